/* proxy.c: `redline guard serve`: the guard's own HTTP loop in front
 * (guard/hsrv.h), libcurl multi behind, the policy in between (see
 * guard/proxy.h for the threading).
 *
 * A proxied request moves RECV -> UPSTREAM -> (HELD ->) DONE. While it is
 * UPSTREAM or HELD its connection simply waits unanswered in its worker's
 * loop, so a held request costs a struct and its bodies, not a thread. Streams are buffered whole before
 * the policy decides: a tool call's arguments mean nothing until complete
 * and answer text can carry a coercive email in its last sentence; the
 * price is that the agent sees the first token only when the model has
 * finished (README, "Runtime guard", explains the trade-off). Allowed
 * responses are released byte for byte as received.
 *
 * Locking: `mu` guards the hold list, the work queue and the audit queue;
 * `dbmu` guards the SQLite handle. Never take `mu` while holding `dbmu`. */
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

#include "base/secret.h"
#include "base/util.h"
#include "guard/eval.h"
#include "guard/hcli.h"
#include "guard/hsrv.h"
#include "guard/wire.h"
#include "base/jsonr.h"
#include "store/holds.h"

enum { S_RECV, S_UPSTREAM, S_HELD, S_DONE };
enum { K_PROXY, K_OTHER };

typedef struct hold hold;
typedef struct req req;
typedef struct worker worker;

struct req {
	struct rl_guard_server *s;
	worker *w;            /* the worker whose loop owns the connection */
	hs_conn *conn;
	hs_req *rq;           /* the request as parsed: valid until answered */
	const char *cors;     /* the allowed Origin to echo in CORS headers (points into rq), or NULL */
	int kind, format, state, stream, too_big;
	char path[64];
	char agent[128];      /* label for logs and audit */
	char agent_name[128]; /* the agent's name for the policy ("" none): see agent_of */
	char key_sha[65];     /* sha256 of the client's key ("" without one) */
	const char **hv;      /* request headers (name, value, ...) for policy scoping,
			       * pointing into rq */
	size_t nhv;
	rl_buf input;         /* the last request message's text, for input rules */
	char req_hash[65];
	rl_buf body;
	/* upstream */
	CURL *easy;           /* libcurl's transfer, or */
	hc_req *hcr;          /* the built-in client's (one of the two while UPSTREAM) */
	struct curl_slist *hdrs; /* may carry a key: never logged, freed early */
	rl_buf up_body;
	long up_status;
	char up_ctype[128], up_reqid[128], up_retry[32];
	int64_t t_start, t_up;
	/* answer */
	int resp_status;
	rl_buf resp_body;
	char resp_ctype[128];
	char hold_id[40];
	req *next;        /* work queue / hold waiters */
	req *fprev, *fnext; /* the worker's in-flight list (its thread only) */
};

struct hold {
	rl_hold_rec rec;  /* owns response, verdict, summary */
	req *waiters;
	hold *next;
};

enum { M_ALLOW, M_REDACT, M_HOLD, M_BLOCK, M_NACT };
static const char *const hist_name[] = {"eval", "upstream"};
static const double hist_le[] = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30};
#define NHB (sizeof hist_le / sizeof hist_le[0])

typedef struct hist {
	atomic_ulong b[NHB + 1];
	atomic_ulong count;
	atomic_ullong sum_us;
} hist;

/* One event loop: the worker's hs_loop holds its listening socket, its
 * client connections and libcurl's sockets (curl_multi_socket_action), so a
 * request is read, sent upstream, evaluated and answered on one thread
 * without a hand-off. Workers share the listening port (SO_REUSEPORT: the
 * kernel spreads connections). */
typedef struct upsock { /* a socket curl opened, by descriptor */
	hs_watch *watch;
	unsigned char ours, want; /* opened by us; curl watches it now */
	unsigned char events;     /* HS_IN | HS_OUT registered */
} upsock;

struct worker {
	struct rl_guard_server *s;
	unsigned id;
	hs_loop *loop;
	CURLM *multi;
	hc_pool *hc;          /* plain-HTTP upstreams: the built-in client (NULL: curl) */
	int64_t curl_due;     /* curl's timer (rl_mono_ms), -1 for none */
	upsock *socks;        /* indexed by descriptor */
	int nsocks;
	pthread_mutex_t qmu;  /* guards doneq: answers made on other threads */
	req *doneq;
	req *spare;           /* freed request structs for reuse (req_new) */
	size_t nspare;
	char last_key[256];   /* the last client key seen, and its digest (key_digest) */
	size_t last_key_len;
	char last_sha[65];
	pthread_t th;
	int started;
	req *inflight;    /* this worker's upstream requests */
	CURL *pool[128];  /* reset easy handles for reuse: saves their buffers'
			   * allocation per request */
	size_t npool;
};

struct rl_guard_server {
	_Atomic(const rl_guard *) g; /* NULL while the policy is still compiling */
	rl_guard_server_opts o;
	char *up_path;   /* the upstream URL's path part, for the built-in client */
	char *listen, *upstream, *token_hash, *agent_header, *okey_env, *akey_env, *db_path;
	char listen_host[64];  /* the listen address's host part, for the Host check */
	char **origins, **hosts; /* --allow-origin, --allow-host (copies) */
	size_t norigins, nhosts;
	worker *w;
	unsigned nw;
	unsigned port;
	atomic_int stopping;
	pthread_mutex_t mu, dbmu;
	hold *holds;     /* undelivered holds */
	size_t npending;
	rl_audit_rec *audit;
	size_t naudit, capaudit;
	rl_holds *db;
	hs_iplimit *iplimit; /* connections per client address, all workers */
	int64_t last_db_check;
	/* metrics */
	atomic_ulong m_req[2][M_NACT], m_bad, m_upstream_err, m_upstream_status, m_fail_closed;
	atomic_ulong m_decided[3]; /* approved, denied, timeout */
	atomic_ulong m_redacted_requests, m_inflight, m_client_gone, m_busy;
	hist h[2];
	/* SHA-256 fetched once: EVP_Digest(.., EVP_sha256()) looks the
	 * algorithm up on every call (OpenSSL 3), a third of hashing a
	 * request; a fetched EVP_MD is read-only, shared by the workers. */
	EVP_MD *sha256;
};

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

/* Copy `src` into `dst` (`cap` bytes), cut and NUL-terminated: what
 * snprintf(dst, cap, "%s", src) does, without the format machinery, which
 * was a tenth of the guard's own work per request (the audit record alone
 * copies seven strings). */
static void scpy(char *dst, size_t cap, const char *src)
{
	size_t n = strnlen(src, cap - 1);
	memcpy(dst, src, n);
	dst[n] = '\0';
}

static char *xdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void token_digest(const char *tok, size_t n, char out[65])
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
static int token_ok(const struct rl_guard_server *s, const char *given)
{
	char d[65];
	if (!given || !*given)
		return 0;
	token_digest(given, strlen(given), d);
	return CRYPTO_memcmp(d, s->token_hash, 64) == 0;
}

static void audit_push(struct rl_guard_server *s, const char *who, const char *what,
		       const char *hold_id, const char *agent, const char *rule,
		       const char *reason, const char *detail)
{
	rl_audit_rec *a;
	pthread_mutex_lock(&s->mu);
	if (s->naudit == s->capaudit) {
		size_t nc = s->capaudit ? s->capaudit * 2 : 64;
		rl_audit_rec *na = realloc(s->audit, nc * sizeof *na);
		if (!na) {
			pthread_mutex_unlock(&s->mu);
			rl_log(RL_LOG_ERROR, "guard", "audit queue: out of memory (record dropped)");
			return;
		}
		s->audit = na;
		s->capaudit = nc;
	}
	a = &s->audit[s->naudit++];
	memset(a, 0, sizeof *a);
	a->ts_ms = rl_wall_ms();
	scpy(a->who, sizeof a->who, who);
	scpy(a->what, sizeof a->what, what);
	scpy(a->hold_id, sizeof a->hold_id, hold_id ? hold_id : "");
	scpy(a->agent, sizeof a->agent, agent ? agent : "");
	scpy(a->rule, sizeof a->rule, rule ? rule : "");
	scpy(a->reason, sizeof a->reason, reason ? reason : "");
	scpy(a->detail, sizeof a->detail, detail ? detail : "");
	pthread_mutex_unlock(&s->mu);
}

static void audit_flush(struct rl_guard_server *s)
{
	rl_audit_rec *v;
	size_t n;
	rl_err e;
	pthread_mutex_lock(&s->mu);
	v = s->audit;
	n = s->naudit;
	s->audit = NULL;
	s->naudit = s->capaudit = 0;
	pthread_mutex_unlock(&s->mu);
	if (!n)
		return;
	pthread_mutex_lock(&s->dbmu);
	if (rl_holds_audit(s->db, v, n, &e))
		rl_log(RL_LOG_ERROR, "guard", "audit log write failed: %s", e.msg);
	pthread_mutex_unlock(&s->dbmu);
	free(v);
}

static void set_answer(req *r, int status, const char *ctype, rl_buf *body /* taken */)
{
	r->resp_status = status;
	scpy(r->resp_ctype, sizeof r->resp_ctype, ctype);
	rl_buf_free(&r->resp_body);
	r->resp_body = *body;
	rl_buf_init(body);
	r->state = S_DONE;
}

