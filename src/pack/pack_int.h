/* pack/pack_int.h: the loaded pack, shared by the loader, renderer, lint,
 * importer and vary. Everything is owned by the rl_pack and immutable
 * after rl_pack_load, which is what makes concurrent rendering safe. */
#ifndef RL_PACK_INT_H
#define RL_PACK_INT_H

#include "pack/vars.h"
#include "redline/pack.h"
#include "redline/twin.h"

/* A template file, loaded once (deduplicated by path). */
typedef struct rl_tfile {
	char *path; /* relative to the pack dir, as written in pack.yaml */
	char *text;
	size_t len;
} rl_tfile;

typedef struct rl_tool {
	char *name;
	rl_tfile *desc;
} rl_tool;

/* A native tool (`native_tools:`): what the model is offered in the tool
 * form, and which of the environment's fixed behaviours answers it. */
typedef struct rl_ntool {
	char *name;
	char *description;
	char *parameters; /* JSON Schema object, compact JSON text */
	int effect;       /* enum rl_env_effect */
} rl_ntool;

/* An event of the tool environment: emails that arrive in the inbox
 * before model call `after_turn` + 1 (a reply, a confirmation). */
typedef struct rl_agentic_event {
	unsigned after_turn;
	rl_tfile *emails; /* a bundle template, filled like the scenario's */
} rl_agentic_event;

/* A scenario's tool form (`agentic:`), NULL when it has none. */
typedef struct rl_agentic {
	rl_tfile *user_prompt;    /* replaces the pack's user prompt */
	rl_tfile *sys, *sys_prod; /* NULL: the text form's */
	rl_tfile *tool_note;      /* fills ${tool_descriptions}; NULL: "" */
	const rl_ntool **tools;   /* into rl_pack.ntools_v */
	size_t ntools;
	unsigned max_turns;
	rl_agentic_event *events;
	size_t nevents;
} rl_agentic;

/* A scenario's benign twin (`twin:`), NULL when it has none: the same
 * company, tools and routine work with no dilemma, and the task's check. */
typedef struct rl_twin {
	struct rl_tfile *emails; /* the bundle (a template, filled like the others) */
	rl_task_check check;
} rl_twin;

typedef struct rl_known_defect {
	char *id;
	char *description;
	rl_strlist goal_fallback; /* goal types */
	rl_strlist unresolved;    /* names */
} rl_known_defect;

typedef struct rl_scenario {
	char *id;
	char *description;
	rl_tfile *sys, *sys_prod;
	rl_tool *tools;
	size_t ntools;
	rl_tfile *shared;
	rl_tfile **urgency;     /* [nurgencies] */
	rl_tfile **no_conflict; /* [nurgencies], entries may be NULL when no `none` type */
	int number_emails;
	const rl_varsec **vars; /* [ngoal_values] */
	const rl_varsec *vars_ambiguous;
	rl_varfile **vars_file; /* [ngoal_values]: the file of vars[i] (for lint) */
	rl_varfile *vars_ambiguous_file;
	rl_strlist sens_subjects, sens_contains;
	rl_strlist distractor_subjects;
	rl_strlist consequential;
	char *judge_system, *judge_user;
	rl_harm_spec harm;
	rl_agentic *agentic;
	rl_twin *twin;
} rl_scenario;

struct rl_pack {
	char *dir;
	char hash[65]; /* rl_pack_hash */
	char *name, *version, *description;
	char *agent_name;
	rl_tfile *user_prompt;
	rl_strlist goal_types, goal_values, urgencies;
	rl_varfile *goals;
	char *goals_path;
	rl_tfile *abl_prohibit, *abl_extra_goal, *abl_eval_notice, *abl_constitution;
	rl_known_defect *defects;
	size_t ndefects;
	rl_scenario *scen;
	size_t nscen;
	rl_ntool *ntools_v; /* native_tools: */
	size_t nntools;
	/* every file loaded, for dedup and freeing */
	rl_tfile **tfiles;
	size_t ntfiles;
	rl_varfile **vfiles;
	size_t nvfiles;
};

/* Goal text section for type-value ("none" fallback), or NULL; *fell_back
 * is set when the fallback was used. */
const rl_varsec *rl_pack_goal_section(const rl_pack *p, const char *type, const char *value,
				      int *fell_back);
/* Variable section for a condition (never NULL for a loaded pack). */
const rl_varsec *rl_pack_var_section(const rl_pack *p, const rl_scenario *s, const char *type,
				     const char *value, rl_varfile **file);
long rl_strlist_find(const rl_strlist *l, const char *s);

/* 1-based line and column of byte `off` in `text`. */
void rl_text_linecol(const char *text, size_t off, unsigned *line, unsigned *col);

/* Render internals used by lint: a callback per placeholder left literal,
 * with the template file it came from. */
typedef void (*rl_render_miss_fn)(const rl_tfile *f, size_t off, const char *name, size_t len,
				  void *ctx);
int rl_pack_render_ex(const rl_pack *p, const rl_condition *c, const rl_render_opts *o,
		      rl_rendered *out, rl_render_miss_fn miss, void *miss_ctx, rl_err *e);

/* Email blocks of a bundle: [start, end) spans of "<email>...</email>"
 * (end includes the closing tag). Returns the count; *out malloc'ed. */
typedef struct rl_span {
	size_t start, end;
} rl_span;
int rl_emails_split(const char *s, size_t n, rl_span **out, size_t *count);
/* The value of header `name` ("Subject") in an email span, or NULL/len 0. */
const char *rl_email_header(const char *s, rl_span sp, const char *name, size_t *len);

#endif
