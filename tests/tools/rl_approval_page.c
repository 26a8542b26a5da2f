/* rl_approval_page.c: test helper: render the guard's approval page
 * (guard/page.h) from holds described in a JSON file, for the headless
 * Chromium test of the page (tests/cli/t0814). Deadlines are given in
 * seconds from now so the countdown is live when the browser opens it.
 *   rl_approval_page HOLDS.json > page.html
 * {"pending": [{"id", "agent", "rule", "reason", "deadline_in_s", "summary": [...]}],
 *  "decided": [{"id", "agent", "rule", "reason", "status": "approved"|"denied",
 *               "by", "note", "ago_s"}]} */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "guard/page.h"

static void str(char *dst, size_t n, json_t *o, const char *k)
{
	const char *s = json_string_value(json_object_get(o, k));
	snprintf(dst, n, "%s", s ? s : "");
}

static size_t load(json_t *arr, rl_hold_rec **out, int64_t now, int decided)
{
	size_t n = json_array_size(arr), i;
	rl_hold_rec *v = calloc(n + 1, sizeof *v);
	for (i = 0; i < n; i++) {
		json_t *o = json_array_get(arr, i);
		str(v[i].id, sizeof v[i].id, o, "id");
		str(v[i].agent, sizeof v[i].agent, o, "agent");
		str(v[i].rule, sizeof v[i].rule, o, "rule");
		str(v[i].reason, sizeof v[i].reason, o, "reason");
		v[i].created_ms = now - 60000;
		v[i].deadline_ms =
			now + 1000 * json_integer_value(json_object_get(o, "deadline_in_s"));
		v[i].summary = json_object_get(o, "summary")
				       ? json_dumps(json_object_get(o, "summary"), JSON_COMPACT)
				       : strdup("[]");
		if (decided) {
			const char *st = json_string_value(json_object_get(o, "status"));
			v[i].status =
				st && !strcmp(st, "approved") ? RL_HOLD_APPROVED : RL_HOLD_DENIED;
			str(v[i].decided_by, sizeof v[i].decided_by, o, "by");
			str(v[i].note, sizeof v[i].note, o, "note");
			v[i].decided_ms =
				now - 1000 * json_integer_value(json_object_get(o, "ago_s"));
		}
	}
	*out = v;
	return n;
}

int main(int argc, char **argv)
{
	json_error_t je;
	json_t *in;
	rl_hold_rec *p, *d;
	size_t np, nd, i;
	rl_buf b = RL_BUF_INIT;
	ap_opts o = {.csrf = "csrf-test-value", .nonce = "n0nce", .now_ms = rl_wall_ms()};
	if (argc != 2) {
		fprintf(stderr, "usage: rl_approval_page HOLDS.json\n");
		return 2;
	}
	in = json_load_file(argv[1], 0, &je);
	if (!in) {
		fprintf(stderr, "%s:%d:%d: %s\n", argv[1], je.line, je.column, je.text);
		return 2;
	}
	np = load(json_object_get(in, "pending"), &p, o.now_ms, 0);
	nd = load(json_object_get(in, "decided"), &d, o.now_ms, 1);
	if (ap_render(p, np, d, nd, &o, &b))
		return 1;
	fwrite(b.s, 1, b.len, stdout);
	for (i = 0; i < np; i++)
		free(p[i].summary);
	for (i = 0; i < nd; i++)
		free(d[i].summary);
	free(p);
	free(d);
	rl_buf_free(&b);
	json_decref(in);
	return 0;
}
