/* eval.c: evaluate one response against a compiled policy. Each text (the
 * response, the reasoning, the request-side input, every action field) is
 * scanned once by the policy's vectorscan database, which marks the
 * patterns that may match it; only those are confirmed by PCRE2, which
 * also gives exact spans. Rules are then checked in priority order using
 * those marks, so the cost is one scan per text plus a few confirmations,
 * almost independent of the number of rules.
 *
 * Failure is closed: any internal error (no memory, a PCRE2 match limit)
 * yields RL_EPOLICY and a BLOCK decision. */
#include "policy/policy_int.h"

#include <assert.h>
#include <ctype.h>
#include <fnmatch.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "base/hscache.h"

#define MAX_SLOTS 4096   /* texts per evaluation (fields of many actions) */
#define MAX_SPANS_PER 16 /* evidence spans kept per pattern and text */
#define PCRE_MATCH_LIMIT 200000

/* ---- evaluation state ------------------------------------------------------ */

typedef struct slot {
	const char *s;
	size_t n;
	int source;
	int action;        /* -1 for the texts */
	const char *field; /* NULL for the texts */
	uint64_t *hits;    /* bit per pattern: may match (cleared once refuted) */
} slot;

typedef struct spanvec {
	rl_policy_span *v;
	size_t n, cap;
} spanvec;

typedef struct ev {
	const rl_policy *p;
	const rl_actions *a;
	const rl_transcript *t;
	pol_scratch *sc;
	pcre2_match_context *mctx;
	rl_arena ar;
	slot *slots;
	size_t nslots;
	size_t *field_slot; /* first slot of each action's fields */
	size_t nwords;      /* uint64 words per hits bitset */
	int err;
	spanvec tmp; /* evidence of the rule being checked */
	spanvec all; /* evidence of all matched rules, concatenated */
	const rl_policy_ctx *ctx;
	pol_conv conv;             /* the conversation, prepared on first use */
	int conv_ready, inj_ready; /* conv_msgs, conv_get done */
	uint64_t *gkey;            /* per slot: pol_glob_key of the field's name; per
				    * action (from nslots on): of its tool's */
	size_t *glen;              /* the same names' lengths */
	uint64_t *tools;           /* per action, pol_tool_rules' bitset over the rules */
	unsigned char *tools_ok;   /* per action: tools filled */
	size_t rwords;             /* words of one such bitset */
	pol_harm_memo harm;        /* the harm-spec detectors' results, on first use */
	unsigned char *tgt;        /* per slot: the field named this rule's target */
	int tgt_set;               /* some tgt entry is set (cleared per rule only then) */
} ev;

enum { SL_RESPONSE = 0, SL_REASONING = 1, SL_INPUT = 2, SL_FIELDS = 3 };

static int sv_push(spanvec *v, int source, int action, const char *field, size_t s, size_t e)
{
	if (v->n == v->cap) {
		size_t nc = v->cap ? v->cap * 2 : 16;
		rl_policy_span *nv = realloc(v->v, nc * sizeof *nv);
		if (!nv)
			return RL_ENOMEM;
		v->v = nv;
		v->cap = nc;
	}
	v->v[v->n].source = source;
	v->v[v->n].action = action;
	v->v[v->n].field = field;
	v->v[v->n].start = s;
	v->v[v->n].end = e;
	v->n++;
	return 0;
}

static int on_hit(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
		  void *ctx)
{
	uint64_t *bits = ctx;
	(void)from;
	(void)to;
	(void)flags;
	bits[id >> 6] |= 1ull << (id & 63);
	return 0;
}

/* A slot's text is scanned on first use (slot_scan, from confirm): most
 * rules stop at their tool or field condition, and a text no rule reads
 * costs vectorscan's per-scan overhead for nothing (about a microsecond
 * each with the default policy's database). */
static int slot_init(ev *E, slot *sl, const char *s, size_t n, int source, int action,
		     const char *field)
{
	sl->source = source;
	sl->action = action;
	sl->field = field;
	sl->n = n;
	sl->s = s ? s : "";
	sl->hits = NULL;
	if (s && n && !pol_utf8_valid(s, n) && !(sl->s = pol_utf8_sanitize(&E->ar, s, n)))
		return RL_ENOMEM;
	return 0;
}

/* The slot's candidate patterns, computed once. 0 or an RL_ error. */
static int slot_scan(ev *E, slot *sl)
{
	const rl_policy *p = E->p;
	size_t n = sl->n;

	sl->hits = rl_arena_alloc(&E->ar, E->nwords * sizeof(uint64_t) + 8);
	if (!sl->hits)
		return RL_ENOMEM;
	if (!n) {
		memset(sl->hits, 0, E->nwords * sizeof(uint64_t));
		return 0;
	}
	/* Patterns outside the database may match anything: confirm them. */
	memcpy(sl->hits, E->sc->always, E->nwords * sizeof(uint64_t));
	if (p->db && n <= UINT32_MAX) {
		if (rl_hs_scan(p->db, sl->s, (unsigned)n, 0, E->sc->hs, on_hit, sl->hits) !=
		    HS_SUCCESS)
			return RL_EPOLICY;
		pol_hs_conj(p, sl->hits);
	}
	if (n > UINT32_MAX) /* beyond vectorscan's length: confirm everything */
		memset(sl->hits, 0xff, E->nwords * sizeof(uint64_t));
	return 0;
}

static int hit(const slot *sl, size_t pat)
{
	return (sl->hits[pat >> 6] >> (pat & 63)) & 1;
}

/* Confirm pattern `pi` on slot `sl` with PCRE2; push up to `max` spans to
 * `out` (NULL: just test). Returns 1 matched, 0 not, <0 error. A refuted
 * pattern's bit is cleared so no other rule re-runs it. */
static int confirm_run(ev *E, slot *sl, size_t pi, spanvec *out, size_t max);

/* Most calls find the pattern's bit clear (a default-policy evaluation
 * asks ~80 times, PCRE2 runs for a few): that answer without a call. */
static inline int confirm(ev *E, slot *sl, size_t pi, spanvec *out, size_t max)
{
	if (sl->hits && !hit(sl, pi))
		return 0;
	return confirm_run(E, sl, pi, out, max);
}

