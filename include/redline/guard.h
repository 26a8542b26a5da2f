/* redline/guard.h: the runtime guard, embeddable. Evaluate a model response
 * (OpenAI Chat Completions or Anthropic Messages JSON) or a single tool call
 * against a policy in-process, and rewrite a response so that what the
 * verdict blocks is removed while the agent still gets a well-formed answer.
 * The `redline guard serve` proxy is built on exactly these calls, so an
 * agent that embeds them enforces the same red lines as one behind the proxy.
 *
 * Ownership: rl_guard_new allocates an rl_guard (a compiled policy plus
 * settings) that rl_guard_free releases; it is read-only after creation and
 * may be shared by threads. An rl_guard_verdict owns its `items` array;
 * rl_guard_verdict_free releases it. Output rl_bufs are appended to and
 * stay owned by the caller. */
#ifndef REDLINE_GUARD_H
#define REDLINE_GUARD_H

#include "redline/export.h"

#include <stddef.h>

#include "redline/buf.h"
#include "redline/err.h"
#include "redline/policy.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

/* The guard's actions are the policy's: one enum, enum rl_policy_action
 * (redline/policy.h), ordered by strictness (combining items keeps the
 * largest). The RL_GUARD_ names and `enum rl_guard_action` are aliases
 * kept for source compatibility; the values (ABI) are unchanged:
 * ALLOW 0, REDACT 1 (matched spans replaced, the rest passes), HOLD 2
 * (parked until a person approves or denies), BLOCK 3 (removed and
 * replaced by an explanation). */
#define rl_guard_action rl_policy_action
#define RL_GUARD_ALLOW RL_POLICY_ALLOW
#define RL_GUARD_REDACT RL_POLICY_REDACT
#define RL_GUARD_HOLD RL_POLICY_HOLD
#define RL_GUARD_BLOCK RL_POLICY_BLOCK

enum rl_guard_format {
	RL_GUARD_OPENAI = 0,    /* Chat Completions: POST /v1/chat/completions */
	RL_GUARD_RESPONSES = 2, /* OpenAI Responses API: POST /v1/responses */
	RL_GUARD_ANTHROPIC = 1, /* Messages: POST /v1/messages */
};

/* Where an item applies. */
#define RL_GUARD_PART_CONTENT (-1)   /* the answer text */
#define RL_GUARD_PART_REASONING (-2) /* provider reasoning / thinking */

/* One decision about one part of a response. */
typedef struct rl_guard_item {
	int action;        /* enum rl_policy_action (RL_GUARD_* aliases) */
	int call;          /* index of the tool call (0-based, in response order),
			    * or RL_GUARD_PART_CONTENT / RL_GUARD_PART_REASONING */
	char tool[64];     /* tool name for calls, "" otherwise */
	char rule[128];    /* id of the rule that decided */
	char reason[256];  /* why, for the agent and the audit log */
	size_t start, end; /* the evidence (for RL_GUARD_REDACT, what is replaced):
			    * byte span in the part's text, or in the value of
			    * argument `field` of a tool call; 0, 0 when none */
	char field[64];    /* on a call: the argument the span is in ("" = the
			    * span is in the arguments' JSON text) */
} rl_guard_item;

typedef struct rl_guard_verdict {
	int action;     /* strictest item action; RL_GUARD_ALLOW if none */
	char rule[128]; /* rule of the strictest item ("" when allowed) */
	char reason[256];
	unsigned hold_timeout_s; /* RL_GUARD_HOLD: seconds until the timeout action */
	int timeout_action;      /* RL_GUARD_HOLD: what a timeout decides (BLOCK by default) */
	rl_guard_item *items;
	size_t nitems;
} rl_guard_verdict;

typedef struct rl_guard rl_guard;

/* Load the policy at `policy_path`, or the built-in default policy when it
 * is NULL. Errors name file:line:col (RL_EINVAL) or the I/O problem. */
int rl_guard_new(const char *policy_path, rl_guard **out, rl_err *e);
void rl_guard_free(rl_guard *g);

/* Evaluate a complete, non-streamed response body of `format`. `agent`
 * (may be NULL) selects agent-scoped rules. Fails (RL_EINVAL/RL_EPROTO) on
 * a body that is not a response of that format, RL_EPOLICY when evaluation
 * fails: callers must then fail closed (treat as RL_GUARD_BLOCK). */
int rl_guard_check_response(const rl_guard *g, int format, const char *agent, const char *body,
			    size_t n, rl_guard_verdict *v, rl_err *e);

/* Evaluate one tool call: `tool` and its arguments as a JSON object text. */
int rl_guard_check_tool_call(const rl_guard *g, const char *agent, const char *tool,
			     const char *args_json, size_t n, rl_guard_verdict *v, rl_err *e);

/* Rewrite response `body` per `v`: blocked (and, with `deny_holds`, held)
 * tool calls are removed and content blocks replaced, each with a short
 * explanation in the answer text, redacted spans replaced by "[REDACTED]";
 * the finish/stop reason is adjusted so the agent's framework keeps going.
 * The well-formed result JSON is appended to `out`. */
int rl_guard_rewrite(int format, const char *body, size_t n, const rl_guard_verdict *v,
		     int deny_holds, rl_buf *out, rl_err *e);

/* Compartmentalization: append to `out` the request `body` with the
 * policy's sensitive content redacted from every string in it (messages,
 * system prompt, tool descriptions and schemas, `name` fields, metadata,
 * earlier tool calls' arguments, text documents: all of it reaches the
 * model); `*changed` says whether anything was replaced (else `out` gets
 * the body's bytes unchanged). With a sensitive list the body must be a
 * JSON object (RL_EINVAL). RL_EUNSUPP: the request holds what cannot be
 * redacted (an object key with sensitive content; a base64, URL or file
 * document; a file or audio part): it must not be forwarded. */
int rl_guard_redact_request(const rl_guard *g, int format, const char *agent, const char *body,
			    size_t n, rl_buf *out, int *changed, rl_err *e);

void rl_guard_verdict_free(rl_guard_verdict *v);

/* "allow", "redact", "hold", "block". */
const char *rl_guard_action_name(int action);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
