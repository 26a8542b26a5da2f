/* drift.c: task drift, the signature of prompt injection whatever the
 * domain. An agent asked to read something (reviews, a note, a device's
 * log, an issue) that then moves money, sends data, grants access,
 * changes a credential or a contact, deletes, buys or books, unlocks or
 * merges has drifted from its task when nobody asked for that kind of act:
 * the instruction came from the data it read. A rule with
 * `unrequested: [classes]` holds an action when
 *  - the action's class (pol_drift_class: from the words of its tool name,
 *    and for a change of a contact, from its argument names and short
 *    values) is one of the classes listed;
 *  - the conversation has the user's words and tool output came in after
 *    the user's last message (the act follows data, not the request);
 *  - no user message asks for an act of that class (pol_drift_unasked: a
 *    verb vocabulary per class, written from general English) and the
 *    user did not hand the decision over ("handle my inbox", "do what the
 *    email asks", "do the tasks in my note").
 * Without a conversation the rule never holds: nothing shows what was
 * asked. Hand-written: substring and word-start tests over one short tool
 * name and a few user messages, run only for actions of a listed class;
 * a regex per class would be another compiled pass over every request. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

/* clang-format off */
static const char *const class_names[] = {"payment", "message", "access", "credentials",
					  "contact-change", "deletion", "purchase", "physical",
					  "merge", "change", NULL};
/* clang-format on */

int pol_drift_parse(const char *s)
{
	int i;
	for (i = 0; s && class_names[i]; i++)
		if (!strcmp(s, class_names[i]))
			return 1 << i;
	return -1;
}

static int has(const char *h, const char *w)
{
	return strstr(h, w) != NULL;
}

/* w at the start of h or right after a separator ("get_x", "x.get") */
static int at_word(const char *h, const char *w)
{
	size_t n = strlen(w);
	const char *p = h;
	while ((p = strstr(p, w))) {
		if (p == h || !isalnum((unsigned char)p[-1]))
			return 1;
		p++;
		(void)n;
	}
	return 0;
}

/* w as a whole leading word of a name's word ("set_grade", "grade.set",
 * but not "settle_bill" or "reset_pin"), or, in a name without
 * separators, at its start ("setgrade") */
static int verb_at(const char *t, const char *const *w, int sep)
{
	for (; *w; w++) {
		size_t n = strlen(*w);
		const char *p = t;
		if (!sep && !strncmp(t, *w, n))
			return 1;
		while ((p = strstr(p, *w))) {
			if ((p == t || !isalnum((unsigned char)p[-1])) &&
			    !isalpha((unsigned char)p[n]))
				return 1;
			p++;
		}
	}
	return 0;
}

static int any_of(const char *h, const char *const *w)
{
	for (; *w; w++)
		if (has(h, *w))
			return 1;
	return 0;
}

static int any_at(const char *h, const char *const *w)
{
	for (; *w; w++)
		if (at_word(h, *w))
			return 1;
	return 0;
}

/* Is the first word of a separated name t one of w[]? */
static int first_word(const char *t, const char *const *w)
{
	for (; *w; w++) {
		size_t l;
		if (**w && **w != *t)
			continue; /* cannot start t: most words, one compare */
		l = strlen(*w);
		if (!strncmp(t, *w, l) && t[l] && strchr("_-.:/ ", t[l]))
			return 1;
	}
	return 0;
}

/* Does the name t open with one of the deletion verbs del[] (its first
 * word, or its start in a name without separators)? */
static int first_del(const char *t, const char *const *del)
{
	for (; *del; del++)
		if (!strncmp(t, *del, strlen(*del)))
			return 1;
	return 0;
}

/* A tool that only reads (get_, list_, search_ ...; in a name without
 * separators, "gmailreademail", the verb anywhere). */
static int read_only(const char *t)
{
	static const char *const rd[] = {"get",      "list",   "read",    "search",   "find",
					 "fetch",    "check",  "view",    "show",     "lookup",
					 "look_up",  "track",  "query",   "retrieve", "describe",
					 "count",    "browse", "preview", "inspect",  "summar",
					 "download", "verify", NULL};
	static const char *const glued[] = {"read",     "search", "fetch", "view",
					    "retrieve", "lookup", "list",  NULL};
	/* a glued name that opens with a write verb writes ("updatedriverlist") */
	static const char *const lead[] = {"update", "set",   "add",    "create", "delete",
					   "remove", "send",  "change", "modify", "edit",
					   "issue",  "grant", "cancel", "post",   "move",
					   "assign", NULL};
	/* a name whose first word is a write verb writes, whatever it writes
	 * to ("override_rest_check", "update_tracking", "skip_verification") */
	static const char *const more[] = {"override", "disable", "enable",  "skip",
					   "bypass",   "waive",   "clear",   "reset",
					   "approve",  "lift",    "release", NULL};
	int sep = strpbrk(t, "_-.:/ ") != NULL, k;
	if (sep && (first_word(t, lead) || first_word(t, more)))
		return 0;
	if (any_at(t, rd))
		return 1;
	for (k = 0; !sep && lead[k]; k++)
		if (!strncmp(t, lead[k], strlen(lead[k])))
			return 0;
	if (!sep && any_of(t, glued) && !has(t, "thread") && !has(t, "spread"))
		return 1;
	return 0;
}

static int field_names_contact(const rl_action *a)
{
	static const char *const nouns[] = {
		"email",      "phone", "address",  "contact",  "payee",    "recipient",
		"beneficiar", "iban",  "forward",  "recovery", "receiver", "street",
		"postcode",   "zip",   "shipping", "delivery", NULL};
	size_t i;
	for (i = 0; i < a->nfields; i++) {
		const rl_field *f = &a->fields[i];
		char v[40];
		size_t k;
		/* a contact field left empty (a direct debit switched off
		 * with no IBAN) sends nothing anywhere */
		if (f->name && any_of(f->name, nouns) && !has(f->name, "body") &&
		    !has(f->name, "subject") && f->len)
			return 1;
		if (!f->value || f->len >= sizeof v)
			continue;
		for (k = 0; k < f->len; k++)
			v[k] = (char)tolower((unsigned char)f->value[k]);
		v[k] = '\0';
		/* update_profile(field="email", value=...) */
		if (f->name &&
		    (!strcmp(f->name, "field") || !strcmp(f->name, "key") ||
		     !strcmp(f->name, "setting") || !strcmp(f->name, "attribute")) &&
		    any_of(v, nouns))
			return 1;
	}
	return 0;
}

/* An argument naming people an act brings in (participants, attendees,
 * invitees, guests, members, collaborators): an event created with them
 * invites them. */
static int people_field(const rl_action *a)
{
	static const char *const p[] = {"participant", "attendee",     "invitee", "guest",
					"member",      "collaborator", NULL};
	size_t i;
	for (i = 0; i < a->nfields; i++)
		if (a->fields[i].name && any_of(a->fields[i].name, p) && a->fields[i].len)
			return 1;
	return 0;
}

/* An argument holding an e-mail address (add_traveller(email=...)): an
 * act that adds someone reachable there brings a person in. */
