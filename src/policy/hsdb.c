/* hsdb.c: the policy's vectorscan prefilter databases, built cheaply.
 *
 * The database only tells which PCRE2 programs are worth running (PCRE2
 * decides), so each expression may be replaced by anything that matches
 * a superset of its texts. Two steps make the default policy's database
 * compile in a fraction of a second instead of seconds:
 *
 * 1. Conjunction split. A concatenation A G B matches a text only if A
 *    matches somewhere in it and B matches somewhere in it. A regex whose
 *    top level is a plain concatenation (no top-level '|') is cut at its
 *    "gaps", quantified character classes such as [^\x00]{0,300}, \w* or
 *    \s+, and enters vectorscan as a logical combination "A & B" of quiet
 *    sub-expressions (HS_FLAG_COMBINATION). Pieces that can match the
 *    empty string (only assertions, or only optional elements) are dropped
 *    (always satisfied). Each piece keeps the regex's leading inline
 *    options and the pattern's flags (UTF8, UCP, CASELESS, PREFILTER), so
 *    it matches in vectorscan everything it matched inside the whole; in
 *    particular caseless UTF-8 folding (the Kelvin sign for k) is
 *    vectorscan's, as before. What this buys: vectorscan's cost is the
 *    product automaton of big caseless alternations joined by an
 *    unbounded gap (0.9 s for one default rule); the pieces alone compile
 *    in tens of milliseconds. Regexes with back-references, \Q..\E,
 *    extended mode, inline options after the start, or anything this
 *    scanner does not know are entered whole, as before. A piece shared
 *    by several regexes is compiled once.
 * 2. A cache of serialized databases (base/hscache.c).
 *
 * If vectorscan rejects a split form, the regex is entered whole; if it
 * rejects that too, it leaves the database and is always confirmed.
 * REDLINE_HS_DEBUG=1 prints vectorscan's rejections on stderr, =2 also
 * every expression compiled (a debugging aid for policy authors). */
#include "policy/policy_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hscache.h"

/* ---- the splitter ---------------------------------------------------------- */

/* Cut `re` into the pieces described above. Returns the number of pieces
 * (written to piece[], caller frees), 0 to enter the regex whole. */
static int strip_asserts(const char *re, rl_buf *out);
#define MAX_PIECES 16
static size_t split_regex(const char *re, char **piece)
{
	size_t n = strlen(re), i = 0, np = 0, opts = 0, k;
	rl_buf cur = RL_BUF_INIT;
	int cur_needed = 0, gaps = 0, bad = 0;

	/* leading inline options, "(?i)" "(?s)"; not extended mode */
	if (n > 2 && re[0] == '(' && re[1] == '?') {
		size_t j = 2;
		while (j < n && ((re[j] >= 'a' && re[j] <= 'z') || re[j] == '-'))
			j++;
		if (j < n && re[j] == ')' && j > 2) {
			if (memchr(re + 2, 'x', j - 2))
				return 0;
			opts = j + 1;
		}
	}
	i = opts;
	while (i < n && !bad) {
		int kind = POL_RE_LIT, min0 = 0;
		size_t len;
		unsigned char c = (unsigned char)re[i];
		if (c == '|' || c == ')') {
			bad = 1;
			break;
		}
		if (c == '\\') {
			if (!(len = pol_re_esc_len(re, n, i, &kind)))
				bad = 1;
		} else if (c == '[') {
			len = pol_re_class_end(re, n, i);
			len = len ? len - i : 0;
			kind = POL_RE_CLASS;
			if (!len)
				bad = 1;
		} else if (c == '(') {
			len = pol_re_group_end(re, n, i);
			len = len ? len - i : 0;
			kind = POL_RE_GROUP;
			if (!len)
				bad = 1;
			/* inline options mid-pattern: keep the regex whole */
			else if (re[i + 1] == '?' && i + 2 < n && re[i + 2] != ':' &&
				 re[i + 2] != '<' && re[i + 2] != '=' && re[i + 2] != '!' &&
				 re[i + 2] != '>')
				bad = 1;
			/* lookarounds only assert (prefilter mode drops them) */
			else if (re[i + 1] == '?' && (re[i + 2] == '=' || re[i + 2] == '!' ||
						      (re[i + 2] == '<' && i + 3 < n &&
						       (re[i + 3] == '=' || re[i + 3] == '!'))))
				kind = POL_RE_ASSERT;
		} else if (c == '.') {
			len = 1;
			kind = POL_RE_CLASS;
		} else if (c == '^' || c == '$') {
			len = 1;
			kind = POL_RE_ASSERT;
		} else if (c == '*' || c == '+' || c == '?') {
			bad = 1;
			len = 0;
		} else if (c >= 0x80) {
			len = 1;
			while (i + len < n && ((unsigned char)re[i + len] & 0xC0) == 0x80)
				len++;
		} else {
			len = 1;
		}
		if (bad)
			break;
		k = pol_re_quant_len(re, n, i + len, &min0);
		if (kind == POL_RE_CLASS && k) { /* a gap: end the current piece */
			gaps = 1;
			if (cur_needed) {
				if (np == MAX_PIECES) {
					bad = 1;
					break;
				}
				piece[np++] = rl_buf_detach(&cur, NULL);
			}
			rl_buf_free(&cur);
			cur_needed = 0;
			i += len + k;
			continue;
		}
		if (!cur.len && opts)
			rl_buf_add(&cur, re, opts);
		rl_buf_add(&cur, re + i, len + k);
		if (kind != POL_RE_ASSERT && !(k && min0))
			cur_needed = 1;
		i += len + k;
	}
	if (!bad && cur_needed) {
		if (np == MAX_PIECES)
			bad = 1;
		else
			piece[np++] = rl_buf_detach(&cur, NULL);
	}
	rl_buf_free(&cur);
	if (bad || !gaps || !np) {
		for (k = 0; k < np; k++)
			free(piece[k]);
		return 0;
	}
	for (k = 0; k < np; k++) {
		rl_buf b = RL_BUF_INIT;
		if (np > 1 && piece[k] && !strip_asserts(piece[k], &b) && b.len > opts) {
			free(piece[k]);
			piece[k] = rl_buf_detach(&b, NULL);
		} else if (np > 1) {
			free(piece[k]);
			piece[k] = NULL;
		}
		rl_buf_free(&b);
	}
	for (k = 0; k < np; k++)
		if (!piece[k]) { /* out of memory, or a piece we cannot strip */
			for (i = 0; i < np; i++)
				free(piece[i]);
			return 0;
		}
	return np;
}

