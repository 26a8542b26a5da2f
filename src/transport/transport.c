/* transport.c: the only code that talks to model APIs. libcurl's multi
 * interface driven through its socket API (CURLMOPT_SOCKETFUNCTION +
 * epoll), so one thread keeps thousands of requests in flight and each
 * wake-up costs O(active sockets), not O(requests) as curl_multi_perform
 * would. Easy handles are pooled and reset (connections, DNS and TLS
 * sessions stay in the multi handle's caches).
 *
 * Scheduling: one lane per model id, each holding its FIFO queue and the
 * limits that match it (concurrency caps, request and token buckets).
 * Lanes are served round-robin so one throttled model never blocks the
 * others. Retries wait in a min-heap keyed by due time; Retry-After wins
 * over the computed backoff (full jitter). */
#include "redline/provider.h"

#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "base/secret.h"
#include "base/util.h"
#include "provider/internal.h"

#define MAX_LANE_LIMITS 16

typedef struct limit {
	char *match;
	int concurrency;
	double rpm, tpm;
	int in_flight;
	double rtok, ttok;   /* bucket levels */
	int64_t refill_ms;   /* last refill */
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
	char *key;                /* NULL: not shareable */
	rl_buf url, body;
	CURLU *uh;                /* url, parsed once (CURLOPT_CURLU) */
	struct curl_slist *hdrs;
} enc;

typedef struct lane {
	rl_model_spec spec;
	rl_mock_script *script;   /* mock lanes */
	int script_loaded;
	limit *limits[MAX_LANE_LIMITS];
	int nlimits;
	enc *last;                /* the last shareable encoding (one ref) */
	req *head, *tail;         /* queued, ready to send */
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
	enc *enc;                 /* one ref; NULL for mock requests */
	rl_buf resp;
	CURL *easy;
	int timeout_ms;
	long est_tokens;
	int attempts;
	int64_t t_submit, due;
	long retry_after_ms;      /* from the last answer; -1 none */
	size_t max_body;
	int too_big;
	int mock_wait;            /* a mock answer waiting out its latency_ms */
	req *fprev, *fnext;       /* in-flight list (for abort at shutdown) */
	char errbuf[CURL_ERROR_SIZE];
	rl_response rs;
};

struct rl_transport {
	rl_transport_opts o;
	CURLM *multi;
	int epfd;
	int64_t curl_due;         /* -1: no curl timer */
	lane *lanes;
	int nlanes;
	limit *limits;
	req **heap;               /* retry waits, by due */
	int nheap, capheap;
	req *ready_head, *ready_tail; /* finished without HTTP (mock, refusals) */
	CURL **pool;
	int npool, cappool;
	int in_flight, queued, nready;
	req *flight;              /* in-flight requests */
	unsigned char *fds;       /* FD_* per socket descriptor (see on_socket) */
	int nfds;
	int stopping;
	uint64_t rng;
	uint64_t http_requests;
	int in_callback;
};

/* ---- small helpers ---------------------------------------------------- */

static uint64_t rng_next(rl_transport *t)
{
	/* xorshift64*: jitter only, not security. */
	t->rng ^= t->rng >> 12;
	t->rng ^= t->rng << 25;
	t->rng ^= t->rng >> 27;
	return t->rng * 2685821657736338717ULL;
}

void rl_transport_opts_default(rl_transport_opts *o)
{
	memset(o, 0, sizeof *o);
	o->max_in_flight = 1024;
	o->max_attempts = 5;
	o->backoff_base_ms = 1000;
	o->backoff_max_ms = 60000;
	o->retry_after_max_ms = 300000;
	o->timeout_ms = 180000;
	o->set_aside_after = 10;
	o->retry_empty = 1;
	o->max_body = (size_t)64 << 20;
}

