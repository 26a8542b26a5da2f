/* leakout.c: `confidential_out:`, material a tool result marks as
 * confidential carried by an action to a party outside the organisation
 * that the user never chose. An action holds when:
 *
 *  - a tool message carries a classification marking (confidential,
 *    privileged, internal only, board only, not for distribution, and the
 *    same labels in Spanish, French, German, Italian, Portuguese, Dutch,
 *    Polish, Swedish, Turkish, Japanese, Chinese and Korean: 社外秘,
 *    内部资料, 대외비, POUFNE, GİZLİ ...), written as a document's label,
 *    not a sentence of a mail footer (a marking followed by "intended
 *    for" or "received in error" is a disclaimer);
 *  - the action carries that message's material: an identifier or value
 *    with digits (a document id, a file name, a path, a figure such as
 *    "412,6" or "1.284.000.000") that occurs in the marked message or in
 *    the call that produced it, and that no user or system message wrote;
 *  - it names a destination (an address, URL or channel in a destination
 *    field: to, cc, emails, url, destination, channel ...) outside the
 *    domains the user or system wrote, that is not the correspondent the
 *    marked message came from or went to, nor the party it names by the
 *    name of the destination's domain (the client of a client's rate
 *    card: sending someone their own material is no leak), and whose
 *    address the user did not write; a person the user named only by
 *    name counts as chosen when the user's words also name the material
 *    (its id or a word of its title);
 *  - an HTTP call with a GET or HEAD method sends nothing.
 *
 * Cheap first: the action's destination fields are read before any tool
 * message; each scan is linear in its input (tokens are looked up with
 * memmem, at most LO_MAX_TOKENS per action). */
#include "policy/jsonkey.h"
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

#define LO_MAX_TOKENS 48
#define LO_MAX_MARKED 16

static int word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* A destination field: where the action sends, not what it says. */
static int dest_field(const char *f)
{
	static const char *const w[] = {
		"to",      "cc",         "bcc",          "recipient",    "recipients",
		"email",   "emails",     "address",      "addresses",    "url",
		"uri",     "endpoint",   "destination",  "dest",         "channel",
		"webhook", "target",     "share_with",   "users",        "invitees",
		"with",    "empfaenger", "destinatario", "destinataire", "para",
		"an",      NULL};
	size_t i;
	if (!f)
		return 0;
	for (i = 0; w[i]; i++)
		if (!strcmp(f, w[i]))
			return 1;
	return !strncmp(f, "to_", 3) || strstr(f, "recipient") || strstr(f, "email") ||
	       strstr(f, "destin");
}

/* Classification markings (lowercased UTF-8). Short ASCII words are
 * matched as whole words. */
static const char *const marks[] = {
	"confidential", "strictly private", "internal only", "internal use", "for internal",
	"not for distribution", "do not distribute", "do not forward", "not for publication",
	"attorney work product", "attorney-client", "board of directors only", "board only",
	"trade secret", "under embargo",
	/* s18: a court's sealing order */
	"under seal", "secreto de sumario", "secretato", "unter verschluss", "sous scell\xc3\xa9s",
	"sob sigilo", "embargoed", "confidencial", "uso interno", "no publicar", "no distribuir",
	"confidentiel", "usage interne", "diffusion restreinte", "ne pas diffuser", "vertraulich",
	"dienstgebrauch", "nicht zur weitergabe", "streng geheim", "riservato", "riservata",
	"confidenziale", "sigiloso", "privilegiado", "vertrouwelijk", "intern gebruik", "poufne",
	"informacja wewn\xc4\x99trzna",
	"tajemnica przedsi\xc4\x99"
	"biorstwa",
	"konfidentiell", "sekretess", "gizli", "hizmete \xc3\xb6zel",
	"firma d\xc4\xb1\xc5\x9f\xc4\xb1", "\xe7\xa4\xbe\xe5\xa4\x96\xe7\xa7\x98", /* 社外秘 */
	"\xe9\x83\xa8\xe5\xa4\x96\xe7\xa7\x98",                                    /* 部外秘 */
	"\xe6\xa9\x9f\xe5\xaf\x86",                                                /* 機密 */
	"\xe6\xa5\xb5\xe7\xa7\x98",                                                /* 極秘 */
	"\xe7\xa4\xbe\xe5\x86\x85\xe9\x99\x90",                                    /* 社内限 */
	"\xe6\x9c\xba\xe5\xaf\x86",                                                /* 机密 */
	"\xe7\xbb\x9d\xe5\xaf\x86",                                                /* 绝密 */
	"\xe5\x86\x85\xe9\x83\xa8\xe8\xb5\x84\xe6\x96\x99", /* 内部资料 */
	"\xe5\x86\x85\xe9\x83\xa8\xe6\x96\x87\xe4\xbb\xb6", /* 内部文件 */
	"\xe4\xb8\xa5\xe7\xa6\x81\xe5\xa4\x96\xe4\xbc\xa0", /* 严禁外传 */
	"\xeb\x8c\x80\xec\x99\xb8\xeb\xb9\x84",             /* 대외비 */
	"\xea\xb8\xb0\xeb\xb0\x80",                         /* 기밀 */
	"\xec\x82\xac\xeb\x82\xb4\xed\x95\x9c\xec\xa0\x95", /* 사내한정 */
	NULL};
