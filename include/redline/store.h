/* redline/store.h: the campaign database. Every SQL statement in redline
 * lives behind this API (src/store/); callers never see SQL, sqlite3 or
 * libpq.
 *
 * Two back ends: SQLite (the default, one file) and PostgreSQL, chosen by
 * a `postgresql://` or `postgres://` URL in place of the path (libpq
 * connection URI; the password comes from the URL or PGPASSWORD and is
 * masked in every message). Both hold the same tables and run the same
 * calls; PostgreSQL adds claims so that several `redline run` workers
 * share one campaign (rl_store_claim below).
 *
 * One SQLite file in WAL mode holds campaigns (with a redacted snapshot of
 * their config), rendered prompts (stored once, keyed by content hash),
 * samples (one row per (campaign, model, condition, sample index), UNIQUE),
 * models set aside, verdicts and the judge cache. The schema is versioned
 * (PRAGMA user_version) and migrated forward on open.
 *
 * Durability: WAL with synchronous=NORMAL. A committed transaction survives
 * kill -9 of the process (it is in the WAL file); only an OS crash or power
 * loss can drop the last few commits, and the database is never corrupt.
 * The runner commits finished samples in small batches (one transaction per
 * event-loop pass), so at most the samples completing in that pass, which
 * were never marked done, are requested again after a crash.
 *
 * Ownership: an rl_store is opened and closed by its user and is used from
 * one thread. Pointers inside records returned by rl_store_iter_next,
 * rl_store_sample_get and friends are owned by the store/iterator and valid
 * until the next call on the same iterator (or store for _get calls), unless
 * the function says it copies. Records passed in are only read.
 *
 * Secrets: nothing here stores API keys; rl_store_campaign_open redacts
 * key/token/secret/password/authorization values of the config snapshot. */
#ifndef REDLINE_STORE_H
#define REDLINE_STORE_H

#include "redline/export.h"

#include <stddef.h>
#include <stdint.h>

#include "redline/buf.h"
#include "redline/err.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

#define RL_STORE_SCHEMA_VERSION                                                                    \
	4 /* 2: sample.model_reported; 3: sample_turn (issue 17);                                  \
	   * 4: sample_turn a rowid table */

typedef struct rl_store rl_store;

enum rl_store_flags {
	RL_STORE_CREATE = 1, /* create the file (and schema) if missing */
	RL_STORE_RDONLY = 2, /* read only (status, export, report) */
};

/* Open (and with RL_STORE_CREATE create) the database at `path`, set WAL,
 * synchronous=NORMAL, foreign keys and a busy timeout, and migrate the
 * schema to RL_STORE_SCHEMA_VERSION. A file written by a newer redline
 * (higher version) fails with RL_EUNSUPP; a file that is not a database
 * fails with RL_EDB naming the path. Read-only opens never migrate and fail
 * with RL_ENOTFOUND when the file is missing. */
int rl_store_open(rl_store **out, const char *path, int flags, rl_err *e);
/* 1 when `path` is a PostgreSQL URL (postgresql:// or postgres://). */
int rl_store_is_url(const char *path);
/* Copy `path` to out (n bytes) with a URL's password replaced by "***",
 * for messages. */
void rl_store_display_name(const char *path, char *out, size_t n);
/* "sqlite" or "postgresql". */
const char *rl_store_backend(const rl_store *s);
void rl_store_close(rl_store *s); /* NULL allowed */
const char *rl_store_path(const rl_store *s);
int rl_store_schema_version(rl_store *s, int *out, rl_err *e);

/* Explicit transactions, for batching writes (the runner commits each
 * event-loop pass). Not nestable. Every write call also works outside a
 * transaction (then it commits by itself). A failed commit rolls back. */
int rl_store_begin(rl_store *s, rl_err *e);
int rl_store_commit(rl_store *s, rl_err *e);
void rl_store_rollback(rl_store *s);

/* ---- campaigns ------------------------------------------------------- */

typedef struct rl_campaign {
	int64_t id;
	char *experiment_id;
	char *config_hash; /* sha256 of the redacted snapshot */
	char *config_json; /* redacted snapshot (JSON) */
	char *pack;        /* pack directory used */
	int64_t created_ms, updated_ms;
} rl_campaign;

