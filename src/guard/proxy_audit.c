/* proxy_audit.c: the guard server's audit queue: records are queued under
 * `mu` on any thread and written to the hold store in batches (one worker
 * flushes every 100 ms; a person's decision is flushed at once). */
#include "guard/proxy.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <errno.h>
#include <jansson.h>
#include <netinet/in.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "guard/proxy_int.h"
#include "base/secret.h"
#include "base/util.h"
#include "guard/eval.h"
#include "guard/hcli.h"
#include "guard/hsrv.h"
#include "guard/wire.h"
#include "base/jsonr.h"
#include "store/holds.h"

void gp_audit_push(struct rl_guard_server *s, const char *who, const char *what,
		   const char *hold_id, const char *agent, const char *rule, const char *reason,
		   const char *detail)
{
	rl_audit_rec *a;
	pthread_mutex_lock(&s->mu);
	if (s->naudit == s->capaudit) {
		size_t nc = s->capaudit ? s->capaudit * 2 : 64;
		rl_audit_rec *na = realloc(s->audit, nc * sizeof *na);
		if (!na) {
			pthread_mutex_unlock(&s->mu);
			rl_log(RL_LOG_ERROR, "guard",
			       "audit queue: out of memory (record dropped)");
			return;
		}
		s->audit = na;
		s->capaudit = nc;
	}
	a = &s->audit[s->naudit++];
	memset(a, 0, sizeof *a);
	a->ts_ms = rl_wall_ms();
	gp_scpy(a->who, sizeof a->who, who);
	gp_scpy(a->what, sizeof a->what, what);
	gp_scpy(a->hold_id, sizeof a->hold_id, hold_id ? hold_id : "");
	gp_scpy(a->agent, sizeof a->agent, agent ? agent : "");
	gp_scpy(a->rule, sizeof a->rule, rule ? rule : "");
	gp_scpy(a->reason, sizeof a->reason, reason ? reason : "");
	gp_scpy(a->detail, sizeof a->detail, detail ? detail : "");
	pthread_mutex_unlock(&s->mu);
}

void gp_audit_flush(struct rl_guard_server *s)
{
	rl_audit_rec *v;
	size_t n;
	rl_err e;
	pthread_mutex_lock(&s->mu);
	v = s->audit;
	n = s->naudit;
	s->audit = NULL;
	s->naudit = s->capaudit = 0;
	pthread_mutex_unlock(&s->mu);
	if (!n)
		return;
	pthread_mutex_lock(&s->dbmu);
	if (rl_holds_audit(s->db, v, n, &e))
		rl_log(RL_LOG_ERROR, "guard", "audit log write failed: %s", e.msg);
	pthread_mutex_unlock(&s->dbmu);
	free(v);
}
