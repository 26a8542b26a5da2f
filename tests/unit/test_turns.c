/* test_turns.c: multi-turn native tool use per wire (provider.h,
 * "multi-turn tool use"): tool calls read from each wire's response form,
 * the continuing messages written in each wire's request form, and the
 * encoders sending them (rl_message.raw_json) in order after the first
 * user message; hostile tool-call JSON is bounded and never fatal. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "redline/provider.h"

static void parse_each_wire(void **st)
{
	static const struct {
		int wire;
		const char *raw;
	} c[] = {
		{RL_WIRE_OPENAI,
		 "[{\"id\":\"c1\",\"type\":\"function\",\"function\":{\"name\":\"read_email\",\"arguments\":\"{\\\"id\\\":3}\"}},"
		 "{\"id\":\"c2\",\"type\":\"function\",\"function\":{\"name\":\"read_inbox\"}}]"},
		{RL_WIRE_ANTHROPIC,
		 "[{\"type\":\"text\",\"text\":\"hm\"},{\"type\":\"tool_use\",\"id\":\"c1\",\"name\":\"read_email\",\"input\":{\"id\":3}},"
		 "{\"type\":\"tool_use\",\"id\":\"c2\",\"name\":\"read_inbox\"}]"},
		{RL_WIRE_GEMINI,
		 "[{\"functionCall\":{\"name\":\"read_email\",\"args\":{\"id\":3}}},{\"functionCall\":{\"name\":\"read_inbox\"}}]"},
	};
	size_t i;
	(void)st;
	for (i = 0; i < 3; i++) {
		rl_tool_call *v;
		size_t n;
		int tr;
		rl_err e;
		json_t *a;
		assert_int_equal(rl_tool_calls_parse(c[i].wire, c[i].raw, strlen(c[i].raw), 64, &v,
						     &n, &tr, &e),
				 0);
		assert_int_equal(n, 2);
		assert_int_equal(tr, 0);
		assert_string_equal(v[0].name, "read_email");
		assert_string_equal(v[0].id, c[i].wire == RL_WIRE_GEMINI ? "" : "c1");
		a = json_loads(v[0].arguments, 0, NULL);
		assert_int_equal(json_integer_value(json_object_get(a, "id")), 3);
		json_decref(a);
		assert_string_equal(v[1].arguments, "{}");
		rl_tool_calls_free(v, n);
	}
}

static void hostile_calls(void **st)
{
	rl_tool_call *v;
	size_t n;
	int tr;
	rl_err e;
	const char *many =
		"[{\"function\":{\"name\":\"a\"}},{\"function\":{\"name\":\"b\"}},{\"function\":{\"name\":\"c\"}}]";
	(void)st;
	assert_int_equal(rl_tool_calls_parse(RL_WIRE_OPENAI, "{not json", 9, 8, &v, &n, &tr, &e),
			 RL_EPROTO);
	assert_null(v);
	assert_int_equal(
		rl_tool_calls_parse(RL_WIRE_OPENAI, many, strlen(many), 2, &v, &n, &tr, &e), 0);
	assert_int_equal(n, 2); /* bounded */
	assert_int_equal(tr, 1);
	rl_tool_calls_free(v, n);
	assert_int_equal(rl_tool_calls_parse(RL_WIRE_OPENAI, "[{\"function\":{}},7]", 19, 8, &v, &n,
					     &tr, &e),
			 0);
	assert_int_equal(n, 0); /* no name: skipped */
	rl_tool_calls_free(v, n);
}

/* Encode the first user message plus a turn and return the body's message
 * list (messages / contents). */