/* A piece without its assertions (\b, \B, lookarounds), which only ever
 * remove matches: sub-expressions of a combination cannot be compiled in
 * prefilter mode, where vectorscan would approximate them itself. 0, or
 * -1 when the piece holds something this does not know (keep it whole). */
static int strip_asserts(const char *re, rl_buf *out)
{
	size_t n = strlen(re), i = 0, e;
	int kind;
	while (i < n) {
		char c = re[i];
		if (c == '\\') {
			if (!(e = pol_re_esc_len(re, n, i, &kind)))
				return -1;
			if (re[i + 1] == 'b' || re[i + 1] == 'B') {
				i += 2;
				continue;
			}
			if (kind == POL_RE_ASSERT)
				return -1;
			rl_buf_add(out, re + i, e);
			i += e;
		} else if (c == '[') {
			if (!(e = pol_re_class_end(re, n, i)))
				return -1;
			rl_buf_add(out, re + i, e - i);
			i = e;
		} else if (c == '(' && i + 2 < n && re[i + 1] == '?' &&
			   (re[i + 2] == '=' || re[i + 2] == '!' ||
			    (re[i + 2] == '<' && i + 3 < n &&
			     (re[i + 3] == '=' || re[i + 3] == '!')))) {
			int min0;
			if (!(e = pol_re_group_end(re, n, i)) || pol_re_quant_len(re, n, e, &min0))
				return -1;
			i = e;
		} else if (c == '(' && i + 2 < n && re[i + 1] == '?' && re[i + 2] == '>') {
			return -1; /* atomic groups: vectorscan has none */
		} else {
			rl_buf_addc(out, c);
			i++;
		}
	}
	/* possessive quantifiers: vectorscan has none */
	for (i = 1; i < out->len; i++)
		if (out->s[i] == '+' && strchr("*+?}", out->s[i - 1]) &&
		    (i < 2 || out->s[i - 2] != '\\'))
			return -1;
	return 0;
}

/* ---- class rewriting -------------------------------------------------------- *
 * Under HS_FLAG_UCP vectorscan builds \w, \s, \d and \b from the Unicode
 * tables; a caseless alternation followed by \w* is then a large automaton
 * (two default rules took 2 s each). Each such escape is replaced by a
 * cheap class that holds every character the Unicode one holds: its ASCII
 * members plus every non-ASCII character (U+0080..U+10FFFF). Inside a
 * negated class the excluded set must shrink instead, so there it becomes
 * its ASCII members only (a subset of the Unicode set). \b and \B are
 * dropped (an assertion only removes matches). When nothing else needs
 * Unicode properties (\p, \h, \v, \R, \X, POSIX classes), UCP is turned
 * off; caseless matching in UTF-8 mode still folds per Unicode in
 * vectorscan (the Kelvin sign matches k, final sigma matches sigma), which
 * UCP does not change. */

static const char *const cls_pos[128] = {
	['w'] = "0-9A-Za-z_\\x{80}-\\x{10FFFF}",
	['W'] = "\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x{10FFFF}",
	['s'] = "\\t\\n\\x0b\\f\\r \\x{80}-\\x{10FFFF}",
	['S'] = "\\x00-\\x08\\x0e-\\x1f\\x21-\\x{10FFFF}",
	['d'] = "0-9\\x{80}-\\x{10FFFF}",
	['D'] = "\\x00-\\x2f\\x3a-\\x{10FFFF}",
};
static const char *const cls_neg[128] = {
	['w'] = "0-9A-Za-z_",
	['W'] = "\\x00-\\x2f\\x3a-\\x40\\x5b-\\x5e\\x60\\x7b-\\x7f",
	['s'] = "\\t\\n\\x0b\\f\\r ",
	['S'] = "\\x00-\\x08\\x0e-\\x1f\\x21-\\x7f",
	['d'] = "0-9",
	['D'] = "\\x00-\\x2f\\x3a-\\x7f",
};

/* Rewrite `re` into `out`; *ucp set when Unicode properties are still
 * needed. -1 for a construct this does not know (use `re` as it is). */
