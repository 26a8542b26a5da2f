/* runner.c: the judge runner: the network half of the judge module. It
 * owns the judge's model spec and one provider transport (concurrency cap,
 * retries with backoff; a judge is never set aside, a failure becomes an
 * unknown verdict), sends prompts, collects answers and token counts, and
 * for classification runs whole batches of judgements through the judge
 * cache in the store. `redline classify` and the monitor's escalation use
 * it; the pure half (prompts, fencing, parsing) is classify.c and parse.c. */
#include "redline/judge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redline/store.h"

struct rl_judge_runner {
	rl_transport *tr;
	rl_model_spec spec;
	rl_store *cache;
	char *cache_name;
	rl_judge_runner_stats st;
};

int rl_judge_runner_new(const rl_judge_runner_opts *o, rl_judge_runner **out, rl_err *e)
{
	rl_judge_runner *r;
	rl_transport_opts to;
	rl_limit lim;
	int conc = o->concurrency > 0 ? o->concurrency : 16, rc;

	*out = NULL;
	if (!o->judge)
		return rl_err_set(e, RL_EINVAL, "no judge model given");
	r = calloc(1, sizeof *r);
	if (!r)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	if ((rc = rl_provider_global_init(e))) {
		free(r);
		return rc;
	}
	if ((rc = rl_model_spec_parse(o->judge, &r->spec, e)) ||
	    (rc = rl_model_spec_check_key(&r->spec, e)))
		goto fail;
	rl_transport_opts_default(&to);
	to.max_in_flight = conc;
	if (o->max_attempts > 0)
		to.max_attempts = o->max_attempts;
	if (o->backoff_ms > 0)
		to.backoff_base_ms = o->backoff_ms;
	to.set_aside_after = -1; /* a judge is never set aside: failures are unknown */
	if ((rc = rl_transport_new(&to, &r->tr, e)))
		goto fail;
	memset(&lim, 0, sizeof lim);
	lim.match = "*";
	lim.concurrency = conc;
	if ((rc = rl_transport_add_limit(r->tr, &lim, e)))
		goto fail;
	*out = r;
	return 0;
fail:
	rl_judge_runner_free(r);
	return rc;
}

void rl_judge_runner_free(rl_judge_runner *r)
{
	if (!r)
		return;
	rl_transport_free(r->tr); /* completes what is outstanding (RL_EINTR) */
	free(r->cache_name);
	free(r);
	rl_provider_global_cleanup();
}

const rl_model_spec *rl_judge_runner_model(const rl_judge_runner *r)
{
	return &r->spec;
}

int rl_judge_runner_set_cache(rl_judge_runner *r, rl_store *st, const char *name)
{
	char *n = NULL;
	if (st && !(n = strdup(name ? name : "")))
		return RL_ENOMEM;
	free(r->cache_name);
	r->cache = st;
	r->cache_name = n;
	return 0;
}

void rl_judge_runner_get_stats(const rl_judge_runner *r, rl_judge_runner_stats *out)
{
	if (r)
		*out = r->st;
	else
		memset(out, 0, sizeof *out);
}

typedef struct {
	rl_judge_runner *r;
	rl_judge_answer_fn fn;
	void *ud;
} asked;

static void on_response(void *ud, rl_response *rs)
{
	asked *a = ud;
	rl_judge_runner *r = a->r;
	char *text = NULL, *err = NULL;
	size_t len = 0;

	if (rs->input_tokens > 0)
		r->st.tokens_in += rs->input_tokens;
	if (rs->output_tokens > 0)
		r->st.tokens_out += rs->output_tokens;
	if (rs->input_tokens < 0 && rs->output_tokens < 0 && !rs->mock)
		r->st.tokens_unknown++;
	if (rs->error) {
		char m[600];
		snprintf(m, sizeof m, "%s",
			 rs->error_msg[0] ? rs->error_msg : rl_strerror(rs->error));
		err = strdup(m);
	} else if (!rs->text_len && rs->finish == RL_FINISH_FILTER) {
		err = strdup("judge refused (content filter)");
	} else {
		text = rs->text; /* steal: valid UTF-8, NUL-terminated */
		len = rs->text_len;
		rs->text = NULL;
	}
	a->fn(a->ud, text, len, err);
	free(a);
}

