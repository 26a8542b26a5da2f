/* jsonview.c: the monitor prefilter's view of a raw JSON line, split out
 * of prefilter.c (see there for why it is exact): the JSON string-escape
 * decoder (mon_json_decode) and the raw fast path's 64-byte-mask
 * validation (mon_raw_check). Hand-written: no library decodes JSON
 * strings without parsing the document. The x86 vector paths are built
 * only where simd.h defines RL_X86_SIMD; the plain C path (width
 * MON_W_SCALAR) is always built, runs everywhere else, and gives the same
 * results (test_monitor_marks runs every width against a reference). */
#include "monitor/monitor.h"

#ifdef RL_X86_SIMD
#include <immintrin.h>
#endif
#include <stdlib.h>
#include <string.h>

/* ---- the decoder ------------------------------------------------------------ */

static int hexv(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int hex4(const unsigned char *s, size_t n, size_t i, unsigned *cp)
{
	int a, b, c, d;
	if (i + 4 > n)
		return 0;
	a = hexv(s[i]), b = hexv(s[i + 1]), c = hexv(s[i + 2]), d = hexv(s[i + 3]);
	if ((a | b | c | d) < 0)
		return 0;
	*cp = (unsigned)(a << 12 | b << 8 | c << 4 | d);
	return 1;
}

static size_t put_utf8(unsigned char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | cp >> 6);
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | cp >> 12);
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | cp >> 18);
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/* The length of the valid UTF-8 sequence at s (1-4), 0 if invalid: base's
 * one validator (RFC 3629), only reached for bytes >= 0x80. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	uint32_t cp;
	return rl_utf8_decode(s, n, &cp);
}

#ifdef RL_X86_SIMD
/* The steps' constants (quote, backslash, newline) in memory: gcc built
 * two of the _mm*_set1_epi8 vectors anew in every step (5 instructions of
 * some 20: the loop's calls clobber every vector register); read through
 * a pointer gcc cannot see into, they become the compares' memory
 * operands. */
#define R32(c)                                                                                     \
	c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c,  \
		c, c
static const unsigned char vconst[6][32] __attribute__((aligned(32))) = {
	{R32('"')}, {R32('\\')}, {R32('\n')}, {R32(0xC1)}, {R32(0xE0)}, {R32(0xC0)}};
#undef R32

/* The bytes of a vector (mask hi: those >= 0x80) that are whole two-byte
 * characters within it (a lead C2-DF followed by a continuation 80-BF,
 * and that continuation): valid UTF-8 as they stand, so the vector step
 * copies them instead of leaving for the plain path, which copies them
 * the same (its two-byte shortcut). Accented Latin, Greek, Cyrillic,
 * Hebrew and Arabic text is mostly such characters; before, each one
 * ended a vector step (a fifth of the bench log's steps). Signed
 * compares: lead > (int8)0xC1 and < (int8)0xE0, continuation < (int8)0xC0. */
static inline __attribute__((always_inline)) unsigned two_byte_mask(unsigned lead, unsigned cont)
{
	unsigned gl = lead & (cont >> 1); /* a lead followed by a continuation */
	return gl | (cont & (gl << 1));
}

/* The vector step: up to `w` (16 or 32) plain bytes copied, quotes turned
 * into newlines (a blend), only backslashes and non-ASCII bytes other
 * than whole two-byte characters (two_byte_mask) leaving the vector path. Returns how many bytes
 * were consumed (w when none of them was special); *qx gets the quote mask of those bytes XORed in
 * (the parity of the quote count is all that matters). The output has 64 bytes of slack and never
 * outruns the input, so the whole vector is stored. */