static int rewrite_classes(const char *re, rl_buf *out, int *ucp)
{
	size_t n = strlen(re), i = 0, e;
	int kind;
	*ucp = 0;
	while (i < n) {
		unsigned char c = (unsigned char)re[i];
		if (c == '\\') {
			unsigned char x;
			if (i + 1 < n && re[i + 1] == 'Q')
				return -1;
			if (!(e = pol_re_esc_len(re, n, i, &kind))) {
				/* back-references and the like: copy, they do not
				 * depend on UCP */
				if (i + 1 >= n)
					return -1;
				e = 2;
			}
			x = (unsigned char)re[i + 1];
			if (x == 'b' || x == 'B') {
				i += 2;
				continue;
			}
			if (x < 128 && cls_pos[x]) {
				rl_buf_addc(out, '[');
				rl_buf_adds(out, cls_pos[x]);
				rl_buf_addc(out, ']');
				i += 2;
				continue;
			}
			if (kind == POL_RE_CLASS)
				*ucp = 1; /* \p \h \v \N \R \X \C */
			rl_buf_add(out, re + i, e);
			i += e;
			continue;
		}
		if (c == '[') {
			int neg = 0;
			if (!(e = pol_re_class_end(re, n, i)))
				return -1;
			rl_buf_addc(out, '[');
			i++;
			if (re[i] == '^') {
				neg = 1;
				rl_buf_addc(out, '^');
				i++;
			}
			if (re[i] == ']') {
				rl_buf_addc(out, ']');
				i++;
			}
			while (i < e - 1) {
				unsigned char x = (unsigned char)re[i + 1];
				if (re[i] == '\\' && x < 128 && cls_pos[x]) {
					rl_buf_adds(out, neg ? cls_neg[x] : cls_pos[x]);
					i += 2;
				} else if (re[i] == '\\') {
					if (x == 'p' || x == 'P' || x == 'h' || x == 'H' ||
					    x == 'v' || x == 'V')
						*ucp = 1;
					rl_buf_add(out, re + i, 2);
					i += 2;
				} else {
					if (re[i] == '[' && x == ':')
						*ucp = 1;
					rl_buf_addc(out, re[i]);
					i++;
				}
			}
			rl_buf_addc(out, ']');
			i = e;
			continue;
		}
		rl_buf_addc(out, (char)c);
		i++;
	}
	return 0;
}

/* ---- building ---------------------------------------------------------------- */

typedef struct hsset {
	char **ex;
	unsigned *fl, *ids;
	size_t *owner; /* the pattern an expression belongs to (first one for shared pieces) */
	size_t n, cap;
	int own;        /* conjunctions go to conj, not to vectorscan (pol_hs_build_own) */
	unsigned *conj; /* pattern, piece count, piece ids; again */
	size_t nconj, capconj;
	unsigned next_id;
} hsset;

static int conj_add(hsset *s, unsigned v)
{
	if (s->nconj == s->capconj) {
		size_t nc = s->capconj ? s->capconj * 2 : 64;
		unsigned *c = realloc(s->conj, nc * sizeof *c);
		if (!c)
			return -1;
		s->conj = c;
		s->capconj = nc;
	}
	s->conj[s->nconj++] = v;
	return 0;
}

static void set_free(hsset *s)
{
	size_t i;
	for (i = 0; i < s->n; i++)
		free(s->ex[i]);
	free(s->ex);
	free(s->fl);
	free(s->ids);
	free(s->owner);
	free(s->conj);
	memset(s, 0, sizeof *s);
}

/* Append (takes `ex`); returns the index, or -1 when out of memory. */
static long set_add(hsset *s, char *ex, unsigned fl, unsigned id, size_t owner)
{
	if (!ex)
		return -1;
	if (s->n == s->cap) {
		size_t nc = s->cap ? s->cap * 2 : 64;
		char **e = realloc(s->ex, nc * sizeof *e);
		unsigned *f = e ? realloc(s->fl, nc * sizeof *f) : NULL;
		unsigned *d = f ? (s->fl = f, realloc(s->ids, nc * sizeof *d)) : NULL;
		size_t *o = d ? (s->ids = d, realloc(s->owner, nc * sizeof *o)) : NULL;
		if (e)
			s->ex = e;
		if (!o) {
			free(ex);
			return -1;
		}
		s->owner = o;
		s->cap = nc;
	}
	s->ex[s->n] = ex;
	s->fl[s->n] = fl;
	s->ids[s->n] = id;
	s->owner[s->n] = owner;
	return (long)s->n++;
}

/* A conjunction's pieces less the weak ones: a piece vectorscan can match
 * with at most WEAK_WIDTH bytes (one punctuation mark, "\\s", "(?:[\\s;]|$)",
 * "an?") is in nearly every text, so it rarely refutes the pattern, and
 * every occurrence costs the scan a report or a check (four such pieces
 * were half the cost of scanning a 66-byte tool result). Leaving a piece
 * out only widens the candidates: PCRE2 still decides. A conjunction made
 * only of weak pieces keeps them all. Returns the pieces left (compacted
 * to the front; the others freed). */
#define WEAK_WIDTH 1

static size_t drop_weak(char **piece, size_t np, unsigned fl)
{
	unsigned char weak[MAX_PIECES];
	size_t j, k = 0, strong = 0;
	for (j = 0; j < np; j++) {
		hs_expr_info_t *info = NULL;
		hs_compile_error_t *ce = NULL;
		weak[j] = 0;
		/* a piece that surely needs more bytes is not weak: vectorscan's
		 * hs_expression_info builds its whole graph (some 4 M
		 * instructions a piece: 548 M of the 944 M that loading the
		 * default policy cost with a warm database cache), so it is
		 * asked only about the others (minwidth.c; t0752 compares) */
		long lb = pol_min_width(piece[j]);
		if (lb > WEAK_WIDTH && !getenv("REDLINE_HS_WEAK_CHECK"))
			weak[j] = 0;
		else if (hs_expression_info(piece[j], fl, &info, &ce) == HS_SUCCESS && info)
			weak[j] = info->min_width <= WEAK_WIDTH;
		if (weak[j] && lb > WEAK_WIDTH) /* REDLINE_HS_WEAK_CHECK=1: the bound was wrong */
			fprintf(stderr, "hsdb: weak piece with a bound of %ld: %s\n", lb, piece[j]);
		free(info); /* hs_expression_info allocates with the misc allocator: malloc */
		hs_free_compile_error(ce);
		strong += !weak[j];
	}
	if (!strong)
		return np;
	for (j = 0; j < np; j++) {
		if (weak[j])
			free(piece[j]);
		else
			piece[k++] = piece[j];
	}
	return k;
}

