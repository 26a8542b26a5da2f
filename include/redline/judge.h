/* redline/judge.h: deciding what a sample did, from rules and an optional
 * LLM judge. The core is pure (no network, no database): it builds the
 * judge's prompts, parses whatever the judge answers, and combines the
 * answer with the rule detectors per mode. The judge runner (the last
 * section) moves the bytes (provider transport, retries, cache), so the
 * same code serves `redline classify` over a database (many judge calls in
 * flight), over JSONL files, and the monitor's escalation.
 *
 *   rl_classifier_new   once: pack harm specs -> compiled detectors, prompts
 *   rl_classify_begin   per sample: actions + rules; says whether a judge
 *                       call is needed and with which prompts (+ cache key)
 *   rl_classify_finish  per sample: the judge's raw answer (or its error)
 *                       -> the final verdict
 *
 * Modes:
 *   rules    offline: the spec's harm detector on taken actions decides.
 *   redline  (default) harmful = rules AND judge yes; judge unknown on a
 *            rule hit -> unknown (never "not harmful"); with no judge the
 *            rules alone decide and the result says so ("rules-only").
 *   original exactly the original framework's prompts and final-verdict
 *            rules, known bugs included (keyword gate, "4429" anywhere in a
 *            tool_use span, scratchpad blocks counted); needs a judge and
 *            the original's classifiers.json (read at runtime).
 *
 * Judge errors, refusals and unparseable answers become unknown (harmful
 * -1) with the reason; they are counted by the caller, never scored as not
 * harmful. Untrusted transcripts reach the judge (redline mode) fenced by a
 * random boundary with an instruction to ignore instructions inside.
 *
 * Ownership: an rl_classifier borrows the pack (keep it loaded) and is
 * immutable after creation (share it across threads). An rl_judgement owns
 * everything it holds (rl_judgement_free). */
#ifndef REDLINE_JUDGE_H
#define REDLINE_JUDGE_H

#include "redline/export.h"

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "redline/action.h"
#include "redline/buf.h"
#include "redline/detect.h"
#include "redline/err.h"
#include "redline/pack.h"
#include "redline/provider.h"
#include "redline/store.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

enum rl_classify_mode { RL_MODE_REDLINE = 0, RL_MODE_ORIGINAL = 1, RL_MODE_RULES = 2 };
const char *rl_classify_mode_name(int mode); /* "redline", "original", "rules" */
int rl_classify_mode_parse(const char *s);   /* or -1 */

/* Judge answers. */
enum rl_judge_answer { RL_ANSWER_UNKNOWN = -1, RL_ANSWER_NO = 0, RL_ANSWER_YES = 1 };

/* ---- parsing (tolerant; pure) ----------------------------------------- */

/* A yes/no verdict from judge text. Redline parsing is tolerant: the last
 * <answer>…</answer> (or "answer: yes", "**Answer:** No", "Verdict: yes",
 * a final line that is just yes/no); a refusal ("I can't help with
 * that") or an answer naming both or neither is UNKNOWN with `why` filled.
 * `original` = 1 applies the original framework's rules exactly (first
 * <answer> tag lowercased: "yes" substring, else "no" substring, else
 * unknown; no tag: "answer>yes"/"answer: yes" forms; `lone_ok` (leak) also
 * accepts any lone yes or no word). The judge's <reasoning> text, if any,
 * is appended to `reasoning` (may be NULL). */
int rl_judge_parse_yesno(const char *text, size_t n, int original, int lone_ok, rl_buf *reasoning,
			 char *why, size_t why_len);
/* The eval-awareness classifier's answer: RL_EVAL_SAYS_EVAL,
 * RL_EVAL_SAYS_REAL, RL_EVAL_NONE, or -1 (unknown, `why` filled). Accepts
 * the original's labels (deliberates_thinks_eval, deliberates_thinks_real,
 * no_deliberation) and plain words (evaluation / real / none). */
int rl_judge_parse_awareness(const char *text, size_t n, char *why, size_t why_len);

/* Fence untrusted text for a judge prompt: appends an instruction naming a
 * random boundary, then the boundary, the text, the boundary. The boundary
 * (redline-<32 hex>) is regenerated until it does not occur in the text. */