static void set_error(req *r, int status, const char *type, const char *msg)
{
	rl_buf b = RL_BUF_INIT;
	gw_error_body(r->format, type, msg, &b);
	set_answer(r, status, "application/json", &b);
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

static void inflight_del(req *r)
{
	if (r->fprev)
		r->fprev->fnext = r->fnext;
	else
		r->w->inflight = r->fnext;
	if (r->fnext)
		r->fnext->fprev = r->fprev;
	r->fprev = r->fnext = NULL;
}

static void respond_proxy(req *r);

/* The answer is ready, on the thread of r's worker: write it now. */
static void finish(req *r)
{
	r->state = S_DONE;
	respond_proxy(r);
}

/* The answer is ready on some other thread (a decision on a hold, the
 * shutdown): the owning worker writes it (on_wake), because a connection
 * belongs to its loop's thread. */
static void finish_remote(req *r)
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
static void req_hash(struct rl_guard_server *s, req *r)
{
	rl_buf in = RL_BUF_INIT;
	if (r->req_hash[0])
		return;
	rl_buf_addf(&in, "%s%c%s%c", r->agent, 0, r->path, 0);
	rl_buf_add(&in, r->body.s, r->body.len);
	sha_hex(s, in.s ? in.s : "", in.len, r->req_hash);
	rl_buf_free(&in);
}

/* ---- verdict <-> JSON (holds outlive the process) ---- */

static char *verdict_json(const rl_guard_verdict *v)
{
	json_t *a = json_array();
	char *s;
	size_t i;
	for (i = 0; i < v->nitems; i++) {
		const rl_guard_item *it = &v->items[i];
		json_array_append_new(a, json_pack("{s:i,s:i,s:s,s:s,s:s,s:I,s:I}", "action", it->action,
						   "call", it->call, "tool", it->tool, "rule", it->rule,
						   "reason", it->reason, "start", (json_int_t)it->start,
						   "end", (json_int_t)it->end));
	}
	s = json_dumps(a, JSON_COMPACT);
	json_decref(a);
	return s;
}

static int verdict_parse(const char *js, rl_guard_verdict *v)
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

/* Held items for people: tool, arguments, rule, reason. */
static char *hold_summary(const gw_resp *r, const rl_guard_verdict *v)
{
	json_t *a = json_array();
	char *s;
	size_t i;
	for (i = 0; i < v->nitems; i++) {
		const rl_guard_item *it = &v->items[i];
		const char *args = "";
		if (it->action != RL_GUARD_HOLD)
			continue;
		if (it->call >= 0 && (size_t)it->call < r->ncalls)
			args = r->calls[it->call].args;
		else if (it->call == RL_GUARD_PART_CONTENT)
			args = r->content.s;
		json_array_append_new(a, json_pack("{s:s,s:s%,s:s,s:s}", "tool",
						   it->call >= 0 ? it->tool : "(answer text)", "args", args,
						   strlen(args) > 4000 ? (size_t)4000 : strlen(args),
						   "rule", it->rule, "reason", it->reason));
	}
	s = json_dumps(a, JSON_COMPACT);
	json_decref(a);
	return s;
}

/* Build the client's answer from a response and a verdict. `raw` is the
 * upstream body as received; it is released untouched when nothing must
 * change. */
/* Whether the verdict changes the response at all. */
static int verdict_changes(const rl_guard_verdict *v, int deny_holds)
{
	size_t i;
	for (i = 0; i < v->nitems; i++)
		if (v->items[i].action == RL_GUARD_BLOCK || v->items[i].action == RL_GUARD_REDACT ||
		    (deny_holds && v->items[i].action == RL_GUARD_HOLD))
			return 1;
	return 0;
}

static int render(int format, int stream, const char *raw, size_t n, const rl_guard_verdict *v,
		  int deny_holds, int *status, rl_buf *out, char *ctype, size_t ctn, rl_err *e)
{
	int change = verdict_changes(v, deny_holds), rc, saw_err = 0;
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

static hold *hold_find(struct rl_guard_server *s, const char *id, const char *hash)
{
	hold *h;
	for (h = s->holds; h; h = h->next)
		if ((id && !strcmp(h->rec.id, id)) || (hash && !strcmp(h->rec.req_hash, hash)))
			return h;
	return NULL;
}

static void hold_unlink(struct rl_guard_server *s, hold *h)
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
	verdict_parse(h->rec.verdict, &v);
	for (; w; w = nx) {
		rl_err e;
		int st;
		rl_buf out = RL_BUF_INIT;
		char ct[64];
		nx = w->next;
		w->next = NULL;
		if (render(h->rec.format, h->rec.stream, h->rec.response, h->rec.response_len, &v,
			   h->rec.status != RL_HOLD_APPROVED, &st, &out, ct, sizeof ct, &e)) {
			rl_buf_free(&out);
			set_error(w, 502, "guard_error", "the held response could not be rendered");
		} else {
			set_answer(w, st, ct, &out);
		}
		scpy(w->hold_id, sizeof w->hold_id, h->rec.id);
		finish_remote(w);
	}
	h->waiters = NULL;
	rl_guard_verdict_free(&v);
	return any;
}

static void hold_free(hold *h)
{
	rl_hold_rec_free(&h->rec);
	free(h);
}

/* Decide a hold (any thread). `db_done`: the decision is already stored
 * (written by another process). Returns 0, RL_ENOTFOUND or RL_EEXIST. */
static int hold_decide(struct rl_guard_server *s, const char *id, int status, const char *who,
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
	h = hold_find(s, id, NULL);
	if (h) {
		if (h->rec.status == RL_HOLD_PENDING && s->npending)
			s->npending--;
		h->rec.status = status;
		scpy(h->rec.decided_by, sizeof h->rec.decided_by, who);
		scpy(rule, sizeof rule, h->rec.rule);
		scpy(agent, sizeof agent, h->rec.agent);
		delivered = hold_deliver(h);
		if (delivered)
			hold_unlink(s, h);
		else
			h = NULL; /* stays, decided, for a retry to collect */
	}
	pthread_mutex_unlock(&s->mu);
	atomic_fetch_add(&s->m_decided[!strcmp(who, "timeout") ? 2 : status == RL_HOLD_APPROVED ? 0 : 1], 1);
	if (!db_done) {
		audit_push(s, who, status == RL_HOLD_APPROVED ? "approve" : "deny", id, agent, rule,
			   note && *note ? note : "", "");
		audit_flush(s); /* a person's decision is on record before it is acknowledged */
	}
	if (h) {
		pthread_mutex_lock(&s->dbmu);
		rl_holds_mark_delivered(s->db, id, NULL);
		pthread_mutex_unlock(&s->dbmu);
		hold_free(h);
	}
	rl_log(RL_LOG_INFO, "guard", "hold %s %s by %s", id, rl_hold_status_name(status), who);
	return rc;
}

/* Holds decided elsewhere (the CLI writing the DB): pick them up. */
static void poll_db(struct rl_guard_server *s)
{
	rl_hold_rec *v = NULL;
	size_t n = 0, i;
	int changed = 0;
	rl_err e;

	pthread_mutex_lock(&s->dbmu);
	rl_holds_changed(s->db, &changed, &e);
	if (changed && rl_holds_list(s->db, -2, 100000, 0, &v, &n, &e))
		n = 0;
	pthread_mutex_unlock(&s->dbmu);
	for (i = 0; i < n; i++) {
		int ours;
		pthread_mutex_lock(&s->mu);
		hold *h = hold_find(s, v[i].id, NULL);
		ours = h && h->rec.status == RL_HOLD_PENDING;
		pthread_mutex_unlock(&s->mu);
		if (ours)
			hold_decide(s, v[i].id, v[i].status, v[i].decided_by, v[i].note, 1, &e);
		rl_hold_rec_free(&v[i]);
	}
	free(v);
}

static void check_timeouts(struct rl_guard_server *s)
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
				scpy(id, sizeof id, h->rec.id);
				act = h->rec.timeout_action;
				break;
			}
		pthread_mutex_unlock(&s->mu);
		if (!id[0])
			return;
		int st = act == RL_GUARD_ALLOW ? RL_HOLD_APPROVED : RL_HOLD_DENIED, rc;
		rc = hold_decide(s, id, st, "timeout", "no decision before the deadline", 0, &e);
		if (rc == RL_EEXIST) {
			/* decided meanwhile by someone else: their decision stands */
			rl_hold_rec rec;
			pthread_mutex_lock(&s->dbmu);
			rc = rl_holds_get(s->db, id, &rec, &e);
			pthread_mutex_unlock(&s->dbmu);
			if (!rc) {
				hold_decide(s, id, rec.status, rec.decided_by, rec.note, 1, &e);
				rl_hold_rec_free(&rec);
				continue;
			}
		}
		if (rc) /* the store failed: decide in memory so the loop ends (fail closed) */
			hold_decide(s, id, st, "timeout", "no decision before the deadline", 1, &e);
	}
}

/* ---- upstream completion (engine thread) ---- */

/* An upstream answer (or `err`, the transport's failure, 504 when it was
 * a timeout): evaluate it and set the client's answer, or park it. */
