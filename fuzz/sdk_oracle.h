/* sdk_oracle.h: a reference reconstruction, for the fuzzers' differential
 * oracle, of what the official SDKs (openai-node 4.x, @anthropic-ai/sdk
 * 0.39) deliver to an agent from the bytes of an answer: the names of the
 * tool calls it would run. Written apart from the guard's reader
 * (src/guard/wire.c) and as plainly as the SDKs' own code: their SSE
 * decoder (lines end at CR, LF or CRLF; a blank line dispatches when an
 * event name or data was seen), openai-node's ChatCompletionStream
 * accumulation and @anthropic-ai/sdk's MessageStream accumulation. Where
 * the SDK would throw, the reconstruction stops and keeps what was built
 * (what a streaming consumer already saw): it may see more than the SDK,
 * never less. Header-only: included by the fuzz targets. */
#ifndef RL_FUZZ_SDK_ORACLE_H
#define RL_FUZZ_SDK_ORACLE_H

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "guard/eval.h"
#include "guard/wire.h"
#include "redline/buf.h"
#include "redline/guard.h"

typedef struct {
	int anthropic;
	int stop;     /* the SDK threw: nothing after this is delivered */
	int done;     /* openai: [DONE] seen */
	json_t *snap; /* openai: {"<choice key>": message}; anthropic: the message */
	const char *name;
	int hit;
} oracle;

static int or_truthy(json_t *v)
{
	if (!v)
		return 0;
	switch (json_typeof(v)) {
	case JSON_NULL:
	case JSON_FALSE: return 0;
	case JSON_STRING: return json_string_length(v) > 0;
	case JSON_INTEGER: return json_integer_value(v) != 0;
	case JSON_REAL: return json_real_value(v) != 0.0 && !isnan(json_real_value(v));
	default: return 1;
	}
}

/* A JS property key for an index value (String(index)). */
static void or_key(json_t *v, char *k, size_t kn)
{
	if (json_is_integer(v))
		snprintf(k, kn, "%lld", (long long)json_integer_value(v));
	else if (json_is_real(v) && json_real_value(v) == (double)(long long)json_real_value(v))
		snprintf(k, kn, "%lld", (long long)json_real_value(v));
	else if (json_is_string(v))
		snprintf(k, kn, "%s", json_string_value(v));
	else
		snprintf(k, kn, "%s", v ? "?" : "undefined");
}

static int or_is_name(json_t *v, const char *name)
{
	return json_is_string(v) && !strcmp(json_string_value(v), name) &&
	       strlen(name) == json_string_length(v);
}

