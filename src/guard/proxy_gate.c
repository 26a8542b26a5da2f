/* proxy_gate.c: the browser gate: which Host, Origin and Content-Type the
 * guard serves, so a web page cannot use it (issue 21). */
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

/* ---- browsers ----
 * A web page can make the agent's browser (or any browser on the machine)
 * send requests to the guard: a "simple" POST with text/plain needs no
 * preflight, and with DNS rebinding the page can even read the answer;
 * with --auth env that spends the operator's key. So (issue 21):
 * - the generation endpoints take JSON bodies only (415 otherwise), which
 *   a page cannot send cross-origin without a CORS preflight;
 * - a request carrying an Origin is refused (403) unless --allow-origin
 *   names it (then CORS headers allow it), except the approval page's own
 *   same-origin form posts;
 * - the Host must be a loopback name or literal, the listen address, or an
 *   --allow-host name (DNS rebinding sends the attacker's name), unless
 *   --public is given without any --allow-host. */

/* `h` (a Host header value) without its port, into out. */
static int host_name(const char *h, char *out, size_t n)
{
	const char *end;
	size_t len;
	if (h[0] == '[') {
		end = strchr(h, ']');
		if (!end || (end[1] && end[1] != ':'))
			return -1;
		end++;
	} else {
		end = strrchr(h, ':');
		if (!end)
			end = h + strlen(h);
	}
	if (*end == ':' && (!end[1] || strspn(end + 1, "0123456789") != strlen(end + 1)))
		return -1;
	len = (size_t)(end - h);
	if (!len || len >= n)
		return -1;
	memcpy(out, h, len);
	out[len] = '\0';
	if (len > 1 && out[len - 1] == '.') /* "localhost." is localhost */
		out[len - 1] = '\0';
	return 0;
}

static int host_ok(const struct rl_guard_server *s, const hs_req *rq)
{
	const char *h = hs_req_header(rq, "Host");
	char name[256];
	struct in_addr a;
	size_t i;
	if (s->o.allow_public && !s->nhosts)
		return 1;
	if (!h)
		return rq->http_minor == 0; /* HTTP/1.1 requires Host; no browser omits it */
	if (host_name(h, name, sizeof name))
		return 0;
	if (!strcasecmp(name, "localhost") || !strcmp(name, "[::1]") ||
	    !strcasecmp(name, s->listen_host))
		return 1;
	if (inet_pton(AF_INET, name, &a) == 1 && (ntohl(a.s_addr) >> 24) == 127)
		return 1;
	for (i = 0; i < s->nhosts; i++)
		if (!strcasecmp(name, s->hosts[i]))
			return 1;
	return 0;
}

static const char *origin_allowed(const struct rl_guard_server *s, const char *origin)
{
	size_t i;
	for (i = 0; i < s->norigins; i++)
		if (!strcasecmp(origin, s->origins[i]))
			return origin;
	return NULL;
}

/* The approval page posting its own forms: Origin is this very Host. */
static int same_origin(const hs_req *rq, const char *origin)
{
	const char *h = hs_req_header(rq, "Host");
	return h && !strncasecmp(origin, "http://", 7) && !strcasecmp(origin + 7, h);
}

/* Content-Type is application/json, parameters allowed. */
static int is_json_ctype(const char *ct)
{
	size_t n;
	if (!ct)
		return 0;
	while (*ct == ' ' || *ct == '\t')
		ct++;
	n = strcspn(ct, "; \t");
	return n == 16 && !strncasecmp(ct, "application/json", 16);
}

/* Refuse per the rules above, in the route's error shape. Returns 1 when
 * the request was answered. */
int gp_browser_gate(struct rl_guard_server *s, req *r)
{
	const hs_req *rq = r->rq;
	const char *origin = hs_req_header(rq, "Origin");
	const char *why = NULL;
	char msg[400];
	int status = 403;

	if (!host_ok(s, rq)) {
		const char *h = hs_req_header(rq, "Host");
		snprintf(
			msg, sizeof msg,
			"the Host '%.100s' is not a name this guard serves (loopback names, the listen "
			"address, --allow-host NAME); a web page may be trying DNS rebinding",
			h ? h : "(none)");
		why = msg;
	} else if (origin) {
		int page = !strcmp(rq->path, "/holds") || !strncmp(rq->path, "/holds/", 7);
		if ((r->cors = origin_allowed(s, origin))) {
			if (!strcmp(rq->method, "OPTIONS")) { /* CORS preflight */
				hs_hdr h[6];
				size_t n = 0;
				char allow[256];
				const char *rh =
					hs_req_header(rq, "Access-Control-Request-Headers");
				rl_buf b = RL_BUF_INIT;
				/* echo the asked-for header names: tokens, commas, blanks only */
				gp_scpy(allow, sizeof allow, rh ? rh : "");
				allow[strspn(
					allow,
					"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_, ")] =
					'\0';
				h[n++] = (hs_hdr){"Access-Control-Allow-Origin", r->cors};
				h[n++] = (hs_hdr){"Access-Control-Allow-Methods",
						  "GET, POST, OPTIONS"};
				if (allow[0])
					h[n++] = (hs_hdr){"Access-Control-Allow-Headers", allow};
				h[n++] = (hs_hdr){"Access-Control-Max-Age", "600"};
				h[n++] = (hs_hdr){"Vary", "Origin"};
				hs_respond(r->conn, 204, h, n, &b);
				gp_req_free(r);
				return 1;
			}
		} else if (!(page && same_origin(rq, origin))) {
			snprintf(
				msg, sizeof msg,
				"requests from web pages (Origin: %.100s) are refused; start the guard with "
				"--allow-origin ORIGIN to allow one",
				origin);
			why = msg;
		}
	}
	if (!why && r->kind == K_PROXY && !strcmp(rq->method, "POST") && !r->too_big &&
	    !is_json_ctype(hs_req_header(rq, "Content-Type"))) {
		status = 415;
		why = "the request body must be JSON (Content-Type: application/json)";
	}
	if (!why)
		return 0;
	atomic_fetch_add(&s->m_bad, 1);
	if (r->kind == K_PROXY || r->pass) {
		gp_set_error(r, status,
			     status == 415 ? "invalid_request_error" : "permission_error", why);
		gp_finish(r);
	} else {
		gp_send_json_err(r, status, why);
	}
	return 1;
}
