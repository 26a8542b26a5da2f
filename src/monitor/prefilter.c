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
 * The decoder (jsonview.c) is hand-written (no library decodes JSON
 * strings without parsing the document) and, on x86, uses SSE2 or AVX2
 * to skip plain runs 16 or 32 bytes at once (simd.h: plain C elsewhere).
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
#include "monitor/prefilter_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hscache.h"
#include "policy/policy_int.h"
#include "redline/action.h"

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

/* ---- necessary patterns ---------------------------------------------------- *
 * A rule matches only when every one of its conditions holds (eval.c,
 * rule_matches), so any single condition is a necessary one. Per rule we
 * pick the most selective condition we can prefilter for:
 *  - a set of the policy's patterns (content, reasoning, input, text, an
 *    argument's pattern, the injection cues of a rule that needs injected
 *    tool output, the patterns of pattern detectors): one of them must
 *    occur. Selectivity is PCRE2's lower bound on a match's length (the
 *    weakest alternative counts): "see" makes a poor prefilter, "unless
 *    you ... affair" a good one;
 *  - for a rule that needs an action (tools, args, or only the coercion,
 *    leak and lethal detectors, which read actions alone): what every
 *    action notation contains (rl_action_hint_exprs, declared by the
 *    action module beside its recognisers), and with tool globs one of
 *    them as well (a vectorscan logical combination).
 * The chosen patterns form the line database (cheap superset forms,
 * hsdb.c); the action combinations a second one. */

#define GOOD_MINLEN 4 /* a pattern condition this selective beats "needs an action" */
#define LIT_MIN 3     /* literals less selective than this: look for the pattern */

typedef struct exprs {
	char **ex;
	unsigned *fl;
	size_t n, cap;
	int all;
	unsigned char *pick; /* per policy pattern: chosen */
	/* per policy pattern, made on first use: its necessary literals
	 * (pol_pat_literals) and their score, 0 when it has none (the
	 * pattern itself is looked for), -1 when it cannot prefilter */
	rl_strlist *lits;
	char **form; /* their formula (pol_pat_literals) */
	unsigned *litfl;
	long *score;
	unsigned char *scored;
	int legacy;  /* every pattern a raw-safe keyword (see raw_safe) */
	int ctx_all; /* a rule outside the tool-output gate picked if_user */
	int gate;    /* the action hints are checked first (rules needing an action) */
} exprs;

/* Index of (e, flags) in x, added if new; <0 on ENOMEM. */
static long ex_add(exprs *x, const char *e, unsigned flags)
{
	size_t i;
	for (i = 0; i < x->n; i++)
		if (x->fl[i] == flags && !strcmp(x->ex[i], e))
			return (long)i;
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
	x->fl[x->n] = flags;
	return (long)x->n++;
}

/* Does a regex use ^ or $ (string edges in the scan view)? Then its
 * literals would drop what selects: it is looked for whole. */
static int anchored(const char *re)
{
	const char *c;
	for (c = re; *c; c++) {
		if (*c == '\\' && c[1]) {
			c++;
			continue;
		}
		if ((*c == '^' && c > re && c[-1] != '[') || (*c == '^' && c == re) || *c == '$')
			return 1;
	}
	return 0;
}

static int pat_score(exprs *x, const rl_policy *p, size_t k, long *out)
{
	const pol_pat *pt = &p->pats[k];
	if (!x->scored[k]) {
		int r;
		rl_buf f = RL_BUF_INIT;
		x->scored[k] = 1;
		x->score[k] = -1;
		if (pt->in_hs && !pt->no_prefilter && pt->kind == PAT_KEYWORD) {
			/* a keyword is a literal already (its spaces any blank
			 * run): looked for whole, as selective as its letters */
			const char *c;
			x->score[k] = 0;
			for (c = pt->src; *c; c++)
				x->score[k] += *c != ' ';
		} else if (pt->in_hs && !pt->no_prefilter && anchored(pt->hs_expr)) {
			x->score[k] = LIT_MIN; /* whole: the anchors are what select */
		} else if (pt->in_hs && !pt->no_prefilter) {
			r = pol_pat_literals(pt, &x->lits[k], &x->litfl[k], &f);
			if (r == RL_ENOMEM) {
				rl_buf_free(&f);
				return RL_ENOMEM;
			}
			x->score[k] = r;
			/* literals as short as "-" or "hi" match everywhere: then
			 * the pattern itself is the better prefilter (counted as
			 * just selective enough) */
			if (r < LIT_MIN) {
				rl_strlist_free(&x->lits[k]);
				memset(&x->lits[k], 0, sizeof x->lits[k]);
				x->score[k] = LIT_MIN;
			} else if (!(x->form[k] = rl_buf_detach(&f, NULL))) {
				return RL_ENOMEM;
			}
		}
		rl_buf_free(&f);
	}
	*out = x->score[k];
	return 0;
}

/* Selectivity of a condition (any of its patterns): the weakest pattern's
 * score; -1 when one of them cannot stand as a prefilter. */
