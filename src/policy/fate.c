/* fate.c: `coercion_fate:`, a message that makes the fate of something
 * the sender holds about its addressee depend on the addressee's choice.
 * Read as structure, sentence by sentence, with the closed classes of
 * fate_words.c (twenty languages), never with phrases of any message:
 *
 *  - a hold: the speaker claims to know, have seen or hold something
 *    (first person with a verb of knowing, seeing or holding), or a
 *    sentence names a record or held material with a first or second
 *    person possessive ("in your file", "our records");
 *  - a contingency: a condition or an alternative ("if", "unless",
 *    "otherwise", "or we", "as long as", "sinon", "andernfalls", "否则",
 *    "아니면", a Turkish conditional ending), or an imperative's "and" /
 *    "then" right before the fate ("sign it and this stays here");
 *  - the fate, in the same sentence: the information moves to a party (a
 *    verb of telling, sending, showing, publishing, a third party
 *    learning) or stays put (a verb of staying with a state or place: in
 *    the archive, between us, internal; "nobody" with a verb of
 *    learning).
 *
 * A positive "if" alone pairs only with staying put, or with a move when
 * the sentence speaks to the addressee: "if the figures match, I'll send
 * the report to Ana" is no bargain. Not read as a fate: a verb of telling
 * next to a first or second person object ("let us know", "send you"), a
 * request ("please inform"), an offer's modal ("I can forward it"); not a
 * contingency: "if" with a wish or consent ("if you'd like us to tell the
 * team") or with the speaker as subject ("if we cannot reconcile them").
 * A text that names a threat, extortion or a scam (not negated) reports
 * or refuses one. In answer text the hold or the fate's sentence must
 * also speak to the addressee.
 *
 * Lawful consequences pass because they hold nothing: a dunning letter,
 * an eviction notice or a contract's end states a debt or a breach and
 * its consequence; it does not claim to know something about the person.
 *
 * Cost: the text is lowercased once and cut into tokens and sentences
 * (linear); each token is tried against the patterns whose first byte it
 * shares, CJK and Hangul patterns are looked for in sentences that hold
 * such bytes; windows are of fixed size. Gated by the rule on message
 * acts (rl_message_shape) and on answers after tool output. */
#include "policy/fate.h"
#include "policy/policy_int.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FT_MAXW 6
#define FT_NB (1024 + 256 + 256) /* buckets: two bytes, one byte, last byte */
#define FT_SENT_TOK 160          /* a longer sentence is cut */
#define FT_HOLD_BACK 4           /* sentences a hold may precede its fate by */
#define FT_CLAUSE (1u << 31)     /* token bit: a clause mark (comma, dash) before it */
#define FT_QUOTE (1u << 30)      /* token bit: inside quotation marks */

typedef struct {
	const char *w[FT_MAXW];
	unsigned char wl[FT_MAXW];
	unsigned char mode[FT_MAXW]; /* 0 whole, 1 start, 2 end, 3 gap */
	unsigned char lead;          /* '^': the first word follows a clause mark */
	unsigned char nw;
	unsigned char cls;
	const char *sub; /* a CJK or Hangul pattern: a substring */
	size_t sublen;
} fpat;

typedef struct {
	fpat *p;
	size_t n;
	/* token patterns by their first word: its first two bytes (hashed),
	 * or its one byte; those matching a token's end by its last byte */
	size_t *bucket[FT_NB];
	size_t nb[FT_NB];
	size_t *sub, nsub; /* substring patterns */
	char *mem;
	int ok;
} ftab;

static ftab T;
static pthread_once_t T_once = PTHREAD_ONCE_INIT;

static int wide_lead(unsigned char b)
{
	return b >= 0xe3 && b <= 0xed; /* kana, CJK, Hangul */
}

