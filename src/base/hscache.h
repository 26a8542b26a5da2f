/* base/hscache.h: vectorscan compilation through a cache of serialized
 * databases on disk (REDLINE_CACHE_DIR, XDG_CACHE_HOME/redline or
 * ~/.cache/redline; REDLINE_NO_CACHE=1 turns it off). Same contract as
 * hs_compile_multi in block mode; the cache never makes it fail. Fails
 * (HS_COMPILER_ERROR, *ce NULL) when rl_hs_engine (base/hsengine.h) does
 * not allow the engine. */
#ifndef RL_BASE_HSCACHE_H
#define RL_BASE_HSCACHE_H

#include <stddef.h>
#include <hs/hs.h>

hs_error_t rl_hs_compile_cached(const char *const *ex, const unsigned *fl, const unsigned *ids,
				size_t n, hs_database_t **db, hs_compile_error_t **ce);
/* The same without asking rl_hs_engine first (the probe itself). */
hs_error_t rl_hs_compile_cached_nocheck(const char *const *ex, const unsigned *fl,
					const unsigned *ids, size_t n, hs_database_t **db,
					hs_compile_error_t **ce);

/* hs_scan, except that a text ending within 64 bytes of a page boundary is
 * scanned from a padded copy: vectorscan's AVX-512 paths were seen loading
 * past a text's end (a SIGSEGV at the next, unmapped page, under ASan,
 * scanning a 46-byte text with the default policy's database). Offsets
 * passed to `cb` are the text's own. */
hs_error_t rl_hs_scan(const hs_database_t *db, const char *s, unsigned n, unsigned flags,
		      hs_scratch_t *sc, match_event_handler cb, void *ctx);

/* The known-answer probe's verdict, kept beside the databases: 1 when
 * the probe `what` (a description of its tests) passed before with this
 * engine (as the cache keys it: version, library file) on this platform
 * (tune, CPU features), recorded by rl_hs_cache_pass in the same private
 * directory; 0 otherwise or when the cache is off. Only passes are kept. */
int rl_hs_cache_passed(const char *what);
void rl_hs_cache_pass(const char *what);

/* Test tools only: fn is called with every database compiled (or read
 * from the cache) through the two functions above, after it is made; the
 * database stays its caller's. NULL stops it. */
typedef void (*rl_hs_observer)(void *arg, const char *const *ex, const unsigned *fl,
			       const unsigned *ids, size_t n, const hs_database_t *db);
void rl_hs_observe(rl_hs_observer fn, void *arg);
/* Tests only: key the cache by this engine identity instead of the linked
 * library's (NULL: the library's again). */
void rl_hs_cache_engine(const char *id);

#endif
