/* proxy_server.c: the server life cycle: options, start (workers, their
 * loops, libcurl multi handles, listening sockets), stop. */
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

/* ---- start / stop ---- */

void rl_guard_server_opts_default(rl_guard_server_opts *o)
{
	memset(o, 0, sizeof *o);
	o->listen = "127.0.0.1:8787";
	o->auth = RL_GUARD_AUTH_PASSTHROUGH;
	o->openai_key_env = "OPENAI_API_KEY";
	o->anthropic_key_env = "ANTHROPIC_API_KEY";
	o->agent_header = "x-redline-agent";
	o->max_body = 8u << 20;
	o->max_response = 32u << 20;
	o->upstream_timeout_s = 600;
	o->max_connections = 4096;
	o->control_reserve = 64;
	o->idle_timeout_s = 120;
	o->header_timeout_s = 10;
	o->body_timeout_s = 60;
}

/* hs_opts.on_drain: a slow client took what waited; each kind of stream
 * (a model answer's release, an MCP server's SSE) resumes its own
 * upstream and ignores the others' */
static void on_drain(void *ud, hs_conn *c, hs_req *rq)
{
	gp_on_drain(ud, c, rq);
	gp_mcp_on_drain(ud, c, rq);
}

static int parse_listen(const char *l, int allow_public, struct sockaddr_in *sin, rl_err *e)
{
	char host[64];
	const char *colon = strrchr(l, ':');
	long port;
	char *end;
	if (!colon || (size_t)(colon - l) >= sizeof host)
		return rl_err_set(e, RL_EINVAL,
				  "--listen '%s': expected HOST:PORT (e.g. 127.0.0.1:8787)", l);
	memcpy(host, l, (size_t)(colon - l));
	host[colon - l] = '\0';
	port = strtol(colon + 1, &end, 10);
	if (*end || port < 0 || port > 65535 || end == colon + 1)
		return rl_err_set(e, RL_EINVAL, "--listen '%s': port must be 0-65535", l);
	memset(sin, 0, sizeof *sin);
	sin->sin_family = AF_INET;
	sin->sin_port = htons((uint16_t)port);
	if (!strcmp(host, "localhost"))
		snprintf(host, sizeof host, "127.0.0.1");
	if (inet_pton(AF_INET, host, &sin->sin_addr) != 1)
		return rl_err_set(e, RL_EINVAL, "--listen '%s': host must be an IPv4 address", l);
	if ((ntohl(sin->sin_addr.s_addr) >> 24) != 127 && !allow_public)
		return rl_err_set(
			e, RL_EINVAL,
			"--listen '%s': not a loopback address; the guard binds 127.0.0.1 unless --public is given",
			l);
	return 0;
}

/* The built-in client for each http:// --mcp server (https:// ones, and
 * a host that does not resolve now, go through libcurl). */
