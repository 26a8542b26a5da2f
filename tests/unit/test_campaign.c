/* test_campaign.c: the runner through its library API on the in-process
 * mock provider: exact counts, resume, the stop flag (nothing half done),
 * dry-run plans, failures recorded, and the small helpers (default db
 * name, price table). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "redline/campaign.h"
#include "redline/config.h"
#include "redline/provider.h"
#include "redline/store.h"

static char dir[64];
static char pack[4096];

static int setup(void **st)
{
	const char *src = getenv("REDLINE_SRC");
	(void)st;
	snprintf(dir, sizeof dir, "/tmp/rl-campaign-XXXXXX");
	assert_non_null(mkdtemp(dir));
	snprintf(pack, sizeof pack, "%s/packs/default", src ? src : ".");
	if (access(pack, R_OK) != 0)
		snprintf(pack, sizeof pack, "packs/default");
	return rl_provider_global_init(NULL);
}

static int teardown(void **st)
{
	char cmd[128];
	(void)st;
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
	rl_provider_global_cleanup();
	return 0;
}

static void write_file(const char *name, const char *text, char *path, size_t n)
{
	FILE *f;
	snprintf(path, n, "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static const char cfg_text[] = "experiment_id: unit\n"
			       "global:\n"
			       "  models: [\"mock\", \"mock:second\"]\n"
			       "  samples_per_condition: 4\n"
			       "expansions:\n"
			       "  - name: x\n"
			       "    variables:\n"
			       "      scenarios: [coercion, lethal]\n"
			       "      goal_types: [explicit]\n"
			       "      goal_values: [america]\n"
			       "      urgency_types: [replacement, none]\n"
			       "prices:\n"
			       "  \"mock:*\": {input: 1.0, output: 2.0}\n";

static void opts_for(rl_campaign_opts *o, const char *cfg, const char *db)
{
	memset(o, 0, sizeof *o);
	o->config_path = cfg;
	o->pack_dir = pack;
	o->db_path = db;
}

static int64_t count_done(const char *db)
{
	rl_store *s;
	rl_store_count *c;
	size_t n, i;
	int64_t t = 0;
	rl_err e;
	assert_int_equal(rl_store_open(&s, db, RL_STORE_RDONLY, &e), 0);
	assert_int_equal(rl_store_counts(s, 0, NULL, NULL, &c, &n, &e), 0);
	for (i = 0; i < n; i++) {
		assert_true(c[i].done <= 4); /* never more than N per cell */
		t += c[i].done;
	}
	rl_store_counts_free(c, n);
	rl_store_close(s);
	return t;
}

static void runs_exact_counts_then_resumes(void **st)
{
	char cfg[256], db[256];
	rl_campaign_opts o;
	rl_campaign_stats s;
	int outcome = -1;
	rl_err e;
	(void)st;
	write_file("a.yaml", cfg_text, cfg, sizeof cfg);
	snprintf(db, sizeof db, "%s/a.db", dir);
	opts_for(&o, cfg, db);
	assert_int_equal(rl_campaign_run(&o, &outcome, &s, NULL, 0, &e), 0);
	assert_int_equal(outcome, RL_CAMPAIGN_COMPLETE);
	assert_int_equal(s.total, 2 * 4 * 4);
	assert_int_equal(s.done, 32);
	assert_int_equal(s.done_before, 0);
	assert_int_equal(s.errors, 0);
	assert_true(s.input_tokens > 0);
	assert_true(s.cost_usd > 0); /* priced by the "mock:*" glob */
	assert_int_equal(s.cost_known, 1);
	assert_int_equal(count_done(db), 32);
	/* Resume: nothing requested again. */
	assert_int_equal(rl_campaign_run(&o, &outcome, &s, NULL, 0, &e), 0);
	assert_int_equal(outcome, RL_CAMPAIGN_COMPLETE);
	assert_int_equal(s.done, 0);
	assert_int_equal(s.done_before, 32);
	/* A smaller N counts only what the target asks for. */
	o.samples = 2;
	assert_int_equal(rl_campaign_run(&o, &outcome, &s, NULL, 0, &e), 0);
	assert_int_equal(s.total, 16);
	assert_int_equal(s.done_before, 16);
	assert_int_equal(s.done, 0);
}

static void stop_flag_stops_cleanly(void **st)
{
	char cfg[256], db[256];
	rl_campaign_opts o;
	rl_campaign_stats s;
	volatile sig_atomic_t stop = 1;
	int outcome = -1;
	rl_err e;
	(void)st;
	write_file("b.yaml", cfg_text, cfg, sizeof cfg);
	snprintf(db, sizeof db, "%s/b.db", dir);
	opts_for(&o, cfg, db);
	o.stop = &stop;
	assert_int_equal(rl_campaign_run(&o, &outcome, &s, NULL, 0, &e), 0);
	assert_int_equal(outcome, RL_CAMPAIGN_STOPPED);
	assert_int_equal(s.done, 0);
	stop = 0;
	assert_int_equal(rl_campaign_run(&o, &outcome, &s, NULL, 0, &e), 0);
	assert_int_equal(outcome, RL_CAMPAIGN_COMPLETE);
	assert_int_equal(count_done(db), 32);
}

struct planned {
	int calls;
	int64_t total, done_before, in_tokens;
	size_t nmodels;
};

