/* proxy_mcp_hold.c: tools/calls the policy holds for a person (the MCP
 * route, proxy_mcp.c, parks them here). A held call is a hold like a model
 * answer's (proxy_holds.c: the same store, page, API, deadline and
 * audit), made before the MCP server sees the call; how the waiting
 * client is kept and answered is described at the top of proxy_mcp.c. */
#include <openssl/crypto.h>
#include <stdio.h>
#include <string.h>

#include "guard/proxy_mcp_int.h"
#include "base/util.h"

/* The worker's list of held MCP requests (its thread only). */
static void mheld_add(req *r)
{
	mcpx *x = r->mcp;
	x->hprev = NULL;
	x->hnext = r->w->mheld;
	if (x->hnext)
		((mcpx *)x->hnext->mcp)->hprev = r;
	r->w->mheld = r;
	x->listed = 1;
}

void gp_mx_mheld_del(req *r)
{
	mcpx *x = r->mcp;
	if (!x || !x->listed)
		return;
	if (x->hprev)
		((mcpx *)x->hprev->mcp)->hnext = x->hnext;
	else
		r->w->mheld = x->hnext;
	if (x->hnext)
		((mcpx *)x->hnext->mcp)->hprev = x->hprev;
	x->hprev = x->hnext = NULL;
	x->listed = 0;
}

/* One keep-alive: an SSE comment naming the hold and its deadline, and a
 * progress notification when the call asked for progress. */
static void beat(req *r)
{
	mcpx *x = r->mcp;
	rl_buf b = RL_BUF_INIT;
	int64_t left = (x->deadline_ms - rl_wall_ms()) / 1000;
	char msg[200];
	x->beat_due = rl_mono_ms() + MX_BEAT_MS;
	if (!x->streaming)
		return;
	if (left < 0)
		left = 0;
	snprintf(msg, sizeof msg, "held for a person's approval: hold %s, decision due in %lld s",
		 r->hold_id, (long long)left);
	rl_buf_addf(&b, ": %s\n\n", msg);
	if (x->ptoken) {
		/* notifications/progress (MCP basic/utilities/progress): progress
		 * must grow with each notification */
		json_t *n =
			json_pack("{s:s,s:s,s:{s:O,s:I,s:s}}", "jsonrpc", "2.0", "method",
				  "notifications/progress", "params", "progressToken", x->ptoken,
				  "progress", (json_int_t)++x->beats, "message", msg);
		char *js = n ? json_dumps(n, JSON_COMPACT) : NULL;
		if (js)
			mcpgw_as_event(js, strlen(js), &b);
		free(js);
		json_decref(n);
	}
	if (!x->backlog.len && b.len)
		hs_stream_send(r->conn, b.s, b.len); /* a full queue skips a beat */
	rl_buf_free(&b);
}

void gp_mcp_beats(worker *w)
{
	req *r, *nx;
	int64_t now;
	if (!w->mheld)
		return;
	now = rl_mono_ms();
	for (r = w->mheld; r; r = nx) {
		nx = ((mcpx *)r->mcp)->hnext;
		if (now >= ((mcpx *)r->mcp)->beat_due)
			beat(r);
	}
}

/* r waits for the decision on hold r->hold_id (deadline `deadline_ms`). */
static void start_wait(req *r, int64_t deadline_ms)
{
	mcpx *x = r->mcp;
	x->deadline_ms = deadline_ms;
	mheld_add(r);
	if (x->sse_ok && !x->streaming) {
		hs_hdr h[MX_HDRS + 8];
		size_t n = gp_mx_heads(r, x, "text/event-stream", h);
		h[n++] = (hs_hdr){"Cache-Control", "no-cache"};
		h[n++] = (hs_hdr){"x-redline-hold", r->hold_id};
		if (!hs_stream_start(r->conn, 200, h, n))
			x->streaming = 1;
	}
	beat(r);
}

/* The client's answer when the guard itself answers the held call with
 * `body` (a JSON-RPC message): an event on a started stream, else a JSON
 * body with `status`. */
