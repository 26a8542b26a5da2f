/* guard/wire.h: the two wire formats the guard proxies (OpenAI Chat
 * Completions, Anthropic Messages), seen as one normalised response: the
 * tool calls, the answer text and the reasoning text, each pointing back
 * into the jansson tree so a verdict can be applied in place.
 *
 * Streams are handled by accumulating the SSE events into the equivalent
 * non-streamed response (so evaluation sees one shape) and, when a rewrite
 * is needed, synthesising a well-formed stream from the rewritten response.
 * Ownership: a gw_resp owns its tree and every string; gw_resp_free. */
#ifndef RL_GUARD_WIRE_H
#define RL_GUARD_WIRE_H

#include <jansson.h>
#include <stddef.h>

#include "redline/buf.h"
#include "redline/err.h"
#include "redline/guard.h"

/* A piece of text inside the tree: obj[key] is a JSON string whose bytes sit
 * at [off, off+len) of the concatenated part buffer. */
typedef struct gw_part {
	json_t *obj;
	const char *key;
	size_t off, len;
} gw_part;

typedef struct gw_call {
	int choice;      /* OpenAI choice index; 0 for Anthropic */
	json_t *holder;  /* the array holding the call (tool_calls / content) */
	json_t *node;    /* the call object itself */
	char *id, *name; /* owned */
	char *args;      /* arguments as JSON object text, owned */
	size_t args_len;
} gw_call;

typedef struct gw_resp {
	int format;     /* enum rl_guard_format */
	json_t *root;   /* owned */
	rl_buf content; /* every answer text part, joined by "\n" */
	rl_buf reasoning;
	gw_part *cparts, *rparts;
	size_t ncparts, nrparts;
	gw_call *calls;
	size_t ncalls;
} gw_resp;

/* Build from a parsed response tree (takes the reference to `root`).
 * RL_EPROTO when the tree is not a response of `format`. */
int gw_resp_from_tree(int format, json_t *root, gw_resp *r, rl_err *e);
/* Parse a non-streamed JSON body. */
int gw_resp_parse(int format, const char *body, size_t n, gw_resp *r, rl_err *e);
/* The same calls, content and reasoning read straight from the text, with
 * no tree (root, parts' obj and calls' holder/node are NULL: evaluate it,
 * do not apply a verdict to it). Returns 0, RL_EPROTO as gw_resp_parse
 * would, or 1 when the fast reader does not accept the text (then call
 * gw_resp_parse, which decides and words the error). */
int gw_resp_scan(int format, const char *body, size_t n, gw_resp *r, rl_err *e);
/* For evaluation only: gw_resp_scan, and gw_resp_parse for what it does not
 * accept. */
int gw_resp_read(int format, const char *body, size_t n, gw_resp *r, rl_err *e);
/* Accumulate a complete SSE stream (`n` bytes) into the response it
 * streams. `*saw_error` is set when the stream carried an error event. */
int gw_resp_parse_sse(int format, const char *sse, size_t n, gw_resp *r, int *saw_error, rl_err *e);
void gw_resp_free(gw_resp *r);

/* Apply `v` to the tree (see rl_guard_rewrite). */
int gw_resp_apply(gw_resp *r, const rl_guard_verdict *v, int deny_holds, rl_err *e);
/* Serialise the tree as a non-streamed JSON body, or as an SSE stream. */
int gw_resp_json(const gw_resp *r, rl_buf *out);
int gw_resp_sse(const gw_resp *r, rl_buf *out);

/* Request side: check the shape of a request body (JSON object with
 * "model" and a "messages" array); on success `*stream` tells whether the
 * client asked for SSE. The message names what is wrong (for the 400). */
int gw_request_check(int format, const json_t *req, int *stream, rl_err *e);
/* The same checks straight on the body's text, without building a tree
 * of the whole conversation: returns 0 (with `last`, `lastn` the raw text of
 * the last message, NULL without one), RL_EINVAL with the reason, or 1
 * when the fast scanner does not accept the text (parse it and call
 * gw_request_check, which words the error). */
int gw_request_scan(int format, const char *body, size_t n, int *stream, const char **last,
		    size_t *lastn, rl_err *e);

/* The text of a request message for input rules: its content string,
 * or the "text" (else "content") strings of its content blocks joined by
 * newlines, up to GW_INPUT_MAX bytes; appended to `out`. From a tree, or
 * in place from the raw message gw_request_scan returned (the same text:
 * fuzz_guard_req compares them). */
#define GW_INPUT_MAX 65536
void gw_input_from_tree(const json_t *m, rl_buf *out);
void gw_input_scan(const char *m, size_t mn, rl_buf *out);

/* An error body in the format's own shape (for 4xx/5xx the guard makes). */
void gw_error_body(int format, const char *type, const char *msg, rl_buf *out);

#endif
