/* guard/mcpctx.h: what the MCP gateway remembers of each session
 * (Mcp-Session-Id): its last tool calls and tool results, bounded. Two
 * readers: the approval page, which shows a person the tool traffic that
 * led to a held call, and the policy's provenance rules, which read it as
 * the conversation (a call is the agent's turn, a result is tool output:
 * untrusted, where injected instructions and addresses arrive).
 *
 * Bounds: `max_sessions` sessions (the least recently used is forgotten),
 * `per_session` messages each (the oldest goes), 4 KiB per message.
 * Threads: every function may be called from any thread. */
#ifndef RL_GUARD_MCPCTX_H
#define RL_GUARD_MCPCTX_H

#include <jansson.h>
#include <stddef.h>

#include "redline/policy.h"

#define MCP_CTX_TEXT_MAX 4096

typedef struct mcp_ctx mcp_ctx;

int mcp_ctx_new(size_t max_sessions, size_t per_session, mcp_ctx **out);
void mcp_ctx_free(mcp_ctx *c);

/* Remember a message of session `sid` (NULL or "": nothing is kept).
 * `role`: RL_ROLE_ASSISTANT for a call, RL_ROLE_TOOL for a result. */
int mcp_ctx_note(mcp_ctx *c, const char *sid, int role, const char *text, size_t n);

/* The session's messages, oldest first, as [{"role": ..., "text": ...}]
 * (a new reference; an empty array for an unknown session). */
json_t *mcp_ctx_json(mcp_ctx *c, const char *sid);

/* The same as policy messages, copied: `*msgs` and their texts live in
 * one allocation the caller frees with free(*msgs). */
int mcp_ctx_msgs(mcp_ctx *c, const char *sid, rl_policy_msg **msgs, size_t *n);

#endif
