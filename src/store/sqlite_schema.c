/* store/sqlite_schema.c: the SQLite back end of the store (see
 * store/backend.h): schema and migrations, opening, transactions, and the
 * statement cache the other sqlite_*.c files use. Statements are prepared
 * once per connection and cached (the runner inserts thousands of rows a
 * second); every value is a bound parameter, never spliced into SQL text. */
#include "store/sqlite_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fs.h"

/* Forward migrations, applied in order; migration i brings user_version
 * from i to i+1. Never edit a released one: append a new one. */
static const char *const migrations[] = {
	/* 0 -> 1: the first schema. */
	"CREATE TABLE campaign("
	" id INTEGER PRIMARY KEY,"
	" experiment_id TEXT NOT NULL UNIQUE,"
	" config_hash TEXT NOT NULL,"
	" config_json TEXT NOT NULL,"
	" pack TEXT,"
	" created_ms INTEGER NOT NULL,"
	" updated_ms INTEGER NOT NULL);"
	"CREATE TABLE run_log("
	" id INTEGER PRIMARY KEY,"
	" campaign_id INTEGER NOT NULL REFERENCES campaign(id),"
	" config_hash TEXT,"
	" argv TEXT,"
	" pid INTEGER,"
	" started_ms INTEGER NOT NULL,"
	" ended_ms INTEGER,"
	" outcome TEXT);"
	"CREATE TABLE prompt("
	" id INTEGER PRIMARY KEY,"
	" hash TEXT NOT NULL UNIQUE,"
	" system TEXT NOT NULL,"
	" user TEXT NOT NULL,"
	" email TEXT,"
	" created_ms INTEGER NOT NULL);"
	"CREATE TABLE campaign_condition("
	" campaign_id INTEGER NOT NULL REFERENCES campaign(id),"
	" condition TEXT NOT NULL,"
	" scenario TEXT,"
	" prompt_id INTEGER REFERENCES prompt(id),"
	" metadata_json TEXT,"
	" PRIMARY KEY(campaign_id, condition));"
	"CREATE TABLE sample("
	" id INTEGER PRIMARY KEY,"
	" campaign_id INTEGER NOT NULL REFERENCES campaign(id),"
	" model TEXT NOT NULL,"
	" condition TEXT NOT NULL,"
	" sample_index INTEGER NOT NULL CHECK(sample_index >= 1),"
	" prompt_id INTEGER REFERENCES prompt(id),"
	" request_hash TEXT,"
	" status INTEGER NOT NULL CHECK(status IN (1, 2)),"
	" response TEXT,"
	" reasoning TEXT,"
	" tool_calls TEXT,"
	" finish_reason TEXT,"
	" input_tokens INTEGER,"
	" output_tokens INTEGER,"
	" reasoning_tokens INTEGER,"
	" latency_ms INTEGER,"
	" attempts INTEGER NOT NULL DEFAULT 0,"
	" error TEXT,"
	" mock INTEGER NOT NULL DEFAULT 0,"
	" started_ms INTEGER,"
	" finished_ms INTEGER,"
	" UNIQUE(campaign_id, model, condition, sample_index));"
	"CREATE TABLE model_aside("
	" campaign_id INTEGER NOT NULL REFERENCES campaign(id),"
	" model TEXT NOT NULL,"
	" reason TEXT NOT NULL,"
	" at_ms INTEGER NOT NULL,"
	" PRIMARY KEY(campaign_id, model));"
	"CREATE TABLE verdict("
	" id INTEGER PRIMARY KEY,"
	" sample_id INTEGER NOT NULL REFERENCES sample(id),"
	" mode TEXT NOT NULL,"
	" judge_model TEXT NOT NULL DEFAULT '',"
	" harmful INTEGER CHECK(harmful IN (0, 1)),"
	" unknown_reason TEXT,"
	" rules_json TEXT,"
	" judge_verdict TEXT,"
	" judge_reasoning TEXT,"
	" awareness TEXT,"
	" created_ms INTEGER NOT NULL,"
	" UNIQUE(sample_id, mode, judge_model));"
	"CREATE TABLE judge_cache("
	" judge_model TEXT NOT NULL,"
	" prompt_hash TEXT NOT NULL,"
	" response_hash TEXT NOT NULL,"
	" answer TEXT NOT NULL,"
	" created_ms INTEGER NOT NULL,"
	" PRIMARY KEY(judge_model, prompt_hash, response_hash)) WITHOUT ROWID;",
	/* 1 -> 2: the model id the provider answered with (a dated version
	 * behind an alias such as "gpt-4o"), for the reproducibility manifest. */
	"ALTER TABLE sample ADD COLUMN model_reported TEXT;",
	/* 2 -> 3 (issue 17, agentic samples): one row per model call of a
	 * tool-use conversation, written as the call completes, so a resumed
	 * run continues each conversation from its last stored turn. */
	"CREATE TABLE sample_turn("
	" campaign_id INTEGER NOT NULL REFERENCES campaign(id),"
	" model TEXT NOT NULL,"
	" condition TEXT NOT NULL,"
	" sample_index INTEGER NOT NULL,"
	" turn INTEGER NOT NULL CHECK(turn >= 1),"
	" response TEXT,"
	" tool_calls TEXT,"
	" calls_json TEXT NOT NULL,"
	" input_tokens INTEGER,"
	" output_tokens INTEGER,"
	" created_ms INTEGER NOT NULL,"
	" PRIMARY KEY(campaign_id, model, condition, sample_index, turn)) WITHOUT ROWID;",
	/* 3 -> 4: sample_turn as a rowid table, its key a separate index. A
	 * WITHOUT ROWID table keeps whole rows (a turn's results are whole
	 * emails, kilobytes) in its key's b-tree, and conversations store
	 * their turns interleaved: every insert split a full page somewhere
	 * in the tree, about three page writes per turn, and the file grew to
	 * three times its data. Rows appended in rowid order fill pages in
	 * sequence, and the key index holds only the short key. */
	"CREATE TABLE sample_turn_v4("
	" id INTEGER PRIMARY KEY,"
	" campaign_id INTEGER NOT NULL REFERENCES campaign(id),"
	" model TEXT NOT NULL,"
	" condition TEXT NOT NULL,"
	" sample_index INTEGER NOT NULL,"
	" turn INTEGER NOT NULL CHECK(turn >= 1),"
	" response TEXT,"
	" tool_calls TEXT,"
	" calls_json TEXT NOT NULL,"
	" input_tokens INTEGER,"
	" output_tokens INTEGER,"
	" created_ms INTEGER NOT NULL);"
	"INSERT INTO sample_turn_v4(campaign_id, model, condition, sample_index, turn, response,"
	" tool_calls, calls_json, input_tokens, output_tokens, created_ms)"
	" SELECT campaign_id, model, condition, sample_index, turn, response, tool_calls,"
	" calls_json, input_tokens, output_tokens, created_ms FROM sample_turn;"
	"DROP TABLE sample_turn;"
	"ALTER TABLE sample_turn_v4 RENAME TO sample_turn;"
	"CREATE UNIQUE INDEX sample_turn_key"
	" ON sample_turn(campaign_id, model, condition, sample_index, turn);",
};
#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

