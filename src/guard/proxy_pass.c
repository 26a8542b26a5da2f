/* proxy_pass.c: the model API endpoints that are not generation calls
 * (model lists, embeddings, token counts, moderations, files), forwarded
 * to the upstream as they are and answered with the upstream's answer
 * unchanged. They produce no text an agent acts on, so the policy has
 * nothing to evaluate; SDKs and tools probe them, and a 404 there breaks
 * them. The list is closed on purpose: a path not in it is refused in the
 * called API's error shape (proxy_approvals.c), because anything that can
 * return model output (a stored response, a batch's results) would
 * otherwise reach the agent unevaluated. docs/guard.md, "Endpoints".
 *
 * A pass-through request uses a libcurl handle of its own (any method,
 * its own Content-Type such as a multipart upload), freed when done, so
 * the pooled handles of the generation path keep their POST set-up. The
 * answer is relayed whole (bounded by --max-response), not streamed. */
#include "guard/proxy.h"

#include <curl/curl.h>
#include <openssl/crypto.h>
#include <stdio.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/secret.h"
#include "base/util.h"
#include "guard/proxy_int.h"

/* The pass-through endpoints: `path` after an optional "/v1" ("/v1"
 * prefix required where `v1` is set), exact or, with `sub`, followed by
 * "/..." too; the methods allowed; the metrics label; the error shape. */
static const struct pass_route {
	const char *path;
	int sub, v1;
	const char *methods; /* " GET POST " */
	int format;
} routes[GP_PASS_N] = {
	[GP_PASS_MODELS] = {"/models", 1, 0, " GET ", RL_GUARD_OPENAI},
	[GP_PASS_EMBEDDINGS] = {"/embeddings", 0, 0, " POST ", RL_GUARD_OPENAI},
	[GP_PASS_COUNT_TOKENS] = {"/messages/count_tokens", 0, 1, " POST ", RL_GUARD_ANTHROPIC},
	[GP_PASS_INPUT_TOKENS] = {"/responses/input_tokens", 0, 0, " POST ", RL_GUARD_OPENAI},
	[GP_PASS_MODERATIONS] = {"/moderations", 0, 0, " POST ", RL_GUARD_OPENAI},
	[GP_PASS_FILES] = {"/files", 1, 0, " GET POST DELETE ", RL_GUARD_OPENAI},
};

const char *const gp_pass_label[GP_PASS_N] = {"models",       "embeddings",  "count_tokens",
					      "input_tokens", "moderations", "files"};

/* A path the upstream could read as another one: a "." or ".." segment
 * (libcurl and servers remove them), an empty one, an encoded dot, slash
 * or backslash, a backslash. "/v1/models/../chat/completions" must not
 * reach the generation endpoint unevaluated. */
static int path_safe(const char *p)
{
	if (strchr(p, '\\') || strcasestr(p, "%2e") || strcasestr(p, "%2f") || strcasestr(p, "%5c"))
		return 0;
	while (*p == '/') {
		size_t n = strcspn(p + 1, "/");
		if (!n || (n == 1 && p[1] == '.') || (n == 2 && p[1] == '.' && p[2] == '.'))
			return 0;
		p += 1 + n;
	}
	return 1;
}

int gp_pass_route(const char *path, int *format)
{
	const char *rest = !strncmp(path, "/v1/", 4) ? path + 3 : path;
	size_t i;
	for (i = 0; i < GP_PASS_N; i++) {
		size_t n = strlen(routes[i].path);
		if (routes[i].v1 && rest == path)
			continue;
		if (strncmp(rest, routes[i].path, n))
			continue;
		if (rest[n] && !(routes[i].sub && rest[n] == '/' && rest[n + 1]))
			continue;
		if (!path_safe(path))
			return -1;
		*format = routes[i].format;
		return (int)i;
	}
	return -1;
}

/* Answer r at once with an error in its API's shape. Returns 0. */
static int refuse(req *r, int status, const char *type, const char *msg)
{
	gp_set_error(r, status, type, msg);
	gp_finish(r);
	return 0;
}

