/* test_hsengine.c: the regex engine's known-answer probe (base/hsengine.c)
 * and what a failed probe does to the loads that use the engine. The
 * linked engine passes, so the failures are injected: scan functions that
 * drop some of hs_scan's matches, as Vectorscan 5.4.9 does on AVX-512. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/hscache.h"
#include "base/hsengine.h"
#include "base/util.h"
#include "redline/detect.h"
#include "redline/policy.h"

/* ---- injected scan functions ------------------------------------------------ */

typedef struct relay {
	match_event_handler fn;
	void *ctx;
	unsigned drop; /* an id whose matches are dropped, or ~0u */
} relay;

static int relay_cb(unsigned id, unsigned long long from, unsigned long long to, unsigned fl,
		    void *ctx)
{
	relay *r = ctx;
	if (id == r->drop)
		return 0;
	return r->fn(id, from, to, fl, r->ctx);
}

static unsigned drop_id = ~0u;
static int calls;

/* hs_scan without the matches of drop_id */
static hs_error_t scan_dropping(const hs_database_t *db, const char *s, unsigned n, unsigned fl,
				hs_scratch_t *sc, match_event_handler fn, void *ctx)
{
	relay r = {fn, ctx, drop_id};
	calls++;
	return hs_scan(db, s, n, fl, sc, relay_cb, &r);
}

/* what Vectorscan 5.4.9 does: nothing reported in some texts whose length
 * falls on some residues of 64 */
static hs_error_t scan_periodic(const hs_database_t *db, const char *s, unsigned n, unsigned fl,
				hs_scratch_t *sc, match_event_handler fn, void *ctx)
{
	calls++;
	if (n % 64 > 8 && n % 64 < 40)
		return HS_SUCCESS;
	return hs_scan(db, s, n, fl, sc, fn, ctx);
}

static hs_error_t scan_counting(const hs_database_t *db, const char *s, unsigned n, unsigned fl,
				hs_scratch_t *sc, match_event_handler fn, void *ctx)
{
	calls++;
	return hs_scan(db, s, n, fl, sc, fn, ctx);
}

static int teardown(void **st)
{
	(void)st;
	unsetenv("REDLINE_REGEX_ENGINE");
	rl_hs_engine_reset(NULL);
	return 0;
}

/* ---- the probe --------------------------------------------------------------- */

static void linked_engine_passes(void **st)
{
	rl_err e;
	(void)st;
	assert_int_equal(rl_hs_probe(NULL, &e), 0);
	calls = 0;
	assert_int_equal(rl_hs_probe(scan_counting, &e), 0);
	assert_true(calls >= 1000); /* every shape at every offset */
}

/* A miss anywhere fails the probe, with a message that names the library,
 * its version, what was missed, the way out and the doc section. */
static void periodic_miss_fails(void **st)
{
	rl_err e;
	(void)st;
	assert_int_equal(rl_hs_probe(scan_periodic, &e), RL_EUNSUPP);
	assert_non_null(strstr(e.msg, "known-answer probe"));
	assert_non_null(strstr(e.msg, "libhs"));
	{
		char v[64];
		size_t n;
		snprintf(v, sizeof v, "%s", hs_version());
		n = strlen(v);
		while (n && v[n - 1] == ' ')
			v[--n] = '\0';
		assert_non_null(strstr(e.msg, v));
	}
	assert_non_null(strstr(e.msg, "missed a class before a literal"));
	assert_non_null(strstr(e.msg, "REDLINE_REGEX_ENGINE=pcre2"));
	assert_non_null(strstr(e.msg, "docs/building.md, \"The regex engine\""));
}

/* Each planted sample is really checked: dropping the matches of any one
 * expression that has a sample fails the probe (ids are the table's
 * order; 27 and 28 are the combination's quiet operands, 7..24 literals
 * without a sample of their own). */
static void every_sample_is_checked(void **st)
{
	static const unsigned with_sample[] = {0, 1, 2, 3, 4, 5, 6, 25, 26, 29};
	size_t i;
	rl_err e;
	(void)st;
	for (i = 0; i < sizeof with_sample / sizeof with_sample[0]; i++) {
		drop_id = with_sample[i];
		assert_int_equal(rl_hs_probe(scan_dropping, &e), RL_EUNSUPP);
	}
	drop_id = 7; /* a literal without a sample: nothing expects it */
	assert_int_equal(rl_hs_probe(scan_dropping, &e), 0);
	drop_id = ~0u;
}

/* ---- the verdict and the loads ------------------------------------------------ */

#define POLICY                                                                                     \
	"rules:\n"                                                                                 \
	"  - {id: callish, action: block, content: {pattern: '[a-z_]\\(\\w+='}}\n"