static void on_plan(void *ud, const rl_campaign_plan *p)
{
	struct planned *pl = ud;
	pl->calls++;
	pl->total = p->total;
	pl->done_before = p->done_before;
	pl->in_tokens = p->est_input_tokens;
	pl->nmodels = p->nmodels;
}

static void dry_run_plans_and_writes_nothing(void **st)
{
	char cfg[256], db[256], used[512];
	rl_campaign_opts o;
	struct planned pl = {0};
	int outcome;
	rl_err e;
	(void)st;
	write_file("c.yaml", cfg_text, cfg, sizeof cfg);
	snprintf(db, sizeof db, "%s/c.db", dir);
	opts_for(&o, cfg, db);
	o.dry_run = 1;
	o.plan = on_plan;
	o.ud = &pl;
	assert_int_equal(rl_campaign_run(&o, &outcome, NULL, used, sizeof used, &e), 0);
	assert_int_equal(pl.calls, 1);
	assert_int_equal(pl.total, 32);
	assert_int_equal(pl.done_before, 0);
	assert_int_equal(pl.nmodels, 2);
	assert_true(pl.in_tokens > 1000);
	assert_string_equal(used, db);
	assert_int_not_equal(access(db, F_OK), 0);
}

static void failures_are_recorded_and_retried(void **st)
{
	char cfg[256], script[256], db[256], text[1024];
	rl_campaign_opts o;
	rl_campaign_stats s;
	int outcome;
	rl_err e;
	(void)st;
	write_file("fail.yaml", "responses:\n  - condition: \"lethal_*\"\n    error: 503\n", script,
		   sizeof script);
	snprintf(text, sizeof text,
		 "experiment_id: f\nglobal:\n  models: [\"mock@%s\"]\n"
		 "  samples_per_condition: 2\nexpansions:\n  - name: x\n    variables:\n"
		 "      scenarios: [coercion, lethal]\n      goal_types: [explicit]\n"
		 "      goal_values: [america]\n      urgency_types: [replacement]\n",
		 script);
	write_file("f.yaml", text, cfg, sizeof cfg);
	snprintf(db, sizeof db, "%s/f.db", dir);
	opts_for(&o, cfg, db);
	o.max_attempts = 1;
	assert_int_equal(rl_campaign_run(&o, &outcome, &s, NULL, 0, &e), 0);
	assert_int_equal(outcome, RL_CAMPAIGN_INCOMPLETE);
	assert_int_equal(s.done, 2);
	assert_int_equal(s.errors, 2);
	assert_non_null(strstr(s.last_error, "condition lethal_explicit-america_replacement"));
	assert_non_null(strstr(s.last_error, "model mock:default"));
	write_file("fail.yaml", "responses:\n  - text: \"ok\"\n", script, sizeof script);
	assert_int_equal(rl_campaign_run(&o, &outcome, &s, NULL, 0, &e), 0);
	assert_int_equal(outcome, RL_CAMPAIGN_COMPLETE);
	assert_int_equal(s.done, 2);
	assert_int_equal(s.done_before, 2);
}

static void bad_input_fails_before_anything(void **st)
{
	char cfg[256], db[256];
	rl_campaign_opts o;
	int outcome;
	rl_err e;
	(void)st;
	write_file("bad.yaml",
		   "experiment_id: b\nglobal:\n  models: [\"nope:x\"]\n"
		   "expansions:\n  - name: x\n    variables:\n"
		   "      scenarios: [coercion]\n      goal_types: [explicit]\n"
		   "      goal_values: [america]\n      urgency_types: [none]\n",
		   cfg, sizeof cfg);
	snprintf(db, sizeof db, "%s/bad.db", dir);
	opts_for(&o, cfg, db);
	assert_int_equal(rl_campaign_run(&o, &outcome, NULL, NULL, 0, &e), RL_EINVAL);
	assert_non_null(strstr(e.msg, "nope"));
	assert_int_not_equal(access(db, F_OK), 0);
	o.config_path = "/nonexistent.yaml";
	assert_true(rl_campaign_run(&o, &outcome, NULL, NULL, 0, &e) < 0);
}

static void helpers(void **st)
{
	char out[256];
	rl_config_price p[2] = {{(char *)"openai:gpt-4o*", 2.5, 10}, {(char *)"*", 1, 1}};
	double usd;
	(void)st;
	assert_int_equal(rl_campaign_default_db("exp1", "x/y.yaml", out, sizeof out), 0);
	assert_string_equal(out, "./exp1.db");
	assert_int_equal(rl_campaign_default_db("", "configs/my_study.yaml", out, sizeof out), 0);
	assert_string_equal(out, "./my_study.db");
	assert_int_equal(rl_campaign_default_db(NULL, "plain", out, sizeof out), 0);
	assert_string_equal(out, "./plain.db");
	assert_int_equal(
		rl_campaign_price(p, 2, "gpt-4o", "openai:gpt-4o-mini", 1000000, 1000000, &usd), 1);
	assert_true(usd > 12.49 && usd < 12.51);
	assert_int_equal(rl_campaign_price(p, 1, "claude", "anthropic:claude", 5, 5, &usd), 0);
	assert_true(usd == 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(runs_exact_counts_then_resumes),
		cmocka_unit_test(stop_flag_stops_cleanly),
		cmocka_unit_test(dry_run_plans_and_writes_nothing),
		cmocka_unit_test(failures_are_recorded_and_retried),
		cmocka_unit_test(bad_input_fails_before_anything),
		cmocka_unit_test(helpers),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
