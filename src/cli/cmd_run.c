/* cmd_run.c: `redline run CONFIG`: argv, signals and the terminal for the
 * campaign runner (src/campaign/). The library reports progress through a
 * callback; this file decides how it looks: a one-line bar redrawn in place
 * on a terminal, plain lines every few seconds otherwise (logs, CI). */
#include "cli/cli.h"

#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/secret.h"
#include "redline/buf.h"
#include "redline/campaign.h"
#include "redline/provider.h"

/* The one piece of process-wide state: a signal handler can only talk to
 * the loop through a sig_atomic_t. The runner reads it through a pointer. */
static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
	if (stop_signal) {
		/* Second signal: stop now. The store is consistent at any point. */
		signal(sig, SIG_DFL);
		raise(sig);
		return;
	}
	stop_signal = sig;
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: redline run CONFIG [--pack DIR] [--db FILE|URL] [--dry-run] [--samples N]\n"
		"                  [--model SPEC]... [--in-flight N] [--retries N]\n"
		"                  [--timeout SECONDS] [--drain SECONDS] [--progress bar|plain|none]\n\n"
		"Run a campaign: every model x condition x sample of CONFIG (the original\n"
		"study's YAML is accepted unchanged) against the model APIs, recorded in a\n"
		"SQLite database. Running the same command again resumes: finished samples\n"
		"are never requested again, failed ones are retried.\n\n"
		"  --pack DIR        scenario pack (default: the config's `pack:`, else the\n"
		"                    built-in default pack)\n"
		"  --db FILE|URL     database (default: ./<experiment_id>.db); a postgresql://\n"
		"                    URL shares the campaign between workers started on any\n"
		"                    number of machines (docs/deployment.md)\n"
		"  --lease-ms MS     PostgreSQL: a stopped worker's claims are taken over this\n"
		"                    long after its last renewal (default 30000)\n"
		"  --dry-run         print the plan with token and cost estimates; send nothing\n"
		"  --samples N       samples per condition (overrides the config)\n"
		"  --model SPEC      run this model instead of the config's (repeatable), e.g.\n"
		"                    mock, openai:gpt-4o, anthropic:claude-sonnet-4-20250514,\n"
		"                    openai:NAME@http://127.0.0.1:8000/v1\n"
		"  --in-flight N     requests in flight at most (default 1024)\n"
		"  --retries N       retries per sample per run (attempts = N + 1)\n"
		"  --timeout S       per-request timeout in seconds\n"
		"  --drain S         on SIGINT/SIGTERM, wait this long for in-flight requests\n"
		"                    (default 30); a second signal stops at once\n"
		"  --progress MODE   bar (terminal default), plain (lines), none\n"
		"  --backoff-ms MS   first retry backoff (full jitter, doubling)\n"
		"  --set-aside-after N  consecutive failures before a model is set aside\n\n"
		"Exit status: 0 every sample done; 3 some samples failed or a model was set\n"
		"aside (recorded: run again to retry), or the database cannot be written;\n"
		"2 bad config, pack or model spec, missing key, or another run holds the\n"
		"database; 130/143 stopped by SIGINT/SIGTERM (resumable).\n");
}

struct ui {
	int mode; /* 0 none, 1 plain, 2 bar */
	int dry;
	int64_t last_plain;
	int drew;
};

static void fmt_tok(char *out, size_t n, int64_t t)
{
	if (t >= 1000000)
		snprintf(out, n, "%.1fM", (double)t / 1e6);
	else if (t >= 1000)
		snprintf(out, n, "%.1fk", (double)t / 1e3);
	else
		snprintf(out, n, "%lld", (long long)t);
}

static void progress(void *ud, const rl_campaign_stats *st, int final)
{
	struct ui *u = ud;
	int64_t done = st->done_before + st->done, total = st->total;
	double secs = (double)st->elapsed_ms / 1000.0;
	double rate = secs > 0 ? (double)st->done / secs : 0;
	double eta = rate > 0 ? (double)(total - done) / rate : -1;
	char e[32], tin[32], tout[32], cost[48];

	if (u->mode == 0)
		return;
	rl_cli_fmt_duration(e, sizeof e, eta);
	fmt_tok(tin, sizeof tin, st->input_tokens);
	fmt_tok(tout, sizeof tout, st->output_tokens);
	/* "+": some tokens came from models without a price (see prices:). */
	if (st->cost_known)
		snprintf(cost, sizeof cost, "$%.2f", st->cost_usd);
	else if (st->cost_usd > 0)
		snprintf(cost, sizeof cost, "$%.2f+", st->cost_usd);
	else
		snprintf(cost, sizeof cost, "$? (no price)");
	if (u->mode == 2) {
		char bar[31];
		int w = total ? (int)(30 * done / total) : 30, i;
		for (i = 0; i < 30; i++)
			bar[i] = i < w ? '#' : '.';
		bar[30] = '\0';
		fprintf(stderr, "\r[%s] %lld/%lld %.1f/s ETA %s err %lld tok %s/%s %s  ", bar,
			(long long)done, (long long)total, rate, e, (long long)st->errors, tin,
			tout, cost);
		if (final)
			fputc('\n', stderr);
		u->drew = 1;
	} else if (final || st->elapsed_ms - u->last_plain >= 5000) {
		fprintf(stderr,
			"progress: %lld/%lld done, %.1f/s, ETA %s, %lld errors, %lld in flight, "
			"tokens %s in %s out, cost %s\n",
			(long long)done, (long long)total, rate, e, (long long)st->errors,
			(long long)st->in_flight, tin, tout, cost);
		u->last_plain = st->elapsed_ms;
	}
	fflush(stderr);
}

