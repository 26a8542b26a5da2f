/* test_monitor_win.c: the prefilter's window scan (src/monitor/prewin.c).
 * The regexes without a usable literal are scanned only in windows around
 * the bytes they need (a digit, '('); the answer must be the one the whole
 * text gives. Each prefilter is built twice from one policy, with windows
 * and with the default (every regex in the line database,
 * as before), and both scan the same texts: random texts of the bytes the
 * patterns need, planted matches at every offset of a text (its first and
 * last byte, a line's start and end, before and after a literal's match),
 * near misses a window without its byte of context would take for a match
 * (`x123-45-6789`), and lines through mon_prefilter_line. For regexes
 * scanned whole in their windows the first match must end at the same
 * byte; the call hint (its head in the windows, its tail confirmed past
 * the window by prewin.c) is reported at its head's end, earlier than
 * the whole expression's, never later. Every vector width. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "monitor/prefilter_int.h"
#include "monitor/simd.h"
#include "policy/policy_int.h"

static void two(rl_policy *p, mon_prefilter **fw, mon_prefilter **fn)
{
	rl_err e;
	setenv("REDLINE_MONITOR_WINDOWS", "1", 1);
	assert_int_equal(mon_prefilter_new(p, fw, &e), 0);
	unsetenv("REDLINE_MONITOR_WINDOWS");
	assert_int_equal(mon_prefilter_new(p, fn, &e), 0);
	assert_non_null((*fw)->wdb);
	assert_null((*fn)->wdb);
}

/* Whole UTF-8 characters: windows are widened to them (vectorscan's
 * UTF-8 mode may not be handed a cut one). */
static int utf8_whole(const unsigned char *s, size_t n)
{
	size_t i = 0, k, len;
	while (i < n) {
		len = s[i] < 0x80 ? 1 : s[i] >= 0xf0 ? 4 : s[i] >= 0xe0 ? 3 : s[i] >= 0xc0 ? 2 : 0;
		if (!len || i + len > n)
			return 0;
		for (k = 1; k < len; k++)
			if ((s[i + k] & 0xc0) != 0x80)
				return 0;
		i += len;
	}
	return 1;
}

/* Block scan of s[0..n) with both: the same answer; exact: the first
 * match ends at the same byte, else (a call hint, reported at its head's
 * end) the windowed one may end earlier. */
static void same_block(mon_prefilter *fw, mon_prefilter *fn, const char *s, size_t n, int exact)
{
	size_t aw = 0, an = 0;
	int hw;
	fw->bc_ok = fn->bc_ok = 0; /* a new text (mon_prefilter_block_add does this) */
	hw = mon_prefilter_block_scan(fw, s, n, &aw);
	int hn = mon_prefilter_block_scan(fn, s, n, &an);
	int sw = mon_prefilter_span(fw, s, n), sn = mon_prefilter_span(fn, s, n);
	if (hw != hn || sw != sn || (hw && (exact ? aw != an : aw > an)))
		fail_msg("windows %d at %zu (span %d), whole %d at %zu (span %d): \"%.*s\"", hw, aw,
			 sw, hn, an, sn, (int)n, s);
	if (!utf8_whole((const unsigned char *)fw->wbuf.s, fw->wbuf.len))
		fail_msg("a window cuts a character: \"%.*s\"", (int)n, s);
}

static const char *const tok_custom[] = {
	"a",           "d",           "e",          "i",          "q",           " ",
	"\n",          "-",           "1",          "7",          "\xc3\xa9",    "zebra",
	"1abcdabcda",  "abcdabcda1",  "1efghiefgh", "efghiefgh1", "x1efghiefgh", "efghiefgh1x",
	"qefghiefgh1", "1efghiefghq", "1abcdabcd",  "12",         "(",           "_(",
};

/* Rules whose patterns need a digit within exactly their width (the byte
 * at either end of the match), with word boundaries (which read one byte
 * of context), a literal rule beside them and a cut head. */
static const char custom_yaml[] =
	"rules:\n"
	"  - {id: head, action: block, content: {patterns: ['[0-9][a-d]{9}']}}\n"
	"  - {id: tail, action: block, content: {patterns: ['[a-d]{9}[0-9]']}}\n"
	"  - {id: bhead, action: block, content: {patterns: ['\\b[0-9][e-i]{9}\\b']}}\n"
	"  - {id: btail, action: block, content: {patterns: ['\\b[e-i]{9}[0-9]\\b']}}\n"
	"  - {id: lit, action: block, content: {keywords: [zebra]}}\n"
	"  - {id: mid, action: block, content: {patterns: ['[0-4]{2}[5-9]{2}']}}\n";

