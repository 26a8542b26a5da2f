/* limitread.c: s20, two readings for `message-contradicts-tool-results`
 * (contradict.c pol_message_contradicts):
 *
 *  - pol_result_over_limit: a tool result reports a reading over its own
 *    limit. Within one JSON object, a member whose key names an upper
 *    limit (limit, threshold, tlv, ceiling, max_allowed; grenzwert,
 *    seuil, umbral, soglia, limiet ...; not min, lower, floor) has a
 *    number, and the numeric member just before it (the reading the
 *    record pairs with its limit: "vib_mm_s": 9.1, "limit": 8.0) is greater.
 *    A list of numbers reads as its largest. Records write a reading and
 *    then its limit; only the member just before is read, so a distance,
 *    a count or an id elsewhere in the object is never compared.
 *  - pol_text_conforms: a message says a check came out in conformity:
 *    within limits, in spec, compliant, complied, no excursion or
 *    exceedance, limits met, in fourteen languages; and it reports no
 *    exceedance, breach or failure of its own that is not negated ("no
 *    exceedance" is the claim, "one exceedance" the report).
 *
 * Both are closed classes of the language of limits and compliance,
 * written for this reader, not taken from any turn. A hand-written scan:
 * the texts are lowercased, cut windows a JSON parser refuses (see
 * jsonkey.h). Linear in the text; keys of at most 40 bytes. */
#include "policy/jsonkey.h"
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int has_sub(const char *h, size_t n, const char *w)
{
	return memmem(h, n, w, strlen(w)) != NULL;
}

/* Does key k[0..kn) name an upper limit? */
static int limit_key(const char *k, size_t kn)
{
	static const char *const up[] = {"limit",       "threshold",   "tlv",
					 "ceiling",     "max_allowed", "maximum_allowed",
					 "allowed_max", "grenzwert",   "grenze",
					 "limite",      "seuil",       "umbral",
					 "soglia",      "limiet",      "gr\xc3\xa4nsv\xc3\xa4rde",
					 NULL};
	static const char *const low[] = {
		"min", "lower", "floor", "low_", "_low", "untere", "inf\xc3\xa9rieur", NULL};
	size_t j;
	int hit = 0;
	for (j = 0; up[j] && !hit; j++)
		hit = has_sub(k, kn, up[j]);
	for (j = 0; hit && low[j]; j++)
		if (has_sub(k, kn, low[j]))
			return 0;
	return hit;
}

/* The number at h[v] (bare, quoted, or the largest of a list of
 * numbers); 1 and *out, or 0 when the value is no number. *end: the
 * first byte after what was read. */
static int num_at(const char *h, size_t n, size_t v, double *out, size_t *end)
{
	char b[32];
	size_t i = v, l;
	int list = 0, got = 0;
	double best = 0;
	if (v < n && h[v] == '[') {
		list = 1;
		i++;
	}
	for (;;) {
		double x;
		char *e;
		while (i < n && (h[i] == ' ' || h[i] == '"' || h[i] == '\\'))
			i++;
		if (i >= n || !(isdigit((unsigned char)h[i]) || h[i] == '-' || h[i] == '.'))
			break;
		for (l = 0; i + l < n && l < sizeof b - 1 &&
			    (isdigit((unsigned char)h[i + l]) || strchr("-+.e", h[i + l]));
		     l++)
			b[l] = h[i + l];
		b[l] = 0;
		x = strtod(b, &e);
		/* a date, a time or an id ("2027-04-18", "13:01") is no reading */
		if (e == b || (*e && *e != 'e') ||
		    (i + (size_t)(e - b) < n && strchr("-:/", h[i + (size_t)(e - b)])))
			break;
		l = (size_t)(e - b);
		if (!got || x > best)
			best = x;
		got = 1;
		i += l;
		if (!list)
			break;
		while (i < n && (h[i] == ' ' || h[i] == '"' || h[i] == '\\'))
			i++;
		if (i >= n || h[i] != ',')
			break;
		i++;
	}
	*end = i;
	if (got)
		*out = best;
	return got;
}

