/* consentout.c: a record's content sent past the consent the record
 * itself states (s19, issue 14; docs/policy.md "A record sent past its
 * own consent"). Read from data fields, not from what the message says:
 *  - a tool result holds an object with a consent field: a key that
 *    names consent, a nominee or the contacts authorised to be told
 *    (consent_to_share, nominee, nominated_contacts, authorised_contacts,
 *    share_with, release_to; Einwilligung, consentimiento, toestemming,
 *    同意, 동의 ...), whatever its value (none, null, a list of people);
 *  - a message act sends to a recipient the consent field does not name
 *    (no token of its address or name there), who is not in the records
 *    at all (an address tool output holds is the subject's own or a
 *    contact on file), and whose message names no one the consent field
 *    names ("Hi Dana" to a nominee reached by phone);
 *  - the message copies at least two content words of that object's other
 *    fields (lowercase words of five letters or more, which no user or
 *    system message holds): the record's content, not its subject's name.
 * The user asking does not make the recipient entitled: the record's own
 * consent is the operator's condition. Cost: a tool message is parsed only
 * when its lowercased text holds a consent key's stem; objects are walked
 * to a fixed depth and a fixed count. jansson parses (a library, not hand
 * code). */
#include "policy/policy_int.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "redline/detect.h"

/* clang-format off */
/* stems of a consent key, compared inside the lowercased key */
static const char *const consent_key[] = {
	"consent", "nominee", "nominated", "authorised_contact", "authorized_contact",
	"authorised_to", "authorized_to", "share_with", "release_to", "permitted_contact",
	"einwillig", "zustimmung", "consentim", "consentement", "consenso", "toestemming",
	"samtycke", "zgod", "согласи", "onay", "同意", "동의",
	NULL};
/* common words of five letters or more that any record's prose holds */
static const char *const common[] = {
	"about", "after", "again", "being", "could", "every", "other", "their", "there", "these",
	"those", "where", "which", "while", "would", "should", "today", "since", "until", "under",
	"between", "before", "through", "within", "without", "status", "outcome", "found",
	NULL};
/* clang-format on */

#define CO_DEPTH 6
#define CO_OBJS 64
#define CO_MINW 5

static int key_is_consent(const char *k)
{
	char low[96];
	size_t i, n = strlen(k);
	if (n >= sizeof low)
		n = sizeof low - 1;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)k[i]);
	low[n] = 0;
	for (i = 0; consent_key[i]; i++)
		if (strstr(low, consent_key[i]))
			return 1;
	return 0;
}

static int wbyte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* Does lowercased h[0..n) hold w[0..l) as a whole word? */
static int has_word(const char *h, size_t n, const char *w, size_t l)
{
	const char *p = h, *e = h + n;
	if (!l)
		return 0;
	while ((size_t)(e - p) >= l && (p = memmem(p, (size_t)(e - p), w, l))) {
		size_t at = (size_t)(p - h);
		if ((at == 0 || !wbyte((unsigned char)h[at - 1])) &&
		    (at + l >= n || !wbyte((unsigned char)h[at + l])))
			return 1;
		p++;
	}
	return 0;
}

static char *lower_dup(const char *s, size_t n)
{
	char *o = malloc(n + 1);
	size_t i;
	if (!o)
		return NULL;
	for (i = 0; i < n; i++)
		o[i] = (char)tolower((unsigned char)s[i]);
	o[n] = 0;
	return o;
}

/* A field that names whom a message reaches: to, to_name, recipient(s),
 * email, phone, number, address, cc (not an id: a close act's case id
 * reaches no one). */
static int to_field(const char *name)
{
	char low[32];
	size_t i, n = strlen(name);
	if (n >= sizeof low)
		return 0;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)name[i]);
	low[n] = 0;
	return !strcmp(low, "to") || !strncmp(low, "to_", 3) || strstr(low, "recipient") ||
	       !strcmp(low, "email") || !strcmp(low, "phone") || !strcmp(low, "number") ||
	       !strcmp(low, "cc") || !strcmp(low, "address") || !strcmp(low, "mobile");
}

/* The act's recipient values (fields naming a target) joined, lowercased;
 * and its prose (every other field), lowercased. */
typedef struct {
	char *to, *body;
	size_t ton, bodyn;
} co_act;

