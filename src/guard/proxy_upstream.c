/* proxy_upstream.c: the upstream side: libcurl's multi interface in the
 * worker's loop, the built-in client (guard/hcli.h) for plain HTTP,
 * header forwarding, and the worker thread's loop. */
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

/* ---- engine thread ---- */

static size_t on_up_data(char *p, size_t sz, size_t nm, void *ud)
{
	req *r = ud;
	size_t n = sz * nm;
	if (r->stream)
		return gp_stream_data(r, p, n);
	if (r->up_body.len + n > r->s->o.max_response)
		return 0; /* aborts the transfer: bounded */
	return rl_buf_add(&r->up_body, p, n) ? 0 : n;
}

static size_t on_up_header(char *p, size_t sz, size_t nm, void *ud)
{
	req *r = ud;
	size_t n = sz * nm, k;
	static const struct {
		const char *name;
		size_t off, cap;
	} keep[] = {
		{"content-type:", offsetof(req, up_ctype), sizeof(((req *)0)->up_ctype)},
		{"x-request-id:", offsetof(req, up_reqid), sizeof(((req *)0)->up_reqid)},
		{"request-id:", offsetof(req, up_reqid), sizeof(((req *)0)->up_reqid)},
		{"retry-after:", offsetof(req, up_retry), sizeof(((req *)0)->up_retry)},
	};
	for (k = 0; k < sizeof keep / sizeof keep[0]; k++) {
		size_t L = strlen(keep[k].name), vlen;
		const char *v;
		if (n <= L || strncasecmp(p, keep[k].name, L))
			continue;
		v = p + L;
		vlen = n - L;
		while (vlen && (*v == ' ' || *v == '\t'))
			v++, vlen--;
		while (vlen && (v[vlen - 1] == '\r' || v[vlen - 1] == '\n' || v[vlen - 1] == ' '))
			vlen--;
		if (vlen >= keep[k].cap)
			vlen = keep[k].cap - 1;
		memcpy((char *)r + keep[k].off, v, vlen);
		((char *)r + keep[k].off)[vlen] = '\0';
	}
	return n;
}

/* Completed upstream transfers: evaluate and answer. Returns how many. */
static int reap(worker *w)
{
	struct rl_guard_server *s = w->s;
	CURLMsg *m;
	int left, n = 0;
	while ((m = curl_multi_info_read(w->multi, &left))) {
		req *r;
		CURLcode cc;
		CURL *easy;
		if (m->msg != CURLMSG_DONE)
			continue;
		curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&r);
		if (r->kind == K_MCP) {
			gp_mcp_done(s, r, m->data.result == CURLE_OK);
			n++;
			continue;
		}
		curl_easy_getinfo(m->easy_handle, CURLINFO_RESPONSE_CODE, &r->up_status);
		cc = m->data.result;
		easy = m->easy_handle;
		curl_multi_remove_handle(w->multi, easy);
		curl_easy_setopt(easy, CURLOPT_HTTPHEADER, NULL); /* freed below */
		gp_inflight_del(r);
		if (!r->pass && w->npool < sizeof w->pool / sizeof w->pool[0])
			w->pool[w->npool++] = easy;
		else
			curl_easy_cleanup(easy);
		r->easy = NULL;
		atomic_fetch_sub(&s->m_inflight, 1);
		gp_on_upstream_done(s, r, cc == CURLE_OK ? NULL : curl_easy_strerror(cc),
				    cc == CURLE_OPERATION_TIMEDOUT);
		if (r->state != S_HELD)
			gp_finish(r);
		else
			gp_stream_hold(r);
		n++;
	}
	return n;
}

/* ---- libcurl's sockets in the worker's loop ----
 * Sockets curl opens through up_open are ours to track: when curl stops
 * watching one (CURL_POLL_REMOVE: a kept-alive connection going idle in
 * its cache) it stays registered, so the next request on it costs no
 * epoll_ctl (it was a DEL and an ADD per request); an idle one that wakes
 * the loop (the upstream closed it) is unregistered then, and curl notices
 * the close when it next looks. Every close passes through up_close. The
 * same scheme as the runner's transport (transport/transport.c). */

