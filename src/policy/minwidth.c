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

/* ---- a byte every match needs, and how wide a match can be -------------- *
 * For the monitor's windows (src/monitor/prewin.c): a regex without a
 * usable literal (the PII patterns, the action hint `[a-z_]\(`) is scanned
 * only around the bytes of a class every match holds (a digit, `(`), in
 * windows as wide as its longest match. Sound in one direction: "needs"
 * only when every match surely holds a byte of the class, a width never
 * below the longest match in bytes (a character that may take several
 * bytes in UTF-8 mode counts four); a construct it does not know gives up.
 * Assertions (\b, ^, $, lookarounds) are zero-width: vectorscan's
 * prefilter mode drops lookarounds, and the caller keeps a byte of context
 * on each side of a window for the one-byte assertions. */

typedef struct tw {
	const char *s;
	int bad;
	int utf8, ucp, icase;     /* icase: caseless anywhere (sticky, to be safe) */
	const unsigned char *cls; /* 256 entries: 1 for a byte of the class */
} tw;

typedef struct twr {
	long max;  /* bytes, -1 unbounded */
	int needs; /* every match holds a byte of the class */
} twr;

static twr tw_alt(tw *x);

#define TW_WIDE(x) ((x)->utf8 ? 4 : 1) /* a character that may be non-ASCII */

/* One ASCII byte c as a literal character. */
static twr tw_byte(const tw *x, unsigned char c)
{
	twr r = {1, x->cls[c]};
	if (isalpha(c) && x->icase) { /* the other case, and in UTF-8 mode the
					 Kelvin sign or long s */
		r.needs = x->cls[c] && x->cls[c ^ 0x20];
		r.max = TW_WIDE(x);
	}
	if (c >= 0x80) /* a code point in UTF-8 mode */
		r.max = TW_WIDE(x), r.needs = 0;
	return r;
}

/* An escape from after its '\\' (one character or an assertion); inside
 * a class (`incls`) \b is a backspace. */
static twr tw_escape(tw *x, int incls)
{
	twr r = {1, 0};
	char c = *x->s;
	static const char ctl[] = "ntrfea";
	static const unsigned char ctlv[] = {'\n', '\t', '\r', '\f', 0x1b, 0x07};
	const char *k;
	if (!c)
		return x->bad = 1, r;
	x->s++;
	if (!incls && strchr("bBAzZG", c)) {
		r.max = 0;
		return r;
	}
	if (c == 'd') {
		int i, all = !x->ucp;
		for (i = '0'; i <= '9'; i++)
			all &= x->cls[i];
		r.needs = all;
		r.max = x->ucp ? TW_WIDE(x) : 1;
		return r;
	}
	if (strchr("wshDWSHVvN", c)) { /* \h holds U+00A0 ...: all wide */
		r.max = TW_WIDE(x);
		return r;
	}
	if ((k = strchr(ctl, c)))
		return tw_byte(x, ctlv[k - ctl]);
	if (c == 'x') {
		unsigned v = 0;
		int n;
		if (*x->s == '{') {
			const char *e = strchr(x->s, '}');
			if (!e)
				return x->bad = 1, r;
			x->s = e + 1;
			r.max = TW_WIDE(x);
			return r;
		}
		for (n = 0; n < 2 && isxdigit((unsigned char)*x->s); n++, x->s++)
			v = v * 16 +
			    (unsigned)(isdigit((unsigned char)*x->s)
					       ? *x->s - '0'
					       : (tolower((unsigned char)*x->s) - 'a' + 10));
		return tw_byte(x, (unsigned char)v);
	}
	if (isalnum((unsigned char)c) || (unsigned char)c >= 0x80)
		return x->bad = 1, r;        /* \p, \c, octal, back-references, \Q, \K ... */
	return tw_byte(x, (unsigned char)c); /* an escaped punctuation byte */
}

/* A class from after its '[' (past its ']'): one character. */
static twr tw_class(tw *x)
{
	twr r = {1, 1}, e;
	int neg = 0, first = 1;
	if (*x->s == '^')
		neg = 1, x->s++;
	while (*x->s && (*x->s != ']' || first)) {
		unsigned char lo = (unsigned char)*x->s, hi;
		first = 0;
		if (lo == '[' && x->s[1] == ':')
			return x->bad = 1, r; /* POSIX classes: not known here */
		if (lo == '\\') {
			x->s++;
			e = tw_escape(x, 1);
			if (x->bad || (x->s[0] == '-' && x->s[1] && x->s[1] != ']'))
				return x->bad = 1, r; /* a range from an escape: not known */
			r.needs &= e.needs;
			if (e.max > r.max)
				r.max = e.max;
			continue;
		}
		if (lo >= 0x80) { /* a non-ASCII member */
			r.needs = 0;
			r.max = TW_WIDE(x);
			x->s++;
			while (((unsigned char)*x->s & 0xc0) == 0x80)
				x->s++;
			continue;
		}
		x->s++;
		hi = lo;
		if (*x->s == '-' && x->s[1] && x->s[1] != ']') {
			hi = (unsigned char)x->s[1];
			if (hi == '\\' || hi >= 0x80 || hi < lo)
				return x->bad = 1, r;
			x->s += 2;
		}
		for (; lo <= hi; lo++) {
			e = tw_byte(x, lo);
			r.needs &= e.needs;
			if (e.max > r.max)
				r.max = e.max;
			if (lo == 0x7f)
				break;
		}
	}
	if (*x->s != ']')
		return x->bad = 1, r;
	x->s++;
	if (neg) {
		r.needs = 0;
		r.max = TW_WIDE(x);
	}
	return r;
}

