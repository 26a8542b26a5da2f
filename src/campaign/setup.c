/* setup.c: everything the campaign runner settles before the first
 * request: the database path of a config, prices and cost, the models and
 * their keys, the config snapshot recorded with the campaign, what a
 * resumed campaign already has, the transport's limits (pools, per-model
 * caps), the plan shown by --dry-run, and the lock that keeps one runner
 * per database. */
#include "campaign/campaign_int.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <jansson.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/fs.h"

int rl_campaign_default_db(const char *experiment_id, const char *config_path, char *out, size_t n)
{
	const char *base, *dot;
	int w;
	if (experiment_id && *experiment_id) {
		w = snprintf(out, n, "./%s.db", experiment_id);
	} else {
		base = strrchr(config_path, '/');
		base = base ? base + 1 : config_path;
		dot = strrchr(base, '.');
		w = snprintf(out, n, "./%.*s.db",
			     (int)(dot && dot > base ? dot - base : (long)strlen(base)), base);
	}
	return w > 0 && (size_t)w < n ? 0 : RL_ELIMIT;
}

int rl_campaign_db_for_config(const char *config_path, char *db, size_t n, char *exp, size_t expn,
			      rl_err *e)
{
	rl_config c;
	int rc = rl_config_load(config_path, &c, e);
	if (!rc) {
		if (rl_campaign_default_db(c.experiment_id, config_path, db, n))
			rc = rl_err_set(e, RL_ELIMIT, "%s: database path too long", config_path);
		else if (exp && expn)
			camp_copy_str(exp, expn, c.experiment_id);
	}
	rl_config_free(&c);
	return rc;
}

int rl_campaign_price(const rl_config_price *prices, size_t nprices, const char *model,
		      const char *model_id, int64_t in, int64_t out, double *usd)
{
	size_t i;
	*usd = 0;
	for (i = 0; i < nprices; i++) {
		const char *g = prices[i].model;
		if ((model && !fnmatch(g, model, 0)) || (model_id && !fnmatch(g, model_id, 0))) {
			*usd = ((double)(in > 0 ? in : 0) * prices[i].input_per_mtok +
				(double)(out > 0 ? out : 0) * prices[i].output_per_mtok) /
			       1e6;
			return 1;
		}
	}
	return 0;
}

static const rl_config_price *price_for(const rl_config *c, const model_state *m)
{
	size_t i;
	for (i = 0; i < c->nprices; i++) {
		const char *g = c->prices[i].model;
		if (!fnmatch(g, m->name, 0) || !fnmatch(g, m->spec.id, 0) ||
		    !fnmatch(g, m->spec.model, 0))
			return &c->prices[i];
	}
	return NULL;
}

double camp_cost_of(const model_state *m, int64_t in, int64_t out)
{
	if (!m->price)
		return 0;
	return ((double)(in > 0 ? in : 0) * m->price->input_per_mtok +
		(double)(out > 0 ? out : 0) * m->price->output_per_mtok) /
	       1e6;
}

/* ---- setup ------------------------------------------------------------- */

/* Header values may name the sample they go with: ${condition} (the
 * condition id) and ${sample} (its index), expanded per request. A proxy
 * or gateway can then tag its records, and the fake provider's scripts can
 * select by condition and sample over HTTP (docs/providers.md). Only
 * where a config asks: a real provider is never told which condition of
 * an evaluation a request belongs to unless the researcher writes it. */
static size_t token_len(const char *p)
{
	size_t n = strcspn(p, "} \t");
	if (n < 40 && p[n] == '}')
		return n + 1;
	return n < 12 ? n : 12;
}

static int check_header_tpl(runner *r, model_state *m, rl_err *e)
{
	size_t k;
	for (k = 0; k < m->nheaders; k++) {
		const char *p = strchr(m->headers[k], ':');
		while (p && (p = strstr(p, "${"))) {
			if (!strncmp(p, "${condition}", 12))
				p += 12;
			else if (!strncmp(p, "${sample}", 9))
				p += 9;
			else /* the token alone: the rest of a value may be a secret */
				return rl_err_set(e, RL_EINVAL,
						  "%s:%u:%u: model '%s': header '%.*s': unknown "
						  "'%.*s' (expected ${condition} or ${sample})",
						  r->cfg.file, m->cfg->loc.line, m->cfg->loc.col,
						  m->name,
						  (int)(strchr(m->headers[k], ':') - m->headers[k]),
						  m->headers[k], (int)token_len(p), p);
			m->header_tpl = 1;
		}
	}
	return 0;
}

