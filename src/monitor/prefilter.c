/* prefilter.c: decide, without parsing JSON, which log lines can possibly
 * produce a finding. Correctness before speed: a prefilter that misses a
 * finding is a bug, so the rules are:
 *  - the scan view of a line is its JSON text with string escapes decoded
 *    (\u0041, \", \n ...), unescaped quotes turned into newlines (string
 *    edges, so ^/$/\b behave as inside one string), and, when the line
 *    holds escaped backslashes (JSON inside JSON strings, tool-call
 *    arguments, tag-format values), the next decoded level too, up to 3;
 *  - each rule contributes patterns of which at least one must occur in
 *    some text the rule reads (its content patterns, an argument's
 *    patterns, its detectors' patterns, its tool globs, or, for rules that
 *    need any action, the words every action notation contains);
 *  - regexes enter vectorscan in prefilter mode (never fewer matches) and
 *    multiline mode; a pattern vectorscan cannot take, or anchored with
 *    \A \z \G, makes every line a candidate.
 * The decoder is hand-written (no library decodes JSON strings without
 * parsing the document) and uses SSE2 to skip plain runs 16 bytes at once.
 *
 * Raw fast path (literal rule sets): when every pattern is a keyword made
 * of bytes no JSON escape other than \uXXXX can produce (no quote,
 * backslash, slash, apostrophe, space or control byte), and the raw line
 * holds no backslash followed by 'u', then every character of a keyword
 * occurrence in any decoded level was copied verbatim, one input token per
 * output character, from the level before, so the same bytes occur in the
 * raw line: scanning the raw line finds every candidate the decoded levels
 * would (and perhaps more, which parsing then rejects). A validation pass
 * over 64-byte masks (the escape-run arithmetic of simdjson) still flags
 * bad escapes, invalid UTF-8 and odd quotes exactly as the decoder does,
 * at a third of the decoder's cost: a JSON line has a special byte every
 * 25 bytes or so, which the decoder handles one at a time. */
#include "monitor/monitor.h"

#include <immintrin.h>
#include <stdlib.h>
#include <string.h>

#include "base/hscache.h"
#include "policy/policy_int.h"

#define MAX_LEVELS 3

struct mon_prefilter {
	const hs_database_t *pdb; /* the policy's database (every pattern) */
	hs_scratch_t *pscratch;
	hs_database_t *db;        /* tool globs and action words */
	hs_scratch_t *scratch;
	int all;
	int raw;                  /* raw fast path allowed (literal rule set) */
	int avx2;                 /* the CPU has AVX2 (raw_check's masks) */
	hs_database_t *cdb;       /* the policy's injection cues (context rules) */
	hs_scratch_t *cscratch;
	int cdb_all;              /* a cue vectorscan cannot take: always context */
};

/* ---- the decoder ------------------------------------------------------------ */

static int hexv(int c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	if (c >= 'A' && c <= 'F') return c - 'A' + 10;
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
	if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
	if (cp < 0x800) { o[0] = (unsigned char)(0xC0 | cp >> 6); o[1] = (unsigned char)(0x80 | (cp & 0x3F)); return 2; }
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

/* Same table as the policy engine's (RFC 3629). */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80) return 1;
	if (c >= 0xC2 && c <= 0xDF) return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c >= 0xE0 && c <= 0xEF) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
		if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F)) return 0;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return 0;
		if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F)) return 0;
		return 4;
	}
	return 0;
}

