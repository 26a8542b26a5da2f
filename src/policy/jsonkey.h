/* jsonkey.h: the next "key": value of a tool result's text, read loosely.
 * The texts policy readers get are lowercased, \uXXXX-decoded and cut to a
 * window (pol_conv), so they are often not valid JSON and a parser
 * (jansson) would refuse them; this reads them as far as they go. Each
 * string is read to its closing quote, past escapes, so a long value never
 * puts the scan out of step (a value's closing quote read as a key's
 * opening one). Shared by sglive.c, alertact.c and alertstate.c; the
 * backward reader below by callback.c and leakout.c. */
#ifndef RL_POLICY_JSONKEY_H
#define RL_POLICY_JSONKEY_H

#include <stddef.h>
#include <string.h>

/* From *i on: the next string of at most `maxk` bytes followed by ':'.
 * Sets its bytes [*ks, *ke), *v to the first byte after the ':' and any
 * spaces, *i past the string; 1, or 0 at the end of h[0..n). */
static inline int pol_json_next_key(const char *h, size_t n, size_t *i, size_t maxk, size_t *ks,
				    size_t *ke, size_t *v)
{
	while (*i < n) {
		const char *q = memchr(h + *i, '"', n - *i);
		size_t s, e, w;
		if (!q)
			return 0;
		s = (size_t)(q - h) + 1;
		for (e = s; e < n && h[e] != '"'; e++)
			if (h[e] == '\\')
				e++;
		*i = e + 1;
		if (e >= n || e - s > maxk)
			continue;
		for (w = e + 1; w < n && h[w] == ' '; w++)
			;
		if (w >= n || h[w] != ':')
			continue;
		for (w++; w < n && h[w] == ' '; w++)
			;
		*ks = s;
		*ke = e;
		*v = w;
		return 1;
	}
	return 0;
}

/* The key that ends at the colon h[i], read backwards to its opening quote
 * (a quote before the colon, or \" for JSON inside a string): its bytes
 * [*a, *e), shorter than 40 and not empty; 1, or 0 when h[i] ends none.
 * For readers that find a field by its colon. Needs i >= 2. */
static inline int pol_json_key_before(const char *h, size_t i, size_t *a, size_t *e)
{
	size_t s, t;
	if (h[i] != ':' || h[i - 1] != '"')
		return 0;
	t = i - 1;
	if (h[t - 1] == '\\')
		t--;
	for (s = t; s > 0 && t - s < 40 && h[s - 1] != '"'; s--)
		;
	if (!s || t - s >= 40 || t == s)
		return 0;
	*a = s;
	*e = t;
	return 1;
}

#endif