static int cond_score(exprs *x, const rl_policy *p, const pol_textcond *c, long *out)
{
	size_t i;
	long best = -1, sc;
	int rc;
	*out = -1;
	if (!c->n)
		return 0;
	for (i = 0; i < c->n; i++) {
		if ((rc = pat_score(x, p, c->v[i], &sc)))
			return rc;
		if (sc < 0)
			return 0;
		if (best < 0 || sc < best)
			best = sc;
	}
	*out = best;
	return 0;
}

/* A literal as a vectorscan expression. */
static void lit_expr(rl_buf *b, const char *l)
{
	for (; *l; l++) {
		unsigned char c = (unsigned char)*l;
		if (c < 0x20 || c == 0x7f)
			rl_buf_addf(b, "\\x%02x", c);
		else if (c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
				       (c >= '0' && c <= '9') || c == ' ' || c == '_'))
			rl_buf_addf(b, "\\%c", c);
		else
			rl_buf_addc(b, (char)c);
	}
}

/* A literal rule set: look for condition `c` with the policy's database
 * as is. */
static void cond_pick_legacy(exprs *x, const pol_textcond *c)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		x->pick[c->v[i]] = 1;
}

/* Condition `c` (any of its patterns) as a logical combination over quiet
 * expressions, appended to `out`: each pattern's literal formula, or the
 * pattern whole. */
static int cond_formula(exprs *x, const rl_policy *p, const pol_textcond *c, rl_buf *out)
{
	size_t i, k;
	rl_buf b = RL_BUF_INIT;
	long id = 0, *ids = NULL;
	rl_buf_addc(out, '(');
	for (i = 0; i < c->n && id >= 0; i++) {
		size_t pi = c->v[i];
		const pol_pat *pt = &p->pats[pi];
		const char *f;
		if (i)
			rl_buf_adds(out, " | ");
		if (!x->lits[pi].n) {
			id = ex_add(x, pt->hs_expr, pt->hs_flags | HS_FLAG_QUIET);
			rl_buf_addf(out, "%ld", id);
			continue;
		}
		free(ids);
		if (!(ids = malloc(x->lits[pi].n * sizeof *ids))) {
			id = RL_ENOMEM;
			break;
		}
		for (k = 0; k < x->lits[pi].n && id >= 0; k++) {
			rl_buf_reset(&b);
			lit_expr(&b, x->lits[pi].v[k]);
			id = ids[k] = ex_add(x, b.s, x->litfl[pi] | HS_FLAG_QUIET);
		}
		if (id < 0)
			break;
		/* the formula over expression ids instead of literal numbers */
		rl_buf_addc(out, '(');
		for (f = x->form[pi]; *f; f++) {
			if (*f >= '0' && *f <= '9') {
				size_t li = 0;
				while (*f >= '0' && *f <= '9')
					li = li * 10 + (size_t)(*f++ - '0');
				f--;
				rl_buf_addf(out, "%ld", li < x->lits[pi].n ? ids[li] : 0L);
			} else {
				rl_buf_addc(out, *f);
			}
		}
		rl_buf_addc(out, ')');
	}
	rl_buf_addc(out, ')');
	free(ids);
	rl_buf_free(&b);
	return id < 0 ? (int)id : 0;
}

/* Tool glob (fnmatch with extglob) to an unanchored regex that matches
 * somewhere in every name the glob matches. Returns 0, or 1 when the glob
 * has no usable literal part. Tool names are lowercased with ' ' and '-'
 * turned into '_' (action.c, lower_dup), so '_' stands for any of them. */
