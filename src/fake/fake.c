/* fake.c: a loopback model server for tests and benchmarks (see fake.h).
 * libmicrohttpd with an epoll thread pool does the HTTP; delayed answers
 * (latency, hangs) park the connection with MHD_suspend_connection and a
 * single timer thread resumes it when due, so 1024 slow requests cost no
 * threads and no CPU while they wait. Answers come from the mock script
 * and are rendered in each provider's documented wire format. */
#include "fake/fake.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <microhttpd.h>

#include "base/util.h"
#include "fake/fake_meta.h"
#include "provider/internal.h"
#include "redline/buf.h"
#include "redline/provider.h"

enum fault {
	F_NONE, F_429, F_500, F_503, F_529, F_HANG, F_RESET, F_TRUNCATE, F_INVALID, F_EMPTY,
	F_ECHO_KEY, F_NUL, F_ECHO_KEY_ESC, F_ECHO_KEY_PART,
};
static const char *const fault_names[] = {"none", "429", "500", "503", "529", "hang",
					  "reset", "truncate", "invalid", "empty", "echo-key",
					  "nul", "echo-key-escaped", "echo-key-part"};

typedef struct sched {
	int kind;
	long first, every, retry_after;
} sched;

#define MAX_SCHED 16

enum { ST_BODY, ST_WAIT, ST_READY };

typedef struct conn_ctx {
	int state;
	rl_buf body;
	struct MHD_Response *resp;
	unsigned status;
	int64_t due;
	struct MHD_Connection *conn;
} conn_ctx;

/* SSE / reset bodies served through a content-reader callback. */
typedef struct stream_body {
	char *data;
	size_t len;
	size_t *cuts;    /* chunk ends, so each event goes out as its own chunk */
	size_t ncuts, cut;
	size_t fail_at;  /* reset: close the connection after this many bytes */
	int reset;
	int delay_ms;    /* pause between events (parks the connection) */
	size_t paused_at;
	struct rl_fake *f;
	struct conn_ctx *ctx;
} stream_body;

struct rl_fake {
	rl_fake_opts o;
	struct MHD_Daemon *d;
	int port;
	rl_mock_script *script;
	sched sched[MAX_SCHED];
	int nsched;
	atomic_uint_fast64_t seq, ok, faults, bad;
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

/* ---- timer heap ------------------------------------------------------ */

static int theap_push(rl_fake *f, conn_ctx *c)
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
			MHD_resume_connection(c->conn);
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
		MHD_resume_connection(c->conn);
	}
	pthread_mutex_unlock(&f->tmu);
	return NULL;
}

/* ---- prompt counters ------------------------------------------------- */

static uint64_t prompt_count(rl_fake *f, uint64_t key)
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

/* ---- parsing requests ------------------------------------------------ */

