/* openai.c: the OpenAI Chat Completions codec, used for OpenAI and every
 * OpenAI-compatible host (OpenRouter, Together, DeepSeek, xAI, Groq, vLLM,
 * SGLang, llama.cpp, Ollama). Reasoning text is kept apart from the answer
 * whichever way a server returns it: `reasoning_content` (DeepSeek, vLLM),
 * `reasoning` (OpenRouter, newer vLLM), or a leading <think>...</think>
 * block in the content (R1-style models served raw). */
#include "provider/internal.h"
#include "provider/jsonw.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

int rl_openai_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr,
		     rl_buf *body, rl_err *e)
{
	const rl_model_spec *m = rq->model;
	json_t *extra = NULL, *tools = NULL;
	int first = 1, rc;
	size_t i;

	if ((rc = rl_jw_parse_extra(rq->extra_body_json, &extra, e)) ||
	    (rc = rl_json_tools(rq->tools_json, &tools, e)))
		goto out;
	rc = rl_buf_addc(body, '{');
	if (!RL_JW_OVERRIDDEN(extra, "model"))
		rc |= rl_jw_key(body, &first, "model") | rl_jw_str(body, m->model);
	if (!RL_JW_OVERRIDDEN(extra, "messages")) {
		int any = 0;
		rc |= rl_jw_key(body, &first, "messages") | rl_buf_addc(body, '[');
		if (rq->system && *rq->system) {
			rc |= rl_buf_adds(body, "{\"role\":\"system\",\"content\":");
			rc |= rl_jw_str(body, rq->system) | rl_buf_addc(body, '}');
			any = 1;
		}
		for (i = 0; i < rq->nmessages; i++) {
			if (any)
				rc |= rl_buf_addc(body, ',');
			any = 1;
			if (rq->messages[i].raw_json) { /* a tool-use turn, already in this wire's form */
				rc |= rl_buf_adds(body, rq->messages[i].raw_json);
				continue;
			}
			rc |= rl_buf_adds(body, "{\"role\":");
			rc |= rl_jw_str(body, rq->messages[i].role ? rq->messages[i].role : "user");
			rc |= rl_buf_adds(body, ",\"content\":");
			rc |= rl_jw_str(body, rq->messages[i].content ? rq->messages[i].content : "");
			rc |= rl_buf_addc(body, '}');
		}
		rc |= rl_buf_addc(body, ']');
	}
	if (m->reasoning) {
		/* o1/o3/o4/gpt-5 reject temperature and max_tokens. */
		if (rq->max_tokens > 0 && !RL_JW_OVERRIDDEN(extra, "max_completion_tokens"))
			rc |= rl_jw_key(body, &first, "max_completion_tokens") |
			      rl_buf_addf(body, "%d", rq->max_tokens);
	} else {
		if (rq->temperature >= 0 && !RL_JW_OVERRIDDEN(extra, "temperature"))
			rc |= rl_jw_key(body, &first, "temperature") |
			      rl_jw_double(body, rq->temperature);
		if (rq->max_tokens > 0 && !RL_JW_OVERRIDDEN(extra, "max_tokens"))
			rc |= rl_jw_key(body, &first, "max_tokens") |
			      rl_buf_addf(body, "%d", rq->max_tokens);
	}
	if (rq->thinking_budget > 0 && !strcmp(m->provider, "openrouter") &&
	    !RL_JW_OVERRIDDEN(extra, "reasoning"))
		rc |= rl_jw_key(body, &first, "reasoning") |
		      rl_buf_addf(body, "{\"max_tokens\":%d}", rq->thinking_budget);
	if (tools && !RL_JW_OVERRIDDEN(extra, "tools"))
		rc |= rl_jw_key(body, &first, "tools") | rl_jw_value(body, tools);
	rc |= rl_jw_extra_tail(body, &first, extra);
	rc |= rl_buf_addc(body, '}');
	rc |= rl_buf_addf(url, "%s/chat/completions", m->base_url);
	rc |= rl_enc_headers(hdr, "Content-Type: application/json\n", "Authorization: Bearer ", key, rq);
	if (rc)
		rc = rl_err_set(e, RL_ENOMEM, "out of memory encoding a request");
out:
	json_decref(extra);
	json_decref(tools);
	return rc;
}

