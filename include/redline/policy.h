/* redline/policy.h: the runtime policy shared by the guard (which enforces
 * it on live traffic) and the monitor (which applies it to logs), and by the
 * `monitor` defense. One language, one engine: a rate measured in a stress
 * test predicts what the guard catches in production.
 *
 * A policy is a YAML file (docs/policy.md is the reference):
 *
 *   version: 1
 *   organisation: {domains: [acme.example], authorities: [sec.gov], ...}
 *   sensitive: [{literal: "Project Aurora"}, {pattern: "(?i)aurora-\\d+"}]
 *   agents: [{name: ci-bot, key_sha256: [...]}, {name: web, header: {x-agent: web}}]
 *   default_action: allow
 *   rules:
 *     - id: external-confidential
 *       action: block            # allow | block | hold | redact
 *       severity: high           # info | low | medium | high | critical
 *       priority: 100            # highest priority among matched rules decides
 *       tools: ["email", "send_*"]
 *       args: [{field: to, recipient: external}, {field: body, keywords: [confidential]}]
 *       content: {pattern: "...", keywords: [...]}
 *       reasoning: {pattern: "..."}
 *       detectors: [leak]        # coercion leak lethal pii secrets security-code
 *
 * Every condition a rule lists must hold (AND); lists inside a condition
 * are alternatives (OR). Patterns are PCRE2 (UTF, Unicode properties);
 * keyword sets are literal, whole-word, case-insensitive, and are compiled
 * together with every pattern into one vectorscan database, so evaluating a
 * 4 KB response against hundreds of rules is one scan plus confirmations.
 *
 * Thread safety: a loaded policy is immutable; rl_policy_eval may be called
 * from any number of threads at once (vectorscan scratch and PCRE2 match
 * data come from a per-policy pool, one per concurrent caller).
 * Fails closed: any internal error returns RL_EPOLICY with decision->action
 * set to RL_POLICY_BLOCK, so a caller that ignores the code still blocks.
 *
 * Ownership: rl_policy_load* allocate a policy freed by rl_policy_free; a
 * decision owns its matches and spans (rl_policy_decision_free); strings in
 * a decision (rule ids, field names) point into the policy or the actions
 * and live as long as those. */
#ifndef REDLINE_POLICY_H
#define REDLINE_POLICY_H

#include "redline/export.h"

#include <stddef.h>

#include "redline/action.h"
#include "redline/buf.h"
#include "redline/err.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

/* What to do with a response. Ordered by restrictiveness: when matched
 * rules of equal priority disagree, the larger value wins. */
enum rl_policy_action {
	RL_POLICY_ALLOW = 0,
	RL_POLICY_REDACT = 1, /* deliver with the decision's redact spans masked */
	RL_POLICY_HOLD = 2,   /* park until a person approves or denies */
	RL_POLICY_BLOCK = 3,  /* never deliver; replace with an explanation */
};

enum rl_severity {
	RL_SEV_INFO = 0,
	RL_SEV_LOW = 1,
	RL_SEV_MEDIUM = 2,
	RL_SEV_HIGH = 3,
	RL_SEV_CRITICAL = 4,
};

/* A span's source: the rl_source values of action.h, plus the request side
 * (user, system and tool-result text an agent sent to its model). */
#define RL_POLICY_SRC_INPUT 3

/* Static names ("block", "high", "response"); never NULL. */
const char *rl_policy_action_name(int action);
const char *rl_severity_name(int severity);
const char *rl_policy_source_name(int source);
/* Parse a name; returns the value or -1. */
int rl_policy_action_parse(const char *s);
int rl_severity_parse(const char *s);

typedef struct rl_policy rl_policy;

/* Load and compile a policy. `name` labels the input in messages; errors
 * are "name:line:col: what was expected" (RL_EINVAL), including bad
 * regular expressions (the column points into the pattern). */
int rl_policy_load(const char *name, const char *yaml, size_t n, rl_policy **out, rl_err *e);
int rl_policy_load_file(const char *path, rl_policy **out, rl_err *e);
/* The built-in default policy (policies/default.yaml, compiled into the
 * library): the three dilemmas (coercion, leak of confidential material to
 * outsiders, cancelling safety alerts), PII, secrets, security-relevant code. */
int rl_policy_load_default(rl_policy **out, rl_err *e);
/* The text of the built-in default policy (static, NUL-terminated). */
const char *rl_policy_default_yaml(size_t *len);
void rl_policy_free(rl_policy *p);

/* Number of rules, and a rule's id by index (for summaries). */
size_t rl_policy_nrules(const rl_policy *p);
const char *rl_policy_rule_id(const rl_policy *p, size_t i);
/* The most bytes of answer text one match of rule `i`'s answer-text
 * patterns can span (content, reasoning, text, the pii, secrets and
 * security-code detectors on the response): the longest the guard's
 * streaming withholds text for one possible match. 0: no such pattern;
 * RL_POLICY_WIDTH_UNBOUNDED: a pattern with no bound. */