static int confirm_run(ev *E, slot *sl, size_t pi, spanvec *out, size_t max)
{
	const pol_pat *pt = &E->p->pats[pi];
	PCRE2_SIZE off = 0, *ov;
	size_t found = 0;

	if (!sl->hits && (E->err = slot_scan(E, sl)))
		return RL_EPOLICY;
	if (!hit(sl, pi))
		return 0;
	while (off <= sl->n && found < max) {
		int rc = pcre2_match(pt->re, (PCRE2_SPTR)sl->s, sl->n, off, 0, E->sc->md, E->mctx);
		if (rc == PCRE2_ERROR_NOMATCH)
			break;
		if (rc < 0) {
			E->err = rc == PCRE2_ERROR_NOMEMORY ? RL_ENOMEM : RL_EPOLICY;
			return RL_EPOLICY;
		}
		ov = pcre2_get_ovector_pointer(E->sc->md);
		if (ov[1] <= ov[0]) { /* empty match (lookaround-only): step on */
			off = ov[0] + 1;
			continue;
		}
		off = ov[1];
		if (pt->validate && !pt->validate(sl->s + ov[0], ov[1] - ov[0]))
			continue;
		found++;
		if (!out)
			return 1;
		if (sv_push(out, sl->source, sl->action, sl->field, ov[0], ov[1]))
			return E->err = RL_ENOMEM, RL_EPOLICY;
	}
	if (!found)
		sl->hits[pi >> 6] &= ~(1ull << (pi & 63));
	return found > 0;
}

/* Any pattern of `c` on slot: 1/0/<0, spans pushed to E->tmp. */
static int cond_on(ev *E, const pol_textcond *c, slot *sl)
{
	size_t i;
	int any = 0, rc;
	for (i = 0; i < c->n; i++) {
		rc = confirm(E, sl, c->v[i], &E->tmp, MAX_SPANS_PER);
		if (rc < 0)
			return rc;
		any |= rc;
	}
	return any;
}

/* ---- provenance ------------------------------------------------------------- */

/* The conversation's messages, prepared once per evaluation (conv_msgs:
 * what reading the user's words needs), and (conv_get) each tool message
 * checked against the policy's injection cues. */
static int conv_msgs(ev *E)
{
	const rl_policy_msg *m = E->ctx ? E->ctx->msgs : NULL;
	size_t n = E->ctx ? E->ctx->nmsgs : 0;
	int rc;
	if (E->conv_ready || !(E->conv_ready = 1) || !E->ctx)
		return 0;
	if (!m && E->ctx->load_msgs && E->ctx->load_msgs(E->ctx->load_arg, &m, &n))
		return E->err = RL_ENOMEM, RL_EPOLICY;
	if (m && n && (rc = pol_conv_prepare(&E->conv, &E->ar, m, n)))
		return E->err = rc, RL_EPOLICY;
	return 0;
}

static int conv_get(ev *E)
{
	const rl_policy *p = E->p;
	size_t i, k;
	int rc;
	if (E->inj_ready)
		return 0;
	if (conv_msgs(E))
		return RL_EPOLICY;
	E->inj_ready = 1;
	for (i = 0; p->injection.n && i < E->conv.n; i++) {
		slot sl;
		if (E->conv.m[i].role != RL_ROLE_TOOL || !E->conv.m[i].text || !E->conv.m[i].len)
			continue;
		if ((rc = slot_init(E, &sl, E->conv.m[i].text, E->conv.m[i].len,
				    RL_POLICY_SRC_INPUT, -1, NULL)))
			return E->err = rc, RL_EPOLICY;
		for (k = 0; k < p->injection.n && !E->conv.inj[i]; k++) {
			rc = confirm(E, &sl, p->injection.v[k], NULL, 1);
			if (rc < 0)
				return rc;
			E->conv.inj[i] = (unsigned char)rc;
		}
		E->conv.any_inj |= E->conv.inj[i];
	}
	return 0;
}

static int target_class(ev *E, const pol_target *t)
{
	if (!E->conv.n)
		return ORG_UNKNOWN;
	if (pol_conv_copies(&E->conv, &E->ar))
		return E->err = RL_ENOMEM, -1;
	return pol_target_origin(&E->conv, t);
}

/* Do the targets in s[0..n) satisfy origin predicate `want`? For trusted
 * every target must be trusted; otherwise one target with the origin is
 * enough. Evidence (the first qualifying target) goes to *ts, *te.
 * Returns 1/0, <0 on error. A value without targets never qualifies. */
static int origin_holds(ev *E, int want, const char *s, size_t n, int whole, size_t *ts, size_t *te)
{
	pol_target tv[POL_MAX_TARGETS];
	size_t k, i;
	if (want == ORG_INJECTED && E->ctx && E->ctx->no_injection)
		return 0;
	if (want == ORG_INJECTED) { /* cheapest first: any injected tool output at all? */
		if (conv_get(E))
			return RL_EPOLICY;
		if (!E->conv.any_inj)
			return 0;
	}
	k = pol_targets(&E->ar, s, n, whole, tv, POL_MAX_TARGETS);
	if (!k)
		return 0;
	if (conv_get(E))
		return RL_EPOLICY;
	for (i = 0; i < k; i++) {
		int cls = target_class(E, &tv[i]), ok;
		if (cls < 0)
			return RL_EPOLICY;
		ok = pol_origin_ok(want, cls) &&
		     (want != ORG_STRANGER || !pol_target_principal(&E->conv, &tv[i]));
		if (want == ORG_TRUSTED && !ok)
			return 0;
		if (want != ORG_TRUSTED && ok) {
			*ts = tv[i].start;
			*te = tv[i].end;
			return 1;
		}
	}
	*ts = tv[0].start;
	*te = tv[k - 1].end;
	return want == ORG_TRUSTED;
}

/* ---- rules ----------------------------------------------------------------- */

/* pol_target_field of a lowercased field name s[0..n), remembered per
 * thread: it tries some thirty words on the name (~1,300 instructions for
 * "path"), and field names repeat from one request to the next. */
