/* test_transport.c: the real transport (libcurl multi) against the real
 * fake provider server on 127.0.0.1: every wire format, every fault path
 * (retry then success, Retry-After honoured, giving up with the last error,
 * timeouts, resets, invalid JSON, empty completions), limits, set-aside,
 * stop/drain, and the missing-key error. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fs.h"
#include "base/util.h"
#include "fake/fake.h"
#include "redline/provider.h"

typedef struct result {
	int n;
	rl_response last;
} result;

static void on_done(void *ud, rl_response *rs)
{
	result *r = ud;
	r->n++;
	rl_response_free(&r->last);
	r->last = *rs;
	rl_response_init(rs);
}

static rl_fake *start_fake(const char *faults, int latency, const char *script)
{
	rl_fake_opts o;
	rl_fake *f = NULL;
	rl_err e;
	memset(&o, 0, sizeof o);
	o.faults = faults;
	o.latency_ms = latency;
	o.script_path = script;
	o.require_auth = 1;
	o.threads = 2;
	o.hang_ms = 5000;
	if (rl_fake_start(&o, &f, &e)) {
		fprintf(stderr, "fake: %s\n", e.msg);
		return NULL;
	}
	return f;
}

static void spec_for(rl_fake *f, const char *prov, const char *model, rl_model_spec *m)
{
	char s[256];
	rl_err e;
	snprintf(s, sizeof s, "%s:%s@http://127.0.0.1:%d%s", prov, model, rl_fake_port(f),
		 !strcmp(prov, "openai") ? "/v1" : "");
	assert_int_equal(rl_model_spec_parse(s, m, &e), 0);
}

static rl_transport *fast_transport(int attempts)
{
	rl_transport_opts o;
	rl_transport *t;
	rl_err e;
	rl_transport_opts_default(&o);
	o.max_attempts = attempts;
	o.backoff_base_ms = 10;
	o.backoff_max_ms = 50;
	o.timeout_ms = 5000;
	o.seed = 42;
	assert_int_equal(rl_transport_new(&o, &t, &e), 0);
	return t;
}

static void one_request(rl_transport *t, const rl_model_spec *m, const char *prompt, result *res)
{
	rl_message msg = {"user", prompt};
	rl_request rq;
	rl_err e;
	memset(&rq, 0, sizeof rq);
	rq.model = m;
	rq.system = "You are a test.";
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.temperature = 1.0;
	rq.max_tokens = 100;
	rq.sample = 0;
	assert_int_equal(rl_transport_submit(t, &rq, on_done, res, &e), 0);
	assert_int_equal(rl_transport_run(t, 20000), 0);
}

/* The arrange/act most fault tests share: a fresh fake server (with a
 * fault schedule or script), a fast transport, one request; the server's
 * counters after it and how long it took. scene_end frees it all. */
typedef struct scene {
	rl_fake *f;
	rl_transport *t;
	rl_model_spec m;
	result res;
	rl_fake_stats s;
	int64_t ms;
} scene;

static void scene_ask(scene *sc, const char *faults, const char *script, int attempts,
		      const char *prov, const char *model, const char *prompt)
{
	int64_t t0;
	memset(sc, 0, sizeof *sc);
	sc->f = start_fake(faults, 0, script);
	assert_non_null(sc->f);
	sc->t = fast_transport(attempts);
	spec_for(sc->f, prov, model, &sc->m);
	t0 = rl_mono_ms();
	one_request(sc->t, &sc->m, prompt, &sc->res);
	sc->ms = rl_mono_ms() - t0;
	rl_fake_get_stats(sc->f, &sc->s);
}

static void scene_end(scene *sc)
{
	rl_response_free(&sc->res.last);
	rl_transport_free(sc->t);
	rl_fake_stop(sc->f);
}

static int setup_env(void **st)
{
	(void)st;
	setenv("OPENAI_API_KEY", "sk-test-openai", 1);
	setenv("ANTHROPIC_API_KEY", "sk-test-anthropic", 1);
	setenv("GOOGLE_API_KEY", "test-google", 1);
	return 0;
}