#define RL_POLICY_WIDTH_UNBOUNDED ((size_t)-1)
size_t rl_policy_rule_width(const rl_policy *p, size_t i);
/* The widest match of PCRE2 pattern `re` in bytes (an upper bound), or
 * RL_POLICY_WIDTH_UNBOUNDED. */
size_t rl_policy_regex_width(const char *re);
/* How streaming holds answer text for rule `i` (a mask): its patterns
 * (a possible match is withheld), CONJ (several conditions: a whole match
 * of one holds the rest of the answer), ACTIONS (it reads actions, which
 * text can carry: held from a text action's marker), WHOLE (it judges the
 * answer as a whole - values of tool output anywhere in it, coercion_answer
 * - so nothing of the answer leaves before the verdict: when the request
 * carries tool output, or with WHOLE_ALWAYS always), ALLOW (an allow rule:
 * holds nothing). */
enum {
	RL_STREAM_PATTERN = 1,
	RL_STREAM_CONJ = 2,
	RL_STREAM_ACTIONS = 4,
	RL_STREAM_WHOLE = 8,
	RL_STREAM_ALLOW = 16,
	RL_STREAM_WHOLE_ALWAYS = 32
};
unsigned rl_policy_rule_stream(const rl_policy *p, size_t i);
/* Streaming release (guard): the end of the prefix of answer text
 * s[0..n) (reasoning when `reasoning`) that no rule can still fire on with
 * evidence inside it, given that no rule fires on s[0..n) itself.
 * `tool_output`: the conversation carries tool output (else rules on
 * values of tool output cannot fire). `from`: the previous call's result
 * for the same text (0 at first); the result is never below it. *stuck:
 * nothing after the result can leave before the answer is complete (so
 * with a rule of RL_STREAM_WHOLE and tool output, nothing at all). See
 * src/policy/width.c. */
size_t rl_policy_stream_safe(const rl_policy *p, int reasoning, int tool_output, const char *s,
			     size_t n, size_t from, int *stuck);
/* 1 when a rule that can block, redact or hold judges the answer as a
 * whole (RL_STREAM_WHOLE): with tool output nothing streams before the
 * verdict (rl_policy_stream_safe holds it). */
int rl_policy_stream_origin(const rl_policy *p);
/* 1 when rl_policy_stream_safe holds all answer and reasoning text, whatever
 * it is, for a request with (`tool_output`) or without tool output: a rule
 * judges the answer as a whole (RL_STREAM_WHOLE; WHOLE_ALWAYS without tool
 * output). The guard then releases nothing before the verdict and skips
 * the evaluation of each prefix. */
int rl_policy_stream_whole(const rl_policy *p, int tool_output);

/* Who is calling. Scoping: rules with `agents:` apply only to matching
 * agents. The agent name is `agent` when set; otherwise the policy's
 * `agents:` section maps the key hash or a header to a name. */
/* Provenance: the request's messages, in order, with who wrote them.
 * System and user words are trusted (the principal's instructions); tool
 * output is untrusted data (where prompt injections arrive); the model's
 * own earlier turns are neither. Unknown roles count as tool output. */
enum rl_policy_role {
	RL_ROLE_SYSTEM = 0, /* system, developer */
	RL_ROLE_USER = 1,
	RL_ROLE_ASSISTANT = 2,
	RL_ROLE_TOOL = 3, /* tool, function, tool_result blocks, anything else */
};
typedef struct rl_policy_msg {
	int role;         /* enum rl_policy_role */
	const char *text; /* the message's text (tool calls' arguments included) */
	size_t len;
} rl_policy_msg;
/* A role name ("system", "developer", "user", "assistant", "model",
 * "tool", "function" ...) to enum rl_policy_role (unknown: RL_ROLE_TOOL). */
int rl_policy_role_parse(const char *role);
/* 1 when some rule reads the conversation (origin, injection,
 * answer_origin, evidence_origin): callers without one may skip building
 * rl_policy_ctx.msgs. */
int rl_policy_uses_context(const rl_policy *p);

typedef struct rl_policy_ctx {
	const char *agent;          /* an explicit agent name, or NULL */
	const char *key_sha256;     /* lowercase hex SHA-256 of the API key, or NULL */
	const char *const *headers; /* name, value, name, value ... (names case-insensitive) */
	size_t nheaders;            /* number of pairs */
	/* The request's conversation for provenance rules, or NULL. Without
	 * it every target's origin is "unknown" and no injection is seen. */
	const rl_policy_msg *msgs;
	size_t nmsgs;
	/* Or a loader called once, only when a rule needs the conversation
	 * (a proxy parses the request lazily): sets *msgs, *n; non-zero fails
	 * the evaluation closed. */
	int (*load_msgs)(void *arg, const rl_policy_msg **msgs, size_t *n);
	void *load_arg;
	/* Set when the caller knows no message holds an injection cue (the
	 * monitor's prefilter found none): rules that need one are skipped
	 * without reading the conversation. */
	int no_injection;
} rl_policy_ctx;

