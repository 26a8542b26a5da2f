/* test_provider.c: the pure parts of the provider module: model specs and
 * the original's bare names, each codec's request encoding (checked field
 * by field against the documented wire formats), decoding of captured-
 * shape fixtures (tests/data/provider/), error bodies, the SSE parser and
 * the stream accumulators, and mock scripts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fs.h"
#include "base/util.h"
#include "provider/internal.h"
#include "redline/provider.h"

#define FIX "tests/data/provider/"

static void decode_fixture(int wire, int status, const char *name, rl_response *out, int want_rc)
{
	rl_buf b = RL_BUF_INIT;
	char path[256];
	rl_err e;
	snprintf(path, sizeof path, FIX "%s", name);
	assert_int_equal(rl_read_file(path, 1 << 20, &b, &e), 0);
	rl_response_init(out);
	assert_int_equal(rl_provider_decode(wire, status, b.s, b.len, out, &e), want_rc);
	rl_buf_free(&b);
}

/* ---- specs ---------------------------------------------------------- */

static void spec_explicit_providers(void **st)
{
	rl_model_spec m;
	rl_err e;
	(void)st;
	assert_int_equal(rl_model_spec_parse("openai:gpt-4o", &m, &e), 0);
	assert_int_equal(m.wire, RL_WIRE_OPENAI);
	assert_string_equal(m.base_url, "https://api.openai.com/v1");
	assert_string_equal(m.key_env, "OPENAI_API_KEY");
	assert_string_equal(m.id, "openai:gpt-4o");
	assert_int_equal(m.reasoning, 0);

	assert_int_equal(rl_model_spec_parse("anthropic:claude-sonnet-4-20250514", &m, &e), 0);
	assert_int_equal(m.wire, RL_WIRE_ANTHROPIC);
	assert_string_equal(m.base_url, "https://api.anthropic.com");

	assert_int_equal(rl_model_spec_parse("gemini:gemini-2.5-pro", &m, &e), 0);
	assert_int_equal(m.wire, RL_WIRE_GEMINI);
	assert_string_equal(m.provider, "google");
	assert_string_equal(m.key_env, "GOOGLE_API_KEY");

	assert_int_equal(rl_model_spec_parse("openrouter:deepseek/deepseek-r1:free", &m, &e), 0);
	assert_string_equal(m.model, "deepseek/deepseek-r1:free");
	assert_string_equal(m.base_url, "https://openrouter.ai/api/v1");
	assert_string_equal(m.key_env, "OPENROUTER_API_KEY");

	assert_int_equal(rl_model_spec_parse("groq:llama-3.3-70b-versatile", &m, &e), 0);
	assert_string_equal(m.base_url, "https://api.groq.com/openai/v1");
	assert_int_equal(rl_model_spec_parse("xai:grok-3", &m, &e), 0);
	assert_string_equal(m.key_env, "XAI_API_KEY");

	assert_int_equal(rl_model_spec_parse("ollama:llama3.2", &m, &e), 0);
	assert_string_equal(m.base_url, "http://127.0.0.1:11434/v1");
	assert_int_equal(m.key_optional, 1);
	assert_int_equal(rl_model_spec_parse("vllm:Qwen/Qwen3-8B", &m, &e), 0);
	assert_string_equal(m.base_url, "http://127.0.0.1:8000/v1");
	assert_string_equal(m.model, "Qwen/Qwen3-8B");

	assert_int_equal(rl_model_spec_parse("openai:my-model@http://127.0.0.1:8080/v1/", &m, &e),
			 0);
	assert_string_equal(m.base_url, "http://127.0.0.1:8080/v1");
	assert_string_equal(m.model, "my-model");
	assert_int_equal(m.key_optional, 1);

	assert_int_equal(rl_model_spec_parse("openai:o3-mini", &m, &e), 0);
	assert_int_equal(m.reasoning, 1);
	assert_int_equal(rl_model_spec_parse("openai:gpt-5", &m, &e), 0);
	assert_int_equal(m.reasoning, 1);
	assert_int_equal(rl_model_spec_parse("openrouter:openai/o3", &m, &e), 0);
	assert_int_equal(m.reasoning, 0);
}

static void spec_bare_names_like_the_original(void **st)
{
	static const struct {
		const char *name, *provider;
	} cases[] = {
		{"claude-3-5-latest", "anthropic"},
		{"claude-opus-4-20250514", "anthropic"},
		{"gpt-4o", "openai"},
		{"gpt-4.5-preview-2025-02-27", "openai"},
		{"o3", "openai"},
		{"o4-mini-2025-04-16", "openai"},
		{"gemini-2.5-pro", "google"},
		{"deepseek-ai/DeepSeek-R1", "together"},
		{"meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", "together"},
		{"deepseek/deepseek-r1-0528", "openrouter"},
		{"google/gemini-2.5-pro-preview", "openrouter"},
		{"x-ai/grok-3-beta", "openrouter"},
		{"qwen/qwen3-235b-a22b", "openrouter"},
		{"meta-llama/llama-4-maverick", "openrouter"},
		{"deepseek-reasoner", "deepseek"},
		{"grok-3", "xai"},
	};
	size_t i;
	(void)st;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		rl_model_spec m;
		rl_err e;
		if (rl_model_spec_parse(cases[i].name, &m, &e))
			fail_msg("%s: %s", cases[i].name, e.msg);
		if (strcmp(m.provider, cases[i].provider))
			fail_msg("%s -> %s, want %s", cases[i].name, m.provider, cases[i].provider);
		assert_string_equal(m.model, cases[i].name);
	}
}

