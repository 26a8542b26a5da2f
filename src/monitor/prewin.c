/* prewin.c: the prefilter's window scan. A regex of the line database with
 * no literal vectorscan's literal matcher can filter on (the PII card, SSN
 * and IBAN patterns, the action hint `[a-z_]\(`) kept vectorscan's
 * automata running over every byte of every log: some 1.5 instructions a
 * byte of prose that holds none of them. Every match of such a regex holds
 * a byte of a class (a digit, `(`, `-`: minwidth.c pol_re_window says which, and
 * how wide a match can be, W bytes), so a match lies within W - 1 bytes of
 * one of those bytes. One vector pass finds them; each gets a window of W
 * bytes and one byte of context (for \b, ^ and $) on each side, widened to
 * whole UTF-8 characters; windows that meet or nearly meet are merged, the
 * rest gathered into one text (a NUL between two) and scanned by one call
 * with a database of those regexes alone (prefilter.c moves them there).
 * Each match's end is mapped back to the scanned text. Every match of the
 * text lies in one window whole, with its context, so the scan reports
 * what the same regexes report over the whole text; a match across a NUL
 * (none of these regexes matches a NUL) or a window's clipped end could
 * only add matches. The classes: a digit, '(' and '-' (short literals
 * such as " -e " go here too). The action hint for a call has an
 * unbounded tail (`(?:\s|\\n)*...`): its head `[a-z_]\(` is in the
 * windows and mon_hint_tail confirms the tail in the text past the
 * window, so it reports the lines the whole hint reports. */
#include "monitor/prefilter_int.h"
#include "monitor/simd.h"

#ifdef RL_X86_SIMD
#include <immintrin.h>
#endif
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "base/hscache.h"

/* Windows closer than this are one: fewer separators and a shorter
 * segment table, a few more bytes scanned. More than 6 so that widening
 * to whole characters (up to 3 bytes each side) never makes two overlap. */
#define WIN_GAP 16

typedef struct wstate {
	mon_prefilter *f;
	const unsigned char *s;
	size_t n;      /* the text's end: windows stop there */
	size_t c0, c1; /* the stretch whose trigger bytes are looked for */
	size_t ws, we; /* the open window */
	int open, err;
} wstate;

/* Append the open window to the gathered text and its segment. */
static void win_flush(wstate *w)
{
	mon_prefilter *f = w->f;
	size_t a = w->ws, b = w->we;
	while (a > 0 && (w->s[a] & 0xc0) == 0x80)
		a--;
	while (b < w->n && (w->s[b] & 0xc0) == 0x80)
		b++;
	if (f->wnseg == f->wcap) {
		size_t nc = f->wcap ? f->wcap * 2 : 64;
		size_t *ns = realloc(f->wseg, nc * 2 * sizeof *ns);
		if (!ns) {
			w->err = 1;
			return;
		}
		f->wseg = ns;
		f->wcap = nc;
	}
	f->wseg[2 * f->wnseg] = f->wbuf.len;
	f->wseg[2 * f->wnseg + 1] = a;
	f->wnseg++;
	if (rl_buf_add(&f->wbuf, w->s + a, b - a) || rl_buf_addc(&f->wbuf, '\0'))
		w->err = 1;
	w->open = 0;
}

/* The bytes t0..t1 (a run of window-class bytes of one reach, often a
 * single byte): their windows, merged with the open one when they meet. */
static inline void win_at(wstate *w, size_t t0, size_t t1)
{
	size_t r = w->f->wr[w->s[t0]];
	size_t a = t0 > r ? t0 - r : 0, b = t1 + 1 + r;
	if (b > w->n)
		b = w->n;
	if (w->open && a <= w->we + WIN_GAP) {
		if (b > w->we)
			w->we = b;
		return;
	}
	if (w->open)
		win_flush(w);
	w->ws = a;
	w->we = b;
	w->open = 1;
}

static inline int is_trigger(unsigned kinds, unsigned char c)
{
	return ((kinds & 1) && (unsigned char)(c - '0') < 10) || ((kinds & 2) && c == '(') ||
	       ((kinds & 4) && c == '-');
}

/* The trigger bytes of a stretch at s[i..], d the digits, o the others
 * (bit k: s[i + k]): a run of digits (an id, a number) is one window, its
 * first to its last byte; the others each their own. In order, so that
 * windows merge. */
static inline __attribute__((always_inline)) void win_stretch(wstate *w, size_t i, uint64_t d,
							      uint64_t o)
{
	uint64_t first = d & ~(d << 1), last = d & ~(d >> 1), ev = first | o;
	while (ev) {
		unsigned k = (unsigned)__builtin_ctzll(ev);
		if (first >> k & 1) {
			unsigned e = (unsigned)__builtin_ctzll(last & (~0ull << k));
			win_at(w, i + k, i + e);
		} else {
			win_at(w, i + k, i + k);
		}
		ev &= ev - 1;
	}
}

