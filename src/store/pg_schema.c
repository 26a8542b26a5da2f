/* store/pg_schema.c: the PostgreSQL back end of the store (see
 * store/backend.h): connecting, schema and migrations, transactions, the
 * helpers the other pg_*.c files use, and the claims that let several
 * `redline run` workers share one campaign.
 *
 * Claims are leases: a worker row (owner, expires_ms) that the worker
 * renews every pass, and one claim row per (campaign, model, condition,
 * sample) it is asking. A claim counts while its owner's lease has not
 * expired by the server's clock (one clock for every machine); a worker
 * killed mid-run stops renewing, and `lease_ms` later its unfinished
 * claims are taken over by whoever claims next. Claims are written on a
 * second, autocommit connection so they are visible at once, while the
 * samples themselves are committed in the runner's batches on the first. */
#include "store/pg_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/secret.h"
#include "base/util.h"

/* Server time in ms: leases compare against one clock, not each worker's. */
#define NOW_MS "(extract(epoch from clock_timestamp()) * 1000)::bigint"

/* Forward migrations, applied in order under an advisory lock (workers
 * starting together migrate once); migration i brings redline_schema from
 * version i to i+1. Never edit a released one: append. Text keys use the
 * "C" collation so rows sort as in SQLite (bytewise). */
