/*
 * redact.c: replacing spans of text with the policy's replacement string,
 * out of eval.c (which finds the spans) so that file stays one concept:
 * deciding. rl_policy_redact_input stays beside the evaluator because it
 * runs the evaluator's pattern slots.
 */
#include "policy/policy_int.h"
#include <stdlib.h>
#include <string.h>

static int span_cmp(const void *a, const void *b)
{
	const rl_policy_span *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

/* Copy text with the (sorted, possibly overlapping) spans replaced. */
int pol_splice(const rl_policy *p, rl_policy_span *v, size_t n, const char *text, size_t len,
	       rl_buf *out)
{
	size_t i, pos = 0;
	if (n > 1) /* qsort(NULL, 0) is undefined (UBSan): no spans, nothing to sort */
		qsort(v, n, sizeof *v, span_cmp);
	for (i = 0; i < n; i++) {
		size_t s = v[i].start, e = v[i].end;
		if (e > len)
			e = len;
		if (s < pos)
			s = pos;
		if (s >= e)
			continue;
		if (rl_buf_add(out, text + pos, s - pos) || rl_buf_adds(out, p->replacement))
			return RL_ENOMEM;
		pos = e;
	}
	return rl_buf_add(out, text + pos, len - pos) ? RL_ENOMEM : 0;
}

int rl_policy_apply_redactions(const rl_policy *p, const rl_policy_decision *d, int source,
			       const char *text, size_t n, rl_buf *out, rl_err *e)
{
	rl_policy_span *v = NULL;
	size_t i, k = 0;
	int rc;
	if (d->nredact && !(v = malloc(d->nredact * sizeof *v)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (i = 0; i < d->nredact; i++)
		if (d->redact[i].source == source && d->redact[i].action < 0)
			v[k++] = d->redact[i];
	rc = pol_splice(p, v, k, text, n, out);
	free(v);
	return rc ? rl_err_set(e, rc, "out of memory") : 0;
}
