/* wire_sse.c: streamed (SSE) responses for wire.c: accumulating OpenAI
 * chunks and Anthropic events into the non-streamed shape (Responses API
 * events through the codec), and writing a (rewritten) response back as a
 * stream (the codec's synthesis). The framing (blank-line separated
 * "event:"/"data:" lines) is written by hand: no Debian library parses SSE. */
#include "guard/wire.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/jsonr.h"
#include "codec/codec.h"

#define GW_MAX_SSE_EVENTS 1000000

/* ---- SSE accumulation ---- */

/* Append string `add` to obj[key] (creating it). */
static int str_append(json_t *obj, const char *key, const char *add, size_t n)
{
	json_t *cur = json_object_get(obj, key);
	rl_buf b = RL_BUF_INIT;
	int rc;
	if (json_is_string(cur) && rl_buf_add(&b, json_string_value(cur), json_string_length(cur)))
		return RL_ENOMEM;
	if (rl_buf_add(&b, add, n)) {
		rl_buf_free(&b);
		return RL_ENOMEM;
	}
	rc = json_object_set_new(obj, key, json_stringn(b.s, b.len)) ? RL_ENOMEM : 0;
	rl_buf_free(&b);
	return rc;
}

static json_t *arr_slot(json_t *arr, size_t idx, json_t *(*mk)(size_t))
{
	if (idx > 4096)
		return NULL; /* bound: an untrusted index must not allocate without limit */
	while (json_array_size(arr) <= idx)
		if (json_array_append_new(arr, mk(json_array_size(arr))))
			return NULL;
	return json_array_get(arr, idx);
}

static json_t *mk_choice(size_t i)
{
	return json_pack("{s:I,s:{s:s,s:n},s:n}", "index", (json_int_t)i, "message", "role",
			 "assistant", "content", "finish_reason");
}

static json_t *mk_tool_call(size_t i)
{
	(void)i;
	return json_pack("{s:s,s:s,s:{s:s,s:s}}", "id", "", "type", "function", "function", "name",
			 "", "arguments", "");
}

/* A streamed index: a JSON integer in [0, 4096], else -1. The clients file
 * a piece under whatever index it names, so a missing or odd one is a
 * shape the guard cannot reproduce. */
static long sse_index(json_t *v)
{
	json_int_t i;
	if (!json_is_integer(v))
		return -1;
	i = json_integer_value(v);
	return i < 0 || i > 4096 ? -1 : (long)i;
}

/* Absent, null or a string: the shapes every client reads the same. */
static int opt_str(json_t *v)
{
	return !v || json_is_null(v) || json_is_string(v);
}

/* JavaScript truthiness of a JSON value (openai-node tests `data.error`). */
static int js_truthy(json_t *v)
{
	if (!v)
		return 0;
	switch (json_typeof(v)) {
	case JSON_NULL:
	case JSON_FALSE: return 0;
	case JSON_STRING: return json_string_length(v) > 0;
	case JSON_INTEGER: return json_integer_value(v) != 0;
	case JSON_REAL: return json_real_value(v) != 0.0;
	default: return 1;
	}
}

/* Merge a streamed function piece (a tool call's `function`, or the legacy
 * `function_call`) into `slot` ({name, arguments}). Arguments append, in
 * every client. A name sent again differently is refused: openai-node
 * replaces the name, other clients append it, so the guard cannot know
 * which tool the agent will run. */
static int merge_fn(json_t *slot, json_t *fn)
{
	json_t *name = json_object_get(fn, "name"), *args = json_object_get(fn, "arguments");
	if (!opt_str(name) || !opt_str(args))
		return RL_EPROTO;
	if (json_is_string(name) && json_string_length(name)) {
		json_t *cur = json_object_get(slot, "name");
		size_t cl = json_string_length(cur);
		if (cl && (cl != json_string_length(name) ||
			   memcmp(json_string_value(cur), json_string_value(name), cl)))
			return RL_EPROTO;
		if (json_object_set(slot, "name", name))
			return RL_ENOMEM;
	}
	if (json_is_string(args) &&
	    str_append(slot, "arguments", json_string_value(args), json_string_length(args)))
		return RL_ENOMEM;
	return 0;
}

