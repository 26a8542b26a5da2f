/* redline/version.h: the version of the headers and of the library.
 *
 * REDLINE_VERSION_* is the version of the headers a program was compiled
 * with; rl_version() is the version of the library it runs against (they
 * differ when the shared library was upgraded underneath the program).
 * The Makefile reads the version from this file: change it here only. */
#ifndef REDLINE_VERSION_H
#define REDLINE_VERSION_H

#include "redline/export.h"

#define REDLINE_VERSION_MAJOR 0
#define REDLINE_VERSION_MINOR 1
#define REDLINE_VERSION_PATCH 0
#define REDLINE_VERSION_STRING "0.1.0"
/* One number that orders versions: 0x00MMmmpp. */
#define REDLINE_VERSION_NUMBER                                                                     \
	((REDLINE_VERSION_MAJOR << 16) | (REDLINE_VERSION_MINOR << 8) | REDLINE_VERSION_PATCH)

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

/* The library's version, "MAJOR.MINOR.PATCH" (static storage). */
const char *rl_version(void);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
