/* fake.c: a loopback model server for tests and benchmarks (see fake.h).
 * libmicrohttpd does the HTTP: one daemon per thread, in external-polling
 * epoll mode, all on one listening socket, each run by a loop of ours;
 * delayed answers (latency, hangs) park the connection with
 * MHD_suspend_connection and a single timer thread resumes it when due, so
 * 1024 slow requests cost no threads and no CPU while they wait. Answers
 * come from the mock script and are rendered in each provider's documented
 * wire format.
 *
 * Why not libmicrohttpd's own thread pool: its epoll loop (0.9.75, and the
 * same code since) reads events 128 at a time and, when a read returns all
 * 128, reads again with the timeout it computed before the first read,
 * before serving any of them. This server sets no connection timeout, so
 * that second read waited for the next event, however long: 128 requests
 * already read held until another arrived or a resume woke the thread
 * (test_fake's a_full_batch_of_events_is_served; CI once saw parks_1024
 * stop at 768 parked: 1024 - 2 threads x 128). Our loop waits in poll() on
 * the daemon's epoll descriptor (which consumes no event) and then lets
 * the daemon work with a zero timeout, which never blocks.
 * This file is the server; reading a request body (parse.c) and the answer
 * routine (answer.c) live beside it, and fake_int.h lists what they share. */
#include "fake/fake_int.h"
#include "fake/fake_meta.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

/* clang-format off */
const char *const fk_fault_names[] = {"none", "429", "500", "503", "529", "hang",
					  "reset", "truncate", "invalid", "empty", "echo-key",
					  "nul", "echo-key-escaped", "echo-key-part"};
/* clang-format on */

/* ---- timer heap ------------------------------------------------------ */

int fk_theap_push(rl_fake *f, conn_ctx *c)
{
	size_t i;
	if (f->nheap == f->capheap) {
		size_t cap = f->capheap ? f->capheap * 2 : 256;
		conn_ctx **h = realloc(f->heap, cap * sizeof *h);
		if (!h)
			return -1;
		f->heap = h;
		f->capheap = cap;
	}
	i = f->nheap++;
	while (i > 0 && f->heap[(i - 1) / 2]->due > c->due) {
		f->heap[i] = f->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	f->heap[i] = c;
	if (f->nheap > f->maxheap)
		f->maxheap = f->nheap;
	return 0;
}

static conn_ctx *theap_pop(rl_fake *f)
{
	conn_ctx *top, *last;
	size_t i = 0;
	if (!f->nheap)
		return NULL;
	top = f->heap[0];
	last = f->heap[--f->nheap];
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= f->nheap)
			break;
		if (c + 1 < f->nheap && f->heap[c + 1]->due < f->heap[c]->due)
			c++;
		if (f->heap[c]->due >= last->due)
			break;
		f->heap[i] = f->heap[c];
		i = c;
	}
	if (f->nheap)
		f->heap[i] = last;
	return top;
}

static void *timer_main(void *arg)
{
	rl_fake *f = arg;
	pthread_mutex_lock(&f->tmu);
	while (!f->stopping) {
		int64_t now = rl_mono_ms();
		if (f->nheap && f->heap[0]->due <= now) {
			conn_ctx *c = theap_pop(f);
			c->state = ST_READY;
			fk_resume(c);
			continue;
		}
		if (!f->nheap) {
			pthread_cond_wait(&f->tcv, &f->tmu);
		} else {
			struct timespec ts;
			int64_t wait = f->heap[0]->due - now;
			clock_gettime(CLOCK_MONOTONIC, &ts);
			ts.tv_sec += wait / 1000;
			ts.tv_nsec += (wait % 1000) * 1000000L;
			if (ts.tv_nsec >= 1000000000L) {
				ts.tv_sec++;
				ts.tv_nsec -= 1000000000L;
			}
			pthread_cond_timedwait(&f->tcv, &f->tmu, &ts);
		}
	}
	/* Stopping: MHD requires every connection resumed before it stops. */
	while (f->nheap) {
		conn_ctx *c = theap_pop(f);
		c->state = ST_READY;
		fk_resume(c);
	}
	pthread_mutex_unlock(&f->tmu);
	return NULL;
}

/* ---- the event loops ------------------------------------------------- */

/* Wake a loop out of its poll(): its eventfd, written. */
static void loop_wake(const fk_loop *l)
{
	uint64_t one = 1;
	(void)!write(l->wake, &one, sizeof one);
}

void fk_resume(conn_ctx *c)
{
	MHD_resume_connection(c->conn);
	/* without an internal thread the daemon has no wake-up channel of
	 * its own; after the resume, so the loop's next turn sees it */
	loop_wake(c->loop);
}

