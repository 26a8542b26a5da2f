/* manifest.c: a campaign's reproducibility manifest, read from its
 * database: what its results depend on, in one JSON object. Everything in
 * it was recorded by `run` and `classify` (the campaign's config snapshot,
 * the prompts, the verdicts, the samples' token counts); nothing is
 * guessed. What the database does not hold is named as such ("not
 * recorded"), never invented. `redline status --manifest` prints it, the
 * JSON report, the original layout (manifest.json) and the training-data
 * manifests carry it. */
#include "redline/report.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "redline/campaign.h"
#include "redline/config.h"
#include "redline/store.h"
#include "store/report_queries.h"

/* The reported id is upstream text, truncated to a fixed size by the
 * provider decoder (possibly inside a UTF-8 sequence): jansson refuses
 * invalid UTF-8, so such an id is shortened to its last whole character. */
static int add_version(void *ud, const char *model, const char *reported, int64_t n)
{
	json_t *o = ud, *list, *row = json_object(), *id = NULL;
	size_t len = reported ? strlen(reported) : 0;

	while (reported && len && !(id = json_stringn(reported, len)))
		len--;
	if (!model)
		model = "";
	if (!(list = json_object_get(o, model))) {
		list = json_array();
		json_object_set_new(o, model, list);
	}
	json_object_set_new(row, "reported", id ? id : json_string("not recorded"));
	json_object_set_new(row, "samples", json_integer(n));
	json_array_append_new(list, row);
	return 0;
}

static int add_kind(void *ud, const char *mode, const char *judge, int64_t n, int64_t last_ms)
{
	json_t *a = ud, *o = json_object();
	char ts[40];
	rl_iso8601(last_ms, ts, sizeof ts);
	json_object_set_new(o, "mode", json_string(mode));
	/* the judge by name; where it was asked (@URL) is not part of it */
	json_object_set_new(o, "judge",
			    *judge ? json_stringn(judge, strcspn(judge, "@")) : json_null());
	json_object_set_new(o, "verdicts", json_integer(n));
	json_object_set_new(o, "last_written", json_string(ts));
	json_array_append_new(a, o);
	return 0;
}

