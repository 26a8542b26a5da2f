/* sse.c: Server-Sent Events, incrementally, and the stream accumulators
 * that rebuild a complete rl_response from OpenAI chat.completion.chunk
 * events or Anthropic message events. Hand-written: no Debian library
 * parses SSE, and the format is a few lines of the WHATWG spec (fields
 * "event:"/"data:"; a blank line dispatches; data lines join with '\n').
 * The guard proxies streams through this; the fuzzer feeds it junk. */
#include "provider/internal.h"

#include <stdlib.h>
#include <string.h>

#define SSE_DEFAULT_MAX ((size_t)16 << 20)

void rl_sse_init(rl_sse *p)
{
	memset(p, 0, sizeof *p);
	rl_buf_init(&p->line);
	rl_buf_init(&p->event);
	rl_buf_init(&p->data);
}

void rl_sse_free(rl_sse *p)
{
	rl_buf_free(&p->line);
	rl_buf_free(&p->event);
	rl_buf_free(&p->data);
	memset(p, 0, sizeof *p);
}

static int sse_line(rl_sse *p, rl_sse_fn fn, void *ud)
{
	const char *s = p->line.s, *colon, *val;
	size_t n = p->line.len, flen, vlen;
	int rc = 0;

	if (!n) {
		/* Blank line: dispatch (an event with no data is dropped). */
		if (p->has_data) {
			size_t dl = p->data.len;
			if (dl && p->data.s[dl - 1] == '\n')
				dl--; /* the spec strips the last '\n' */
			rc = fn(ud, p->event.s, p->data.s, dl);
		}
		rl_buf_reset(&p->event);
		rl_buf_reset(&p->data);
		p->has_data = 0;
		return rc;
	}
	if (s[0] == ':')
		return 0; /* comment / keep-alive */
	colon = memchr(s, ':', n);
	flen = colon ? (size_t)(colon - s) : n;
	val = colon ? colon + 1 : s + n;
	vlen = colon ? n - flen - 1 : 0;
	if (vlen && *val == ' ') {
		val++;
		vlen--;
	}
	if (flen == 4 && !memcmp(s, "data", 4)) {
		if (p->data.len + vlen + 1 > (p->max_event ? p->max_event : SSE_DEFAULT_MAX))
			return RL_ELIMIT;
		if (rl_buf_add(&p->data, val, vlen) || rl_buf_addc(&p->data, '\n'))
			return RL_ENOMEM;
		p->has_data = 1;
	} else if (flen == 5 && !memcmp(s, "event", 5)) {
		rl_buf_reset(&p->event);
		if (vlen > 256)
			vlen = 256;
		if (rl_buf_add(&p->event, val, vlen))
			return RL_ENOMEM;
	}
	/* "id:" and "retry:" are irrelevant to one-shot model streams. */
	return 0;
}

int rl_sse_feed(rl_sse *p, const char *s, size_t n, rl_sse_fn fn, void *ud)
{
	size_t i, start = 0;
	size_t max = p->max_event ? p->max_event : SSE_DEFAULT_MAX;
	int rc;

	for (i = 0; i < n; i++) {
		char c = s[i];
		if (p->saw_cr) {
			/* CRLF ends one line, even when split across feeds. */
			p->saw_cr = 0;
			if (c == '\n') {
				start = i + 1;
				continue;
			}
		}
		if (c != '\n' && c != '\r')
			continue;
		if (p->line.len + (i - start) > max)
			return RL_ELIMIT;
		if (rl_buf_add(&p->line, s + start, i - start))
			return RL_ENOMEM;
		rc = sse_line(p, fn, ud);
		rl_buf_reset(&p->line);
		if (rc)
			return rc;
		p->saw_cr = c == '\r';
		start = i + 1;
	}
	if (start < n) {
		if (p->line.len + (n - start) > max)
			return RL_ELIMIT;
		if (rl_buf_add(&p->line, s + start, n - start))
			return RL_ENOMEM;
	}
	return 0;
}

/* ---- stream accumulators ------------------------------------------- */

#define MAX_STREAM_CALLS 128

struct rl_stream {
	int wire;
	rl_sse sse;
	rl_response r;
	int done, failed;
	/* OpenAI tool_call deltas by index; Anthropic content blocks by index. */
	json_t *calls;        /* array being assembled */
	json_t *blocks;       /* Anthropic: index -> {type, json text buffer} */
	rl_buf partial[MAX_STREAM_CALLS]; /* argument / input_json text per index */
	int nparts;
	rl_err err;
};