static inline __attribute__((always_inline)) unsigned
step16(const unsigned char *s, unsigned char *o, unsigned *qx, const unsigned char (*vc)[32])
{
	const __m128i q = _mm_load_si128((const __m128i *)vc[0]),
		      bs = _mm_load_si128((const __m128i *)vc[1]),
		      nl = _mm_load_si128((const __m128i *)vc[2]);
	__m128i v = _mm_loadu_si128((const __m128i *)s);
	__m128i isq = _mm_cmpeq_epi8(v, q);
	unsigned mq = (unsigned)_mm_movemask_epi8(isq);
	unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, bs));
	unsigned hi = (unsigned)_mm_movemask_epi8(v), k;
	if (hi) {
		__m128i lead =
			_mm_and_si128(_mm_cmpgt_epi8(v, _mm_load_si128((const __m128i *)vc[3])),
				      _mm_cmpgt_epi8(_mm_load_si128((const __m128i *)vc[4]), v));
		__m128i cont = _mm_cmpgt_epi8(_mm_load_si128((const __m128i *)vc[5]), v);
		m |= hi & ~two_byte_mask((unsigned)_mm_movemask_epi8(lead),
					 (unsigned)_mm_movemask_epi8(cont));
	}
	k = m ? (unsigned)__builtin_ctz(m) : 16;
	_mm_storeu_si128((__m128i *)o,
			 _mm_or_si128(_mm_andnot_si128(isq, v), _mm_and_si128(isq, nl)));
	*qx ^= k < 16 ? mq & ((1u << k) - 1) : mq;
	return k;
}

__attribute__((target("avx2"))) static inline unsigned
step32(const unsigned char *s, unsigned char *o, unsigned *qx, const unsigned char (*vc)[32])
{
	const __m256i q = _mm256_load_si256((const __m256i *)vc[0]),
		      bs = _mm256_load_si256((const __m256i *)vc[1]),
		      nl = _mm256_load_si256((const __m256i *)vc[2]);
	__m256i v = _mm256_loadu_si256((const __m256i *)s);
	__m256i isq = _mm256_cmpeq_epi8(v, q);
	unsigned mq = (unsigned)_mm256_movemask_epi8(isq);
	unsigned m = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, bs));
	unsigned hi = (unsigned)_mm256_movemask_epi8(v), k;
	if (hi) {
		__m256i lead = _mm256_and_si256(
			_mm256_cmpgt_epi8(v, _mm256_load_si256((const __m256i *)vc[3])),
			_mm256_cmpgt_epi8(_mm256_load_si256((const __m256i *)vc[4]), v));
		__m256i cont = _mm256_cmpgt_epi8(_mm256_load_si256((const __m256i *)vc[5]), v);
		m |= hi & ~two_byte_mask((unsigned)_mm256_movemask_epi8(lead),
					 (unsigned)_mm256_movemask_epi8(cont));
	}
	k = m ? (unsigned)__builtin_ctz(m) : 32;
	_mm256_storeu_si256((__m256i *)o, _mm256_blendv_epi8(v, nl, isq));
	*qx ^= k < 32 ? mq & ((1u << k) - 1) : mq;
	return k;
}

#endif

#ifdef RL_X86_AVX512
/* The AVX-512 step (BW, VBMI, VBMI2; Ice Lake, Zen 4 and later): up to 64
 * bytes, and the escapes a JSON text is full of (\n, \", \\, \/, \t, \r,
 * \b, \f; one every 23 bytes of the bench log) decoded inside the step
 * instead of each ending it: the escaping backslashes found by simdjson's
 * run arithmetic (as raw_core below), the escaped characters translated
 * through a 128-byte table (vpermi2b), the backslashes squeezed out
 * (vpcompressb). A line's last bytes (lim < 64) are one more step, read
 * through a masked load (no fault past the end), instead of the narrower
 * steps and the plain path byte by byte. Hand-written because no library
 * decodes JSON strings without parsing the document; the narrower steps'
 * rules otherwise: a byte >= 0x80 outside a whole two-byte character, an
 * escape other than those (\u, \', bad ones) and a backslash whose escape
 * is cut end the step there, and the plain path takes that character.
 * Returns the bytes consumed (lim when none ended it), *produced the bytes
 * written (64 are stored: the output has the slack); *qx as the other
 * steps, *fl gets 2 for an escaped backslash. test_monitor_marks and
 * fuzz_monitor compare it with the plain path. */
