/* test_hsrv.c: the guard's HTTP/1.1 server loop (guard/hsrv.c) against
 * real clients: libcurl for what agents send (keep-alive, chunked upload,
 * Expect: 100-continue, HEAD) and raw sockets for what they should not
 * (malformed bytes, pipelining, oversized heads and bodies, slow or
 * vanished clients). A loop runs in its own thread over 127.0.0.1, except
 * where the test drives it itself over a socketpair (fragmented input,
 * watches), which makes the interleaving exact. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <malloc.h>
#include <curl/curl.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "guard/h1fast.h"
#include "guard/hsrv.h"

#define BIG (8u << 20)
#define FLOOD (4u << 20)

typedef struct srv {
	hs_loop *l;
	pthread_t th;
	atomic_int stop;
	int port;
	pthread_mutex_t mu;
	size_t open, waiting; /* published after each loop turn */
	/* loop thread only */
	hs_conn *held[64];
	hs_req *held_rq[64];
	int nheld;
	int twice_rc;
	int in_wake;     /* on_request must never run inside hs_respond */
	atomic_int gone; /* on_gone calls */
	/* streamed answers (loop thread) */
	hs_conn *strm;        /* /stream, ended by on_wake or on_gone */
	hs_conn *flood;       /* /flood, fed by on_drain */
	size_t fsent, ftotal; /* /flood bytes sent, to send */
	size_t fmaxq;         /* most bytes seen queued */
	atomic_int limited;   /* sends refused with RL_ELIMIT */
	atomic_int drains;    /* on_drain calls */
	atomic_int send_gone; /* sends that returned RL_ENET */
} srv;

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static size_t limit_fn(void *ud, const char *path)
{
	(void)ud;
	return !strcmp(path, "/small") ? 16 : 0;
}

/* /flood: send 3000-byte chunks of a known pattern until the stream
 * refuses (back-pressure: on_drain goes on) or all is sent */
static void flood_fill(srv *s, hs_conn *c)
{
	char b[3000];
	while (s->fsent < s->ftotal) {
		size_t k = s->ftotal - s->fsent < sizeof b ? s->ftotal - s->fsent : sizeof b, i;
		int rc;
		for (i = 0; i < k; i++)
			b[i] = (char)('a' + (s->fsent + i) % 23);
		rc = hs_stream_send(c, b, k);
		if (rc == RL_ELIMIT) {
			atomic_fetch_add(&s->limited, 1);
			return;
		}
		if (rc == RL_ENET) {
			atomic_fetch_add(&s->send_gone, 1);
			return;
		}
		assert_int_equal(rc, 0);
		s->fsent += k;
		if (hs_stream_queued(c) > s->fmaxq)
			s->fmaxq = hs_stream_queued(c);
	}
	assert_int_equal(hs_stream_end(c, 1), 0);
	s->flood = NULL;
}

static void answer(hs_conn *c, int st, const char *text)
{
	rl_buf b = RL_BUF_INIT;
	hs_hdr h[] = {{"Content-Type", "text/plain"}};
	rl_buf_adds(&b, text);
	assert_int_equal(hs_respond(c, st, h, 1, &b), 0);
	assert_int_equal(b.len, 0); /* taken */
}

/* Every request lands here (loop thread): the path picks the behaviour. */
static void on_request(void *ud, hs_conn *c, hs_req *rq)
{
	srv *s = ud;
	char qb[64];
	rl_buf b = RL_BUF_INIT;
	const char *x = hs_req_header(rq, "x-TEST");

	if (s)
		assert_int_equal(s->in_wake, 0);

	if (rq->too_big) {
		assert_int_equal(rq->body.len, 0);
		answer(c, 413, "too big");
		return;
	}
	if (!strcmp(rq->path, "/hold")) {
		assert_true(s->nheld < 64);
		s->held_rq[s->nheld] = rq;
		s->held[s->nheld++] = c;
		return;
	}
	if (!strcmp(rq->path, "/stream")) {
		hs_hdr h[] = {{"Content-Type", "text/event-stream"}};
		assert_int_equal(hs_stream_start(c, 200, h, 1), 0);
		assert_int_equal(hs_stream_start(c, 200, h, 1), RL_EINVAL);
		assert_int_equal(hs_respond(c, 200, NULL, 0, NULL), RL_EINVAL);
		assert_int_equal(hs_stream_send(c, "", 0), 0);
		assert_int_equal(hs_stream_send(c, "one", 3), 0);
		s->strm = c;
		return;
	}
	if (!strcmp(rq->path, "/flood")) {
		assert_int_equal(hs_stream_start(c, 200, NULL, 0), 0);
		s->flood = c;
		s->fsent = 0;
		s->ftotal = FLOOD;
		flood_fill(s, c);
		return;
	}
	if (!strcmp(rq->path, "/big")) {
		size_t i;
		assert_int_equal(rl_buf_grow(&b, BIG), 0);
		for (i = 0; i < BIG; i++)
			b.s[i] = (char)('a' + i % 23);
		b.len = BIG;
		b.s[BIG] = '\0';
		assert_int_equal(hs_respond(c, 200, NULL, 0, &b), 0);
		return;
	}
	if (!strcmp(rq->path, "/crlf")) {
		hs_hdr h[] = {{"X-Bad", "a\r\nInjected: 1"}, {"X-Ok", "fine"}, {"X\nBad", "v"}};
		rl_buf_adds(&b, "ok");
		assert_int_equal(hs_respond(c, 200, h, 3, &b), 0);
		return;
	}
	if (!strcmp(rq->path, "/reserve")) {
		answer(c, 200, rq->reserve ? "reserve=1" : "reserve=0");
		return;
	}
	if (!strcmp(rq->path, "/twice")) {
		answer(c, 200, "once");
		s->twice_rc = hs_respond(c, 200, NULL, 0, NULL);
		return;
	}
	/* echo what was parsed */
	if (!hs_req_query(rq, "b", qb, sizeof qb))
		strcpy(qb, "-");
	rl_buf_addf(&b,
		    "method=%s\npath=%s\nquery=%s\nb=[%s]\nx=[%s]\nnhv=%zu\nminor=%d\nlen=%zu\n"
		    "body=",
		    rq->method, rq->path, rq->query, qb, x ? x : "-", rq->nhv, rq->http_minor,
		    rq->body.len);
	rl_buf_add(&b, rq->body.s, rq->body.len);
	{
		hs_hdr h[] = {{"Content-Type", "text/plain"}};
		assert_int_equal(hs_respond(c, 200, h, 1, &b), 0);
	}
}

static void on_wake(void *ud)
{
	srv *s = ud;
	int i;
	s->in_wake = 1;
	for (i = 0; i < s->nheld; i++) {
		/* the request is intact however long it waited, whatever the
		 * client sent meanwhile (pipelined bytes are parked apart) */
		assert_string_equal(s->held_rq[i]->path, "/hold");
		assert_string_equal(s->held_rq[i]->method, "GET");
		answer(s->held[i], 200, "late");
	}
	s->nheld = 0;
	if (s->strm) {
		assert_int_equal(hs_stream_send(s->strm, "two", 3), 0);
		assert_int_equal(hs_stream_end(s->strm, 1), 0);
		assert_int_equal(hs_stream_send(s->strm, "x", 1), RL_EINVAL);
		s->strm = NULL;
	}
	s->in_wake = 0;
}

static void on_drain(void *ud, hs_conn *c, hs_req *rq)
{
	srv *s = ud;
	assert_string_equal(rq->path, "/flood");
	assert_ptr_equal(c, s->flood);
	atomic_fetch_add(&s->drains, 1);
	flood_fill(s, c);
}

static void *srv_main(void *arg)
{
	srv *s = arg;
	while (!atomic_load(&s->stop)) {
		size_t o, w;
		assert_true(hs_loop_run(s->l, 20) >= 0);
		hs_loop_counts(s->l, &o, &w);
		pthread_mutex_lock(&s->mu);
		s->open = o;
		s->waiting = w;
		pthread_mutex_unlock(&s->mu);
	}
	return NULL;
}

static void opts_default(hs_opts *o, srv *s)
{
	memset(o, 0, sizeof *o);
	o->max_header = 8192;
	o->max_body = 1 << 20;
	o->body_limit = limit_fn;
	o->max_conns = 100;
	o->idle_timeout_s = 30;
	o->ud = s;
	o->on_request = on_request;
	o->on_wake = on_wake;
}

