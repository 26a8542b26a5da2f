/* prescan.c: the prefilter's scans (built by prefilter.c): whether a log
 * line, the decoded view of a block of lines, or a request/response line's
 * context can possibly produce a finding, without parsing JSON. */
#include "monitor/prefilter_int.h"

#include <stdlib.h>
#include <string.h>
#include "base/hscache.h"

static int raw_check(const mon_prefilter *f, const char *s, size_t n, unsigned *fl)
{
	return mon_raw_check(f->w, s, n, fl);
}

int mon_prefilter_all(const mon_prefilter *f)
{
	return f->all;
}

static int stop_at_first(unsigned id, unsigned long long from, unsigned long long to,
			 unsigned flags, void *ctx)
{
	(void)id;
	(void)from;
	(void)to;
	(void)flags;
	*(int *)ctx = 1;
	return 1; /* one match makes the line a candidate: stop scanning */
}

typedef struct scanres {
	int hit, hint;
	unsigned lo, hi;
} scanres;

/* A match of a rule's expression makes the line a candidate (stop); an
 * action hint is noted and the scan goes on. */
static int stop_or_hint(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
			void *ctx)
{
	scanres *r = ctx;
	(void)from;
	(void)to;
	(void)flags;
	if (id >= r->lo && id < r->hi) {
		r->hint = 1;
		return 0;
	}
	r->hit = 1;
	return 1;
}

/* The line's databases over s[0..n): 1 when a rule may match; *hint (if
 * not NULL) set when an action hint occurs. */
static int scan(mon_prefilter *f, const char *s, size_t n, int *hint)
{
	int hit = 0;
	hs_error_t r;
	if (hint)
		*hint = 1;
	if (n > UINT32_MAX)
		return 1;
	if (f->pdb) {
		r = rl_hs_scan(f->pdb, s, (unsigned)n, 0, f->pscratch, stop_at_first, &hit);
		if (r != HS_SUCCESS && r != HS_SCAN_TERMINATED)
			return 1; /* cannot tell: parse it */
		if (hit)
			return 1;
	}
	if (f->db) {
		scanres sr = {0, 0, f->hint_lo, f->hint_hi};
		r = rl_hs_scan(f->db, s, (unsigned)n, 0, f->scratch, stop_or_hint, &sr);
		if (r != HS_SUCCESS && r != HS_SCAN_TERMINATED)
			return 1;
		if (!sr.hit && f->wdb) { /* the regexes scanned in windows */
			r = mon_win_scan(f, s, n, stop_or_hint, &sr);
			if (r != HS_SUCCESS && r != HS_SCAN_TERMINATED)
				return 1;
		}
		if (hint)
			*hint = sr.hint;
		return sr.hit;
	}
	return hit;
}

/* Trim blanks; 0 for a blank line, else 1 with *suspect set when the
 * line is not framed as a JSON object or array. */
static int frame(const char *line, size_t n, int *suspect)
{
	size_t a = 0, b = n;
	*suspect = 0;
	while (a < b && (line[a] == ' ' || line[a] == '\t' || line[a] == '\r'))
		a++;
	while (b > a && (line[b - 1] == ' ' || line[b - 1] == '\t' || line[b - 1] == '\r'))
		b--;
	if (a == b)
		return 0;
	if (!((line[a] == '{' && line[b - 1] == '}') || (line[a] == '[' && line[b - 1] == ']')))
		*suspect = 1;
	return 1;
}

int mon_prefilter_raw(const mon_prefilter *f)
{
	return f->raw && !f->all;
}

int mon_prefilter_line_raw_ok(mon_prefilter *f, const char *line, size_t n)
{
	int suspect;
	unsigned fl;
	if (!frame(line, n, &suspect))
		return 1;
	return !suspect && raw_check(f, line, n, &fl) && !(fl & 5);
}

int mon_prefilter_span(mon_prefilter *f, const char *s, size_t n)
{
	return scan(f, s, n, NULL);
}

static int scan_db(hs_database_t *db, hs_scratch_t *sc, const char *s, size_t n)
{
	int hit = 0;
	hs_error_t r;
	if (n > UINT32_MAX)
		return 1;
	r = rl_hs_scan(db, s, (unsigned)n, 0, sc, stop_at_first, &hit);
	if (r != HS_SUCCESS && r != HS_SCAN_TERMINATED)
		return 1;
	return hit;
}

/* Does the raw line hold tool output (mon_tool_output_hint_exprs)? */
static int tool_output(mon_prefilter *f, const char *line, size_t n)
{
	return mon_raw_marks(f->w, line, n, MON_MARK_TOOL) != 0;
}

