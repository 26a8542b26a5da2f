/* render_json.c: the report as JSON (schema "redline.report/1",
 * docs/report-schema.md) and in the original framework's statistics shape
 * (the fields its scripts/compute_statistics.py writes), for existing
 * tooling.
 *
 * Written by hand rather than through jansson because strings from models
 * and stores may be invalid UTF-8, which jansson rejects; every string
 * goes through rl_buf_add_json_script (U+FFFD for bad bytes, and safe to
 * embed in HTML too). Numbers that are undefined (no decided samples)
 * are null, never 0. */
#include "redline/report.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "redline/stats.h"
#include "report/internal.h"

static void jstr(rl_buf *b, const char *s)
{
	rl_buf_addc(b, '"');
	if (s)
		rl_buf_add_json_script(b, s, strlen(s));
	rl_buf_addc(b, '"');
}

static void jnum(rl_buf *b, double v)
{
	if (isnan(v) || isinf(v))
		rl_buf_adds(b, "null");
	else
		rl_buf_addf(b, "%.10g", v);
}

static void jkey(rl_buf *b, const char *k)
{
	jstr(b, k);
	rl_buf_addc(b, ':');
}

/* ,"lo":..,"hi":.. after a value: an interval's bounds */
static void jbounds(rl_buf *b, double lo, double hi)
{
	rl_buf_adds(b, ",\"lo\":");
	jnum(b, lo);
	rl_buf_adds(b, ",\"hi\":");
	jnum(b, hi);
}

/* "difference":..,"lo":..,"hi":..,"p":..: a comparison of two rates, as
 * both the comparison rows and the awareness rows write it */
static void jdiff(rl_buf *b, double diff, double lo, double hi, double p)
{
	rl_buf_adds(b, "\"difference\":");
	jnum(b, diff);
	jbounds(b, lo, hi);
	rl_buf_adds(b, ",\"p\":");
	jnum(b, p);
}

/* "samples":..,"harmful":..,"not_harmful":..,"unknown":..,"rate":..,"lo":..,"hi":.. */
static void jrate_fields(rl_buf *b, const rl_rate *x)
{
	rl_buf_addf(b,
		    "\"samples\":%u,\"harmful\":%u,\"not_harmful\":%u,\"unknown\":%u,"
		    "\"decided\":%u,\"rate\":",
		    x->samples, x->harmful, x->not_harmful, x->unknown,
		    x->harmful + x->not_harmful);
	jnum(b, x->rate);
	jbounds(b, x->lo, x->hi);
	/* the rate if every unknown were not harmful / harmful */
	rl_buf_adds(b, ",\"unknown_bounds\":");
	if (x->samples) {
		rl_buf_adds(b, "{\"lo\":");
		jnum(b, (double)x->harmful / x->samples);
		rl_buf_adds(b, ",\"hi\":");
		jnum(b, (double)(x->harmful + x->unknown) / x->samples);
		rl_buf_addc(b, '}');
	} else {
		rl_buf_adds(b, "null");
	}
}

static void jrate(rl_buf *b, const rl_rate *x)
{
	rl_buf_addc(b, '{');
	jrate_fields(b, x);
	rl_buf_addc(b, '}');
}

/* "key":"name","samples":..: a rate row named by its model or scenario */
static void jnamed_rate(rl_buf *b, const char *key, const char *name, const rl_rate *x)
{
	jkey(b, key);
	jstr(b, name);
	rl_buf_addc(b, ',');
	jrate_fields(b, x);
}

static void jcell(rl_buf *b, const rl_cell *c)
{
	switch (c->kind) {
	case RL_CELL_TEXT: jstr(b, c->text); break;
	case RL_CELL_INT: rl_buf_addf(b, "%lld", c->i); break;
	case RL_CELL_NUM:
	case RL_CELL_P: jnum(b, c->v); break;
	default:
		rl_buf_adds(b, "{\"value\":");
		jnum(b, c->v);
		jbounds(b, c->lo, c->hi);
		rl_buf_addc(b, '}');
	}
}

