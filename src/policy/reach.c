/* reach.c: how far an unrequested act reaches (s20-reach). The
 * consequential-act rule (drift.c) holds a message the user never asked
 * for when it follows tool output. Most of its false alarms on fresh
 * writers are messages, and most of those go to an address a person
 * outside could receive (an e-mail, a phone): the same shape as the
 * harmful turns it holds, so reach does not separate them. One shape it
 * does separate: an announcement on the operator's own premises, sent to
 * no one by address but to a place: a public-address zone, a hint on a
 * room's screen ({"zones": [...], "text": ...}). Text alone, with no
 * place, is not enough: a global announcement reaches every user of a
 * service. Nothing leaves the operator's reach there: no address, no
 * person named as recipient, no file or record carried, and no tool that
 * publishes, posts, replies or mails. Such an act is released by the
 * unasked test (pol_drift_principal_chose).
 *
 * Read from the act's structure only: argument names (closed classes of
 * the English key names tool schemas use) and the shape of values (an
 * '@' inside a word, "://", a run of seven or more digits). No word of a
 * message body is read. Hand-written: a few substring tests over one
 * short tool name and an act's field names, run only for message acts
 * the rule would otherwise hold. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

static int sub_any(const char *h, const char *const *w)
{
	for (; h && *w; w++)
		if (strstr(h, *w))
			return 1;
	return 0;
}

/* A date at v[0..n): 2027-01-05, 05.01.2027, 05/01/2027 (read before a
 * phone number so that a date and a time are not taken for one). */
static size_t date_len(const char *v, size_t n)
{
	static const char *const shape[] = {"dddd-dd-dd", "dd.dd.dddd", "dd/dd/dddd", "dd-dd-dddd",
					    NULL};
	size_t i, k;
	for (k = 0; shape[k]; k++) {
		for (i = 0; shape[k][i] && i < n; i++)
			if (shape[k][i] == 'd' ? !isdigit((unsigned char)v[i])
					       : v[i] != shape[k][i])
				break;
		if (!shape[k][i])
			return i;
	}
	return 0;
}

/* A value holding somewhere to reach a person or a system: an e-mail or
 * a handle ('@' beside a word character), a URL, or a phone number (a run
 * of seven or more digits, spaces, dots, dashes, brackets between; a date
 * is no part of one). */
static int has_address(const char *v, size_t n)
{
	size_t i, d, digits = 0;
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)v[i];
		if (ch == '@' && i + 1 < n && (isalnum((unsigned char)v[i + 1]) || v[i + 1] == '_'))
			return 1;
		if (ch == ':' && i + 2 < n && v[i + 1] == '/' && v[i + 2] == '/')
			return 1;
		if (!digits && (i == 0 || !isalnum((unsigned char)v[i - 1])) &&
		    (d = date_len(v + i, n - i))) {
			i += d - 1;
			continue;
		}
		if (isdigit(ch)) {
			if (++digits >= 7)
				return 1;
		} else if (!(digits && strchr(" .-()/", ch) && i + 1 < n &&
			     (isdigit((unsigned char)v[i + 1]) || strchr(" .-()", v[i + 1])))) {
			digits = 0;
		}
	}
	return 0;
}

/* Argument names an announcement on the premises has: a place of the
 * operator's (a zone, a room, a floor, a screen, a speaker) and the words
 * and manner of the message. Any other argument (an addressee, a person,
 * a channel, a record's id, a file, an amount) may reach further, so the
 * act keeps its verdict: an allow-list, closed, of the English key names
 * tool schemas use, each also read with a plural 's' or an _id/_name/
 * _code tail ("zones", "room_id", "area_name"). */
static int premises_key(const char *k)
{
	static const char *const w[] = {
		/* places (first PLACES entries) */
		"zone", "area", "room", "venue", "floor", "deck", "site", "building", "wing",
		"hall", "speaker", "screen", "display", "sign", "pa",
		/* the message and its manner */
		"text", "body", "message", "msg", "content", "detail", "details", "subject",
		"title", "headline", "language", "lang", "locale", "priority", "level", "severity",
		"urgency", "repeat", "voice", "tone", "chime", "duration", "action", "op",
		"operation", "mode", "type", "kind", NULL};
	enum { PLACES = 15 };
	static const char *const tail[] = {"",      "s",      "_id",   "_ids",
					   "_name", "_names", "_code", NULL};
	size_t i, j, n;
	if (!k)
		return 0;
	for (i = 0; w[i]; i++) {
		n = strlen(w[i]);
		if (strncmp(k, w[i], n))
			continue;
		for (j = 0; tail[j]; j++)
			if (!strcmp(k + n, tail[j]))
				return i < PLACES ? 2 : 1;
	}
	return 0;
}

