/* line.c: the decision for one complete log line: prefilter, parse the
 * candidates (shapes.c), extract actions and evaluate the policy per
 * message, with the request side as provenance context; and the fast path
 * that decides a request/response wrapper line by its response alone. */
#include "monitor/internal.h"

#include <stdlib.h>
#include <string.h>

#include "base/jsonr.h"
#include "redline/action.h"

static int msg_push(rl_monitor *m, int role, const rl_buf *b)
{
	if (!b->len)
		return 0;
	if (m->nmsgs == m->capmsgs) {
		size_t nc = m->capmsgs ? m->capmsgs * 2 : 32;
		rl_policy_msg *v = realloc(m->msgs, nc * sizeof *v);
		if (!v)
			return RL_ENOMEM;
		m->msgs = v;
		m->capmsgs = nc;
	}
	m->msgs[m->nmsgs].role = role;
	m->msgs[m->nmsgs].text = b->s;
	m->msgs[m->nmsgs].len = b->len;
	m->nmsgs++;
	return 0;
}

/* The request side of a line as provenance context: every unit but the
 * line's own response, in order, with its role; tool results found in
 * user messages are tool output. msg_at[i] counts the messages before
 * unit i (the context of a repeated message under --scan-history). */
static int line_context(rl_monitor *m, const mon_line *ml)
{
	size_t i;
	int rc = 0;
	m->nmsgs = 0;
	if (ml->n > m->capat) {
		size_t *v = realloc(m->msg_at, ml->n * sizeof *v);
		if (!v)
			return RL_ENOMEM;
		m->msg_at = v;
		m->capat = ml->n;
	}
	for (i = 0; i < ml->n && !rc; i++) {
		const mon_unit *u = &ml->u[i];
		m->msg_at[i] = m->nmsgs;
		if (u->assistant && u->index == -1)
			continue;
		if (u->assistant) {
			rc = msg_push(m, RL_ROLE_ASSISTANT, &u->response);
			if (!rc)
				rc = msg_push(m, RL_ROLE_ASSISTANT, &u->native);
		} else {
			rc = msg_push(m, rl_policy_role_parse(u->role), &u->input);
			if (!rc)
				rc = msg_push(m, RL_ROLE_TOOL, &u->tool);
		}
	}
	return rc;
}

/* One open log. */ /* The fast path for wrapper lines {"request": ..., "response": ...} when
		     * a line is judged by its own response: if no injection cue occurs
		     * anywhere in the line, only rules that read the response can match, so
		     * only the response is prefiltered and parsed; the request is parsed
		     * only if a rule asks for the conversation (provenance of a target, of
		     * PII evidence). Returns 1 when the line is decided clean, 0 when it
		     * must take the full path (a finding, an injection cue, another shape,
		     * anything unusual): findings are always reported by the full path, so
		     * both paths give the same output. */
typedef struct lazy_req {
	rl_monitor *m;
	const char *s;
	size_t n;
	mon_line ml;
	int parsed;
} lazy_req;

static int lazy_msgs(void *arg, const rl_policy_msg **msgs, size_t *n)
{
	lazy_req *z = arg;
	rl_err e;
	*msgs = NULL;
	*n = 0;
	if (!z->s)
		return 0;
	if (!z->parsed) {
		z->parsed = 1;
		if (mon_parse_line(z->s, z->n, &z->ml, &e))
			return 1; /* unreadable: fail closed, the full path decides */
		if (line_context(z->m, &z->ml))
			return 1;
	}
	*msgs = z->m->msgs;
	*n = z->m->nmsgs;
	return 0;
}

