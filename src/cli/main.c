/* main.c: the `redline` command: global options, then one subcommand per
 * file (src/cli/cmd_<name>.c), as git does with builtin/. */
#include "cli/cli.h"
#include "redline/campaign.h"

#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"
#include "redline/buf.h"
#include "redline/provider.h"

static const struct {
	const char *name;
	rl_cmd_fn fn;
	const char *summary;
} commands[] = {
	{"pack", cmd_pack, "list, show, lint, render, vary and import scenario packs"},
	{"conditions", cmd_conditions, "print the condition ids an experiment config expands to"},
	{"run", cmd_run, "run a stress-test campaign against model APIs (resumable)"},
	{"status", cmd_status, "summarize a campaign database"},
	{"export", cmd_export, "export samples as JSON Lines, CSV or the original's layout"},
	{"db", cmd_db, "copy campaigns between databases (SQLite file -> PostgreSQL)"},
	{"classify", cmd_classify, "decide what each sample did (rules, LLM judge)"},
	{"report", cmd_report, "rates with intervals, comparisons, HTML report"},
	{"defend", cmd_defend, "measure defenses as conditions, with effect sizes"},
	{"guard", cmd_guard, "runtime guard proxy with holds and human approval"},
	{"monitor", cmd_monitor, "scan agent logs for red flags"},
	{"policy", cmd_policy, "print the built-in default policy, check a policy file"},
	{"fake-provider", cmd_fake_provider, "loopback model server for tests and benchmarks"},
};

static int cli_json; /* REDLINE_LOG_FORMAT=json */

static void cli_say(const char *level, const char *fmt, va_list ap)
{
	char msg[4096], ts[40];
	rl_buf b = RL_BUF_INIT;

	vsnprintf(msg, sizeof msg, fmt, ap);
	if (cli_json) {
		rl_iso8601(rl_wall_ms(), ts, sizeof ts);
		rl_buf_addf(&b, "{\"ts\":\"%s\",\"level\":\"%s\",\"component\":\"cli\",\"msg\":\"",
			    ts, level);
		rl_buf_add_json(&b, msg, strlen(msg));
		rl_buf_adds(&b, "\"}\n");
	} else {
		rl_buf_adds(&b, "redline: ");
		rl_buf_add_term(&b, msg, strlen(msg));
		rl_buf_addc(&b, '\n');
	}
	fwrite(b.s, 1, b.len, stderr);
	rl_buf_free(&b);
}

void rl_cli_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cli_say("error", fmt, ap);
	va_end(ap);
}

void rl_cli_note(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cli_say("info", fmt, ap);
	va_end(ap);
}

/* Edit distance, for "did you mean" (short strings only). */
static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, prev[64], cur[64];
	if (la > 62 || lb > 62)
		return 99;
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++) {
		cur[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t d = prev[j - 1] + (a[i - 1] != b[j - 1]);
			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			cur[j] = d;
		}
		memcpy(prev, cur, (lb + 1) * sizeof *prev);
	}
	return prev[lb];
}

/* The closest of `names` to `s` when it is close enough, else NULL. */
static const char *nearest(const char *s, const char *const *names, size_t n)
{
	size_t i, best = 99, lim = strlen(s) / 3 + 1;
	const char *who = NULL;
	for (i = 0; i < n; i++) {
		size_t d = edit_distance(s, names[i]);
		if (d < best) {
			best = d;
			who = names[i];
		}
	}
	return best <= (lim < 3 ? lim : 3) ? who : NULL;
}