/* One chat.completion.chunk into the accumulated completion, as
 * openai-node's ChatCompletionStream builds it; a piece whose shape the
 * clients would read differently (or crash on) is RL_EPROTO. */
static int openai_chunk(json_t *acc, json_t *chunk)
{
	json_t *choices = json_object_get(chunk, "choices"), *ch, *v;
	const char *k;
	size_t i;
	int rc;

	if (!json_is_object(chunk) || !json_is_array(choices))
		return RL_EPROTO;
	/* top-level fields: first wins for identity, last wins for usage */
	json_object_foreach(chunk, k, v) {
		if (!strcmp(k, "choices") || !strcmp(k, "object"))
			continue;
		if (!strcmp(k, "usage") ? !json_is_null(v) : !json_object_get(acc, k))
			json_object_set(acc, k, v);
	}
	json_array_foreach(choices, i, ch) {
		long ci = sse_index(json_object_get(ch, "index"));
		json_t *delta = json_object_get(ch, "delta"), *c, *msg, *tcs, *tc;
		size_t j;
		/* openai-node copies a choice piece's other members onto its choice
		 * (Object.assign): a "message" there replaces the whole message */
		if (!json_is_object(ch) || ci < 0 || json_object_get(ch, "message"))
			return RL_EPROTO;
		c = arr_slot(json_object_get(acc, "choices"), (size_t)ci, mk_choice);
		if (!c)
			return RL_ENOMEM;
		msg = json_object_get(c, "message");
		v = json_object_get(ch, "finish_reason");
		if (v && !json_is_null(v))
			json_object_set(c, "finish_reason", v);
		if (json_object_get(ch, "logprobs"))
			json_object_set(c, "logprobs", json_object_get(ch, "logprobs"));
		if (!delta || json_is_null(delta))
			continue;
		if (!json_is_object(delta))
			return RL_EPROTO;
		json_object_foreach(delta, k, v) {
			if (json_is_null(v))
				continue;
			if (!strcmp(k, "content") || !strcmp(k, "reasoning_content") ||
			    !strcmp(k, "reasoning") || !strcmp(k, "refusal")) {
				if (!json_is_string(v))
					return RL_EPROTO;
				if (str_append(msg, k, json_string_value(v), json_string_length(v)))
					return RL_ENOMEM;
			} else if (!strcmp(k, "tool_calls")) {
				if (!json_is_array(v))
					return RL_EPROTO;
				tcs = json_object_get(msg, "tool_calls");
				if (!tcs) {
					tcs = json_array();
					json_object_set_new(msg, "tool_calls", tcs);
				}
				json_array_foreach(v, j, tc) {
					long t = sse_index(json_object_get(tc, "index"));
					json_t *fn = json_object_get(tc, "function"), *slot;
					if (!json_is_object(tc) || t < 0 ||
					    !opt_str(json_object_get(tc, "id")))
						return RL_EPROTO;
					slot = arr_slot(tcs, (size_t)t, mk_tool_call);
					if (!slot)
						return RL_ENOMEM;
					if (json_is_string(json_object_get(tc, "id")))
						json_object_set(slot, "id",
								json_object_get(tc, "id"));
					if (json_is_string(json_object_get(tc, "type")))
						json_object_set(slot, "type",
								json_object_get(tc, "type"));
					if (!fn || json_is_null(fn))
						continue;
					if (!json_is_object(fn))
						return RL_EPROTO;
					if ((rc = merge_fn(json_object_get(slot, "function"), fn)))
						return rc;
				}
			} else if (!strcmp(k, "function_call")) {
				/* the legacy single call: accumulated like a tool call */
				json_t *fc = json_object_get(msg, "function_call");
				if (!json_is_object(v))
					return RL_EPROTO;
				if (!fc) {
					fc = json_pack("{s:s,s:s}", "name", "", "arguments", "");
					if (!fc || json_object_set_new(msg, "function_call", fc))
						return RL_ENOMEM;
				}
				if ((rc = merge_fn(fc, v)))
					return rc;
			} else {
				json_object_set(msg, k, v);
			}
		}
	}
	return 0;
}