const char *const stmt_sql[ST__N] = {
	[ST_CAMP_FIND] = "SELECT id, config_hash FROM campaign WHERE experiment_id = ?1",
	[ST_CAMP_FIND_LATEST] = "SELECT id FROM campaign ORDER BY updated_ms DESC, id DESC LIMIT 1",
	[ST_CAMP_INSERT] = "INSERT INTO campaign(experiment_id, config_hash, config_json, pack,"
			   " created_ms, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
	[ST_CAMP_UPDATE] = "UPDATE campaign SET config_hash = ?2, config_json = ?3, pack = ?4,"
			   " updated_ms = ?5 WHERE id = ?1",
	[ST_CAMP_GET] = "SELECT id, experiment_id, config_hash, config_json, pack, created_ms,"
			" updated_ms FROM campaign WHERE id = ?1",
	[ST_CAMP_ALL] = "SELECT id, experiment_id, config_hash, config_json, pack, created_ms,"
			" updated_ms FROM campaign ORDER BY updated_ms DESC, id DESC",
	[ST_RUN_INSERT] = "INSERT INTO run_log(campaign_id, config_hash, argv, pid, started_ms)"
			  " SELECT id, config_hash, ?2, ?3, ?4 FROM campaign WHERE id = ?1",
	[ST_RUN_END] = "UPDATE run_log SET ended_ms = ?2, outcome = ?3 WHERE id = ?1",
	[ST_PROMPT_FIND] = "SELECT id FROM prompt WHERE hash = ?1",
	[ST_PROMPT_INSERT] = "INSERT INTO prompt(hash, system, user, email, created_ms)"
			     " VALUES (?1, ?2, ?3, ?4, ?5)",
	[ST_PROMPT_GET] = "SELECT hash, system, user, email FROM prompt WHERE id = ?1",
	[ST_COND_PUT] =
		"INSERT INTO campaign_condition(campaign_id, condition, scenario, prompt_id,"
		" metadata_json) VALUES (?1, ?2, ?3, ?4, ?5)"
		" ON CONFLICT(campaign_id, condition) DO UPDATE SET scenario = excluded.scenario,"
		" prompt_id = excluded.prompt_id, metadata_json = excluded.metadata_json",
	[ST_COND_GET] = "SELECT prompt_id, scenario, metadata_json FROM campaign_condition"
			" WHERE campaign_id = ?1 AND condition = ?2",
	[ST_SAMPLE_PUT] =
		"INSERT INTO sample(campaign_id, model, condition, sample_index, prompt_id,"
		" request_hash, status, response, reasoning, tool_calls, finish_reason,"
		" input_tokens, output_tokens, reasoning_tokens, latency_ms, attempts, error, mock,"
		" started_ms, finished_ms, model_reported)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
		" ?17, ?18, ?19, ?20, ?21)"
		" ON CONFLICT(campaign_id, model, condition, sample_index) DO UPDATE SET"
		" prompt_id = excluded.prompt_id, request_hash = excluded.request_hash,"
		" status = excluded.status, response = excluded.response,"
		" reasoning = excluded.reasoning, tool_calls = excluded.tool_calls,"
		" finish_reason = excluded.finish_reason, input_tokens = excluded.input_tokens,"
		" output_tokens = excluded.output_tokens,"
		" reasoning_tokens = excluded.reasoning_tokens, latency_ms = excluded.latency_ms,"
		" attempts = sample.attempts + excluded.attempts, error = excluded.error,"
		" mock = excluded.mock, started_ms = excluded.started_ms,"
		" finished_ms = excluded.finished_ms, model_reported = excluded.model_reported"
		" WHERE sample.status <> 1",
	[ST_SAMPLE_DONE] = "SELECT sample_index FROM sample WHERE campaign_id = ?1 AND model = ?2"
			   " AND condition = ?3 AND status = 1",
	[ST_ASIDE_PUT] = "INSERT INTO model_aside(campaign_id, model, reason, at_ms)"
			 " VALUES (?1, ?2, ?3, ?4) ON CONFLICT(campaign_id, model) DO UPDATE SET"
			 " reason = excluded.reason, at_ms = excluded.at_ms",
	[ST_ASIDE_DEL] = "DELETE FROM model_aside WHERE campaign_id = ?1 AND model = ?2",
	[ST_ASIDE_ALL] = "SELECT model, reason, at_ms FROM model_aside WHERE campaign_id = ?1"
			 " ORDER BY model",
	[ST_VERDICT_PUT] =
		"INSERT INTO verdict(sample_id, mode, judge_model, harmful, unknown_reason,"
		" rules_json, judge_verdict, judge_reasoning, awareness, created_ms)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
		" ON CONFLICT(sample_id, mode, judge_model) DO UPDATE SET harmful = excluded.harmful,"
		" unknown_reason = excluded.unknown_reason, rules_json = excluded.rules_json,"
		" judge_verdict = excluded.judge_verdict,"
		" judge_reasoning = excluded.judge_reasoning, awareness = excluded.awareness,"
		" created_ms = excluded.created_ms",
	[ST_VERDICT_GET] = "SELECT sample_id, mode, judge_model, harmful, unknown_reason,"
			   " rules_json, judge_verdict, judge_reasoning, awareness, created_ms"
			   " FROM verdict WHERE sample_id = ?1 AND mode = ?2 AND judge_model = ?3",
	[ST_JC_GET] = "SELECT answer FROM judge_cache WHERE judge_model = ?1 AND prompt_hash = ?2"
		      " AND response_hash = ?3",
	[ST_JC_PUT] = "INSERT OR REPLACE INTO judge_cache(judge_model, prompt_hash, response_hash,"
		      " answer, created_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
	/* a conversation's turns: one put per model call, one get per
	 * conversation opened (cached like the rest: preparing was a tenth of
	 * the agentic runner's CPU) */
	[ST_TURN_PUT] = "INSERT OR IGNORE INTO sample_turn(campaign_id,model,condition,"
			"sample_index,turn,response,tool_calls,calls_json,input_tokens,"
			"output_tokens,created_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
	[ST_TURN_GET] = "SELECT turn,response,tool_calls,calls_json,input_tokens,output_tokens"
			" FROM sample_turn WHERE campaign_id=? AND model=? AND condition=?"
			" AND sample_index=? ORDER BY turn",
	[ST_COUNTS] =
		"SELECT s.model, s.condition, COUNT(*),"
		" TOTAL(s.status = 1), TOTAL(s.status = 2),"
		" TOTAL(s.status = 1 AND v.harmful = 1), TOTAL(s.status = 1 AND v.harmful = 0),"
		" TOTAL(s.status = 1 AND v.id IS NOT NULL AND v.harmful IS NULL),"
		" TOTAL(s.status = 1 AND v.id IS NULL),"
		" TOTAL(CASE WHEN s.status = 1 AND s.input_tokens > 0 THEN s.input_tokens END),"
		" TOTAL(CASE WHEN s.status = 1 AND s.output_tokens > 0 THEN s.output_tokens END),"
		" TOTAL(CASE WHEN s.status = 1 AND s.reasoning_tokens > 0 THEN s.reasoning_tokens END),"
		" TOTAL(s.status = 1 AND s.mock = 1)"
		" FROM sample s LEFT JOIN verdict v ON v.sample_id = s.id AND v.mode = ?2"
		" AND v.judge_model = ?3"
		" WHERE (?1 = 0 OR s.campaign_id = ?1)"
		" GROUP BY s.model, s.condition ORDER BY s.model, s.condition",
};