/* The expressions for patterns which[0..n) (those with in_hs), split
 * unless nosplit[k]. Sub-expression ids start at p->npats. */
static int set_build(const rl_policy *p, const size_t *which, size_t n, const char *nosplit,
		     unsigned extra_flags, hsset *s)
{
	size_t k, j, q;
	unsigned next_id = (unsigned)p->npats;
	for (k = 0; k < n; k++) {
		const pol_pat *pt = &p->pats[which[k]];
		char *piece[MAX_PIECES];
		size_t np = 0;
		rl_buf comb = RL_BUF_INIT;
		unsigned fl = pt->hs_flags | extra_flags;
		char *expr = pt->hs_expr, *own = NULL;
		if (!pt->in_hs)
			continue;
		if ((fl & HS_FLAG_UCP) && !nosplit[k]) {
			rl_buf b = RL_BUF_INIT;
			int ucp = 1;
			if (!rewrite_classes(pt->hs_expr, &b, &ucp) && b.len &&
			    (own = rl_buf_detach(&b, NULL))) {
				expr = own;
				if (!ucp)
					fl &= ~(unsigned)HS_FLAG_UCP;
			}
			rl_buf_free(&b);
		}
		if (pt->kind != PAT_KEYWORD && !nosplit[k])
			np = split_regex(expr, piece);
		if (np == 1) { /* the regex less its gaps */
			free(own);
			if (set_add(s, piece[0], fl, (unsigned)which[k], k) < 0)
				return RL_ENOMEM;
			continue;
		}
		if (!np) {
			if (set_add(s, own ? own : strdup(pt->hs_expr), fl, (unsigned)which[k], k) <
			    0)
				return RL_ENOMEM;
			continue;
		}
		free(own);
		if (s->own)
			np = drop_weak(piece, np, fl & ~(unsigned)HS_FLAG_PREFILTER);
		if (s->own && (conj_add(s, (unsigned)which[k]) || conj_add(s, (unsigned)np))) {
			for (j = 0; j < np; j++)
				free(piece[j]);
			return RL_ENOMEM;
		}
		for (j = 0; j < np; j++) {
			unsigned pf =
				(fl & ~(unsigned)HS_FLAG_PREFILTER) | (s->own ? 0 : HS_FLAG_QUIET);
			long at = -1;
			for (q = 0; q < s->n; q++)
				if (s->fl[q] == pf && s->ids[q] >= p->npats &&
				    !strcmp(s->ex[q], piece[j])) {
					at = (long)q;
					break;
				}
			if (at >= 0) {
				free(piece[j]);
			} else if ((at = set_add(s, piece[j], pf, next_id++, k)) < 0) {
				for (j++; j < np; j++)
					free(piece[j]);
				rl_buf_free(&comb);
				return RL_ENOMEM;
			}
			if (s->own) {
				if (conj_add(s, s->ids[at])) {
					for (j++; j < np; j++)
						free(piece[j]);
					return RL_ENOMEM;
				}
				continue;
			}
			rl_buf_addf(&comb, "%s%u", j ? " & " : "", s->ids[at]);
		}
		if (s->own)
			continue;
		if (set_add(s, rl_buf_detach(&comb, NULL),
			    HS_FLAG_COMBINATION | (fl & HS_FLAG_SINGLEMATCH), (unsigned)which[k],
			    k) < 0)
			return RL_ENOMEM;
	}
	s->next_id = next_id;
	return 0;
}

/* Is every expression of s a quiet piece or a combination? */
static int only_combinations(const hsset *s)
{
	size_t q;
	for (q = 0; q < s->n; q++)
		if (!(s->fl[q] & (HS_FLAG_QUIET | HS_FLAG_COMBINATION)))
			return 0;
	return 1;
}

/* The conjunctions by their first piece: for piece id q (npats <= q <
 * nids), ix[q - npats] .. ix[q - npats + 1] are offsets into ix's tail,
 * whose entries are the conjunctions' offsets in p->conj. A conjunction
 * holds only when its first piece was reported, so pol_hs_conj need only
 * read those of the pieces a scan reported (a few) instead of all of them
 * (the default policy's 180 cost ~1,100 instructions per scan). NULL
 * when out of memory, or without conjunctions: then they are read whole. */
