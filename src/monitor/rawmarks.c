/* rawmarks.c: two questions the prefilter asks of a raw line before (or
 * instead of) decoding it, answered by one hand-written pass:
 *  - does it hold tool output (MON_MARK_TOOL)? Exactly when vectorscan
 *    would match one of mon_tool_output_hint_exprs() (shapes.c, which
 *    stays the definition and the tests' oracle): a "role" whose value is
 *    none of the trusted roles, "tool_result", "function_call_output",
 *    "functionResponse" or a backslash followed by 'u';
 *  - does it hold a "response" key whose value is an object
 *    (MON_MARK_RESPONSE: a wrapper line the response-only path can take)?
 * Both used to be a scan each over every line (a vectorscan database and
 * a memmem-like loop), about a fifth of the default policy's prefilter
 * instructions on the bench log. Here each 16 (SSE2), 32 (AVX2) or 64
 * (AVX-512) bytes
 * are compared with the first two bytes of each mark's rarest pair ("\"r",
 * "_r", "_o", "nR", "\\u"), and the few positions that match are
 * confirmed in place. test_monitor (raw_marks_equal_hint_database)
 * compares the answer with the vectorscan database on every fixture line
 * and on generated lines that put every mark, near-miss and trusted role
 * at every offset of a block. Where simd.h leaves RL_X86_SIMD undefined
 * (not x86, or -DRL_NO_SIMD) only the plain byte loop is built: every pair
 * is tested in turn, with the same confirmations and the same answer. */
#include "monitor/monitor.h"

#ifdef RL_X86_SIMD
#include <immintrin.h>
#endif
#include <string.h>

/* The trusted roles (shapes.c's list, the regex built from it): a role
 * value diverging from all of them, before its closing quote, is tool
 * output; one equal to one of them, or cut off by the line's end, is not. */
static const char *const trusted[] = {"assistant", "developer", "human", "model", "system", "user"};
static const unsigned char trusted_len[] = {9, 9, 5, 5, 6, 4};

static int ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* s[i..n) starts with "role": does the rest match
 * [ \t\r\n]*:[ \t\r\n]*"(value none of the trusted roles)? The regex
 * (shapes.c, role_rest) matches where the value first leaves every
 * trusted role; it does not when the value is a trusted role and its
 * closing quote, or when the line ends while the value is still the start
 * of one (no role is the start of another). */
static int role_untrusted(const unsigned char *s, size_t n, size_t i)
{
	size_t t, r;
	i += 6;
	while (i < n && ws(s[i]))
		i++;
	if (i >= n || s[i] != ':')
		return 0;
	i++;
	while (i < n && ws(s[i]))
		i++;
	if (i >= n || s[i] != '"')
		return 0;
	i++;
	r = n - i;
	for (t = 0; t < sizeof trusted / sizeof *trusted; t++) {
		size_t len = trusted_len[t];
		if (r && s[i] != (unsigned char)trusted[t][0])
			continue;
		if (r > len ? !memcmp(s + i, trusted[t], len) && s[i + len] == '"'
			    : !memcmp(s + i, trusted[t], r))
			return 0;
	}
	return 1;
}

/* s[i..n) starts with "response": followed by [ \t\r]* : [ \t\r]* { ? */
static int response_object(const unsigned char *s, size_t n, size_t i)
{
	i += 10;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
		i++;
	if (i >= n || s[i] != ':')
		return 0;
	i++;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r'))
		i++;
	return i < n && s[i] == '{';
}

static int at(const unsigned char *s, size_t n, size_t p, size_t back, const char *w, size_t wl)
{
	return p >= back && p - back + wl <= n && !memcmp(s + p - back, w, wl);
}

/* The marks a pair at p (s[p], s[p+1]) confirms. */
static unsigned confirm(const unsigned char *s, size_t n, size_t p, unsigned want)
{
	unsigned got = 0;
	switch (s[p]) {
	case '"':
		if ((want & MON_MARK_TOOL) && at(s, n, p, 0, "\"role\"", 6) &&
		    role_untrusted(s, n, p))
			got |= MON_MARK_TOOL;
		if ((want & MON_MARK_RESPONSE) && at(s, n, p, 0, "\"response\"", 10) &&
		    response_object(s, n, p))
			got |= MON_MARK_RESPONSE;
		break;
	case '_':
		if ((want & MON_MARK_TOOL) && (at(s, n, p, 4, "tool_result", 11) ||
					       at(s, n, p, 13, "function_call_output", 20)))
			got |= MON_MARK_TOOL;
		break;
	case 'n':
		if ((want & MON_MARK_TOOL) && at(s, n, p, 7, "functionResponse", 16))
			got |= MON_MARK_TOOL;
		break;
	case '\\':
		if (want & MON_MARK_TOOL)
			got |= MON_MARK_TOOL;
		break;
	}
	return got;
}

