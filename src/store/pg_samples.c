/* store/pg_samples.c: the PostgreSQL back end's campaigns, runs, prompts,
 * conditions, samples, models set aside, verdicts, judge cache, sample
 * iteration and counts: the same statements as sqlite_*.c in PostgreSQL's
 * dialect (see store/pg_int.h for the rules every value follows). */
#include "store/pg_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"

#define NP RL_PG_NP
#define ERRC(e) ((e) && (e)->code ? (e)->code : RL_EDB)

int rl_pg_campaign_open(rl_store *s, const char *experiment_id, const char *snap, const char *hash,
			const char *pack, int64_t *id, rl_err *e)
{
	char now[24];
	const char *p[5] = {experiment_id, hash, snap, pack, rl_pg_num(now, rl_wall_ms())};
	/* One statement: workers starting together both succeed, on one row. */
	PGresult *r =
		rl_pg_exec(s, NULL,
			   "INSERT INTO campaign(experiment_id, config_hash, config_json, pack,"
			   " created_ms, updated_ms) VALUES ($1, $2, $3, $4, $5::bigint,"
			   " $5::bigint) ON CONFLICT(experiment_id) DO UPDATE SET"
			   " config_hash = excluded.config_hash,"
			   " config_json = excluded.config_json, pack = excluded.pack,"
			   " updated_ms = excluded.updated_ms RETURNING id",
			   5, p, "opening campaign", e);
	if (!r)
		return ERRC(e);
	*id = rl_pg_i64(r, 0, 0, 0);
	PQclear(r);
	return 0;
}

int rl_pg_campaign_find(rl_store *s, const char *experiment_id, int64_t *id, rl_err *e)
{
	const char *p[1] = {experiment_id};
	PGresult *r =
		experiment_id
			? rl_pg_exec(s, NULL, "SELECT id FROM campaign WHERE experiment_id = $1", 1,
				     p, "finding campaign", e)
			: rl_pg_exec(s, NULL,
				     "SELECT id FROM campaign ORDER BY updated_ms DESC, id DESC"
				     " LIMIT 1",
				     0, NULL, "finding campaign", e);
	if (!r)
		return ERRC(e);
	if (PQntuples(r) < 1) {
		PQclear(r);
		return experiment_id ? rl_err_set(e, RL_ENOTFOUND, "%s: no campaign '%s'", s->path,
						  experiment_id)
				     : rl_err_set(e, RL_ENOTFOUND, "%s: no campaign recorded yet",
						  s->path);
	}
	*id = rl_pg_i64(r, 0, 0, 0);
	PQclear(r);
	return 0;
}

#define CAMP_COLS "id, experiment_id, config_hash, config_json, pack, created_ms, updated_ms"

static void camp_from_row(PGresult *r, int i, rl_campaign *c, int copy)
{
	c->id = rl_pg_i64(r, i, 0, 0);
	if (copy) {
		c->experiment_id = rl_pg_dup(r, i, 1);
		c->config_hash = rl_pg_dup(r, i, 2);
		c->config_json = rl_pg_dup(r, i, 3);
		c->pack = rl_pg_dup(r, i, 4);
	} else {
		c->experiment_id = (char *)rl_pg_get(r, i, 1);
		c->config_hash = (char *)rl_pg_get(r, i, 2);
		c->config_json = (char *)rl_pg_get(r, i, 3);
		c->pack = (char *)rl_pg_get(r, i, 4);
	}
	c->created_ms = rl_pg_i64(r, i, 5, 0);
	c->updated_ms = rl_pg_i64(r, i, 6, 0);
}

/* One row by id, or RL_ENOTFOUND "no <what> with id N". */
static PGresult *row_by_id(rl_store *s, const char *sql, int64_t id, const char *what, rl_err *e)
{
	char num[24], doing[64];
	const char *p[1] = {rl_pg_num(num, id)};
	PGresult *r;

	snprintf(doing, sizeof doing, "reading %s", what);
	if (!(r = rl_pg_exec(s, NULL, sql, 1, p, doing, e)))
		return NULL;
	if (PQntuples(r) < 1) {
		PQclear(r);
		rl_err_set(e, RL_ENOTFOUND, "%s: no %s with id %lld", s->path, what, (long long)id);
		return NULL;
	}
	return r;
}

