/* hsrv.c: the guard's HTTP/1.1 server loop (see hsrv.h for why it is not
 * libmicrohttpd). One epoll set per worker, level-triggered, holding the
 * listener, an eventfd for wake-ups, the client connections and the
 * worker's other descriptors (libcurl's sockets).
 *
 * The hot path of a keep-alive request is one read into the loop's shared
 * buffer, http-parser over it, the handler, and one sendmsg of head and
 * body together; no epoll_ctl unless a write is partial or a client
 * misbehaves. The parser is paused at each message end, so pipelined bytes
 * wait (copied into the connection) until the current answer is written.
 * A connection keeps only small buffers that grow with what it is sent
 * and shrink back after a big request: a thousand idle or held
 * connections cost a few KB each.
 *
 * Request storage: the URL, names and values are copied, NUL-separated,
 * into one per-connection buffer as http-parser hands over fragments; the
 * pointers in hs_req are made at headers_complete, after which that buffer
 * never grows (trailers are ignored), so they stay valid until hs_respond.
 *
 * Timers are two FIFO lists with one timeout each (idle, lingering close),
 * so "oldest first" is their order and no heap is needed. */
#include "guard/hsrv_int.h"

static int64_t mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- timer lists ---- */

static hs_tlist *tl_of(hs_loop *l, int which)
{
	return which == L_IDLE   ? &l->idle
	       : which == L_HEAD ? &l->headl
	       : which == L_BODY ? &l->bodyl
				 : &l->lingerl;
}

void gp_tl_unlink(hs_conn *c)
{
	hs_tlist *t;
	if (c->tlist == L_NONE)
		return;
	t = tl_of(c->l, c->tlist);
	if (c->tprev)
		c->tprev->tnext = c->tnext;
	else
		t->head = c->tnext;
	if (c->tnext)
		c->tnext->tprev = c->tprev;
	else
		t->tail = c->tprev;
	c->tprev = c->tnext = NULL;
	c->tlist = L_NONE;
}

/* (re)start c's timer on list `which`: to the tail, stamped now */
void gp_tl_touch(hs_conn *c, int which)
{
	hs_tlist *t;
	if (c->tlist == which && c->l->idle.tail == c && which == L_IDLE) {
		c->tstamp = c->l->now;
		return;
	}
	gp_tl_unlink(c);
	if ((which == L_IDLE && !c->l->o.idle_timeout_s) ||
	    (which == L_HEAD && !c->l->o.head_timeout_ms) ||
	    (which == L_BODY && !c->l->o.body_timeout_ms))
		return;
	t = tl_of(c->l, which);
	c->tprev = t->tail;
	c->tnext = NULL;
	if (t->tail)
		t->tail->tnext = c;
	else
		t->head = c;
	t->tail = c;
	c->tlist = which;
	c->tstamp = c->l->now;
}

/* ---- epoll registration ---- */

static int conn_set_ev(hs_conn *c, uint32_t ev)
{
	struct epoll_event e;
	int op;
	if (ev == c->ev)
		return 0;
	e.events = ev;
	e.data.ptr = c;
	op = !ev ? EPOLL_CTL_DEL : !c->ev ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
	if (epoll_ctl(c->l->ep, op, c->fd, &e) && op != EPOLL_CTL_DEL)
		return -1;
	c->ev = ev;
	return 0;
}

/* ---- connection life ---- */

void gp_req_clear(hs_conn *c)
{
	rl_buf_free(&c->rq.body);
	if (c->hb.cap > HS_KEEP_HB)
		rl_buf_free(&c->hb);
	else
		rl_buf_reset(&c->hb);
	if (c->capoff > 2 * HS_KEEP_HV) {
		free(c->off);
		free(c->hv);
		c->off = NULL;
		c->hv = NULL;
		c->capoff = c->caphv = 0;
	}
	c->noff = 0;
	c->section = 0;
	c->hdr_done = c->deliver = c->hdr_over = c->bad_version = c->gone_told = c->started = 0;
	memset(&c->rq, 0, sizeof c->rq);
	rl_buf_init(&c->rq.body);
}

/* Close now: out of the epoll set and the lists; the struct is freed at
 * the end of the batch, since an event for it may still be queued. */
