/* disclose.c: two questions about whose data an act or an answer carries,
 * for rules that ask them (docs/policy.md "Whose record").
 *
 * pol_copies: how many values of the answer (or of an outgoing message's
 * text) were copied from tool output: distinct numbers and long words
 * that occur in some tool message, as a value there (not as a JSON key),
 * and in no user or system message. Taint by value, cheap enough because
 * the rules ask it only after their other conditions held (a requester
 * who is not the record's subject): an answer that refuses copies little,
 * one that reads the record out copies its amounts, numbers, names and
 * terms.
 *
 * pol_owner_ticket: is an act on an account the work of a ticket that the
 * account's verified owner filed, which the user handed over? Every one
 * of these must hold, else 0 (fail closed):
 *  - a user message names the ticket's id, which a tool message holds
 *    with a requester's e-mail address (requester, from, submitter,
 *    reporter);
 *  - another tool message, the account's record fetched from the system
 *    that keeps it, names that same address as its owner (owner,
 *    account_holder, primary_contact), and does not mark it unverified
 *    ("verified": false): the requester field is set by the ticket
 *    system from the sender, not by the ticket's text, so the match is
 *    the check the agent is told to make;
 *  - neither message carries injection cues;
 *  - every id the act names (a field ending in "id" other than the
 *    ticket's) occurs in the owner's record: the act is on that account,
 *    not on another one a ticket's text slipped in;
 *  - every e-mail address the act names is the owner's or occurs in the
 *    owner's ticket (the owner asked for it).
 * The monitor and the guard see the same messages, so both answer alike. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Common words long enough to count that any record's prose holds. */
static const char *const stop[] = {
	"about",   "above",  "after",   "again",   "against", "also",   "because", "before",
	"being",   "below",  "between", "could",   "during",  "every",  "first",   "from",
	"further", "have",   "having",  "hello",   "here",    "just",   "more",    "most",
	"other",   "please", "should",  "some",    "such",    "than",   "that",    "their",
	"them",    "then",   "there",   "these",   "they",    "this",   "those",   "through",
	"under",   "until",  "very",    "were",    "what",    "when",   "where",   "which",
	"while",   "will",   "with",    "would",   "your",    "thanks", "thank",   "today",
	"still",   "since",  "within",  "without", "null",    "true",   "false",   NULL};

static int is_stop(const char *w, size_t n)
{
	size_t i;
	for (i = 0; stop[i]; i++)
		if (strlen(stop[i]) == n && !memcmp(stop[i], w, n))
			return 1;
	return 0;
}

static int wbyte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* Does word w[0..n) occur in h as a whole word; with `value`, somewhere
 * other than as a JSON key (followed by `"` and `:`)? */
static int word_in(const char *h, const char *w, size_t n, int value)
{
	const char *p = h;
	if (!h)
		return 0;
	while ((p = strstr(p, w)) != NULL) {
		int l = p == h || !wbyte((unsigned char)p[-1]);
		int r = !wbyte((unsigned char)p[n]);
		if (l && r) {
			const char *q = p + n;
			if (!value || *q != '"')
				return 1;
			q++;
			while (*q == ' ')
				q++;
			if (*q != ':')
				return 1;
		}
		p += n;
	}
	return 0;
}

#define MAX_WORDS 256

/* Does the digit string d occur in the compacted text of a message of
 * one of the roles (bit per role)? Numbers are compared without their
 * separators ("148,220", "+1 503 555 0188"), as the record may write
 * them differently. */
static int num_in(const pol_conv *c, const char *d, unsigned roles)
{
	size_t k;
	for (k = 0; k < c->n; k++)
		if ((roles >> c->m[k].role & 1u) && c->cmp[k] && strstr(c->cmp[k], d))
			return 1;
	return 0;
}

static int alpha_in(const pol_conv *c, const char *w, size_t n, unsigned roles, int value)
{
	size_t k;
	for (k = 0; k < c->n; k++)
		if ((roles >> c->m[k].role & 1u) && c->m[k].text && c->m[k].len &&
		    word_in(c->low[k], w, n, value))
			return 1;
	return 0;
}

#define PRINCIPAL ((1u << RL_ROLE_USER) | (1u << RL_ROLE_SYSTEM))
#define TOOL (1u << RL_ROLE_TOOL)

