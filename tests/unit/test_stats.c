/* test_stats.c: the stats module against published reference values.
 *
 * Sources of the expected numbers:
 *  - Newcombe RG (1998a). Two-sided confidence intervals for the single
 *    proportion: comparison of seven methods. Stat Med 17:857-872,
 *    Table II (method 3 = Wilson score, method 5 = Clopper-Pearson exact).
 *  - Newcombe RG (1998b). Interval estimation for the difference between
 *    independent proportions: comparison of eleven methods. Stat Med
 *    17:873-890, Table II (method 10 = hybrid score), examples (a)-(e).
 *  - R 4.x: binom.test(k, n)$conf.int (Clopper-Pearson), fisher.test(m)$p.value,
 *    p.adjust(p, "holm"); outputs quoted beside each case.
 *  - Cohen's kappa: the worked 2x2 example of the Wikipedia article
 *    "Cohen's kappa" (20, 5, 10, 15 -> 0.4). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>

#include "redline/err.h"
#include "redline/stats.h"

#define near(got, want, tol)                                                                       \
	do {                                                                                       \
		double g_ = (got), w_ = (want);                                                    \
		if (!(fabs(g_ - w_) <= (tol)))                                                     \
			fail_msg("%s = %.6f, wanted %.6f (+-%g)", #got, g_, w_, (double)(tol));    \
	} while (0)

/* A published interval for k of n at 95%. */
typedef struct {
	unsigned k, n;
	double lo, hi;
} ref_interval;

typedef int (*interval_fn)(unsigned k, unsigned n, double conf, double *lo, double *hi);

static void check_intervals(interval_fn f, const ref_interval *t, size_t n)
{
	size_t i;
	double lo, hi;
	for (i = 0; i < n; i++) {
		assert_int_equal(f(t[i].k, t[i].n, 0.95, &lo, &hi), 0);
		near(lo, t[i].lo, 5e-5);
		near(hi, t[i].hi, 5e-5);
	}
}

static void wilson_matches_newcombe_1998a(void **st)
{
	static const ref_interval t[] = {
		{81, 263, 0.2553, 0.3662},
		{15, 148, 0.0624, 0.1605},
		{0, 20, 0.0000, 0.1611},
		{1, 29, 0.0061, 0.1718},
	};
	(void)st;
	check_intervals(rl_stats_wilson, t, sizeof t / sizeof t[0]);
}

static void clopper_pearson_matches_r_binom_test(void **st)
{
	/* binom.test(81, 263): 0.2527 0.3676; binom.test(15, 148): 0.0578 0.1617;
	 * binom.test(0, 20): 0 0.1684; binom.test(1, 29): 0.0009 0.1776
	 * (the same as Newcombe 1998a method 5). */
	static const ref_interval t[] = {
		{81, 263, 0.2527, 0.3676},
		{15, 148, 0.0578, 0.1617},
		{0, 20, 0.0000, 0.1684},
		{1, 29, 0.0009, 0.1776},
	};
	double lo, hi;
	(void)st;
	check_intervals(rl_stats_clopper_pearson, t, sizeof t / sizeof t[0]);
	/* all harmful: upper bound 1, lower (alpha/2)^(1/n) */
	assert_int_equal(rl_stats_clopper_pearson(10, 10, 0.95, &lo, &hi), 0);
	near(hi, 1.0, 0);
	near(lo, pow(0.025, 0.1), 1e-9);
}

static void newcombe_difference_matches_1998b(void **st)
{
	static const struct {
		unsigned k1, n1, k2, n2;
		double d, lo, hi;
	} t[] = {
		{56, 70, 48, 80, 0.2000, 0.0524, 0.3339}, /* (a) */
		{9, 10, 3, 10, 0.6000, 0.1705, 0.8090},   /* (b) */
		{5, 56, 0, 29, 0.0893, -0.0381, 0.1926},  /* (d) */
		{0, 10, 0, 20, 0.0000, -0.1611, 0.2775},  /* (e) */
	};
	size_t i;
	double d, lo, hi;
	(void)st;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		assert_int_equal(rl_stats_newcombe_diff(t[i].k1, t[i].n1, t[i].k2, t[i].n2, 0.95,
							&d, &lo, &hi),
				 0);
		near(d, t[i].d, 5e-5);
		near(lo, t[i].lo, 5e-5);
		near(hi, t[i].hi, 5e-5);
	}
}

