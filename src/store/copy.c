/* store/copy.c: rl_store_copy, `redline db copy SRC DST` (see
 * redline/store.h): every campaign of one store into another, through the
 * store API only, so it copies between any two back ends (an SQLite
 * campaign into PostgreSQL is the use: moving to shared workers or a
 * fleet). One transaction on the destination: a failed copy leaves
 * nothing behind. The judge cache (re-fillable) and the run log (the
 * history of the old file) stay where they were. */
#include "store/backend.h"
#include "store/report_queries.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct camp_list {
	rl_campaign *v;
	size_t n, cap;
} camp_list;

static int collect(void *ud, const rl_campaign *c)
{
	camp_list *l = ud;
	rl_campaign *d;
	if (l->n == l->cap) {
		size_t nc = l->cap ? l->cap * 2 : 8;
		rl_campaign *nv = realloc(l->v, nc * sizeof *nv);
		if (!nv)
			return 1;
		l->v = nv;
		l->cap = nc;
	}
	d = &l->v[l->n];
	memset(d, 0, sizeof *d);
	d->id = c->id;
	d->experiment_id = strdup(c->experiment_id ? c->experiment_id : "");
	d->config_json = strdup(c->config_json ? c->config_json : "{}");
	d->pack = c->pack ? strdup(c->pack) : NULL;
	l->n++;
	return !d->experiment_id || !d->config_json || (c->pack && !d->pack);
}

typedef struct aside_ctx {
	rl_store *dst;
	int64_t camp;
	rl_err *e;
	int rc;
} aside_ctx;

static int copy_aside(void *ud, const char *model, const char *reason, int64_t at_ms)
{
	aside_ctx *a = ud;
	(void)at_ms;
	a->rc = rl_store_model_set_aside(a->dst, a->camp, model, reason, a->e);
	return a->rc != 0;
}

typedef struct kind_list {
	char (*mode)[128];
	char (*judge)[256];
	size_t n, cap;
} kind_list;

static int collect_kind(void *ud, const char *mode, const char *judge, int64_t n, int64_t last)
{
	kind_list *k = ud;
	(void)n;
	(void)last;
	if (k->n == k->cap) {
		size_t nc = k->cap ? k->cap * 2 : 4;
		void *m = realloc(k->mode, nc * sizeof *k->mode), *j;
		if (!m)
			return 1;
		k->mode = m;
		if (!(j = realloc(k->judge, nc * sizeof *k->judge)))
			return 1;
		k->judge = j;
		k->cap = nc;
	}
	snprintf(k->mode[k->n], sizeof k->mode[0], "%s", mode ? mode : "");
	snprintf(k->judge[k->n], sizeof k->judge[0], "%s", judge ? judge : "");
	k->n++;
	return 0;
}

/* src prompt id -> dst prompt id: a few per campaign (one per condition),
 * looked up linearly. */
typedef struct id_map {
	int64_t (*v)[2];
	size_t n, cap;
} id_map;

static int map_prompt(rl_store *src, rl_store *dst, id_map *m, int64_t id, int64_t *out, rl_err *e)
{
	rl_prompt p;
	size_t i;
	int rc;
	if (id <= 0) {
		*out = 0;
		return 0;
	}
	for (i = 0; i < m->n; i++)
		if (m->v[i][0] == id) {
			*out = m->v[i][1];
			return 0;
		}
	if ((rc = rl_store_prompt_get(src, id, &p, e)))
		return rc;
	rc = rl_store_prompt_put(dst, &p, out, e);
	rl_prompt_free(&p);
	if (rc)
		return rc;
	if (m->n == m->cap) {
		size_t nc = m->cap ? m->cap * 2 : 16;
		void *nv = realloc(m->v, nc * sizeof *m->v);
		if (!nv)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		m->v = nv;
		m->cap = nc;
	}
	m->v[m->n][0] = id;
	m->v[m->n][1] = *out;
	m->n++;
	return 0;
}

/* Samples (with their prompts and conditions) of one campaign. */
static int copy_samples(rl_store *src, rl_store *dst, int64_t from, int64_t to, int64_t *ns,
			rl_err *e)
{
	rl_sample_filter f = {0};
	rl_sample_iter *it = NULL;
	const rl_sample *m;
	id_map pm = {0};
	char last_cond[512] = "";
	int rc;

	f.campaign = from;
	if ((rc = rl_store_iter_samples(src, &f, &it, e)))
		return rc;
	while ((rc = rl_store_iter_next(it, &m, NULL, e)) == 1) {
		rl_sample c = *m;
		c.campaign = to;
		if ((rc = map_prompt(src, dst, &pm, m->prompt_id, &c.prompt_id, e)))
			break;
		if (strcmp(last_cond, m->condition)) {
			/* rows come ordered by model, then condition: a condition
			 * is put once per model, an idempotent upsert */
			int64_t pid = 0, npid = 0;
			char *scen = NULL, *meta = NULL;
			snprintf(last_cond, sizeof last_cond, "%s", m->condition);
			if (!rl_store_condition_get(src, from, m->condition, &pid, &scen, &meta,
						    NULL)) {
				rc = map_prompt(src, dst, &pm, pid, &npid, e);
				if (!rc)
					rc = rl_store_condition_put(dst, to, m->condition, scen,
								    npid, meta, e);
			}
			free(scen);
			free(meta);
			if (rc)
				break;
		}
		if ((rc = rl_store_sample_put(dst, &c, e)))
			break;
		(*ns)++;
	}
	rl_store_iter_free(it);
	free(pm.v);
	return rc < 0 ? rc : 0;
}

