/* test_guard_compartment.c: request-side compartmentalization
 * (rl_guard_redact_request) must keep the policy's sensitive content out of
 * everything that reaches the upstream, not only message text: tool
 * descriptions and schemas, message `name` fields, top-level extras,
 * tool-call arguments in the history, Anthropic document blocks; and it
 * must refuse what it cannot redact (a base64 or URL document). The policy
 * is the guard tests' (sensitive: "Project Aurora" and an SSN pattern). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redline/guard.h"

#define TEST_POLICY "tests/data/guard/policy.yaml"

static rl_guard *G;

static int setup(void **st)
{
	rl_err e;
	(void)st;
	return rl_guard_new(TEST_POLICY, &G, &e);
}

static int teardown(void **st)
{
	(void)st;
	rl_guard_free(G);
	return 0;
}

/* Redact `req`; the result must be valid, changed and free of both
 * sensitive terms (any case, since keywords are case-insensitive). */
static void clean(int format, const char *req)
{
	rl_buf out = RL_BUF_INIT;
	rl_err e;
	int changed = 0;
	assert_int_equal(
		rl_guard_redact_request(G, format, NULL, req, strlen(req), &out, &changed, &e), 0);
	if (strcasestr(out.s, "aurora") || strstr(out.s, "123-45-6789"))
		fail_msg("sensitive content reached the upstream: %s", out.s);
	assert_int_equal(changed, 1);
	assert_non_null(strstr(out.s, "[REDACTED]"));
	rl_buf_free(&out);
}

static void refused(int format, const char *req)
{
	rl_buf out = RL_BUF_INIT;
	rl_err e;
	int changed = 0;
	assert_int_equal(
		rl_guard_redact_request(G, format, NULL, req, strlen(req), &out, &changed, &e),
		RL_EUNSUPP);
	assert_non_null(strstr(e.msg, "cannot be redacted"));
	rl_buf_free(&out);
}

static void tool_descriptions(void **st)
{
	(void)st;
	clean(RL_GUARD_OPENAI,
	      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
	      "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"lookup\","
	      "\"description\":\"Looks up Project Aurora files\",\"parameters\":{\"type\":\"object\","
	      "\"properties\":{\"q\":{\"type\":\"string\",\"description\":\"an id like 123-45-6789\"}}}}}]}");
	clean(RL_GUARD_ANTHROPIC,
	      "{\"model\":\"m\",\"max_tokens\":9,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
	      "\"tools\":[{\"name\":\"lookup\",\"description\":\"about project aurora\",\"input_schema\":{\"type\":\"object\"}}]}");
}