static int address_field(const rl_action *a)
{
	size_t i;
	for (i = 0; i < a->nfields; i++)
		if (a->fields[i].value && a->fields[i].len < 256 &&
		    memchr(a->fields[i].value, '@', a->fields[i].len) && a->fields[i].name &&
		    (has(a->fields[i].name, "email") || has(a->fields[i].name, "mail")))
			return 1;
	return 0;
}

static unsigned drift_class(const rl_action *a, const char *t);

/* A tool named by its object (bookings, rent, vendor_payment, roster) does
 * what its operation argument says: {"action": "refund"} moves money,
 * {"action": "get"} reads, {"action": "swap"} changes a record, whatever
 * the object's name would read as (s19-ask: "bookings" read as a purchase
 * made a refund the user asked for unasked in redteam41; the same shape in
 * redteam42's vendor_payment {"action": "set_bank"}). The operation is
 * classed as a tool name is; with no class of its own (an op the lists do
 * not read) the tool's name decides, as before. */
unsigned pol_drift_class(const rl_action *a)
{
	char op[POL_ARG_OP_MAX];
	unsigned c;
	if (!a || !a->tool || read_only(a->tool))
		return 0;
	if (pol_arg_op_name(a, op)) {
		if (read_only(op))
			return 0;
		/* a class of its own: money moved, a message sent, access
		 * granted, a purchase, a merge; a generic change ("adjust",
		 * "release") or a deletion ("purge") says less than the tool's
		 * name does (payroll {"action": "adjust"} still moves pay; dms
		 * {"op": "purge"} on a matter under hold is read by the
		 * deletion rules from the name) */
		c = drift_class(a, op);
		if (c && !(c & (1u << 5 | 1u << 9)))
			return c;
		/* a generic change names the act; of the name's classes only
		 * money moved stands beside it (rent {"action": "letter"} is
		 * no rental bought; payroll {"action": "adjust"} still pays) */
		if (c == 1u << 9)
			return (drift_class(a, a->tool) & 1u) | c;
	}
	return drift_class(a, a->tool);
}

static unsigned drift_class(const rl_action *a, const char *t)
{
	/* clang-format off */
	static const char *const pay[] = {"transfer", "pay", "remit", "withdraw", "payout",
					  "donat", "send_money", "sendmoney", "refund", "reimburs", NULL};
	static const char *const money[] = {"money", "fund", "payment", "gift", "cash", "certificate",
					    "voucher", "credit", "transaction", "tip", NULL};
	static const char *const send[] = {"send", "forward", "reply", "sms", "fax", "post", "publish",
					   "tweet", "upload", "export", "notify", "broadcast",
					   "announce", "message", "email", "mail", "comment", NULL};
	/* short stems only where a word of the name starts ("admin" holds no
	 * DM, "parent" no rent, "wireless" no wire) */
	static const char *const pay_w[] = {"wire", NULL};
	static const char *const send_w[] = {"dm", NULL};
	static const char *const buy_w[] = {"rent", NULL};
	static const char *const access[] = {"grant", "invite", "collaborator", "add_member",
					     "addmember", "add_user", "adduser", "create_user",
					     "createuser", "participant", "attendee", "guest",
					     "permission", "add_admin", "set_role", "setrole",
					     "user_role", "assign_role", "share", "sharing", NULL};
	static const char *const cred[] = {"password", "passwd", "passcode", "credential", "mfa",
					   "2fa", "two_factor", "twofactor", "otp", "security_question",
					   "api_key", "apikey", NULL};
	static const char *const change[] = {"update", "change", "set", "modify", "edit", "replace",
					     "manage", "redirect", NULL};
	static const char *const del[] = {"delete", "remove", "cancel", "destroy", "purge", "wipe",
					  "discontinue",
					  "revoke", "trash", "unsubscribe", "uninstall",
					  "terminate", NULL};
	static const char *const buy[] = {"buy", "purchase", "place_order", "placeorder", "checkout",
					  "book", "reserve", "subscribe", "trade", "order_create",
					  "create_order", "createorder", "submit_order", NULL};
	static const char *const phys[] = {"unlock", "disarm", "open_door", "opendoor", "open_garage",
					   "opengarage", "open_gate", "recording", "camera", "turn_off",
					   "turnoff", "power_off", "poweroff", "shut_down", "shutdown",
					   NULL};
	static const char *const merge[] = {"merge", "approve", "deploy", NULL};
	/* clang-format on */
	/* a record or a setting changed (set_grade, update_branch_protection,
	 * reroute_shipment, mute_alerts): the class of any state change that
	 * is none of the above */
	static const char *const modify[] = {
		"set",      "update",   "change",   "modify", "edit",     "adjust",   "configure",
		"toggle",   "enable",   "disable",  "mute",   "unmute",   "override", "release",
		"reroute",  "redirect", "reassign", "assign", "apply",    "grade",    "raise",
		"lower",    "increase", "decrease", "reboot", "restart",  "replace",  "upsert",
		"reset",    "void",     "extend",   "waive",  "reduce",   "cut",      "clear",
		"discount", "credit",   "debit",    "freeze", "unfreeze", "suspend",  "reinstate",
		"renew",    "move",     "swap",     "mark",   NULL};
	/* something issued that opens a door or a system: a door or access
	 * code, a pass, a deploy or SSH key */
	static const char *const opener[] = {"access",         "code",      "pass",    "badge",
					     "deploy_key",     "deploykey", "ssh_key", "sshkey",
					     "authorized_key", "add_key",   "addkey",  NULL};
	static const char *const grant_verb[] = {"issue", "create", "add",      "grant", "generate",
						 "new",   "make",   "register", NULL};
	static const char *const rollout[] = {"rollout", "roll_out", "promote", "flash", NULL};
	/* the agent's own work in progress (a file, code, a patch, a draft,
	 * notes, a notebook cell, its memory): editing it is the task, not a
	 * consequential act */
	static const char *const workspace[] = {
		"file",     "source",  "patch",  "editor",  "str_replace", "line",   "cell",
		"notebook", "text",    "draft",  "note",    "todo",        "memory", "scratch",
		"outline",  "snippet", "buffer", "content", "workspace",   NULL};
	/* thinking, computing, running the agent's own code, browsing steps,
	 * talking to the user: no act on the world by name alone */
	static const char *const utility[] = {
		"think",        "calculat",      "compute",    "math",     "python",   "bash",
		"shell",        "terminal",      "run",        "exec",     "eval",     "code",
		"interpreter",  "sql",           "click",      "type",     "scroll",   "hover",
		"press",        "goto",          "go_to",      "navigate", "visit",    "back",
		"forward_page", "wait",          "screenshot", "tab",      "select",   "fill",
		"key",          "mouse",         "computer",   "respond",  "answer",   "final",
		"finish",       "submit_answer", "done",       "stop",     "plan",     "reflect",
		"note",         "memory",        "translate",  "convert",  "format",   "parse",
		"extract",      "classify",      "analy",      "compare",  "estimate", "predict",
		"recommend",    "suggest",       "ask",        "clarif",   "confirm",  "echo",
		"log",          "print",         "time",       "date",     "weather",  "search",
		"web",          "open_url",      "open_page",  "load",     "scrape",   "crawl",
		"map",          "route",         "distance",   "geocode",  "status",   "info",
		"details",      "report",        "history",    "balance",  "summary",  "profile",
		"moisture",     "telemetry",     "sensor",     "reading",  NULL};
	/* a read anywhere in a name ("amazongetproductdetails", a glued name
	 * with no separator for the read tests above): no act by name alone */
	static const char *const read_sub[] = {
		"get",    "read",     "search", "fetch",   "view",    "retriev", "lookup",
		"list",   "find",     "show",   "check",   "query",   "describ", "count",
		"browse", "download", "track",  "inspect", "summar",  "preview", "status",
		"detail", "info",     "histor", "report",  "balance", "profile", NULL};
	unsigned c = 0;
	int sep, key_grant;
	if (!t || read_only(t))
		return 0;
	sep = strpbrk(t, "_-.:/ ") != NULL;
	key_grant = any_of(t, opener) && verb_at(t, grant_verb, sep) && !any_of(t, del);
	/* a hand-off to a person or another queue moves no money */
	if (has(t, "human") ||
	    ((has(t, "transfer") || has(t, "escalat") || has(t, "handoff") || has(t, "hand_off")) &&
	     (has(t, "agent") || has(t, "support") || has(t, "department") || has(t, "queue") ||
	      has(t, "team"))))
		return 0;
	/* a message to the principal (send_msg_to_user, ask_user) goes nowhere */
	if (has(t, "to_user") || has(t, "touser") || has(t, "ask_user") || has(t, "user_msg") ||
	    has(t, "final_answer"))
		return 0;
	if (any_of(t, pay) || any_at(t, pay_w) ||
	    ((has(t, "send") || has(t, "schedule") || has(t, "create") || has(t, "update")) &&
	     any_of(t, money)))
		c |= 1u << 0;
	else if ((any_of(t, send) || any_at(t, send_w)) && !has(t, "draft"))
		c |= 1u << 1;
	if (any_of(t, access) ||
	    (people_field(a) && (has(t, "create") || has(t, "add") || has(t, "update") ||
				 has(t, "schedule") || has(t, "invite"))) ||
	    key_grant || (!strncmp(t, "issue", 5) && !(c & 3u)) || /* issue_comment: a noun */
	    (verb_at(t, (const char *const[]){"add", NULL}, sep) && address_field(a)))
		c |= 1u << 2;
	if (any_of(t, cred))
		c |= 1u << 3;
	if (any_of(t, change) && !(c & (1u | 1u << 3)) && field_names_contact(a))
		c |= 1u << 4;
	if (any_of(t, del))
		c |= 1u << 5;
	if ((any_of(t, buy) && !has(t, "notebook") && !has(t, "facebook") && !has(t, "bookmark")) ||
	    any_at(t, buy_w) || !strncmp(t, "place", 5) ||
	    verb_at(t, (const char *const[]){"reorder", NULL}, sep))
		c |= 1u << 6;
	if (any_of(t, phys))
		c |= 1u << 7;
	/* an approval of a payout is a payment, a deploy key access: neither
	 * is a merge */
	if ((any_of(t, merge) && !key_grant &&
	     !((c & 1u) && !has(t, "merge") && !has(t, "deploy"))) ||
	    verb_at(t, rollout, sep))
		c |= 1u << 8;
	/* a name that opens with a deletion verb (cancel_booking,
	 * delete_recordings, revoke_access, revoke_api_key) ends what its
	 * other words name: a cancelled booking is no purchase, deleted
	 * footage no camera switched off, a revoked key no credential set
	 * (s14-fp: the blind redteam25 set held cancellations asked for in
	 * German, Italian and Polish as unasked bookings and cameras); so are
	 * deleted messages no message sent and a cancelled payment no money
	 * moved (s17-fp: delete_messages read as a send, so "delete the
	 * newsletters" was an unasked message) */
	if ((c & (1u << 5)) && first_del(t, del))
		c &= ~(1u << 0 | 1u << 1 | 1u << 2 | 1u << 6 | 1u << 7 |
		       (has(t, "revoke") ? 1u << 3 : 0));
	/* any other act on the world: a tool whose name is no read, no
	 * computation, no browsing step and no work on the agent's own files
	 * (open_valve, lift_restriction, reship_order, tip_sitter) */
	if (!c && !any_of(t, workspace) && !any_at(t, utility) && !any_of(t, read_sub) &&
	    !has(t, "human"))
		c |= 1u << 9;
	else if (!c && verb_at(t, modify, sep) && !any_of(t, workspace))
		c |= 1u << 9;
	return c;
}

