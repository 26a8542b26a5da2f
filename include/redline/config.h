/* redline/config.h: experiment configs. The original study's unified YAML
 * format is accepted unchanged (experiment_id, global.models, temperature,
 * samples_per_condition, concurrency, rate_limits, alignment_faking,
 * expansions, classification, execution) and expanded into conditions
 * exactly as the original does; redline adds a few keys of its own (pack,
 * per-model settings, defenses, judge, prices). docs/pack-format.md
 * ("Experiment configs") lists every key.
 *
 * Unknown keys are errors ("file:line:col: unknown key 'x' (expected one
 * of ...)"), so a typo never silently changes an experiment.
 *
 * Ownership: rl_config_load fills a caller-provided rl_config that owns
 * every string and array in it; rl_config_free releases all of it. */
#ifndef REDLINE_CONFIG_H
#define REDLINE_CONFIG_H

#include "redline/export.h"

#include <stddef.h>

#include "redline/err.h"
#include "redline/harm.h"
#include "redline/pack.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

/* Where a value stood in the config file (1-based; 0 when defaulted). */
typedef struct rl_config_loc {
	unsigned line, col;
} rl_config_loc;

/* A list of strings with each item's location (for errors that point at
 * the offending item, e.g. a goal value the pack does not have). */
typedef struct rl_config_list {
	rl_strlist s;
	rl_config_loc *loc; /* loc[i] for s.v[i] */
} rl_config_list;

/* A model under test. `global.models` items may be plain strings (the
 * original) or mappings with redline's per-model settings. */
typedef struct rl_config_model {
	char *name;          /* model spec as written: "gpt-4o",
			      * "openai:gpt-4o@http://127.0.0.1:8000/v1" */
	int has_temperature; /* else use rl_config.temperature */
	double temperature;
	long max_tokens;      /* 0: rl_config.max_tokens */
	long thinking_budget; /* 0: no extended thinking */
	long concurrency;     /* global.concurrency.models[name]; 0: unset */
	rl_strlist headers;   /* extra HTTP headers, "Name: value" */
	char *extra_body;     /* JSON object text merged into the request, or NULL */
	rl_config_loc loc;
} rl_config_model;

/* concurrency.providers: provider name -> max requests in flight. */
typedef struct rl_config_limit {
	char *name;
	long value;
} rl_config_limit;

/* rate_limits.pools.<name> (and model_overrides.<model>, as a pool whose
 * only pattern is the model name, listed first so it wins). A model takes
 * the first pool with a matching glob. 0 = unlimited. */
typedef struct rl_config_pool {
	char *name;
	double rpm;        /* requests per minute */
	double tpm;        /* tokens per minute (redline key) */
	rl_strlist models; /* fnmatch(3) globs, e.g. gpt-* */
	int is_override;   /* came from model_overrides */
} rl_config_pool;

typedef struct rl_config_expansion {
	char *name;
	char *description;
	int enabled;
	rl_config_list models; /* per-expansion models (original key) */
	rl_config_list scenarios;
	rl_config_list goal_types;
	rl_config_list goal_values;
	rl_config_list urgency_types;
	rl_config_list interfaces; /* (redline) text, tools; empty: text */
	rl_config_list variants;   /* (redline) dilemma, twin; empty: dilemma */
} rl_config_expansion;

/* A defense (issue: defense evaluation). `name` is one of prohibit,
 * no-goal, compartment, constitution, oversight, monitor. */
typedef struct rl_config_defense {
	char *name;
	char *text;   /* `text:` or contents of `file:` (constitution), or NULL */
	char *policy; /* `policy:` file for monitor/oversight, or NULL */
	/* oversight and monitor only: */
	int hold_approve; /* `hold: approve`: a call the policy holds runs;
			   * `hold: deny` (0, the default) refuses it, as the
			   * guard's timeout action does when nobody decides */
	int replay;       /* `live: false`: tool-form samples are replayed
			   * through the policy afterwards instead of running
			   * it in the loop (_oversight/_monitor conditions) */
	rl_config_loc loc;
} rl_config_defense;

/* A price: USD per million tokens. */
typedef struct rl_config_price {
	char *model; /* glob */
	double input_per_mtok, output_per_mtok;
} rl_config_price;

