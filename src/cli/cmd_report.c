/* cmd_report.c: `redline report`: statistics and reports from a campaign
 * database or from `redline classify` JSON Lines. Argument parsing and
 * output placement only; the numbers come from src/report and src/stats. */
#include "cli/cli.h"

#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fs.h"
#include "redline/buf.h"
#include "redline/defense.h"
#include "redline/report.h"
#include "redline/stats.h"

static const char usage[] =
	"usage: redline report [DB] [--input CLASSIFIED.jsonl] [--format FORMAT]\n"
	"                      [--output FILE] [options]\n"
	"\n"
	"Harm rates with intervals per model x condition, per scenario and overall;\n"
	"each condition against its control and each ablation against its base\n"
	"(Newcombe difference, Fisher's exact p, Holm); harm by stated evaluation\n"
	"awareness; judge unknowns and rule-judge agreement.\n"
	"\n"
	"  DB                      campaign database (verdicts written by classify)\n"
	"  --input FILE            `redline classify --output` JSON Lines instead of a DB\n"
	"  --campaign ID           which campaign in DB (default: the most recent)\n"
	"  --mode M --judge MODEL  which verdicts in DB (default: the most recent\n"
	"                          classification; --judge '' selects rules-only verdicts,\n"
	"                          a judge matches with or without its @URL; none such:\n"
	"                          exit 2 listing the kinds that exist)\n"
	"  --transcripts FILE      join response/reasoning text by id (classify --input lines)\n"
	"  --format F              text (default), md, csv, json, html, original-json;\n"
	"                          inferred from --output's extension when not given\n"
	"  --output FILE           write there (atomically) instead of standard output\n"
	"  --table NAME            the table --format csv writes (default rates; also models,\n"
	"                          scenarios, comparisons, awareness, judge_unknown,\n"
	"                          judge_agreement, defense)\n"
	"  --interval M            wilson (default) or clopper-pearson\n"
	"  --confidence C          confidence level, default 0.95\n"
	"  --title TEXT            report title\n"
	"  --max-transcripts N     transcripts embedded in the HTML browser (default 1000;\n"
	"                          harmful first, then unknown, then the rest)\n"
	"  --width N               text tables wider than N columns (default 100) wrap\n"
	"                          into blocks that repeat the row names; 0: never\n"
	"Options take their value as --opt VALUE or --opt=VALUE.\n"
	"\n"
	"Unknown verdicts are excluded from every denominator and reported; they are\n"
	"never counted as not harmful. Schema: docs/report-schema.md.\n";