static srv *srv_start(const hs_opts *o0)
{
	srv *s = calloc(1, sizeof *s);
	struct sockaddr_in sin;
	socklen_t sl = sizeof sin;
	hs_opts o;
	int fd;
	rl_err e;

	assert_non_null(s);
	pthread_mutex_init(&s->mu, NULL);
	if (o0) {
		o = *o0;
		o.ud = s;
	} else {
		opts_default(&o, s);
	}
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(hs_listen(&sin, 0, 64, &fd, &e), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sin, &sl), 0);
	s->port = ntohs(sin.sin_port);
	assert_int_equal(hs_loop_new(fd, &o, &s->l, &e), 0);
	assert_int_equal(pthread_create(&s->th, NULL, srv_main, s), 0);
	return s;
}

static void srv_stop(srv *s)
{
	atomic_store(&s->stop, 1);
	hs_loop_wake(s->l);
	pthread_join(s->th, NULL);
	hs_loop_free(s->l);
	pthread_mutex_destroy(&s->mu);
	free(s);
}

/* wait until the loop reports these counts (or fail after 5 s) */
static void wait_counts(srv *s, size_t open, size_t waiting)
{
	int64_t end = now_ms() + 5000;
	for (;;) {
		size_t o, w;
		pthread_mutex_lock(&s->mu);
		o = s->open;
		w = s->waiting;
		pthread_mutex_unlock(&s->mu);
		if (o == open && w == waiting)
			return;
		if (now_ms() > end) {
			fprintf(stderr, "counts open=%zu waiting=%zu, expected %zu %zu\n", o, w,
				open, waiting);
			fail();
		}
		usleep(5000);
	}
}

/* ---- raw clients ---- */

typedef struct cli {
	int fd;
	rl_buf in;
} cli;

static void cli_open_rcvbuf(cli *k, srv *s, int rcvbuf)
{
	struct sockaddr_in sin;
	struct timeval tv = {5, 0};
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sin.sin_port = htons((uint16_t)s->port);
	k->fd = socket(AF_INET, SOCK_STREAM, 0);
	assert_true(k->fd >= 0);
	if (rcvbuf) /* before connect: the window is set then */
		setsockopt(k->fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
	assert_int_equal(connect(k->fd, (struct sockaddr *)&sin, sizeof sin), 0);
	setsockopt(k->fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	rl_buf_init(&k->in);
}

static void cli_open(cli *k, srv *s)
{
	cli_open_rcvbuf(k, s, 0);
}

static void cli_close(cli *k)
{
	if (k->fd >= 0)
		close(k->fd);
	k->fd = -1;
	rl_buf_free(&k->in);
}

static void cli_send(cli *k, const char *p, size_t n)
{
	while (n) {
		ssize_t w = send(k->fd, p, n, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return; /* the server may close early (error answers) */
		p += w;
		n -= (size_t)w;
	}
}

static void cli_sends(cli *k, const char *s)
{
	cli_send(k, s, strlen(s));
}

/* 1 once more bytes came, 0 on EOF, -1 on timeout/error */
static int cli_fill(cli *k)
{
	char b[65536];
	ssize_t r = recv(k->fd, b, sizeof b, 0);
	if (r > 0) {
		rl_buf_add(&k->in, b, (size_t)r);
		return 1;
	}
	return r == 0 ? 0 : -1;
}

/* One whole response (head + Content-Length body) into `out`; 0, or -1
 * when the connection ended or timed out first. */
static int cli_resp(cli *k, rl_buf *out)
{
	rl_buf_reset(out);
	for (;;) {
		char *e = strstr(k->in.s, "\r\n\r\n");
		if (e) {
			size_t head = (size_t)(e - k->in.s) + 4, cl = 0, tot;
			char *p = strcasestr(k->in.s, "\r\nContent-Length:");
			if (p && p < e)
				cl = strtoul(p + 17, NULL, 10);
			tot = head + cl;
			if (k->in.len >= tot) {
				rl_buf_add(out, k->in.s, tot);
				memmove(k->in.s, k->in.s + tot, k->in.len - tot + 1);
				k->in.len -= tot;
				return 0;
			}
		}
		if (cli_fill(k) <= 0)
			return -1;
	}
}

/* the peer closed (no more bytes within the timeout) */
static int cli_eof(cli *k)
{
	return k->in.len == 0 && cli_fill(k) == 0;
}

/* ---- libcurl ---- */

static size_t to_buf(char *p, size_t sz, size_t n, void *ud)
{
	rl_buf_add(ud, p, sz * n);
	return sz * n;
}

static CURL *easy(srv *s, const char *path, rl_buf *out)
{
	char url[256];
	CURL *h = curl_easy_init();
	snprintf(url, sizeof url, "http://127.0.0.1:%d%s", s->port, path);
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, to_buf);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, out);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 20L);
	return h;
}

static long code_of(CURL *h)
{
	long code = 0;
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
	return code;
}

static void curl_get_keepalive(void **st)
{
	srv *s = srv_start(NULL);
	rl_buf out = RL_BUF_INIT;
	CURL *h = easy(s, "/echo?a=1&b=x%20y+z", &out);
	struct curl_slist *hl = curl_slist_append(NULL, "X-Test:    spaced  value \t");
	long nc = -1;
	(void)st;

	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hl);
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	assert_int_equal(code_of(h), 200);
	assert_non_null(strstr(out.s, "method=GET\n"));
	assert_non_null(strstr(out.s, "path=/echo\n"));
	assert_non_null(strstr(out.s, "query=a=1&b=x%20y+z\n"));
	assert_non_null(strstr(out.s, "b=[x y z]\n"));
	assert_non_null(strstr(out.s, "x=[spaced  value]\n"));
	assert_non_null(strstr(out.s, "minor=1\n"));

	/* the second request reuses the connection */
	rl_buf_reset(&out);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, "hello body");
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &nc);
	assert_int_equal(nc, 0);
	assert_non_null(strstr(out.s, "method=POST\n"));
	assert_non_null(strstr(out.s, "len=10\nbody=hello body"));
	wait_counts(s, 1, 0);

	/* other methods */
	rl_buf_reset(&out);
	curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "DELETE");
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	assert_non_null(strstr(out.s, "method=DELETE\n"));

	curl_slist_free_all(hl);
	curl_easy_cleanup(h);
	wait_counts(s, 0, 0);
	rl_buf_free(&out);
	srv_stop(s);
}

typedef struct up {
	int sent;
	size_t total;
} up;

static size_t read_cb(char *p, size_t sz, size_t n, void *ud)
{
	up *u = ud;
	size_t k = 1000;
	(void)sz;
	(void)n;
	if (u->sent == 5)
		return 0;
	memset(p, 'A' + u->sent, k);
	u->sent++;
	u->total += k;
	return k;
}

static void curl_chunked_upload(void **st)
{
	srv *s = srv_start(NULL);
	rl_buf out = RL_BUF_INIT;
	CURL *h = easy(s, "/echo", &out);
	up u = {0, 0};
	struct curl_slist *hl = curl_slist_append(NULL, "Transfer-Encoding: chunked");
	(void)st;

	curl_easy_setopt(h, CURLOPT_POST, 1L);
	curl_easy_setopt(h, CURLOPT_READFUNCTION, read_cb);
	curl_easy_setopt(h, CURLOPT_READDATA, &u);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hl);
	/* curl asks Expect: 100-continue for an unknown size; a long wait
	 * makes a missing 100 fail the time check below */
	curl_easy_setopt(h, CURLOPT_EXPECT_100_TIMEOUT_MS, 15000L);
	{
		int64_t t0 = now_ms();
		assert_int_equal(curl_easy_perform(h), CURLE_OK);
		assert_true(now_ms() - t0 < 10000);
	}
	assert_int_equal(code_of(h), 200);
	assert_non_null(strstr(out.s, "len=5000\n"));
	assert_non_null(strstr(out.s, "body=AAAA"));
	assert_non_null(strstr(out.s, "EEEE"));
	curl_slist_free_all(hl);
	curl_easy_cleanup(h);
	rl_buf_free(&out);
	srv_stop(s);
}

static void curl_expect_continue(void **st)
{
	srv *s = srv_start(NULL);
	rl_buf out = RL_BUF_INIT;
	CURL *h = easy(s, "/echo", &out);
	char body[2001];
	struct curl_slist *hl = curl_slist_append(NULL, "Expect: 100-continue");
	int64_t t0;
	(void)st;

	memset(body, 'q', 2000);
	body[2000] = '\0';
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hl);
	curl_easy_setopt(h, CURLOPT_EXPECT_100_TIMEOUT_MS, 15000L);
	t0 = now_ms();
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	assert_true(now_ms() - t0 < 10000); /* did not wait for the timeout */
	assert_int_equal(code_of(h), 200);
	assert_non_null(strstr(out.s, "len=2000\n"));

	/* over the path's bound: 413 at once, without reading the body */
	rl_buf_reset(&out);
	{
		char url[128];
		snprintf(url, sizeof url, "http://127.0.0.1:%d/small", s->port);
		curl_easy_setopt(h, CURLOPT_URL, url);
	}
	t0 = now_ms();
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	assert_true(now_ms() - t0 < 10000);
	assert_int_equal(code_of(h), 413);
	assert_string_equal(out.s, "too big");
	curl_slist_free_all(hl);
	curl_easy_cleanup(h);
	rl_buf_free(&out);
	srv_stop(s);
}

