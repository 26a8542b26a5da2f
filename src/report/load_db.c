/* load_db.c: fill a result set from a campaign database, read only,
 * through the store API (and store/report_queries.c for the one query the
 * store lacks: which verdict kinds exist). Verdict records are mapped the
 * same way as classify's JSON Lines (load_jsonl.c's helpers), so both
 * inputs give identical reports. */
#include "redline/report.h"

#include <stdlib.h>
#include <string.h>

#include "redline/campaign.h"
#include "redline/store.h"
#include "report/internal.h"
#include "store/report_queries.h"

typedef struct scen_cache {
	char **cond, **scen;
	size_t n, cap;
} scen_cache;

static const char *scenario_for(rl_store *st, int64_t camp, scen_cache *c, const char *cond)
{
	size_t i;
	char *sc = NULL;
	rl_err e;

	for (i = c->n; i-- > 0;)
		if (!strcmp(c->cond[i], cond))
			return c->scen[i];
	if (rl_store_condition_get(st, camp, cond, NULL, &sc, NULL, &e))
		sc = NULL; /* unknown to the store: derived from the id later */
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 32;
		char **a = realloc(c->cond, cap * sizeof *a), **b;
		if (!a) {
			free(sc);
			return NULL;
		}
		c->cond = a;
		b = realloc(c->scen, cap * sizeof *b);
		if (!b) {
			free(sc);
			return NULL;
		}
		c->scen = b;
		c->cap = cap;
	}
	c->cond[c->n] = strdup(cond);
	if (!c->cond[c->n]) {
		free(sc);
		return NULL;
	}
	c->scen[c->n++] = sc;
	return sc;
}

static void cache_free(scen_cache *c)
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		free(c->cond[i]);
		free(c->scen[i]);
	}
	free(c->cond);
	free(c->scen);
}

static int text_verdict(const char *s)
{
	json_t *j;
	int v;
	if (!s)
		return RL_VERDICT_UNKNOWN;
	j = json_string(s);
	v = j ? rl_report_verdict_of(j) : RL_VERDICT_UNKNOWN;
	json_decref(j);
	return v;
}

static int text_awareness(const char *s)
{
	json_t *j;
	int v;
	if (!s)
		return RL_AWARE_UNLABELED;
	j = json_string(s);
	v = j ? rl_report_awareness_of(j) : RL_AWARE_UNLABELED;
	json_decref(j);
	return v;
}

/* The original framework names each model directory after the model
 * string of its config ("deepseek-ai/DeepSeek-R1" ->
 * deepseek-ai_DeepSeek-R1), so the name, not the canonical id
 * ("together:deepseek-ai/DeepSeek-R1"), decides. */
json_t *rl_report_model_names(rl_store *s, int64_t camp)
{
	json_t *map = json_object(), *snap, *models, *mo;
	rl_campaign c;
	rl_err e;
	size_t i;

	memset(&c, 0, sizeof c);
	if (!map || rl_store_campaign_get(s, camp, &c, &e))
		return map;
	snap = c.config_json ? json_loads(c.config_json, 0, NULL) : NULL;
	models = json_object_get(snap, "models");
	json_array_foreach(models, i, mo) {
		json_t *id = json_object_get(mo, "id"), *name = json_object_get(mo, "name");
		if (json_is_string(id) && json_is_string(name))
			json_object_set(map, json_string_value(id), name);
	}
	json_decref(snap);
	rl_campaign_free(&c);
	return map;
}

/* A tool-form sample's turns (issue 17) into a JSON array. */
static int turn_cb(void *ud, const rl_turn_rec *t)
{
	return rl_report_turn_add(ud, t->turn, t->response, t->calls_json);
}

/* What the set keeps of all tool-form samples' turns together: a
 * campaign of many long conversations still loads in bounded memory (the
 * browser embeds at most --max-transcripts samples anyway). */
#define TURNS_SET_MAX (64u << 20)