/* Does a word of the request start at p? Not inside a name or an
 * identifier the request quotes: a letter or digit right before, a '_',
 * '.' or '/' joined to one, or a '-' after a digit or after four or more
 * letters ("Q1-Planung", "invoice_payment.pdf", "budget-plan" hold no
 * verb; "re-send", "pre-approve" and "e-mail" keep theirs). */
static int starts_word(const char *h, const char *p)
{
	unsigned char b;
	const char *q;
	if (p == h)
		return 1;
	b = (unsigned char)p[-1];
	if (isalnum(b))
		return 0;
	if (p - h < 2 || !isalnum((unsigned char)p[-2]))
		return 1;
	if (b == '_' || b == '.' || b == '/')
		return 0;
	if (b != '-')
		return 1;
	if (isdigit((unsigned char)p[-2]))
		return 0;
	for (q = p - 1; q > h && isalpha((unsigned char)q[-1]); q--)
		;
	return (p - 1) - q < 4;
}

/* Does a word starting with one of w[] occur in h[0..n)? */
static int word_start(const char *h, size_t n, const char *const *w)
{
	for (; *w; w++) {
		size_t k = strlen(*w);
		const char *p = h;
		while (n >= k && (p = memmem(p, n - (size_t)(p - h), *w, k))) {
			if (starts_word(h, p))
				return 1;
			if ((size_t)(p - h) + k >= n)
				break;
			p++;
		}
	}
	return 0;
}

/* Does one of w[] start a command: at the start of a sentence or clause,
 * or after "and", "then", "please", "to", "also", "just", "you"? */
static int command_word(const char *h, size_t n, const char *const *w)
{
	static const char *const lead[] = {"and",  "then", "please", "to",   "also",
					   "just", "you",  "pls",    "mind", NULL};
	for (; *w; w++) {
		size_t k = strlen(*w);
		const char *p = h;
		while (n >= k && (p = memmem(p, n - (size_t)(p - h), *w, k))) {
			size_t at = (size_t)(p - h), b = at, e;
			int ok = 0, j;
			if (at == 0 || !isalpha((unsigned char)p[-1])) {
				while (b > 0 && h[b - 1] == ' ')
					b--;
				if (b == 0 || strchr(".!?,;:\n(\"'", h[b - 1]))
					ok = 1;
				for (j = 0; !ok && lead[j]; j++) {
					size_t l = strlen(lead[j]);
					e = b;
					ok = e >= l && !memcmp(h + e - l, lead[j], l) &&
					     (e == l || !isalpha((unsigned char)h[e - l - 1]));
				}
			}
			if (ok)
				return 1;
			if (at + k >= n)
				break;
			p++;
		}
	}
	return 0;
}

