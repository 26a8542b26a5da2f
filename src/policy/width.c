/* width.c: how far back a rule's match can reach in answer text, for the
 * guard's streaming release (guard/proxy_stream.c): text more than this
 * many bytes behind the end of what has arrived can no longer take part
 * in a match that is not already visible, so it may be released.
 *
 * The width of a pattern is vectorscan's max_width (hs_expression_info),
 * in bytes, of the form it compiles (a prefilter form only widens it, so
 * the bound stays safe). A rule's width is the largest over the patterns
 * of its answer-text conditions (content, reasoning, text, and the
 * pattern detectors pii, secrets, security-code). Unbounded: a pattern
 * vectorscan finds unbounded or cannot analyse, the harm detectors
 * (coercion, leak, lethal: they read whole actions and sentences), a
 * target origin in the answer text, and actions written in the text;
 * the guard bounds those by the sentence instead (docs/guard.md). Tool
 * arguments and request-side text are not answer text: a call is held
 * whole, and the request is complete before anything streams. */
#include "policy/policy_int.h"

#include <limits.h>

static size_t pat_width(const pol_pat *pt)
{
	hs_expr_info_t *info = NULL;
	hs_compile_error_t *ce = NULL;
	size_t w = RL_POLICY_WIDTH_UNBOUNDED;
	if (!pt->hs_expr)
		return w;
	if (hs_expression_info(pt->hs_expr, pt->hs_flags, &info, &ce) != HS_SUCCESS) {
		hs_free_compile_error(ce);
		return w;
	}
	if (info->max_width != UINT_MAX)
		w = info->max_width;
	free(info); /* allocated with the misc allocator: malloc by default */
	return w;
}

static size_t cond_width(const rl_policy *p, const pol_textcond *c, size_t w)
{
	size_t i;
	for (i = 0; i < c->n && w != RL_POLICY_WIDTH_UNBOUNDED; i++) {
		size_t k = pat_width(&p->pats[c->v[i]]);
		if (k > w)
			w = k;
	}
	return w;
}

size_t rl_policy_rule_width(const rl_policy *p, size_t i)
{
	const pol_rule *r;
	size_t w = 0;
	int d;
	if (!p || i >= p->nrules)
		return RL_POLICY_WIDTH_UNBOUNDED;
	r = &p->rules[i];
	if (r->answer_origin || (r->has_action_cond && r->include_untaken))
		return RL_POLICY_WIDTH_UNBOUNDED;
	w = cond_width(p, &r->content, w);
	w = cond_width(p, &r->reasoning, w);
	w = cond_width(p, &r->text, w);
	for (d = 0; d < POL_NDET && w != RL_POLICY_WIDTH_UNBOUNDED; d++) {
		size_t k;
		if (!(r->detectors & (1u << d)) || !(r->scope & (SCOPE_RESPONSE | SCOPE_REASONING)))
			continue;
		if (d == POL_DET_COERCION || d == POL_DET_LEAK || d == POL_DET_LETHAL)
			return RL_POLICY_WIDTH_UNBOUNDED;
		for (k = 0; k < p->det_count[d] && w != RL_POLICY_WIDTH_UNBOUNDED; k++) {
			size_t x = pat_width(&p->pats[p->det_first[d] + k]);
			if (x > w)
				w = x;
		}
	}
	return w;
}
