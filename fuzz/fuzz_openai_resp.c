/* fuzz_openai_resp.c: libFuzzer target for the openai response decoder
 * (rl_provider_decode): untrusted bytes from a model API, as a success
 * body and as an error body (see resp_check.h). The same bytes also go
 * through the request encoder as a message, whose body must always be
 * valid JSON carrying the text (bad UTF-8 as U+FFFD). */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "provider/internal.h"
#include "redline/provider.h"
#include "resp_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	rl_fuzz_decode(RL_WIRE_OPENAI, data, size);

	{
		/* the fast parser agrees with jansson on everything it accepts,
		 * and accepts everything jansson does in plain inputs */
		json_t *fa = rl_json_fast_parse((const char *)data, size);
		json_t *ja = json_loadb((const char *)data, size, JSON_DECODE_ANY, NULL);
		if (fa && (!ja || !json_equal(fa, ja)))
			__builtin_trap();
		/* known differences, left to jansson on purpose: a NUL (jansson
		 * stops there), exponents (range), numbers of 64+ characters */
		size_t run = 0, maxrun = 0, i;
		for (i = 0; i < size; i++) {
			run = (data[i] >= '0' && data[i] <= '9') || data[i] == '.' || data[i] == '-'
				      ? run + 1
				      : 0;
			if (run > maxrun)
				maxrun = run;
		}
		if (!fa && ja && size < 4096 && !memchr(data, 'e', size) &&
		    !memchr(data, 'E', size) && !memchr(data, 0, size) && maxrun < 60)
			__builtin_trap();
		json_decref(fa);
		json_decref(ja);
	}

	{
		char *text = malloc(size + 1);
		rl_model_spec m;
		rl_message msg = {"user", text};
		rl_request rq;
		rl_buf url = RL_BUF_INIT, hdr = RL_BUF_INIT, body = RL_BUF_INIT;
		rl_err e;
		json_t *v;
		if (!text)
			return 0;
		memcpy(text, data, size);
		text[size] = '\0'; /* C strings: the text ends at the first NUL */
		memset(&rq, 0, sizeof rq);
		rl_model_spec_parse("openai:m@http://127.0.0.1:1/v1", &m, &e);
		rq.model = &m;
		rq.messages = &msg;
		rq.nmessages = 1;
		rq.temperature = -1;
		if (rl_provider_encode(&rq, NULL, &url, &hdr, &body, &e))
			__builtin_trap();
		v = json_loadb(body.s, body.len, 0, NULL);
		if (!v)
			__builtin_trap();
		{
			const char *c = json_string_value(json_object_get(
				json_array_get(json_object_get(v, "messages"), 0), "content"));
			json_t *orig = json_string(text); /* NULL unless valid UTF-8 */
			if (!c || (orig && strcmp(c, json_string_value(orig))))
				__builtin_trap();
			json_decref(orig);
		}
		json_decref(v);
		rl_buf_free(&url);
		rl_buf_free(&hdr);
		rl_buf_free(&body);
		free(text);
	}
	return 0;
}