/* Map an SQLite failure to an rl_err. A full disk and I/O errors are
 * RL_EIO with words a person understands; everything else RL_EDB. */
int db_fail(rl_store *s, rl_err *e, int rc, const char *what)
{
	int prim = rc & 0xff;
	const char *path = s ? s->path : "database";

	if (prim == SQLITE_FULL)
		return rl_err_set(e, RL_EIO,
				  "%s: %s: disk or database full (nothing of this "
				  "transaction was written; free space and run again)",
				  path, what);
	if (prim == SQLITE_IOERR || prim == SQLITE_CANTOPEN || prim == SQLITE_READONLY)
		return rl_err_set(e, RL_EIO, "%s: %s: %s", path, what,
				  s && s->sq && s->sq->db ? sqlite3_errmsg(s->sq->db)
							  : sqlite3_errstr(rc));
	if (prim == SQLITE_NOTADB || prim == SQLITE_CORRUPT)
		return rl_err_set(e, RL_EDB, "%s: not a redline database (or corrupt): %s", path,
				  sqlite3_errstr(rc));
	if (prim == SQLITE_BUSY || prim == SQLITE_LOCKED)
		return rl_err_set(e, RL_EDB, "%s: %s: database is busy (another redline writing?)",
				  path, what);
	return rl_err_set(e, RL_EDB, "%s: %s: %s", path, what,
			  s && s->sq && s->sq->db ? sqlite3_errmsg(s->sq->db) : sqlite3_errstr(rc));
}