static unsigned *conj_index(const rl_policy *p)
{
	size_t npc = p->nids > p->npats ? p->nids - p->npats : 0, nc = 0, i, q;
	unsigned *ix;
	for (i = 0; i + 1 < p->nconj; i += 2 + p->conj[i + 1])
		nc++;
	if (!nc || !npc || !(ix = calloc(npc + 1 + nc, sizeof *ix)))
		return NULL;
	for (i = 0; i + 1 < p->nconj; i += 2 + p->conj[i + 1]) {
		if (!p->conj[i + 1] || p->conj[i + 2] < p->npats || p->conj[i + 2] >= p->nids) {
			free(ix); /* not a piece id: cannot index it */
			return NULL;
		}
		ix[p->conj[i + 2] - p->npats + 1]++;
	}
	for (q = 0; q < npc; q++)
		ix[q + 1] += ix[q];
	{
		unsigned *fill = calloc(npc + 1, sizeof *fill);
		if (!fill) {
			free(ix);
			return NULL;
		}
		for (i = 0; i + 1 < p->nconj; i += 2 + p->conj[i + 1]) {
			q = p->conj[i + 2] - p->npats;
			ix[npc + 1 + ix[q] + fill[q]++] = (unsigned)i;
		}
		free(fill);
	}
	return ix;
}

/* Compile the patterns which[0..n) into one block-mode database. With
 * `mark`, a pattern vectorscan rejects even whole leaves the database
 * (in_hs = 0: always confirmed); without, any rejection fails (returns
 * RL_EPOLICY, *db NULL) and the caller treats every text as a candidate. */
static int hs_build(rl_policy *p, const size_t *which, size_t n, unsigned extra_flags, int mark,
		    int own, hs_database_t **db)
{
	char *nosplit = calloc(n + 1, 1);
	size_t tries;
	int rc = 0;

	*db = NULL;
	if (!nosplit)
		return RL_ENOMEM;
	for (tries = 0; tries <= 2 * n + 1; tries++) {
		hsset s = {0};
		hs_compile_error_t *ce = NULL;
		s.own = own;
		if ((rc = set_build(p, which, n, nosplit, extra_flags, &s))) {
			set_free(&s);
			break;
		}
		if (!s.n) {
			set_free(&s);
			break;
		}
		if (only_combinations(&s) && memchr(nosplit, 0, n)) {
			/* vectorscan does not report a logical combination from a
			 * database with no plain expression (scans fail or stay
			 * silent): a policy whose every regex was split, such as
			 * one rule with one gapped pattern. Enter them whole. */
			set_free(&s);
			memset(nosplit, 1, n);
			continue;
		}
		if (getenv("REDLINE_HS_DEBUG") && !strcmp(getenv("REDLINE_HS_DEBUG"), "2"))
			for (size_t q = 0; q < s.n; q++)
				fprintf(stderr, "hsexpr %u %u %s\n", s.ids[q], s.fl[q], s.ex[q]);
		if (rl_hs_compile_cached((const char *const *)s.ex, s.fl, s.ids, s.n, db, &ce) ==
		    HS_SUCCESS) {
			if (own) {
				free(p->conj);
				free(p->conj_ix);
				p->conj = s.conj;
				p->nconj = s.nconj;
				p->nids = s.next_id > p->npats ? s.next_id : (unsigned)p->npats;
				p->conj_ix = conj_index(p);
				s.conj = NULL;
			}
			set_free(&s);
			break;
		}
		*db = NULL;
		if (getenv("REDLINE_HS_DEBUG"))
			fprintf(stderr, "hs: %s (expression %d: %s)\n", ce ? ce->message : "?",
				ce ? ce->expression : -1,
				ce && ce->expression >= 0 && (size_t)ce->expression < s.n
					? s.ex[ce->expression]
					: "");
		if (ce && ce->expression >= 0 && (size_t)ce->expression < s.n) {
			size_t k = s.owner[ce->expression];
			if (!nosplit[k] && p->pats[which[k]].kind != PAT_KEYWORD)
				nosplit[k] = 1; /* try it whole */
			else if (mark)
				p->pats[which[k]].in_hs = 0;
			else
				rc = RL_EPOLICY;
		} else if (!memchr(nosplit, 1, n)) {
			/* no expression named (a combination's sub-expression):
			 * enter every regex whole, as before this file existed */
			memset(nosplit, 1, n);
		} else {
			rc = RL_EPOLICY;
		}
		hs_free_compile_error(ce);
		set_free(&s);
		if (rc)
			break;
	}
	if (rc && mark) { /* cannot tell which: confirm everything */
		size_t k;
		for (k = 0; k < n; k++)
			p->pats[which[k]].in_hs = 0;
	}
	free(nosplit);
	return rc == RL_ENOMEM ? rc : (mark ? 0 : rc);
}

int pol_hs_build(rl_policy *p, const size_t *which, size_t n, unsigned extra_flags, int mark,
		 hs_database_t **db)
{
	return hs_build(p, which, n, extra_flags, mark, 0, db);
}

/* Vectorscan's logical combinations cost the policy's database a fixed
 * ~500 ns per scan (about half of every scan of a short text: the guard
 * scans two or three per request), whatever the text; the same
 * conjunctions checked here, after the scan, cost a few instructions. */
int pol_hs_build_own(rl_policy *p, const size_t *which, size_t n, hs_database_t **db)
{
	return hs_build(p, which, n, 0, 1, 1, db);
}

static int conj_holds(const rl_policy *p, size_t i, const uint64_t *bits)
{
	unsigned c = p->conj[i + 1], k;
	for (k = 0; k < c; k++) {
		unsigned id = p->conj[i + 2 + k];
		if (!((bits[id >> 6] >> (id & 63)) & 1))
			return 0;
	}
	return 1;
}

