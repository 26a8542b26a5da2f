/* codec/codec.h: one codec per wire API (not public API; the public
 * entry points are rl_provider_encode/decode and rl_stream_* in
 * redline/provider.h). Chat Completions (openai_chat.c), Anthropic Messages
 * (anthropic.c), Gemini generateContent (gemini.c) and the OpenAI Responses
 * API (responses.c), each with the same five jobs:
 *   - encode: an rl_request to URL + headers + JSON body;
 *   - decode: a response body to an rl_response (answer text, reasoning,
 *     native tool calls, finish, usage) -- what the engine reads;
 *   - stream accumulate: SSE events to the same rl_response (sse.c drives
 *     the per-wire event handlers);
 *   - render and stream synthesis: an rl_response back to a well-formed
 *     body or SSE event sequence of the wire (the fake provider, and the
 *     guard when it must rewrite);
 *   - rewrite: a guard verdict applied to an rl_response (rewrite.c), so
 *     the rendered result is well-formed whatever was dropped.
 * The guard's in-place readers (guard/wire.c) are the fast path of decode
 * for Chat Completions and Messages; fuzz/fuzz_codec_diff.c checks that
 * both yield the same actions. Codecs are pure: no network, no state. */
#ifndef RL_CODEC_CODEC_H
#define RL_CODEC_CODEC_H

#include <jansson.h>

#include "base/jsonr.h"
#include "redline/provider.h"

/* Response bodies larger than this are refused by the decoders. */
#define RL_DECODE_MAX ((size_t)256 << 20)

/* Set out->error/error_msg/retryable from an HTTP status and a message. */
void rl_resp_fail(rl_response *out, int code, int retryable, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* 1 when an HTTP status is worth retrying (408, 409, 425, 429, 5xx, 529). */
int rl_status_retryable(int status);

/* Replace *dst with a malloc'ed copy of s[0..n) (NUL-terminated). */
int rl_resp_set(char **dst, size_t *dlen, const char *s, size_t n);
/* Append to a malloc'ed string. */
int rl_resp_append(char **dst, size_t *dlen, const char *s, size_t n);
/* Serialise `v` compactly into a malloc'ed string. */
int rl_resp_set_json(char **dst, size_t *dlen, const json_t *v);

/* Append a string part (a jansson string; anything else is skipped) to
 * the answer, or to the reasoning when `thought`. 0 or RL_ENOMEM. */
int rl_resp_add_part(rl_response *out, int thought, const json_t *t);
/* Store the collected native tool calls (a JSON array, or NULL: nothing)
 * in out->tool_calls and release them. 0 or RL_ENOMEM. */
int rl_resp_take_calls(rl_response *out, json_t *calls);
/* The request's header lines: `fixed` (lines ending in '\n'), then
 * `key_line` followed by the key when there is a key ("x-api-key: "), then
 * the caller's extra headers. 0 or RL_ENOMEM. */
int rl_enc_headers(rl_buf *hdr, const char *fixed, const char *key_line, const char *key,
		   const rl_request *rq);

/* The system text of a format without a system role (Anthropic, Gemini):
 * rq->system, then every "system" message, joined by blank lines. */
int rl_enc_system(const rl_request *rq, rl_buf *sys);
/* Append rq's messages as {"role","content"} items (a message's raw_json,
 * a tool-use turn already in the wire's form, as is), each after a comma
 * when `any` (items were written before). The item shape OpenAI Chat
 * Completions and the Responses API share. Non-zero on out of memory. */
int rl_enc_role_messages(rl_buf *body, const rl_request *rq, int any);

/* Parse the OpenAI-style tools array text (NULL -> *out = NULL). */
int rl_json_tools(const char *tools, json_t **out, rl_err *e);
/* Dump `v` into `b` compactly. */
int rl_json_dump_buf(const json_t *v, rl_buf *b, rl_err *e);

/* Parse body text into a JSON value; RL_EPROTO with a message naming the
 * wire format when it is not JSON. */
int rl_json_parse_body(const char *what, const char *s, size_t n, json_t **out, rl_response *resp,
		       rl_err *e);
/* Error body common shapes: {"error":{"message":..,"type"/"status":..}} or
 * {"error":"text"} or {"message":..}. Fills out->error_msg. */
void rl_resp_api_error(rl_response *out, int status, const json_t *root, const char *body,
		       size_t n);

/* String member or NULL. */
const char *rl_json_str(const json_t *o, const char *key);
long rl_json_long(const json_t *o, const char *key, long dflt);

int rl_openai_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr, rl_buf *body,
		     rl_err *e);
