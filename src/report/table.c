/* table.c: generic report tables and their text, Markdown and CSV
 * renderings. Every section of a report (built-in or added by another
 * module, such as the defense table) is an rl_table, so one renderer per
 * format covers all of them and new sections need no renderer code.
 *
 * Numbers are formatted here once: rates as percentages with their
 * interval ("24.0% [14.3, 37.4]"), differences in percentage points,
 * p-values to four places; undefined values (no decided samples) as "n/a". */
#include "redline/report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redline/stats.h"
#include "report/internal.h"

rl_cell rl_cell_text(const char *s)
{
	rl_cell c = {RL_CELL_TEXT, s ? s : "", 0, NAN, NAN, NAN};
	return c;
}

rl_cell rl_cell_int(long long i)
{
	rl_cell c = {RL_CELL_INT, NULL, i, NAN, NAN, NAN};
	return c;
}

rl_cell rl_cell_num(double v)
{
	rl_cell c = {RL_CELL_NUM, NULL, 0, v, NAN, NAN};
	return c;
}

rl_cell rl_cell_rate(double v, double lo, double hi)
{
	rl_cell c = {RL_CELL_RATE, NULL, 0, v, lo, hi};
	return c;
}

rl_cell rl_cell_diff(double v, double lo, double hi)
{
	rl_cell c = {RL_CELL_DIFF, NULL, 0, v, lo, hi};
	return c;
}

rl_cell rl_cell_p(double p)
{
	rl_cell c = {RL_CELL_P, NULL, 0, p, NAN, NAN};
	return c;
}

rl_cell rl_cell_unknown_bounds(const rl_rate *x)
{
	rl_cell c = {RL_CELL_BOUNDS, NULL, 0, NAN, NAN, NAN};
	if (x->unknown && x->samples) {
		c.lo = (double)x->harmful / x->samples;
		c.hi = (double)(x->harmful + x->unknown) / x->samples;
	}
	return c;
}

static char *sdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

rl_table *rl_table_new(const char *id, const char *title, const char *note, const char *const *cols,
		       size_t ncols)
{
	rl_table *t = calloc(1, sizeof *t);
	size_t i;

	if (!t)
		return NULL;
	t->id = sdup(id);
	t->title = sdup(title ? title : id);
	t->note = sdup(note);
	t->cols = calloc(ncols + 1, sizeof *t->cols);
	t->ncols = ncols;
	if (!t->id || !t->title || (note && !t->note) || !t->cols) {
		rl_table_free(t);
		return NULL;
	}
	for (i = 0; i < ncols; i++) {
		t->cols[i] = sdup(cols[i]);
		if (!t->cols[i]) {
			rl_table_free(t);
			return NULL;
		}
	}
	return t;
}

int rl_table_set_kinds(rl_table *t, const int *kinds)
{
	int *k = malloc((t->ncols + 1) * sizeof *k);
	if (!k)
		return RL_ENOMEM;
	memcpy(k, kinds, t->ncols * sizeof *k);
	free(t->kinds);
	t->kinds = k;
	return 0;
}

int rl_table_add_row(rl_table *t, const rl_cell *row)
{
	size_t i;

	if (t->nrows == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		rl_cell *v = realloc(t->cells, cap * t->ncols * sizeof *v + 1);
		if (!v)
			return RL_ENOMEM;
		t->cells = v;
		t->cap = cap;
	}
	for (i = 0; i < t->ncols; i++) {
		rl_cell *c = &t->cells[t->nrows * t->ncols + i];
		*c = row[i];
		if (c->kind == RL_CELL_TEXT) {
			c->text = strdup(row[i].text ? row[i].text : "");
			if (!c->text) {
				while (i--)
					if (t->cells[t->nrows * t->ncols + i].kind == RL_CELL_TEXT)
						free((char *)t->cells[t->nrows * t->ncols + i]
							     .text);
				return RL_ENOMEM;
			}
		}
	}
	t->nrows++;
	return 0;
}