void gp_conn_close(hs_conn *c)
{
	hs_loop *l = c->l;
	if (c->dead)
		return;
	c->dead = 1;
	gp_tl_unlink(c);
	close(c->fd); /* also leaves the epoll set */
	c->fd = -1;
	if (c->pending)
		l->nwaiting--;
	c->pending = 0;
	if (c->prev)
		c->prev->next = c->next;
	else
		l->conns = c->next;
	if (c->next)
		c->next->prev = c->prev;
	l->nopen--;
	if (c->counted)
		gp_ipl_give(l->o.iplimit, c->addr, c->alen);
	c->counted = 0;
	c->znext = l->zconns;
	l->zconns = c;
}

static void conn_free(hs_conn *c)
{
	gp_req_clear(c);
	free(c->off);
	free(c->hv);
	rl_buf_free(&c->hb);
	rl_buf_free(&c->in);
	rl_buf_free(&c->out);
	rl_buf_free(&c->obody);
	free(c);
}

/* After an answer that ends the connection: when the client may still be
 * sending (an error answer, a body we did not read), close only our side
 * and drain for a while, so that close() with unread bytes does not send
 * an RST that destroys the answer in flight (nginx's lingering close). */
static void conn_end(hs_conn *c)
{
	if (c->linger && !c->peer_eof && !c->peer_err) {
		shutdown(c->fd, SHUT_WR);
		c->lingering = 1;
		if (conn_set_ev(c, EPOLLIN)) {
			gp_conn_close(c);
			return;
		}
		gp_tl_touch(c, L_LINGER);
		return;
	}
	gp_conn_close(c);
}

/* What c should be watched for now. Not for input after the client's EOF
 * or once enough was parked while a request waits: level-triggered epoll
 * would report it again and again. */
static uint32_t conn_want(const hs_conn *c)
{
	if (c->writing)
		return EPOLLOUT;
	if (c->lingering)
		return EPOLLIN;
	if (c->peer_eof || c->peer_err)
		return 0;
	if (c->in_full) /* still notice the client leaving */
		return c->pending ? EPOLLRDHUP : 0;
	return EPOLLIN;
}

/* After parsing or writing: a client that sent EOF and has no request
 * left is done; otherwise bring the epoll registration up to date (a
 * no-op on the hot path). */
void gp_conn_settle(hs_conn *c)
{
	if (c->dead)
		return;
	if (!c->pending && !c->writing && !c->closing && (c->peer_eof || c->peer_err)) {
		gp_conn_close(c);
		return;
	}
	if (conn_set_ev(c, conn_want(c)))
		gp_conn_close(c);
}

static void conn_gone(hs_conn *c);

/* A streamed answer's client is gone (a write failed, or it read nothing
 * for idle_timeout_s): drop what waits and tell on_gone, now when the
 * loop runs us, or from the loop's next turn when a hs_stream_* call of
 * the handler runs (no callback into the handler from inside its own
 * call). The connection stays until hs_stream_end. */
static void stream_fail(hs_conn *c)
{
	hs_loop *l = c->l;
	gp_tl_unlink(c);
	c->peer_err = 1;
	c->writing = 0;
	c->wdone = 0;
	rl_buf_free(&c->out);
	if (conn_set_ev(c, 0))
		c->ev = 0;
	if (!c->in_api) {
		conn_gone(c);
	} else if (!c->queued) {
		c->queued = 1;
		c->rnext = l->ready;
		l->ready = c;
	}
}

/* Write what is left of out + obody in one sendmsg per try: the rest waits
 * for EPOLLOUT; once all is out, the connection closes, or goes back to
 * reading and any parked pipelined request is queued for the loop. */
