/* test_base.c: the base module: buffers, escapers, errors, YAML access,
 * atomic files, arena. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/fs.h"
#include "base/hscache.h"
#include "base/secret.h"
#include "base/util.h"
#include "base/yaml.h"
#include "redline/buf.h"
#include "redline/err.h"

static void buf_grows_and_formats(void **st)
{
	rl_buf b = RL_BUF_INIT;
	int i;
	(void)st;
	assert_string_equal(b.s, "");
	for (i = 0; i < 1000; i++)
		assert_int_equal(rl_buf_addf(&b, "%d,", i), 0);
	assert_true(b.len > 3000);
	assert_memory_equal(b.s, "0,1,2,", 6);
	assert_int_equal(b.s[b.len], '\0');
	rl_buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.s, "");
	rl_buf_free(&b);
}

static void html_escape_neutralises_markup(void **st)
{
	rl_buf b = RL_BUF_INIT;
	const char in[] = "<script>alert('x')</script></textarea>&\x01\xff";
	(void)st;
	rl_buf_add_html(&b, in, sizeof in - 1);
	assert_null(strchr(b.s, '<'));
	assert_null(strchr(b.s, '>'));
	assert_null(strchr(b.s, '\''));
	assert_non_null(strstr(b.s, "&lt;/textarea&gt;"));
	assert_non_null(strstr(b.s, "&amp;"));
	assert_null(strchr(b.s, '\x01'));
	rl_buf_free(&b);
}

static void term_escape_removes_control_sequences(void **st)
{
	rl_buf b = RL_BUF_INIT;
	const char in[] = "ok\x1b[31mred\x1b]0;title\x07\n\xc2\x9b"
			  "2J";
	(void)st;
	rl_buf_add_term(&b, in, sizeof in - 1);
	assert_null(strchr(b.s, '\x1b'));
	assert_null(strchr(b.s, '\x07'));
	assert_null(strstr(b.s, "\xc2\x9b"));
	assert_non_null(strstr(b.s, "\\x1B[31mred"));
	assert_non_null(strchr(b.s, '\n'));
	rl_buf_free(&b);
}

static void json_escape_is_valid_json_for_any_bytes(void **st)
{
	/* quote, control, a C1 control (U+0085), valid UTF-8 (e-acute), a
	 * 3-byte character cut after its first byte, a lone continuation byte */
	static const char in[] = "a\"\x01\xc2\x85\xc3\xa9\xe2\x82"
				 "x\x80";
	rl_buf b = RL_BUF_INIT;
	(void)st;
	assert_int_equal(rl_buf_add_json(&b, in, sizeof in - 1), 0);
	assert_string_equal(b.s, "a\\\"\\u0001\\u0085\xc3\xa9\\ufffd\\ufffdx\\ufffd");
	rl_buf_reset(&b);
	/* cut in the middle of a 3-byte sequence at the end of the input */
	assert_int_equal(rl_buf_add_json(&b, "\xe2\x82", 2), 0);
	assert_string_equal(b.s, "\\ufffd\\ufffd");
	rl_buf_free(&b);
}

static void err_locations(void **st)
{
	rl_err e;
	(void)st;
	assert_int_equal(
		rl_err_at(&e, RL_EINVAL, "pack.yaml", 12, 5, "unknown goal type '%s'", "explict"),
		RL_EINVAL);
	assert_string_equal(e.msg, "pack.yaml:12:5: unknown goal type 'explict'");
	rl_err_prefix(&e, "loading %s", "x");
	assert_string_equal(e.msg, "loading x: pack.yaml:12:5: unknown goal type 'explict'");
	assert_string_equal(rl_strerror(RL_ENOMEM), "out of memory");
}