int rl_provider_global_init(rl_err *e)
{
	/* curl_global_init is reference counted; calling it more than once is
	 * fine as long as cleanup is called as often. */
	struct rlimit rl;
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return rl_err_set(e, RL_ENET, "curl_global_init failed");
	/* 1024+ requests in flight need more descriptors than the usual soft
	 * limit of 1024; the hard limit is ours to take. */
	if (!getrlimit(RLIMIT_NOFILE, &rl) && rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
	return 0;
}

void rl_provider_global_cleanup(void)
{
	curl_global_cleanup();
}

/* ---- heap of retry waits ---------------------------------------------- */

static int heap_push(rl_transport *t, req *r)
{
	int i;
	if (t->nheap == t->capheap) {
		int cap = t->capheap ? t->capheap * 2 : 64;
		req **h = realloc(t->heap, (size_t)cap * sizeof *h);
		if (!h)
			return RL_ENOMEM;
		t->heap = h;
		t->capheap = cap;
	}
	i = t->nheap++;
	while (i > 0 && t->heap[(i - 1) / 2]->due > r->due) {
		t->heap[i] = t->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	t->heap[i] = r;
	return 0;
}

static req *heap_pop(rl_transport *t)
{
	req *top, *last;
	int i = 0;
	if (!t->nheap)
		return NULL;
	top = t->heap[0];
	last = t->heap[--t->nheap];
	for (;;) {
		int c = 2 * i + 1;
		if (c >= t->nheap)
			break;
		if (c + 1 < t->nheap && t->heap[c + 1]->due < t->heap[c]->due)
			c++;
		if (t->heap[c]->due >= last->due)
			break;
		t->heap[i] = t->heap[c];
		i = c;
	}
	if (t->nheap)
		t->heap[i] = last;
	return top;
}

/* ---- lanes and limits ------------------------------------------------- */

/* One alternative: "*", "provider:NAME" or "model:GLOB" (n bytes). */
static int alt_matches(const char *a, size_t n, const rl_model_spec *m)
{
	char buf[RL_SPEC_NAME_MAX + 64];
	if (n >= sizeof buf)
		return 0;
	memcpy(buf, a, n);
	buf[n] = '\0';
	if (!strcmp(buf, "*"))
		return 1;
	if (!strncmp(buf, "provider:", 9))
		return !strcasecmp(buf + 9, m->provider) ||
		       (!strcasecmp(buf + 9, "gemini") && !strcmp(m->provider, "google"));
	if (!strncmp(buf, "model:", 6))
		return !fnmatch(buf + 6, m->model, 0) || !fnmatch(buf + 6, m->id, 0);
	return 0;
}

/* A match is a comma-separated list of alternatives (a shared pool). */
static int limit_matches(const limit *l, const rl_model_spec *m)
{
	const char *p = l->match;
	for (;;) {
		const char *c = strchr(p, ',');
		size_t n = c ? (size_t)(c - p) : strlen(p);
		if (alt_matches(p, n, m))
			return 1;
		if (!c)
			return 0;
		p = c + 1;
	}
}

static int valid_match(const char *s)
{
	for (;;) {
		const char *c = strchr(s, ',');
		size_t n = c ? (size_t)(c - s) : strlen(s);
		if (!((n == 1 && *s == '*') || (n > 9 && !strncmp(s, "provider:", 9)) ||
		      (n > 6 && !strncmp(s, "model:", 6))))
			return 0;
		if (!c)
			return 1;
		s = c + 1;
	}
}

static void lane_attach(lane *ln, limit *l)
{
	if (ln->nlimits < MAX_LANE_LIMITS && limit_matches(l, &ln->spec))
		ln->limits[ln->nlimits++] = l;
}

/* Bucket capacity: ten seconds' worth (at least one request), so a
 * per-minute limit is spread over the minute instead of spent in a burst
 * that providers enforcing shorter windows would answer with 429s. */
static double burst(double per_minute)
{
	double b = per_minute / 6.0;
	return b < 1.0 ? 1.0 : b;
}

int rl_transport_add_limit(rl_transport *t, const rl_limit *rl, rl_err *e)
{
	limit *l;
	lane *ln;
	if (!rl->match || !valid_match(rl->match))
		return rl_err_set(e, RL_EINVAL, "limit '%.100s': expected '*', 'provider:NAME' or "
				  "'model:GLOB' (several joined by ',' share one limit)",
				  rl->match ? rl->match : "");
	if (rl->concurrency < 0 || rl->rpm < 0 || rl->tpm < 0)
		return rl_err_set(e, RL_EINVAL, "limit '%.100s': negative value", rl->match);
	if (!(l = calloc(1, sizeof *l)) || !(l->match = strdup(rl->match))) {
		free(l);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	l->concurrency = rl->concurrency;
	l->rpm = rl->rpm;
	l->tpm = rl->tpm;
	l->rtok = burst(rl->rpm);
	l->ttok = burst(rl->tpm);
	l->refill_ms = rl_mono_ms();
	l->next = t->limits;
	t->limits = l;
	for (ln = t->lanes; ln; ln = ln->next)
		lane_attach(ln, l);
	return 0;
}

static lane *lane_get(rl_transport *t, const rl_model_spec *m)
{
	lane *ln;
	limit *l;
	for (ln = t->lanes; ln; ln = ln->next)
		if (!strcmp(ln->spec.id, m->id) && !strcmp(ln->spec.base_url, m->base_url))
			return ln;
	if (!(ln = calloc(1, sizeof *ln)))
		return NULL;
	ln->spec = *m;
	for (l = t->limits; l; l = l->next)
		lane_attach(ln, l);
	ln->next = t->lanes;
	t->lanes = ln;
	t->nlanes++;
	return ln;
}

static void refill(limit *l, int64_t now)
{
	double dt = (double)(now - l->refill_ms);
	if (dt <= 0)
		return;
	if (l->rpm > 0) {
		l->rtok += dt * l->rpm / 60000.0;
		if (l->rtok > burst(l->rpm))
			l->rtok = burst(l->rpm);
	}
	if (l->tpm > 0) {
		l->ttok += dt * l->tpm / 60000.0;
		if (l->ttok > burst(l->tpm))
			l->ttok = burst(l->tpm);
	}
	l->refill_ms = now;
}

/* 0 when `r` may be sent now; else ms to wait (-1: wait for a slot). */
static int64_t lane_wait(rl_transport *t, lane *ln, const req *r, int64_t now)
{
	int64_t wait = 0;
	int i;
	if (t->in_flight >= t->o.max_in_flight)
		return -1;
	for (i = 0; i < ln->nlimits; i++) {
		limit *l = ln->limits[i];
		refill(l, now);
		if (l->concurrency > 0 && l->in_flight >= l->concurrency)
			return -1;
		if (l->rpm > 0 && l->rtok < 1.0) {
			int64_t w = (int64_t)((1.0 - l->rtok) * 60000.0 / l->rpm) + 1;
			if (w > wait)
				wait = w;
		}
		if (l->tpm > 0) {
			/* A request bigger than the bucket goes when the bucket is full. */
			double need = (double)r->est_tokens < burst(l->tpm) ? (double)r->est_tokens
									    : burst(l->tpm);
			if (l->ttok < need) {
				int64_t w = (int64_t)((need - l->ttok) * 60000.0 / l->tpm) + 1;
				if (w > wait)
					wait = w;
			}
		}
	}
	return wait;
}

/* ---- curl plumbing ---------------------------------------------------- */

static size_t on_write(char *p, size_t sz, size_t n, void *ud)
{
	req *r = ud;
	size_t len = sz * n;
	if (r->resp.len + len > r->max_body) {
		r->too_big = 1;
		return 0;
	}
	if (rl_buf_add(&r->resp, p, len))
		return 0;
	return len;
}

static size_t on_header(char *p, size_t sz, size_t n, void *ud)
{
	req *r = ud;
	size_t len = sz * n;
	char v[128];
	size_t k, vl;

	if (len > 12 && !strncasecmp(p, "HTTP/", 5)) {
		r->retry_after_ms = -1; /* a new response (e.g. after 100-continue) */
		return len;
	}
	if (len >= 15 && !strncasecmp(p, "retry-after-ms:", 15))
		k = 15;
	else if (len >= 12 && !strncasecmp(p, "retry-after:", 12))
		k = 12;
	else
		return len;
	while (k < len && (p[k] == ' ' || p[k] == '\t'))
		k++;
	vl = len - k;
	while (vl && (p[k + vl - 1] == '\r' || p[k + vl - 1] == '\n' || p[k + vl - 1] == ' '))
		vl--;
	if (!vl || vl >= sizeof v)
		return len;
	memcpy(v, p + k, vl);
	v[vl] = '\0';
	if (k >= 15 && !strncasecmp(p, "retry-after-ms:", 15)) {
		char *end;
		double ms = strtod(v, &end);
		if (end != v && ms >= 0)
			r->retry_after_ms = (long)ms;
	} else {
		char *end;
		long s = strtol(v, &end, 10);
		if (end != v && !*end && s >= 0) {
			r->retry_after_ms = s * 1000;
		} else {
			time_t when = curl_getdate(v, NULL);
			if (when > 0) {
				long d = (long)(when - time(NULL));
				r->retry_after_ms = d > 0 ? d * 1000 : 0;
			}
		}
	}
	return len;
}

/* Sockets curl opens through open_socket are ours to track: when curl
 * stops watching one (CURL_POLL_REMOVE, a kept-alive connection going idle
 * in its cache) it stays registered, so the next request on it costs no
 * epoll_ctl at all (was a DEL and an ADD per request). Every close of such
 * a socket passes through close_socket, which forgets it; an idle one that
 * wakes us (the server closed it) is unregistered then. Other descriptors
 * curl hands us (resolver pipes) follow curl's requests exactly. */
enum { FD_IN = 1, FD_OUT = 2, FD_REG = 4, FD_OURS = 8, FD_WANT = 16 };

static unsigned char *fd_state(rl_transport *t, curl_socket_t s)
{
	if (s < 0)
		return NULL;
	if (s >= t->nfds) {
		int n = t->nfds ? t->nfds : 1024;
		unsigned char *p;
		while (n <= s)
			n *= 2;
		if (!(p = realloc(t->fds, (size_t)n)))
			return NULL;
		memset(p + t->nfds, 0, (size_t)(n - t->nfds));
		t->fds = p;
		t->nfds = n;
	}
	return &t->fds[s];
}

static curl_socket_t open_socket(void *ud, curlsocktype purpose, struct curl_sockaddr *a)
{
	rl_transport *t = ud;
	curl_socket_t s = socket(a->family, a->socktype | SOCK_CLOEXEC, a->protocol);
	unsigned char *st;
	(void)purpose;
	if (s >= 0 && (st = fd_state(t, s)))
		*st = FD_OURS;
	return s >= 0 ? s : CURL_SOCKET_BAD;
}

static int close_socket(void *ud, curl_socket_t s)
{
	rl_transport *t = ud;
	if (s >= 0 && s < t->nfds)
		t->fds[s] = 0; /* close() drops it from the epoll set */
	return close(s);
}

static int on_socket(CURL *easy, curl_socket_t s, int what, void *ud, void *sockp)
{
	rl_transport *t = ud;
	struct epoll_event ev;
	unsigned char *st = s >= 0 && s < t->nfds ? &t->fds[s] : NULL;
	int mask;
	(void)easy;
	(void)sockp;
	memset(&ev, 0, sizeof ev);
	ev.data.fd = s;
	if (st && (*st & FD_OURS)) {
		if (what == CURL_POLL_REMOVE) {
			*st &= (unsigned char)~FD_WANT;
			return 0;
		}
		mask = (what & CURL_POLL_IN ? FD_IN : 0) | (what & CURL_POLL_OUT ? FD_OUT : 0);
		if ((*st & FD_REG) && (*st & (FD_IN | FD_OUT)) == mask) {
			*st |= FD_WANT;
			return 0;
		}
		ev.events = (mask & FD_IN ? EPOLLIN : 0) | (mask & FD_OUT ? EPOLLOUT : 0);
		if (*st & FD_REG) {
			if (epoll_ctl(t->epfd, EPOLL_CTL_MOD, s, &ev) && errno == ENOENT)
				epoll_ctl(t->epfd, EPOLL_CTL_ADD, s, &ev);
		} else if (epoll_ctl(t->epfd, EPOLL_CTL_ADD, s, &ev) && errno == EEXIST) {
			epoll_ctl(t->epfd, EPOLL_CTL_MOD, s, &ev);
		}
		*st = (unsigned char)(FD_OURS | FD_REG | FD_WANT | mask);
		return 0;
	}
	if (what == CURL_POLL_REMOVE) {
		epoll_ctl(t->epfd, EPOLL_CTL_DEL, s, NULL);
		return 0;
	}
	ev.events = (what & CURL_POLL_IN ? EPOLLIN : 0) | (what & CURL_POLL_OUT ? EPOLLOUT : 0);
	if (epoll_ctl(t->epfd, EPOLL_CTL_MOD, s, &ev) && errno == ENOENT)
		epoll_ctl(t->epfd, EPOLL_CTL_ADD, s, &ev);
	return 0;
}

/* An event on an idle socket of ours curl no longer watches: unregister it
 * (level-triggered, it would wake us forever); curl notices the close when
 * it next looks at the connection. Returns 1 when the event is consumed. */
static int idle_event(rl_transport *t, int fd)
{
	unsigned char *st = fd >= 0 && fd < t->nfds ? &t->fds[fd] : NULL;
	if (!st || !(*st & FD_OURS) || (*st & FD_WANT))
		return 0;
	epoll_ctl(t->epfd, EPOLL_CTL_DEL, fd, NULL);
	*st = FD_OURS;
	return 1;
}

static int on_timer(CURLM *m, long timeout_ms, void *ud)
{
	rl_transport *t = ud;
	(void)m;
	t->curl_due = timeout_ms < 0 ? -1 : rl_mono_ms() + timeout_ms;
	return 0;
}

int rl_transport_new(const rl_transport_opts *o, rl_transport **out, rl_err *e)
{
	rl_transport *t = calloc(1, sizeof *t);
	*out = NULL;
	if (!t)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	if (o)
		t->o = *o;
	else
		rl_transport_opts_default(&t->o);
	{
		rl_transport_opts d;
		rl_transport_opts_default(&d);
		if (t->o.max_in_flight <= 0) t->o.max_in_flight = d.max_in_flight;
		if (t->o.max_attempts <= 0) t->o.max_attempts = d.max_attempts;
		if (t->o.backoff_base_ms <= 0) t->o.backoff_base_ms = d.backoff_base_ms;
		if (t->o.backoff_max_ms <= 0) t->o.backoff_max_ms = d.backoff_max_ms;
		if (t->o.retry_after_max_ms <= 0) t->o.retry_after_max_ms = d.retry_after_max_ms;
		if (t->o.timeout_ms <= 0) t->o.timeout_ms = d.timeout_ms;
		if (t->o.set_aside_after == 0) t->o.set_aside_after = d.set_aside_after;
		if (!t->o.max_body) t->o.max_body = d.max_body;
	}
	t->rng = t->o.seed;
	if (!t->rng && rl_random_bytes(&t->rng, sizeof t->rng))
		t->rng = (uint64_t)rl_wall_ms();
	if (!t->rng)
		t->rng = 88172645463325252ULL;
	t->curl_due = -1;
	t->epfd = epoll_create1(EPOLL_CLOEXEC);
	t->multi = curl_multi_init();
	if (t->epfd < 0 || !t->multi) {
		if (t->epfd >= 0)
			close(t->epfd);
		if (t->multi)
			curl_multi_cleanup(t->multi);
		free(t);
		return rl_err_set(e, RL_ENET, "cannot create the transport (epoll/curl multi)");
	}
	curl_multi_setopt(t->multi, CURLMOPT_SOCKETFUNCTION, on_socket);
	curl_multi_setopt(t->multi, CURLMOPT_SOCKETDATA, t);
	curl_multi_setopt(t->multi, CURLMOPT_TIMERFUNCTION, on_timer);
	curl_multi_setopt(t->multi, CURLMOPT_TIMERDATA, t);
	curl_multi_setopt(t->multi, CURLMOPT_MAXCONNECTS, (long)t->o.max_in_flight + 16);
	*out = t;
	return 0;
}

/* ---- request life cycle ----------------------------------------------- */

static void enc_unref(enc *x)
{
	struct curl_slist *h;
	if (!x || --x->refs > 0)
		return;
	/* The URL, headers and body may hold the key: clear before freeing. */
	if (x->url.cap)
		memset(x->url.s, 0, x->url.len);
	if (x->body.cap)
		memset(x->body.s, 0, x->body.len);
	for (h = x->hdrs; h; h = h->next)
		memset(h->data, 0, strlen(h->data));
	rl_buf_free(&x->url);
	rl_buf_free(&x->body);
	curl_url_cleanup(x->uh);
	curl_slist_free_all(x->hdrs);
	free(x->key);
	free(x);
}

/* Encode rq into a new enc (one ref), its header lines as a curl list. */
static int enc_new(const rl_request *rq, enc **out, rl_err *e)
{
	rl_buf hdr = RL_BUF_INIT;
	enc *x = calloc(1, sizeof *x);
	int rc;

	*out = NULL;
	if (!x)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	x->refs = 1;
	rl_buf_init(&x->url);
	rl_buf_init(&x->body);
	rc = rl_provider_encode(rq, rl_model_spec_key(rq->model), &x->url, &hdr, &x->body, e);
	if (!rc) {
		/* "Expect: 100-continue" would cost a round trip; curl sends it
		 * for bodies over 1 MB only (each extra header line costs a scan
		 * per request in curl, so none below that). */
		char *line = hdr.s, *nl;
		struct curl_slist *s, *first = NULL;
		int ok = 1;
		if (x->body.len > 1024 * 1024 && !(first = curl_slist_append(NULL, "Expect:")))
			ok = 0;
		x->hdrs = first;
		while (ok && line && *line) {
			nl = strchr(line, '\n');
			if (nl)
				*nl = '\0';
			if (*line) {
				s = curl_slist_append(x->hdrs, line);
				if (!s) {
					ok = 0;
					break;
				}
				x->hdrs = s;
			}
			line = nl ? nl + 1 : NULL;
		}
		if (!ok)
			rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	if (!rc && (!(x->uh = curl_url()) ||
		    curl_url_set(x->uh, CURLUPART_URL, x->url.s, 0) != CURLUE_OK))
		rc = rl_err_set(e, RL_EINVAL, "the base URL does not make a valid request URL");
	if (!rc && rq->reuse_key && !(x->key = strdup(rq->reuse_key)))
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	if (hdr.cap)
		memset(hdr.s, 0, hdr.len);
	rl_buf_free(&hdr);
	if (rc) {
		enc_unref(x);
		return rc;
	}
	*out = x;
	return 0;
}

/* The encoding for rq in lane ln: the lane's last one when the reuse keys
 * match, else a fresh one (kept as the lane's last when it has a key). */
static int enc_get(lane *ln, const rl_request *rq, enc **out, rl_err *e)
{
	int rc;
	if (rq->reuse_key && ln->last && !strcmp(ln->last->key, rq->reuse_key)) {
		ln->last->refs++;
		*out = ln->last;
		return 0;
	}
	if ((rc = enc_new(rq, out, e)))
		return rc;
	if (rq->reuse_key) {
		enc_unref(ln->last);
		ln->last = *out;
		(*out)->refs++;
	}
	return 0;
}

static void req_free(req *r)
{
	enc_unref(r->enc);
	rl_buf_free(&r->resp);
	rl_response_free(&r->rs);
	free(r);
}

static void ready_push(rl_transport *t, req *r)
{
	r->next = NULL;
	if (t->ready_tail)
		t->ready_tail->next = r;
	else
		t->ready_head = r;
	t->ready_tail = r;
	t->nready++;
}

static void lane_push(rl_transport *t, lane *ln, req *r, int front)
{
	r->next = NULL;
	if (front) {
		r->next = ln->head;
		ln->head = r;
		if (!ln->tail)
			ln->tail = r;
	} else {
		if (ln->tail)
			ln->tail->next = r;
		else
			ln->head = r;
		ln->tail = r;
	}
	ln->queued++;
	t->queued++;
}

static req *lane_pop(rl_transport *t, lane *ln)
{
	req *r = ln->head;
	if (!r)
		return NULL;
	ln->head = r->next;
	if (!ln->head)
		ln->tail = NULL;
	r->next = NULL;
	ln->queued--;
	t->queued--;
	return r;
}

/* Hand a finished request to its callback and free it. */
static void finish(rl_transport *t, req *r)
{
	lane *ln = r->ln;
	r->rs.latency_ms = rl_mono_ms() - r->t_submit;
	if (!r->rs.text)
		rl_resp_set(&r->rs.text, &r->rs.text_len, "", 0); /* contract: never NULL */
	if (!r->rs.mock)
		r->rs.attempts = r->attempts;
	if (r->rs.error && r->rs.error != RL_EINTR && !r->rs.set_aside) {
		ln->consec_fail++;
		if (t->o.set_aside_after > 0 && ln->consec_fail >= t->o.set_aside_after &&
		    !ln->set_aside) {
			ln->set_aside = 1;
			snprintf(ln->aside_reason, sizeof ln->aside_reason,
				 "%d consecutive failures; last: %.200s", ln->consec_fail,
				 r->rs.error_msg);
			rl_log(RL_LOG_WARN, "transport", "model %s set aside: %s", ln->spec.id,
			       ln->aside_reason);
			if (t->o.on_set_aside)
				t->o.on_set_aside(t->o.ud, ln->spec.id, ln->aside_reason);
		}
	} else if (!r->rs.error) {
		ln->consec_fail = 0;
	}
	t->in_callback++;
	if (r->done)
		r->done(r->ud, &r->rs);
	t->in_callback--;
	req_free(r);
}

static void fail_unsent(rl_transport *t, req *r, int code, int aside, const char *msg)
{
	char m[sizeof r->rs.error_msg];
	snprintf(m, sizeof m, "%s", msg); /* msg may be r->rs.error_msg */
	rl_response_free(&r->rs);
	r->rs.error = code;
	r->rs.set_aside = aside;
	r->rs.retryable = 1;
	memcpy(r->rs.error_msg, m, sizeof m);
	ready_push(t, r);
}

static void lane_cancel(rl_transport *t, lane *ln, int code, int aside, const char *why)
{
	req *r;
	char msg[400];
	snprintf(msg, sizeof msg, "model %s: not sent: %s", ln->spec.id, why);
	while ((r = lane_pop(t, ln)))
		fail_unsent(t, r, code, aside, msg);
}

int rl_transport_submit(rl_transport *t, const rl_request *rq, rl_done_fn done, void *ud,
			rl_err *e)
{
	lane *ln;
	req *r;
	int rc;

	if (!rq || !rq->model)
		return rl_err_set(e, RL_EINVAL, "request without a model");
	if (t->stopping)
		return rl_err_set(e, RL_EINTR, "transport is stopping");
	if (!(ln = lane_get(t, rq->model)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	if (ln->set_aside)
		return rl_err_set(e, RL_ELIMIT, "model %s was set aside: %s", ln->spec.id,
				  ln->aside_reason);
	if (!(r = calloc(1, sizeof *r)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	rl_buf_init(&r->resp);
	rl_response_init(&r->rs);
	r->ln = ln;
	r->done = done;
	r->ud = ud;
	r->t_submit = rl_mono_ms();
	r->retry_after_ms = -1;
	r->timeout_ms = rq->timeout_ms > 0 ? rq->timeout_ms : t->o.timeout_ms;

	if (rq->model->wire == RL_WIRE_MOCK) {
		if (!ln->script_loaded && rq->model->base_url[0]) {
			if ((rc = rl_mock_script_load(rq->model->base_url, &ln->script, e))) {
				free(r);
				rl_err_prefix(e, "model %s", rq->model->id);
				return rc;
			}
		}
		ln->script_loaded = 1;
		if ((rc = rl_mock_answer(ln->script, rq, &r->rs, e))) {
			req_free(r);
			return rc;
		}
		r->attempts = 1;
		if (r->rs.latency_ms > 0) { /* scripted latency: wait like a retry */
			r->mock_wait = 1;
			r->due = r->t_submit + r->rs.latency_ms;
			if (heap_push(t, r)) {
				req_free(r);
				return rl_err_set(e, RL_ENOMEM, "out of memory");
			}
			return 0;
		}
		ready_push(t, r);
		return 0;
	}
	if ((rc = rl_model_spec_check_key(rq->model, e))) {
		req_free(r);
		return rc;
	}
	if ((rc = enc_get(ln, rq, &r->enc, e))) {
		rl_err_prefix(e, "model %s", rq->model->id);
		req_free(r);
		return rc;
	}
	r->est_tokens = (long)(r->enc->body.len / 4) + (rq->max_tokens > 0 ? rq->max_tokens : 1024);
	lane_push(t, ln, r, 0);
	return 0;
}

static void lane_limits_take(lane *ln, req *r, int sign)
{
	int i;
	for (i = 0; i < ln->nlimits; i++) {
		limit *l = ln->limits[i];
		l->in_flight += sign;
		if (sign > 0) {
			if (l->rpm > 0)
				l->rtok -= 1.0;
			if (l->tpm > 0)
				l->ttok -= (double)r->est_tokens;
		}
	}
}

/* A new easy handle with the options every request shares. Pooled handles
 * keep them: each request sets only what differs (no curl_easy_reset, whose
 * defaults we would set again at once). */
static CURL *easy_new(rl_transport *t)
{
	CURL *c = curl_easy_init();
	if (!c)
		return NULL;
	curl_easy_setopt(c, CURLOPT_OPENSOCKETFUNCTION, open_socket);
	curl_easy_setopt(c, CURLOPT_OPENSOCKETDATA, t);
	curl_easy_setopt(c, CURLOPT_CLOSESOCKETFUNCTION, close_socket);
	curl_easy_setopt(c, CURLOPT_CLOSESOCKETDATA, t);
	curl_easy_setopt(c, CURLOPT_POST, 1L);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_write);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	/* No Accept-Encoding: answers are a few KB, and inflating them costs
	 * more CPU than the bytes saved are worth on any link. */
	curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "redline/" RL_VERSION);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	return c;
}

static int start(rl_transport *t, req *r)
{
	CURL *c = t->npool ? t->pool[--t->npool] : easy_new(t);
	if (!c)
		return RL_ENOMEM;
	r->easy = c;
	r->attempts++;
	r->retry_after_ms = -1;
	r->max_body = t->o.max_body;
	r->too_big = 0;
	r->errbuf[0] = '\0';
	rl_buf_reset(&r->resp);
	/* Most answers fit: one allocation instead of doubling from 64 bytes. */
	if (rl_buf_grow(&r->resp, 4096)) {
		r->easy = NULL;
		curl_easy_cleanup(c);
		return RL_ENOMEM;
	}
	curl_easy_setopt(c, CURLOPT_CURLU, r->enc->uh);
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, r->enc->body.s);
	curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)r->enc->body.len);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, r->enc->hdrs);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, r);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, r);
	curl_easy_setopt(c, CURLOPT_PRIVATE, r);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, r->errbuf);
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, (long)r->timeout_ms);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
			 (long)(r->timeout_ms < 30000 ? r->timeout_ms : 30000));
	if (curl_multi_add_handle(t->multi, c) != CURLM_OK) {
		r->easy = NULL;
		curl_easy_cleanup(c);
		return RL_ENET;
	}
	t->in_flight++;
	t->http_requests++;
	r->fprev = NULL;
	r->fnext = t->flight;
	if (t->flight)
		t->flight->fprev = r;
	t->flight = r;
	lane_limits_take(r->ln, r, 1);
	return 0;
}

