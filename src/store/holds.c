/* holds.c: the guard's SQL (store/holds.h). WAL journal so the proxy and
 * the CLI read and write the same file at once; every value is a bound
 * parameter; a guard_meta row versions the schema so later releases can
 * migrate. Decisions are compare-and-set (status = 'pending' in the WHERE
 * clause), so two approvers racing cannot both win. */
#include "store/holds.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fs.h"
#include "redline/store.h"
#include "store/holds_pg.h"

#define HOLDS_SCHEMA_VERSION 1

struct rl_holds {
	sqlite3 *db;
	int64_t data_version;
	rl_holds_pg *pg; /* a postgresql:// URL: every call goes there (holds_pg.c) */
};

static const char schema[] =
	"CREATE TABLE IF NOT EXISTS guard_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
	"CREATE TABLE IF NOT EXISTS guard_holds("
	" id TEXT PRIMARY KEY, created_ms INTEGER NOT NULL, deadline_ms INTEGER NOT NULL,"
	" agent TEXT NOT NULL, format INTEGER NOT NULL, stream INTEGER NOT NULL,"
	" req_hash TEXT NOT NULL, rule TEXT NOT NULL, reason TEXT NOT NULL,"
	" summary TEXT NOT NULL, response BLOB NOT NULL, verdict TEXT NOT NULL,"
	" status INTEGER NOT NULL DEFAULT 0, decided_by TEXT NOT NULL DEFAULT '',"
	" decided_ms INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '',"
	" timeout_action INTEGER NOT NULL DEFAULT 3, delivered INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX IF NOT EXISTS guard_holds_status ON guard_holds(status, created_ms);"
	"CREATE INDEX IF NOT EXISTS guard_holds_hash ON guard_holds(req_hash);"
	"CREATE TABLE IF NOT EXISTS guard_audit("
	" seq INTEGER PRIMARY KEY, ts_ms INTEGER NOT NULL, who TEXT NOT NULL, what TEXT NOT NULL,"
	" hold_id TEXT NOT NULL, agent TEXT NOT NULL, rule TEXT NOT NULL, reason TEXT NOT NULL,"
	" detail TEXT NOT NULL);";

static int dberr(rl_holds *h, rl_err *e, const char *what)
{
	return rl_err_set(e, RL_EDB, "guard db: %s: %s", what,
			  h && h->db ? sqlite3_errmsg(h->db) : "?");
}

const char *rl_hold_status_name(int status)
{
	return status == RL_HOLD_APPROVED ? "approved"
	       : status == RL_HOLD_DENIED ? "denied"
					  : "pending";
}

