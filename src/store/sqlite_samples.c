/* store/sqlite_samples.c: the SQLite back end's campaigns, runs, prompts,
 * conditions, samples, models set aside, sample iteration and counts (see
 * store/backend.h and redline/store.h). */
#include "store/sqlite_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"

int rl_sq_campaign_open(rl_store *s, const char *experiment_id, const char *snap, const char *hash,
			const char *pack, int64_t *id, rl_err *e)
{
	sqlite3_stmt *st;
	int r = 0, mine, rc;
	int64_t now = rl_wall_ms();

	if ((r = rl_store_auto_begin(s, &mine, e)))
		return r;
	if (!(st = stmt(s, ST_CAMP_FIND, e))) {
		r = e ? e->code : RL_EDB;
		goto out;
	}
	BIND_S(st, 1, experiment_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		if (!(st = stmt(s, ST_CAMP_UPDATE, e))) {
			r = e ? e->code : RL_EDB;
			goto out;
		}
		sqlite3_bind_int64(st, 1, *id);
		BIND_S(st, 2, hash);
		BIND_S(st, 3, snap);
		BIND_S(st, 4, pack);
		sqlite3_bind_int64(st, 5, now);
		r = step_done(s, st, e, "updating campaign");
	} else if (rc == SQLITE_DONE) {
		sqlite3_reset(st);
		if (!(st = stmt(s, ST_CAMP_INSERT, e))) {
			r = e ? e->code : RL_EDB;
			goto out;
		}
		BIND_S(st, 1, experiment_id);
		BIND_S(st, 2, hash);
		BIND_S(st, 3, snap);
		BIND_S(st, 4, pack);
		sqlite3_bind_int64(st, 5, now);
		r = step_done(s, st, e, "creating campaign");
		if (!r)
			*id = sqlite3_last_insert_rowid(s->sq->db);
	} else {
		sqlite3_reset(st);
		r = db_fail(s, e, rc, "finding campaign");
	}
out:
	return rl_store_auto_end(s, mine, r, e);
}

int rl_sq_campaign_find(rl_store *s, const char *experiment_id, int64_t *id, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, experiment_id ? ST_CAMP_FIND : ST_CAMP_FIND_LATEST, e);
	int rc;

	if (!st)
		return e ? e->code : RL_EDB;
	if (experiment_id)
		BIND_S(st, 1, experiment_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		return 0;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return experiment_id ? rl_err_set(e, RL_ENOTFOUND, "%s: no campaign '%s'", s->path,
						  experiment_id)
				     : rl_err_set(e, RL_ENOTFOUND, "%s: no campaign recorded yet",
						  s->path);
	return db_fail(s, e, rc, "finding campaign");
}

static void camp_from_row(sqlite3_stmt *st, rl_campaign *c, int copy)
{
	c->id = sqlite3_column_int64(st, 0);
	if (copy) {
		c->experiment_id = col_dup(st, 1);
		c->config_hash = col_dup(st, 2);
		c->config_json = col_dup(st, 3);
		c->pack = col_dup(st, 4);
	} else {
		c->experiment_id = (char *)col_s(st, 1);
		c->config_hash = (char *)col_s(st, 2);
		c->config_json = (char *)col_s(st, 3);
		c->pack = (char *)col_s(st, 4);
	}
	c->created_ms = sqlite3_column_int64(st, 5);
	c->updated_ms = sqlite3_column_int64(st, 6);
}

/* Step the one-row lookup `which` (its ?1 is an id). 0: *out is on the row
 * (the caller reads it, then calls sqlite3_reset); else the statement is
 * reset and the error says "no <what> with id N" or what failed. */
int row_by_id(rl_store *s, int which, int64_t id, const char *what, sqlite3_stmt **out, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, which, e);
	char doing[64];
	int rc;

	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = st;
		return 0;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return rl_err_set(e, RL_ENOTFOUND, "%s: no %s with id %lld", s->path, what,
				  (long long)id);
	snprintf(doing, sizeof doing, "reading %s", what);
	return db_fail(s, e, rc, doing);
}

int rl_sq_campaign_get(rl_store *s, int64_t id, rl_campaign *out, rl_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = row_by_id(s, ST_CAMP_GET, id, "campaign", &st, e)))
		return rc;
	camp_from_row(st, out, 1);
	sqlite3_reset(st);
	if (!out->experiment_id || !out->config_json) {
		rl_campaign_free(out);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	return 0;
}

