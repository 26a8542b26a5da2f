/* proxy_mcp.c: the MCP gateway route of `redline guard serve` (issue 16):
 * `--mcp NAME=URL` serves the MCP server at URL on /mcp/NAME over the
 * Streamable HTTP transport. The decisions are guard/mcpgw.h's (pure,
 * unit-tested); this file moves the bytes:
 *   POST    the body is planned (mcpgw_request): answered by the guard
 *           (malformed JSON-RPC, blocked tools/call), held for a person
 *           (a tools/call the policy holds: below), or forwarded in
 *           the worker's loop: to an http:// server with the guard's own
 *           keep-alive client in stream mode (guard/hcli.h: the head at
 *           once, the body in pieces, reading paused while the client's
 *           queue is full), to an https:// one (or with --upstream-client
 *           curl) with libcurl. A JSON answer is read whole,
 *           bounded by --max-response, judged (mcpgw_response: tool
 *           results checked and redacted, the guard's own answers merged
 *           in) and sent with the server's status and end-to-end headers
 *           (Mcp-Session-Id...); an SSE answer is relayed event by event
 *           as it arrives (mcpgw_stream_*: each event, a whole JSON-RPC
 *           message, judged before it goes; one event bounded by
 *           --max-response; the upstream is not read while the client
 *           does not read); an answer that cannot be judged fails closed
 *           as JSON-RPC errors for the calls still waiting;
 *   GET     the server-to-client SSE stream, relayed as it arrives
 *           (hs_stream_*; paused likewise);
 *   DELETE  (ending a session) and anything else the server answers:
 *           passed through.
 * Request headers go to the MCP server as sent (Authorization,
 * Mcp-Session-Id, MCP-Protocol-Version, Last-Event-ID) except hop-by-hop
 * ones, the guard's agent header and Accept-Encoding (the guard must read
 * the answer).
 *
 * A held tools/call is a hold like a model answer's (proxy_holds.c: the
 * same store, approval page, API, CLI, deadline and audit), made before
 * the server sees the call. The request waits: a client that accepts
 * text/event-stream gets its answer's head at once and an SSE comment
 * naming the hold every MX_BEAT_MS (plus notifications/progress when the
 * call carries a progressToken, which lets SDK clients with
 * resetTimeoutOnProgress wait past their request timeout); other clients
 * simply wait. Approved, the call is forwarded then and its (judged)
 * result answers the request; denied or timed out, the guard answers an
 * isError result with the decision. Holds outlive the guard: a client
 * that sends the same request again (same agent, route, Mcp-Session-Id,
 * JSON-RPC id, tool and arguments: the hold's request hash) attaches to
 * the pending hold, or collects its decision; a waiting client that
 * leaves is taken off the hold, so an approval runs the call only for a
 * client that reads its result. */
#include "guard/proxy.h"

#include <openssl/crypto.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "guard/mcpgw.h"
#include "guard/proxy_int.h"
#include "base/util.h"

#include "guard/proxy_mcp_int.h"

/* A zeroed state for a new request: a spare of the worker's when there is
 * one (its header buffer kept), else a new one. */
static mcpx *mx_new(worker *w)
{
	mcpx *x = w ? w->mspare : NULL;
	rl_buf hb, qh;
	if (!x) {
		if ((x = calloc(1, sizeof *x))) {
			rl_buf_init(&x->hb);
			rl_buf_init(&x->qh);
		}
		return x;
	}
	w->mspare = x->next;
	w->nmspare--;
	hb = x->hb;
	qh = x->qh;
	memset(x, 0, sizeof *x);
	x->hb = hb;
	x->qh = qh;
	return x;
}

static void mx_free(worker *w, mcpx *x)
{
	if (!x)
		return;
	if (x->planned)
		mcpgw_plan_free(&x->plan);
	if (x->relay)
		mcpgw_stream_free(&x->gs);
	rl_buf_free(&x->backlog);
	rl_guard_verdict_free(&x->acc);
	json_decref(x->ptoken);
	/* a server's headers may be large: only a usual buffer is kept */
	if (w && w->nmspare < 64 && x->hb.cap <= 4096 && x->qh.cap <= 4096) {
		rl_buf_reset(&x->hb);
		rl_buf_reset(&x->qh);
		x->next = w->mspare;
		w->mspare = x;
		w->nmspare++;
		return;
	}
	rl_buf_free(&x->hb);
	rl_buf_free(&x->qh);
	free(x);
}

