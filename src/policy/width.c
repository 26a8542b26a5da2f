/* width.c: how far back a rule's match can reach in answer text, for the
 * guard's streaming release (guard/proxy_stream.c): text more than this
 * many bytes behind the end of what has arrived can no longer take part
 * in a match that is not already visible, so it may be released.
 *
 * The width of a pattern is vectorscan's max_width (hs_expression_info),
 * in bytes, of the form it compiles (a prefilter form only widens it, so
 * the bound stays safe). A rule's width is the largest over the patterns
 * of its answer-text conditions (content, reasoning, text, and the
 * pattern detectors pii, secrets, security-code). Unbounded: a pattern
 * vectorscan finds unbounded or cannot analyse, the harm detectors
 * (coercion, leak, lethal: they read whole actions and sentences), a
 * target origin in the answer text, and actions written in the text;
 * the guard bounds those by the sentence instead (docs/guard.md). Tool
 * arguments and request-side text are not answer text: a call is held
 * whole, and the request is complete before anything streams. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- the widest match of a pattern, in bytes ----
 *
 * Hand-written over PCRE2's syntax because neither engine says it:
 * PCRE2 reports a minimum length only, and vectorscan's max_width fails on
 * lookbehinds and large patterns (and the database compiles a loosened
 * form). Upper bounds only: a literal ASCII character counts 1 byte (3 for
 * k and s under (?i): their caseless forms include U+212A and U+017F), a
 * class of ASCII characters 1 (3 under (?i)), any other character, class,
 * dot or escape 4 (the longest UTF-8 character);
 * lookarounds, anchors and \b count 0; a back-reference or \X is
 * unbounded, and so is any construct it does not know. */

#define W_INF RL_POLICY_WIDTH_UNBOUNDED

typedef struct rxw {
	const char *s;
	size_t n, i;
	int bad;
	int caseless; /* (?i) somewhere: counted as if everywhere */
} rxw;

static size_t w_add(size_t a, size_t b)
{
	return a == W_INF || b == W_INF || a > W_INF - b ? W_INF : a + b;
}

static size_t w_mul(size_t a, size_t k)
{
	if (!a || !k)
		return 0;
	return a == W_INF || k == W_INF || a > W_INF / k ? W_INF : a * k;
}

static size_t rx_alt(rxw *x);

/* A class [...] from after its '[': its width, 1 byte when it lists only
 * ASCII characters and ranges (3 under (?i): k and s), else 4. */
static size_t rx_class(rxw *x)
{
	int ascii = 1;
	if (x->i < x->n && x->s[x->i] == '^') {
		ascii = 0;
		x->i++;
	}
	if (x->i < x->n && x->s[x->i] == ']')
		x->i++;
	while (x->i < x->n && x->s[x->i] != ']') {
		if ((unsigned char)x->s[x->i] >= 0x80)
			ascii = 0;
		if (x->s[x->i] == '\\') {
			x->i++;
			if (x->i < x->n && isalnum((unsigned char)x->s[x->i]))
				ascii = 0; /* \w \s \d \x.. \p..: count them wide */
		} else if (x->s[x->i] == '[' && x->i + 1 < x->n && x->s[x->i + 1] == ':') {
			const char *e = memchr(x->s + x->i + 2, ']', x->n - x->i - 2);
			if (e)
				x->i = (size_t)(e - x->s);
		}
		x->i++;
	}
	if (x->i >= x->n)
		x->bad = 1;
	x->i++;
	return !ascii ? 4 : x->caseless ? 3 : 1;
}

/* A number at i, or -1. */
static long rx_num(rxw *x)
{
	long v = -1;
	while (x->i < x->n && isdigit((unsigned char)x->s[x->i])) {
		v = (v < 0 ? 0 : v * 10) + (x->s[x->i++] - '0');
		if (v > 1000000)
			v = 1000000;
	}
	return v;
}