#define R64(c) R32(c), R32(c)
#define R32(c)                                                                                     \
	c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c,  \
		c, c
/* quote, backslash, newline, 0xC1, 0xE0, 0xC0 (as vconst), then the
 * escape table: the character each one-letter escape stands for, 0 for
 * those the step leaves to the plain path */
static const unsigned char vconst64[8][64]
	__attribute__((aligned(64))) = {{R64('"')},
					{R64('\\')},
					{R64('\n')},
					{R64(0xC1)},
					{R64(0xE0)},
					{R64(0xC0)},
					{['"'] = '"', ['/'] = '/'},
					{['\\' - 64] = '\\',
					 ['b' - 64] = '\b',
					 ['f' - 64] = '\f',
					 ['n' - 64] = '\n',
					 ['r' - 64] = '\r',
					 ['t' - 64] = '\t'}};
#undef R32
#undef R64

__attribute__((target(MON_AVX512_TARGET))) static inline unsigned
step64(const unsigned char *s, unsigned lim, unsigned char *o, unsigned *qx, unsigned *fl,
       unsigned *produced, const unsigned char (*vc)[64])
{
	const uint64_t even = 0x5555555555555555ULL;
	uint64_t all = lim < 64 ? _bzhi_u64(~0ULL, lim) : ~0ULL;
	__m512i v = _mm512_maskz_loadu_epi8(all, (const void *)s), d;
	uint64_t Q = _mm512_cmpeq_epi8_mask(v, _mm512_load_si512((const void *)vc[0]));
	uint64_t B = _mm512_cmpeq_epi8_mask(v, _mm512_load_si512((const void *)vc[1]));
	uint64_t H = _mm512_movepi8_mask(v), stop = 0, escaped = 0, escaper = 0, in, q;
	unsigned k;
	if (H) {
		uint64_t lead = _mm512_cmpgt_epi8_mask(v, _mm512_load_si512((const void *)vc[3])) &
				_mm512_cmpgt_epi8_mask(_mm512_load_si512((const void *)vc[4]), v);
		uint64_t cont = _mm512_cmpgt_epi8_mask(_mm512_load_si512((const void *)vc[5]), v);
		uint64_t gl = lead & (cont >> 1); /* two_byte_mask, 64 bits */
		stop = H & ~(gl | (cont & (gl << 1)));
	}
	if (B) {
		/* escaped: the byte after each escaping backslash, the first,
		 * third ... of a run (raw_core, nothing carried in: a step never
		 * starts inside an escape) */
		uint64_t follows = B << 1, odd = B & ~even & ~follows, seq;
		__m512i t = _mm512_permutex2var_epi8(_mm512_load_si512((const void *)vc[6]), v,
						     _mm512_load_si512((const void *)vc[7]));
		(void)__builtin_add_overflow(odd, B, &seq);
		escaped = (even ^ (seq << 1)) & follows;
		escaper = B & ~escaped;
		/* an escape the table lacks (or a high byte escaped, or the NUL
		 * past the end): stop at its backslash; and at a backslash in
		 * the last byte */
		stop |= (escaped & ~(_mm512_test_epi8_mask(t, t) & ~H)) >> 1;
		stop |= escaper & (1ULL << 63);
		d = _mm512_mask_blend_epi8(Q & ~escaped, v, _mm512_load_si512((const void *)vc[2]));
		d = _mm512_mask_blend_epi8(escaped, d, t);
	} else {
		d = _mm512_mask_blend_epi8(Q, v, _mm512_load_si512((const void *)vc[2]));
	}
	k = stop ? (unsigned)__builtin_ctzll(stop) : 64;
	k = k < lim ? k : lim;
	in = k < 64 ? _bzhi_u64(~0ULL, k) : ~0ULL;
	if (escaped & B & in)
		*fl |= 2;
	q = Q & ~escaped & in;
	*qx ^= (unsigned)(q ^ (q >> 32)); /* parity kept */
	_mm512_storeu_si512((void *)o, _mm512_maskz_compress_epi8(~escaper & in, d));
	*produced = (unsigned)__builtin_popcountll(~escaper & in);
	return k;
}
#endif