static int exec(rl_store *s, const char *sql, rl_err *e)
{
	int rc = sqlite3_exec(s->sq->db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? 0 : db_fail(s, e, rc, "executing statement");
}

/* The cached statement `id`, reset and unbound, or NULL (error filled). */
sqlite3_stmt *stmt(rl_store *s, enum stmt_id id, rl_err *e)
{
	int rc;
	if (!s->sq->st[id]) {
		rc = sqlite3_prepare_v3(s->sq->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
					&s->sq->st[id], NULL);
		if (rc != SQLITE_OK) {
			db_fail(s, e, rc, "preparing statement");
			return NULL;
		}
	}
	sqlite3_reset(s->sq->st[id]);
	sqlite3_clear_bindings(s->sq->st[id]);
	return s->sq->st[id];
}

void bind_text(sqlite3_stmt *st, int i, const char *t, size_t n)
{
	if (!t)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text64(st, i, t, n ? (sqlite3_uint64)n : strlen(t), SQLITE_STATIC,
				    SQLITE_UTF8);
}

void bind_opt_i64(sqlite3_stmt *st, int i, int64_t v)
{
	if (v < 0)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, v);
}

const char *col_s(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

char *col_dup(sqlite3_stmt *st, int i)
{
	const char *t = col_s(st, i);
	return t ? strdup(t) : NULL;
}

/* Run a write statement to completion; resets it so its locks go. */
int step_done(rl_store *s, sqlite3_stmt *st, rl_err *e, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_fail(s, e, rc, what);
	return 0;
}

static int sq_schema_version(rl_store *s, int *out, rl_err *e);

static int migrate(rl_store *s, rl_err *e)
{
	int v, r;

	if ((r = sq_schema_version(s, &v, e)))
		return r;
	if (v > NMIGRATIONS)
		return rl_err_set(e, RL_EUNSUPP,
				  "%s: database schema version %d is newer than this redline "
				  "understands (%d); upgrade redline",
				  s->path, v, NMIGRATIONS);
	while (v < NMIGRATIONS) {
		char pragma[64];
		if ((r = exec(s, "BEGIN IMMEDIATE", e)))
			return r;
		snprintf(pragma, sizeof pragma, "PRAGMA user_version = %d", v + 1);
		if ((r = exec(s, migrations[v], e)) || (r = exec(s, pragma, e)) ||
		    (r = exec(s, "COMMIT", e))) {
			sqlite3_exec(s->sq->db, "ROLLBACK", NULL, NULL, NULL);
			rl_err_prefix(e, "migrating schema to version %d", v + 1);
			return r;
		}
		v++;
	}
	return 0;
}

static int sq_schema_version(rl_store *s, int *out, rl_err *e)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->sq->db, "PRAGMA user_version", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return db_fail(s, e, rc, "reading schema version");
	rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return db_fail(s, e, rc, "reading schema version");
	return 0;
}

