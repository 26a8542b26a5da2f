/* base/hscache.c: hs_compile_multi through an on-disk cache.
 * Compiling is deterministic in (the engine, platform, expressions, flags,
 * ids, mode), so a serialized database keyed by a SHA-256 of those
 * can be reused by the next load (tests, CLI runs, monitor restarts), as
 * Suricata does for its MPM databases. Where: $REDLINE_CACHE_DIR, else
 * $XDG_CACHE_HOME/redline, else $HOME/.cache/redline; REDLINE_NO_CACHE=1
 * turns it off. The directory is created 0700, files are written 0600 to
 * a temporary name and renamed into place. A database decides which rule
 * patterns are ever confirmed, so a planted file could switch rules off:
 * a file is used only when it and its directory belong to this user and
 * nobody else can write them, and when its header names the same key and
 * its payload's SHA-256 checks. The engine is its version string and the
 * library file's real name, size and time (engine_id), and the payload
 * must name the same version. Every failure (unwritable, corrupt, another
 * engine or version) falls back to compiling, silently: the cache never
 * makes a load fail. */
#include "base/hscache.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/hsengine.h"
#include "base/util.h"
#include "redline/buf.h"

#define CACHE_MAGIC "redline-hsdb 1\n"
#define CACHE_MAX (256u << 20)

static int cache_dir(char *out, size_t cap)
{
	const char *d = getenv("REDLINE_CACHE_DIR"), *x = getenv("XDG_CACHE_HOME"),
		   *h = getenv("HOME");
	const char *no = getenv("REDLINE_NO_CACHE");
	int r;
	if (no && *no && strcmp(no, "0"))
		return -1;
	if (d && *d)
		r = snprintf(out, cap, "%s", d);
	else if (x && *x == '/')
		r = snprintf(out, cap, "%s/redline", x);
	else if (h && *h == '/')
		r = snprintf(out, cap, "%s/.cache/redline", h);
	else
		return -1;
	return r > 0 && (size_t)r < cap - 80 ? 0 : -1;
}

/* Ours and writable by nobody else. */
static int private_ok(const struct stat *st)
{
	return st->st_uid == geteuid() && !(st->st_mode & (S_IWGRP | S_IWOTH));
}

/* Create the directory (and missing parents) 0700; 0 when usable. */
static int cache_mkdir(char *dir)
{
	struct stat st;
	char *s;
	if (lstat(dir, &st) && errno == ENOENT) {
		for (s = dir + 1; *s; s++) {
			if (*s != '/')
				continue;
			*s = '\0';
			if (mkdir(dir, 0700) && errno != EEXIST) {
				*s = '/';
				return -1;
			}
			*s = '/';
		}
		if (mkdir(dir, 0700) && errno != EEXIST)
			return -1;
	}
	if (lstat(dir, &st) || !S_ISDIR(st.st_mode) || !private_ok(&st))
		return -1;
	return 0;
}

/* Tests only: an engine identity to use instead of the real one. */
static const char *engine_override;

void rl_hs_cache_engine(const char *id)
{
	engine_override = id;
}

/* Which engine built a database: its version string and the library
 * file's real name, size and time (Hyperscan and Vectorscan both ship
 * libhs.so.5; a rebuilt or patched package of the same version is another
 * file), so a database serialized by another engine or build is never
 * even looked up. */
static void engine_id(rl_buf *b)
{
	Dl_info di;
	char *real = NULL;
	struct stat st;
	if (engine_override) {
		rl_buf_addf(b, "%s\n", engine_override);
		return;
	}
	rl_buf_addf(b, "%s\n", hs_version());
	if (dladdr((void *)hs_version, &di) && di.dli_fname &&
	    (real = realpath(di.dli_fname, NULL)) && !stat(real, &st))
		rl_buf_addf(b, "%s %lld %lld\n", real, (long long)st.st_size,
			    (long long)st.st_mtime);
	free(real);
}

/* The serialized database names this library's version (hs_version()'s
 * first word). hs_deserialize_database checks it too; this is the
 * backstop for an engine that would not. */
static int same_version(const char *bytes, size_t len)
{
	char *info = NULL, want[64];
	const char *v = hs_version();
	size_t k = strcspn(v, " ");
	int ok;
	if (k >= sizeof want - 10 || hs_serialized_database_info(bytes, len, &info) != HS_SUCCESS ||
	    !info)
		return 0;
	snprintf(want, sizeof want, "Version: %.*s ", (int)k, v);
	ok = !strncmp(info, want, strlen(want));
	free(info);
	return ok;
}

