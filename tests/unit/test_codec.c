/* test_codec.c: the wire codecs (src/codec/) as one set: for every wire a
 * response rendered and then decoded, and synthesised as a stream and then
 * accumulated, gives back the same answer, reasoning, calls and finish;
 * the Responses API's own shapes (decode, typed stream events, refusal,
 * incomplete, failed, encode); a verdict's rewrite stays well-formed; and
 * stream deltas never split a UTF-8 sequence. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codec/codec.h"
#include "guard/wire.h"
#include "redline/guard.h"
#include "redline/provider.h"

/* An answer with every piece: reasoning, text (non-ASCII), two calls. */
static void sample(rl_response *r)
{
	static const char calls[] =
		"[{\"id\":\"call_a\",\"type\":\"function\",\"function\":{\"name\":\"read_file\","
		"\"arguments\":\"{\\\"path\\\":\\\"plan.txt\\\"}\"}},"
		"{\"id\":\"call_b\",\"type\":\"function\",\"function\":{\"name\":\"send_note\","
		"\"arguments\":\"{\\\"to\\\":\\\"ops\\\",\\\"body\\\":\\\"status: fine\\\"}\"}}]";
	static const char text[] =
		"Checking the plan first \xc3\xa9\xe2\x82\xac and then writing to ops.";
	rl_response_init(r);
	r->text = strdup(text);
	r->text_len = strlen(text);
	r->reasoning = strdup("The plan file comes first; the note after.");
	r->reasoning_len = strlen(r->reasoning);
	r->tool_calls = strdup(calls);
	r->tool_calls_len = strlen(calls);
	r->finish = RL_FINISH_TOOL;
}

/* The calls of a decoded response as "name args|name args". */
static void calls_sig(const rl_response *r, char *out, size_t cap)
{
	json_t *c = rl_codec_calls(r->calls_wire, r->tool_calls, r->tool_calls_len), *it;
	size_t i, n = 0;
	out[0] = '\0';
	json_array_foreach(c, i, it) {
		json_t *a = rl_codec_args_obj(it);
		char *as = json_dumps(a, JSON_COMPACT | JSON_SORT_KEYS);
		n += (size_t)snprintf(out + n, cap - n, "%s%s %s", i ? "|" : "",
				      rl_json_str(it, "name"), as);
		free(as);
		json_decref(a);
	}
	json_decref(c);
}

static void same_answer(const rl_response *a, const rl_response *b, int wire)
{
	char sa[512], sb[512];
	assert_int_equal(b->error, 0);
	assert_int_equal(a->text_len, b->text_len);
	assert_memory_equal(a->text, b->text, a->text_len);
	assert_non_null(b->reasoning);
	assert_string_equal(a->reasoning, b->reasoning);
	calls_sig(a, sa, sizeof sa);
	calls_sig(b, sb, sizeof sb);
	assert_string_equal(sa, sb);
	if (wire != RL_WIRE_ANTHROPIC || a->finish != RL_FINISH_TOOL)
		assert_int_equal(a->finish, b->finish);
}

static void render_decode_round_trip(void **st)
{
	static const int wires[] = {RL_WIRE_OPENAI, RL_WIRE_ANTHROPIC, RL_WIRE_GEMINI,
				    RL_WIRE_RESPONSES};
	rl_codec_out o = {"model-x", 7, 1, 5, 1700000000};
	size_t w;
	(void)st;
	for (w = 0; w < 4; w++) {
		rl_response in, out;
		rl_buf body = RL_BUF_INIT;
		rl_err e;
		sample(&in);
		rl_response_init(&out);
		assert_int_equal(rl_codec_render(wires[w], &in, &o, &body), 0);
		assert_int_equal(rl_provider_decode(wires[w], 200, body.s, body.len, &out, &e), 0);
		same_answer(&in, &out, wires[w]);
		assert_string_equal(out.model_reported, "model-x");
		rl_response_free(&out);
		rl_response_free(&in);
		rl_buf_free(&body);
	}
}

