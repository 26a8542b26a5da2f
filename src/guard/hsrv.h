/* guard/hsrv.h: the guard's HTTP/1.1 server: one epoll loop per worker
 * thread that owns its listening socket, its client connections and any
 * other descriptor the worker watches (libcurl's sockets), with requests
 * parsed by http-parser (Debian libhttp-parser).
 *
 * Why not libmicrohttpd, which the guard used first: a proxied request
 * waits on its upstream, so MHD had to suspend and resume the connection,
 * which costs an epoll_ctl pair, reads until EAGAIN (edge-triggered) and a
 * zeroed 32 KB pool per request: ten system calls per request where a
 * proxy needs four, which kept the guard at 0.6x nginx (README,
 * Benchmarks). Here a connection whose request is unanswered simply stays
 * in the epoll set (level-triggered) and costs nothing until its answer is
 * written; the HTTP grammar itself is http-parser's, not ours.
 *
 * Threading: a loop and its connections belong to the thread that calls
 * hs_loop_run; every function here except hs_loop_wake is called on that
 * thread only. */
#ifndef RL_GUARD_HSRV_H
#define RL_GUARD_HSRV_H

#include <netinet/in.h>
#include <stddef.h>

#include "redline/buf.h"
#include "redline/err.h"

typedef struct hs_loop hs_loop;
typedef struct hs_iplimit hs_iplimit;
typedef struct hs_conn hs_conn;
typedef struct hs_watch hs_watch;

/* One request, complete. Every pointer stays valid until the request is
 * answered (hs_respond), however long that takes: a handler may keep them
 * in its own per-request state instead of copying. */
typedef struct hs_req {
	const char *method;    /* "GET", "POST", ... */
	const char *path;      /* the URL before any '?', as sent */
	const char *query;     /* after the '?', "" without one */
	const char *const *hv; /* name, value, name, value, ... as sent (values
				* without surrounding blanks), NUL-terminated */
	size_t nhv;            /* number of headers (pairs: hv has 2 * nhv) */
	rl_buf body;           /* decoded (chunked too); the handler may take
				* it (move it out and rl_buf_init this one) */
	int too_big;           /* the body passed the limit: `body` is empty, the
				* connection closes after the answer */
	int http_minor;        /* HTTP/1.0 or 1.1 */
	int reserve;           /* the connection came in over max_conns, into the
				* reserve: serve only what must never starve
				* (health, metrics, approvals); it closes after
				* the answer */
	void *owner;           /* the handler's own pointer for this request
				* (NULL until it sets one); on_gone hands it back */
} hs_req;

typedef struct hs_opts {
	size_t max_header; /* request line plus headers, bytes (431 above it) */
	size_t max_body;   /* body bound for paths that body_limit does not name */
	/* optional: a path's own bound (the proxy path takes megabytes, the
	 * approval API kilobytes); returns 0 for "max_body" */
	size_t (*body_limit)(void *ud, const char *path);
	unsigned max_conns;       /* this loop's bound for ordinary connections */
	unsigned reserve_conns;   /* more connections accepted over max_conns, each
				   * marked hs_req.reserve. When all are taken, a new
				   * connection evicts the oldest one that holds no
				   * request (idle, or still sending its head or body);
				   * when there is none, it is closed at once */
	unsigned idle_timeout_s;  /* a connection between requests, or not reading
				   * its answer, that makes no progress this long is
				   * closed */
	unsigned head_timeout_ms; /* a request head (line and headers) must arrive
				   * within this from its first byte (from accept
				   * for a new connection): 408, closed; 0 none */
	unsigned body_timeout_ms; /* a request body must arrive within this from
				   * the end of its head: 408, closed; 0 none */
	hs_iplimit *iplimit;      /* optional, shared by loops: connections per
				   * client address (over it: closed at once) */
	void *ud;
	/* A complete request. The connection reads no further request until
	 * this one is answered, now or later, on this thread (hs_respond),
	 * exactly once. A client that goes away meanwhile is noticed then: its
	 * answer is dropped, and the handler never needs to know. */
	void (*on_request)(void *ud, hs_conn *c, hs_req *rq);
	/* optional: hs_loop_wake was called (from any thread) */
	void (*on_wake)(void *ud);
	/* optional: the client of an unanswered request went away (closed or
	 * reset its connection; like nginx, a half-close counts as leaving).
	 * Called once per request; the request must still be answered with
	 * hs_respond (now or later: the answer is dropped), e.g. after giving
	 * up work done on its behalf. */
	void (*on_gone)(void *ud, hs_conn *c, hs_req *rq);
	/* optional, streamed answers: the bytes queued by hs_stream_send are
	 * all written after some had to wait for the client to read; a
	 * producer that paused on hs_stream_queued() may send again. */
	void (*on_drain)(void *ud, hs_conn *c, hs_req *rq);
	size_t stream_max; /* bound of a streamed answer's queued bytes
			    * (0: HS_STREAM_MAX) */
	int parser_only;   /* tests: every request through http-parser, none
			    * through the fast reader (hsrv_parse.c) */
} hs_opts;