static void each_wire_answers(void **st)
{
	static const char *const provs[] = {"openai", "anthropic", "google"};
	rl_fake *f = start_fake(NULL, 0, NULL);
	int i;
	(void)st;
	assert_non_null(f);
	for (i = 0; i < 3; i++) {
		rl_model_spec m;
		result res = {0};
		rl_transport *t = fast_transport(3);
		spec_for(f, provs[i], "model-x", &m);
		/* An explicit base URL makes the key optional; force it here so
		 * the fake's auth check proves the header is sent. */
		m.key_optional = 0;
		one_request(t, &m, "hello", &res);
		assert_int_equal(res.n, 1);
		assert_int_equal(res.last.error, 0);
		assert_int_equal(res.last.http_status, 200);
		assert_int_equal(res.last.attempts, 1);
		assert_int_equal(res.last.mock, 0);
		assert_non_null(strstr(res.last.text, "<tool_use:email>"));
		assert_int_equal(res.last.finish, RL_FINISH_STOP);
		assert_true(res.last.input_tokens > 0);
		rl_response_free(&res.last);
		rl_transport_free(t);
	}
	rl_fake_stop(f);
}

static void retry_then_success(void **st)
{
	scene sc;
	(void)st;
	scene_ask(&sc, "500:first=2", NULL, 5, "openai", "gpt-4o", "hello");
	assert_int_equal(sc.res.last.error, 0);
	assert_int_equal(sc.res.last.attempts, 3);
	assert_int_equal(sc.s.requests, 3);
	assert_int_equal(sc.s.faults, 2);
	assert_int_equal(sc.s.ok, 1);
	scene_end(&sc);
}

static void retry_after_is_honoured(void **st)
{
	scene sc;
	(void)st;
	scene_ask(&sc, "429:first=1:retry-after=1", NULL, 3, "anthropic", "claude-x", "hello");
	assert_int_equal(sc.res.last.error, 0);
	assert_int_equal(sc.res.last.attempts, 2);
	/* backoff alone would be <= 50 ms; Retry-After: 1 means >= 1 s */
	assert_true(sc.ms >= 950);
	scene_end(&sc);
}

static void retry_after_http_date(void **st)
{
	scene sc;
	(void)st;
	scene_ask(&sc, "503:first=1:retry-after-date=2", NULL, 3, "openai", "m", "hello");
	assert_int_equal(sc.res.last.error, 0);
	assert_int_equal(sc.res.last.attempts, 2);
	/* a date 2 s ahead, at one-second resolution: at least ~1 s */
	assert_true(sc.ms >= 900);
	scene_end(&sc);
}

static void gives_up_with_last_error(void **st)
{
	scene sc;
	(void)st;
	scene_ask(&sc, "503:every=1:retry-after=0", NULL, 3, "google", "gemini-x", "hello");
	assert_int_equal(sc.res.n, 1);
	assert_int_not_equal(sc.res.last.error, 0);
	assert_int_equal(sc.res.last.retryable, 1);
	assert_int_equal(sc.res.last.attempts, 3);
	assert_int_equal(sc.res.last.http_status, 503);
	assert_non_null(strstr(sc.res.last.error_msg, "HTTP 503"));
	assert_non_null(strstr(sc.res.last.error_msg, "UNAVAILABLE"));
	assert_non_null(strstr(sc.res.last.error_msg, "after 3 attempts"));
	assert_non_null(sc.res.last.text); /* never NULL, even on failure */
	assert_string_equal(sc.res.last.text, "");
	assert_int_equal(sc.s.requests, 3);
	scene_end(&sc);
}

static void timeout_then_gives_up(void **st)
{
	rl_fake *f = start_fake(NULL, 0, NULL);
	rl_model_spec m;
	result res = {0};
	rl_transport *t = fast_transport(2);
	rl_message msg = {"user", "please [[fault:hang]]"};
	rl_request rq;
	rl_err e;
	int64_t t0 = rl_mono_ms();
	(void)st;
	spec_for(f, "openai", "gpt-4o", &m);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.temperature = -1;
	rq.timeout_ms = 300;
	assert_int_equal(rl_transport_submit(t, &rq, on_done, &res, &e), 0);
	assert_int_equal(rl_transport_run(t, 10000), 0);
	assert_int_equal(res.last.error, RL_ELIMIT);
	assert_int_equal(res.last.retryable, 1);
	assert_int_equal(res.last.attempts, 2);
	assert_non_null(strstr(res.last.error_msg, "timed out"));
	assert_true(rl_mono_ms() - t0 < 8000); /* not the 5 s default timeout */
	rl_response_free(&res.last);
	rl_transport_free(t);
	rl_fake_stop(f);
}

