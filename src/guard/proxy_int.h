/* proxy_int.h: what the files of `redline guard serve` share (internal to
 * src/guard; the public face is guard/proxy.h). The server is split by
 * concept:
 *   proxy.c            the request life cycle: RECV -> UPSTREAM -> (HELD ->) DONE
 *   proxy_server.c     start, stop, the worker set-up (server life cycle)
 *   proxy_upstream.c   libcurl / built-in client (hcli) glue, header forwarding,
 *                      the worker's event loop
 *   proxy_holds.c      the hold life cycle and its persistence
 *   proxy_approvals.c  the approval page and API, /metrics, /healthz routes
 *   proxy_gate.c       the browser gate (Host, Origin, Content-Type checks)
 *   proxy_metrics.c    the Prometheus text
 *   proxy_audit.c      the audit queue (flushed to the hold store)
 *   proxy_pass.c       endpoints that are not generation calls, passed through
 *   proxy_stream.c     streamed answers released as they arrive, held streams' comments
 * Cross-file internals carry the gp_ prefix; everything else stays static.
 *
 * Locking: `mu` guards the hold list, the work queue and the audit queue;
 * `dbmu` guards the SQLite handle. Never take `mu` while holding `dbmu`. */
#ifndef RL_GUARD_PROXY_INT_H
#define RL_GUARD_PROXY_INT_H

#include <curl/curl.h>
#include <jansson.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>

#include "base/util.h"
#include "guard/eval.h"
#include "guard/hcli.h"
#include "guard/holder.h"
#include "guard/hsrv.h"
#include "guard/mcpctx.h"
#include "guard/proxy.h"
#include "guard/wire.h"
#include "store/holds.h"

enum { S_RECV, S_UPSTREAM, S_HELD, S_DONE };
enum { K_PROXY, K_OTHER, K_MCP };
/* rl_hold_rec.format of a held MCP tools/call (proxy_mcp.c): its waiters
 * are MCP requests, answered by running the call, not by a stored answer */
#define GP_FMT_MCP 16

typedef struct hold hold;
typedef struct req req;
typedef struct worker worker;
typedef struct gs_state gs_state; /* proxy_stream.c */

struct req {
	struct rl_guard_server *s;
	worker *w; /* the worker whose loop owns the connection */
	hs_conn *conn;
	hs_req *rq;       /* the request as parsed: valid until answered */
	const char *cors; /* the allowed Origin to echo in CORS headers (points into rq), or NULL */
	int kind, format, state, stream, too_big;
	int pass; /* a pass-through endpoint: its GP_PASS_* + 1, else 0 */
	char path[64];
	char agent[128];      /* label for logs and audit */
	char agent_name[128]; /* the agent's name for the policy ("" none): see agent_of */
	char key_sha[65];     /* sha256 of the client's key ("" without one) */
	const char **hv;      /* request headers (name, value, ...) for policy scoping,
			       * pointing into rq */
	size_t nhv;
	rl_buf input; /* the last request message's text, for input rules */
	char req_hash[65];
	rl_buf body;
	int body_valid; /* body is as rl_json_valid accepted it (ge_req.valid) */
	/* upstream */
	CURL *easy;              /* libcurl's transfer, or */
	hc_req *hcr;             /* the built-in client's (one of the two while UPSTREAM) */
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
	gh_ref *pref;       /* the policy this request is judged by, from its
			     * start to its answer (a reload does not change
			     * it), or NULL (a fixed guard, no holder) */
	const rl_guard *g;  /* that policy: see gp_req_guard */
	void *mcp;          /* K_MCP: the gateway's state (proxy_mcp.c) */
	req *next;          /* work queue / hold waiters */
	req *fprev, *fnext; /* the worker's in-flight list (its thread only) */
	gs_state *st;       /* a streamed answer's release state, or NULL */
};

struct hold {
	rl_hold_rec rec; /* owns response, verdict, summary */
	req *waiters;
	hold *next;
};

