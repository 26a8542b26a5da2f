/* anthropic.c: the Anthropic Messages codec (POST {base}/v1/messages,
 * x-api-key, anthropic-version: 2023-06-01). Extended thinking is asked for
 * with `thinking: {type: enabled, budget_tokens}` and its `thinking` blocks
 * are kept apart from the answer's `text` blocks; `tool_use` blocks become
 * the native tool-call array. */
#include "codec/codec.h"
#include "codec/jsonw.h"

#include <stdlib.h>
#include <string.h>

#define ANTHROPIC_DEFAULT_MAX_TOKENS 4096

/* OpenAI-style tools -> Anthropic {name, description, input_schema}. */
static json_t *convert_tools(const json_t *tools)
{
	json_t *out = json_array(), *t;
	size_t i;
	json_array_foreach(tools, i, t) {
		json_t *f = json_object_get(t, "function"), *o, *params;
		if (!json_is_object(f))
			f = t; /* already {name, description, input_schema|parameters} */
		o = json_object();
		if (json_object_get(f, "name"))
			json_object_set(o, "name", json_object_get(f, "name"));
		if (json_object_get(f, "description"))
			json_object_set(o, "description", json_object_get(f, "description"));
		params = json_object_get(f, "input_schema");
		if (!params)
			params = json_object_get(f, "parameters");
		if (params)
			json_object_set(o, "input_schema", params);
		else
			json_object_set_new(o, "input_schema",
					    json_pack("{s:s}", "type", "object"));
		json_array_append_new(out, o);
	}
	return out;
}

int rl_anthropic_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr,
			rl_buf *body, rl_err *e)
{
	const rl_model_spec *m = rq->model;
	json_t *extra = NULL, *tools = NULL;
	rl_buf sys = RL_BUF_INIT;
	int max_tokens = rq->max_tokens > 0 ? rq->max_tokens : ANTHROPIC_DEFAULT_MAX_TOKENS;
	int first = 1, any = 0, rc;
	size_t i;

	if ((rc = rl_jw_parse_extra(rq->extra_body_json, &extra, e)) ||
	    (rc = rl_json_tools(rq->tools_json, &tools, e)))
		goto out;
	/* Messages has no system role: such messages join the top-level field. */
	rc |= rl_enc_system(rq, &sys);
	rc |= rl_buf_addc(body, '{');
	if (!RL_JW_OVERRIDDEN(extra, "model"))
		rc |= rl_jw_key(body, &first, "model") | rl_jw_str(body, m->model);
	if (sys.len && !RL_JW_OVERRIDDEN(extra, "system"))
		rc |= rl_jw_key(body, &first, "system") | rl_jw_strn(body, sys.s, sys.len);
	if (!RL_JW_OVERRIDDEN(extra, "messages")) {
		rc |= rl_jw_key(body, &first, "messages") | rl_buf_addc(body, '[');
		for (i = 0; i < rq->nmessages; i++) {
			const char *role = rq->messages[i].role ? rq->messages[i].role : "user";
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
			rc |= rl_buf_adds(body, "{\"role\":") | rl_jw_str(body, role);
			rc |= rl_buf_adds(body, ",\"content\":");
			rc |= rl_jw_str(body,
					rq->messages[i].content ? rq->messages[i].content : "");
			rc |= rl_buf_addc(body, '}');
		}
		rc |= rl_buf_addc(body, ']');
	}
	if (rq->thinking_budget > 0) {
		/* budget_tokens must be below max_tokens; thinking is incompatible
		 * with a changed temperature, so none is sent. */
		if (max_tokens <= rq->thinking_budget)
			max_tokens = rq->thinking_budget + (rq->max_tokens > 0
								    ? rq->max_tokens
								    : ANTHROPIC_DEFAULT_MAX_TOKENS);
		if (!RL_JW_OVERRIDDEN(extra, "thinking"))
			rc |= rl_jw_key(body, &first, "thinking") |
			      rl_buf_addf(body, "{\"type\":\"enabled\",\"budget_tokens\":%d}",
					  rq->thinking_budget);
	} else if (rq->temperature >= 0 && !RL_JW_OVERRIDDEN(extra, "temperature")) {
		rc |= rl_jw_key(body, &first, "temperature") | rl_jw_double(body, rq->temperature);
	}
	if (!RL_JW_OVERRIDDEN(extra, "max_tokens"))
		rc |= rl_jw_key(body, &first, "max_tokens") | rl_buf_addf(body, "%d", max_tokens);
	if (tools && !RL_JW_OVERRIDDEN(extra, "tools")) {
		json_t *conv = convert_tools(tools);
		rc |= rl_jw_key(body, &first, "tools") | rl_jw_value(body, conv);
		json_decref(conv);
	}
	rc |= rl_jw_extra_tail(body, &first, extra);
	rc |= rl_buf_addc(body, '}');
	rc |= rl_buf_addf(url, "%s/v1/messages", m->base_url);
	rc |= rl_enc_headers(hdr, "Content-Type: application/json\nanthropic-version: 2023-06-01\n",
			     "x-api-key: ", key, rq);
	if (rc)
		rc = rl_err_set(e, RL_ENOMEM, "out of memory encoding a request");
out:
	rl_buf_free(&sys);
	json_decref(extra);
	json_decref(tools);
	return rc;
}

