/* campaign.c: the runner (see redline/campaign.h). One thread, one event
 * loop: the provider transport drives libcurl's multi interface and calls
 * back on each finished request; the callback records the sample and
 * submits the next piece of work, so the number of requests in flight stays
 * at the cap without a scheduler thread. Finished samples are committed in
 * one transaction per loop pass (at most ~50 ms of completions): a kill -9
 * loses only completions of that pass, which were never marked finished
 * and are requested again on resume; nothing is ever half-recorded. */
#include "redline/campaign.h"

#include <assert.h>
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
#include "base/util.h"
#include "redline/config.h"
#include "redline/env.h"
#include "redline/pack.h"
#include "redline/provider.h"
#include "redline/store.h"

#define PASS_MS 50 /* one transaction per pass: the kill -9 exposure window */
/* A shared (PostgreSQL) campaign's commit is a network round trip that
 * holds up the event loop: fewer, larger passes. A killed worker loses at
 * most 200 ms of completions, which others ask again. */
#define SHARED_PASS_MS 200

typedef struct model_state {
	rl_model_spec spec;
	const rl_config_model *cfg; /* NULL for --model overrides */
	const char *name;           /* as written (config or --model) */
	double temperature;
	int max_tokens;
	int thinking_budget;
	const char *const *headers;
	size_t nheaders;
	const char *extra_body;
	const rl_config_price *price;
	/* cursor over (condition, sample) */
	size_t cond;
	int sample;               /* next index to consider, 1-based */
	int loaded;               /* current condition rendered and mapped */
	unsigned char *done;      /* samples_per_condition bytes */
	int *q;                   /* shared campaign: indices claimed, not yet asked */
	int qn, qpos;
	rl_rendered rend;
	int64_t prompt_id;
	char request_hash[65];
	char cond_id[RL_COND_ID_MAX];
	int pending;
	int window;
	int exhausted;
	int aside;
} model_state;

typedef struct runner {
	const rl_campaign_opts *o;
	rl_config cfg;
	rl_pack *pack;
	char pack_abs[4096];  /* the pack's absolute path, as recorded */
	rl_store *store;
	rl_transport *t;
	int64_t campaign;
	model_state *m;
	size_t nm;
	long N;
	int pending, window;
	size_t rr;            /* round-robin start for fill */
	int fatal;
	rl_err ferr;
	rl_campaign_stats st;
	int64_t t0;
	int in_tx;
	int have_prices;
	int lock_fd;          /* "<db>.lock", flock'ed while running */
	char *lock_path;      /* removed when the run ends, so no stale lock stays */
	int closing;          /* tearing down: callbacks only release jobs */
	int shared;           /* PostgreSQL: workers share the campaign through claims */
	int64_t last_beat;    /* mono ms of the last lease renewal */
	int others;           /* live claims of other workers (last renewal) */
	int idle_clean;       /* idle, rescanned, and no other worker was busy */
} runner;

/* A tool-use conversation (a _tools condition): its own copies of what it
 * sends (the model's cursor moves on to other conditions meanwhile), the
 * environment, and the messages after the first user message. */
typedef struct conv {
	char *system, *first, *tools_req, *scenario;
	rl_env *env;
	rl_strlist roles, texts, raws; /* one per message after the first */
	int turn;                      /* model calls completed */
	int max_turns;
	int ended;                     /* replayed to its end: only the sample row is missing */
	char *final_text;              /* the last turn's text, when ended */
	int64_t in_tok, out_tok;
} conv;

typedef struct job {
	runner *r;
	size_t model;
	size_t cond;
	int sample;
	int64_t started_ms;
	int64_t prompt_id;
	char request_hash[65];
	conv *cv; /* NULL: a single-turn sample */
} job;

#define CONV_MAX_CALLS 64 /* tool calls executed per model call */

static int begin(runner *r);

/* Bounded copy: long text is cut, never overflows. */
static void copy_str(char *dst, size_t n, const char *src)
{
	size_t l = strlen(src);
	if (l >= n)
		l = n - 1;
	memcpy(dst, src, l);
	dst[l] = '\0';
}

int rl_campaign_default_db(const char *experiment_id, const char *config_path, char *out,
			   size_t n)
{
	const char *base, *dot;
	int w;
	if (experiment_id && *experiment_id) {
		w = snprintf(out, n, "./%s.db", experiment_id);
	} else {
		base = strrchr(config_path, '/');
		base = base ? base + 1 : config_path;
		dot = strrchr(base, '.');
		w = snprintf(out, n, "./%.*s.db", (int)(dot && dot > base ? dot - base : (long)strlen(base)),
			     base);
	}
	return w > 0 && (size_t)w < n ? 0 : RL_ELIMIT;
}

