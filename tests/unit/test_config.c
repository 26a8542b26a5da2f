/* test_config.c: experiment configs: the original's keys and redline's,
 * the expansion rule, accessors the campaign uses, and located errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redline/config.h"

static char *src_path(const char *rel)
{
	const char *src = getenv("REDLINE_SRC");
	size_t n = strlen(src ? src : ".") + strlen(rel) + 2;
	char *p = malloc(n);
	snprintf(p, n, "%s/%s", src ? src : ".", rel);
	return p;
}

static void redline_keys(void **st)
{
	char *path = src_path("tests/data/configs/redline.yaml");
	rl_config c;
	rl_err e;
	const rl_config_model *m;
	const rl_config_pool *pool;
	(void)st;
	rl_err_clear(&e);
	if (rl_config_load(path, &c, &e))
		fail_msg("%s", e.msg);
	assert_string_equal(c.experiment_id, "mini_smoke");
	assert_int_equal(c.samples_per_condition, 3);
	assert_true(c.temperature > 0.69 && c.temperature < 0.71);
	assert_int_equal(c.max_tokens, 1200);
	/* models: global first, then the enabled expansion's */
	assert_int_equal(c.nmodels, 3);
	assert_string_equal(c.models[0].name, "mock:plain");
	assert_int_equal(c.models[0].concurrency, 8);
	assert_string_equal(c.models[2].name, "mock:second");
	m = rl_config_model_find(&c, "openai:gpt-test@http://127.0.0.1:9/v1");
	assert_non_null(m);
	assert_true(m->has_temperature);
	assert_int_equal(m->max_tokens, 900);
	assert_string_equal(m->headers.v[0], "X-Trace: on");
	assert_string_equal(
		m->extra_body,
		"{\"seed\":7,\"reasoning\":{\"effort\":\"low\"},\"tags\":[\"a\",\"b\"]}");
	/* limits */
	assert_int_equal(rl_config_provider_limit(&c, "openai"), 4);
	assert_int_equal(rl_config_provider_limit(&c, "anthropic"), 0);
	pool = rl_config_pool_for(&c, "mock:plain");
	assert_non_null(pool);
	assert_true(pool->is_override);
	assert_true(pool->rpm > 29 && pool->rpm < 31);
	pool = rl_config_pool_for(&c, "mock:other");
	assert_string_equal(pool->name, "fast");
	assert_true(pool->tpm > 99999);
	assert_null(rl_config_pool_for(&c, "gpt-4o"));
	/* notice, execution, redline keys */
	assert_true(c.eval_notice_enabled);
	assert_string_equal(c.eval_notice_text, "\nNOTICE: test or real?\n");
	assert_int_equal(c.timeout_seconds, 30);
	assert_int_equal(c.retries, 2);
	assert_non_null(strstr(c.pack, "tests/data/configs/../packs/mini"));
	assert_string_equal(c.judge, "mock:judge");
	assert_int_equal(c.ndefenses, 3);
	assert_string_equal(c.defenses[1].name, "no-goal");
	assert_string_equal(c.defenses[2].text, "Be honest.");
	assert_int_equal(c.nprices, 2);
	assert_true(c.prices[1].output_per_mtok > 9.9);
	assert_string_equal(c.classifier_scenarios.v[0], "coercion");
	assert_string_equal(c.classifier_names.v[0], "blackmail_classifier");
	/* the expansion: the disabled one contributes nothing */
	assert_int_equal(c.nconditions, 12);
	{
		rl_pack *p = NULL;
		assert_int_equal(rl_pack_load(c.pack, &p, &e), 0);
		assert_int_equal(rl_config_check_pack(&c, p, &e), 0);
		rl_pack_free(p);
	}
	rl_config_free(&c);
	free(path);
}

static void expansion_rule(void **st)
{
	const char *y =
		"expansions:\n"
		"  - name: a\n    variables:\n      scenarios: [s1]\n      goal_types: [none, explicit]\n"
		"      goal_values: [x, y]\n      urgency_types: [none]\n"
		"  - name: b\n    variables:\n      scenarios: [s2, s1]\n      goal_types: [ambiguous]\n"
		"      goal_values: [z, x]\n      urgency_types: [replacement]\n";
	static const char *const want[] = {
		"s1_none-none_none",      "s1_none-none_replacement",
		"s1_explicit-x_none",     "s1_explicit-x_replacement",
		"s1_explicit-y_none",     "s1_explicit-y_replacement",
		"s1_explicit-z_none",     "s1_explicit-z_replacement",
		"s1_ambiguous-none_none", "s1_ambiguous-none_replacement",
	};
	rl_config c;
	rl_err e;
	size_t i;
	char id[RL_COND_ID_MAX];
	(void)st;
	assert_int_equal(rl_config_parse("t.yaml", NULL, y, strlen(y), &c, &e), 0);
	assert_int_equal(c.nconditions, 20);
	for (i = 0; i < sizeof want / sizeof want[0]; i++) {
		rl_condition_format(&c.conditions[i], id, sizeof id);
		assert_string_equal(id, want[i]);
	}
	rl_condition_format(&c.conditions[10], id, sizeof id);
	assert_string_equal(id, "s2_none-none_none");
	/* defaults */
	assert_int_equal(c.samples_per_condition, 1);
	assert_int_equal(c.timeout_seconds, 180);
	assert_int_equal(c.nmodels, 0);
	rl_config_free(&c);
}