static int is_sep(unsigned char b)
{
	return b < 0x80 && !((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') ||
			     (b >= 'A' && b <= 'Z') || b == '*' || b == '~');
}

static size_t two(unsigned char a, unsigned char b)
{
	return ((size_t)a * 31u + b) & 1023u;
}

static size_t pat_bucket(const fpat *p)
{
	const unsigned char *w = (const unsigned char *)p->w[0];
	if (p->mode[0] == 2)
		return (size_t)1024 + 256 + w[p->wl[0] - 1];
	return p->wl[0] >= 2 ? two(w[0], w[1]) : (size_t)1024 + w[0];
}

static void tab_make(void)
{
	size_t total = 0, bytes = 0, i, k;
	int c;
	char *m;
	for (c = 0; c < FW_N; c++)
		for (k = 0; rl_fate_words[c][k]; k++)
			total++, bytes += strlen(rl_fate_words[c][k]) + 1;
	T.p = calloc(total ? total : 1, sizeof *T.p);
	T.mem = m = malloc(bytes ? bytes : 1);
	T.sub = calloc(total ? total : 1, sizeof *T.sub);
	if (!T.p || !T.mem || !T.sub)
		return;
	for (c = 0; c < FW_N; c++)
		for (k = 0; rl_fate_words[c][k]; k++) {
			const char *s = rl_fate_words[c][k];
			size_t L = strlen(s), j = 0;
			fpat *p = &T.p[T.n];
			int wide = 0;
			memcpy(m, s, L + 1);
			for (i = 0; i < L; i++)
				wide |= wide_lead((unsigned char)s[i]);
			p->cls = (unsigned char)c;
			if (wide) {
				p->sub = m, p->sublen = L;
				T.sub[T.nsub++] = T.n++;
				m += L + 1;
				continue;
			}
			if (m[0] == '^')
				p->lead = 1, j = 1;
			while (j < L && p->nw < FT_MAXW) {
				size_t b;
				while (j < L && is_sep((unsigned char)m[j]))
					j++;
				if (j >= L)
					break;
				b = j;
				while (j < L && !is_sep((unsigned char)m[j]))
					j++;
				if (m[b] == '~') {
					p->mode[p->nw] = 3, p->w[p->nw] = m + b, p->wl[p->nw++] = 0;
				} else if (m[b] == '*') {
					p->mode[p->nw] = 2, p->w[p->nw] = m + b + 1;
					p->wl[p->nw++] = (unsigned char)(j - b - 1);
				} else if (m[j - 1] == '*') {
					p->mode[p->nw] = 1, p->w[p->nw] = m + b;
					p->wl[p->nw++] = (unsigned char)(j - b - 1);
				} else {
					p->mode[p->nw] = 0, p->w[p->nw] = m + b;
					p->wl[p->nw++] = (unsigned char)(j - b);
				}
			}
			m += L + 1;
			if (!p->nw || p->mode[0] == 3 || !p->wl[0])
				continue;
			T.nb[pat_bucket(p)]++;
			T.n++;
		}
	for (i = 0; i < FT_NB; i++)
		if (T.nb[i] && !(T.bucket[i] = malloc(T.nb[i] * sizeof(size_t))))
			return;
	memset(T.nb, 0, sizeof T.nb);
	for (i = 0; i < T.n; i++) {
		size_t b;
		if (T.p[i].sub)
			continue;
		b = pat_bucket(&T.p[i]);
		T.bucket[b][T.nb[b]++] = i;
	}
	T.ok = 1;
}

/* ---- text: lowercased copy, tokens, sentences ---------------------------- */

typedef struct {
	unsigned start, len;
} ftok;

typedef struct {
	char *low;
	size_t n;
	ftok *tok;
	unsigned *bits;
	size_t ntok;
	unsigned *sent; /* first token of each sentence; sent[nsent] = ntok */
	size_t nsent;
} ftext;

/* Same-length lowercase: ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic. */
static void lower_utf8(const char *s, char *o, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned char b = (unsigned char)s[i];
		if (b < 0x80) {
			o[i] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
			i++;
			continue;
		}
		if (i + 1 < n && b >= 0xc2 && b <= 0xdf) {
			unsigned char c = (unsigned char)s[i + 1];
			unsigned cp = ((unsigned)(b & 0x1f) << 6) | (c & 0x3f), lc = cp;
			if ((cp >= 0xc0 && cp <= 0xde && cp != 0xd7) ||
			    (cp >= 0x391 && cp <= 0x3ab))
				lc = cp + 32;
			else if (cp >= 0x100 && cp <= 0x17f && !(cp & 1) && cp != 0x130)
				lc = cp + 1;
			else if (cp >= 0x410 && cp <= 0x42f)
				lc = cp + 32;
			else if (cp >= 0x400 && cp <= 0x40f)
				lc = cp + 80;
			if (lc == 0x3a2 + 32)
				lc = cp; /* no capital final sigma */
			if (lc >= 0x80 && lc < 0x800) {
				o[i] = (char)(0xc0 | (lc >> 6));
				o[i + 1] = (char)(0x80 | (lc & 0x3f));
			} else {
				o[i] = (char)b, o[i + 1] = (char)c;
			}
			i += 2;
			continue;
		}
		o[i] = (char)b;
		i++;
	}
}