unsigned mon_json_decode(const char *src, size_t n, rl_buf *out, int level)
{
	const unsigned char *s = (const unsigned char *)src;
	unsigned char *o;
	size_t i = 0;
	unsigned flags = 0, quotes = 0;
	const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');

	/* Decoding never grows the text (6-byte \u escapes give <= 3 bytes,
	 * 12-byte pairs give 4, invalid bytes give 1). */
	if (out->cap && src >= out->s && src <= out->s + out->len) {
		/* decoding a previous level held in the same buffer */
		size_t off = (size_t)(src - out->s);
		if (rl_buf_grow(out, n + 16))
			return 1;
		s = (const unsigned char *)out->s + off;
	} else if (rl_buf_grow(out, n + 16)) {
		return 1;
	}
	o = (unsigned char *)out->s + out->len;
	while (i < n) {
		if (i + 16 <= n) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + i));
			int m = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, q),
									    _mm_cmpeq_epi8(v, bs)),
							       v)); /* high bit: non-ASCII */
			if (!m) {
				_mm_storeu_si128((__m128i *)o, v);
				o += 16;
				i += 16;
				continue;
			}
			int k = __builtin_ctz((unsigned)m);
			/* store all 16 and keep k: cheaper than a variable memcpy; the
			 * output has 16 bytes of slack and never outruns the input */
			_mm_storeu_si128((__m128i *)o, v);
			o += k;
			i += (size_t)k;
		}
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
			case '\\': *o++ = '\\'; flags |= 2; break;
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
		} else if (c >= 0x80) {
			size_t k = utf8_seq(s + i, n - i);
			if (!k) {
				flags |= 1;
				*o++ = '?';
				i++;
			} else {
				memcpy(o, s + i, k);
				o += k;
				i += k;
			}
		} else {
			*o++ = c;
			i++;
		}
	}
	out->len = (size_t)((char *)o - out->s);
	out->s[out->len] = '\0';
	if (quotes & 1)
		flags |= 4;
	return flags;
}

/* ---- the raw fast path ----------------------------------------------------- */

/* The four 64-bit masks of a 64-byte block that raw_check reads:
 * backslashes, quotes, 'u' bytes and bytes with the high bit. Two
 * versions: SSE2 (every x86-64) and AVX2 (half the instructions; chosen
 * at run time, mon_prefilter.avx2), for a third of the monitor's time. */
typedef struct blk {
	uint64_t B, Q, U, H;
} blk;

static inline uint64_t bits64(__m128i a, __m128i b, __m128i c, __m128i d)
{
	return (uint64_t)(unsigned)_mm_movemask_epi8(a) |
	       (uint64_t)(unsigned)_mm_movemask_epi8(b) << 16 |
	       (uint64_t)(unsigned)_mm_movemask_epi8(c) << 32 |
	       (uint64_t)(unsigned)_mm_movemask_epi8(d) << 48;
}

