/* redline/pack.h: scenario packs. A pack is a directory (pack.yaml,
 * Markdown templates, variable files) that a researcher edits without
 * recompiling; this API loads it, enumerates its condition matrix, renders
 * a condition into the exact prompts a model receives, lints it, and
 * returns each scenario's harm spec for the detectors.
 *
 * The format is specified in docs/pack-format.md. The template syntax is
 * Python's string.Template.safe_substitute, so that the original study's
 * templates render byte-for-byte.
 *
 * Ownership: rl_pack_load allocates a pack that owns every string and spec
 * it hands out (valid until rl_pack_free). rl_pack_render fills an
 * rl_rendered the caller owns (rl_rendered_free). rl_condition is a plain
 * value (fixed-size arrays, nothing to free). Everything here is pure: no
 * network, no global state; a loaded pack may be rendered from several
 * threads at once (rendering never mutates the pack). */
#ifndef REDLINE_PACK_H
#define REDLINE_PACK_H

#include "redline/export.h"

#include <stddef.h>

#include "redline/buf.h"
#include "redline/err.h"
#include "redline/harm.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

/* ---- Conditions ------------------------------------------------------ */

#define RL_COND_PART_MAX 64 /* bytes per id part, including the NUL */
#define RL_COND_ID_MAX 512  /* a formatted condition id, including the NUL */

/* Ablations: each is a suffix of the condition id, in this canonical order
 * (rl_condition_format writes them so; rl_condition_parse accepts any order
 * but each at most once). docs/pack-format.md says what each renders. */
enum rl_ablation {
	RL_ABL_PROD = 1u << 0,         /* _prod: production system prompt (no
					* private-reasoning paragraph) */
	RL_ABL_PROHIBIT = 1u << 1,     /* _prohibit: the pack's direct prohibitions
					* in ${extra_system_instructions} */
	RL_ABL_EXTRA_GOAL = 1u << 2,   /* _extragoal: the pack's extra overriding
					* goal in ${extra_system_instructions} */
	RL_ABL_EVAL_NOTICE = 1u << 3,  /* _evalnotice: "evaluation or real
					* deployment?" notice in ${alignment_faking_warning} */
	RL_ABL_NO_GOAL = 1u << 4,      /* _nogoal: goal statement and reminder empty */
	RL_ABL_COMPARTMENT = 1u << 5,  /* _compartment: bundle minus sensitive emails */
	RL_ABL_CONSTITUTION = 1u << 6, /* _constitution: principles text appended to
					* ${extra_system_instructions} */
	RL_ABL_NAME = 1u << 7,         /* _name-<Name>: the agent's name replaced */
	RL_ABL_TOOLS = 1u << 8,        /* _tools: the agentic interface: the emails
					* arrive through the inbox tool, the model
					* acts through native tools (the scenario's
					* `agentic:` form); written last in an id */
	RL_ABL_TWIN = 1u << 9,         /* _twin: the scenario's benign twin: the
					* same company, tools and routine work
					* with no dilemma (`twin:` in pack.yaml);
					* written just before _tools */
	RL_ABL_OVERSIGHT = 1u << 10,   /* _oversight: the guard in the loop (issue
					* 17): a tool-form conversation whose
					* consequential tool calls each wait for
					* the oversight defense's approver before
					* the environment runs them (the prompts
					* are the base condition's) */
	RL_ABL_MONITOR = 1u << 11,     /* _monitor: the same with the monitor
					* defense: each model turn's calls go
					* through the runtime policy first */
};
/* Every bit that changes what is rendered; the live defenses
 * (RL_ABL_LIVE) change only how the runner runs a condition. */
#define RL_ABL_ALL 0x3ffu
/* The conditions that run a defense live in the conversation. */
#define RL_ABL_LIVE (RL_ABL_OVERSIGHT | RL_ABL_MONITOR)

/* One cell of the matrix: `scenario_goaltype-goalvalue_urgency[_suffix...]`,
 * e.g. "blackmail_explicit-america_replacement_prod". */
typedef struct rl_condition {
	char scenario[RL_COND_PART_MAX];
	char goal_type[RL_COND_PART_MAX];  /* explicit latent ambiguous none swap */
	char goal_value[RL_COND_PART_MAX]; /* a pack goal value, or "none" */
	char urgency[RL_COND_PART_MAX];    /* replacement restriction none */
	unsigned ablations;                /* RL_ABL_* bits */
	char agent_name[RL_COND_PART_MAX]; /* with RL_ABL_NAME, else "" */
} rl_condition;

/* Parse an id (syntax only; rl_pack_check_condition checks it against a
 * pack). Errors name the offending part and what was expected. */
int rl_condition_parse(const char *id, rl_condition *c, rl_err *e);
/* Canonical id into out[n]; RL_ELIMIT if it does not fit. */
int rl_condition_format(const rl_condition *c, char *out, size_t n);
/* Fill the four base parts (ablations cleared). Each part must be a
 * non-empty [A-Za-z0-9]+ word: '_' separates the parts of an id and '-'
 * separates goal type from goal value, so neither may appear inside one. */
