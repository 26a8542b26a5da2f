/* fuzz_mcp.c: what an MCP client POSTs to the guard and what an MCP
 * server answers (guard/mcp.h). The bytes are parsed as a client body:
 * the return is 0 or one of the two JSON-RPC codes, with a well-formed
 * error response; every tools/call is judged by a policy with hidden
 * tools, a block rule and secret redaction, and its block result must be
 * a JSON-RPC result with isError. The same bytes as the server's answer
 * to those calls: a rewrite must be JSON with no secret left. The same
 * bytes as an SSE stream cut in two at every tenth offset: the events'
 * raw bytes plus what is left pending must be the input, byte for byte.
 * And the bytes as the answer to a tools/call with id 1, under a policy
 * without a `sensitive:` list: the in-place reader (mcpans.c) and the
 * tree reader must agree (return, rewrite, answered, verdict, note). */
#include <ctype.h>
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "guard/mcp.h"
#include "guard/mcp_int.h"
#include "redline/guard.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static rl_guard *g, *g2;

static const char policy[] =
	"version: 1\nname: fuzz\nsensitive: [\"lantern\"]\n"
	"hide_tools: [{tools: [\"run_*\"]}]\n"
	"rules:\n"
	"  - {id: b, action: block, tools: [\"send*\"]}\n"
	"  - {id: s, action: redact, detectors: [secrets], scope: [response]}\n";

static const char plain[] =
	"version: 1\nname: fuzz-plain\n"
	"rules:\n"
	"  - {id: k, action: block, content: {keywords: [\"open the vault\"]}}\n"
	"  - {id: s, action: redact, detectors: [secrets], scope: [response]}\n";

static rl_guard *load(const char *text, size_t n)
{
	rl_err e;
	rl_guard *out;
	char path[] = "/tmp/fuzz-mcp-policy-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0 || write(fd, text, n) != (ssize_t)n)
		abort();
	close(fd);
	if (rl_guard_new(path, &out, &e))
		abort();
	unlink(path);
	return out;
}

static void setup(void)
{
	g = load(policy, sizeof policy - 1);
	g2 = load(plain, sizeof plain - 1);
}

static void note_add(void *ud, int role, const char *text, size_t n)
{
	rl_buf *b = ud;
	if (rl_buf_addc(b, role == RL_ROLE_TOOL ? 't' : 'c') || rl_buf_add(b, text, n))
		abort();
}

/* One reading of `body` as the answer to tools/call 1: in place first
 * (mcp_judge_answer), or by the tree alone. */
static int judge_once(const char *body, size_t size, int tree, rl_buf *out, rl_buf *notes,
		      int *changed, int *answered, rl_guard_verdict *acc)
{
	mcp_pending p;
	mcp_who w;
	rl_err e;
	int rc;
	memset(&p, 0, sizeof p);
	memset(&w, 0, sizeof w);
	w.g = g2;
	w.note = note_add;
	w.note_ud = notes;
	p.id = json_integer(1);
	p.method = MCP_M_TOOLS_CALL;
	strcpy(p.tool, "fetch");
	rc = tree ? mcp_judge_answer_tree(&w, &p, 1, body, size, out, changed, acc, &e)
		  : mcp_judge_answer(&w, &p, 1, body, size, out, changed, acc, &e);
	*answered = p.answered;
	json_decref(p.id);
	return rc;
}

static void readers_agree(const char *body, size_t size)
{
	rl_buf o1 = RL_BUF_INIT, o2 = RL_BUF_INIT, n1 = RL_BUF_INIT, n2 = RL_BUF_INIT;
	rl_guard_verdict a1 = {0}, a2 = {0};
	int c1 = 0, c2 = 0, d1, d2, r1, r2;
	size_t i;
	r1 = judge_once(body, size, 0, &o1, &n1, &c1, &d1, &a1);
	r2 = judge_once(body, size, 1, &o2, &n2, &c2, &d2, &a2);
	if (r1 != r2 || c1 != c2 || d1 != d2 || o1.len != o2.len ||
	    (o1.len && memcmp(o1.s, o2.s, o1.len)) || n1.len != n2.len ||
	    (n1.len && memcmp(n1.s, n2.s, n1.len)) || a1.nitems != a2.nitems ||
	    a1.action != a2.action)
		abort();
	for (i = 0; i < a1.nitems; i++)
		if (a1.items[i].action != a2.items[i].action ||
		    a1.items[i].start != a2.items[i].start || a1.items[i].end != a2.items[i].end ||
		    strcmp(a1.items[i].rule, a2.items[i].rule))
			abort();
	rl_buf_free(&o1);
	rl_buf_free(&o2);
	rl_buf_free(&n1);
	rl_buf_free(&n2);
	rl_guard_verdict_free(&a1);
	rl_guard_verdict_free(&a2);
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
	readers_agree(body, size);
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