void gp_mx_answer_msg(req *r, int status, rl_buf *body)
{
	mcpx *x = r->mcp;
	if (x->streaming) {
		rl_buf ev = RL_BUF_INIT;
		int rc = mcpgw_as_event(body->s ? body->s : "", body->len, &ev);
		rl_buf_free(body);
		if (rc || gp_mx_relay_send(r, &ev)) {
			rl_buf_free(&ev);
			gp_mx_end_free(r, 0);
			return;
		}
		if (x->backlog.len) {
			x->ending = 1; /* on_drain ends it */
			return;
		}
		gp_mx_end_free(r, 1);
		return;
	}
	gp_mx_answer(r, status, "application/json", body);
}

/* Denied or timed out: an isError result that says so. */
static void answer_denied(req *r)
{
	mcpx *x = r->mcp;
	rl_guard_verdict v;
	rl_buf b = RL_BUF_INIT;
	memset(&v, 0, sizeof v);
	v.action = RL_GUARD_HOLD; /* "held for a person's approval and not approved" */
	gp_scpy(v.rule, sizeof v.rule, x->plan.v.rule);
	{
		/* the reason is cut to what the verdict holds (the page has it whole) */
		rl_buf t = RL_BUF_INIT;
		if (!strcmp(x->decided_by, "timeout"))
			rl_buf_addf(&t, "%.100s; hold %s: no decision before the deadline",
				    x->plan.v.reason, r->hold_id[0] ? r->hold_id : "-");
		else
			rl_buf_addf(&t, "%.80s; hold %s denied by %.40s%s%.60s", x->plan.v.reason,
				    r->hold_id[0] ? r->hold_id : "-", x->decided_by,
				    x->note[0] ? ": " : "", x->note);
		gp_scpy(v.reason, sizeof v.reason, t.s ? t.s : "denied");
		rl_buf_free(&t);
	}
	if (mcp_block_result(x->plan.held_id, x->plan.tool, &v, &b)) {
		rl_buf_free(&b);
		gp_mx_answer_text(r, 503, "{\"error\":\"out of memory\"}");
		return;
	}
	gp_mx_answer_msg(r, 200, &b);
}

/* A decision reached r (its worker's thread): run the call, or say no. */
static void resume(struct rl_guard_server *s, req *r)
{
	mcpx *x = r->mcp;
	gp_mx_mheld_del(r);
	if (x->gone) {
		/* the client left after the decision was taken for it: the call
		 * is not run for nobody (a retry makes a new hold) */
		rl_log(RL_LOG_WARN, "guard",
		       "hold %s decided after its client left; the call was not forwarded",
		       r->hold_id);
		if (x->streaming)
			gp_mx_end_free(r, 0);
		else
			gp_mx_answer_text(r, 499, "{\"error\":\"client closed\"}");
		return;
	}
	if (x->decision == RL_HOLD_APPROVED && !atomic_load(&s->stopping)) {
		r->state = S_RECV;
		if (gp_mx_forward(s, r)) {
			gp_mx_drop(r);
			gp_scpy(x->decided_by, sizeof x->decided_by, "guard");
			gp_scpy(x->note, sizeof x->note, "the MCP server could not be reached");
			answer_denied(r);
		}
		return;
	}
	if (x->decision == RL_HOLD_DENIED) {
		answer_denied(r);
		return;
	}
	{
		/* no decision: the guard stops; the hold stays pending */
		rl_buf b = RL_BUF_INIT;
		char msg[200];
		snprintf(
			msg, sizeof msg,
			"the guard is restarting; hold %s stays pending: send the same request again",
			r->hold_id);
		mcp_error_json(x->plan.held_id, MCP_INTERNAL_ERROR, msg, &b);
		gp_mx_answer_msg(r, 503, &b);
	}
}

void gp_mcp_resume(req *r)
{
	resume(r->s, r);
}

void gp_mcp_decided(req *r, const hold *h)
{
	mcpx *x = r->mcp;
	x->decision = h->rec.status;
	gp_scpy(x->decided_by, sizeof x->decided_by, h->rec.decided_by);
	gp_scpy(x->note, sizeof x->note, h->rec.note);
	gp_finish_remote(r);
}