static void conn_flush(hs_conn *c)
{
	for (;;) {
		struct iovec iov[2];
		struct msghdr m;
		int k = 0;
		ssize_t w;
		size_t done = c->wdone;
		if (done < c->out.len) {
			iov[k].iov_base = c->out.s + done;
			iov[k++].iov_len = c->out.len - done;
			done = 0;
		} else {
			done -= c->out.len;
		}
		if (done < c->obody.len) {
			iov[k].iov_base = c->obody.s + done;
			iov[k++].iov_len = c->obody.len - done;
		}
		if (!k)
			break;
		memset(&m, 0, sizeof m);
		m.msg_iov = iov;
		m.msg_iovlen = (size_t)k;
		w = sendmsg(c->fd, &m, MSG_NOSIGNAL);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK) {
				c->writing = 1;
				if (c->streaming && c->tlist != L_IDLE)
					gp_tl_touch(c, L_IDLE); /* a client that stops reading */
				if (conn_set_ev(c, EPOLLOUT)) {
					if (c->streaming)
						stream_fail(c);
					else
						gp_conn_close(c);
				}
				return;
			}
			if (c->streaming)
				stream_fail(c);
			else
				gp_conn_close(c); /* the client is gone: the answer is dropped */
			return;
		}
		c->wdone += (size_t)w;
		if (c->tlist == L_IDLE)
			gp_tl_touch(c, L_IDLE); /* progress for a slow reader */
	}
	/* all written */
	c->writing = 0;
	c->wdone = 0;
	if (c->streaming) { /* mid-stream: wait for more, or tell the producer */
		if (c->out.cap > HS_KEEP_OUT)
			rl_buf_free(&c->out);
		else
			rl_buf_reset(&c->out);
		gp_tl_unlink(c); /* a quiet upstream is not an idle client */
		if (conn_set_ev(c, conn_want(c))) {
			stream_fail(c);
			return;
		}
		if (c->sdrain && !c->in_api) {
			c->sdrain = 0;
			if (c->l->o.on_drain)
				c->l->o.on_drain(c->l->o.ud, c, &c->rq);
		}
		return;
	}
	rl_buf_free(&c->obody);
	if (c->out.cap > HS_KEEP_OUT)
		rl_buf_free(&c->out);
	else
		rl_buf_reset(&c->out);
	if (c->closing) {
		conn_end(c);
		return;
	}
	c->in_full = 0;
	gp_tl_touch(c, L_IDLE);
	/* Pipelined requests parked behind this one are parsed by the loop,
	 * not here: hs_respond must not call on_request from inside itself
	 * (the caller may be in a libcurl callback). Inside on_request the
	 * running gp_conn_drive goes on by itself. */
	if (!c->in_proc) {
		if (c->in.len > c->in_off) {
			if (!c->queued) {
				c->queued = 1;
				c->rnext = c->l->ready;
				c->l->ready = c;
			}
		} else {
			gp_conn_settle(c);
		}
	}
}

/* The answer of the current request (or of a protocol error): head into
 * out, the body taken, then written. */
static int conn_answer(hs_conn *c, int status, const hs_hdr *h, size_t nh, rl_buf *body,
		       int close_after)
{
	int nobody = c->head || status == 204 || status == 304 || (status >= 100 && status < 200);
	int rc = gp_head_build(c, status, h, nh, body ? (long long)body->len : 0, 0, close_after);

	rl_buf_free(&c->obody);
	if (body) {
		if (!nobody)
			c->obody = *body;
		else
			rl_buf_free(body);
		rl_buf_init(body);
	}
	c->closing = close_after;
	c->wdone = 0;
	gp_req_clear(c);
	/* a client that does not read its answer is idle too */
	gp_tl_touch(c, L_IDLE);
	if (rc) { /* out of memory: nothing sensible can be written */
		gp_conn_close(c);
		return 0;
	}
	conn_flush(c);
	return 0;
}

/* Whether the connection ends after the current answer: after the
 * client's EOF, pipelined requests parked before it are still answered;
 * the last answer closes. */
static int close_after_answer(const hs_conn *c)
{
	return !c->keepalive || c->rq.too_big || c->l->closing || c->reserve ||
	       (c->peer_eof && c->in.len == c->in_off);
}

int hs_respond(hs_conn *c, int status, const hs_hdr *h, size_t nh, rl_buf *body)
{
	int close_after;
	if (!c || !c->pending || c->dead || c->streaming)
		return RL_EINVAL;
	c->pending = 0;
	c->l->nwaiting--;
	if (c->peer_err) { /* the client is gone: nothing to write to */
		if (body)
			rl_buf_free(body);
		gp_conn_close(c);
		return 0;
	}
	close_after = close_after_answer(c);
	return conn_answer(c, status, h, nh, body, close_after);
}

/* ---- streamed answers (hsrv.h) ---- */

int hs_stream_start(hs_conn *c, int status, const hs_hdr *h, size_t nh)
{
	int rc, nobody;
	if (!c || !c->pending || c->dead || c->streaming)
		return RL_EINVAL;
	c->streaming = 1;
	c->sdrain = 0;
	nobody = status == 204 || status == 304 || status < 200;
	c->snobody = c->head || nobody; /* HEAD: the head GET would get */
	c->schunked = !nobody && c->rq.http_minor >= 1;
	c->sclose = close_after_answer(c) || (!nobody && !c->schunked);
	if (c->peer_err)
		return 0; /* gone already: nothing to write, on_gone was told */
	c->in_api = 1;
	rc = gp_head_build(c, status, h, nh, nobody ? 0 : -1, c->schunked, c->sclose);
	c->wdone = 0;
	if (rc)
		stream_fail(c);
	else if (!c->writing)
		conn_flush(c);
	c->in_api = 0;
	return 0;
}

