/* hide.c: `hide_tools:`, the policy's say over which MCP tools an agent
 * may see at all. The guard's MCP gateway drops hidden tools from
 * tools/list answers and refuses calls to them, so an agent neither learns
 * of a tool nor reaches it by guessing its name. Matching is fnmatch(3)
 * over a handful of globs; it runs once per tools/list entry or call, far
 * from the per-response hot path, so no compiled form is kept. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <fnmatch.h>
#include <string.h>

static int any_glob(const rl_strlist *l, const char *s, int flags)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (!fnmatch(l->v[i], s, flags))
			return 1;
	return 0;
}

int rl_policy_tool_hidden(const rl_policy *p, const char *agent, const char *server,
			  const char *tool)
{
	size_t i;
	char low[256];
	size_t n;
	if (!p || !tool)
		return 0;
	/* tool globs were lowercased at load (as rules' are); a name too long
	 * for the buffer is compared cut, case-folded by fnmatch anyway */
	n = strnlen(tool, sizeof low - 1);
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)tool[i]);
	low[n] = '\0';
	for (i = 0; i < p->nhides; i++) {
		const pol_hide *h = &p->hides[i];
		if (!any_glob(&h->tools, low, FNM_CASEFOLD))
			continue;
		if (h->servers.n && (!server || !any_glob(&h->servers, server, 0)))
			continue;
		/* an entry naming agents hides from those only: a caller the
		 * policy cannot name is not one of them */
		if (h->agents.n && (!agent || !any_glob(&h->agents, agent, 0)))
			continue;
		if (agent && any_glob(&h->except_agents, agent, 0))
			continue;
		return 1;
	}
	return 0;
}

int rl_policy_hides_tools(const rl_policy *p)
{
	return p && p->nhides > 0;
}

const char *rl_policy_replacement(const rl_policy *p)
{
	return p && p->replacement ? p->replacement : "[REDACTED]";
}

int rl_policy_rule_severity(const rl_policy *p, const char *id)
{
	size_t i;
	for (i = 0; p && id && i < p->nrules; i++)
		if (!strcmp(p->rules[i].id, id))
			return p->rules[i].severity;
	return -1;
}