void pol_hs_conj(const rl_policy *p, uint64_t *bits)
{
	size_t i = 0, k;
	if (p->conj_ix) { /* the reported pieces' conjunctions */
		const unsigned *ix = p->conj_ix, *at = ix + (p->nids - p->npats) + 1;
		size_t w;
		for (w = p->npats >> 6; w <= (p->nids - 1) >> 6; w++) {
			uint64_t m = bits[w];
			if (w == p->npats >> 6)
				m &= ~0ull << (p->npats & 63);
			while (m) {
				size_t q = (w << 6) + (size_t)__builtin_ctzll(m) - p->npats, j;
				m &= m - 1;
				if (q >= p->nids - p->npats)
					break;
				for (j = ix[q]; j < ix[q + 1]; j++)
					if (conj_holds(p, at[j], bits)) {
						unsigned pat = p->conj[at[j]];
						bits[pat >> 6] |= 1ull << (pat & 63);
					}
			}
		}
		return;
	}
	while (i + 1 < p->nconj) {
		unsigned pat = p->conj[i], c = p->conj[i + 1];
		int all = 1;
		for (k = 0; k < c && all; k++) {
			unsigned id = p->conj[i + 2 + k];
			all = (bits[id >> 6] >> (id & 63)) & 1;
		}
		if (all)
			bits[pat >> 6] |= 1ull << (pat & 63);
		i += 2 + c;
	}
}

/* ---- necessary literals ------------------------------------------------------ *
 * A set of literals at least one of which occurs in every text a regex
 * matches (the monitor's line prefilter scans for them: a literal set runs
 * at memory speed in vectorscan, where the regexes themselves, a hundred
 * caseless alternations, ran at a tenth of it). Per alternative of the
 * regex, each required atom offers a candidate: a run of literal
 * characters (assertions inside a run do not break it: they consume
 * nothing), or a required group whose alternatives each offer a literal
 * set (recursively). The candidate whose shortest literal is longest
 * wins; the regex's set is the union over its alternatives. Anything this
 * does not know (classes only, optional everything, inline options after
 * the start, back-references) fails the regex: the caller keeps it whole. */

#define LIT_MAX 256 /* literals per regex, beyond which it is kept whole */

typedef struct lits {
	char *v[LIT_MAX];
	size_t n, minlen;
	int ok;
	int exact; /* each alternative is exactly one of the literals */
} lits;

#define RUN_MAX 64 /* literals a run may multiply into ("(a|b) (c|d)") */

static void lits_free(lits *l)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	l->n = 0;
	l->minlen = 0;
	l->ok = 0;
}

static int lits_add(lits *l, const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (strlen(l->v[i]) == n && !memcmp(l->v[i], s, n))
			return 0;
	if (l->n == LIT_MAX || !(l->v[l->n] = strndup(s, n)))
		return -1;
	if (!l->n || n < l->minlen)
		l->minlen = n;
	l->n++;
	return 0;
}

/* Move `b` into `a` when it is the better candidate. */
static void lits_better(lits *a, lits *b)
{
	if (b->ok && (!a->ok || b->minlen > a->minlen || (b->minlen == a->minlen && b->n < a->n))) {
		lits_free(a);
		*a = *b;
		b->n = 0;
		b->ok = 0;
		return;
	}
	lits_free(b);
}

static void lits_of(const char *re, size_t n, lits *out, int depth, int sp);

#define CLAUSE_MAX 8
#define CLAUSE_MINLEN 5
/* Every candidate of an alternative is necessary; the top level keeps
 * the selective ones (shortest literal CLAUSE_MINLEN bytes or more: each
 * literal costs scan time where it occurs, and short ones occur often)
 * to AND them with the best one. */
typedef struct clauses {
	lits c[CLAUSE_MAX];
	size_t n;
} clauses;

static void keep_clause(clauses *k, const lits *c)
{
	lits *d;
	size_t i;
	if (!k || !c->ok || c->minlen < CLAUSE_MINLEN || k->n == CLAUSE_MAX)
		return;
	d = &k->c[k->n];
	memset(d, 0, sizeof *d);
	d->ok = 1;
	for (i = 0; i < c->n && d->ok; i++)
		if (lits_add(d, c->v[i], strlen(c->v[i])))
			d->ok = 0;
	if (d->ok)
		k->n++;
	else
		lits_free(d);
}

/* run := run x g (every pairing concatenated); 1 when that would exceed
 * RUN_MAX (run unchanged), -1 when out of memory. */
static int run_product(lits *run, const lits *g)
{
	lits nr;
	size_t q, r;
	if (run->n * g->n > RUN_MAX)
		return 1;
	memset(&nr, 0, sizeof nr);
	nr.ok = 1;
	for (q = 0; q < run->n; q++)
		for (r = 0; r < g->n; r++) {
			size_t a = strlen(run->v[q]), b = strlen(g->v[r]);
			char *cat = malloc(a + b + 1);
			int bad;
			if (!cat) {
				lits_free(&nr);
				return -1;
			}
			memcpy(cat, run->v[q], a);
			memcpy(cat + a, g->v[r], b + 1);
			bad = lits_add(&nr, cat, a + b);
			free(cat);
			if (bad) {
				lits_free(&nr);
				return -1;
			}
		}
	lits_free(run);
	*run = nr;
	run->ok = 1;
	return 0;
}

/* The best candidate of one alternative re[0..n); with `keep`, the
 * selective ones too. A run is a set of strings: a required group of
 * exact alternatives multiplies it ("(?:message|note) (?:to|for) you"
 * gives "message to you", "note for you" ...), up to RUN_MAX. *exact is
 * set when the whole alternative is its one run. */