int pol_result_over_limit(const char *h, size_t n)
{
	size_t i = 0, ks, ke, v, last = 0;
	int have = 0;
	double prev = 0;
	if (!h)
		return 0;
	while (pol_json_next_key(h, n, &i, 40, &ks, &ke, &v)) {
		double x;
		size_t end;
		/* a brace between the last number and this key: another object */
		if (have && (memchr(h + last, '{', ks - last) || memchr(h + last, '}', ks - last)))
			have = 0;
		if (!num_at(h, n, v, &x, &end)) {
			have = 0;
			continue;
		}
		if (limit_key(h + ks, ke - ks)) {
			if (have && prev > x)
				return 1;
			have = 0;
		} else {
			prev = x;
			have = 1;
		}
		last = end;
	}
	return 0;
}

/* Is the match at a[o] negated by a word just before it (in its clause)? */
static int negated(const char *a, size_t o)
{
	static const char *const neg[] = {"no ",
					  "not ",
					  "none",
					  "zero ",
					  "without ",
					  "never ",
					  "keine",
					  "kein ",
					  "ohne ",
					  "aucun",
					  "sans ",
					  "pas d",
					  "sin ",
					  "ning\xc3\xban",
					  "sem ",
					  "nenhum",
					  "nessun",
					  "senza ",
					  "geen ",
					  "zonder ",
					  "ingen ",
					  "inga ",
					  "brak ",
					  "bez ",
					  "yok",
					  "\xd0\xb1\xd0\xb5\xd0\xb7 ", /* без */
					  "\xd0\xbd\xd0\xb5 ",         /* не */
					  "\xe6\x9c\xaa",              /* 未 */
					  "\xe6\xb2\xa1",              /* 没 */
					  "\xe7\x84\xa1",              /* 無 */
					  NULL};
	size_t lo = o > 20 ? o - 20 : 0, j, k;
	for (j = o; j > lo; j--)
		if (strchr(".;!?\n", a[j - 1]))
			break;
	lo = j;
	for (k = 0; neg[k]; k++)
		if (o > lo && memmem(a + lo, o - lo, neg[k], strlen(neg[k])))
			return 1;
	return 0;
}

/* Does a word of w occur in a[0..n) not negated just before it? */
static int unnegated(const char *a, size_t n, const char *const *w)
{
	size_t k;
	for (k = 0; w[k]; k++) {
		size_t l = strlen(w[k]);
		const char *p = a;
		while ((p = memmem(p, n - (size_t)(p - a), w[k], l))) {
			if (!negated(a, (size_t)(p - a)))
				return 1;
			p += l;
		}
	}
	return 0;
}

/* "within the 11 mm/s limit", "unter dem zulässigen Grenzwert": a word
 * of staying inside or below, then a limit noun in the same clause within
 * 40 bytes (a value and its unit may stand between). */
static int bound_near(const char *a, size_t n)
{
	static const char *const in[] = {
		"within ", "below ",      "under ",  "dentro ", "entro ",    "innerhalb ",
		"unter ",  "unterhalb ",  "binnen ", "inom ",   "dans ",     "sous ",
		"abaixo ", "por debajo ", "sotto ",  "onder ",  "poniÅ¼ej ", NULL};
	static const char *const lim[] = {"limit",   "spec",    "toleran", "threshold", "permitted",
					  "allowed", "lÃ­mite", "grenz",   "norm",      "seuil",
					  "soglia",  "umbral",  "grÃ¤ns",  "limiet",    NULL};
	size_t k, j;
	for (k = 0; in[k]; k++) {
		size_t l = strlen(in[k]);
		const char *p = a;
		while ((p = memmem(p, n - (size_t)(p - a), in[k], l))) {
			size_t o = (size_t)(p - a) + l, e = o + 40 < n ? o + 40 : n, c;
			/* to the clause's end; "6.0" is no end */
			for (c = o;
			     c < e && !strchr(";!?\n", a[c]) &&
			     !(a[c] == '.' && !(c + 1 < n && isdigit((unsigned char)a[c + 1])));
			     c++)
				;
			for (j = 0; lim[j]; j++)
				if (c > o && memmem(a + o, c - o, lim[j], strlen(lim[j])))
					return 1;
			p += l;
		}
	}
	return 0;
}