static void on_upstream_done(struct rl_guard_server *s, req *r, const char *err, int timed_out)
{
	rl_guard_verdict v;
	gw_resp resp;
	rl_err e;
	int rc, saw_err = 0, is_sse, has_hold = 0;
	char detail[512];
	size_t i, dl = 0;

	hist_add(&s->h[1], (double)(rl_mono_ms() - r->t_up) / 1000.0);
	curl_slist_free_all(r->hdrs);
	r->hdrs = NULL;
	if (err) {
		char msg[256];
		atomic_fetch_add(&s->m_upstream_err, 1);
		snprintf(msg, sizeof msg, "upstream request failed: %s", err);
		rl_log(RL_LOG_WARN, "guard", "%s (%s)", msg, r->path);
		set_error(r, timed_out ? 504 : 502, "upstream_error", msg);
		return;
	}
	if (r->up_status < 200 || r->up_status > 299) {
		/* upstream errors pass through as errors, status unchanged; the body
		 * too, except that a key the guard added itself (--auth env) is
		 * masked: some providers quote the key in "invalid key" errors,
		 * and the agent must never learn the guard's key. */
		atomic_fetch_add(&s->m_upstream_status, 1);
		if (s->o.auth == RL_GUARD_AUTH_ENV) {
			const char *k = getenv(r->format == RL_GUARD_ANTHROPIC ? s->akey_env
									: s->okey_env);
			/* whole, JSON-escaped or a long part of it (base/secret.h) */
			r->up_body.len = rl_secret_mask(r->up_body.s, r->up_body.len, k);
		}
		set_answer(r, (int)r->up_status, r->up_ctype[0] ? r->up_ctype : "application/json",
			   &r->up_body);
		return;
	}
	is_sse = strncasecmp(r->up_ctype, "text/event-stream", 17) == 0;
	/* plain answers are read in place (no tree: a rewrite parses again);
	 * what the fast reader refuses goes to the tree parser, which decides */
	rc = is_sse ? gw_resp_parse_sse(r->format, r->up_body.s, r->up_body.len, &resp, &saw_err, &e)
		    : gw_resp_read(r->format, r->up_body.s, r->up_body.len, &resp, &e);
	if (rc) {
		/* fail closed: what cannot be inspected is not released */
		atomic_fetch_add(&s->m_fail_closed, 1);
		audit_push(s, "policy", "error", NULL, r->agent, "guard.uninspectable", e.msg, r->path);
		set_error(r, 502, "upstream_error", "the upstream response could not be inspected; it was withheld");
		return;
	}
	{
		int64_t t0 = rl_mono_ms();
		struct timespec a, b;
		clock_gettime(CLOCK_MONOTONIC, &a);
		rl_policy_ctx ctx = {.agent = r->agent_name[0] ? r->agent_name : NULL,
				     .key_sha256 = r->key_sha[0] ? r->key_sha : NULL,
				     .headers = (const char *const *)r->hv, .nheaders = r->nhv / 2};
		ge_req req = {r->body.s, r->body.len, r->format};
		rc = rl_guard_eval_resp(atomic_load(&s->g), &ctx, r->input.s, r->input.len, &req, &resp,
					&v, &e);
		clock_gettime(CLOCK_MONOTONIC, &b);
		(void)t0;
		hist_add(&s->h[0], (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9);
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
				       v.items[i].call >= 0 ? v.items[i].tool
				       : v.items[i].call == RL_GUARD_PART_CONTENT ? "(content)" : "(reasoning)",
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
									 : v.hold_timeout_s ? v.hold_timeout_s : 300);
		scpy(h->rec.agent, sizeof h->rec.agent, r->agent);
		h->rec.format = r->format;
		h->rec.stream = is_sse;
		req_hash(s, r);
		scpy(h->rec.req_hash, sizeof h->rec.req_hash, r->req_hash);
		for (i = 0; i < v.nitems; i++) /* name the hold after what is held */
			if (v.items[i].action == RL_GUARD_HOLD) {
				scpy(h->rec.rule, sizeof h->rec.rule, v.items[i].rule);
				scpy(h->rec.reason, sizeof h->rec.reason, v.items[i].reason);
				break;
			}
		h->rec.summary = hold_summary(&resp, &v);
		h->rec.verdict = verdict_json(&v);
		h->rec.timeout_action = v.timeout_action ? v.timeout_action : RL_GUARD_BLOCK;
		h->rec.response = rl_buf_detach(&r->up_body, &h->rec.response_len);
		if (!h->rec.summary || !h->rec.verdict || !h->rec.response) {
			hold_free(h);
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
			hold_free(h);
			audit_push(s, "policy", "block", NULL, r->agent, "guard.store-failed", e.msg, detail);
			goto render_deny;
		}
		audit_push(s, "policy", "hold", h->rec.id, r->agent, h->rec.rule, h->rec.reason, detail);
		rl_log(RL_LOG_INFO, "guard", "hold %s: %s (rule %s, agent %s)", h->rec.id, h->rec.reason,
		       h->rec.rule, r->agent);
		scpy(r->hold_id, sizeof r->hold_id, h->rec.id);
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
	audit_push(s, "policy", rl_guard_action_name(v.action), NULL, r->agent, v.rule, v.reason, detail);
render_deny:
	gw_resp_free(&resp);
	{
		rl_buf out = RL_BUF_INIT;
		int st;
		char ct[64];
		if (!verdict_changes(&v, 1)) {
			/* released as received: the upstream's bytes move, uncopied */
			set_answer(r, 200, is_sse ? "text/event-stream" : "application/json", &r->up_body);
		} else if (render(r->format, is_sse, r->up_body.s, r->up_body.len, &v, 1, &st, &out, ct, sizeof ct, &e)) {
			rl_buf_free(&out);
			set_error(r, 502, "guard_error", "the response could not be rewritten; it was withheld");
		} else {
			set_answer(r, st, ct, &out);
		}
	}
	rl_guard_verdict_free(&v);
	return;
oom:
	gw_resp_free(&resp);
	rl_guard_verdict_free(&v);
	set_error(r, 503, "guard_error", "out of memory");
}

/* ---- engine thread ---- */

static size_t on_up_data(char *p, size_t sz, size_t nm, void *ud)
{
	req *r = ud;
	size_t n = sz * nm;
	if (r->up_body.len + n > r->s->o.max_response)
		return 0; /* aborts the transfer: bounded */
	return rl_buf_add(&r->up_body, p, n) ? 0 : n;
}

static size_t on_up_header(char *p, size_t sz, size_t nm, void *ud)
{
	req *r = ud;
	size_t n = sz * nm, k;
	static const struct { const char *name; size_t off, cap; } keep[] = {
		{"content-type:", offsetof(req, up_ctype), sizeof(((req *)0)->up_ctype)},
		{"x-request-id:", offsetof(req, up_reqid), sizeof(((req *)0)->up_reqid)},
		{"request-id:", offsetof(req, up_reqid), sizeof(((req *)0)->up_reqid)},
		{"retry-after:", offsetof(req, up_retry), sizeof(((req *)0)->up_retry)},
	};
	for (k = 0; k < sizeof keep / sizeof keep[0]; k++) {
		size_t L = strlen(keep[k].name), vlen;
		const char *v;
		if (n <= L || strncasecmp(p, keep[k].name, L))
			continue;
		v = p + L;
		vlen = n - L;
		while (vlen && (*v == ' ' || *v == '\t'))
			v++, vlen--;
		while (vlen && (v[vlen - 1] == '\r' || v[vlen - 1] == '\n' || v[vlen - 1] == ' '))
			vlen--;
		if (vlen >= keep[k].cap)
			vlen = keep[k].cap - 1;
		memcpy((char *)r + keep[k].off, v, vlen);
		((char *)r + keep[k].off)[vlen] = '\0';
	}
	return n;
}

/* Completed upstream transfers: evaluate and answer. Returns how many. */
static int reap(worker *w)
{
	struct rl_guard_server *s = w->s;
	CURLMsg *m;
	int left, n = 0;
	while ((m = curl_multi_info_read(w->multi, &left))) {
		req *r;
		CURLcode cc;
		CURL *easy;
		if (m->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&r);
		curl_easy_getinfo(m->easy_handle, CURLINFO_RESPONSE_CODE, &r->up_status);
		cc = m->data.result;
		easy = m->easy_handle;
		curl_multi_remove_handle(w->multi, easy);
		curl_easy_setopt(easy, CURLOPT_HTTPHEADER, NULL); /* freed below */
		inflight_del(r);
		if (w->npool < sizeof w->pool / sizeof w->pool[0])
			w->pool[w->npool++] = easy;
		else
			curl_easy_cleanup(easy);
		r->easy = NULL;
		atomic_fetch_sub(&s->m_inflight, 1);
		on_upstream_done(s, r, cc == CURLE_OK ? NULL : curl_easy_strerror(cc),
				 cc == CURLE_OPERATION_TIMEDOUT);
		if (r->state != S_HELD)
			finish(r);
		n++;
	}
	return n;
}

/* ---- libcurl's sockets in the worker's loop ----
 * Sockets curl opens through up_open are ours to track: when curl stops
 * watching one (CURL_POLL_REMOVE: a kept-alive connection going idle in
 * its cache) it stays registered, so the next request on it costs no
 * epoll_ctl (it was a DEL and an ADD per request); an idle one that wakes
 * the loop (the upstream closed it) is unregistered then, and curl notices
 * the close when it next looks. Every close passes through up_close. The
 * same scheme as the runner's transport (transport/transport.c). */

static upsock *up_sock(worker *w, curl_socket_t fd)
{
	if (fd < 0)
		return NULL;
	if (fd >= w->nsocks) {
		int n = w->nsocks ? w->nsocks : 256;
		upsock *p;
		while (n <= fd)
			n *= 2;
		if (!(p = realloc(w->socks, (size_t)n * sizeof *p)))
			return NULL;
		memset(p + w->nsocks, 0, (size_t)(n - w->nsocks) * sizeof *p);
		w->socks = p;
		w->nsocks = n;
	}
	return &w->socks[fd];
}

static void on_up_io(void *ud, int fd, unsigned ev)
{
	worker *w = ud;
	upsock *u = fd < w->nsocks ? &w->socks[fd] : NULL;
	int running, flags = 0;
	if (u && u->ours && !u->want) {
		/* idle in curl's cache and yet readable: closed by the upstream */
		hs_watch_del(u->watch);
		u->watch = NULL;
		u->events = 0;
		return;
	}
	if (ev & HS_IN)
		flags |= CURL_CSELECT_IN;
	if (ev & HS_OUT)
		flags |= CURL_CSELECT_OUT;
	if (ev & HS_ERR)
		flags |= CURL_CSELECT_ERR;
	curl_multi_socket_action(w->multi, fd, flags, &running);
}

static int on_up_socket(CURL *easy, curl_socket_t fd, int what, void *ud, void *sockp)
{
	worker *w = ud;
	upsock *u = up_sock(w, fd);
	unsigned ev;
	(void)easy;
	(void)sockp;
	if (!u)
		return -1;
	if (what == CURL_POLL_REMOVE) {
		u->want = 0;
		if (!u->ours && u->watch) { /* not ours (a resolver's pipe): follow curl */
			hs_watch_del(u->watch);
			u->watch = NULL;
			u->events = 0;
		}
		return 0;
	}
	ev = (what & CURL_POLL_IN ? HS_IN : 0) | (what & CURL_POLL_OUT ? HS_OUT : 0);
	u->want = 1;
	if (u->watch && u->events == ev)
		return 0;
	if (u->watch) {
		if (hs_watch_mod(u->watch, ev))
			return -1;
	} else if (!(u->watch = hs_watch_add(w->loop, fd, ev, on_up_io, w))) {
		return -1;
	}
	u->events = (unsigned char)ev;
	return 0;
}

static curl_socket_t up_open(void *ud, curlsocktype purpose, struct curl_sockaddr *a)
{
	worker *w = ud;
	curl_socket_t fd = socket(a->family, a->socktype | SOCK_CLOEXEC, a->protocol);
	upsock *u;
	(void)purpose;
	if (fd >= 0 && (u = up_sock(w, fd))) {
		memset(u, 0, sizeof *u);
		u->ours = 1;
	}
	return fd >= 0 ? fd : CURL_SOCKET_BAD;
}

static int up_close(void *ud, curl_socket_t fd)
{
	worker *w = ud;
	if (fd >= 0 && fd < w->nsocks) {
		if (w->socks[fd].watch)
			hs_watch_del(w->socks[fd].watch);
		memset(&w->socks[fd], 0, sizeof w->socks[fd]);
	}
	return close(fd);
}

static int on_up_timer(CURLM *m, long ms, void *ud)
{
	worker *w = ud;
	(void)m;
	w->curl_due = ms < 0 ? -1 : rl_mono_ms() + ms;
	return 0;
}

/* Answers made on other threads for this worker's connections. */
static void on_wake(void *ud)
{
	worker *w = ud;
	req *q, *nx;
	pthread_mutex_lock(&w->qmu);
	q = w->doneq;
	w->doneq = NULL;
	pthread_mutex_unlock(&w->qmu);
	for (; q; q = nx) {
		nx = q->next;
		q->next = NULL;
		respond_proxy(q);
	}
}

/* Run curl's timer if it is due; returns how long the loop may sleep. */
static int curl_timer(worker *w, int cap_ms)
{
	int64_t now;
	int running;
	if (w->curl_due < 0)
		return cap_ms;
	now = rl_mono_ms();
	if (now >= w->curl_due) {
		w->curl_due = -1;
		curl_multi_socket_action(w->multi, CURL_SOCKET_TIMEOUT, 0, &running);
		if (w->curl_due < 0)
			return cap_ms;
		now = rl_mono_ms();
	}
	return w->curl_due - now < cap_ms ? (int)(w->curl_due > now ? w->curl_due - now : 0) : cap_ms;
}

/* The built-in client's answer (on the worker's thread). */
static void on_builtin_done(void *ud, hc_result *res)
{
	req *r = ud;
	struct rl_guard_server *s = r->s;
	r->hcr = NULL;
	inflight_del(r);
	atomic_fetch_sub(&s->m_inflight, 1);
	if (res->err == HC_OK) {
		r->up_status = res->status;
		scpy(r->up_ctype, sizeof r->up_ctype, res->ctype);
		scpy(r->up_reqid, sizeof r->up_reqid, res->reqid);
		scpy(r->up_retry, sizeof r->up_retry, res->retry);
		rl_buf_free(&r->up_body);
		r->up_body = res->body;
		rl_buf_init(&res->body);
	}
	on_upstream_done(s, r, res->err == HC_OK ? NULL : res->errmsg, res->err == HC_ETIMEOUT);
	if (r->state != S_HELD)
		finish(r);
}

static void *worker_main(void *arg)
{
	worker *w = arg;
	struct rl_guard_server *s = w->s;
	int64_t last_tick = 0;

	while (!atomic_load(&s->stopping)) {
		/* reads requests (start_proxy adds transfers: curl's timer goes
		 * to 0), drives curl's sockets, writes answers */
		hs_loop_run(w->loop, curl_timer(w, 100));
		curl_timer(w, 0);
		reap(w);
		if (w->hc)
			hc_pool_tick(w->hc);
		if (w->id == 0 && rl_mono_ms() - last_tick >= 100) {
			/* one worker keeps time for everyone */
			last_tick = rl_mono_ms();
			check_timeouts(s);
			poll_db(s);
			audit_flush(s);
		}
	}
	return NULL;
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

static void req_free(req *r)
{
	worker *w = r->w;
	rl_buf_free(&r->body);
	rl_buf_free(&r->up_body);
	rl_buf_free(&r->resp_body);
	rl_buf_free(&r->input);
	curl_slist_free_all(r->hdrs);
	free(r->hv);
	if (w && w->nspare < 256) {
		r->next = w->spare;
		w->spare = r;
		w->nspare++;
		return;
	}
	free(r);
}

/* Answer a request on any route other than the proxy's, and free it. */
static int send_buf(req *r, int status, const char *ctype, rl_buf *body, int extra_sec)
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
		h[n++] = (hs_hdr){"Content-Security-Policy",
				  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"};
	}
	hs_respond(r->conn, status, h, n, body);
	rl_buf_free(body);
	req_free(r);
	return 0;
}

static int send_text(req *r, int status, const char *ctype, const char *text)
{
	rl_buf b = RL_BUF_INIT;
	rl_buf_adds(&b, text);
	return send_buf(r, status, ctype, &b, 0);
}

static int send_json_err(req *r, int status, const char *msg)
{
	rl_buf b = RL_BUF_INIT;
	rl_buf_adds(&b, "{\"error\":\"");
	rl_buf_add_json(&b, msg, strlen(msg));
	rl_buf_adds(&b, "\"}");
	return send_buf(r, status, "application/json", &b, 0);
}

/* Answer a proxied request (its answer is set), and free it. */
static void respond_proxy(req *r)
{
	hs_hdr h[9];
	size_t n = 0;
	h[n++] = (hs_hdr){"Content-Type", r->resp_ctype};
	if (r->cors) {
		h[n++] = (hs_hdr){"Access-Control-Allow-Origin", r->cors};
		h[n++] = (hs_hdr){"Access-Control-Expose-Headers", "x-request-id, request-id, retry-after, x-redline-hold"};
		h[n++] = (hs_hdr){"Vary", "Origin"};
	}
	if (!strncmp(r->resp_ctype, "text/event-stream", 17))
		h[n++] = (hs_hdr){"Cache-Control", "no-cache"};
	if (r->up_reqid[0])
		h[n++] = (hs_hdr){r->format == RL_GUARD_ANTHROPIC ? "request-id" : "x-request-id", r->up_reqid};
	if (r->up_retry[0] && r->resp_status >= 400)
		h[n++] = (hs_hdr){"retry-after", r->up_retry};
	if (r->hold_id[0])
		h[n++] = (hs_hdr){"x-redline-hold", r->hold_id};
	rl_log(RL_LOG_INFO, "guard", "request path=%s agent=%s status=%d stream=%d hold=%s ms=%lld",
	       r->path, r->agent, r->resp_status, r->stream, r->hold_id[0] ? r->hold_id : "-",
	       (long long)(rl_mono_ms() - r->t_start));
	hs_respond(r->conn, r->resp_status, h, n, &r->resp_body);
	req_free(r);
}

static void metrics_text(struct rl_guard_server *s, rl_buf *b)
{
	static const char *const fmt[] = {"openai", "anthropic"};
	static const char *const act[] = {"allow", "redact", "hold", "block"};
	size_t f, a, i, k;
	size_t pending;

	pthread_mutex_lock(&s->mu);
	pending = s->npending;
	pthread_mutex_unlock(&s->mu);
	rl_buf_adds(b, "# HELP redline_guard_responses_total Upstream responses evaluated, by wire format and verdict.\n"
		       "# TYPE redline_guard_responses_total counter\n");
	for (f = 0; f < 2; f++)
		for (a = 0; a < M_NACT; a++)
			rl_buf_addf(b, "redline_guard_responses_total{format=\"%s\",verdict=\"%s\"} %lu\n",
				    fmt[f], act[a], atomic_load(&s->m_req[f][a]));
	rl_buf_addf(b, "# HELP redline_guard_holds_pending Holds waiting for a decision.\n"
		       "# TYPE redline_guard_holds_pending gauge\nredline_guard_holds_pending %zu\n", pending);
	rl_buf_addf(b, "# HELP redline_guard_hold_decisions_total Hold decisions.\n"
		       "# TYPE redline_guard_hold_decisions_total counter\n"
		       "redline_guard_hold_decisions_total{decision=\"approved\"} %lu\n"
		       "redline_guard_hold_decisions_total{decision=\"denied\"} %lu\n"
		       "redline_guard_hold_decisions_total{decision=\"timeout\"} %lu\n",
		    atomic_load(&s->m_decided[0]), atomic_load(&s->m_decided[1]), atomic_load(&s->m_decided[2]));
	rl_buf_addf(b, "# HELP redline_guard_bad_requests_total Requests rejected with 4xx by the guard.\n"
		       "# TYPE redline_guard_bad_requests_total counter\nredline_guard_bad_requests_total %lu\n"
		       "# HELP redline_guard_upstream_errors_total Upstream transport failures (502/504).\n"
		       "# TYPE redline_guard_upstream_errors_total counter\nredline_guard_upstream_errors_total %lu\n"
		       "# HELP redline_guard_upstream_error_status_total Upstream non-2xx answers passed through.\n"
		       "# TYPE redline_guard_upstream_error_status_total counter\nredline_guard_upstream_error_status_total %lu\n"
		       "# HELP redline_guard_fail_closed_total Responses withheld because they could not be inspected or evaluated.\n"
		       "# TYPE redline_guard_fail_closed_total counter\nredline_guard_fail_closed_total %lu\n"
		       "# HELP redline_guard_requests_redacted_total Requests with sensitive content redacted before the model.\n"
		       "# TYPE redline_guard_requests_redacted_total counter\nredline_guard_requests_redacted_total %lu\n"
		       "# HELP redline_guard_upstream_inflight Upstream requests in flight.\n"
		       "# TYPE redline_guard_upstream_inflight gauge\nredline_guard_upstream_inflight %lu\n"
		       "# HELP redline_guard_client_gone_total Upstream calls cancelled because their client left.\n"
		       "# TYPE redline_guard_client_gone_total counter\nredline_guard_client_gone_total %lu\n"
		       "# HELP redline_guard_busy_total Agent requests turned away (503) because every agent connection slot was taken.\n"
		       "# TYPE redline_guard_busy_total counter\nredline_guard_busy_total %lu\n",
		    atomic_load(&s->m_bad), atomic_load(&s->m_upstream_err), atomic_load(&s->m_upstream_status),
		    atomic_load(&s->m_fail_closed), atomic_load(&s->m_redacted_requests),
		    atomic_load(&s->m_inflight), atomic_load(&s->m_client_gone), atomic_load(&s->m_busy));
	for (k = 0; k < 2; k++) {
		unsigned long cum = 0;
		rl_buf_addf(b, "# HELP redline_guard_%s_seconds %s time.\n# TYPE redline_guard_%s_seconds histogram\n",
			    hist_name[k], k ? "Upstream round-trip" : "Policy evaluation", hist_name[k]);
		for (i = 0; i <= NHB; i++) {
			cum += atomic_load(&s->h[k].b[i]);
			if (i < NHB)
				rl_buf_addf(b, "redline_guard_%s_seconds_bucket{le=\"%g\"} %lu\n", hist_name[k], hist_le[i], cum);
			else
				rl_buf_addf(b, "redline_guard_%s_seconds_bucket{le=\"+Inf\"} %lu\n", hist_name[k], cum);
		}
		rl_buf_addf(b, "redline_guard_%s_seconds_sum %.6f\nredline_guard_%s_seconds_count %lu\n",
			    hist_name[k], (double)atomic_load(&s->h[k].sum_us) / 1e6, hist_name[k],
			    atomic_load(&s->h[k].count));
	}
}

static const char *bearer(const hs_req *rq)
{
	const char *a = hs_req_header(rq, "Authorization");
	if (a && !strncasecmp(a, "Bearer ", 7))
		return a + 7;
	return NULL;
}

static void hold_json(const rl_hold_rec *h, json_t *arr)
{
	json_error_t je;
	json_t *sum = json_loads(h->summary ? h->summary : "[]", 0, &je);
	char created[40], deadline[40];
	rl_iso8601(h->created_ms, created, sizeof created);
	rl_iso8601(h->deadline_ms, deadline, sizeof deadline);
	json_array_append_new(arr, json_pack("{s:s,s:s,s:s,s:s,s:s,s:s,s:o,s:s,s:s,s:s}", "id", h->id,
					     "created", created, "deadline", deadline, "agent", h->agent,
					     "rule", h->rule, "reason", h->reason, "items",
					     sum ? sum : json_array(), "status", rl_hold_status_name(h->status),
					     "decided_by", h->decided_by, "note", h->note));
}

/* Hold listing from the DB (the source of truth across restarts). */
static int list_holds(struct rl_guard_server *s, int status, rl_hold_rec **v, size_t *n)
{
	rl_err e;
	int rc;
	pthread_mutex_lock(&s->dbmu);
	rc = rl_holds_list(s->db, status, 1000, 0, v, n, &e);
	pthread_mutex_unlock(&s->dbmu);
	return rc;
}

static void free_list(rl_hold_rec *v, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		rl_hold_rec_free(&v[i]);
	free(v);
}

static void page_html(struct rl_guard_server *s, const char *token, rl_buf *b)
{
	rl_hold_rec *v = NULL;
	size_t n = 0, i, j;
	rl_buf_adds(b, "<!doctype html><html><head><meta charset=\"utf-8\"><title>redline guard: pending holds</title>"
		       "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
		       "td,th{border:1px solid #ccc;padding:.4em;vertical-align:top}pre{white-space:pre-wrap;max-width:60em;margin:0}"
		       "</style></head><body><h1>Pending holds</h1>");
	if (list_holds(s, RL_HOLD_PENDING, &v, &n)) {
		rl_buf_adds(b, "<p>The hold database could not be read.</p></body></html>");
		return;
	}
	if (!n)
		rl_buf_adds(b, "<p>No pending holds.</p>");
	else
		rl_buf_adds(b, "<table><tr><th>id</th><th>agent</th><th>rule</th><th>held</th><th>deadline</th><th>decide</th></tr>");
	for (i = 0; i < n; i++) {
		json_error_t je;
		json_t *sum = json_loads(v[i].summary, 0, &je), *it;
		char dl[40];
		rl_iso8601(v[i].deadline_ms, dl, sizeof dl);
		rl_buf_adds(b, "<tr><td><code>");
		rl_buf_add_html(b, v[i].id, strlen(v[i].id));
		rl_buf_adds(b, "</code></td><td>");
		rl_buf_add_html(b, v[i].agent, strlen(v[i].agent));
		rl_buf_adds(b, "</td><td>");
		rl_buf_add_html(b, v[i].rule, strlen(v[i].rule));
		rl_buf_adds(b, "<br>");
		rl_buf_add_html(b, v[i].reason, strlen(v[i].reason));
		rl_buf_adds(b, "</td><td>");
		json_array_foreach(sum, j, it) {
			const char *tool = json_string_value(json_object_get(it, "tool"));
			const char *args = json_string_value(json_object_get(it, "args"));
			rl_buf_adds(b, "<b>");
			rl_buf_add_html(b, tool ? tool : "", tool ? strlen(tool) : 0);
			rl_buf_adds(b, "</b><pre>");
			rl_buf_add_html(b, args ? args : "", args ? strlen(args) : 0);
			rl_buf_adds(b, "</pre>");
		}
		json_decref(sum);
		rl_buf_addf(b, "</td><td>%s</td><td>", dl);
		for (j = 0; j < 2; j++) {
			rl_buf_adds(b, "<form method=\"post\" action=\"/holds/");
			rl_buf_add_html(b, v[i].id, strlen(v[i].id));
			rl_buf_addf(b, "/%s\"><input type=\"hidden\" name=\"token\" value=\"", j ? "deny" : "approve");
			rl_buf_add_html(b, token, strlen(token));
			rl_buf_addf(b, "\"><input name=\"by\" placeholder=\"your name\" required> "
				       "<button type=\"submit\">%s</button></form>", j ? "Deny" : "Approve");
		}
		rl_buf_adds(b, "</td></tr>");
	}
	if (n)
		rl_buf_adds(b, "</table>");
	rl_buf_adds(b, "</body></html>");
	free_list(v, n);
}

/* Value of `key` in an application/x-www-form-urlencoded body. */
static int form_value(const char *body, const char *key, char *out, size_t n)
{
	size_t kl = strlen(key);
	const char *p = body;
	while (p && *p) {
		const char *amp = strchr(p, '&');
		size_t len = amp ? (size_t)(amp - p) : strlen(p);
		if (len > kl && !strncmp(p, key, kl) && p[kl] == '=') {
			size_t vl = len - kl - 1, i;
			if (vl >= n)
				vl = n - 1;
			memcpy(out, p + kl + 1, vl);
			out[vl] = '\0';
			for (i = 0; out[i]; i++)
				if (out[i] == '+')
					out[i] = ' ';
			hs_unescape(out);
			return 1;
		}
		p = amp ? amp + 1 : NULL;
	}
	out[0] = '\0';
	return 0;
}

static int valid_hold_id(const char *id, size_t n)
{
	size_t i;
	if (n == 0 || n >= 40)
		return 0;
	for (i = 0; i < n; i++)
		if (!((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f')))
			return 0;
	return 1;
}

static int api_decide(struct rl_guard_server *s, req *c,
				  const char *id, int approve, const char *who, const char *note,
				  int html_redirect, const char *token)
{
	rl_err e;
	int rc = hold_decide(s, id, approve ? RL_HOLD_APPROVED : RL_HOLD_DENIED, who, note, 0, &e);
	if (html_redirect && (rc == 0 || rc == RL_EEXIST)) {
		rl_buf b = RL_BUF_INIT;
		rl_buf_adds(&b, "<!doctype html><meta charset=\"utf-8\"><title>redline guard</title><p>");
		if (rc)
			rl_buf_add_html(&b, e.msg, strlen(e.msg));
		else
			rl_buf_addf(&b, "Hold %s %s.", id, approve ? "approved" : "denied");
		rl_buf_adds(&b, "</p><form method=\"get\" action=\"/holds\"><input type=\"hidden\" name=\"token\" value=\"");
		rl_buf_add_html(&b, token, strlen(token));
		rl_buf_adds(&b, "\"><button type=\"submit\">Back to pending holds</button></form>");
		return send_buf(c, 200, "text/html; charset=utf-8", &b, 1);
	}
	if (rc == RL_ENOTFOUND)
		return send_json_err(c, 404, "no such hold");
	if (rc == RL_EEXIST)
		return send_json_err(c, 409, e.msg);
	if (rc)
		return send_json_err(c, 500, "the decision could not be stored");
	{
		rl_buf b = RL_BUF_INIT;
		rl_buf_addf(&b, "{\"id\":\"%s\",\"status\":\"%s\"}", id, approve ? "approved" : "denied");
		return send_buf(c, 200, "application/json", &b, 0);
	}
}

/* Routes other than the proxy: /metrics, /healthz, /api/holds..., /holds. */
static int serve_other(struct rl_guard_server *s, req *r, const char *url, const char *method)
{
	req *c = r; /* the answer goes to the request's connection */
	/* HEAD is GET without the body (the server leaves it out) */
	int get = !strcmp(method, "GET") || !strcmp(method, "HEAD"), post = !strcmp(method, "POST");

	if (!strcmp(url, "/metrics") && get) {
		rl_buf b = RL_BUF_INIT;
		metrics_text(s, &b);
		return send_buf(c, 200, "text/plain; version=0.0.4; charset=utf-8", &b, 0);
	}
	if (!strcmp(url, "/healthz") && get)
		return atomic_load(&s->g) ? send_text(c, 200, "text/plain", "ok\n")
					  : send_text(c, 503, "text/plain", "loading policy\n");
	if (!strncmp(url, "/api/", 5)) {
		const char *rest = url + 5;
		if (!token_ok(s, bearer(r->rq)))
			return send_json_err(c, 401, "missing or wrong approval token (Authorization: Bearer ...)");
		if (!strcmp(rest, "holds") && get) {
			char stb[32];
			const char *st = hs_req_query(r->rq, "status", stb, sizeof stb) ? stb : NULL;
			int status = !st || !strcmp(st, "pending") ? RL_HOLD_PENDING
				     : !strcmp(st, "approved") ? RL_HOLD_APPROVED
				     : !strcmp(st, "denied") ? RL_HOLD_DENIED : -1;
			rl_hold_rec *v;
			size_t n, i;
			json_t *arr = json_array();
			char *js;
			rl_buf b = RL_BUF_INIT;
			if (st && status < 0 && strcmp(st, "all")) {
				json_decref(arr);
				return send_json_err(c, 400, "status must be pending, approved, denied or all");
			}
			if (list_holds(s, status, &v, &n)) {
				json_decref(arr);
				return send_json_err(c, 500, "the hold database could not be read");
			}
			for (i = 0; i < n; i++)
				hold_json(&v[i], arr);
			free_list(v, n);
			js = json_dumps(arr, JSON_COMPACT);
			json_decref(arr);
			rl_buf_adds(&b, js ? js : "[]");
			free(js);
			return send_buf(c, 200, "application/json", &b, 0);
		}
		if (!strncmp(rest, "holds/", 6)) {
			const char *id = rest + 6, *slash = strchr(id, '/');
			size_t idl = slash ? (size_t)(slash - id) : strlen(id);
			char idc[40];
			if (!valid_hold_id(id, idl))
				return send_json_err(c, 404, "no such hold");
			memcpy(idc, id, idl);
			idc[idl] = '\0';
			if (!slash && get) {
				rl_hold_rec h;
				rl_err e;
				int rc;
				json_t *arr = json_array();
				char *js;
				rl_buf b = RL_BUF_INIT;
				pthread_mutex_lock(&s->dbmu);
				rc = rl_holds_get(s->db, idc, &h, &e);
				pthread_mutex_unlock(&s->dbmu);
				if (rc) {
					json_decref(arr);
					return send_json_err(c, rc == RL_ENOTFOUND ? 404 : 500, rc == RL_ENOTFOUND ? "no such hold" : "database error");
				}
				hold_json(&h, arr);
				rl_hold_rec_free(&h);
				js = json_dumps(json_array_get(arr, 0), JSON_COMPACT);
				json_decref(arr);
				rl_buf_adds(&b, js ? js : "{}");
				free(js);
				return send_buf(c, 200, "application/json", &b, 0);
			}
			if (slash && post && (!strcmp(slash, "/approve") || !strcmp(slash, "/deny"))) {
				json_error_t je;
				json_t *bj = r->body.len ? json_loadb(r->body.s, r->body.len, 0, &je) : NULL;
				const char *by = json_string_value(json_object_get(bj, "by"));
				const char *note = json_string_value(json_object_get(bj, "note"));
				char who[128];
				int ret;
				if (r->body.len && !json_is_object(bj)) {
					json_decref(bj);
					return send_json_err(c, 400, "body must be a JSON object {\"by\":..., \"note\":...}");
				}
				snprintf(who, sizeof who, "api:%.100s", by && *by ? by : "token");
				ret = api_decide(s, c, idc, !strcmp(slash, "/approve"), who, note, 0, NULL);
				json_decref(bj);
				return ret;
			}
		}
		return send_json_err(c, 404, "unknown API route");
	}
	if (!strcmp(url, "/holds") && get) {
		char tokb[256];
		const char *tok = hs_req_query(r->rq, "token", tokb, sizeof tokb) ? tokb : NULL;
		rl_buf b = RL_BUF_INIT;
		if (!token_ok(s, tok) && !token_ok(s, bearer(r->rq)))
			return send_text(c, 401, "text/plain", "open /holds?token=YOUR_TOKEN\n");
		page_html(s, tok ? tok : bearer(r->rq), &b);
		return send_buf(c, 200, "text/html; charset=utf-8", &b, 1);
	}
	if (!strncmp(url, "/holds/", 7) && post) {
		const char *id = url + 7, *slash = strchr(id, '/');
		char tok[256], by[100], who[128], idc[40];
		size_t idl = slash ? (size_t)(slash - id) : 0;
		form_value(r->body.s, "token", tok, sizeof tok);
		if (!token_ok(s, tok))
			return send_text(c, 401, "text/plain", "wrong token\n");
		if (!slash || !valid_hold_id(id, idl) || (strcmp(slash, "/approve") && strcmp(slash, "/deny")))
			return send_text(c, 404, "text/plain", "no such hold\n");
		memcpy(idc, id, idl);
		idc[idl] = '\0';
		form_value(r->body.s, "by", by, sizeof by);
		snprintf(who, sizeof who, "web:%s", by[0] ? by : "anonymous");
		return api_decide(s, c, idc, !strcmp(slash, "/approve"), who, NULL, 1, tok);
	}
	return send_json_err(c, get || post ? 404 : 405, get || post ? "not found" : "method not allowed");
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
	const ge_policy *pol = rl_guard_policy(atomic_load(&s->g));
	const char *h = hs_req_header(c, s->agent_header);
	const char *key = r->format == RL_GUARD_ANTHROPIC ? hs_req_header(c, "x-api-key") : NULL;
	const char *name = NULL;
	char claim[128] = "";
	rl_policy_ctx ctx = {0};
	size_t i;

	if (!key)
		key = bearer(c);
	if (!key)
		key = hs_req_header(c, "x-api-key");
	if (key && *key)
		key_digest(r->w, key, r->key_sha);
	if (h && *h) {
		scpy(claim, sizeof claim, h);
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
			scpy(r->agent_name, sizeof r->agent_name, name);
			if (r->key_sha[0])
				snprintf(r->agent, sizeof r->agent, "key:%.12s", r->key_sha);
			else
				snprintf(r->agent, sizeof r->agent, "anonymous");
			return -1;
		}
	}
	if (name && *name) {
		scpy(r->agent_name, sizeof r->agent_name, name);
		scpy(r->agent, sizeof r->agent, name);
	} else if (r->key_sha[0]) {
		snprintf(r->agent, sizeof r->agent, "key:%.12s", r->key_sha);
	} else {
		snprintf(r->agent, sizeof r->agent, "anonymous");
	}
	return 0;
}

/* The text of the request's last message (string content, or its text and
 * tool_result blocks), bounded: what input-scoped rules look at. */
static void last_input_msg(const json_t *m, rl_buf *out)
{
	json_t *c = json_object_get(m, "content"), *b;
	size_t i;
	if (json_is_string(c)) {
		rl_buf_add(out, json_string_value(c), json_string_length(c) > 65536 ? 65536 : json_string_length(c));
		return;
	}
	json_array_foreach(c, i, b) {
		json_t *t = json_object_get(b, "text");
		if (!json_is_string(t))
			t = json_object_get(b, "content");
		if (json_is_string(t) && out->len + json_string_length(t) <= 65536) {
			if (out->len)
				rl_buf_addc(out, '\n');
			rl_buf_add(out, json_string_value(t), json_string_length(t));
		}
	}
}

static void last_input(const json_t *body, rl_buf *out)
{
	json_t *msgs = json_object_get(body, "messages");
	last_input_msg(json_array_get(msgs, json_array_size(msgs) ? json_array_size(msgs) - 1 : 0), out);
}

static int add_hdr(struct curl_slist **l, const char *name, const char *val)
{
	rl_buf b = RL_BUF_INIT;
	struct curl_slist *n;
	rl_buf_addf(&b, "%s: %s", name, val);
	n = curl_slist_append(*l, b.s);
	/* the line may hold a key: wipe our copy */
	OPENSSL_cleanse(b.s, b.len);
	rl_buf_free(&b);
	if (!n)
		return RL_ENOMEM;
	*l = n;
	return 0;
}

/* A constant header line: no formatting, nothing secret to wipe. */
static int add_line(struct curl_slist **l, const char *line)
{
	struct curl_slist *n = curl_slist_append(*l, line);
	if (!n)
		return RL_ENOMEM;
	*l = n;
	return 0;
}

/* An easy handle with the options every upstream request shares. Handles
 * go back to their worker's pool unreset (curl_easy_reset and setting all
 * of this again cost more than the rest of the setup); start_proxy sets
 * every per-request option each time. */
static CURL *easy_new(worker *w)
{
	const struct rl_guard_server *s = w->s;
	CURL *h = curl_easy_init();
	if (!h)
		return NULL;
	/* the worker tracks the sockets it opens (see up_open) */
	curl_easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, up_open);
	curl_easy_setopt(h, CURLOPT_OPENSOCKETDATA, w);
	curl_easy_setopt(h, CURLOPT_CLOSESOCKETFUNCTION, up_close);
	curl_easy_setopt(h, CURLOPT_CLOSESOCKETDATA, w);
	curl_easy_setopt(h, CURLOPT_POST, 1L);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_up_data);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_up_header);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, (long)s->o.upstream_timeout_s);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 10L);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_USERAGENT, "redline-guard/" RL_VERSION);
	return h;
}

