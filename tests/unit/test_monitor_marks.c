/* test_monitor_marks.c: the monitor's hand-written raw-line scans against
 * plain definitions. The JSON string decoder (jsonview.c: SSE2 and AVX2
 * vector steps, a two-byte UTF-8 shortcut) against a byte-at-a-time
 * reference written here; the raw-line marks (rawmarks.c): MON_MARK_TOOL
 * against vectorscan running mon_tool_output_hint_exprs() (shapes.c), as
 * the prefilter did before, and MON_MARK_RESPONSE against a plain search
 * for a "response" key followed by an object. Both vector widths, every
 * fixture line, and generated lines that place each mark, its near
 * misses, the trusted roles and their prefixes at every offset of a
 * 32-byte block and cut lines at every length. "Every width" is the plain
 * C path (the only one off x86 or with `make NO_SIMD=1`) and, on x86,
 * SSE2 and AVX2 where the CPU has it (monitor/simd.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "monitor/monitor.h"

typedef struct oracle {
	hs_database_t *db;
	hs_scratch_t *sc;
	size_t lines, tool, resp;
} oracle;

static int stop_cb(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
		   void *ctx)
{
	(void)id;
	(void)from;
	(void)to;
	(void)flags;
	*(int *)ctx = 1;
	return 1;
}

static void oracle_init(oracle *o)
{
	const char *const *h = mon_tool_output_hint_exprs();
	unsigned fl[16], ids[16];
	size_t n;
	hs_compile_error_t *ce = NULL;
	memset(o, 0, sizeof *o);
	for (n = 0; h[n]; n++) {
		fl[n] = HS_FLAG_SINGLEMATCH;
		ids[n] = (unsigned)n;
	}
	/* rawmarks.c looks for these five by their pairs: a sixth mark needs
	 * its pair and confirmation there, and its fragments below */
	if (n != 5)
		fail_msg("%zu tool-output marks in shapes.c; rawmarks.c knows 5", n);
	if (hs_compile_multi(h, fl, ids, (unsigned)n, HS_MODE_BLOCK, NULL, &o->db, &ce) !=
	    HS_SUCCESS)
		fail_msg("hints do not compile: %s", ce ? ce->message : "?");
	assert_int_equal(hs_alloc_scratch(o->db, &o->sc), HS_SUCCESS);
}

static void oracle_free(oracle *o)
{
	hs_free_scratch(o->sc);
	hs_free_database(o->db);
}

/* The prefilter's former has_response_object. */
static int response_ref(const char *s, size_t n)
{
	const char *p = s, *end = s + n;
	while ((p = memmem(p, (size_t)(end - p), "\"response\"", 10))) {
		p += 10;
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		if (p < end && *p == ':') {
			p++;
			while (p < end && (*p == ' ' || *p == '\t' || *p == '\r'))
				p++;
			if (p < end && *p == '{')
				return 1;
		}
	}
	return 0;
}

/* Compare both marks on s[0..n) (copied so that nothing past n is
 * readable by accident: the copy is exactly n bytes long). */
static void check(oracle *o, const char *s, size_t n, const char *what)
{
	char *c = malloc(n ? n : 1);
	int hit = 0, w;
	unsigned want;
	assert_non_null(c);
	memcpy(c, s, n);
	if (hs_scan(o->db, c, (unsigned)n, 0, o->sc, stop_cb, &hit) != HS_SCAN_TERMINATED)
		hit = 0;
	o->lines++;
	o->tool += (size_t)hit;
	o->resp += (size_t)response_ref(c, n);
	for (w = MON_W_SCALAR; w <= mon_simd_width(); w++)
		for (want = 1; want <= 3; want++) {
			unsigned got = mon_raw_marks(w, c, n, want);
			unsigned exp = ((hit ? MON_MARK_TOOL : 0) |
					(response_ref(c, n) ? MON_MARK_RESPONSE : 0)) &
				       want;
			if (got != exp)
				fail_msg("%s: marks %u, want %u (asked %u, width %d): %.*s", what,
					 got, exp, want, w, (int)n, c);
		}
	free(c);
}

