/* litsub.c: literals of a prefilter database that another literal of it
 * makes redundant (prefilter.c set_compile, before vectorscan compiles).
 *
 * A prefilter database is asked one question per text: does any reported
 * expression match, and where does the first match end (the line that
 * holds it goes the per-line way; lines before it are counted). Which
 * expression matched matters only between classes (the action hints of the
 * line database, reported apart; the gated database's cue-free rules).
 * So when literal A occurs inside literal B ("if you" in "if you even ",
 * "aware" in "are well aware", "have" in "have documented") and both are
 * reported in the same class, every match of B holds a match of A that
 * ends no later, inside B's bytes: the first match of the text, and so
 * every prefilter decision, is the same without B. Hyperscan's literal
 * matcher (FDR) costs by the number of literals it must bucket far more
 * than by what they are (docs/benchmarks.md: s16-monitor, s17-monitor):
 * the default policy's line database drops 84 of its 530 expressions this
 * way (the coercion answer rules' phrase products, the PII-in-answer card
 * words), and its scan of the bench log's view takes about 15% less time.
 *
 * A literal here is an expression as prefilter.c's lit_expr writes it
 * (plain_literal), reported (not quiet, no combination), with no flag but
 * caseless and single-match; a caseless A covers B in any case, a
 * case-sensitive A only a case-sensitive B. Hand-written: vectorscan
 * keeps every expression it is given (it cannot know that the caller asks
 * only for the first match), and no library answers "which of these
 * strings contain another". */
#include "monitor/prefilter_int.h"

#include <stdlib.h>
#include <string.h>

typedef struct lit {
	char *raw, *low; /* the bytes, and the same ASCII-lowercased */
	size_t n;
	uint64_t bg; /* bigrams present (hashed to 64 bits): a quick reject */
	int ci, cls, keep;
} lit;

static int hexv(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
}

/* lit_expr's escaping undone; NULL when e is not such a literal. */
static char *unescape(const char *e, size_t *n, int fold)
{
	size_t len = strlen(e), k = 0;
	char *o = malloc(len + 1);
	const unsigned char *c;
	if (!o)
		return NULL;
	for (c = (const unsigned char *)e; *c; c++) {
		unsigned char b = *c;
		if (b == '\\') {
			if (c[1] == 'x' && c[2] && c[3]) {
				b = (unsigned char)(hexv(c[2]) * 16 + hexv(c[3]));
				c += 3;
			} else if (c[1]) {
				b = *++c;
			} else {
				free(o);
				return NULL;
			}
		}
		if (fold && b >= 'A' && b <= 'Z')
			b = (unsigned char)(b - 'A' + 'a');
		o[k++] = (char)b;
	}
	o[k] = '\0';
	*n = k;
	return o;
}

static uint64_t bigrams(const char *s, size_t n)
{
	uint64_t m = 0;
	size_t i;
	for (i = 0; i + 1 < n; i++)
		m |= 1ULL << (((unsigned char)s[i] * 31u + (unsigned char)s[i + 1]) & 63u);
	return m;
}

/* Does a match of b imply one of a? When a's bytes occur in b's (a
 * caseless a in b's lowercased bytes; a case-sensitive a needs a
 * case-sensitive b) and a's class is as strong: class 0 (a rule's
 * expression: a match makes the text a candidate) covers class 1 (an
 * action hint, or a gated rule that needs a cue: noted, or ignored by the
 * context check), not the other way. Of two equal ones the earlier stays. */
static int covers(const lit *a, const lit *b, size_t ia, size_t ib)
{
	const char *as = a->ci ? a->low : a->raw, *bs = a->ci ? b->low : b->raw;
	if (a->cls > b->cls || a->n > b->n || (!a->ci && b->ci))
		return 0;
	if ((a->bg & b->bg) != a->bg)
		return 0;
	if (a->n == b->n)
		return !memcmp(as, bs, a->n) &&
		       (a->cls < b->cls || (a->ci && !b->ci) || (a->ci == b->ci && ia < ib));
	return memmem(bs, b->n, as, a->n) != NULL;
}

size_t mon_lit_subsume(const char **ex, unsigned *fl, unsigned *ids, size_t m, unsigned lo,
		       unsigned hi, int (*is_lit)(const char *, unsigned))
{
	const unsigned ok = HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH;
	lit *L = calloc(m ? m : 1, sizeof *L);
	size_t i, j, k = 0;
	if (!L)
		return m; /* nothing dropped: the same matches, a slower scan */
	for (i = 0; i < m; i++) {
		L[i].keep = 1;
		if ((fl[i] & ~ok) || !is_lit(ex[i], fl[i]))
			continue;
		L[i].ci = (fl[i] & HS_FLAG_CASELESS) != 0;
		L[i].cls = ids[i] >= lo && ids[i] < hi;
		L[i].raw = unescape(ex[i], &L[i].n, 0);
		L[i].low = unescape(ex[i], &L[i].n, 1);
		if (!L[i].raw || !L[i].low || !L[i].n) {
			free(L[i].raw);
			free(L[i].low);
			L[i].raw = L[i].low = NULL;
			continue;
		}
		L[i].bg = bigrams(L[i].low, L[i].n);
	}
	/* a dropped literal never covers another: whatever covers it does */
	for (i = 0; i < m; i++)
		for (j = 0; L[i].raw && j < m && L[i].keep; j++)
			if (j != i && L[j].raw && L[j].keep && covers(&L[j], &L[i], j, i))
				L[i].keep = 0;
	for (i = 0; i < m; i++) {
		if (L[i].keep) {
			ex[k] = ex[i];
			fl[k] = fl[i];
			ids[k++] = ids[i];
		}
		free(L[i].raw);
		free(L[i].low);
	}
	free(L);
	return k;
}
