/* base/secret.h: keeping secrets (API keys, tokens) out of what redline
 * writes and out of what the process leaves behind: masking echoes of a
 * key in text that came from elsewhere, and no core dumps. */
#ifndef RL_BASE_SECRET_H
#define RL_BASE_SECRET_H

#include <stddef.h>

/* Minimum run of consecutive key characters masked when it is not the
 * whole key: shorter fragments of a random key reveal little, longer ones
 * (a "key provided: sk-...xyz" echo cut short) are masked. */
#define RL_SECRET_MIN_RUN 12

/* Mask, in the `n` bytes at `s`, every echo of `key`: the whole key and
 * any run of at least RL_SECRET_MIN_RUN consecutive characters of it,
 * written plainly or JSON-escaped (`\/`, `\\`, `\"`, `\u00XX`), each
 * masked character becoming one '*'. Rewrites `s` in place; returns the
 * new length (<= n; NUL-terminated when shorter). Keys under 4 bytes are
 * not searched. Out of memory, the whole text is masked (fail closed).
 * Linear in n (rolling hash over the key's windows). */
size_t rl_secret_mask(char *s, size_t n, const char *key);

/* For processes that hold keys or tokens: no core dumps (RLIMIT_CORE 0,
 * soft and hard) and not dumpable (PR_SET_DUMPABLE 0: no core, no
 * ptrace attach by other users, /proc/PID/mem closed to them). */
void rl_secret_protect_process(void);

#endif
