/* minwidth.c: a lower bound on how short a match of a regex can be, read
 * from its text (PCRE2 and vectorscan syntax alike), for hsdb.c's weak
 * pieces: a piece that surely needs two or more bytes is not weak, and
 * vectorscan's hs_expression_info (which builds the expression's whole
 * graph, some 4 M instructions a piece) need not be asked. Sound only in
 * one direction: every construct counts its fewest characters (each at
 * least one byte), assertions, anchors and option settings nothing; a
 * construct it does not know, a back-reference, a condition, \Q...\E,
 * extended mode or a large repeat (which vectorscan's prefilter mode may
 * approximate by a looser form) makes it give up (-1), and the caller
 * asks vectorscan as before. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MW_BIG_REPEAT 64 /* larger bounds: give up (prefilter mode may loosen them) */

typedef struct mw {
	const char *s;
	int bad;
} mw;

static long mw_alt(mw *x);

/* A class from after its '[' (past its ']'): one character. */
static void mw_class(mw *x)
{
	const char *c = x->s;
	if (*c == '^')
		c++;
	if (*c == ']')
		c++; /* a leading ']' is a member */
	while (*c && *c != ']') {
		if (*c == '\\' && c[1])
			c += 2;
		else if (*c == '[' && c[1] == ':') { /* [:alpha:] */
			const char *e = strstr(c + 2, ":]");
			if (!e) {
				x->bad = 1;
				return;
			}
			c = e + 2;
		} else
			c++;
	}
	if (*c != ']')
		x->bad = 1;
	else
		x->s = c + 1;
}

/* An escape from after its '\\': its fewest characters. */
static long mw_escape(mw *x)
{
	char c = *x->s;
	if (!c)
		return x->bad = 1, 0; /* a trailing backslash: stay on the terminator */
	x->s++;
	if (strchr("bBAzZG", c))
		return 0;
	if (c == 'x' || c == 'o' || c == 'p' || c == 'P') {
		if (*x->s == '{') {
			const char *e = strchr(x->s, '}');
			if (!e)
				return x->bad = 1, 0;
			x->s = e + 1;
		} else if (c == 'x') {
			int k;
			for (k = 0; k < 2 && isxdigit((unsigned char)*x->s); k++)
				x->s++;
		} else if (c == 'p' || c == 'P') {
			if (*x->s)
				x->s++;
		}
		return 1;
	}
	if (c == 'c') {
		if (*x->s)
			x->s++;
		return 1;
	}
	if (c == '0') {
		while (*x->s >= '0' && *x->s <= '7')
			x->s++;
		return 1;
	}
	if (isalnum((unsigned char)c) && !strchr("dDwWsShHvVntrfeaN", c))
		return x->bad = 1, 0; /* back-references, \Q, \K, \R, \X ... */
	return 1;
}

/* A group from after its '(' (past its ')'): its fewest characters, 0 for
 * assertions and option settings. */
static long mw_group(mw *x)
{
	long w;
	int zero = 0;
	if (*x->s == '?') {
		const char *c = x->s + 1;
		if (*c == ':') {
			x->s = c + 1;
		} else if (*c == '=' || *c == '!') {
			x->s = c + 1;
			zero = 1;
		} else if (*c == '<' && (c[1] == '=' || c[1] == '!')) {
			x->s = c + 2;
			zero = 1;
		} else {
			while (isalpha((unsigned char)*c) || *c == '-') {
				if (*c == 'x' || *c == 'J')
					return x->bad = 1, 0; /* extended mode, duplicate names */
				c++;
			}
			if (c == x->s + 1 || (*c != ')' && *c != ':'))
				return x->bad = 1, 0; /* named groups, conditions, ... */
			x->s = c + 1;
			if (*c == ')')
				return -1; /* an option setting: no item */
		}
	}
	w = mw_alt(x);
	if (*x->s != ')')
		return x->bad = 1, 0;
	x->s++;
	return zero ? 0 : w;
}

/* A sequence of quantified items up to '|', ')' or the end. */
static long mw_seq(mw *x)
{
	long sum = 0, w;
	while (*x->s && *x->s != '|' && *x->s != ')' && !x->bad) {
		char c = *x->s++;
		if (c == '(') {
			if ((w = mw_group(x)) < 0)
				continue; /* (?i): nothing to quantify */
		} else if (c == '[') {
			mw_class(x);
			w = 1;
		} else if (c == '\\') {
			w = mw_escape(x);
		} else if (c == '^' || c == '$') {
			w = 0;
		} else if (c == '*' || c == '+' || c == '?' || c == '{') {
			x->bad = 1; /* a quantifier with nothing before it */
			break;
		} else {
			if ((unsigned char)c >= 0xc0) /* one UTF-8 character */
				while (((unsigned char)*x->s & 0xc0) == 0x80)
					x->s++;
			w = 1;
		}
		/* its quantifier */
		if (*x->s == '?' || *x->s == '*') {
			w = 0;
			x->s++;
		} else if (*x->s == '+') {
			x->s++;
		} else if (*x->s == '{') {
			char *e;
			long lo = strtol(x->s + 1, &e, 10);
			if (!isdigit((unsigned char)x->s[1]) || lo > MW_BIG_REPEAT ||
			    (*e != '}' && *e != ',')) {
				x->bad = 1; /* "{" as a literal, or a large repeat */
				break;
			}
			if (*e == ',') {
				long hi = isdigit((unsigned char)e[1]) ? strtol(e + 1, &e, 10)
								       : (e++, 0);
				if (hi > MW_BIG_REPEAT || *e != '}') {
					x->bad = 1;
					break;
				}
			}
			x->s = e + 1;
			w *= lo;
		}
		if (*x->s == '?' || *x->s == '+')
			x->s++; /* lazy or possessive */
		sum += w;
	}
	return sum;
}

static long mw_alt(mw *x)
{
	long best = mw_seq(x), w;
	while (*x->s == '|' && !x->bad) {
		x->s++;
		w = mw_seq(x);
		if (w < best)
			best = w;
	}
	return best;
}

long pol_min_width(const char *re)
{
	mw x = {re, 0};
	long w = mw_alt(&x);
	return x.bad || *x.s ? -1 : w;
}
