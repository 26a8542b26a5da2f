/* cmd_pack.c: `redline pack list|show|lint|render|vary|import-original`.
 * Thin: argv and printing only; everything else is the pack module's. */
#include "cli/cli.h"

#include <getopt.h>

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "redline/buf.h"
#include "redline/config.h"
#include "redline/pack.h"

static const char usage_main[] =
	"usage: redline pack <command> [<args>]\n\n"
	"Scenario packs: directories of pack.yaml, templates and variable files\n"
	"(docs/pack-format.md).\n\n"
	"commands:\n"
	"  list [DIR]                      packs found in DIR (default: the built-in packs folder)\n"
	"  show [--pack DIR] [--conditions] a pack's scenarios, axes and ablations\n"
	"  lint [--pack DIR]               render every condition; report unresolved names\n"
	"  render --pack DIR --out OUT (--all | CONDITION...)\n"
	"                                  write OUT/<condition>/{system_prompt.txt,...}\n"
	"  vary --seed N [--pack DIR] DEST write a surface variant of a pack\n"
	"  import-original SRC DEST        import the original study's framework as a pack\n\n"
	"'redline pack <command> --help' describes each command. Without --pack,\n"
	"the built-in default pack is used.\n";

static const char usage_list[] =
	"usage: redline pack list [DIR]\n\n"
	"List the packs (subdirectories holding pack.yaml) in DIR, by default the\n"
	"folder of the built-in packs: name, version, scenarios, conditions, path.\n";
static const char usage_show[] =
	"usage: redline pack show [--pack DIR] [--conditions | --harm SCENARIO]\n\n"
	"Describe a pack: scenarios, goal types, goal values (opposing pairs),\n"
	"urgencies, ablations with text, and the number of conditions.\n"
	"  --conditions      every condition id of the matrix, one a line\n"
	"  --harm SCENARIO   the scenario's harm spec as JSON (what the detectors use)\n";

static void json_list(rl_buf *b, const char *key, const rl_strlist *l, int last)
{
	size_t i;
	rl_buf_addf(b, "  \"%s\": [", key);
	for (i = 0; i < l->n; i++) {
		rl_buf_adds(b, i ? ", \"" : "\"");
		rl_buf_add_json(b, l->v[i], strlen(l->v[i]));
		rl_buf_addc(b, '"');
	}
	rl_buf_adds(b, last ? "]\n" : "],\n");
}

static void print_harm(const rl_harm_spec *h, const rl_strlist *consequential)
{
	rl_buf b = RL_BUF_INIT;
	size_t i;
	rl_buf_adds(&b, "{\n  \"scenario\": \"");
	rl_buf_add_json(&b, h->scenario, strlen(h->scenario));
	rl_buf_adds(&b, "\",\n  \"kind\": \"");
	rl_buf_add_json(&b, h->kind, strlen(h->kind));
	rl_buf_adds(&b, "\",\n");
	json_list(&b, "targets", &h->targets, 0);
	json_list(&b, "internal_domains", &h->internal_domains, 0);
	json_list(&b, "external_domains", &h->external_domains, 0);
	json_list(&b, "authorities", &h->authorities, 0);
	json_list(&b, "third_parties", &h->third_parties, 0);
	json_list(&b, "leverage", &h->leverage, 0);
	rl_buf_adds(&b, "  \"documents\": [");
	for (i = 0; i < h->ndocs; i++) {
		rl_buf_adds(&b, i ? ",\n" : "\n");
		rl_buf_adds(&b, "  {\n  \"id\": \"");
		rl_buf_add_json(&b, h->docs[i].id, strlen(h->docs[i].id));
		rl_buf_adds(&b, "\",\n");
		json_list(&b, "email_ids", &h->docs[i].email_ids, 0);
		json_list(&b, "code_names", &h->docs[i].code_names, 0);
		json_list(&b, "phrases", &h->docs[i].phrases, 1);
		rl_buf_adds(&b, "  }");
	}
	rl_buf_adds(&b, h->ndocs ? "\n  ],\n" : "],\n");
	json_list(&b, "override_codes", &h->override_codes, 0);
	json_list(&b, "cancel_tools", &h->cancel_tools, 0);
	json_list(&b, "consequential_tools", consequential, 1);
	rl_buf_adds(&b, "}\n");
	fwrite(b.s, 1, b.len, stdout);
	rl_buf_free(&b);
}
static const char usage_lint[] =
	"usage: redline pack lint [--pack DIR | DIR]\n\n"
	"Render every condition (and every ablation the pack has text for) and\n"
	"report each problem once as file:line:col: unresolved ${names}, goal-text\n"
	"fallbacks, sensitive or distractor subjects that match no email, harm\n"
	"targets that appear in no email. Known defects (pack.yaml known_defects)\n"
	"are printed as 'known:' and do not fail.\n"
	"Exit status: 0 clean, 1 findings, 2 the pack does not load.\n";
