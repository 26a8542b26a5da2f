/* request.c: a request's life in the transport: its encoding (shared by
 * the requests with the same reuse key), submit, start (an easy handle
 * from the pool), and the outcome of each attempt: success, a retry after
 * backoff or Retry-After, or a final error (with the key scrubbed from
 * provider error text). */
#include "transport/transport_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/secret.h"

/* ---- request life cycle ----------------------------------------------- */

void tp_enc_unref(enc *x)
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
	if (!x->uh_borrowed)
		curl_url_cleanup(x->uh);
	curl_slist_free_all(x->hdrs);
	free(x->key);
	free(x);
}

/* x->uh for x->url: the lane's parsed URL when it is the same text, else
 * a new parse (the lane keeps a copy of the first for the requests after). */
static int enc_url(lane *ln, enc *x)
{
	if (ln->uh && !strcmp(ln->uh_url, x->url.s)) {
		x->uh = ln->uh;
		x->uh_borrowed = 1;
		return 0;
	}
	if (!(x->uh = curl_url()) || curl_url_set(x->uh, CURLUPART_URL, x->url.s, 0) != CURLUE_OK)
		return -1;
	if (!ln->uh) {
		CURLU *d = curl_url_dup(x->uh);
		char *u = strdup(x->url.s);
		if (d && u) {
			ln->uh = d;
			ln->uh_url = u;
		} else {
			curl_url_cleanup(d);
			free(u);
		}
	}
	return 0;
}

/* Encode rq into a new enc (one ref), its header lines as a curl list. */
static int enc_new(lane *ln, const rl_request *rq, enc **out, rl_err *e)
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
	{
		/* room for the body at once: a conversation's bodies are sums of
		 * long texts, and growing by doubling copied each one twice */
		size_t i, est = 1024 + (rq->system ? strlen(rq->system) : 0) +
				(rq->tools_json ? strlen(rq->tools_json) : 0);
		for (i = 0; i < rq->nmessages; i++)
			est += 64 + (rq->messages[i].raw_json  ? strlen(rq->messages[i].raw_json)
				     : rq->messages[i].content ? strlen(rq->messages[i].content)
							       : 0);
		if (rl_buf_grow(&x->body, est + est / 8)) {
			free(x);
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		}
	}
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
	if (!rc && enc_url(ln, x))
		rc = rl_err_set(e, RL_EINVAL, "the base URL does not make a valid request URL");
	if (!rc && rq->reuse_key && !(x->key = strdup(rq->reuse_key)))
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	if (hdr.cap)
		memset(hdr.s, 0, hdr.len);
	rl_buf_free(&hdr);
	if (rc) {
		tp_enc_unref(x);
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
	if ((rc = enc_new(ln, rq, out, e)))
		return rc;
	if (rq->reuse_key) {
		tp_enc_unref(ln->last);
		ln->last = *out;
		(*out)->refs++;
	}
	return 0;
}

static void req_free(req *r)
{
	tp_enc_unref(r->enc);
	rl_buf_free(&r->resp);
	rl_response_free(&r->rs);
	free(r);
}

/* Hand a finished request to its callback and free it. */
void tp_finish(rl_transport *t, req *r)
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

int rl_transport_submit(rl_transport *t, const rl_request *rq, rl_done_fn done, void *ud, rl_err *e)
{
	lane *ln;
	req *r;
	int rc;

	if (!rq || !rq->model)
		return rl_err_set(e, RL_EINVAL, "request without a model");
	if (t->stopping)
		return rl_err_set(e, RL_EINTR, "transport is stopping");
	if (!(ln = tp_lane_get(t, rq->model)))
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
			if (tp_heap_push(t, r)) {
				req_free(r);
				return rl_err_set(e, RL_ENOMEM, "out of memory");
			}
			return 0;
		}
		tp_ready_push(t, r);
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
	tp_lane_push(t, ln, r, rq->continues ? TP_AFTER_CONTINUING : 0);
	return 0;
}

static int start(rl_transport *t, req *r)
{
	CURL *c = t->npool ? t->pool[--t->npool] : tp_easy_new(t);
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
	tp_lane_limits_take(r->ln, r, 1);
	return 0;
}

