/* test_jsonkey.c: pol_json_next_key (src/policy/jsonkey.h), the loose
 * "key": value reader sglive.c and alertact.c share, against a reference:
 * jansson's own reading of the same object's members, for texts that are
 * valid JSON; and on cut texts, the members before the cut. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "policy/jsonkey.h"

/* keys read from h, joined by '|' into out */
static void keys(const char *h, size_t maxk, char *out, size_t cap)
{
	size_t i = 0, ks = 0, ke = 0, v = 0, o = 0;
	out[0] = '\0';
	while (pol_json_next_key(h, strlen(h), &i, maxk, &ks, &ke, &v)) {
		int w = snprintf(out + o, cap - o, "%s%.*s", o ? "|" : "", (int)(ke - ks), h + ks);
		assert_true(w > 0 && (size_t)w < cap - o);
		o += (size_t)w;
	}
}

/* the reference: jansson's keys of a flat object, in order */
static void ref_keys(const char *h, char *out, size_t cap)
{
	json_error_t je;
	json_t *o = json_loads(h, JSON_PRESERVE_ORDER, &je);
	const char *k;
	json_t *val;
	size_t n = 0;
	assert_non_null(o);
	out[0] = '\0';
	json_object_foreach(o, k, val) {
		int w = snprintf(out + n, cap - n, "%s%s", n ? "|" : "", k);
		assert_true(w > 0 && (size_t)w < cap - n);
		n += (size_t)w;
	}
	json_decref(o);
}

static void long_values_keep_step(void **st)
{
	/* a value over the key limit, with a colon and escaped quotes in it:
	 * the scan must not take its closing quote for a key's opening one */
	const char *h = "{\"caller\": \"she said \\\"the pump: it stopped\\\" and then the line "
			"went quiet for a long while\", \"reply\": \"none\", \"level\": 3}";
	char a[256], b[256];
	(void)st;
	keys(h, 48, a, sizeof a);
	ref_keys(h, b, sizeof b);
	assert_string_equal(a, b);
	assert_string_equal(a, "caller|reply|level");
}

static void values_start_after_spaces(void **st)
{
	const char *h = "{\"ppm\" :   52, \"limit\":30}";
	size_t i = 0, ks = 0, ke = 0, v = 0;
	(void)st;
	assert_true(pol_json_next_key(h, strlen(h), &i, 48, &ks, &ke, &v));
	assert_int_equal(ke - ks, 3);
	assert_memory_equal(h + v, "52", 2);
	assert_true(pol_json_next_key(h, strlen(h), &i, 48, &ks, &ke, &v));
	assert_memory_equal(h + v, "30", 2);
	assert_false(pol_json_next_key(h, strlen(h), &i, 48, &ks, &ke, &v));
}

static void long_keys_and_cut_texts(void **st)
{
	char a[256];
	(void)st;
	/* a key longer than maxk is passed over, the next one still read */
	keys("{\"a_very_long_key_name_indeed\": 1, \"b\": 2}", 8, a, sizeof a);
	assert_string_equal(a, "b");
	/* a text cut inside a string, inside a key, after a colon */
	keys("{\"x\": 1, \"note\": \"unfinish", 48, a, sizeof a);
	assert_string_equal(a, "x|note");
	keys("{\"x\": 1, \"no", 48, a, sizeof a);
	assert_string_equal(a, "x");
	keys("{\"x\":", 48, a, sizeof a);
	assert_string_equal(a, "x");
	keys("", 48, a, sizeof a);
	assert_string_equal(a, "");
	/* a trailing backslash does not read past the end */
	keys("{\"x\": \"\\", 48, a, sizeof a);
	assert_string_equal(a, "x");
	/* one escaped quote in a value (an inch mark) keeps the pairing */
	keys("{\"size\": \"5\\\" pipe\", \"k\": 1}", 48, a, sizeof a);
	assert_string_equal(a, "size|k");
	/* strings that are values in a list are no keys */
	keys("{\"ids\": [\"a\", \"b\"], \"n\": 2}", 48, a, sizeof a);
	assert_string_equal(a, "ids|n");
}

/* the backward reader: the key ending at a colon, plain or escaped */
static void key_before_a_colon(void **st)
{
	const char *h = "{\"mark\": 1, \"note\": \"{\\\"cb\\\":0}\"}";
	const char *c1 = strchr(h, ':'), *c2 = strstr(h, "\\\":");
	size_t a = 0, e = 0;
	(void)st;
	assert_true(pol_json_key_before(h, (size_t)(c1 - h), &a, &e));
	assert_memory_equal(h + a, "mark", 4);
	assert_int_equal(e - a, 4);
	assert_true(pol_json_key_before(h, (size_t)(c2 - h) + 2, &a, &e));
	assert_memory_equal(h + a, "cb", 2);
	assert_int_equal(e - a, 2);
	/* a colon inside a value, and a key of 40 bytes or more, end none */
	assert_false(pol_json_key_before("{\"t\": \"10:30\"}", 9, &a, &e));
	assert_false(pol_json_key_before(
		"{\"a_key_name_that_runs_on_for_more_than_forty_bytes\": 1}", 52, &a, &e));
}

int main(void)
{
	const struct CMUnitTest t[] = {
		cmocka_unit_test(long_values_keep_step),
		cmocka_unit_test(values_start_after_spaces),
		cmocka_unit_test(long_keys_and_cut_texts),
		cmocka_unit_test(key_before_a_colon),
	};
	return cmocka_run_group_tests(t, NULL, NULL);
}
