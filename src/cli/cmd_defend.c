/* cmd_defend.c: `redline defend CONFIG`: measure the config's `defenses:`
 * in one command. It is the composition of three existing steps, called
 * in-process so that each keeps its own options, resume and exit codes:
 * `redline run` (the base and defended conditions; finished samples are
 * never asked again), `redline classify DB` (rules mode, or a judge), then
 * the report with the defense table (src/defense/). Everything is checked
 * before the first model call, so a bad defense costs nothing. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fs.h"
#include "redline/buf.h"
#include "redline/campaign.h"
#include "redline/config.h"
#include "redline/defense.h"
#include "redline/pack.h"
#include "redline/report.h"

static const char usage[] =
	"usage: redline defend CONFIG [--pack DIR] [--db FILE] [--judge MODEL] [--mode M]\n"
	"                     [--samples N] [--progress bar|plain|none]\n"
	"                     [--format text|md|csv|json|html] [--output FILE]\n"
	"\n"
	"Measure the defenses listed under `defenses:` in CONFIG (prohibit, no-goal,\n"
	"compartment, constitution, oversight, monitor): runs whatever samples are\n"
	"missing (resumable, same database as `redline run`), classifies them (rules\n"
	"mode, or with --judge), and prints the report ending with the defense table:\n"
	"per defense and model, the baseline harm rate, the rate with the defense, the\n"
	"absolute reduction (Newcombe interval), the relative reduction and the cost\n"
	"(friction for oversight, false blocks for monitor).\n"
	"\n"
	"Prompt-level defenses are new conditions (suffixes _prohibit, _nogoal,\n"
	"_compartment, _constitution). oversight and monitor replay the baseline\n"
	"samples' actions through the runtime policy (`policy: FILE`, else the\n"
	"built-in default policy): no extra model calls.\n"
	"\n"
	"  --pack DIR        scenario pack (default: the config's `pack:`, else built-in)\n"
	"  --db FILE         database (default: ./<experiment_id>.db)\n"
	"  --judge MODEL     classify with this judge (mode redline) instead of rules\n"
	"  --mode M          classification mode (default: rules; redline with --judge)\n"
	"  --samples N       samples per condition (overrides the config)\n"
	"  --progress MODE   progress of the run and the classification: bar (default\n"
	"                    on a terminal), plain (a line every few seconds), none\n"
	"  --format F        report format (default text; from --output's extension)\n"
	"  --output FILE     write the report here (atomically) instead of stdout\n"
	"\n"
	"Exit status: 0 done; 2 bad config, defense, pack or policy (file:line);\n"
	"3 samples failed (the table covers the samples done; run again to retry)\n"
	"or a runtime failure.\n";

typedef struct opts {
	const char *config, *pack, *db, *judge, *mode, *samples, *progress, *format, *output;
} opts;

static int parse_args(int argc, char **argv, opts *o)
{
	static const struct option lo[] = {
		{"pack", required_argument, NULL, 'p'},
		{"db", required_argument, NULL, 'd'},
		{"judge", required_argument, NULL, 'j'},
		{"mode", required_argument, NULL, 'm'},
		{"samples", required_argument, NULL, 's'},
		{"progress", required_argument, NULL, 'P'},
		{"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	int c;
	memset(o, 0, sizeof *o);
	optind = 0;
	while ((c = rl_cli_getopt(argc, argv, "ho:", lo, "defend")) != -1) {
		switch (c) {
		case 'p': o->pack = optarg; break;
		case 'd': o->db = optarg; break;
		case 'j': o->judge = optarg; break;
		case 'm': o->mode = optarg; break;
		case 's': o->samples = optarg; break;
		case 'P': o->progress = optarg; break;
		case 'f': o->format = optarg; break;
		case 'o': o->output = optarg; break;
		default: return -1; /* rl_cli_getopt said why; -h is handled before */
		}
	}
	for (; optind < argc; optind++) {
		if (o->config) {
			rl_cli_error("defend: more than one config given ('%s', '%s')", o->config,
				     argv[optind]);
			return -1;
		}
		o->config = argv[optind];
	}
	if (!o->config) {
		rl_cli_error("defend: no config given (usage: redline defend CONFIG)");
		return -1;
	}
	return 0;
}

/* Load the config and pack and check every defense before anything runs. */
static int precheck(const opts *o, char *db, size_t dbn, char **experiment, char **pack_dir,
		    rl_err *e)
{
	rl_config c;
	rl_pack *p = NULL;
	const char *dir;
	int rc;

	memset(&c, 0, sizeof c);
	if ((rc = rl_config_load(o->config, &c, e)))
		goto out;
	if (!c.ndefenses) {
		rc = rl_err_set(e, RL_EINVAL,
				"%s: no 'defenses:' list (expected e.g. 'defenses: [prohibit, "
				"oversight]'; see 'redline defend --help')",
				o->config);
		goto out;
	}
	dir = o->pack ? o->pack : c.pack ? c.pack : rl_cli_default_pack();
	if ((rc = rl_pack_load(dir, &p, e)) || (rc = rl_config_check_pack(&c, p, e)) ||
	    (rc = rl_defense_check(&c, p, e)))
		goto out;
	if (o->db)
		snprintf(db, dbn, "%s", o->db);
	else
		rl_campaign_default_db(c.experiment_id, o->config, db, dbn);
	*experiment = c.experiment_id && *c.experiment_id ? strdup(c.experiment_id) : NULL;
	*pack_dir = dir ? strdup(dir) : NULL;
out:
	rl_pack_free(p);
	rl_config_free(&c);
	return rc;
}