/* Connections per client address, counted across every loop that shares
 * it (thread-safe); `max` 0 means no bound. Free it after the loops. */
hs_iplimit *hs_iplimit_new(unsigned max);
void hs_iplimit_free(hs_iplimit *ip);

/* A listening TCP socket on `sin` (non-blocking, close-on-exec; with
 * `reuseport`, SO_REUSEPORT so that every worker binds the same port and
 * the kernel spreads connections). */
int hs_listen(const struct sockaddr_in *sin, int reuseport, int backlog, int *fd, rl_err *e);

/* A loop over the listening socket `lfd` (taken: the loop closes it). */
int hs_loop_new(int lfd, const hs_opts *o, hs_loop **out, rl_err *e);

/* Wait up to `timeout_ms` (-1: no limit) for events, handle them, return
 * how many there were (0 on timeout), or a negative RL_E* on failure of
 * the epoll set itself. */
int hs_loop_run(hs_loop *l, int timeout_ms);

/* Serve an already connected socket `fd` (taken) as if accepted: for
 * tests and the fuzz target, which drive a loop over a socketpair. */
int hs_loop_adopt(hs_loop *l, int fd);

/* Any thread: make hs_loop_run return soon and call on_wake. */
void hs_loop_wake(hs_loop *l);

/* Stop accepting: the listening socket is closed; connections stay. */
void hs_loop_close_listener(hs_loop *l);

/* Close every connection (unanswered requests lose their answer), close
 * the listener, free the loop. Watches must be deleted first. */
void hs_loop_free(hs_loop *l);

/* Connections open now, and those with an unanswered request. */
void hs_loop_counts(const hs_loop *l, size_t *open, size_t *waiting);
/* Requests the loop read without http-parser (hsrv_parse.c; tests). */
size_t hs_loop_fast_reads(const hs_loop *l);

/* ---- answers ---- */

typedef struct hs_hdr {
	const char *name, *value;
} hs_hdr;

/* Answer `c`'s current request: status line, `h` (values must not contain
 * CR or LF: such a header is left out), Date, Content-Length (a HEAD
 * request gets no body) and Connection: close when the connection ends
 * after it (HTTP/1.0 without keep-alive, the client asked, too_big, or
 * the loop is closing). Takes `body`'s bytes. Written at once when the
 * socket takes it, else as it drains. Returns 0, or RL_EINVAL when `c`
 * has no unanswered request (a bug in the caller). */
int hs_respond(hs_conn *c, int status, const hs_hdr *h, size_t nh, rl_buf *body);

