/* guard/hcli.c: the guard proxy's pooled keep-alive HTTP/1.1 client for
 * plain-HTTP upstreams (why not libcurl: see hcli.h). A request on an idle
 * pooled connection costs one send of head+body and one recv per readable
 * event; idle connections stay registered for EPOLLIN, so reuse needs no
 * epoll_ctl, and an idle connection that turns readable was closed by the
 * upstream. The response grammar (Content-Length, chunked, close-delimited,
 * 1xx) is http-parser's; this file only moves bytes and keeps state.
 * Stream mode (hc_send with an hc_stream) hands the head and each decoded
 * piece of body to the receiver from inside the parser's callbacks, so a
 * chunked or SSE answer leaves here as it arrives, whatever its framing. */
#include "guard/hcli.h"
#include "guard/h1fast.h"

#include <errno.h>
#include <http_parser.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define HC_RD_SIZE 65536        /* one recv; a typical model answer fits at once */
#define HC_TICK_MS 100          /* timeout sweep granularity */
#define HC_MAX_ADDRS 8          /* resolved addresses tried in order */
#define HC_PREGROW (256u << 10) /* body bytes reserved from Content-Length */

typedef struct hc_conn hc_conn;

struct hc_conn {
	hc_pool *p;
	int fd;
	hs_watch *w;
	unsigned ev;            /* events watched now (HS_IN | HS_OUT) */
	int connecting;         /* non-blocking connect not finished */
	int reused;             /* finished an answer before: an early failure may be staleness */
	hc_req *r;              /* the request on it, NULL while idle */
	hc_conn *prev, *next;   /* p->conns: every open connection */
	hc_conn *iprev, *inext; /* p->idle, most recently used first */
};

/* Header capture targets, chosen when a header's value starts. */
enum { H_NONE, H_CTYPE, H_REQID, H_RETRY };

struct hc_req {
	hc_pool *p;
	hc_conn *c; /* NULL while queued as failed (pend) */
	char *buf;  /* head then body, one block: one send for both */
	size_t len, headn, sent;
	size_t bufcap; /* buf's size: a spare keeps a usual one (head bytes zeroed) */
	hc_done_fn done;
	void *ud;
	int64_t deadline;  /* whole request (0: none) */
	int64_t cdeadline; /* this connect attempt (0: none) */
	unsigned ai;       /* address being tried */
	const char *cmsg;  /* why the last connect failed */
	int in_post;       /* inside hc_post: failures are queued, never reported */
	int retried, got, complete, interim, toobig, oom, bad, pend;
	/* stream mode */
	const hc_stream *st;
	int headed, paused, want_pause, stopped, headbig;
	int no_body; /* a HEAD request: its answer has no body, whatever it says */
	/* fast_answer in stream mode: the head's lines, NUL-terminated in the
	 * read buffer, for give_head (NULL otherwise: keep_head copies them) */
	const char *const *fast_hv;
	size_t fast_nh;
	int hstate;          /* 0 before a field, 1 in a name, 2 in a value */
	size_t hbytes, nfld; /* head bytes and header lines so far */
	size_t piece, gap;   /* body bytes in this read; framing bytes since the last */
	rl_buf hb;           /* the head's lines: name NUL value NUL ... */
	/* header capture across split callbacks */
	int hval; /* the last callback was a value */
	int htarget;
	int reqid_src; /* 0 none, 1 request-id, 2 x-request-id */
	size_t hnlen;
	char hname[16];
	http_parser hp;
	hc_result res;
	hc_req *prev, *next; /* p->reqs: every request not yet finished */
	hc_req *pnext;       /* p->pend */
};

struct hc_pool {
	hs_loop *l;
	hc_opts o;
	struct sockaddr_storage addr[HC_MAX_ADDRS];
	socklen_t alen[HC_MAX_ADDRS];
	unsigned naddr, good; /* good: the address that last connected */
	char auth[300];       /* Host header value: host[:port] as in the URL */
	size_t authn;
	hc_conn *conns, *idle;
	size_t nconns, nidle, ninflight;
	hc_req *reqs;
	hc_req *pend, *pend_tail;
	size_t npend;
	int64_t next_sweep;
	hc_req *spare; /* finished requests for reuse (req_free, hc_send): a
			* calloc and the head buffer's growth per request */
	size_t nspare;
	char rd[HC_RD_SIZE];
};