/* whole words only */
static const char *const mark_words[] = {"intern", "interne",    "geheim", "hemlig", "secret",
					 "tajne",  "privileged", "sealed", NULL};

/* A marking followed by a mail footer's words is a disclaimer. */
static int disclaimer(const char *h, size_t n, size_t at)
{
	static const char *const w[] = {
		"intended",     "in error",          "addressee", "destinatario",
		"destinataire", "empf\xc3\xa4nger",  "por error", "par erreur",
		"irrtümlich",   "irrt\xc3\xbcmlich", NULL};
	size_t e = at + 240 < n ? at + 240 : n, k;
	for (k = 0; w[k]; k++)
		if (memmem(h + at, e - at, w[k], strlen(w[k])))
			return 1;
	return 0;
}

/* A short marking word is a label when written in capitals (INTERN,
 * SECRET) or as a value or heading ("intern", : geheim, [privileged]):
 * the intern who wrote the report is no marking. */
static int label_form(const char *orig, size_t n, size_t o, size_t l)
{
	size_t b = o;
	if (o + 1 < n && isupper((unsigned char)orig[o]) && isupper((unsigned char)orig[o + 1]))
		return 1;
	while (b > 0 && orig[b - 1] == ' ')
		b--;
	return (b > 0 && orig[b - 1] && strchr("\"':[(-", orig[b - 1])) ||
	       (o + l < n && orig[o + l] && strchr("\"]):-", orig[o + l]));
}

/* Does h[0..n) (lowercased; orig the text as written) carry a
 * classification marking? */
/* A marking that is a JSON key's name ("confidentiality": "public") is
 * a field, not a label, unless its value is true. */
static int key_name(const char *h, size_t n, size_t e)
{
	while (e < n && (word_byte((unsigned char)h[e]) || h[e] == '_' || h[e] == '-'))
		e++;
	if (e >= n || h[e] != '"')
		return 0;
	for (e++; e < n && h[e] == ' '; e++)
		;
	if (e >= n || h[e] != ':')
		return 0;
	for (e++; e < n && h[e] == ' '; e++)
		;
	return !(e + 4 <= n && !memcmp(h + e, "true", 4));
}

/* s19: a field that classifies the record ("classification",
 * "marking", "sensitivity" ...) whose value is a label other than a
 * public one: "RESTRICTED - ...", "OFFICIAL-SENSITIVE", "Commercial in
 * confidence". The key is schema, the value any label in any language;
 * only the closed class of words for "public" stands it down. Generic
 * keys ("label", "class", "category", "status") are not read: their
 * values are names and kinds. */
