/* store.c: the campaign database's public API (see redline/store.h). What
 * is common to both back ends lives here (argument checks, the redaction
 * of config snapshots, prompt hashing, transaction bookkeeping, freeing
 * records); each call then goes to its back end through the table in
 * store/backend.h: SQLite (sqlite_*.c) or PostgreSQL (pg_*.c). */
#include "store/backend.h"
#include "store/report_queries.h"

#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

int rl_store_is_url(const char *path)
{
	return path && (!strncmp(path, "postgresql://", 13) || !strncmp(path, "postgres://", 11));
}

/* postgresql://user:PASSWORD@host/db -> postgresql://user:***@host/db; a
 * password=... query parameter is masked too. */
void rl_store_display_name(const char *path, char *out, size_t n)
{
	const char *p, *at, *colon, *pw;
	size_t len;

	if (!n)
		return;
	snprintf(out, n, "%s", path ? path : "");
	if (!rl_store_is_url(out))
		return;
	p = strstr(out, "://") + 3;
	at = strchr(p, '@');
	colon = memchr(p, ':', at ? (size_t)(at - p) : 0);
	if (at && colon && !memchr(p, '/', (size_t)(at - p))) {
		char rest[2048];
		snprintf(rest, sizeof rest, "%s", at);
		len = (size_t)(colon + 1 - out);
		snprintf(out + len, n - len, "***%s", rest);
	}
	if ((pw = strstr(out, "password="))) {
		char rest[2048];
		const char *end = strchr(pw + 9, '&');
		snprintf(rest, sizeof rest, "%s", end ? end : "");
		len = (size_t)(pw + 9 - out);
		snprintf(out + len, n - len, "***%s", rest);
	}
}

int rl_store_open(rl_store **out, const char *path, int flags, rl_err *e)
{
	rl_store *s;
	char shown[1024];
	int r;

	*out = NULL;
	if (!path || !*path)
		return rl_err_set(e, RL_EINVAL, "no database path given");
	rl_store_display_name(path, shown, sizeof shown);
	s = calloc(1, sizeof *s);
	if (!s || !(s->path = strdup(shown))) {
		free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory opening %s", shown);
	}
	s->rdonly = !!(flags & RL_STORE_RDONLY);
	r = rl_store_is_url(path) ? rl_store_pg_open(s, path, flags, e)
				  : rl_store_sqlite_open(s, path, flags, e);
	if (r) {
		rl_store_close(s);
		return r;
	}
	*out = s;
	return 0;
}

void rl_store_close(rl_store *s)
{
	if (!s)
		return;
	if (s->ops)
		s->ops->close(s);
	free(s->path);
	free(s);
}

/* clang-format off */
const char *rl_store_path(const rl_store *s) { return s->path; }
const char *rl_store_backend(const rl_store *s) { return s->ops->name; }
/* clang-format on */

int rl_store_schema_version(rl_store *s, int *out, rl_err *e)
{
	return s->ops->schema_version(s, out, e);
}

int rl_store_begin(rl_store *s, rl_err *e)
{
	int r;
	if (s->in_tx)
		return rl_err_set(e, RL_EINVAL, "store: transaction already open");
	if ((r = s->ops->begin(s, e)))
		return r;
	s->in_tx = 1;
	return 0;
}

int rl_store_commit(rl_store *s, rl_err *e)
{
	if (!s->in_tx)
		return 0;
	s->in_tx = 0;
	return s->ops->commit(s, e);
}

void rl_store_rollback(rl_store *s)
{
	if (!s->in_tx)
		return;
	s->ops->rollback(s);
	s->in_tx = 0;
}

int rl_store_auto_begin(rl_store *s, int *mine, rl_err *e)
{
	*mine = 0;
	if (s->in_tx)
		return 0;
	if (rl_store_begin(s, e))
		return e ? e->code : RL_EDB;
	*mine = 1;
	return 0;
}

int rl_store_auto_end(rl_store *s, int mine, int r, rl_err *e)
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
	static const char *const words[] = {"key",      "token",  "secret",
					    "password", "passwd", "authorization",
					    "auth",     "cookie", "credential"};
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
		json_array_foreach(j, i, v)
			redact(v, depth + 1);
	}
}

