/* redline/stats.h: proportions with intervals, comparisons between two
 * proportions, multiplicity correction and agreement. Pure functions over
 * counts: no I/O, no allocation except rl_stats_holm's caller-owned arrays.
 *
 * Distribution functions come from GSL (normal and beta quantiles,
 * hypergeometric probabilities). Every interval is two-sided at confidence
 * level `conf` (0.95 for the usual 95%); rates are fractions in [0, 1].
 *
 * Unknown verdicts: callers pass only decided samples (harmful + not
 * harmful) as `n`. Unknowns are excluded from every denominator and
 * reported beside the rate; they are never counted as not harmful.
 * With n == 0 a rate and its interval are undefined: functions return
 * RL_EINVAL and set the outputs to NaN. */
#ifndef REDLINE_STATS_H
#define REDLINE_STATS_H

#include "redline/export.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

enum rl_ci_method {
	RL_CI_WILSON = 0,          /* Wilson score interval (default) */
	RL_CI_CLOPPER_PEARSON = 1, /* exact, from beta quantiles */
};

/* Interval for k successes in n trials (0 <= k <= n). 0, or RL_EINVAL
 * (n == 0, k > n, conf outside (0,1)) with *lo = *hi = NaN. */
int rl_stats_wilson(unsigned k, unsigned n, double conf, double *lo, double *hi);
int rl_stats_clopper_pearson(unsigned k, unsigned n, double conf, double *lo, double *hi);
int rl_stats_interval(int method, unsigned k, unsigned n, double conf, double *lo, double *hi);

/* Difference p1 - p2 = k1/n1 - k2/n2 with Newcombe's hybrid score
 * interval (method 10 of Newcombe 1998, built from the two Wilson
 * intervals). RL_EINVAL with NaNs when n1 or n2 is 0. */
int rl_stats_newcombe_diff(unsigned k1, unsigned n1, unsigned k2, unsigned n2, double conf,
			   double *diff, double *lo, double *hi);

/* Fisher's exact test, two-sided, on the 2x2 table [[a, b], [c, d]]:
 * the sum of the probabilities of every table with the same margins that
 * is no more likely than the observed one (R's fisher.test, with its
 * relative tolerance 1e-7). Returns the p-value in [0, 1]; 1 for an
 * empty table. */
double rl_stats_fisher_exact(unsigned a, unsigned b, unsigned c, unsigned d);

/* Holm's step-down correction of m p-values: adj[i] for p[i]
 * (R's p.adjust(p, "holm")). p and adj may be the same array. NaN
 * entries are left out of the family and stay NaN. 0 or RL_ENOMEM. */
int rl_stats_holm(const double *p, size_t m, double *adj);

/* Cohen's kappa for two binary raters from the 2x2 agreement table:
 * yy both yes, yn first yes second no, ny, nn. NaN when undefined (no
 * pairs, or chance agreement 1). */
double rl_stats_kappa(unsigned yy, unsigned yn, unsigned ny, unsigned nn);

/* The normal quantile for a two-sided level: 1.959964 for 0.95. */
double rl_stats_z(double conf);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