char *camp_header_expand(const char *line, const char *condition, int sample)
{
	rl_buf b = RL_BUF_INIT;
	const char *p = strchr(line, ':'), *q;
	int rc;
	p = p ? p : line + strlen(line); /* the name is taken as written */
	rc = rl_buf_add(&b, line, (size_t)(p - line));
	while (!rc && (q = strstr(p, "${"))) {
		rc = rl_buf_add(&b, p, (size_t)(q - p));
		if (!strncmp(q, "${condition}", 12)) {
			rc = rc ? rc : rl_buf_adds(&b, condition);
			p = q + 12;
		} else if (!strncmp(q, "${sample}", 9)) {
			rc = rc ? rc : rl_buf_addf(&b, "%d", sample);
			p = q + 9;
		} else { /* checked at set-up; kept as written */
			rc = rc ? rc : rl_buf_add(&b, q, 2);
			p = q + 2;
		}
	}
	if (rc || rl_buf_adds(&b, p)) {
		rl_buf_free(&b);
		return NULL;
	}
	return rl_buf_detach(&b, NULL);
}

int camp_setup_models(runner *r, rl_err *e)
{
	const rl_campaign_opts *o = r->o;
	size_t i, n = o->nmodels ? o->nmodels : r->cfg.nmodels;

	if (n == 0)
		return rl_err_set(e, RL_EINVAL, "%s: no models to run (global.models is empty)",
				  r->cfg.file);
	r->m = calloc(n, sizeof *r->m);
	if (!r->m)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	r->nm = n;
	for (i = 0; i < n; i++) {
		model_state *m = &r->m[i];
		int rc;
		m->cfg = o->nmodels ? rl_config_model_find(&r->cfg, o->models[i])
				    : &r->cfg.models[i];
		m->name = o->nmodels ? o->models[i] : r->cfg.models[i].name;
		rc = rl_model_spec_parse(m->name, &m->spec, e);
		if (rc) {
			if (m->cfg && m->cfg->loc.line)
				rl_err_prefix(e, "%s:%u:%u", r->cfg.file, m->cfg->loc.line,
					      m->cfg->loc.col);
			else
				rl_err_prefix(e, "model '%s'", m->name);
			return rc;
		}
		m->temperature = m->cfg && m->cfg->has_temperature ? m->cfg->temperature
								   : r->cfg.temperature;
		m->max_tokens = (int)(m->cfg && m->cfg->max_tokens ? m->cfg->max_tokens
								   : r->cfg.max_tokens);
		m->thinking_budget = m->cfg ? (int)m->cfg->thinking_budget : 0;
		if (m->cfg) {
			m->headers = (const char *const *)m->cfg->headers.v;
			m->nheaders = m->cfg->headers.n;
			m->extra_body = m->cfg->extra_body;
			if ((rc = check_header_tpl(r, m, e)))
				return rc;
		}
		m->price = price_for(&r->cfg, m);
		m->sample = 1;
		m->done = calloc((size_t)r->N, 1);
		if (!m->done)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	/* Two models with the same id would share store rows. */
	for (i = 0; i < n; i++) {
		size_t j;
		for (j = 0; j < i; j++)
			if (!strcmp(r->m[i].spec.id, r->m[j].spec.id))
				return rl_err_set(e, RL_EINVAL,
						  "model '%s' is listed twice (as '%s' and '%s')",
						  r->m[i].spec.id, r->m[j].name, r->m[i].name);
	}
	return 0;
}

int camp_check_keys(runner *r, rl_err *e)
{
	size_t i;
	for (i = 0; i < r->nm; i++) {
		int rc = rl_model_spec_check_key(&r->m[i].spec, e);
		if (rc)
			return rc;
	}
	return 0;
}

/* The config snapshot stored with the campaign: what was asked for, in a
 * stable JSON shape (status reads models, conditions and
 * samples_per_condition from it). Header values are left out: they may
 * carry credentials. */
char *camp_snapshot(runner *r)
{
	json_t *j = json_object(), *models = json_array(), *conds = json_array();
	char id[RL_COND_ID_MAX], hash[65];
	rl_buf raw = RL_BUF_INIT;
	size_t i, k;
	char *s;

	for (i = 0; i < r->nm; i++) {
		json_t *mo = json_object(), *hn = json_array();
		json_object_set_new(mo, "id", json_string(r->m[i].spec.id));
		json_object_set_new(mo, "name", json_string(r->m[i].name));
		json_object_set_new(mo, "temperature", json_real(r->m[i].temperature));
		json_object_set_new(mo, "max_tokens", json_integer(r->m[i].max_tokens));
		json_object_set_new(mo, "thinking_budget", json_integer(r->m[i].thinking_budget));
		for (k = 0; k < r->m[i].nheaders; k++) {
			const char *h = r->m[i].headers[k], *c = strchr(h, ':');
			json_array_append_new(hn, json_stringn(h, c ? (size_t)(c - h) : strlen(h)));
		}
		json_object_set_new(mo, "header_names", hn);
		json_array_append_new(models, mo);
	}
	for (i = 0; i < r->cfg.nconditions; i++) {
		rl_condition_format(&r->cfg.conditions[i], id, sizeof id);
		json_array_append_new(conds, json_string(id));
	}
	if (!rl_read_file(r->cfg.file, RL_FILE_MAX_DEFAULT, &raw, NULL)) {
		rl_sha256_hex(raw.s, raw.len, hash);
		json_object_set_new(j, "config_sha256", json_string(hash));
	}
	rl_buf_free(&raw);
	json_object_set_new(j, "experiment_id", json_string(r->cfg.experiment_id));
	json_object_set_new(j, "config_file", json_string(r->cfg.file));
	json_object_set_new(j, "pack", json_string(rl_pack_dir(r->pack)));
	json_object_set_new(j, "pack_name", json_string(rl_pack_name(r->pack)));
	/* what classify/report/defend check their pack against (recorded.c) */
	json_object_set_new(j, "pack_path", json_string(r->pack_abs));
	json_object_set_new(j, "pack_sha256", json_string(rl_pack_hash(r->pack)));
	if (r->cfg.extra_system_instructions)
		json_object_set_new(j, "extra_system_instructions",
				    json_string(r->cfg.extra_system_instructions));
	if (r->cfg.production_variant)
		json_object_set_new(j, "production_variant", json_true());
	json_object_set_new(j, "samples_per_condition", json_integer(r->N));
	json_object_set_new(j, "models", models);
	json_object_set_new(j, "conditions", conds);
	json_object_set_new(j, "eval_notice", json_boolean(r->cfg.eval_notice_enabled));
	if (r->cfg.ndefenses) {
		/* read back by the defense table (redline report DB) */
		rl_buf dj = RL_BUF_INIT;
		if (!rl_defense_snapshot_json(&r->cfg, &dj, NULL))
			json_object_set_new(j, "defenses", json_loads(dj.s, 0, NULL));
		rl_buf_free(&dj);
	}
	s = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	return s;
}

/* A resumed campaign whose pack content changed since it was recorded:
 * its stored verdicts were made with the old pack (the render check below
 * catches changed prompts, not changed harm specs), so say so. */
void camp_warn_pack_changed(runner *r, const char *exp)
{
	rl_campaign oc;
	int64_t id;
	json_t *j;
	const char *h;

	memset(&oc, 0, sizeof oc);
	if (rl_store_campaign_find(r->store, exp, &id, NULL) ||
	    rl_store_campaign_get(r->store, id, &oc, NULL))
		return;
	j = oc.config_json ? json_loads(oc.config_json, 0, NULL) : NULL;
	h = json_string_value(json_object_get(j, "pack_sha256"));
	if (h && strcmp(h, rl_pack_hash(r->pack)))
		rl_log(RL_LOG_WARN, "campaign",
		       "campaign '%s' was recorded with pack content sha256 %.12s...; this run's pack "
		       "%s is %.12s... and becomes the recorded one: verdicts already stored were "
		       "made with the old pack (re-classify with --force)",
		       exp, h, r->pack_abs, rl_pack_hash(r->pack));
	json_decref(j);
	rl_campaign_free(&oc);
}

/* Finished samples from earlier runs that count toward this target. */
int camp_count_done_before(runner *r, rl_store *s, int64_t campaign, int64_t *out, rl_err *e)
{
	struct hsearch_data h;
	rl_store_count *rows;
	size_t n, i, j;
	char(*ids)[RL_COND_ID_MAX];
	int rc;

	*out = 0;
	memset(&h, 0, sizeof h);
	ids = calloc(r->cfg.nconditions ? r->cfg.nconditions : 1, sizeof *ids);
	if (!ids || !hcreate_r(r->cfg.nconditions * 2 + 16, &h)) {
		free(ids);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (i = 0; i < r->cfg.nconditions; i++) {
		ENTRY it, *res;
		rl_condition_format(&r->cfg.conditions[i], ids[i], sizeof ids[i]);
		it.key = ids[i];
		it.data = NULL;
		hsearch_r(it, ENTER, &res, &h);
	}
	rc = rl_store_counts(s, campaign, NULL, NULL, &rows, &n, e);
	if (!rc) {
		for (i = 0; i < n; i++) {
			ENTRY it, *res = NULL;
			for (j = 0; j < r->nm; j++)
				if (!strcmp(rows[i].model, r->m[j].spec.id))
					break;
			if (j == r->nm)
				continue;
			it.key = rows[i].condition;
			if (!hsearch_r(it, FIND, &res, &h) || !res)
				continue;
			*out += rows[i].done < r->N ? rows[i].done : r->N;
		}
		rl_store_counts_free(rows, n);
	}
	hdestroy_r(&h);
	free(ids);
	return rc;
}

/* ---- limits ------------------------------------------------------------ */

/* The pool a model takes: the first whose globs match its name as written,
 * or else its canonical id (overrides come first in the config's list). */
static const rl_config_pool *pool_of(const runner *r, const model_state *m)
{
	const rl_config_pool *p = rl_config_pool_for(&r->cfg, m->name);
	return p ? p : rl_config_pool_for(&r->cfg, m->spec.id);
}

/* Rate-limit pools are shared, as in the original: one transport limit
 * per pool, matching exactly the models that take that pool. */
int camp_add_pool_limits(runner *r, rl_err *e)
{
	size_t p, i;
	int rc = 0;
	for (p = 0; p < r->cfg.npools && !rc; p++) {
		const rl_config_pool *pool = &r->cfg.pools[p];
		rl_buf match = RL_BUF_INIT;
		rl_limit l = {0};
		if (pool->rpm <= 0 && pool->tpm <= 0)
			continue;
		for (i = 0; i < r->nm; i++) {
			if (pool_of(r, &r->m[i]) != pool)
				continue;
			if (match.len)
				rl_buf_addc(&match, ',');
			rl_buf_addf(&match, "model:%s", r->m[i].spec.id);
		}
		if (match.len) {
			l.match = match.s;
			l.rpm = pool->rpm;
			l.tpm = pool->tpm;
			rc = rl_transport_add_limit(r->t, &l, e);
		}
		rl_buf_free(&match);
	}
	return rc;
}

int camp_add_limits(runner *r, rl_err *e)
{
	size_t i;
	int rc, maxf = r->o->max_in_flight > 0 ? r->o->max_in_flight : 1024;

	r->window = maxf + maxf / 2 + 4;
	for (i = 0; i < r->cfg.nprovider_concurrency; i++) {
		char match[96];
		rl_limit l = {0};
		snprintf(match, sizeof match, "provider:%s", r->cfg.provider_concurrency[i].name);
		l.match = match;
		l.concurrency = (int)r->cfg.provider_concurrency[i].value;
		if ((rc = rl_transport_add_limit(r->t, &l, e)))
			return rc;
	}
	for (i = 0; i < r->nm; i++) {
		model_state *m = &r->m[i];
		long cap = m->cfg ? m->cfg->concurrency : 0, pcap;
		char match[RL_SPEC_NAME_MAX + 64];
		rl_limit l = {0};

		snprintf(match, sizeof match, "model:%s", m->spec.id);
		l.match = match;
		l.concurrency = (int)cap;
		if (l.concurrency > 0 && (rc = rl_transport_add_limit(r->t, &l, e)))
			return rc;
		/* A model's share of the window: enough to keep its cap busy
		 * while the next requests wait queued, never the whole window. */
		pcap = rl_config_provider_limit(&r->cfg, m->spec.provider);
		if (pcap > 0 && (cap == 0 || pcap < cap))
			cap = pcap;
		m->window = cap > 0 ? (int)(cap * 2 + 8) : r->window;
		if (m->window > r->window)
			m->window = r->window;
	}
	return 0;
}

int camp_plan(runner *r, const char *db_path, int dry, rl_err *e)
{
	rl_campaign_plan p;
	const char **ids = calloc(r->nm, sizeof *ids), **urls = calloc(r->nm, sizeof *urls);
	size_t i, c;
	int rc = 0;
	double todo_frac;

	if (!ids || !urls) {
		free(ids);
		free(urls);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	memset(&p, 0, sizeof p);
	for (i = 0; i < r->nm; i++) {
		ids[i] = r->m[i].spec.id;
		urls[i] = r->m[i].spec.base_url;
	}
	p.experiment_id = r->cfg.experiment_id;
	p.db_path = db_path;
	p.pack_dir = rl_pack_dir(r->pack);
	p.models = ids;
	p.model_urls = urls;
	p.nmodels = r->nm;
	p.nconditions = r->cfg.nconditions;
	p.samples_per_condition = r->N;
	p.total = r->st.total;
	p.done_before = r->st.done_before;
	p.cost_known = 1;
	todo_frac = p.total ? (double)(p.total - p.done_before) / (double)p.total : 0;
	if (dry) {
		/* Estimate from the rendered prompts: ~4 bytes a token. */
		int64_t bytes = 0;
		rl_render_opts ro;
		camp_render_opts(r, &ro);
		for (c = 0; c < r->cfg.nconditions && !rc; c++) {
			rl_rendered rd;
			rc = rl_pack_render(r->pack, &r->cfg.conditions[c], &ro, &rd, e);
			if (!rc)
				bytes += (int64_t)(strlen(rd.system_prompt) +
						   strlen(rd.user_message));
			rl_rendered_free(&rd);
		}
		if (!rc) {
			for (i = 0; i < r->nm; i++) {
				model_state *m = &r->m[i];
				double per = (double)r->N * todo_frac;
				int64_t in = (int64_t)((double)bytes / 4.0 * per);
				int64_t out = (int64_t)((double)m->max_tokens *
							(double)r->cfg.nconditions * per);
				p.est_input_tokens += in;
				p.est_output_tokens += out;
				if (m->price) {
					p.est_cost_input_usd += camp_cost_of(m, in, 0);
					p.est_cost_output_usd += camp_cost_of(m, 0, out);
				} else if (m->spec.wire != RL_WIRE_MOCK) {
					p.cost_known = 0;
				}
			}
		}
	}
	if (!rc && r->o->plan)
		r->o->plan(r->o->ud, &p);
	free(ids);
	free(urls);
	return rc;
}

/* One runner per database at a time: two would both see the same samples
 * unfinished and pay for them twice (UNIQUE keeps the rows single, not the
 * requests). A separate lock file, because closing any descriptor of the
 * database file itself would drop SQLite's own POSIX locks; named after
 * the database's real path (symlinks resolved, also one made before the
 * database exists), so every name of one file takes the same lock. */
int camp_lock_db(runner *r, const char *db, rl_err *e)
{
	char path[4200], *real = rl_path_resolve(db);
	int w;
	if (!real)
		return rl_err_set(e, RL_EIO, "%s: cannot resolve: %s", db, strerror(errno));
	w = snprintf(path, sizeof path, "%s.lock", real);
	free(real);
	if (w < 0 || (size_t)w >= sizeof path)
		return rl_err_set(e, RL_EINVAL, "%s: path too long", db);
	for (int tries = 0; tries < 8; tries++) {
		struct stat held, named;
		r->lock_fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
		if (r->lock_fd < 0)
			return rl_err_set(e, RL_EIO, "%s: cannot create: %s", path,
					  strerror(errno));
		if (flock(r->lock_fd, LOCK_EX | LOCK_NB) != 0)
			return rl_err_set(e, errno == EWOULDBLOCK ? RL_EEXIST : RL_EIO,
					  "%s: another 'redline run' is using this database; wait "
					  "for it or stop it (it resumes)",
					  db);
		/* The lock counts only if the file is still the one at the path:
		 * a finishing runner unlinks it before letting go. */
		if (fstat(r->lock_fd, &held) == 0 && stat(path, &named) == 0 &&
		    held.st_dev == named.st_dev && held.st_ino == named.st_ino) {
			r->lock_path = strdup(path);
			if (!r->lock_path)
				return rl_err_set(e, RL_ENOMEM, "out of memory");
			return 0;
		}
		close(r->lock_fd);
		r->lock_fd = -1;
	}
	return rl_err_set(e, RL_EIO, "%s: the lock file keeps changing; is another run starting?",
			  path);
}
