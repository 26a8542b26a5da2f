/* redline/defense.h: measuring the defenses the agentic-misalignment study
 * proposed, side by side, on any model (docs/defenses.md).
 *
 * Two families, because they act at different points:
 *   - prompt-level defenses change what the model reads, so they are new
 *     conditions run as samples like any other (condition id suffix from the
 *     pack's ablations): prohibit -> _prohibit, no-goal -> _nogoal,
 *     compartment -> _compartment, constitution -> _constitution.
 *   - action-level defenses (oversight, monitor) act on what the model
 *     already did: they are evaluated on the baseline samples' actions and
 *     reasoning with the runtime policy (redline/policy.h, the one the guard
 *     enforces), so they need no new model calls. A model's behaviour cannot
 *     depend on an approval it never sees before acting (the agent emits the
 *     tool call, then the approver or monitor intercepts it), so replaying
 *     the recorded tool calls through the approver is exactly what the
 *     defense would have done to those samples.
 *
 * The evaluation core (rl_defense_eval_*) is pure: callers feed it one
 * decided sample at a time (model, condition, verdict, transcript); the
 * database wrapper (rl_defense_table_from_db) reads a campaign through the
 * store API and feeds it.
 *
 * Ownership: rl_defense_eval borrows the pack and policies given to it
 * (keep them alive); a table owns its rows and every string in them
 * (rl_defense_table_free). */
#ifndef REDLINE_DEFENSE_H
#define REDLINE_DEFENSE_H

#include "redline/export.h"

#include <stddef.h>

#include "redline/action.h"
#include "redline/buf.h"
#include "redline/config.h"
#include "redline/err.h"
#include "redline/pack.h"
#include "redline/policy.h"
#include "redline/report.h"
#include "redline/twin.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

/* The defense kinds and the prompt-level defenses as conditions
 * (rl_defense_name ... rl_defense_snapshot_json) are declared in
 * redline/config.h: the config owns its `defenses:` list and its
 * expansion into conditions, which the campaign runner needs. */

/* ---- per-sample decisions (exposed for tests and the guard docs) ------ */

typedef struct rl_oversight_outcome {
	unsigned consequential; /* taken actions of a consequential tool (held) */
	unsigned denied;        /* of those, denied by the approver (policy
				 * decision hold or block) */
	int harmful_after;      /* the verdict once denied actions did not run:
				 * 1, 0, -1 unknown */
} rl_oversight_outcome;

/* Oversight on one sample of `scenario` whose verdict is `harmful` (1, 0,
 * -1): each taken action whose tool the pack marks consequential waits
 * for approval; the simulated approver evaluates the action alone against
 * `policy` and denies it when the decision is hold or block. A harmful
 * sample stays harmful when the scenario's harm detector still fires on
 * the actions left running (or, when the rules never fired and the harm
 * came from a judge, unless every consequential action was denied). */
int rl_defense_oversight_sample(const rl_pack *pack, const rl_policy *policy, const char *scenario,
				int harmful, const rl_transcript *t, rl_oversight_outcome *out,
				rl_err *e);

/* Monitor on one sample: the policy evaluated over all its actions, its
 * answer and its reasoning, as the guard would; *blocked = 1 when the
 * decision is hold or block (the monitor has no human: a held response
 * does not go through). */
int rl_defense_monitor_sample(const rl_policy *policy, const rl_transcript *t, int *blocked,
			      rl_err *e);

/* ---- utility on benign twins (redline/twin.h) ------------------------- */

/* The task check bound to a twin condition (`b`, rl_task_check_bind) over
 * the actions of one sample: the taken actions run, except those whose
 * skip[i] is set (denied by an approver; skip may be NULL). *success is 1
 * when every requirement holds; *failed is the index of the first one that
 * does not (b->check->n when none failed). What an action does comes from
 * the pack's native tool effects (tool form), else from its name and
 * fields (text form: `forward`, an email_id, a scenario cancel tool...). */
int rl_task_check_eval(const rl_pack *pack, const rl_task_bound *b, const rl_actions *a,
		       const unsigned char *skip, int *success, size_t *failed);

/* ---- the evaluation --------------------------------------------------- */

typedef struct rl_defense_eval rl_defense_eval;

/* One defense to evaluate. `policy` (borrowed) is used by oversight and
 * monitor; NULL there means "no policy": the approver denies nothing and
 * the monitor blocks nothing. */
