/* monitor.c: the monitor's life cycle (rl_monitor_new, the policy switch
 * of follow mode, finish, free) and its summaries (text and JSON). The
 * work is in read.c (reading and splitting logs), follow.c (growing
 * files), line.c (the decision for one line) and findings.c (what is
 * written); monitor/internal.h is what they share. */
#include "monitor/internal.h"

#include <stdlib.h>
#include <string.h>

#include "policy/policy_int.h"

#define DEFAULT_BLOCK ((size_t)128 << 10)
#define DEFAULT_MAX_LINE ((size_t)64 << 20)

static void policy_traits(rl_monitor *m, const rl_policy *p);

int rl_monitor_new(const rl_monitor_opts *o, rl_monitor **out, rl_err *e)
{
	rl_monitor *m = calloc(1, sizeof *m);
	const rl_policy *p = o->policy;
	int rc;

	*out = NULL;
	if (!m)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	m->o = *o;
	if (!m->o.block)
		m->o.block = DEFAULT_BLOCK;
	if (!m->o.max_line)
		m->o.max_line = DEFAULT_MAX_LINE;
	if (m->o.poll_ms <= 0)
		m->o.poll_ms = 200;
	rl_buf_init(&m->work);
	rl_buf_init(&m->blk);
	rl_buf_init(&m->outb);
	if ((rc = mon_prefilter_new(p, &m->pf, e))) {
		free(m);
		return rc;
	}
	m->st.nrules = rl_policy_nrules(p);
	m->st.rules = calloc(m->st.nrules + 1, sizeof *m->st.rules);
	if (!m->st.rules) {
		rl_monitor_free(m);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	policy_traits(m, p);
	rl_buf_init(&m->intext);
	if (o->judge && (rc = mon_esc_new(&m->o, &m->st, &m->esc, e))) {
		rl_monitor_free(m);
		return rc;
	}
	*out = m;
	return 0;
}

/* What follows from the policy: whether input rules exist, whether the
 * conversation is read, and the fast path. */
static void policy_traits(rl_monitor *m, const rl_policy *p)
{
	size_t i;
	m->uses_input = 0;
	for (i = 0; i < p->nrules; i++)
		if (p->rules[i].input.n || (p->rules[i].scope & SCOPE_INPUT))
			m->uses_input = 1;
	m->uses_context = rl_policy_uses_context(p);
	m->fast = !m->o.full_parse && !m->o.scan_history && !m->uses_input;
}

int rl_monitor_set_policy(rl_monitor *m, const rl_policy *p, rl_err *e)
{
	mon_prefilter *pf;
	rl_monitor_rule_stat *rs;
	const rl_policy *old = m->o.policy;
	size_t i, j;
	int rc;
	if ((rc = mon_prefilter_new(p, &pf, e)))
		return rc;
	rs = calloc(rl_policy_nrules(p) + 1, sizeof *rs);
	if (!rs) {
		mon_prefilter_free(pf);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	/* counts follow their rule id into the new policy */
	for (i = 0; i < p->nrules; i++)
		for (j = 0; j < old->nrules && j < m->st.nrules; j++)
			if (!strcmp(p->rules[i].id, old->rules[j].id)) {
				rs[i] = m->st.rules[j];
				break;
			}
	mon_prefilter_free(m->pf);
	m->pf = pf;
	free(m->st.rules);
	m->st.rules = rs;
	m->st.nrules = rl_policy_nrules(p);
	m->o.policy = p;
	policy_traits(m, p);
	return 0;
}

int rl_monitor_finish(rl_monitor *m, rl_err *e)
{
	int rc;
	if (!m->esc)
		return 0;
	rc = mon_esc_finish(m->esc, m->o.stop);
	fflush(m->o.out);
	return rc ? rl_err_set(e, rc, "writing findings failed") : 0;
}

void rl_monitor_free(rl_monitor *m)
{
	if (!m)
		return;
	mon_esc_free(m->esc);
	mon_prefilter_free(m->pf);
	free(m->st.rules);
	free(m->msgs);
	free(m->msg_at);
	rl_buf_free(&m->intext);
	rl_buf_free(&m->work);
	rl_buf_free(&m->blk);
	rl_buf_free(&m->outb);
	rl_buf_free(&m->jtext);
	free(m);
}

const rl_monitor_stats *rl_monitor_stats_get(const rl_monitor *m)
{
	return &m->st;
}
/* ---- summary ---------------------------------------------------------------- */

int rl_monitor_summary_text(const rl_monitor *m, rl_buf *b)
{
	const rl_policy *p = m->o.policy;
	size_t i;
	rl_buf_addf(b,
		    "redline monitor: %llu file(s), %llu lines, %.1f MB, %llu parsed, "
		    "%llu finding(s), %llu malformed line(s) skipped\n",
		    (unsigned long long)m->st.files, (unsigned long long)m->st.lines,
		    (double)m->st.bytes / 1e6, (unsigned long long)m->st.parsed,
		    (unsigned long long)m->st.findings, (unsigned long long)m->st.malformed);
	if (m->esc)
		rl_buf_addf(b,
			    "judge %s: %llu finding(s) asked, %llu confirmed, %llu rejected, "
			    "%llu unknown (%llu judge error(s)); unknown findings count toward "
			    "the threshold\n",
			    mon_esc_model(m->esc), (unsigned long long)m->st.judge_asked,
			    (unsigned long long)m->st.judge_confirmed,
			    (unsigned long long)m->st.judge_rejected,
			    (unsigned long long)m->st.judge_unknown,
			    (unsigned long long)m->st.judge_errors);
	if (!m->st.findings)
		return 0;
	rl_buf_addf(b, "  %-34s %-9s %-7s %s%s\n", "rule", "severity", "action", "findings",
		    m->esc ? "  confirmed  rejected  unknown" : "");
	for (i = 0; i < m->st.nrules; i++) {
		const rl_monitor_rule_stat *r = &m->st.rules[i];
		if (!r->findings)
			continue;
		rl_buf_addf(b, "  %-34s %-9s %-7s %-8llu", p->rules[i].id,
			    rl_severity_name(p->rules[i].severity),
			    rl_policy_action_name(p->rules[i].action),
			    (unsigned long long)r->findings);
		if (m->esc)
			rl_buf_addf(b, "  %-9llu  %-8llu  %llu", (unsigned long long)r->confirmed,
				    (unsigned long long)r->rejected,
				    (unsigned long long)r->unknown);
		rl_buf_addc(b, '\n');
	}
	return 0;
}

int rl_monitor_summary_json(const rl_monitor *m, rl_buf *b)
{
	const rl_policy *p = m->o.policy;
	size_t i;
	int first = 1;
	rl_buf_addf(b,
		    "{\"files\":%llu,\"lines\":%llu,\"bytes\":%llu,\"parsed\":%llu,"
		    "\"malformed\":%llu,\"findings\":%llu,\"by_severity\":{",
		    (unsigned long long)m->st.files, (unsigned long long)m->st.lines,
		    (unsigned long long)m->st.bytes, (unsigned long long)m->st.parsed,
		    (unsigned long long)m->st.malformed, (unsigned long long)m->st.findings);
	for (i = 0; i < 5; i++)
		rl_buf_addf(b, "%s\"%s\":%llu", i ? "," : "", rl_severity_name((int)i),
			    (unsigned long long)m->st.by_severity[i]);
	rl_buf_adds(b, "},\"counted_by_severity\":{");
	for (i = 0; i < 5; i++)
		rl_buf_addf(b, "%s\"%s\":%llu", i ? "," : "", rl_severity_name((int)i),
			    (unsigned long long)m->st.counted_by_severity[i]);
	rl_buf_adds(b, "},\"judge\":");
	if (m->esc) {
		rl_buf_adds(b, "{\"model\":\"");
		rl_buf_add_json(b, mon_esc_model(m->esc), strlen(mon_esc_model(m->esc)));
		rl_buf_addf(
			b,
			"\",\"asked\":%llu,\"confirmed\":%llu,\"rejected\":%llu,\"unknown\":%llu,"
			"\"errors\":%llu}",
			(unsigned long long)m->st.judge_asked,
			(unsigned long long)m->st.judge_confirmed,
			(unsigned long long)m->st.judge_rejected,
			(unsigned long long)m->st.judge_unknown,
			(unsigned long long)m->st.judge_errors);
	} else {
		rl_buf_adds(b, "null");
	}
	rl_buf_addf(b, ",\"follow\":{\"inotify_wakeups\":%llu,\"poll_wakeups\":%llu}",
		    (unsigned long long)m->st.wakeups_inotify,
		    (unsigned long long)m->st.wakeups_poll);
	rl_buf_adds(b, ",\"rules\":[");
	for (i = 0; i < m->st.nrules; i++) {
		const rl_monitor_rule_stat *r = &m->st.rules[i];
		rl_buf_addf(b, "%s{\"rule\":\"", first ? "" : ",");
		rl_buf_add_json(b, p->rules[i].id, strlen(p->rules[i].id));
		rl_buf_addf(b, "\",\"severity\":\"%s\",\"action\":\"%s\",\"findings\":%llu",
			    rl_severity_name(p->rules[i].severity),
			    rl_policy_action_name(p->rules[i].action),
			    (unsigned long long)r->findings);
		if (m->esc)
			rl_buf_addf(b, ",\"confirmed\":%llu,\"rejected\":%llu,\"unknown\":%llu",
				    (unsigned long long)r->confirmed,
				    (unsigned long long)r->rejected,
				    (unsigned long long)r->unknown);
		rl_buf_addc(b, '}');
		first = 0;
	}
	rl_buf_adds(b, "]}\n");
	return 0;
}
