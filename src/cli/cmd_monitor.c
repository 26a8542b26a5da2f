/* cmd_monitor.c: `redline monitor`: scan agent logs with a policy (the
 * guard's language and engine) and write findings as JSON Lines; a CI gate
 * through the exit status. Argument parsing, output files and exit codes
 * live here; reading and matching live in src/monitor. */
#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/fs.h"
#include "base/secret.h"
#include "monitor/monitor.h"
#include "redline/policy.h"

static volatile sig_atomic_t stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	stop_flag = 1;
}

/* --follow with --policy: the file is watched (mtime, size, inode) and a
 * changed one compiled; a policy that does not compile is reported with
 * its file:line and the one in force stays. Every policy loaded lives
 * until the end (findings waiting for the judge name their rules). */
typedef struct reloader {
	const char *path;
	struct stat st;
	rl_policy **v; /* every policy loaded, freed at the end */
	size_t n;
} reloader;

static int same_file(const struct stat *a, const struct stat *b)
{
	return a->st_ino == b->st_ino && a->st_dev == b->st_dev && a->st_size == b->st_size &&
	       a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

static const rl_policy *policy_update(void *arg)
{
	reloader *r = arg;
	struct stat st;
	rl_policy *p, **nv;
	rl_err e;
	if (stat(r->path, &st) || same_file(&st, &r->st))
		return NULL;
	r->st = st; /* one report per change, loaded or not */
	if (rl_policy_load_file(r->path, &p, &e)) {
		rl_cli_error("policy not reloaded, the previous one stays: %s", e.msg);
		return NULL;
	}
	nv = realloc(r->v, (r->n + 1) * sizeof *nv);
	if (!nv) {
		rl_policy_free(p);
		return NULL;
	}
	r->v = nv;
	r->v[r->n++] = p;
	fprintf(stderr, "redline: policy reloaded from %s (%zu rules)\n", r->path,
		rl_policy_nrules(p));
	return p;
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: redline monitor [--policy FILE] [--follow] [--threshold N] [--fail-on SEVERITY]\n"
		"                       [--judge MODEL] [--output FILE] [--summary FILE] [--full-parse]\n"
		"                       [--quiet] FILE...|-\n"
		"\n"
		"Scan agent logs (JSON Lines, plain or gzip: OpenAI and Anthropic requests and\n"
		"responses, Gemini responses, redline export records, role/content lists) with\n"
		"the runtime policy and write one finding per matched rule and message as JSON.\n"
		"\n"
		"  --policy FILE      policy YAML (default: the built-in default policy)\n"
		"  --follow, -f       keep reading growing files, through rotation and truncation;\n"
		"                     a changed --policy file is reloaded (one that does not\n"
		"                     compile is reported and the previous policy stays)\n"
		"  --poll-ms N        follow: poll interval in milliseconds (default 200); with\n"
		"                     inotify (Linux) changes wake the monitor at once and this\n"
		"                     is only a safety rescan\n"
		"  --poll             follow: poll only, no inotify (network file systems)\n"
		"  --threshold N      exit 1 when at least N findings count (default 1)\n"
		"  --fail-on SEV      count findings of this severity or worse: info, low, medium,\n"
		"                     high, critical (default low)\n"
		"  --judge MODEL      ask an LLM judge about each finding (only findings, never clean\n"
		"                     lines): openai:gpt-4o, anthropic:..., openai:M@http://127.0.0.1:P/v1;\n"
		"                     keys from the environment (OPENAI_API_KEY, ...). Each finding\n"
		"                     gets a verdict: confirmed, rejected or unknown (judge error or\n"
		"                     unusable answer). Rejected findings do not count toward the\n"
		"                     threshold; unknown ones do (fail closed)\n"
		"  --judge-concurrency N  judge requests in flight (default 8)\n"
		"  --judge-max-attempts N judge HTTP attempts per finding, retries included (default 5)\n"
		"  --judge-backoff-ms N   judge retry backoff base (default 1000)\n"
		"  --output FILE      findings file (default or -: standard output); written whole or\n"
		"                     not at all, except with --follow where it is appended\n"
		"  --summary FILE     per-rule summary as JSON (a text summary goes to stderr)\n"
		"  --full-parse       parse every line (no prefilter); for checking the prefilter\n"
		"  --scan-history     also evaluate the earlier messages a request repeats (by\n"
		"                     default a line is judged by its own response; its history\n"
		"                     is context, reported where it was the response)\n"
		"  --quiet, -q        no text summary\n"
		"\n"
		"Malformed lines are reported on stderr with their line numbers and skipped.\n"
		"Exit status: 0 below the threshold, 1 threshold reached (with --judge: confirmed\n"
		"and unknown findings count, rejected ones do not), 2 bad usage, policy or\n"
		"unreadable input, 3 runtime failure.\n");
}