static void cache_key(const char *const *ex, const unsigned *fl, const unsigned *ids, size_t n,
		      char key[65])
{
	rl_buf b = RL_BUF_INIT;
	hs_platform_info_t plat;
	size_t i;
	memset(&plat, 0, sizeof plat);
	hs_populate_platform(&plat);
	rl_buf_adds(&b, CACHE_MAGIC);
	engine_id(&b);
	rl_buf_addf(&b, "%u %llu %llu %llu %u\n", plat.tune, (unsigned long long)plat.cpu_features,
		    (unsigned long long)plat.reserved1, (unsigned long long)plat.reserved2,
		    (unsigned)HS_MODE_BLOCK);
	for (i = 0; i < n; i++) {
		rl_buf_addf(&b, "%u %u %zu:", ids[i], fl[i], strlen(ex[i]));
		rl_buf_adds(&b, ex[i]);
		rl_buf_addc(&b, '\n');
	}
	rl_sha256_hex(b.s ? b.s : "", b.len, key);
	rl_buf_free(&b);
}

static hs_database_t *cache_read(const char *path, const char *key)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	struct stat st;
	char *buf = NULL, sum[65];
	size_t hdr = sizeof CACHE_MAGIC - 1 + 64, len;
	hs_database_t *db = NULL;
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) || !S_ISREG(st.st_mode) || !private_ok(&st) ||
	    (size_t)st.st_size < hdr + 64 + 1 || (size_t)st.st_size > CACHE_MAX ||
	    !(buf = malloc((size_t)st.st_size))) {
		close(fd);
		return NULL;
	}
	len = 0;
	while (len < (size_t)st.st_size) {
		ssize_t r = read(fd, buf + len, (size_t)st.st_size - len);
		if (r <= 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	if (len == (size_t)st.st_size && !memcmp(buf, CACHE_MAGIC, sizeof CACHE_MAGIC - 1) &&
	    !memcmp(buf + sizeof CACHE_MAGIC - 1, key, 64)) {
		rl_sha256_hex(buf + hdr, len - hdr - 64, sum);
		if (!memcmp(sum, buf + len - 64, 64) && same_version(buf + hdr, len - hdr - 64) &&
		    hs_deserialize_database(buf + hdr, len - hdr - 64, &db) != HS_SUCCESS)
			db = NULL;
	}
	free(buf);
	return db;
}

static void cache_write(const char *dir, const char *path, const char *key, const hs_database_t *db)
{
	char *bytes = NULL, sum[65], tmp[4200];
	size_t len = 0;
	int fd, ok;
	FILE *f;
	if (hs_serialize_database(db, &bytes, &len) != HS_SUCCESS)
		return;
	rl_sha256_hex(bytes, len, sum);
	snprintf(tmp, sizeof tmp, "%s/.hs-XXXXXX", dir);
	fd = mkstemp(tmp); /* 0600 */
	if (fd < 0 || !(f = fdopen(fd, "wb"))) {
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		free(bytes);
		return;
	}
	ok = fwrite(CACHE_MAGIC, 1, sizeof CACHE_MAGIC - 1, f) == sizeof CACHE_MAGIC - 1 &&
	     fwrite(key, 1, 64, f) == 64 && fwrite(bytes, 1, len, f) == len &&
	     fwrite(sum, 1, 64, f) == 64;
	ok = !fclose(f) && ok;
	if (!ok || rename(tmp, path))
		unlink(tmp);
	free(bytes);
}

static hs_error_t hs_compile_cached(const char *const *ex, const unsigned *fl, const unsigned *ids,
				    size_t n, hs_database_t **db, hs_compile_error_t **ce);

hs_error_t rl_hs_compile_cached(const char *const *ex, const unsigned *fl, const unsigned *ids,
				size_t n, hs_database_t **db, hs_compile_error_t **ce)
{
	/* an engine that failed its probe, or PCRE2-only mode, builds
	 * nothing: the callers' "the engine rejected it" paths treat every
	 * text as a candidate (they check rl_hs_engine first; this is the
	 * backstop) */
	if (rl_hs_engine(NULL) != 1) {
		*db = NULL;
		*ce = NULL;
		return HS_COMPILER_ERROR;
	}
	return rl_hs_compile_cached_nocheck(ex, fl, ids, n, db, ce);
}

/* Test tools only (tests/tools/rl_hsdiff.c): told of every database built
 * through rl_hs_compile_cached. Set before any load, never changed while
 * loads run, so it needs no lock. */
static rl_hs_observer observer;
static void *observer_arg;

void rl_hs_observe(rl_hs_observer fn, void *arg)
{
	observer = fn;
	observer_arg = arg;
}

hs_error_t rl_hs_compile_cached_nocheck(const char *const *ex, const unsigned *fl,
					const unsigned *ids, size_t n, hs_database_t **db,
					hs_compile_error_t **ce)
{
	hs_error_t r = hs_compile_cached(ex, fl, ids, n, db, ce);
	if (r == HS_SUCCESS && observer)
		observer(observer_arg, ex, fl, ids, n, *db);
	return r;
}

static hs_error_t hs_compile_cached(const char *const *ex, const unsigned *fl, const unsigned *ids,
				    size_t n, hs_database_t **db, hs_compile_error_t **ce)
{
	char dir[4096], path[4200], key[65];
	hs_error_t r;
	int use = cache_dir(dir, sizeof dir) == 0;

	*db = NULL;
	*ce = NULL;
	if (use) {
		cache_key(ex, fl, ids, n, key);
		snprintf(path, sizeof path, "%s/hs-%s.db", dir, key);
		if ((*db = cache_read(path, key)))
			return HS_SUCCESS;
	}
	r = hs_compile_multi(ex, fl, ids, (unsigned)n, HS_MODE_BLOCK, NULL, db, ce);
	if (r == HS_SUCCESS && use && !cache_mkdir(dir))
		cache_write(dir, path, key, *db);
	return r;
}

/* ---- the probe's verdict (base/hsengine.c) ------------------------------------ */

/* The marker's path for `what` under this engine and platform. */
static int verdict_path(const char *what, char *dir, size_t dcap, char *path, size_t pcap,
			char key[65])
{
	rl_buf b = RL_BUF_INIT;
	hs_platform_info_t plat;
	if (cache_dir(dir, dcap))
		return -1;
	memset(&plat, 0, sizeof plat);
	hs_populate_platform(&plat);
	rl_buf_adds(&b, "redline-hsprobe 1\n");
	engine_id(&b);
	rl_buf_addf(&b, "%u %llu\n", plat.tune, (unsigned long long)plat.cpu_features);
	rl_buf_adds(&b, what);
	rl_sha256_hex(b.s ? b.s : "", b.len, key);
	rl_buf_free(&b);
	snprintf(path, pcap, "%s/probe-%s.ok", dir, key);
	return 0;
}

int rl_hs_cache_passed(const char *what)
{
	char dir[4096], path[4200], key[65], got[64];
	struct stat st;
	int fd, ok;
	if (verdict_path(what, dir, sizeof dir, path, sizeof path, key))
		return 0;
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ok = !fstat(fd, &st) && S_ISREG(st.st_mode) && private_ok(&st) && !lstat(dir, &st) &&
	     S_ISDIR(st.st_mode) && private_ok(&st) && read(fd, got, 64) == 64 &&
	     !memcmp(got, key, 64);
	close(fd);
	return ok;
}

void rl_hs_cache_pass(const char *what)
{
	char dir[4096], path[4200], key[65], tmp[4200];
	int fd, ok;
	if (verdict_path(what, dir, sizeof dir, path, sizeof path, key) || cache_mkdir(dir))
		return;
	snprintf(tmp, sizeof tmp, "%s/.probe-XXXXXX", dir);
	if ((fd = mkstemp(tmp)) < 0) /* 0600 */
		return;
	ok = write(fd, key, 64) == 64;
	ok = !close(fd) && ok;
	if (!ok || rename(tmp, path))
		unlink(tmp);
}

/* ---- scanning ------------------------------------------------------------------ */

hs_error_t rl_hs_scan(const hs_database_t *db, const char *s, unsigned n, unsigned flags,
		      hs_scratch_t *sc, match_event_handler cb, void *ctx)
{
	enum { PAGE = 4096, PAD = 64 };
	size_t left = (size_t)(-(uintptr_t)(s + n)) & (PAGE - 1); /* bytes to the page end */
	char *copy;
	hs_error_t r;
	if (!n || left >= PAD)
		return hs_scan(db, s, n, flags, sc, cb, ctx);
	if (!(copy = malloc((size_t)n + PAD)))
		return HS_NOMEM;
	memcpy(copy, s, n);
	memset(copy + n, 0, PAD);
	r = hs_scan(db, copy, n, flags, sc, cb, ctx);
	free(copy);
	return r;
}
