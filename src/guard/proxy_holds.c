/* proxy_holds.c: the hold life cycle (create is in proxy.c; here: find,
 * decide, deliver, time out, pick up decisions made elsewhere) and its
 * persistence (verdicts as JSON, reload at start). */
#include "guard/proxy.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <errno.h>
#include <jansson.h>
#include <netinet/in.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "guard/proxy_int.h"
#include "base/secret.h"
#include "base/util.h"
#include "codec/codec.h"
#include "guard/eval.h"
#include "guard/hcli.h"
#include "guard/hsrv.h"
#include "guard/wire.h"
#include "base/jsonr.h"
#include "store/holds.h"

/* ---- verdict <-> JSON (holds outlive the process) ---- */

char *gp_verdict_json(const rl_guard_verdict *v)
{
	json_t *a = json_array();
	char *s;
	size_t i;
	for (i = 0; i < v->nitems; i++) {
		const rl_guard_item *it = &v->items[i];
		json_array_append_new(a,
				      json_pack("{s:i,s:i,s:s,s:s,s:s,s:I,s:I}", "action",
						it->action, "call", it->call, "tool", it->tool,
						"rule", it->rule, "reason", it->reason, "start",
						(json_int_t)it->start, "end", (json_int_t)it->end));
	}
	s = json_dumps(a, JSON_COMPACT);
	json_decref(a);
	return s;
}

int gp_verdict_parse(const char *js, rl_guard_verdict *v)
{
	json_error_t je;
	json_t *a = json_loads(js, 0, &je), *it;
	size_t i;
	memset(v, 0, sizeof *v);
	if (!json_is_array(a)) {
		json_decref(a);
		return RL_EINVAL;
	}
	json_array_foreach(a, i, it) {
		ge_verdict_add(v, (int)json_integer_value(json_object_get(it, "action")),
			       (int)json_integer_value(json_object_get(it, "call")),
			       json_string_value(json_object_get(it, "tool")),
			       json_string_value(json_object_get(it, "rule")),
			       json_string_value(json_object_get(it, "reason")),
			       (size_t)json_integer_value(json_object_get(it, "start")),
			       (size_t)json_integer_value(json_object_get(it, "end")));
	}
	json_decref(a);
	return 0;
}

/* The request's last messages, for the person deciding (each cut to 2,000
 * bytes; the page escapes them). An unreadable request gives none: the
 * hold itself never depends on it. */
static json_t *hold_context(const req *rq)
{
	static const int wire_of[] = {[RL_GUARD_OPENAI] = RL_WIRE_OPENAI,
				      [RL_GUARD_ANTHROPIC] = RL_WIRE_ANTHROPIC,
				      [RL_GUARD_RESPONSES] = RL_WIRE_RESPONSES};
	json_t *out = json_array(), *root;
	rl_codec_req q;
	size_t i;
	if (!out || rq->format < 0 || (size_t)rq->format >= sizeof wire_of / sizeof wire_of[0] ||
	    !rq->body.len || !(root = json_loadb(rq->body.s, rq->body.len, 0, NULL)))
		return out;
	rl_codec_req_init(&q);
	if (!rl_codec_req_read(wire_of[rq->format], rq->path, root, &q)) {
		if (q.system.len)
			json_array_append_new(
				out, json_pack("{s:s,s:s%}", "role", "system", "text", q.system.s,
					       q.system.len > 2000 ? 2000 : q.system.len));
		for (i = q.nmsgs > 6 ? q.nmsgs - 6 : 0; i < q.nmsgs; i++) {
			const char *t = q.msgs[i].content ? q.msgs[i].content : "";
			size_t n = strlen(t);
			json_array_append_new(out,
					      json_pack("{s:s,s:s%}", "role",
							q.msgs[i].role ? q.msgs[i].role : "?",
							"text", t, n > 2000 ? (size_t)2000 : n));
		}
	}
	rl_codec_req_free(&q);
	json_decref(root);
	return out;
}

/* Held items for people (guard/page.h): tool, arguments, rule, reason,
 * severity, the evidence span and the conversation that led to it. */