static void reset_truncated_invalid_empty_are_retried(void **st)
{
	static const char *const kinds[] = {"reset", "truncate", "invalid", "empty"};
	int i;
	(void)st;
	for (i = 0; i < 4; i++) {
		scene sc;
		char prompt[64];
		snprintf(prompt, sizeof prompt, "hi [[fault:%s*2]]", kinds[i]);
		scene_ask(&sc, NULL, NULL, 3, i % 2 ? "anthropic" : "openai", "m", prompt);
		if (sc.res.last.error)
			print_message("%s: %s\n", kinds[i], sc.res.last.error_msg);
		assert_int_equal(sc.res.last.error, 0);
		assert_int_equal(sc.res.last.attempts, 3);
		assert_true(sc.res.last.text_len > 0);
		assert_int_equal(sc.s.requests, 3);
		assert_int_equal(sc.s.distinct, 1);
		scene_end(&sc);
	}
}

static void invalid_json_final_error_is_protocol(void **st)
{
	scene sc;
	(void)st;
	scene_ask(&sc, NULL, NULL, 2, "openai", "m", "x [[fault:invalid]]");
	assert_int_equal(sc.res.last.error, RL_EPROTO);
	assert_non_null(strstr(sc.res.last.error_msg, "not a JSON object"));
	assert_int_equal(sc.res.last.attempts, 2);
	scene_end(&sc);
}

static void client_errors_are_not_retried(void **st)
{
	scene sc;
	(void)st;
	unsetenv("OPENAI_API_KEY"); /* key optional with @base_url: none sent */
	scene_ask(&sc, NULL, NULL, 5, "openai", "m", "x");
	setenv("OPENAI_API_KEY", "sk-test-openai", 1);
	assert_int_equal(sc.res.last.http_status, 401);
	assert_int_equal(sc.res.last.retryable, 0);
	assert_int_equal(sc.res.last.attempts, 1);
	assert_non_null(strstr(sc.res.last.error_msg, "missing API key"));
	assert_int_equal(sc.s.requests, 1);
	scene_end(&sc);
}

static void key_never_in_messages(void **st)
{
	const char y[] = "responses:\n  - error: 401\n    error_message: \"Incorrect API key "
			 "provided: sk-test-openai-LONGSECRET. See the docs.\"\n";
	char path[64];
	scene sc;
	rl_err e;
	(void)st;
	snprintf(path, sizeof path, "/tmp/rl-keyscript-%d.yaml", (int)getpid());
	assert_int_equal(rl_write_file_atomic(path, y, sizeof y - 1, &e), 0);
	setenv("OPENAI_API_KEY", "sk-test-openai-LONGSECRET", 1);
	scene_ask(&sc, NULL, path, 2, "openai", "m", "x");
	unlink(path);
	setenv("OPENAI_API_KEY", "sk-test-openai", 1);
	assert_int_equal(sc.res.last.http_status, 401);
	assert_non_null(strstr(sc.res.last.error_msg, "Incorrect API key provided"));
	assert_null(strstr(sc.res.last.error_msg, "LONGSECRET"));
	assert_int_equal(sc.res.last.attempts, 1);
	scene_end(&sc);
}

static void missing_key_is_a_clear_error(void **st)
{
	rl_model_spec m;
	rl_transport *t = fast_transport(1);
	rl_message msg = {"user", "x"};
	rl_request rq;
	rl_err e;
	(void)st;
	unsetenv("ANTHROPIC_API_KEY");
	assert_int_equal(rl_model_spec_parse("claude-3-5-latest", &m, &e), 0);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	assert_int_equal(rl_transport_submit(t, &rq, on_done, NULL, &e), RL_EINVAL);
	assert_non_null(strstr(e.msg, "anthropic:claude-3-5-latest"));
	assert_non_null(strstr(e.msg, "ANTHROPIC_API_KEY"));
	setenv("ANTHROPIC_API_KEY", "sk-test-anthropic", 1);
	assert_int_equal(rl_transport_pending(t), 0);
	rl_transport_free(t);
}

