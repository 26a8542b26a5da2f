/* rl_linedb.c: the CPU time of the monitor prefilter's line database over
 * a log's decoded view, alone, so that what a rule's expressions cost can
 * be measured (bench/monitor_linedb.sh drives it). Valgrind's instruction
 * counts do not rank vectorscan databases by time: on the bench log the
 * line database's literals alone took 4.6 instructions a byte against
 * 6.8 for the whole database, yet scanned slower (s16-monitor,
 * docs/benchmarks.md), so time it, best of REPS, alternating with another
 * set when comparing.
 *
 *   rl_linedb DEBUG.txt LOG [REPS [SKIP_LO SKIP_HI]]
 * DEBUG.txt: `REDLINE_HS_DEBUG=2 redline monitor ...`'s stderr; its lines
 * "monitor prefilter ID FLAGS EXPR" (no "action "/"tool-output "/"window"
 * word: the line database) are compiled; with SKIP_LO SKIP_HI the
 * expressions whose ID is in [SKIP_LO, SKIP_HI) are left out (a rule's
 * own, "monitor prefilter rule R: ... from expression N" says where they
 * start). LOG's lines are decoded as the block path decodes them
 * (mon_json_decode, nested levels after a newline, a newline after each
 * line) and scanned in blocks of whole lines up to 64 KiB.
 * Prints "EXPRS BYTES BEST_MS GB/s MATCHES". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/util.h"
#include "hs.h"
#include "monitor/monitor.h"

#define BLOCK ((size_t)64 << 10)

static int count(unsigned id, unsigned long long from, unsigned long long to, unsigned fl,
		 void *ctx)
{
	(void)id;
	(void)from;
	(void)to;
	(void)fl;
	++*(unsigned long *)ctx;
	return 0;
}

static double cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The decoded view of every line of path, as read.c's block path builds it. */
static int load_view(const char *path, rl_buf *v)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	if (!f)
		return -1;
	while ((n = getline(&line, &cap, f)) > 0) {
		size_t lstart, end;
		unsigned fl;
		int level;
		if (line[n - 1] == '\n')
			n--;
		lstart = v->len;
		fl = mon_json_decode(line, (size_t)n, v, 0);
		for (level = 1; !(fl & 5) && (fl & 2) && level <= 3; level++) {
			end = v->len;
			rl_buf_addc(v, '\n');
			fl = mon_json_decode(v->s + lstart, end - lstart, v, level);
			lstart = end + 1;
		}
		rl_buf_addc(v, '\n');
	}
	free(line);
	fclose(f);
	return 0;
}

int main(int argc, char **argv)
{
	FILE *d;
	char buf[1 << 16];
	const char **ex = NULL;
	unsigned *fl = NULL, *ids = NULL, lo = 1, hi = 0;
	size_t n = 0, cap = 0, i;
	int reps = argc > 3 ? atoi(argv[3]) : 10, r;
	rl_buf v = RL_BUF_INIT;
	hs_database_t *db = NULL;
	hs_scratch_t *sc = NULL;
	hs_compile_error_t *ce = NULL;
	unsigned long hits = 0;
	double best = 1e30;
	if (argc < 3) {
		fprintf(stderr, "usage: rl_linedb DEBUG.txt LOG [REPS [SKIP_LO SKIP_HI]]\n");
		return 2;
	}
	if (argc > 5) {
		lo = (unsigned)strtoul(argv[4], NULL, 10);
		hi = (unsigned)strtoul(argv[5], NULL, 10);
	}
	if (!(d = fopen(argv[1], "r")))
		return 2;
	while (fgets(buf, sizeof buf, d)) {
		char *p = buf + strlen("monitor prefilter "), *e;
		unsigned id, f;
		if (strncmp(buf, "monitor prefilter ", 18) || *p < '0' || *p > '9')
			continue;
		buf[strcspn(buf, "\n")] = '\0';
		id = (unsigned)strtoul(p, &e, 10);
		f = (unsigned)strtoul(e, &e, 10);
		if (*e != ' ' || (id >= lo && id < hi))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 256;
			ex = realloc(ex, cap * sizeof *ex);
			fl = realloc(fl, cap * sizeof *fl);
			ids = realloc(ids, cap * sizeof *ids);
			if (!ex || !fl || !ids)
				return 2;
		}
		ex[n] = strdup(e + 1);
		fl[n] = f;
		ids[n++] = id;
	}
	fclose(d);
	if (!n || hs_compile_multi(ex, fl, ids, (unsigned)n, HS_MODE_BLOCK, NULL, &db, &ce) !=
			  HS_SUCCESS) {
		fprintf(stderr, "rl_linedb: %s\n", n ? ce->message : "no expressions");
		return 2;
	}
	if (hs_alloc_scratch(db, &sc) != HS_SUCCESS || load_view(argv[2], &v))
		return 2;
	for (r = 0; r < reps; r++) {
		double t0 = cpu_now(), t;
		size_t at = 0;
		while (at < v.len) {
			size_t e = v.len - at > BLOCK ? at + BLOCK : v.len;
			while (e < v.len && e > at && v.s[e - 1] != '\n')
				e--;
			if (e == at)
				e = v.len - at > BLOCK ? at + BLOCK : v.len;
			if (hs_scan(db, v.s + at, (unsigned)(e - at), 0, sc, count, &hits) !=
			    HS_SUCCESS)
				return 2;
			at = e;
		}
		t = cpu_now() - t0;
		if (t < best)
			best = t;
	}
	printf("%zu %zu %.3f %.3f %lu\n", n, v.len, best * 1e3, (double)v.len / best / 1e9,
	       hits / (unsigned long)(reps > 0 ? reps : 1));
	for (i = 0; i < n; i++)
		free((char *)ex[i]);
	free(ex);
	free(fl);
	free(ids);
	hs_free_scratch(sc);
	hs_free_database(db);
	rl_buf_free(&v);
	return 0;
}