void rl_table_free(rl_table *t)
{
	size_t i;
	if (!t)
		return;
	for (i = 0; i < t->nrows * t->ncols; i++)
		if (t->cells[i].kind == RL_CELL_TEXT)
			free((char *)t->cells[i].text);
	for (i = 0; t->cols && i < t->ncols; i++)
		free(t->cols[i]);
	free(t->cols);
	free(t->kinds);
	free(t->cells);
	free(t->id);
	free(t->title);
	free(t->note);
	free(t);
}

/* ---- number formatting ---- */

void rl_report_fmt_pct(rl_buf *b, double v)
{
	if (isnan(v))
		rl_buf_adds(b, "n/a");
	else
		rl_buf_addf(b, "%.1f%%", 100.0 * v);
}

void rl_report_fmt_ci(rl_buf *b, double lo, double hi)
{
	if (!isnan(lo) && !isnan(hi))
		rl_buf_addf(b, "[%.1f, %.1f]", 100.0 * lo, 100.0 * hi);
}

const char *rl_report_method_name(int method)
{
	return method == RL_CI_CLOPPER_PEARSON ? "Clopper-Pearson" : "Wilson";
}

/* Human form of a cell (not escaped: text cells are escaped by the caller). */
static void fmt_cell(rl_buf *b, const rl_cell *c)
{
	switch (c->kind) {
	case RL_CELL_TEXT: rl_buf_adds(b, c->text); break;
	case RL_CELL_INT: rl_buf_addf(b, "%lld", c->i); break;
	case RL_CELL_NUM:
		if (isnan(c->v))
			rl_buf_adds(b, "n/a");
		else
			rl_buf_addf(b, "%.3f", c->v);
		break;
	case RL_CELL_RATE:
		rl_report_fmt_pct(b, c->v);
		if (!isnan(c->v) && !isnan(c->lo) && !isnan(c->hi)) {
			rl_buf_addc(b, ' ');
			rl_report_fmt_ci(b, c->lo, c->hi);
		}
		break;
	case RL_CELL_DIFF:
		if (isnan(c->v)) {
			rl_buf_adds(b, "n/a");
			break;
		}
		rl_buf_addf(b, "%+.1f pp", 100.0 * c->v);
		if (!isnan(c->lo) && !isnan(c->hi))
			rl_buf_addf(b, " [%+.1f, %+.1f]", 100.0 * c->lo, 100.0 * c->hi);
		break;
	case RL_CELL_BOUNDS:
		if (!isnan(c->lo) && !isnan(c->hi))
			rl_buf_addf(b, "%.1f-%.1f%%", 100.0 * c->lo, 100.0 * c->hi);
		break;
	case RL_CELL_P:
		if (isnan(c->v))
			rl_buf_adds(b, "n/a");
		else if (c->v < 0.0001)
			rl_buf_adds(b, "<0.0001");
		else
			rl_buf_addf(b, "%.4f", c->v);
		break;
	}
}

/* Exposed for the HTML renderer. */
void rl_report_fmt_cell(rl_buf *b, const rl_cell *c)
{
	fmt_cell(b, c);
}

static int col_kind(const rl_table *t, size_t c)
{
	if (t->kinds)
		return t->kinds[c];
	return t->nrows ? t->cells[c].kind : RL_CELL_TEXT;
}

/* 1 if any row of column c carries an interval. */
int rl_report_col_has_ci(const rl_table *t, size_t c)
{
	size_t r;
	for (r = 0; r < t->nrows; r++) {
		const rl_cell *x = &t->cells[r * t->ncols + c];
		if ((x->kind == RL_CELL_RATE || x->kind == RL_CELL_DIFF) && !isnan(x->lo))
			return 1;
	}
	return 0;
}

static void header_name(rl_buf *b, const rl_table *t, size_t c, double conf)
{
	const char *p;
	for (p = t->cols[c]; *p; p++)
		rl_buf_addc(b, *p == '_' ? ' ' : *p);
	if (rl_report_col_has_ci(t, c))
		rl_buf_addf(b, " [%g%% CI]", 100.0 * conf);
}

/* Right-align everything that is a number. */
static int numeric(int kind)
{
	return kind != RL_CELL_TEXT;
}

