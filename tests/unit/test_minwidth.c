/* test_minwidth.c: src/policy/minwidth.c's lower bound on a regex's match
 * length (hsdb.c leaves vectorscan's hs_expression_info unasked about a
 * piece whose bound is two bytes or more). The bound must never exceed
 * vectorscan's min_width, for any flags hsdb.c uses (prefilter mode
 * included): checked on fixed cases and on random concatenations of
 * atoms, groups and quantifiers that vectorscan accepts; and it must give
 * up (-1) on what it does not know. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy/policy_int.h"

static void fixed_cases(void **state)
{
	(void)state;
	assert_int_equal(pol_min_width("abc"), 3);
	assert_int_equal(pol_min_width("(?i)a(?:bc|d)?e"), 2);
	assert_int_equal(pol_min_width("\\b[a-z]{2,5}\\b"), 2);
	assert_int_equal(pol_min_width("x|"), 0);
	assert_int_equal(pol_min_width("(?=abc)a"), 1);
	assert_int_equal(pol_min_width("(?<!q)\\x41\\x{263a}+"), 2);
	assert_int_equal(pol_min_width("[]a]\\d*"), 1);
	assert_int_equal(pol_min_width("(a)\\1"), -1);   /* back-reference */
	assert_int_equal(pol_min_width("\\Qab\\E"), -1); /* quoting */
	assert_int_equal(pol_min_width("(?x)a b"), -1);  /* extended mode */
	assert_int_equal(pol_min_width("a{1000}"), -1);  /* a large repeat */
	assert_int_equal(pol_min_width("a{"), -1);
	assert_int_equal(pol_min_width("(ab"), -1);
	assert_int_equal(pol_min_width("ab\\"), -1);
	assert_int_equal(pol_min_width("[ab"), -1);
}

static void never_above_vectorscan(void **state)
{
	static const char *const atoms[] = {
		"a",     "b",     "\\d",    "[a-z]",  "[^x]",        ".",         "\\s",  "\\b",
		"^",     "$",     "(?i)",   "\\x41",  "é",           "\\x{263a}", "-",    ",",
		"(?=a)", "(?!b)", "(?<=c)", "\\p{L}", "[[:alpha:]]", "\\w",       "\\\\", "\\.",
		"(?:",   "(",     ")",      "|",      "?",           "*",         "+",    "{2}",
		"{0,3}", "{1,}",  "{3,5}",  "??",     "+?"};
	static const unsigned flags[] = {0,
					 HS_FLAG_CASELESS,
					 HS_FLAG_UTF8,
					 HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_CASELESS,
					 HS_FLAG_PREFILTER | HS_FLAG_UTF8,
					 HS_FLAG_PREFILTER | HS_FLAG_MULTILINE | HS_FLAG_CASELESS};
	unsigned seed = 7;
	long k, tested = 0, known = 0;
	char buf[256];
	(void)state;
	for (k = 0; k < 40000; k++) {
		size_t len = 1 + (size_t)(rand_r(&seed) % 8), i;
		unsigned fl = flags[rand_r(&seed) % (sizeof flags / sizeof *flags)];
		hs_expr_info_t *info = NULL;
		hs_compile_error_t *ce = NULL;
		long lb;
		buf[0] = 0;
		for (i = 0; i < len; i++)
			strcat(buf, atoms[rand_r(&seed) % (sizeof atoms / sizeof *atoms)]);
		if (hs_expression_info(buf, fl, &info, &ce) != HS_SUCCESS || !info) {
			hs_free_compile_error(ce);
			continue;
		}
		tested++;
		lb = pol_min_width(buf);
		if (lb >= 0) {
			known++;
			if ((unsigned long)lb > info->min_width)
				fail_msg("bound %ld above vectorscan's %u for %s (flags %u)", lb,
					 info->min_width, buf, fl);
		}
		free(info);
	}
	assert_true(tested > 5000);
	assert_true(known > tested * 9 / 10);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fixed_cases),
		cmocka_unit_test(never_above_vectorscan),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