int rl_openai_decode_json(const json_t *root, rl_response *out, rl_err *e);
int rl_anthropic_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr,
			rl_buf *body, rl_err *e);
int rl_anthropic_decode_json(const json_t *root, rl_response *out, rl_err *e);
int rl_gemini_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr, rl_buf *body,
		     rl_err *e);
int rl_gemini_decode_json(const json_t *root, rl_response *out, rl_err *e);

/* Normalize a provider's finish word. */
int rl_finish_from_openai(const char *s);
int rl_finish_from_anthropic(const char *s);
int rl_finish_from_gemini(const char *s);

int rl_responses_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr,
			rl_buf *body, rl_err *e);
int rl_responses_decode_json(const json_t *root, rl_response *out, rl_err *e);
int rl_finish_from_responses(const json_t *root);

/* ---- tool calls in a neutral shape ---------------------------------- */

/* The calls of a native tool-call array of `wire` (rl_response.calls_wire:
 * OpenAI tool_calls, also the mock's; Anthropic tool_use blocks; Gemini
 * functionCall parts; Responses function_call items) as a new array of
 * {"id", "name", "arguments"} with arguments as text (an object
 * serialised; "{}" when absent). Each element is read as its wire's
 * reader reads it, whatever other members it has. NULL or empty text: an
 * empty array. NULL only when out of memory. */
json_t *rl_codec_calls(int wire, const char *native, size_t n);

/* ---- rendering a response (fake provider, guard rewrites) ----------- */

typedef struct rl_codec_out {
	const char *model;      /* the model to report */
	unsigned long long seq; /* makes the ids (chatcmpl-fakeN, msg_fakeN, ...) */
	int include_usage;      /* Chat Completions streams: a final usage chunk */
	size_t chunk;           /* bytes of text per SSE delta (0: 24) */
	long long created;      /* unix time written into the body */
} rl_codec_out;

/* SSE output: events appended to `b`; cuts[i] is the end of event i, so a
 * server can send (and pace) one event per write. */
typedef struct rl_sse_w {
	rl_buf b;
	size_t *cuts;
	size_t ncuts, cap;
	int oom;
} rl_sse_w;
void rl_sse_w_init(rl_sse_w *w);
void rl_sse_w_free(rl_sse_w *w);
/* Append one event: "event: NAME" when `event` is not NULL, then
 * "data: JSON" of `data` (stolen; NULL, a failed json_pack, is RL_ENOMEM).
 * 0 or RL_ENOMEM (also remembered in w->oom). */
int rl_sse_w_event(rl_sse_w *w, const char *event, json_t *data);
/* "data: [DONE]" (Chat Completions' last event). */
int rl_sse_w_done(rl_sse_w *w);
/* Length of the delta piece of s[0..n) starting at k: at most `chunk`
 * bytes, never splitting a UTF-8 sequence (at least one whole one); 0
 * when k >= n (an empty text is one empty delta, not a byte past it). */
size_t rl_codec_piece(const char *s, size_t n, size_t k, size_t chunk);

/* A complete non-streamed body of `wire` answering with `rs` (calls in
 * any native shape). 0 or RL_ENOMEM/RL_EINVAL. */
int rl_codec_render(int wire, const rl_response *rs, const rl_codec_out *o, rl_buf *out);
/* The same answer as the wire's SSE event sequence. */
int rl_codec_synth(int wire, const rl_response *rs, const rl_codec_out *o, rl_sse_w *w);
/* An error body in the wire's own shape. */
int rl_codec_error_body(int wire, int status, const char *msg, rl_buf *out);
/* A neutral call's arguments as a new JSON object ({} when they are not
 * an object's text). */
json_t *rl_codec_args_obj(const json_t *call);

int rl_openai_render(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_buf *out);
int rl_openai_synth(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_sse_w *w);
int rl_anthropic_render(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_buf *out);
int rl_anthropic_synth(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_sse_w *w);
int rl_gemini_render(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_buf *out);
int rl_gemini_synth(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_sse_w *w);
int rl_responses_render(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_buf *out);
int rl_responses_synth(const rl_response *rs, const rl_codec_out *o, json_t *calls, rl_sse_w *w);
json_t *rl_responses_object(const rl_response *rs, const rl_codec_out *o, json_t *calls,
			    const char *status);