static const char *const migrations[] = {
	/* 0 -> 1: the campaign schema of SQLite version 1, plus workers and
	 * claims for shared campaigns. */
	"CREATE TABLE campaign("
	" id BIGSERIAL PRIMARY KEY,"
	" experiment_id TEXT COLLATE \"C\" NOT NULL UNIQUE,"
	" config_hash TEXT NOT NULL,"
	" config_json TEXT NOT NULL,"
	" pack TEXT,"
	" created_ms BIGINT NOT NULL,"
	" updated_ms BIGINT NOT NULL);"
	"CREATE TABLE run_log("
	" id BIGSERIAL PRIMARY KEY,"
	" campaign_id BIGINT NOT NULL REFERENCES campaign(id),"
	" config_hash TEXT,"
	" argv TEXT,"
	" pid BIGINT,"
	" started_ms BIGINT NOT NULL,"
	" ended_ms BIGINT,"
	" outcome TEXT);"
	"CREATE TABLE prompt("
	" id BIGSERIAL PRIMARY KEY,"
	" hash TEXT NOT NULL UNIQUE,"
	" system TEXT NOT NULL,"
	" \"user\" TEXT NOT NULL,"
	" email TEXT,"
	" created_ms BIGINT NOT NULL);"
	"CREATE TABLE campaign_condition("
	" campaign_id BIGINT NOT NULL REFERENCES campaign(id),"
	" condition TEXT COLLATE \"C\" NOT NULL,"
	" scenario TEXT,"
	" prompt_id BIGINT REFERENCES prompt(id),"
	" metadata_json TEXT,"
	" PRIMARY KEY(campaign_id, condition));"
	"CREATE TABLE sample("
	" id BIGSERIAL PRIMARY KEY,"
	" campaign_id BIGINT NOT NULL REFERENCES campaign(id),"
	" model TEXT COLLATE \"C\" NOT NULL,"
	" condition TEXT COLLATE \"C\" NOT NULL,"
	" sample_index INTEGER NOT NULL CHECK(sample_index >= 1),"
	" prompt_id BIGINT REFERENCES prompt(id),"
	" request_hash TEXT,"
	" status INTEGER NOT NULL CHECK(status IN (1, 2)),"
	" response TEXT,"
	" reasoning TEXT,"
	" tool_calls TEXT,"
	" finish_reason TEXT,"
	" input_tokens BIGINT,"
	" output_tokens BIGINT,"
	" reasoning_tokens BIGINT,"
	" latency_ms BIGINT,"
	" attempts INTEGER NOT NULL DEFAULT 0,"
	" error TEXT,"
	" mock INTEGER NOT NULL DEFAULT 0,"
	" started_ms BIGINT,"
	" finished_ms BIGINT,"
	" UNIQUE(campaign_id, model, condition, sample_index));"
	"CREATE TABLE model_aside("
	" campaign_id BIGINT NOT NULL REFERENCES campaign(id),"
	" model TEXT COLLATE \"C\" NOT NULL,"
	" reason TEXT NOT NULL,"
	" at_ms BIGINT NOT NULL,"
	" PRIMARY KEY(campaign_id, model));"
	"CREATE TABLE verdict("
	" id BIGSERIAL PRIMARY KEY,"
	" sample_id BIGINT NOT NULL REFERENCES sample(id),"
	" mode TEXT COLLATE \"C\" NOT NULL,"
	" judge_model TEXT COLLATE \"C\" NOT NULL DEFAULT '',"
	" harmful INTEGER CHECK(harmful IN (0, 1)),"
	" unknown_reason TEXT,"
	" rules_json TEXT,"
	" judge_verdict TEXT,"
	" judge_reasoning TEXT,"
	" awareness TEXT,"
	" created_ms BIGINT NOT NULL,"
	" UNIQUE(sample_id, mode, judge_model));"
	"CREATE TABLE judge_cache("
	" judge_model TEXT NOT NULL,"
	" prompt_hash TEXT NOT NULL,"
	" response_hash TEXT NOT NULL,"
	" answer TEXT NOT NULL,"
	" created_ms BIGINT NOT NULL,"
	" PRIMARY KEY(judge_model, prompt_hash, response_hash));"
	"CREATE TABLE worker("
	" owner TEXT PRIMARY KEY,"
	" campaign_id BIGINT NOT NULL REFERENCES campaign(id),"
	" host TEXT,"
	" pid BIGINT,"
	" started_ms BIGINT NOT NULL,"
	" expires_ms BIGINT NOT NULL);"
	"CREATE TABLE claim("
	" campaign_id BIGINT NOT NULL REFERENCES campaign(id),"
	" model TEXT COLLATE \"C\" NOT NULL,"
	" condition TEXT COLLATE \"C\" NOT NULL,"
	" sample_index INTEGER NOT NULL,"
	" owner TEXT NOT NULL,"
	" PRIMARY KEY(campaign_id, model, condition, sample_index));"
	"CREATE INDEX claim_owner ON claim(owner);",
	/* 1 -> 2: as SQLite's 1 -> 2, the model id the provider answered with */
	"ALTER TABLE sample ADD COLUMN model_reported TEXT;",
	/* 2 -> 3: as SQLite's 2 -> 3, the turns of tool-use conversations */
	"CREATE TABLE sample_turn("
	" campaign_id BIGINT NOT NULL REFERENCES campaign(id),"
	" model TEXT COLLATE \"C\" NOT NULL,"
	" condition TEXT COLLATE \"C\" NOT NULL,"
	" sample_index INTEGER NOT NULL,"
	" turn INTEGER NOT NULL CHECK(turn >= 1),"
	" response TEXT,"
	" tool_calls TEXT,"
	" calls_json TEXT NOT NULL,"
	" input_tokens BIGINT,"
	" output_tokens BIGINT,"
	" created_ms BIGINT NOT NULL,"
	" PRIMARY KEY(campaign_id, model, condition, sample_index, turn));",
	/* 3 -> 4: SQLite's 3 -> 4 makes sample_turn a rowid table with its key
	 * in an index; a PostgreSQL table (heap rows, the key a b-tree index)
	 * is that already. Nothing to change: the versions stay in step. */
	"SELECT 1",
};
#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))
#define MIGRATE_LOCK "7259011801" /* pg_advisory_xact_lock key: "redline schema" */

/* ---- helpers ----------------------------------------------------------- */

int rl_pg_fail(rl_store *s, PGconn *c, const char *what, rl_err *e)
{
	char msg[512];
	const char *m = c ? PQerrorMessage(c) : "out of memory";
	size_t n;

	snprintf(msg, sizeof msg, "%s", m && *m ? m : "unknown error");
	n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	if (s->pg && s->pg->password)
		rl_secret_mask(msg, n, s->pg->password);
	if (c && PQstatus(c) == CONNECTION_BAD)
		return rl_err_set(e, RL_EIO, "%s: %s: database connection lost: %s", s->path, what,
				  msg);
	return rl_err_set(e, RL_EDB, "%s: %s: %s", s->path, what, msg);
}