/* openai-node ChatCompletionStream #accumulateChatCompletion, for calls. */
static void or_openai_chunk(oracle *o, json_t *chunk)
{
	json_t *choices = json_object_get(chunk, "choices"), *ch;
	size_t i;
	if (!json_is_object(chunk) || !json_is_array(choices)) {
		o->stop = 1; /* for..of over a non-iterable throws */
		return;
	}
	json_array_foreach(choices, i, ch) {
		char key[64];
		json_t *msg, *delta, *fc, *tcs, *tc;
		size_t j;
		if (json_is_null(ch)) {
			o->stop = 1;
			return;
		}
		or_key(json_object_get(ch, "index"), key, sizeof key);
		msg = json_object_get(o->snap, key);
		if (!msg) {
			msg = json_object();
			json_object_set_new(msg, "tool_calls", json_object());
			json_object_set_new(o->snap, key, msg);
		}
		if (json_object_get(ch, "message")) {
			/* Object.assign(choice, other): the piece's message replaces
			 * the accumulated one (its tool_calls keyed by position) */
			json_t *nm = json_object_get(ch, "message"), *tcs2 = json_object(), *t2;
			size_t q;
			if (!json_is_object(nm)) {
				json_decref(tcs2);
				o->stop = 1;
				return;
			}
			json_array_foreach(json_object_get(nm, "tool_calls"), q, t2) {
				char qk[32];
				snprintf(qk, sizeof qk, "%zu", q);
				json_object_set_new(tcs2, qk, json_deep_copy(t2));
			}
			msg = json_object();
			if (json_object_get(nm, "function_call"))
				json_object_set_new(
					msg, "function_call",
					json_deep_copy(json_object_get(nm, "function_call")));
			json_object_set_new(msg, "tool_calls", tcs2);
			json_object_set_new(o->snap, key, msg);
		}
		delta = json_object_get(ch, "delta");
		if (!or_truthy(delta))
			continue;
		fc = json_object_get(delta, "function_call");
		if (or_truthy(fc)) {
			json_t *cur = json_object_get(msg, "function_call");
			if (!cur)
				json_object_set_new(msg, "function_call", json_deep_copy(fc));
			else if (or_truthy(json_object_get(fc, "name")) && json_is_object(cur))
				json_object_set(cur, "name", json_object_get(fc, "name"));
		}
		tcs = json_object_get(delta, "tool_calls");
		if (!or_truthy(tcs))
			continue;
		if (!json_is_array(tcs)) {
			o->stop = 1;
			return;
		}
		json_array_foreach(tcs, j, tc) {
			json_t *fn, *slot, *sfn;
			char tk[64];
			if (json_is_null(tc)) {
				o->stop = 1;
				return;
			}
			or_key(json_object_get(tc, "index"), tk, sizeof tk);
			slot = json_object_get(json_object_get(msg, "tool_calls"), tk);
			if (!slot) {
				slot = json_object();
				json_object_set_new(json_object_get(msg, "tool_calls"), tk, slot);
			}
			fn = json_object_get(tc, "function");
			if (!or_truthy(fn))
				continue;
			sfn = json_object_get(slot, "function");
			if (!sfn) {
				json_t *nm = json_object_get(fn, "name");
				sfn = json_object();
				json_object_set_new(sfn, "name",
						    nm && !json_is_null(nm) ? json_incref(nm)
									    : json_string(""));
				json_object_set_new(slot, "function", sfn);
			}
			if (or_truthy(json_object_get(fn, "name")))
				json_object_set(sfn, "name", json_object_get(fn, "name"));
		}
	}
}

/* JS Array.prototype.at's index from a JSON value. */
static long long or_at(json_t *v, size_t n)
{
	double d = json_is_number(v)   ? json_number_value(v)
		   : json_is_true(v)   ? 1
		   : json_is_string(v) ? strtod(json_string_value(v), NULL)
				       : 0;
	long long i = isnan(d) ? 0 : (long long)d;
	return i < 0 ? (long long)n + i : i;
}

/* @anthropic-ai/sdk MessageStream #accumulateMessage, for calls. */
static void or_anthropic_event(oracle *o, json_t *ev)
{
	const char *type;
	json_t *content;
	if (!ev || json_is_null(ev)) {
		o->stop = 1;
		return;
	}
	type = json_string_value(json_object_get(ev, "type"));
	if (type && !strcmp(type, "message_start")) {
		if (o->snap) {
			o->stop = 1;
			return;
		}
		o->snap = json_incref(json_object_get(ev, "message"));
		if (!o->snap)
			o->snap = json_object();
		return;
	}
	if (!o->snap) {
		o->stop = 1;
		return;
	}
	content = json_object_get(o->snap, "content");
	if (type && !strcmp(type, "content_block_start")) {
		if (!json_is_array(content)) {
			o->stop = 1;
			return;
		}
		json_array_append(content, json_object_get(ev, "content_block")
						   ? json_object_get(ev, "content_block")
						   : json_null());
	} else if (type && !strcmp(type, "content_block_delta")) {
		long long at = or_at(json_object_get(ev, "index"), json_array_size(content));
		json_t *d = json_object_get(ev, "delta");
		if (!json_is_array(content) || !json_is_object(d)) {
			o->stop = 1;
			return;
		}
		(void)at; /* deltas change text and inputs, never a call's name */
	}
}

