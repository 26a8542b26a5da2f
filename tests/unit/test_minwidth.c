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

/* pol_re_window: a byte of the class every match holds, the widest
 * match, the bounded head. */
static long win(const char *re, unsigned fl, char what, size_t *cut)
{
	unsigned char cls[256] = {0};
	int c;
	if (what == 'd')
		for (c = '0'; c <= '9'; c++)
			cls[c] = 1;
	else
		cls[(unsigned char)what] = 1;
	return pol_re_window(re, fl, cls, cut);
}

static void window_cases(void **state)
{
	size_t cut;
	const unsigned u8 = HS_FLAG_UTF8;
	(void)state;
	assert_int_equal(win("\\b\\d{3}-\\d{2}-\\d{4}\\b", u8, 'd', &cut), 11);
	assert_int_equal(cut, strlen("\\b\\d{3}-\\d{2}-\\d{4}\\b"));
	assert_int_equal(win("\\b(?!000|666|9\\d\\d)\\d{3}", u8, 'd', &cut), 3);
	assert_int_equal(
		win("[a-z_]\\((?:\\s|\\\\n)*(?:[a-z_]\\w*\\s*=|x)", HS_FLAG_CASELESS, '(', &cut),
		2);
	assert_int_equal(cut, 8);                          /* [a-z_]\( */
	assert_int_equal(win("\\d+", u8, 'd', &cut), -1);  /* no bounded head */
	assert_int_equal(win("a\\d?", u8, 'd', &cut), -1); /* may have none */
	assert_int_equal(win("(?:\\d|x)y", u8, 'd', &cut), -1);
	assert_int_equal(win("(?:\\d|7)y", u8, 'd', &cut), 2);
	assert_int_equal(win("x\\d|\\dy+", u8, 'd', &cut), -1); /* an unbounded branch */
	assert_int_equal(win("x\\d.", u8, 'd', &cut), 6);       /* '.' up to 4 bytes */
	assert_int_equal(win("x\\d.", 0, 'd', &cut), 3);
	assert_int_equal(win("(?i)k\\d", u8, 'd', &cut), 5);           /* the Kelvin sign */
	assert_int_equal(win("\\d", u8 | HS_FLAG_UCP, 'd', &cut), -1); /* other digits */
	assert_int_equal(win("[0-9]{2,4}", u8, 'd', &cut), 4);
	assert_int_equal(win("[^a]\\d", u8, 'd', &cut), 5);
	assert_int_equal(win("\\x09\\-e\\x09", 0, '-', &cut), 4);
	assert_int_equal(win("\\p{Nd}", u8, 'd', &cut), -1);
	assert_int_equal(win("[[:digit:]]", u8, 'd', &cut), -1);
	assert_int_equal(win("\xc3\xa9\\d", u8, 'd', &cut), 3);
	assert_int_equal(win("(?=\\d)x", u8, 'd', &cut), -1); /* a lookahead holds nothing */
}

/* The width never below vectorscan's max_width for the head. */
static void window_never_below_vectorscan(void **state)
{
	static const char *const atoms[] = {
		"a",     "\\d",      "[0-9]", "[a-z]", "[^x]", ".",   "\\s",   "\\b", "(?i)",
		"\\x41", "\xc3\xa9", "\\w",   "-",     "(?:",  ")",   "|",     "?",   "*",
		"+",     "{2}",      "{0,3}", "{1,}",  "7",    "\\(", "(?=a)", "$",   "^"};
	static const unsigned flags[] = {0, HS_FLAG_CASELESS, HS_FLAG_UTF8,
					 HS_FLAG_UTF8 | HS_FLAG_CASELESS,
					 HS_FLAG_PREFILTER | HS_FLAG_UTF8 | HS_FLAG_MULTILINE};
	unsigned seed = 9;
	long k, known = 0;
	char buf[256], head[256];
	(void)state;
	for (k = 0; k < 40000; k++) {
		size_t len = 1 + (size_t)(rand_r(&seed) % 8), i, cut;
		unsigned fl = flags[rand_r(&seed) % (sizeof flags / sizeof *flags)];
		hs_expr_info_t *info = NULL;
		hs_compile_error_t *ce = NULL;
		long w;
		buf[0] = 0;
		for (i = 0; i < len; i++)
			strcat(buf, atoms[rand_r(&seed) % (sizeof atoms / sizeof *atoms)]);
		if (hs_expression_info(buf, fl, &info, &ce) != HS_SUCCESS || !info) {
			hs_free_compile_error(ce);
			continue;
		}
		free(info);
		if ((w = win(buf, fl, 'd', &cut)) < 0)
			continue;
		memcpy(head, buf, cut);
		head[cut] = 0;
		info = NULL;
		if (hs_expression_info(head, fl, &info, &ce) != HS_SUCCESS || !info)
			fail_msg("head %s of %s refused", head, buf);
		known++;
		if (info->max_width == 0xffffffffu || (unsigned long)w < info->max_width)
			fail_msg("width %ld below vectorscan's %u for %s (head %s, flags %u)", w,
				 info->max_width, buf, head, fl);
		free(info);
	}
	assert_true(known > 500);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fixed_cases),
		cmocka_unit_test(never_above_vectorscan),
		cmocka_unit_test(window_cases),
		cmocka_unit_test(window_never_below_vectorscan),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