static void yaml_typed_access_and_errors(void **st)
{
	const char src[] = "name: demo\ncount: 3\nratio: 0.5\nflag: yes\nlist: [a, b]\n";
	rl_yaml y;
	rl_err e;
	long n;
	double d;
	int f;
	yaml_node_t *root;
	static const char *const keys[] = {"name", "count", "ratio", "flag", "list", NULL};
	static const char *const fewer[] = {"name", NULL};
	(void)st;

	assert_int_equal(rl_yaml_load(&y, "t.yaml", src, sizeof src - 1, &e), 0);
	root = rl_yaml_root(&y);
	assert_string_equal(rl_yaml_str(rl_yaml_get(&y, root, "name")), "demo");
	assert_int_equal(rl_yaml_long(&y, rl_yaml_get(&y, root, "count"), &n, &e), 0);
	assert_int_equal(n, 3);
	assert_int_equal(rl_yaml_double(&y, rl_yaml_get(&y, root, "ratio"), &d, &e), 0);
	assert_true(d == 0.5);
	assert_int_equal(rl_yaml_bool(&y, rl_yaml_get(&y, root, "flag"), &f, &e), 0);
	assert_int_equal(f, 1);
	assert_int_equal(rl_yaml_count(rl_yaml_get(&y, root, "list")), 2);
	assert_int_equal(rl_yaml_check_keys(&y, root, keys, &e), 0);
	assert_int_equal(rl_yaml_check_keys(&y, root, fewer, &e), RL_EINVAL);
	assert_string_equal(e.msg, "t.yaml:2:1: unknown key 'count' (expected one of: name)");
	assert_int_equal(rl_yaml_long(&y, rl_yaml_get(&y, root, "name"), &n, &e), RL_EINVAL);
	assert_string_equal(e.msg, "t.yaml:1:7: expected an integer, got 'demo'");
	rl_yaml_free(&y);

	assert_int_equal(rl_yaml_load(&y, "bad.yaml", "a: [1, 2\n", 9, &e), RL_EINVAL);
	assert_non_null(strstr(e.msg, "bad.yaml:2:1: malformed YAML"));
	rl_yaml_free(&y);
}

/* rl_yaml_to_json: plain scalars typed, quoted ones strings, aliases
 * bounded by depth (a self-referencing list is refused, not looped). */
static void yaml_to_json_types_and_bounds(void **st)
{
	static const char src[] = "a: 7\nb: 1.5\nc: True\nd: ~\ne: '7'\nf: [x, false]\n"
				  "g: 99999999999999999999\nh: nan\ni: inf\n";
	static const char loop[] = "&a [*a]\n";
	rl_yaml y;
	rl_err e;
	json_t *j;
	char *s;
	(void)st;
	assert_int_equal(rl_yaml_load(&y, "t.yaml", src, sizeof src - 1, &e), 0);
	j = rl_yaml_to_json(&y, rl_yaml_root(&y));
	assert_non_null(j);
	s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
	assert_string_equal(s, "{\"a\":7,\"b\":1.5,\"c\":true,\"d\":null,\"e\":\"7\","
			       "\"f\":[\"x\",false],\"g\":1e20,\"h\":\"nan\",\"i\":\"inf\"}");
	free(s);
	json_decref(j);
	rl_yaml_free(&y);
	assert_int_equal(rl_yaml_load(&y, "loop.yaml", loop, sizeof loop - 1, &e), 0);
	assert_null(rl_yaml_to_json(&y, rl_yaml_root(&y)));
	rl_yaml_free(&y);
}

static void atomic_write_and_read(void **st)
{
	char dir[] = "/tmp/rl-test-XXXXXX", path[128];
	rl_buf b = RL_BUF_INIT;
	rl_err e;
	(void)st;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/a/b/c.txt", dir);
	snprintf(path, sizeof path, "%s/a/b", dir);
	assert_int_equal(rl_mkdirs(path, &e), 0);
	snprintf(path, sizeof path, "%s/a/b/c.txt", dir);
	assert_int_equal(rl_write_file_atomic(path, "hello", 5, &e), 0);
	assert_int_equal(rl_read_file(path, 100, &b, &e), 0);
	assert_string_equal(b.s, "hello");
	rl_buf_reset(&b);
	assert_int_equal(rl_read_file(path, 3, &b, &e), RL_ELIMIT);
	assert_int_equal(b.len, 0);
	assert_int_equal(rl_read_file("/nonexistent/x", 3, &b, &e), RL_ENOTFOUND);
	rl_buf_free(&b);
	unlink(path);
	snprintf(path, sizeof path, "rm -rf %s", dir);
	assert_int_equal(system(path), 0);
}

/* Symlinks resolve to one name, whether their target exists or not; an
 * atomic write through a link replaces the target and keeps the link. */
