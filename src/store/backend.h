/* store/backend.h: the storage interface behind redline/store.h. Each
 * public rl_store_* function checks what is common (arguments, redaction,
 * prompt hashing) in store.c and calls its back end through this table:
 * SQLite (sqlite_*.c, the embedded default, one file) or PostgreSQL
 * (pg_*.c, libpq; chosen by a postgresql:// or postgres:// URL). Internal
 * to src/store. */
#ifndef RL_STORE_BACKEND_H
#define RL_STORE_BACKEND_H

#include "redline/store.h"

struct rl_sq; /* sqlite_int.h */
struct rl_pg; /* pg_int.h */
struct sqlite3_stmt;
struct pg_result;

typedef struct rl_store_ops {
	const char *name; /* "sqlite", "postgresql" */
	void (*close)(rl_store *s);
	int (*schema_version)(rl_store *s, int *out, rl_err *e);
	int (*begin)(rl_store *s, rl_err *e);
	int (*commit)(rl_store *s, rl_err *e);
	void (*rollback)(rl_store *s);
	/* snap is redacted, hash its sha256 */
	int (*campaign_open)(rl_store *s, const char *experiment_id, const char *snap,
			     const char *hash, const char *pack, int64_t *id, rl_err *e);
	int (*campaign_find)(rl_store *s, const char *experiment_id, int64_t *id, rl_err *e);
	int (*campaign_get)(rl_store *s, int64_t id, rl_campaign *out, rl_err *e);
	int (*campaign_each)(rl_store *s, int (*fn)(void *ud, const rl_campaign *c), void *ud,
			     rl_err *e);
	int (*run_begin)(rl_store *s, int64_t campaign, const char *argv_summary, int64_t *run_id,
			 rl_err *e);
	int (*run_end)(rl_store *s, int64_t run_id, const char *outcome, rl_err *e);
	int (*prompt_put)(rl_store *s, rl_prompt *p, int64_t *id, rl_err *e); /* hash set */
	int (*prompt_get)(rl_store *s, int64_t id, rl_prompt *out, rl_err *e);
	int (*condition_put)(rl_store *s, int64_t campaign, const char *condition,
			     const char *scenario, int64_t prompt_id, const char *metadata_json,
			     rl_err *e);
	int (*condition_get)(rl_store *s, int64_t campaign, const char *condition,
			     int64_t *prompt_id, char **scenario, char **metadata_json, rl_err *e);
	int (*sample_put)(rl_store *s, const rl_sample *m, rl_err *e);
	int (*sample_done_map)(rl_store *s, int64_t campaign, const char *model,
			       const char *condition, unsigned char *done, int n, rl_err *e);
	int (*model_set_aside)(rl_store *s, int64_t campaign, const char *model, const char *reason,
			       rl_err *e);
	int (*model_clear)(rl_store *s, int64_t campaign, const char *model, rl_err *e);
	int (*model_aside_each)(rl_store *s, int64_t campaign,
				int (*fn)(void *ud, const char *model, const char *reason,
					  int64_t at_ms),
				void *ud, rl_err *e);
	int (*verdict_put)(rl_store *s, const rl_verdict *v, rl_err *e);
	int (*verdict_get)(rl_store *s, int64_t sample_id, const char *mode, const char *judge,
			   rl_verdict *out, rl_err *e);
	int (*judge_cache_get)(rl_store *s, const char *judge, const char *prompt_hash,
			       const char *response_hash, rl_buf *answer, rl_err *e);
	int (*judge_cache_put)(rl_store *s, const char *judge, const char *prompt_hash,
			       const char *response_hash, const char *answer, size_t len,
			       rl_err *e);
	int (*iter_samples)(rl_store *s, const rl_sample_filter *f, rl_sample_iter *it, rl_err *e);
	int (*iter_next)(rl_sample_iter *it, rl_err *e); /* 1 row, 0 end, <0 error */
	void (*iter_free)(rl_sample_iter *it);
	int (*counts)(rl_store *s, int64_t campaign, const char *mode, const char *judge,
		      rl_store_count **rows, size_t *n, rl_err *e);
	int (*verdict_kinds)(rl_store *s, int64_t campaign,
			     int (*fn)(void *ud, const char *mode, const char *judge, int64_t n,
				       int64_t last_ms),
			     void *ud, rl_err *e);
	int (*model_versions)(rl_store *s, int64_t campaign,
			      int (*fn)(void *ud, const char *model, const char *reported,
					int64_t n),
			      void *ud, rl_err *e);
	int (*turn_put)(rl_store *s, int64_t campaign, const char *model, const char *condition,
			int index, const rl_turn_rec *t, rl_err *e);
	int (*turns_get)(rl_store *s, int64_t campaign, const char *model, const char *condition,
			 int index, int (*fn)(void *ud, const rl_turn_rec *t), void *ud, rl_err *e);
	/* Shared campaigns (NULL when the back end has one writer at a time). */
	int (*claim)(rl_store *s, int64_t campaign, const char *model, const char *condition, int n,
		     int want, int *out, int *got, rl_err *e);
	int (*heartbeat)(rl_store *s, int64_t campaign, int *others, rl_err *e);
	void (*release)(rl_store *s);
	void (*set_lease)(rl_store *s, int64_t lease_ms);
} rl_store_ops;

struct rl_store {
	const rl_store_ops *ops;
	char *path; /* for messages: the file, or the URL with its password masked */
	int in_tx;
	int rdonly;
	struct rl_sq *sq;
	struct rl_pg *pg;
};

struct rl_sample_iter {
	rl_store *s;
	int with_verdict;
	int has_verdict; /* the current row carries a verdict */
	rl_sample smp;
	rl_verdict v;
	struct sqlite3_stmt *st; /* SQLite: the running statement */
	/* PostgreSQL: one page of rows at a time, keyset-paginated */
	struct pg_result *res;
	int row, nrows, done;
	rl_sample_filter f;
	char *fmodel, *fcond, *fmode, *fjudge; /* copies of the filter strings */
	int64_t last_campaign, last_index;
	char *last_model, *last_cond;
};

extern const rl_store_ops rl_store_sqlite_ops;
int rl_store_sqlite_open(rl_store *s, const char *path, int flags, rl_err *e);
extern const rl_store_ops rl_store_pg_ops;
int rl_store_pg_open(rl_store *s, const char *url, int flags, rl_err *e);

/* Multi-statement writes run in a transaction of their own unless the
 * caller has one open (store.c). */
int rl_store_auto_begin(rl_store *s, int *mine, rl_err *e);
int rl_store_auto_end(rl_store *s, int mine, int r, rl_err *e);

#endif