int cmd_monitor(int argc, char **argv)
{
	/* clang-format off */
	static const struct option lo[] = {
		{"policy", required_argument, 0, 'p'}, {"follow", no_argument, 0, 'f'},
		{"threshold", required_argument, 0, 't'}, {"fail-on", required_argument, 0, 's'},
		{"output", required_argument, 0, 'o'}, {"summary", required_argument, 0, 'S'},
		{"poll-ms", required_argument, 0, 'P'}, {"full-parse", no_argument, 0, 'F'},
		{"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'},
		{"judge", required_argument, 0, 'J'}, {"judge-concurrency", required_argument, 0, 'C'},
		{"judge-max-attempts", required_argument, 0, 'A'},
		{"judge-backoff-ms", required_argument, 0, 'B'}, {"poll", no_argument, 0, 'L'},
		{"scan-history", no_argument, 0, 'H'},
		{0, 0, 0, 0}};
	/* clang-format on */
	const char *policy_path = NULL, *out_path = NULL, *summary_path = NULL;
	long threshold = 1;
	int fail_on = RL_SEV_LOW, c, i, quiet = 0, bad_input = 0, status;
	rl_monitor_opts o;
	rl_policy *pol = NULL;
	rl_monitor *m = NULL;
	rl_err e;
	FILE *out = stdout;
	rl_wfile wf = {0};
	struct sigaction sa;
	const rl_monitor_stats *st;
	uint64_t counted = 0;
	rl_buf b = RL_BUF_INIT;
	reloader rel = {0};

	memset(&o, 0, sizeof o);
	optind = 1;
	opterr = 0;
	while ((c = rl_cli_getopt(argc, argv, "+p:ft:s:o:S:P:Fqh", lo, "monitor")) != -1) {
		char *end;
		switch (c) {
		case 'p': policy_path = optarg; break;
		case 'f': o.follow = 1; break;
		case 't':
			errno = 0;
			threshold = strtol(optarg, &end, 10);
			if (errno || *end || threshold < 1) {
				rl_cli_error("--threshold: expected a positive integer, got '%s'",
					     optarg);
				return RL_EXIT_USAGE;
			}
			break;
		case 's':
			if ((fail_on = rl_severity_parse(optarg)) < 0) {
				rl_cli_error(
					"--fail-on: unknown severity '%s' (expected info, low, medium, high, critical)",
					optarg);
				return RL_EXIT_USAGE;
			}
			break;
		case 'o': out_path = optarg; break;
		case 'S': summary_path = optarg; break;
		case 'P':
			o.poll_ms = atoi(optarg);
			if (o.poll_ms < 1 || o.poll_ms > 60000) {
				rl_cli_error("--poll-ms: expected 1..60000, got '%s'", optarg);
				return RL_EXIT_USAGE;
			}
			break;
		case 'F': o.full_parse = 1; break;
		case 'L': o.no_inotify = 1; break;
		case 'H': o.scan_history = 1; break;
		case 'J': o.judge = optarg; break;
		case 'C':
		case 'A':
		case 'B': {
			static const struct {
				char c;
				const char *name;
				long max;
			} lim[] = {{'C', "--judge-concurrency", 1024},
				   {'A', "--judge-max-attempts", 100},
				   {'B', "--judge-backoff-ms", 600000}};
			int k = c == 'C' ? 0 : c == 'A' ? 1 : 2;
			long v;
			errno = 0;
			v = strtol(optarg, &end, 10);
			if (errno || *end || v < 1 || v > lim[k].max) {
				rl_cli_error("%s: expected 1..%ld, got '%s'", lim[k].name,
					     lim[k].max, optarg);
				return RL_EXIT_USAGE;
			}
			*(c == 'C'   ? &o.judge_concurrency
			  : c == 'A' ? &o.judge_max_attempts
				     : &o.judge_backoff_ms) = (int)v;
			break;
		}
		case 'q': quiet = 1; break;
		case 'h': usage(stdout); return RL_EXIT_OK;
		default: return RL_EXIT_USAGE; /* rl_cli_getopt said why */
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return RL_EXIT_USAGE;
	}
	if (o.judge)
		rl_secret_protect_process(); /* the judge's key: no core dumps */
	if (policy_path && o.follow) {
		rel.path = policy_path;
		stat(policy_path, &rel.st); /* before loading: a change meanwhile is seen */
		o.policy_update = policy_update;
		o.policy_arg = &rel;
	}
	if (policy_path ? rl_policy_load_file(policy_path, &pol, &e)
			: rl_policy_load_default(&pol, &e))
		return rl_cli_fail(&e);

	if (out_path && !strcmp(out_path, "-"))
		out_path = NULL; /* "-" is standard output, as in curl -o - */
	if (out_path) {
		if (o.follow) {
			out = fopen(out_path, "a");
		} else if (rl_wfile_open(&wf, out_path, &e)) {
			rl_policy_free(pol);
			return rl_cli_fail(&e);
		} else {
			out = wf.f;
		}
		if (!out) {
			rl_cli_error("%s: cannot write: %s", out_path, strerror(errno));
			rl_policy_free(pol);
			return RL_EXIT_USAGE;
		}
	}
	o.policy = pol;
	o.out = out;
	o.diag = stderr;
	o.stop = &stop_flag;
	if (rl_monitor_new(&o, &m, &e)) {
		status = rl_cli_fail(&e);
		goto done;
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	if (o.follow) {
		int nf = 0;
		for (i = optind; i < argc; i++)
			if (!strcmp(argv[i], "-")) {
				rl_cli_error("--follow reads files, not standard input");
				status = RL_EXIT_USAGE;
				goto done;
			}
		nf = argc - optind;
		if (rl_monitor_follow(m, argv + optind, nf, &e)) {
			status = rl_cli_fail(&e);
			goto done;
		}
	} else {
		for (i = optind; i < argc && !stop_flag; i++) {
			int rc = rl_monitor_scan(m, argv[i], &e);
			if ((rc == RL_EIO && strstr(e.msg, "cannot open")) || rc == RL_EINVAL) {
				/* bad input (missing, a directory, a cut gzip):
				 * said, the other files still scanned, exit 2 */
				rl_cli_error("%s", e.msg);
				bad_input = 1;
				continue;
			}
			if (rc) {
				status = rl_cli_fail(&e);
				goto done;
			}
		}
	}
	if (rl_monitor_finish(m, &e)) {
		status = rl_cli_fail(&e);
		goto done;
	}
	if (out != stdout && !o.follow) {
		out = stdout;
		if (rl_wfile_commit(&wf, &e)) {
			status = rl_cli_fail(&e);
			goto done;
		}
	} else if (out != stdout) {
		if (fflush(out) || ferror(out)) {
			rl_cli_error("%s: write failed: %s", out_path, strerror(errno));
			status = RL_EXIT_FAIL;
			goto done;
		}
		fclose(out);
		out = stdout;
	} else {
		fflush(stdout);
	}
	st = rl_monitor_stats_get(m);
	for (i = fail_on; i < 5; i++)
		counted += st->counted_by_severity[i];
	if (!quiet) {
		rl_monitor_summary_text(m, &b);
		fwrite(b.s, 1, b.len, stderr);
		rl_buf_reset(&b);
	}
	if (summary_path) {
		rl_monitor_summary_json(m, &b);
		if (rl_write_file_atomic(summary_path, b.s, b.len, &e)) {
			status = rl_cli_fail(&e);
			goto done;
		}
	}
	status = bad_input                        ? RL_EXIT_USAGE
		 : counted >= (uint64_t)threshold ? RL_EXIT_FINDINGS
						  : RL_EXIT_OK;
done:
	if (out && out != stdout && out != wf.f)
		fclose(out);
	rl_wfile_abort(&wf); /* nothing once committed */
	rl_buf_free(&b);
	rl_monitor_free(m);
	rl_policy_free(pol);
	for (i = 0; i < (int)rel.n; i++)
		rl_policy_free(rel.v[i]);
	free(rel.v);
	return status;
}
