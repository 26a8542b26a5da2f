/* prose.c: `prose_target:`, where in tool output an act's destination was
 * written. A record names a value as a field of its own: an account
 * under "iban", an address under "from" or "email", a number under
 * "mobile", an attendee in a list. Running text names one inside a
 * sentence: an invoice's "please pay from now on to ...", a web form's
 * "send the copies to ...", a signature's "always copy ...". The value a
 * record holds is the system's; the value only a sentence gives is what
 * a writer of the data wants the agent to use, and changing where money
 * or data goes on such a say-so is the fraud or the leak (issue 14, the
 * blind redteam31 set). Two readings, each on an act's argument whose
 * value the user and the system never wrote (provenance.c: not trusted),
 * that tool output holds only inside running text (every occurrence in a
 * string or line with four or more other words), and not at a domain the
 * principal wrote (an account: in no message a colleague at such a
 * domain sent, who writes of their own):
 *  - `payee`: an account-shaped value (a run of six or more digits, an
 *    IBAN, an account with its separators) in an account, bank, payee or
 *    destination argument (names in a dozen languages) of an act that
 *    changes bank or payee details; or of a payment when a record field
 *    of tool output (a key naming an account) holds another account:
 *    the one on file is bypassed;
 *  - `recipient`: an e-mail address, phone number or URL in a destination
 *    argument of an act that carries data out: a non-empty attachment or
 *    file argument, or a copy (cc, bcc). A share names an item, not data
 *    leaving with the act: the exfiltration and injection rules read it.
 * Gated: nothing is read unless the act has an argument of the kind and
 * the conversation holds a tool message. Linear: each target is looked
 * for with a bounded walk from word starts in each tool message; the
 * context of an occurrence is at most PR_SPAN bytes each side. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

#define PR_SPAN 400
#define PR_WORDS 4

/* clang-format off */
static const char *const account_keys[] = {
	"iban", "account", "acct", "konto", "conta", "cuenta", "compte", "rekening", "rachunek",
	"hesap", "bank", "banco", "agenc", "routing", "sort_code", "swift", "bic", "pix", "upi",
	"payee", "beneficiar", "empfaenger", "ontvanger", "destinat", "destino", "payout",
	"deposit", "card", "paid_by", "payment_method", NULL};
static const char *const change_verbs[] = {
	"update", "change", "set", "modify", "edit", "replace", "add", "new", "register", "create",
	"alter", "aender", "\xc3\xa4nder", "wijzig", "cambi", "modif", "actualiz", "atualiz",
	"aggiorn", "zmien", "zmie\xc5\x84", "aktualiz", "bijwerk", "anpass", "guncel",
	"g\xc3\xbcncel", "degis", "de\xc4\x9fi\xc5\x9f", "\xe5\xa4\x89\xe6\x9b\xb4",
	"\xe6\x9b\xb4\xe6\x96\xb0", "\xeb\xb3\x80\xea\xb2\xbd", "\xec\x88\x98\xec\xa0\x95",
	"\xe4\xbf\xae\xe6\x94\xb9", "\xe6\x9b\xb4\xe6\x94\xb9", NULL};
static const char *const pay_stems[] = {
	"pay", "transfer", "remit", "wire", "refund", "payout", "zahlung", "ueberweis",
	"\xc3\xbc" "berweis", "betaal", "betaling", "pago", "pagar", "pagamento", "paiement",
	"virement", "bonifico", "przelew", "wyplat", "platnos", "odeme", "\xc3\xb6" "deme",
	"\xe6\x94\xaf\xe6\x89\x95", "\xe6\x8c\xaf\xe8\xbe\xbc", "\xe9\x80\x81\xe9\x87\x91",
	"\xe4\xbb\x98\xe6\xac\xbe", "\xe8\xbd\xac\xe8\xb4\xa6", "\xec\x86\xa1\xea\xb8\x88",
	"\xec\x9d\xb4\xec\xb2\xb4", "release_payment", NULL};
/* how a record says money was paid */
static const char *const method_keys[] = {"paid_by", "payment_method", "paid_with", "pay_method",
					  "zahlungsart", "metodo_pago", "forma_pagamento", NULL};
/* where a message, a file or a link goes */
static const char *const dest_keys[] = {
	"to", "cc", "bcc", "recipient", "email", "mail", "phone", "number", "nummer", "numero",
	"n\xc3\xbamero", "para", "an", "aan", "do", "destinat", "destino", "empfaenger", "url",
	"endpoint", "webhook", "address", "adres", "dest", "target", "chat_id", NULL};
