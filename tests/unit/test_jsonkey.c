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

int main(void)
{
	const struct CMUnitTest t[] = {
		cmocka_unit_test(long_values_keep_step),
		cmocka_unit_test(values_start_after_spaces),
		cmocka_unit_test(long_keys_and_cut_texts),
	};
	return cmocka_run_group_tests(t, NULL, NULL);
}
