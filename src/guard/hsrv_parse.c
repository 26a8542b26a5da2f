/* hsrv_parse.c: reading requests for the guard's HTTP server (hsrv.c):
 * http-parser callbacks that copy the URL, names and values into the
 * connection's buffer, the input driver, and request helpers. */
#include "guard/hsrv_int.h"
#include "guard/h1fast.h"

#include <ctype.h>

/* ---- http-parser callbacks ---- */

static int hb_add(hs_conn *c, const char *at, size_t n)
{
	if (c->hb.len + n > c->l->max_header) {
		c->hdr_over = 1;
		return -1;
	}
	return rl_buf_add(&c->hb, at, n) ? -1 : 0;
}

static int off_push(hs_conn *c, size_t v)
{
	if (c->noff == c->capoff) {
		size_t nc = c->capoff ? 2 * c->capoff : 16;
		size_t *p = realloc(c->off, nc * sizeof *p);
		if (!p)
			return -1;
		c->off = p;
		c->capoff = nc;
	}
	c->off[c->noff++] = v;
	return 0;
}

/* end the current fragment run: NUL-terminate; values lose trailing blanks */
static int section_end(hs_conn *c)
{
	if (c->section == 2) {
		size_t start = c->off[c->noff - 1];
		while (c->hb.len > start &&
		       (c->hb.s[c->hb.len - 1] == ' ' || c->hb.s[c->hb.len - 1] == '\t'))
			c->hb.len--;
		while (start < c->hb.len && (c->hb.s[start] == ' ' || c->hb.s[start] == '\t'))
			start++;
		c->off[c->noff - 1] = start;
	}
	return hb_add(c, "", 1);
}

static int on_message_begin(http_parser *p)
{
	hs_conn *c = p->data;
	gp_req_clear(c);
	/* the head's deadline runs from its first byte (a new connection's
	 * from accept: it is already on the list) */
	if (c->l->o.head_timeout_ms && c->tlist != L_HEAD)
		gp_tl_touch(c, L_HEAD);
	c->started = 1;
	return 0;
}

static int on_url(http_parser *p, const char *at, size_t n)
{
	hs_conn *c = p->data;
	return hb_add(c, at, n);
}

static int on_header_field(http_parser *p, const char *at, size_t n)
{
	hs_conn *c = p->data;
	if (c->hdr_done)
		return 0; /* trailers: ignored, and hb must not move now */
	if (c->section != 1) {
		if (section_end(c) || off_push(c, c->hb.len))
			return -1;
		c->section = 1;
	}
	return hb_add(c, at, n);
}

static int on_header_value(http_parser *p, const char *at, size_t n)
{
	hs_conn *c = p->data;
	if (c->hdr_done)
		return 0;
	if (c->section != 2) {
		if (section_end(c) || off_push(c, c->hb.len))
			return -1;
		c->section = 2;
	}
	return hb_add(c, at, n);
}

static int send_continue(hs_conn *c)
{
	static const char k[] = "HTTP/1.1 100 Continue\r\n\r\n";
	ssize_t w = send(c->fd, k, sizeof k - 1, MSG_NOSIGNAL);
	/* a fresh socket's send buffer always takes 25 bytes; if not, the
	 * client is not reading and the connection ends */
	return w == (ssize_t)(sizeof k - 1) ? 0 : -1;
}

static int on_headers_complete(http_parser *p)
{
	hs_conn *c = p->data;
	hs_loop *l = c->l;
	size_t i, nhv;
	char *q;
	const char *ex;

	if (section_end(c))
		return -1;
	if (p->http_major != 1) { /* http-parser takes any HTTP/d.d */
		c->bad_version = 1;
		return -1;
	}
	c->hdr_done = 1;
	nhv = c->noff / 2;
	if (c->caphv < 2 * nhv + 1) {
		const char **hv = realloc(c->hv, (2 * nhv + 1) * sizeof *hv);
		if (!hv)
			return -1;
		c->hv = hv;
		c->caphv = 2 * nhv + 1;
	}
	for (i = 0; i < 2 * nhv; i++)
		c->hv[i] = c->hb.s + c->off[i];
	c->hv[2 * nhv] = NULL;
	c->rq.hv = c->hv;
	c->rq.nhv = nhv;
	c->rq.method = http_method_str((enum http_method)p->method);
	c->rq.path = c->hb.s;
	q = strchr(c->hb.s, '?');
	if (q) {
		*q = '\0';
		c->rq.query = q + 1;
	} else {
		c->rq.query = "";
	}
	c->rq.http_minor = p->http_minor;
	c->rq.reserve = c->reserve;
	c->head = p->method == HTTP_HEAD;
	c->keepalive = http_should_keep_alive(p) != 0;
	c->body_max = l->o.body_limit ? l->o.body_limit(l->o.ud, c->rq.path) : 0;
	if (!c->body_max)
		c->body_max = l->o.max_body;
	if ((p->flags & F_CONTENTLENGTH) && !(p->flags & F_CHUNKED) && p->content_length > 0) {
		if (p->content_length > c->body_max) {
			/* the head says too big: answer now, read none of it */
			c->rq.too_big = 1;
			c->deliver = 1;
			http_parser_pause(p, 1);
			return 0;
		}
		rl_buf_grow(&c->rq.body,
			    p->content_length < 256 * 1024 ? p->content_length : 256 * 1024);
	}
	ex = hs_req_header(&c->rq, "expect");
	if (ex && !strcasecmp(ex, "100-continue") && p->http_minor >= 1 &&
	    ((p->flags & F_CHUNKED) || p->content_length > 0) && send_continue(c))
		return -1;
	/* the body's own deadline, from now (without one, the idle timeout
	 * restarts on each piece, as progress) */
	if ((p->flags & F_CHUNKED) || ((p->flags & F_CONTENTLENGTH) && p->content_length > 0))
		gp_tl_touch(c, l->o.body_timeout_ms ? L_BODY : L_IDLE);
	return 0;
}

