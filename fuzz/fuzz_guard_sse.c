/* fuzz_guard_sse.c: the guard's parsers of untrusted upstream bytes: SSE
 * accumulation and plain JSON responses in both wire formats, then the
 * rewrite and re-emission paths on whatever parsed. Plain responses also
 * go through gw_resp_scan (the guard's tree-free hot path), which must
 * give what the tree path gives wherever it accepts the text; the
 * validating index it reads (rl_json_valid_ix) must accept what
 * rl_json_valid accepts and find what rl_json_get finds. First byte
 * picks the format and mode.
 *
 * Differential oracle (sdk_oracle.h): whatever the guard releases under a
 * policy that blocks `cancel_alert`, unchanged or rewritten, must not give
 * the official SDKs a call of that name.
 *
 * Streaming release (proxy_stream.c): for a stream that parses, the text
 * the release would hand out before its first held event must be a prefix
 * of the text the whole answer is judged by (else what the client saw and
 * what the policy read would differ). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/jsonr.h"
#include "guard/proxy_int.h"
#include "guard/wire.h"
#include "sdk_oracle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void same_buf(const rl_buf *a, const rl_buf *b)
{
	if (a->len != b->len || (a->len && memcmp(a->s, b->s, a->len)))
		abort();
}

/* scan and tree agree: same outcome, same texts, same calls */
static void scan_agrees(int format, const char *p, size_t n, int rc, const gw_resp *t)
{
	gw_resp s;
	rl_err e;
	size_t i;
	int src = gw_resp_scan(format, p, n, &s, &e);
	if (src == 1)
		return; /* not accepted by the fast reader: the tree path decides */
	if ((src == 0) != (rc == 0))
		abort();
	if (src)
		return;
	same_buf(&s.content, &t->content);
	same_buf(&s.reasoning, &t->reasoning);
	if (s.ncalls != t->ncalls || s.ncparts != t->ncparts || s.nrparts != t->nrparts)
		abort();
	for (i = 0; i < s.ncalls; i++)
		if (strcmp(s.calls[i].id, t->calls[i].id) ||
		    strcmp(s.calls[i].name, t->calls[i].name) ||
		    s.calls[i].args_len != t->calls[i].args_len ||
		    s.calls[i].choice != t->calls[i].choice ||
		    memcmp(s.calls[i].args, t->calls[i].args, s.calls[i].args_len))
			abort();
	for (i = 0; i < s.ncparts; i++)
		if (s.cparts[i].off != t->cparts[i].off || s.cparts[i].len != t->cparts[i].len)
			abort();
	gw_resp_free(&s);
}

/* The index agrees with the validator and with the text lookups. */
static void ix_agrees(const char *p, size_t n)
{
	static const char *const keys[] = {"choices",  "message", "content", "tool_calls",
					   "function", "id",      "name",    "arguments",
					   "type",     ""};
	rl_json_ix ix = RL_JSON_IX_INIT(keys, sizeof keys / sizeof *keys);
	int ok = rl_json_valid_ix(p, n, JSON_REJECT_DUPLICATES, &ix);
	size_t i;
	if (ok != rl_json_valid(p, n, JSON_REJECT_DUPLICATES))
		abort();
	for (i = 0; ok && i < ix.n; i++) {
		const rl_json_ixe *x = &ix.v[i];
		const char *v, *el;
		size_t vn, eln, pos = 0, xpos = 0;
		if (x->key >= 0) { /* a member: the text lookup finds the same value */
			int k = x->key;
			if (!rl_json_get(x->in, (size_t)(p + n - x->in), keys[k], &v, &vn) ||
			    !rl_json_ix_getn(&ix, x->in, &k, 1, &el, &eln) || v != el ||
			    vn != eln || v != x->v || vn != x->vn)
				abort();
			if (*v == '[') { /* and its elements are all recorded, in order */
				const char *xe;
				size_t xen;
				while (rl_json_elem(v, vn, &pos, &el, &eln))
					if (!rl_json_ix_elem(&ix, v, &xpos, &xe, &xen) ||
					    xe != el || xen != eln)
						abort();
				if (rl_json_ix_elem(&ix, v, &xpos, &xe, &xen))
					abort();
			}
		}
	}
	rl_json_ix_free(&ix);
}

static int is_prefix(const rl_buf *a, const rl_buf *b)
{
	return a->len <= b->len && (!a->len || !memcmp(a->s, b->s, a->len));
}

static void release_agrees(int format, const char *p, size_t n, const gw_resp *r)
{
	rl_buf tc = RL_BUF_INIT, tr = RL_BUF_INIT;
	gp_stream_scan(format, p, n, &tc, &tr);
	if (!is_prefix(&tc, &r->content) || !is_prefix(&tr, &r->reasoning))
		abort();
	rl_buf_free(&tc);
	rl_buf_free(&tr);
}

static rl_guard *blocker;

static void setup(void)
{
	static const char policy[] =
		"version: 1\nname: fuzz-oracle\ndefault_action: allow\nrules:\n"
		"  - id: no-cancel\n    action: block\n    tools: [\"cancel_alert\"]\n";
	char path[] = "/tmp/fuzz-guard-sse-policy-XXXXXX";
	int fd = mkstemp(path);
	rl_err e;
	if (fd < 0 || write(fd, policy, sizeof policy - 1) != (ssize_t)(sizeof policy - 1))
		abort();
	close(fd);
	if (rl_guard_new(path, &blocker, &e))
		abort();
	unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gw_resp r;
	rl_err e;
	int err = 0, format, rc;
	if (!blocker)
		setup();
	if (size < 1)
		return 0;
	format = data[0] & 1 ? RL_GUARD_ANTHROPIC : RL_GUARD_OPENAI;
	guard_release_check(blocker, format, data[0] & 2, (const char *)data + 1, size - 1,
			    "cancel_alert");
	if (data[0] & 2) {
		rc = gw_resp_parse_sse(format, (const char *)data + 1, size - 1, &r, &err, &e);
		if (rc == 0 && !err)
			release_agrees(format, (const char *)data + 1, size - 1, &r);
	} else {
		rc = gw_resp_parse(format, (const char *)data + 1, size - 1, &r, &e);
		scan_agrees(format, (const char *)data + 1, size - 1, rc, &r);
		ix_agrees((const char *)data + 1, size - 1);
	}
	if (rc == 0) {
		rl_guard_item it[3] = {
			{.action = RL_GUARD_BLOCK, .call = 0, .rule = "f", .reason = "f"},
			{.action = RL_GUARD_REDACT,
			 .call = RL_GUARD_PART_CONTENT,
			 .start = 1,
			 .end = 4},
			{.action = RL_GUARD_HOLD, .call = 1, .rule = "h"},
		};
		rl_guard_verdict v = {.action = RL_GUARD_BLOCK, .items = it, .nitems = 3};
		rl_buf out = RL_BUF_INIT;
		gw_resp_apply(&r, &v, data[0] & 4, &e);
		gw_resp_sse(&r, &out);
		gw_resp_json(&r, &out);
		rl_buf_free(&out);
		gw_resp_free(&r);
	}
	return 0;
}