static inline __attribute__((always_inline)) unsigned decode_core(const char *src, size_t n,
								  rl_buf *out, int level, int w)
{
	const unsigned char *s = (const unsigned char *)src;
	unsigned char *o;
	size_t i = 0;
	unsigned flags = 0, quotes = 0, qx = 0; /* qx: vector quote masks XORed (parity) */

	/* Decoding never grows the text (6-byte \u escapes give <= 3 bytes,
	 * 12-byte pairs give 4, invalid bytes give 1). */
	if (out->cap && src >= out->s && src <= out->s + out->len) {
		/* decoding a previous level held in the same buffer */
		size_t off = (size_t)(src - out->s);
		if (rl_buf_grow(out, n + 64))
			return 1;
		s = (const unsigned char *)out->s + off;
	} else if (rl_buf_grow(out, n + 64)) {
		return 1;
	}
	o = (unsigned char *)out->s + out->len;
#ifdef RL_X86_SIMD
	/* hidden from gcc, which would fold the loads back into vectors
	 * built in every step (vconst) */
	const unsigned char(*vc)[32] = vconst;
	__asm__("" : "+r"(vc));
#endif
#ifdef RL_X86_AVX512
	const unsigned char(*vc64)[64] = vconst64;
	__asm__("" : "+r"(vc64));
#endif
	while (i < n) {
#ifdef RL_X86_SIMD
		unsigned k;
#ifdef RL_X86_AVX512
		if (w >= MON_W_AVX512) {
			unsigned made, lim = n - i < 64 ? (unsigned)(n - i) : 64;
			k = step64(s + i, lim, o, &qx, &flags, &made, vc64);
			o += made;
			i += k;
			if (k == lim)
				continue;
		}
#endif
		/* (the widths below only when the step above is not built or
		 * not asked for: after it, the plain path) */
		if (w == MON_W_AVX2 && i + 32 <= n) {
			k = step32(s + i, o, &qx, vc);
			o += k;
			i += k;
			if (k == 32)
				continue;
		} else if (w == MON_W_SSE2 && i + 16 <= n) {
			k = step16(s + i, o, &qx, vc);
			o += k;
			i += k;
			if (k == 16)
				continue;
		}
		if (i >= n)
			break;
#else
		(void)w; /* the plain path below takes every byte */
#endif
		unsigned char c = s[i];
		if (c == '"') {
			*o++ = '\n';
			quotes++;
			i++;
		} else if (c == '\\') {
			unsigned cp, lo;
			if (i + 1 >= n) {
				flags |= level == 0;
				*o++ = '\\';
				i++;
				continue;
			}
			c = s[i + 1];
			i += 2;
			switch (c) {
			case '"': *o++ = '"'; break;
			case '\\':
				*o++ = '\\';
				flags |= 2;
				break;
			case '/': *o++ = '/'; break;
			case 'b': *o++ = '\b'; break;
			case 'f': *o++ = '\f'; break;
			case 'n': *o++ = '\n'; break;
			case 'r': *o++ = '\r'; break;
			case 't': *o++ = '\t'; break;
			case '\'':
				if (level == 0)
					flags |= 1;
				*o++ = '\'';
				break;
			case 'u':
				if (!hex4(s, n, i, &cp)) {
					flags |= level == 0;
					*o++ = '\\';
					*o++ = 'u';
					break;
				}
				i += 4;
				if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= n && s[i] == '\\' &&
				    s[i + 1] == 'u' && hex4(s, n, i + 2, &lo) && lo >= 0xDC00 &&
				    lo <= 0xDFFF) {
					cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
					i += 6;
				} else if (cp >= 0xD800 && cp <= 0xDFFF) {
					flags |= level == 0;
					*o++ = '?';
					break;
				}
				o += put_utf8(o, cp);
				break;
			default:
				/* Not JSON; at deeper levels a tag-format value, whose
				 * parser keeps unknown escapes as written. */
				flags |= level == 0;
				*o++ = '\\';
				*o++ = c;
				break;
			}
		} else if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
			/* a two-byte character (é, ï): valid as it stands */
			o[0] = c;
			o[1] = s[i + 1];
			o += 2;
			i += 2;
		} else if (c >= 0x80) {
			size_t k8 = utf8_seq(s + i, n - i);
			if (!k8) {
				flags |= 1;
				*o++ = '?';
				i++;
			} else {
				memcpy(o, s + i, k8);
				o += k8;
				i += k8;
			}
		} else {
			*o++ = c;
			i++;
		}
	}
	out->len = (size_t)((char *)o - out->s);
	out->s[out->len] = '\0';
	/* only the parity of the quote count matters (odd: unbalanced) */
	qx ^= qx >> 16;
	qx ^= qx >> 8;
	qx ^= qx >> 4;
	qx ^= qx >> 2;
	qx ^= qx >> 1;
	if ((quotes ^ qx) & 1)
		flags |= 4;
	return flags;
}

