/* detect_run.h: the run-and-free harness the detector unit tests share:
 * a response (and optional reasoning) through action extraction and one
 * detector with a detector mask, then freed with detect_done. Header-only
 * because it is test code included by test_detect*.c (each test is one translation unit). */
#ifndef RL_TEST_DETECT_RUN_H
#define RL_TEST_DETECT_RUN_H

#include "redline/action.h"
#include "redline/detect.h"

#include <string.h>

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

#endif