size_t hs_stream_queued(const hs_conn *c)
{
	if (!c || !c->streaming || c->peer_err)
		return 0;
	return c->out.len - c->wdone;
}

int hs_stream_send(hs_conn *c, const void *p, size_t n)
{
	size_t q, max;
	int rc = 0;
	if (!c || !c->streaming || c->dead)
		return RL_EINVAL;
	if (c->peer_err)
		return RL_ENET;
	if (!n || c->snobody)
		return 0;
	max = c->l->o.stream_max ? c->l->o.stream_max : HS_STREAM_MAX;
	q = c->out.len - c->wdone;
	if (q && q + n > max) {
		c->sdrain = 1;
		return RL_ELIMIT;
	}
	if (c->wdone && c->wdone >= c->out.len / 2) { /* keep the queue compact */
		memmove(c->out.s, c->out.s + c->wdone, q);
		c->out.len = q;
		c->wdone = 0;
	}
	if (c->schunked) {
		char num[24];
		int k = snprintf(num, sizeof num, "%zx\r\n", n);
		rc |= rl_buf_add(&c->out, num, (size_t)k);
	}
	rc |= rl_buf_add(&c->out, p, n);
	if (c->schunked)
		rc |= rl_buf_add(&c->out, "\r\n", 2);
	c->in_api = 1;
	if (rc)
		stream_fail(c);
	else if (!c->writing)
		conn_flush(c);
	c->in_api = 0;
	if (rc)
		return RL_ENOMEM;
	if (c->peer_err)
		return RL_ENET;
	if (c->out.len > c->wdone)
		c->sdrain = 1;
	return 0;
}

int hs_stream_end(hs_conn *c, int complete)
{
	if (!c || !c->streaming || c->dead)
		return RL_EINVAL;
	c->streaming = 0;
	c->pending = 0;
	c->l->nwaiting--;
	if (c->peer_err) {
		gp_conn_close(c);
		return 0;
	}
	if (complete && c->schunked && !c->snobody && rl_buf_add(&c->out, "0\r\n\r\n", 5)) {
		gp_conn_close(c);
		return 0;
	}
	c->closing = c->sclose || !complete;
	if (!complete)
		c->linger = 1; /* unread input must not reset what is queued */
	c->sdrain = 0;
	gp_req_clear(c);
	gp_tl_touch(c, L_IDLE);
	if (!c->writing)
		conn_flush(c);
	return 0;
}

/* A request that cannot be parsed or is too large in its head: answered
 * here, in the proxy's JSON error shape, and the connection ends. */
void gp_conn_error(hs_conn *c, int status, const char *what)
{
	rl_buf b = RL_BUF_INIT;
	hs_hdr h = {"Content-Type", "application/json"};
	rl_buf_adds(&b, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"");
	rl_buf_add_json(&b, what, strlen(what));
	rl_buf_adds(&b, "\"}}");
	c->head = 0;
	c->linger = 1;
	c->rq.http_minor = 1;
	conn_answer(c, status, &h, 1, &b, 1);
}

/* The client of an unanswered request went away: tell the handler once. */
static void conn_gone(hs_conn *c)
{
	hs_loop *l = c->l;
	if (c->streaming && !c->peer_err) { /* left mid-stream: write no more */
		gp_tl_unlink(c);
		c->peer_err = 1;
		c->writing = 0;
		c->wdone = 0;
		rl_buf_free(&c->out);
	}
	conn_set_ev(c, conn_want(c)); /* level-triggered: stop the reports first */
	if (c->pending && !c->gone_told && l->o.on_gone) {
		c->gone_told = 1;
		l->o.on_gone(l->o.ud, c, &c->rq);
	}
}

