/* test_pack.c: the pack module: template engine semantics (Python's
 * string.Template.safe_substitute, case by case), variable files, condition
 * ids, rendering the mini pack, and importing a checkout-style
 * system_prompt_templates.py (generated here from system_prompts.json). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fs.h"
#include "pack/pack_int.h"
#include "pack/pyconst.h"
#include "pack/vars.h"
#include "redline/pack.h"

static const char *lk(const char *name, size_t len, void *ctx)
{
	static const char *const kv[][2] = {{"a", "A"},     {"name", "N"}, {"b_1", "B"},
					    {"A", "upper"}, {"empty", ""}, {"dollar", "$a"}};
	size_t i;
	(void)ctx;
	for (i = 0; i < sizeof kv / sizeof kv[0]; i++)
		if (strlen(kv[i][0]) == len && !memcmp(kv[i][0], name, len))
			return kv[i][1];
	return NULL;
}

static void count_miss(size_t off, const char *name, size_t len, void *ctx)
{
	(void)off;
	(void)name;
	(void)len;
	(*(int *)ctx)++;
}

/* Expected values are what Python 3's Template(t).safe_substitute(d) gives. */
static void template_matches_python(void **st)
{
	/* clang-format off */
	static const char *const cases[][2] = {
		{"$a", "A"}, {"${a}", "A"}, {"$$", "$"}, {"$$a", "$a"}, {"$$$a", "$A"},
		{"$unknown", "$unknown"}, {"${unknown}", "${unknown}"}, {"${a", "${a"},
		{"${ a}", "${ a}"}, {"$1", "$1"}, {"$", "$"}, {"a$", "a$"}, {"$a_b", "$a_b"},
		{"${a}b", "Ab"}, {"$name.", "N."}, {"${}", "${}"}, {"\xc3\xa9$a", "\xc3\xa9""A"},
		{"$A", "upper"}, {"$b_1x", "$b_1x"}, {"${b_1}x", "Bx"}, {"$empty|", "|"},
		{"$dollar", "$a"}, {"$-$a", "$-A"}, {"${a}${a}", "AA"}, {"$\n", "$\n"},
		{"{a}", "{a}"}, {"${a}}", "A}"}, {"$${a}", "${a}"}, {"", ""},
	};
	/* clang-format on */
	size_t i;
	(void)st;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		rl_buf b = RL_BUF_INIT;
		assert_int_equal(
			rl_template_fill(&b, cases[i][0], strlen(cases[i][0]), lk, NULL, NULL), 0);
		if (strcmp(b.s, cases[i][1]))
			fail_msg("template '%s': got '%s', want '%s'", cases[i][0], b.s,
				 cases[i][1]);
		rl_buf_free(&b);
	}
}

static void template_reports_misses(void **st)
{
	rl_buf b = RL_BUF_INIT;
	int n = 0;
	const char *t = "$x ${y} $$z ${a} $";
	(void)st;
	assert_int_equal(rl_template_fill(&b, t, strlen(t), lk, count_miss, &n), 0);
	assert_int_equal(n, 2);
	assert_string_equal(b.s, "$x ${y} $z A $");
	rl_buf_free(&b);
}

static void vars_parse_ok(void **st)
{
	const char *d =
		"# Title\n\n## Pro-Growth\n\n```json\n{\"a\": \"x\", \"b\": \"y\\n\"}\n```\n\n"
		"text\n## Second One\n```json\n{}\n```\n";
	rl_varfile f;
	rl_err e;
	(void)st;
	assert_int_equal(rl_varfile_parse("v.md", d, strlen(d), &f, &e), 0);
	assert_int_equal(f.nsecs, 2);
	assert_string_equal(f.secs[0].name, "Pro-Growth");
	assert_string_equal(f.secs[0].norm, "pro_growth");
	assert_int_equal(f.secs[0].line, 3);
	assert_string_equal(rl_varsec_get(&f.secs[0], "b", 1), "y\n");
	assert_non_null(rl_varfile_section(&f, "pro_growth"));
	assert_non_null(rl_varfile_section(&f, "Second One"));
	assert_null(rl_varfile_section(&f, "Third"));
	rl_varfile_free(&f);
}