int rl_cli_getopt(int argc, char **argv, const char *shortopts, const struct option *lo,
		  const char *cmd)
{
	char sopts[128];
	int o, at = optind;

	/* ':' first (after a leading '+' or '-'): a missing value is told apart */
	if (shortopts[0] == '+' || shortopts[0] == '-')
		snprintf(sopts, sizeof sopts, "%c:%s", shortopts[0], shortopts + 1);
	else
		snprintf(sopts, sizeof sopts, ":%s", shortopts);
	opterr = 0;
	o = getopt_long(argc, argv, sopts, lo, NULL);
	if (o != '?' && o != ':')
		return o;
	{
		/* the argument getopt stopped at (optind has moved past it) */
		const char *bad = optind - 1 >= at && optind - 1 < argc ? argv[optind - 1] : "";
		char name[128];
		const char *names[128];
		size_t n = 0, k;
		if (o == ':' || (optopt && strchr(shortopts, optopt) && o == ':')) {
			rl_cli_error("%s: option '%s' needs a value (see 'redline %s --help')", cmd,
				     bad, cmd);
			return '?';
		}
		if (!strncmp(bad, "--", 2)) {
			snprintf(name, sizeof name, "%.*s", (int)strcspn(bad + 2, "="), bad + 2);
			for (k = 0; lo[k].name && n < 128; k++)
				names[n++] = lo[k].name;
			{
				const char *near = nearest(name, names, n);
				if (near) {
					rl_cli_error(
						"%s: unknown option '--%s' (did you mean '--%s'? see "
						"'redline %s --help')",
						cmd, name, near, cmd);
					return '?';
				}
			}
			rl_cli_error("%s: unknown option '--%s' (see 'redline %s --help')", cmd,
				     name, cmd);
			return '?';
		}
		if (optopt)
			rl_cli_error("%s: unknown option '-%c' (see 'redline %s --help')", cmd,
				     optopt, cmd);
		else
			rl_cli_error("%s: unknown option '%s' (see 'redline %s --help')", cmd, bad,
				     cmd);
		return '?';
	}
}

int rl_cli_exit_for(int code)
{
	switch (code) {
	case RL_OK: return RL_EXIT_OK;
	case RL_EINVAL:
	case RL_ENOTFOUND:
	case RL_EEXIST:
	case RL_EUNSUPP: return RL_EXIT_USAGE;
	default: return RL_EXIT_FAIL;
	}
}

int rl_cli_fail(const rl_err *e)
{
	rl_cli_error("%s", e->msg[0] ? e->msg : rl_strerror(e->code));
	return rl_cli_exit_for(e->code);
}

int rl_cli_wants_help(int argc, char **argv)
{
	int i;
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--"))
			return 0;
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))
			return 1;
	}
	return 0;
}

int rl_cli_campaign_db(const char **db, const char **exp, char *dbbuf, size_t dbn, char *expbuf,
		       size_t expn, rl_err *e)
{
	size_t n = strlen(*db);
	int rc;
	if (!((n > 5 && !strcmp(*db + n - 5, ".yaml")) || (n > 4 && !strcmp(*db + n - 4, ".yml"))))
		return 0;
	if ((rc = rl_campaign_db_for_config(*db, dbbuf, dbn, expbuf, expn, e)))
		return rc;
	*db = dbbuf;
	if (!*exp && expbuf[0])
		*exp = expbuf;
	return 0;
}

const char *rl_cli_format_from_ext(const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;
	if (!dot)
		return NULL;
	if (!strcmp(dot, ".html") || !strcmp(dot, ".htm"))
		return "html";
	if (!strcmp(dot, ".md"))
		return "md";
	if (!strcmp(dot, ".csv"))
		return "csv";
	if (!strcmp(dot, ".json"))
		return "json";
	return NULL;
}

const char *rl_cli_default_pack(void)
{
	static char path[PATH_MAX + 64];
	char exe[PATH_MAX];
	const char *env = getenv("REDLINE_PACKS");
	ssize_t n;

	if (env && *env) {
		snprintf(path, sizeof path, "%s/default", env);
		return path;
	}
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		char *slash;
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			snprintf(path, sizeof path, "%s/../packs/default", exe);
			if (access(path, R_OK) == 0)
				return path;
			snprintf(path, sizeof path, "%s/../share/redline/packs/default", exe);
			if (access(path, R_OK) == 0)
				return path;
		}
	}
	snprintf(path, sizeof path, "%s/packs/default", RL_DATADIR);
	return path;
}