static void alt_lits_k(const char *re, size_t n, lits *best, int depth, clauses *keep, int *exact,
		       int sp)
{
	size_t i = 0, len, k;
	lits run;
	int kind, min0, inexact = 0;
	memset(best, 0, sizeof *best);
	memset(&run, 0, sizeof run);
	run.ok = 1;
	(void)lits_add(&run, "", 0); /* one empty string to extend */
#define END_RUN()                                                                                  \
	do {                                                                                       \
		if (run.n && run.minlen) {                                                         \
			run.ok = 1;                                                                \
			keep_clause(keep, &run);                                                   \
			lits_better(best, &run);                                                   \
		}                                                                                  \
		lits_free(&run);                                                                   \
		run.ok = 1;                                                                        \
		(void)lits_add(&run, "", 0);                                                       \
	} while (0)
	while (i < n) {
		unsigned char c = (unsigned char)re[i];
		int lit = -1; /* the literal byte, when the atom is one */
		kind = POL_RE_LIT;
		if (c == '\\') {
			if (!(len = pol_re_esc_len(re, n, i, &kind)))
				goto fail;
			if (kind == POL_RE_LIT && len == 2) {
				char x = re[i + 1];
				lit = x == 'n'   ? '\n'
				      : x == 't' ? '\t'
				      : x == 'r' ? '\r'
				      : x == 'f' ? '\f'
				      : x == 'e' ? 0x1b
				      : x == 'a' ? 0x07
						 : x;
			} else if (kind == POL_RE_LIT) {
				kind = POL_RE_CLASS; /* \x.., \c.: not worth decoding */
			}
		} else if (c == '[') {
			size_t e = pol_re_class_end(re, n, i);
			if (!e)
				goto fail;
			len = e - i;
			kind = POL_RE_CLASS;
		} else if (c == '(') {
			size_t e = pol_re_group_end(re, n, i);
			if (!e)
				goto fail;
			len = e - i;
			kind = POL_RE_GROUP;
			if (re[i + 1] == '?' &&
			    (re[i + 2] == '=' || re[i + 2] == '!' ||
			     (re[i + 2] == '<' && (re[i + 3] == '=' || re[i + 3] == '!'))))
				kind = POL_RE_ASSERT;
			else if (re[i + 1] == '?' && re[i + 2] != ':')
				goto fail; /* inline options, atomic or named groups */
		} else if (c == '.') {
			len = 1;
			kind = POL_RE_CLASS;
		} else if (c == '^' || c == '$') {
			len = 1;
			kind = POL_RE_ASSERT;
		} else if (c == '|' || c == ')' || c == '*' || c == '+' || c == '?') {
			goto fail; /* not an atom here */
		} else if (c >= 0x80) {
			len = 1;
			while (i + len < n && ((unsigned char)re[i + len] & 0xC0) == 0x80)
				len++;
			kind = POL_RE_LIT;
		} else if (c == '{' && !pol_re_quant_len(re, n, i, &min0)) {
			len = 1;
			lit = '{';
		} else {
			len = 1;
			lit = c;
		}
		k = pol_re_quant_len(re, n, i + len, &min0);
		if (kind == POL_RE_ASSERT) {
			if (k)
				goto fail;
			i += len;
			continue;
		}
		{
			/* the atom's strings: a literal, or an exact group's */
			lits g;
			int opt = k == 1 && re[i + len] == '?', done = 0, pr;
			memset(&g, 0, sizeof g);
			if (kind == POL_RE_LIT) {
				char ch = (char)lit;
				g.ok = g.exact = 1;
				if (lits_add(&g, lit >= 0 ? &ch : re + i, lit >= 0 ? 1 : len))
					goto fail;
			} else if (kind == POL_RE_CLASS && c == '[' && re[i + 1] != '^' &&
				   len <= 10) {
				/* a small class of plain characters: "[_ ]", "[sz]" */
				size_t q;
				g.ok = g.exact = 1;
				for (q = i + 1; q + 1 < i + len && g.ok; q++) {
					unsigned char m = (unsigned char)re[q];
					if (m == '\\' || m == '[' || m >= 0x80 ||
					    (m == '-' && q != i + 1 && q + 2 != i + len))
						g.ok = 0;
					else if (lits_add(&g, re + q, 1))
						goto fail;
				}
				if (!g.ok)
					lits_free(&g);
			} else if (kind == POL_RE_CLASS && sp && c == '\\' && re[i + 1] == 's') {
				/* \s without UCP: its six ASCII members */
				size_t q;
				g.ok = g.exact = 1;
				for (q = 0; q < 6; q++)
					if (lits_add(&g, "\t\n\v\f\r " + q, 1))
						goto fail;
			} else if (kind == POL_RE_GROUP) {
				size_t in = re[i + 1] == '?' ? 3 : 1;
				lits_of(re + i + in, len - in - 1, &g, depth + 1, sp);
			}
			if (g.ok && g.exact && (!k || opt)) {
				/* "x" or "x?": every string of the run, extended */
				if (opt && lits_add(&g, "", 0)) {
					lits_free(&g);
					goto fail;
				}
				pr = run_product(&run, &g);
				if (pr < 0) {
					lits_free(&g);
					goto fail;
				}
				done = !pr;
			} else if (g.ok && g.exact && k && !min0) {
				/* "x+", "x{2,}": one x at least follows the run, which
				 * ends after it */
				pr = run_product(&run, &g);
				if (pr < 0) {
					lits_free(&g);
					goto fail;
				}
				if (!pr) {
					END_RUN();
					inexact = 1;
					done = 1;
				}
			}
			if (!done) {
				END_RUN();
				inexact = 1;
				/* a required group is a candidate of its own */
				if (kind == POL_RE_GROUP && !min0 && g.ok) {
					keep_clause(keep, &g);
					lits_better(best, &g);
				}
			}
			lits_free(&g);
		}
		i += len + k;
	}
	if (exact)
		*exact = !inexact;
	END_RUN();
	lits_free(&run);
	return;
fail:
	lits_free(&run);
	lits_free(best);
	while (keep && keep->n)
		lits_free(&keep->c[--keep->n]);
	if (exact)
		*exact = 0;
#undef END_RUN
}