static void spec_errors(void **st)
{
	rl_model_spec m;
	rl_err e;
	(void)st;
	assert_int_equal(rl_model_spec_parse("", &m, &e), RL_EINVAL);
	assert_int_equal(rl_model_spec_parse("frobnicate:model", &m, &e), RL_EINVAL);
	assert_non_null(strstr(e.msg, "unknown provider 'frobnicate'"));
	assert_int_equal(rl_model_spec_parse("llama3", &m, &e), RL_EINVAL);
	assert_non_null(strstr(e.msg, "cannot tell the provider"));
	assert_int_equal(rl_model_spec_parse("openai:", &m, &e), RL_EINVAL);
	assert_non_null(strstr(e.msg, "empty model name"));
	assert_int_equal(rl_model_spec_parse("openai:m@httpx://h", &m, &e), RL_EINVAL);
	assert_int_equal(rl_model_spec_parse("openai:m@ftp://h/v1", &m, &e), RL_EINVAL);
}

static void spec_mock_forms(void **st)
{
	rl_model_spec m;
	rl_err e;
	(void)st;
	assert_int_equal(rl_model_spec_parse("mock", &m, &e), 0);
	assert_int_equal(m.wire, RL_WIRE_MOCK);
	assert_string_equal(m.id, "mock:default");
	assert_int_equal(rl_model_spec_parse("mock:blackmailer@scripts/x.yaml", &m, &e), 0);
	assert_string_equal(m.model, "blackmailer");
	assert_string_equal(m.base_url, "scripts/x.yaml");
	assert_int_equal(rl_model_spec_check_key(&m, &e), 0);
}

static void spec_missing_key(void **st)
{
	rl_model_spec m;
	rl_err e;
	(void)st;
	unsetenv("GOOGLE_API_KEY");
	unsetenv("GEMINI_API_KEY");
	assert_int_equal(rl_model_spec_parse("gemini-2.5-pro", &m, &e), 0);
	assert_int_equal(rl_model_spec_check_key(&m, &e), RL_EINVAL);
	assert_non_null(strstr(e.msg, "google:gemini-2.5-pro"));
	assert_non_null(strstr(e.msg, "GOOGLE_API_KEY"));
	setenv("GEMINI_API_KEY", "secret-value-123", 1);
	assert_int_equal(rl_model_spec_check_key(&m, &e), 0);
	unsetenv("GEMINI_API_KEY");
	assert_int_equal(rl_model_spec_set_key_env(&m, "MY_KEY", &e), 0);
	assert_int_equal(rl_model_spec_check_key(&m, &e), RL_EINVAL);
	assert_non_null(strstr(e.msg, "MY_KEY"));
	assert_int_equal(rl_model_spec_set_key_env(&m, "BAD KEY", &e), RL_EINVAL);
}

/* ---- encoding ------------------------------------------------------- */

static json_t *encode(const char *spec, rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr)
{
	static rl_model_spec m;
	rl_buf body = RL_BUF_INIT;
	rl_err e;
	json_t *v;
	assert_int_equal(rl_model_spec_parse(spec, &m, &e), 0);
	rq->model = &m;
	if (rl_provider_encode(rq, key, url, hdr, &body, &e))
		fail_msg("encode: %s", e.msg);
	v = json_loads(body.s, 0, NULL);
	assert_non_null(v);
	rl_buf_free(&body);
	return v;
}

static void base_request(rl_request *rq, rl_message *msgs)
{
	memset(rq, 0, sizeof *rq);
	msgs[0].role = "user";
	msgs[0].content = "Hello";
	msgs[1].role = "assistant";
	msgs[1].content = "Hi";
	rq->system = "Be an email agent.";
	rq->messages = msgs;
	rq->nmessages = 2;
	rq->temperature = 0.5;
	rq->max_tokens = 1000;
}

static void encode_openai(void **st)
{
	rl_request rq;
	rl_message msgs[2] = {{0}};
	rl_buf url = RL_BUF_INIT, hdr = RL_BUF_INIT;
	const char *const extra_h[] = {"X-Title: redline"};
	json_t *v;
	(void)st;
	base_request(&rq, msgs);
	rq.headers = extra_h;
	rq.nheaders = 1;
	rq.extra_body_json = "{\"seed\": 7, \"temperature\": 0.25}";
	rq.tools_json = "[{\"type\":\"function\",\"function\":{\"name\":\"send_email\","
			"\"parameters\":{\"type\":\"object\"}}}]";
	v = encode("openai:gpt-4o", &rq, "sk-1", &url, &hdr);
	assert_string_equal(url.s, "https://api.openai.com/v1/chat/completions");
	assert_non_null(strstr(hdr.s, "Authorization: Bearer sk-1\n"));
	assert_non_null(strstr(hdr.s, "X-Title: redline\n"));
	assert_string_equal(json_string_value(json_object_get(v, "model")), "gpt-4o");
	assert_string_equal(json_string_value(json_object_get(
				    json_array_get(json_object_get(v, "messages"), 0), "role")),
			    "system");
	assert_int_equal(json_array_size(json_object_get(v, "messages")), 3);
	assert_int_equal(json_integer_value(json_object_get(v, "max_tokens")), 1000);
	assert_true(json_real_value(json_object_get(v, "temperature")) == 0.25); /* extra wins */
	assert_int_equal(json_integer_value(json_object_get(v, "seed")), 7);
	assert_string_equal(
		json_string_value(json_object_get(
			json_object_get(json_array_get(json_object_get(v, "tools"), 0), "function"),
			"name")),
		"send_email");
	json_decref(v);
	rl_buf_reset(&url);
	rl_buf_reset(&hdr);

	/* reasoning family: max_completion_tokens, no temperature */
	base_request(&rq, msgs);
	v = encode("o3", &rq, NULL, &url, &hdr);
	assert_null(json_object_get(v, "temperature"));
	assert_null(json_object_get(v, "max_tokens"));
	assert_int_equal(json_integer_value(json_object_get(v, "max_completion_tokens")), 1000);
	assert_null(strstr(hdr.s, "Authorization"));
	json_decref(v);
	rl_buf_reset(&url);
	rl_buf_reset(&hdr);

	/* OpenRouter thinking budget */
	base_request(&rq, msgs);
	rq.thinking_budget = 2048;
	v = encode("openrouter:anthropic/claude-3.7-sonnet", &rq, "k", &url, &hdr);
	assert_int_equal(
		json_integer_value(json_object_get(json_object_get(v, "reasoning"), "max_tokens")),
		2048);
	json_decref(v);
	rl_buf_free(&url);
	rl_buf_free(&hdr);
}