static void *loop_main(void *arg)
{
	fk_loop *l = arg;
	const union MHD_DaemonInfo *di = MHD_get_daemon_info(l->d, MHD_DAEMON_INFO_EPOLL_FD);
	struct pollfd p[2];
	memset(p, 0, sizeof p);
	p[0].fd = di ? di->epoll_fd : -1;
	p[0].events = POLLIN; /* the epoll set has an event: not consumed */
	p[1].fd = l->wake;
	p[1].events = POLLIN;
	while (!atomic_load(&l->f->quit)) {
		MHD_UNSIGNED_LONG_LONG to;
		int ms = -1;
		uint64_t n;
		MHD_run(l->d); /* epoll_wait with a zero timeout: never blocks */
		if (MHD_get_timeout(l->d, &to) == MHD_YES) /* 0: work already pending */
			ms = to < INT_MAX ? (int)to : INT_MAX;
		if (poll(p, 2, ms) > 0 && (p[1].revents & POLLIN))
			(void)!read(l->wake, &n, sizeof n);
	}
	return NULL;
}

/* ---- prompt counters ------------------------------------------------- */

uint64_t fk_prompt_count(rl_fake *f, uint64_t key)
{
	size_t i;
	uint64_t n;
	if (!key)
		key = 1;
	pthread_mutex_lock(&f->pmu);
	if (f->pn * 2 >= f->pcap) {
		size_t cap = f->pcap ? f->pcap * 2 : 1024, j;
		uint64_t *k = calloc(cap, sizeof *k);
		uint32_t *c = calloc(cap, sizeof *c);
		if (!k || !c) {
			free(k);
			free(c);
			pthread_mutex_unlock(&f->pmu);
			return 1;
		}
		for (j = 0; j < f->pcap; j++)
			if (f->pkeys[j]) {
				size_t h = f->pkeys[j] & (cap - 1);
				while (k[h])
					h = (h + 1) & (cap - 1);
				k[h] = f->pkeys[j];
				c[h] = f->pcount[j];
			}
		free(f->pkeys);
		free(f->pcount);
		f->pkeys = k;
		f->pcount = c;
		f->pcap = cap;
	}
	i = key & (f->pcap - 1);
	while (f->pkeys[i] && f->pkeys[i] != key)
		i = (i + 1) & (f->pcap - 1);
	if (!f->pkeys[i]) {
		f->pkeys[i] = key;
		f->pn++;
	}
	n = ++f->pcount[i];
	if (n > f->pmax)
		f->pmax = n;
	pthread_mutex_unlock(&f->pmu);
	return n;
}

/* ---- the fault schedule (--fault) ----------------------------------- */

int fk_fault_by_name(const char *s, size_t n)
{
	int i;
	for (i = 1; i < (int)(sizeof fk_fault_names / sizeof fk_fault_names[0]); i++)
		if (strlen(fk_fault_names[i]) == n && !strncasecmp(fk_fault_names[i], s, n))
			return i;
	return F_NONE;
}