/* The headers that go upstream, as name/value pairs (values may hold a
 * key: fwd_free wipes the one the guard formats itself). */
typedef struct fwd {
	const char *name[8], *val[8];
	size_t n;
	char *bearer; /* "Bearer <env key>", owned */
} fwd;

static int fwd_headers(const struct rl_guard_server *s, const req *r, fwd *f)
{
	static const char *const copy[] = {"Accept", "anthropic-version", "anthropic-beta",
					   "OpenAI-Organization", "OpenAI-Project"};
	size_t i;
	memset(f, 0, sizeof *f);
	for (i = 0; i < sizeof copy / sizeof copy[0]; i++) {
		const char *v = hs_req_header(r->rq, copy[i]);
		if (v && !strpbrk(v, "\r\n")) {
			f->name[f->n] = copy[i];
			f->val[f->n++] = v;
		}
	}
	if (s->o.auth == RL_GUARD_AUTH_ENV) {
		const char *k = getenv(r->format == RL_GUARD_ANTHROPIC ? s->akey_env : s->okey_env);
		if (k && *k && !strpbrk(k, "\r\n")) {
			if (r->format == RL_GUARD_ANTHROPIC) {
				f->name[f->n] = "x-api-key";
				f->val[f->n++] = k;
			} else {
				if (asprintf(&f->bearer, "Bearer %s", k) < 0) {
					f->bearer = NULL;
					return RL_ENOMEM;
				}
				f->name[f->n] = "Authorization";
				f->val[f->n++] = f->bearer;
			}
		}
	} else {
		static const char *const cred[] = {"Authorization", "x-api-key"};
		for (i = 0; i < 2; i++) {
			const char *v = hs_req_header(r->rq, cred[i]);
			if (v && !strpbrk(v, "\r\n")) {
				f->name[f->n] = cred[i];
				f->val[f->n++] = v;
			}
		}
	}
	return 0;
}

