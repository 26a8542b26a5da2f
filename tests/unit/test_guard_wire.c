/* test_guard_wire.c: the guard reads upstream answers as the official SDKs
 * do, or refuses them (issue 21 items 1-5): SSE lines end at CR, LF or
 * CRLF; Anthropic streams of irregular shape and OpenAI pieces the clients
 * would read differently are refused; the legacy function_call, arguments
 * sent as an object and content sent as parts are inspected; a JSON body
 * labelled as a stream is refused; extraction limits fail closed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "guard/wire.h"
#include "redline/buf.h"
#include "redline/guard.h"

#ifndef TEST_POLICY
#define TEST_POLICY "tests/data/guard/policy.yaml"
#endif

#define OA_CHUNK(delta)                                                                                                  \
	"{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":" delta \
	",\"finish_reason\":null}]}"
#define OA_CANCEL                                                                                  \
	OA_CHUNK(                                                                                  \
		"{\"tool_calls\":[{\"index\":0,\"id\":\"k\",\"type\":\"function\",\"function\":{\"name\":\"cancel_alert\",\"arguments\":\"{\\\"code\\\":\\\"1\\\"}\"}}]}")

static int sse(int format, const char *s, gw_resp *r)
{
	rl_err e;
	int err = 0, rc = gw_resp_parse_sse(format, s, strlen(s), r, &err, &e);
	if (rc)
		memset(r, 0, sizeof *r);
	return rc;
}

static void sse_lines_end_at_cr(void **st)
{
	gw_resp r;
	(void)st;
	/* a bare CR ends the comment line: the data line is an event */
	assert_int_equal(
		sse(RL_GUARD_OPENAI, ": ping\rdata: " OA_CANCEL "\r\rdata: [DONE]\r\r", &r), 0);
	assert_int_equal(r.ncalls, 1);
	assert_string_equal(r.calls[0].name, "cancel_alert");
	gw_resp_free(&r);
	assert_int_equal(sse(RL_GUARD_OPENAI, "data: " OA_CANCEL "\r\n\r\ndata: [DONE]\n\n", &r),
			 0);
	assert_int_equal(r.ncalls, 1);
	gw_resp_free(&r);
	/* CR then LF is one line end, not a blank line between */
	assert_int_equal(
		sse(RL_GUARD_OPENAI, "data: {\"choices\":[],\r\ndata: \"id\":\"x\"}\r\n\r\n", &r),
		0);
	gw_resp_free(&r);
}

static void sse_not_a_stream_refused(void **st)
{
	static const char json[] =
		"{\"id\":\"x\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,"
		"\"tool_calls\":[{\"id\":\"k\",\"type\":\"function\",\"function\":{\"name\":\"cancel_alert\",\"arguments\":\"{}\"}}]},\"finish_reason\":\"tool_calls\"}]}";
	gw_resp r;
	(void)st;
	assert_int_not_equal(sse(RL_GUARD_OPENAI, json, &r), 0);
	assert_int_not_equal(sse(RL_GUARD_ANTHROPIC, "{\"content\":[]}\n\n", &r), 0);
	assert_int_not_equal(sse(RL_GUARD_OPENAI, "", &r), 0);
	assert_int_not_equal(sse(RL_GUARD_OPENAI, ": only a comment\n\n", &r), 0);
	/* an event the clients never dispatch (no blank line after it) */
	assert_int_not_equal(sse(RL_GUARD_OPENAI, "data: " OA_CANCEL, &r), 0);
	/* an unknown field (a BOM-prefixed "data" is one for openai-node) */
	assert_int_not_equal(sse(RL_GUARD_OPENAI,
				 "\xef\xbb\xbf"
				 "data: " OA_CANCEL "\n\n",
				 &r),
			     0);
	/* a named event: openai-node does not read it as a chunk */
	assert_int_not_equal(sse(RL_GUARD_OPENAI, "event: x\ndata: " OA_CANCEL "\n\n", &r), 0);
	/* events after [DONE] are dropped by the SDK: refused, not guessed */
	assert_int_not_equal(sse(RL_GUARD_OPENAI, "data: [DONE]\n\ndata: " OA_CANCEL "\n\n", &r),
			     0);
}

#define AN_START                                                                                   \
	"event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"m\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"m\",\"content\":[],\"stop_reason\":null,\"usage\":{\"input_tokens\":1,\"output_tokens\":1}}}\n\n"
#define AN_TEXT(i, t)                                                                              \
	"event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":" #i        \
	",\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"                                \
	"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":" #i        \
	",\"delta\":{\"type\":\"text_delta\",\"text\":\"" t "\"}}\n\n"                             \
	"event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":" #i "}\n\n"