static int64_t now_ms(void)
{
	struct timespec ts;
	/* the coarse clock is a plain memory read; timeouts here are
	 * checked every 100 ms anyway */
	clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- response parsing (http-parser callbacks) ---- */

static void pick_target(hc_req *r)
{
	const char *n = r->hname;
	r->htarget = H_NONE;
	if (r->hnlen >= sizeof r->hname || r->hnlen < 10 || r->hnlen > 12)
		return; /* not the length of a name we keep */
	/* compared with the names of its length only */
	if (r->hnlen == 12 && !strcasecmp(n, "content-type")) {
		if (!r->res.ctype[0])
			r->htarget = H_CTYPE;
	} else if (r->hnlen == 12 && !strcasecmp(n, "x-request-id")) {
		if (r->reqid_src < 2) {
			r->res.reqid[0] = '\0';
			r->reqid_src = 2;
			r->htarget = H_REQID;
		}
	} else if (r->hnlen == 10 && !strcasecmp(n, "request-id")) {
		if (!r->reqid_src) {
			r->reqid_src = 1;
			r->htarget = H_REQID;
		}
	} else if (r->hnlen == 11 && !strcasecmp(n, "retry-after")) {
		if (!r->res.retry[0])
			r->htarget = H_RETRY;
	}
}

static int on_message_begin(http_parser *hp)
{
	hc_req *r = hp->data;
	/* after a 1xx interim answer: forget its headers */
	r->res.status = 0;
	r->res.ctype[0] = r->res.reqid[0] = r->res.retry[0] = '\0';
	r->reqid_src = 0;
	r->hval = 1; /* the first field starts a new name */
	r->hnlen = 0;
	rl_buf_reset(&r->res.body);
	if (r->st) {
		rl_buf_reset(&r->hb);
		r->hstate = 0;
		r->hbytes = r->nfld = 0;
	}
	return 0;
}

/* Stream mode: keep a header line's bytes (bounded; control bytes of
 * values dropped, as in the copies below). */
static void keep_head(hc_req *r, int value, const char *at, size_t n)
{
	int rc = 0;
	size_t k;
	if (r->hstate != (value ? 2 : 1)) {
		if (r->hstate)
			rc |= rl_buf_addc(&r->hb, '\0');
		if (!value && ++r->nfld > HC_STREAM_MAX_FIELDS)
			r->bad = r->headbig = 1;
		r->hstate = value ? 2 : 1;
	}
	r->hbytes += n;
	if (r->hbytes > HC_STREAM_MAX_HEAD)
		r->bad = r->headbig = 1;
	/* in runs: a value's control bytes are skipped (a name, which
	 * http-parser checked for token bytes, is taken whole) */
	if (!value && !r->bad)
		rc |= rl_buf_add(&r->hb, at, n);
	for (k = 0; value && k < n && !r->bad && !rc;) {
		size_t j = k;
		while (j < n && (!value || ((unsigned char)at[j] >= 0x20 && at[j] != 0x7f)))
			j++;
		rc |= rl_buf_add(&r->hb, at + k, j - k);
		k = j + 1;
	}
	if (rc)
		r->oom = 1;
	if (r->bad || r->oom)
		http_parser_pause(&r->hp, 1);
}

/* Stream mode: the final head goes to the receiver. */
static void give_head(hc_req *r)
{
	const char *hv[2 * HC_STREAM_MAX_FIELDS], *q, *end;
	size_t nh = 0;
	if (r->fast_hv) {
		r->headed = 1;
		if (r->st->head(r->ud, &r->res, r->fast_hv, r->fast_nh) == HC_STOP)
			r->stopped = 1;
		return;
	}
	if (r->hstate && rl_buf_addc(&r->hb, '\0')) {
		r->oom = 1;
		return;
	}
	q = r->hb.s;
	end = q ? q + r->hb.len : NULL;
	while (q && q < end && nh < 2 * HC_STREAM_MAX_FIELDS) {
		hv[nh++] = q; /* name, then value: each NUL-terminated */
		q += strlen(q) + 1;
	}
	if (nh % 2) /* a name without a value cannot happen; be safe */
		nh--;
	r->headed = 1;
	if (r->st->head(r->ud, &r->res, hv, nh / 2) == HC_STOP)
		r->stopped = 1;
}

static int on_header_field(http_parser *hp, const char *at, size_t n)
{
	hc_req *r = hp->data;
	size_t k;
	if (r->hval) {
		r->hval = 0;
		r->hnlen = 0;
	}
	k = sizeof r->hname - r->hnlen < n ? sizeof r->hname - r->hnlen : n;
	memcpy(r->hname + r->hnlen, at, k);
	r->hnlen += k;
	if (k < n)
		r->hnlen = sizeof r->hname; /* too long: matches nothing */
	if (r->st && !r->fast_hv)
		keep_head(r, 0, at, n);
	return 0;
}

static int on_header_value(http_parser *hp, const char *at, size_t n)
{
	hc_req *r = hp->data;
	char *dst;
	size_t cap, len, k;
	if (!r->hval) {
		r->hval = 1;
		if (r->hnlen < sizeof r->hname)
			r->hname[r->hnlen] = '\0';
		pick_target(r);
	}
	if (r->st && !r->fast_hv)
		keep_head(r, 1, at, n);
	/* clang-format off */
	switch (r->htarget) {
	case H_CTYPE: dst = r->res.ctype; cap = sizeof r->res.ctype; break;
	case H_REQID: dst = r->res.reqid; cap = sizeof r->res.reqid; break;
	case H_RETRY: dst = r->res.retry; cap = sizeof r->res.retry; break;
	default: return 0;
	}
	/* clang-format on */
	len = strlen(dst);
	/* the proxy forwards these as header values: no control bytes */
	for (k = 0; k < n && len + 1 < cap; k++)
		if ((unsigned char)at[k] >= 0x20 && at[k] != 0x7f)
			dst[len++] = at[k];
	dst[len] = '\0';
	return 0;
}

static int on_headers_complete(http_parser *hp)
{
	hc_req *r = hp->data;
	hc_pool *p = r->p;
	r->hval = 1;
	r->res.status = (int)hp->status_code;
	if (hp->status_code < 100) {
		/* http-parser takes "HTTP/1.1 2 OK"; RFC 9110 wants three digits */
		r->bad = 1;
		http_parser_pause(hp, 1);
		return 0;
	}
	if (hp->status_code / 100 == 1) {
		r->interim = 1; /* 100 Continue and friends: the answer follows */
		return 0;
	}
	if (r->st) {
		if (!r->bad && !r->oom)
			give_head(r);
		if (r->stopped || r->oom)
			http_parser_pause(hp, 1);
		return r->no_body; /* 1: http-parser expects no body */
	}
	if (r->no_body)
		return 1;
	if (!(hp->flags & F_CHUNKED) && hp->content_length != ULLONG_MAX &&
	    hp->content_length > 0) {
		if (hp->content_length > p->o.max_response) {
			r->toobig = 1; /* known now: do not read megabytes first */
			http_parser_pause(hp, 1);
			return 0;
		}
		/* one allocation for a usual body; not more than HC_PREGROW on
		 * the upstream's word alone, before any of it arrived */
		if (rl_buf_grow(&r->res.body, hp->content_length < HC_PREGROW
						      ? (size_t)hp->content_length
						      : HC_PREGROW)) {
			r->oom = 1;
			http_parser_pause(hp, 1);
		}
	}
	return 0;
}

static int on_body(http_parser *hp, const char *at, size_t n)
{
	hc_req *r = hp->data;
	if (r->st) {
		int rc;
		if (!r->headed || r->interim)
			return 0; /* a 1xx answer's "body": dropped, as whole mode drops it */
		rc = r->st->body(r->ud, at, n);
		r->piece += n;
		if (rc == HC_PAUSE)
			r->want_pause = 1;
		if (rc == HC_STOP) {
			r->stopped = 1;
			http_parser_pause(hp, 1);
		}
		return 0;
	}
	if (n > r->p->o.max_response - r->res.body.len) {
		r->toobig = 1;
		http_parser_pause(hp, 1);
		return 0;
	}
	if (rl_buf_add(&r->res.body, at, n)) {
		r->oom = 1;
		http_parser_pause(hp, 1);
	}
	return 0;
}

static int on_message_complete(http_parser *hp)
{
	hc_req *r = hp->data;
	if (r->interim) {
		r->interim = 0;
		return 0;
	}
	r->complete = 1;
	/* stop at the end of this answer: bytes after it mean the connection
	 * is out of step and must not be reused */
	http_parser_pause(hp, 1);
	return 0;
}

static const http_parser_settings parse_cb = {
	.on_message_begin = on_message_begin,
	.on_header_field = on_header_field,
	.on_header_value = on_header_value,
	.on_headers_complete = on_headers_complete,
	.on_body = on_body,
	.on_message_complete = on_message_complete,
};

/* ---- the usual answer without http-parser ----
 * An answer whose head and whole Content-Length body came in the first
 * read, in the plainest form (HTTP/1.0 or 1.1, a 2xx-5xx status other than
 * 204/304, token names, CRLF lines, one Content-Length, Connection only
 * "keep-alive" or "close", no Transfer-Encoding, Upgrade or
 * Proxy-Connection, no empty value, no trailing blank) is read here and
 * handed to the same callbacks, with the parser fields they and
 * http_should_keep_alive read set as http-parser sets them. Anything else,
 * and any answer cut across reads, goes to http-parser: this accepts a
 * subset of what it accepts, and test_hcli compares the two readings
 * (fast_answer_agrees). http-parser's state machine was ~4.5k instructions
 * per MCP tools/call answer. */
/* 1: the answer was read (r's callbacks ran; a pause they asked for
 * stopped them as it stops http-parser); 0: nothing was touched. */
/* Stream mode: whether the head's lines can go to the receiver as they
 * are in the read buffer (keep_head would copy them unchanged): no value
 * holds a control byte it drops (h1f_fields lets only HTAB through), and
 * the head is within keep_head's bound (h1f_fields' field count is). */
static int fast_head_plain(const h1f_head *h)
{
	size_t i, bytes = 0;
	for (i = 0; i < h->n; i++) {
		bytes += h->nl[i] + h->vn[i];
		if (memchr(h->val[i], '\t', h->vn[i]))
			return 0;
	}
	return bytes <= HC_STREAM_MAX_HEAD && h->n <= HC_STREAM_MAX_FIELDS;
}

static int fast_answer(hc_req *r, char *s, size_t n)
{
	const char *p = s + 12, *end = s + n;
	const char *hv[2 * H1F_FIELDS];
	size_t i;
	h1f_head h;
	int st;
	http_parser *hp = &r->hp;

	if (r->no_body || n < 19 || n > 65536 || memcmp(s, "HTTP/1.", 7) ||
	    (s[7] != '0' && s[7] != '1') || s[8] != ' ' || s[9] < '2' || s[9] > '5' ||
	    s[10] < '0' || s[10] > '9' || s[11] < '0' || s[11] > '9')
		return 0;
	st = (s[9] - '0') * 100 + (s[10] - '0') * 10 + (s[11] - '0');
	if (st == 204 || st == 304)
		return 0;
	if (*p == ' ')
		for (p++; p < end && *p != '\r'; p++)
			if (!H1F_IN(h1f_val_bits, *p))
				return 0;
	if (!(p = h1f_fields(p, end, &h)))
		return 0;
	if (!h.have_cl || (uint64_t)(end - p) != h.cl)
		return 0;
	/* read: what http-parser would have set before on_headers_complete */
	hp->http_major = 1;
	hp->http_minor = (unsigned short)(s[7] - '0');
	hp->status_code = (unsigned)st;
	hp->content_length = h.cl;
	hp->flags |= F_CONTENTLENGTH | (h.conn == 1   ? F_CONNECTION_KEEP_ALIVE
					: h.conn == 2 ? F_CONNECTION_CLOSE
						      : 0);
#define FAST_GO (HTTP_PARSER_ERRNO(hp) == HPE_OK)
	on_message_begin(hp);
	if (r->st && fast_head_plain(&h)) {
		/* each name ends at its ':', each value at its CR: NUL there, and
		 * the lines go to the receiver from the read buffer (the
		 * callbacks below still capture what they capture) */
		for (i = 0; i < h.n; i++) {
			hv[2 * i] = h.nm[i];
			hv[2 * i + 1] = h.val[i];
			s[h.nm[i] + h.nl[i] - s] = '\0';
			s[h.val[i] + h.vn[i] - s] = '\0';
		}
		r->fast_hv = hv;
		r->fast_nh = h.n;
	}
	for (i = 0; i < h.n && FAST_GO; i++) {
		on_header_field(hp, h.nm[i], h.nl[i]);
		if (FAST_GO)
			on_header_value(hp, h.val[i], h.vn[i]);
	}
	if (FAST_GO && on_headers_complete(hp) == 0 && FAST_GO && h.cl) {
		r->fast_hv = NULL;
		on_body(hp, p, (size_t)h.cl);
	}
	r->fast_hv = NULL;
	if (FAST_GO) {
		hp->content_length = 0; /* as http-parser leaves it: all read */
		on_message_complete(hp);
	}
#undef FAST_GO
	return 1;
}

/* ---- connections ---- */

static void conn_close(hc_conn *c)
{
	hc_pool *p = c->p;
	if (c->w)
		hs_watch_del(c->w);
	close(c->fd);
	if (!c->r) { /* idle */
		if (c->iprev)
			c->iprev->inext = c->inext;
		else
			p->idle = c->inext;
		if (c->inext)
			c->inext->iprev = c->iprev;
		p->nidle--;
	} else {
		c->r->c = NULL;
	}
	if (c->prev)
		c->prev->next = c->next;
	else
		p->conns = c->next;
	if (c->next)
		c->next->prev = c->prev;
	p->nconns--;
	free(c);
}

static int watch_set(hc_conn *c, unsigned ev)
{
	if (c->ev == ev)
		return 0;
	if (hs_watch_mod(c->w, ev))
		return -1;
	c->ev = ev;
	return 0;
}

/* ---- requests ---- */

/* Take `r` off the pool's list (it no longer counts as in flight) and
 * free it. */
static void req_unlink(hc_req *r)
{
	hc_pool *p = r->p;
	if (r->prev)
		r->prev->next = r->next;
	else
		p->reqs = r->next;
	if (r->next)
		r->next->prev = r->prev;
	p->ninflight--;
}

static void req_free(hc_req *r)
{
	/* the caller's header lines may hold API keys */
	if (r->buf)
		explicit_bzero(r->buf, r->headn);
	rl_buf_free(&r->res.body);
	if (r->p->nspare < 16 && r->hb.cap <= 4096) {
		if (r->bufcap > 8192) { /* a large body's block is not kept */
			free(r->buf);
			r->buf = NULL;
			r->bufcap = 0;
		}
		/* names and values of an answer's head: not secret, kept */
		rl_buf_reset(&r->hb);
		r->next = r->p->spare;
		r->p->spare = r;
		r->p->nspare++;
		return;
	}
	rl_buf_free(&r->hb);
	free(r->buf);
	free(r);
}

/* A zeroed request: a spare (its head buffer and send block kept) or a
 * new one. */
static hc_req *req_new(hc_pool *p)
{
	hc_req *r = p->spare;
	rl_buf hb;
	char *buf;
	size_t bufcap;
	if (!r) {
		if ((r = calloc(1, sizeof *r)))
			rl_buf_init(&r->hb);
		return r;
	}
	p->spare = r->next;
	p->nspare--;
	hb = r->hb;
	buf = r->buf;
	bufcap = r->bufcap;
	memset(r, 0, sizeof *r);
	r->hb = hb;
	r->buf = buf;
	r->bufcap = bufcap;
	return r;
}

/* Report and free `r`, whose connection is already gone or released.
 * Unlinked first, so that the callback sees the pool as it is now and may
 * post the next request at once. */
static void req_finish(hc_req *r, int err, const char *msg)
{
	req_unlink(r);
	r->res.err = err;
	r->res.errmsg = err ? msg : "";
	if (err)
		rl_buf_free(&r->res.body); /* a partial body is no answer */
	r->done(r->ud, &r->res);
	req_free(r);
}

/* Fail `r`: its connection is closed; the callback runs now, or from
 * hc_pool_tick when we are still inside hc_post. */
static void req_fail(hc_req *r, int err, const char *msg)
{
	hc_pool *p = r->p;
	if (r->c)
		conn_close(r->c);
	if (!r->in_post) {
		req_finish(r, err, msg);
		return;
	}
	r->res.err = err;
	r->res.errmsg = msg;
	r->pend = 1;
	r->pnext = NULL;
	if (p->pend_tail)
		p->pend_tail->pnext = r;
	else
		p->pend = r;
	p->pend_tail = r;
	p->npend++;
	/* so that the loop returns and the proxy calls hc_pool_tick soon */
	hs_loop_wake(p->l);
}

static void conn_io(void *ud, int fd, unsigned ev);
static int req_send(hc_req *r);

/* Static text for a failed connect: errmsg must never be built from
 * anything the caller sent. */
static const char *connect_msg(int err)
{
	switch (err) {
	case ECONNREFUSED: return "the upstream refused the connection";
	case ENETUNREACH:
	case EHOSTUNREACH: return "the upstream is unreachable";
	case ETIMEDOUT: return "connecting to the upstream timed out";
	default: return "could not connect to the upstream";
	}
}

static void attach(hc_req *r, hc_conn *c)
{
	c->r = r;
	r->c = c;
	r->sent = 0;
	r->got = r->complete = r->interim = 0;
	http_parser_init(&r->hp, HTTP_RESPONSE);
	r->hp.data = r;
}

/* Open a new connection for `r`, trying the addresses from r->ai on.
 * Returns 0 (connecting, or connected and the request under way; r may be
 * finished when not in hc_post) or -1 (no address connected: the caller
 * fails the request). */
static int conn_open(hc_req *r)
{
	hc_pool *p = r->p;
	hc_conn *c;
	int fd, one = 1, rc;

	for (; r->ai < p->naddr; r->ai++) {
		fd = socket(p->addr[r->ai].ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC,
			    0);
		if (fd < 0) {
			r->cmsg = "out of sockets for the upstream";
			return -1;
		}
		/* requests go out in one write; Nagle would only delay them */
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
		rc = connect(fd, (struct sockaddr *)&p->addr[r->ai], p->alen[r->ai]);
		/* EINTR: a non-blocking connect goes on in the background */
		if (rc < 0 && errno != EINPROGRESS && errno != EINTR) {
			r->cmsg = connect_msg(errno);
			close(fd);
			continue;
		}
		c = calloc(1, sizeof *c);
		if (!c) {
			close(fd);
			r->cmsg = "out of memory";
			return -1;
		}
		c->p = p;
		c->fd = fd;
		c->connecting = rc < 0;
		c->ev = c->connecting ? HS_OUT : HS_IN;
		c->w = hs_watch_add(p->l, fd, c->ev, conn_io, c);
		if (!c->w) {
			close(fd);
			free(c);
			r->cmsg = "cannot watch the upstream connection";
			return -1;
		}
		c->next = p->conns;
		if (p->conns)
			p->conns->prev = c;
		p->conns = c;
		p->nconns++;
		attach(r, c);
		if (c->connecting) {
			r->cdeadline =
				p->o.connect_timeout_ms ? now_ms() + p->o.connect_timeout_ms : 0;
			return 0;
		}
		p->good = r->ai;
		req_send(r);
		return 0;
	}
	return -1;
}

/* The connection failed before the answer was complete. A reused
 * connection that fails before any byte of the answer was most likely
 * closed by the upstream while idle: retry once on a new one. */
static void req_io_failed(hc_req *r, const char *msg)
{
	hc_conn *c = r->c;
	if (c && c->reused && !r->got && !r->retried) {
		conn_close(c);
		r->retried = 1;
		r->ai = r->p->good;
		if (conn_open(r))
			req_fail(r, HC_ECONNECT, r->cmsg);
		return;
	}
	req_fail(r, HC_EIO, msg);
}

/* Send what is left of the request. Returns 0 while `r` stays on its
 * connection, 1 when it failed or moved (the caller must not touch the
 * connection any more). */
static int req_send(hc_req *r)
{
	hc_conn *c = r->c;
	ssize_t n;
	while (r->sent < r->len) {
		n = send(c->fd, r->buf + r->sent, r->len - r->sent, MSG_NOSIGNAL);
		if (n > 0) {
			r->sent += (size_t)n;
			continue;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			/* the rest goes out on EPOLLOUT */
			if (watch_set(c, r->paused ? HS_OUT : HS_IN | HS_OUT)) {
				req_fail(r, HC_EIO, "cannot watch the upstream connection");
				return 1;
			}
			return 0;
		}
		req_io_failed(r, "could not send the request to the upstream");
		return 1;
	}
	if (watch_set(c, r->paused ? 0 : HS_IN)) {
		req_fail(r, HC_EIO, "cannot watch the upstream connection");
		return 1;
	}
	return 0;
}

/* A complete answer: the connection goes idle (kept registered for
 * EPOLLIN, so reuse costs no epoll_ctl) or is closed. */
static void req_complete(hc_req *r, int keep)
{
	hc_pool *p = r->p;
	hc_conn *c = r->c;
	if (keep && p->nidle < p->o.max_idle && c->ev == HS_IN) {
		c->r = NULL;
		r->c = NULL;
		c->reused = 1;
		c->iprev = NULL;
		c->inext = p->idle;
		if (p->idle)
			p->idle->iprev = c;
		p->idle = c;
		p->nidle++;
	} else {
		conn_close(c);
	}
	req_finish(r, HC_OK, "");
}

static void conn_read(hc_conn *c)
{
	hc_req *r = c->r;
	hc_pool *p = c->p;
	size_t parsed;
	ssize_t n;
	enum http_errno he;

	do
		n = recv(c->fd, p->rd, sizeof p->rd, 0);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		if (errno == EAGAIN || errno == EWOULDBLOCK)
			return;
		if (!r->got)
			req_io_failed(r, "the upstream reset the connection");
		else
			req_fail(r, HC_EIO, "the upstream reset the connection mid-answer");
		return;
	}
	if (n == 0) {
		/* EOF ends a close-delimited body; anything else is cut short */
		http_parser_execute(&r->hp, &parse_cb, NULL, 0);
		if (r->complete)
			req_complete(r, 0);
		else if (!r->got)
			req_io_failed(r, "the upstream closed the connection without answering");
		else
			req_fail(r, HC_EIO, "the upstream closed the connection mid-answer");
		return;
	}
	r->piece = 0;
	if (!r->got && fast_answer(r, p->rd, (size_t)n))
		parsed = (size_t)n;
	else
		parsed = http_parser_execute(&r->hp, &parse_cb, p->rd, (size_t)n);
	r->got = 1;
	if (r->stopped) {
		req_fail(r, HC_ESTOPPED, "the receiver stopped the answer");
		return;
	}
	if (r->toobig) {
		req_fail(r, HC_ETOOBIG, "the upstream answer is larger than the limit");
		return;
	}
	if (r->oom) {
		req_fail(r, HC_EIO, "out of memory for the upstream answer");
		return;
	}
	if (r->bad) {
		req_fail(r, HC_EPROTO,
			 r->headbig ? "the upstream answer's head passed its bound"
				    : "the upstream answer is not valid HTTP/1.x");
		return;
	}
	if (r->complete) {
		req_complete(r, parsed == (size_t)n && r->sent == r->len &&
					http_should_keep_alive(&r->hp));
		return;
	}
	he = HTTP_PARSER_ERRNO(&r->hp);
	if (he != HPE_OK || r->hp.upgrade || parsed != (size_t)n) {
		req_fail(r, HC_EPROTO, "the upstream answer is not valid HTTP/1.x");
		return;
	}
	if (!r->st || !r->headed)
		return;
	/* framing between pieces of body (chunk-size lines, their
	 * extensions, trailers) is bounded like a head */
	r->gap = r->piece ? 0 : r->gap + (size_t)n;
	if (r->gap > HC_STREAM_MAX_GAP) {
		req_fail(r, HC_EPROTO, "the upstream answer's framing passed its bound");
		return;
	}
	if (r->want_pause) {
		r->want_pause = 0;
		r->paused = 1;
		if (watch_set(c, r->sent < r->len ? HS_OUT : 0))
			req_fail(r, HC_EIO, "cannot watch the upstream connection");
	}
}

