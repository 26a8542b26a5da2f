/* fuzz_monitor.c: the log reader (`redline monitor`) over untrusted agent
 * logs: the JSON escape decoder at each nesting level, the line-shape
 * parser, and whole scans (prefiltered with a small read block and a line
 * limit so block edges and over-long lines are hit, and fully parsed) of
 * the input as a file (a memfd, so gzip input takes the zlib path too).
 * Differential (abort on a difference): every vector width of the
 * decoder gives the plain path's text and flags; with a literal rule set, which
 * takes the raw fast path and its block scan, a prefiltered scan finds
 * exactly the findings of a full parse, and the raw path flags the same
 * lines as suspect as the decoding path. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "monitor/monitor.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static rl_policy *pol, *praw, *pdec;
static mon_prefilter *fraw, *fdec;
static rl_monitor *mon[4]; /* default policy: prefiltered, full; literal: same */
static FILE *devnull;

static void setup(void)
{
	rl_err e;
	rl_monitor_opts o = {0};
	static const char yraw[] =
		"rules:\n  - {id: a, action: block, content: {keywords: [zorblat, "
		"k9]}}\n";
	static const char ydec[] =
		"rules:\n  - {id: a, action: block, content: {keywords: [zorblat, "
		"k9]}}\n  - {id: b, action: block, content: {keywords: [never here]}}\n";
	if (rl_policy_load_default(&pol, &e))
		abort();
	if (rl_policy_load("raw", yraw, sizeof yraw - 1, &praw, &e) ||
	    rl_policy_load("dec", ydec, sizeof ydec - 1, &pdec, &e) ||
	    mon_prefilter_new(praw, &fraw, &e) || mon_prefilter_new(pdec, &fdec, &e) ||
	    !mon_prefilter_raw(fraw) || mon_prefilter_raw(fdec))
		abort();
	devnull = fopen("/dev/null", "w");
	if (!devnull)
		abort();
	o.policy = pol;
	o.out = devnull;
	o.diag = devnull;
	o.block = 37;
	o.max_line = 4096;
	if (rl_monitor_new(&o, &mon[0], &e))
		abort();
	o.block = 0;
	o.max_line = 0;
	o.full_parse = 1;
	if (rl_monitor_new(&o, &mon[1], &e))
		abort();
	o.policy = praw;
	if (rl_monitor_new(&o, &mon[3], &e))
		abort();
	o.full_parse = 0;
	if (rl_monitor_new(&o, &mon[2], &e))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	rl_buf b = RL_BUF_INIT;
	mon_line ml;
	rl_err e;
	int lvl, fd, i;
	char path[64];

	if (!pol)
		setup();
	for (lvl = 0; lvl < 3; lvl++) {
		/* every vector width of the decoder against the plain path:
		 * the same text and flags (the AVX-512 step decodes escapes
		 * inside the step, jsonview.c step64) */
		rl_buf r = RL_BUF_INIT;
		unsigned fr = mon_json_decode_w((const char *)data, size, &r, lvl, MON_W_SCALAR);
		int w;
		for (w = MON_W_SCALAR + 1; w <= mon_simd_width(); w++) {
			rl_buf_reset(&b);
			if (mon_json_decode_w((const char *)data, size, &b, lvl, w) != fr ||
			    b.len != r.len || (r.len && memcmp(b.s, r.s, r.len)))
				abort(); /* a vector step decoded differently */
		}
		rl_buf_free(&r);
	}
	/* raw path vs decoder, per line */
	{
		const char *p = (const char *)data, *end = p + size;
		while (p <= end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
			int sr, sd, cr, cd;
			cr = mon_prefilter_line(fraw, p, n, &b, &sr);
			cd = mon_prefilter_line(fdec, p, n, &b, &sd);
			(void)cr;
			(void)cd;
			if (sr != sd)
				abort();
			if (!nl)
				break;
			p = nl + 1;
		}
	}
	rl_buf_free(&b);
	memset(&ml, 0, sizeof ml);
	mon_parse_line((const char *)data, size, &ml, &e);
	mon_line_free(&ml);

	fd = memfd_create("log", 0);
	if (fd < 0)
		return 0;
	if (write(fd, data, size) == (ssize_t)size) {
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
		uint64_t before[4];
		for (i = 0; i < 4; i++) {
			before[i] = rl_monitor_stats_get(mon[i])->findings;
			rl_monitor_scan(mon[i], path, &e);
		}
		if (rl_monitor_stats_get(mon[2])->findings - before[2] !=
		    rl_monitor_stats_get(mon[3])->findings - before[3])
			abort(); /* the raw fast path lost (or invented) a finding */
	}
	close(fd);
	return 0;
}
