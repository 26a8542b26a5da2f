/* monitor/monitor.h: scan agent logs (JSON Lines, plain or gzip) with a
 * policy and write findings. Internal to redline: the cli drives it.
 *
 * Pipeline per block of lines: decode JSON string escapes into a scan view
 * (prefilter.c), let one vectorscan database of every rule's necessary
 * patterns pick candidate lines, parse only those with jansson (shapes.c),
 * extract actions and evaluate the policy (line.c), write findings
 * (findings.c); reading and following files are read.c and follow.c.
 * Memory is bounded by the block size and the longest line, never by the
 * file size.
 *
 * Ownership: rl_monitor_new copies nothing from opts except values; the
 * policy and the output stream must outlive the monitor. */
#ifndef RL_MONITOR_H
#define RL_MONITOR_H

#include <signal.h>
#include <stdint.h>
#include <stdio.h>

#include "monitor/simd.h"
#include "redline/err.h"
#include "redline/policy.h"

typedef struct rl_monitor_opts {
	const rl_policy *policy;
	FILE *out;                   /* findings, one JSON object a line */
	FILE *diag;                  /* malformed-line reports (stderr), may be NULL */
	int follow;                  /* keep reading growing files */
	int poll_ms;                 /* follow: poll interval (default 200) */
	int full_parse;              /* parse every line (no prefilter) */
	int scan_history;            /* also evaluate the messages a request repeats */
	int min_severity;            /* findings below are not written (RL_SEV_*) */
	size_t block;                /* read size (default 128 KiB) */
	size_t max_line;             /* longest line accepted (default 64 MiB) */
	int no_inotify;              /* follow: poll only (inotify is used when it works) */
	volatile sig_atomic_t *stop; /* set by a signal handler to end follow */
	/* Follow: asked about once a second for a policy to switch to (the
	 * --policy file changed and compiled); returns it, or NULL to keep the
	 * current one. Lines read after the switch are judged by the new
	 * policy; rule counts carry over by rule id. The caller owns every
	 * policy it returns and frees them after the monitor. */
	const rl_policy *(*policy_update)(void *arg);
	void *policy_arg;
	/* Judge escalation (escalate.c): findings only, never clean lines. */
	const char *judge;      /* model spec, or NULL for no judge */
	int judge_concurrency;  /* requests in flight (default 8) */
	int judge_max_attempts; /* per request, retries included (0: transport default) */
	int judge_backoff_ms;   /* retry backoff base (0: transport default) */
} rl_monitor_opts;

typedef struct rl_monitor_rule_stat {
	uint64_t findings;
	uint64_t confirmed, rejected, unknown; /* judge verdicts */
} rl_monitor_rule_stat;

typedef struct rl_monitor_stats {
	uint64_t files, lines, bytes, candidates, parsed, malformed, too_long, units;
	uint64_t findings;
	uint64_t by_severity[5];
	/* Findings that count toward a CI threshold: all of them without a
	 * judge; with one, all but those the judge rejected (an unknown
	 * verdict counts: fail closed). */
	uint64_t counted_by_severity[5];
	uint64_t judge_asked, judge_confirmed, judge_rejected, judge_unknown, judge_errors;
	uint64_t wakeups_inotify, wakeups_poll; /* follow: what woke the loop */
	rl_monitor_rule_stat *rules;            /* indexed like rl_policy_rule_id */
	size_t nrules;
} rl_monitor_stats;

typedef struct rl_monitor rl_monitor;

/* Switch to policy `p` (the old one must outlive the monitor: findings
 * waiting for the judge name its rules). 0, or an error with the current
 * policy still in force. */
int rl_monitor_set_policy(rl_monitor *m, const rl_policy *p, rl_err *e);

int rl_monitor_new(const rl_monitor_opts *o, rl_monitor **out, rl_err *e);
void rl_monitor_free(rl_monitor *m);