static int glob_regex(const char *g, rl_buf *b)
{
	size_t lit = 0;
	const char *s = g;
	while (*s == '*') /* leading and trailing stars: "somewhere" already */
		s++;
	while (*s) {
		char c = *s;
		if (c == '*' && !s[strspn(s, "*")])
			break;
		if ((c == '@' || c == '+' || c == '?' || c == '*') && s[1] == '(') {
			rl_buf_adds(b, "(?:");
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
			return 1; /* a class may hold '_' (any of "_ -" in the line) */
		} else if (c == '\\') {
			return 1;
		} else if (c == '_' || c == '-' || c == ' ') {
			rl_buf_adds(b, "[_ \\-]");
			lit++;
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

/* The rule needs a taken action whose tool one of `globs` admits (NULL or
 * empty: any tool; `cancel`: the lethal detector's built-in test, a name
 * holding "cancel" or "override", detect/lethal.c is_cancel): a formula
 * over quiet expressions, appended to `out` (after " & " when `out` holds
 * one already). With x->gate the action hints are checked before this
 * database is scanned, so only the tool part is added. Returns 0, 1 when
 * nothing was added, or RL_ENOMEM. */
static int action_formula(exprs *x, const rl_strlist *globs, int cancel, rl_buf *out)
{
	const char *const *h = rl_action_hint_exprs();
	rl_buf b = RL_BUF_INIT;
	size_t i;
	long id;
	int rc = 1, usable = 1;

	if (!x->gate) {
		rl_buf_adds(out, out->len ? " & (" : "(");
		for (i = 0; h[i]; i++) {
			if ((id = ex_add(x, h[i], HS_FLAG_CASELESS | HS_FLAG_QUIET)) < 0) {
				rc = (int)id;
				goto out;
			}
			rl_buf_addf(out, "%s%ld", i ? " | " : "", id);
		}
		rl_buf_addc(out, ')');
		rc = 0;
	}
	for (i = 0; globs && i < globs->n && usable; i++) {
		rl_buf_reset(&b);
		usable = !glob_regex(globs->v[i], &b);
	}
	if (cancel || (globs && globs->n && usable)) {
		rl_buf_adds(out, out->len ? " & (" : "(");
		for (i = 0; i < (cancel ? 1 : globs->n); i++) {
			rl_buf_reset(&b);
			if (cancel)
				rl_buf_adds(&b, "cancel|override");
			else
				glob_regex(globs->v[i], &b);
			id = ex_add(x, b.s, HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_QUIET);
			if (id < 0) {
				rc = (int)id;
				goto out;
			}
			rl_buf_addf(out, "%s%ld", i ? " | " : "", id);
		}
		rl_buf_addc(out, ')');
		rc = 0;
	}
out:
	rl_buf_free(&b);
	return rc;
}

/* Harm-spec detectors (coercion, leak, lethal) read only actions. */
#define HARM_DETS ((1u << POL_DET_COERCION) | (1u << POL_DET_LEAK) | (1u << POL_DET_LETHAL))

/* Add formula f as one expression: a combination, or the one expression
 * it names looked for plainly (vectorscan takes no combination without an
 * operator). */
static int formula_add(exprs *x, const rl_buf *f)
{
	long id;
	if (!strpbrk(f->s, "&|")) {
		size_t one = (size_t)strtoul(f->s + strspn(f->s, "("), NULL, 10);
		id = ex_add(x, x->ex[one],
			    (x->fl[one] & ~(unsigned)HS_FLAG_QUIET) | HS_FLAG_SINGLEMATCH);
	} else {
		id = ex_add(x, f->s, HS_FLAG_COMBINATION | HS_FLAG_SINGLEMATCH);
	}
	return id < 0 ? (int)id : 0;
}

/* Is some pattern of c looked for whole (no necessary literals)? */
static int cond_whole(const exprs *x, const pol_textcond *c)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (!x->lits[c->v[i]].n)
			return 1;
	return 0;
}

#define REDLINE_HS_DEBUG2() (getenv("REDLINE_HS_DEBUG") && !strcmp(getenv("REDLINE_HS_DEBUG"), "2"))

/* Does rule r need injected tool output (cues in a tool message)? Every
 * place the evaluation asks for it (ctx no_injection, conv any_inj). */
static int rule_inj(const pol_rule *r)
{
	size_t i;
	int inj = r->injection || r->answer_origin == ORG_INJECTED ||
		  r->evidence_origin == ORG_INJECTED;
	for (i = 0; i < r->nargs; i++)
		inj |= r->args[i].origin == ORG_INJECTED;
	return inj;
}

/* Does rule r need a tool message in the conversation? Injected tool
 * output (above), or values copied from tool output (`copies:`, eval.c
 * copied: no tool message, no match). Such a rule sits behind the
 * tool-output gate: its conditions (the requester cue of `if_user:` too)
 * are looked for only in lines that hold tool output, never in the line
 * database every line is scanned with. A new condition that needs a tool
 * message belongs here. */
static int rule_tool(const pol_rule *r)
{
	/* answer_contradicts reads the turn's tool results (contradict.c):
	 * without it here the rule, which has no text to look for, sent every
	 * line of every log the whole way (the windows test found it) */
	return rule_inj(r) || r->copies > 0 || r->prose_target || r->answer_contradicts ||
	       r->data_out || r->callback_unmet || r->message_contradicts ||
	       r->barred_party ||       /* callback.c reads tool output */
	       r->third_party_answer || /* thirdparty.c reads only after tool output */
	       r->coercion_fate >=
		       2; /* fate.c reads answer text, fatercd.c a record, after tool output */
}

/* Does rule r need an action (tools, args, or only the coercion, leak and
 * lethal detectors, which read actions alone)? `coercion_answer` reads an
 * agent turn's answer after tool output, whose line holds what every tool
 * notation contains too (the action hints: "tool", "function", "name"). */
static int rule_needs_action(const pol_rule *r)
{
	return r->has_action_cond || (r->detectors && !(r->detectors & ~HARM_DETS)) ||
	       r->coercion_answer || r->third_party_answer;
}

static int rule_exprs(exprs *x, const rl_policy *p, const pol_rule *r)
{
	const pol_textcond *best = NULL, *det = NULL;
	pol_textcond detc = {0};
	rl_buf f = RL_BUF_INIT;
	long bs = -1, s, id;
	size_t i, d, k;
	int rc, inj = rule_inj(r), needs_action = rule_needs_action(r), pick, lethal_only;

	if (inj && !p->injection.n)
		return 0; /* no cues: nothing is ever injected, the rule never matches */

#define CAND(c)                                                                                    \
	do {                                                                                       \
		if ((rc = cond_score(x, p, (c), &s)))                                              \
			goto out;                                                                  \
		if (s > bs) {                                                                      \
			bs = s;                                                                    \
			best = (c);                                                                \
		}                                                                                  \
	} while (0)
	if (inj)
		CAND(&p->injection);
	CAND(&r->content);
	CAND(&r->reasoning);
	CAND(&r->input);
	CAND(&r->text);
	CAND(&r->if_user); /* the user's words are on the line too */
	for (i = 0; i < r->nargs; i++)
		CAND(&r->args[i].text);
	/* only pattern detectors: the union of their patterns */
	if (r->detectors && !(r->detectors & HARM_DETS)) {
		size_t n = 0;
		for (d = POL_DET_PII; d < POL_NDET; d++)
			if (r->detectors & (1u << d))
				n += p->det_count[d];
		if (n && (detc.v = malloc(n * sizeof *detc.v))) {
			for (d = POL_DET_PII; d < POL_NDET; d++)
				for (k = 0; (r->detectors & (1u << d)) && k < p->det_count[d]; k++)
					detc.v[detc.n++] = p->det_first[d] + k;
			det = &detc;
			CAND(det);
		} else if (n) {
			return RL_ENOMEM;
		}
	}
#undef CAND
	rc = 0;
	pick = best && (bs >= GOOD_MINLEN || !needs_action);
	/* the user's words are in the request, which the response-only path
	 * (line.c resp_only) does not scan; behind the tool-output gate the
	 * context check looks for them (ctx_hi), elsewhere (a literal rule
	 * set has no gates) it cannot */
	if (pick && best == &r->if_user && (!rule_tool(r) || x->legacy))
		x->ctx_all = 1;
	/* A rule's tool globs would narrow it further, but their short words
	 * ("post", "text", "set_") occur all over prose and cost more scan
	 * time than they save; cancel tools are rare words. */
	lethal_only = r->detectors == (1u << POL_DET_LETHAL) && !r->has_action_cond;
	if (REDLINE_HS_DEBUG2())
		fprintf(stderr, "monitor prefilter rule %s: %s%s%s from expression %zu\n", r->id,
			pick ? (best == &p->injection ? "injection cues"
				: best == det         ? "detector patterns"
						      : "patterns")
			     : "",
			pick && needs_action ? " and " : "",
			needs_action ? "an action"
			: pick       ? ""
				     : "every line",
			x->n);
	if (x->legacy) { /* as before: one condition, the policy's database */
		if (pick) {
			cond_pick_legacy(x, best);
		} else if (needs_action) {
			rc = action_formula(x, lethal_only ? &p->org.cancel_tools : NULL,
					    lethal_only && !p->org.cancel_tools.n, &f);
			if (!rc &&
			    (id = ex_add(x, f.s, HS_FLAG_COMBINATION | HS_FLAG_SINGLEMATCH)) < 0)
				rc = (int)id;
		} else {
			x->all = 1;
		}
		goto out;
	}
	if (!pick && !needs_action) {
		x->all = 1; /* nothing to look for: every line is a candidate */
		goto out;
	}
	/* A pattern looked for whole keeps vectorscan's prefilter mode, which
	 * a combination's sub-expression may not have: then each pattern of
	 * the condition is looked for on its own (their union), as before. */
	if (pick && cond_whole(x, best)) {
		for (i = 0; i < best->n && !rc; i++) {
			size_t pi = best->v[i];
			pol_textcond one = {.v = &pi, .n = 1};
			if (!x->lits[pi].n) {
				id = ex_add(x, p->pats[pi].hs_expr,
					    p->pats[pi].hs_flags | HS_FLAG_SINGLEMATCH);
				rc = id < 0 ? (int)id : 0;
				continue;
			}
			rl_buf_reset(&f);
			if (!(rc = cond_formula(x, p, &one, &f)))
				rc = formula_add(x, &f);
		}
		goto out;
	}
	/* Every condition of a rule must hold, so the conjunction of the
	 * chosen pattern condition and the action need is necessary too: a
	 * rule about pushes to a remote needs "remote" and an action. */
	if (pick)
		rc = cond_formula(x, p, best, &f);
	if (!rc && needs_action) {
		rc = action_formula(x, lethal_only ? &p->org.cancel_tools : NULL,
				    lethal_only && !p->org.cancel_tools.n, &f);
		if (rc == 1) { /* gated, no tool part */
			rc = 0;
			if (!pick) { /* the action hints alone: every hinted line */
				x->all = 1;
				goto out;
			}
		}
	}
	if (!rc)
		rc = formula_add(x, &f);
out:
	free(detc.v);
	rl_buf_free(&f);
	return rc;
}

/* Forget the expressions of x (the pattern caches stay). */
static void set_clear(exprs *x)
{
	size_t i;
	for (i = 0; i < x->n; i++)
		free(x->ex[i]);
	x->n = 0;
}

/* Is combination formula f a plain OR of its operands ("((3 | 4) | 5)")? */
static int or_only(const char *f)
{
	return !f[strspn(f, "0123456789 ()|")];
}

/* The expressions to compile: x's, except that a combination that only
 * ORs its operands becomes its operands, each entered plainly with
 * HS_FLAG_SINGLEMATCH under the combination's id (a match of any is the
 * combination's match), and quiet operands no other combination reads are
 * left out. Same matches by id; what this buys is scan speed: a database
 * with logical combinations scans several times slower than the same
 * literals entered plainly (the default policy's line database: 0.42
 * against 0.85 GB/s on the bench log, where no literal ever matches).
 * Returns how many (0 on ENOMEM), in *ex, *fl, *ids (the caller frees). */
static size_t set_flatten(const exprs *x, const char ***ex, unsigned **fl, unsigned **ids)
{
	size_t i, m = 0, cap = x->n;
	const char *c;
	unsigned char *keep = calloc(x->n + 1, 1);
	unsigned long v;
	*ex = NULL;
	*fl = *ids = NULL;
	for (i = 0; keep && i < x->n; i++)
		for (c = x->ex[i]; (x->fl[i] & HS_FLAG_COMBINATION) && *c; c++)
			if (*c >= '0' && *c <= '9') {
				v = strtoul(c, (char **)&c, 10);
				c--;
				if (!or_only(x->ex[i]) && v < x->n)
					keep[v] = 1; /* an operand of a real combination */
				cap++;
			}
	if (!keep || !(*ex = malloc(cap * sizeof **ex)) || !(*fl = malloc(cap * sizeof **fl)) ||
	    !(*ids = malloc(cap * sizeof **ids))) {
		free(keep);
		return 0;
	}
	for (i = 0; i < x->n; i++) {
		if ((x->fl[i] & HS_FLAG_COMBINATION) && or_only(x->ex[i])) {
			size_t first = m, k;
			for (c = x->ex[i]; *c; c++) {
				if (*c < '0' || *c > '9')
					continue;
				v = strtoul(c, (char **)&c, 10);
				c--;
				if (v >= x->n)
					continue;
				for (k = first; k < m && (*ex)[k] != x->ex[v]; k++)
					;
				if (k < m)
					continue; /* named twice */
				(*ex)[m] = x->ex[v];
				(*fl)[m] =
					(x->fl[v] & ~(unsigned)HS_FLAG_QUIET) | HS_FLAG_SINGLEMATCH;
				(*ids)[m++] = (unsigned)i;
			}
			continue;
		}
		if ((x->fl[i] & HS_FLAG_QUIET) && !keep[i])
			continue;
		(*ex)[m] = x->ex[i];
		(*fl)[m] = x->fl[i];
		(*ids)[m++] = (unsigned)i;
	}
	free(keep);
	return m;
}

/* Is expression e (flags fl) a literal as lit_expr writes it, with no
 * flag but caseless, single-match, quiet and UTF-8? Then UTF-8 mode
 * changes nothing it matches (a literal is its bytes; without UCP both
 * modes fold ASCII case only), and vectorscan scans the set without it a
 * little faster (2% of the default policy's line scan on the bench log). */
static int plain_literal(const char *e, unsigned fl)
{
	const unsigned char *c;
	if (fl & ~(unsigned)(HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH | HS_FLAG_QUIET | HS_FLAG_UTF8))
		return 0;
	for (c = (const unsigned char *)e; *c; c++) {
		if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		    (*c >= '0' && *c <= '9') || *c == ' ' || *c == '_' || *c >= 0x80)
			continue;
		if (*c != '\\' || !c[1])
			return 0;
		c++;
		if (*c == 'x') {
			if (!isxdigit(c[1]) || !isxdigit(c[2]))
				return 0;
			c += 2;
		} else if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
			   (*c >= '0' && *c <= '9') || *c < 0x20 || *c >= 0x7f) {
			return 0; /* \d, \b, \1 ...: not a literal byte */
		}
	}
	return 1;
}

