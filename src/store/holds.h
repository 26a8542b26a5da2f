/* store/holds.h: the guard's durable state in SQLite (or PostgreSQL, for
 * a fleet of replicas: see the end of this file): holds (responses
 * parked for a person's approval), their decisions, and the audit log of
 * every decision the guard makes. The proxy and `redline guard
 * approve|deny|list` open the same file concurrently (WAL, busy timeout),
 * and a running proxy notices decisions written by other processes via
 * rl_holds_changed (SQLite's data_version), without polling rows.
 *
 * Ownership: rl_holds_open allocates a handle (one sqlite3 connection, not
 * shared between threads without the caller's lock); rl_holds_close frees
 * it. rl_hold_rec strings marked owned are malloc'ed and released by
 * rl_hold_rec_free. API keys are never passed in here. */
#ifndef RL_STORE_HOLDS_H
#define RL_STORE_HOLDS_H

#include <stddef.h>
#include <stdint.h>

#include "redline/buf.h"
#include "redline/err.h"

enum rl_hold_status { RL_HOLD_PENDING = 0, RL_HOLD_APPROVED = 1, RL_HOLD_DENIED = 2 };

typedef struct rl_hold_rec {
	char id[40]; /* random hex */
	int64_t created_ms, deadline_ms;
	char agent[128];
	int format;        /* enum rl_guard_format */
	int stream;        /* the client asked for SSE */
	char req_hash[65]; /* sha256 of agent, path and request body */
	char rule[128], reason[256];
	char *summary;  /* owned: JSON array of held items (tool, args, rule, reason) */
	char *response; /* owned: the upstream response as received */
	size_t response_len;
	char *verdict; /* owned: JSON of the verdict's items */
	int status;    /* enum rl_hold_status */
	char decided_by[128];
	int64_t decided_ms;
	char note[256];
	int timeout_action; /* enum rl_guard_action applied on timeout */
	int delivered;      /* the decision reached a client */
} rl_hold_rec;

typedef struct rl_audit_rec {
	int64_t ts_ms;
	char who[128];    /* "policy", "timeout", "cli:alice", "api:bob", ... */
	char what[32];    /* allow, redact, block, hold, approve, deny, timeout, error */
	char hold_id[40]; /* "" when not about a hold */
	char agent[128];
	char rule[128];
	char reason[256];
	char detail[512]; /* tools involved, status codes; never keys */
} rl_audit_rec;

typedef struct rl_holds rl_holds;

int rl_holds_open(const char *path, rl_holds **out, rl_err *e);
void rl_holds_close(rl_holds *h);

int rl_holds_insert(rl_holds *h, const rl_hold_rec *r, rl_err *e);
/* Decide a pending hold. RL_ENOTFOUND: no such id; RL_EEXIST: already
 * decided (the existing decision stands). */
int rl_holds_decide(rl_holds *h, const char *id, int status, const char *by, const char *note,
		    int64_t now_ms, rl_err *e);
int rl_holds_mark_delivered(rl_holds *h, const char *id, rl_err *e);
/* Fetch one hold (RL_ENOTFOUND when absent). */
int rl_holds_get(rl_holds *h, const char *id, rl_hold_rec *out, rl_err *e);
/* The newest hold for `req_hash` not yet delivered (RL_ENOTFOUND if none). */
int rl_holds_find_hash(rl_holds *h, const char *req_hash, rl_hold_rec *out, rl_err *e);
/* Holds with `status` (-1: all, -2: decided but not delivered, -3: not
 * delivered), oldest first, or (-4) every decided hold, newest decision
 * first (the approval page's history); at most `max`; *out is an
 * owned array of *n records (free each, then the array). Bodies are not
 * loaded (response NULL) unless `with_response`. */
int rl_holds_list(rl_holds *h, int status, size_t max, int with_response, rl_hold_rec **out,
		  size_t *n, rl_err *e);
void rl_hold_rec_free(rl_hold_rec *r);

/* Append audit records in one transaction. */
int rl_holds_audit(rl_holds *h, const rl_audit_rec *recs, size_t n, rl_err *e);
/* Audit log as JSON Lines, oldest first, appended to `out`. */
int rl_holds_audit_jsonl(rl_holds *h, size_t max, rl_buf *out, rl_err *e);

/* *changed = 1 when another connection wrote since the last call. */
int rl_holds_changed(rl_holds *h, int *changed, rl_err *e);

const char *rl_hold_status_name(int status);

/* PostgreSQL (rl_holds_open given a postgresql:// URL; store/holds_pg.c):
 * the holds, decisions, audit and retry index are shared by every replica
 * of a guard fleet, and rl_holds_changed reports a decision made anywhere
 * at once (LISTEN/NOTIFY), polling once a second as the fallback. */
int rl_holds_shared(const rl_holds *h);
/* 0 when the database answers (always, for SQLite); else RL_EIO: the
 * replica must fail closed. */
int rl_holds_ping(rl_holds *h, rl_err *e);
/* The connection's socket, readable when a notification arrives (-1 for
 * SQLite or while disconnected): a server loop may poll it. */
int rl_holds_socket(rl_holds *h);

#endif