static int fault_by_name(const char *s, size_t n)
{
	int i;
	for (i = 1; i < (int)(sizeof fault_names / sizeof fault_names[0]); i++)
		if (strlen(fault_names[i]) == n && !strncasecmp(fault_names[i], s, n))
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
		s->kind = part ? fault_by_name(part, strlen(part)) : F_NONE;
		if (s->kind == F_NONE) {
			rl_err_set(e, RL_EINVAL, "--fault '%.60s': unknown fault (expected 429, 500, "
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
	return rl_err_set(e, RL_EINVAL, "--fault '%.100s': expected KIND[:first=N][:every=N]"
			  "[:retry-after=S|:retry-after-date=S]", spec);
}

typedef struct parsed {
	rl_codec_req r; /* model, stream, system, messages (codec/request.c) */
} parsed;

static void parsed_free(parsed *p)
{
	rl_codec_req_free(&p->r);
}

/* Fast path without a script: the answer depends only on the model and the
 * stream flags, so instead of building a jansson tree of a 10-100 KB body
 * (most of the server's CPU in benchmarks) the body is validated and its
 * top-level keys read by this scanner. Bounded depth; strings are skipped
 * with memchr. */
typedef struct scan {
	const char *s, *end;
	int depth;
} scan;

static void ws(scan *c)
{
	while (c->s < c->end && (*c->s == ' ' || *c->s == '\n' || *c->s == '\r' || *c->s == '\t'))
		c->s++;
}

/* At '"': skip the string; its raw contents in [*a, *b). */
static int skip_str(scan *c, const char **a, const char **b)
{
	const char *q;
	if (c->s >= c->end || *c->s != '"')
		return -1;
	c->s++;
	*a = c->s;
	for (;;) {
		q = memchr(c->s, '"', (size_t)(c->end - c->s));
		if (!q)
			return -1;
		{
			/* count the backslashes before the quote */
			const char *k = q;
			while (k > c->s && k[-1] == '\\')
				k--;
			c->s = q + 1;
			if (((q - k) & 1) == 0)
				break;
		}
	}
	*b = q;
	return 0;
}

static int skip_value(scan *c)
{
	const char *a, *b;
	ws(c);
	if (c->s >= c->end)
		return -1;
	switch (*c->s) {
	case '"':
		return skip_str(c, &a, &b);
	case '{': case '[': {
		char close = *c->s == '{' ? '}' : ']';
		int obj = *c->s == '{', n = 0;
		if (++c->depth > 64)
			return -1;
		c->s++;
		ws(c);
		if (c->s < c->end && *c->s == close) {
			c->s++;
			c->depth--;
			return 0;
		}
		for (;;) {
			ws(c);
			if (obj) {
				if (skip_str(c, &a, &b))
					return -1;
				ws(c);
				if (c->s >= c->end || *c->s++ != ':')
					return -1;
			}
			if (skip_value(c))
				return -1;
			n++;
			ws(c);
			if (c->s >= c->end)
				return -1;
			if (*c->s == ',') {
				c->s++;
				continue;
			}
			if (*c->s++ != close)
				return -1;
			c->depth--;
			return 0;
		}
	}
	default:
		/* numbers, true, false, null */
		a = c->s;
		while (c->s < c->end && (strchr("+-.eE", *c->s) || (*c->s >= '0' && *c->s <= '9') ||
					 (*c->s >= 'a' && *c->s <= 'z')))
			c->s++;
		return c->s > a ? 0 : -1;
	}
}

static int scan_request(const char *url, const char *body, size_t n, parsed *p)
{
	scan c = {body, body + n, 0};
	const char *ka, *kb, *va;
	int have_model = 0, have_msgs = 0;

	if (p->r.wire == RL_WIRE_GEMINI) {
		const char *a = strstr(url, "/models/"), *b2;
		if (!a)
			return -1;
		a += 8;
		b2 = strchr(a, ':');
		if (!b2 || (size_t)(b2 - a) >= sizeof p->r.model)
			return -1;
		memcpy(p->r.model, a, (size_t)(b2 - a));
		p->r.model[b2 - a] = '\0';
		p->r.stream = strstr(b2, ":streamGenerateContent") != NULL;
		have_model = 1;
	}
	ws(&c);
	if (c.s >= c.end || *c.s != '{')
		return -1;
	c.s++;
	for (;;) {
		ws(&c);
		if (c.s < c.end && *c.s == '}' && !have_msgs && !have_model)
			return -1;
		if (skip_str(&c, &ka, &kb))
			return -1;
		ws(&c);
		if (c.s >= c.end || *c.s++ != ':')
			return -1;
		ws(&c);
		va = c.s;
		if (kb - ka == 5 && !memcmp(ka, "model", 5) && p->r.wire != RL_WIRE_GEMINI) {
			const char *a, *b;
			if (skip_str(&c, &a, &b) || (size_t)(b - a) >= sizeof p->r.model ||
			    memchr(a, '\\', (size_t)(b - a)))
				return -1;
			memcpy(p->r.model, a, (size_t)(b - a));
			p->r.model[b - a] = '\0';
			have_model = 1;
		} else {
			if (skip_value(&c))
				return -1;
			if (kb - ka == 6 && !memcmp(ka, "stream", 6))
				p->r.stream = c.s - va == 4 && !memcmp(va, "true", 4);
			else if (kb - ka == 14 && !memcmp(ka, "stream_options", 14))
				p->r.include_usage = memmem(va, (size_t)(c.s - va), "\"include_usage\"", 15) &&
						   memmem(va, (size_t)(c.s - va), "true", 4);
			else if ((kb - ka == 8 && !memcmp(ka, "messages", 8)) ||
				 (kb - ka == 8 && !memcmp(ka, "contents", 8)))
				have_msgs = *va == '[';
			else if (kb - ka == 5 && !memcmp(ka, "input", 5) &&
				 p->r.wire == RL_WIRE_RESPONSES)
				have_msgs = *va == '[' || *va == '"';
		}
		ws(&c);
		if (c.s >= c.end)
			return -1;
		if (*c.s == ',') {
			c.s++;
			continue;
		}
		if (*c.s++ != '}')
			return -1;
		break;
	}
	ws(&c);
	return c.s == c.end && have_model && have_msgs ? 0 : -1;
}

/* ---- rendering ------------------------------------------------------- */

static char *dump(json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT);
	json_decref(v);
	return s;
}

/* An error body in the wire's shape (malloc'ed; NULL when out of memory). */
static char *error_body(int wire, unsigned status, const char *msg)
{
	rl_buf b = RL_BUF_INIT;
	if (rl_codec_error_body(wire, (int)status, msg, &b)) {
		rl_buf_free(&b);
		return NULL;
	}
	return rl_buf_detach(&b, NULL);
}

/* ---- MHD plumbing ---------------------------------------------------- */

static int theap_push(rl_fake *f, conn_ctx *c);

/* Park the connection for the inter-event delay; 1 when parked. */
static int stream_pause(stream_body *sb, size_t pos)
{
	rl_fake *f = sb->f;
	int parked = 0;
	pthread_mutex_lock(&f->tmu);
	if (!f->stopping) {
		sb->paused_at = pos;
		sb->ctx->due = rl_mono_ms() + sb->delay_ms;
		MHD_suspend_connection(sb->ctx->conn);
		if (theap_push(f, sb->ctx)) {
			MHD_resume_connection(sb->ctx->conn);
		} else {
			pthread_cond_signal(&f->tcv);
			parked = 1;
		}
	}
	pthread_mutex_unlock(&f->tmu);
	return parked;
}

static ssize_t stream_reader(void *cls, uint64_t pos, char *buf, size_t max)
{
	stream_body *sb = cls;
	size_t end, n;
	if (pos >= sb->len)
		return MHD_CONTENT_READER_END_OF_STREAM;
	if (sb->reset && pos >= sb->fail_at)
		return MHD_CONTENT_READER_END_WITH_ERROR;
	end = sb->len;
	if (sb->reset)
		end = sb->fail_at;
	else {
		while (sb->cut < sb->ncuts && sb->cuts[sb->cut] <= pos)
			sb->cut++;
		if (sb->cut < sb->ncuts)
			end = sb->cuts[sb->cut];
		/* at the start of a new event: wait first (once per event) */
		if (sb->delay_ms > 0 && sb->cut > 0 && sb->cuts[sb->cut - 1] == pos &&
		    sb->paused_at != pos && stream_pause(sb, (size_t)pos))
			return 0;
	}
	n = end - (size_t)pos;
	if (n > max)
		n = max;
	memcpy(buf, sb->data + pos, n);
	return (ssize_t)n;
}

static void stream_free(void *cls)
{
	stream_body *sb = cls;
	free(sb->data);
	free(sb->cuts);
	free(sb);
}

static struct MHD_Response *buf_response(char *s, const char *ctype)
{
	struct MHD_Response *r;
	if (!s)
		s = strdup("{}");
	if (!s)
		return NULL;
	r = MHD_create_response_from_buffer(strlen(s), s, MHD_RESPMEM_MUST_FREE);
	if (!r) {
		free(s);
		return NULL;
	}
	MHD_add_response_header(r, "Content-Type", ctype);
	return r;
}

/* One header name into the log's "headers" list (names only: values may
 * hold keys, which never go to a log). */
static enum MHD_Result log_hdr(void *cls, enum MHD_ValueKind kind, const char *k, const char *v)
{
	rl_buf *b = cls;
	(void)kind;
	(void)v;
	if (b->s && b->s[b->len - 1] != '[')
		rl_buf_addc(b, ',');
	rl_buf_addc(b, '"');
	rl_buf_add_json(b, k, strlen(k));
	rl_buf_addc(b, '"');
	return MHD_YES;
}

static void log_request(rl_fake *f, struct MHD_Connection *c, uint64_t seq, const parsed *p,
			const char *hash, int fault, unsigned status)
{
	rl_buf b = RL_BUF_INIT;
	static const char *const wires[] = {"openai", "anthropic", "gemini", "mock",
					    "openai-responses"};
	if (!f->log)
		return;
	rl_buf_addf(&b, "{\"seq\":%llu,\"wire\":\"%s\",\"model\":\"", (unsigned long long)seq,
		    wires[p->r.wire]);
	rl_buf_add_json(&b, p->r.model, strlen(p->r.model));
	rl_buf_addf(&b, "\",\"prompt_sha256\":\"%s\",\"stream\":%s,\"fault\":\"%s\",\"status\":%u,"
		    "\"headers\":[", hash, p->r.stream ? "true" : "false", fault_names[fault], status);
	MHD_get_connection_values(c, MHD_HEADER_KIND, log_hdr, &b);
	rl_buf_adds(&b, "]}\n");
	pthread_mutex_lock(&f->lmu);
	fwrite(b.s, 1, b.len, f->log);
	fflush(f->log);
	pthread_mutex_unlock(&f->lmu);
	rl_buf_free(&b);
}

static int pick_fault(rl_fake *f, struct MHD_Connection *c, const rl_buf *body, uint64_t seq,
		      uint64_t count, long *retry_after)
{
	const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Fake-Fault");
	const char *m;
	int i;
	*retry_after = 1;
	if (h && *h)
		return fault_by_name(h, strlen(h));
	/* Markers are found in the raw body: JSON escaping leaves "[[fault:"
	 * and "]]" as they are. */
	if ((m = memmem(body->s, body->len, "[[fault:", 8))) {
		const char *end = memmem(m, (size_t)(body->s + body->len - m), "]]", 2);
		const char *star;
		if (end) {
			long n = -1;
			m += 8;
			star = memchr(m, '*', (size_t)(end - m));
			if (star)
				n = strtol(star + 1, NULL, 10);
			if (n < 0 || (long)count <= n)
				return fault_by_name(m, (size_t)((star ? star : end) - m));
			return F_NONE;
		}
	}
	for (i = 0; i < f->nsched; i++) {
		sched *s = &f->sched[i];
		if ((s->first && (long)seq <= s->first) || (s->every && seq % (uint64_t)s->every == 0)) {
			*retry_after = s->retry_after;
			return s->kind;
		}
	}
	return F_NONE;
}

static int has_auth(struct MHD_Connection *c, int wire)
{
	const char *v;
	if (wire == RL_WIRE_ANTHROPIC)
		return (v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "x-api-key")) && *v &&
		       MHD_lookup_connection_value(c, MHD_HEADER_KIND, "anthropic-version");
	if (wire == RL_WIRE_GEMINI)
		return (v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "x-goog-api-key")) && *v;
	v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
	return v && !strncmp(v, "Bearer ", 7) && v[7];
}

