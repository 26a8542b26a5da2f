/* proxy_mcp.c: the MCP gateway route of `redline guard serve` (issue 16):
 * `--mcp NAME=URL` serves the MCP server at URL on /mcp/NAME over the
 * Streamable HTTP transport. The decisions are guard/mcpgw.h's (pure,
 * unit-tested); this file moves the bytes:
 *   POST    the body is planned (mcpgw_request): answered by the guard
 *           (malformed JSON-RPC, blocked tools/call), or forwarded with
 *           libcurl in the worker's loop; the server's answer (JSON or
 *           SSE) is read whole, bounded by --max-response, judged
 *           (mcpgw_response: tool results checked and redacted, the
 *           guard's own answers merged in) and sent with the server's
 *           status and end-to-end headers (Mcp-Session-Id...);
 *   GET     the server-to-client SSE stream, relayed as it arrives
 *           (hs_stream_*; curl pauses while the client does not read);
 *   DELETE  (ending a session) and anything else the server answers:
 *           passed through.
 * Request headers go to the MCP server as sent (Authorization,
 * Mcp-Session-Id, MCP-Protocol-Version, Last-Event-ID) except hop-by-hop
 * ones, the guard's agent header and Accept-Encoding (the guard must read
 * the answer). A held tools/call is refused at once (isError result), see
 * docs/guard.md: holds for MCP calls are not wired yet. */
#include "guard/proxy.h"

#include <openssl/crypto.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "guard/mcpgw.h"
#include "guard/proxy_int.h"
#include "base/util.h"

#define MX_HDRS 32

typedef struct mcpx {
	int idx;        /* the --mcp route */
	int get;        /* a GET: streamed relay */
	int streaming;  /* hs_stream_start done */
	int paused;     /* curl paused: the client's queue is full */
	int gone;       /* the client left */
	mcpgw_plan plan;
	int planned;
	char *hn[MX_HDRS], *hval[MX_HDRS]; /* the server's end-to-end headers */
	size_t nh;
} mcpx;

static void mx_free(mcpx *x)
{
	size_t i;
	if (!x)
		return;
	for (i = 0; i < x->nh; i++) {
		free(x->hn[i]);
		free(x->hval[i]);
	}
	if (x->planned)
		mcpgw_plan_free(&x->plan);
	free(x);
}

/* Whether a request header stays with the guard (RFC 9110 7.6.1 hop-by-hop,
 * what curl sets itself, the guard's own agent header). */
static int drop_req_header(const struct rl_guard_server *s, const char *k)
{
	/* clang-format off */
	static const char *const drop[] = {"Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authorization",
					   "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Host",
					   "Content-Length", "Expect", "Accept-Encoding", "Cookie", NULL};
	/* clang-format on */
	size_t i;
	for (i = 0; drop[i]; i++)
		if (!strcasecmp(k, drop[i]))
			return 1;
	return !strcasecmp(k, s->agent_header);
}

static int drop_resp_header(const char *k, size_t n)
{
	static const char *const drop[] = {"connection", "keep-alive", "proxy-connection", "transfer-encoding",
					   "content-length", "date", "upgrade", "trailer", "content-encoding", NULL};
	size_t i;
	for (i = 0; drop[i]; i++)
		if (strlen(drop[i]) == n && !strncasecmp(k, drop[i], n))
			return 1;
	return 0;
}

static size_t on_hdr(char *p, size_t sz, size_t nm, void *ud)
{
	req *r = ud;
	mcpx *x = r->mcp;
	size_t n = sz * nm, kl, vl;
	const char *c, *v;
	if (n >= 5 && !strncmp(p, "HTTP/", 5)) { /* a new status line: a new head */
		while (x->nh) {
			x->nh--;
			free(x->hn[x->nh]);
			free(x->hval[x->nh]);
		}
		r->up_ctype[0] = '\0';
		return n;
	}
	if (!(c = memchr(p, ':', n)))
		return n;
	kl = (size_t)(c - p);
	v = c + 1;
	vl = n - kl - 1;
	while (vl && (*v == ' ' || *v == '\t'))
		v++, vl--;
	while (vl && (v[vl - 1] == '\r' || v[vl - 1] == '\n' || v[vl - 1] == ' '))
		vl--;
	if (kl == 12 && !strncasecmp(p, "content-type", 12)) {
		size_t m = vl < sizeof r->up_ctype - 1 ? vl : sizeof r->up_ctype - 1;
		memcpy(r->up_ctype, v, m);
		r->up_ctype[m] = '\0';
		return n;
	}
	if (drop_resp_header(p, kl) || x->nh >= MX_HDRS || memchr(v, '\r', vl) || memchr(v, '\n', vl))
		return n;
	x->hn[x->nh] = strndup(p, kl);
	x->hval[x->nh] = strndup(v, vl);
	if (x->hn[x->nh] && x->hval[x->nh]) {
		x->nh++;
	} else {
		free(x->hn[x->nh]);
		free(x->hval[x->nh]);
	}
	return n;
}

