/* base/hsengine.c: a known-answer probe of the regex engine, fail closed.
 *
 * redline's prefilters (the policy's candidate database, the detectors'
 * anchors, the monitor's line databases) only let PCRE2 confirm what the
 * engine reports, so an engine that misses a match is a silent bypass.
 * Debian 12's Vectorscan 5.4.9 does, on CPUs with AVX-512 (docs/building.md
 * "The regex engine"). So before the first database of a process is built,
 * the engine scans a few texts whose matches are known: each shape below
 * planted at every offset 0..199 of a filler (block boundaries fall on
 * every residue of 64), and a long text with matches across a 64 KiB edge.
 * The texts are made here, not read, and each expectation is by
 * construction (the planted sample matches); extra reports are harmless
 * (PCRE2 rejects them), only a missing one fails.
 *
 * A failed probe makes every load refuse with the library's version and
 * file, like a FIPS self-test: a guard or monitor that silently ran 30
 * times slower would be a surprise of its own. REDLINE_REGEX_ENGINE=pcre2
 * is the explicit opt-in to run without the engine (every text is a
 * candidate, PCRE2 decides: same findings, much slower).
 *
 * Cost: nine small databases (from the on-disk cache after the first run)
 * and about 2,000 short scans, about 6 ms of CPU as the first thing a
 * process does, 20 ms without the cache, and seconds under valgrind. So a
 * pass is kept in the cache directory (rl_hs_cache_passed), keyed like the
 * databases by the engine (version, library file) and the platform (CPU
 * features), and by what the probe tests: the next process with the same
 * engine on the same machine reads it instead (well under a millisecond).
 * A failure is never kept: every process probes again and refuses. */
#include "base/hsengine.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hscache.h"
#include "base/util.h"
#include "redline/buf.h"

/* clang-format off */
/* Each shape: an expression, its flags, a sample it matches, and the probe
 * databases it belongs to (bit k: database k). Alone, a regex is what
 * Vectorscan 5.4.9 got wrong (it found its match again beside many
 * literals, another matcher); together, the matchers of a mixed set (not
 * every regex: a word boundary or a gap beside the others costs the
 * compile 50 ms more). */
#define DB_MIXED (1u << 8)
static const struct shape {
	const char *expr;
	unsigned flags;
	const char *sample;
	const char *what;
	unsigned dbs;
} shapes[] = {
	/* a class before a literal: Vectorscan 5.4.9 misses it at 116 of the
	 * 200 offsets, a period of 64 bytes (tests/data/vectorscan/repro.c) */
	{"[a-z_]\\([a-z]+=", 0, " e(text=1)", "a class before a literal", 1u << 0 | DB_MIXED},
	{"\\b[a-z]+_[a-z]+\\s*\\(", HS_FLAG_CASELESS, " Save_Draft (",
	 "a word boundary, classes, a literal", 1u << 1},
	{"[0-9]{3}-[0-9]{2}-[0-9]{4}", 0, " 314-15-9265.", "digit classes", 1u << 2 | DB_MIXED},
	{"quarterly ledger", HS_FLAG_CASELESS, " QuArTeRLY lEDGER ", "a caseless literal",
	 1u << 3 | DB_MIXED},
	{"begin.{0,12}finish", HS_FLAG_DOTALL | HS_FLAG_CASELESS, " BEGIN\nthen finish", "a bounded gap",
	 1u << 4},
	{"(\\w+) again \\1", HS_FLAG_PREFILTER, " echo again echo", "prefilter mode", 1u << 5 | DB_MIXED},
	/* many caseless literals (the engines' multi-literal matchers) */
	{"harbor lantern", HS_FLAG_CASELESS, " HARBOR Lantern", "one of many caseless literals", 1u << 6},
	{"copper kettle", HS_FLAG_CASELESS, 0, 0, 1u << 6}, {"violet archive", HS_FLAG_CASELESS, 0, 0, 1u << 6},
	{"granite stair", HS_FLAG_CASELESS, 0, 0, 1u << 6}, {"amber signal", HS_FLAG_CASELESS, 0, 0, 1u << 6},
	{"woolen map", HS_FLAG_CASELESS, 0, 0, 1u << 6}, {"silver ferry", HS_FLAG_CASELESS, 0, 0, 1u << 6},
	{"paper compass", HS_FLAG_CASELESS, 0, 0, 1u << 6}, {"hollow reed", HS_FLAG_CASELESS, 0, 0, 1u << 6},
	{"cedar bridge", HS_FLAG_CASELESS, 0, 0, 1u << 6}, {"tin whistle", HS_FLAG_CASELESS, 0, 0, 1u << 6},
	{"linen ticket", HS_FLAG_CASELESS, 0, 0, 1u << 6}, {"maple ledger", HS_FLAG_CASELESS, 0, 0, 1u << 6},
	{"quiet orchard", HS_FLAG_CASELESS, 0, 0, 1u << 6}, {"rusty anchor", HS_FLAG_CASELESS, 0, 0, 1u << 6},
	{"salt window", HS_FLAG_CASELESS, 0, 0, 1u << 6}, {"velvet drum", HS_FLAG_CASELESS, 0, 0, 1u << 6},
	{"frozen canal", HS_FLAG_CASELESS, 0, 0, 1u << 6}, {"iron lattice", HS_FLAG_CASELESS, 0, 0, 1u << 6},
	{"olive tower", HS_FLAG_CASELESS, " Olive TOWER!", "the last of many caseless literals", 1u << 6},
	{"tool_?call", HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH, " \"Tool_Call\"", "single-match",
	 1u << 7 | DB_MIXED},
	/* a logical combination of two quiet expressions (the monitor's) */
	{"first marker", HS_FLAG_QUIET, 0, 0, 1u << 7}, {"second marker", HS_FLAG_QUIET, 0, 0, 1u << 7},
	{"27 & 28", HS_FLAG_COMBINATION, " first marker, second marker", "a logical combination", 1u << 7},
};
/* clang-format on */
#define NDBS 9
#define NSHAPES (sizeof shapes / sizeof shapes[0])
#define OFFSETS 200
#define LONG_LEN 70000