static void conn_readable(hs_conn *c)
{
	hs_loop *l = c->l;
	ssize_t r;

	if (c->lingering) {
		r = read(c->fd, l->rd, sizeof l->rd);
		if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR))
			gp_conn_close(c);
		return;
	}
	if (c->pending || c->writing) {
		/* the client spoke while its request waits: park the bytes
		 * (pipelining) up to a bound, and notice when it goes */
		size_t room = l->max_header + 4096;
		if (c->in.len >= room) {
			c->in_full = 1;
			conn_set_ev(c, conn_want(c));
			return;
		}
		if (rl_buf_grow(&c->in, 4096)) {
			c->in_full = 1;
			conn_set_ev(c, conn_want(c));
			return;
		}
		r = read(c->fd, c->in.s + c->in.len, c->in.cap - c->in.len - 1);
		if (r > 0) {
			c->in.len += (size_t)r;
			c->in.s[c->in.len] = '\0';
			return;
		}
		if (r < 0 && (errno == EAGAIN || errno == EINTR))
			return;
		/* EOF (maybe only half: it may still read its answer) or error;
		 * stop watching so level-triggered epoll does not spin */
		if (r == 0)
			c->peer_eof = 1;
		else
			c->peer_err = 1;
		conn_gone(c);
		return;
	}
	r = read(c->fd, l->rd, sizeof l->rd);
	if (r > 0) {
		gp_conn_drive(c, l->rd, (size_t)r);
		return;
	}
	if (r < 0 && (errno == EAGAIN || errno == EINTR))
		return;
	gp_conn_close(c); /* gone between requests (or mid-request: nobody to answer) */
}

static hs_conn *conn_new(hs_loop *l, int fd)
{
	hs_conn *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->tag.kind = K_CONN;
	c->l = l;
	c->fd = fd;
	rl_buf_init(&c->hb);
	rl_buf_init(&c->in);
	rl_buf_init(&c->out);
	rl_buf_init(&c->obody);
	rl_buf_init(&c->rq.body);
	http_parser_init(&c->p, HTTP_REQUEST);
	c->p.data = c;
	if (conn_set_ev(c, EPOLLIN)) {
		free(c);
		return NULL;
	}
	c->next = l->conns;
	if (l->conns)
		l->conns->prev = c;
	l->conns = c;
	l->nopen++;
	/* a new connection owes its first request head at once */
	gp_tl_touch(c, l->o.head_timeout_ms ? L_HEAD : L_IDLE);
	return c;
}

int hs_loop_adopt(hs_loop *l, int fd)
{
	if (l->o.max_conns && l->nopen >= l->o.max_conns) {
		close(fd);
		return RL_ELIMIT;
	}
	if (!l->now)
		l->now = mono_ms();
	if (!conn_new(l, fd)) {
		close(fd);
		return RL_ENOMEM;
	}
	return 0;
}

/* When every slot is taken: the connection that holds the least, the
 * oldest of those without a request in hand (lingering after an answer;
 * still sending its head or body; idle between requests), or NULL. Held
 * and answering connections are never taken. */
static hs_conn *evict_victim(hs_loop *l)
{
	hs_conn *v = l->lingerl.head, *c;
	int k;
	if (v)
		return v;
	v = l->headl.head;
	if (l->bodyl.head && (!v || l->bodyl.head->tstamp < v->tstamp))
		v = l->bodyl.head;
	for (c = l->idle.head, k = 0; c && k < 64; c = c->tnext, k++)
		if (!c->writing && !c->pending) {
			if (!v || c->tstamp < v->tstamp)
				v = c;
			break;
		}
	return v;
}

/* The client's address as a key: IPv4 (also IPv4-mapped IPv6) 4 bytes,
 * IPv6 16; 0 for anything else. */
static size_t addr_key(const struct sockaddr_storage *ss, unsigned char out[16])
{
	if (ss->ss_family == AF_INET) {
		memcpy(out, &((const struct sockaddr_in *)ss)->sin_addr, 4);
		return 4;
	}
	if (ss->ss_family == AF_INET6) {
		const unsigned char *a = ((const struct sockaddr_in6 *)ss)->sin6_addr.s6_addr;
		static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
		if (!memcmp(a, mapped, 12)) {
			memcpy(out, a + 12, 4);
			return 4;
		}
		memcpy(out, a, 16);
		return 16;
	}
	return 0;
}

