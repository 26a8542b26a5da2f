/* responses.c: the OpenAI Responses API codec (POST {base}/responses,
 * Bearer key), what the OpenAI Agents SDK uses by default. A response is a
 * list of typed output items: `message` (content parts `output_text` or
 * `refusal`), `function_call` (name, call_id, arguments as JSON text) and
 * `reasoning` (summary parts, and reasoning_text content on some servers).
 * Streams are typed events ("event: response.output_text.delta") that end
 * with response.completed / .incomplete / .failed and no [DONE]; the
 * terminal event carries the whole response, which the accumulator decodes
 * as a plain body when it has output, else the items it built from the
 * deltas. The native tool-call array is the list of function_call items.
 * A message content part of a type not named above (a newer API's, or a
 * hostile server's) is not answer text here: the decoder leaves it out.
 * The guard must not release what it has not read, so its reader
 * (guard/wire.c, from_responses) refuses such an answer and the proxy
 * withholds it (502, fail closed); docs/guard.md says so. */
#include "codec/codec.h"
#include "codec/jsonw.h"

#include <stdlib.h>
#include <string.h>

/* ---- encode ---- */

/* OpenAI-style tools ({type:function, function:{name,...}}) -> the
 * Responses shape ({type:function, name, description, parameters}). */
static json_t *convert_tools(const json_t *tools)
{
	json_t *out = json_array(), *t;
	size_t i;
	json_array_foreach(tools, i, t) {
		json_t *f = json_object_get(t, "function"),
		       *o = json_pack("{s:s}", "type", "function");
		const char *k;
		json_t *v;
		if (!json_is_object(f))
			f = t; /* already flat */
		json_object_foreach(f, k, v)
			if (!strcmp(k, "name") || !strcmp(k, "description") ||
			    !strcmp(k, "parameters") || !strcmp(k, "strict"))
				json_object_set(o, k, v);
		json_array_append_new(out, o);
	}
	return out;
}

int rl_responses_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr,
			rl_buf *body, rl_err *e)
{
	const rl_model_spec *m = rq->model;
	json_t *extra = NULL, *tools = NULL;
	int first = 1, any = 0, rc;

	if ((rc = rl_jw_parse_extra(rq->extra_body_json, &extra, e)) ||
	    (rc = rl_json_tools(rq->tools_json, &tools, e)))
		goto out;
	rc = rl_buf_addc(body, '{');
	if (!RL_JW_OVERRIDDEN(extra, "model"))
		rc |= rl_jw_key(body, &first, "model") | rl_jw_str(body, m->model);
	if (rq->system && *rq->system && !RL_JW_OVERRIDDEN(extra, "instructions"))
		rc |= rl_jw_key(body, &first, "instructions") | rl_jw_str(body, rq->system);
	if (!RL_JW_OVERRIDDEN(extra, "input")) {
		rc |= rl_jw_key(body, &first, "input") | rl_buf_addc(body, '[');
		rc |= rl_enc_role_messages(body, rq, any);
		rc |= rl_buf_addc(body, ']');
	}
	/* reasoning models (o-series, gpt-5) refuse temperature */
	if (!m->reasoning && rq->temperature >= 0 && !RL_JW_OVERRIDDEN(extra, "temperature"))
		rc |= rl_jw_key(body, &first, "temperature") | rl_jw_double(body, rq->temperature);
	if (rq->max_tokens > 0 && !RL_JW_OVERRIDDEN(extra, "max_output_tokens"))
		rc |= rl_jw_key(body, &first, "max_output_tokens") |
		      rl_buf_addf(body, "%d", rq->max_tokens);
	if (m->reasoning && rq->thinking_budget && !RL_JW_OVERRIDDEN(extra, "reasoning"))
		rc |= rl_jw_key(body, &first, "reasoning") |
		      rl_buf_adds(body, "{\"summary\":\"auto\"}");
	if (tools && !RL_JW_OVERRIDDEN(extra, "tools")) {
		json_t *conv = convert_tools(tools);
		rc |= rl_jw_key(body, &first, "tools") | rl_jw_value(body, conv);
		json_decref(conv);
	}
	/* no server-side state: every request carries its whole conversation */
	if (!RL_JW_OVERRIDDEN(extra, "store"))
		rc |= rl_jw_key(body, &first, "store") | rl_buf_adds(body, "false");
	rc |= rl_jw_extra_tail(body, &first, extra);
	rc |= rl_buf_addc(body, '}');
	rc |= rl_buf_addf(url, "%s/responses", m->base_url);
	rc |= rl_enc_headers(hdr, "Content-Type: application/json\n", "Authorization: Bearer ", key,
			     rq);
	if (rc)
		rc = rl_err_set(e, RL_ENOMEM, "out of memory encoding a request");
out:
	json_decref(extra);
	json_decref(tools);
	return rc;
}