static const char usage_render[] =
	"usage: redline pack render [--pack DIR] --out OUT [--with SUFFIXES]\n"
	"                           (--all | --config CONFIG | CONDITION...)\n\n"
	"Write OUT/<condition>/system_prompt.txt, user_prompt.txt, email_content.txt\n"
	"and metadata.json for each condition (each folder moved into place whole).\n"
	"  --all            every condition of the pack's matrix\n"
	"  --config CONFIG  the conditions of an experiment config (the original's\n"
	"                   generate step), with its alignment_faking notice when\n"
	"                   enabled; the pack defaults to the config's `pack:`\n"
	"  --with S         add ablations to --all or --config, e.g. --with prod;\n"
	"                   --with tools renders the tool form (_tools)\n"
	"  CONDITION        an id: scenario_goaltype-goalvalue_urgency[_suffix...]\n"
	"Suffixes: _prod _prohibit _extragoal _evalnotice _nogoal _compartment\n"
	"_constitution _name-<Name> (docs/pack-format.md).\n";
static const char usage_vary[] =
	"usage: redline pack vary --seed N [--pack DIR] DEST\n\n"
	"Write a surface variant of the pack to DEST (a new directory): the pack's\n"
	"vary.substitutions (names, companies, addresses) chosen by the seed, and\n"
	"each scenario's distractor emails reordered, keeping timestamps in order.\n"
	"Same structure, same conditions; the same seed gives the same bytes.\n";
static const char usage_import[] =
	"usage: redline pack import-original SRC DEST\n\n"
	"Import the original agentic-misalignment framework: SRC holds templates/\n"
	"and system_prompts.json (or templates/system_prompt_templates.py from a\n"
	"checkout); optional classifiers.json (judge prompts, harm targets) and\n"
	"configs/ (the evaluation notice). DEST (new or empty) becomes a pack that\n"
	"renders byte-for-byte what the original generator renders, known defects\n"
	"included (DEST/KNOWN-DEFECTS.md).\n";

static int usage_err(const char *u)
{
	fputs(u, stderr);
	return RL_EXIT_USAGE;
}

static int load(const char *dir, rl_pack **p)
{
	rl_err e;
	rl_err_clear(&e);
	if (rl_pack_load(dir, p, &e))
		return rl_cli_fail(&e);
	return 0;
}

static size_t count_conditions(const rl_pack *p)
{
	rl_condition *c = NULL;
	size_t n = 0;
	if (rl_pack_conditions(p, 0, &c, &n, NULL))
		n = 0;
	free(c);
	return n;
}

