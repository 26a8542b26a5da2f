/* redline/err.h: error codes and the error record every fallible call fills.
 *
 * Convention (see STYLE.md): a function returns 0 on success or a negative
 * RL_E* code, and when given a non-NULL `rl_err *` it writes a one-line,
 * human-readable message that names where in the input things went wrong
 * ("pack.yaml:12:5: unknown goal type 'explict' (expected one of ...)").
 * The record is a fixed-size struct on the caller's stack: filling it never
 * allocates, so it works on the out-of-memory path too. */
#ifndef REDLINE_ERR_H
#define REDLINE_ERR_H

#include "redline/export.h"

#include <stdarg.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

enum rl_code {
	RL_OK = 0,
	RL_EINVAL = -1,    /* bad argument or bad input (parse or validation) */
	RL_ENOMEM = -2,    /* allocation failed */
	RL_EIO = -3,       /* file system or stream error */
	RL_ENOTFOUND = -4, /* a named thing does not exist */
	RL_EEXIST = -5,    /* duplicate id, or target exists */
	RL_ENET = -6,      /* network or HTTP transport error */
	RL_EPROTO = -7,    /* peer answered outside its protocol */
	RL_EDB = -8,       /* database error */
	RL_ELIMIT = -9,    /* a size, time or count bound was hit */
	RL_EINTR = -10,    /* interrupted (signal) */
	RL_EPOLICY = -11,  /* policy evaluation failed (callers fail closed) */
	RL_EUNSUPP = -12,  /* valid but not supported */
};

#define RL_ERR_MSG_MAX 1024

typedef struct rl_err {
	int code;                 /* RL_OK or an RL_E* code */
	char msg[RL_ERR_MSG_MAX]; /* "" when code == RL_OK */
} rl_err;

/* Static English name of a code ("invalid input"); never NULL. */
const char *rl_strerror(int code);

/* Clear an error record (code RL_OK, empty message). NULL is allowed. */
void rl_err_clear(rl_err *e);

/* Fill `e` (may be NULL) and return `code`, so callers can write
 * `return rl_err_set(e, RL_EINVAL, "...", ...);`. The message is truncated
 * to fit, never overflowing. */
int rl_err_set(rl_err *e, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int rl_err_vset(rl_err *e, int code, const char *fmt, va_list ap);

/* Same, prefixed with an input location "file:line:col: " (line and col
 * are 1-based; col 0 omits the column, line 0 omits both). */
int rl_err_at(rl_err *e, int code, const char *file, unsigned line, unsigned col, const char *fmt,
	      ...) __attribute__((format(printf, 6, 7)));

/* Prepend context to an existing message: "ctx: old message". */
void rl_err_prefix(rl_err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