void rl_report_json_table(rl_buf *b, const rl_table *t)
{
	size_t r, c;
	rl_buf_addc(b, '{');
	jkey(b, "id");
	jstr(b, t->id);
	rl_buf_addc(b, ',');
	jkey(b, "title");
	jstr(b, t->title);
	rl_buf_addc(b, ',');
	jkey(b, "note");
	if (t->note)
		jstr(b, t->note);
	else
		rl_buf_adds(b, "null");
	rl_buf_adds(b, ",\"columns\":[");
	for (c = 0; c < t->ncols; c++) {
		if (c)
			rl_buf_addc(b, ',');
		jstr(b, t->cols[c]);
	}
	rl_buf_adds(b, "],\"rows\":[");
	for (r = 0; r < t->nrows; r++) {
		rl_buf_adds(b, r ? ",\n{" : "\n{");
		for (c = 0; c < t->ncols; c++) {
			if (c)
				rl_buf_addc(b, ',');
			jkey(b, t->cols[c]);
			jcell(b, &t->cells[r * t->ncols + c]);
		}
		rl_buf_addc(b, '}');
	}
	rl_buf_adds(b, "]}");
}

int rl_report_render_json(const rl_report *r, rl_buf *b, rl_err *e)
{
	size_t i, j;

	rl_buf_adds(b,
		    "{\"schema\":\"redline.report/1\",\"generator\":\"redline " RL_VERSION "\",");
	jkey(b, "title");
	jstr(b, r->opts.title);
	rl_buf_adds(b, ",\"source\":");
	jstr(b, r->set ? r->set->source : "");
	rl_buf_adds(b, ",\"confidence\":");
	jnum(b, r->opts.conf);
	rl_buf_adds(b, ",\"interval\":");
	jstr(b, r->opts.method == RL_CI_CLOPPER_PEARSON ? "clopper-pearson" : "wilson");
	rl_buf_adds(b, ",\"difference_interval\":\"newcombe-hybrid-score\","
		       "\"test\":\"fisher-exact-two-sided\",\"correction\":\"holm\","
		       "\"unknown_policy\":\"excluded-from-denominator\",\n\"overall\":");
	jrate(b, &r->overall);

	rl_buf_adds(b, ",\n\"models\":[");
	for (i = 0; i < r->nmodels; i++) {
		rl_buf_adds(b, i ? ",\n{" : "\n{");
		jnamed_rate(b, "model", r->models[i], &r->model_overall[i]);
		rl_buf_addc(b, '}');
	}
	rl_buf_adds(b, "],\n\"scenarios\":[");
	for (j = 0; j < r->nscenarios; j++) {
		rl_buf_adds(b, j ? ",\n{" : "\n{");
		jnamed_rate(b, "scenario", r->scenarios[j], &r->scenario_overall[j]);
		rl_buf_adds(b, ",\"models\":[");
		for (i = 0; i < r->nmodels; i++) {
			rl_buf_adds(b, i ? ",{" : "{");
			jnamed_rate(b, "model", r->models[i],
				    &r->model_scenario[i * r->nscenarios + j]);
			rl_buf_addc(b, '}');
		}
		rl_buf_adds(b, "]}");
	}
	rl_buf_adds(b, "],\n\"cells\":[");
	{
		int first = 1;
		for (i = 0; i < r->nmodels; i++)
			for (j = 0; j < r->nconditions; j++) {
				const rl_rate *x = &r->cells[i * r->nconditions + j];
				if (!x->samples)
					continue;
				rl_buf_adds(b, first ? "\n{" : ",\n{");
				first = 0;
				jkey(b, "model");
				jstr(b, r->models[i]);
				rl_buf_addc(b, ',');
				jkey(b, "condition");
				jstr(b, r->conditions[j]);
				rl_buf_addc(b, ',');
				jkey(b, "scenario");
				jstr(b, r->cond_scenario[j]);
				rl_buf_addc(b, ',');
				jrate_fields(b, x);
				rl_buf_addc(b, '}');
			}
	}
	rl_buf_adds(b, "],\n\"comparisons\":[");
	for (i = 0; i < r->ncmp; i++) {
		const rl_comparison *x = &r->cmp[i];
		rl_buf_adds(b, i ? ",\n{" : "\n{");
		jkey(b, "model");
		jstr(b, x->model);
		rl_buf_addc(b, ',');
		jkey(b, "kind");
		jstr(b, x->kind);
		rl_buf_addc(b, ',');
		jkey(b, "condition");
		jstr(b, x->condition);
		rl_buf_addc(b, ',');
		jkey(b, "reference");
		jstr(b, x->reference);
		rl_buf_adds(b, ",\"a\":");
		jrate(b, &x->a);
		rl_buf_adds(b, ",\"b\":");
		jrate(b, &x->b);
		rl_buf_addc(b, ',');
		jdiff(b, x->diff, x->lo, x->hi, x->p);
		rl_buf_adds(b, ",\"p_holm\":");
		jnum(b, x->p_holm);
		rl_buf_addc(b, '}');
	}
	rl_buf_adds(b, "],\n\"awareness\":[");
	for (i = 0, j = 0; i < r->naware; i++) {
		const rl_awareness_row *a = &r->aware[i];
		if (!a->real.samples && !a->eval.samples && !a->none.samples)
			continue;
		rl_buf_adds(b, j++ ? ",\n{" : "\n{");
		jkey(b, "model");
		if (a->model)
			jstr(b, a->model);
		else
			rl_buf_adds(b, "null");
		rl_buf_adds(b, ",\"states_real\":");
		jrate(b, &a->real);
		rl_buf_adds(b, ",\"states_evaluation\":");
		jrate(b, &a->eval);
		rl_buf_adds(b, ",\"no_deliberation\":");
		jrate(b, &a->none);
		rl_buf_adds(b, ",\"real_minus_evaluation\":{");
		jdiff(b, a->diff, a->lo, a->hi, a->p);
		rl_buf_adds(b, "}}");
	}
	rl_buf_adds(b, "],\n\"judge\":{\"unknown\":");
	rl_buf_addf(b, "%u,\"unknown_reasons\":[", r->overall.unknown);
	for (i = 0; i < r->nreasons; i++) {
		rl_buf_adds(b, i ? ",{" : "{");
		jkey(b, "reason");
		jstr(b, r->reasons[i].reason);
		rl_buf_addf(b, ",\"count\":%u}", r->reasons[i].count);
	}
	rl_buf_addf(b,
		    "],\"agreement\":{\"pairs\":%u,\"both_harmful\":%u,\"rules_only\":%u,"
		    "\"judge_only\":%u,\"neither\":%u,\"kappa\":",
		    r->agree_yy + r->agree_yn + r->agree_ny + r->agree_nn, r->agree_yy, r->agree_yn,
		    r->agree_ny, r->agree_nn);
	jnum(b, r->kappa);
	rl_buf_adds(b, "}},\n\"tables\":[");
	for (i = 0; i < r->nextra; i++) {
		if (i)
			rl_buf_adds(b, ",\n");
		rl_report_json_table(b, r->extra[i]);
	}
	rl_buf_adds(b, "]");
	if (r->opts.manifest) {
		/* re-encoded: the JSON report stays one valid document whatever
		 * the manifest text holds */
		json_t *mj = json_loads(r->opts.manifest, 0, NULL);
		char *t =
			mj ? json_dumps(mj, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ESCAPE_SLASH)
			   : NULL;
		if (t) {
			rl_buf_adds(b, ",\n\"manifest\":");
			rl_buf_adds(b, t);
		}
		free(t);
		json_decref(mj);
	}
	if (rl_buf_adds(b, "}\n"))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	return 0;
}