/* Content may be a string or (some servers) an array of {type:text,text}. */
static int take_content(const json_t *c, rl_response *out)
{
	size_t i;
	json_t *part;
	if (json_is_string(c))
		return rl_resp_set(&out->text, &out->text_len, json_string_value(c),
				   json_string_length(c));
	if (!json_is_array(c))
		return 0;
	json_array_foreach(c, i, part) {
		json_t *t = json_object_get(part, "text");
		if (json_is_string(t) &&
		    rl_resp_append(&out->text, &out->text_len, json_string_value(t),
				   json_string_length(t)))
			return RL_ENOMEM;
	}
	return 0;
}

/* Move a leading <think>...</think> block from the answer to reasoning. */
static int split_think(rl_response *out)
{
	const char *s = out->text, *end;
	size_t skip = 0, rlen, rest;
	char *t;
	if (!s)
		return 0;
	while (skip < out->text_len && isspace((unsigned char)s[skip]))
		skip++;
	if (out->text_len - skip < 7 || memcmp(s + skip, "<think>", 7))
		return 0;
	end = memmem(s + skip + 7, out->text_len - skip - 7, "</think>", 8);
	if (!end)
		return 0;
	rlen = (size_t)(end - (s + skip + 7));
	if (!out->reasoning &&
	    rl_resp_set(&out->reasoning, &out->reasoning_len, s + skip + 7, rlen))
		return RL_ENOMEM;
	end += 8;
	while (end < s + out->text_len && isspace((unsigned char)*end))
		end++;
	rest = (size_t)(s + out->text_len - end);
	t = malloc(rest + 1);
	if (!t)
		return RL_ENOMEM;
	memcpy(t, end, rest);
	t[rest] = '\0';
	free(out->text);
	out->text = t;
	out->text_len = rest;
	return 0;
}

int rl_openai_decode_json(const json_t *root, rl_response *out, rl_err *e)
{
	json_t *choices = json_object_get(root, "choices"), *ch, *msg, *v, *usage;
	const char *s;

	if ((s = rl_json_str(root, "model")))
		snprintf(out->model_reported, sizeof out->model_reported, "%s", s);
	usage = json_object_get(root, "usage");
	if (json_is_object(usage)) {
		json_t *d = json_object_get(usage, "completion_tokens_details");
		out->input_tokens = rl_json_long(usage, "prompt_tokens", -1);
		out->output_tokens = rl_json_long(usage, "completion_tokens", -1);
		if (json_is_object(d))
			out->reasoning_tokens = rl_json_long(d, "reasoning_tokens", -1);
	}
	ch = json_array_get(choices, 0);
	if (!json_is_object(ch)) {
		rl_resp_fail(out, RL_EPROTO, 1, "OpenAI response without choices");
		return rl_err_set(e, RL_EPROTO, "%s", out->error_msg);
	}
	s = rl_json_str(ch, "finish_reason");
	out->finish = rl_finish_from_openai(s);
	snprintf(out->finish_raw, sizeof out->finish_raw, "%s", s ? s : "");
	msg = json_object_get(ch, "message");
	if (!json_is_object(msg)) {
		rl_resp_fail(out, RL_EPROTO, 1, "OpenAI choice without a message");
		return rl_err_set(e, RL_EPROTO, "%s", out->error_msg);
	}
	if (take_content(json_object_get(msg, "content"), out))
		goto nomem;
	if ((!out->text || !out->text_len) && (s = rl_json_str(msg, "refusal")) &&
	    rl_resp_set(&out->text, &out->text_len, s, strlen(s)))
		goto nomem;
	v = json_object_get(msg, "reasoning_content");
	if (!json_is_string(v) || !json_string_length(v))
		v = json_object_get(msg, "reasoning");
	if (json_is_string(v) && json_string_length(v) &&
	    rl_resp_set(&out->reasoning, &out->reasoning_len, json_string_value(v),
			json_string_length(v)))
		goto nomem;
	if (split_think(out))
		goto nomem;
	v = json_object_get(msg, "tool_calls");
	if (json_is_array(v) && json_array_size(v) &&
	    rl_resp_set_json(&out->tool_calls, &out->tool_calls_len, v))
		goto nomem;
	return 0;
nomem:
	return rl_err_set(e, RL_ENOMEM, "out of memory decoding a response");
}
