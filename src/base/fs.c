/* fs.c: file helpers (see fs.h). Atomic replace is temp + fsync + rename,
 * the only portable way to guarantee readers see old or new, never half;
 * it applies to regular files only (a rename over /dev/null, run as root,
 * would replace the device with a file), and goes to a symlink's target. */
#include "base/fs.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int rl_read_file(const char *path, size_t max, rl_buf *out, rl_err *e)
{
	int fd, rc = 0;
	size_t start = out->len;

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else
		fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return rl_err_set(e, errno == ENOENT ? RL_ENOTFOUND : RL_EIO, "%s: cannot open: %s",
				  path, strerror(errno));
	for (;;) {
		ssize_t r;
		if (rl_buf_grow(out, 65536)) {
			rc = rl_err_set(e, RL_ENOMEM, "%s: out of memory", path);
			break;
		}
		r = read(fd, out->s + out->len, out->cap - out->len - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			rc = rl_err_set(e, RL_EIO, "%s: read error: %s", path, strerror(errno));
			break;
		}
		if (r == 0)
			break;
		out->len += (size_t)r;
		out->s[out->len] = '\0';
		if (out->len - start > max) {
			rc = rl_err_set(e, RL_ELIMIT, "%s: larger than the limit of %zu bytes",
					path, max);
			break;
		}
	}
	if (fd != STDIN_FILENO)
		close(fd);
	if (rc) {
		out->len = start;
		if (out->cap)
			out->s[start] = '\0';
	}
	return rc;
}

char *rl_path_resolve(const char *path)
{
	char cur[4096], link[4096], *r, *slash;
	int hops;

	r = realpath(path, NULL);
	if (r || errno != ENOENT)
		return r;
	/* Not there (yet): follow a chain of symlinks by hand, since realpath
	 * refuses a dangling one, then resolve the directory of the last name. */
	if ((size_t)snprintf(cur, sizeof cur, "%s", path) >= sizeof cur)
		return errno = ENAMETOOLONG, NULL;
	for (hops = 0;; hops++) {
		ssize_t k;
		if (hops == 40)
			return errno = ELOOP, NULL;
		k = readlink(cur, link, sizeof link - 1);
		if (k < 0) {
			if (errno != EINVAL && errno != ENOENT)
				return NULL;
			break; /* not a link, or nothing there: the final name */
		}
		link[k] = '\0';
		slash = strrchr(cur, '/');
		if (link[0] == '/' || !slash) {
			memcpy(cur, link, (size_t)k + 1);
		} else if ((size_t)(slash - cur) + 1 + (size_t)k >= sizeof cur) {
			return errno = ENAMETOOLONG, NULL;
		} else {
			memcpy(slash + 1, link, (size_t)k + 1);
		}
	}
	slash = strrchr(cur, '/');
	if (slash == cur)
		r = strdup("/");
	else if (slash) {
		*slash = '\0';
		r = realpath(cur, NULL);
	} else {
		r = realpath(".", NULL);
	}
	if (r) {
		const char *base = slash ? slash + 1 : cur;
		size_t n = strlen(r);
		char *full = malloc(n + strlen(base) + 2);
		if (full)
			sprintf(full, "%s%s%s", r, n && r[n - 1] == '/' ? "" : "/", base);
		free(r);
		r = full;
	}
	return r;
}