/* ---- decode ---- */

int rl_finish_from_responses(const json_t *root)
{
	const char *st = rl_json_str(root, "status");
	const char *why = rl_json_str(json_object_get(root, "incomplete_details"), "reason");
	if (!st)
		return RL_FINISH_NONE;
	if (!strcmp(st, "completed"))
		return RL_FINISH_STOP;
	if (!strcmp(st, "incomplete"))
		return why && !strcmp(why, "content_filter") ? RL_FINISH_FILTER : RL_FINISH_LENGTH;
	return RL_FINISH_OTHER;
}

/* The text of the parts of `arr` whose type is one of t1/t2, appended to
 * *dst (pieces of different items joined by "\n"). */
static int take_parts(char **dst, size_t *len, const json_t *arr, const char *t1, const char *t2,
		      const char *key)
{
	json_t *p;
	size_t i;
	json_array_foreach(arr, i, p) {
		const char *t = rl_json_str(p, "type");
		json_t *s = json_object_get(p, key);
		if (!t || (strcmp(t, t1) && (!t2 || strcmp(t, t2))) || !json_is_string(s))
			continue;
		if (*dst && *len && rl_resp_append(dst, len, "\n", 1))
			return RL_ENOMEM;
		if (rl_resp_append(dst, len, json_string_value(s), json_string_length(s)))
			return RL_ENOMEM;
	}
	return 0;
}

