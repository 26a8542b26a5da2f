/* base/hsengine.h: may redline trust the linked regex engine (Hyperscan or
 * Vectorscan, <hs/hs.h>)? A known-answer probe run once per process before
 * the first database is built; see hsengine.c and docs/building.md "The
 * regex engine". */
#ifndef RL_BASE_HSENGINE_H
#define RL_BASE_HSENGINE_H

#include <stddef.h>
#include <hs/hs.h>

#include "redline/err.h"

/* 1: use the engine (the probe passed); 0: PCRE2-only mode, chosen with
 * REDLINE_REGEX_ENGINE=pcre2 (the caller builds no database and treats
 * every text as a candidate for PCRE2); negative RL_E* code with `e`
 * filled: the engine failed the probe (or the variable holds another
 * value) and the caller must refuse to load. Thread-safe; the probe runs
 * at most once per process (its verdict is kept), and not at all when a
 * pass with this engine on this platform is kept in the cache. */
int rl_hs_engine(rl_err *e);

/* The scan function the probe calls (hs_scan's signature). */
typedef hs_error_t (*rl_hs_scan_fn)(const hs_database_t *db, const char *data, unsigned len,
				    unsigned flags, hs_scratch_t *scratch,
				    match_event_handler on_match, void *ctx);

/* Run the known answers through `scan` (NULL: hs_scan). 0 when every
 * answer was found; RL_EUNSUPP with `e` naming the first miss otherwise;
 * RL_ENOMEM. Does not touch the kept verdict. */
int rl_hs_probe(rl_hs_scan_fn scan, rl_err *e);

/* Tests only: forget the kept verdict and probe with `scan` (NULL:
 * hs_scan) next time. */
void rl_hs_engine_reset(rl_hs_scan_fn scan);

#endif
