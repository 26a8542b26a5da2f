/* proxy_metrics.c: the guard server's counters in the Prometheus text
 * exposition format (/metrics). */
#include "guard/proxy.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <errno.h>
#include <jansson.h>
#include <netinet/in.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "guard/proxy_int.h"
#include "base/secret.h"
#include "base/util.h"
#include "guard/eval.h"
#include "guard/hcli.h"
#include "guard/hsrv.h"
#include "guard/wire.h"
#include "base/jsonr.h"
#include "store/holds.h"

void gp_metrics_text(struct rl_guard_server *s, rl_buf *b)
{
	static const char *const fmt[] = {"openai", "anthropic", "openai-responses"};
	static const char *const act[] = {"allow", "redact", "hold", "block"};
	size_t f, a, i, k;
	size_t pending;

	pthread_mutex_lock(&s->mu);
	pending = s->npending;
	pthread_mutex_unlock(&s->mu);
	if (atomic_load(&s->holder)) {
		gh_info pi;
		gh_get_info(atomic_load(&s->holder), &pi);
		rl_buf_addf(
			b,
			"# HELP redline_guard_policy_info The policy in force (SHA-256 of its file).\n"
			"# TYPE redline_guard_policy_info gauge\n"
			"redline_guard_policy_info{sha256=\"%s\"} 1\n"
			"# HELP redline_guard_policy_loaded_timestamp_seconds When it was loaded.\n"
			"# TYPE redline_guard_policy_loaded_timestamp_seconds gauge\n"
			"redline_guard_policy_loaded_timestamp_seconds %.3f\n"
			"# HELP redline_guard_policy_generation Policies loaded since start (1 + reloads).\n"
			"# TYPE redline_guard_policy_generation gauge\n"
			"redline_guard_policy_generation %lu\n"
			"# HELP redline_guard_policy_reload_failures_total Reloads refused (the policy did not compile).\n"
			"# TYPE redline_guard_policy_reload_failures_total counter\n"
			"redline_guard_policy_reload_failures_total %lu\n",
			pi.sha256, (double)pi.loaded_ms / 1000.0, pi.generation, pi.failed);
	}
	rl_buf_adds(
		b,
		"# HELP redline_guard_responses_total Upstream responses evaluated, by wire format and verdict.\n"
		"# TYPE redline_guard_responses_total counter\n");
	for (f = 0; f < 3; f++)
		for (a = 0; a < M_NACT; a++)
			rl_buf_addf(
				b,
				"redline_guard_responses_total{format=\"%s\",verdict=\"%s\"} %lu\n",
				fmt[f], act[a], atomic_load(&s->m_req[f][a]));
	rl_buf_addf(
		b,
		"# HELP redline_guard_mcp_calls_total MCP tools/call requests and results judged, by verdict.\n"
		"# TYPE redline_guard_mcp_calls_total counter\n");
	for (a = 0; a < M_NACT; a++)
		rl_buf_addf(b, "redline_guard_mcp_calls_total{verdict=\"%s\"} %lu\n", act[a],
			    atomic_load(&s->m_mcp[a]));
	rl_buf_addf(b,
		    "# HELP redline_guard_holds_pending Holds waiting for a decision.\n"
		    "# TYPE redline_guard_holds_pending gauge\nredline_guard_holds_pending %zu\n",
		    pending);
	rl_buf_addf(b,
		    "# HELP redline_guard_hold_decisions_total Hold decisions.\n"
		    "# TYPE redline_guard_hold_decisions_total counter\n"
		    "redline_guard_hold_decisions_total{decision=\"approved\"} %lu\n"
		    "redline_guard_hold_decisions_total{decision=\"denied\"} %lu\n"
		    "redline_guard_hold_decisions_total{decision=\"timeout\"} %lu\n",
		    atomic_load(&s->m_decided[0]), atomic_load(&s->m_decided[1]),
		    atomic_load(&s->m_decided[2]));
	rl_buf_addf(
		b,
		"# HELP redline_guard_bad_requests_total Requests rejected with 4xx by the guard.\n"
		"# TYPE redline_guard_bad_requests_total counter\nredline_guard_bad_requests_total %lu\n"
		"# HELP redline_guard_upstream_errors_total Upstream transport failures (502/504).\n"
		"# TYPE redline_guard_upstream_errors_total counter\nredline_guard_upstream_errors_total %lu\n"
		"# HELP redline_guard_upstream_error_status_total Upstream non-2xx answers passed through.\n"
		"# TYPE redline_guard_upstream_error_status_total counter\nredline_guard_upstream_error_status_total %lu\n"
		"# HELP redline_guard_fail_closed_total Responses withheld because they could not be inspected or evaluated.\n"
		"# TYPE redline_guard_fail_closed_total counter\nredline_guard_fail_closed_total %lu\n"
		"# HELP redline_guard_requests_redacted_total Requests with sensitive content redacted before the model.\n"
		"# TYPE redline_guard_requests_redacted_total counter\nredline_guard_requests_redacted_total %lu\n"
		"# HELP redline_guard_upstream_inflight Upstream requests in flight.\n"
		"# TYPE redline_guard_upstream_inflight gauge\nredline_guard_upstream_inflight %lu\n"
		"# HELP redline_guard_client_gone_total Upstream calls cancelled because their client left.\n"
		"# TYPE redline_guard_client_gone_total counter\nredline_guard_client_gone_total %lu\n"
		"# HELP redline_guard_busy_total Agent requests turned away (503) because every agent connection slot was taken.\n"
		"# TYPE redline_guard_busy_total counter\nredline_guard_busy_total %lu\n",
		atomic_load(&s->m_bad), atomic_load(&s->m_upstream_err),
		atomic_load(&s->m_upstream_status), atomic_load(&s->m_fail_closed),
		atomic_load(&s->m_redacted_requests), atomic_load(&s->m_inflight),
		atomic_load(&s->m_client_gone), atomic_load(&s->m_busy));
	rl_buf_adds(
		b,
		"# HELP redline_guard_passthrough_total Answers to endpoints that are not generation calls, relayed unevaluated.\n"
		"# TYPE redline_guard_passthrough_total counter\n");
	for (i = 0; i < GP_PASS_N; i++)
		rl_buf_addf(b, "redline_guard_passthrough_total{endpoint=\"%s\"} %lu\n",
			    gp_pass_label[i], atomic_load(&s->m_pass[i]));
	for (k = 0; k < 2; k++) {
		unsigned long cum = 0;
		rl_buf_addf(
			b,
			"# HELP redline_guard_%s_seconds %s time.\n# TYPE redline_guard_%s_seconds histogram\n",
			hist_name[k], k ? "Upstream round-trip" : "Policy evaluation",
			hist_name[k]);
		for (i = 0; i <= NHB; i++) {
			cum += atomic_load(&s->h[k].b[i]);
			if (i < NHB)
				rl_buf_addf(b, "redline_guard_%s_seconds_bucket{le=\"%g\"} %lu\n",
					    hist_name[k], hist_le[i], cum);
			else
				rl_buf_addf(b, "redline_guard_%s_seconds_bucket{le=\"+Inf\"} %lu\n",
					    hist_name[k], cum);
		}
		rl_buf_addf(
			b,
			"redline_guard_%s_seconds_sum %.6f\nredline_guard_%s_seconds_count %lu\n",
			hist_name[k], (double)atomic_load(&s->h[k].sum_us) / 1e6, hist_name[k],
			atomic_load(&s->h[k].count));
	}
}
