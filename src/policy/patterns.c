/* patterns.c: a policy's patterns, split from load.c (which reads the
 * YAML): a keyword turned into a regex, a pattern compiled with PCRE2 and
 * added to the policy (pol_pat_add), and the one Hyperscan database over
 * all of them (pol_compile_hs), with large bounded repeats loosened for
 * the database only (it prefilters; PCRE2 decides). */
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/hsengine.h"

#define POL_MAX_PATS 100000

/* ---- patterns ---------------------------------------------------------- */

static int is_word_byte(unsigned char c)
{
	return isalnum(c) || c == '_' || c >= 0x80;
}

/* Keyword -> regex body: ASCII punctuation escaped, runs of spaces match
 * any whitespace run (texts wrap lines), other bytes literal. */
static int keyword_regex(rl_buf *b, const char *kw)
{
	const unsigned char *s = (const unsigned char *)kw;
	int rc = 0;
	while (*s && !rc) {
		if (*s == ' ') {
			while (*s == ' ')
				s++;
			rc = rl_buf_adds(b, "\\s+");
			continue;
		}
		if (*s < 0x80 && !isalnum(*s))
			rc = rl_buf_addc(b, '\\');
		if (!rc)
			rc = rl_buf_addc(b, (char)*s);
		s++;
	}
	return rc;
}

/* vectorscan compiles large bounded repeats ("[^.]{0,160}") into large
 * automata, seconds and hundreds of MB each in UTF-8 mode. The database
 * only prefilters (PCRE2 decides), so such a repeat may be loosened to an
 * unbounded one: never fewer matches, and compiled in milliseconds. */
static void loosen_repeats(rl_buf *out, const char *re, size_t n)
{
	size_t i = 0;
	int in_class = 0;
	while (i < n) {
		char c = re[i];
		if (c == '\\' && i + 1 < n) {
			if (re[i + 1] == 'Q') { /* \Q...\E literal run: copy as is */
				const char *e = strstr(re + i + 2, "\\E");
				size_t end = e ? (size_t)(e - re) + 2 : n;
				rl_buf_add(out, re + i, end - i);
				i = end;
				continue;
			}
			rl_buf_add(out, re + i, 2);
			i += 2;
			continue;
		}
		if (in_class) {
			if (c == ']')
				in_class = 0;
			rl_buf_addc(out, c);
			i++;
			continue;
		}
		if (c == '[') {
			in_class = 1;
			rl_buf_addc(out, c);
			i++;
			if (i < n && re[i] == '^')
				rl_buf_addc(out, re[i++]);
			if (i < n && re[i] == ']') /* a leading ] is literal */
				rl_buf_addc(out, re[i++]);
			continue;
		}
		if (c == '{') {
			size_t j = i + 1;
			unsigned long lo = 0, hi = 0;
			int dl = 0, dh = 0;
			while (j < n && re[j] >= '0' && re[j] <= '9' && dl < 9)
				lo = lo * 10 + (unsigned long)(re[j++] - '0'), dl++;
			if (dl && j < n && re[j] == ',') {
				j++;
				while (j < n && re[j] >= '0' && re[j] <= '9' && dh < 9)
					hi = hi * 10 + (unsigned long)(re[j++] - '0'), dh++;
				if (dh && j < n && re[j] == '}' && hi >= 16) {
					rl_buf_addf(out, "{%lu,}", lo);
					i = j + 1;
					continue;
				}
			}
		}
		rl_buf_addc(out, c);
		i++;
	}
}