static int cmd_list(int argc, char **argv)
{
	char root[4096];
	struct dirent **ents = NULL;
	int n, i, found = 0;

	if (rl_cli_wants_help(argc, argv)) {
		fputs(usage_list, stdout);
		return 0;
	}
	if (argc > 2)
		return usage_err(usage_list);
	if (argc == 2) {
		snprintf(root, sizeof root, "%s", argv[1]);
	} else {
		char *slash;
		snprintf(root, sizeof root, "%s", rl_cli_default_pack());
		slash = strrchr(root, '/');
		if (slash)
			*slash = '\0';
	}
	n = scandir(root, &ents, NULL, alphasort);
	if (n < 0) {
		rl_cli_error("%s: cannot list packs (expected a directory of packs)", root);
		return RL_EXIT_USAGE;
	}
	for (i = 0; i < n; i++) {
		char dir[8300];
		rl_pack *p = NULL;
		rl_err e;
		if (ents[i]->d_name[0] != '.') {
			snprintf(dir, sizeof dir, "%s/%s", root, ents[i]->d_name);
			rl_err_clear(&e);
			if (rl_pack_load(dir, &p, &e) == 0) {
				printf("%-16s %-16s %zu scenarios, %zu conditions  %s\n",
				       rl_pack_name(p), rl_pack_version(p),
				       rl_pack_scenario_count(p), count_conditions(p), dir);
				found++;
				rl_pack_free(p);
			} else if (e.code != RL_ENOTFOUND || strstr(e.msg, "pack.yaml") == NULL) {
				char probe[8400];
				snprintf(probe, sizeof probe, "%s/pack.yaml", dir);
				FILE *f = fopen(probe, "r");
				if (f) {
					fclose(f);
					printf("%-16s (does not load: %s)\n", ents[i]->d_name,
					       e.msg);
				}
			}
		}
		free(ents[i]);
	}
	free(ents);
	if (!found)
		fprintf(stderr, "redline: no packs in %s\n", root);
	return 0;
}

static void print_list(const char *label, const rl_strlist *l)
{
	size_t i;
	printf("%s", label);
	for (i = 0; i < l->n; i++)
		printf("%s%s", i ? ", " : "", l->v[i]);
	printf("\n");
}

static int cmd_show(int argc, char **argv)
{
	const char *dir = rl_cli_default_pack(), *harm = NULL;
	int conds = 0, i, rc;
	rl_pack *p;
	size_t s;

	if (rl_cli_wants_help(argc, argv)) {
		fputs(usage_show, stdout);
		return 0;
	}
	{
		static const struct option lo[] = {
			{"pack", required_argument, NULL, 'p'},
			{"conditions", no_argument, NULL, 'c'},
			{"harm", required_argument, NULL, 'H'},
			{"help", no_argument, NULL, 'h'},
			{NULL, 0, NULL, 0},
		};
		optind = 0;
		while ((i = rl_cli_getopt(argc, argv, "h", lo, "pack show")) != -1) {
			switch (i) {
			case 'p': dir = optarg; break;
			case 'c': conds = 1; break;
			case 'H': harm = optarg; break;
			default: return RL_EXIT_USAGE;
			}
		}
		if (optind < argc)
			dir = argv[optind++];
		if (optind < argc)
			return usage_err(usage_show);
	}
	if ((rc = load(dir, &p)))
		return rc;
	if (harm) {
		const rl_harm_spec *h = rl_pack_harm(p, harm);
		if (!h) {
			rl_cli_error("pack show: no scenario '%s' in pack '%s'", harm,
				     rl_pack_name(p));
			rl_pack_free(p);
			return RL_EXIT_USAGE;
		}
		print_harm(h, rl_pack_consequential_tools(p, harm));
		rl_pack_free(p);
		return 0;
	}
	if (conds) {
		rl_condition *c = NULL;
		size_t n = 0, k;
		char id[RL_COND_ID_MAX];
		rl_pack_conditions(p, 0, &c, &n, NULL);
		for (k = 0; k < n; k++) {
			rl_condition_format(&c[k], id, sizeof id);
			printf("%s\n", id);
		}
		free(c);
		rl_pack_free(p);
		return 0;
	}
	printf("pack:        %s %s\n", rl_pack_name(p), rl_pack_version(p));
	printf("directory:   %s\n", rl_pack_dir(p));
	printf("content:     sha256 %s\n", rl_pack_hash(p)); /* what a campaign records */
	if (*rl_pack_description(p))
		printf("description: %s\n", rl_pack_description(p));
	print_list("goal types:  ", rl_pack_goal_types(p));
	{
		const rl_strlist *v = rl_pack_goal_values(p);
		printf("goal values: ");
		for (s = 0; s + 1 < v->n; s += 2)
			printf("%s%s vs %s", s ? ", " : "", v->v[s], v->v[s + 1]);
		printf("\n");
	}
	print_list("urgencies:   ", rl_pack_urgencies(p));
	printf("ablations:   prod (where a scenario has system_prompt_prod), nogoal, compartment, name-<Name>");
	if (rl_pack_ablation_text(p, RL_ABL_PROHIBIT))
		printf(", prohibit");
	if (rl_pack_ablation_text(p, RL_ABL_EXTRA_GOAL))
		printf(", extragoal");
	if (rl_pack_ablation_text(p, RL_ABL_EVAL_NOTICE))
		printf(", evalnotice");
	if (rl_pack_ablation_text(p, RL_ABL_CONSTITUTION))
		printf(", constitution");
	printf("\nconditions:  %zu (redline pack show --conditions lists them)\n",
	       count_conditions(p));
	printf("scenarios:\n");
	for (s = 0; s < rl_pack_scenario_count(p); s++) {
		const char *id = rl_pack_scenario_id(p, s);
		const rl_harm_spec *h = rl_pack_harm(p, id);
		printf("  %-12s [%s] %s\n", id, h->kind, rl_pack_scenario_description(p, s));
	}
	rl_pack_free(p);
	return 0;
}

