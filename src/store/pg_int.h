/* store/pg_int.h: what the PostgreSQL back end's files share. Internal.
 *
 * Every value is a text parameter of PQexecParams ($1, $2, ...), never
 * spliced into SQL. Text from outside (model answers, tool calls, error
 * messages) is made valid UTF-8 without NUL bytes before it is sent:
 * PostgreSQL's text type refuses both, and a hostile answer must not be
 * able to stop a run (rl_pg_text). */
#ifndef RL_STORE_PG_INT_H
#define RL_STORE_PG_INT_H

#include <libpq-fe.h>
#include <stdint.h>

#include "store/backend.h"

struct rl_pg {
	PGconn *c;      /* the store's connection (transactions, reads) */
	PGconn *aux;    /* claims and heartbeats: autocommit, opened on first use */
	char *url;      /* to open aux; holds the password: wiped on close */
	char *password; /* from the URL, masked out of libpq's messages */
	PGresult *last; /* the result whose strings the last _get call returned */
	char owner[40]; /* this worker's id (random hex) */
	int64_t lease_ms;
	int registered; /* the worker row exists */
	/* Samples put inside a transaction wait here and go as one multi-row
	 * INSERT before the next statement (the runner's pass commits them
	 * together: one round trip, not one per sample). A DONE row met then
	 * is left as it is, silently: RL_EEXIST is only reported outside a
	 * transaction. */
	char *(*batch)[21]; /* RL_PG_NP parameters a row */
	int nbatch, flushing;
};
#define RL_PG_BATCH 200
#define RL_PG_NP 21
void rl_pg_batch_discard(rl_store *s);
int rl_pg_batch_flush(rl_store *s, rl_err *e);

/* One statement on `c` (the store's connection when NULL): params are
 * NUL-terminated text or NULL for SQL NULL. Returns the result (caller
 * PQclear's it) or NULL with e set, naming `what`. */
PGresult *rl_pg_exec(rl_store *s, PGconn *c, const char *sql, int n, const char *const *params,
		     const char *what, rl_err *e);
/* Like rl_pg_exec for statements whose result is not needed. */
int rl_pg_run(rl_store *s, PGconn *c, const char *sql, int n, const char *const *params,
	      const char *what, rl_err *e);
int rl_pg_fail(rl_store *s, PGconn *c, const char *what, rl_err *e);
/* Cell as C string, NULL for SQL NULL. */
const char *rl_pg_get(const PGresult *r, int row, int col);
int64_t rl_pg_i64(const PGresult *r, int row, int col, int64_t if_null);
char *rl_pg_dup(const PGresult *r, int row, int col);
/* `t` (n bytes, 0: strlen) as valid UTF-8 without NUL bytes: returns t
 * itself when it is already, else a copy in *tmp (invalid bytes become
 * U+FFFD); NULL stays NULL. */
const char *rl_pg_text(const char *t, size_t n, char **tmp);
/* Decimal text of v into buf (24 bytes). */
const char *rl_pg_num(char *buf, int64_t v);
/* Keep r as s->pg->last (freeing the previous one). */
void rl_pg_keep(rl_store *s, PGresult *r);

/* pg_samples.c */
int rl_pg_turn_put(rl_store *s, int64_t campaign, const char *model, const char *condition,
		   int index, const rl_turn_rec *t, rl_err *e);
int rl_pg_turns_get(rl_store *s, int64_t campaign, const char *model, const char *condition,
		    int index, int (*fn)(void *ud, const rl_turn_rec *t), void *ud, rl_err *e);
int rl_pg_model_versions(rl_store *s, int64_t campaign,
			 int (*fn)(void *ud, const char *model, const char *reported, int64_t n),
			 void *ud, rl_err *e);
int rl_pg_campaign_open(rl_store *s, const char *experiment_id, const char *snap, const char *hash,
			const char *pack, int64_t *id, rl_err *e);
int rl_pg_campaign_find(rl_store *s, const char *experiment_id, int64_t *id, rl_err *e);
int rl_pg_campaign_get(rl_store *s, int64_t id, rl_campaign *out, rl_err *e);
int rl_pg_campaign_each(rl_store *s, int (*fn)(void *ud, const rl_campaign *c), void *ud,
			rl_err *e);
int rl_pg_run_begin(rl_store *s, int64_t campaign, const char *argv_summary, int64_t *run_id,
		    rl_err *e);
int rl_pg_run_end(rl_store *s, int64_t run_id, const char *outcome, rl_err *e);
int rl_pg_prompt_put(rl_store *s, rl_prompt *p, int64_t *id, rl_err *e);
int rl_pg_prompt_get(rl_store *s, int64_t id, rl_prompt *out, rl_err *e);
int rl_pg_condition_put(rl_store *s, int64_t campaign, const char *condition, const char *scenario,
			int64_t prompt_id, const char *metadata_json, rl_err *e);
int rl_pg_condition_get(rl_store *s, int64_t campaign, const char *condition, int64_t *prompt_id,
			char **scenario, char **metadata_json, rl_err *e);
int rl_pg_sample_put(rl_store *s, const rl_sample *m, rl_err *e);
int rl_pg_sample_done_map(rl_store *s, int64_t campaign, const char *model, const char *condition,
			  unsigned char *done, int n, rl_err *e);
int rl_pg_model_set_aside(rl_store *s, int64_t campaign, const char *model, const char *reason,
			  rl_err *e);
int rl_pg_model_clear(rl_store *s, int64_t campaign, const char *model, rl_err *e);
int rl_pg_model_aside_each(rl_store *s, int64_t campaign,
			   int (*fn)(void *ud, const char *model, const char *reason,
				     int64_t at_ms),
			   void *ud, rl_err *e);
int rl_pg_verdict_put(rl_store *s, const rl_verdict *v, rl_err *e);
int rl_pg_verdict_get(rl_store *s, int64_t sample_id, const char *mode, const char *judge,
		      rl_verdict *out, rl_err *e);
int rl_pg_judge_cache_get(rl_store *s, const char *judge, const char *prompt_hash,
			  const char *response_hash, rl_buf *answer, rl_err *e);
int rl_pg_judge_cache_put(rl_store *s, const char *judge, const char *prompt_hash,
			  const char *response_hash, const char *answer, size_t len, rl_err *e);
int rl_pg_iter_samples(rl_store *s, const rl_sample_filter *f, rl_sample_iter *it, rl_err *e);
int rl_pg_iter_next(rl_sample_iter *it, rl_err *e);
void rl_pg_iter_free(rl_sample_iter *it);
int rl_pg_counts(rl_store *s, int64_t campaign, const char *mode, const char *judge,
		 rl_store_count **rows, size_t *n, rl_err *e);
int rl_pg_verdict_kinds(rl_store *s, int64_t campaign,
			int (*fn)(void *ud, const char *mode, const char *judge, int64_t n,
				  int64_t last_ms),
			void *ud, rl_err *e);

#endif
