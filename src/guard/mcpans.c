/* mcpans.c: an MCP server's answer judged in place (guard/mcp_int.h).
 *
 * Most answers the gateway judges are one JSON-RPC result to one
 * tools/call, which the policy allows unchanged. The tree reader
 * (mcp.c mcp_judge_answer_tree) parses such an answer into a jansson tree,
 * walks it for the result's strings and frees it: a sixth of a call's
 * instructions through the gateway. This reader validates the text once
 * (rl_json_valid, duplicate keys refused as the tree reader refuses them)
 * and reads the same strings, in the same order, from the text itself.
 * It takes nothing it would have to change: a batch, an answer to
 * tools/list, a result the policy holds, blocks or redacts, a policy with
 * a `sensitive:` list (which rewrites strings) and any text the fast
 * reader does not accept go to the tree reader, untouched by this one. */
#include "guard/mcp_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/jsonr.h"
#include "guard/eval.h"

#define MAX_DEPTH 128 /* as mcp.c's walk */

typedef struct aw {
	rl_buf text; /* the strings joined by blank lines, as mcp.c joins them */
	rl_buf tmp;
	size_t n; /* strings */
} aw;

static int is_string(const char *v, size_t vn)
{
	return vn && v[0] == '"';
}

/* 0, 1 (leave it to the tree reader), RL_ENOMEM. */
static int aw_value(aw *w, const char *v, size_t vn, int depth)
{
	size_t pos = 0, kn, en;
	const char *k, *el;
	int rc;
	if (depth > MAX_DEPTH)
		return 1;
	if (is_string(v, vn)) {
		const char *s = v + 1;
		size_t sn = vn - 2;
		/* validated text: a string without escapes is its own value */
		if (memchr(s, '\\', sn)) {
			if (rl_json_unquote(v, vn, &w->tmp))
				return 1; /* a NUL: the tree reader refuses the text */
			s = w->tmp.s ? w->tmp.s : "";
			sn = w->tmp.len;
		}
		if (w->n++ && rl_buf_add(&w->text, "\n\n", 2))
			return RL_ENOMEM;
		return rl_buf_add(&w->text, s, sn) ? RL_ENOMEM : 0;
	}
	if (vn && v[0] == '{') {
		while (rl_json_member(v, vn, &pos, &k, &kn, &el, &en)) {
			char key[16];
			/* keys were validated without escapes (duplicates refused:
			 * rl_json_valid takes no escaped key then) */
			if (memchr(k, '\\', kn))
				return 1;
			if (kn < sizeof key && is_string(el, en)) {
				memcpy(key, k, kn);
				key[kn] = '\0';
				if (mcp_skip_key(key))
					continue;
			}
			if ((rc = aw_value(w, el, en, depth + 1)))
				return rc;
		}
	} else if (vn && v[0] == '[') {
		while (rl_json_elem(v, vn, &pos, &el, &en))
			if ((rc = aw_value(w, el, en, depth + 1)))
				return rc;
	}
	return 0;
}

/* The same strings in one pass over the text (rl_json_member and
 * rl_json_elem each re-read a member's value to find its end; this reads
 * every byte once): p at a value of validated text, returns past it, or
 * NULL with *rc set (1: leave it to the tree reader, or RL_ENOMEM). */
static const char *aw_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
		p++;
	return p;
}

/* Past the string whose opening quote is at p (validated text). */
static const char *aw_str_end(const char *p, const char *end)
{
	for (p++;;) {
		const char *q = memchr(p, '"', (size_t)(end - p)), *b;
		if (!q)
			return end;
		for (b = q; b > p && b[-1] == '\\'; b--)
			;
		if (((q - b) & 1) == 0)
			return q + 1;
		p = q + 1;
	}
}

static int aw_skip_key(const char *k, size_t kn)
{
	return (kn == 4 &&
		(!memcmp(k, "type", 4) || !memcmp(k, "data", 4) || !memcmp(k, "blob", 4))) ||
	       (kn == 8 && !memcmp(k, "mimeType", 8));
}