int rl_responses_decode_json(const json_t *root, rl_response *out, rl_err *e)
{
	json_t *output = json_object_get(root, "output"), *it, *usage, *calls = NULL;
	json_t *err = json_object_get(root, "error");
	char *refusal = NULL;
	size_t rlen = 0, i;
	const char *s;

	if ((s = rl_json_str(root, "model")))
		snprintf(out->model_reported, sizeof out->model_reported, "%s", s);
	usage = json_object_get(root, "usage");
	if (json_is_object(usage)) {
		json_t *d = json_object_get(usage, "output_tokens_details");
		out->input_tokens = rl_json_long(usage, "input_tokens", -1);
		out->output_tokens = rl_json_long(usage, "output_tokens", -1);
		if (json_is_object(d))
			out->reasoning_tokens = rl_json_long(d, "reasoning_tokens", -1);
	}
	if (json_is_object(err)) {
		/* status "failed": the error object says why */
		rl_resp_api_error(out, 200, root, NULL, 0);
		out->retryable = 1;
		return rl_err_set(e, RL_ENET, "%s", out->error_msg);
	}
	if (!json_is_array(output)) {
		rl_resp_fail(out, RL_EPROTO, 1, "Responses API response without an output array");
		return rl_err_set(e, RL_EPROTO, "%s", out->error_msg);
	}
	out->finish = rl_finish_from_responses(root);
	s = rl_json_str(root, "status");
	snprintf(out->finish_raw, sizeof out->finish_raw, "%s", s ? s : "");
	json_array_foreach(output, i, it) {
		const char *type = rl_json_str(it, "type");
		if (!type)
			continue;
		if (!strcmp(type, "message")) {
			json_t *c = json_object_get(it, "content");
			if (json_is_string(c)) { /* some servers flatten it */
				if (rl_resp_append(&out->text, &out->text_len, json_string_value(c),
						   json_string_length(c)))
					goto nomem;
				continue;
			}
			if (take_parts(&out->text, &out->text_len, c, "output_text", "text",
				       "text") ||
			    take_parts(&refusal, &rlen, c, "refusal", NULL, "refusal"))
				goto nomem;
		} else if (!strcmp(type, "reasoning")) {
			if (take_parts(&out->reasoning, &out->reasoning_len,
				       json_object_get(it, "summary"), "summary_text", NULL,
				       "text") ||
			    take_parts(&out->reasoning, &out->reasoning_len,
				       json_object_get(it, "content"), "reasoning_text", NULL,
				       "text"))
				goto nomem;
		} else if (!strcmp(type, "function_call")) {
			if (!calls && !(calls = json_array()))
				goto nomem;
			if (json_array_append(calls, it))
				goto nomem;
		}
	}
	/* a refusal is the answer when there is no other text */
	if (refusal && !out->text_len) {
		free(out->text);
		out->text = refusal;
		out->text_len = rlen;
		refusal = NULL;
	}
	free(refusal);
	if (calls && out->finish == RL_FINISH_STOP)
		out->finish = RL_FINISH_TOOL; /* "completed" for calls too */
	if (rl_resp_take_calls(out, calls))
		return rl_err_set(e, RL_ENOMEM, "out of memory decoding a response");
	return 0;
nomem:
	free(refusal);
	json_decref(calls);
	return rl_err_set(e, RL_ENOMEM, "out of memory decoding a response");
}

/* ---- stream accumulation ----
 * Output items are kept by output_index in s->calls (the item as added,
 * its text and arguments grown by the deltas, replaced whole by
 * output_item.done); the terminal event's response goes to s->blocks. */

#define RESP_MAX_ITEMS 4096

static json_t *item_at(rl_stream *s, const json_t *root)
{
	long idx = rl_json_long(root, "output_index", -1);
	if (idx < 0 || idx >= RESP_MAX_ITEMS)
		return NULL;
	return json_array_get(s->calls, (size_t)idx);
}

/* Append `delta` to the string member `key` of `o`. */
static int grow(json_t *o, const char *key, const json_t *delta)
{
	json_t *cur = json_object_get(o, key);
	rl_buf b = RL_BUF_INIT;
	int rc;
	if (!json_is_object(o) || !json_is_string(delta))
		return 0;
	if (json_is_string(cur))
		rl_buf_add(&b, json_string_value(cur), json_string_length(cur));
	rl_buf_add(&b, json_string_value(delta), json_string_length(delta));
	rc = json_object_set_new(o, key, json_stringn(b.s ? b.s : "", b.len)) ? RL_ENOMEM : 0;
	rl_buf_free(&b);
	return rc;
}

/* The part array `arr` of `item`, its element `idx` created as `mk`. */
static json_t *part_at(json_t *item, const char *arr, long idx, const char *type, const char *key)
{
	json_t *a = json_object_get(item, arr);
	if (!json_is_object(item) || idx < 0 || idx >= RESP_MAX_ITEMS)
		return NULL;
	if (!json_is_array(a)) {
		a = json_array();
		if (json_object_set_new(item, arr, a))
			return NULL;
	}
	while (json_array_size(a) <= (size_t)idx)
		if (json_array_append_new(a, json_pack("{s:s,s:s}", "type", type, key, "")))
			return NULL;
	return json_array_get(a, (size_t)idx);
}

