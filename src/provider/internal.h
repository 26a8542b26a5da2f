/* provider/internal.h: helpers shared by the codecs (not public API).
 * Each codec is a pair of pure functions over jansson values; the common
 * parts (extra-body merge, error classification, string capture) live in
 * codec.c so the three formats treat them identically. */
#ifndef RL_PROVIDER_INTERNAL_H
#define RL_PROVIDER_INTERNAL_H

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

/* Parse the OpenAI-style tools array text (NULL -> *out = NULL). */
int rl_json_tools(const char *tools, json_t **out, rl_err *e);
/* Dump `v` into `b` compactly. */
int rl_json_dump_buf(const json_t *v, rl_buf *b, rl_err *e);

/* How many rules of a mock script select by `condition:` or `samples:`:
 * requests over HTTP carry neither, so in the fake provider those rules
 * never match (it warns at start). */
size_t rl_mock_script_scoped(const rl_mock_script *s);
/* Parse body text into a JSON value; RL_EPROTO with a message naming the
 * wire format when it is not JSON. */
int rl_json_parse_body(const char *what, const char *s, size_t n, json_t **out,
		       rl_response *resp, rl_err *e);
/* Error body common shapes: {"error":{"message":..,"type"/"status":..}} or
 * {"error":"text"} or {"message":..}. Fills out->error_msg. */
void rl_resp_api_error(rl_response *out, int status, const json_t *root, const char *body,
		       size_t n);

/* String member or NULL. */
const char *rl_json_str(const json_t *o, const char *key);
long rl_json_long(const json_t *o, const char *key, long dflt);

int rl_openai_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr,
		     rl_buf *body, rl_err *e);
int rl_openai_decode_json(const json_t *root, rl_response *out, rl_err *e);
int rl_anthropic_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr,
			rl_buf *body, rl_err *e);
int rl_anthropic_decode_json(const json_t *root, rl_response *out, rl_err *e);
int rl_gemini_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr,
		     rl_buf *body, rl_err *e);
int rl_gemini_decode_json(const json_t *root, rl_response *out, rl_err *e);

/* The key for `m` from the environment, or NULL (never logged). */
const char *rl_model_spec_key(const rl_model_spec *m);

/* Normalize a provider's finish word. */
int rl_finish_from_openai(const char *s);
int rl_finish_from_anthropic(const char *s);
int rl_finish_from_gemini(const char *s);

#endif
