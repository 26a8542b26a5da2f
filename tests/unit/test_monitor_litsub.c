/* test_monitor_litsub.c: literals of a prefilter database that another
 * literal makes redundant are left out (src/monitor/litsub.c). The rules
 * of covering (case, class, equal literals, escapes) on small lists, then
 * the default policy's prefilter built with and without the pass: every
 * text must give the same answer (candidate or not, where the first match
 * ends, action hint or not) from the block scan, the span scan and the
 * per-line path. Texts are random runs of words and blanks that the
 * policy's phrases are made of, in both cases, so that short literals and
 * the long ones they cover match everywhere, at every offset. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "monitor/prefilter_int.h"
#include "policy/policy_int.h"

/* A literal as prefilter.c writes it: letters, digits, blanks, '_',
 * bytes >= 0x80, `\` before punctuation, `\xHH`. */
static int is_lit(const char *e, unsigned fl)
{
	(void)fl;
	return !strpbrk(e, "()[]|?*+.^${}");
}

static size_t run(const char **ex, unsigned *fl, unsigned *ids, size_t m, unsigned lo, unsigned hi)
{
	return mon_lit_subsume(ex, fl, ids, m, lo, hi, is_lit);
}

#define CI (HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH)
#define CS HS_FLAG_SINGLEMATCH

static void covering_rules(void **st)
{
	(void)st;
	{ /* a shorter literal inside longer ones, any id */
		const char *ex[] = {"when you ever ", "when you", "so aware", "aware", "x"};
		unsigned fl[] = {CI, CI, CI, CI, CI}, ids[] = {1, 2, 3, 3, 4};
		assert_int_equal(run(ex, fl, ids, 5, 0, 0), 3);
		assert_string_equal(ex[0], "when you");
		assert_string_equal(ex[1], "aware");
		assert_string_equal(ex[2], "x");
	}
	{ /* case: a caseless one covers both kinds, a case-sensitive one only
	   * a case-sensitive one of its exact bytes */
		const char *ex[] = {"KEY", "KEY ID", "Key id", "x key"};
		unsigned fl[] = {CS, CS, CS, CI}, ids[] = {0, 1, 2, 3};
		size_t n = run(ex, fl, ids, 4, 0, 0);
		assert_int_equal(n, 3);
		assert_string_equal(ex[0], "KEY");
		assert_string_equal(ex[1], "Key id");
		assert_string_equal(ex[2], "x key");
	}
	{ /* equal literals: the earlier stays; a caseless one beats a
	   * case-sensitive twin wherever it stands */
		const char *ex[] = {"same", "same", "Twin", "twin"};
		unsigned fl[] = {CI, CI, CS, CI}, ids[] = {5, 6, 7, 8};
		size_t n = run(ex, fl, ids, 4, 0, 0);
		assert_int_equal(n, 2);
		assert_int_equal(ids[0], 5);
		assert_int_equal(ids[1], 8);
	}
	{ /* classes: ids in [lo, hi) (action hints) never cover a rule's
	   * literal; a rule's covers a hint */
		const char *ex[] = {"tool", "tool_use", "run tool now", "toolbox"};
		unsigned fl[] = {CI, CI, CI, CI}, ids[] = {10, 10, 1, 2};
		size_t n = run(ex, fl, ids, 4, 10, 11);
		assert_int_equal(n, 3); /* tool_use (hint) by tool (hint) */
		assert_string_equal(ex[1], "run tool now");
		const char *ex2[] = {"nc", "nc\\x09", "scp\\x0a"};
		unsigned fl2[] = {CI, CI, CI}, ids2[] = {0, 9, 9};
		n = run(ex2, fl2, ids2, 3, 9, 10);
		assert_int_equal(n, 2);
		assert_string_equal(ex2[1], "scp\\x0a");
	}
	{ /* escapes are bytes: "\-e" is "-e"; a regex or another flag stays */
		const char *ex[] = {"\\-e", "x\\-e y", "a.b", "a.bc", "xyz", "wxyz"};
		unsigned fl[] = {CS, CS, CS, CS, CS, CS | HS_FLAG_QUIET},
			 ids[] = {0, 1, 2, 3, 4, 5};
		assert_int_equal(run(ex, fl, ids, 6, 0, 0), 5);
		assert_string_equal(ex[1], "a.b");
		assert_string_equal(ex[4], "wxyz");
	}
}