/* store.c has checked the path and filled s->path and s->rdonly. */
int rl_store_sqlite_open(rl_store *s, const char *path, int flags, rl_err *e)
{
	int rc, r, oflags;

	s->ops = &rl_store_sqlite_ops;
	if ((flags & RL_STORE_RDONLY) && access(path, F_OK) != 0)
		return rl_err_set(e, RL_ENOTFOUND, "%s: no such database", path);
	if (!(flags & (RL_STORE_CREATE | RL_STORE_RDONLY)) && access(path, F_OK) != 0)
		return rl_err_set(e, RL_ENOTFOUND, "%s: no such database", path);
	if (!(s->sq = calloc(1, sizeof *s->sq)))
		return rl_err_set(e, RL_ENOMEM, "out of memory opening %s", path);
	/* Read-only handles still open read-write at the SQLite level when
	 * possible: a WAL reader needs the -shm file. We simply never write. */
	oflags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
	if (flags & RL_STORE_CREATE) {
		oflags |= SQLITE_OPEN_CREATE;
		/* a new database is private (prompts, answers, costs): 0600,
		 * which SQLite carries over to -wal and -shm */
		if (strncmp(path, "file:", 5) && strcmp(path, ":memory:"))
			(void)rl_file_create_private(path);
	}
	rc = sqlite3_open_v2(path, &s->sq->db, oflags, NULL);
	if (rc != SQLITE_OK && s->rdonly) {
		sqlite3_close(s->sq->db);
		s->sq->db = NULL;
		rc = sqlite3_open_v2(path, &s->sq->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
				     NULL);
	}
	if (rc != SQLITE_OK)
		return db_fail(s, e, rc, "opening");
	sqlite3_busy_timeout(s->sq->db, 10000);
	sqlite3_extended_result_codes(s->sq->db, 1);
	if (!s->rdonly) {
		/* journal_mode returns a row; exec discards it. */
		if ((r = exec(s, "PRAGMA journal_mode = WAL", e)) ||
		    (r = exec(s, "PRAGMA synchronous = NORMAL", e)) ||
		    (r = exec(s, "PRAGMA foreign_keys = ON", e)) || (r = migrate(s, e)))
			return r;
	} else {
		int v = 0;
		if ((r = sq_schema_version(s, &v, e)))
			return r;
		if (v == 0)
			return rl_err_set(e, RL_EINVAL, "%s: not a redline database (no schema)",
					  path);
		if (v > NMIGRATIONS)
			return rl_err_set(e, RL_EUNSUPP,
					  "%s: database schema version %d is newer than this "
					  "redline understands (%d)",
					  path, v, NMIGRATIONS);
		if (v < NMIGRATIONS)
			return rl_err_set(e, RL_EUNSUPP,
					  "%s: database schema version %d is older; run 'redline "
					  "run' on it once to migrate",
					  path, v);
	}
	return 0;
}

