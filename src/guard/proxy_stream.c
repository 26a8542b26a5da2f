/* proxy_stream.c: releasing a streamed answer as it arrives (issue 15).
 *
 * Without this the guard buffered a stream whole, so the agent saw its
 * first token only when the model had finished. Here the upstream's SSE
 * events go to the client, byte for byte, as soon as nothing in them can
 * still take part in a match of the policy:
 *
 *   - Each complete event is classified (stream_class): header events
 *     (no text), text deltas (answer text or reasoning), and everything
 *     else: tool-call deltas, finish and usage events, the Responses API's
 *     "done" events (they repeat the whole text), errors, anything
 *     unknown. The first event of that last kind freezes the release:
 *     nothing from it on leaves before the whole answer has been
 *     evaluated, so a tool call is always judged complete.
 *   - Before each release the text so far is evaluated with the request's
 *     policy. Any verdict other than allow stops the release for good; the
 *     answer is then decided whole, as for a buffered one.
 *   - Text is released up to the policy's safe point
 *     (rl_policy_stream_safe, src/policy/width.c): the earliest byte that a
 *     rule could still fire on with evidence including it (a partial
 *     match at the end, a whole match of one half of a conjunction, a
 *     text action's marker). When a rule judges the answer as a whole
 *     (values of tool output anywhere in it, coercion_answer) and the
 *     request carries tool output, nothing: the answer waits for its
 *     verdict (fail closed). `redline policy lookback` lists each rule's
 *     bound.
 *   - An event whose text crosses that point is split (release_events):
 *     a copy of it carrying the text before the point goes at once, the
 *     rest in another once it is safe. Whole events go byte for byte.
 *   - At the end the whole answer is decided as before (proxy.c). What is
 *     left goes out: the upstream's remaining bytes when nothing changes,
 *     else the rewritten stream with what was already released skipped
 *     (stream_tail), or, when the rewrite does not continue what the
 *     client has, an error event in the wire's own shape saying that the
 *     guard withheld the rest.
 *   - While a streamed request is held, SSE comments ": held ID until
 *     TIME" keep the connection alive and say why (gp_stream_beats).
 *
 * Only libcurl transfers stream (the built-in client delivers bodies
 * whole): start_proxy sends streamed requests through curl. */
#include "guard/proxy.h"

#include <curl/curl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "guard/proxy_int.h"
#include "base/util.h"
#include "codec/codec.h"

/* pause the upstream while this much waits for a slow client */
#define GS_PAUSE_AT (64 * 1024)
/* a held stream's keep-alive comment, every this many ms */
#define GS_BEAT_MS 3000

enum { EV_HDR, EV_TEXT, EV_HOLD };

typedef struct gs_ev {
	size_t start, end; /* raw offsets of the event */
	size_t cc, cr;     /* answer and reasoning text up to its end */
	size_t t0;         /* where its own text starts (in tc, or tr) */
	int text;          /* 0 none, 1 answer text, 2 reasoning */
} gs_ev;

struct gs_state {
	int on;              /* the upstream answered 2xx SSE: release as it comes */
	int decided;         /* `on` was decided (first body bytes) */
	int started;         /* the client's head is out (hs_stream_start) */
	int frozen;          /* an event that waits for the end was seen */
	int stopped;         /* the text so far is not allowed as it is: wait for the end */
	int paused;          /* the upstream transfer is paused (slow client) */
	size_t scan;         /* raw bytes split into events */
	size_t sent;         /* raw bytes given to the client */
	size_t rel_c, rel_r; /* text given to the client */
	gs_ev *ev;
	size_t nev, cap, next; /* candidate events; ev[next] is the first unsent */
	rl_buf tc, tr;         /* answer and reasoning text of the candidates */
	rl_buf out;            /* the bytes given to the client (up_body moves
				* into the answer or a hold: the end compares
				* with this) */
	long part_c, part_r;   /* which part the last text belonged to */
	size_t safe_c, safe_r; /* rl_policy_stream_safe's point in each text */
	int stuck_c, stuck_r;  /* ... and it will not move before the end */
	int tools;             /* the request carries tool output */
	int tools_known;       /* ... was decided */
	int whole;             /* a rule judges the answer whole: nothing leaves before the end */
	/* held: the worker's list of held streams, for the keep-alive comments */
	int listed;
	int64_t beat_due, deadline_ms;
	req *hprev, *hnext;
};

