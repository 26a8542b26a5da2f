/* recorded.c: the pack a campaign was run with, for the commands that read
 * a campaign database later (classify, report, defend). The runner records
 * the pack's absolute path and content hash in the campaign's config
 * snapshot; verdicts depend on the pack (its harm specs, judge prompts and
 * classifiers.json), so classifying with any other pack would give other
 * numbers without a word. Here a named pack must have the recorded content
 * hash, the recorded pack must still have it, and every scenario the
 * campaign has samples of must be in the pack; otherwise the caller gets
 * RL_EINVAL with both sides spelled out (the cli exits 2).
 *
 * Campaigns recorded before the hash was (no "pack_sha256" in the
 * snapshot) are compared through the recorded directory's current content
 * when it still loads; the snapshot lives in the campaign row, so old
 * databases need no schema migration. */
#include "redline/campaign.h"

#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "redline/pack.h"
#include "redline/store.h"

#define SHORT 12 /* hex digits of a hash shown in messages */

/* What the campaign row says about its pack. */
typedef struct recorded {
	char exp[256];
	char path[PATH_MAX]; /* "" when none was recorded */
	char name[128];      /* pack name, "" when unknown */
	char hash[65];       /* "" for campaigns recorded before hashes */
} recorded;

static void copy(char *dst, size_t n, const char *s)
{
	snprintf(dst, n, "%s", s ? s : "");
}

static int read_recorded(rl_store *st, const char *experiment_id, int64_t *cid, recorded *r,
			 rl_err *e)
{
	rl_campaign camp;
	json_t *snap;
	int rc;

	memset(r, 0, sizeof *r);
	memset(&camp, 0, sizeof camp);
	if ((rc = rl_store_campaign_find(st, experiment_id, cid, e)) ||
	    (rc = rl_store_campaign_get(st, *cid, &camp, e)))
		return rc;
	snap = camp.config_json ? json_loads(camp.config_json, 0, NULL) : NULL;
	copy(r->exp, sizeof r->exp, camp.experiment_id);
	copy(r->path, sizeof r->path,
	     json_is_string(json_object_get(snap, "pack_path"))
		     ? json_string_value(json_object_get(snap, "pack_path"))
		     : camp.pack);
	copy(r->name, sizeof r->name, json_string_value(json_object_get(snap, "pack_name")));
	copy(r->hash, sizeof r->hash, json_string_value(json_object_get(snap, "pack_sha256")));
	json_decref(snap);
	rl_campaign_free(&camp);
	return 0;
}

/* Every scenario among the campaign's samples must be in `p`. */
static int check_scenarios(rl_store *st, int64_t cid, const recorded *r, const rl_pack *p,
			   rl_err *e)
{
	rl_store_count *rows = NULL;
	size_t n = 0, i, k;
	int rc;

	if ((rc = rl_store_counts(st, cid, NULL, NULL, &rows, &n, e)))
		return rc;
	for (i = 0; i < n && !rc; i++) {
		rl_condition c;
		char have[512];
		size_t len = 0;
		if (!rows[i].condition || rl_condition_parse(rows[i].condition, &c, NULL))
			continue; /* not a condition id: nothing to look up */
		if (rl_pack_scenario_find(p, c.scenario) >= 0)
			continue;
		have[0] = '\0';
		for (k = 0; k < rl_pack_scenario_count(p) && len < sizeof have; k++)
			len += (size_t)snprintf(have + len, sizeof have - len, "%s%s",
						k ? ", " : "", rl_pack_scenario_id(p, k));
		rc = rl_err_set(
			e, RL_EINVAL,
			"campaign '%s' has samples of scenario '%s' (condition %s), which pack "
			"'%s' at %s does not have (it has: %s); the campaign was run with pack "
			"'%s' at %s",
			r->exp, c.scenario, rows[i].condition, rl_pack_name(p), rl_pack_dir(p),
			have, r->name[0] ? r->name : "?", r->path[0] ? r->path : "(not recorded)");
	}
	rl_store_counts_free(rows, n);
	return rc;
}

int rl_campaign_pack_load(const char *db, const char *experiment_id, const char *given_dir,
			  const char *fallback_dir, rl_pack **out, rl_err *e)
{
	rl_store *st = NULL;
	rl_pack *p = NULL, *rec = NULL;
	recorded r;
	int64_t cid;
	int rc;

	*out = NULL;
	if ((rc = rl_store_open(&st, db, RL_STORE_RDONLY, e)) ||
	    (rc = read_recorded(st, experiment_id, &cid, &r, e)))
		goto out;

	if (given_dir) {
		if ((rc = rl_pack_load(given_dir, &p, e)))
			goto out;
		if (!r.hash[0] && r.path[0] && rl_pack_load(r.path, &rec, NULL) == 0)
			copy(r.hash, sizeof r.hash, rl_pack_hash(rec)); /* older campaign */
		else if (!r.hash[0])
			rl_log(RL_LOG_WARN, "campaign",
			       "%s: campaign '%s' recorded no pack content hash and its pack %s does "
			       "not load: using --pack %s unchecked",
			       db, r.exp, r.path[0] ? r.path : "(none)", given_dir);
		if (r.hash[0] && strcmp(r.hash, rl_pack_hash(p))) {
			rc = rl_err_set(
				e, RL_EINVAL,
				"campaign '%s' was run with pack '%s' at %s (content sha256 "
				"%.*s...); --pack %s is pack '%s' with different content (sha256 "
				"%.*s...), which would classify its samples differently. Omit "
				"--pack to use the campaign's pack",
				r.exp, r.name[0] ? r.name : "?",
				r.path[0] ? r.path : "(not recorded)", SHORT, r.hash, given_dir,
				rl_pack_name(p), SHORT, rl_pack_hash(p));
			goto out;
		}
	} else if (r.path[0]) {
		if ((rc = rl_pack_load(r.path, &p, e))) {
			rl_err_prefix(
				e,
				"campaign '%s' was run with pack '%s' at %s, which does not load "
				"now (give --pack DIR with the same content%s%.*s)",
				r.exp, r.name[0] ? r.name : "?", r.path,
				r.hash[0] ? ", sha256 " : "", r.hash[0] ? SHORT : 0, r.hash);
			goto out;
		}
		if (r.hash[0] && strcmp(r.hash, rl_pack_hash(p))) {
			rc = rl_err_set(
				e, RL_EINVAL,
				"campaign '%s' was run with pack '%s' at %s (content sha256 "
				"%.*s...), but that directory now holds different content (sha256 "
				"%.*s...): give --pack DIR with the content the campaign ran with",
				r.exp, r.name[0] ? r.name : "?", r.path, SHORT, r.hash, SHORT,
				rl_pack_hash(p));
			goto out;
		}
	} else if (fallback_dir) {
		/* a campaign that recorded no pack at all */
		if ((rc = rl_pack_load(fallback_dir, &p, e)))
			goto out;
	} else {
		rc = rl_err_set(e, RL_EINVAL, "%s: campaign '%s' recorded no pack; give --pack DIR",
				db, r.exp);
		goto out;
	}
	rc = check_scenarios(st, cid, &r, p, e);
out:
	rl_pack_free(rec);
	rl_store_close(st);
	if (rc)
		rl_pack_free(p);
	else
		*out = p;
	return rc;
}