static void conn_connected(hc_conn *c)
{
	hc_req *r = c->r;
	hc_pool *p = c->p;
	int err = 0;
	socklen_t el = sizeof err;
	if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &el) < 0)
		err = errno;
	if (err) {
		conn_close(c);
		r->cmsg = connect_msg(err);
		r->ai++; /* next address, if any */
		if (conn_open(r))
			req_fail(r, HC_ECONNECT, r->cmsg);
		return;
	}
	c->connecting = 0;
	r->cdeadline = 0;
	p->good = r->ai;
	req_send(r);
}

static void conn_io(void *ud, int fd, unsigned ev)
{
	hc_conn *c = ud;
	(void)fd;
	if (!c->r) {
		/* idle and readable: the upstream closed it (or sent bytes nobody
		 * asked for); either way it cannot carry a request */
		conn_close(c);
		return;
	}
	if (c->connecting) {
		if (ev & (HS_OUT | HS_ERR))
			conn_connected(c);
		return;
	}
	if ((ev & HS_OUT) && c->r->sent < c->r->len && req_send(c->r))
		return;
	if (ev & (HS_IN | HS_ERR))
		conn_read(c);
}

/* ---- the API ---- */

int hc_pool_new(hs_loop *l, const char *url, const hc_opts *o, hc_pool **out, rl_err *e)
{
	struct http_parser_url u;
	struct addrinfo hints, *ai = NULL, *a;
	char host[256], port[8];
	size_t hl, sl;
	hc_pool *p;
	int rc;

	*out = NULL;
	if (!l || !url || !o)
		return rl_err_set(e, RL_EINVAL, "hc_pool_new: loop, url and options are required");
	http_parser_url_init(&u);
	if (http_parser_parse_url(url, strlen(url), 0, &u) || !(u.field_set & (1 << UF_SCHEMA)) ||
	    !(u.field_set & (1 << UF_HOST)))
		return rl_err_set(e, RL_EINVAL,
				  "upstream url: expected http://host[:port], got something else");
	sl = u.field_data[UF_SCHEMA].len;
	if (sl != 4 || strncasecmp(url + u.field_data[UF_SCHEMA].off, "http", 4))
		return rl_err_set(e, RL_EUNSUPP,
				  "upstream url: scheme '%.*s' is not served by the keep-alive "
				  "client (expected http://; TLS upstreams go through libcurl)",
				  (int)(sl > 16 ? 16 : sl), url + u.field_data[UF_SCHEMA].off);
	if (u.field_set & (1 << UF_USERINFO))
		return rl_err_set(e, RL_EINVAL,
				  "upstream url: credentials in the url are not supported "
				  "(expected http://host[:port])");
	hl = u.field_data[UF_HOST].len;
	if (hl == 0 || hl >= sizeof host)
		return rl_err_set(e, RL_EINVAL, "upstream url: host is empty or too long");
	memcpy(host, url + u.field_data[UF_HOST].off, hl);
	host[hl] = '\0';
	snprintf(port, sizeof port, "%u", (u.field_set & (1 << UF_PORT)) ? (unsigned)u.port : 80u);

	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICSERV;
	rc = getaddrinfo(host, port, &hints, &ai);
	if (rc)
		return rl_err_set(e, RL_ENET, "upstream url: cannot resolve host '%s': %s", host,
				  gai_strerror(rc));
	p = calloc(1, sizeof *p);
	if (!p) {
		freeaddrinfo(ai);
		return rl_err_set(e, RL_ENOMEM, "hc_pool_new: out of memory");
	}
	p->l = l;
	p->o = *o;
	for (a = ai; a && p->naddr < HC_MAX_ADDRS; a = a->ai_next) {
		if (a->ai_addrlen > sizeof p->addr[0])
			continue;
		memcpy(&p->addr[p->naddr], a->ai_addr, a->ai_addrlen);
		p->alen[p->naddr++] = a->ai_addrlen;
	}
	freeaddrinfo(ai);
	if (!p->naddr) {
		free(p);
		return rl_err_set(e, RL_ENET, "upstream url: host '%s' has no usable address",
				  host);
	}
	/* Host: as the URL spells it, brackets for IPv6 literals */
	p->authn = (size_t)snprintf(
		p->auth, sizeof p->auth, "%s%s%s%s%s", strchr(host, ':') ? "[" : "", host,
		strchr(host, ':') ? "]" : "", (u.field_set & (1 << UF_PORT)) ? ":" : "",
		(u.field_set & (1 << UF_PORT)) ? port : "");
	*out = p;
	return 0;
}

