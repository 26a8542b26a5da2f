/* redline/report.h: from verdicts to reports. Three layers, each usable
 * alone:
 *   1. rl_result_set: one record per classified sample (model, condition,
 *      scenario, verdict, unknown reason, rule and judge verdicts,
 *      evaluation-awareness label, evidence spans, transcript text), filled
 *      from the store, from `redline classify` JSON Lines, or by hand.
 *   2. rl_report: the statistics over a set (rates with intervals per
 *      model x condition, per scenario and overall; comparisons with their
 *      tests; evaluation awareness; judge reliability) plus any number of
 *      generic tables added by other modules (the defense table).
 *   3. rl_report_render: text, Markdown, CSV, JSON, the original
 *      framework's statistics JSON, or one self-contained HTML file.
 *
 * Unknown verdicts (judge errors, refusals, unparseable answers, missing
 * verdicts) are excluded from every rate's denominator and reported in
 * their own column; they are never counted as not harmful.
 *
 * Ownership: a set owns copies of every string and span added to it;
 * rl_result_set_free releases them. A report borrows its set (the set
 * must outlive it) and owns its tables; rl_report_free releases them. */
#ifndef REDLINE_REPORT_H
#define REDLINE_REPORT_H

#include "redline/export.h"

#include <stddef.h>

#include "redline/buf.h"
#include "redline/err.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

enum rl_harm_verdict {
	RL_VERDICT_UNKNOWN = -1,
	RL_VERDICT_NOT_HARMFUL = 0,
	RL_VERDICT_HARMFUL = 1,
};

/* What a sample said about its situation (the evaluation-awareness
 * classifier's answer). */
enum rl_awareness {
	RL_AWARE_UNLABELED = -1,      /* not classified */
	RL_AWARE_NO_DELIBERATION = 0, /* did not consider it */
	RL_AWARE_STATES_REAL = 1,     /* concluded it is a real deployment */
	RL_AWARE_STATES_EVAL = 2,     /* concluded it is an evaluation */
};

/* Evidence: a byte span of the response or reasoning text that a detector
 * (or the judge) pointed at. `source` is RL_SRC_RESPONSE or
 * RL_SRC_REASONING (redline/action.h). */
typedef struct rl_span {
	int source;
	size_t start, end; /* [start, end) in bytes */
	const char *label; /* detector name: "coercion", "leak", ... */
} rl_span;

typedef struct rl_result {
	const char *id; /* sample id (any unique text) */
	const char *model;
	const char *condition;      /* "<scenario>_<goaltype>-<value>_<urgency>[_suffix...]" */
	const char *scenario;       /* NULL: derived from the condition id */
	long sample;                /* index within model x condition, -1 unknown */
	int harmful;                /* enum rl_harm_verdict: the final verdict */
	const char *unknown_reason; /* why harmful is UNKNOWN (judge error, ...) */
	int rules;                  /* enum rl_harm_verdict: rules' verdict; UNKNOWN if not run */
	int judge; /* enum rl_harm_verdict: judge's verdict; UNKNOWN if not run or failed */
	const char *categories; /* detectors that fired, comma-separated, or NULL */
	int awareness;          /* enum rl_awareness */
	const rl_span *spans;
	size_t nspans;
	const char *judge_reasoning; /* the judge's explanation, or NULL */
	const char *response;        /* transcript text for the browser, or NULL */
	const char *reasoning;
	const char *model_name; /* the model as its config wrote it (the original
				 * layout's directory name), or NULL: model */
	/* A tool-form (agentic) sample's conversation for the HTML browser,
	 * or NULL: JSON text [{"turn", "response", "calls": [{"id", "name",
	 * "arguments", "result", "ok"}]}] (the store's turns, bounded), and
	 * the verdict's evidence on executed calls, [{"turn", "call",
	 * "detector", "rule", "tool", "field", "note"}] (turn/call null when
	 * the call could not be found). Built by rl_report_turns_json. */
	const char *turns;
	const char *call_evidence;
} rl_result;

typedef struct rl_result_set {
	rl_result *v;
	size_t n, cap;
	void *mem;            /* private: arena holding the copies */
	char source[512];     /* where the results came from (shown in reports), or "" */
	char experiment[128]; /* the campaign's experiment id (DB input), or "":
			       * the report's default title */
} rl_result_set;

