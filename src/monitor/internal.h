/* monitor/internal.h: what the files of the log monitor share (internal
 * to src/monitor; the cli's view is monitor/monitor.h). One file per
 * concept:
 *   monitor.c    life cycle, policy switch, summaries
 *   read.c       reading logs (read(2), gzip, stdin), splitting lines, block paths
 *   follow.c     following growing files (rotation, truncation, inotify)
 *   line.c       the decision for one line (prefilter, parse, policy)
 *   findings.c   the findings written, malformed-line reports
 *   shapes.c, prefilter.c (with prescan.c), jsonview.c, rawmarks.c, escalate.c:
 *                see monitor/monitor.h
 * Cross-file internals carry the mon_ prefix; everything else stays static. */
#ifndef RL_MONITOR_INTERNAL_H
#define RL_MONITOR_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <zlib.h>

#include "base/util.h"
#include "monitor/monitor.h"

struct rl_monitor {
	rl_monitor_opts o;
	mon_prefilter *pf;
	rl_monitor_stats st;
	rl_buf work;  /* prefilter scan view */
	rl_buf blk;   /* a decoded block's view (read.c) */
	rl_buf outb;  /* findings being formatted */
	rl_buf jtext; /* the judge's view of a flagged message */
	mon_esc *esc; /* judge escalation, or NULL */
	int uses_input;
	int uses_context;    /* the policy reads the conversation (provenance) */
	rl_policy_msg *msgs; /* a line's request messages, for provenance */
	size_t nmsgs, capmsgs;
	size_t *msg_at; /* per unit: messages before it */
	size_t capat;
	rl_buf intext; /* an input unit's text with its tool results */
	int fast;      /* judge request/response lines by the response alone */
};
typedef struct mon_src {
	const char *path;
	int fd;
	gzFile gz;
	dev_t dev;
	ino_t ino;
	uint64_t pos;  /* bytes consumed from the (uncompressed) stream */
	uint64_t line; /* lines completed */
	char *buf;
	size_t len, cap; /* pending bytes (an incomplete last line) */
	int skipping;    /* inside an over-long line: drop until newline */
	int eof;
	char *rname; /* follow: the name the file has after rotation */
} mon_src;

/* ---------- reading (read.c) ---------- */

/* Open path ("-": standard input); gzip is recognised by content. */
int mon_src_open(mon_src *S, const char *path, rl_err *e);
/* Follow, after rotation: name what is read by the file's new name. */
void mon_src_rotated(mon_src *S);
void mon_src_close(mon_src *S);
/* Process every complete line in the pending buffer; keep the rest. With
 * `final`, an unterminated last line is processed too. */
int mon_drain(rl_monitor *m, mon_src *S, int final);
/* Read what is available now; returns bytes read (0 at EOF) or <0. */
long long mon_pump(rl_monitor *m, mon_src *S, rl_err *e);

/* ---------- one line (line.c) ---------- */

/* One complete line (without its newline). */
int mon_do_line(rl_monitor *m, mon_src *S, const char *s, size_t n, uint64_t line, uint64_t off);

/* ---------- findings (findings.c) ---------- */

/* Write (or hand to the judge) the findings of decision d on unit u. */
int mon_emit(rl_monitor *m, mon_src *S, uint64_t line, uint64_t off, const char *conv,
	     const mon_unit *u, const rl_actions *a, const rl_policy_decision *d);
/* Count a malformed line and report it on the diagnostic stream. */
void mon_malformed(rl_monitor *m, mon_src *S, uint64_t line, const char *why);

#endif
