/*
 * flat_gen.h: random arguments texts for the flat-object fast paths,
 * shared by test_guard.c and test_mcp.c (static: each test includes it once).
 */
#ifndef RL_TEST_FLAT_GEN_H
#define RL_TEST_FLAT_GEN_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Arguments texts for the flat-object fast paths (base/jsonr.h
 * rl_json_flat): mostly of that form, with every way out of it mixed in
 * (escapes, non-ASCII, whitespace, "-0", 19 digits, reals, null, nested
 * values, a key twice, text after the object). */
static uint64_t flat_rnd(uint64_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 7;
	*x ^= *x << 17;
	return *x;
}

static void flat_gen(uint64_t *x, char *out, size_t cap)
{
	static const char *const keys[] = {"path", "Path",     "to-addr", "a b",
					   "n",    "x",        "k\\\"q",  "caf\xc3\xa9",
					   "",     "ALL_CAPS", "{}",      "p:q"};
	static const char *const vals[] = {"\"notes/weekly.md\"",
					   "\"\"",
					   "7",
					   "-12",
					   "0",
					   "true",
					   "false",
					   "123456789012345678",
					   "\"a,b}c:d\"",
					   "\"<x> & 'y'\"",
					   "-0",
					   "1234567890123456789",
					   "1.5",
					   "null",
					   "\"\\u0041\"",
					   "\"caf\xc3\xa9\"",
					   "{\"b\":1}",
					   "[1,2]",
					   "007",
					   "1e5",
					   "\"tab\there\"",
					   "\"x\\\\y\""};
	size_t n = 0, m, i;
	int sp1, sp2;
#define FG_RND() flat_rnd(x)
	m = FG_RND() % 5;
	n += (size_t)snprintf(out + n, cap - n, "%s{", FG_RND() % 16 ? "" : " ");
	for (i = 0; i < m && n < cap - 64; i++) {
		size_t k = FG_RND() % 3 ? FG_RND() % 3 : FG_RND() % 12;
		size_t v = FG_RND() % 3 ? FG_RND() % 10 : FG_RND() % 22;
		if (FG_RND() % 8 == 0 && i)
			k = 0; /* a key twice, sometimes */
		sp1 = FG_RND() % 24 == 0;
		sp2 = FG_RND() % 24 == 0;
		n += (size_t)snprintf(out + n, cap - n, "%s\"%s\"%s:%s%s", i ? "," : "", keys[k],
				      sp1 ? " " : "", sp2 ? " " : "", vals[v]);
	}
	sp1 = FG_RND() % 24 == 0;
	sp2 = FG_RND() % 2 == 0;
	snprintf(out + n, cap - n, "}%s", !sp1 ? "" : sp2 ? " " : "x");
#undef FG_RND
}

#endif