static void print_term(FILE *f, const char *label, const char *s)
{
	rl_buf b = RL_BUF_INIT;
	rl_buf_add_term(&b, s ? s : "", s ? strlen(s) : 0);
	fprintf(f, "%-12s %s\n", label, b.s);
	rl_buf_free(&b);
}

static void plan(void *ud, const rl_campaign_plan *p)
{
	struct ui *u = ud;
	size_t i;
	FILE *f = u->dry ? stdout : stderr;

	if (!u->dry) {
		rl_buf b = RL_BUF_INIT;
		rl_buf_add_term(&b, p->experiment_id, strlen(p->experiment_id));
		fprintf(stderr,
			"redline: campaign %s: %zu models x %zu conditions x %ld samples = %lld "
			"(%lld done before) -> %s\n",
			b.s, p->nmodels, p->nconditions, p->samples_per_condition,
			(long long)p->total, (long long)p->done_before, p->db_path);
		rl_buf_free(&b);
		return;
	}
	print_term(f, "experiment", p->experiment_id);
	print_term(f, "database", p->db_path);
	print_term(f, "pack", p->pack_dir);
	fprintf(f, "%-12s %zu\n", "models", p->nmodels);
	for (i = 0; i < p->nmodels; i++) {
		rl_buf b = RL_BUF_INIT;
		rl_buf_adds(&b, "  ");
		rl_buf_add_term(&b, p->models[i], strlen(p->models[i]));
		if (p->model_urls[i] && *p->model_urls[i]) {
			rl_buf_adds(&b, "  ");
			rl_buf_add_term(&b, p->model_urls[i], strlen(p->model_urls[i]));
		}
		fprintf(f, "%s\n", b.s);
		rl_buf_free(&b);
	}
	fprintf(f, "%-12s %zu\n", "conditions", p->nconditions);
	fprintf(f, "%-12s %ld per condition\n", "samples", p->samples_per_condition);
	fprintf(f, "%-12s %lld samples (%lld done before, %lld to do)\n", "total",
		(long long)p->total, (long long)p->done_before,
		(long long)(p->total - p->done_before));
	fprintf(f, "%-12s ~%lld input, at most %lld output (max_tokens)\n", "tokens",
		(long long)p->est_input_tokens, (long long)p->est_output_tokens);
	if (p->cost_known)
		fprintf(f, "%-12s ~$%.2f input + at most $%.2f output\n", "cost",
			p->est_cost_input_usd, p->est_cost_output_usd);
	else
		fprintf(f,
			"%-12s unknown for some models (add them to `prices:` in the config); "
			"priced part ~$%.2f input + at most $%.2f output\n",
			"cost", p->est_cost_input_usd, p->est_cost_output_usd);
}