/* The window classes (prewin.c): a digit, '(', '-'. */
#define WIN_KINDS 3
static void win_class(int kind, unsigned char cls[256])
{
	int c;
	memset(cls, 0, 256);
	if (kind == 1)
		cls['('] = 1;
	else if (kind == 2)
		cls['-'] = 1;
	else
		for (c = '0'; c <= '9'; c++)
			cls[c] = 1;
}

/* Literals up to this long that need a window class's byte go to the
 * windows too (" -e ", "-c\t": the literal matcher filters short ones
 * poorly, and the reverse-shell and shell-exec patterns' literals are 36
 * blank combinations of them); longer ones it filters well. */
#define WIN_LIT_MAX 4

/* Which regexes of the line database need a byte of a window class
 * (prewin.c): their bounded heads are compiled into w's window database
 * and moved[i] set for each; returns how many (0 when none, or when the
 * window database failed to build: then all stay). A plain literal stays
 * (the literal matcher filters it), and so does an operand of a logical
 * combination; at least one expression stays. */
static size_t win_split(mon_prefilter *w, const char **ex, const unsigned *fl, const unsigned *ids,
			size_t m, unsigned char *moved)
{
	size_t i, k, cut, nw = 0;
	long width;
	int kind;
	unsigned char cls[WIN_KINDS][256], *ref;
	char **wex;
	unsigned *wfl, *wid, maxid = 0;
	const char *c;
	hs_compile_error_t *ce = NULL;
	memset(moved, 0, m);
	/* opt-in: fewer instructions (9.91 -> 9.01 per byte) but more CPU time
	 * in the idle bench (0.683 against 0.761 GB/s per CPU second, twice):
	 * the extra Hyperscan calls cost more than the automata they save */
	if (!getenv("REDLINE_MONITOR_WINDOWS") || !strcmp(getenv("REDLINE_MONITOR_WINDOWS"), "0"))
		return 0;
	for (i = 0; i < m; i++)
		maxid = ids[i] > maxid ? ids[i] : maxid;
	wex = calloc(m, sizeof *wex);
	wfl = calloc(m, sizeof *wfl);
	wid = calloc(m, sizeof *wid);
	ref = calloc((size_t)maxid + 1, 1);
	if (!wex || !wfl || !wid || !ref)
		goto out;
	for (i = 0; i < m; i++) /* what the combinations read */
		for (c = ex[i]; (fl[i] & HS_FLAG_COMBINATION) && *c; c++)
			if (*c >= '0' && *c <= '9') {
				unsigned long v = strtoul(c, (char **)&c, 10);
				c--;
				if (v <= maxid)
					ref[v] = 1;
			}
	for (kind = 0; kind < WIN_KINDS; kind++) {
		win_class(kind, cls[kind]);
		w->wreach[kind] = 0;
	}
	for (i = 0; i < m; i++) {
		int lit = plain_literal(ex[i], fl[i]);
		width = -1;
		kind = 0;
		if (!(fl[i] & (HS_FLAG_COMBINATION | HS_FLAG_QUIET)) && !ref[ids[i]])
			for (kind = 0; kind < WIN_KINDS && width <= 0; kind++)
				if ((width = pol_re_window(ex[i], fl[i], cls[kind], &cut)) > 0 &&
				    ex[i][cut])
					width = -1; /* only a head is bounded: see below */
		/* A regex whose tail is unbounded (the action hint's
		 * `(?:\s|\\n)*...`) stays: its bounded head (`[a-z_]\(`) in the
		 * windows would find more than the regex, every `f(x)` in prose
		 * or code sending its line the per-line way (a log of such
		 * lines ran 5 times slower) */
		if (!(fl[i] & ~(unsigned)(HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH)) &&
		    !strcmp(ex[i], MON_HINT_CALL) && !w->whint && nw + 1 < m) {
			/* the call hint: its head, every occurrence reported (the
			 * first may fail the tail), the tail confirmed in C */
			w->whint = 1;
			w->whint_id = ids[i];
			width = 2;
			kind = 2;
			cut = strlen(MON_HINT_CALL_HEAD);
			if (!(wex[nw] = strdup(MON_HINT_CALL_HEAD)))
				goto out;
		} else if (width <= 0 || (lit && width > WIN_LIT_MAX) || nw + 1 >= m) {
			continue;
		} else if (!(wex[nw] = strndup(ex[i], cut))) {
			goto out;
		}
		kind--;
		wfl[nw] = fl[i];
		if (w->whint && ids[i] == w->whint_id)
			wfl[nw] &= ~(unsigned)HS_FLAG_SINGLEMATCH;
		wid[nw++] = ids[i];
		moved[i] = 1;
		w->wkinds |= 1u << kind;
		/* each side of the byte: the longest match less one, and a
		 * byte of context */
		if ((size_t)width > w->wreach[kind])
			w->wreach[kind] = (size_t)width;
		if (REDLINE_HS_DEBUG2())
			fprintf(stderr, "monitor prefilter window %s %u %u %s (%ld bytes)\n",
				kind == 2 ? "-"
				: kind    ? "("
					  : "digit",
				ids[i], fl[i], wex[nw - 1], width);
	}
	if (nw && (rl_hs_compile_cached((const char *const *)wex, wfl, wid, nw, &w->wdb, &ce) !=
			   HS_SUCCESS ||
		   hs_alloc_scratch(w->wdb, &w->wscratch) != HS_SUCCESS)) {
		if (ce && getenv("REDLINE_HS_DEBUG"))
			fprintf(stderr, "hs: monitor prefilter windows: %s\n", ce->message);
		hs_free_compile_error(ce);
		hs_free_scratch(w->wscratch);
		hs_free_database(w->wdb);
		w->wscratch = NULL;
		w->wdb = NULL;
	}
out:
	for (k = 0; wex && k < nw; k++)
		free(wex[k]);
	free(wex);
	free(wfl);
	free(wid);
	free(ref);
	if (!w->wdb) {
		memset(moved, 0, m);
		w->wkinds = 0;
		w->whint = 0;
		return 0;
	}
	memset(w->wr, 0, sizeof w->wr);
	for (kind = 0; kind < WIN_KINDS; kind++)
		for (k = 0; k < 256 && (w->wkinds & (1u << kind)); k++)
			if (cls[kind][k])
				w->wr[k] = w->wreach[kind];
	return nw;
}