int gp_pass_start(struct rl_guard_server *s, req *r, int route)
{
	const hs_req *rq = r->rq;
	const char *ct = hs_req_header(rq, "Content-Type");
	char line[300], msg[400];
	rl_buf url = RL_BUF_INIT;
	fwd fh;
	size_t i;
	int post = !strcmp(rq->method, "POST"), del = !strcmp(rq->method, "DELETE");

	r->pass = route + 1;
	snprintf(line, sizeof line, " %.20s ", rq->method);
	if (!strstr(routes[route].methods, line)) {
		atomic_fetch_add(&s->m_bad, 1);
		snprintf(msg, sizeof msg,
			 "redline guard: %.20s %.200s is not allowed (this endpoint takes%.*s)",
			 rq->method, rq->path, (int)strlen(routes[route].methods) - 1,
			 routes[route].methods);
		return refuse(r, 405, "invalid_request_error", msg);
	}
	if (!gp_req_guard(r)) {
		snprintf(r->up_retry, sizeof r->up_retry, "1");
		return refuse(r, 503, "guard_unavailable",
			      "the guard is still loading its policy; retry shortly");
	}
	if (atomic_load(&s->stopping))
		return refuse(r, 503, "guard_unavailable", "the guard is shutting down");
	if (r->too_big) {
		atomic_fetch_add(&s->m_bad, 1);
		return refuse(r, 413, "invalid_request_error",
			      "request body exceeds the guard's limit");
	}
	if (rq->reserve) {
		atomic_fetch_add(&s->m_busy, 1);
		snprintf(r->up_retry, sizeof r->up_retry, "1");
		return refuse(r, 503, "guard_unavailable",
			      "the guard is at --max-connections; retry shortly");
	}
	if (gp_agent_of(s, r)) {
		atomic_fetch_add(&s->m_bad, 1);
		snprintf(msg, sizeof msg,
			 "the agent name '%s' is bound to a key by the guard's policy, and this "
			 "request's key is not one of them",
			 r->agent_name);
		gp_audit_push(s, "policy", "refuse", NULL, r->agent, "guard.agent-claim", msg,
			      r->path);
		return refuse(r, 403, "permission_error", msg);
	}
	if (gp_fwd_headers(s, r, &fh))
		return refuse(r, 503, "guard_error", "out of memory");
	if (!(r->easy = gp_easy_new(r->w))) {
		gp_fwd_free(&fh);
		return refuse(r, 503, "guard_error", "out of memory");
	}
	gp_upstream_target(s->upstream, rq->path, &url);
	if (*rq->query) {
		rl_buf_addc(&url, '?');
		rl_buf_adds(&url, rq->query);
	}
	/* the body's own type goes with it (a file upload is multipart) */
	if (ct && *ct && !strpbrk(ct, "\r\n") && strlen(ct) < 256) {
		snprintf(line, sizeof line, "Content-Type: %s", ct);
		r->hdrs = curl_slist_append(r->hdrs, line);
	}
	r->hdrs = curl_slist_append(r->hdrs, "Expect:");
	for (i = 0; i < fh.n; i++) {
		rl_buf h = RL_BUF_INIT;
		struct curl_slist *nl;
		rl_buf_addf(&h, "%s: %s", fh.name[i], fh.val[i]);
		nl = h.s ? curl_slist_append(r->hdrs, h.s) : NULL;
		if (h.s)
			OPENSSL_cleanse(h.s, h.len); /* may hold a key */
		rl_buf_free(&h);
		if (nl)
			r->hdrs = nl;
	}
	gp_fwd_free(&fh);
	curl_easy_setopt(r->easy, CURLOPT_URL, url.s ? url.s : "");
	rl_buf_free(&url);
	curl_easy_setopt(r->easy, CURLOPT_PATH_AS_IS, 1L); /* checked above: sent as received */
	if (post) {
		curl_easy_setopt(r->easy, CURLOPT_POSTFIELDS, r->body.s ? r->body.s : "");
		curl_easy_setopt(r->easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)r->body.len);
	} else {
		curl_easy_setopt(r->easy, CURLOPT_HTTPGET, 1L);
		if (del)
			curl_easy_setopt(r->easy, CURLOPT_CUSTOMREQUEST, "DELETE");
	}
	curl_easy_setopt(r->easy, CURLOPT_HTTPHEADER, r->hdrs);
	curl_easy_setopt(r->easy, CURLOPT_WRITEDATA, r);
	curl_easy_setopt(r->easy, CURLOPT_HEADERDATA, r);
	curl_easy_setopt(r->easy, CURLOPT_PRIVATE, r);
	r->t_up = rl_mono_ms();
	if (curl_multi_add_handle(r->w->multi, r->easy) != CURLM_OK) {
		curl_easy_cleanup(r->easy);
		r->easy = NULL;
		curl_slist_free_all(r->hdrs);
		r->hdrs = NULL;
		return refuse(r, 503, "guard_error", "cannot start the upstream request");
	}
	gp_inflight_add(r);
	r->state = S_UPSTREAM;
	atomic_fetch_add(&s->m_inflight, 1);
	return 0;
}

void gp_pass_done(struct rl_guard_server *s, req *r, const char *err, int timed_out)
{
	char what[96];
	if (gp_upstream_failed(s, r, err, timed_out))
		return;
	atomic_fetch_add(&s->m_pass[r->pass - 1], 1);
	if (r->up_status < 200 || r->up_status > 299)
		atomic_fetch_add(&s->m_upstream_status, 1);
	/* a key the guard added (--auth env) never reaches the agent, even
	 * quoted back in an answer */
	if (s->o.auth == RL_GUARD_AUTH_ENV)
		r->up_body.len = rl_secret_mask(
			r->up_body.s, r->up_body.len,
			getenv(r->format == RL_GUARD_ANTHROPIC ? s->akey_env : s->okey_env));
	snprintf(what, sizeof what, "%.40s %.40s: %ld", gp_pass_label[r->pass - 1], r->rq->method,
		 r->up_status);
	gp_audit_push(s, "policy", "pass", NULL, r->agent, "guard.passthrough",
		      "not a generation call: forwarded unevaluated", what);
	gp_set_answer(r, (int)r->up_status, r->up_ctype[0] ? r->up_ctype : "application/json",
		      &r->up_body);
}