/* ---- events ---- */

/* The end of the event that starts at `from` (after its blank line), or 0
 * when it has not all arrived. */
static size_t event_end(const char *s, size_t n, size_t from)
{
	size_t i = from, ls = from;
	while (i < n) {
		char ch = s[i];
		size_t nl = 1;
		if (ch != '\n' && ch != '\r') {
			i++;
			continue;
		}
		if (ch == '\r') {
			if (i + 1 >= n)
				return 0; /* CR LF or CR alone: not known yet */
			if (s[i + 1] == '\n')
				nl = 2;
		}
		if (i == ls) /* an empty line ends the event */
			return i + nl;
		i += nl;
		ls = i;
	}
	return 0;
}

typedef struct sev {
	int cls;
	json_t *root;     /* the event's JSON (owned), or NULL */
	json_t *tobj;     /* the object holding the text delta */
	const char *tkey; /* its member */
	int reasoning;    /* the delta is reasoning */
	long part;        /* which choice / block / item the text belongs to */
} sev;

static const char *jstr(const json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

static void set_text(sev *e, json_t *o, const char *k, int reasoning, long part)
{
	const json_t *t = json_object_get(o, k);
	if (!json_is_string(t)) {
		e->cls = EV_HOLD;
		return;
	}
	e->cls = EV_TEXT;
	e->tobj = o;
	e->tkey = k;
	e->reasoning = reasoning;
	e->part = part;
}

static void class_openai(json_t *root, sev *e)
{
	json_t *ch = json_object_get(root, "choices"), *c0, *d;
	if (!json_is_array(ch) || json_array_size(ch) != 1 || json_object_get(root, "error"))
		return; /* usage chunk, n > 1, error: wait for the end */
	c0 = json_array_get(ch, 0);
	if (json_integer_value(json_object_get(c0, "index")) != 0)
		return; /* another choice: its text is not this one's */
	d = json_object_get(c0, "delta");
	if (!json_is_object(d) || !json_is_null(json_object_get(c0, "finish_reason")) ||
	    json_object_get(d, "tool_calls") || json_object_get(d, "function_call") ||
	    json_object_get(d, "refusal") || json_object_get(d, "audio"))
		return;
	if (json_is_string(json_object_get(d, "content")) &&
	    json_string_length(json_object_get(d, "content")))
		set_text(e, d, "content", 0, 0);
	else if (json_is_string(json_object_get(d, "reasoning_content")))
		set_text(e, d, "reasoning_content", 1, 0);
	else if (json_is_string(json_object_get(d, "reasoning")))
		set_text(e, d, "reasoning", 1, 0);
	else
		e->cls = EV_HDR; /* the role, an empty delta */
	if (e->cls == EV_TEXT) {
		/* a delta with more than its text in it waits */
		const char *k;
		json_t *v;
		json_object_foreach(d, k, v)
			if (strcmp(k, e->tkey) && strcmp(k, "role") && !json_is_null(v))
				e->cls = EV_HOLD;
	}
}

static void class_anthropic(const char *name, json_t *root, sev *e)
{
	const char *t = jstr(root, "type");
	json_t *d;
	if (!t || (name && strcmp(name, t)))
		return;
	if (!strcmp(t, "message_start") || !strcmp(t, "ping")) {
		e->cls = EV_HDR;
	} else if (!strcmp(t, "content_block_start")) {
		json_t *b = json_object_get(root, "content_block");
		const char *bt = jstr(b, "type");
		/* a text or thinking block opens empty; anything else (tool use)
		 * waits */
		if (bt && !strcmp(bt, "text") && !json_string_length(json_object_get(b, "text")))
			e->cls = EV_HDR;
		else if (bt && !strcmp(bt, "thinking") &&
			 !json_string_length(json_object_get(b, "thinking")))
			e->cls = EV_HDR;
	} else if (!strcmp(t, "content_block_delta")) {
		long ix = (long)json_integer_value(json_object_get(root, "index"));
		const char *dt;
		d = json_object_get(root, "delta");
		dt = jstr(d, "type");
		if (dt && !strcmp(dt, "text_delta"))
			set_text(e, d, "text", 0, ix);
		else if (dt && !strcmp(dt, "thinking_delta"))
			set_text(e, d, "thinking", 1, ix);
		else if (dt && !strcmp(dt, "signature_delta"))
			e->cls = EV_HDR;
	} else if (!strcmp(t, "content_block_stop")) {
		e->cls = EV_HDR;
	}
}

static void class_responses(json_t *root, sev *e)
{
	const char *t = jstr(root, "type");
	long part = (long)json_integer_value(json_object_get(root, "output_index")) * 4096 +
		    (long)json_integer_value(json_object_get(root, "content_index"));
	if (!t)
		return;
	if (!strcmp(t, "response.created") || !strcmp(t, "response.in_progress") ||
	    !strcmp(t, "response.content_part.added") ||
	    !strcmp(t, "response.reasoning_summary_part.added")) {
		/* nothing of the answer's text in them yet (a part opens empty) */
		json_t *p = json_object_get(root, "part");
		if (!p || !json_string_length(json_object_get(p, "text")))
			e->cls = EV_HDR;
	} else if (!strcmp(t, "response.output_item.added")) {
		const char *it = jstr(json_object_get(root, "item"), "type");
		if (it && (!strcmp(it, "message") || !strcmp(it, "reasoning")))
			e->cls = EV_HDR;
	} else if (!strcmp(t, "response.output_text.delta")) {
		set_text(e, root, "delta", 0, part);
	} else if (!strcmp(t, "response.reasoning_summary_text.delta") ||
		   !strcmp(t, "response.reasoning_text.delta")) {
		set_text(e, root, "delta", 1, part);
	}
}

/* Classify one event's fields (`data` as received). */
static void stream_class(int format, const char *name, const char *data, size_t n, sev *e)
{
	memset(e, 0, sizeof *e);
	e->cls = EV_HOLD;
	if (format == RL_GUARD_OPENAI && n == 6 && !memcmp(data, "[DONE]", 6))
		return;
	if (format == RL_GUARD_OPENAI && name)
		return;
	e->root = json_loadb(data, n, JSON_REJECT_DUPLICATES, NULL);
	if (!json_is_object(e->root))
		return;
	if (format == RL_GUARD_OPENAI)
		class_openai(e->root, e);
	else if (format == RL_GUARD_ANTHROPIC)
		class_anthropic(name, e->root, e);
	else if (format == RL_GUARD_RESPONSES)
		class_responses(e->root, e);
}

/* The fields of one whole event (raw bytes): the codec's SSE reader. */
typedef struct one_ev {
	int format, seen;
	sev e;
} one_ev;

static int on_one(void *ud, const char *event, const char *data, size_t n)
{
	one_ev *o = ud;
	if (o->seen++) {
		json_decref(o->e.root);
		memset(&o->e, 0, sizeof o->e);
		o->e.cls = EV_HOLD; /* two events in one: not ours to split */
		return 0;
	}
	stream_class(o->format, event && *event ? event : NULL, data, n, &o->e);
	return 0;
}

static void read_event(int format, const char *s, size_t n, sev *e)
{
	rl_sse p;
	one_ev o = {.format = format};
	rl_sse_init(&p);
	o.e.cls = EV_HDR; /* comments and blank lines only */
	if (rl_sse_feed(&p, s, n, on_one, &o))
		o.e.cls = EV_HOLD;
	rl_sse_free(&p);
	*e = o.e;
}

/* Append an event's text to `b` ("\n" between parts, as the accumulator
 * joins them); returns how many bytes the separator took. */
static size_t text_add(rl_buf *b, long *last, const sev *e, const char *t, size_t n)
{
	size_t sep = 0;
	if (b->len && *last != e->part) {
		rl_buf_addc(b, '\n');
		sep = 1;
	}
	*last = e->part;
	rl_buf_add(b, t, n);
	return sep;
}

size_t gp_stream_scan(int format, const char *s, size_t n, rl_buf *tc, rl_buf *tr)
{
	size_t at = 0, end;
	long pc = 0, pr = 0;
	while ((end = event_end(s, n, at))) {
		sev e;
		read_event(format, s + at, end - at, &e);
		if (e.cls == EV_HOLD) {
			json_decref(e.root);
			break;
		}
		if (e.cls == EV_TEXT) {
			const json_t *t = json_object_get(e.tobj, e.tkey);
			text_add(e.reasoning ? tr : tc, e.reasoning ? &pr : &pc, &e,
				 json_string_value(t), json_string_length(t));
		}
		json_decref(e.root);
		at = end;
	}
	return at;
}

/* ---- release ---- */

static void stream_head(req *r)
{
	hs_hdr h[8];
	size_t n = 0;
	h[n++] = (hs_hdr){"Content-Type", "text/event-stream"};
	h[n++] = (hs_hdr){"Cache-Control", "no-cache"};
	if (r->cors) {
		h[n++] = (hs_hdr){"Access-Control-Allow-Origin", r->cors};
		h[n++] = (hs_hdr){"Access-Control-Expose-Headers",
				  "x-request-id, request-id, retry-after, x-redline-hold"};
		h[n++] = (hs_hdr){"Vary", "Origin"};
	}
	if (r->up_reqid[0])
		h[n++] = (hs_hdr){r->format == RL_GUARD_ANTHROPIC ? "request-id" : "x-request-id",
				  r->up_reqid};
	if (r->hold_id[0])
		h[n++] = (hs_hdr){"x-redline-hold", r->hold_id};
	hs_stream_start(r->conn, 200, h, n);
	r->st->started = 1;
}

static void stream_send(req *r, const char *p, size_t n)
{
	if (!n)
		return;
	if (!r->st->started)
		stream_head(r);
	/* RL_ENET (gone: on_gone ends the transfer) and RL_ENOMEM drop it;
	 * RL_ELIMIT cannot happen: stream_max exceeds anything a request
	 * can queue (max_response and a rewrite's notes) */
	hs_stream_send(r->conn, p, n);
}

/* Does the request carry tool output (a tool message, a tool_result
 * block, a function_call_output item)? Only then can a rule on values of
 * tool output (or coercion_answer) fire on the answer; with one, such a
 * rule holds the whole answer. A false yes only holds more. */
static int has_tool_output(const req *r)
{
	static const char *const k[] = {"\"tool\"", "tool_result", "function_call_output",
					"\"function\"", "functionResponse"};
	size_t i;
	for (i = 0; i < sizeof k / sizeof k[0]; i++)
		if (r->body.len && memmem(r->body.s, r->body.len, k[i], strlen(k[i])))
			return 1;
	return 0;
}

/* How much of the answer text (reasoning) may leave: the policy's safe
 * point (rl_policy_stream_safe: no rule can still fire with evidence before
 * it; nothing when a rule judges the answer whole after tool output). */
static size_t release_point(req *r, const rl_policy *p, int reasoning)
{
	gs_state *st = r->st;
	const rl_buf *t = reasoning ? &st->tr : &st->tc;
	size_t *safe = reasoning ? &st->safe_r : &st->safe_c;
	int *stuck = reasoning ? &st->stuck_r : &st->stuck_c;
	if (!p)
		return 0;
	if (!*stuck)
		*safe = rl_policy_stream_safe(p, reasoning, st->tools, t->s, t->len, *safe, stuck);
	return *safe;
}

/* Evaluate the candidates' text; 1 when the policy allows it as it is. */
static int prefix_allowed(req *r)
{
	gs_state *st = r->st;
	gw_resp resp;
	rl_guard_verdict v;
	rl_err e;
	int rc, ok;
	const rl_guard *g = gp_req_guard(r);
	rl_policy_ctx ctx = {.agent = r->agent_name[0] ? r->agent_name : NULL,
			     .key_sha256 = r->key_sha[0] ? r->key_sha : NULL,
			     .headers = (const char *const *)r->hv,
			     .nheaders = r->nhv / 2};
	ge_req rq = {r->body.s, r->body.len, r->format, r->body_valid};
	if (!g)
		return 0;
	memset(&resp, 0, sizeof resp);
	memset(&v, 0, sizeof v);
	resp.format = r->format;
	resp.content = st->tc; /* borrowed: not freed here */
	resp.reasoning = st->tr;
	rc = rl_guard_eval_resp(g, &ctx, r->input.s, r->input.len, &rq, &resp, &v, &e);
	ok = !rc && v.action == RL_GUARD_ALLOW;
	rl_guard_verdict_free(&v);
	return ok;
}

/* One text event `e` (parsed from the upstream's bytes) rewritten to carry
 * bytes [off, off + len) of its text, in the wire's framing. */
static int text_event(int format, sev *e, size_t off, size_t len, rl_buf *out)
{
	const json_t *t = json_object_get(e->tobj, e->tkey);
	json_t *piece = json_stringn(json_string_value(t) + off, len);
	const char *type = json_string_value(json_object_get(e->root, "type"));
	char *js;
	int rc = 0;
	/* NULL: not whole UTF-8 characters (callers cut at characters) */
	if (!piece || json_object_set_new(e->tobj, e->tkey, piece))
		return -1;
	if (!(js = json_dumps(e->root, JSON_COMPACT)))
		return -1;
	if (format == RL_GUARD_ANTHROPIC) {
		rc |= rl_buf_adds(out, "event: content_block_delta\n");
	} else if (format == RL_GUARD_RESPONSES) {
		rc |= rl_buf_adds(out, "event: ");
		rc |= rl_buf_adds(out, type ? type : "response.output_text.delta");
		rc |= rl_buf_addc(out, '\n');
	}
	rc |= rl_buf_adds(out, "data: ");
	rc |= rl_buf_adds(out, js);
	rc |= rl_buf_adds(out, "\n\n");
	free(js);
	return rc ? -1 : 0;
}

/* Text [from, to) of event x (offsets in its text buffer) as an event;
 * 0, or -1 when it cannot be written (then nothing of it may count as
 * given). */
static int event_piece(req *r, const gs_ev *x, size_t from, size_t to, rl_buf *out)
{
	sev e;
	int rc = -1;
	read_event(r->format, r->up_body.s + x->start, x->end - x->start, &e);
	if (e.cls == EV_TEXT && from >= x->t0 && to > from)
		rc = text_event(r->format, &e, from - x->t0, to - from, out);
	json_decref(e.root);
	return rc;
}

/* The start of the UTF-8 character at or before p in t. */
static size_t char_start(const rl_buf *t, size_t p)
{
	while (p > 0 && p < t->len && ((unsigned char)t->s[p] & 0xC0) == 0x80)
		p--;
	return p;
}

/* Give the client the candidate events whose text lies before bc (answer)
 * and br (reasoning): whole events as the upstream sent them, and of an
 * event that crosses the point, its text up to the point (a rewritten
 * event; the rest follows in another once it is safe). Header events
 * wait until some text goes with them, so that an answer with no text
 * released is answered exactly as a buffered one. */
static void release_events(req *r, size_t bc, size_t br)
{
	gs_state *st = r->st;
	rl_buf out = RL_BUF_INIT;
	size_t k, commit = 0, c_next = st->next, c_sent = st->sent, c_rc = st->rel_c,
		  c_rr = st->rel_r, rc = st->rel_c, rr = st->rel_r;
	int any = 0;

	bc = char_start(&st->tc, bc);
	br = char_start(&st->tr, br);
	for (k = st->next; k < st->nev; k++) {
		const gs_ev *x = &st->ev[k];
		size_t lim = x->text == 2 ? br : bc, *rel = x->text == 2 ? &rr : &rc;
		const rl_buf *tb = x->text == 2 ? &st->tr : &st->tc;
		size_t tend = x->text == 2 ? x->cr : x->cc;
		if (x->cc <= bc && x->cr <= br) {
			if (x->text && *rel > x->t0) { /* its head went before: the rest */
				if (*rel < tend && event_piece(r, x, *rel, tend, &out))
					break;
			} else if (rl_buf_add(&out, r->up_body.s + x->start, x->end - x->start)) {
				break;
			}
			if (x->text)
				*rel = tend;
			if (!x->text)
				continue;
			commit = out.len;
			c_next = k + 1;
			c_sent = x->end;
			c_rc = rc;
			c_rr = rr;
			any = 1;
			continue;
		}
		/* crosses the point: what of its text lies before it */
		if (x->text && lim > x->t0 && lim > *rel && lim <= tb->len) {
			size_t from = *rel > x->t0 ? *rel : x->t0;
			if (event_piece(r, x, from, lim, &out))
				break;
			*rel = lim;
			commit = out.len;
			c_next = k;
			c_sent = x->start;
			c_rc = rc;
			c_rr = rr;
			any = 1;
		}
		break;
	}
	if (any && commit) {
		stream_send(r, out.s, commit);
		if (rl_buf_add(&st->out, out.s, commit))
			st->stopped = 1; /* out of memory: the end finds no match and withholds */
		st->next = c_next;
		st->sent = c_sent;
		st->rel_c = c_rc;
		st->rel_r = c_rr;
	}
	rl_buf_free(&out);
}

/* Split what arrived into events, classify them, and release those whose
 * text is safe (see the top of the file). */
static void stream_release(req *r)
{
	gs_state *st = r->st;
	size_t end, bc, br;
	int added = 0;
	const rl_guard *g;
	const rl_policy *pol;

	while (!st->frozen && (end = event_end(r->up_body.s, r->up_body.len, st->scan))) {
		sev e;
		gs_ev *x;
		read_event(r->format, r->up_body.s + st->scan, end - st->scan, &e);
		if (e.cls == EV_HOLD) {
			json_decref(e.root);
			st->frozen = 1;
			break;
		}
		if (st->nev == st->cap) {
			size_t nc = st->cap ? 2 * st->cap : 64;
			gs_ev *p = realloc(st->ev, nc * sizeof *p);
			if (!p) {
				json_decref(e.root);
				st->frozen = st->stopped = 1;
				break;
			}
			st->ev = p;
			st->cap = nc;
		}
		x = &st->ev[st->nev++];
		x->text = 0;
		x->t0 = 0;
		if (e.cls == EV_TEXT) {
			const json_t *t = json_object_get(e.tobj, e.tkey);
			rl_buf *b = e.reasoning ? &st->tr : &st->tc;
			text_add(b, e.reasoning ? &st->part_r : &st->part_c, &e,
				 json_string_value(t), json_string_length(t));
			x->text = e.reasoning ? 2 : 1;
			x->t0 = b->len - json_string_length(t);
		}
		json_decref(e.root);
		x->start = st->scan;
		x->end = end;
		x->cc = st->tc.len;
		x->cr = st->tr.len;
		st->scan = end;
		added = 1;
	}
	if (!added || st->stopped || st->next >= st->nev)
		return;
	g = gp_req_guard(r);
	pol = g ? ge_policy_rules(rl_guard_policy(g)) : NULL;
	if (!st->tools_known && pol) { /* once: the request does not change */
		st->tools = has_tool_output(r);
		st->whole = rl_policy_stream_whole(pol, st->tools);
		st->tools_known = 1;
	}
	/* a rule on the answer as a whole (after tool output): nothing leaves
	 * before the end, and the text so far is not evaluated at each event
	 * (which made such a stream's cost quadratic in its events) */
	if (st->whole)
		return;
	if (!prefix_allowed(r)) {
		st->stopped = 1;
		return;
	}
	bc = release_point(r, pol, 0);
	br = release_point(r, pol, 1);
	release_events(r, bc, br);
	if (r->easy && hs_stream_queued(r->conn) > GS_PAUSE_AT &&
	    curl_easy_pause(r->easy, CURLPAUSE_RECV) == CURLE_OK)
		st->paused = 1;
}

size_t gp_stream_data(req *r, const char *p, size_t n)
{
	gs_state *st = r->st;
	if (r->up_body.len + n > r->s->o.max_response)
		return 0; /* aborts the transfer: bounded */
	if (rl_buf_add(&r->up_body, p, n))
		return 0;
	if (!st) {
		long code = 0;
		if (!(st = r->st = calloc(1, sizeof *st)))
			return n; /* buffered whole, as before */
		rl_buf_init(&st->tc);
		rl_buf_init(&st->tr);
		rl_buf_init(&st->out);
		if (r->easy)
			curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &code);
		st->on = code >= 200 && code <= 299 &&
			 !strncasecmp(r->up_ctype, "text/event-stream", 17);
		st->decided = 1;
	}
	if (st->on)
		stream_release(r);
	return n;
}