#ifdef RL_X86_SIMD
/* Positions p in [i, i+16) whose pair (s[p], s[p+1]) may start a mark of
 * `want` (a constant in each caller, so the unneeded compares go);
 * s[i..i+17) readable. */
static inline __attribute__((always_inline)) unsigned pairs16(const unsigned char *s, size_t i,
							      unsigned want)
{
	__m128i a = _mm_loadu_si128((const __m128i *)(s + i));
	__m128i b = _mm_loadu_si128((const __m128i *)(s + i + 1));
	__m128i br = _mm_cmpeq_epi8(b, _mm_set1_epi8('r'));
	__m128i m = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('"')), br);
	if (want & MON_MARK_TOOL) {
		__m128i u = _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('_')),
					  _mm_or_si128(br, _mm_cmpeq_epi8(b, _mm_set1_epi8('o'))));
		u = _mm_or_si128(u, _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('n')),
						  _mm_cmpeq_epi8(b, _mm_set1_epi8('R'))));
		u = _mm_or_si128(u, _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('\\')),
						  _mm_cmpeq_epi8(b, _mm_set1_epi8('u'))));
		m = _mm_or_si128(m, u);
	}
	return (unsigned)_mm_movemask_epi8(m);
}

__attribute__((target("avx2"))) static inline unsigned pairs32(const unsigned char *s, size_t i,
							       unsigned want)
{
	__m256i a = _mm256_loadu_si256((const __m256i *)(s + i));
	__m256i b = _mm256_loadu_si256((const __m256i *)(s + i + 1));
	__m256i br = _mm256_cmpeq_epi8(b, _mm256_set1_epi8('r'));
	__m256i m = _mm256_and_si256(_mm256_cmpeq_epi8(a, _mm256_set1_epi8('"')), br);
	if (want & MON_MARK_TOOL) {
		__m256i u = _mm256_and_si256(
			_mm256_cmpeq_epi8(a, _mm256_set1_epi8('_')),
			_mm256_or_si256(br, _mm256_cmpeq_epi8(b, _mm256_set1_epi8('o'))));
		u = _mm256_or_si256(u,
				    _mm256_and_si256(_mm256_cmpeq_epi8(a, _mm256_set1_epi8('n')),
						     _mm256_cmpeq_epi8(b, _mm256_set1_epi8('R'))));
		u = _mm256_or_si256(u,
				    _mm256_and_si256(_mm256_cmpeq_epi8(a, _mm256_set1_epi8('\\')),
						     _mm256_cmpeq_epi8(b, _mm256_set1_epi8('u'))));
		m = _mm256_or_si256(m, u);
	}
	return (unsigned)_mm256_movemask_epi8(m);
}
#endif

#ifdef RL_X86_AVX512
/* The same over 64 bytes with AVX-512 (compares into mask registers):
 * half the steps of pairs32; s[i..i+65) readable. */
__attribute__((target(MON_AVX512_TARGET))) static inline uint64_t pairs64(const unsigned char *s,
									  size_t i, unsigned want)
{
	__m512i a = _mm512_loadu_si512((const void *)(s + i));
	__m512i b = _mm512_loadu_si512((const void *)(s + i + 1));
	uint64_t br = _mm512_cmpeq_epi8_mask(b, _mm512_set1_epi8('r'));
	uint64_t m = _mm512_cmpeq_epi8_mask(a, _mm512_set1_epi8('"')) & br;
	if (want & MON_MARK_TOOL) {
		m |= _mm512_cmpeq_epi8_mask(a, _mm512_set1_epi8('_')) &
		     (br | _mm512_cmpeq_epi8_mask(b, _mm512_set1_epi8('o')));
		m |= _mm512_cmpeq_epi8_mask(a, _mm512_set1_epi8('n')) &
		     _mm512_cmpeq_epi8_mask(b, _mm512_set1_epi8('R'));
		m |= _mm512_cmpeq_epi8_mask(a, _mm512_set1_epi8('\\')) &
		     _mm512_cmpeq_epi8_mask(b, _mm512_set1_epi8('u'));
	}
	return m;
}
#endif

static int is_pair(unsigned char a, unsigned char b)
{
	return (a == '"' && b == 'r') || (a == '_' && (b == 'r' || b == 'o')) ||
	       (a == 'n' && b == 'R') || (a == '\\' && b == 'u');
}