/* Build the answer for a complete request body; sets ctx->resp/status and
 * returns the delay before sending (ms, 0 none). */
static int64_t answer(rl_fake *f, struct MHD_Connection *c, const char *url, conn_ctx *ctx)
{
	parsed p;
	json_t *root;
	char hash[65];
	uint64_t seq, count;
	int fault = F_NONE;
	long retry_after = 1;
	rl_response rs;
	rl_request rq;
	rl_model_spec spec;
	int64_t delay = f->o.latency_ms;
	const char *lat;
	char *body = NULL;

	memset(&p, 0, sizeof p);
	rl_codec_req_init(&p.r);
	rl_response_init(&rs);
	if (strstr(url, "/chat/completions"))
		p.r.wire = RL_WIRE_OPENAI;
	else if (strstr(url, "/v1/messages"))
		p.r.wire = RL_WIRE_ANTHROPIC;
	else if (strstr(url, "/responses"))
		p.r.wire = RL_WIRE_RESPONSES;
	else
		p.r.wire = RL_WIRE_GEMINI;
	seq = atomic_fetch_add(&f->seq, 1) + 1;
	/* Only a script needs the decoded messages (model, contains). */
	root = f->script ? json_loadb(ctx->body.s, ctx->body.len, 0, NULL) : NULL;
	if (f->script ? (!json_is_object(root) || rl_codec_req_read(p.r.wire, url, root, &p.r))
		      : scan_request(url, ctx->body.s, ctx->body.len, &p)) {
		atomic_fetch_add(&f->bad, 1);
		ctx->status = 400;
		ctx->resp = buf_response(error_body(p.r.wire, 400, "fake provider: the request body "
						    "is not a valid request for this API"),
					 "application/json");
		json_decref(root);
		parsed_free(&p);
		return 0;
	}
	json_decref(root);
	if (f->o.require_auth && !has_auth(c, p.r.wire)) {
		atomic_fetch_add(&f->bad, 1);
		ctx->status = 401;
		ctx->resp = buf_response(error_body(p.r.wire, 401, "fake provider: missing API key "
						    "header"),
					 "application/json");
		parsed_free(&p);
		return 0;
	}
	/* Retries resend identical bytes, so the body identifies the prompt
	 * (model and parameters included). */
	rl_sha256_hex(ctx->body.s, ctx->body.len, hash);
	{
		uint64_t key = 0;
		int i;
		for (i = 0; i < 16; i++)
			key = key << 4 | (uint64_t)(hash[i] <= '9' ? hash[i] - '0' : hash[i] - 'a' + 10);
		count = prompt_count(f, key);
	}
	fault = pick_fault(f, c, &ctx->body, seq, count, &retry_after);
	if ((lat = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Fake-Latency-Ms")))
		delay = strtol(lat, NULL, 10);

	memset(&spec, 0, sizeof spec);
	spec.wire = RL_WIRE_MOCK;
	snprintf(spec.provider, sizeof spec.provider, "fake");
	snprintf(spec.model, sizeof spec.model, "%s", p.r.model);
	snprintf(spec.id, sizeof spec.id, "fake:%s", p.r.model);
	memset(&rq, 0, sizeof rq);
	rq.model = &spec;
	rq.system = p.r.system.s;
	rq.messages = p.r.msgs;
	rq.nmessages = p.r.nmsgs;
	rq.sample = -1;
	rq.temperature = -1;
	if (!rl_mock_answer(f->script, &rq, &rs, NULL) && !f->script)
		rs.input_tokens = (long)(ctx->body.len / 4) + 1;
	if (rs.latency_ms > delay) /* the script's latency_ms, as for mock: */
		delay = rs.latency_ms;
	if (rs.error && !fault) {
		unsigned st = rs.http_status ? (unsigned)rs.http_status : 500;
		ctx->status = st;
		ctx->resp = buf_response(error_body(p.r.wire, st, rs.error_msg), "application/json");
		atomic_fetch_add(&f->faults, 1);
		goto done;
	}
	if (fault == F_EMPTY) {
		free(rs.text);
		rs.text = strdup("");
		rs.text_len = 0;
		free(rs.tool_calls);
		rs.tool_calls = NULL;
		rs.tool_calls_len = 0;
		free(rs.reasoning);
		rs.reasoning = NULL;
		rs.reasoning_len = 0;
		rs.finish = RL_FINISH_STOP;
	}
	if (fault == F_NUL && rs.text) {
		/* a valid answer with U+0000 in the middle of its text */
		char *t = malloc(rs.text_len + 2);
		if (t) {
			size_t h = rs.text_len / 2;
			memcpy(t, rs.text, h);
			t[h] = '\0';
			memcpy(t + h + 1, rs.text + h, rs.text_len - h + 1);
			free(rs.text);
			rs.text = t;
			rs.text_len++;
		}
	}
	if (fault == F_ECHO_KEY || fault == F_ECHO_KEY_ESC || fault == F_ECHO_KEY_PART) {
		/* a provider quoting the key it refused, whole: what the proxy in
		 * front must keep from its clients and its own records */
		const char *k = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
							    p.r.wire == RL_WIRE_ANTHROPIC ? "x-api-key"
							    : p.r.wire == RL_WIRE_GEMINI ? "x-goog-api-key"
										: "Authorization");
		rl_buf m = RL_BUF_INIT;
		if (k && p.r.wire == RL_WIRE_OPENAI && !strncmp(k, "Bearer ", 7))
			k += 7;
		size_t kl = k ? strlen(k) : 0;
		char *eb;
		if (fault == F_ECHO_KEY_PART && kl >= 8) /* all but 4, then the last 2/3 */
			rl_buf_addf(&m, "Incorrect API key provided: %.*s****. It ends in %s.",
				    (int)(kl - 4), k, k + kl / 3);
		else
			rl_buf_addf(&m, "Incorrect API key provided: %s.",
				    fault == F_ECHO_KEY_ESC && k ? "@KEY@" : k ? k : "(none)");
		ctx->status = 401;
		eb = m.s ? error_body(p.r.wire, 401, m.s) : NULL;
		if (eb && fault == F_ECHO_KEY_ESC && k) {
			/* the key as an encoder that escapes everything would
			 * write it: '/' as \/, letters and digits as \u00XX */
			char *at = strstr(eb, "@KEY@");
			rl_buf x = RL_BUF_INIT;
			size_t i;
			if (at) {
				rl_buf_add(&x, eb, (size_t)(at - eb));
				for (i = 0; i < kl; i++)
					if (k[i] == '/')
						rl_buf_adds(&x, "\\/");
					else if (i % 2)
						rl_buf_addf(&x, "\\u%04X", (unsigned char)k[i]);
					else
						rl_buf_addc(&x, k[i]);
				rl_buf_adds(&x, at + 5);
				free(eb);
				eb = rl_buf_detach(&x, NULL);
			}
		}
		ctx->resp = eb ? buf_response(eb, "application/json") : NULL;
		rl_buf_free(&m);
		atomic_fetch_add(&f->faults, 1);
		goto done;
	}
	if (fault == F_429 || fault == F_500 || fault == F_503 || fault == F_529) {
		unsigned st = fault == F_429 ? 429 : fault == F_500 ? 500 : fault == F_503 ? 503 : 529;
		char msg[96];
		snprintf(msg, sizeof msg, "fake provider: injected %u", st);
		ctx->status = st;
		ctx->resp = buf_response(error_body(p.r.wire, st, msg), "application/json");
		if (ctx->resp && (st == 429 || st == 503)) {
			char ra[64];
			if (retry_after >= 0) {
				snprintf(ra, sizeof ra, "%ld", retry_after);
			} else {
				time_t when = time(NULL) + (-1 - retry_after);
				struct tm tm;
				gmtime_r(&when, &tm);
				strftime(ra, sizeof ra, "%a, %d %b %Y %H:%M:%S GMT", &tm);
			}
			MHD_add_response_header(ctx->resp, "Retry-After", ra);
		}
		atomic_fetch_add(&f->faults, 1);
		goto done;
	}
	{
		size_t chunk = (size_t)(f->o.chunk_bytes > 0 ? f->o.chunk_bytes : 24);
		rl_sse_w so;
		rl_codec_out co = {p.r.model, (unsigned long long)seq, p.r.include_usage, chunk,
				   (long long)time(NULL)};
		rl_sse_w_init(&so);
		if (p.r.stream && rl_codec_synth(p.r.wire, &rs, &co, &so)) {
			rl_sse_w_free(&so);
			goto nomem;
		}
		if (p.r.stream) {
			stream_body *sb = calloc(1, sizeof *sb);
			if (sb) {
				sb->len = so.b.len;
				sb->data = rl_buf_detach(&so.b, NULL);
				sb->cuts = so.cuts;
				sb->ncuts = so.ncuts;
				so.cuts = NULL;
				sb->f = f;
				sb->ctx = ctx;
				sb->paused_at = (size_t)-1;
				sb->delay_ms = f->o.stream_delay_ms;
				if ((lat = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
								       "X-Fake-Stream-Delay-Ms")))
					sb->delay_ms = (int)strtol(lat, NULL, 10);
				if (fault == F_RESET || fault == F_TRUNCATE) {
					sb->reset = 1;
					sb->fail_at = sb->len / 2;
				}
				ctx->resp = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 4096,
									      stream_reader, sb,
									      stream_free);
				if (ctx->resp) {
					MHD_add_response_header(ctx->resp, "Content-Type",
								"text/event-stream");
					MHD_add_response_header(ctx->resp, "Cache-Control", "no-cache");
				} else {
					stream_free(sb);
				}
			}
			rl_sse_w_free(&so);
			ctx->status = 200;
			if (fault != F_NONE && fault != F_HANG)
				atomic_fetch_add(&f->faults, 1);
			else
				atomic_fetch_add(&f->ok, 1);
			goto done;
		}
	}
	{
		rl_codec_out co = {p.r.model, (unsigned long long)seq, 0, 0, (long long)time(NULL)};
		rl_buf rb = RL_BUF_INIT;
		if (rl_codec_render(p.r.wire, &rs, &co, &rb)) {
			rl_buf_free(&rb);
			goto nomem;
		}
		body = rl_buf_detach(&rb, NULL);
	}
	ctx->status = 200;
	if (fault == F_INVALID) {
		free(body);
		body = strdup("<html><body>502 Bad Gateway (fake: not JSON)</body></html>");
	} else if (fault == F_TRUNCATE && body) {
		body[strlen(body) / 2] = '\0';
	}
	if (fault == F_RESET && body) {
		stream_body *sb = calloc(1, sizeof *sb);
		if (sb) {
			sb->len = strlen(body);
			sb->data = body;
			sb->reset = 1;
			sb->fail_at = sb->len / 2;
			body = NULL;
			ctx->resp = MHD_create_response_from_callback(sb->len, 4096, stream_reader, sb,
								      stream_free);
			if (!ctx->resp)
				stream_free(sb);
			else
				MHD_add_response_header(ctx->resp, "Content-Type", "application/json");
		}
	} else {
		ctx->resp = buf_response(body, "application/json");
		body = NULL;
	}
	free(body);
	if (fault != F_NONE && fault != F_HANG)
		atomic_fetch_add(&f->faults, 1);
	else
		atomic_fetch_add(&f->ok, 1);
	goto done;
