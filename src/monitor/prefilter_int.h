/* monitor/prefilter_int.h: the prefilter's databases, shared by the file
 * that builds them from the policy (prefilter.c: each rule's necessary
 * condition, behind its gate) and the file that scans lines and blocks
 * with them (prescan.c). Internal to src/monitor. */
#ifndef RL_MONITOR_PREFILTER_INT_H
#define RL_MONITOR_PREFILTER_INT_H

#include "base/hsengine.h"
#include "monitor/monitor.h"

#define MAX_LEVELS 3

struct mon_prefilter {
	const hs_database_t *pdb; /* a literal rule set: the policy's database */
	hs_scratch_t *pscratch;
	hs_database_t *db; /* tool globs and action words */
	hs_scratch_t *scratch;
	int all;
	int raw;            /* raw fast path allowed (literal rule set) */
	int w;              /* the scans' vector width (simd.h, mon_simd_pick) */
	hs_database_t *cdb; /* the policy's injection cues (context rules) */
	hs_scratch_t *cscratch;
	int cdb_all; /* a cue vectorscan cannot take: always context */
	/* Rules that need a tool message (injected tool output, or values
	 * copied from tool output: prefilter.c rule_tool): looked for only in
	 * lines that hold tool output at all (mon_raw_marks over the raw
	 * line: mon_tool_output_hint_exprs), their gate */
	hs_database_t *idb;
	hs_scratch_t *iscratch;
	int iall;     /* such a rule with nothing to look for */
	int any_tool; /* some rule needs tool output */
	/* Expressions of idb below ctx_hi are those of such rules that need
	 * no injection cue (`copies:`): their conditions may hold in the
	 * request (the user's words), so a request/response line where one
	 * matches takes the full path (mon_prefilter_context) */
	unsigned ctx_hi;
	int ctx_all; /* a rule without that gate reads the user's words: always */
	/* Rules that need an action: looked for only in lines that hold an
	 * action hint (rl_action_hint_exprs, looked for in db's scan), most
	 * lines hold none */
	unsigned hint_lo, hint_hi; /* expressions of db that are action hints */
	hs_database_t *bdb;
	hs_scratch_t *bscratch;
	int any_b; /* some rule needs an action */
	int ball;  /* such a rule with nothing else to look for */
	/* The line database's regexes without a usable literal, and its
	 * short literals that need a rare byte, looked for only in windows
	 * around the bytes they need (prewin.c): kinds bit 0 a digit, bit 1
	 * '(', bit 2 '-'; wreach[kind] the bytes each side of such a byte
	 * (the longest match, less one, and a byte of context), wr[byte] the
	 * same per byte (0: no window) */
	hs_database_t *wdb;
	hs_scratch_t *wscratch;
	unsigned wkinds;
	size_t wreach[3];
	size_t wr[256];
	rl_buf wbuf;  /* the gathered windows */
	size_t *wseg; /* per window: its start in wbuf, its start in the text */
	size_t wnseg, wcap;
	/* the line database's last block scan (mon_prefilter_block_scan):
	 * the text's end, where it started, where its first match ended
	 * (NULL: none); bc_ok is cleared when a new block starts */
	const char *bc_end, *bc_from, *bc_at;
	int bc_ok;
	/* the action hint for a call (MON_HINT_CALL) is in the windows as its
	 * head `[a-z_]\(` under id whint_id, its tail confirmed in C
	 * (prewin.c hint_tail) */
	int whint;
	unsigned whint_id;
};

/* The action hint for a call written as text (action/scan.c's, one of
 * rl_action_hint_exprs()): its tail `(?:\s|\\n)*...` is unbounded, so
 * only its head can go to the windows; prewin.c confirms the tail. */
#define MON_HINT_CALL "[a-z_]\\((?:\\s|\\\\n)*(?:[a-z_]\\w*\\s*=|\\\\?[\"']|[\\[{0-9+-])"
#define MON_HINT_CALL_HEAD "[a-z_]\\("
int mon_hint_tail(const char *s, size_t n, size_t p);

/* The window database over s[0..n) (prewin.c): cb sees each match with
 * its end in s; returns what hs_scan returns (HS_NOMEM: out of memory). */
int mon_win_scan(mon_prefilter *f, const char *s, size_t n, match_event_handler cb, void *ctx);

/* Drop the literals of ex[0..m) (flags fl, ids ids) that another one makes
 * redundant for a database whose only question is whether and where a
 * reported expression first matches (litsub.c); ids in [lo, hi) are a
 * weaker class (action hints, rules that need a cue). is_lit tells a
 * literal as prefilter.c writes it. Returns how many remain (compacted in
 * place, order kept). */
size_t mon_lit_subsume(const char **ex, unsigned *fl, unsigned *ids, size_t m, unsigned lo,
		       unsigned hi, int (*is_lit)(const char *, unsigned));

#endif