#ifdef RL_X86_SIMD
/* The digits of s[i..i+16) (returned) and the other trigger bytes (*o). */
static inline __attribute__((always_inline)) unsigned trig16(const unsigned char *s, size_t i,
							     unsigned kinds, unsigned *o)
{
	__m128i a = _mm_loadu_si128((const __m128i *)(s + i)), m = _mm_setzero_si128();
	unsigned d = 0;
	if (kinds & 1) {
		__m128i x = _mm_sub_epi8(a, _mm_set1_epi8('0'));
		d = (unsigned)_mm_movemask_epi8(
			_mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(9)), x));
	}
	if (kinds & 2)
		m = _mm_cmpeq_epi8(a, _mm_set1_epi8('('));
	if (kinds & 4)
		m = _mm_or_si128(m, _mm_cmpeq_epi8(a, _mm_set1_epi8('-')));
	*o = (unsigned)_mm_movemask_epi8(m);
	return d;
}

__attribute__((target("avx2"))) static inline unsigned trig32(const unsigned char *s, size_t i,
							      unsigned kinds, unsigned *o)
{
	__m256i a = _mm256_loadu_si256((const __m256i *)(s + i)), m = _mm256_setzero_si256();
	unsigned d = 0;
	if (kinds & 1) {
		__m256i x = _mm256_sub_epi8(a, _mm256_set1_epi8('0'));
		d = (unsigned)_mm256_movemask_epi8(
			_mm256_cmpeq_epi8(_mm256_min_epu8(x, _mm256_set1_epi8(9)), x));
	}
	if (kinds & 2)
		m = _mm256_cmpeq_epi8(a, _mm256_set1_epi8('('));
	if (kinds & 4)
		m = _mm256_or_si256(m, _mm256_cmpeq_epi8(a, _mm256_set1_epi8('-')));
	*o = (unsigned)_mm256_movemask_epi8(m);
	return d;
}
#endif

/* Every trigger byte of s[0..n), in order. Most stretches of prose hold
 * none: 64 (AVX2) or 32 (SSE2) bytes are tested at once. */
static inline __attribute__((always_inline)) void win_find(wstate *w, unsigned kinds, int wd)
{
	const unsigned char *s = w->s;
	size_t i = w->c0, n = w->c1;
#ifdef RL_X86_SIMD
	unsigned oa, ob;
	uint64_t d;
	if (wd >= MON_W_AVX2)
		for (; i + 64 <= n; i += 64) {
			d = trig32(s, i, kinds, &oa) | (uint64_t)trig32(s, i + 32, kinds, &ob)
							       << 32;
			if (d | oa | ob)
				win_stretch(w, i, d, oa | (uint64_t)ob << 32);
		}
	if (wd >= MON_W_SSE2)
		for (; i + 32 <= n; i += 32) {
			d = trig16(s, i, kinds, &oa) | trig16(s, i + 16, kinds, &ob) << 16;
			if (d | oa | ob)
				win_stretch(w, i, d, oa | ob << 16);
		}
#else
	(void)wd;
#endif
	for (; i < n; i++)
		if (is_trigger(kinds, s[i]))
			win_at(w, i, i);
}

#ifdef RL_X86_SIMD
#define FIND(name, kinds)                                                                          \
	static void name##_scalar(wstate *w)                                                       \
	{                                                                                          \
		win_find(w, kinds, MON_W_SCALAR);                                                  \
	}                                                                                          \
	static void name##_sse2(wstate *w)                                                         \
	{                                                                                          \
		win_find(w, kinds, MON_W_SSE2);                                                    \
	}                                                                                          \
	__attribute__((target("avx2"))) static void name##_avx2(wstate *w)                         \
	{                                                                                          \
		win_find(w, kinds, MON_W_AVX2);                                                    \
	}                                                                                          \
	static void name##_w(int wd, wstate *w)                                                    \
	{                                                                                          \
		if (wd >= MON_W_AVX2)                                                              \
			name##_avx2(w);                                                            \
		else if (wd == MON_W_SSE2)                                                         \
			name##_sse2(w);                                                            \
		else                                                                               \
			name##_scalar(w);                                                          \
	}
#else
#define FIND(name, kinds)                                                                          \
	static void name##_w(int wd, wstate *w)                                                    \
	{                                                                                          \
		(void)wd;                                                                          \
		win_find(w, kinds, MON_W_SCALAR);                                                  \
	}