/* The scan view of a JSON line into work: 0, 1 when the line is suspect
 * (bad escapes, invalid UTF-8, unbalanced quotes), 2 when deeper than we
 * decode (or out of memory): parse it. Nested levels (JSON in JSON
 * strings, tag-format escapes) each follow a newline (so $ and \b see its
 * edges), all scanned at once: a rule whose conditions hold in different
 * levels is still a candidate. */
static int view(const char *line, size_t n, rl_buf *work)
{
	size_t start = 0, end;
	unsigned fl;
	int level;
	rl_buf_reset(work);
	fl = mon_json_decode(line, n, work, 0);
	if (fl & 5)
		return 1;
	for (level = 1; (fl & 2) && level <= MAX_LEVELS; level++) {
		end = work->len;
		if (rl_buf_addc(work, '\n'))
			return 2;
		fl = mon_json_decode(work->s + start, end - start, work, level);
		start = end + 1;
	}
	return fl & 2 ? 2 : 0;
}

int mon_prefilter_line(mon_prefilter *f, const char *line, size_t n, rl_buf *work, int *suspect)
{
	unsigned fl;
	int v, hint;

	if (!frame(line, n, suspect))
		return 0; /* blank lines are skipped silently */
	if (f->all) {
		return 1;
	}
	if (!f->db && !f->pdb && !f->any_tool && !f->any_b)
		return 0; /* a policy without rules finds nothing */
	if (f->raw && raw_check(f, line, n, &fl)) {
		if (fl & 5)
			*suspect = 1;
		return *suspect ? 1 : scan(f, line, n, NULL);
	}
	if ((v = view(line, n, work)) == 1)
		*suspect = 1;
	if (v)
		return 1;
	if (scan(f, work->s, work->len, &hint))
		return 1;
	/* rules that need an action: only where a hint is */
	if (f->any_b && hint &&
	    (f->ball || (f->bdb && scan_db(f->bdb, f->bscratch, work->s, work->len))))
		return 1;
	/* rules that need a tool message: only where there is tool output */
	if (!f->any_tool || !tool_output(f, line, n))
		return 0;
	return f->iall || (f->idb && scan_db(f->idb, f->iscratch, work->s, work->len));
}

/* ---- decoded blocks ------------------------------------------------------- *
 * Lines of prose (no tool output, no response object) are decoded one after
 * another into one text and scanned by one vectorscan call: a database of
 * some 400 expressions costs about 2,000 instructions of set-up per call,
 * a seventh of a 1.5 KB line's scan. Such a line is a candidate exactly
 * when the line database matches its view (a rule's expression, or an
 * action hint that the per-line path would follow up); matches come in the
 * order of their ends and no expression is anchored to the text's start or
 * end (those make every line a candidate: f->all), so the first match of
 * the block lies in the first line that has one, or in a later line when
 * it crosses a line's end; every line before it has none. read.c hands
 * that line to the per-line path and scans on after it. */

int mon_prefilter_blocks(const mon_prefilter *f)
{
	return !f->all && f->db && !f->pdb && !f->raw && !getenv("REDLINE_MONITOR_NO_BLOCKS");
}

int mon_prefilter_block_add(mon_prefilter *f, const char *line, size_t n, int resp, rl_buf *blk)
{
	size_t start = blk->len, lstart = start, end;
	unsigned fl, want = (f->any_tool ? MON_MARK_TOOL : 0) | (resp ? MON_MARK_RESPONSE : 0);
	int suspect, level;
	if (!frame(line, n, &suspect))
		return 1; /* blank: no candidate, nothing to scan */
	if (!start)
		f->bc_ok = 0; /* a new block: the cached scan is another text's */
	if (suspect || n > UINT32_MAX || (want && mon_raw_marks(f->w, line, n, want)))
		return 0;
	fl = mon_json_decode(line, n, blk, 0);
	for (level = 1; !(fl & 5) && (fl & 2) && level <= MAX_LEVELS; level++) {
		end = blk->len;
		if (rl_buf_addc(blk, '\n'))
			break;
		fl = mon_json_decode(blk->s + lstart, end - lstart, blk, level);
		lstart = end + 1;
	}
	if ((fl & 7) || rl_buf_addc(blk, '\n')) {
		blk->len = start; /* suspect, or deeper than decoded: the line alone */
		return 0;
	}
	return 1;
}

static int first_end(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
		     void *ctx)
{
	(void)id;
	(void)from;
	(void)flags;
	*(unsigned long long *)ctx = to;
	return 1;
}

