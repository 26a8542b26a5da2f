/* fuzz_hsrv.c: whatever bytes a client sends to the guard's HTTP server
 * (guard/hsrv.c). The input goes through a socketpair into a loop with
 * small limits, in pieces whose size the first bytes pick, answered at
 * once or one loop turn later; the client may half-close after sending.
 * Everything the server writes back must parse as a sequence of HTTP/1.1
 * responses (so no stray body bytes, no header injection), and after the
 * client closes, the loop must hold no connection and no request. */
#include <errno.h>
#include <http_parser.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "guard/hsrv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct fz {
	hs_loop *l;
	int defer;
	hs_conn *held;
	int heads[256]; /* for each final answer the handler gave: was it HEAD */
	unsigned hput, hget;
	http_parser rp;
	int rp_head;
} fz;

static fz F;

static size_t limit_fn(void *ud, const char *path)
{
	(void)ud;
	return !strcmp(path, "/s") ? 8 : 0;
}

static void reply(hs_conn *c, int head)
{
	rl_buf b = RL_BUF_INIT;
	hs_hdr h[] = {{"Content-Type", "text/plain"}, {"X-Echo", "a\r\nb"}};
	rl_buf_adds(&b, "answer");
	F.heads[F.hput++ % 256] = head;
	if (hs_respond(c, 200, h, 2, &b))
		abort();
	if (hs_respond(c, 200, NULL, 0, NULL) != RL_EINVAL)
		abort(); /* exactly once */
}

static void on_request(void *ud, hs_conn *c, hs_req *rq)
{
	size_t i;
	(void)ud;
	if (!rq->method || !rq->path || !rq->query || !rq->hv || rq->hv[2 * rq->nhv])
		abort();
	for (i = 0; i < 2 * rq->nhv; i++)
		if (!rq->hv[i])
			abort();
	if (rq->too_big && rq->body.len)
		abort();
	if (!rq->too_big && rq->body.len > (!strcmp(rq->path, "/s") ? 8u : 2048u))
		abort();
	(void)hs_req_header(rq, "content-type");
	{
		char q[16];
		(void)hs_req_query(rq, "a", q, sizeof q);
	}
	if (F.defer) {
		if (F.held)
			abort(); /* one request at a time per connection */
		F.held = c;
		F.heads[F.hput % 256] = !strcmp(rq->method, "HEAD");
		return;
	}
	reply(c, !strcmp(rq->method, "HEAD"));
}

static void answer_held(void)
{
	if (F.held) {
		hs_conn *c = F.held;
		F.held = NULL;
		reply(c, F.heads[F.hput % 256]);
	}
}

/* the client side: every byte back must be a well-formed response */
static int r_headers_complete(http_parser *p)
{
	if (p->status_code >= 200 && p->status_code != 400 && p->status_code != 431) {
		if (F.hget == F.hput)
			abort(); /* an answer nobody gave */
		return F.heads[F.hget++ % 256] ? 1 : 0;
	}
	return 0;
}

static const http_parser_settings rset = {.on_headers_complete = r_headers_complete};

static void drain(int fd)
{
	char b[4096];
	ssize_t r;
	while ((r = read(fd, b, sizeof b)) > 0) {
		size_t n = http_parser_execute(&F.rp, &rset, b, (size_t)r);
		if (HTTP_PARSER_ERRNO(&F.rp) != HPE_OK || n != (size_t)r)
			abort();
	}
}

static void turn(int cfd)
{
	if (hs_loop_run(F.l, 0) < 0)
		abort();
	answer_held();
	drain(cfd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int sv[2], halfclose, i;
	size_t piece, off = 0, open, waiting;
	unsigned stall = 0;

	if (!F.l) {
		hs_opts o;
		rl_err e;
		memset(&o, 0, sizeof o);
		o.max_header = 512;
		o.max_body = 2048;
		o.body_limit = limit_fn;
		o.max_conns = 4;
		o.on_request = on_request;
		if (hs_loop_new(-1, &o, &F.l, &e))
			abort();
	}
	if (size < 2)
		return 0;
	F.defer = data[0] & 1;
	halfclose = (data[0] >> 1) & 1;
	piece = (size_t)data[1] % 64 + 1;
	data += 2;
	size -= 2;
	F.held = NULL;
	F.hput = F.hget = 0;
	http_parser_init(&F.rp, HTTP_RESPONSE);

	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv))
		abort();
	if (hs_loop_adopt(F.l, sv[0]))
		abort();
	while (off < size && stall < 50) {
		size_t n = size - off < piece ? size - off : piece;
		ssize_t w = send(sv[1], data + off, n, MSG_NOSIGNAL);
		if (w > 0) {
			off += (size_t)w;
			stall = 0;
		} else if (w < 0 && errno != EAGAIN) {
			break; /* the server closed after an error answer */
		} else {
			stall++;
		}
		turn(sv[1]);
	}
	if (halfclose)
		shutdown(sv[1], SHUT_WR);
	for (i = 0; i < 8; i++)
		turn(sv[1]);
	close(sv[1]);
	for (i = 0; i < 4; i++)
		turn(-1);
	answer_held();
	if (hs_loop_run(F.l, 0) < 0)
		abort();
	hs_loop_counts(F.l, &open, &waiting);
	if (open || waiting || F.held)
		abort();
	return 0;
}