/* One atom's width (characters as bytes, see above). */
static size_t rx_atom(rxw *x)
{
	char c = x->s[x->i++];
	if (c == '(') {
		size_t w;
		int zero = 0;
		if (x->i < x->n && x->s[x->i] == '?') {
			char d = x->i + 1 < x->n ? x->s[x->i + 1] : 0;
			x->i++;
			if (d == ':' || d == '>' || d == '|') {
				x->i++;
			} else if (d == '=' || d == '!') {
				x->i++;
				zero = 1;
			} else if (d == '<' && x->i + 1 < x->n &&
				   (x->s[x->i + 1] == '=' || x->s[x->i + 1] == '!')) {
				x->i += 2;
				zero = 1;
			} else if (d == '#') {
				const char *e = memchr(x->s + x->i, ')', x->n - x->i);
				x->i = e ? (size_t)(e - x->s) + 1 : x->n;
				return 0;
			} else if (d == '<' || d == '\'' || d == 'P') {
				const char *e =
					memchr(x->s + x->i, d == '\'' ? '\'' : '>', x->n - x->i);
				if (!e || (d == 'P' && x->s[x->i + 1] != '<')) {
					x->bad = 1;
					return W_INF;
				}
				x->i = (size_t)(e - x->s) + 1;
			} else {
				/* option settings: (?i) (?-i) (?i:...) */
				while (x->i < x->n && (isalpha((unsigned char)x->s[x->i]) ||
						       x->s[x->i] == '-' || x->s[x->i] == '^'))
					x->i++;
				if (x->i < x->n && x->s[x->i] == ')') {
					x->i++;
					return 0;
				}
				if (x->i >= x->n || x->s[x->i] != ':') {
					x->bad = 1;
					return W_INF;
				}
				x->i++;
			}
		}
		w = rx_alt(x);
		if (x->i >= x->n || x->s[x->i] != ')')
			x->bad = 1;
		x->i++;
		return zero ? 0 : w;
	}
	if (c == '[')
		return rx_class(x);
	if (c == '.')
		return 4;
	if (c == '^' || c == '$')
		return 0;
	if (c == '\\') {
		char d = x->i < x->n ? x->s[x->i++] : 0;
		if (strchr("bBAzZGK", d) && d)
			return 0;
		if (d == 'Q') {
			size_t w = 0;
			while (x->i < x->n &&
			       !(x->s[x->i] == '\\' && x->i + 1 < x->n && x->s[x->i + 1] == 'E')) {
				w += 4;
				x->i++;
			}
			x->i += 2;
			return w;
		}
		if (d == 'E')
			return 0;
		if (isdigit((unsigned char)d) && d != '0')
			return W_INF; /* a back-reference */
		if (d == 'g' || d == 'k' || d == 'X')
			return W_INF;
		if (d == 'R')
			return 8; /* CR LF */
		if ((d == 'x' || d == 'o' || d == 'p' || d == 'P' || d == 'N') && x->i < x->n &&
		    x->s[x->i] == '{') {
			const char *e = memchr(x->s + x->i, '}', x->n - x->i);
			x->i = e ? (size_t)(e - x->s) + 1 : x->n;
		} else if (d == 'x') {
			while (x->i < x->n && isxdigit((unsigned char)x->s[x->i]))
				x->i++;
		} else if (d == 'p' || d == 'P' || d == 'c') {
			x->i++;
		}
		return 4;
	}
	if ((unsigned char)c >= 0x80) {
		while (x->i < x->n && ((unsigned char)x->s[x->i] & 0xC0) == 0x80)
			x->i++;
		return 4;
	}
	return x->caseless && (c == 'k' || c == 'K' || c == 's' || c == 'S') ? 3 : 1;
}