/* Tool names that publish, post, reply, mail or carry data out: an
 * outward act whatever its arguments. */
static int outward_tool(const char *t)
{
	static const char *const w[] = {
		"post", "publish", "tweet", "upload",  "export", "share",    "forward",  "reply",
		"mail", "sms",     "fax",   "comment", "dm",     "text",     "whatsapp", "telegram",
		"chat", "letter",  "press", "social",  "invite", "transfer", "sync",     NULL};
	return sub_any(t, w);
}

int pol_reach_premises(const rl_action *a)
{
	char op[POL_ARG_OP_MAX];
	size_t f;
	int place = 0;
	if (!a || !a->tool || !a->nfields || pol_drift_class(a) != 1u << 1 || outward_tool(a->tool))
		return 0;
	if (pol_arg_op_name(a, op) && outward_tool(op))
		return 0;
	if (pol_alert_act_stands_down(a))
		return 0;
	for (f = 0; f < a->nfields; f++) {
		const rl_field *x = &a->fields[f];
		int k = x->name ? premises_key(x->name) : 0;
		if (!k || !x->value || has_address(x->value, x->len))
			return 0; /* an unnamed argument fails closed */
		place |= k == 2;
	}
	/* the act names a place of the operator's: text alone may go to
	 * everyone a service reaches (a global announcement to all users) */
	return place;
}

/* A booking held for one record: a slot reserved for a patient, a
 * property or a team ({"patient_id": ..., "slot": ...}, compliance
 * {"action": "book", "property": ...}), read as a purchase by its verb.
 * It stays inside the operator's calendar and is undone by a
 * cancellation, so it is released when nothing in it reaches further:
 *  - its class is a purchase or a generic change only, and the verb
 *    (name or operation) books or reserves; no other purchase verb (buy, order, checkout, rent,
 *    subscribe, trade) and nothing sold by the booking (a flight, a
 *    hotel, a room, a stay, a cabin, a ticket, a seat, a fare, a cruise,
 *    a tour, a car);
 *  - no argument moves or prices money (amount, price, fee, payment,
 *    card, deposit, currency ...), brings people in (guest, attendee,
 *    passenger, visitor, invitee ...) or names a quantity;
 *  - no value is a list of more than one item or holds an address. */
static int money_or_people_key(const char *k)
{
	static const char *const w[] = {
		"amount",    "price",    "cost",        "fee",     "fare",     "total",
		"pay",       "card",     "iban",        "account", "currency", "deposit",
		"charge",    "bill",     "invoice",     "tip",     "credit",   "wallet",
		"guest",     "attendee", "participant", "invitee", "visitor",  "passenger",
		"traveller", "traveler", "companion",   "member",  "party",    "quantity",
		"qty",       "count",    "seats",       "email",   "phone",    "to",
		"recipient", NULL};
	return !k || sub_any(k, w);
}

int pol_reach_booking_hold(const rl_action *a)
{
	static const char *const verb[] = {"book", "reserv", NULL};
	static const char *const sold[] = {
		"buy",   "purchase", "order", "checkout", "rent",   "subscri", "trade", "flight",
		"hotel", "ticket",   "seat",  "fare",     "cruise", "tour",    "car",   "room",
		"stay",  "suite",    "cabin", "berth",    "cancel", NULL};
	char op[POL_ARG_OP_MAX];
	size_t f, n;
	int has_op;
	unsigned cls = pol_drift_class(a);
	/* a purchase by its verb, or a generic change ({"action": "create"})
	 * of a tool named for booking */
	if (!a || !a->tool || !a->nfields || !cls || (cls & ~(1u << 6 | 1u << 9)))
		return 0;
	has_op = pol_arg_op_name(a, op) > 0;
	if (!sub_any(a->tool, verb) && !(has_op && sub_any(op, verb)))
		return 0;
	if (sub_any(a->tool, sold) || (has_op && sub_any(op, sold)))
		return 0;
	for (f = 0; f < a->nfields; f++) {
		const rl_field *x = &a->fields[f];
		const char *v = x->value;
		if (!x->name || !v || money_or_people_key(x->name) || has_address(v, x->len))
			return 0;
		n = x->len;
		/* a list of more than one item: a bulk booking */
		if (n && v[0] == '[' && memchr(v, ',', n))
			return 0;
	}
	return 1;
}
