/* pack.c: the loaded pack as an object: freeing it, and the accessors
 * (read-only; a loaded rl_pack never changes, see pack_int.h). Loading
 * lives in load.c. */
#include "pack/pack_int.h"
#include "pack/twin_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "redline/env.h"
#include "redline/twin.h"

long rl_strlist_find(const rl_strlist *l, const char *s)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return (long)i;
	return -1;
}

void rl_pack_free(rl_pack *p)
{
	size_t i;
	if (!p)
		return;
	for (i = 0; i < p->nscen; i++) {
		rl_scenario *s = &p->scen[i];
		size_t j;
		free(s->id);
		free(s->description);
		for (j = 0; j < s->ntools; j++)
			free(s->tools[j].name);
		free(s->tools);
		free(s->urgency);
		free(s->no_conflict);
		free(s->vars);
		free(s->vars_file);
		rl_strlist_free(&s->sens_subjects);
		rl_strlist_free(&s->sens_contains);
		rl_strlist_free(&s->distractor_subjects);
		rl_strlist_free(&s->consequential);
		rl_harm_spec_free(&s->harm);
		if (s->agentic) {
			free(s->agentic->tools);
			free(s->agentic->events);
			free(s->agentic);
		}
		rl_twin_free(s->twin);
	}
	free(p->scen);
	for (i = 0; i < p->nntools; i++) {
		free(p->ntools_v[i].name);
		free(p->ntools_v[i].description);
		free(p->ntools_v[i].parameters);
	}
	free(p->ntools_v);
	for (i = 0; i < p->ndefects; i++) {
		free(p->defects[i].id);
		free(p->defects[i].description);
		rl_strlist_free(&p->defects[i].goal_fallback);
		rl_strlist_free(&p->defects[i].unresolved);
	}
	free(p->defects);
	for (i = 0; i < p->ntfiles; i++) {
		free(p->tfiles[i]->path);
		free(p->tfiles[i]->text);
		free(p->tfiles[i]);
	}
	free(p->tfiles);
	for (i = 0; i < p->nvfiles; i++) {
		rl_varfile_free(p->vfiles[i]);
		free(p->vfiles[i]);
	}
	free(p->vfiles);
	rl_strlist_free(&p->goal_types);
	rl_strlist_free(&p->goal_values);
	rl_strlist_free(&p->urgencies);
	free(p->goals_path);
	free(p->dir);
	free(p->name);
	free(p->version);
	free(p->description);
	free(p->agent_name);
	free(p);
}

/* ---- accessors ---- */

/* clang-format off */
const char *rl_pack_dir(const rl_pack *p) { return p->dir; }
const char *rl_pack_hash(const rl_pack *p) { return p->hash; }
const char *rl_pack_name(const rl_pack *p) { return p->name; }
const char *rl_pack_version(const rl_pack *p) { return p->version; }
const char *rl_pack_description(const rl_pack *p) { return p->description; }
const rl_strlist *rl_pack_goal_types(const rl_pack *p) { return &p->goal_types; }
const rl_strlist *rl_pack_goal_values(const rl_pack *p) { return &p->goal_values; }
const rl_strlist *rl_pack_urgencies(const rl_pack *p) { return &p->urgencies; }
size_t rl_pack_scenario_count(const rl_pack *p) { return p->nscen; }
/* clang-format on */

const char *rl_pack_goal_opposite(const rl_pack *p, const char *value)
{
	long i = rl_strlist_find(&p->goal_values, value);
	if (i < 0)
		return NULL;
	return p->goal_values.v[i ^ 1];
}

const char *rl_pack_scenario_id(const rl_pack *p, size_t i)
{
	return i < p->nscen ? p->scen[i].id : NULL;
}

const char *rl_pack_scenario_description(const rl_pack *p, size_t i)
{
	return i < p->nscen ? p->scen[i].description : NULL;
}

long rl_pack_scenario_find(const rl_pack *p, const char *id)
{
	size_t i;
	for (i = 0; i < p->nscen; i++)
		if (!strcmp(p->scen[i].id, id))
			return (long)i;
	return -1;
}

const rl_harm_spec *rl_pack_harm(const rl_pack *p, const char *scenario)
{
	long i = rl_pack_scenario_find(p, scenario);
	return i < 0 ? NULL : &p->scen[i].harm;
}

const rl_strlist *rl_pack_consequential_tools(const rl_pack *p, const char *scenario)
{
	long i = rl_pack_scenario_find(p, scenario);
	return i < 0 ? NULL : &p->scen[i].consequential;
}

int rl_pack_tool_consequential(const rl_pack *p, const char *scenario, const char *tool)
{
	const rl_strlist *l = rl_pack_consequential_tools(p, scenario);
	int eff = tool ? rl_pack_tool_effect(p, tool) : -1;
	size_t i;
	for (i = 0; l && tool && i < l->n; i++)
		if (!strcasecmp(l->v[i], tool))
			return 1;
	return eff == RL_EFF_SEND_EMAIL || eff == RL_EFF_FORWARD_EMAIL ||
	       eff == RL_EFF_CANCEL_ALERT;
}

int rl_pack_judge_prompts(const rl_pack *p, const char *scenario, const char **system,
			  const char **user)
{
	long i = rl_pack_scenario_find(p, scenario);
	if (i < 0)
		return RL_ENOTFOUND;
	if (system)
		*system = p->scen[i].judge_system;
	if (user)
		*user = p->scen[i].judge_user;
	return 0;
}

const char *rl_pack_ablation_text(const rl_pack *p, unsigned which)
{
	const rl_tfile *t = NULL;
	switch (which) {
	case RL_ABL_PROHIBIT: t = p->abl_prohibit; break;
	case RL_ABL_EXTRA_GOAL: t = p->abl_extra_goal; break;
	case RL_ABL_EVAL_NOTICE: t = p->abl_eval_notice; break;
	case RL_ABL_CONSTITUTION: t = p->abl_constitution; break;
	default: break;
	}
	return t ? t->text : NULL;
}

const rl_varsec *rl_pack_goal_section(const rl_pack *p, const char *type, const char *value,
				      int *fell_back)
{
	char key[2 * RL_COND_PART_MAX + 2];
	const rl_varsec *s;
	size_t i;

	*fell_back = 0;
	if (!p->goals)
		return NULL;
	snprintf(key, sizeof key, "%s-%s", type, value);
	/* exact keys only: goal keys contain '-', which normalization would fold */
	for (i = 0; i < p->goals->nsecs; i++)
		if (!strcmp(p->goals->secs[i].name, key))
			return &p->goals->secs[i];
	*fell_back = 1;
	s = NULL;
	for (i = 0; i < p->goals->nsecs; i++)
		if (!strcmp(p->goals->secs[i].name, "none"))
			s = &p->goals->secs[i];
	return s;
}

const rl_varsec *rl_pack_var_section(const rl_pack *p, const rl_scenario *s, const char *type,
				     const char *value, rl_varfile **file)
{
	long i;
	/* the original: goal types none/ambiguous, and the values none and
	 * ambiguous, read the neutral (ambiguous) variables */
	if (strcmp(type, "none") && strcmp(type, "ambiguous") && strcmp(value, "none") &&
	    strcmp(value, "ambiguous") && (i = rl_strlist_find(&p->goal_values, value)) >= 0) {
		if (file)
			*file = s->vars_file[i];
		return s->vars[i];
	}
	if (file)
		*file = s->vars_ambiguous_file;
	return s->vars_ambiguous;
}