static void curl_head(void **st)
{
	srv *s = srv_start(NULL);
	rl_buf out = RL_BUF_INIT;
	CURL *h = easy(s, "/crlf", &out);
	curl_off_t cl = -1;
	long nc = -1;
	(void)st;

	curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	assert_int_equal(code_of(h), 200);
	curl_easy_getinfo(h, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &cl);
	assert_int_equal(cl, 2);
	assert_int_equal(out.len, 0);
	/* no stray body bytes: the next request on the connection parses */
	curl_easy_setopt(h, CURLOPT_NOBODY, 0L);
	curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &nc);
	assert_int_equal(nc, 0);
	assert_string_equal(out.s, "ok");
	curl_easy_cleanup(h);
	rl_buf_free(&out);
	srv_stop(s);
}

/* ---- raw sockets ---- */

static void raw_expect_and_limits(void **st)
{
	srv *s = srv_start(NULL);
	cli k;
	rl_buf r = RL_BUF_INIT;
	(void)st;

	cli_open(&k, s);
	cli_sends(&k, "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
		      "Expect: 100-continue\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_string_equal(r.s, "HTTP/1.1 100 Continue\r\n\r\n");
	cli_sends(&k, "hello");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "HTTP/1.1 200 OK\r\n"));
	assert_non_null(strstr(r.s, "body=hello"));
	assert_non_null(strstr(r.s, "\r\nDate: "));
	assert_null(strstr(r.s, "Connection: close"));

	/* Content-Length over the bound: delivered at once as too_big, no
	 * 100, and the connection closes after the handler's 413 */
	cli_sends(&k, "POST /small HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n"
		      "Expect: 100-continue\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "HTTP/1.1 413 Content Too Large\r\n"));
	assert_non_null(strstr(r.s, "Connection: close\r\n"));
	assert_true(cli_eof(&k));
	cli_close(&k);

	/* a chunked body that outgrows the bound */
	cli_open(&k, s);
	cli_sends(&k, "POST /small HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
		      "a\r\n0123456789\r\na\r\n0123456789\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "413"));
	cli_close(&k);

	/* within the bound, chunked, with a trailer that is ignored */
	cli_open(&k, s);
	cli_sends(&k, "POST /small HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
		      "3\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "len=5\nbody=abcde"));
	assert_non_null(strstr(r.s, "nhv=2\n"));
	cli_close(&k);
	wait_counts(s, 0, 0);
	rl_buf_free(&r);
	srv_stop(s);
}

static void raw_keepalive_rules(void **st)
{
	srv *s = srv_start(NULL);
	cli k;
	rl_buf r = RL_BUF_INIT;
	(void)st;

	/* HTTP/1.0 closes by default */
	cli_open(&k, s);
	cli_sends(&k, "GET /echo HTTP/1.0\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "minor=0\n"));
	assert_non_null(strstr(r.s, "Connection: close\r\n"));
	assert_true(cli_eof(&k));
	cli_close(&k);

	/* HTTP/1.0 with keep-alive stays */
	cli_open(&k, s);
	cli_sends(&k, "GET /echo HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "Connection: keep-alive\r\n"));
	cli_sends(&k, "GET /echo?n=2 HTTP/1.1\r\nConnection: close\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "query=n=2\n"));
	assert_non_null(strstr(r.s, "Connection: close\r\n"));
	assert_true(cli_eof(&k));
	cli_close(&k);

	/* header values with CR/LF are left out; a second answer is refused */
	cli_open(&k, s);
	cli_sends(&k, "GET /crlf HTTP/1.1\r\n\r\nGET /twice HTTP/1.1\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_null(strstr(r.s, "Injected"));
	assert_null(strstr(r.s, "X-Bad"));
	assert_non_null(strstr(r.s, "X-Ok: fine\r\n"));
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "once"));
	cli_close(&k);
	wait_counts(s, 0, 0);
	assert_int_equal(s->twice_rc, RL_EINVAL);
	rl_buf_free(&r);
	srv_stop(s);
}

static void raw_pipelining(void **st)
{
	srv *s = srv_start(NULL);
	cli k;
	rl_buf r = RL_BUF_INIT;
	int i;
	(void)st;

	cli_open(&k, s);
	cli_sends(
		&k,
		"GET /echo?i=1 HTTP/1.1\r\n\r\nPOST /echo?i=2 HTTP/1.1\r\nContent-Length: 3\r\n\r\n"
		"xyzGET /echo?i=3 HTTP/1.1\r\nConnection: close\r\n\r\n");
	for (i = 1; i <= 3; i++) {
		char want[32];
		assert_int_equal(cli_resp(&k, &r), 0);
		snprintf(want, sizeof want, "query=i=%d\n", i);
		assert_non_null(strstr(r.s, want));
	}
	assert_non_null(strstr(r.s, "Connection: close"));
	assert_true(cli_eof(&k));
	cli_close(&k);

	/* one at a time: the request behind a held one waits for its answer */
	cli_open(&k, s);
	cli_sends(&k, "GET /hold HTTP/1.1\r\n\r\nGET /echo?i=after HTTP/1.1\r\n\r\n");
	wait_counts(s, 1, 1);
	cli_sends(&k, "GET /echo?i=more HTTP/1.1\r\nX-Pad: 0123456789\r\n\r\n");
	{
		struct timeval tv = {0, 300000};
		char b[64];
		setsockopt(k.fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
		assert_true(recv(k.fd, b, sizeof b, 0) < 0); /* nothing yet */
		tv.tv_sec = 5;
		tv.tv_usec = 0;
		setsockopt(k.fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
	}
	hs_loop_wake(s->l);
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "late"));
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "query=i=after\n"));
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "query=i=more\n"));
	cli_close(&k);
	wait_counts(s, 0, 0);
	rl_buf_free(&r);
	srv_stop(s);
}

static void raw_malformed(void **st)
{
	srv *s = srv_start(NULL);
	cli k;
	rl_buf r = RL_BUF_INIT;
	static const char *bad[] = {
		"GARBAGE / HTTP/1.1\r\n\r\n",
		"GET / HTTP/1.1\r\nBad Header\r\n\r\n",
		"GET / HTTP/9.9\r\n\r\n",
		"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
		"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
		"\x01\x02\xff\xfe\r\n\r\n",
	};
	size_t i;
	(void)st;

	for (i = 0; i < sizeof bad / sizeof *bad; i++) {
		cli_open(&k, s);
		cli_sends(&k, bad[i]);
		assert_int_equal(cli_resp(&k, &r), 0);
		if (!strstr(r.s, " 400 "))
			fprintf(stderr, "case %zu: %s\n", i, r.s);
		assert_non_null(strstr(r.s, "HTTP/1.1 400 Bad Request\r\n"));
		assert_non_null(strstr(r.s, "Connection: close\r\n"));
		assert_non_null(strstr(r.s, "{\"error\":{\"type\":\"invalid_request_error\","
					    "\"message\":\"malformed HTTP request: "));
		assert_true(cli_eof(&k));
		cli_close(&k);
	}
	cli_open(&k, s);
	cli_sends(&k, "GARBAGE / HTTP/1.1\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "malformed HTTP request: invalid HTTP method\"}}"));
	cli_close(&k);
	wait_counts(s, 0, 0);
	rl_buf_free(&r);
	srv_stop(s);
}

static void raw_header_overflow(void **st)
{
	srv *s = srv_start(NULL); /* max_header 8192 */
	cli k;
	rl_buf r = RL_BUF_INIT, big = RL_BUF_INIT;
	int i;
	(void)st;

	cli_open(&k, s);
	rl_buf_adds(&big, "GET / HTTP/1.1\r\n");
	for (i = 0; i < 300; i++)
		rl_buf_addf(&big, "X-Pad-%d: %050d\r\n", i, i);
	rl_buf_adds(&big, "\r\n");
	cli_send(&k, big.s, big.len);
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "HTTP/1.1 431 Request Header Fields Too Large\r\n"));
	assert_true(cli_eof(&k));
	cli_close(&k);

	/* a long URL alone, and a client that keeps sending after the 431:
	 * the answer still arrives (lingering close, no RST) */
	cli_open(&k, s);
	rl_buf_reset(&big);
	rl_buf_adds(&big, "GET /");
	for (i = 0; i < 200000; i++)
		rl_buf_addc(&big, 'a');
	cli_send(&k, big.s, big.len);
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, " 431 "));
	cli_close(&k);
	wait_counts(s, 0, 0);
	rl_buf_free(&big);
	rl_buf_free(&r);
	srv_stop(s);
}