/* The event stream of a whole response object (ids and every member
 * kept), as the guard sends a rewritten stream and the fake provider
 * streams its answers: text, reasoning and arguments as deltas of at most
 * `chunk` bytes, never splitting a UTF-8 sequence, or whole (one delta
 * each) when chunk is 0. RL_EINVAL when `root` is not the wire's
 * response object. */
int rl_openai_synth_tree(const json_t *root, size_t chunk, rl_sse_w *w);
int rl_anthropic_synth_tree(const json_t *root, size_t chunk, rl_sse_w *w);
/* The typed event stream of a whole response object `resp` (ids, item
 * types and members kept; text, refusals, summaries and arguments sent
 * as deltas of at most `chunk` bytes, 0: 24): what the guard sends after
 * rewriting a streamed response. RL_EINVAL when `resp` has no output. */
int rl_responses_synth_tree(const json_t *resp, size_t chunk, rl_sse_w *w);
/* A whole Responses stream to the response object its terminal event
 * carries (*out, a new reference). RL_EPROTO when the stream has no
 * terminal event or an event is not JSON; *saw_error when it carried an
 * error event or ended failed. */
int rl_responses_sse_tree(const char *sse, size_t n, json_t **out, int *saw_error, rl_err *e);

/* ---- reading requests (request.c) ------------------------------------ */

typedef struct rl_codec_req {
	int wire, stream, include_usage;
	char model[200];
	rl_buf system;    /* system / developer / instructions text */
	rl_message *msgs; /* role + text, owned (both strings malloc'ed) */
	size_t nmsgs;
} rl_codec_req;
void rl_codec_req_init(rl_codec_req *q);
void rl_codec_req_free(rl_codec_req *q);
/* Read a request body (`root`) of `wire`; Gemini's model and streaming
 * come from `url`. RL_EINVAL when it is not a request of the wire (no
 * model, no messages/contents/input, a message without a role), RL_ENOMEM.
 * `q` must be initialised; free it either way. */
int rl_codec_req_read(int wire, const char *url, const json_t *root, rl_codec_req *q);

/* ---- rewrite (rewrite.c) -------------------------------------------- */

struct rl_guard_verdict;
/* Apply a guard verdict to `r` (see rl_guard_rewrite for what each item
 * does): blocked (and, with deny_holds, held) calls leave r->tool_calls
 * and a note naming each joins the answer text; blocked answer text is
 * replaced by the notes; redacted spans of the text or reasoning become
 * [REDACTED]; a redact inside a call's arguments drops the call (fail
 * closed); finish TOOL becomes STOP when no call is left. Render the
 * result with rl_codec_render/synth. 0, RL_ENOMEM, RL_EPROTO. */
int rl_codec_rewrite(rl_response *r, const struct rl_guard_verdict *v, int deny_holds, rl_err *e);

/* ---- stream accumulation (sse.c drives; one handler per wire) ------- */

#define RL_STREAM_MAX_PARTS 128

struct rl_stream {
	int wire;
	rl_sse sse;
	rl_response r;
	int done, failed;
	json_t *calls;                       /* OpenAI: tool_call slots by index; Gemini: parts;
						Responses: output items by output_index */
	json_t *blocks;                      /* Anthropic: index -> content block; Responses: the
						final response object once completed */
	rl_buf partial[RL_STREAM_MAX_PARTS]; /* argument / input_json text */
	int nparts;
};

/* Append a non-empty jansson string to a growing response string. */
int rl_stream_add_str(char **dst, size_t *len, const json_t *v);
int rl_openai_stream_event(rl_stream *s, const json_t *root);
int rl_openai_stream_calls(rl_stream *s);
int rl_anthropic_stream_event(rl_stream *s, const json_t *root);
int rl_anthropic_stream_calls(rl_stream *s);
int rl_gemini_stream_event(rl_stream *s, const json_t *root);
int rl_gemini_stream_calls(rl_stream *s);
int rl_responses_stream_event(rl_stream *s, const char *event, const json_t *root);
int rl_responses_stream_finish(rl_stream *s);

#endif