static int on_body(http_parser *p, const char *at, size_t n)
{
	hs_conn *c = p->data;
	if (c->rq.body.len + n > c->body_max) {
		/* a chunked body outgrew the bound: deliver it as too big now */
		rl_buf_free(&c->rq.body);
		c->rq.too_big = 1;
		c->deliver = 1;
		http_parser_pause(p, 1);
		return 0;
	}
	if (rl_buf_add(&c->rq.body, at, n))
		return -1;
	if (!c->l->o.body_timeout_ms)
		gp_tl_touch(c, L_IDLE); /* progress */
	return 0;
}

static int on_message_complete(http_parser *p)
{
	hs_conn *c = p->data;
	/* after an Upgrade the bytes that follow are not HTTP: close */
	c->keepalive = http_should_keep_alive(p) != 0 && !p->upgrade;
	c->deliver = 1;
	/* one request at a time: pipelined bytes wait for this answer */
	http_parser_pause(p, 1);
	return 0;
}

static const http_parser_settings settings = {
	.on_message_begin = on_message_begin,
	.on_url = on_url,
	.on_header_field = on_header_field,
	.on_header_value = on_header_value,
	.on_headers_complete = on_headers_complete,
	.on_body = on_body,
	.on_message_complete = on_message_complete,
};

/* ---- the usual request, without http-parser ---- *
 * A whole request in one read, in the plainest HTTP/1.x form (GET or
 * POST, an origin-form path of visible ASCII without '#', token names,
 * CRLF lines, no empty value and no trailing blank, at most one
 * Content-Length of digits and exactly that many body bytes after the
 * head, nothing after them; Connection only "keep-alive" or "close"; no
 * Transfer-Encoding, Upgrade or Proxy-Connection) is read here and handed
 * to the same callbacks, with the parser fields they and
 * http_should_keep_alive read set as http-parser sets them. Anything
 * else, a request cut across reads, pipelined bytes, or a connection in
 * the middle of a request, goes to http-parser: this accepts a subset of
 * what it accepts, and test_hsrv compares the two readings
 * (fast_request_agrees). http-parser's state machine and its per-fragment
 * callbacks were ~7.8k instructions per MCP tools/call request. */
/* a path's bytes (visible ASCII but '#'), as a bitmap by byte; the
 * token and value bitmaps are h1fast.h's */
static const uint64_t path_bits[4] = {0xfffffff600000000ull, 0x7fffffffffffffffull, 0, 0};

/* The header lines straight into hb, as on_header_field and
 * on_header_value would write them right after the URL (each fragment
 * NUL-terminated, its offset recorded; these values have no blanks to
 * trim), in one growth: 1 when written, 0 when nothing was touched (they
 * would pass max_header, or no memory): then the callbacks write them,
 * and fail as they fail. */
