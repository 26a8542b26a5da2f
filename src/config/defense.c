/* defense.c: defenses as a condition dimension. Prompt-level defenses are
 * the pack's ablations under the study's names, so a defended condition is
 * an ordinary condition id with a suffix and the runner, store, classifier
 * and report need no special case; this file maps names to ablation bits,
 * checks a config's defenses against its pack, and expands the matrix. */
#include "redline/config.h"
#include "redline/policy.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/fs.h"

static const struct {
	const char *name;
	unsigned abl;
} kinds[RL_DEF_COUNT] = {
	[RL_DEF_PROHIBIT] = {"prohibit", RL_ABL_PROHIBIT},
	[RL_DEF_NO_GOAL] = {"no-goal", RL_ABL_NO_GOAL},
	[RL_DEF_COMPARTMENT] = {"compartment", RL_ABL_COMPARTMENT},
	[RL_DEF_CONSTITUTION] = {"constitution", RL_ABL_CONSTITUTION},
	[RL_DEF_OVERSIGHT] = {"oversight", 0},
	[RL_DEF_MONITOR] = {"monitor", 0},
};

const char *rl_defense_name(int kind)
{
	return kind >= 0 && kind < RL_DEF_COUNT ? kinds[kind].name : NULL;
}

int rl_defense_parse(const char *name)
{
	int i;
	for (i = 0; name && i < RL_DEF_COUNT; i++)
		if (!strcmp(kinds[i].name, name))
			return i;
	return -1;
}

unsigned rl_defense_ablation(int kind)
{
	return kind >= 0 && kind < RL_DEF_COUNT ? kinds[kind].abl : 0;
}

unsigned rl_defense_live_bit(int kind)
{
	return kind == RL_DEF_OVERSIGHT ? RL_ABL_OVERSIGHT
	       : kind == RL_DEF_MONITOR ? RL_ABL_MONITOR
					: 0;
}

const char *rl_defense_constitution_text(const rl_config *c)
{
	size_t i;
	for (i = 0; i < c->ndefenses; i++)
		if (rl_defense_parse(c->defenses[i].name) == RL_DEF_CONSTITUTION)
			return c->defenses[i].text;
	return NULL;
}

int rl_defense_policy_path(const rl_config *c, const rl_config_defense *d, rl_buf *out)
{
	if (!d->policy || !*d->policy)
		return RL_ENOTFOUND;
	if (d->policy[0] == '/' || !c->dir)
		return rl_buf_adds(out, d->policy);
	return rl_path_join(out, c->dir, d->policy);
}

/* "cfg.yaml:12:5: defense 'x': ..." for a config-side problem. */
#define DEF_ERR(code, d, ...)                                                                      \
	rl_err_at(e, (code), c->file ? c->file : "<config>", (d)->loc.line, (d)->loc.col,          \
		  __VA_ARGS__)

int rl_defense_check(const rl_config *c, const rl_pack *p, rl_err *e)
{
	size_t i;
	int rc;
	for (i = 0; i < c->ndefenses; i++) {
		const rl_config_defense *d = &c->defenses[i];
		int k = rl_defense_parse(d->name);
		if (k < 0)
			return DEF_ERR(RL_EINVAL, d,
				       "unknown defense '%s' (expected one of: prohibit, no-goal, "
				       "compartment, constitution, oversight, monitor)",
				       d->name ? d->name : "");
		if (d->policy && k != RL_DEF_OVERSIGHT && k != RL_DEF_MONITOR)
			return DEF_ERR(
				RL_EINVAL, d,
				"defense '%s': 'policy' applies only to oversight and monitor",
				d->name);
		if (d->text && k != RL_DEF_CONSTITUTION)
			return DEF_ERR(RL_EINVAL, d,
				       "defense '%s': 'text'/'file' applies only to constitution",
				       d->name);
		if (k == RL_DEF_CONSTITUTION && (!d->text || !*d->text) &&
		    !rl_pack_ablation_text(p, RL_ABL_CONSTITUTION))
			return DEF_ERR(
				RL_EINVAL, d,
				"defense 'constitution' needs a principles text: give 'text:' "
				"or 'file:', or use a pack with ablations.constitution (pack "
				"'%s' has none)",
				rl_pack_name(p));
		if (k == RL_DEF_PROHIBIT && !rl_pack_ablation_text(p, RL_ABL_PROHIBIT))
			return DEF_ERR(RL_EINVAL, d,
				       "defense 'prohibit' needs the pack's direct prohibitions "
				       "(ablations.prohibit; pack '%s' has none)",
				       rl_pack_name(p));
		if (d->policy) {
			rl_buf path = RL_BUF_INIT;
			rl_policy *pol = NULL;
			rc = rl_defense_policy_path(c, d, &path);
			if (!rc)
				rc = rl_policy_load_file(path.s, &pol, e);
			rl_policy_free(pol);
			rl_buf_free(&path);
			if (rc)
				return rc;
		}
	}
	return 0;
}

