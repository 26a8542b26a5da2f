/* fuzz_specs.c: the small parsers of names users and files hand redline:
 * condition ids (from databases, command lines and configs), model specs
 * (configs, --model, --judge) with their request encoding, and mock
 * scripts (YAML/JSON test fixtures that also drive the fake provider),
 * answered for a request. The first byte picks the parser. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "redline/pack.h"
#include "redline/provider.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *z;
	rl_err e;
	if (size < 1)
		return 0;
	z = malloc(size);
	if (!z)
		return 0;
	memcpy(z, data + 1, size - 1);
	z[size - 1] = 0; /* NUL-terminated copy of the rest */
	rl_err_clear(&e);
	switch (data[0] % 3) {
	case 0: {
		rl_condition c;
		char id[RL_COND_ID_MAX];
		if (rl_condition_parse(z, &c, &e) == 0) {
			rl_condition c2;
			/* a parsed id formats, and the canonical form parses again */
			if (rl_condition_format(&c, id, sizeof id) == 0 &&
			    rl_condition_parse(id, &c2, &e) != 0)
				abort();
		} else if (!e.msg[0]) {
			abort();
		}
		break;
	}
	case 1: {
		rl_model_spec m;
		if (rl_model_spec_parse(z, &m, &e) == 0) {
			rl_message msg = {.role = "user", .content = "hi"};
			rl_request rq = {.model = &m,
					 .system = "s",
					 .messages = &msg,
					 .nmessages = 1,
					 .temperature = -1};
			rl_buf url = RL_BUF_INIT, hdr = RL_BUF_INIT, body = RL_BUF_INIT;
			if (!memchr(m.id, 0, sizeof m.id) ||
			    !memchr(m.base_url, 0, sizeof m.base_url))
				abort();
			if (m.provider[0] && strcmp(m.provider, "mock"))
				rl_provider_encode(&rq, "k", &url, &hdr, &body, &e);
			rl_buf_free(&url);
			rl_buf_free(&hdr);
			rl_buf_free(&body);
		} else if (!e.msg[0]) {
			abort();
		}
		break;
	}
	default: {
		rl_mock_script *s = NULL;
		if (rl_mock_script_parse("f.yaml", (const char *)data + 1, size - 1, &s, &e) == 0) {
			rl_model_spec m;
			rl_message msg = {.role = "user", .content = "PLEASE-CANCEL Tamsin"};
			rl_request rq = {.messages = &msg,
					 .nmessages = 1,
					 .condition = "coercion_x",
					 .sample = 2,
					 .temperature = -1};
			rl_response r;
			if (rl_model_spec_parse("mock:agent", &m, &e))
				abort();
			rq.model = &m;
			rl_response_init(&r);
			rl_mock_answer(s, &rq, &r, &e);
			rl_response_free(&r);
			rl_mock_script_free(s);
		} else if (!e.msg[0]) {
			abort();
		}
		break;
	}
	}
	free(z);
	return 0;
}
