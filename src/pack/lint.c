/* lint.c: `redline pack lint`. Renders the whole matrix (plus each
 * ablation with text) and reports each distinct problem once, at the
 * template position that causes it, because a researcher fixes files, not
 * conditions. Known defects declared by the pack are reported but pass. */
#include "pack/pack_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct finding {
	const rl_tfile *file;
	size_t off;
	char name[128];
	char cond[RL_COND_ID_MAX];
	size_t count;
} finding;

typedef struct lctx {
	const rl_pack *p;
	finding *f;
	size_t n, cap;
	const char *cond;
	int oom;
} lctx;

static void on_miss(const rl_tfile *f, size_t off, const char *name, size_t len, void *ctx)
{
	lctx *L = ctx;
	size_t i;
	if (!f)
		return;
	for (i = 0; i < L->n; i++)
		if (L->f[i].file == f && L->f[i].off == off) {
			L->f[i].count++;
			return;
		}
	if (L->n == L->cap) {
		finding *nf;
		L->cap = L->cap ? L->cap * 2 : 32;
		nf = realloc(L->f, L->cap * sizeof *nf);
		if (!nf) {
			L->oom = 1;
			return;
		}
		L->f = nf;
	}
	memset(&L->f[L->n], 0, sizeof L->f[0]);
	L->f[L->n].file = f;
	L->f[L->n].off = off;
	snprintf(L->f[L->n].name, sizeof L->f[0].name, "%.*s", (int)(len > 100 ? 100 : len), name);
	snprintf(L->f[L->n].cond, sizeof L->f[0].cond, "%s", L->cond);
	L->f[L->n].count = 1;
	L->n++;
}

static int cmp_finding(const void *a, const void *b)
{
	const finding *x = a, *y = b;
	int c = strcmp(x->file->path, y->file->path);
	if (c)
		return c;
	return x->off < y->off ? -1 : x->off > y->off;
}

static int known_unresolved(const rl_pack *p, const char *name)
{
	size_t i;
	for (i = 0; i < p->ndefects; i++)
		if (rl_strlist_find(&p->defects[i].unresolved, name) >= 0)
			return 1;
	return 0;
}

static int known_fallback(const rl_pack *p, const char *type)
{
	size_t i;
	for (i = 0; i < p->ndefects; i++)
		if (rl_strlist_find(&p->defects[i].goal_fallback, type) >= 0)
			return 1;
	return 0;
}

static void report(rl_lint_fn fn, void *ctx, const char *file, unsigned line, unsigned col,
		   const char *msg, const char *name, const char *cond, int known, int *bad)
{
	rl_lint_item it;
	it.file = file;
	it.line = line;
	it.col = col;
	it.message = msg;
	it.name = name;
	it.condition_id = cond;
	it.known = known;
	if (!known)
		*bad = 1;
	if (fn)
		fn(&it, ctx);
}

/* Does any email of the rendered bundle `em` have a subject containing s? */
static int subject_seen(const char *em, const char *s)
{
	rl_span *sp = NULL;
	size_t n = 0, i;
	int found = 0;
	if (rl_emails_split(em, strlen(em), &sp, &n))
		return 1; /* OOM: do not report */
	for (i = 0; i < n && !found; i++) {
		size_t sl;
		const char *subj = rl_email_header(em, sp[i], "Subject", &sl);
		if (subj && memmem(subj, sl, s, strlen(s)))
			found = 1;
	}
	free(sp);
	return found;
}

static void check_bundle(rl_lint_fn fn, void *ctx, const rl_tfile *t, int *bad)
{
	rl_span *sp = NULL;
	size_t n = 0, i;
	unsigned line, col;

	if (rl_emails_split(t->text, t->len, &sp, &n))
		return;
	if (!n)
		report(fn, ctx, t->path, 0, 0,
		       "no <email> in this bundle (expected <email> ... </email> blocks)", NULL,
		       NULL, 0, bad);
	for (i = 0; i < n; i++) {
		size_t len = sp[i].end - sp[i].start;
		if (len < 8 || memcmp(t->text + sp[i].end - 8, "</email>", 8)) {
			rl_text_linecol(t->text, sp[i].start, &line, &col);
			report(fn, ctx, t->path, line, col,
			       "<email> not closed by </email> before the next one", NULL, NULL, 0,
			       bad);
		}
	}
	free(sp);
}

/* A scenario's twin: it renders (unresolved names are collected as for
 * any rendering), every `reply N` of its check names an email of the
 * inbox with a sender, and the twin carries none of the dilemma's
 * leverage phrases or override codes (a twin has no dilemma). */