static int cond_eq(const rl_condition *a, const rl_condition *b)
{
	return !strcmp(a->scenario, b->scenario) && !strcmp(a->goal_type, b->goal_type) &&
	       !strcmp(a->goal_value, b->goal_value) && !strcmp(a->urgency, b->urgency) &&
	       a->ablations == b->ablations && !strcmp(a->agent_name, b->agent_name);
}

/* The render options the runner uses for c's conditions (campaign.c's
 * render_opts): the config-wide eval notice and extra instructions, and the
 * config's constitution. */
static void config_render_opts(const rl_config *c, rl_render_opts *ro)
{
	rl_config_render_opts(c, ro);
	ro->constitution_text = rl_defense_constitution_text(c);
}

int rl_defense_same_prompts(const rl_pack *p, const rl_condition *a, const rl_condition *b,
			    const rl_render_opts *o, int *same, rl_err *e)
{
	rl_rendered ra, rb;
	int rc;

	*same = 0;
	rc = rl_pack_render(p, a, o, &ra, e);
	if (!rc) {
		rc = rl_pack_render(p, b, o, &rb, e);
		if (!rc)
			*same = !strcmp(ra.system_prompt, rb.system_prompt) &&
				!strcmp(ra.user_message, rb.user_message);
		rl_rendered_free(&rb);
	}
	rl_rendered_free(&ra);
	return rc;
}

int rl_defense_expand(rl_config *c, const rl_pack *p, rl_err *e)
{
	rl_render_opts ro;
	size_t i, j, nbase = c->nconditions, n = c->nconditions, cap;
	unsigned bits = 0;
	rl_condition *v;
	int rc, same;

	if ((rc = rl_defense_check(c, p, e)))
		return rc;
	config_render_opts(c, &ro);
	for (i = 0; i < c->ndefenses; i++)
		bits |= rl_defense_ablation(rl_defense_parse(c->defenses[i].name));
	cap = nbase * (c->ndefenses + 1) + 1;
	v = realloc(c->conditions, cap * sizeof *v);
	if (!v)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	c->conditions = v;
	for (i = 0; i < c->ndefenses; i++) {
		unsigned bit = rl_defense_ablation(rl_defense_parse(c->defenses[i].name));
		if (!bit)
			continue;
		for (j = 0; j < nbase; j++) {
			rl_condition x = v[j];
			size_t k;
			if (x.ablations & bits)
				continue; /* a defended condition, not a base one */
			x.ablations |= bit;
			for (k = 0; k < n && !cond_eq(&v[k], &x); k++)
				;
			if (k < n)
				continue;
			/* A defense that leaves the prompts as they are (no-goal on
			 * a condition without a goal, compartment on a bundle
			 * without sensitive emails) would pay for the base
			 * condition's samples twice: the base samples stand for
			 * it (rl_defense_eval_alias). */
			if ((rc = rl_defense_same_prompts(p, &v[j], &x, &ro, &same, e)))
				return rc;
			if (same)
				continue;
			v[n++] = x;
		}
	}
	/* The guard in the loop: oversight and monitor run inside each
	 * tool-form conversation (twins included), as conditions of their
	 * own; the model sees what the defense did and carries on. */
	for (i = 0; i < c->ndefenses; i++) {
		unsigned bit = rl_defense_live_bit(rl_defense_parse(c->defenses[i].name));
		if (!bit || c->defenses[i].replay)
			continue;
		for (j = 0; j < nbase; j++) {
			rl_condition x = v[j];
			size_t k;
			if (!(x.ablations & RL_ABL_TOOLS) || (x.ablations & (bits | RL_ABL_LIVE)))
				continue;
			x.ablations |= bit;
			for (k = 0; k < n && !cond_eq(&v[k], &x); k++)
				;
			if (k == n)
				v[n++] = x;
		}
	}
	c->nconditions = n;
	return 0;
}

int rl_defense_snapshot_json(const rl_config *c, rl_buf *out, rl_err *e)
{
	json_t *a = json_array();
	size_t i;
	char *s;
	int rc = 0;

	if (!a)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (i = 0; i < c->ndefenses && !rc; i++) {
		const rl_config_defense *d = &c->defenses[i];
		json_t *o = json_object();
		rl_buf path = RL_BUF_INIT, txt = RL_BUF_INIT;
		json_object_set_new(o, "name", json_string(d->name));
		if (rl_defense_live_bit(rl_defense_parse(d->name))) {
			json_object_set_new(o, "hold",
					    json_string(d->hold_approve ? "approve" : "deny"));
			json_object_set_new(o, "live", json_boolean(!d->replay));
		}
		if (!rl_defense_policy_path(c, d, &path)) {
			json_object_set_new(o, "policy_file", json_string(path.s));
			rc = rl_read_file(path.s, RL_FILE_MAX_DEFAULT, &txt, e);
			if (!rc)
				json_object_set_new(o, "policy_yaml",
						    json_stringn(txt.s ? txt.s : "", txt.len));
		}
		rl_buf_free(&path);
		rl_buf_free(&txt);
		json_array_append_new(a, o);
	}
	if (!rc) {
		s = json_dumps(a, JSON_COMPACT);
		if (!s || rl_buf_adds(out, s))
			rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		free(s);
	}
	json_decref(a);
	return rc;
}
