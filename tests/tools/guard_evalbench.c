/* guard_evalbench.c: time the guard's in-process policy evaluation of one
 * response (redline/guard.h), for bench/bench_guard.sh.
 *   guard_evalbench [--policy FILE] --format openai|anthropic
 *                   [--request REQUEST] RESPONSE N
 * Prints "p50_us p99_us max_us cpu_p50_us cpu_p99_us verdict" over N
 * evaluations (after a warm-up): wall-clock, and the thread's CPU time
 * (which excludes preemption by other processes on a shared machine).
 * With --request the response is evaluated as the proxy evaluates it for
 * that request (its conversation and last input, guard/proxy.c): the
 * response read and rl_guard_eval_resp, each time. Under callgrind,
 * --toggle-collect=rl_guard_eval_resp counts the evaluation alone
 * (docs/benchmarks.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/fs.h"
#include "guard/eval.h"
#include "guard/wire.h"
#include "redline/guard.h"

/* One evaluation as guard/proxy.c makes it for a request. */
static int eval_for(const rl_guard *g, int format, const rl_buf *rq, const rl_buf *input,
		    const rl_buf *body, rl_guard_verdict *v, rl_err *e)
{
	gw_resp resp;
	rl_policy_ctx ctx = {.agent = "bench"};
	ge_req req = {rq->s, rq->len, format, 1};
	int rc;
	memset(v, 0, sizeof *v);
	if ((rc = gw_resp_read(format, body->s, body->len, &resp, e)))
		return rc;
	rc = rl_guard_eval_resp(g, &ctx, input->s, input->len, &req, &resp, v, e);
	gw_resp_free(&resp);
	return rc;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	const char *policy = NULL, *file = NULL, *reqf = NULL;
	rl_buf rq = RL_BUF_INIT, input = RL_BUF_INIT;
	int format = RL_GUARD_OPENAI, i, argi = 0;
	long n = 0;
	rl_buf body = RL_BUF_INIT;
	rl_guard *g;
	rl_err e;
	double *t, *c;
	int action = 0;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--policy") && i + 1 < argc)
			policy = argv[++i];
		else if (!strcmp(argv[i], "--request") && i + 1 < argc)
			reqf = argv[++i];
		else if (!strcmp(argv[i], "--format") && i + 1 < argc)
			format = !strcmp(argv[++i], "anthropic") ? RL_GUARD_ANTHROPIC
								 : RL_GUARD_OPENAI;
		else if (argi == 0)
			file = argv[i], argi++;
		else
			n = atol(argv[i]);
	}
	if (!file || n <= 0) {
		fprintf(stderr,
			"usage: guard_evalbench [--policy FILE] [--format F] [--request REQ] "
			"RESPONSE N\n");
		return 2;
	}
	if (rl_read_file(file, 64u << 20, &body, &e) || rl_guard_new(policy, &g, &e)) {
		fprintf(stderr, "guard_evalbench: %s\n", e.msg);
		return 2;
	}
	if (reqf) {
		int stream;
		const char *last = NULL;
		size_t lastn = 0;
		if (rl_read_file(reqf, 64u << 20, &rq, &e) ||
		    gw_request_scan(format, rq.s, rq.len, &stream, &last, &lastn, &e) != 0) {
			fprintf(stderr,
				"guard_evalbench: %s: not a request the fast reader takes\n", reqf);
			return 2;
		}
		if (last)
			gw_input_scan(last, lastn, &input);
	}
	t = malloc((size_t)n * sizeof *t);
	c = malloc((size_t)n * sizeof *c);
	for (i = -200; i < n; i++) {
		struct timespec a, b, ca, cb;
		rl_guard_verdict v;
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ca);
		clock_gettime(CLOCK_MONOTONIC, &a);
		if (reqf ? eval_for(g, format, &rq, &input, &body, &v, &e)
			 : rl_guard_check_response(g, format, "bench", body.s, body.len, &v, &e)) {
			fprintf(stderr, "guard_evalbench: %s\n", e.msg);
			return 3;
		}
		clock_gettime(CLOCK_MONOTONIC, &b);
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cb);
		action = v.action;
		rl_guard_verdict_free(&v);
		if (i >= 0) {
			t[i] = (double)(b.tv_sec - a.tv_sec) * 1e6 +
			       (double)(b.tv_nsec - a.tv_nsec) / 1e3;
			c[i] = (double)(cb.tv_sec - ca.tv_sec) * 1e6 +
			       (double)(cb.tv_nsec - ca.tv_nsec) / 1e3;
		}
	}
	qsort(t, (size_t)n, sizeof *t, cmp);
	qsort(c, (size_t)n, sizeof *c, cmp);
	printf("%.1f %.1f %.1f %.1f %.1f %s\n", t[n / 2], t[(size_t)((double)n * 0.99)], t[n - 1],
	       c[n / 2], c[(size_t)((double)n * 0.99)], rl_guard_action_name(action));
	free(t);
	free(c);
	rl_guard_free(g);
	rl_buf_free(&body);
	rl_buf_free(&rq);
	rl_buf_free(&input);
	return 0;
}