int rl_cli_expect_config(const char *cmd, const char *path)
{
	unsigned char head[512];
	size_t n, i;
	FILE *f = fopen(path, "rb");

	if (!f)
		return 0;
	n = fread(head, 1, sizeof head, f);
	fclose(f);
	if (n >= 16 && !memcmp(head, "SQLite format 3", 16)) {
		rl_cli_error("%s: %s is an SQLite database (a campaign's results), not an "
			     "experiment config (YAML); read it with 'redline status %s', "
			     "'redline report %s' or 'redline export %s', or give the config that "
			     "ran it",
			     cmd, path, path, path, path);
		return RL_EXIT_USAGE;
	}
	for (i = 0; i < n; i++)
		if (!head[i] ||
		    (head[i] < 0x20 && head[i] != '\n' && head[i] != '\r' && head[i] != '\t'))
			break;
	if (i < n) {
		rl_cli_error("%s: %s is binary data (byte 0x%02x at offset %zu), not an "
			     "experiment config (YAML text)",
			     cmd, path, head[i], i);
		return RL_EXIT_USAGE;
	}
	return 0;
}

static void usage(FILE *f)
{
	size_t i;
	fprintf(f, "usage: redline [-V|--version] [-h|--help] <command> [<args>]\n"
		   "       redline help <command>\n\n"
		   "Stress-test AI agents for agentic misalignment, measure defenses, and\n"
		   "guard deployed agents at runtime.\n\ncommands:\n");
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  %-14s %s\n", commands[i].name, commands[i].summary);
	fprintf(f,
		"\n'redline <command> --help' describes each command.\n"
		"Environment: REDLINE_LOG=error|warn|info|debug, REDLINE_LOG_FORMAT=text|json.\n");
}

/* REDLINE_LOG and REDLINE_LOG_FORMAT; a value that is neither empty nor
 * one of the names is an error (a typo must not silently log less). */
static int setup_logging(void)
{
	const char *lv = getenv("REDLINE_LOG"), *fmt = getenv("REDLINE_LOG_FORMAT");
	int level = RL_LOG_WARN;

	cli_json = fmt && !strcmp(fmt, "json");
	if (fmt && *fmt && strcmp(fmt, "json") && strcmp(fmt, "text")) {
		rl_cli_error("REDLINE_LOG_FORMAT='%s' (expected text or json)", fmt);
		return -1;
	}
	if (lv && *lv) {
		if (!strcmp(lv, "error"))
			level = RL_LOG_ERROR;
		else if (!strcmp(lv, "warn") || !strcmp(lv, "warning"))
			level = RL_LOG_WARN;
		else if (!strcmp(lv, "info"))
			level = RL_LOG_INFO;
		else if (!strcmp(lv, "debug"))
			level = RL_LOG_DEBUG;
		else {
			rl_cli_error("REDLINE_LOG='%s' (expected error, warn, info or debug)", lv);
			return -1;
		}
	}
	rl_log_setup(level, cli_json);
	return 0;
}

int main(int argc, char **argv)
{
	size_t i;
	const char *names[sizeof commands / sizeof commands[0]], *near, *cmd;
	char *help_argv[3];

	if (setup_logging())
		return RL_EXIT_USAGE;
	/* libcurl's global state once per process, before any thread. */
	rl_provider_global_init(NULL);
	atexit(rl_provider_global_cleanup);
	if (argc >= 3 && !strcmp(argv[1], "help")) {
		/* `redline help CMD` is `redline CMD --help` */
		help_argv[0] = argv[2];
		help_argv[1] = (char *)"--help";
		help_argv[2] = NULL;
		for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
			if (!strcmp(argv[2], commands[i].name))
				return commands[i].fn(2, help_argv);
		cmd = argv[2];
	} else if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
		   !strcmp(argv[1], "help")) {
		usage(stdout);
		return argc < 2 ? RL_EXIT_USAGE : RL_EXIT_OK;
	} else if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V") ||
		   !strcmp(argv[1], "version")) {
		printf("redline %s\n", RL_VERSION);
		return RL_EXIT_OK;
	} else {
		cmd = argv[1];
	}
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		if (!strcmp(cmd, commands[i].name) && cmd == argv[1])
			return commands[i].fn(argc - 1, argv + 1);
		names[i] = commands[i].name;
	}
	near = nearest(cmd, names, i);
	if (near)
		rl_cli_error("'%s' is not a redline command (did you mean '%s'? see 'redline "
			     "--help')",
			     cmd, near);
	else
		rl_cli_error("'%s' is not a redline command (see 'redline --help')", cmd);
	return RL_EXIT_USAGE;
}
