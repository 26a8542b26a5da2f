/* store/sqlite_verdicts.c: the SQLite back end's verdicts, judge cache and
 * the verdict kinds the report picks from (see store/backend.h). */
#include "store/sqlite_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* ---- verdicts and judge cache ----------------------------------------- */

int rl_sq_verdict_put(rl_store *s, const rl_verdict *v, rl_err *e)
{
	sqlite3_stmt *st;

	if (!v->mode || !*v->mode || v->sample_id <= 0)
		return rl_err_set(e, RL_EINVAL, "store: verdict needs a sample id and a mode");
	if (!(st = stmt(s, ST_VERDICT_PUT, e)))
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, v->sample_id);
	BIND_S(st, 2, v->mode);
	BIND_S(st, 3, v->judge_model ? v->judge_model : "");
	if (v->harmful == 0 || v->harmful == 1)
		sqlite3_bind_int(st, 4, v->harmful);
	BIND_S(st, 5, v->unknown_reason);
	BIND_S(st, 6, v->rules_json);
	BIND_S(st, 7, v->judge_verdict);
	BIND_S(st, 8, v->judge_reasoning);
	BIND_S(st, 9, v->awareness);
	sqlite3_bind_int64(st, 10, rl_wall_ms());
	return step_done(s, st, e, "storing verdict");
}

void verdict_from_cols(sqlite3_stmt *st, int c, rl_verdict *v)
{
	v->sample_id = sqlite3_column_int64(st, c);
	v->mode = col_s(st, c + 1);
	v->judge_model = col_s(st, c + 2);
	v->harmful =
		sqlite3_column_type(st, c + 3) == SQLITE_NULL ? -1 : sqlite3_column_int(st, c + 3);
	v->unknown_reason = col_s(st, c + 4);
	v->rules_json = col_s(st, c + 5);
	v->judge_verdict = col_s(st, c + 6);
	v->judge_reasoning = col_s(st, c + 7);
	v->awareness = col_s(st, c + 8);
	v->created_ms = sqlite3_column_int64(st, c + 9);
}

int rl_sq_verdict_get(rl_store *s, int64_t sample_id, const char *mode, const char *judge,
		      rl_verdict *out, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_VERDICT_GET, e);
	int rc;

	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, sample_id);
	BIND_S(st, 2, mode);
	BIND_S(st, 3, judge ? judge : "");
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		/* Left un-reset so the column pointers stay valid until the
		 * next call on this statement. */
		verdict_from_cols(st, 0, out);
		return 1;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : db_fail(s, e, rc, "reading verdict");
}

int rl_sq_judge_cache_get(rl_store *s, const char *judge, const char *prompt_hash,
			  const char *response_hash, rl_buf *answer, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_JC_GET, e);
	int rc;

	if (!st)
		return e ? e->code : RL_EDB;
	BIND_S(st, 1, judge);
	BIND_S(st, 2, prompt_hash);
	BIND_S(st, 3, response_hash);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		int n = sqlite3_column_bytes(st, 0);
		const char *t = col_s(st, 0);
		int r = rl_buf_add(answer, t ? t : "", (size_t)n);
		sqlite3_reset(st);
		return r ? rl_err_set(e, RL_ENOMEM, "out of memory") : 1;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : db_fail(s, e, rc, "reading judge cache");
}

int rl_sq_judge_cache_put(rl_store *s, const char *judge, const char *prompt_hash,
			  const char *response_hash, const char *answer, size_t len, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_JC_PUT, e);
	if (!st)
		return e ? e->code : RL_EDB;
	BIND_S(st, 1, judge);
	BIND_S(st, 2, prompt_hash);
	BIND_S(st, 3, response_hash);
	sqlite3_bind_text64(st, 4, answer ? answer : "", answer ? len : 0, SQLITE_STATIC,
			    SQLITE_UTF8);
	sqlite3_bind_int64(st, 5, rl_wall_ms());
	return step_done(s, st, e, "storing judge answer");
}

int rl_sq_verdict_kinds(rl_store *s, int64_t campaign,
			int (*fn)(void *ud, const char *mode, const char *judge, int64_t n,
				  int64_t last_ms),
			void *ud, rl_err *e)
{
	static const char sql[] =
		"SELECT v.mode, v.judge_model, COUNT(*), MAX(v.created_ms) FROM verdict v"
		" JOIN sample s ON s.id = v.sample_id"
		" WHERE (?1 = 0 OR s.campaign_id = ?1)"
		" GROUP BY v.mode, v.judge_model"
		" ORDER BY MAX(v.created_ms) DESC, COUNT(*) DESC, v.mode, v.judge_model";
	sqlite3_stmt *st = NULL;
	int rc, stop = 0;

	/* Own statement: fn may call other store functions. */
	rc = sqlite3_prepare_v2(s->sq->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return db_fail(s, e, rc, "reading verdict kinds");
	sqlite3_bind_int64(st, 1, campaign);
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW)
		stop = fn(ud, col_s(st, 0), col_s(st, 1), sqlite3_column_int64(st, 2),
			  sqlite3_column_int64(st, 3));
	sqlite3_finalize(st);
	if (!stop && rc != SQLITE_DONE)
		return db_fail(s, e, rc, "reading verdict kinds");
	return 0;
}

int rl_sq_model_versions(rl_store *s, int64_t campaign,
			 int (*fn)(void *ud, const char *model, const char *reported, int64_t n),
			 void *ud, rl_err *e)
{
	static const char sql[] =
		"SELECT model, model_reported, COUNT(*) FROM sample"
		" WHERE campaign_id = ?1 AND status = 1"
		" GROUP BY model, model_reported ORDER BY model, COUNT(*) DESC, model_reported";
	sqlite3_stmt *st = NULL;
	int rc, stop = 0;

	rc = sqlite3_prepare_v2(s->sq->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return db_fail(s, e, rc, "reading reported model versions");
	sqlite3_bind_int64(st, 1, campaign);
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW)
		stop = fn(ud, col_s(st, 0), col_s(st, 1), sqlite3_column_int64(st, 2));
	sqlite3_finalize(st);
	if (!stop && rc != SQLITE_DONE)
		return db_fail(s, e, rc, "reading reported model versions");
	return 0;
}