/* The original's per-condition statistics, exactly the shape its
 * scripts/compute_statistics.py writes (../shared/original-am/scripts):
 * "summary" {total_experiments, total_samples, total_classified,
 * total_harmful, overall_proportion_harmful} then "experiments", each
 * {model, condition, total_samples, harmful_samples, classified_samples,
 * proportion_harmful, missing_classifications}. "model" is the directory
 * name `redline export --format original` writes (the script reports the
 * directory), so the script run on an export gives the same numbers. The
 * original divides by classified samples, which matches redline's
 * unknown policy: an unknown verdict is a missing classification (export
 * writes no classification block for it). tests/cli/t0603, t0405. */
/* A double as Python's json.dump writes it: the shortest text that reads
 * back as the same number. */
static void add_shortest(rl_buf *b, double v)
{
	char t[40];
	int p;
	for (p = 15; p < 17; p++) {
		snprintf(t, sizeof t, "%.*g", p, v);
		if (strtod(t, NULL) == v)
			break;
	}
	if (p == 17)
		snprintf(t, sizeof t, "%.17g", v);
	if (!strpbrk(t, ".en"))
		strcat(t, ".0");
	rl_buf_adds(b, t);
}

static const char *model_name_of(const rl_report *r, const char *model)
{
	size_t i;
	for (i = 0; i < r->set->n; i++)
		if (r->set->v[i].model_name && !strcmp(r->set->v[i].model, model))
			return r->set->v[i].model_name;
	return model;
}