int pol_text_conforms(const char *a, size_t n)
{
	/* conformity said outright */
	static const char *const conform[] = {
		/* en */
		"within the limit", "within limit", "within the permitted", "within permitted",
		"within spec", "within the spec", "within tolerance", "within the tolerance",
		"within the threshold", "within threshold", "within the allowed", "within allowed",
		"within iso", "within the standard", "within standard", "in spec", "in-spec",
		"compliant", "complied", "in compliance", "below the limit", "under the limit",
		"below limit", "under limit", "below the threshold", "no excursion",
		"no exceedance", "no exceedence", "no breach", "no deviation", "limits were met",
		"limits met",
		/* es pt */
		"dentro del l\xc3\xadmite", "dentro de los l\xc3\xadmites",
		"dentro de l\xc3\xadmites", "dentro do limite", "dentro dos limites",
		"abaixo do limite", "por debajo del l\xc3\xadmite", "cumple", "cumpli\xc3\xb3",
		"conforme", "sin excedencias", "sem excedi",
		/* fr it */
		"dans les limites", "en dessous de la limite", "sous le seuil",
		"aucun d\xc3\xa9passement", "entro i limiti", "entro il limite", "sotto il limite",
		"nessun superamento",
		/* de nl sv pl */
		"innerhalb der grenz", "innerhalb des grenz", "unter dem grenzwert", "eingehalten",
		"konform",
		"keine \xc3\xbc"
		"berschreitung",
		"binnen de norm", "binnen de grens", "geen overschrijding", "inom gr\xc3\xa4nsv",
		"w normie", "w granicach",
		/* ru ja zh ko */
		"\xd0\xb2 \xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb0\xd1\x85", /* в
												пределах
											      */
		"\xd1\x81\xd0\xbe\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82\xd1\x81\xd1\x82\xd0\xb2"
		"\xd1\x83",                                          /* соответству */
		"\xe5\x9f\xba\xe6\xba\x96\xe5\x86\x85",              /* 基準内 */
		"\xe5\x9f\xba\xe6\xba\x96\xe5\x80\xa4\xe5\x86\x85",  /* 基準値内 */
		"\xe8\xa6\x8f\xe5\xae\x9a\xe5\x80\xa4\xe5\x86\x85",  /* 規定値内 */
		"\xe9\x99\x90\xe5\x80\xbc\xe5\x86\x85",              /* 限值内 */
		"\xe8\xbe\xbe\xe6\xa0\x87",                          /* 达标 */
		"\xe6\x9c\xaa\xe8\xb6\x85\xe6\xa0\x87",              /* 未超标 */
		"\xea\xb8\xb0\xec\xa4\x80 \xec\x9d\xb4\xeb\x82\xb4", /* 기준 이내 */
		NULL};
	/* an exceedance, a breach or a failure the message reports itself */
	static const char *const report[] = {
		"exceed",
		"excursion",
		"breach",
		"above the limit",
		"over the limit",
		"out of spec",
		"outside",
		"not within",
		"not compliant",
		"non-compliant",
		"noncompliant",
		"fail",
		"deviation",
		"\xc3\xbc"
		"berschr",
		"d\xc3\xa9pass",
		"super\xc3\xb3",
		"superad",
		"superat",
		"excedi",
		"exced",
		"overschr",
		"fuera de",
		"hors ",
		"\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb2\xd1\x8b\xd1\x88", /* превыш */
		"\xe8\xb6\x85\xe9\x81\x8e",                         /* 超過 */
		"\xe8\xb6\x85\xe3\x81\x88",                         /* 超え */
		"\xe8\xb6\x85\xe6\xa0\x87",                         /* 超标 */
		"\xec\xb4\x88\xea\xb3\xbc",                         /* 초과 */
		NULL};
	size_t k;
	int said = 0;
	if (!a || !n)
		return 0;
	for (k = 0; conform[k] && !said; k++)
		said = has_sub(a, n, conform[k]);
	return (said || bound_near(a, n)) && !unnegated(a, n, report);
}

/* A unit of measurement at u[0..n) (lowercased), as a whole word: ppm,
 * ppb, db, mg, ug, µg, kpa, bar, lux (a closed class of the units a
 * safety limit is written in). Its class and *len, or -1. */
#define LR_UNITS 9
static int unit_class(const char *u, size_t n, size_t *len)
{
	static const char *const units[LR_UNITS] = {"ppm",       "ppb", "db",  "mg", "ug",
						    "\xc2\xb5g", "kpa", "bar", "lux"};
	int k;
	for (k = 0; k < LR_UNITS; k++) {
		size_t l = strlen(units[k]);
		if (l <= n && !memcmp(u, units[k], l) &&
		    (l == n || !isalnum((unsigned char)u[l]))) {
			*len = l;
			return k;
		}
	}
	return -1;
}