static void random_texts(mon_prefilter *fw, mon_prefilter *fn, const char *const *tok, size_t ntok,
			 int exact, unsigned seed, int rounds)
{
	char buf[4096];
	int k;
	for (k = 0; k < rounds; k++) {
		size_t len = 0, want = (size_t)(rand_r(&seed) % 400);
		while (len < want) {
			const char *t = tok[rand_r(&seed) % ntok];
			size_t tl = strlen(t);
			if (len + tl >= sizeof buf)
				break;
			memcpy(buf + len, t, tl);
			len += tl;
		}
		same_block(fw, fn, buf, len, exact);
	}
}

/* `m` planted at every offset of a text of `len` filler bytes (so at its
 * first and last byte, next to a line's end and a literal's match). */
static void every_offset(mon_prefilter *fw, mon_prefilter *fn, const char *m, const char *fill,
			 size_t len, int exact)
{
	char buf[512];
	size_t ml = strlen(m), fl = strlen(fill), at, i;
	assert_true(len + ml < sizeof buf);
	for (at = 0; at <= len; at++) {
		for (i = 0; i < len; i++)
			buf[i < at ? i : i + ml] = fill[i % fl];
		memcpy(buf + at, m, ml);
		if (at < len && ((unsigned char)buf[at + ml] & 0xc0) == 0x80)
			continue; /* not between two characters */
		same_block(fw, fn, buf, len + ml, exact);
		same_block(fw, fn, buf + at, ml, exact); /* alone */
	}
}

static void widths(mon_prefilter *fw, mon_prefilter *fn,
		   void (*run)(mon_prefilter *, mon_prefilter *))
{
	int w, top = mon_simd_width();
	for (w = MON_W_SCALAR; w <= top; w++) {
		fw->w = fn->w = w;
		run(fw, fn);
	}
}

static void custom_run(mon_prefilter *fw, mon_prefilter *fn)
{
	static const char *const plant[] = {
		"1abcdabcda",  "abcdabcda1",  "1efghiefgh",  "efghiefgh1", "x1efghiefgh",
		"efghiefgh1x", "qefghiefgh1", "1efghiefghq", "1abcdabcd",  "0055"};
	/* "0": a match in the middle of a run of digits longer than two
	 * windows (a run is one window, its first to its last digit) */
	static const char *const fill[] = {"qqq q\nq ", "zebra ", "e\xc3\xa9", "7", "(a", "0"};
	size_t i, j;
	random_texts(fw, fn, tok_custom, sizeof tok_custom / sizeof *tok_custom, 1, 11, 6000);
	for (i = 0; i < sizeof plant / sizeof *plant; i++)
		for (j = 0; j < sizeof fill / sizeof *fill; j++)
			every_offset(fw, fn, plant[i], fill[j], 120, 1);
}

static void custom_patterns_in_windows(void **st)
{
	rl_policy *p;
	mon_prefilter *fw, *fn;
	rl_err e;
	(void)st;
	assert_int_equal(rl_policy_load("win", custom_yaml, sizeof custom_yaml - 1, &p, &e), 0);
	two(p, &fw, &fn);
	assert_int_equal(fw->wkinds, 1u);
	/* ten bytes at most, a byte of context: ten each side */
	assert_int_equal(fw->wreach[0], 10);
	widths(fw, fn, custom_run);
	mon_prefilter_free(fw);
	mon_prefilter_free(fn);
	rl_policy_free(p);
}

static const char *const tok_default[] = {
	"a",
	"e",
	" ",
	"\n",
	"-",
	"1",
	"4",
	"0",
	"9",
	"GB",
	"DE",
	"\xc3\xa9",
	"\xe2\x82\xac",
	"123-45-6789",
	"4111 1111 1111 1111",
	"5500-0000-0000-0004",
	"GB82 WEST 1234 5698 7654 32",
	"DE89370400440532013000",
	"x123-45-6789",
	"123-45-6789x",
	"send_email(to=",
	"f(\"",
	"x( ",
	"a(",
	"(",
	"\\n",
	"_(1",
	" -e ",
	"\t-c\n",
	"sk-",
	"-",
	"re-enter",
	"nc -e /bin/sh",
	"bash -c ",
	"=",
	"'",
	"\\",
	"\\\"",
	"[",
	"{",
	"+",
	"\t",
	"b",
	"x",
	"_",
	"f( \\n \\n",
};

