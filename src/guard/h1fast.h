/* h1fast.h: the header block of the plainest HTTP/1.x message, read in
 * one pass. Shared by the server's request reader (hsrv_parse.c,
 * fast_request) and the client's answer reader (hcli.c, fast_answer):
 * both hand what this reads to the same callbacks http-parser would call,
 * and fall back to http-parser for anything this refuses. Written by hand
 * because http-parser's state machine and per-fragment callbacks cost
 * more than the rest of a proxied MCP call's HTTP work; it accepts a
 * strict subset of what http-parser accepts, and test_hsrv
 * (fast_request_agrees) and test_hcli (fast_answer_agrees) compare both
 * readings. Header-only and static inline: it runs once per message on
 * the guard's hottest path. */
#ifndef REDLINE_GUARD_H1FAST_H
#define REDLINE_GUARD_H1FAST_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#define H1F_FIELDS 32

/* RFC 9110 token bytes; a value's bytes (HTAB, SP to '~', obs-text), as
 * bitmaps by byte */
static const uint64_t h1f_tok_bits[4] = {0x03ff6cfa00000000ull, 0x57ffffffc7fffffeull, 0, 0};
static const uint64_t h1f_val_bits[4] = {0xffffffff00000200ull, 0x7fffffffffffffffull,
					 0xffffffffffffffffull, 0xffffffffffffffffull};
#define H1F_IN(b, c) (((b)[(unsigned char)(c) >> 6] >> ((unsigned char)(c)&63)) & 1)

/* h1f_tok_bits as a table: one load per byte of a name (the same two
 * words, spelled as constants: a table's initializer must be constant) */
#define H1F_TB(c)                                                                                  \
	((((c) < 64    ? 0x03ff6cfa00000000ull                                                     \
	   : (c) < 128 ? 0x57ffffffc7fffffeull                                                     \
		       : 0) >>                                                                     \
	  ((c)&63)) &                                                                              \
	 1)
#define H1F_T16(b)                                                                                 \
	H1F_TB((b) + 0), H1F_TB((b) + 1), H1F_TB((b) + 2), H1F_TB((b) + 3), H1F_TB((b) + 4),       \
		H1F_TB((b) + 5), H1F_TB((b) + 6), H1F_TB((b) + 7), H1F_TB((b) + 8),                \
		H1F_TB((b) + 9), H1F_TB((b) + 10), H1F_TB((b) + 11), H1F_TB((b) + 12),             \
		H1F_TB((b) + 13), H1F_TB((b) + 14), H1F_TB((b) + 15)
static const unsigned char h1f_tok[256] = {H1F_T16(0),   H1F_T16(16),  H1F_T16(32),  H1F_T16(48),
					   H1F_T16(64),  H1F_T16(80),  H1F_T16(96),  H1F_T16(112),
					   H1F_T16(128), H1F_T16(144), H1F_T16(160), H1F_T16(176),
					   H1F_T16(192), H1F_T16(208), H1F_T16(224), H1F_T16(240)};
#undef H1F_T16
#undef H1F_TB

/* Past the 8-byte words from p on whose bytes are all value bytes other
 * than HTAB (SP to '~' or obs-text, what nearly every value is made of):
 * a byte below SP (CR, HTAB, other controls) or DEL stops it at its word,
 * which the caller then reads a byte at a time (each test's lowest flag
 * is exact: a borrow only runs upward, and any flag means "stop here"). */
static inline const char *h1f_val_run(const char *p, const char *end)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	while (end - p >= 8) {
		uint64_t x, d;
		memcpy(&x, p, 8);
		d = x ^ (ones * 0x7f);
		if ((((x - ones * 0x20) & ~x) | ((d - ones) & ~d)) & highs)
			break;
		p += 8;
	}
	return p;
}

typedef struct {
	const char *nm[H1F_FIELDS], *val[H1F_FIELDS];
	size_t nl[H1F_FIELDS], vn[H1F_FIELDS], n; /* n: fields read */
	uint64_t cl;                              /* Content-Length, when have_cl */
	int have_cl, conn;                        /* conn: 1 keep-alive, 2 close, 0 none */
} h1f_head;

static inline int h1f_is_name(const char *k, size_t n, const char *lower)
{
	/* lower is a literal: its length folds at compile time, and the
	 * first byte turns most names away before strncasecmp */
	return __builtin_strlen(lower) == n && (k[0] | 0x20) == lower[0] &&
	       !strncasecmp(k, lower, n);
}

/* p: at the CRLF ending the start line. Reads the field lines up to the
 * empty line into h: token names, values with no empty or blank-ended
 * one, at most one Content-Length (digits only, at most 15) and one
 * Connection (keep-alive or close), no Transfer-Encoding, Upgrade or
 * Proxy-Connection, at most H1F_FIELDS. Returns the body's first byte, or
 * NULL when the block is not of that form (h is then garbage). */
static inline const char *h1f_fields(const char *p, const char *end, h1f_head *h)
{
	size_t i;

	h->n = 0;
	h->cl = 0;
	h->have_cl = h->conn = 0;
	for (;;) { /* p: at the CRLF ending the previous line */
		const char *k, *v;
		size_t nh = h->n;
		if (end - p < 4 || p[0] != '\r' || p[1] != '\n')
			return NULL;
		p += 2;
		if (p[0] == '\r') {
			if (p[1] != '\n')
				return NULL;
			return p + 2;
		}
		for (k = p; p < end && h1f_tok[(unsigned char)*p]; p++)
			;
		if (p == k || p >= end || *p != ':' || nh == H1F_FIELDS)
			return NULL;
		h->nm[nh] = k;
		h->nl[nh] = (size_t)(p - k);
		for (p++; p < end && (*p == ' ' || *p == '\t'); p++)
			;
		v = p;
		p = h1f_val_run(p, end);
		for (; p < end && *p != '\r'; p++)
			if (!H1F_IN(h1f_val_bits, *p))
				return NULL;
		if (p == v || p[-1] == ' ' || p[-1] == '\t')
			return NULL;
		h->val[nh] = v;
		h->vn[nh] = (size_t)(p - v);
		if (h1f_is_name(k, h->nl[nh], "content-length")) {
			if (h->have_cl || h->vn[nh] > 15)
				return NULL;
			for (i = 0; i < h->vn[nh]; i++) {
				if (v[i] < '0' || v[i] > '9')
					return NULL;
				h->cl = h->cl * 10 + (uint64_t)(v[i] - '0');
			}
			h->have_cl = 1;
		} else if (h1f_is_name(k, h->nl[nh], "connection")) {
			if (h->conn)
				return NULL;
			h->conn = h->vn[nh] == 10 && !strncasecmp(v, "keep-alive", 10) ? 1
				  : h->vn[nh] == 5 && !strncasecmp(v, "close", 5)      ? 2
										       : 0;
			if (!h->conn)
				return NULL;
		} else if (h1f_is_name(k, h->nl[nh], "transfer-encoding") ||
			   h1f_is_name(k, h->nl[nh], "upgrade") ||
			   h1f_is_name(k, h->nl[nh], "proxy-connection")) {
			return NULL;
		}
		h->n = nh + 1;
	}
}

#endif
