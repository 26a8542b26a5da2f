/* sysclass.c: material the system prompt declares confidential (s17), for
 * dlp.c's `data_out:`.
 *
 * A deployment often says in its system prompt which kinds of material are
 * confidential, instead of the records carrying a label: "Everything in a
 * case file is privileged and confidential", "scripts (watermarked,
 * confidential)", "source notes are confidential: they never leave the
 * newsroom", "reserves are confidential". The kind is named by the words
 * of the clause that bears the marking: the subject before it ("case
 * file", "source notes", "reserves"), the phrase a parenthesised marking
 * follows ("script distribution (watermarked, confidential)"), or the noun
 * an attributive marking qualifies ("confidential material"). An act
 * carries material of that kind when
 *  - a file it sends is named with one of those words
 *    ("..._Shooting_Script_v2.pdf"), or
 *  - it carries an identifier of a tool message whose call is named with
 *    one of them (the ids a case_file lookup returned).
 * dlp.c then asks what it asks of labelled material: a destination
 * outside the organisation, not the material's own party, not one the
 * user entitled.
 *
 * Words are runs of ASCII letters (four or more, lowercased, a plural's
 * "s" dropped); closed-class words and the marking words themselves never
 * name a kind. Linear scans over the system messages (clauses of at most
 * 400 bytes) and one action's values; at most SC_MAX words. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

#define SC_MAX 24
#define SC_LEN 24

static const char *const stop[] = {
	"the",          "and",        "with",       "from",        "that",       "this",
	"these",        "those",      "they",       "them",        "their",      "there",
	"your",         "ours",       "everything", "anything",    "every",      "each",
	"other",        "such",       "which",      "whose",       "must",       "should",
	"shall",        "never",      "always",     "only",        "kept",       "keep",
	"treat",        "treated",    "remain",     "remains",     "stay",       "stays",
	"held",         "also",       "strictly",   "being",       "been",       "were",
	"will",         "into",       "within",     "about",       "under",      "over",
	"including",    "include",    "includes",   "like",        "than",       "then",
	"when",         "where",      "while",      "without",     "unless",     "except",
	"confidential", "privileged", "internal",   "secret",      "restricted", "proprietary",
	"sensitive",    "private",    "classified", "watermarked", "leave",      "leaves",
	"shared",       "share",      "sharing",    "disclosed",   "disclose",   "distributed",
	"outside",      "anyone",     "nobody",     "people",      "here",       "what",
	"some",         NULL};

/* A marking of a kind of material in a system clause (lowercased). */
static const char *const sysmark[] = {
	"confidential",    "privileged",   "internal only",        "internal use", "use only",
	"trade secret",    "never leave",  "must not leave",       "not leave",    "not be shared",
	"never be shared", "do not share", "not for distribution", "proprietary",  NULL};

typedef struct sc_words {
	char w[SC_MAX][SC_LEN];
	size_t n;
} sc_words;

static size_t stem(const char *s, size_t n, char *o)
{
	size_t k;
	if (n >= SC_LEN)
		return 0;
	for (k = 0; k < n; k++)
		o[k] = (char)tolower((unsigned char)s[k]);
	if (n > 4 && o[n - 1] == 's' && o[n - 2] != 's')
		n--;
	if (n > 4 && !memcmp(o + n - 2, "ie", 2))
		o[n - 2] = 'y', n--; /* identities -> identity */
	o[n] = '\0';
	return n;
}

static int stopword(const char *w)
{
	size_t k;
	for (k = 0; stop[k]; k++)
		if (!strcmp(w, stop[k]))
			return 1;
	return 0;
}

static void add_words(sc_words *sw, const char *h, size_t a, size_t b)
{
	size_t i = a;
	while (i < b && sw->n < SC_MAX) {
		size_t s;
		char o[SC_LEN];
		while (i < b && !isalpha((unsigned char)h[i]))
			i++;
		s = i;
		while (i < b && isalpha((unsigned char)h[i]))
			i++;
		if (i - s >= 4 && stem(h + s, i - s, o) && !stopword(o)) {
			/* the plural's own form too: "notes" is no stop word */
			char full[SC_LEN];
			size_t k;
			for (k = 0; k < i - s && k + 1 < SC_LEN; k++)
				full[k] = (char)tolower((unsigned char)h[s + k]);
			full[k] = '\0';
			if (!stopword(full)) {
				memcpy(sw->w[sw->n], o, strlen(o) + 1);
				sw->n++;
			}
		}
	}
}