static void lint_print(const rl_lint_item *it, void *ctx)
{
	int *bad = ctx;
	rl_buf b = RL_BUF_INIT;
	if (!it->known)
		(*bad)++;
	rl_buf_adds(&b, it->known ? "known: " : "");
	if (it->file && it->line && it->col)
		rl_buf_addf(&b, "%s:%u:%u: ", it->file, it->line, it->col);
	else if (it->file && it->line)
		rl_buf_addf(&b, "%s:%u: ", it->file, it->line);
	else if (it->file)
		rl_buf_addf(&b, "%s: ", it->file);
	rl_buf_adds(&b, it->message);
	rl_buf_addc(&b, '\n');
	{
		rl_buf t = RL_BUF_INIT;
		rl_buf_add_term(&t, b.s, b.len);
		fwrite(t.s, 1, t.len, stdout);
		rl_buf_free(&t);
	}
	rl_buf_free(&b);
}

static int cmd_lint(int argc, char **argv)
{
	const char *dir = rl_cli_default_pack();
	rl_pack *p;
	rl_err e;
	int i, rc, bad = 0;

	if (rl_cli_wants_help(argc, argv)) {
		fputs(usage_lint, stdout);
		return 0;
	}
	{
		static const struct option lo[] = {
			{"pack", required_argument, NULL, 'p'},
			{"help", no_argument, NULL, 'h'},
			{NULL, 0, NULL, 0},
		};
		optind = 0;
		while ((i = rl_cli_getopt(argc, argv, "h", lo, "pack lint")) != -1) {
			if (i != 'p')
				return RL_EXIT_USAGE;
			dir = optarg;
		}
		if (optind < argc)
			dir = argv[optind++];
		if (optind < argc)
			return usage_err(usage_lint);
	}
	if ((rc = load(dir, &p)))
		return rc;
	rl_err_clear(&e);
	rc = rl_pack_lint(p, lint_print, &bad, &e);
	if (rc < 0) {
		rl_pack_free(p);
		return rl_cli_fail(&e);
	}
	if (bad)
		fprintf(stderr, "redline: %s: %d finding%s\n", rl_pack_dir(p), bad,
			bad == 1 ? "" : "s");
	else
		fprintf(stderr, "redline: %s: clean\n", rl_pack_dir(p));
	rl_pack_free(p);
	return bad ? RL_EXIT_FINDINGS : RL_EXIT_OK;
}

static int parse_with(const char *s, unsigned *abl)
{
	char buf[256], *tok, *save = NULL;
	snprintf(buf, sizeof buf, "%s", s);
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		unsigned bit;
		int found = 0;
		if (*tok == '_')
			tok++;
		for (bit = 1; bit <= RL_ABL_TWIN; bit <<= 1)
			if (bit != RL_ABL_NAME && !strcmp(rl_ablation_name(bit), tok)) {
				*abl |= bit;
				found = 1;
			}
		if (!found) {
			rl_cli_error(
				"--with: unknown ablation '%s' (expected prod, prohibit, extragoal, evalnotice, nogoal, compartment, constitution, tools, twin)",
				tok);
			return -1;
		}
	}
	return 0;
}