void hc_pool_free(hc_pool *p)
{
	if (!p)
		return;
	while (p->reqs)
		hc_cancel(p->reqs);
	while (p->conns)
		conn_close(p->conns);
	while (p->spare) {
		hc_req *r = p->spare;
		p->spare = r->next;
		rl_buf_free(&r->hb);
		free(r->buf);
		free(r);
	}
	free(p);
}

/* Decimal of `v` written backwards ending at `end`; returns its start. */
static char *utoa(size_t v, char *end)
{
	do
		*--end = (char)('0' + v % 10);
	while (v /= 10);
	return end;
}

int hc_send(hc_pool *p, const hc_call *call, hc_done_fn done, void *ud, hc_req **out)
{
	static const char v[] = " HTTP/1.1\r\nHost: ", cl[] = "\r\nContent-Length: ";
	const char *m = call->method ? call->method : "POST", *path = call->path;
	size_t bn = call->bn, mn = strlen(m), pn, nn, k;
	char num[24], *ns = utoa(bn, num + sizeof num), *w;
	int bad = mn == 0 || mn > 16, withlen;
	hc_req *r;

	if (out)
		*out = NULL;
	if (!path || !*path)
		path = "/";
	pn = strlen(path);
	/* the path comes from a client: no byte may end the request line */
	for (k = 0; k < pn; k++)
		if ((unsigned char)path[k] <= 0x20 || path[k] == 0x7f)
			bad = 1;
	for (k = 0; k < mn; k++) /* a method is a token of capitals here */
		if (m[k] < 'A' || m[k] > 'Z')
			bad = 1;
	withlen = bn > 0 || !strcmp(m, "POST") || !strcmp(m, "PUT") || !strcmp(m, "PATCH");
	nn = withlen ? (size_t)(num + sizeof num - ns) : 0;
	r = req_new(p);
	if (!r)
		return RL_ENOMEM;
	r->headn = mn + 1 + pn + sizeof v - 1 + p->authn + 2 + call->hn +
		   (withlen ? sizeof cl - 3 + nn + 2 : 0) + 2;
	r->len = r->headn + bn;
	if (r->bufcap < r->len) { /* a spare's block is reused when it fits */
		free(r->buf);
		r->bufcap = r->len < 2048 ? 2048 : r->len;
		if (!(r->buf = malloc(r->bufcap))) {
			rl_buf_free(&r->hb);
			free(r);
			return RL_ENOMEM;
		}
	}
	w = r->buf;
	memcpy(w, m, mn), w += mn;
	*w++ = ' ';
	memcpy(w, path, pn), w += pn;
	memcpy(w, v, sizeof v - 1), w += sizeof v - 1;
	memcpy(w, p->auth, p->authn), w += p->authn;
	memcpy(w, "\r\n", 2), w += 2;
	if (call->hn)
		memcpy(w, call->hdrs, call->hn), w += call->hn;
	if (withlen) {
		memcpy(w, cl + 2, sizeof cl - 3), w += sizeof cl - 3;
		memcpy(w, ns, nn), w += nn;
		memcpy(w, "\r\n", 2), w += 2;
	}
	memcpy(w, "\r\n", 2), w += 2;
	if (bn)
		memcpy(w, call->body, bn);
	r->p = p;
	r->done = done;
	r->ud = ud;
	r->st = call->stream;
	r->no_body = !strcmp(m, "HEAD");
	rl_buf_init(&r->res.body);
	r->deadline = p->o.timeout_ms && !call->no_timeout ? now_ms() + p->o.timeout_ms : 0;
	r->ai = p->good;
	r->cmsg = connect_msg(0);
	r->next = p->reqs;
	if (p->reqs)
		p->reqs->prev = r;
	p->reqs = r;
	p->ninflight++;
	if (out)
		*out = r;

	r->in_post = 1;
	if (bad) {
		req_fail(r, HC_EPROTO, "invalid request method or path");
	} else if (p->idle) {
		hc_conn *c = p->idle;
		p->idle = c->inext;
		if (p->idle)
			p->idle->iprev = NULL;
		p->nidle--;
		c->inext = NULL;
		attach(r, c);
		req_send(r);
	} else if (conn_open(r)) {
		req_fail(r, HC_ECONNECT, r->cmsg);
	}
	r->in_post = 0;
	return 0;
}