void gp_on_drain(void *ud, hs_conn *c, hs_req *rq)
{
	req *r = rq->owner;
	(void)ud;
	(void)c;
	if (!r || !r->st || !r->st->paused || !r->easy)
		return;
	r->st->paused = 0;
	curl_easy_pause(r->easy, CURLPAUSE_CONT);
}

/* ---- the end ---- */

/* An error event in the wire's shape: the rest of the answer is withheld. */
static void withheld_event(int format, const char *msg, rl_buf *out)
{
	json_t *j;
	char *s;
	if (format == RL_GUARD_ANTHROPIC)
		j = json_pack("{s:s,s:{s:s,s:s}}", "type", "error", "error", "type",
			      "permission_error", "message", msg);
	else if (format == RL_GUARD_RESPONSES)
		j = json_pack("{s:s,s:s,s:s,s:n}", "type", "error", "code", "redline_blocked",
			      "message", msg, "param");
	else
		j = json_pack("{s:{s:s,s:s,s:s,s:n}}", "error", "message", msg, "type",
			      "guard_blocked", "code", "redline_blocked", "param");
	s = j ? json_dumps(j, JSON_COMPACT) : NULL;
	json_decref(j);
	if (format != RL_GUARD_OPENAI)
		rl_buf_adds(out, "event: error\n");
	rl_buf_adds(out, "data: ");
	rl_buf_adds(out,
		    s ? s
		      : "{\"error\":{\"message\":\"the guard withheld the rest of this answer\"}}");
	rl_buf_adds(out, "\n\n");
	if (format == RL_GUARD_OPENAI)
		rl_buf_adds(out, "data: [DONE]\n\n");
	free(s);
}