enum { M_ALLOW, M_REDACT, M_HOLD, M_BLOCK, M_NACT };
/* The pass-through endpoints (proxy_pass.c), in /metrics' label order. */
enum {
	GP_PASS_MODELS,
	GP_PASS_EMBEDDINGS,
	GP_PASS_COUNT_TOKENS,
	GP_PASS_INPUT_TOKENS,
	GP_PASS_MODERATIONS,
	GP_PASS_FILES,
	GP_PASS_N
};
static const char *const hist_name[] = {"eval", "upstream"};
static const double hist_le[] = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
				 0.05,   0.1,     0.5,    1,     5,      30};
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
	hc_pool *hc;      /* plain-HTTP upstreams: the built-in client (NULL: curl) */
	hc_pool **mhc;    /* per --mcp route, the same for http:// MCP servers */
	int64_t curl_due; /* curl's timer (rl_mono_ms), -1 for none */
	upsock *socks;    /* indexed by descriptor */
	int nsocks;
	pthread_mutex_t qmu; /* guards doneq: answers made on other threads */
	req *doneq;
	req *spare; /* freed request structs for reuse (req_new) */
	size_t nspare;
	char last_key[256]; /* the last client key seen, and its digest (key_digest) */
	size_t last_key_len;
	char last_sha[65];
	pthread_t th;
	int started;
	req *inflight;   /* this worker's upstream requests */
	req *sheld;      /* its held streams (proxy_stream.c: keep-alive comments) */
	req *mheld;      /* its held MCP calls (proxy_mcp.c: keep-alive comments) */
	CURL *pool[128]; /* reset easy handles for reuse: saves their buffers'
			  * allocation per request */
	size_t npool;
	CURL *mpool[32]; /* the same for MCP POSTs (proxy_mcp.c: its own options) */
	size_t nmpool;
	struct mcpx *mspare; /* freed MCP request states for reuse (proxy_mcp.c):
			      * a calloc of one per call cost ~3k instructions */
	size_t nmspare;
};

struct rl_guard_server {
	_Atomic(const rl_guard *) g; /* NULL while the policy is still compiling */
	_Atomic(gh_holder *) holder; /* set instead of g: a policy that can be
				      * reloaded (guard/holder.h) */
	rl_guard_server_opts o;
	char *up_path; /* the upstream URL's path part, for the built-in client */
	char *listen, *upstream, *token_hash, *agent_header, *okey_env, *akey_env, *db_path;
	char listen_host[64];    /* the listen address's host part, for the Host check */
	char **origins, **hosts; /* --allow-origin, --allow-host (copies) */
	size_t norigins, nhosts;
	worker *w;
	unsigned nw;
	unsigned port;
	atomic_int stopping;
	pthread_mutex_t mu, dbmu;
	hold *holds; /* undelivered holds */
	size_t npending;
	rl_audit_rec *audit;
	size_t naudit, capaudit;
	rl_holds *db;
	hs_iplimit *iplimit; /* connections per client address, all workers */
	int64_t last_db_check;
	atomic_int db_down; /* shared (PostgreSQL) store unreachable: fail closed */
	int shared_db;      /* holds are shared with other replicas */
	/* metrics */
	atomic_ulong m_req[3][M_NACT], m_bad, m_upstream_err, m_upstream_status, m_fail_closed;
	atomic_ulong m_decided[3]; /* approved, denied, timeout */
	atomic_ulong m_redacted_requests, m_inflight, m_client_gone, m_busy;
	atomic_ulong m_pass[GP_PASS_N]; /* pass-through answers, by endpoint */
	hist h[2];
	char **mcp_names, **mcp_urls; /* --mcp NAME=URL routes (copies) */
	size_t nmcp;
	atomic_ulong m_mcp[M_NACT]; /* MCP tools/call verdicts */
	mcp_ctx *mctx;              /* the MCP sessions' recent calls and results (NULL
				     * without --mcp, or out of memory) */
	/* SHA-256 fetched once: EVP_Digest(.., EVP_sha256()) looks the
	 * algorithm up on every call (OpenSSL 3), a third of hashing a
	 * request; a fetched EVP_MD is read-only, shared by the workers. */
	EVP_MD *sha256;
};