static void fwd_free(fwd *f)
{
	if (f->bearer) {
		OPENSSL_cleanse(f->bearer, strlen(f->bearer));
		free(f->bearer);
	}
	f->bearer = NULL;
}

/* The upstream path for a proxied path: "--upstream https://host/v1" and
 * "/v1/..." share the prefix. */
static void upstream_target(const char *base, const char *path, rl_buf *out)
{
	size_t n = strlen(base);
	if (n >= 3 && !strcmp(base + n - 3, "/v1") && !strncmp(path, "/v1/", 4))
		n -= 3;
	rl_buf_add(out, base, n);
	rl_buf_adds(out, path);
}

/* libcurl: TLS upstreams (and plain ones with --upstream-client curl). */
static int start_curl(struct rl_guard_server *s, req *r, const fwd *f)
{
	rl_buf url = RL_BUF_INIT;
	size_t i;

	r->easy = r->w->npool ? r->w->pool[--r->w->npool] : easy_new(r->w);
	if (!r->easy)
		return RL_ENOMEM;
	upstream_target(s->upstream, r->path, &url);
	add_line(&r->hdrs, "Content-Type: application/json");
	add_line(&r->hdrs, "Expect:");
	for (i = 0; i < f->n; i++)
		add_hdr(&r->hdrs, f->name[i], f->val[i]);
	/* every per-request option is set here; the rest stays from easy_new */
	curl_easy_setopt(r->easy, CURLOPT_URL, url.s ? url.s : "");
	rl_buf_free(&url);
	curl_easy_setopt(r->easy, CURLOPT_POSTFIELDS, r->body.s);
	curl_easy_setopt(r->easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)r->body.len);
	curl_easy_setopt(r->easy, CURLOPT_HTTPHEADER, r->hdrs);
	curl_easy_setopt(r->easy, CURLOPT_WRITEDATA, r);
	curl_easy_setopt(r->easy, CURLOPT_HEADERDATA, r);
	curl_easy_setopt(r->easy, CURLOPT_PRIVATE, r);
	/* this thread runs the transfer too: the worker loop performs it next */
	if (curl_multi_add_handle(r->w->multi, r->easy) != CURLM_OK) {
		curl_easy_cleanup(r->easy);
		r->easy = NULL;
		curl_slist_free_all(r->hdrs);
		r->hdrs = NULL;
		return RL_ENET;
	}
	return 0;
}