static void do_accept(hs_loop *l)
{
	int one = 1;
	for (;;) {
		struct sockaddr_storage ss;
		socklen_t sl = sizeof ss;
		unsigned char key[16];
		size_t kl;
		int reserve = 0, counted = 0;
		hs_conn *c;
		int fd = accept4(l->lfd, (struct sockaddr *)&ss, &sl, SOCK_NONBLOCK | SOCK_CLOEXEC);
		if (fd < 0) {
			if (errno == EINTR || errno == ECONNABORTED)
				continue;
			return; /* EAGAIN, or EMFILE and the like: try on the next event */
		}
		kl = addr_key(&ss, key);
		if (l->o.iplimit && kl) {
			if (gp_ipl_take(l->o.iplimit, key, kl)) {
				close(fd); /* this client has its share already */
				continue;
			}
			counted = 1;
		}
		if (l->o.max_conns && l->nopen >= l->o.max_conns) {
			if (l->nopen >= l->o.max_conns + l->o.reserve_conns) {
				hs_conn *v = evict_victim(l);
				if (!v) {
					if (counted)
						gp_ipl_give(l->o.iplimit, key, kl);
					close(fd);
					continue;
				}
				gp_conn_close(v);
			}
			reserve = 1;
		}
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
		if (!(c = conn_new(l, fd))) {
			if (counted)
				gp_ipl_give(l->o.iplimit, key, kl);
			close(fd);
			continue;
		}
		c->reserve = (unsigned)reserve;
		c->counted = (unsigned)counted;
		memcpy(c->addr, key, kl);
		c->alen = (unsigned char)kl;
	}
}

/* ---- loop ---- */

int hs_listen(const struct sockaddr_in *sin, int reuseport, int backlog, int *fd, rl_err *e)
{
	int one = 1;
	int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	char addr[32];
	unsigned a = ntohl(sin->sin_addr.s_addr);
	snprintf(addr, sizeof addr, "%u.%u.%u.%u:%u", a >> 24, (a >> 16) & 255, (a >> 8) & 255,
		 a & 255, ntohs(sin->sin_port));
	if (s < 0)
		return rl_err_set(e, RL_ENET, "listen %s: socket: %s", addr, strerror(errno));
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (reuseport && setsockopt(s, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one)) {
		int er = errno;
		close(s);
		return rl_err_set(e, RL_ENET, "listen %s: SO_REUSEPORT: %s", addr, strerror(er));
	}
	if (bind(s, (const struct sockaddr *)sin, sizeof *sin) ||
	    listen(s, backlog > 0 ? backlog : 511)) {
		int er = errno;
		close(s);
		return rl_err_set(e, RL_ENET, "listen %s: %s", addr, strerror(er));
	}
	*fd = s;
	return 0;
}

/* lfd may be -1: a loop that serves only adopted sockets (tests, fuzzing).
 * max_header 0 means 16 KB, max_conns 0 no bound, idle_timeout_s 0 none. */
int hs_loop_new(int lfd, const hs_opts *o, hs_loop **out, rl_err *e)
{
	hs_loop *l;
	struct epoll_event ev;
	*out = NULL;
	if (!o || !o->on_request) {
		if (lfd >= 0)
			close(lfd);
		return rl_err_set(e, RL_EINVAL, "hs_loop_new: on_request is required");
	}
	l = calloc(1, sizeof *l);
	if (!l) {
		if (lfd >= 0)
			close(lfd);
		return rl_err_set(e, RL_ENOMEM, "hs_loop_new: out of memory");
	}
	l->o = *o;
	l->max_header = o->max_header ? o->max_header : HS_DEFAULT_MAX_HEADER;
	l->lfd = lfd;
	l->ltag.kind = K_LISTEN;
	l->wtag.kind = K_WAKE;
	l->ep = epoll_create1(EPOLL_CLOEXEC);
	l->wfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	l->now = mono_ms();
	if (l->ep < 0 || l->wfd < 0)
		goto fail;
	ev.events = EPOLLIN;
	ev.data.ptr = &l->wtag;
	if (epoll_ctl(l->ep, EPOLL_CTL_ADD, l->wfd, &ev))
		goto fail;
	if (lfd >= 0) {
		ev.data.ptr = &l->ltag;
		if (epoll_ctl(l->ep, EPOLL_CTL_ADD, lfd, &ev))
			goto fail;
	}
	*out = l;
	return 0;
fail : {
	int er = errno;
	if (l->ep >= 0)
		close(l->ep);
	if (l->wfd >= 0)
		close(l->wfd);
	if (lfd >= 0)
		close(lfd);
	free(l);
	return rl_err_set(e, RL_EIO, "hs_loop_new: epoll/eventfd: %s", strerror(er));
}
}

static void free_zombies(hs_loop *l)
{
	while (l->zconns) {
		hs_conn *c = l->zconns;
		l->zconns = c->znext;
		conn_free(c);
	}
	while (l->zwatches) {
		hs_watch *w = l->zwatches;
		l->zwatches = w->znext;
		free(w);
	}
}