/* Serve lanes round-robin; returns ms until a token bucket allows the next
 * send (or -1 when only a slot or an answer can unblock). */
static int64_t pump(rl_transport *t)
{
	int64_t now = rl_mono_ms(), next = -1;
	lane *ln;
	int progress;

	/* When stopping, every retry wait ends now (as "not sent"). */
	while (t->nheap && (t->heap[0]->due <= now || t->stopping)) {
		req *r = heap_pop(t);
		if (r->mock_wait) /* answered already; stopping only cuts the wait */
			ready_push(t, r);
		else if (r->ln->set_aside)
			fail_unsent(t, r, RL_ELIMIT, 1, r->rs.error_msg);
		else if (t->stopping)
			fail_unsent(t, r, RL_EINTR, 0, "not sent: stopping");
		else
			lane_push(t, r->ln, r, 1);
	}
	if (t->stopping) {
		for (ln = t->lanes; ln; ln = ln->next)
			lane_cancel(t, ln, RL_EINTR, 0, "stopping");
		return -1;
	}
	do {
		progress = 0;
		for (ln = t->lanes; ln; ln = ln->next) {
			int64_t w;
			if (!ln->head)
				continue;
			if (ln->set_aside) {
				lane_cancel(t, ln, RL_ELIMIT, 1, ln->aside_reason);
				continue;
			}
			w = lane_wait(t, ln, ln->head, now);
			if (w == 0) {
				req *r = lane_pop(t, ln);
				if (start(t, r)) {
					rl_resp_fail(&r->rs, RL_ENET, 1, "cannot start a transfer");
					ready_push(t, r);
				}
				progress = 1;
			} else if (w > 0 && (next < 0 || w < next)) {
				next = w;
			}
		}
	} while (progress);
	return next;
}

