/* fuzz_codec_diff.c: differential target between the guard's fast
 * in-place readers (gw_resp_read: guard/wire.c, the fast path) and the
 * wire codec (rl_provider_decode: codec/openai_chat.c, codec/anthropic.c)
 * on the same response body (and, for the Responses API, the guard's tree
 * reader against codec/responses.c). The first byte picks Chat
 * Completions, Messages or Responses. When both accept the body, they must yield the same tool
 * calls in the same order -- name and arguments (compared as JSON values,
 * keys sorted) -- for the first choice: the policy must see the same
 * actions whichever reader ran. Known, deliberate differences are left
 * out: the codec reads only choices[0] (the guard reads all: only its
 * choice-0 calls are compared), and the codec reads U+0000 as U+FFFD
 * (inputs with \u0000 are skipped). */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "codec/codec.h"
#include "guard/wire.h"
#include "redline/provider.h"

/* Arguments text as a canonical JSON value, or the text itself. */
static json_t *canon(const char *a, size_t n)
{
	json_t *v = json_loadb(a, n, JSON_DECODE_ANY, NULL);
	char *s;
	json_t *out;
	if (!v)
		return json_stringn_nocheck(a, n);
	s = json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
	json_decref(v);
	out = s ? json_string_nocheck(s) : NULL;
	free(s);
	return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int pick = size ? data[0] % 3 : 0;
	int gfmt = pick == 0   ? RL_GUARD_OPENAI
		   : pick == 1 ? RL_GUARD_ANTHROPIC
			       : RL_GUARD_RESPONSES;
	int wire = pick == 0 ? RL_WIRE_OPENAI : pick == 1 ? RL_WIRE_ANTHROPIC : RL_WIRE_RESPONSES;
	const char *body = (const char *)data + (size ? 1 : 0);
	size_t n = size ? size - 1 : 0, i, k = 0;
	gw_resp g;
	rl_response r;
	rl_err e;
	json_t *calls;

	if (memmem(body, n, "\\u0000", 6) || memchr(body, 0, n))
		return 0;
	if (gw_resp_read(gfmt, body, n, &g, &e))
		return 0;
	rl_response_init(&r);
	if (rl_provider_decode(wire, 200, body, n, &r, &e) || r.error) {
		rl_response_free(&r);
		gw_resp_free(&g);
		return 0;
	}
	calls = rl_codec_calls(r.calls_wire, r.tool_calls, r.tool_calls_len);
	if (!calls)
		__builtin_trap();
	for (i = 0; i < g.ncalls; i++) {
		json_t *c, *ga, *ca;
		const char *cargs;
		if (g.calls[i].choice != 0)
			continue;
		c = json_array_get(calls, k++);
		if (!c || strcmp(rl_json_str(c, "name"), g.calls[i].name))
			__builtin_trap(); /* a call one reader sees and the other does not */
		cargs = rl_json_str(c, "arguments");
		ga = canon(g.calls[i].args, g.calls[i].args_len);
		ca = canon(cargs, strlen(cargs));
		if (!json_equal(ga, ca))
			__builtin_trap(); /* the same call with other arguments */
		json_decref(ga);
		json_decref(ca);
	}
	if (k != json_array_size(calls))
		__builtin_trap();
	json_decref(calls);
	rl_response_free(&r);
	gw_resp_free(&g);
	return 0;
}
