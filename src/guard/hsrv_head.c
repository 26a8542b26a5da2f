/* hsrv_head.c: the head of an answer the guard's HTTP server writes
 * (status line, the caller's header lines, Date, the length or framing,
 * Connection), built with plain appends: it runs once per request. */
#include "guard/hsrv_int.h"

/* clang-format off */
static const char *reason(int st)
{
	switch (st) {
	case 100: return "Continue";
	case 200: return "OK";
	case 201: return "Created";
	case 202: return "Accepted";
	case 204: return "No Content";
	case 206: return "Partial Content";
	case 301: return "Moved Permanently";
	case 302: return "Found";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 307: return "Temporary Redirect";
	case 308: return "Permanent Redirect";
	case 400: return "Bad Request";
	case 401: return "Unauthorized";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 408: return "Request Timeout";
	case 409: return "Conflict";
	case 410: return "Gone";
	case 411: return "Length Required";
	case 413: return "Content Too Large";
	case 414: return "URI Too Long";
	case 415: return "Unsupported Media Type";
	case 417: return "Expectation Failed";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	case 431: return "Request Header Fields Too Large";
	case 500: return "Internal Server Error";
	case 501: return "Not Implemented";
	case 502: return "Bad Gateway";
	case 503: return "Service Unavailable";
	case 504: return "Gateway Timeout";
	case 505: return "HTTP Version Not Supported";
	case 529: return "Site Overloaded";
	}
	return "Status";
}
/* clang-format on */

static void date_update(hs_loop *l)
{
	time_t t = time(NULL);
	struct tm tm;
	if (t == l->date_sec)
		return;
	l->date_sec = t;
	gmtime_r(&t, &tm);
	strftime(l->date, sizeof l->date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
}

static int add_dec(rl_buf *b, unsigned long long v)
{
	char num[24], *q = num + sizeof num;
	do
		*--q = (char)('0' + v % 10);
	while (v /= 10);
	return rl_buf_add(b, q, (size_t)(num + sizeof num - q));
}

/* Status line, `h`, Date, the length or framing and Connection into
 * c->out (reset first). `len` is the Content-Length, or -1 for a streamed
 * body (chunked when `chunked`, else delimited by the close). Returns
 * nonzero when out of memory. */
int gp_head_build(hs_conn *c, int status, const hs_hdr *h, size_t nh, long long len, int chunked,
		  int close_after)
{
	hs_loop *l = c->l;
	size_t i;
	int rc = 0;

	date_update(l);
	rl_buf_reset(&c->out);
	/* plain appends, no printf: this runs once per request */
	rc |= rl_buf_add(&c->out, "HTTP/1.1 ", 9);
	rc |= add_dec(&c->out, status > 0 ? (unsigned long long)status : 0);
	rc |= rl_buf_addc(&c->out, ' ');
	rc |= rl_buf_adds(&c->out, reason(status));
	rc |= rl_buf_add(&c->out, "\r\n", 2);
	for (i = 0; i < nh; i++) {
		size_t kn, vn;
		char *w;
		if (!h[i].name || !h[i].value || !h[i].name[0])
			continue;
		kn = strlen(h[i].name);
		vn = strlen(h[i].value);
		/* no CR or LF in either */
		if (memchr(h[i].name, '\r', kn) || memchr(h[i].name, '\n', kn) ||
		    memchr(h[i].value, '\r', vn) || memchr(h[i].value, '\n', vn))
			continue;
		/* one line, one growth check */
		if (rl_buf_grow(&c->out, kn + vn + 4)) {
			rc = RL_ENOMEM;
			continue;
		}
		w = c->out.s + c->out.len;
		memcpy(w, h[i].name, kn);
		memcpy(w + kn, ": ", 2);
		memcpy(w + kn + 2, h[i].value, vn);
		memcpy(w + kn + 2 + vn, "\r\n", 2);
		c->out.len += kn + vn + 4;
		c->out.s[c->out.len] = '\0';
	}
	rc |= rl_buf_add(&c->out, "Date: ", 6);
	rc |= rl_buf_adds(&c->out, l->date);
	rc |= rl_buf_add(&c->out, "\r\n", 2);
	if (status != 204 && status != 304 && status >= 200 && len >= 0) {
		rc |= rl_buf_add(&c->out, "Content-Length: ", 16);
		rc |= add_dec(&c->out, (unsigned long long)len);
		rc |= rl_buf_add(&c->out, "\r\n", 2);
	} else if (len < 0 && chunked) {
		rc |= rl_buf_adds(&c->out, "Transfer-Encoding: chunked\r\n");
	}
	if (close_after)
		rc |= rl_buf_adds(&c->out, "Connection: close\r\n");
	else if (c->rq.http_minor == 0)
		rc |= rl_buf_adds(&c->out, "Connection: keep-alive\r\n");
	rc |= rl_buf_add(&c->out, "\r\n", 2);
	return rc;
}