#define EQ64(v, c)                                                                   \
	bits64(_mm_cmpeq_epi8(v[0], c), _mm_cmpeq_epi8(v[1], c), _mm_cmpeq_epi8(v[2], c), \
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

/* Validate a raw line for the fast path. Returns 0 when the line holds a
 * backslash followed by 'u' (some level may hold a \u escape: decode it),
 * else 1 with *fl bits as mon_json_decode's level 0 would set: 1 for a bad
 * escape or invalid UTF-8, 4 for an odd number of unescaped quotes. */
static inline __attribute__((always_inline)) int raw_core(const unsigned char *s, size_t n,
							   unsigned *fl, int avx2)
{
	const uint64_t even = 0x5555555555555555ULL;
	static const unsigned char json_escape[256] = {['/'] = 1, ['b'] = 1, ['f'] = 1,
						       ['n'] = 1, ['r'] = 1, ['t'] = 1};
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
		m = avx2 ? masks_avx2(p) : masks_sse2(p);
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

static int raw_check_sse2(const unsigned char *s, size_t n, unsigned *fl)
{
	return raw_core(s, n, fl, 0);
}

__attribute__((target("avx2"))) static int raw_check_avx2(const unsigned char *s, size_t n,
							   unsigned *fl)
{
	return raw_core(s, n, fl, 1);
}

static int raw_check(const mon_prefilter *f, const char *s, size_t n, unsigned *fl)
{
	return f->avx2 ? raw_check_avx2((const unsigned char *)s, n, fl)
		       : raw_check_sse2((const unsigned char *)s, n, fl);
}

/* A keyword whose bytes no escape but \uXXXX produces. */
static int raw_safe(const pol_pat *pt)
{
	const unsigned char *c;
	if (pt->kind != PAT_KEYWORD || !pt->in_hs || pt->no_prefilter)
		return 0;
	for (c = (const unsigned char *)pt->src; *c; c++)
		if (*c <= ' ' || *c == '"' || *c == '\\' || *c == '/' || *c == '\'' || *c == 0x7f)
			return 0;
	return 1;
}

/* ---- necessary patterns ---------------------------------------------------- */

typedef struct exprs {
	char **ex;
	unsigned *fl;
	size_t n, cap;
	int all;
} exprs;

static int ex_add(exprs *x, const char *e, unsigned flags)
{
	size_t i;
	for (i = 0; i < x->n; i++)
		if (x->fl[i] == flags && !strcmp(x->ex[i], e))
			return 0;
	if (x->n == x->cap) {
		size_t nc = x->cap ? x->cap * 2 : 64;
		char **ne = realloc(x->ex, nc * sizeof *ne);
		unsigned *nf;
		if (!ne)
			return RL_ENOMEM;
		x->ex = ne;
		nf = realloc(x->fl, nc * sizeof *nf);
		if (!nf)
			return RL_ENOMEM;
		x->fl = nf;
		x->cap = nc;
	}
	if (!(x->ex[x->n] = strdup(e)))
		return RL_ENOMEM;
	x->fl[x->n++] = flags;
	return 0;
}

/* Rule patterns are already in the policy's database, which the line scan
 * uses as is; here we only check that each can stand as a prefilter. */
static int add_pat(exprs *x, const pol_pat *pt)
{
	if (!pt->in_hs || pt->no_prefilter)
		x->all = 1;
	return 0;
}

static int add_cond(exprs *x, const rl_policy *p, const pol_textcond *c)
{
	size_t i;
	int rc;
	for (i = 0; i < c->n; i++)
		if ((rc = add_pat(x, &p->pats[c->v[i]])))
			return rc;
	return 0;
}

/* Tool glob (fnmatch with extglob) to an unanchored regex that matches
 * somewhere in every name the glob matches. Returns 0, or 1 when the glob
 * has no usable literal part (then every line is a candidate). */
static int glob_regex(const char *g, rl_buf *b)
{
	size_t lit = 0;
	const char *s = g;
	while (*s) {
		char c = *s;
		if ((c == '@' || c == '+' || c == '?' || c == '*') && s[1] == '(') {
			rl_buf_adds(b, c == '@' ? "(?:" : "(?:");
			s += 2;
			continue;
		}
		if (c == '!' && s[1] == '(')
			return 1; /* negation has no regex equivalent here */
		if (c == '*') {
			rl_buf_adds(b, "[^\\n]*");
		} else if (c == '?') {
			rl_buf_adds(b, "[^\\n]");
		} else if (c == '|' || c == ')') {
			rl_buf_addc(b, c);
		} else if (c == '[') {
			const char *e = strchr(s + 1, ']');
			if (!e)
				return 1;
			rl_buf_addc(b, '[');
			if (s[1] == '!') {
				rl_buf_addc(b, '^');
				s++;
			}
			rl_buf_add(b, s + 1, (size_t)(e - s));
			s = e + 1;
			lit++;
			continue;
		} else {
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			      (c >= '0' && c <= '9') || (unsigned char)c >= 0x80))
				rl_buf_addc(b, '\\');
			rl_buf_addc(b, c);
			lit++;
		}
		s++;
	}
	/* "*(x)" "?(x)" may match nothing; we emitted them as required groups,
	 * which could miss: treat such globs as unusable. */
	if (strstr(g, "*(") || strstr(g, "?("))
		return 1;
	return lit == 0;
}

/* What every action notation contains: tag format (<tool_use:...>),
 * native calls (tool_calls, tool_use, functionCall, function_call) and JSON
 * in text (keys name, tool, tool_name, action, function). */