static upsock *up_sock(worker *w, curl_socket_t fd)
{
	if (fd < 0)
		return NULL;
	if (fd >= w->nsocks) {
		int n = w->nsocks ? w->nsocks : 256;
		upsock *p;
		while (n <= fd)
			n *= 2;
		if (!(p = realloc(w->socks, (size_t)n * sizeof *p)))
			return NULL;
		memset(p + w->nsocks, 0, (size_t)(n - w->nsocks) * sizeof *p);
		w->socks = p;
		w->nsocks = n;
	}
	return &w->socks[fd];
}

static void on_up_io(void *ud, int fd, unsigned ev)
{
	worker *w = ud;
	upsock *u = fd < w->nsocks ? &w->socks[fd] : NULL;
	int running, flags = 0;
	if (u && u->ours && !u->want) {
		/* idle in curl's cache and yet readable: closed by the upstream */
		hs_watch_del(u->watch);
		u->watch = NULL;
		u->events = 0;
		return;
	}
	if (ev & HS_IN)
		flags |= CURL_CSELECT_IN;
	if (ev & HS_OUT)
		flags |= CURL_CSELECT_OUT;
	if (ev & HS_ERR)
		flags |= CURL_CSELECT_ERR;
	curl_multi_socket_action(w->multi, fd, flags, &running);
}

int gp_on_up_socket(CURL *easy, curl_socket_t fd, int what, void *ud, void *sockp)
{
	worker *w = ud;
	upsock *u = up_sock(w, fd);
	unsigned ev;
	(void)easy;
	(void)sockp;
	if (!u)
		return -1;
	if (what == CURL_POLL_REMOVE) {
		u->want = 0;
		if (!u->ours && u->watch) { /* not ours (a resolver's pipe): follow curl */
			hs_watch_del(u->watch);
			u->watch = NULL;
			u->events = 0;
		}
		return 0;
	}
	ev = (what & CURL_POLL_IN ? HS_IN : 0) | (what & CURL_POLL_OUT ? HS_OUT : 0);
	u->want = 1;
	if (u->watch && u->events == ev)
		return 0;
	if (u->watch) {
		if (hs_watch_mod(u->watch, ev))
			return -1;
	} else if (!(u->watch = hs_watch_add(w->loop, fd, ev, on_up_io, w))) {
		return -1;
	}
	u->events = (unsigned char)ev;
	return 0;
}

static curl_socket_t up_open(void *ud, curlsocktype purpose, struct curl_sockaddr *a)
{
	worker *w = ud;
	curl_socket_t fd = socket(a->family, a->socktype | SOCK_CLOEXEC, a->protocol);
	upsock *u;
	(void)purpose;
	if (fd >= 0 && (u = up_sock(w, fd))) {
		memset(u, 0, sizeof *u);
		u->ours = 1;
	}
	return fd >= 0 ? fd : CURL_SOCKET_BAD;
}

static int up_close(void *ud, curl_socket_t fd)
{
	worker *w = ud;
	if (fd >= 0 && fd < w->nsocks) {
		if (w->socks[fd].watch)
			hs_watch_del(w->socks[fd].watch);
		memset(&w->socks[fd], 0, sizeof w->socks[fd]);
	}
	return close(fd);
}

int gp_on_up_timer(CURLM *m, long ms, void *ud)
{
	worker *w = ud;
	(void)m;
	w->curl_due = ms < 0 ? -1 : rl_mono_ms() + ms;
	return 0;
}

/* Answers made on other threads for this worker's connections. */
void gp_on_wake(void *ud)
{
	worker *w = ud;
	req *q, *nx;
	pthread_mutex_lock(&w->qmu);
	q = w->doneq;
	w->doneq = NULL;
	pthread_mutex_unlock(&w->qmu);
	for (; q; q = nx) {
		nx = q->next;
		q->next = NULL;
		if (q->kind == K_MCP)
			gp_mcp_resume(q);
		else
			gp_respond_proxy(q);
	}
}