static int parse_sched(rl_fake *f, const char *spec, rl_err *e)
{
	char *copy, *item, *save = NULL;
	if (!spec || !*spec)
		return 0;
	if (!(copy = strdup(spec)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (item = strtok_r(copy, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
		char *part, *s2 = NULL;
		sched *s;
		if (f->nsched == MAX_SCHED) {
			free(copy);
			return rl_err_set(e, RL_EINVAL, "--fault: at most %d rules", MAX_SCHED);
		}
		s = &f->sched[f->nsched++];
		memset(s, 0, sizeof *s);
		s->retry_after = 1;
		part = strtok_r(item, ":", &s2);
		s->kind = part ? fk_fault_by_name(part, strlen(part)) : F_NONE;
		if (s->kind == F_NONE) {
			rl_err_set(e, RL_EINVAL,
				   "--fault '%.60s': unknown fault (expected 429, 500, "
				   "503, 529, hang, reset, truncate, invalid, empty, echo-key, "
				   "echo-key-escaped, echo-key-part or nul)",
				   part ? part : "");
			free(copy);
			return RL_EINVAL;
		}
		while ((part = strtok_r(NULL, ":", &s2))) {
			char *eq = strchr(part, '='), *end;
			long v;
			if (!eq)
				goto bad;
			*eq = '\0';
			v = strtol(eq + 1, &end, 10);
			if (*end || v < 0)
				goto bad;
			if (!strcmp(part, "first"))
				s->first = v;
			else if (!strcmp(part, "every") && v > 0)
				s->every = v;
			else if (!strcmp(part, "retry-after"))
				s->retry_after = v;
			else if (!strcmp(part, "retry-after-date"))
				s->retry_after = -1 - v; /* sent as an HTTP date v s ahead */
			else
				goto bad;
		}
		if (!s->first && !s->every)
			s->every = 1;
	}
	free(copy);
	return 0;
bad:
	free(copy);
	return rl_err_set(e, RL_EINVAL,
			  "--fault '%.100s': expected KIND[:first=N][:every=N]"
			  "[:retry-after=S|:retry-after-date=S]",
			  spec);
}

/* ---- rendering ------------------------------------------------------- */

static char *dump(json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT);
	json_decref(v);
	return s;
}

static enum MHD_Result stats_page(rl_fake *f, struct MHD_Connection *c)
{
	rl_fake_stats s;
	struct MHD_Response *r;
	char *body;
	enum MHD_Result ret;
	rl_fake_get_stats(f, &s);
	body = dump(json_pack(
		"{s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:I}", "body_bytes", (json_int_t)s.body_bytes,
		"parked", (json_int_t)s.parked, "max_parked", (json_int_t)s.max_parked, "requests",
		(json_int_t)s.requests, "ok", (json_int_t)s.ok, "faults", (json_int_t)s.faults,
		"bad", (json_int_t)s.bad, "distinct_prompts", (json_int_t)s.distinct,
		"max_per_prompt", (json_int_t)s.max_per_prompt));
	r = fk_buf_response(body, "application/json");
	if (!r)
		return MHD_NO;
	ret = MHD_queue_response(c, 200, r);
	MHD_destroy_response(r);
	return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	fk_loop *l = cls;
	rl_fake *f = l->f;
	conn_ctx *ctx = *con_cls;
	enum MHD_Result ret;
	(void)version;

	if (!ctx) {
		if (!strcmp(method, "GET") && !strcmp(url, "/_fake/stats"))
			return stats_page(f, c);
		if (!strcmp(method, "GET") && rl_fake_meta_route(method, url)) {
			unsigned st;
			struct MHD_Response *r =
				fk_buf_response(rl_fake_meta_answer(c, method, url, NULL, 0, &st),
						"application/json");
			if (!r)
				return MHD_NO;
			ret = MHD_queue_response(c, st, r);
			MHD_destroy_response(r);
			return ret;
		}
		if (strcmp(method, "POST") ||
		    (!rl_fake_meta_route(method, url) && !strstr(url, "/chat/completions") &&
		     !strstr(url, "/v1/messages") && !strstr(url, "/responses") &&
		     !strstr(url, ":generateContent") && !strstr(url, ":streamGenerateContent"))) {
			struct MHD_Response *r = fk_buf_response(
				strdup("{\"error\":{\"message\":\"fake provider: unknown path\","
				       "\"type\":\"invalid_request_error\"}}"),
				"application/json");
			if (!r)
				return MHD_NO;
			ret = MHD_queue_response(c, 404, r);
			MHD_destroy_response(r);
			return ret;
		}
		if (!(ctx = calloc(1, sizeof *ctx)))
			return MHD_NO;
		rl_buf_init(&ctx->body);
		ctx->conn = c;
		ctx->loop = l;
		*con_cls = ctx;
		return MHD_YES;
	}
	if (ctx->state == ST_BODY && *upload_size) {
		if (ctx->body.len + *upload_size > ((size_t)64 << 20) ||
		    rl_buf_add(&ctx->body, upload, *upload_size))
			return MHD_NO;
		*upload_size = 0;
		return MHD_YES;
	}
	if (ctx->state == ST_BODY && rl_fake_meta_route(method, url)) { /* fake_meta.c */
		ctx->resp = fk_buf_response(rl_fake_meta_answer(c, method, url, ctx->body.s,
								ctx->body.len, &ctx->status),
					    "application/json");
		ctx->state = ST_READY;
	}
	if (ctx->state == ST_BODY) {
		int64_t delay = fk_answer(f, c, url, ctx);
		if (!ctx->resp)
			return MHD_NO;
		if (delay > 0) {
			ctx->state = ST_WAIT;
			ctx->due = rl_mono_ms() + delay;
			MHD_suspend_connection(c);
			pthread_mutex_lock(&f->tmu);
			if (f->stopping) {
				ctx->state = ST_READY;
				fk_resume(ctx);
			} else if (fk_theap_push(f, ctx)) {
				ctx->state = ST_READY;
				fk_resume(ctx);
			} else {
				pthread_cond_signal(&f->tcv);
			}
			pthread_mutex_unlock(&f->tmu);
			return MHD_YES;
		}
		ctx->state = ST_READY;
	}
	if (ctx->state == ST_READY && ctx->resp) {
		ret = MHD_queue_response(c, ctx->status, ctx->resp);
		MHD_destroy_response(ctx->resp);
		ctx->resp = NULL;
		return ret;
	}
	return MHD_YES; /* ST_WAIT: spurious call while parked */
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	conn_ctx *ctx = *con_cls;
	(void)cls;
	(void)c;
	(void)toe;
	if (!ctx)
		return;
	if (ctx->resp)
		MHD_destroy_response(ctx->resp);
	rl_buf_free(&ctx->body);
	free(ctx);
	*con_cls = NULL;
}

static int parse_listen(const char *s, struct sockaddr_in *sa, rl_err *e)
{
	char host[64];
	const char *colon = strrchr(s, ':');
	char *end;
	long port;
	memset(sa, 0, sizeof *sa);
	sa->sin_family = AF_INET;
	if (!colon || (size_t)(colon - s) >= sizeof host)
		return rl_err_set(e, RL_EINVAL,
				  "--listen '%.100s': expected HOST:PORT "
				  "(e.g. 127.0.0.1:0)",
				  s);
	memcpy(host, s, (size_t)(colon - s));
	host[colon - s] = '\0';
	if (!strcmp(host, "localhost"))
		snprintf(host, sizeof host, "127.0.0.1");
	port = strtol(colon + 1, &end, 10);
	if (*end || port < 0 || port > 65535 || !colon[1])
		return rl_err_set(e, RL_EINVAL, "--listen '%.100s': bad port (expected 0-65535)",
				  s);
	if (inet_pton(AF_INET, host, &sa->sin_addr) != 1)
		return rl_err_set(e, RL_EINVAL, "--listen '%.100s': expected an IPv4 address", s);
	if ((ntohl(sa->sin_addr.s_addr) >> 24) != 127)
		return rl_err_set(e, RL_EINVAL,
				  "--listen '%.100s': the fake provider binds "
				  "loopback addresses only (127.0.0.0/8)",
				  s);
	sa->sin_port = htons((uint16_t)port);
	return 0;
}

/* The listening socket, then one daemon and loop thread per thread on it
 * (each daemon its own descriptor of the socket: a daemon closes its own
 * when it stops). */
static int start_loops(rl_fake *f, const struct sockaddr_in *sa, unsigned threads)
{
	struct sockaddr_in bound;
	socklen_t blen = sizeof bound;
	int one = 1, lfd, rc = 0;
	unsigned i;
	lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (lfd < 0)
		return -1;
	(void)setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (bind(lfd, (const struct sockaddr *)sa, sizeof *sa) || listen(lfd, 4096) ||
	    getsockname(lfd, (struct sockaddr *)&bound, &blen) ||
	    !(f->loops = calloc(threads, sizeof *f->loops))) {
		close(lfd);
		return -1;
	}
	f->port = ntohs(bound.sin_port);
	for (i = 0; i < threads && !rc; i++) {
		fk_loop *l = &f->loops[i];
		int fd = fcntl(lfd, F_DUPFD_CLOEXEC, 0);
		l->f = f;
		l->wake = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
		f->nloops = i + 1;
		if (fd < 0 || l->wake < 0) {
			if (fd >= 0)
				close(fd);
			rc = -1;
			break;
		}
		l->d = MHD_start_daemon(MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_TURBO, 0,
					NULL, NULL, on_request, l, MHD_OPTION_LISTEN_SOCKET,
					(MHD_socket)fd, MHD_OPTION_CONNECTION_LIMIT,
					(unsigned)(16384 / threads), MHD_OPTION_CONNECTION_TIMEOUT,
					(unsigned)0, MHD_OPTION_NOTIFY_COMPLETED, on_completed, f,
					MHD_OPTION_END);
		if (!l->d || pthread_create(&l->th, NULL, loop_main, l))
			rc = -1;
		else
			l->started = 1;
	}
	close(lfd);
	return rc;
}

int rl_fake_start(const rl_fake_opts *o, rl_fake **out, rl_err *e)
{
	rl_fake *f;
	struct sockaddr_in sa;
	unsigned threads;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	int rc;

	*out = NULL;
	if (!(f = calloc(1, sizeof *f)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	if (o)
		f->o = *o;
	if ((rc = parse_listen(f->o.listen ? f->o.listen : "127.0.0.1:0", &sa, e)) ||
	    (rc = parse_sched(f, f->o.faults, e))) {
		free(f);
		return rc;
	}
	if (f->o.script_path && (rc = rl_mock_script_load(f->o.script_path, &f->script, e))) {
		free(f);
		return rc;
	}
	if (f->script && rl_mock_script_scoped(f->script))
		rl_log(RL_LOG_WARN, "fake",
		       "%s: %zu rule(s) select by condition: or samples:, which match only "
		       "requests that carry X-Redline-Condition and X-Redline-Sample (give the "
		       "model headers: {X-Redline-Condition: \"${condition}\", X-Redline-Sample: "
		       "\"${sample}\"} in the run's config; docs/providers.md)",
		       f->o.script_path, rl_mock_script_scoped(f->script));
	if (f->o.log_path && !(f->log = fopen(f->o.log_path, "a"))) {
		rl_mock_script_free(f->script);
		free(f);
		return rl_err_set(e, RL_EIO, "%s: cannot open the log: %s", o->log_path,
				  strerror(errno));
	}
	pthread_mutex_init(&f->pmu, NULL);
	pthread_mutex_init(&f->lmu, NULL);
	pthread_mutex_init(&f->tmu, NULL);
	{
		pthread_condattr_t ca;
		pthread_condattr_init(&ca);
		pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
		pthread_cond_init(&f->tcv, &ca);
		pthread_condattr_destroy(&ca);
	}
	if (pthread_create(&f->timer, NULL, timer_main, f)) {
		rl_fake_stop(f);
		return rl_err_set(e, RL_EIO, "cannot start the timer thread");
	}
	f->timer_started = 1;
	threads = (unsigned)(f->o.threads > 0 ? f->o.threads : (ncpu > 0 ? ncpu : 1));
	if (start_loops(f, &sa, threads)) {
		rl_fake_stop(f);
		return rl_err_set(e, RL_EIO, "cannot listen on %s (in use, or too many threads?)",
				  o && o->listen ? o->listen : "127.0.0.1:0");
	}
	*out = f;
	return 0;
}

int rl_fake_port(const rl_fake *f)
{
	return f->port;
}

void rl_fake_get_stats(rl_fake *f, rl_fake_stats *s)
{
	memset(s, 0, sizeof *s);
	s->requests = atomic_load(&f->seq);
	s->ok = atomic_load(&f->ok);
	s->faults = atomic_load(&f->faults);
	s->bad = atomic_load(&f->bad);
	s->body_bytes = atomic_load(&f->body_bytes);
	pthread_mutex_lock(&f->pmu);
	s->distinct = f->pn;
	s->max_per_prompt = f->pmax;
	pthread_mutex_unlock(&f->pmu);
	pthread_mutex_lock(&f->tmu);
	s->max_parked = f->maxheap;
	s->parked = f->nheap;
	pthread_mutex_unlock(&f->tmu);
}

void rl_fake_release(rl_fake *f)
{
	size_t i;
	pthread_mutex_lock(&f->tmu);
	for (i = 0; i < f->nheap; i++)
		f->heap[i]->due = 0; /* all equal: still a heap */
	pthread_cond_signal(&f->tcv);
	pthread_mutex_unlock(&f->tmu);
}

void rl_fake_stop(rl_fake *f)
{
	unsigned i;
	if (!f)
		return;
	pthread_mutex_lock(&f->tmu);
	f->stopping = 1;
	pthread_cond_signal(&f->tcv);
	pthread_mutex_unlock(&f->tmu);
	if (f->timer_started)
		pthread_join(f->timer, NULL);
	atomic_store(&f->quit, 1);
	for (i = 0; i < f->nloops; i++)
		if (f->loops[i].wake >= 0)
			loop_wake(&f->loops[i]);
	for (i = 0; i < f->nloops; i++)
		if (f->loops[i].started)
			pthread_join(f->loops[i].th, NULL);
	for (i = 0; i < f->nloops; i++) {
		if (f->loops[i].d)
			MHD_stop_daemon(f->loops[i].d);
		if (f->loops[i].wake >= 0)
			close(f->loops[i].wake);
	}
	free(f->loops);
	pthread_mutex_destroy(&f->pmu);
	pthread_mutex_destroy(&f->lmu);
	pthread_mutex_destroy(&f->tmu);
	pthread_cond_destroy(&f->tcv);
	if (f->log)
		fclose(f->log);
	rl_mock_script_free(f->script);
	free(f->pkeys);
	free(f->pcount);
	free(f->heap);
	free(f);
}