static void marks_on_fixtures(void **st)
{
	const char *files[] = {"monitor/provenance.jsonl", "monitor/redteam-harmful.jsonl",
			       "monitor/redteam2-harmful.jsonl", "monitor/shapes.jsonl",
			       "monitor/redteam-benign.jsonl"};
	oracle o;
	size_t i;
	(void)st;
	oracle_init(&o);
	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		char path[512], *line = NULL;
		size_t cap = 0;
		ssize_t n;
		FILE *fp;
		snprintf(path, sizeof path, "%s/tests/data/%s",
			 getenv("REDLINE_SRC") ? getenv("REDLINE_SRC") : ".", files[i]);
		if (!(fp = fopen(path, "r")))
			continue;
		while ((n = getline(&line, &cap, fp)) > 0) {
			size_t k;
			line[strcspn(line, "\n")] = '\0';
			check(&o, line, strlen(line), files[i]);
			/* shifted by 1-3 bytes: other block offsets */
			for (k = 1; k < 4 && k < strlen(line); k++)
				check(&o, line + k, strlen(line) - k, files[i]);
		}
		free(line);
		fclose(fp);
	}
	/* the fixtures hold both kinds of line, or the comparison says little */
	assert_true(o.lines > 100);
	assert_true(o.tool > 10 && o.tool < o.lines);
	assert_true(o.resp > 0);
	oracle_free(&o);
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static void marks_on_generated_lines(void **st)
{
	static const char *const frag[] = {"\"role\"",
					   "\"role\":",
					   "\"role\" : ",
					   ":",
					   "\"",
					   " ",
					   "\t",
					   "\n",
					   "\r",
					   "x",
					   "assistant",
					   "assistant\"",
					   "developer\"",
					   "human\"",
					   "model\"",
					   "system\"",
					   "user\"",
					   "user",
					   "use",
					   "users\"",
					   "Assistant\"",
					   "assis",
					   "mode",
					   "\"\"",
					   "ai\"",
					   "tool\"",
					   "tool_result",
					   "tool_resul",
					   "ool_result",
					   "tool_",
					   "_result",
					   "function_call_output",
					   "function_call_outpu",
					   "unction_call_output",
					   "function_call",
					   "functionResponse",
					   "functionRespons",
					   "unctionResponse",
					   "\\u",
					   "\\",
					   "u",
					   "\\\\u",
					   "\"response\"",
					   "\"response\" :\t{",
					   "\"response\":{",
					   "\"response\":",
					   "\"respons",
					   "{",
					   "}",
					   "_r",
					   "_o",
					   "nR",
					   "\"r",
					   "\xc3\xa9",
					   "\xff"};
	oracle o;
	size_t i, k, n;
	char line[600];
	(void)st;
	oracle_init(&o);
	for (i = 0; i < 40000; i++) {
		size_t pad = rnd(40), nf = 1 + rnd(8);
		n = 0;
		for (k = 0; k < pad; k++)
			line[n++] = "ab \"_\\n"[rnd(7)];
		for (k = 0; k < nf; k++) {
			const char *f = frag[rnd(sizeof frag / sizeof *frag)];
			size_t fl = strlen(f);
			if (n + fl >= sizeof line)
				break;
			memcpy(line + n, f, fl);
			n += fl;
		}
		check(&o, line, n, "generated");
		/* every cut of the first lines: a mark at the end of the text */
		if (i < 400)
			for (k = 0; k < n; k++)
				check(&o, line, k, "generated, cut");
	}
	/* each mark and trusted role at every offset 0-70 (both vector loops
	 * and the scalar tail), alone and after a near miss */
	{
		static const char *const whole[] = {
			"{\"role\":\"tool\",\"content\":\"x\"}",
			"{\"role\":\"user\",\"content\":\"x\"}",
			"{\"role\" :\n\"assistant\"}",
			"[{\"type\":\"tool_result\"}]",
			"{\"type\":\"function_call_output\"}",
			"{\"functionResponse\":{}}",
			"{\"a\":\"\\u0041\"}",
			"{\"request\":{},\"response\" : {\"role\":\"assistant\"}}",
			"{\"response\":\"text\"}",
			"{\"role\":\"system\"}{\"role\":\"mode\"}",
		};
		for (i = 0; i < sizeof whole / sizeof *whole; i++)
			for (k = 0; k <= 70; k++) {
				size_t wl = strlen(whole[i]);
				memset(line, 'a', k);
				memcpy(line + k, whole[i], wl);
				check(&o, line, k + wl, whole[i]);
				for (n = k; n < k + wl; n++)
					check(&o, line, n, "cut");
			}
	}
	assert_true(o.tool > 1000 && o.tool < o.lines - 1000);
	assert_true(o.resp > 100);
	oracle_free(&o);
}