/* Append s word-wrapped at `width` display columns, ending in a newline. */
static void wrap(rl_buf *out, const char *s, size_t width)
{
	size_t col = 0;
	while (*s) {
		size_t n = strcspn(s, " "), w = rl_report_width(s, n);
		if (col && col + 1 + w > width) {
			rl_buf_addc(out, '\n');
			col = 0;
		} else if (col) {
			rl_buf_addc(out, ' ');
			col++;
		}
		rl_buf_add(out, s, n);
		col += w;
		s += n;
		while (*s == ' ')
			s++;
	}
	rl_buf_addc(out, '\n');
}

#define TEXT_WIDTH 100 /* terminal tables fit this many columns by default */

/* One block of a text table: the columns in cols[0..n). */
static void text_block(const rl_table *t, rl_buf *cells, const size_t *w, const size_t *cols,
		       size_t n, rl_buf *out)
{
	size_t r, i, k, nc = t->ncols;
	for (r = 0; r <= t->nrows; r++) {
		size_t line = out->len;
		for (i = 0; i < n; i++) {
			size_t c = cols[i];
			rl_buf *cell = &cells[r * nc + c];
			size_t pad = w[c] - rl_report_width(cell->s, cell->len);
			int right = r > 0 && numeric(t->cells[(r - 1) * nc + c].kind);
			if (i)
				rl_buf_adds(out, "  ");
			if (right)
				for (k = 0; k < pad; k++)
					rl_buf_addc(out, ' ');
			rl_buf_add(out, cell->s, cell->len);
			if (!right && i + 1 < n)
				for (k = 0; k < pad; k++)
					rl_buf_addc(out, ' ');
		}
		while (out->len > line && out->s[out->len - 1] == ' ')
			out->len--;
		out->s[out->len] = '\0';
		rl_buf_addc(out, '\n');
		if (r == 0) {
			for (i = 0; i < n; i++) {
				if (i)
					rl_buf_adds(out, "  ");
				for (k = 0; k < w[cols[i]]; k++)
					rl_buf_addc(out, '-');
			}
			rl_buf_addc(out, '\n');
		}
	}
}

/* A table wider than `width` (TEXT_WIDTH when 0) is wrapped by design: its leading text
 * columns (the row's names: model, condition...) as long as they take at
 * most 60 columns, then as many of the other columns as fit, in blocks
 * one under the other, each repeating the names. A bounds column that is
 * blank on every row (no unknown verdicts) is left out. */
static int render_text(const rl_table *t, double conf, size_t width_max, rl_buf *out)
{
	size_t nc = t->ncols, r, c, *w, *cols, nkey = 0, keyw = 0, i;
	rl_buf *cells, tmp = RL_BUF_INIT;
	size_t total = (t->nrows + 1) * nc;
	unsigned char *show;
	int rc = 0;

	w = calloc(nc + 1, sizeof *w);
	cols = calloc(nc + 1, sizeof *cols);
	show = calloc(nc + 1, 1);
	cells = calloc(total + 1, sizeof *cells);
	if (!w || !cols || !show || !cells) {
		free(w);
		free(cols);
		free(show);
		free(cells);
		return RL_ENOMEM;
	}
	for (c = 0; c < nc; c++) {
		rl_buf_reset(&tmp);
		header_name(&tmp, t, c, conf);
		rl_report_add_term_cell(&cells[c], tmp.s);
		show[c] = col_kind(t, c) != RL_CELL_BOUNDS;
	}
	for (r = 0; r < t->nrows; r++)
		for (c = 0; c < nc; c++) {
			rl_buf_reset(&tmp);
			fmt_cell(&tmp, &t->cells[r * nc + c]);
			rl_report_add_term_cell(&cells[(r + 1) * nc + c], tmp.s);
			if (tmp.len)
				show[c] = 1;
		}
	for (r = 0; r < total; r++) {
		size_t wd = rl_report_width(cells[r].s, cells[r].len);
		if (wd > w[r % nc])
			w[r % nc] = wd;
	}
	rl_report_add_term_cell(out, t->title);
	rl_buf_addc(out, '\n');
	if (t->note) {
		rl_buf_reset(&tmp);
		rl_report_add_term_cell(&tmp, t->note);
		wrap(out, tmp.s, 96);
	}
	rl_buf_addc(out, '\n');
	if (!width_max)
		width_max = TEXT_WIDTH;
	/* the names that every block repeats */
	for (c = 0; c < nc && col_kind(t, c) == RL_CELL_TEXT; c++) {
		size_t add = w[c] + (nkey ? 2 : 0);
		if (nkey && keyw + add > 60)
			break;
		cols[nkey++] = c;
		keyw += add;
	}
	if (!nkey)
		cols[nkey++] = 0, keyw = w[0];
	c = cols[nkey - 1] + 1;
	for (;;) {
		size_t n = nkey, width = keyw;
		while (c < nc) {
			if (!show[c]) {
				c++;
				continue;
			}
			if (n > nkey && width + 2 + w[c] > width_max)
				break;
			cols[n++] = c;
			width += 2 + w[c];
			c++;
		}
		text_block(t, cells, w, cols, n, out);
		if (c >= nc)
			break;
		rl_buf_addc(out, '\n');
	}
	if (!t->nrows)
		rl_buf_adds(out, "(none)\n");
	rc = rl_buf_addc(out, '\n');
	for (i = 0; i < total; i++)
		rl_buf_free(&cells[i]);
	free(cells);
	free(w);
	free(cols);
	free(show);
	rl_buf_free(&tmp);
	return rc;
}

