/* cli/cli.h: what every subcommand file shares. Only cli parses argv,
 * prints for people and decides exit codes:
 *   0 success, 1 findings/threshold reached (monitor, CI gates),
 *   2 bad usage or bad input, 3 runtime failure (network, database). */
#ifndef RL_CLI_H
#define RL_CLI_H

#include <stdio.h>

#include "redline/err.h"

enum { RL_EXIT_OK = 0, RL_EXIT_FINDINGS = 1, RL_EXIT_USAGE = 2, RL_EXIT_FAIL = 3 };

typedef int (*rl_cmd_fn)(int argc, char **argv);

/* One subcommand: argv[0] is the subcommand name. */
int cmd_pack(int argc, char **argv);
int cmd_conditions(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_db(int argc, char **argv);
int cmd_classify(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_defend(int argc, char **argv);
int cmd_guard(int argc, char **argv);
int cmd_monitor(int argc, char **argv);
int cmd_fake_provider(int argc, char **argv);
int cmd_policy(int argc, char **argv);

/* Print "redline: <msg>" (terminal-escaped) to stderr; with
 * REDLINE_LOG_FORMAT=json one JSON object per line instead
 * ({"ts","level":"error","component":"cli","msg"}). */
void rl_cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same for information lines ("exported 12 samples ..."). */
void rl_cli_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* getopt_long for every command: `--opt=value` and `--opt value`, unique
 * prefixes, options anywhere. An unknown option or a missing value prints
 * one line naming it (with "did you mean '--X'?" for a near miss) and
 * "see 'redline CMD --help'", and returns '?'. Set optind = 1 first. */
struct option;
int rl_cli_getopt(int argc, char **argv, const char *shortopts, const struct option *lo,
		  const char *cmd);
/* Print an rl_err and map its code to an exit status (usage/input errors
 * give 2, everything else 3). */
int rl_cli_fail(const rl_err *e);
/* Exit status for an rl_* code. */
int rl_cli_exit_for(int code);
/* 1 if argv has -h or --help before any "--". */
int rl_cli_wants_help(int argc, char **argv);

/* Report format named by an output file's extension (.html/.htm, .md,
 * .csv, .json), or NULL when the extension names none. */
const char *rl_cli_format_from_ext(const char *path);

/* `status` and `export` take a database or the config that ran it: when
 * *db names a .yaml/.yml config, point *db at the database that config's
 * run uses (in dbbuf) and, unless *exp was given, *exp at its experiment
 * id (in expbuf). 0, or an rl_* code with e filled (config errors). */
int rl_cli_campaign_db(const char **db, const char **exp, char *dbbuf, size_t dbn, char *expbuf,
		       size_t expn, rl_err *e);

/* A config is expected at `path`: 0 when it may be one, else an error
 * printed that says what the file is instead (an SQLite database: "use
 * 'redline status/report/export'"; binary data) and RL_EXIT_USAGE. A file
 * that cannot be opened is left to the config loader's own message. */
int rl_cli_expect_config(const char *cmd, const char *path);

/* Progress of a long job on standard error, as `run` shows it: mode 2
 * redraws one line (bar, count, rate, ETA) on a terminal, 1 prints a line
 * every 5 seconds (and a last one if it printed any), 0 nothing.
 * rl_cli_progress_mode: "bar", "plain", "none", or NULL for the default
 * (2 on a terminal, else 1); -1 for anything else. */
#include <stdint.h>
typedef struct rl_cli_progress {
	const char *label;
	int mode, drew, printed;
	int64_t total, t0, last;
} rl_cli_progress;
int rl_cli_progress_mode(const char *s);
void rl_cli_progress_init(rl_cli_progress *p, const char *label, int64_t total, int mode);
/* extra: a short text appended ("3 unknown"), or NULL. */
void rl_cli_progress_update(rl_cli_progress *p, int64_t done, const char *extra, int final);
void rl_cli_fmt_duration(char *out, size_t n, double seconds);

/* Directory of the built-in default pack: $REDLINE_PACKS/default if set,
 * else next to the executable (../../packs/default for a build tree, or
 * ../share/redline/packs/default when installed), else RL_DATADIR. */
const char *rl_cli_default_pack(void);

#endif