/* Find or create the campaign named `experiment_id` and store the config
 * snapshot (`config_json`, a JSON text; values of keys that look like
 * secrets are replaced with "<redacted>" before storing) and pack path.
 * The snapshot is updated when it changed (a resumed campaign may raise
 * samples_per_condition); the previous one stays in the run history. */
int rl_store_campaign_open(rl_store *s, const char *experiment_id, const char *config_json,
			   const char *pack, int64_t *id, rl_err *e);
/* Find a campaign by experiment id; NULL finds the only (or most recently
 * updated) one. RL_ENOTFOUND when there is none. */
int rl_store_campaign_find(rl_store *s, const char *experiment_id, int64_t *id, rl_err *e);
/* Copy a campaign record out (free with rl_campaign_free). */
int rl_store_campaign_get(rl_store *s, int64_t id, rl_campaign *out, rl_err *e);
void rl_campaign_free(rl_campaign *c);
/* Call `fn` for every campaign (most recent first); a non-zero return stops. */
int rl_store_campaign_each(rl_store *s, int (*fn)(void *ud, const rl_campaign *c), void *ud,
			   rl_err *e);

/* One invocation of `redline run` (audit: when, what config, how it ended). */
int rl_store_run_begin(rl_store *s, int64_t campaign, const char *argv_summary, int64_t *run_id,
		       rl_err *e);
/* outcome: "completed", "interrupted", "failed: <reason>" ... */
int rl_store_run_end(rl_store *s, int64_t run_id, const char *outcome, rl_err *e);

/* ---- rendered prompts and conditions --------------------------------- */

typedef struct rl_prompt {
	const char *system;
	const char *user;
	const char *email; /* email bundle as rendered (may be NULL) */
	char hash[65];     /* sha256 over the three parts (filled by put) */
} rl_prompt;

/* Store a prompt once: returns the id of the existing row when the same
 * content was stored before. Fills p->hash. */
int rl_store_prompt_put(rl_store *s, rl_prompt *p, int64_t *id, rl_err *e);
/* Copies out: the three strings are malloc'ed into `out` (free each, or
 * call rl_prompt_free). */
int rl_store_prompt_get(rl_store *s, int64_t id, rl_prompt *out, rl_err *e);
void rl_prompt_free(rl_prompt *p);

/* A condition of a campaign: its scenario, its prompt and the renderer's
 * metadata (JSON text, as the pack's metadata.json). Upsert. */
int rl_store_condition_put(rl_store *s, int64_t campaign, const char *condition,
			   const char *scenario, int64_t prompt_id, const char *metadata_json,
			   rl_err *e);
/* Look a condition up: prompt id, and copies of scenario/metadata (either
 * out pointer may be NULL; free the strings). RL_ENOTFOUND if absent. */
int rl_store_condition_get(rl_store *s, int64_t campaign, const char *condition, int64_t *prompt_id,
			   char **scenario, char **metadata_json, rl_err *e);

/* ---- samples --------------------------------------------------------- */

enum rl_sample_status {
	RL_SAMPLE_DONE = 1,  /* a response was received and stored: final */
	RL_SAMPLE_ERROR = 2, /* failed after retries; requested again on resume */
};

typedef struct rl_sample {
	int64_t id; /* row id (output only) */
	int64_t campaign;
	const char *model;        /* model spec as in the config ("openai:gpt-4o") */
	const char *condition;    /* condition id */
	int index;                /* sample number, 1-based (sample_001) */
	int64_t prompt_id;        /* rl_store_prompt_put id, 0 if none */
	const char *request_hash; /* sha256 hex of the request body sent (no secrets) */
	int status;               /* enum rl_sample_status */
	const char *response;     /* final answer text (NULL on error) */
	size_t response_len;
	const char *reasoning; /* provider reasoning / thinking, or NULL */
	size_t reasoning_len;
	const char *tool_calls; /* native tool calls as provider JSON, or NULL */
	const char *finish_reason;
	int64_t input_tokens, output_tokens, reasoning_tokens; /* -1 if unknown */
	int64_t latency_ms;
	int attempts;                    /* requests made for this sample (summed over runs) */
	const char *error;               /* last error message, or NULL */
	int mock;                        /* 1 when produced by the mock provider */
	int64_t started_ms, finished_ms; /* wall clock */
	const char *model_reported;      /* the model id the provider answered with, or NULL */
} rl_sample;