int rl_result_set_load_db(rl_result_set *s, const char *db, const rl_db_select *sel, rl_err *e)
{
	rl_store *st = NULL;
	rl_sample_iter *it = NULL;
	rl_sample_filter f;
	rl_verdict_kind k;
	scen_cache cache;
	rl_span_acc *acc = NULL;
	rl_buf cats = RL_BUF_INIT, idb = RL_BUF_INIT;
	int64_t camp;
	int rc;
	const char *exp = sel ? sel->campaign : NULL;
	json_t *names = NULL;
	size_t turns_bytes = 0;

	memset(&k, 0, sizeof k);
	memset(&cache, 0, sizeof cache);
	rc = rl_store_open(&st, db, RL_STORE_RDONLY, e);
	if (rc)
		return rc;
	rc = rl_store_campaign_find(st, exp, &camp, e);
	if (!rc && !(names = rl_report_model_names(st, camp)))
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	if (!rc) {
		rl_campaign c;
		memset(&c, 0, sizeof c);
		if (rl_store_campaign_get(st, camp, &c, NULL) == 0 && c.experiment_id)
			snprintf(s->experiment, sizeof s->experiment, "%s", c.experiment_id);
		rl_campaign_free(&c);
	}
	if (!rc)
		/* nothing classified (in the requested mode): every sample unknown */
		rc = rl_store_verdict_kind_pick(st, camp, sel ? sel->mode : NULL,
						sel ? sel->judge : NULL, &k, e);
	if (rc)
		goto out;
	acc = malloc(sizeof *acc);
	if (!acc) {
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		goto out;
	}
	memset(&f, 0, sizeof f);
	f.campaign = camp;
	f.status = RL_SAMPLE_DONE;
	f.mode = k.mode;
	f.judge = k.judge;
	rc = rl_store_iter_samples(st, &f, &it, e);
	while (!rc) {
		const rl_sample *smp;
		const rl_verdict *v;
		rl_result r;
		json_t *rules = NULL;
		rc = rl_store_iter_next(it, &smp, &v, e);
		if (rc <= 0)
			break;
		rc = 0;
		memset(&r, 0, sizeof r);
		rl_buf_reset(&idb);
		rl_buf_addf(&idb, "%s/%s/%03d", smp->model, smp->condition, smp->index);
		r.id = idb.s;
		r.model = smp->model;
		r.model_name = json_string_value(json_object_get(names, smp->model));
		r.condition = smp->condition;
		r.scenario = scenario_for(st, camp, &cache, smp->condition);
		r.sample = smp->index;
		r.response = smp->response;
		r.reasoning = smp->reasoning;
		r.rules = r.judge = RL_VERDICT_UNKNOWN;
		r.awareness = RL_AWARE_UNLABELED;
		acc->n = 0;
		rl_buf_reset(&cats);
		if (!v) {
			r.harmful = RL_VERDICT_UNKNOWN;
			r.unknown_reason = "not classified";
		} else {
			r.harmful = v->harmful == 1   ? RL_VERDICT_HARMFUL
				    : v->harmful == 0 ? RL_VERDICT_NOT_HARMFUL
						      : RL_VERDICT_UNKNOWN;
			r.unknown_reason =
				r.harmful == RL_VERDICT_UNKNOWN
					? (v->unknown_reason ? v->unknown_reason : "unspecified")
					: NULL;
			if (v->rules_json)
				rules = json_loads(v->rules_json, 0, NULL);
			if (rules) {
				json_t *aw;
				r.rules = rl_report_verdict_in(rules);
				rl_report_collect_categories(rules, &cats);
				rl_report_collect_spans(rules, NULL, acc, 0);
				aw = json_object_get(json_object_get(rules, "detectors"),
						     "eval_awareness");
				if (aw)
					r.awareness = rl_report_awareness_of(aw);
			}
			if (v->judge_model && *v->judge_model)
				r.judge = text_verdict(v->judge_verdict);
			r.judge_reasoning = v->judge_reasoning;
			if (v->awareness)
				r.awareness = text_awareness(v->awareness);
		}
		r.categories = cats.len ? cats.s : NULL;
		r.spans = acc->v;
		r.nspans = acc->n;
		{
			/* a _tools condition: its turns and the evidence on its calls */
			size_t cl = strlen(smp->condition);
			char *tt = NULL, *ce = NULL;
			if (cl > 6 && !strcmp(smp->condition + cl - 6, "_tools") &&
			    turns_bytes < TURNS_SET_MAX) {
				json_t *ta = json_array();
				if (ta && !rl_store_turns_get(st, camp, smp->model, smp->condition,
							      smp->index, turn_cb, ta, NULL))
					tt = rl_report_turns_text(ta);
				json_decref(ta);
				turns_bytes += tt ? strlen(tt) : 0;
				ce = rules ? rl_report_call_evidence(rules, smp->tool_calls) : NULL;
			}
			r.turns = tt;
			r.call_evidence = ce;
			rc = rl_result_set_add(s, &r, e);
			free(tt);
			free(ce);
		}
		json_decref(rules);
	}
	if (!rc)
		/* the judge by name: where it was asked (@URL) stays out of reports */
		snprintf(s->source, sizeof s->source,
			 "%s: campaign %s, verdicts mode=%s judge=%.*s%s", db,
			 exp ? exp : "(latest)", k.mode,
			 (int)strcspn(*k.judge ? k.judge : "(none)", "@"),
			 *k.judge ? k.judge : "(none)",
			 k.kinds > 1 ? " (other verdict kinds exist: --mode/--judge)" : "");
out:
	json_decref(names);
	rl_store_iter_free(it);
	rl_store_close(st);
	cache_free(&cache);
	free(acc);
	rl_buf_free(&cats);
	rl_buf_free(&idb);
	return rc < 0 ? rc : 0;
}