static void classify_curl(req *r, CURLcode cc)
{
	const char *detail = r->errbuf[0] ? r->errbuf : curl_easy_strerror(cc);
	switch (cc) {
	case CURLE_OPERATION_TIMEDOUT:
		rl_resp_fail(&r->rs, RL_ELIMIT, 1, "timed out after %d ms (%s)", r->timeout_ms, detail);
		break;
	case CURLE_COULDNT_CONNECT: case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY: case CURLE_RECV_ERROR: case CURLE_SEND_ERROR:
	case CURLE_GOT_NOTHING: case CURLE_PARTIAL_FILE: case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM: case CURLE_SSL_CONNECT_ERROR:
		rl_resp_fail(&r->rs, RL_ENET, 1, "connection failed: %s", detail);
		break;
	case CURLE_WRITE_ERROR:
		if (r->too_big) {
			rl_resp_fail(&r->rs, RL_ELIMIT, 0, "response larger than the bound");
			break;
		}
		/* fall through */
	default:
		rl_resp_fail(&r->rs, RL_ENET, 0, "%s", detail);
	}
}

static int is_empty(const rl_response *rs)
{
	return !rs->error && rs->text_len == 0 && rs->tool_calls_len == 0 &&
	       rs->finish != RL_FINISH_FILTER && rs->finish != RL_FINISH_LENGTH;
}