static inline __attribute__((always_inline)) unsigned marks_core(const unsigned char *s, size_t n,
								 unsigned want, int w)
{
	unsigned got = 0;
	size_t i = 0, p;
#ifdef RL_X86_AVX512
	if (w >= MON_W_AVX512 && n >= 65) {
		uint64_t m;
		for (; i + 65 <= n && got != want; i += 64)
			for (m = pairs64(s, i, want); m && got != want; m &= m - 1)
				got |= confirm(s, n, i + (size_t)__builtin_ctzll(m), want & ~got);
		if (i + 1 < n && got != want)
			for (m = pairs64(s, n - 65, want) & (~0ULL << (i - (n - 65)));
			     m && got != want; m &= m - 1)
				got |= confirm(s, n, n - 65 + (size_t)__builtin_ctzll(m),
					       want & ~got);
		return got;
	}
#endif
#ifdef RL_X86_SIMD
	/* whole windows, then the last window again over the bytes left (its
	 * pairs before i masked out) instead of a byte loop: i + 33 > n here,
	 * so i - (n - 33) is 1..31 while a pair is left */
	if (w >= MON_W_AVX2 && n >= 33) {
		unsigned m;
		for (; i + 33 <= n && got != want; i += 32)
			for (m = pairs32(s, i, want); m && got != want; m &= m - 1)
				got |= confirm(s, n, i + (size_t)__builtin_ctz(m), want & ~got);
		if (i + 1 < n && got != want)
			for (m = pairs32(s, n - 33, want) & (~0u << (i - (n - 33)));
			     m && got != want; m &= m - 1)
				got |= confirm(s, n, n - 33 + (size_t)__builtin_ctz(m),
					       want & ~got);
		return got;
	}
	if (w >= MON_W_SSE2 && n >= 17) {
		unsigned m;
		for (; i + 17 <= n && got != want; i += 16)
			for (m = pairs16(s, i, want); m && got != want; m &= m - 1)
				got |= confirm(s, n, i + (size_t)__builtin_ctz(m), want & ~got);
		if (i + 1 < n && got != want)
			for (m = pairs16(s, n - 17, want) & (~0u << (i - (n - 17)));
			     m && got != want; m &= m - 1)
				got |= confirm(s, n, n - 17 + (size_t)__builtin_ctz(m),
					       want & ~got);
		return got;
	}
#else
	(void)w;
#endif
	for (p = i; p + 1 < n && got != want; p++)
		if (is_pair(s[p], s[p + 1]))
			got |= confirm(s, n, p, want & ~got);
	return got;
}

/* One function per `want` and width (a constant in each, so marks_core's
 * unneeded compares go); plain C in every build, the vector ones on x86,
 * AVX-512 on x86-64. */
#ifdef RL_X86_AVX512
#define AVX512_MARKS(name, want)                                                                   \
	__attribute__((target(MON_AVX512_TARGET))) static unsigned name##_avx512(                  \
		const unsigned char *s, size_t n)                                                  \
	{                                                                                          \
		return marks_core(s, n, want, MON_W_AVX512);                                       \
	}
#define AVX512_CALL(name, s, n) name##_avx512(s, n)
#else
#define AVX512_MARKS(name, want)
#define AVX512_CALL(name, s, n) name##_avx2(s, n)
#endif
#ifdef RL_X86_SIMD
#define MARKS(name, want)                                                                          \
	static unsigned name##_scalar(const unsigned char *s, size_t n)                            \
	{                                                                                          \
		return marks_core(s, n, want, MON_W_SCALAR);                                       \
	}                                                                                          \
	static unsigned name##_sse2(const unsigned char *s, size_t n)                              \
	{                                                                                          \
		return marks_core(s, n, want, MON_W_SSE2);                                         \
	}                                                                                          \
	__attribute__((target("avx2"))) static unsigned name##_avx2(const unsigned char *s,        \
								    size_t n)                      \
	{                                                                                          \
		return marks_core(s, n, want, MON_W_AVX2);                                         \
	}                                                                                          \
	AVX512_MARKS(name, want)                                                                   \
	static unsigned name##_w(int w, const unsigned char *s, size_t n)                          \
	{                                                                                          \
		return w >= MON_W_AVX512 ? AVX512_CALL(name, s, n)                                 \
		       : w >= MON_W_AVX2 ? name##_avx2(s, n)                                       \
		       : w == MON_W_SSE2 ? name##_sse2(s, n)                                       \
					 : name##_scalar(s, n);                                    \
	}
#else
#define MARKS(name, want)                                                                          \
	static unsigned name##_w(int w, const unsigned char *s, size_t n)                          \
	{                                                                                          \
		(void)w;                                                                           \
		return marks_core(s, n, want, MON_W_SCALAR);                                       \
	}
#endif
MARKS(tool, MON_MARK_TOOL)
MARKS(resp, MON_MARK_RESPONSE)
MARKS(both, MON_MARK_TOOL | MON_MARK_RESPONSE)
#undef MARKS
#undef AVX512_MARKS
#undef AVX512_CALL

unsigned mon_raw_marks(int w, const char *s, size_t n, unsigned want)
{
	const unsigned char *u = (const unsigned char *)s;
	switch (want & (MON_MARK_TOOL | MON_MARK_RESPONSE)) {
	case MON_MARK_TOOL: return tool_w(w, u, n);
	case MON_MARK_RESPONSE: return resp_w(w, u, n);
	case MON_MARK_TOOL | MON_MARK_RESPONSE: return both_w(w, u, n);
	default: return 0;
	}
}