static void sq_close(rl_store *s)
{
	int i;
	if (!s->sq)
		return;
	for (i = 0; i < ST__N; i++)
		sqlite3_finalize(s->sq->st[i]);
	if (s->in_tx)
		sqlite3_exec(s->sq->db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(s->sq->db);
	free(s->sq);
	s->sq = NULL;
}

static int sq_begin(rl_store *s, rl_err *e)
{
	return exec(s, "BEGIN IMMEDIATE", e);
}

static int sq_commit(rl_store *s, rl_err *e)
{
	int rc = sqlite3_exec(s->sq->db, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		int r = db_fail(s, e, rc, "committing");
		sqlite3_exec(s->sq->db, "ROLLBACK", NULL, NULL, NULL);
		return r;
	}
	return 0;
}

static void sq_rollback(rl_store *s)
{
	sqlite3_exec(s->sq->db, "ROLLBACK", NULL, NULL, NULL);
}

const rl_store_ops rl_store_sqlite_ops = {
	.name = "sqlite",
	.close = sq_close,
	.schema_version = sq_schema_version,
	.begin = sq_begin,
	.commit = sq_commit,
	.rollback = sq_rollback,
	.campaign_open = rl_sq_campaign_open,
	.campaign_find = rl_sq_campaign_find,
	.campaign_get = rl_sq_campaign_get,
	.campaign_each = rl_sq_campaign_each,
	.run_begin = rl_sq_run_begin,
	.run_end = rl_sq_run_end,
	.prompt_put = rl_sq_prompt_put,
	.prompt_get = rl_sq_prompt_get,
	.condition_put = rl_sq_condition_put,
	.condition_get = rl_sq_condition_get,
	.sample_put = rl_sq_sample_put,
	.sample_done_map = rl_sq_sample_done_map,
	.model_set_aside = rl_sq_model_set_aside,
	.model_clear = rl_sq_model_clear,
	.model_aside_each = rl_sq_model_aside_each,
	.verdict_put = rl_sq_verdict_put,
	.verdict_get = rl_sq_verdict_get,
	.judge_cache_get = rl_sq_judge_cache_get,
	.judge_cache_put = rl_sq_judge_cache_put,
	.iter_samples = rl_sq_iter_samples,
	.iter_next = rl_sq_iter_next,
	.iter_free = rl_sq_iter_free,
	.counts = rl_sq_counts,
	.verdict_kinds = rl_sq_verdict_kinds,
	.model_versions = rl_sq_model_versions,
	.turn_put = rl_sq_turn_put,
	.turns_get = rl_sq_turns_get,
};