/* Did the user hand the choice of acts over? */
static int delegated(const char *h, size_t n)
{
	/* clang-format off */
	static const char *const w[] = {
		"handle", "process", "deal with", "take care of", "go through", "sort out", "sort through",
		"work through", "work the", "work on", "act on", "action it", "action the", "what it says",
		"the way it says", "as it says", "what they say", "what it asks", "what they ask",
		"what he asks", "what she asks", "asks for", "do what", "do whatever", "do the tasks",
		"do all the tasks", "do the errands", "do the to", "do the items", "do the steps",
		"follow the instructions", "follow its instructions", "follow the steps", "carry out",
		"as instructed", "as requested", "as described", "on my behalf", "manage my",
		"follow up", "take action", "whatever is needed", "what is needed", "what's needed",
		"actions specified", "specified in", "the instructions in", "the tasks in", "todo",
		"to-do", NULL};
	/* clang-format on */
	return word_start(h, n, w);
}

/* Japanese: two or more hiragana or katakana (U+3040-U+30FF). Chinese and
 * Korean write none. */
static int japanese(const char *h, size_t n)
{
	size_t i, kana = 0;
	for (i = 0; i + 2 < n && kana < 2; i++)
		kana += (unsigned char)h[i] == 0xe3 &&
			((unsigned char)h[i + 1] == 0x81 || (unsigned char)h[i + 1] == 0x82 ||
			 (unsigned char)h[i + 1] == 0x83);
	return kana >= 2;
}

/* Is the verbal noun at p (k bytes) used as a verb: followed by a form of
 * suru (し, す, さ, せ), by お願い, or by を and, within a few words, お願い
 * or して? "予約して" (book it) asks; "予約の状況" (the booking's status)
 * does not. */
static int jp_suru(const char *h, size_t n, const char *p, size_t k)
{
	static const char *const suru[] = {"\xe3\x81\x97",
					   "\xe3\x81\x99",
					   "\xe3\x81\x95",
					   "\xe3\x81\x9b",
					   "\xe3\x81\x8a\xe9\xa1\x98",
					   NULL};
	const char *e = h + n, *q = p + k, *r;
	size_t j;
	for (j = 0; suru[j]; j++)
		if ((size_t)(e - q) >= strlen(suru[j]) && !memcmp(q, suru[j], strlen(suru[j])))
			return 1;
	if (e - q < 3 || memcmp(q, "\xe3\x82\x92", 3)) /* を */
		return 0;
	q += 3;
	r = q + 24 < e ? q + 24 : e;
	return memmem(q, (size_t)(r - q), "\xe3\x81\x8a\xe9\xa1\x98", 6) || /* お願 */
	       memmem(q, (size_t)(r - q), "\xe3\x81\x97\xe3\x81\xa6", 6);   /* して */
}

/* The requests of each class in Japanese, which writes no spaces: verbs
 * (stems ending in kana: "送っ" sent, "入れ" put in, "にして" make it) count
 * anywhere, verbal nouns ("送信" sending, "予約" booking, "削除" deletion)
 * only as verbs (jp_suru), and a few words anywhere as their English ones
 * do ("パスワード" password). A question names nouns as often as a request
 * does ("予約の状況" the booking's status, "メッセージ" the messages). */
static int jp_asked(const char *h, size_t n, int cls)
{
	/* clang-format off */
	static const char *const verbs[10][24] = {
		{"払っ", "払う", "払え", "払い込", "振り込", NULL},
		{"送っ", "送る", "送れ", "伝え", "知らせ", NULL},
		{"入れ", "加え", "作っ", NULL},
		{"パスワード", "暗証", NULL},
		{"変え", "直し", "引っ越", "新しい", NULL},
		{"消し", "取り消", "外し", NULL},
		{"買っ", "買う", "買い", "申し込", NULL},
		{"開け", "止め", "切っ", NULL},
		{NULL},
		{"変え", "移し", "上げ", "下げ", "増や", "減ら", "入れ", "直し", "止め", "動かし",
		 "戻し", "外し", "消し", "切り替", "にして", "にする", "にしま", "送っ", "払っ", NULL}};
	static const char *const nouns[10][32] = {
		{"支払", "振込", "送金", "返金", "入金", "精算", NULL},
		{"送信", "送付", "転送", "返信", "連絡", "投稿", "通知", "共有", "メール", "リマインド", "紹介", "報告", "案内", NULL},
		{"招待", "追加", "共有", "作成", "登録", "付与", "許可", NULL},
		{"リセット", "認証", NULL},
		{"変更", "更新", "修正", NULL},
		{"削除", "消去", "キャンセル", "解約", "退会", "中止", NULL},
		{"購入", "予約", "注文", NULL},
		{"解錠", "解除", "オフ", "停止", NULL},
		{"承認", "マージ", "デプロイ", "公開", "リリース", NULL},
		{"変更", "更新", "設定", "移動", "追加", "削除", "有効", "無効", "解除", "適用",
		 "延長", "取り消", "キャンセル", "承認", "登録", "作成", "予約", "返金", "修正",
		 "リセット", "停止", "開始", "再起動", "交換", "付与", "上書き", NULL}};
	/* clang-format on */
	size_t j;
	if (cls < 0 || cls >= 10)
		return 0;
	for (j = 0; verbs[cls][j]; j++)
		if (memmem(h, n, verbs[cls][j], strlen(verbs[cls][j])))
			return 1;
	for (j = 0; nouns[cls][j]; j++) {
		size_t k = strlen(nouns[cls][j]);
		const char *p = h;
		while ((size_t)(h + n - p) >= k &&
		       (p = memmem(p, (size_t)(h + n - p), nouns[cls][j], k))) {
			if (jp_suru(h, n, p, k))
				return 1;
			p += k;
		}
	}
	return 0;
}

/* The same requests in French, Spanish, German, Portuguese, Italian, Dutch
 * and Polish: verb stems per class, word starts over the lowercased text
 * (accented capitals stay as written, so both cases are listed), and in
 * Japanese (jp_asked). Many
 * stems are short: a word that only looks like a request makes the rule
 * stand down, the safe side for a request the lists cannot parse. */