nomem:
	ctx->status = 500;
	ctx->resp = buf_response(error_body(p.r.wire, 500, "fake provider: out of memory rendering "
					    "the answer"), "application/json");
done:
	if (fault == F_HANG) {
		atomic_fetch_add(&f->faults, 1);
		delay = f->o.hang_ms > 0 ? f->o.hang_ms : 600000;
	}
	log_request(f, c, seq, &p, hash, fault, ctx->status);
	rl_response_free(&rs);
	parsed_free(&p);
	return delay;
}

static enum MHD_Result stats_page(rl_fake *f, struct MHD_Connection *c)
{
	rl_fake_stats s;
	struct MHD_Response *r;
	char *body;
	enum MHD_Result ret;
	rl_fake_get_stats(f, &s);
	body = dump(json_pack("{s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:I}", "parked",
			      (json_int_t)s.parked, "max_parked", (json_int_t)s.max_parked, "requests", (json_int_t)s.requests, "ok",
			      (json_int_t)s.ok, "faults", (json_int_t)s.faults, "bad",
			      (json_int_t)s.bad, "distinct_prompts", (json_int_t)s.distinct,
			      "max_per_prompt", (json_int_t)s.max_per_prompt));
	r = buf_response(body, "application/json");
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
	rl_fake *f = cls;
	conn_ctx *ctx = *con_cls;
	enum MHD_Result ret;
	(void)version;