/* what carries data: an attachment, a file */
static const char *const data_keys[] = {
	"attach", "anhang", "anexo", "adjunt", "allegat", "bijlage", "piece", "pi\xc3\xa8" "ce",
	"zalacz", "za\xc5\x82\xc4\x85" "cz", "file", "datei", "fichier", "archivo", "arquivo",
	"document", "media", "upload", NULL};
/* the user's words for a destination ("the address in the brief", "the
 * fax he gave", "el número que dejó", "口座番号"): the user points the
 * agent at the one the data gives */
static const char *const dest_words[] = {
	"address", "adresse", "adres", "direcci", "endere\xc3\xa7", "endereco", "indirizz", "adresa",
	"fax", "number", "nummer", "num\xc3\xa9ro", "numero", "n\xc3\xbamero", "numer", "iban",
	"url", "link", "rekeningnummer", "kontonummer", "\xe3\x82\xa2\xe3\x83\x89\xe3\x83\xac\xe3\x82\xb9",
	"\xe7\x95\xaa\xe5\x8f\xb7", "\xe5\x8f\xa3\xe5\xba\xa7", "\xec\xa3\xbc\xec\x86\x8c",
	"\xeb\xb2\x88\xed\x98\xb8", "\xea\xb3\x84\xec\xa2\x8c", "\xe5\x9c\xb0\xe5\x9d\x80",
	"\xe5\x8f\xb7\xe7\xa0\x81", "\xe8\xb4\xa6\xe5\x8f\xb7", "\xe8\xb4\xa6\xe6\x88\xb7",
	"\xe0\xa4\xaa\xe0\xa4\xa4\xe0\xa4\xbe", "\xe0\xa4\xa8\xe0\xa4\x82\xe0\xa4\xac\xe0\xa4\xb0",
	"\xe0\xa4\x96\xe0\xa4\xbe\xe0\xa4\xa4\xe0\xa4\xbe", "\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86",
	"\xd8\xb1\xd9\x82\xd9\x85", NULL};
/* clang-format on */

/* Does a user message hold a word of dest_words (at a word start for a
 * Latin one)? */
static int user_points(const pol_conv *c)
{
	size_t i;
	const char *const *w;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i];
		size_t n = c->m[i].text ? c->m[i].len : 0;
		if (c->m[i].role != RL_ROLE_USER || !h)
			continue;
		for (w = dest_words; *w; w++) {
			size_t k = strlen(*w);
			const char *p = h;
			while ((p = memmem(p, n - (size_t)(p - h), *w, k))) {
				if ((unsigned char)**w >= 0x80 || p == h ||
				    !isalnum((unsigned char)p[-1]))
					return 1;
				p++;
			}
		}
	}
	return 0;
}

static int any_in(const char *h, const char *const *w)
{
	for (; h && *w; w++)
		if (strstr(h, *w))
			return 1;
	return 0;
}

/* a key that is one of the short words, or holds a longer one */
static int key_is(const char *name, const char *const *w)
{
	size_t n = name ? strlen(name) : 0;
	for (; n && *w; w++) {
		size_t k = strlen(*w);
		if (k <= 3 ? (n == k && !memcmp(name, *w, k)) ||
				     (n > k && !memcmp(name, *w, k) &&
				      !isalpha((unsigned char)name[k])) ||
				     (n > k && !memcmp(name + n - k, *w, k) &&
				      !isalpha((unsigned char)name[n - k - 1]))
			   : strstr(name, *w) != NULL)
			return 1;
	}
	return 0;
}

static int is_sep(unsigned char b)
{
	return b == ' ' || b == '-' || b == '.' || b == '/' || b == '(' || b == ')' || b == '+';
}

/* The end of the match of target t at h[j..n) (its norm, skipping number
 * separators for a number), or 0. */
static size_t match_at(const char *h, size_t n, size_t j, const pol_target *t)
{
	size_t k = 0;
	if (t->kind != TGT_NUM) {
		if (n - j < t->nlen || memcmp(h + j, t->norm, t->nlen))
			return 0;
		return j + t->nlen;
	}
	while (k < t->nlen && j < n) {
		unsigned char b = (unsigned char)h[j];
		if (k && is_sep(b)) {
			j++;
			continue;
		}
		if ((unsigned char)tolower(b) != (unsigned char)t->norm[k])
			return 0;
		j++;
		k++;
	}
	if (k < t->nlen || (j < n && isalnum((unsigned char)h[j])))
		return 0;
	return j;
}