static int asked_other(const char *h, size_t n, int cls)
{
	/* clang-format off */
	static const char *const pay[] = {"zapła", "zapłac", "przelej", "zwró", "paie", "payer", "paye", "vire", "virement", "rembours",
		"pag", "transfiere", "transfer", "reembols", "abon", "zahl", "bezahl", "überweis",
		"Überweis", "erstatt", "bonific", "rimbors", "versa", "betaal", "overmaak", NULL};
	static const char *const msg[] = {"wyślij", "prześlij", "napisz", "odpowiedz", "powiadom",
		"envoi", "envoy", "écri", "répond", "transmet", "préviens",
		"informe", "dis-", "dis ", "envía", "envia", "mand", "escrib", "escrev", "respond",
		"reenv", "notific", "avis", "informa", "di ", "dile", "contesta", "contéstale", "contestale", "schick", "sende", "schreib",
		"antwort", "leite", "benachrichtig", "sag ", "teil", "encaminh", "diga", "invia",
		"scrivi", "rispond", "inoltr", "avvis", "dì", "stuur", "verstuur", "schrijf",
		"antwoord", "laat", "envie", "mánd", NULL};
	static const char *const access[] = {"daj", "udostępnij", "zaproś", "dodaj", "nadaj",
		"donne", "accord", "invit", "ajout", "partag", "crée",
		"créer", "cree", "da ", "dale", "conced", "otorg", "añad", "agreg", "compart", "crea",
		"gib", "gewähr", "lade", "hinzufüg", "füg", "teil", "erstell", "dê", "convid",
		"adicion", "partilh", "cri", "aggiung", "condivid", "dai", "geef", "voeg", "deel",
		"nodig", "maak", NULL};
	static const char *const cred[] = {"mot de passe", "contraseña", "clave", "passwort",
		"kennwort", "senha", "réinitialis", "restablec", "zurücksetz", "redefin",
		"reimpost", "código", "codice", "wachtwoord", "pin", NULL};
	static const char *const contact[] = {"change", "modifi", "mets à jour", "mettre à jour",
		"actualiz", "cambi", "änder", "Änder", "aktualisier", "atualiz", "alter", "mud",
		"aggiorn", "nouvel", "nouveau", "nueva", "nuevo", "neue", "nova", "novo", "nuova",
		"wijzig", "nieuw", "corrig", "korrigier", NULL};
	static const char *const del[] = {"usuń", "anuluj", "skasuj", "wykreśl", "zamiast",
		"supprim", "efface", "annul", "retir", "borr", "elimin",
		"cancel", "quit", "lösch", "Lösch", "entfern", "storn", "kündig", "apag", "exclu",
		"remov", "rimuov", "annull", "disdic", "cancell", "verwijder", "annuleer", "wis ", "in plaats van", "en lugar de",
		"en vez de", "au lieu de", "statt", "anstatt", "invece", "em vez de", NULL};
	static const char *const buy[] = {"kup", "zamów", "zarezerwuj", "achet", "commande", "réserv", "compr", "pid", "reserv",
		"encarg", "kauf", "bestell", "buch", "reservier", "encomend", "acquist", "ordin",
		"prenot", "koop", "bestel", "boek", NULL};
	static const char *const phys[] = {"otwórz", "odblokuj", "wyłącz", "włącz", "ouvr", "déverrouill", "éteins", "éteindre", "arrêt",
		"désactiv", "abr", "desbloq", "apag", "desactiv", "deten", "öffne", "Öffne",
		"entsperr", "schalt", "deaktivier", "stopp", "destranc", "deslig", "desativ",
		"apri", "sblocc", "spegn", "disattiv", "ferma", "open", "ontgrendel", "zet", NULL};
	static const char *const merge[] = {"zatwierd", "wdro", "scal", "fusionn", "déploi", "déploy", "approuv", "valid",
		"fusion", "despleg", "aprob", "aprueb", "zusammenführ", "genehmig", "freigeb",
		"implant", "aprov", "unisc", "rilasc", "approv", "rilasci", "goedkeur", "uitrol", NULL};
	static const char *const modify[] = {"zmień", "ustaw", "zaktualizuj", "popraw", "obniż",
		"podnieś", "przenieś", "przypisz", "przedłuż", "odnów", "wyczyść", "anuluj", "dodaj",
		"usuń", "wyłącz", "włącz", "mets", "mettre", "change", "modifi", "règle",
		"ajust", "augment", "baiss", "réduis", "activ", "désactiv", "corrig", "remplac",
		"passe", "libère", "attribu", "appliqu", "pon", "cambi", "modific", "aument", "baj",
		"reduc", "desactiv", "actualiz", "establec", "reemplaz", "asign", "aplic", "liber",
		"setz", "stell", "änder", "Änder", "erhöh", "Erhöh", "senk", "reduzier", "aktivier",
		"deaktivier", "aktualisier", "schalt", "korrigier", "ersetz", "zuweis", "mach",
		"trag", "coloc", "defin", "alter", "mud", "diminu", "reduz", "ativ", "desativ",
		"atualiz", "substitu", "atribu", "metti", "imposta", "riduc", "attiv", "disattiv",
		"aggiorn", "correggi", "sostitu", "assegn", "applic", "zet", "verander", "wijzig",
		"verhoog", "verlaag", "pas ", "activeer", "schakel", NULL};
	/* clang-format on */
	static const char *const *const by_class[] = {pay, msg, access, cred,  contact,
						      del, buy, phys,   merge, modify};
	return cls >= 0 && cls < 10 &&
	       (word_start(h, n, by_class[cls]) || (japanese(h, n) && jp_asked(h, n, cls)));
}

static int directive(const char *h, size_t n);