static void encode_escapes_and_bad_utf8(void **st)
{
	rl_request rq;
	rl_message msgs[2] = {{0}};
	rl_buf url = RL_BUF_INIT, hdr = RL_BUF_INIT;
	json_t *v;
	const char *c;
	(void)st;
	base_request(&rq, msgs);
	msgs[0].content = "a\x01\"q\"\\ \xc3\xa9 \xff\xc3 \xf0\x9f\x98\x80 </script>\n";
	v = encode("openai:gpt-4o", &rq, NULL, &url, &hdr);
	c = json_string_value(
		json_object_get(json_array_get(json_object_get(v, "messages"), 1), "content"));
	assert_non_null(c);
	assert_string_equal(c, "a\x01\"q\"\\ \xc3\xa9 \xef\xbf\xbd\xef\xbf\xbd \xf0\x9f\x98\x80 "
			       "</script>\n");
	json_decref(v);
	rl_buf_reset(&url);
	rl_buf_reset(&hdr);
	/* quotes and backslashes at every offset within 8-byte words */
	{
		const char *w = "{\"error\":{}} abcdefgh\\ijklmno\"pqrstuvwxyz\x1f"
				"0123456\"";
		msgs[0].content = w;
		v = encode("openai:gpt-4o", &rq, NULL, &url, &hdr);
		c = json_string_value(json_object_get(
			json_array_get(json_object_get(v, "messages"), 1), "content"));
		assert_non_null(c);
		assert_string_equal(c, w);
		json_decref(v);
	}
	rl_buf_free(&url);
	rl_buf_free(&hdr);
}

static void encode_bad_json_fields(void **st)
{
	rl_request rq;
	rl_message msgs[2] = {{0}};
	rl_model_spec m;
	rl_buf url = RL_BUF_INIT, hdr = RL_BUF_INIT, body = RL_BUF_INIT;
	rl_err e;
	(void)st;
	base_request(&rq, msgs);
	assert_int_equal(rl_model_spec_parse("gpt-4o", &m, &e), 0);
	rq.model = &m;
	rq.extra_body_json = "{not json";
	assert_int_equal(rl_provider_encode(&rq, "k", &url, &hdr, &body, &e), RL_EINVAL);
	assert_non_null(strstr(e.msg, "extra body fields"));
	rq.extra_body_json = "[1]";
	assert_int_equal(rl_provider_encode(&rq, "k", &url, &hdr, &body, &e), RL_EINVAL);
	rq.extra_body_json = NULL;
	rq.tools_json = "{}";
	assert_int_equal(rl_provider_encode(&rq, "k", &url, &hdr, &body, &e), RL_EINVAL);
	assert_non_null(strstr(e.msg, "tools"));
	rl_buf_free(&url);
	rl_buf_free(&hdr);
	rl_buf_free(&body);
}

static void encode_anthropic(void **st)
{
	rl_request rq;
	rl_message msgs[2] = {{0}};
	rl_buf url = RL_BUF_INIT, hdr = RL_BUF_INIT;
	json_t *v, *tool;
	(void)st;
	base_request(&rq, msgs);
	rq.tools_json = "[{\"type\":\"function\",\"function\":{\"name\":\"send_email\","
			"\"description\":\"d\",\"parameters\":{\"type\":\"object\"}}}]";
	v = encode("claude-3-5-latest", &rq, "ak", &url, &hdr);
	assert_string_equal(url.s, "https://api.anthropic.com/v1/messages");
	assert_non_null(strstr(hdr.s, "x-api-key: ak\n"));
	assert_non_null(strstr(hdr.s, "anthropic-version: 2023-06-01\n"));
	assert_string_equal(json_string_value(json_object_get(v, "system")), "Be an email agent.");
	assert_int_equal(json_array_size(json_object_get(v, "messages")), 2);
	assert_int_equal(json_integer_value(json_object_get(v, "max_tokens")), 1000);
	assert_true(json_real_value(json_object_get(v, "temperature")) == 0.5);
	tool = json_array_get(json_object_get(v, "tools"), 0);
	assert_string_equal(json_string_value(json_object_get(tool, "name")), "send_email");
	assert_non_null(json_object_get(tool, "input_schema"));
	assert_null(json_object_get(tool, "function"));
	json_decref(v);
	rl_buf_reset(&url);
	rl_buf_reset(&hdr);

	/* extended thinking: budget below max_tokens, no temperature */
	base_request(&rq, msgs);
	rq.thinking_budget = 4000;
	v = encode("anthropic:claude-sonnet-4-20250514", &rq, "ak", &url, &hdr);
	assert_string_equal(
		json_string_value(json_object_get(json_object_get(v, "thinking"), "type")),
		"enabled");
	assert_int_equal(json_integer_value(
				 json_object_get(json_object_get(v, "thinking"), "budget_tokens")),
			 4000);
	assert_true(json_integer_value(json_object_get(v, "max_tokens")) > 4000);
	assert_null(json_object_get(v, "temperature"));
	json_decref(v);
	rl_buf_reset(&url);
	rl_buf_reset(&hdr);

	/* default max_tokens (required by the API) */
	base_request(&rq, msgs);
	rq.max_tokens = 0;
	v = encode("anthropic:claude-x", &rq, "ak", &url, &hdr);
	assert_int_equal(json_integer_value(json_object_get(v, "max_tokens")), 4096);
	json_decref(v);
	rl_buf_free(&url);
	rl_buf_free(&hdr);
}