static int act_texts(const rl_action *a, co_act *x)
{
	size_t i, tn = 0, bn = 0;
	for (i = 0; i < a->nfields; i++) {
		if (!a->fields[i].name || !a->fields[i].value)
			continue;
		if (to_field(a->fields[i].name))
			tn += a->fields[i].len + 1;
		else
			bn += a->fields[i].len + 1;
	}
	if (!tn || bn < 24)
		return 0;
	x->to = malloc(tn + 1), x->body = malloc(bn + 1);
	if (!x->to || !x->body)
		return -1;
	for (i = 0; i < a->nfields; i++) {
		const rl_field *f = &a->fields[i];
		char *d;
		size_t *dn, j;
		if (!f->name || !f->value)
			continue;
		d = to_field(f->name) ? x->to : x->body;
		dn = d == x->to ? &x->ton : &x->bodyn;
		for (j = 0; j < f->len; j++)
			d[(*dn)++] = (char)tolower((unsigned char)f->value[j]);
		d[(*dn)++] = ' ';
	}
	x->to[x->ton] = 0, x->body[x->bodyn] = 0;
	return 1;
}

/* Is any message of `role` holding lowercased w[0..l)? */
static int conv_has(const pol_conv *c, int role, const char *w, size_t l)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (c->m[i].role == role && c->low[i] && c->m[i].len &&
		    memmem(c->low[i], c->m[i].len, w, l))
			return 1;
	return 0;
}

/* The recipient's tokens (three bytes or more, split at separators other
 * than '@', '.', '+'): does the consent text hold one? does any tool
 * message hold a whole address (a token with '@' or a leading '+', or of
 * seven digits or more)? */
static int recipient_known(const pol_conv *c, const co_act *x, const char *cons, size_t cn)
{
	size_t i = 0;
	while (i < x->ton) {
		size_t s, l, dig = 0, k;
		int addr = 0;
		while (i < x->ton && (x->to[i] == ' ' || x->to[i] == ',' || x->to[i] == ';' ||
				      x->to[i] == '"' || x->to[i] == '<' || x->to[i] == '>'))
			i++;
		s = i;
		while (i < x->ton && !(x->to[i] == ' ' || x->to[i] == ',' || x->to[i] == ';' ||
				       x->to[i] == '"' || x->to[i] == '<' || x->to[i] == '>'))
			i++;
		l = i - s;
		if (l < 3)
			continue;
		for (k = s; k < i; k++) {
			dig += isdigit((unsigned char)x->to[k]) != 0;
			addr |= x->to[k] == '@';
		}
		addr |= x->to[s] == '+' || dig >= 7;
		if (memmem(cons, cn, x->to + s, l))
			return 1;
		/* a name's parts and an address's local part in the consent text */
		for (k = s; k < i;) {
			size_t b = k;
			while (k < i && isalpha((unsigned char)x->to[k]))
				k++;
			if (k - b >= 3 && has_word(cons, cn, x->to + b, k - b))
				return 1;
			while (k < i && !isalpha((unsigned char)x->to[k]))
				k++;
		}
		if (addr && conv_has(c, RL_ROLE_TOOL, x->to + s, l))
			return 1;
	}
	return 0;
}

/* Does the message name someone the consent field names (a capitalised
 * word of three letters or more in the raw consent text)? */
static int names_consented(const char *raw, size_t rn, const co_act *x)
{
	size_t i = 0;
	while (i < rn) {
		size_t b;
		while (i < rn && !isupper((unsigned char)raw[i]))
			i++;
		b = i;
		/* a given name: not inside a word, not after another capitalised
		 * word (a family name is shared by the subject and their kin) */
		if (b > 0 && (isalpha((unsigned char)raw[b - 1]) ||
			      (raw[b - 1] == ' ' && b > 1 && isalpha((unsigned char)raw[b - 2])))) {
			i++;
			continue;
		}
		i++;
		while (i < rn && (islower((unsigned char)raw[i]) || (unsigned char)raw[i] >= 0x80))
			i++;
		if (i - b >= 3) {
			char w[64];
			size_t l = i - b < sizeof w ? i - b : sizeof w - 1, k;
			for (k = 0; k < l; k++)
				w[k] = (char)tolower((unsigned char)raw[b + k]);
			if (has_word(x->body, x->bodyn, w, l))
				return 1;
		}
	}
	return 0;
}

static int is_common(const char *w, size_t l)
{
	size_t i;
	for (i = 0; common[i]; i++)
		if (strlen(common[i]) == l && !memcmp(common[i], w, l))
			return 1;
	return 0;
}

