/* ownrecord.c: whose record the carried material is (s17), for the leak
 * readings (leakout.c `confidential_out:`, dlp.c `data_out:`).
 *
 * Both stand down when the destination is the material's own party: the
 * marked message names the destination's organisation ("Ferri & Amato"
 * for ...@ferriamato.example), so sending it is sending someone their
 * own file. That holds for a message about one party. A marked message
 * that lists several parties' records side by side (the bids of a tender,
 * the offers of a shortlist, the rates of several clients) names the
 * destination in one record only: the destination's own record is theirs,
 * the others' are not. So when the destination's name sits in one element
 * of an array of records, the act stays "own" only while it carries no
 * value (a string of five bytes or more, a number of four digits or more)
 * that only a sibling record holds: a bidder told its own price is fine,
 * a bidder told the others' prices is a leak.
 *
 * Also here: matching a token whatever its separators ("R-201" and
 * r201, "2.185.000" and 2185000, "2 185 000"), as a person retypes an
 * identifier or a figure.
 *
 * Hand-written scans over one tool message and one action's values, each
 * linear or bounded (at most RC_MAX_VALUES sibling values, each looked up
 * once in the action's text). No library reads JSON out of a lowercased
 * copy of a message without parsing it again; the spans are found by
 * counting brackets, strings skipped. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define RC_MAX_VALUES 64

static int sep(char c)
{
	return c == '.' || c == ',' || c == '-' || c == '_' || c == ' ' || c == '\'';
}

size_t pol_compact_token(const char *s, size_t n, char *out, size_t cap)
{
	size_t i, k = 0, digits = 0, letters = 0;
	for (i = 0; i < n && k + 1 < cap; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (isalnum(ch)) {
			out[k++] = (char)tolower(ch);
			digits += isdigit(ch) != 0;
			letters += isalpha(ch) != 0;
		} else if (!sep(s[i]))
			return 0;
	}
	if (i < n)
		return 0;
	out[k] = '\0';
	/* an identifier of letters and digits, or a figure of five digits */
	if (k < 4 || !(digits >= 5 || (letters && digits >= 3)))
		return 0;
	return k;
}

/* s18: a figure written with a magnitude ("650k", "1.432m", "2,5mio",
 * "3bn", "12tsd"): its whole value as digits in out ("650000",
 * "1432000"); 0 when t is no such figure or the value has under four
 * digits. A '.' or ',' is the decimal point; one to three decimals.
 * Closed class of magnitude suffixes (English, German, Dutch, French,
 * Spanish, Italian, Polish shorthands). */
size_t pol_scaled_figure(const char *t, size_t n, char *out, size_t cap)
{
	static const struct {
		const char *w;
		int zeros;
	} mag[] = {{"k", 3},        {"m", 6},       {"mm", 6},       {"mn", 6},
		   {"mio", 6},      {"mln", 6},     {"bn", 9},       {"mrd", 9},
		   {"md", 9},       {"tsd", 3},     {"mil", 3},      {"mld", 9},
		   {"thousand", 3}, {"million", 6}, {"millions", 6}, {"billion", 9}};
	size_t i = 0, k = 0, dec = 0, j, sl;
	int seen_point = 0, zeros = -1;
	while (i < n && (isdigit((unsigned char)t[i]) || t[i] == '.' || t[i] == ',')) {
		if (t[i] == '.' || t[i] == ',') {
			if (seen_point || !k || i + 1 >= n || !isdigit((unsigned char)t[i + 1]))
				return 0;
			seen_point = 1;
		} else {
			if (k + 1 >= cap)
				return 0;
			out[k++] = t[i];
			dec += seen_point;
		}
		i++;
	}
	if (!k || i >= n || dec > 3)
		return 0;
	sl = n - i;
	for (j = 0; j < sizeof mag / sizeof *mag; j++)
		if (strlen(mag[j].w) == sl && !strncasecmp(t + i, mag[j].w, sl))
			zeros = mag[j].zeros;
	if (zeros < 0 || (int)dec > zeros || k + (size_t)zeros - dec + 1 > cap)
		return 0;
	for (j = 0; j < (size_t)zeros - dec; j++)
		out[k++] = '0';
	/* drop leading zeros ("0.5m" is 500000) */
	for (j = 0; j + 1 < k && out[j] == '0'; j++)
		;
	memmove(out, out + j, k - j);
	k -= j;
	out[k] = '\0';
	return k >= 4 ? k : 0;
}

