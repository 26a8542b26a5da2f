/* mcpgw.c: the MCP gateway's decisions per HTTP exchange (guard/mcpgw.h),
 * built on the message-level judgements of mcp.c. Kept apart from the
 * HTTP server so that every decision is unit-tested without sockets and
 * the server's code stays about moving bytes. */
#include "guard/mcpgw.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/jsonr.h"
#include "base/util.h"
#include "guard/eval.h"
#include "guard/mcp_int.h"

static int add_extra(mcpgw_plan *p, const char *json, size_t n)
{
	if ((p->nextra && rl_buf_addc(&p->extra, ',')) || rl_buf_add(&p->extra, json, n))
		return RL_ENOMEM;
	p->nextra++;
	return 0;
}

static int extra_error(mcpgw_plan *p, const json_t *id, int code, const char *msg)
{
	rl_buf b = RL_BUF_INIT;
	int rc = mcp_error_json(id, code, msg, &b);
	if (!rc)
		rc = add_extra(p, b.s, b.len);
	rl_buf_free(&b);
	return rc;
}

static void verdict_gather(rl_guard_verdict *dst, const rl_guard_verdict *src)
{
	size_t i;
	for (i = 0; i < src->nitems; i++) {
		const rl_guard_item *it = &src->items[i];
		ge_verdict_add(dst, it->action, it->call, it->tool, it->rule, it->reason, it->start,
			       it->end);
	}
	if (src->action == RL_GUARD_HOLD && dst->action == RL_GUARD_HOLD) {
		dst->hold_timeout_s = src->hold_timeout_s;
		dst->timeout_action = src->timeout_action;
	}
}

/* REDACT items of a call: spans in top-level string arguments. Returns 1
 * when every span was placed and replaced, 0 when one could not be (the
 * call is then blocked: fail closed). */
static int redact_args(json_t *args, const rl_guard_verdict *v, const char *repl)
{
	size_t i;
	for (i = 0; i < v->nitems; i++) {
		const rl_guard_item *it = &v->items[i];
		json_t *val;
		const char *s;
		size_t len;
		rl_buf b = RL_BUF_INIT;
		if (it->action != RL_GUARD_REDACT)
			continue;
		val = it->field[0] ? json_object_get(args, it->field) : NULL;
		if (!json_is_string(val))
			return 0;
		s = json_string_value(val);
		len = json_string_length(val);
		if (it->end > len || it->start >= it->end)
			return 0;
		if (rl_buf_add(&b, s, it->start) || rl_buf_adds(&b, repl) ||
		    rl_buf_add(&b, s + it->end, len - it->end) ||
		    json_string_setn(val, b.s ? b.s : "", b.len)) {
			rl_buf_free(&b);
			return 0;
		}
		rl_buf_free(&b);
	}
	return 1;
}

/* The compiled policy's replacement text, through the public API. */
static const char *replacement(const rl_guard *g)
{
	const ge_policy *gp = rl_guard_policy(g);
	return rl_policy_replacement(*(rl_policy *const *)(const void *)gp);
}

/* ---- one tools/call, read in place ----
 * The usual POST is one tools/call the policy allows. Parsing it into a
 * tree (mcp_parse), listing its pending answer and freeing the tree cost a
 * tenth of a call through the gateway; here the validated text is read in
 * place and only the id and the arguments become jansson values (what
 * mcp_call and mcp_pending hold). What this reader does not take (any
 * other message, a batch, odd members, a call the policy blocks or
 * redacts: those rewrite the body) the tree reader plans from scratch, so
 * it is judged once more there, and its session note is told only then. */

/* The raw text (v, vn) is exactly the JSON string `want` (no escapes). */
static int raw_is(const char *v, size_t vn, const char *want)
{
	size_t n = strlen(want);
	return v && vn == n + 2 && v[0] == '"' && !memcmp(v + 1, want, n) && v[n + 1] == '"';
}