long pol_pat_add(rl_policy *p, int kind, const char *src, const char *file, unsigned line,
		 unsigned col, rl_err *e)
{
	rl_buf re = RL_BUF_INIT, hx = RL_BUF_INIT;
	pol_pat *pt;
	int errcode = 0;
	PCRE2_SIZE erroff = 0;
	uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
	pcre2_match_data *md;
	int rc;
	size_t n = strlen(src);

	if (!n)
		return rl_err_at(e, RL_EINVAL, file, line, col,
				 "empty %s (expected a non-empty string)",
				 kind == PAT_KEYWORD ? "keyword" : "pattern");
	if (p->npats >= POL_MAX_PATS)
		return rl_err_at(e, RL_ELIMIT, file, line, col, "too many patterns (limit %d)",
				 POL_MAX_PATS);
	if (p->npats == p->cappats) {
		size_t nc = p->cappats ? p->cappats * 2 : 64;
		pol_pat *v = realloc(p->pats, nc * sizeof *v);
		if (!v)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		p->pats = v;
		p->cappats = nc;
	}
	pt = &p->pats[p->npats];
	memset(pt, 0, sizeof *pt);
	pt->kind = kind;
	pt->detector = -1;
	if (kind == PAT_KEYWORD) {
		const unsigned char *s = (const unsigned char *)src;
		if (is_word_byte(s[0]))
			rl_buf_adds(&re, "(?<![\\w])");
		keyword_regex(&re, src);
		if (is_word_byte(s[n - 1]))
			rl_buf_adds(&re, "(?![\\w])");
		keyword_regex(&hx, src);
		opts |= PCRE2_CASELESS;
		pt->hs_flags = HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SINGLEMATCH;
	} else {
		if (kind == PAT_REGEX_ASCII)
			opts &= ~(uint32_t)PCRE2_UCP;
		rl_buf_add(&re, src, n);
		loosen_repeats(&hx, src, n);
		/* MULTILINE: the monitor scans decoded log lines where string
		 * edges are newlines; for the engine it only adds candidates. */
		pt->hs_flags = HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_SINGLEMATCH |
			       HS_FLAG_PREFILTER | HS_FLAG_MULTILINE;
		if (kind == PAT_REGEX_ASCII)
			pt->hs_flags &= ~(unsigned)HS_FLAG_UCP;
		pt->no_prefilter = strstr(src, "\\A") || strstr(src, "\\z") || strstr(src, "\\Z") ||
				   strstr(src, "\\G");
	}
	pt->src = strdup(src);
	pt->hs_expr = rl_buf_detach(&hx, NULL);
	if (!pt->src || !pt->hs_expr) {
		rl_buf_free(&re);
		free(pt->src);
		free(pt->hs_expr);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	pt->re = pcre2_compile((PCRE2_SPTR)re.s, re.len, opts, &errcode, &erroff, NULL);
	rl_buf_free(&re);
	if (!pt->re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(errcode, msg, sizeof msg);
		free(pt->src);
		free(pt->hs_expr);
		return rl_err_at(e, RL_EINVAL, file, line,
				 col + (kind != PAT_KEYWORD ? (unsigned)erroff : 0),
				 "bad %s '%s': %s", kind == PAT_KEYWORD ? "keyword" : "pattern",
				 src, (const char *)msg);
	}
	/* REDLINE_PCRE2_NO_JIT=1 keeps to the interpreter: memcheck cannot see
	 * through JIT-generated code and reports false uninitialised reads. */
	if (!getenv("REDLINE_PCRE2_NO_JIT"))
		pcre2_jit_compile(pt->re, PCRE2_JIT_COMPLETE); /* interpreter if JIT unavailable */
	md = pcre2_match_data_create(1, NULL);
	if (!md) {
		pcre2_code_free(pt->re);
		free(pt->src);
		free(pt->hs_expr);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	rc = pcre2_match(pt->re, (PCRE2_SPTR) "", 0, 0, 0, md, NULL);
	pcre2_match_data_free(md);
	if (rc >= 0) {
		pcre2_code_free(pt->re);
		free(pt->src);
		free(pt->hs_expr);
		return rl_err_at(
			e, RL_EINVAL, file, line, col,
			"pattern '%s' matches the empty string (it would match every text)", src);
	}
	pt->in_hs = 1;
	return (long)p->npats++;
}

int pol_compile_hs(rl_policy *p, rl_err *e)
{
	size_t *which, i;
	int rc;

	if (!p->npats)
		return 0;
	/* an engine that failed its known-answer probe: refuse to load;
	 * PCRE2-only mode (REDLINE_REGEX_ENGINE=pcre2): no database, every
	 * pattern confirmed on every text (base/hsengine.h) */
	if ((rc = rl_hs_engine(e)) < 0)
		return rc;
	if (!rc) {
		for (i = 0; i < p->npats; i++)
			p->pats[i].in_hs = 0;
		return 0;
	}
	which = malloc(p->npats * sizeof *which);
	if (!which)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (i = 0; i < p->npats; i++)
		which[i] = i;
	/* a pattern vectorscan rejects (even in prefilter mode) is taken out
	 * of the database and always confirmed with PCRE2 instead */
	rc = pol_hs_build_own(p, which, p->npats, &p->db);
	free(which);
	if (rc)
		return rl_err_set(e, rc, "%s: out of memory compiling patterns", p->name);
	if (p->db && hs_alloc_scratch(p->db, &p->proto) != HS_SUCCESS)
		return rl_err_set(e, RL_ENOMEM, "%s: cannot allocate vectorscan scratch", p->name);
	return 0;
}
