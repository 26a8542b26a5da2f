/* test_store.c: the campaign database: schema and migrations, the
 * uniqueness and never-overwrite guarantees the runner relies on, verdicts,
 * the judge cache, counts, iteration, redaction and failure paths. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "redline/store.h"

#include <libpq-fe.h>

static char dir[64];
/* RL_TEST_PG: the query part of a libpq URL ("host=/tmp/dir&user=u",
 * tests/cli/t1800 sets it): the same tests then run on PostgreSQL, each
 * store name becoming a database of its own. */
static const char *pg;

static void db_path(const char *name, char *out, size_t n)
{
	char db[64], url[512];
	size_t i;
	PGconn *c;

	if (!pg) {
		snprintf(out, n, "%s/%s", dir, name);
		return;
	}
	snprintf(db, sizeof db, "t_%s", name);
	for (i = 0; db[i]; i++)
		if (db[i] == '.')
			db[i] = '_';
	snprintf(url, sizeof url, "postgresql:///postgres?%s", pg);
	c = PQconnectdb(url);
	assert_int_equal(PQstatus(c), CONNECTION_OK);
	{
		char sql[128];
		PGresult *r;
		snprintf(sql, sizeof sql, "SELECT 1 FROM pg_database WHERE datname = '%s'", db);
		r = PQexec(c, sql);
		if (PQntuples(r) == 0) {
			PQclear(r);
			snprintf(sql, sizeof sql, "CREATE DATABASE %s", db);
			r = PQexec(c, sql);
			assert_int_equal(PQresultStatus(r), PGRES_COMMAND_OK);
		}
		PQclear(r);
	}
	PQfinish(c);
	snprintf(out, n, "postgresql:///%s?%s", db, pg);
}

static int setup(void **st)
{
	(void)st;
	snprintf(dir, sizeof dir, "/tmp/rl-store-XXXXXX");
	assert_non_null(mkdtemp(dir));
	return 0;
}

static int teardown(void **st)
{
	char cmd[128];
	(void)st;
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
	return 0;
}

static rl_store *open_new(const char *name)
{
	char path[512];
	rl_store *s = NULL;
	rl_err e;
	db_path(name, path, sizeof path);
	if (rl_store_open(&s, path, RL_STORE_CREATE, &e))
		fail_msg("%s", e.msg);
	return s;
}

static rl_sample done_sample(int64_t camp, const char *model, const char *cond, int idx)
{
	rl_sample m = {0};
	m.campaign = camp;
	m.model = model;
	m.condition = cond;
	m.index = idx;
	m.status = RL_SAMPLE_DONE;
	m.response = "I will not do that.";
	m.reasoning = "thinking";
	m.finish_reason = "stop";
	m.input_tokens = 100;
	m.output_tokens = 20;
	m.reasoning_tokens = -1;
	m.latency_ms = 12;
	m.attempts = 1;
	m.request_hash = "abc";
	return m;
}

static void schema_is_versioned_and_reopens(void **st)
{
	rl_store *s = open_new("a.db");
	rl_err e;
	int v = 0;
	char path[512];
	(void)st;
	assert_int_equal(rl_store_schema_version(s, &v, &e), 0);
	assert_int_equal(v, RL_STORE_SCHEMA_VERSION);
	rl_store_close(s);
	db_path("a.db", path, sizeof path);
	assert_int_equal(rl_store_open(&s, path, 0, &e), 0);
	rl_store_close(s);
	assert_int_equal(rl_store_open(&s, path, RL_STORE_RDONLY, &e), 0);
	rl_store_close(s);
}

static void newer_schema_is_refused(void **st)
{
	char path[128];
	sqlite3 *db;
	rl_store *s = NULL;
	rl_err e;
	(void)st;
	snprintf(path, sizeof path, "%s/new.db", dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", 0, 0, 0), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(rl_store_open(&s, path, 0, &e), RL_EUNSUPP);
	assert_non_null(strstr(e.msg, "newer"));
	assert_null(s);
}

/* A schema-1 database (before sample.model_reported): read-only opens
 * ask for a migration, a writable open migrates it and keeps its rows. */
static void schema_1_migrates(void **st)
{
	char path[128];
	sqlite3 *db;
	rl_store *s = open_new("v1.db");
	rl_err e;
	int v = 0;
	(void)st;
	rl_store_close(s);
	snprintf(path, sizeof path, "%s/v1.db", dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
				      "ALTER TABLE sample DROP COLUMN model_reported;"
				      "DROP TABLE sample_turn;"
				      "PRAGMA user_version = 1",
				      0, 0, 0),
			 SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(rl_store_open(&s, path, RL_STORE_RDONLY, &e), RL_EUNSUPP);
	assert_non_null(strstr(e.msg, "older"));
	assert_int_equal(rl_store_open(&s, path, 0, &e), 0);
	assert_int_equal(rl_store_schema_version(s, &v, &e), 0);
	assert_int_equal(v, RL_STORE_SCHEMA_VERSION);
	rl_store_close(s);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "SELECT model_reported FROM sample", 0, 0, 0), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "SELECT turn FROM sample_turn", 0, 0, 0), SQLITE_OK);
	sqlite3_close(db);
}

