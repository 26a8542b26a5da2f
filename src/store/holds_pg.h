/* store/holds_pg.h: the PostgreSQL back end of store/holds.h (holds_pg.c);
 * holds.c dispatches to it when rl_holds_open is given a postgresql://
 * URL. Same contracts as the rl_holds_* functions of the same names. */
#ifndef RL_STORE_HOLDS_PG_H
#define RL_STORE_HOLDS_PG_H

#include "store/holds.h"

typedef struct rl_holds_pg rl_holds_pg;

int rl_holds_pg_open(const char *url, rl_holds_pg **out, rl_err *e);
void rl_holds_pg_close(rl_holds_pg *p);
int rl_holds_pg_insert(rl_holds_pg *p, const rl_hold_rec *r, rl_err *e);
int rl_holds_pg_decide(rl_holds_pg *p, const char *id, int status, const char *by, const char *note,
		       int64_t now_ms, rl_err *e);
int rl_holds_pg_mark_delivered(rl_holds_pg *p, const char *id, rl_err *e);
int rl_holds_pg_get(rl_holds_pg *p, const char *id, rl_hold_rec *out, rl_err *e);
int rl_holds_pg_find_hash(rl_holds_pg *p, const char *req_hash, rl_hold_rec *out, rl_err *e);
int rl_holds_pg_list(rl_holds_pg *p, int status, size_t max, int with_response, rl_hold_rec **out,
		     size_t *n, rl_err *e);
int rl_holds_pg_audit(rl_holds_pg *p, const rl_audit_rec *recs, size_t n, rl_err *e);
int rl_holds_pg_audit_jsonl(rl_holds_pg *p, size_t max, rl_buf *out, rl_err *e);
int rl_holds_pg_changed(rl_holds_pg *p, int *changed, rl_err *e);
int rl_holds_pg_ping(rl_holds_pg *p, rl_err *e);
int rl_holds_pg_socket(rl_holds_pg *p);

#endif
