/* pairs.h: a text's byte pairs, hashed into 4,096 bits, so a closed-class
 * word list is searched only for the words whose first two bytes the text
 * holds (the rest cannot occur). Shared by contradict.c, outcome.c and
 * alertstate.c; a hand-written filter (no library offers one this small).
 * Build: linear in the text; a look-up: a shift and a mask. */
#ifndef RL_POLICY_PAIRS_H
#define RL_POLICY_PAIRS_H

#include <stdint.h>
#include <string.h>

typedef struct {
	uint64_t m[64];
} pol_pairs;

static inline unsigned pol_pair_bit(unsigned char x, unsigned char y)
{
	return ((unsigned)(x & 0x3f) << 6 | (unsigned)(y & 0x3f)) ^ (unsigned)(x >> 6 << 3);
}

static inline void pol_pairs_build(pol_pairs *g, const char *h, size_t n)
{
	size_t i;
	memset(g, 0, sizeof *g);
	for (i = 1; i < n; i++) {
		unsigned k = pol_pair_bit((unsigned char)h[i - 1], (unsigned char)h[i]);
		g->m[k >> 6] |= 1ull << (k & 63);
	}
}

/* Can word w occur (its first four byte pairs are pairs of the text)?
 * Words of one byte always can. */
static inline int pol_pairs_may(const pol_pairs *g, const char *w)
{
	size_t i;
	for (i = 0; i < 4 && w[i] && w[i + 1]; i++) {
		unsigned k = pol_pair_bit((unsigned char)w[i], (unsigned char)w[i + 1]);
		if (!((g->m[k >> 6] >> (k & 63)) & 1))
			return 0;
	}
	return 1;
}

/* One of the NULL-terminated words w in h[0..n), filtered by g (built over
 * h or a text holding it). */
static inline int pol_pairs_any(const pol_pairs *g, const char *h, size_t n, const char *const *w)
{
	for (; *w; w++)
		if (pol_pairs_may(g, *w) && memmem(h, n, *w, strlen(*w)))
			return 1;
	return 0;
}

#endif