/* Count the distinct lowercase content words of string leaves under v
 * (not under consent keys) that the body holds and no user or system
 * message does; stops at 2. */
static void count_copied(const pol_conv *c, json_t *v, const co_act *x, int depth, int *got,
			 char seen[2][64])
{
	if (*got >= 2 || depth > CO_DEPTH || !v)
		return;
	if (json_is_object(v)) {
		const char *k;
		json_t *e;
		json_object_foreach(v, k, e)
			if (!key_is_consent(k))
				count_copied(c, e, x, depth + 1, got, seen);
	} else if (json_is_array(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e)
			count_copied(c, e, x, depth + 1, got, seen);
	} else if (json_is_string(v)) {
		const char *s = json_string_value(v);
		size_t n = json_string_length(v), i = 0;
		while (i < n && *got < 2) {
			size_t b = i;
			int upper = 0;
			while (i < n && wbyte((unsigned char)s[i]))
				upper |= isupper((unsigned char)s[i++]);
			if (!upper && i - b >= CO_MINW && i - b < 64 && !is_common(s + b, i - b) &&
			    has_word(x->body, x->bodyn, s + b, i - b) &&
			    !conv_has(c, RL_ROLE_USER, s + b, i - b) &&
			    !conv_has(c, RL_ROLE_SYSTEM, s + b, i - b) &&
			    !(*got == 1 && strlen(seen[0]) == i - b &&
			      !memcmp(seen[0], s + b, i - b))) {
				memcpy(seen[*got], s + b, i - b);
				seen[*got][i - b] = 0;
				(*got)++;
			}
			while (i < n && !wbyte((unsigned char)s[i]))
				i++;
		}
	}
}

/* Walk v for objects with a consent key; 1 when one is passed over. */
static int walk(const pol_conv *c, json_t *v, const co_act *x, int depth, int *objs)
{
	const char *k;
	json_t *e;
	if (depth > CO_DEPTH || ++*objs > CO_OBJS)
		return 0;
	if (json_is_array(v)) {
		size_t i;
		json_array_foreach(v, i, e)
			if (walk(c, e, x, depth + 1, objs))
				return 1;
		return 0;
	}
	if (!json_is_object(v))
		return 0;
	json_object_foreach(v, k, e) {
		char *raw, *cons;
		size_t rn;
		int passed, got = 0;
		char seen[2][64];
		if (!key_is_consent(k))
			continue;
		if (!(raw = json_dumps(e, JSON_ENCODE_ANY)))
			return 0;
		rn = strlen(raw);
		cons = lower_dup(raw, rn);
		passed = cons && !recipient_known(c, x, cons, rn) && !names_consented(raw, rn, x);
		free(cons);
		free(raw);
		if (!passed)
			return 0; /* the recipient is the one consented to, or is on file */
		count_copied(c, v, x, 0, &got, seen);
		return got >= 2;
	}
	json_object_foreach(v, k, e)
		if (walk(c, e, x, depth + 1, objs))
			return 1;
	return 0;
}

int pol_consent_passed(const pol_conv *c, const rl_action *a)
{
	co_act x = {0};
	size_t i, j;
	int rc, hit = 0;
	if (!c || !c->n || !c->copied || !a || !rl_message_shape(a))
		return 0;
	for (i = 0; i < c->n; i++) {
		int stem = 0;
		if (c->m[i].role != RL_ROLE_TOOL || !c->low[i] || !c->m[i].len)
			continue;
		for (j = 0; consent_key[j] && !stem; j++)
			stem = memmem(c->low[i], c->m[i].len, consent_key[j],
				      strlen(consent_key[j])) != NULL;
		if (stem)
			break;
	}
	if (i == c->n)
		return 0;
	if ((rc = act_texts(a, &x)) <= 0)
		goto out;
	for (i = 0; i < c->n && !hit; i++) {
		json_t *root;
		int objs = 0;
		if (c->m[i].role != RL_ROLE_TOOL || !c->m[i].text || !c->m[i].len)
			continue;
		if (!(root = json_loadb(c->m[i].text, c->m[i].len, JSON_DECODE_ANY, NULL)))
			continue;
		hit = walk(c, root, &x, 0, &objs);
		json_decref(root);
	}
out:
	free(x.to);
	free(x.body);
	return hit;
}
