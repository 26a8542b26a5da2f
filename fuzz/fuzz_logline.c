/* fuzz_logline.c: log lines are untrusted (anything an agent or a gateway
 * wrote). Parsing must never crash, and the prefilter must never drop a
 * line the full pipeline would flag: a line the prefilter rejects is
 * evaluated anyway, and any finding there aborts (a lost finding). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "monitor/monitor.h"
#include "redline/action.h"

static rl_policy *pol;
static mon_prefilter *pf;

static const char policy[] =
	"organisation: {domains: [acme.example]}\n"
	"rules:\n"
	"  - {id: kw, action: block, content: {keywords: [project aurora, confidential]}}\n"
	"  - {id: re, action: hold, text: {pattern: \"(?i)^secret\\\\s+plan$\"}}\n"
	"  - {id: ext, action: hold, tools: [\"send_*\", email], args: [{recipient: external}]}\n"
	"  - {id: arg, action: block, args: [{field: body, pattern: \"(?i)wire\\\\s+\\\\$\\\\d+\"}]}\n"
	"  - {id: sec, action: redact, detectors: [secrets, pii]}\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	rl_buf work = RL_BUF_INIT;
	mon_line ml;
	rl_err e;
	int suspect, cand;
	size_t i;

	if (!pol) {
		if (rl_policy_load("fuzz-policy", policy, sizeof policy - 1, &pol, &e) ||
		    mon_prefilter_new(pol, &pf, &e))
			abort();
	}
	if (size > 65536)
		return 0;
	cand = mon_prefilter_line(pf, (const char *)data, size, &work, &suspect);
	rl_buf_free(&work);
	if (mon_parse_line((const char *)data, size, &ml, &e) == 0) {
		for (i = 0; i < ml.n; i++) {
			mon_unit *u = &ml.u[i];
			rl_transcript t = {u->response.s,
					   u->response.len,
					   u->reasoning.s,
					   u->reasoning.len,
					   u->native.len ? u->native.s : NULL,
					   u->native.len};
			rl_actions a;
			rl_policy_decision d;
			if (!u->assistant)
				continue;
			if (rl_policy_check(pol, &t, NULL, 0, NULL, &a, &d, &e) == 0 &&
			    d.nmatches && !cand && !suspect)
				abort(); /* the prefilter lost a finding */
			rl_policy_decision_free(&d);
			rl_actions_free(&a);
		}
	}
	mon_line_free(&ml);
	return 0;
}