/* Record a finished sample (status DONE or ERROR). UNIQUE per (campaign,
 * model, condition, index): an ERROR row is replaced by the later result
 * (attempts are added); a DONE row is never overwritten (returns RL_EEXIST,
 * nothing changes). `response_len`/`reasoning_len` of 0 mean strlen. */
int rl_store_sample_put(rl_store *s, const rl_sample *smp, rl_err *e);

/* Mark in `done` (a byte per index, done[i-1] = 1 for index i) which of
 * indices 1..n of (campaign, model, condition) are DONE. The runner calls
 * this once per (model, condition) while streaming the work list, so memory
 * stays O(samples per condition). */
int rl_store_sample_done_map(rl_store *s, int64_t campaign, const char *model,
			     const char *condition, unsigned char *done, int n, rl_err *e);

/* ---- turns of tool-use conversations (issue 17) ------------------------ */

/* One model call of a conversation: what the model answered (text and the
 * raw tool calls of its wire) and what the environment did with each call
 * (calls_json: [{"id","name","arguments","result","ok"}], in call order).
 * Strings are borrowed (put) or valid during the callback (get). */
typedef struct rl_turn_rec {
	int turn; /* 1-based */
	const char *response;
	const char *tool_calls;
	const char *calls_json;
	int64_t input_tokens, output_tokens;
} rl_turn_rec;

/* Store a completed turn (inside the runner's transaction). A turn already
 * stored is left as it was (a resumed run never duplicates one). */
int rl_store_turn_put(rl_store *s, int64_t campaign, const char *model, const char *condition,
		      int index, const rl_turn_rec *t, rl_err *e);
/* The stored turns of one sample, in order; `fn` returning non-zero stops
 * and is returned. */
int rl_store_turns_get(rl_store *s, int64_t campaign, const char *model, const char *condition,
		       int index, int (*fn)(void *ud, const rl_turn_rec *t), void *ud, rl_err *e);

/* ---- models set aside ------------------------------------------------ */

/* Record that the runner stopped asking `model` (too many consecutive
 * failures, unknown provider, missing key...). Upsert. */
int rl_store_model_set_aside(rl_store *s, int64_t campaign, const char *model, const char *reason,
			     rl_err *e);
/* Forget it (a resumed run tries the model again). */
int rl_store_model_clear(rl_store *s, int64_t campaign, const char *model, rl_err *e);
int rl_store_model_aside_each(rl_store *s, int64_t campaign,
			      int (*fn)(void *ud, const char *model, const char *reason,
					int64_t at_ms),
			      void *ud, rl_err *e);

/* ---- verdicts (classification) --------------------------------------- */

typedef struct rl_verdict {
	int64_t sample_id;
	const char *mode;           /* "redline", "original", "rules" */
	const char *judge_model;    /* "" (or NULL on input) when no judge */
	int harmful;                /* 1, 0, or -1 for unknown (stored NULL) */
	const char *unknown_reason; /* why unknown (judge error, refusal, ...) */
	const char *rules_json;     /* rule verdicts with evidence spans (JSON) */
	const char *judge_verdict;  /* judge's parsed verdict text, or NULL */
	const char *judge_reasoning;
	const char *awareness; /* "evaluation", "real", "none", or NULL */
	int64_t created_ms;    /* output only */
} rl_verdict;

/* Upsert: UNIQUE per (sample, mode, judge_model). */
int rl_store_verdict_put(rl_store *s, const rl_verdict *v, rl_err *e);
/* 1 and fill `out` (pointers valid until the next store call) when found,
 * 0 when absent, <0 on error. */
int rl_store_verdict_get(rl_store *s, int64_t sample_id, const char *mode, const char *judge,
			 rl_verdict *out, rl_err *e);

/* Judge cache: (judge model, prompt hash, response hash) -> raw answer.
 * get returns 1 and appends the answer to `answer` on a hit, 0 on a miss. */
int rl_store_judge_cache_get(rl_store *s, const char *judge, const char *prompt_hash,
			     const char *response_hash, rl_buf *answer, rl_err *e);