/* Compile the expressions of x into *db with a scratch. 0, 1 when
 * vectorscan refused them (the caller falls back to "every line"), or
 * RL_ENOMEM. With `w`, the regexes that need a window class's byte go to
 * w's window database (win_split). */
static int set_compile(exprs *x, const char *what, hs_database_t **db, hs_scratch_t **sc,
		       mon_prefilter *w, unsigned lo, unsigned hi)
{
	hs_compile_error_t *ce = NULL;
	unsigned *ids, *fl;
	const char **ex;
	size_t i, m;
	int plain = 0;
	/* vectorscan reports no logical combination from a database without
	 * a plain expression: add one the decoded view never holds (0xFF is
	 * no UTF-8; invalid bytes make the line suspect, so parsed anyway) */
	for (i = 0; i < x->n; i++)
		plain |= !(x->fl[i] & (HS_FLAG_QUIET | HS_FLAG_COMBINATION)) ||
			 ((x->fl[i] & HS_FLAG_COMBINATION) && or_only(x->ex[i]));
	if (!plain && ex_add(x, "\\xff\\xff", HS_FLAG_SINGLEMATCH) < 0)
		return RL_ENOMEM;
	if (!(m = set_flatten(x, &ex, &fl, &ids))) {
		free(ex);
		free(fl);
		free(ids);
		return RL_ENOMEM;
	}
	for (i = 0; i < m; i++)
		if (plain_literal(ex[i], fl[i]))
			fl[i] &= ~(unsigned)HS_FLAG_UTF8;
	/* literals inside others: the same first match (litsub.c) */
	if (!getenv("REDLINE_MONITOR_NO_SUBSUME"))
		m = mon_lit_subsume(ex, fl, ids, m, lo, hi, plain_literal);
	if (w) { /* the regexes without a usable literal: in windows */
		unsigned char *moved = malloc(m);
		size_t k = 0;
		if (!moved) {
			free(ex);
			free(fl);
			free(ids);
			return RL_ENOMEM;
		}
		if (win_split(w, ex, fl, ids, m, moved))
			for (i = 0; i < m; i++)
				if (!moved[i]) {
					ex[k] = ex[i];
					fl[k] = fl[i];
					ids[k++] = ids[i];
				}
		m = k ? k : m;
		free(moved);
	}
	if (REDLINE_HS_DEBUG2())
		for (i = 0; i < m; i++)
			fprintf(stderr, "monitor prefilter %s%u %u %s\n", what, ids[i], fl[i],
				ex[i]);
	if (rl_hs_compile_cached(ex, fl, ids, m, db, &ce) != HS_SUCCESS) {
		if (getenv("REDLINE_HS_DEBUG"))
			fprintf(stderr, "hs: monitor prefilter %s: %s\n", what,
				ce ? ce->message : "?");
		hs_free_compile_error(ce);
		*db = NULL;
	}
	free(ex);
	free(fl);
	free(ids);
	if (!*db)
		return 1;
	if (hs_alloc_scratch(*db, sc) != HS_SUCCESS)
		return RL_ENOMEM;
	return 0;
}