char *gp_hold_summary(const req *rq, const gw_resp *r, const rl_guard_verdict *v)
{
	json_t *a = json_array(), *ctx = hold_context(rq);
	const rl_guard *g = rq->g;
	const rl_policy *p = g ? ge_policy_rules(rl_guard_policy(g)) : NULL;
	char *s;
	size_t i;
	if (!a || !ctx) {
		json_decref(a);
		json_decref(ctx);
		return NULL;
	}
	for (i = 0; i < v->nitems; i++) {
		const rl_guard_item *it = &v->items[i];
		const char *args = "";
		size_t alen;
		int sev = p ? rl_policy_rule_severity(p, it->rule) : -1;
		json_t *ev = json_array();
		if (it->action != RL_GUARD_HOLD)
			continue;
		if (it->call >= 0 && (size_t)it->call < r->ncalls)
			args = r->calls[it->call].args;
		else if (it->call == RL_GUARD_PART_CONTENT)
			args = r->content.s;
		alen = strlen(args) > 4000 ? (size_t)4000 : strlen(args);
		if (it->end > it->start && (it->field[0] || it->end <= alen))
			json_array_append_new(ev, json_pack("{s:s?,s:I,s:I}", "field",
							    it->field[0] ? it->field : NULL,
							    "start", (json_int_t)it->start, "end",
							    (json_int_t)it->end));
		json_array_append_new(a, json_pack("{s:s,s:s%,s:s,s:s,s:s,s:o,s:O}", "tool",
						   it->call >= 0 ? it->tool : "(answer text)",
						   "args", args, alen, "rule", it->rule, "reason",
						   it->reason, "severity",
						   sev >= 0 ? rl_severity_name(sev) : "medium",
						   "evidence", ev, "context", ctx));
	}
	json_decref(ctx);
	s = json_dumps(a, JSON_COMPACT);
	json_decref(a);
	return s;
}

/* Build the client's answer from a response and a verdict. `raw` is the
 * upstream body as received; it is released untouched when nothing must
 * change. */
/* Whether the verdict changes the response at all. */
int gp_verdict_changes(const rl_guard_verdict *v, int deny_holds)
{
	size_t i;
	for (i = 0; i < v->nitems; i++)
		if (v->items[i].action == RL_GUARD_BLOCK || v->items[i].action == RL_GUARD_REDACT ||
		    (deny_holds && v->items[i].action == RL_GUARD_HOLD))
			return 1;
	return 0;
}

int gp_render(int format, int stream, const char *raw, size_t n, const rl_guard_verdict *v,
	      int deny_holds, int *status, rl_buf *out, char *ctype, size_t ctn, rl_err *e)
{
	int change = gp_verdict_changes(v, deny_holds), rc, saw_err = 0;
	gw_resp r;

	*status = 200;
	snprintf(ctype, ctn, "%s", stream ? "text/event-stream" : "application/json");
	if (!change)
		return rl_buf_add(out, raw, n) ? rl_err_set(e, RL_ENOMEM, "out of memory") : 0;
	rc = stream ? gw_resp_parse_sse(format, raw, n, &r, &saw_err, e)
		    : gw_resp_parse(format, raw, n, &r, e);
	if (rc)
		return rc;
	rc = gw_resp_apply(&r, v, deny_holds, e);
	if (!rc && (stream ? gw_resp_sse(&r, out) : gw_resp_json(&r, out)))
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	gw_resp_free(&r);
	return rc;
}

/* ---- holds ---- */

hold *gp_hold_find(struct rl_guard_server *s, const char *id, const char *hash)
{
	hold *h;
	for (h = s->holds; h; h = h->next)
		if ((id && !strcmp(h->rec.id, id)) || (hash && !strcmp(h->rec.req_hash, hash)))
			return h;
	return NULL;
}

void gp_hold_unlink(struct rl_guard_server *s, hold *h)
{
	hold **pp;
	for (pp = &s->holds; *pp; pp = &(*pp)->next)
		if (*pp == h) {
			*pp = h->next;
			return;
		}
}

/* Answer every waiter of a decided hold. Called with `mu` held; returns
 * whether anyone was answered (the hold is then delivered). */
