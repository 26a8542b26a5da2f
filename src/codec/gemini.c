/* gemini.c: the Google Gemini generateContent codec
 * (POST {base}/v1beta/models/{model}:generateContent, x-goog-api-key).
 * The system prompt goes to `systemInstruction`, not into `contents`;
 * thought parts (`thought: true`) are kept apart from the answer, and
 * `functionCall` parts become the native tool-call array. */
#include "codec/codec.h"
#include "codec/jsonw.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* OpenAI-style tools -> [{functionDeclarations: [{name, description, parameters}]}]. */
static json_t *convert_tools(const json_t *tools)
{
	json_t *decls = json_array(), *t;
	size_t i;
	json_array_foreach(tools, i, t) {
		json_t *f = json_object_get(t, "function"), *o = json_object();
		const char *k;
		json_t *v;
		if (!json_is_object(f))
			f = t;
		json_object_foreach(f, k, v)
			if (!strcmp(k, "name") || !strcmp(k, "description") ||
			    !strcmp(k, "parameters"))
				json_object_set(o, k, v);
		json_array_append_new(decls, o);
	}
	return json_pack("[{s:o}]", "functionDeclarations", decls);
}

static int text_parts(rl_buf *b, const char *s, size_t n)
{
	return rl_buf_adds(b, "[{\"text\":") | rl_jw_strn(b, s, n) | rl_buf_adds(b, "}]");
}

int rl_gemini_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr, rl_buf *body,
		     rl_err *e)
{
	const rl_model_spec *m = rq->model;
	const char *model = m->model;
	json_t *extra = NULL, *tools = NULL;
	rl_buf sys = RL_BUF_INIT;
	int first = 1, any = 0, rc;
	size_t i;

	if (!strncmp(model, "models/", 7))
		model += 7;
	for (i = 0; model[i]; i++)
		if (!isalnum((unsigned char)model[i]) && !strchr("-._", model[i]))
			return rl_err_set(e, RL_EINVAL,
					  "model %s: a Gemini model id has only letters, "
					  "digits, '-', '.' and '_'",
					  m->id);
	if ((rc = rl_jw_parse_extra(rq->extra_body_json, &extra, e)) ||
	    (rc = rl_json_tools(rq->tools_json, &tools, e)))
		goto out;
	rc |= rl_enc_system(rq, &sys);
	rc |= rl_buf_addc(body, '{');
	if (sys.len && !RL_JW_OVERRIDDEN(extra, "systemInstruction"))
		rc |= rl_jw_key(body, &first, "systemInstruction") |
		      rl_buf_adds(body, "{\"parts\":") | text_parts(body, sys.s, sys.len) |
		      rl_buf_addc(body, '}');
	if (!RL_JW_OVERRIDDEN(extra, "contents")) {
		rc |= rl_jw_key(body, &first, "contents") | rl_buf_addc(body, '[');
		for (i = 0; i < rq->nmessages; i++) {
			const char *role = rq->messages[i].role ? rq->messages[i].role : "user";
			const char *c = rq->messages[i].content ? rq->messages[i].content : "";
			if (!strcmp(role, "system"))
				continue;
			if (any)
				rc |= rl_buf_addc(body, ',');
			any = 1;
			if (rq->messages[i]
				    .raw_json) { /* a tool-use turn, already in this wire's form */
				rc |= rl_buf_adds(body, rq->messages[i].raw_json);
				continue;
			}
			rc |= rl_buf_addf(body, "{\"role\":\"%s\",\"parts\":",
					  strcmp(role, "assistant") ? "user" : "model");
			rc |= text_parts(body, c, strlen(c)) | rl_buf_addc(body, '}');
		}
		rc |= rl_buf_addc(body, ']');
	}
	if (!RL_JW_OVERRIDDEN(extra, "generationConfig") &&
	    (rq->temperature >= 0 || rq->max_tokens > 0 || rq->thinking_budget > 0 ||
	     rq->thinking_budget == RL_THINK_DYNAMIC)) {
		int gfirst = 1;
		rc |= rl_jw_key(body, &first, "generationConfig") | rl_buf_addc(body, '{');
		if (rq->temperature >= 0)
			rc |= rl_jw_key(body, &gfirst, "temperature") |
			      rl_jw_double(body, rq->temperature);
		if (rq->max_tokens > 0)
			rc |= rl_jw_key(body, &gfirst, "maxOutputTokens") |
			      rl_buf_addf(body, "%d", rq->max_tokens);
		if (rq->thinking_budget > 0 || rq->thinking_budget == RL_THINK_DYNAMIC)
			rc |= rl_jw_key(body, &gfirst, "thinkingConfig") |
			      rl_buf_addf(body, "{\"thinkingBudget\":%d,\"includeThoughts\":true}",
					  rq->thinking_budget > 0 ? rq->thinking_budget : -1);
		rc |= rl_buf_addc(body, '}');
	}
	if (tools && !RL_JW_OVERRIDDEN(extra, "tools")) {
		json_t *conv = convert_tools(tools);
		rc |= rl_jw_key(body, &first, "tools") | rl_jw_value(body, conv);
		json_decref(conv);
	}
	rc |= rl_jw_extra_tail(body, &first, extra);
	rc |= rl_buf_addc(body, '}');
	rc |= rl_buf_addf(url, "%s/v1beta/models/%s:generateContent", m->base_url, model);
	rc |= rl_enc_headers(hdr, "Content-Type: application/json\n", "x-goog-api-key: ", key, rq);
	if (rc)
		rc = rl_err_set(e, RL_ENOMEM, "out of memory encoding a request");
out:
	rl_buf_free(&sys);
	json_decref(extra);
	json_decref(tools);
	return rc;
}