int rl_sq_campaign_each(rl_store *s, int (*fn)(void *ud, const rl_campaign *c), void *ud, rl_err *e)
{
	sqlite3_stmt *st;
	int rc, stop = 0;

	/* Own statement: fn may call other store functions. */
	rc = sqlite3_prepare_v2(s->sq->db, stmt_sql[ST_CAMP_ALL], -1, &st, NULL);
	if (rc != SQLITE_OK)
		return db_fail(s, e, rc, "listing campaigns");
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		rl_campaign c;
		camp_from_row(st, &c, 0);
		stop = fn(ud, &c);
	}
	sqlite3_finalize(st);
	if (!stop && rc != SQLITE_DONE)
		return db_fail(s, e, rc, "listing campaigns");
	return 0;
}

int rl_sq_run_begin(rl_store *s, int64_t campaign, const char *argv_summary, int64_t *run_id,
		    rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_RUN_INSERT, e);
	int r;

	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, campaign);
	BIND_S(st, 2, argv_summary);
	sqlite3_bind_int64(st, 3, (int64_t)getpid());
	sqlite3_bind_int64(st, 4, rl_wall_ms());
	if ((r = step_done(s, st, e, "recording run")))
		return r;
	if (sqlite3_changes(s->sq->db) != 1)
		return rl_err_set(e, RL_ENOTFOUND, "%s: no campaign with id %lld", s->path,
				  (long long)campaign);
	*run_id = sqlite3_last_insert_rowid(s->sq->db);
	return 0;
}

int rl_sq_run_end(rl_store *s, int64_t run_id, const char *outcome, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_RUN_END, e);
	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, run_id);
	sqlite3_bind_int64(st, 2, rl_wall_ms());
	BIND_S(st, 3, outcome);
	return step_done(s, st, e, "recording run end");
}

/* ---- prompts and conditions ------------------------------------------ */

int rl_sq_prompt_put(rl_store *s, rl_prompt *p, int64_t *id, rl_err *e)
{
	sqlite3_stmt *st;
	int rc, r;

	if (!(st = stmt(s, ST_PROMPT_FIND, e)))
		return e ? e->code : RL_EDB;
	BIND_S(st, 1, p->hash);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		return 0;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_fail(s, e, rc, "finding prompt");
	if (!(st = stmt(s, ST_PROMPT_INSERT, e)))
		return e ? e->code : RL_EDB;
	BIND_S(st, 1, p->hash);
	BIND_S(st, 2, p->system ? p->system : "");
	BIND_S(st, 3, p->user ? p->user : "");
	BIND_S(st, 4, p->email);
	sqlite3_bind_int64(st, 5, rl_wall_ms());
	if ((r = step_done(s, st, e, "storing prompt")))
		return r;
	*id = sqlite3_last_insert_rowid(s->sq->db);
	return 0;
}

int rl_sq_prompt_get(rl_store *s, int64_t id, rl_prompt *out, rl_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = row_by_id(s, ST_PROMPT_GET, id, "prompt", &st, e)))
		return rc;
	snprintf(out->hash, sizeof out->hash, "%s", col_s(st, 0) ? col_s(st, 0) : "");
	out->system = col_dup(st, 1);
	out->user = col_dup(st, 2);
	out->email = col_dup(st, 3);
	sqlite3_reset(st);
	if (!out->system || !out->user) {
		rl_prompt_free(out);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	return 0;
}

int rl_sq_condition_put(rl_store *s, int64_t campaign, const char *condition, const char *scenario,
			int64_t prompt_id, const char *metadata_json, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_COND_PUT, e);
	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, campaign);
	BIND_S(st, 2, condition);
	BIND_S(st, 3, scenario);
	if (prompt_id > 0)
		sqlite3_bind_int64(st, 4, prompt_id);
	BIND_S(st, 5, metadata_json);
	return step_done(s, st, e, "storing condition");
}

int rl_sq_condition_get(rl_store *s, int64_t campaign, const char *condition, int64_t *prompt_id,
			char **scenario, char **metadata_json, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_COND_GET, e);
	int rc;

	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, campaign);
	BIND_S(st, 2, condition);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		if (prompt_id)
			*prompt_id = sqlite3_column_int64(st, 0);
		if (scenario)
			*scenario = col_dup(st, 1);
		if (metadata_json)
			*metadata_json = col_dup(st, 2);
		sqlite3_reset(st);
		return 0;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return rl_err_set(e, RL_ENOTFOUND, "%s: condition '%s' not in campaign %lld",
				  s->path, condition, (long long)campaign);
	return db_fail(s, e, rc, "reading condition");
}

