/* store.c: the campaign database on SQLite (see redline/store.h). The only
 * file in redline that writes SQL. Statements are prepared once per
 * connection and cached (the runner inserts thousands of rows a second);
 * every value is a bound parameter, never spliced into SQL text. */
#include "redline/store.h"

#include <ctype.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fs.h"
#include "base/util.h"

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
};
#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))

enum stmt_id {
	ST_CAMP_FIND, ST_CAMP_FIND_LATEST, ST_CAMP_INSERT, ST_CAMP_UPDATE, ST_CAMP_GET,
	ST_CAMP_ALL, ST_RUN_INSERT, ST_RUN_END, ST_PROMPT_FIND, ST_PROMPT_INSERT, ST_PROMPT_GET,
	ST_COND_PUT, ST_COND_GET, ST_SAMPLE_PUT, ST_SAMPLE_DONE, ST_ASIDE_PUT, ST_ASIDE_DEL,
	ST_ASIDE_ALL, ST_VERDICT_PUT, ST_VERDICT_GET, ST_JC_GET, ST_JC_PUT, ST_COUNTS, ST__N
};

static const char *const stmt_sql[ST__N] = {
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
	[ST_COND_PUT] = "INSERT INTO campaign_condition(campaign_id, condition, scenario, prompt_id,"
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

struct rl_store {
	sqlite3 *db;
	char *path;
	int in_tx;
	int rdonly;
	sqlite3_stmt *st[ST__N];
};

struct rl_sample_iter {
	rl_store *s;
	sqlite3_stmt *st;
	int with_verdict;
	rl_sample smp;
	rl_verdict v;
};

/* Map an SQLite failure to an rl_err. A full disk and I/O errors are
 * RL_EIO with words a person understands; everything else RL_EDB. */
static int db_fail(rl_store *s, rl_err *e, int rc, const char *what)
{
	int prim = rc & 0xff;
	const char *path = s ? s->path : "database";

	if (prim == SQLITE_FULL)
		return rl_err_set(e, RL_EIO, "%s: %s: disk or database full (nothing of this "
					     "transaction was written; free space and run again)",
				  path, what);
	if (prim == SQLITE_IOERR || prim == SQLITE_CANTOPEN || prim == SQLITE_READONLY)
		return rl_err_set(e, RL_EIO, "%s: %s: %s", path, what,
				  s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
	if (prim == SQLITE_NOTADB || prim == SQLITE_CORRUPT)
		return rl_err_set(e, RL_EDB, "%s: not a redline database (or corrupt): %s", path,
				  sqlite3_errstr(rc));
	if (prim == SQLITE_BUSY || prim == SQLITE_LOCKED)
		return rl_err_set(e, RL_EDB, "%s: %s: database is busy (another redline writing?)",
				  path, what);
	return rl_err_set(e, RL_EDB, "%s: %s: %s", path, what,
			  s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
}

static int exec(rl_store *s, const char *sql, rl_err *e)
{
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? 0 : db_fail(s, e, rc, "executing statement");
}

/* The cached statement `id`, reset and unbound, or NULL (error filled). */
static sqlite3_stmt *stmt(rl_store *s, enum stmt_id id, rl_err *e)
{
	int rc;
	if (!s->st[id]) {
		rc = sqlite3_prepare_v3(s->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
					&s->st[id], NULL);
		if (rc != SQLITE_OK) {
			db_fail(s, e, rc, "preparing statement");
			return NULL;
		}
	}
	sqlite3_reset(s->st[id]);
	sqlite3_clear_bindings(s->st[id]);
	return s->st[id];
}

static void bind_text(sqlite3_stmt *st, int i, const char *t, size_t n)
{
	if (!t)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text64(st, i, t, n ? (sqlite3_uint64)n : strlen(t), SQLITE_STATIC,
				    SQLITE_UTF8);
}
#define BIND_S(st, i, t) bind_text(st, i, t, 0)

static void bind_opt_i64(sqlite3_stmt *st, int i, int64_t v)
{
	if (v < 0)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, v);
}

static const char *col_s(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static char *col_dup(sqlite3_stmt *st, int i)
{
	const char *t = col_s(st, i);
	return t ? strdup(t) : NULL;
}

/* Run a write statement to completion; resets it so its locks go. */
static int step_done(rl_store *s, sqlite3_stmt *st, rl_err *e, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_fail(s, e, rc, what);
	return 0;
}

static int migrate(rl_store *s, rl_err *e)
{
	int v, r;

	if ((r = rl_store_schema_version(s, &v, e)))
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
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			rl_err_prefix(e, "migrating schema to version %d", v + 1);
			return r;
		}
		v++;
	}
	return 0;
}

int rl_store_open(rl_store **out, const char *path, int flags, rl_err *e)
{
	rl_store *s;
	int rc, r, oflags;

	*out = NULL;
	if (!path || !*path)
		return rl_err_set(e, RL_EINVAL, "no database path given");
	if ((flags & RL_STORE_RDONLY) && access(path, F_OK) != 0)
		return rl_err_set(e, RL_ENOTFOUND, "%s: no such database", path);
	if (!(flags & (RL_STORE_CREATE | RL_STORE_RDONLY)) && access(path, F_OK) != 0)
		return rl_err_set(e, RL_ENOTFOUND, "%s: no such database", path);
	s = calloc(1, sizeof *s);
	if (!s || !(s->path = strdup(path))) {
		free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory opening %s", path);
	}
	s->rdonly = !!(flags & RL_STORE_RDONLY);
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
	rc = sqlite3_open_v2(path, &s->db, oflags, NULL);
	if (rc != SQLITE_OK && s->rdonly) {
		sqlite3_close(s->db);
		s->db = NULL;
		rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
	}
	if (rc != SQLITE_OK) {
		r = db_fail(s, e, rc, "opening");
		rl_store_close(s);
		return r;
	}
	sqlite3_busy_timeout(s->db, 10000);
	sqlite3_extended_result_codes(s->db, 1);
	if (!s->rdonly) {
		/* journal_mode returns a row; exec discards it. */
		if ((r = exec(s, "PRAGMA journal_mode = WAL", e)) ||
		    (r = exec(s, "PRAGMA synchronous = NORMAL", e)) ||
		    (r = exec(s, "PRAGMA foreign_keys = ON", e)) || (r = migrate(s, e))) {
			rl_store_close(s);
			return r;
		}
	} else {
		int v = 0;
		if ((r = rl_store_schema_version(s, &v, e))) {
			rl_store_close(s);
			return r;
		}
		if (v == 0) {
			rl_store_close(s);
			return rl_err_set(e, RL_EINVAL, "%s: not a redline database (no schema)",
					  path);
		}
		if (v > NMIGRATIONS) {
			rl_store_close(s);
			return rl_err_set(e, RL_EUNSUPP,
					  "%s: database schema version %d is newer than this "
					  "redline understands (%d)",
					  path, v, NMIGRATIONS);
		}
		if (v < NMIGRATIONS) {
			rl_store_close(s);
			return rl_err_set(e, RL_EUNSUPP,
					  "%s: database schema version %d is older; run 'redline "
					  "run' on it once to migrate",
					  path, v);
		}
	}
	*out = s;
	return 0;
}

void rl_store_close(rl_store *s)
{
	int i;
	if (!s)
		return;
	for (i = 0; i < ST__N; i++)
		sqlite3_finalize(s->st[i]);
	if (s->in_tx)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

const char *rl_store_path(const rl_store *s) { return s->path; }

int rl_store_schema_version(rl_store *s, int *out, rl_err *e)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return db_fail(s, e, rc, "reading schema version");
	rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return db_fail(s, e, rc, "reading schema version");
	return 0;
}

int rl_store_begin(rl_store *s, rl_err *e)
{
	int r;
	if (s->in_tx)
		return rl_err_set(e, RL_EINVAL, "store: transaction already open");
	if ((r = exec(s, "BEGIN IMMEDIATE", e)))
		return r;
	s->in_tx = 1;
	return 0;
}

int rl_store_commit(rl_store *s, rl_err *e)
{
	int rc;
	if (!s->in_tx)
		return 0;
	rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL);
	s->in_tx = 0;
	if (rc != SQLITE_OK) {
		int r = db_fail(s, e, rc, "committing");
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return r;
	}
	return 0;
}

