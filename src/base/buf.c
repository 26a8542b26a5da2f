/* buf.c: the growable buffer and the escapers for untrusted text.
 *
 * Growth doubles capacity (amortised O(1) appends). An empty buffer points
 * at a static "" so that `b.s` is always a valid C string without an
 * allocation; cap == 0 marks that state. */
#include "redline/buf.h"
#include "redline/err.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char rl_buf_empty[1];

/* The invariant of the header comment: an unallocated buffer (cap 0) is
 * empty; an allocated one has room for its terminating NUL. */
#define BUF_OK(b) ((b)->cap ? (b)->len < (b)->cap : (b)->len == 0)

void rl_buf_init(rl_buf *b)
{
	b->s = rl_buf_empty;
	b->len = 0;
	b->cap = 0;
}

void rl_buf_free(rl_buf *b)
{
	if (b->cap)
		free(b->s);
	rl_buf_init(b);
}

void rl_buf_reset(rl_buf *b)
{
	b->len = 0;
	if (b->cap)
		b->s[0] = '\0';
}

int rl_buf_grow(rl_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	assert(BUF_OK(b));
	if (extra > SIZE_MAX - b->len - 1)
		return RL_ENOMEM;
	need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	p = b->cap ? realloc(b->s, cap) : malloc(cap);
	if (!p)
		return RL_ENOMEM;
	if (!b->cap)
		p[0] = '\0';
	b->s = p;
	b->cap = cap;
	return 0;
}

/* Appends are the hot path (a proxied call makes ~100): when the bytes
 * and the NUL fit (len < cap holds for an allocated buffer; cap 0 takes
 * the grow path), no call to rl_buf_grow. */
#define BUF_FITS(b, n) ((n) < (b)->cap - (b)->len)

int rl_buf_add(rl_buf *b, const void *p, size_t n)
{
	assert(BUF_OK(b));
	if (n == 0)
		return 0;
	if (!BUF_FITS(b, n) && rl_buf_grow(b, n))
		return RL_ENOMEM;
	memcpy(b->s + b->len, p, n);
	b->len += n;
	b->s[b->len] = '\0';
	assert(BUF_OK(b));
	return 0;
}

int rl_buf_adds(rl_buf *b, const char *s)
{
	return rl_buf_add(b, s, strlen(s));
}

int rl_buf_addc(rl_buf *b, char c)
{
	assert(BUF_OK(b));
	if (!BUF_FITS(b, 1) && rl_buf_grow(b, 1))
		return RL_ENOMEM;
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
	return 0;
}

int rl_buf_vaddf(rl_buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return RL_EINVAL;
	if (rl_buf_grow(b, (size_t)n))
		return RL_ENOMEM;
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return 0;
}

int rl_buf_addf(rl_buf *b, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = rl_buf_vaddf(b, fmt, ap);
	va_end(ap);
	return rc;
}

char *rl_buf_detach(rl_buf *b, size_t *len)
{
	char *s;

	if (len)
		*len = b->len;
	if (!b->cap) {
		s = malloc(1);
		if (s)
			s[0] = '\0';
	} else {
		s = b->s;
	}
	rl_buf_init(b);
	return s;
}

size_t rl_utf8_decode(const unsigned char *p, size_t n, uint32_t *cp)
{
	unsigned c = p[0];
	size_t need, i;
	uint32_t v;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		need = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 3;
		v = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 4;
		v = c & 0x07;
	} else {
		return 0;
	}
	if (n < need)
		return 0;
	for (i = 1; i < need; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (p[i] & 0x3F);
	}
	if ((need == 3 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))) ||
	    (need == 4 && (v < 0x10000 || v > 0x10FFFF)))
		return 0;
	*cp = v;
	return need;
}

static size_t utf8_len(const unsigned char *p, size_t n)
{
	uint32_t cp;
	return rl_utf8_decode(p, n, &cp);
}

#define REPLACEMENT "\xEF\xBF\xBD"

