/* holder.c: the guard's swappable policy (guard/holder.h): a reference
 * counted compiled policy, swapped under a mutex, freed by its last user. */
#include "guard/holder.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fs.h"
#include "base/util.h"
#include "redline/policy.h"

struct gh_ref {
	rl_guard *g;
	atomic_ulong refs;
	char sha256[65];
	int64_t loaded_ms;
};

struct gh_holder {
	pthread_mutex_t mu;
	gh_ref *cur;
	char *path;
	unsigned long generation, failed;
	char last_error[512];
};

/* Hash what is compiled: the file is read before and after compiling,
 * and a load that raced with an editor writing the file is done again,
 * so the hash /metrics shows is that of the policy in force. */
static int load_ref(const char *path, gh_ref **out, rl_err *e)
{
	gh_ref *r = calloc(1, sizeof *r);
	int rc = 0, tries;
	*out = NULL;
	if (!r)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (tries = 0; tries < 3; tries++) {
		rl_buf a = RL_BUF_INIT, b = RL_BUF_INIT;
		char h2[65];
		if (!path) {
			size_t n;
			const char *y = rl_policy_default_yaml(&n);
			rl_sha256_hex(y, n, r->sha256);
			rc = rl_guard_new(NULL, &r->g, e);
			break;
		}
		if ((rc = rl_read_file(path, 16u << 20, &a, e))) {
			rl_buf_free(&a);
			break;
		}
		rl_sha256_hex(a.s ? a.s : "", a.len, r->sha256);
		rl_buf_free(&a);
		if ((rc = rl_guard_new(path, &r->g, e)))
			break;
		if ((rc = rl_read_file(path, 16u << 20, &b, e))) {
			rl_buf_free(&b);
			break;
		}
		rl_sha256_hex(b.s ? b.s : "", b.len, h2);
		rl_buf_free(&b);
		if (!strcmp(h2, r->sha256))
			break;
		rl_guard_free(r->g); /* changed while compiling: again */
		r->g = NULL;
		rc = rl_err_set(e, RL_EIO, "%s: the file kept changing while it was loaded", path);
	}
	if (rc || !r->g) {
		rl_guard_free(r->g);
		free(r);
		return rc ? rc : RL_EIO;
	}
	atomic_init(&r->refs, 1);
	r->loaded_ms = rl_wall_ms();
	*out = r;
	return 0;
}

int gh_new(const char *path, gh_holder **out, rl_err *e)
{
	gh_holder *h = calloc(1, sizeof *h);
	int rc;
	*out = NULL;
	if (!h || (path && !(h->path = strdup(path)))) {
		free(h);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	if ((rc = load_ref(path, &h->cur, e))) {
		free(h->path);
		free(h);
		return rc;
	}
	pthread_mutex_init(&h->mu, NULL);
	h->generation = 1;
	*out = h;
	return 0;
}

void gh_release(gh_ref *r)
{
	if (r && atomic_fetch_sub(&r->refs, 1) == 1) {
		rl_guard_free(r->g);
		free(r);
	}
}

void gh_free(gh_holder *h)
{
	if (!h)
		return;
	gh_release(h->cur);
	pthread_mutex_destroy(&h->mu);
	free(h->path);
	free(h);
}

gh_ref *gh_acquire(gh_holder *h)
{
	gh_ref *r;
	pthread_mutex_lock(&h->mu);
	r = h->cur;
	atomic_fetch_add(&r->refs, 1);
	pthread_mutex_unlock(&h->mu);
	return r;
}

const rl_guard *gh_guard(const gh_ref *r)
{
	return r->g;
}

int gh_reload(gh_holder *h, const char *path, rl_err *e)
{
	gh_ref *r, *old;
	int rc;
	char *keep = NULL;
	/* compile outside the lock: requests keep flowing meanwhile */
	pthread_mutex_lock(&h->mu);
	if (!path && h->path && !(keep = strdup(h->path))) {
		pthread_mutex_unlock(&h->mu);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	pthread_mutex_unlock(&h->mu);
	rc = load_ref(path ? path : keep, &r, e);
	pthread_mutex_lock(&h->mu);
	if (rc) {
		h->failed++;
		snprintf(h->last_error, sizeof h->last_error, "%.500s",
			 e && e->msg[0] ? e->msg : rl_strerror(rc));
		pthread_mutex_unlock(&h->mu);
		free(keep);
		return rc;
	}
	if (path) {
		char *np = strdup(path);
		if (np) {
			free(h->path);
			h->path = np;
		}
	}
	old = h->cur;
	h->cur = r;
	h->generation++;
	pthread_mutex_unlock(&h->mu);
	free(keep);
	gh_release(old); /* freed now, or by the last request still using it */
	return 0;
}

void gh_get_info(gh_holder *h, gh_info *out)
{
	pthread_mutex_lock(&h->mu);
	memcpy(out->sha256, h->cur->sha256, sizeof out->sha256);
	out->loaded_ms = h->cur->loaded_ms;
	out->generation = h->generation;
	out->failed = h->failed;
	memcpy(out->last_error, h->last_error, sizeof out->last_error);
	pthread_mutex_unlock(&h->mu);
}