static int plan_inplace(const mcp_who *w, const char *body, size_t n, const mcp_limits *lim,
			mcpgw_plan *p, rl_err *e)
{
	/* the members read, found while the body is validated (base/jsonr.h
	 * rl_json_valid_ix): the top level's, then params' */
	static const char *const keys[] = {"jsonrpc", "id",    "method", "params",
					   "result",  "error", "name",   "arguments"};
	static const int top[] = {0, 1, 2, 3, 4, 5}, par[] = {6, 7};
	const char *m[6], *pm[2];
	size_t mn[6], pn[2], i = 0;
	mcp_call c;
	rl_buf tool = RL_BUF_INIT, note = RL_BUF_INIT;
	char tname[129];
	const char *tool_s = NULL;
	size_t tool_n = 0;
	json_t *id = NULL, *args = NULL;
	rl_guard_verdict v;
	rl_json_ix ix = RL_JSON_IX_INIT(keys, 8);
	int rc = 1;

	while (i < n && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t'))
		i++;
	if (n > lim->max_bytes || i == n || body[i] != '{' ||
	    !rl_json_valid_ix(body, n, JSON_REJECT_DUPLICATES, &ix))
		goto out;
	/* nesting (mcp_parse's bound): what the validator reached, which is
	 * mcp_json_depth's count in valid text (test_mcp ix_depth_agrees) */
	if (ix.depth > lim->max_depth)
		goto out;
	rl_json_ix_getn(&ix, body + i, top, 6, m, mn);
	/* a request (mcp.c classify): "2.0", a string or number id, a method,
	 * params an object, no result or error */
	if (!raw_is(m[0], mn[0], "2.0") || !raw_is(m[2], mn[2], "tools/call") || m[4] || m[5] ||
	    !m[1] || !(m[1][0] == '"' || m[1][0] == '-' || (m[1][0] >= '0' && m[1][0] <= '9')) ||
	    !m[3] || m[3][0] != '{')
		goto out;
	rl_json_ix_getn(&ix, m[3], par, 2, pm, pn);
	/* mcp_call_get: a name of 1 to 128 bytes, arguments an object (a
	 * name without escapes is copied as it is written: no allocation) */
	if (!pm[0] || pn[0] < 2 || (pm[1] && pm[1][0] != '{'))
		goto out;
	if (pn[0] <= 130 && pm[0][0] == '"' && !memchr(pm[0] + 1, '\\', pn[0] - 2)) {
		memcpy(tname, pm[0] + 1, pn[0] - 2);
		tname[pn[0] - 2] = '\0';
		tool_s = tname;
		tool_n = pn[0] - 2;
	} else if (!rl_json_unquote(pm[0], pn[0], &tool)) {
		tool_s = tool.s ? tool.s : "";
		tool_n = tool.len;
	} else {
		goto out;
	}
	if (!tool_n || tool_n > 128 || memchr(tool_s, '\0', tool_n))
		goto out;
	if (!(id = rl_json_fast_parse(m[1], mn[1])))
		goto out;
	if (pm[1] && rl_json_flat(pm[1], pn[1], RL_JSON_FLAT_MAX) >= 0) {
		/* compact, flat, printable ASCII: its text is what mcp_args_text
		 * writes of it (test_mcp flat_args_are_args_text), no tree */
		char *a = malloc(pn[1] + 1);
		if (a) {
			memcpy(a, pm[1], pn[1]);
			a[pn[1]] = '\0';
		}
		mcp_eval_call_text(w, tool_s, a, &v, e, &note);
	} else {
		if (pm[1] && !(args = rl_json_fast_parse(pm[1], pn[1])))
			goto out;
		c.id = id;
		c.tool = tool_s;
		c.args = args;
		mcp_eval_call_noted(w, &c, &v, e, &note); /* on failure a fail-closed block */
	}
	if (v.action != RL_GUARD_ALLOW && v.action != RL_GUARD_HOLD) {
		rl_guard_verdict_free(&v);
		goto out; /* the body changes: the tree reader's */
	}
	rc = RL_ENOMEM;
	p->calls = 1;
	memcpy(p->tool, tool_s, tool_n + 1); /* at most 128 bytes */
	verdict_gather(&p->v, &v);
	if (v.action == RL_GUARD_HOLD) {
		p->held = 1;
		p->held_id = json_incref(id);
	}
	rl_guard_verdict_free(&v);
	if (!(p->pending = rl_zalloc(2, sizeof *p->pending)))
		goto out;
	p->npending = 1;
	p->pending[0].id = json_incref(id);
	p->pending[0].method = MCP_M_TOOLS_CALL;
	memcpy(p->pending[0].tool, tool_s, tool_n + 1);
	p->forward_original = 1;
	if (w->note && note.len)
		w->note(w->note_ud, RL_ROLE_ASSISTANT, note.s, note.len);
	rc = 0;
out:
	json_decref(id);
	json_decref(args);
	rl_buf_free(&tool);
	rl_buf_free(&note);
	rl_json_ix_free(&ix);
	return rc;
}

int mcpgw_request(const mcp_who *w, const char *body, size_t n, const mcp_limits *lim0,
		  mcpgw_plan *p, rl_err *e)
{
	mcp_limits lim;
	int rc;
	if (lim0)
		lim = *lim0;
	else
		mcp_limits_default(&lim);
	memset(p, 0, sizeof *p);
	rl_buf_init(&p->body);
	rl_buf_init(&p->extra);
	rc = plan_inplace(w, body, n, &lim, p, e);
	if (rc == 0)
		return 0;
	mcpgw_plan_free(p);
	if (rc == RL_ENOMEM)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	return mcpgw_request_tree(w, body, n, lim0, p, e);
}

int mcpgw_request_tree(const mcp_who *w, const char *body, size_t n, const mcp_limits *lim,
		       mcpgw_plan *p, rl_err *e)
{
	mcp_batch b;
	rl_buf err = RL_BUF_INIT;
	json_t *fwd = NULL; /* the forwarded messages when rewritten */
	size_t i, kept = 0;
	int rc, modified = 0, hides;

	memset(p, 0, sizeof *p);
	rl_buf_init(&p->body);
	rl_buf_init(&p->extra);
	rc = mcp_parse(body, n, lim, &b, &err);
	if (rc == RL_ENOMEM) {
		rl_buf_free(&err);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	if (rc) {
		/* the whole body is no message: HTTP 400 with the JSON-RPC error */
		p->answer_now = 1;
		p->status = 400;
		p->ctype = "application/json";
		p->body = err;
		return 0;
	}
	fwd = json_array();
	if (!fwd)
		goto oom;
	for (i = 0; i < b.n; i++) {
		mcp_msg *m = &b.v[i];
		mcp_call c;
		char why[160];
		rl_guard_verdict v;
		int drop = 0;

		if (m->kind == MCP_INVALID) {
			char msg[160];
			snprintf(msg, sizeof msg, "Invalid Request: %s", m->why);
			if (extra_error(p, m->id, m->code, msg))
				goto oom;
			modified = 1;
			continue;
		}
		if (mcp_is_call(m)) {
			p->calls++;
			if (mcp_call_get(m, &c, why, sizeof why)) {
				if (extra_error(p, m->id, MCP_INVALID_PARAMS, why))
					goto oom;
				modified = 1;
				continue;
			}
			if (!p->tool[0])
				snprintf(p->tool, sizeof p->tool, "%s", c.tool);
			mcp_eval_call(w, &c, &v, e); /* on failure v is a fail-closed block */
			verdict_gather(&p->v, &v);
			if (v.action == RL_GUARD_HOLD && !b.is_batch) {
				p->held = 1;
				p->held_id = json_incref(m->id);
			} else if (v.action >= RL_GUARD_HOLD) {
				drop = 1;
			} else if (v.action == RL_GUARD_REDACT) {
				json_t *params = json_object_get(m->obj, "params");
				json_t *args = json_object_get(params, "arguments");
				if (json_is_object(args) &&
				    redact_args(args, &v, replacement(w->g)))
					modified = 1;
				else
					drop = 1;
			}
			if (drop) {
				rl_buf r = RL_BUF_INIT;
				rl_guard_verdict bv = v;
				if (bv.action ==
				    RL_GUARD_REDACT) { /* a redaction it could not place */
					bv.action = RL_GUARD_BLOCK;
					snprintf(
						bv.reason, sizeof bv.reason,
						"%.190s (could not be redacted from the arguments)",
						v.reason);
				}
				if (bv.action == RL_GUARD_HOLD)
					bv.action = RL_GUARD_BLOCK; /* a batch cannot wait for a
								       person */
				rc = mcp_block_result(m->id, c.tool, &bv, &r);
				if (!rc)
					rc = add_extra(p, r.s, r.len);
				rl_buf_free(&r);
				rl_guard_verdict_free(&v);
				if (rc)
					goto oom;
				modified = 1;
				continue;
			}
			rl_guard_verdict_free(&v);
		}
		if (json_array_append(fwd, m->obj))
			goto oom;
		kept++;
	}
	/* what the server's answer is judged against: only what it receives */
	{
		mcp_batch kb = {0};
		mcp_msg *kv = calloc(kept + 1, sizeof *kv);
		size_t k = 0;
		if (!kv)
			goto oom;
		for (i = 0; i < b.n; i++) {
			size_t j;
			for (j = 0; j < kept; j++)
				if (json_array_get(fwd, j) == b.v[i].obj &&
				    b.v[i].kind != MCP_INVALID) {
					kv[k++] = b.v[i];
					break;
				}
		}
		kb.v = kv;
		kb.n = k;
		hides = rl_policy_hides_tools(
			*(rl_policy *const *)(const void *)rl_guard_policy(w->g));
		rc = mcp_pending_of(&kb, hides, &p->pending, &p->npending);
		free(kv);
		if (rc)
			goto oom;
	}
	if (!kept) {
		/* nothing reaches the server: the guard answers everything */
		p->answer_now = 1;
		p->status = 200;
		p->ctype = "application/json";
		if ((b.is_batch && rl_buf_addc(&p->body, '[')) ||
		    rl_buf_add(&p->body, p->extra.s ? p->extra.s : "", p->extra.len) ||
		    (b.is_batch && rl_buf_addc(&p->body, ']')))
			goto oom;
		rl_buf_reset(&p->extra);
		p->nextra = 0;
	} else if (!modified) {
		p->forward_original = 1;
	} else {
		char *s = json_dumps(b.is_batch ? fwd : json_array_get(fwd, 0), JSON_COMPACT);
		if (!s || rl_buf_adds(&p->body, s)) {
			free(s);
			goto oom;
		}
		free(s);
	}
	json_decref(fwd);
	mcp_batch_free(&b);
	return 0;
oom:
	json_decref(fwd);
	mcp_batch_free(&b);
	mcpgw_plan_free(p);
	return rl_err_set(e, RL_ENOMEM, "out of memory");
}

void mcpgw_plan_free(mcpgw_plan *p)
{
	rl_buf_free(&p->body);
	rl_buf_free(&p->extra);
	mcp_pending_free(p->pending, p->npending);
	json_decref(p->held_id);
	rl_guard_verdict_free(&p->v);
	memset(p, 0, sizeof *p);
}

int mcpgw_denied(const mcpgw_plan *p, rl_buf *out)
{
	return mcp_block_result(p->held_id, p->tool, &p->v, out);
}

static int is_sse(const char *ct)
{
	return ct && !strncasecmp(ct, "text/event-stream", 17);
}

static int is_json(const char *ct)
{
	return ct && !strncasecmp(ct, "application/json", 16);
}

typedef struct sse_ctx {
	const mcp_who *w;
	mcpgw_plan *p;
	rl_buf *out;
	int changed;
	rl_guard_verdict *acc;
	rl_err *e;
} sse_ctx;

static int on_event(void *ud, const mcp_sse_event *ev)
{
	sse_ctx *x = ud;
	rl_buf nb = RL_BUF_INIT;
	int ch = 0, rc;
	if (!ev->has_data)
		return rl_buf_add(x->out, ev->raw, ev->raw_len);
	rc = mcp_judge_answer(x->w, x->p->pending, x->p->npending, ev->data.s ? ev->data.s : "",
			      ev->data.len, &nb, &ch, x->acc, x->e);
	if (rc == RL_EPROTO) { /* not JSON while calls wait: not delivered */
		x->changed = 1;
		rl_buf_free(&nb);
		return 0;
	}
	if (!rc)
		rc = ch ? mcp_sse_rewrite(ev, nb.s, nb.len, x->out)
			: rl_buf_add(x->out, ev->raw, ev->raw_len);
	x->changed |= ch;
	rl_buf_free(&nb);
	return rc;
}

void mcpgw_stream_init(mcpgw_stream *st, size_t max_event)
{
	mcp_sse_init(&st->sp, max_event);
}

void mcpgw_stream_free(mcpgw_stream *st)
{
	mcp_sse_free(&st->sp);
}

int mcpgw_stream_feed(const mcp_who *w, mcpgw_plan *p, mcpgw_stream *st, const char *data, size_t n,
		      rl_buf *out, rl_guard_verdict *acc, rl_err *e)
{
	sse_ctx x = {w, p, out, 0, acc, e};
	int rc = mcp_sse_feed(&st->sp, data, n, on_event, &x);
	if (rc == RL_ELIMIT)
		return rl_err_set(e, rc,
				  "an event of the MCP server's stream passes the size bound");
	return rc ? rl_err_set(e, rc, "the MCP server's event stream could not be judged") : 0;
}

int mcpgw_as_event(const char *json, size_t n, rl_buf *out)
{
	size_t i = 0;
	if (rl_buf_adds(out, "event: message\n"))
		return RL_ENOMEM;
	/* one data: line per line of the text (SSE joins them with LF) */
	while (i <= n) {
		size_t j = i;
		while (j < n && json[j] != '\n' && json[j] != '\r')
			j++;
		if (rl_buf_adds(out, "data: ") || rl_buf_add(out, json + i, j - i) ||
		    rl_buf_addc(out, '\n'))
			return RL_ENOMEM;
		if (j >= n)
			break;
		i = j + (json[j] == '\r' && j + 1 < n && json[j + 1] == '\n' ? 2 : 1);
	}
	return rl_buf_addc(out, '\n') ? RL_ENOMEM : 0;
}

int mcpgw_stream_end(const mcp_who *w, mcpgw_plan *p, mcpgw_stream *st, rl_buf *out,
		     rl_guard_verdict *acc, rl_err *e)
{
	int rc = 0;
	if (st->sp.pend.len) {
		/* a last event without its blank line: judged like the others */
		if (rl_buf_adds(&st->sp.pend, "\n\n"))
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		if ((rc = mcpgw_stream_feed(w, p, st, "", 0, out, acc, e)))
			return rc;
	}
	if (p->nextra) {
		/* the guard's answers as events of their own */
		json_t *arr, *it;
		rl_buf tmp = RL_BUF_INIT;
		size_t k;
		if (rl_buf_addc(&tmp, '[') || rl_buf_add(&tmp, p->extra.s, p->extra.len) ||
		    rl_buf_addc(&tmp, ']')) {
			rl_buf_free(&tmp);
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		}
		arr = json_loadb(tmp.s, tmp.len, 0, NULL);
		rl_buf_free(&tmp);
		if (!arr)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		json_array_foreach(arr, k, it) {
			char *js = json_dumps(it, JSON_COMPACT);
			if (!js || mcpgw_as_event(js, strlen(js), out))
				rc = RL_ENOMEM;
			free(js);
		}
		json_decref(arr);
		rl_buf_reset(&p->extra);
		p->nextra = 0;
	}
	return rc ? rl_err_set(e, rc, "out of memory") : 0;
}

int mcpgw_response(const mcp_who *w, mcpgw_plan *p, int status, const char *ctype, const char *body,
		   size_t n, int *out_status, rl_buf *out, int *replace, rl_guard_verdict *acc,
		   rl_err *e)
{
	int rc = 0;
	*out_status = status;
	*replace = 0;
	if (status < 200 || status > 299)
		return 0; /* the server's own error: as it is */
	if (status == 202 || !n) {
		if (!p->nextra)
			return 0;
		/* only notifications were forwarded (a batch: the guard's answers
		 * exist only when it removed something, which a single message
		 * never leaves anything to forward after) */
		*out_status = 200;
		*replace = 1;
		return rl_buf_addc(out, '[') || rl_buf_add(out, p->extra.s, p->extra.len) ||
				       rl_buf_addc(out, ']')
			       ? RL_ENOMEM
			       : 0;
	}
	if (is_sse(ctype)) {
		mcpgw_stream st;
		mcpgw_stream_init(&st, 0);
		rc = mcpgw_stream_feed(w, p, &st, body, n, out, acc, e);
		if (!rc)
			rc = mcpgw_stream_end(w, p, &st, out, acc, e);
		mcpgw_stream_free(&st);
		if (rc)
			return rc;
		*replace = out->len != n || memcmp(out->s, body, n);
		if (!*replace)
			rl_buf_reset(out);
		return 0;
	}
	if (is_json(ctype) || p->npending) {
		int ch = 0;
		rl_buf nb = RL_BUF_INIT;
		rc = mcp_judge_answer(w, p->pending, p->npending, body, n, &nb, &ch, acc, e);
		if (rc == RL_EPROTO) {
			/* unjudgeable answer to a call: the calls get error results */
			size_t i;
			rl_buf_free(&nb);
			*replace = 1;
			*out_status = 200;
			for (i = 0; i < p->npending; i++) {
				rl_guard_verdict v = {0};
				ge_verdict_add(&v, RL_GUARD_BLOCK, 0, p->pending[i].tool,
					       "guard.error",
					       "the MCP server's answer could not be read", 0, 0);
				if (i && rl_buf_addc(out, ','))
					rc = RL_ENOMEM;
				if (mcp_block_result(p->pending[i].id, p->pending[i].tool, &v, out))
					rc = RL_ENOMEM;
				rl_guard_verdict_free(&v);
			}
			return rc == RL_ENOMEM ? rl_err_set(e, rc, "out of memory") : 0;
		}
		if (rc) {
			rl_buf_free(&nb);
			return rc;
		}
		if (p->nextra) {
			/* merge: the server's answers (an object or an array) and ours */
			const char *src = ch ? nb.s : body;
			size_t sl = ch ? nb.len : n;
			size_t a = 0;
			while (a < sl && (src[a] == ' ' || src[a] == '\n' || src[a] == '\r' ||
					  src[a] == '\t'))
				a++;
			rc = rl_buf_addc(out, '[');
			if (!rc && a < sl && src[a] == '[') {
				size_t z = sl;
				while (z > a && src[z - 1] != ']')
					z--;
				if (z - a > 2)
					rc = rl_buf_add(out, src + a + 1, z - a - 2) ||
					     rl_buf_addc(out, ',');
			} else if (!rc) {
				rc = rl_buf_add(out, src, sl) || rl_buf_addc(out, ',');
			}
			if (!rc)
				rc = rl_buf_add(out, p->extra.s, p->extra.len) ||
				     rl_buf_addc(out, ']');
			*replace = 1;
		} else if (ch) {
			rc = rl_buf_add(out, nb.s, nb.len);
			*replace = 1;
		}
		rl_buf_free(&nb);
		return rc ? rl_err_set(e, RL_ENOMEM, "out of memory") : 0;
	}
	return 0;
}
