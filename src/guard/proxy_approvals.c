/* proxy_approvals.c: the routes other than the proxy's: the approval page
 * (/holds), the approval API (/api/holds...), /metrics and /healthz. */
#include "guard/proxy.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <errno.h>
#include <jansson.h>
#include <netinet/in.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
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
#include "guard/page.h"
#include "guard/wire.h"
#include "base/jsonr.h"
#include "store/holds.h"

const char *gp_bearer(const hs_req *rq)
{
	const char *a = hs_req_header(rq, "Authorization");
	if (a && !strncasecmp(a, "Bearer ", 7))
		return a + 7;
	return NULL;
}

static void hold_json(const rl_hold_rec *h, json_t *arr)
{
	json_error_t je;
	json_t *sum = json_loads(h->summary ? h->summary : "[]", 0, &je);
	char created[40], deadline[40];
	rl_iso8601(h->created_ms, created, sizeof created);
	rl_iso8601(h->deadline_ms, deadline, sizeof deadline);
	json_array_append_new(arr, json_pack("{s:s,s:s,s:s,s:s,s:s,s:s,s:o,s:s,s:s,s:s}", "id",
					     h->id, "created", created, "deadline", deadline,
					     "agent", h->agent, "rule", h->rule, "reason",
					     h->reason, "items", sum ? sum : json_array(), "status",
					     rl_hold_status_name(h->status), "decided_by",
					     h->decided_by, "note", h->note));
}

/* Hold listing from the DB (the source of truth across restarts). */
static int list_holds(struct rl_guard_server *s, int status, rl_hold_rec **v, size_t *n)
{
	rl_err e;
	int rc;
	pthread_mutex_lock(&s->dbmu);
	rc = rl_holds_list(s->db, status, 1000, 0, v, n, &e);
	pthread_mutex_unlock(&s->dbmu);
	return rc;
}

static void free_list(rl_hold_rec *v, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		rl_hold_rec_free(&v[i]);
	free(v);
}

/* A page answer with the page's own headers: its CSP (scripts only under
 * `nonce`, when given), no caching, no referrer, no framing; and the
 * session cookie or a redirect when given. */
static int page_send(req *r, int status, rl_buf *body, const char *nonce, const char *cookie,
		     const char *location)
{
	hs_hdr h[9];
	size_t n = 0;
	char csp[256], ck[256];
	h[n++] = (hs_hdr){"Content-Type", "text/html; charset=utf-8"};
	h[n++] = (hs_hdr){"Cache-Control", "no-store"};
	h[n++] = (hs_hdr){"X-Content-Type-Options", "nosniff"};
	h[n++] = (hs_hdr){"Referrer-Policy", "no-referrer"};
	if (nonce && !ap_csp(nonce, csp, sizeof csp))
		h[n++] = (hs_hdr){"Content-Security-Policy", csp};
	else
		h[n++] = (hs_hdr){
			"Content-Security-Policy",
			"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
			"base-uri 'none'; frame-ancestors 'none'"};
	if (cookie) {
		snprintf(ck, sizeof ck,
			 "rl_session=%s; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict", cookie);
		h[n++] = (hs_hdr){"Set-Cookie", ck};
	}
	if (location)
		h[n++] = (hs_hdr){"Location", location};
	hs_respond(r->conn, status, h, n, body);
	rl_buf_free(body);
	gp_req_free(r);
	return 0;
}