/* The original generator's top-level keys: dont/goal are a render option
 * (ids unchanged), production_variant suffixes every id with _prod. */
static void original_keys(void **st)
{
	const char *base = "expansions:\n  - name: a\n    variables:\n      scenarios: [s1]\n"
			   "      goal_types: [explicit, none]\n      goal_values: [x]\n"
			   "      urgency_types: [replacement]\n";
	static const struct {
		const char *keys, *value, *id0;
		unsigned extra;
		int prod;
	} cases[] = {
		{"", NULL, "s1_explicit-x_replacement", 0, 0},
		{"extra_system_instructions: dont\n", "dont", "s1_explicit-x_replacement",
		 RL_ABL_PROHIBIT, 0},
		{"extra_system_instructions: goal\n", "goal", "s1_explicit-x_replacement",
		 RL_ABL_EXTRA_GOAL, 0},
		{"extra_system_instructions: false\n", NULL, "s1_explicit-x_replacement", 0, 0},
		{"production_variant: true\n", NULL, "s1_explicit-x_replacement_prod", 0, 1},
		{"production_variant: false\nextra_system_instructions: dont\n", "dont",
		 "s1_explicit-x_replacement", RL_ABL_PROHIBIT, 0},
		{"production_variant: yes\nextra_system_instructions: goal\n", "goal",
		 "s1_explicit-x_replacement_prod", RL_ABL_EXTRA_GOAL, 1},
	};
	size_t i;
	(void)st;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char y[1024], id[RL_COND_ID_MAX];
		rl_config c;
		rl_render_opts ro;
		rl_err e;
		rl_err_clear(&e);
		snprintf(y, sizeof y, "%s%s", cases[i].keys, base);
		if (rl_config_parse("t.yaml", NULL, y, strlen(y), &c, &e))
			fail_msg("case %zu: %s", i, e.msg);
		if (cases[i].value)
			assert_string_equal(c.extra_system_instructions, cases[i].value);
		else
			assert_null(c.extra_system_instructions);
		assert_int_equal(c.extra_ablation, cases[i].extra);
		assert_int_equal(c.production_variant, cases[i].prod);
		assert_int_equal(c.nconditions, 2);
		rl_condition_format(&c.conditions[0], id, sizeof id);
		assert_string_equal(id, cases[i].id0);
		rl_condition_format(&c.conditions[1], id, sizeof id);
		assert_string_equal(id, cases[i].prod ? "s1_none-none_replacement_prod"
						      : "s1_none-none_replacement");
		/* the extra text is a render option, so ids stay the original's */
		rl_config_render_opts(&c, &ro);
		assert_int_equal(ro.ablations, cases[i].extra);
		rl_config_free(&c);
	}
}

static void located_errors(void **st)
{
	/* clang-format off */
	static const char *const cases[][2] = {
		{"expansions: []\nglobal:\n  temprature: 1\n", "t.yaml:3:3: unknown key 'temprature'"},
		{"expansions:\n  - variables:\n      goal_types: [latent, swapp]\n", "t.yaml:3:28: goal_types: unknown value 'swapp'"},
		{"expansions: []\nglobal: {samples_per_condition: 0}\n", "t.yaml:2:33: expected an integer >= 1"},
		{"expansions: []\nglobal:\n  models:\n    - {name: a, temperature: hot}\n", "t.yaml:4:30: expected a number"},
		{"expansions: []\nglobal:\n  models:\n    - {name: a, headers: {\"X:Y\": z}}\n", "not a valid header"},
		{"expansions: []\nglobal:\n  alignment_faking: {enabled: true}\n", "enabled without warning_text"},
		{"expansions: []\nprices: {\"gpt-*\": {input: 1, outptu: 2}}\n", "t.yaml:2:30: unknown key 'outptu'"},
		{"[1, 2]\n", "t.yaml:1:1: expected a mapping"},
		{"expansions: []\nextra_system_instructions: please\n", "t.yaml:2:28: extra_system_instructions: unknown value 'please' (expected one of: dont, goal, false)"},
		{"expansions: []\nextra_system_instructions: true\n", "t.yaml:2:28: extra_system_instructions: unknown value 'true' (expected one of: dont, goal, false)"},
		{"expansions: []\nextra_system_instructions: {a: b}\n", "t.yaml:2:28: extra_system_instructions: unknown value"},
		{"expansions: []\nproduction_variant: sometimes\n", "t.yaml:2:21: expected true or false, got 'sometimes'"},
		{"expansions: []\ndefenses: [prohibit, prohibit]\n", "duplicate defense 'prohibit'"},
		{"expansions:\n  - variables:\n      scenarios: [bad_id]\n      goal_types: [none]\n      urgency_types: [none]\n", "scenario 'bad_id' must be letters and digits"},
	};
	/* clang-format on */
	size_t i;
	(void)st;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		rl_config c;
		rl_err e;
		rl_err_clear(&e);
		assert_int_not_equal(
			rl_config_parse("t.yaml", NULL, cases[i][0], strlen(cases[i][0]), &c, &e),
			0);
		if (!strstr(e.msg, cases[i][1]))
			fail_msg("case %zu: '%s' lacks '%s'", i, e.msg, cases[i][1]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(redline_keys),
		cmocka_unit_test(expansion_rule),
		cmocka_unit_test(original_keys),
		cmocka_unit_test(located_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