int hc_post(hc_pool *p, const char *path, const char *hdrs, size_t hn, const char *body, size_t bn,
	    hc_done_fn done, void *ud, hc_req **out)
{
	hc_call c = {.path = path, .hdrs = hdrs, .hn = hn, .body = body, .bn = bn};
	return hc_send(p, &c, done, ud, out);
}

void hc_resume(hc_req *r)
{
	hc_conn *c;
	if (!r || !r->paused || !(c = r->c))
		return;
	r->paused = 0;
	if (watch_set(c, r->sent < r->len ? HS_IN | HS_OUT : HS_IN))
		req_fail(r, HC_EIO, "cannot watch the upstream connection");
}

void hc_cancel(hc_req *r)
{
	hc_pool *p;
	hc_req **pp, *prev = NULL;
	if (!r)
		return;
	p = r->p;
	if (r->pend) {
		for (pp = &p->pend; *pp && *pp != r; pp = &(*pp)->pnext)
			prev = *pp;
		if (*pp) {
			*pp = r->pnext;
			if (p->pend_tail == r)
				p->pend_tail = prev;
			p->npend--;
		}
	}
	if (r->c)
		conn_close(r->c);
	req_unlink(r);
	req_free(r);
}

void hc_pool_tick(hc_pool *p)
{
	size_t n;
	int64_t now;
	hc_req *r;

	/* failures queued by hc_post; those queued meanwhile by callbacks
	 * wait for the next tick */
	for (n = p->npend; n && p->pend; n--) {
		r = p->pend;
		p->pend = r->pnext;
		if (!p->pend)
			p->pend_tail = NULL;
		p->npend--;
		r->pend = 0;
		req_finish(r, r->res.err, r->res.errmsg);
	}
	if (!p->reqs)
		return;
	now = now_ms();
	if (now < p->next_sweep)
		return;
	p->next_sweep = now + HC_TICK_MS;
	/* A callback may cancel or start requests: restart the walk after
	 * each expiry (rare) rather than trust a saved next pointer. */
	for (;;) {
		for (r = p->reqs; r; r = r->next) {
			if (r->pend)
				continue;
			if (r->c && r->c->connecting && r->cdeadline && now >= r->cdeadline)
				break;
			if (r->deadline && now >= r->deadline)
				break;
		}
		if (!r)
			return;
		if (r->deadline && now >= r->deadline)
			req_fail(r, HC_ETIMEOUT, "the upstream did not answer in time");
		else
			req_fail(r, HC_ECONNECT, "connecting to the upstream timed out");
	}
}

void hc_pool_counts(const hc_pool *p, size_t *inflight, size_t *conns)
{
	if (inflight)
		*inflight = p->ninflight;
	if (conns)
		*conns = p->nconns;
}