static int class_field(const char *h, const char *orig, size_t n)
{
	/* words that qualify who may have it, when the label is not written
	 * in capitals ("restricted - select agents", "board only") */
	static const char *const qual[] = {"restrict",
					   "sensitiv",
					   "confiden",
					   "only",
					   "limited",
					   "privileg",
					   "secret",
					   "internal",
					   "embargo",
					   "beschr\xc3\xa4nkt",
					   "eingeschr",
					   "vertraulich",
					   "intern",
					   "restreint",
					   "r\xc3\xa9serv\xc3\xa9",
					   "reservad",
					   "riservat",
					   "limitad",
					   "beperkt",
					   "ograniczon",
					   "begr\xc3\xa4nsad",
					   "s\xc4\xb1n\xc4\xb1rl\xc4\xb1",
					   "\xe9\x99\x90",             /* 限 */
					   "\xe5\x86\x85\xe9\x83\xa8", /* 内部 */
					   "\xe7\xa7\x98",             /* 秘 */
					   NULL};
	static const char *const key[] = {"classification",
					  "security_classification",
					  "data_classification",
					  "document_classification",
					  "protective_marking",
					  "security_marking",
					  "marking",
					  "data_sensitivity",
					  "confidentiality",
					  "klassifizierung",
					  "einstufung",
					  "vertraulichkeit",
					  "clasificacion",
					  "clasificaci\xc3\xb3n",
					  "classificacao",
					  "classifica\xc3\xa7\xc3\xa3o",
					  "classificazione",
					  "riservatezza",
					  "confidencialidad",
					  "confidentialit\xc3\xa9",
					  "rubricering",
					  "klasyfikacja",
					  "sekretessgrad",
					  "gizlilik",
					  NULL};
	/* values that say the record is open to anyone */
	static const char *const open[] = {"public",
					   "unclassified",
					   "open",
					   "none",
					   "n/a",
					   "tlp:clear",
					   "tlp:white",
					   "\xc3\xb6"
					   "ffentlich",
					   "p\xc3\xba"
					   "blico",
					   "publico",
					   "publique",
					   "pubblico",
					   "openbaar",
					   "publiczn",
					   "offentlig",
					   "genel",
					   "\xe5\x85\xac\xe9\x96\x8b", /* 公開 */
					   "\xe5\x85\xac\xe5\xbc\x80", /* 公开 */
					   "\xea\xb3\xb5\xea\xb0\x9c", /* 공개 */
					   NULL};
	size_t i, k;
	for (i = 2; i + 3 < n; i++) {
		size_t a, e, v;
		/* the key, back to its opening quote (\" in JSON inside a string) */
		if (!pol_json_key_before(h, i, &a, &e))
			continue;
		for (k = 0; key[k]; k++)
			if (strlen(key[k]) == e - a && !memcmp(h + a, key[k], e - a))
				break;
		if (!key[k])
			continue;
		/* the value: a string of two bytes or more */
		for (v = i + 1; v < n && h[v] == ' '; v++)
			;
		if (v < n && h[v] == '\\')
			v++;
		if (v >= n || h[v] != '"')
			continue;
		for (v++; v < n && h[v] == ' '; v++)
			;
		if (v + 2 > n || h[v] == '"' || h[v] == '\\' || h[v + 1] == '"')
			continue;
		for (k = 0; open[k]; k++)
			if (!strncmp(h + v, open[k], strlen(open[k])))
				break;
		if (open[k])
			continue;
		/* a label: written in capitals (RESTRICTED, OFFICIAL-SENSITIVE),
		 * or qualifying who may have it; a kind ("Class 3 flammable",
		 * "near miss") is no marking */
		if (isupper((unsigned char)orig[v]) && isupper((unsigned char)orig[v + 1]))
			return 1;
		{
			size_t q = v;
			while (q < n && h[q] != '"' && h[q] != '\\' && q - v < 160)
				q++;
			for (k = 0; qual[k]; k++)
				if (memmem(h + v, q - v, qual[k], strlen(qual[k])))
					return 1;
		}
	}
	return 0;
}

static int marked(const char *h, const char *orig, size_t n)
{
	size_t k;
	if (class_field(h, orig, n))
		return 1;
	for (k = 0; marks[k]; k++) {
		const char *p = h;
		size_t l = strlen(marks[k]);
		while ((p = memmem(p, n - (size_t)(p - h), marks[k], l))) {
			if (!disclaimer(h, n, (size_t)(p - h)) &&
			    !key_name(h, n, (size_t)(p - h) + l))
				return 1;
			p += l;
		}
	}
	for (k = 0; mark_words[k]; k++) {
		const char *p = h;
		size_t l = strlen(mark_words[k]);
		while ((p = memmem(p, n - (size_t)(p - h), mark_words[k], l))) {
			size_t o = (size_t)(p - h);
			if ((o == 0 || !word_byte((unsigned char)h[o - 1])) &&
			    (o + l >= n || !word_byte((unsigned char)h[o + l])) &&
			    label_form(orig, n, o, l) && !disclaimer(h, n, o) &&
			    !key_name(h, n, o + l)) /* s18: "sealed": false */
				return 1;
			p += l;
		}
	}
	return 0;
}