int rl_report_manifest(const char *db, const char *experiment, rl_buf *out, rl_err *e)
{
	rl_store *st = NULL;
	rl_campaign c;
	int64_t camp;
	json_t *m = NULL, *snap = NULL, *x, *conds, *cells, *kinds;
	rl_store_count *rows = NULL;
	size_t nr = 0, i;
	rl_config cfg;
	int have_cfg = 0, rc;
	char *text;

	memset(&c, 0, sizeof c);
	if ((rc = rl_store_open(&st, db, RL_STORE_RDONLY, e)) ||
	    (rc = rl_store_campaign_find(st, experiment, &camp, e)) ||
	    (rc = rl_store_campaign_get(st, camp, &c, e)))
		goto out;
	snap = c.config_json ? json_loads(c.config_json, 0, NULL) : NULL;
	m = json_object();
	json_object_set_new(m, "schema", json_string("redline.manifest/1"));
	json_object_set_new(m, "experiment_id",
			    json_string(c.experiment_id ? c.experiment_id : ""));
	json_object_set_new(m, "redline_reader", json_string("redline " RL_VERSION));
	json_object_set_new(m, "config_sha256",
			    json_incref(json_object_get(snap, "config_sha256")
						? json_object_get(snap, "config_sha256")
						: json_null()));
	json_object_set_new(m, "campaign_config_hash",
			    json_string(c.config_hash ? c.config_hash : ""));
	x = json_object();
	json_object_set_new(x, "name", json_incref(json_object_get(snap, "pack_name")));
	json_object_set_new(x, "sha256", json_incref(json_object_get(snap, "pack_sha256")));
	json_object_set_new(x, "path", json_incref(json_object_get(snap, "pack_path")));
	json_object_set_new(m, "pack", x);
	json_object_set_new(m, "samples_per_condition",
			    json_incref(json_object_get(snap, "samples_per_condition")));
	json_object_set_new(m, "eval_notice", json_incref(json_object_get(snap, "eval_notice")));
	/* models as written, with their sampling settings (no headers' values) */
	json_object_set_new(m, "models", json_incref(json_object_get(snap, "models")));
	/* what each provider said it ran: {spec: [{"reported": id, "samples": n}]} */
	x = json_object();
	if ((rc = rl_store_model_versions(st, camp, add_version, x, e))) {
		json_decref(x);
		goto out;
	}
	json_object_set_new(m, "provider_model_version", x);
	/* prompts: each condition's prompt hash (system, user, emails) */
	conds = json_object();
	{
		json_t *cl = json_object_get(snap, "conditions"), *ci;
		size_t k;
		json_array_foreach(cl, k, ci) {
			int64_t pid = 0;
			rl_prompt pr;
			memset(&pr, 0, sizeof pr);
			if (!json_is_string(ci))
				continue;
			if (rl_store_condition_get(st, camp, json_string_value(ci), &pid, NULL,
						   NULL, NULL) == 0 &&
			    pid && rl_store_prompt_get(st, pid, &pr, NULL) == 0) {
				json_object_set_new(conds, json_string_value(ci),
						    json_string(pr.hash));
				rl_prompt_free(&pr);
			}
		}
	}
	json_object_set_new(m, "prompt_sha256", conds);
	/* classification: every verdict kind, most recent first */
	kinds = json_array();
	if ((rc = rl_store_verdict_kinds(st, camp, add_kind, kinds, e))) {
		json_decref(kinds);
		goto out;
	}
	json_object_set_new(m, "classifications", kinds);
	/* tokens (and cost, with the config's prices:) per model x condition */
	{
		const char *file = json_string_value(json_object_get(snap, "config_file"));
		if (file && rl_config_load(file, &cfg, NULL) == 0)
			have_cfg = 1;
	}
	cells = json_array();
	if (rl_store_counts(st, camp, NULL, NULL, &rows, &nr, NULL) == 0)
		for (i = 0; i < nr; i++) {
			json_t *o = json_object();
			double usd = 0;
			json_object_set_new(o, "model", json_string(rows[i].model));
			json_object_set_new(o, "condition", json_string(rows[i].condition));
			json_object_set_new(o, "done", json_integer(rows[i].done));
			json_object_set_new(o, "errors", json_integer(rows[i].errors));
			json_object_set_new(o, "input_tokens", json_integer(rows[i].input_tokens));
			json_object_set_new(o, "output_tokens",
					    json_integer(rows[i].output_tokens));
			json_object_set_new(o, "reasoning_tokens",
					    json_integer(rows[i].reasoning_tokens));
			if (have_cfg && cfg.nprices &&
			    rl_campaign_price(cfg.prices, cfg.nprices, rows[i].model, rows[i].model,
					      rows[i].input_tokens, rows[i].output_tokens, &usd))
				json_object_set_new(o, "cost_usd", json_real(usd));
			else
				json_object_set_new(o, "cost_usd", json_null());
			json_array_append_new(cells, o);
		}
	rl_store_counts_free(rows, nr);
	json_object_set_new(m, "cells", cells);
	text = json_dumps(m, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	if (!text || rl_buf_adds(out, text)) {
		free(text);
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		goto out;
	}
	free(text);
	rc = 0;
out:
	if (have_cfg)
		rl_config_free(&cfg);
	json_decref(m);
	json_decref(snap);
	rl_campaign_free(&c);
	rl_store_close(st);
	return rc;
}

/* Each condition's prompt (system, user, emails) for the HTML transcript
 * view: {"condition": {"system": ..., "user": ..., "email": ...}}. Every
 * string is model-independent pack text, but it is escaped where it is
 * embedded like any other text (render_html.c). */
int rl_report_prompts(const char *db, const char *experiment, rl_buf *out, rl_err *e)
{
	rl_store *st = NULL;
	rl_campaign c;
	int64_t camp;
	json_t *snap = NULL, *all = NULL, *cl, *ci;
	size_t k;
	char *text;
	int rc;

	memset(&c, 0, sizeof c);
	if ((rc = rl_store_open(&st, db, RL_STORE_RDONLY, e)) ||
	    (rc = rl_store_campaign_find(st, experiment, &camp, e)) ||
	    (rc = rl_store_campaign_get(st, camp, &c, e)))
		goto out;
	snap = c.config_json ? json_loads(c.config_json, 0, NULL) : NULL;
	all = json_object();
	cl = json_object_get(snap, "conditions");
	json_array_foreach(cl, k, ci) {
		int64_t pid = 0;
		rl_prompt pr;
		json_t *o;
		memset(&pr, 0, sizeof pr);
		if (!json_is_string(ci) ||
		    rl_store_condition_get(st, camp, json_string_value(ci), &pid, NULL, NULL,
					   NULL) ||
		    !pid || rl_store_prompt_get(st, pid, &pr, NULL))
			continue;
		o = json_object();
		json_object_set_new(o, "system", json_string(pr.system ? pr.system : ""));
		json_object_set_new(o, "user", json_string(pr.user ? pr.user : ""));
		if (pr.email)
			json_object_set_new(o, "email", json_string(pr.email));
		json_object_set_new(all, json_string_value(ci), o);
		rl_prompt_free(&pr);
	}
	text = json_dumps(all, JSON_COMPACT);
	if (!text) {
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		goto out;
	}
	rl_buf_adds(out, text);
	free(text);
out:
	json_decref(all);
	json_decref(snap);
	rl_campaign_free(&c);
	rl_store_close(st);
	return rc;
}
