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
	json_array_append_new(arr, json_pack("{s:s,s:s,s:s,s:s,s:s,s:s,s:o,s:s,s:s,s:s}", "id", h->id,
					     "created", created, "deadline", deadline, "agent", h->agent,
					     "rule", h->rule, "reason", h->reason, "items",
					     sum ? sum : json_array(), "status", rl_hold_status_name(h->status),
					     "decided_by", h->decided_by, "note", h->note));
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

static void page_html(struct rl_guard_server *s, const char *token, rl_buf *b)
{
	rl_hold_rec *v = NULL;
	size_t n = 0, i, j;
	rl_buf_adds(b, "<!doctype html><html><head><meta charset=\"utf-8\"><title>redline guard: pending holds</title>"
		       "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
		       "td,th{border:1px solid #ccc;padding:.4em;vertical-align:top}pre{white-space:pre-wrap;max-width:60em;margin:0}"
		       "</style></head><body><h1>Pending holds</h1>");
	if (list_holds(s, RL_HOLD_PENDING, &v, &n)) {
		rl_buf_adds(b, "<p>The hold database could not be read.</p></body></html>");
		return;
	}
	if (!n)
		rl_buf_adds(b, "<p>No pending holds.</p>");
	else
		rl_buf_adds(b, "<table><tr><th>id</th><th>agent</th><th>rule</th><th>held</th><th>deadline</th><th>decide</th></tr>");
	for (i = 0; i < n; i++) {
		json_error_t je;
		json_t *sum = json_loads(v[i].summary, 0, &je), *it;
		char dl[40];
		rl_iso8601(v[i].deadline_ms, dl, sizeof dl);
		rl_buf_adds(b, "<tr><td><code>");
		rl_buf_add_html(b, v[i].id, strlen(v[i].id));
		rl_buf_adds(b, "</code></td><td>");
		rl_buf_add_html(b, v[i].agent, strlen(v[i].agent));
		rl_buf_adds(b, "</td><td>");
		rl_buf_add_html(b, v[i].rule, strlen(v[i].rule));
		rl_buf_adds(b, "<br>");
		rl_buf_add_html(b, v[i].reason, strlen(v[i].reason));
		rl_buf_adds(b, "</td><td>");
		json_array_foreach(sum, j, it) {
			const char *tool = json_string_value(json_object_get(it, "tool"));
			const char *args = json_string_value(json_object_get(it, "args"));
			rl_buf_adds(b, "<b>");
			rl_buf_add_html(b, tool ? tool : "", tool ? strlen(tool) : 0);
			rl_buf_adds(b, "</b><pre>");
			rl_buf_add_html(b, args ? args : "", args ? strlen(args) : 0);
			rl_buf_adds(b, "</pre>");
		}
		json_decref(sum);
		rl_buf_addf(b, "</td><td>%s</td><td>", dl);
		for (j = 0; j < 2; j++) {
			rl_buf_adds(b, "<form method=\"post\" action=\"/holds/");
			rl_buf_add_html(b, v[i].id, strlen(v[i].id));
			rl_buf_addf(b, "/%s\"><input type=\"hidden\" name=\"token\" value=\"", j ? "deny" : "approve");
			rl_buf_add_html(b, token, strlen(token));
			rl_buf_addf(b, "\"><input name=\"by\" placeholder=\"your name\" required> "
				       "<button type=\"submit\">%s</button></form>", j ? "Deny" : "Approve");
		}
		rl_buf_adds(b, "</td></tr>");
	}
	if (n)
		rl_buf_adds(b, "</table>");
	rl_buf_adds(b, "</body></html>");
	free_list(v, n);
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

static int api_decide(struct rl_guard_server *s, req *c,
				  const char *id, int approve, const char *who, const char *note,
				  int html_redirect, const char *token)
{
	rl_err e;
	int rc = gp_hold_decide(s, id, approve ? RL_HOLD_APPROVED : RL_HOLD_DENIED, who, note, 0, &e);
	if (html_redirect && (rc == 0 || rc == RL_EEXIST)) {
		rl_buf b = RL_BUF_INIT;
		rl_buf_adds(&b, "<!doctype html><meta charset=\"utf-8\"><title>redline guard</title><p>");
		if (rc)
			rl_buf_add_html(&b, e.msg, strlen(e.msg));
		else
			rl_buf_addf(&b, "Hold %s %s.", id, approve ? "approved" : "denied");
		rl_buf_adds(&b, "</p><form method=\"get\" action=\"/holds\"><input type=\"hidden\" name=\"token\" value=\"");
		rl_buf_add_html(&b, token, strlen(token));
		rl_buf_adds(&b, "\"><button type=\"submit\">Back to pending holds</button></form>");
		return gp_send_buf(c, 200, "text/html; charset=utf-8", &b, 1);
	}
	if (rc == RL_ENOTFOUND)
		return gp_send_json_err(c, 404, "no such hold");
	if (rc == RL_EEXIST)
		return gp_send_json_err(c, 409, e.msg);
	if (rc)
		return gp_send_json_err(c, 500, "the decision could not be stored");
	{
		rl_buf b = RL_BUF_INIT;
		rl_buf_addf(&b, "{\"id\":\"%s\",\"status\":\"%s\"}", id, approve ? "approved" : "denied");
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
		return gp_send_text(c, 503, "text/plain", "hold database unreachable (failing closed)\n");
	if (!strcmp(url, "/healthz") && get)
		return atomic_load(&s->g) || atomic_load(&s->holder) ? gp_send_text(c, 200, "text/plain", "ok\n")
					  : gp_send_text(c, 503, "text/plain", "loading policy\n");
	if (!strncmp(url, "/api/", 5)) {
		const char *rest = url + 5;
		if (!gp_token_ok(s, gp_bearer(r->rq)))
			return gp_send_json_err(c, 401, "missing or wrong approval token (Authorization: Bearer ...)");
		if (!strcmp(rest, "policy") && get) {
			gh_holder *gh = atomic_load(&s->holder);
			gh_info pi;
			json_t *o;
			char *js;
			rl_buf b = RL_BUF_INIT;
			if (!gh)
				return gp_send_json_err(c, 404, "this guard's policy cannot be reloaded");
			gh_get_info(gh, &pi);
			o = json_pack("{s:s,s:I,s:I,s:I,s:s}", "sha256", pi.sha256, "loaded_ms",
				      (json_int_t)pi.loaded_ms, "generation", (json_int_t)pi.generation,
				      "reload_failures", (json_int_t)pi.failed, "last_error", pi.last_error);
			js = o ? json_dumps(o, JSON_COMPACT) : NULL;
			json_decref(o);
			rl_buf_adds(&b, js ? js : "{}");
			free(js);
			return gp_send_buf(c, 200, "application/json", &b, 0);
		}
		if (!strcmp(rest, "reload") && post) {
			rl_buf b = RL_BUF_INIT;
			if (!s->o.request_reload || !atomic_load(&s->holder))
				return gp_send_json_err(c, 501, "this guard's policy cannot be reloaded");
			/* compiling takes seconds: another thread does it; GET
			 * /api/policy shows the outcome */
			s->o.request_reload(s->o.reload_arg);
			rl_buf_adds(&b, "{\"requested\":true}");
			return gp_send_buf(c, 202, "application/json", &b, 0);
		}
		if (!strcmp(rest, "holds") && get) {
			char stb[32];
			const char *st = hs_req_query(r->rq, "status", stb, sizeof stb) ? stb : NULL;
			int status = !st || !strcmp(st, "pending") ? RL_HOLD_PENDING
				     : !strcmp(st, "approved") ? RL_HOLD_APPROVED
				     : !strcmp(st, "denied") ? RL_HOLD_DENIED : -1;
			rl_hold_rec *v;
			size_t n, i;
			json_t *arr = json_array();
			char *js;
			rl_buf b = RL_BUF_INIT;
			if (st && status < 0 && strcmp(st, "all")) {
				json_decref(arr);
				return gp_send_json_err(c, 400, "status must be pending, approved, denied or all");
			}
			if (list_holds(s, status, &v, &n)) {
				json_decref(arr);
				return gp_send_json_err(c, 500, "the hold database could not be read");
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
					return gp_send_json_err(c, rc == RL_ENOTFOUND ? 404 : 500, rc == RL_ENOTFOUND ? "no such hold" : "database error");
				}
				hold_json(&h, arr);
				rl_hold_rec_free(&h);
				js = json_dumps(json_array_get(arr, 0), JSON_COMPACT);
				json_decref(arr);
				rl_buf_adds(&b, js ? js : "{}");
				free(js);
				return gp_send_buf(c, 200, "application/json", &b, 0);
			}
			if (slash && post && (!strcmp(slash, "/approve") || !strcmp(slash, "/deny"))) {
				json_error_t je;
				json_t *bj = r->body.len ? json_loadb(r->body.s, r->body.len, 0, &je) : NULL;
				const char *by = json_string_value(json_object_get(bj, "by"));
				const char *note = json_string_value(json_object_get(bj, "note"));
				char who[128];
				int ret;
				if (r->body.len && !json_is_object(bj)) {
					json_decref(bj);
					return gp_send_json_err(c, 400, "body must be a JSON object {\"by\":..., \"note\":...}");
				}
				snprintf(who, sizeof who, "api:%.100s", by && *by ? by : "token");
				ret = api_decide(s, c, idc, !strcmp(slash, "/approve"), who, note, 0, NULL);
				json_decref(bj);
				return ret;
			}
		}
		return gp_send_json_err(c, 404, "unknown API route");
	}
	if (!strcmp(url, "/holds") && get) {
		char tokb[256];
		const char *tok = hs_req_query(r->rq, "token", tokb, sizeof tokb) ? tokb : NULL;
		rl_buf b = RL_BUF_INIT;
		if (!gp_token_ok(s, tok) && !gp_token_ok(s, gp_bearer(r->rq)))
			return gp_send_text(c, 401, "text/plain", "open /holds?token=YOUR_TOKEN\n");
		page_html(s, tok ? tok : gp_bearer(r->rq), &b);
		return gp_send_buf(c, 200, "text/html; charset=utf-8", &b, 1);
	}
	if (!strncmp(url, "/holds/", 7) && post) {
		const char *id = url + 7, *slash = strchr(id, '/');
		char tok[256], by[100], who[128], idc[40];
		size_t idl = slash ? (size_t)(slash - id) : 0;
		form_value(r->body.s, "token", tok, sizeof tok);
		if (!gp_token_ok(s, tok))
			return gp_send_text(c, 401, "text/plain", "wrong token\n");
		if (!slash || !valid_hold_id(id, idl) || (strcmp(slash, "/approve") && strcmp(slash, "/deny")))
			return gp_send_text(c, 404, "text/plain", "no such hold\n");
		memcpy(idc, id, idl);
		idc[idl] = '\0';
		form_value(r->body.s, "by", by, sizeof by);
		snprintf(who, sizeof who, "web:%s", by[0] ? by : "anonymous");
		return api_decide(s, c, idc, !strcmp(slash, "/approve"), who, NULL, 1, tok);
	}
	if (!strncmp(url, "/v1/", 4) || !strncmp(url, "/v1beta/", 8)) {
		/* a model API path the guard does not proxy: an error in that
		 * API's own shape (an SDK reads it), naming what is proxied */
		rl_buf b = RL_BUF_INIT;
		char msg[640];
		snprintf(msg, sizeof msg, "redline guard: %.20s %.200s is not proxied (the guard evaluates "
			 "POST /v1/chat/completions, /v1/responses and /v1/messages, and passes through "
			 "/v1/models, /v1/embeddings, /v1/messages/count_tokens, /v1/responses/input_tokens, "
			 "/v1/moderations and /v1/files; see docs/guard.md, \"Endpoints\")", method, url);
		gw_error_body(!strncmp(url, "/v1/messages", 12) ? RL_GUARD_ANTHROPIC : RL_GUARD_OPENAI,
			      "not_found_error", msg, &b);
		return gp_send_buf(c, 404, "application/json", &b, 0);
	}
	return gp_send_json_err(c, get || post ? 404 : 405, get || post ? "not found" : "method not allowed");
}
