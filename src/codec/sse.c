/* sse.c: Server-Sent Events both ways -- an incremental reader, the
 * stream accumulator that hands each event to its wire's handler
 * (openai_chat.c, anthropic.c, gemini.c, responses.c) and rebuilds the
 * rl_response a non-streamed call yields, and the writer the renderers use
 * to synthesise streams. Hand-written: no Debian library parses SSE, and
 * the format is a few lines of the WHATWG spec (fields "event:"/"data:";
 * a blank line dispatches; data lines join with '\n'). The fuzzer feeds
 * it junk (fuzz_sse). */
#include "codec/codec.h"

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

/* ---- stream accumulation ------------------------------------------- */

int rl_stream_new(int wire, rl_stream **out, rl_err *e)
{
	rl_stream *s;
	int i;
	*out = NULL;
	if (wire != RL_WIRE_OPENAI && wire != RL_WIRE_ANTHROPIC && wire != RL_WIRE_GEMINI &&
	    wire != RL_WIRE_RESPONSES)
		return rl_err_set(e, RL_EUNSUPP, "the mock provider has no stream format");
	if (!(s = calloc(1, sizeof *s)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	s->wire = wire;
	rl_sse_init(&s->sse);
	rl_response_init(&s->r);
	s->r.http_status = 200;
	s->calls = json_array();
	s->blocks = json_object();
	for (i = 0; i < RL_STREAM_MAX_PARTS; i++)
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
	for (i = 0; i < RL_STREAM_MAX_PARTS; i++)
		rl_buf_free(&s->partial[i]);
	free(s);
}

int rl_stream_done(const rl_stream *s)
{
	return s->done;
}

int rl_stream_add_str(char **dst, size_t *len, const json_t *v)
{
	if (!json_is_string(v) || !json_string_length(v))
		return 0;
	return rl_resp_append(dst, len, json_string_value(v), json_string_length(v));
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
		rl_buf fixed = RL_BUF_INIT; /* U+0000 reads as U+FFFD (common.c) */
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
	switch (s->wire) {
	case RL_WIRE_OPENAI: rc = rl_openai_stream_event(s, root); break;
	case RL_WIRE_ANTHROPIC: rc = rl_anthropic_stream_event(s, root); break;
	case RL_WIRE_GEMINI: rc = rl_gemini_stream_event(s, root); break;
	default: rc = rl_responses_stream_event(s, event, root); break;
	}
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
	switch (s->wire) {
	case RL_WIRE_OPENAI: return rl_openai_stream_calls(s);
	case RL_WIRE_ANTHROPIC: return rl_anthropic_stream_calls(s);
	case RL_WIRE_GEMINI: return rl_gemini_stream_calls(s);
	}
	return rl_responses_stream_finish(s);
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
	s->r.calls_wire = s->wire;
	*out = s->r;
	rl_response_init(&s->r);
	return rc;
}

/* ---- writing streams ------------------------------------------------ */

void rl_sse_w_init(rl_sse_w *w)
{
	memset(w, 0, sizeof *w);
	rl_buf_init(&w->b);
}

void rl_sse_w_free(rl_sse_w *w)
{
	rl_buf_free(&w->b);
	free(w->cuts);
	memset(w, 0, sizeof *w);
}

static int sse_w_put(rl_sse_w *w, const char *event, json_t *data, int done)
{
	char *s = data ? json_dumps(data, JSON_COMPACT) : NULL;
	int rc = 0;
	json_decref(data);
	if (!done && !s)
		rc = RL_ENOMEM;
	if (!rc && event)
		rc = rl_buf_addf(&w->b, "event: %s\n", event);
	if (!rc)
		rc = rl_buf_addf(&w->b, "data: %s\n\n", s ? s : "[DONE]");
	free(s);
	if (!rc && w->ncuts == w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 32;
		size_t *c = realloc(w->cuts, cap * sizeof *c);
		if (!c)
			rc = RL_ENOMEM;
		else {
			w->cuts = c;
			w->cap = cap;
		}
	}
	if (!rc)
		w->cuts[w->ncuts++] = w->b.len;
	if (rc)
		w->oom = 1;
	return rc ? RL_ENOMEM : 0;
}

int rl_sse_w_event(rl_sse_w *w, const char *event, json_t *data)
{
	return sse_w_put(w, event, data, 0);
}

int rl_sse_w_done(rl_sse_w *w)
{
	return sse_w_put(w, NULL, NULL, 1);
}

size_t rl_codec_piece(const char *s, size_t n, size_t k, size_t chunk)
{
	size_t end;
	/* nothing left: an empty piece, never the byte past the end (an empty
	 * text used to come out as one delta holding its NUL terminator) */
	if (k >= n)
		return 0;
	end = n - k < chunk ? n : k + chunk;
	/* back off continuation bytes; if a single sequence is longer than
	 * the chunk, go forward to its end instead */
	while (end < n && end > k && ((unsigned char)s[end] & 0xC0) == 0x80)
		end--;
	if (end == k) {
		end = k + 1;
		while (end < n && ((unsigned char)s[end] & 0xC0) == 0x80)
			end++;
	}
	return end - k;
}
