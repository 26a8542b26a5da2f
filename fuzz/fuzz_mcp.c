/* fuzz_mcp.c: what an MCP client POSTs to the guard and what an MCP
 * server answers (guard/mcp.h). The bytes are parsed as a client body:
 * the return is 0 or one of the two JSON-RPC codes, with a well-formed
 * error response; every tools/call is judged by a policy with hidden
 * tools, a block rule and secret redaction, and its block result must be
 * a JSON-RPC result with isError. The same bytes as the server's answer
 * to those calls: a rewrite must be JSON with no secret left. The same
 * bytes as an SSE stream cut in two at every tenth offset: the events'
 * raw bytes plus what is left pending must be the input, byte for byte. */
#include <ctype.h>
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guard/mcp.h"
#include "redline/guard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static rl_guard *g;

static const char policy[] =
	"version: 1\nname: fuzz\nsensitive: [\"lantern\"]\n"
	"hide_tools: [{tools: [\"run_*\"]}]\n"
	"rules:\n"
	"  - {id: b, action: block, tools: [\"send*\"]}\n"
	"  - {id: s, action: redact, detectors: [secrets], scope: [response]}\n";

static void setup(void)
{
	rl_err e;
	char path[] = "/tmp/fuzz-mcp-policy-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0 || write(fd, policy, sizeof policy - 1) != (ssize_t)(sizeof policy - 1))
		abort();
	close(fd);
	if (rl_guard_new(path, &g, &e))
		abort();
	unlink(path);
}

typedef struct acc {
	rl_buf raw;
} acc;

static int on_ev(void *ud, const mcp_sse_event *ev)
{
	acc *a = ud;
	if (ev->raw_len == 0 || ev->data.len > ev->raw_len)
		abort();
	return rl_buf_add(&a->raw, ev->raw, ev->raw_len);
}

/* The sensitive term as the policy matches it: a whole word, any case. */
static int has_term(const char *s)
{
	const char *p = s;
	while ((p = strcasestr(p, "lantern"))) {
		int before = p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_' ||
				       (unsigned char)p[-1] >= 0x80);
		int after =
			isalnum((unsigned char)p[7]) || p[7] == '_' || (unsigned char)p[7] >= 0x80;
		if (!before && !after)
			return 1;
		p++;
	}
	return 0;
}

/* No string a client shows the model still holds the sensitive term. */
static void no_term(json_t *v, int depth)
{
	const char *k;
	json_t *it;
	size_t i;
	if (depth > 200)
		return;
	if (json_is_string(v) && has_term(json_string_value(v)))
		abort();
	json_object_foreach(v, k, it) {
		if (has_term(k))
			abort();
		if (!(json_is_string(it) && (!strcmp(k, "type") || !strcmp(k, "mimeType") ||
					     !strcmp(k, "data") || !strcmp(k, "blob"))))
			no_term(it, depth + 1);
	}
	json_array_foreach(v, i, it)
		no_term(it, depth + 1);
}

static void results_clean(json_t *m, const mcp_pending *p, size_t np)
{
	size_t i;
	if (!json_is_object(m) || json_object_get(m, "method"))
		return;
	for (i = 0; i < np; i++)
		if (p[i].method == MCP_M_TOOLS_CALL &&
		    json_equal(p[i].id, json_object_get(m, "id")))
			no_term(json_object_get(m, "result"), 0);
}

static void check_error_json(const rl_buf *err, int code)
{
	json_t *j = json_loadb(err->s ? err->s : "", err->len, 0, NULL);
	if (!j ||
	    json_integer_value(json_object_get(json_object_get(j, "error"), "code")) != code ||
	    !json_object_get(j, "id"))
		abort();
	json_decref(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *body = (const char *)data;
	mcp_batch b;
	rl_buf err = RL_BUF_INIT, out = RL_BUF_INIT;
	mcp_who w;
	mcp_pending *p = NULL;
	size_t np = 0, i, cut;
	int rc, changed;
	rl_err e;

	if (!g)
		setup();
	memset(&w, 0, sizeof w);
	w.g = g;
	w.server = "s";
	rc = mcp_parse(body, size, NULL, &b, &err);
	if (rc == MCP_PARSE_ERROR || rc == MCP_INVALID_REQUEST) {
		check_error_json(&err, rc);
	} else if (rc == 0) {
		size_t nreq = 0;
		for (i = 0; i < b.n; i++) {
			mcp_msg *m = &b.v[i];
			mcp_call c;
			char why[160];
			if (m->kind < MCP_REQUEST || m->kind > MCP_INVALID)
				abort();
			nreq += m->kind == MCP_REQUEST;
			if (mcp_is_call(m) && !mcp_call_get(m, &c, why, sizeof why)) {
				rl_guard_verdict v;
				json_t *j;
				mcp_eval_call(&w, &c, &v, &e);
				rl_buf_reset(&out);
				if (mcp_block_result(c.id, c.tool, &v, &out))
					abort();
				j = json_loadb(out.s, out.len, 0, NULL);
				if (!json_is_true(json_object_get(json_object_get(j, "result"),
								  "isError")))
					abort();
				json_decref(j);
				rl_guard_verdict_free(&v);
			}
		}
		if (nreq != b.nrequests)
			abort();
		rl_buf_reset(&out);
		if (mcp_invalid_answers(&b, &out))
			abort();
		if (out.len) {
			json_t *j = json_loadb(out.s, out.len, 0, NULL);
			if (!json_is_array(j))
				abort();
			json_decref(j);
		}
		if (mcp_pending_of(&b, 1, &p, &np))
			abort();
		/* the same bytes as the server's answer */
		rl_buf_reset(&out);
		rc = mcp_judge_answer(&w, p, np, body, size, &out, &changed, NULL, &e);
		if (rc == 0 && changed) {
			json_t *j = json_loadb(out.s, out.len, JSON_DECODE_ANY, NULL);
			json_t *m;
			if (!j)
				abort();
			if (json_is_array(j))
				json_array_foreach(j, i, m)
					results_clean(m, p, np);
			else
				results_clean(j, p, np);
			json_decref(j);
		}
		mcp_pending_free(p, np);
		mcp_batch_free(&b);
	} else if (rc != RL_ENOMEM) {
		abort();
	}
	/* SSE: nothing lost, nothing invented, whatever the chunking */
	for (cut = 0; cut <= size; cut += size / 10 + 1) {
		mcp_sse s;
		acc a = {RL_BUF_INIT};
		mcp_sse_init(&s, 0);
		if (!mcp_sse_feed(&s, body, cut, on_ev, &a) &&
		    !mcp_sse_feed(&s, body + cut, size - cut, on_ev, &a)) {
			if (a.raw.len + s.pend.len != size ||
			    (a.raw.len && memcmp(a.raw.s, body, a.raw.len)) ||
			    (s.pend.len && memcmp(s.pend.s, body + a.raw.len, s.pend.len)))
				abort();
		}
		mcp_sse_free(&s);
		rl_buf_free(&a.raw);
	}
	rl_buf_free(&err);
	rl_buf_free(&out);
	return 0;
}