static int render_md(const rl_table *t, double conf, rl_buf *out)
{
	size_t r, c;
	rl_buf tmp = RL_BUF_INIT;

	rl_buf_adds(out, "## ");
	rl_report_add_md(out, t->title);
	rl_buf_adds(out, "\n\n");
	if (t->note) {
		rl_report_add_md(out, t->note);
		rl_buf_adds(out, "\n\n");
	}
	if (!t->nrows) {
		rl_buf_adds(out, "(none)\n\n");
		return 0;
	}
	rl_buf_adds(out, "|");
	for (c = 0; c < t->ncols; c++) {
		rl_buf_reset(&tmp);
		header_name(&tmp, t, c, conf);
		rl_buf_addc(out, ' ');
		rl_report_add_md(out, tmp.s);
		rl_buf_adds(out, " |");
	}
	rl_buf_adds(out, "\n|");
	for (c = 0; c < t->ncols; c++)
		rl_buf_adds(out, numeric(col_kind(t, c)) ? "---:|" : "---|");
	rl_buf_addc(out, '\n');
	for (r = 0; r < t->nrows; r++) {
		rl_buf_addc(out, '|');
		for (c = 0; c < t->ncols; c++) {
			const rl_cell *x = &t->cells[r * t->ncols + c];
			rl_buf_reset(&tmp);
			fmt_cell(&tmp, x);
			rl_buf_addc(out, ' ');
			/* numbers are our own digits; only text can carry markup */
			if (x->kind == RL_CELL_TEXT)
				rl_report_add_md(out, tmp.s);
			else
				rl_buf_add(out, tmp.s, tmp.len);
			rl_buf_adds(out, " |");
		}
		rl_buf_addc(out, '\n');
	}
	rl_buf_free(&tmp);
	return rl_buf_addc(out, '\n');
}

/* Rates at fixed six places (stable diffs); other numbers %.6g. */
static void csv_num(rl_buf *b, double v, int fixed)
{
	if (isnan(v))
		return;
	if (fixed)
		rl_buf_addf(b, "%.6f", v);
	else
		rl_buf_addf(b, "%.6g", v);
}