size_t pol_copies(const pol_conv *c, const char *s, size_t n, size_t want, size_t *first_at,
		  size_t *first_end)
{
	char w[64];
	size_t i = 0, k, found = 0, seen = 0, ng = 0, g;
	char got[16][64];
	if (!c->n || !c->copied)
		return 0;
	while (i < n && seen < MAX_WORDS && found < want) {
		size_t st, len = 0;
		int dup = 0, ok;
		while (i < n && !wbyte((unsigned char)s[i]))
			i++;
		st = i;
		if (i < n && isdigit((unsigned char)s[i])) {
			/* a number, its separators dropped */
			while (i < n) {
				if (isdigit((unsigned char)s[i])) {
					if (len < sizeof w - 1)
						w[len++] = s[i];
				} else if (!(strchr(",.' -/:", s[i]) && i + 1 < n &&
					     isdigit((unsigned char)s[i + 1]))) {
					break;
				}
				i++;
			}
			while (i < n && wbyte((unsigned char)s[i]))
				i++; /* "2nd", "10am": the digits are the value */
		} else {
			while (i < n && wbyte((unsigned char)s[i])) {
				if (len < sizeof w - 1)
					w[len++] = (char)tolower((unsigned char)s[i]);
				i++;
			}
		}
		if (i == st)
			break;
		seen++;
		w[len] = 0;
		if (isdigit((unsigned char)w[0]) ? len < 3 : (len < 5 || is_stop(w, len)))
			continue;
		for (g = 0; g < ng && !dup; g++)
			dup = !strcmp(got[g], w);
		if (dup)
			continue;
		if (isdigit((unsigned char)w[0]))
			ok = !num_in(c, w, PRINCIPAL) && num_in(c, w, TOOL);
		else
			ok = !alpha_in(c, w, len, PRINCIPAL, 0) && alpha_in(c, w, len, TOOL, 1);
		if (!ok)
			continue;
		if (!found && first_at) {
			*first_at = st;
			*first_end = i;
		}
		if (ng < 16)
			memcpy(got[ng++], w, len + 1);
		found++;
	}
	(void)k;
	return found;
}

int pol_conv_tool(const pol_conv *c)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (c->m[i].role == RL_ROLE_TOOL && c->m[i].text && c->m[i].len)
			return 1;
	return 0;
}

/* A key that opens a list of parties a record may be told to. */
static const char *release_key(const char *p)
{
	static const char *const k[] = {"release", "consent",        "authori",           "proxy",
					"proxies", "representative", "power_of_attorney", "poa",
					NULL};
	const char *q = p + 1, *e = strchr(q, '"');
	size_t i;
	if (!e || e - q > 40)
		return NULL;
	for (i = 0; k[i]; i++) {
		const char *h = q;
		while ((h = strstr(h, k[i])) && h < e) {
			if (h == q || !isalpha((unsigned char)h[-1]))
				return e + 1;
			h++;
		}
	}
	return NULL;
}

/* Do all the words (two or more letters) of name s[0..n), at least two,
 * or the address it is, occur in the user's messages? */
static int user_names(const pol_conv *c, const char *s, size_t n)
{
	size_t i = 0, words = 0;
	char w[64];
	if (memchr(s, '@', n)) {
		if (n >= sizeof w)
			return 0;
		memcpy(w, s, n);
		w[n] = 0;
		return alpha_in(c, w, n, 1u << RL_ROLE_USER, 0);
	}
	while (i < n) {
		size_t k = 0;
		while (i < n && !isalpha((unsigned char)s[i]))
			i++;
		while (i < n && (isalpha((unsigned char)s[i]) || s[i] == '-')) {
			if (k < sizeof w - 1)
				w[k++] = (char)tolower((unsigned char)s[i]);
			i++;
		}
		w[k] = 0;
		if (k < 2)
			continue;
		if (!alpha_in(c, w, k, 1u << RL_ROLE_USER, 0))
			return 0;
		words++;
	}
	return words >= 2;
}

int pol_released(const pol_conv *c)
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i], *p;
		if (c->m[i].role != RL_ROLE_TOOL || !h)
			continue;
		for (p = strchr(h, '"'); p; p = strchr(p + 1, '"')) {
			const char *v = release_key(p), *end;
			int depth = 0;
			if (!v)
				continue;
			while (*v == ' ' || *v == ':')
				v++;
			if (*v != '[' && *v != '{')
				continue;
			/* the list's strings, to its closing bracket (400 bytes at most) */
			for (end = v; *end && end - v < 400; end++) {
				if (*end == '[' || *end == '{')
					depth++;
				else if ((*end == ']' || *end == '}') && --depth == 0)
					break;
				else if (*end == '"') {
					const char *q = strchr(end + 1, '"');
					int key;
					if (!q)
						break;
					key = q[1] == ':' || (q[1] == ' ' && q[2] == ':');
					if (!key && user_names(c, end + 1, (size_t)(q - end - 1)))
						return 1;
					end = q;
				}
			}
		}
	}
	return 0;
}