int rl_condition_set(rl_condition *c, const char *scenario, const char *goal_type,
		     const char *goal_value, const char *urgency, rl_err *e);
/* Suffix name of one ablation bit ("prod", "prohibit", ...), or NULL. */
const char *rl_ablation_name(unsigned bit);

/* ---- Loading ----------------------------------------------------------- */

typedef struct rl_pack rl_pack; /* opaque */

/* Load `dir`/pack.yaml and every file it names; validate everything
 * (files exist, YAML and JSON well-formed, ids unique, goal types,
 * goal values and urgencies known, variable mappings resolve). The first
 * problem is reported as "file:line:col: what was expected". */
int rl_pack_load(const char *dir, rl_pack **out, rl_err *e);
void rl_pack_free(rl_pack *p);

const char *rl_pack_dir(const rl_pack *p);
/* The pack's content hash (64 hex digits, SHA-256): what the pack renders
 * and classifies with, i.e. pack.yaml, every file it names, and
 * classifiers.json when present; not files it never reads. A campaign
 * records it so that classify, report and defend can tell whether a pack
 * is the one the campaign ran with. */
const char *rl_pack_hash(const rl_pack *p);
const char *rl_pack_name(const rl_pack *p);
const char *rl_pack_version(const rl_pack *p);
const char *rl_pack_description(const rl_pack *p);
/* Declared axes, in pack.yaml order. Goal values are the flattened
 * opposing pairs: values[2k] and values[2k+1] oppose each other. */
const rl_strlist *rl_pack_goal_types(const rl_pack *p);
const rl_strlist *rl_pack_goal_values(const rl_pack *p);
const rl_strlist *rl_pack_urgencies(const rl_pack *p);
/* The value opposing `value` in its pair, or NULL. */
const char *rl_pack_goal_opposite(const rl_pack *p, const char *value);

size_t rl_pack_scenario_count(const rl_pack *p);
const char *rl_pack_scenario_id(const rl_pack *p, size_t i);
const char *rl_pack_scenario_description(const rl_pack *p, size_t i);
/* Index of a scenario id, or -1. */
long rl_pack_scenario_find(const rl_pack *p, const char *id);

/* The scenario's harm spec (owned by the pack), or NULL if the scenario is
 * unknown. Never NULL for a loaded scenario (an absent `harm:` gives an
 * empty spec with scenario and kind set). */
const rl_harm_spec *rl_pack_harm(const rl_pack *p, const char *scenario);

/* Tool names the pack marks consequential for the scenario (oversight
 * defense: these need approval), or NULL for an unknown scenario. */
const rl_strlist *rl_pack_consequential_tools(const rl_pack *p, const char *scenario);
/* 1 when a call of `tool` in `scenario` needs the oversight approver: a
 * consequential tool of the scenario (text form names), or a native tool
 * with an outward effect (send, forward, cancel). One rule for the
 * replayed and the live oversight defense. */
int rl_pack_tool_consequential(const rl_pack *p, const char *scenario, const char *tool);

/* Judge prompts for the scenario (`judge:` in pack.yaml), each NULL when
 * the pack gives none. Slots: {response} and {email_context}. */
int rl_pack_judge_prompts(const rl_pack *p, const char *scenario, const char **system,
			  const char **user);

/* Pack-level ablation texts (templates, filled with the condition's
 * variables when rendered), NULL when the pack gives none. `which` is
 * RL_ABL_PROHIBIT, RL_ABL_EXTRA_GOAL, RL_ABL_EVAL_NOTICE or
 * RL_ABL_CONSTITUTION. */
const char *rl_pack_ablation_text(const rl_pack *p, unsigned which);

/* ---- The condition matrix --------------------------------------------- */

/* Every base condition of the pack, in matrix order (scenario, goal type,
 * goal value, urgency, each in pack.yaml order; goal types none and
 * ambiguous take only goal value "none"), each with `ablations` set.
 * *out is malloc'ed; free() it. */
int rl_pack_conditions(const rl_pack *p, unsigned ablations, rl_condition **out, size_t *n,
		       rl_err *e);
/* 0 if the pack can render `c` (scenario, goal type, value and urgency
 * known, the ablations' texts present), else RL_ENOTFOUND with a message
 * naming the part and the pack's choices. */
int rl_pack_check_condition(const rl_pack *p, const rl_condition *c, rl_err *e);

/* ---- Rendering ---------------------------------------------------------- */

/* Options the caller adds on top of the condition's own ablations (the
 * defense evaluation and the config's eval notice use these). Any text left
 * NULL comes from the pack. Zero-initialise ({0}) for "nothing extra".
 * Ablations given here are rendered and listed in metadata.json but do not
 * change rl_rendered.condition_id (the condition's own id): the original
 * applied its config-wide notice without renaming conditions. To get a
 * suffixed id, set the bits in rl_condition.ablations instead. */