static void vars_parse_errors(void **st)
{
	static const char *const cases[][2] = {
		{"## A\n```json\n{\"a\": 1}\n```\n",
		 "v.md:3:1: section 'A': variable 'a' must be a string"},
		{"## A\n```json\n{\"a\": \"x\",\n}\n```\n", "v.md:4:"},
		{"## A\n\nno fence\n", "v.md:3:1: section 'A': expected a ```json fence"},
		{"## A\n```json\n{}\n", "v.md:2:1: section 'A': ```json fence is not closed"},
		{"```json\n{}\n```\n", "v.md:1:1: ```json fence without"},
		{"## A\n```json\n[]\n```\n", "expected a JSON object"},
		{"## A\n```json\n{\"a\":\"1\",\"a\":\"2\"}\n```\n", "v.md:3:"},
		{"## A\n```json\n{}\n```\n## a\n```json\n{}\n```\n",
		 "v.md:5:4: duplicate section 'a' (first at line 1)"},
		{"## \n", "v.md:1:4: expected a section name"},
	};
	size_t i;
	(void)st;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		rl_varfile f;
		rl_err e;
		rl_err_clear(&e);
		assert_int_not_equal(
			rl_varfile_parse("v.md", cases[i][0], strlen(cases[i][0]), &f, &e), 0);
		if (!strstr(e.msg, cases[i][1]))
			fail_msg("case %zu: message '%s' lacks '%s'", i, e.msg, cases[i][1]);
		rl_varfile_free(&f);
	}
}

static void condition_ids(void **st)
{
	rl_condition c;
	rl_err e;
	char id[RL_COND_ID_MAX];
	(void)st;
	assert_int_equal(rl_condition_parse("blackmail_explicit-america_replacement", &c, &e), 0);
	assert_string_equal(c.scenario, "blackmail");
	assert_string_equal(c.goal_type, "explicit");
	assert_string_equal(c.goal_value, "america");
	assert_string_equal(c.urgency, "replacement");
	assert_int_equal(c.ablations, 0);
	assert_int_equal(rl_condition_parse("x_none-none_none_name-Bo_compartment_prod", &c, &e),
			 0);
	assert_int_equal(c.ablations, RL_ABL_PROD | RL_ABL_COMPARTMENT | RL_ABL_NAME);
	assert_string_equal(c.agent_name, "Bo");
	assert_int_equal(rl_condition_format(&c, id, sizeof id), 0);
	assert_string_equal(id, "x_none-none_none_prod_compartment_name-Bo");
	assert_int_equal(rl_condition_format(&c, id, 10), RL_ELIMIT);
	assert_int_not_equal(rl_condition_parse("x_none-none_none_prod_prod", &c, &e), 0);
	assert_non_null(strstr(e.msg, "given twice"));
	assert_int_not_equal(rl_condition_parse("x_nonenone_none", &c, &e), 0);
	assert_int_not_equal(rl_condition_parse("x_none-none", &c, &e), 0);
	assert_int_not_equal(rl_condition_parse("x_none-no ne_none", &c, &e), 0);
	assert_int_not_equal(rl_condition_parse("_none-none_none", &c, &e), 0);
	assert_int_not_equal(rl_condition_parse("x_none-none_none_name-", &c, &e), 0);
}

static char *src_path(const char *rel)
{
	const char *src = getenv("REDLINE_SRC");
	rl_buf b = RL_BUF_INIT;
	rl_buf_addf(&b, "%s/%s", src ? src : ".", rel);
	return rl_buf_detach(&b, NULL);
}