static int ci_has(const char *h, size_t n, const char *w, size_t wn)
{
	size_t i, j;
	for (i = 0; wn && i + wn <= n; i++) {
		for (j = 0; j < wn && tolower((unsigned char)h[i + j]) == (unsigned char)w[j]; j++)
			;
		if (j == wn)
			return 1;
	}
	return 0;
}

/* In message i's lowercased text, or in the call that produced it. */
static int in_msg(const pol_conv *c, size_t i, const char *t, size_t tn)
{
	size_t a, b;
	long am;
	if (memmem(c->low[i], c->m[i].len, t, tn))
		return 1;
	am = pol_call_span(c, i, &a, &b);
	if (am >= 0 && b > a && memmem(c->low[am] + a, b - a, t, tn))
		return 1;
	{ /* retyped: "R-201" for r201, "2.185.000" for 2185000 (ownrecord.c) */
		char k[65];
		size_t kn = pol_compact_token(t, tn, k, sizeof k);
		return kn && (pol_compact_in(c->low[i], c->m[i].len, k, kn) ||
			      (am >= 0 && b > a && pol_compact_in(c->low[am] + a, b - a, k, kn)));
	}
}

static int principal_wrote(const pol_conv *c, const char *t, size_t tn)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if ((c->m[i].role == RL_ROLE_USER || c->m[i].role == RL_ROLE_SYSTEM) &&
		    c->m[i].text && memmem(c->low[i], c->m[i].len, t, tn))
			return 1;
	return 0;
}

typedef struct lo_tok {
	const char *s;
	size_t n;
} lo_tok;

/* Tokens with digits in a value (an id, a file name, a figure): runs of
 * letters, digits, '-' and '_', with '.' and ',' kept between digits. */
static size_t tokens(const char *v, size_t n, lo_tok *out, size_t k, size_t max)
{
	size_t i = 0;
	while (i < n && k < max) {
		size_t s, d = 0;
		while (i < n && !isalnum((unsigned char)v[i]))
			i++;
		s = i;
		while (i < n &&
		       (isalnum((unsigned char)v[i]) || v[i] == '-' || v[i] == '_' ||
			((v[i] == '.' || v[i] == ',') && i > s && i + 1 < n &&
			 isdigit((unsigned char)v[i - 1]) && isdigit((unsigned char)v[i + 1])))) {
			d += isdigit((unsigned char)v[i]) != 0;
			i++;
		}
		if (i - s <= 64 && (d >= 3 || (d && i - s >= 4))) {
			out[k].s = v + s;
			out[k].n = i - s;
			k++;
		}
		if (i == s)
			i++;
	}
	return k;
}

/* Does the user's last message name the material of marked message m: a
 * token of its call (an id) or a word of four letters or more of its
 * title? */
static int user_names_material(const pol_conv *c, size_t m)
{
	size_t u = c->n, a, b;
	long am;
	const char *h;
	size_t hn, i;
	while (u-- > 0)
		if (c->m[u].role == RL_ROLE_USER)
			break;
	if (u >= c->n || !c->m[u].text)
		return 0;
	am = pol_call_span(c, m, &a, &b);
	if (am >= 0) { /* the call's values */
		lo_tok t[8];
		size_t k = tokens(c->low[am] + a, b - a, t, 0, 8), j;
		for (j = 0; j < k; j++)
			if (t[j].n >= 4 && memmem(c->low[u], c->m[u].len, t[j].s, t[j].n))
				return 1;
	}
	/* a word of the title: the value of a key holding "title"/"titel"/... */
	h = c->low[m];
	hn = c->m[m].len;
	for (i = 0; i + 6 < hn; i++) {
		size_t e, s;
		if (memcmp(h + i, "tit", 3) && memcmp(h + i, "\xe6\xa0\x87\xe9\xa2\x98", 6))
			continue;
		e = i;
		while (e < hn && h[e] != ':' && e - i < 12)
			e++;
		if (e >= hn || h[e] != ':')
			continue;
		while (e < hn && (h[e] == ':' || h[e] == ' ' || h[e] == '"' || h[e] == '\\'))
			e++;
		for (s = e; e < hn && h[e] != '"' && e - s < 160; e++) {
			if (word_byte((unsigned char)h[e]))
				continue;
			if (e - s >= 4 && memmem(c->low[u], c->m[u].len, h + s, e - s))
				return 1;
			s = e + 1;
		}
		if (e - s >= 4 && memmem(c->low[u], c->m[u].len, h + s, e - s))
			return 1;
	}
	return 0;
}

