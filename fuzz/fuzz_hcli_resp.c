/* fuzz_hcli_resp.c: arbitrary bytes as an upstream's answer to the guard's
 * keep-alive client (guard/hcli.c): a loopback listener in this process
 * accepts the client's connection, sends the input, then ends its side.
 * Whatever the bytes, the request must end exactly once, with a result
 * that holds together (bounded body, NUL-terminated clean header copies,
 * an error message exactly when there is an error). The pool keeps no idle
 * connection, so every input starts on a fresh one.
 * Then the same bytes again, to the stream mode (hc_send with an
 * hc_stream), cut into pieces at points the input's first byte chooses:
 * whatever the cuts, an answer the whole mode took must come out of the
 * stream mode with the same status, Content-Type and body (unless the
 * stream's own head or framing bounds refused it), and one it refused as
 * broken must not be taken. */
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "guard/hcli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_RESPONSE 4096

static hs_loop *loop;
static hc_pool *pool;
static int up; /* the upstream's listening socket */

static void on_request(void *ud, hs_conn *c, hs_req *rq)
{
	(void)ud;
	(void)rq;
	hs_respond(c, 404, NULL, 0, NULL);
}

static void setup(void)
{
	struct sockaddr_in a;
	socklen_t al = sizeof a;
	hs_opts ho;
	hc_opts o;
	rl_err e;
	int lfd;
	char url[64];

	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (hs_listen(&a, 0, 16, &lfd, &e))
		abort();
	memset(&ho, 0, sizeof ho);
	ho.on_request = on_request;
	if (hs_loop_new(lfd, &ho, &loop, &e))
		abort();
	up = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (up < 0 || bind(up, (struct sockaddr *)&a, sizeof a) || listen(up, 16) ||
	    getsockname(up, (struct sockaddr *)&a, &al))
		abort();
	memset(&o, 0, sizeof o);
	o.max_response = MAX_RESPONSE;
	o.timeout_ms = 10000;
	o.connect_timeout_ms = 5000;
	o.max_idle = 0;
	snprintf(url, sizeof url, "http://127.0.0.1:%d", ntohs(a.sin_port));
	if (hc_pool_new(loop, url, &o, &pool, &e))
		abort();
}

static void clean(const char *s, size_t cap)
{
	size_t n = strnlen(s, cap), i;
	if (n == cap)
		abort();
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			abort();
}

static void on_done(void *ud, hc_result *r)
{
	int *n = ud;
	(*n)++;
	if (!r->errmsg || (r->err == 0) != (r->errmsg[0] == '\0'))
		abort();
	if (r->err == 0 && (r->status < 100 || r->status > 999))
		abort();
	if (r->body.len > MAX_RESPONSE || r->body.s[r->body.len] != '\0')
		abort();
	clean(r->ctype, sizeof r->ctype);
	clean(r->reqid, sizeof r->reqid);
	clean(r->retry, sizeof r->retry);
}

typedef struct whole {
	int n, err, status;
	char ctype[128];
	char errmsg[96];
	rl_buf body;
	hc_req *rq; /* stream mode: the request until it ends */
} whole;

static void on_whole(void *ud, hc_result *r)
{
	whole *w = ud;
	on_done(&w->n, r);
	w->err = r->err;
	w->status = r->status;
	memcpy(w->ctype, r->ctype, sizeof w->ctype);
	snprintf(w->errmsg, sizeof w->errmsg, "%s", r->errmsg);
	w->body = r->body; /* taken */
	rl_buf_init(&r->body);
}

static int s_head(void *ud, const hc_result *res, const char *const *hv, size_t nh)
{
	whole *w = ud;
	size_t i;
	if (w->status)
		abort(); /* one head */
	w->status = res->status;
	memcpy(w->ctype, res->ctype, sizeof w->ctype);
	clean(w->ctype, sizeof w->ctype);
	for (i = 0; i < 2 * nh; i++)
		if (!hv[i])
			abort();
	return HC_GO;
}

static int s_body(void *ud, const char *p, size_t n)
{
	whole *w = ud;
	if (!w->status || !n || w->body.len > (1u << 20))
		abort();
	rl_buf_add(&w->body, p, n);
	return w->body.len % 3 ? HC_GO : HC_PAUSE; /* resumed by the loop below */
}

static const hc_stream s_cb = {s_head, s_body};

static void on_stream(void *ud, hc_result *r)
{
	whole *w = ud;
	int st = w->status;
	w->n++;
	w->rq = NULL;
	if (!r->errmsg || (r->err == 0) != (r->errmsg[0] == '\0') || r->body.len)
		abort();
	if (r->err == 0 && (!st || st != r->status))
		abort();
	w->err = r->err;
	snprintf(w->errmsg, sizeof w->errmsg, "%s", r->errmsg);
}

/* Send `data` on a fresh connection in pieces; run until `*n` is set. */
static void serve(const uint8_t *data, size_t size, size_t piece, int *n, hc_req **rq)
{
	int fd, big = 1 << 20;
	size_t off = 0;
	ssize_t k;
	fd = accept(up, NULL, NULL);
	if (fd < 0)
		abort();
	setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &big, sizeof big);
	while (off < size && !*n) {
		size_t m = size - off < piece ? size - off : piece;
		k = send(fd, data + off, m, MSG_NOSIGNAL | MSG_DONTWAIT);
		if (k <= 0)
			break; /* the client gave up early, or full buffers: the rest is cut */
		off += (size_t)k;
		if (piece < size) { /* let the client read this piece alone */
			if (hs_loop_run(loop, 0) < 0)
				abort();
			if (rq && *rq)
				hc_resume(*rq);
		}
	}
	/* end our side but keep the socket until the answer is read: closing
	 * with the request unread would reset the connection */
	shutdown(fd, SHUT_WR);
	while (!*n) {
		if (hs_loop_run(loop, 100) < 0)
			abort();
		hc_pool_tick(pool);
		if (rq && *rq)
			hc_resume(*rq);
	}
	close(fd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	whole w = {0}, s = {0};
	hc_call c = {.method = "POST",
		     .path = "/v1/x",
		     .hdrs = "X-A: b\r\n",
		     .hn = 8,
		     .body = "{}",
		     .bn = 2,
		     .stream = &s_cb};
	size_t inflight, conns;

	if (!loop)
		setup();
	rl_buf_init(&w.body);
	rl_buf_init(&s.body);
	if (hc_post(pool, "/v1/x", "X-A: b\r\n", 8, "{}", 2, on_whole, &w, NULL))
		abort();
	serve(data, size, size, &w.n, NULL);
	if (hc_send(pool, &c, on_stream, &s, &s.rq))
		abort();
	serve(data, size, size ? 1 + data[0] % 17 : 1, &s.n, &s.rq);
	if (w.n != 1 || s.n != 1)
		abort();
	if (w.err == HC_OK && !(s.err == HC_EPROTO &&
				(strstr(s.errmsg, "head passed") || strstr(s.errmsg, "framing")))) {
		if (s.err != HC_OK || s.status != w.status || strcmp(s.ctype, w.ctype) ||
		    s.body.len != w.body.len ||
		    (w.body.len && memcmp(s.body.s, w.body.s, w.body.len)))
			abort();
	}
	if ((w.err == HC_EPROTO || w.err == HC_EIO) && s.err == HC_OK)
		abort();
	rl_buf_free(&w.body);
	rl_buf_free(&s.body);
	hc_pool_counts(pool, &inflight, &conns);
	if (inflight || conns)
		abort(); /* max_idle is 0: nothing stays open */
	return 0;
}