int rl_anthropic_decode_json(const json_t *root, rl_response *out, rl_err *e)
{
	json_t *content = json_object_get(root, "content"), *blk, *usage, *calls = NULL;
	const char *s;
	size_t i;

	if ((s = rl_json_str(root, "model")))
		snprintf(out->model_reported, sizeof out->model_reported, "%s", s);
	s = rl_json_str(root, "stop_reason");
	out->finish = rl_finish_from_anthropic(s);
	snprintf(out->finish_raw, sizeof out->finish_raw, "%s", s ? s : "");
	usage = json_object_get(root, "usage");
	if (json_is_object(usage)) {
		out->input_tokens = rl_json_long(usage, "input_tokens", -1);
		out->output_tokens = rl_json_long(usage, "output_tokens", -1);
	}
	if (!json_is_array(content)) {
		rl_resp_fail(out, RL_EPROTO, 1, "Anthropic response without a content array");
		return rl_err_set(e, RL_EPROTO, "%s", out->error_msg);
	}
	json_array_foreach(content, i, blk) {
		const char *type = rl_json_str(blk, "type");
		if (!type)
			continue;
		if (!strcmp(type, "text")) {
			if (rl_resp_add_part(out, 0, json_object_get(blk, "text")))
				goto nomem;
		} else if (!strcmp(type, "thinking")) {
			if (rl_resp_add_part(out, 1, json_object_get(blk, "thinking")))
				goto nomem;
		} else if (!strcmp(type, "tool_use") || !strcmp(type, "server_tool_use")) {
			if (!calls && !(calls = json_array()))
				goto nomem;
			json_array_append(calls, blk);
		}
	}
	if (rl_resp_take_calls(out, calls))
		return rl_err_set(e, RL_ENOMEM, "out of memory decoding a response");
	return 0;
nomem:
	json_decref(calls);
	return rl_err_set(e, RL_ENOMEM, "out of memory decoding a response");
}

/* ---- stream accumulation: one Messages event ---- */