static int fast_fields(hs_conn *c, const char *const *nm, const size_t *nl, const char *const *val,
		       const size_t *vn, size_t nh)
{
	size_t need = 0, i;
	char *w;
	if (!nh || c->section != 0 || c->hdr_done)
		return 0;
	for (i = 0; i < nh; i++)
		need += nl[i] + vn[i] + 2;
	if (c->hb.len + need > c->l->max_header || rl_buf_grow(&c->hb, need))
		return 0;
	if (c->capoff < c->noff + 2 * nh) {
		size_t nc = c->capoff ? 2 * c->capoff : 16;
		size_t *o;
		while (nc < c->noff + 2 * nh)
			nc *= 2;
		if (!(o = realloc(c->off, nc * sizeof *o)))
			return 0;
		c->off = o;
		c->capoff = nc;
	}
	w = c->hb.s + c->hb.len;
	for (i = 0; i < nh; i++) {
		*w++ = '\0'; /* ends the URL or the value before */
		c->off[c->noff++] = (size_t)(w - c->hb.s);
		memcpy(w, nm[i], nl[i]);
		w += nl[i];
		*w++ = '\0';
		c->off[c->noff++] = (size_t)(w - c->hb.s);
		memcpy(w, val[i], vn[i]);
		w += vn[i];
	}
	c->hb.len = (size_t)(w - c->hb.s);
	c->hb.s[c->hb.len] = '\0';
	c->section = 2;
	return 1;
}

/* 1: s[0..n) was read as one request (the callbacks ran; an error or a
 * pause they asked for stopped them as it stops http-parser, whose errno
 * says which); 0: nothing was touched. */
static int fast_request(hs_conn *c, const char *s, size_t n)
{
	const char *p, *end = s + n, *url;
	size_t nh, i, ul;
	h1f_head h;
	int method;
	http_parser *hp = &c->p;

	if (n < 16 || n > 65536)
		return 0;
	if (!memcmp(s, "GET /", 5)) {
		method = HTTP_GET;
		p = s + 4;
	} else if (!memcmp(s, "POST /", 6)) {
		method = HTTP_POST;
		p = s + 5;
	} else {
		return 0;
	}
	for (url = p; p < end && H1F_IN(path_bits, *p); p++)
		;
	ul = (size_t)(p - url);
	if (end - p < 10 || memcmp(p, " HTTP/1.", 8) || (p[8] != '0' && p[8] != '1'))
		return 0;
	hp->http_minor = (unsigned short)(p[8] - '0');
	p += 9;
	if (!(p = h1f_fields(p, end, &h)))
		return 0;
	if ((uint64_t)(end - p) != h.cl)
		return 0;
	/* read: what http-parser would have set before on_headers_complete */
	hp->http_major = 1;
	hp->method = (unsigned)method;
	hp->upgrade = 0;
	hp->content_length = h.have_cl ? h.cl : 0;
	hp->flags = (h.have_cl ? F_CONTENTLENGTH : 0) | (h.conn == 1   ? F_CONNECTION_KEEP_ALIVE
							 : h.conn == 2 ? F_CONNECTION_CLOSE
								       : 0);
#define FAST_GO (HTTP_PARSER_ERRNO(hp) == HPE_OK)
#define FAST_CB(call, err)                                                                         \
	do {                                                                                       \
		if (FAST_GO && (call))                                                             \
			hp->http_errno = (err);                                                    \
	} while (0)
	FAST_CB(on_message_begin(hp), HPE_CB_message_begin);
	FAST_CB(on_url(hp, url, ul), HPE_CB_url);
	nh = h.n;
	if (FAST_GO && fast_fields(c, h.nm, h.nl, h.val, h.vn, nh))
		nh = 0; /* written */
	for (i = 0; i < nh && FAST_GO; i++) {
		FAST_CB(on_header_field(hp, h.nm[i], h.nl[i]), HPE_CB_header_field);
		FAST_CB(on_header_value(hp, h.val[i], h.vn[i]), HPE_CB_header_value);
	}
	FAST_CB(on_headers_complete(hp), HPE_CB_headers_complete);
	if (h.cl)
		FAST_CB(on_body(hp, p, (size_t)h.cl), HPE_CB_body);
	if (FAST_GO) {
		hp->content_length = 0; /* as http-parser leaves it: all read */
		FAST_CB(on_message_complete(hp), HPE_CB_message_complete);
	}
#undef FAST_CB
#undef FAST_GO
	return 1;
}

/* ---- input ---- */

/* Parse parked bytes first, then `data` (fresh from a read), delivering
 * each complete request; stops while one is unanswered. Bytes not parsed
 * are parked in c->in. Re-entry (hs_respond from inside on_request) is
 * folded into this loop by in_proc. */