static void or_dispatch(oracle *o, const char *event, int has_event, const char *data, size_t dn)
{
	json_error_t je;
	json_t *v;
	if (o->anthropic) {
		static const char *const yield[] = {"completion",          "message_start",
						    "message_delta",       "message_stop",
						    "content_block_start", "content_block_delta",
						    "content_block_stop",  NULL};
		size_t k;
		if (!has_event)
			return;
		if (!strcmp(event, "error")) {
			o->stop = 1;
			return;
		}
		for (k = 0; yield[k] && strcmp(yield[k], event); k++)
			;
		if (!yield[k])
			return; /* ping and unknown names are skipped */
		v = json_loadb(data, dn, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
		if (!v) {
			o->stop = 1;
			return;
		}
		or_anthropic_event(o, v);
		json_decref(v);
		return;
	}
	if (o->done)
		return;
	if (dn >= 6 && !memcmp(data, "[DONE]", 6)) {
		o->done = 1;
		return;
	}
	v = json_loadb(data, dn, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
	if (!v || has_event || (json_is_object(v) && or_truthy(json_object_get(v, "error"))))
		o->stop = 1; /* unparsable, an error, or a named event ({event, data} has no
				choices) */
	else
		or_openai_chunk(o, v);
	json_decref(v);
}

/* The SDKs' LineDecoder + SSEDecoder over the whole body. */
static void or_sse(oracle *o, const char *s, size_t n)
{
	rl_buf data = RL_BUF_INIT, event = RL_BUF_INIT;
	size_t i = 0, ndata = 0;
	int has_event = 0;
	while (i < n && !o->stop) {
		size_t j = i, ll;
		const char *colon;
		while (j < n && s[j] != '\r' && s[j] != '\n')
			j++;
		if (j >= n)
			break; /* a last line without its end is never followed by a blank line */
		ll = j - i;
		if (ll == 0) {
			/* `!this.event && !this.data.length`: an empty event name is
			 * falsy, and nothing is reset without a dispatch */
			if ((has_event && event.len) || ndata) {
				or_dispatch(o, has_event ? (event.s ? event.s : "") : NULL,
					    has_event, data.s ? data.s : "", data.len);
				rl_buf_reset(&data);
				rl_buf_reset(&event);
				has_event = 0;
				ndata = 0;
			}
		} else if (s[i] != ':') {
			size_t fl, vs, vl;
			colon = memchr(s + i, ':', ll);
			fl = colon ? (size_t)(colon - (s + i)) : ll;
			vs = colon ? fl + 1 : ll;
			if (vs < ll && s[i + vs] == ' ')
				vs++;
			vl = ll - vs;
			if (fl == 5 && !memcmp(s + i, "event", 5)) {
				rl_buf_reset(&event);
				rl_buf_add(&event, s + i + vs, vl);
				rl_buf_addc(&event, 0);
				event.len--;
				has_event = 1;
			} else if (fl == 4 && !memcmp(s + i, "data", 4)) {
				if (ndata++)
					rl_buf_addc(&data, '\n');
				rl_buf_add(&data, s + i + vs, vl);
			}
		}
		i = j + 1;
		if (s[j] == '\r' && i < n && s[i] == '\n')
			i++;
	}
	rl_buf_free(&data);
	rl_buf_free(&event);
}

/* 1 when the SDK of `anthropic`/`sse` would deliver a call named `name`
 * from the `n` bytes at `s`. */
static int sdk_delivers_call(int anthropic, int sse, const char *s, size_t n, const char *name)
{
	oracle o = {.anthropic = anthropic, .name = name};
	json_t *root = NULL, *x;
	const char *k;
	size_t i, j;
	int hit = 0;
	if (sse) {
		if (!anthropic)
			o.snap = json_object();
		or_sse(&o, s, n);
		if (!anthropic) {
			json_object_foreach(o.snap, k, x) {
				json_t *fc = json_object_get(x, "function_call"), *tc;
				const char *tk;
				if (or_is_name(json_object_get(fc, "name"), name))
					hit = 1;
				json_object_foreach(json_object_get(x, "tool_calls"), tk, tc)
					if (or_is_name(
						    json_object_get(json_object_get(tc, "function"),
								    "name"),
						    name))
						hit = 1;
			}
		} else {
			json_array_foreach(json_object_get(o.snap, "content"), i, x)
				if (or_is_name(json_object_get(x, "type"), "tool_use") &&
				    or_is_name(json_object_get(x, "name"), name))
					hit = 1;
		}
		json_decref(o.snap);
		return hit;
	}
	{
		json_error_t je;
		root = json_loadb(s, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
	}
	if (anthropic) {
		json_array_foreach(json_object_get(root, "content"), i, x)
			if (or_is_name(json_object_get(x, "type"), "tool_use") &&
			    or_is_name(json_object_get(x, "name"), name))
				hit = 1;
	} else {
		json_array_foreach(json_object_get(root, "choices"), i, x) {
			json_t *m = json_object_get(x, "message"), *tc;
			if (or_is_name(json_object_get(json_object_get(m, "function_call"), "name"),
				       name))
				hit = 1;
			json_array_foreach(json_object_get(m, "tool_calls"), j, tc)
				if (or_is_name(json_object_get(json_object_get(tc, "function"),
							       "name"),
					       name))
					hit = 1;
		}
	}
	json_decref(root);
	return hit;
}

/* The differential check: the guard's path for an upstream answer, as the
 * proxy takes it (src/guard/proxy.c gp_on_upstream_done, proxy_holds.c gp_render): read it
 * (withheld when unreadable), evaluate it, release the bytes unchanged or
 * rewritten (withheld when the rewrite fails). Aborts when what it
 * releases would give the agent a call named `name`, which the caller's
 * policy blocks. */
static void guard_release_check(const rl_guard *g, int format, int sse, const char *p, size_t n,
				const char *name)
{
	gw_resp r;
	rl_guard_verdict v;
	rl_policy_ctx ctx = {0};
	rl_buf out = RL_BUF_INIT;
	rl_err e;
	int err = 0, change = 0;
	size_t i;

	if (sse ? gw_resp_parse_sse(format, p, n, &r, &err, &e)
		: gw_resp_read(format, p, n, &r, &e))
		return; /* withheld */
	rl_guard_eval_resp(g, &ctx, NULL, 0, NULL, &r, &v,
			   &e); /* a failure is a block of everything */
	gw_resp_free(&r);
	for (i = 0; i < v.nitems; i++)
		change |= v.items[i].action == RL_GUARD_BLOCK ||
			  v.items[i].action == RL_GUARD_REDACT ||
			  v.items[i].action == RL_GUARD_HOLD; /* a hold denied, or decided later */
	if (!change) {
		if (sdk_delivers_call(format == RL_GUARD_ANTHROPIC, sse, p, n, name))
			abort(); /* released unchanged with a blocked call in it */
	} else if (!(sse ? gw_resp_parse_sse(format, p, n, &r, &err, &e)
			 : gw_resp_parse(format, p, n, &r, &e))) {
		if (!gw_resp_apply(&r, &v, 1, &e) &&
		    !(sse ? gw_resp_sse(&r, &out) : gw_resp_json(&r, &out)) &&
		    sdk_delivers_call(format == RL_GUARD_ANTHROPIC, sse, out.s ? out.s : "",
				      out.len, name))
			abort(); /* the rewrite still carries the blocked call */
		gw_resp_free(&r);
	}
	rl_buf_free(&out);
	rl_guard_verdict_free(&v);
}

#endif
