/* guard/mcpgw.h: the MCP gateway's decisions for one HTTP exchange of the
 * Streamable HTTP transport, without sockets: given what a client POSTed,
 * what to answer at once, what to forward to the MCP server (and what the
 * guard answers itself in its place), and, given the server's answer, what
 * the client receives. The HTTP server (proxy.c) only moves bytes and
 * headers (Mcp-Session-Id, MCP-Protocol-Version, Last-Event-ID pass
 * through untouched).
 *
 * Decisions per message of a POST body (single or batch):
 *  - not a message: answered by the guard (-32700 / -32600, HTTP 400 when
 *    the whole body is bad), never forwarded;
 *  - tools/call: judged (guard/mcp.h). ALLOW forwards it as is; REDACT
 *    replaces the matched spans in the named argument (a span the guard
 *    cannot place blocks the call instead); BLOCK answers an isError
 *    result in its place; HOLD parks a single-message body for a person
 *    (`held`), and in a batch counts as a block (a batch cannot wait);
 *  - everything else (initialize, notifications, responses to server
 *    requests, resources, prompts, ping...) is forwarded untouched.
 * The client's bytes are forwarded unchanged whenever no message was
 * removed or rewritten.
 *
 * Ownership: mcpgw_plan owns its buffers, pending list and verdict;
 * mcpgw_plan_free releases them. */
#ifndef RL_GUARD_MCPGW_H
#define RL_GUARD_MCPGW_H

#include "guard/mcp.h"

typedef struct mcpgw_plan {
	int answer_now;       /* reply with status/ctype/body; forward nothing */
	int status;           /* answer_now: HTTP status */
	const char *ctype;    /* answer_now: Content-Type (static) */
	rl_buf body;          /* answer_now: the reply; else the body to
			       * forward when not forward_original */
	int forward_original; /* forward the client's bytes unchanged */
	rl_buf extra;         /* the guard's answers for what it did not
			       * forward: JSON objects joined by ',' (no
			       * brackets), merged into the server's answer */
	size_t nextra;
	mcp_pending *pending; /* forwarded requests whose answers are judged */
	size_t npending;
	int held;           /* a single tools/call waits for a person */
	json_t *held_id;    /* its id (a reference) */
	char tool[129];     /* the first tools/call's tool ("" none) */
	rl_guard_verdict v; /* every call's verdict items, strictest first
			     * in v.action/v.rule (audit, metrics) */
	int calls;          /* tools/call messages in the body */
} mcpgw_plan;

/* Plan a POST body. `hides`: the policy has hide_tools (tools/list answers
 * are then judged). Returns 0 (the plan says what to do) or RL_ENOMEM. */
int mcpgw_request(const mcp_who *w, const char *body, size_t n, const mcp_limits *lim,
		  mcpgw_plan *out, rl_err *e);
void mcpgw_plan_free(mcpgw_plan *p);
/* mcpgw_request through the tree reader alone (mcpgw_request reads one
 * allowed or held tools/call in place first): for the tests that compare
 * the two. */
int mcpgw_request_tree(const mcp_who *w, const char *body, size_t n, const mcp_limits *lim,
		       mcpgw_plan *p, rl_err *e);

/* The body to send when a held call is denied or times out: its isError
 * result (the verdict's rule and reason in the text). */
int mcpgw_denied(const mcpgw_plan *p, rl_buf *out);

/* The server answered a forwarded plan with `status`, Content-Type
 * `ctype` (may be NULL) and `body`. Fills the client's status in
 * *out_status and, when the bytes must change, `out` with *replace = 1
 * (else send the server's bytes as they are). JSON bodies and SSE
 * bodies (event by event, ids kept) are judged against the plan's
 * pending requests; the guard's own answers are merged in (an array for
 * JSON, extra events for SSE; a 202 becomes 200 with them). Error
 * statuses pass untouched. `acc` (may be NULL) gathers verdict items. */
int mcpgw_response(const mcp_who *w, mcpgw_plan *p, int status, const char *ctype, const char *body,
		   size_t n, int *out_status, rl_buf *out, int *replace, rl_guard_verdict *acc,
		   rl_err *e);

/* An SSE answer judged as it arrives (the gateway relays a POST's event
 * stream message by message instead of reading it whole): each complete
 * event is judged against the plan's pending requests as mcpgw_response
 * judges it, and what the client receives now is appended to `out`
 * (events that need no change byte for byte, ids and comments kept). One
 * event is bounded by `max_event` (0: 4 MiB); past it RL_ELIMIT. */
typedef struct mcpgw_stream {
	mcp_sse sp;
} mcpgw_stream;

void mcpgw_stream_init(mcpgw_stream *st, size_t max_event);
void mcpgw_stream_free(mcpgw_stream *st);
int mcpgw_stream_feed(const mcp_who *w, mcpgw_plan *p, mcpgw_stream *st, const char *data, size_t n,
		      rl_buf *out, rl_guard_verdict *acc, rl_err *e);
/* The server's stream ended: a last event without its blank line is
 * judged, then the guard's own answers (p->extra) follow as events. */
int mcpgw_stream_end(const mcp_who *w, mcpgw_plan *p, mcpgw_stream *st, rl_buf *out,
		     rl_guard_verdict *acc, rl_err *e);
/* A JSON-RPC message as one SSE event ("event: message", a data: line
 * per line of the text), appended to `out`. */
int mcpgw_as_event(const char *json, size_t n, rl_buf *out);

#endif