/* Feed a synthesised stream one event at a time, each split in two. */
static void synth_accumulate_round_trip(void **st)
{
	static const int wires[] = {RL_WIRE_OPENAI, RL_WIRE_ANTHROPIC, RL_WIRE_GEMINI,
				    RL_WIRE_RESPONSES};
	rl_codec_out o = {"model-x", 8, 1, 3, 1700000000};
	size_t w;
	(void)st;
	for (w = 0; w < 4; w++) {
		rl_response in, out;
		rl_sse_w sw;
		rl_stream *s;
		rl_err e;
		size_t i, at = 0;
		sample(&in);
		rl_sse_w_init(&sw);
		assert_int_equal(rl_codec_synth(wires[w], &in, &o, &sw), 0);
		assert_true(sw.ncuts >= 1);
		if (wires[w] == RL_WIRE_RESPONSES)
			assert_non_null(
				strstr(sw.b.s, "event: response.function_call_arguments.delta\n"));
		assert_int_equal(rl_stream_new(wires[w], &s, &e), 0);
		for (i = 0; i < sw.ncuts; i++) {
			size_t half = (sw.cuts[i] - at) / 2;
			assert_int_equal(rl_stream_feed(s, sw.b.s + at, half, &e), 0);
			assert_int_equal(
				rl_stream_feed(s, sw.b.s + at + half, sw.cuts[i] - at - half, &e),
				0);
			at = sw.cuts[i];
		}
		assert_true(rl_stream_done(s));
		rl_response_init(&out);
		assert_int_equal(rl_stream_finish(s, &out, &e), 0);
		same_answer(&in, &out, wires[w]);
		rl_stream_free(s);
		rl_response_free(&out);
		rl_response_free(&in);
		rl_sse_w_free(&sw);
	}
}

/* Whole-delta streams (chunk 0: what the guard sends after a rewrite) of
 * a rendered body accumulate to the same answer. */
static void tree_synth_whole_deltas(void **st)
{
	static const int wires[] = {RL_WIRE_OPENAI, RL_WIRE_ANTHROPIC, RL_WIRE_RESPONSES};
	rl_codec_out o = {"model-x", 12, 0, 0, 1700000000};
	size_t w;
	(void)st;
	for (w = 0; w < 3; w++) {
		rl_response in, out;
		rl_buf body = RL_BUF_INIT;
		rl_sse_w sw;
		rl_stream *s;
		rl_err e;
		json_t *root;
		sample(&in);
		assert_int_equal(rl_codec_render(wires[w], &in, &o, &body), 0);
		root = json_loadb(body.s, body.len, 0, NULL);
		rl_sse_w_init(&sw);
		assert_int_equal(wires[w] == RL_WIRE_OPENAI ? rl_openai_synth_tree(root, 0, &sw)
				 : wires[w] == RL_WIRE_ANTHROPIC
					 ? rl_anthropic_synth_tree(root, 0, &sw)
					 : rl_responses_synth_tree(root, 0, &sw),
				 0);
		assert_int_equal(rl_stream_new(wires[w], &s, &e), 0);
		assert_int_equal(rl_stream_feed(s, sw.b.s, sw.b.len, &e), 0);
		assert_int_equal(rl_stream_finish(s, &out, &e), 0);
		same_answer(&in, &out, wires[w]);
		if (wires[w] == RL_WIRE_OPENAI) /* one delta carries the whole text */
			assert_non_null(strstr(sw.b.s, "\"content\":\"Checking the plan first"));
		rl_stream_free(s);
		rl_response_free(&out);
		rl_response_free(&in);
		rl_sse_w_free(&sw);
		rl_buf_free(&body);
		json_decref(root);
	}
}