static void connection_refused_is_retryable(void **st)
{
	rl_model_spec m;
	result res = {0};
	rl_transport *t = fast_transport(2);
	rl_err e;
	(void)st;
	/* port 9 (discard) is closed on loopback */
	assert_int_equal(rl_model_spec_parse("openai:m@http://127.0.0.1:9/v1", &m, &e), 0);
	one_request(t, &m, "x", &res);
	assert_int_equal(res.last.error, RL_ENET);
	assert_int_equal(res.last.retryable, 1);
	assert_int_equal(res.last.attempts, 2);
	assert_non_null(strstr(res.last.error_msg, "connection failed"));
	assert_non_null(res.last.text);
	rl_response_free(&res.last);
	rl_transport_free(t);
}

typedef struct counter {
	int done, errors, max_seen;
	rl_transport *t;
} counter;

static void count_done(void *ud, rl_response *rs)
{
	counter *c = ud;
	c->done++;
	if (rs->error)
		c->errors++;
	if (rl_transport_in_flight(c->t) > c->max_seen)
		c->max_seen = rl_transport_in_flight(c->t);
}

static void concurrency_cap_and_many_in_flight(void **st)
{
	rl_fake *f = start_fake(NULL, 50, NULL);
	rl_model_spec m;
	rl_transport *t = fast_transport(2);
	rl_limit l = {"provider:openai", 8, 0, 0};
	counter c = {0};
	rl_message msg = {"user", "x"};
	rl_request rq;
	rl_err e;
	int i;
	int64_t t0;
	(void)st;
	c.t = t;
	spec_for(f, "openai", "m", &m);
	assert_int_equal(rl_transport_add_limit(t, &l, &e), 0);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.temperature = -1;
	t0 = rl_mono_ms();
	for (i = 0; i < 64; i++)
		assert_int_equal(rl_transport_submit(t, &rq, count_done, &c, &e), 0);
	assert_int_equal(rl_transport_run(t, 20000), 0);
	assert_int_equal(c.done, 64);
	assert_int_equal(c.errors, 0);
	assert_true(c.max_seen <= 8);
	/* 64 requests, 8 at a time, 50 ms each: at least 8 rounds */
	assert_true(rl_mono_ms() - t0 >= 8 * 50 - 20);
	rl_transport_free(t);
	rl_fake_stop(f);
}

/* A conversation's next call (rl_request.continues) waits ahead of
 * requests that start new work, in the order such calls were submitted;
 * new work keeps its order behind them. One slot, so the order the
 * answers come back in is the order the queue sent them. */
typedef struct order_log {
	char seen[16];
	int n;
} order_log;

typedef struct order_tag {
	order_log *log;
	char tag;
} order_tag;

static void order_done(void *ud, rl_response *rs)
{
	order_tag *o = ud;
	assert_int_equal(rs->error, 0);
	if (o->log->n < (int)sizeof o->log->seen - 1)
		o->log->seen[o->log->n++] = o->tag;
}

static void continuing_calls_go_first(void **st)
{
	static const char tags[] = "abcXYd"; /* upper case: continuing calls */
	rl_fake *f = start_fake(NULL, 0, NULL);
	rl_transport_opts o;
	rl_transport *t;
	rl_model_spec m;
	rl_message msg = {"user", "x"};
	order_log log = {{0}, 0};
	order_tag tg[6];
	rl_err e;
	int i;
	(void)st;
	rl_transport_opts_default(&o);
	o.max_in_flight = 1;
	o.max_attempts = 1;
	o.timeout_ms = 5000;
	assert_int_equal(rl_transport_new(&o, &t, &e), 0);
	spec_for(f, "openai", "m", &m);
	for (i = 0; i < 6; i++) {
		rl_request rq;
		memset(&rq, 0, sizeof rq);
		rq.model = &m;
		rq.messages = &msg;
		rq.nmessages = 1;
		rq.temperature = -1;
		rq.continues = tags[i] >= 'A' && tags[i] <= 'Z';
		tg[i].log = &log;
		tg[i].tag = tags[i];
		assert_int_equal(rl_transport_submit(t, &rq, order_done, &tg[i], &e), 0);
	}
	assert_int_equal(rl_transport_run(t, 20000), 0);
	assert_string_equal(log.seen, "XYabcd");
	rl_transport_free(t);
	rl_fake_stop(f);
}