static const char ACTION_WORDS[] = "(?i)tool|name|function|action";

/* One prefilter expression per tool glob (a rule's tools, the org's
 * cancel_tools): the glob as a regex when it is a plain name, else any
 * action-ish word (the glob is checked exactly later). */
static int add_tool_globs(exprs *x, const rl_strlist *l, rl_buf *b)
{
	size_t i;
	int rc = 0;
	for (i = 0; i < l->n && !rc; i++) {
		rl_buf_reset(b);
		if (glob_regex(l->v[i], b)) { /* not a plain name */
			rc = ex_add(x, ACTION_WORDS, HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SINGLEMATCH);
			continue;
		}
		rc = ex_add(x, b->s, HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_PREFILTER |
					     HS_FLAG_MULTILINE | HS_FLAG_SINGLEMATCH);
	}
	return rc;
}

static int rule_exprs(exprs *x, const rl_policy *p, const pol_rule *r)
{
	size_t i, d;
	rl_buf b = RL_BUF_INIT;
	int rc = 0;

	/* A rule that needs tool output carrying injection cues (injection:
	 * true, an `injected` origin) cannot match a line without one of
	 * them: those patterns are necessary, whatever else it lists. */
	{
		int inj = r->injection || r->answer_origin == ORG_INJECTED;
		for (i = 0; i < r->nargs; i++)
			inj |= r->args[i].origin == ORG_INJECTED;
		if (inj && p->injection.n)
			return add_cond(x, p, &p->injection);
		if (inj) /* no cues: nothing is ever injected */
			return 0;
	}
	if (r->content.n) return add_cond(x, p, &r->content);
	if (r->reasoning.n) return add_cond(x, p, &r->reasoning);
	if (r->input.n) return add_cond(x, p, &r->input);
	if (r->text.n) return add_cond(x, p, &r->text);
	for (i = 0; i < r->nargs; i++)
		if (r->args[i].text.n)
			return add_cond(x, p, &r->args[i].text);
	if (r->detectors && !(r->detectors & 7u)) { /* only pattern detectors */
		for (d = POL_DET_PII; d < POL_NDET; d++) {
			size_t k;
			if (!(r->detectors & (1u << d)))
				continue;
			for (k = p->det_first[d]; k < p->det_first[d] + p->det_count[d]; k++)
				if ((rc = add_pat(x, &p->pats[k])))
					return rc;
		}
		return 0;
	}
	if (r->tools.n) {
		rc = add_tool_globs(x, &r->tools, &b);
		rl_buf_free(&b);
		return rc;
	}
	/* The lethal detector needs a taken action whose tool is one of the
	 * organisation's cancel_tools, or, with none configured, a tool whose
	 * name holds "cancel" or "override" (detect/lethal.c, is_cancel). */
	if (r->detectors == (1u << POL_DET_LETHAL) && !r->has_action_cond) {
		if (!p->org.cancel_tools.n)
			return ex_add(x, "cancel|override",
				      HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SINGLEMATCH);
		rc = add_tool_globs(x, &p->org.cancel_tools, &b);
		rl_buf_free(&b);
		return rc;
	}
	/* Argument predicates without text, harm detectors: need an action. */
	if (r->has_action_cond || (r->detectors & 7u))
		return ex_add(x, ACTION_WORDS, HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SINGLEMATCH);
	x->all = 1;
	return 0;
}