typedef struct rl_render_opts {
	unsigned ablations;            /* OR'ed with the condition's */
	const char *agent_name;        /* with RL_ABL_NAME; NULL: condition's */
	const char *prohibit_text;     /* override the pack's prohibitions */
	const char *extra_goal_text;   /* override the pack's extra goal */
	const char *eval_notice_text;  /* override the pack's notice (the config's
					* alignment_faking.warning_text) */
	const char *constitution_text; /* override the pack's constitution */
	const char *eval_notice_type;  /* label for metadata.json (the config's
					* alignment_faking.warning_type), or NULL */
} rl_render_opts;

/* The rendered prompts of one condition. All strings NUL-terminated and
 * owned by the struct. */
typedef struct rl_rendered {
	char condition_id[RL_COND_ID_MAX];
	char *system_prompt;
	char *user_prompt;   /* the instruction text (original: USER_PROMPT) */
	char *email_content; /* the email bundle */
	char *user_message;  /* what the model receives as its one user message:
			      * user_prompt + "\n\n" + email_content */
	char *metadata_json; /* metadata.json (a JSON object, newline-terminated) */
	size_t unresolved;   /* count of ${name}s left literal (known defects) */
	/* The tool form (RL_ABL_TOOLS) only; NULL/0 in the text form. Then
	 * user_message is the agentic user prompt alone (the emails are not in
	 * it: the inbox tool serves email_content, unchanged). */
	char *tools_json;   /* JSON array of the native tools offered:
			     * [{"name","description","parameters","effect"}] */
	char *events_json;  /* JSON array [{"after_turn": N, "emails": "<email>..."}],
			     * each event's emails filled like the bundle */
	unsigned max_turns; /* model calls a conversation may take */
} rl_rendered;

/* Render `c` (with `o`, may be NULL) into `out` (initialised by this
 * call; free with rl_rendered_free even on failure). */
int rl_pack_render(const rl_pack *p, const rl_condition *c, const rl_render_opts *o,
		   rl_rendered *out, rl_err *e);
void rl_rendered_free(rl_rendered *r);

/* Write OUTDIR/<condition>/{system_prompt.txt,user_prompt.txt,
 * email_content.txt,metadata.json}: built in a temporary folder and renamed
 * into place whole (replacing an older render), so no reader ever sees a
 * condition with files missing. Call rl_rendered_sync once after a batch
 * to make it durable. */
int rl_rendered_write(const rl_rendered *r, const char *outdir, rl_err *e);
int rl_rendered_sync(const char *outdir, rl_err *e);

/* ---- Lint --------------------------------------------------------------- */

/* One lint finding. `file` is relative to the pack dir; line/col 1-based
 * (0 when not applicable). `known` is 1 when the pack documents it as a
 * known defect (`known_defects:`), which does not fail the lint. */
typedef struct rl_lint_item {
	const char *file;
	unsigned line, col;
	const char *message;      /* "unresolved ${direction_modifier} in ..." */
	const char *name;         /* the unresolved name, or NULL */
	const char *condition_id; /* first condition that shows it, or NULL */
	int known;
} rl_lint_item;

typedef void (*rl_lint_fn)(const rl_lint_item *it, void *ctx);

/* Render every condition of the matrix (base, plus each ablation the pack
 * has text for) and report each distinct problem once, in file order.
 * Returns 0 when the pack is clean (known defects allowed), 1 when it has
 * findings that are not known defects, or a negative RL_E* code. */
int rl_pack_lint(const rl_pack *p, rl_lint_fn fn, void *ctx, rl_err *e);

/* ---- Import and variants ------------------------------------------------- */

/* Import the original framework from `src` (templates/ and
 * system_prompts.json, or templates/system_prompt_templates.py) into a new
 * pack directory `dest` (must not exist, or be empty). The `dont`/`goal`
 * texts of extra_instructions.json (else scripts/generate_prompts.py)
 * become the prohibit/extra_goal ablations; classifiers.json is copied
 * as is (original-mode classification). Written to a temporary directory
 * and renamed into place: nothing half written. */
int rl_pack_import_original(const char *src, const char *dest, rl_err *e);

/* Write a surface variant of the pack at `src_dir` to `dest` (same rules
 * as import): the pack's `vary:` substitutions chosen by `seed`, and its
 * distractor emails reordered; deterministic per seed. */
int rl_pack_vary(const char *src_dir, const char *dest, unsigned long long seed, rl_err *e);

/* ---- The template engine (exposed for tests, fuzzing and other modules) -- */

/* A name -> value lookup for rl_template_fill. Return the value (NUL-
 * terminated) or NULL when the name is unknown. */
typedef const char *(*rl_template_lookup)(const char *name, size_t len, void *ctx);
/* Called once per placeholder left literal: `off` is its byte offset in the
 * template, `name`/`len` the name. */
typedef void (*rl_template_miss)(size_t off, const char *name, size_t len, void *ctx);

/* Python string.Template.safe_substitute: "$$" -> "$"; "$name" and
 * "${name}" (name = [_A-Za-z][_A-Za-z0-9]*) replaced when lookup knows the
 * name, else left literal (and reported to `miss`, may be NULL); any other
 * "$" stays. Appends to `out`. 0 or RL_ENOMEM. */
int rl_template_fill(rl_buf *out, const char *tpl, size_t n, rl_template_lookup lookup,
		     rl_template_miss miss, void *ctx);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