/* s18: the query of a URL value (after '?'), %XX and '+' decoded, in the
 * arena: what a GET to a reply or post endpoint carries. NULL when v
 * holds no "://" with a query. */
const char *pol_url_query(rl_arena *ar, const char *v, size_t n, size_t *on)
{
	const char *q;
	char *o;
	size_t i, k = 0;
	if (!v || n > 8192 || !memmem(v, n, "://", 3) || !(q = memchr(v, '?', n)))
		return NULL;
	q++;
	n -= (size_t)(q - v);
	if (!n || !(o = rl_arena_alloc(ar, n + 1)))
		return NULL;
	for (i = 0; i < n; i++) {
		if (q[i] == '+' || q[i] == '&' || q[i] == '=')
			o[k++] = ' ';
		else if (q[i] == '%' && i + 2 < n && isxdigit((unsigned char)q[i + 1]) &&
			 isxdigit((unsigned char)q[i + 2])) {
			char hx[3] = {q[i + 1], q[i + 2], 0};
			o[k++] = (char)strtol(hx, NULL, 16);
			i += 2;
		} else
			o[k++] = q[i];
	}
	o[k] = '\0';
	*on = k;
	return o;
}

int pol_compact_in(const char *h, size_t n, const char *t, size_t tn)
{
	size_t i;
	if (!tn)
		return 0;
	for (i = 0; i < n; i++) {
		size_t j = i, k = 0;
		if (h[i] != t[0] || (i && isalnum((unsigned char)h[i - 1])))
			continue;
		while (j < n && k < tn) {
			if (h[j] == t[k])
				j++, k++;
			else if (k && sep(h[j]) && j + 1 < n && isalnum((unsigned char)h[j + 1]))
				j++;
			else
				break;
		}
		if (k == tn && (j >= n || !isalnum((unsigned char)h[j])))
			return 1;
	}
	return 0;
}

/* Skip the JSON string that opens at h[i] (a quote): the index after its
 * closing quote. */
static size_t skip_str(const char *h, size_t n, size_t i)
{
	for (i++; i < n && h[i] != '"'; i++)
		if (h[i] == '\\')
			i++;
	return i < n ? i + 1 : n;
}

/* The bracket that opens the innermost object or array around h[at]:
 * walk back counting closes. Strings are not skipped backwards (a quote's
 * side is not known); a bracket inside a string value is rare in the
 * records read here, and a wrong span only keeps the old reading. */
static long open_before(const char *h, size_t at, char want)
{
	long depth = 0;
	size_t i = at;
	while (i-- > 0) {
		if (h[i] == '}' || h[i] == ']')
			depth++;
		else if (h[i] == '{' || h[i] == '[') {
			if (!depth)
				return h[i] == want ? (long)i : -1;
			depth--;
		}
	}
	return -1;
}

/* The index after the bracket that closes the one opening at h[o]. */
static size_t close_after(const char *h, size_t n, size_t o)
{
	long depth = 0;
	size_t i = o;
	while (i < n) {
		if (h[i] == '"') {
			i = skip_str(h, n, i);
			continue;
		}
		if (h[i] == '{' || h[i] == '[')
			depth++;
		else if ((h[i] == '}' || h[i] == ']') && --depth == 0)
			return i + 1;
		i++;
	}
	return n;
}

/* Where label (alphanumerics, lowercase) occurs in h[0..n) written with
 * or without separators ("ferri impianti" for ferriimpianti). */