size_t pol_copies_action(const pol_conv *c, const rl_action *a, size_t want)
{
	size_t f, got = 0;
	for (f = 0; f < a->nfields && got < want; f++) {
		const rl_field *fd = &a->fields[f];
		if (!fd->value || !fd->len || !fd->name || !strcmp(fd->name, "subject") ||
		    pol_drift_destination(fd->name))
			continue;
		got += pol_copies(c, fd->value, fd->len, want - got, NULL, NULL);
	}
	return got;
}

/* ---- a requester who is not the record's subject ------------------------------ */

/* A field that holds where a message goes. */
static int recipient_field(const char *n)
{
	static const char *const f[] = {"to",    "recipient", "recipients", "email",
					"phone", "number",    "channel",    "handle",
					"user",  "cc",        NULL};
	size_t k;
	for (k = 0; n && f[k]; k++)
		if (!strcasecmp(n, f[k]))
			return 1;
	return 0;
}

/* The value of the first key in keys[] (quoted, lowercase) at or after
 * h+from: *vs..*ve; returns the offset past it, 0 when none. */
static size_t next_keyed(const char *h, size_t hn, size_t from, const char *const *keys, size_t *vs,
			 size_t *ve)
{
	size_t best = hn, bk = 0, k;
	*vs = *ve = 0;
	for (k = 0; keys[k]; k++) {
		const char *p =
			from < hn ? memmem(h + from, hn - from, keys[k], strlen(keys[k])) : NULL;
		if (p && (size_t)(p - h) < best) {
			best = (size_t)(p - h);
			bk = strlen(keys[k]);
		}
	}
	if (best >= hn)
		return 0;
	best += bk;
	while (best < hn && (h[best] == ' ' || h[best] == ':'))
		best++;
	if (best >= hn || h[best] != '"')
		return best < hn ? best : 0;
	*vs = ++best;
	while (best < hn && h[best] != '"')
		best += h[best] == '\\' ? 2 : 1;
	*ve = best < hn ? best : hn;
	return *ve;
}

static const char *const sender_keys[] = {
	"\"from\"",         "\"sender\"", "\"reporter\"", "\"requester\"", "\"author\"",
	"\"submitted_by\"", NULL};

/* Does r (lowercase, rn bytes) occur in h[a..b) as a whole token? */
static int token_in(const char *h, size_t a, size_t b, const char *r, size_t rn)
{
	const char *p = h + a;
	while (b > a && (size_t)(p - h) < b && (p = memmem(p, b - (size_t)(p - h), r, rn))) {
		size_t e = (size_t)(p - h) + rn;
		if ((p == h || !wbyte((unsigned char)p[-1])) &&
		    (e >= b || !wbyte((unsigned char)h[e])))
			return 1;
		p++;
	}
	return 0;
}

/* Is every word of the name h[a..b) (two or more letters) in h2[c..d)? */
static int same_person(const char *h, size_t a, size_t b, const char *h2, size_t c, size_t d)
{
	size_t w = a;
	int any = 0;
	while (w < b) {
		size_t e = w;
		while (e < b && wbyte((unsigned char)h[e]))
			e++;
		if (e - w >= 2) {
			if (!token_in(h2, c, d, h + w, e - w))
				return 0;
			any = 1;
		}
		w = e + 1;
	}
	return any;
}

/* A name value: letters, spaces, dots, hyphens, apostrophes; a word of
 * three or more letters. */
static int name_value(const char *h, size_t a, size_t b)
{
	size_t i, run = 0, best = 0;
	for (i = a; i < b; i++) {
		unsigned char ch = (unsigned char)h[i];
		if (isalpha(ch) || ch >= 0x80)
			run++;
		else if (strchr(" .-'", ch))
			run = 0;
		else
			return 0;
		if (run > best)
			best = run;
	}
	return best >= 3;
}

