/* test_monitor_marks.c: the monitor's hand-written raw-line marks
 * (src/monitor/rawmarks.c) against their definitions: MON_MARK_TOOL
 * against vectorscan running mon_tool_output_hint_exprs() (shapes.c), as
 * the prefilter did before, and MON_MARK_RESPONSE against a plain search
 * for a "response" key followed by an object. Both vector widths, every
 * fixture line, and generated lines that place each mark, its near
 * misses, the trusted roles and their prefixes at every offset of a
 * 32-byte block and cut lines at every length. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "monitor/monitor.h"

typedef struct oracle {
	hs_database_t *db;
	hs_scratch_t *sc;
	size_t lines, tool, resp;
} oracle;

static int stop_cb(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
		   void *ctx)
{
	(void)id;
	(void)from;
	(void)to;
	(void)flags;
	*(int *)ctx = 1;
	return 1;
}

static void oracle_init(oracle *o)
{
	const char *const *h = mon_tool_output_hint_exprs();
	unsigned fl[16], ids[16];
	size_t n;
	hs_compile_error_t *ce = NULL;
	memset(o, 0, sizeof *o);
	for (n = 0; h[n]; n++) {
		fl[n] = HS_FLAG_SINGLEMATCH;
		ids[n] = (unsigned)n;
	}
	/* rawmarks.c looks for these five by their pairs: a sixth mark needs
	 * its pair and confirmation there, and its fragments below */
	if (n != 5)
		fail_msg("%zu tool-output marks in shapes.c; rawmarks.c knows 5", n);
	if (hs_compile_multi(h, fl, ids, (unsigned)n, HS_MODE_BLOCK, NULL, &o->db, &ce) !=
	    HS_SUCCESS)
		fail_msg("hints do not compile: %s", ce ? ce->message : "?");
	assert_int_equal(hs_alloc_scratch(o->db, &o->sc), HS_SUCCESS);
}

static void oracle_free(oracle *o)
{
	hs_free_scratch(o->sc);
	hs_free_database(o->db);
}

/* The prefilter's former has_response_object. */
static int response_ref(const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	while ((p = memmem(p, (size_t)(end - p), "\"response\"", 10))) {
		p += 10;
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		if (p < end && *p == ':') {
			p++;
			while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
				p++;
			if (p < end && *p == '{')
				return 1;
		}
	}
	return 0;
}

/* Compare both marks on s[0..n) (copied so that nothing past n is
 * readable by accident: the copy is exactly n bytes long). */
static void check(oracle *o, const char *s, size_t n, const char *what)
{
	char *c = malloc(n ? n : 1);
	int hit = 0, avx2;
	unsigned want;
	assert_non_null(c);
	memcpy(c, s, n);
	if (hs_scan(o->db, c, (unsigned)n, 0, o->sc, stop_cb, &hit) != HS_SCAN_TERMINATED)
		hit = 0;
	o->lines++;
	o->tool += (size_t)hit;
	o->resp += (size_t)response_ref(c, n);
	__builtin_cpu_init();
	for (avx2 = 0; avx2 <= (__builtin_cpu_supports("avx2") ? 1 : 0); avx2++)
		for (want = 1; want <= 3; want++) {
			unsigned got = mon_raw_marks(avx2, c, n, want);
			unsigned exp = ((hit ? MON_MARK_TOOL : 0) |
					(response_ref(c, n) ? MON_MARK_RESPONSE : 0)) &
				       want;
			if (got != exp)
				fail_msg("%s: marks %u, want %u (asked %u, avx2 %d): %.*s", what,
					 got, exp, want, avx2, (int)n, c);
		}
	free(c);
}