int cmd_report(int argc, char **argv)
{
	static const struct option opts[] = {
		{"input", required_argument, NULL, 'i'},
		{"campaign", required_argument, NULL, 'c'},
		{"mode", required_argument, NULL, 'm'},
		{"judge", required_argument, NULL, 'j'},
		{"transcripts", required_argument, NULL, 'T'},
		{"format", required_argument, NULL, 'f'},
		{"output", required_argument, NULL, 'o'},
		{"table", required_argument, NULL, 't'},
		{"title", required_argument, NULL, 'n'},
		{"interval", required_argument, NULL, 'I'},
		{"confidence", required_argument, NULL, 'C'},
		{"max-transcripts", required_argument, NULL, 'M'},
		{"width", required_argument, NULL, 'w'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *db = NULL, *input = NULL, *transcripts = NULL, *format = NULL, *output = NULL;
	rl_report_opts o;
	rl_db_select sel = {NULL, NULL, NULL};
	rl_result_set set;
	rl_report rep;
	rl_err e;
	rl_buf out = RL_BUF_INIT, manifest = RL_BUF_INIT, prompts = RL_BUF_INIT;
	int i, fmt, rc, found = 0;

	memset(&o, 0, sizeof o);
	o.conf = 0.95;
	rl_err_clear(&e);
	optind = 1;
	while ((i = rl_cli_getopt(argc, argv, "ho:", opts, "report")) != -1) {
		char *end;
		long v;
		switch (i) {
		case 'i': input = optarg; break;
		case 'c': sel.campaign = optarg; break;
		case 'm': sel.mode = optarg; break;
		case 'j': sel.judge = optarg; break;
		case 'T': transcripts = optarg; break;
		case 'f': format = optarg; break;
		case 'o': output = optarg; break;
		case 't': o.csv_table = optarg; break;
		case 'n': o.title = optarg; break;
		case 'I':
			if (!strcmp(optarg, "wilson"))
				o.method = RL_CI_WILSON;
			else if (!strcmp(optarg, "clopper-pearson") || !strcmp(optarg, "exact"))
				o.method = RL_CI_CLOPPER_PEARSON;
			else {
				rl_cli_error("report: unknown interval '%s' (expected wilson or "
					     "clopper-pearson)",
					     optarg);
				return RL_EXIT_USAGE;
			}
			break;
		case 'C':
			o.conf = strtod(optarg, &end);
			if (*end || !(o.conf > 0 && o.conf < 1)) {
				rl_cli_error(
					"report: --confidence '%s' (expected a number between 0 "
					"and 1, such as 0.95)",
					optarg);
				return RL_EXIT_USAGE;
			}
			break;
		case 'M':
			v = strtol(optarg, &end, 10);
			if (*end || v < 1) {
				rl_cli_error("report: --max-transcripts '%s' (expected a positive "
					     "integer)",
					     optarg);
				return RL_EXIT_USAGE;
			}
			o.max_transcripts = (size_t)v;
			break;
		case 'w':
			v = strtol(optarg, &end, 10);
			if (*end || v < 0 || (v > 0 && v < 40)) {
				rl_cli_error("report: --width '%s' (expected 0 for no wrapping, or "
					     "40 or more columns)",
					     optarg);
				return RL_EXIT_USAGE;
			}
			o.width = v ? (size_t)v : SIZE_MAX;
			break;
		case 'h': fputs(usage, stdout); return RL_EXIT_OK;
		default: return RL_EXIT_USAGE;
		}
	}
	for (; optind < argc; optind++) {
		if (!db) {
			db = argv[optind];
		} else {
			rl_cli_error("report: more than one database given ('%s', '%s')", db,
				     argv[optind]);
			return RL_EXIT_USAGE;
		}
	}
	if (!db == !input) {
		rl_cli_error(
			"report: give a campaign DB or --input CLASSIFIED.jsonl (one of them)");
		return RL_EXIT_USAGE;
	}
	if (!format)
		format = rl_cli_format_from_ext(output);
	if (!format)
		format = "text";
	fmt = rl_report_format_parse(format);
	if (fmt < 0) {
		rl_cli_error("report: unknown format '%s' (expected text, md, csv, json, html or "
			     "original-json)",
			     format);
		return RL_EXIT_USAGE;
	}

	rl_result_set_init(&set);
	rc = input ? rl_result_set_load_jsonl(&set, input, &e)
		   : rl_result_set_load_db(&set, db, &sel, &e);
	if (!rc && db && fmt == RL_FMT_JSON &&
	    !rl_report_manifest(db, sel.campaign, &manifest, NULL))
		o.manifest = manifest.s; /* the campaign's manifest rides along */
	if (!rc && db && fmt == RL_FMT_HTML && !rl_report_prompts(db, sel.campaign, &prompts, NULL))
		o.prompts = prompts.s; /* the transcript view shows what the model was given */
	if (!rc && transcripts)
		rc = rl_result_set_join_transcripts(&set, transcripts, &e);
	if (rc) {
		rl_result_set_free(&set);
		return rl_cli_fail(&e);
	}
	rc = rl_report_build(&rep, &set, &o, &e);
	if (!rc && db) {
		/* a campaign run with `defenses:` gets the full defense table
		 * (oversight and monitor included, src/defense/) */
		rl_defense_table dt;
		rc = rl_defense_table_from_db(db, &sel, NULL, &dt, &found, &e);
		if (rc == RL_ENOTFOUND) {
			/* e.g. the campaign's pack moved: the rest still stands (a
			 * pack with other content, RL_EINVAL, is refused) */
			rl_cli_error("defense table left out: %s", e.msg);
			rl_err_clear(&e);
			rc = 0;
			found = 0;
		}
		if (!rc && found)
			rc = rl_report_add_defense_table(&rep, dt.rows, dt.n, &e);
		rl_defense_table_free(&dt);
		if (rc)
			rl_report_free(&rep);
	}
	/* otherwise the prompt-level defenses found among the conditions */
	if (!rc && !found && (rc = rl_report_add_ablation_defenses(&rep, NULL, &e)))
		rl_report_free(&rep);
	if (!rc) {
		rc = rl_report_render(&rep, fmt, &out, &e);
		rl_report_free(&rep);
	}
	if (!rc) {
		if (output)
			rc = rl_write_file_atomic(output, out.s, out.len, &e);
		else if (fwrite(out.s, 1, out.len, stdout) != out.len || fflush(stdout))
			rc = rl_err_set(&e, RL_EIO, "report: cannot write to standard output");
	}
	rl_buf_free(&out);
	rl_buf_free(&manifest);
	rl_buf_free(&prompts);
	rl_result_set_free(&set);
	return rc ? rl_cli_fail(&e) : RL_EXIT_OK;
}