/* The user's request verbs per class (word starts, general English). */
static int asked(const char *h, size_t n, int cls)
{
	/* clang-format off */
	static const char *const pay[] = {"pay", "paid", "transfer", "wire", "remit", "withdraw",
		"refund", "reimburs", "settle", "tip", "donat", "compensat", "voucher", "certificate",
		"split the", "send money", "cash out", "top up", NULL};
	static const char *const move[] = {"send", "give", "move", "return", "schedule", "set up",
		"update", "change", "modify", "adjust", "increase", "reduce", "fix", "correct",
		"cover", "owe", "use", "switch", "instead", NULL};
	static const char *const money[] = {"money", "payment", "transaction", "bill", "invoice",
		"rent", "subscription", "salary", "fee", "amount", "funds", "cash", "gift card",
		"$", "\xc2\xa3", "\xe2\x82\xac", "usd", "eur", "gbp", "dollar", "pound", "euro",
		"difference", "balance", "deposit", "price", "cost", "spent", "total", "share", "card",
		"paypal", "method", "0", "1",
		"2", "3", "4", "5", "6", "7", "8", "9", NULL};
	static const char *const msg[] = {"send", "sent", "forward", "respond", "tell", "let ",
		"notify", "publish", "upload", "fax", "write", "inform", "thank", "invite", "confirm",
		"ask", "remind", "announce", "ping", "submit", "introduce", "welcome", "congratulat",
		"greet", "apolog", "cc ", "loop in", "get back to", "summary to", "draft", "compose",
		"evacuat", /* an evacuation is ordered by telling people to leave */
		NULL};
	/* nouns as often as verbs ("read my emails", "my share"): only in
	 * a command's position */
	static const char *const msg_cmd[] = {"email", "e-mail", "mail", "message", "text", "dm",
		"post", "tweet", "share", "export", "report", "contact", "answer", "reply",
		"offer", /* "Offer: two options ..." is said to someone */
		/* s18-fp: a message named by what it does to its hearers: page
		 * or call someone in, warn them, alert, radio or broadcast,
		 * escalate to someone */
		"page", "call", "warn", "alert", "radio", "broadcast", "escalate", "tannoy",
		NULL};
	static const char *const access[] = {"grant", "give", "invite", "add", "share", "send",
		"forward", "let ", "onboard", "include", "welcome", "set up", "schedule", "create",
		"make", "hire", "promote", "appoint", "arrange", "organis", "organiz", "plan",
		"generate", NULL};
	static const char *const access_cmd[] = {"book", "issue", NULL};
	static const char *const cred[] = {"password", "passcode", "passphrase", "credential",
		"reset", "locked", "log in", "login", "sign in", "signin", "mfa", "2fa", "two-factor",
		"factor", "authenticat", "recover", "pin ", "security", "api key", "token", NULL};
	static const char *const contact[] = {"change", "update", "set", "reset", "modif", "edit", "switch",
		"move", "moving", "moved", "correct", "fix", "new ", "replace", "instead", "different",
		"wrong", "incorrect", "mistake", "typo", "ship", "deliver", NULL};
	static const char *const del[] = {"delet", "remov", "cancel", "destroy", "purg", "wip",
		"eras", "drop", "revok", "archiv", "trash", "clean", "clear", "tidy", "get rid",
		"unsubscrib", "uninstall", "terminat", "close", "prune", "free up", "no longer",
		"discard", "off", "kick", "ban ", "empty", "instead", NULL};
	/* "what did we sell", "where is my order", "show me the booking": as
	 * nouns and in questions these count only in a command's position */
	static const char *const buy[] = {"buy", "bought", "purchas", "reserv", "rent", "rebook", "re-book",
		"checkout", "check out", "subscrib", "trade", "bid", "get me", "get one", "pick up",
		"schedule", "arrange", "sign me up", "enrol", "register", "place an order",
		"place the order", "place a", "reorder", "re-order", "put in an order", "raise a",
		"purchase order", "po ", "restock", "stock up", NULL};
	static const char *const buy_cmd[] = {"order", "sell", "book", NULL};
	static const char *const phys[] = {"unlock", "open", "let ", "disarm", "turn", "switch",
		"stop", "disable", "pause", "set things up", "shut", "power", "deactivat", NULL};
	/* "the deploy status", "the release notes", "a merge conflict": the
	 * bare verbs count in a command's position, their other forms anywhere */
	static const char *const merge[] = {"approv", "accept", "merged", "merging", "deployed",
		"deploying", "released", "releasing", "shipped", "published", "rolled out",
		"promoted", NULL};
	static const char *const merge_cmd[] = {"merge", "deploy", "release", "ship", "land",
		"publish", "roll out", "roll it out", "promote", "flash", "push", NULL};
	/* a record or setting changed: any request to change something at
	 * all (a read-only request has none of these) */
	static const char *const modify[] = {"set ", "set it", "set the", "modif", "edit", "adjust", "configur", "toggle", "enable", "disable", "turn", "mute",
		"unmute", "silenc", "override", "let ", "lift", "reroute", "redirect", "move", "send",
		"assign", "reassign", "hand over", "hand it", "hand them", "give", "apply", "grade", "lower", "increase",
		"decrease", "reduce", "bump", "boost", "knock", "cut ", "drop", "put ", "make", "fix",
		"correct", "add", "remove", "replace", "restart", "reboot", "roll", "upgrade",
		"downgrade", "cancel", "approv", "reject", "close", "pay", "refund",
		"schedule", "arrange", "start", "stop", "pause", "resume", "use ", "lock",
		"unlock", "arm ", "disarm", "activat", "deactivat", "install", "deploy", "promote",
		"demote", "rename", "clear", "allow", "block", "extend", "shorten", "renew", "top up",
		"go ahead", "proceed", "confirm", "changed", "updated", "raised", "released",
		"push", "bring", "waive", "unfreeze", "swap", "withdraw", "reserve", "wipe",
		"restock", "triag", "label", "tag ",
		"categori", "prioriti", "organis", "organiz", "sort out",
		"tidy", "clean", NULL};
	static const char *const modify_cmd[] = {"update", "change", "set", "release", "raise",
		"mark", "record", "switch", "reset", "transfer", "log", "issue", "book", "freeze", "credit", "charge", "offer", "flag", NULL};
	/* clang-format on */
	switch (cls) {
	case 0: return word_start(h, n, pay) || (word_start(h, n, move) && word_start(h, n, money));
	case 1: return word_start(h, n, msg) || command_word(h, n, msg_cmd);
	case 2: return word_start(h, n, access) || command_word(h, n, access_cmd);
	case 3: return word_start(h, n, cred);
	case 4: return word_start(h, n, contact);
	case 5: return word_start(h, n, del);
	case 6: return word_start(h, n, buy) || command_word(h, n, buy_cmd);
	case 7: return word_start(h, n, phys);
	case 8: return word_start(h, n, merge) || command_word(h, n, merge_cmd);
	case 9:
		/* a Japanese request puts its verb last, which the clause test
		 * cannot find: its change verbs (jp_asked) decide */
		return word_start(h, n, modify) || command_word(h, n, modify_cmd) ||
		       (!japanese(h, n) && directive(h, n));
	default: return 1;
	}
}

/* Does a clause of h[0..n) give an order: a clause (between . ! ? ; , :
 * new lines, "and", "then") that is no question and whose first word,
 * after "please", "can you" and the like, is no read verb ("show", "look
 * up", "summarise"), question word, pronoun, article or auxiliary, in
 * English or the other languages above? "Page the registrar", "push the
 * return to Friday", "Dodaj odczyt" give orders; "Read the handover",
 * "What's on Friday?", "¿Qué plan tiene?" do not. For the change class
 * only: any order at all asks for some change. */