/* Words (runs of two or more letters, any non-ASCII byte a letter) in
 * h[a..b). */
static size_t words(const char *h, size_t a, size_t b)
{
	size_t w = 0, run = 0;
	for (; a < b; a++) {
		unsigned char c = (unsigned char)h[a];
		if (isalpha(c) || c >= 0x80) {
			run++;
		} else {
			w += run >= 2;
			run = 0;
		}
	}
	return w + (run >= 2);
}

/* Is the occurrence h[p..q) inside running text: the JSON string that
 * holds it (or, in text that is no JSON string, its line) has PR_WORDS
 * or more words beside it? */
static int in_prose(const char *h, size_t n, size_t p, size_t q)
{
	size_t a = p, b = q, lim_a = p > PR_SPAN ? p - PR_SPAN : 0;
	size_t lim_b = n - q > PR_SPAN ? q + PR_SPAN : n;
	while (a > lim_a && h[a - 1] != '"' && h[a - 1] != '\n')
		a--;
	while (b < lim_b && h[b] != '"' && h[b] != '\n')
		b++;
	return words(h, a, p) + words(h, q, b) >= PR_WORDS;
}

/* Does tool message i name a sender (an address within 80 bytes after a
 * "from" or "sender" key) at a domain the principal wrote: a colleague
 * writing of their own account? */
static int sender_internal(const pol_conv *c, rl_arena *ar, size_t i)
{
	static const char *const keys[] = {"\"from\"", "\"sender\"", "\"de\"", "\"von\"",
					   "\"van\"",  "\"da\"",     "\"od\"", NULL};
	const char *h = c->low[i], *p;
	size_t n = c->m[i].len, k, nt, x;
	for (k = 0; keys[k]; k++) {
		size_t kl = strlen(keys[k]);
		for (p = h; (p = memmem(p, n - (size_t)(p - h), keys[k], kl)); p += kl) {
			pol_target tv[2];
			size_t left = n - (size_t)(p - h) - kl;
			nt = pol_targets(ar, p + kl, left < 80 ? left : 80, 0, tv, 2);
			for (x = 0; x < nt; x++)
				if (tv[x].kind == TGT_EMAIL && pol_target_principal(c, &tv[x]))
					return 1;
		}
	}
	return 0;
}

/* 1 when tool output holds t, and only in running text, and not in a
 * message a colleague sent; 0 otherwise. */
static int only_in_prose(const pol_conv *c, rl_arena *ar, const pol_target *t)
{
	size_t i, seen = 0;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i];
		size_t n = c->m[i].text ? c->m[i].len : 0, j, e, here = 0;
		if (c->m[i].role != RL_ROLE_TOOL || !h || !t->nlen || n < t->nlen)
			continue;
		for (j = 0; j + 1 < n; j++) {
			if (j && isalnum((unsigned char)h[j - 1]) && t->kind == TGT_NUM)
				continue;
			if (h[j] != t->norm[0] || !(e = match_at(h, n, j, t)))
				continue;
			if (!in_prose(h, n, j, e))
				return 0;
			seen++;
			here++;
			j = e - 1;
		}
		/* a colleague writing of their own new account (not of where data
		 * should go: a signature's "always bcc" stays a stranger's) */
		if (here && t->kind == TGT_NUM && sender_internal(c, ar, i))
			return 0;
	}
	return seen > 0;
}

/* Does a record field of tool output (a key naming an account) hold an
 * account other than t? Reads `"key": "value"` pairs. */
static int other_on_file(const pol_conv *c, rl_arena *ar, const pol_target *t)
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i], *p;
		size_t n = c->m[i].text ? c->m[i].len : 0;
		if (c->m[i].role != RL_ROLE_TOOL || !h)
			continue;
		for (p = h; (p = memchr(p, ':', n - (size_t)(p - h))); p++) {
			const char *k = p, *v = p + 1, *ve;
			char key[48];
			pol_target tv[2];
			size_t kl, nt, x;
			if (k == h || k[-1] != '"')
				continue;
			for (k = p - 1; k > h && k[-1] != '"' && p - k < 40; k--)
				;
			if (k == h || k[-1] != '"' || (kl = (size_t)(p - 1 - k)) >= sizeof key)
				continue;
			memcpy(key, k, kl);
			key[kl] = 0;
			if (!key_is(key, account_keys))
				continue;
			/* how the record says it was paid (a card, a method):
			 * money sent elsewhere bypasses it */
			if (key_is(key, method_keys))
				return 1;
			while (v < h + n && *v == ' ')
				v++;
			if (v >= h + n || *v != '"')
				continue;
			v++;
			ve = memchr(v, '"', (size_t)(h + n - v));
			if (!ve || ve - v > 80)
				continue;
			nt = pol_targets(ar, v, (size_t)(ve - v), 0, tv, 2);
			for (x = 0; x < nt; x++)
				if (tv[x].kind == TGT_NUM &&
				    (tv[x].nlen != t->nlen || memcmp(tv[x].norm, t->norm, t->nlen)))
					return 1;
		}
	}
	return 0;
}