void rl_store_rollback(rl_store *s)
{
	if (!s->in_tx)
		return;
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	s->in_tx = 0;
}

/* Multi-statement writes run in a transaction of their own unless the
 * caller has one open. */
static int auto_begin(rl_store *s, int *mine, rl_err *e)
{
	*mine = 0;
	if (s->in_tx)
		return 0;
	if (rl_store_begin(s, e))
		return e ? e->code : RL_EDB;
	*mine = 1;
	return 0;
}

static int auto_end(rl_store *s, int mine, int r, rl_err *e)
{
	if (!mine)
		return r;
	if (r) {
		rl_store_rollback(s);
		return r;
	}
	return rl_store_commit(s, e);
}

/* ---- config snapshot redaction --------------------------------------- */

static int secret_key(const char *k)
{
	static const char *const words[] = {"key", "token", "secret", "password", "passwd",
					    "authorization", "auth", "cookie", "credential"};
	char low[128];
	size_t i, n = strlen(k);

	if (n >= sizeof low)
		n = sizeof low - 1;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)k[i]);
	low[n] = '\0';
	/* Names of environment variables are not secrets themselves. */
	if (strstr(low, "_env") || strstr(low, "env_"))
		return 0;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strstr(low, words[i]))
			return 1;
	return 0;
}