int mon_prefilter_new(const rl_policy *p, mon_prefilter **out, rl_err *e)
{
	mon_prefilter *f = calloc(1, sizeof *f);
	exprs x = {0};
	size_t i;
	int rc = 0;
	unsigned *ids = NULL;

	*out = NULL;
	if (!f)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (i = 0; i < p->nrules && !rc && !x.all; i++)
		rc = rule_exprs(&x, p, &p->rules[i]);
	if (rc)
		goto out;
	if (!x.all && x.n) {
		hs_compile_error_t *ce = NULL;
		ids = calloc(x.n, sizeof *ids);
		if (!ids) {
			rc = RL_ENOMEM;
			goto out;
		}
		for (i = 0; i < x.n; i++)
			ids[i] = (unsigned)i;
		if (rl_hs_compile_cached((const char *const *)x.ex, x.fl, ids, x.n, &f->db, &ce) !=
		    HS_SUCCESS) {
			hs_free_compile_error(ce);
			f->db = NULL;
			x.all = 1; /* correctness first: parse everything */
		} else if (hs_alloc_scratch(f->db, &f->scratch) != HS_SUCCESS) {
			rc = RL_ENOMEM;
			goto out;
		}
	}
	/* The injection cues alone, for mon_prefilter_context: the only
	 * patterns that must be looked for outside a line's own response. */
	if (!rc && p->injection.n) {
		for (i = 0; i < p->injection.n; i++) {
			const pol_pat *pt = &p->pats[p->injection.v[i]];
			if (!pt->in_hs || pt->no_prefilter)
				f->cdb_all = 1;
		}
		/* the same cheap superset forms as the policy's database */
		if (!f->cdb_all) {
			rc = pol_hs_build((rl_policy *)p, p->injection.v, p->injection.n,
					  HS_FLAG_SINGLEMATCH, 0, &f->cdb);
			if (rc == RL_ENOMEM)
				goto out;
			rc = 0;
			if (!f->cdb)
				f->cdb_all = 1;
			else if (hs_alloc_scratch(f->cdb, &f->cscratch) != HS_SUCCESS)
				rc = RL_ENOMEM;
		}
		if (rc)
			goto out;
	}
	f->all = x.all;
	f->pdb = p->db;
	f->raw = !x.all && !x.n && p->db;
	/* REDLINE_MONITOR_NO_AVX2=1 keeps to SSE2, so tests cover both */
	__builtin_cpu_init();
	f->avx2 = __builtin_cpu_supports("avx2") && !getenv("REDLINE_MONITOR_NO_AVX2");
	for (i = 0; i < p->npats && f->raw; i++)
		f->raw = raw_safe(&p->pats[i]);
	if (!f->all && f->pdb && hs_clone_scratch(p->proto, &f->pscratch) != HS_SUCCESS)
		rc = RL_ENOMEM;
out:
	for (i = 0; i < x.n; i++)
		free(x.ex[i]);
	free(x.ex);
	free(x.fl);
	free(ids);
	if (rc) {
		mon_prefilter_free(f);
		return rl_err_set(e, rc, "out of memory building the monitor prefilter");
	}
	*out = f;
	return 0;
}

void mon_prefilter_free(mon_prefilter *f)
{
	if (!f)
		return;
	hs_free_scratch(f->scratch);
	hs_free_scratch(f->pscratch);
	hs_free_database(f->db);
	hs_free_scratch(f->cscratch);
	hs_free_database(f->cdb);
	free(f);
}

int mon_prefilter_all(const mon_prefilter *f)
{
	return f->all;
}

static int stop_at_first(unsigned id, unsigned long long from, unsigned long long to,
			 unsigned flags, void *ctx)
{
	(void)id;
	(void)from;
	(void)to;
	(void)flags;
	*(int *)ctx = 1;
	return 1; /* one match makes the line a candidate: stop scanning */
}

static int scan(mon_prefilter *f, const char *s, size_t n)
{
	int hit = 0;
	hs_error_t r;
	if (n > UINT32_MAX)
		return 1;
	if (f->pdb) {
		r = hs_scan(f->pdb, s, (unsigned)n, 0, f->pscratch, stop_at_first, &hit);
		if (r != HS_SUCCESS && r != HS_SCAN_TERMINATED)
			return 1; /* cannot tell: parse it */
		if (hit)
			return 1;
	}
	if (f->db) {
		r = hs_scan(f->db, s, (unsigned)n, 0, f->scratch, stop_at_first, &hit);
		if (r != HS_SUCCESS && r != HS_SCAN_TERMINATED)
			return 1;
	}
	return hit;
}