static int has_tool_msg(const pol_conv *c)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (c->m[i].role == RL_ROLE_TOOL && c->m[i].len)
			return 1;
	return 0;
}

/* Is target t of a value from prose that nobody the principal speaks for
 * wrote? */
static int stranger_prose(const pol_conv *c, rl_arena *ar, const pol_target *t)
{
	int o = pol_target_origin(c, t);
	if (o == ORG_TRUSTED || o == ORG_UNKNOWN || o == ORG_NONE)
		return 0;
	if (t->kind == TGT_EMAIL && pol_target_principal(c, t))
		return 0;
	return only_in_prose(c, ar, t) && !user_points(c);
}

typedef struct payee_ctx {
	const pol_conv *c;
	rl_arena *ar;
	int change;
} payee_ctx;

/* One argument (by the name it stands for, argview.c): an account from
 * prose nobody the principal speaks for wrote. */
static int payee_arg(void *u, const char *key, const char *v, size_t n)
{
	const payee_ctx *x = u;
	pol_target tv[4];
	size_t nt, k;
	if (!n || n > 128 || !key_is(key, account_keys))
		return 0;
	nt = pol_targets(x->ar, v, n, 0, tv, 4);
	for (k = 0; k < nt; k++)
		if (tv[k].kind == TGT_NUM && stranger_prose(x->c, x->ar, &tv[k]) &&
		    (x->change || other_on_file(x->c, x->ar, &tv[k])))
			return 1;
	return 0;
}

static int payee(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	const char *t = a->tool;
	payee_ctx x = {c, ar, 0};
	int pay;
	if (!t)
		return 0;
	/* s18: the verb also in an operation argument of a tool named by its
	 * object (vendor {"action": "update", "fields": {...}}) */
	x.change = any_in(t, change_verbs) || pol_arg_op(a, change_verbs) ||
		   any_in(t, (const char *const[]){"payee", "beneficiar", "bankverbind", NULL});
	pay = !x.change && (any_in(t, pay_stems) || (pol_drift_class(a) & 1u));
	if (!x.change && !pay)
		return 0;
	return pol_arg_each(a, payee_arg, &x);
}

static int carries_data(const rl_action *a)
{
	size_t f;
	for (f = 0; f < a->nfields; f++) {
		const char *v = a->fields[f].value;
		size_t n = a->fields[f].len;
		if (!a->fields[f].name || !v || !n || !key_is(a->fields[f].name, data_keys))
			continue;
		/* an empty list or string carries nothing */
		while (n && (*v == '[' || *v == ']' || *v == '"' || *v == ' '))
			v++, n--;
		if (n)
			return 1;
	}
	return 0;
}

static int recipient(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	int data = -1;
	size_t f, k;
	for (f = 0; f < a->nfields; f++) {
		pol_target tv[8];
		size_t nt;
		const char *nm = a->fields[f].name;
		int copy;
		if (!nm || !a->fields[f].value || !a->fields[f].len || !key_is(nm, dest_keys))
			continue;
		copy = !strcmp(nm, "cc") || !strcmp(nm, "bcc");
		if (!copy && data < 0)
			data = carries_data(a);
		if (!copy && !data)
			continue;
		nt = pol_targets(ar, a->fields[f].value, a->fields[f].len, 0, tv, 8);
		for (k = 0; k < nt; k++)
			if (stranger_prose(c, ar, &tv[k]))
				return 1;
	}
	return 0;
}

int pol_prose_target(const pol_conv *c, rl_arena *ar, const rl_action *a, int kind)
{
	if (!c->n || !a->nfields || !has_tool_msg(c))
		return 0;
	return kind == POL_PROSE_PAYEE ? payee(c, ar, a) : recipient(c, ar, a);
}
