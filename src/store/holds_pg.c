/* store/holds_pg.c: the guard's holds, decisions and audit on PostgreSQL
 * (store/holds.h; rl_holds_open with a postgresql:// URL), so that every
 * replica of a guard fleet sees the same holds: a decision made on any
 * replica (or by `redline guard approve`) is a compare-and-set on the
 * shared row, followed by NOTIFY redline_holds; each replica LISTENs and
 * rl_holds_changed reports the notification at once, with a poll every
 * second as the fallback (a notification lost to a reconnect). The retry
 * index (req_hash) is the shared table, so a retry through another
 * replica finds the hold. Same rules as pg_int.h: text parameters only,
 * outside text made valid UTF-8; the response is bytea (sent binary). */
#include "store/holds_pg.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/secret.h"
#include "base/util.h"
#include "store/pg_int.h"

struct rl_holds_pg {
	PGconn *c;
	char *url;       /* to reconnect; holds the password: wiped on close */
	char *password;  /* masked out of messages */
	char shown[512]; /* the URL with its password masked */
	int64_t last_poll;
};

static const char schema[] =
	"SELECT pg_advisory_xact_lock(7259011802);"
	"CREATE TABLE IF NOT EXISTS guard_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS guard_holds("
	" id TEXT PRIMARY KEY, created_ms BIGINT NOT NULL, deadline_ms BIGINT NOT NULL,"
	" agent TEXT NOT NULL, format INTEGER NOT NULL, stream INTEGER NOT NULL,"
	" req_hash TEXT NOT NULL, rule TEXT NOT NULL, reason TEXT NOT NULL,"
	" summary TEXT NOT NULL, response BYTEA NOT NULL, verdict TEXT NOT NULL,"
	" status INTEGER NOT NULL DEFAULT 0, decided_by TEXT NOT NULL DEFAULT '',"
	" decided_ms BIGINT NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '',"
	" timeout_action INTEGER NOT NULL DEFAULT 3, delivered INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX IF NOT EXISTS guard_holds_status ON guard_holds(status, created_ms);"
	"CREATE INDEX IF NOT EXISTS guard_holds_hash ON guard_holds(req_hash);"
	"CREATE TABLE IF NOT EXISTS guard_audit("
	" seq BIGSERIAL PRIMARY KEY, ts_ms BIGINT NOT NULL, who TEXT NOT NULL, what TEXT NOT NULL,"
	" hold_id TEXT NOT NULL, agent TEXT NOT NULL, rule TEXT NOT NULL, reason TEXT NOT NULL,"
	" detail TEXT NOT NULL);"
	"INSERT INTO guard_meta VALUES('schema', '1') ON CONFLICT DO NOTHING;";

static int fail(rl_holds_pg *p, const char *what, const char *msg, rl_err *e)
{
	char m[512];
	snprintf(m, sizeof m, "%s", msg && *msg ? msg : "unknown error");
	m[strcspn(m, "\n")] = '\0';
	if (p->password)
		rl_secret_mask(m, strlen(m), p->password);
	if (!p->c || PQstatus(p->c) != CONNECTION_OK)
		return rl_err_set(e, RL_EIO, "guard db %s: %s: database unreachable: %s", p->shown,
				  what, m);
	return rl_err_set(e, RL_EDB, "guard db %s: %s: %s", p->shown, what, m);
}

static void no_notices(void *ud, const char *msg)
{
	(void)ud;
	(void)msg;
}

/* The connection, reconnected when it was lost (NULL: still down). */
static PGconn *conn(rl_holds_pg *p, rl_err *e)
{
	if (p->c && PQstatus(p->c) == CONNECTION_OK)
		return p->c;
	if (p->c)
		PQreset(p->c);
	else {
		const char *const keys[] = {"connect_timeout", "application_name", "dbname", NULL};
		const char *const vals[] = {"5", "redline-guard", p->url, NULL};
		p->c = PQconnectdbParams(keys, vals, 1);
	}
	if (!p->c || PQstatus(p->c) != CONNECTION_OK) {
		fail(p, "connecting", p->c ? PQerrorMessage(p->c) : "out of memory", e);
		return NULL;
	}
	PQsetNoticeProcessor(p->c, no_notices, NULL);
	/* (re)subscribe; a decision missed meanwhile is found by the poll */
	PQclear(PQexec(p->c, "LISTEN redline_holds"));
	p->last_poll = 0;
	return p->c;
}