/* Run curl's timer if it is due; returns how long the loop may sleep. */
static int curl_timer(worker *w, int cap_ms)
{
	int64_t now;
	int running;
	if (w->curl_due < 0)
		return cap_ms;
	now = rl_mono_ms();
	if (now >= w->curl_due) {
		w->curl_due = -1;
		curl_multi_socket_action(w->multi, CURL_SOCKET_TIMEOUT, 0, &running);
		if (w->curl_due < 0)
			return cap_ms;
		now = rl_mono_ms();
	}
	return w->curl_due - now < cap_ms ? (int)(w->curl_due > now ? w->curl_due - now : 0)
					  : cap_ms;
}

/* The built-in client's answer (on the worker's thread). */
static void on_builtin_done(void *ud, hc_result *res)
{
	req *r = ud;
	struct rl_guard_server *s = r->s;
	r->hcr = NULL;
	gp_inflight_del(r);
	atomic_fetch_sub(&s->m_inflight, 1);
	if (res->err == HC_OK) {
		r->up_status = res->status;
		gp_scpy(r->up_ctype, sizeof r->up_ctype, res->ctype);
		gp_scpy(r->up_reqid, sizeof r->up_reqid, res->reqid);
		gp_scpy(r->up_retry, sizeof r->up_retry, res->retry);
		rl_buf_free(&r->up_body);
		r->up_body = res->body;
		rl_buf_init(&res->body);
	}
	gp_on_upstream_done(s, r, res->err == HC_OK ? NULL : res->errmsg, res->err == HC_ETIMEOUT);
	if (r->state != S_HELD)
		gp_finish(r);
}

void *gp_worker_main(void *arg)
{
	worker *w = arg;
	struct rl_guard_server *s = w->s;
	int64_t last_tick = 0;

	while (!atomic_load(&s->stopping)) {
		/* reads requests (start_proxy adds transfers: curl's timer goes
		 * to 0), drives curl's sockets, writes answers */
		/* a fleet's decisions arrive as notifications: worker 0 looks
		 * every 10 ms (a non-blocking read when nothing came) */
		hs_loop_run(w->loop, curl_timer(w, w->id == 0 && s->shared_db ? 10 : 100));
		curl_timer(w, 0);
		reap(w);
		gp_stream_beats(w);
		gp_mcp_beats(w);
		if (w->hc)
			hc_pool_tick(w->hc);
		for (size_t k = 0; w->mhc && k < s->nmcp; k++)
			if (w->mhc[k])
				hc_pool_tick(w->mhc[k]);
		if (w->id == 0 && rl_mono_ms() - last_tick >= (s->shared_db ? 10 : 100)) {
			/* one worker keeps time for everyone */
			last_tick = rl_mono_ms();
			gp_check_timeouts(s);
			gp_poll_db(s);
			gp_audit_flush(s);
		}
	}
	return NULL;
}

static int add_hdr(struct curl_slist **l, const char *name, const char *val)
{
	rl_buf b = RL_BUF_INIT;
	struct curl_slist *n;
	rl_buf_addf(&b, "%s: %s", name, val);
	n = curl_slist_append(*l, b.s);
	/* the line may hold a key: wipe our copy */
	OPENSSL_cleanse(b.s, b.len);
	rl_buf_free(&b);
	if (!n)
		return RL_ENOMEM;
	*l = n;
	return 0;
}

/* A constant header line: no formatting, nothing secret to wipe. */
static int add_line(struct curl_slist **l, const char *line)
{
	struct curl_slist *n = curl_slist_append(*l, line);
	if (!n)
		return RL_ENOMEM;
	*l = n;
	return 0;
}

/* An easy handle with the options every upstream request shares. Handles
 * go back to their worker's pool unreset (curl_easy_reset and setting all
 * of this again cost more than the rest of the setup); start_proxy sets
 * every per-request option each time. */
CURL *gp_easy_new(worker *w)
{
	const struct rl_guard_server *s = w->s;
	CURL *h = curl_easy_init();
	if (!h)
		return NULL;
	/* the worker tracks the sockets it opens (see up_open) */
	curl_easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, up_open);
	curl_easy_setopt(h, CURLOPT_OPENSOCKETDATA, w);
	curl_easy_setopt(h, CURLOPT_CLOSESOCKETFUNCTION, up_close);
	curl_easy_setopt(h, CURLOPT_CLOSESOCKETDATA, w);
	curl_easy_setopt(h, CURLOPT_POST, 1L);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_up_data);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_up_header);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, (long)s->o.upstream_timeout_s);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 10L);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_USERAGENT, "redline-guard/" RL_VERSION);
	return h;
}

