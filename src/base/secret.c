/* secret.c: masking echoes of a key, and keeping keys out of core dumps
 * (see secret.h). Masking works on a canonical view of the text in which
 * the JSON escapes a key character can hide behind (\/, \\, \", \u00XX)
 * are one character each, so "sk-a\/b" and "sk-a/b" are the same echo.
 * Runs of the key are found with a rolling hash of every window of
 * RL_SECRET_MIN_RUN characters: linear in the text, whatever an upstream
 * (which knows the key: it was sent it) puts in its error body. */
#include "base/secret.h"
#include "base/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>

/* One character of the canonical view at s[i]: its value in *c, its
 * length in the text returned. */
static size_t token(const char *s, size_t n, size_t i, unsigned char *c)
{
	if (s[i] == '\\' && i + 1 < n) {
		char d = s[i + 1];
		if (d == '/' || d == '\\' || d == '"') {
			*c = (unsigned char)d;
			return 2;
		}
		if (d == 'u' && i + 6 <= n && s[i + 2] == '0' && s[i + 3] == '0' &&
		    rl_hexval(s[i + 4]) >= 0 && rl_hexval(s[i + 4]) < 8 &&
		    rl_hexval(s[i + 5]) >= 0) {
			*c = (unsigned char)(rl_hexval(s[i + 4]) * 16 + rl_hexval(s[i + 5]));
			return 6;
		}
	}
	*c = (unsigned char)s[i];
	return 1;
}

#define HB 1099511628211ULL /* rolling hash base (odd) */

typedef struct kwin {
	uint64_t h;
	size_t at; /* where the window starts in the key */
} kwin;

static int cmp_win(const void *a, const void *b)
{
	uint64_t x = ((const kwin *)a)->h, y = ((const kwin *)b)->h;
	return x < y ? -1 : x > y;
}

/* Mark in `hit` every canonical position inside a run of the key: the
 * whole key (any length >= 4), and windows of RL_SECRET_MIN_RUN. A hash
 * match is confirmed against the windows with that hash only, so a body
 * made of key fragments still costs O(m * L). */
static int find_runs(const unsigned char *c, size_t m, const char *key, size_t kl,
		     unsigned char *hit)
{
	const size_t L = kl < RL_SECRET_MIN_RUN ? kl : RL_SECRET_MIN_RUN;
	uint64_t h = 0, top = 1;
	size_t nw = kl - L + 1, i, j;
	kwin *win, probe = {0}, *f;

	if (m < L)
		return 0;
	win = malloc(nw * sizeof *win);
	if (!win)
		return -1;
	for (i = 0; i + 1 < L; i++)
		top *= HB;
	for (j = 0; j < nw; j++) {
		uint64_t w = 0;
		for (i = 0; i < L; i++)
			w = w * HB + (unsigned char)key[j + i];
		win[j].h = w;
		win[j].at = j;
	}
	qsort(win, nw, sizeof *win, cmp_win);
	for (i = 0; i < m; i++) {
		if (i >= L)
			h -= top * c[i - L];
		h = h * HB + c[i];
		if (i + 1 < L)
			continue;
		probe.h = h;
		f = bsearch(&probe, win, nw, sizeof *win, cmp_win);
		if (!f)
			continue;
		while (f > win && f[-1].h == h)
			f--;
		for (; f < win + nw && f->h == h; f++)
			if (!memcmp(c + i + 1 - L, key + f->at, L)) {
				memset(hit + i + 1 - L, 1, L);
				break;
			}
	}
	free(win);
	return 0;
}

size_t rl_secret_mask(char *s, size_t n, const char *key)
{
	size_t kl = key ? strlen(key) : 0, i, m = 0, o = 0;
	unsigned char *c, *hit;

	if (kl < 4 || n == 0)
		return n;
	c = malloc(n);
	hit = calloc(n, 1);
	if (!c || !hit) {
		free(c);
		free(hit);
		memset(s, '*', n); /* fail closed */
		return n;
	}
	for (i = 0; i < n;)
		i += token(s, n, i, &c[m++]);
	if (find_runs(c, m, key, kl, hit)) {
		memset(s, '*', n);
		free(c);
		free(hit);
		return n;
	}
	/* rewrite in place: a masked token (maybe 6 bytes) becomes one '*' */
	for (i = 0, m = 0; i < n; m++) {
		unsigned char ch;
		size_t t = token(s, n, i, &ch);
		if (hit[m])
			s[o++] = '*';
		else {
			memmove(s + o, s + i, t);
			o += t;
		}
		i += t;
	}
	if (o < n)
		s[o] = '\0';
	free(c);
	free(hit);
	return o;
}

void rl_secret_protect_process(void)
{
	struct rlimit r = {0, 0};
	(void)setrlimit(RLIMIT_CORE, &r);
	(void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}