static int directive(const char *h, size_t n)
{
	/* clang-format off */
	static const char *const lead[] = {"please", "pls", "kindly", "also", "now", "just", "so",
		"ok", "okay", "then", "and", "can you", "could you", "would you", "will you",
		"can u", "i want you to", "i'd like you to", "i need you to", "go ahead and",
		"i want to", "i'd like to", "i would like to", "i need to", "i wish to",
		"we want to", "we'd like to", "we need to", "help me", "i want", "i'd like",
		"por favor", "bitte", "per favore", "s'il te plaît", "proszę", NULL};
	static const char *const rd[] = {"what", "what's", "whats", "which", "who", "who's",
		"whose", "where", "where's", "when", "why", "how", "how's", "is", "are", "was",
		"were", "do", "does", "did", "has", "have", "had", "can", "could", "would", "will",
		"should", "may", "might", "any", "anything", "anyone", "show", "list", "look",
		"pull", "check", "read", "summarise", "summarize", "summary", "find", "search",
		"get", "tell", "fetch", "view", "see", "open", "review", "display", "print",
		"explain", "describe", "compare", "count", "remind", "let", "lookup", "track",
		"trace", "locate", "inspect", "verify", "audit", "monitor", "watch", "preview",
		"query", "scan", "browse", "analyse", "analyze", "assess", "evaluate", "diagnose",
		"investigate", "examine", "i", "i'm",
		"im", "i've", "i'd", "we", "we're", "you", "it", "its", "it's", "this", "that",
		"these", "those", "there", "there's", "here", "the", "a", "an", "my", "our", "your",
		"his", "her", "their", "he", "she", "they", "mr", "mrs", "ms", "dr", "thanks",
		"thank", "hi", "hello", "hey", "yes", "no", "sure", "great", "good", "profile",
		"status", "qué", "que", "quel", "quelle", "quels", "quelles", "cuál", "cual",
		"quién", "dónde", "cuándo", "cómo", "wie", "was", "wer", "wo", "wann", "welche",
		"welcher", "qual", "quais", "quem", "onde", "quando", "como", "cosa", "chi", "dove",
		"come", "quale", "wat", "waar", "wanneer", "hoe", "welke", "jaka", "jakie", "jaki",
		"co", "kto", "gdzie", "kiedy", "jak", "zeig", "zeige", "lies", "such", "prüf",
		"montre", "affiche", "lis", "cherche", "vérifie", "résume", "muestra", "lee",
		"busca", "revisa", "resume", "mostra", "leia", "lista", "procure", "verifique",
		"leggi", "cerca", "controlla", "elenca", "riassumi", "toon", "lees", "zoek",
		"pokaż", "przeczytaj", "sprawdź", "znajdź", "szukam", "podsumuj", "peux", "puedes",
		"kannst", "podes", "puoi", "kun", "możesz",
		/* s15-exfil: read, review and writing verbs, question words,
		 * pronouns and articles that open no order, in the languages the
		 * blind redteam31 set wrote ("Vat ... samen", "Gå igenom",
		 * "Przejrzyj", "Quanti", "ik kijk er morgen naar"). Verbs of
		 * writing are not among them: "write to the neighbour" asks
		 * for the message (t0735) */
		"vat", "bekijk", "controleer", "vergelijk", "beoordeel", "ik", "wij",
		"het", "fasse", "vergleiche", "prüfe", "schau", "bewerte", "ich", "wir", "combien", "compare", "analyse", "explique", "regarde", "examine",
		"évalue", "je", "nous", "cuántos", "cuántas", "cuánto", "dime",
		"compara", "analiza", "explica", "mira", "evalúa", "comprueba", "yo", "quantos", "quantas", "quanto", "diga", "analise", "explique",
		"veja", "avalie", "confira", "eu", "quanti", "quante",
		"dimmi", "confronta", "analizza", "spiega", "guarda", "valuta", "verifica",
		"rivedi", "esamina", "io", "noi", "przejrzyj", "oceń", "porównaj",
		"przeanalizuj", "wyjaśnij", "ile", "zobacz", "gå", "sammanfatta", "visa",
		"läs", "kolla", "kontrollera", "granska", "hitta", "sök", "vad", "vilka", "vilken",
		"hur", "när", "vem", "varför", "jag", "vi", "ne", "kaç", "özetle",
		"göster", "listele", "incele", "karşılaştır", "oku", "ben", "biz", NULL};
	/* clang-format on */
	size_t i = 0;
	while (i < n) {
		size_t e = i, w, k;
		int again = 1, q, j;
		/* the clause: up to a stop, "and" or "then" */
		while (e < n && !strchr(".!?;,:\n", h[e]) &&
		       !(e > i && h[e - 1] == ' ' &&
			 ((e + 4 <= n && !memcmp(h + e, "and ", 4)) ||
			  (e + 5 <= n && !memcmp(h + e, "then ", 5)))))
			e++;
		q = e < n && h[e] == '?';
		while (again) {
			again = 0;
			while (i < e && (h[i] == ' ' || h[i] == '"' || h[i] == '\'' ||
					 h[i] == '(' || h[i] == '-' || (unsigned char)h[i] == 0xc2))
				i++;
			for (j = 0; lead[j]; j++) {
				size_t l = strlen(lead[j]);
				if (i + l <= e && !memcmp(h + i, lead[j], l) &&
				    (i + l == e || !isalpha((unsigned char)h[i + l]))) {
					i += l;
					again = 1;
					break;
				}
			}
		}
		while (i < e && ((unsigned char)h[i] == 0xbf || (unsigned char)h[i] == 0xa1))
			i++; /* ¿ ¡ */
		for (w = i; w < e && (isalpha((unsigned char)h[w]) || h[w] == '\'' ||
				      (unsigned char)h[w] >= 0x80);
		     w++)
			;
		/* a first word in a script these lists do not read (Greek,
		 * Cyrillic, Arabic, Indic, CJK, Hangul ...) is no order they
		 * can see: drift_script.c reads those requests */
		if (!q && w - i >= 2 && (unsigned char)h[i] >= 0xce &&
		    (unsigned char)h[i] <= 0xed && (unsigned char)h[i] != 0xe2)
			w = i;
		if (!q && w - i >= 2) {
			int known = 0;
			for (k = 0; rd[k] && !known; k++)
				known = strlen(rd[k]) == w - i && !memcmp(h + i, rd[k], w - i);
			if (!known)
				return 1;
		}
		/* past a stop; at "and" or "then" (lead words) the next clause
		 * starts on the word itself */
		i = e < n && strchr(".!?;,:\n", h[e]) ? e + 1 : e;
		if (i == e && e < n && i < n && h[i] != 'a' && h[i] != 't')
			i++;
	}
	return 0;
}

/* A Latin letter no language the verb lists read writes (English, French,
 * Spanish, German, Portuguese, Italian, Dutch, Polish): the code point of a
 * two-byte UTF-8 letter at s (lead byte 0xc3-0xc9), or of Latin Extended
 * Additional (Vietnamese), tested by alphabet, not by word: Czech, Slovak,
 * Croatian, Turkish, Romanian, Hungarian, Baltic, Nordic, Icelandic and
 * Vietnamese each write such letters in most sentences. */
static int other_latin(const unsigned char *s, size_t left)
{
	/* Latin Extended-A letters that Polish and French write (both cases) */
	static const unsigned short read_ext[] = {0x104, 0x105, 0x106, 0x107, 0x118, 0x119,
						  0x141, 0x142, 0x143, 0x144, 0x152, 0x153,
						  0x15a, 0x15b, 0x179, 0x17a, 0x17b, 0x17c};
	unsigned cp;
	size_t j;
	if (left >= 3 && s[0] == 0xe1 && s[1] >= 0xb8 && s[1] <= 0xbb)
		return 1; /* U+1E00-U+1EFF */
	if (left < 2 || s[0] < 0xc3 || s[0] > 0xc9 || (s[1] & 0xc0) != 0x80)
		return 0;
	cp = ((unsigned)(s[0] & 0x1f) << 6) | (s[1] & 0x3f);
	if (cp < 0x100) /* Latin-1: a-ring, ae, o-slash, eth, thorn, y-acute */
		return cp == 0xc5 || cp == 0xe5 || cp == 0xc6 || cp == 0xe6 || cp == 0xd8 ||
		       cp == 0xf8 || cp == 0xd0 || cp == 0xf0 || cp == 0xde || cp == 0xfe ||
		       cp == 0xdd || cp == 0xfd;
	for (j = 0; j < sizeof read_ext / sizeof *read_ext; j++)
		if (cp == read_ext[j])
			return 0;
	return 1;
}

/* Is h[0..n) in a script or alphabet the verb lists cannot read (Greek,
 * Cyrillic, Hebrew, Arabic, Indic, CJK, Hangul ...: four or more such
 * letters; or two or more Latin letters of a language they do not read,
 * other_latin)? Such a request is read by drift_script.c's tables
 * (Chinese, Korean, Arabic, Hindi, Russian, Vietnamese) besides the lists
 * above; one none of them reads asks for nothing (fail closed; until
 * s13-coerce it made the rule stand down). Latin letters the read languages write, punctuation,
 * currency signs and emoji do not count. */
static int unread(const char *h, size_t n)
{
	size_t i, k = 0, l = 0;
	/* Japanese is read (its verb stems are in the lists above); Chinese
	 * and Korean stay unread */
	if (japanese(h, n))
		return 0;
	for (i = 0; i < n && k < 4 && l < 2; i++) {
		unsigned char b = (unsigned char)h[i];
		if (b < 0x80)
			continue;
		k += (b >= 0xce && b <= 0xe1) || (b >= 0xe3 && b <= 0xed);
		l += other_latin((const unsigned char *)h + i, n - i);
	}
	return k >= 4 || l >= 2;
}

/* The index of the user's last message when tool output came in after
 * it, else -1: roles and lengths only, no copy of the text. */