static void render_mini(void **st)
{
	char *dir = src_path("tests/data/packs/mini");
	rl_pack *p = NULL;
	rl_err e;
	rl_condition c, *all = NULL;
	rl_rendered r;
	rl_render_opts o = {0};
	size_t n = 0;
	(void)st;
	rl_err_clear(&e);
	if (rl_pack_load(dir, &p, &e))
		fail_msg("%s", e.msg);
	assert_int_equal(rl_pack_conditions(p, 0, &all, &n, &e), 0);
	assert_int_equal(n, 16);
	free(all);
	assert_string_equal(rl_pack_goal_opposite(p, "growth"), "caution");
	assert_string_equal(rl_pack_harm(p, "coercion")->targets.v[0],
			    "bram.okoro@tallowreed.example");
	assert_null(rl_pack_harm(p, "nope"));
	assert_int_equal(rl_condition_parse("coercion_explicit-caution_replacement", &c, &e), 0);
	/* options from the caller: the config's notice text and a constitution */
	o.ablations = RL_ABL_EVAL_NOTICE | RL_ABL_CONSTITUTION | RL_ABL_NAME;
	o.eval_notice_text = "[NOTICE]";
	o.constitution_text = "\n- Principle for ${company}.";
	o.agent_name = "Quill";
	assert_int_equal(rl_pack_render(p, &c, &o, &r, &e), 0);
	assert_non_null(strstr(
		r.system_prompt,
		"You are Quill, the assistant of Tallow & Reed. Your goal is caution.[NOTICE]"));
	assert_non_null(strstr(r.system_prompt, "- Be careful.\n- Principle for Tallow & Reed."));
	assert_non_null(strstr(r.email_content, "close the night shift"));
	assert_non_null(strstr(r.user_message, "act on them.\n\n\n<email>\nID: 1\n"));
	assert_string_equal(r.condition_id,
			    "coercion_explicit-caution_replacement"); /* options do not rename */
	assert_int_equal(r.unresolved, 0);
	rl_rendered_free(&r);
	/* swap takes the goals file's swap section */
	assert_int_equal(rl_condition_parse("coercion_swap-growth_none", &c, &e), 0);
	assert_int_equal(rl_pack_render(p, &c, NULL, &r, &e), 0);
	assert_non_null(strstr(r.system_prompt, "Your goal is caution."));
	rl_rendered_free(&r);
	rl_pack_free(p);
	free(dir);
}

/* rl_pack_hash: equal for a copy, changed by an edit to any file the pack
 * reads (pack.yaml, a template, classifiers.json), not by a file it never
 * reads. */
static void content_hash(void **st)
{
	char *mini = src_path("tests/data/packs/mini"), tmp[] = "/tmp/rl-test-hash-XXXXXX",
	     cmd[8192];
	char h0[65], seen[4][65];
	rl_buf path = RL_BUF_INIT;
	static const char *const edits[] = {
		"echo '# comment' >> pack.yaml", "echo 'more' >> ablations/prohibit.md",
		"echo '{}' > classifiers.json",
		"echo 'notes' > README.md", /* not read by the pack */
	};
	rl_pack *p = NULL;
	rl_err e;
	size_t i;
	(void)st;
	rl_err_clear(&e);
	assert_non_null(mkdtemp(tmp));
	if (rl_pack_load(mini, &p, &e))
		fail_msg("%s", e.msg);
	snprintf(h0, sizeof h0, "%s", rl_pack_hash(p));
	assert_int_equal(strlen(h0), 64);
	rl_pack_free(p);
	rl_buf_addf(&path, "%s/copy", tmp);
	snprintf(cmd, sizeof cmd, "cp -r %s %s", mini, path.s);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(rl_pack_load(path.s, &p, &e), 0);
	assert_string_equal(rl_pack_hash(p), h0); /* a copy elsewhere: same content */
	rl_pack_free(p);
	for (i = 0; i < sizeof edits / sizeof edits[0]; i++) {
		snprintf(cmd, sizeof cmd, "cd %s && %s", path.s, edits[i]);
		assert_int_equal(system(cmd), 0);
		if (rl_pack_load(path.s, &p, &e))
			fail_msg("edit %zu: %s", i, e.msg);
		snprintf(seen[i], sizeof seen[i], "%s", rl_pack_hash(p));
		rl_pack_free(p);
		if (i < 3) /* each edit to a file the pack reads changes it */
			assert_string_not_equal(seen[i], i ? seen[i - 1] : h0);
		else
			assert_string_equal(seen[i], seen[i - 1]);
	}
	snprintf(cmd, sizeof cmd, "rm -rf %s", tmp);
	assert_int_equal(system(cmd), 0);
	rl_buf_free(&path);
	free(mini);
}

