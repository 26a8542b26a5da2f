/* redline/buf.h: one growable byte buffer for every string that grows
 * (git's strbuf, Redis's sds). Always NUL-terminated, so `b.s` can be
 * passed to C string functions; may also hold embedded NULs (use `len`).
 *
 * Ownership: the buffer owns `s`; rl_buf_free releases it and resets the
 * struct; rl_buf_detach hands `s` to the caller (free() it). On allocation
 * failure appends return RL_ENOMEM and leave the contents unchanged. */
#ifndef REDLINE_BUF_H
#define REDLINE_BUF_H

#include "redline/export.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

typedef struct rl_buf {
	char *s;    /* contents, NUL-terminated; "" (static) when empty */
	size_t len; /* bytes used, excluding the terminating NUL */
	size_t cap; /* bytes allocated; 0 while `s` points at the static "" */
} rl_buf;

#define RL_BUF_INIT                                                                                \
	{                                                                                          \
		(char *)"", 0, 0                                                                   \
	}

void rl_buf_init(rl_buf *b);
void rl_buf_free(rl_buf *b);
void rl_buf_reset(rl_buf *b);             /* len = 0, keeps capacity */
int rl_buf_grow(rl_buf *b, size_t extra); /* room for `extra` more bytes */
int rl_buf_add(rl_buf *b, const void *p, size_t n);
int rl_buf_adds(rl_buf *b, const char *s);
int rl_buf_addc(rl_buf *b, char c);
int rl_buf_addf(rl_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int rl_buf_vaddf(rl_buf *b, const char *fmt, va_list ap);
char *rl_buf_detach(rl_buf *b, size_t *len); /* caller frees; b is reset */

/* Decode one UTF-8 code point at p (n bytes left) into *cp; returns its
 * length (1-4), or 0 for an invalid, overlong, surrogate or truncated
 * sequence. The one validator every escaper shares. */
size_t rl_utf8_decode(const unsigned char *p, size_t n, uint32_t *cp);

/* Escaping for untrusted text (model output reaches HTML and terminals). */
/* HTML text and attribute values: & < > " ' are escaped; NUL and C0
 * controls other than \t \n \r become U+FFFD; invalid UTF-8 becomes U+FFFD. */
int rl_buf_add_html(rl_buf *b, const char *s, size_t n);
/* Terminal: ESC, C0/C1 controls and DEL are shown as \xNN (\n and \t kept),
 * so model text can never move the cursor or change colours. */
int rl_buf_add_term(rl_buf *b, const char *s, size_t n);
/* JSON string body (no quotes): escapes per RFC 8259; invalid UTF-8 becomes
 * \ufffd and C1 controls (U+0080-U+009F) are escaped, so the output is
 * always valid JSON whatever the input. */
int rl_buf_add_json(rl_buf *b, const char *s, size_t n);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