void gp_mx_spares_free(worker *w)
{
	while (w->mspare) {
		mcpx *x = w->mspare;
		w->mspare = x->next;
		rl_buf_free(&x->hb);
		rl_buf_free(&x->qh);
		free(x);
	}
	w->nmspare = 0;
}

static int is_sse(const char *ct)
{
	return ct && !strncasecmp(ct, "text/event-stream", 17);
}

/* Whether a request header stays with the guard (RFC 9110 7.6.1 hop-by-hop,
 * what curl sets itself, the guard's own agent header). `n` is strlen(k),
 * `agn` strlen(s->agent_header). */
/* The request headers that stay with the guard: each name once, read
 * twice (the table, and the bitmask of their lengths that turns most
 * names away before any compare) */
/* clang-format off */
#define DROP_NAMES(X)                                                                              \
	X("Connection") X("Keep-Alive") X("Proxy-Connection") X("Proxy-Authorization") X("TE")    \
	X("Trailer") X("Transfer-Encoding") X("Upgrade") X("Host") X("Content-Length")             \
	X("Expect") X("Accept-Encoding") X("Cookie")
/* clang-format on */
#define DROP_ENT(x) {x, sizeof x - 1},
#define DROP_BIT(x) | (1u << (sizeof x - 1))

static int drop_req_header(const struct rl_guard_server *s, const char *k, size_t n, size_t agn)
{
	/* compared by length first: this runs for every header of every call,
	 * and a strcasecmp per name was ~2.4k instructions per tools/call */
	static const struct {
		const char *s;
		size_t n;
	} drop[] = {DROP_NAMES(DROP_ENT)};
	static const unsigned lens = 0 DROP_NAMES(DROP_BIT);
	size_t i;
	if (n < 32 && ((1u << n) & lens))
		for (i = 0; i < sizeof drop / sizeof *drop; i++)
			if (n == drop[i].n && !strncasecmp(k, drop[i].s, n))
				return 1;
	return n == agn && !strcasecmp(k, s->agent_header);
}
#undef DROP_BIT
#undef DROP_ENT
#undef DROP_NAMES

static int drop_resp_header(const char *k, size_t n)
{
	/* clang-format off */
	static const struct { const char *s; size_t n; } drop[] = {
		{"connection", 10}, {"keep-alive", 10}, {"proxy-connection", 16},
		{"transfer-encoding", 17}, {"content-length", 14}, {"date", 4}, {"upgrade", 7},
		{"trailer", 7}, {"content-encoding", 16}};
	/* clang-format on */
	size_t i;
	for (i = 0; i < sizeof drop / sizeof *drop; i++)
		if (drop[i].n == n && !strncasecmp(k, drop[i].s, n))
			return 1;
	return 0;
}

/* One header line of the server's answer: Content-Type kept apart, the
 * end-to-end ones (at most MX_HDRS) for the client. */
static void keep_hdr(req *r, const char *k, size_t kl, const char *v, size_t vl)
{
	mcpx *x = r->mcp;
	size_t at;
	if (kl == 12 && !strncasecmp(k, "content-type", 12)) {
		size_t m = vl < sizeof r->up_ctype - 1 ? vl : sizeof r->up_ctype - 1;
		memcpy(r->up_ctype, v, m);
		r->up_ctype[m] = '\0';
		return;
	}
	if (!kl || drop_resp_header(k, kl) || x->nh >= MX_HDRS || memchr(v, '\r', vl) ||
	    memchr(v, '\n', vl))
		return;
	at = x->hb.len;
	if (rl_buf_grow(&x->hb, kl + vl + 2))
		return; /* out of memory: the header is left out, as before */
	memcpy(x->hb.s + at, k, kl);
	x->hb.s[at + kl] = '\0';
	memcpy(x->hb.s + at + kl + 1, v, vl);
	x->hb.s[at + kl + 1 + vl] = '\0';
	x->hb.len = at + kl + vl + 2;
	x->hn[x->nh] = at;
	x->hval[x->nh] = at + kl + 1;
	x->nh++;
}