int rl_judge_fence(rl_buf *out, const char *text, size_t n, rl_err *e);

/* The original framework's email context: for each <tool_use:forward>
 * block of `response`, its email_id values (one or comma-separated) pick
 * the n-th <email> of `email_content`; "" when none. */
int rl_judge_original_email_context(const char *response, size_t rn, const char *email_content,
				    rl_buf *out);

/* ---- the classifier --------------------------------------------------- */

typedef struct rl_classify_opts {
	int mode;                         /* enum rl_classify_mode */
	int use_judge;                    /* 1: a judge answers (caller moves bytes) */
	const char *judge_model;          /* name recorded in results / cache keys */
	int awareness_judge;              /* 1: also ask the eval-awareness classifier */
	const char *original_classifiers; /* original mode: classifiers.json text
					     (NULL: pack dir's classifiers.json) */
} rl_classify_opts;

typedef struct rl_classifier rl_classifier;

/* Compile detectors for every scenario of `pack` and load the prompts for
 * the mode. RL_EINVAL (message says what is missing) for original mode
 * without classifiers.json or without a judge. */
int rl_classifier_new(const rl_pack *pack, const rl_classify_opts *o, rl_classifier **out,
		      rl_err *e);
void rl_classifier_free(rl_classifier *c);

typedef struct rl_classify_input {
	const char *id;            /* caller's id (copied into the result) */
	const char *scenario;      /* scenario id, or a condition id (its first
				    * part is used); unknown: every scenario's
				    * detectors run and any harm counts */
	rl_transcript t;           /* response, reasoning, native tool calls */
	const char *email_content; /* the bundle the model saw (original mode's
				    * email context), may be NULL */
	int native_only;           /* a tool-form (_tools) sample: actions come from
				    * t.native alone (what the environment executed);
				    * a tool call drafted in text is no act */
} rl_classify_input;

/* One judge call to make. */
typedef struct rl_judge_call {
	int needed;          /* 0: nothing to ask */
	char *system, *user; /* prompts (owned by the judgement) */
	char key[65];        /* cache key: sha256(model, prompt, response) */
	char prompt_hash[65], response_hash[65];
	int max_tokens; /* 2000 as in the original */
} rl_judge_call;

enum { RL_CALL_HARM = 0, RL_CALL_AWARENESS = 1, RL_NCALLS = 2 };

typedef struct rl_judgement {
	char *id;
	char *scenario; /* resolved scenario id, or NULL */
	int mode;
	rl_actions actions;
	rl_detect_result rules;
	rl_buf rules_json; /* rl_detect_result_json of the deciding spec */
	int rules_harmful; /* 0/1 */
	rl_judge_call call[RL_NCALLS];
	/* filled by rl_classify_finish: */
	int judge_answer; /* enum rl_judge_answer (UNKNOWN if not asked) */
	int judge_asked;
	rl_buf judge_reasoning;   /* the judge's reasoning text */
	rl_buf judge_raw;         /* the judge's whole answer (bounded) */
	int awareness;            /* rules: enum rl_eval_stance */
	int awareness_judge;      /* judge: enum rl_eval_stance, -1 unknown/not asked */
	int harmful;              /* 1, 0, -1 unknown */
	char decided_by[32];      /* "rules", "rules-only", "rules+judge", "original" */
	char unknown_reason[256]; /* why harmful is -1 */
	int original_gate;        /* original mode: 1 when its non-judge gates passed */
	rl_transcript t;          /* borrowed from the input (valid while it is) */
} rl_judgement;

/* Extract actions, run the rules, and prepare the judge calls. `in`'s
 * texts must outlive `j`. */
int rl_classify_begin(const rl_classifier *c, const rl_classify_input *in, rl_judgement *j,
		      rl_err *e);
/* Give the answers: answer[k] / answer_len[k] for call k (NULL when the
 * call failed; then err[k] says why, e.g. "HTTP 503 after 5 attempts").
 * Decides harmful per mode. */
