/* curl.c: the transport's libcurl plumbing: the body and header callbacks
 * (bounded: a body over max_body stops the transfer), curl's sockets
 * watched through epoll (CURLMOPT_SOCKETFUNCTION), the multi timer, and
 * the options every easy handle shares. */
#include "transport/transport_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

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
 * a socket passes through tp_close_socket, which forgets it; an idle one that
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

int tp_close_socket(void *ud, curl_socket_t s)
{
	rl_transport *t = ud;
	if (s >= 0 && s < t->nfds)
		t->fds[s] = 0; /* close() drops it from the epoll set */
	return close(s);
}

int tp_on_socket(CURL *easy, curl_socket_t s, int what, void *ud, void *sockp)
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
int tp_idle_event(rl_transport *t, int fd)
{
	unsigned char *st = fd >= 0 && fd < t->nfds ? &t->fds[fd] : NULL;
	if (!st || !(*st & FD_OURS) || (*st & FD_WANT))
		return 0;
	epoll_ctl(t->epfd, EPOLL_CTL_DEL, fd, NULL);
	*st = FD_OURS;
	return 1;
}

int tp_on_timer(CURLM *m, long timeout_ms, void *ud)
{
	rl_transport *t = ud;
	(void)m;
	t->curl_due = timeout_ms < 0 ? -1 : rl_mono_ms() + timeout_ms;
	return 0;
}

/* A new easy handle with the options every request shares. Pooled handles
 * keep them: each request sets only what differs (no curl_easy_reset, whose
 * defaults we would set again at once). */
CURL *tp_easy_new(rl_transport *t)
{
	CURL *c = curl_easy_init();
	if (!c)
		return NULL;
	curl_easy_setopt(c, CURLOPT_OPENSOCKETFUNCTION, open_socket);
	curl_easy_setopt(c, CURLOPT_OPENSOCKETDATA, t);
	curl_easy_setopt(c, CURLOPT_CLOSESOCKETFUNCTION, tp_close_socket);
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
