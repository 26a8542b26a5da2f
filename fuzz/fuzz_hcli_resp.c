/* fuzz_hcli_resp.c: arbitrary bytes as an upstream's answer to the guard's
 * keep-alive client (guard/hcli.c): a loopback listener in this process
 * accepts the client's connection, sends the input, then ends its side.
 * Whatever the bytes, the request must end exactly once, with a result
 * that holds together (bounded body, NUL-terminated clean header copies,
 * an error message exactly when there is an error). The pool keeps no idle
 * connection, so every input starts on a fresh one. */
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int n = 0, fd, big = 1 << 20;
	size_t off = 0, inflight, conns;
	ssize_t k;

	if (!loop)
		setup();
	if (hc_post(pool, "/v1/x", "X-A: b\r\n", 8, "{}", 2, on_done, &n, NULL))
		abort();
	fd = accept(up, NULL, NULL);
	if (fd < 0)
		abort();
	setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &big, sizeof big);
	while (off < size) {
		k = send(fd, data + off, size - off, MSG_NOSIGNAL | MSG_DONTWAIT);
		if (k <= 0)
			break; /* the client gave up early (too big, invalid), or full buffers: the
				  rest is cut */
		off += (size_t)k;
	}
	/* end our side but keep the socket until the answer is read: closing
	 * with the request unread would reset the connection */
	shutdown(fd, SHUT_WR);
	while (!n) {
		if (hs_loop_run(loop, 100) < 0)
			abort();
		hc_pool_tick(pool);
	}
	if (n != 1)
		abort();
	close(fd);
	hc_pool_counts(pool, &inflight, &conns);
	if (inflight || conns)
		abort(); /* max_idle is 0: nothing stays open */
	return 0;
}