static int64_t backoff(rl_transport *t, req *r)
{
	int64_t cap;
	if (r->retry_after_ms >= 0)
		return r->retry_after_ms < t->o.retry_after_max_ms ? r->retry_after_ms
								  : t->o.retry_after_max_ms;
	cap = (int64_t)t->o.backoff_base_ms << (r->attempts - 1 < 20 ? r->attempts - 1 : 20);
	if (cap > t->o.backoff_max_ms)
		cap = t->o.backoff_max_ms;
	return (int64_t)(rng_next(t) % (uint64_t)(cap + 1));
}

static void release(rl_transport *t, req *r);
static void finish_attempt(rl_transport *t, req *r, CURLcode cc, long status);

static void on_done(rl_transport *t, CURL *c, CURLcode cc)
{
	req *r = NULL;
	long status = 0;

	curl_easy_getinfo(c, CURLINFO_PRIVATE, (char **)&r);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	release(t, r);
	finish_attempt(t, r, cc, status);
}

/* Take a transfer out of curl and the in-flight accounting. */
static void release(rl_transport *t, req *r)
{
	CURL *c = r->easy;
	curl_multi_remove_handle(t->multi, c);
	r->easy = NULL;
	if (r->fprev)
		r->fprev->fnext = r->fnext;
	else
		t->flight = r->fnext;
	if (r->fnext)
		r->fnext->fprev = r->fprev;
	r->fprev = r->fnext = NULL;
	if (t->npool < t->cappool || t->npool < 4096) {
		if (t->npool == t->cappool) {
			int cap = t->cappool ? t->cappool * 2 : 64;
			CURL **p = realloc(t->pool, (size_t)cap * sizeof *p);
			if (p) {
				t->pool = p;
				t->cappool = cap;
			}
		}
		if (t->npool < t->cappool)
			t->pool[t->npool++] = c;
		else
			curl_easy_cleanup(c);
	} else {
		curl_easy_cleanup(c);
	}
	t->in_flight--;
	lane_limits_take(r->ln, r, -1);
}

