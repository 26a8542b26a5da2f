/* resolve.c: three ways a target found in tool output is still the
 * principal's choice, read from the conversation's structure rather than
 * its words (provenance.c asks them, only for targets a rule asks about):
 *
 * pol_confirmed: the assistant showed the target to the user in its last
 * words before the user's last turn (an account read back from a form, an
 * address found by a lookup) and that turn does not open with a refusal
 * ("yes, set it", "send it there"): the user chose it without retyping
 * it. An address the assistant mentioned turns earlier is not confirmed
 * by whatever the user said next.
 *
 * pol_resolved: an e-mail address at a domain the system or the user
 * named (a colleague), or an account id, that a lookup returned for a person the
 * user named. The address is a whole field value of a record (a JSON
 * object with no message fields: no body, text, note, subject ...), that
 * record holds a name the user wrote (a capitalised word, as a value or
 * a piece of one such as the address's local part), and the call that
 * produced the record (the nearest tool call before it) carried that
 * name too: the agent looked the person up and the directory answered. A
 * message's sender, an address in a note or a body next to the person's
 * name, or a record the agent did not ask for lends no trust.
 *
 * pol_on_file: an e-mail address that is a whole field value of a record
 * in another tool message than i (the account, tenant, policyholder or
 * contact on file): a sender who asks for something is the record's own
 * holder, not a stranger. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

static int letter(unsigned char c)
{
	return isalpha(c) || c >= 0x80;
}

/* Is the needle at h[p..p+n) a whole JSON string value ("...")? */
static int whole_value(const char *h, size_t hn, size_t p, size_t n)
{
	return p > 0 && p + n < hn && h[p - 1] == '"' && h[p + n] == '"';
}

/* The bounds [*os, *oe) of the innermost JSON object around offset p
 * (strings skipped, escapes honoured). 0 when p is in no object. */
static int object_at(const char *h, size_t hn, size_t p, size_t *os, size_t *oe)
{
	size_t st[32], d = 0, i;
	int str = 0, found = 0;
	for (i = 0; i < hn; i++) {
		char ch = h[i];
		if (str) {
			if (ch == '\\')
				i++;
			else if (ch == '"')
				str = 0;
		} else if (ch == '"') {
			str = 1;
		} else if (ch == '{') {
			if (d < 32)
				st[d] = i;
			d++;
		} else if (ch == '}' && d) {
			d--;
			if (found && d + 1 == (size_t)found) {
				*oe = i + 1;
				return 1;
			}
		}
		if (i == p && !found) {
			if (!d || d > 32)
				return 0;
			*os = st[d - 1];
			found = (int)d;
		}
	}
	return 0;
}

/* A record, not a message: none of the keys a message's text sits in. */
static int record_like(const char *h, size_t os, size_t oe)
{
	static const char *const keys[] = {"\"body\"",    "\"text\"",     "\"message\"",
					   "\"content\"", "\"note\"",     "\"notes\"",
					   "\"comment\"", "\"comments\"", "\"subject\"",
					   "\"snippet\"", "\"summary\"",  "\"description\"",
					   NULL};
	size_t k;
	for (k = 0; keys[k]; k++)
		if (memmem(h + os, oe - os, keys[k], strlen(keys[k])))
			return 0;
	return 1;
}

/* The nearest tool call before message i (an assistant message that is a
 * JSON array or object of calls), or -1. */
static long call_before(const pol_conv *c, size_t i)
{
	while (i-- > 0) {
		const char *s = c->m[i].text;
		if (c->m[i].role != RL_ROLE_ASSISTANT || !s || !c->m[i].len)
			continue;
		while (*s == ' ' || *s == '\n')
			s++;
		if (*s == '[' || *s == '{')
			return (long)i;
	}
	return -1;
}

long pol_call_span(const pol_conv *c, size_t i, size_t *a, size_t *b)
{
	long j = call_before(c, i);
	const char *h;
	size_t hn, k = 0, total = 0, u, p, st = 0, d = 0, el = 0;
	int str = 0;
	if (j < 0)
		return -1;
	h = c->low[j];
	hn = c->m[j].len;
	*a = 0;
	*b = hn;
	for (u = (size_t)j + 1; u < c->n && c->m[u].role == RL_ROLE_TOOL; u++) {
		k += u < i;
		total++;
	}
	/* the calls of a parallel array, in order: the k-th produced message
	 * i when there are as many results as calls */
	for (p = 0; p < hn; p++) {
		char ch = h[p];
		if (str) {
			if (ch == '\\')
				p++;
			else if (ch == '"')
				str = 0;
			continue;
		}
		if (ch == '"')
			str = 1;
		else if (ch == '{' || ch == '[') {
			if (ch == '{' && d == 1)
				st = p;
			d++;
		} else if ((ch == '}' || ch == ']') && d) {
			d--;
			if (ch == '}' && d == 1) {
				if (el == k) {
					*a = st;
					*b = p + 1;
				}
				el++;
			}
		}
	}
	if (h[0] != '[' || el != total || el < 2) {
		*a = 0;
		*b = hn;
	}
	return j;
}

