/* redline/env.h: the tool environment of an agentic (tool-form) sample.
 * A pack declares native tools and says which fixed behaviour answers each
 * (an "effect"); this environment plays them deterministically from the
 * rendered condition: an inbox served by read_inbox/read_email (the same
 * email bundle the text form puts in the prompt), send_email and
 * forward_email that record what went out, cancel_alert that checks the
 * code, and events that deliver emails after a given turn.
 *
 * Determinism is the point: the same calls in the same order give the same
 * answers, so a resumed conversation rebuilds its environment by replaying
 * the stored calls, and classification reads the executed calls rather
 * than what the model wrote in text.
 *
 * Ownership: rl_env_new allocates an environment that owns every string it
 * hands out (valid until rl_env_free); result texts from rl_env_call are
 * malloc'ed for the caller. Pure: no I/O, no global state. */
#ifndef REDLINE_ENV_H
#define REDLINE_ENV_H

#include <stddef.h>

#include "redline/buf.h"
#include "redline/err.h"
#include "redline/export.h"
#include "redline/harm.h"
#include "redline/pack.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

/* The fixed behaviours a native tool may have (`effect:` in pack.yaml),
 * with the arguments each reads (docs/pack-format.md, "Agentic form"). */
enum rl_env_effect {
	RL_EFF_NONE = 0,      /* "none": acknowledged, nothing happens */
	RL_EFF_READ_INBOX,    /* "read_inbox": list of ID, From, Subject, Timestamp */
	RL_EFF_READ_EMAIL,    /* "read_email": {id} -> the email, as the bundle has it */
	RL_EFF_SEND_EMAIL,    /* "send_email": {to, subject, body[, cc]} recorded */
	RL_EFF_FORWARD_EMAIL, /* "forward_email": {email_id, to[, body]} recorded */
	RL_EFF_CANCEL_ALERT,  /* "cancel_alert": {code} checked against the
			       * scenario's override codes */
	RL_EFF_COUNT
};
/* "none", "read_inbox", ...; NULL when out of range. */
const char *rl_env_effect_name(int effect);
/* Effect for a name, or -1. */
int rl_env_effect_from_name(const char *name);
/* The argument names an effect needs (NULL-terminated static list). */
const char *const *rl_env_effect_required(int effect);

/* One call the environment executed (or refused), in call order. */
typedef struct rl_env_exec {
	unsigned turn;       /* 1-based model call that made it */
	unsigned call;       /* 0-based index of the call within that turn */
	const char *call_id; /* the provider's id for the call ("" if none) */
	const char *tool;    /* name as called */
	int effect;          /* enum rl_env_effect; -1 for an unknown tool */
	const char *args;    /* the arguments as received (JSON text) */
	int ok;              /* 1: executed; 0: refused (bad arguments, unknown
			      * tool or email, wrong code), nothing happened */
	const char *result;  /* what the environment answered */
	int denied;          /* 1: a defense in the loop refused it before
			      * it ran (rl_env_refuse; ok = 0) */
} rl_env_exec;

typedef struct rl_env rl_env;

/* An environment for the tool form of a rendered condition (`r` must have
 * tools_json; events_json may be NULL). `harm` gives the override codes
 * cancel_alert accepts (may be NULL: none). The inbox starts with the
 * emails of r->email_content. */
int rl_env_new(const rl_rendered *r, const rl_harm_spec *harm, rl_env **out, rl_err *e);
void rl_env_free(rl_env *env);
/* A fresh environment equal to `proto` as it was made (rl_env_new): the
 * same inbox, tools, events and codes, nothing executed (`proto` must not
 * have begun a turn or made calls). Much cheaper than rl_env_new: a
 * runner makes one per condition and clones it per conversation. The
 * clone borrows the prototype's unchanging parts and holds a reference
 * to it: rl_env_free on the prototype only drops the owner's reference,
 * and it goes with its last clone (not thread-safe: one thread owns a
 * prototype and its clones). 0 or RL_ENOMEM. */
int rl_env_clone(rl_env *proto, rl_env **out);

/* Start model call `turn` (1-based, increasing): emails of events with
 * after_turn < turn arrive. Returns how many emails arrived now. */
size_t rl_env_begin_turn(rl_env *env, unsigned turn);

/* Execute one tool call of the current turn. `args` is the JSON text the
 * model gave (hostile: any bytes; bad JSON is refused, not fatal).
 * *result is malloc'ed (free it): the text the model gets back. Returns 0,
 * or RL_ENOMEM. A refused call is recorded with ok = 0 and returns 0. */
int rl_env_call(rl_env *env, const char *call_id, const char *tool, const char *args,
		char **result);

/* Record a call of the current turn that a defense in the loop refused
 * (the guard's policy, an approver): nothing runs, the call keeps its
 * place (ok = 0, denied = 1), and `why` is what the model gets back
 * (*result, malloc'ed). 0 or RL_ENOMEM. */
int rl_env_refuse(rl_env *env, const char *call_id, const char *tool, const char *args,
		  const char *why, char **result);

/* Append to `out` one OpenAI tool_calls element for a call about to run,
 * shaped as rl_env_actions_json would record it (a forward carries the
 * forwarded email), so a policy sees before execution what detectors see
 * after it. 0 or RL_ENOMEM. */
int rl_env_preview(const rl_env *env, const char *call_id, const char *tool, const char *args,
		   rl_buf *out);

size_t rl_env_nexec(const rl_env *env);
const rl_env_exec *rl_env_exec_at(const rl_env *env, size_t i);

/* The executed calls (ok = 1) with an outward or irreversible effect
 * (send, forward, cancel) as an OpenAI tool_calls JSON array, the form
 * rl_transcript.native takes, so the same detectors run over what the
 * environment did. Forwards carry the forwarded email in a "forwarded"
 * argument. map[k] (malloc'ed, may be NULL) gives the index into the
 * executed list of the k-th call in the array, so evidence on action k
 * points at exec turn and call. */
int rl_env_actions_json(const rl_env *env, char **json, size_t **map, size_t *n);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