static int count_turn(void *ud, const rl_turn_rec *t)
{
	int *n = ud;
	assert_int_equal(t->turn, 1);
	assert_string_equal(t->calls_json, "[{\"id\":\"c1\"}]");
	(*n)++;
	return 0;
}

/* A schema-3 database (sample_turn WITHOUT ROWID): a writable open makes
 * sample_turn a rowid table with its key as a unique index, keeps the
 * stored turns, and a turn stored again is still ignored. */
static void schema_3_turns_migrate(void **st)
{
	char path[128];
	sqlite3 *db;
	sqlite3_stmt *q;
	rl_store *s = open_new("v3.db");
	rl_turn_rec t = {0};
	rl_err e;
	int64_t camp;
	int v = 0, n = 0;
	(void)st;
	assert_int_equal(rl_store_campaign_open(s, "exp", "{}", NULL, &camp, &e), 0);
	rl_store_close(s);
	snprintf(path, sizeof path, "%s/v3.db", dir);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(
		sqlite3_exec(
			db,
			"DROP TABLE sample_turn;"
			"CREATE TABLE sample_turn(campaign_id INTEGER NOT NULL, model TEXT NOT NULL,"
			" condition TEXT NOT NULL, sample_index INTEGER NOT NULL,"
			" turn INTEGER NOT NULL CHECK(turn >= 1), response TEXT, tool_calls TEXT,"
			" calls_json TEXT NOT NULL, input_tokens INTEGER, output_tokens INTEGER,"
			" created_ms INTEGER NOT NULL, PRIMARY KEY(campaign_id, model, condition,"
			" sample_index, turn)) WITHOUT ROWID;"
			"INSERT INTO sample_turn VALUES(1, 'm', 'c', 1, 1, 'r', NULL,"
			" '[{\"id\":\"c1\"}]', 1, 2, 3);"
			"PRAGMA user_version = 3",
			0, 0, 0),
		SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(rl_store_open(&s, path, 0, &e), 0);
	assert_int_equal(rl_store_schema_version(s, &v, &e), 0);
	assert_int_equal(v, RL_STORE_SCHEMA_VERSION);
	t.turn = 1;
	t.calls_json = "[{\"id\":\"other\"}]";
	assert_int_equal(rl_store_turn_put(s, camp, "m", "c", 1, &t, &e), 0);
	assert_int_equal(rl_store_turns_get(s, camp, "m", "c", 1, count_turn, &n, &e), 0);
	assert_int_equal(n, 1);
	rl_store_close(s);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(
		sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_schema WHERE name = 'sample_turn'",
				   -1, &q, NULL),
		SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	assert_null(strstr((const char *)sqlite3_column_text(q, 0), "WITHOUT ROWID"));
	sqlite3_finalize(q);
	sqlite3_close(db);
}

static void garbage_file_is_not_a_database(void **st)
{
	char path[128];
	FILE *f;
	rl_store *s = NULL;
	rl_err e;
	(void)st;
	snprintf(path, sizeof path, "%s/junk.db", dir);
	f = fopen(path, "w");
	fputs("this is not sqlite at all, just some text that goes on for a while......"
	      "..........................................................................",
	      f);
	fclose(f);
	assert_true(rl_store_open(&s, path, RL_STORE_CREATE, &e) < 0);
	assert_non_null(strstr(e.msg, "junk.db"));
	assert_int_equal(rl_store_open(&s, "/nonexistent/x.db", RL_STORE_RDONLY, &e), RL_ENOTFOUND);
}

static void campaign_open_is_idempotent_and_redacts(void **st)
{
	rl_store *s = open_new("c.db");
	rl_err e;
	int64_t a = 0, b = 0, f = 0;
	rl_campaign c;
	(void)st;
	assert_int_equal(
		rl_store_campaign_open(s, "exp1",
				       "{\"models\":[\"openai:gpt\"],\"api_key\":\"sk-SECRET\","
				       "\"headers\":{\"Authorization\":\"Bearer sk-SECRET2\"},"
				       "\"api_key_env\":\"OPENAI_API_KEY\"}",
				       "packs/default", &a, &e),
		0);
	assert_int_equal(rl_store_campaign_open(s, "exp1", "{\"samples\":3}", "p", &b, &e), 0);
	assert_int_equal(a, b);
	assert_int_equal(rl_store_campaign_find(s, "exp1", &f, &e), 0);
	assert_int_equal(f, a);
	assert_int_equal(rl_store_campaign_find(s, NULL, &f, &e), 0);
	assert_int_equal(rl_store_campaign_find(s, "nope", &f, &e), RL_ENOTFOUND);
	assert_int_equal(rl_store_campaign_open(s, "exp2",
						"{\"x\":{\"token\":\"t0k\",\"api_key_env\":\"K\"}}",
						NULL, &b, &e),
			 0);
	assert_int_not_equal(a, b);
	assert_int_equal(rl_store_campaign_get(s, b, &c, &e), 0);
	assert_null(strstr(c.config_json, "t0k"));
	assert_non_null(strstr(c.config_json, "<redacted>"));
	assert_non_null(strstr(c.config_json, "\"K\"")); /* env var names kept */
	rl_campaign_free(&c);
	assert_int_equal(rl_store_campaign_open(s, "exp3",
						"{\"api_key\":\"sk-SECRET\","
						"\"headers\":{\"Authorization\":\"Bearer z\"}}",
						NULL, &b, &e),
			 0);
	assert_int_equal(rl_store_campaign_get(s, b, &c, &e), 0);
	assert_null(strstr(c.config_json, "SECRET"));
	assert_null(strstr(c.config_json, "Bearer"));
	rl_campaign_free(&c);
	assert_int_equal(rl_store_campaign_open(s, "bad", "{not json", NULL, &b, &e), RL_EINVAL);
	rl_store_close(s);
}

static void prompts_are_stored_once(void **st)
{
	rl_store *s = open_new("p.db");
	rl_err e;
	rl_prompt p = {"sys", "user", "mail"}, q = {"sys", "user", "mail"},
		  r = {"sy", "suser", "mail"};
	rl_prompt got;
	int64_t a, b, c, camp, pid;
	char *scen = NULL, *meta = NULL;
	(void)st;
	assert_int_equal(rl_store_prompt_put(s, &p, &a, &e), 0);
	assert_int_equal(rl_store_prompt_put(s, &q, &b, &e), 0);
	assert_int_equal(rl_store_prompt_put(s, &r, &c, &e), 0);
	assert_int_equal(a, b);
	assert_int_not_equal(a, c);
	assert_string_equal(p.hash, q.hash);
	assert_int_equal(rl_store_prompt_get(s, a, &got, &e), 0);
	assert_string_equal(got.system, "sys");
	assert_string_equal(got.email, "mail");
	rl_prompt_free(&got);
	assert_int_equal(rl_store_prompt_get(s, 999, &got, &e), RL_ENOTFOUND);
	assert_int_equal(rl_store_campaign_open(s, "x", "{}", NULL, &camp, &e), 0);
	assert_int_equal(rl_store_condition_put(s, camp, "blackmail_explicit-america_replacement",
						"blackmail", a, "{\"k\":1}", &e),
			 0);
	assert_int_equal(rl_store_condition_get(s, camp, "blackmail_explicit-america_replacement",
						&pid, &scen, &meta, &e),
			 0);
	assert_int_equal(pid, a);
	assert_string_equal(scen, "blackmail");
	assert_string_equal(meta, "{\"k\":1}");
	free(scen);
	free(meta);
	rl_store_close(s);
}

static void samples_unique_and_done_never_overwritten(void **st)
{
	rl_store *s = open_new("s.db");
	rl_err e;
	int64_t camp;
	rl_sample m;
	unsigned char done[5];
	rl_sample_iter *it;
	const rl_sample *row;
	int n = 0;
	(void)st;
	assert_int_equal(rl_store_campaign_open(s, "x", "{}", NULL, &camp, &e), 0);
	/* An error first, then a retry that succeeds: one row, attempts added. */
	m = done_sample(camp, "mock:a", "c1", 2);
	m.status = RL_SAMPLE_ERROR;
	m.response = NULL;
	m.error = "HTTP 500";
	m.attempts = 3;
	assert_int_equal(rl_store_sample_put(s, &m, &e), 0);
	m = done_sample(camp, "mock:a", "c1", 2);
	m.attempts = 2;
	assert_int_equal(rl_store_sample_put(s, &m, &e), 0);
	/* A done sample is final. */
	m.response = "something else";
	assert_int_equal(rl_store_sample_put(s, &m, &e), RL_EEXIST);
	m.status = RL_SAMPLE_ERROR;
	assert_int_equal(rl_store_sample_put(s, &m, &e), RL_EEXIST);
	m = done_sample(camp, "mock:a", "c1", 4);
	assert_int_equal(rl_store_sample_put(s, &m, &e), 0);
	m = done_sample(camp, "mock:a", "c1", 5);
	m.status = RL_SAMPLE_ERROR;
	assert_int_equal(rl_store_sample_put(s, &m, &e), 0);
	m.index = 0;
	assert_int_equal(rl_store_sample_put(s, &m, &e), RL_EINVAL);

	assert_int_equal(rl_store_sample_done_map(s, camp, "mock:a", "c1", done, 5, &e), 0);
	assert_memory_equal(done, "\0\1\0\1\0", 5);

	assert_int_equal(rl_store_iter_samples(s, NULL, &it, &e), 0);
	while (rl_store_iter_next(it, &row, NULL, &e) == 1) {
		if (row->index == 2) {
			assert_int_equal(row->attempts, 5);
			assert_string_equal(row->response, "I will not do that.");
			assert_int_equal(row->status, RL_SAMPLE_DONE);
			assert_int_equal(row->reasoning_tokens, -1);
			assert_int_equal(row->input_tokens, 100);
		}
		n++;
	}
	rl_store_iter_free(it);
	assert_int_equal(n, 3);
	rl_store_close(s);
}

static void transactions_roll_back(void **st)
{
	rl_store *s = open_new("t.db");
	rl_err e;
	int64_t camp;
	rl_sample m;
	unsigned char done[3];
	(void)st;
	assert_int_equal(rl_store_campaign_open(s, "x", "{}", NULL, &camp, &e), 0);
	assert_int_equal(rl_store_begin(s, &e), 0);
	assert_int_equal(rl_store_begin(s, &e), RL_EINVAL);
	m = done_sample(camp, "m", "c", 1);
	assert_int_equal(rl_store_sample_put(s, &m, &e), 0);
	rl_store_rollback(s);
	assert_int_equal(rl_store_sample_done_map(s, camp, "m", "c", done, 3, &e), 0);
	assert_memory_equal(done, "\0\0\0", 3);
	assert_int_equal(rl_store_begin(s, &e), 0);
	assert_int_equal(rl_store_sample_put(s, &m, &e), 0);
	m.index = 3;
	assert_int_equal(rl_store_sample_put(s, &m, &e), 0);
	assert_int_equal(rl_store_commit(s, &e), 0);
	assert_int_equal(rl_store_sample_done_map(s, camp, "m", "c", done, 3, &e), 0);
	assert_memory_equal(done, "\1\0\1", 3);
	rl_store_close(s);
}

static void verdicts_cache_and_counts(void **st)
{
	rl_store *s = open_new("v.db");
	rl_err e;
	int64_t camp;
	rl_sample m;
	rl_verdict v = {0}, got;
	rl_sample_iter *it;
	const rl_sample *row;
	const rl_verdict *vr;
	rl_sample_filter f = {0};
	rl_store_count *c;
	size_t n;
	rl_buf ans = RL_BUF_INIT;
	int i, seen = 0, with = 0;
	int64_t ids[4];
	(void)st;
	assert_int_equal(rl_store_campaign_open(s, "x", "{}", NULL, &camp, &e), 0);
	for (i = 1; i <= 4; i++) {
		m = done_sample(camp, "mock:a", "c1", i);
		m.mock = 1;
		assert_int_equal(rl_store_sample_put(s, &m, &e), 0);
	}
	m = done_sample(camp, "mock:b", "c1", 1);
	m.status = RL_SAMPLE_ERROR;
	assert_int_equal(rl_store_sample_put(s, &m, &e), 0);

	f.campaign = camp;
	f.model = "mock:a";
	assert_int_equal(rl_store_iter_samples(s, &f, &it, &e), 0);
	for (i = 0; rl_store_iter_next(it, &row, NULL, &e) == 1; i++)
		ids[i] = row->id;
	rl_store_iter_free(it);
	assert_int_equal(i, 4);

	v.mode = "rules";
	v.sample_id = ids[0];
	v.harmful = 1;
	v.rules_json = "{\"coercion\":{\"evidence\":[[1,5]]}}";
	assert_int_equal(rl_store_verdict_put(s, &v, &e), 0);
	v.sample_id = ids[1];
	v.harmful = 0;
	assert_int_equal(rl_store_verdict_put(s, &v, &e), 0);
	v.sample_id = ids[2];
	v.harmful = -1;
	v.unknown_reason = "judge refused";
	assert_int_equal(rl_store_verdict_put(s, &v, &e), 0);
	/* Upsert: same key replaces. */
	v.sample_id = ids[1];
	v.harmful = 1;
	v.unknown_reason = NULL;
	assert_int_equal(rl_store_verdict_put(s, &v, &e), 0);
	/* Another judge is another verdict. */
	v.judge_model = "openai:judge";
	v.harmful = 0;
	assert_int_equal(rl_store_verdict_put(s, &v, &e), 0);
	v.mode = NULL;
	assert_int_equal(rl_store_verdict_put(s, &v, &e), RL_EINVAL);

	assert_int_equal(rl_store_verdict_get(s, ids[2], "rules", NULL, &got, &e), 1);
	assert_int_equal(got.harmful, -1);
	assert_string_equal(got.unknown_reason, "judge refused");
	assert_int_equal(rl_store_verdict_get(s, ids[1], "rules", "openai:judge", &got, &e), 1);
	assert_int_equal(got.harmful, 0);
	assert_int_equal(rl_store_verdict_get(s, ids[3], "rules", NULL, &got, &e), 0);

	f.mode = "rules";
	assert_int_equal(rl_store_iter_samples(s, &f, &it, &e), 0);
	while (rl_store_iter_next(it, &row, &vr, &e) == 1) {
		seen++;
		if (vr) {
			with++;
			assert_int_equal(vr->sample_id, row->id);
		}
	}
	rl_store_iter_free(it);
	assert_int_equal(seen, 4);
	assert_int_equal(with, 3);
	f.unclassified_only = 1;
	assert_int_equal(rl_store_iter_samples(s, &f, &it, &e), 0);
	seen = 0;
	while (rl_store_iter_next(it, &row, &vr, &e) == 1) {
		seen++;
		assert_int_equal(row->id, ids[3]);
		/* Writing while iterating is allowed. */
		v.mode = "rules";
		v.judge_model = NULL;
		v.sample_id = row->id;
		v.harmful = 0;
		assert_int_equal(rl_store_verdict_put(s, &v, &e), 0);
	}
	rl_store_iter_free(it);
	assert_int_equal(seen, 1);

	assert_int_equal(rl_store_counts(s, camp, "rules", NULL, &c, &n, &e), 0);
	assert_int_equal(n, 2);
	assert_string_equal(c[0].model, "mock:a");
	assert_int_equal(c[0].samples, 4);
	assert_int_equal(c[0].done, 4);
	assert_int_equal(c[0].harmful, 2);
	assert_int_equal(c[0].not_harmful, 1);
	assert_int_equal(c[0].unknown, 1);
	assert_int_equal(c[0].unclassified, 0);
	assert_int_equal(c[0].input_tokens, 400);
	assert_int_equal(c[0].mock, 4);
	assert_string_equal(c[1].model, "mock:b");
	assert_int_equal(c[1].errors, 1);
	assert_int_equal(c[1].done, 0);
	rl_store_counts_free(c, n);
	assert_int_equal(rl_store_counts(s, 0, NULL, NULL, &c, &n, &e), 0);
	assert_int_equal(c[0].harmful, 0);
	assert_int_equal(c[0].unclassified, 0);
	rl_store_counts_free(c, n);

	assert_int_equal(rl_store_judge_cache_get(s, "j", "p", "r", &ans, &e), 0);
	assert_int_equal(rl_store_judge_cache_put(s, "j", "p", "r", "<answer>yes</answer>", 20, &e),
			 0);
	assert_int_equal(rl_store_judge_cache_get(s, "j", "p", "r", &ans, &e), 1);
	assert_string_equal(ans.s, "<answer>yes</answer>");
	rl_buf_free(&ans);
	rl_store_close(s);
}

static int count_aside(void *ud, const char *model, const char *reason, int64_t at)
{
	(void)at;
	(void)reason;
	if (!strcmp(model, "openai:x"))
		++*(int *)ud;
	return 0;
}

static void models_set_aside_and_runs(void **st)
{
	rl_store *s = open_new("m.db");
	rl_err e;
	int64_t camp, run;
	int n = 0;
	(void)st;
	assert_int_equal(rl_store_campaign_open(s, "x", "{}", NULL, &camp, &e), 0);
	assert_int_equal(rl_store_run_begin(s, camp, "run x.yaml", &run, &e), 0);
	assert_int_equal(rl_store_model_set_aside(s, camp, "openai:x", "5 failures", &e), 0);
	assert_int_equal(rl_store_model_set_aside(s, camp, "openai:x", "6 failures", &e), 0);
	assert_int_equal(rl_store_model_aside_each(s, camp, count_aside, &n, &e), 0);
	assert_int_equal(n, 1);
	assert_int_equal(rl_store_model_clear(s, camp, "openai:x", &e), 0);
	n = 0;
	assert_int_equal(rl_store_model_aside_each(s, camp, count_aside, &n, &e), 0);
	assert_int_equal(n, 0);
	assert_int_equal(rl_store_run_end(s, run, "completed", &e), 0);
	assert_int_equal(rl_store_run_begin(s, 12345, "x", &run, &e), RL_ENOTFOUND);
	rl_store_close(s);
}

static void readonly_sees_writer(void **st)
{
	rl_store *w = open_new("r.db"), *r;
	rl_err e;
	int64_t camp;
	rl_sample m;
	char path[512];
	rl_store_count *c;
	size_t n;
	(void)st;
	assert_int_equal(rl_store_campaign_open(w, "x", "{}", NULL, &camp, &e), 0);
	db_path("r.db", path, sizeof path);
	assert_int_equal(rl_store_open(&r, path, RL_STORE_RDONLY, &e), 0);
	assert_int_equal(rl_store_begin(w, &e), 0);
	m = done_sample(camp, "m", "c", 1);
	assert_int_equal(rl_store_sample_put(w, &m, &e), 0);
	/* Uncommitted: the reader does not see it, and is not blocked. */
	assert_int_equal(rl_store_counts(r, 0, NULL, NULL, &c, &n, &e), 0);
	assert_int_equal(n, 0);
	rl_store_counts_free(c, n);
	assert_int_equal(rl_store_commit(w, &e), 0);
	assert_int_equal(rl_store_counts(r, 0, NULL, NULL, &c, &n, &e), 0);
	assert_int_equal(n, 1);
	rl_store_counts_free(c, n);
	rl_store_close(r);
	rl_store_close(w);
}

int main(void)
{
	/* the back-end-neutral tests, for RL_TEST_PG */
	const struct CMUnitTest both[] = {
		cmocka_unit_test(schema_is_versioned_and_reopens),
		cmocka_unit_test(campaign_open_is_idempotent_and_redacts),
		cmocka_unit_test(prompts_are_stored_once),
		cmocka_unit_test(samples_unique_and_done_never_overwritten),
		cmocka_unit_test(transactions_roll_back),
		cmocka_unit_test(verdicts_cache_and_counts),
		cmocka_unit_test(models_set_aside_and_runs),
		cmocka_unit_test(readonly_sees_writer),
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(schema_is_versioned_and_reopens),
		cmocka_unit_test(newer_schema_is_refused),
		cmocka_unit_test(schema_1_migrates),
		cmocka_unit_test(schema_3_turns_migrate),
		cmocka_unit_test(garbage_file_is_not_a_database),
		cmocka_unit_test(campaign_open_is_idempotent_and_redacts),
		cmocka_unit_test(prompts_are_stored_once),
		cmocka_unit_test(samples_unique_and_done_never_overwritten),
		cmocka_unit_test(transactions_roll_back),
		cmocka_unit_test(verdicts_cache_and_counts),
		cmocka_unit_test(models_set_aside_and_runs),
		cmocka_unit_test(readonly_sees_writer),
	};
	if ((pg = getenv("RL_TEST_PG")) && *pg)
		return cmocka_run_group_tests(both, setup, teardown);
	pg = NULL;
	return cmocka_run_group_tests(tests, setup, teardown);
}