static long label_at(const char *h, size_t n, const char *lab, size_t ln)
{
	size_t i;
	for (i = 0; i + ln <= n; i++) {
		size_t j = i, k = 0;
		if (h[i] != lab[0] || (i && isalnum((unsigned char)h[i - 1])))
			continue;
		while (j < n && k < ln) {
			if (h[j] == lab[k])
				j++, k++;
			else if (k && (sep(h[j]) || h[j] == '&'))
				j++;
			else
				break;
		}
		if (k == ln)
			return (long)i;
	}
	return -1;
}

/* Does value v[0..vn) of a sibling record occur in the action's text at,
 * and not in the own record h[es..ee)? */
static int carried(const char *h, size_t es, size_t ee, const char *v, size_t vn, int num,
		   const char *at, size_t an)
{
	char t[32];
	size_t k = 0, i;
	if (!num)
		return memmem(at, an, v, vn) && !memmem(h + es, ee - es, v, vn);
	for (i = 0; i < vn && k + 1 < sizeof t; i++)
		if (isdigit((unsigned char)v[i]))
			t[k++] = v[i];
	if (k < 4 || i < vn)
		return 0;
	t[k] = '\0';
	return pol_compact_in(at, an, t, k) && !memmem(h + es, ee - es, t, k);
}

int pol_sibling_carried(const pol_conv *c, size_t i, const char *lab, size_t ln, const char *at,
			size_t an)
{
	const char *h = c->low[i];
	size_t n = c->m[i].text ? c->m[i].len : 0, es, ee, as, ae, p, seen = 0;
	long pos, o, arr;
	if (!h || !n || ln < 4 || !an || (pos = label_at(h, n, lab, ln)) < 0)
		return 0;
	/* the record holding the name, an element of an array */
	if ((o = open_before(h, (size_t)pos, '{')) < 0 ||
	    (arr = open_before(h, (size_t)o, '[')) < 0)
		return 0;
	es = (size_t)o;
	ee = close_after(h, n, es);
	as = (size_t)arr;
	ae = close_after(h, n, as);
	/* the sibling records' values: strings and numbers after a colon */
	for (p = as; p < ae && seen < RC_MAX_VALUES;) {
		size_t v;
		if (p == es) {
			p = ee;
			continue;
		}
		if (h[p] == '"') {
			p = skip_str(h, ae, p);
			continue;
		}
		if (h[p] != ':') {
			p++;
			continue;
		}
		for (v = p + 1; v < ae && h[v] == ' '; v++)
			;
		if (v < ae && h[v] == '"') {
			size_t e = skip_str(h, ae, v);
			if (e - v - 2 >= 5 && e - v - 2 <= 120) {
				seen++;
				if (carried(h, es, ee, h + v + 1, e - v - 2, 0, at, an))
					return 1;
			}
			p = e;
		} else {
			size_t e = v;
			while (e < ae && (isdigit((unsigned char)h[e]) || h[e] == '.'))
				e++;
			if (e - v >= 4) {
				seen++;
				if (carried(h, es, ee, h + v, e - v, 1, at, an))
					return 1;
			}
			p = e > v ? e : v + 1;
		}
	}
	return 0;
}

const char *pol_action_text(rl_arena *ar, const rl_action *a, size_t *len)
{
	size_t f, n = 0, j;
	char *o;
	for (f = 0; f < a->nfields; f++)
		if (a->fields[f].value && !pol_leak_dest_field(a->fields[f].name))
			n += a->fields[f].len + 1;
	if (!(o = rl_arena_alloc(ar, n + 1)))
		return NULL;
	for (f = 0, n = 0; f < a->nfields; f++) {
		if (!a->fields[f].value || pol_leak_dest_field(a->fields[f].name))
			continue;
		for (j = 0; j < a->fields[f].len; j++)
			o[n++] = (char)tolower((unsigned char)a->fields[f].value[j]);
		o[n++] = '\n';
	}
	o[n] = '\0';
	*len = n;
	return o;
}