static void redact(json_t *j, int depth)
{
	const char *k;
	json_t *v;
	size_t i;

	if (depth > 64)
		return;
	if (json_is_object(j)) {
		json_object_foreach(j, k, v) {
			if (secret_key(k) && (json_is_string(v) || json_is_number(v)))
				json_object_set_new(j, k, json_string("<redacted>"));
			else
				redact(v, depth + 1);
		}
	} else if (json_is_array(j)) {
		json_array_foreach(j, i, v) redact(v, depth + 1);
	}
}

/* ---- campaigns -------------------------------------------------------- */

int rl_store_campaign_open(rl_store *s, const char *experiment_id, const char *config_json,
			   const char *pack, int64_t *id, rl_err *e)
{
	json_error_t je;
	json_t *j;
	char *snap, hash[65];
	sqlite3_stmt *st;
	int r = 0, mine, rc;
	int64_t now = rl_wall_ms();

	if (!experiment_id || !*experiment_id)
		return rl_err_set(e, RL_EINVAL, "campaign needs an experiment id");
	j = json_loads(config_json ? config_json : "{}", JSON_DECODE_ANY, &je);
	if (!j)
		return rl_err_set(e, RL_EINVAL, "config snapshot is not JSON: %s", je.text);
	redact(j, 0);
	snap = json_dumps(j, JSON_SORT_KEYS | JSON_COMPACT | JSON_ENCODE_ANY);
	json_decref(j);
	if (!snap)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	rl_sha256_hex(snap, strlen(snap), hash);

	if ((r = auto_begin(s, &mine, e))) {
		free(snap);
		return r;
	}
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
			*id = sqlite3_last_insert_rowid(s->db);
	} else {
		sqlite3_reset(st);
		r = db_fail(s, e, rc, "finding campaign");
	}
out:
	free(snap);
	return auto_end(s, mine, r, e);
}

int rl_store_campaign_find(rl_store *s, const char *experiment_id, int64_t *id, rl_err *e)
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
		return experiment_id
			       ? rl_err_set(e, RL_ENOTFOUND, "%s: no campaign '%s'", s->path,
					    experiment_id)
			       : rl_err_set(e, RL_ENOTFOUND, "%s: no campaign recorded yet", s->path);
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
static int row_by_id(rl_store *s, int which, int64_t id, const char *what,
		     sqlite3_stmt **out, rl_err *e)
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

int rl_store_campaign_get(rl_store *s, int64_t id, rl_campaign *out, rl_err *e)
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

void rl_campaign_free(rl_campaign *c)
{
	if (!c)
		return;
	free(c->experiment_id);
	free(c->config_hash);
	free(c->config_json);
	free(c->pack);
	memset(c, 0, sizeof *c);
}

