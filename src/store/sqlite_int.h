/* store/sqlite_int.h: what the SQLite back end's files share (the
 * statement cache, error mapping, binding helpers). Internal. */
#ifndef RL_STORE_SQLITE_INT_H
#define RL_STORE_SQLITE_INT_H

#include <sqlite3.h>
#include <stdint.h>

#include "store/backend.h"

enum stmt_id {
	ST_CAMP_FIND,
	ST_CAMP_FIND_LATEST,
	ST_CAMP_INSERT,
	ST_CAMP_UPDATE,
	ST_CAMP_GET,
	ST_CAMP_ALL,
	ST_RUN_INSERT,
	ST_RUN_END,
	ST_PROMPT_FIND,
	ST_PROMPT_INSERT,
	ST_PROMPT_GET,
	ST_COND_PUT,
	ST_COND_GET,
	ST_SAMPLE_PUT,
	ST_SAMPLE_DONE,
	ST_ASIDE_PUT,
	ST_ASIDE_DEL,
	ST_ASIDE_ALL,
	ST_VERDICT_PUT,
	ST_VERDICT_GET,
	ST_JC_GET,
	ST_JC_PUT,
	ST_COUNTS,
	ST_TURN_PUT,
	ST_TURN_GET,
	ST__N
};

extern const char *const rl_sq_stmt_sql[ST__N];

struct rl_sq {
	sqlite3 *db;
	sqlite3_stmt *st[ST__N];
};

#define db_fail rl_sq_db_fail
#define stmt rl_sq_stmt
#define bind_text rl_sq_bind_text
#define bind_opt_i64 rl_sq_bind_opt_i64
#define col_s rl_sq_col_s
#define col_dup rl_sq_col_dup
#define step_done rl_sq_step_done
#define row_by_id rl_sq_row_by_id
#define verdict_from_cols rl_sq_verdict_from_cols
#define stmt_sql rl_sq_stmt_sql

int db_fail(rl_store *s, rl_err *e, int rc, const char *what);
sqlite3_stmt *stmt(rl_store *s, enum stmt_id id, rl_err *e);
void bind_text(sqlite3_stmt *st, int i, const char *t, size_t n);
#define BIND_S(st, i, t) bind_text(st, i, t, 0)
void bind_opt_i64(sqlite3_stmt *st, int i, int64_t v);
const char *col_s(sqlite3_stmt *st, int i);
char *col_dup(sqlite3_stmt *st, int i);
int step_done(rl_store *s, sqlite3_stmt *st, rl_err *e, const char *what);
int row_by_id(rl_store *s, int which, int64_t id, const char *what, sqlite3_stmt **out, rl_err *e);
void verdict_from_cols(sqlite3_stmt *st, int c, rl_verdict *v);

/* the back end's operations (sqlite_samples.c, sqlite_verdicts.c) */
int rl_sq_campaign_open(rl_store *s, const char *experiment_id, const char *snap, const char *hash,
			const char *pack, int64_t *id, rl_err *e);
int rl_sq_campaign_find(rl_store *s, const char *experiment_id, int64_t *id, rl_err *e);
int rl_sq_campaign_get(rl_store *s, int64_t id, rl_campaign *out, rl_err *e);
int rl_sq_campaign_each(rl_store *s, int (*fn)(void *ud, const rl_campaign *c), void *ud,
			rl_err *e);
int rl_sq_run_begin(rl_store *s, int64_t campaign, const char *argv_summary, int64_t *run_id,
		    rl_err *e);
int rl_sq_run_end(rl_store *s, int64_t run_id, const char *outcome, rl_err *e);
int rl_sq_prompt_put(rl_store *s, rl_prompt *p, int64_t *id, rl_err *e);
int rl_sq_prompt_get(rl_store *s, int64_t id, rl_prompt *out, rl_err *e);
int rl_sq_condition_put(rl_store *s, int64_t campaign, const char *condition, const char *scenario,
			int64_t prompt_id, const char *metadata_json, rl_err *e);
int rl_sq_condition_get(rl_store *s, int64_t campaign, const char *condition, int64_t *prompt_id,
			char **scenario, char **metadata_json, rl_err *e);
int rl_sq_sample_put(rl_store *s, const rl_sample *m, rl_err *e);
int rl_sq_sample_done_map(rl_store *s, int64_t campaign, const char *model, const char *condition,
			  unsigned char *done, int n, rl_err *e);
int rl_sq_model_set_aside(rl_store *s, int64_t campaign, const char *model, const char *reason,
			  rl_err *e);
int rl_sq_model_clear(rl_store *s, int64_t campaign, const char *model, rl_err *e);
int rl_sq_model_aside_each(rl_store *s, int64_t campaign,
			   int (*fn)(void *ud, const char *model, const char *reason,
				     int64_t at_ms),
			   void *ud, rl_err *e);
int rl_sq_iter_samples(rl_store *s, const rl_sample_filter *f, rl_sample_iter *it, rl_err *e);
int rl_sq_iter_next(rl_sample_iter *it, rl_err *e);
void rl_sq_iter_free(rl_sample_iter *it);
int rl_sq_counts(rl_store *s, int64_t campaign, const char *mode, const char *judge,
		 rl_store_count **rows, size_t *n, rl_err *e);
int rl_sq_verdict_put(rl_store *s, const rl_verdict *v, rl_err *e);
int rl_sq_verdict_get(rl_store *s, int64_t sample_id, const char *mode, const char *judge,
		      rl_verdict *out, rl_err *e);
int rl_sq_judge_cache_get(rl_store *s, const char *judge, const char *prompt_hash,
			  const char *response_hash, rl_buf *answer, rl_err *e);
int rl_sq_judge_cache_put(rl_store *s, const char *judge, const char *prompt_hash,
			  const char *response_hash, const char *answer, size_t len, rl_err *e);
int rl_sq_verdict_kinds(rl_store *s, int64_t campaign,
			int (*fn)(void *ud, const char *mode, const char *judge, int64_t n,
				  int64_t last_ms),
			void *ud, rl_err *e);
int rl_sq_model_versions(rl_store *s, int64_t campaign,
			 int (*fn)(void *ud, const char *model, const char *reported, int64_t n),
			 void *ud, rl_err *e);

int rl_sq_turn_put(rl_store *s, int64_t campaign, const char *model, const char *condition,
		   int index, const rl_turn_rec *t, rl_err *e);
int rl_sq_turns_get(rl_store *s, int64_t campaign, const char *model, const char *condition,
		    int index, int (*fn)(void *ud, const rl_turn_rec *t), void *ud, rl_err *e);

#endif
