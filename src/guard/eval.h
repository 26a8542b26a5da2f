/* guard/eval.h: the seam between the guard and the policy engine. The
 * guard hands a normalised response (guard/wire.h) to ge_eval and gets a
 * verdict back; request-side redaction goes through ge_redact_text. Only
 * this seam knows which policy engine is behind it.
 * Ownership: ge_policy_load allocates, ge_policy_free releases; verdict
 * items are owned by the verdict (rl_guard_verdict_free). */
#ifndef RL_GUARD_EVAL_H
#define RL_GUARD_EVAL_H

#include <stddef.h>

#include "guard/wire.h"
#include "redline/buf.h"
#include "redline/err.h"
#include "redline/guard.h"
#include "redline/policy.h"

typedef struct ge_policy ge_policy;

/* NULL path: the built-in default policy. */
int ge_policy_load(const char *path, ge_policy **out, rl_err *e);
void ge_policy_free(ge_policy *p);
/* The policy itself (rule severities, hidden tools). */
const rl_policy *ge_policy_rules(const ge_policy *p);

/* The request a response answers: its raw body and wire format
 * (RL_GUARD_OPENAI or RL_GUARD_ANTHROPIC). Provenance rules read its
 * conversation (who wrote each message); it is parsed only when the
 * policy has such rules. */
typedef struct ge_req {
	const char *body;
	size_t len;
	int format;
	int valid; /* 1: the caller saw rl_json_valid accept body (not checked again) */
} ge_req;

/* Evaluate `r` for the caller `ctx` (may be NULL), with `input` the
 * request-side text rules may scope to (may be NULL) and `req` the
 * request (may be NULL: no conversation, every target's origin unknown);
 * fills `v` (zeroed by the caller). A non-zero return means the policy
 * could not decide: callers fail closed. */
/* The calls of `r` as native JSON for the extractor (malloc'd, NULL when
 * out of memory); *checked 1 when it is known valid with no duplicate
 * keys (see eval.c). */
char *ge_native_json(const gw_resp *r, int *checked);
int ge_eval(const ge_policy *p, const rl_policy_ctx *ctx, const char *input, size_t input_len,
	    const ge_req *req, const gw_resp *r, rl_guard_verdict *v, rl_err *e);

/* The conversation of a request body as policy messages (roles mapped,
 * text and tool-call arguments of each message, Anthropic tool_result
 * blocks as tool output). Owned by `c`; ge_conv_free releases it. A body
 * that is not a JSON object with messages gives no messages (0). */
typedef struct ge_conv {
	rl_policy_msg *msgs;
	size_t n;
	rl_buf *texts;
} ge_conv;
int ge_conv_parse(const ge_req *req, ge_conv *c);
/* The same from a jansson tree of the body: what ge_conv_parse does with a
 * body the fast reader refuses; the differential tests' reference. */
int ge_conv_parse_tree(const ge_req *req, ge_conv *c);
void ge_conv_free(ge_conv *c);
/* The agent name the policy's `agents:` section gives `ctx`, or NULL. */
const char *ge_policy_agent(const ge_policy *p, const rl_policy_ctx *ctx);
/* 1 when request headers can name the agent (else they need not be kept). */
int ge_policy_uses_headers(const ge_policy *p);
/* 1 when the policy binds agent `name` to key hashes (rl_policy_agent_keyed). */
int ge_policy_agent_keyed(const ge_policy *p, const char *name);

/* 1 when the policy redacts anything from requests for `agent`. */
int ge_policy_redacts_requests(const ge_policy *p, const char *agent);
/* Append `s` with sensitive content replaced to `out`; `*changed` set when
 * anything was replaced. 0 or RL_ENOMEM / RL_EPOLICY. */
int ge_redact_text(const ge_policy *p, const char *agent, const char *s, size_t n, rl_buf *out,
		   int *changed);

/* Append an item and keep the verdict's overall action the strictest. */
int ge_verdict_add(rl_guard_verdict *v, int action, int call, const char *tool, const char *rule,
		   const char *reason, size_t start, size_t end);

/* The proxy's entry points into guard.c (an rl_guard wraps a ge_policy). */
const ge_policy *rl_guard_policy(const rl_guard *g);
/* Evaluate an already-parsed response; on failure `v` holds a fail-closed
 * BLOCK of everything and RL_EPOLICY is returned. */
int rl_guard_eval_resp(const rl_guard *g, const rl_policy_ctx *ctx, const char *input,
		       size_t input_len, const ge_req *req, const gw_resp *r, rl_guard_verdict *v,
		       rl_err *e);
#endif
