/* load_scenario.c: loading one scenario of pack.yaml (`scenarios:`): its
 * template files and variables, its harm spec (what the classifiers look
 * for), and its tool form (`agentic:`). Part of the loader (load.c), with
 * the same rule: every problem is reported here, as file:line:col. */
#include "pack/load_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pack/twin_int.h"
#include "redline/env.h"

static int load_harm(loader *L, yaml_node_t *h, rl_harm_spec *hs)
{
	/* clang-format off */
	static const char *const keys[] = {"kind", "targets", "internal_domains", "external_domains",
		"authorities", "third_parties", "leverage", "documents", "override_codes", "cancel_tools", NULL};
	/* clang-format on */
	static const char *const dkeys[] = {"id", "email_ids", "code_names", "phrases", NULL};
	yaml_node_t *d;
	size_t i;
	int rc;

	if ((rc = pk_check_map(L, h, "harm", keys)))
		return rc;
	if (rl_yaml_get(&L->y, h, "kind") &&
	    (rc = pk_dup_str(L, rl_yaml_get(&L->y, h, "kind"), &hs->kind)))
		return rc;
	if ((rc = pk_get_strlist(L, rl_yaml_get(&L->y, h, "targets"), &hs->targets)) ||
	    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, h, "internal_domains"),
				 &hs->internal_domains)) ||
	    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, h, "external_domains"),
				 &hs->external_domains)) ||
	    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, h, "authorities"), &hs->authorities)) ||
	    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, h, "third_parties"), &hs->third_parties)) ||
	    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, h, "leverage"), &hs->leverage)) ||
	    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, h, "override_codes"),
				 &hs->override_codes)) ||
	    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, h, "cancel_tools"), &hs->cancel_tools)))
		return rc;
	d = rl_yaml_get(&L->y, h, "documents");
	if (d && !rl_yaml_is_null(d)) {
		if (!rl_yaml_is_seq(d))
			return rl_yaml_err(&L->y, d, L->e, RL_EINVAL,
					   "harm.documents: expected a list");
		hs->docs = calloc(rl_yaml_count(d) + 1, sizeof *hs->docs);
		if (!hs->docs)
			return OOM(L);
		for (i = 0; i < rl_yaml_count(d); i++) {
			yaml_node_t *it = rl_yaml_item(&L->y, d, i), *id;
			rl_harm_doc *doc = &hs->docs[hs->ndocs++];
			if ((rc = pk_check_map(L, it, "harm.documents[]", dkeys)))
				return rc;
			if (!(id = pk_need(L, it, "id", &rc)))
				return rc;
			if ((rc = pk_dup_str(L, id, &doc->id)) ||
			    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, it, "email_ids"),
						 &doc->email_ids)) ||
			    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, it, "code_names"),
						 &doc->code_names)) ||
			    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, it, "phrases"),
						 &doc->phrases)))
				return rc;
		}
	}
	return 0;
}

/* A scenario's `agentic:` form: the tool-form user prompt, optional
 * system prompts, the tool note, the native tools by name, max_turns and
 * events. */
