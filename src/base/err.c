/* err.c: the error record (see redline/err.h). Fixed-size and
 * allocation-free so that it can report ENOMEM itself. */
#include "redline/err.h"

#include <stdio.h>
#include <string.h>

const char *rl_strerror(int code)
{
	switch (code) {
	case RL_OK: return "success";
	case RL_EINVAL: return "invalid input";
	case RL_ENOMEM: return "out of memory";
	case RL_EIO: return "input/output error";
	case RL_ENOTFOUND: return "not found";
	case RL_EEXIST: return "already exists";
	case RL_ENET: return "network error";
	case RL_EPROTO: return "protocol error";
	case RL_EDB: return "database error";
	case RL_ELIMIT: return "limit exceeded";
	case RL_EINTR: return "interrupted";
	case RL_EPOLICY: return "policy evaluation failed";
	case RL_EUNSUPP: return "not supported";
	}
	return "unknown error";
}

void rl_err_clear(rl_err *e)
{
	if (!e)
		return;
	e->code = RL_OK;
	e->msg[0] = '\0';
}

int rl_err_vset(rl_err *e, int code, const char *fmt, va_list ap)
{
	if (!e)
		return code;
	e->code = code;
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	return code;
}

int rl_err_set(rl_err *e, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	rl_err_vset(e, code, fmt, ap);
	va_end(ap);
	return code;
}

int rl_err_at(rl_err *e, int code, const char *file, unsigned line, unsigned col, const char *fmt,
	      ...)
{
	size_t n = 0;
	va_list ap;

	if (!e)
		return code;
	e->code = code;
	e->msg[0] = '\0';
	if (file && line && col)
		n = (size_t)snprintf(e->msg, sizeof e->msg, "%s:%u:%u: ", file, line, col);
	else if (file && line)
		n = (size_t)snprintf(e->msg, sizeof e->msg, "%s:%u: ", file, line);
	else if (file)
		n = (size_t)snprintf(e->msg, sizeof e->msg, "%s: ", file);
	if (n >= sizeof e->msg)
		n = sizeof e->msg - 1;
	va_start(ap, fmt);
	vsnprintf(e->msg + n, sizeof e->msg - n, fmt, ap);
	va_end(ap);
	return code;
}

void rl_err_prefix(rl_err *e, const char *fmt, ...)
{
	char old[RL_ERR_MSG_MAX];
	size_t n;
	va_list ap;

	if (!e)
		return;
	memcpy(old, e->msg, sizeof old);
	va_start(ap, fmt);
	n = (size_t)vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	if (n + 2 < sizeof e->msg) {
		size_t room = sizeof e->msg - n - 3, olen = strnlen(old, sizeof old);
		if (olen > room)
			olen = room;
		memcpy(e->msg + n, ": ", 2);
		memcpy(e->msg + n + 2, old, olen);
		e->msg[n + 2 + olen] = '\0';
	}
}