int rl_stream_new(int wire, rl_stream **out, rl_err *e)
{
	rl_stream *s;
	int i;
	*out = NULL;
	if (wire != RL_WIRE_OPENAI && wire != RL_WIRE_ANTHROPIC && wire != RL_WIRE_GEMINI)
		return rl_err_set(e, RL_EUNSUPP, "the mock provider has no stream format");
	if (!(s = calloc(1, sizeof *s)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	s->wire = wire;
	rl_sse_init(&s->sse);
	rl_response_init(&s->r);
	s->r.http_status = 200;
	s->calls = json_array();
	s->blocks = json_object();
	for (i = 0; i < MAX_STREAM_CALLS; i++)
		rl_buf_init(&s->partial[i]);
	if (!s->calls || !s->blocks) {
		rl_stream_free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	*out = s;
	return 0;
}

void rl_stream_free(rl_stream *s)
{
	int i;
	if (!s)
		return;
	rl_sse_free(&s->sse);
	rl_response_free(&s->r);
	json_decref(s->calls);
	json_decref(s->blocks);
	for (i = 0; i < MAX_STREAM_CALLS; i++)
		rl_buf_free(&s->partial[i]);
	free(s);
}

int rl_stream_done(const rl_stream *s)
{
	return s->done;
}

static int add_str(char **dst, size_t *len, const json_t *v)
{
	if (!json_is_string(v) || !json_string_length(v))
		return 0;
	return rl_resp_append(dst, len, json_string_value(v), json_string_length(v));
}

static int openai_event(rl_stream *s, const json_t *root)
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
	if (add_str(&s->r.text, &s->r.text_len, json_object_get(delta, "content")) ||
	    add_str(&s->r.reasoning, &s->r.reasoning_len,
		    json_object_get(delta, "reasoning_content")) ||
	    add_str(&s->r.reasoning, &s->r.reasoning_len, json_object_get(delta, "reasoning")))
		return RL_ENOMEM;
	tc = json_object_get(delta, "tool_calls");
	json_array_foreach(tc, i, c) {
		long idx = rl_json_long(c, "index", (long)i);
		json_t *slot, *fn = json_object_get(c, "function"), *args;
		if (idx < 0 || idx >= MAX_STREAM_CALLS)
			continue;
		while ((long)json_array_size(s->calls) <= idx)
			json_array_append_new(s->calls,
					      json_pack("{s:s,s:s,s:{s:s,s:s}}", "id", "", "type",
							"function", "function", "name", "",
							"arguments", ""));
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

static int anthropic_event(rl_stream *s, const char *event, const json_t *root)
{
	const char *type = rl_json_str(root, "type"), *str;
	json_t *blk, *delta, *usage;
	long idx;
	char key[24];

	(void)event;
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
			s->r.output_tokens = rl_json_long(usage, "output_tokens", s->r.output_tokens);
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
	if (idx < 0 || idx >= MAX_STREAM_CALLS)
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
				return add_str(&s->r.text, &s->r.text_len, json_object_get(blk, "text"));
			if (!strcmp(str, "thinking"))
				return add_str(&s->r.reasoning, &s->r.reasoning_len,
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
			return add_str(&s->r.text, &s->r.text_len, json_object_get(delta, "text"));
		if (!strcmp(str, "thinking_delta"))
			return add_str(&s->r.reasoning, &s->r.reasoning_len,
				       json_object_get(delta, "thinking"));
		if (!strcmp(str, "input_json_delta")) {
			json_t *pj = json_object_get(delta, "partial_json");
			if (json_is_string(pj) &&
			    rl_buf_add(&s->partial[idx], json_string_value(pj), json_string_length(pj)))
				return RL_ENOMEM;
		}
		return 0;
	}
	return 0; /* content_block_stop, ping, unknown: nothing to keep */
}

/* Gemini streams send whole GenerateContentResponse objects: decode each
 * and append its pieces. */
static int gemini_event(rl_stream *s, const json_t *root)
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
	    (part.reasoning &&
	     rl_resp_append(&s->r.reasoning, &s->r.reasoning_len, part.reasoning, part.reasoning_len)))
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

static int on_event(void *ud, const char *event, const char *data, size_t n)
{
	rl_stream *s = ud;
	json_t *root;
	int rc;

	if (s->done && s->wire != RL_WIRE_GEMINI)
		return 0;
	if (s->wire == RL_WIRE_OPENAI && n == 6 && !memcmp(data, "[DONE]", 6)) {
		s->done = 1;
		return 0;
	}
	{
		rl_buf fixed = RL_BUF_INIT; /* U+0000 reads as U+FFFD (codec.c) */
		const char *t = rl_json_nul_to_fffd(data, n, &fixed);
		root = t ? json_loadb(t, n, 0, NULL) : NULL;
		rl_buf_free(&fixed);
	}
	if (!json_is_object(root)) {
		json_decref(root);
		rl_resp_fail(&s->r, RL_EPROTO, 1, "stream event is not a JSON object");
		s->failed = 1;
		return 0;
	}
	rc = s->wire == RL_WIRE_OPENAI      ? openai_event(s, root)
	     : s->wire == RL_WIRE_ANTHROPIC ? anthropic_event(s, event, root)
					    : gemini_event(s, root);
	json_decref(root);
	return rc;
}

int rl_stream_feed(rl_stream *s, const char *p, size_t n, rl_err *e)
{
	int rc = rl_sse_feed(&s->sse, p, n, on_event, s);
	if (rc == RL_ELIMIT)
		return rl_err_set(e, rc, "stream event larger than the bound");
	if (rc)
		return rl_err_set(e, rc, "%s", rl_strerror(rc));
	return 0;
}

/* Build the native tool-call array from what the stream delivered. */
static int stream_calls(rl_stream *s)
{
	json_t *out = NULL;
	int i, rc = 0;

	if (s->wire == RL_WIRE_GEMINI) {
		if (json_array_size(s->calls)) {
			rc = rl_resp_set_json(&s->r.tool_calls, &s->r.tool_calls_len, s->calls);
			if (!rc && s->r.finish == RL_FINISH_STOP)
				s->r.finish = RL_FINISH_TOOL;
		}
		return rc;
	}
	if (s->wire == RL_WIRE_OPENAI) {
		for (i = 0; i < (int)json_array_size(s->calls); i++) {
			json_t *fn = json_object_get(json_array_get(s->calls, (size_t)i), "function");
			json_object_set_new(fn, "arguments",
					    json_stringn(s->partial[i].s, s->partial[i].len));
		}
		if (json_array_size(s->calls))
			rc = rl_resp_set_json(&s->r.tool_calls, &s->r.tool_calls_len, s->calls);
		return rc;
	}
	for (i = 0; i < s->nparts; i++) {
		char key[24];
		json_t *blk, *copy, *input;
		snprintf(key, sizeof key, "%d", i);
		blk = json_object_get(s->blocks, key);
		if (!json_is_object(blk) || strcmp(rl_json_str(blk, "type") ? rl_json_str(blk, "type") : "",
						   "tool_use"))
			continue;
		if (!out && !(out = json_array()))
			return RL_ENOMEM;
		copy = json_deep_copy(blk);
		if (s->partial[i].len) {
			rl_buf fixed = RL_BUF_INIT;
			const char *t = rl_json_nul_to_fffd(s->partial[i].s, s->partial[i].len,
							    &fixed);
			input = t ? json_loadb(t, s->partial[i].len, 0, NULL) : NULL;
			rl_buf_free(&fixed);
			/* Unparseable input stays visible as text, never dropped. */
			json_object_set_new(copy, "input",
					    input ? input : json_stringn(s->partial[i].s,
									s->partial[i].len));
		}
		json_array_append_new(out, copy);
	}
	if (out) {
		rc = rl_resp_set_json(&s->r.tool_calls, &s->r.tool_calls_len, out);
		json_decref(out);
	}
	return rc;
}

int rl_stream_finish(rl_stream *s, rl_response *out, rl_err *e)
{
	int rc = 0;
	if (stream_calls(s))
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	if (!s->r.text && rl_resp_set(&s->r.text, &s->r.text_len, "", 0))
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	if (!rc && !s->done && !s->r.error) {
		rl_resp_fail(&s->r, RL_EPROTO, 1, "stream ended before its terminal event");
	}
	if (!rc && s->r.error)
		rc = rl_err_set(e, s->r.error, "%s", s->r.error_msg);
	*out = s->r;
	rl_response_init(&s->r);
	return rc;
}