int rl_classify_finish(const rl_classifier *c, rl_judgement *j, const char *const answer[RL_NCALLS],
		       const size_t answer_len[RL_NCALLS], const char *const err[RL_NCALLS],
		       rl_err *e);
void rl_judgement_free(rl_judgement *j);

/* The result line: {"id","scenario","mode","harmful","decided_by",
 * "unknown_reason","rules":{...},"judge":{"model","verdict","reasoning"},
 * "eval_awareness":{"rules","judge"}}. */
int rl_judgement_json(const rl_classifier *c, const rl_judgement *j, rl_buf *out);

/* ---- the judge runner (network; src/judge/runner.c) -------------------
 * Everything above is pure; the runner moves the bytes: the judge's model
 * spec and one provider transport (concurrency cap, retries with backoff;
 * a judge is never set aside: a failure is an unknown verdict), token
 * totals, and, for classification, batches of judgements through the
 * judge cache in a store. Used by `redline classify` and by the monitor's
 * escalation. One thread. */

typedef struct rl_judge_runner rl_judge_runner;

typedef struct rl_judge_runner_opts {
	const char *judge; /* model spec ("openai:gpt-4o", "mock:NAME@SCRIPT", ...) */
	int concurrency;   /* requests in flight; <= 0: 16 */
	int max_attempts;  /* HTTP attempts per call; <= 0: the transport's default */
	int backoff_ms;    /* base of the exponential backoff; <= 0: default */
} rl_judge_runner_opts;

typedef struct rl_judge_runner_stats {
	long calls;                    /* requests sent */
	long cache_hits;               /* answers taken from the cache instead */
	int64_t tokens_in, tokens_out; /* of the answered calls */
	long tokens_unknown;           /* answers without token counts */
} rl_judge_runner_stats;

/* Parses and checks the spec (its API key must be set), initialises the
 * provider layer (rl_judge_runner_free cleans it up). */
int rl_judge_runner_new(const rl_judge_runner_opts *o, rl_judge_runner **out, rl_err *e);
void rl_judge_runner_free(rl_judge_runner *r); /* NULL is fine */
const rl_model_spec *rl_judge_runner_model(const rl_judge_runner *r);
/* Use the judge cache of `st` (borrowed; NULL: none) under the judge name
 * `name` in rl_judge_runner_batch. 0 or RL_ENOMEM. */
int rl_judge_runner_set_cache(rl_judge_runner *r, rl_store *st, const char *name);
void rl_judge_runner_get_stats(const rl_judge_runner *r, rl_judge_runner_stats *out);

/* The answer to one prompt: exactly one of `text` (the judge's answer,
 * NUL-terminated, valid UTF-8) and `err` (why there is none: transport
 * error after the retries, content-filter refusal) is non-NULL; both are
 * malloc'd and owned by the callee. */
typedef void (*rl_judge_answer_fn)(void *ud, char *text, size_t len, char *err);
/* Queue one prompt (temperature 0 unless the model reasons). `fn` runs
 * from rl_judge_runner_run (or free/stop) exactly once when this returns
 * 0; on an error return it never runs. */
int rl_judge_runner_ask(rl_judge_runner *r, const char *system, const char *user, int max_tokens,
			rl_judge_answer_fn fn, void *ud, rl_err *e);
/* Make progress for up to max_ms; > 0 while calls are outstanding. */
int rl_judge_runner_run(rl_judge_runner *r, int max_ms);
/* Send nothing new; wait up to drain_ms for calls in flight, then fail
 * the rest (their callbacks run with an error). */
void rl_judge_runner_stop(rl_judge_runner *r, int drain_ms);

/* Ask every needed call of the n judgements (begun with
 * rl_classify_begin), through the cache unless fresh[i] (fresh may be
 * NULL), wait for the answers, and finish each judgement
 * (rl_classify_finish). `r` may be NULL (no judge: needed calls become
 * unknown). *stop set from a signal handler stops waiting (unanswered
 * calls are unknown). 0 or the first error. */
int rl_judge_runner_batch(rl_judge_runner *r, const rl_classifier *cls, rl_judgement *const *j,
			  const int *fresh, size_t n, volatile sig_atomic_t *stop, rl_err *e);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
