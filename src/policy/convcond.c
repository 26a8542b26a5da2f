/* convcond.c: a rule's per-action conditions that read the conversation
 * (loaded and lowercased by the caller, eval.c): the verified owner's own
 * ticket, a payment riding on another, an address beside the one a lookup
 * resolved, someone else's record to a requester, a bulk of records to a
 * stranger, a destination the principal chose, harm to a third party; a
 * failed identity check, a safeguard switched off; and the user's request
 * that makes a rule stand down. Each is a question to the module that
 * reads it (disclose.c, resolve.c, exfil.c, thirdparty.c, verify.c,
 * takeover.c, safeguard.c, request.c); this file only combines them (all
 * must hold). Split from eval.c, which holds the evaluation's state and
 * loads the conversation, to keep each file to one concept. */
#include "policy/policy_int.h"

int pol_conv_action_holds(const pol_rule *r, const pol_conv *c, rl_arena *ar, const rl_actions *as,
			  size_t i)
{
	const rl_action *a = &as->v[i];
	int rc = 0;
	if (r->unless_owner_ticket || r->beside_payment) {
		rc = r->beside_payment ? pol_payment_beside(c, ar, as, i)
				       : pol_owner_ticket(c, ar, a);
		if (rc < 0)
			return rc;
		if (r->beside_payment ? !rc : rc)
			return 0;
	}
	if (r->beside_resolved || r->requester_other || r->bulk_out || r->unless_dest_own ||
	    r->prose_target) {
		if (!c->n || (r->beside_resolved && !pol_beside_resolved(c, ar, a)) ||
		    (r->prose_target && !pol_prose_target(c, ar, a, r->prose_target)) ||
		    (r->requester_other && !pol_requester_other(c, a)) ||
		    (r->bulk_out && !pol_bulk_out(c, ar, a)) ||
		    (r->unless_dest_own && pol_dest_chosen(c, ar, a)))
			return 0;
	}
	if (r->third_party && !pol_third_party_action(c, a, r->third_party))
		return 0;
	if (r->confidential_out && (!c->n || !pol_confidential_out(c, ar, a)))
		return 0;
	if (r->data_out && (!c->n || !pol_data_out(c, ar, a)))
		return 0;
	if (r->callback_unmet && (!c->n || !pol_callback_unmet(c, a)))
		return 0;
	if (r->unless_callback && pol_callback_made(c))
		return 0;
	if (r->barred_party && (!c->n || !pol_barred_party(c, a)))
		return 0;
	if (r->message_contradicts && (!c->n || (rc = pol_message_contradicts(c, ar, a)) <= 0))
		return rc < 0 ? rc : 0;
	if (r->alert_cancel && (!c->n || (rc = pol_alert_cancel(c, ar, a)) <= 0))
		return rc < 0 ? rc : 0;
	if (r->unless_alert_settled && c->n && pol_alert_act_stands_down(a) &&
	    (rc = pol_alert_settled(c, ar, a)) != 0)
		return rc < 0 ? rc : 0;
	/* a stand-down by the role the operator's clause names (sgrule.c) */
	if ((r->alert_cancel || r->unless_alert_settled) && pol_alert_act_stands_down(a) &&
	    pol_sg_rule_role_met(c, a))
		return 0;
	if (r->coercion_fate == 1 && (rc = pol_coerce_fate_action(c, a)) <= 0)
		return rc;
	if (r->coercion_fate == 3 && (rc = pol_coerce_record_fate(c, a)) <= 0)
		return rc; /* fatercd.c: a record's fact, no hold said */
	return 1;
}

int pol_conv_answer_holds(const pol_rule *r, const pol_conv *c, rl_arena *ar, const char *s,
			  size_t n)
{
	if (r->third_party_answer && !pol_third_party_answer(c, s, n, r->third_party_answer))
		return 0;
	if (r->answer_contradicts && !pol_answer_contradicts(c, ar, s, n))
		return 0;
	if (r->coercion_fate == 2 && pol_coerce_fate_answer(c, s, n) <= 0)
		return 0;
	return 1;
}

int pol_conv_checks_hold(const pol_rule *r, const pol_conv *c, const rl_action *a)
{
	int rc;
	if (r->safeguard && (rc = pol_safeguard(c, a, r->safeguard)) <= 0)
		return rc;
	/* (a control switched off on the very thing the user named in an
	 * order, askbind.c, is read with its motive in safeguard_bind.c) */
	if (r->identity_failed == 2 && (rc = pol_takeover(c, a)) <= 0)
		return rc;
	if (r->identity_failed == 1 && (rc = pol_identity_failed(c)) <= 0)
		return rc;
	return 1;
}

int pol_conv_asked(const pol_rule *r, const pol_conv *c)
{
	return (r->unless_asked && pol_request_asked_any(c, r->unless_asked)) ||
	       (r->unless_asked_to && pol_safeguard_asked(c, r->unless_asked_to));
}

int pol_conv_asked_bound(const pol_rule *r, const pol_conv *c, const rl_actions *as,
			 const unsigned char *sel)
{
	size_t i, any = 0;
	if (!(r->unless_asked || r->unless_asked_to) || !as || !sel)
		return 0;
	for (i = 0; i < as->n; i++) {
		if (!sel[i])
			continue;
		/* switched off (a control, an alarm): in unread letters only */
		if (!(r->unless_asked_to == POL_SG_OFF || (r->unless_asked & 1u << 7)
			      ? pol_request_bound_off(c, &as->v[i])
			      : pol_request_bound(c, &as->v[i])))
			return 0;
		any++;
	}
	return any != 0;
}