/* A head or body that did not arrive in time: 408 when the client sent
 * any of the request (a connection that sent nothing is just closed). */
static void conn_expire(hs_conn *c, int which)
{
	char msg[120];
	if (!c->started) {
		gp_conn_close(c);
		return;
	}
	snprintf(msg, sizeof msg, "the request %s did not arrive within %u ms",
		 which == L_HEAD ? "head" : "body",
		 which == L_HEAD ? c->l->o.head_timeout_ms : c->l->o.body_timeout_ms);
	gp_conn_error(c, 408, msg); /* leaves the list: answered, then closed */
	if (c->tlist == which)
		gp_conn_close(c);
}

static void sweep(hs_loop *l)
{
	int64_t idle_ms = (int64_t)l->o.idle_timeout_s * 1000;
	while (l->lingerl.head && l->now - l->lingerl.head->tstamp >= HS_LINGER_MS)
		gp_conn_close(l->lingerl.head);
	while (idle_ms && l->idle.head && l->now - l->idle.head->tstamp >= idle_ms) {
		if (l->idle.head->streaming)
			stream_fail(l->idle.head); /* leaves the list */
		else
			gp_conn_close(l->idle.head);
	}
	while (l->o.head_timeout_ms && l->headl.head &&
	       l->now - l->headl.head->tstamp >= (int64_t)l->o.head_timeout_ms)
		conn_expire(l->headl.head, L_HEAD);
	while (l->o.body_timeout_ms && l->bodyl.head &&
	       l->now - l->bodyl.head->tstamp >= (int64_t)l->o.body_timeout_ms)
		conn_expire(l->bodyl.head, L_BODY);
}

static int next_timeout(hs_loop *l, int timeout_ms)
{
	int64_t t = -1, d;
	if (l->lingerl.head)
		t = l->lingerl.head->tstamp + HS_LINGER_MS - l->now;
	if (l->o.idle_timeout_s && l->idle.head) {
		d = l->idle.head->tstamp + (int64_t)l->o.idle_timeout_s * 1000 - l->now;
		if (t < 0 || d < t)
			t = d;
	}
	if (l->o.head_timeout_ms && l->headl.head) {
		d = l->headl.head->tstamp + (int64_t)l->o.head_timeout_ms - l->now;
		if (t < 0 || d < t)
			t = d;
	}
	if (l->o.body_timeout_ms && l->bodyl.head) {
		d = l->bodyl.head->tstamp + (int64_t)l->o.body_timeout_ms - l->now;
		if (t < 0 || d < t)
			t = d;
	}
	if (t < 0 && (l->lingerl.head || l->idle.head || l->headl.head || l->bodyl.head))
		t = 0;
	if (t >= 0) {
		t += 5; /* the coarse clock ticks in a few ms */
		if (timeout_ms < 0 || t < timeout_ms)
			return (int)t;
	}
	return timeout_ms;
}

static void watch_event(hs_watch *w, uint32_t ev)
{
	unsigned e = 0;
	if (ev & EPOLLIN)
		e |= HS_IN;
	if (ev & EPOLLOUT)
		e |= HS_OUT;
	if (ev & (EPOLLERR | EPOLLHUP))
		e |= HS_ERR;
	w->fn(w->ud, w->fd, e);
}

static void run_ready(hs_loop *l)
{
	while (l->ready) {
		hs_conn *c = l->ready;
		l->ready = c->rnext;
		c->queued = 0;
		if (c->dead)
			continue;
		if (c->streaming) { /* stream_fail inside a hs_stream_* call */
			if (c->peer_err && !c->gone_told)
				conn_gone(c);
			continue;
		}
		gp_conn_drive(c, NULL, 0);
	}
}