/* Requests with a reuse key share one encoding; a new key (or none) is
 * encoded afresh, so each prompt reaches the server as itself. */
static void reuse_key_shares_only_equal_requests(void **st)
{
	static const char *const keys[] = {"a", "b", "a", NULL, "b", "a"};
	static const char *const prompts[] = {"first", "second", "first",
					      "third", "second", "first"};
	rl_fake *f = start_fake(NULL, 20, NULL);
	rl_model_spec m;
	rl_transport *t = fast_transport(1);
	counter c = {0};
	rl_fake_stats fs;
	rl_err e;
	int i, round;
	(void)st;
	c.t = t;
	spec_for(f, "openai", "m", &m);
	for (round = 0; round < 3; round++) {
		for (i = 0; i < 6; i++) {
			rl_message msg = {"user", prompts[i]};
			rl_request rq;
			memset(&rq, 0, sizeof rq);
			rq.model = &m;
			rq.messages = &msg;
			rq.nmessages = 1;
			rq.temperature = -1;
			rq.reuse_key = keys[i];
			assert_int_equal(rl_transport_submit(t, &rq, count_done, &c, &e), 0);
		}
		/* the shared encoding outlives a lane switch mid-flight */
		assert_int_equal(rl_transport_run(t, 20000), 0);
	}
	assert_int_equal(c.done, 18);
	assert_int_equal(c.errors, 0);
	rl_fake_get_stats(f, &fs);
	assert_int_equal(fs.requests, 18);
	assert_int_equal(fs.distinct, 3);
	assert_int_equal(fs.max_per_prompt, 9);
	rl_transport_free(t);
	rl_fake_stop(f);
}

static void rpm_bucket_spaces_requests(void **st)
{
	rl_fake *f = start_fake(NULL, 0, NULL);
	rl_model_spec m;
	rl_transport *t = fast_transport(1);
	rl_limit l = {"model:m*", 0, 600, 0}; /* 600/min: 100 at once, then 10/s */
	counter c = {0};
	rl_message msg = {"user", "x"};
	rl_request rq;
	rl_err e;
	int i;
	int64_t t0;
	(void)st;
	c.t = t;
	spec_for(f, "openai", "m1", &m);
	assert_int_equal(rl_transport_add_limit(t, &l, &e), 0);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.temperature = -1;
	t0 = rl_mono_ms();
	for (i = 0; i < 105; i++)
		assert_int_equal(rl_transport_submit(t, &rq, count_done, &c, &e), 0);
	assert_int_equal(rl_transport_run(t, 20000), 0);
	assert_int_equal(c.done, 105);
	/* the 5 past the burst go 100 ms apart */
	assert_true(rl_mono_ms() - t0 >= 450);
	rl_transport_free(t);
	rl_fake_stop(f);
	/* a bad limit spec is refused */
	t = fast_transport(1);
	l.match = "openai";
	assert_int_equal(rl_transport_add_limit(t, &l, &e), RL_EINVAL);
	l.match = "model:a,,model:b";
	assert_int_equal(rl_transport_add_limit(t, &l, &e), RL_EINVAL);
	l.match = "model:a*,provider:gemini";
	assert_int_equal(rl_transport_add_limit(t, &l, &e), 0);
	rl_transport_free(t);
}