int rl_judge_runner_ask(rl_judge_runner *r, const char *system, const char *user, int max_tokens,
			rl_judge_answer_fn fn, void *ud, rl_err *e)
{
	rl_message msg = {0};
	rl_request rq;
	asked *a = calloc(1, sizeof *a);
	int rc;

	if (!a)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	a->r = r;
	a->fn = fn;
	a->ud = ud;
	memset(&rq, 0, sizeof rq);
	msg.role = "user";
	msg.content = user;
	rq.model = &r->spec;
	rq.system = system;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.temperature = r->spec.reasoning ? -1 : 0.0;
	rq.max_tokens = max_tokens;
	rq.thinking_budget = 0;
	rq.sample = -1;
	r->st.calls++;
	if ((rc = rl_transport_submit(r->tr, &rq, on_response, a, e)))
		free(a);
	return rc;
}

int rl_judge_runner_run(rl_judge_runner *r, int max_ms)
{
	return rl_transport_run(r->tr, max_ms);
}

void rl_judge_runner_stop(rl_judge_runner *r, int drain_ms)
{
	rl_transport_stop(r->tr);
	rl_transport_drain(r->tr, drain_ms);
}

/* ---- batches of judgements (classification) ---------------------------- */

/* One judge call of one judgement: where its answer goes. */
typedef struct {
	rl_judge_runner *r;
	const rl_judge_call *call;
	char *answer;
	size_t len;
	char *err;
} slot;

static void on_slot(void *ud, char *text, size_t len, char *err)
{
	slot *s = ud;
	s->answer = text;
	s->len = len;
	s->err = err;
	if (text && s->r->cache)
		rl_store_judge_cache_put(s->r->cache, s->r->cache_name, s->call->prompt_hash,
					 s->call->response_hash, text, len, NULL);
}

int rl_judge_runner_batch(rl_judge_runner *r, const rl_classifier *cls, rl_judgement *const *j,
			  const int *fresh, size_t n, volatile sig_atomic_t *stop, rl_err *e)
{
	slot *v = calloc(n ? n * RL_NCALLS : 1, sizeof *v);
	size_t i;
	int k, rc = 0;

	if (!v)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (i = 0; i < n && !rc; i++) {
		for (k = 0; k < RL_NCALLS && !rc; k++) {
			slot *s = &v[i * RL_NCALLS + (size_t)k];
			s->r = r;
			s->call = &j[i]->call[k];
			if (!s->call->needed)
				continue;
			if (!r) {
				s->err = strdup("no judge configured");
				continue;
			}
			if (r->cache && !(fresh && fresh[i])) {
				rl_buf a = RL_BUF_INIT;
				if (rl_store_judge_cache_get(
					    r->cache, r->cache_name, s->call->prompt_hash,
					    s->call->response_hash, &a, NULL) == 1) {
					s->answer = rl_buf_detach(&a, &s->len);
					r->st.cache_hits++;
					continue;
				}
				rl_buf_free(&a);
			}
			rc = rl_judge_runner_ask(r, s->call->system, s->call->user,
						 s->call->max_tokens, on_slot, s, e);
		}
	}
	/* wait for every answer asked, also after a failed submit: the slots
	 * must outlive their callbacks */
	if (r)
		while (rl_transport_run(r->tr, 200) > 0)
			if (stop && *stop) {
				rl_judge_runner_stop(r, 5000);
				break;
			}
	for (i = 0; i < n && !rc; i++) {
		const char *ans[RL_NCALLS], *er[RL_NCALLS];
		size_t len[RL_NCALLS];
		for (k = 0; k < RL_NCALLS; k++) {
			ans[k] = v[i * RL_NCALLS + (size_t)k].answer;
			len[k] = v[i * RL_NCALLS + (size_t)k].len;
			er[k] = v[i * RL_NCALLS + (size_t)k].err;
		}
		rc = rl_classify_finish(cls, j[i], ans, len, er, e);
	}
	for (i = 0; i < n * RL_NCALLS; i++) {
		free(v[i].answer);
		free(v[i].err);
	}
	free(v);
	return rc;
}