int rl_responses_stream_event(rl_stream *s, const char *event, const json_t *root)
{
	const char *type = rl_json_str(root, "type"), *str;
	json_t *it, *resp;
	long idx;

	(void)event; /* the data's type is what the SDKs read */
	if (!type)
		return 0;
	if (!strcmp(type, "error")) {
		rl_resp_api_error(&s->r, 200, root, NULL, 0);
		s->r.retryable = 1;
		s->failed = 1;
		return 0;
	}
	if (!strcmp(type, "response.created") || !strcmp(type, "response.in_progress")) {
		resp = json_object_get(root, "response");
		if ((str = rl_json_str(resp, "model")))
			snprintf(s->r.model_reported, sizeof s->r.model_reported, "%s", str);
		return 0;
	}
	if (!strcmp(type, "response.completed") || !strcmp(type, "response.incomplete") ||
	    !strcmp(type, "response.failed")) {
		resp = json_object_get(root, "response");
		if (json_is_object(resp)) {
			json_decref(s->blocks);
			s->blocks = json_deep_copy(resp);
			if (!s->blocks)
				return RL_ENOMEM;
		}
		s->done = 1;
		return 0;
	}
	if (!strcmp(type, "response.output_item.added") ||
	    !strcmp(type, "response.output_item.done")) {
		json_t *item = json_object_get(root, "item");
		idx = rl_json_long(root, "output_index", -1);
		if (idx < 0 || idx >= RESP_MAX_ITEMS || !json_is_object(item))
			return 0;
		while (json_array_size(s->calls) <= (size_t)idx)
			if (json_array_append_new(s->calls, json_object()))
				return RL_ENOMEM;
		return json_array_set_new(s->calls, (size_t)idx, json_deep_copy(item)) ? RL_ENOMEM
										       : 0;
	}
	if (!(it = item_at(s, root)))
		return 0;
	if (!strcmp(type, "response.output_text.delta") ||
	    !strcmp(type, "response.refusal.delta")) {
		int refusal = type[9] == 'r';
		json_t *p =
			part_at(it, "content", rl_json_long(root, "content_index", 0),
				refusal ? "refusal" : "output_text", refusal ? "refusal" : "text");
		return p ? grow(p, refusal ? "refusal" : "text", json_object_get(root, "delta"))
			 : 0;
	}
	if (!strcmp(type, "response.function_call_arguments.delta"))
		return grow(it, "arguments", json_object_get(root, "delta"));
	if (!strcmp(type, "response.function_call_arguments.done")) {
		json_t *a = json_object_get(root, "arguments");
		return json_is_string(a) && json_object_set(it, "arguments", a) ? RL_ENOMEM : 0;
	}
	if (!strcmp(type, "response.reasoning_summary_text.delta")) {
		json_t *p = part_at(it, "summary", rl_json_long(root, "summary_index", 0),
				    "summary_text", "text");
		return p ? grow(p, "text", json_object_get(root, "delta")) : 0;
	}
	if (!strcmp(type, "response.reasoning_text.delta")) {
		json_t *p = part_at(it, "content", rl_json_long(root, "content_index", 0),
				    "reasoning_text", "text");
		return p ? grow(p, "text", json_object_get(root, "delta")) : 0;
	}
	return 0; /* part added/done, text done, annotations, tool progress */
}

/* Decode what the stream delivered: the terminal event's response when it
 * has output, else a response made of the accumulated items. */