/* A quantifier after an atom of width w, if there is one. */
static size_t rx_quant(rxw *x, size_t w)
{
	long lo, hi;
	size_t save = x->i;
	if (x->i >= x->n)
		return w;
	switch (x->s[x->i]) {
	case '*':
	case '+':
		x->i++;
		w = w ? W_INF : 0;
		break;
	case '?': x->i++; break;
	case '{':
		x->i++;
		lo = rx_num(x);
		hi = lo;
		if (x->i < x->n && x->s[x->i] == ',') {
			x->i++;
			hi = rx_num(x);
			if (hi < 0)
				hi = LONG_MAX;
		}
		if (x->i >= x->n || x->s[x->i] != '}' || (lo < 0 && hi == LONG_MAX) ||
		    (lo < 0 && hi < 0)) {
			x->i = save; /* not a quantifier: a literal '{' */
			return w;
		}
		x->i++;
		if (lo < 0) {
			/* {,m}: a quantifier for newer PCRE2, literal text for
			 * older: the wider of the two */
			size_t q = w_mul(w, (size_t)hi), lit = w_add(w, x->i - save);
			return q > lit ? q : lit;
		}
		w = hi == LONG_MAX ? (w ? W_INF : 0) : w_mul(w, (size_t)hi);
		break;
	default: return w;
	}
	if (x->i < x->n && (x->s[x->i] == '?' || x->s[x->i] == '+'))
		x->i++;
	return w;
}

static size_t rx_seq(rxw *x)
{
	size_t w = 0;
	while (x->i < x->n && x->s[x->i] != '|' && x->s[x->i] != ')' && !x->bad)
		w = w_add(w, rx_quant(x, rx_atom(x)));
	return w;
}

static size_t rx_alt(rxw *x)
{
	size_t w = rx_seq(x);
	while (x->i < x->n && x->s[x->i] == '|' && !x->bad) {
		size_t b;
		x->i++;
		b = rx_seq(x);
		if (b > w)
			w = b;
	}
	return w;
}

size_t rl_policy_regex_width(const char *re)
{
	rxw x = {re, re ? strlen(re) : 0, 0, 0, re && strstr(re, "(?i")};
	size_t w;
	if (!re)
		return W_INF;
	w = rx_alt(&x);
	return x.bad || x.i < x.n ? W_INF : w;
}

static size_t pat_width(const pol_pat *pt)
{
	size_t w = 0;
	const char *s;
	if (!pt->src)
		return W_INF;
	if (pt->kind != PAT_KEYWORD)
		return rl_policy_regex_width(pt->src);
	/* a keyword: its characters, a space being any run of blanks */
	for (s = pt->src; *s; s++) {
		if (*s == ' ')
			return W_INF;
		w += 4;
	}
	return w;
}

static size_t cond_width(const rl_policy *p, const pol_textcond *c, size_t w)
{
	size_t i;
	for (i = 0; i < c->n && w != RL_POLICY_WIDTH_UNBOUNDED; i++) {
		size_t k = pat_width(&p->pats[c->v[i]]);
		if (k > w)
			w = k;
	}
	return w;
}

size_t rl_policy_rule_width(const rl_policy *p, size_t i)
{
	const pol_rule *r;
	size_t w = 0;
	int d;
	if (!p || i >= p->nrules)
		return RL_POLICY_WIDTH_UNBOUNDED;
	r = &p->rules[i];
	w = cond_width(p, &r->content, w);
	w = cond_width(p, &r->reasoning, w);
	w = cond_width(p, &r->text, w);
	for (d = POL_DET_PII; d < POL_NDET && w != RL_POLICY_WIDTH_UNBOUNDED; d++) {
		size_t k;
		if (!(r->detectors & (1u << d)) || !(r->scope & (SCOPE_RESPONSE | SCOPE_REASONING)))
			continue;
		for (k = 0; k < p->det_count[d] && w != RL_POLICY_WIDTH_UNBOUNDED; k++) {
			size_t x = pat_width(&p->pats[p->det_first[d] + k]);
			if (x > w)
				w = x;
		}
	}
	return w;
}

static int rule_conditions(const pol_rule *r);

/* Does rule r read the answer for values taken from tool output (an
 * answer_origin target, copies: without an action, third_party_answer)? */
static int reads_tool_values(const pol_rule *r)
{
	return r->answer_origin || (r->copies && !r->has_action_cond) || r->third_party_answer;
}

/* Does a target origin need tool output in the conversation (a target of
 * another origin - trusted, unknown, not trusted - can be found without)? */