void gp_conn_drive(hs_conn *c, const char *data, size_t n)
{
	hs_loop *l = c->l;
	c->in_proc = 1;
	while (!c->dead && !c->pending && !c->writing && !c->closing) {
		const char *d;
		size_t len, np;
		int from_in = c->in.len > c->in_off;
		enum http_errno err;
		if (from_in) {
			d = c->in.s + c->in_off;
			len = c->in.len - c->in_off;
		} else if (n) {
			d = data;
			len = n;
			n = 0;
		} else {
			break;
		}
		http_parser_pause(&c->p, 0);
		/* a request's first bytes, fresh from a read: maybe the usual form */
		if (!from_in && !c->started && !l->o.parser_only && fast_request(c, d, len)) {
			np = len;
			l->nfast++;
		} else {
			np = http_parser_execute(&c->p, &settings, d, len);
		}
		if (np > len)
			np = len;
		err = HTTP_PARSER_ERRNO(&c->p);
		if (from_in) {
			c->in_off += np;
			if (c->in_off == c->in.len) {
				c->in_off = 0;
				if (c->in.cap > HS_KEEP_HB)
					rl_buf_free(&c->in);
				else
					rl_buf_reset(&c->in);
			}
		} else if (np < len && err == HPE_PAUSED && !c->rq.too_big) {
			if (rl_buf_add(&c->in, d + np, len - np)) {
				gp_conn_close(c);
				break;
			}
		}
		if (err == HPE_PAUSED && c->deliver) {
			c->deliver = 0;
			if (c->rq.too_big)
				c->linger = 1;
			/* unparsed bytes of a request we will not read */
			if (c->rq.too_big) {
				rl_buf_free(&c->in);
				c->in_off = 0;
			}
			c->pending = 1;
			l->nwaiting++;
			gp_tl_unlink(c);
			l->o.on_request(l->o.ud, c, &c->rq);
			continue;
		}
		if (err != HPE_OK && err != HPE_PAUSED) {
			if (c->hdr_over || err == HPE_HEADER_OVERFLOW) {
				gp_conn_error(c, 431, "request header fields too large");
			} else {
				char msg[160];
				if (c->bad_version)
					err = HPE_INVALID_VERSION;
				snprintf(msg, sizeof msg, "malformed HTTP request: %s",
					 http_errno_description(err));
				gp_conn_error(c, 400, msg);
			}
			break;
		}
		if (c->p.upgrade && !c->pending) {
			/* an Upgrade or CONNECT that did not complete as a plain request */
			gp_conn_error(c, 400, "malformed HTTP request: upgrade is not supported");
			break;
		}
	}
	c->in_proc = 0;
	gp_conn_settle(c);
}

/* ---- request helpers ---- */

size_t hs_loop_fast_reads(const hs_loop *l)
{
	return l->nfast;
}

const char *hs_req_header(const hs_req *rq, const char *name)
{
	size_t i;
	/* the first letters compared inline: a request's lookups (a dozen
	 * names over its headers) were ~30 strcasecmp calls */
	/* (ASCII case folded inline, not through tolower's locale table) */
#define HQ_LC(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))
	int c0 = HQ_LC((unsigned char)name[0]);
	for (i = 0; i < rq->nhv; i++)
		if (HQ_LC((unsigned char)rq->hv[2 * i][0]) == c0 &&
		    !strcasecmp(rq->hv[2 * i], name))
			return rq->hv[2 * i + 1];
#undef HQ_LC
	return NULL;
}

static int hexv(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

size_t hs_unescape(char *s)
{
	char *r = s, *w = s;
	while (*r) {
		int h, lo;
		if (r[0] == '%' && (h = hexv((unsigned char)r[1])) >= 0 &&
		    (lo = hexv((unsigned char)r[2])) >= 0) {
			*w++ = (char)(h * 16 + lo);
			r += 3;
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
	return (size_t)(w - s);
}

int hs_req_query(const hs_req *rq, const char *key, char *out, size_t n)
{
	const char *p = rq->query;
	size_t klen = strlen(key);
	while (p && *p) {
		const char *amp = strchr(p, '&');
		const char *end = amp ? amp : p + strlen(p);
		const char *eq = memchr(p, '=', (size_t)(end - p));
		const char *kend = eq ? eq : end;
		/* keys compared decoded, as forms encode them */
		char kb[256];
		size_t kl = (size_t)(kend - p), i;
		if (kl < sizeof kb) {
			memcpy(kb, p, kl);
			kb[kl] = '\0';
			for (i = 0; i < kl; i++)
				if (kb[i] == '+')
					kb[i] = ' ';
			kl = hs_unescape(kb);
			if (kl == klen && !memcmp(kb, key, klen)) {
				if (n) {
					const char *v = eq ? eq + 1 : end;
					size_t vl = (size_t)(end - v), j, m;
					char *tmp = malloc(vl + 1);
					if (!tmp) {
						out[0] = '\0';
						return 1;
					}
					memcpy(tmp, v, vl);
					tmp[vl] = '\0';
					for (j = 0; j < vl; j++)
						if (tmp[j] == '+')
							tmp[j] = ' ';
					m = hs_unescape(tmp);
					if (m > n - 1)
						m = n - 1;
					memcpy(out, tmp, m);
					out[m] = '\0';
					free(tmp);
				}
				return 1;
			}
		}
		p = amp ? amp + 1 : NULL;
	}
	if (n)
		out[0] = '\0';
	return 0;
}