/* A held call's identity, for a retry to find its hold: agent, route,
 * session, JSON-RPC id, tool and arguments (keys sorted). */
static void call_hash(req *r, const mcp_call *c, char out[65])
{
	rl_buf in = RL_BUF_INIT;
	const char *sid = hs_req_header(r->rq, "mcp-session-id");
	char *id = json_dumps(c->id, JSON_COMPACT | JSON_ENCODE_ANY);
	char *args = c->args ? json_dumps(c->args, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	rl_buf_addf(&in, "mcp%c%s%c%s%c%s%c%s%c%s%c%s", 0, r->agent, 0, r->rq->path, 0,
		    sid ? sid : "", 0, id ? id : "null", 0, c->tool, 0, args ? args : "{}");
	rl_sha256_hex(in.s ? in.s : "", in.len, out);
	rl_buf_free(&in);
	free(id);
	free(args);
}

/* The plan holds r's call: find its hold (a retry) or make one, and wait. */
void gp_mx_hold_call(struct rl_guard_server *s, req *r, const mcp_who *who, const mcp_limits *lim)
{
	mcpx *x = r->mcp;
	mcp_batch b;
	rl_buf err = RL_BUF_INIT;
	mcp_call c;
	char why[160], hash[65];
	const char *acc = hs_req_header(r->rq, "accept");
	hold *h;
	rl_err e;
	size_t i;
	int dbrc;

	x->sse_ok = acc && strstr(acc, "text/event-stream");
	if (mcp_parse(r->body.s ? r->body.s : "", r->body.len, lim, &b, &err)) {
		rl_buf_free(&err);
		answer_denied(r); /* the plan read it: only memory can fail here */
		return;
	}
	rl_buf_free(&err);
	if (b.n != 1 || mcp_call_get(&b.v[0], &c, why, sizeof why)) {
		mcp_batch_free(&b);
		answer_denied(r);
		return;
	}
	{
		json_t *t = json_object_get(
			json_object_get(json_object_get(b.v[0].obj, "params"), "_meta"),
			"progressToken");
		if (json_is_string(t) || json_is_integer(t))
			x->ptoken = json_incref(t);
	}
	call_hash(r, &c, hash);
	if (s->shared_db && atomic_load(&s->db_down)) {
		/* a replica cut off from the fleet's database cannot hold */
		mcp_batch_free(&b);
		atomic_fetch_add(&s->m_fail_closed, 1);
		gp_scpy(x->decided_by, sizeof x->decided_by, "guard");
		gp_scpy(x->note, sizeof x->note, "the hold database is unreachable (fail closed)");
		answer_denied(r);
		return;
	}
	pthread_mutex_lock(&s->mu);
	h = gp_hold_find(s, NULL, hash);
	if (!h && s->shared_db) { /* made by another replica? */
		pthread_mutex_unlock(&s->mu);
		h = gp_hold_adopt(s, hash); /* returns with mu held */
	}
	if (h && h->rec.status != RL_HOLD_PENDING) {
		/* decided while nobody waited: this request collects it */
		gp_hold_unlink(s, h);
		pthread_mutex_unlock(&s->mu);
		mcp_batch_free(&b);
		gp_scpy(r->hold_id, sizeof r->hold_id, h->rec.id);
		x->decision = h->rec.status;
		gp_scpy(x->decided_by, sizeof x->decided_by, h->rec.decided_by);
		gp_scpy(x->note, sizeof x->note, h->rec.note);
		pthread_mutex_lock(&s->dbmu);
		rl_holds_mark_delivered(s->db, h->rec.id, NULL);
		pthread_mutex_unlock(&s->dbmu);
		gp_hold_free(h);
		rl_log(RL_LOG_INFO, "guard", "mcp request collected the decision on hold %s",
		       r->hold_id);
		resume(s, r);
		return;
	}
	if (h) {
		int64_t dl = h->rec.deadline_ms;
		r->state = S_HELD;
		gp_scpy(r->hold_id, sizeof r->hold_id, h->rec.id);
		r->next = h->waiters;
		h->waiters = r;
		pthread_mutex_unlock(&s->mu);
		mcp_batch_free(&b);
		rl_log(RL_LOG_INFO, "guard", "mcp request attached to hold %s", r->hold_id);
		start_wait(r, dl);
		return;
	}
	pthread_mutex_unlock(&s->mu);

	if (!(h = calloc(1, sizeof *h))) {
		mcp_batch_free(&b);
		gp_mx_answer_text(r, 503, "{\"error\":\"out of memory\"}");
		return;
	}
	rl_random_hex(h->rec.id, 12);
	h->rec.created_ms = rl_wall_ms();
	h->rec.deadline_ms = h->rec.created_ms +
			     1000 * (int64_t)(s->o.hold_timeout_s        ? s->o.hold_timeout_s
					      : x->plan.v.hold_timeout_s ? x->plan.v.hold_timeout_s
									 : 300);
	gp_scpy(h->rec.agent, sizeof h->rec.agent, r->agent);
	h->rec.format = GP_FMT_MCP;
	gp_scpy(h->rec.req_hash, sizeof h->rec.req_hash, hash);
	gp_scpy(h->rec.rule, sizeof h->rec.rule, x->plan.v.rule);
	gp_scpy(h->rec.reason, sizeof h->rec.reason, x->plan.v.reason);
	for (i = 0; i < x->plan.v.nitems; i++) /* name the hold after what is held */
		if (x->plan.v.items[i].action == RL_GUARD_HOLD) {
			gp_scpy(h->rec.rule, sizeof h->rec.rule, x->plan.v.items[i].rule);
			gp_scpy(h->rec.reason, sizeof h->rec.reason, x->plan.v.items[i].reason);
			break;
		}
	{
		/* the session's calls and results before this one (and this one) */
		const char *sid = hs_req_header(r->rq, "mcp-session-id");
		json_t *cx = s->mctx && sid ? mcp_ctx_json(s->mctx, sid) : NULL;
		h->rec.summary = mcp_hold_summary(who, &c, &x->plan.v, cx);
		json_decref(cx);
	}
	h->rec.verdict = gp_verdict_json(&x->plan.v);
	h->rec.timeout_action =
		x->plan.v.timeout_action ? x->plan.v.timeout_action : RL_GUARD_BLOCK;
	h->rec.response = malloc(r->body.len + 1); /* the call as the client sent it */
	mcp_batch_free(&b);
	if (!h->rec.summary || !h->rec.verdict || !h->rec.response) {
		gp_hold_free(h);
		gp_mx_answer_text(r, 503, "{\"error\":\"out of memory\"}");
		return;
	}
	memcpy(h->rec.response, r->body.s ? r->body.s : "", r->body.len);
	h->rec.response[r->body.len] = '\0';
	h->rec.response_len = r->body.len;
	pthread_mutex_lock(&s->dbmu);
	dbrc = rl_holds_insert(s->db, &h->rec, &e);
	pthread_mutex_unlock(&s->dbmu);
	if (dbrc) {
		/* a hold that cannot be stored could be lost: fail closed */
		rl_log(RL_LOG_ERROR, "guard", "cannot store hold, blocking: %s", e.msg);
		gp_audit_push(s, "policy", "block", NULL, r->agent, "guard.store-failed", e.msg,
			      x->plan.tool);
		gp_hold_free(h);
		gp_scpy(x->decided_by, sizeof x->decided_by, "guard");
		gp_scpy(x->note, sizeof x->note, "the hold could not be stored (fail closed)");
		answer_denied(r);
		return;
	}
	gp_scpy(r->hold_id, sizeof r->hold_id, h->rec.id);
	gp_mx_count(s, r, &x->plan.v, x->plan.tool, h->rec.id);
	rl_log(RL_LOG_INFO, "guard", "hold %s: %s (rule %s, agent %s, mcp tool %s)", h->rec.id,
	       h->rec.reason, h->rec.rule, r->agent, x->plan.tool);
	r->state = S_HELD;
	start_wait(r, h->rec.deadline_ms);
	pthread_mutex_lock(&s->mu);
	h->waiters = r;
	h->next = s->holds;
	s->holds = h;
	s->npending++;
	pthread_mutex_unlock(&s->mu);
}
