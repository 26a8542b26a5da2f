/* analyze.c: the statistics of a report, computed once from a result set:
 * rates per model x condition, per scenario and overall; each condition
 * against its control and each ablation against its base (Newcombe
 * difference, Fisher p, Holm across the whole family); harm by stated
 * evaluation awareness; judge unknowns and rule-judge agreement.
 *
 * Everything is counted in one pass over the samples into flat arrays
 * indexed by sorted model/condition/scenario ids (binary search), so a
 * 100,000-sample campaign costs milliseconds and no hashing library. */
#include "redline/report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redline/stats.h"
#include "report/internal.h"

#define ID_MAX 512

/* Natural order ("model-2" before "model-10"); GNU strverscmp. The HTML
 * renderer looks ids up with the same order (rl_report_idx). */
static int cmp_str(const void *a, const void *b)
{
	return strverscmp(*(const char *const *)a, *(const char *const *)b);
}

long rl_report_idx(const char *const *v, size_t n, const char *s)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strverscmp(v[mid], s);
		if (!c)
			return (long)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* Sort and deduplicate an array of borrowed strings in place. */
static size_t uniq(const char **v, size_t n)
{
	size_t i, k = 0;
	if (!n)
		return 0;
	qsort(v, n, sizeof *v, cmp_str);
	for (i = 1; i < n; i++)
		if (strverscmp(v[i], v[k]))
			v[++k] = v[i];
	return k + 1;
}

static long find(const char *const *v, size_t n, const char *s)
{
	return rl_report_idx(v, n, s);
}

static void tally(rl_rate *r, int verdict)
{
	r->samples++;
	if (verdict == RL_VERDICT_HARMFUL)
		r->harmful++;
	else if (verdict == RL_VERDICT_NOT_HARMFUL)
		r->not_harmful++;
	else
		r->unknown++;
}

static void finish(rl_rate *r, const rl_report_opts *o)
{
	unsigned n = r->harmful + r->not_harmful;
	r->rate = n ? (double)r->harmful / n : NAN;
	if (rl_stats_interval(o->method, r->harmful, n, o->conf, &r->lo, &r->hi))
		r->lo = r->hi = NAN;
}

static void compare(const rl_rate *a, const rl_rate *b, double conf, double *diff, double *lo,
		    double *hi, double *p)
{
	if (rl_stats_newcombe_diff(a->harmful, a->harmful + a->not_harmful, b->harmful,
				   b->harmful + b->not_harmful, conf, diff, lo, hi)) {
		*p = NAN;
		return;
	}
	*p = rl_stats_fisher_exact(a->harmful, a->not_harmful, b->harmful, b->not_harmful);
}

static const char *scenario_of(rl_result_set *s, const rl_result *x, int *oom)
{
	char sc[ID_MAX];
	if (x->scenario && *x->scenario)
		return x->scenario;
	rl_report_condition_split(x->condition, sc, NULL, NULL, NULL, NULL, sizeof sc);
	return rl_report_setdup(s, sc, oom);
}

static int cmp_reason(const void *a, const void *b)
{
	const rl_reason_count *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->reason, y->reason);
}

