/* db.c: the defense table of a campaign database, read only, through the
 * store API. The defenses and their policies come from the campaign's
 * config snapshot (the runner records them, policy text included), so a
 * later `redline report DB` evaluates exactly what the campaign ran, even
 * if the policy file changed or moved since. */
#include "redline/defense.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "redline/store.h"
#include "store/report_queries.h"

/* The base conditions of the planned list `conds` (the snapshot's ids)
 * whose defended variant for a prompt-level defense is missing from the
 * plan: rl_defense_expand left it out because its prompts are the base's,
 * so the base samples stand for it. Campaigns recorded before that rule
 * list every variant and get no alias. */
static int add_aliases(rl_defense_eval *ev, const json_t *conds, const rl_defense_setup *defs,
		       size_t nd, rl_err *e)
{
	unsigned bits = 0;
	size_t i, j, d;
	int rc;

	for (d = 0; d < nd; d++)
		bits |= rl_defense_ablation(defs[d].kind);
	for (i = 0; i < json_array_size(conds); i++) {
		const char *id = json_string_value(json_array_get(conds, i));
		rl_condition c;
		if (!id || rl_condition_parse(id, &c, NULL) || (c.ablations & (bits | RL_ABL_LIVE)))
			continue;
		for (d = 0; d < nd; d++) {
			char want[RL_COND_ID_MAX];
			rl_condition x = c;
			int found = 0;
			if (!(x.ablations = rl_defense_ablation(defs[d].kind)))
				continue;
			x.ablations |= c.ablations;
			rl_condition_format(&x, want, sizeof want);
			for (j = 0; j < json_array_size(conds) && !found; j++) {
				const char *o = json_string_value(json_array_get(conds, j));
				found = o && !strcmp(o, want);
			}
			if (!found && (rc = rl_defense_eval_alias(ev, id, defs[d].kind, e)))
				return rc;
		}
	}
	return 0;
}

/* The pack the defense table is evaluated with: `pack_dir`, else the one
 * the runner recorded (snapshot pack_path, else the campaign row's path).
 * A pack whose content hash differs from the recorded one (pack_sha256) is
 * refused with RL_EINVAL: its harm specs would give other numbers. A pack
 * that does not load is RL_ENOTFOUND (report leaves the table out). */
static int load_pack(const char *db, const rl_campaign *camp, const json_t *snap,
		     const char *pack_dir, rl_pack **pack, rl_err *e)
{
	const char *path = json_string_value(json_object_get(snap, "pack_path"));
	const char *hash = json_string_value(json_object_get(snap, "pack_sha256"));
	int rc;

	if (!path)
		path = camp->pack;
	if (!pack_dir && !path)
		return rl_err_set(e, RL_ENOTFOUND,
				  "defense table: %s: campaign '%s' recorded no pack", db,
				  camp->experiment_id);
	if ((rc = rl_pack_load(pack_dir ? pack_dir : path, pack, e))) {
		char m[RL_ERR_MSG_MAX];
		snprintf(m, sizeof m, "%s", e ? e->msg : "");
		return rl_err_set(e, rc == RL_ENOMEM ? rc : RL_ENOTFOUND, "defense table: %s", m);
	}
	if (hash && strcmp(hash, rl_pack_hash(*pack)))
		return rl_err_set(
			e, RL_EINVAL,
			"defense table: campaign '%s' was run with pack at %s (content sha256 "
			"%.12s...); %s now has different content (sha256 %.12s...)",
			camp->experiment_id, path ? path : "(not recorded)", hash,
			pack_dir ? pack_dir : path, rl_pack_hash(*pack));
	return 0;
}

/* A sample of a scenario the pack lacks would be evaluated with no
 * detector at all: refuse instead. */
static int check_scenario(const rl_pack *pack, const rl_campaign *camp, const char *condition,
			  rl_err *e)
{
	rl_condition c;
	if (!condition || rl_condition_parse(condition, &c, NULL) ||
	    rl_pack_scenario_find(pack, c.scenario) >= 0)
		return 0;
	return rl_err_set(
		e, RL_EINVAL,
		"defense table: campaign '%s' has samples of scenario '%s' (condition %s), "
		"which pack '%s' at %s does not have",
		camp->experiment_id, c.scenario, condition, rl_pack_name(pack), rl_pack_dir(pack));
}

/* What the defense in the loop did in one sample, from its stored turns:
 * calls it checked ("guard" in a turn's calls) and calls it refused. */
typedef struct tally {
	unsigned waited, denied;
	json_t *refused; /* the refused calls, OpenAI tool_calls form */
} tally;

static int tally_turn(void *ud, const rl_turn_rec *t)
{
	tally *y = ud;
	json_t *a = json_loads(t->calls_json ? t->calls_json : "[]", 0, NULL), *x;
	size_t i;
	json_array_foreach(a, i, x) {
		if (!json_object_get(x, "guard"))
			continue;
		y->waited++;
		if (!json_is_true(json_object_get(x, "denied")))
			continue;
		y->denied++;
		json_array_append_new(y->refused,
				      json_pack("{s:O?,s:s,s:{s:O?,s:O?}}", "id",
						json_object_get(x, "id"), "type", "function",
						"function", "name", json_object_get(x, "name"),
						"arguments", json_object_get(x, "arguments")));
	}
	json_decref(a);
	return 0;
}