static void raw_max_conns(void **st)
{
	hs_opts o;
	srv *s;
	cli a, b, c;
	rl_buf r = RL_BUF_INIT;
	(void)st;
	opts_default(&o, NULL);
	o.max_conns = 2;
	s = srv_start(&o);
	/* both slots hold a request: nothing to evict, a third is closed */
	cli_open(&a, s);
	cli_sends(&a, "GET /hold HTTP/1.1\r\n\r\n");
	cli_open(&b, s);
	cli_sends(&b, "GET /hold HTTP/1.1\r\n\r\n");
	wait_counts(s, 2, 2);
	cli_open(&c, s);
	assert_true(cli_eof(&c)); /* closed at once */
	hs_loop_wake(s->l);
	assert_int_equal(cli_resp(&a, &r), 0);
	assert_int_equal(cli_resp(&b, &r), 0);
	cli_close(&a);
	cli_close(&b);
	cli_close(&c);
	wait_counts(s, 0, 0);
	rl_buf_free(&r);
	srv_stop(s);
}

/* Over max_conns, reserve_conns more are accepted and marked (the guard
 * serves only its control plane on them) and close after one answer; when
 * all are taken, the oldest connection without a request is evicted, never
 * one whose request waits. */
static void raw_reserve_evict(void **st)
{
	hs_opts o;
	srv *s;
	cli a, b, c, d, e2;
	rl_buf r = RL_BUF_INIT;
	(void)st;
	opts_default(&o, NULL);
	o.max_conns = 2;
	o.reserve_conns = 1;
	s = srv_start(&o);
	cli_open(&a, s);
	cli_sends(&a, "GET /hold HTTP/1.1\r\n\r\n"); /* waits: never evicted */
	cli_open(&b, s);
	cli_sends(&b, "GET /reserve HTTP/1.1\r\n\r\n");
	assert_int_equal(cli_resp(&b, &r), 0);
	assert_non_null(strstr(r.s, "reserve=0"));
	wait_counts(s, 2, 1);
	cli_open(&c, s); /* the reserve slot */
	cli_sends(&c, "GET /reserve HTTP/1.1\r\n\r\n");
	assert_int_equal(cli_resp(&c, &r), 0);
	assert_non_null(strstr(r.s, "reserve=1"));
	assert_non_null(strstr(r.s, "Connection: close"));
	assert_true(cli_eof(&c));
	wait_counts(s, 2, 1);
	cli_open(&d, s); /* reserve again, and it sits there */
	wait_counts(s, 3, 1);
	cli_open(&e2, s); /* full: evicts b, idle the longest */
	assert_true(cli_eof(&b));
	cli_sends(&e2, "GET /reserve HTTP/1.1\r\n\r\n");
	assert_int_equal(cli_resp(&e2, &r), 0);
	assert_non_null(strstr(r.s, "reserve=1"));
	/* the held one is still there and gets its answer */
	hs_loop_wake(s->l);
	assert_int_equal(cli_resp(&a, &r), 0);
	assert_non_null(strstr(r.s, "late"));
	cli_close(&a);
	cli_close(&b);
	cli_close(&c);
	cli_close(&d);
	cli_close(&e2);
	wait_counts(s, 0, 0);
	rl_buf_free(&r);
	srv_stop(s);
}

/* A head must arrive within head_timeout_ms of its first byte (of accept
 * for a new connection), a body within body_timeout_ms of its head: 408
 * and closed; a connection that sent nothing is closed silently; a
 * keep-alive connection between requests waits for the idle timeout. */