int mon_prefilter_block_scan(mon_prefilter *f, const char *s, size_t n, size_t *at)
{
	unsigned long long to = 0;
	hs_error_t r;
	*at = 0;
	if (n > UINT32_MAX)
		return 1;
	if (f->wdb && f->bc_ok && f->bc_end == s + n && f->bc_from <= s &&
	    (!f->bc_at || f->bc_at > s)) {
		/* The rest of the block scanned before (read.c scans on after
		 * each matching line): no match of the line database ends
		 * before the one found then, from here either (the text from
		 * here on is the same, and here is a line's start). Taken
		 * again, a match that started before here is one more line
		 * for the per-line path, never one lost; rescanning instead
		 * would cost the rest of the block for each line the windows
		 * match. */
		r = f->bc_at ? HS_SCAN_TERMINATED : HS_SUCCESS;
		to = f->bc_at ? (unsigned long long)(f->bc_at - s) : 0;
	} else {
		r = rl_hs_scan(f->db, s, (unsigned)n, 0, f->scratch, first_end, &to);
		if (r != HS_SUCCESS && r != HS_SCAN_TERMINATED)
			return 1; /* cannot tell: the first line goes the per-line way */
		f->bc_ok = 1;
		f->bc_end = s + n;
		f->bc_from = s;
		f->bc_at = r == HS_SCAN_TERMINATED ? s + to : NULL;
	}
	if (f->wdb) {
		/* the window regexes' first match, if it ends before that one:
		 * windows only over the text up to it (linear in a block where
		 * most lines match: each call looks as far as the next match) */
		unsigned long long wto = 0;
		hs_error_t wr = mon_win_scan(f, s, r == HS_SCAN_TERMINATED ? (size_t)to : n,
					     first_end, &wto);
		if (wr != HS_SUCCESS && wr != HS_SCAN_TERMINATED)
			return 1;
		if (wr == HS_SCAN_TERMINATED && (r == HS_SUCCESS || wto < to)) {
			to = wto;
			r = HS_SCAN_TERMINATED;
		}
	}
	if (r == HS_SUCCESS)
		return 0;
	*at = to ? (size_t)to - 1 : 0; /* the match's last byte */
	return 1;
}

static int ctx_hit(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
		   void *ctx)
{
	int *hit = ctx;
	(void)from;
	(void)to;
	(void)flags;
	if (id >= (unsigned)hit[1])
		return 0; /* a rule that needs an injection cue: the cue test below */
	hit[0] = 1;
	return 1;
}

/* Only lines holding "response": { (a wrapper line's response object) can
 * take the monitor's response-only path, so for the others the answer
 * "may hold a cue" costs nothing and changes nothing (rawmarks.c). The
 * response-only path scans the response alone, so a line where a
 * condition that may hold in the request (the user's words of a
 * `copies:` rule, ids of idb below ctx_hi) matches takes the full path. */
int mon_prefilter_context(mon_prefilter *f, const char *line, size_t n, rl_buf *work)
{
	size_t start;
	unsigned fl;
	int level;
	/* every line a candidate: the full path decides (the sets below were
	 * not built, any_tool may be 0 although rules need tool output) */
	if (f->all || f->ctx_all || !mon_raw_marks(f->w, line, n, MON_MARK_RESPONSE))
		return 1;
	/* cues count in tool output only, and rules behind the tool-output
	 * gate need some: a line without any holds none */
	if (!f->any_tool || !tool_output(f, line, n))
		return 0;
	if (f->cdb_all)
		return 1;
	if (f->cdb) { /* the cues first: most lines with tool output hold one */
		rl_buf_reset(work);
		fl = mon_json_decode(line, n, work, 0);
		if (fl & 5)
			return 1; /* not clean JSON text: the slow path words it */
		if (scan_db(f->cdb, f->cscratch, work->s, work->len))
			return 1;
		start = 0;
		for (level = 1; (fl & 2) && level <= MAX_LEVELS; level++) {
			size_t prev_len = work->len;
			fl = mon_json_decode(work->s + start, prev_len - start, work, level);
			if (scan_db(f->cdb, f->cscratch, work->s + prev_len, work->len - prev_len))
				return 1;
			start = prev_len;
		}
		if (fl & 2)
			return 1;
	}
	if (f->ctx_hi) { /* then the rules behind the gate that need no cue */
		int hit[2] = {0, (int)(f->ctx_hi > INT32_MAX ? INT32_MAX : f->ctx_hi)};
		if (f->iall || !f->idb || f->ctx_hi == UINT32_MAX || view(line, n, work) ||
		    n > UINT32_MAX)
			return 1;
		if (rl_hs_scan(f->idb, work->s, (unsigned)work->len, 0, f->iscratch, ctx_hit,
			       hit) != HS_SUCCESS ||
		    hit[0])
			return 1; /* a match, or an error: cannot tell */
	}
	return 0;
}