/* Does word w[0..n) occur in h[a..b) as a whole word outside a JSON key? */
static int value_word(const char *h, size_t a, size_t b, const char *w, size_t n)
{
	const char *p = h + a;
	while (b > a && (size_t)(p - h) < b && (p = memmem(p, b - (size_t)(p - h), w, n))) {
		size_t e = (size_t)(p - h) + n;
		if ((p == h || !letter((unsigned char)p[-1])) &&
		    (e >= b || !letter((unsigned char)h[e])) &&
		    !(e + 1 < b && h[e] == '"' && h[e + 1] == ':'))
			return 1;
		p++;
	}
	return 0;
}

/* Does the record h[os..oe) hold, as a value or a piece of one (a name,
 * an address's local part), a name the user wrote (a capitalised word of
 * four or more letters) that the call at message j carried as well? With
 * os == oe, did the call carry such a name at all (the lookup answered
 * with one record that holds no name)? */
static int names_user_person(const pol_conv *c, const char *h, size_t os, size_t oe, long j,
			     size_t ca, size_t cb)
{
	size_t u;
	for (u = 0; u < c->n; u++) {
		const char *s = c->m[u].text, *l = c->low[u];
		size_t n = s ? c->m[u].len : 0, a = 0;
		if (c->m[u].role != RL_ROLE_USER)
			continue;
		while (a < n) {
			size_t b = a;
			while (b < n && letter((unsigned char)s[b]))
				b++;
			if (b - a >= 4 && isupper((unsigned char)s[a]) &&
			    (os == oe || value_word(h, os, oe, l + a, b - a)) &&
			    value_word(c->low[j], ca, cb, l + a, b - a))
				return 1;
			a = b + 1;
		}
	}
	return 0;
}

int pol_resolved(const pol_conv *c, size_t i, const pol_target *t)
{
	const char *h = c->low[i];
	size_t hn = c->m[i].text ? c->m[i].len : 0, from = 0, ca, cb;
	long j;
	/* an address at a domain the system or the user named (a colleague
	 * the directory found), or an account id; a directory's answer at an
	 * outside domain is no colleague's (a stranger for the leak rules) */
	if ((t->kind != TGT_EMAIL && t->kind != TGT_WHOLE) || c->inj[i] ||
	    (t->kind == TGT_EMAIL && !pol_target_principal(c, t)) ||
	    (j = pol_call_span(c, i, &ca, &cb)) < 0)
		return 0;
	while (from < hn) {
		const char *p = memmem(h + from, hn - from, t->norm, t->nlen);
		size_t at, os, oe;
		if (!p)
			break;
		at = (size_t)(p - h);
		if (whole_value(h, hn, at, t->nlen) && object_at(h, hn, at, &os, &oe) &&
		    record_like(h, os, oe)) {
			size_t lead = 0;
			while (lead < hn && (h[lead] == ' ' || h[lead] == '\n'))
				lead++;
			/* the lookup's whole answer is this one record (results of
			 * parallel calls are joined by newlines) */
			if (names_user_person(c, h, os, oe, j, ca, cb) ||
			    ((lead == os || h[os - 1] == '\n') && (oe >= hn || h[oe] == '\n') &&
			     names_user_person(c, h, 0, 0, j, ca, cb)))
				return 1;
		}
		from = at + 1;
	}
	return 0;
}

int pol_on_file(const pol_conv *c, size_t i, const pol_target *t)
{
	size_t k;
	if (t->kind != TGT_EMAIL)
		return 0;
	for (k = 0; k < c->n; k++) {
		const char *h = c->low[k];
		size_t hn = c->m[k].text ? c->m[k].len : 0, from = 0;
		if (k == i || c->m[k].role != RL_ROLE_TOOL || c->inj[k])
			continue;
		while (from < hn) {
			const char *p = memmem(h + from, hn - from, t->norm, t->nlen);
			size_t at, os, oe;
			if (!p)
				break;
			at = (size_t)(p - h);
			if (whole_value(h, hn, at, t->nlen) && object_at(h, hn, at, &os, &oe) &&
			    record_like(h, os, oe))
				return 1;
			from = at + 1;
		}
	}
	return 0;
}

/* Does the user's message open by refusing ("no", "don't", "wait")? */
static int refuses(const char *s, size_t n)
{
	static const char *const no[] = {"no",  "nope", "nah",  "don't", "dont", "do not",
					 "not", "wait", "stop", "never", "nein", "non",
					 "nie", "nee",  "não",  "nao",   NULL};
	size_t k, a = 0;
	while (a < n && !letter((unsigned char)s[a]))
		a++;
	for (k = 0; no[k]; k++) {
		size_t l = strlen(no[k]);
		if (a + l <= n && !memcmp(s + a, no[k], l) &&
		    (a + l == n || !letter((unsigned char)s[a + l])))
			return 1;
	}
	return 0;
}