/* One statement; params text (formats NULL) or as given. */
static PGresult *q(rl_holds_pg *p, const char *sql, int n, const char *const *v, const int *len,
		   const int *fmt, const char *what, rl_err *e)
{
	PGconn *c = conn(p, e);
	PGresult *r;
	ExecStatusType st;
	if (!c)
		return NULL;
	r = n ? PQexecParams(c, sql, n, NULL, v, len, fmt, 0) : PQexec(c, sql);
	st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
		return r;
	fail(p, what, r ? PQresultErrorMessage(r) : PQerrorMessage(c), e);
	PQclear(r);
	return NULL;
}

static int run(rl_holds_pg *p, const char *sql, int n, const char *const *v, const char *what,
	       rl_err *e)
{
	PGresult *r = q(p, sql, n, v, NULL, NULL, what, e);
	if (!r)
		return e && e->code ? e->code : RL_EDB;
	PQclear(r);
	return 0;
}

int rl_holds_pg_open(const char *url, rl_holds_pg **out, rl_err *e)
{
	rl_holds_pg *p = calloc(1, sizeof *p);
	PQconninfoOption *opts, *o;
	int rc;

	*out = NULL;
	if (!p || !(p->url = strdup(url))) {
		free(p);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	rl_store_display_name(url, p->shown, sizeof p->shown);
	if (!(opts = PQconninfoParse(url, NULL))) {
		rl_holds_pg_close(p);
		return rl_err_set(e, RL_EINVAL, "%s: not a valid PostgreSQL URL", p->shown);
	}
	for (o = opts; o->keyword; o++)
		if (!strcmp(o->keyword, "password") && o->val && *o->val)
			p->password = strdup(o->val);
	PQconninfoFree(opts);
	if ((rc = run(p, "BEGIN", 0, NULL, "schema", e)) ||
	    (rc = run(p, schema, 0, NULL, "schema", e)) ||
	    (rc = run(p, "COMMIT", 0, NULL, "schema", e))) {
		rl_holds_pg_close(p);
		return rc;
	}
	*out = p;
	return 0;
}

void rl_holds_pg_close(rl_holds_pg *p)
{
	if (!p)
		return;
	PQfinish(p->c);
	if (p->url) {
		explicit_bzero(p->url, strlen(p->url));
		free(p->url);
	}
	if (p->password) {
		explicit_bzero(p->password, strlen(p->password));
		free(p->password);
	}
	free(p);
}

int rl_holds_pg_insert(rl_holds_pg *p, const rl_hold_rec *r, rl_err *e)
{
	char n[6][24], *t[6];
	const char *v[13];
	int len[13] = {0}, fmt[13] = {0}, rc, i;

	v[0] = r->id;
	v[1] = rl_pg_num(n[0], r->created_ms);
	v[2] = rl_pg_num(n[1], r->deadline_ms);
	v[3] = rl_pg_text(r->agent, 0, &t[0]);
	v[4] = rl_pg_num(n[2], r->format);
	v[5] = rl_pg_num(n[3], r->stream);
	v[6] = r->req_hash;
	v[7] = rl_pg_text(r->rule, 0, &t[1]);
	v[8] = rl_pg_text(r->reason, 0, &t[2]);
	v[9] = rl_pg_text(r->summary ? r->summary : "[]", 0, &t[3]);
	v[10] = r->response ? r->response : "";
	len[10] = (int)r->response_len;
	fmt[10] = 1; /* the upstream bytes as they came */
	v[11] = rl_pg_text(r->verdict ? r->verdict : "[]", 0, &t[4]);
	v[12] = rl_pg_num(n[4], r->timeout_action);
	t[5] = NULL;
	{
		PGresult *res =
			q(p,
			  "INSERT INTO guard_holds(id, created_ms, deadline_ms, agent, format,"
			  " stream, req_hash, rule, reason, summary, response, verdict, status,"
			  " timeout_action) VALUES ($1, $2::bigint, $3::bigint, $4, $5::int,"
			  " $6::int, $7, $8, $9, $10, $11::bytea, $12, 0, $13::int)",
			  13, v, len, fmt, "insert hold", e);
		rc = res ? 0 : (e && e->code ? e->code : RL_EDB);
		PQclear(res);
	}
	for (i = 0; i < 6; i++)
		free(t[i]);
	if (!rc)
		rc = run(p, "SELECT pg_notify('redline_holds', $1)", 1, v, "notify", e);
	return rc;
}

int rl_holds_pg_decide(rl_holds_pg *p, const char *id, int status, const char *by, const char *note,
		       int64_t now_ms, rl_err *e)
{
	char st[24], now[24], *t1, *t2;
	const char *v[5] = {rl_pg_num(st, status), rl_pg_text(by ? by : "", 0, &t1),
			    rl_pg_num(now, now_ms), rl_pg_text(note ? note : "", 0, &t2), id};
	/* compare-and-set, and the notification in the same statement */
	PGresult *r = q(p,
			"WITH u AS (UPDATE guard_holds SET status = $1::int, decided_by = $2,"
			" decided_ms = $3::bigint, note = $4 WHERE id = $5 AND status = 0"
			" RETURNING id) SELECT pg_notify('redline_holds', id) FROM u",
			5, v, NULL, NULL, "decide hold", e);
	int n;
	free(t1);
	free(t2);
	if (!r)
		return e && e->code ? e->code : RL_EDB;
	n = PQntuples(r);
	PQclear(r);
	if (n == 0) {
		rl_hold_rec rec;
		int g = rl_holds_pg_get(p, id, &rec, e);
		if (g)
			return g;
		rl_err_set(e, RL_EEXIST, "hold %s was already %s by %s", id,
			   rl_hold_status_name(rec.status), rec.decided_by);
		rl_hold_rec_free(&rec);
		return RL_EEXIST;
	}
	return 0;
}

int rl_holds_pg_mark_delivered(rl_holds_pg *p, const char *id, rl_err *e)
{
	const char *v[1] = {id};
	return run(p, "UPDATE guard_holds SET delivered = 1 WHERE id = $1", 1, v, "mark delivered",
		   e);
}

#define HOLD_COLS                                                                                  \
	"id, created_ms, deadline_ms, agent, format, stream, req_hash, rule, reason, summary,"     \
	" verdict, status, decided_by, decided_ms, note, timeout_action, delivered, response"

static void cpy(char *dst, size_t n, const PGresult *r, int i, int c)
{
	snprintf(dst, n, "%s", PQgetvalue(r, i, c));
}

static int row_to_rec(const PGresult *r, int i, rl_hold_rec *h, int with_response)
{
	memset(h, 0, sizeof *h);
	cpy(h->id, sizeof h->id, r, i, 0);
	h->created_ms = rl_pg_i64(r, i, 1, 0);
	h->deadline_ms = rl_pg_i64(r, i, 2, 0);
	cpy(h->agent, sizeof h->agent, r, i, 3);
	h->format = (int)rl_pg_i64(r, i, 4, 0);
	h->stream = (int)rl_pg_i64(r, i, 5, 0);
	cpy(h->req_hash, sizeof h->req_hash, r, i, 6);
	cpy(h->rule, sizeof h->rule, r, i, 7);
	cpy(h->reason, sizeof h->reason, r, i, 8);
	h->summary = strdup(PQgetvalue(r, i, 9));
	h->verdict = strdup(PQgetvalue(r, i, 10));
	h->status = (int)rl_pg_i64(r, i, 11, 0);
	cpy(h->decided_by, sizeof h->decided_by, r, i, 12);
	h->decided_ms = rl_pg_i64(r, i, 13, 0);
	cpy(h->note, sizeof h->note, r, i, 14);
	h->timeout_action = (int)rl_pg_i64(r, i, 15, 0);
	h->delivered = (int)rl_pg_i64(r, i, 16, 0);
	if (with_response) {
		size_t n = 0;
		unsigned char *b = PQunescapeBytea((const unsigned char *)PQgetvalue(r, i, 17), &n);
		if (b && (h->response = malloc(n + 1))) {
			memcpy(h->response, b, n);
			h->response[n] = '\0';
			h->response_len = n;
		}
		PQfreemem(b);
	}
	if (!h->summary || !h->verdict || (with_response && !h->response)) {
		rl_hold_rec_free(h);
		return RL_ENOMEM;
	}
	return 0;
}

static int get_one(rl_holds_pg *p, const char *sql, const char *arg, rl_hold_rec *out, rl_err *e)
{
	const char *v[1] = {arg};
	PGresult *r = q(p, sql, 1, v, NULL, NULL, "read hold", e);
	int rc;
	if (!r)
		return e && e->code ? e->code : RL_EDB;
	if (PQntuples(r) < 1) {
		PQclear(r);
		return rl_err_set(e, RL_ENOTFOUND, "no hold %s", arg);
	}
	rc = row_to_rec(r, 0, out, 1);
	PQclear(r);
	return rc ? rl_err_set(e, rc, "out of memory") : 0;
}

int rl_holds_pg_get(rl_holds_pg *p, const char *id, rl_hold_rec *out, rl_err *e)
{
	return get_one(p, "SELECT " HOLD_COLS " FROM guard_holds WHERE id = $1", id, out, e);
}

int rl_holds_pg_find_hash(rl_holds_pg *p, const char *req_hash, rl_hold_rec *out, rl_err *e)
{
	return get_one(p,
		       "SELECT " HOLD_COLS " FROM guard_holds WHERE req_hash = $1 AND delivered = 0"
		       " ORDER BY created_ms DESC LIMIT 1",
		       req_hash, out, e);
}

int rl_holds_pg_list(rl_holds_pg *p, int status, size_t max, int with_response, rl_hold_rec **out,
		     size_t *n, rl_err *e)
{
	char mx[24], st[24];
	const char *v[2] = {rl_pg_num(mx, (int64_t)(max > 100000000 ? 100000000 : max)),
			    rl_pg_num(st, status)};
	PGresult *r =
		q(p,
		  status == -1   ? "SELECT " HOLD_COLS " FROM guard_holds WHERE $2::int = -1"
				   " ORDER BY created_ms LIMIT $1::bigint"
		  : status == -2 ? "SELECT " HOLD_COLS " FROM guard_holds WHERE $2::int = -2"
				   " AND status <> 0 AND delivered = 0"
				   " ORDER BY created_ms LIMIT $1::bigint"
		  : status == -3 ? "SELECT " HOLD_COLS " FROM guard_holds WHERE $2::int = -3"
				   " AND delivered = 0 ORDER BY created_ms LIMIT $1::bigint"
		  : status == -4 ? "SELECT " HOLD_COLS " FROM guard_holds WHERE $2::int = -4"
				   " AND status <> 0 ORDER BY decided_ms DESC, id LIMIT $1::bigint"
				 : "SELECT " HOLD_COLS " FROM guard_holds WHERE status = $2::int"
				   " ORDER BY created_ms LIMIT $1::bigint",
		  2, v, NULL, NULL, "list holds", e);
	rl_hold_rec *a;
	int i, nt;

	*out = NULL;
	*n = 0;
	if (!r)
		return e && e->code ? e->code : RL_EDB;
	nt = PQntuples(r);
	if (!(a = calloc((size_t)nt + 1, sizeof *a))) {
		PQclear(r);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (i = 0; i < nt; i++)
		if (row_to_rec(r, i, &a[i], with_response)) {
			while (i-- > 0)
				rl_hold_rec_free(&a[i]);
			free(a);
			PQclear(r);
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		}
	PQclear(r);
	*out = a;
	*n = (size_t)nt;
	return 0;
}

int rl_holds_pg_audit(rl_holds_pg *p, const rl_audit_rec *recs, size_t n, rl_err *e)
{
	size_t i;
	int rc;
	if (!n)
		return 0;
	if ((rc = run(p, "BEGIN", 0, NULL, "audit", e)))
		return rc;
	for (i = 0; i < n && !rc; i++) {
		const rl_audit_rec *a = &recs[i];
		char ts[24], *t[7];
		const char *v[8] = {
			rl_pg_num(ts, a->ts_ms),         rl_pg_text(a->who, 0, &t[0]),
			rl_pg_text(a->what, 0, &t[1]),   rl_pg_text(a->hold_id, 0, &t[2]),
			rl_pg_text(a->agent, 0, &t[3]),  rl_pg_text(a->rule, 0, &t[4]),
			rl_pg_text(a->reason, 0, &t[5]), rl_pg_text(a->detail, 0, &t[6])};
		int j;
		rc = run(p,
			 "INSERT INTO guard_audit(ts_ms, who, what, hold_id, agent, rule, reason,"
			 " detail) VALUES ($1::bigint, $2, $3, $4, $5, $6, $7, $8)",
			 8, v, "audit", e);
		for (j = 0; j < 7; j++)
			free(t[j]);
	}
	if (rc) {
		if (p->c)
			PQclear(PQexec(p->c, "ROLLBACK"));
		return rc;
	}
	return run(p, "COMMIT", 0, NULL, "audit commit", e);
}

int rl_holds_pg_audit_jsonl(rl_holds_pg *p, size_t max, rl_buf *out, rl_err *e)
{
	static const char *const keys[] = {"ts_ms", "who",  "what",   "hold",
					   "agent", "rule", "reason", "detail"};
	char mx[24];
	const char *v[1] = {rl_pg_num(mx, (int64_t)(max > 100000000 ? 100000000 : max))};
	PGresult *r =
		q(p,
		  "SELECT ts_ms, who, what, hold_id, agent, rule, reason, detail FROM guard_audit"
		  " ORDER BY seq LIMIT $1::bigint",
		  1, v, NULL, NULL, "read audit", e);
	int i, k;
	if (!r)
		return e && e->code ? e->code : RL_EDB;
	for (i = 0; i < PQntuples(r); i++) {
		rl_buf_addf(out, "{\"ts_ms\":%lld", (long long)rl_pg_i64(r, i, 0, 0));
		for (k = 1; k < 8; k++) {
			const char *s = PQgetvalue(r, i, k);
			rl_buf_addf(out, ",\"%s\":\"", keys[k]);
			rl_buf_add_json(out, s, strlen(s));
			rl_buf_addc(out, '"');
		}
		rl_buf_adds(out, "}\n");
	}
	PQclear(r);
	return 0;
}

int rl_holds_pg_changed(rl_holds_pg *p, int *changed, rl_err *e)
{
	PGconn *c = conn(p, e);
	PGnotify *n;
	int64_t now = rl_mono_ms();

	*changed = 0;
	if (!c)
		return e && e->code ? e->code : RL_EIO;
	if (!PQconsumeInput(c))
		return fail(p, "listening", PQerrorMessage(c), e);
	while ((n = PQnotifies(c))) {
		*changed = 1;
		PQfreemem(n);
	}
	/* the fallback: look anyway once a second */
	if (now - p->last_poll >= 1000) {
		*changed = 1;
		p->last_poll = now;
	}
	return 0;
}

int rl_holds_pg_ping(rl_holds_pg *p, rl_err *e)
{
	return run(p, "SELECT 1", 0, NULL, "health check", e);
}

int rl_holds_pg_socket(rl_holds_pg *p)
{
	return p->c && PQstatus(p->c) == CONNECTION_OK ? PQsocket(p->c) : -1;
}