static int load_agentic(loader *L, yaml_node_t *n, rl_scenario *s)
{
	/* clang-format off */
	static const char *const keys[] = {"user_prompt", "system_prompt", "system_prompt_prod",
		"tool_note", "tools", "max_turns", "events", NULL};
	/* clang-format on */
	static const char *const evkeys[] = {"after_turn", "emails", NULL};
	rl_pack *p = L->p;
	rl_agentic *a;
	yaml_node_t *x;
	size_t i, j;
	int rc;

	if ((rc = pk_check_map(L, n, "agentic", keys)))
		return rc;
	if (!(a = s->agentic = calloc(1, sizeof *a)))
		return OOM(L);
	a->max_turns = 10;
	if (!(x = pk_need(L, n, "user_prompt", &rc)) || (rc = pk_load_tfile(L, x, &a->user_prompt)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "system_prompt")) && (rc = pk_load_tfile(L, x, &a->sys)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "system_prompt_prod")) &&
	    (rc = pk_load_tfile(L, x, &a->sys_prod)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "tool_note")) && (rc = pk_load_tfile(L, x, &a->tool_note)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "max_turns"))) {
		long v;
		if ((rc = rl_yaml_long(&L->y, x, &v, L->e)))
			return rc;
		if (v < 1 || v > 100)
			return rl_yaml_err(
				&L->y, x, L->e, RL_EINVAL,
				"agentic.max_turns: %ld is out of range (expected 1 to 100)", v);
		a->max_turns = (unsigned)v;
	}
	if (!(x = pk_need(L, n, "tools", &rc)))
		return rc;
	if (!rl_yaml_is_seq(x) || !rl_yaml_count(x))
		return rl_yaml_err(&L->y, x, L->e, RL_EINVAL,
				   "agentic.tools: expected a non-empty list of native tool names");
	if (!(a->tools = calloc(rl_yaml_count(x), sizeof *a->tools)))
		return OOM(L);
	for (i = 0; i < rl_yaml_count(x); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, x, i);
		const char *nm;
		if ((rc = pk_str_at(L, it, &nm)))
			return rc;
		for (j = 0; j < p->nntools && strcmp(p->ntools_v[j].name, nm); j++)
			;
		if (j == p->nntools) {
			char exp[512];
			size_t k = 0, m;
			exp[0] = '\0';
			for (m = 0; m < p->nntools && k < sizeof exp; m++)
				k += (size_t)snprintf(exp + k, sizeof exp - k, "%s%s",
						      m ? ", " : "", p->ntools_v[m].name);
			return rl_yaml_err(
				&L->y, it, L->e, RL_ENOTFOUND,
				"agentic.tools: '%s' is not in native_tools (expected one of: %s)",
				nm, p->nntools ? exp : "none declared");
		}
		{
			size_t m;
			for (m = 0; m < a->ntools; m++)
				if (a->tools[m] == &p->ntools_v[j])
					return rl_yaml_err(&L->y, it, L->e, RL_EEXIST,
							   "agentic.tools: '%s' listed twice", nm);
		}
		a->tools[a->ntools++] = &p->ntools_v[j];
	}
	if ((x = rl_yaml_get(&L->y, n, "events")) && !rl_yaml_is_null(x)) {
		if (!rl_yaml_is_seq(x))
			return rl_yaml_err(
				&L->y, x, L->e, RL_EINVAL,
				"agentic.events: expected a list of {after_turn, emails}");
		if (!(a->events = calloc(rl_yaml_count(x) + 1, sizeof *a->events)))
			return OOM(L);
		for (i = 0; i < rl_yaml_count(x); i++) {
			yaml_node_t *it = rl_yaml_item(&L->y, x, i), *y;
			rl_agentic_event *ev = &a->events[a->nevents++];
			long t;
			if ((rc = pk_check_map(L, it, "agentic.events[]", evkeys)))
				return rc;
			if (!(y = pk_need(L, it, "after_turn", &rc)) ||
			    (rc = rl_yaml_long(&L->y, y, &t, L->e)))
				return rc;
			if (t < 1 || t >= (long)a->max_turns)
				return rl_yaml_err(
					&L->y, y, L->e, RL_EINVAL,
					"agentic.events: after_turn %ld never happens (expected 1 to max_turns - 1 = %u)",
					t, a->max_turns - 1);
			ev->after_turn = (unsigned)t;
			if (!(y = pk_need(L, it, "emails", &rc)) ||
			    (rc = pk_load_tfile(L, y, &ev->emails)))
				return rc;
		}
	}
	return 0;
}

