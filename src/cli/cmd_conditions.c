/* cmd_conditions.c: `redline conditions CONFIG`: the condition ids an
 * experiment config expands to, one a line (the original's expansion),
 * followed by the defended conditions of its `defenses:` exactly as
 * `redline run` plans them, so that the list is what a run will pay for. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "redline/config.h"
#include "redline/defense.h"
#include "redline/pack.h"

static const char usage[] =
	"usage: redline conditions [--pack DIR] [--with SUFFIXES] [--no-defenses] CONFIG\n\n"
	"Print the condition ids the experiment config expands to, one a line, in\n"
	"the original generator's order (scenario, goal type, goal value, urgency;\n"
	"goal types none and ambiguous take only goal value none). The original\n"
	"study's YAML is accepted unchanged. With a `defenses:` list, the defended\n"
	"conditions follow (e.g. ..._prohibit, ..._nogoal), as `redline run` plans\n"
	"them: a defended condition whose prompts are identical to its base\n"
	"condition's is left out (its base samples stand for it).\n"
	"  --pack DIR      check every id against this pack (default: the config's\n"
	"                  `pack:` key; without either, only the syntax is checked,\n"
	"                  unless the config has defenses: then the built-in pack)\n"
	"  --with S        append ablation suffixes to every id, e.g. --with prod\n"
	"  --no-defenses   only the base conditions, without the defended ones\n"
	"Exit status 2 on a malformed config, naming file:line:col.\n";

int cmd_conditions(int argc, char **argv)
{
	const char *path = NULL, *pack = NULL, *with = NULL;
	rl_config c;
	rl_err e;
	size_t i;
	int k, defenses = 1;

	static const struct option lo[] = {
		{"pack", required_argument, NULL, 'p'},
		{"with", required_argument, NULL, 'w'},
		{"no-defenses", no_argument, NULL, 'n'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	optind = 0;
	while ((k = rl_cli_getopt(argc, argv, "h", lo, "conditions")) != -1) {
		switch (k) {
		case 'p': pack = optarg; break;
		case 'w': with = optarg; break;
		case 'n': defenses = 0; break;
		case 'h': fputs(usage, stdout); return 0;
		default: return RL_EXIT_USAGE;
		}
	}
	if (optind < argc)
		path = argv[optind++];
	if (!path || optind < argc) {
		fputs(usage, stderr);
		return RL_EXIT_USAGE;
	}
	rl_err_clear(&e);
	if (rl_cli_expect_config("conditions", path))
		return RL_EXIT_USAGE;
	if (rl_config_load(path, &c, &e))
		return rl_cli_fail(&e);
	if (!pack)
		pack = c.pack;
	if (!c.ndefenses)
		defenses = 0;
	if (!pack && defenses)
		pack = rl_cli_default_pack(); /* as `redline run` does */
	if (pack) {
		rl_pack *p = NULL;
		int rc = rl_pack_load(pack, &p, &e);
		if (!rc)
			rc = rl_config_check_pack(&c, p, &e);
		if (!rc && defenses)
			rc = rl_defense_expand(&c, p, &e);
		rl_pack_free(p);
		if (rc) {
			rl_config_free(&c);
			return rl_cli_fail(&e);
		}
	}
	for (i = 0; i < c.nconditions; i++) {
		char id[RL_COND_ID_MAX];
		rl_condition cc = c.conditions[i];
		if (with) {
			char tmp[RL_COND_ID_MAX * 2];
			rl_condition_format(&cc, id, sizeof id);
			snprintf(tmp, sizeof tmp, "%s_%s", id, with);
			for (char *q = tmp + strlen(id); *q; q++)
				if (*q == ',')
					*q = '_';
			if (rl_condition_parse(tmp, &cc, &e)) {
				rl_config_free(&c);
				return rl_cli_fail(&e);
			}
		}
		rl_condition_format(&cc, id, sizeof id);
		printf("%s\n", id);
	}
	rl_config_free(&c);
	return 0;
}