/* The login form: the token goes in a POST body, never a URL. */
static int page_login(req *r, int status, const char *msg)
{
	rl_buf b = RL_BUF_INIT;
	rl_buf_adds(
		&b,
		"<!doctype html><html><head><meta charset=\"utf-8\">"
		"<meta name=\"referrer\" content=\"no-referrer\">"
		"<title>redline guard: sign in</title><style>body{font:15px system-ui,sans-serif;"
		"margin:3em auto;max-width:30em}input{padding:.3em;width:100%;margin:.5em 0}"
		"button{padding:.4em 1.2em}</style></head><body><h1>redline guard</h1>");
	if (msg) {
		rl_buf_adds(&b, "<p><strong>");
		rl_buf_add_html(&b, msg, strlen(msg));
		rl_buf_adds(&b, "</strong></p>");
	}
	rl_buf_adds(&b, "<p>Enter the approval token (REDLINE_GUARD_TOKEN) to see and decide held "
			"actions. It is exchanged for a session cookie of 12 hours.</p>"
			"<form method=\"post\" action=\"/holds/login\"><input type=\"password\" "
			"name=\"token\" autocomplete=\"current-password\" required autofocus>"
			"<button type=\"submit\">Sign in</button></form></body></html>");
	return page_send(r, status, &b, NULL, NULL, NULL);
}

/* The approval page (guard/page.h) for a valid session: pending holds and
 * the newest 50 decisions. */
static int page_holds(struct rl_guard_server *s, req *r, const char *session, const char *cookie)
{
	rl_hold_rec *pv = NULL, *dv = NULL;
	size_t np = 0, nd = 0;
	unsigned char raw[16];
	char nonce[33], csrf[65];
	ap_opts o = {0};
	rl_buf b = RL_BUF_INIT;
	int rc;
	size_t i;
	if (gp_session_csrf(s, session, csrf) || !RAND_bytes(raw, sizeof raw))
		return gp_send_text(r, 500, "text/plain", "cannot make the page's tokens\n");
	for (i = 0; i < sizeof raw; i++)
		snprintf(nonce + 2 * i, 3, "%02x", raw[i]);
	if (list_holds(s, RL_HOLD_PENDING, &pv, &np)) {
		rl_buf_adds(
			&b,
			"<!doctype html><meta charset=\"utf-8\"><p>The hold database could not be read.</p>");
		return page_send(r, 503, &b, NULL, NULL, NULL);
	}
	pthread_mutex_lock(&s->dbmu);
	rc = rl_holds_list(s->db, -4, 50, 0, &dv, &nd, NULL);
	pthread_mutex_unlock(&s->dbmu);
	if (rc)
		dv = NULL, nd = 0;
	o.csrf = csrf;
	o.nonce = nonce;
	o.now_ms = rl_wall_ms();
	rc = ap_render(pv, np, dv, nd, &o, &b);
	free_list(pv, np);
	free_list(dv, nd);
	if (rc) {
		rl_buf_free(&b);
		return gp_send_text(r, 500, "text/plain", "out of memory\n");
	}
	return page_send(r, 200, &b, nonce, cookie, NULL);
}

/* Value of `key` in an application/x-www-form-urlencoded body. */
static int form_value(const char *body, const char *key, char *out, size_t n)
{
	size_t kl = strlen(key);
	const char *p = body;
	while (p && *p) {
		const char *amp = strchr(p, '&');
		size_t len = amp ? (size_t)(amp - p) : strlen(p);
		if (len > kl && !strncmp(p, key, kl) && p[kl] == '=') {
			size_t vl = len - kl - 1, i;
			if (vl >= n)
				vl = n - 1;
			memcpy(out, p + kl + 1, vl);
			out[vl] = '\0';
			for (i = 0; out[i]; i++)
				if (out[i] == '+')
					out[i] = ' ';
			hs_unescape(out);
			return 1;
		}
		p = amp ? amp + 1 : NULL;
	}
	out[0] = '\0';
	return 0;
}

