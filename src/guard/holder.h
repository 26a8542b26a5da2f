/* guard/holder.h: the policy a running guard enforces, replaceable while
 * requests are in flight (`SIGHUP`, `redline guard reload`, the
 * monitor's --follow noticing a changed --policy file).
 *
 * A request takes a reference to the current compiled policy when it
 * starts (gh_acquire) and drops it when answered (gh_release): everything
 * it decides, from agent scoping to the verdict on the upstream's answer,
 * comes from that one policy, so a reload in the middle changes nothing
 * for it; the next request gets the new one. The old policy is freed by
 * whoever drops its last reference. A load that fails leaves the current
 * policy in place and says why with the file:line of the error.
 *
 * Why a mutex and a count rather than a lock-free pointer swap: reading
 * the pointer and counting the reference must be one step, or a reload
 * between them could free what was just read; an uncontended mutex costs
 * tens of nanoseconds, noise beside a policy evaluation (microseconds).
 *
 * Threads: every function may be called from any thread. */
#ifndef RL_GUARD_HOLDER_H
#define RL_GUARD_HOLDER_H

#include <stdint.h>

#include "redline/err.h"
#include "redline/guard.h"

typedef struct gh_holder gh_holder;
typedef struct gh_ref gh_ref; /* one loaded policy */

/* Load the policy at `path` (NULL: the built-in default). The path is
 * kept: gh_reload(h, NULL, e) reads it again. */
int gh_new(const char *path, gh_holder **out, rl_err *e);
/* Free the holder; references still held stay valid until released. */
void gh_free(gh_holder *h);

/* The current policy, referenced until gh_release. Never NULL. */
gh_ref *gh_acquire(gh_holder *h);
void gh_release(gh_ref *r);
const rl_guard *gh_guard(const gh_ref *r);

/* Load `path` (NULL: the holder's own path) and, when it compiles, make
 * it the current policy. On failure (RL_EINVAL with file:line:col, an I/O
 * error) the current one stays and `e` says why. */
int gh_reload(gh_holder *h, const char *path, rl_err *e);

typedef struct gh_info {
	char sha256[65];          /* of the policy text that was compiled */
	int64_t loaded_ms;        /* wall clock, ms since the epoch */
	unsigned long generation; /* 1 for the first load, +1 per reload */
	unsigned long failed;     /* reloads refused since start */
	char last_error[512];     /* why the last refused reload was refused
				   * ("" when none was) */
} gh_info;
void gh_get_info(gh_holder *h, gh_info *out);

#endif