/* Scan one file ("-" is standard input). Bad lines never abort the scan;
 * only an unreadable file does (RL_EIO), or an output write error. In
 * follow mode returns when opts.stop is set. */
int rl_monitor_scan(rl_monitor *m, const char *path, rl_err *e);
/* Follow several files at once (round robin) until opts.stop. */
int rl_monitor_follow(rl_monitor *m, char **paths, int n, rl_err *e);
/* With a judge: wait for the verdicts still outstanding and write their
 * findings (after the last scan; on stop, the unanswered become unknown). */
int rl_monitor_finish(rl_monitor *m, rl_err *e);

const rl_monitor_stats *rl_monitor_stats_get(const rl_monitor *m);
/* Summary per rule as text (for people) or JSON. */
int rl_monitor_summary_text(const rl_monitor *m, rl_buf *b);
int rl_monitor_summary_json(const rl_monitor *m, rl_buf *b);

/* ---- internal pieces, shared with tests and fuzz targets -------------- */

/* Prefilter: one vectorscan database of patterns at least one of which
 * must occur in the decoded text of a line for any rule to match it. */
typedef struct mon_prefilter mon_prefilter;
int mon_prefilter_new(const rl_policy *p, mon_prefilter **out, rl_err *e);
void mon_prefilter_free(mon_prefilter *f);
/* 1 when every line must be parsed (some rule has no usable pattern). */
int mon_prefilter_all(const mon_prefilter *f);
/* Decide whether a raw line may produce a finding (1), or cannot (0).
 * *suspect is set when the line does not look like well-formed JSON, so
 * the caller parses it to report it. `work` is scratch the function grows. */
int mon_prefilter_line(mon_prefilter *f, const char *line, size_t n, rl_buf *work, int *suspect);

/* 1 when the line may hold one of the policy's injection cues (in any
 * decoded level), or cannot be told; 0 when it surely holds none, so that
 * only rules reading a line's own response can match it. */
int mon_prefilter_context(mon_prefilter *f, const char *line, size_t n, rl_buf *work);

/* Raw fast path by blocks of lines (plain files, literal rule sets). When
 * mon_prefilter_raw is 1, a line for which mon_prefilter_line_raw_ok is 1
 * needs only its raw bytes scanned, and a span of such whole lines (with
 * their newlines) for which mon_prefilter_span is 0 holds no candidate:
 * one vectorscan call for many lines instead of one per line. */
int mon_prefilter_raw(const mon_prefilter *f);
int mon_prefilter_line_raw_ok(mon_prefilter *f, const char *line, size_t n);
/* Decoded blocks (prefilter.c): when mon_prefilter_blocks is 1, a line
 * for which mon_prefilter_block_add returns 1 (its decoded view appended
 * to `blk`, then a newline; nothing for a blank line) is a candidate
 * exactly when the line database matches its view; 0: take it alone (blk
 * unchanged). `resp`: a line with a response object is taken alone (the
 * response-only path). mon_prefilter_block_scan: 0 when nothing in
 * s[0..n) matches, else 1 with *at the last byte of the first match (on
 * an engine error, 0). */
int mon_prefilter_blocks(const mon_prefilter *f);
int mon_prefilter_block_add(mon_prefilter *f, const char *line, size_t n, int resp, rl_buf *blk);
int mon_prefilter_block_scan(mon_prefilter *f, const char *s, size_t n, size_t *at);
/* jsonview.c: validate a raw line for the raw fast path (masks of width
 * `w`, simd.h). 0 when the line holds a backslash followed by 'u'
 * (decode it), else 1 with *fl as mon_json_decode's level 0 would set
 * (1: a bad escape or invalid UTF-8, 4: an odd number of quotes; 4 may be
 * left out when 1 is set). */
int mon_raw_check(int w, const char *s, size_t n, unsigned *fl);
int mon_prefilter_span(mon_prefilter *f, const char *s, size_t n);