/* ---- samples ---------------------------------------------------------- */

int rl_sq_sample_put(rl_store *s, const rl_sample *m, rl_err *e)
{
	sqlite3_stmt *st;
	int r;

	if (!m->model || !m->condition || m->index < 1 ||
	    (m->status != RL_SAMPLE_DONE && m->status != RL_SAMPLE_ERROR))
		return rl_err_set(e, RL_EINVAL,
				  "store: sample needs model, condition, index >= 1 "
				  "and a final status");
	if (!(st = stmt(s, ST_SAMPLE_PUT, e)))
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, m->campaign);
	BIND_S(st, 2, m->model);
	BIND_S(st, 3, m->condition);
	sqlite3_bind_int(st, 4, m->index);
	if (m->prompt_id > 0)
		sqlite3_bind_int64(st, 5, m->prompt_id);
	BIND_S(st, 6, m->request_hash);
	sqlite3_bind_int(st, 7, m->status);
	bind_text(st, 8, m->response, m->response_len);
	bind_text(st, 9, m->reasoning, m->reasoning_len);
	BIND_S(st, 10, m->tool_calls);
	BIND_S(st, 11, m->finish_reason);
	bind_opt_i64(st, 12, m->input_tokens);
	bind_opt_i64(st, 13, m->output_tokens);
	bind_opt_i64(st, 14, m->reasoning_tokens);
	bind_opt_i64(st, 15, m->latency_ms);
	sqlite3_bind_int(st, 16, m->attempts);
	BIND_S(st, 17, m->error);
	sqlite3_bind_int(st, 18, m->mock ? 1 : 0);
	sqlite3_bind_int64(st, 19, m->started_ms);
	sqlite3_bind_int64(st, 20, m->finished_ms);
	BIND_S(st, 21, m->model_reported && m->model_reported[0] ? m->model_reported : NULL);
	if ((r = step_done(s, st, e, "storing sample")))
		return r;
	if (sqlite3_changes(s->sq->db) == 0)
		return rl_err_set(e, RL_EEXIST,
				  "store: sample %d of %s / %s is already done; not overwritten",
				  m->index, m->model, m->condition);
	return 0;
}

int rl_sq_sample_done_map(rl_store *s, int64_t campaign, const char *model, const char *condition,
			  unsigned char *done, int n, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_SAMPLE_DONE, e);
	int rc;

	if (!st)
		return e ? e->code : RL_EDB;
	memset(done, 0, (size_t)(n > 0 ? n : 0));
	sqlite3_bind_int64(st, 1, campaign);
	BIND_S(st, 2, model);
	BIND_S(st, 3, condition);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int i = sqlite3_column_int(st, 0);
		if (i >= 1 && i <= n)
			done[i - 1] = 1;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : db_fail(s, e, rc, "reading finished samples");
}

/* ---- models set aside ------------------------------------------------- */

int rl_sq_model_set_aside(rl_store *s, int64_t campaign, const char *model, const char *reason,
			  rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_ASIDE_PUT, e);
	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, campaign);
	BIND_S(st, 2, model);
	BIND_S(st, 3, reason ? reason : "");
	sqlite3_bind_int64(st, 4, rl_wall_ms());
	return step_done(s, st, e, "recording model set aside");
}

int rl_sq_model_clear(rl_store *s, int64_t campaign, const char *model, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_ASIDE_DEL, e);
	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, campaign);
	BIND_S(st, 2, model);
	return step_done(s, st, e, "clearing model set aside");
}

int rl_sq_model_aside_each(rl_store *s, int64_t campaign,
			   int (*fn)(void *ud, const char *model, const char *reason,
				     int64_t at_ms),
			   void *ud, rl_err *e)
{
	sqlite3_stmt *st;
	int rc, stop = 0;

	rc = sqlite3_prepare_v2(s->sq->db, stmt_sql[ST_ASIDE_ALL], -1, &st, NULL);
	if (rc != SQLITE_OK)
		return db_fail(s, e, rc, "listing models set aside");
	sqlite3_bind_int64(st, 1, campaign);
	while (!stop && (rc = sqlite3_step(st)) == SQLITE_ROW)
		stop = fn(ud, col_s(st, 0), col_s(st, 1), sqlite3_column_int64(st, 2));
	sqlite3_finalize(st);
	if (!stop && rc != SQLITE_DONE)
		return db_fail(s, e, rc, "listing models set aside");
	return 0;
}

/* ---- iteration and counts -------------------------------------------- */