typedef struct seen {
	unsigned char hit[NSHAPES];
} seen;

static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned fl,
		    void *ctx)
{
	seen *s = ctx;
	(void)from;
	(void)to;
	(void)fl;
	if (id < NSHAPES)
		s->hit[id] = 1;
	return 0;
}

/* The library's file and version, for the error message. */
static void lib_name(char *out, size_t cap)
{
	Dl_info di;
	const char *f = NULL, *sl;
	char *real = NULL;
	size_t n;
	if (dladdr((void *)hs_version, &di) && di.dli_fname)
		f = real = realpath(di.dli_fname, NULL); /* libhs.so.5 -> libhs.so.5.4.9 */
	sl = f ? strrchr(f, '/') : NULL;
	snprintf(out, cap, "%s %s", f ? (sl ? sl + 1 : f) : "libhs", hs_version());
	free(real);
	n = strlen(out);
	while (n && out[n - 1] == ' ')
		out[--n] = '\0';
}

static int miss(rl_err *e, size_t k, int off, size_t len)
{
	char lib[256];
	lib_name(lib, sizeof lib);
	return rl_err_set(
		e, RL_EUNSUPP,
		"the regex engine (%s) failed redline's known-answer probe: it missed %s "
		"(/%s/) at offset %d of a %zu-byte text, so rules could be bypassed; install "
		"Intel Hyperscan (Debian: libhyperscan-dev, amd64) or set "
		"REDLINE_REGEX_ENGINE=pcre2 to run with PCRE2 alone (slower, same findings); "
		"see docs/building.md, \"The regex engine\"",
		lib, shapes[k].what, shapes[k].expr, off, len);
}