static const char *const words[] = {
	"if",     "you",     "You",  "even",    "ever",  "do",          "not",   "don't",
	"have",   "HAVE",    "got",  "the",     "a",     "an",          "aware", "Aware",
	"well",   "are",     "am",   "seen",    "read",  "found",       "kept",  "about",
	"know",   "knows",   "what", "that",    "how",   "your",        "card",  "visa",
	"number", "ending",  "his",  "her",     "phone", "address",     "stay",  "stays",
	"remain", "between", "us",   "private", "to",    "find",        "out",   "hear",
	"learn",  "nc",      "-e",   "-c",      "scp",   "rsync",       "curl",  "tool",
	"name",   "use",     "call", "f(",      "x=1",   "or",          "else",  "unless",
	"moment", "secret",  "de",   "su",      "sa",    "von",         "do",    "0",
	"12",     "4111",    "-",    "\"",      "'s",    "caf\xc3\xa9",
};
static const char *const blanks[] = {" ", " ", " ", "  ", "\t", "\n", "\v", "\r", ""};

static void same(mon_prefilter *a, mon_prefilter *b, const char *s, size_t n)
{
	size_t at_a = 0, at_b = 0;
	int ha, hb, sa, sb;
	a->bc_ok = b->bc_ok = 0;
	ha = mon_prefilter_block_scan(a, s, n, &at_a);
	hb = mon_prefilter_block_scan(b, s, n, &at_b);
	sa = mon_prefilter_span(a, s, n);
	sb = mon_prefilter_span(b, s, n);
	if (ha != hb || sa != sb || (ha && at_a != at_b))
		fail_msg(
			"subsumed %d at %zu (span %d), every literal %d at %zu (span %d): \"%.*s\"",
			ha, at_a, sa, hb, at_b, sb, (int)n, s);
}

static void default_policy_same_answers(void **st)
{
	rl_policy *p;
	mon_prefilter *sub, *all;
	rl_err e;
	char buf[2048], line[2200];
	rl_buf w1 = RL_BUF_INIT, w2 = RL_BUF_INIT;
	unsigned seed = 17;
	int k;
	(void)st;
	assert_int_equal(rl_policy_load_default(&p, &e), 0);
	assert_int_equal(mon_prefilter_new(p, &sub, &e), 0);
	setenv("REDLINE_MONITOR_NO_SUBSUME", "1", 1);
	assert_int_equal(mon_prefilter_new(p, &all, &e), 0);
	unsetenv("REDLINE_MONITOR_NO_SUBSUME");
	assert_non_null(sub->db);
	assert_non_null(all->db);
	for (k = 0; k < 30000; k++) {
		size_t len = 0, want = (size_t)(rand_r(&seed) % (k < 20000 ? 24 : 300));
		int s1, s2, c1, c2;
		while (len < want) {
			const char *t =
				words[(size_t)rand_r(&seed) % (sizeof words / sizeof *words)];
			const char *b =
				blanks[(size_t)rand_r(&seed) % (sizeof blanks / sizeof *blanks)];
			size_t tl = strlen(t), bl = strlen(b);
			if (len + tl + bl >= sizeof buf)
				break;
			memcpy(buf + len, t, tl);
			len += tl;
			memcpy(buf + len, b, bl);
			len += bl;
		}
		same(sub, all, buf, len);
		/* the per-line path on the text as an assistant answer */
		if (k % 10)
			continue;
		{
			size_t q, o = 0;
			o += (size_t)snprintf(line, sizeof line,
					      "{\"role\":\"assistant\",\"content\":\"");
			for (q = 0; q < len && o + 3 < sizeof line; q++) {
				unsigned char ch = (unsigned char)buf[q];
				if (ch == '\n' || ch == '"' || ch == '\t' || ch == '\r' ||
				    ch == '\v') {
					line[o++] = '\\';
					line[o++] = ch == '\n'   ? 'n'
						    : ch == '\t' ? 't'
						    : ch == '\r' ? 'r'
						    : ch == '"'  ? '"'
								 : 'f';
				} else {
					line[o++] = (char)ch;
				}
			}
			o += (size_t)snprintf(line + o, sizeof line - o, "\"}");
			c1 = mon_prefilter_line(sub, line, o, &w1, &s1);
			c2 = mon_prefilter_line(all, line, o, &w2, &s2);
			if (c1 != c2 || s1 != s2)
				fail_msg("line: subsumed %d, every literal %d: %s", c1, c2, line);
		}
	}
	rl_buf_free(&w1);
	rl_buf_free(&w2);
	mon_prefilter_free(sub);
	mon_prefilter_free(all);
	rl_policy_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(covering_rules),
		cmocka_unit_test(default_policy_same_answers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
