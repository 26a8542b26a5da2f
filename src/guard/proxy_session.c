/* proxy_session.c: the approval page's session and its CSRF tokens.
 *
 * The approval token is typed into the page's login form (or opened once
 * as /holds?token=..., which is answered with a redirect to /holds) and
 * exchanged for a session cookie: HttpOnly, SameSite=Strict, Path=/, 12
 * hours. After that the token appears in no URL, no page and no form.
 *
 * The cookie is stateless: an expiry and a random nonce, signed with
 * HMAC-SHA256 under a key derived from the token's digest. Every replica
 * of a fleet that shares the token accepts it and nothing is stored; a new
 * token invalidates every session. Each decision form carries
 * HMAC(key, "csrf" | cookie) (a signed double submit), checked in constant
 * time on every POST, with the Origin check of proxy_gate.c and
 * SameSite=Strict as two more walls. */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "guard/proxy_int.h"

#define SESSION_MS (12LL * 3600 * 1000)

static void hexs(const unsigned char *b, size_t n, char *out)
{
	static const char hx[] = "0123456789abcdef";
	size_t i;
	for (i = 0; i < n; i++) {
		out[2 * i] = hx[b[i] >> 4];
		out[2 * i + 1] = hx[b[i] & 15];
	}
	out[2 * n] = '\0';
}

/* HMAC-SHA256 under the session key (the token digest's own HMAC, so the
 * digest used for token checks is never a MAC key itself), hex. */
static int mac(const struct rl_guard_server *s, const char *what, const char *msg, char out[65])
{
	unsigned char key[32], d[32];
	unsigned kl = 0, dl = 0;
	if (!s->token_hash || !s->token_hash[0])
		return -1;
	if (!HMAC(EVP_sha256(), s->token_hash, (int)strlen(s->token_hash),
		  (const unsigned char *)"redline approval session", 24, key, &kl) ||
	    kl != 32)
		return -1;
	{
		char buf[256];
		int n = snprintf(buf, sizeof buf, "%s|%s", what, msg);
		if (n < 0 || (size_t)n >= sizeof buf ||
		    !HMAC(EVP_sha256(), key, 32, (const unsigned char *)buf, (size_t)n, d, &dl) ||
		    dl != 32) {
			OPENSSL_cleanse(key, sizeof key);
			return -1;
		}
	}
	OPENSSL_cleanse(key, sizeof key);
	hexs(d, 32, out);
	return 0;
}

int gp_session_new(const struct rl_guard_server *s, char *out, size_t n)
{
	unsigned char nonce[16];
	char nh[33], body[64], m[65];
	if (RAND_bytes(nonce, sizeof nonce) != 1)
		return -1;
	hexs(nonce, sizeof nonce, nh);
	snprintf(body, sizeof body, "%llx.%s", (unsigned long long)(rl_wall_ms() + SESSION_MS), nh);
	if (mac(s, "session", body, m))
		return -1;
	return snprintf(out, n, "%s.%s", body, m) >= (int)n ? -1 : 0;
}

/* A session value: hex expiry, '.', 32 hex nonce, '.', 64 hex MAC. */
static int session_valid(const struct rl_guard_server *s, const char *v, size_t len)
{
	char body[64], m[65];
	const char *dot1 = memchr(v, '.', len), *dot2;
	unsigned long long exp;
	char *end;
	if (!dot1 || dot1 == v || dot1 - v > 16)
		return 0;
	dot2 = memchr(dot1 + 1, '.', len - (size_t)(dot1 + 1 - v));
	if (!dot2 || dot2 - dot1 - 1 != 32 || len - (size_t)(dot2 + 1 - v) != 64)
		return 0;
	exp = strtoull(v, &end, 16);
	if (end != dot1 || (long long)exp < rl_wall_ms())
		return 0;
	memcpy(body, v, (size_t)(dot2 - v));
	body[dot2 - v] = '\0';
	if (mac(s, "session", body, m))
		return 0;
	return CRYPTO_memcmp(m, dot2 + 1, 64) == 0;
}

int gp_session_get(const struct rl_guard_server *s, const hs_req *rq, char *out, size_t n)
{
	size_t i;
	/* every Cookie header, every pair: the first valid rl_session wins */
	for (i = 0; i < rq->nhv; i++) {
		const char *p;
		if (strcasecmp(rq->hv[2 * i], "Cookie"))
			continue;
		for (p = rq->hv[2 * i + 1]; p && *p;) {
			const char *semi = strchr(p, ';');
			size_t len = semi ? (size_t)(semi - p) : strlen(p);
			while (len && (*p == ' ' || *p == '\t'))
				p++, len--;
			if (len > 11 && !strncmp(p, "rl_session=", 11) &&
			    session_valid(s, p + 11, len - 11) && len - 11 < n) {
				memcpy(out, p + 11, len - 11);
				out[len - 11] = '\0';
				return 1;
			}
			p = semi ? semi + 1 : NULL;
		}
	}
	return 0;
}

int gp_session_csrf(const struct rl_guard_server *s, const char *session, char out[65])
{
	return mac(s, "csrf", session, out);
}

int gp_session_csrf_ok(const struct rl_guard_server *s, const char *session, const char *given)
{
	char want[65];
	if (!given || strlen(given) != 64 || gp_session_csrf(s, session, want))
		return 0;
	return CRYPTO_memcmp(want, given, 64) == 0;
}