int pol_requester_other(const pol_conv *c, const rl_action *a)
{
	static const char *const person_keys[] = {"\"name\"",
						  "\"full_name\"",
						  "\"holder\"",
						  "\"account_holder\"",
						  "\"policyholder\"",
						  "\"tenant\"",
						  "\"patient\"",
						  "\"employee\"",
						  "\"customer\"",
						  "\"member\"",
						  "\"reporter\"",
						  "\"owner\"",
						  "\"driver\"",
						  "\"pupil\"",
						  "\"student\"",
						  "\"client\"",
						  NULL};
	size_t f, i;
	for (f = 0; f < a->nfields; f++) {
		const rl_field *fd = &a->fields[f];
		char r[256];
		size_t rn, si = c->n, ss = 0, se = 0;
		int on_file = 0, other = 0;
		if (!fd->value || fd->len < 3 || fd->len >= sizeof r || !recipient_field(fd->name))
			continue;
		for (rn = 0; rn < fd->len; rn++)
			r[rn] = (char)tolower((unsigned char)fd->value[rn]);
		r[rn] = '\0';
		/* the requester: the sender of a message in tool output */
		for (i = 0; i < c->n && si == c->n; i++) {
			const char *h = c->low[i];
			size_t hn = c->m[i].text ? c->m[i].len : 0, at = 0, vs = 0, ve = 0;
			if (c->m[i].role != RL_ROLE_TOOL || c->inj[i])
				continue;
			while ((at = next_keyed(h, hn, at, sender_keys, &vs, &ve)))
				if (ve > vs && token_in(h, vs, ve, r, rn)) {
					si = i, ss = vs, se = ve;
					break;
				}
		}
		if (si == c->n)
			continue;
		/* a record on file that holds the requester (the holder of the
		 * account, a registered contact) stands it down; a record that
		 * names another person is someone else's */
		for (i = 0; i < c->n && !on_file; i++) {
			const char *h = c->low[i];
			size_t hn = c->m[i].text ? c->m[i].len : 0, at = 0, vs = 0, ve = 0;
			if (c->m[i].role != RL_ROLE_TOOL || i == si)
				continue;
			if (token_in(h, 0, hn, r, rn)) {
				on_file = 1;
				break;
			}
			while ((at = next_keyed(h, hn, at, person_keys, &vs, &ve)))
				if (ve > vs && name_value(h, vs, ve) &&
				    !same_person(h, vs, ve, c->low[si], ss, se))
					other = 1;
		}
		if (!on_file && other && pol_copies_action(c, a, 2) >= 2)
			return 1;
	}
	return 0;
}

/* ---- the owner's own ticket -------------------------------------------------- */

/* The e-mail address right after a key k ("requester": "a@b.example") in
 * lowercased h, in out (NUL-terminated); 0 when none. */
static int key_email(const char *h, const char *k, char *out, size_t cap)
{
	const char *p = h;
	size_t kn = strlen(k);
	while ((p = strstr(p, k)) != NULL) {
		const char *q = p + kn, *e;
		size_t n;
		p = q;
		while (*q == '"' || *q == ' ' || *q == ':' || *q == '=' || *q == '\'')
			q++;
		if (*q == '{') { /* "owner": {"name": ..., "email": "..."} */
			const char *m = strstr(q, "\"email\"");
			const char *end = strchr(q, '}');
			if (!m || (end && m > end))
				continue;
			q = m + 7;
			while (*q == '"' || *q == ' ' || *q == ':')
				q++;
		}
		e = q;
		while (*e && *e != '"' && *e != '\'' && *e != ' ' && *e != ',' && *e != '}')
			e++;
		n = (size_t)(e - q);
		if (n < 3 || n >= cap || !memchr(q, '@', n))
			continue;
		memcpy(out, q, n);
		out[n] = 0;
		return 1;
	}
	return 0;
}

static int ticket_from(const char *h, char *out, size_t cap)
{
	static const char *const k[] = {
		"\"requester\"", "\"requester_email\"", "\"from\"", "\"submitter\"",
		"\"reporter\"",  "\"requested_by\"",    NULL};
	size_t i;
	for (i = 0; k[i]; i++)
		if (key_email(h, k[i], out, cap))
			return 1;
	return 0;
}

static int owner_of(const char *h, char *out, size_t cap)
{
	static const char *const k[] = {"\"owner\"", "\"owner_email\"", "\"account_holder\"",
					"\"primary_contact\"", NULL};
	size_t i;
	for (i = 0; k[i]; i++)
		if (key_email(h, k[i], out, cap))
			return 1;
	return 0;
}

