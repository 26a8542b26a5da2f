/* cursor.c: the campaign runner's work cursor. Each model walks its
 * (condition, sample) pairs in order, rendering a condition once and
 * skipping the samples already finished; a shared (PostgreSQL) campaign
 * takes its samples from claims instead, so workers never ask twice. */
#include "campaign/campaign_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void camp_render_opts(const runner *r, rl_render_opts *ro)
{
	rl_config_render_opts(&r->cfg, ro);
	ro->constitution_text = rl_defense_constitution_text(&r->cfg);
}

/* ---- the work cursor --------------------------------------------------- */

void camp_unload(model_state *m)
{
	rl_rendered_free(&m->rend);
	camp_fixed_unref(m->fixed);
	m->fixed = NULL;
	rl_env_free(m->env_proto);
	m->env_proto = NULL;
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

	camp_render_opts(r, &ro);
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
	if (camp_begin(r)) {
		camp_unload(m);
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
		camp_unload(m);
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
		camp_unload(m);
		m->cond++;
	}
	m->exhausted = 1;
	return 0;
}

/* Next (condition, sample) for model m, or 0 when it has none left. */
int camp_next_work(runner *r, model_state *m, size_t *cond, int *sample)
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
		camp_unload(m);
		m->cond++;
		m->sample = 1;
	}
	m->exhausted = 1;
	return 0;
}
