/* default.c: the built-in default policy. The YAML text of
 * policies/default.yaml is linked into the library with the assembler's
 * .incbin, so the binary needs no data files and the policy a person reads
 * is byte for byte the one that runs (a unit test checks they agree). */
#include "redline/policy.h"

#include <string.h>

__asm__(".section .rodata\n"
	".balign 16\n"
	"rl_policy_default_yaml_start:\n"
	".incbin \"policies/default.yaml\"\n"
	"rl_policy_default_yaml_end:\n"
	".byte 0\n"
	".previous\n");

extern const char rl_policy_default_yaml_start[] __asm__("rl_policy_default_yaml_start");
extern const char rl_policy_default_yaml_end[] __asm__("rl_policy_default_yaml_end");

const char *rl_policy_default_yaml(size_t *len)
{
	/* The two symbols bound one .incbin blob (above), so the difference is
	 * well defined; cppcheck cannot see through the assembler. */
	if (len)
		// cppcheck-suppress comparePointers
		*len = (size_t)(rl_policy_default_yaml_end - rl_policy_default_yaml_start);
	return rl_policy_default_yaml_start;
}

int rl_policy_load_default(rl_policy **out, rl_err *e)
{
	size_t n;
	const char *s = rl_policy_default_yaml(&n);
	return rl_policy_load("<default policy>", s, n, out, e);
}