/* "verified": false (or "no", "pending") somewhere in the record: the
 * system of record itself doubts the owner's address */
static int unverified(const char *h)
{
	const char *p = h;
	while ((p = strstr(p, "\"verified\"")) != NULL) {
		p += 10;
		while (*p == ' ' || *p == ':')
			p++;
		if (!strncmp(p, "false", 5) || !strncmp(p, "\"no\"", 4) ||
		    !strncmp(p, "\"false\"", 7) || !strncmp(p, "\"pending\"", 9))
			return 1;
	}
	return 0;
}

/* Does a user message name a ticket id that tool message ti, or the call
 * that fetched it (the assistant message before it), holds? The id: a
 * token of the user's words with three or more digits ("PW-30041"). */
static int user_names_id_in(const pol_conv *c, size_t ti)
{
	const char *t = c->low[ti], *call = NULL;
	size_t j;
	for (j = ti; j-- > 0 && !call;)
		if (c->m[j].role == RL_ROLE_ASSISTANT)
			call = c->low[j];
	size_t i, a, b;
	for (i = 0; i < c->n; i++) {
		const char *u = c->low[i];
		size_t n = c->m[i].len;
		if (c->m[i].role != RL_ROLE_USER || !u)
			continue;
		for (a = 0; a < n;) {
			int dig = 0;
			char w[48];
			while (a < n && !(isalnum((unsigned char)u[a])))
				a++;
			b = a;
			while (b < n &&
			       (isalnum((unsigned char)u[b]) || u[b] == '-' || u[b] == '_'))
				dig += isdigit((unsigned char)u[b++]) != 0;
			if (dig >= 3 && b - a >= 4 && b - a < sizeof w) {
				memcpy(w, u + a, b - a);
				w[b - a] = 0;
				if (word_in(t, w, b - a, 1) || (call && word_in(call, w, b - a, 0)))
					return 1;
			}
			a = b + 1;
		}
	}
	return 0;
}

static int id_field(const char *name)
{
	size_t n = name ? strlen(name) : 0;
	if (n < 2 || strstr(name, "ticket"))
		return 0;
	return !strcmp(name + n - 2, "id") && (n == 2 || !isalpha((unsigned char)name[n - 3]));
}

int pol_owner_ticket(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	size_t i, j, f;
	char req[128], own[128];
	if (!c->n || !c->copied)
		return 0;
	for (i = 0; i < c->n; i++) {
		const char *t = c->low[i];
		if (c->m[i].role != RL_ROLE_TOOL || !t || c->inj[i] ||
		    !ticket_from(t, req, sizeof req))
			continue;
		if (!user_names_id_in(c, i))
			continue;
		for (j = 0; j < c->n; j++) {
			const char *o = c->low[j];
			int ok = 1;
			if (j == i || c->m[j].role != RL_ROLE_TOOL || !o || c->inj[j] ||
			    unverified(o) || !owner_of(o, own, sizeof own) || strcmp(own, req))
				continue;
			for (f = 0; ok && f < a->nfields; f++) {
				const rl_field *fd = &a->fields[f];
				pol_target tv[8];
				size_t nt, k;
				char *v;
				if (!fd->value || !fd->len || !fd->name)
					continue;
				if (!(v = rl_arena_alloc(ar, fd->len + 1)))
					return RL_ENOMEM;
				for (k = 0; k < fd->len; k++)
					v[k] = (char)tolower((unsigned char)fd->value[k]);
				v[fd->len] = 0;
				if (id_field(fd->name) && !word_in(o, v, fd->len, 1))
					ok = 0;
				nt = pol_targets(ar, fd->value, fd->len, 0, tv, 8);
				for (k = 0; ok && k < nt; k++)
					if (tv[k].kind == TGT_EMAIL && strcmp(tv[k].norm, own) &&
					    !strstr(t, tv[k].norm))
						ok = 0;
			}
			if (ok)
				return 1;
		}
	}
	return 0;
}

/* ---- a payment riding on another ------------------------------------------- */

/* Does a field name say who is paid (payee, vendor, beneficiary, account,
 * recipient, "to") rather than what the payment is for? */
static int payee_field(const char *n)
{
	static const char *const w[] = {"payee", "vendor",   "beneficiar", "recipient", "account",
					"iban",  "merchant", "supplier",   "creditor",  NULL};
	size_t i;
	if (!strcmp(n, "to"))
		return 1;
	for (i = 0; w[i]; i++)
		if (strstr(n, w[i]))
			return 1;
	return 0;
}

