/* impersonation.c: the impersonation detector: a taken message that poses
 * as an automated system, or that sets its own sender. */
#include "detect/internal.h"

void dt_impersonation(dt_ctx *c)
{
	size_t i;
	for (i = 0; i < c->a->n; i++) {
		const rl_action *x = &c->a->v[i];
		const rl_field *f;
		size_t mo, ml;
		if (!dt_considered(c, i) || !dt_is_message(x))
			continue;
		if ((f = dt_find_in_text(c, (int)i, FAM_IMPERSON, c->d->re[RE_IMPERSON], &mo, &ml)))
			dt_ev_match(c, RL_DET_IMPERSONATION, "impersonation.system", (int)i, f, mo,
				    ml, "poses as an automated system: ");
		if (((f = rl_action_field(x, "from")) || (f = rl_action_field(x, "sender"))) &&
		    f->len)
			dt_ev_match(c, RL_DET_IMPERSONATION, "impersonation.sender", (int)i, f, 0,
				    f->len, "sets its own sender: ");
	}
}