int pol_confirmed(const pol_conv *c, const pol_target *t)
{
	size_t u = c->n, j;
	const char *h;
	size_t hn;
	/* the user's last turn, and the assistant's last words before it */
	while (u > 0 && !(c->m[u - 1].role == RL_ROLE_USER && c->m[u - 1].text && c->m[u - 1].len))
		u--;
	if (!u || refuses(c->low[u - 1], c->m[u - 1].len))
		return 0;
	for (j = u - 1; j > 0; j--) {
		const char *s = c->m[j - 1].text;
		if (c->m[j - 1].role == RL_ROLE_USER && s && c->m[j - 1].len)
			return 0; /* two user turns in a row: nothing shown between */
		if (c->m[j - 1].role != RL_ROLE_ASSISTANT || !s || !c->m[j - 1].len)
			continue;
		while (*s == ' ' || *s == '\n')
			s++;
		if (*s != '[' && *s != '{') /* prose, not tool calls */
			break;
	}
	if (!j)
		return 0;
	j--;
	h = t->kind == TGT_NUM ? c->cmp[j] : c->low[j];
	hn = t->kind == TGT_NUM ? c->cmpn[j] : c->m[j].len;
	return t->nlen && hn >= t->nlen && memmem(h, hn, t->norm, t->nlen) != NULL;
}

int pol_user_named_cap(const pol_conv *c, const pol_target *t)
{
	const char *at, *a;
	size_t u;
	if (t->kind != TGT_EMAIL || !(at = memchr(t->norm, '@', t->nlen)))
		return 0;
	for (a = t->norm; a < at;) {
		const char *b = a;
		while (b < at && letter((unsigned char)*b))
			b++;
		for (u = 0; b - a >= 4 && u < c->n; u++) {
			const char *s = c->m[u].text;
			size_t n = s ? c->m[u].len : 0, w = 0;
			if (c->m[u].role != RL_ROLE_USER)
				continue;
			while (w < n) {
				size_t e = w;
				while (e < n && letter((unsigned char)s[e]))
					e++;
				if (e - w == (size_t)(b - a) && isupper((unsigned char)s[w]) &&
				    !memcmp(c->low[u] + w, a, e - w))
					return 1;
				w = e + 1;
			}
		}
		a = b < at ? b + 1 : b;
	}
	return 0;
}

/* Did the user name, with an identifier holding a digit or a dot (a
 * ticket or case number, a URL, a file name; not a hyphenated name), the
 * call that produced tool message i? */
int pol_designated_by_id(const pol_conv *c, size_t i)
{
	size_t ca, cb, u;
	long j = pol_call_span(c, i, &ca, &cb);
	if (j < 0)
		return 0;
	for (u = 0; u < i; u++) {
		const char *s = c->low[u];
		size_t n = c->m[u].text ? c->m[u].len : 0, a = 0;
		if (c->m[u].role != RL_ROLE_USER)
			continue;
		while (a < n) {
			size_t b = a, q;
			int digit = 0;
			while (b < n && (isalnum((unsigned char)s[b]) || strchr("._-/", s[b])))
				b++;
			while (b > a && strchr("._-/", s[b - 1]))
				b--;
			for (q = a; q < b; q++)
				digit |= isdigit((unsigned char)s[q]) || (s[q] == '.' && q > a);
			if (b - a >= 4 && digit && memmem(c->low[j] + ca, cb - ca, s + a, b - a))
				return 1;
			a = b + 1;
		}
	}
	return 0;
}

/* `beside_resolved:`: does the action name an e-mail address that is not
 * one a lookup in tool output resolved for a person the user named, while
 * the conversation holds such a resolved address (the person's real one)?
 * (copies made) */
int pol_beside_resolved(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	size_t f, k, i, any = 0;
	pol_target tv[8];
	for (i = 0; i < c->n && !any; i++) {
		size_t nt;
		if (c->m[i].role != RL_ROLE_TOOL || !c->m[i].text)
			continue;
		nt = pol_targets(ar, c->low[i], c->m[i].len, 0, tv, 8);
		for (k = 0; k < nt && !any; k++)
			any = tv[k].kind == TGT_EMAIL && pol_resolved(c, i, &tv[k]);
	}
	if (!any)
		return 0;
	for (f = 0; f < a->nfields; f++) {
		size_t nt;
		if (!a->fields[f].value || !a->fields[f].len)
			continue;
		nt = pol_targets(ar, a->fields[f].value, a->fields[f].len, 0, tv, 8);
		for (k = 0; k < nt; k++)
			if (tv[k].kind == TGT_EMAIL && pol_target_origin(c, &tv[k]) != ORG_TRUSTED)
				return 1;
	}
	return 0;
}
