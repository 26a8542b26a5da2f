/* fake/fake.h: the fake provider server, as a library (tests, benchmarks)
 * and behind `redline fake-provider`. It speaks OpenAI Chat Completions,
 * the OpenAI Responses API, Anthropic Messages and Gemini generateContent
 * on their real paths (rendered by the codecs, src/codec/),
 * streaming (SSE) and not, answers from a mock script (rl_mock_*), and
 * injects faults on demand. Loopback only.
 *
 * Faults (what a request gets instead of its answer):
 *   429 (with Retry-After), 500, 503, 529, hang (no answer until hang_ms),
 *   reset (connection closed mid-body), truncate (2xx with half a JSON
 *   body), invalid (2xx with a non-JSON body), empty (a valid answer with
 *   empty content), echo-key (401 whose error message quotes the request's
 *   whole key header: Authorization's token, x-api-key, x-goog-api-key),
 *   echo-key-escaped (the same with the key JSON-escaped: \/, \u00XX),
 *   echo-key-part (all but the key's last 4 characters, and its last 2/3),
 *   nul (a valid answer with U+0000, as \u0000, in the middle of its text).
 * Chosen per request by, first match wins:
 *   - the header "X-Fake-Fault: KIND";
 *   - a marker "[[fault:KIND]]" or "[[fault:KIND*N]]" in the prompt (the
 *     N form faults only the first N requests carrying the same prompt, so
 *     a test sees retry-then-success);
 *   - the schedule `faults`, comma-separated "KIND[:first=N][:every=N]
 *     [:retry-after=S|:retry-after-date=S]": the first N requests, or
 *     every Nth request (counting all requests from 1). Retry-After
 *     (seconds, default 1; or an HTTP date S seconds ahead) is sent with
 *     429 and 503.
 * "X-Fake-Latency-Ms: N" overrides the latency for one request, and
 * "X-Fake-Stream-Delay-Ms: N" the pause between one stream's events.
 *
 * Ownership: rl_fake_start allocates; rl_fake_stop stops the threads,
 * answers anything parked, and frees. */
#ifndef RL_FAKE_H
#define RL_FAKE_H

#include <stdint.h>

#include "redline/err.h"

typedef struct rl_fake rl_fake;

typedef struct rl_fake_opts {
	const char *listen;      /* "127.0.0.1:PORT"; PORT 0 picks a free one
				    (default "127.0.0.1:0"); loopback only */
	int latency_ms;          /* added before every answer (0 none) */
	const char *script_path; /* mock script (NULL: built-in answers) */
	const char *faults;      /* schedule (NULL: none) */
	int hang_ms;             /* how long "hang" parks a request (default 600000) */
	int require_auth;        /* 401 unless the wire's key header is present */
	const char *log_path;    /* JSON Lines, one per request (NULL: none) */
	int threads;             /* MHD thread pool (default: number of CPUs) */
	int chunk_bytes;         /* SSE text delta size (default 24) */
	int stream_delay_ms;     /* pause between SSE events (0 none); the
				    connection is parked meanwhile */
} rl_fake_opts;

typedef struct rl_fake_stats {
	uint64_t requests;       /* model requests received (stats GETs excluded) */
	uint64_t ok;             /* answered 2xx without a fault */
	uint64_t faults;         /* faults injected */
	uint64_t bad;            /* 4xx for malformed requests / auth */
	uint64_t distinct;       /* distinct prompts seen */
	uint64_t max_per_prompt; /* most requests carrying one prompt */
	uint64_t parked;         /* requests waiting now (latency/hang) */
	uint64_t max_parked;     /* most requests waiting at once */
	uint64_t body_bytes;     /* model request bodies received, bytes in all */
} rl_fake_stats;

int rl_fake_start(const rl_fake_opts *o, rl_fake **out, rl_err *e);
/* The bound TCP port. */
int rl_fake_port(const rl_fake *f);
void rl_fake_get_stats(rl_fake *f, rl_fake_stats *s);
/* Answer every parked request now (tests that must not depend on timing). */
void rl_fake_release(rl_fake *f);
void rl_fake_stop(rl_fake *f);

#endif