static void raw_head_body_timeouts(void **st)
{
	hs_opts o;
	srv *s;
	cli h, b, n, k;
	rl_buf r = RL_BUF_INIT;
	int64_t t0;
	(void)st;
	opts_default(&o, NULL);
	o.head_timeout_ms = 300;
	o.body_timeout_ms = 400;
	s = srv_start(&o);
	cli_open(&k, s);
	cli_sends(&k, "GET /echo HTTP/1.1\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	t0 = now_ms();
	cli_open(&h, s);
	cli_sends(&h, "GET /echo HTTP/1.1\r\nX-A: 1\r\n");
	cli_open(&b, s);
	cli_sends(&b, "POST /echo HTTP/1.1\r\nContent-Length: 10\r\n\r\nab");
	cli_open(&n, s);
	assert_int_equal(cli_resp(&h, &r), 0);
	assert_non_null(strstr(r.s, "HTTP/1.1 408 "));
	assert_non_null(strstr(r.s, "request head"));
	assert_true(cli_eof(&h));
	assert_int_equal(cli_resp(&b, &r), 0);
	assert_non_null(strstr(r.s, "HTTP/1.1 408 "));
	assert_non_null(strstr(r.s, "request body"));
	assert_true(now_ms() - t0 < 2000);
	assert_true(cli_eof(&n));
	assert_int_equal(n.in.len, 0); /* nothing was said to it */
	/* the keep-alive connection outlived both deadlines */
	cli_sends(&k, "GET /echo HTTP/1.1\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "HTTP/1.1 200 "));
	cli_close(&h);
	cli_close(&b);
	cli_close(&n);
	cli_close(&k);
	wait_counts(s, 0, 0);
	rl_buf_free(&r);
	srv_stop(s);
}

static void on_gone_count(void *ud, hs_conn *c, hs_req *rq)
{
	srv *s = ud;
	(void)c;
	assert_string_equal(rq->path, "/hold");
	atomic_fetch_add(&s->gone, 1);
}

/* on_gone of a streamed answer: the stream must still be ended */
static void on_gone_stream(void *ud, hs_conn *c, hs_req *rq)
{
	srv *s = ud;
	atomic_fetch_add(&s->gone, 1);
	if (c == s->strm) {
		assert_string_equal(rq->path, "/stream");
		assert_int_equal(hs_stream_send(c, "late", 4), RL_ENET);
		s->strm = NULL;
	} else if (c == s->flood) {
		assert_string_equal(rq->path, "/flood");
		s->flood = NULL;
	} else {
		return;
	}
	assert_int_equal(hs_stream_end(c, 1), 0);
}

/* wait until `k` has `what` in its input (or fail after 5 s) */
static void cli_until(cli *k, const char *what)
{
	while (!k->in.s || !strstr(k->in.s, what))
		assert_true(cli_fill(k) > 0);
}

/* A streamed answer: the head and the first chunk leave before the
 * handler has the rest; the last chunk ends it and the connection serves
 * its next request. HTTP/1.0 gets the bytes unframed and a close. HEAD
 * gets the head only. */
static void raw_stream(void **st)
{
	srv *s = srv_start(NULL);
	cli k;
	rl_buf r = RL_BUF_INIT;
	(void)st;

	cli_open(&k, s);
	cli_sends(&k, "GET /stream HTTP/1.1\r\n\r\n");
	cli_until(&k, "\r\n\r\n3\r\none\r\n");
	assert_non_null(strstr(k.in.s, "HTTP/1.1 200 OK\r\n"));
	assert_non_null(strstr(k.in.s, "Transfer-Encoding: chunked\r\n"));
	assert_non_null(strstr(k.in.s, "Content-Type: text/event-stream\r\n"));
	assert_null(strstr(k.in.s, "Content-Length"));
	assert_null(strstr(k.in.s, "Connection: close"));
	wait_counts(s, 1, 1); /* still unanswered while it streams */
	hs_loop_wake(s->l);
	cli_until(&k, "3\r\ntwo\r\n0\r\n\r\n");
	wait_counts(s, 1, 0);
	rl_buf_reset(&k.in);
	cli_sends(&k, "GET /echo?i=after HTTP/1.1\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "query=i=after\n"));
	cli_close(&k);

	cli_open(&k, s);
	cli_sends(&k, "GET /stream HTTP/1.0\r\n\r\n");
	cli_until(&k, "\r\n\r\none");
	assert_non_null(strstr(k.in.s, "Connection: close\r\n"));
	assert_null(strstr(k.in.s, "chunked"));
	hs_loop_wake(s->l);
	while (cli_fill(&k) > 0)
		;
	assert_non_null(strstr(k.in.s, "\r\n\r\nonetwo"));
	assert_int_equal(strlen(strstr(k.in.s, "\r\n\r\n")), 4 + 6);
	cli_close(&k);

	cli_open(&k, s);
	cli_sends(&k, "HEAD /stream HTTP/1.1\r\n\r\n");
	cli_until(&k, "\r\n\r\n");
	wait_counts(s, 1, 1);
	hs_loop_wake(s->l);
	wait_counts(s, 1, 0);
	cli_sends(&k, "GET /echo?i=h HTTP/1.1\r\n\r\n");
	assert_int_equal(cli_resp(&k, &r), 0); /* the HEAD's head, nothing after it */
	assert_non_null(strstr(r.s, "Transfer-Encoding"));
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_true(!strncmp(r.s, "HTTP/1.1 200 OK\r\n", 17));
	assert_non_null(strstr(r.s, "query=i=h\n"));
	cli_close(&k);
	wait_counts(s, 0, 0);
	rl_buf_free(&r);
	srv_stop(s);
}

/* A client that goes away mid-stream: on_gone once, sends then fail with
 * RL_ENET, and ending the stream frees the connection. Also when it
 * resets while the server waits to write, and when it stops reading for
 * longer than the idle timeout. */
static void raw_stream_gone(void **st)
{
	hs_opts o;
	srv *s;
	cli k;
	int64_t t0;
	(void)st;
	opts_default(&o, NULL);
	o.on_gone = on_gone_stream;
	o.on_drain = on_drain;
	o.idle_timeout_s = 1;
	o.stream_max = 8192;
	s = srv_start(&o);

	cli_open(&k, s);
	cli_sends(&k, "GET /stream HTTP/1.1\r\n\r\n");
	cli_until(&k, "one\r\n");
	cli_close(&k);
	wait_counts(s, 0, 0);
	assert_int_equal(atomic_load(&s->gone), 1);

	/* reset while the flood waits on a full socket */
	cli_open_rcvbuf(&k, s, 4096);
	cli_sends(&k, "GET /flood HTTP/1.1\r\n\r\n");
	wait_counts(s, 1, 1);
	usleep(100000);
	{
		struct linger lg = {1, 0};
		setsockopt(k.fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
	}
	cli_close(&k);
	wait_counts(s, 0, 0);
	assert_int_equal(atomic_load(&s->gone), 2);

	/* a reader that stops: the idle timeout ends it, on_gone is told */
	t0 = now_ms();
	cli_open_rcvbuf(&k, s, 4096);
	cli_sends(&k, "GET /flood HTTP/1.1\r\n\r\n");
	wait_counts(s, 1, 1);
	wait_counts(s, 0, 0); /* closed by the server */
	assert_int_equal(atomic_load(&s->gone), 3);
	assert_true(now_ms() - t0 >= 900);
	cli_close(&k);
	srv_stop(s);
}

/* Back-pressure: 4 MB streamed through an 8 KB bound to a slow
 * reader (libcurl, which checks the chunked framing) arrives whole and in
 * order; the queue never held more than the bound, and the producer was
 * paused and resumed by on_drain. */
static int small_rcvbuf(void *ud, curl_socket_t fd, curlsocktype purpose)
{
	int v = 4096;
	(void)ud;
	(void)purpose;
	setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &v, sizeof v);
	return CURL_SOCKOPT_OK;
}

static void curl_stream_backpressure(void **st)
{
	hs_opts o;
	srv *s;
	rl_buf out = RL_BUF_INIT;
	CURL *h;
	size_t i, bad = 0;
	(void)st;
	opts_default(&o, NULL);
	o.on_drain = on_drain;
	o.stream_max = 8192;
	s = srv_start(&o);
	h = easy(s, "/flood", &out);
	curl_easy_setopt(h, CURLOPT_BUFFERSIZE, 1024L);
	curl_easy_setopt(h, CURLOPT_SOCKOPTFUNCTION, small_rcvbuf);
	/* a reader that is really slow (8 MB/s, about half a second): a
	 * fast one on a loaded machine kept up with a descheduled writer, the
	 * socket never filled and nothing was paused (a CI trial) */
	curl_easy_setopt(h, CURLOPT_MAX_RECV_SPEED_LARGE, (curl_off_t)8 << 20);
	assert_int_equal(curl_easy_perform(h), CURLE_OK);
	assert_int_equal(code_of(h), 200);
	assert_int_equal(out.len, FLOOD);
	for (i = 0; i < out.len; i++)
		bad += out.s[i] != (char)('a' + i % 23);
	assert_int_equal(bad, 0);
	curl_easy_cleanup(h);
	wait_counts(s, 0, 0);
	assert_true(atomic_load(&s->limited) > 0);
	assert_true(atomic_load(&s->drains) > 0);
	assert_true(s->fmaxq <= 8192 + 3000 + 16);
	rl_buf_free(&out);
	srv_stop(s);
}

/* on_gone: once per waiting request whose client closes or resets. */
static void raw_gone_callback(void **st)
{
	hs_opts o;
	srv *s;
	cli k;
	(void)st;
	opts_default(&o, NULL);
	o.on_gone = on_gone_count;
	s = srv_start(&o);
	cli_open(&k, s);
	cli_sends(&k, "GET /hold HTTP/1.1\r\n\r\n");
	wait_counts(s, 1, 1);
	cli_close(&k);
	usleep(100000);
	assert_int_equal(atomic_load(&s->gone), 1);
	/* a client whose parked input is full is noticed too (EPOLLRDHUP) */
	cli_open(&k, s);
	cli_sends(&k, "GET /hold HTTP/1.1\r\n\r\n");
	wait_counts(s, 2, 2);
	{
		rl_buf junk = RL_BUF_INIT;
		size_t i;
		for (i = 0; i < 40000; i++)
			rl_buf_addc(&junk, 'j');
		cli_send(&k, junk.s, junk.len);
		rl_buf_free(&junk);
	}
	usleep(100000);
	cli_close(&k);
	usleep(100000);
	assert_int_equal(atomic_load(&s->gone), 2);
	hs_loop_wake(s->l);
	wait_counts(s, 0, 0);
	srv_stop(s);
}

/* Connections per client address, shared by loops. */
static void raw_ip_limit(void **st)
{
	hs_opts o;
	srv *s;
	cli a, b, c;
	rl_buf r = RL_BUF_INIT;
	hs_iplimit *ip = hs_iplimit_new(2);
	(void)st;
	assert_non_null(ip);
	opts_default(&o, NULL);
	o.iplimit = ip;
	s = srv_start(&o);
	cli_open(&a, s);
	cli_open(&b, s);
	wait_counts(s, 2, 0);
	cli_open(&c, s);
	assert_true(cli_eof(&c)); /* 127.0.0.1 has its two */
	cli_close(&c);
	cli_close(&a);
	wait_counts(s, 1, 0);
	cli_open(&c, s);
	cli_sends(&c, "GET /echo HTTP/1.1\r\n\r\n");
	assert_int_equal(cli_resp(&c, &r), 0);
	cli_close(&b);
	cli_close(&c);
	wait_counts(s, 0, 0);
	rl_buf_free(&r);
	srv_stop(s);
	hs_iplimit_free(ip);
}

static void raw_idle_timeout(void **st)
{
	hs_opts o;
	srv *s;
	cli slow, held, idle;
	rl_buf r = RL_BUF_INIT;
	int64_t t0;
	(void)st;
	opts_default(&o, NULL);
	o.idle_timeout_s = 1;
	s = srv_start(&o);

	cli_open(&held, s);
	cli_sends(&held, "GET /hold HTTP/1.1\r\n\r\n");
	cli_open(&idle, s);
	cli_sends(&idle, "GET /echo HTTP/1.1\r\n\r\n");
	assert_int_equal(cli_resp(&idle, &r), 0);
	cli_open(&slow, s);
	t0 = now_ms();
	/* slowloris: a head dribbled out more slowly than the timeout allows */
	cli_sends(&slow, "GET / HTTP/1.1\r\n");
	usleep(400000);
	cli_sends(&slow, "X-A: 1\r\n");
	usleep(400000);
	cli_sends(&slow, "X-B: 2\r\n");
	assert_true(cli_eof(&slow));
	assert_true(now_ms() - t0 < 4000);
	assert_true(cli_eof(&idle)); /* the keep-alive one that went quiet too */
	/* the held request is never timed out here */
	usleep(1500000);
	wait_counts(s, 1, 1);
	hs_loop_wake(s->l);
	assert_int_equal(cli_resp(&held, &r), 0);
	assert_non_null(strstr(r.s, "late"));
	cli_close(&slow);
	cli_close(&idle);
	cli_close(&held);
	wait_counts(s, 0, 0);
	rl_buf_free(&r);
	srv_stop(s);
}

static void raw_client_gone(void **st)
{
	srv *s = srv_start(NULL);
	cli k, h;
	rl_buf r = RL_BUF_INIT;
	(void)st;

	/* gone for good while held: the answer is dropped, counts drop */
	cli_open(&k, s);
	cli_sends(&k, "GET /hold HTTP/1.1\r\n\r\n");
	wait_counts(s, 1, 1);
	cli_close(&k);
	usleep(100000); /* the loop sees EOF and must not spin on it */
	wait_counts(s, 1, 1);
	hs_loop_wake(s->l);
	wait_counts(s, 0, 0);

	/* reset instead of FIN */
	cli_open(&k, s);
	cli_sends(&k, "GET /hold HTTP/1.1\r\n\r\n");
	wait_counts(s, 1, 1);
	{
		struct linger lg = {1, 0};
		setsockopt(k.fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
	}
	cli_close(&k);
	usleep(100000);
	hs_loop_wake(s->l);
	wait_counts(s, 0, 0);

	/* half-closed: it still reads, so it gets its answer */
	cli_open(&h, s);
	cli_sends(&h, "GET /hold HTTP/1.1\r\n\r\n");
	shutdown(h.fd, SHUT_WR);
	wait_counts(s, 1, 1);
	usleep(100000);
	hs_loop_wake(s->l);
	assert_int_equal(cli_resp(&h, &r), 0);
	assert_non_null(strstr(r.s, "late"));
	assert_non_null(strstr(r.s, "Connection: close"));
	assert_true(cli_eof(&h));
	cli_close(&h);
	wait_counts(s, 0, 0);
	rl_buf_free(&r);
	srv_stop(s);
}

static void raw_partial_write(void **st)
{
	srv *s = srv_start(NULL);
	cli k;
	rl_buf r = RL_BUF_INIT;
	size_t i, bad = 0;
	(void)st;

	cli_open(&k, s);
	cli_sends(&k, "GET /big HTTP/1.1\r\n\r\nGET /echo?i=next HTTP/1.1\r\n\r\n");
	/* 8 MB is more than loopback's socket buffers take: the server
	 * writes part, waits for EPOLLOUT, and goes on as this client reads */
	usleep(200000);
	for (i = 0; i < 20; i++) {
		assert_true(cli_fill(&k) > 0);
		usleep(2000);
	}
	assert_int_equal(cli_resp(&k, &r), 0);
	{
		char *body = strstr(r.s, "\r\n\r\n") + 4;
		assert_int_equal(r.len - (size_t)(body - r.s), BIG);
		for (i = 0; i < BIG; i++)
			bad += body[i] != (char)('a' + i % 23);
		assert_int_equal(bad, 0);
	}
	/* the pipelined request behind it is answered afterwards */
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "query=i=next\n"));
	cli_close(&k);
	wait_counts(s, 0, 0);
	rl_buf_free(&r);
	srv_stop(s);
}

/* An error answer behind a big one, with bytes the server never reads:
 * close() with unread input would send an RST and drop what is still in
 * the send queue (the tail of the big answer and the 400). The lingering
 * close (shutdown, drain, then close) delivers all of it. */
static void raw_linger(void **st)
{
	srv *s = srv_start(NULL);
	cli k;
	rl_buf r = RL_BUF_INIT, junk = RL_BUF_INIT;
	size_t i;
	(void)st;

	cli_open(&k, s);
	rl_buf_adds(&junk, "GET /big HTTP/1.1\r\n\r\nGARBAGE\r\n\r\n");
	for (i = 0; i < 64 * 1024; i++)
		rl_buf_addc(&junk, 'j');
	cli_send(&k, junk.s, junk.len);
	usleep(200000);
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_int_equal(r.len - (size_t)(strstr(r.s, "\r\n\r\n") + 4 - r.s), BIG);
	assert_int_equal(cli_resp(&k, &r), 0);
	assert_non_null(strstr(r.s, "HTTP/1.1 400 Bad Request\r\n"));
	cli_close(&k);
	wait_counts(s, 0, 0);
	rl_buf_free(&junk);
	rl_buf_free(&r);
	srv_stop(s);
}

/* ---- a loop driven by the test over socketpairs ---- */

typedef struct drv {
	hs_conn *held;
	int nreq;
	hs_watch *w[2];
	int fired[2];
	int pfd[2][2];
	hs_loop *l;
} drv;

static void drv_request(void *ud, hs_conn *c, hs_req *rq)
{
	drv *d = ud;
	d->nreq++;
	if (!strcmp(rq->path, "/hold")) {
		d->held = c;
		return;
	}
	on_request(NULL, c, rq);
}

static void pump(hs_loop *l, int n)
{
	while (n--)
		assert_true(hs_loop_run(l, 0) >= 0);
}

static void adopt_fragmented(void **st)
{
	drv d;
	hs_opts o;
	hs_loop *l;
	rl_err e;
	int sv[2];
	const char *req = "POST /echo?b=%41+b HTTP/1.1\r\nHost: h\r\nX-Test:  frag mented \r\n"
			  "Content-Length: 4\r\n\r\nbodyGET /echo HTTP/1.1\r\n\r\n";
	size_t i;
	char buf[8192];
	ssize_t n;
	size_t open, waiting;
	(void)st;

	memset(&d, 0, sizeof d);
	opts_default(&o, NULL);
	o.ud = &d;
	o.on_request = drv_request;
	o.on_wake = NULL;
	assert_int_equal(hs_loop_new(-1, &o, &l, &e), 0);
	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv), 0);
	assert_int_equal(hs_loop_adopt(l, sv[0]), 0);
	for (i = 0; req[i]; i++) {
		assert_int_equal(write(sv[1], req + i, 1), 1);
		pump(l, 1);
	}
	pump(l, 3);
	assert_int_equal(d.nreq, 2);
	n = read(sv[1], buf, sizeof buf - 1);
	assert_true(n > 0);
	buf[n] = '\0';
	assert_non_null(strstr(buf, "x=[frag mented]\n"));
	assert_non_null(strstr(buf, "b=[A b]\n"));
	assert_non_null(strstr(buf, "body=body"));
	assert_non_null(strstr(strstr(buf, "body=body"), "method=GET\n"));
	hs_loop_counts(l, &open, &waiting);
	assert_int_equal(open, 1);
	close(sv[1]);
	pump(l, 2);
	hs_loop_counts(l, &open, &waiting);
	assert_int_equal(open, 0);
	hs_loop_free(l);
}