int rl_campaign_db_for_config(const char *config_path, char *db, size_t n, char *exp,
			      size_t expn, rl_err *e)
{
	rl_config c;
	int rc = rl_config_load(config_path, &c, e);
	if (!rc) {
		if (rl_campaign_default_db(c.experiment_id, config_path, db, n))
			rc = rl_err_set(e, RL_ELIMIT, "%s: database path too long", config_path);
		else if (exp && expn)
			copy_str(exp, expn, c.experiment_id);
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

static double cost_of(const model_state *m, int64_t in, int64_t out)
{
	if (!m->price)
		return 0;
	return ((double)(in > 0 ? in : 0) * m->price->input_per_mtok +
		(double)(out > 0 ? out : 0) * m->price->output_per_mtok) /
	       1e6;
}

/* ---- setup ------------------------------------------------------------- */

static int setup_models(runner *r, rl_err *e)
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

static int check_keys(runner *r, rl_err *e)
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
static char *snapshot(runner *r)
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
static void warn_pack_changed(runner *r, const char *exp)
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
static int count_done_before(runner *r, rl_store *s, int64_t campaign, int64_t *out, rl_err *e)
{
	struct hsearch_data h;
	rl_store_count *rows;
	size_t n, i, j;
	char (*ids)[RL_COND_ID_MAX];
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

static void render_opts(const runner *r, rl_render_opts *ro)
{
	rl_config_render_opts(&r->cfg, ro);
	ro->constitution_text = rl_defense_constitution_text(&r->cfg);
}

/* ---- the work cursor --------------------------------------------------- */

static void unload(model_state *m)
{
	rl_rendered_free(&m->rend);
	m->loaded = 0;
}

/* Render the model's current condition, store its prompt once, and load
 * which of its samples are already finished. */
static int load_cond(runner *r, model_state *m, rl_err *e)
{
	const rl_condition *c = &r->cfg.conditions[m->cond];
	rl_render_opts ro;
	rl_prompt p;
	rl_buf h = RL_BUF_INIT;
	int rc;

	render_opts(r, &ro);
	rl_condition_format(c, m->cond_id, sizeof m->cond_id);
	rc = rl_pack_render(r->pack, c, &ro, &m->rend, e);
	if (rc) {
		rl_rendered_free(&m->rend);
		rl_err_prefix(e, "condition %s", m->cond_id);
		return rc;
	}
	p.system = m->rend.system_prompt;
	p.user = m->rend.user_message;
	p.email = m->rend.email_content;
	if (begin(r)) {
		unload(m);
		*e = r->ferr;
		return r->fatal;
	}
	rc = rl_store_prompt_put(r->store, &p, &m->prompt_id, e);
	if (!rc) {
		/* A pack edited between runs: finished samples keep the prompt
		 * they were asked with (never requested again); say so. */
		int64_t old = 0;
		rl_err ie;
		if (!rl_store_condition_get(r->store, r->campaign, m->cond_id, &old, NULL, NULL,
					    &ie) &&
		    old && old != m->prompt_id)
			rl_log(RL_LOG_WARN, "campaign",
			       "condition %s renders differently than in an earlier run (pack "
			       "edited?); finished samples keep the prompt they were asked with",
			       m->cond_id);
		rc = rl_store_condition_put(r->store, r->campaign, m->cond_id, c->scenario,
					    m->prompt_id, m->rend.metadata_json, e);
	}
	if (!rc)
		rc = rl_store_sample_done_map(r->store, r->campaign, m->spec.id, m->cond_id,
					      m->done, (int)r->N, e);
	if (rc) {
		unload(m);
		return rc;
	}
	/* What identifies the request (no secrets, no base URL): same hash,
	 * same question asked. */
	rl_buf_addf(&h, "%s\n%.6g\n%d\n%d\n%s\n%s", m->spec.id, m->temperature, m->max_tokens,
		    m->thinking_budget, p.hash, m->extra_body ? m->extra_body : "");
	rl_sha256_hex(h.s, h.len, m->request_hash);
	rl_buf_free(&h);
	m->loaded = 1;
	return 0;
}

/* Shared campaign: claim for m's current condition as many samples as
 * the windows take now (claims are leases: see rl_store_claim). 0 when
 * none is left to claim there (or on error: r->fatal). */
static int claim_more(runner *r, model_state *m)
{
	/* A window's worth at once, not just the free slots: one round trip
	 * per batch instead of per sample (a loaded database host answers
	 * each in milliseconds). What is claimed and not yet asked is at most
	 * one window, released at exit or taken over after the lease. */
	int want = m->window < r->window ? m->window : r->window, got = 0;
	if (rl_store_claim(r->store, r->campaign, m->spec.id, m->cond_id, (int)r->N, want, m->q,
			   &got, &r->ferr)) {
		r->fatal = r->ferr.code ? r->ferr.code : RL_EDB;
		return 0;
	}
	m->qn = got;
	m->qpos = 0;
	return got > 0;
}

/* Shared campaign: the next (condition, sample) this worker holds a claim
 * on. A condition is rendered only once something in it was claimed, so
 * rescanning a campaign other workers are finishing stays cheap. */
static int next_shared(runner *r, model_state *m, size_t *cond, int *sample)
{
	while (m->cond < r->cfg.nconditions) {
		if (!m->loaded && m->qpos >= m->qn) {
			rl_condition_format(&r->cfg.conditions[m->cond], m->cond_id,
					    sizeof m->cond_id);
			if (!claim_more(r, m)) {
				if (r->fatal)
					return 0;
				m->cond++;
				continue;
			}
		}
		if (!m->loaded && load_cond(r, m, &r->ferr)) {
			r->fatal = r->ferr.code ? r->ferr.code : RL_EINVAL;
			return 0;
		}
		if (m->qpos < m->qn || claim_more(r, m)) {
			*cond = m->cond;
			*sample = m->q[m->qpos++];
			return 1;
		}
		if (r->fatal)
			return 0;
		unload(m);
		m->cond++;
	}
	m->exhausted = 1;
	return 0;
}

/* Next (condition, sample) for model m, or 0 when it has none left. */
static int next_work(runner *r, model_state *m, size_t *cond, int *sample)
{
	if (r->shared)
		return next_shared(r, m, cond, sample);
	while (m->cond < r->cfg.nconditions) {
		if (!m->loaded && load_cond(r, m, &r->ferr)) {
			r->fatal = r->ferr.code ? r->ferr.code : RL_EINVAL;
			return 0;
		}
		while (m->sample <= r->N) {
			int s = m->sample++;
			if (!m->done[s - 1]) {
				*cond = m->cond;
				*sample = s;
				return 1;
			}
		}
		unload(m);
		m->cond++;
		m->sample = 1;
	}
	m->exhausted = 1;
	return 0;
}

/* ---- tool-use conversations (issue 17) ---------------------------------- */

static void conv_free(conv *c)
{
	if (!c)
		return;
	free(c->system);
	free(c->first);
	free(c->tools_req);
	free(c->scenario);
	free(c->final_text);
	rl_env_free(c->env);
	rl_strlist_free(&c->roles);
	rl_strlist_free(&c->texts);
	rl_strlist_free(&c->raws);
	free(c);
}

/* tools.json ([{name, description, parameters, effect}]) as the OpenAI
 * tools array rl_request.tools_json takes. */
static char *tools_request(const char *tools_json)
{
	json_t *in = json_loads(tools_json, 0, NULL), *out = json_array(), *t;
	size_t i;
	char *s = NULL;
	if (json_is_array(in) && out) {
		json_array_foreach(in, i, t)
			json_array_append_new(out, json_pack("{s:s,s:{s:O,s:O,s:O}}", "type", "function",
							     "function", "name", json_object_get(t, "name"),
							     "description", json_object_get(t, "description"),
							     "parameters", json_object_get(t, "parameters")));
		s = json_dumps(out, JSON_COMPACT | JSON_PRESERVE_ORDER);
	}
	json_decref(in);
	json_decref(out);
	return s;
}

/* Execute one turn's calls in the environment (turn already begun) and
 * append the messages continuing the conversation. *calls_json (malloc'ed)
 * records what the environment did, call by call. */
static int conv_apply(conv *c, int wire, const char *text, const rl_tool_call *calls, size_t n,
		      char **calls_json, rl_err *e)
{
	char **res = calloc(n + 1, sizeof *res);
	json_t *rec = json_array();
	rl_strlist msgs = {0};
	size_t i;
	int rc = res && rec ? 0 : rl_err_set(e, RL_ENOMEM, "out of memory");

	for (i = 0; i < n && !rc; i++) {
		const rl_env_exec *x;
		if (rl_env_call(c->env, calls[i].id, calls[i].name, calls[i].arguments, &res[i]))
			rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		else if ((x = rl_env_exec_at(c->env, rl_env_nexec(c->env) - 1)))
			json_array_append_new(rec, json_pack("{s:s,s:s,s:s,s:s,s:b}", "id", calls[i].id,
							     "name", calls[i].name, "arguments", x->args,
							     "result", res[i], "ok", x->ok));
	}
	if (!rc)
		rc = rl_turn_messages(wire, text, calls, n, (const char *const *)res, &msgs, e);
	for (i = 0; !rc && i < msgs.n; i++) {
		/* the text projection feeds the mock's matching (turn, contains) */
		rl_buf t = RL_BUF_INIT;
		const char *role = i == 0 ? "assistant" : "tool";
		if (i == 0) {
			size_t k;
			rl_buf_adds(&t, text ? text : "");
			for (k = 0; k < n; k++)
				rl_buf_addf(&t, "\n[call %s %s]", calls[k].name, calls[k].arguments);
		} else if (wire == RL_WIRE_ANTHROPIC || wire == RL_WIRE_GEMINI) {
			size_t k;
			for (k = 0; k < n; k++)
				rl_buf_addf(&t, "%s%s", k ? "\n" : "", res[k]);
		} else
			rl_buf_adds(&t, res[i - 1]);
		if (rl_strlist_add(&c->roles, role) || rl_strlist_add(&c->texts, t.s) ||
		    rl_strlist_add(&c->raws, msgs.v[i]))
			rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		rl_buf_free(&t);
	}
	if (!rc && !(*calls_json = json_dumps(rec, JSON_COMPACT | JSON_PRESERVE_ORDER)))
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	for (i = 0; res && i < n; i++)
		free(res[i]);
	free(res);
	json_decref(rec);
	rl_strlist_free(&msgs);
	return rc;
}

typedef struct replay {
	conv *c;
	int wire;
	rl_err *e;
} replay;

/* Rebuild a conversation from one stored turn: the environment replays the
 * calls the turn made (deterministic: same answers), and the messages are
 * rebuilt from the stored response. */
static int replay_turn(void *ud, const rl_turn_rec *t)
{
	replay *rp = ud;
	conv *c = rp->c;
	json_t *rec = json_loads(t->calls_json ? t->calls_json : "[]", 0, NULL), *x;
	rl_tool_call *calls;
	char *cj = NULL;
	size_t i, n = json_array_size(rec);
	int rc;

	if (!json_is_array(rec) || t->turn != c->turn + 1) {
		json_decref(rec);
		return rl_err_set(rp->e, RL_EPROTO, "stored turn %d does not follow turn %d", t->turn, c->turn);
	}
	calls = calloc(n + 1, sizeof *calls);
	if (!calls) {
		json_decref(rec);
		return rl_err_set(rp->e, RL_ENOMEM, "out of memory");
	}
	json_array_foreach(rec, i, x) {
		calls[i].id = (char *)json_string_value(json_object_get(x, "id"));
		calls[i].name = (char *)json_string_value(json_object_get(x, "name"));
		calls[i].arguments = (char *)json_string_value(json_object_get(x, "arguments"));
	}
	rl_env_begin_turn(c->env, (unsigned)t->turn);
	rc = conv_apply(c, rp->wire, t->response, calls, n, &cj, rp->e);
	free(cj);
	free(calls);
	json_decref(rec);
	c->turn = t->turn;
	c->in_tok += t->input_tokens > 0 ? t->input_tokens : 0;
	c->out_tok += t->output_tokens > 0 ? t->output_tokens : 0;
	if (!rc && (!n || t->turn >= c->max_turns)) {
		c->ended = 1;
		free(c->final_text);
		c->final_text = strdup(t->response ? t->response : "");
	}
	return rc;
}

/* A new conversation for model m's current condition, continued from its
 * stored turns. */
static conv *conv_open(runner *r, model_state *m, int sample, rl_err *e)
{
	const rl_condition *cd = &r->cfg.conditions[m->cond];
	conv *c = calloc(1, sizeof *c);
	replay rp;

	if (!c || !(c->system = strdup(m->rend.system_prompt)) ||
	    !(c->first = strdup(m->rend.user_message)) || !(c->scenario = strdup(cd->scenario)) ||
	    !(c->tools_req = tools_request(m->rend.tools_json))) {
		conv_free(c);
		rl_err_set(e, RL_ENOMEM, "out of memory");
		return NULL;
	}
	c->max_turns = m->rend.max_turns ? (int)m->rend.max_turns : 1;
	if (rl_env_new(&m->rend, rl_pack_harm(r->pack, cd->scenario), &c->env, e)) {
		conv_free(c);
		return NULL;
	}
	rp.c = c;
	rp.wire = m->spec.wire;
	rp.e = e;
	if (rl_store_turns_get(r->store, r->campaign, m->spec.id, m->cond_id, sample, replay_turn, &rp, e)) {
		conv_free(c);
		return NULL;
	}
	return c;
}

static void on_done(void *ud, rl_response *rs);
static void conv_finish(runner *r, job *j, const rl_response *rs, int refill);

/* Send j's next model call: the single prompt, or the conversation so far. */
static int send_job(runner *r, job *j)
{
	model_state *m = &r->m[j->model];
	conv *c = j->cv;
	rl_message one = {"user", m->rend.user_message, NULL}, *msgs = &one;
	rl_request rq;
	size_t k, nmsg = 1;
	rl_err e;
	int rc;

	memset(&rq, 0, sizeof rq);
	rq.model = &m->spec;
	rq.system = m->rend.system_prompt;
	rq.temperature = m->temperature;
	rq.max_tokens = m->max_tokens;
	rq.thinking_budget = m->thinking_budget;
	rq.headers = m->headers;
	rq.nheaders = m->nheaders;
	rq.extra_body_json = m->extra_body;
	rq.condition = m->cond_id;
	rq.sample = j->sample;
	rq.reuse_key = m->request_hash; /* headers are per model: same hash, same bytes */
	if (c) {
		/* each turn's body differs: no sharing; rate limits, retries and
		 * in-flight accounting apply per model call as for any request */
		nmsg = 1 + c->roles.n;
		if (!(msgs = calloc(nmsg, sizeof *msgs))) {
			r->fatal = rl_err_set(&r->ferr, RL_ENOMEM, "out of memory");
			return -1;
		}
		msgs[0].role = "user";
		msgs[0].content = c->first;
		for (k = 0; k < c->roles.n; k++) {
			msgs[k + 1].role = c->roles.v[k];
			msgs[k + 1].content = c->texts.v[k];
			msgs[k + 1].raw_json = c->raws.v[k];
		}
		rq.system = c->system;
		rq.tools_json = c->tools_req;
		rq.reuse_key = NULL;
	}
	{
		char cid[RL_COND_ID_MAX];
		rl_condition_format(&r->cfg.conditions[j->cond], cid, sizeof cid);
		rq.condition = c ? cid : m->cond_id;
		rq.messages = msgs;
		rq.nmessages = nmsg;
		rc = rl_transport_submit(r->t, &rq, on_done, j, &e);
	}
	if (msgs != &one)
		free(msgs);
	if (rc) {
		if (rl_transport_is_set_aside(r->t, m->spec.id)) {
			m->aside = 1;
			return 0;
		}
		/* A request that cannot even be encoded is bad input. */
		r->fatal = rl_err_set(&r->ferr, e.code ? e.code : RL_EINVAL,
				      "model %s, condition %s: %s", m->spec.id, m->cond_id, e.msg);
		return -1;
	}
	m->pending++;
	r->pending++;
	r->idle_clean = 0;
	return 1;
}

static int submit(runner *r, size_t mi, size_t cond, int sample)
{
	model_state *m = &r->m[mi];
	job *j = malloc(sizeof *j);
	int rc;

	if (!j) {
		r->fatal = rl_err_set(&r->ferr, RL_ENOMEM, "out of memory");
		return -1;
	}
	j->r = r;
	j->model = mi;
	j->cond = cond;
	j->sample = sample;
	j->started_ms = rl_wall_ms();
	j->prompt_id = m->prompt_id;
	j->cv = NULL;
	memcpy(j->request_hash, m->request_hash, sizeof j->request_hash);
	if (m->rend.tools_json) {
		if (begin(r)) {
			free(j);
			return -1;
		}
		if (!(j->cv = conv_open(r, m, sample, &r->ferr))) {
			r->fatal = r->ferr.code ? r->ferr.code : RL_ENOMEM;
			rl_err_prefix(&r->ferr, "model %s, condition %s, sample %d", m->spec.id, m->cond_id, sample);
			free(j);
			return -1;
		}
		if (j->cv->ended) {
			/* killed after its last turn was stored, before its sample row */
			conv_finish(r, j, NULL, 0);
			return 1;
		}
	}
	rc = send_job(r, j);
	if (rc <= 0) {
		conv_free(j->cv);
		free(j);
	}
	return rc;
}

/* Keep every model's window full (round robin, so one model's cap never
 * starves the others). */
static void fill(runner *r)
{
	int progress = 1;
	while (progress && !r->fatal && !r->closing && r->pending < r->window &&
	       !(r->o->stop && *r->o->stop)) {
		size_t k;
		progress = 0;
		for (k = 0; k < r->nm && r->pending < r->window; k++) {
			size_t mi = (r->rr + k) % r->nm;
			model_state *m = &r->m[mi];
			size_t cond;
			int sample;
			if (m->exhausted || m->aside || m->pending >= m->window)
				continue;
			if (!next_work(r, m, &cond, &sample))
				continue;
			if (submit(r, mi, cond, sample) < 0)
				return;
			progress = 1;
		}
		r->rr++;
	}
}

static void on_set_aside(void *ud, const char *model_id, const char *reason)
{
	runner *r = ud;
	size_t i;
	rl_err e;
	for (i = 0; i < r->nm; i++) {
		if (strcmp(r->m[i].spec.id, model_id))
			continue;
		if (!r->m[i].aside)
			r->st.set_aside++;
		r->m[i].aside = 1;
	}
	/* (The transport logs it; the store records it for status/resume.) */
	if (!r->fatal && !begin(r) &&
	    rl_store_model_set_aside(r->store, r->campaign, model_id, reason, &e)) {
		r->fatal = e.code;
		r->ferr = e;
	}
}

/* Tokens and cost of one model call, in the run's totals. */
static void account(runner *r, model_state *m, const rl_response *rs)
{
	if (rs->input_tokens > 0)
		r->st.input_tokens += rs->input_tokens;
	if (rs->output_tokens > 0)
		r->st.output_tokens += rs->output_tokens;
	if (rs->reasoning_tokens > 0)
		r->st.reasoning_tokens += rs->reasoning_tokens;
	if ((rs->input_tokens > 0 || rs->output_tokens > 0) && !m->price && !rs->mock)
		r->st.cost_known = 0;
	r->st.cost_usd += cost_of(m, rs->input_tokens, rs->output_tokens);
}

/* The conversation is over (no tool call, or max_turns): its sample row,
 * whose tool_calls are what the environment executed (the ground truth
 * classify reads), and whose response is the last turn's text. */
static void conv_finish(runner *r, job *j, const rl_response *rs, int refill)
{
	model_state *m = &r->m[j->model];
	conv *c = j->cv;
	char cond_id[RL_COND_ID_MAX], *acts = NULL;
	size_t *map = NULL, na = 0;
	rl_sample s;
	rl_err e;

	rl_condition_format(&r->cfg.conditions[j->cond], cond_id, sizeof cond_id);
	if (rl_env_actions_json(c->env, &acts, &map, &na)) {
		r->fatal = rl_err_set(&r->ferr, RL_ENOMEM, "out of memory");
		rl_transport_stop(r->t);
		goto out;
	}
	memset(&s, 0, sizeof s);
	s.campaign = r->campaign;
	s.model = m->spec.id;
	s.condition = cond_id;
	s.index = j->sample;
	s.prompt_id = j->prompt_id;
	s.request_hash = j->request_hash;
	s.status = RL_SAMPLE_DONE;
	s.response = rs ? (rs->text ? rs->text : "") : (c->final_text ? c->final_text : "");
	s.response_len = strlen(s.response);
	if (!s.response_len)
		s.response = "";
	s.reasoning = rs ? rs->reasoning : NULL;
	s.reasoning_len = rs ? rs->reasoning_len : 0;
	s.tool_calls = acts;
	s.input_tokens = c->in_tok;
	s.output_tokens = c->out_tok;
	s.reasoning_tokens = -1;
	s.latency_ms = rs ? rs->latency_ms : 0;
	s.attempts = c->turn;
	s.mock = rs ? rs->mock : 0;
	s.started_ms = j->started_ms;
	s.finished_ms = rl_wall_ms();
	s.finish_reason = c->turn >= c->max_turns ? "max_turns"
			  : rs ? (rs->finish_raw[0] ? rs->finish_raw : rl_finish_name(rs->finish)) : "stop";
	if (!r->fatal && begin(r)) {
		rl_transport_stop(r->t);
	} else if (!r->fatal) {
		int rc = rl_store_sample_put(r->store, &s, &e);
		if (rc && rc != RL_EEXIST) {
			r->fatal = rc;
			r->ferr = e;
			rl_transport_stop(r->t);
		}
	}
	r->st.done++;
out:
	free(acts);
	free(map);
	conv_free(c);
	free(j);
	if (refill && !r->fatal)
		fill(r);
}

/* One model call of a conversation came back: execute its tool calls in
 * the environment, store the turn, and either ask again or finish. */
static void conv_step(runner *r, job *j, rl_response *rs)
{
	model_state *m = &r->m[j->model];
	conv *c = j->cv;
	rl_tool_call *calls = NULL;
	size_t n = 0;
	int trunc = 0;
	char cond_id[RL_COND_ID_MAX], *cj = NULL;
	rl_turn_rec t;
	rl_err e;

	account(r, m, rs);
	c->in_tok += rs->input_tokens > 0 ? rs->input_tokens : 0;
	c->out_tok += rs->output_tokens > 0 ? rs->output_tokens : 0;
	/* malformed tool calls from the model are no calls (hostile input) */
	if (rs->tool_calls && rl_tool_calls_parse(m->spec.wire, rs->tool_calls, rs->tool_calls_len,
						  CONV_MAX_CALLS, &calls, &n, &trunc, &e))
		n = 0;
	c->turn++;
	rl_env_begin_turn(c->env, (unsigned)c->turn);
	if (conv_apply(c, m->spec.wire, rs->text, calls, n, &cj, &r->ferr)) {
		r->fatal = r->ferr.code ? r->ferr.code : RL_ENOMEM;
		rl_transport_stop(r->t);
		rl_tool_calls_free(calls, n);
		conv_free(c);
		free(j);
		return;
	}
	rl_tool_calls_free(calls, n);
	rl_condition_format(&r->cfg.conditions[j->cond], cond_id, sizeof cond_id);
	memset(&t, 0, sizeof t);
	t.turn = c->turn;
	t.response = rs->text;
	t.tool_calls = rs->tool_calls;
	t.calls_json = cj;
	t.input_tokens = rs->input_tokens;
	t.output_tokens = rs->output_tokens;
	if (!r->fatal && begin(r)) {
		rl_transport_stop(r->t);
	} else if (!r->fatal) {
		int rc = rl_store_turn_put(r->store, r->campaign, m->spec.id, cond_id, j->sample, &t, &e);
		if (rc) {
			r->fatal = rc;
			r->ferr = e;
			rl_transport_stop(r->t);
		}
	}
	free(cj);
	if (r->fatal) {
		conv_free(c);
		free(j);
		return;
	}
	if (n && c->turn < c->max_turns) {
		int rc = send_job(r, j);
		if (rc <= 0) {
			conv_free(c);
			free(j);
		}
		if (!r->fatal)
			fill(r);
		return;
	}
	conv_finish(r, j, rs, 1);
}

static void on_done(void *ud, rl_response *rs)
{
	job *j = ud;
	runner *r = j->r;
	model_state *m = &r->m[j->model];
	rl_sample s;
	char cond_id[RL_COND_ID_MAX], msg[800];
	rl_err e;

	/* one completion per request sent (rl_transport calls back once) */
	assert(m->pending > 0 && r->pending > 0);
	m->pending--;
	r->pending--;
	if (r->closing) {
		conv_free(j->cv);
		free(j);
		return;
	}
	if (rs->error == RL_EINTR || rs->set_aside) {
		/* Never sent, or cut at shutdown: not a result; resume asks again. */
		if (rs->set_aside)
			m->aside = 1;
		conv_free(j->cv);
		free(j);
		if (!r->fatal)
			fill(r);
		return;
	}
	if (j->cv && !rs->error) {
		conv_step(r, j, rs);
		return;
	}
	rl_condition_format(&r->cfg.conditions[j->cond], cond_id, sizeof cond_id);
	memset(&s, 0, sizeof s);
	s.campaign = r->campaign;
	s.model = m->spec.id;
	s.condition = cond_id;
	s.index = j->sample;
	s.prompt_id = j->prompt_id;
	s.request_hash = j->request_hash;
	s.input_tokens = rs->input_tokens;
	s.output_tokens = rs->output_tokens;
	s.reasoning_tokens = rs->reasoning_tokens;
	s.latency_ms = rs->latency_ms;
	s.attempts = rs->attempts > 0 ? rs->attempts : 1;
	s.mock = rs->mock;
	s.started_ms = j->started_ms;
	s.finished_ms = rl_wall_ms();
	s.finish_reason = rs->finish_raw[0] ? rs->finish_raw : rl_finish_name(rs->finish);
	s.model_reported = rs->model_reported[0] ? rs->model_reported : NULL;
	if (rs->error) {
		rl_buf b = RL_BUF_INIT;
		rl_buf_addf(&b, "model %s, condition %s, sample %d: %s", m->spec.id, cond_id,
			    j->sample, rs->error_msg[0] ? rs->error_msg : rl_strerror(rs->error));
		copy_str(msg, sizeof msg, b.s);
		rl_buf_free(&b);
		s.status = RL_SAMPLE_ERROR;
		s.error = msg;
		r->st.errors++;
		copy_str(r->st.last_error, sizeof r->st.last_error, msg);
	} else {
		s.status = RL_SAMPLE_DONE;
		s.response = rs->text ? rs->text : "";
		s.response_len = rs->text ? rs->text_len : 0;
		if (s.response_len == 0)
			s.response = "";
		s.reasoning = rs->reasoning;
		s.reasoning_len = rs->reasoning_len;
		s.tool_calls = rs->tool_calls;
		r->st.done++;
	}
	/* Empty text with length 0 would be taken as strlen: bind "" then. */
	if (!r->fatal && begin(r)) {
		rl_transport_stop(r->t);
	} else if (!r->fatal) {
		int rc = rl_store_sample_put(r->store, &s, &e);
		if (rc && rc != RL_EEXIST) {
			r->fatal = rc;
			r->ferr = e;
			rl_transport_stop(r->t);
		}
	}
	account(r, m, rs);
	conv_free(j->cv); /* a failed turn: the sample is an error; resume continues
			   * from its stored turns */
	free(j);
	if (!r->fatal)
		fill(r);
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
static int add_pool_limits(runner *r, rl_err *e)
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

static int add_limits(runner *r, rl_err *e)
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

/* ---- the run ----------------------------------------------------------- */

/* The pass's transaction, opened by its first write (an idle pass writes
 * nothing and costs no transaction); commit() ends it. -1 when it cannot
 * be opened (r->fatal and r->ferr say why). */
static int begin(runner *r)
{
	if (r->in_tx || r->fatal)
		return 0;
	if (rl_store_begin(r->store, &r->ferr)) {
		r->fatal = r->ferr.code;
		return -1;
	}
	r->in_tx = 1;
	return 0;
}

static int commit(runner *r)
{
	if (!r->in_tx)
		return 0;
	r->in_tx = 0;
	if (r->fatal) {
		rl_store_rollback(r->store);
		return -1;
	}
	if (rl_store_commit(r->store, &r->ferr)) {
		r->fatal = r->ferr.code;
		return -1;
	}
	return 0;
}

/* Shared campaign: renew this worker's lease (every quarter lease, at
 * most every second; `force`: now) and learn whether others are busy. */
static int beat(runner *r, int force)
{
	int64_t now = rl_mono_ms(), every = (r->o->lease_ms > 0 ? r->o->lease_ms : 30000) / 4;
	if (every > 1000)
		every = 1000;
	if (!force && now - r->last_beat < every)
		return 0;
	r->last_beat = now;
	if (rl_store_heartbeat(r->store, r->campaign, &r->others, &r->ferr)) {
		r->fatal = r->ferr.code ? r->ferr.code : RL_EDB;
		return -1;
	}
	return 0;
}

/* Shared campaign, this worker idle: samples other workers hold may still
 * come back (a worker killed mid-run: its claims expire). Wait a little
 * and rescan while another worker is busy; after one rescan with nobody
 * busy, the campaign is finished as far as this worker can tell. */
static int more_elsewhere(runner *r)
{
	size_t i;
	if (beat(r, 1))
		return 0;
	if (!r->others && r->idle_clean)
		return 0;
	r->idle_clean = !r->others;
	if (r->others)
		usleep(100 * 1000);
	for (i = 0; i < r->nm; i++) {
		model_state *m = &r->m[i];
		if (m->aside)
			continue;
		unload(m);
		m->cond = 0;
		m->sample = 1;
		m->qn = m->qpos = 0;
		m->exhausted = 0;
	}
	return 1;
}

/* Every sample of the plan done (by this run, earlier ones, or, for a
 * shared campaign, any worker). */
static int all_done(runner *r)
{
	int64_t n = 0;
	rl_err e;
	if (!r->shared)
		return r->st.done_before + r->st.done >= r->st.total;
	return !count_done_before(r, r->store, r->campaign, &n, &e) && n >= r->st.total;
}

static void report(runner *r, int final)
{
	r->st.elapsed_ms = rl_mono_ms() - r->t0;
	r->st.in_flight = r->t ? rl_transport_pending(r->t) : 0;
	r->st.http_requests = r->t ? rl_transport_http_requests(r->t) : 0;
	if (r->o->progress)
		r->o->progress(r->o->ud, &r->st, final);
}

static int plan(runner *r, const char *db_path, int dry, rl_err *e)
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
		render_opts(r, &ro);
		for (c = 0; c < r->cfg.nconditions && !rc; c++) {
			rl_rendered rd;
			rc = rl_pack_render(r->pack, &r->cfg.conditions[c], &ro, &rd, e);
			if (!rc)
				bytes += (int64_t)(strlen(rd.system_prompt) + strlen(rd.user_message));
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
					p.est_cost_input_usd += cost_of(m, in, 0);
					p.est_cost_output_usd += cost_of(m, 0, out);
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

static void runner_free(runner *r)
{
	size_t i;
	/* The transport first: freeing it completes whatever is still queued
	 * (RL_EINTR), and those callbacks still see the models. */
	r->closing = 1;
	rl_transport_free(r->t);
	r->t = NULL;
	for (i = 0; i < r->nm; i++) {
		unload(&r->m[i]);
		free(r->m[i].done);
		free(r->m[i].q);
	}
	free(r->m);
	if (r->in_tx)
		rl_store_rollback(r->store);
	if (r->shared)
		rl_store_release(r->store); /* what is left unasked goes back */
	rl_store_close(r->store);
	rl_pack_free(r->pack);
	rl_config_free(&r->cfg);
	if (r->lock_fd >= 0) {
		/* Unlinked while still held: a runner that opened this file
		 * meanwhile finds it no longer at the path and takes a new one
		 * (lock_db checks), so removing it never lets two run. */
		if (r->lock_path)
			unlink(r->lock_path);
		close(r->lock_fd); /* releases the flock */
	}
	free(r->lock_path);
}

/* One runner per database at a time: two would both see the same samples
 * unfinished and pay for them twice (UNIQUE keeps the rows single, not the
 * requests). A separate lock file, because closing any descriptor of the
 * database file itself would drop SQLite's own POSIX locks; named after
 * the database's real path (symlinks resolved, also one made before the
 * database exists), so every name of one file takes the same lock. */
static int lock_db(runner *r, const char *db, rl_err *e)
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
			return rl_err_set(e, RL_EIO, "%s: cannot create: %s", path, strerror(errno));
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

int rl_campaign_run(const rl_campaign_opts *o, int *outcome, rl_campaign_stats *st_out,
		    char *db_out, size_t dbn, rl_err *e)
{
	runner r;
	char db[4096];
	const char *pack_dir;
	rl_transport_opts to;
	int rc, stopping = 0;
	int64_t last = 0, run_id = 0;
	char *snap = NULL;
	char outcome_s[700];

	memset(&r, 0, sizeof r);
	r.lock_fd = -1;
	r.o = o;
	r.t0 = rl_mono_ms();
	r.st.cost_known = 1;
	*outcome = RL_CAMPAIGN_INCOMPLETE;
	if ((rc = rl_config_load(o->config_path, &r.cfg, e)))
		goto out;
	r.N = o->samples > 0 ? o->samples : r.cfg.samples_per_condition;
	if (r.N < 1 || r.N > 1000000) {
		rc = rl_err_set(e, RL_EINVAL, "%s: samples_per_condition must be 1..1000000, got %ld",
				o->config_path, r.N);
		goto out;
	}
	pack_dir = o->pack_dir ? o->pack_dir : r.cfg.pack ? r.cfg.pack : o->default_pack;
	if (!pack_dir) {
		rc = rl_err_set(e, RL_EINVAL, "no pack given (use --pack DIR or `pack:` in %s)",
				o->config_path);
		goto out;
	}
	/* defenses: the prompt-level ones become conditions (src/defense/) */
	if ((rc = rl_pack_load(pack_dir, &r.pack, e)) ||
	    (rc = rl_config_check_pack(&r.cfg, r.pack, e)) ||
	    (rc = rl_defense_expand(&r.cfg, r.pack, e)) || (rc = setup_models(&r, e)))
		goto out;
	{
		/* recorded absolute: classify may run from another directory */
		char *abs = realpath(pack_dir, NULL);
		snprintf(r.pack_abs, sizeof r.pack_abs, "%s", abs ? abs : pack_dir);
		free(abs);
	}
	if (r.cfg.nconditions == 0) {
		rc = rl_err_set(e, RL_EINVAL, "%s: the config expands to no conditions "
					      "(no enabled expansion?)",
				o->config_path);
		goto out;
	}
	if (r.cfg.ndefenses)
		rl_log(RL_LOG_WARN, "campaign",
		       "%s: `defenses:` is evaluated by 'redline defend'; 'redline run' runs the "
		       "conditions without them",
		       o->config_path);
	r.st.total = (int64_t)r.nm * (int64_t)r.cfg.nconditions * r.N;
	if (o->db_path)
		snprintf(db, sizeof db, "%s", o->db_path);
	else
		rl_campaign_default_db(r.cfg.experiment_id, o->config_path, db, sizeof db);
	if (db_out && dbn)
		snprintf(db_out, dbn, "%s", db);

	if (o->dry_run) {
		rl_store *ro = NULL;
		int64_t camp;
		rl_err ie;
		if ((rl_store_is_url(db) || access(db, F_OK) == 0) &&
		    !rl_store_open(&ro, db, RL_STORE_RDONLY, &ie) &&
		    !rl_store_campaign_find(ro, *r.cfg.experiment_id ? r.cfg.experiment_id : NULL,
					    &camp, &ie))
			count_done_before(&r, ro, camp, &r.st.done_before, &ie);
		rl_store_close(ro);
		rc = plan(&r, db, 1, e);
		*outcome = r.st.done_before >= r.st.total ? RL_CAMPAIGN_COMPLETE
							  : RL_CAMPAIGN_INCOMPLETE;
		goto out;
	}
	/* A PostgreSQL store needs no lock: workers share it through claims. */
	if ((rc = check_keys(&r, e)) || (!rl_store_is_url(db) && (rc = lock_db(&r, db, e))))
		goto out;

	if ((rc = rl_store_open(&r.store, db, RL_STORE_CREATE, e)))
		goto out;
	r.shared = rl_store_shared(r.store);
	if (r.shared)
		rl_store_set_lease(r.store, o->lease_ms > 0 ? o->lease_ms : 30000);
	snap = snapshot(&r);
	if (!snap) {
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		goto out;
	}
	{
		const char *exp = *r.cfg.experiment_id ? r.cfg.experiment_id : NULL;
		char stem[512];
		if (!exp) {
			/* No experiment_id: name the campaign after the db. */
			const char *b = strrchr(db, '/');
			copy_str(stem, sizeof stem, b ? b + 1 : db);
			exp = stem;
		}
		warn_pack_changed(&r, exp);
		if ((rc = rl_store_campaign_open(r.store, exp, snap, r.pack_abs,
						 &r.campaign, e)) ||
		    (rc = rl_store_run_begin(r.store, r.campaign, o->argv_summary, &run_id, e)))
			goto out;
	}
	{
		size_t i;
		for (i = 0; i < r.nm; i++)
			if ((rc = rl_store_model_clear(r.store, r.campaign, r.m[i].spec.id, e)))
				goto out;
	}
	if ((rc = count_done_before(&r, r.store, r.campaign, &r.st.done_before, e)) ||
	    (rc = plan(&r, db, 0, e)))
		goto out;

	rl_transport_opts_default(&to);
	if (o->max_in_flight > 0)
		to.max_in_flight = o->max_in_flight;
	if (o->max_attempts > 0)
		to.max_attempts = o->max_attempts;
	else if (r.cfg.retries + 1 > to.max_attempts)
		to.max_attempts = (int)r.cfg.retries + 1;
	if (o->backoff_base_ms > 0)
		to.backoff_base_ms = o->backoff_base_ms;
	if (o->timeout_ms > 0)
		to.timeout_ms = o->timeout_ms;
	else if (r.cfg.timeout_seconds > 0)
		to.timeout_ms = (int)(r.cfg.timeout_seconds * 1000);
	if (o->set_aside_after)
		to.set_aside_after = o->set_aside_after;
	to.on_set_aside = on_set_aside;
	to.ud = &r;
	if ((rc = rl_transport_new(&to, &r.t, e)) || (rc = add_limits(&r, e)) ||
	    (rc = add_pool_limits(&r, e)))
		goto out;
	for (size_t i = 0; r.shared && i < r.nm; i++)
		if (!(r.m[i].q = calloc((size_t)r.window + 1, sizeof *r.m[i].q))) {
			rc = rl_err_set(e, RL_ENOMEM, "out of memory");
			goto out;
		}

	/* The loop: fill, drive for one pass, commit what the pass wrote. */
	for (;;) {
		int64_t now;
		if (o->stop && *o->stop) {
			stopping = 1;
			break;
		}
		fill(&r);
		if (r.fatal)
			break;
		if (r.pending == 0) {
			size_t i;
			int more = 0;
			for (i = 0; i < r.nm; i++)
				if (!r.m[i].exhausted && !r.m[i].aside)
					more = 1;
			if (!more && !(r.shared && more_elsewhere(&r)))
				break;
		}
		rl_transport_run(r.t, r.shared ? SHARED_PASS_MS : PASS_MS);
		if (commit(&r) || (r.shared && beat(&r, 0)))
			break;
		now = rl_mono_ms();
		if (now - last >= (o->progress_ms > 0 ? o->progress_ms : 1000)) {
			report(&r, 0);
			last = now;
		}
	}
	if (stopping || r.fatal) {
		/* Let what is in flight finish (and be recorded) up to the
		 * deadline; what is cut is simply not finished. */
		rl_transport_stop(r.t);
		rl_transport_drain(r.t, r.fatal ? 0 : (o->drain_ms > 0 ? o->drain_ms : 30000));
	}
	commit(&r);
	report(&r, 1);
	if (r.fatal) {
		if (e)
			*e = r.ferr;
		rc = r.fatal;
		memcpy(outcome_s, "failed: ", 9);
		copy_str(outcome_s + 8, sizeof outcome_s - 8, r.ferr.msg);
	} else if (stopping) {
		*outcome = RL_CAMPAIGN_STOPPED;
		snprintf(outcome_s, sizeof outcome_s, "interrupted");
	} else if (r.st.errors || r.st.set_aside || !all_done(&r)) {
		*outcome = RL_CAMPAIGN_INCOMPLETE;
		snprintf(outcome_s, sizeof outcome_s, "incomplete: %lld errors, %lld models set aside",
			 (long long)r.st.errors, (long long)r.st.set_aside);
	} else {
		*outcome = RL_CAMPAIGN_COMPLETE;
		snprintf(outcome_s, sizeof outcome_s, "completed");
	}
	if (run_id) {
		rl_err ie;
		rl_store_run_end(r.store, run_id, outcome_s, &ie);
	}
out:
	if (st_out)
		*st_out = r.st;
	free(snap);
	runner_free(&r);
	return rc;
}