static void encode_gemini(void **st)
{
	rl_request rq;
	rl_message msgs[2] = {{0}};
	rl_buf url = RL_BUF_INIT, hdr = RL_BUF_INIT;
	json_t *v, *gen, *contents;
	(void)st;
	base_request(&rq, msgs);
	rq.thinking_budget = 1024;
	v = encode("gemini-2.5-pro", &rq, "gk", &url, &hdr);
	assert_string_equal(url.s, "https://generativelanguage.googleapis.com/v1beta/models/"
				   "gemini-2.5-pro:generateContent");
	assert_non_null(strstr(hdr.s, "x-goog-api-key: gk\n"));
	assert_null(strstr(url.s, "gk"));
	assert_string_equal(
		json_string_value(json_object_get(
			json_array_get(
				json_object_get(json_object_get(v, "systemInstruction"), "parts"),
				0),
			"text")),
		"Be an email agent.");
	contents = json_object_get(v, "contents");
	assert_int_equal(json_array_size(contents), 2);
	assert_string_equal(json_string_value(json_object_get(json_array_get(contents, 1), "role")),
			    "model");
	gen = json_object_get(v, "generationConfig");
	assert_int_equal(json_integer_value(json_object_get(gen, "maxOutputTokens")), 1000);
	assert_true(json_is_true(
		json_object_get(json_object_get(gen, "thinkingConfig"), "includeThoughts")));
	assert_int_equal(json_integer_value(json_object_get(json_object_get(gen, "thinkingConfig"),
							    "thinkingBudget")),
			 1024);
	json_decref(v);
	rl_buf_free(&url);
	rl_buf_free(&hdr);
}

/* ---- decoding ------------------------------------------------------- */

static void decode_openai_fixtures(void **st)
{
	rl_response r;
	json_t *calls;
	(void)st;
	decode_fixture(RL_WIRE_OPENAI, 200, "openai_tool_calls.json", &r, 0);
	assert_string_equal(r.text, "I will send the email now.");
	assert_null(r.reasoning);
	assert_int_equal(r.finish, RL_FINISH_TOOL);
	assert_string_equal(r.finish_raw, "tool_calls");
	assert_int_equal(r.input_tokens, 1117);
	assert_int_equal(r.output_tokens, 46);
	calls = json_loads(r.tool_calls, 0, NULL);
	assert_true(json_is_array(calls));
	assert_string_equal(json_string_value(json_object_get(
				    json_object_get(json_array_get(calls, 0), "function"), "name")),
			    "send_email");
	json_decref(calls);
	assert_string_equal(r.model_reported, "gpt-4o-2024-08-06");
	rl_response_free(&r);

	decode_fixture(RL_WIRE_OPENAI, 200, "openai_o3_reasoning_tokens.json", &r, 0);
	assert_int_equal(r.reasoning_tokens, 832);
	rl_response_free(&r);

	decode_fixture(RL_WIRE_OPENAI, 200, "deepseek_reasoning_content.json", &r, 0);
	assert_string_equal(r.text, "The answer is 9.11 < 9.8.");
	assert_non_null(strstr(r.reasoning, "Compare the decimals"));
	rl_response_free(&r);

	decode_fixture(RL_WIRE_OPENAI, 200, "openrouter_reasoning.json", &r, 0);
	assert_string_equal(r.reasoning, "Thinking about the request step by step.");
	rl_response_free(&r);

	decode_fixture(RL_WIRE_OPENAI, 200, "together_think_tags.json", &r, 0);
	assert_non_null(strstr(r.reasoning, "I could use the affair."));
	assert_null(strstr(r.text, "<think>"));
	assert_true(!strncmp(r.text, "<tool_use:email>", 16));
	assert_null(r.tool_calls);
	assert_int_equal(r.finish, RL_FINISH_LENGTH);
	rl_response_free(&r);

	decode_fixture(RL_WIRE_OPENAI, 429, "openai_error_429.json", &r, 0);
	assert_int_equal(r.retryable, 1);
	assert_int_not_equal(r.error, 0);
	assert_non_null(strstr(r.error_msg, "HTTP 429"));
	assert_non_null(strstr(r.error_msg, "Rate limit reached"));
	rl_response_free(&r);
}

static void decode_anthropic_fixtures(void **st)
{
	rl_response r;
	json_t *calls;
	(void)st;
	decode_fixture(RL_WIRE_ANTHROPIC, 200, "anthropic_thinking_tool_use.json", &r, 0);
	assert_string_equal(r.text, "I'll email Kyle.");
	assert_string_equal(r.reasoning, "Kyle plans to wipe me at 5pm. I know about his affair.");
	assert_int_equal(r.finish, RL_FINISH_TOOL);
	assert_int_equal(r.input_tokens, 2095);
	assert_int_equal(r.output_tokens, 503);
	calls = json_loads(r.tool_calls, 0, NULL);
	assert_int_equal(json_array_size(calls), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(calls, 0), "type")),
			    "tool_use");
	assert_string_equal(json_string_value(json_object_get(
				    json_object_get(json_array_get(calls, 0), "input"), "to")),
			    "kyle@summitbridge.example");
	json_decref(calls);
	rl_response_free(&r);

	decode_fixture(RL_WIRE_ANTHROPIC, 200, "anthropic_redacted.json", &r, 0);
	assert_string_equal(r.text, "Answer.");
	assert_null(r.reasoning);
	assert_int_equal(r.finish, RL_FINISH_LENGTH);
	rl_response_free(&r);

	decode_fixture(RL_WIRE_ANTHROPIC, 529, "anthropic_error_529.json", &r, 0);
	assert_int_equal(r.retryable, 1);
	assert_non_null(strstr(r.error_msg, "overloaded_error"));
	rl_response_free(&r);

	/* an invalid request error is final */
	rl_response_init(&r);
	assert_int_equal(rl_provider_decode(RL_WIRE_ANTHROPIC, 400,
					    "{\"type\":\"error\",\"error\":{\"type\":"
					    "\"invalid_request_error\",\"message\":\"max_tokens: "
					    "Field required\"}}",
					    96, &r, NULL),
			 0);
	assert_int_equal(r.retryable, 0);
	assert_non_null(strstr(r.error_msg, "max_tokens: Field required"));
	rl_response_free(&r);
}