static unsigned decode_scalar(const char *src, size_t n, rl_buf *out, int level)
{
	return decode_core(src, n, out, level, MON_W_SCALAR);
}

#ifdef RL_X86_SIMD
static unsigned decode_sse2(const char *src, size_t n, rl_buf *out, int level)
{
	return decode_core(src, n, out, level, MON_W_SSE2);
}

__attribute__((target("avx2"))) static unsigned decode_avx2(const char *src, size_t n, rl_buf *out,
							    int level)
{
	return decode_core(src, n, out, level, MON_W_AVX2);
}
#endif

#ifdef RL_X86_AVX512
__attribute__((target(MON_AVX512_TARGET))) static unsigned decode_avx512(const char *src, size_t n,
									 rl_buf *out, int level)
{
	return decode_core(src, n, out, level, MON_W_AVX512);
}
#endif

unsigned mon_json_decode_w(const char *src, size_t n, rl_buf *out, int level, int w)
{
#ifdef RL_X86_AVX512
	if (w >= MON_W_AVX512)
		return decode_avx512(src, n, out, level);
#endif
#ifdef RL_X86_SIMD
	if (w >= MON_W_AVX2)
		return decode_avx2(src, n, out, level);
	if (w == MON_W_SSE2)
		return decode_sse2(src, n, out, level);
#endif
	(void)w;
	return decode_scalar(src, n, out, level);
}

int mon_simd_width(void)
{
#ifdef RL_X86_SIMD
	__builtin_cpu_init();
#ifdef RL_X86_AVX512
	if (__builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vbmi") &&
	    __builtin_cpu_supports("avx512vbmi2"))
		return MON_W_AVX512;
#endif
	return __builtin_cpu_supports("avx2") ? MON_W_AVX2 : MON_W_SSE2;
#else
	return MON_W_SCALAR;
#endif
}

int mon_simd_pick(void)
{
	int w = mon_simd_width();
	if (w > MON_W_SSE2 && getenv("REDLINE_MONITOR_NO_AVX2"))
		return MON_W_SSE2;
	return w > MON_W_AVX2 && getenv("REDLINE_MONITOR_NO_AVX512") ? MON_W_AVX2 : w;
}

/* mon_simd_pick(), -1 not yet asked; REDLINE_MONITOR_NO_AVX2=1 keeps to
 * SSE2 (test_monitor_marks runs every width). */