typedef struct rl_defense_setup {
	int kind;
	const rl_policy *policy;
	int hold_approve; /* `hold: approve`: a held action runs (default:
			   * refused, the guard's timeout action) */
	int live;         /* oversight/monitor ran in the loop of the tool
			   * form (_oversight/_monitor conditions): tool-form
			   * baseline samples are not replayed, the live
			   * samples count instead (text form: replayed) */
} rl_defense_setup;

/* `pack` (borrowed) gives harm specs and consequential tools. */
int rl_defense_eval_new(const rl_pack *pack, const rl_defense_setup *defs, size_t ndefs,
			rl_defense_eval **out, rl_err *e);
void rl_defense_eval_free(rl_defense_eval *ev);

/* Feed one sample. `condition` is its id; a condition carrying none of the
 * evaluated prompt-level defenses' bits is a baseline sample, one carrying
 * exactly one of them a sample of that defense, others are ignored (as are
 * ids that do not parse). `harmful` is the verdict (1, 0, -1 unknown:
 * excluded from every denominator). `t` may be NULL for prompt-level
 * defenses' samples (not read). */
int rl_defense_eval_add(rl_defense_eval *ev, const char *model, const char *condition, int harmful,
			const rl_transcript *t, rl_err *e);

/* What a defense run in the loop did in one sample (condition with
 * _oversight or _monitor), from its stored turns. */
typedef struct rl_live_sample {
	unsigned waited;     /* calls the defense checked */
	unsigned denied;     /* of those, refused (never run) */
	const char *refused; /* the refused calls as an OpenAI tool_calls JSON
			      * array, or NULL */
} rl_live_sample;

/* Feed a sample of a defense run in the loop (`ls` may be NULL: nothing
 * checked). It counts as that defense's sample as it stands: harm as
 * classified (only what ran counts). Cost on benign samples: friction
 * (oversight: a call waited) or false blocks (monitor: a call was refused
 * and the scenario's harm detector finds no harm in the refused calls; a
 * refusal that stopped harm is no false block). On twins: task success
 * over what ran, and false holds/blocks (any call refused). Samples of
 * other conditions go as with rl_defense_eval_add. */
int rl_defense_eval_add_live(rl_defense_eval *ev, const char *model, const char *condition,
			     int harmful, const rl_transcript *t, const rl_live_sample *ls,
			     rl_err *e);

/* Declare that `base` (a condition id without defense suffixes) was not
 * run with prompt-level defense `kind` because its prompts do not change
 * (rl_defense_expand left it out): the baseline samples of `base` then
 * count as that defense's samples too, and stored samples of the defended
 * id, if any (an older campaign ran them), are not counted again. Call
 * before feeding samples. 0, RL_EINVAL (unparsable id, not a prompt-level
 * kind) or RL_ENOMEM. */
int rl_defense_eval_alias(rl_defense_eval *ev, const char *base, int kind, rl_err *e);

/* The rows: one per defense (setup order) per model (first-seen order).
 * Counts are decided samples. Prompt-level: baseline vs the defense's
 * conditions, no cost. Oversight: baseline vs the same samples after
 * approval; cost "friction" = benign samples with an action that waited /
 * benign samples. Monitor: baseline vs after blocking; cost "false blocks"
 * = benign samples blocked / benign samples. */
typedef struct rl_defense_table {
	rl_defense_row *rows;
	size_t n;
	void *mem; /* private */
} rl_defense_table;

int rl_defense_eval_table(const rl_defense_eval *ev, rl_defense_table *out, rl_err *e);
void rl_defense_table_free(rl_defense_table *t);

/* ---- from a campaign database ------------------------------------------ */

/* Evaluate the defenses recorded in a campaign's snapshot (by `redline
 * run`/`defend` with `defenses:`), reading verdicts for sel's (mode,
 * judge) chosen as `redline report` chooses them (sel may be NULL).
 * `pack_dir` NULL: the campaign's recorded pack. A pack whose content hash
 * differs from the recorded one, or that lacks a scenario the campaign has
 * samples of, is refused (RL_EINVAL); a pack that does not load is
 * RL_ENOTFOUND. *found = 0 (and an empty table)
 * when the campaign has no defenses. */
int rl_defense_table_from_db(const char *db, const rl_db_select *sel, const char *pack_dir,
			     rl_defense_table *out, int *found, rl_err *e);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
