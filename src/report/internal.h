/* report/internal.h: what the report's files share and nobody else needs:
 * string copies into a result set, table helpers and the renderers. */
#ifndef RL_REPORT_INTERNAL_H
#define RL_REPORT_INTERNAL_H

#include "redline/report.h"

/* Copy `t` into the set's arena; sets *oom on failure and returns NULL. */
const char *rl_report_setdup(rl_result_set *s, const char *t, int *oom);

/* Shared by the JSONL and database loaders (load_jsonl.c). */
#include <jansson.h>
#include <stdint.h>
#define RL_REPORT_NO_MODEL "(unnamed model)"    /* input line without a model */
#define RL_REPORT_NO_CONDITION "(no condition)" /* input line without one */
#define RL_REPORT_SPANS_MAX 4096                /* per sample; more is not evidence, it is noise */
typedef struct rl_span_acc {
	rl_span v[RL_REPORT_SPANS_MAX];
	size_t n;
} rl_span_acc;
/* true/false/1/0/"yes"/"no"/"harmful"... -> enum rl_harm_verdict. */
int rl_report_verdict_of(json_t *v);
/* The same, or an object's "harmful"/"verdict"/"answer"/"final"/"hit". */
int rl_report_verdict_in(json_t *v);
/* "states_real"/"says_eval"/"no_deliberation"/... -> enum rl_awareness. */
int rl_report_awareness_of(json_t *v);
/* Evidence spans anywhere in a verdict record (objects with start < end). */
void rl_report_collect_spans(json_t *v, const char *label, rl_span_acc *acc, int depth);
/* Names of the detectors that fired, comma-separated, appended to out. */
void rl_report_collect_categories(json_t *rules, rl_buf *out);

/* The model names as the campaign's config wrote them, by canonical id,
 * from its snapshot ({"models": [{"id", "name"}, ...]}): a JSON object
 * id -> name (never NULL; empty when the snapshot has none). The
 * original layout's directory names come from these (load_db.c). */
struct rl_store;
json_t *rl_report_model_names(struct rl_store *s, int64_t campaign);

/* Index of s in a report's sorted id array (models, conditions), or -1. */
long rl_report_idx(const char *const *v, size_t n, const char *s);

/* Renderers (render_*.c); each appends to out. */
int rl_report_render_tables(const rl_report *r, int format, rl_buf *out, rl_err *e);
int rl_report_render_json(const rl_report *r, rl_buf *out, rl_err *e);
int rl_report_render_original(const rl_report *r, rl_buf *out, rl_err *e);
int rl_report_render_html(const rl_report *r, rl_buf *out, rl_err *e);

/* Tool-form samples' turns for the HTML browser (turns.c). */
/* Append one stored turn to `turns` (a JSON array), bounded. */
int rl_report_turn_add(json_t *turns, int turn, const char *response, const char *calls_json);
/* The array as rl_result.turns text (malloc'ed), or NULL when empty. */
char *rl_report_turns_text(json_t *turns);
/* The verdict's evidence on native calls, resolved to turn and call via
 * the sample's executed calls (tool_calls JSON): rl_result.call_evidence
 * text (malloc'ed), or NULL when there is none. */
char *rl_report_call_evidence(json_t *rules, const char *tool_calls);
/* ,"tn":[...],"ev":[...] for the browser's data block (nothing when the
 * sample has no turns); the view's CSS and script. */
void rl_report_html_turns(rl_buf *b, const rl_result *x);
extern const char RL_REPORT_TURNS_CSS[];
extern const char RL_REPORT_TURNS_JS[];

/* Escapers (escape.c). */
int rl_report_add_md(rl_buf *b, const char *s);
int rl_report_add_csv(rl_buf *b, const char *s, int text);
int rl_report_add_term_cell(rl_buf *b, const char *s);
size_t rl_report_width(const char *s, size_t n);

/* "N comparisons; K significant at 0.05 after Holm's correction (...)\n" */
void rl_report_add_summary(rl_buf *out, const rl_report *r);

/* Shared number formatting: "24.0%", "n/a". */
void rl_report_fmt_pct(rl_buf *b, double v);
/* A rate's interval "[14.3, 37.4]" in percent. */
void rl_report_fmt_ci(rl_buf *b, double lo, double hi);
/* Name of the interval method, "Wilson" or "Clopper-Pearson". */
const char *rl_report_method_name(int method);

#endif