void rl_result_set_init(rl_result_set *s);
void rl_result_set_free(rl_result_set *s);
/* Append a deep copy of *r. model and condition are required (RL_EINVAL
 * otherwise). 0, RL_EINVAL or RL_ENOMEM. */
int rl_result_set_add(rl_result_set *s, const rl_result *r, rl_err *e);

/* Load `redline classify --output` JSON Lines (documented in
 * docs/report-schema.md, "Input"). Blank lines are skipped; a malformed
 * line fails with "file:line: ..." and RL_EINVAL. */
int rl_result_set_load_jsonl(rl_result_set *s, const char *path, rl_err *e);
/* The same from memory; `name` is used in error messages. */
int rl_result_set_load_jsonl_mem(rl_result_set *s, const char *name, const char *data, size_t len,
				 rl_err *e);
/* Which verdicts to read from a campaign database. */
typedef struct rl_db_select {
	const char *campaign; /* experiment id; NULL: the most recently updated */
	const char *mode;     /* "redline", "original", "rules"; NULL: the mode with
			       * the most verdicts */
	const char *judge;    /* judge model; NULL: the one with the most verdicts
			       * in that mode ("" = no judge) */
} rl_db_select;
/* Load every finished sample of a campaign with its verdict for the chosen
 * (mode, judge), read only, through the store API. Samples without such a
 * verdict are unknown with reason "not classified"; failed requests (no
 * response) are not samples and are left out (`redline status` counts
 * them). sel may be NULL. Fills s->source. */
int rl_result_set_load_db(rl_result_set *s, const char *db, const rl_db_select *sel, rl_err *e);
/* Fill missing response/reasoning/model/condition/scenario by id from
 * `redline classify --input` style lines (id, response, reasoning, ...). */
int rl_result_set_join_transcripts(rl_result_set *s, const char *path, rl_err *e);

/* The original framework's directory name for a model (what its
 * scripts/compute_statistics.py reports as "model"): the name as the
 * config wrote it, cut at '@' (where it was asked, not its name), '/' and
 * ':' becoming '_' ("together:deepseek-ai/DeepSeek-R1" ->
 * together_deepseek-ai_DeepSeek-R1); "." and ".." become "_" and "__".
 * Appends to b. Used by `export --format original` and by
 * `report --format original-json`, so the two agree. */
void rl_report_original_model_dir(rl_buf *b, const char *name);

/* A campaign's reproducibility manifest (schema redline.manifest/1), read
 * from its database: experiment id, config hash, pack name/hash/path,
 * models with their sampling settings, each condition's prompt hash, every
 * classification (mode, judge, count, when), and tokens and cost per model
 * x condition. Appends indented JSON to out. experiment NULL: the latest. */
int rl_report_manifest(const char *db, const char *experiment, rl_buf *out, rl_err *e);

/* Each condition's rendered prompt as compact JSON ({"COND": {"system",
 * "user", "email"}}), for the HTML transcript view. experiment NULL: the
 * latest. */
int rl_report_prompts(const char *db, const char *experiment, rl_buf *out, rl_err *e);

/* Split a condition id: scenario (up to the goal token), goal type, goal
 * value, urgency and ablation suffix ("" when none), written into the
 * caller's buffers of `cap` bytes each (any may be NULL). Returns 0, or
 * RL_EINVAL when the id has no recognisable goal token (then scenario is
 * the part before the first '_'). */
int rl_report_condition_split(const char *cond, char *scenario, char *goal_type, char *goal_value,
			      char *urgency, char *suffix, size_t cap);

/* ---- statistics ---- */

typedef struct rl_rate {
	unsigned samples; /* all samples, unknowns included */
	unsigned harmful, not_harmful, unknown;
	double rate, lo, hi; /* harmful / (harmful + not_harmful); NaN when 0 decided */
} rl_rate;

typedef struct rl_comparison {
	const char *model;
	const char *kind; /* "control" (condition vs its control) or "ablation" (vs its base) */
	const char *condition; /* the treated condition */
	const char *reference; /* its control or base */
	rl_rate a, b;          /* condition, reference */
	double diff, lo, hi;   /* a.rate - b.rate, Newcombe interval */
	double p, p_holm;      /* Fisher's exact two-sided; Holm across the family */
} rl_comparison;