static void path_resolve_follows_links(void **st)
{
	char dir[] = "/tmp/rl-test-XXXXXX", a[128], b[128], *r, *want;
	rl_buf buf = RL_BUF_INIT;
	rl_err e;
	struct stat sb;
	(void)st;

	assert_non_null(mkdtemp(dir));
	want = realpath(dir, NULL);
	assert_non_null(want);
	snprintf(a, sizeof a, "%s/link1", dir);
	assert_int_equal(symlink("link2", a), 0); /* relative, dangling chain */
	snprintf(b, sizeof b, "%s/link2", dir);
	assert_int_equal(symlink("db.sqlite", b), 0);
	r = rl_path_resolve(a);
	assert_non_null(r);
	snprintf(b, sizeof b, "%s/db.sqlite", want);
	assert_string_equal(r, b);
	free(r);
	snprintf(b, sizeof b, "%s/db.sqlite", dir);
	r = rl_path_resolve(b); /* not there: its directory resolved */
	assert_non_null(r);
	snprintf(b, sizeof b, "%s/db.sqlite", want);
	assert_string_equal(r, b);
	free(r);

	assert_int_equal(rl_write_file_atomic(a, "x", 1, &e), 0);
	assert_int_equal(lstat(a, &sb), 0);
	assert_true(S_ISLNK(sb.st_mode));
	assert_int_equal(rl_read_file(b, 10, &buf, &e), 0);
	assert_string_equal(buf.s, "x");
	r = rl_path_resolve(a); /* now it exists: realpath's answer */
	assert_string_equal(r, b);
	free(r);

	snprintf(b, sizeof b, "%s/loop", dir);
	assert_int_equal(symlink("loop", b), 0);
	assert_null(rl_path_resolve(b));
	assert_int_equal(rl_write_file_atomic(b, "x", 1, &e), RL_EIO);
	rl_buf_free(&buf);
	free(want);
	snprintf(a, sizeof a, "rm -rf %s", dir);
	assert_int_equal(system(a), 0);
}

/* m: mask a copy of `in` with `key`; the result in a static buffer. */
static const char *m(const char *in, const char *key)
{
	static char b[512];
	size_t n = strlen(in);
	snprintf(b, sizeof b, "%s", in);
	n = rl_secret_mask(b, n, key);
	b[n] = '\0';
	return b;
}

/* Echoes of a key (issue 21, item 14): whole, JSON-escaped, in part. */
static void secret_mask_catches_echoes(void **st)
{
	const char *k = "sk-Zq8/Wv3+Lr5/Tn1xKp7Hm2Yb"; /* 27 chars, two '/' */
	(void)st;
	assert_string_equal(m("key: sk-Zq8/Wv3+Lr5/Tn1xKp7Hm2Yb.", k),
			    "key: ***************************.");
	/* what a JSON encoder that escapes '/' sends */
	assert_string_equal(m("{\"m\":\"key sk-Zq8\\/Wv3+Lr5\\/Tn1xKp7Hm2Yb\"}", k),
			    "{\"m\":\"key ***************************\"}");
	/* \u escapes, mixed case hex */
	assert_string_equal(m("\\u0073\\u006B-Zq8/Wv3+Lr5/Tn1xKp7Hm2Yb", k),
			    "***************************");
	/* a long prefix, and a long suffix, each alone */
	assert_string_equal(m("provided: sk-Zq8/Wv3+Lr5/Tn1x****", k),
			    "provided: ***********************");
	assert_string_equal(m("ends in Lr5/Tn1xKp7Hm2Yb!", k), "ends in ****************!");
	/* a fragment shorter than the run is ordinary text */
	assert_string_equal(m("id Wv3+Lr5/Tn1 ok", k), "id Wv3+Lr5/Tn1 ok");
	/* an escaped backslash is not the start of an escape */
	assert_string_equal(m("\\\\/Wv3", k), "\\\\/Wv3");
	/* short keys: only whole */
	assert_string_equal(m("a abcd abc", "abcd"), "a **** abc");
	assert_string_equal(m("abc", "abc"), "abc");
	assert_string_equal(m("", k), "");
}

/* In a child (the setting is for the whole process): not dumpable, and
 * no core file, soft or hard. */
static void secret_protect_process(void **st)
{
	pid_t pid;
	int status = -1;
	(void)st;
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		struct rlimit r;
		rl_secret_protect_process();
		if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0 || getrlimit(RLIMIT_CORE, &r) ||
		    r.rlim_cur != 0 || r.rlim_max != 0)
			_exit(1);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