/* A group from after its '(' (past its ')'); *opt set for an option
 * setting without a body. */
static twr tw_group(tw *x, int *opt)
{
	twr r = {0, 0};
	int zero = 0;
	*opt = 0;
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
			int on = 1;
			while (isalpha((unsigned char)*c) || *c == '-') {
				if (*c == 'x' || *c == 'J')
					return x->bad = 1, r;
				if (*c == '-')
					on = 0;
				if (*c == 'i' && on)
					x->icase = 1;
				c++;
			}
			if (c == x->s + 1 || (*c != ')' && *c != ':'))
				return x->bad = 1, r;
			x->s = c + 1;
			if (*c == ')') {
				*opt = 1;
				return r;
			}
		}
	}
	r = tw_alt(x);
	if (*x->s != ')')
		return x->bad = 1, r;
	x->s++;
	if (zero)
		r.max = 0, r.needs = 0;
	return r;
}

/* One quantified item at x->s (not '|', ')' or the end). */
static twr tw_item(tw *x)
{
	twr w = {0, 0};
	unsigned char c = (unsigned char)*x->s++;
	int opt = 0;
	if (c == '(') {
		w = tw_group(x, &opt);
		if (opt)
			return w; /* (?i): nothing to quantify */
	} else if (c == '[') {
		w = tw_class(x);
	} else if (c == '\\') {
		w = tw_escape(x, 0);
	} else if (c == '^' || c == '$') {
		w.max = 0;
	} else if (c == '*' || c == '+' || c == '?' || c == '{' || c == ')') {
		x->bad = 1;
		return w;
	} else if (c == '.') {
		w.max = TW_WIDE(x);
	} else if (c >= 0xc0 && x->utf8) { /* one character; its other case
					      may be longer */
		w.max = 1;
		while (((unsigned char)*x->s & 0xc0) == 0x80)
			x->s++, w.max++;
		if (x->icase)
			w.max = 4;
	} else {
		w = tw_byte(x, c);
	}
	if (x->bad)
		return w;
	if (*x->s == '?' || *x->s == '*') {
		w.needs = 0;
		if (*x->s == '*' && w.max)
			w.max = -1;
		x->s++;
	} else if (*x->s == '+') {
		if (w.max)
			w.max = -1;
		x->s++;
	} else if (*x->s == '{') {
		char *e;
		long lo = strtol(x->s + 1, &e, 10), hi = lo;
		if (!isdigit((unsigned char)x->s[1]) || lo > MW_BIG_REPEAT ||
		    (*e != '}' && *e != ',')) {
			x->bad = 1;
			return w;
		}
		if (*e == ',') {
			hi = isdigit((unsigned char)e[1]) ? strtol(e + 1, &e, 10) : (e++, -1);
			if (hi > MW_BIG_REPEAT || *e != '}') {
				x->bad = 1;
				return w;
			}
		}
		x->s = e + 1;
		if (!lo)
			w.needs = 0;
		if (hi < 0)
			w.max = w.max ? -1 : 0;
		else if (w.max > 0)
			w.max *= hi;
	}
	if (*x->s == '?' || *x->s == '+')
		x->s++; /* lazy or possessive */
	return w;
}

static twr tw_seq(tw *x)
{
	twr r = {0, 0}, w;
	while (*x->s && *x->s != '|' && *x->s != ')' && !x->bad) {
		w = tw_item(x);
		r.needs |= w.needs;
		r.max = r.max < 0 || w.max < 0 ? -1 : r.max + w.max;
	}
	return r;
}

static twr tw_alt(tw *x)
{
	twr best = tw_seq(x), w;
	while (*x->s == '|' && !x->bad) {
		x->s++;
		w = tw_seq(x);
		best.needs &= w.needs;
		best.max = best.max < 0 || w.max < 0 ? -1 : w.max > best.max ? w.max : best.max;
	}
	return best;
}

long pol_re_window(const char *re, unsigned flags, const unsigned char cls[256], size_t *cut)
{
	tw x = {re,
		0,
		!!(flags & HS_FLAG_UTF8),
		!!(flags & HS_FLAG_UCP),
		!!(flags & HS_FLAG_CASELESS),
		cls};
	twr r = {0, 0}, w;
	const char *item;
	tw y = x;
	*cut = 0;
	tw_seq(&y);
	if (y.bad)
		return -1;
	if (*y.s) { /* an alternation at the top: whole, or nothing */
		r = tw_alt(&x);
		if (x.bad || *x.s || !r.needs || r.max < 0)
			return -1;
		*cut = strlen(re);
		return r.max;
	}
	/* one sequence: its longest bounded head (a prefix of every match is
	 * a match of the head) that needs the class */
	while (*x.s && *x.s != '|' && !x.bad) {
		item = x.s;
		w = tw_item(&x);
		if (x.bad || w.max < 0 || (r.max + w.max > 255)) {
			x.s = item;
			break;
		}
		r.needs |= w.needs;
		r.max += w.max;
	}
	if (x.bad || !r.needs || x.s == re)
		return -1;
	*cut = (size_t)(x.s - re);
	return r.max;
}