/* The fast request reader (hsrv_parse.c fast_request) against
 * http-parser: each request is sent whole in one write to a loop with the
 * reader and to one without (parser_only), and what the handler sees
 * (method, path, query, version, every header as stored, the body, too
 * big or not) and what the client gets back (the answer, and whether the
 * connection then closes) must be the same. The usual forms must take the
 * fast reader; the others are what it leaves to http-parser. */
static void rec_request(void *ud, hs_conn *c, hs_req *rq)
{
	rl_buf *r = ud, b = RL_BUF_INIT;
	size_t i;
	rl_buf_addf(r, "method=%s path=%s query=%s minor=%d too_big=%d reserve=%d nhv=%zu\n",
		    rq->method, rq->path, rq->query, rq->http_minor, rq->too_big, rq->reserve,
		    rq->nhv);
	for (i = 0; i < rq->nhv; i++)
		rl_buf_addf(r, "[%s]=[%s]\n", rq->hv[2 * i], rq->hv[2 * i + 1]);
	rl_buf_adds(r, "body=");
	rl_buf_add(r, rq->body.s, rq->body.len);
	rl_buf_adds(&b, "ok");
	assert_int_equal(hs_respond(c, rq->too_big ? 413 : 200, NULL, 0, &b), 0);
}

/* Writes req, in pieces at each "|" + "|" (one request after another on
 * the connection, each answered before the next is written). */
static size_t read_one(hs_loop *l, int fd, const char *req, rl_buf *out)
{
	char buf[4096];
	ssize_t n = 0;
	int i;
	const char *next = strstr(req, "||");
	size_t len = next ? (size_t)(next - req) : strlen(req);
	assert_int_equal(write(fd, req, len), (ssize_t)len);
	for (i = 0; i < 4; i++)
		assert_true(hs_loop_run(l, 0) >= 0);
	rl_buf_adds(out, "\nanswer=");
	while (next || (n = read(fd, buf, sizeof buf)) > 0) {
		if (next) {
			while ((n = read(fd, buf, sizeof buf)) > 0)
				rl_buf_add(out, buf,
					   (size_t)(memchr(buf, '\r', (size_t)n) ? 12 : 0));
			return read_one(l, fd, next + 2, out);
		}
		/* the date varies: keep the status line and the Connection header */
		char *eol = memchr(buf, '\r', (size_t)n);
		rl_buf_add(out, buf, eol ? (size_t)(eol - buf) : (size_t)n);
		rl_buf_adds(out, memmem(buf, (size_t)n, "Connection: close", 17) ? " close" : "");
		for (i = 0; i < 4; i++)
			assert_true(hs_loop_run(l, 0) >= 0);
	}
	rl_buf_addf(out, " eof=%d", n == 0);
	return hs_loop_fast_reads(l);
}