/* ---- the decoder ------------------------------------------------------------ */

static int hexv(int c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
				      : -1;
}

static int hex4(const unsigned char *s, size_t n, size_t i, unsigned *cp)
{
	size_t k;
	*cp = 0;
	if (i + 4 > n)
		return 0;
	for (k = 0; k < 4; k++) {
		if (hexv(s[i + k]) < 0)
			return 0;
		*cp = *cp << 4 | (unsigned)hexv(s[i + k]);
	}
	return 1;
}

static void put(rl_buf *b, unsigned cp)
{
	if (cp < 0x80) {
		rl_buf_addc(b, (char)cp);
	} else if (cp < 0x800) {
		rl_buf_addc(b, (char)(0xC0 | cp >> 6));
		rl_buf_addc(b, (char)(0x80 | (cp & 0x3F)));
	} else if (cp < 0x10000) {
		rl_buf_addc(b, (char)(0xE0 | cp >> 12));
		rl_buf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
		rl_buf_addc(b, (char)(0x80 | (cp & 0x3F)));
	} else {
		rl_buf_addc(b, (char)(0xF0 | cp >> 18));
		rl_buf_addc(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
		rl_buf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
		rl_buf_addc(b, (char)(0x80 | (cp & 0x3F)));
	}
}

/* mon_json_decode's contract (monitor.h), one byte at a time */
static unsigned decode_ref(const char *src, size_t n, rl_buf *b, int level)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t i = 0;
	unsigned fl = 0, quotes = 0, cp, lo;
	while (i < n) {
		unsigned char c = s[i];
		if (c == '"') {
			rl_buf_addc(b, '\n');
			quotes++;
			i++;
		} else if (c == '\\' && i + 1 >= n) {
			fl |= level == 0;
			rl_buf_addc(b, '\\');
			i++;
		} else if (c == '\\') {
			c = s[i + 1];
			i += 2;
			if (c == '"' || c == '/') {
				rl_buf_addc(b, (char)c);
			} else if (c == '\\') {
				rl_buf_addc(b, '\\');
				fl |= 2;
			} else if (strchr("bfnrt", c) && c) {
				rl_buf_addc(b, c == 'b'   ? '\b'
					       : c == 'f' ? '\f'
					       : c == 'n' ? '\n'
					       : c == 'r' ? '\r'
							  : '\t');
			} else if (c == '\'') {
				fl |= level == 0;
				rl_buf_addc(b, '\'');
			} else if (c == 'u' && hex4(s, n, i, &cp)) {
				i += 4;
				if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= n && s[i] == '\\' &&
				    s[i + 1] == 'u' && hex4(s, n, i + 2, &lo) && lo >= 0xDC00 &&
				    lo <= 0xDFFF) {
					put(b, 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00));
					i += 6;
				} else if (cp >= 0xD800 && cp <= 0xDFFF) {
					fl |= level == 0;
					rl_buf_addc(b, '?');
				} else {
					put(b, cp);
				}
			} else {
				fl |= level == 0;
				rl_buf_addc(b, '\\');
				rl_buf_addc(b, (char)c);
			}
		} else if (c >= 0x80) {
			uint32_t u;
			size_t k = rl_utf8_decode(s + i, n - i, &u);
			if (!k) {
				fl |= 1;
				rl_buf_addc(b, '?');
				i++;
			} else {
				rl_buf_add(b, src + i, k);
				i += k;
			}
		} else {
			rl_buf_addc(b, (char)c);
			i++;
		}
	}
	if (quotes & 1)
		fl |= 4;
	return fl;
}