int rl_gemini_decode_json(const json_t *root, rl_response *out, rl_err *e)
{
	json_t *cands = json_object_get(root, "candidates"), *cand, *parts, *part, *usage;
	json_t *calls = NULL;
	const char *s;
	size_t i;

	if ((s = rl_json_str(root, "modelVersion")))
		snprintf(out->model_reported, sizeof out->model_reported, "%s", s);
	usage = json_object_get(root, "usageMetadata");
	if (json_is_object(usage)) {
		long c = rl_json_long(usage, "candidatesTokenCount", -1);
		long t = rl_json_long(usage, "thoughtsTokenCount", -1);
		out->input_tokens = rl_json_long(usage, "promptTokenCount", -1);
		out->reasoning_tokens = t;
		out->output_tokens = c < 0 && t < 0 ? -1 : (c > 0 ? c : 0) + (t > 0 ? t : 0);
	}
	cand = json_array_get(cands, 0);
	if (!json_is_object(cand)) {
		json_t *fb = json_object_get(root, "promptFeedback");
		if ((s = rl_json_str(fb, "blockReason"))) {
			/* A blocked prompt is an answer (a filter), not a failure. */
			out->finish = RL_FINISH_FILTER;
			snprintf(out->finish_raw, sizeof out->finish_raw, "%s", s);
			return 0;
		}
		rl_resp_fail(out, RL_EPROTO, 1, "Gemini response without candidates");
		return rl_err_set(e, RL_EPROTO, "%s", out->error_msg);
	}
	s = rl_json_str(cand, "finishReason");
	out->finish = rl_finish_from_gemini(s);
	snprintf(out->finish_raw, sizeof out->finish_raw, "%s", s ? s : "");
	parts = json_object_get(json_object_get(cand, "content"), "parts");
	json_array_foreach(parts, i, part) {
		json_t *t = json_object_get(part, "text");
		if (json_object_get(part, "functionCall")) {
			if (!calls && !(calls = json_array()))
				goto nomem;
			json_array_append(calls, part);
		} else if (rl_resp_add_part(out, json_is_true(json_object_get(part, "thought")),
					    t)) {
			goto nomem;
		}
	}
	if (calls) {
		if (rl_resp_take_calls(out, calls))
			return rl_err_set(e, RL_ENOMEM, "out of memory decoding a response");
		if (out->finish == RL_FINISH_STOP)
			out->finish = RL_FINISH_TOOL; /* Gemini says STOP for calls too */
	}
	return 0;
nomem:
	json_decref(calls);
	return rl_err_set(e, RL_ENOMEM, "out of memory decoding a response");
}

/* ---- stream accumulation ---- */

/* Gemini streams send whole GenerateContentResponse objects: decode each
 * and append its pieces. */