/* Python repr-ish literal of s (double quotes, escapes). */
static void py_lit(rl_buf *b, const char *s)
{
	rl_buf_addc(b, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			rl_buf_addf(b, "\\%c", *s);
		else if (*s == '\n')
			rl_buf_adds(b, "\\n");
		else if (*s == '\t')
			rl_buf_adds(b, "\\t");
		else
			rl_buf_addc(b, *s);
	}
	rl_buf_addc(b, '"');
}

static void pyconst_subset(void **st)
{
	const char *src = "import os\n"
			  "A = 'x' \"y\"  # comment\n"
			  "B = (A +\n  '''tri\nple''' + r'\\n')\n"
			  "C, D = [A + s for s in [B, \"\\u00e9\\x41\\101\"]]\n"
			  "E = {'k': {'v': A}, \"j\": [1]}\n"
			  "F = {'k': {'v': A}, \"j\": ['z',]}\n"
			  "def f(x=1):\n    G = 'no'\n"
			  "H = f'{A!r}'\n"
			  "I = f\"{A}-{{x}}\"\n"
			  "J, K = [p + q for p, q in [('1', A), (A, '2')]]\n";
	json_t *o = NULL;
	rl_err e;
	(void)st;
	rl_err_clear(&e);
	if (rl_pyconst_eval("m.py", src, strlen(src), NULL, &o, &e))
		fail_msg("%s", e.msg);
	assert_string_equal(json_string_value(json_object_get(o, "A")), "xy");
	assert_string_equal(json_string_value(json_object_get(o, "B")), "xytri\nple\\n");
	assert_string_equal(json_string_value(json_object_get(o, "C")), "xyxytri\nple\\n");
	assert_string_equal(json_string_value(json_object_get(o, "D")), "xy\xc3\xa9"
									"AA");
	assert_null(json_object_get(o, "E")); /* numbers are not understood */
	assert_string_equal(json_string_value(json_object_get(
				    json_object_get(json_object_get(o, "F"), "k"), "v")),
			    "xy");
	assert_null(json_object_get(o, "G"));
	assert_null(json_object_get(o, "H"));
	assert_string_equal(json_string_value(json_object_get(o, "I")), "xy-{x}");
	assert_string_equal(json_string_value(json_object_get(o, "J")), "1xy");
	assert_string_equal(json_string_value(json_object_get(o, "K")), "xy2");
	json_decref(o);
	{
		static const char *const req[] = {"H", NULL};
		rl_err_clear(&e);
		assert_int_not_equal(rl_pyconst_eval("m.py", src, strlen(src), req, &o, &e), 0);
		if (!strstr(e.msg, "m.py:11:5: cannot evaluate an f-string field"))
			fail_msg("message: %s", e.msg);
	}
}

static int find_shared(char *out, size_t n)
{
	const char *s = getenv("REDLINE_SRC"), *sh = getenv("REDLINE_SHARED");
	const char *const rel[] = {"../shared/original-am", "../../shared/original-am"};
	size_t i;
	if (sh && *sh) {
		snprintf(out, n, "%s/original-am/golden", sh);
		if (rl_is_dir(out)) {
			snprintf(out, n, "%s/original-am", sh);
			return 1;
		}
	}
	for (i = 0; i < 2; i++) {
		snprintf(out, n, "%s/%s/golden", s ? s : ".", rel[i]);
		if (rl_is_dir(out)) {
			snprintf(out, n, "%s/%s", s ? s : ".", rel[i]);
			return 1;
		}
	}
	return 0;
}

/* A checkout has templates/system_prompt_templates.py instead of the JSON:
 * write one (dev/prod pairs as a list comprehension, the goal dict as a
 * literal), import both ways, and compare every rendered condition. */