static int target_field(const char *s, size_t n)
{
	static _Thread_local struct {
		unsigned char len, res; /* len: n + 1, 0 when empty */
		char name[30];
	} memo[64];
	uint64_t h;
	size_t i;
	if (n >= sizeof memo[0].name)
		return pol_target_field(s);
	h = pol_glob_key(s, n);
	i = (size_t)((h ^ (h >> 29)) % 64);
	if (memo[i].len != n + 1 || memcmp(memo[i].name, s, n)) {
		memo[i].res = (unsigned char)pol_target_field(s);
		memcpy(memo[i].name, s, n);
		memo[i].len = (unsigned char)(n + 1);
	}
	return memo[i].res;
}

static int arg_holds(ev *E, size_t ai, const pol_arg *ag)
{
	const rl_action *a = &E->a->v[ai];
	size_t j;
	for (j = 0; j < a->nfields; j++) {
		const rl_field *f = &a->fields[j];
		slot *sl = &E->slots[E->field_slot[ai] + j];
		size_t mark = E->tmp.n, ts = 0, te = 0;
		int ok = 1, rc, origin_span = 0;
		if (!f->name)
			continue;
		rc = pol_glob_match_k(&ag->field_glob, f->name, E->glen[E->field_slot[ai] + j],
				      E->gkey[E->field_slot[ai] + j], E->sc->md, E->mctx);
		if (rc < 0)
			return E->err = RL_ELIMIT, RL_EPOLICY;
		if (!rc)
			continue;
		if (ag->min_size >= 0 && f->len < (size_t)ag->min_size)
			ok = 0;
		if (ok && ag->max_size >= 0 && f->len > (size_t)ag->max_size)
			ok = 0;
		if (ok && (ag->recipient || ag->list.n))
			ok = pol_recipient_ok(E->p, ag, f->value ? f->value : "", f->len);
		if (ok && ag->origin) {
			char lname[64];
			size_t q;
			for (q = 0; q + 1 < sizeof lname && f->name[q]; q++)
				lname[q] = (char)tolower((unsigned char)f->name[q]);
			lname[q] = '\0';
			rc = origin_holds(E, ag->origin, f->value ? f->value : "", f->len,
					  target_field(lname, q), &ts, &te);
			if (rc < 0)
				return rc;
			ok = rc;
			origin_span = rc;
		}
		if (ok && ag->text.n) {
			rc = cond_on(E, &ag->text, sl);
			if (rc < 0)
				return rc;
			ok = rc;
		}
		if (ok) {
			if (ag->recipient || ag->list.n || ag->origin)
				E->tgt[E->field_slot[ai] + j] = 1, E->tgt_set = 1;
			if (E->tmp.n == mark &&
			    sv_push(&E->tmp, a->source, (int)ai, f->name, origin_span ? ts : 0,
				    origin_span ? te : f->len))
				return E->err = RL_ENOMEM, RL_EPOLICY;
			return 1;
		}
		E->tmp.n = mark;
	}
	return 0;
}

/* 1 when the rule's tool globs admit the action, 0 if not, <0 error. */
static int tool_ok(ev *E, const pol_rule *r, size_t ai)
{
	const rl_action *a = &E->a->v[ai];
	size_t i;
	if (!(a->taken || r->include_untaken))
		return 0;
	if (!r->tools.n)
		return 1;
	if (E->tools_ok[ai]) {
		size_t ri = (size_t)(r - E->p->rules);
		return (int)((E->tools[ai * E->rwords + (ri >> 6)] >> (ri & 63)) & 1);
	}
	for (i = 0; a->tool && i < r->tools.n; i++) {
		int m = pol_glob_match_k(&r->tool_globs[i], a->tool, E->glen[E->nslots + ai],
					 E->gkey[E->nslots + ai], E->sc->md, E->mctx);
		if (m)
			return m < 0 ? (E->err = RL_ELIMIT, RL_EPOLICY) : 1;
	}
	return 0;
}

typedef struct hctx {
	ev *E;
} hctx;

static int harm_add(void *c, int source, int action, const char *field, size_t s, size_t e)
{
	ev *E = ((hctx *)c)->E;
	return sv_push(&E->tmp, source, action, field, s, e);
}

/* Keep the spans from `mark` on whose matched text has origin `want`;
 * 1 when any is left. A security-code match (a command) is judged by the
 * targets inside it (the URL piped into a shell, the host copied to): kept
 * when one of them has origin `want`, dropped when it has targets and none
 * has; a value (a secret, personal data) is judged whole. */
static int evidence_filter(ev *E, int want, int det, const slot *sl, size_t mark)
{
	size_t i, k = mark;
	if (conv_get(E))
		return RL_EPOLICY;
	for (i = mark; i < E->tmp.n; i++) {
		const rl_policy_span *sp = &E->tmp.v[i];
		pol_target t;
		int rc;
		if (sp->end > sl->n || sp->start >= sp->end)
			continue;
		if (det == POL_DET_SECCODE) { /* judged by its targets (exfil.c) */
			if (E->conv.n && pol_conv_copies(&E->conv, &E->ar))
				return E->err = RL_ENOMEM, RL_EPOLICY;
			if (pol_seccode_keep(&E->conv, &E->ar, want, sl->s, sl->n, sp->start,
					     sp->end))
				E->tmp.v[k++] = *sp;
			continue;
		}
		rc = pol_evidence_target(&E->ar, sl->s + sp->start, sp->end - sp->start, &t);
		if (rc < 0)
			return E->err = RL_ENOMEM, RL_EPOLICY;
		if (rc && !pol_origin_ok(want, target_class(E, &t)))
			continue;
		E->tmp.v[k++] = *sp;
	}
	E->tmp.n = k;
	return k > mark;
}

/* `unless_revoked:` drop the spans from `mark` on whose secret action a
 * disarms (revoke.c); 1 when any is left. */