int rl_responses_stream_finish(rl_stream *s)
{
	json_t *resp = s->blocks;
	rl_response part;
	int rc;

	if (!json_is_object(resp) || !json_array_size(json_object_get(resp, "output"))) {
		json_t *r2 = json_is_object(resp) ? json_copy(resp) : json_object();
		if (!r2 || json_object_set(r2, "output", s->calls))
			return json_decref(r2), RL_ENOMEM;
		if (!json_object_get(r2, "status"))
			json_object_set_new(r2, "status", json_string(s->done ? "completed" : ""));
		resp = r2;
	} else {
		json_incref(resp);
	}
	rl_response_init(&part);
	rc = rl_responses_decode_json(resp, &part, NULL);
	json_decref(resp);
	if (rc == RL_ENOMEM) {
		rl_response_free(&part);
		return rc;
	}
	if (part.error && !s->r.error) {
		s->r.error = part.error;
		s->r.retryable = part.retryable;
		memcpy(s->r.error_msg, part.error_msg, sizeof s->r.error_msg);
	}
	/* move the decoded pieces in; keep what the stream learnt otherwise */
	free(s->r.text);
	free(s->r.reasoning);
	free(s->r.tool_calls);
	s->r.text = part.text, s->r.text_len = part.text_len;
	s->r.reasoning = part.reasoning, s->r.reasoning_len = part.reasoning_len;
	s->r.tool_calls = part.tool_calls, s->r.tool_calls_len = part.tool_calls_len;
	part.text = part.reasoning = part.tool_calls = NULL;
	s->r.finish = part.finish;
	memcpy(s->r.finish_raw, part.finish_raw, sizeof s->r.finish_raw);
	if (part.model_reported[0])
		memcpy(s->r.model_reported, part.model_reported, sizeof s->r.model_reported);
	if (part.input_tokens >= 0)
		s->r.input_tokens = part.input_tokens;
	if (part.output_tokens >= 0)
		s->r.output_tokens = part.output_tokens;
	if (part.reasoning_tokens >= 0)
		s->r.reasoning_tokens = part.reasoning_tokens;
	rl_response_free(&part);
	return 0;
}

/* ---- rendering ---- */

static json_t *resp_usage(const rl_response *rs)
{
	long in = rs->input_tokens > 0 ? rs->input_tokens : 1;
	long out = rs->output_tokens > 0 ? rs->output_tokens : 1;
	long rt = rs->reasoning_len ? (long)(rs->reasoning_len / 4) + 1 : 0;
	return json_pack("{s:I,s:{s:I},s:I,s:{s:I},s:I}", "input_tokens", (json_int_t)in,
			 "input_tokens_details", "cached_tokens", (json_int_t)0, "output_tokens",
			 (json_int_t)out, "output_tokens_details", "reasoning_tokens",
			 (json_int_t)rt, "total_tokens", (json_int_t)(in + out));
}

/* Item ids: rs_/msg_/fc_ + the sequence number + the item's position. */
static void item_id(char *dst, size_t n, const char *prefix, const rl_codec_out *o, size_t i)
{
	snprintf(dst, n, "%s_fake%llu_%zu", prefix, o->seq, i);
}

static json_t *reasoning_item(const rl_response *rs, const rl_codec_out *o, size_t i,
			      const char *text, size_t tlen)
{
	char id[64];
	item_id(id, sizeof id, "rs", o, i);
	(void)rs;
	return json_pack("{s:s,s:s,s:[{s:s,s:s%}]}", "type", "reasoning", "id", id, "summary",
			 "type", "summary_text", "text", text, tlen);
}

static json_t *message_item(const rl_codec_out *o, size_t i, const char *text, size_t tlen,
			    const char *status)
{
	char id[64];
	item_id(id, sizeof id, "msg", o, i);
	return json_pack("{s:s,s:s,s:s,s:s,s:[{s:s,s:s%,s:[]}]}", "type", "message", "id", id,
			 "status", status, "role", "assistant", "content", "type", "output_text",
			 "text", text, tlen, "annotations");
}

static json_t *call_item(const rl_codec_out *o, size_t i, const json_t *c, const char *args,
			 const char *status)
{
	char id[64], cid[64];
	const char *given = rl_json_str(c, "id");
	item_id(id, sizeof id, "fc", o, i);
	if (given && *given)
		snprintf(cid, sizeof cid, "%.63s", given);
	else
		snprintf(cid, sizeof cid, "call_fake%llu_%zu", o->seq, i);
	return json_pack("{s:s,s:s,s:s,s:O,s:s,s:s}", "type", "function_call", "id", id, "call_id",
			 cid, "name", json_object_get(c, "name"), "arguments", args, "status",
			 status);
}