int rl_store_campaign_open(rl_store *s, const char *experiment_id, const char *config_json,
			   const char *pack, int64_t *id, rl_err *e)
{
	json_error_t je;
	json_t *j;
	char *snap, hash[65];
	int r;

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
	r = s->ops->campaign_open(s, experiment_id, snap, hash, pack, id, e);
	free(snap);
	return r;
}

int rl_store_campaign_find(rl_store *s, const char *experiment_id, int64_t *id, rl_err *e)
{
	return s->ops->campaign_find(s, experiment_id, id, e);
}

int rl_store_campaign_get(rl_store *s, int64_t id, rl_campaign *out, rl_err *e)
{
	memset(out, 0, sizeof *out);
	return s->ops->campaign_get(s, id, out, e);
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
	return s->ops->campaign_each(s, fn, ud, e);
}

int rl_store_run_begin(rl_store *s, int64_t campaign, const char *argv_summary, int64_t *run_id,
		       rl_err *e)
{
	return s->ops->run_begin(s, campaign, argv_summary, run_id, e);
}

int rl_store_run_end(rl_store *s, int64_t run_id, const char *outcome, rl_err *e)
{
	return s->ops->run_end(s, run_id, outcome, e);
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
	prompt_hash(p, p->hash);
	return s->ops->prompt_put(s, p, id, e);
}

int rl_store_prompt_get(rl_store *s, int64_t id, rl_prompt *out, rl_err *e)
{
	memset(out, 0, sizeof *out);
	return s->ops->prompt_get(s, id, out, e);
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
	return s->ops->condition_put(s, campaign, condition, scenario, prompt_id, metadata_json, e);
}

int rl_store_condition_get(rl_store *s, int64_t campaign, const char *condition, int64_t *prompt_id,
			   char **scenario, char **metadata_json, rl_err *e)
{
	return s->ops->condition_get(s, campaign, condition, prompt_id, scenario, metadata_json, e);
}

/* ---- samples ---------------------------------------------------------- */

int rl_store_sample_put(rl_store *s, const rl_sample *m, rl_err *e)
{
	if (!m->model || !m->condition || m->index < 1 ||
	    (m->status != RL_SAMPLE_DONE && m->status != RL_SAMPLE_ERROR))
		return rl_err_set(e, RL_EINVAL,
				  "store: sample needs model, condition, index >= 1 "
				  "and a final status");
	return s->ops->sample_put(s, m, e);
}

int rl_store_sample_done_map(rl_store *s, int64_t campaign, const char *model,
			     const char *condition, unsigned char *done, int n, rl_err *e)
{
	memset(done, 0, (size_t)(n > 0 ? n : 0));
	return s->ops->sample_done_map(s, campaign, model, condition, done, n, e);
}

int rl_store_model_set_aside(rl_store *s, int64_t campaign, const char *model, const char *reason,
			     rl_err *e)
{
	return s->ops->model_set_aside(s, campaign, model, reason ? reason : "", e);
}

int rl_store_model_clear(rl_store *s, int64_t campaign, const char *model, rl_err *e)
{
	return s->ops->model_clear(s, campaign, model, e);
}

int rl_store_model_aside_each(rl_store *s, int64_t campaign,
			      int (*fn)(void *ud, const char *model, const char *reason,
					int64_t at_ms),
			      void *ud, rl_err *e)
{
	return s->ops->model_aside_each(s, campaign, fn, ud, e);
}

/* ---- verdicts and judge cache ----------------------------------------- */

int rl_store_verdict_put(rl_store *s, const rl_verdict *v, rl_err *e)
{
	if (!v->mode || !*v->mode || v->sample_id <= 0)
		return rl_err_set(e, RL_EINVAL, "store: verdict needs a sample id and a mode");
	return s->ops->verdict_put(s, v, e);
}

int rl_store_verdict_get(rl_store *s, int64_t sample_id, const char *mode, const char *judge,
			 rl_verdict *out, rl_err *e)
{
	return s->ops->verdict_get(s, sample_id, mode, judge ? judge : "", out, e);
}

int rl_store_judge_cache_get(rl_store *s, const char *judge, const char *prompt_hash,
			     const char *response_hash, rl_buf *answer, rl_err *e)
{
	return s->ops->judge_cache_get(s, judge, prompt_hash, response_hash, answer, e);
}