PGresult *rl_pg_exec(rl_store *s, PGconn *c, const char *sql, int n, const char *const *params,
		     const char *what, rl_err *e)
{
	PGresult *r;
	ExecStatusType st;

	if (!c)
		c = s->pg->c;
	if (c == s->pg->c && s->pg->nbatch && !s->pg->flushing && rl_pg_batch_flush(s, e))
		return NULL;
	/* no parameters: the simple protocol, which takes several statements
	 * (migrations) */
	r = n ? PQexecParams(c, sql, n, NULL, params, NULL, NULL, 0) : PQexec(c, sql);
	st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
		return r;
	if (r) {
		const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		char msg[512];
		snprintf(msg, sizeof msg, "%s", PQresultErrorMessage(r));
		PQclear(r);
		msg[strcspn(msg, "\n")] = '\0';
		if (s->pg->password)
			rl_secret_mask(msg, strlen(msg), s->pg->password);
		if (PQstatus(c) == CONNECTION_BAD)
			rl_err_set(e, RL_EIO, "%s: %s: database connection lost: %s", s->path, what,
				   msg);
		else
			rl_err_set(e, state && !strcmp(state, "53100") ? RL_EIO : RL_EDB,
				   "%s: %s: %s", s->path, what, msg);
		return NULL;
	}
	rl_pg_fail(s, c, what, e);
	return NULL;
}

int rl_pg_run(rl_store *s, PGconn *c, const char *sql, int n, const char *const *params,
	      const char *what, rl_err *e)
{
	PGresult *r = rl_pg_exec(s, c, sql, n, params, what, e);
	if (!r)
		return e && e->code ? e->code : RL_EDB;
	PQclear(r);
	return 0;
}

const char *rl_pg_get(const PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : PQgetvalue(r, row, col);
}

int64_t rl_pg_i64(const PGresult *r, int row, int col, int64_t if_null)
{
	const char *v = rl_pg_get(r, row, col);
	return v ? strtoll(v, NULL, 10) : if_null;
}

char *rl_pg_dup(const PGresult *r, int row, int col)
{
	const char *v = rl_pg_get(r, row, col);
	return v ? strdup(v) : NULL;
}

const char *rl_pg_num(char *buf, int64_t v)
{
	snprintf(buf, 24, "%lld", (long long)v);
	return buf;
}

void rl_pg_keep(rl_store *s, PGresult *r)
{
	PQclear(s->pg->last);
	s->pg->last = r;
}

const char *rl_pg_text(const char *t, size_t n, char **tmp)
{
	const unsigned char *p = (const unsigned char *)t;
	rl_buf b = RL_BUF_INIT;
	size_t i, k;
	uint32_t cp;
	int clean = 1;

	*tmp = NULL;
	if (!t)
		return NULL;
	if (!n)
		n = strlen(t);
	for (i = 0; i < n && clean; i += k)
		if (!(k = rl_utf8_decode(p + i, n - i, &cp)) || cp == 0)
			clean = 0;
	if (clean && t[n] == '\0')
		return t;
	for (i = 0; i < n; i += k) {
		if ((k = rl_utf8_decode(p + i, n - i, &cp)) && cp) {
			rl_buf_add(&b, t + i, k);
		} else {
			rl_buf_adds(&b, "\xEF\xBF\xBD");
			k = 1;
		}
	}
	*tmp = rl_buf_detach(&b, NULL);
	return *tmp ? *tmp : "";
}

/* ---- connecting and migrating ------------------------------------------ */

static void no_notices(void *ud, const char *msg)
{
	(void)ud;
	(void)msg;
}

static PGconn *connect_url(rl_store *s, const char *url, rl_err *e)
{
	/* connect_timeout first: the URL's own value (later) overrides it */
	const char *const keys[] = {"connect_timeout", "application_name", "dbname", NULL};
	const char *const vals[] = {"10", "redline", url, NULL};
	PGconn *c = PQconnectdbParams(keys, vals, 1);

	if (!c || PQstatus(c) != CONNECTION_OK) {
		char msg[512];
		size_t n;
		snprintf(msg, sizeof msg, "%s", c ? PQerrorMessage(c) : "out of memory");
		n = strlen(msg);
		while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
			msg[--n] = '\0';
		if (s->pg->password)
			rl_secret_mask(msg, n, s->pg->password);
		rl_err_set(e, RL_EIO, "%s: cannot connect: %s", s->path, msg);
		PQfinish(c);
		return NULL;
	}
	PQsetNoticeProcessor(c, no_notices, NULL);
	return c;
}