int cmd_run(int argc, char **argv)
{
	/* clang-format off */
	static const struct option opts[] = {
		{"pack", required_argument, NULL, 'p'},     {"db", required_argument, NULL, 'd'},
		{"dry-run", no_argument, NULL, 'n'},        {"samples", required_argument, NULL, 's'},
		{"model", required_argument, NULL, 'm'},    {"in-flight", required_argument, NULL, 'j'},
		{"retries", required_argument, NULL, 'r'},  {"timeout", required_argument, NULL, 't'},
		{"drain", required_argument, NULL, 'D'},    {"progress", required_argument, NULL, 'P'},
		{"backoff-ms", required_argument, NULL, 'B'},
		{"set-aside-after", required_argument, NULL, 'A'},
		{"lease-ms", required_argument, NULL, 'L'},
		{"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0},
	};
	/* clang-format on */
	rl_campaign_opts o;
	rl_campaign_stats st;
	struct ui u = {0};
	const char **models = NULL;
	size_t nmodels = 0;
	int c, outcome = 0, rc;
	char db[4096] = "", *end;
	rl_err e;
	struct sigaction sa, old_int, old_term;
	rl_buf args = RL_BUF_INIT;
	long v;

	rl_secret_protect_process(); /* it holds model keys: no core dumps */
	memset(&o, 0, sizeof o);
	rl_err_clear(&e);
	u.mode = isatty(STDERR_FILENO) ? 2 : 1;
	optind = 1;
	while ((c = rl_cli_getopt(argc, argv, "hj:", opts, "run")) != -1) {
		switch (c) {
		case 'p': o.pack_dir = optarg; break;
		case 'd': o.db_path = optarg; break;
		case 'n': o.dry_run = 1; break;
		case 'm': {
			const char **nm = realloc(models, (nmodels + 1) * sizeof *nm);
			if (!nm) {
				free(models);
				rl_cli_error("out of memory");
				return RL_EXIT_FAIL;
			}
			models = nm;
			models[nmodels++] = optarg;
			break;
		}
		case 'P':
			if (!strcmp(optarg, "bar"))
				u.mode = 2;
			else if (!strcmp(optarg, "plain"))
				u.mode = 1;
			else if (!strcmp(optarg, "none"))
				u.mode = 0;
			else {
				rl_cli_error("--progress: expected bar, plain or none, got '%s'",
					     optarg);
				free(models);
				return RL_EXIT_USAGE;
			}
			break;
		case 's':
		case 'j':
		case 'r':
		case 't':
		case 'D':
		case 'B':
		case 'A':
		case 'L':
			v = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end || v < 0 || v > 100000000) {
				rl_cli_error("--%s: expected a non-negative number, got '%s'",
					     c == 's'   ? "samples"
					     : c == 'j' ? "in-flight"
					     : c == 'r' ? "retries"
					     : c == 't' ? "timeout"
					     : c == 'D' ? "drain"
					     : c == 'B' ? "backoff-ms"
					     : c == 'L' ? "lease-ms"
							: "set-aside-after",
					     optarg);
				free(models);
				return RL_EXIT_USAGE;
			}
			if (c == 's')
				o.samples = v;
			else if (c == 'j')
				o.max_in_flight = (int)v;
			else if (c == 'r')
				o.max_attempts = (int)v + 1;
			else if (c == 't')
				o.timeout_ms = (int)(v * 1000);
			else if (c == 'D')
				o.drain_ms = v ? (int)(v * 1000) : 1;
			else if (c == 'B')
				o.backoff_base_ms = (int)v;
			else if (c == 'L')
				o.lease_ms = v;
			else
				o.set_aside_after = v ? (int)v : -1;
			break;
		case 'h':
			usage(stdout);
			free(models);
			return RL_EXIT_OK;
		default: free(models); return RL_EXIT_USAGE; /* rl_cli_getopt said why */
		}
	}
	if (optind != argc - 1) {
		usage(stderr);
		free(models);
		return RL_EXIT_USAGE;
	}
	o.config_path = argv[optind];
	if (rl_cli_expect_config("run", o.config_path)) {
		free(models);
		return RL_EXIT_USAGE;
	}
	o.default_pack = rl_cli_default_pack();
	o.models = models;
	o.nmodels = nmodels;
	o.stop = &stop_signal;
	o.progress = progress;
	o.plan = plan;
	o.ud = &u;
	o.progress_ms = u.mode == 2 ? 200 : 1000;
	u.dry = o.dry_run;
	for (c = 0; c < argc; c++) {
		if (c)
			rl_buf_addc(&args, ' ');
		rl_buf_adds(&args, argv[c]);
	}
	o.argv_summary = args.s;

	if (rl_provider_global_init(&e)) {
		free(models);
		rl_buf_free(&args);
		return rl_cli_fail(&e);
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	signal(SIGPIPE, SIG_IGN);
	stop_signal = 0;

	rc = rl_campaign_run(&o, &outcome, &st, db, sizeof db, &e);

	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	free(models);
	rl_buf_free(&args);
	if (rc) {
		if (db[0] && rc == RL_EDB)
			rl_cli_error("%s (the database keeps every sample committed before this; "
				     "fix the cause and run the same command to resume)",
				     e.msg);
		else
			rl_cli_fail(&e);
		rl_provider_global_cleanup();
		return rl_cli_exit_for(rc);
	}
	rl_provider_global_cleanup();
	if (o.dry_run)
		return RL_EXIT_OK;
	printf("run: %lld samples done now, %lld before, %lld of %lld in total; %lld errors; "
	       "%llu HTTP requests; tokens %lld in, %lld out; db %s\n",
	       (long long)st.done, (long long)st.done_before, (long long)(st.done + st.done_before),
	       (long long)st.total, (long long)st.errors, (unsigned long long)st.http_requests,
	       (long long)st.input_tokens, (long long)st.output_tokens, db);
	if (outcome == RL_CAMPAIGN_STOPPED) {
		rl_cli_error("stopped by %s; run the same command again to resume",
			     stop_signal == SIGTERM ? "SIGTERM" : "SIGINT");
		return stop_signal == SIGTERM ? 143 : 130;
	}
	if (outcome == RL_CAMPAIGN_INCOMPLETE) {
		if (st.last_error[0])
			rl_cli_error(
				"%lld samples failed (recorded; run again to retry them), e.g. %s",
				(long long)st.errors, st.last_error);
		if (st.set_aside)
			rl_cli_error("%lld models set aside after repeated failures (see "
				     "'redline status %s')",
				     (long long)st.set_aside, db);
		if (!st.last_error[0] && !st.set_aside)
			rl_cli_error("campaign incomplete; run again to continue");
		return RL_EXIT_FAIL;
	}
	return RL_EXIT_OK;
}
