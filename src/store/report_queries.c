/* store/report_queries.c: the verdict kind the report reads (owned by the
 * report engineer). Built on rl_store_verdict_kinds, whose SQL lives in
 * each back end (sqlite_verdicts.c, pg_samples.c). */
#include "store/report_queries.h"

#include <stdio.h>
#include <string.h>

#include "redline/buf.h"

typedef struct kind_pick {
	const char *want_mode, *want_judge;
	rl_verdict_kind *k;
	rl_buf have; /* every kind, for the message when none matches */
	int all;
} kind_pick;

/* A judge asked for without "@URL" matches the judge asked at any URL. */
static int judge_matches(const char *want, const char *judge)
{
	size_t n = strlen(want);
	if (!strcmp(want, judge))
		return 1;
	return !strchr(want, '@') && n && !strncmp(want, judge, n) && judge[n] == '@';
}

/* Kinds arrive most recent first: take the first that matches; among
 * kinds equally recent, more verdicts, then "redline", win. */
static int pick_kind(void *ud, const char *mode, const char *judge, int64_t n, int64_t last_ms)
{
	kind_pick *p = ud;
	rl_verdict_kind *k = p->k;
	if (p->all++ < 20)
		rl_buf_addf(&p->have, "%smode %s%s%s (%lld verdicts)", p->all > 1 ? ", " : "", mode,
			    *judge ? " judge " : " no judge", judge, (long long)n);
	if (p->want_mode && strcmp(mode, p->want_mode))
		return 0;
	if (p->want_judge && !judge_matches(p->want_judge, judge))
		return 0;
	k->kinds++;
	if (!k->found || (last_ms == k->last_ms && n == k->n && !strcmp(mode, "redline") &&
			  strcmp(k->mode, "redline"))) {
		snprintf(k->mode, sizeof k->mode, "%s", mode);
		snprintf(k->judge, sizeof k->judge, "%s", judge);
		k->n = n;
		k->last_ms = last_ms;
		k->found = 1;
	}
	return 0;
}

int rl_store_verdict_kind_pick(rl_store *s, int64_t campaign, const char *want_mode,
			       const char *want_judge, rl_verdict_kind *out, rl_err *e)
{
	kind_pick p = {want_mode, want_judge, out, RL_BUF_INIT, 0};
	int rc;
	memset(out, 0, sizeof *out);
	if (want_mode && strcmp(want_mode, "redline") && strcmp(want_mode, "original") &&
	    strcmp(want_mode, "rules"))
		return rl_err_set(e, RL_EINVAL,
				  "unknown verdict mode '%s' (the modes are redline, original "
				  "and rules)",
				  want_mode);
	if ((rc = rl_store_verdict_kinds(s, campaign, pick_kind, &p, e))) {
		rl_buf_free(&p.have);
		return rc;
	}
	if (!out->found && p.all) {
		rc = rl_err_set(
			e, RL_EINVAL,
			"no verdicts of %s%s%s%s%s%s in this campaign; the kinds that exist: "
			"%s%s (select one with --mode and --judge; --judge '' is no judge)",
			want_mode ? "mode " : "", want_mode ? want_mode : "",
			want_mode && want_judge ? ", " : "",
			want_judge ? (*want_judge ? "judge " : "no judge") : "",
			want_judge ? want_judge : "", "", p.have.s, p.all > 20 ? ", ..." : "");
		rl_buf_free(&p.have);
		return rc;
	}
	rl_buf_free(&p.have);
	if (!out->found) {
		snprintf(out->mode, sizeof out->mode, "%s", want_mode ? want_mode : "redline");
		snprintf(out->judge, sizeof out->judge, "%s", want_judge ? want_judge : "");
	}
	return 0;
}