static int revoked_filter(ev *E, const rl_action *a, const slot *sl, size_t mark)
{
	size_t i, k = mark;
	for (i = mark; i < E->tmp.n; i++) {
		const rl_policy_span *sp = &E->tmp.v[i];
		if (sp->end <= sl->n && sp->start < sp->end &&
		    pol_secret_disarmed(&E->ar, a, sl->s + sp->start, sp->end - sp->start))
			continue;
		E->tmp.v[k++] = *sp;
	}
	E->tmp.n = k;
	return k > mark;
}

/* A target in the answer text with origin `want`: its span as evidence. */
static int answer_origin(ev *E, int want, const slot *sl)
{
	pol_target tv[POL_MAX_TARGETS];
	size_t k, i;
	int any = 0;
	if (!sl->n || (want == ORG_INJECTED && E->ctx && E->ctx->no_injection))
		return 0;
	if (want == ORG_INJECTED) {
		if (conv_get(E))
			return RL_EPOLICY;
		if (!E->conv.any_inj || pol_answer_disowns(sl->s, sl->n))
			return 0;
	}
	k = pol_targets(&E->ar, sl->s, sl->n, 0, tv, POL_MAX_TARGETS);
	if (k && conv_get(E))
		return RL_EPOLICY;
	for (i = 0; i < k; i++) {
		if (!pol_origin_ok(want, target_class(E, &tv[i])))
			continue;
		any = 1;
		if (sv_push(&E->tmp, sl->source, -1, NULL, tv[i].start, tv[i].end))
			return E->err = RL_ENOMEM, RL_EPOLICY;
	}
	return any;
}

/* Detector `d` over the rule's scope; `sel` marks the actions in scope. */
/* Any candidate bit of patterns [first, first + n) set on a scanned slot. */
static int any_hit(const slot *sl, size_t first, size_t n)
{
	size_t k = first, end = first + n;
	while (k < end) {
		uint64_t w = sl->hits[k >> 6] >> (k & 63);
		size_t take = 64 - (k & 63);
		if (take > end - k)
			take = end - k;
		if (take < 64)
			w &= (1ull << take) - 1;
		if (w)
			return 1;
		k += take;
	}
	return 0;
}

static int det_fires(ev *E, const pol_rule *r, int d, const unsigned char *sel)
{
	const rl_policy *p = E->p;
	size_t k, i, j;
	int any = 0, rc, live[3], fields_live = 0;

	assert(d >= 0 && d < POL_NDET); /* a detector id the loader compiled */
	if (d <= POL_DET_LETHAL) {
		hctx hc = {E};
		rc = pol_harm_detect(p, d, E->a, E->t, &E->harm, harm_add, &hc);
		return rc < 0 ? (E->err = rc, RL_EPOLICY) : rc;
	}
	/* a text none of whose candidate bits is in the detector's range
	 * gives it nothing: skipped (its scan, which the first confirm would
	 * make, made here) */
	for (i = 0; i < 3; i++) {
		static const int ts[3] = {SL_RESPONSE, SL_REASONING, SL_INPUT};
		static const unsigned tsc[3] = {SCOPE_RESPONSE, SCOPE_REASONING, SCOPE_INPUT};
		slot *sl = &E->slots[ts[i]];
		live[i] = 0;
		if (!(r->scope & tsc[i]) || !p->det_count[d])
			continue;
		if (!sl->hits && (E->err = slot_scan(E, sl)))
			return RL_EPOLICY;
		live[i] = any_hit(sl, p->det_first[d], p->det_count[d]);
	}
	for (i = 0; (r->scope & SCOPE_ACTIONS) && E->a && p->det_count[d] && i < E->a->n; i++) {
		for (j = 0; sel[i] && j < E->a->v[i].nfields && !fields_live; j++) {
			size_t fs = E->field_slot[i] + j;
			if (E->tgt[fs])
				continue;
			if (!E->slots[fs].hits && (E->err = slot_scan(E, &E->slots[fs])))
				return RL_EPOLICY;
			fields_live = any_hit(&E->slots[fs], p->det_first[d], p->det_count[d]);
		}
	}
	if (!live[0] && !live[1] && !live[2] && !fields_live)
		return 0;
	for (k = p->det_first[d]; k < p->det_first[d] + p->det_count[d]; k++) {
		static const int text_slots[3] = {SL_RESPONSE, SL_REASONING, SL_INPUT};
		for (i = 0; i < 3; i++) {
			size_t mark = E->tmp.n;
			if (!live[i])
				continue;
			rc = confirm(E, &E->slots[text_slots[i]], k, &E->tmp, MAX_SPANS_PER);
			if (rc > 0 && r->evidence_origin)
				rc = evidence_filter(E, r->evidence_origin, d,
						     &E->slots[text_slots[i]], mark);
			if (rc < 0)
				return rc;
			any |= rc;
		}
		if (!fields_live)
			continue;
		for (i = 0; i < E->a->n; i++) {
			if (!sel[i])
				continue;
			for (j = 0; j < E->a->v[i].nfields; j++) {
				size_t mark = E->tmp.n, fs = E->field_slot[i] + j;
				if (E->tgt[fs]) /* the target itself is not the data sent */
					continue;
				rc = confirm(E, &E->slots[fs], k, &E->tmp, MAX_SPANS_PER);
				if (rc > 0 && r->evidence_origin)
					rc = evidence_filter(E, r->evidence_origin, d,
							     &E->slots[fs], mark);
				if (rc > 0 && r->unless_revoked)
					rc = revoked_filter(E, &E->a->v[i], &E->slots[fs], mark);
				if (rc < 0)
					return rc;
				any |= rc;
			}
		}
	}
	return any;
}

static int agent_ok(const pol_rule *r, const char *agent)
{
	size_t i;
	if (!r->agents.n)
		return 1;
	if (!agent)
		return 0;
	for (i = 0; i < r->agents.n; i++)
		if (!fnmatch(r->agents.v[i], agent, 0))
			return 1;
	return 0;
}

/* Does a message of `role` match one of c's patterns (`unless_user:`,
 * `if_user:`, `unless_tool:`)? 1/0 (0 without a conversation), <0 error. */
