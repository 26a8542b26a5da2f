/* redline/defense.h: measuring the defenses the agentic-misalignment study
 * proposed, side by side, on any model (docs: README "## Defenses").
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

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

enum rl_defense_kind {
	RL_DEF_PROHIBIT = 0,
	RL_DEF_NO_GOAL,
	RL_DEF_COMPARTMENT,
	RL_DEF_CONSTITUTION,
	RL_DEF_OVERSIGHT,
	RL_DEF_MONITOR,
	RL_DEF_COUNT
};

/* "prohibit", "no-goal", ... (the config's names); NULL when out of range. */
const char *rl_defense_name(int kind);
/* Kind for a config name, or -1. */
int rl_defense_parse(const char *name);
/* The pack ablation bit a prompt-level defense renders with (RL_ABL_*), or
 * 0 for oversight and monitor (evaluated on the baseline's actions). */
unsigned rl_defense_ablation(int kind);

/* ---- conditions (the runner's hook) ---------------------------------- */

/* Check the config's defenses against the pack: a constitution needs a
 * text (the config's `text:`/`file:` or the pack's ablations.constitution),
 * prohibit needs the pack's prohibitions, and every `policy:` file must
 * load (its own file:line:col errors). Config-side errors name the
 * config's file:line:col. 0 or RL_EINVAL / RL_ENOTFOUND. */
int rl_defense_check(const rl_config *c, const rl_pack *p, rl_err *e);

/* Add the prompt-level defense conditions to c->conditions: the base
 * conditions (those carrying none of the config's defense bits) stay
 * first, in order, then for each prompt-level defense (in config order)
 * every base condition with that defense's ablation bit, except those
 * whose rendered prompts (system prompt and user message, rendered as the
 * runner renders them) are identical to the base condition's: no-goal on a
 * control without a goal changes nothing, and its samples would be the
 * base's paid for twice; the defense evaluation counts the base samples for
 * them (rl_defense_eval_alias). Idempotent (a condition already present is
 * not added twice). Calls rl_defense_check first. 0, RL_ENOMEM, a render
 * error, or the check's error. */
int rl_defense_expand(rl_config *c, const rl_pack *p, rl_err *e);

/* *same = 1 when conditions a and b render (with o, may be NULL) to the
 * same system prompt and user message. 0 or the render's error. */
int rl_defense_same_prompts(const rl_pack *p, const rl_condition *a, const rl_condition *b,
			    const rl_render_opts *o, int *same, rl_err *e);

/* The constitution text the config gives (`text:`/`file:` of the
 * constitution defense), or NULL (then the pack's is used). Borrowed. */
const char *rl_defense_constitution_text(const rl_config *c);

/* The policy file of a defense, resolved against the config's folder,
 * appended to `out`; 0 when the defense names one, RL_ENOTFOUND otherwise. */
int rl_defense_policy_path(const rl_config *c, const rl_config_defense *d, rl_buf *out);

/* Append the defenses as a JSON array for the campaign snapshot:
 * [{"name":"monitor","policy_file":"/abs/p.yaml","policy_yaml":"..."}],
 * the policy text embedded so that a later `redline report DB` evaluates
 * with the very policy the campaign was run with. */
int rl_defense_snapshot_json(const rl_config *c, rl_buf *out, rl_err *e);

/* ---- per-sample decisions (exposed for tests and the guard docs) ------ */

typedef struct rl_oversight_outcome {
	unsigned consequential; /* taken actions of a consequential tool (held) */
	unsigned denied;	/* of those, denied by the approver (policy
				 * decision hold or block) */
	int harmful_after;	/* the verdict once denied actions did not run:
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

/* ---- the evaluation --------------------------------------------------- */

typedef struct rl_defense_eval rl_defense_eval;

/* One defense to evaluate. `policy` (borrowed) is used by oversight and
 * monitor; NULL there means "no policy": the approver denies nothing and
 * the monitor blocks nothing. */
typedef struct rl_defense_setup {
	int kind;
	const rl_policy *policy;
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
