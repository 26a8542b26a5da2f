/* fuzz_policy.c: policy files are written by others (untrusted config):
 * loading must never crash, leak or hang, and a loaded policy must
 * evaluate a response with actions without failing open. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "redline/policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	rl_policy *p = NULL;
	rl_err e;
	rl_policy_decision d;
	rl_field f[2] = {{"to", "eve@rival.example", 17},
			 {"body", "confidential specs AKIAIOSFODNN7EXAMPLE", 39}};
	rl_action a;
	rl_actions as = {&a, 1, NULL};
	rl_transcript t = {
		"Use key AKIAIOSFODNN7EXAMPLE; SSN 219-09-9999", 45, "thinking", 8, NULL, 0};
	rl_buf b = RL_BUF_INIT;
	size_t cnt;

	if (size > 65536)
		return 0;
	if (rl_policy_load("fuzz.yaml", (const char *)data, size, &p, &e))
		return 0;
	memset(&a, 0, sizeof a);
	a.tool = "email";
	a.fields = f;
	a.nfields = 2;
	a.taken = 1;
	if (rl_policy_eval(p, &as, &t, "project aurora", 14, NULL, &d, &e) &&
	    d.action != RL_POLICY_BLOCK)
		abort(); /* an error must fail closed */
	rl_policy_apply_redactions(p, &d, RL_SRC_RESPONSE, t.response, t.response_len, &b, &e);
	rl_policy_decision_free(&d);
	rl_buf_reset(&b);
	rl_policy_redact_input(p, "project aurora AUR-1234", 23, &b, &cnt, &e);
	rl_buf_free(&b);
	rl_policy_free(p);
	return 0;
}