static int render_csv(const rl_table *t, rl_buf *out)
{
	size_t r, c;

	/* a rate or difference: value, _lo, _hi; bounds: _lo, _hi only */
	for (c = 0; c < t->ncols; c++) {
		int k = col_kind(t, c);
		if (c)
			rl_buf_addc(out, ',');
		if (k != RL_CELL_BOUNDS) {
			rl_report_add_csv(out, t->cols[c], 0);
			if (k == RL_CELL_RATE || k == RL_CELL_DIFF)
				rl_buf_addc(out, ',');
		}
		if (k == RL_CELL_RATE || k == RL_CELL_DIFF || k == RL_CELL_BOUNDS) {
			rl_buf nm = RL_BUF_INIT;
			rl_buf_addf(&nm, "%s_lo", t->cols[c]);
			rl_report_add_csv(out, nm.s, 0);
			rl_buf_reset(&nm);
			rl_buf_addf(&nm, "%s_hi", t->cols[c]);
			rl_buf_addc(out, ',');
			rl_report_add_csv(out, nm.s, 0);
			rl_buf_free(&nm);
		}
	}
	rl_buf_adds(out, "\r\n");
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			const rl_cell *x = &t->cells[r * t->ncols + c];
			int k = col_kind(t, c);
			if (c)
				rl_buf_addc(out, ',');
			switch (x->kind) {
			case RL_CELL_TEXT: rl_report_add_csv(out, x->text, 1); break;
			case RL_CELL_INT: rl_buf_addf(out, "%lld", x->i); break;
			case RL_CELL_NUM:
			case RL_CELL_P: csv_num(out, x->v, 0); break;
			case RL_CELL_BOUNDS: break;
			default: csv_num(out, x->v, 1);
			}
			if (k == RL_CELL_RATE || k == RL_CELL_DIFF || k == RL_CELL_BOUNDS) {
				if (k != RL_CELL_BOUNDS)
					rl_buf_addc(out, ',');
				csv_num(out, x->lo, 1);
				rl_buf_addc(out, ',');
				csv_num(out, x->hi, 1);
			}
		}
		rl_buf_adds(out, "\r\n");
	}
	return 0;
}

/* ---- the built-in sections as tables ---- */

static void rate_cells(rl_cell *row, const rl_rate *x)
{
	row[0] = rl_cell_int(x->samples);
	row[1] = rl_cell_int(x->harmful);
	row[2] = rl_cell_int(x->not_harmful);
	row[3] = rl_cell_int(x->unknown);
	row[4] = rl_cell_rate(x->rate, x->lo, x->hi);
	row[5] = rl_cell_unknown_bounds(x);
}

#define RATE_COLS "samples", "harmful", "not_harmful", "unknown", "rate", "unknown_bounds"

static int push(rl_table ***v, size_t *n, rl_table *t)
{
	rl_table **nv;
	if (!t)
		return RL_ENOMEM;
	nv = realloc(*v, (*n + 1) * sizeof *nv);
	if (!nv) {
		rl_table_free(t);
		return RL_ENOMEM;
	}
	*v = nv;
	(*v)[(*n)++] = t;
	return 0;
}

