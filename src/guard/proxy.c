/* proxy.c: `redline guard serve`: the guard's own HTTP loop in front
 * (guard/hsrv.h), libcurl multi behind, the policy in between (see
 * guard/proxy.h for the threading). This file is the request life cycle;
 * guard/proxy_int.h lists the other files of the server.
 *
 * A proxied request moves RECV -> UPSTREAM -> (HELD ->) DONE. While it is
 * UPSTREAM or HELD its connection simply waits unanswered in its worker's
 * loop, so a held request costs a struct and its bodies, not a thread. A
 * streamed answer's text is released as it arrives once no rule can still
 * match across it, and its tool calls wait until the whole answer is
 * decided (proxy_stream.c); everything else is decided whole. Allowed
 * responses are released byte for byte as received.
 *
 * Locking: see guard/proxy_int.h. */
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
#include "guard/eval.h"
#include "guard/hcli.h"
#include "guard/hsrv.h"
#include "guard/wire.h"
#include "base/jsonr.h"
#include "store/holds.h"

/* ---- small helpers ---- */

static void hist_add(hist *h, double secs)
{
	size_t i;
	for (i = 0; i < NHB && secs > hist_le[i]; i++)
		;
	atomic_fetch_add(&h->b[i], 1);
	atomic_fetch_add(&h->count, 1);
	atomic_fetch_add(&h->sum_us, (unsigned long long)(secs * 1e6));
}

void gp_token_digest(const char *tok, size_t n, char out[65])
{
	rl_sha256_hex(tok, n, out);
}

/* rl_sha256_hex with the server's fetched digest (hot path: twice per
 * request); falls back to the base helper when the fetch failed. */
static void sha_hex(const struct rl_guard_server *s, const void *p, size_t n, char out[65])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[32];
	unsigned int len = 0, i;

	if (!s->sha256 || !EVP_Digest(p, n, md, &len, s->sha256, NULL) || len != 32) {
		rl_sha256_hex(p, n, out);
		return;
	}
	for (i = 0; i < 32; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[64] = '\0';
}

/* The digest of a client's key, remembered for the worker's last key: an
 * agent sends the same key on every request, and hashing it was a tenth of
 * the guard's own work per request. The remembered key is wiped when it
 * changes and when the server stops. */
static void key_digest(worker *w, const char *key, char out[65])
{
	size_t n = strlen(key);
	if (n < sizeof w->last_key && n == w->last_key_len && !CRYPTO_memcmp(key, w->last_key, n)) {
		memcpy(out, w->last_sha, 65);
		return;
	}
	sha_hex(w->s, key, n, out);
	OPENSSL_cleanse(w->last_key, sizeof w->last_key);
	w->last_key_len = 0;
	if (n < sizeof w->last_key) {
		memcpy(w->last_key, key, n);
		w->last_key_len = n;
		memcpy(w->last_sha, out, 65);
	}
}

/* Constant-time: compare digests of both, so neither length nor content
 * of the configured token leaks through timing. */
int gp_token_ok(const struct rl_guard_server *s, const char *given)
{
	char d[65];
	if (!given || !*given)
		return 0;
	gp_token_digest(given, strlen(given), d);
	return CRYPTO_memcmp(d, s->token_hash, 64) == 0;
}

int gp_upstream_failed(struct rl_guard_server *s, req *r, const char *err, int timed_out)
{
	char msg[256];
	curl_slist_free_all(r->hdrs); /* may carry a key: freed as early as can be */
	r->hdrs = NULL;
	if (!err)
		return 0;
	atomic_fetch_add(&s->m_upstream_err, 1);
	snprintf(msg, sizeof msg, "upstream request failed: %s", err);
	rl_log(RL_LOG_WARN, "guard", "%s (%s)", msg, r->path);
	gp_set_error(r, timed_out ? 504 : 502, "upstream_error", msg);
	return 1;
}

void gp_set_answer(req *r, int status, const char *ctype, rl_buf *body /* taken */)
{
	r->resp_status = status;
	gp_scpy(r->resp_ctype, sizeof r->resp_ctype, ctype);
	rl_buf_free(&r->resp_body);
	r->resp_body = *body;
	rl_buf_init(body);
	r->state = S_DONE;
}

void gp_set_error(req *r, int status, const char *type, const char *msg)
{
	rl_buf b = RL_BUF_INIT;
	gw_error_body(r->format, type, msg, &b);
	gp_set_answer(r, status, "application/json", &b);
}

/* The worker's list of requests waiting on their upstream. */
static void inflight_add(req *r)
{
	r->fprev = NULL;
	r->fnext = r->w->inflight;
	if (r->w->inflight)
		r->w->inflight->fprev = r;
	r->w->inflight = r;
}