/* The headers that go upstream, as name/value pairs (values may hold a
 * key: gp_fwd_free wipes the one the guard formats itself). */
#define RL_FWD_MAX 96 /* headers forwarded at most (the rest are dropped) */
typedef struct fwd {
	const char *name[RL_FWD_MAX], *val[RL_FWD_MAX];
	size_t n;
	char *bearer; /* "Bearer <env key>", owned */
} fwd;

/* ---- small helpers (header-inline: hot, tiny) ---- */

/* Copy `src` into `dst` (`cap` bytes), cut and NUL-terminated: what
 * snprintf(dst, cap, "%s", src) does, without the format machinery, which
 * was a tenth of the guard's own work per request (the audit record alone
 * copies seven strings). */
static inline void gp_scpy(char *dst, size_t cap, const char *src)
{
	size_t n = strnlen(src, cap - 1);
	memcpy(dst, src, n);
	dst[n] = '\0';
}

static inline char *gp_xdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* ---- proxy.c: the request life cycle ---- */

/* SHA-256 hex of a token (the approval token is stored only as this). */
void gp_token_digest(const char *tok, size_t n, char out[65]);
/* Whether `given` is the approval token (constant time). */
int gp_token_ok(const struct rl_guard_server *s, const char *given);
/* The approval page's session (proxy_session.c): a new signed cookie
 * value; the valid rl_session cookie of `rq` (1, copied to out) or 0; the
 * session's CSRF token (64 hex), and its constant-time check. */
int gp_session_new(const struct rl_guard_server *s, char *out, size_t n);
int gp_session_get(const struct rl_guard_server *s, const hs_req *rq, char *out, size_t n);
int gp_session_csrf(const struct rl_guard_server *s, const char *session, char out[65]);
int gp_session_csrf_ok(const struct rl_guard_server *s, const char *session, const char *given);
/* Set r's answer; takes `body`. Marks r DONE; does not send. */
/* An upstream transfer ended: free its headers; on `err`, count it, log it
 * and set r's answer to a 502 (504 when timed out) and return 1. */
int gp_upstream_failed(struct rl_guard_server *s, req *r, const char *err, int timed_out);
void gp_set_answer(req *r, int status, const char *ctype, rl_buf *body /* taken */);
/* Set r's answer to an error body in r's wire format. Does not send. */
void gp_set_error(req *r, int status, const char *type, const char *msg);
/* Take r off / put r on its worker's in-flight list (its thread only). */
void gp_inflight_del(req *r);
void gp_inflight_add(req *r);
/* Name the agent of r (see agent_of in proxy.c); -1: a name bound to
 * keys claimed without one (refuse). */
int gp_agent_of(struct rl_guard_server *s, req *r);
/* The answer is ready, on the thread of r's worker: write it and free r. */
void gp_finish(req *r);
/* The answer is ready on another thread: queue r for its worker (on_wake). */
void gp_finish_remote(req *r);
/* Fill r->req_hash (agent, path, body) once; later calls do nothing. */
void gp_req_hash(struct rl_guard_server *s, req *r);
/* Evaluate an upstream answer (or transport error `err`) and set r's
 * answer, or park r on a new hold (r->state becomes S_HELD). */
void gp_on_upstream_done(struct rl_guard_server *s, req *r, const char *err, int timed_out);
/* Return r to its worker's spare list (or free it) with its buffers. */
void gp_req_free(req *r);
/* The policy `r` is judged by: taken from the holder at the first call
 * and kept until the request is freed; NULL while none is loaded. */
const rl_guard *gp_req_guard(req *r);
/* Answer a non-proxy route with `body` (taken) and free r; `extra_sec`
 * adds the approval page's security headers. Returns 0. */
int gp_send_buf(req *r, int status, const char *ctype, rl_buf *body, int extra_sec);
/* gp_send_buf with a constant text. */
int gp_send_text(req *r, int status, const char *ctype, const char *text);
/* gp_send_buf with {"error": msg}. */
int gp_send_json_err(req *r, int status, const char *msg);
/* Write a proxied request's answer (set before) and free r. */
void gp_respond_proxy(req *r);
/* hs_opts callbacks: the body limit by path, a parsed request, a client
 * that left while its request waits. `ud` is the worker. */
