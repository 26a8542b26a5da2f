/* glob.c: tool-name and field-name globs (fnmatch syntax with extglob,
 * case-folded), compiled once when the policy loads. glibc's fnmatch
 * re-reads the pattern on every call and its extglob matcher backtracks
 * through malloc'd state: the default policy's two `*@(..)*@(..)*` globs
 * cost ~10,000 instructions per tool name, the largest item in a guard
 * evaluation. Here a glob becomes one anchored PCRE2 program (JIT), a
 * literal (strcasecmp) or "*" (anything). Whatever the translation does not
 * cover exactly (`!(...)`, `[=x=]`, `[.x.]`, unbalanced groups) keeps using
 * fnmatch itself, so the answer is always fnmatch's; test_policy checks the
 * two against each other on random globs.
 *
 * Even compiled, a `*@(send|transfer|...)*` program costs about a thousand
 * instructions per name, and the default policy tries some thirty of them
 * per action: a third of a guard evaluation. Tool and field names repeat
 * from one request to the next, so each thread remembers its recent
 * answers (memo below), keyed by the glob's never-reused id and the whole
 * name; test_policy checks remembered answers against fnmatch too. */
#include "policy/policy_int.h"

#include <fnmatch.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "redline/buf.h"

enum { G_FNMATCH = 0, G_ANY, G_LITERAL, G_REGEX };

/* ---- the per-thread memo of answers ------------------------------------- */

#define MEMO_SLOTS 256 /* direct-mapped: 16 KB per thread */
#define MEMO_NAME 47   /* longer names are matched every time */

typedef struct memo_ent {
	uint64_t gid; /* 0: empty */
	unsigned char len;
	unsigned char res;
	char name[MEMO_NAME + 1];
} memo_ent;

static _Thread_local memo_ent memo[MEMO_SLOTS];
/* Ids are never reused, so a glob freed with its policy (a reload) and
 * another compiled at the same address cannot read its answers. */
static atomic_uint_fast64_t next_gid;