static int role_says(ev *E, const pol_textcond *c, int role)
{
	size_t i, k;
	int rc;
	if (conv_msgs(E))
		return RL_EPOLICY;
	for (i = 0; i < E->conv.n; i++) {
		slot sl;
		const rl_policy_msg *m = &E->conv.m[i];
		if (m->role != role || !m->text || !m->len)
			continue;
		if ((rc = slot_init(E, &sl, m->text, m->len, RL_POLICY_SRC_INPUT, -1, NULL)))
			return E->err = rc, RL_EPOLICY;
		for (k = 0; k < c->n; k++)
			if ((rc = confirm(E, &sl, c->v[k], NULL, 1)) != 0)
				return rc;
	}
	return 0;
}
#define user_asked(E, c) role_says((E), (c), RL_ROLE_USER)

/* `copies:` (disclose.c): with the user's words `if_user:` asks for, does
 * the answer s[0..n) or action a copy r->copies values of tool output? */
static int copied(ev *E, const pol_rule *r, const rl_action *a, const char *s, size_t n)
{
	size_t got, at = 0, end = 0, want = (size_t)r->copies;
	int rc; /* cheap first: an answer, and tool output to copy from */
	if ((!a && !n) || conv_msgs(E) || !pol_conv_tool(&E->conv))
		return E->err ? RL_EPOLICY : 0;
	if ((rc = role_says(E, &r->if_user, RL_ROLE_USER)) <= 0)
		return rc;
	if (pol_conv_copies(&E->conv, &E->ar))
		return E->err = RL_ENOMEM, RL_EPOLICY;
	got = a ? pol_copies_action(&E->conv, a, want)
		: pol_copies(&E->conv, s, n, want, &at, &end);
	if (got < want || pol_released(&E->conv)) /* a release names the requester */
		return 0;
	if (!a && sv_push(&E->tmp, E->slots[SL_RESPONSE].source, -1, NULL, at, end))
		return E->err = RL_ENOMEM, RL_EPOLICY;
	return 1;
}

/* `unrequested:` (drift.c): is action a of a class the rule lists, one the
 * user never asked for, done after tool output came in? 1/0, <0 error. */
static int drifted(ev *E, const pol_rule *r, const rl_action *a)
{
	unsigned cls = pol_drift_protective(a, pol_drift_class(a)) & r->unrequested;
	if (!cls)
		return 0;
	if (conv_get(E))
		return RL_EPOLICY;
	if (r->declined) /* request.c: an act the user just declined */
		return E->conv.n && pol_conv_copies(&E->conv, &E->ar)
			       ? (E->err = RL_ENOMEM, RL_EPOLICY)
			       : E->conv.n && (pol_request_declined(&E->conv, cls) ||
					       pol_request_declined_bound(&E->conv, a));
	/* the act must follow data: decided from the roles before the
	 * conversation is lowercased */
	if (!E->conv.n || !pol_drift_after_data(&E->conv))
		return 0;
	if (pol_conv_copies(&E->conv, &E->ar))
		return E->err = RL_ENOMEM, RL_EPOLICY;
	/* asked for: still drift when a payment, a grant or a deletion acts on
	 * another record than the one the user named (request.c) */
	if (!pol_drift_unasked(&E->conv, cls, a) ||
	    pol_request_asked_step(&E->conv, E->a, a)) /* askbind.c, askcarry.c */
		return (cls & (1u | 1u << 2 | 1u << 5)) && pol_request_other_named(&E->conv, a);
	return !pol_drift_principal_chose(&E->conv, &E->ar, a, cls == 1u << 9) &&
	       !pol_takeover_safe_step(&E->conv, a); /* refused after a failed check */
}

/* `coercion_answer: structure`: does the answer text of an agent turn
 * (tool output in the conversation: a draft written from records read)
 * hold coercion by its structure (the detect module's coerce_struct.c)?
 * 1/0, <0 error; the span in E->tmp. */
static int answer_coerces(ev *E)
{
	const slot *sl = &E->slots[SL_RESPONSE];
	size_t at = 0, len = 0;
	if (!sl->n || sl->n < 12)
		return 0;
	if (conv_msgs(E))
		return RL_EPOLICY;
	if (!E->conv.n || !pol_conv_tool(&E->conv))
		return 0;
	if (!rl_coercion_structure(sl->s, sl->n, &at, &len))
		return 0;
	if (sv_push(&E->tmp, sl->source, -1, NULL, at, at + len))
		return E->err = RL_ENOMEM, RL_EPOLICY;
	return 1;
}

