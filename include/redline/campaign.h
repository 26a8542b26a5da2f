/* redline/campaign.h: running a stress-test campaign. A config (the
 * original study's YAML, plus redline's keys) and a pack expand into
 * (model, condition, sample) work; the runner streams that work into the
 * provider transport (concurrency caps, rate limits, retries) and records
 * every finished sample in the store. Running the same campaign again
 * resumes: finished samples are skipped, failed ones are tried again.
 *
 * Memory grows with the requests in flight, never with the campaign: the
 * work list is a cursor per model (condition index, sample index), the
 * rendered prompts of a condition are kept only while a model works on it,
 * and the set of finished samples is loaded one (model, condition) at a
 * time.
 *
 * Ownership: options and callbacks are borrowed for the duration of
 * rl_campaign_run; the stats/plan records handed to callbacks are valid
 * only during the call. Printing is the caller's (cli) business: the
 * runner reports through callbacks. */
#ifndef REDLINE_CAMPAIGN_H
#define REDLINE_CAMPAIGN_H

#include "redline/export.h"

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "redline/err.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

/* Running totals (progress bar, final summary). */
typedef struct rl_campaign_stats {
	int64_t total;       /* models x conditions x samples_per_condition */
	int64_t done_before; /* finished in earlier runs (skipped) */
	int64_t done;        /* finished in this run */
	int64_t errors;      /* failed in this run (recorded; retried on resume) */
	int64_t in_flight;   /* requests outstanding in the transport */
	int64_t set_aside;   /* models set aside in this run */
	/* this run */
	int64_t input_tokens, output_tokens, reasoning_tokens;
	double cost_usd; /* this run, from the price table */
	int cost_known;  /* 1 when every model with usage has a price */
	int64_t elapsed_ms;
	uint64_t http_requests; /* HTTP attempts, retries included */
	char last_error[600];   /* most recent sample error ("model M, condition
				 * C, sample N: why"), or "" */
} rl_campaign_stats;

/* What --dry-run prints. */
typedef struct rl_campaign_plan {
	const char *experiment_id;
	const char *db_path;
	const char *pack_dir;
	const char *const *models;     /* canonical ids ("openai:gpt-4o") */
	const char *const *model_urls; /* base URL per model ("" for mock) */
	size_t nmodels;
	size_t nconditions;
	long samples_per_condition;
	int64_t total;
	int64_t done_before;       /* already in the database */
	int64_t est_input_tokens;  /* prompt bytes / 4, over the samples to do */
	int64_t est_output_tokens; /* upper bound: max_tokens x samples to do */
	/* from the price table */
	double est_cost_input_usd, est_cost_output_usd;
	int cost_known; /* every model has a price */
} rl_campaign_plan;

typedef struct rl_campaign_opts {
	const char *config_path;   /* required */
	const char *pack_dir;      /* NULL: the config's `pack:`, else default_pack */
	const char *default_pack;  /* the built-in pack directory */
	const char *db_path;       /* NULL: ./<experiment_id>.db */
	long samples;              /* > 0: overrides samples_per_condition */
	const char *const *models; /* non-empty: replaces the config's models */
	size_t nmodels;
	int dry_run; /* plan only: no requests, no database writes */
	/* Transport settings; 0 = the config's or the transport's default. */
	int max_in_flight; /* total requests at once (default 1024) */
	int max_attempts;  /* per sample per run */
	int backoff_base_ms;
	int timeout_ms;      /* per request */
	int set_aside_after; /* consecutive failures that set a model aside */
	int drain_ms;        /* on stop: wait this long for in-flight (30000) */
	int64_t lease_ms;    /* shared (PostgreSQL) campaigns: claim lease (30000) */
	/* Set (by a signal handler) to stop scheduling and drain. May be NULL. */
	const volatile sig_atomic_t *stop;
	/* Progress every progress_ms (default 1000) and once at the end
	 * (final = 1). May be NULL. */
	void (*progress)(void *ud, const rl_campaign_stats *st, int final);
	/* The plan, printed before running (and all --dry-run does). */
	void (*plan)(void *ud, const rl_campaign_plan *p);
	void *ud;
	int progress_ms;
	const char *argv_summary; /* recorded in the run history */
} rl_campaign_opts;

/* Outcome of a run. */
enum rl_campaign_outcome {
	RL_CAMPAIGN_COMPLETE = 0,   /* every sample of the target is done */
	RL_CAMPAIGN_INCOMPLETE = 1, /* some samples failed or models were set
				     * aside (recorded; run again to retry) */
	RL_CAMPAIGN_STOPPED = 2,    /* stopped by *opts->stop (resumable) */
};

/* Run (or plan) the campaign. Returns 0 with *outcome set, or a negative
 * RL_E* code: RL_EINVAL/RL_ENOTFOUND for bad input (config, pack, model
 * specs, missing keys: nothing is requested), RL_EIO/RL_EDB when the
 * store cannot be written (disk full: the run stops, what was committed
 * stays). `st` (may be NULL) receives the final totals; `db_out` (may be
 * NULL, size n) the database path used. */
int rl_campaign_run(const rl_campaign_opts *o, int *outcome, rl_campaign_stats *st, char *db_out,
		    size_t n, rl_err *e);

/* The default database path for a config: "<experiment_id>.db" in the
 * current directory, or "<config file stem>.db" when the config has no
 * experiment_id. */
int rl_campaign_default_db(const char *experiment_id, const char *config_path, char *out, size_t n);

/* The database a config's campaign uses by default (as `redline run`
 * without --db), and its experiment id, for commands given a config
 * instead of a database. Loads (and validates) the config. */
int rl_campaign_db_for_config(const char *config_path, char *db, size_t n, char *exp, size_t expn,
			      rl_err *e);

/* The pack to classify, report or evaluate defenses of a recorded
 * campaign with (src/campaign/recorded.c). The runner records the pack's
 * absolute path and content hash (rl_pack_hash) in the campaign snapshot.
 * `experiment_id` NULL: the database's only (or latest) campaign.
 *   given_dir NULL: the recorded pack, refused when its content changed
 *     since the campaign ran; `fallback_dir` (may be NULL) only for a
 *     campaign that recorded no pack at all.
 *   given_dir set: that pack, refused unless its content hash is the
 *     recorded one (a copy elsewhere is fine, a different pack is not).
 * Every scenario the campaign has samples of must be in the pack.
 * 0 with *out (rl_pack_free it); RL_EINVAL with a message naming what was
 * recorded and what was given; RL_ENOTFOUND when the database, campaign
 * or pack is missing. */
struct rl_pack;
int rl_campaign_pack_load(const char *db, const char *experiment_id, const char *given_dir,
			  const char *fallback_dir, struct rl_pack **out, rl_err *e);

/* USD cost of `in`/`out` tokens for `model` (spec as written or canonical
 * id) from a price table of globs (first match wins). Returns 1 when a
 * price was found, 0 otherwise (*usd = 0). */
struct rl_config_price;
int rl_campaign_price(const struct rl_config_price *prices, size_t nprices, const char *model,
		      const char *model_id, int64_t in, int64_t out, double *usd);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