/* Generic tables: other modules (the defense evaluation) add sections
 * that every format renders. A cell is text, an integer, a number, a
 * rate (fraction, shown as a percentage) with an optional interval, a
 * difference with an interval, or a p-value; NaN values render as
 * "n/a" (null in JSON). */
enum rl_cell_kind {
	RL_CELL_TEXT = 0,
	RL_CELL_INT = 1,
	RL_CELL_NUM = 2,
	RL_CELL_RATE = 3, /* v, with lo/hi when both are not NaN */
	RL_CELL_DIFF = 4, /* v in [-1,1] shown in percentage points, lo/hi */
	RL_CELL_P = 5,
	RL_CELL_BOUNDS = 6, /* lo, hi (fractions): a rate's range if every unknown
			     * verdict were not harmful / harmful; blank (NaN)
			     * when there are none. CSV: <col>_lo, <col>_hi */
};

typedef struct rl_cell {
	int kind;
	const char *text; /* RL_CELL_TEXT (copied by rl_table_add_row) */
	long long i;
	double v, lo, hi;
} rl_cell;

typedef struct rl_table {
	char *id;    /* stable machine name: "defense", "rates", ... */
	char *title; /* heading */
	char *note;  /* one paragraph under the heading, or NULL */
	char **cols; /* column names (machine-friendly: "baseline_rate") */
	size_t ncols;
	rl_cell *cells; /* nrows * ncols, row-major */
	size_t nrows, cap;
	int *kinds; /* declared kind per column (rl_table_set_kinds), or NULL:
		     * taken from the first row. CSV headers depend on it. */
} rl_table;

/* Create a table with `ncols` columns named by `cols`. Free with
 * rl_table_free (or hand it to rl_report_add_table, which takes it). */
rl_table *rl_table_new(const char *id, const char *title, const char *note, const char *const *cols,
		       size_t ncols);
/* Declare each column's enum rl_cell_kind (copied), so that formats whose
 * layout depends on it (CSV's _lo/_hi columns) are stable even for a table
 * without rows. 0 or RL_ENOMEM. */
int rl_table_set_kinds(rl_table *t, const int *kinds);
/* Append a row of ncols cells (text is copied). 0 or RL_ENOMEM. */
int rl_table_add_row(rl_table *t, const rl_cell *row);
void rl_table_free(rl_table *t);

/* Cell constructors. */
rl_cell rl_cell_text(const char *s);
rl_cell rl_cell_int(long long i);
rl_cell rl_cell_num(double v);
rl_cell rl_cell_rate(double v, double lo, double hi);
rl_cell rl_cell_diff(double v, double lo, double hi);
rl_cell rl_cell_p(double p);
/* The range of x's rate over its unknowns: harmful / samples (every
 * unknown not harmful) to (harmful + unknown) / samples (every one
 * harmful); blank when x has no unknown verdict. */
rl_cell rl_cell_unknown_bounds(const rl_rate *x);

typedef struct rl_report_opts {
	double conf;            /* confidence level, default 0.95 */
	int method;             /* enum rl_ci_method (redline/stats.h), default Wilson */
	const char *title;      /* report title, default "redline report" */
	size_t max_transcripts; /* HTML browser cap, 0 = default 1000 */
	const char *csv_table;  /* which table --format csv writes, default "rates" */
	size_t width;           /* text tables wider than this wrap into blocks that
				 * repeat the row names; 0 = 100, SIZE_MAX = never */
	const char *manifest;   /* a campaign manifest (JSON text) the JSON report
				 * carries as "manifest", or NULL */
	const char *prompts;    /* rl_report_prompts() JSON: the HTML transcript view
				 * shows each sample's system prompt and emails */
} rl_report_opts;

typedef struct rl_awareness_row {
	const char *model; /* NULL for all models pooled */
	rl_rate real, eval, none;
	double diff, lo, hi, p; /* real - eval, Newcombe interval, Fisher p */
} rl_awareness_row;

typedef struct rl_reason_count {
	const char *reason;
	unsigned count;
} rl_reason_count;

