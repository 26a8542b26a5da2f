/* cmd_fake_provider.c: `redline fake-provider`: the loopback model server
 * (src/fake) as a process, for CLI tests, benchmarks and demos. It prints
 * its base URL on the first line of stdout (so port 0 is usable from
 * scripts), serves until SIGINT/SIGTERM, then prints its counters. */
#include "cli/cli.h"

#include <getopt.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fs.h"
#include "base/util.h"
#include "fake/fake.h"
#include "redline/buf.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: redline fake-provider [--listen 127.0.0.1:PORT] [--script FILE]\n"
		"                             [--latency-ms N] [--fault SPEC]... [--hang-ms N]\n"
		"                             [--require-auth] [--log FILE] [--threads N]\n"
		"                             [--stream-delay-ms N] [--port-file FILE]\n\n"
		"A loopback server speaking OpenAI Chat Completions (POST /v1/chat/completions),\n"
		"the OpenAI Responses API (POST /v1/responses), Anthropic Messages\n"
		"(POST /v1/messages) and Gemini generateContent\n"
		"(POST /v1beta/models/MODEL:generateContent), streaming (\"stream\": true) or not.\n"
		"Answers come from a mock script (see docs/providers.md) or built-in text.\n\n"
		"  --listen HOST:PORT   loopback address (default 127.0.0.1:0 = any free port)\n"
		"  --script FILE        mock script (YAML/JSON) choosing answers by model, prompt,\n"
		"                       turn, and condition/sample when a request carries\n"
		"                       'X-Redline-Condition' and 'X-Redline-Sample' (a run sends\n"
		"                       them from a model's headers: with ${condition}, ${sample})\n"
		"  --latency-ms N       wait N ms before every answer (no thread is held)\n"
		"  --fault SPEC         KIND[:first=N][:every=N][:retry-after[-date]=S], repeatable;\n"
		"                       KIND: 429 500 503 529 hang reset truncate invalid empty\n"
		"                       echo-key (401 quoting the request's key), echo-key-escaped\n"
		"                       (JSON-escaped), echo-key-part (a long prefix and suffix)\n"
		"                       nul (U+0000 in a valid answer's text)\n"
		"  --hang-ms N          how long a 'hang' lasts (default 600000)\n"
		"  --stream-delay-ms N  pause N ms between the events of a stream\n"
		"  --require-auth       401 unless the API's key header is present\n"
		"  --log FILE           append one JSON line per request\n"
		"  --threads N          HTTP threads (default: CPUs)\n"
		"  --port-file FILE     also write the bound port to FILE (atomically)\n\n"
		"Per request: header 'X-Fake-Fault: KIND', or '[[fault:KIND]]' / '[[fault:KIND*N]]'\n"
		"in the prompt; headers 'X-Fake-Latency-Ms: N', 'X-Fake-Stream-Delay-Ms: N'.\n"
		"GET /_fake/stats returns counters.\n"
		"Prints the base URL (http://127.0.0.1:PORT) on stdout; stops on SIGINT/SIGTERM.\n");
}

static int int_arg(const char *opt, const char *v, int *out)
{
	long n;
	if (rl_parse_long(v, 0, 100000000, &n)) {
		rl_cli_error("%s: expected a non-negative integer, got '%s'", opt, v ? v : "");
		return -1;
	}
	*out = (int)n;
	return 0;
}

int cmd_fake_provider(int argc, char **argv)
{
	static const struct option lo[] = {
		{"listen", required_argument, NULL, 'l'},
		{"script", required_argument, NULL, 's'},
		{"log", required_argument, NULL, 'L'},
		{"port-file", required_argument, NULL, 'p'},
		{"fault", required_argument, NULL, 'f'},
		{"latency-ms", required_argument, NULL, 'a'},
		{"hang-ms", required_argument, NULL, 'H'},
		{"stream-delay-ms", required_argument, NULL, 'd'},
		{"threads", required_argument, NULL, 't'},
		{"require-auth", no_argument, NULL, 'r'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	rl_fake_opts o;
	rl_fake *f;
	rl_fake_stats st;
	rl_err e;
	rl_buf faults = RL_BUF_INIT;
	const char *port_file = NULL;
	sigset_t set;
	int i, sig = 0;

	if (rl_cli_wants_help(argc, argv)) {
		usage(stdout);
		return RL_EXIT_OK;
	}
	memset(&o, 0, sizeof o);
	optind = 0;
	while ((i = rl_cli_getopt(argc, argv, "h", lo, "fake-provider")) != -1) {
		switch (i) {
		case 'l': o.listen = optarg; break;
		case 's': o.script_path = optarg; break;
		case 'L': o.log_path = optarg; break;
		case 'p': port_file = optarg; break;
		case 'f':
			if (faults.len)
				rl_buf_addc(&faults, ',');
			rl_buf_adds(&faults, optarg);
			break;
		case 'a':
			if (int_arg("--latency-ms", optarg, &o.latency_ms))
				goto usage_err;
			break;
		case 'H':
			if (int_arg("--hang-ms", optarg, &o.hang_ms))
				goto usage_err;
			break;
		case 'd':
			if (int_arg("--stream-delay-ms", optarg, &o.stream_delay_ms))
				goto usage_err;
			break;
		case 't':
			if (int_arg("--threads", optarg, &o.threads))
				goto usage_err;
			break;
		case 'r': o.require_auth = 1; break;
		default: goto usage_err;
		}
	}
	if (optind < argc) {
		rl_cli_error("fake-provider: unexpected argument '%s' (see --help)", argv[optind]);
		goto usage_err;
	}
	o.faults = faults.len ? faults.s : NULL;

	/* Block the stop signals before MHD starts its threads, so only
	 * sigwait below sees them. */
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	if (rl_fake_start(&o, &f, &e)) {
		rl_buf_free(&faults);
		return rl_cli_fail(&e);
	}
	if (port_file) {
		char buf[16];
		int n = snprintf(buf, sizeof buf, "%d\n", rl_fake_port(f));
		if (rl_write_file_atomic(port_file, buf, (size_t)n, &e)) {
			rl_fake_stop(f);
			rl_buf_free(&faults);
			return rl_cli_fail(&e);
		}
	}
	printf("http://127.0.0.1:%d\n", rl_fake_port(f));
	fflush(stdout);
	sigwait(&set, &sig);
	rl_fake_get_stats(f, &st);
	rl_fake_stop(f);
	fprintf(stderr,
		"fake-provider: %llu requests, %llu ok, %llu faults, %llu bad, %llu distinct "
		"prompts (max %llu per prompt)\n",
		(unsigned long long)st.requests, (unsigned long long)st.ok,
		(unsigned long long)st.faults, (unsigned long long)st.bad,
		(unsigned long long)st.distinct, (unsigned long long)st.max_per_prompt);
	rl_buf_free(&faults);
	return RL_EXIT_OK;
usage_err:
	rl_buf_free(&faults);
	return RL_EXIT_USAGE;
}