static size_t heads(const req *r, const mcpx *x, const char *ctype, hs_hdr *h)
{
	size_t n = 0, i;
	if (ctype && *ctype)
		h[n++] = (hs_hdr){"Content-Type", ctype};
	if (r->cors) {
		h[n++] = (hs_hdr){"Access-Control-Allow-Origin", r->cors};
		h[n++] = (hs_hdr){"Access-Control-Expose-Headers", "mcp-session-id, mcp-protocol-version"};
		h[n++] = (hs_hdr){"Vary", "Origin"};
	}
	for (i = 0; i < x->nh; i++)
		h[n++] = (hs_hdr){x->hn[i], x->hval[i]};
	return n;
}

/* The GET stream: relay each piece as it arrives. */
static size_t on_data(char *p, size_t sz, size_t nm, void *ud)
{
	req *r = ud;
	mcpx *x = r->mcp;
	size_t n = sz * nm;
	long st = 0;
	int rc;
	if (!x->get) {
		if (r->up_body.len + n > r->s->o.max_response)
			return 0; /* bounded: the transfer fails, the client gets 502 */
		return rl_buf_add(&r->up_body, p, n) ? 0 : n;
	}
	if (x->gone)
		return 0;
	if (!x->streaming) {
		hs_hdr h[MX_HDRS + 8];
		curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &st);
		if (hs_stream_start(r->conn, (int)st, h, heads(r, x, r->up_ctype, h)))
			return 0;
		x->streaming = 1;
	}
	rc = hs_stream_send(r->conn, p, n);
	if (rc == RL_ELIMIT) {
		x->paused = 1;
		return CURL_WRITEFUNC_PAUSE; /* on_drain resumes */
	}
	return rc ? 0 : n;
}

void gp_mcp_on_drain(void *ud, hs_conn *c, hs_req *rq)
{
	req *r = rq->owner;
	(void)ud;
	(void)c;
	if (r && r->kind == K_MCP && r->easy && r->mcp && ((mcpx *)r->mcp)->paused) {
		((mcpx *)r->mcp)->paused = 0;
		curl_easy_pause(r->easy, CURLPAUSE_CONT);
	}
}

static void answer(req *r, int status, const char *ctype, rl_buf *body)
{
	hs_hdr h[MX_HDRS + 8];
	mcpx *x = r->mcp;
	size_t n = x ? heads(r, x, ctype, h) : 0;
	if (!x)
		h[n++] = (hs_hdr){"Content-Type", ctype};
	rl_log(RL_LOG_INFO, "guard", "mcp path=%s agent=%s status=%d ms=%lld", r->rq->path, r->agent, status,
	       (long long)(rl_mono_ms() - r->t_start));
	hs_respond(r->conn, status, h, n, body);
	rl_buf_free(body);
	mx_free(x);
	r->mcp = NULL;
	gp_req_free(r);
}

static void answer_text(req *r, int status, const char *text)
{
	rl_buf b = RL_BUF_INIT;
	rl_buf_adds(&b, text);
	answer(r, status, "application/json", &b);
}

static void count(struct rl_guard_server *s, req *r, const rl_guard_verdict *v, const char *tool)
{
	int a = v->action >= 0 && v->action < M_NACT ? v->action : RL_GUARD_BLOCK;
	atomic_fetch_add(&s->m_mcp[a], 1);
	if (a != RL_GUARD_ALLOW)
		gp_audit_push(s, "policy", a == RL_GUARD_REDACT ? "redact" : a == RL_GUARD_HOLD ? "hold" : "block",
			      NULL, r->agent, v->rule, v->reason, tool && *tool ? tool : "mcp");
}

static void who_of(req *r, rl_policy_ctx *ctx, mcp_who *w)
{
	struct rl_guard_server *s = r->s;
	memset(ctx, 0, sizeof *ctx);
	ctx->agent = r->agent_name[0] ? r->agent_name : NULL;
	ctx->key_sha256 = r->key_sha[0] ? r->key_sha : NULL;
	ctx->headers = (const char *const *)r->hv;
	ctx->nheaders = r->nhv / 2;
	w->g = gp_req_guard(r);
	w->ctx = ctx;
	w->agent = ctx->agent;
	w->server = s->mcp_names[((mcpx *)r->mcp)->idx];
}