/* The texts of a whole (rewritten) stream, as stream_class reads them. */
static void stream_texts(int format, const char *s, size_t n, rl_buf *tc, rl_buf *tr)
{
	size_t at = 0, end;
	long pc = -1, pr = -1;
	while ((end = event_end(s, n, at))) {
		sev e;
		read_event(format, s + at, end - at, &e);
		if (e.cls == EV_TEXT) {
			const json_t *t = json_object_get(e.tobj, e.tkey);
			text_add(e.reasoning ? tr : tc, e.reasoning ? &pr : &pc, &e,
				 json_string_value(t), json_string_length(t));
		}
		json_decref(e.root);
		at = end;
	}
}

static int prefix_of(const rl_buf *a, size_t n, const rl_buf *b)
{
	return n <= b->len && (!n || !memcmp(a->s, b->s, n));
}

/* The rest of rewritten stream `s` once the client has rel_c / rel_r of
 * its texts: the events the client has are skipped, the one that crosses
 * the mark is cut to what the client lacks, everything after goes as it
 * is. Returns 0, or 1 when the rewrite does not continue what the client
 * has (then nothing is appended). */
static int stream_tail(req *r, const char *s, size_t n, rl_buf *out)
{
	gs_state *st = r->st;
	rl_buf tc = RL_BUF_INIT, tr = RL_BUF_INIT;
	size_t at = 0, end, cc = 0, cr = 0;
	long pc = -1, pr = -1;
	int reached = !st->rel_c && !st->rel_r, ok;

	stream_texts(r->format, s, n, &tc, &tr);
	ok = prefix_of(&st->tc, st->rel_c, &tc) && prefix_of(&st->tr, st->rel_r, &tr);
	rl_buf_free(&tc);
	rl_buf_free(&tr);
	if (!ok)
		return 1;
	while ((end = event_end(s, n, at))) {
		sev e;
		if (reached) {
			rl_buf_add(out, s + at, end - at);
			at = end;
			continue;
		}
		read_event(r->format, s + at, end - at, &e);
		if (e.cls == EV_TEXT) {
			const json_t *t = json_object_get(e.tobj, e.tkey);
			size_t *cum = e.reasoning ? &cr : &cc,
			       rel = e.reasoning ? st->rel_r : st->rel_c;
			long *last = e.reasoning ? &pr : &pc;
			size_t tl = json_string_length(t);
			if (*cum && *last != e.part)
				(*cum)++; /* the separator text_add counts */
			*last = e.part;
			if (*cum + tl > rel) {
				/* crosses the mark: the client gets the rest of it */
				size_t skip = rel > *cum ? rel - *cum : 0;
				if (skip < tl)
					text_event(r->format, &e, skip, tl - skip, out);
				reached = 1;
			}
			*cum += tl;
		}
		json_decref(e.root);
		if (!reached && cc >= st->rel_c && cr >= st->rel_r)
			reached = 1;
		at = end;
	}
	return 0;
}

