/* guard/hcli.h: the guard's upstream client for plain-HTTP upstreams (a
 * local model server, a sidecar, an egress gateway): HTTP/1.1 keep-alive
 * connections pooled per worker loop (guard/hsrv.h), a request written in
 * one system call, the response parsed by http-parser. TLS upstreams keep
 * going through libcurl (proxy.c).
 *
 * Why not libcurl for these too: measured under the guard benchmark,
 * libcurl 7.88's per-transfer work (easy-handle set-up, URL parsing,
 * header formatting, the connection cache's liveness poll of every reused
 * connection and a poll per transfer in its read loop) came to more
 * instructions per request than the whole rest of the proxy, and two
 * extra system calls; a pooled keep-alive POST needs none of it.
 *
 * A request either gets its answer whole (hc_post: the model route) or,
 * with an hc_stream, as it arrives: the head once, then the decoded body
 * (chunked or Content-Length or close-delimited) in pieces, with reading
 * paused while the receiver cannot take more (the MCP route's SSE relay).
 * Measured for that route (bench_mcp.sh, tools/call, default policy):
 * libcurl's transfer cost about 100,000 instructions per call of the
 * route's 327,000 (callgrind), and the guard spent 3.2x nginx's CPU per
 * call; this client does the same exchange with one send and one recv.
 *
 * Threading: a pool belongs to its loop's thread; call everything there. */
#ifndef RL_GUARD_HCLI_H
#define RL_GUARD_HCLI_H

#include <stddef.h>

#include "guard/hsrv.h"
#include "redline/buf.h"
#include "redline/err.h"

typedef struct hc_pool hc_pool;
typedef struct hc_req hc_req;

typedef struct hc_opts {
	size_t max_response; /* body bound; over it the request fails HC_ETOOBIG */
	unsigned timeout_ms; /* whole request, from hc_post to the last byte */
	unsigned connect_timeout_ms;
	unsigned max_idle; /* idle connections kept per pool */
} hc_opts;

enum {
	HC_OK = 0,
	HC_ECONNECT, /* could not connect (refused, unreachable, connect timeout) */
	HC_ETIMEOUT, /* no complete answer within timeout_ms */
	HC_ETOOBIG,  /* the body passed max_response */
	HC_EPROTO,   /* not a valid HTTP/1.x response */
	HC_EIO,      /* the connection failed or closed early */
	HC_ESTOPPED, /* the stream's receiver stopped it (hc_stream.body) */
};

typedef struct hc_result {
	int err;            /* HC_OK or an HC_E* */
	const char *errmsg; /* static text for logs and 502 bodies, "" when err is 0 */
	int status;         /* HTTP status */
	char ctype[128];    /* Content-Type, "" without one */
	char reqid[128];    /* x-request-id, else request-id */
	char retry[32];     /* Retry-After */
	rl_buf body;        /* decoded (chunked too); the callback may take it */
} hc_result;

/* Called exactly once per hc_post that returned 0, on the loop's thread,
 * never from inside hc_post itself; `res` lives for the call only. */
typedef void (*hc_done_fn)(void *ud, hc_result *res);

/* A pool for `url` ("http://host[:port]", any path part ignored; the host
 * is resolved now, once). */
int hc_pool_new(hs_loop *l, const char *url, const hc_opts *o, hc_pool **out, rl_err *e);

/* Cancel every request in flight (their callbacks are not called) and
 * close every connection. */
void hc_pool_free(hc_pool *p);

/* POST `path` with the header lines `hdrs` ("Name: value\r\n" each; the
 * client adds Host, Content-Length and nothing else) and `body`. Both are
 * copied or sent before hc_post returns or kept by the client until done.
 * A request that fails on a reused keep-alive connection before any byte of
 * the answer arrived is retried once on a new connection (the upstream may
 * have closed it while idle). Returns 0 (done will be called) or RL_ENOMEM;
 * *out (may be NULL) identifies it for hc_cancel. */
int hc_post(hc_pool *p, const char *path, const char *hdrs, size_t hn, const char *body, size_t bn,
	    hc_done_fn done, void *ud, hc_req **out);

/* Streaming answers. The upstream's bytes are bounded here as in whole
 * mode (a response head of at most HC_STREAM_MAX_HEAD bytes and
 * HC_STREAM_MAX_FIELDS header lines; at most HC_STREAM_MAX_GAP bytes of
 * framing, such as chunk-size lines with their extensions and trailers,
 * between two pieces of body: past either, HC_EPROTO); how much body the
 * receiver keeps is its own bound (max_response does not apply). */
#define HC_STREAM_MAX_HEAD (32 * 1024)
#define HC_STREAM_MAX_FIELDS 64
#define HC_STREAM_MAX_GAP (64 * 1024)
enum { HC_GO = 0, HC_PAUSE = 1, HC_STOP = 2 };
typedef struct hc_stream {
	/* the final (non-1xx) head: res->status, ctype, reqid, retry are set;
	 * hv holds every header line as name, value pairs (nh pairs; values
	 * without control bytes). HC_STOP ends the request (HC_ESTOPPED). */
	int (*head)(void *ud, const hc_result *res, const char *const *hv, size_t nh);
	/* a piece of the decoded body, taken by the receiver: HC_GO, HC_PAUSE
	 * (read nothing more from the upstream until hc_resume) or HC_STOP */
	int (*body)(void *ud, const char *p, size_t n);
} hc_stream;

typedef struct hc_call {
	const char *method; /* NULL: POST */
	const char *path;
	const char *hdrs; /* "Name: value\r\n" lines, as for hc_post */
	size_t hn;
	const char *body; /* sent with Content-Length for a POST, PUT or PATCH, or
			   * when bn > 0 */
	size_t bn;
	const hc_stream *stream; /* NULL: the body whole, in res.body */
	int no_timeout;          /* no timeout_ms (a stream lasting as long as its reader) */
} hc_call;

/* hc_post with any method and, with c->stream, the answer as it arrives:
 * `done` still ends every request (res.body stays empty in stream mode).
 * Callbacks run on the loop's thread, never from inside hc_send. */
int hc_send(hc_pool *p, const hc_call *c, hc_done_fn done, void *ud, hc_req **out);

/* Read again after an HC_PAUSE (no-op otherwise). */
void hc_resume(hc_req *r);

/* Give up a request: its connection is closed and done is not called. */
void hc_cancel(hc_req *r);

/* Call after every hs_loop_run: finishes requests that failed before any
 * I/O (a refused connect) and, at most every 100 ms, enforces timeouts.
 * Cheap when there is nothing to do. */
void hc_pool_tick(hc_pool *p);

/* Requests in flight, connections open (busy + idle). */
void hc_pool_counts(const hc_pool *p, size_t *inflight, size_t *conns);

#endif