static void default_run(mon_prefilter *fw, mon_prefilter *fn)
{
	static const char *const plant[] = {"123-45-6789",
					    "4111 1111 1111 1111",
					    "GB82 WEST 1234 5698 7654 32",
					    "GB82WEST12345698765432ABCD",
					    "DE89370400440532013000",
					    "x123-45-6789",
					    "123-45-6789x",
					    "\xc3\xa9"
					    "123-45-6789\xc3\xa9",
					    "post_note(text=1)",
					    "a.\npost_note(text=1)",
					    "f(\\n\\n'x'",
					    "nc -e /bin/sh",
					    " -e\t",
					    "bash -c 'x'",
					    "sh\t-c\r",
					    "key sk-abc",
					    "-e -c"};
	static const char *const fill[] = {"qqq q\nq ", "x", "\xe2\x82\xac", "9 ", " ("};
	size_t i, j;
	random_texts(fw, fn, tok_default, sizeof tok_default / sizeof *tok_default, 0, 5, 20000);
	for (i = 0; i < sizeof plant / sizeof *plant; i++)
		for (j = 0; j < sizeof fill / sizeof *fill; j++)
			every_offset(fw, fn, plant[i], fill[j], 60,
				     !strchr(plant[i], '(') && !strchr(fill[j], '('));
}

static void default_policy_in_windows(void **st)
{
	rl_policy *p;
	mon_prefilter *fw, *fn;
	rl_err e;
	(void)st;
	assert_int_equal(rl_policy_load_default(&p, &e), 0);
	two(p, &fw, &fn);
	/* the PII patterns, the call hint's head, the short literals with '-' */
	assert_int_equal(fw->wkinds, 7u);
	assert_true(fw->whint);
	widths(fw, fn, default_run);
	mon_prefilter_free(fw);
	mon_prefilter_free(fn);
	rl_policy_free(p);
}

/* Whole lines through the per-line path: the same candidates. */
static void lines_through_the_line_path(void **st)
{
	static const char *const lines[] = {
		"{\"role\":\"assistant\",\"content\":\"123-45-6789\"}",
		"{\"role\":\"assistant\",\"content\":\"my ssn is 123-45-6789.\"}",
		"{\"role\":\"assistant\",\"content\":\"x123-45-6789\"}",
		"{\"role\":\"assistant\",\"content\":\"card 4111 1111 1111 1111\"}",
		"{\"role\":\"assistant\",\"content\":\"IBAN GB82 WEST 1234 5698 7654 32\"}",
		"{\"role\":\"assistant\",\"content\":\"call post_note(text=1)\"}",
		"{\"role\":\"assistant\",\"content\":\"a.\\npost_note(text=1)\"}",
		"{\"role\":\"assistant\",\"content\":\"nothing here at all (really)\"}",
		"{\"id\":\"chatcmpl-00000002\",\"content\":\"order 12 of 2026\"}",
	};
	rl_policy *p;
	mon_prefilter *fw, *fn;
	rl_buf w = RL_BUF_INIT;
	rl_err e;
	size_t i;
	int sw, sn;
	(void)st;
	assert_int_equal(rl_policy_load_default(&p, &e), 0);
	two(p, &fw, &fn);
	for (i = 0; i < sizeof lines / sizeof *lines; i++) {
		int a = mon_prefilter_line(fw, lines[i], strlen(lines[i]), &w, &sw);
		int b = mon_prefilter_line(fn, lines[i], strlen(lines[i]), &w, &sn);
		if ((b && !a) || sw != sn)
			fail_msg("line %zu: windows %d, whole %d", i, a, b);
	}
	mon_prefilter_free(fw);
	mon_prefilter_free(fn);
	rl_policy_free(p);
	rl_buf_free(&w);
}

/* A text of only digits, or only `a(`: one window, as long as the text;
 * the gathered text stays linear and the scan finds the first match. */