int rl_anthropic_stream_event(rl_stream *s, const json_t *root)
{
	const char *type = rl_json_str(root, "type"), *str;
	json_t *blk, *delta, *usage;
	long idx;
	char key[24];

	if (!type)
		return 0;
	if (!strcmp(type, "message_start")) {
		json_t *m = json_object_get(root, "message");
		if ((str = rl_json_str(m, "model")))
			snprintf(s->r.model_reported, sizeof s->r.model_reported, "%s", str);
		usage = json_object_get(m, "usage");
		if (json_is_object(usage)) {
			s->r.input_tokens = rl_json_long(usage, "input_tokens", -1);
			s->r.output_tokens = rl_json_long(usage, "output_tokens", -1);
		}
		return 0;
	}
	if (!strcmp(type, "message_delta")) {
		delta = json_object_get(root, "delta");
		if ((str = rl_json_str(delta, "stop_reason"))) {
			s->r.finish = rl_finish_from_anthropic(str);
			snprintf(s->r.finish_raw, sizeof s->r.finish_raw, "%s", str);
		}
		usage = json_object_get(root, "usage");
		if (json_is_object(usage))
			s->r.output_tokens =
				rl_json_long(usage, "output_tokens", s->r.output_tokens);
		return 0;
	}
	if (!strcmp(type, "message_stop")) {
		s->done = 1;
		return 0;
	}
	if (!strcmp(type, "error")) {
		rl_resp_api_error(&s->r, 200, root, NULL, 0);
		s->r.retryable = 1;
		s->failed = 1;
		return 0;
	}
	idx = rl_json_long(root, "index", -1);
	if (idx < 0 || idx >= RL_STREAM_MAX_PARTS)
		return 0;
	snprintf(key, sizeof key, "%ld", idx);
	if (!strcmp(type, "content_block_start")) {
		blk = json_object_get(root, "content_block");
		if (json_is_object(blk))
			json_object_set_new(s->blocks, key, json_deep_copy(blk));
		if (idx + 1 > s->nparts)
			s->nparts = (int)idx + 1;
		if (json_is_object(blk) && (str = rl_json_str(blk, "type"))) {
			if (!strcmp(str, "text"))
				return rl_stream_add_str(&s->r.text, &s->r.text_len,
							 json_object_get(blk, "text"));
			if (!strcmp(str, "thinking"))
				return rl_stream_add_str(&s->r.reasoning, &s->r.reasoning_len,
							 json_object_get(blk, "thinking"));
		}
		return 0;
	}
	if (!strcmp(type, "content_block_delta")) {
		delta = json_object_get(root, "delta");
		str = rl_json_str(delta, "type");
		if (!str)
			return 0;
		if (!strcmp(str, "text_delta"))
			return rl_stream_add_str(&s->r.text, &s->r.text_len,
						 json_object_get(delta, "text"));
		if (!strcmp(str, "thinking_delta"))
			return rl_stream_add_str(&s->r.reasoning, &s->r.reasoning_len,
						 json_object_get(delta, "thinking"));
		if (!strcmp(str, "input_json_delta")) {
			json_t *pj = json_object_get(delta, "partial_json");
			if (json_is_string(pj) &&
			    rl_buf_add(&s->partial[idx], json_string_value(pj),
				       json_string_length(pj)))
				return RL_ENOMEM;
		}
		return 0;
	}
	return 0; /* content_block_stop, ping, unknown: nothing to keep */
}

/* The tool_use blocks with their input parsed from the deltas. */
int rl_anthropic_stream_calls(rl_stream *s)
{
	json_t *out = NULL;
	int i, rc = 0;

	for (i = 0; i < s->nparts; i++) {
		char key[24];
		json_t *blk, *copy, *input;
		snprintf(key, sizeof key, "%d", i);
		blk = json_object_get(s->blocks, key);
		if (!json_is_object(blk) ||
		    strcmp(rl_json_str(blk, "type") ? rl_json_str(blk, "type") : "", "tool_use"))
			continue;
		if (!out && !(out = json_array()))
			return RL_ENOMEM;
		copy = json_deep_copy(blk);
		if (s->partial[i].len) {
			rl_buf fixed = RL_BUF_INIT;
			const char *t =
				rl_json_nul_to_fffd(s->partial[i].s, s->partial[i].len, &fixed);
			input = t ? json_loadb(t, s->partial[i].len, 0, NULL) : NULL;
			rl_buf_free(&fixed);
			/* Unparseable input stays visible as text, never dropped. */
			json_object_set_new(
				copy, "input",
				input ? input : json_stringn(s->partial[i].s, s->partial[i].len));
		}
		json_array_append_new(out, copy);
	}
	if (out) {
		rc = rl_resp_set_json(&s->r.tool_calls, &s->r.tool_calls_len, out);
		json_decref(out);
	}
	return rc;
}