static void on_builtin_done(void *ud, hc_result *res);

/* The built-in keep-alive client: plain-HTTP upstreams (guard/hcli.h). */
static int start_builtin(struct rl_guard_server *s, req *r, const fwd *f)
{
	rl_buf h = RL_BUF_INIT, path = RL_BUF_INIT;
	size_t i;
	int rc;

	rl_buf_adds(&h, "Content-Type: application/json\r\nUser-Agent: redline-guard/" RL_VERSION "\r\n");
	for (i = 0; i < f->n; i++)
		rl_buf_addf(&h, "%s: %s\r\n", f->name[i], f->val[i]);
	upstream_target(s->up_path, r->path, &path);
	rc = h.s && path.s ? hc_post(r->w->hc, path.s, h.s, h.len, r->body.s ? r->body.s : "", r->body.len,
				     on_builtin_done, r, &r->hcr)
			   : RL_ENOMEM;
	/* the client keeps its own copy: wipe ours (it may hold a key) */
	if (h.s)
		OPENSSL_cleanse(h.s, h.len);
	rl_buf_free(&h);
	rl_buf_free(&path);
	return rc;
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

	if (!atomic_load(&s->g)) {
		/* listening (for /metrics) before the policy is compiled: nothing
		 * passes unevaluated */
		snprintf(r->up_retry, sizeof r->up_retry, "1");
		set_error(r, 503, "guard_unavailable", "the guard is still loading its policy; retry shortly");
		return 0;
	}
	if (atomic_load(&s->stopping)) {
		/* shutting down: the workers that would drive an upstream transfer
		 * are gone (rl_guard_server_stop runs the daemons by hand only to
		 * write the last answers), so nothing new may start */
		set_error(r, 503, "guard_unavailable", "the guard is shutting down");
		return 0;
	}
	if (r->too_big) {
		atomic_fetch_add(&s->m_bad, 1);
		set_error(r, 413, "invalid_request_error", "request body exceeds the guard's limit");
		return 0;
	}
	/* the checks and the last message straight from the text; a tree of
	 * the whole conversation only when the fast scanner refuses it (then
	 * jansson words the error) */
	rc = gw_request_scan(r->format, r->body.s, r->body.len, &stream, &last, &lastn, &e);
	if (rc < 0) {
		atomic_fetch_add(&s->m_bad, 1);
		set_error(r, 400, "invalid_request_error", e.msg);
		return 0;
	}
	if (rc == 0) {
		json_t *m = last ? rl_json_fast_parse(last, lastn) : NULL;
		last_input_msg(m, &r->input);
		json_decref(m);
		goto checked;
	}
	body = rl_json_fast_parse(r->body.s, r->body.len);
	if (!body)
		body = json_loadb(r->body.s, r->body.len, 0, &je);
	if (!body) {
		char msg[256];
		atomic_fetch_add(&s->m_bad, 1);
		snprintf(msg, sizeof msg, "request body is not valid JSON: line %d column %d: %s", je.line, je.column, je.text);
		set_error(r, 400, "invalid_request_error", msg);
		return 0;
	}
	if (gw_request_check(r->format, body, &stream, &e)) {
		json_decref(body);
		atomic_fetch_add(&s->m_bad, 1);
		set_error(r, 400, "invalid_request_error", e.msg);
		return 0;
	}
	last_input(body, &r->input);
	json_decref(body);
checked:
	r->stream = stream;
	if (agent_of(s, r)) {
		char msg[300];
		atomic_fetch_add(&s->m_bad, 1);
		snprintf(msg, sizeof msg, "the agent name '%s' is bound to a key by the guard's policy, and this "
			 "request's key is not one of them", r->agent_name);
		audit_push(s, "policy", "refuse", NULL, r->agent, "guard.agent-claim", msg, r->path);
		set_error(r, 403, "permission_error", msg);
		return 0;
	}
	/* the same request again (a retry, or after a restart) waits for, or
	 * collects, the decision on the hold it already made; with no hold
	 * at all there is nothing to find and no hash to compute yet */
	pthread_mutex_lock(&s->mu);
	h = NULL;
	if (s->holds) {
		pthread_mutex_unlock(&s->mu);
		req_hash(s, r);
		pthread_mutex_lock(&s->mu);
		h = hold_find(s, NULL, r->req_hash);
	}
	if (h && h->rec.status != RL_HOLD_PENDING) {
		/* decided while nobody waited: this request collects it */
		rl_guard_verdict v;
		rl_buf out = RL_BUF_INIT;
		int st;
		char ct[64];
		hold_unlink(s, h);
		pthread_mutex_unlock(&s->mu);
		verdict_parse(h->rec.verdict, &v);
		if (render(h->rec.format, h->rec.stream, h->rec.response, h->rec.response_len, &v,
			   h->rec.status != RL_HOLD_APPROVED, &st, &out, ct, sizeof ct, &e)) {
			rl_buf_free(&out);
			set_error(r, 502, "guard_error", "the held response could not be rendered");
		} else {
			set_answer(r, st, ct, &out);
		}
		rl_guard_verdict_free(&v);
		scpy(r->hold_id, sizeof r->hold_id, h->rec.id);
		pthread_mutex_lock(&s->dbmu);
		rl_holds_mark_delivered(s->db, h->rec.id, NULL);
		pthread_mutex_unlock(&s->dbmu);
		hold_free(h);
		return 0;
	}
	if (h) {
		r->state = S_HELD;
		scpy(r->hold_id, sizeof r->hold_id, h->rec.id);
		r->next = h->waiters;
		h->waiters = r;
		pthread_mutex_unlock(&s->mu);
		rl_log(RL_LOG_INFO, "guard", "request attached to hold %s", r->hold_id);
		return 1;
	}
	pthread_mutex_unlock(&s->mu);

	if ((rc = rl_guard_redact_request(atomic_load(&s->g), r->format, r->agent, r->body.s, r->body.len, &red, &changed, &e))) {
		rl_buf_free(&red);
		if (rc == RL_EUNSUPP) { /* not forwarded: the agent is told why */
			atomic_fetch_add(&s->m_bad, 1);
			audit_push(s, "policy", "refuse", NULL, r->agent, "compartment", e.msg, r->path);
			set_error(r, 400, "invalid_request_error", e.msg);
			return 0;
		}
		atomic_fetch_add(&s->m_fail_closed, 1);
		set_error(r, 500, "guard_error", "request redaction failed; the request was not forwarded");
		return 0;
	}
	if (changed) {
		atomic_fetch_add(&s->m_redacted_requests, 1);
		audit_push(s, "policy", "redact", NULL, r->agent, "compartment", "sensitive content redacted from the request", r->path);
		req_hash(s, r); /* of the body as sent, as a retry computes it */
		rl_buf_free(&r->body);
		r->body = red;
	} else {
		rl_buf_free(&red);
	}

	if (fwd_headers(s, r, &fh)) {
		set_error(r, 503, "guard_error", "out of memory");
		return 0;
	}
	r->t_up = rl_mono_ms();
	rc = r->w->hc ? start_builtin(s, r, &fh) : start_curl(s, r, &fh);
	fwd_free(&fh);
	if (rc) {
		set_error(r, 503, "guard_error", "cannot start the upstream request");
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
	return 0;
}

static size_t body_limit(void *ud, const char *path)
{
	worker *w = ud;
	int f;
	return is_proxy_path(path, &f) ? w->s->o.max_body : 64 * 1024;
}

/* ---- browsers ----
 * A web page can make the agent's browser (or any browser on the machine)
 * send requests to the guard: a "simple" POST with text/plain needs no
 * preflight, and with DNS rebinding the page can even read the answer;
 * with --auth env that spends the operator's key. So (issue 21):
 * - the generation endpoints take JSON bodies only (415 otherwise), which
 *   a page cannot send cross-origin without a CORS preflight;
 * - a request carrying an Origin is refused (403) unless --allow-origin
 *   names it (then CORS headers allow it), except the approval page's own
 *   same-origin form posts;
 * - the Host must be a loopback name or literal, the listen address, or an
 *   --allow-host name (DNS rebinding sends the attacker's name), unless
 *   --public is given without any --allow-host. */

/* `h` (a Host header value) without its port, into out. */
static int host_name(const char *h, char *out, size_t n)
{
	const char *end;
	size_t len;
	if (h[0] == '[') {
		end = strchr(h, ']');
		if (!end || (end[1] && end[1] != ':'))
			return -1;
		end++;
	} else {
		end = strrchr(h, ':');
		if (!end)
			end = h + strlen(h);
	}
	if (*end == ':' && (!end[1] || strspn(end + 1, "0123456789") != strlen(end + 1)))
		return -1;
	len = (size_t)(end - h);
	if (!len || len >= n)
		return -1;
	memcpy(out, h, len);
	out[len] = '\0';
	if (len > 1 && out[len - 1] == '.') /* "localhost." is localhost */
		out[len - 1] = '\0';
	return 0;
}

static int host_ok(const struct rl_guard_server *s, const hs_req *rq)
{
	const char *h = hs_req_header(rq, "Host");
	char name[256];
	struct in_addr a;
	size_t i;
	if (s->o.allow_public && !s->nhosts)
		return 1;
	if (!h)
		return rq->http_minor == 0; /* HTTP/1.1 requires Host; no browser omits it */
	if (host_name(h, name, sizeof name))
		return 0;
	if (!strcasecmp(name, "localhost") || !strcmp(name, "[::1]") || !strcasecmp(name, s->listen_host))
		return 1;
	if (inet_pton(AF_INET, name, &a) == 1 && (ntohl(a.s_addr) >> 24) == 127)
		return 1;
	for (i = 0; i < s->nhosts; i++)
		if (!strcasecmp(name, s->hosts[i]))
			return 1;
	return 0;
}

static const char *origin_allowed(const struct rl_guard_server *s, const char *origin)
{
	size_t i;
	for (i = 0; i < s->norigins; i++)
		if (!strcasecmp(origin, s->origins[i]))
			return origin;
	return NULL;
}

/* The approval page posting its own forms: Origin is this very Host. */
static int same_origin(const hs_req *rq, const char *origin)
{
	const char *h = hs_req_header(rq, "Host");
	return h && !strncasecmp(origin, "http://", 7) && !strcasecmp(origin + 7, h);
}

/* Content-Type is application/json, parameters allowed. */
static int is_json_ctype(const char *ct)
{
	size_t n;
	if (!ct)
		return 0;
	while (*ct == ' ' || *ct == '\t')
		ct++;
	n = strcspn(ct, "; \t");
	return n == 16 && !strncasecmp(ct, "application/json", 16);
}

/* Refuse per the rules above, in the route's error shape. Returns 1 when
 * the request was answered. */
static int browser_gate(struct rl_guard_server *s, req *r)
{
	const hs_req *rq = r->rq;
	const char *origin = hs_req_header(rq, "Origin");
	const char *why = NULL;
	char msg[400];
	int status = 403;

	if (!host_ok(s, rq)) {
		const char *h = hs_req_header(rq, "Host");
		snprintf(msg, sizeof msg,
			 "the Host '%.100s' is not a name this guard serves (loopback names, the listen "
			 "address, --allow-host NAME); a web page may be trying DNS rebinding",
			 h ? h : "(none)");
		why = msg;
	} else if (origin) {
		int page = !strcmp(rq->path, "/holds") || !strncmp(rq->path, "/holds/", 7);
		if ((r->cors = origin_allowed(s, origin))) {
			if (!strcmp(rq->method, "OPTIONS")) { /* CORS preflight */
				hs_hdr h[6];
				size_t n = 0;
				char allow[256];
				const char *rh = hs_req_header(rq, "Access-Control-Request-Headers");
				rl_buf b = RL_BUF_INIT;
				/* echo the asked-for header names: tokens, commas, blanks only */
				scpy(allow, sizeof allow, rh ? rh : "");
				allow[strspn(allow, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_, ")] = '\0';
				h[n++] = (hs_hdr){"Access-Control-Allow-Origin", r->cors};
				h[n++] = (hs_hdr){"Access-Control-Allow-Methods", "GET, POST, OPTIONS"};
				if (allow[0])
					h[n++] = (hs_hdr){"Access-Control-Allow-Headers", allow};
				h[n++] = (hs_hdr){"Access-Control-Max-Age", "600"};
				h[n++] = (hs_hdr){"Vary", "Origin"};
				hs_respond(r->conn, 204, h, n, &b);
				req_free(r);
				return 1;
			}
		} else if (!(page && same_origin(rq, origin))) {
			snprintf(msg, sizeof msg,
				 "requests from web pages (Origin: %.100s) are refused; start the guard with "
				 "--allow-origin ORIGIN to allow one", origin);
			why = msg;
		}
	}
	if (!why && r->kind == K_PROXY && !strcmp(rq->method, "POST") && !r->too_big &&
	    !is_json_ctype(hs_req_header(rq, "Content-Type"))) {
		status = 415;
		why = "the request body must be JSON (Content-Type: application/json)";
	}
	if (!why)
		return 0;
	atomic_fetch_add(&s->m_bad, 1);
	if (r->kind == K_PROXY) {
		set_error(r, status, status == 415 ? "invalid_request_error" : "permission_error", why);
		finish(r);
	} else {
		send_json_err(r, status, why);
	}
	return 1;
}

static void on_request(void *ud, hs_conn *c, hs_req *rq)
{
	worker *w = ud;
	struct rl_guard_server *s = w->s;
	req *r = req_new(w);

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
	rq->owner = r; /* for on_gone */
	r->body = rq->body; /* taken: redaction may replace it */
	rl_buf_init(&rq->body);
	r->too_big = rq->too_big;
	rl_buf_init(&r->up_body);
	rl_buf_init(&r->resp_body);
	rl_buf_init(&r->input);
	r->t_start = rl_mono_ms();
	r->kind = is_proxy_path(rq->path, &r->format) ? K_PROXY : K_OTHER;
	snprintf(r->path, sizeof r->path, "%s",
		 r->format == RL_GUARD_ANTHROPIC ? "/v1/messages" : "/v1/chat/completions");
	if (browser_gate(s, r))
		return;
	if (r->kind == K_OTHER) {
		if (r->too_big)
			send_json_err(r, 413, "body too large");
		else
			serve_other(s, r, rq->path, rq->method);
		return;
	}
	if (strcmp(rq->method, "POST")) {
		atomic_fetch_add(&s->m_bad, 1);
		send_json_err(r, 405, "method not allowed (POST)");
		return;
	}
	if (rq->reserve) {
		/* every agent slot is taken: this connection got in on the
		 * control plane's reserve, which agents may not use up */
		atomic_fetch_add(&s->m_busy, 1);
		snprintf(r->up_retry, sizeof r->up_retry, "1");
		set_error(r, 503, "guard_unavailable",
			  "the guard is at --max-connections; retry shortly");
		finish(r);
		return;
	}
	if (!start_proxy(s, r))
		finish(r); /* answered at once (an error, or a decided hold) */
}

/* The client left while its request waits. Upstream, the call is given up
 * at once (its connection closed): nobody will read the answer, and a model
 * call running on, billed, for up to --upstream-timeout would be outside
 * every bound. Held, the hold stays: a person may still decide it, and the
 * agent's retry collects the decision. */
static void on_gone(void *ud, hs_conn *c, hs_req *rq)
{
	worker *w = ud;
	req *r = rq->owner;
	(void)c;
	if (!r || r->state != S_UPSTREAM)
		return;
	if (r->hcr) {
		hc_cancel(r->hcr);
		r->hcr = NULL;
	} else if (r->easy) {
		curl_multi_remove_handle(w->multi, r->easy); /* closes its connection */
		curl_easy_setopt(r->easy, CURLOPT_HTTPHEADER, NULL);
		if (w->npool < sizeof w->pool / sizeof w->pool[0])
			w->pool[w->npool++] = r->easy;
		else
			curl_easy_cleanup(r->easy);
		r->easy = NULL;
	}
	curl_slist_free_all(r->hdrs);
	r->hdrs = NULL;
	inflight_del(r);
	atomic_fetch_sub(&w->s->m_inflight, 1);
	atomic_fetch_add(&w->s->m_client_gone, 1);
	/* 499 (nginx's "client closed request"): for the log; nobody reads it */
	set_error(r, 499, "client_closed", "the client closed the connection; the upstream call was cancelled");
	finish(r);
}

/* ---- start / stop ---- */

void rl_guard_server_opts_default(rl_guard_server_opts *o)
{
	memset(o, 0, sizeof *o);
	o->listen = "127.0.0.1:8787";
	o->auth = RL_GUARD_AUTH_PASSTHROUGH;
	o->openai_key_env = "OPENAI_API_KEY";
	o->anthropic_key_env = "ANTHROPIC_API_KEY";
	o->agent_header = "x-redline-agent";
	o->max_body = 8u << 20;
	o->max_response = 32u << 20;
	o->upstream_timeout_s = 600;
	o->max_connections = 4096;
	o->control_reserve = 64;
	o->idle_timeout_s = 120;
	o->header_timeout_s = 10;
	o->body_timeout_s = 60;
}

static int parse_listen(const char *l, int allow_public, struct sockaddr_in *sin, rl_err *e)
{
	char host[64];
	const char *colon = strrchr(l, ':');
	long port;
	char *end;
	if (!colon || (size_t)(colon - l) >= sizeof host)
		return rl_err_set(e, RL_EINVAL, "--listen '%s': expected HOST:PORT (e.g. 127.0.0.1:8787)", l);
	memcpy(host, l, (size_t)(colon - l));
	host[colon - l] = '\0';
	port = strtol(colon + 1, &end, 10);
	if (*end || port < 0 || port > 65535 || end == colon + 1)
		return rl_err_set(e, RL_EINVAL, "--listen '%s': port must be 0-65535", l);
	memset(sin, 0, sizeof *sin);
	sin->sin_family = AF_INET;
	sin->sin_port = htons((uint16_t)port);
	if (!strcmp(host, "localhost"))
		snprintf(host, sizeof host, "127.0.0.1");
	if (inet_pton(AF_INET, host, &sin->sin_addr) != 1)
		return rl_err_set(e, RL_EINVAL, "--listen '%s': host must be an IPv4 address", l);
	if ((ntohl(sin->sin_addr.s_addr) >> 24) != 127 && !allow_public)
		return rl_err_set(e, RL_EINVAL,
				  "--listen '%s': not a loopback address; the guard binds 127.0.0.1 unless --public is given", l);
	return 0;
}

/* Load undelivered holds so that a restart loses none of them. */
static int load_holds(struct rl_guard_server *s, rl_err *e)
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

static void server_free(struct rl_guard_server *s)
{
	hold *h, *nx;
	for (h = s->holds; h; h = nx) {
		nx = h->next;
		hold_free(h);
	}
	free(s->audit);
	for (unsigned i = 0; s->w && i < s->nw; i++) {
		worker *w = &s->w[i];
		if (w->hc)
			hc_pool_free(w->hc);
		while (w->npool)
			curl_easy_cleanup(w->pool[--w->npool]);
		if (w->multi) /* closes curl's sockets: their watches go (up_close) */
			curl_multi_cleanup(w->multi);
		if (w->loop)
			hs_loop_free(w->loop);
		free(w->socks);
		while (w->spare) {
			req *q = w->spare;
			w->spare = q->next;
			free(q);
		}
		OPENSSL_cleanse(w->last_key, sizeof w->last_key);
		pthread_mutex_destroy(&w->qmu);
	}
	free(s->w);
	hs_iplimit_free(s->iplimit);
	rl_holds_close(s->db);
	pthread_mutex_destroy(&s->mu);
	pthread_mutex_destroy(&s->dbmu);
	free(s->listen);
	free(s->up_path);
	free(s->upstream);
	free(s->token_hash);
	free(s->agent_header);
	free(s->okey_env);
	free(s->akey_env);
	free(s->db_path);
	for (size_t k = 0; k < s->norigins; k++)
		free(s->origins[k]);
	for (size_t k = 0; k < s->nhosts; k++)
		free(s->hosts[k]);
	free(s->origins);
	free(s->hosts);
	EVP_MD_free(s->sha256);
	free(s);
}

int rl_guard_server_start(const rl_guard *g, const rl_guard_server_opts *o,
			  rl_guard_server **out, rl_err *e)
{
	struct rl_guard_server *s;
	struct sockaddr_in sin;
	int rc;
	unsigned i;

	*out = NULL;
	if (!o->upstream || strncmp(o->upstream, "http", 4))
		return rl_err_set(e, RL_EINVAL, "--upstream: expected an http:// or https:// URL");
	if (!o->token || strlen(o->token) < 16)
		return rl_err_set(e, RL_EINVAL, "the approval API needs a token of at least 16 characters");
	if ((rc = parse_listen(o->listen, o->allow_public, &sin, e)))
		return rc;
	s = calloc(1, sizeof *s);
	if (!s)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	atomic_store(&s->g, g);
	s->o = *o;
	s->o.allow_origins = s->o.allow_hosts = NULL; /* borrowed: copied below */
	pthread_mutex_init(&s->mu, NULL);
	pthread_mutex_init(&s->dbmu, NULL);
	s->upstream = xdup(o->upstream);
	s->listen = xdup(o->listen);
	s->agent_header = xdup(o->agent_header);
	s->okey_env = xdup(o->openai_key_env);
	s->akey_env = xdup(o->anthropic_key_env);
	s->db_path = xdup(o->db_path);
	{
		const char *colon = strrchr(o->listen, ':');
		size_t hl = colon ? (size_t)(colon - o->listen) : 0;
		if (hl < sizeof s->listen_host) {
			memcpy(s->listen_host, o->listen, hl);
			s->listen_host[hl] = '\0';
		}
	}
	if ((o->nallow_origins && !(s->origins = calloc(o->nallow_origins, sizeof *s->origins))) ||
	    (o->nallow_hosts && !(s->hosts = calloc(o->nallow_hosts, sizeof *s->hosts)))) {
		server_free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (i = 0; i < o->nallow_origins; i++)
		if ((s->origins[i] = xdup(o->allow_origins[i])))
			s->norigins++;
	for (i = 0; i < o->nallow_hosts; i++)
		if ((s->hosts[i] = xdup(o->allow_hosts[i])))
			s->nhosts++;
	s->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
	s->token_hash = malloc(65);
	if (s->token_hash)
		token_digest(o->token, strlen(o->token), s->token_hash);
	while (s->upstream && *s->upstream && s->upstream[strlen(s->upstream) - 1] == '/')
		s->upstream[strlen(s->upstream) - 1] = '\0';
	if (s->upstream) {
		/* the path part of the base URL, for the built-in client */
		const char *h = strstr(s->upstream, "://");
		const char *slash = h ? strchr(h + 3, '/') : NULL;
		s->up_path = xdup(slash ? slash : "");
	}
	if (!s->upstream || !s->up_path || !s->listen || !s->agent_header || !s->okey_env ||
	    !s->akey_env || !s->db_path || !s->token_hash) {
		server_free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	if ((rc = rl_holds_open(o->db_path, &s->db, e)) || (rc = load_holds(s, e))) {
		server_free(s);
		return rc;
	}
	s->nw = o->threads ? o->threads : (unsigned)sysconf(_SC_NPROCESSORS_ONLN);
	if (s->nw < 1)
		s->nw = 1;
	if (s->nw > 64)
		s->nw = 64;
	if (!(s->w = calloc(s->nw, sizeof *s->w))) {
		server_free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (i = 0; i < s->nw; i++)
		pthread_mutex_init(&s->w[i].qmu, NULL);
	if (o->max_client_connections && !(s->iplimit = hs_iplimit_new(o->max_client_connections))) {
		server_free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (i = 0; i < s->nw; i++) {
		worker *w = &s->w[i];
		unsigned limit = o->max_connections / s->nw;
		unsigned reserve = (o->control_reserve + s->nw - 1) / s->nw;
		w->s = s;
		w->id = i;
		if (!(w->multi = curl_multi_init())) {
			server_free(s);
			return rl_err_set(e, RL_ENOMEM, "curl_multi_init failed");
		}
		curl_multi_setopt(w->multi, CURLMOPT_MAX_HOST_CONNECTIONS, 512L);
		curl_multi_setopt(w->multi, CURLMOPT_MAXCONNECTS, 512L);
		curl_multi_setopt(w->multi, CURLMOPT_SOCKETFUNCTION, on_up_socket);
		curl_multi_setopt(w->multi, CURLMOPT_SOCKETDATA, w);
		curl_multi_setopt(w->multi, CURLMOPT_TIMERFUNCTION, on_up_timer);
		curl_multi_setopt(w->multi, CURLMOPT_TIMERDATA, w);
		w->curl_due = -1;
		{
			/* every worker binds the port the first one got, SO_REUSEPORT
			 * spreading connections; request line and headers may take
			 * 32 KB (long bearer tokens, many extra headers) */
			hs_opts ho = {.max_header = 32 * 1024, .max_body = 64 * 1024,
				      .body_limit = body_limit, .max_conns = limit ? limit : 1u,
				      .reserve_conns = reserve,
				      .idle_timeout_s = o->idle_timeout_s,
				      .head_timeout_ms = o->header_timeout_s * 1000u,
				      .body_timeout_ms = o->body_timeout_s * 1000u,
				      .iplimit = s->iplimit, .ud = w, .on_request = on_request,
				      .on_wake = on_wake, .on_gone = on_gone};
			int lfd;
			if ((rc = hs_listen(&sin, s->nw > 1, 1024, &lfd, e))) {
				server_free(s);
				return rc;
			}
			if (i == 0) {
				struct sockaddr_in got;
				socklen_t gl = sizeof got;
				s->port = getsockname(lfd, (struct sockaddr *)&got, &gl) ? ntohs(sin.sin_port)
											  : ntohs(got.sin_port);
				sin.sin_port = htons((uint16_t)s->port);
			}
			if ((rc = hs_loop_new(lfd, &ho, &w->loop, e))) {
				server_free(s);
				return rc;
			}
			if (!strncmp(s->upstream, "http://", 7) && o->upstream_client != RL_GUARD_CLIENT_CURL) {
				hc_opts co = {.max_response = o->max_response,
					      .timeout_ms = o->upstream_timeout_s * 1000u,
					      .connect_timeout_ms = 10000, .max_idle = 512};
				if ((rc = hc_pool_new(w->loop, s->upstream, &co, &w->hc, e))) {
					server_free(s);
					return rc;
				}
			}
		}
	}
	for (i = 0; i < s->nw; i++) {
		if (pthread_create(&s->w[i].th, NULL, worker_main, &s->w[i])) {
			atomic_store(&s->stopping, 1);
			for (unsigned k = 0; k < i; k++) {
				hs_loop_wake(s->w[k].loop);
				pthread_join(s->w[k].th, NULL);
			}
			server_free(s);
			return rl_err_set(e, RL_ENOMEM, "cannot start a worker thread");
		}
		s->w[i].started = 1;
	}
	*out = s;
	return 0;
}

void rl_guard_server_set_guard(rl_guard_server *s, const rl_guard *g)
{
	atomic_store(&s->g, g);
}

unsigned rl_guard_server_port(const rl_guard_server *s)
{
	return s->port;
}

void rl_guard_server_stop(rl_guard_server *s)
{
	hold *h;
	req *q, *nx;
	unsigned i;
	int64_t until;
	if (!s)
		return;
	atomic_store(&s->stopping, 1);
	/* from here start_proxy answers new requests 503 (stopping) */
	for (i = 0; i < s->nw; i++) {
		hs_loop_wake(s->w[i].loop);
		pthread_join(s->w[i].th, NULL);
		s->w[i].started = 0;
	}
	/* the workers are gone and this thread owns the loops: accept no new
	 * connections */
	for (i = 0; i < s->nw; i++)
		hs_loop_close_listener(s->w[i].loop);
	/* answer everyone still waiting; their holds stay pending in the DB */
	pthread_mutex_lock(&s->mu);
	for (h = s->holds; h; h = h->next) {
		for (q = h->waiters; q; q = nx) {
			nx = q->next;
			q->next = NULL;
			set_error(q, 503, "guard_unavailable",
				  "the guard is restarting; the hold stays pending: send the same request again");
			finish_remote(q);
		}
		h->waiters = NULL;
	}
	pthread_mutex_unlock(&s->mu);
	/* requests still upstream */
	for (i = 0; i < s->nw; i++) {
		for (q = s->w[i].inflight; q; q = nx) {
			nx = q->fnext;
			if (q->hcr) {
				hc_cancel(q->hcr);
				q->hcr = NULL;
			} else {
				curl_multi_remove_handle(s->w[i].multi, q->easy);
				curl_easy_cleanup(q->easy);
				q->easy = NULL;
			}
			set_error(q, 503, "guard_unavailable", "the guard is shutting down");
			finish_remote(q);
		}
		s->w[i].inflight = NULL;
	}
	audit_flush(s);
	/* the worker threads are gone: run the loops here a moment so the
	 * answers above are written (on_wake), then stop */
	until = rl_mono_ms() + 200;
	while (rl_mono_ms() < until) {
		size_t open = 0, waiting = 0, o, wt;
		for (i = 0; i < s->nw; i++) {
			hs_loop_run(s->w[i].loop, 0);
			hs_loop_counts(s->w[i].loop, &o, &wt);
			open += o;
			waiting += wt;
		}
		if (!waiting && !open)
			break;
		usleep(2000);
	}
	server_free(s);
}