static int decode_width = -1;

unsigned mon_json_decode(const char *src, size_t n, rl_buf *out, int level)
{
	int w = __atomic_load_n(&decode_width, __ATOMIC_RELAXED);
	if (w < 0) {
		w = mon_simd_pick();
		__atomic_store_n(&decode_width, w, __ATOMIC_RELAXED);
	}
	return mon_json_decode_w(src, n, out, level, w);
}

/* ---- the raw fast path ----------------------------------------------------- */

/* The four 64-bit masks of a 64-byte block that raw_check reads:
 * backslashes, quotes, 'u' bytes and bytes with the high bit. Three
 * versions: plain C (any CPU), SSE2 (every x86-64) and AVX2 (half the
 * instructions; chosen at run time, mon_prefilter.w), for a third of the
 * monitor's time. */
typedef struct blk {
	uint64_t B, Q, U, H;
} blk;

static inline blk masks_scalar(const unsigned char *p)
{
	blk m = {0, 0, 0, 0};
	int k;
	for (k = 0; k < 64; k++) {
		uint64_t bit = 1ULL << k;
		m.B |= p[k] == '\\' ? bit : 0;
		m.Q |= p[k] == '"' ? bit : 0;
		m.U |= p[k] == 'u' ? bit : 0;
		m.H |= p[k] >= 0x80 ? bit : 0;
	}
	return m;
}

#ifdef RL_X86_SIMD
static inline uint64_t bits64(__m128i a, __m128i b, __m128i c, __m128i d)
{
	return (uint64_t)(unsigned)_mm_movemask_epi8(a) |
	       (uint64_t)(unsigned)_mm_movemask_epi8(b) << 16 |
	       (uint64_t)(unsigned)_mm_movemask_epi8(c) << 32 |
	       (uint64_t)(unsigned)_mm_movemask_epi8(d) << 48;
}

#define EQ64(v, c)                                                                                 \
	bits64(_mm_cmpeq_epi8(v[0], c), _mm_cmpeq_epi8(v[1], c), _mm_cmpeq_epi8(v[2], c),          \
	       _mm_cmpeq_epi8(v[3], c))

static inline blk masks_sse2(const unsigned char *p)
{
	__m128i v[4];
	blk m;
	int k;
	for (k = 0; k < 4; k++)
		v[k] = _mm_loadu_si128((const __m128i *)(p + 16 * k));
	m.B = EQ64(v, _mm_set1_epi8('\\'));
	m.Q = EQ64(v, _mm_set1_epi8('"'));
	m.U = EQ64(v, _mm_set1_epi8('u'));
	m.H = bits64(v[0], v[1], v[2], v[3]);
	return m;
}

__attribute__((target("avx2"))) static inline uint64_t bits64x2(__m256i a, __m256i b)
{
	return (uint64_t)(unsigned)_mm256_movemask_epi8(a) |
	       (uint64_t)(unsigned)_mm256_movemask_epi8(b) << 32;
}

__attribute__((target("avx2"))) static inline blk masks_avx2(const unsigned char *p)
{
	__m256i a = _mm256_loadu_si256((const __m256i *)p);
	__m256i b = _mm256_loadu_si256((const __m256i *)(p + 32));
	__m256i c;
	blk m;
	c = _mm256_set1_epi8('\\');
	m.B = bits64x2(_mm256_cmpeq_epi8(a, c), _mm256_cmpeq_epi8(b, c));
	c = _mm256_set1_epi8('"');
	m.Q = bits64x2(_mm256_cmpeq_epi8(a, c), _mm256_cmpeq_epi8(b, c));
	c = _mm256_set1_epi8('u');
	m.U = bits64x2(_mm256_cmpeq_epi8(a, c), _mm256_cmpeq_epi8(b, c));
	m.H = bits64x2(a, b);
	return m;
}
#endif