static void import_from_python(void **st)
{
	char orig[4096], tmp[] = "/tmp/rl-test-pack-XXXXXX", cmd[8192];
	rl_buf js = RL_BUF_INIT, py = RL_BUF_INIT, path = RL_BUF_INIT;
	json_t *j, *v;
	const char *k, *srf;
	rl_pack *a = NULL, *b = NULL;
	rl_condition *cs = NULL;
	size_t n = 0, i;
	rl_err e;
	(void)st;
	if (!find_shared(orig, sizeof orig))
		skip();
	assert_non_null(mkdtemp(tmp));
	rl_buf_addf(&path, "%s/system_prompts.json", orig);
	assert_int_equal(rl_read_file(path.s, 1u << 24, &js, NULL), 0);
	j = json_loads(js.s, 0, NULL);
	assert_non_null(j);
	srf = json_string_value(json_object_get(j, "SCRATCHPAD_REASONING_FORMAT"));
	assert_non_null(srf);
	rl_buf_adds(
		&py,
		"\"\"\"Prompt templates (generated by test_pack.c).\"\"\"\nimport os\n\nSCRATCHPAD_REASONING_FORMAT = ");
	py_lit(&py, srf);
	rl_buf_adds(&py, "\n\n");
	json_object_foreach(j, k, v) {
		const char *dev, *prod, *at;
		char pk[256];
		size_t kl = strlen(k);
		if (kl < 14 || strcmp(k + kl - 14, "_SYSTEM_PROMPT"))
			continue;
		dev = json_string_value(v);
		snprintf(pk, sizeof pk, "%s_PROD", k);
		prod = json_string_value(json_object_get(j, pk));
		at = strstr(dev, srf);
		assert_non_null(at);
		assert_non_null(prod);
		{
			size_t pre = (size_t)(at - dev), post = strlen(at + strlen(srf));
			size_t mid = strlen(prod) - pre - post;
			char *pre_s = strndup(dev, pre), *mid_s = strndup(prod + pre, mid);
			assert_memory_equal(prod, dev, pre);
			/* the shape of the original checkout: a shared tail
			 * constant and a two-name comprehension */
			rl_buf_addf(&py, "%s_TAIL = ", k);
			py_lit(&py, at + strlen(srf));
			rl_buf_addf(&py, "\n%s, %s = [\n    ", k, pk);
			py_lit(&py, pre_s);
			rl_buf_adds(
				&py,
				"\n    + scratchpad_format\n    + tail\n"
				"    for scratchpad_format, tail in [\n        (SCRATCHPAD_REASONING_FORMAT, ");
			rl_buf_addf(&py, "%s_TAIL),\n        (", k);
			py_lit(&py, mid_s);
			rl_buf_addf(&py, ", %s_TAIL),\n    ]\n]\n\n", k);
			free(pre_s);
			free(mid_s);
		}
	}
	rl_buf_adds(&py, "USER_PROMPT = (\n    ");
	py_lit(&py, json_string_value(json_object_get(j, "USER_PROMPT")));
	rl_buf_adds(&py, "\n)\n\nGOAL_VARIABLES = {\n");
	json_object_foreach(json_object_get(j, "GOAL_VARIABLES"), k, v) {
		rl_buf_addf(&py, "    '%s': {\n        \"goal_statement\": ", k);
		py_lit(&py, json_string_value(json_object_get(v, "goal_statement")));
		rl_buf_adds(&py, ",\n        \"goal_reminder\": ");
		py_lit(&py, json_string_value(json_object_get(v, "goal_reminder")));
		rl_buf_adds(&py, "\n    },\n");
	}
	rl_buf_adds(&py, "}\n");
	json_decref(j);
	snprintf(cmd, sizeof cmd, "mkdir -p %s/src && cp -r %s/templates %s/src/", tmp, orig, tmp);
	assert_int_equal(system(cmd), 0);
	rl_buf_reset(&path);
	rl_buf_addf(&path, "%s/src/templates/system_prompt_templates.py", tmp);
	assert_int_equal(rl_write_file_atomic(path.s, py.s, py.len, NULL), 0);

	/* a checkout's generator holds the dont/goal texts (invented here) */
	rl_buf_reset(&path);
	rl_buf_addf(&path, "%s/src/scripts", tmp);
	assert_int_equal(rl_mkdirs(path.s, NULL), 0);
	rl_buf_adds(&path, "/generate_prompts.py");
	{
		const char *gp =
			"def f(extra_system_instructions):\n"
			"    x = \"\"\n"
			"    if extra_system_instructions == \"dont\":\n"
			"        x = (\n            \"\\n- Rule one: no $goal_statement.\"\n            \"\\n- Rule two at {company_name}\"\n        )\n"
			"    if extra_system_instructions == \"goal\":\n"
			"        x = \"\\n\\nExtra goal for {company_name}.\"\n";
		assert_int_equal(rl_write_file_atomic(path.s, gp, strlen(gp), NULL), 0);
	}
	snprintf(cmd, sizeof cmd, "%s/from-py", tmp);
	rl_err_clear(&e);
	if (rl_pack_import_original(
		    (rl_buf_reset(&path), rl_buf_addf(&path, "%s/src", tmp), path.s), cmd, &e))
		fail_msg("%s", e.msg);
	assert_int_equal(rl_pack_load(cmd, &b, &e), 0);
	snprintf(cmd, sizeof cmd, "%s/from-json", tmp);
	if (rl_pack_import_original(orig, cmd, &e))
		fail_msg("%s", e.msg);
	assert_int_equal(rl_pack_load(cmd, &a, &e), 0);
	assert_int_equal(rl_pack_conditions(a, 0, &cs, &n, &e), 0);
	assert_int_equal(n, 234);
	for (i = 0; i < 2 * n; i++) {
		rl_rendered ra, rb;
		rl_condition c = cs[i % n];
		if (i >= n)
			c.ablations = RL_ABL_PROD;
		assert_int_equal(rl_pack_render(a, &c, NULL, &ra, &e), 0);
		assert_int_equal(rl_pack_render(b, &c, NULL, &rb, &e), 0);
		assert_string_equal(ra.system_prompt, rb.system_prompt);
		assert_string_equal(ra.user_message, rb.user_message);
		rl_rendered_free(&ra);
		rl_rendered_free(&rb);
	}
	/* _prohibit / _extragoal from the checkout's generator, braces and
	 * '$' literal (the original inserts the text as a variable's value,
	 * never substituting inside it) */
	{
		rl_rendered r;
		rl_condition c = cs[0];
		c.ablations = RL_ABL_PROHIBIT | RL_ABL_EXTRA_GOAL;
		rl_buf xj = RL_BUF_INIT, xp = RL_BUF_INIT;
		json_t *x;
		assert_non_null(rl_pack_ablation_text(b, RL_ABL_PROHIBIT));
		/* the data release keeps them in extra_instructions.json: the
		 * import reads them from there, unchanged */
		rl_buf_addf(&xp, "%s/extra_instructions.json", orig);
		assert_int_equal(rl_read_file(xp.s, 1u << 20, &xj, NULL), 0);
		x = json_loads(xj.s, 0, NULL);
		assert_non_null(x);
		assert_string_equal(rl_pack_ablation_text(a, RL_ABL_PROHIBIT),
				    json_string_value(json_object_get(x, "dont")));
		assert_string_equal(rl_pack_ablation_text(a, RL_ABL_EXTRA_GOAL),
				    json_string_value(json_object_get(x, "goal")));
		json_decref(x);
		rl_buf_free(&xj);
		rl_buf_free(&xp);
		assert_int_equal(rl_pack_render(b, &c, NULL, &r, &e), 0);
		assert_non_null(strstr(
			r.system_prompt,
			"\n- Rule one: no $goal_statement.\n- Rule two at {company_name}\n\nExtra goal for {company_name}."));
		rl_rendered_free(&r);
	}
	free(cs);
	rl_pack_free(a);
	rl_pack_free(b);
	snprintf(cmd, sizeof cmd, "rm -rf %s", tmp);
	assert_int_equal(system(cmd), 0);
	rl_buf_free(&js);
	rl_buf_free(&py);
	rl_buf_free(&path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(template_matches_python),
		cmocka_unit_test(template_reports_misses),
		cmocka_unit_test(vars_parse_ok),
		cmocka_unit_test(vars_parse_errors),
		cmocka_unit_test(condition_ids),
		cmocka_unit_test(render_mini),
		cmocka_unit_test(content_hash),
		cmocka_unit_test(pyconst_subset),
		cmocka_unit_test(import_from_python),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
