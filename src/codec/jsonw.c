/* jsonw.c: a small JSON writer for request bodies. Bodies carry 10-100 KB
 * prompts, and serialising them through jansson (a value tree, then a
 * per-character escaper) was most of the transport's CPU per request; here
 * strings are copied in runs with memcpy and escaped only where needed.
 * It also makes invalid UTF-8 explicit: such bytes become U+FFFD (jansson
 * would refuse the whole string and the message would silently vanish). */
#include "codec/jsonw.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* SWAR test: does any of 8 bytes need escaping or UTF-8 checking (< 0x20,
 * '"', '\\', or >= 0x80)? The zero-byte tricks never miss a match, so a
 * word that passes is copied as it is. */
#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL
static inline int word_needs_work(const unsigned char *p)
{
	uint64_t x, q, b;
	memcpy(&x, p, 8);
	q = x ^ (ONES * 0x22);
	b = x ^ (ONES * 0x5c);
	/* != 0: the flags sit in high bits an int conversion would drop */
	return ((((x - ONES * 0x20) & ~x) | ((q - ONES) & ~q) | ((b - ONES) & ~b) | x) & HIGHS) !=
	       0;
}

/* Length of a valid UTF-8 sequence at p (n bytes left), or 0. */
static size_t utf8_seq(const unsigned char *p, size_t n)
{
	unsigned c = p[0];
	if (c < 0xC2 || c > 0xF4)
		return 0;
	if (c < 0xE0) {
		return n >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
	}
	if (c < 0xF0) {
		if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && p[1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && p[1] > 0x9F)
			return 0; /* surrogates */
		return 3;
	}
	if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
		return 0;
	if (c == 0xF0 && p[1] < 0x90)
		return 0;
	if (c == 0xF4 && p[1] > 0x8F)
		return 0;
	return 4;
}

int rl_jw_strn(rl_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;

	if (!s)
		return rl_buf_add(b, "null", 4);
	/* Worst case grows 6x; reserve for the common case (little escaping). */
	if (rl_buf_grow(b, n + n / 8 + 2))
		return RL_ENOMEM;
	b->s[b->len++] = '"';
	while (i < n) {
		unsigned c;
		char esc[8];
		size_t el = 0, k;
		while (i + 8 <= n && !word_needs_work(p + i))
			i += 8;
		if (i >= n)
			break;
		c = p[i];
		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			i++;
			continue;
		}
		if (c >= 0x80 && (k = utf8_seq(p + i, n - i))) {
			i += k;
			continue;
		}
		/* flush the run of plain bytes before this one */
		if (i > run && rl_buf_add(b, s + run, i - run))
			return RL_ENOMEM;
		/* clang-format off */
		switch (c) {
		case '"': memcpy(esc, "\\\"", 2); el = 2; break;
		case '\\': memcpy(esc, "\\\\", 2); el = 2; break;
		case '\n': memcpy(esc, "\\n", 2); el = 2; break;
		case '\r': memcpy(esc, "\\r", 2); el = 2; break;
		case '\t': memcpy(esc, "\\t", 2); el = 2; break;
		default:
			if (c < 0x20) {
				memcpy(esc, "\\u00", 4);
				esc[4] = hex[c >> 4];
				esc[5] = hex[c & 15];
				el = 6;
			} else {
				memcpy(esc, "\\ufffd", 6); /* invalid UTF-8 byte */
				el = 6;
			}
		}
		/* clang-format on */
		if (rl_buf_add(b, esc, el))
			return RL_ENOMEM;
		i++;
		run = i;
	}
	if (i > run && rl_buf_add(b, s + run, i - run))
		return RL_ENOMEM;
	return rl_buf_addc(b, '"');
}

int rl_jw_str(rl_buf *b, const char *s)
{
	return rl_jw_strn(b, s, s ? strlen(s) : 0);
}

int rl_jw_key(rl_buf *b, int *first, const char *key)
{
	int rc = 0;
	if (!*first)
		rc |= rl_buf_addc(b, ',');
	*first = 0;
	rc |= rl_jw_str(b, key);
	rc |= rl_buf_addc(b, ':');
	return rc ? RL_ENOMEM : 0;
}

int rl_jw_double(rl_buf *b, double v)
{
	char tmp[40];
	int n = snprintf(tmp, sizeof tmp, "%.15g", v);
	/* keep it a JSON number with a fraction so strict servers read a float */
	if (!strpbrk(tmp, ".eEn"))
		tmp[n++] = '.', tmp[n++] = '0', tmp[n] = '\0';
	return rl_buf_add(b, tmp, (size_t)n);
}

int rl_jw_value(rl_buf *b, const json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	int rc;
	if (!s)
		return RL_ENOMEM;
	rc = rl_buf_adds(b, s);
	free(s);
	return rc;
}

int rl_jw_extra_tail(rl_buf *b, int *first, const json_t *extra)
{
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)extra, k, v) {
		if (rl_jw_key(b, first, k) || rl_jw_value(b, v))
			return RL_ENOMEM;
	}
	return 0;
}

int rl_jw_parse_extra(const char *extra, json_t **out, rl_err *e)
{
	json_error_t je;
	*out = NULL;
	if (!extra || !*extra)
		return 0;
	*out = json_loads(extra, JSON_REJECT_DUPLICATES, &je);
	if (!*out || !json_is_object(*out)) {
		int was = *out != NULL;
		json_decref(*out);
		*out = NULL;
		return rl_err_set(
			e, RL_EINVAL,
			"extra body fields: %s at line %d col %d (expected a JSON object)",
			was ? "not an object" : je.text, je.line, je.column);
	}
	return 0;
}