static void fast_request_agrees(void **st)
{
	static const char *const fast[] = {
		"POST /mcp/tools HTTP/1.1\r\nHost: 127.0.0.1:9000\r\nContent-Type: application/json\r\n"
		"Accept: application/json, text/event-stream\r\nMcp-Session-Id: bench-session\r\n"
		"Content-Length: 28\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1}\r\n\r\n",
		"GET /echo?b=%41+b&c=d HTTP/1.1\r\nHost: h\r\nX-Test:  spaced   value\r\n\r\n",
		"GET /echo HTTP/1.0\r\nHost: h\r\n\r\n",
		"GET /echo HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n",
		"GET /echo HTTP/1.1\r\nconnection: CLOSE\r\n\r\n",
		"POST /small HTTP/1.1\r\nContent-Length: 20\r\n\r\n01234567890123456789",
		"POST /echo HTTP/1.1\r\nContent-Length: 0003\r\nX-Utf: caf\xc3\xa9\r\n\r\nabc",
		"POST /echo HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
		"GET /a/b.c;d=e?x=%2F&y=~!$'()*+,;=:@/? HTTP/1.1\r\nH: v\tw\r\n\r\n",
		"GET /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nz",
		"GET /echo HTTP/1.1\r\nX: \xff\r\n\r\n",
		/* values read 8 bytes at a time (h1fast.h h1f_val_run): a tab
		 * inside a word, obs-text, 8 and 16 bytes */
		"GET /echo HTTP/1.1\r\nX-Tab: abcdefgh\tijklmnopqrstuvwxyz\r\nX-8: 12345678\r\n"
		"X-16: 1234567812345678\r\nX-Utf: \xc3\xa9\xc3\xa9"
		"abcdefgh\xe2\x82\xac\r\n\r\n",
		/* past max_header (512): 431 both ways */
		"GET /echo HTTP/1.1\r\nA: 1\r\nX-Long: "
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
		"\r\n\r\n",
		/* one after another: the fast reader's, http-parser's, the fast
		 * reader's again (two fast reads) */
		"GET /echo?n=1 HTTP/1.1\r\n\r\n||POST /echo HTTP/1.1\r\nTransfer-Encoding: "
		"chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n||POST /echo?n=3 HTTP/1.1\r\n"
		"Content-Length: 2\r\n\r\nhi",
	};
	static const char *const slow[] = {
		"PUT /echo HTTP/1.1\r\nContent-Length: 1\r\n\r\nx",
		"HEAD /echo HTTP/1.1\r\n\r\n",
		"GET http://h/echo HTTP/1.1\r\n\r\n",
		"GET /echo#frag HTTP/1.1\r\n\r\n",
		"GET /echo HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok",
		"GET /echo HTTP/1.1\r\nX-Trail: v \r\n\r\n",
		"GET /echo HTTP/1.1\r\nX-Empty:\r\n\r\n",
		"GET /echo HTTP/1.1\r\nX-Ctl: a\x01b\r\n\r\n",
		/* a control byte or DEL inside a word h1f_val_run reads whole */
		"GET /echo HTTP/1.1\r\nX-Ctl: abcdefgh\x01ijklmnopqrstuvwxyz\r\n\r\n",
		"GET /echo HTTP/1.1\r\nX-Del: abcdefghijklmno\x7fpqrstuvwxyz\r\n\r\n",
		"GET /echo HTTP/1.1\r\nBad Name: x\r\n\r\n",
		"GET /echo HTTP/1.1\r\nX-Fold: a\r\n b\r\n\r\n",
		"GET /echo HTTP/1.1\nHost: h\n\n",
		"POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n",
		"GET /echo HTTP/1.1\r\nConnection: keep-alive, Upgrade\r\nUpgrade: h2c\r\n\r\n",
		"GET /echo HTTP/1.1\r\nUpgrade: websocket\r\n\r\n",
		"GET /echo HTTP/2.0\r\n\r\n",
		"GET /echo HTTP/1.1\r\n\r\nGET /echo HTTP/1.1\r\n\r\n",
		"POST /echo HTTP/1.1\r\nContent-Length: 5\r\n\r\nab",
		"POST /echo HTTP/1.1\r\nContent-Length: 1x\r\n\r\na",
		"GET /echo HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
		"get /echo HTTP/1.1\r\n\r\n",
		"GET /e cho HTTP/1.1\r\n\r\n",
	};
	size_t i, k;
	(void)st;
	/* the name table is the token bitmap, byte for byte */
	for (i = 0; i < 256; i++)
		if (h1f_tok[i] != H1F_IN(h1f_tok_bits, (char)i))
			fail_msg("h1f_tok[%zu] is %d", i, h1f_tok[i]);
	for (k = 0; k < 2; k++) {
		const char *const *set = k ? slow : fast;
		size_t nset = k ? sizeof slow / sizeof slow[0] : sizeof fast / sizeof fast[0];
		for (i = 0; i < nset; i++) {
			rl_buf got[2] = {RL_BUF_INIT, RL_BUF_INIT};
			size_t nfast[2];
			int m;
			for (m = 0; m < 2; m++) {
				hs_opts o;
				hs_loop *l;
				rl_err e;
				int sv[2];
				opts_default(&o, NULL);
				o.max_header = 512;
				o.ud = &got[m];
				o.on_request = rec_request;
				o.on_wake = NULL;
				o.parser_only = m;
				assert_int_equal(hs_loop_new(-1, &o, &l, &e), 0);
				assert_int_equal(
					socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv), 0);
				assert_int_equal(hs_loop_adopt(l, sv[0]), 0);
				nfast[m] = read_one(l, sv[1], set[i], &got[m]);
				close(sv[1]);
				hs_loop_free(l);
			}
			if (strcmp(got[0].s ? got[0].s : "", got[1].s ? got[1].s : ""))
				fail_msg("request %zu of set %zu: fast reader\n%s\nhttp-parser\n%s",
					 i, k, got[0].s ? got[0].s : "", got[1].s ? got[1].s : "");
			assert_int_equal(nfast[1], 0);
			if (nfast[0] != (k ? 0u : strstr(set[i], "||") ? 2u : 1u))
				fail_msg("request %zu of set %zu: %zu fast reads", i, k, nfast[0]);
			rl_buf_free(&got[0]);
			rl_buf_free(&got[1]);
		}
	}
}

static void watch_cb(void *ud, int fd, unsigned ev)
{
	drv *d = ud;
	int me = fd == d->pfd[0][0] ? 0 : 1;
	char b[16];
	assert_true(ev & HS_IN);
	d->fired[me]++;
	if (read(fd, b, sizeof b) < 0)
		fail();
	/* whichever runs first deletes both, itself included: the other's
	 * queued event in the same batch must be skipped, not touch freed
	 * memory (ASan and valgrind check) */
	hs_watch_del(d->w[0]);
	hs_watch_del(d->w[1]);
	/* and answers a held request whose connection then closes */
	if (d->held) {
		answer(d->held, 200, "from watch");
		d->held = NULL;
	}
}

static void watches(void **st)
{
	drv d;
	hs_opts o;
	hs_loop *l;
	rl_err e;
	int sv[2];
	char buf[4096];
	ssize_t n;
	size_t open;
	(void)st;

	memset(&d, 0, sizeof d);
	opts_default(&o, NULL);
	o.ud = &d;
	o.on_request = drv_request;
	o.on_wake = NULL;
	assert_int_equal(hs_loop_new(-1, &o, &l, &e), 0);
	d.l = l;
	assert_int_equal(pipe(d.pfd[0]), 0);
	assert_int_equal(pipe(d.pfd[1]), 0);
	d.w[0] = hs_watch_add(l, d.pfd[0][0], HS_IN, watch_cb, &d);
	d.w[1] = hs_watch_add(l, d.pfd[1][0], HS_IN, watch_cb, &d);
	assert_non_null(d.w[0]);
	assert_non_null(d.w[1]);

	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv), 0);
	assert_int_equal(hs_loop_adopt(l, sv[0]), 0);
	assert_int_equal(write(sv[1], "GET /hold HTTP/1.1\r\nConnection: close\r\n\r\n", 41), 41);
	pump(l, 2);
	assert_non_null(d.held);

	assert_int_equal(write(d.pfd[0][1], "x", 1), 1);
	assert_int_equal(write(d.pfd[1][1], "y", 1), 1);
	pump(l, 3);
	assert_int_equal(d.fired[0] + d.fired[1], 1);
	n = read(sv[1], buf, sizeof buf - 1);
	assert_true(n > 0);
	buf[n] = '\0';
	assert_non_null(strstr(buf, "from watch"));
	hs_loop_counts(l, &open, NULL);
	assert_int_equal(open, 0);

	close(sv[1]);
	hs_loop_free(l);
	close(d.pfd[0][0]);
	close(d.pfd[0][1]);
	close(d.pfd[1][0]);
	close(d.pfd[1][1]);
}