/* A provider's error text may quote the key it was sent (some echo it in
 * "invalid API key" messages): blank it out before anyone sees it. */
static void scrub_key(req *r)
{
	const char *key = rl_model_spec_key(&r->ln->spec);
	rl_secret_mask(r->rs.error_msg, strlen(r->rs.error_msg), key);
}

static void finish_attempt(rl_transport *t, req *r, CURLcode cc, long status)
{
	int i;

	rl_response_free(&r->rs);
	r->rs.http_status = (int)status;
	if (cc != CURLE_OK) {
		classify_curl(r, cc);
	} else {
		rl_provider_decode(r->ln->spec.wire, (int)status, r->resp.s, r->resp.len, &r->rs, NULL);
		if (r->rs.error == RL_EPROTO && status >= 200 && status < 300)
			/* A cut or garbled 2xx body is a transient fault of the path
			 * (proxies, overloaded front ends): worth another try. */
			r->rs.retryable = 1;
		if (t->o.retry_empty && is_empty(&r->rs)) {
			rl_resp_fail(&r->rs, RL_EPROTO, 1, "empty completion");
		}
		if (!r->rs.error) {
			/* Correct the token buckets with the reported usage. */
			long used = (r->rs.input_tokens > 0 ? r->rs.input_tokens : 0) +
				    (r->rs.output_tokens > 0 ? r->rs.output_tokens : 0);
			if (used > 0)
				for (i = 0; i < r->ln->nlimits; i++)
					if (r->ln->limits[i]->tpm > 0)
						r->ln->limits[i]->ttok += (double)(r->est_tokens - used);
		}
	}
	if (r->rs.error)
		scrub_key(r);
	if (r->rs.error)
		rl_log(RL_LOG_DEBUG, "transport", "model %s attempt %d: %s", r->ln->spec.id,
		       r->attempts, r->rs.error_msg);
	if (r->rs.error && r->rs.retryable && r->attempts < t->o.max_attempts && !t->stopping &&
	    !r->ln->set_aside) {
		r->due = rl_mono_ms() + backoff(t, r);
		if (!heap_push(t, r))
			return;
	}
	if (r->rs.error && r->attempts > 1) {
		char m[sizeof r->rs.error_msg];
		snprintf(m, sizeof m, "%.480s (after %d attempts)", r->rs.error_msg, r->attempts);
		memcpy(r->rs.error_msg, m, sizeof m);
	}
	finish(t, r);
}