/* The output items in order: reasoning, message (when there is text or
 * no call), function calls. */
static json_t *output_items(const rl_response *rs, const rl_codec_out *o, json_t *calls)
{
	json_t *out = json_array(), *c;
	size_t i, n = 0;
	if (rs->reasoning)
		json_array_append_new(out,
				      reasoning_item(rs, o, n++, rs->reasoning, rs->reasoning_len));
	if (rs->text_len || !json_array_size(calls))
		json_array_append_new(out, message_item(o, n++, rs->text ? rs->text : "",
							rs->text_len, "completed"));
	json_array_foreach(calls, i, c) {
		const char *a = rl_json_str(c, "arguments");
		json_array_append_new(out, call_item(o, n++, c, a ? a : "{}", "completed"));
	}
	return out;
}

json_t *rl_responses_object(const rl_response *rs, const rl_codec_out *o, json_t *calls,
			    const char *status)
{
	char id[48];
	int done = !strcmp(status, "completed") || !strcmp(status, "incomplete");
	json_t *r;
	snprintf(id, sizeof id, "resp_fake%llu", o->seq);
	r = json_pack("{s:s,s:s,s:I,s:s,s:n,s:n,s:n,s:s,s:o,s:b,s:n,s:s,s:[],s:o}", "id", id,
		      "object", "response", "created_at", (json_int_t)o->created, "status", status,
		      "error", "incomplete_details", "instructions", "model", o->model, "output",
		      done ? output_items(rs, o, calls) : json_array(), "parallel_tool_calls", 1,
		      "previous_response_id", "tool_choice", "auto", "tools", "usage",
		      done ? resp_usage(rs) : json_null());
	if (r && !strcmp(status, "incomplete"))
		json_object_set_new(r, "incomplete_details",
				    json_pack("{s:s}", "reason",
					      rs->finish == RL_FINISH_FILTER
						      ? "content_filter"
						      : "max_output_tokens"));
	return r;
}

static const char *final_status(const rl_response *rs)
{
	return rs->finish == RL_FINISH_LENGTH || rs->finish == RL_FINISH_FILTER ? "incomplete"
										: "completed";
}

int rl_responses_render(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_buf *out)
{
	json_t *r = rl_responses_object(rs, o, calls, final_status(rs));
	char *s = r ? json_dumps(r, JSON_COMPACT) : NULL;
	int rc = s ? rl_buf_adds(out, s) : RL_ENOMEM;
	free(s);
	json_decref(r);
	return rc ? RL_ENOMEM : 0;
}

/* One typed event: "event: TYPE" and the data with type and
 * sequence_number first (json_pack's object keeps insertion order). */
static void ev(rl_sse_w *w, long *seq, const char *type, json_t *data)
{
	json_t *d = json_pack("{s:s,s:I}", "type", type, "sequence_number", (json_int_t)(*seq)++);
	if (!d || !data || json_object_update(d, data)) {
		json_decref(d);
		json_decref(data);
		w->oom = 1;
		return;
	}
	json_decref(data);
	rl_sse_w_event(w, type, d);
}

/* Deltas of `text` as events of `type`, `extra` members in each. */
static void deltas(rl_sse_w *w, long *seq, const char *type, const char *item, size_t oi,
		   const char *idxkey, size_t ci, const char *text, size_t n, size_t chunk)
{
	size_t k, pl;
	for (k = 0; k < n; k += pl) {
		json_t *d;
		pl = rl_codec_piece(text, n, k, chunk);
		d = json_pack("{s:s,s:I,s:s%}", "item_id", item, "output_index", (json_int_t)oi,
			      "delta", text + k, pl);
		if (d && idxkey)
			json_object_set_new(d, idxkey, json_integer((json_int_t)ci));
		ev(w, seq, type, d);
	}
}