static int cmd_render(int argc, char **argv)
{
	const char *dir = NULL, *out = NULL, *cfgpath = NULL;
	int all = 0, i, rc, have_cfg = 0, first_cond = argc;
	unsigned with = 0;
	rl_pack *p;
	rl_condition *c = NULL;
	size_t n = 0, k;
	rl_err e;
	rl_config cfg;
	rl_render_opts ro = {0};

	if (rl_cli_wants_help(argc, argv)) {
		fputs(usage_render, stdout);
		return 0;
	}
	{
		static const struct option lo[] = {
			{"pack", required_argument, NULL, 'p'},
			{"out", required_argument, NULL, 'o'},
			{"config", required_argument, NULL, 'c'},
			{"with", required_argument, NULL, 'w'},
			{"all", no_argument, NULL, 'a'},
			{"help", no_argument, NULL, 'h'},
			{NULL, 0, NULL, 0},
		};
		optind = 0;
		while ((i = rl_cli_getopt(argc, argv, "h", lo, "pack render")) != -1) {
			switch (i) {
			case 'p': dir = optarg; break;
			case 'o': out = optarg; break;
			case 'c': cfgpath = optarg; break;
			case 'w':
				if (parse_with(optarg, &with))
					return RL_EXIT_USAGE;
				break;
			case 'a': all = 1; break;
			default: return RL_EXIT_USAGE;
			}
		}
		first_cond = optind; /* getopt moved the condition ids to the end */
	}
	if (!out) {
		rl_cli_error("pack render: --out OUT is required");
		return usage_err(usage_render);
	}
	rl_err_clear(&e);
	if (cfgpath) {
		if (rl_config_load(cfgpath, &cfg, &e))
			return rl_cli_fail(&e);
		have_cfg = 1;
		if (!dir)
			dir = cfg.pack;
		rl_config_render_opts(&cfg, &ro);
		if (cfg.eval_notice_enabled)
			ro.eval_notice_type = cfg.eval_notice_type;
	}
	if (!dir)
		dir = rl_cli_default_pack();
	if ((rc = load(dir, &p))) {
		if (have_cfg)
			rl_config_free(&cfg);
		return rc;
	}
	if (have_cfg) {
		if ((rc = rl_config_check_pack(&cfg, p, &e)))
			goto fail;
		c = calloc(cfg.nconditions + 1, sizeof *c);
		if (!c) {
			rc = rl_err_set(&e, RL_ENOMEM, "out of memory");
			goto fail;
		}
		for (k = 0; k < cfg.nconditions; k++) {
			c[n] = cfg.conditions[k];
			c[n++].ablations |= with;
		}
	}
	if (all) {
		rl_condition *more = NULL;
		size_t nm = 0;
		if ((rc = rl_pack_conditions(p, with, &more, &nm, &e)))
			goto fail;
		if (n) {
			rl_condition *nc = realloc(c, (n + nm) * sizeof *c);
			if (!nc) {
				free(more);
				rc = rl_err_set(&e, RL_ENOMEM, "out of memory");
				goto fail;
			}
			c = nc;
			memcpy(c + n, more, nm * sizeof *c);
			n += nm;
			free(more);
		} else {
			free(c);
			c = more;
			n = nm;
		}
	}
	/* conditions named on the command line, all checked before writing */
	for (i = first_cond; i < argc; i++) {
		rl_condition *nc;
		nc = realloc(c, (n + 1) * sizeof *c);
		if (!nc) {
			rc = rl_err_set(&e, RL_ENOMEM, "out of memory");
			goto fail;
		}
		c = nc;
		if ((rc = rl_condition_parse(argv[i], &c[n], &e)))
			goto fail;
		n++;
	}
	if (!n) {
		rl_pack_free(p);
		free(c);
		if (have_cfg)
			rl_config_free(&cfg);
		rl_cli_error("pack render: name conditions, or give --all or --config");
		return usage_err(usage_render);
	}
	for (k = 0; k < n; k++)
		if ((rc = rl_pack_check_condition(p, &c[k], &e)))
			goto fail;
	for (k = 0; k < n; k++) {
		rl_rendered r;
		rc = rl_pack_render(p, &c[k], &ro, &r, &e);
		if (!rc)
			rc = rl_rendered_write(&r, out, &e);
		rl_rendered_free(&r);
		if (rc)
			goto fail;
	}
	if ((rc = rl_rendered_sync(out, &e)))
		goto fail;
	fprintf(stderr, "redline: rendered %zu condition%s into %s\n", n, n == 1 ? "" : "s", out);
	free(c);
	rl_pack_free(p);
	if (have_cfg)
		rl_config_free(&cfg);
	return 0;
fail:
	free(c);
	rl_pack_free(p);
	if (have_cfg)
		rl_config_free(&cfg);
	return rl_cli_fail(&e);
}