static int hold_deliver(hold *h)
{
	rl_guard_verdict v;
	req *w = h->waiters, *nx;
	int any = w != NULL;

	if (!w)
		return 0;
	gp_verdict_parse(h->rec.verdict, &v);
	for (; w; w = nx) {
		rl_err e;
		int st;
		rl_buf out = RL_BUF_INIT;
		char ct[64];
		nx = w->next;
		w->next = NULL;
		if (w->kind == K_MCP) { /* the call runs now, or is refused */
			gp_mcp_decided(w, h);
			continue;
		}
		if (gp_render(h->rec.format, h->rec.stream, h->rec.response, h->rec.response_len,
			      &v, h->rec.status != RL_HOLD_APPROVED, &st, &out, ct, sizeof ct,
			      &e)) {
			rl_buf_free(&out);
			gp_set_error(w, 502, "guard_error",
				     "the held response could not be rendered");
		} else {
			gp_set_answer(w, st, ct, &out);
		}
		gp_scpy(w->hold_id, sizeof w->hold_id, h->rec.id);
		gp_finish_remote(w);
	}
	h->waiters = NULL;
	rl_guard_verdict_free(&v);
	return any;
}

void gp_hold_free(hold *h)
{
	rl_hold_rec_free(&h->rec);
	free(h);
}

/* Decide a hold (any thread). `db_done`: the decision is already stored
 * (written by another process). Returns 0, RL_ENOTFOUND or RL_EEXIST. */
int gp_hold_decide(struct rl_guard_server *s, const char *id, int status, const char *who,
		   const char *note, int db_done, rl_err *e)
{
	hold *h;
	int rc = 0, delivered;
	char rule[128] = "", agent[128] = "";

	if (!db_done) {
		pthread_mutex_lock(&s->dbmu);
		rc = rl_holds_decide(s->db, id, status, who, note, rl_wall_ms(), e);
		pthread_mutex_unlock(&s->dbmu);
		if (rc)
			return rc;
	}
	pthread_mutex_lock(&s->mu);
	h = gp_hold_find(s, id, NULL);
	if (h) {
		if (h->rec.status == RL_HOLD_PENDING && s->npending)
			s->npending--;
		h->rec.status = status;
		gp_scpy(h->rec.decided_by, sizeof h->rec.decided_by, who);
		gp_scpy(h->rec.note, sizeof h->rec.note, note ? note : "");
		gp_scpy(rule, sizeof rule, h->rec.rule);
		gp_scpy(agent, sizeof agent, h->rec.agent);
		delivered = hold_deliver(h);
		if (delivered)
			gp_hold_unlink(s, h);
		else
			h = NULL; /* stays, decided, for a retry to collect */
	}
	pthread_mutex_unlock(&s->mu);
	atomic_fetch_add(&s->m_decided[!strcmp(who, "timeout")      ? 2
				       : status == RL_HOLD_APPROVED ? 0
								    : 1],
			 1);
	if (!db_done) {
		gp_audit_push(s, who, status == RL_HOLD_APPROVED ? "approve" : "deny", id, agent,
			      rule, note && *note ? note : "", "");
		gp_audit_flush(s); /* a person's decision is on record before it is acknowledged */
	}
	if (h) {
		pthread_mutex_lock(&s->dbmu);
		rl_holds_mark_delivered(s->db, id, NULL);
		pthread_mutex_unlock(&s->dbmu);
		gp_hold_free(h);
	}
	rl_log(RL_LOG_INFO, "guard", "hold %s %s by %s", id, rl_hold_status_name(status), who);
	return rc;
}

/* A fleet (PostgreSQL): the hold another replica made for the request
 * with this hash, not yet delivered, taken into this replica's memory so
 * the agent's retry here attaches to it (the replica that made it may be
 * gone). Called with s->mu not held; returns with it held and the hold
 * found (or NULL). */
hold *gp_hold_adopt(struct rl_guard_server *s, const char *hash)
{
	rl_hold_rec rec;
	hold *h;
	rl_err e;
	int rc;

	pthread_mutex_lock(&s->dbmu);
	rc = rl_holds_find_hash(s->db, hash, &rec, &e);
	pthread_mutex_unlock(&s->dbmu);
	pthread_mutex_lock(&s->mu);
	if (rc)
		return gp_hold_find(s, NULL, hash);
	if ((h = gp_hold_find(s, rec.id, NULL))) { /* adopted meanwhile */
		rl_hold_rec_free(&rec);
		return h;
	}
	if (!(h = calloc(1, sizeof *h))) {
		rl_hold_rec_free(&rec);
		return NULL;
	}
	h->rec = rec;
	h->next = s->holds;
	s->holds = h;
	if (h->rec.status == RL_HOLD_PENDING)
		s->npending++;
	rl_log(RL_LOG_INFO, "guard", "hold %s adopted from the shared database for a retry",
	       h->rec.id);
	return h;
}