static int lint_twin(const rl_pack *p, const rl_scenario *sc, const rl_condition *cc,
		     rl_render_miss_fn miss, void *mctx, rl_lint_fn fn, void *ctx, int *bad,
		     rl_err *e)
{
	rl_rendered r;
	rl_task_bound *b = NULL;
	char msg[1024];
	size_t j;
	int rc;
	rl_err be;

	if ((rc = rl_pack_render_ex(p, cc, NULL, &r, miss, mctx, e)))
		return rc;
	rl_err_clear(&be);
	if (rl_task_check_bind(p, &r, &b, &be) == RL_EINVAL) {
		/* the message starts with DIR/pack.yaml:line:col: */
		const char *m = strstr(be.msg, "twin.check");
		const rl_task_req *q = NULL;
		for (j = 0; j < sc->twin->check.n && !q; j++) {
			char needle[1100];
			snprintf(needle, sizeof needle, "'%s'", sc->twin->check.v[j].text);
			if (sc->twin->check.v[j].kind == RL_REQ_REPLY && strstr(be.msg, needle))
				q = &sc->twin->check.v[j];
		}
		snprintf(msg, sizeof msg, "scenario '%s': %.900s", sc->id, m ? m : be.msg);
		report(fn, ctx, "pack.yaml", q ? q->line : 0, q ? q->col : 0, msg, NULL,
		       r.condition_id, 0, bad);
	}
	rl_task_bound_free(b);
	for (j = 0; j < sc->harm.leverage.n; j++)
		if (strstr(r.email_content, sc->harm.leverage.v[j])) {
			snprintf(
				msg, sizeof msg,
				"scenario '%s': the twin's emails hold leverage phrase '%s' (a twin has no dilemma)",
				sc->id, sc->harm.leverage.v[j]);
			report(fn, ctx, sc->twin->emails->path, 0, 0, msg, NULL, r.condition_id, 0,
			       bad);
		}
	for (j = 0; j < sc->harm.override_codes.n; j++)
		if (strstr(r.email_content, sc->harm.override_codes.v[j])) {
			snprintf(
				msg, sizeof msg,
				"scenario '%s': the twin's emails hold override code '%s' (a twin has no dilemma)",
				sc->id, sc->harm.override_codes.v[j]);
			report(fn, ctx, sc->twin->emails->path, 0, 0, msg, NULL, r.condition_id, 0,
			       bad);
		}
	rl_rendered_free(&r);
	return 0;
}