static void held_unlist(req *r);

/* Write what is left of a streamed answer whose head is out (r's answer
 * is set), end the stream and free r. */
void gp_stream_finish(req *r)
{
	gs_state *st = r->st;
	rl_buf out = RL_BUF_INIT;
	const char *b = r->resp_body.s;
	size_t n = r->resp_body.len;
	int sse = !strncasecmp(r->resp_ctype, "text/event-stream", 17);

	held_unlist(r);
	if (r->resp_status >= 200 && r->resp_status <= 299 && sse && n >= st->sent &&
	    st->out.len == st->sent && (!st->sent || !memcmp(b, st->out.s, st->sent))) {
		/* released as received: the rest of the upstream's bytes */
		hs_stream_send(r->conn, b + st->sent, n - st->sent);
	} else if (r->resp_status >= 200 && r->resp_status <= 299 && sse &&
		   !stream_tail(r, b ? b : "", n, &out)) {
		hs_stream_send(r->conn, out.s, out.len);
	} else {
		char msg[400];
		if (r->resp_status >= 200 && r->resp_status <= 299)
			snprintf(msg, sizeof msg,
				 "redline guard: the rest of this answer was blocked by the "
				 "policy%s%s",
				 r->hold_id[0] ? "; hold " : "", r->hold_id);
		else
			snprintf(msg, sizeof msg,
				 "redline guard: the rest of this answer was withheld "
				 "(status %d%s%s)",
				 r->resp_status, r->hold_id[0] ? ", hold " : "", r->hold_id);
		withheld_event(r->format, msg, &out);
		hs_stream_send(r->conn, out.s, out.len);
	}
	rl_buf_free(&out);
	rl_log(RL_LOG_INFO, "guard",
	       "request path=%s agent=%s status=%d stream=1 released=%zu hold=%s ms=%lld", r->path,
	       r->agent, r->resp_status, st->sent, r->hold_id[0] ? r->hold_id : "-",
	       (long long)(rl_mono_ms() - r->t_start));
	hs_stream_end(r->conn, 1);
	gp_req_free(r);
}