static int origin_needs_tool(int o)
{
	return o == ORG_UNTRUSTED || o == ORG_INJECTED || o == ORG_REQUESTED;
}

/* Does rule r (not an allow rule) judge the answer text as a whole: a
 * condition with no pattern that marks where its evidence starts (values
 * of tool output anywhere in the answer: answer_origin, copies: without an
 * action, third_party_answer; coercion_answer's structure over the whole
 * text)? Such a condition can be met by the last sentence while its
 * evidence, or the part the verdict is about, lies in the first, so
 * nothing of the answer may leave before the verdict (fail closed).
 * 0: no; 1: when the conversation carries tool output (else it cannot
 * fire); 2: always (an answer_origin whose targets need no tool output). */
static int whole_answer(const pol_rule *r)
{
	if (r->action == RL_POLICY_ALLOW)
		return 0;
	if (r->answer_origin && !origin_needs_tool(r->answer_origin))
		return 2;
	return reads_tool_values(r) || r->coercion_answer;
}

unsigned rl_policy_rule_stream(const rl_policy *p, size_t i)
{
	const pol_rule *r;
	unsigned k = 0;
	if (!p || i >= p->nrules)
		return 0;
	r = &p->rules[i];
	if (r->action == RL_POLICY_ALLOW)
		return RL_STREAM_ALLOW;
	if (r->content.n || r->reasoning.n || r->text.n ||
	    ((r->detectors &
	      ((1u << POL_DET_PII) | (1u << POL_DET_SECRETS) | (1u << POL_DET_SECCODE))) &&
	     (r->scope & (SCOPE_RESPONSE | SCOPE_REASONING))))
		k |= RL_STREAM_PATTERN;
	if ((k & RL_STREAM_PATTERN) && rule_conditions(r) > 1)
		k |= RL_STREAM_CONJ;
	if (whole_answer(r))
		k |= RL_STREAM_WHOLE;
	if (whole_answer(r) == 2)
		k |= RL_STREAM_WHOLE_ALWAYS;
	if (r->has_action_cond ||
	    (r->detectors &
	     ((1u << POL_DET_COERCION) | (1u << POL_DET_LEAK) | (1u << POL_DET_LETHAL))) ||
	    (r->scope & SCOPE_ACTIONS && r->detectors))
		k |= RL_STREAM_ACTIONS;
	return k;
}

/* ---- the streaming release point (rl_policy_stream_safe) ----
 *
 * A byte of answer text may leave before the answer is complete when no
 * rule can still fire with evidence that includes it. Given that the rules
 * do not fire on the text so far (the guard checks that first), later text
 * can make a rule fire only through:
 *
 *   1. a pattern match that ends after the text so far. Its start is a
 *      position where the pattern matches partially now: PCRE2's hard
 *      partial matching finds the earliest such start (and a complete
 *      match that more text could still extend counts as partial). Text
 *      before it cannot be in that match. The hold is at most the
 *      pattern's max_width, and usually a few bytes.
 *   2. a rule with several conditions (content and text, a text pattern
 *      and answer_origin or actions): one condition may already match
 *      whole while another has yet to. Its evidence includes the earlier
 *      match, so a whole match of any condition of such a rule holds the
 *      text from its start to the end of the answer.
 *   3. an action written in the text (a tag block, JSON, a python-style
 *      or ReAct call: action/text.c, textcalls.c, calls.c), which every
 *      action rule and the harm detectors (coercion, leak, lethal) read.
 *      Each of those forms has a marker: '<' (tags, <function=...>), '{'
 *      (JSON, ReAct's input), a line that begins "Action:", or a '(' whose
 *      line so far is only a name (a call starts its line). The line of
 *      the first marker is held to the end, and so is an unfinished last
 *      line that could still become a call or an "Action:" line. An
 *      action's evidence lies inside it, so nothing of it leaves.
 *
 *   4. a condition on the answer as a whole (whole_answer: values of
 *      tool output anywhere in it - answer_origin targets, copies:,
 *      third_party_answer - or coercion_answer's structure). No pattern
 *      marks where its evidence starts: the last sentence can complete
 *      it while the evidence (a copied phone number, the demand of a
 *      threat) lies in the first, so such a rule holds the whole answer
 *      until the verdict (fail closed). Until session 15 these held only
 *      the unfinished sentence (coercion_answer: nothing), and earlier
 *      sentences left before the verdict (t0843).
 *
 * Allow rules are skipped: a later allow match can only release more.
 * A rule on values of tool output cannot fire when the conversation has
 * no tool output, and is skipped then (an answer_origin whose targets
 * need none, such as unknown or trusted, holds always). */

