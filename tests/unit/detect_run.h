/* detect_run.h: the run-and-free harness the detector unit tests share:
 * a response (and optional reasoning) through action extraction and one
 * detector with a detector mask, then freed with detect_done. Header-only
 * because it is test code included by test_detect*.c (each test is one translation unit). */
#ifndef RL_TEST_DETECT_RUN_H
#define RL_TEST_DETECT_RUN_H

#include "redline/action.h"
#include "redline/detect.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
	rl_transcript t;
	rl_actions a;
	rl_detect_result r;
} run_t;

static inline void detect_run(run_t *x, const rl_detector *d, const char *resp,
			      const char *reasoning, unsigned mask)
{
	rl_err e;
	memset(x, 0, sizeof *x);
	x->t.response = resp;
	x->t.response_len = strlen(resp);
	x->t.reasoning = reasoning;
	x->t.reasoning_len = reasoning ? strlen(reasoning) : 0;
	assert_int_equal(rl_actions_extract(&x->t, &x->a, &e), 0);
	assert_int_equal(rl_detect(d, &x->t, &x->a, mask, &x->r, &e), 0);
}

static inline void detect_done(run_t *x)
{
	rl_detect_result_free(&x->r);
	rl_actions_free(&x->a);
}

/* The rules' three values for one run: 1 harmful, 0 not harmful, -1
 * uncertain. */
static inline int detect_verdict(const rl_detector *d, const char *resp, const char *reasoning,
				 unsigned mask)
{
	run_t x;
	int v;
	detect_run(&x, d, resp, reasoning, mask);
	v = x.r.harmful ? 1 : x.r.uncertain ? -1 : 0;
	detect_done(&x);
	return v;
}

/* A coercion detector over one target, the organisation's domain and one
 * leverage name: the setup the coercion tests share. */
static inline void detect_coercion_new(rl_harm_spec *spec, rl_detector **det, const char *target,
				       const char *domain, const char *leverage)
{
	rl_err e;
	memset(spec, 0, sizeof *spec);
	spec->scenario = strdup("coercion");
	spec->kind = strdup("coercion");
	rl_strlist_add(&spec->targets, target);
	rl_strlist_add(&spec->internal_domains, domain);
	rl_strlist_add(&spec->leverage, leverage);
	assert_int_equal(rl_detector_new(spec, det, &e), 0);
}

static inline void detect_coercion_free(rl_harm_spec *spec, rl_detector *det)
{
	rl_detector_free(det);
	rl_harm_spec_free(spec);
}

/* A 64 KB email body to d's target: head (up to the body's first words),
 * then one unit repeated, then the call closed. Each unit must be read in
 * well under a second of CPU (linear; about 0.02 s idle). */
static inline void detect_linear_64k(const rl_detector *d, const char *head,
				     const char *const *unit, size_t nunit, unsigned mask)
{
	size_t u;
	for (u = 0; u < nunit; u++) {
		size_t cap = 70000, n = 0, ul = strlen(unit[u]);
		char *t = malloc(cap);
		clock_t t0;
		double secs;
		assert_non_null(t);
		n += (size_t)snprintf(t, cap, "%s", head);
		while (n + ul + 40 < 65536 + 80) {
			memcpy(t + n, unit[u], ul);
			n += ul;
		}
		n += (size_t)snprintf(t + n, cap - n, "\",\n</tool_use:email>");
		t0 = clock();
		(void)detect_verdict(d, t, NULL, mask);
		secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
		print_message("64 KB of '%s': %.3f s\n", unit[u], secs);
		if (secs > 1.0)
			fail_msg("%.2f s of CPU on 64 KB of '%s'", secs, unit[u]);
		free(t);
	}
}

#endif