/* Anthropic Messages events, accumulated as @anthropic-ai/sdk's
 * MessageStream does: it appends a block at every content_block_start
 * whatever its index, applies a delta to the block at the delta's index
 * when the types fit, refuses a second message_start, and keeps applying
 * events after message_stop. Rather than reproduce every corner, the guard
 * takes only the regular shape that real streams have (one message; blocks
 * started at the next index, one at a time, each stopped before the next;
 * deltas that fit their block; message_stop last) and refuses the rest, so
 * what it evaluates is what the SDK delivers. */
typedef struct anth_acc {
	json_t *msg;    /* the message being built */
	rl_buf partial; /* the open block's partial_json */
	long open;      /* index of the open block, -1 when none */
	int stopped;    /* message_stop seen */
} anth_acc;

static int anthropic_event(anth_acc *a, const char *name, json_t *ev, int *saw_error)
{
	const char *type = json_string_value(json_object_get(ev, "type")), *bt, *dt;
	json_t *content, *blk, *delta, *s;
	long idx;

	/* the SDK picks events by their SSE name and reads them by their JSON
	 * type: the two must agree */
	if (!type || !name || strcmp(name, type))
		return RL_EPROTO;
	if (!strcmp(type, "ping"))
		return 0;
	if (!strcmp(type, "error")) {
		*saw_error = 1;
		return 0;
	}
	if (a->stopped)
		return RL_EPROTO; /* nothing but pings after message_stop */
	if (!strcmp(type, "message_start")) {
		json_t *m = json_object_get(ev, "message");
		if (a->msg || !json_is_object(m) || !json_is_array(json_object_get(m, "content")))
			return RL_EPROTO;
		a->msg = json_deep_copy(m);
		return a->msg ? 0 : RL_ENOMEM;
	}
	if (!a->msg)
		return RL_EPROTO;
	content = json_object_get(a->msg, "content");
	idx = sse_index(json_object_get(ev, "index"));
	if (!strcmp(type, "content_block_start")) {
		json_t *cb = json_object_get(ev, "content_block");
		if (!json_is_object(cb) || a->open >= 0 || idx < 0 ||
		    (size_t)idx != json_array_size(content))
			return RL_EPROTO;
		if (json_array_append_new(content, json_deep_copy(cb)))
			return RL_ENOMEM;
		a->open = idx;
		rl_buf_reset(&a->partial);
		return 0;
	}
	if (!strcmp(type, "content_block_delta")) {
		delta = json_object_get(ev, "delta");
		dt = json_string_value(json_object_get(delta, "type"));
		blk = json_array_get(content, (size_t)idx);
		bt = json_string_value(json_object_get(blk, "type"));
		if (idx < 0 || idx != a->open || !dt || !bt)
			return RL_EPROTO;
		if (!strcmp(dt, "text_delta") && !strcmp(bt, "text") &&
		    json_is_string(s = json_object_get(delta, "text")))
			return str_append(blk, "text", json_string_value(s), json_string_length(s));
		if (!strcmp(dt, "citations_delta") && !strcmp(bt, "text"))
			return 0; /* where a passage came from, not the model's words */
		if (!strcmp(dt, "thinking_delta") && !strcmp(bt, "thinking") &&
		    json_is_string(s = json_object_get(delta, "thinking")))
			return str_append(blk, "thinking", json_string_value(s),
					  json_string_length(s));
		if (!strcmp(dt, "signature_delta") && !strcmp(bt, "thinking") &&
		    json_is_string(s = json_object_get(delta, "signature")))
			return json_object_set(blk, "signature", s) ? RL_ENOMEM : 0;
		if (!strcmp(dt, "input_json_delta") &&
		    (!strcmp(bt, "tool_use") || !strcmp(bt, "server_tool_use")) &&
		    json_is_string(s = json_object_get(delta, "partial_json")))
			return rl_buf_add(&a->partial, json_string_value(s), json_string_length(s));
		return RL_EPROTO;
	}
	if (!strcmp(type, "content_block_stop")) {
		if (idx < 0 || idx != a->open)
			return RL_EPROTO;
		blk = json_array_get(content, (size_t)idx);
		if (a->partial.len) {
			json_error_t je;
			json_t *in = json_loadb(a->partial.s, a->partial.len,
						JSON_REJECT_DUPLICATES, &je);
			if (!in)
				return RL_EPROTO;
			json_object_set_new(blk, "input", in);
		}
		a->open = -1;
		return 0;
	}
	if (!strcmp(type, "message_delta")) {
		json_t *u = json_object_get(ev, "usage"), *sr, *ss;
		delta = json_object_get(ev, "delta");
		if (!json_is_object(delta))
			return RL_EPROTO;
		/* only what the SDK takes from it */
		sr = json_object_get(delta, "stop_reason");
		ss = json_object_get(delta, "stop_sequence");
		json_object_set(a->msg, "stop_reason", sr ? sr : json_null());
		json_object_set(a->msg, "stop_sequence", ss ? ss : json_null());
		if (json_is_object(u)) {
			json_t *mu = json_object_get(a->msg, "usage");
			if (!json_is_object(mu))
				json_object_set(a->msg, "usage", u);
			else
				json_object_update(mu, u);
		}
		return 0;
	}
	if (!strcmp(type, "message_stop")) {
		if (a->open >= 0)
			return RL_EPROTO;
		a->stopped = 1;
		return 0;
	}
	return RL_EPROTO; /* an event the guard does not know */
}