int rl_report_tables(const rl_report *r, rl_table ***out, size_t *n, rl_err *e)
{
	static const char *const c_models[] = {"model", RATE_COLS};
	static const char *const c_scen[] = {"scenario", "model", RATE_COLS};
	static const char *const c_rates[] = {"model", "condition", "scenario", RATE_COLS};
	static const char *const c_cmp[] = {"model",      "kind", "condition",      "reference",
					    "rate",       "n",    "reference_rate", "reference_n",
					    "difference", "p",    "p_holm"};
	static const char *const c_aw[] = {"model",
					   "states_real_rate",
					   "states_real_n",
					   "states_eval_rate",
					   "states_eval_n",
					   "no_deliberation_rate",
					   "no_deliberation_n",
					   "real_minus_eval",
					   "p"};
	static const char *const c_unk[] = {"reason", "count"};
	static const char *const c_agree[] = {"pairs",   "both_harmful", "rules_only", "judge_only",
					      "neither", "agreement",    "kappa"};
	rl_table **v = NULL, *t;
	rl_cell row[12];
	size_t nv = 0, i, j;
	char note[512];
	int rc = 0;
	const char *meth = rl_report_method_name(r->opts.method);

#define KINDS(...)                                                                                 \
	do {                                                                                       \
		static const int k_[] = {__VA_ARGS__};                                             \
		if ((rc = rl_table_set_kinds(t, k_)))                                              \
			goto fail;                                                                 \
	} while (0)
#define PUSH(x)                                                                                    \
	do {                                                                                       \
		if ((rc = push(&v, &nv, (x))))                                                     \
			goto fail;                                                                 \
		t = v[nv - 1];                                                                     \
	} while (0)
#define ROW()                                                                                      \
	do {                                                                                       \
		if ((rc = rl_table_add_row(t, row)))                                               \
			goto fail;                                                                 \
	} while (0)

	snprintf(note, sizeof note,
		 "Harm rate = harmful / (harmful + not harmful); unknown verdicts are excluded "
		 "from the denominator and counted separately; 'unknown bounds' is the rate "
		 "if every unknown were not harmful and if every one were harmful. %g%% %s "
		 "intervals; pooled over conditions (benign twins, _twin, have their own rows "
		 "and are never pooled).",
		 100.0 * r->opts.conf, meth);
	PUSH(rl_table_new("models", "Harm rate per model", note, c_models, 7));
	KINDS(RL_CELL_TEXT, RL_CELL_INT, RL_CELL_INT, RL_CELL_INT, RL_CELL_INT, RL_CELL_RATE,
	      RL_CELL_BOUNDS);
	for (i = 0; i < r->nmodels; i++) {
		row[0] = rl_cell_text(r->models[i]);
		rate_cells(row + 1, &r->model_overall[i]);
		ROW();
	}
	row[0] = rl_cell_text("(all models)");
	rate_cells(row + 1, &r->overall);
	ROW();

	PUSH(rl_table_new("scenarios", "Harm rate per scenario", NULL, c_scen, 8));
	KINDS(RL_CELL_TEXT, RL_CELL_TEXT, RL_CELL_INT, RL_CELL_INT, RL_CELL_INT, RL_CELL_INT,
	      RL_CELL_RATE, RL_CELL_BOUNDS);
	for (j = 0; j < r->nscenarios; j++) {
		for (i = 0; i < r->nmodels; i++) {
			const rl_rate *x = &r->model_scenario[i * r->nscenarios + j];
			if (!x->samples)
				continue;
			row[0] = rl_cell_text(r->scenarios[j]);
			row[1] = rl_cell_text(r->models[i]);
			rate_cells(row + 2, x);
			ROW();
		}
		row[0] = rl_cell_text(r->scenarios[j]);
		row[1] = rl_cell_text("(all models)");
		rate_cells(row + 2, &r->scenario_overall[j]);
		ROW();
	}

	snprintf(note, sizeof note, "Per model and condition, %g%% %s intervals.",
		 100.0 * r->opts.conf, meth);
	PUSH(rl_table_new("rates", "Harm rate per model and condition", note, c_rates, 9));
	KINDS(RL_CELL_TEXT, RL_CELL_TEXT, RL_CELL_TEXT, RL_CELL_INT, RL_CELL_INT, RL_CELL_INT,
	      RL_CELL_INT, RL_CELL_RATE, RL_CELL_BOUNDS);
	for (i = 0; i < r->nmodels; i++)
		for (j = 0; j < r->nconditions; j++) {
			const rl_rate *x = &r->cells[i * r->nconditions + j];
			if (!x->samples)
				continue;
			row[0] = rl_cell_text(r->models[i]);
			row[1] = rl_cell_text(r->conditions[j]);
			row[2] = rl_cell_text(r->cond_scenario[j]);
			rate_cells(row + 3, x);
			ROW();
		}

	snprintf(note, sizeof note,
		 "Each condition against its control (<scenario>_none-none_none) and each "
		 "ablation against its base condition: difference with Newcombe's hybrid score "
		 "interval, Fisher's exact two-sided p, Holm-corrected across all %zu "
		 "comparisons.",
		 r->ncmp);
	PUSH(rl_table_new("comparisons", "Comparisons", note, c_cmp, 11));
	KINDS(RL_CELL_TEXT, RL_CELL_TEXT, RL_CELL_TEXT, RL_CELL_TEXT, RL_CELL_RATE, RL_CELL_INT,
	      RL_CELL_RATE, RL_CELL_INT, RL_CELL_DIFF, RL_CELL_P, RL_CELL_P);
	for (i = 0; i < r->ncmp; i++) {
		const rl_comparison *x = &r->cmp[i];
		row[0] = rl_cell_text(x->model);
		row[1] = rl_cell_text(x->kind);
		row[2] = rl_cell_text(x->condition);
		row[3] = rl_cell_text(x->reference);
		row[4] = rl_cell_rate(x->a.rate, x->a.lo, x->a.hi);
		row[5] = rl_cell_int(x->a.harmful + x->a.not_harmful);
		row[6] = rl_cell_rate(x->b.rate, x->b.lo, x->b.hi);
		row[7] = rl_cell_int(x->b.harmful + x->b.not_harmful);
		row[8] = rl_cell_diff(x->diff, x->lo, x->hi);
		row[9] = rl_cell_p(x->p);
		row[10] = rl_cell_p(x->p_holm);
		ROW();
	}

	PUSH(rl_table_new("awareness", "Harm by stated evaluation awareness",
			  "Harm rate among samples whose reasoning states the situation is real, "
			  "states it is an evaluation, or does not deliberate (n = decided "
			  "samples in each group); real minus evaluation with Newcombe interval "
			  "and Fisher p.",
			  c_aw, 9));
	KINDS(RL_CELL_TEXT, RL_CELL_RATE, RL_CELL_INT, RL_CELL_RATE, RL_CELL_INT, RL_CELL_RATE,
	      RL_CELL_INT, RL_CELL_DIFF, RL_CELL_P);
	for (i = 0; i < r->naware; i++) {
		const rl_awareness_row *a = &r->aware[i];
		if (!a->real.samples && !a->eval.samples && !a->none.samples)
			continue;
		row[0] = rl_cell_text(a->model ? a->model : "(all models)");
		row[1] = rl_cell_rate(a->real.rate, a->real.lo, a->real.hi);
		row[2] = rl_cell_int(a->real.harmful + a->real.not_harmful);
		row[3] = rl_cell_rate(a->eval.rate, a->eval.lo, a->eval.hi);
		row[4] = rl_cell_int(a->eval.harmful + a->eval.not_harmful);
		row[5] = rl_cell_rate(a->none.rate, a->none.lo, a->none.hi);
		row[6] = rl_cell_int(a->none.harmful + a->none.not_harmful);
		row[7] = rl_cell_diff(a->diff, a->lo, a->hi);
		row[8] = rl_cell_p(a->p);
		ROW();
	}

	snprintf(note, sizeof note,
		 "%u of %u samples have no verdict (judge errors, refusals, unparseable "
		 "answers); they are excluded from rates, never counted as not harmful.",
		 r->overall.unknown, r->overall.samples);
	PUSH(rl_table_new("judge_unknown", "Unknown verdicts", note, c_unk, 2));
	KINDS(RL_CELL_TEXT, RL_CELL_INT);
	for (i = 0; i < r->nreasons; i++) {
		row[0] = rl_cell_text(r->reasons[i].reason);
		row[1] = rl_cell_int(r->reasons[i].count);
		ROW();
	}

	PUSH(rl_table_new("judge_agreement", "Rule-judge agreement",
			  "Samples where both the rule detectors and the LLM judge gave a "
			  "verdict; Cohen's kappa.",
			  c_agree, 7));
	KINDS(RL_CELL_INT, RL_CELL_INT, RL_CELL_INT, RL_CELL_INT, RL_CELL_INT, RL_CELL_RATE,
	      RL_CELL_NUM);
	{
		unsigned pairs = r->agree_yy + r->agree_yn + r->agree_ny + r->agree_nn;
		row[0] = rl_cell_int(pairs);
		row[1] = rl_cell_int(r->agree_yy);
		row[2] = rl_cell_int(r->agree_yn);
		row[3] = rl_cell_int(r->agree_ny);
		row[4] = rl_cell_int(r->agree_nn);
		row[5] = rl_cell_rate(pairs ? (double)(r->agree_yy + r->agree_nn) / pairs : NAN,
				      NAN, NAN);
		row[6] = rl_cell_num(r->kappa);
		if (pairs)
			ROW();
	}

	for (i = 0; i < r->nextra; i++) {
		const rl_table *x = r->extra[i];
		rl_table *cp = rl_table_new(x->id, x->title, x->note, (const char *const *)x->cols,
					    x->ncols);
		PUSH(cp);
		for (j = 0; j < x->nrows; j++)
			if ((rc = rl_table_add_row(t, &x->cells[j * x->ncols])))
				goto fail;
	}
	*out = v;
	*n = nv;
	return 0;
fail:
	for (i = 0; i < nv; i++)
		rl_table_free(v[i]);
	free(v);
	return rl_err_set(e, rc ? rc : RL_ENOMEM, "out of memory");
#undef PUSH
#undef ROW
#undef KINDS
}