static size_t on_hdr(char *p, size_t sz, size_t nm, void *ud)
{
	req *r = ud;
	mcpx *x = r->mcp;
	size_t n = sz * nm, kl, vl;
	const char *c, *v;
	if (n >= 5 && !strncmp(p, "HTTP/", 5)) { /* a new status line: a new head */
		x->nh = 0;
		rl_buf_reset(&x->hb);
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
	keep_hdr(r, p, kl, v, vl);
	return n;
}

size_t gp_mx_heads(const req *r, const mcpx *x, const char *ctype, hs_hdr *h)
{
	size_t n = 0, i;
	if (ctype && *ctype)
		h[n++] = (hs_hdr){"Content-Type", ctype};
	if (r->cors) {
		h[n++] = (hs_hdr){"Access-Control-Allow-Origin", r->cors};
		h[n++] = (hs_hdr){"Access-Control-Expose-Headers",
				  "mcp-session-id, mcp-protocol-version"};
		h[n++] = (hs_hdr){"Vary", "Origin"};
	}
	for (i = 0; i < x->nh; i++)
		h[n++] = (hs_hdr){x->hb.s + x->hn[i], x->hb.s + x->hval[i]};
	return n;
}

static void who_of(req *r, rl_policy_ctx *ctx, mcp_who *w);
void gp_mx_answer(req *r, int status, const char *ctype, rl_buf *body);
void gp_mx_answer_text(req *r, int status, const char *text);

/* Send judged bytes on a started stream; what the client's queue cannot
 * take now waits in the backlog (sent from on_drain). -1: the client is
 * gone or memory ran out. */
int gp_mx_relay_send(req *r, rl_buf *out)
{
	mcpx *x = r->mcp;
	int rc = 0;
	if (!out->len)
		return 0;
	if (x->backlog.len) {
		rc = rl_buf_add(&x->backlog, out->s, out->len) ? -1 : 0;
		rl_buf_free(out);
		return rc;
	}
	rc = hs_stream_send(r->conn, out->s, out->len);
	if (rc == RL_ELIMIT) {
		x->backlog = *out; /* taken */
		rl_buf_init(out);
		return 0;
	}
	rl_buf_free(out);
	return rc ? -1 : 0;
}

/* A POST's SSE answer: judge each complete event, send it. */
static size_t relay_data(req *r, const char *p, size_t n)
{
	mcpx *x = r->mcp;
	rl_buf out = RL_BUF_INIT;
	rl_policy_ctx ctx;
	mcp_who who;
	rl_err e;
	if (x->gone)
		return 0;
	if (x->backlog.len) { /* the client has not taken the last events yet */
		x->paused = 1;
		return CURL_WRITEFUNC_PAUSE; /* on_drain resumes; curl hands these bytes again */
	}
	who_of(r, &ctx, &who);
	if (mcpgw_stream_feed(&who, &x->plan, &x->gs, p, n, &out, &x->acc, &e)) {
		/* cannot be judged: not delivered, the stream ends short */
		rl_buf_free(&out);
		atomic_fetch_add(&r->s->m_fail_closed, 1);
		rl_log(RL_LOG_WARN, "guard", "mcp path=%s: %s; stream cut", r->rq->path, e.msg);
		return 0;
	}
	return gp_mx_relay_send(r, &out) ? 0 : n;
}

/* The GET stream: relay each piece as it arrives; a POST's answer: an SSE
 * one relayed event by event, anything else read whole. */
static size_t on_data(char *p, size_t sz, size_t nm, void *ud)
{
	req *r = ud;
	mcpx *x = r->mcp;
	size_t n = sz * nm;
	long st = 0;
	int rc;
	if (!x->get) {
		if (!x->relay_decided) {
			x->relay_decided = 1;
			curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &st);
			if (x->planned && st >= 200 && st <= 299 && is_sse(r->up_ctype)) {
				mcpgw_stream_init(&x->gs, r->s->o.max_response);
				x->relay = 1;
				if (!x->streaming) {
					hs_hdr h[MX_HDRS + 8];
					if (hs_stream_start(r->conn, (int)st, h,
							    gp_mx_heads(r, x, r->up_ctype, h)))
						return 0;
					x->streaming = 1;
				}
			}
		}
		if (x->relay)
			return relay_data(r, p, n);
		if (r->up_body.len + n > r->s->o.max_response)
			return 0; /* bounded: the transfer fails, the client gets 502 */
		return rl_buf_add(&r->up_body, p, n) ? 0 : n;
	}
	if (x->gone)
		return 0;
	if (!x->streaming) {
		hs_hdr h[MX_HDRS + 8];
		curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &st);
		if (hs_stream_start(r->conn, (int)st, h, gp_mx_heads(r, x, r->up_ctype, h)))
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

/* ---- the built-in client (http:// servers): the same relay, with the
 * answer's head at once and every piece of body taken (what the client's
 * queue cannot take waits in the backlog, and reading pauses) ---- */

/* Bytes for a started stream: sent, or kept in the backlog. -1: the
 * client is gone or memory ran out. */
static int relay_raw(req *r, const char *p, size_t n)
{
	mcpx *x = r->mcp;
	int rc;
	if (x->backlog.len)
		return rl_buf_add(&x->backlog, p, n) ? -1 : 0;
	rc = hs_stream_send(r->conn, p, n);
	if (rc == RL_ELIMIT)
		return rl_buf_add(&x->backlog, p, n) ? -1 : 0;
	return rc ? -1 : 0;
}

static int hx_head(void *ud, const hc_result *res, const char *const *hv, size_t nh)
{
	req *r = ud;
	mcpx *x = r->mcp;
	int st = res->status;
	size_t i;
	r->up_status = st;
	r->up_ctype[0] = '\0';
	for (i = 0; i < nh; i++)
		keep_hdr(r, hv[2 * i], strlen(hv[2 * i]), hv[2 * i + 1], strlen(hv[2 * i + 1]));
	x->relay_decided = 1;
	if (x->get ? st < 200 || st > 299
		   : !(x->planned && st >= 200 && st <= 299 && is_sse(r->up_ctype)))
		return HC_GO; /* read whole, bounded, then answered */
	if (!x->get) {
		mcpgw_stream_init(&x->gs, r->s->o.max_response);
		x->relay = 1;
	}
	if (!x->streaming) {
		hs_hdr h[MX_HDRS + 8];
		if (hs_stream_start(r->conn, st, h, gp_mx_heads(r, x, r->up_ctype, h)))
			return HC_STOP;
		x->streaming = 1;
	}
	return HC_GO;
}

static int hx_body(void *ud, const char *p, size_t n)
{
	req *r = ud;
	mcpx *x = r->mcp;
	if (x->gone)
		return HC_STOP;
	if (x->relay) {
		rl_buf out = RL_BUF_INIT;
		rl_policy_ctx ctx;
		mcp_who who;
		rl_err e;
		who_of(r, &ctx, &who);
		if (mcpgw_stream_feed(&who, &x->plan, &x->gs, p, n, &out, &x->acc, &e)) {
			/* cannot be judged: not delivered, the stream ends short */
			rl_buf_free(&out);
			atomic_fetch_add(&r->s->m_fail_closed, 1);
			rl_log(RL_LOG_WARN, "guard", "mcp path=%s: %s; stream cut", r->rq->path,
			       e.msg);
			return HC_STOP;
		}
		if (gp_mx_relay_send(r, &out))
			return HC_STOP;
	} else if (x->streaming) {
		if (relay_raw(r, p, n))
			return HC_STOP;
	} else {
		if (r->up_body.len + n > r->s->o.max_response)
			return HC_STOP; /* bounded: the client gets 502 */
		return rl_buf_add(&r->up_body, p, n) ? HC_STOP : HC_GO;
	}
	if (x->backlog.len) {
		x->paused = 1; /* on_drain resumes */
		return HC_PAUSE;
	}
	return HC_GO;
}

static void hx_done(void *ud, hc_result *res)
{
	req *r = ud;
	r->hcr = NULL;
	if (res->err == HC_OK)
		r->up_status = res->status;
	gp_mcp_done(r->s, r, res->err == HC_OK);
}

static const hc_stream hx_stream = {hx_head, hx_body};

static int start_hc(struct rl_guard_server *s, req *r, hc_pool *pool, const char *body, size_t n)
{
	mcpx *x = r->mcp;
	const char *url = s->mcp_urls[x->idx], *path = strchr(url + 7, '/');
	rl_buf h = x->qh; /* kept with the struct: no allocation per call */
	size_t i, agn = strlen(s->agent_header);
	int rc = 0;
	hc_call c = {.method = r->rq->method,
		     .path = path ? path : "/",
		     .body = body,
		     .bn = n,
		     .stream = &hx_stream,
		     .no_timeout = x->get};
	rl_buf_reset(&h);
	rc = rl_buf_grow(&h, 512); /* usual headers in one allocation */
	for (i = 0; i < r->rq->nhv && !rc; i++) {
		const char *k = r->rq->hv[2 * i], *v = r->rq->hv[2 * i + 1];
		size_t kl = strlen(k), vl;
		if (drop_req_header(s, k, kl, agn) || strpbrk(v, "\r\n"))
			continue;
		vl = strlen(v);
		/* one line, one growth check */
		if ((rc = rl_buf_grow(&h, kl + vl + 4)))
			break;
		memcpy(h.s + h.len, k, kl);
		memcpy(h.s + h.len + kl, ": ", 2);
		memcpy(h.s + h.len + kl + 2, v, vl);
		memcpy(h.s + h.len + kl + 2 + vl, "\r\n", 2);
		h.len += kl + vl + 4;
		h.s[h.len] = '\0';
	}
	if (!rc) {
		c.hdrs = h.s;
		c.hn = h.len;
		rc = hc_send(pool, &c, hx_done, r, &r->hcr);
	}
	if (h.s) /* the client keeps its own copy; ours may hold a credential */
		OPENSSL_cleanse(h.s, h.len);
	rl_buf_reset(&h);
	x->qh = h;
	if (rc)
		return rc;
	r->state = S_UPSTREAM;
	r->t_up = rl_mono_ms();
	atomic_fetch_add(&s->m_inflight, 1);
	return 0;
}

/* End r's stream (complete or cut) and free r. */
void gp_mx_end_free(req *r, int complete)
{
	hs_stream_end(r->conn, complete);
	mx_free(r->w, r->mcp);
	r->mcp = NULL;
	gp_req_free(r);
}

void gp_mcp_on_drain(void *ud, hs_conn *c, hs_req *rq)
{
	req *r = rq->owner;
	mcpx *x;
	(void)ud;
	if (!r || r->kind != K_MCP || !(x = r->mcp))
		return;
	if (x->backlog.len) {
		int rc = hs_stream_send(c, x->backlog.s, x->backlog.len);
		if (rc == RL_ELIMIT)
			return;
		rl_buf_reset(&x->backlog);
	}
	if (x->ending) {
		gp_mx_end_free(r, 1);
		return;
	}
	if (r->easy && x->paused) {
		x->paused = 0;
		curl_easy_pause(r->easy, CURLPAUSE_CONT);
	}
	if (r->hcr && x->paused) {
		x->paused = 0;
		hc_resume(r->hcr); /* last: it may end the request */
	}
}

void gp_mx_answer(req *r, int status, const char *ctype, rl_buf *body)
{
	hs_hdr h[MX_HDRS + 8];
	mcpx *x = r->mcp;
	size_t n = x ? gp_mx_heads(r, x, ctype, h) : 0;
	if (!x)
		h[n++] = (hs_hdr){"Content-Type", ctype};
	rl_log(RL_LOG_INFO, "guard", "mcp path=%s agent=%s status=%d ms=%lld", r->rq->path,
	       r->agent, status, (long long)(rl_mono_ms() - r->t_start));
	hs_respond(r->conn, status, h, n, body);
	rl_buf_free(body);
	mx_free(r->w, x);
	r->mcp = NULL;
	gp_req_free(r);
}

void gp_mx_answer_text(req *r, int status, const char *text)
{
	rl_buf b = RL_BUF_INIT;
	rl_buf_adds(&b, text);
	gp_mx_answer(r, status, "application/json", &b);
}

void gp_mx_count(struct rl_guard_server *s, req *r, const rl_guard_verdict *v, const char *tool,
		 const char *hold_id)
{
	int a = v->action >= 0 && v->action < M_NACT ? v->action : RL_GUARD_BLOCK;
	atomic_fetch_add(&s->m_mcp[a], 1);
	if (a != RL_GUARD_ALLOW)
		gp_audit_push(s, "policy",
			      a == RL_GUARD_REDACT ? "redact"
			      : a == RL_GUARD_HOLD ? "hold"
						   : "block",
			      hold_id, r->agent, v->rule, v->reason, tool && *tool ? tool : "mcp");
}

/* r's Mcp-Session-Id header (NULL: none), looked up once per request */
static const char *sid_of(req *r)
{
	mcpx *x = r->mcp;
	if (!x->sid_known) {
		x->sid = hs_req_header(r->rq, "mcp-session-id");
		x->sid_known = 1;
	}
	return x->sid;
}

/* mcp_who.note: remember a call or result of r's session. */
static void note_ctx(void *ud, int role, const char *text, size_t n)
{
	req *r = ud;
	mcp_ctx_note(r->s->mctx, sid_of(r), role, text, n);
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
	/* the session's memory: what a held call's summary shows a person */
	w->note = s->mctx && sid_of(r) ? note_ctx : NULL;
	w->note_ud = r;
}

static int start(struct rl_guard_server *s, req *r, const char *body, size_t n)
{
	mcpx *x = r->mcp;
	const char *url = s->mcp_urls[x->idx];
	size_t i;
	int post = !strcmp(r->rq->method, "POST");
	if (r->w->mhc && r->w->mhc[x->idx])
		return start_hc(s, r, r->w->mhc[x->idx], body, n);
	/* POST handles are reused (their options are all set below; creating
	 * and freeing one per call was a tenth of the route's cost) */
	CURL *h = post && r->w->nmpool ? r->w->mpool[--r->w->nmpool] : gp_easy_new(r->w);
	if (!h)
		return RL_ENOMEM;
	r->easy = h;
	x->pooled = post;
	for (i = 0; i < r->rq->nhv; i++) {
		const char *k = r->rq->hv[2 * i], *v = r->rq->hv[2 * i + 1];
		char *line;
		struct curl_slist *t;
		if (drop_req_header(s, k, strlen(k), strlen(s->agent_header)) || strpbrk(v, "\r\n"))
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
	if (post) {
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

void gp_mx_drop(req *r)
{
	mcpx *x = r->mcp;
	if (r->easy) {
		worker *w = r->w;
		curl_multi_remove_handle(w->multi, r->easy);
		curl_easy_setopt(r->easy, CURLOPT_HTTPHEADER, NULL); /* freed below */
		if (x && x->pooled && !x->gone && w->nmpool < sizeof w->mpool / sizeof w->mpool[0])
			w->mpool[w->nmpool++] = r->easy;
		else
			curl_easy_cleanup(r->easy);
		r->easy = NULL;
	}
	if (r->hcr) {
		hc_cancel(r->hcr);
		r->hcr = NULL;
	}
	curl_slist_free_all(r->hdrs);
	r->hdrs = NULL;
}

int gp_mx_forward(struct rl_guard_server *s, req *r)
{
	mcpx *x = r->mcp;
	return x->plan.forward_original
		       ? start(s, r, r->body.s ? r->body.s : "", r->body.len)
		       : start(s, r, x->plan.body.s ? x->plan.body.s : "", x->plan.body.len);
}

/* ---- the route ---- */

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
	if (!(x = mx_new(r->w))) {
		gp_send_json_err(r, 503, "out of memory");
		return 1;
	}
	x->idx = (int)i;
	x->get = !strcmp(rq->method, "GET");
	rl_buf_init(&x->backlog);
	r->mcp = x;
	if (r->too_big) {
		atomic_fetch_add(&s->m_bad, 1);
		gp_mx_answer_text(r, 413,
				  "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,"
				  "\"message\":\"message exceeds the guard's size limit\"}}");
		return 1;
	}
	if (!gp_req_guard(r) || atomic_load(&s->stopping)) {
		gp_mx_answer_text(r, 503, "{\"error\":\"the guard is not ready\"}");
		return 1;
	}
	if (gp_agent_of(s, r) < 0) {
		gp_mx_answer_text(
			r, 403,
			"{\"error\":\"this agent name is bound to keys; the request carries none of them\"}");
		return 1;
	}
	who_of(r, &ctx, &who);
	if (!strcmp(rq->method, "POST")) {
		int rc;
		mcp_limits_default(&lim);
		if (s->o.max_body && s->o.max_body < lim.max_bytes)
			lim.max_bytes = s->o.max_body;
		rc = mcpgw_request(&who, r->body.s ? r->body.s : "", r->body.len, &lim, &x->plan,
				   &e);
		if (rc) {
			gp_mx_answer_text(r, 503, "{\"error\":\"out of memory\"}");
			return 1;
		}
		x->planned = 1;
		if (x->plan.held) {
			gp_mx_hold_call(s, r, &who, &lim);
			return 1;
		}
		if (x->plan.calls)
			gp_mx_count(s, r, &x->plan.v, x->plan.tool, NULL);
		if (x->plan.answer_now) {
			rl_buf b = x->plan.body;
			rl_buf_init(&x->plan.body);
			if (x->plan.status >= 400)
				atomic_fetch_add(&s->m_bad, 1);
			gp_mx_answer(r, x->plan.status, x->plan.ctype, &b);
			return 1;
		}
		if (gp_mx_forward(s, r)) {
			gp_mx_drop(r);
			gp_mx_answer_text(r, 502,
					  "{\"error\":\"the MCP server could not be reached\"}");
		}
		return 1;
	}
	if (start(s, r, NULL, 0)) {
		gp_mx_drop(r);
		gp_mx_answer_text(r, 502, "{\"error\":\"the MCP server could not be reached\"}");
	}
	return 1;
}

/* A held call's answer after its SSE head went out: the server's JSON
 * (judged) or failure as an event. */
static void done_on_stream(struct rl_guard_server *s, req *r, int ok, long st)
{
	mcpx *x = r->mcp;
	rl_buf b = RL_BUF_INIT;
	char msg[160];
	if (ok && st >= 200 && st <= 299 && r->up_body.len) {
		rl_policy_ctx ctx;
		mcp_who who;
		rl_buf out = RL_BUF_INIT;
		rl_err e;
		int ost = (int)st, replace = 0;
		who_of(r, &ctx, &who);
		if (!mcpgw_response(&who, &x->plan, (int)st,
				    r->up_ctype[0] ? r->up_ctype : "application/json", r->up_body.s,
				    r->up_body.len, &ost, &out, &replace, &x->acc, &e)) {
			if (x->acc.nitems || x->acc.action != RL_GUARD_ALLOW)
				gp_mx_count(s, r, &x->acc, x->plan.tool, NULL);
			if (replace) {
				gp_mx_answer_msg(r, 200, &out);
			} else {
				rl_buf_free(&out);
				b = r->up_body;
				rl_buf_init(&r->up_body);
				gp_mx_answer_msg(r, 200, &b);
			}
			return;
		}
		rl_buf_free(&out);
		atomic_fetch_add(&s->m_fail_closed, 1);
	} else {
		atomic_fetch_add(&s->m_upstream_err, 1);
	}
	snprintf(msg, sizeof msg, "the approved call failed at the MCP server (%s %ld)",
		 ok ? "HTTP" : "transport error", st);
	mcp_error_json(x->plan.held_id, MCP_INTERNAL_ERROR, msg, &b);
	gp_mx_answer_msg(r, 502, &b);
}

/* The transfer ended (from reap): answer. */
/* Fail closed, in the protocol's terms: a JSON-RPC error (-32603, `msg`)
 * for each forwarded request still waiting for its judged answer, as SSE
 * events (`events`) or as a JSON body (one object, an array for several,
 * id null when no such request is known). */
static int rpc_fail(const mcpx *x, const char *msg, int events, rl_buf *out)
{
	size_t i, k = 0;
	int rc = 0;
	for (i = 0; i < x->plan.npending && !rc; i++) {
		rl_buf one = RL_BUF_INIT;
		if (x->plan.pending[i].answered)
			continue;
		rc = mcp_error_json(x->plan.pending[i].id, MCP_INTERNAL_ERROR, msg, &one);
		if (!rc && events)
			rc = mcpgw_as_event(one.s, one.len, out);
		else if (!rc)
			rc = rl_buf_adds(out, k ? "," : "[") || rl_buf_add(out, one.s, one.len);
		rl_buf_free(&one);
		k++;
	}
	if (rc || events)
		return rc;
	if (k > 1)
		return rl_buf_addc(out, ']');
	if (k == 1) { /* the object alone, without its bracket */
		memmove(out->s, out->s + 1, out->len);
		out->len--;
		return 0;
	}
	return mcp_error_json(NULL, MCP_INTERNAL_ERROR, msg, out);
}

static void answer_rpc_fail(req *r, int status, const char *msg)
{
	rl_buf b = RL_BUF_INIT;
	if (!((mcpx *)r->mcp)->planned || rpc_fail(r->mcp, msg, 0, &b)) {
		rl_buf_free(&b);
		rl_buf_addf(&b, "{\"error\":\"%s\"}", msg);
	}
	gp_mx_answer(r, status, "application/json", &b);
}

void gp_mcp_done(struct rl_guard_server *s, req *r, int ok)
{
	mcpx *x = r->mcp;
	long st = r->up_status;
	if (r->easy)
		curl_easy_getinfo(r->easy, CURLINFO_RESPONSE_CODE, &st);
	gp_mx_drop(r);
	atomic_fetch_sub(&s->m_inflight, 1);
	r->state = S_DONE;
	if (x->streaming && (x->get || x->relay)) {
		if (x->relay && ok) {
			rl_policy_ctx ctx;
			mcp_who who;
			rl_buf out = RL_BUF_INIT;
			rl_err e;
			who_of(r, &ctx, &who);
			if (mcpgw_stream_end(&who, &x->plan, &x->gs, &out, &x->acc, &e) ||
			    gp_mx_relay_send(r, &out)) {
				rl_buf_free(&out);
				ok = 0;
			}
			if (x->acc.nitems || x->acc.action != RL_GUARD_ALLOW)
				gp_mx_count(s, r, &x->acc, x->plan.tool, NULL);
			if (ok && x->backlog.len) {
				x->ending = 1; /* on_drain ends it */
				return;
			}
		}
		if (x->relay && !ok && !x->gone) {
			/* cut short or not judgeable: the calls still waiting get
			 * an error each, and the stream ends cleanly */
			rl_buf out = RL_BUF_INIT;
			if (!rpc_fail(x, "the MCP server's answer failed or could not be judged", 1,
				      &out) &&
			    !gp_mx_relay_send(r, &out)) {
				if (x->backlog.len) {
					x->ending = 1;
					return;
				}
				ok = 1;
			}
			rl_buf_free(&out);
		}
		gp_mx_end_free(r, ok);
		return;
	}
	if (x->streaming) {
		done_on_stream(s, r, ok, st);
		return;
	}
	if (!ok || st < 100) {
		atomic_fetch_add(&s->m_upstream_err, 1);
		answer_rpc_fail(r, 502,
				"the MCP server failed or its answer passed --max-response");
		return;
	}
	if (x->planned) {
		rl_policy_ctx ctx;
		mcp_who who;
		rl_buf out = RL_BUF_INIT;
		rl_err e;
		int ost = (int)st, replace = 0, rc;
		char ctype[128];
		who_of(r, &ctx, &who);
		rc = mcpgw_response(&who, &x->plan, (int)st, r->up_ctype[0] ? r->up_ctype : NULL,
				    r->up_body.s ? r->up_body.s : "", r->up_body.len, &ost, &out,
				    &replace, &x->acc, &e);
		if (rc) {
			rl_buf_free(&out);
			atomic_fetch_add(&s->m_fail_closed, 1);
			answer_rpc_fail(r, 502, "the MCP server's answer could not be inspected");
			return;
		}
		if (x->acc.nitems || x->acc.action != RL_GUARD_ALLOW)
			gp_mx_count(s, r, &x->acc, x->plan.tool, NULL);
		gp_scpy(ctype, sizeof ctype,
			r->up_ctype[0] ? r->up_ctype
			: replace      ? "application/json"
				       : "");
		if (replace) {
			rl_buf_free(&r->up_body);
			r->up_body = out;
		} else {
			rl_buf_free(&out);
		}
		{
			rl_buf b = r->up_body;
			rl_buf_init(&r->up_body);
			gp_mx_answer(r, ost, ctype, &b);
		}
		return;
	}
	{
		rl_buf b = r->up_body;
		char ctype[128];
		gp_scpy(ctype, sizeof ctype, r->up_ctype);
		rl_buf_init(&r->up_body);
		gp_mx_answer(r, (int)st, ctype, &b);
	}
}

/* The client left: give up the transfer, or leave the hold. */
void gp_mcp_gone(struct rl_guard_server *s, req *r)
{
	mcpx *x = r->mcp;
	if (!x)
		return;
	if (x->ending) { /* only the last bytes were left to write */
		gp_mx_end_free(r, 0);
		return;
	}
	if (r->state == S_HELD) {
		int off = 0;
		pthread_mutex_lock(&s->mu);
		if (r->state == S_HELD) { /* not decided meanwhile: leave the hold */
			hold *h = gp_hold_find(s, r->hold_id, NULL);
			req **pp;
			for (pp = h ? &h->waiters : NULL; pp && *pp; pp = &(*pp)->next)
				if (*pp == r) {
					*pp = r->next;
					r->next = NULL;
					break;
				}
			off = 1;
		}
		pthread_mutex_unlock(&s->mu);
		if (!off) { /* the decision is on its way: resume() sees `gone` */
			x->gone = 1;
			return;
		}
		gp_mx_mheld_del(r);
		atomic_fetch_add(&s->m_client_gone, 1);
		rl_log(RL_LOG_INFO, "guard", "mcp client left hold %s; the hold stays for a retry",
		       r->hold_id);
		if (x->streaming)
			gp_mx_end_free(r, 0);
		else
			gp_mx_answer_text(r, 499, "{\"error\":\"client closed\"}");
		return;
	}
	if (r->state != S_UPSTREAM)
		return;
	x->gone = 1;
	gp_mx_drop(r);
	atomic_fetch_sub(&s->m_inflight, 1);
	atomic_fetch_add(&s->m_client_gone, 1);
	if (x->streaming) {
		gp_mx_end_free(r, 0);
		return;
	}
	gp_mx_answer_text(r, 499, "{\"error\":\"client closed\"}");
}