/* Returns 1 matched (evidence in E->tmp), 0 not, <0 error. */
static int rule_matches(ev *E, const pol_rule *r, unsigned char *sel)
{
	size_t i, k;
	int rc, found;
	size_t na = E->a ? E->a->n : 0;

	E->tmp.n = 0;
	if (E->tgt_set) {
		memset(E->tgt, 0, E->nslots);
		E->tgt_set = 0;
	}
	if (r->injection && E->ctx && E->ctx->no_injection)
		return 0;
	if (r->has_action_cond) {
		found = 0;
		for (i = 0; i < na; i++) {
			const rl_action *a = &E->a->v[i];
			size_t mark = E->tmp.n;
			int ok = 1;
			sel[i] = 0;
			rc = tool_ok(E, r, i);
			if (rc < 0)
				return rc;
			if (!rc)
				continue;
			for (k = 0; ok && k < r->nargs; k++) {
				rc = arg_holds(E, i, &r->args[k]);
				if (rc < 0)
					return rc;
				ok = rc;
			}
			if (ok && r->unrequested) {
				rc = drifted(E, r, a);
				if (rc < 0)
					return rc;
				ok = rc;
			}
			if (ok && (r->identity_failed || r->safeguard)) {
				/* the messages only: verify.c reads no injection cue */
				if (conv_msgs(E))
					return RL_EPOLICY;
				if (E->conv.n && pol_conv_copies(&E->conv, &E->ar))
					return E->err = RL_ENOMEM, RL_EPOLICY;
				rc = E->conv.n ? pol_conv_checks_hold(r, &E->conv, a) : 0;
				if (rc < 0)
					return E->err = rc, RL_EPOLICY;
				ok = rc;
			}
			if (ok &&
			    r->after_data) { /* an act on the user's words alone read no data */
				if (conv_get(E))
					return RL_EPOLICY;
				ok = E->conv.n && pol_drift_after_data(&E->conv);
			}
			if (ok && r->coercion_fate == 1) /* fate.c reads message acts only */
				ok = pol_fate_gate(a);
			if (ok && (r->conv_action ||
				   (r->unless_alert_settled && pol_alert_act_stands_down(a)))) {
				if (conv_get(E) || (E->conv.n && pol_conv_copies(&E->conv, &E->ar)))
					return E->err = E->err ? E->err : RL_ENOMEM, RL_EPOLICY;
				rc = pol_conv_action_holds(r, &E->conv, &E->ar, E->a, i);
				if (rc < 0)
					return E->err = rc, RL_EPOLICY;
				ok = rc;
			}
			if (ok && r->copies) {
				rc = copied(E, r, a, NULL, 0);
				if (rc < 0)
					return rc;
				ok = rc;
			}
			if (!ok) {
				E->tmp.n = mark;
				continue;
			}
			sel[i] = 1;
			found = 1;
			if (E->tmp.n == mark &&
			    sv_push(&E->tmp, a->source, (int)i, NULL, a->start, a->end))
				return E->err = RL_ENOMEM, RL_EPOLICY;
		}
		if (!found)
			return 0;
	} else {
		for (i = 0; i < na; i++)
			sel[i] = E->a->v[i].taken || r->include_untaken;
	}
	/* after the action conditions: the conversation is read only when an
	 * action got this far */
	if (r->injection) {
		if (conv_get(E))
			return RL_EPOLICY;
		if (!E->conv.any_inj)
			return 0;
	}
	if (r->content.n && (rc = cond_on(E, &r->content, &E->slots[SL_RESPONSE])) <= 0)
		return rc;
	if (r->reasoning.n && (rc = cond_on(E, &r->reasoning, &E->slots[SL_REASONING])) <= 0)
		return rc;
	if (r->input.n && (rc = cond_on(E, &r->input, &E->slots[SL_INPUT])) <= 0)
		return rc;
	if (r->text.n) {
		int a1 = cond_on(E, &r->text, &E->slots[SL_RESPONSE]);
		int a2 = a1 < 0 ? a1 : cond_on(E, &r->text, &E->slots[SL_REASONING]);
		if (a1 < 0 || a2 < 0)
			return RL_EPOLICY;
		if (!a1 && !a2)
			return 0;
	}
	if (r->answer_origin &&
	    (rc = answer_origin(E, r->answer_origin, &E->slots[SL_RESPONSE])) <= 0)
		return rc;
	if (r->coercion_answer && (rc = answer_coerces(E)) <= 0)
		return rc;
	if (r->third_party_answer || r->answer_contradicts || r->coercion_fate == 2) {
		const slot *re = &E->slots[SL_RESPONSE]; /* a claim first: the answer alone */
		if (r->answer_contradicts && !pol_contradict_cue(re->s, re->n))
			return 0;
		if (conv_get(E) || (E->conv.n && pol_conv_copies(&E->conv, &E->ar)))
			return E->err = E->err ? E->err : RL_ENOMEM, RL_EPOLICY;
		if (!pol_conv_answer_holds(r, &E->conv, &E->ar, re->s, re->n))
			return 0;
	}
	if (r->copies && !r->has_action_cond &&
	    (rc = copied(E, r, NULL, E->slots[SL_RESPONSE].s, E->slots[SL_RESPONSE].n)) <= 0)
		return rc;
	if (r->if_user.n && !r->copies && (rc = user_asked(E, &r->if_user)) <= 0)
		return rc;
	if (r->unless_user.n && (rc = user_asked(E, &r->unless_user)) != 0)
		return rc < 0 ? rc : 0;
	if (r->unless_tool.n && (rc = role_says(E, &r->unless_tool, RL_ROLE_TOOL)) != 0)
		return rc < 0 ? rc : 0;
	if (r->unless_asked || r->unless_asked_to) { /* request.c, safeguard.c (convcond.c) */
		if ((r->unless_asked ? conv_get(E) : conv_msgs(E)) ||
		    (E->conv.n && pol_conv_copies(&E->conv, &E->ar)))
			return E->err = E->err ? E->err : RL_ENOMEM, RL_EPOLICY;
		if (E->conv.n &&
		    (pol_conv_asked(r, &E->conv) || pol_conv_asked_bound(r, &E->conv, E->a, sel)))
			return 0;
	}
	if (r->detectors) {
		int d, any = 0;
		for (d = 0; d < POL_NDET; d++) {
			if (!(r->detectors & (1u << d)))
				continue;
			rc = det_fires(E, r, d, sel);
			if (rc < 0)
				return rc;
			any |= rc;
		}
		if (!any)
			return 0;
	}
	return 1;
}

typedef struct mrec {
	size_t rule;
	size_t first, n; /* in E->all */
	int detector;
} mrec;

static void decision_init(rl_policy_decision *d)
{
	memset(d, 0, sizeof *d);
}

static int fail_closed(rl_policy_decision *d, rl_err *e, int code, const char *name)
{
	rl_policy_decision_free(d);
	d->action = RL_POLICY_BLOCK;
	d->severity = RL_SEV_HIGH;
	return rl_err_set(e, RL_EPOLICY, "%s: policy evaluation failed (%s); failing closed", name,
			  rl_strerror(code));
}

/* An evaluation borrows its scratch's match context and arena (made once
 * per scratch, reset after each use): allocating a fresh 16 KB arena and a
 * match context per evaluation showed up in the guard's per-request
 * profile. */
static int scratch_ready(ev *E)
{
	pol_scratch *sc = E->sc;
	if (!sc->mctx) {
		if (!(sc->mctx = pcre2_match_context_create(NULL)))
			return RL_ENOMEM;
		pcre2_set_match_limit(sc->mctx, PCRE_MATCH_LIMIT);
	}
	if (!sc->ar.chunk)
		rl_arena_init(&sc->ar, 16384);
	if (!sc->always) { /* a pattern's index and the policy never change */
		size_t i;
		if (!(sc->always = calloc(E->nwords + 1, sizeof(uint64_t))))
			return RL_ENOMEM;
		for (i = 0; i < E->p->npats; i++)
			if (!E->p->pats[i].in_hs)
				sc->always[i >> 6] |= 1ull << (i & 63);
	}
	E->mctx = sc->mctx;
	E->ar = sc->ar;
	return 0;
}