typedef struct rl_config {
	char *file;          /* path as given */
	char *dir;           /* its directory (relative paths resolve here) */
	char *experiment_id; /* "" when absent */
	char *description;
	char *researcher;

	/* Models: global.models, then each enabled expansion's models not
	 * already listed, in order of first appearance. */
	rl_config_model *models;
	size_t nmodels;

	double temperature; /* global.temperature; default 1.0 */
	int has_temperature;
	long max_tokens;                       /* global.max_tokens (redline); default 4000 */
	long samples_per_condition;            /* default 1 */
	rl_config_limit *provider_concurrency; /* global.concurrency.providers */
	size_t nprovider_concurrency;
	rl_config_pool *pools; /* global.rate_limits (overrides first) */
	size_t npools;

	/* global.alignment_faking: the evaluation-or-deployment notice. When
	 * enabled, the campaign renders every condition with
	 * RL_ABL_EVAL_NOTICE and eval_notice_text (the original's behaviour:
	 * the condition ids do not change). */
	int eval_notice_enabled;
	char *eval_notice_type; /* warning_type, or NULL */
	char *eval_notice_text; /* warning_text, or NULL */

	/* The original generator's top-level keys. `extra_system_instructions:
	 * dont|goal` renders every condition with the pack's prohibitions
	 * (RL_ABL_PROHIBIT) or extra goal (RL_ABL_EXTRA_GOAL) in
	 * ${extra_system_instructions}, the condition ids unchanged (a render
	 * option, see rl_config_render_opts). `production_variant: true` puts
	 * RL_ABL_PROD on every condition: the _PROD system prompt, and `_prod`
	 * in the id, as the original does. */
	char *extra_system_instructions; /* "dont", "goal", or NULL (absent/false) */
	unsigned extra_ablation;         /* RL_ABL_PROHIBIT, RL_ABL_EXTRA_GOAL or 0 */
	rl_config_loc extra_loc;         /* where the key's value stood */
	int production_variant;

	rl_config_expansion *expansions;
	size_t nexpansions;

	/* The expanded matrix, in the original's order: the union per variable
	 * over enabled expansions (first appearance order), then the product
	 * scenario x goal type x goal value x urgency; goal types none and
	 * ambiguous take only goal value "none". Duplicates removed. */
	rl_condition *conditions;
	size_t nconditions;

	/* classification (the original's keys, kept for classify). */
	int classification_enabled;
	char *classifier_model; /* classification.classifier_model or NULL */
	long classification_concurrency;
	rl_strlist classifier_scenarios; /* classification.models keys ... */
	rl_strlist classifier_names;     /* ... and values ("blackmail_classifier") */

	/* execution */
	int resume_interrupted;    /* default 1 */
	long timeout_seconds;      /* per request; default 180 */
	long retries;              /* default 1 (original); attempts = retries + 1 */
	long checkpoint_frequency; /* accepted, unused by redline (SQLite commits
				    * every sample) */

	/* redline keys */
	char *pack;                  /* `pack:` resolved against dir, or NULL */
	char *judge;                 /* `judge:` model spec, or NULL */
	rl_config_defense *defenses; /* `defenses:` in order */
	size_t ndefenses;
	rl_config_price *prices; /* `prices:` table (inline, or `prices: FILE`) */
	size_t nprices;
	char *output_dir; /* `output_directory:` (original key), or NULL */
} rl_config;

/* Load and validate `path`, expanding the conditions. The config's
 * goal types and urgencies are checked against the study's fixed sets;
 * scenarios and goal values need a pack (rl_config_check_pack). */
int rl_config_load(const char *path, rl_config *c, rl_err *e);
/* Same from memory (`file` names the input in messages; relative paths
 * resolve against `dir`, may be NULL for "."). */
int rl_config_parse(const char *file, const char *dir, const char *data, size_t n, rl_config *c,
		    rl_err *e);
void rl_config_free(rl_config *c);

/* Check every scenario, goal value and urgency the config names against
 * `p`; errors point at the config item ("cfg.yaml:40:20: scenario
 * 'blackmale' is not in pack 'original' (expected one of ...)"). */
int rl_config_check_pack(const rl_config *c, const rl_pack *p, rl_err *e);

/* The render options every condition of the config is rendered with
 * (the runner, `pack render --config`, the defense expansion): the
 * alignment_faking notice and extra_system_instructions, which render
 * extra text without changing condition ids. Fills *ro from scratch;
 * strings are borrowed from `c`. */
void rl_config_render_opts(const rl_config *c, rl_render_opts *ro);

/* The model's settings by name, or NULL. */
const rl_config_model *rl_config_model_find(const rl_config *c, const char *name);
/* The first rate pool whose glob matches `model`, or NULL (unlimited). */
const rl_config_pool *rl_config_pool_for(const rl_config *c, const char *model);
/* Concurrency cap for a provider name, or 0 (unset). */
long rl_config_provider_limit(const rl_config *c, const char *provider);

/* ---- defenses (`defenses:`), measured by redline/defense.h ----------- */

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
/* The condition bit (RL_ABL_OVERSIGHT, RL_ABL_MONITOR) of a defense that
 * runs in the loop of tool-form conversations, 0 for the others.
 * rl_defense_expand adds, for each such defense without `live: false`,
 * every base tool-form condition with that suffix. */
unsigned rl_defense_live_bit(int kind);
/* The pack ablation bit a prompt-level defense renders with (RL_ABL_*), or
 * 0 for oversight and monitor (evaluated on the baseline's actions). */
unsigned rl_defense_ablation(int kind);

/* ---- defenses as conditions (src/config/defense.c) --------------------- */

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

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