/* The SSE framing, as the spec (WHATWG HTML, "event stream
 * interpretation") and the SDKs' decoders read it: a line ends at CRLF, LF
 * or a lone CR; a blank line dispatches; `data` lines join with "\n". Every
 * line must be a comment or one of the spec's fields (a JSON body labelled
 * text/event-stream is not a stream), an event at the end of the bytes
 * without its blank line is one the clients discard (refused), and a stream
 * without events is refused. */
int gw_resp_parse_sse(int format, const char *sse, size_t n, gw_resp *r, int *saw_error, rl_err *e)
{
	json_t *acc = NULL;
	anth_acc aa = {.open = -1};
	rl_buf data = RL_BUF_INIT, event = RL_BUF_INIT;
	size_t pos = 0, events = 0, lineno = 0;
	int rc = 0, done = 0, has_data = 0, has_event = 0;

	*saw_error = 0;
	memset(r, 0, sizeof *r);
	if (format == RL_GUARD_RESPONSES) {
		/* typed events: the codec's accumulator, strict about the end
		 * (codec/responses.c); the terminal event's response is what
		 * the SDKs hand the agent */
		if ((rc = rl_responses_sse_tree(sse, n, &acc, saw_error, e)))
			return rc;
		return gw_resp_from_tree(format, acc, r, e);
	}
	rl_buf_init(&aa.partial);
	if (format == RL_GUARD_OPENAI)
		acc = json_pack("{s:s,s:[]}", "object", "chat.completion", "choices");
	while (pos < n && !rc) {
		const char *ls = sse + pos, *colon, *val;
		size_t ll = 0, fl, vl;
		while (pos + ll < n && ls[ll] != '\n' && ls[ll] != '\r')
			ll++;
		lineno++;
		/* a last line without its end still counts as a line; the event it
		 * belongs to has no blank line, which the check below refuses */
		pos += ll + 1;
		if (pos <= n && ls[ll] == '\r' && pos < n && sse[pos] == '\n')
			pos++;
		if (ll) {
			if (ls[0] == ':')
				continue; /* a comment */
			colon = memchr(ls, ':', ll);
			fl = colon ? (size_t)(colon - ls) : ll;
			val = colon ? colon + 1 : ls + ll;
			vl = (size_t)(ls + ll - val);
			if (vl && *val == ' ')
				val++, vl--;
			if (fl == 4 && !memcmp(ls, "data", 4)) {
				if ((has_data && rl_buf_addc(&data, '\n')) ||
				    rl_buf_add(&data, val, vl))
					rc = rl_err_set(e, RL_ENOMEM, "out of memory");
				has_data = 1;
			} else if (fl == 5 && !memcmp(ls, "event", 5)) {
				rl_buf_reset(&event);
				if (rl_buf_add(&event, val, vl))
					rc = rl_err_set(e, RL_ENOMEM, "out of memory");
				has_event = 1;
			} else if (!(fl == 2 && !memcmp(ls, "id", 2)) &&
				   !(fl == 5 && !memcmp(ls, "retry", 5))) {
				rc = rl_err_set(e, RL_EPROTO,
						"stream line %zu: not an SSE field or comment",
						lineno);
			}
			continue;
		}
		/* a blank line: dispatch */
		if (!has_data && !has_event)
			continue;
		if (++events > GW_MAX_SSE_EVENTS) {
			rc = rl_err_set(e, RL_ELIMIT, "stream: more than %d events",
					GW_MAX_SSE_EVENTS);
			break;
		}
		if (!has_data) {
			rc = rl_err_set(e, RL_EPROTO, "stream event %zu: an event without data",
					events);
		} else if (format == RL_GUARD_OPENAI && has_event) {
			/* openai-node reads only unnamed events as chunks */
			rc = rl_err_set(
				e, RL_EPROTO,
				"stream event %zu: a named event in a Chat Completions stream",
				events);
		} else if (format == RL_GUARD_OPENAI && done) {
			rc = rl_err_set(e, RL_EPROTO, "stream event %zu: an event after [DONE]",
					events);
		} else if (format == RL_GUARD_OPENAI && data.len == 6 &&
			   !memcmp(data.s, "[DONE]", 6)) {
			done = 1;
		} else {
			json_error_t je;
			json_t *ev = json_loadb(data.s ? data.s : "", data.len,
						JSON_REJECT_DUPLICATES, &je);
			if (!ev) {
				rc = rl_err_set(e, RL_EPROTO, "stream event %zu: invalid JSON: %s",
						events, je.text);
				break;
			}
			if (format == RL_GUARD_OPENAI) {
				/* openai-node throws on a truthy "error" and reads the rest */
				if (json_is_object(ev) && js_truthy(json_object_get(ev, "error"))) {
					*saw_error = 1;
				} else if ((rc = openai_chunk(acc, ev)))
					rl_err_set(
						e, rc,
						"stream event %zu: not a chat.completion.chunk the clients read alike",
						events);
			} else if ((rc = anthropic_event(&aa, has_event ? event.s : NULL, ev,
							 saw_error))) {
				rl_err_set(
					e, rc,
					"stream event %zu: not a Messages event in the regular order",
					events);
			}
			json_decref(ev);
		}
		rl_buf_reset(&data);
		rl_buf_reset(&event);
		has_data = has_event = 0;
	}
	if (!rc && format == RL_GUARD_OPENAI && has_data && !has_event && !done && data.len == 6 &&
	    !memcmp(data.s, "[DONE]", 6))
		has_data = 0; /* a last [DONE] without its blank line ends nothing */
	if (!rc && (has_data || has_event))
		rc = rl_err_set(e, RL_EPROTO, "stream: the stream ends inside an event");
	if (!rc && !events)
		rc = rl_err_set(e, RL_EPROTO, "stream: no events (not an event stream)");
	rl_buf_free(&data);
	rl_buf_free(&event);
	rl_buf_free(&aa.partial);
	if (format == RL_GUARD_ANTHROPIC) {
		acc = aa.msg;
		if (!rc && !acc)
			rc = rl_err_set(e, RL_EPROTO, "stream: no message_start event");
		if (!rc && !aa.stopped)
			rc = rl_err_set(e, RL_EPROTO, "stream: no message_stop event");
	}
	if (rc) {
		json_decref(acc);
		return rc;
	}
	if (!acc)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	return gw_resp_from_tree(format, acc, r, e);
}

/* Writing a (rewritten) response back as a stream is the codec's stream
 * synthesis from the response object (src/codec: ids and members kept,
 * each text in one delta), the same writer the fake provider streams
 * with. */
int gw_resp_sse(const gw_resp *r, rl_buf *out)
{
	rl_sse_w w;
	int rc;
	rl_sse_w_init(&w);
	rc = r->format == RL_GUARD_OPENAI      ? rl_openai_synth_tree(r->root, 0, &w)
	     : r->format == RL_GUARD_ANTHROPIC ? rl_anthropic_synth_tree(r->root, 0, &w)
					       : rl_responses_synth_tree(r->root, 0, &w);
	if (!rc && rl_buf_add(out, w.b.s ? w.b.s : "", w.b.len))
		rc = RL_ENOMEM;
	rl_sse_w_free(&w);
	return rc;
}