static void failed_probe_refuses_every_load(void **st)
{
	rl_policy *p = NULL;
	rl_detector *d = NULL;
	rl_harm_spec spec;
	rl_err e;
	(void)st;
	memset(&spec, 0, sizeof spec);
	spec.kind = (char *)"coercion";
	rl_hs_engine_reset(scan_periodic);
	calls = 0;
	assert_int_equal(rl_hs_engine(&e), RL_EUNSUPP);
	assert_true(calls > 0);
	/* the verdict is kept: no second probe */
	calls = 0;
	assert_int_equal(rl_policy_load("t.yaml", POLICY, strlen(POLICY), &p, &e), RL_EUNSUPP);
	assert_null(p);
	assert_non_null(strstr(e.msg, "known-answer probe"));
	assert_int_equal(rl_policy_load_default(&p, &e), RL_EUNSUPP);
	assert_int_equal(rl_detector_new(&spec, &d, &e), RL_EUNSUPP);
	assert_null(d);
	assert_int_equal(calls, 0);
}

/* The explicit opt-in: PCRE2 alone, no database, the same decisions. */
static void pcre2_mode_runs_without_the_engine(void **st)
{
	rl_policy *p = NULL;
	rl_policy_decision dc;
	rl_transcript t;
	rl_err e;
	const char *text = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
			   "xxxxxxxxx e(text=1)";
	(void)st;
	rl_hs_engine_reset(scan_periodic);
	setenv("REDLINE_REGEX_ENGINE", "pcre2", 1);
	calls = 0;
	assert_int_equal(rl_hs_engine(&e), 0);
	assert_int_equal(rl_policy_load("t.yaml", POLICY, strlen(POLICY), &p, &e), 0);
	assert_int_equal(calls, 0); /* no probe, no scan */
	memset(&t, 0, sizeof t);
	t.response = text;
	t.response_len = strlen(text);
	assert_int_equal(rl_policy_eval(p, NULL, &t, NULL, 0, NULL, &dc, &e), 0);
	assert_int_equal(dc.nmatches, 1);
	rl_policy_decision_free(&dc);
	rl_policy_free(p);
	/* the built-in policy loads too */
	assert_int_equal(rl_policy_load_default(&p, &e), 0);
	rl_policy_free(p);
	setenv("REDLINE_REGEX_ENGINE", "vectorscan", 1);
	assert_int_equal(rl_hs_engine(&e), RL_EINVAL);
	assert_non_null(strstr(e.msg, "REDLINE_REGEX_ENGINE: unknown value 'vectorscan'"));
	unsetenv("REDLINE_REGEX_ENGINE");
}

/* A passing engine is probed once per process. */
static void passing_probe_runs_once(void **st)
{
	rl_policy *p = NULL;
	rl_err e;
	(void)st;
	rl_hs_engine_reset(scan_counting);
	calls = 0;
	assert_int_equal(rl_hs_engine(&e), 1);
	assert_true(calls > 0);
	calls = 0;
	assert_int_equal(rl_policy_load("t.yaml", POLICY, strlen(POLICY), &p, &e), 0);
	assert_int_equal(rl_hs_engine(&e), 1);
	assert_int_equal(calls, 0);
	rl_policy_free(p);
}

/* ---- the cache and the engine's identity (base/hscache.c) -------------------- */

static char cdir[64];

static size_t cache_files(char names[][384], size_t cap)
{
	DIR *d = opendir(cdir);
	struct dirent *de;
	size_t n = 0;
	assert_non_null(d);
	while ((de = readdir(d)))
		if (!strncmp(de->d_name, "hs-", 3)) {
			if (n < cap)
				snprintf(names[n], 384, "%s/%s", cdir, de->d_name);
			n++;
		}
	closedir(d);
	return n;
}

static ino_t inode(const char *path)
{
	struct stat st;
	assert_int_equal(stat(path, &st), 0);
	return st.st_ino;
}

static int on_any(unsigned id, unsigned long long from, unsigned long long to, unsigned fl,
		  void *ctx)
{
	(void)id;
	(void)from;
	(void)to;
	(void)fl;
	*(int *)ctx = 1;
	return 0;
}

/* compile one expression through the cache and check the database finds it */
static void compile_and_scan(void)
{
	static const char *const ex[] = {"[a-z_]\\(\\w+="};
	static const unsigned fl[] = {0}, ids[] = {0};
	hs_database_t *db = NULL;
	hs_compile_error_t *ce = NULL;
	hs_scratch_t *sc = NULL;
	const char *t = "call e(text=1) now";
	int hit = 0;
	assert_int_equal(rl_hs_compile_cached(ex, fl, ids, 1, &db, &ce), HS_SUCCESS);
	assert_int_equal(hs_alloc_scratch(db, &sc), HS_SUCCESS);
	assert_int_equal(hs_scan(db, t, (unsigned)strlen(t), 0, sc, on_any, &hit), HS_SUCCESS);
	assert_true(hit);
	hs_free_scratch(sc);
	hs_free_database(db);
}

/* A database serialized by another engine or version is never used: it is
 * not even looked up under another engine's identity, and a file whose
 * payload names another version (forged under the right name, its
 * checksum made right) is rejected and replaced by a fresh compile. */