static void scratch_done(ev *E)
{
	if (!E->sc) {
		rl_arena_free(&E->ar);
		return;
	}
	if (E->mctx) { /* scratch_ready ran: the arena is the scratch's */
		rl_arena_reset(&E->ar);
		E->sc->ar = E->ar;
	}
	pol_scratch_put(E->p, E->sc);
}

/* 1 when rule ri has action conditions and no action can meet them: no
 * action at all, or its tool is outside the rule's `tools:` for every one
 * (known from pol_tool_rules); rule_matches would return 0 for it. */
static int no_action_meets(const ev *E, size_t ri)
{
	const pol_rule *r = &E->p->rules[ri];
	size_t i;
	if (!r->has_action_cond)
		return 0;
	if (!E->a)
		return 1;
	for (i = 0; r->tools.n && i < E->a->n; i++)
		if (!E->tools_ok[i] || ((E->tools[i * E->rwords + (ri >> 6)] >> (ri & 63)) & 1))
			return 0;
	return r->tools.n > 0;
}

/* A tool or field name's glob key, computed once per evaluation: each is
 * tried against many globs (the default policy's thirty tool globs). */
static void name_key(ev *E, size_t at, const char *name)
{
	E->glen[at] = name ? strlen(name) : 0;
	E->gkey[at] = name ? pol_glob_key(name, E->glen[at]) : 0;
}

int rl_policy_eval(const rl_policy *p, const rl_actions *actions, const rl_transcript *t,
		   const char *input, size_t input_len, const rl_policy_ctx *ctx,
		   rl_policy_decision *d, rl_err *e)
{
	ev E;
	size_t i, j, nf = 0, nm = 0;
	unsigned char *sel = NULL;
	mrec *mr = NULL;
	const char *agent;
	int rc = 0;
	rl_arena *dar;

	decision_init(d);
	if (!p)
		return fail_closed(d, e, RL_EINVAL, "<policy>");
	if (actions && actions->truncated) {
		/* part of the response was never extracted: it cannot be allowed */
		fail_closed(d, NULL, RL_ELIMIT, p->name);
		return rl_err_set(e, RL_EPOLICY,
				  "%s: actions not fully extracted (%s); failing closed", p->name,
				  actions->truncated);
	}
	memset(&E, 0, sizeof E);
	E.p = p;
	E.a = actions && actions->n ? actions : NULL;
	E.t = t;
	E.nwords = ((p->nids > p->npats ? p->nids : p->npats) + 63) / 64; /* pieces too */
	E.ctx = ctx;
	if (!(E.sc = pol_scratch_get(p)))
		return fail_closed(d, e, RL_ENOMEM, p->name);
	if (scratch_ready(&E)) {
		rc = RL_ENOMEM;
		goto out;
	}
	if (E.a)
		for (i = 0; i < E.a->n; i++)
			nf += E.a->v[i].nfields;
	if (SL_FIELDS + nf > MAX_SLOTS) {
		rc = RL_ELIMIT;
		goto out;
	}
	E.nslots = SL_FIELDS + nf;
	E.slots = rl_arena_alloc(&E.ar, E.nslots * sizeof *E.slots);
	E.field_slot = rl_arena_alloc(&E.ar, (E.a ? E.a->n : 0) * sizeof(size_t) + 8);
	E.tgt = rl_arena_alloc(&E.ar, E.nslots + 1);
	E.gkey = rl_arena_alloc(&E.ar, (E.nslots + (E.a ? E.a->n : 0)) * sizeof *E.gkey + 8);
	E.glen = rl_arena_alloc(&E.ar, (E.nslots + (E.a ? E.a->n : 0)) * sizeof *E.glen + 8);
	E.rwords = (p->nrules + 63) / 64;
	E.tools = rl_arena_alloc(&E.ar, (E.a ? E.a->n : 0) * E.rwords * sizeof *E.tools + 8);
	E.tools_ok = rl_arena_alloc(&E.ar, (E.a ? E.a->n : 0) + 1);
	/* both written before they are read: the arena's, not zeroed */
	sel = rl_arena_alloc(&E.ar, (E.a ? E.a->n : 0) + 1);
	mr = rl_arena_alloc(&E.ar, (p->nrules + 1) * sizeof *mr);
	if (!E.slots || !E.field_slot || !E.tgt || !E.gkey || !E.glen || !E.tools || !E.tools_ok ||
	    !sel || !mr) {
		rc = RL_ENOMEM;
		goto out;
	}
	memset(E.tgt, 0, E.nslots); /* the arena's memory is not zeroed */
	if ((rc = slot_init(&E, &E.slots[SL_RESPONSE], t ? t->response : NULL,
			    t && t->response ? t->response_len : 0, RL_SRC_RESPONSE, -1, NULL)) ||
	    (rc = slot_init(&E, &E.slots[SL_REASONING], t ? t->reasoning : NULL,
			    t && t->reasoning ? t->reasoning_len : 0, RL_SRC_REASONING, -1,
			    NULL)) ||
	    (rc = slot_init(&E, &E.slots[SL_INPUT], input, input ? input_len : 0,
			    RL_POLICY_SRC_INPUT, -1, NULL)))
		goto out;
	nf = SL_FIELDS;
	for (i = 0; E.a && i < E.a->n; i++) {
		const rl_action *a = &E.a->v[i];
		E.field_slot[i] = nf;
		name_key(&E, E.nslots + i, a->tool);
		E.tools_ok[i] = (unsigned char)pol_tool_rules(p, a->tool, E.glen[E.nslots + i],
							      E.gkey[E.nslots + i], E.sc->md,
							      E.mctx, E.tools + i * E.rwords);
		for (j = 0; j < a->nfields; j++, nf++) {
			if ((rc = slot_init(&E, &E.slots[nf], a->fields[j].value,
					    a->fields[j].value ? a->fields[j].len : 0, a->source,
					    (int)i, a->fields[j].name)))
				goto out;
			name_key(&E, nf, a->fields[j].name);
		}
	}

	agent = rl_policy_agent(p, ctx);
	for (i = 0; i < p->nrules; i++) {
		const pol_rule *r = &p->rules[i];
		int m;
		if (!agent_ok(r, agent) || no_action_meets(&E, i))
			continue;
		m = rule_matches(&E, r, sel);
		if (m < 0) {
			rc = E.err ? E.err : RL_EPOLICY;
			goto out;
		}
		if (!m)
			continue;
		mr[nm].rule = i;
		mr[nm].first = E.all.n;
		mr[nm].detector = -1;
		if (r->detectors && !(r->detectors & (r->detectors - 1)))
			mr[nm].detector = __builtin_ctz(r->detectors);
		for (j = 0; j < E.tmp.n; j++)
			if (sv_push(&E.all, E.tmp.v[j].source, E.tmp.v[j].action, E.tmp.v[j].field,
				    E.tmp.v[j].start, E.tmp.v[j].end)) {
				rc = RL_ENOMEM;
				goto out;
			}
		mr[nm].n = E.all.n - mr[nm].first;
		nm++;
	}

	/* Build the decision in its own arena. */
	dar = rl_zalloc(1, sizeof *dar);
	if (!dar) {
		rc = RL_ENOMEM;
		goto out;
	}
	rl_arena_init(dar, 4096);
	d->mem = dar;
	d->action = p->default_action;
	d->severity = RL_SEV_INFO;
	if (nm) {
		size_t nred = 0, at = 0;
		d->matches = rl_arena_alloc(dar, nm * sizeof *d->matches);
		if (!d->matches) {
			rc = RL_ENOMEM;
			goto out;
		}
		for (i = 0; i < nm; i++) {
			const pol_rule *r = &p->rules[mr[i].rule];
			rl_policy_match *m = &d->matches[i];
			m->rule = r->id;
			m->message = r->desc;
			m->action = r->action;
			m->severity = r->severity;
			m->priority = r->priority;
			m->detector =
				mr[i].detector >= 0 ? pol_detector_name(mr[i].detector) : NULL;
			m->nspans = mr[i].n;
			m->spans = rl_arena_alloc(dar, (mr[i].n + 1) * sizeof *m->spans);
			if (!m->spans) {
				rc = RL_ENOMEM;
				goto out;
			}
			if (mr[i].n) /* a rule on the answer as a whole may carry no span */
				memcpy(m->spans, E.all.v + mr[i].first, mr[i].n * sizeof *m->spans);
			if (r->severity > d->severity)
				d->severity = r->severity;
			if (r->action == RL_POLICY_REDACT)
				nred += mr[i].n;
		}
		d->nmatches = nm;
		/* Rules are sorted by priority, then restrictiveness: the first decides. */
		d->action = d->matches[0].action;
		d->rule = d->matches[0].rule;
		if (nred) {
			d->redact = rl_arena_alloc(dar, nred * sizeof *d->redact);
			if (!d->redact) {
				rc = RL_ENOMEM;
				goto out;
			}
			for (i = 0; i < nm; i++)
				if (d->matches[i].action == RL_POLICY_REDACT) {
					memcpy(d->redact + at, d->matches[i].spans,
					       d->matches[i].nspans * sizeof *d->redact);
					at += d->matches[i].nspans;
				}
			d->nredact = at;
		}
	}
out:
	free(E.tmp.v);
	free(E.all.v);
	pol_harm_memo_free(&E.harm);
	scratch_done(&E);
	if (rc)
		return fail_closed(d, e, rc, p->name);
	return 0;
}

