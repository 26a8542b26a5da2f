/* version.c: rl_version (see redline/version.h). */
#include "redline/version.h"

const char *rl_version(void)
{
	return REDLINE_VERSION_STRING;
}