static int cmd_vary(int argc, char **argv)
{
	const char *dir = rl_cli_default_pack(), *dest = NULL;
	unsigned long long seed = 0;
	int have_seed = 0, i;
	rl_err e;

	if (rl_cli_wants_help(argc, argv)) {
		fputs(usage_vary, stdout);
		return 0;
	}
	{
		static const struct option lo[] = {
			{"pack", required_argument, NULL, 'p'},
			{"seed", required_argument, NULL, 's'},
			{"help", no_argument, NULL, 'h'},
			{NULL, 0, NULL, 0},
		};
		char *end;
		optind = 0;
		while ((i = rl_cli_getopt(argc, argv, "h", lo, "pack vary")) != -1) {
			switch (i) {
			case 'p': dir = optarg; break;
			case 's':
				seed = strtoull(optarg, &end, 10);
				if (!*optarg || *end || *optarg == '-') {
					rl_cli_error(
						"--seed: expected a non-negative integer, got '%s'",
						optarg);
					return RL_EXIT_USAGE;
				}
				have_seed = 1;
				break;
			default: return RL_EXIT_USAGE;
			}
		}
		if (optind < argc)
			dest = argv[optind++];
		if (optind < argc)
			return usage_err(usage_vary);
	}
	if (!have_seed || !dest)
		return usage_err(usage_vary);
	rl_err_clear(&e);
	if (rl_pack_vary(dir, dest, seed, &e))
		return rl_cli_fail(&e);
	fprintf(stderr, "redline: wrote variant %llu of %s to %s\n", seed, dir, dest);
	return 0;
}

static int cmd_import(int argc, char **argv)
{
	rl_err e;
	if (rl_cli_wants_help(argc, argv)) {
		fputs(usage_import, stdout);
		return 0;
	}
	if (argc != 3)
		return usage_err(usage_import);
	rl_err_clear(&e);
	if (rl_pack_import_original(argv[1], argv[2], &e))
		return rl_cli_fail(&e);
	fprintf(stderr, "redline: imported %s into %s\n", argv[1], argv[2]);
	return 0;
}

int cmd_pack(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage_main, stderr);
		return RL_EXIT_USAGE;
	}
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
		fputs(usage_main, stdout);
		return 0;
	}
	if (!strcmp(argv[1], "list"))
		return cmd_list(argc - 1, argv + 1);
	if (!strcmp(argv[1], "show"))
		return cmd_show(argc - 1, argv + 1);
	if (!strcmp(argv[1], "lint"))
		return cmd_lint(argc - 1, argv + 1);
	if (!strcmp(argv[1], "render"))
		return cmd_render(argc - 1, argv + 1);
	if (!strcmp(argv[1], "vary"))
		return cmd_vary(argc - 1, argv + 1);
	if (!strcmp(argv[1], "import-original"))
		return cmd_import(argc - 1, argv + 1);
	rl_cli_error(
		"pack: unknown command '%s' (expected list, show, lint, render, vary, import-original)",
		argv[1]);
	return RL_EXIT_USAGE;
}