static int start(struct rl_guard_server *s, req *r, const char *body, size_t n)
{
	mcpx *x = r->mcp;
	const char *url = s->mcp_urls[x->idx];
	size_t i;
	CURL *h = gp_easy_new(r->w);
	if (!h)
		return RL_ENOMEM;
	r->easy = h;
	for (i = 0; i < r->rq->nhv; i++) {
		const char *k = r->rq->hv[2 * i], *v = r->rq->hv[2 * i + 1];
		char *line;
		struct curl_slist *t;
		if (drop_req_header(s, k) || strpbrk(v, "\r\n"))
			continue;
		if (asprintf(&line, *v ? "%s: %s" : "%s;", k, v) < 0)
			return RL_ENOMEM;
		t = curl_slist_append(r->hdrs, line);
		OPENSSL_cleanse(line, strlen(line)); /* may be a credential */
		free(line);
		if (!t)
			return RL_ENOMEM;
		r->hdrs = t;
	}
	r->hdrs = curl_slist_append(r->hdrs, "Expect:");
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_hdr);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, r);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, r);
	curl_easy_setopt(h, CURLOPT_PRIVATE, r);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, r->hdrs);
	if (!strcmp(r->rq->method, "POST")) {
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
		curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)n);
	} else {
		curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
		curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, r->rq->method);
	}
	if (x->get)
		curl_easy_setopt(h, CURLOPT_TIMEOUT, 0L); /* a stream lasts as long as the client */
	if (curl_multi_add_handle(r->w->multi, h) != CURLM_OK)
		return RL_ENET;
	r->state = S_UPSTREAM;
	r->t_up = rl_mono_ms();
	atomic_fetch_add(&s->m_inflight, 1);
	return 0;
}

static void drop_easy(req *r)
{
	if (r->easy) {
		curl_multi_remove_handle(r->w->multi, r->easy);
		curl_easy_cleanup(r->easy);
		r->easy = NULL;
	}
	curl_slist_free_all(r->hdrs);
	r->hdrs = NULL;
}

int gp_mcp_route(struct rl_guard_server *s, req *r)
{
	const hs_req *rq = r->rq;
	const char *name;
	mcpx *x;
	size_t i;
	rl_err e;
	rl_policy_ctx ctx;
	mcp_who who;
	mcp_limits lim;

	if (r->kind == K_PROXY && s->upstream && !*s->upstream) {
		gp_send_json_err(r, 404, "no model API behind this guard (--upstream not given)");
		return 1;
	}
	if (strncmp(rq->path, "/mcp/", 5))
		return 0;
	name = rq->path + 5;
	for (i = 0; i < s->nmcp; i++)
		if (!strcmp(name, s->mcp_names[i]))
			break;
	if (i == s->nmcp) {
		gp_send_json_err(r, 404, "no MCP server on this route (--mcp NAME=URL)");
		return 1;
	}
	r->kind = K_MCP;
	if (!(x = calloc(1, sizeof *x))) {
		gp_send_json_err(r, 503, "out of memory");
		return 1;
	}
	x->idx = (int)i;
	x->get = !strcmp(rq->method, "GET");
	r->mcp = x;
	if (r->too_big) {
		atomic_fetch_add(&s->m_bad, 1);
		answer_text(r, 413, "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,"
				    "\"message\":\"message exceeds the guard's size limit\"}}");
		return 1;
	}
	if (!gp_req_guard(r) || atomic_load(&s->stopping)) {
		answer_text(r, 503, "{\"error\":\"the guard is not ready\"}");
		return 1;
	}
	if (gp_agent_of(s, r) < 0) {
		answer_text(r, 403, "{\"error\":\"this agent name is bound to keys; the request carries none of them\"}");
		return 1;
	}
	who_of(r, &ctx, &who);
	if (!strcmp(rq->method, "POST")) {
		int rc;
		mcp_limits_default(&lim);
		if (s->o.max_body && s->o.max_body < lim.max_bytes)
			lim.max_bytes = s->o.max_body;
		rc = mcpgw_request(&who, r->body.s ? r->body.s : "", r->body.len, &lim, &x->plan, &e);
		if (rc) {
			answer_text(r, 503, "{\"error\":\"out of memory\"}");
			return 1;
		}
		x->planned = 1;
		if (x->plan.calls)
			count(s, r, &x->plan.v, x->plan.tool);
		if (x->plan.answer_now) {
			rl_buf b = x->plan.body;
			rl_buf_init(&x->plan.body);
			if (x->plan.status >= 400)
				atomic_fetch_add(&s->m_bad, 1);
			answer(r, x->plan.status, x->plan.ctype, &b);
			return 1;
		}
		if (x->plan.held) {
			/* holds for MCP calls are not wired yet: fail closed */
			rl_buf b = RL_BUF_INIT;
			if (mcpgw_denied(&x->plan, &b)) {
				rl_buf_free(&b);
				answer_text(r, 503, "{\"error\":\"out of memory\"}");
			} else {
				answer(r, 200, "application/json", &b);
			}
			return 1;
		}
		rc = x->plan.forward_original ? start(s, r, r->body.s ? r->body.s : "", r->body.len)
					      : start(s, r, x->plan.body.s ? x->plan.body.s : "", x->plan.body.len);
		if (rc) {
			drop_easy(r);
			answer_text(r, 502, "{\"error\":\"the MCP server could not be reached\"}");
		}
		return 1;
	}
	if (start(s, r, NULL, 0)) {
		drop_easy(r);
		answer_text(r, 502, "{\"error\":\"the MCP server could not be reached\"}");
	}
	return 1;
}