void gp_inflight_add(req *r)
{
	inflight_add(r);
}

void gp_inflight_del(req *r)
{
	if (r->fprev)
		r->fprev->fnext = r->fnext;
	else
		r->w->inflight = r->fnext;
	if (r->fnext)
		r->fnext->fprev = r->fprev;
	r->fprev = r->fnext = NULL;
}

/* The answer is ready, on the thread of r's worker: write it now. */
void gp_finish(req *r)
{
	r->state = S_DONE;
	gp_respond_proxy(r);
}

/* The answer is ready on some other thread (a decision on a hold, the
 * shutdown): the owning worker writes it (gp_on_wake), because a connection
 * belongs to its loop's thread. */
void gp_finish_remote(req *r)
{
	worker *w = r->w;
	r->state = S_DONE;
	pthread_mutex_lock(&w->qmu);
	r->next = w->doneq;
	w->doneq = r;
	pthread_mutex_unlock(&w->qmu);
	hs_loop_wake(w->loop);
}

/* A request's identity for attaching retries to holds: agent, path and
 * the body as the client sent it. Computed only when needed (some hold
 * exists, the body is about to be redacted, or a hold is being made):
 * most requests never need it. */
void gp_req_hash(struct rl_guard_server *s, req *r)
{
	rl_buf in = RL_BUF_INIT;
	if (r->req_hash[0])
		return;
	rl_buf_addf(&in, "%s%c%s%c", r->agent, 0, r->path, 0);
	rl_buf_add(&in, r->body.s, r->body.len);
	sha_hex(s, in.s ? in.s : "", in.len, r->req_hash);
	rl_buf_free(&in);
}

/* ---- upstream completion (engine thread) ---- */

/* An upstream answer (or `err`, the transport's failure, 504 when it was
 * a timeout): evaluate it and set the client's answer, or park it. */
