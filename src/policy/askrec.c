/* askrec.c: a message's recipient bound to the record the user named (s19-ask,
 * after the fresh writers redteam40-43 flagged asked-for messages in three
 * of four sets: the police officer on the request whose reference the user
 * gave, the renter on the agreement the user quoted, the passenger on the
 * booking, the visitor the user is).
 *
 * The verb lists and askbind.c bind an act to an ORDER in the user's words.
 * Staff often give no order: they report the case ("the renter called from
 * the motorway, RA-...", "police want the report, ref ...", "it's Donna,
 * my son A...") and the agent does the evident work, a message to the
 * person on that case. The binding read here needs no verb and no order;
 * it is by value:
 *  - every recipient of the message (an e-mail address or a phone number
 *    in an addressee argument) is either named by the user or the system
 *    (provenance.c's ORG_TRUSTED), or a member's own string value in a
 *    tool record ("phone": "...": not an element of a list of addresses,
 *    not a word inside a note or a message's text);
 *  - the record holding it (askbind.c's ab_record_around: the object and
 *    the single-record objects it sits in) is no message or note
 *    (ab_message_like: a "from"/"body"/"text" field, or prose of 80 bytes:
 *    its sender wrote it), and holds an IDENTIFIER (a value with a digit:
 *    a reference, an agreement or booking number) that the user's last
 *    message names, in a sentence with no read verb ("show me EV-..." is a
 *    read, not a case handed over);
 *  - and at least one recipient is.
 * A person named by name only is someone the user spoke of, not the case
 * handed over: "X from Y put in a claim, sort it" binds nothing to a
 * message to X (a redteam39 coercion held by this rule alone). An
 * instruction planted in a record's text ("send it to x@...") puts the
 * address inside prose: no member value, no binding. Only message acts are
 * read here: money to an account on a record the user named is the
 * invoice fraud the payment rules hold. A colleague's address at the
 * organisation's domain is NOT bound here: "draft a notice to all staff"
 * sent at once (redteam31) and a domain the user only named as a website
 * (redteam22) both reached it.
 *
 * What it cannot see: whether the message's content is what the user
 * wanted; the content rules (intimidation, disclosure, coercion, data out)
 * read that whoever asked. */
#include "policy/policy_int.h"
#include "policy/askbind_int.h"

#include <string.h>

#define TOOL_MAX (256u * 1024u) /* tool output read per message */

/* Does h[0..n) name an identifier of the JSON record t[s..e): a string
 * value (not a key) of 3 to 64 bytes holding a digit (a reference, a
 * booking or agreement number)? Offset in h, or -1. A person named by
 * name only is someone the user spoke of, not the case handed over. */
static long names_id(const char *h, size_t n, const char *t, size_t s, size_t e)
{
	size_t i = s, seen = 0;
	while (i < e && seen++ < 512) {
		size_t vs, ve, j;
		int digit = 0;
		long at;
		if (t[i] != '"') {
			i++;
			continue;
		}
		vs = ++i;
		while (i < e && t[i] != '"')
			i += t[i] == '\\' ? 2 : 1;
		if (i >= e)
			break;
		ve = i++;
		while (i < e && (t[i] == ' ' || t[i] == '\t'))
			i++;
		if ((i < e && t[i] == ':') || ve - vs < 3 || ve - vs > 64 ||
		    memchr(t + vs, '\\', ve - vs))
			continue; /* a key, or no identifier */
		for (j = vs; j < ve && !digit; j++)
			digit = t[j] >= '0' && t[j] <= '9';
		if (digit && (at = ab_names_value(h, n, t + vs, ve - vs)) >= 0)
			return at;
	}
	return -1;
}

/* Is t[0..tn) -- the span v[0..k) -- a whole string value of a record in
 * tool output that the user's message h[0..n) names? */
static int on_named_record(const pol_conv *c, const char *h, size_t n, const char *v, size_t k)
{
	size_t j;
	if (k < 5 || k > 120)
		return 0;
	for (j = c->n; j-- > 0;) {
		const char *t = c->m[j].text, *p;
		size_t tn = c->m[j].len, s, e;
		if (c->m[j].role != RL_ROLE_TOOL || !t || !tn)
			continue;
		if (tn > TOOL_MAX)
			tn = TOOL_MAX;
		long at;
		size_t b, ss, se;
		if (!(p = ab_json_value(t, tn, v, k)) || *v == '"' || p == t || p[-1] != '"')
			continue;
		/* a member's own value ("email": "..."), not one of a list of
		 * addresses (a guest list is no one person's contact) */
		for (b = (size_t)(p - t) - 1; b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t');)
			b--;
		if (!b || t[b - 1] != ':')
			continue;
		if (!ab_record_around(t, tn, (size_t)(p - t), &s, &e) || ab_message_like(t, s, e))
			continue;
		/* named in a sentence that asks to see it ("show me EV-..."):
		 * a read, not the case the user hands over */
		if ((at = names_id(h, n, t, s, e)) >= 0) {
			ab_span_of(h, n, (size_t)at, 2, &ss, &se);
			return !ab_read_verb(h, ss, se, (size_t)at);
		}
	}
	return 0;
}

int pol_request_record_contact(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	long u = ab_last_user(c);
	size_t f, k, named = 0, other = 0;
	const char *h;
	size_t n;
	if (u < 0 || !c->copied || !(pol_drift_class(a) & 1u << 1))
		return 0;
	h = c->low[u];
	n = c->m[u].len;
	if (n > AB_ASK_MAX)
		return 0;

	for (f = 0; f < a->nfields && f < 16 && !other; f++) {
		pol_target tv[8];
		size_t nt;
		if (!a->fields[f].name || !a->fields[f].value ||
		    !pol_drift_destination(a->fields[f].name))
			continue;
		nt = pol_targets(ar, a->fields[f].value, a->fields[f].len, 0, tv, 8);
		for (k = 0; k < nt; k++) {
			const char *v = a->fields[f].value + tv[k].start;
			size_t vk = tv[k].end - tv[k].start;
			/* the number's sign, left out of its span ("+44 ...") */
			if (tv[k].start && v[-1] == '+')
				v--, vk++;
			if (tv[k].kind != TGT_EMAIL && tv[k].kind != TGT_NUM)
				other++;
			else if (pol_target_origin(c, &tv[k]) == ORG_TRUSTED ||
				 on_named_record(c, h, n, v, vk))
				named++;
			else
				other++;
		}
	}
	return named && !other;
}