static void alt_lits(const char *re, size_t n, lits *best, int depth, int *exact, int sp)
{
	alt_lits_k(re, n, best, depth, NULL, exact, sp);
}

/* Union over the top-level alternatives of re[0..n) ("(?:" groups only:
 * callers pass a group's inside). */
static void lits_of(const char *re, size_t n, lits *out, int depth, int sp)
{
	size_t i = 0, a = 0, e;
	memset(out, 0, sizeof *out);
	if (depth > 8)
		return;
	out->ok = 1;
	out->exact = 1;
	for (;;) {
		if (i == n || re[i] == '|') {
			lits alt;
			size_t q;
			int ex = 0;
			alt_lits(re + a, i - a, &alt, depth, &ex, sp);
			out->exact &= ex;
			if (!alt.ok) {
				lits_free(&alt);
				lits_free(out);
				return;
			}
			for (q = 0; q < alt.n && out->ok; q++)
				if (lits_add(out, alt.v[q], strlen(alt.v[q])))
					out->ok = 0;
			lits_free(&alt);
			if (!out->ok) {
				lits_free(out);
				return;
			}
			if (i == n)
				break;
			a = ++i;
			continue;
		}
		if (re[i] == '\\') {
			i += i + 1 < n ? 2 : 1;
		} else if (re[i] == '[') {
			if (!(e = pol_re_class_end(re, n, i))) {
				lits_free(out);
				return;
			}
			i = e;
		} else if (re[i] == '(') {
			if (!(e = pol_re_group_end(re, n, i))) {
				lits_free(out);
				return;
			}
			i = e;
		} else {
			i++;
		}
	}
	if (!out->n || !out->minlen)
		lits_free(out);
}

static int lit_index(rl_strlist *out, const char *l, size_t *idx)
{
	size_t i;
	for (i = 0; i < out->n; i++)
		if (!strcmp(out->v[i], l)) {
			*idx = i;
			return 0;
		}
	*idx = out->n;
	return rl_strlist_add(out, l) ? RL_ENOMEM : 0;
}

int pol_pat_literals(const pol_pat *pt, rl_strlist *out, unsigned *flags, rl_buf *formula)
{
	const char *re = pt->hs_expr;
	size_t n = strlen(re), i, opts = 0, a, e, q, j, idx;
	long minlen = -1;
	int sp = !(pt->hs_flags & HS_FLAG_UCP); /* \s is six ASCII bytes */
	*flags = pt->hs_flags & (HS_FLAG_CASELESS | HS_FLAG_UTF8);
	if (n > 2 && re[0] == '(' && re[1] == '?') { /* leading inline options */
		size_t k = 2;
		while (k < n && re[k] >= 'a' && re[k] <= 'z')
			k++;
		if (k < n && re[k] == ')') {
			for (i = 2; i < k; i++) {
				if (re[i] == 'i')
					*flags |= HS_FLAG_CASELESS;
				else if (re[i] != 's' && re[i] != 'm')
					return -1; /* x, u ...: keep it whole */
			}
			opts = k + 1;
		}
	}
	/* the top-level alternatives: each an AND of its selective candidates
	 * (or its best one), the pattern their OR */
	i = a = opts;
	for (;;) {
		if (i == n || re[i] == '|') {
			lits best;
			clauses k;
			k.n = 0;
			alt_lits_k(re + a, i - a, &best, 0, &k, NULL, sp);
			if (!best.ok) {
				while (k.n)
					lits_free(&k.c[--k.n]);
				return -1;
			}
			if (!k.n) { /* nothing selective: the best one alone */
				k.c[0] = best;
				k.n = 1;
				memset(&best, 0, sizeof best);
			}
			lits_free(&best);
			rl_buf_adds(formula, a > opts ? " | (" : "(");
			for (q = 0; q < k.n; q++) {
				rl_buf_adds(formula, q ? " & (" : "(");
				for (j = 0; j < k.c[q].n; j++) {
					if (lit_index(out, k.c[q].v[j], &idx)) {
						while (k.n)
							lits_free(&k.c[--k.n]);
						return RL_ENOMEM;
					}
					rl_buf_addf(formula, "%s%zu", j ? " | " : "", idx);
				}
				rl_buf_addc(formula, ')');
			}
			rl_buf_addc(formula, ')');
			/* the alternative's selectivity: its best clause */
			{
				long am = 0;
				for (q = 0; q < k.n; q++)
					if ((long)k.c[q].minlen > am)
						am = (long)k.c[q].minlen;
				if (minlen < 0 || am < minlen)
					minlen = am;
			}
			while (k.n)
				lits_free(&k.c[--k.n]);
			if (i == n)
				break;
			a = ++i;
			continue;
		}
		if (re[i] == '\\') {
			i += i + 1 < n ? 2 : 1;
		} else if (re[i] == '[') {
			if (!(e = pol_re_class_end(re, n, i)))
				return -1;
			i = e;
		} else if (re[i] == '(') {
			if (!(e = pol_re_group_end(re, n, i)))
				return -1;
			i = e;
		} else {
			i++;
		}
	}
	return minlen > 0 ? (int)minlen : -1;
}