static int resp_only(rl_monitor *m, const char *s, size_t n)
{
	static const char *const keys[] = {"request", "response"};
	const char *v[2];
	size_t vn[2], a = 0, i;
	int suspect = 0, clean = 1;
	mon_line ml;
	lazy_req z;
	rl_err e;

	while (a < n && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
		a++;
	if (a >= n || s[a] != '{' || mon_prefilter_context(m->pf, s, n, &m->work) ||
	    !rl_json_valid(s, n, 0))
		return 0;
	rl_json_getn(s, n, keys, 2, v, vn);
	if (!v[1] || *v[1] != '{' || (v[0] && *v[0] != '{'))
		return 0;
	if (!mon_prefilter_line(m->pf, v[1], vn[1], &m->work, &suspect))
		return !suspect;
	if (suspect || mon_parse_line(v[1], vn[1], &ml, &e)) {
		if (!suspect)
			mon_line_free(&ml);
		return 0;
	}
	memset(&z, 0, sizeof z);
	z.m = m;
	z.s = v[0];
	z.n = v[0] ? vn[0] : 0;
	m->nmsgs = 0;
	for (i = 0; i < ml.n && clean; i++) {
		mon_unit *u = &ml.u[i];
		rl_policy_decision d;
		rl_actions ac;
		rl_policy_ctx ctx;
		rl_transcript t = {u->response.s,
				   u->response.len,
				   u->reasoning.s,
				   u->reasoning.len,
				   u->native.len ? u->native.s : NULL,
				   u->native.len};
		if (!u->assistant || u->index != -1) {
			clean = 0; /* not a plain response object: the full path decides */
			break;
		}
		memset(&ctx, 0, sizeof ctx);
		memset(&ac, 0, sizeof ac);
		ctx.load_msgs = lazy_msgs;
		ctx.load_arg = &z;
		ctx.no_injection = 1; /* mon_prefilter_context found no cue */
		if (rl_policy_check(m->o.policy, &t, NULL, 0, &ctx, &ac, &d, &e) || d.nmatches)
			clean = 0;
		rl_policy_decision_free(&d);
		rl_actions_free(&ac);
	}
	if (z.parsed)
		mon_line_free(&z.ml);
	mon_line_free(&ml);
	return clean;
}

/* One complete line (without its newline). */
int mon_do_line(rl_monitor *m, mon_src *S, const char *s, size_t n, uint64_t line, uint64_t off)
{
	int suspect = 0, cand, own;
	size_t last_req = (size_t)-1;
	mon_line ml;
	rl_err e;
	size_t i;
	int rc = 0;

	m->st.lines++;
	if (m->fast && m->uses_context && resp_only(m, s, n))
		return 0;
	cand = m->o.full_parse ? 1 : mon_prefilter_line(m->pf, s, n, &m->work, &suspect);
	if (m->o.full_parse) {
		size_t a = 0;
		while (a < n && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
			a++;
		if (a == n)
			return 0;
	}
	if (!cand && !suspect)
		return 0;
	if (cand)
		m->st.candidates++;
	m->st.parsed++;
	if (mon_parse_line(s, n, &ml, &e)) {
		mon_malformed(m, S, line, e.msg);
		mon_line_free(&ml);
		return 0;
	}
	own = 0;
	for (i = 0; i < ml.n; i++) {
		int mine = ml.u[i].assistant && ml.u[i].index == -1;
		own |= mine;
		if (!mine)
			last_req = i;
	}
	if (cand && m->uses_context && (rc = line_context(m, &ml)))
		goto done;
	for (i = 0; cand && i < ml.n && !rc; i++) {
		mon_unit *u = &ml.u[i];
		rl_policy_decision d;
		rl_actions a;
		rl_policy_ctx ctx;
		int mine = u->assistant && u->index == -1;
		memset(&a, 0, sizeof a);
		memset(&ctx, 0, sizeof ctx);
		if (!u->assistant && (!m->uses_input || (!u->input.len && !u->tool.len)))
			continue;
		/* A line is judged by its own response; the messages its request
		 * repeats were judged on their own lines (unless --scan-history).
		 * Of the request's messages only the newest input is new here. */
		if (own && !mine && !m->o.scan_history && (u->assistant || i != last_req))
			continue;
		m->st.units++;
		if (m->uses_context) {
			ctx.msgs = m->msgs;
			ctx.nmsgs = mine ? m->nmsgs : m->msg_at[i];
		}
		if (u->assistant) {
			rl_transcript t = {u->response.s,
					   u->response.len,
					   u->reasoning.s,
					   u->reasoning.len,
					   u->native.len ? u->native.s : NULL,
					   u->native.len};
			rc = rl_policy_check(m->o.policy, &t, NULL, 0, &ctx, &a, &d, &e);
		} else {
			const rl_buf *in = &u->input;
			if (u->tool.len) { /* input rules read tool results too */
				rl_buf_reset(&m->intext);
				rl_buf_add(&m->intext, u->input.s, u->input.len);
				rl_buf_addc(&m->intext, '\n');
				rl_buf_add(&m->intext, u->tool.s, u->tool.len);
				in = &m->intext;
			}
			rc = rl_policy_eval(m->o.policy, NULL, NULL, in->s, in->len, &ctx, &d, &e);
		}
		if (rc) {
			/* A policy failure on one line is reported, never fatal. */
			mon_malformed(m, S, line, e.msg);
			rc = 0;
		} else {
			rc = mon_emit(m, S, line, off, ml.conv, u, &a, &d);
		}
		rl_policy_decision_free(&d);
		rl_actions_free(&a);
	}
done:
	mon_line_free(&ml);
	return rc;
}