/* Graceful stop: the listener goes, idle keep-alive connections close at
 * once, a held request still gets its answer, with Connection: close. */
static void close_listener(void **st)
{
	drv d;
	hs_opts o;
	hs_loop *l;
	rl_err e;
	struct sockaddr_in sin;
	socklen_t sl = sizeof sin;
	int fd, a, b, x;
	char buf[4096];
	ssize_t n;
	size_t open, waiting;
	(void)st;

	memset(&d, 0, sizeof d);
	opts_default(&o, NULL);
	o.ud = &d;
	o.on_request = drv_request;
	o.on_wake = NULL;
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(hs_listen(&sin, 1, 16, &fd, &e), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sin, &sl), 0);
	assert_int_equal(hs_loop_new(fd, &o, &l, &e), 0);
	a = socket(AF_INET, SOCK_STREAM, 0);
	b = socket(AF_INET, SOCK_STREAM, 0);
	assert_int_equal(connect(a, (struct sockaddr *)&sin, sizeof sin), 0);
	assert_int_equal(connect(b, (struct sockaddr *)&sin, sizeof sin), 0);
	assert_int_equal(write(a, "GET /echo HTTP/1.1\r\n\r\n", 22), 22);
	assert_int_equal(write(b, "GET /hold HTTP/1.1\r\n\r\n", 22), 22);
	pump(l, 4);
	n = read(a, buf, sizeof buf);
	assert_true(n > 0);
	hs_loop_counts(l, &open, &waiting);
	assert_int_equal(open, 2);
	assert_int_equal(waiting, 1);

	hs_loop_close_listener(l);
	hs_loop_counts(l, &open, &waiting);
	assert_int_equal(open, 1); /* the idle one went */
	assert_int_equal(read(a, buf, sizeof buf), 0);
	x = socket(AF_INET, SOCK_STREAM, 0);
	assert_int_equal(connect(x, (struct sockaddr *)&sin, sizeof sin), -1);
	answer(d.held, 200, "bye");
	pump(l, 2);
	n = read(b, buf, sizeof buf - 1);
	assert_true(n > 0);
	buf[n] = '\0';
	assert_non_null(strstr(buf, "Connection: close\r\n"));
	assert_non_null(strstr(buf, "bye"));
	hs_loop_counts(l, &open, &waiting);
	assert_int_equal(open, 0);
	hs_loop_free(l);
	close(a);
	close(b);
	close(x);
}

/* What an idle or held connection costs once its buffers went back to
 * small after a 20 KB head: the heap in use per connection, measured with
 * glibc's mallinfo2 (ASan and valgrind replace malloc, and report 0). */
static void memory_per_conn(void **st)
{
	enum { N = 300 };
	drv d;
	hs_opts o;
	hs_loop *l;
	rl_err e;
	static int sv[N][2];
	rl_buf big = RL_BUF_INIT;
	size_t before, after, open, waiting;
	int i;
	char buf[4096];
	(void)st;

	memset(&d, 0, sizeof d);
	opts_default(&o, NULL);
	o.max_header = 32768;
	o.max_conns = 0;
	o.ud = &d;
	o.on_request = drv_request;
	o.on_wake = NULL;
	assert_int_equal(hs_loop_new(-1, &o, &l, &e), 0);
	rl_buf_adds(&big, "GET /echo HTTP/1.1\r\nX-Big: ");
	for (i = 0; i < 20000; i++)
		rl_buf_addc(&big, 'b');
	rl_buf_adds(&big, "\r\n\r\n");
	before = mallinfo2().uordblks;
	for (i = 0; i < N; i++) {
		assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv[i]), 0);
		assert_int_equal(hs_loop_adopt(l, sv[i][0]), 0);
		assert_int_equal(write(sv[i][1], big.s, big.len), (ssize_t)big.len);
		pump(l, 1);
		while (read(sv[i][1], buf, sizeof buf) > 0)
			;
		/* and a request that stays unanswered */
		assert_int_equal(write(sv[i][1], "GET /hold HTTP/1.1\r\n\r\n", 22), 22);
		pump(l, 1);
	}
	after = mallinfo2().uordblks;
	hs_loop_counts(l, &open, &waiting);
	assert_int_equal(open, N);
	assert_int_equal(waiting, N);
	if (after > before)
		fprintf(stderr, "hsrv: %zu bytes per held connection\n", (after - before) / N);
	assert_true(after <= before || (after - before) / N < 4096);
	hs_loop_free(l);
	for (i = 0; i < N; i++)
		close(sv[i][1]);
	rl_buf_free(&big);
}

static void out_cb(void *ud, int fd, unsigned ev)
{
	int *n = ud;
	(void)fd;
	assert_true(ev & HS_OUT);
	(*n)++;
}

static void watch_mod(void **st)
{
	hs_opts o;
	hs_loop *l;
	rl_err e;
	int p[2], n = 0;
	hs_watch *w;
	(void)st;
	opts_default(&o, NULL);
	o.on_wake = NULL;
	assert_int_equal(hs_loop_new(-1, &o, &l, &e), 0);
	assert_int_equal(pipe(p), 0);
	w = hs_watch_add(l, p[1], 0, out_cb, &n);
	assert_non_null(w);
	pump(l, 2);
	assert_int_equal(n, 0);
	assert_int_equal(hs_watch_mod(w, HS_OUT), 0);
	pump(l, 2);
	assert_int_equal(n, 2); /* level-triggered: every turn */
	hs_watch_del(w);
	pump(l, 1);
	assert_int_equal(n, 2);
	hs_loop_free(l);
	close(p[0]);
	close(p[1]);
}

static void helpers(void **st)
{
	char s1[] = "a%41%zz%4%2";
	char s2[] = "%e2%82%ac+";
	char out[8];
	const char *hv[] = {"Content-Type", "x", "X-Api-Key", "k", NULL};
	hs_req rq;
	(void)st;

	assert_int_equal(hs_unescape(s1), 9);
	assert_string_equal(s1, "aA%zz%4%2");
	assert_int_equal(hs_unescape(s2), 4);
	assert_string_equal(s2, "\xe2\x82\xac+");

	memset(&rq, 0, sizeof rq);
	rq.hv = hv;
	rq.nhv = 2;
	rq.query = "a=1&name=J%C3%B6rg+B&flag&long=0123456789&a%20b=sp";
	assert_string_equal(hs_req_header(&rq, "x-api-key"), "k");
	assert_null(hs_req_header(&rq, "X-Api"));
	assert_true(hs_req_query(&rq, "name", out, sizeof out));
	assert_string_equal(out, "J\xc3\xb6rg B");
	assert_true(hs_req_query(&rq, "flag", out, sizeof out));
	assert_string_equal(out, "");
	assert_true(hs_req_query(&rq, "long", out, sizeof out));
	assert_string_equal(out, "0123456"); /* cut to n - 1 */
	assert_true(hs_req_query(&rq, "a b", out, sizeof out));
	assert_string_equal(out, "sp");
	assert_false(hs_req_query(&rq, "missing", out, sizeof out));
	assert_false(hs_req_query(&rq, "nam", out, sizeof out));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(helpers),
		cmocka_unit_test(adopt_fragmented),
		cmocka_unit_test(fast_request_agrees),
		cmocka_unit_test(raw_reserve_evict),
		cmocka_unit_test(raw_head_body_timeouts),
		cmocka_unit_test(raw_gone_callback),
		cmocka_unit_test(raw_ip_limit),
		cmocka_unit_test(watches),
		cmocka_unit_test(watch_mod),
		cmocka_unit_test(close_listener),
		cmocka_unit_test(memory_per_conn),
		cmocka_unit_test(curl_get_keepalive),
		cmocka_unit_test(curl_chunked_upload),
		cmocka_unit_test(curl_expect_continue),
		cmocka_unit_test(curl_head),
		cmocka_unit_test(raw_expect_and_limits),
		cmocka_unit_test(raw_keepalive_rules),
		cmocka_unit_test(raw_pipelining),
		cmocka_unit_test(raw_malformed),
		cmocka_unit_test(raw_header_overflow),
		cmocka_unit_test(raw_max_conns),
		cmocka_unit_test(raw_idle_timeout),
		cmocka_unit_test(raw_client_gone),
		cmocka_unit_test(raw_partial_write),
		cmocka_unit_test(raw_stream),
		cmocka_unit_test(raw_stream_gone),
		cmocka_unit_test(curl_stream_backpressure),
		cmocka_unit_test(raw_linger),
	};
	int rc;
	curl_global_init(CURL_GLOBAL_DEFAULT);
	if (getenv("HSRV_TEST")) /* run one test while debugging */
		cmocka_set_test_filter(getenv("HSRV_TEST"));
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	curl_global_cleanup();
	return rc;
}
