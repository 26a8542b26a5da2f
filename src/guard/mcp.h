/* guard/mcp.h: the guard's MCP side, pure: JSON-RPC 2.0 messages of the
 * MCP Streamable HTTP transport in, verdicts and rewritten messages out. No
 * sockets here: the HTTP gateway (the `--mcp NAME=URL` routes) feeds it the
 * bytes a client POSTs and the bytes (JSON or SSE) a server answers.
 *
 * What it decides:
 *  - a client message is parsed and classified (request, notification,
 *    response; single or batch), with the JSON-RPC errors the spec names
 *    for what is not a message (-32700 parse error, -32600 invalid
 *    request) and bounds on size, batch length and nesting;
 *  - a `tools/call` becomes an action (tool name, arguments) that the same
 *    policy and detectors as model responses judge (mcp_eval_call); a tool
 *    the policy hides (`hide_tools:`) is refused before any rule;
 *  - a blocked call is answered by the guard itself with a tool result
 *    that has isError: true and the explanation (mcp_block_result), so the
 *    agent's framework carries on and the server never sees the call;
 *  - on the way back, a tool result's text (content blocks, embedded
 *    resource text, structuredContent) is judged as text the agent will
 *    read: secrets and PII redacted where the policy says, the policy's
 *    `sensitive:` list removed, a block replaces the result
 *    (mcp_eval_result); tools/list answers lose hidden tools.
 *
 * Ownership: an mcp_batch owns its tree; mcp_msg / mcp_call pointers are
 * borrowed from it. Output rl_bufs are appended to, owned by the caller. */
#ifndef RL_GUARD_MCP_H
#define RL_GUARD_MCP_H

#include <jansson.h>
#include <stddef.h>

#include "redline/buf.h"
#include "redline/err.h"
#include "redline/guard.h"
#include "redline/policy.h"

/* JSON-RPC 2.0 error codes (jsonrpc.org/specification, section 5.1). */
#define MCP_PARSE_ERROR (-32700)
#define MCP_INVALID_REQUEST (-32600)
#define MCP_METHOD_NOT_FOUND (-32601)
#define MCP_INVALID_PARAMS (-32602)
#define MCP_INTERNAL_ERROR (-32603)

enum mcp_kind {
	MCP_REQUEST = 1,  /* method and id: expects a response */
	MCP_NOTIFICATION, /* method, no id */
	MCP_RESPONSE,     /* result or error, with the id it answers */
	MCP_INVALID,      /* a batch element that is no message: answered -32600 */
};

typedef struct mcp_limits {
	size_t max_bytes; /* a message (or batch) body */
	size_t max_batch; /* elements in a batch */
	size_t max_depth; /* nesting of arrays and objects */
} mcp_limits;

/* 4 MiB, 128 elements, depth 64. */
void mcp_limits_default(mcp_limits *l);

typedef struct mcp_msg {
	int kind;           /* enum mcp_kind */
	json_t *obj;        /* the message object (borrowed; NULL for a non-object) */
	json_t *id;         /* string or number id (borrowed), NULL without one */
	const char *method; /* requests and notifications */
	int code;           /* MCP_INVALID: the error to answer with */
	char why[128];      /* MCP_INVALID: what is wrong */
} mcp_msg;

typedef struct mcp_batch {
	json_t *root; /* owned */
	int is_batch; /* the body was a JSON array */
	mcp_msg *v;
	size_t n;
	size_t nrequests; /* requests among v (need an answer) */
} mcp_batch;

/* Parse a POST body. 0: `out` holds every message (a batch may hold
 * MCP_INVALID elements: answer them -32600 by id null, forward the
 * rest). Otherwise the JSON-RPC code (MCP_PARSE_ERROR: not JSON,
 * duplicate keys, too deep, too big; MCP_INVALID_REQUEST: not a message,
 * an empty batch) with the complete error response appended to `err`.
 * Duplicate object keys are refused: the guard and the server must read
 * the same tool name and arguments. */
int mcp_parse(const char *body, size_t n, const mcp_limits *lim, mcp_batch *out, rl_buf *err);
void mcp_batch_free(mcp_batch *b);

/* {"jsonrpc":"2.0","id":<id or null>,"error":{"code":..,"message":..}} */
int mcp_error_json(const json_t *id, int code, const char *msg, rl_buf *out);
/* The answers to a batch's MCP_INVALID elements, as a JSON array ("" when
 * there are none): what the gateway adds to the server's answers. */
int mcp_invalid_answers(const mcp_batch *b, rl_buf *out);

/* A tools/call request's tool name and arguments (borrowed). */
typedef struct mcp_call {
	const json_t *id;
	const char *tool;
	json_t *args; /* an object; NULL when the call has none ({} then) */
} mcp_call;

/* 1 when `m` is a tools/call request. */
int mcp_is_call(const mcp_msg *m);
/* Read `m`'s params. 0, or MCP_INVALID_PARAMS with `why` filled (no name,
 * a name that is not a non-empty string of at most 128 bytes, arguments
 * that are not an object): answer that error, do not forward. */
int mcp_call_get(const mcp_msg *m, mcp_call *c, char *why, size_t n);

/* Who calls and where: what evaluations share. */
typedef struct mcp_who {
	const rl_guard *g;
	const rl_policy_ctx *ctx; /* agent, key hash, headers; may be NULL */
	const char *agent;        /* the resolved agent name, or NULL */
	const char *server;       /* the gateway route's server name, or NULL */
	/* optional: told each call as judged ("TOOL {arguments}",
	 * RL_ROLE_ASSISTANT) and each tool result's text as the agent will
	 * read it (after redaction, RL_ROLE_TOOL): the gateway's session
	 * memory (guard/mcpctx.h) */
	void (*note)(void *ud, int role, const char *text, size_t n);
	void *note_ud;
} mcp_who;