static int report(const opts *o, const char *db, const char *experiment, const char *pack_dir,
		  rl_err *e)
{
	rl_db_select sel;
	rl_result_set set;
	rl_report rep;
	rl_report_opts ro;
	rl_defense_table dt;
	rl_buf out = RL_BUF_INIT;
	const char *format = o->format ? o->format : rl_cli_format_from_ext(o->output);
	int fmt, rc, found = 0, built = 0;

	fmt = rl_report_format_parse(format ? format : "text");
	if (fmt < 0)
		return rl_err_set(
			e, RL_EINVAL,
			"defend: unknown format '%s' (expected text, md, csv, json or html)",
			format);
	memset(&sel, 0, sizeof sel);
	sel.campaign = experiment;
	sel.mode = o->mode ? o->mode : o->judge ? "redline" : "rules";
	sel.judge = o->judge ? o->judge : "";
	memset(&ro, 0, sizeof ro);
	ro.conf = 0.95;
	ro.title = "redline defense evaluation";
	ro.csv_table = "defense";
	memset(&dt, 0, sizeof dt);
	rl_result_set_init(&set);
	rc = rl_result_set_load_db(&set, db, &sel, e);
	if (!rc && !(rc = rl_report_build(&rep, &set, &ro, e)))
		built = 1;
	if (!rc)
		rc = rl_defense_table_from_db(db, &sel, pack_dir, &dt, &found, e);
	if (!rc && found)
		rc = rl_report_add_defense_table(&rep, dt.rows, dt.n, e);
	if (!rc)
		rc = rl_report_render(&rep, fmt, &out, e);
	if (!rc) {
		if (o->output)
			rc = rl_write_file_atomic(o->output, out.s, out.len, e);
		else if (fwrite(out.s, 1, out.len, stdout) != out.len || fflush(stdout))
			rc = rl_err_set(e, RL_EIO, "defend: cannot write to standard output");
	}
	if (built)
		rl_report_free(&rep);
	rl_defense_table_free(&dt);
	rl_result_set_free(&set);
	rl_buf_free(&out);
	return rc;
}

int cmd_defend(int argc, char **argv)
{
	opts o;
	rl_err e;
	char db[4096];
	char *experiment = NULL, *pack_dir = NULL;
	const char *rv[16], *cv[16];
	int rn = 0, cn = 0, rc, run_rc;

	rl_err_clear(&e);
	if (rl_cli_wants_help(argc, argv)) {
		fputs(usage, stdout);
		return RL_EXIT_OK;
	}
	if (parse_args(argc, argv, &o))
		return RL_EXIT_USAGE;
	if (precheck(&o, db, sizeof db, &experiment, &pack_dir, &e)) {
		free(experiment);
		return rl_cli_fail(&e);
	}

	/* 1. run what is missing (the runner expands the defense conditions) */
	rv[rn++] = "run";
	rv[rn++] = o.config;
	rv[rn++] = "--db";
	rv[rn++] = db;
	if (o.pack) {
		rv[rn++] = "--pack";
		rv[rn++] = o.pack;
	}
	if (o.samples) {
		rv[rn++] = "--samples";
		rv[rn++] = o.samples;
	}
	if (o.progress) { /* else run's default: a bar on a terminal, lines otherwise */
		rv[rn++] = "--progress";
		rv[rn++] = o.progress;
	}
	rv[rn] = NULL;
	optind = 0; /* cmd_run parses with getopt_long: start afresh */
	run_rc = cmd_run(rn, (char **)rv);
	if (run_rc == RL_EXIT_FAIL && access(db, F_OK) == 0) {
		/* some samples failed (recorded, retried by the next run): the
		 * table over what is done is still worth showing; exit 3 after */
		rl_cli_error("defend: evaluating the samples done so far; run again to complete");
	} else if (run_rc != RL_EXIT_OK) {
		free(experiment);
		free(pack_dir);
		return run_rc;
	}

	/* 2. classify what is not classified yet */
	cv[cn++] = "classify";
	cv[cn++] = db;
	cv[cn++] = "--mode";
	cv[cn++] = o.mode ? o.mode : o.judge ? "redline" : "rules";
	if (o.judge) {
		cv[cn++] = "--judge";
		cv[cn++] = o.judge;
	}
	/* no --pack: classify checks the samples against the pack the
	 * campaign recorded (the one step 1 ran with) */
	if (experiment) {
		cv[cn++] = "--campaign";
		cv[cn++] = experiment;
	}
	if (o.progress) { /* classify shows its progress as run does */
		cv[cn++] = "--progress";
		cv[cn++] = o.progress;
	}
	cv[cn] = NULL;
	rc = cmd_classify(cn, (char **)cv);
	if (rc != RL_EXIT_OK) {
		free(experiment);
		free(pack_dir);
		return rc;
	}

	/* 3. the report, ending with the defense table */
	rc = report(&o, db, experiment, NULL, &e); /* the recorded pack */
	free(experiment);
	free(pack_dir);
	return rc ? rl_cli_fail(&e) : run_rc;
}