#endif
FIND(k1, 1u)
FIND(k2, 2u)
FIND(k3, 3u)
FIND(k4, 4u)
FIND(k5, 5u)
FIND(k6, 6u)
FIND(k7, 7u)
#undef FIND

typedef struct wmap {
	const mon_prefilter *f;
	match_event_handler cb;
	void *ctx;
	const char *s; /* the scanned text */
	size_t n;
} wmap;

static int hint_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r'); /* \s without UCP */
}

static int hint_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

/* Does MON_HINT_CALL's tail, (?:\s|\\n)*(?:[a-z_]\w*\s*=|\\?["']|[\[{0-9+-])
 * (caseless), match at s[p..n)? The blank run is taken whole: no
 * alternative starts with a blank or with a backslash followed by 'n', so
 * giving some of it back never helps; nor does giving back a \w or \s run
 * before the '='. Each run ends at the next `x(`, so all the tails of a
 * text cost one pass over it. test_monitor_win compares it with vectorscan
 * on the whole expression. */
int mon_hint_tail(const char *str, size_t n, size_t p)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char c;
	for (;;) {
		if (p < n && hint_space(s[p]))
			p++;
		else if (p + 1 < n && s[p] == '\\' && s[p + 1] == 'n')
			p += 2;
		else
			break;
	}
	if (p >= n)
		return 0;
	c = s[p];
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
		for (p++; p < n && hint_word(s[p]); p++)
			;
		while (p < n && hint_space(s[p]))
			p++;
		return p < n && s[p] == '=';
	}
	if (c == '\\')
		return p + 1 < n && (s[p + 1] == '"' || s[p + 1] == '\'');
	return c == '"' || c == '\'' || c == '[' || c == '{' || (c >= '0' && c <= '9') ||
	       c == '+' || c == '-';
}

/* A match in the gathered text: its end mapped back to the scanned text
 * (the segment holding its last byte), then the caller's handler. */
static int win_match(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
		     void *ctx)
{
	const wmap *m = ctx;
	const size_t *seg = m->f->wseg;
	size_t lo = 0, hi = m->f->wnseg, last = to ? (size_t)to - 1 : 0, k, v;
	while (hi - lo > 1) { /* the last segment starting at or before it */
		k = lo + (hi - lo) / 2;
		if (seg[2 * k] <= last)
			lo = k;
		else
			hi = k;
	}
	v = seg[2 * lo + 1] + (last - seg[2 * lo]);
	(void)from;
	/* the call hint's head: its tail in the text, past the window; the
	 * head's end stands for the match's (an earlier end: its line is
	 * handed over, never one after it) */
	if (m->f->whint && id == m->f->whint_id && !mon_hint_tail(m->s, m->n, v + 1))
		return 0;
	return m->cb(id, v, (unsigned long long)v + 1, flags, m->ctx);
}

/* The text is taken in stretches of growing length (WIN_FIRST bytes, then
 * twice as many each time): the windows of a stretch are gathered and
 * scanned before the next is looked at, so a caller that wants the first
 * match (a block scan, called again after each matching line) pays for
 * the text up to it, not for the rest of the block each time. */
#define WIN_FIRST 1024

int mon_win_scan(mon_prefilter *f, const char *s, size_t n, match_event_handler cb, void *ctx)
{
	wstate w = {f, (const unsigned char *)s, n, 0, 0, 0, 0, 0, 0};
	wmap m = {f, cb, ctx, s, n};
	size_t step = WIN_FIRST;
	hs_error_t r = HS_SUCCESS;
	while (w.c0 < n) {
		w.c1 = n - w.c0 > step ? w.c0 + step : n;
		step *= 2;
		rl_buf_reset(&f->wbuf);
		f->wnseg = 0;
		switch (f->wkinds) {
		case 1: k1_w(f->w, &w); break;
		case 2: k2_w(f->w, &w); break;
		case 3: k3_w(f->w, &w); break;
		case 4: k4_w(f->w, &w); break;
		case 5: k5_w(f->w, &w); break;
		case 6: k6_w(f->w, &w); break;
		default: k7_w(f->w, &w); break;
		}
		if (w.open && !w.err)
			win_flush(&w); /* whole: it may reach into the next stretch */
		if (w.err)
			return HS_NOMEM; /* cannot tell: the caller counts it a match */
		w.c0 = w.c1;
		if (!f->wnseg)
			continue;
		if (f->wbuf.len > UINT32_MAX)
			return HS_INVALID;
		r = rl_hs_scan(f->wdb, f->wbuf.s, (unsigned)f->wbuf.len, 0, f->wscratch, win_match,
			       &m);
		if (r != HS_SUCCESS)
			return r;
	}
	return r;
}
