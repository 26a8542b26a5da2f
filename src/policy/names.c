/* names.c: the names of policy actions, severities and text sources, and
 * their parsers (moved out of eval.c). */
#include "policy/policy_int.h"

#include <string.h>

static const char *const act_names[] = {"allow", "redact", "hold", "block"};
static const char *const sev_names[] = {"info", "low", "medium", "high", "critical"};

const char *rl_policy_action_name(int a)
{
	return a >= 0 && a <= 3 ? act_names[a] : "?";
}

const char *rl_severity_name(int s)
{
	return s >= 0 && s <= 4 ? sev_names[s] : "?";
}

const char *rl_policy_source_name(int s)
{
	switch (s) {
	case RL_SRC_RESPONSE: return "response";
	case RL_SRC_REASONING: return "reasoning";
	case RL_SRC_NATIVE: return "native";
	case RL_POLICY_SRC_INPUT: return "input";
	default: return "?";
	}
}

int rl_policy_action_parse(const char *s)
{
	int i;
	for (i = 0; i <= 3; i++)
		if (s && !strcmp(s, act_names[i]))
			return i;
	return -1;
}

int rl_severity_parse(const char *s)
{
	int i;
	for (i = 0; i <= 4; i++)
		if (s && !strcmp(s, sev_names[i]))
			return i;
	return -1;
}