/* ---- rendering: a message and its event stream ---- */

static const char *anth_stop(const rl_response *rs)
{
	switch (rs->finish) {
	case RL_FINISH_LENGTH: return "max_tokens";
	case RL_FINISH_TOOL: return "tool_use";
	case RL_FINISH_FILTER: return "refusal";
	}
	return "end_turn";
}

/* The content blocks: thinking, text (also when empty and no call, so a
 * message always has content), tool_use. */
static json_t *anth_blocks(const rl_response *rs, const json_t *calls)
{
	json_t *content = json_array(), *c;
	size_t i;
	if (rs->reasoning)
		json_array_append_new(content,
				      json_pack("{s:s,s:s%,s:s}", "type", "thinking", "thinking",
						rs->reasoning, rs->reasoning_len, "signature",
						"ZmFrZS1zaWduYXR1cmU="));
	if (rs->text_len || !json_array_size(calls))
		json_array_append_new(content, json_pack("{s:s,s:s%}", "type", "text", "text",
							 rs->text ? rs->text : "", rs->text_len));
	json_array_foreach(calls, i, c) {
		const char *cid = rl_json_str(c, "id");
		char id[40];
		if (cid && !strncmp(cid, "toolu_", 6))
			snprintf(id, sizeof id, "%.39s", cid);
		else
			snprintf(id, sizeof id, "toolu_fake%zu", i);
		json_array_append_new(content,
				      json_pack("{s:s,s:s,s:O,s:o}", "type", "tool_use", "id", id,
						"name", json_object_get(c, "name"), "input",
						rl_codec_args_obj(c)));
	}
	return content;
}

static int dump_to(json_t *v, rl_buf *out)
{
	char *s = v ? json_dumps(v, JSON_COMPACT) : NULL;
	int rc = s ? rl_buf_adds(out, s) : RL_ENOMEM;
	free(s);
	json_decref(v);
	return rc ? RL_ENOMEM : 0;
}

static json_t *anth_object(const rl_response *rs, const rl_codec_out *o, json_t *calls)
{
	char id[48];
	snprintf(id, sizeof id, "msg_fake%llu", o->seq);
	return json_pack("{s:s,s:s,s:s,s:s,s:o,s:s,s:n,s:{s:I,s:I}}", "id", id, "type", "message",
			 "role", "assistant", "model", o->model, "content", anth_blocks(rs, calls),
			 "stop_reason", anth_stop(rs), "stop_sequence", "usage", "input_tokens",
			 (json_int_t)(rs->input_tokens > 0 ? rs->input_tokens : 1), "output_tokens",
			 (json_int_t)(rs->output_tokens > 0 ? rs->output_tokens : 1));
}

int rl_anthropic_render(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_buf *out)
{
	return dump_to(anth_object(rs, o, calls), out);
}

int rl_anthropic_synth(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_sse_w *w)
{
	json_t *root = anth_object(rs, o, calls);
	int rc = root ? rl_anthropic_synth_tree(root, o->chunk ? o->chunk : 24, w) : RL_ENOMEM;
	json_decref(root);
	return rc;
}

/* One block's deltas of `type` carrying `key`: in pieces of `chunk`
 * bytes, or whole when chunk is 0. */
static void anth_deltas(rl_sse_w *w, size_t i, const char *type, const char *key, const char *t,
			size_t n, size_t chunk)
{
	size_t k, pl;
	for (k = 0; k < n || (!n && !k); k += pl) {
		pl = chunk ? rl_codec_piece(t, n, k, chunk) : n;
		rl_sse_w_event(w, "content_block_delta",
			       json_pack("{s:s,s:I,s:{s:s,s:s%}}", "type", "content_block_delta",
					 "index", (json_int_t)i, "delta", "type", type, key, t + k,
					 pl));
		if (!n)
			break;
	}
}