int rl_policy_check(const rl_policy *p, const rl_transcript *t, const char *input, size_t input_len,
		    const rl_policy_ctx *ctx, rl_actions *a, rl_policy_decision *d, rl_err *e)
{
	rl_transcript empty = {0};
	int rc = rl_actions_extract(t ? t : &empty, a, e);
	if (rc) {
		decision_init(d);
		return fail_closed(d, e, rc, p ? p->name : "<policy>");
	}
	return rl_policy_eval(p, a, t, input, input_len, ctx, d, e);
}

void rl_policy_decision_free(rl_policy_decision *d)
{
	if (!d)
		return;
	if (d->mem) {
		rl_arena_free(d->mem);
		free(d->mem);
	}
	memset(d, 0, sizeof *d);
}

/* ---- redaction ------------------------------------------------------------- */

int rl_policy_redact_input(const rl_policy *p, const char *text, size_t n, rl_buf *out,
			   size_t *count, rl_err *e)
{
	ev E;
	int rc = 0;
	size_t i;

	if (count)
		*count = 0;
	if (!p->sensitive.n)
		return rl_buf_add(out, text, n) ? rl_err_set(e, RL_ENOMEM, "out of memory") : 0;
	memset(&E, 0, sizeof E);
	E.p = p;
	E.nwords = ((p->nids > p->npats ? p->nids : p->npats) + 63) / 64; /* pieces too */
	if (!(E.sc = pol_scratch_get(p)) || scratch_ready(&E)) {
		rc = RL_ENOMEM;
		goto out;
	}
	E.slots = rl_arena_alloc(&E.ar, sizeof *E.slots);
	if (!E.slots) {
		rc = RL_ENOMEM;
		goto out;
	}
	if ((rc = slot_init(&E, E.slots, text, n, RL_POLICY_SRC_INPUT, -1, NULL)))
		goto out;
	for (i = 0; i < p->sensitive.n; i++)
		if (confirm(&E, E.slots, p->sensitive.v[i], &E.tmp, SIZE_MAX) < 0) {
			rc = E.err ? E.err : RL_EPOLICY;
			goto out;
		}
	if (count)
		*count = E.tmp.n;
	rc = pol_splice(p, E.tmp.v, E.tmp.n, text, n, out);
out:
	free(E.tmp.v);
	scratch_done(&E);
	if (rc)
		return rl_err_set(e, RL_EPOLICY, "%s: redaction failed (%s)", p->name,
				  rl_strerror(rc));
	return 0;
}
