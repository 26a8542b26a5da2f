/* fuzz_responses_resp.c: libFuzzer target for the Responses API codec:
 * the decoder on untrusted bodies (success and error statuses, see
 * resp_check.h), the same bytes as a typed event stream fed in pieces,
 * and -- for what decodes -- the renderers and stream synthesis of every
 * wire on that hostile content: each rendered body must decode back to
 * the same answer text, each synthesised stream must accumulate to it, and
 * a verdict dropping the first call must still render well-formed. */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "codec/codec.h"
#include "redline/guard.h"
#include "redline/provider.h"
#include "resp_check.h"

static const int wires[] = {RL_WIRE_OPENAI, RL_WIRE_ANTHROPIC, RL_WIRE_GEMINI, RL_WIRE_RESPONSES};

static void same_text(const rl_response *a, const rl_response *b)
{
	if (b->text_len != a->text_len || memcmp(a->text, b->text, a->text_len))
		__builtin_trap();
}

static void round_trips(const rl_response *in)
{
	rl_codec_out o = {"m", 1, 1, 7, 0};
	size_t w;
	for (w = 0; w < 4; w++) {
		rl_buf b = RL_BUF_INIT;
		rl_sse_w sw;
		rl_response r;
		rl_stream *s;
		rl_err e;
		if (rl_codec_render(wires[w], in, &o, &b))
			__builtin_trap(); /* a decoded answer always renders */
		rl_response_init(&r);
		if (rl_provider_decode(wires[w], 200, b.s, b.len, &r, &e))
			__builtin_trap();
		same_text(in, &r);
		rl_response_free(&r);
		rl_buf_free(&b);
		rl_sse_w_init(&sw);
		if (rl_codec_synth(wires[w], in, &o, &sw) || rl_stream_new(wires[w], &s, &e))
			__builtin_trap();
		if (rl_stream_feed(s, sw.b.s, sw.b.len, &e) || rl_stream_finish(s, &r, &e))
			__builtin_trap();
		same_text(in, &r);
		rl_response_free(&r);
		rl_stream_free(s);
		rl_sse_w_free(&sw);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	rl_response r;
	rl_err e;
	size_t i, step = size ? (size_t)(data[0] % 13) + 1 : 1;
	rl_stream *s;

	rl_fuzz_decode(RL_WIRE_RESPONSES, data, size);

	if (!rl_stream_new(RL_WIRE_RESPONSES, &s, &e)) {
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

	rl_response_init(&r);
	if (size < 8192 &&
	    !rl_provider_decode(RL_WIRE_RESPONSES, 200, (const char *)data, size, &r, &e) &&
	    !r.error) {
		rl_guard_item it;
		rl_guard_verdict v;
		round_trips(&r);
		memset(&it, 0, sizeof it);
		it.action = RL_GUARD_BLOCK;
		it.call = 0;
		memset(&v, 0, sizeof v);
		v.items = &it;
		v.nitems = 1;
		if (rl_codec_rewrite(&r, &v, 0, &e) == 0)
			round_trips(&r);
	}
	rl_response_free(&r);
	return 0;
}