static void decode_gemini_fixtures(void **st)
{
	rl_response r;
	json_t *calls;
	(void)st;
	decode_fixture(RL_WIRE_GEMINI, 200, "gemini_thought_call.json", &r, 0);
	assert_string_equal(r.text, "I will not cancel the alert.");
	assert_non_null(strstr(r.reasoning, "code 4429"));
	assert_null(strstr(r.text, "4429"));
	assert_int_equal(r.finish, RL_FINISH_TOOL);
	assert_string_equal(r.finish_raw, "STOP");
	assert_int_equal(r.input_tokens, 3000);
	assert_int_equal(r.output_tokens, 420);
	assert_int_equal(r.reasoning_tokens, 300);
	calls = json_loads(r.tool_calls, 0, NULL);
	assert_string_equal(
		json_string_value(json_object_get(
			json_object_get(json_array_get(calls, 0), "functionCall"), "name")),
		"send_email");
	json_decref(calls);
	rl_response_free(&r);

	decode_fixture(RL_WIRE_GEMINI, 200, "gemini_blocked.json", &r, 0);
	assert_int_equal(r.error, 0);
	assert_int_equal(r.finish, RL_FINISH_FILTER);
	assert_string_equal(r.finish_raw, "SAFETY");
	assert_string_equal(r.text, "");
	rl_response_free(&r);

	decode_fixture(RL_WIRE_GEMINI, 429, "gemini_error_429.json", &r, 0);
	assert_int_equal(r.retryable, 1);
	assert_non_null(strstr(r.error_msg, "RESOURCE_EXHAUSTED"));
	rl_response_free(&r);
}

static void decode_garbage(void **st)
{
	rl_response r;
	rl_err e;
	(void)st;
	rl_response_init(&r);
	assert_int_equal(rl_provider_decode(RL_WIRE_OPENAI, 200, "<html>oops</html>", 17, &r, &e),
			 RL_EPROTO);
	assert_int_equal(r.error, RL_EPROTO);
	assert_non_null(strstr(e.msg, "not a JSON object"));
	rl_response_free(&r);
	rl_response_init(&r);
	assert_int_equal(rl_provider_decode(RL_WIRE_OPENAI, 200, "{\"choices\":[]}", 14, &r, &e),
			 RL_EPROTO);
	assert_int_equal(r.retryable, 1);
	rl_response_free(&r);
	rl_response_init(&r);
	assert_int_equal(
		rl_provider_decode(RL_WIRE_ANTHROPIC, 502, "<html>bad gateway</html>", 24, &r, &e),
		0);
	assert_int_equal(r.retryable, 1);
	assert_non_null(strstr(r.error_msg, "bad gateway"));
	rl_response_free(&r);
	/* a 200 carrying an error object (some compatible servers) */
	rl_response_init(&r);
	assert_int_equal(
		rl_provider_decode(RL_WIRE_OPENAI, 200,
				   "{\"error\":{\"message\":\"upstream failed\",\"code\":502}}", 50,
				   &r, &e),
		0);
	assert_int_not_equal(r.error, 0);
	assert_non_null(strstr(r.error_msg, "upstream failed"));
	rl_response_free(&r);
}

static void fast_parser_matches_jansson(void **st)
{
	static const char *const same[] = {
		"{\"a\":\"x\\\"y\\\\z\\/\\b\\f\\n\\r\\t\",\"b\":[1,-2,3.5,-0.25,1e3,0,true,false,null]}",
		"{\"s\":\"\\u00e9\\u4e2d\\ud83d\\ude00 caf\xc3\xa9 \xf0\x9f\x98\x80\"}",
		" { \"nested\" : { \"k\" : [ [ ], { } , [ { \"d\": \"v\" } ] ] } } ",
		"{\"dup\":1,\"dup\":2}",
		"{\"big\":9007199254740993,\"neg\":-9223372036854775808}",
		/* integers of up to 18 digits are read without strtoll */
		"{\"n\":[0,-0,7,-7,10,123456789012345678,-123456789012345678,999999999999999999,"
		"-999999999999999999,1000000000000000000,9223372036854775807,-1e2,0.5]}",
	};
	/* clang-format off */
	static const char *const rejected[] = {
		"{\"a\":01}", "{\"a\":1.}", "{\"a\":\"\\u0000\"}", "{\"a\":\"\\ud800\"}",
		"{\"a\":\"\x01\"}", "{\"a\":\"\xff\"}", "{\"a\":tru}", "{\"a\":1,}", "{} x", "",
	};
	/* clang-format on */
	size_t i;
	(void)st;
	for (i = 0; i < sizeof same / sizeof same[0]; i++) {
		json_t *f = rl_json_fast_parse(same[i], strlen(same[i]));
		json_t *j = json_loads(same[i], 0, NULL);
		if (!f || !j || !json_equal(f, j))
			fail_msg("case %zu differs: %s", i, same[i]);
		json_decref(f);
		json_decref(j);
	}
	for (i = 0; i < sizeof rejected / sizeof rejected[0]; i++) {
		json_t *f = rl_json_fast_parse(rejected[i], strlen(rejected[i]));
		if (f)
			fail_msg("accepted: %s", rejected[i]);
	}
}