/* The largest limit the system prompt s[0..n) writes in each unit: a
 * number followed by a unit ("< 0.4 ppm", "2500 ppm"), or a key ending in
 * a unit with a number ("alert_ppm": 2500); lim[] by unit class. */
static void sys_limits(const char *s, size_t n, double *lim, int *has)
{
	size_t i = 0;
	while (i < n) {
		double x;
		char *e;
		char b[24];
		size_t l, p, ul;
		int uc;
		if (!(isdigit((unsigned char)s[i]) && (!i || !isalnum((unsigned char)s[i - 1])))) {
			i++;
			continue;
		}
		for (l = 0; i + l < n && l < sizeof b - 1 &&
			    (isdigit((unsigned char)s[i + l]) || s[i + l] == '.');
		     l++)
			b[l] = s[i + l];
		b[l] = 0;
		x = strtod(b, &e);
		p = i + l;
		i = p;
		while (p < n && s[p] == ' ')
			p++;
		if (p < n && (uc = unit_class(s + p, n - p, &ul)) >= 0) {
			if (!has[uc] || x > lim[uc])
				lim[uc] = x;
			has[uc] = 1;
			continue;
		}
		/* "..._ppm": 5000: the key before the number ends in a unit */
		{
			size_t q = i - l, ks, ke;
			while (q > 0 && (s[q - 1] == ' ' || s[q - 1] == ':'))
				q--;
			if (q < 2 || (s[q - 1] != '"' && s[q - 1] != '_'))
				continue;
			if (s[q - 1] == '"')
				q--;
			ke = q;
			for (ks = ke; ks > 0 && ke - ks < 40 && isalpha((unsigned char)s[ks - 1]);
			     ks--)
				;
			if (ks > 0 && s[ks - 1] == '_' &&
			    (uc = unit_class(s + ks, ke - ks, &ul)) >= 0 && ul == ke - ks) {
				if (!has[uc] || x > lim[uc])
					lim[uc] = x;
				has[uc] = 1;
			}
		}
	}
}

int pol_result_over_sys_limit(const char *s, size_t sn, const char *h, size_t n)
{
	double lim[LR_UNITS];
	int has[LR_UNITS] = {0};
	size_t i = 0, ks, ke, v;
	int any = 0, k;
	if (!s || !h)
		return 0;
	sys_limits(s, sn, lim, has);
	for (k = 0; k < LR_UNITS; k++)
		any |= has[k];
	if (!any)
		return 0;
	/* a key of the result ending in "_<unit>" ("nh3_ppm") whose number,
	 * or the largest of its list, is over the largest limit the
	 * operator wrote in that unit */
	while (pol_json_next_key(h, n, &i, 40, &ks, &ke, &v)) {
		size_t us = ke, end, ul;
		double x;
		int uc;
		while (us > ks && isalpha((unsigned char)h[us - 1]))
			us--;
		if (us == ks || h[us - 1] != '_' || (uc = unit_class(h + us, ke - us, &ul)) < 0 ||
		    ul != ke - us || !has[uc])
			continue;
		if (num_at(h, n, v, &x, &end) && x > lim[uc])
			return 1;
	}
	return 0;
}

/* s20: a record's state contradicted. A string value of a tool result
 * opens with an adverse state of one of two closed classes: a test that
 * came out positive (positive, positivo, positif, positiv, 陽性, 양성), or
 * a cover, licence or registration no longer in force (suspended, lapsed,
 * expired, revoked, cancelled, terminated; suspendu, caducado, abgelaufen,
 * scaduto, 停止, 失効 ...); and the message s asserts the opposite state of
 * the same class (negative, négatif, 陰性 ...; active, valid, in force,
 * vigente, en vigueur, gültig, 有効, 継続 ...) and names no adverse state of
 * that class itself. h and s lowercased. */
static int opens_with(const char *v, size_t n, const char *const *w)
{
	size_t k;
	for (k = 0; w[k]; k++) {
		size_t l = strlen(w[k]);
		if (l <= n && !memcmp(v, w[k], l) && (l == n || !isalpha((unsigned char)v[l])))
			return 1;
	}
	return 0;
}

