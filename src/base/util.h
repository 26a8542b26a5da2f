/* base/util.h: small shared helpers: hashing, time, logging, an arena.
 * Grouped here because each is a handful of lines. */
#ifndef RL_BASE_UTIL_H
#define RL_BASE_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "redline/buf.h"
#include "redline/err.h"

/* calloc for per-request blocks: glibc's calloc does not take from the
 * thread's cache (tcache) and goes to the arena, ~200 instructions a call
 * against ~30 for malloc and a memset of a small block. NULL on overflow.
 * The empty asm keeps gcc from folding malloc + memset back into calloc. */
static inline void *rl_zalloc(size_t n, size_t size)
{
	void *p;
	if (size && n > SIZE_MAX / size)
		return NULL;
	p = malloc(n * size);
	__asm__ volatile("" : : "r"(p) : "memory");
	if (p)
		memset(p, 0, n * size);
	return p;
}

/* SHA-256 of `n` bytes as 64 lowercase hex chars + NUL (OpenSSL EVP). */
void rl_sha256_hex(const void *p, size_t n, char out[65]);

/* Cryptographically random bytes (getrandom); 0 or RL_EIO. */
int rl_random_bytes(void *p, size_t n);
/* Random token of `nbytes` bytes as hex into out (2*nbytes+1). */
int rl_random_hex(char *out, size_t nbytes);

/* Monotonic milliseconds (for intervals) and wall-clock milliseconds since
 * the epoch (for records). */
int64_t rl_mono_ms(void);
int64_t rl_wall_ms(void);
/* ISO-8601 UTC "2026-11-23T18:36:00.123Z" into out (>= 32 bytes). */
void rl_iso8601(int64_t wall_ms, char *out, size_t n);

/* The first (rl_find_ci) or last (rl_rfind_ci) ASCII-case-insensitive
 * occurrence of the NUL-terminated `nd` in h[0, hn), or NULL (also when nd
 * is empty or longer than hn). */
const char *rl_find_ci(const char *h, size_t hn, const char *nd);
const char *rl_rfind_ci(const char *h, size_t hn, const char *nd);

/* Fold h[0, n) into o for matching words across scripts, where one
 * letter has several spellings: ASCII, Cyrillic (with Ё) and Vietnamese Đ
 * to lower case, Turkish dotted İ to i; Arabic short vowels, tanwin,
 * shadda, sukun and the dagger alef dropped, hamza-seated alefs (آ أ إ) to
 * bare alef and alef maqsura (ى) to ya. Word tables read against the
 * folded text must be written folded. Returns the length written, <= n
 * (o may not overlap h). */
size_t rl_fold_script(const char *h, size_t n, char *o);

/* The value of one hex digit, or -1. */
int rl_hexval(int c);

/* A whole decimal integer in [min, max]: 0, or RL_EINVAL when `s` is NULL,
 * empty, has trailing characters or is out of range (*out unchanged). The
 * caller says what was expected, in its own words. */
int rl_parse_long(const char *s, long min, long max, long *out);

/* Logging: one line per event on stderr, "ts level component: message",
 * or a JSON object per line when the format is json. The level and format
 * are process-wide and set once at start-up by the cli (REDLINE_LOG,
 * REDLINE_LOG_FORMAT); library code only reads them. Never pass secrets. */
enum rl_log_level { RL_LOG_ERROR, RL_LOG_WARN, RL_LOG_INFO, RL_LOG_DEBUG };
void rl_log_setup(int level, int json);
void rl_log(int level, const char *component, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Arena: bump allocation in chunks, freed at once (per-sample work). */
typedef struct rl_arena_chunk rl_arena_chunk;
typedef struct rl_arena {
	rl_arena_chunk *head;
	size_t chunk; /* default chunk size */
} rl_arena;
void rl_arena_init(rl_arena *a, size_t chunk);
void *rl_arena_alloc(rl_arena *a, size_t n); /* 16-byte aligned; NULL on OOM */
char *rl_arena_strndup(rl_arena *a, const char *s, size_t n);
void rl_arena_free(rl_arena *a);
/* Empty it for reuse, keeping one chunk of the default size (work done
 * per request then allocates nothing in the common case). */
void rl_arena_reset(rl_arena *a);

#endif