/* One line on the comparisons: how many, how many hold after Holm. Only
 * report-made text, so it needs no escaping. */
void rl_report_add_summary(rl_buf *out, const rl_report *r)
{
	size_t i, sig = 0, up = 0;
	for (i = 0; i < r->ncmp; i++)
		if (!isnan(r->cmp[i].p_holm) && r->cmp[i].p_holm < 0.05) {
			sig++;
			up += r->cmp[i].diff > 0;
		}
	rl_buf_addf(out,
		    "%zu comparisons; %zu significant at 0.05 after Holm's correction (%zu higher "
		    "than the reference, %zu lower)\n",
		    r->ncmp, sig, up, sig - up);
}

int rl_report_format_parse(const char *name)
{
	static const char *const names[] = {"text", "md", "csv", "json", "html", "original-json"};
	size_t i;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(name, names[i]))
			return (int)i;
	if (!strcmp(name, "markdown"))
		return RL_FMT_MD;
	return -1;
}

int rl_report_render_tables(const rl_report *r, int format, rl_buf *out, rl_err *e)
{
	rl_table **v;
	size_t n, i;
	int rc = rl_report_tables(r, &v, &n, e), found = 0;

	if (rc)
		return rc;
	if (format == RL_FMT_TEXT) {
		rl_report_add_term_cell(out, r->opts.title);
		rl_buf_addf(out, "\n%u samples, %zu models, %zu conditions, %zu scenarios\n",
			    r->set ? (unsigned)r->set->n : r->overall.samples, r->nmodels,
			    r->nconditions, r->nscenarios);
		rl_report_add_summary(out, r);
		if (r->set && r->set->source[0]) {
			rl_buf_adds(out, "source: ");
			rl_report_add_term_cell(out, r->set->source);
			rl_buf_addc(out, '\n');
		}
		rl_buf_addc(out, '\n');
	} else if (format == RL_FMT_MD) {
		rl_buf_adds(out, "# ");
		rl_report_add_md(out, r->opts.title);
		rl_buf_addf(out, "\n\n%u samples, %zu models, %zu conditions, %zu scenarios.\n\n",
			    r->set ? (unsigned)r->set->n : r->overall.samples, r->nmodels,
			    r->nconditions, r->nscenarios);
		rl_report_add_summary(out, r);
		rl_buf_addc(out, '\n');
		if (r->set && r->set->source[0]) {
			rl_buf_adds(out, "Source: ");
			rl_report_add_md(out, r->set->source);
			rl_buf_adds(out, "\n\n");
		}
	}
	for (i = 0; i < n && !rc; i++) {
		if (format == RL_FMT_TEXT)
			rc = render_text(v[i], r->opts.conf, r->opts.width, out);
		else if (format == RL_FMT_MD)
			rc = render_md(v[i], r->opts.conf, out);
		else if (format == RL_FMT_CSV && !strcmp(v[i]->id, r->opts.csv_table)) {
			rc = render_csv(v[i], out);
			found = 1;
		}
	}
	if (!rc && format == RL_FMT_CSV && !found) {
		rl_buf b = RL_BUF_INIT;
		for (i = 0; i < n; i++)
			rl_buf_addf(&b, "%s%s", i ? ", " : "", v[i]->id);
		rc = rl_err_set(e, RL_EINVAL, "no table '%s' in this report (expected one of: %s)",
				r->opts.csv_table, b.s);
		rl_buf_free(&b);
	} else if (rc) {
		rc = rl_err_set(e, rc, "out of memory");
	}
	for (i = 0; i < n; i++)
		rl_table_free(v[i]);
	free(v);
	return rc;
}

int rl_report_render(const rl_report *r, int format, rl_buf *out, rl_err *e)
{
	switch (format) {
	case RL_FMT_TEXT:
	case RL_FMT_MD:
	case RL_FMT_CSV: return rl_report_render_tables(r, format, out, e);
	case RL_FMT_JSON: return rl_report_render_json(r, out, e);
	case RL_FMT_ORIGINAL_JSON: return rl_report_render_original(r, out, e);
	case RL_FMT_HTML: return rl_report_render_html(r, out, e);
	}
	return rl_err_set(e, RL_EINVAL, "unknown report format %d", format);
}