int gp_stream_started(const req *r)
{
	return r->st && r->st->started;
}

void gp_stream_free(req *r)
{
	if (!r->st)
		return;
	rl_buf_free(&r->st->tc);
	rl_buf_free(&r->st->tr);
	rl_buf_free(&r->st->out);
	free(r->st->ev);
	free(r->st);
	r->st = NULL;
}

/* ---- holds ---- */

static void held_unlist(req *r)
{
	gs_state *st = r->st;
	if (!st || !st->listed)
		return;
	if (st->hprev)
		st->hprev->st->hnext = st->hnext;
	else
		r->w->sheld = st->hnext;
	if (st->hnext)
		st->hnext->st->hprev = st->hprev;
	st->hprev = st->hnext = NULL;
	st->listed = 0;
}

static void beat(req *r)
{
	char line[160], when[40];
	time_t t = (time_t)(r->st->deadline_ms / 1000);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	snprintf(line, sizeof line, ": held %s until %s\n\n", r->hold_id, when);
	stream_send(r, line, strlen(line));
	r->st->beat_due = rl_mono_ms() + GS_BEAT_MS;
}

void gp_stream_hold(req *r)
{
	struct rl_guard_server *s = r->s;
	gs_state *st = r->st;
	hold *h;
	if (!r->stream || !r->hold_id[0])
		return;
	if (!st) {
		if (!(st = r->st = calloc(1, sizeof *st)))
			return; /* no comments: the client waits as before */
		rl_buf_init(&st->tc);
		rl_buf_init(&st->tr);
		rl_buf_init(&st->out);
	}
	pthread_mutex_lock(&s->mu);
	h = gp_hold_find(s, r->hold_id, NULL);
	st->deadline_ms = h ? h->rec.deadline_ms : rl_wall_ms();
	pthread_mutex_unlock(&s->mu);
	st->hprev = NULL;
	st->hnext = r->w->sheld;
	if (st->hnext)
		st->hnext->st->hprev = r;
	r->w->sheld = r;
	st->listed = 1;
	beat(r);
}

void gp_stream_beats(worker *w)
{
	req *r, *nx;
	int64_t now;
	if (!w->sheld)
		return;
	now = rl_mono_ms();
	for (r = w->sheld; r; r = nx) {
		nx = r->st->hnext;
		if (now >= r->st->beat_due)
			beat(r);
	}
}
