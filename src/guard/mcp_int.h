/* guard/mcp_int.h: what mcp.c (the MCP side, jansson trees) and mcpans.c
 * (a server's answer read in place) share. Internal to src/guard; the
 * tree reader stays the authority: mcpans.c takes only answers it can
 * judge to the same verdict without a change, and the differential test
 * (test_mcp answer_inplace_agrees) and fuzz_mcp compare the two. */
#ifndef RL_GUARD_MCP_INT_H
#define RL_GUARD_MCP_INT_H

#include "guard/mcp.h"
#include "guard/wire.h"

/* The agent a call is judged for: w->agent, else resolved from w->ctx. */
const char *mcp_agent_of(const mcp_who *w);
/* The normalised response the policy judges: one tool call with `args`
 * (JSON object text, taken) or one text. */
int mcp_one_resp(const char *tool, char *args, const char *text, size_t tn, gw_resp *r);
/* Keys whose string values are not text a model reads (or are binary). */
int mcp_skip_key(const char *k);
/* Append the items of `src` to `dst` (may be NULL). */
void mcp_verdict_merge(rl_guard_verdict *dst, const rl_guard_verdict *src);
/* The unanswered pending request with this id, or NULL. */
mcp_pending *mcp_pending_for(mcp_pending *p, size_t np, const json_t *id);

/* A call's arguments as compact JSON, byte for byte what
 * json_dumps(JSON_COMPACT | JSON_ENCODE_ANY) writes ("{}" for NULL),
 * written directly when every key and value is plain (printable ASCII
 * strings, integers, booleans): jansson's encoder cost a call ~4k
 * instructions. Malloc'ed; NULL out of memory. */
char *mcp_args_text(const json_t *args);

/* Deepest array/object nesting of a JSON text, strings skipped; stops
 * counting past `cap`. */
size_t mcp_json_depth(const char *s, size_t n, size_t cap);
/* mcp_eval_call, with the session note ("TOOL {arguments}") appended to
 * `note` instead of told to w->note (NULL: told, as mcp_eval_call does):
 * for a caller that may drop the evaluation and judge the call again. */
int mcp_eval_call_noted(const mcp_who *w, const mcp_call *c, rl_guard_verdict *v, rl_err *e,
			rl_buf *note);
/* The same for a call given as its tool and its arguments' text as
 * mcp_args_text writes them (`args`, taken: freed here; NULL is out of
 * memory, a fail-closed block). */
int mcp_eval_call_text(const mcp_who *w, const char *tool, char *args, rl_guard_verdict *v,
		       rl_err *e, rl_buf *note);

/* The strings of a tool result (v, vn: a value of validated text) as
 * mcp_judge_inplace joins them for the policy, into `out` (reset first):
 * walk 1 reads the text once (what the gateway uses), walk 0 member by
 * member (rl_json_member, the reference test_mcp compares it with).
 * 0, 1 (the tree reader's to judge), RL_ENOMEM. */
int mcp_answer_strings(const char *v, size_t vn, int walk, rl_buf *out);

/* mcp_judge_answer through jansson alone. */
int mcp_judge_answer_tree(const mcp_who *w, mcp_pending *p, size_t np, const char *data, size_t n,
			  rl_buf *out, int *changed, rl_guard_verdict *v, rl_err *e);
/* mcp_judge_answer's first reader (mcpans.c): 0 when it judged `data` and
 * the original bytes go out unchanged (the answered pending entry marked,
 * the verdict's items added to `v`, the note told: all as the tree reader
 * does); 1 when it leaves the text to the tree reader and has changed
 * nothing; RL_ENOMEM. */
int mcp_judge_inplace(const mcp_who *w, mcp_pending *p, size_t np, const char *data, size_t n,
		      rl_guard_verdict *v, rl_err *e);

#endif