/* ---- streamed answers ----
 *
 * For an answer whose body is not known when it starts (server-sent
 * events relayed as they arrive):
 *
 *   hs_stream_start(c, 200, h, nh);     head now: chunked for HTTP/1.1;
 *                                       HTTP/1.0 gets no length and
 *                                       Connection: close (the close ends it)
 *   hs_stream_send(c, p, n);            one chunk, written as the socket takes it
 *   hs_stream_end(c, 1);                last chunk; the request is answered
 *
 * Until hs_stream_end the request stays unanswered: its hs_req stays
 * valid, it counts as waiting, and on_gone is called once if the client
 * goes away (closes, resets, fails a write, or does not read for
 * idle_timeout_s while bytes wait). After on_gone sends return RL_ENET and
 * drop their bytes; the stream must still be ended. Back-pressure: the
 * connection queues at most hs_opts.stream_max bytes (0: HS_STREAM_MAX;
 * one send into an empty queue is always taken whatever its size); a send
 * past the bound takes nothing and returns RL_ELIMIT. A producer that can
 * wait (a paused upstream) stops while hs_stream_queued() is not 0 and
 * goes on in on_drain. A HEAD request gets the head only (sends are
 * dropped). hs_respond on a streaming request is RL_EINVAL. */
#define HS_STREAM_MAX (256 * 1024)

/* Start the answer of `c`'s current request: status line, `h` (as
 * hs_respond: values with CR or LF are left out), Date, and the framing
 * above. 0, or RL_EINVAL when `c` has no unanswered request or already
 * streams. */
int hs_stream_start(hs_conn *c, int status, const hs_hdr *h, size_t nh);

/* Queue `n` bytes (0 is a no-op: an empty chunk would end the body) and
 * write what the socket takes now. 0; RL_ELIMIT (nothing taken: wait for
 * on_drain); RL_ENET (the client is gone: dropped); RL_ENOMEM; RL_EINVAL
 * (not streaming). */
int hs_stream_send(hs_conn *c, const void *p, size_t n);

/* Bytes queued and not yet taken by the socket (0 when not streaming). */
size_t hs_stream_queued(const hs_conn *c);

/* End the stream: `complete` 1 sends the last chunk, after which the
 * connection serves its next request (or closes, as hs_respond decides);
 * 0 ends it as a failure: what is queued is written, then the connection
 * closes without the last chunk, so the client sees a truncated body.
 * The request counts as answered either way. 0, or RL_EINVAL when `c`
 * does not stream. */
int hs_stream_end(hs_conn *c, int complete);

/* ---- request helpers ---- */

/* The first header named `name` (case-insensitive), or NULL. */
const char *hs_req_header(const hs_req *rq, const char *name);

/* The query parameter `key`, percent- and '+'-decoded into `out` (cut to
 * n - 1 bytes); returns whether it was present. */
int hs_req_query(const hs_req *rq, const char *key, char *out, size_t n);

/* Percent-decoding in place (%XX; a malformed escape stays as it is);
 * returns the new length. For application/x-www-form-urlencoded values the
 * caller turns '+' into ' ' first. */
size_t hs_unescape(char *s);

/* ---- other descriptors in the same loop (libcurl's sockets) ---- */

enum { HS_IN = 1, HS_OUT = 2, HS_ERR = 4 };

typedef void (*hs_io_fn)(void *ud, int fd, unsigned events /* HS_IN | HS_OUT | HS_ERR */);

/* Watch `fd` for `events` (HS_IN | HS_OUT, level-triggered); `fn` runs on
 * the loop's thread when it is ready. */
hs_watch *hs_watch_add(hs_loop *l, int fd, unsigned events, hs_io_fn fn, void *ud);
int hs_watch_mod(hs_watch *w, unsigned events);
/* Stop watching (the fd itself stays open: it is the caller's). Safe from
 * inside any callback, including the watch's own: freeing waits until the
 * loop has finished the current batch of events. */
void hs_watch_del(hs_watch *w);

#endif