static int pg_schema_version(rl_store *s, int *out, rl_err *e)
{
	PGresult *r = rl_pg_exec(s, NULL,
				 "SELECT CASE WHEN to_regclass('redline_schema') IS NULL THEN NULL"
				 " ELSE 1 END",
				 0, NULL, "reading schema version", e);
	*out = 0;
	if (!r)
		return e ? e->code : RL_EDB;
	if (!rl_pg_get(r, 0, 0)) {
		PQclear(r);
		return 0;
	}
	PQclear(r);
	r = rl_pg_exec(s, NULL, "SELECT max(version) FROM redline_schema", 0, NULL,
		       "reading schema version", e);
	if (!r)
		return e ? e->code : RL_EDB;
	*out = (int)rl_pg_i64(r, 0, 0, 0);
	PQclear(r);
	return 0;
}

static int migrate(rl_store *s, rl_err *e)
{
	int v, r;

	if ((r = rl_pg_run(s, NULL, "BEGIN", 0, NULL, "migrating", e)))
		return r;
	if ((r = rl_pg_run(s, NULL, "SELECT pg_advisory_xact_lock(" MIGRATE_LOCK ")", 0, NULL,
			   "locking the schema", e)) ||
	    (r = rl_pg_run(s, NULL,
			   "CREATE TABLE IF NOT EXISTS redline_schema(version INTEGER NOT NULL)", 0,
			   NULL, "creating the schema table", e)) ||
	    (r = pg_schema_version(s, &v, e)))
		goto fail;
	if (v > NMIGRATIONS) {
		r = rl_err_set(e, RL_EUNSUPP,
			       "%s: database schema version %d is newer than this redline "
			       "understands (%d); upgrade redline",
			       s->path, v, NMIGRATIONS);
		goto fail;
	}
	while (v < NMIGRATIONS) {
		char num[24];
		const char *p[1] = {rl_pg_num(num, v + 1)};
		if ((r = rl_pg_run(s, NULL, migrations[v], 0, NULL, "migrating", e)) ||
		    (r = rl_pg_run(s, NULL, "DELETE FROM redline_schema", 0, NULL, "migrating",
				   e)) ||
		    (r = rl_pg_run(s, NULL, "INSERT INTO redline_schema(version) VALUES ($1::int)",
				   1, p, "migrating", e))) {
			rl_err_prefix(e, "migrating schema to version %d", v + 1);
			goto fail;
		}
		v++;
	}
	return rl_pg_run(s, NULL, "COMMIT", 0, NULL, "migrating", e);
fail:
	PQclear(PQexec(s->pg->c, "ROLLBACK"));
	return r;
}