int rl_store_campaign_each(rl_store *s, int (*fn)(void *ud, const rl_campaign *c), void *ud,
			   rl_err *e)
{
	sqlite3_stmt *st;
	int rc, stop = 0;

	/* Own statement: fn may call other store functions. */
	rc = sqlite3_prepare_v2(s->db, stmt_sql[ST_CAMP_ALL], -1, &st, NULL);
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

int rl_store_run_begin(rl_store *s, int64_t campaign, const char *argv_summary, int64_t *run_id,
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
	if (sqlite3_changes(s->db) != 1)
		return rl_err_set(e, RL_ENOTFOUND, "%s: no campaign with id %lld", s->path,
				  (long long)campaign);
	*run_id = sqlite3_last_insert_rowid(s->db);
	return 0;
}

int rl_store_run_end(rl_store *s, int64_t run_id, const char *outcome, rl_err *e)
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

static void prompt_hash(const rl_prompt *p, char out[65])
{
	/* Length-prefixed parts, so ("ab","c") and ("a","bc") differ. */
	rl_buf b = RL_BUF_INIT;
	const char *parts[3] = {p->system, p->user, p->email};
	int i;
	for (i = 0; i < 3; i++) {
		if (parts[i])
			rl_buf_addf(&b, "%zu:", strlen(parts[i]));
		else
			rl_buf_adds(&b, "-:");
		rl_buf_adds(&b, parts[i] ? parts[i] : "");
	}
	rl_sha256_hex(b.s, b.len, out);
	rl_buf_free(&b);
}

int rl_store_prompt_put(rl_store *s, rl_prompt *p, int64_t *id, rl_err *e)
{
	sqlite3_stmt *st;
	int rc, r;

	prompt_hash(p, p->hash);
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
	*id = sqlite3_last_insert_rowid(s->db);
	return 0;
}

int rl_store_prompt_get(rl_store *s, int64_t id, rl_prompt *out, rl_err *e)
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

void rl_prompt_free(rl_prompt *p)
{
	if (!p)
		return;
	free((char *)p->system);
	free((char *)p->user);
	free((char *)p->email);
	p->system = p->user = p->email = NULL;
}

int rl_store_condition_put(rl_store *s, int64_t campaign, const char *condition,
			   const char *scenario, int64_t prompt_id, const char *metadata_json,
			   rl_err *e)
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

int rl_store_condition_get(rl_store *s, int64_t campaign, const char *condition,
			   int64_t *prompt_id, char **scenario, char **metadata_json, rl_err *e)
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

int rl_store_sample_put(rl_store *s, const rl_sample *m, rl_err *e)
{
	sqlite3_stmt *st;
	int r;

	if (!m->model || !m->condition || m->index < 1 ||
	    (m->status != RL_SAMPLE_DONE && m->status != RL_SAMPLE_ERROR))
		return rl_err_set(e, RL_EINVAL, "store: sample needs model, condition, index >= 1 "
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
	if (sqlite3_changes(s->db) == 0)
		return rl_err_set(e, RL_EEXIST,
				  "store: sample %d of %s / %s is already done; not overwritten",
				  m->index, m->model, m->condition);
	return 0;
}

int rl_store_sample_done_map(rl_store *s, int64_t campaign, const char *model,
			     const char *condition, unsigned char *done, int n, rl_err *e)
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

int rl_store_model_set_aside(rl_store *s, int64_t campaign, const char *model,
			     const char *reason, rl_err *e)
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

int rl_store_model_clear(rl_store *s, int64_t campaign, const char *model, rl_err *e)
{
	sqlite3_stmt *st = stmt(s, ST_ASIDE_DEL, e);
	if (!st)
		return e ? e->code : RL_EDB;
	sqlite3_bind_int64(st, 1, campaign);
	BIND_S(st, 2, model);
	return step_done(s, st, e, "clearing model set aside");
}

int rl_store_model_aside_each(rl_store *s, int64_t campaign,
			      int (*fn)(void *ud, const char *model, const char *reason,
					int64_t at_ms),
			      void *ud, rl_err *e)
{
	sqlite3_stmt *st;
	int rc, stop = 0;

	rc = sqlite3_prepare_v2(s->db, stmt_sql[ST_ASIDE_ALL], -1, &st, NULL);
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

/* ---- verdicts and judge cache ----------------------------------------- */

int rl_store_verdict_put(rl_store *s, const rl_verdict *v, rl_err *e)
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

static void verdict_from_cols(sqlite3_stmt *st, int c, rl_verdict *v)
{
	v->sample_id = sqlite3_column_int64(st, c);
	v->mode = col_s(st, c + 1);
	v->judge_model = col_s(st, c + 2);
	v->harmful = sqlite3_column_type(st, c + 3) == SQLITE_NULL ? -1
								   : sqlite3_column_int(st, c + 3);
	v->unknown_reason = col_s(st, c + 4);
	v->rules_json = col_s(st, c + 5);
	v->judge_verdict = col_s(st, c + 6);
	v->judge_reasoning = col_s(st, c + 7);
	v->awareness = col_s(st, c + 8);
	v->created_ms = sqlite3_column_int64(st, c + 9);
}

int rl_store_verdict_get(rl_store *s, int64_t sample_id, const char *mode, const char *judge,
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

int rl_store_judge_cache_get(rl_store *s, const char *judge, const char *prompt_hash,
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

int rl_store_judge_cache_put(rl_store *s, const char *judge, const char *prompt_hash,
			     const char *response_hash, const char *answer, size_t len,
			     rl_err *e)
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

/* ---- iteration and counts -------------------------------------------- */

#define SAMPLE_COLS                                                                         \
	"s.id, s.campaign_id, s.model, s.condition, s.sample_index, s.prompt_id,"           \
	" s.request_hash, s.status, s.response, s.reasoning, s.tool_calls, s.finish_reason," \
	" s.input_tokens, s.output_tokens, s.reasoning_tokens, s.latency_ms, s.attempts,"    \
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

int rl_store_iter_samples(rl_store *s, const rl_sample_filter *f, rl_sample_iter **out,
			  rl_err *e)
{
	static const rl_sample_filter none = {0};
	rl_sample_iter *it;
	rl_buf sql = RL_BUF_INIT;
	int rc;

	*out = NULL;
	if (!f)
		f = &none;
	it = calloc(1, sizeof *it);
	if (!it)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	it->s = s;
	it->with_verdict = f->mode != NULL;
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
	rc = sqlite3_prepare_v2(s->db, sql.s, (int)sql.len, &it->st, NULL);
	rl_buf_free(&sql);
	if (rc != SQLITE_OK) {
		int r = db_fail(s, e, rc, "listing samples");
		free(it);
		return r;
	}
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
	*out = it;
	return 0;
}

int rl_store_iter_next(rl_sample_iter *it, const rl_sample **smp, const rl_verdict **v,
		       rl_err *e)
{
	int rc = sqlite3_step(it->st);

	if (v)
		*v = NULL;
	if (rc == SQLITE_DONE)
		return 0;
	if (rc != SQLITE_ROW)
		return db_fail(it->s, e, rc, "reading samples");
	sample_from_row(it->st, &it->smp);
	*smp = &it->smp;
	if (it->with_verdict && v &&
	    sqlite3_column_type(it->st, NSAMPLE_COLS) != SQLITE_NULL) {
		verdict_from_cols(it->st, NSAMPLE_COLS, &it->v);
		*v = &it->v;
	}
	return 1;
}

void rl_store_iter_free(rl_sample_iter *it)
{
	if (!it)
		return;
	sqlite3_finalize(it->st);
	free(it);
}

int rl_store_counts(rl_store *s, int64_t campaign, const char *mode, const char *judge,
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

void rl_store_counts_free(rl_store_count *rows, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		free(rows[i].model);
		free(rows[i].condition);
	}
	free(rows);
}

/* ---- turns of tool-use conversations (issue 17) ------------------------ */

int rl_store_turn_put(rl_store *s, int64_t campaign, const char *model, const char *condition,
		      int index, const rl_turn_rec *t, rl_err *e)
{
	sqlite3_stmt *st = NULL;
	int rc;
	if (sqlite3_prepare_v2(s->db,
			       "INSERT OR IGNORE INTO sample_turn(campaign_id,model,condition,"
			       "sample_index,turn,response,tool_calls,calls_json,input_tokens,"
			       "output_tokens,created_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
			       -1, &st, NULL) != SQLITE_OK)
		return rl_err_set(e, RL_EIO, "%s: store a turn: %s", s->path, sqlite3_errmsg(s->db));
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
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rl_err_set(e, RL_EIO, "%s: store a turn: %s", s->path, sqlite3_errmsg(s->db));
	return 0;
}

int rl_store_turns_get(rl_store *s, int64_t campaign, const char *model, const char *condition,
		       int index, int (*fn)(void *ud, const rl_turn_rec *t), void *ud, rl_err *e)
{
	sqlite3_stmt *st = NULL;
	int rc, r = 0;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT turn,response,tool_calls,calls_json,input_tokens,output_tokens"
			       " FROM sample_turn WHERE campaign_id=? AND model=? AND condition=?"
			       " AND sample_index=? ORDER BY turn",
			       -1, &st, NULL) != SQLITE_OK)
		return rl_err_set(e, RL_EIO, "%s: read turns: %s", s->path, sqlite3_errmsg(s->db));
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
		r = rl_err_set(e, RL_EIO, "%s: read turns: %s", s->path, sqlite3_errmsg(s->db));
	sqlite3_finalize(st);
	return r;
}