/* Verdicts of one kind: the source and destination iterate the same
 * samples in the same order, so the rows pair up one to one. */
static int copy_verdicts(rl_store *src, rl_store *dst, int64_t from, int64_t to, const char *mode,
			 const char *judge, rl_err *e)
{
	rl_sample_filter fs = {0}, fd = {0};
	rl_sample_iter *is = NULL, *id = NULL;
	const rl_sample *a, *b;
	const rl_verdict *v;
	int rc, rd;

	fs.campaign = from;
	fs.mode = mode;
	fs.judge = judge;
	fd.campaign = to;
	if ((rc = rl_store_iter_samples(src, &fs, &is, e)) ||
	    (rc = rl_store_iter_samples(dst, &fd, &id, e))) {
		rl_store_iter_free(is);
		return rc;
	}
	while ((rc = rl_store_iter_next(is, &a, &v, e)) == 1) {
		rl_verdict c;
		if ((rd = rl_store_iter_next(id, &b, NULL, e)) != 1 || b->index != a->index ||
		    strcmp(b->model, a->model) || strcmp(b->condition, a->condition)) {
			rc = rd < 0 ? rd
				    : rl_err_set(e, RL_EDB,
						 "copy: samples of the copy do not "
						 "match the source's");
			break;
		}
		if (!v)
			continue;
		c = *v;
		c.sample_id = b->id;
		if ((rc = rl_store_verdict_put(dst, &c, e)))
			break;
	}
	rl_store_iter_free(is);
	rl_store_iter_free(id);
	return rc < 0 ? rc : 0;
}

int rl_store_copy(const char *src_path, const char *dst_path, int64_t *ncampaigns,
		  int64_t *nsamples, rl_err *e)
{
	rl_store *src = NULL, *dst = NULL;
	camp_list cl = {0};
	kind_list kl = {0};
	size_t i, k;
	int rc;

	*ncampaigns = *nsamples = 0;
	if ((rc = rl_store_open(&src, src_path, RL_STORE_RDONLY, e)) ||
	    (rc = rl_store_open(&dst, dst_path, RL_STORE_CREATE, e)))
		goto out;
	if ((rc = rl_store_campaign_each(src, collect, &cl, e)))
		goto out;
	for (i = 0; i < cl.n; i++) {
		int64_t id;
		rl_err ie;
		if (!cl.v[i].experiment_id || !cl.v[i].config_json) {
			rc = rl_err_set(e, RL_ENOMEM, "out of memory");
			goto out;
		}
		if (!rl_store_campaign_find(dst, cl.v[i].experiment_id, &id, &ie)) {
			rc = rl_err_set(
				e, RL_EEXIST,
				"%s: already has a campaign '%s'; nothing copied (copy into "
				"an empty database)",
				rl_store_path(dst), cl.v[i].experiment_id);
			goto out;
		}
	}
	if ((rc = rl_store_begin(dst, e)))
		goto out;
	for (i = 0; i < cl.n && !rc; i++) {
		int64_t to;
		aside_ctx ac = {dst, 0, e, 0};
		if ((rc = rl_store_campaign_open(dst, cl.v[i].experiment_id, cl.v[i].config_json,
						 cl.v[i].pack, &to, e)))
			break;
		ac.camp = to;
		if ((rc = rl_store_model_aside_each(src, cl.v[i].id, copy_aside, &ac, e)) ||
		    (rc = ac.rc) || (rc = copy_samples(src, dst, cl.v[i].id, to, nsamples, e)))
			break;
		kl.n = 0;
		if ((rc = rl_store_verdict_kinds(src, cl.v[i].id, collect_kind, &kl, e)))
			break;
		for (k = 0; k < kl.n && !rc; k++)
			rc = copy_verdicts(src, dst, cl.v[i].id, to, kl.mode[k], kl.judge[k], e);
		(*ncampaigns)++;
	}
	if (rc)
		rl_store_rollback(dst);
	else
		rc = rl_store_commit(dst, e);
out:
	for (i = 0; i < cl.n; i++)
		rl_campaign_free(&cl.v[i]);
	free(cl.v);
	free(kl.mode);
	free(kl.judge);
	rl_store_close(src);
	rl_store_close(dst);
	if (rc)
		*ncampaigns = *nsamples = 0;
	return rc;
}