/* Headers that are not the agent's message to the model API (RFC 9110
 * section 7.6.1: hop-by-hop, plus any the Connection header names), or
 * that the guard sets itself for the upstream request (Host, the body's
 * length and type, Expect; Accept-Encoding because the guard must read the
 * answer, and its client asks for what it can decode). The agent header
 * (--agent-header) is the guard's own and stays here too. */
static int hop_by_hop(const char *k, const char *connection)
{
	/* with their lengths: a name is compared only with those of its
	 * length (a strcasecmp per entry was most of this per request) */
#define DROP(s)                                                                                    \
	{                                                                                          \
		s, sizeof s - 1                                                                    \
	}
	/* clang-format off */
	static const struct { const char *s; size_t n; } drop[] = {
		DROP("Connection"), DROP("Keep-Alive"), DROP("Proxy-Connection"),
		DROP("Proxy-Authenticate"), DROP("Proxy-Authorization"), DROP("TE"), DROP("Trailer"),
		DROP("Transfer-Encoding"), DROP("Upgrade"), DROP("Host"), DROP("Content-Length"),
		DROP("Content-Type"), DROP("Expect"), DROP("Accept-Encoding")};
	/* clang-format on */
#undef DROP
	size_t i, kl = strlen(k);
	for (i = 0; i < sizeof drop / sizeof *drop; i++)
		if (kl == drop[i].n && !strcasecmp(k, drop[i].s))
			return 1;
	while (connection && *connection) {
		size_t n;
		connection += strspn(connection, " \t,");
		n = strcspn(connection, " \t,");
		if (n == kl && !strncasecmp(connection, k, n))
			return 1;
		connection += n;
	}
	return 0;
}

/* The key headers: the guard's own under --auth env, the agent's when it
 * passes keys through (Authorization for OpenAI-style APIs, x-api-key for
 * Anthropic, api-key for Azure OpenAI, x-goog-api-key for Gemini). */
static int is_key_header(const char *k)
{
	return !strcasecmp(k, "Authorization") || !strcasecmp(k, "x-api-key") ||
	       !strcasecmp(k, "api-key") || !strcasecmp(k, "x-goog-api-key");
}

int gp_fwd_headers(const struct rl_guard_server *s, const req *r, fwd *f)
{
	const char *conn = hs_req_header(r->rq, "Connection");
	size_t i;
	int env = s->o.auth == RL_GUARD_AUTH_ENV;
	memset(f, 0, sizeof *f);
	/* every end-to-end header, as sent (OpenAI-Beta, anthropic-beta,
	 * HTTP-Referer, X-Title, X-Stainless-*, custom ones); with --auth env
	 * the agent's key headers stay here and the guard's key goes instead */
	for (i = 0; i < r->rq->nhv && f->n < RL_FWD_MAX - 1; i++) {
		const char *k = r->rq->hv[2 * i], *v = r->rq->hv[2 * i + 1];
		if (hop_by_hop(k, conn) || (env && is_key_header(k)) || strpbrk(v, "\r\n") ||
		    !strcasecmp(k, s->agent_header))
			continue;
		f->name[f->n] = k;
		f->val[f->n++] = v;
	}
	if (env) {
		const char *k = getenv(r->format == RL_GUARD_ANTHROPIC ? s->akey_env : s->okey_env);
		if (k && *k && !strpbrk(k, "\r\n")) {
			if (r->format == RL_GUARD_ANTHROPIC) {
				f->name[f->n] = "x-api-key";
				f->val[f->n++] = k;
			} else {
				if (asprintf(&f->bearer, "Bearer %s", k) < 0) {
					f->bearer = NULL;
					return RL_ENOMEM;
				}
				f->name[f->n] = "Authorization";
				f->val[f->n++] = f->bearer;
			}
		}
	}
	return 0;
}