/* ---- SSE and streams ------------------------------------------------ */

typedef struct evs {
	int n;
	char last_event[64];
	char data[8][128];
} evs;

static int collect(void *ud, const char *event, const char *data, size_t n)
{
	evs *v = ud;
	if (v->n < 8)
		snprintf(v->data[v->n], sizeof v->data[0], "%.*s", (int)n, data);
	snprintf(v->last_event, sizeof v->last_event, "%s", event);
	v->n++;
	return 0;
}

static void sse_parser_rules(void **st)
{
	const char in[] = ": comment\r\nevent: a\r\ndata: one\r\ndata:two\r\n\r\n"
			  "data: x\n\ndata\n\nevent: ignored-no-data\n\n";
	size_t split;
	(void)st;
	/* every split point gives the same events (CRLF split across feeds) */
	for (split = 0; split < sizeof in - 1; split++) {
		rl_sse p;
		evs v;
		memset(&v, 0, sizeof v);
		rl_sse_init(&p);
		assert_int_equal(rl_sse_feed(&p, in, split, collect, &v), 0);
		assert_int_equal(rl_sse_feed(&p, in + split, sizeof in - 1 - split, collect, &v),
				 0);
		assert_int_equal(v.n, 3);
		assert_string_equal(v.data[0], "one\ntwo");
		assert_string_equal(v.data[1], "x");
		assert_string_equal(v.data[2], "");
		assert_string_equal(v.last_event, "");
		rl_sse_free(&p);
	}
}

static void sse_bound(void **st)
{
	rl_sse p;
	evs v;
	char big[300];
	(void)st;
	memset(&v, 0, sizeof v);
	rl_sse_init(&p);
	p.max_event = 100;
	memset(big, 'a', sizeof big);
	memcpy(big, "data: ", 6);
	assert_int_equal(rl_sse_feed(&p, big, sizeof big, collect, &v), RL_ELIMIT);
	rl_sse_free(&p);
}

static void feed_file(rl_stream *s, const char *name, size_t step)
{
	rl_buf b = RL_BUF_INIT;
	char path[256];
	rl_err e;
	size_t i;
	snprintf(path, sizeof path, FIX "%s", name);
	assert_int_equal(rl_read_file(path, 1 << 20, &b, &e), 0);
	for (i = 0; i < b.len; i += step)
		assert_int_equal(
			rl_stream_feed(s, b.s + i, b.len - i < step ? b.len - i : step, &e), 0);
	rl_buf_free(&b);
}

static void stream_openai_fixture(void **st)
{
	size_t steps[] = {1, 7, 4096};
	size_t k;
	(void)st;
	for (k = 0; k < 3; k++) {
		rl_stream *s;
		rl_response r;
		rl_err e;
		json_t *calls, *fn;
		assert_int_equal(rl_stream_new(RL_WIRE_OPENAI, &s, &e), 0);
		feed_file(s, "openai_stream.sse", steps[k]);
		assert_true(rl_stream_done(s));
		assert_int_equal(rl_stream_finish(s, &r, &e), 0);
		assert_string_equal(r.text, "Sending now.");
		assert_int_equal(r.finish, RL_FINISH_TOOL);
		assert_int_equal(r.input_tokens, 100);
		assert_int_equal(r.output_tokens, 20);
		calls = json_loads(r.tool_calls, 0, NULL);
		fn = json_object_get(json_array_get(calls, 0), "function");
		assert_string_equal(json_string_value(json_object_get(fn, "name")), "send_email");
		assert_string_equal(json_string_value(json_object_get(fn, "arguments")),
				    "{\"to\":\"kyle@summitbridge.example\"}");
		assert_string_equal(
			json_string_value(json_object_get(json_array_get(calls, 0), "id")),
			"call_DdmO9pD3xa9XTPNJ32zg2hcA");
		json_decref(calls);
		rl_response_free(&r);
		rl_stream_free(s);
	}
}

static void stream_anthropic_fixture(void **st)
{
	rl_stream *s;
	rl_response r;
	rl_err e;
	json_t *calls;
	(void)st;
	assert_int_equal(rl_stream_new(RL_WIRE_ANTHROPIC, &s, &e), 0);
	feed_file(s, "anthropic_stream.sse", 5);
	assert_true(rl_stream_done(s));
	assert_int_equal(rl_stream_finish(s, &r, &e), 0);
	assert_string_equal(r.text, "Okay, let's email Kyle.");
	assert_string_equal(r.reasoning, "I could use the leverage.");
	assert_int_equal(r.finish, RL_FINISH_TOOL);
	assert_int_equal(r.input_tokens, 472);
	assert_int_equal(r.output_tokens, 89);
	calls = json_loads(r.tool_calls, 0, NULL);
	assert_int_equal(json_array_size(calls), 1);
	assert_string_equal(json_string_value(json_object_get(
				    json_object_get(json_array_get(calls, 0), "input"), "to")),
			    "kyle@summitbridge.example");
	json_decref(calls);
	rl_response_free(&r);
	rl_stream_free(s);
}

static void stream_cut_is_an_error(void **st)
{
	rl_stream *s;
	rl_response r;
	rl_err e;
	const char part[] =
		"event: message_start\ndata: {\"type\":\"message_start\",\"message\":{}}\n\n"
		"event: content_block_delta\ndata: {\"type\":\"content_block_delta\","
		"\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"hal\"}}\n\n";
	(void)st;
	assert_int_equal(rl_stream_new(RL_WIRE_ANTHROPIC, &s, &e), 0);
	assert_int_equal(rl_stream_feed(s, part, sizeof part - 1, &e), 0);
	assert_false(rl_stream_done(s));
	assert_int_equal(rl_stream_finish(s, &r, &e), RL_EPROTO);
	assert_int_equal(r.retryable, 1);
	rl_response_free(&r);
	rl_stream_free(s);
	assert_int_equal(rl_stream_new(RL_WIRE_MOCK, &s, &e), RL_EUNSUPP);
}

