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
 * over the computed backoff (full jitter).
 *
 * This file is the API and the event loop; scheduling (lanes.c), libcurl
 * plumbing (curl.c) and a request's life (request.c) live beside it, and
 * transport_int.h lists what they share. */
#include "transport/transport_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <unistd.h>

/* ---- small helpers ---------------------------------------------------- */

uint64_t tp_rng_next(rl_transport *t)
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
		if (t->o.max_in_flight <= 0)
			t->o.max_in_flight = d.max_in_flight;
		if (t->o.max_attempts <= 0)
			t->o.max_attempts = d.max_attempts;
		if (t->o.backoff_base_ms <= 0)
			t->o.backoff_base_ms = d.backoff_base_ms;
		if (t->o.backoff_max_ms <= 0)
			t->o.backoff_max_ms = d.backoff_max_ms;
		if (t->o.retry_after_max_ms <= 0)
			t->o.retry_after_max_ms = d.retry_after_max_ms;
		if (t->o.timeout_ms <= 0)
			t->o.timeout_ms = d.timeout_ms;
		if (t->o.set_aside_after == 0)
			t->o.set_aside_after = d.set_aside_after;
		if (!t->o.max_body)
			t->o.max_body = d.max_body;
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
	curl_multi_setopt(t->multi, CURLMOPT_SOCKETFUNCTION, tp_on_socket);
	curl_multi_setopt(t->multi, CURLMOPT_SOCKETDATA, t);
	curl_multi_setopt(t->multi, CURLMOPT_TIMERFUNCTION, tp_on_timer);
	curl_multi_setopt(t->multi, CURLMOPT_TIMERDATA, t);
	curl_multi_setopt(t->multi, CURLMOPT_MAXCONNECTS, (long)t->o.max_in_flight + 16);
	*out = t;
	return 0;
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

	tok = tp_pump(t);
	tp_drain_ready(t);
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
		if (tp_idle_event(t, evs[i].data.fd))
			continue;
		if (evs[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))
			flags |= CURL_CSELECT_IN;
		if (evs[i].events & EPOLLOUT)
			flags |= CURL_CSELECT_OUT;
		if (evs[i].events & EPOLLERR)
			flags |= CURL_CSELECT_ERR;
		curl_multi_socket_action(t->multi, evs[i].data.fd, flags, &running);
		/* A transfer this socket finished is delivered now, and what its
		 * callback submitted (a conversation's next call, the next
		 * sample) is sent now, before the next socket is read: answers
		 * arrive in waves of hundreds, and handing the new requests to
		 * curl only after the whole wave's callbacks held each one back
		 * by the wave's bookkeeping (tens of ms per turn at 1024 in
		 * flight). */
		if (tp_read_infos(t) && t->queued && !t->stopping) {
			uint64_t before = t->http_requests;
			tp_pump(t);
			if (t->http_requests != before)
				curl_multi_socket_action(t->multi, CURL_SOCKET_TIMEOUT, 0,
							 &running);
		}
	}
	if (t->curl_due >= 0 && rl_mono_ms() >= t->curl_due) {
		t->curl_due = -1;
		curl_multi_socket_action(t->multi, CURL_SOCKET_TIMEOUT, 0, &running);
	}
	tp_read_infos(t);
	tp_drain_ready(t);
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
		tp_release(t, r);
		rl_response_free(&r->rs);
		rl_resp_fail(&r->rs, RL_EINTR, 1, "model %s: %s", r->ln->spec.id, why);
		tp_finish(t, r);
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
	tp_pump(t);
	tp_drain_ready(t);
	for (ln = t->lanes; ln; ln = nl) {
		nl = ln->next;
		rl_mock_script_free(ln->script);
		tp_enc_unref(ln->last);
		if (ln->uh_url) {
			memset(ln->uh_url, 0, strlen(ln->uh_url));
			free(ln->uh_url);
		}
		curl_url_cleanup(ln->uh);
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
	curl_multi_cleanup(t->multi); /* closes through tp_close_socket: t->fds still valid */
	close(t->epfd);
	free(t->fds);
	free(t);
}

static void call_done(void *ud, rl_response *rs)
{
	rl_response *out = ud;
	*out = *rs; /* steal every string */
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