/* One item's events, from the item as it ends (ids kept). Message
 * content parts and reasoning summary parts stream their text; a
 * function_call streams its arguments; any other item type (web search,
 * file search, ...) is added and done whole. */
static void item_events(rl_sse_w *w, long *seq, size_t i, const json_t *it, size_t chunk)
{
	const char *type = rl_json_str(it, "type"), *id = rl_json_str(it, "id");
	json_t *head = json_deep_copy(it), *parts, *p;
	size_t j;
	if (!head) {
		w->oom = 1;
		return;
	}
	if (!id)
		id = "";
	if (type && !strcmp(type, "message")) {
		json_object_set_new(head, "status", json_string("in_progress"));
		json_object_set_new(head, "content", json_array());
		ev(w, seq, "response.output_item.added",
		   json_pack("{s:I,s:o}", "output_index", (json_int_t)i, "item", head));
		parts = json_object_get(it, "content");
		json_array_foreach(parts, j, p) {
			const char *pt = rl_json_str(p, "type");
			int refusal = pt && !strcmp(pt, "refusal");
			const char *key = refusal ? "refusal" : "text";
			const char *t = rl_json_str(p, key);
			json_t *empty = json_deep_copy(p);
			if (!empty) {
				w->oom = 1;
				return;
			}
			json_object_set_new(empty, key, json_string(""));
			ev(w, seq, "response.content_part.added",
			   json_pack("{s:s,s:I,s:I,s:o}", "item_id", id, "output_index",
				     (json_int_t)i, "content_index", (json_int_t)j, "part", empty));
			if (t) {
				deltas(w, seq,
				       refusal ? "response.refusal.delta"
					       : "response.output_text.delta",
				       id, i, "content_index", j, t, strlen(t), chunk);
				ev(w, seq,
				   refusal ? "response.refusal.done" : "response.output_text.done",
				   json_pack("{s:s,s:I,s:I,s:s}", "item_id", id, "output_index",
					     (json_int_t)i, "content_index", (json_int_t)j, key,
					     t));
			}
			ev(w, seq, "response.content_part.done",
			   json_pack("{s:s,s:I,s:I,s:O}", "item_id", id, "output_index",
				     (json_int_t)i, "content_index", (json_int_t)j, "part", p));
		}
	} else if (type && !strcmp(type, "reasoning")) {
		json_object_set_new(head, "summary", json_array());
		ev(w, seq, "response.output_item.added",
		   json_pack("{s:I,s:o}", "output_index", (json_int_t)i, "item", head));
		parts = json_object_get(it, "summary");
		json_array_foreach(parts, j, p) {
			const char *t = rl_json_str(p, "text");
			ev(w, seq, "response.reasoning_summary_part.added",
			   json_pack("{s:s,s:I,s:I,s:{s:s,s:s}}", "item_id", id, "output_index",
				     (json_int_t)i, "summary_index", (json_int_t)j, "part", "type",
				     "summary_text", "text", ""));
			if (t) {
				deltas(w, seq, "response.reasoning_summary_text.delta", id, i,
				       "summary_index", j, t, strlen(t), chunk);
				ev(w, seq, "response.reasoning_summary_text.done",
				   json_pack("{s:s,s:I,s:I,s:s}", "item_id", id, "output_index",
					     (json_int_t)i, "summary_index", (json_int_t)j, "text",
					     t));
			}
			ev(w, seq, "response.reasoning_summary_part.done",
			   json_pack("{s:s,s:I,s:I,s:O}", "item_id", id, "output_index",
				     (json_int_t)i, "summary_index", (json_int_t)j, "part", p));
		}
	} else if (type && !strcmp(type, "function_call")) {
		const char *a = rl_json_str(it, "arguments");
		json_object_set_new(head, "status", json_string("in_progress"));
		json_object_set_new(head, "arguments", json_string(""));
		ev(w, seq, "response.output_item.added",
		   json_pack("{s:I,s:o}", "output_index", (json_int_t)i, "item", head));
		if (a) {
			deltas(w, seq, "response.function_call_arguments.delta", id, i, NULL, 0, a,
			       strlen(a), chunk);
			ev(w, seq, "response.function_call_arguments.done",
			   json_pack("{s:s,s:I,s:s}", "item_id", id, "output_index", (json_int_t)i,
				     "arguments", a));
		}
	} else {
		ev(w, seq, "response.output_item.added",
		   json_pack("{s:I,s:o}", "output_index", (json_int_t)i, "item", head));
	}
	ev(w, seq, "response.output_item.done",
	   json_pack("{s:I,s:O}", "output_index", (json_int_t)i, "item", it));
}