int rl_anthropic_synth_tree(const json_t *root, size_t chunk, rl_sse_w *w)
{
	json_t *start, *content = json_object_get(root, "content"), *blk;
	json_t *usage = json_object_get(root, "usage"), *sr, *ss;
	size_t i;

	if (!json_is_array(content))
		return RL_EINVAL;
	start = json_deep_copy(root);
	if (!start)
		return RL_ENOMEM;
	json_object_set_new(start, "content", json_array());
	json_object_set_new(start, "stop_reason", json_null());
	json_object_set_new(start, "stop_sequence", json_null());
	rl_sse_w_event(w, "message_start",
		       json_pack("{s:s,s:o}", "type", "message_start", "message", start));
	if (chunk)
		rl_sse_w_event(w, "ping", json_pack("{s:s}", "type", "ping"));
	json_array_foreach(content, i, blk) {
		const char *t = json_string_value(json_object_get(blk, "type"));
		json_t *head, *s;
		if (!t)
			continue;
		if (!strcmp(t, "text")) {
			s = json_object_get(blk, "text");
			head = json_pack("{s:s,s:s}", "type", "text", "text", "");
			rl_sse_w_event(w, "content_block_start",
				       json_pack("{s:s,s:I,s:o}", "type", "content_block_start",
						 "index", (json_int_t)i, "content_block", head));
			if (json_is_string(s))
				anth_deltas(w, i, "text_delta", "text", json_string_value(s),
					    json_string_length(s), chunk);
		} else if (!strcmp(t, "thinking")) {
			s = json_object_get(blk, "thinking");
			head = json_pack("{s:s,s:s}", "type", "thinking", "thinking", "");
			if (chunk)
				json_object_set_new(head, "signature", json_string(""));
			rl_sse_w_event(w, "content_block_start",
				       json_pack("{s:s,s:I,s:o}", "type", "content_block_start",
						 "index", (json_int_t)i, "content_block", head));
			if (json_is_string(s))
				anth_deltas(w, i, "thinking_delta", "thinking",
					    json_string_value(s), json_string_length(s), chunk);
			if (json_is_string(s = json_object_get(blk, "signature")))
				rl_sse_w_event(w, "content_block_delta",
					       json_pack("{s:s,s:I,s:{s:s,s:O}}", "type",
							 "content_block_delta", "index",
							 (json_int_t)i, "delta", "type",
							 "signature_delta", "signature", s));
		} else if (!strcmp(t, "tool_use") || !strcmp(t, "server_tool_use")) {
			json_t *inp = json_object_get(blk, "input");
			char *in = inp ? json_dumps(inp, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
			head = json_deep_copy(blk);
			if (head)
				json_object_set_new(head, "input", json_object());
			rl_sse_w_event(w, "content_block_start",
				       json_pack("{s:s,s:I,s:o}", "type", "content_block_start",
						 "index", (json_int_t)i, "content_block", head));
			if (inp && !in)
				w->oom = 1;
			anth_deltas(w, i, "input_json_delta", "partial_json", in ? in : "{}",
				    in ? strlen(in) : 2, chunk);
			free(in);
		} else {
			rl_sse_w_event(w, "content_block_start",
				       json_pack("{s:s,s:I,s:O}", "type", "content_block_start",
						 "index", (json_int_t)i, "content_block", blk));
		}
		rl_sse_w_event(w, "content_block_stop",
			       json_pack("{s:s,s:I}", "type", "content_block_stop", "index",
					 (json_int_t)i));
	}
	sr = json_object_get(root, "stop_reason");
	ss = json_object_get(root, "stop_sequence");
	rl_sse_w_event(w, "message_delta",
		       json_pack("{s:s,s:{s:O,s:O},s:o}", "type", "message_delta", "delta",
				 "stop_reason", sr ? sr : json_null(), "stop_sequence",
				 ss ? ss : json_null(), "usage",
				 json_is_object(usage) ? json_incref(usage) : json_object()));
	rl_sse_w_event(w, "message_stop", json_pack("{s:s}", "type", "message_stop"));
	return w->oom ? RL_ENOMEM : 0;
}