static void decode_check(const char *s, size_t n, int level, const char *what)
{
	rl_buf r = RL_BUF_INIT, g = RL_BUF_INIT;
	unsigned fr, fg;
	int w;
	fr = decode_ref(s, n, &r, level);
	for (w = MON_W_SCALAR; w <= mon_simd_width(); w++) {
		rl_buf_reset(&g);
		rl_buf_adds(&g, "prefix"); /* decoded text is appended */
		fg = mon_json_decode_w(s, n, &g, level, w);
		if (fg != fr || g.len != r.len + 6 || memcmp(g.s + 6, r.s ? r.s : "", r.len))
			fail_msg("%s: decoder (width %d) differs: flags %u/%u, %zu/%zu bytes: %.*s",
				 what, w, fg, fr, g.len - 6, r.len, (int)n, s);
		/* the raw fast path's validation (mon_raw_check): 0 (decode) only
		 * when a backslash is followed by 'u'; 1 with flag 1 only when
		 * level 0 sets it (it stops there: the prefilter treats the line
		 * as suspect whatever follows); else 1 with level 0's flags 1, 4
		 * and no backslash-'u' in the line */
		if (level == 0) {
			unsigned fl = 99;
			int bu = memmem(s, n, "\\u", 2) != NULL, got = mon_raw_check(w, s, n, &fl);
			if (got ? (fl & 1 ? !(fr & 1) : bu || fl != (fr & 5)) : !bu)
				fail_msg(
					"%s: raw check (width %d) %d, flags %u; level 0 flags %u: %.*s",
					what, w, got, fl, fr, (int)n, s);
		}
	}
	rl_buf_free(&r);
	rl_buf_free(&g);
}

static void decoder_equals_reference(void **st)
{
	static const char *const frag[] = {
		"\"", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\'", "\\x", "\\",
		"\\u0041", "\\u00e9", "\\u20ac", "\\ud83d\\ude00", "\\ud800", "\\udc00x", "\\u12",
		"\\uZZZZ", "\xc3\xa9", "\xc3", "\xc3\x28", "\xe2\x82\xac", "\xe2\x82",
		"\xed\xa0\x80", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "\xc1\xbf",
		"\xc2\x80", "\xdf\xbf",
		/* runs of two-byte characters, whole or broken
		 * (the vector step copies whole ones) */
		"na\xc3\xafve r\xc3\xa9sum\xc3\xa9 caf\xc3\xa9",
		"\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82", "\xc3\xa9\xa9", "\xc3\xc3\xa9",
		"\xa9\xc3\xa9", "\xc3\xa9\xe2\x82\xac\xc3\xa9", "\xff", "\x80", "a", "plain text ",
		"0123456789abcdef0123456789abcdef", "{", "}", ":",
		/* runs of backslashes: escaped ones, then an escape */
		"\\\\\\n", "\\\\\\\\", "\\\\\\\"", "\\\\\\u0041", "\\\\\\'",
		"\\n\\t\\r\\b\\f\\/\\\"\\\\"};
	char line[700];
	size_t i, k, n;
	(void)st;
	/* the second half: longer lines dense with fragments, for the
	 * 64-byte AVX-512 step, which decodes the one-letter escapes inside
	 * the step (runs of backslashes across its edge, escapes cut by the
	 * line's end in its masked last step) */
	for (i = 0; i < 60000; i++) {
		size_t pad = rnd(70), nf = i < 30000 ? rnd(12) : rnd(60);
		n = 0;
		for (k = 0; k < pad; k++)
			line[n++] = "abc d\"e"[rnd(7)];
		for (k = 0; k < nf; k++) {
			const char *f = frag[rnd(sizeof frag / sizeof *frag)];
			size_t fl = strlen(f);
			if (n + fl >= sizeof line)
				break;
			memcpy(line + n, f, fl);
			n += fl;
		}
		decode_check(line, n, (int)(i % 3), "generated");
		if (i < 300)
			for (k = 0; k < n; k++)
				decode_check(line, k, 0, "generated, cut");
	}
	/* each fragment at every offset 0-140 of every vector width */
	for (i = 0; i < sizeof frag / sizeof *frag; i++)
		for (k = 0; k <= 140; k++) {
			size_t fl = strlen(frag[i]);
			memset(line, 'q', k);
			memcpy(line + k, frag[i], fl);
			memset(line + k + fl, 'z', 40);
			decode_check(line, k + fl + 40, 0, frag[i]);
			decode_check(line, k + fl, 1, frag[i]);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(marks_on_fixtures),
		cmocka_unit_test(marks_on_generated_lines),
		cmocka_unit_test(decoder_equals_reference),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