static int mcp_pools(struct rl_guard_server *s, worker *w, rl_err *e)
{
	hc_opts co = {.max_response = s->o.max_response,
		      .timeout_ms = s->o.upstream_timeout_s * 1000u,
		      .connect_timeout_ms = 10000,
		      .max_idle = 512};
	size_t k;
	if (!(w->mhc = calloc(s->nmcp, sizeof *w->mhc)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (k = 0; k < s->nmcp; k++) {
		rl_err pe;
		if (strncmp(s->mcp_urls[k], "http://", 7))
			continue;
		if (hc_pool_new(w->loop, s->mcp_urls[k], &co, &w->mhc[k], &pe) && w->id == 0)
			rl_log(RL_LOG_WARN, "guard", "--mcp %s: %s; using libcurl", s->mcp_names[k],
			       pe.msg);
	}
	return 0;
}

static void server_free(struct rl_guard_server *s)
{
	hold *h, *nx;
	for (h = s->holds; h; h = nx) {
		nx = h->next;
		gp_hold_free(h);
	}
	free(s->audit);
	for (unsigned i = 0; s->w && i < s->nw; i++) {
		worker *w = &s->w[i];
		if (w->hc)
			hc_pool_free(w->hc);
		for (size_t k = 0; w->mhc && k < s->nmcp; k++)
			hc_pool_free(w->mhc[k]);
		free(w->mhc);
		while (w->npool)
			curl_easy_cleanup(w->pool[--w->npool]);
		while (w->nmpool)
			curl_easy_cleanup(w->mpool[--w->nmpool]);
		if (w->multi) /* closes curl's sockets: their watches go (up_close) */
			curl_multi_cleanup(w->multi);
		if (w->loop)
			hs_loop_free(w->loop);
		free(w->socks);
		gp_mx_spares_free(w);
		while (w->spare) {
			req *q = w->spare;
			w->spare = q->next;
			free(q);
		}
		OPENSSL_cleanse(w->last_key, sizeof w->last_key);
		pthread_mutex_destroy(&w->qmu);
	}
	free(s->w);
	hs_iplimit_free(s->iplimit);
	rl_holds_close(s->db);
	pthread_mutex_destroy(&s->mu);
	pthread_mutex_destroy(&s->dbmu);
	free(s->listen);
	free(s->up_path);
	free(s->upstream);
	free(s->token_hash);
	free(s->agent_header);
	free(s->okey_env);
	free(s->akey_env);
	free(s->db_path);
	for (size_t k = 0; k < s->norigins; k++)
		free(s->origins[k]);
	for (size_t k = 0; k < s->nhosts; k++)
		free(s->hosts[k]);
	free(s->origins);
	free(s->hosts);
	for (size_t k = 0; k < s->nmcp; k++) {
		free(s->mcp_names[k]);
		free(s->mcp_urls[k]);
	}
	free(s->mcp_names);
	mcp_ctx_free(s->mctx);
	free(s->mcp_urls);
	EVP_MD_free(s->sha256);
	free(s);
}

int rl_guard_server_start(const rl_guard *g, const rl_guard_server_opts *o, rl_guard_server **out,
			  rl_err *e)
{
	struct rl_guard_server *s;
	struct sockaddr_in sin;
	int rc;
	unsigned i;

	*out = NULL;
	if ((!o->upstream && !o->nmcp) || (o->upstream && strncmp(o->upstream, "http", 4)))
		return rl_err_set(e, RL_EINVAL, "--upstream: expected an http:// or https:// URL");
	if (!o->token || strlen(o->token) < 16)
		return rl_err_set(e, RL_EINVAL,
				  "the approval API needs a token of at least 16 characters");
	if ((rc = parse_listen(o->listen, o->allow_public, &sin, e)))
		return rc;
	s = calloc(1, sizeof *s);
	if (!s)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	atomic_store(&s->g, g);
	s->o = *o;
	s->o.allow_origins = s->o.allow_hosts = NULL; /* borrowed: copied below */
	pthread_mutex_init(&s->mu, NULL);
	pthread_mutex_init(&s->dbmu, NULL);
	s->upstream = gp_xdup(o->upstream ? o->upstream : ""); /* "": MCP routes only */
	if (o->nmcp && (s->mcp_names = calloc(o->nmcp, sizeof *s->mcp_names)) &&
	    (s->mcp_urls = calloc(o->nmcp, sizeof *s->mcp_urls)))
		for (i = 0; i < o->nmcp; i++)
			if ((s->mcp_names[i] = gp_xdup(o->mcp_names[i])) &&
			    (s->mcp_urls[i] = gp_xdup(o->mcp_urls[i])))
				s->nmcp++;
	s->o.mcp_names = s->o.mcp_urls = NULL;         /* borrowed: copied above */
	if (s->nmcp && mcp_ctx_new(1024, 8, &s->mctx)) /* 1,024 sessions, 8 messages each */
		s->mctx = NULL; /* holds then show no context; nothing else needs it */
	s->listen = gp_xdup(o->listen);
	s->agent_header = gp_xdup(o->agent_header);
	s->okey_env = gp_xdup(o->openai_key_env);
	s->akey_env = gp_xdup(o->anthropic_key_env);
	s->db_path = gp_xdup(o->db_path);
	{
		const char *colon = strrchr(o->listen, ':');
		size_t hl = colon ? (size_t)(colon - o->listen) : 0;
		if (hl < sizeof s->listen_host) {
			memcpy(s->listen_host, o->listen, hl);
			s->listen_host[hl] = '\0';
		}
	}
	if ((o->nallow_origins && !(s->origins = calloc(o->nallow_origins, sizeof *s->origins))) ||
	    (o->nallow_hosts && !(s->hosts = calloc(o->nallow_hosts, sizeof *s->hosts)))) {
		server_free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (i = 0; i < o->nallow_origins; i++)
		if ((s->origins[i] = gp_xdup(o->allow_origins[i])))
			s->norigins++;
	for (i = 0; i < o->nallow_hosts; i++)
		if ((s->hosts[i] = gp_xdup(o->allow_hosts[i])))
			s->nhosts++;
	s->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
	s->token_hash = malloc(65);
	if (s->token_hash)
		gp_token_digest(o->token, strlen(o->token), s->token_hash);
	while (s->upstream && *s->upstream && s->upstream[strlen(s->upstream) - 1] == '/')
		s->upstream[strlen(s->upstream) - 1] = '\0';
	if (s->upstream) {
		/* the path part of the base URL, for the built-in client */
		const char *h = strstr(s->upstream, "://");
		const char *slash = h ? strchr(h + 3, '/') : NULL;
		s->up_path = gp_xdup(slash ? slash : "");
	}
	if (!s->upstream || !s->up_path || !s->listen || !s->agent_header || !s->okey_env ||
	    !s->akey_env || !s->db_path || !s->token_hash || s->nmcp != o->nmcp) {
		server_free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	if ((rc = rl_holds_open(o->db_path, &s->db, e)) || (rc = gp_load_holds(s, e))) {
		server_free(s);
		return rc;
	}
	s->shared_db = rl_holds_shared(s->db); /* a fleet on PostgreSQL */
	s->nw = o->threads ? o->threads : (unsigned)sysconf(_SC_NPROCESSORS_ONLN);
	if (s->nw < 1)
		s->nw = 1;
	if (s->nw > 64)
		s->nw = 64;
	if (!(s->w = calloc(s->nw, sizeof *s->w))) {
		server_free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (i = 0; i < s->nw; i++)
		pthread_mutex_init(&s->w[i].qmu, NULL);
	if (o->max_client_connections &&
	    !(s->iplimit = hs_iplimit_new(o->max_client_connections))) {
		server_free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (i = 0; i < s->nw; i++) {
		worker *w = &s->w[i];
		unsigned limit = o->max_connections / s->nw;
		unsigned reserve = (o->control_reserve + s->nw - 1) / s->nw;
		w->s = s;
		w->id = i;
		if (!(w->multi = curl_multi_init())) {
			server_free(s);
			return rl_err_set(e, RL_ENOMEM, "curl_multi_init failed");
		}
		curl_multi_setopt(w->multi, CURLMOPT_MAX_HOST_CONNECTIONS, 512L);
		curl_multi_setopt(w->multi, CURLMOPT_MAXCONNECTS, 512L);
		curl_multi_setopt(w->multi, CURLMOPT_SOCKETFUNCTION, gp_on_up_socket);
		curl_multi_setopt(w->multi, CURLMOPT_SOCKETDATA, w);
		curl_multi_setopt(w->multi, CURLMOPT_TIMERFUNCTION, gp_on_up_timer);
		curl_multi_setopt(w->multi, CURLMOPT_TIMERDATA, w);
		w->curl_due = -1;
		{
			/* every worker binds the port the first one got, SO_REUSEPORT
			 * spreading connections; request line and headers may take
			 * 32 KB (long bearer tokens, many extra headers) */
			hs_opts ho = {.max_header = 32 * 1024,
				      .max_body = 64 * 1024,
				      .body_limit = gp_body_limit,
				      .max_conns = limit ? limit : 1u,
				      .reserve_conns = reserve,
				      .idle_timeout_s = o->idle_timeout_s,
				      .head_timeout_ms = o->header_timeout_s * 1000u,
				      .body_timeout_ms = o->body_timeout_s * 1000u,
				      .iplimit = s->iplimit,
				      .ud = w,
				      .on_request = gp_on_request,
				      .on_wake = gp_on_wake,
				      .on_gone = gp_on_gone,
				      .on_drain = on_drain,
				      /* never refused: the upstream pauses first */
				      .stream_max = 2 * o->max_response + 65536};
			int lfd;
			if ((rc = hs_listen(&sin, s->nw > 1, 1024, &lfd, e))) {
				server_free(s);
				return rc;
			}
			if (i == 0) {
				struct sockaddr_in got;
				socklen_t gl = sizeof got;
				s->port = getsockname(lfd, (struct sockaddr *)&got, &gl)
						  ? ntohs(sin.sin_port)
						  : ntohs(got.sin_port);
				sin.sin_port = htons((uint16_t)s->port);
			}
			if ((rc = hs_loop_new(lfd, &ho, &w->loop, e))) {
				server_free(s);
				return rc;
			}
			if (!strncmp(s->upstream, "http://", 7) &&
			    o->upstream_client != RL_GUARD_CLIENT_CURL) {
				hc_opts co = {.max_response = o->max_response,
					      .timeout_ms = o->upstream_timeout_s * 1000u,
					      .connect_timeout_ms = 10000,
					      .max_idle = 512};
				if ((rc = hc_pool_new(w->loop, s->upstream, &co, &w->hc, e))) {
					server_free(s);
					return rc;
				}
			}
			if (s->nmcp && o->upstream_client != RL_GUARD_CLIENT_CURL &&
			    (rc = mcp_pools(s, w, e))) {
				server_free(s);
				return rc;
			}
		}
	}
	for (i = 0; i < s->nw; i++) {
		if (pthread_create(&s->w[i].th, NULL, gp_worker_main, &s->w[i])) {
			atomic_store(&s->stopping, 1);
			for (unsigned k = 0; k < i; k++) {
				hs_loop_wake(s->w[k].loop);
				pthread_join(s->w[k].th, NULL);
			}
			server_free(s);
			return rl_err_set(e, RL_ENOMEM, "cannot start a worker thread");
		}
		s->w[i].started = 1;
	}
	*out = s;
	return 0;
}

void rl_guard_server_set_guard(rl_guard_server *s, const rl_guard *g)
{
	atomic_store(&s->g, g);
}

void rl_guard_server_set_holder(rl_guard_server *s, gh_holder *h)
{
	atomic_store(&s->holder, h);
}

unsigned rl_guard_server_port(const rl_guard_server *s)
{
	return s->port;
}

void rl_guard_server_stop(rl_guard_server *s)
{
	hold *h;
	req *q, *nx;
	unsigned i;
	int64_t until;
	if (!s)
		return;
	atomic_store(&s->stopping, 1);
	/* from here start_proxy answers new requests 503 (stopping) */
	for (i = 0; i < s->nw; i++) {
		hs_loop_wake(s->w[i].loop);
		pthread_join(s->w[i].th, NULL);
		s->w[i].started = 0;
	}
	/* the workers are gone and this thread owns the loops: accept no new
	 * connections */
	for (i = 0; i < s->nw; i++)
		hs_loop_close_listener(s->w[i].loop);
	/* answer everyone still waiting; their holds stay pending in the DB */
	pthread_mutex_lock(&s->mu);
	for (h = s->holds; h; h = h->next) {
		for (q = h->waiters; q; q = nx) {
			nx = q->next;
			q->next = NULL;
			char msg[200];
			snprintf(msg, sizeof msg,
				 "the guard is restarting; hold %s stays pending: send the "
				 "same request again",
				 h->rec.id);
			gp_set_error(q, 503, "guard_unavailable", msg);
			gp_finish_remote(q);
		}
		h->waiters = NULL;
	}
	pthread_mutex_unlock(&s->mu);
	/* requests still upstream */
	for (i = 0; i < s->nw; i++) {
		for (q = s->w[i].inflight; q; q = nx) {
			nx = q->fnext;
			if (q->hcr) {
				hc_cancel(q->hcr);
				q->hcr = NULL;
			} else {
				curl_multi_remove_handle(s->w[i].multi, q->easy);
				curl_easy_cleanup(q->easy);
				q->easy = NULL;
			}
			gp_set_error(q, 503, "guard_unavailable", "the guard is shutting down");
			gp_finish_remote(q);
		}
		s->w[i].inflight = NULL;
	}
	gp_audit_flush(s);
	/* the worker threads are gone: run the loops here a moment so the
	 * answers above are written (gp_on_wake), then stop */
	until = rl_mono_ms() + 200;
	while (rl_mono_ms() < until) {
		size_t open = 0, waiting = 0, o, wt;
		for (i = 0; i < s->nw; i++) {
			hs_loop_run(s->w[i].loop, 0);
			hs_loop_counts(s->w[i].loop, &o, &wt);
			open += o;
			waiting += wt;
		}
		if (!waiting && !open)
			break;
		usleep(2000);
	}
	server_free(s);
}