#define SAMPLE_COLS                                                                                \
	"s.id, s.campaign_id, s.model, s.condition, s.sample_index, s.prompt_id,"                  \
	" s.request_hash, s.status, s.response, s.reasoning, s.tool_calls, s.finish_reason,"       \
	" s.input_tokens, s.output_tokens, s.reasoning_tokens, s.latency_ms, s.attempts,"          \
	" s.error, s.mock, s.started_ms, s.finished_ms"
#define NSAMPLE_COLS 21

static int64_t col_opt_i64(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, i);
}

static void sample_from_row(sqlite3_stmt *st, rl_sample *m)
{
	m->id = sqlite3_column_int64(st, 0);
	m->campaign = sqlite3_column_int64(st, 1);
	m->model = col_s(st, 2);
	m->condition = col_s(st, 3);
	m->index = sqlite3_column_int(st, 4);
	m->prompt_id = sqlite3_column_int64(st, 5);
	m->request_hash = col_s(st, 6);
	m->status = sqlite3_column_int(st, 7);
	m->response = col_s(st, 8);
	m->response_len = (size_t)sqlite3_column_bytes(st, 8);
	m->reasoning = col_s(st, 9);
	m->reasoning_len = (size_t)sqlite3_column_bytes(st, 9);
	m->tool_calls = col_s(st, 10);
	m->finish_reason = col_s(st, 11);
	m->input_tokens = col_opt_i64(st, 12);
	m->output_tokens = col_opt_i64(st, 13);
	m->reasoning_tokens = col_opt_i64(st, 14);
	m->latency_ms = col_opt_i64(st, 15);
	m->attempts = sqlite3_column_int(st, 16);
	m->error = col_s(st, 17);
	m->mock = sqlite3_column_int(st, 18);
	m->started_ms = sqlite3_column_int64(st, 19);
	m->finished_ms = sqlite3_column_int64(st, 20);
}

/* store.c allocated `it` (it->s, it->with_verdict set) and checked f. */
int rl_sq_iter_samples(rl_store *s, const rl_sample_filter *f, rl_sample_iter *it, rl_err *e)
{
	rl_buf sql = RL_BUF_INIT;
	int rc;

	rl_buf_adds(&sql, "SELECT " SAMPLE_COLS);
	if (it->with_verdict)
		rl_buf_adds(&sql, ", v.sample_id, v.mode, v.judge_model, v.harmful,"
				  " v.unknown_reason, v.rules_json, v.judge_verdict,"
				  " v.judge_reasoning, v.awareness, v.created_ms"
				  " FROM sample s LEFT JOIN verdict v ON v.sample_id = s.id"
				  " AND v.mode = ?5 AND v.judge_model = ?6");
	else
		rl_buf_adds(&sql, " FROM sample s");
	rl_buf_adds(&sql, " WHERE (?1 = 0 OR s.campaign_id = ?1) AND (?2 IS NULL OR s.model = ?2)"
			  " AND (?3 IS NULL OR s.condition = ?3) AND (?4 = 0 OR s.status = ?4)");
	if (it->with_verdict && f->unclassified_only)
		rl_buf_adds(&sql, " AND v.id IS NULL");
	rl_buf_adds(&sql, " ORDER BY s.campaign_id, s.model, s.condition, s.sample_index");
	rc = sqlite3_prepare_v2(s->sq->db, sql.s, (int)sql.len, &it->st, NULL);
	rl_buf_free(&sql);
	if (rc != SQLITE_OK)
		return db_fail(s, e, rc, "listing samples");
	sqlite3_bind_int64(it->st, 1, f->campaign);
	/* SQLITE_TRANSIENT: the filter strings may not outlive this call. */
	if (f->model)
		sqlite3_bind_text(it->st, 2, f->model, -1, SQLITE_TRANSIENT);
	if (f->condition)
		sqlite3_bind_text(it->st, 3, f->condition, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(it->st, 4, f->status);
	if (it->with_verdict) {
		sqlite3_bind_text(it->st, 5, f->mode, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(it->st, 6, f->judge ? f->judge : "", -1, SQLITE_TRANSIENT);
	}
	return 0;
}

int rl_sq_iter_next(rl_sample_iter *it, rl_err *e)
{
	int rc = sqlite3_step(it->st);

	it->has_verdict = 0;
	if (rc == SQLITE_DONE)
		return 0;
	if (rc != SQLITE_ROW)
		return db_fail(it->s, e, rc, "reading samples");
	sample_from_row(it->st, &it->smp);
	if (it->with_verdict && sqlite3_column_type(it->st, NSAMPLE_COLS) != SQLITE_NULL) {
		verdict_from_cols(it->st, NSAMPLE_COLS, &it->v);
		it->has_verdict = 1;
	}
	return 1;
}

void rl_sq_iter_free(rl_sample_iter *it)
{
	sqlite3_finalize(it->st);
}

int rl_sq_counts(rl_store *s, int64_t campaign, const char *mode, const char *judge,
		 rl_store_count **rows, size_t *n, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_COUNTS, e);
	rl_store_count *v = NULL;
	size_t len = 0, cap = 0;
	int rc;

	*rows = NULL;
	*n = 0;
	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, campaign);
	/* A NULL mode matches no verdict, so every verdict count is 0. */
	if (mode)
		BIND_S(st, 2, mode);
	BIND_S(st, 3, judge ? judge : "");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		rl_store_count *c;
		if (len == cap) {
			size_t nc = cap ? cap * 2 : 16;
			rl_store_count *nv = realloc(v, nc * sizeof *nv);
			if (!nv) {
				sqlite3_reset(st);
				rl_store_counts_free(v, len);
				return rl_err_set(e, RL_ENOMEM, "out of memory");
			}
			v = nv;
			cap = nc;
		}
		c = &v[len++];
		memset(c, 0, sizeof *c);
		c->model = col_dup(st, 0);
		c->condition = col_dup(st, 1);
		c->samples = sqlite3_column_int64(st, 2);
		c->done = (int64_t)sqlite3_column_double(st, 3);
		c->errors = (int64_t)sqlite3_column_double(st, 4);
		c->harmful = (int64_t)sqlite3_column_double(st, 5);
		c->not_harmful = (int64_t)sqlite3_column_double(st, 6);
		c->unknown = (int64_t)sqlite3_column_double(st, 7);
		c->unclassified = mode ? (int64_t)sqlite3_column_double(st, 8) : 0;
		c->input_tokens = (int64_t)sqlite3_column_double(st, 9);
		c->output_tokens = (int64_t)sqlite3_column_double(st, 10);
		c->reasoning_tokens = (int64_t)sqlite3_column_double(st, 11);
		c->mock = (int64_t)sqlite3_column_double(st, 12);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		rl_store_counts_free(v, len);
		return db_fail(s, e, rc, "counting samples");
	}
	*rows = v;
	*n = len;
	return 0;
}