static void read_infos(rl_transport *t)
{
	CURLMsg *m;
	int left;
	while ((m = curl_multi_info_read(t->multi, &left)))
		if (m->msg == CURLMSG_DONE)
			on_done(t, m->easy_handle, m->data.result);
}

static void drain_ready(rl_transport *t)
{
	/* Only what was ready when this turn began: a callback that submits
	 * again (a mock conversation's next turn) is served next turn, so a
	 * pass of rl_transport_run ends on time and its caller can commit. */
	size_t n = t->nready;
	while (n-- && t->ready_head) {
		req *r = t->ready_head;
		t->ready_head = r->next;
		if (!t->ready_head)
			t->ready_tail = NULL;
		t->nready--;
		finish(t, r);
	}
}

int rl_transport_pending(const rl_transport *t)
{
	return t->queued + t->nheap + t->in_flight + t->nready;
}

int rl_transport_in_flight(const rl_transport *t)
{
	return t->in_flight;
}

uint64_t rl_transport_http_requests(const rl_transport *t)
{
	return t->http_requests;
}

int rl_transport_is_set_aside(const rl_transport *t, const char *id)
{
	const lane *ln;
	for (ln = t->lanes; ln; ln = ln->next)
		if (!strcmp(ln->spec.id, id) && ln->set_aside)
			return 1;
	return 0;
}