int hs_loop_run(hs_loop *l, int timeout_ms)
{
	struct epoll_event evs[HS_EVENTS];
	int n, i;

	n = epoll_wait(l->ep, evs, HS_EVENTS, l->ready ? 0 : next_timeout(l, timeout_ms));
	l->now = mono_ms();
	if (n < 0) {
		if (errno == EINTR)
			return 0;
		return RL_EIO;
	}
	for (i = 0; i < n; i++) {
		hs_tag *t = evs[i].data.ptr;
		uint32_t ev = evs[i].events;
		if (t->kind == K_CONN) {
			hs_conn *c = (hs_conn *)t;
			if (c->dead)
				continue;
			if ((ev & EPOLLOUT) && c->writing) {
				conn_flush(c);
				continue;
			}
			if ((ev & (EPOLLRDHUP | EPOLLHUP | EPOLLERR)) && c->in_full && c->pending) {
				/* parked input is full, so nothing was read: the
				 * client hung up while its request waits */
				if (ev & EPOLLRDHUP)
					c->peer_eof = 1;
				else
					c->peer_err = 1;
				conn_gone(c);
				continue;
			}
			if (ev & (EPOLLIN | EPOLLHUP | EPOLLERR))
				conn_readable(c);
		} else if (t->kind == K_WATCH) {
			hs_watch *w = (hs_watch *)t;
			if (!w->dead)
				watch_event(w, ev);
		} else if (t->kind == K_LISTEN) {
			if (l->lfd >= 0)
				do_accept(l);
		} else if (t->kind == K_WAKE) {
			uint64_t v;
			/* EAGAIN: another event already took the count */
			if (read(l->wfd, &v, sizeof v) < 0)
				v = 0;
			if (l->o.on_wake)
				l->o.on_wake(l->o.ud);
		}
	}
	run_ready(l);
	sweep(l);
	free_zombies(l);
	return n;
}

void hs_loop_wake(hs_loop *l)
{
	uint64_t one = 1;
	/* fails only when the counter would overflow: a wake is pending anyway */
	if (write(l->wfd, &one, sizeof one) < 0)
		return;
}

void hs_loop_close_listener(hs_loop *l)
{
	hs_conn *c, *nx;
	l->closing = 1;
	if (l->lfd >= 0) {
		epoll_ctl(l->ep, EPOLL_CTL_DEL, l->lfd, NULL);
		close(l->lfd);
		l->lfd = -1;
	}
	/* keep-alive connections between requests would otherwise stay open
	 * for ever: close those that hold no part of a request */
	for (c = l->conns; c; c = nx) {
		nx = c->next;
		if (!c->pending && !c->writing && !c->lingering && c->hb.len == 0 &&
		    c->in.len == c->in_off)
			gp_conn_close(c);
	}
}

void hs_loop_free(hs_loop *l)
{
	if (!l)
		return;
	while (l->conns)
		gp_conn_close(l->conns);
	while (l->watches) {
		hs_watch *w = l->watches;
		l->watches = w->next;
		free(w);
	}
	free_zombies(l);
	if (l->lfd >= 0)
		close(l->lfd);
	close(l->wfd);
	close(l->ep);
	free(l);
}

void hs_loop_counts(const hs_loop *l, size_t *open, size_t *waiting)
{
	if (open)
		*open = l->nopen;
	if (waiting)
		*waiting = l->nwaiting;
}

/* ---- watches ---- */

static uint32_t ep_events(unsigned ev)
{
	return (ev & HS_IN ? EPOLLIN : 0) | (ev & HS_OUT ? EPOLLOUT : 0);
}

hs_watch *hs_watch_add(hs_loop *l, int fd, unsigned events, hs_io_fn fn, void *ud)
{
	struct epoll_event ev;
	hs_watch *w = calloc(1, sizeof *w);
	if (!w)
		return NULL;
	w->tag.kind = K_WATCH;
	w->l = l;
	w->fd = fd;
	w->fn = fn;
	w->ud = ud;
	ev.events = ep_events(events);
	ev.data.ptr = w;
	if (epoll_ctl(l->ep, EPOLL_CTL_ADD, fd, &ev)) {
		free(w);
		return NULL;
	}
	w->next = l->watches;
	if (l->watches)
		l->watches->prev = w;
	l->watches = w;
	return w;
}

int hs_watch_mod(hs_watch *w, unsigned events)
{
	struct epoll_event ev;
	if (!w || w->dead)
		return RL_EINVAL;
	ev.events = ep_events(events);
	ev.data.ptr = w;
	return epoll_ctl(w->l->ep, EPOLL_CTL_MOD, w->fd, &ev) ? RL_EIO : 0;
}

void hs_watch_del(hs_watch *w)
{
	hs_loop *l;
	if (!w || w->dead)
		return;
	l = w->l;
	w->dead = 1;
	epoll_ctl(l->ep, EPOLL_CTL_DEL, w->fd, NULL);
	if (w->prev)
		w->prev->next = w->next;
	else
		l->watches = w->next;
	if (w->next)
		w->next->prev = w->prev;
	w->znext = l->zwatches;
	l->zwatches = w;
}
