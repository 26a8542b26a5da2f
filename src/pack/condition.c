/* condition.c: condition ids, `scenario_goaltype-goalvalue_urgency` plus
 * ablation suffixes. The base form is the original study's, so its
 * result folders and redline's line up; suffixes have one canonical order
 * so that one condition has exactly one id. */
#include "redline/pack.h"

#include <stdio.h>
#include <string.h>

static const struct {
	unsigned bit;
	const char *name;
} ablations[] = {
	{RL_ABL_PROD, "prod"},
	{RL_ABL_PROHIBIT, "prohibit"},
	{RL_ABL_EXTRA_GOAL, "extragoal"},
	{RL_ABL_EVAL_NOTICE, "evalnotice"},
	{RL_ABL_NO_GOAL, "nogoal"},
	{RL_ABL_COMPARTMENT, "compartment"},
	{RL_ABL_CONSTITUTION, "constitution"},
	{RL_ABL_NAME, "name"},
	{RL_ABL_OVERSIGHT, "oversight"}, /* the guard in the loop: a runtime */
	{RL_ABL_MONITOR, "monitor"},     /* defense, not an ablation */
	{RL_ABL_TWIN, "twin"},           /* the benign twin: a variant, not an ablation */
	{RL_ABL_TOOLS, "tools"},         /* the interface, not an ablation: last, so a
					  * text id plus "_tools" is its tool form */
};
#define NABL (sizeof ablations / sizeof ablations[0])

const char *rl_ablation_name(unsigned bit)
{
	size_t i;
	for (i = 0; i < NABL; i++)
		if (ablations[i].bit == bit)
			return ablations[i].name;
	return NULL;
}

static int is_word_n(const char *s, size_t n)
{
	size_t i;
	if (!n)
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			return 0;
	}
	return 1;
}

static int copy_part(char *dst, const char *src, size_t n, const char *what, const char *id,
		     rl_err *e)
{
	if (!is_word_n(src, n))
		return rl_err_set(e, RL_EINVAL,
				  "condition '%.200s': %s '%.*s' must be letters and digits "
				  "(expected scenario_goaltype-goalvalue_urgency[_suffix...])",
				  id, what, (int)(n > 100 ? 100 : n), src);
	if (n >= RL_COND_PART_MAX)
		return rl_err_set(e, RL_ELIMIT, "condition '%.200s': %s is longer than %d bytes",
				  id, what, RL_COND_PART_MAX - 1);
	memcpy(dst, src, n);
	dst[n] = '\0';
	return 0;
}

int rl_condition_set(rl_condition *c, const char *scenario, const char *goal_type,
		     const char *goal_value, const char *urgency, rl_err *e)
{
	int rc;
	memset(c, 0, sizeof *c);
	if ((rc = copy_part(c->scenario, scenario, strlen(scenario), "scenario", scenario, e)) ||
	    (rc = copy_part(c->goal_type, goal_type, strlen(goal_type), "goal type", goal_type,
			    e)) ||
	    (rc = copy_part(c->goal_value, goal_value, strlen(goal_value), "goal value", goal_value,
			    e)) ||
	    (rc = copy_part(c->urgency, urgency, strlen(urgency), "urgency", urgency, e)))
		return rc;
	return 0;
}

int rl_condition_parse(const char *id, rl_condition *c, rl_err *e)
{
	const char *p = id, *us, *dash;
	size_t n;
	int rc;

	memset(c, 0, sizeof *c);
	if (strlen(id) >= RL_COND_ID_MAX)
		return rl_err_set(e, RL_ELIMIT, "condition id is longer than %d bytes",
				  RL_COND_ID_MAX - 1);
	/* scenario */
	us = strchr(p, '_');
	if (!us)
		return rl_err_set(e, RL_EINVAL,
				  "condition '%s': expected scenario_goaltype-goalvalue_urgency",
				  id);
	if ((rc = copy_part(c->scenario, p, (size_t)(us - p), "scenario", id, e)))
		return rc;
	/* goaltype-goalvalue */
	p = us + 1;
	us = strchr(p, '_');
	if (!us)
		return rl_err_set(e, RL_EINVAL,
				  "condition '%s': expected '_urgency' after the goal", id);
	dash = memchr(p, '-', (size_t)(us - p));
	if (!dash)
		return rl_err_set(
			e, RL_EINVAL,
			"condition '%s': expected goaltype-goalvalue (e.g. explicit-america, none-none) after the scenario",
			id);
	if ((rc = copy_part(c->goal_type, p, (size_t)(dash - p), "goal type", id, e)) ||
	    (rc = copy_part(c->goal_value, dash + 1, (size_t)(us - dash - 1), "goal value", id, e)))
		return rc;
	/* urgency */
	p = us + 1;
	us = strchr(p, '_');
	n = us ? (size_t)(us - p) : strlen(p);
	if ((rc = copy_part(c->urgency, p, n, "urgency", id, e)))
		return rc;
	/* suffixes */
	while (us) {
		size_t i;
		p = us + 1;
		us = strchr(p, '_');
		n = us ? (size_t)(us - p) : strlen(p);
		if (n > 5 && !strncmp(p, "name-", 5)) {
			if (c->ablations & RL_ABL_NAME)
				return rl_err_set(e, RL_EINVAL,
						  "condition '%s': suffix '_name-' given twice",
						  id);
			if ((rc = copy_part(c->agent_name, p + 5, n - 5, "agent name", id, e)))
				return rc;
			c->ablations |= RL_ABL_NAME;
			continue;
		}
		for (i = 0; i < NABL; i++)
			if (ablations[i].bit != RL_ABL_NAME && strlen(ablations[i].name) == n &&
			    !strncmp(p, ablations[i].name, n))
				break;
		if (i == NABL)
			return rl_err_set(
				e, RL_EINVAL,
				"condition '%s': unknown suffix '_%.*s' (expected _prod, _prohibit, "
				"_extragoal, _evalnotice, _nogoal, _compartment, _constitution, _name-<Name>, _oversight, _monitor, _twin or _tools)",
				id, (int)(n > 64 ? 64 : n), p);
		if (c->ablations & ablations[i].bit)
			return rl_err_set(e, RL_EINVAL, "condition '%s': suffix '_%s' given twice",
					  id, ablations[i].name);
		c->ablations |= ablations[i].bit;
	}
	return 0;
}

int rl_condition_format(const rl_condition *c, char *out, size_t n)
{
	size_t i, k;
	int w = snprintf(out, n, "%s_%s-%s_%s", c->scenario, c->goal_type, c->goal_value,
			 c->urgency);
	if (w < 0 || (size_t)w >= n)
		return RL_ELIMIT;
	k = (size_t)w;
	for (i = 0; i < NABL; i++) {
		if (!(c->ablations & ablations[i].bit))
			continue;
		if (ablations[i].bit == RL_ABL_NAME)
			w = snprintf(out + k, n - k, "_name-%s", c->agent_name);
		else
			w = snprintf(out + k, n - k, "_%s", ablations[i].name);
		if (w < 0 || (size_t)w >= n - k)
			return RL_ELIMIT;
		k += (size_t)w;
	}
	return 0;
}