/* Serve lanes round-robin; returns ms until a token bucket allows the next
 * send (or -1 when only a slot or an answer can unblock). */
int64_t tp_pump(rl_transport *t)
{
	int64_t now = rl_mono_ms(), next = -1;
	lane *ln;
	int progress;

	/* When stopping, every retry wait ends now (as "not sent"). */
	while (t->nheap && (t->heap[0]->due <= now || t->stopping)) {
		req *r = tp_heap_pop(t);
		if (r->mock_wait) /* answered already; stopping only cuts the wait */
			tp_ready_push(t, r);
		else if (r->ln->set_aside)
			tp_fail_unsent(t, r, RL_ELIMIT, 1, r->rs.error_msg);
		else if (t->stopping)
			tp_fail_unsent(t, r, RL_EINTR, 0, "not sent: stopping");
		else
			tp_lane_push(t, r->ln, r, 1);
	}
	if (t->stopping) {
		for (ln = t->lanes; ln; ln = ln->next)
			tp_lane_cancel(t, ln, RL_EINTR, 0, "stopping");
		return -1;
	}
	do {
		progress = 0;
		for (ln = t->lanes; ln; ln = ln->next) {
			int64_t w;
			if (!ln->head)
				continue;
			if (ln->set_aside) {
				tp_lane_cancel(t, ln, RL_ELIMIT, 1, ln->aside_reason);
				continue;
			}
			w = tp_lane_wait(t, ln, ln->head, now);
			if (w == 0) {
				req *r = tp_lane_pop(t, ln);
				if (start(t, r)) {
					rl_resp_fail(&r->rs, RL_ENET, 1, "cannot start a transfer");
					tp_ready_push(t, r);
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
		rl_resp_fail(&r->rs, RL_ELIMIT, 1, "timed out after %d ms (%s)", r->timeout_ms,
			     detail);
		break;
	case CURLE_COULDNT_CONNECT:
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_GOT_NOTHING:
	case CURLE_PARTIAL_FILE:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
	case CURLE_SSL_CONNECT_ERROR:
		rl_resp_fail(&r->rs, RL_ENET, 1, "connection failed: %s", detail);
		break;
	case CURLE_WRITE_ERROR:
		if (r->too_big) {
			rl_resp_fail(&r->rs, RL_ELIMIT, 0, "response larger than the bound");
			break;
		}
		/* fall through */
	default: rl_resp_fail(&r->rs, RL_ENET, 0, "%s", detail);
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
	return (int64_t)(tp_rng_next(t) % (uint64_t)(cap + 1));
}

void tp_release(rl_transport *t, req *r);
static void finish_attempt(rl_transport *t, req *r, CURLcode cc, long status);

static void on_done(rl_transport *t, CURL *c, CURLcode cc)
{
	req *r = NULL;
	long status = 0;

	curl_easy_getinfo(c, CURLINFO_PRIVATE, (char **)&r);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	tp_release(t, r);
	finish_attempt(t, r, cc, status);
}

/* Take a transfer out of curl and the in-flight accounting. */
void tp_release(rl_transport *t, req *r)
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
	tp_lane_limits_take(r->ln, r, -1);
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
		rl_provider_decode(r->ln->spec.wire, (int)status, r->resp.s, r->resp.len, &r->rs,
				   NULL);
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
						r->ln->limits[i]->ttok +=
							(double)(r->est_tokens - used);
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
		if (!tp_heap_push(t, r))
			return;
	}
	if (r->rs.error && r->attempts > 1) {
		char m[sizeof r->rs.error_msg];
		snprintf(m, sizeof m, "%.480s (after %d attempts)", r->rs.error_msg, r->attempts);
		memcpy(r->rs.error_msg, m, sizeof m);
	}
	tp_finish(t, r);
}

int tp_read_infos(rl_transport *t)
{
	CURLMsg *m;
	int left, n = 0;
	while ((m = curl_multi_info_read(t->multi, &left)))
		if (m->msg == CURLMSG_DONE) {
			on_done(t, m->easy_handle, m->data.result);
			n++;
		}
	return n;
}

void tp_drain_ready(rl_transport *t)
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
		tp_finish(t, r);
	}
}