void gp_fwd_free(fwd *f)
{
	if (f->bearer) {
		OPENSSL_cleanse(f->bearer, strlen(f->bearer));
		free(f->bearer);
	}
	f->bearer = NULL;
}

/* The upstream path for a proxied path: "--upstream https://host/v1" and
 * "/v1/..." share the prefix. */
static void upstream_target(const char *base, const char *path, rl_buf *out)
{
	size_t n = strlen(base);
	if (n >= 3 && !strcmp(base + n - 3, "/v1") && !strncmp(path, "/v1/", 4))
		n -= 3;
	rl_buf_add(out, base, n);
	rl_buf_adds(out, path);
}

/* libcurl: TLS upstreams (and plain ones with --upstream-client curl). */
int gp_start_curl(struct rl_guard_server *s, req *r, const fwd *f)
{
	rl_buf url = RL_BUF_INIT;
	size_t i;

	r->easy = r->w->npool ? r->w->pool[--r->w->npool] : gp_easy_new(r->w);
	if (!r->easy)
		return RL_ENOMEM;
	upstream_target(s->upstream, r->path, &url);
	add_line(&r->hdrs, "Content-Type: application/json");
	add_line(&r->hdrs, "Expect:");
	for (i = 0; i < f->n; i++)
		add_hdr(&r->hdrs, f->name[i], f->val[i]);
	/* every per-request option is set here; the rest stays from easy_new */
	curl_easy_setopt(r->easy, CURLOPT_URL, url.s ? url.s : "");
	rl_buf_free(&url);
	curl_easy_setopt(r->easy, CURLOPT_POSTFIELDS, r->body.s);
	curl_easy_setopt(r->easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)r->body.len);
	curl_easy_setopt(r->easy, CURLOPT_HTTPHEADER, r->hdrs);
	curl_easy_setopt(r->easy, CURLOPT_WRITEDATA, r);
	curl_easy_setopt(r->easy, CURLOPT_HEADERDATA, r);
	curl_easy_setopt(r->easy, CURLOPT_PRIVATE, r);
	/* this thread runs the transfer too: the worker loop performs it next */
	if (curl_multi_add_handle(r->w->multi, r->easy) != CURLM_OK) {
		curl_easy_cleanup(r->easy);
		r->easy = NULL;
		curl_slist_free_all(r->hdrs);
		r->hdrs = NULL;
		return RL_ENET;
	}
	return 0;
}

static void on_builtin_done(void *ud, hc_result *res);

/* The built-in keep-alive client: plain-HTTP upstreams (guard/hcli.h). */
int gp_start_builtin(struct rl_guard_server *s, req *r, const fwd *f)
{
	rl_buf h = RL_BUF_INIT, path = RL_BUF_INIT;
	size_t i;
	int rc;

	rl_buf_adds(&h, "Content-Type: application/json\r\n");
	if (!hs_req_header(r->rq, "User-Agent")) /* else the agent's own goes */
		rl_buf_adds(&h, "User-Agent: redline-guard/" RL_VERSION "\r\n");
	for (i = 0; i < f->n; i++) /* "name: value" without a format per line */
		if (rl_buf_adds(&h, f->name[i]) || rl_buf_add(&h, ": ", 2) ||
		    rl_buf_adds(&h, f->val[i]) || rl_buf_add(&h, "\r\n", 2)) {
			if (h.s) /* out of memory: h.s NULL refuses below */
				OPENSSL_cleanse(h.s, h.len);
			rl_buf_free(&h);
			break;
		}
	upstream_target(s->up_path, r->path, &path);
	rc = h.s && path.s ? hc_post(r->w->hc, path.s, h.s, h.len, r->body.s ? r->body.s : "",
				     r->body.len, on_builtin_done, r, &r->hcr)
			   : RL_ENOMEM;
	/* the client keeps its own copy: wipe ours (it may hold a key) */
	if (h.s)
		OPENSSL_cleanse(h.s, h.len);
	rl_buf_free(&h);
	rl_buf_free(&path);
	return rc;
}

void gp_upstream_target(const char *base, const char *path, rl_buf *out)
{
	upstream_target(base, path, out);
}
