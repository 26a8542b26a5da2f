/* cmd_policy.c: `redline policy show`: print the built-in default runtime
 * policy (policies/default.yaml, compiled into the library and installed
 * under share/redline/policies), so that a user can copy and edit it;
 * `redline policy check FILE` loads a policy and says how many rules it
 * has, or where it is wrong; `redline policy lookback` each rule's
 * streaming look-back (rl_policy_rule_width, rl_policy_rule_stream). */
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "redline/policy.h"

static const char usage[] =
	"usage: redline policy show            print the built-in default policy (YAML)\n"
	"       redline policy check FILE      load a policy: its rule count, or the error\n"
	"                                      (file:line: what was expected)\n"
	"       redline policy lookback [FILE] how streaming holds answer text back for\n"
	"                                      each rule: RULE, BYTES (the widest match of\n"
	"                                      its answer-text patterns: a possible match\n"
	"                                      is withheld, at most that long), HOW (match,\n"
	"                                      conjunction, actions, whole-if-tool-output, whole,\n"
	"                                      allow, none; docs/guard.md \"Streaming\")\n\n"
	"The default policy is what `redline guard` and `redline monitor` use without\n"
	"--policy. To change it: redline policy show > my-policy.yaml, edit, then\n"
	"--policy my-policy.yaml. Installed too, as share/redline/policies/default.yaml.\n";

int cmd_policy(int argc, char **argv)
{
	static const struct option lo[] = {
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	int c;
	size_t n;
	const char *text;

	optind = 0;
	while ((c = rl_cli_getopt(argc, argv, "+h", lo, "policy")) != -1) {
		if (c == 'h') {
			fputs(usage, stdout);
			return RL_EXIT_OK;
		}
		return RL_EXIT_USAGE;
	}
	if (optind >= argc) {
		fputs(usage, stderr);
		return RL_EXIT_USAGE;
	}
	if (!strcmp(argv[optind], "show") && optind + 1 == argc) {
		text = rl_policy_default_yaml(&n);
		if (fwrite(text, 1, n, stdout) != n || fflush(stdout)) {
			rl_cli_error("policy show: cannot write to standard output");
			return RL_EXIT_FAIL;
		}
		return RL_EXIT_OK;
	}
	if (!strcmp(argv[optind], "check") && optind + 2 == argc) {
		rl_policy *p = NULL;
		rl_err e;
		rl_err_clear(&e);
		if (rl_policy_load_file(argv[optind + 1], &p, &e))
			return rl_cli_fail(&e);
		printf("%s: %zu rules\n", argv[optind + 1], rl_policy_nrules(p));
		rl_policy_free(p);
		return RL_EXIT_OK;
	}
	if (!strcmp(argv[optind], "lookback") && optind + 2 >= argc) {
		rl_policy *p = NULL;
		rl_err e;
		size_t i;
		rl_err_clear(&e);
		if (optind + 1 < argc ? rl_policy_load_file(argv[optind + 1], &p, &e)
				      : rl_policy_load_default(&p, &e))
			return rl_cli_fail(&e);
		for (i = 0; i < rl_policy_nrules(p); i++) {
			size_t w = rl_policy_rule_width(p, i);
			unsigned k = rl_policy_rule_stream(p, i);
			char how[96] = "";
			if (k & RL_STREAM_ALLOW)
				strcat(how, ",allow");
			else if (k & RL_STREAM_PATTERN)
				strcat(how, ",match");
			if (!(k & RL_STREAM_ALLOW) && (k & RL_STREAM_CONJ))
				strcat(how, ",conjunction");
			if (!(k & RL_STREAM_ALLOW) && (k & RL_STREAM_ACTIONS))
				strcat(how, ",actions");
			if (!(k & RL_STREAM_ALLOW) && (k & RL_STREAM_WHOLE))
				strcat(how, k & RL_STREAM_WHOLE_ALWAYS ? ",whole"
								       : ",whole-if-tool-output");
			if (w == RL_POLICY_WIDTH_UNBOUNDED)
				printf("%s\tunbounded\t%s\n", rl_policy_rule_id(p, i),
				       how[0] ? how + 1 : "none");
			else
				printf("%s\t%zu\t%s\n", rl_policy_rule_id(p, i), w,
				       how[0] ? how + 1 : "none");
		}
		rl_policy_free(p);
		return RL_EXIT_OK;
	}
	rl_cli_error(
		"policy: expected 'show', 'check FILE' or 'lookback [FILE]' (see 'redline policy --help')");
	return RL_EXIT_USAGE;
}