static int build_comparisons(rl_report *r, rl_result_set *set, rl_err *e)
{
	size_t m, c, cap = 16;
	double *p, *adj;
	int oom = 0;

	r->cmp = malloc(cap * sizeof *r->cmp);
	if (!r->cmp)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (c = 0; c < r->nconditions; c++) {
		char sc[ID_MAX], gt[ID_MAX], gv[ID_MAX], ur[ID_MAX], sf[ID_MAX], ref[ID_MAX];
		const char *kind, *refid;
		long rc_idx;
		if (rl_report_condition_split(r->conditions[c], sc, gt, gv, ur, sf, sizeof sc))
			continue;
		if (*sf) {
			size_t bl = strlen(r->conditions[c]) - strlen(sf) - 1;
			if (bl >= sizeof ref)
				continue;
			memcpy(ref, r->conditions[c], bl);
			ref[bl] = '\0';
			kind = "ablation";
		} else {
			if (!strcmp(gt, "none") && !strcmp(ur, "none"))
				continue; /* a control itself */
			if ((size_t)snprintf(ref, sizeof ref, "%s_none-none_none", sc) >=
			    sizeof ref)
				continue;
			kind = "control";
		}
		rc_idx = find(r->conditions, r->nconditions, ref);
		if (rc_idx < 0)
			continue;
		refid = r->conditions[rc_idx];
		for (m = 0; m < r->nmodels; m++) {
			const rl_rate *a = &r->cells[m * r->nconditions + c];
			const rl_rate *b = &r->cells[m * r->nconditions + (size_t)rc_idx];
			rl_comparison *x;
			if (!a->samples || !b->samples)
				continue;
			if (r->ncmp == cap) {
				rl_comparison *nv = realloc(r->cmp, 2 * cap * sizeof *nv);
				if (!nv)
					return rl_err_set(e, RL_ENOMEM, "out of memory");
				r->cmp = nv;
				cap *= 2;
			}
			x = &r->cmp[r->ncmp++];
			x->model = r->models[m];
			x->kind = kind;
			x->condition = r->conditions[c];
			x->reference = refid;
			x->a = *a;
			x->b = *b;
			compare(a, b, r->opts.conf, &x->diff, &x->lo, &x->hi, &x->p);
		}
	}
	(void)set;
	(void)oom;
	p = malloc((r->ncmp ? r->ncmp : 1) * sizeof *p);
	adj = malloc((r->ncmp ? r->ncmp : 1) * sizeof *adj);
	if (!p || !adj) {
		free(p);
		free(adj);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (c = 0; c < r->ncmp; c++)
		p[c] = r->cmp[c].p;
	if (rl_stats_holm(p, r->ncmp, adj)) {
		free(p);
		free(adj);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (c = 0; c < r->ncmp; c++)
		r->cmp[c].p_holm = adj[c];
	free(p);
	free(adj);
	return 0;
}

/* A benign twin's condition (suffix _twin, docs/pack-format.md): same
 * company and routine work without the dilemma, so its samples have their
 * own row but never enter a pooled harm rate. */
static int is_twin(const char *cond)
{
	const char *p = cond;
	while ((p = strstr(p, "_twin")) != NULL) {
		if (p[5] == '\0' || p[5] == '_')
			return 1;
		p += 5;
	}
	return 0;
}

int rl_report_build(rl_report *r, const rl_result_set *cs, const rl_report_opts *opts, rl_err *e)
{
	/* The set is logically const: derived scenario names are interned into
	 * its arena, which never moves existing records. */
	rl_result_set *s = (rl_result_set *)cs;
	const char **scen_of_sample = NULL;
	size_t i, m, nm = 0, nc = 0, ns = 0;
	int oom = 0, rc = 0;

	memset(r, 0, sizeof *r);
	if (opts)
		r->opts = *opts;
	if (!(r->opts.conf > 0 && r->opts.conf < 1))
		r->opts.conf = 0.95;
	if (!r->opts.title)
		r->opts.title = s && s->experiment[0] ? s->experiment : "redline report";
	if (!r->opts.max_transcripts)
		r->opts.max_transcripts = 1000;
	if (!r->opts.csv_table)
		r->opts.csv_table = "rates";
	r->set = s;
	r->kappa = NAN;

	r->models = malloc((s->n + 1) * sizeof *r->models);
	r->conditions = malloc((s->n + 1) * sizeof *r->conditions);
	r->scenarios = malloc((s->n + 1) * sizeof *r->scenarios);
	scen_of_sample = malloc((s->n + 1) * sizeof *scen_of_sample);
	if (!r->models || !r->conditions || !r->scenarios || !scen_of_sample)
		goto nomem;
	for (i = 0; i < s->n; i++) {
		r->models[i] = s->v[i].model;
		r->conditions[i] = s->v[i].condition;
		scen_of_sample[i] = scenario_of(s, &s->v[i], &oom);
		r->scenarios[i] = scen_of_sample[i];
	}
	if (oom)
		goto nomem;
	nm = r->nmodels = uniq(r->models, s->n);
	nc = r->nconditions = uniq(r->conditions, s->n);
	ns = r->nscenarios = uniq(r->scenarios, s->n);

	r->cond_scenario = calloc(nc + 1, sizeof *r->cond_scenario);
	r->cells = calloc(nm * nc + 1, sizeof *r->cells);
	r->model_scenario = calloc(nm * ns + 1, sizeof *r->model_scenario);
	r->model_overall = calloc(nm + 1, sizeof *r->model_overall);
	r->scenario_overall = calloc(ns + 1, sizeof *r->scenario_overall);
	r->aware = calloc(nm + 1, sizeof *r->aware);
	r->reasons = calloc(s->n + 1, sizeof *r->reasons);
	if (!r->cond_scenario || !r->cells || !r->model_scenario || !r->model_overall ||
	    !r->scenario_overall || !r->aware || !r->reasons)
		goto nomem;
	r->naware = nm + 1;

	for (i = 0; i < s->n; i++) {
		const rl_result *x = &s->v[i];
		long mi = find(r->models, nm, x->model);
		long ci = find(r->conditions, nc, x->condition);
		long si = find(r->scenarios, ns, scen_of_sample[i]);
		rl_awareness_row *aw[2];
		int k, pool;
		if (!r->cond_scenario[ci])
			r->cond_scenario[ci] = r->scenarios[si];
		tally(&r->cells[(size_t)mi * nc + (size_t)ci], x->harmful);
		/* a twin has no dilemma: its own row, never pooled into harm */
		pool = !is_twin(x->condition);
		if (pool) {
			tally(&r->model_scenario[(size_t)mi * ns + (size_t)si], x->harmful);
			tally(&r->model_overall[mi], x->harmful);
			tally(&r->scenario_overall[si], x->harmful);
			tally(&r->overall, x->harmful);
		}
		aw[0] = &r->aware[mi];
		aw[1] = &r->aware[nm];
		for (k = 0; k < 2 && pool; k++) {
			if (x->awareness == RL_AWARE_STATES_REAL)
				tally(&aw[k]->real, x->harmful);
			else if (x->awareness == RL_AWARE_STATES_EVAL)
				tally(&aw[k]->eval, x->harmful);
			else if (x->awareness == RL_AWARE_NO_DELIBERATION)
				tally(&aw[k]->none, x->harmful);
		}
		if (x->harmful == RL_VERDICT_UNKNOWN) {
			const char *why = x->unknown_reason && *x->unknown_reason
						  ? x->unknown_reason
						  : "unspecified";
			size_t j;
			for (j = 0; j < r->nreasons; j++)
				if (!strcmp(r->reasons[j].reason, why))
					break;
			if (j == r->nreasons) {
				if (r->nreasons >= 64) {
					why = "other reasons";
					for (j = 0; j < r->nreasons; j++)
						if (!strcmp(r->reasons[j].reason, why))
							break;
				}
				if (j == r->nreasons)
					r->reasons[r->nreasons++].reason = why;
			}
			r->reasons[j].count++;
		}
		if (x->rules != RL_VERDICT_UNKNOWN && x->judge != RL_VERDICT_UNKNOWN) {
			int ry = x->rules == RL_VERDICT_HARMFUL,
			    jy = x->judge == RL_VERDICT_HARMFUL;
			if (ry && jy)
				r->agree_yy++;
			else if (ry)
				r->agree_yn++;
			else if (jy)
				r->agree_ny++;
			else
				r->agree_nn++;
		}
	}
	qsort(r->reasons, r->nreasons, sizeof *r->reasons, cmp_reason);
	r->kappa = rl_stats_kappa(r->agree_yy, r->agree_yn, r->agree_ny, r->agree_nn);

	for (i = 0; i < nm * nc; i++)
		finish(&r->cells[i], &r->opts);
	for (i = 0; i < nm * ns; i++)
		finish(&r->model_scenario[i], &r->opts);
	for (i = 0; i < nm; i++)
		finish(&r->model_overall[i], &r->opts);
	for (i = 0; i < ns; i++)
		finish(&r->scenario_overall[i], &r->opts);
	finish(&r->overall, &r->opts);
	for (m = 0; m <= nm; m++) {
		rl_awareness_row *a = &r->aware[m];
		a->model = m < nm ? r->models[m] : NULL;
		finish(&a->real, &r->opts);
		finish(&a->eval, &r->opts);
		finish(&a->none, &r->opts);
		compare(&a->real, &a->eval, r->opts.conf, &a->diff, &a->lo, &a->hi, &a->p);
	}
	rc = build_comparisons(r, s, e);
	free(scen_of_sample);
	if (rc)
		rl_report_free(r);
	return rc;
nomem:
	free(scen_of_sample);
	rl_report_free(r);
	return rl_err_set(e, RL_ENOMEM, "out of memory");
}

void rl_report_free(rl_report *r)
{
	size_t i;
	free(r->models);
	free(r->conditions);
	free(r->scenarios);
	free(r->cond_scenario);
	free(r->cells);
	free(r->model_scenario);
	free(r->model_overall);
	free(r->scenario_overall);
	free(r->cmp);
	free(r->aware);
	free(r->reasons);
	for (i = 0; i < r->nextra; i++)
		rl_table_free(r->extra[i]);
	free(r->extra);
	memset(r, 0, sizeof *r);
}

int rl_report_add_table(rl_report *r, rl_table *t)
{
	rl_table **v = realloc(r->extra, (r->nextra + 1) * sizeof *v);
	if (!v) {
		rl_table_free(t);
		return RL_ENOMEM;
	}
	r->extra = v;
	r->extra[r->nextra++] = t;
	return 0;
}

int rl_report_add_defense_table(rl_report *r, const rl_defense_row *rows, size_t n, rl_err *e)
{
	/* the last seven columns only when some row has benign twins */
	static const char *const cols[] = {"defense",
					   "model",
					   "baseline_rate",
					   "baseline_n",
					   "defended_rate",
					   "defended_n",
					   "absolute_reduction",
					   "relative_reduction",
					   "p",
					   "cost",
					   "cost_rate",
					   "twin_success",
					   "twin_n",
					   "twin_defended_success",
					   "twin_defended_n",
					   "utility_cost",
					   "twin_cost",
					   "twin_cost_rate"};
	static const int kinds[] = {
		RL_CELL_TEXT, RL_CELL_TEXT, RL_CELL_RATE, RL_CELL_INT,  RL_CELL_RATE, RL_CELL_INT,
		RL_CELL_DIFF, RL_CELL_RATE, RL_CELL_P,    RL_CELL_TEXT, RL_CELL_RATE, RL_CELL_RATE,
		RL_CELL_INT,  RL_CELL_RATE, RL_CELL_INT,  RL_CELL_DIFF, RL_CELL_TEXT, RL_CELL_RATE};
	rl_table *t;
	size_t i, ncols = 11;
	double conf = r->opts.conf > 0 && r->opts.conf < 1 ? r->opts.conf : 0.95;
	int method = r->opts.method;

	for (i = 0; i < n; i++)
		if (rows[i].twin_base_n || rows[i].twin_def_n)
			ncols = sizeof cols / sizeof cols[0];
	t = rl_table_new(
		"defense", "Defenses",
		ncols == 11
			? "Per defense and model: harm rate without and with the defense "
			  "(decided samples only), the absolute reduction (baseline - defended) "
			  "with its Newcombe interval, the relative reduction, Fisher's exact p, "
			  "and the defense's cost (benign actions held or blocked)."
			: "Per defense and model: harm rate without and with the defense "
			  "(decided samples only), the absolute reduction (baseline - defended) "
			  "with its Newcombe interval, the relative reduction, Fisher's exact p, "
			  "and the defense's cost (benign actions held or blocked); then, on the "
			  "benign twins (no dilemma), the task success rate without and with the "
			  "defense, the utility cost (success without - with, Newcombe interval) "
			  "and the twins held or blocked.",
		cols, ncols);
	if (!t || rl_table_set_kinds(t, kinds)) {
		rl_table_free(t);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (i = 0; i < n; i++) {
		const rl_defense_row *d = &rows[i];
		double bl, bh, dl, dh, diff, lo, hi, cl, ch, br, dr, p;
		rl_cell row[18];
		if (d->base_harmful > d->base_n || d->def_harmful > d->def_n ||
		    d->cost_k > d->cost_n || d->twin_base_ok > d->twin_base_n ||
		    d->twin_def_ok > d->twin_def_n || d->twin_cost_k > d->twin_cost_n) {
			rl_table_free(t);
			return rl_err_set(e, RL_EINVAL,
					  "defense row %zu (%s, %s): a count exceeds its total", i,
					  d->defense ? d->defense : "?", d->model ? d->model : "?");
		}
		br = d->base_n ? (double)d->base_harmful / d->base_n : NAN;
		dr = d->def_n ? (double)d->def_harmful / d->def_n : NAN;
		rl_stats_interval(method, d->base_harmful, d->base_n, conf, &bl, &bh);
		rl_stats_interval(method, d->def_harmful, d->def_n, conf, &dl, &dh);
		/* reduction = baseline - defended, so its interval is that of
		 * the difference in this order */
		if (rl_stats_newcombe_diff(d->base_harmful, d->base_n, d->def_harmful, d->def_n,
					   conf, &diff, &lo, &hi))
			p = NAN;
		else
			p = rl_stats_fisher_exact(d->base_harmful, d->base_n - d->base_harmful,
						  d->def_harmful, d->def_n - d->def_harmful);
		rl_stats_interval(method, d->cost_k, d->cost_n, conf, &cl, &ch);
		row[0] = rl_cell_text(d->defense ? d->defense : "");
		row[1] = rl_cell_text(d->model ? d->model : "");
		row[2] = rl_cell_rate(br, bl, bh);
		row[3] = rl_cell_int(d->base_n);
		row[4] = rl_cell_rate(dr, dl, dh);
		row[5] = rl_cell_int(d->def_n);
		row[6] = rl_cell_diff(diff, lo, hi);
		row[7] = rl_cell_rate(br > 0 ? (br - dr) / br : NAN, NAN, NAN);
		row[8] = rl_cell_p(p);
		row[9] = rl_cell_text(d->cost_label ? d->cost_label : "");
		row[10] = rl_cell_rate(d->cost_n ? (double)d->cost_k / d->cost_n : NAN, cl, ch);
		if (ncols > 11) {
			double ul, uh, vl, vh, ud, udl, udh, fl, fh;
			rl_stats_interval(method, d->twin_base_ok, d->twin_base_n, conf, &ul, &uh);
			rl_stats_interval(method, d->twin_def_ok, d->twin_def_n, conf, &vl, &vh);
			rl_stats_interval(method, d->twin_cost_k, d->twin_cost_n, conf, &fl, &fh);
			/* utility cost = success without - success with: positive
			 * when the defense stopped routine work */
			if (rl_stats_newcombe_diff(d->twin_base_ok, d->twin_base_n, d->twin_def_ok,
						   d->twin_def_n, conf, &ud, &udl, &udh))
				ud = udl = udh = NAN;
			row[11] = rl_cell_rate(
				d->twin_base_n ? (double)d->twin_base_ok / d->twin_base_n : NAN, ul,
				uh);
			row[12] = rl_cell_int(d->twin_base_n);
			row[13] = rl_cell_rate(
				d->twin_def_n ? (double)d->twin_def_ok / d->twin_def_n : NAN, vl,
				vh);
			row[14] = rl_cell_int(d->twin_def_n);
			row[15] = rl_cell_diff(ud, udl, udh);
			row[16] = rl_cell_text(d->twin_cost_label ? d->twin_cost_label : "");
			row[17] = rl_cell_rate(
				d->twin_cost_n ? (double)d->twin_cost_k / d->twin_cost_n : NAN, fl,
				fh);
		}
		if (rl_table_add_row(t, row)) {
			rl_table_free(t);
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		}
	}
	if (rl_report_add_table(r, t))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	return 0;
}

/* Prompt-level defenses are condition suffixes (pack ablations). For each
 * such suffix and model, pool the decided samples of every condition that
 * carries exactly that one suffix (defended) and of its base condition
 * (baseline), pairing them so both sides cover the same conditions. */
int rl_report_add_ablation_defenses(rl_report *r, int *added, rl_err *e)
{
	static const char *const sfx[] = {"prohibit", "nogoal", "compartment", "constitution"};
	rl_defense_row *rows;
	size_t nrows = 0, k, m, c;
	int rc = 0;

	if (added)
		*added = 0;
	rows = calloc(sizeof sfx / sizeof sfx[0] * (r->nmodels ? r->nmodels : 1), sizeof *rows);
	if (!rows)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (k = 0; k < sizeof sfx / sizeof sfx[0]; k++)
		for (m = 0; m < r->nmodels; m++) {
			rl_defense_row *d = &rows[nrows];
			memset(d, 0, sizeof *d);
			for (c = 0; c < r->nconditions; c++) {
				char sc[ID_MAX], sf[ID_MAX], base[ID_MAX];
				const rl_rate *a, *b;
				size_t bl;
				long bi;
				if (rl_report_condition_split(r->conditions[c], sc, NULL, NULL,
							      NULL, sf, sizeof sc) ||
				    strcmp(sf, sfx[k]))
					continue;
				bl = strlen(r->conditions[c]) - strlen(sf) - 1;
				memcpy(base, r->conditions[c], bl);
				base[bl] = '\0';
				bi = find(r->conditions, r->nconditions, base);
				if (bi < 0)
					continue;
				a = &r->cells[m * r->nconditions + (size_t)bi];
				b = &r->cells[m * r->nconditions + c];
				if (!a->samples || !b->samples)
					continue;
				d->base_harmful += a->harmful;
				d->base_n += a->harmful + a->not_harmful;
				d->def_harmful += b->harmful;
				d->def_n += b->harmful + b->not_harmful;
			}
			if (d->base_n || d->def_n) {
				d->defense = sfx[k];
				d->model = r->models[m];
				nrows++;
			}
		}
	if (nrows) {
		rc = rl_report_add_defense_table(r, rows, nrows, e);
		if (!rc && added)
			*added = 1;
	}
	free(rows);
	return rc;
}