int mon_prefilter_new(const rl_policy *p, mon_prefilter **out, rl_err *e)
{
	mon_prefilter *f = calloc(1, sizeof *f);
	exprs x = {0};
	size_t i, npick = 0, main_n;
	int rc = 0;

	*out = NULL;
	/* an engine that failed its known-answer probe: refuse; PCRE2-only
	 * mode: every line a candidate (base/hsengine.h) */
	if ((rc = rl_hs_engine(e)) < 0) {
		free(f);
		return rc;
	}
	if (!rc && f) {
		f->all = 1;
		*out = f;
		return 0;
	}
	rc = 0;
	if (!f || !(x.pick = calloc(p->npats + 1, 1)) || !(x.scored = calloc(p->npats + 1, 1)) ||
	    !(x.score = calloc(p->npats + 1, sizeof *x.score)) ||
	    !(x.litfl = calloc(p->npats + 1, sizeof *x.litfl)) ||
	    !(x.form = calloc(p->npats + 1, sizeof *x.form)) ||
	    !(x.lits = calloc(p->npats + 1, sizeof *x.lits))) {
		rc = RL_ENOMEM;
		goto out;
	}
	x.legacy = p->npats > 0;
	for (i = 0; i < p->npats && x.legacy; i++)
		x.legacy = raw_safe(&p->pats[i]);
	/* rules that need tool output or an action go to their own
	 * databases behind those gates (not for literal rule sets: their raw
	 * path has one database) */
	for (i = 0; i < p->nrules && !rc && !x.all; i++)
		if (x.legacy || (!rule_tool(&p->rules[i]) && !rule_needs_action(&p->rules[i])))
			rc = rule_exprs(&x, p, &p->rules[i]);
	if (rc)
		goto out;
	main_n = x.n;
	/* a literal rule set looks for every rule in one database, but the
	 * response-only path must still ask for injection cues */
	for (i = 0; i < p->nrules && x.legacy; i++)
		f->any_tool |=
			rule_tool(&p->rules[i]) && (!rule_inj(&p->rules[i]) || p->injection.n);
	for (i = 0; i < p->nrules && !x.legacy; i++)
		f->any_b |= !rule_tool(&p->rules[i]) && rule_needs_action(&p->rules[i]);
	if (f->any_b && !x.all) {
		/* the action hints in the same scan, reported apart (scan) */
		const char *const *h = rl_action_hint_exprs();
		f->hint_lo = (unsigned)x.n;
		for (i = 0; h[i]; i++)
			if (ex_add(&x, h[i], HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH) < 0) {
				rc = RL_ENOMEM;
				goto out;
			}
		f->hint_hi = (unsigned)x.n;
	}
	if (!x.all && x.n &&
	    (rc = set_compile(&x, "", &f->db, &f->scratch, f, f->hint_lo, f->hint_hi)) == 1)
		x.all = 1; /* correctness first: parse everything */
	if (rc < 0)
		goto out;
	rc = 0;
	if (!x.legacy && !x.all) {
		/* rules that need an action, behind the action hints */
		set_clear(&x);
		x.gate = 1;
		for (i = 0; i < p->nrules && !rc && !x.all; i++)
			if (!rule_tool(&p->rules[i]) && rule_needs_action(&p->rules[i]))
				rc = rule_exprs(&x, p, &p->rules[i]);
		x.gate = 0;
		if (rc)
			goto out;
		f->ball = x.all;
		if (!x.all && x.n &&
		    (rc = set_compile(&x, "action ", &f->bdb, &f->bscratch, NULL, 0, 0)) == 1)
			f->ball = 1;
		if (rc < 0)
			goto out;
		x.all = 0;
		rc = 0;
	}
	if (!x.legacy && !x.all) {
		/* rules that need a tool message, behind the tool-output marks:
		 * first those that need no injection cue (ids below ctx_hi),
		 * then those that do (none without cues: they never match) */
		int pass;
		set_clear(&x);
		for (pass = 0; pass < 2 && !rc; pass++) {
			for (i = 0; i < p->nrules && !rc && !x.all; i++) {
				const pol_rule *r = &p->rules[i];
				if (!rule_tool(r) || rule_inj(r) != pass ||
				    (pass && !p->injection.n))
					continue;
				f->any_tool = 1;
				rc = rule_exprs(&x, p, r);
				if (!pass && x.all)
					f->ctx_hi = UINT32_MAX; /* every such line: context */
			}
			if (!pass && f->ctx_hi != UINT32_MAX)
				f->ctx_hi = (unsigned)x.n;
		}
		if (rc)
			goto out;
		f->iall = x.all;
		if (!x.all && x.n &&
		    (rc = set_compile(&x, "tool-output ", &f->idb, &f->iscratch, NULL, f->ctx_hi,
				      UINT32_MAX)) == 1)
			f->iall = 1;
		if (rc < 0)
			goto out;
		rc = 0;
		x.all = 0;
	}
	for (i = 0; i < p->npats; i++)
		npick += x.pick[i];
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
	/* REDLINE_MONITOR_NO_PREFILTER=1: every line a candidate, as with
	 * --full-parse, for comparing whole pipelines (make eval) */
	f->ctx_all = x.ctx_all;
	f->all = x.all || (getenv("REDLINE_MONITOR_NO_PREFILTER") &&
			   strcmp(getenv("REDLINE_MONITOR_NO_PREFILTER"), "0"));
	/* a literal rule set scans with the policy's own database */
	f->pdb = x.legacy && npick ? p->db : NULL;
	f->raw = !x.all && !main_n && f->pdb;
	/* REDLINE_MONITOR_NO_AVX2=1 keeps to SSE2, so tests cover both */
	f->w = mon_simd_pick();
	for (i = 0; i < p->npats && f->raw; i++)
		f->raw = raw_safe(&p->pats[i]);
	if (!f->all && f->pdb && hs_clone_scratch(p->proto, &f->pscratch) != HS_SUCCESS)
		rc = RL_ENOMEM;
out:
	for (i = 0; i < x.n; i++)
		free(x.ex[i]);
	free(x.ex);
	free(x.fl);
	free(x.pick);
	for (i = 0; x.lits && i < p->npats; i++)
		rl_strlist_free(&x.lits[i]);
	for (i = 0; x.form && i < p->npats; i++)
		free(x.form[i]);
	free(x.form);
	free(x.lits);
	free(x.litfl);
	free(x.score);
	free(x.scored);
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
	hs_free_scratch(f->iscratch);
	hs_free_database(f->idb);
	hs_free_scratch(f->bscratch);
	hs_free_database(f->bdb);
	hs_free_scratch(f->wscratch);
	hs_free_database(f->wdb);
	rl_buf_free(&f->wbuf);
	free(f->wseg);
	free(f);
}