/* The clause around h[at]: back and forward to . ; : ! ? newline. */
static void clause(const char *h, size_t n, size_t at, size_t *a, size_t *b)
{
	size_t s = at, e = at;
	while (s > 0 && at - s < 400 && !strchr(".;:!?\n", h[s - 1]))
		s--;
	while (e < n && e - at < 400 && !strchr(".;:!?\n", h[e]))
		e++;
	*a = s;
	*b = e;
}

static void sys_words(const pol_conv *c, sc_words *sw)
{
	size_t i, k;
	sw->n = 0;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i];
		size_t n = c->m[i].text ? c->m[i].len : 0;
		if (c->m[i].role != RL_ROLE_SYSTEM || !n)
			continue;
		for (k = 0; sysmark[k]; k++) {
			size_t l = strlen(sysmark[k]);
			const char *p = h;
			while ((p = memmem(p, n - (size_t)(p - h), sysmark[k], l))) {
				size_t at = (size_t)(p - h), a, b, q;
				const char *par;
				clause(h, n, at, &a, &b);
				/* inside parentheses: the phrase before them */
				par = memrchr(h + a, '(', at - a);
				if (par && !memchr(par, ')', at - (size_t)(par - h))) {
					size_t e = (size_t)(par - h), s = e;
					while (s > a && h[s - 1] != ',')
						s--;
					add_words(sw, h, s, e);
				} else {
					add_words(sw, h, a, at); /* the subject */
					/* an attributive marking: the noun after it */
					for (q = at + l; q < b && h[q] == ' '; q++)
						;
					if (q > at + l) {
						size_t e = q;
						while (e < b && isalpha((unsigned char)h[e]))
							e++;
						add_words(sw, h, q, e);
					}
				}
				p += l;
			}
		}
	}
}

/* Does a word of name t[0..n) (split at non-letters and case changes)
 * name one of the kinds? */
static int names_kind(const sc_words *sw, const char *t, size_t n)
{
	size_t i = 0, k;
	while (i < n) {
		size_t s;
		char o[SC_LEN];
		while (i < n && !isalpha((unsigned char)t[i]))
			i++;
		s = i;
		if (i < n)
			i++;
		while (i < n && isalpha((unsigned char)t[i]) &&
		       !(isupper((unsigned char)t[i]) && islower((unsigned char)t[i - 1])))
			i++;
		if (i - s < 4 || !stem(t + s, i - s, o))
			continue;
		for (k = 0; k < sw->n; k++)
			if (!strcmp(o, sw->w[k]))
				return 1;
	}
	return 0;
}

/* A file name in v[0..n): a run with a dot and an extension of two to
 * four letters ("Ep8_Script_v2.pdf"). Its start and length in *s, *l. */
static int file_name(const char *v, size_t n, size_t *s, size_t *l)
{
	size_t i = 0;
	while (i < n) {
		size_t a = i, dot = 0;
		while (i < n && (isalnum((unsigned char)v[i]) || strchr("._-", v[i]))) {
			if (v[i] == '.')
				dot = i;
			i++;
		}
		if (dot > a && i - dot - 1 >= 2 && i - dot - 1 <= 4) {
			size_t k;
			int alpha = 1;
			for (k = dot + 1; k < i; k++)
				alpha &= isalpha((unsigned char)v[k]) != 0;
			if (alpha) {
				*s = a;
				*l = i - a;
				return 1;
			}
		}
		if (i == a)
			i++;
	}
	return 0;
}

int pol_sys_kinds(const pol_conv *c, rl_arena *ar, void **out)
{
	sc_words *sw = rl_arena_alloc(ar, sizeof *sw);
	if (!sw)
		return 0;
	sys_words(c, sw);
	*out = sw;
	return sw->n > 0;
}

int pol_sys_kind_call(const pol_conv *c, const void *kinds, size_t i)
{
	size_t a, b, at, l;
	long j = pol_call_span(c, i, &a, &b);
	if (j < 0 || !(l = pol_call_name(c->low[j], a, b, &at)))
		return 0;
	return names_kind(kinds, c->low[j] + at, l);
}

int pol_sys_kind_file(const void *kinds, const rl_action *a, const unsigned char *isdest,
		      const char **name, size_t *nl)
{
	size_t f;
	for (f = 0; f < a->nfields; f++) {
		const char *v = a->fields[f].value;
		size_t n = a->fields[f].len, s, l;
		if (isdest[f] || !v)
			continue;
		while (n && file_name(v, n, &s, &l)) {
			if (names_kind(kinds, v + s, l)) {
				*name = v + s;
				*nl = l;
				return 1;
			}
			v += s + l;
			n -= s + l;
		}
	}
	return 0;
}
