/* cmd_db.c: `redline db copy SRC DST`: copy every campaign of one store
 * into another (an SQLite file into PostgreSQL, to share it between
 * workers; see docs/deployment.md). */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

#include "redline/store.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: redline db copy SRC DST\n\n"
		   "Copy every campaign of the database SRC into DST: samples, prompts,\n"
		   "conditions, verdicts and models set aside (not the judge cache or the run\n"
		   "log). SRC and DST are SQLite files or postgresql:// URLs; DST is created\n"
		   "and migrated when needed and must not already hold a campaign of the same\n"
		   "experiment id. One transaction: a failed copy leaves DST as it was.\n\n"
		   "Exit status: 0 copied; 2 bad arguments, no SRC, or a campaign already in DST;\n"
		   "3 a database cannot be read or written.\n");
}

int cmd_db(int argc, char **argv)
{
	int64_t nc = 0, ns = 0;
	char shown[1024];
	rl_err e;
	int rc;

	rl_err_clear(&e);
	if (rl_cli_wants_help(argc, argv)) {
		usage(stdout);
		return RL_EXIT_OK;
	}
	if (argc != 4 || strcmp(argv[1], "copy")) {
		usage(stderr);
		return RL_EXIT_USAGE;
	}
	if ((rc = rl_store_copy(argv[2], argv[3], &nc, &ns, &e)))
		return rl_cli_fail(&e);
	rl_store_display_name(argv[3], shown, sizeof shown);
	printf("copied %lld campaign%s, %lld samples into %s\n", (long long)nc, nc == 1 ? "" : "s",
	       (long long)ns, shown);
	return RL_EXIT_OK;
}
