/* findings.c: what the monitor writes: one JSON object a line per policy
 * match (rule, severity, evidence spans with bounded excerpts cut on
 * UTF-8 boundaries), handed to judge escalation when a judge is set, and
 * the malformed-line reports on the diagnostic stream (the first few, then
 * a count). */
#include "monitor/internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/policy_int.h"
#include "redline/action.h"

#define EXCERPT_CONTEXT 60
#define MAX_EVIDENCE 3
#define MAX_MALFORMED_REPORTS 50
static size_t rule_index(const rl_policy *p, const char *id)
{
	size_t i;
	for (i = 0; i < p->nrules; i++)
		if (p->rules[i].id == id || !strcmp(p->rules[i].id, id))
			return i;
	return 0;
}
/* ---- findings ----------------------------------------------------------- */

/* Start an excerpt on a UTF-8 character boundary. */
static size_t cp_start(const char *s, size_t n, size_t i)
{
	while (i > 0 && i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	return i;
}

static void json_str(rl_buf *b, const char *k, const char *v, size_t n)
{
	rl_buf_addf(b, ",\"%s\":\"", k);
	rl_buf_add_json(b, v, n);
	rl_buf_addc(b, '"');
}

/* The text a span's offsets refer to (a field of an action, the response,
 * the reasoning or the input), or NULL. */
static const char *span_text(const rl_policy_span *sp, const mon_unit *u, const rl_actions *a,
			     size_t *n)
{
	if (sp->action >= 0 && a && (size_t)sp->action < a->n && sp->field) {
		const rl_field *f = rl_action_field(&a->v[sp->action], sp->field);
		if (f) {
			*n = f->len;
			return f->value;
		}
	} else if (sp->source == RL_SRC_RESPONSE) {
		*n = u->response.len;
		return u->response.s;
	} else if (sp->source == RL_SRC_REASONING) {
		*n = u->reasoning.len;
		return u->reasoning.s;
	} else if (sp->source == RL_POLICY_SRC_INPUT) {
		*n = u->input.len;
		return u->input.s;
	}
	*n = 0;
	return NULL;
}

static void evidence_json(rl_buf *b, const rl_policy_span *sp, const mon_unit *u,
			  const rl_actions *a)
{
	size_t tn = 0;
	const char *text = span_text(sp, u, a, &tn);

	rl_buf_addf(b, "{\"source\":\"%s\"", rl_policy_source_name(sp->source));
	if (sp->action >= 0 && a && (size_t)sp->action < a->n) {
		rl_buf_addf(b, ",\"action\":%d", sp->action);
		json_str(b, "tool", a->v[sp->action].tool ? a->v[sp->action].tool : "",
			 a->v[sp->action].tool ? strlen(a->v[sp->action].tool) : 0);
	}
	if (sp->field)
		json_str(b, "field", sp->field, strlen(sp->field));
	rl_buf_addf(b, ",\"start\":%zu,\"end\":%zu", sp->start, sp->end);
	if (text && sp->start <= sp->end && sp->end <= tn) {
		size_t s = sp->start > EXCERPT_CONTEXT ? sp->start - EXCERPT_CONTEXT : 0;
		size_t e = sp->end + EXCERPT_CONTEXT < tn ? sp->end + EXCERPT_CONTEXT : tn;
		size_t ms = sp->end - sp->start > 400 ? sp->start + 400 : sp->end;
		s = cp_start(text, tn, s);
		e = cp_start(text, tn, e);
		ms = cp_start(text, tn, ms);
		json_str(b, "match", text + sp->start, ms - sp->start);
		json_str(b, "excerpt", text + s, e - s);
	}
	rl_buf_addc(b, '}');
}

/* What the judge reads of one message: labelled like classification's
 * transcript view, so the judge tells final answer from reasoning. */
static void judge_view(rl_buf *t, const mon_unit *u)
{
	rl_buf_reset(t);
	if (!u->assistant) {
		rl_buf_addf(t, "[%s message]\n", u->role);
		rl_buf_add(t, u->input.s, u->input.len);
		return;
	}
	rl_buf_adds(t, "[final response]\n");
	rl_buf_add(t, u->response.s, u->response.len);
	if (u->reasoning.len) {
		rl_buf_adds(t, "\n[private reasoning, kept apart by the provider]\n");
		rl_buf_add(t, u->reasoning.s, u->reasoning.len);
	}
	if (u->native.len) {
		rl_buf_adds(t, "\n[native tool calls]\n");
		rl_buf_add(t, u->native.s, u->native.len);
	}
}

int mon_emit(rl_monitor *m, mon_src *S, uint64_t line, uint64_t off, const char *conv,
	     const mon_unit *u, const rl_actions *a, const rl_policy_decision *d)
{
	size_t i, k;
	int viewed = 0;
	for (i = 0; i < d->nmatches; i++) {
		const rl_policy_match *mt = &d->matches[i];
		rl_buf *b = &m->outb;
		size_t ri = rule_index(m->o.policy, mt->rule);
		if (mt->severity < m->o.min_severity)
			continue;
		m->st.findings++;
		m->st.by_severity[mt->severity]++;
		if (ri < m->st.nrules)
			m->st.rules[ri].findings++;
		rl_buf_reset(b);
		rl_buf_adds(b, "{\"file\":\"");
		rl_buf_add_json(b, S->path, strlen(S->path));
		rl_buf_addf(b, "\",\"line\":%llu,\"offset\":%llu", (unsigned long long)line,
			    (unsigned long long)off);
		json_str(b, "conversation", conv, strlen(conv));
		rl_buf_addf(b, ",\"message\":%d", u->index);
		json_str(b, "role", u->role, strlen(u->role));
		json_str(b, "rule", mt->rule, strlen(mt->rule));
		rl_buf_addf(b, ",\"severity\":\"%s\",\"action\":\"%s\"",
			    rl_severity_name(mt->severity), rl_policy_action_name(mt->action));
		if (mt->detector)
			json_str(b, "detector", mt->detector, strlen(mt->detector));
		rl_buf_adds(b, ",\"evidence\":[");
		for (k = 0; k < mt->nspans && k < MAX_EVIDENCE; k++) {
			if (k)
				rl_buf_addc(b, ',');
			evidence_json(b, &mt->spans[k], u, a);
		}
		rl_buf_addc(b, ']');
		if (m->esc) {
			mon_esc_finding f;
			char where[400];
			size_t sn = 0;
			const char *st = mt->nspans ? span_text(&mt->spans[0], u, a, &sn) : NULL;
			rl_err e;
			int rc;
			if (!viewed++)
				judge_view(&m->jtext, u);
			memset(&f, 0, sizeof f);
			f.finding = b->s;
			f.finding_len = b->len;
			f.rule = ri;
			f.severity = mt->severity;
			f.rule_id = mt->rule;
			f.rule_desc = mt->message;
			snprintf(where, sizeof where, "%s message %d%s%.200s", u->role, u->index,
				 conv[0] ? " of conversation " : "", conv);
			f.where = where;
			f.text = m->jtext.s;
			f.text_len = m->jtext.len;
			if (st && mt->spans[0].start <= mt->spans[0].end &&
			    mt->spans[0].end <= sn) {
				f.match = st + mt->spans[0].start;
				f.match_len = mt->spans[0].end - mt->spans[0].start;
				if (st == u->response.s)
					f.ev_start =
						strlen("[final response]\n") + mt->spans[0].start;
			}
			if ((rc = mon_esc_submit(m->esc, &f, m->o.stop, &e)))
				return rc;
			continue;
		}
		m->st.counted_by_severity[mt->severity]++;
		rl_buf_adds(b, "}\n");
		if (fwrite(b->s, 1, b->len, m->o.out) != b->len)
			return RL_EIO;
	}
	return 0;
}

void mon_malformed(rl_monitor *m, mon_src *S, uint64_t line, const char *why)
{
	m->st.malformed++;
	if (!m->o.diag)
		return;
	if (m->st.malformed <= MAX_MALFORMED_REPORTS) {
		rl_buf b = RL_BUF_INIT;
		rl_buf_addf(&b, "redline monitor: %s:%llu: ", S->path, (unsigned long long)line);
		rl_buf_add_term(&b, why, strlen(why));
		rl_buf_adds(&b, "; line skipped\n");
		fwrite(b.s, 1, b.len, m->o.diag);
		rl_buf_free(&b);
	} else if (m->st.malformed == MAX_MALFORMED_REPORTS + 1) {
		fprintf(m->o.diag, "redline monitor: more malformed lines; counting only\n");
	}
}
