/* fake/fake_int.h: what the fake provider's files share (internal to
 * src/fake):
 *   fake.c    the server: libmicrohttpd, the timer thread that resumes
 *             parked connections, prompt counters, the fault schedule,
 *             the stats page, start and stop
 *   parse.c   reading a request body (the fast scanner and the codec)
 *   answer.c  the answer routine: faults, the mock script, each wire's
 *             body or stream, the request log
 * Cross-file names carry the fk_ prefix. */
#ifndef RL_FAKE_INT_H
#define RL_FAKE_INT_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#include <microhttpd.h>

#include "base/util.h"
#include "fake/fake.h"
#include "provider/internal.h"
#include "redline/buf.h"
#include "redline/provider.h"

enum fault {
	F_NONE,
	F_429,
	F_500,
	F_503,
	F_529,
	F_HANG,
	F_RESET,
	F_TRUNCATE,
	F_INVALID,
	F_EMPTY,
	F_ECHO_KEY,
	F_NUL,
	F_ECHO_KEY_ESC,
	F_ECHO_KEY_PART,
};
extern const char *const fk_fault_names[]; /* fake.c */

typedef struct sched {
	int kind;
	long first, every, retry_after;
} sched;

#define MAX_SCHED 16

enum { ST_BODY, ST_WAIT, ST_READY };

/* One event loop: a libmicrohttpd daemon in external-polling mode on the
 * shared listening socket, run by its own thread (see fake.c for why not
 * libmicrohttpd's own thread pool). */
typedef struct fk_loop {
	struct rl_fake *f;
	struct MHD_Daemon *d;
	int wake; /* eventfd: a connection resumed from another thread, or stop */
	int started;
	pthread_t th;
} fk_loop;

typedef struct conn_ctx {
	int state;
	rl_buf body;
	struct MHD_Response *resp;
	unsigned status;
	int64_t due;
	struct MHD_Connection *conn;
	fk_loop *loop; /* the loop serving the connection */
} conn_ctx;

/* SSE / reset bodies served through a content-reader callback. */
typedef struct stream_body {
	char *data;
	size_t len;
	size_t *cuts; /* chunk ends, so each event goes out as its own chunk */
	size_t ncuts, cut;
	size_t fail_at; /* reset: close the connection after this many bytes */
	int reset;
	int delay_ms; /* pause between events (parks the connection) */
	size_t paused_at;
	struct rl_fake *f;
	struct conn_ctx *ctx;
} stream_body;

struct rl_fake {
	rl_fake_opts o;
	fk_loop *loops;
	unsigned nloops;
	atomic_int quit; /* the loops stop */
	int port;
	rl_mock_script *script;
	sched sched[MAX_SCHED];
	int nsched;
	atomic_uint_fast64_t seq, ok, faults, bad;
	atomic_uint_fast64_t body_bytes; /* request bodies received, in all */
	/* prompt counters: open addressing on the prompt hash */
	pthread_mutex_t pmu;
	uint64_t *pkeys;
	uint32_t *pcount;
	size_t pcap, pn;
	uint64_t pmax;
	/* timer thread and its heap of parked connections */
	pthread_mutex_t tmu;
	pthread_cond_t tcv;
	pthread_t timer;
	int timer_started, stopping;
	conn_ctx **heap;
	size_t nheap, capheap, maxheap;
	FILE *log;
	pthread_mutex_t lmu;
};

typedef struct parsed {
	rl_codec_req r; /* model, stream, system, messages (codec/request.c) */
} parsed;

/* fake.c */
int fk_theap_push(rl_fake *f, conn_ctx *c);
/* MHD_resume_connection, and the connection's loop woken to serve it */
void fk_resume(conn_ctx *c);
uint64_t fk_prompt_count(rl_fake *f, uint64_t key);
int fk_fault_by_name(const char *s, size_t n);

/* parse.c */
void fk_parsed_free(parsed *p);
int fk_scan_request(const char *url, const char *body, size_t n, parsed *p);

/* answer.c */
struct MHD_Response *fk_buf_response(char *s, const char *ctype);
int64_t fk_answer(rl_fake *f, struct MHD_Connection *c, const char *url, conn_ctx *ctx);

#endif