static void cache_rejects_another_engine(void **st)
{
	char names[4][384], a_file[384];
	ino_t a_ino, b_ino;
	rl_err e;
	(void)st;
	assert_int_equal(rl_hs_engine(&e), 1); /* the probe's databases: not here */
	snprintf(cdir, sizeof cdir, "/tmp/rl-hsengine-XXXXXX");
	assert_non_null(mkdtemp(cdir));
	setenv("REDLINE_CACHE_DIR", cdir, 1);
	unsetenv("REDLINE_NO_CACHE");

	rl_hs_cache_engine("engine-a 5.4.0");
	compile_and_scan();
	assert_int_equal(cache_files(names, 4), 1);
	snprintf(a_file, sizeof a_file, "%s", names[0]);
	a_ino = inode(a_file);
	/* another engine's identity: A's file is not used, B's is written */
	rl_hs_cache_engine("engine-b 5.4.9");
	compile_and_scan();
	assert_int_equal(cache_files(names, 4), 2);
	/* A again: its own file is used as it is (not rewritten) */
	rl_hs_cache_engine("engine-a 5.4.0");
	compile_and_scan();
	assert_int_equal(cache_files(names, 4), 2);
	assert_true(inode(a_file) == a_ino);

	/* forge A's file: the payload's version field (the serialized
	 * header's second word) changed, the trailing SHA-256 recomputed */
	{
		FILE *f = fopen(a_file, "r+b");
		size_t hdr = strlen("redline-hsdb 1\n") + 64, len;
		char *buf, sum[65];
		assert_non_null(f);
		fseek(f, 0, SEEK_END);
		len = (size_t)ftell(f);
		buf = malloc(len);
		fseek(f, 0, SEEK_SET);
		assert_int_equal(fread(buf, 1, len, f), len);
		buf[hdr + 4] ^= 0x01;
		rl_sha256_hex(buf + hdr, len - hdr - 64, sum);
		memcpy(buf + len - 64, sum, 64);
		fseek(f, 0, SEEK_SET);
		assert_int_equal(fwrite(buf, 1, len, f), len);
		assert_int_equal(fclose(f), 0);
		free(buf);
	}
	b_ino = inode(a_file);
	compile_and_scan(); /* compiled again: the file is replaced */
	assert_int_equal(cache_files(names, 4), 2);
	assert_true(inode(a_file) != b_ino);

	rl_hs_cache_engine(NULL);
	{
		char cmd[128];
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", cdir);
		assert_int_equal(system(cmd), 0);
	}
	unsetenv("REDLINE_CACHE_DIR");
}

/* A pass is kept beside the databases (probe-<key>.ok, 0600) and read by
 * the next process; a marker that does not hold its key is not believed
 * (the probe runs again and rewrites it). */
static void pass_is_kept_in_the_cache(void **st)
{
	char names[4][384], cmd[512], probe[384] = "";
	struct stat sb;
	size_t i, n;
	rl_err e;
	(void)st;
	snprintf(cdir, sizeof cdir, "/tmp/rl-hsengine-XXXXXX");
	assert_non_null(mkdtemp(cdir));
	setenv("REDLINE_CACHE_DIR", cdir, 1);
	unsetenv("REDLINE_NO_CACHE");
	rl_hs_engine_reset(NULL);
	assert_int_equal(rl_hs_engine(&e), 1);
	{
		DIR *d = opendir(cdir);
		struct dirent *de;
		assert_non_null(d);
		while ((de = readdir(d)))
			if (!strncmp(de->d_name, "probe-", 6))
				snprintf(probe, sizeof probe, "%s/%s", cdir, de->d_name);
		closedir(d);
	}
	assert_true(probe[0]);
	assert_int_equal(stat(probe, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	n = cache_files(names, 4);
	assert_true(n >= 1); /* the probe's databases were cached too */
	/* a forged marker (wrong content) is not believed */
	snprintf(cmd, sizeof cmd, "printf '%%064d' 0 > '%s'", probe);
	assert_int_equal(system(cmd), 0);
	rl_hs_engine_reset(NULL);
	assert_int_equal(rl_hs_engine(&e), 1);
	{
		FILE *f = fopen(probe, "rb");
		char got[65] = "";
		assert_non_null(f);
		assert_int_equal(fread(got, 1, 64, f), 64);
		fclose(f);
		for (i = 0; i < 64; i++)
			if (got[i] != '0')
				break;
		assert_true(i < 64); /* rewritten with the key */
	}
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", cdir);
	assert_int_equal(system(cmd), 0);
	unsetenv("REDLINE_CACHE_DIR");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(linked_engine_passes),
		cmocka_unit_test(periodic_miss_fails),
		cmocka_unit_test(every_sample_is_checked),
		cmocka_unit_test_teardown(failed_probe_refuses_every_load, teardown),
		cmocka_unit_test_teardown(pcre2_mode_runs_without_the_engine, teardown),
		cmocka_unit_test_teardown(passing_probe_runs_once, teardown),
		cmocka_unit_test(cache_rejects_another_engine),
		cmocka_unit_test_teardown(pass_is_kept_in_the_cache, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