	if (!ctx) {
		if (!strcmp(method, "GET") && !strcmp(url, "/_fake/stats"))
			return stats_page(f, c);
		if (!strcmp(method, "GET") && rl_fake_meta_route(method, url)) {
			unsigned st;
			struct MHD_Response *r = buf_response(rl_fake_meta_answer(c, method, url, NULL, 0, &st),
							      "application/json");
			if (!r)
				return MHD_NO;
			ret = MHD_queue_response(c, st, r);
			MHD_destroy_response(r);
			return ret;
		}
		if (strcmp(method, "POST") ||
		    (!rl_fake_meta_route(method, url) && !strstr(url, "/chat/completions") && !strstr(url, "/v1/messages") &&
		     !strstr(url, "/responses") && !strstr(url, ":generateContent") &&
		     !strstr(url, ":streamGenerateContent"))) {
			struct MHD_Response *r = buf_response(
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
		ctx->resp = buf_response(rl_fake_meta_answer(c, method, url, ctx->body.s, ctx->body.len,
							     &ctx->status), "application/json");
		ctx->state = ST_READY;
	}
	if (ctx->state == ST_BODY) {
		int64_t delay = answer(f, c, url, ctx);
		if (!ctx->resp)
			return MHD_NO;
		if (delay > 0) {
			ctx->state = ST_WAIT;
			ctx->due = rl_mono_ms() + delay;
			MHD_suspend_connection(c);
			pthread_mutex_lock(&f->tmu);
			if (f->stopping) {
				ctx->state = ST_READY;
				MHD_resume_connection(c);
			} else if (theap_push(f, ctx)) {
				ctx->state = ST_READY;
				MHD_resume_connection(c);
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
		return rl_err_set(e, RL_EINVAL, "--listen '%.100s': expected HOST:PORT "
				  "(e.g. 127.0.0.1:0)", s);
	memcpy(host, s, (size_t)(colon - s));
	host[colon - s] = '\0';
	if (!strcmp(host, "localhost"))
		snprintf(host, sizeof host, "127.0.0.1");
	port = strtol(colon + 1, &end, 10);
	if (*end || port < 0 || port > 65535 || !colon[1])
		return rl_err_set(e, RL_EINVAL, "--listen '%.100s': bad port (expected 0-65535)", s);
	if (inet_pton(AF_INET, host, &sa->sin_addr) != 1)
		return rl_err_set(e, RL_EINVAL, "--listen '%.100s': expected an IPv4 address", s);
	if ((ntohl(sa->sin_addr.s_addr) >> 24) != 127)
		return rl_err_set(e, RL_EINVAL, "--listen '%.100s': the fake provider binds "
				  "loopback addresses only (127.0.0.0/8)", s);
	sa->sin_port = htons((uint16_t)port);
	return 0;
}

int rl_fake_start(const rl_fake_opts *o, rl_fake **out, rl_err *e)
{
	rl_fake *f;
	struct sockaddr_in sa;
	const union MHD_DaemonInfo *di;
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
		       "%s: %zu rule(s) select by condition: or samples:, which requests over "
		       "HTTP do not carry, so they never match here (select by model: or "
		       "contains: instead; condition and samples work with mock: models)",
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
	f->d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
					MHD_ALLOW_SUSPEND_RESUME | MHD_USE_TURBO,
				0, NULL, NULL, on_request, f, MHD_OPTION_SOCK_ADDR,
				(struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE, threads,
				MHD_OPTION_CONNECTION_LIMIT, (unsigned)16384,
				MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned)4096,
				MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)0,
				MHD_OPTION_NOTIFY_COMPLETED, on_completed, f, MHD_OPTION_END);
	if (!f->d) {
		rl_fake_stop(f);
		return rl_err_set(e, RL_EIO, "cannot listen on %s (in use, or too many threads?)",
				  o && o->listen ? o->listen : "127.0.0.1:0");
	}
	di = MHD_get_daemon_info(f->d, MHD_DAEMON_INFO_BIND_PORT);
	f->port = di ? di->port : ntohs(sa.sin_port);
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
	if (!f)
		return;
	pthread_mutex_lock(&f->tmu);
	f->stopping = 1;
	pthread_cond_signal(&f->tcv);
	pthread_mutex_unlock(&f->tmu);
	if (f->timer_started)
		pthread_join(f->timer, NULL);
	if (f->d)
		MHD_stop_daemon(f->d);
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