int rl_gemini_stream_event(rl_stream *s, const json_t *root)
{
	rl_response part;
	json_t *calls, *c;
	size_t i;
	int rc = 0;

	if (json_object_get(root, "error")) {
		rl_resp_api_error(&s->r, 200, root, NULL, 0);
		s->r.retryable = 1;
		s->failed = 1;
		return 0;
	}
	rl_response_init(&part);
	if (rl_gemini_decode_json(root, &part, NULL)) {
		rl_response_free(&part);
		return 0; /* a chunk without candidates (usage only) */
	}
	if ((part.text && rl_resp_append(&s->r.text, &s->r.text_len, part.text, part.text_len)) ||
	    (part.reasoning && rl_resp_append(&s->r.reasoning, &s->r.reasoning_len, part.reasoning,
					      part.reasoning_len)))
		rc = RL_ENOMEM;
	if (part.tool_calls && (calls = json_loads(part.tool_calls, 0, NULL))) {
		json_array_foreach(calls, i, c)
			json_array_append(s->calls, c);
		json_decref(calls);
	}
	if (part.finish != RL_FINISH_NONE) {
		s->r.finish = part.finish;
		memcpy(s->r.finish_raw, part.finish_raw, sizeof s->r.finish_raw);
		s->done = 1;
	}
	if (part.input_tokens >= 0)
		s->r.input_tokens = part.input_tokens;
	if (part.output_tokens >= 0)
		s->r.output_tokens = part.output_tokens;
	if (part.reasoning_tokens >= 0)
		s->r.reasoning_tokens = part.reasoning_tokens;
	if (part.model_reported[0])
		memcpy(s->r.model_reported, part.model_reported, sizeof s->r.model_reported);
	rl_response_free(&part);
	return rc;
}

/* The parts with a functionCall, as the native call array. */
int rl_gemini_stream_calls(rl_stream *s)
{
	int rc = 0;
	if (json_array_size(s->calls)) {
		rc = rl_resp_set_json(&s->r.tool_calls, &s->r.tool_calls_len, s->calls);
		if (!rc && s->r.finish == RL_FINISH_STOP)
			s->r.finish = RL_FINISH_TOOL;
	}
	return rc;
}

/* ---- rendering: a GenerateContentResponse ---- */

static const char *gem_finish(const rl_response *rs)
{
	switch (rs->finish) {
	case RL_FINISH_LENGTH: return "MAX_TOKENS";
	case RL_FINISH_FILTER: return "SAFETY";
	}
	return "STOP";
}

static json_t *gem_object(const rl_response *rs, const rl_codec_out *o, json_t *calls)
{
	json_t *parts = json_array(), *c;
	long in = rs->input_tokens > 0 ? rs->input_tokens : 1;
	long out = rs->output_tokens > 0 ? rs->output_tokens : 1;
	long th = rs->reasoning_len ? (long)(rs->reasoning_len / 4) + 1 : 0;
	char id[48];
	size_t i;
	if (rs->reasoning)
		json_array_append_new(parts, json_pack("{s:s%,s:b}", "text", rs->reasoning,
						       rs->reasoning_len, "thought", 1));
	if (rs->text_len || !json_array_size(calls))
		json_array_append_new(
			parts, json_pack("{s:s%}", "text", rs->text ? rs->text : "", rs->text_len));
	json_array_foreach(calls, i, c)
		json_array_append_new(parts, json_pack("{s:{s:O,s:o}}", "functionCall", "name",
						       json_object_get(c, "name"), "args",
						       rl_codec_args_obj(c)));
	snprintf(id, sizeof id, "fake%llu", o->seq);
	return json_pack("{s:[{s:{s:o,s:s},s:s,s:i}],s:{s:I,s:I,s:I,s:I},s:s,s:s}", "candidates",
			 "content", "parts", parts, "role", "model", "finishReason", gem_finish(rs),
			 "index", 0, "usageMetadata", "promptTokenCount", (json_int_t)in,
			 "candidatesTokenCount", (json_int_t)out, "totalTokenCount",
			 (json_int_t)(in + out + th), "thoughtsTokenCount", (json_int_t)th,
			 "modelVersion", o->model, "responseId", id);
}

int rl_gemini_render(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_buf *out)
{
	json_t *v = gem_object(rs, o, calls);
	char *s = v ? json_dumps(v, JSON_COMPACT) : NULL;
	int rc = s ? rl_buf_adds(out, s) : RL_ENOMEM;
	free(s);
	json_decref(v);
	return rc ? RL_ENOMEM : 0;
}

/* streamGenerateContent?alt=sse: the whole answer as one chunk (a stream
 * ends when the connection closes, without a sentinel). */
int rl_gemini_synth(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_sse_w *w)
{
	return rl_sse_w_event(w, NULL, gem_object(rs, o, calls));
}