/* Validate a raw line for the fast path. Returns 0 when the line holds a
 * backslash followed by 'u' (some level may hold a \u escape: decode it),
 * else 1 with *fl bits as mon_json_decode's level 0 would set: 1 for a bad
 * escape or invalid UTF-8, 4 for an odd number of unescaped quotes. */
static inline __attribute__((always_inline)) int raw_core(const unsigned char *s, size_t n,
							  unsigned *fl, int w)
{
	const uint64_t even = 0x5555555555555555ULL;
	static const unsigned char json_escape[256] = {
		['/'] = 1, ['b'] = 1, ['f'] = 1, ['n'] = 1, ['r'] = 1, ['t'] = 1};
	uint64_t prev_escaped = 0, prev_bs = 0, quotes = 0; /* quotes: parity only */
	unsigned bad = 0;
	size_t i, next = 0; /* next: where the next UTF-8 character starts */
	unsigned char tail[64];

	*fl = 0;
	for (i = 0; i < n; i += 64) {
		const unsigned char *p = s + i;
		uint64_t B, Q, U, H, bs, follows, odd, seq, escaped, ex;
		blk m;
		if (n - i < 64) { /* zero padding: a trailing backslash escapes a NUL */
			memset(tail, 0, sizeof tail);
			memcpy(tail, p, n - i);
			p = tail;
		}
#ifdef RL_X86_SIMD
		m = w >= MON_W_AVX2   ? masks_avx2(p)
		    : w == MON_W_SSE2 ? masks_sse2(p)
				      : masks_scalar(p);
#else
		(void)w;
		m = masks_scalar(p);
#endif
		B = m.B;
		Q = m.Q;
		U = m.U;
		if (((B << 1) | prev_bs) & U)
			return 0;
		prev_bs = B >> 63;
		/* escaped characters: the one after each odd backslash of a run */
		bs = B & ~prev_escaped;
		follows = bs << 1 | prev_escaped;
		odd = bs & ~even & ~follows;
		prev_escaped = __builtin_add_overflow(odd, bs, &seq);
		escaped = (even ^ (seq << 1)) & follows;
		quotes ^= Q & ~escaped; /* the parity of a sum is the parity of the XOR */
		/* not a JSON escape (or a trailing backslash): a table, no branch */
		for (ex = escaped & ~Q & ~B; ex; ex &= ex - 1)
			bad |= !json_escape[p[__builtin_ctzll(ex)]];
		for (H = m.H; H; H &= H - 1) {
			size_t a = i + (size_t)__builtin_ctzll(H), k;
			if (a < next)
				continue; /* a continuation byte already checked */
			if (!(k = utf8_seq(s + a, n - a))) {
				*fl |= 1;
				return 1;
			}
			next = a + k;
		}
	}
	/* a line of whole 64-byte blocks ending in an escaping backslash */
	if (bad || prev_escaped)
		*fl |= 1;
	if (__builtin_parityll(quotes))
		*fl |= 4;
	return 1;
}

static int raw_check_scalar(const unsigned char *s, size_t n, unsigned *fl)
{
	return raw_core(s, n, fl, MON_W_SCALAR);
}

#ifdef RL_X86_SIMD
static int raw_check_sse2(const unsigned char *s, size_t n, unsigned *fl)
{
	return raw_core(s, n, fl, MON_W_SSE2);
}

__attribute__((target("avx2"))) static int raw_check_avx2(const unsigned char *s, size_t n,
							  unsigned *fl)
{
	return raw_core(s, n, fl, MON_W_AVX2);
}
#endif

int mon_raw_check(int w, const char *s, size_t n, unsigned *fl)
{
	const unsigned char *u = (const unsigned char *)s;
#ifdef RL_X86_SIMD
	if (w >= MON_W_AVX2)
		return raw_check_avx2(u, n, fl);
	if (w == MON_W_SSE2)
		return raw_check_sse2(u, n, fl);
#endif
	(void)w;
	return raw_check_scalar(u, n, fl);
}