static const char *aw_walk(aw *w, const char *p, const char *end, int depth, int *rc)
{
	if (depth > MAX_DEPTH) {
		*rc = 1;
		return NULL;
	}
	if (p >= end) {
		*rc = 1;
		return NULL;
	}
	if (*p == '"') {
		const char *q = aw_str_end(p, end), *s = p + 1;
		size_t sn = (size_t)(q - p) - 2;
		if (memchr(s, '\\', sn)) {
			if (rl_json_unquote(p, (size_t)(q - p), &w->tmp)) {
				*rc = 1; /* a NUL: the tree reader refuses the text */
				return NULL;
			}
			s = w->tmp.s ? w->tmp.s : "";
			sn = w->tmp.len;
		}
		if ((w->n++ && rl_buf_add(&w->text, "\n\n", 2)) || rl_buf_add(&w->text, s, sn)) {
			*rc = RL_ENOMEM;
			return NULL;
		}
		return q;
	}
	if (*p == '{' || *p == '[') {
		int obj = *p == '{';
		p = aw_ws(p + 1, end);
		if (p < end && *p == (obj ? '}' : ']'))
			return p + 1;
		for (;;) {
			if (obj) {
				const char *k = p + 1, *q = aw_str_end(p, end);
				size_t kn = (size_t)(q - k) - 1;
				if (memchr(k, '\\', kn)) {
					*rc = 1; /* validated without escapes (duplicates refused)
						  */
					return NULL;
				}
				p = aw_ws(aw_ws(q, end) + 1, end); /* past ':' */
				if (p < end && *p == '"' && aw_skip_key(k, kn))
					p = aw_str_end(p, end);
				else if (!(p = aw_walk(w, p, end, depth + 1, rc)))
					return NULL;
			} else if (!(p = aw_walk(w, p, end, depth + 1, rc))) {
				return NULL;
			}
			p = aw_ws(p, end);
			if (p < end && *p == ',') {
				p = aw_ws(p + 1, end);
				continue;
			}
			return p < end ? p + 1 : end; /* the closing bracket */
		}
	}
	while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' &&
	       *p != '\r' && *p != '\t')
		p++;
	return p;
}

int mcp_answer_strings(const char *v, size_t vn, int walk, rl_buf *out)
{
	aw a;
	int rc = 0;
	memset(&a, 0, sizeof a);
	a.text = *out;
	rl_buf_reset(&a.text);
	rl_buf_init(&a.tmp);
	if (walk)
		aw_walk(&a, v, v + vn, 0, &rc);
	else
		rc = aw_value(&a, v, vn, 0);
	*out = a.text;
	rl_buf_free(&a.tmp);
	return rc;
}

int mcp_judge_inplace(const mcp_who *w, mcp_pending *p, size_t np, const char *data, size_t n,
		      rl_guard_verdict *acc, rl_err *e)
{
	static const char *const keys[] = {"method", "id", "result"};
	static const int top[] = {0, 1, 2};
	const char *m[3], *agent;
	size_t mn[3], i;
	mcp_pending *q;
	json_t *id;
	aw a;
	gw_resp r;
	rl_guard_verdict v;
	rl_policy_ctx cx0 = {0};
	int rc;

	for (i = 0;
	     i < n && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t');
	     i++)
		;
	if (i == n || data[i] != '{')
		return 1;
	{
		/* the three members found while validating (rl_json_valid_ix) */
		rl_json_ix ix = RL_JSON_IX_INIT(keys, 3);
		int ok = rl_json_valid_ix(data, n, JSON_REJECT_DUPLICATES, &ix);
		if (ok)
			rl_json_ix_getn(&ix, data + i, top, 3, m, mn);
		rl_json_ix_free(&ix);
		if (!ok)
			return 1;
	}
	if (m[0])
		return 0; /* a server request or notification: passes */
	if (!m[1])
		return 0; /* answers nothing pending */
	if (!(id = rl_json_fast_parse(m[1], mn[1])))
		return 1;
	q = mcp_pending_for(p, np, id);
	json_decref(id);
	if (!q)
		return 0;
	if (q->method != MCP_M_TOOLS_CALL)
		return 1; /* tools/list: the hidden tools come out */
	if (!m[2] || m[2][0] != '{') {
		q->answered = 1; /* an error answer: nothing of the tool's */
		return 0;
	}
	agent = mcp_agent_of(w);
	if (ge_policy_redacts_requests(rl_guard_policy(w->g), agent))
		return 1;
	memset(&a, 0, sizeof a);
	rl_buf_init(&a.text);
	rl_buf_init(&a.tmp);
	rc = 0;
	aw_walk(&a, m[2], m[2] + mn[2], 0, &rc);
	if (rc)
		goto out;
	if (!a.text.len) { /* nothing to judge (the tree reader's `done`) */
		q->answered = 1;
		goto out;
	}
	/* what mcp_one_resp builds, the joined text lent instead of copied
	 * (ge_eval only reads the response; it is taken back below) */
	memset(&r, 0, sizeof r);
	r.format = RL_GUARD_ANTHROPIC;
	r.content = a.text;
	rl_buf_init(&r.reasoning);
	{
		cx0.agent = agent;
		memset(&v, 0, sizeof v);
		rc = rl_guard_eval_resp(w->g, w->ctx ? w->ctx : &cx0, NULL, 0, NULL, &r, &v, e)
			     ? 1 /* the tree reader fails closed */
			     : 0;
		if (!rc && v.action >= RL_GUARD_REDACT)
			rc = 1; /* the result changes: the tree's to rewrite */
		if (!rc) {
			q->answered = 1;
			mcp_verdict_merge(acc, &v);
			if (w->note)
				w->note(w->note_ud, RL_ROLE_TOOL, a.text.s, a.text.len);
		}
		rl_guard_verdict_free(&v);
	}
	/* r borrowed a.text (freed below) and owns nothing else */
out:
	rl_buf_free(&a.text);
	rl_buf_free(&a.tmp);
	return rc;
}