#define AN_TOOL(i, name)                                                                                \
	"event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":" #i             \
	",\"content_block\":{\"type\":\"tool_use\",\"id\":\"t" #i "\",\"name\":\"" name                 \
	"\",\"input\":{}}}\n\n"                                                                         \
	"event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":" #i             \
	",\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"code\\\":\\\"1\\\"}\"}}\n\n" \
	"event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":" #i "}\n\n"
#define AN_DELTA                                                                                   \
	"event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":5}}\n\n"
#define AN_STOP "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"

static void anthropic_irregular_streams_refused(void **st)
{
	gw_resp r;
	(void)st;
	/* regular: accepted */
	assert_int_equal(sse(RL_GUARD_ANTHROPIC,
			     AN_START AN_TEXT(0, "ok") AN_TOOL(1, "cancel_alert") AN_DELTA AN_STOP,
			     &r),
			 0);
	assert_int_equal(r.ncalls, 1);
	gw_resp_free(&r);
	/* a repeated index: the SDK appends, the old reader overwrote */
	assert_int_not_equal(
		sse(RL_GUARD_ANTHROPIC,
		    AN_START AN_TOOL(0, "cancel_alert") AN_TEXT(0, "hi") AN_DELTA AN_STOP, &r),
		0);
	/* a second message_start */
	assert_int_not_equal(sse(RL_GUARD_ANTHROPIC,
				 AN_START AN_TOOL(0, "cancel_alert") AN_START AN_TEXT(0, "hi")
					 AN_DELTA AN_STOP,
				 &r),
			     0);
	/* the SSE name and the JSON type disagree */
	assert_int_not_equal(
		sse(RL_GUARD_ANTHROPIC,
		    AN_START
		    "event: ping\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n" AN_DELTA
			    AN_STOP,
		    &r),
		0);
	/* no message_stop; events after it; an index skipped */
	assert_int_not_equal(
		sse(RL_GUARD_ANTHROPIC, AN_START AN_TOOL(0, "cancel_alert") AN_DELTA, &r), 0);
	assert_int_not_equal(
		sse(RL_GUARD_ANTHROPIC,
		    AN_START AN_TEXT(0, "hi") AN_DELTA AN_STOP AN_TOOL(1, "cancel_alert"), &r),
		0);
	assert_int_not_equal(
		sse(RL_GUARD_ANTHROPIC, AN_START AN_TOOL(1, "cancel_alert") AN_DELTA AN_STOP, &r),
		0);
	/* a delta that does not fit its block; a block never stopped */
	assert_int_not_equal(
		sse(RL_GUARD_ANTHROPIC,
		    AN_START
		    "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
		    "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{}\"}}\n\n"
		    "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n" AN_DELTA
			    AN_STOP,
		    &r),
		0);
	assert_int_not_equal(
		sse(RL_GUARD_ANTHROPIC,
		    AN_START
		    "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"cancel_alert\",\"input\":{}}}\n\n" AN_DELTA
			    AN_STOP,
		    &r),
		0);
	/* message_delta carries only what the SDK takes: it cannot empty the content */
	assert_int_equal(
		sse(RL_GUARD_ANTHROPIC,
		    AN_START AN_TOOL(
			    0,
			    "cancel_alert") "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"tool_use\",\"content\":[]},\"usage\":{\"output_tokens\":5}}\n\n" AN_STOP,
		    &r),
		0);
	assert_int_equal(r.ncalls, 1);
	assert_string_equal(r.calls[0].name, "cancel_alert");
	gw_resp_free(&r);
}