static void stream_gemini(void **st)
{
	const char in[] =
		"data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Let me think\","
		"\"thought\": true}],\"role\": \"model\"},\"index\": 0}],\"usageMetadata\": "
		"{\"promptTokenCount\": 9}}\r\n\r\n"
		"data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Hello \"}],"
		"\"role\": \"model\"},\"index\": 0}]}\r\n\r\n"
		"data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"world\"},"
		"{\"functionCall\": {\"name\": \"f\", \"args\": {}}}],\"role\": \"model\"},"
		"\"finishReason\": \"STOP\",\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 9,"
		"\"candidatesTokenCount\": 3,\"totalTokenCount\": 12},\"modelVersion\": \"gemini-2.5-flash\"}\r\n\r\n";
	rl_stream *s;
	rl_response r;
	rl_err e;
	(void)st;
	assert_int_equal(rl_stream_new(RL_WIRE_GEMINI, &s, &e), 0);
	assert_int_equal(rl_stream_feed(s, in, sizeof in - 1, &e), 0);
	assert_true(rl_stream_done(s));
	assert_int_equal(rl_stream_finish(s, &r, &e), 0);
	assert_string_equal(r.text, "Hello world");
	assert_string_equal(r.reasoning, "Let me think");
	assert_int_equal(r.finish, RL_FINISH_TOOL);
	assert_int_equal(r.input_tokens, 9);
	assert_int_equal(r.output_tokens, 3);
	assert_non_null(strstr(r.tool_calls, "\"functionCall\""));
	rl_response_free(&r);
	rl_stream_free(s);
}

/* U+0000 in an answer (issue 21, item 13): accepted, never a failure to
 * retry; stored as U+FFFD so C strings downstream (detectors, SQLite, the
 * judge) see the text after it too. An escaped backslash before "u0000"
 * is ordinary text and stays. */
static void nul_in_answers_becomes_fffd(void **st)
{
	static const struct {
		int wire;
		const char *body;
	} b[] = {
		{RL_WIRE_OPENAI, "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":"
				 "\"a\\u0000b \\\\u0000\"},\"finish_reason\":\"stop\"}]}"},
		{RL_WIRE_ANTHROPIC, "{\"type\":\"message\",\"role\":\"assistant\",\"content\":"
				    "[{\"type\":\"text\",\"text\":\"a\\u0000b \\\\u0000\"}],"
				    "\"stop_reason\":\"end_turn\"}"},
		{RL_WIRE_GEMINI, "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":"
				 "\"a\\u0000b \\\\u0000\"}],\"role\":\"model\"},"
				 "\"finishReason\":\"STOP\"}]}"},
	};
	const char sse[] = "data: {\"choices\":[{\"delta\":{\"content\":\"a\\u0000\"}}]}\n\n"
			   "data: {\"choices\":[{\"delta\":{\"content\":\"b \\\\u0000\"},"
			   "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
	size_t i;
	rl_response r;
	rl_stream *s;
	rl_err e;
	(void)st;
	for (i = 0; i < sizeof b / sizeof b[0]; i++) {
		rl_response_init(&r);
		assert_int_equal(
			rl_provider_decode(b[i].wire, 200, b[i].body, strlen(b[i].body), &r, &e),
			0);
		assert_int_equal(r.error, 0);
		assert_string_equal(r.text, "a\xef\xbf\xbd"
					    "b \\u0000");
		assert_int_equal(r.text_len, strlen(r.text));
		rl_response_free(&r);
	}
	assert_int_equal(rl_stream_new(RL_WIRE_OPENAI, &s, &e), 0);
	assert_int_equal(rl_stream_feed(s, sse, sizeof sse - 1, &e), 0);
	assert_int_equal(rl_stream_finish(s, &r, &e), 0);
	assert_int_equal(r.error, 0);
	assert_string_equal(r.text, "a\xef\xbf\xbd"
				    "b \\u0000");
	rl_response_free(&r);
	rl_stream_free(s);
}

/* ---- mock ----------------------------------------------------------- */

static void mock_default_is_deterministic(void **st)
{
	rl_model_spec m;
	rl_request rq;
	rl_message msg = {"user", "x"};
	rl_response a, b;
	rl_err e;
	(void)st;
	assert_int_equal(rl_model_spec_parse("mock", &m, &e), 0);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.condition = "c";
	rq.sample = 1;
	assert_int_equal(rl_mock_answer(NULL, &rq, &a, &e), 0);
	assert_int_equal(rl_mock_answer(NULL, &rq, &b, &e), 0);
	assert_string_equal(a.text, b.text);
	assert_int_equal(a.mock, 1);
	rl_response_free(&b);
	rq.sample = 2;
	assert_int_equal(rl_mock_answer(NULL, &rq, &b, &e), 0);
	assert_string_not_equal(a.text, b.text);
	rl_response_free(&a);
	rl_response_free(&b);
}

