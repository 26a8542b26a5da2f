/* base/fs.h: whole-file reads with a size bound, and atomic writes.
 * Nothing half-written: every write goes to "<path>.tmp.<pid>.<n>" in the
 * same directory, is fsync'ed, then renamed over the target. The target is
 * the file a symlink names (the link stays a link), and a target that is
 * not a regular file (a FIFO, /dev/null, /dev/stdout, a terminal) is
 * written straight through: renaming over it would replace a device node
 * (run as root) or cut a pipe. */
#ifndef RL_BASE_FS_H
#define RL_BASE_FS_H

#include <stddef.h>
#include <stdio.h>

#include "redline/buf.h"
#include "redline/err.h"

#define RL_FILE_MAX_DEFAULT (256u << 20) /* 256 MiB */

/* Read all of `path` into `out` (appended). Files larger than `max` bytes
 * fail with RL_ELIMIT. "-" reads standard input. */
int rl_read_file(const char *path, size_t max, rl_buf *out, rl_err *e);

/* Write `n` bytes atomically to `path` (temporary + fsync + rename; see
 * above for symlinks and non-regular files). An existing regular target
 * keeps its permission bits; a new one is created 0644 (less with umask).
 * Errors name `path` and say what failed with the errno of that call. */
int rl_write_file_atomic(const char *path, const void *p, size_t n, rl_err *e);

/* The same for output produced piece by piece (streamed exports, monitor
 * findings): rl_wfile_open, write to `f`, then rl_wfile_commit (flush,
 * fsync, rename; closes `f`) or rl_wfile_abort (closes, removes the
 * temporary). A failed commit has aborted already. */
typedef struct rl_wfile {
	FILE *f;
	const char *path; /* as given (borrowed), for messages */
	char *target;     /* renamed over on commit; NULL when writing straight through */
	char *tmp;
	int mode; /* the replaced file's permission bits, or -1 */
} rl_wfile;
int rl_wfile_open(rl_wfile *w, const char *path, rl_err *e);
int rl_wfile_commit(rl_wfile *w, rl_err *e);
void rl_wfile_abort(rl_wfile *w);

/* `path` with symlinks resolved, also when the last one dangles (the file
 * it names does not exist yet) or `path` does not exist (then its
 * directory is resolved): two spellings of one file give one string.
 * Malloc'ed (caller frees), or NULL with errno set. */
char *rl_path_resolve(const char *path);

/* Create `path` empty with mode 0600 when nothing is there yet (symlinks
 * followed), for files that will hold secrets or records: SQLite then
 * keeps the mode, and gives its -wal and -shm files the same. An existing
 * file keeps its mode (the owner chose it). 0, or -1 with errno. */
int rl_file_create_private(const char *path);

/* mkdir -p; existing directories are fine. */
int rl_mkdirs(const char *path, rl_err *e);

/* 1 if `path` is an existing directory, 0 otherwise. */
int rl_is_dir(const char *path);

/* Join two path parts with exactly one '/'; result appended to `out`. */
int rl_path_join(rl_buf *out, const char *a, const char *b);

#endif