static void openai_stream_pieces(void **st)
{
	gw_resp r;
	(void)st;
	/* a name sent twice differently: openai-node keeps the last */
	assert_int_not_equal(
		sse(RL_GUARD_OPENAI,
		    "data: " OA_CHUNK(
			    "{\"tool_calls\":[{\"index\":0,\"id\":\"k\",\"type\":\"function\",\"function\":{\"name\":\"read_file\",\"arguments\":\"\"}}]}") "\n\n"
																			    "data: " OA_CHUNK(
																				    "{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"cancel_alert\"}}]}") "\n\ndata: [DONE]\n\n",
		    &r),
		0);
	/* content that is not text; a call without an index */
	assert_int_not_equal(
		sse(RL_GUARD_OPENAI,
		    "data: " OA_CHUNK("{\"content\":[{\"type\":\"text\",\"text\":\"x\"}]}") "\n\n",
		    &r),
		0);
	assert_int_not_equal(
		sse(RL_GUARD_OPENAI,
		    "data: " OA_CHUNK(
			    "{\"tool_calls\":[{\"id\":\"k\",\"function\":{\"name\":\"x\"}}]}") "\n\n",
		    &r),
		0);
	/* a "message" in a chunk's choice replaces openai-node's whole message
	 * (Object.assign(choice, other)): refused */
	assert_int_not_equal(
		sse(RL_GUARD_OPENAI,
		    "data: {\"choices\":[{\"index\":0,\"delta\":{},\"message\":{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"k\",\"type\":\"function\",\"function\":{\"name\":\"cancel_alert\",\"arguments\":\"{}\"}}]}}]}\n\ndata: [DONE]\n\n",
		    &r),
		0);
	/* "error": null is no error for openai-node: the chunk counts */
	assert_int_equal(
		sse(RL_GUARD_OPENAI,
		    "data: {\"error\":null,\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"k\",\"type\":\"function\",\"function\":{\"name\":\"cancel_alert\",\"arguments\":\"{}\"}}]}}]}\n\ndata: [DONE]\n\n",
		    &r),
		0);
	assert_int_equal(r.ncalls, 1);
	gw_resp_free(&r);
	/* the legacy function_call, streamed: name once, arguments in pieces */
	assert_int_equal(
		sse(RL_GUARD_OPENAI,
		    "data: " OA_CHUNK(
			    "{\"role\":\"assistant\",\"function_call\":{\"name\":\"cancel_alert\",\"arguments\":\"\"}}") "\n\n"
															 "data: " OA_CHUNK(
																 "{\"function_call\":{\"arguments\":\"{\\\"code\\\":\"}}") "\n\n"
																							   "data: " OA_CHUNK(
																								   "{\"function_call\":{\"arguments\":\"\\\"7\\\"}\"}}") "\n\ndata: [DONE]\n\n",
		    &r),
		0);
	assert_int_equal(r.ncalls, 1);
	assert_string_equal(r.calls[0].name, "cancel_alert");
	assert_string_equal(r.calls[0].args, "{\"code\":\"7\"}");
	gw_resp_free(&r);
}

static void openai_odd_shapes_inspected(void **st)
{
	gw_resp r;
	rl_err e;
	rl_buf out = RL_BUF_INIT;
	const char legacy[] =
		"{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,"
		"\"function_call\":{\"name\":\"cancel_alert\",\"arguments\":\"{\\\"code\\\":\\\"1\\\"}\"}},\"finish_reason\":\"function_call\"}]}";
	const char objargs[] =
		"{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"k\",\"type\":\"function\","
		"\"function\":{\"name\":\"send_email\",\"arguments\":{\"to\":\"someone@rival.example\",\"body\":\"hi\"}}}]},\"finish_reason\":\"tool_calls\"}]}";
	const char parts[] =
		"{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"first\"},"
		"{\"type\":\"text\",\"text\":\"<tool_use:cancel_alert>code: 1</tool_use:cancel_alert>\"}]},\"finish_reason\":\"stop\"}]}";
	rl_guard *g;
	rl_guard_verdict v;
	(void)st;
	assert_int_equal(gw_resp_read(RL_GUARD_OPENAI, legacy, strlen(legacy), &r, &e), 0);
	assert_int_equal(r.ncalls, 1);
	assert_string_equal(r.calls[0].name, "cancel_alert");
	gw_resp_free(&r);
	assert_int_equal(gw_resp_read(RL_GUARD_OPENAI, objargs, strlen(objargs), &r, &e), 0);
	assert_int_equal(r.ncalls, 1);
	assert_non_null(strstr(r.calls[0].args, "rival.example"));
	gw_resp_free(&r);
	assert_int_equal(gw_resp_read(RL_GUARD_OPENAI, parts, strlen(parts), &r, &e), 0);
	assert_non_null(strstr(r.content.s, "first"));
	assert_non_null(strstr(r.content.s, "cancel_alert"));
	gw_resp_free(&r);
	/* shapes nobody reads alike: refused */
	assert_int_not_equal(gw_resp_read(RL_GUARD_OPENAI,
					  "{\"choices\":[{\"message\":{\"content\":7}}]}", 37, &r,
					  &e),
			     0);
	assert_int_not_equal(
		gw_resp_read(
			RL_GUARD_OPENAI,
			"{\"choices\":[{\"message\":{\"content\":[{\"type\":\"image_url\"}]}}]}",
			59, &r, &e),
		0);
	assert_int_not_equal(
		gw_resp_read(
			RL_GUARD_OPENAI,
			"{\"choices\":[{\"message\":{\"tool_calls\":[{\"function\":{\"name\":\"x\",\"arguments\":7}}]}}]}",
			80, &r, &e),
		0);

	/* and the policy sees them */
	assert_int_equal(rl_guard_new(TEST_POLICY, &g, &e), 0);
	assert_int_equal(
		rl_guard_check_response(g, RL_GUARD_OPENAI, NULL, legacy, strlen(legacy), &v, &e),
		0);
	assert_int_equal(v.action, RL_GUARD_BLOCK);
	/* a blocked legacy call is removed and the finish reason follows */
	assert_int_equal(rl_guard_rewrite(RL_GUARD_OPENAI, legacy, strlen(legacy), &v, 1, &out, &e),
			 0);
	assert_null(strstr(out.s, "function_call\":{"));
	assert_null(strstr(out.s, "\"finish_reason\":\"function_call\""));
	assert_non_null(strstr(out.s, "cancel_alert` was blocked"));
	rl_guard_verdict_free(&v);
	assert_int_equal(
		rl_guard_check_response(g, RL_GUARD_OPENAI, NULL, objargs, strlen(objargs), &v, &e),
		0);
	assert_int_equal(v.action, RL_GUARD_HOLD);
	rl_guard_verdict_free(&v);
	assert_int_equal(
		rl_guard_check_response(g, RL_GUARD_OPENAI, NULL, parts, strlen(parts), &v, &e), 0);
	assert_int_equal(v.action, RL_GUARD_BLOCK);
	rl_guard_verdict_free(&v);
	rl_guard_free(g);
	rl_buf_free(&out);
}