int rl_holds_open(const char *path, rl_holds **out, rl_err *e)
{
	rl_holds *h = calloc(1, sizeof *h);
	sqlite3_stmt *st = NULL;
	char *msg = NULL;
	int v = 0;

	*out = NULL;
	if (!h)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	if (rl_store_is_url(path)) {
		int rc = rl_holds_pg_open(path, &h->pg, e);
		if (rc) {
			free(h);
			return rc;
		}
		*out = h;
		return 0;
	}
	/* the guard's records (agents, tool calls, decisions) are private:
	 * created 0600, which SQLite carries over to -wal and -shm */
	if (strncmp(path, "file:", 5) && strcmp(path, ":memory:"))
		(void)rl_file_create_private(path);
	if (sqlite3_open_v2(path, &h->db,
			    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK) {
		int rc = rl_err_set(e, RL_EDB, "%s: cannot open database: %s", path,
				    h->db ? sqlite3_errmsg(h->db) : "out of memory");
		sqlite3_close(h->db);
		free(h);
		return rc;
	}
	sqlite3_busy_timeout(h->db, 5000);
	if (sqlite3_exec(h->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", NULL, NULL,
			 &msg) != SQLITE_OK ||
	    sqlite3_exec(h->db, schema, NULL, NULL, &msg) != SQLITE_OK) {
		int rc = rl_err_set(e, RL_EDB, "%s: %s", path, msg ? msg : "schema setup failed");
		sqlite3_free(msg);
		sqlite3_close(h->db);
		free(h);
		return rc;
	}
	if (sqlite3_prepare_v2(h->db, "SELECT value FROM guard_meta WHERE key='schema'", -1, &st,
			       NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = atoi((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (v > HOLDS_SCHEMA_VERSION) {
		sqlite3_close(h->db);
		free(h);
		return rl_err_set(e, RL_EDB,
				  "%s: guard schema version %d is newer than this redline (%d)",
				  path, v, HOLDS_SCHEMA_VERSION);
	}
	if (v < HOLDS_SCHEMA_VERSION) {
		char sql[128];
		snprintf(sql, sizeof sql, "INSERT OR REPLACE INTO guard_meta VALUES('schema','%d')",
			 HOLDS_SCHEMA_VERSION);
		sqlite3_exec(h->db, sql, NULL, NULL, NULL);
	}
	*out = h;
	rl_holds_changed(h, &v, NULL);
	return 0;
}

void rl_holds_close(rl_holds *h)
{
	if (!h)
		return;
	rl_holds_pg_close(h->pg);
	sqlite3_close(h->db);
	free(h);
}

int rl_holds_insert(rl_holds *h, const rl_hold_rec *r, rl_err *e)
{
	if (h->pg)
		return rl_holds_pg_insert(h->pg, r, e);
	sqlite3_stmt *st;
	int rc;
	if (sqlite3_prepare_v2(
		    h->db,
		    "INSERT INTO guard_holds(id,created_ms,deadline_ms,agent,format,stream,"
		    "req_hash,rule,reason,summary,response,verdict,status,timeout_action)"
		    " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,0,?)",
		    -1, &st, NULL) != SQLITE_OK)
		return dberr(h, e, "insert hold");
	sqlite3_bind_text(st, 1, r->id, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, r->created_ms);
	sqlite3_bind_int64(st, 3, r->deadline_ms);
	sqlite3_bind_text(st, 4, r->agent, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 5, r->format);
	sqlite3_bind_int(st, 6, r->stream);
	sqlite3_bind_text(st, 7, r->req_hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, r->rule, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, r->reason, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, r->summary ? r->summary : "[]", -1, SQLITE_STATIC);
	sqlite3_bind_blob(st, 11, r->response ? r->response : "", (int)r->response_len,
			  SQLITE_STATIC);
	sqlite3_bind_text(st, 12, r->verdict ? r->verdict : "[]", -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 13, r->timeout_action);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : dberr(h, e, "insert hold");
}

int rl_holds_decide(rl_holds *h, const char *id, int status, const char *by, const char *note,
		    int64_t now_ms, rl_err *e)
{
	if (h->pg)
		return rl_holds_pg_decide(h->pg, id, status, by, note, now_ms, e);
	sqlite3_stmt *st;
	int rc, changes;
	if (sqlite3_prepare_v2(h->db,
			       "UPDATE guard_holds SET status=?, decided_by=?, decided_ms=?, note=?"
			       " WHERE id=? AND status=0",
			       -1, &st, NULL) != SQLITE_OK)
		return dberr(h, e, "decide hold");
	sqlite3_bind_int(st, 1, status);
	sqlite3_bind_text(st, 2, by ? by : "", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, now_ms);
	sqlite3_bind_text(st, 4, note ? note : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, id, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return dberr(h, e, "decide hold");
	changes = sqlite3_changes(h->db);
	if (changes == 0) {
		rl_hold_rec r;
		int g = rl_holds_get(h, id, &r, e);
		if (g == RL_ENOTFOUND)
			return g;
		if (g)
			return g;
		rl_err_set(e, RL_EEXIST, "hold %s was already %s by %s", id,
			   rl_hold_status_name(r.status), r.decided_by);
		rl_hold_rec_free(&r);
		return RL_EEXIST;
	}
	return 0;
}

int rl_holds_mark_delivered(rl_holds *h, const char *id, rl_err *e)
{
	if (h->pg)
		return rl_holds_pg_mark_delivered(h->pg, id, e);
	sqlite3_stmt *st;
	int rc;
	if (sqlite3_prepare_v2(h->db, "UPDATE guard_holds SET delivered=1 WHERE id=?", -1, &st,
			       NULL) != SQLITE_OK)
		return dberr(h, e, "mark delivered");
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : dberr(h, e, "mark delivered");
}

void rl_hold_rec_free(rl_hold_rec *r)
{
	if (!r)
		return;
	free(r->summary);
	free(r->response);
	free(r->verdict);
	r->summary = r->response = r->verdict = NULL;
}

static void col_copy(char *dst, size_t n, sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	snprintf(dst, n, "%s", s ? (const char *)s : "");
}

static char *col_dup(sqlite3_stmt *st, int i, size_t *len)
{
	const void *p = sqlite3_column_blob(st, i);
	size_t n = (size_t)sqlite3_column_bytes(st, i);
	char *s = malloc(n + 1);
	if (!s)
		return NULL;
	if (n)
		memcpy(s, p, n);
	s[n] = '\0';
	if (len)
		*len = n;
	return s;
}

#define HOLD_COLS                                                                                  \
	"id,created_ms,deadline_ms,agent,format,stream,req_hash,rule,reason,summary,"              \
	"verdict,status,decided_by,decided_ms,note,timeout_action,delivered,response"

static int row_to_rec(sqlite3_stmt *st, rl_hold_rec *r, int with_response)
{
	memset(r, 0, sizeof *r);
	col_copy(r->id, sizeof r->id, st, 0);
	r->created_ms = sqlite3_column_int64(st, 1);
	r->deadline_ms = sqlite3_column_int64(st, 2);
	col_copy(r->agent, sizeof r->agent, st, 3);
	r->format = sqlite3_column_int(st, 4);
	r->stream = sqlite3_column_int(st, 5);
	col_copy(r->req_hash, sizeof r->req_hash, st, 6);
	col_copy(r->rule, sizeof r->rule, st, 7);
	col_copy(r->reason, sizeof r->reason, st, 8);
	r->summary = col_dup(st, 9, NULL);
	r->verdict = col_dup(st, 10, NULL);
	r->status = sqlite3_column_int(st, 11);
	col_copy(r->decided_by, sizeof r->decided_by, st, 12);
	r->decided_ms = sqlite3_column_int64(st, 13);
	col_copy(r->note, sizeof r->note, st, 14);
	r->timeout_action = sqlite3_column_int(st, 15);
	r->delivered = sqlite3_column_int(st, 16);
	if (with_response)
		r->response = col_dup(st, 17, &r->response_len);
	if (!r->summary || !r->verdict || (with_response && !r->response)) {
		rl_hold_rec_free(r);
		return RL_ENOMEM;
	}
	return 0;
}

static int get_one(rl_holds *h, const char *sql, const char *arg, rl_hold_rec *out, rl_err *e)
{
	sqlite3_stmt *st;
	int rc;
	if (sqlite3_prepare_v2(h->db, sql, -1, &st, NULL) != SQLITE_OK)
		return dberr(h, e, "read hold");
	sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		rc = row_to_rec(st, out, 1);
		sqlite3_finalize(st);
		return rc ? rl_err_set(e, rc, "out of memory") : 0;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return rl_err_set(e, RL_ENOTFOUND, "no hold %s", arg);
	return dberr(h, e, "read hold");
}

int rl_holds_get(rl_holds *h, const char *id, rl_hold_rec *out, rl_err *e)
{
	if (h->pg)
		return rl_holds_pg_get(h->pg, id, out, e);
	return get_one(h, "SELECT " HOLD_COLS " FROM guard_holds WHERE id=?", id, out, e);
}

int rl_holds_find_hash(rl_holds *h, const char *req_hash, rl_hold_rec *out, rl_err *e)
{
	if (h->pg)
		return rl_holds_pg_find_hash(h->pg, req_hash, out, e);
	return get_one(h,
		       "SELECT " HOLD_COLS " FROM guard_holds WHERE req_hash=? AND delivered=0"
		       " ORDER BY created_ms DESC LIMIT 1",
		       req_hash, out, e);
}

int rl_holds_list(rl_holds *h, int status, size_t max, int with_response, rl_hold_rec **out,
		  size_t *n, rl_err *e)
{
	if (h->pg)
		return rl_holds_pg_list(h->pg, status, max, with_response, out, n, e);
	sqlite3_stmt *st;
	rl_hold_rec *v = NULL;
	size_t cnt = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(
		    h->db,
		    status == -1 ? "SELECT " HOLD_COLS
				   " FROM guard_holds ORDER BY created_ms LIMIT ?"
		    : status == -2 ? "SELECT " HOLD_COLS
				     " FROM guard_holds WHERE status!=0 AND delivered=0"
				     " ORDER BY created_ms LIMIT ?"
		    : status == -3 ? "SELECT " HOLD_COLS " FROM guard_holds WHERE delivered=0"
				     " ORDER BY created_ms LIMIT ?"
		    : status == -4 ? "SELECT " HOLD_COLS " FROM guard_holds WHERE status!=0"
				     " ORDER BY decided_ms DESC, id LIMIT ?"
				   : "SELECT " HOLD_COLS " FROM guard_holds WHERE status=?2"
				     " ORDER BY created_ms LIMIT ?1",
		    -1, &st, NULL) != SQLITE_OK)
		return dberr(h, e, "list holds");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)max);
	if (status >= 0)
		sqlite3_bind_int(st, 2, status);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		rl_hold_rec *nv = realloc(v, (cnt + 1) * sizeof *nv);
		if (!nv || row_to_rec(st, &nv[cnt], with_response)) {
			if (nv)
				v = nv;
			rc = RL_ENOMEM;
			break;
		}
		v = nv;
		cnt++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		size_t i;
		for (i = 0; i < cnt; i++)
			rl_hold_rec_free(&v[i]);
		free(v);
		return rc == RL_ENOMEM ? rl_err_set(e, RL_ENOMEM, "out of memory")
				       : dberr(h, e, "list holds");
	}
	*out = v;
	*n = cnt;
	return 0;
}

int rl_holds_audit(rl_holds *h, const rl_audit_rec *recs, size_t n, rl_err *e)
{
	if (h->pg)
		return rl_holds_pg_audit(h->pg, recs, n, e);
	sqlite3_stmt *st;
	size_t i;
	int rc = SQLITE_DONE;
	if (!n)
		return 0;
	if (sqlite3_exec(h->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return dberr(h, e, "audit");
	if (sqlite3_prepare_v2(
		    h->db,
		    "INSERT INTO guard_audit(ts_ms,who,what,hold_id,agent,rule,reason,detail)"
		    " VALUES(?,?,?,?,?,?,?,?)",
		    -1, &st, NULL) != SQLITE_OK) {
		sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
		return dberr(h, e, "audit");
	}
	for (i = 0; i < n && rc == SQLITE_DONE; i++) {
		const rl_audit_rec *a = &recs[i];
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, a->ts_ms);
		sqlite3_bind_text(st, 2, a->who, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, a->what, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, a->hold_id, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, a->agent, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, a->rule, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 7, a->reason, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 8, a->detail, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		int r = dberr(h, e, "audit");
		sqlite3_exec(h->db, "ROLLBACK", NULL, NULL, NULL);
		return r;
	}
	if (sqlite3_exec(h->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		return dberr(h, e, "audit commit");
	return 0;
}

int rl_holds_audit_jsonl(rl_holds *h, size_t max, rl_buf *out, rl_err *e)
{
	if (h->pg)
		return rl_holds_pg_audit_jsonl(h->pg, max, out, e);
	static const char *const keys[] = {"ts_ms", "who",  "what",   "hold",
					   "agent", "rule", "reason", "detail"};
	sqlite3_stmt *st;
	int rc, i;
	if (sqlite3_prepare_v2(
		    h->db,
		    "SELECT ts_ms,who,what,hold_id,agent,rule,reason,detail FROM guard_audit"
		    " ORDER BY seq LIMIT ?",
		    -1, &st, NULL) != SQLITE_OK)
		return dberr(h, e, "read audit");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)max);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		rl_buf_addf(out, "{\"ts_ms\":%lld", (long long)sqlite3_column_int64(st, 0));
		for (i = 1; i < 8; i++) {
			const char *s = (const char *)sqlite3_column_text(st, i);
			rl_buf_addf(out, ",\"%s\":\"", keys[i]);
			rl_buf_add_json(out, s ? s : "", s ? strlen(s) : 0);
			rl_buf_addc(out, '"');
		}
		rl_buf_adds(out, "}\n");
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : dberr(h, e, "read audit");
}

int rl_holds_changed(rl_holds *h, int *changed, rl_err *e)
{
	if (h->pg)
		return rl_holds_pg_changed(h->pg, changed, e);
	sqlite3_stmt *st;
	int64_t v = 0;
	*changed = 0;
	if (sqlite3_prepare_v2(h->db, "PRAGMA data_version", -1, &st, NULL) != SQLITE_OK)
		return dberr(h, e, "data_version");
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (v != h->data_version) {
		*changed = 1;
		h->data_version = v;
	}
	return 0;
}

int rl_holds_ping(rl_holds *h, rl_err *e)
{
	return h->pg ? rl_holds_pg_ping(h->pg, e) : 0;
}

int rl_holds_shared(const rl_holds *h)
{
	return h->pg != NULL;
}

int rl_holds_socket(rl_holds *h)
{
	return h->pg ? rl_holds_pg_socket(h->pg) : -1;
}