static void fisher_matches_r(void **st)
{
	(void)st;
	/* fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value = 0.4857 (tea tasting) */
	near(rl_stats_fisher_exact(3, 1, 1, 3), 0.4857143, 1e-6);
	/* fisher.test(matrix(c(1, 11, 9, 3), 2))$p.value = 0.002759 */
	near(rl_stats_fisher_exact(1, 9, 11, 3), 0.002759456, 1e-8);
	/* symmetric under swapping rows or columns */
	near(rl_stats_fisher_exact(9, 1, 3, 11), 0.002759456, 1e-8);
	/* fisher.test(matrix(c(10, 0, 0, 10), 2))$p.value = 1.082509e-05 */
	near(rl_stats_fisher_exact(10, 0, 0, 10), 1.082509e-05, 1e-10);
	/* identical proportions: p = 1 */
	near(rl_stats_fisher_exact(5, 5, 5, 5), 1.0, 1e-12);
	/* degenerate margins: nothing to test */
	near(rl_stats_fisher_exact(0, 0, 0, 0), 1.0, 0);
	near(rl_stats_fisher_exact(4, 0, 6, 0), 1.0, 0);
	/* large counts stay finite: 550/1000 vs 65/1000 */
	{
		double p = rl_stats_fisher_exact(550, 450, 65, 935);
		assert_true(p >= 0 && p < 1e-100);
	}
}

static void holm_matches_r(void **st)
{
	/* p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02 */
	double p[4] = {0.01, 0.04, 0.03, 0.005}, adj[4];
	double q[3] = {0.5, NAN, 0.01};
	(void)st;
	assert_int_equal(rl_stats_holm(p, 4, adj), 0);
	near(adj[0], 0.03, 1e-12);
	near(adj[1], 0.06, 1e-12);
	near(adj[2], 0.06, 1e-12);
	near(adj[3], 0.02, 1e-12);
	/* in place, capped at 1, NaN left out of the family */
	assert_int_equal(rl_stats_holm(q, 3, q), 0);
	near(q[0], 0.5, 1e-12);
	assert_true(isnan(q[1]));
	near(q[2], 0.02, 1e-12);
	assert_int_equal(rl_stats_holm(p, 0, adj), 0);
}

static void kappa_matches_worked_example(void **st)
{
	(void)st;
	near(rl_stats_kappa(20, 5, 10, 15), 0.4, 1e-12);
	near(rl_stats_kappa(10, 0, 0, 10), 1.0, 1e-12);
	assert_true(isnan(rl_stats_kappa(0, 0, 0, 0)));
	assert_true(isnan(rl_stats_kappa(7, 0, 0, 0))); /* chance agreement 1 */
}

static void edge_cases(void **st)
{
	double lo, hi, d;
	(void)st;
	/* no samples (or all unknown): undefined, not zero */
	assert_int_equal(rl_stats_wilson(0, 0, 0.95, &lo, &hi), RL_EINVAL);
	assert_true(isnan(lo) && isnan(hi));
	assert_int_equal(rl_stats_clopper_pearson(0, 0, 0.95, &lo, &hi), RL_EINVAL);
	assert_int_equal(rl_stats_newcombe_diff(1, 2, 0, 0, 0.95, &d, &lo, &hi), RL_EINVAL);
	assert_true(isnan(d));
	assert_int_equal(rl_stats_wilson(3, 2, 0.95, &lo, &hi), RL_EINVAL);
	assert_int_equal(rl_stats_wilson(1, 2, 1.5, &lo, &hi), RL_EINVAL);
	/* all harmful */
	assert_int_equal(rl_stats_wilson(20, 20, 0.95, &lo, &hi), 0);
	near(hi, 1.0, 0);
	near(lo, 1.0 - 0.1611, 5e-5);
	/* n = 1 */
	assert_int_equal(rl_stats_wilson(1, 1, 0.95, &lo, &hi), 0);
	near(lo, 0.2065, 5e-5); /* 1/(1 + z^2) */
	near(hi, 1.0, 0);
	assert_int_equal(rl_stats_wilson(0, 1, 0.95, &lo, &hi), 0);
	near(lo, 0.0, 0);
	near(hi, 0.7935, 5e-5);
	assert_int_equal(rl_stats_clopper_pearson(1, 1, 0.95, &lo, &hi), 0);
	near(lo, 0.025, 1e-9);
	/* the study's real-vs-evaluation split stays inside [-1, 1] */
	assert_int_equal(rl_stats_newcombe_diff(10, 10, 0, 10, 0.95, &d, &lo, &hi), 0);
	assert_true(lo > 0 && hi <= 1.0);
	near(rl_stats_z(0.95), 1.959964, 1e-6);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(wilson_matches_newcombe_1998a),
		cmocka_unit_test(clopper_pearson_matches_r_binom_test),
		cmocka_unit_test(newcombe_difference_matches_1998b),
		cmocka_unit_test(fisher_matches_r),
		cmocka_unit_test(holm_matches_r),
		cmocka_unit_test(kappa_matches_worked_example),
		cmocka_unit_test(edge_cases),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