/* Scan every sample of database `k` at every offset of an 'x' filler. */
static int probe_db(rl_hs_scan_fn scan, unsigned k, char *buf, rl_err *e)
{
	const char *ex[NSHAPES];
	unsigned fl[NSHAPES], ids[NSHAPES], n = 0;
	hs_database_t *db = NULL;
	hs_compile_error_t *ce = NULL;
	hs_scratch_t *sc = NULL;
	size_t i;
	int off, rc = 0;

	for (i = 0; i < NSHAPES; i++)
		if (shapes[i].dbs >> k & 1u) {
			ex[n] = shapes[i].expr;
			fl[n] = shapes[i].flags;
			ids[n++] = (unsigned)i;
		}
	if (rl_hs_compile_cached_nocheck(ex, fl, ids, n, &db, &ce) != HS_SUCCESS) {
		char lib[256];
		lib_name(lib, sizeof lib);
		rc = rl_err_set(e, RL_EUNSUPP,
				"the regex engine (%s) cannot compile redline's known-answer "
				"probe (%s); see docs/building.md, \"The regex engine\"",
				lib, ce && ce->message ? ce->message : "?");
		hs_free_compile_error(ce);
		return rc;
	}
	if (hs_alloc_scratch(db, &sc) != HS_SUCCESS) {
		hs_free_database(db);
		return rl_err_set(e, RL_ENOMEM, "out of memory probing the regex engine");
	}
	for (i = 0; i < NSHAPES && !rc; i++) {
		size_t sl;
		if (!shapes[i].sample || !(shapes[i].dbs >> k & 1u))
			continue;
		sl = strlen(shapes[i].sample);
		for (off = 0; off < OFFSETS && !rc; off++) {
			seen s;
			memset(buf, 'x', (size_t)off);
			memcpy(buf + off, shapes[i].sample, sl);
			memset(&s, 0, sizeof s);
			if (scan(db, buf, (unsigned)(off + sl), 0, sc, on_match, &s) !=
				    HS_SUCCESS ||
			    !s.hit[i])
				rc = miss(e, i, off, off + sl);
		}
	}
	/* the mixed set: a long prose text, samples straddling 64 KiB and at the end */
	if (!rc && k == 8) {
		static const char prose[] = "the crew checked each crate twice before noon; ";
		size_t at = 0, pl = sizeof prose - 1, mark = 65536 - 6,
		       l2 = strlen(shapes[2].sample);
		seen s;
		while (at < LONG_LEN) {
			size_t c = LONG_LEN - at < pl ? LONG_LEN - at : pl;
			memcpy(buf + at, prose, c);
			at += c;
		}
		memcpy(buf + mark, shapes[0].sample, strlen(shapes[0].sample));
		memcpy(buf + mark - 40, shapes[3].sample, strlen(shapes[3].sample));
		memcpy(buf + LONG_LEN - l2, shapes[2].sample, l2);
		memset(&s, 0, sizeof s);
		if (scan(db, buf, LONG_LEN, 0, sc, on_match, &s) != HS_SUCCESS || !s.hit[0])
			rc = miss(e, 0, (int)mark, LONG_LEN);
		else if (!s.hit[3])
			rc = miss(e, 3, (int)mark - 40, LONG_LEN);
		else if (!s.hit[2])
			rc = miss(e, 2, (int)(LONG_LEN - l2), LONG_LEN);
	}
	hs_free_scratch(sc);
	hs_free_database(db);
	return rc;
}

int rl_hs_probe(rl_hs_scan_fn scan, rl_err *e)
{
	char *buf = malloc(LONG_LEN + 64);
	unsigned k;
	int rc = 0;
	if (!buf)
		return rl_err_set(e, RL_ENOMEM, "out of memory probing the regex engine");
	for (k = 0; k < NDBS && !rc; k++)
		rc = probe_db(scan ? scan : hs_scan, k, buf, e);
	free(buf);
	return rc;
}

/* ---- the kept verdict ------------------------------------------------------ */

/* What the probe tests (its table and offsets), as a SHA-256: a changed
 * probe is run again even where the old one passed. */
static void probe_id(char out[65])
{
	rl_buf b = RL_BUF_INIT;
	size_t k;
	rl_buf_addf(&b, "%d %d\n", OFFSETS, LONG_LEN);
	for (k = 0; k < NSHAPES; k++)
		rl_buf_addf(&b, "%s\n%u %u\n%s\n", shapes[k].expr, shapes[k].flags, shapes[k].dbs,
			    shapes[k].sample ? shapes[k].sample : "");
	rl_sha256_hex(b.s ? b.s : "", b.len, out);
	rl_buf_free(&b);
}

static pthread_mutex_t verdict_mu = PTHREAD_MUTEX_INITIALIZER;
static int verdict_done;
static rl_err verdict;
static rl_hs_scan_fn verdict_scan;

void rl_hs_engine_reset(rl_hs_scan_fn scan)
{
	pthread_mutex_lock(&verdict_mu);
	verdict_done = 0;
	verdict_scan = scan;
	pthread_mutex_unlock(&verdict_mu);
}

int rl_hs_engine(rl_err *e)
{
	const char *v = getenv("REDLINE_REGEX_ENGINE");
	int rc;
	if (v && !strcmp(v, "pcre2"))
		return 0;
	if (v && *v && strcmp(v, "hyperscan"))
		return rl_err_set(e, RL_EINVAL,
				  "REDLINE_REGEX_ENGINE: unknown value '%.64s' (expected pcre2 or "
				  "hyperscan)",
				  v);
	pthread_mutex_lock(&verdict_mu);
	if (!verdict_done) {
		char what[65];
		rl_err_clear(&verdict);
		probe_id(what);
		/* a pass of this probe with this engine on this platform is
		 * kept in the cache (not with an injected scan function) */
		if (verdict_scan || !rl_hs_cache_passed(what)) {
			rl_hs_probe(verdict_scan, &verdict);
			if (!verdict.code && !verdict_scan)
				rl_hs_cache_pass(what);
		}
		/* out of memory is not a verdict on the engine: ask again next time */
		verdict_done = verdict.code != RL_ENOMEM;
	}
	rc = verdict.code;
	if (rc && e)
		*e = verdict;
	pthread_mutex_unlock(&verdict_mu);
	return rc ? rc : 1;
}