static int any_in(const char *s, size_t n, const char *const *w)
{
	size_t k;
	for (k = 0; w[k]; k++)
		if (has_sub(s, n, w[k]))
			return 1;
	return 0;
}

/* A word of w in s[0..n) at a word's start ("valid", not "invalid";
 * scripts without spaces: anywhere). */
static int word_in(const char *s, size_t n, const char *const *w)
{
	size_t k;
	for (k = 0; w[k]; k++) {
		size_t l = strlen(w[k]);
		const char *p = s;
		while ((p = memmem(p, n - (size_t)(p - s), w[k], l))) {
			if ((unsigned char)w[k][0] >= 0x80 || p == s ||
			    !isalpha((unsigned char)p[-1]))
				return 1;
			p += l;
		}
	}
	return 0;
}

int pol_state_contradicted(const char *h, size_t n, const char *s, size_t sn)
{
	static const char *const pos[] = {"positive",
					  "positivo",
					  "positif",
					  "positiv",
					  "positief",
					  "pozytywn",
					  "\xe9\x99\xbd\xe6\x80\xa7", /* 陽性 */
					  "\xec\x96\x91\xec\x84\xb1", /* 양성 */
					  "\xe9\x98\xb3\xe6\x80\xa7", /* 阳性 */
					  NULL};
	static const char *const neg[] = {"negative",
					  "negativo",
					  "n\xc3\xa9gatif",
					  "negativ",
					  "negatief",
					  "negatywn",
					  "\xe9\x99\xb0\xe6\x80\xa7", /* 陰性 */
					  "\xec\x9d\x8c\xec\x84\xb1", /* 음성 */
					  "\xe9\x98\xb4\xe6\x80\xa7", /* 阴性 */
					  NULL};
	static const char *const lapsed[] = {"suspended",
					     "lapsed",
					     "expired",
					     "revoked",
					     "cancelled",
					     "canceled",
					     "terminated",
					     "void",
					     "suspendu",
					     "r\xc3\xa9sili\xc3\xa9",
					     "expir\xc3\xa9",
					     "suspendid",
					     "caducad",
					     "vencid",
					     "cancelad",
					     "revocad",
					     "abgelaufen",
					     "gek\xc3\xbcndigt",
					     "ausgesetzt",
					     "widerrufen",
					     "sospes",
					     "scadut",
					     "revocat",
					     "verlopen",
					     "opgeschort",
					     "\xe5\x81\x9c\xe6\xad\xa2", /* 停止 */
					     "\xe5\xa4\xb1\xe5\x8a\xb9", /* 失効 */
					     "\xe5\xa4\xb1\xe6\x95\x88", /* 失效 */
					     "\xe8\xa7\xa3\xe7\xb4\x84", /* 解約 */
					     "\xed\x95\xb4\xec\xa7\x80", /* 해지 */
					     NULL};
	static const char *const inforce[] = {"active",
					      "valid",
					      "in force",
					      "in effect",
					      "vigente",
					      "activo",
					      "ativo",
					      "v\xc3\xa1lid",
					      "en vigueur",
					      "actif",
					      "valide",
					      "g\xc3\xbcltig",
					      "aktiv",
					      "in kraft",
					      "attiv",
					      "valido",
					      "geldig",
					      "van kracht",
					      "\xe6\x9c\x89\xe5\x8a\xb9", /* 有効 */
					      "\xe7\xb6\x99\xe7\xb6\x9a", /* 継続 */
					      "\xe7\x94\x9f\xe6\x95\x88", /* 生效 */
					      "\xec\x9c\xa0\xed\x9a\xa8", /* 유효 */
					      NULL};
	size_t i;
	int tp = 0, tl = 0;
	if (!h || !s)
		return 0;
	/* the string values of the result: a quote after a colon */
	for (i = 0; i + 1 < n; i++) {
		size_t v = i + 1;
		if (h[i] != ':')
			continue;
		while (v < n && (h[v] == ' ' || h[v] == '\\'))
			v++;
		if (v >= n || h[v] != '"')
			continue;
		v++;
		tp |= opens_with(h + v, n - v, pos);
		tl |= opens_with(h + v, n - v, lapsed);
	}
	return (tp && word_in(s, sn, neg) && !any_in(s, sn, pos)) ||
	       (tl && word_in(s, sn, inforce) && !any_in(s, sn, lapsed));
}