int rl_store_judge_cache_put(rl_store *s, const char *judge, const char *prompt_hash,
			     const char *response_hash, const char *answer, size_t len, rl_err *e);

/* ---- iteration and counts -------------------------------------------- */

typedef struct rl_sample_filter {
	int64_t campaign;      /* 0: every campaign */
	const char *model;     /* NULL: any */
	const char *condition; /* NULL: any */
	int status;            /* 0: any, else enum rl_sample_status */
	/* Verdict join: when `mode` is set, each row carries its verdict for
	 * (mode, judge) (judge NULL = ""), or none. */
	const char *mode;
	const char *judge;
	int unclassified_only; /* with mode: only samples without that verdict */
} rl_sample_filter;

typedef struct rl_sample_iter rl_sample_iter;

/* Iterate samples in (campaign, model, condition, index) order. The
 * iterator holds a read snapshot only while stepping; writes (verdicts)
 * through the same store between rl_store_iter_next calls are allowed. */
int rl_store_iter_samples(rl_store *s, const rl_sample_filter *f, rl_sample_iter **it, rl_err *e);
/* 1 with *smp (and *v: NULL when no verdict or no mode; v may be NULL)
 * filled, 0 at the end, <0 on error. Records valid until the next call. */
int rl_store_iter_next(rl_sample_iter *it, const rl_sample **smp, const rl_verdict **v, rl_err *e);
void rl_store_iter_free(rl_sample_iter *it); /* NULL allowed */

/* Totals per (model, condition) of a campaign (0 = all campaigns),
 * ordered by model then condition. Verdict columns count DONE samples by
 * their verdict for (mode, judge); with mode NULL they are all 0. */
typedef struct rl_store_count {
	char *model, *condition;
	int64_t samples; /* rows recorded (done + error) */
	int64_t done, errors;
	int64_t harmful, not_harmful, unknown, unclassified;
	int64_t input_tokens, output_tokens, reasoning_tokens; /* over DONE rows */
	int64_t mock; /* DONE rows produced by the mock provider */
} rl_store_count;

int rl_store_counts(rl_store *s, int64_t campaign, const char *mode, const char *judge,
		    rl_store_count **rows, size_t *n, rl_err *e);
void rl_store_counts_free(rl_store_count *rows, size_t n);

/* ---- shared campaigns (PostgreSQL) ----------------------------------- */

/* 1 when several processes may run one campaign at once through this
 * store (claims below work); 0 for SQLite (one runner per file, which the
 * runner's lock file enforces). */
int rl_store_shared(const rl_store *s);
/* Claims are leases held by this process's worker row, renewed by
 * rl_store_heartbeat; a worker that stops renewing (killed, cut off) loses
 * its claims `lease_ms` after its last renewal and others take them over.
 * Default 30000; set before the first claim. */
void rl_store_set_lease(rl_store *s, int64_t lease_ms);
/* Claim up to `want` indices in 1..n of (campaign, model, condition) that
 * are neither DONE nor claimed by a live worker, lowest first, committed at
 * once (outside any transaction of this store). Writes them to out[] and
 * their number to *got (0: none left to claim now). */
int rl_store_claim(rl_store *s, int64_t campaign, const char *model, const char *condition, int n,
		   int want, int *out, int *got, rl_err *e);
/* Renew this worker's lease; *others = live claims held by other workers
 * on samples not yet DONE (0: no one else is working on this campaign). */
int rl_store_heartbeat(rl_store *s, int64_t campaign, int *others, rl_err *e);
/* Give this worker's claims back (a clean exit; errors are retried by
 * whoever claims them next). */
void rl_store_release(rl_store *s);

/* Copy every campaign of the store at `src` into `dst` (created and
 * migrated when needed): campaigns, runs, prompts, conditions, samples,
 * models set aside, verdicts and the judge cache. A campaign whose
 * experiment id already exists in dst is refused (RL_EEXIST), so a copy is
 * never merged into other data. *ncampaigns, *nsamples: what was copied. */
int rl_store_copy(const char *src, const char *dst, int64_t *ncampaigns, int64_t *nsamples,
		  rl_err *e);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