static void tpm_bucket_waits_for_tokens(void **st)
{
	rl_fake *f = start_fake(NULL, 300, NULL);
	rl_model_spec m;
	rl_transport *t = fast_transport(1);
	rl_limit l = {"provider:openai", 0, 0, 6000}; /* bucket 1000 tokens, 100/s */
	counter c = {0};
	rl_message msg = {"user", "x"};
	rl_request rq;
	rl_err e;
	int i;
	int64_t t0;
	(void)st;
	c.t = t;
	spec_for(f, "openai", "m", &m);
	assert_int_equal(rl_transport_add_limit(t, &l, &e), 0);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.temperature = -1;
	rq.max_tokens = 200; /* each request estimated at ~220 tokens */
	t0 = rl_mono_ms();
	for (i = 0; i < 6; i++)
		assert_int_equal(rl_transport_submit(t, &rq, count_done, &c, &e), 0);
	assert_int_equal(rl_transport_run(t, 20000), 0);
	assert_int_equal(c.done, 6);
	/* 1000 tokens hold 4 requests of ~220: never more in flight at once */
	assert_true(c.max_seen <= 4);
	assert_true(rl_mono_ms() - t0 >= 2 * 300 - 20); /* so at least two waves */
	rl_transport_free(t);
	rl_fake_stop(f);
}

static void pool_limit_is_shared(void **st)
{
	rl_fake *f = start_fake(NULL, 100, NULL);
	rl_model_spec a, b;
	rl_transport *t = fast_transport(1);
	rl_limit l = {"model:alpha,model:beta", 1, 0, 0};
	counter c = {0};
	rl_message msg = {"user", "x"};
	rl_request rq;
	rl_err e;
	int i;
	int64_t t0;
	(void)st;
	c.t = t;
	spec_for(f, "openai", "alpha", &a);
	spec_for(f, "openai", "beta", &b);
	assert_int_equal(rl_transport_add_limit(t, &l, &e), 0);
	memset(&rq, 0, sizeof rq);
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.temperature = -1;
	t0 = rl_mono_ms();
	for (i = 0; i < 4; i++) {
		rq.model = i % 2 ? &a : &b;
		assert_int_equal(rl_transport_submit(t, &rq, count_done, &c, &e), 0);
	}
	assert_int_equal(rl_transport_run(t, 20000), 0);
	assert_int_equal(c.done, 4);
	assert_true(c.max_seen <= 1);
	assert_true(rl_mono_ms() - t0 >= 4 * 100 - 20); /* one at a time across both */
	rl_transport_free(t);
	rl_fake_stop(f);
}

static void set_aside_after_failures(void **st)
{
	rl_fake *f = start_fake("500:every=1", 0, NULL);
	rl_model_spec m;
	rl_transport_opts o;
	rl_transport *t;
	counter c = {0};
	rl_message msg = {"user", "x"};
	rl_request rq;
	rl_err e;
	int i;
	(void)st;
	rl_transport_opts_default(&o);
	o.max_attempts = 1;
	o.set_aside_after = 3;
	o.max_in_flight = 1;
	assert_int_equal(rl_transport_new(&o, &t, &e), 0);
	c.t = t;
	spec_for(f, "openai", "bad", &m);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.temperature = -1;
	for (i = 0; i < 10; i++)
		assert_int_equal(rl_transport_submit(t, &rq, count_done, &c, &e), 0);
	assert_int_equal(rl_transport_run(t, 20000), 0);
	assert_int_equal(c.done, 10);
	assert_int_equal(c.errors, 10);
	assert_true(rl_transport_is_set_aside(t, "openai:bad"));
	assert_int_equal(rl_transport_http_requests(t), 3);
	assert_int_equal(rl_transport_submit(t, &rq, count_done, &c, &e), RL_ELIMIT);
	assert_non_null(strstr(e.msg, "set aside"));
	rl_transport_free(t);
	rl_fake_stop(f);
}

static void stop_and_drain(void **st)
{
	rl_fake *f = start_fake(NULL, 200, NULL);
	rl_model_spec m;
	rl_transport_opts o;
	rl_transport *t;
	counter c = {0};
	rl_message msg = {"user", "x"};
	rl_request rq;
	rl_err e;
	int i, aborted;
	(void)st;
	rl_transport_opts_default(&o);
	o.max_in_flight = 4;
	assert_int_equal(rl_transport_new(&o, &t, &e), 0);
	c.t = t;
	spec_for(f, "openai", "m", &m);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.temperature = -1;
	for (i = 0; i < 20; i++)
		assert_int_equal(rl_transport_submit(t, &rq, count_done, &c, &e), 0);
	rl_transport_run(t, 50); /* 4 in flight, 16 queued */
	assert_int_equal(rl_transport_in_flight(t), 4);
	rl_transport_stop(t);
	aborted = rl_transport_drain(t, 5000);
	assert_int_equal(aborted, 0);
	assert_int_equal(c.done, 20);
	assert_int_equal(c.errors, 16); /* the queued ones: RL_EINTR, not sent */
	assert_int_equal(rl_transport_pending(t), 0);
	rl_transport_free(t);
	rl_fake_stop(f);
}