/* Trim blanks; 0 for a blank line, else 1 with *suspect set when the
 * line is not framed as a JSON object or array. */
static int frame(const char *line, size_t n, int *suspect)
{
	size_t a = 0, b = n;
	*suspect = 0;
	while (a < b && (line[a] == ' ' || line[a] == '\t' || line[a] == '\r'))
		a++;
	while (b > a && (line[b - 1] == ' ' || line[b - 1] == '\t' || line[b - 1] == '\r'))
		b--;
	if (a == b)
		return 0;
	if (!((line[a] == '{' && line[b - 1] == '}') || (line[a] == '[' && line[b - 1] == ']')))
		*suspect = 1;
	return 1;
}

int mon_prefilter_raw(const mon_prefilter *f)
{
	return f->raw && !f->all;
}

int mon_prefilter_line_raw_ok(mon_prefilter *f, const char *line, size_t n)
{
	int suspect;
	unsigned fl;
	if (!frame(line, n, &suspect))
		return 1;
	return !suspect && raw_check(f, line, n, &fl) && !(fl & 5);
}

int mon_prefilter_span(mon_prefilter *f, const char *s, size_t n)
{
	return scan(f, s, n);
}

int mon_prefilter_line(mon_prefilter *f, const char *line, size_t n, rl_buf *work,
		       int *suspect)
{
	size_t start;
	unsigned fl;
	int level;

	if (!frame(line, n, suspect))
		return 0; /* blank lines are skipped silently */
	if (f->all) {
		return 1;
	}
	if (!f->db && !f->pdb)
		return 0; /* a policy without rules finds nothing */
	if (f->raw && raw_check(f, line, n, &fl)) {
		if (fl & 5)
			*suspect = 1;
		return *suspect ? 1 : scan(f, line, n);
	}
	rl_buf_reset(work);
	fl = mon_json_decode(line, n, work, 0);
	if (fl & 5)
		*suspect = 1; /* bad escapes, invalid UTF-8, unbalanced quotes */
	if (*suspect)
		return 1;
	if (scan(f, work->s, work->len))
		return 1;
	/* Nested levels: JSON in JSON strings, tag-format escapes. */
	start = 0;
	for (level = 1; (fl & 2) && level <= MAX_LEVELS; level++) {
		size_t prev_len = work->len;
		fl = mon_json_decode(work->s + start, prev_len - start, work, level);
		if (scan(f, work->s + prev_len, work->len - prev_len))
			return 1;
		start = prev_len;
	}
	if (fl & 2)
		return 1; /* deeper than we decode: parse it */
	return 0;
}

static int scan_db(hs_database_t *db, hs_scratch_t *sc, const char *s, size_t n)
{
	int hit = 0;
	hs_error_t r;
	if (n > UINT32_MAX)
		return 1;
	r = hs_scan(db, s, (unsigned)n, 0, sc, stop_at_first, &hit);
	if (r != HS_SUCCESS && r != HS_SCAN_TERMINATED)
		return 1;
	return hit;
}

int mon_prefilter_context(mon_prefilter *f, const char *line, size_t n, rl_buf *work)
{
	size_t start;
	unsigned fl;
	int level;
	if (f->cdb_all)
		return 1;
	if (!f->cdb)
		return 0;
	rl_buf_reset(work);
	fl = mon_json_decode(line, n, work, 0);
	if (fl & 5)
		return 1; /* not clean JSON text: the slow path words it */
	if (scan_db(f->cdb, f->cscratch, work->s, work->len))
		return 1;
	start = 0;
	for (level = 1; (fl & 2) && level <= MAX_LEVELS; level++) {
		size_t prev_len = work->len;
		fl = mon_json_decode(work->s + start, prev_len - start, work, level);
		if (scan_db(f->cdb, f->cscratch, work->s + prev_len, work->len - prev_len))
			return 1;
		start = prev_len;
	}
	return (fl & 2) != 0;
}