/* The transfer ended (from reap): answer. */
void gp_mcp_done(struct rl_guard_server *s, req *r, int ok)
{
	mcpx *x = r->mcp;
	long st = 0;
	curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &st);
	drop_easy(r);
	atomic_fetch_sub(&s->m_inflight, 1);
	if (x->streaming) {
		hs_stream_end(r->conn, ok);
		mx_free(x);
		r->mcp = NULL;
		gp_req_free(r);
		return;
	}
	if (!ok || st < 100) {
		atomic_fetch_add(&s->m_upstream_err, 1);
		r->mcp = x;
		answer_text(r, 502, "{\"error\":\"the MCP server failed or its answer passed --max-response\"}");
		return;
	}
	if (x->planned) {
		rl_policy_ctx ctx;
		mcp_who who;
		rl_guard_verdict acc;
		rl_buf out = RL_BUF_INIT;
		rl_err e;
		int ost = (int)st, replace = 0, rc;
		char ctype[128];
		memset(&acc, 0, sizeof acc);
		who_of(r, &ctx, &who);
		rc = mcpgw_response(&who, &x->plan, (int)st, r->up_ctype[0] ? r->up_ctype : NULL,
				    r->up_body.s ? r->up_body.s : "", r->up_body.len, &ost, &out, &replace, &acc, &e);
		if (rc) {
			rl_buf_free(&out);
			rl_guard_verdict_free(&acc);
			atomic_fetch_add(&s->m_fail_closed, 1);
			answer_text(r, 502, "{\"error\":\"the MCP server's answer could not be inspected\"}");
			return;
		}
		if (acc.nitems || acc.action != RL_GUARD_ALLOW)
			count(s, r, &acc, x->plan.tool);
		rl_guard_verdict_free(&acc);
		gp_scpy(ctype, sizeof ctype, r->up_ctype[0] ? r->up_ctype : replace ? "application/json" : "");
		if (replace) {
			rl_buf_free(&r->up_body);
			r->up_body = out;
		} else {
			rl_buf_free(&out);
		}
		{
			rl_buf b = r->up_body;
			rl_buf_init(&r->up_body);
			answer(r, ost, ctype, &b);
		}
		return;
	}
	{
		rl_buf b = r->up_body;
		char ctype[128];
		gp_scpy(ctype, sizeof ctype, r->up_ctype);
		rl_buf_init(&r->up_body);
		answer(r, (int)st, ctype, &b);
	}
}

/* The client left: give up the transfer. */
void gp_mcp_gone(struct rl_guard_server *s, req *r)
{
	mcpx *x = r->mcp;
	if (r->state != S_UPSTREAM || !x)
		return;
	x->gone = 1;
	drop_easy(r);
	atomic_fetch_sub(&s->m_inflight, 1);
	atomic_fetch_add(&s->m_client_gone, 1);
	if (x->streaming) {
		hs_stream_end(r->conn, 0);
		mx_free(x);
		r->mcp = NULL;
		gp_req_free(r);
		return;
	}
	answer_text(r, 499, "{\"error\":\"client closed\"}");
}