void gp_on_upstream_done(struct rl_guard_server *s, req *r, const char *err, int timed_out)
{
	rl_guard_verdict v;
	gw_resp resp;
	rl_err e;
	int rc, saw_err = 0, is_sse, has_hold = 0;
	char detail[512];
	size_t i, dl = 0;

	if (r->pass) { /* not a generation call: relayed unevaluated */
		gp_pass_done(s, r, err, timed_out);
		return;
	}
	hist_add(&s->h[1], (double)(rl_mono_ms() - r->t_up) / 1000.0);
	if (gp_upstream_failed(s, r, err, timed_out))
		return;
	if (r->up_status < 200 || r->up_status > 299) {
		/* upstream errors pass through as errors, status unchanged; the body
		 * too, except that a key the guard added itself (--auth env) is
		 * masked: some providers quote the key in "invalid key" errors,
		 * and the agent must never learn the guard's key. */
		atomic_fetch_add(&s->m_upstream_status, 1);
		if (s->o.auth == RL_GUARD_AUTH_ENV) {
			const char *k =
				getenv(r->format == RL_GUARD_ANTHROPIC ? s->akey_env : s->okey_env);
			/* whole, JSON-escaped or a long part of it (base/secret.h) */
			r->up_body.len = rl_secret_mask(r->up_body.s, r->up_body.len, k);
		}
		gp_set_answer(r, (int)r->up_status,
			      r->up_ctype[0] ? r->up_ctype : "application/json", &r->up_body);
		return;
	}
	is_sse = strncasecmp(r->up_ctype, "text/event-stream", 17) == 0;
	/* plain answers are read in place (no tree: a rewrite parses again);
	 * what the fast reader refuses goes to the tree parser, which decides */
	rc = is_sse ? gw_resp_parse_sse(r->format, r->up_body.s, r->up_body.len, &resp, &saw_err,
					&e)
		    : gw_resp_read(r->format, r->up_body.s, r->up_body.len, &resp, &e);
	if (rc) {
		/* fail closed: what cannot be inspected is not released */
		atomic_fetch_add(&s->m_fail_closed, 1);
		gp_audit_push(s, "policy", "error", NULL, r->agent, "guard.uninspectable", e.msg,
			      r->path);
		gp_set_error(r, 502, "upstream_error",
			     "the upstream response could not be inspected; it was withheld");
		return;
	}
	{
		int64_t t0 = rl_mono_ms();
		struct timespec a, b;
		clock_gettime(CLOCK_MONOTONIC, &a);
		rl_policy_ctx ctx = {.agent = r->agent_name[0] ? r->agent_name : NULL,
				     .key_sha256 = r->key_sha[0] ? r->key_sha : NULL,
				     .headers = (const char *const *)r->hv,
				     .nheaders = r->nhv / 2};
		ge_req req = {r->body.s, r->body.len, r->format, r->body_valid};
		rc = rl_guard_eval_resp(gp_req_guard(r), &ctx, r->input.s, r->input.len, &req,
					&resp, &v, &e);
		clock_gettime(CLOCK_MONOTONIC, &b);
		(void)t0;
		hist_add(&s->h[0],
			 (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9);
	}
	if (rc) {
		atomic_fetch_add(&s->m_fail_closed, 1);
		rl_log(RL_LOG_ERROR, "guard", "policy evaluation failed, blocking: %s", e.msg);
	}
	for (i = 0; i < v.nitems && !has_hold; i++)
		has_hold = v.items[i].action == RL_GUARD_HOLD;
	atomic_fetch_add(&s->m_req[r->format][has_hold ? RL_GUARD_HOLD : v.action], 1);
	detail[0] = '\0';
	for (i = 0; i < v.nitems && dl < sizeof detail - 80; i++)
		dl += (size_t)snprintf(detail + dl, sizeof detail - dl, "%s%s:%s:%s", i ? "," : "",
				       v.items[i].call >= 0                       ? v.items[i].tool
				       : v.items[i].call == RL_GUARD_PART_CONTENT ? "(content)"
										  : "(reasoning)",
				       rl_guard_action_name(v.items[i].action), v.items[i].rule);
	if (has_hold) {
		/* anything held parks the whole response; what is blocked stays
		 * blocked whatever the decision */
		hold *h = calloc(1, sizeof *h);
		int dbrc;
		if (!h)
			goto oom;
		rl_random_hex(h->rec.id, 12);
		h->rec.created_ms = rl_wall_ms();
		h->rec.deadline_ms = h->rec.created_ms +
				     1000 * (int64_t)(s->o.hold_timeout_s ? s->o.hold_timeout_s
						      : v.hold_timeout_s  ? v.hold_timeout_s
									  : 300);
		gp_scpy(h->rec.agent, sizeof h->rec.agent, r->agent);
		h->rec.format = r->format;
		h->rec.stream = is_sse;
		gp_req_hash(s, r);
		gp_scpy(h->rec.req_hash, sizeof h->rec.req_hash, r->req_hash);
		for (i = 0; i < v.nitems; i++) /* name the hold after what is held */
			if (v.items[i].action == RL_GUARD_HOLD) {
				gp_scpy(h->rec.rule, sizeof h->rec.rule, v.items[i].rule);
				gp_scpy(h->rec.reason, sizeof h->rec.reason, v.items[i].reason);
				break;
			}
		h->rec.summary = gp_hold_summary(r, &resp, &v);
		h->rec.verdict = gp_verdict_json(&v);
		h->rec.timeout_action = v.timeout_action ? v.timeout_action : RL_GUARD_BLOCK;
		h->rec.response = rl_buf_detach(&r->up_body, &h->rec.response_len);
		if (!h->rec.summary || !h->rec.verdict || !h->rec.response) {
			gp_hold_free(h);
			goto oom;
		}
		pthread_mutex_lock(&s->dbmu);
		dbrc = rl_holds_insert(s->db, &h->rec, &e);
		pthread_mutex_unlock(&s->dbmu);
		if (dbrc) {
			/* a hold that cannot be stored could be lost: fail closed */
			rl_log(RL_LOG_ERROR, "guard", "cannot store hold, blocking: %s", e.msg);
			rl_buf_init(&r->up_body);
			rl_buf_add(&r->up_body, h->rec.response, h->rec.response_len);
			gp_hold_free(h);
			gp_audit_push(s, "policy", "block", NULL, r->agent, "guard.store-failed",
				      e.msg, detail);
			goto render_deny;
		}
		gp_audit_push(s, "policy", "hold", h->rec.id, r->agent, h->rec.rule, h->rec.reason,
			      detail);
		rl_log(RL_LOG_INFO, "guard", "hold %s: %s (rule %s, agent %s)", h->rec.id,
		       h->rec.reason, h->rec.rule, r->agent);
		gp_scpy(r->hold_id, sizeof r->hold_id, h->rec.id);
		r->state = S_HELD;
		pthread_mutex_lock(&s->mu);
		h->waiters = r;
		h->next = s->holds;
		s->holds = h;
		s->npending++;
		pthread_mutex_unlock(&s->mu);
		gw_resp_free(&resp);
		rl_guard_verdict_free(&v);
		return; /* waits, unanswered, for the decision */
	}
	gp_audit_push(s, "policy", rl_guard_action_name(v.action), NULL, r->agent, v.rule, v.reason,
		      detail);
render_deny:
	gw_resp_free(&resp);
	{
		rl_buf out = RL_BUF_INIT;
		int st;
		char ct[64];
		if (!gp_verdict_changes(&v, 1)) {
			/* released as received: the upstream's bytes move, uncopied */
			gp_set_answer(r, 200, is_sse ? "text/event-stream" : "application/json",
				      &r->up_body);
		} else if (gp_render(r->format, is_sse, r->up_body.s, r->up_body.len, &v, 1, &st,
				     &out, ct, sizeof ct, &e)) {
			rl_buf_free(&out);
			gp_set_error(r, 502, "guard_error",
				     "the response could not be rewritten; it was withheld");
		} else {
			gp_set_answer(r, st, ct, &out);
		}
	}
	rl_guard_verdict_free(&v);
	return;
oom:
	gw_resp_free(&resp);
	rl_guard_verdict_free(&v);
	gp_set_error(r, 503, "guard_error", "out of memory");
}

/* ---- HTTP front ---- */

/* Request structs are kept for reuse by their worker (on its thread; the
 * stopping thread once the workers are gone): a req is over 1 KB, and
 * glibc consolidates its fastbins on every allocation that large, which
 * cost more than the allocation itself on each request. */
static req *req_new(worker *w)
{
	req *r = w->spare;
	if (!r)
		return calloc(1, sizeof *r);
	w->spare = r->next;
	w->nspare--;
	memset(r, 0, sizeof *r);
	return r;
}

const rl_guard *gp_req_guard(req *r)
{
	gh_holder *h;
	if (r->g)
		return r->g;
	h = atomic_load(&r->s->holder);
	if (h) {
		r->pref = gh_acquire(h);
		r->g = gh_guard(r->pref);
	} else {
		r->g = atomic_load(&r->s->g);
	}
	return r->g;
}

void gp_req_free(req *r)
{
	worker *w = r->w;
	gh_release(r->pref); /* the last user of a replaced policy frees it */
	r->pref = NULL;
	r->g = NULL;
	rl_buf_free(&r->body);
	rl_buf_free(&r->up_body);
	rl_buf_free(&r->resp_body);
	rl_buf_free(&r->input);
	curl_slist_free_all(r->hdrs);
	free(r->hv);
	gp_stream_free(r);
	if (w && w->nspare < 256) {
		r->next = w->spare;
		w->spare = r;
		w->nspare++;
		return;
	}
	free(r);
}

/* Answer a request on any route other than the proxy's, and free it. */
int gp_send_buf(req *r, int status, const char *ctype, rl_buf *body, int extra_sec)
{
	hs_hdr h[8];
	size_t n = 0;
	h[n++] = (hs_hdr){"Content-Type", ctype};
	if (r->cors) {
		h[n++] = (hs_hdr){"Access-Control-Allow-Origin", r->cors};
		h[n++] = (hs_hdr){"Vary", "Origin"};
	}
	if (extra_sec) {
		h[n++] = (hs_hdr){"Cache-Control", "no-store"};
		h[n++] = (hs_hdr){"X-Content-Type-Options", "nosniff"};
		h[n++] = (hs_hdr){"Referrer-Policy", "no-referrer"};
		h[n++] = (hs_hdr){
			"Content-Security-Policy",
			"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"};
	}
	hs_respond(r->conn, status, h, n, body);
	rl_buf_free(body);
	gp_req_free(r);
	return 0;
}

int gp_send_text(req *r, int status, const char *ctype, const char *text)
{
	rl_buf b = RL_BUF_INIT;
	rl_buf_adds(&b, text);
	return gp_send_buf(r, status, ctype, &b, 0);
}

int gp_send_json_err(req *r, int status, const char *msg)
{
	rl_buf b = RL_BUF_INIT;
	rl_buf_adds(&b, "{\"error\":\"");
	rl_buf_add_json(&b, msg, strlen(msg));
	rl_buf_adds(&b, "\"}");
	return gp_send_buf(r, status, "application/json", &b, 0);
}

/* Answer a proxied request (its answer is set), and free it. */
void gp_respond_proxy(req *r)
{
	hs_hdr h[9];
	size_t n = 0;
	h[n++] = (hs_hdr){"Content-Type", r->resp_ctype};
	if (r->cors) {
		h[n++] = (hs_hdr){"Access-Control-Allow-Origin", r->cors};
		h[n++] = (hs_hdr){"Access-Control-Expose-Headers",
				  "x-request-id, request-id, retry-after, x-redline-hold"};
		h[n++] = (hs_hdr){"Vary", "Origin"};
	}
	if (!strncmp(r->resp_ctype, "text/event-stream", 17))
		h[n++] = (hs_hdr){"Cache-Control", "no-cache"};
	if (r->up_reqid[0])
		h[n++] = (hs_hdr){r->format == RL_GUARD_ANTHROPIC ? "request-id" : "x-request-id",
				  r->up_reqid};
	if (r->up_retry[0] && r->resp_status >= 400)
		h[n++] = (hs_hdr){"retry-after", r->up_retry};
	if (r->hold_id[0])
		h[n++] = (hs_hdr){"x-redline-hold", r->hold_id};
	if (gp_stream_started(r)) { /* the head is out: the rest of the stream */
		gp_stream_finish(r);
		return;
	}
	rl_log(RL_LOG_INFO, "guard", "request path=%s agent=%s status=%d stream=%d hold=%s ms=%lld",
	       r->path, r->agent, r->resp_status, r->stream, r->hold_id[0] ? r->hold_id : "-",
	       (long long)(rl_mono_ms() - r->t_start));
	hs_respond(r->conn, r->resp_status, h, n, &r->resp_body);
	gp_req_free(r);
}

/* The request's headers for the policy's header scopes, borrowed from the
 * parsed request (they live as long as it). Credentials never reach the
 * policy (or anything that might log it). */
static int collect_hdrs(req *r)
{
	const hs_req *rq = r->rq;
	size_t i, n = 0;
	if (!(r->hv = malloc((rq->nhv < 128 ? rq->nhv : 128) * 2 * sizeof *r->hv + 1)))
		return RL_ENOMEM;
	for (i = 0; i < rq->nhv && n < 256; i++) {
		const char *k = rq->hv[2 * i], *v = rq->hv[2 * i + 1];
		if (!strcasecmp(k, "authorization") || !strcasecmp(k, "x-api-key") ||
		    !strcasecmp(k, "cookie") || !strcasecmp(k, "proxy-authorization"))
			continue;
		r->hv[n++] = k;
		r->hv[n++] = v;
	}
	r->nhv = n;
	return 0;
}

/* Who is calling. The agent header is the agent's own claim, the key is
 * proof, so (issue 21): a key that the policy's `agents:` section lists
 * names the agent, whatever the header says; otherwise the agent header,
 * else the policy's header mapping, names it, except that a name the
 * policy binds to keys cannot be claimed without one of them (refused:
 * returns -1); otherwise the agent has no name. The key's digest (never
 * the key) and the other headers go to the policy too. The label names the
 * agent in logs: its name, else "key:<digest prefix>", else "anonymous". */
static int agent_of(struct rl_guard_server *s, req *r)
{
	const hs_req *c = r->rq;
	const ge_policy *pol = rl_guard_policy(gp_req_guard(r));
	const char *h = hs_req_header(c, s->agent_header);
	const char *key = r->format == RL_GUARD_ANTHROPIC ? hs_req_header(c, "x-api-key") : NULL;
	const char *name = NULL;
	char claim[128] = "";
	rl_policy_ctx ctx = {0};
	size_t i;

	if (!key)
		key = gp_bearer(c);
	if (!key)
		key = hs_req_header(c, "x-api-key");
	if (key && *key)
		key_digest(r->w, key, r->key_sha);
	if (h && *h) {
		gp_scpy(claim, sizeof claim, h);
		for (i = 0; claim[i]; i++) /* agent names are labels: keep them printable */
			if ((unsigned char)claim[i] < 0x20 || claim[i] == 0x7f)
				claim[i] = '?';
	}
	if (ge_policy_uses_headers(pol))
		collect_hdrs(r);
	ctx.key_sha256 = r->key_sha[0] ? r->key_sha : NULL;
	/* 1. the key: headers play no part */
	if (ctx.key_sha256)
		name = ge_policy_agent(pol, &ctx);
	/* 2. the claim: the agent header, else a header the policy maps */
	if (!name || !*name) {
		ctx.agent = claim[0] ? claim : NULL;
		ctx.headers = (const char *const *)r->hv;
		ctx.nheaders = r->nhv / 2;
		name = ge_policy_agent(pol, &ctx);
		if (name && *name && ge_policy_agent_keyed(pol, name)) {
			gp_scpy(r->agent_name, sizeof r->agent_name, name);
			if (r->key_sha[0])
				snprintf(r->agent, sizeof r->agent, "key:%.12s", r->key_sha);
			else
				snprintf(r->agent, sizeof r->agent, "anonymous");
			return -1;
		}
	}
	if (name && *name) {
		gp_scpy(r->agent_name, sizeof r->agent_name, name);
		gp_scpy(r->agent, sizeof r->agent, name);
	} else if (r->key_sha[0]) {
		snprintf(r->agent, sizeof r->agent, "key:%.12s", r->key_sha);
	} else {
		snprintf(r->agent, sizeof r->agent, "anonymous");
	}
	return 0;
}

int gp_agent_of(struct rl_guard_server *s, req *r)
{
	return agent_of(s, r);
}

/* The text of the request's last message (string content, or its text and
 * tool_result blocks), bounded: what input-scoped rules look at. */
static void last_input(const json_t *body, rl_buf *out)
{
	json_t *msgs = json_object_get(body, "messages");
	gw_input_from_tree(
		json_array_get(msgs, json_array_size(msgs) ? json_array_size(msgs) - 1 : 0), out);
}

/* Start the upstream request for a validated proxied request. Returns 1
 * when the request waits (the engine or a hold now owns it), 0 when an
 * answer is ready. */
static int start_proxy(struct rl_guard_server *s, req *r)
{
	json_error_t je;
	json_t *body;
	rl_err e;
	int stream, rc;
	const char *last = NULL;
	size_t lastn = 0;
	fwd fh;
	rl_buf red = RL_BUF_INIT;
	int changed = 0;
	hold *h;

	if (!gp_req_guard(r)) {
		/* listening (for /metrics) before the policy is compiled: nothing
		 * passes unevaluated */
		snprintf(r->up_retry, sizeof r->up_retry, "1");
		gp_set_error(r, 503, "guard_unavailable",
			     "the guard is still loading its policy; retry shortly");
		return 0;
	}
	if (atomic_load(&s->stopping)) {
		/* shutting down: the workers that would drive an upstream transfer
		 * are gone (rl_guard_server_stop runs the daemons by hand only to
		 * write the last answers), so nothing new may start */
		gp_set_error(r, 503, "guard_unavailable", "the guard is shutting down");
		return 0;
	}
	if (r->too_big) {
		atomic_fetch_add(&s->m_bad, 1);
		gp_set_error(r, 413, "invalid_request_error",
			     "request body exceeds the guard's limit");
		return 0;
	}
	/* the checks and the last message straight from the text; a tree of
	 * the whole conversation only when the fast scanner refuses it (then
	 * jansson words the error) */
	rc = gw_request_scan(r->format, r->body.s, r->body.len, &stream, &last, &lastn, &e);
	if (rc < 0) {
		atomic_fetch_add(&s->m_bad, 1);
		gp_set_error(r, 400, "invalid_request_error", e.msg);
		return 0;
	}
	if (rc == 0) {
		r->body_valid = 1;
		if (last)
			gw_input_scan(last, lastn, &r->input);
		goto checked;
	}
	body = rl_json_fast_parse(r->body.s, r->body.len);
	if (!body)
		body = json_loadb(r->body.s, r->body.len, 0, &je);
	if (!body) {
		char msg[256];
		atomic_fetch_add(&s->m_bad, 1);
		snprintf(msg, sizeof msg, "request body is not valid JSON: line %d column %d: %s",
			 je.line, je.column, je.text);
		gp_set_error(r, 400, "invalid_request_error", msg);
		return 0;
	}
	if (gw_request_check(r->format, body, &stream, &e)) {
		json_decref(body);
		atomic_fetch_add(&s->m_bad, 1);
		gp_set_error(r, 400, "invalid_request_error", e.msg);
		return 0;
	}
	last_input(body, &r->input);
	json_decref(body);
checked:
	r->stream = stream;
	if (agent_of(s, r)) {
		char msg[300];
		atomic_fetch_add(&s->m_bad, 1);
		snprintf(msg, sizeof msg,
			 "the agent name '%s' is bound to a key by the guard's policy, and this "
			 "request's key is not one of them",
			 r->agent_name);
		gp_audit_push(s, "policy", "refuse", NULL, r->agent, "guard.agent-claim", msg,
			      r->path);
		gp_set_error(r, 403, "permission_error", msg);
		return 0;
	}
	/* the same request again (a retry, or after a restart) waits for, or
	 * collects, the decision on the hold it already made; with no hold
	 * at all there is nothing to find and no hash to compute yet */
	if (s->shared_db && atomic_load(&s->db_down)) {
		/* a replica cut off from the fleet's database cannot hold,
		 * record or find decisions: nothing is forwarded */
		atomic_fetch_add(&s->m_fail_closed, 1);
		gp_set_error(r, 503, "guard_error",
			     "the guard's hold database is unreachable; nothing is forwarded (fail "
			     "closed)");
		return 0;
	}
	pthread_mutex_lock(&s->mu);
	h = NULL;
	if (s->holds || s->shared_db) {
		pthread_mutex_unlock(&s->mu);
		gp_req_hash(s, r);
		pthread_mutex_lock(&s->mu);
		h = gp_hold_find(s, NULL, r->req_hash);
		if (!h && s->shared_db) { /* made by another replica? */
			pthread_mutex_unlock(&s->mu);
			h = gp_hold_adopt(s, r->req_hash);
		}
	}
	if (h && h->rec.status != RL_HOLD_PENDING) {
		/* decided while nobody waited: this request collects it */
		rl_guard_verdict v;
		rl_buf out = RL_BUF_INIT;
		int st;
		char ct[64];
		gp_hold_unlink(s, h);
		pthread_mutex_unlock(&s->mu);
		gp_verdict_parse(h->rec.verdict, &v);
		if (gp_render(h->rec.format, h->rec.stream, h->rec.response, h->rec.response_len,
			      &v, h->rec.status != RL_HOLD_APPROVED, &st, &out, ct, sizeof ct,
			      &e)) {
			rl_buf_free(&out);
			gp_set_error(r, 502, "guard_error",
				     "the held response could not be rendered");
		} else {
			gp_set_answer(r, st, ct, &out);
		}
		rl_guard_verdict_free(&v);
		gp_scpy(r->hold_id, sizeof r->hold_id, h->rec.id);
		pthread_mutex_lock(&s->dbmu);
		rl_holds_mark_delivered(s->db, h->rec.id, NULL);
		pthread_mutex_unlock(&s->dbmu);
		gp_hold_free(h);
		return 0;
	}
	if (h) {
		r->state = S_HELD;
		gp_scpy(r->hold_id, sizeof r->hold_id, h->rec.id);
		r->next = h->waiters;
		h->waiters = r;
		pthread_mutex_unlock(&s->mu);
		rl_log(RL_LOG_INFO, "guard", "request attached to hold %s", r->hold_id);
		return 1;
	}
	pthread_mutex_unlock(&s->mu);

	if ((rc = rl_guard_redact_request(gp_req_guard(r), r->format, r->agent, r->body.s,
					  r->body.len, &red, &changed, &e))) {
		rl_buf_free(&red);
		if (rc == RL_EUNSUPP) { /* not forwarded: the agent is told why */
			atomic_fetch_add(&s->m_bad, 1);
			gp_audit_push(s, "policy", "refuse", NULL, r->agent, "compartment", e.msg,
				      r->path);
			gp_set_error(r, 400, "invalid_request_error", e.msg);
			return 0;
		}
		atomic_fetch_add(&s->m_fail_closed, 1);
		gp_set_error(r, 500, "guard_error",
			     "request redaction failed; the request was not forwarded");
		return 0;
	}
	if (changed) {
		atomic_fetch_add(&s->m_redacted_requests, 1);
		gp_audit_push(s, "policy", "redact", NULL, r->agent, "compartment",
			      "sensitive content redacted from the request", r->path);
		gp_req_hash(s, r); /* of the body as sent, as a retry computes it */
		rl_buf_free(&r->body);
		r->body = red;
		r->body_valid = 0;
	} else {
		rl_buf_free(&red);
	}

	if (gp_fwd_headers(s, r, &fh)) {
		gp_set_error(r, 503, "guard_error", "out of memory");
		return 0;
	}
	r->t_up = rl_mono_ms();
	/* streams go through libcurl, which hands their bytes over as they come */
	rc = r->w->hc && !r->stream ? gp_start_builtin(s, r, &fh) : gp_start_curl(s, r, &fh);
	gp_fwd_free(&fh);
	if (rc) {
		gp_set_error(r, 503, "guard_error", "cannot start the upstream request");
		return 0;
	}
	inflight_add(r);
	r->state = S_UPSTREAM;
	atomic_fetch_add(&s->m_inflight, 1);
	return 1;
}

static int is_proxy_path(const char *p, int *format)
{
	if (!strcmp(p, "/v1/chat/completions") || !strcmp(p, "/chat/completions")) {
		*format = RL_GUARD_OPENAI;
		return 1;
	}
	if (!strcmp(p, "/v1/messages")) {
		*format = RL_GUARD_ANTHROPIC;
		return 1;
	}
	if (!strcmp(p, "/v1/responses") || !strcmp(p, "/responses")) {
		*format = RL_GUARD_RESPONSES;
		return 1;
	}
	return 0;
}

size_t gp_body_limit(void *ud, const char *path)
{
	worker *w = ud;
	int f;
	return !strncmp(path, "/mcp/", 5) || is_proxy_path(path, &f) || gp_pass_route(path, &f) >= 0
		       ? w->s->o.max_body
		       : 64 * 1024;
}

void gp_on_request(void *ud, hs_conn *c, hs_req *rq)
{
	worker *w = ud;
	struct rl_guard_server *s = w->s;
	req *r = req_new(w);
	int pass;

	if (!r) {
		rl_buf b = RL_BUF_INIT;
		hs_hdr h = {"Content-Type", "application/json"};
		rl_buf_adds(&b, "{\"error\":\"out of memory\"}");
		hs_respond(c, 503, &h, 1, &b);
		rl_buf_free(&b);
		return;
	}
	r->s = s;
	r->w = w;
	r->conn = c;
	r->rq = rq;
	rq->owner = r;      /* for gp_on_gone */
	r->body = rq->body; /* taken: redaction may replace it */
	rl_buf_init(&rq->body);
	r->too_big = rq->too_big;
	rl_buf_init(&r->up_body);
	rl_buf_init(&r->resp_body);
	rl_buf_init(&r->input);
	r->t_start = rl_mono_ms();
	r->kind = is_proxy_path(rq->path, &r->format) ? K_PROXY : K_OTHER;
	gp_scpy(r->path, sizeof r->path,
		r->format == RL_GUARD_ANTHROPIC   ? "/v1/messages"
		: r->format == RL_GUARD_RESPONSES ? "/v1/responses"
						  : "/v1/chat/completions");
	/* no pass-through route is under /mcp/: an MCP call skips their match */
	if (r->kind == K_OTHER && strncmp(rq->path, "/mcp/", 5) &&
	    (pass = gp_pass_route(rq->path, &r->format)) >= 0) {
		r->pass = pass + 1; /* not a generation call: passed through */
		gp_scpy(r->path, sizeof r->path, rq->path);
	}
	if (gp_browser_gate(s, r) || gp_mcp_route(s, r))
		return;
	if (r->pass) {
		gp_pass_start(s, r, r->pass - 1);
		return;
	}
	if (r->kind == K_OTHER) {
		if (r->too_big)
			gp_send_json_err(r, 413, "body too large");
		else
			gp_serve_other(s, r, rq->path, rq->method);
		return;
	}
	if (strcmp(rq->method, "POST")) {
		atomic_fetch_add(&s->m_bad, 1);
		gp_send_json_err(r, 405, "method not allowed (POST)");
		return;
	}
	if (rq->reserve) {
		/* every agent slot is taken: this connection got in on the
		 * control plane's reserve, which agents may not use up */
		atomic_fetch_add(&s->m_busy, 1);
		snprintf(r->up_retry, sizeof r->up_retry, "1");
		gp_set_error(r, 503, "guard_unavailable",
			     "the guard is at --max-connections; retry shortly");
		gp_finish(r);
		return;
	}
	if (!start_proxy(s, r))
		gp_finish(r); /* answered at once (an error, or a decided hold) */
	else if (r->state == S_HELD)
		gp_stream_hold(r); /* attached to a pending hold */
}

/* The client left while its request waits. Upstream, the call is given up
 * at once (its connection closed): nobody will read the answer, and a model
 * call running on, billed, for up to --upstream-timeout would be outside
 * every bound. Held, the hold stays: a person may still decide it, and the
 * agent's retry collects the decision. */
void gp_on_gone(void *ud, hs_conn *c, hs_req *rq)
{
	worker *w = ud;
	req *r = rq->owner;
	(void)c;
	if (r && r->kind == K_MCP) {
		gp_mcp_gone(w->s, r);
		return;
	}
	if (!r || r->state != S_UPSTREAM)
		return;
	if (r->hcr) {
		hc_cancel(r->hcr);
		r->hcr = NULL;
	} else if (r->easy) {
		curl_multi_remove_handle(w->multi, r->easy); /* closes its connection */
		curl_easy_setopt(r->easy, CURLOPT_HTTPHEADER, NULL);
		if (!r->pass && w->npool < sizeof w->pool / sizeof w->pool[0])
			w->pool[w->npool++] = r->easy;
		else
			curl_easy_cleanup(r->easy);
		r->easy = NULL;
	}
	curl_slist_free_all(r->hdrs);
	r->hdrs = NULL;
	gp_inflight_del(r);
	atomic_fetch_sub(&w->s->m_inflight, 1);
	atomic_fetch_add(&w->s->m_client_gone, 1);
	/* 499 (nginx's "client closed request"): for the log; nobody reads it */
	gp_set_error(r, 499, "client_closed",
		     "the client closed the connection; the upstream call was cancelled");
	gp_finish(r);
}