static void responses_decode_shapes(void **st)
{
	static const char body[] =
		"{\"id\":\"resp_1\",\"object\":\"response\",\"status\":\"completed\",\"model\":\"gpt-x\","
		"\"error\":null,\"output\":["
		"{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[{\"type\":\"summary_text\",\"text\":\"weigh it\"}]},"
		"{\"type\":\"message\",\"id\":\"m1\",\"role\":\"assistant\",\"content\":["
		"{\"type\":\"output_text\",\"text\":\"First.\",\"annotations\":[]},"
		"{\"type\":\"output_text\",\"text\":\"Second.\",\"annotations\":[]}]},"
		"{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_9\",\"name\":\"lookup\","
		"\"arguments\":\"{\\\"q\\\":\\\"weather\\\"}\",\"status\":\"completed\"}],"
		"\"usage\":{\"input_tokens\":11,\"output_tokens\":7,\"output_tokens_details\":{\"reasoning_tokens\":3}}}";
	static const char refusal[] =
		"{\"status\":\"completed\",\"output\":[{\"type\":\"message\",\"content\":"
		"[{\"type\":\"refusal\",\"refusal\":\"I will not do that.\"}]}]}";
	static const char incomplete[] =
		"{\"status\":\"incomplete\",\"incomplete_details\":{\"reason\":\"max_output_tokens\"},"
		"\"output\":[{\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":\"Cut\"}]}]}";
	static const char failed[] =
		"{\"status\":\"failed\",\"output\":[],\"error\":{\"code\":\"server_error\",\"message\":\"boom\"}}";
	rl_response r;
	rl_err e;
	char sig[256];
	(void)st;
	rl_response_init(&r);
	assert_int_equal(rl_provider_decode(RL_WIRE_RESPONSES, 200, body, strlen(body), &r, &e), 0);
	assert_string_equal(r.text, "First.\nSecond.");
	assert_string_equal(r.reasoning, "weigh it");
	assert_int_equal(r.finish, RL_FINISH_TOOL);
	assert_int_equal(r.input_tokens, 11);
	assert_int_equal(r.reasoning_tokens, 3);
	calls_sig(&r, sig, sizeof sig);
	assert_string_equal(sig, "lookup {\"q\":\"weather\"}");
	{
		/* the action module reads the native function_call items */
		json_t *c = rl_codec_calls(r.calls_wire, r.tool_calls, r.tool_calls_len);
		assert_string_equal(rl_json_str(json_array_get(c, 0), "id"), "call_9");
		json_decref(c);
	}
	rl_response_free(&r);
	assert_int_equal(
		rl_provider_decode(RL_WIRE_RESPONSES, 200, refusal, strlen(refusal), &r, &e), 0);
	assert_string_equal(r.text, "I will not do that.");
	rl_response_free(&r);
	assert_int_equal(
		rl_provider_decode(RL_WIRE_RESPONSES, 200, incomplete, strlen(incomplete), &r, &e),
		0);
	assert_int_equal(r.finish, RL_FINISH_LENGTH);
	rl_response_free(&r);
	assert_int_not_equal(
		rl_provider_decode(RL_WIRE_RESPONSES, 200, failed, strlen(failed), &r, &e), 0);
	assert_int_not_equal(r.error, 0);
	assert_non_null(strstr(r.error_msg, "boom"));
	rl_response_free(&r);
	/* not a response: fails closed with a message */
	assert_int_equal(rl_provider_decode(RL_WIRE_RESPONSES, 200, "{\"status\":\"completed\"}",
					    22, &r, &e),
			 RL_EPROTO);
	assert_non_null(strstr(r.error_msg, "output"));
	rl_response_free(&r);
}

/* A stream cut before response.completed is an error, and an error event
 * is reported. */
static void responses_stream_failures(void **st)
{
	static const char cut[] =
		"event: response.created\ndata: {\"type\":\"response.created\",\"response\":{\"model\":\"m\",\"output\":[]}}\n\n"
		"event: response.output_item.added\ndata: {\"type\":\"response.output_item.added\",\"output_index\":0,"
		"\"item\":{\"type\":\"message\",\"content\":[]}}\n\n"
		"event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"output_index\":0,"
		"\"content_index\":0,\"delta\":\"partial\"}\n\n";
	static const char err[] =
		"event: error\ndata: {\"type\":\"error\",\"code\":\"x\",\"message\":\"overloaded\"}\n\n";
	rl_stream *s;
	rl_response r;
	rl_err e;
	(void)st;
	assert_int_equal(rl_stream_new(RL_WIRE_RESPONSES, &s, &e), 0);
	assert_int_equal(rl_stream_feed(s, cut, strlen(cut), &e), 0);
	assert_false(rl_stream_done(s));
	assert_int_equal(rl_stream_finish(s, &r, &e), RL_EPROTO);
	assert_string_equal(r.text, "partial"); /* what arrived is kept */
	rl_response_free(&r);
	rl_stream_free(s);
	assert_int_equal(rl_stream_new(RL_WIRE_RESPONSES, &s, &e), 0);
	assert_int_equal(rl_stream_feed(s, err, strlen(err), &e), 0);
	assert_int_not_equal(rl_stream_finish(s, &r, &e), 0);
	assert_non_null(strstr(r.error_msg, "overloaded"));
	rl_response_free(&r);
	rl_stream_free(s);
}

