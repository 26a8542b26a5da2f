/* fuzz_sse.c: libFuzzer target for the SSE parser and every stream
 * accumulator (Chat Completions, Messages, Gemini, Responses) (the guard proxies these streams from
 * upstreams). The input is fed in pieces whose sizes come from the input itself, so CR/LF pairs and
 * events split across reads are exercised. */
#include <stddef.h>
#include <stdint.h>

#include "redline/provider.h"

static int count(void *ud, const char *event, const char *data, size_t n)
{
	(void)event;
	(void)data;
	(*(size_t *)ud) += n;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int w;
	size_t step = size ? (size_t)(data[0] % 17) + 1 : 1;
	rl_sse p;
	size_t i, total = 0;

	rl_sse_init(&p);
	p.max_event = 4096;
	for (i = 0; i < size; i += step)
		if (rl_sse_feed(&p, (const char *)data + i, size - i < step ? size - i : step,
				count, &total))
			break;
	rl_sse_free(&p);

	for (w = RL_WIRE_OPENAI; w <= RL_WIRE_RESPONSES; w++) {
		rl_stream *s;
		rl_response r;
		rl_err e;
		if (w == RL_WIRE_MOCK)
			continue;
		if (rl_stream_new(w, &s, &e))
			return 0;
		for (i = 0; i < size; i += step)
			if (rl_stream_feed(s, (const char *)data + i,
					   size - i < step ? size - i : step, &e))
				break;
		rl_stream_finish(s, &r, &e);
		if (r.text && r.text[r.text_len] != '\0')
			__builtin_trap();
		rl_response_free(&r);
		rl_stream_free(s);
	}
	return 0;
}
