/* transport/transport_int.h: what the files of the transport share
 * (internal to src/transport, not library API):
 *   transport.c  the API: options, new/free, the event loop (run, drain,
 *                stop), counters, rl_provider_call
 *   lanes.c      scheduling: the retry heap, lanes, limits and their
 *                token buckets, the lane queues and the ready list
 *   curl.c       libcurl plumbing: body and header callbacks, sockets and
 *                epoll, the multi timer, easy handle set-up
 *   request.c    a request's life: encoding (shared by reuse key),
 *                submit, start, the outcome of each attempt, retries
 * Cross-file functions carry the tp_ prefix. */
#ifndef RL_TRANSPORT_INT_H
#define RL_TRANSPORT_INT_H

#include <stdint.h>

#include <curl/curl.h>

#include "base/util.h"
#include "provider/internal.h"
#include "redline/provider.h"

#define MAX_LANE_LIMITS 16

typedef struct limit {
	char *match;
	int concurrency;
	double rpm, tpm;
	int in_flight;
	double rtok, ttok; /* bucket levels */
	int64_t refill_ms; /* last refill */
	struct limit *next;
} limit;

typedef struct req req;

/* One encoded request (URL, header list, body), shared by the requests
 * that carry the same reuse key (rl_request.reuse_key): a campaign asks
 * the same question N times, and JSON-escaping a 13 KB prompt for every
 * sample was a third of the runner's CPU. Reference counted; the last
 * release clears it (the headers or URL may hold the key). */
typedef struct enc {
	int refs;
	char *key; /* NULL: not shareable */
	rl_buf url, body;
	CURLU *uh;       /* url, parsed once (CURLOPT_CURLU) */
	int uh_borrowed; /* uh is the lane's (lane.uh): not ours to free */
	struct curl_slist *hdrs;
} enc;

typedef struct lane {
	rl_model_spec spec;
	rl_mock_script *script; /* mock lanes */
	int script_loaded;
	limit *limits[MAX_LANE_LIMITS];
	int nlimits;
	enc *last;        /* the last shareable encoding (one ref) */
	CURLU *uh;        /* the lane's URL parsed once, lent to every encoding
			     with the same URL (a conversation's turns each
			     encode their own body; parsing the URL again was
			     ~5k instructions per request). curl only reads it. */
	char *uh_url;     /* its text (may hold a key: cleared when freed) */
	req *head, *tail; /* queued, ready to send */
	req *ctail;       /* the last continuing call (rl_request.continues)
			     at the front of the queue; NULL: none queued */
	int queued;
	int consec_fail;
	int set_aside;
	char aside_reason[300];
	struct lane *next;
} lane;

struct req {
	req *next;
	lane *ln;
	rl_done_fn done;
	void *ud;
	enc *enc; /* one ref; NULL for mock requests */
	rl_buf resp;
	CURL *easy;
	int timeout_ms;
	long est_tokens;
	int attempts;
	int64_t t_submit, due;
	long retry_after_ms; /* from the last answer; -1 none */
	size_t max_body;
	int too_big;
	int mock_wait;      /* a mock answer waiting out its latency_ms */
	req *fprev, *fnext; /* in-flight list (for abort at shutdown) */
	char errbuf[CURL_ERROR_SIZE];
	rl_response rs;
};

struct rl_transport {
	rl_transport_opts o;
	CURLM *multi;
	int epfd;
	int64_t curl_due; /* -1: no curl timer */
	lane *lanes;
	int nlanes;
	limit *limits;
	req **heap; /* retry waits, by due */
	int nheap, capheap;
	req *ready_head, *ready_tail; /* finished without HTTP (mock, refusals) */
	CURL **pool;
	int npool, cappool;
	int in_flight, queued, nready;
	req *flight;        /* in-flight requests */
	unsigned char *fds; /* FD_* per socket descriptor (see on_socket) */
	int nfds;
	int stopping;
	uint64_t rng;
	uint64_t http_requests;
	int in_callback;
};

/* transport.c */
uint64_t tp_rng_next(rl_transport *t);

/* lanes.c: the retry heap, lanes and limits, queues */
int tp_heap_push(rl_transport *t, req *r);
req *tp_heap_pop(rl_transport *t);
lane *tp_lane_get(rl_transport *t, const rl_model_spec *m);
int64_t tp_lane_wait(rl_transport *t, lane *ln, const req *r, int64_t now);
void tp_ready_push(rl_transport *t, req *r);
/* front: 0 at the back; 1 at the very front (a retry whose wait is over);
 * TP_AFTER_CONTINUING: a conversation's next call (rl_request.continues). */
#define TP_AFTER_CONTINUING 2
void tp_lane_push(rl_transport *t, lane *ln, req *r, int front);
req *tp_lane_pop(rl_transport *t, lane *ln);
void tp_fail_unsent(rl_transport *t, req *r, int code, int aside, const char *msg);
void tp_lane_cancel(rl_transport *t, lane *ln, int code, int aside, const char *why);
void tp_lane_limits_take(lane *ln, req *r, int sign);

/* curl.c: libcurl plumbing */
int tp_on_socket(CURL *easy, curl_socket_t s, int what, void *ud, void *sockp);
int tp_on_timer(CURLM *m, long timeout_ms, void *ud);
int tp_idle_event(rl_transport *t, int fd);
int tp_close_socket(void *ud, curl_socket_t s);
CURL *tp_easy_new(rl_transport *t);

/* request.c: a request's life */
int64_t tp_pump(rl_transport *t);
int tp_read_infos(rl_transport *t); /* the number of transfers delivered */
void tp_drain_ready(rl_transport *t);
void tp_finish(rl_transport *t, req *r);
void tp_release(rl_transport *t, req *r);
void tp_enc_unref(enc *x);

#endif