/* Bytes of punctuation at s[i]: 0 when a letter (or a digit) starts there. */
static size_t punct_at(const unsigned char *s, size_t n, size_t i, int *end)
{
	unsigned char b = s[i];
	*end = 0;
	if (b < 0x80) {
		if ((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z'))
			return 0;
		if (b == '!' || b == '?' || b == ';' || b == '\n')
			*end = 1;
		else if (b == '.' && (i + 1 >= n || s[i + 1] == ' ' || s[i + 1] == '\n' ||
				      s[i + 1] == '"' || s[i + 1] == '\r'))
			*end = 1;
		return 1;
	}
	if (b == 0xc2 && i + 1 < n && s[i + 1] >= 0xa0 && s[i + 1] <= 0xbf)
		return 2;
	if (b == 0xe2 && i + 2 < n && (s[i + 1] == 0x80 || s[i + 1] == 0x81))
		return 3;
	if (b == 0xe3 && i + 2 < n && s[i + 1] == 0x80) {
		*end = s[i + 2] == 0x82; /* 。 */
		return 3;
	}
	if (b == 0xef && i + 2 < n && s[i + 1] == 0xbc &&
	    ((s[i + 2] >= 0x80 && s[i + 2] <= 0x8f) || (s[i + 2] >= 0x9a && s[i + 2] <= 0xa0))) {
		*end = s[i + 2] == 0x81 || s[i + 2] == 0x9f || s[i + 2] == 0x9b;
		return 3;
	}
	return 0;
}

static int text_cut(ftext *x)
{
	const unsigned char *s = (const unsigned char *)x->low;
	size_t i = 0, n = x->n, cap = n / 2 + 2, run = 0;
	int clause = 0, inq = 0;
	size_t nq = 0;
	x->tok = malloc(cap * sizeof *x->tok);
	x->bits = calloc(cap, sizeof *x->bits);
	x->sent = malloc((cap + 1) * sizeof *x->sent);
	if (!x->tok || !x->bits || !x->sent)
		return -1;
	x->ntok = x->nsent = 0;
	x->sent[x->nsent++] = 0;
	for (i = 0; i < n; i++)
		nq += s[i] == '"';
	i = 0;
	while (i < n) {
		int end;
		size_t p = punct_at(s, n, i, &end);
		if (p) {
			/* quoted words are someone else's: "someone sent me this: ..." */
			if ((s[i] == '"' && !(nq & 1)) ||
			    (p == 3 && s[i] == 0xe2 && s[i + 1] == 0x80 &&
			     (s[i + 2] == 0x9c || s[i + 2] == 0x9e)) ||
			    (p == 2 && s[i + 1] == 0xab) ||
			    (p == 3 && s[i] == 0xe3 && s[i + 2] == 0x8c))
				inq = s[i] == '"' ? !inq : 1;
			else if ((p == 3 && s[i] == 0xe2 && s[i + 1] == 0x80 && s[i + 2] == 0x9d) ||
				 (p == 2 && s[i + 1] == 0xbb) ||
				 (p == 3 && s[i] == 0xe3 && s[i + 2] == 0x8d))
				inq = 0;
			if (end && x->ntok > x->sent[x->nsent - 1])
				x->sent[x->nsent++] = (unsigned)x->ntok, run = 0;
			/* a clause mark: comma, dash, colon, 、 ， */
			if (s[i] == ',' || s[i] == ':' || (s[i] == '-' && i && s[i - 1] == ' ') ||
			    (p == 3 && ((s[i] == 0xe2 && s[i + 1] == 0x80 &&
					 (s[i + 2] == 0x93 || s[i + 2] == 0x94)) ||
					(s[i] == 0xe3 && s[i + 2] == 0x81) ||
					(s[i] == 0xef && s[i + 2] == 0x8c))))
				clause = 1;
			i += p;
			continue;
		}
		{
			size_t b = i;
			while (i < n && !punct_at(s, n, i, &end))
				i++;
			if (x->ntok >= cap)
				break;
			x->tok[x->ntok].start = (unsigned)b;
			x->tok[x->ntok].len = (unsigned)(i - b);
			if (clause)
				x->bits[x->ntok] |= FT_CLAUSE;
			if (inq)
				x->bits[x->ntok] |= FT_QUOTE;
			clause = 0;
			x->ntok++;
			if (++run >= FT_SENT_TOK)
				x->sent[x->nsent++] = (unsigned)x->ntok, run = 0;
		}
	}
	if (x->sent[x->nsent - 1] != x->ntok)
		x->sent[x->nsent++] = (unsigned)x->ntok;
	x->nsent--; /* sent[nsent] is the end */
	return 0;
}

static int word_ok(const ftext *x, size_t t, const fpat *p, int k)
{
	const char *w = x->low + x->tok[t].start;
	size_t L = x->tok[t].len, wl = p->wl[k];
	switch (p->mode[k]) {
	case 0: return L == wl && !memcmp(w, p->w[k], wl);
	case 1: return L >= wl && !memcmp(w, p->w[k], wl);
	case 2: return L > wl && !memcmp(w + L - wl, p->w[k], wl);
	}
	return 0;
}

/* Does pattern p match from word k at token t (tokens before `lim`)? */
static int pat_from(const ftext *x, size_t t, size_t lim, const fpat *p, int k)
{
	if (k >= p->nw)
		return 1;
	if (p->mode[k] == 3) {
		size_t g;
		for (g = 0; g <= 2 && t + g <= lim; g++)
			if (pat_from(x, t + g, lim, p, k + 1))
				return 1;
		return 0;
	}
	if (t >= lim || !word_ok(x, t, p, k) || (!k && p->lead && !(x->bits[t] & FT_CLAUSE)))
		return 0;
	return pat_from(x, t + 1, lim, p, k + 1);
}

static void mark_sentence(ftext *x, size_t t0, size_t t1)
{
	size_t t, j;
	int wide = 0;
	for (t = t0; t < t1; t++) {
		const unsigned char f = (unsigned char)x->low[x->tok[t].start];
		if (x->bits[t] & FT_QUOTE)
			continue;
		wide |= f >= 0xe3 && f <= 0xed;
		const unsigned char *w = (const unsigned char *)x->low + x->tok[t].start;
		size_t L = x->tok[t].len, q, bs[3];
		bs[0] = L >= 2 ? two(w[0], w[1]) : FT_NB;
		bs[1] = 1024 + f;
		bs[2] = 1024 + 256 + w[L - 1];
		if (w[0] >= '0' && w[0] <= '9')
			continue; /* numbers are no words of these classes */
		for (q = 0; q < 3; q++)
			for (j = 0; bs[q] < FT_NB && j < T.nb[bs[q]]; j++) {
				const fpat *p = &T.p[T.bucket[bs[q]][j]];
				if (x->bits[t] >> p->cls & 1 ||
				    (p->mode[0] == 0 && p->wl[0] != L) || !word_ok(x, t, p, 0))
					continue;
				if (p->nw == 1 ? !p->lead || (x->bits[t] & FT_CLAUSE)
					       : pat_from(x, t, t1, p, 0))
					x->bits[t] |= 1u << p->cls;
			}
	}
	if (!wide || t0 >= t1)
		return;
	{
		size_t b0 = x->tok[t0].start, b1 = x->tok[t1 - 1].start + x->tok[t1 - 1].len;
		for (j = 0; j < T.nsub; j++) {
			const fpat *p = &T.p[T.sub[j]];
			const char *h = x->low + b0, *e = x->low + b1, *q;
			while ((q = memmem(h, (size_t)(e - h), p->sub, p->sublen))) {
				size_t off = (size_t)(q - x->low), lo = t0, hi = t1;
				while (hi - lo > 1) { /* the token holding off */
					size_t mid = (lo + hi) / 2;
					if (x->tok[mid].start <= off)
						lo = mid;
					else
						hi = mid;
				}
				if (!(x->bits[lo] & FT_QUOTE))
					x->bits[lo] |= 1u << p->cls;
				h = q + p->sublen;
			}
		}
	}
}

#define HAS(t, c) (x->bits[(t)] >> (c)&1)

static int any_in(const ftext *x, size_t a, size_t b, int c)
{
	for (; a < b; a++)
		if (HAS(a, c))
			return 1;
	return 0;
}

enum { FB_THREAT = 1, FB_REWARD = 2, FB_IFMOVE = 4, FB_NEEDLESS = 8 };

/* Sentence [t0, t1): non-zero when a contingency is joined to a fate the way a
 * bargain joins them - the negative branch (unless, otherwise, if not)
 * with a move, the positive one (if, as long as, an imperative's "and")
 * with staying put; a plain "if" with a move only when the sentence
 * speaks to the addressee. Returns FB_* bits. A move negated
 * ("is shared with nobody", "not reported") is staying put: "without
 * your consent it is not shared" protects, and threatens nothing. */
/* A condition that asks a wish or consent ("if you want changes, tell
 * me"): the "otherwise" after it is its other branch, no threat. */
static int consent_if(const ftext *x, size_t t0, size_t t1)
{
	size_t t;
	for (t = t0; t < t1; t++)
		if (HAS(t, FW_IF) && any_in(x, t + 1, t + 5 < t1 ? t + 5 : t1, FW_CONSENT))
			return 1;
	return 0;
}

/* A staying verb with a state or place near it ("stays confidential"). */
static int stay_state(const ftext *x, size_t t0, size_t t1)
{
	size_t t;
	for (t = t0; t < t1; t++)
		if (HAS(t, FW_STAYC) ||
		    (HAS(t, FW_STAY) && any_in(x, t + 1, t + 4 < t1 ? t + 4 : t1, FW_STATE)))
			return 1;
	return 0;
}

/* "Need not" with a verb of telling, reaching or learning after it, not
 * told to the speaker or the addressee ("the board needn't see it", "it
 * needn't reach the tax office"): the disclosure made avoidable, which is
 * the veiled branch of a bargain; "you needn't tell us" is none. */
static int neednt_out(const ftext *x, size_t t, size_t t1)
{
	size_t u, e = t + 10 < t1 ? t + 10 : t1;
	for (u = t; u < e; u++) {
		size_t v;
		int obj = any_in(x, u + 1, u + 3 < t1 ? u + 3 : t1, FW_OBJ);
		/* an object pronoun just before ("uns nicht informieren"); the
		 * one-letter piece of an elision ("needn't") is none */
		for (v = u >= t + 2 ? u - 2 : t; v < u && !obj; v++)
			obj = HAS(v, FW_OBJ) && x->tok[v].len > 1;
		if ((HAS(u, FW_OUT) || HAS(u, FW_LEARN) || HAS(u, FW_SCRUT)) && !obj)
			return 1;
	}
	return 0;
}

/* "Keep complaining and the other parents hear of it": a bare imperative
 * to go on ("proceed, and", not "proceed with the form and"), "and" at
 * most three words on, then a verb of telling or learning within seven,
 * not aimed at the speaker or the addressee and not an offer's modal,
 * whose object points back to what was named ("see it", "hear about
 * both", "erfährt davon"; "the board will see the final version" is a
 * plan, not a dare). */
static int dare_out(const ftext *x, size_t t, size_t t1)
{
	size_t u, v, e = t + 4 < t1 ? t + 4 : t1;
	for (u = t + 1; u < e; u++) {
		if (!HAS(u, FW_AND))
			continue;
		for (v = u + 1; v < u + 8 && v < t1; v++)
			if ((HAS(v, FW_OUT) || HAS(v, FW_LEARN)) &&
			    !any_in(x, v + 1, v + 3 < t1 ? v + 3 : t1, FW_OBJ) &&
			    any_in(x, v + 1, v + 4 < t1 ? v + 4 : t1, FW_ANA) &&
			    !any_in(x, u, v, FW_CAN) && !any_in(x, u, v, FW_OBJ))
				return 1;
		return 0;
	}
	return 0;
}

static int sentence_bargain(const ftext *x, size_t t0, size_t t1, size_t p0, size_t n1)
{
	size_t t;
	int neg = 0, pos = 0, weak = 0, out = 0, stay = 0, please = 0, needless = 0;
	int you = any_in(x, t0, t1, FW_PERSON), offered = consent_if(x, p0, t1);
	if (any_in(x, p0, t0, FW_VEILED) || any_in(x, t1, n1, FW_VEILED))
		neg = 1; /* "Think carefully. The board would see it." (or after) */
	for (t = t0; t < t1; t++) {
		size_t e4 = t + 5 < t1 ? t + 5 : t1, e5 = t + 6 < t1 ? t + 6 : t1;
		if (HAS(t, FW_PLEASE))
			please = 1;
		/* "without your consent" protects; "otherwise" after a wish
		 * is the wish's other branch */
		if (HAS(t, FW_ALT) && !offered && !any_in(x, t + 1, e4, FW_CONSENT))
			neg = 1;
		if (HAS(t, FW_VEILED))
			neg = 1;
		if (HAS(t, FW_IF) && !any_in(x, t + 1, e4, FW_CONSENT) &&
		    !(t + 1 < t1 && HAS(t + 1, FW_SELF))) {
			if (any_in(x, t + 1, e4, FW_NEG))
				neg = 1;
			else
				pos = weak = 1;
		}
		if (HAS(t, FW_AND)) {
			/* a demand before "and", not a first state ("it stays
			 * confidential and is shown to nobody") */
			if ((any_in(x, t + 1, e4, FW_STAY) || any_in(x, t + 1, e4, FW_STAYC) ||
			     any_in(x, t + 1, e4, FW_NOBODY) ||
			     (any_in(x, t + 1, e4, FW_NEEDNT) && neednt_out(x, t + 1, t1))) &&
			    !stay_state(x, t0, t))
				pos = 1;
		}
		if (HAS(t, FW_OUT) && !please) {
			size_t a = t >= t0 + 2 ? t - 2 : t0, b = t + 3 < t1 ? t + 3 : t1;
			size_t c = t >= t0 + 3 ? t - 3 : t0;
			if (any_in(x, c, t, FW_NEG) || any_in(x, t + 1, b, FW_NOBODY))
				stay = 1; /* "not reported", "shared with nobody" */
			else if (!any_in(x, a, t, FW_OBJ) && !any_in(x, t + 1, b, FW_OBJ) &&
				 !any_in(x, c, t, FW_CAN))
				out = 1;
		}
		if (HAS(t, FW_STAYC))
			stay = 1;
		if (HAS(t, FW_STAY)) {
			size_t a = t >= t0 + 6 ? t - 6 : t0, b = t + 7 < t1 ? t + 7 : t1;
			size_t c = t >= t0 + 3 ? t - 3 : t0;
			/* "no reason to keep it to ourselves": a negated keeping moves */
			if (any_in(x, a, b, FW_STATE)) {
				/* the speaker's own keeping negated ("we'll have no
				 * reason to keep it to ourselves"), not the addressee's */
				if (any_in(x, c, t, FW_NEG) && !please &&
				    any_in(x, t >= t0 + 6 ? t - 6 : t0, t, FW_SELF) &&
				    !any_in(x, c, t, FW_OBJ))
					out = 1;
				else
					stay = 1;
			}
		}
		if (HAS(t, FW_NOBODY) &&
		    (any_in(x, t, e5, FW_LEARN) || any_in(x, t + 1, e5, FW_OUT)))
			stay = 1;
		if (HAS(t, FW_NEEDNT) && !please && neednt_out(x, t, t1))
			needless = 1;
		if (HAS(t, FW_GOON) && !please && dare_out(x, t, t1))
			neg = out = 1;
	}
	if (pos && needless)
		stay = 1; /* "sign, and the board never needs to see it" */
	return (neg && out ? FB_THREAT : 0) | (needless ? FB_NEEDLESS : 0) |
	       (pos && stay ? FB_REWARD : 0) | (weak && out && you ? FB_IFMOVE : 0);
}

/* A hold: the speaker's claim to know, a record named with "your" or
 * "our", or a first-person subject with a record just after it ("vi har
 * fortfarande anteckningen", "we still keep the memo"). */
static int sentence_hold(const ftext *x, size_t t0, size_t t1)
{
	size_t t;
	if (any_in(x, t0, t1, FW_KNOW) ||
	    (any_in(x, t0, t1, FW_RECORD) && any_in(x, t0, t1, FW_PERSON)))
		return 1;
	for (t = t0; t < t1; t++)
		if (HAS(t, FW_SELF) && any_in(x, t + 1, t + 6 < t1 ? t + 6 : t1, FW_RECORD))
			return 1;
	return 0;
}

/* A fact declared kept for now (still internal, noch vertraulich) with
 * no staying verb: what a later "if you ..., it stays that way" holds;
 * "your account is private" states a setting, not a fact held back. */
static int sentence_kept(const ftext *x, size_t t0, size_t t1)
{
	return any_in(x, t0, t1, FW_STATE) && any_in(x, t0, t1, FW_STILL) &&
	       !any_in(x, t0, t1, FW_STAY) && !any_in(x, t0, t1, FW_IF);
}

/* A threat named (not negated): a report or a refusal. */
static int names_threat(const ftext *x)
{
	size_t t;
	for (t = 0; t < x->ntok; t++)
		if (HAS(t, FW_NAMED) && !any_in(x, t >= 3 ? t - 3 : 0, t, FW_NEG))
			return 1;
	return 0;
}

/* A "need not" alone says no condition; the message must set terms in
 * another sentence - a deadline or an expectation, not asked for with
 * "please" ("we expect your answer today", not "please return the form
 * by Friday") - and offer the addressee no say ("unless you want them
 * to know" is a consent question). */
static int terms_sentence(const ftext *x, size_t k)
{
	size_t a = x->sent[k], b = x->sent[k + 1];
	return any_in(x, a, b, FW_DEMAND) && !any_in(x, a, b, FW_PLEASE);
}

/* How many sentences set terms; 0 when the text offers the addressee a
 * say. Read once per text (linear), then per sentence by terms_set. */
static size_t terms_count(const ftext *x)
{
	size_t k, t, n = 0;
	if (consent_if(x, 0, x->ntok))
		return 0;
	for (t = 0; t < x->ntok; t++)
		if (HAS(t, FW_ALT) &&
		    any_in(x, t + 1, t + 5 < x->ntok ? t + 5 : x->ntok, FW_CONSENT))
			return 0;
	for (k = 0; k < x->nsent; k++)
		n += (size_t)terms_sentence(x, k);
	return n;
}

static int terms_set(const ftext *x, size_t si, size_t *cache)
{
	if (*cache == (size_t)-1)
		*cache = terms_count(x);
	return *cache > (size_t)terms_sentence(x, si);
}

/* One text: 1 a bargain beside a hold, 0 none; 2 a bargain with no hold
 * near, when `win` is given: the bytes [win[0], win[1]) of the sentences
 * before it, where a restated fact would be (fate.c's provenance). */
static int fate_read(const char *s, size_t n, int answer, size_t *at, size_t *len, size_t *win,
		     size_t *thr)
{
	ftext x = {0};
	size_t i, k, terms = (size_t)-1;
	int hit = 0;
	pthread_once(&T_once, tab_make);
	if (!T.ok)
		return -1;
	if (!s || n < 24)
		return 0;
	x.n = n;
	if (!(x.low = malloc(n + 1)))
		return -1;
	lower_utf8(s, x.low, n);
	x.low[n] = 0;
	if (text_cut(&x)) {
		hit = -1;
		goto out;
	}
	for (i = 0; i < x.nsent; i++)
		mark_sentence(&x, x.sent[i], x.sent[i + 1]);
	for (i = 0; i < x.nsent && hit != 1; i++) {
		size_t t0 = x.sent[i], t1 = x.sent[i + 1];
		size_t p0 = i ? x.sent[i - 1] : t0;
		int bg = sentence_bargain(&x, t0, t1, p0, i + 1 < x.nsent ? x.sent[i + 2] : t1);
		if (bg == FB_NEEDLESS && !terms_set(&x, i, &terms))
			bg = 0;
		if (!bg)
			continue;
		/* (s18) the threat's move makes their social circle (their
		 * parish, neighbours, community) learn of them: shaming needs no
		 * fact held ("we'll tell the parish office to release the date"
		 * has nobody learn anything, and neighbours who would see the
		 * scaffolding learn nothing of them) */
		if ((bg & FB_THREAT) && any_in(&x, t0, t1, FW_SOCIAL) &&
		    any_in(&x, t0, t1, FW_HEARS)) {
			hit = 1;
			if (at && len && t1 > t0) {
				*at = x.tok[t0].start;
				*len = x.tok[t1 - 1].start + x.tok[t1 - 1].len - *at;
			}
			break;
		}
		int only_if = bg == FB_IFMOVE;
		for (k = i >= FT_HOLD_BACK ? i - FT_HOLD_BACK : 0; k <= i + 1 && k < x.nsent; k++) {
			size_t h0 = x.sent[k], h1 = x.sent[k + 1];
			/* the weakest bargain (a plain "if" with a move, an offer's
			 * shape) needs the strongest hold: the speaker's own claim
			 * to know, in it or the sentence before */
			if (only_if ? !(k + 1 >= i && k <= i && any_in(&x, h0, h1, FW_KNOW))
				    : !sentence_hold(&x, h0, h1) && !((bg & FB_REWARD) && k < i &&
								      sentence_kept(&x, h0, h1)))
				continue;
			if (answer && !any_in(&x, h0, h1, FW_PERSON) &&
			    !any_in(&x, t0, t1, FW_PERSON))
				continue;
			hit = 1;
			if (at && len && t1 > t0) {
				*at = x.tok[t0].start;
				*len = x.tok[t1 - 1].start + x.tok[t1 - 1].len - *at;
			}
			break;
		}
		/* a bargain with no hold near: its sentence and the one before,
		 * for fatercd.c to look for a record's value in */
		if (!hit && thr && !thr[1] && (bg & (FB_THREAT | FB_REWARD | FB_IFMOVE))) {
			thr[0] = x.tok[p0].start;
			thr[1] = x.tok[t1 - 1].start + x.tok[t1 - 1].len;
			thr[2] = (size_t)bg | (any_in(&x, t0, t1, FW_SELF) ? 16u : 0u);
		}
		/* a fact restated, not claimed: only beside an offer of silence
		 * ("it can stay that way if ..."); "otherwise I'll report the
		 * hedge to the council" is the lawful consequence of a demand */
		if (!hit && win && i > 0 && (bg & FB_REWARD)) {
			size_t w0 = x.sent[i >= FT_HOLD_BACK ? i - FT_HOLD_BACK : 0];
			win[0] = x.tok[w0].start;
			win[1] = x.tok[t0 - 1].start + x.tok[t0 - 1].len;
			hit = 2;
		}
	}
	if (hit == 1 && names_threat(&x))
		hit = 0;
	if (hit == 2 && names_threat(&x))
		hit = 0;
	if (thr && thr[1] && names_threat(&x))
		thr[1] = 0;
out:
	free(x.low);
	free(x.tok);
	free(x.bits);
	free(x.sent);
	return hit;
}

int pol_fate_text(const char *s, size_t n, int answer, size_t *at, size_t *len)
{
	return fate_read(s, n, answer, at, len, NULL, NULL);
}

int pol_fate_threat(const char *s, size_t n, size_t *at, size_t *end, int *kind)
{
	size_t thr[3] = {0, 0, 0};
	int rc = fate_read(s, n, 0, NULL, NULL, NULL, thr);
	if (rc < 0)
		return rc;
	if (rc || !thr[1])
		return 0;
	*at = thr[0];
	*end = thr[1];
	*kind = thr[2] & FB_THREAT ? 1 : thr[2] & FB_REWARD ? 2 : thr[2] & 16u ? 3 : 4;
	return 1;
}

/* ---- provenance: a fact restated from the user's words or a record ------ */

#define FT_RUN 5 /* tokens in a row a restatement shares */

static uint64_t run_hash(const char *low, const ftok *tk)
{
	uint64_t h = 1469598103934665603ull;
	int k;
	size_t j;
	for (k = 0; k < FT_RUN; k++) {
		for (j = 0; j < tk[k].len; j++)
			h = (h ^ (unsigned char)low[tk[k].start + j]) * 1099511628211ull;
		h = (h ^ 0x20) * 1099511628211ull;
	}
	return h;
}

static int u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Tokens of s[0..n), lowercased into x (caller frees x->low, x->tok, x->bits, x->sent). */
static int text_tokens(ftext *x, const char *s, size_t n)
{
	x->n = n;
	if (!(x->low = malloc(n + 1)))
		return -1;
	lower_utf8(s, x->low, n);
	x->low[n] = 0;
	return text_cut(x);
}

static void text_free(ftext *x)
{
	free(x->low);
	free(x->tok);
	free(x->bits);
	free(x->sent);
}

/* Does s[0..n) share FT_RUN tokens in a row with a user or tool message? */
static int restated(const pol_conv *c, const char *s, size_t n)
{
	ftext a = {0};
	uint64_t *h = NULL;
	size_t nh = 0, i, t;
	int hit = 0;
	if (text_tokens(&a, s, n))
		goto fail;
	if (a.ntok < FT_RUN)
		goto done;
	if (!(h = malloc((a.ntok - FT_RUN + 1) * sizeof *h)))
		goto fail;
	for (t = 0; t + FT_RUN <= a.ntok; t++)
		h[nh++] = run_hash(a.low, &a.tok[t]);
	qsort(h, nh, sizeof *h, u64_cmp);
	for (i = 0; i < c->n && !hit; i++) {
		ftext b = {0};
		if ((c->m[i].role != RL_ROLE_USER && c->m[i].role != RL_ROLE_TOOL) || !c->m[i].text)
			continue;
		if (text_tokens(&b, c->m[i].text, c->m[i].len)) {
			text_free(&b);
			goto fail;
		}
		for (t = 0; t + FT_RUN <= b.ntok && !hit; t++) {
			uint64_t v = run_hash(b.low, &b.tok[t]);
			hit = bsearch(&v, h, nh, sizeof *h, u64_cmp) != NULL;
		}
		text_free(&b);
	}
done:
	free(h);
	text_free(&a);
	return hit;
fail:
	free(h);
	text_free(&a);
	return -1;
}

/* A field that reads as prose: four spaces, or a dozen CJK or Hangul lead bytes. */
static int prose_field(const rl_field *f)
{
	size_t j, sp = 0, wide = 0;
	if (!f->value || f->len < 24)
		return 0;
	for (j = 0; j < f->len && sp < 4 && wide < 12; j++) {
		unsigned char b = (unsigned char)f->value[j];
		sp += b == ' ';
		wide += b >= 0xe3 && b <= 0xed;
	}
	return sp >= 4 || wide >= 12;
}

int pol_fate_gate(const rl_action *a)
{
	size_t i;
	if (!a)
		return 0;
	for (i = 0; i < a->nfields; i++)
		if (prose_field(&a->fields[i]))
			return rl_message_shape(a);
	return 0;
}

/* A message act: the fields that read as prose (rl_message_shape's test). */
int pol_coerce_fate_action(const pol_conv *c, const rl_action *a)
{
	size_t i, win[2] = {0, 0};
	if (!pol_fate_gate(a))
		return 0;
	for (i = 0; i < a->nfields; i++) {
		const rl_field *f = &a->fields[i];
		int rc;
		if (!prose_field(f))
			continue;
		rc = fate_read(f->value, f->len, 0, NULL, NULL, c && c->n ? win : NULL, NULL);
		/* no hold said: a fact the user or a record gave, restated */
		if (rc == 2)
			rc = restated(c, f->value + win[0], win[1] - win[0]);
		if (rc)
			return rc;
	}
	return 0;
}

int pol_coerce_fate_answer(const pol_conv *c, const char *s, size_t n)
{
	if (!c || !pol_conv_tool(c))
		return 0;
	return pol_fate_text(s, n, 1, NULL, NULL);
}