int rl_buf_add_html(rl_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;
	int rc = 0;

	while (i < n && !rc) {
		unsigned c = p[i];
		/* clang-format off */
		switch (c) {
		case '&': rc = rl_buf_adds(b, "&amp;"); i++; continue;
		case '<': rc = rl_buf_adds(b, "&lt;"); i++; continue;
		case '>': rc = rl_buf_adds(b, "&gt;"); i++; continue;
		case '"': rc = rl_buf_adds(b, "&quot;"); i++; continue;
		case '\'': rc = rl_buf_adds(b, "&#39;"); i++; continue;
		case '\t': case '\n': case '\r':
			rc = rl_buf_addc(b, (char)c); i++; continue;
		}
		/* clang-format on */
		if (c < 0x20 || c == 0x7F) {
			rc = rl_buf_adds(b, REPLACEMENT);
			i++;
			continue;
		}
		k = utf8_len(p + i, n - i);
		if (!k) {
			rc = rl_buf_adds(b, REPLACEMENT);
			i++;
			continue;
		}
		rc = rl_buf_add(b, p + i, k);
		i += k;
	}
	return rc;
}

int rl_buf_add_term(rl_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;
	int rc = 0;

	while (i < n && !rc) {
		unsigned c = p[i];
		if (c == '\n' || c == '\t') {
			rc = rl_buf_addc(b, (char)c);
			i++;
			continue;
		}
		if (c < 0x20 || c == 0x7F) {
			rc = rl_buf_addf(b, "\\x%02X", c);
			i++;
			continue;
		}
		k = utf8_len(p + i, n - i);
		/* C1 controls (U+0080..U+009F) act as escapes on some terminals. */
		if (!k || (k == 2 && c == 0xC2 && p[i + 1] < 0xA0)) {
			rc = rl_buf_addf(b, "\\x%02X", c);
			i++;
			continue;
		}
		rc = rl_buf_add(b, p + i, k);
		i += k;
	}
	return rc;
}

/* Bytes written as they are inside a JSON string: printable ASCII (and
 * DEL) but the quote and the backslash. */
static inline int json_plain(unsigned c)
{
	return c - 0x20u < 0x60u && c != '"' && c != '\\';
}

/* The same for 8 bytes at once (SWAR, as codec/jsonw.c does): nonzero when
 * any of them is < 0x20, '"', '\\' or >= 0x80. The zero-byte tricks never
 * miss a match, so a word that passes is plain. */
static inline int json_word_needs_work(const unsigned char *p)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t x, q, b;
	memcpy(&x, p, 8);
	q = x ^ (ones * 0x22);
	b = x ^ (ones * 0x5c);
	return ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b) | x) & highs) !=
	       0;
}

int rl_buf_add_json(rl_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;
	int rc = 0;

	for (i = 0; i < n && !rc; i++) {
		unsigned c = p[i];
		if (json_plain(c)) {
			/* a run of plain ASCII at once (most text is): one copy
			 * instead of a call per byte */
			size_t j = i + 1;
			while (j + 8 <= n && !json_word_needs_work(p + j))
				j += 8;
			while (j < n && json_plain(p[j]))
				j++;
			rc = rl_buf_add(b, s + i, j - i);
			i = j - 1;
			continue;
		}
		switch (c) {
		case '"': rc = rl_buf_adds(b, "\\\""); break;
		case '\\': rc = rl_buf_adds(b, "\\\\"); break;
		case '\n': rc = rl_buf_adds(b, "\\n"); break;
		case '\r': rc = rl_buf_adds(b, "\\r"); break;
		case '\t': rc = rl_buf_adds(b, "\\t"); break;
		default:
			if (c < 0x20) {
				rc = rl_buf_addf(b, "\\u%04x", c);
			} else if (c < 0x80) {
				rc = rl_buf_addc(b, (char)c);
			} else {
				/* untrusted text cut at a byte limit, or not UTF-8 at
				 * all: the output stays valid JSON (U+FFFD), and C1
				 * controls are escaped so a terminal showing the JSON
				 * never acts on them */
				uint32_t cp;
				size_t k = rl_utf8_decode(p + i, n - i, &cp);
				if (!k)
					rc = rl_buf_adds(b, "\\ufffd");
				else if (cp < 0xa0)
					rc = rl_buf_addf(b, "\\u%04x", (unsigned)cp);
				else
					rc = rl_buf_add(b, s + i, k);
				if (k)
					i += k - 1;
			}
		}
	}
	return rc;
}