/* The rule id a hidden tool's refusal carries. */
#define MCP_RULE_HIDDEN "mcp.hidden-tool"

/* Judge a call: a hidden tool is a BLOCK by MCP_RULE_HIDDEN; otherwise the
 * call as a native tool call (the same action form as a model's tool call)
 * under the policy. `v` as rl_guard_eval_resp fills it: on failure a
 * fail-closed BLOCK and RL_EPOLICY. */
int mcp_eval_call(const mcp_who *w, const mcp_call *c, rl_guard_verdict *v, rl_err *e);

/* The guard's own answer to a call it blocks (or whose hold was denied or
 * timed out): a result with isError: true and `why` as its text. */
int mcp_block_result(const json_t *id, const char *tool, const rl_guard_verdict *v, rl_buf *out);

/* The summary a hold of call `c` is stored with (guard/page.h gives its
 * schema): tool, arguments, the verdict's rule and reason, the rule's
 * severity, the evidence (spans within named arguments, from the policy's
 * matches) and `context` (may be NULL: the session's recent traffic,
 * guard/mcpctx.h). A malloc'ed JSON text, or NULL out of memory. */
char *mcp_hold_summary(const mcp_who *w, const mcp_call *c, const rl_guard_verdict *v,
		       json_t *context);

/* Judge a tools/call `result` object in place: every string a client
 * shows the model (content text, resource text, structuredContent;
 * "type", "mimeType" and base64 "data"/"blob" are not text) is judged
 * as one text. REDACT spans and the policy's `sensitive:` matches are
 * replaced by the policy's replacement text; a HOLD or BLOCK replaces the
 * whole result by an isError one (the tool already ran: there is nothing
 * left to wait for). `*changed` tells whether `result` was modified. */
int mcp_eval_result(const mcp_who *w, const char *tool, json_t *result, rl_guard_verdict *v,
		    int *changed, rl_err *e);

/* Drop the tools `hide_tools:` hides from `w->agent` from a tools/list
 * `result` ({"tools": [{"name": ...}, ...]}) in place; returns how many. */
size_t mcp_filter_tools(const mcp_who *w, json_t *result);

/* ---- the server's answers ---- */

enum { MCP_M_OTHER = 0, MCP_M_TOOLS_CALL, MCP_M_TOOLS_LIST };

/* A request forwarded to the server, remembered to judge its answer. */
typedef struct mcp_pending {
	json_t *id;     /* a reference (json_incref) */
	int method;     /* MCP_M_* */
	char tool[129]; /* MCP_M_TOOLS_CALL */
	int answered;   /* set by mcp_judge_answer */
} mcp_pending;

/* The requests of `b` whose answers need judging (tools/call, and
 * tools/list when the policy hides tools); *np set. Free with
 * mcp_pending_free. */
int mcp_pending_of(const mcp_batch *b, int hides, mcp_pending **out, size_t *np);
void mcp_pending_free(mcp_pending *p, size_t n);

/* Judge one server-to-client JSON text (a message or a batch: an
 * application/json body, or one SSE event's data) against the pending
 * requests it answers; an answered entry gets `answered` set. Messages
 * answering none pass untouched (server requests, notifications, other
 * results). 0 with `*changed` = 0: send the original bytes; `*changed` =
 * 1: send `out` instead. Text that is not JSON while requests wait for
 * judging: RL_EPROTO with `*changed` = 1 and `out` empty (it cannot be
 * judged, so it is not delivered: fail closed; mcp_block_result answers
 * the calls). `v` (may be NULL) accumulates the verdicts' items. */
int mcp_judge_answer(const mcp_who *w, mcp_pending *p, size_t np, const char *data, size_t n,
		     rl_buf *out, int *changed, rl_guard_verdict *v, rl_err *e);

/* ---- SSE (text/event-stream) from the server, event by event ---- */

/* Splits a stream into events without losing a byte: an event that needs
 * no change is forwarded as it arrived (ids, retry and comments
 * included, so Last-Event-ID resumption keeps working). Hand-written
 * because provider/sse.c (rl_sse) hands over only the event name and data:
 * the gateway must keep the id: lines and the raw bytes. */
typedef struct mcp_sse {
	rl_buf pend;      /* bytes of the event being received */
	size_t max_event; /* bound on one event (0: 4 MiB) */
} mcp_sse;

typedef struct mcp_sse_event {
	const char *raw; /* the whole event, blank line included */
	size_t raw_len;
	rl_buf data; /* data: lines joined by '\n' (owned by the splitter
		      * for the call) */
	int has_data;
} mcp_sse_event;

void mcp_sse_init(mcp_sse *s, size_t max_event);
void mcp_sse_free(mcp_sse *s);
/* Feed bytes; `fn` runs once per complete event, in order; a non-zero
 * return from it stops and is returned. RL_ELIMIT when an event passes
 * the bound (the stream cannot be judged: end it). */
typedef int (*mcp_sse_fn)(void *ud, const mcp_sse_event *ev);
int mcp_sse_feed(mcp_sse *s, const char *p, size_t n, mcp_sse_fn fn, void *ud);
/* Append `ev` to `out` with its data replaced by `data` (one line: JSON
 * has no raw newlines); other lines (id:, event:, retry:, comments) kept. */
int mcp_sse_rewrite(const mcp_sse_event *ev, const char *data, size_t n, rl_buf *out);

#endif