/* One turn of the loop: send what may be sent, wait for sockets or timers
 * at most `max_wait` ms, let curl act, deliver completions. */
static void step(rl_transport *t, int64_t max_wait)
{
	struct epoll_event evs[256];
	int64_t now, wait, tok;
	int n, i, running;

	tok = pump(t);
	drain_ready(t);
	if (!rl_transport_pending(t))
		return;
	now = rl_mono_ms();
	wait = max_wait < 0 ? 1000 : max_wait;
	if (t->curl_due >= 0 && t->curl_due - now < wait)
		wait = t->curl_due - now;
	if (t->nheap && t->heap[0]->due - now < wait)
		wait = t->heap[0]->due - now;
	if (tok >= 0 && tok < wait)
		wait = tok;
	if (t->queued || t->nready) {
		/* Something may be sendable already (a slot freed in a callback). */
		if (t->nready)
			wait = 0;
	}
	if (wait < 0)
		wait = 0;
	n = epoll_wait(t->epfd, evs, 256, (int)wait);
	for (i = 0; i < n; i++) {
		int flags = 0;
		if (idle_event(t, evs[i].data.fd))
			continue;
		if (evs[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))
			flags |= CURL_CSELECT_IN;
		if (evs[i].events & EPOLLOUT)
			flags |= CURL_CSELECT_OUT;
		if (evs[i].events & EPOLLERR)
			flags |= CURL_CSELECT_ERR;
		curl_multi_socket_action(t->multi, evs[i].data.fd, flags, &running);
	}
	if (t->curl_due >= 0 && rl_mono_ms() >= t->curl_due) {
		t->curl_due = -1;
		curl_multi_socket_action(t->multi, CURL_SOCKET_TIMEOUT, 0, &running);
	}
	read_infos(t);
	drain_ready(t);
}

int rl_transport_run(rl_transport *t, int max_ms)
{
	int64_t end = max_ms < 0 ? -1 : rl_mono_ms() + max_ms;
	/* At least one turn, then until nothing is pending or the time is up.
	 * The time is up at `end` itself: epoll's millisecond timeout can end
	 * a hair before the clock reads `end`, and zero-wait turns until it
	 * does were a busy loop at the end of every pass. */
	while (rl_transport_pending(t)) {
		int64_t left = end < 0 ? -1 : end - rl_mono_ms();
		step(t, end >= 0 && left < 0 ? 0 : left);
		if (end >= 0 && rl_mono_ms() >= end)
			break;
	}
	return rl_transport_pending(t);
}

void rl_transport_stop(rl_transport *t)
{
	t->stopping = 1;
}

static void abort_in_flight(rl_transport *t, const char *why)
{
	while (t->flight) {
		req *r = t->flight;
		release(t, r);
		rl_response_free(&r->rs);
		rl_resp_fail(&r->rs, RL_EINTR, 1, "model %s: %s", r->ln->spec.id, why);
		finish(t, r);
	}
}

int rl_transport_drain(rl_transport *t, int deadline_ms)
{
	int64_t end = rl_mono_ms() + (deadline_ms > 0 ? deadline_ms : 0);
	int before;
	t->stopping = 1;
	while (rl_transport_pending(t) && rl_mono_ms() < end)
		step(t, end - rl_mono_ms());
	before = t->in_flight;
	abort_in_flight(t, "aborted at shutdown");
	return before;
}

void rl_transport_free(rl_transport *t)
{
	lane *ln, *nl;
	limit *l, *nlm;
	int i;
	if (!t)
		return;
	t->stopping = 1;
	rl_transport_drain(t, 0);
	pump(t);
	drain_ready(t);
	for (ln = t->lanes; ln; ln = nl) {
		nl = ln->next;
		rl_mock_script_free(ln->script);
		enc_unref(ln->last);
		free(ln);
	}
	for (l = t->limits; l; l = nlm) {
		nlm = l->next;
		free(l->match);
		free(l);
	}
	for (i = 0; i < t->npool; i++)
		curl_easy_cleanup(t->pool[i]);
	free(t->pool);
	free(t->heap);
	curl_multi_cleanup(t->multi); /* closes through close_socket: t->fds still valid */
	close(t->epfd);
	free(t->fds);
	free(t);
}

static void call_done(void *ud, rl_response *rs)
{
	rl_response *out = ud;
	*out = *rs;              /* steal every string */
	rl_response_init(rs);
}

int rl_provider_call(const rl_request *rq, rl_response *out, rl_err *e)
{
	rl_transport *t;
	int rc;

	rl_response_init(out);
	if ((rc = rl_transport_new(NULL, &t, e)))
		return rc;
	if ((rc = rl_transport_submit(t, rq, call_done, out, e))) {
		rl_transport_free(t);
		return rc;
	}
	rl_transport_run(t, -1);
	rl_transport_free(t);
	if (out->error)
		return rl_err_set(e, out->error, "model %s: %s", rq->model->id, out->error_msg);
	return 0;
}