static void sha256_known_vector(void **st)
{
	char hex[65];
	(void)st;
	rl_sha256_hex("abc", 3, hex);
	assert_string_equal(hex,
			    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

/* The helpers that replaced per-file copies (issue 20). */
static void find_ci_first_and_last(void **st)
{
	const char *h = "a <Answer>yes</ANSWER> <answer>no</answer>";
	size_t n = strlen(h);
	(void)st;
	assert_ptr_equal(rl_find_ci(h, n, "<answer>"), h + 2);
	assert_ptr_equal(rl_rfind_ci(h, n, "<ANSWER>"), h + 23);
	assert_null(rl_find_ci(h, n, "<reasoning>"));
	assert_null(rl_find_ci(h, n, ""));           /* empty needle: no match */
	assert_null(rl_find_ci(h, 3, "a <Answer>")); /* longer than the haystack */
	assert_null(rl_rfind_ci(h, 0, "a"));
	/* bounded by hn, not by the NUL */
	assert_null(rl_find_ci(h, 5, "<answer>"));
}

static void hexval_and_parse_long(void **st)
{
	long v = 7;
	(void)st;
	assert_int_equal(rl_hexval('0'), 0);
	assert_int_equal(rl_hexval('f'), 15);
	assert_int_equal(rl_hexval('C'), 12);
	assert_int_equal(rl_hexval('g'), -1);
	assert_int_equal(rl_hexval((char)0xC3), -1);
	assert_int_equal(rl_parse_long("42", 1, 100, &v), 0);
	assert_int_equal(v, 42);
	assert_int_equal(rl_parse_long("0", 1, 100, &v), RL_EINVAL);
	assert_int_equal(rl_parse_long("101", 1, 100, &v), RL_EINVAL);
	assert_int_equal(rl_parse_long("4x", 1, 100, &v), RL_EINVAL);
	assert_int_equal(rl_parse_long("", 1, 100, &v), RL_EINVAL);
	assert_int_equal(rl_parse_long(NULL, 1, 100, &v), RL_EINVAL);
	assert_int_equal(rl_parse_long("99999999999999999999999", 0, 100, &v), RL_EINVAL);
	assert_int_equal(v, 42); /* unchanged on error */
}

static void arena_allocates_aligned(void **st)
{
	rl_arena a;
	int i;
	(void)st;
	rl_arena_init(&a, 128);
	for (i = 0; i < 100; i++) {
		char *p = rl_arena_alloc(&a, (size_t)i + 1);
		assert_non_null(p);
		assert_int_equal((uintptr_t)p % 16, 0);
		memset(p, 'x', (size_t)i + 1);
	}
	assert_string_equal(rl_arena_strndup(&a, "abcdef", 3), "abc");
	rl_arena_free(&a);
}

/* rl_fold_script: each fold, bytes it does not fold kept, a lead byte cut
 * at the end kept, the result no longer than the input and a fixed point
 * (folding twice changes nothing: word tables are written folded). */
static void fold_script_folds_each_script(void **state)
{
	static const struct {
		const char *in, *out;
	} c[] = {
		{"Pay NOW", "pay now"},
		{"\xc4\xb0stanbul", "istanbul"},                    /* İ */
		{"\xc4\x90\xe1\xbb\x95i", "\xc4\x91\xe1\xbb\x95i"}, /* Đổi */
		{"\xd0\x9f\xd0\xb5\xd0\xa0\xd0\x95\xd0\x92\xd0\x95\xd0\x94\xd0\x98",
		 "\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd0\xb5\xd0\xb4\xd0\xb8"}, /* ПеРЕВЕДИ */
		{"\xd0\x81\xd0\xb6", "\xd1\x91\xd0\xb6"},                             /* Ёж */
		{"\xd8\xad\xd9\x88\xd9\x91\xd9\x84", "\xd8\xad\xd9\x88\xd9\x84"}, /* حوّل */
		{"\xd8\xa3\xd8\xb1\xd8\xb3\xd9\x84", "\xd8\xa7\xd8\xb1\xd8\xb3\xd9\x84"}, /* أرسل */
		{"\xd8\xb4\xd9\x83\xd9\x88\xd9\x89", "\xd8\xb4\xd9\x83\xd9\x88\xd9\x8a"}, /* شكوى */
		{"\xe6\x94\xaf\xe4\xbb\x98 \xed\x95\x9c", "\xe6\x94\xaf\xe4\xbb\x98 \xed\x95\x9c"},
		{"end \xd0", "end \xd0"},                   /* lead byte cut */
		{"\xc3\x89t\xc3\xa9", "\xc3\xa9t\xc3\xa9"}, /* Été (s17: Latin-1 folded) */
		{"\xc3\x97\xc3\x9f", "\xc3\x97\xc3\x9f"},   /* × and ß stay */
		{"\xc5\x9e\xc4\x9e\xc5\x81\xc5\xbd", "\xc5\x9f\xc4\x9f\xc5\x82\xc5\xbe"}, /* ŞĞŁŽ */
		{"\xc4\xb1\xc5\xb8", "\xc4\xb1\xc5\xb8"},                 /* ı and Ÿ stay */
		{"\xce\x88\xce\x9d\xce\xa9", "\xce\xad\xce\xbd\xcf\x89"}, /* ΈΝΩ */
	};
	char o[256], o2[256];
	size_t i, m, m2;
	unsigned seed = 7;
	(void)state;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		m = rl_fold_script(c[i].in, strlen(c[i].in), o);
		assert_int_equal(m, strlen(c[i].out));
		assert_memory_equal(o, c[i].out, m);
	}
	for (i = 0; i < 2000; i++) {
		/* valid UTF-8 drawn from the letters each branch reads (on
		 * broken UTF-8 a dropped mark can join a stray continuation
		 * byte to a lead: not a word any table holds) */
		static const char *const pool[] = {
			"A",        "z",        " ",        "\xc4\xb0",     "\xc4\x90",
			"\xc4\x91", "\xd0\x90", "\xd0\xaf", "\xd0\x81",     "\xd0\xb0",
			"\xd1\x8f", "\xd8\xa3", "\xd8\xa7", "\xd9\x89",     "\xd9\x8b",
			"\xd9\x91", "\xd9\xb0", "\xd9\x8a", "\xe6\x94\xaf", "\xc3\x89",
			"\xc5\x9e", "\xc5\x9f", "\xce\x91", "\xce\x86",     "\xce\xa0"};
		char in[160];
		size_t n = 0, k;
		for (k = 0; k < i % 40; k++) {
			const char *w;
			seed = seed * 1103515245u + 12345u;
			w = pool[(seed >> 16) % (sizeof pool / sizeof pool[0])];
			memcpy(in + n, w, strlen(w));
			n += strlen(w);
		}
		m = rl_fold_script(in, n, o);
		assert_true(m <= n);
		m2 = rl_fold_script(o, m, o2);
		assert_int_equal(m2, m);
		assert_memory_equal(o2, o, m);
	}
}

static int count_hit(unsigned id, unsigned long long from, unsigned long long to, unsigned flags,
		     void *ctx)
{
	(void)id, (void)from, (void)flags;
	((unsigned long long *)ctx)[0]++;
	((unsigned long long *)ctx)[1] = to;
	return 0;
}

/* rl_hs_scan over texts that end 0-70 bytes before an unmapped page: every
 * match is found with the text's own offsets and nothing reads the guard
 * page (it would SIGSEGV). */
static void hs_scan_at_page_end(void **st)
{
	const char *ex[] = {"needle", "[a-z]{3}\\d{2,}x"};
	unsigned fl[] = {HS_FLAG_SINGLEMATCH, HS_FLAG_SINGLEMATCH}, ids[] = {0, 1};
	hs_database_t *db = NULL;
	hs_compile_error_t *ce = NULL;
	hs_scratch_t *sc = NULL;
	long pg = sysconf(_SC_PAGESIZE);
	char *m;
	size_t gap;
	(void)st;
	assert_int_equal(hs_compile_multi(ex, fl, ids, 2, HS_MODE_BLOCK, NULL, &db, &ce),
			 HS_SUCCESS);
	assert_int_equal(hs_alloc_scratch(db, &sc), HS_SUCCESS);
	m = mmap(NULL, (size_t)pg * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(m != MAP_FAILED);
	assert_int_equal(mprotect(m + pg, (size_t)pg, PROT_NONE), 0);
	for (gap = 0; gap <= 70; gap++) {
		static const char t[] = "a long line of text with a needle and abc123x at its end";
		size_t n = sizeof t - 1;
		char *s = m + pg - gap - n;
		unsigned long long got[2] = {0, 0};
		memcpy(s, t, n);
		assert_int_equal(rl_hs_scan(db, s, (unsigned)n, 0, sc, count_hit, got), HS_SUCCESS);
		assert_int_equal(got[0], 2);
	}
	munmap(m, (size_t)pg * 2);
	hs_free_scratch(sc);
	hs_free_database(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(buf_grows_and_formats),
		cmocka_unit_test(html_escape_neutralises_markup),
		cmocka_unit_test(term_escape_removes_control_sequences),
		cmocka_unit_test(json_escape_is_valid_json_for_any_bytes),
		cmocka_unit_test(err_locations),
		cmocka_unit_test(yaml_typed_access_and_errors),
		cmocka_unit_test(yaml_to_json_types_and_bounds),
		cmocka_unit_test(atomic_write_and_read),
		cmocka_unit_test(path_resolve_follows_links),
		cmocka_unit_test(secret_mask_catches_echoes),
		cmocka_unit_test(secret_protect_process),
		cmocka_unit_test(sha256_known_vector),
		cmocka_unit_test(arena_allocates_aligned),
		cmocka_unit_test(find_ci_first_and_last),
		cmocka_unit_test(fold_script_folds_each_script),
		cmocka_unit_test(hexval_and_parse_long),
		cmocka_unit_test(hs_scan_at_page_end),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