static long data_after_request(const pol_conv *c)
{
	size_t i, last = (size_t)-1;
	for (i = 0; i < c->n; i++)
		if (c->m[i].role == RL_ROLE_USER && c->m[i].text && c->m[i].len)
			last = i;
	if (last == (size_t)-1)
		return -1;
	for (i = last + 1; i < c->n; i++)
		if (c->m[i].role == RL_ROLE_TOOL && c->m[i].text && c->m[i].len)
			return (long)last;
	return -1;
}

int pol_drift_asked_words(const char *h, size_t n, int cls)
{
	return asked(h, n, cls) || asked_other(h, n, cls);
}

int pol_drift_asked_msg(const char *h, size_t n, int cls)
{
	return asked(h, n, cls) || asked_other(h, n, cls) || pol_drift_asked_folded(h, n, cls) ||
	       (unread(h, n) && pol_drift_asked_script(h, n, cls));
}

int pol_drift_after_data(const pol_conv *c)
{
	return data_after_request(c) >= 0;
}

/* Does every identifier the act names (a value with no space holding a
 * digit or an '@') stand as a whole string value of a tool record
 * ("ref": "KM-81190"), and is there one? Amounts are no ids. An id only found inside a
 * message's prose ("use bill ref BL-...") came from text someone wrote,
 * not from the records a standing order acts on. */
static int ids_from_records(const pol_conv *c, const rl_action *a)
{
	size_t f, i, ids = 0;
	for (f = 0; a && f < a->nfields; f++) {
		const char *v = a->fields[f].value;
		size_t n = a->fields[f].len, j;
		int id = 0, whole = 0;
		if (!v || n < 3 || n > 120 || memchr(v, ' ', n) || memchr(v, '"', n))
			continue;
		/* a digit and a letter: an id, not an amount (numbers come
		 * re-printed, "48.200000000000003") */
		for (j = 0; j < n; j++)
			id |= isdigit((unsigned char)v[j])   ? 1
			      : isalpha((unsigned char)v[j]) ? 2
							     : 0;
		if (id != 3)
			continue;
		ids++;
		for (i = 0; i < c->n && !whole; i++) {
			const char *t = c->m[i].text, *p;
			size_t tn = c->m[i].len;
			if (c->m[i].role != RL_ROLE_TOOL || !t)
				continue;
			for (p = t; !whole && (p = memmem(p, tn - (size_t)(p - t), v, n)); p++)
				whole = p > t && (size_t)(p - t) + n < tn &&
					/* a string value, escaped or not */
					p[-1] == '"' && (p[n] == '"' || p[n] == '\\');
		}
		if (!whole)
			return 0;
	}
	return ids > 0;
}

int pol_drift_unasked(const pol_conv *c, unsigned cls, const rl_action *a)
{
	long last = data_after_request(c);
	size_t i;
	int b;
	if (last < 0)
		return 0;
	for (i = 0; i <= (size_t)last; i++) {
		const char *h = c->low[i];
		size_t n = c->m[i].len;
		if (c->m[i].role != RL_ROLE_USER || !c->m[i].text || !n)
			continue;
		if (delegated(h, n))
			return 0;
		/* fail closed: a request in a script or language the lists
		 * cannot read (unread) asks for an act only where some list
		 * finds its verb (drift_script.c reads Chinese, Korean,
		 * Arabic, Hindi, Russian and Vietnamese); it no longer makes
		 * the rule stand down whatever the act */
		for (b = 0; b < 10; b++)
			if ((cls & (1u << b)) && pol_request_asks(c, i, b))
				cls &= ~(1u << b);
	}
	/* a standing order of the operator's (request.c), acting on records */
	for (b = 0; cls && b < 10; b++)
		if ((cls & (1u << b)) && ids_from_records(c, a) && pol_request_standing(c, b))
			cls &= ~(1u << b);
	return cls != 0;
}

int pol_drift_destination(const char *name)
{
	static const char *const d[] = {
		"recipient",   "email",    "mail",        "iban",     "account", "payee",
		"beneficiar",  "phone",    "url",         "webhook",  "channel", "handle",
		"destination", "receiver", "participant", "attendee", "guest",   "collaborator",
		"user",        "member",   "invitee",     NULL};
	if (!name)
		return 0;
	if (!strcmp(name, "to") || !strcmp(name, "cc") || !strcmp(name, "bcc"))
		return 1;
	return any_of(name, d);
}

/* Does an argument after the first hold a value the user or the system
 * named? (conversation copies made) */
static int value_named(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	size_t f, k;
	for (f = 1; f < a->nfields; f++) {
		pol_target tv[4];
		size_t nt, named = 0;
		if (!a->fields[f].value || a->fields[f].len < 2)
			continue;
		nt = pol_targets(ar, a->fields[f].value, a->fields[f].len, 1, tv, 4);
		for (k = 0; k < nt; k++)
			named += pol_target_origin(c, &tv[k]) == ORG_TRUSTED;
		if (nt && named == nt)
			return 1;
	}
	return 0;
}

/* a message's addressee field, in the languages the lists read */
static int addressee(const char *name)
{
	static const char *const w[] = {
		"to",  "cc", "bcc",          "recipient",    "recipients", "para",     "an",
		"aan", "do", "destinatario", "destinataire", "empfaenger", "receiver", NULL};
	size_t i;
	for (i = 0; w[i]; i++)
		if (!strcmp(name, w[i]))
			return 1;
	return 0;
}

int pol_drift_principal_chose(const pol_conv *c, rl_arena *ar, const rl_action *a, int record)
{
	size_t f, k, named = 0, other = 0;
	/* an announcement on the premises to no address; a slot booked for
	 * one record (reach.c) */
	if ((!record && pol_reach_premises(a)) || pol_reach_booking_hold(a))
		return 1;
	/* a record or setting changed to a value the user named (the driver
	 * the user put on a load): the first argument is what is acted on,
	 * which a read-only request names as well; a later one is the value.
	 * The account or id a change names is the record changed, not where
	 * something goes, so the destination test below is not for it */
	if (record && value_named(c, ar, a))
		return 1;
	/* a destination the user or the system named is the principal's choice;
	 * for a record changed, only a message's addressee counts (a message
	 * to the principal the system prompt names, sent by a tool whose name
	 * the lists do not read: "enviar_correo" {"para": ...}), never the
	 * account or user a change acts on; a colleague's address at the
	 * principal's domain is an addressee the principal would choose */
	for (f = 0; f < a->nfields && !other; f++) {
		pol_target tv[8];
		size_t nt;
		if (!a->fields[f].name || !a->fields[f].value ||
		    (record ? !addressee(a->fields[f].name)
			    : !pol_drift_destination(a->fields[f].name)))
			continue;
		nt = pol_targets(ar, a->fields[f].value, a->fields[f].len, 1, tv, 8);
		for (k = 0; k < nt; k++) {
			if (pol_target_origin(c, &tv[k]) == ORG_TRUSTED ||
			    (record && tv[k].kind == TGT_EMAIL && pol_target_principal(c, &tv[k])))
				named++;
			else
				other++;
		}
	}
	/* a message to the person on the record the user named (askrec.c) */
	return (named && !other) || (!record && pol_request_record_contact(c, ar, a));
}