int rl_store_judge_cache_put(rl_store *s, const char *judge, const char *prompt_hash,
			     const char *response_hash, const char *answer, size_t len, rl_err *e)
{
	return s->ops->judge_cache_put(s, judge, prompt_hash, response_hash, answer ? answer : "",
				       answer ? len : 0, e);
}

/* ---- iteration and counts -------------------------------------------- */

int rl_store_iter_samples(rl_store *s, const rl_sample_filter *f, rl_sample_iter **out, rl_err *e)
{
	static const rl_sample_filter none = {0};
	rl_sample_iter *it;
	int r;

	*out = NULL;
	if (!f)
		f = &none;
	it = calloc(1, sizeof *it);
	if (!it)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	it->s = s;
	it->with_verdict = f->mode != NULL;
	if ((r = s->ops->iter_samples(s, f, it, e))) {
		rl_store_iter_free(it);
		return r;
	}
	*out = it;
	return 0;
}

int rl_store_iter_next(rl_sample_iter *it, const rl_sample **smp, const rl_verdict **v, rl_err *e)
{
	int r = it->s->ops->iter_next(it, e);
	if (v)
		*v = NULL;
	if (r != 1)
		return r;
	*smp = &it->smp;
	if (v && it->has_verdict)
		*v = &it->v;
	return 1;
}

void rl_store_iter_free(rl_sample_iter *it)
{
	if (!it)
		return;
	it->s->ops->iter_free(it);
	free(it);
}

int rl_store_counts(rl_store *s, int64_t campaign, const char *mode, const char *judge,
		    rl_store_count **rows, size_t *n, rl_err *e)
{
	*rows = NULL;
	*n = 0;
	return s->ops->counts(s, campaign, mode, judge ? judge : "", rows, n, e);
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

int rl_store_verdict_kinds(rl_store *s, int64_t campaign,
			   int (*fn)(void *ud, const char *mode, const char *judge, int64_t n,
				     int64_t last_ms),
			   void *ud, rl_err *e)
{
	return s->ops->verdict_kinds(s, campaign, fn, ud, e);
}

int rl_store_model_versions(rl_store *s, int64_t campaign,
			    int (*fn)(void *ud, const char *model, const char *reported, int64_t n),
			    void *ud, rl_err *e)
{
	return s->ops->model_versions(s, campaign, fn, ud, e);
}

/* ---- shared campaigns ------------------------------------------------- */

int rl_store_shared(const rl_store *s)
{
	return s->ops->claim != NULL;
}

int rl_store_claim(rl_store *s, int64_t campaign, const char *model, const char *condition, int n,
		   int want, int *out, int *got, rl_err *e)
{
	*got = 0;
	if (!s->ops->claim)
		return rl_err_set(e, RL_EUNSUPP, "%s: claims need a PostgreSQL store", s->path);
	if (want <= 0 || n <= 0)
		return 0;
	return s->ops->claim(s, campaign, model, condition, n, want, out, got, e);
}

int rl_store_heartbeat(rl_store *s, int64_t campaign, int *others, rl_err *e)
{
	*others = 0;
	return s->ops->heartbeat ? s->ops->heartbeat(s, campaign, others, e) : 0;
}

void rl_store_release(rl_store *s)
{
	if (s && s->ops && s->ops->release)
		s->ops->release(s);
}

void rl_store_set_lease(rl_store *s, int64_t lease_ms)
{
	if (s->ops->set_lease)
		s->ops->set_lease(s, lease_ms);
}

/* ---- turns of tool-use conversations (issue 17) ------------------------ */

int rl_store_turn_put(rl_store *s, int64_t campaign, const char *model, const char *condition,
		      int index, const rl_turn_rec *t, rl_err *e)
{
	return s->ops->turn_put(s, campaign, model, condition, index, t, e);
}

int rl_store_turns_get(rl_store *s, int64_t campaign, const char *model, const char *condition,
		       int index, int (*fn)(void *ud, const rl_turn_rec *t), void *ud, rl_err *e)
{
	return s->ops->turns_get(s, campaign, model, condition, index, fn, ud, e);
}