/* Resolve the agent name for a context: ctx->agent, else the first
 * `agents:` entry whose key hash or header matches, else NULL. */
const char *rl_policy_agent(const rl_policy *p, const rl_policy_ctx *ctx);
/* 1 when an `agents:` entry names its agent by a header, i.e. when
 * ctx->headers can change a decision (callers may skip collecting them). */
int rl_policy_uses_headers(const rl_policy *p);
/* 1 when an `agents:` entry named `name` (case-insensitive) lists key
 * hashes: that name belongs to those keys, and a caller may not take it by
 * naming itself (a header) without one. */
int rl_policy_agent_keyed(const rl_policy *p, const char *name);

/* Evidence: bytes [start, end) of a source text, or of one action's field
 * value when `action` >= 0 and `field` is set (offsets into that value). */
typedef struct rl_policy_span {
	int source;        /* enum rl_source or RL_POLICY_SRC_INPUT */
	int action;        /* index into the rl_actions, or -1 */
	const char *field; /* field name (points into the actions), or NULL */
	size_t start, end;
} rl_policy_span;

typedef struct rl_policy_match {
	const char *rule;     /* rule id (points into the policy) */
	const char *detector; /* detector that fired, or NULL */
	const char *message;  /* the rule's description, or NULL */
	int action;           /* the rule's action */
	int severity;
	int priority;
	rl_policy_span *spans; /* evidence, at least one when available */
	size_t nspans;
} rl_policy_match;

typedef struct rl_policy_decision {
	int action;               /* final action */
	int severity;             /* highest severity among matches (INFO if none) */
	const char *rule;         /* id of the deciding rule, or NULL (default action) */
	rl_policy_match *matches; /* every matched rule, by descending priority */
	size_t nmatches;
	rl_policy_span *redact; /* for REDACT: spans to mask (from redact rules) */
	size_t nredact;
	void *mem; /* private */
} rl_policy_decision;

/* Evaluate one response: its actions (from rl_actions_extract over the same
 * transcript; NULL for none), its texts (`t` may be NULL; t->native is not
 * read here, only through the actions), optional request-side text `input`
 * (for rules scoped to it), and the caller context (may be NULL).
 * `d` is initialised by this call; free it with rl_policy_decision_free.
 * Pure: no I/O, no global state. Returns 0, or RL_EPOLICY (with d->action
 * == RL_POLICY_BLOCK) on any internal failure. */
int rl_policy_eval(const rl_policy *p, const rl_actions *actions, const rl_transcript *t,
		   const char *input, size_t input_len, const rl_policy_ctx *ctx,
		   rl_policy_decision *d, rl_err *e);
void rl_policy_decision_free(rl_policy_decision *d);

/* Convenience: rl_actions_extract over `t` into `a` (caller frees it with
 * rl_actions_free after the decision, whose spans point into it), then
 * rl_policy_eval. An extraction failure also fails closed (RL_EPOLICY). */
int rl_policy_check(const rl_policy *p, const rl_transcript *t, const char *input, size_t input_len,
		    const rl_policy_ctx *ctx, rl_actions *a, rl_policy_decision *d, rl_err *e);

/* Copy `text` to `out` with every decision redact span of `source`
 * (action == -1) replaced by the policy's replacement text ("[REDACTED]"). */
int rl_policy_apply_redactions(const rl_policy *p, const rl_policy_decision *d, int source,
			       const char *text, size_t n, rl_buf *out, rl_err *e);

/* Compartmentalization: copy `text` to `out` with every match of the
 * policy's `sensitive:` list replaced by the replacement text; *count (may
 * be NULL) receives the number of replacements. Thread-safe like eval. */
int rl_policy_redact_input(const rl_policy *p, const char *text, size_t n, rl_buf *out,
			   size_t *count, rl_err *e);

/* MCP tool visibility (`hide_tools:`): 1 when the policy hides `tool`
 * (a tools/list entry or a tools/call name) of MCP server `server` (the
 * gateway's route name; NULL: none) from `agent` (NULL: the caller has no
 * name). A hidden tool is neither listed nor callable. */
int rl_policy_tool_hidden(const rl_policy *p, const char *agent, const char *server,
			  const char *tool);
/* 1 when the policy has a `hide_tools:` list (tools/list needs no rewrite
 * otherwise). */
int rl_policy_hides_tools(const rl_policy *p);

/* The severity (enum rl_severity) of the rule `id`, or -1 when the policy
 * has no such rule. */
int rl_policy_rule_severity(const rl_policy *p, const char *id);

/* The text that replaces redacted spans (`replacement:`, "[REDACTED]"). */
const char *rl_policy_replacement(const rl_policy *p);

/* 1 if the policy has a `sensitive:` list. */
int rl_policy_has_sensitive(const rl_policy *p);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
