/* hsrv_int.h: what the files of the guard's HTTP server share (internal
 * to src/guard; the interface is guard/hsrv.h):
 *   hsrv.c        the loop: connections, writing answers, accept, timers, watches
 *   hsrv_parse.c  reading requests: http-parser callbacks, the input driver,
 *                 request helpers (headers, query, unescape)
 *   hsrv_limit.c  connections per client address, shared by the loops
 *   hsrv_head.c   an answer's head (status line, header lines, framing)
 * Cross-file internals carry the gp_ prefix (not hs_: vectorscan's). */
#ifndef RL_GUARD_HSRV_INT_H
#define RL_GUARD_HSRV_INT_H

#include "guard/hsrv.h"

#include <errno.h>
#include <http_parser.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

/* 0 in hs_opts.max_header means this */
#define HS_DEFAULT_MAX_HEADER (16 * 1024)
/* shared read buffer of a loop: one read takes a whole ordinary request */
#define HS_RD_SIZE (64 * 1024)
/* buffers larger than these are freed after a request instead of kept */
#define HS_KEEP_HB 8192
#define HS_KEEP_OUT 4096
#define HS_KEEP_HV 64
/* a lingering close drains for at most this long */
#define HS_LINGER_MS 1000
/* events taken per epoll_wait */
#define HS_EVENTS 64

enum { K_CONN = 1, K_WATCH, K_LISTEN, K_WAKE };
enum { L_NONE, L_IDLE, L_LINGER, L_HEAD, L_BODY };

/* what every epoll_event's data.ptr points at: its first member says which */
typedef struct hs_tag {
	int kind;
} hs_tag;

struct hs_conn {
	hs_tag tag;
	hs_loop *l;
	int fd;
	uint32_t ev; /* events registered with epoll, 0: not in the set */
	http_parser p;

	/* request being parsed or waiting for its answer */
	rl_buf hb;   /* url \0 name \0 value \0 ... */
	size_t *off; /* offsets into hb: name, value, ... */
	size_t noff, capoff;
	const char **hv; /* made at headers_complete */
	size_t caphv;
	hs_req rq;
	size_t body_max;
	int section; /* last fragment: 0 url, 1 name, 2 value */

	rl_buf in; /* unparsed bytes (pipelined, or read while waiting) */
	size_t in_off;

	rl_buf out;   /* head being written (and an interim 100) */
	rl_buf obody; /* body being written */
	size_t wdone; /* bytes of out + obody written */

	unsigned hdr_done : 1, deliver : 1, pending : 1, writing : 1, peer_eof : 1, peer_err : 1,
		closing : 1, linger : 1, lingering : 1, dead : 1, in_proc : 1, keepalive : 1,
		head : 1, in_full : 1, hdr_over : 1, bad_version : 1, queued : 1, gone_told : 1,
		reserve : 1, started : 1, counted : 1,
		/* streamed answer: under way; chunked framing; the head said
		 * Connection: close; the producer waits for on_drain; the body is
		 * dropped (HEAD); a hs_stream_* call is running (a failure found
		 * in it tells on_gone from the loop, not from inside the call) */
		streaming : 1, schunked : 1, sclose : 1, sdrain : 1, snobody : 1, in_api : 1;
	unsigned char addr[16]; /* the client's address (counted in l->o.iplimit) */
	unsigned char alen;

	/* all connections; one timer list (idle or linger) */
	hs_conn *prev, *next;
	hs_conn *tprev, *tnext;
	int tlist;
	int64_t tstamp;
	hs_conn *znext;
	hs_conn *rnext; /* ready list: parked requests to parse */
};

struct hs_watch {
	hs_tag tag;
	hs_loop *l;
	int fd;
	hs_io_fn fn;
	void *ud;
	int dead;
	hs_watch *prev, *next, *znext;
};

typedef struct hs_tlist {
	hs_conn *head, *tail;
} hs_tlist;

struct hs_loop {
	int ep, lfd, wfd;
	hs_tag ltag, wtag;
	hs_opts o;
	size_t max_header;
	int closing;
	int64_t now; /* monotonic ms at the last epoll_wait return */
	hs_conn *conns;
	size_t nopen, nwaiting;
	size_t nfast; /* requests read by hsrv_parse.c's fast reader */
	hs_tlist idle, lingerl, headl, bodyl;
	hs_watch *watches;
	hs_conn *zconns;
	hs_watch *zwatches;
	hs_conn *ready;
	time_t date_sec;
	char date[40];
	char rd[HS_RD_SIZE];
};

/* ---- hsrv.c ---- */

/* Forget the current request's parsed state; shrinks buffers a big
 * request grew. */
void gp_req_clear(hs_conn *c);
/* Close now: out of the epoll set and the lists; the struct is freed at
 * the end of the batch (an event for it may still be queued). */
void gp_conn_close(hs_conn *c);
/* After parsing or writing: close a client that is done, else bring the
 * epoll registration up to date. */
void gp_conn_settle(hs_conn *c);
/* Answer an unparseable or oversized request `status` with `what` in the
 * proxy's JSON error shape; the connection ends after the write. */
void gp_conn_error(hs_conn *c, int status, const char *what);
/* Take c off its timer list / (re)start its timer on list `which` (to
 * the tail, stamped now; not when that timeout is off). */
void gp_tl_unlink(hs_conn *c);
void gp_tl_touch(hs_conn *c, int which);

/* ---- hsrv_parse.c ---- */

/* Parse parked bytes, then `data` (fresh from a read), delivering each
 * complete request; stops while one is unanswered, parking the rest. */
void gp_conn_drive(hs_conn *c, const char *data, size_t n);

/* ---- hsrv_limit.c ---- */

/* Count one more connection from address `a` (n bytes): 0, or -1 when
 * over the bound (or out of memory). */
int gp_ipl_take(hs_iplimit *ip, const unsigned char *a, size_t n);
/* Uncount one connection from address `a`. */
void gp_ipl_give(hs_iplimit *ip, const unsigned char *a, size_t n);

/* hsrv_head.c: the status line, `h`, Date, the length or framing and
 * Connection into c->out (reset first). `len` is the Content-Length, or
 * -1 for a streamed body (chunked when `chunked`, else delimited by the
 * close). Nonzero when out of memory. */
int gp_head_build(hs_conn *c, int status, const hs_hdr *h, size_t nh, long long len, int chunked,
		  int close_after);

#endif