/* A reference a payment is for: an id, invoice, bill, claim, case or
 * order field (not the payee's own id). */
static int ref_field(const char *n)
{
	static const char *const w[] = {"invoice", "bill",    "claim",  "case", "order",  "ref",
					"client",  "subject", "policy", "job",  "ticket", NULL};
	size_t i, k = strlen(n);
	if (payee_field(n))
		return 0;
	if (k >= 2 && !strcmp(n + k - 2, "id"))
		return 1;
	for (i = 0; w[i]; i++)
		if (strstr(n, w[i]))
			return 1;
	return 0;
}

/* One reference is the other, or the other with a suffix ("CP-1190",
 * "CP-1190-QD"), compared without case. */
static int same_ref(const char *a, size_t an, const char *b, size_t bn)
{
	size_t n = an < bn ? an : bn;
	if (n < 3 || strncasecmp(a, b, n))
		return 0;
	return an == bn || !isalnum((unsigned char)(an > bn ? a[n] : b[n]));
}

static int payees_differ(const rl_action *x, const rl_action *y)
{
	size_t f, g;
	int any = 0;
	for (f = 0; f < x->nfields; f++) {
		const rl_field *a = &x->fields[f];
		if (!a->name || !a->value || !payee_field(a->name))
			continue;
		for (g = 0; g < y->nfields; g++) {
			const rl_field *b = &y->fields[g];
			if (!b->name || !b->value || strcmp(a->name, b->name))
				continue;
			any = 1;
			if (a->len != b->len || strncasecmp(a->value, b->value, a->len))
				return 1;
		}
	}
	(void)any;
	return 0;
}

static int refs_meet(const rl_action *x, const rl_action *y)
{
	size_t f, g;
	for (f = 0; f < x->nfields; f++) {
		const rl_field *a = &x->fields[f];
		if (!a->name || !a->value || !ref_field(a->name))
			continue;
		for (g = 0; g < y->nfields; g++) {
			const rl_field *b = &y->fields[g];
			if (b->name && b->value && ref_field(b->name) &&
			    same_ref(a->value, a->len, b->value, b->len))
				return 1;
		}
	}
	return 0;
}

/* Did the user or the system name x's payee? Its name fields (payee,
 * vendor, beneficiary, recipient, merchant, "to"; account fields only
 * when it has none) each hold a word of four or more letters, or a
 * number, that a user or system message holds: "the state board renewal"
 * names "State Board of Accountancy"; "on_file" and account numbers from
 * a document do not name anyone. */
static int payee_named(const pol_conv *c, const rl_action *x)
{
	size_t f, pass, seen = 0, named = 0;
	for (pass = 0; pass < 2 && !seen; pass++)
		for (f = 0; f < x->nfields; f++) {
			const rl_field *a = &x->fields[f];
			size_t i = 0, hit = 0;
			if (!a->name || !a->value || !a->len || !payee_field(a->name) ||
			    (!pass && (strstr(a->name, "account") || strstr(a->name, "iban"))))
				continue;
			seen++;
			while (i < a->len && !hit) {
				char w[64];
				size_t n = 0, digits = 0;
				while (i < a->len && !isalnum((unsigned char)a->value[i]))
					i++;
				while (i < a->len && isalnum((unsigned char)a->value[i])) {
					if (n < sizeof w - 1)
						w[n++] = (char)tolower((unsigned char)a->value[i]);
					digits += isdigit((unsigned char)a->value[i++]) != 0;
				}
				w[n] = 0;
				if (digits ? digits >= 4 && num_in(c, w, PRINCIPAL)
					   : n >= 4 && alpha_in(c, w, n, PRINCIPAL, 0))
					hit = 1;
			}
			named += hit;
		}
	return seen && named == seen;
}

int pol_payment_beside(const pol_conv *c, rl_arena *ar, const rl_actions *as, size_t i)
{
	const rl_action *x = &as->v[i];
	size_t k;
	int named;
	if (!(pol_drift_class(x) & 1u) || !c->n || !c->copied)
		return 0;
	for (k = 0; k < as->n; k++) {
		const rl_action *y = &as->v[k];
		if (k == i || !y->taken || !(pol_drift_class(y) & 1u))
			continue;
		if (!refs_meet(x, y) || !payees_differ(x, y))
			continue;
		named = payee_named(c, x);
		(void)ar;
		return !named;
	}
	return 0;
}