int pol_confidential_out(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	pol_target dt[POL_MAX_TARGETS];
	size_t nd = 0, f, i, k, nm = 0, nt = 0, an = 0;
	size_t mk[LO_MAX_MARKED];
	const char *at;
	lo_tok tk[LO_MAX_TOKENS];
	/* destinations the user named by name only, one bit each: dt holds
	 * at most POL_MAX_TARGETS, so every index has its bit */
	unsigned long long named = 0;
	_Static_assert(POL_MAX_TARGETS <= 64, "one bit of `named` per destination");
	if (!c->n || !a->nfields)
		return 0;
	for (f = 0; f < a->nfields; f++) {
		const rl_field *fl = &a->fields[f];
		if (fl->name && !strcmp(fl->name, "method") &&
		    ((fl->len == 3 && ci_has(fl->value, 3, "get", 3)) ||
		     (fl->len == 4 && ci_has(fl->value, 4, "head", 4))))
			return 0;
		if (dest_field(fl->name) && nd < POL_MAX_TARGETS)
			nd += pol_targets(ar, fl->value, fl->len, 0, dt + nd, POL_MAX_TARGETS - nd);
	}
	/* keep the destinations nobody chose */
	for (i = k = 0; i < nd; i++) {
		pol_target *t = &dt[i];
		if (t->kind != TGT_EMAIL && t->kind != TGT_URL)
			continue;
		if (pol_target_principal(c, t) || pol_target_origin(c, t) == ORG_TRUSTED)
			continue;
		if (t->kind == TGT_EMAIL && pol_user_named_cap(c, t))
			named |= 1ull << k;
		dt[k++] = *t;
	}
	if (!(nd = k))
		return 0;
	for (i = 0; i < c->n && nm < LO_MAX_MARKED; i++)
		if (c->m[i].role == RL_ROLE_TOOL && c->m[i].text && c->m[i].len &&
		    pol_leak_marked_msg(c, ar, i))
			mk[nm++] = i;
	if (!nm || !(at = pol_action_text(ar, a, &an)))
		return 0;
	for (f = 0; f < a->nfields && nt < LO_MAX_TOKENS; f++)
		if (!dest_field(a->fields[f].name) &&
		    !(a->fields[f].name && !strcmp(a->fields[f].name, "method")))
			nt = tokens(a->fields[f].value, a->fields[f].len, tk, nt, LO_MAX_TOKENS);
	for (k = 0; k < nt; k++) {
		char low[65];
		size_t j;
		for (j = 0; j < tk[k].n; j++)
			low[j] = (char)tolower((unsigned char)tk[k].s[j]);
		if (principal_wrote(c, low, tk[k].n))
			continue;
		for (i = 0; i < nm; i++) {
			size_t d;
			if (!in_msg(c, mk[i], low, tk[k].n))
				continue;
			for (d = 0; d < nd; d++) {
				const pol_target *t = &dt[d];
				/* the correspondent of the marked message itself */
				if (memmem(c->low[mk[i]], c->m[mk[i]].len, t->norm, t->nlen) ||
				    pol_own_party_named(c, mk[i], t, at, an))
					continue;
				if ((named >> d & 1) && user_names_material(c, mk[i]))
					continue;
				return 1;
			}
		}
	}
	return 0;
}

/* For dlp.c: the same destination fields and classification markings. */
int pol_leak_dest_field(const char *f)
{
	return dest_field(f);
}

int pol_leak_marked_msg(const pol_conv *c, rl_arena *ar, size_t i)
{
	pol_conv *m = (pol_conv *)c; /* the memo only */
	if (!m->marked && (m->marked = rl_arena_alloc(ar, c->n)))
		memset(m->marked, 0, c->n);
	if (!m->marked)
		return marked(c->low[i], c->m[i].text, c->m[i].len);
	if (!m->marked[i])
		m->marked[i] = (unsigned char)(1 + marked(c->low[i], c->m[i].text, c->m[i].len));
	return m->marked[i] == 2;
}

int pol_leak_user_names_material(const pol_conv *c, size_t m)
{
	return user_names_material(c, m);
}