/* rawmarks.c: what a raw line holds, in one pass (of width `w`, simd.h):
 * MON_MARK_TOOL when one of mon_tool_output_hint_exprs() matches it (tool
 * output), MON_MARK_RESPONSE when it holds a "response" key whose value is
 * an object; only the marks in `want` are looked for. */
#define MON_MARK_TOOL 1u
#define MON_MARK_RESPONSE 2u
unsigned mon_raw_marks(int w, const char *s, size_t n, unsigned want);

/* Decode JSON string escapes of `s` into `out` (appended): unescaped
 * quotes become newlines (so ^ and $ see string edges), escapes become
 * their characters, invalid UTF-8 and bad escapes become '?'. Flags:
 * bit 0 a bad escape or invalid UTF-8, bit 1 an escaped backslash (a
 * nested level may remain), bit 2 odd number of unescaped quotes. */
unsigned mon_json_decode(const char *s, size_t n, rl_buf *out, int level);
/* The same with the width chosen (simd.h: `w` at most mon_simd_width());
 * mon_json_decode takes mon_simd_pick(). */
unsigned mon_json_decode_w(const char *s, size_t n, rl_buf *out, int level, int w);

/* One message of a log line, ready for the policy. */
typedef struct mon_unit {
	int assistant; /* 1: response/reasoning/native; 0: input text */
	int index;     /* message index in the line, -1 for a response object */
	const char *role;
	rl_buf response, reasoning, native, input;
	rl_buf tool; /* tool results inside a user message (Anthropic) */
} mon_unit;

typedef struct mon_line {
	mon_unit *u;
	size_t n, cap;
	char conv[256]; /* conversation id, "" if none */
} mon_line;

/* Parse a JSON line of any supported shape into units. Returns 0, or
 * RL_EINVAL with a message for malformed JSON or an unknown shape. */
int mon_parse_line(const char *s, size_t n, mon_line *out, rl_err *e);
void mon_line_free(mon_line *l);
/* Vectorscan expressions (case-sensitive, over a line's raw bytes) one of
 * which occurs in every line mon_parse_line gives tool output (a message
 * the policy reads as RL_ROLE_TOOL, where injection cues count); NULL
 * ends the list. Declared beside the shapes that make tool output. */
const char *const *mon_tool_output_hint_exprs(void);

/* Judge escalation (escalate.c). A finding waits for its verdict in a
 * bounded FIFO; findings are written in scan order with a "judge" object. */
typedef struct mon_esc mon_esc;
typedef struct mon_esc_finding {
	const char *finding; /* finding JSON without its closing brace (copied) */
	size_t finding_len;
	size_t rule; /* index into stats.rules */
	int severity;
	const char *rule_id, *rule_desc; /* from the policy (trusted) */
	const char *where;               /* e.g. "assistant message 3 of conversation c1" */
	const char *text;                /* the flagged message (untrusted; fenced) */
	size_t text_len, ev_start;
	const char *match; /* the evidence span (untrusted), may be NULL */
	size_t match_len;
} mon_esc_finding;
int mon_esc_new(const rl_monitor_opts *o, rl_monitor_stats *st, mon_esc **out, rl_err *e);
void mon_esc_free(mon_esc *x);
const char *mon_esc_model(const mon_esc *x);
/* Queue a judge call; waits while the FIFO is full. Errors only for
 * memory or output failures: judge failures become unknown verdicts. */
int mon_esc_submit(mon_esc *x, const mon_esc_finding *f, volatile sig_atomic_t *stop, rl_err *e);
/* Drive transfers up to max_ms and write finished findings. */
int mon_esc_pump(mon_esc *x, int max_ms);
size_t mon_esc_pending(const mon_esc *x);
/* Until every verdict is in (or stop: unsent ones become unknown). */
int mon_esc_finish(mon_esc *x, volatile sig_atomic_t *stop);

#endif