uint64_t pol_glob_key(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	size_t i;
	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

/* The name's key (hashed once by the caller) mixed with the glob's id. */
static memo_ent *memo_slot(uint64_t gid, uint64_t key)
{
	uint64_t h = (key ^ (gid * 0x9E3779B97F4A7C15ull)) * 0xff51afd7ed558ccdull;
	return &memo[(h ^ (h >> 32)) % MEMO_SLOTS];
}

/* One literal byte as a regex atom. */
static void lit(rl_buf *b, unsigned char c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
		rl_buf_addc(b, (char)c);
	else
		rl_buf_addf(b, "\\x{%02x}", c);
}

/* A bracket expression at s ('['). Returns the byte after it, or NULL when
 * it is not one fnmatch would read the way this does (then: fnmatch). */
static const char *bracket(const char *s, rl_buf *b)
{
	const char *p = s + 1;
	rl_buf_addc(b, '[');
	if (*p == '!' || *p == '^') {
		rl_buf_addc(b, '^');
		p++;
	}
	if (*p == ']') { /* a leading ']' is a member */
		lit(b, ']');
		p++;
	}
	for (;;) {
		unsigned char c = (unsigned char)*p;
		if (!c)
			return NULL; /* unterminated: fnmatch reads '[' literally */
		if (c == ']')
			break;
		if (c == '[' && (p[1] == '=' || p[1] == '.'))
			return NULL;
		if (c == '[' && p[1] == ':') {
			const char *e = strstr(p + 2, ":]");
			size_t k;
			static const char *const cls[] = {"alnum", "alpha", "blank", "cntrl",
							  "digit", "graph", "lower", "print",
							  "punct", "space", "upper", "xdigit"};
			if (!e)
				return NULL;
			for (k = 0; k < sizeof cls / sizeof cls[0]; k++)
				if ((size_t)(e - p - 2) == strlen(cls[k]) &&
				    !strncmp(p + 2, cls[k], strlen(cls[k])))
					break;
			if (k == sizeof cls / sizeof cls[0])
				return NULL;
			rl_buf_add(b, p, (size_t)(e + 2 - p));
			p = e + 2;
			continue;
		}
		if (c == '\\') {
			if (!p[1])
				return NULL;
			c = (unsigned char)*++p;
		}
		if (p[1] == '-' && p[2] && p[2] != ']') {
			unsigned char hi = (unsigned char)p[2];
			const char *nx = p + 3;
			if (hi == '\\') {
				if (!p[3])
					return NULL;
				hi = (unsigned char)p[3];
				nx = p + 4;
			} else if (hi == '[') {
				return NULL;
			}
			if (hi < c)
				return NULL; /* fnmatch's answer for a reversed range is its own */
			lit(b, c);
			rl_buf_addc(b, '-');
			lit(b, hi);
			p = nx;
			continue;
		}
		lit(b, c);
		p++;
	}
	rl_buf_addc(b, ']');
	return p + 1;
}

/* Translate up to the end of the string, or (depth > 0) up to the ')' or
 * '|' closing the current extglob alternative. Returns the stop position,
 * or NULL when the glob needs fnmatch. */
static const char *xlate(const char *s, int ext, int depth, rl_buf *b)
{
	while (*s) {
		unsigned char c = (unsigned char)*s;
		if (ext && s[1] == '(' &&
		    (c == '?' || c == '*' || c == '+' || c == '@' || c == '!')) {
			if (c == '!')
				return NULL;
			rl_buf_adds(b, "(?:");
			s += 2;
			for (;;) {
				s = xlate(s, ext, depth + 1, b);
				if (!s || !*s)
					return NULL;
				if (*s == '|') {
					rl_buf_addc(b, '|');
					s++;
					continue;
				}
				break; /* ')' */
			}
			s++;
			rl_buf_adds(b, c == '?' ? ")?" : c == '*' ? ")*" : c == '+' ? ")+" : ")");
			continue;
		}
		if (depth && (c == '|' || c == ')'))
			return s;
		if (c == '*') {
			rl_buf_adds(b, ".*");
		} else if (c == '?') {
			rl_buf_addc(b, '.');
		} else if (c == '[') {
			const char *e = bracket(s, b);
			if (!e)
				return NULL;
			s = e;
			continue;
		} else if (c == '\\') {
			if (!s[1])
				return NULL;
			lit(b, (unsigned char)*++s);
		} else {
			lit(b, c);
		}
		s++;
	}
	return depth ? NULL : s;
}

int pol_glob_compile(pol_glob *g, const char *src, int fnm_flags, rl_err *e)
{
	rl_buf re = RL_BUF_INIT;
	int errcode;
	PCRE2_SIZE erroff;
	uint32_t opts = PCRE2_DOTALL | PCRE2_NO_AUTO_CAPTURE;

	memset(g, 0, sizeof *g);
	g->flags = fnm_flags;
	if (!(g->src = strdup(src)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	if (!strcmp(src, "*")) {
		g->kind = G_ANY;
		return 0;
	}
	if (!strpbrk(src, "*?[\\") && !((fnm_flags & FNM_EXTMATCH) && strchr(src, '('))) {
		g->kind = G_LITERAL;
		return 0;
	}
	if (fnm_flags & FNM_CASEFOLD)
		opts |= PCRE2_CASELESS;
	rl_buf_adds(&re, "(?:");
	g->id = atomic_fetch_add(&next_gid, 1) + 1; /* for G_FNMATCH and G_REGEX */
	if (!xlate(src, (fnm_flags & FNM_EXTMATCH) != 0, 0, &re)) {
		rl_buf_free(&re);
		g->kind = G_FNMATCH;
		return 0;
	}
	rl_buf_adds(&re, ")\\z");
	if (re.len == 0 || !re.s) {
		rl_buf_free(&re);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	g->re = pcre2_compile((PCRE2_SPTR)re.s, re.len, opts | PCRE2_ANCHORED, &errcode, &erroff,
			      NULL);
	rl_buf_free(&re);
	if (!g->re) { /* a translation PCRE2 refuses: fnmatch stays the matcher */
		g->kind = G_FNMATCH;
		return 0;
	}
	if (!getenv("REDLINE_PCRE2_NO_JIT"))
		pcre2_jit_compile(g->re, PCRE2_JIT_COMPLETE);
	g->kind = G_REGEX;
	g->id = atomic_fetch_add(&next_gid, 1) + 1;
	return 0;
}

static int glob_run(const pol_glob *g, const char *s, size_t n, pcre2_match_data *md,
		    pcre2_match_context *mc)
{
	int rc;
	if (g->kind == G_REGEX) {
		rc = pcre2_match(g->re, (PCRE2_SPTR)s, n, 0, 0, md, mc);
		if (rc >= 0)
			return 1;
		return rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
	}
	return !fnmatch(g->src, s, g->flags);
}

int pol_glob_match(const pol_glob *g, const char *s, pcre2_match_data *md, pcre2_match_context *mc)
{
	size_t n;
	switch (g->kind) {
	case G_ANY: return 1;
	case G_LITERAL:
		return (g->flags & FNM_CASEFOLD) ? !strcasecmp(g->src, s) : !strcmp(g->src, s);
	default: break;
	}
	n = strlen(s);
	return pol_glob_match_k(g, s, n, n > MEMO_NAME ? 0 : pol_glob_key(s, n), md, mc);
}

int pol_glob_match_k(const pol_glob *g, const char *s, size_t n, uint64_t key, pcre2_match_data *md,
		     pcre2_match_context *mc)
{
	memo_ent *m;
	int rc;
	switch (g->kind) {
	case G_ANY: return 1;
	case G_LITERAL:
		return (g->flags & FNM_CASEFOLD) ? !strcasecmp(g->src, s) : !strcmp(g->src, s);
	default: break;
	}
	if (n > MEMO_NAME || !g->id)
		return glob_run(g, s, n, md, mc);
	m = memo_slot(g->id, key);
	if (m->gid == g->id && m->len == n && !memcmp(m->name, s, n))
		return m->res;
	rc = glob_run(g, s, n, md, mc);
	if (rc >= 0) { /* an error (PCRE2's match limit) is never remembered */
		m->gid = g->id;
		m->len = (unsigned char)n;
		m->res = (unsigned char)rc;
		memcpy(m->name, s, n);
	}
	return rc;
}

void pol_glob_free(pol_glob *g)
{
	if (!g)
		return;
	pcre2_code_free(g->re);
	free(g->src);
	memset(g, 0, sizeof *g);
}

/* ---- the rules a tool name meets ------------------------------------------- *
 * An evaluation asks every rule whether its `tools:` globs admit the
 * action's tool: the default policy's thirty globs cost ~2,500 instructions
 * per action even answered from the memo above. Tool names repeat, so each
 * thread also remembers, per policy and name, the whole answer as a
 * bitset over the rules. A policy's uid is never reused (a reload makes a
 * new one), so a freed policy's answers are never read for another. */

#define TR_SLOTS 64
#define TR_WORDS 4 /* rules a remembered answer covers: 256 */

typedef struct tr_ent {
	uint64_t uid; /* 0: empty */
	unsigned char len;
	char name[MEMO_NAME + 1];
	uint64_t bits[TR_WORDS];
} tr_ent;

static _Thread_local tr_ent trm[TR_SLOTS];
static atomic_uint_fast64_t next_uid;

static uint64_t policy_uid(const rl_policy *cp)
{
	rl_policy *p = (rl_policy *)cp; /* uid is set once, atomically */
	uint64_t u = atomic_load_explicit(&p->uid, memory_order_relaxed), zero = 0;
	if (u)
		return u;
	u = (uint64_t)atomic_fetch_add(&next_uid, 1) + 1;
	if (atomic_compare_exchange_strong(&p->uid, &zero, u))
		return u;
	return zero; /* another thread's, set first */
}

int pol_tool_rules(const rl_policy *p, const char *s, size_t n, uint64_t key, pcre2_match_data *md,
		   pcre2_match_context *mc, uint64_t *out)
{
	size_t i, k, nw = (p->nrules + 63) / 64;
	uint64_t uid, h, bits[TR_WORDS];
	tr_ent *m;
	if (!s || n > MEMO_NAME || nw > TR_WORDS)
		return 0;
	uid = policy_uid(p);
	h = (key ^ (uid * 0xC2B2AE3D27D4EB4Full)) * 0xff51afd7ed558ccdull;
	m = &trm[(h ^ (h >> 32)) % TR_SLOTS];
	if (m->uid == uid && m->len == n && !memcmp(m->name, s, n)) {
		memcpy(out, m->bits, nw * sizeof *out);
		return 1;
	}
	memset(bits, 0, sizeof bits);
	for (i = 0; i < p->nrules; i++) {
		const pol_rule *r = &p->rules[i];
		int hit = !r->tools.n;
		for (k = 0; !hit && k < r->tools.n; k++)
			if ((hit = pol_glob_match_k(&r->tool_globs[k], s, n, key, md, mc)) < 0)
				return 0; /* PCRE2 gave up: the caller asks again, and fails */
		if (hit)
			bits[i >> 6] |= 1ull << (i & 63);
	}
	m->uid = uid;
	m->len = (unsigned char)n;
	memcpy(m->name, s, n);
	memcpy(m->bits, bits, sizeof bits);
	memcpy(out, bits, nw * sizeof *out);
	return 1;
}