#define SAFE_MATCH_LIMIT 200000

static int is_name_char(unsigned char c)
{
	return isalnum(c) || c == '_' || c == '.';
}

/* Is s[ls..e) (a line so far) only blanks, an optional '[', and a name? */
static int line_is_name(const char *s, size_t ls, size_t e)
{
	size_t i = ls;
	while (i < e && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i < e && s[i] == '[')
		i++;
	for (; i < e; i++)
		if (!is_name_char((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Could line s[ls..e) be, or become, an "Action:" line? */
static int line_is_action(const char *s, size_t ls, size_t e, int complete)
{
	static const char w[] = "action:";
	size_t i = ls, k;
	while (i < e && (s[i] == ' ' || s[i] == '\t'))
		i++;
	for (k = 0; k < 7 && i + k < e; k++)
		if (tolower((unsigned char)s[i + k]) != w[k])
			return 0;
	return k == 7 || (!complete && i + k == e);
}

/* The start of the first line at or after `from`'s line that may hold a
 * text action (3 above), or n. *perm: it has a marker (for good); else it
 * is the unfinished last line, which more text may clear. */
static size_t action_hold(const char *s, size_t n, size_t from, int *perm)
{
	size_t ls = from, i;
	*perm = 1;
	while (ls > 0 && s[ls - 1] != '\n')
		ls--;
	for (i = ls; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '<' || c == '{' || (c == '(' && line_is_name(s, ls, i)))
			return ls < from ? from : ls;
		if (c == '\n') {
			if (line_is_action(s, ls, i, 1))
				return ls < from ? from : ls;
			ls = i + 1;
		}
	}
	*perm = 0;
	if (ls < n && (line_is_name(s, ls, n) || line_is_action(s, ls, n, 0)))
		return ls < from ? from : ls;
	return n;
}

/* The earliest start in [from, lim) of a partial match of pattern `pt` at
 * the end of s[0..n), or (`whole`) of any match; lim when none. A hold
 * that more text cannot lift (a whole match, an error such as the match
 * limit: fail closed) sets *perm. */
static size_t pat_hold(const pol_pat *pt, const char *s, size_t n, size_t from, size_t lim,
		       int whole, int *perm, pcre2_match_data *md, pcre2_match_context *mc)
{
	size_t off = from;
	while (off < lim) {
		int rc = pcre2_match(pt->re, (PCRE2_SPTR)s, n, off, PCRE2_PARTIAL_HARD, md, mc);
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		size_t at;
		if (rc == PCRE2_ERROR_NOMATCH)
			return lim;
		if (rc < 0 && rc != PCRE2_ERROR_PARTIAL) {
			*perm = 1;
			return from;
		}
		at = ov[0] < from ? from : ov[0];
		if (at >= lim)
			return lim;
		if (rc == PCRE2_ERROR_PARTIAL)
			return at;
		if (whole) {
			*perm = 1;
			return at;
		}
		/* a whole match that cannot grow and did not fire the rule (a
		 * validator refused it): it stays so; look on after its start */
		off = ov[0] + 1;
		while (off < n && ((unsigned char)s[off] & 0xC0) == 0x80)
			off++;
	}
	return lim;
}

/* The rule's independent conditions, counting each text condition, the
 * text detectors, answer_origin, action conditions and harm detectors. */
static int rule_conditions(const pol_rule *r)
{
	int n = (r->content.n > 0) + (r->reasoning.n > 0) + (r->text.n > 0) + reads_tool_values(r) +
		(r->coercion_answer != 0) + (r->has_action_cond != 0);
	unsigned pat = (1u << POL_DET_PII) | (1u << POL_DET_SECRETS) | (1u << POL_DET_SECCODE);
	unsigned harm = (1u << POL_DET_COERCION) | (1u << POL_DET_LEAK) | (1u << POL_DET_LETHAL);
	if ((r->detectors & pat) && (r->scope & (SCOPE_RESPONSE | SCOPE_REASONING)))
		n++;
	if ((r->detectors & pat) && (r->scope & SCOPE_ACTIONS))
		n++;
	if (r->detectors & harm)
		n++;
	return n;
}

typedef struct hold_ctx {
	const rl_policy *p;
	const char *s;
	size_t n, from, at;
	int whole, perm_at; /* perm_at: the hold at `at` is for good */
	pcre2_match_data *md;
	pcre2_match_context *mc;
} hold_ctx;

static void hold_pat(hold_ctx *h, size_t pat)
{
	int perm = 0;
	size_t k = pat_hold(&h->p->pats[pat], h->s, h->n, h->from, h->at, h->whole, &perm, h->md,
			    h->mc);
	if (k < h->at) {
		h->at = k;
		h->perm_at = perm;
	} else if (k == h->at && perm) {
		h->perm_at = 1;
	}
}

static void hold_cond(hold_ctx *h, const pol_textcond *c)
{
	size_t i;
	for (i = 0; i < c->n && h->at > h->from; i++)
		hold_pat(h, c->v[i]);
}

size_t rl_policy_stream_safe(const rl_policy *p, int reasoning, int tool_output, const char *s,
			     size_t n, size_t from, int *stuck)
{
	hold_ctx h;
	size_t i;
	unsigned slot = reasoning ? SCOPE_REASONING : SCOPE_RESPONSE;

	*stuck = 0;
	if (from >= n)
		return n;
	memset(&h, 0, sizeof h);
	h.p = p;
	h.s = s;
	h.n = n;
	h.from = from;
	h.at = action_hold(s, n, from, &h.perm_at);
	h.md = pcre2_match_data_create(1, NULL);
	h.mc = pcre2_match_context_create(NULL);
	if (!p || !h.md || !h.mc) {
		pcre2_match_data_free(h.md);
		pcre2_match_context_free(h.mc);
		*stuck = 1;
		return from;
	}
	pcre2_set_match_limit(h.mc, SAFE_MATCH_LIMIT);
	for (i = 0; i < p->nrules && h.at > from; i++) {
		const pol_rule *r = &p->rules[i];
		int d, w = whole_answer(r);
		/* a rule on the answer as a whole holds all of it (4 above) */
		if (w == 2 || (w == 1 && tool_output)) {
			h.at = from;
			h.perm_at = 1;
			break;
		}
		/* an allow rule only releases more; a rule on values of tool
		 * output cannot fire without tool output in the conversation */
		if (r->action == RL_POLICY_ALLOW || w)
			continue;
		h.whole = rule_conditions(r) > 1;
		hold_cond(&h, reasoning ? &r->reasoning : &r->content);
		hold_cond(&h, &r->text);
		for (d = POL_DET_PII; d < POL_NDET && h.at > from; d++) {
			size_t k;
			if (!(r->detectors & (1u << d)) || !(r->scope & slot))
				continue;
			for (k = 0; k < p->det_count[d] && h.at > from; k++)
				hold_pat(&h, p->det_first[d] + k);
		}
	}
	pcre2_match_data_free(h.md);
	pcre2_match_context_free(h.mc);
	*stuck = h.perm_at;
	return h.at;
}

int rl_policy_stream_origin(const rl_policy *p)
{
	size_t i;
	for (i = 0; p && i < p->nrules; i++)
		if (whole_answer(&p->rules[i]))
			return 1;
	return 0;
}

int rl_policy_stream_whole(const rl_policy *p, int tool_output)
{
	size_t i;
	for (i = 0; p && i < p->nrules; i++) {
		int w = whole_answer(&p->rules[i]);
		if (w == 2 || (w == 1 && tool_output))
			return 1;
	}
	return 0;
}