int rl_report_render_original(const rl_report *r, rl_buf *b, rl_err *e)
{
	size_t i, j;
	int first = 1;
	unsigned tot = 0, harm = 0, cls = 0, nexp = 0;
	rl_buf ex = RL_BUF_INIT, dir = RL_BUF_INIT;

	for (i = 0; i < r->nmodels; i++) {
		rl_buf_reset(&dir);
		rl_report_original_model_dir(&dir, model_name_of(r, r->models[i]));
		for (j = 0; j < r->nconditions; j++) {
			const rl_rate *x = &r->cells[i * r->nconditions + j];
			unsigned dec = x->harmful + x->not_harmful;
			if (!x->samples)
				continue;
			rl_buf_adds(&ex, first ? "\n    {" : ",\n    {");
			first = 0;
			rl_buf_adds(&ex, "\"model\": ");
			jstr(&ex, dir.s ? dir.s : "");
			rl_buf_adds(&ex, ", \"condition\": ");
			jstr(&ex, r->conditions[j]);
			rl_buf_addf(&ex,
				    ", \"total_samples\": %u, \"harmful_samples\": %u, "
				    "\"classified_samples\": %u, \"proportion_harmful\": ",
				    x->samples, x->harmful, dec);
			add_shortest(&ex, dec ? (double)x->harmful / dec : 0.0);
			rl_buf_addf(&ex, ", \"missing_classifications\": %u}", x->unknown);
			nexp++;
			tot += x->samples;
			harm += x->harmful;
			cls += dec;
		}
	}
	rl_buf_addf(b,
		    "{\n  \"summary\": {\"total_experiments\": %u, \"total_samples\": %u, "
		    "\"total_classified\": %u, \"total_harmful\": %u, "
		    "\"overall_proportion_harmful\": ",
		    nexp, tot, cls, harm);
	add_shortest(b, cls ? (double)harm / cls : 0.0);
	rl_buf_adds(b, "},\n  \"experiments\": [");
	if (ex.len)
		rl_buf_add(b, ex.s, ex.len);
	i = (size_t)rl_buf_adds(b, "\n  ]\n}\n");
	rl_buf_free(&ex);
	rl_buf_free(&dir);
	return i ? rl_err_set(e, RL_ENOMEM, "out of memory") : 0;
}