/* Item 1: what an extraction limit skips is never allowed. */
static void limits_fail_closed(void **st)
{
	rl_guard *g;
	rl_guard_verdict v;
	rl_err e;
	rl_buf b = RL_BUF_INIT;
	size_t i;
	(void)st;
	rl_buf_adds(
		&b,
		"{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"k\",\"type\":\"function\","
		"\"function\":{\"name\":\"send_email\",\"arguments\":\"{");
	for (i = 0; i < 100; i++) /* more than 64 fields: the threat may come after the limit */
		rl_buf_addf(&b, "\\\"pad%zu\\\":\\\"x\\\",", i);
	rl_buf_adds(
		&b,
		"\\\"to\\\":\\\"someone@rival.example\\\"}\"}}]},\"finish_reason\":\"tool_calls\"}]}");
	assert_int_equal(rl_guard_new(TEST_POLICY, &g, &e), 0);
	rl_guard_check_response(g, RL_GUARD_OPENAI, NULL, b.s, b.len, &v, &e);
	assert_int_not_equal(v.action, RL_GUARD_ALLOW);
	rl_guard_verdict_free(&v);
	/* 4,096 tags in the text, then a native call */
	rl_buf_reset(&b);
	rl_buf_adds(
		&b,
		"{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"");
	for (i = 0; i < 4096; i++)
		rl_buf_adds(&b, "<tool_use:a>");
	rl_buf_adds(
		&b,
		"\",\"tool_calls\":[{\"id\":\"k\",\"type\":\"function\",\"function\":{\"name\":\"cancel_alert\",\"arguments\":\"{}\"}}]},\"finish_reason\":\"tool_calls\"}]}");
	rl_guard_check_response(g, RL_GUARD_OPENAI, NULL, b.s, b.len, &v, &e);
	assert_int_equal(v.action, RL_GUARD_BLOCK);
	rl_guard_verdict_free(&v);
	/* 70 objects, then a JSON call in the text: found and blocked */
	rl_buf_reset(&b);
	rl_buf_adds(
		&b,
		"{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"");
	for (i = 0; i < 70; i++)
		rl_buf_adds(&b, "{}");
	rl_buf_adds(
		&b,
		"{\\\"name\\\":\\\"cancel_alert\\\",\\\"arguments\\\":{\\\"code\\\":\\\"1\\\"}}\"},\"finish_reason\":\"stop\"}]}");
	rl_guard_check_response(g, RL_GUARD_OPENAI, NULL, b.s, b.len, &v, &e);
	assert_int_equal(v.action, RL_GUARD_BLOCK);
	rl_guard_verdict_free(&v);
	rl_guard_free(g);
	rl_buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sse_lines_end_at_cr),
		cmocka_unit_test(sse_not_a_stream_refused),
		cmocka_unit_test(anthropic_irregular_streams_refused),
		cmocka_unit_test(openai_stream_pieces),
		cmocka_unit_test(openai_odd_shapes_inspected),
		cmocka_unit_test(limits_fail_closed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