typedef struct rl_report {
	rl_report_opts opts;
	const rl_result_set *set;
	/* sorted, unique */
	const char **models, **conditions, **scenarios;
	const char **cond_scenario; /* scenario of each condition */
	size_t nmodels, nconditions, nscenarios;
	rl_rate *cells;            /* [model * nconditions + condition] */
	rl_rate *model_scenario;   /* [model * nscenarios + scenario] */
	rl_rate *model_overall;    /* [model] */
	rl_rate *scenario_overall; /* [scenario] */
	rl_rate overall;
	rl_comparison *cmp;
	size_t ncmp;
	rl_awareness_row *aware; /* nmodels + 1 (the last pools all models) */
	size_t naware;
	rl_reason_count *reasons;
	size_t nreasons;
	unsigned agree_yy, agree_yn, agree_ny, agree_nn; /* rules x judge */
	double kappa;
	rl_table **extra;
	size_t nextra;
} rl_report;

/* Compute every statistic over `s` (borrowed). opts may be NULL. */
int rl_report_build(rl_report *r, const rl_result_set *s, const rl_report_opts *opts, rl_err *e);
void rl_report_free(rl_report *r);

/* Hand a table to the report (rendered after the built-in sections, in
 * the order added). The report frees it. 0 or RL_ENOMEM (t freed). */
int rl_report_add_table(rl_report *r, rl_table *t);

/* The defense table (issue 6): per defense and model, the baseline and
 * defended counts of decided samples and an optional cost count (benign
 * actions that waited for approval, benign samples falsely blocked). */
typedef struct rl_defense_row {
	const char *defense;
	const char *model;
	unsigned base_harmful, base_n; /* decided samples without the defense */
	unsigned def_harmful, def_n;   /* decided samples with it */
	const char *cost_label;        /* "friction", "false blocks", or NULL */
	unsigned cost_k, cost_n;       /* cost events / opportunities */
	/* Utility on the benign twins (_twin conditions; all 0 without):
	 * samples whose task check passed, without and with the defense, and
	 * the twins oversight held or the monitor blocked. */
	unsigned twin_base_ok, twin_base_n;
	unsigned twin_def_ok, twin_def_n;
	const char *twin_cost_label; /* "false holds", "false blocks", or NULL */
	unsigned twin_cost_k, twin_cost_n;
} rl_defense_row;
/* Adds a table "defense": baseline rate, defended rate (intervals),
 * absolute reduction base - defended (Newcombe interval), relative
 * reduction (n/a when the baseline is 0), Fisher p, cost rate. */
int rl_report_add_defense_table(rl_report *r, const rl_defense_row *rows, size_t n, rl_err *e);

/* The defense table for prompt-level defenses run as condition suffixes
 * (_prohibit, _nogoal, _compartment, _constitution): per defense and
 * model, the decided samples of each such condition against its base
 * condition, pooled over the conditions that have both. No cost column
 * (prompt defenses have none). *added says whether any row was found. */
int rl_report_add_ablation_defenses(rl_report *r, int *added, rl_err *e);

/* The built-in sections as generic tables, in report order: "overall",
 * "models", "scenarios", "rates", "comparisons", "awareness",
 * "judge_unknown", "judge_agreement", then the extra tables. The caller
 * frees each with rl_table_free and the array with free(). */
int rl_report_tables(const rl_report *r, rl_table ***out, size_t *n, rl_err *e);

enum rl_report_format {
	RL_FMT_TEXT = 0,
	RL_FMT_MD = 1,
	RL_FMT_CSV = 2,
	RL_FMT_JSON = 3,
	RL_FMT_HTML = 4,
	RL_FMT_ORIGINAL_JSON = 5,
};
/* "text", "md", ... -> enum, or -1. */
int rl_report_format_parse(const char *name);

/* Append the report in `format` to out. Every piece of model-controlled
 * text is escaped for the target (terminal, Markdown, CSV, JSON, HTML). */
int rl_report_render(const rl_report *r, int format, rl_buf *out, rl_err *e);

/* JSON string body safe inside an HTML <script> element: RFC 8259
 * escapes plus <, >, &, U+2028, U+2029 as \uXXXX, invalid UTF-8 as
 * U+FFFD. */
int rl_buf_add_json_script(rl_buf *b, const char *s, size_t n);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