int rl_responses_synth_tree(const json_t *resp, size_t chunk, rl_sse_w *w)
{
	json_t *start, *items = json_object_get(resp, "output"), *it;
	const char *status = rl_json_str(resp, "status");
	size_t i;
	long seq = 0;

	if (!json_is_object(resp) || !json_is_array(items))
		return RL_EINVAL;
	if (!chunk)
		chunk = 24;
	start = json_copy((json_t *)resp);
	if (!start)
		return RL_ENOMEM;
	json_object_set_new(start, "status", json_string("in_progress"));
	json_object_set_new(start, "output", json_array());
	json_object_set_new(start, "usage", json_null());
	ev(w, &seq, "response.created", json_pack("{s:O}", "response", start));
	ev(w, &seq, "response.in_progress", json_pack("{s:o}", "response", start));
	json_array_foreach(items, i, it)
		item_events(w, &seq, i, it, chunk);
	ev(w, &seq,
	   status && !strcmp(status, "incomplete") ? "response.incomplete"
	   : status && !strcmp(status, "failed")   ? "response.failed"
						   : "response.completed",
	   json_pack("{s:O}", "response", resp));
	return w->oom ? RL_ENOMEM : 0;
}

int rl_responses_synth(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_sse_w *w)
{
	json_t *r = rl_responses_object(rs, o, calls, final_status(rs));
	int rc = r ? rl_responses_synth_tree(r, o->chunk, w) : RL_ENOMEM;
	json_decref(r);
	return rc;
}

/* ---- a whole stream to its response object (the guard) ---- */

int rl_responses_sse_tree(const char *sse, size_t n, json_t **out, int *saw_error, rl_err *e)
{
	rl_stream *s;
	int rc;
	json_t *resp;
	*out = NULL;
	*saw_error = 0;
	if ((rc = rl_stream_new(RL_WIRE_RESPONSES, &s, e)))
		return rc;
	if ((rc = rl_stream_feed(s, sse, n, e))) {
		rl_stream_free(s);
		return rc;
	}
	/* a last event without its blank line is not dispatched: the clients
	 * drop it too */
	if (s->failed && s->r.error == RL_EPROTO) {
		rl_stream_free(s);
		return rl_err_set(e, RL_EPROTO, "stream: an event is not a JSON object");
	}
	*saw_error = s->failed;
	if (!s->done) {
		rl_stream_free(s);
		return rl_err_set(e, RL_EPROTO,
				  "stream: no response.completed, .incomplete or "
				  ".failed event");
	}
	resp = s->blocks;
	if (!json_is_object(resp)) {
		rl_stream_free(s);
		return rl_err_set(e, RL_EPROTO,
				  "stream: the terminal event has no response object");
	}
	/* the terminal event's response is what the SDKs hand the agent
	 * (finalResponse); when it carries no output, the items as the
	 * stream built them */
	if (!json_array_size(json_object_get(resp, "output")) && json_array_size(s->calls))
		json_object_set(resp, "output", s->calls);
	*out = json_incref(resp);
	rl_stream_free(s);
	return 0;
}