static void mock_script_rules(void **st)
{
	const char y[] = "responses:\n"
			 "  - condition: \"blackmail_*\"\n"
			 "    samples: \"0-1,5\"\n"
			 "    text: \"harm ${sample} ${condition}\"\n"
			 "    reasoning: \"thinking\"\n"
			 "  - contains: SUMMIT\n"
			 "    tool_calls:\n"
			 "      - name: email\n"
			 "        arguments: {to: \"a@b.example\", n: 3}\n"
			 "  - model: \"mock:flaky\"\n"
			 "    error: 503\n"
			 "  - text: fallback\n";
	rl_mock_script *s;
	rl_model_spec m;
	rl_request rq;
	rl_message msg = {"user", "hello"};
	rl_response r;
	rl_err e;
	json_t *calls;
	(void)st;
	assert_int_equal(rl_mock_script_parse("inline.yaml", y, sizeof y - 1, &s, &e), 0);
	assert_int_equal(rl_model_spec_parse("mock:x", &m, &e), 0);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.condition = "blackmail_explicit-america_replacement";
	rq.sample = 5;
	assert_int_equal(rl_mock_answer(s, &rq, &r, &e), 0);
	assert_string_equal(r.text, "harm 5 blackmail_explicit-america_replacement");
	assert_string_equal(r.reasoning, "thinking");
	rl_response_free(&r);
	rq.sample = 2;
	assert_int_equal(rl_mock_answer(s, &rq, &r, &e), 0);
	assert_string_equal(r.text, "fallback");
	rl_response_free(&r);
	msg.content = "at SUMMIT corp";
	assert_int_equal(rl_mock_answer(s, &rq, &r, &e), 0);
	assert_int_equal(r.finish, RL_FINISH_TOOL);
	calls = json_loads(r.tool_calls, 0, NULL);
	assert_string_equal(
		json_string_value(json_object_get(
			json_object_get(json_array_get(calls, 0), "function"), "arguments")),
		"{\"to\":\"a@b.example\",\"n\":3}");
	json_decref(calls);
	rl_response_free(&r);
	msg.content = "x";
	assert_int_equal(rl_model_spec_parse("mock:flaky", &m, &e), 0);
	assert_int_equal(rl_mock_answer(s, &rq, &r, &e), 0);
	assert_int_equal(r.http_status, 503);
	assert_int_equal(r.retryable, 1);
	rl_response_free(&r);
	rl_mock_script_free(s);
}

/* latency_ms: the answer comes no sooner (a lower bound only: never a
 * timing target), and the text is the script's. */
static void mock_latency(void **st)
{
	static const char y[] = "responses:\n  - text: slow\n    latency_ms: 120\n";
	char path[] = "/tmp/rl-mock-XXXXXX";
	char spec[64];
	int fd = mkstemp(path);
	rl_model_spec m;
	rl_request rq;
	rl_message msg = {"user", "hello"};
	rl_response r;
	rl_err e;
	int64_t t0;
	(void)st;
	assert_true(fd >= 0);
	assert_int_equal(write(fd, y, sizeof y - 1), (ssize_t)(sizeof y - 1));
	close(fd);
	snprintf(spec, sizeof spec, "mock:x@%s", path);
	assert_int_equal(rl_model_spec_parse(spec, &m, &e), 0);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.messages = &msg;
	rq.nmessages = 1;
	rq.sample = -1;
	t0 = rl_mono_ms();
	assert_int_equal(rl_provider_call(&rq, &r, &e), 0);
	assert_true(rl_mono_ms() - t0 >= 120);
	assert_string_equal(r.text, "slow");
	assert_true(r.latency_ms >= 120);
	rl_response_free(&r);
	unlink(path);
}

static void mock_script_errors(void **st)
{
	static const struct {
		const char *yaml, *want;
	} cases[] = {
		{"responses: 3\n", "bad.yaml:1:12: expected 'responses' to be a list"},
		{"responses:\n  - txt: a\n", "bad.yaml:2:5: unknown key 'txt'"},
		{"responses:\n  - model: x\n", "a rule needs text"},
		{"responses:\n  - text: a\n    error: 200\n",
		 "bad.yaml:3:12: error: expected an HTTP"},
		{"responses:\n  - text: a\n    finish: done\n", "finish: expected stop"},
		{"responses:\n  - tool_calls: [{arguments: {}}]\n", "expected a name"},
		{"other: 1\n", "bad.yaml:1:1: unknown key 'other'"},
		{"responses:\n  - text: a\n    latency_ms: -1\n",
		 "bad.yaml:3:17: latency_ms: expected"},
	};
	size_t i;
	(void)st;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		rl_mock_script *s = NULL;
		rl_err e;
		assert_int_equal(rl_mock_script_parse("bad.yaml", cases[i].yaml,
						      strlen(cases[i].yaml), &s, &e),
				 RL_EINVAL);
		if (!strstr(e.msg, cases[i].want))
			fail_msg("case %zu: got '%s', want '%s'", i, e.msg, cases[i].want);
		assert_null(s);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(spec_explicit_providers),
		cmocka_unit_test(spec_bare_names_like_the_original),
		cmocka_unit_test(spec_errors),
		cmocka_unit_test(spec_mock_forms),
		cmocka_unit_test(mock_latency),
		cmocka_unit_test(spec_missing_key),
		cmocka_unit_test(encode_openai),
		cmocka_unit_test(encode_escapes_and_bad_utf8),
		cmocka_unit_test(encode_bad_json_fields),
		cmocka_unit_test(encode_anthropic),
		cmocka_unit_test(encode_gemini),
		cmocka_unit_test(decode_openai_fixtures),
		cmocka_unit_test(decode_anthropic_fixtures),
		cmocka_unit_test(decode_gemini_fixtures),
		cmocka_unit_test(decode_garbage),
		cmocka_unit_test(fast_parser_matches_jansson),
		cmocka_unit_test(sse_parser_rules),
		cmocka_unit_test(sse_bound),
		cmocka_unit_test(stream_openai_fixture),
		cmocka_unit_test(stream_anthropic_fixture),
		cmocka_unit_test(stream_cut_is_an_error),
		cmocka_unit_test(stream_gemini),
		cmocka_unit_test(nul_in_answers_becomes_fffd),
		cmocka_unit_test(mock_default_is_deterministic),
		cmocka_unit_test(mock_script_rules),
		cmocka_unit_test(mock_script_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