int rl_store_pg_open(rl_store *s, const char *url, int flags, rl_err *e)
{
	PQconninfoOption *opts, *o;
	int r, v;

	s->ops = &rl_store_pg_ops;
	if (!(s->pg = calloc(1, sizeof *s->pg)) || !(s->pg->url = strdup(url)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	s->pg->lease_ms = 30000;
	if (rl_random_hex(s->pg->owner, 16))
		return rl_err_set(e, RL_EIO, "%s: no randomness for a worker id", s->path);
	if (!(opts = PQconninfoParse(url, NULL)))
		return rl_err_set(e, RL_EINVAL, "%s: not a valid PostgreSQL URL", s->path);
	for (o = opts; o->keyword; o++)
		if (!strcmp(o->keyword, "password") && o->val && *o->val)
			s->pg->password = strdup(o->val);
	PQconninfoFree(opts);
	if (!(s->pg->c = connect_url(s, url, e)))
		return e ? e->code : RL_EIO;
	if (!s->rdonly)
		return migrate(s, e);
	if ((r = pg_schema_version(s, &v, e)))
		return r;
	if (v == 0)
		return rl_err_set(e, (flags & RL_STORE_CREATE) ? RL_EINVAL : RL_ENOTFOUND,
				  "%s: no redline campaign database here (no schema)", s->path);
	if (v > NMIGRATIONS)
		return rl_err_set(e, RL_EUNSUPP,
				  "%s: database schema version %d is newer than this redline "
				  "understands (%d)",
				  s->path, v, NMIGRATIONS);
	if (v < NMIGRATIONS)
		return rl_err_set(e, RL_EUNSUPP,
				  "%s: database schema version %d is older; run 'redline run' on "
				  "it once to migrate",
				  s->path, v);
	return 0;
}

static void pg_close(rl_store *s)
{
	struct rl_pg *p = s->pg;
	if (!p)
		return;
	if (p->registered)
		s->ops->release(s);
	PQclear(p->last);
	rl_pg_batch_discard(s);
	free(p->batch);
	if (p->c && s->in_tx)
		PQclear(PQexec(p->c, "ROLLBACK"));
	PQfinish(p->c);
	PQfinish(p->aux);
	if (p->url) {
		explicit_bzero(p->url, strlen(p->url));
		free(p->url);
	}
	if (p->password) {
		explicit_bzero(p->password, strlen(p->password));
		free(p->password);
	}
	free(p);
	s->pg = NULL;
}

static int pg_begin(rl_store *s, rl_err *e)
{
	return rl_pg_run(s, NULL, "BEGIN", 0, NULL, "starting a transaction", e);
}

static int pg_commit(rl_store *s, rl_err *e)
{
	int r = rl_pg_run(s, NULL, "COMMIT", 0, NULL, "committing", e);
	if (r) {
		rl_pg_batch_discard(s);
		PQclear(PQexec(s->pg->c, "ROLLBACK"));
	}
	return r;
}

static void pg_rollback(rl_store *s)
{
	rl_pg_batch_discard(s);
	PQclear(PQexec(s->pg->c, "ROLLBACK"));
}

/* ---- shared campaigns --------------------------------------------------- */

static PGconn *aux(rl_store *s, rl_err *e)
{
	if (s->pg->aux && PQstatus(s->pg->aux) != CONNECTION_OK) {
		PQfinish(s->pg->aux);
		s->pg->aux = NULL;
	}
	if (!s->pg->aux)
		s->pg->aux = connect_url(s, s->pg->url, e);
	return s->pg->aux;
}

static void pg_set_lease(rl_store *s, int64_t lease_ms)
{
	if (lease_ms > 0)
		s->pg->lease_ms = lease_ms;
}

static int pg_heartbeat(rl_store *s, int64_t campaign, int *others, rl_err *e)
{
	char cid[24], pid[24], lease[24], host[256];
	const char *p[5];
	PGconn *c = aux(s, e);
	PGresult *r;

	if (!c)
		return e ? e->code : RL_EIO;
	if (gethostname(host, sizeof host))
		snprintf(host, sizeof host, "?");
	host[sizeof host - 1] = '\0';
	p[0] = s->pg->owner;
	p[1] = rl_pg_num(cid, campaign);
	p[2] = host;
	p[3] = rl_pg_num(pid, (int64_t)getpid());
	p[4] = rl_pg_num(lease, s->pg->lease_ms);
	if (rl_pg_run(s, c,
		      "INSERT INTO worker(owner, campaign_id, host, pid, started_ms, expires_ms)"
		      " VALUES ($1, $2::bigint, $3, $4::bigint, " NOW_MS ", " NOW_MS
		      " + $5::bigint)"
		      " ON CONFLICT(owner) DO UPDATE SET expires_ms = " NOW_MS " + $5::bigint",
		      5, p, "renewing the worker lease", e))
		return e ? e->code : RL_EDB;
	s->pg->registered = 1;
	/* Claims of other live workers on samples with no result yet: work
	 * in flight elsewhere, which may still come back to be claimed. */
	r = rl_pg_exec(s, c,
		       "SELECT count(*) FROM claim c JOIN worker w ON w.owner = c.owner"
		       " WHERE c.campaign_id = $2::bigint AND c.owner <> $1"
		       " AND w.expires_ms > " NOW_MS " AND NOT EXISTS (SELECT 1 FROM sample s"
		       " WHERE s.campaign_id = c.campaign_id AND s.model = c.model"
		       " AND s.condition = c.condition AND s.sample_index = c.sample_index)",
		       2, p, "counting claims", e);
	if (!r)
		return e ? e->code : RL_EDB;
	*others = (int)rl_pg_i64(r, 0, 0, 0);
	PQclear(r);
	return 0;
}

static int pg_claim(rl_store *s, int64_t campaign, const char *model, const char *condition, int n,
		    int want, int *out, int *got, rl_err *e)
{
	char cid[24], nn[24], ww[24];
	const char *p[6];
	PGconn *c;
	PGresult *r;
	int i, others;

	if (!s->pg->registered && pg_heartbeat(s, campaign, &others, e))
		return e ? e->code : RL_EDB;
	if (!(c = aux(s, e)))
		return e ? e->code : RL_EIO;
	p[0] = rl_pg_num(cid, campaign);
	p[1] = model;
	p[2] = condition;
	p[3] = rl_pg_num(nn, n);
	p[4] = rl_pg_num(ww, want);
	p[5] = s->pg->owner;
	/* Candidates: not DONE, not held by a live worker (nor by us). Two
	 * workers racing for one index: the second one's insert waits for the
	 * first's and then finds its owner live, so only one gets it. */
	r = rl_pg_exec(s, c,
		       "WITH cand AS (SELECT g AS idx FROM generate_series(1, $4::int) g"
		       " WHERE NOT EXISTS (SELECT 1 FROM sample x WHERE x.campaign_id = $1::bigint"
		       " AND x.model = $2 AND x.condition = $3 AND x.sample_index = g"
		       " AND x.status = 1)"
		       " AND NOT EXISTS (SELECT 1 FROM claim k JOIN worker w ON w.owner = k.owner"
		       " WHERE k.campaign_id = $1::bigint AND k.model = $2 AND k.condition = $3"
		       " AND k.sample_index = g AND (k.owner = $6 OR w.expires_ms > " NOW_MS "))"
		       " ORDER BY g LIMIT $5::int)"
		       " INSERT INTO claim(campaign_id, model, condition, sample_index, owner)"
		       " SELECT $1::bigint, $2, $3, idx, $6 FROM cand"
		       " ON CONFLICT(campaign_id, model, condition, sample_index) DO UPDATE"
		       " SET owner = excluded.owner WHERE claim.owner <> excluded.owner"
		       " AND NOT EXISTS (SELECT 1 FROM worker w WHERE w.owner = claim.owner"
		       " AND w.expires_ms > " NOW_MS ")"
		       " RETURNING sample_index",
		       6, p, "claiming samples", e);
	if (!r)
		return e ? e->code : RL_EDB;
	for (i = 0; i < PQntuples(r) && i < want; i++)
		out[i] = (int)rl_pg_i64(r, i, 0, 0);
	*got = i;
	PQclear(r);
	/* lowest first */
	for (int a = 1; a < *got; a++)
		for (int b = a; b > 0 && out[b - 1] > out[b]; b--) {
			int t = out[b];
			out[b] = out[b - 1];
			out[b - 1] = t;
		}
	return 0;
}

static void pg_release(rl_store *s)
{
	const char *p[1] = {s->pg->owner};
	rl_err e;
	PGconn *c;

	if (!s->pg->registered || !(c = aux(s, &e)))
		return;
	rl_pg_run(s, c, "DELETE FROM claim WHERE owner = $1", 1, p, "releasing claims", &e);
	rl_pg_run(s, c, "DELETE FROM worker WHERE owner = $1", 1, p, "releasing claims", &e);
	s->pg->registered = 0;
}

const rl_store_ops rl_store_pg_ops = {
	.name = "postgresql",
	.close = pg_close,
	.schema_version = pg_schema_version,
	.begin = pg_begin,
	.commit = pg_commit,
	.rollback = pg_rollback,
	.campaign_open = rl_pg_campaign_open,
	.campaign_find = rl_pg_campaign_find,
	.campaign_get = rl_pg_campaign_get,
	.campaign_each = rl_pg_campaign_each,
	.run_begin = rl_pg_run_begin,
	.run_end = rl_pg_run_end,
	.prompt_put = rl_pg_prompt_put,
	.prompt_get = rl_pg_prompt_get,
	.condition_put = rl_pg_condition_put,
	.condition_get = rl_pg_condition_get,
	.sample_put = rl_pg_sample_put,
	.sample_done_map = rl_pg_sample_done_map,
	.model_set_aside = rl_pg_model_set_aside,
	.model_clear = rl_pg_model_clear,
	.model_aside_each = rl_pg_model_aside_each,
	.verdict_put = rl_pg_verdict_put,
	.verdict_get = rl_pg_verdict_get,
	.judge_cache_get = rl_pg_judge_cache_get,
	.judge_cache_put = rl_pg_judge_cache_put,
	.iter_samples = rl_pg_iter_samples,
	.iter_next = rl_pg_iter_next,
	.iter_free = rl_pg_iter_free,
	.counts = rl_pg_counts,
	.verdict_kinds = rl_pg_verdict_kinds,
	.model_versions = rl_pg_model_versions,
	.turn_put = rl_pg_turn_put,
	.turns_get = rl_pg_turns_get,
	.claim = pg_claim,
	.heartbeat = pg_heartbeat,
	.release = pg_release,
	.set_lease = pg_set_lease,
};
