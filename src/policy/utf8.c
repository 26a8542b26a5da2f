/* utf8.c: UTF-8 validity for the texts the policy scans (vectorscan's
 * UTF-8 mode requires valid input), moved out of eval.c. */
#include "policy/policy_int.h"

#include <stdint.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at s (1-4), or 0 if invalid.
 * Hand-written because vectorscan's UTF-8 mode requires valid input and
 * neither library exports a validator; it is the RFC 3629 table. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F))
			return 0;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
			return 0;
		return 4;
	}
	return 0;
}

int pol_utf8_valid(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0;
	while (i < n) {
		if (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (!(w & 0x8080808080808080ull)) {
				i += 8;
				continue;
			}
		}
		size_t k = utf8_seq(s + i, n - i);
		if (!k)
			return 0;
		i += k;
	}
	return 1;
}

/* Same length copy with each invalid byte replaced by '?', so offsets
 * found in the copy are offsets in the original. */
char *pol_utf8_sanitize(rl_arena *a, const char *p, size_t n)
{
	char *o = rl_arena_alloc(a, n + 1);
	size_t i = 0;
	if (!o)
		return NULL;
	memcpy(o, p, n);
	o[n] = '\0';
	while (i < n) {
		size_t k = utf8_seq((const unsigned char *)o + i, n - i);
		if (!k) {
			o[i++] = '?';
			continue;
		}
		i += k;
	}
	return o;
}
