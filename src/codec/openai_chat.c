/* openai.c: the OpenAI Chat Completions codec, used for OpenAI and every
 * OpenAI-compatible host (OpenRouter, Together, DeepSeek, xAI, Groq, vLLM,
 * SGLang, llama.cpp, Ollama). Reasoning text is kept apart from the answer
 * whichever way a server returns it: `reasoning_content` (DeepSeek, vLLM),
 * `reasoning` (OpenRouter, newer vLLM), or a leading <think>...</think>
 * block in the content (R1-style models served raw). */
#include "base/jsonr.h"
#include "codec/codec.h"
#include "codec/jsonw.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

int rl_openai_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr, rl_buf *body,
		     rl_err *e)
{
	const rl_model_spec *m = rq->model;
	json_t *extra = NULL, *tools = NULL;
	const char *tj = rq->tools_json;
	size_t tl = tj ? strlen(tj) : 0;
	int first = 1, rc;

	/* Tools already in this wire's form go in as given: a conversation
	 * sends the same array every turn, and parsing and re-serialising it
	 * cost more than writing the rest of the body. Checked without a tree;
	 * anything else gets jansson's error. */
	while (tl && isspace((unsigned char)*tj))
		tj++, tl--;
	if (tl && (*tj != '[' || (!rq->tools_valid && !rl_json_valid(tj, tl, 0))))
		tl = 0;
	if ((rc = rl_jw_parse_extra(rq->extra_body_json, &extra, e)) ||
	    (!tl && (rc = rl_json_tools(rq->tools_json, &tools, e))))
		goto out;
	rc = rl_buf_addc(body, '{');
	if (!RL_JW_OVERRIDDEN(extra, "model"))
		rc |= rl_jw_key(body, &first, "model") | rl_jw_str(body, m->model);
	if (!RL_JW_OVERRIDDEN(extra, "messages")) {
		int any = 0;
		rc |= rl_jw_key(body, &first, "messages") | rl_buf_addc(body, '[');
		if (rq->system && *rq->system) {
			rc |= rl_buf_adds(body, "{\"role\":\"system\",\"content\":");
			rc |= (rq->system_json ? rl_buf_adds(body, rq->system_json)
					       : rl_jw_str(body, rq->system)) |
			      rl_buf_addc(body, '}');
			any = 1;
		}
		rc |= rl_enc_role_messages(body, rq, any);
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
	if ((tl || tools) && !RL_JW_OVERRIDDEN(extra, "tools"))
		rc |= rl_jw_key(body, &first, "tools") |
		      (tl ? rl_buf_add(body, tj, tl) : rl_jw_value(body, tools));
	rc |= rl_jw_extra_tail(body, &first, extra);
	rc |= rl_buf_addc(body, '}');
	rc |= rl_buf_addf(url, "%s/chat/completions", m->base_url);
	rc |= rl_enc_headers(hdr, "Content-Type: application/json\n", "Authorization: Bearer ", key,
			     rq);
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
	{
		/* the legacy single call (`functions` in the request) is a call
		 * too, first, as the guard's reader takes it */
		json_t *fc = json_object_get(msg, "function_call"), *all;
		if (json_is_object(fc)) {
			all = json_pack("[{s:s,s:s,s:O}]", "id", "", "type", "function", "function",
					fc);
			if (!all || (json_is_array(v) && json_array_extend(all, v)) ||
			    rl_resp_set_json(&out->tool_calls, &out->tool_calls_len, all)) {
				json_decref(all);
				goto nomem;
			}
			json_decref(all);
			return 0;
		}
	}
	if (json_is_array(v) && json_array_size(v) &&
	    rl_resp_set_json(&out->tool_calls, &out->tool_calls_len, v))
		goto nomem;
	return 0;
nomem:
	return rl_err_set(e, RL_ENOMEM, "out of memory decoding a response");
}

/* ---- stream accumulation: one chat.completion.chunk ---- */

int rl_openai_stream_event(rl_stream *s, const json_t *root)
{
	json_t *ch, *delta, *usage, *tc, *c;
	const char *str;
	size_t i;

	if ((str = rl_json_str(root, "model")))
		snprintf(s->r.model_reported, sizeof s->r.model_reported, "%s", str);
	if (json_object_get(root, "error")) {
		rl_resp_api_error(&s->r, 200, root, NULL, 0);
		s->failed = 1;
		return 0;
	}
	usage = json_object_get(root, "usage");
	if (json_is_object(usage)) {
		json_t *d = json_object_get(usage, "completion_tokens_details");
		s->r.input_tokens = rl_json_long(usage, "prompt_tokens", -1);
		s->r.output_tokens = rl_json_long(usage, "completion_tokens", -1);
		if (json_is_object(d))
			s->r.reasoning_tokens = rl_json_long(d, "reasoning_tokens", -1);
	}
	ch = json_array_get(json_object_get(root, "choices"), 0);
	if (!json_is_object(ch))
		return 0;
	if ((str = rl_json_str(ch, "finish_reason"))) {
		s->r.finish = rl_finish_from_openai(str);
		snprintf(s->r.finish_raw, sizeof s->r.finish_raw, "%s", str);
	}
	delta = json_object_get(ch, "delta");
	if (!json_is_object(delta))
		return 0;
	if (rl_stream_add_str(&s->r.text, &s->r.text_len, json_object_get(delta, "content")) ||
	    rl_stream_add_str(&s->r.reasoning, &s->r.reasoning_len,
			      json_object_get(delta, "reasoning_content")) ||
	    rl_stream_add_str(&s->r.reasoning, &s->r.reasoning_len,
			      json_object_get(delta, "reasoning")))
		return RL_ENOMEM;
	tc = json_object_get(delta, "tool_calls");
	json_array_foreach(tc, i, c) {
		long idx = rl_json_long(c, "index", (long)i);
		json_t *slot, *fn = json_object_get(c, "function"), *args;
		if (idx < 0 || idx >= RL_STREAM_MAX_PARTS)
			continue;
		while ((long)json_array_size(s->calls) <= idx)
			json_array_append_new(s->calls, json_pack("{s:s,s:s,s:{s:s,s:s}}", "id", "",
								  "type", "function", "function",
								  "name", "", "arguments", ""));
		slot = json_array_get(s->calls, (size_t)idx);
		if ((str = rl_json_str(c, "id")))
			json_object_set_new(slot, "id", json_string(str));
		if (json_is_object(fn)) {
			json_t *sf = json_object_get(slot, "function");
			if ((str = rl_json_str(fn, "name"))) {
				/* Names arrive whole in practice; append to be safe. */
				rl_buf nb = RL_BUF_INIT;
				rl_buf_adds(&nb, rl_json_str(sf, "name"));
				rl_buf_adds(&nb, str);
				json_object_set_new(sf, "name", json_stringn(nb.s, nb.len));
				rl_buf_free(&nb);
			}
			args = json_object_get(fn, "arguments");
			if (json_is_string(args) &&
			    rl_buf_add(&s->partial[idx], json_string_value(args),
				       json_string_length(args)))
				return RL_ENOMEM;
			if (idx + 1 > s->nparts)
				s->nparts = (int)idx + 1;
		}
	}
	return 0;
}

/* The tool_call slots with their accumulated arguments. */
int rl_openai_stream_calls(rl_stream *s)
{
	int i;
	for (i = 0; i < (int)json_array_size(s->calls); i++) {
		json_t *fn = json_object_get(json_array_get(s->calls, (size_t)i), "function");
		json_object_set_new(fn, "arguments",
				    json_stringn(s->partial[i].s, s->partial[i].len));
	}
	if (json_array_size(s->calls))
		return rl_resp_set_json(&s->r.tool_calls, &s->r.tool_calls_len, s->calls);
	return 0;
}

/* ---- rendering: chat.completion and chat.completion.chunk ---- */

static json_t *usage_openai(const rl_response *rs)
{
	long in = rs->input_tokens > 0 ? rs->input_tokens : 1;
	long out = rs->output_tokens > 0 ? rs->output_tokens : 1;
	long rt = rs->reasoning_len ? (long)(rs->reasoning_len / 4) + 1 : 0;
	return json_pack("{s:I,s:I,s:I,s:{s:I}}", "prompt_tokens", (json_int_t)in,
			 "completion_tokens", (json_int_t)out, "total_tokens",
			 (json_int_t)(in + out), "completion_tokens_details", "reasoning_tokens",
			 (json_int_t)rt);
}

/* Neutral calls -> the tool_calls array. */
static json_t *openai_calls(const json_t *calls)
{
	json_t *out = json_array(), *c;
	size_t i;
	json_array_foreach(calls, i, c) {
		const char *id = rl_json_str(c, "id");
		char fid[40];
		if (!id || !*id) {
			snprintf(fid, sizeof fid, "call_%zu", i);
			id = fid;
		}
		json_array_append_new(out, json_pack("{s:s,s:s,s:{s:O,s:O}}", "id", id, "type",
						     "function", "function", "name",
						     json_object_get(c, "name"), "arguments",
						     json_object_get(c, "arguments")));
	}
	return out;
}

static int dump_to(json_t *v, rl_buf *out)
{
	char *s = v ? json_dumps(v, JSON_COMPACT) : NULL;
	int rc = s ? rl_buf_adds(out, s) : RL_ENOMEM;
	free(s);
	json_decref(v);
	return rc ? RL_ENOMEM : 0;
}

static json_t *openai_object(const rl_response *rs, const rl_codec_out *o, json_t *calls)
{
	json_t *msg = json_pack("{s:s,s:s%,s:n}", "role", "assistant", "content",
				rs->text ? rs->text : "", rs->text_len, "refusal");
	char id[48];
	if (!msg)
		return NULL;
	if (rs->reasoning)
		json_object_set_new(msg, "reasoning_content",
				    json_stringn(rs->reasoning, rs->reasoning_len));
	if (json_array_size(calls))
		json_object_set_new(msg, "tool_calls", openai_calls(calls));
	snprintf(id, sizeof id, "chatcmpl-fake%llu", o->seq);
	return json_pack("{s:s,s:s,s:I,s:s,s:[{s:i,s:o,s:n,s:s}],s:o,s:n}", "id", id, "object",
			 "chat.completion", "created", (json_int_t)o->created, "model", o->model,
			 "choices", "index", 0, "message", msg, "logprobs", "finish_reason",
			 rl_finish_name(rs->finish), "usage", usage_openai(rs),
			 "system_fingerprint");
}

int rl_openai_render(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_buf *out)
{
	return dump_to(openai_object(rs, o, calls), out);
}

int rl_openai_synth(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_sse_w *w)
{
	json_t *root = openai_object(rs, o, calls);
	int rc;
	if (!root)
		return RL_ENOMEM;
	if (!o->include_usage) /* asked for with stream_options.include_usage */
		json_object_del(root, "usage");
	rc = rl_openai_synth_tree(root, o->chunk ? o->chunk : 24, w);
	json_decref(root);
	return rc;
}

/* A chunk around `choices` (stolen): the completion's other members,
 * usage excepted, and object chat.completion.chunk. */
static json_t *oa_chunk(const json_t *root, json_t *choices)
{
	json_t *c = json_object(), *v;
	const char *k;
	if (!c || !choices) {
		json_decref(c);
		json_decref(choices);
		return NULL;
	}
	json_object_foreach((json_t *)root, k, v) {
		if (!strcmp(k, "choices") || !strcmp(k, "usage") || !strcmp(k, "object"))
			continue;
		json_object_set(c, k, v);
	}
	json_object_set_new(c, "object", json_string("chat.completion.chunk"));
	json_object_set_new(c, "choices", choices);
	return c;
}

/* The text members a message streams as deltas, in the order servers send
 * them (reasoning before the answer). */
static const char *const streamed[] = {"reasoning_content", "reasoning", "content", "refusal",
				       NULL};

static int is_streamed(const char *k)
{
	size_t i;
	for (i = 0; streamed[i]; i++)
		if (!strcmp(k, streamed[i]))
			return 1;
	return 0;
}

/* One chunk: choice `ci` with `delta` (stolen) and a finish reason. */
static void oa_delta(rl_sse_w *w, const json_t *root, json_int_t ci, json_t *delta, json_t *fin)
{
	if (!delta) {
		w->oom = 1;
		return;
	}
	rl_sse_w_event(w, NULL,
		       oa_chunk(root, json_pack("[{s:I,s:o,s:O}]", "index", ci, "delta", delta,
						"finish_reason", fin ? fin : json_null())));
}

int rl_openai_synth_tree(const json_t *root, size_t chunk, rl_sse_w *w)
{
	json_t *choices = json_object_get(root, "choices"), *ch, *usage;
	size_t i, j, k, pl;

	if (!json_is_array(choices))
		return RL_EINVAL;
	json_array_foreach(choices, i, ch) {
		json_t *msg = json_object_get(ch, "message"), *delta, *tcs, *tc, *v;
		json_t *idx = json_object_get(ch, "index");
		json_int_t ci = json_is_integer(idx) ? json_integer_value(idx) : (json_int_t)i;
		const char *key;
		delta = json_pack("{s:s}", "role", "assistant");
		json_object_foreach(msg, key, v) {
			if (strcmp(key, "role") && strcmp(key, "tool_calls") && !json_is_null(v) &&
			    (!chunk || !is_streamed(key) || !json_is_string(v)))
				json_object_set(delta, key, v);
		}
		if (delta && !json_object_get(delta, "content"))
			json_object_set_new(delta, "content", json_string(""));
		oa_delta(w, root, ci, delta, NULL);
		for (j = 0; chunk && streamed[j]; j++) {
			const char *t;
			size_t n;
			v = json_object_get(msg, streamed[j]);
			if (!json_is_string(v))
				continue;
			t = json_string_value(v);
			n = json_string_length(v);
			for (k = 0; k < n; k += pl) {
				pl = rl_codec_piece(t, n, k, chunk);
				oa_delta(w, root, ci, json_pack("{s:s%}", streamed[j], t + k, pl),
					 NULL);
			}
		}
		tcs = json_object_get(msg, "tool_calls");
		json_array_foreach(tcs, j, tc) {
			json_t *fn = json_object_get(tc, "function");
			json_t *args = json_object_get(fn, "arguments");
			json_t *t = json_deep_copy(tc);
			if (!t) {
				w->oom = 1;
				break;
			}
			json_object_set_new(t, "index", json_integer((json_int_t)j));
			if (chunk && json_is_string(args)) {
				/* the call's head, then its arguments in pieces */
				const char *a = json_string_value(args);
				size_t n = json_string_length(args);
				json_object_set_new(json_object_get(t, "function"), "arguments",
						    json_string(""));
				oa_delta(w, root, ci, json_pack("{s:[o]}", "tool_calls", t), NULL);
				for (k = 0; k < n; k += pl) {
					pl = rl_codec_piece(a, n, k, chunk);
					oa_delta(w, root, ci,
						 json_pack("{s:[{s:I,s:{s:s%}}]}", "tool_calls",
							   "index", (json_int_t)j, "function",
							   "arguments", a + k, pl),
						 NULL);
				}
			} else {
				oa_delta(w, root, ci, json_pack("{s:[o]}", "tool_calls", t), NULL);
			}
		}
		oa_delta(w, root, ci, json_object(), json_object_get(ch, "finish_reason"));
	}
	usage = json_object_get(root, "usage");
	if (usage && !json_is_null(usage)) {
		json_t *c = oa_chunk(root, json_array());
		if (c)
			json_object_set(c, "usage", usage);
		rl_sse_w_event(w, NULL, c);
	}
	rl_sse_w_done(w);
	return w->oom ? RL_ENOMEM : 0;
}