/* ---- turns of tool-use conversations (issue 17) ------------------------ */

int rl_sq_turn_put(rl_store *s, int64_t campaign, const char *model, const char *condition,
		   int index, const rl_turn_rec *t, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_TURN_PUT, e);
	int rc;
	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, campaign);
	sqlite3_bind_text(st, 2, model, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, condition, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, index);
	sqlite3_bind_int(st, 5, t->turn);
	if (t->response)
		sqlite3_bind_text(st, 6, t->response, -1, SQLITE_STATIC);
	if (t->tool_calls)
		sqlite3_bind_text(st, 7, t->tool_calls, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, t->calls_json ? t->calls_json : "[]", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 9, t->input_tokens);
	sqlite3_bind_int64(st, 10, t->output_tokens);
	sqlite3_bind_int64(st, 11, rl_wall_ms());
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return rl_err_set(e, RL_EIO, "%s: store a turn: %s", s->path,
				  sqlite3_errmsg(s->sq->db));
	return 0;
}

int rl_sq_turns_get(rl_store *s, int64_t campaign, const char *model, const char *condition,
		    int index, int (*fn)(void *ud, const rl_turn_rec *t), void *ud, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_TURN_GET, e);
	int rc = SQLITE_DONE, r = 0;
	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, campaign);
	sqlite3_bind_text(st, 2, model, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, condition, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, index);
	while (!r && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		rl_turn_rec t;
		t.turn = sqlite3_column_int(st, 0);
		t.response = (const char *)sqlite3_column_text(st, 1);
		t.tool_calls = (const char *)sqlite3_column_text(st, 2);
		t.calls_json = (const char *)sqlite3_column_text(st, 3);
		t.input_tokens = sqlite3_column_int64(st, 4);
		t.output_tokens = sqlite3_column_int64(st, 5);
		r = fn(ud, &t);
	}
	if (!r && rc != SQLITE_DONE)
		r = rl_err_set(e, RL_EIO, "%s: read turns: %s", s->path, sqlite3_errmsg(s->sq->db));
	sqlite3_reset(st); /* ends its read: no open statement holds the WAL back */
	return r;
}