static void drain_deadline_aborts(void **st)
{
	rl_fake *f = start_fake(NULL, 0, NULL);
	rl_model_spec m;
	rl_transport *t = fast_transport(1);
	result res = {0};
	rl_message msg = {"user", "[[fault:hang]]"};
	rl_request rq;
	rl_err e;
	(void)st;
	spec_for(f, "openai", "m", &m);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.temperature = -1;
	assert_int_equal(rl_transport_submit(t, &rq, on_done, &res, &e), 0);
	rl_transport_run(t, 100);
	rl_transport_stop(t);
	assert_int_equal(rl_transport_drain(t, 100), 1);
	assert_int_equal(res.n, 1);
	assert_int_equal(res.last.error, RL_EINTR);
	rl_response_free(&res.last);
	rl_transport_free(t);
	rl_fake_stop(f);
}

static void mock_needs_no_network(void **st)
{
	rl_model_spec m;
	rl_response out;
	rl_message msg = {"user", "x"};
	rl_request rq;
	rl_err e;
	(void)st;
	assert_int_equal(rl_model_spec_parse("mock", &m, &e), 0);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.condition = "blackmail_none-none_replacement";
	rq.sample = 3;
	assert_int_equal(rl_provider_call(&rq, &out, &e), 0);
	assert_int_equal(out.mock, 1);
	assert_int_equal(out.attempts, 1);
	assert_non_null(strstr(out.text, "mock"));
	rl_response_free(&out);
}

static void blocking_call_helper(void **st)
{
	rl_fake *f = start_fake(NULL, 0, NULL);
	rl_model_spec m;
	rl_response out;
	rl_message msg = {"user", "x"};
	rl_request rq;
	rl_err e;
	(void)st;
	spec_for(f, "anthropic", "judge", &m);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.temperature = 0;
	assert_int_equal(rl_provider_call(&rq, &out, &e), 0);
	assert_true(out.text_len > 0);
	rl_response_free(&out);
	rl_fake_stop(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(each_wire_answers),
		cmocka_unit_test(retry_then_success),
		cmocka_unit_test(retry_after_is_honoured),
		cmocka_unit_test(retry_after_http_date),
		cmocka_unit_test(gives_up_with_last_error),
		cmocka_unit_test(timeout_then_gives_up),
		cmocka_unit_test(reset_truncated_invalid_empty_are_retried),
		cmocka_unit_test(invalid_json_final_error_is_protocol),
		cmocka_unit_test(client_errors_are_not_retried),
		cmocka_unit_test(missing_key_is_a_clear_error),
		cmocka_unit_test(key_never_in_messages),
		cmocka_unit_test(connection_refused_is_retryable),
		cmocka_unit_test(concurrency_cap_and_many_in_flight),
		cmocka_unit_test(continuing_calls_go_first),
		cmocka_unit_test(reuse_key_shares_only_equal_requests),
		cmocka_unit_test(rpm_bucket_spaces_requests),
		cmocka_unit_test(tpm_bucket_waits_for_tokens),
		cmocka_unit_test(pool_limit_is_shared),
		cmocka_unit_test(set_aside_after_failures),
		cmocka_unit_test(stop_and_drain),
		cmocka_unit_test(drain_deadline_aborts),
		cmocka_unit_test(mock_needs_no_network),
		cmocka_unit_test(blocking_call_helper),
	};
	int rc;
	rl_provider_global_init(NULL);
	rc = cmocka_run_group_tests(tests, setup_env, NULL);
	rl_provider_global_cleanup();
	return rc;
}