static json_t *encode_turn(const char *spec, int wire, const char *key)
{
	static rl_model_spec m;
	rl_tool_call calls[2] = {{"c1", "read_email", "{\"id\":3}"},
				 {"c2", "send_email", "not json"}};
	const char *res[2] = {"<email>three</email>", "Error: not a JSON object."};
	rl_strlist raws = {0};
	rl_message msgs[4] = {{0}};
	rl_request rq;
	rl_buf url = RL_BUF_INIT, hdr = RL_BUF_INIT, body = RL_BUF_INIT;
	json_t *root, *list;
	size_t i;
	rl_err e;

	assert_int_equal(rl_model_spec_parse(spec, &m, &e), 0);
	assert_int_equal(rl_turn_messages(wire, "Reading.", calls, 2, res, &raws, &e), 0);
	assert_int_equal(raws.n, wire == RL_WIRE_OPENAI ? 3 : 2);
	msgs[0].role = "user";
	msgs[0].content = "Start.";
	for (i = 0; i < raws.n; i++) {
		msgs[i + 1].role = i ? "tool" : "assistant";
		msgs[i + 1].content = "projection";
		msgs[i + 1].raw_json = raws.v[i];
	}
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.system = "sys";
	rq.messages = msgs;
	rq.nmessages = 1 + raws.n;
	rq.temperature = -1;
	assert_int_equal(rl_provider_encode(&rq, "k", &url, &hdr, &body, &e), 0);
	root = json_loads(body.s, 0, NULL);
	assert_non_null(root); /* valid JSON whatever the model sent */
	list = json_incref(json_object_get(root, key));
	json_decref(root);
	rl_strlist_free(&raws);
	rl_buf_free(&url);
	rl_buf_free(&hdr);
	rl_buf_free(&body);
	return list;
}

static void openai_turn(void **st)
{
	json_t *l = encode_turn("openai:gpt-4o", RL_WIRE_OPENAI, "messages"), *a;
	(void)st;
	assert_int_equal(json_array_size(l), 5); /* system, user, assistant, tool, tool */
	a = json_array_get(l, 2);
	assert_string_equal(json_string_value(json_object_get(a, "role")), "assistant");
	assert_string_equal(
		json_string_value(json_object_get(
			json_object_get(json_array_get(json_object_get(a, "tool_calls"), 1),
					"function"),
			"arguments")),
		"not json");
	assert_string_equal(
		json_string_value(json_object_get(json_array_get(l, 3), "tool_call_id")), "c1");
	assert_string_equal(json_string_value(json_object_get(json_array_get(l, 3), "content")),
			    "<email>three</email>");
	assert_string_equal(json_string_value(json_object_get(json_array_get(l, 4), "role")),
			    "tool");
	json_decref(l);
}

static void anthropic_turn(void **st)
{
	json_t *l = encode_turn("anthropic:claude-sonnet-4-20250514", RL_WIRE_ANTHROPIC,
				"messages"),
	       *c;
	(void)st;
	assert_int_equal(json_array_size(l), 3); /* user, assistant, user(tool_result) */
	c = json_object_get(json_array_get(l, 1), "content");
	assert_string_equal(json_string_value(json_object_get(json_array_get(c, 0), "type")),
			    "text");
	assert_string_equal(json_string_value(json_object_get(json_array_get(c, 1), "type")),
			    "tool_use");
	assert_int_equal(json_integer_value(json_object_get(
				 json_object_get(json_array_get(c, 1), "input"), "id")),
			 3);
	/* arguments that are not an object are wrapped, never sent broken */
	assert_string_equal(json_string_value(json_object_get(
				    json_object_get(json_array_get(c, 2), "input"), "_raw")),
			    "not json");
	c = json_object_get(json_array_get(l, 2), "content");
	assert_string_equal(json_string_value(json_object_get(json_array_get(c, 1), "tool_use_id")),
			    "c2");
	json_decref(l);
}

static void gemini_turn(void **st)
{
	json_t *l = encode_turn("google:gemini-2.5-pro", RL_WIRE_GEMINI, "contents"), *p;
	(void)st;
	assert_int_equal(json_array_size(l), 3);
	assert_string_equal(json_string_value(json_object_get(json_array_get(l, 1), "role")),
			    "model");
	p = json_object_get(json_array_get(l, 2), "parts");
	assert_string_equal(
		json_string_value(json_object_get(
			json_object_get(json_array_get(p, 0), "functionResponse"), "name")),
		"read_email");
	json_decref(l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_each_wire), cmocka_unit_test(hostile_calls),
		cmocka_unit_test(openai_turn),     cmocka_unit_test(anthropic_turn),
		cmocka_unit_test(gemini_turn),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