int rl_wfile_open(rl_wfile *w, const char *path, rl_err *e)
{
	static unsigned seq;
	struct stat st;
	int fd = -1, tries;

	memset(w, 0, sizeof *w);
	w->path = path;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode))
			return rl_err_set(e, RL_EINVAL, "%s: is a directory (expected a file name)",
					  path);
		/* a FIFO, a device, /dev/stdout: write to it as it is */
		fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
		if (fd < 0)
			return rl_err_set(e, RL_EIO, "%s: cannot open: %s", path, strerror(errno));
	} else {
		w->target = rl_path_resolve(path);
		if (!w->target)
			return rl_err_set(e, RL_EIO, "%s: cannot create: %s", path,
					  strerror(errno));
		w->mode = stat(w->target, &st) == 0 ? (int)(st.st_mode & 07777) : -1;
		for (tries = 0; fd < 0 && tries < 8; tries++) {
			free(w->tmp);
			if (asprintf(&w->tmp, "%s.tmp.%ld.%u", w->target, (long)getpid(), seq++) <
			    0) {
				w->tmp = NULL;
				rl_wfile_abort(w);
				return rl_err_set(e, RL_ENOMEM, "out of memory");
			}
			fd = open(w->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
			if (fd < 0 && errno != EEXIST)
				break;
		}
		if (fd < 0) {
			int err = errno;
			rl_err_set(e, RL_EIO, "%s: cannot create: %s", w->tmp, strerror(err));
			free(w->tmp);
			w->tmp = NULL; /* not ours */
			rl_wfile_abort(w);
			return e ? e->code : RL_EIO;
		}
		/* replacing a file keeps its permissions (a 0600 report stays 0600) */
		if (w->mode >= 0)
			(void)fchmod(fd, (mode_t)w->mode);
	}
	w->f = fdopen(fd, "w");
	if (!w->f) {
		close(fd);
		rl_wfile_abort(w);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	return 0;
}

void rl_wfile_abort(rl_wfile *w)
{
	if (w->f)
		fclose(w->f);
	if (w->tmp)
		unlink(w->tmp);
	free(w->tmp);
	free(w->target);
	w->f = NULL;
	w->tmp = w->target = NULL;
}

int rl_wfile_commit(rl_wfile *w, rl_err *e)
{
	const char *what = NULL;
	int err = 0;

	if (ferror(w->f))
		what = "write error", err = EIO; /* an earlier write failed */
	else if (fflush(w->f) != 0)
		what = "write error", err = errno;
	else if (w->target && fsync(fileno(w->f)) != 0)
		what = "fsync", err = errno;
	if (!what) {
		FILE *f = w->f;
		w->f = NULL;
		if (fclose(f) != 0)
			what = "close", err = errno;
		else if (w->target && rename(w->tmp, w->target) != 0)
			what = "rename", err = errno;
	}
	if (what) {
		rl_err_set(e, RL_EIO, "%s: %s: %s", w->path, what, strerror(err));
		rl_wfile_abort(w);
		return e ? e->code : RL_EIO;
	}
	free(w->tmp);
	free(w->target);
	w->tmp = w->target = NULL;
	return 0;
}

int rl_write_file_atomic(const char *path, const void *p, size_t n, rl_err *e)
{
	rl_wfile w;
	int rc = rl_wfile_open(&w, path, e);
	if (rc)
		return rc;
	if (n && fwrite(p, 1, n, w.f) != n) {
		rl_err_set(e, RL_EIO, "%s: write error: %s", path, strerror(errno));
		rl_wfile_abort(&w);
		return e ? e->code : RL_EIO;
	}
	return rl_wfile_commit(&w, e);
}

int rl_file_create_private(const char *path)
{
	char *real = rl_path_resolve(path);
	int fd;
	if (!real)
		return -1;
	fd = open(real, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	free(real);
	if (fd < 0)
		return errno == EEXIST ? 0 : -1;
	return close(fd);
}

int rl_mkdirs(const char *path, rl_err *e)
{
	char tmp[4096];
	size_t n = strlen(path), i;

	if (n == 0 || n >= sizeof tmp)
		return rl_err_set(e, RL_EINVAL, "bad directory path '%s'", path);
	memcpy(tmp, path, n + 1);
	for (i = 1; i <= n; i++) {
		if (tmp[i] != '/' && tmp[i] != '\0')
			continue;
		tmp[i] = '\0';
		if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
			return rl_err_set(e, RL_EIO, "%s: cannot create directory: %s", tmp,
					  strerror(errno));
		if (i < n)
			tmp[i] = '/';
	}
	if (!rl_is_dir(path))
		return rl_err_set(e, RL_EIO, "%s: not a directory", path);
	return 0;
}

int rl_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int rl_path_join(rl_buf *out, const char *a, const char *b)
{
	size_t n = strlen(a);
	int rc = rl_buf_add(out, a, n);
	if (!rc && n && a[n - 1] != '/' && b[0] != '/')
		rc = rl_buf_addc(out, '/');
	if (!rc)
		rc = rl_buf_adds(out, b[0] == '/' && n && a[n - 1] == '/' ? b + 1 : b);
	return rc;
}