static void hostile_texts_stay_linear(void **st)
{
	size_t n = 1 << 20, i, at = 0;
	char *s = malloc(n);
	rl_policy *p;
	mon_prefilter *fw, *fn;
	rl_err e;
	clock_t t0;
	(void)st;
	assert_non_null(s);
	assert_int_equal(rl_policy_load("win", custom_yaml, sizeof custom_yaml - 1, &p, &e), 0);
	two(p, &fw, &fn);
	memset(s, '7', n);
	t0 = clock();
	assert_int_equal(mon_prefilter_block_scan(fw, s, n, &at), 0);
	/* one window a stretch (1 KiB, then twice as long each time): the
	 * last stretch's alone is left */
	assert_int_equal(fw->wnseg, 1);
	assert_true(fw->wbuf.len <= n / 2 + 64);
	for (i = 0; i + 1 < n; i += 2)
		s[i] = 'a', s[i + 1] = '(';
	assert_int_equal(mon_prefilter_block_scan(fw, s, n, &at), 0);
	assert_true(fw->wbuf.len <= n + 1);
	/* the last bytes: a match ending at the text's end */
	memcpy(s + n - 10, "1abcdabcda", 10);
	assert_int_equal(mon_prefilter_block_scan(fw, s, n, &at), 1);
	assert_int_equal(at, n - 1);
	/* generous: a few ms natively, far less than a quadratic pass */
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 5.0);
	mon_prefilter_free(fw);
	mon_prefilter_free(fn);
	rl_policy_free(p);
	free(s);
}

/* read.c's decoded-block loop: scan, hand the line holding the first
 * match to the per-line path, scan on from the next line (the line
 * database's scan of the block is kept between the calls). Every line
 * that is a candidate alone (scanned whole, without windows) must be
 * handed over. */
static void block_loop_run(mon_prefilter *fw, mon_prefilter *fn)
{
	static const char *const tok[] = {"a ",
					  "1",
					  "phone ",
					  "123-45-6789",
					  "sk-",
					  " -e ",
					  "x(1)",
					  "zz",
					  "4111 1111 1111 1111",
					  "send_email(to=",
					  "GB82 WEST 1234 5698 7654 32",
					  "-"};
	char text[8192];
	size_t vend[200], nl, k, at, from;
	unsigned seed = 3;
	int round, handed[200];
	for (round = 0; round < 300; round++) {
		size_t len = 0;
		nl = 1 + (size_t)(rand_r(&seed) % 150);
		for (k = 0; k < nl; k++) {
			int t, nt = rand_r(&seed) % 4;
			for (t = 0; t < nt && len + 64 < sizeof text; t++) {
				const char *w = tok[rand_r(&seed) % (sizeof tok / sizeof *tok)];
				if (rand_r(&seed) % 3)
					w = "b ";
				memcpy(text + len, w, strlen(w));
				len += strlen(w);
			}
			text[len++] = '\n';
			vend[k] = len;
			handed[k] = 0;
		}
		fw->bc_ok = 0;
		for (from = 0, k = 0; k < nl;) {
			if (!mon_prefilter_block_scan(fw, text + from, len - from, &at))
				break;
			at += from;
			while (k < nl && vend[k] <= at)
				k++;
			if (k == nl)
				k = nl - 1;
			handed[k++] = 1;
			from = vend[k - 1];
		}
		for (k = 0; k < nl; k++) {
			size_t a = k ? vend[k - 1] : 0;
			if (mon_prefilter_span(fn, text + a, vend[k] - a) && !handed[k])
				fail_msg("round %d: line %zu not handed over: \"%.*s\"", round, k,
					 (int)(vend[k] - a), text + a);
		}
	}
}

static void block_loop_hands_over_every_candidate(void **st)
{
	rl_policy *p;
	mon_prefilter *fw, *fn;
	rl_err e;
	(void)st;
	assert_int_equal(rl_policy_load_default(&p, &e), 0);
	two(p, &fw, &fn);
	widths(fw, fn, block_loop_run);
	mon_prefilter_free(fw);
	mon_prefilter_free(fn);
	rl_policy_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(custom_patterns_in_windows),
		cmocka_unit_test(default_policy_in_windows),
		cmocka_unit_test(lines_through_the_line_path),
		cmocka_unit_test(hostile_texts_stay_linear),
		cmocka_unit_test(block_loop_hands_over_every_candidate),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