size_t gp_body_limit(void *ud, const char *path);
void gp_on_request(void *ud, hs_conn *c, hs_req *rq);
void gp_on_gone(void *ud, hs_conn *c, hs_req *rq);

/* ---- proxy_stream.c ---- */

/* libcurl's write callback for a streamed request: keeps the bytes (as
 * for any answer, bounded by max_response) and releases what is safe. */
size_t gp_stream_data(req *r, const char *p, size_t n);
/* hs_opts.on_drain: a slow client took what waited; resume the upstream. */
void gp_on_drain(void *ud, hs_conn *c, hs_req *rq);
/* Whether r's head went out as a stream (then gp_stream_finish answers it). */
int gp_stream_started(const req *r);
/* Write the rest of a started stream from r's answer, end it, free r. */
void gp_stream_finish(req *r);
/* r (streamed) was just held: comments name the hold until it is decided. */
void gp_stream_hold(req *r);
/* The worker's held streams whose next comment is due. */
void gp_stream_beats(worker *w);
/* What the release reads of stream `s` (the fuzzer's view): the text of
 * the events before the first one that must wait for the end, appended
 * to `tc` (answer) and `tr` (reasoning) as the release counts it.
 * Returns the bytes of those events. */
size_t gp_stream_scan(int format, const char *s, size_t n, rl_buf *tc, rl_buf *tr);
/* Free r's release state (gp_req_free). */
void gp_stream_free(req *r);

/* ---- proxy_mcp.c: the --mcp gateway routes ---- */

/* Serve r when it is an MCP route (or a model route without --upstream);
 * returns 1 when r was taken (answered now or later), 0 otherwise. */
int gp_mcp_route(struct rl_guard_server *s, req *r);
/* The MCP transfer of r ended (ok: without a transport error). */
void gp_mcp_done(struct rl_guard_server *s, req *r, int ok);
/* r's client left while its MCP transfer runs. */
void gp_mcp_gone(struct rl_guard_server *s, req *r);
/* hs_opts.on_drain: resume a paused MCP stream. */
void gp_mcp_on_drain(void *ud, hs_conn *c, hs_req *rq);
/* Hold h (format GP_FMT_MCP) was decided: queue its waiter r for its
 * worker (called with `mu` held, from hold_deliver). */
void gp_mcp_decided(req *r, const hold *h);
/* On r's worker (gp_on_wake): run the approved call, or answer the
 * denial, or (no decision: the guard stops) say the hold stays pending. */
void gp_mcp_resume(req *r);
/* The worker's held MCP calls whose keep-alive is due. */
void gp_mcp_beats(worker *w);
/* Free the worker's spare MCP request states (at shutdown). */
void gp_mx_spares_free(worker *w);

/* ---- proxy_audit.c ---- */

/* Queue an audit record (any thread; takes `mu`). Drops it, logged, on OOM. */
void gp_audit_push(struct rl_guard_server *s, const char *who, const char *what,
		   const char *hold_id, const char *agent, const char *rule, const char *reason,
		   const char *detail);
/* Write the queued records to the store (takes `mu`, then `dbmu`). */
void gp_audit_flush(struct rl_guard_server *s);

/* ---- proxy_holds.c ---- */

/* A verdict as JSON (malloc'd) and back: holds outlive the process. */
char *gp_verdict_json(const rl_guard_verdict *v);
int gp_verdict_parse(const char *js, rl_guard_verdict *v);
/* The held items for people as a JSON array (malloc'd). */
char *gp_hold_summary(const req *rq, const gw_resp *r, const rl_guard_verdict *v);
/* Whether the verdict changes the response at all. */
int gp_verdict_changes(const rl_guard_verdict *v, int deny_holds);
/* Build the client's answer from the upstream body `raw` and a verdict;
 * `raw` is copied untouched when nothing must change. */