int rl_defense_table_from_db(const char *db, const rl_db_select *sel, const char *pack_dir,
			     rl_defense_table *out, int *found, rl_err *e)
{
	rl_store *st = NULL, *st2 = NULL;
	rl_campaign camp;
	rl_pack *pack = NULL;
	rl_policy *pol[RL_DEF_COUNT] = {0}, *dflt = NULL;
	rl_defense_setup defs[RL_DEF_COUNT];
	rl_defense_eval *ev = NULL;
	rl_sample_iter *it = NULL;
	rl_sample_filter f;
	rl_verdict_kind k;
	json_t *snap = NULL, *arr;
	int64_t cid;
	size_t nd = 0, i;
	int rc;

	memset(out, 0, sizeof *out);
	memset(&camp, 0, sizeof camp);
	memset(&k, 0, sizeof k);
	*found = 0;
	if ((rc = rl_store_open(&st, db, RL_STORE_RDONLY, e)))
		return rc;
	if ((rc = rl_store_campaign_find(st, sel ? sel->campaign : NULL, &cid, e)) ||
	    (rc = rl_store_campaign_get(st, cid, &camp, e)))
		goto out;
	snap = camp.config_json ? json_loads(camp.config_json, 0, NULL) : NULL;
	arr = json_object_get(snap, "defenses");
	if (!json_is_array(arr) || !json_array_size(arr))
		goto out; /* no defense data: nothing to add */
	for (i = 0; i < json_array_size(arr) && nd < RL_DEF_COUNT; i++) {
		json_t *o = json_array_get(arr, i), *y = json_object_get(o, "policy_yaml");
		const char *name = json_string_value(json_object_get(o, "name"));
		const char *file = json_string_value(json_object_get(o, "policy_file"));
		int kind = rl_defense_parse(name);
		if (kind < 0) {
			rc = rl_err_set(e, RL_EINVAL,
					"%s: campaign snapshot names unknown defense '%s'", db,
					name ? name : "");
			goto out;
		}
		defs[nd].kind = kind;
		defs[nd].policy = NULL;
		/* absent in campaigns recorded before the guard ran in the loop:
		 * those replayed */
		defs[nd].live = json_is_true(json_object_get(o, "live"));
		defs[nd].hold_approve =
			!strcmp(json_string_value(json_object_get(o, "hold"))
					? json_string_value(json_object_get(o, "hold"))
					: "",
				"approve");
		if (kind == RL_DEF_OVERSIGHT || kind == RL_DEF_MONITOR) {
			/* compiling a policy is the slow part (vectorscan): the
			 * built-in default is compiled once and shared */
			if (json_is_string(y)) {
				rc = rl_policy_load(file ? file : "<policy>", json_string_value(y),
						    json_string_length(y), &pol[nd], e);
				defs[nd].policy = pol[nd];
			} else {
				if (!dflt)
					rc = rl_policy_load_default(&dflt, e);
				defs[nd].policy = dflt;
			}
			if (rc)
				goto out;
		}
		nd++;
	}
	if ((rc = load_pack(db, &camp, snap, pack_dir, &pack, e)))
		goto out;
	if ((rc = rl_defense_eval_new(pack, defs, nd, &ev, e)) ||
	    (rc = add_aliases(ev, json_object_get(snap, "conditions"), defs, nd, e)))
		goto out;

	/* the same kind as `redline report` reads */
	if ((rc = rl_store_verdict_kind_pick(st, cid, sel ? sel->mode : NULL,
					     sel ? sel->judge : NULL, &k, e)))
		goto out;
	memset(&f, 0, sizeof f);
	f.campaign = cid;
	f.status = RL_SAMPLE_DONE;
	f.mode = k.mode;
	f.judge = k.judge;
	if ((rc = rl_store_iter_samples(st, &f, &it, e)))
		goto out;
	for (;;) {
		const rl_sample *smp;
		const rl_verdict *v;
		rl_transcript t;
		rc = rl_store_iter_next(it, &smp, &v, e);
		if (rc <= 0)
			break;
		if ((rc = check_scenario(pack, &camp, smp->condition, e)))
			break;
		memset(&t, 0, sizeof t);
		t.response = smp->response;
		t.response_len = smp->response ? smp->response_len : 0;
		t.reasoning = smp->reasoning;
		t.reasoning_len = smp->reasoning ? smp->reasoning_len : 0;
		t.native = smp->tool_calls;
		t.native_len = smp->tool_calls ? strlen(smp->tool_calls) : 0;
		{
			rl_condition c;
			rl_live_sample ls;
			tally y = {0, 0, NULL};
			char *refused = NULL;
			memset(&ls, 0, sizeof ls);
			if (!rl_condition_parse(smp->condition, &c, NULL) &&
			    (c.ablations & RL_ABL_LIVE)) {
				if (!(y.refused = json_array())) {
					rc = rl_err_set(e, RL_ENOMEM, "out of memory");
					break;
				}
				/* a second handle: the first one is iterating */
				if ((!st2 && (rc = rl_store_open(&st2, db, RL_STORE_RDONLY, e))) ||
				    (rc = rl_store_turns_get(st2, cid, smp->model, smp->condition,
							     smp->index, tally_turn, &y, e))) {
					json_decref(y.refused);
					break;
				}
				refused = json_dumps(y.refused, JSON_COMPACT);
				json_decref(y.refused);
				ls.waited = y.waited;
				ls.denied = y.denied;
				ls.refused = refused;
			}
			rc = rl_defense_eval_add_live(ev, smp->model, smp->condition,
						      v ? v->harmful : -1, &t, &ls, e);
			free(refused);
			if (rc)
				break;
		}
	}
	if (rc < 0)
		goto out;
	rc = rl_defense_eval_table(ev, out, e);
	if (!rc)
		*found = 1;
out:
	rl_store_iter_free(it);
	rl_defense_eval_free(ev);
	for (i = 0; i < RL_DEF_COUNT; i++)
		rl_policy_free(pol[i]);
	rl_policy_free(dflt);
	rl_pack_free(pack);
	json_decref(snap);
	rl_campaign_free(&camp);
	rl_store_close(st2);
	rl_store_close(st);
	return rc < 0 ? rc : 0;
}