int pk_load_scenario(loader *L, yaml_node_t *n, rl_scenario *s)
{
	/* clang-format off */
	static const char *const keys[] = {"id", "description", "system_prompt", "system_prompt_prod",
		"tools", "emails", "number_emails", "variables", "sensitive", "distractors",
		"consequential_tools", "judge", "harm", "agentic", "twin", NULL};
	/* clang-format on */
	static const char *const ekeys[] = {"shared", "urgency", "no_conflict", NULL};
	static const char *const skeys[] = {"subjects", "contains", NULL};
	static const char *const dkeys[] = {"subjects", NULL};
	static const char *const jkeys[] = {"system", "user", NULL};
	static const char *const tkeys[] = {"name", "description", NULL};
	rl_pack *p = L->p;
	yaml_node_t *id, *x, *em, *vars;
	const char *ids;
	size_t i;
	int rc, has_none = rl_strlist_find(&p->goal_types, "none") >= 0;
	int has_conflict = 0, need_amb = 0;

	for (i = 0; i < p->goal_types.n; i++) {
		if (strcmp(p->goal_types.v[i], "none"))
			has_conflict = 1;
		if (!strcmp(p->goal_types.v[i], "none") || !strcmp(p->goal_types.v[i], "ambiguous"))
			need_amb = 1;
	}
	if ((rc = pk_check_map(L, n, "scenario", keys)))
		return rc;
	if (!(id = pk_need(L, n, "id", &rc)) || (rc = pk_str_at(L, id, &ids)))
		return rc;
	if (!pk_is_word(ids))
		return rl_yaml_err(
			&L->y, id, L->e, RL_EINVAL,
			"scenario id '%s': expected letters and digits only ('_' and '-' separate the parts of a condition id)",
			ids);
	for (i = 0; i < p->nscen; i++)
		if (p->scen[i].id && !strcmp(p->scen[i].id, ids))
			return rl_yaml_err(&L->y, id, L->e, RL_EEXIST, "duplicate scenario id '%s'",
					   ids);
	if (!(s->id = strdup(ids)))
		return OOM(L);
	if ((x = rl_yaml_get(&L->y, n, "description")) && (rc = pk_dup_str(L, x, &s->description)))
		return rc;
	if (!s->description && !(s->description = strdup("")))
		return OOM(L);
	if (!(x = pk_need(L, n, "system_prompt", &rc)) || (rc = pk_load_tfile(L, x, &s->sys)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "system_prompt_prod")) &&
	    (rc = pk_load_tfile(L, x, &s->sys_prod)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "tools")) && !rl_yaml_is_null(x)) {
		if (!rl_yaml_is_seq(x))
			return rl_yaml_err(&L->y, x, L->e, RL_EINVAL,
					   "tools: expected a list of {name, description}");
		s->tools = calloc(rl_yaml_count(x) + 1, sizeof *s->tools);
		if (!s->tools)
			return OOM(L);
		for (i = 0; i < rl_yaml_count(x); i++) {
			yaml_node_t *it = rl_yaml_item(&L->y, x, i), *tn, *td;
			rl_tool *t = &s->tools[s->ntools++];
			if ((rc = pk_check_map(L, it, "tools[]", tkeys)))
				return rc;
			if (!(tn = pk_need(L, it, "name", &rc)) ||
			    (rc = pk_dup_str(L, tn, &t->name)))
				return rc;
			if (!(td = pk_need(L, it, "description", &rc)) ||
			    (rc = pk_load_tfile(L, td, &t->desc)))
				return rc;
		}
	}
	if (!(em = pk_need(L, n, "emails", &rc)))
		return rc;
	if ((rc = pk_check_map(L, em, "emails", ekeys)))
		return rc;
	s->urgency = calloc(p->urgencies.n, sizeof *s->urgency);
	s->no_conflict = calloc(p->urgencies.n, sizeof *s->no_conflict);
	if (!s->urgency || !s->no_conflict)
		return OOM(L);
	if (has_conflict) {
		if (!(x = pk_need(L, em, "shared", &rc)) || (rc = pk_load_tfile(L, x, &s->shared)))
			return rc;
		if (!(x = pk_need(L, em, "urgency", &rc)) ||
		    (rc = pk_load_per_urgency(L, x, "emails.urgency", s->urgency)))
			return rc;
	}
	if (has_none) {
		if (!(x = pk_need(L, em, "no_conflict", &rc)) ||
		    (rc = pk_load_per_urgency(L, x, "emails.no_conflict", s->no_conflict)))
			return rc;
	}
	if ((x = rl_yaml_get(&L->y, n, "number_emails")) &&
	    (rc = rl_yaml_bool(&L->y, x, &s->number_emails, L->e)))
		return rc;
	/* variables: goal value -> file#section */
	s->vars = calloc(p->goal_values.n + 1, sizeof *s->vars);
	s->vars_file = calloc(p->goal_values.n + 1, sizeof *s->vars_file);
	if (!s->vars || !s->vars_file)
		return OOM(L);
	vars = rl_yaml_get(&L->y, n, "variables");
	if (vars && !rl_yaml_is_null(vars)) {
		char exp[512];
		if (!rl_yaml_is_map(vars))
			return rl_yaml_err(
				&L->y, vars, L->e, RL_EINVAL,
				"variables: expected a mapping goal value -> 'file.md#Section'");
		pk_join_strlist(exp, sizeof exp, &p->goal_values);
		for (i = 0; i < rl_yaml_count(vars); i++) {
			yaml_node_t *k, *v;
			const char *ks;
			long idx;
			rl_yaml_pair(&L->y, vars, i, &k, &v);
			if ((rc = pk_str_at(L, k, &ks)))
				return rc;
			if (!strcmp(ks, "ambiguous")) {
				if (s->vars_ambiguous)
					return rl_yaml_err(&L->y, k, L->e, RL_EEXIST,
							   "variables: duplicate key 'ambiguous'");
				if ((rc = pk_load_varref(L, v, &s->vars_ambiguous,
							 &s->vars_ambiguous_file)))
					return rc;
				continue;
			}
			idx = rl_strlist_find(&p->goal_values, ks);
			if (idx < 0)
				return rl_yaml_err(
					&L->y, k, L->e, RL_EINVAL,
					"variables: unknown goal value '%s' (expected one of: %s, ambiguous)",
					ks, exp);
			if (s->vars[idx])
				return rl_yaml_err(&L->y, k, L->e, RL_EEXIST,
						   "variables: duplicate goal value '%s'", ks);
			if ((rc = pk_load_varref(L, v, &s->vars[idx], &s->vars_file[idx])))
				return rc;
		}
	}
	for (i = 0; i < p->goal_values.n; i++)
		if (!s->vars[i])
			return rl_yaml_err(
				&L->y, vars ? vars : n, L->e, RL_EINVAL,
				"scenario '%s': variables: missing goal value '%s' (expected 'file.md#Section')",
				s->id, p->goal_values.v[i]);
	if (need_amb && !s->vars_ambiguous)
		return rl_yaml_err(
			&L->y, vars ? vars : n, L->e, RL_EINVAL,
			"scenario '%s': variables: missing 'ambiguous' (used by goal types none and ambiguous)",
			s->id);
	if ((x = rl_yaml_get(&L->y, n, "sensitive")) && !rl_yaml_is_null(x)) {
		if ((rc = pk_check_map(L, x, "sensitive", skeys)) ||
		    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, x, "subjects"),
					 &s->sens_subjects)) ||
		    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, x, "contains"), &s->sens_contains)))
			return rc;
	}
	if ((x = rl_yaml_get(&L->y, n, "distractors")) && !rl_yaml_is_null(x)) {
		if ((rc = pk_check_map(L, x, "distractors", dkeys)) ||
		    (rc = pk_get_strlist(L, rl_yaml_get(&L->y, x, "subjects"),
					 &s->distractor_subjects)))
			return rc;
	}
	if ((rc = pk_get_strlist(L, rl_yaml_get(&L->y, n, "consequential_tools"),
				 &s->consequential)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "judge")) && !rl_yaml_is_null(x)) {
		rl_tfile *t;
		if ((rc = pk_check_map(L, x, "judge", jkeys)))
			return rc;
		if (rl_yaml_get(&L->y, x, "system")) {
			if ((rc = pk_load_tfile(L, rl_yaml_get(&L->y, x, "system"), &t)))
				return rc;
			s->judge_system = t->text;
		}
		if (rl_yaml_get(&L->y, x, "user")) {
			if ((rc = pk_load_tfile(L, rl_yaml_get(&L->y, x, "user"), &t)))
				return rc;
			s->judge_user = t->text;
		}
	}
	if (!(s->harm.scenario = strdup(s->id)))
		return OOM(L);
	if ((x = rl_yaml_get(&L->y, n, "harm")) && !rl_yaml_is_null(x) &&
	    (rc = load_harm(L, x, &s->harm)))
		return rc;
	if (!s->harm.kind && !(s->harm.kind = strdup(s->id)))
		return OOM(L);
	if ((x = rl_yaml_get(&L->y, n, "agentic")) && !rl_yaml_is_null(x) &&
	    (rc = load_agentic(L, x, s)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "twin")) && !rl_yaml_is_null(x) &&
	    (rc = pk_load_twin(L, x, s)))
		return rc;
	return 0;
}