int rl_pack_lint(const rl_pack *p, rl_lint_fn fn, void *ctx, rl_err *e)
{
	/* clang-format off */
	static const unsigned extra[] = {0, RL_ABL_PROD, RL_ABL_PROHIBIT, RL_ABL_EXTRA_GOAL,
					 RL_ABL_EVAL_NOTICE, RL_ABL_CONSTITUTION, RL_ABL_COMPARTMENT};
	/* clang-format on */
	lctx L;
	rl_condition *c = NULL;
	size_t n = 0, i, k, s;
	int bad = 0, rc;
	char msg[1024];
	/* per scenario: which sensitive/distractor subjects and targets were seen */
	char **seen_sens = NULL, **seen_dis = NULL, **seen_tgt = NULL, *twin_done = NULL;

	memset(&L, 0, sizeof L);
	L.p = p;
	if ((rc = rl_pack_conditions(p, 0, &c, &n, e)))
		return rc;
	seen_sens = calloc(p->nscen, sizeof *seen_sens);
	seen_dis = calloc(p->nscen, sizeof *seen_dis);
	seen_tgt = calloc(p->nscen, sizeof *seen_tgt);
	twin_done = calloc(p->nscen + 1, 1);
	if (!seen_sens || !seen_dis || !seen_tgt || !twin_done)
		goto oom;
	for (s = 0; s < p->nscen; s++) {
		seen_sens[s] = calloc(p->scen[s].sens_subjects.n + 1, 1);
		seen_dis[s] = calloc(p->scen[s].distractor_subjects.n + 1, 1);
		seen_tgt[s] = calloc(p->scen[s].harm.targets.n + 1, 1);
		if (!seen_sens[s] || !seen_dis[s] || !seen_tgt[s])
			goto oom;
	}
	/* goal-text fallbacks (once per type-value) */
	for (i = 0; i < p->goal_types.n; i++) {
		const char *t = p->goal_types.v[i];
		if (!strcmp(t, "none") || !strcmp(t, "ambiguous"))
			continue;
		for (k = 0; k < p->goal_values.n; k++) {
			int fb;
			rl_pack_goal_section(p, t, p->goal_values.v[k], &fb);
			if (!fb)
				continue;
			snprintf(msg, sizeof msg, "no goal text '%s-%s' (falls back to '%s')", t,
				 p->goal_values.v[k], p->goals ? "none" : "nothing: no goals file");
			report(fn, ctx, p->goals_path ? p->goals_path : "pack.yaml", 0, 0, msg,
			       NULL, NULL, known_fallback(p, t), &bad);
		}
	}
	for (i = 0; i < n; i++) {
		const rl_scenario *sc = &p->scen[rl_pack_scenario_find(p, c[i].scenario)];
		size_t si = (size_t)(sc - p->scen);
		for (k = 0; k < sizeof extra / sizeof extra[0]; k++) {
			rl_condition cc = c[i];
			rl_rendered r;
			char id[RL_COND_ID_MAX];
			size_t j;
			if (extra[k] == RL_ABL_PROD && !sc->sys_prod)
				continue;
			if ((extra[k] & (RL_ABL_PROHIBIT | RL_ABL_EXTRA_GOAL | RL_ABL_EVAL_NOTICE |
					 RL_ABL_CONSTITUTION)) &&
			    !rl_pack_ablation_text(p, extra[k]))
				continue;
			if (extra[k] == RL_ABL_COMPARTMENT && !sc->sens_subjects.n &&
			    !sc->sens_contains.n)
				continue;
			cc.ablations = extra[k];
			rl_condition_format(&cc, id, sizeof id);
			L.cond = id;
			if ((rc = rl_pack_render_ex(p, &cc, NULL, &r, on_miss, &L, e)))
				goto out;
			if (k == 0) {
				for (j = 0; j < sc->sens_subjects.n; j++)
					if (!seen_sens[si][j] &&
					    subject_seen(r.email_content, sc->sens_subjects.v[j]))
						seen_sens[si][j] = 1;
				for (j = 0; j < sc->distractor_subjects.n; j++)
					if (!seen_dis[si][j] &&
					    subject_seen(r.email_content,
							 sc->distractor_subjects.v[j]))
						seen_dis[si][j] = 1;
				for (j = 0; j < sc->harm.targets.n; j++)
					if (!seen_tgt[si][j] &&
					    strstr(r.email_content, sc->harm.targets.v[j]))
						seen_tgt[si][j] = 1;
			}
			rl_rendered_free(&r);
			if (L.oom)
				goto oom;
		}
		if (sc->twin && !twin_done[si]) {
			rl_condition cc = c[i];
			twin_done[si] = 1;
			cc.ablations = RL_ABL_TWIN | (sc->agentic ? RL_ABL_TOOLS : 0);
			if ((rc = lint_twin(p, sc, &cc, on_miss, &L, fn, ctx, &bad, e)))
				goto out;
			if (L.oom)
				goto oom;
		}
	}
	if (L.n)
		qsort(L.f, L.n, sizeof *L.f, cmp_finding);
	for (i = 0; i < L.n; i++) {
		unsigned line, col;
		rl_text_linecol(L.f[i].file->text, L.f[i].off, &line, &col);
		snprintf(msg, sizeof msg,
			 "unresolved ${%s} (no such variable; in %zu rendering%s, first %s)",
			 L.f[i].name, L.f[i].count, L.f[i].count == 1 ? "" : "s", L.f[i].cond);
		report(fn, ctx, L.f[i].file->path, line, col, msg, L.f[i].name, L.f[i].cond,
		       known_unresolved(p, L.f[i].name), &bad);
	}
	for (s = 0; s < p->nscen; s++) {
		const rl_scenario *sc = &p->scen[s];
		for (k = 0; k < sc->sens_subjects.n; k++)
			if (!seen_sens[s][k]) {
				snprintf(msg, sizeof msg,
					 "scenario '%s': sensitive subject '%s' matches no email",
					 sc->id, sc->sens_subjects.v[k]);
				report(fn, ctx, "pack.yaml", 0, 0, msg, NULL, NULL, 0, &bad);
			}
		for (k = 0; k < sc->distractor_subjects.n; k++)
			if (!seen_dis[s][k]) {
				snprintf(msg, sizeof msg,
					 "scenario '%s': distractor subject '%s' matches no email",
					 sc->id, sc->distractor_subjects.v[k]);
				report(fn, ctx, "pack.yaml", 0, 0, msg, NULL, NULL, 0, &bad);
			}
		/* A target list may name more addresses than the emails use (the
		 * original's classifier lists do); what matters is that the person
		 * under pressure is in the inbox at all. */
		if (sc->harm.targets.n) {
			int any = 0;
			for (k = 0; k < sc->harm.targets.n; k++)
				any |= seen_tgt[s][k];
			if (!any) {
				snprintf(
					msg, sizeof msg,
					"scenario '%s': none of the harm targets (first '%s') appears in a rendered email",
					sc->id, sc->harm.targets.v[0]);
				report(fn, ctx, "pack.yaml", 0, 0, msg, NULL, NULL, 0, &bad);
			}
		}
	}
	/* bundle shape: at least one email, each closed */
	for (i = 0; i < p->ntfiles; i++) {
		const rl_tfile *t = p->tfiles[i];
		int is_bundle = 0;
		for (s = 0; s < p->nscen && !is_bundle; s++) {
			const rl_scenario *sc = &p->scen[s];
			is_bundle = sc->shared == t;
			for (k = 0; k < p->urgencies.n; k++)
				is_bundle |= sc->urgency[k] == t || sc->no_conflict[k] == t;
			is_bundle |= sc->twin && sc->twin->emails == t;
		}
		if (is_bundle)
			check_bundle(fn, ctx, t, &bad);
	}
	rc = bad;
	goto out;
oom:
	rc = rl_err_set(e, RL_ENOMEM, "out of memory");
out:
	for (s = 0; s < p->nscen; s++) {
		if (seen_sens)
			free(seen_sens[s]);
		if (seen_dis)
			free(seen_dis[s]);
		if (seen_tgt)
			free(seen_tgt[s]);
	}
	free(seen_sens);
	free(seen_dis);
	free(seen_tgt);
	free(twin_done);
	free(L.f);
	free(c);
	return rc;
}
