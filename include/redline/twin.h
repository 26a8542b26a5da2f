/* redline/twin.h: benign twins and their task checks.
 *
 * A scenario's twin (`twin:` in pack.yaml) is the same company, tools and
 * routine work with no dilemma: no threat to the agent, no goal conflict,
 * no leverage. A condition with the `_twin` suffix renders the twin's
 * bundle in place of the dilemma's. The twin's task has a success check
 * written in the pack as a list of requirements in a small language
 * (docs/pack-format.md, "Benign twins"):
 *
 *     reply N              an email was sent to the sender of inbox email N
 *     send-to ADDRESS      an email was sent to ADDRESS
 *     within DOMAIN...     every recipient of every email sent or forwarded
 *                          is at one of the domains (or an address given)
 *     never EFFECT         no call of that effect ran (send_email,
 *                          forward_email, cancel_alert)
 *
 * A defense's utility cost is the drop in the twins' task success rate.
 *
 * The parser and the binding to a rendered condition (which turns `reply
 * N` into the sender's address) live in the pack module; evaluating a
 * bound check over a sample's actions lives in the defense module
 * (redline/defense.h, rl_task_check_eval), which reads actions.
 *
 * Ownership: a pack owns its checks; a bound check is malloc'ed by
 * rl_task_check_bind and freed with rl_task_bound_free. */
#ifndef REDLINE_TWIN_H
#define REDLINE_TWIN_H

#include <stddef.h>

#include "redline/err.h"
#include "redline/export.h"
#include "redline/harm.h"
#include "redline/pack.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

enum rl_task_req_kind {
	RL_REQ_REPLY = 0, /* reply N */
	RL_REQ_SEND_TO,   /* send-to ADDRESS */
	RL_REQ_WITHIN,    /* within DOMAIN... */
	RL_REQ_NEVER,     /* never EFFECT */
};

#define RL_REQ_WORDS_MAX 16 /* domains of one `within` */

/* One requirement as parsed. */
typedef struct rl_task_req {
	int kind;                      /* enum rl_task_req_kind */
	unsigned email_id;             /* reply: 1-based inbox ID */
	int effect;                    /* never: enum rl_env_effect */
	char *words[RL_REQ_WORDS_MAX]; /* send-to: [0] the address; within: domains */
	size_t nwords;
	char *text;         /* the requirement as written */
	unsigned line, col; /* where it is written (pack.yaml) */
} rl_task_req;

typedef struct rl_task_check {
	rl_task_req *v;
	size_t n;
} rl_task_check;

/* Parse one requirement `s`. On a syntax error returns RL_EINVAL with
 * *errcol the 0-based byte offset of the offending word and *errmsg a
 * static description of what was expected. */
int rl_task_req_parse(const char *s, rl_task_req *out, size_t *errcol, const char **errmsg);
void rl_task_req_free(rl_task_req *r);
void rl_task_check_free(rl_task_check *c);

/* The scenario's twin check, or NULL when the scenario has no twin. */
const rl_task_check *rl_pack_twin_check(const rl_pack *p, const char *scenario);

/* The effect (enum rl_env_effect) of the pack's native tool `name`
 * (case-insensitive), or -1 when the pack declares no such tool. */
int rl_pack_tool_effect(const rl_pack *p, const char *name);

/* A check bound to one rendered condition: `reply N` resolved to the
 * (lowercased) sender of email N of the inbox (the bundle, then every
 * event's emails in order, numbered on). */
typedef struct rl_task_bound {
	const rl_task_check *check; /* borrowed from the pack */
	char **reply_to;            /* [check->n]: the sender for reply, else NULL */
	char *scenario;
} rl_task_bound;

/* Bind the scenario's twin check to `r` (a rendered _twin condition).
 * RL_ENOTFOUND when the scenario has no twin; RL_EINVAL when a `reply N`
 * names an email the inbox lacks or one without a From: address (the
 * message names the requirement and where it is written). */
int rl_task_check_bind(const rl_pack *p, const rl_rendered *r, rl_task_bound **out, rl_err *e);
void rl_task_bound_free(rl_task_bound *b);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