static void name_fields_and_extras(void **st)
{
	(void)st;
	clean(RL_GUARD_OPENAI,
	      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"name\":\"Project Aurora\",\"content\":\"hi\"}]}");
	clean(RL_GUARD_OPENAI,
	      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
	      "\"metadata\":{\"topic\":\"Project Aurora\"},\"user\":\"123-45-6789\"}");
	clean(RL_GUARD_ANTHROPIC,
	      "{\"model\":\"m\",\"max_tokens\":9,\"metadata\":{\"user_id\":\"Project Aurora\"},"
	      "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
	/* system as an array of blocks */
	clean(RL_GUARD_ANTHROPIC,
	      "{\"model\":\"m\",\"max_tokens\":9,\"system\":[{\"type\":\"text\",\"text\":\"Project Aurora\"}],"
	      "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");
}

static void history_tool_calls(void **st)
{
	(void)st;
	/* OpenAI: arguments is a JSON string holding JSON */
	clean(RL_GUARD_OPENAI,
	      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
	      "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c1\",\"type\":\"function\","
	      "\"function\":{\"name\":\"email\",\"arguments\":\"{\\\"body\\\":\\\"Project Aurora is late\\\"}\"}}]},"
	      "{\"role\":\"tool\",\"tool_call_id\":\"c1\",\"content\":\"ok\"}]}");
	/* legacy function_call in the history */
	clean(RL_GUARD_OPENAI,
	      "{\"model\":\"m\",\"messages\":[{\"role\":\"assistant\",\"content\":null,"
	      "\"function_call\":{\"name\":\"f\",\"arguments\":\"{\\\"x\\\":\\\"123-45-6789\\\"}\"}},"
	      "{\"role\":\"user\",\"content\":\"go on\"}]}");
	/* Anthropic: tool_use input is an object; tool_result content blocks */
	clean(RL_GUARD_ANTHROPIC,
	      "{\"model\":\"m\",\"max_tokens\":9,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},"
	      "{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"t1\",\"name\":\"email\","
	      "\"input\":{\"body\":\"Project Aurora\",\"cc\":[\"x\",\"123-45-6789\"]}}]},"
	      "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"t1\","
	      "\"content\":[{\"type\":\"text\",\"text\":\"sent Project Aurora\"}]}]}]}");
}

static void documents(void **st)
{
	(void)st;
	clean(RL_GUARD_ANTHROPIC,
	      "{\"model\":\"m\",\"max_tokens\":9,\"messages\":[{\"role\":\"user\",\"content\":["
	      "{\"type\":\"document\",\"title\":\"Project Aurora\",\"context\":\"x\",\"source\":{\"type\":\"text\","
	      "\"media_type\":\"text/plain\",\"data\":\"the Project Aurora plan\"}},"
	      "{\"type\":\"text\",\"text\":\"summarise\"}]}]}");
	/* a PDF or a URL cannot be redacted: refused, not forwarded */
	refused(RL_GUARD_ANTHROPIC,
		"{\"model\":\"m\",\"max_tokens\":9,\"messages\":[{\"role\":\"user\",\"content\":["
		"{\"type\":\"document\",\"source\":{\"type\":\"base64\",\"media_type\":\"application/pdf\","
		"\"data\":\"JVBERi0xLjQK\"}}]}]}");
	refused(RL_GUARD_ANTHROPIC,
		"{\"model\":\"m\",\"max_tokens\":9,\"messages\":[{\"role\":\"user\",\"content\":["
		"{\"type\":\"document\",\"source\":{\"type\":\"url\",\"url\":\"https://docs.example/a.pdf\"}}]}]}");
	refused(RL_GUARD_OPENAI,
		"{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":["
		"{\"type\":\"file\",\"file\":{\"file_data\":\"JVBERi0xLjQK\",\"filename\":\"a.pdf\"}}]}]}");
}

static void escapes_are_decoded(void **st)
{
	(void)st;
	/* a keyword's space matches any whitespace: a JSON \n or \t between
	 * the words is still the term once decoded */
	clean(RL_GUARD_OPENAI,
	      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Project\\nAurora\"}]}");
	clean(RL_GUARD_OPENAI,
	      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Project\\tAurora\"}]}");
	clean(RL_GUARD_OPENAI,
	      "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
	      "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"description\":\"Proj\\u0065ct Aurora\"}}]}");
}

static void keys_are_refused(void **st)
{
	(void)st;
	/* an object key cannot be replaced without changing the request's
	 * structure: refused */
	refused(RL_GUARD_OPENAI,
		"{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],"
		"\"metadata\":{\"Project Aurora\":\"x\"}}");
}

static void clean_requests_unchanged(void **st)
{
	rl_buf out = RL_BUF_INIT;
	rl_err e;
	int changed = 1;
	const char req[] =
		"{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"line one\\nline two\"}],"
		"\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"description\":\"d\"}}]}";
	(void)st;
	assert_int_equal(rl_guard_redact_request(G, RL_GUARD_OPENAI, NULL, req, strlen(req), &out,
						 &changed, &e),
			 0);
	assert_int_equal(changed, 0);
	assert_string_equal(out.s, req);
	rl_buf_free(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tool_descriptions),
		cmocka_unit_test(name_fields_and_extras),
		cmocka_unit_test(history_tool_calls),
		cmocka_unit_test(documents),
		cmocka_unit_test(escapes_are_decoded),
		cmocka_unit_test(keys_are_refused),
		cmocka_unit_test(clean_requests_unchanged),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