/* Holds decided elsewhere (the CLI writing the DB): pick them up. */
void gp_poll_db(struct rl_guard_server *s)
{
	rl_hold_rec *v = NULL;
	size_t n = 0, i;
	int changed = 0;
	rl_err e;

	pthread_mutex_lock(&s->dbmu);
	if (rl_holds_changed(s->db, &changed, &e)) {
		/* a fleet's database gone: fail closed until it answers again */
		if (!atomic_exchange(&s->db_down, 1))
			rl_log(RL_LOG_ERROR, "guard",
			       "hold database unreachable, failing closed: %s", e.msg);
		changed = 0;
	} else if (atomic_exchange(&s->db_down, 0)) {
		rl_log(RL_LOG_INFO, "guard", "hold database reachable again");
	}
	if (changed && rl_holds_list(s->db, -2, 100000, 0, &v, &n, &e))
		n = 0;
	pthread_mutex_unlock(&s->dbmu);
	for (i = 0; i < n; i++) {
		int ours;
		pthread_mutex_lock(&s->mu);
		hold *h = gp_hold_find(s, v[i].id, NULL);
		ours = h && h->rec.status == RL_HOLD_PENDING;
		pthread_mutex_unlock(&s->mu);
		if (ours)
			gp_hold_decide(s, v[i].id, v[i].status, v[i].decided_by, v[i].note, 1, &e);
		rl_hold_rec_free(&v[i]);
	}
	free(v);
}

void gp_check_timeouts(struct rl_guard_server *s)
{
	int64_t now = rl_wall_ms();
	for (;;) {
		hold *h;
		char id[40] = "";
		int act = RL_GUARD_BLOCK;
		rl_err e;
		pthread_mutex_lock(&s->mu);
		for (h = s->holds; h; h = h->next)
			if (h->rec.status == RL_HOLD_PENDING && h->rec.deadline_ms <= now) {
				gp_scpy(id, sizeof id, h->rec.id);
				act = h->rec.timeout_action;
				break;
			}
		pthread_mutex_unlock(&s->mu);
		if (!id[0])
			return;
		int st = act == RL_GUARD_ALLOW ? RL_HOLD_APPROVED : RL_HOLD_DENIED, rc;
		rc = gp_hold_decide(s, id, st, "timeout", "no decision before the deadline", 0, &e);
		if (rc == RL_EEXIST) {
			/* decided meanwhile by someone else: their decision stands */
			rl_hold_rec rec;
			pthread_mutex_lock(&s->dbmu);
			rc = rl_holds_get(s->db, id, &rec, &e);
			pthread_mutex_unlock(&s->dbmu);
			if (!rc) {
				gp_hold_decide(s, id, rec.status, rec.decided_by, rec.note, 1, &e);
				rl_hold_rec_free(&rec);
				continue;
			}
		}
		if (rc) /* the store failed: decide in memory so the loop ends (fail closed) */
			gp_hold_decide(s, id, st, "timeout", "no decision before the deadline", 1,
				       &e);
	}
}

/* Load undelivered holds so that a restart loses none of them. */
int gp_load_holds(struct rl_guard_server *s, rl_err *e)
{
	rl_hold_rec *v;
	size_t n, i;
	int rc = rl_holds_list(s->db, -3, 1000000, 1, &v, &n, e);
	if (rc)
		return rc;
	for (i = 0; i < n; i++) {
		hold *h = calloc(1, sizeof *h);
		if (!h) {
			rl_hold_rec_free(&v[i]);
			continue;
		}
		h->rec = v[i];
		if (s->o.restart_decide && h->rec.status == RL_HOLD_PENDING)
			h->rec.deadline_ms = 0; /* the first timeout check decides it by policy */
		h->next = s->holds;
		s->holds = h;
		if (h->rec.status == RL_HOLD_PENDING)
			s->npending++;
	}
	free(v);
	if (s->npending)
		rl_log(RL_LOG_INFO, "guard", "%zu pending holds from an earlier run", s->npending);
	return 0;
}