static void marks_on_fixtures(void **st)
{
	const char *files[] = {"monitor/provenance.jsonl", "monitor/redteam-harmful.jsonl",
			       "monitor/redteam2-harmful.jsonl", "monitor/shapes.jsonl",
			       "monitor/redteam-benign.jsonl"};
	oracle o;
	size_t i;
	(void)st;
	oracle_init(&o);
	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		char path[512], *line = NULL;
		size_t cap = 0;
		ssize_t n;
		FILE *fp;
		snprintf(path, sizeof path, "%s/tests/data/%s",
			 getenv("REDLINE_SRC") ? getenv("REDLINE_SRC") : ".", files[i]);
		if (!(fp = fopen(path, "r")))
			continue;
		while ((n = getline(&line, &cap, fp)) > 0) {
			size_t k;
			line[strcspn(line, "\n")] = '\0';
			check(&o, line, strlen(line), files[i]);
			/* shifted by 1-3 bytes: other block offsets */
			for (k = 1; k < 4 && k < strlen(line); k++)
				check(&o, line + k, strlen(line) - k, files[i]);
		}
		free(line);
		fclose(fp);
	}
	/* the fixtures hold both kinds of line, or the comparison says little */
	assert_true(o.lines > 100);
	assert_true(o.tool > 10 && o.tool < o.lines);
	assert_true(o.resp > 0);
	oracle_free(&o);
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static void marks_on_generated_lines(void **st)
{
	static const char *const frag[] = {
		"\"role\"", "\"role\":", "\"role\" : ", ":", "\"", " ", "\t", "\n", "\r", "x",
		"assistant", "assistant\"", "developer\"", "human\"", "model\"", "system\"",
		"user\"", "user", "use", "users\"", "Assistant\"", "assis", "mode", "\"\"", "ai\"",
		"tool\"", "tool_result", "tool_resul", "ool_result", "tool_", "_result",
		"function_call_output", "function_call_outpu", "unction_call_output",
		"function_call", "functionResponse", "functionRespons", "unctionResponse",
		"\\u", "\\", "u", "\\\\u", "\"response\"", "\"response\" :\t{", "\"response\":{",
		"\"response\":", "\"respons", "{", "}", "_r", "_o", "nR", "\"r", "\xc3\xa9",
		"\xff"};
	oracle o;
	size_t i, k, n;
	char line[600];
	(void)st;
	oracle_init(&o);
	for (i = 0; i < 40000; i++) {
		size_t pad = rnd(40), nf = 1 + rnd(8);
		n = 0;
		for (k = 0; k < pad; k++)
			line[n++] = "ab \"_\\n"[rnd(7)];
		for (k = 0; k < nf; k++) {
			const char *f = frag[rnd(sizeof frag / sizeof *frag)];
			size_t fl = strlen(f);
			if (n + fl >= sizeof line)
				break;
			memcpy(line + n, f, fl);
			n += fl;
		}
		check(&o, line, n, "generated");
		/* every cut of the first lines: a mark at the end of the text */
		if (i < 400)
			for (k = 0; k < n; k++)
				check(&o, line, k, "generated, cut");
	}
	/* each mark and trusted role at every offset 0-70 (both vector loops
	 * and the scalar tail), alone and after a near miss */
	{
		static const char *const whole[] = {
			"{\"role\":\"tool\",\"content\":\"x\"}",
			"{\"role\":\"user\",\"content\":\"x\"}",
			"{\"role\" :\n\"assistant\"}",
			"[{\"type\":\"tool_result\"}]",
			"{\"type\":\"function_call_output\"}",
			"{\"functionResponse\":{}}",
			"{\"a\":\"\\u0041\"}",
			"{\"request\":{},\"response\" : {\"role\":\"assistant\"}}",
			"{\"response\":\"text\"}",
			"{\"role\":\"system\"}{\"role\":\"mode\"}",
		};
		for (i = 0; i < sizeof whole / sizeof *whole; i++)
			for (k = 0; k <= 70; k++) {
				size_t wl = strlen(whole[i]);
				memset(line, 'a', k);
				memcpy(line + k, whole[i], wl);
				check(&o, line, k + wl, whole[i]);
				for (n = k; n < k + wl; n++)
					check(&o, line, n, "cut");
			}
	}
	assert_true(o.tool > 1000 && o.tool < o.lines - 1000);
	assert_true(o.resp > 100);
	oracle_free(&o);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(marks_on_fixtures),
		cmocka_unit_test(marks_on_generated_lines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