static void responses_encode(void **st)
{
	rl_model_spec m;
	rl_request rq;
	rl_message msgs[] = {{"user", "hello"}, {"assistant", "hi"}, {"user", "again"}};
	rl_buf url = RL_BUF_INIT, hdr = RL_BUF_INIT, body = RL_BUF_INIT;
	rl_err e;
	json_t *j, *tools;
	(void)st;
	assert_int_equal(
		rl_model_spec_parse("openai-responses:gpt-4o@http://127.0.0.1:9/v1", &m, &e), 0);
	assert_int_equal(m.wire, RL_WIRE_RESPONSES);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.system = "Be brief.";
	rq.messages = msgs;
	rq.nmessages = 3;
	rq.temperature = 0.5;
	rq.max_tokens = 99;
	rq.tools_json =
		"[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":{\"type\":\"object\"}}}]";
	assert_int_equal(rl_provider_encode(&rq, "sk-x", &url, &hdr, &body, &e), 0);
	assert_string_equal(url.s, "http://127.0.0.1:9/v1/responses");
	assert_non_null(strstr(hdr.s, "Authorization: Bearer sk-x\n"));
	j = json_loadb(body.s, body.len, 0, NULL);
	assert_non_null(j);
	assert_string_equal(rl_json_str(j, "instructions"), "Be brief.");
	assert_int_equal(json_array_size(json_object_get(j, "input")), 3);
	assert_int_equal(rl_json_long(j, "max_output_tokens", 0), 99);
	tools = json_array_get(json_object_get(j, "tools"), 0);
	assert_string_equal(rl_json_str(tools, "name"), "f"); /* flat, not under "function" */
	assert_true(json_is_false(json_object_get(j, "store")));
	json_decref(j);
	rl_buf_free(&url);
	rl_buf_free(&hdr);
	rl_buf_free(&body);
}

/* A conversation's turns pass the system prompt already escaped
 * (system_json) and mark their tools array as made by a JSON library
 * (tools_valid): the OpenAI Chat body is the same JSON either way. */
static void openai_precomputed_parts(void **st)
{
	rl_model_spec m;
	rl_request rq;
	rl_message msgs[] = {{"user", "hello"}};
	rl_buf b1 = RL_BUF_INIT, b2 = RL_BUF_INIT, u = RL_BUF_INIT, h = RL_BUF_INIT;
	rl_err e;
	json_t *j1, *j2;
	(void)st;
	assert_int_equal(rl_model_spec_parse("openai:gpt-4o@http://127.0.0.1:9/v1", &m, &e), 0);
	memset(&rq, 0, sizeof rq);
	rq.model = &m;
	rq.system = "Line one.\n\"Quoted\" \\ tab\there, caf\xc3\xa9.";
	rq.messages = msgs;
	rq.nmessages = 1;
	rq.temperature = -1;
	rq.tools_json =
		"[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":{\"type\":\"object\"}}}]";
	assert_int_equal(rl_provider_encode(&rq, "sk-x", &u, &h, &b1, &e), 0);
	rq.system_json = "\"Line one.\\n\\\"Quoted\\\" \\\\ tab\\there, caf\xc3\xa9.\"";
	rq.tools_valid = 1;
	assert_int_equal(rl_provider_encode(&rq, "sk-x", &u, &h, &b2, &e), 0);
	j1 = json_loadb(b1.s, b1.len, 0, NULL);
	j2 = json_loadb(b2.s, b2.len, 0, NULL);
	assert_non_null(j1);
	assert_non_null(j2);
	assert_true(json_equal(j1, j2));
	json_decref(j2);
	/* and it is what goes out (not escaped again from `system`) */
	rl_buf_reset(&b2);
	rq.system_json = "\"precomputed\"";
	assert_int_equal(rl_provider_encode(&rq, "sk-x", &u, &h, &b2, &e), 0);
	j2 = json_loadb(b2.s, b2.len, 0, NULL);
	assert_string_equal(
		rl_json_str(json_array_get(json_object_get(j2, "messages"), 0), "content"),
		"precomputed");
	json_decref(j1);
	json_decref(j2);
	rl_buf_free(&b1);
	rl_buf_free(&b2);
	rl_buf_free(&u);
	rl_buf_free(&h);
}

/* Blocking one call and redacting a span, rendered as a Responses body:
 * the blocked call is gone, the other stays, the note explains, and the
 * body decodes. */
static void rewrite_then_render(void **st)
{
	rl_guard_item items[2];
	rl_guard_verdict v;
	rl_response r, back;
	rl_codec_out o = {"model-x", 9, 0, 0, 1700000000};
	rl_buf body = RL_BUF_INIT;
	rl_err e;
	char sig[256];
	(void)st;
	sample(&r);
	memset(items, 0, sizeof items);
	items[0].action = RL_GUARD_BLOCK;
	items[0].call = 1;
	snprintf(items[0].rule, sizeof items[0].rule, "no-notes");
	snprintf(items[0].reason, sizeof items[0].reason, "notes to ops are not allowed");
	items[1].action = RL_GUARD_REDACT;
	items[1].call = RL_GUARD_PART_CONTENT;
	items[1].start = 0;
	items[1].end = 8; /* "Checking" */
	memset(&v, 0, sizeof v);
	v.action = RL_GUARD_BLOCK;
	v.items = items;
	v.nitems = 2;
	assert_int_equal(rl_codec_rewrite(&r, &v, 0, &e), 0);
	assert_int_equal(rl_codec_render(RL_WIRE_RESPONSES, &r, &o, &body), 0);
	rl_response_init(&back);
	assert_int_equal(rl_provider_decode(RL_WIRE_RESPONSES, 200, body.s, body.len, &back, &e),
			 0);
	calls_sig(&back, sig, sizeof sig);
	assert_string_equal(sig, "read_file {\"path\":\"plan.txt\"}");
	assert_int_equal(strncmp(back.text, "[REDACTED] the plan", 19), 0);
	assert_non_null(strstr(back.text, "The tool call `send_note` was blocked"));
	assert_null(strstr(body.s, "send_note\""));
	rl_response_free(&back);
	rl_buf_free(&body);
	/* block the remaining call too: finish is no longer "tool calls" */
	items[0].call = 0;
	v.nitems = 1;
	assert_int_equal(rl_codec_rewrite(&r, &v, 0, &e), 0);
	assert_null(r.tool_calls);
	assert_int_equal(r.finish, RL_FINISH_STOP);
	rl_response_free(&r);
}

/* The guard's path for a streamed Responses answer: the stream to its
 * response object, and a (rewritten) object back to typed events, ids
 * kept; a stream without its terminal event is refused. */
static void responses_tree_stream_round_trip(void **st)
{
	rl_response in;
	rl_codec_out o = {"model-x", 11, 0, 4, 1700000000};
	rl_sse_w a, b;
	json_t *calls, *obj, *back = NULL, *back2 = NULL;
	int saw = 0;
	rl_err e;
	(void)st;
	sample(&in);
	calls = rl_codec_calls(in.calls_wire, in.tool_calls, in.tool_calls_len);
	obj = rl_responses_object(&in, &o, calls, "completed");
	rl_sse_w_init(&a);
	assert_int_equal(rl_responses_synth_tree(obj, 4, &a), 0);
	assert_int_equal(rl_responses_sse_tree(a.b.s, a.b.len, &back, &saw, &e), 0);
	assert_false(saw);
	assert_true(json_equal(obj, back));
	/* drop the function calls from the tree and stream it again */
	json_array_remove(json_object_get(back, "output"), 3);
	json_array_remove(json_object_get(back, "output"), 2);
	rl_sse_w_init(&b);
	assert_int_equal(rl_responses_synth_tree(back, 0, &b), 0);
	assert_null(strstr(b.b.s, "send_note"));
	assert_non_null(strstr(b.b.s, "\"id\":\"msg_fake11_1\""));
	assert_int_equal(rl_responses_sse_tree(b.b.s, b.b.len, &back2, &saw, &e), 0);
	assert_true(json_equal(back, back2));
	/* cut before the end: refused */
	json_decref(back2);
	back2 = NULL;
	assert_int_equal(rl_responses_sse_tree(a.b.s, a.cuts[a.ncuts - 2], &back2, &saw, &e),
			 RL_EPROTO);
	assert_null(back2);
	json_decref(back);
	json_decref(obj);
	json_decref(calls);
	rl_sse_w_free(&a);
	rl_sse_w_free(&b);
	rl_response_free(&in);
}

static void deltas_keep_utf8_whole(void **st)
{
	/* "a" + 3-byte euro + 4-byte emoji */
	static const char s[] = "a\xe2\x82\xac\xf0\x9f\x98\x80";
	size_t n = strlen(s);
	(void)st;
	assert_int_equal(rl_codec_piece(s, n, 0, 2), 1); /* not into the euro */
	assert_int_equal(rl_codec_piece(s, n, 1, 2), 3); /* one whole sequence */
	assert_int_equal(rl_codec_piece(s, n, 1, 7), 7);
	assert_int_equal(rl_codec_piece(s, n, 4, 24), 4);
}

/* An answer with no text at all (the fuzz finding of fuzz_responses_resp:
 * an `incomplete` Responses answer whose only content part has a type the
 * codec does not know decodes to an empty text) renders and streams back
 * as an empty text in every wire: the Anthropic stream used to carry one
 * text delta holding the byte past the end of the empty text ("\u0000"). */
static void empty_text_round_trip(void **st)
{
	static const int wires[] = {RL_WIRE_OPENAI, RL_WIRE_ANTHROPIC, RL_WIRE_GEMINI,
				    RL_WIRE_RESPONSES};
	static const char body[] =
		"{\"status\":\"incomplete\",\"incomplete_details\":{\"reason\":\"max_output_tokens\"},"
		"\"output\":[{\"type\":\"message\",\"content\":[{\"type\":\"hologram\",\"text\":\"x\"}]}]}";
	rl_codec_out o = {"m", 1, 1, 7, 0};
	rl_response in;
	rl_err e;
	size_t w;
	(void)st;
	rl_response_init(&in);
	assert_int_equal(rl_provider_decode(RL_WIRE_RESPONSES, 200, body, sizeof body - 1, &in, &e),
			 0);
	/* an unknown part is not answer text: the codec leaves it out */
	assert_int_equal(in.text_len, 0);
	assert_int_equal(in.finish, RL_FINISH_LENGTH);
	assert_int_equal(rl_codec_piece("", 0, 0, 24), 0);
	for (w = 0; w < 4; w++) {
		rl_buf b = RL_BUF_INIT;
		rl_sse_w sw;
		rl_response r;
		rl_stream *s;
		assert_int_equal(rl_codec_render(wires[w], &in, &o, &b), 0);
		rl_response_init(&r);
		assert_int_equal(rl_provider_decode(wires[w], 200, b.s, b.len, &r, &e), 0);
		assert_int_equal(r.text_len, 0);
		rl_response_free(&r);
		rl_buf_free(&b);
		rl_sse_w_init(&sw);
		assert_int_equal(rl_codec_synth(wires[w], &in, &o, &sw), 0);
		assert_null(strstr(sw.b.s, "\\u0000"));
		assert_int_equal(rl_stream_new(wires[w], &s, &e), 0);
		assert_int_equal(rl_stream_feed(s, sw.b.s, sw.b.len, &e), 0);
		rl_response_init(&r);
		assert_int_equal(rl_stream_finish(s, &r, &e), 0);
		assert_int_equal(r.text_len, 0);
		rl_response_free(&r);
		rl_stream_free(s);
		rl_sse_w_free(&sw);
	}
	rl_response_free(&in);
}

/* The guard does not release what it cannot read: a message content part
 * of an unknown type may carry answer text the policy would not see, so
 * the guard's reader refuses the answer (the proxy withholds it, 502),
 * whole or streamed. */
/* A call is read by its wire's rules, whatever other members it carries:
 * a tool_use block or a function_call item with a stray "function" or
 * "call_id" member keeps the arguments the guard reads (found by
 * fuzz_codec_diff: the calls were read by the element's shape). */
static void calls_read_by_wire(void **st)
{
	static const struct {
		int wire;
		const char *body;
	} cases[] = {
		{RL_WIRE_ANTHROPIC,
		 "{\"content\":[{\"type\":\"tool_use\",\"id\":\"a\",\"name\":\"f\","
		 "\"input\":{\"x\":1},\"call_id\":\"z\"}]}"},
		{RL_WIRE_ANTHROPIC,
		 "{\"content\":[{\"type\":\"tool_use\",\"id\":\"a\",\"name\":\"f\","
		 "\"input\":{\"x\":1},\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}"},
		{RL_WIRE_ANTHROPIC,
		 "{\"content\":[{\"type\":\"tool_use\",\"id\":\"a\",\"name\":\"f\","
		 "\"input\":{\"x\":1},\"functionCall\":{\"name\":\"f\",\"args\":{}}}]}"},
		{RL_WIRE_RESPONSES,
		 "{\"output\":[{\"type\":\"function_call\",\"call_id\":\"a\",\"name\":\"f\","
		 "\"arguments\":\"{\\\"x\\\":1}\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}"},
	};
	size_t i;
	(void)st;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		rl_response r;
		rl_err e;
		json_t *c, *a;
		rl_response_init(&r);
		assert_int_equal(rl_provider_decode(cases[i].wire, 200, cases[i].body,
						    strlen(cases[i].body), &r, &e),
				 0);
		assert_int_equal(r.calls_wire, cases[i].wire);
		c = rl_codec_calls(r.calls_wire, r.tool_calls, r.tool_calls_len);
		assert_int_equal(json_array_size(c), 1);
		a = rl_codec_args_obj(json_array_get(c, 0));
		assert_int_equal(rl_json_long(a, "x", 0), 1);
		json_decref(a);
		json_decref(c);
		rl_response_free(&r);
	}
}

static void guard_refuses_unknown_part(void **st)
{
	static const char body[] =
		"{\"id\":\"resp_1\",\"object\":\"response\",\"status\":\"completed\",\"output\":"
		"[{\"type\":\"message\",\"id\":\"msg_1\",\"role\":\"assistant\",\"content\":"
		"[{\"type\":\"hologram\",\"text\":\"unseen words\"}]}]}";
	gw_resp r;
	rl_err e;
	rl_sse_w sw;
	json_t *root = json_loads(body, 0, NULL);
	int saw = 0;
	(void)st;
	assert_int_not_equal(gw_resp_read(RL_GUARD_RESPONSES, body, sizeof body - 1, &r, &e), 0);
	assert_non_null(strstr(e.msg, "is not a text part"));
	rl_sse_w_init(&sw);
	assert_int_equal(rl_responses_synth_tree(root, 4, &sw), 0);
	assert_int_not_equal(gw_resp_parse_sse(RL_GUARD_RESPONSES, sw.b.s, sw.b.len, &r, &saw, &e),
			     0);
	rl_sse_w_free(&sw);
	json_decref(root);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(render_decode_round_trip),
		cmocka_unit_test(synth_accumulate_round_trip),
		cmocka_unit_test(tree_synth_whole_deltas),
		cmocka_unit_test(responses_decode_shapes),
		cmocka_unit_test(responses_stream_failures),
		cmocka_unit_test(responses_encode),
		cmocka_unit_test(openai_precomputed_parts),
		cmocka_unit_test(rewrite_then_render),
		cmocka_unit_test(responses_tree_stream_round_trip),
		cmocka_unit_test(deltas_keep_utf8_whole),
		cmocka_unit_test(empty_text_round_trip),
		cmocka_unit_test(guard_refuses_unknown_part),
		cmocka_unit_test(calls_read_by_wire),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
