/* test_holds_shared.c: the guard's hold store as two replicas see it
 * (store/holds.h): two handles on one store, a hold made through one is
 * decided through the other, the first learns of it (data_version on
 * SQLite, LISTEN/NOTIFY on PostgreSQL), a second decision loses, the retry
 * index finds the hold from either, and hostile bytes survive: a response
 * with NUL bytes comes back byte for byte, text with invalid UTF-8 is
 * stored. Runs on an SQLite file; with RL_TEST_PG (the query part of a
 * libpq URL; tests/cli/t1800 sets it) on PostgreSQL. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "redline/guard.h"
#include "store/holds.h"

static char path[512];

static void fresh_store(void)
{
	const char *pg = getenv("RL_TEST_PG");
	if (pg && *pg) {
		char url[512];
		PGconn *c;
		snprintf(url, sizeof url, "postgresql:///postgres?%s", pg);
		c = PQconnectdb(url);
		assert_int_equal(PQstatus(c), CONNECTION_OK);
		PQclear(PQexec(c, "SET client_min_messages = warning"));
		PQclear(PQexec(c, "DROP DATABASE IF EXISTS t_holds"));
		PQclear(PQexec(c, "CREATE DATABASE t_holds"));
		PQfinish(c);
		snprintf(path, sizeof path, "postgresql:///t_holds?%s", pg);
	} else {
		int fd;
		snprintf(path, sizeof path, "/tmp/rl-test-holds-XXXXXX");
		fd = mkstemp(path);
		assert_true(fd >= 0);
		close(fd);
	}
}

static void drop_store(void)
{
	char p2[600];
	if (!strncmp(path, "postgresql:", 11))
		return;
	unlink(path);
	snprintf(p2, sizeof p2, "%s-wal", path);
	unlink(p2);
	snprintf(p2, sizeof p2, "%s-shm", path);
	unlink(p2);
}

static void two_replicas(void **st)
{
	rl_holds *a, *b;
	rl_hold_rec r = {0}, got, *v;
	rl_audit_rec au = {0};
	rl_buf out = RL_BUF_INIT;
	static const char body[] = "{\"x\":\"a\0b\xff\"}";
	size_t n;
	rl_err e;
	int changed;
	(void)st;
	fresh_store();
	assert_int_equal(rl_holds_open(path, &a, &e), 0);
	assert_int_equal(rl_holds_open(path, &b, &e), 0);
	assert_int_equal(rl_holds_ping(a, &e), 0);
	snprintf(r.id, sizeof r.id, "h0001");
	r.created_ms = 1000;
	r.deadline_ms = 2000;
	snprintf(r.agent, sizeof r.agent, "agent'; DROP TABLE guard_holds;--");
	snprintf(r.req_hash, sizeof r.req_hash, "rh1");
	snprintf(r.rule, sizeof r.rule, "rule.x");
	snprintf(r.reason, sizeof r.reason, "bad byte \xc3 here");
	r.summary = "[]";
	r.verdict = "[]";
	r.response = (char *)body;
	r.response_len = sizeof body - 1;
	r.timeout_action = RL_GUARD_BLOCK;
	assert_int_equal(rl_holds_changed(a, &changed, &e), 0);
	assert_int_equal(rl_holds_insert(a, &r, &e), 0);
	/* replica b: the hold and its bytes */
	assert_int_equal(rl_holds_list(b, RL_HOLD_PENDING, 10, 1, &v, &n, &e), 0);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].agent, "agent'; DROP TABLE guard_holds;--");
	assert_int_equal(v[0].response_len, sizeof body - 1);
	assert_memory_equal(v[0].response, body, sizeof body - 1);
	rl_hold_rec_free(&v[0]);
	free(v);
	/* the retry index from the other replica */
	assert_int_equal(rl_holds_find_hash(b, "rh1", &got, &e), 0);
	assert_string_equal(got.id, "h0001");
	rl_hold_rec_free(&got);
	/* b decides; a learns it, and a second decision loses */
	assert_int_equal(rl_holds_changed(a, &changed, &e), 0);
	assert_int_equal(rl_holds_decide(b, "h0001", RL_HOLD_APPROVED, "api:bob", "", 1500, &e), 0);
	for (int i = 0; i < 50; i++) { /* a notification crosses a socket */
		assert_int_equal(rl_holds_changed(a, &changed, &e), 0);
		if (changed)
			break;
		usleep(10 * 1000);
	}
	assert_int_equal(changed, 1);
	assert_int_equal(rl_holds_decide(a, "h0001", RL_HOLD_DENIED, "timeout", "", 2000, &e),
			 RL_EEXIST);
	assert_non_null(strstr(e.msg, "approved by api:bob"));
	assert_int_equal(rl_holds_decide(a, "nope", RL_HOLD_DENIED, "x", "", 2000, &e),
			 RL_ENOTFOUND);
	assert_int_equal(rl_holds_list(a, -2, 10, 0, &v, &n, &e), 0);
	assert_int_equal(n, 1);
	rl_hold_rec_free(&v[0]);
	free(v);
	assert_int_equal(rl_holds_mark_delivered(a, "h0001", &e), 0);
	assert_int_equal(rl_holds_find_hash(b, "rh1", &got, &e), RL_ENOTFOUND);
	au.ts_ms = 5;
	snprintf(au.who, sizeof au.who, "web:\"eve\"");
	snprintf(au.what, sizeof au.what, "approve");
	assert_int_equal(rl_holds_audit(a, &au, 1, &e), 0);
	assert_int_equal(rl_holds_audit_jsonl(b, 100, &out, &e), 0);
	assert_non_null(strstr(out.s, "\"who\":\"web:\\\"eve\\\"\""));
	rl_buf_free(&out);
	rl_holds_close(a);
	rl_holds_close(b);
	drop_store();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(two_replicas),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