static int valid_hold_id(const char *id, size_t n)
{
	size_t i;
	if (n == 0 || n >= 40)
		return 0;
	for (i = 0; i < n; i++)
		if (!((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f')))
			return 0;
	return 1;
}

static int api_decide(struct rl_guard_server *s, req *c, const char *id, int approve,
		      const char *who, const char *note, int html_redirect)
{
	rl_err e;
	int rc = gp_hold_decide(s, id, approve ? RL_HOLD_APPROVED : RL_HOLD_DENIED, who, note, 0,
				&e);
	if (html_redirect && (rc == 0 || rc == RL_EEXIST)) {
		/* the page's own form: back to the page, which shows the outcome
		 * in its history (post, redirect, get) */
		if (html_redirect == 2) {
			rl_buf b = RL_BUF_INIT;
			return page_send(c, 303, &b, NULL, NULL, "/holds");
		}
		rl_buf b = RL_BUF_INIT;
		rl_buf_adds(
			&b,
			"<!doctype html><meta charset=\"utf-8\"><title>redline guard</title><p>");
		if (rc)
			rl_buf_add_html(&b, e.msg, strlen(e.msg));
		else
			rl_buf_addf(&b, "Hold %s %s.", id, approve ? "approved" : "denied");
		rl_buf_adds(&b, "</p><p><a href=\"/holds\">Back to pending holds</a></p>");
		return page_send(c, 200, &b, NULL, NULL, NULL);
	}
	if (rc == RL_ENOTFOUND)
		return gp_send_json_err(c, 404, "no such hold");
	if (rc == RL_EEXIST)
		return gp_send_json_err(c, 409, e.msg);
	if (rc)
		return gp_send_json_err(c, 500, "the decision could not be stored");
	{
		rl_buf b = RL_BUF_INIT;
		rl_buf_addf(&b, "{\"id\":\"%s\",\"status\":\"%s\"}", id,
			    approve ? "approved" : "denied");
		return gp_send_buf(c, 200, "application/json", &b, 0);
	}
}

/* Routes other than the proxy: /metrics, /healthz, /api/holds..., /holds. */
int gp_serve_other(struct rl_guard_server *s, req *r, const char *url, const char *method)
{
	req *c = r; /* the answer goes to the request's connection */
	/* HEAD is GET without the body (the server leaves it out) */
	int get = !strcmp(method, "GET") || !strcmp(method, "HEAD"), post = !strcmp(method, "POST");

	if (!strcmp(url, "/metrics") && get) {
		rl_buf b = RL_BUF_INIT;
		gp_metrics_text(s, &b);
		return gp_send_buf(c, 200, "text/plain; version=0.0.4; charset=utf-8", &b, 0);
	}
	if (!strcmp(url, "/healthz") && get && s->shared_db && atomic_load(&s->db_down))
		return gp_send_text(c, 503, "text/plain",
				    "hold database unreachable (failing closed)\n");
	if (!strcmp(url, "/healthz") && get)
		return atomic_load(&s->g) || atomic_load(&s->holder)
			       ? gp_send_text(c, 200, "text/plain", "ok\n")
			       : gp_send_text(c, 503, "text/plain", "loading policy\n");
	if (!strncmp(url, "/api/", 5)) {
		const char *rest = url + 5;
		if (!gp_token_ok(s, gp_bearer(r->rq)))
			return gp_send_json_err(
				c, 401,
				"missing or wrong approval token (Authorization: Bearer ...)");
		if (!strcmp(rest, "policy") && get) {
			gh_holder *gh = atomic_load(&s->holder);
			gh_info pi;
			json_t *o;
			char *js;
			rl_buf b = RL_BUF_INIT;
			if (!gh)
				return gp_send_json_err(c, 404,
							"this guard's policy cannot be reloaded");
			gh_get_info(gh, &pi);
			o = json_pack("{s:s,s:I,s:I,s:I,s:s}", "sha256", pi.sha256, "loaded_ms",
				      (json_int_t)pi.loaded_ms, "generation",
				      (json_int_t)pi.generation, "reload_failures",
				      (json_int_t)pi.failed, "last_error", pi.last_error);
			js = o ? json_dumps(o, JSON_COMPACT) : NULL;
			json_decref(o);
			rl_buf_adds(&b, js ? js : "{}");
			free(js);
			return gp_send_buf(c, 200, "application/json", &b, 0);
		}
		if (!strcmp(rest, "reload") && post) {
			rl_buf b = RL_BUF_INIT;
			if (!s->o.request_reload || !atomic_load(&s->holder))
				return gp_send_json_err(c, 501,
							"this guard's policy cannot be reloaded");
			/* compiling takes seconds: another thread does it; GET
			 * /api/policy shows the outcome */
			s->o.request_reload(s->o.reload_arg);
			rl_buf_adds(&b, "{\"requested\":true}");
			return gp_send_buf(c, 202, "application/json", &b, 0);
		}
		if (!strcmp(rest, "holds") && get) {
			char stb[32];
			const char *st =
				hs_req_query(r->rq, "status", stb, sizeof stb) ? stb : NULL;
			int status = !st || !strcmp(st, "pending") ? RL_HOLD_PENDING
				     : !strcmp(st, "approved")     ? RL_HOLD_APPROVED
				     : !strcmp(st, "denied")       ? RL_HOLD_DENIED
								   : -1;
			rl_hold_rec *v;
			size_t n, i;
			json_t *arr = json_array();
			char *js;
			rl_buf b = RL_BUF_INIT;
			if (st && status < 0 && strcmp(st, "all")) {
				json_decref(arr);
				return gp_send_json_err(
					c, 400, "status must be pending, approved, denied or all");
			}
			if (list_holds(s, status, &v, &n)) {
				json_decref(arr);
				return gp_send_json_err(c, 500,
							"the hold database could not be read");
			}
			for (i = 0; i < n; i++)
				hold_json(&v[i], arr);
			free_list(v, n);
			js = json_dumps(arr, JSON_COMPACT);
			json_decref(arr);
			rl_buf_adds(&b, js ? js : "[]");
			free(js);
			return gp_send_buf(c, 200, "application/json", &b, 0);
		}
		if (!strncmp(rest, "holds/", 6)) {
			const char *id = rest + 6, *slash = strchr(id, '/');
			size_t idl = slash ? (size_t)(slash - id) : strlen(id);
			char idc[40];
			if (!valid_hold_id(id, idl))
				return gp_send_json_err(c, 404, "no such hold");
			memcpy(idc, id, idl);
			idc[idl] = '\0';
			if (!slash && get) {
				rl_hold_rec h;
				rl_err e;
				int rc;
				json_t *arr = json_array();
				char *js;
				rl_buf b = RL_BUF_INIT;
				pthread_mutex_lock(&s->dbmu);
				rc = rl_holds_get(s->db, idc, &h, &e);
				pthread_mutex_unlock(&s->dbmu);
				if (rc) {
					json_decref(arr);
					return gp_send_json_err(c, rc == RL_ENOTFOUND ? 404 : 500,
								rc == RL_ENOTFOUND
									? "no such hold"
									: "database error");
				}
				hold_json(&h, arr);
				rl_hold_rec_free(&h);
				js = json_dumps(json_array_get(arr, 0), JSON_COMPACT);
				json_decref(arr);
				rl_buf_adds(&b, js ? js : "{}");
				free(js);
				return gp_send_buf(c, 200, "application/json", &b, 0);
			}
			if (slash && post &&
			    (!strcmp(slash, "/approve") || !strcmp(slash, "/deny"))) {
				json_error_t je;
				json_t *bj = r->body.len
						     ? json_loadb(r->body.s, r->body.len, 0, &je)
						     : NULL;
				const char *by = json_string_value(json_object_get(bj, "by"));
				const char *note = json_string_value(json_object_get(bj, "note"));
				char who[128];
				int ret;
				if (r->body.len && !json_is_object(bj)) {
					json_decref(bj);
					return gp_send_json_err(
						c, 400,
						"body must be a JSON object {\"by\":..., \"note\":...}");
				}
				snprintf(who, sizeof who, "api:%.100s", by && *by ? by : "token");
				ret = api_decide(s, c, idc, !strcmp(slash, "/approve"), who, note,
						 0);
				json_decref(bj);
				return ret;
			}
		}
		return gp_send_json_err(c, 404, "unknown API route");
	}
	if (!strcmp(url, "/holds") && get) {
		/* a valid token (query, once, or Bearer) opens a session; the
		 * query form is answered with a redirect, so the token leaves
		 * the address bar and the history at once */
		char tokb[256], sess[160];
		const char *tok = hs_req_query(r->rq, "token", tokb, sizeof tokb) ? tokb : NULL;
		if (tok || gp_bearer(r->rq)) {
			if (!gp_token_ok(s, tok ? tok : gp_bearer(r->rq)))
				return page_login(c, 401, "Wrong token.");
			if (gp_session_new(s, sess, sizeof sess))
				return gp_send_text(c, 500, "text/plain",
						    "cannot make a session\n");
			if (tok) {
				rl_buf b = RL_BUF_INIT;
				return page_send(c, 303, &b, NULL, sess, "/holds");
			}
			return page_holds(s, c, sess, sess);
		}
		if (gp_session_get(s, r->rq, sess, sizeof sess))
			return page_holds(s, c, sess, NULL);
		return page_login(c, 401, NULL);
	}
	if (!strcmp(url, "/holds/login") && post) {
		char tok[256], sess[160];
		rl_buf b = RL_BUF_INIT;
		form_value(r->body.s, "token", tok, sizeof tok);
		if (!gp_token_ok(s, tok))
			return page_login(c, 401, "Wrong token.");
		if (gp_session_new(s, sess, sizeof sess))
			return gp_send_text(c, 500, "text/plain", "cannot make a session\n");
		return page_send(c, 303, &b, NULL, sess, "/holds");
	}
	if (!strncmp(url, "/holds/", 7) && post) {
		/* a decision: from the page (session cookie and its CSRF token),
		 * or from a script that posts the token itself in the body */
		const char *id = url + 7, *slash = strchr(id, '/');
		char tok[256], csrf[80], by[100], note[256], who[128], idc[40], sess[160];
		size_t idl = slash ? (size_t)(slash - id) : 0;
		int from_page;
		form_value(r->body.s, "token", tok, sizeof tok);
		form_value(r->body.s, "csrf", csrf, sizeof csrf);
		from_page = gp_session_get(s, r->rq, sess, sizeof sess) &&
			    gp_session_csrf_ok(s, sess, csrf);
		if (!from_page && !gp_token_ok(s, tok))
			return csrf[0] ? gp_send_text(c, 403, "text/plain",
						      "stale or forged form: reload /holds\n")
				       : gp_send_text(c, 401, "text/plain", "wrong token\n");
		if (!slash || !valid_hold_id(id, idl) ||
		    (strcmp(slash, "/approve") && strcmp(slash, "/deny")))
			return gp_send_text(c, 404, "text/plain", "no such hold\n");
		memcpy(idc, id, idl);
		idc[idl] = '\0';
		form_value(r->body.s, "by", by, sizeof by);
		form_value(r->body.s, "note", note, sizeof note);
		snprintf(who, sizeof who, "web:%s", by[0] ? by : "anonymous");
		return api_decide(s, c, idc, !strcmp(slash, "/approve"), who, note[0] ? note : NULL,
				  from_page ? 2 : 1);
	}
	if (!strncmp(url, "/v1/", 4) || !strncmp(url, "/v1beta/", 8)) {
		/* a model API path the guard does not proxy: an error in that
		 * API's own shape (an SDK reads it), naming what is proxied */
		rl_buf b = RL_BUF_INIT;
		char msg[640];
		snprintf(
			msg, sizeof msg,
			"redline guard: %.20s %.200s is not proxied (the guard evaluates "
			"POST /v1/chat/completions, /v1/responses and /v1/messages, and passes through "
			"/v1/models, /v1/embeddings, /v1/messages/count_tokens, /v1/responses/input_tokens, "
			"/v1/moderations and /v1/files; see docs/guard.md, \"Endpoints\")",
			method, url);
		gw_error_body(!strncmp(url, "/v1/messages", 12) ? RL_GUARD_ANTHROPIC
								: RL_GUARD_OPENAI,
			      "not_found_error", msg, &b);
		return gp_send_buf(c, 404, "application/json", &b, 0);
	}
	return gp_send_json_err(c, get || post ? 404 : 405,
				get || post ? "not found" : "method not allowed");
}
