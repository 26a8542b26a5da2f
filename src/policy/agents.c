/* agents.c: which agent a request comes from (the policy's `agents:`,
 * named by API key digest or by a header), moved out of eval.c. */
#include "policy/policy_int.h"

#include <string.h>
#include <strings.h>

const char *rl_policy_agent(const rl_policy *p, const rl_policy_ctx *ctx)
{
	size_t i, h;
	if (!ctx)
		return NULL;
	if (ctx->agent)
		return ctx->agent;
	for (i = 0; p && i < p->nagents; i++) {
		const pol_agent *a = &p->agents[i];
		size_t k;
		if (ctx->key_sha256)
			for (k = 0; k < a->keys.n; k++)
				if (!strcasecmp(a->keys.v[k], ctx->key_sha256))
					return a->name;
		if (a->header)
			for (h = 0; h < ctx->nheaders; h++)
				if (ctx->headers[2 * h] && ctx->headers[2 * h + 1] &&
				    !strcasecmp(ctx->headers[2 * h], a->header) &&
				    !strcmp(ctx->headers[2 * h + 1], a->value))
					return a->name;
	}
	return NULL;
}

int rl_policy_uses_headers(const rl_policy *p)
{
	size_t i;
	for (i = 0; p && i < p->nagents; i++)
		if (p->agents[i].header)
			return 1;
	return 0;
}

int rl_policy_agent_keyed(const rl_policy *p, const char *name)
{
	size_t i;
	for (i = 0; p && name && i < p->nagents; i++)
		if (p->agents[i].keys.n && !strcasecmp(p->agents[i].name, name))
			return 1;
	return 0;
}