int rl_pg_campaign_get(rl_store *s, int64_t id, rl_campaign *out, rl_err *e)
{
	PGresult *r = row_by_id(s, "SELECT " CAMP_COLS " FROM campaign WHERE id = $1::bigint", id,
				"campaign", e);
	if (!r)
		return ERRC(e);
	camp_from_row(r, 0, out, 1);
	PQclear(r);
	if (!out->experiment_id || !out->config_json) {
		rl_campaign_free(out);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	return 0;
}

int rl_pg_campaign_each(rl_store *s, int (*fn)(void *ud, const rl_campaign *c), void *ud, rl_err *e)
{
	PGresult *r = rl_pg_exec(
		s, NULL, "SELECT " CAMP_COLS " FROM campaign ORDER BY updated_ms DESC, id DESC", 0,
		NULL, "listing campaigns", e);
	int i;
	if (!r)
		return ERRC(e);
	for (i = 0; i < PQntuples(r); i++) {
		rl_campaign c;
		camp_from_row(r, i, &c, 0);
		if (fn(ud, &c))
			break;
	}
	PQclear(r);
	return 0;
}

int rl_pg_run_begin(rl_store *s, int64_t campaign, const char *argv_summary, int64_t *run_id,
		    rl_err *e)
{
	char c[24], pid[24], now[24];
	const char *p[4] = {rl_pg_num(c, campaign), argv_summary, rl_pg_num(pid, getpid()),
			    rl_pg_num(now, rl_wall_ms())};
	PGresult *r =
		rl_pg_exec(s, NULL,
			   "INSERT INTO run_log(campaign_id, config_hash, argv, pid, started_ms)"
			   " SELECT id, config_hash, $2, $3::bigint, $4::bigint FROM campaign"
			   " WHERE id = $1::bigint RETURNING id",
			   4, p, "recording run", e);
	if (!r)
		return ERRC(e);
	if (PQntuples(r) != 1) {
		PQclear(r);
		return rl_err_set(e, RL_ENOTFOUND, "%s: no campaign with id %lld", s->path,
				  (long long)campaign);
	}
	*run_id = rl_pg_i64(r, 0, 0, 0);
	PQclear(r);
	return 0;
}

int rl_pg_run_end(rl_store *s, int64_t run_id, const char *outcome, rl_err *e)
{
	char id[24], now[24], *tmp;
	const char *p[3] = {rl_pg_num(id, run_id), rl_pg_num(now, rl_wall_ms()),
			    rl_pg_text(outcome, 0, &tmp)};
	int r = rl_pg_run(s, NULL,
			  "UPDATE run_log SET ended_ms = $2::bigint, outcome = $3"
			  " WHERE id = $1::bigint",
			  3, p, "recording run end", e);
	free(tmp);
	return r;
}

int rl_pg_prompt_put(rl_store *s, rl_prompt *pr, int64_t *id, rl_err *e)
{
	char now[24], *t1, *t2, *t3;
	const char *p[5] = {pr->hash, rl_pg_text(pr->system ? pr->system : "", 0, &t1),
			    rl_pg_text(pr->user ? pr->user : "", 0, &t2),
			    rl_pg_text(pr->email, 0, &t3), rl_pg_num(now, rl_wall_ms())};
	PGresult *r =
		rl_pg_exec(s, NULL,
			   "WITH ins AS (INSERT INTO prompt(hash, system, \"user\", email,"
			   " created_ms) VALUES ($1, $2, $3, $4, $5::bigint)"
			   " ON CONFLICT(hash) DO NOTHING RETURNING id)"
			   " SELECT id FROM ins UNION ALL SELECT id FROM prompt WHERE hash = $1",
			   5, p, "storing prompt", e);
	free(t1);
	free(t2);
	free(t3);
	if (!r)
		return ERRC(e);
	if (PQntuples(r) < 1) {
		/* Another worker inserted it meanwhile: the statement's snapshot
		 * predates that commit; a new statement sees it. */
		PQclear(r);
		r = rl_pg_exec(s, NULL, "SELECT id FROM prompt WHERE hash = $1", 1, p,
			       "storing prompt", e);
		if (!r)
			return ERRC(e);
		if (PQntuples(r) < 1) {
			PQclear(r);
			return rl_err_set(e, RL_EDB, "%s: storing prompt: no row", s->path);
		}
	}
	*id = rl_pg_i64(r, 0, 0, 0);
	PQclear(r);
	return 0;
}

int rl_pg_prompt_get(rl_store *s, int64_t id, rl_prompt *out, rl_err *e)
{
	PGresult *r = row_by_id(s,
				"SELECT hash, system, \"user\", email FROM prompt"
				" WHERE id = $1::bigint",
				id, "prompt", e);
	if (!r)
		return ERRC(e);
	snprintf(out->hash, sizeof out->hash, "%s", rl_pg_get(r, 0, 0) ? rl_pg_get(r, 0, 0) : "");
	out->system = rl_pg_dup(r, 0, 1);
	out->user = rl_pg_dup(r, 0, 2);
	out->email = rl_pg_dup(r, 0, 3);
	PQclear(r);
	if (!out->system || !out->user) {
		rl_prompt_free(out);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	return 0;
}

int rl_pg_condition_put(rl_store *s, int64_t campaign, const char *condition, const char *scenario,
			int64_t prompt_id, const char *metadata_json, rl_err *e)
{
	char c[24], pid[24], *tmp;
	const char *p[5] = {rl_pg_num(c, campaign), condition, scenario,
			    prompt_id > 0 ? rl_pg_num(pid, prompt_id) : NULL,
			    rl_pg_text(metadata_json, 0, &tmp)};
	int r = rl_pg_run(s, NULL,
			  "INSERT INTO campaign_condition(campaign_id, condition, scenario,"
			  " prompt_id, metadata_json) VALUES ($1::bigint, $2, $3, $4::bigint, $5)"
			  " ON CONFLICT(campaign_id, condition) DO UPDATE SET"
			  " scenario = excluded.scenario, prompt_id = excluded.prompt_id,"
			  " metadata_json = excluded.metadata_json",
			  5, p, "storing condition", e);
	free(tmp);
	return r;
}

int rl_pg_condition_get(rl_store *s, int64_t campaign, const char *condition, int64_t *prompt_id,
			char **scenario, char **metadata_json, rl_err *e)
{
	char c[24];
	const char *p[2] = {rl_pg_num(c, campaign), condition};
	PGresult *r = rl_pg_exec(s, NULL,
				 "SELECT prompt_id, scenario, metadata_json FROM campaign_condition"
				 " WHERE campaign_id = $1::bigint AND condition = $2",
				 2, p, "reading condition", e);
	if (!r)
		return ERRC(e);
	if (PQntuples(r) < 1) {
		PQclear(r);
		return rl_err_set(e, RL_ENOTFOUND, "%s: condition '%s' not in campaign %lld",
				  s->path, condition, (long long)campaign);
	}
	if (prompt_id)
		*prompt_id = rl_pg_i64(r, 0, 0, 0);
	if (scenario)
		*scenario = rl_pg_dup(r, 0, 1);
	if (metadata_json)
		*metadata_json = rl_pg_dup(r, 0, 2);
	PQclear(r);
	return 0;
}

/* ---- samples ---------------------------------------------------------- */

static const char *opt_num(char *buf, int64_t v)
{
	return v < 0 ? NULL : rl_pg_num(buf, v);
}

#define SAMPLE_INSERT                                                                              \
	"INSERT INTO sample AS o(campaign_id, model, condition, sample_index, prompt_id,"          \
	" request_hash, status, response, reasoning, tool_calls, finish_reason,"                   \
	" input_tokens, output_tokens, reasoning_tokens, latency_ms, attempts, error,"             \
	" mock, started_ms, finished_ms, model_reported) VALUES "
#define SAMPLE_VALUES                                                                              \
	"($%d::bigint, $%d, $%d, $%d::int, $%d::bigint, $%d, $%d::int, $%d, $%d, $%d,"             \
	" $%d, $%d::bigint, $%d::bigint, $%d::bigint, $%d::bigint, $%d::int, $%d,"                 \
	" $%d::int, $%d::bigint, $%d::bigint, $%d)"
#define SAMPLE_UPSERT                                                                              \
	" ON CONFLICT(campaign_id, model, condition, sample_index) DO UPDATE SET"                  \
	" prompt_id = excluded.prompt_id, request_hash = excluded.request_hash,"                   \
	" status = excluded.status, response = excluded.response,"                                 \
	" reasoning = excluded.reasoning, tool_calls = excluded.tool_calls,"                       \
	" finish_reason = excluded.finish_reason,"                                                 \
	" input_tokens = excluded.input_tokens,"                                                   \
	" output_tokens = excluded.output_tokens,"                                                 \
	" reasoning_tokens = excluded.reasoning_tokens,"                                           \
	" latency_ms = excluded.latency_ms,"                                                       \
	" attempts = o.attempts + excluded.attempts, error = excluded.error,"                      \
	" mock = excluded.mock, started_ms = excluded.started_ms,"                                 \
	" finished_ms = excluded.finished_ms, model_reported = excluded.model_reported"            \
	" WHERE o.status <> 1"

static void add_values(rl_buf *sql, int row)
{
	int b = row * NP;
	rl_buf_addf(sql, SAMPLE_VALUES, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8,
		    b + 9, b + 10, b + 11, b + 12, b + 13, b + 14, b + 15, b + 16, b + 17, b + 18,
		    b + 19, b + 20, b + 21);
}

void rl_pg_batch_discard(rl_store *s)
{
	int i, k;
	for (i = 0; i < s->pg->nbatch; i++)
		for (k = 0; k < NP; k++)
			free(s->pg->batch[i][k]);
	s->pg->nbatch = 0;
}

int rl_pg_batch_flush(rl_store *s, rl_err *e)
{
	rl_buf sql = RL_BUF_INIT;
	const char **p;
	int i, n = s->pg->nbatch, rc = 0;

	if (!n)
		return 0;
	p = malloc((size_t)n * NP * sizeof *p);
	rl_buf_adds(&sql, SAMPLE_INSERT);
	for (i = 0; i < n; i++) {
		if (i)
			rl_buf_addc(&sql, ',');
		add_values(&sql, i);
		if (p)
			memcpy(p + i * NP, s->pg->batch[i], NP * sizeof *p);
	}
	rl_buf_adds(&sql, SAMPLE_UPSERT);
	if (!p || !sql.s) {
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	} else {
		s->pg->flushing = 1;
		rc = rl_pg_run(s, NULL, sql.s, n * NP, p, "storing samples", e);
		s->pg->flushing = 0;
	}
	free(p);
	rl_buf_free(&sql);
	rl_pg_batch_discard(s);
	return rc;
}

/* The NP parameters of one sample row (tmp: copies made valid UTF-8). */
static void sample_params(const rl_sample *m, char n[11][24], char *tmp[7], const char *p[NP])
{
	p[0] = rl_pg_num(n[0], m->campaign);
	p[1] = rl_pg_text(m->model, 0, &tmp[0]);
	p[2] = rl_pg_text(m->condition, 0, &tmp[1]);
	p[3] = rl_pg_num(n[1], m->index);
	p[4] = m->prompt_id > 0 ? rl_pg_num(n[2], m->prompt_id) : NULL;
	p[5] = m->request_hash;
	p[6] = rl_pg_num(n[3], m->status);
	p[7] = rl_pg_text(m->response, m->response_len, &tmp[2]);
	p[8] = rl_pg_text(m->reasoning, m->reasoning_len, &tmp[3]);
	p[9] = rl_pg_text(m->tool_calls, 0, &tmp[4]);
	p[10] = m->finish_reason;
	p[11] = opt_num(n[4], m->input_tokens);
	p[12] = opt_num(n[5], m->output_tokens);
	p[13] = opt_num(n[6], m->reasoning_tokens);
	p[14] = opt_num(n[7], m->latency_ms);
	p[15] = rl_pg_num(n[8], m->attempts);
	p[16] = rl_pg_text(m->error, 0, &tmp[5]);
	p[17] = m->mock ? "1" : "0";
	p[18] = rl_pg_num(n[9], m->started_ms);
	p[19] = rl_pg_num(n[10], m->finished_ms);
	p[20] = m->model_reported && m->model_reported[0]
			? rl_pg_text(m->model_reported, 0, &tmp[6])
			: (tmp[6] = NULL, NULL);
}

/* In a transaction: queue the row (see pg_int.h). A row for a key already
 * queued sends the queue first (one INSERT cannot touch a row twice). */
static int batch_add(rl_store *s, const char *const p[NP], rl_err *e)
{
	struct rl_pg *g = s->pg;
	int i, k;
	for (i = 0; i < g->nbatch; i++)
		if (!strcmp(g->batch[i][0], p[0]) && !strcmp(g->batch[i][1], p[1]) &&
		    !strcmp(g->batch[i][2], p[2]) && !strcmp(g->batch[i][3], p[3]))
			break;
	if ((i < g->nbatch || g->nbatch == RL_PG_BATCH) && rl_pg_batch_flush(s, e))
		return e && e->code ? e->code : RL_EDB;
	if (!g->batch && !(g->batch = calloc(RL_PG_BATCH, sizeof *g->batch)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (k = 0; k < NP; k++) {
		g->batch[g->nbatch][k] = p[k] ? strdup(p[k]) : NULL;
		if (p[k] && !g->batch[g->nbatch][k]) {
			while (k-- > 0)
				free(g->batch[g->nbatch][k]);
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		}
	}
	g->nbatch++;
	return 0;
}

int rl_pg_sample_put(rl_store *s, const rl_sample *m, rl_err *e)
{
	char n[11][24], *tmp[7],
		sql[sizeof SAMPLE_INSERT + sizeof SAMPLE_VALUES + sizeof SAMPLE_UPSERT + 64];
	const char *p[NP];
	PGresult *r;
	int rc = 0, i;

	sample_params(m, n, tmp, p);
	if (s->in_tx) {
		rc = batch_add(s, p, e);
	} else {
		snprintf(sql, sizeof sql, "%s" SAMPLE_VALUES "%s", SAMPLE_INSERT, 1, 2, 3, 4, 5, 6,
			 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, SAMPLE_UPSERT);
		r = rl_pg_exec(s, NULL, sql, NP, p, "storing sample", e);
		if (!r) {
			rc = ERRC(e);
		} else {
			if (!strcmp(PQcmdTuples(r), "0"))
				rc = rl_err_set(e, RL_EEXIST,
						"store: sample %d of %s / %s is already done; not "
						"overwritten",
						m->index, m->model, m->condition);
			PQclear(r);
		}
	}
	for (i = 0; i < 7; i++)
		free(tmp[i]);
	return rc;
}

int rl_pg_sample_done_map(rl_store *s, int64_t campaign, const char *model, const char *condition,
			  unsigned char *done, int n, rl_err *e)
{
	char c[24];
	const char *p[3] = {rl_pg_num(c, campaign), model, condition};
	PGresult *r = rl_pg_exec(s, NULL,
				 "SELECT sample_index FROM sample WHERE campaign_id = $1::bigint"
				 " AND model = $2 AND condition = $3 AND status = 1",
				 3, p, "reading finished samples", e);
	int i;
	if (!r)
		return ERRC(e);
	for (i = 0; i < PQntuples(r); i++) {
		int64_t k = rl_pg_i64(r, i, 0, 0);
		if (k >= 1 && k <= n)
			done[k - 1] = 1;
	}
	PQclear(r);
	return 0;
}

int rl_pg_model_set_aside(rl_store *s, int64_t campaign, const char *model, const char *reason,
			  rl_err *e)
{
	char c[24], now[24], *tmp;
	const char *p[4] = {rl_pg_num(c, campaign), model, rl_pg_text(reason, 0, &tmp),
			    rl_pg_num(now, rl_wall_ms())};
	int r = rl_pg_run(s, NULL,
			  "INSERT INTO model_aside(campaign_id, model, reason, at_ms)"
			  " VALUES ($1::bigint, $2, $3, $4::bigint) ON CONFLICT(campaign_id, model)"
			  " DO UPDATE SET reason = excluded.reason, at_ms = excluded.at_ms",
			  4, p, "recording model set aside", e);
	free(tmp);
	return r;
}

int rl_pg_model_clear(rl_store *s, int64_t campaign, const char *model, rl_err *e)
{
	char c[24];
	const char *p[2] = {rl_pg_num(c, campaign), model};
	return rl_pg_run(s, NULL,
			 "DELETE FROM model_aside WHERE campaign_id = $1::bigint AND model = $2", 2,
			 p, "clearing model set aside", e);
}

int rl_pg_model_aside_each(rl_store *s, int64_t campaign,
			   int (*fn)(void *ud, const char *model, const char *reason,
				     int64_t at_ms),
			   void *ud, rl_err *e)
{
	char c[24];
	const char *p[1] = {rl_pg_num(c, campaign)};
	PGresult *r = rl_pg_exec(s, NULL,
				 "SELECT model, reason, at_ms FROM model_aside"
				 " WHERE campaign_id = $1::bigint ORDER BY model",
				 1, p, "listing models set aside", e);
	int i;
	if (!r)
		return ERRC(e);
	for (i = 0; i < PQntuples(r); i++)
		if (fn(ud, rl_pg_get(r, i, 0), rl_pg_get(r, i, 1), rl_pg_i64(r, i, 2, 0)))
			break;
	PQclear(r);
	return 0;
}

/* ---- verdicts and judge cache ----------------------------------------- */

int rl_pg_verdict_put(rl_store *s, const rl_verdict *v, rl_err *e)
{
	char id[24], now[24], *tmp[5];
	const char *p[10];
	int r, i;

	p[0] = rl_pg_num(id, v->sample_id);
	p[1] = v->mode;
	p[2] = v->judge_model ? v->judge_model : "";
	p[3] = v->harmful == 1 ? "1" : v->harmful == 0 ? "0" : NULL;
	p[4] = rl_pg_text(v->unknown_reason, 0, &tmp[0]);
	p[5] = rl_pg_text(v->rules_json, 0, &tmp[1]);
	p[6] = rl_pg_text(v->judge_verdict, 0, &tmp[2]);
	p[7] = rl_pg_text(v->judge_reasoning, 0, &tmp[3]);
	p[8] = rl_pg_text(v->awareness, 0, &tmp[4]);
	p[9] = rl_pg_num(now, rl_wall_ms());
	r = rl_pg_run(s, NULL,
		      "INSERT INTO verdict(sample_id, mode, judge_model, harmful, unknown_reason,"
		      " rules_json, judge_verdict, judge_reasoning, awareness, created_ms)"
		      " VALUES ($1::bigint, $2, $3, $4::int, $5, $6, $7, $8, $9, $10::bigint)"
		      " ON CONFLICT(sample_id, mode, judge_model) DO UPDATE SET"
		      " harmful = excluded.harmful, unknown_reason = excluded.unknown_reason,"
		      " rules_json = excluded.rules_json, judge_verdict = excluded.judge_verdict,"
		      " judge_reasoning = excluded.judge_reasoning,"
		      " awareness = excluded.awareness, created_ms = excluded.created_ms",
		      10, p, "storing verdict", e);
	for (i = 0; i < 5; i++)
		free(tmp[i]);
	return r;
}

#define VERDICT_COLS                                                                               \
	"sample_id, mode, judge_model, harmful, unknown_reason, rules_json, judge_verdict,"        \
	" judge_reasoning, awareness, created_ms"

static void verdict_from_row(PGresult *r, int i, int c, rl_verdict *v)
{
	v->sample_id = rl_pg_i64(r, i, c, 0);
	v->mode = rl_pg_get(r, i, c + 1);
	v->judge_model = rl_pg_get(r, i, c + 2);
	v->harmful = (int)rl_pg_i64(r, i, c + 3, -1);
	v->unknown_reason = rl_pg_get(r, i, c + 4);
	v->rules_json = rl_pg_get(r, i, c + 5);
	v->judge_verdict = rl_pg_get(r, i, c + 6);
	v->judge_reasoning = rl_pg_get(r, i, c + 7);
	v->awareness = rl_pg_get(r, i, c + 8);
	v->created_ms = rl_pg_i64(r, i, c + 9, 0);
}

int rl_pg_verdict_get(rl_store *s, int64_t sample_id, const char *mode, const char *judge,
		      rl_verdict *out, rl_err *e)
{
	char id[24];
	const char *p[3] = {rl_pg_num(id, sample_id), mode, judge};
	PGresult *r = rl_pg_exec(s, NULL,
				 "SELECT " VERDICT_COLS " FROM verdict WHERE sample_id = $1::bigint"
				 " AND mode = $2 AND judge_model = $3",
				 3, p, "reading verdict", e);
	if (!r)
		return ERRC(e);
	if (PQntuples(r) < 1) {
		PQclear(r);
		return 0;
	}
	rl_pg_keep(s, r); /* the strings stay valid until the next such call */
	verdict_from_row(r, 0, 0, out);
	return 1;
}

int rl_pg_judge_cache_get(rl_store *s, const char *judge, const char *prompt_hash,
			  const char *response_hash, rl_buf *answer, rl_err *e)
{
	const char *p[3] = {judge, prompt_hash, response_hash};
	PGresult *r = rl_pg_exec(s, NULL,
				 "SELECT answer FROM judge_cache WHERE judge_model = $1"
				 " AND prompt_hash = $2 AND response_hash = $3",
				 3, p, "reading judge cache", e);
	int rc = 0;
	if (!r)
		return ERRC(e);
	if (PQntuples(r) > 0) {
		rc = rl_buf_add(answer, PQgetvalue(r, 0, 0), (size_t)PQgetlength(r, 0, 0))
			     ? rl_err_set(e, RL_ENOMEM, "out of memory")
			     : 1;
	}
	PQclear(r);
	return rc;
}

int rl_pg_judge_cache_put(rl_store *s, const char *judge, const char *prompt_hash,
			  const char *response_hash, const char *answer, size_t len, rl_err *e)
{
	char now[24], *tmp;
	const char *p[5] = {judge, prompt_hash, response_hash,
			    len ? rl_pg_text(answer, len, &tmp) : (tmp = NULL, ""),
			    rl_pg_num(now, rl_wall_ms())};
	int r = rl_pg_run(s, NULL,
			  "INSERT INTO judge_cache(judge_model, prompt_hash, response_hash, answer,"
			  " created_ms) VALUES ($1, $2, $3, $4, $5::bigint)"
			  " ON CONFLICT(judge_model, prompt_hash, response_hash) DO UPDATE SET"
			  " answer = excluded.answer, created_ms = excluded.created_ms",
			  5, p, "storing judge answer", e);
	free(tmp);
	return r;
}

/* ---- iteration and counts -------------------------------------------- */

#define SAMPLE_COLS                                                                                \
	"s.id, s.campaign_id, s.model, s.condition, s.sample_index, s.prompt_id,"                  \
	" s.request_hash, s.status, s.response, s.reasoning, s.tool_calls, s.finish_reason,"       \
	" s.input_tokens, s.output_tokens, s.reasoning_tokens, s.latency_ms, s.attempts,"          \
	" s.error, s.mock, s.started_ms, s.finished_ms"
#define NSAMPLE_COLS 21
#define PAGE "500"

static void sample_from_row(PGresult *r, int i, rl_sample *m)
{
	m->id = rl_pg_i64(r, i, 0, 0);
	m->campaign = rl_pg_i64(r, i, 1, 0);
	m->model = rl_pg_get(r, i, 2);
	m->condition = rl_pg_get(r, i, 3);
	m->index = (int)rl_pg_i64(r, i, 4, 0);
	m->prompt_id = rl_pg_i64(r, i, 5, 0);
	m->request_hash = rl_pg_get(r, i, 6);
	m->status = (int)rl_pg_i64(r, i, 7, 0);
	m->response = rl_pg_get(r, i, 8);
	m->response_len = m->response ? (size_t)PQgetlength(r, i, 8) : 0;
	m->reasoning = rl_pg_get(r, i, 9);
	m->reasoning_len = m->reasoning ? (size_t)PQgetlength(r, i, 9) : 0;
	m->tool_calls = rl_pg_get(r, i, 10);
	m->finish_reason = rl_pg_get(r, i, 11);
	m->input_tokens = rl_pg_i64(r, i, 12, -1);
	m->output_tokens = rl_pg_i64(r, i, 13, -1);
	m->reasoning_tokens = rl_pg_i64(r, i, 14, -1);
	m->latency_ms = rl_pg_i64(r, i, 15, -1);
	m->attempts = (int)rl_pg_i64(r, i, 16, 0);
	m->error = rl_pg_get(r, i, 17);
	m->mock = (int)rl_pg_i64(r, i, 18, 0);
	m->started_ms = rl_pg_i64(r, i, 19, 0);
	m->finished_ms = rl_pg_i64(r, i, 20, 0);
}

/* A page of at most PAGE rows after the last key seen (keyset
 * pagination: no cursor or transaction stays open between pages, so the
 * caller may write verdicts while it iterates). */
static int fetch_page(rl_sample_iter *it, rl_err *e)
{
	char c[24], st[24], lc[24], li[24];
	const char *p[10];
	rl_buf sql = RL_BUF_INIT;
	int k;

	PQclear(it->res);
	it->res = NULL;
	rl_buf_adds(&sql, "SELECT " SAMPLE_COLS);
	if (it->with_verdict)
		rl_buf_adds(&sql, ", v.sample_id, v.mode, v.judge_model, v.harmful,"
				  " v.unknown_reason, v.rules_json, v.judge_verdict,"
				  " v.judge_reasoning, v.awareness, v.created_ms"
				  " FROM sample s LEFT JOIN verdict v ON v.sample_id = s.id"
				  " AND v.mode = $5 AND v.judge_model = $6");
	else
		rl_buf_adds(&sql, " FROM sample s");
	/* the key parameters follow the filter's ($5, $6 only with a verdict) */
	k = it->with_verdict ? 7 : 5;
	rl_buf_addf(&sql,
		    " WHERE ($1::bigint = 0 OR s.campaign_id = $1::bigint)"
		    " AND ($2::text IS NULL OR s.model = $2) AND ($3::text IS NULL"
		    " OR s.condition = $3) AND ($4::int = 0 OR s.status = $4::int)"
		    " AND (s.campaign_id, s.model, s.condition, s.sample_index) >"
		    " ($%d::bigint, $%d, $%d, $%d::int)",
		    k, k + 1, k + 2, k + 3);
	if (it->with_verdict && it->f.unclassified_only)
		rl_buf_adds(&sql, " AND v.id IS NULL");
	rl_buf_adds(&sql, " ORDER BY s.campaign_id, s.model, s.condition, s.sample_index"
			  " LIMIT " PAGE);
	p[0] = rl_pg_num(c, it->f.campaign);
	p[1] = it->fmodel;
	p[2] = it->fcond;
	p[3] = rl_pg_num(st, it->f.status);
	if (it->with_verdict) {
		p[4] = it->fmode ? it->fmode : "";
		p[5] = it->fjudge ? it->fjudge : "";
	}
	p[k - 1] = rl_pg_num(lc, it->last_campaign);
	p[k] = it->last_model ? it->last_model : "";
	p[k + 1] = it->last_cond ? it->last_cond : "";
	p[k + 2] = rl_pg_num(li, it->last_index);
	if (!sql.s)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	it->res = rl_pg_exec(it->s, NULL, sql.s, k + 3, p, "listing samples", e);
	rl_buf_free(&sql);
	if (!it->res)
		return ERRC(e);
	it->row = 0;
	it->nrows = PQntuples(it->res);
	it->done = it->nrows < atoi(PAGE);
	return 0;
}

int rl_pg_iter_samples(rl_store *s, const rl_sample_filter *f, rl_sample_iter *it, rl_err *e)
{
	(void)s;
	it->f = *f;
	it->last_campaign = -1;
	if ((f->model && !(it->fmodel = strdup(f->model))) ||
	    (f->condition && !(it->fcond = strdup(f->condition))) ||
	    (f->mode && !(it->fmode = strdup(f->mode))) ||
	    !(it->fjudge = strdup(f->judge ? f->judge : "")))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	return fetch_page(it, e);
}

int rl_pg_iter_next(rl_sample_iter *it, rl_err *e)
{
	it->has_verdict = 0;
	if (it->row >= it->nrows) {
		if (it->done || !it->nrows)
			return 0;
		/* the next page starts after the last row of this one */
		free(it->last_model);
		free(it->last_cond);
		it->last_campaign = rl_pg_i64(it->res, it->nrows - 1, 1, 0);
		it->last_model = rl_pg_dup(it->res, it->nrows - 1, 2);
		it->last_cond = rl_pg_dup(it->res, it->nrows - 1, 3);
		it->last_index = rl_pg_i64(it->res, it->nrows - 1, 4, 0);
		if (!it->last_model || !it->last_cond)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		if (fetch_page(it, e))
			return ERRC(e);
		if (!it->nrows)
			return 0;
	}
	sample_from_row(it->res, it->row, &it->smp);
	if (it->with_verdict && !PQgetisnull(it->res, it->row, NSAMPLE_COLS)) {
		verdict_from_row(it->res, it->row, NSAMPLE_COLS, &it->v);
		it->has_verdict = 1;
	}
	it->row++;
	return 1;
}

void rl_pg_iter_free(rl_sample_iter *it)
{
	PQclear(it->res);
	free(it->fmodel);
	free(it->fcond);
	free(it->fmode);
	free(it->fjudge);
	free(it->last_model);
	free(it->last_cond);
}

int rl_pg_counts(rl_store *s, int64_t campaign, const char *mode, const char *judge,
		 rl_store_count **rows, size_t *n, rl_err *e)
{
	char c[24];
	const char *p[3] = {rl_pg_num(c, campaign), mode, judge};
	PGresult *r = rl_pg_exec(
		s, NULL,
		"SELECT s.model, s.condition, COUNT(*),"
		" COUNT(*) FILTER (WHERE s.status = 1), COUNT(*) FILTER (WHERE s.status = 2),"
		" COUNT(*) FILTER (WHERE s.status = 1 AND v.harmful = 1),"
		" COUNT(*) FILTER (WHERE s.status = 1 AND v.harmful = 0),"
		" COUNT(*) FILTER (WHERE s.status = 1 AND v.id IS NOT NULL AND v.harmful IS NULL),"
		" COUNT(*) FILTER (WHERE s.status = 1 AND v.id IS NULL),"
		" COALESCE(SUM(s.input_tokens) FILTER (WHERE s.status = 1 AND s.input_tokens > 0), 0),"
		" COALESCE(SUM(s.output_tokens) FILTER (WHERE s.status = 1"
		" AND s.output_tokens > 0), 0),"
		" COALESCE(SUM(s.reasoning_tokens) FILTER (WHERE s.status = 1"
		" AND s.reasoning_tokens > 0), 0),"
		" COUNT(*) FILTER (WHERE s.status = 1 AND s.mock = 1)"
		" FROM sample s LEFT JOIN verdict v ON v.sample_id = s.id AND v.mode = $2"
		" AND v.judge_model = $3"
		" WHERE ($1::bigint = 0 OR s.campaign_id = $1::bigint)"
		" GROUP BY s.model, s.condition ORDER BY s.model, s.condition",
		3, p, "counting samples", e);
	rl_store_count *v;
	int i, k;
	if (!r)
		return ERRC(e);
	v = calloc((size_t)PQntuples(r) + 1, sizeof *v);
	if (!v) {
		PQclear(r);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (i = 0; i < PQntuples(r); i++) {
		int64_t x[11];
		v[i].model = rl_pg_dup(r, i, 0);
		v[i].condition = rl_pg_dup(r, i, 1);
		for (k = 0; k < 11; k++)
			x[k] = rl_pg_i64(r, i, k + 2, 0);
		v[i].samples = x[0];
		v[i].done = x[1];
		v[i].errors = x[2];
		v[i].harmful = x[3];
		v[i].not_harmful = x[4];
		v[i].unknown = x[5];
		v[i].unclassified = mode ? x[6] : 0;
		v[i].input_tokens = x[7];
		v[i].output_tokens = x[8];
		v[i].reasoning_tokens = x[9];
		v[i].mock = x[10];
	}
	*rows = v;
	*n = (size_t)PQntuples(r);
	PQclear(r);
	return 0;
}

int rl_pg_verdict_kinds(rl_store *s, int64_t campaign,
			int (*fn)(void *ud, const char *mode, const char *judge, int64_t n,
				  int64_t last_ms),
			void *ud, rl_err *e)
{
	char c[24];
	const char *p[1] = {rl_pg_num(c, campaign)};
	PGresult *r = rl_pg_exec(s, NULL,
				 "SELECT v.mode, v.judge_model, COUNT(*), MAX(v.created_ms)"
				 " FROM verdict v JOIN sample s ON s.id = v.sample_id"
				 " WHERE ($1::bigint = 0 OR s.campaign_id = $1::bigint)"
				 " GROUP BY v.mode, v.judge_model ORDER BY MAX(v.created_ms) DESC,"
				 " COUNT(*) DESC, v.mode, v.judge_model",
				 1, p, "reading verdict kinds", e);
	int i;
	if (!r)
		return ERRC(e);
	for (i = 0; i < PQntuples(r); i++)
		if (fn(ud, rl_pg_get(r, i, 0), rl_pg_get(r, i, 1), rl_pg_i64(r, i, 2, 0),
		       rl_pg_i64(r, i, 3, 0)))
			break;
	PQclear(r);
	return 0;
}

int rl_pg_model_versions(rl_store *s, int64_t campaign,
			 int (*fn)(void *ud, const char *model, const char *reported, int64_t n),
			 void *ud, rl_err *e)
{
	char c[24];
	const char *p[1] = {rl_pg_num(c, campaign)};
	PGresult *r = rl_pg_exec(s, NULL,
				 "SELECT model, model_reported, COUNT(*) FROM sample"
				 " WHERE campaign_id = $1::bigint AND status = 1"
				 " GROUP BY model, model_reported"
				 " ORDER BY model, COUNT(*) DESC, model_reported",
				 1, p, "reading reported model versions", e);
	int i;
	if (!r)
		return ERRC(e);
	for (i = 0; i < PQntuples(r); i++)
		if (fn(ud, rl_pg_get(r, i, 0), rl_pg_get(r, i, 1), rl_pg_i64(r, i, 2, 0)))
			break;
	PQclear(r);
	return 0;
}

/* ---- turns of tool-use conversations (issue 17) ------------------------ */

int rl_pg_turn_put(rl_store *s, int64_t campaign, const char *model, const char *condition,
		   int index, const rl_turn_rec *t, rl_err *e)
{
	char c[24], ix[24], tn[24], it[24], ot[24], now[24], *tmp[3];
	/* clang-format off */
	const char *p[11] = {rl_pg_num(c, campaign), model, condition, rl_pg_num(ix, index),
			     rl_pg_num(tn, t->turn), rl_pg_text(t->response, 0, &tmp[0]),
			     rl_pg_text(t->tool_calls, 0, &tmp[1]),
			     rl_pg_text(t->calls_json ? t->calls_json : "[]", 0, &tmp[2]),
			     rl_pg_num(it, t->input_tokens), rl_pg_num(ot, t->output_tokens),
			     rl_pg_num(now, rl_wall_ms())};
	/* clang-format on */
	int r = rl_pg_run(
		s, NULL,
		"INSERT INTO sample_turn(campaign_id, model, condition, sample_index, turn,"
		" response, tool_calls, calls_json, input_tokens, output_tokens, created_ms)"
		" VALUES ($1::bigint, $2, $3, $4::int, $5::int, $6, $7, $8, $9::bigint,"
		" $10::bigint, $11::bigint) ON CONFLICT DO NOTHING",
		11, p, "store a turn", e);
	free(tmp[0]);
	free(tmp[1]);
	free(tmp[2]);
	return r;
}

int rl_pg_turns_get(rl_store *s, int64_t campaign, const char *model, const char *condition,
		    int index, int (*fn)(void *ud, const rl_turn_rec *t), void *ud, rl_err *e)
{
	char c[24], ix[24];
	const char *p[4] = {rl_pg_num(c, campaign), model, condition, rl_pg_num(ix, index)};
	PGresult *r = rl_pg_exec(s, NULL,
				 "SELECT turn, response, tool_calls, calls_json, input_tokens,"
				 " output_tokens FROM sample_turn WHERE campaign_id = $1::bigint"
				 " AND model = $2 AND condition = $3 AND sample_index = $4::int"
				 " ORDER BY turn",
				 4, p, "read turns", e);
	int i, rc = 0;
	if (!r)
		return ERRC(e);
	for (i = 0; !rc && i < PQntuples(r); i++) {
		rl_turn_rec t;
		t.turn = (int)rl_pg_i64(r, i, 0, 0);
		t.response = rl_pg_get(r, i, 1);
		t.tool_calls = rl_pg_get(r, i, 2);
		t.calls_json = rl_pg_get(r, i, 3);
		t.input_tokens = rl_pg_i64(r, i, 4, 0);
		t.output_tokens = rl_pg_i64(r, i, 5, 0);
		rc = fn(ud, &t);
	}
	PQclear(r);
	return rc;
}
