/* lanes.c: the transport's scheduling. One lane per model id, each with
 * its FIFO queue and the limits that match it (concurrency caps, request
 * and token buckets); retries wait in a min-heap keyed by due time; the
 * ready list holds requests finished without HTTP (mock answers,
 * refusals). See transport.c for the design. */
#include "transport/transport_int.h"

#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- heap of retry waits ---------------------------------------------- */

int tp_heap_push(rl_transport *t, req *r)
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

req *tp_heap_pop(rl_transport *t)
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
		return rl_err_set(e, RL_EINVAL,
				  "limit '%.100s': expected '*', 'provider:NAME' or "
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

lane *tp_lane_get(rl_transport *t, const rl_model_spec *m)
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
int64_t tp_lane_wait(rl_transport *t, lane *ln, const req *r, int64_t now)
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

void tp_ready_push(rl_transport *t, req *r)
{
	r->next = NULL;
	if (t->ready_tail)
		t->ready_tail->next = r;
	else
		t->ready_head = r;
	t->ready_tail = r;
	t->nready++;
}

void tp_lane_push(rl_transport *t, lane *ln, req *r, int front)
{
	r->next = NULL;
	if (front == TP_AFTER_CONTINUING) {
		/* behind the continuing calls queued before it, ahead of new work */
		if (ln->ctail) {
			r->next = ln->ctail->next;
			ln->ctail->next = r;
		} else {
			r->next = ln->head;
			ln->head = r;
		}
		if (ln->tail == ln->ctail)
			ln->tail = r;
		ln->ctail = r;
	} else if (front) {
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

req *tp_lane_pop(rl_transport *t, lane *ln)
{
	req *r = ln->head;
	if (!r)
		return NULL;
	ln->head = r->next;
	if (!ln->head)
		ln->tail = NULL;
	if (ln->ctail == r)
		ln->ctail = NULL;
	r->next = NULL;
	ln->queued--;
	t->queued--;
	return r;
}

void tp_fail_unsent(rl_transport *t, req *r, int code, int aside, const char *msg)
{
	char m[sizeof r->rs.error_msg];
	snprintf(m, sizeof m, "%s", msg); /* msg may be r->rs.error_msg */
	rl_response_free(&r->rs);
	r->rs.error = code;
	r->rs.set_aside = aside;
	r->rs.retryable = 1;
	memcpy(r->rs.error_msg, m, sizeof m);
	tp_ready_push(t, r);
}

void tp_lane_cancel(rl_transport *t, lane *ln, int code, int aside, const char *why)
{
	req *r;
	char msg[400];
	snprintf(msg, sizeof msg, "model %s: not sent: %s", ln->spec.id, why);
	while ((r = tp_lane_pop(t, ln)))
		tp_fail_unsent(t, r, code, aside, msg);
}

void tp_lane_limits_take(lane *ln, req *r, int sign)
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