int gp_render(int format, int stream, const char *raw, size_t n, const rl_guard_verdict *v,
	      int deny_holds, int *status, rl_buf *out, char *ctype, size_t ctn, rl_err *e);
/* The undelivered hold with this id or request hash, or NULL. Caller holds `mu`. */
hold *gp_hold_find(struct rl_guard_server *s, const char *id, const char *hash);
hold *gp_hold_adopt(struct rl_guard_server *s, const char *hash);
/* Take h off the hold list. Caller holds `mu`. */
void gp_hold_unlink(struct rl_guard_server *s, hold *h);
void gp_hold_free(hold *h);
/* Decide a hold (any thread; takes neither lock on entry). `db_done`: the
 * decision is already stored. Returns 0, RL_ENOTFOUND or RL_EEXIST. */
int gp_hold_decide(struct rl_guard_server *s, const char *id, int status, const char *who,
		   const char *note, int db_done, rl_err *e);
/* Pick up holds decided by another process (the CLI writing the DB). */
void gp_poll_db(struct rl_guard_server *s);
/* Decide the pending holds past their deadline by their timeout action. */
void gp_check_timeouts(struct rl_guard_server *s);
/* Load the undelivered holds at start (before the workers run). */
int gp_load_holds(struct rl_guard_server *s, rl_err *e);

/* ---- proxy_approvals.c ---- */

/* The bearer token of a request, or NULL. */
const char *gp_bearer(const hs_req *rq);
/* Answer a route other than the proxy's (/metrics, /healthz, /api/holds...,
 * /holds) and free r. Returns 0. */
int gp_serve_other(struct rl_guard_server *s, req *r, const char *url, const char *method);

/* ---- proxy_gate.c ---- */

/* Refuse what a web page may have sent (Host, Origin, Content-Type rules),
 * in the route's error shape. Returns 1 when r was answered (and freed). */
int gp_browser_gate(struct rl_guard_server *s, req *r);

/* ---- proxy_pass.c ---- */

/* The GP_PASS_* endpoint `path` is, its error shape in *format; -1 for
 * any other path (also one that could name another path upstream). */
int gp_pass_route(const char *path, int *format);
/* Forward pass-through request r (r->format set) unevaluated; r is
 * answered now (an error) or waits UPSTREAM. Returns 0. */
int gp_pass_start(struct rl_guard_server *s, req *r, int route);
/* Its upstream answer (or transport error `err`): relayed unchanged. */
void gp_pass_done(struct rl_guard_server *s, req *r, const char *err, int timed_out);
extern const char *const gp_pass_label[GP_PASS_N];

/* ---- proxy_metrics.c ---- */

/* Append the Prometheus text exposition of the server's counters to b. */
void gp_metrics_text(struct rl_guard_server *s, rl_buf *b);

/* ---- proxy_upstream.c ---- */

/* The headers that go upstream for r; free with gp_fwd_free (wipes keys). */
int gp_fwd_headers(const struct rl_guard_server *s, const req *r, fwd *f);
void gp_fwd_free(fwd *f);
/* A libcurl handle set up for the worker's loop (its sockets, timeouts). */
CURL *gp_easy_new(worker *w);
/* Start r's upstream transfer with libcurl / the built-in client. 0: r
 * now waits UPSTREAM; otherwise an error code (r is not yet answered). */
int gp_start_curl(struct rl_guard_server *s, req *r, const fwd *f);
int gp_start_builtin(struct rl_guard_server *s, req *r, const fwd *f);
/* The upstream URL of `path` under `base` (pass-through requests). */
void gp_upstream_target(const char *base, const char *path, rl_buf *out);
/* curl multi callbacks (CURLMOPT_SOCKETFUNCTION, _TIMERFUNCTION); ud is the worker. */
int gp_on_up_socket(CURL *easy, curl_socket_t fd, int what, void *ud, void *sockp);
int gp_on_up_timer(CURLM *m, long ms, void *ud);
/* hs_opts.on_wake: write the answers queued by gp_finish_remote. */
void gp_on_wake(void *ud);
/* A worker thread's loop, until the server stops. */
void *gp_worker_main(void *arg);

#endif
