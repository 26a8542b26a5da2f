/* jsonr.c: a fast front end for parsing JSON text into jansson
 * values. jansson's lexer reads strings a character at a time through a
 * callback (about 20-50 MB/s here), and a model's answer is one long
 * string: decoding a 700-byte completion cost ~30 us, a third of the
 * transport's CPU budget per request. This parser copies plain runs of a
 * string at once and builds the same jansson tree (objects, arrays,
 * json_stringn_nocheck after its own UTF-8 check). It is strict: anything
 * it does not accept (odd numbers, deep nesting, \u0000, bad input)
 * returns NULL and the caller falls back to json_loadb, which then decides
 * and words the error. fuzz_openai_resp checks it against jansson. It lives
 * in base because the provider codecs, the action extractor and the guard
 * all parse model output with it. */
#include "base/jsonr.h"

#include <assert.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "redline/buf.h"

#define JR_MAX_DEPTH 256

typedef struct jr {
	const unsigned char *p, *end;
	int depth, maxd; /* maxd: the deepest depth reached (rl_json_valid_ix) */
	int nodup;       /* JSON_REJECT_DUPLICATES: a repeated key fails the parse */
	rl_buf tmp;      /* unescaped string scratch */
	rl_json_ix *ix;  /* rl_json_valid_ix: members and elements to record, or NULL */
	uint64_t ixmask; /* ix_hash buckets of ix's keys */
	unsigned char klen[RL_JSON_IX_MAXKEYS]; /* their lengths */
} jr;

/* JSON's four blanks, as a table: one load per byte (jr_ws runs before
 * and after every token, and nearly always stops at once) */
static const unsigned char jr_blank[256] = {['\t'] = 1, ['\n'] = 1, ['\r'] = 1, [' '] = 1};

static inline __attribute__((always_inline)) void jr_ws(jr *r)
{
	assert(r->p <= r->end); /* every step checks the end before it moves */
	while (r->p < r->end && jr_blank[*r->p])
		r->p++;
}

static size_t utf8_len(const unsigned char *p, size_t n)
{
	unsigned c = p[0];
	if (c < 0xC2 || c > 0xF4)
		return 0;
	if (c < 0xE0)
		return n >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c < 0xF0) {
		if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
			return 0;
		if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
			return 0;
		return 3;
	}
	if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
		return 0;
	if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
		return 0;
	return 4;
}

static int hex4(const unsigned char *p, unsigned *out)
{
	unsigned v = 0;
	int i;
	for (i = 0; i < 4; i++) {
		unsigned c = p[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	*out = v;
	return 0;
}

static int put_utf8(rl_buf *b, unsigned cp)
{
	char u[4];
	size_t n;
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | cp >> 6);
		u[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | cp >> 12);
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | cp >> 18);
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	return rl_buf_add(b, u, n);
}

/* SWAR: which of these 8 bytes end a plain run (< 0x20, '"', '\\' or
 * >= 0x80)? Each test's lowest flag is exact (a borrow runs only upward,
 * so a false flag sits above a true one), hence the mask's lowest set bit
 * is the first special byte, and a zero mask means all 8 are plain (a
 * model's answer is mostly such words). */
static inline uint64_t word_special(const unsigned char *p)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t x, q, b;
	memcpy(&x, p, 8);
	q = x ^ (ones * 0x22);
	b = x ^ (ones * 0x5c);
	return (((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((b - ones) & ~b) | x) & highs;
}

/* jr_plain[c]: c may be copied as is inside a string (printable ASCII
 * other than '"' and '\\'); everything else takes the slow path. */
#define JR_P8 1, 1, 1, 1, 1, 1, 1, 1
#define JR_Z8 0, 0, 0, 0, 0, 0, 0, 0
/* clang-format off */
static const unsigned char jr_plain[256] = {
	JR_Z8, JR_Z8, JR_Z8, JR_Z8,                         /* 0x00-0x1f: control */
	1, 1, 0, 1, 1, 1, 1, 1, JR_P8, JR_P8, JR_P8,        /* 0x20-0x3f, '"' */
	JR_P8, JR_P8, JR_P8, 1, 1, 1, 1, 0, 1, 1, 1,        /* 0x40-0x5f, '\\' */
	JR_P8, JR_P8, JR_P8, JR_P8,                         /* 0x60-0x7f */
	/* 0x80-0xff: zero (UTF-8 is checked on the slow path) */
};
/* clang-format on */

/* At '"': the string's bytes, unescaped, in (*s, *n) (pointing into the
 * input when it had no escapes, else into r->tmp). */
static int jr_string(jr *r, const char **s, size_t *n)
{
	const unsigned char *start, *q;
	int escaped = 0;

	if (r->p >= r->end || *r->p != '"')
		return -1;
	start = q = ++r->p;
	for (;;) {
		unsigned c;
		/* plain ASCII run: 8 bytes at a time while no byte is special, then
		 * one table load per byte (strings are most of a response's bytes) */
		while (r->end - q >= 8) {
			uint64_t m = word_special(q);
			if (m) {
#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
				q += __builtin_ctzll(m) >> 3; /* the first byte is the lowest */
#endif
				break;
			}
			q += 8;
		}
		while (q < r->end && jr_plain[*q])
			q++;
		if (q >= r->end)
			return -1;
		c = *q;
		if (c == '"')
			break;
		if (c < 0x20)
			return -1;
		if (c >= 0x80) {
			size_t k = utf8_len(q, (size_t)(r->end - q));
			if (!k)
				return -1;
			q += k;
			continue;
		}
		/* backslash */
		if (!escaped) {
			escaped = 1;
			rl_buf_reset(&r->tmp); /* only a string with an escape uses it */
			if (rl_buf_add(&r->tmp, start, (size_t)(q - start)))
				return -1;
		} else if (rl_buf_add(&r->tmp, start, (size_t)(q - start))) {
			return -1;
		}
		if (q + 1 >= r->end)
			return -1;
		switch (q[1]) {
		case '"': c = '"'; break;
		case '\\': c = '\\'; break;
		case '/': c = '/'; break;
		case 'b': c = '\b'; break;
		case 'f': c = '\f'; break;
		case 'n': c = '\n'; break;
		case 'r': c = '\r'; break;
		case 't': c = '\t'; break;
		case 'u': {
			unsigned cp, lo;
			if (r->end - q < 6 || hex4(q + 2, &cp))
				return -1;
			q += 6;
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (r->end - q < 6 || q[0] != '\\' || q[1] != 'u' ||
				    hex4(q + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
					return -1;
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				q += 6;
			} else if ((cp >= 0xDC00 && cp <= 0xDFFF) || cp == 0) {
				return -1; /* lone low surrogate; NUL (jansson refuses it) */
			}
			if (put_utf8(&r->tmp, cp))
				return -1;
			start = q;
			continue;
		}
		default: return -1;
		}
		if (rl_buf_addc(&r->tmp, (char)c))
			return -1;
		q += 2;
		start = q;
	}
	if (escaped) {
		if (rl_buf_add(&r->tmp, start, (size_t)(q - start)))
			return -1;
		*s = r->tmp.s;
		*n = r->tmp.len;
	} else {
		*s = (const char *)start;
		*n = (size_t)(q - start);
	}
	r->p = q + 1;
	return 0;
}

/* At a number: checks it as jansson would read it (grammar, no integer
 * overflow, no infinite real) and moves past it; the value goes to *iv or
 * *dv as *real says. Returns 0, or -1 when not accepted here. */
static int jr_number_scan(jr *r, int *realp, long long *iv, double *dv)
{
	const unsigned char *s = r->p, *q = s;
	int real = 0;
	char buf[64], *end;
	size_t n;

	if (q < r->end && *q == '-')
		q++;
	if (q >= r->end)
		return -1;
	if (*q == '0') {
		q++;
	} else if (*q >= '1' && *q <= '9') {
		while (q < r->end && *q >= '0' && *q <= '9')
			q++;
	} else {
		return -1;
	}
	if (q < r->end && *q == '.') {
		real = 1;
		q++;
		if (q >= r->end || *q < '0' || *q > '9')
			return -1;
		while (q < r->end && *q >= '0' && *q <= '9')
			q++;
	}
	if (q < r->end && (*q == 'e' || *q == 'E')) {
		real = 1;
		q++;
		if (q < r->end && (*q == '+' || *q == '-'))
			q++;
		if (q >= r->end || *q < '0' || *q > '9')
			return -1;
		while (q < r->end && *q >= '0' && *q <= '9')
			q++;
	}
	n = (size_t)(q - s);
	if (!real && n - (*s == '-') <= 18) {
		/* an integer of at most 18 digits cannot overflow: no strtoll
		 * (ids and counts are most of the numbers read) */
		const unsigned char *d = s + (*s == '-');
		long long v = 0;
		for (; d < q; d++)
			v = v * 10 + (*d - '0');
		*iv = *s == '-' ? -v : v;
		*realp = 0;
		r->p = q;
		return 0;
	}
	if (n >= sizeof buf)
		return -1; /* leave long numbers to jansson */
	memcpy(buf, s, n);
	buf[n] = '\0';
	errno = 0;
	*realp = real;
	if (!real) {
		*iv = strtoll(buf, &end, 10);
		if (errno || *end)
			return -1;
	} else {
		*dv = strtod(buf, &end);
		if (errno || *end)
			return -1;
	}
	r->p = q;
	return 0;
}

/* At 't', 'f' or 'n': past true, false or null; returns 1, 2 or 3 for
 * which, 0 when it is none of them. */
static int jr_literal(jr *r)
{
	static const struct {
		const char *s;
		size_t n;
	} lit[] = {{"true", 4}, {"false", 5}, {"null", 4}};
	int k = *r->p == 't' ? 0 : *r->p == 'f' ? 1 : 2;
	if ((size_t)(r->end - r->p) >= lit[k].n && !memcmp(r->p, lit[k].s, lit[k].n)) {
		r->p += lit[k].n;
		return k + 1;
	}
	return 0;
}

static json_t *jr_number(jr *r)
{
	int real;
	long long iv = 0;
	double dv = 0;
	if (jr_number_scan(r, &real, &iv, &dv))
		return NULL;
	return real ? json_real(dv) : json_integer((json_int_t)iv);
}

/* jr_value without the value: accepts what jr_value accepts and builds
 * nothing. With r->nodup, a repeated key fails as in jr_value; to stay
 * cheap it compares keys as written, so an object with more than 32 keys
 * or an escaped key is "not accepted here" (-1: the caller's fallback,
 * a real parse, decides). */
/* A member name's bucket in jr.ixmask: most names are no key at all, and
 * one test of length and first byte turns them away. */
static unsigned ix_hash(size_t n, const char *s)
{
	return (unsigned)((n * 7 + (n ? (unsigned char)s[0] : 0)) & 63);
}

/* The index of key (s, n) in r->ix's keys, or -1. */
static int ix_key(const jr *r, const char *s, size_t n)
{
	size_t i;
	if (!((r->ixmask >> ix_hash(n, s)) & 1))
		return -1;
	for (i = 0; i < r->ix->nk; i++)
		if (r->klen[i] == n && !memcmp(r->ix->keys[i], s, n))
			return (int)i;
	return -1;
}

/* Record (in, key, v..r->p) in r->ix; -1 when out of memory. The first
 * entries go in the record's own array (no allocation for a response). */
static int ix_add(jr *r, const unsigned char *in, int key, const unsigned char *v)
{
	rl_json_ix *ix = r->ix;
	if (!ix->v) {
		ix->v = ix->inl;
		ix->cap = sizeof ix->inl / sizeof *ix->inl;
	}
	if (ix->n == ix->cap) {
		size_t nc = ix->cap * 2;
		rl_json_ixe *nv = ix->v == ix->inl ? malloc(nc * sizeof *nv)
						   : realloc(ix->v, nc * sizeof *nv);
		if (!nv)
			return -1;
		if (ix->v == ix->inl)
			memcpy(nv, ix->inl, sizeof ix->inl);
		ix->v = nv;
		ix->cap = nc;
	}
	ix->v[ix->n].in = (const char *)in;
	ix->v[ix->n].key = key;
	ix->v[ix->n].v = (const char *)v;
	ix->v[ix->n].vn = (size_t)(r->p - v);
	ix->n++;
	return 0;
}

static int jr_skip_rec(jr *r, int elems);

static int jr_skip(jr *r)
{
	return jr_skip_rec(r, 0);
}

/* elems: the value is an indexed member's, so an array's elements are
 * recorded too (r->ix set). */
static int jr_skip_rec(jr *r, int elems)
{
	const char *s;
	size_t n;
	int real;
	long long iv;
	double dv;

	jr_ws(r);
	if (r->p >= r->end)
		return -1;
	switch (*r->p) {
	case '"': return jr_string(r, &s, &n);
	case '{':
	case '[': {
		int obj = *r->p == '{', key = -1;
		const unsigned char *at = r->p, *v0;
		struct {
			const unsigned char *s;
			size_t n;
		} keys[32];
		size_t nkeys = 0, i;
		assert(r->depth >= 0); /* one decrement per container closed */
		if (++r->depth > JR_MAX_DEPTH)
			return -1;
		if (r->depth > r->maxd)
			r->maxd = r->depth;
		r->p++;
		jr_ws(r);
		if (r->p < r->end && *r->p == (obj ? '}' : ']')) {
			r->p++;
			r->depth--;
			return 0;
		}
		for (;;) {
			jr_ws(r);
			if (obj) {
				const unsigned char *k0 = r->p + 1;
				int esc;
				if (jr_string(r, &s, &n))
					return -1;
				/* an unescaped key is its own text (no control byte,
				 * so no NUL); an escaped one was decoded into r->tmp */
				esc = s != (const char *)k0;
				if (esc && memchr(s, '\0', n))
					return -1;
				if (r->nodup) {
					size_t kn = (size_t)(r->p - 1 - k0);
					if (nkeys == 32 || esc)
						return -1;
					for (i = 0; i < nkeys; i++)
						if (keys[i].n == kn && !memcmp(keys[i].s, k0, kn))
							return -1;
					keys[nkeys].s = k0;
					keys[nkeys++].n = kn;
				}
				if (r->ix)
					key = ix_key(r, s, n);
				jr_ws(r);
				if (r->p >= r->end || *r->p != ':')
					return -1;
				r->p++;
			}
			jr_ws(r);
			v0 = r->p;
			if (jr_skip_rec(r, key >= 0))
				return -1;
			if (obj ? key >= 0 && ix_add(r, at, key, v0)
				: elems && ix_add(r, at, -1, v0))
				return -1;
			jr_ws(r);
			if (r->p < r->end && *r->p == ',') {
				r->p++;
				continue;
			}
			if (r->p < r->end && *r->p == (obj ? '}' : ']')) {
				r->p++;
				r->depth--;
				return 0;
			}
			return -1;
		}
	}
	case 't':
	case 'f':
	case 'n': return jr_literal(r) ? 0 : -1;
	default: return jr_number_scan(r, &real, &iv, &dv);
	}
}

static json_t *jr_value(jr *r)
{
	const char *s;
	size_t n;

	jr_ws(r);
	if (r->p >= r->end)
		return NULL;
	switch (*r->p) {
	case '"':
		if (jr_string(r, &s, &n))
			return NULL;
		return json_stringn_nocheck(s, n);
	case '{': {
		json_t *o;
		if (++r->depth > JR_MAX_DEPTH || !(o = json_object()))
			return NULL;
		r->p++;
		jr_ws(r);
		if (r->p < r->end && *r->p == '}') {
			r->p++;
			r->depth--;
			return o;
		}
		for (;;) {
			/* keys are short: a stack copy (the value's parse reuses
			 * r->tmp, so an escaped key must be copied) saves a
			 * malloc and free per member */
			char kbuf[96], *key = kbuf;
			json_t *v;
			jr_ws(r);
			if (jr_string(r, &s, &n) || memchr(s, '\0', n) ||
			    (n >= sizeof kbuf && !(key = malloc(n + 1)))) {
				json_decref(o);
				return NULL;
			}
			memcpy(key, s, n);
			key[n] = '\0';
			jr_ws(r);
			if (r->p >= r->end || *r->p != ':' || (r->p++, !(v = jr_value(r)))) {
				if (key != kbuf)
					free(key);
				json_decref(o);
				return NULL;
			}
			if (r->nodup && json_object_get(o, key)) {
				json_decref(v);
				v = NULL;
			}
			if (!v || json_object_set_new_nocheck(o, key, v)) { /* set_new took v */
				if (key != kbuf)
					free(key);
				json_decref(o);
				return NULL;
			}
			if (key != kbuf)
				free(key);
			jr_ws(r);
			if (r->p < r->end && *r->p == ',') {
				r->p++;
				continue;
			}
			if (r->p < r->end && *r->p == '}') {
				r->p++;
				r->depth--;
				return o;
			}
			json_decref(o);
			return NULL;
		}
	}
	case '[': {
		json_t *a;
		if (++r->depth > JR_MAX_DEPTH || !(a = json_array()))
			return NULL;
		r->p++;
		jr_ws(r);
		if (r->p < r->end && *r->p == ']') {
			r->p++;
			r->depth--;
			return a;
		}
		for (;;) {
			json_t *v = jr_value(r);
			if (!v || json_array_append_new(a, v)) {
				json_decref(a);
				return NULL;
			}
			jr_ws(r);
			if (r->p < r->end && *r->p == ',') {
				r->p++;
				continue;
			}
			if (r->p < r->end && *r->p == ']') {
				r->p++;
				r->depth--;
				return a;
			}
			json_decref(a);
			return NULL;
		}
	}
	case 't':
	case 'f':
	case 'n':
		switch (jr_literal(r)) {
		case 1: return json_true();
		case 2: return json_false();
		case 3: return json_null();
		default: return NULL;
		}
	default: return jr_number(r);
	}
}

json_t *rl_json_fast_parse(const char *s, size_t n)
{
	return rl_json_fast_parse_flags(s, n, 0);
}

json_t *rl_json_fast_parse_flags(const char *s, size_t n, size_t flags)
{
	jr r;
	json_t *v;
	r.p = (const unsigned char *)s;
	r.end = r.p + n;
	r.depth = 0;
	r.nodup = (flags & JSON_REJECT_DUPLICATES) != 0;
	r.ix = NULL;
	rl_buf_init(&r.tmp);
	v = jr_value(&r);
	jr_ws(&r);
	if (v && r.p != r.end) {
		json_decref(v);
		v = NULL;
	}
	rl_buf_free(&r.tmp);
	return v;
}

/* ---- reading JSON text in place ----
 * For text rl_json_valid accepted: members and elements found by skipping
 * (re-checked as they are skipped: never trusted blindly), strings decoded
 * on demand, nothing built. */

int rl_json_valid(const char *s, size_t n, size_t flags)
{
	return rl_json_valid_ix(s, n, flags, NULL);
}

int rl_json_valid_ix(const char *s, size_t n, size_t flags, rl_json_ix *ix)
{
	jr r;
	int ok;
	r.p = (const unsigned char *)s;
	r.end = r.p + n;
	r.depth = r.maxd = 0;
	r.nodup = (flags & JSON_REJECT_DUPLICATES) != 0;
	r.ix = ix;
	r.ixmask = 0;
	if (ix) {
		size_t i;
		assert(ix->nk <= RL_JSON_IX_MAXKEYS);
		ix->n = 0;
		for (i = 0; i < ix->nk; i++) {
			size_t kl = strlen(ix->keys[i]);
			assert(kl < 255); /* the contract: klen holds it */
			r.klen[i] = (unsigned char)kl;
			r.ixmask |= 1ull << ix_hash(kl, ix->keys[i]);
		}
	}
	rl_buf_init(&r.tmp);
	ok = jr_skip(&r) == 0;
	jr_ws(&r);
	ok = ok && r.p == r.end;
	rl_buf_free(&r.tmp);
	if (ix)
		ix->depth = (size_t)r.maxd;
	return ok;
}

void rl_json_ix_free(rl_json_ix *ix)
{
	if (ix->v != ix->inl)
		free(ix->v);
	ix->v = NULL;
	ix->n = ix->cap = 0;
}

int rl_json_ix_getn(const rl_json_ix *ix, const char *obj, const int *keys, size_t nk,
		    const char **out, size_t *outn)
{
	size_t i, k;
	int found = 0;
	for (k = 0; k < nk; k++) {
		out[k] = NULL;
		outn[k] = 0;
	}
	for (i = 0; i < ix->n; i++) {
		const rl_json_ixe *x = &ix->v[i];
		if (x->in != obj || x->key < 0)
			continue;
		for (k = 0; k < nk; k++)
			if (keys[k] == x->key) { /* the last one wins, as in a jansson tree */
				found += out[k] == NULL;
				out[k] = x->v;
				outn[k] = x->vn;
			}
	}
	return found;
}

int rl_json_ix_elem(const rl_json_ix *ix, const char *arr, size_t *pos, const char **out,
		    size_t *outn)
{
	size_t i;
	for (i = *pos; i < ix->n; i++)
		if (ix->v[i].in == arr && ix->v[i].key < 0) {
			*out = ix->v[i].v;
			*outn = ix->v[i].vn;
			*pos = i + 1;
			return 1;
		}
	*pos = ix->n;
	return 0;
}

/* Past the string whose opening quote is at p[-1]: the first '"' not
 * escaped by an odd run of backslashes. Text already validated: no
 * decoding, no UTF-8 checks. */
static const char *jn_str_end(const char *p, const char *end)
{
	for (;;) {
		const char *q = memchr(p, '"', (size_t)(end - p)), *b;
		if (!q)
			return end;
		for (b = q; b > p && b[-1] == '\\'; b--)
			;
		if (((q - b) & 1) == 0)
			return q + 1;
		p = q + 1;
	}
}

static const char *jn_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
		p++;
	return p;
}

/* Past the value at p, in validated text: strings by memchr, containers
 * by depth, scalars to the next delimiter. Re-reading validated text this
 * way costs a fraction of jr_skip, which matters because each lookup
 * below walks its object again. */
static const char *jn_skip(const char *p, const char *end)
{
	int depth = 0;
	if (p >= end)
		return end;
	if (*p == '"')
		return jn_str_end(p + 1, end);
	if (*p != '{' && *p != '[') {
		while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' &&
		       *p != '\r' && *p != '\t')
			p++;
		return p;
	}
	while (p < end) {
		char c = *p;
		if (c == '"') {
			p = jn_str_end(p + 1, end);
			continue;
		}
		if (c == '{' || c == '[')
			depth++;
		else if ((c == '}' || c == ']') && --depth == 0)
			return p + 1;
		p++;
	}
	return end;
}

/* Whether the key whose text (between its quotes) is (k, kn) equals
 * `key`; escaped keys are decoded to compare. */
static int jn_key_is(const char *k, size_t kn, const char *key, size_t kl)
{
	jr r;
	const char *s;
	size_t n;
	int eq;
	if (!memchr(k, '\\', kn))
		return kn == kl && !memcmp(k, key, kl);
	r.p = (const unsigned char *)k - 1;
	r.end = (const unsigned char *)k + kn + 1;
	r.depth = 0;
	r.nodup = 0;
	r.ix = NULL;
	rl_buf_init(&r.tmp);
	eq = !jr_string(&r, &s, &n) && n == kl && !memcmp(s, key, kl);
	rl_buf_free(&r.tmp);
	return eq;
}

int rl_json_getn(const char *v, size_t vn, const char *const *keys, size_t nk, const char **out,
		 size_t *outn)
{
	const char *p = v, *end = v + vn;
	size_t i;
	int found = 0;
	for (i = 0; i < nk; i++) {
		out[i] = NULL;
		outn[i] = 0;
	}
	p = jn_ws(p, end);
	if (p >= end || *p != '{')
		return 0;
	p = jn_ws(p + 1, end);
	while (p < end && *p == '"') {
		const char *k = p + 1, *ke = jn_str_end(k, end), *v0;
		size_t match = nk;
		for (i = 0; i < nk && match == nk; i++)
			if (ke > k && jn_key_is(k, (size_t)(ke - 1 - k), keys[i], strlen(keys[i])))
				match = i;
		p = jn_ws(ke, end);
		if (p >= end || *p != ':')
			break;
		v0 = p = jn_ws(p + 1, end);
		p = jn_skip(p, end);
		if (match < nk) { /* keep going: the last one wins, as in a jansson tree */
			found += out[match] == NULL;
			out[match] = v0;
			outn[match] = (size_t)(p - v0);
		}
		p = jn_ws(p, end);
		if (p >= end || *p != ',')
			break;
		p = jn_ws(p + 1, end);
	}
	return found;
}

int rl_json_get(const char *v, size_t vn, const char *key, const char **out, size_t *outn)
{
	return rl_json_getn(v, vn, &key, 1, out, outn) > 0;
}

int rl_json_elem(const char *v, size_t vn, size_t *pos, const char **out, size_t *outn)
{
	const char *p = v + *pos, *end = v + vn;
	if (*pos == 0) { /* at the '[' */
		p = jn_ws(p, end);
		if (p >= end || *p != '[')
			return 0;
		p++;
	}
	p = jn_ws(p, end);
	if (p < end && *p == ',')
		p = jn_ws(p + 1, end);
	if (p >= end || *p == ']')
		return 0;
	*out = p;
	p = jn_skip(p, end);
	*outn = (size_t)(p - *out);
	*pos = (size_t)(p - v);
	return 1;
}

int rl_json_member(const char *v, size_t vn, size_t *pos, const char **key, size_t *keyn,
		   const char **out, size_t *outn)
{
	const char *p = v + *pos, *end = v + vn, *k, *ke;
	if (*pos == 0) { /* at the '{' */
		p = jn_ws(p, end);
		if (p >= end || *p != '{')
			return 0;
		p++;
	}
	p = jn_ws(p, end);
	if (p < end && *p == ',')
		p = jn_ws(p + 1, end);
	if (p >= end || *p != '"')
		return 0;
	k = p + 1;
	ke = jn_str_end(k, end);
	p = jn_ws(ke, end);
	if (ke <= k || p >= end || *p != ':')
		return 0;
	*key = k;
	*keyn = (size_t)(ke - 1 - k);
	*out = p = jn_ws(p + 1, end);
	p = jn_skip(p, end);
	*outn = (size_t)(p - *out);
	*pos = (size_t)(p - v);
	return 1;
}

int rl_json_unquote(const char *v, size_t vn, rl_buf *out)
{
	jr r;
	const char *s;
	size_t n;
	int rc = -1;
	r.p = (const unsigned char *)v;
	r.end = r.p + vn;
	r.depth = 0;
	r.nodup = 0;
	r.ix = NULL;
	rl_buf_init(&r.tmp);
	jr_ws(&r);
	if (r.p < r.end && *r.p == '"' && !jr_string(&r, &s, &n) && !memchr(s, '\0', n)) {
		rl_buf_reset(out);
		rc = rl_buf_add(out, s, n) ? -1 : 0;
	}
	rl_buf_free(&r.tmp);
	return rc;
}

const char *rl_json_nul_to_fffd(const char *s, size_t n, rl_buf *out)
{
	const char *p = n >= 6 ? memmem(s, n, "\\u0000", 6) : NULL;
	size_t i;
	if (!p)
		return s;
	rl_buf_reset(out);
	if (rl_buf_add(out, s, n))
		return NULL;
	/* Backslashes pair with the character after them (outside strings a
	 * backslash is invalid JSON anyway), so a scan by pairs finds exactly
	 * the escapes. */
	for (i = 0; i + 1 < n; i++) {
		if (out->s[i] != '\\')
			continue;
		if (out->s[i + 1] == 'u' && i + 6 <= n && !memcmp(out->s + i + 2, "0000", 4))
			memcpy(out->s + i + 2, "fffd", 4);
		i++;
	}
	return out->s;
}

/* ---- compact flat objects of printable ASCII ---- */

/* Printable ASCII other than '"' and '\\' up to the closing quote; p at
 * the first byte after the opening one. Past the closing quote, or NULL. */
static const char *flat_str(const char *p, const char *end)
{
	while (p < end && jr_plain[(unsigned char)*p])
		p++;
	return p < end && *p == '"' ? p + 1 : NULL;
}

/* A value of the form; p at its first byte. Past it, or NULL. */
static const char *flat_val(const char *p, const char *end)
{
	const char *d;
	if (p >= end)
		return NULL;
	if (*p == '"')
		return flat_str(p + 1, end);
	if (end - p >= 4 && !memcmp(p, "true", 4))
		return p + 4;
	if (end - p >= 5 && !memcmp(p, "false", 5))
		return p + 5;
	d = p + (*p == '-');
	if (d >= end || *d < '0' || *d > '9')
		return NULL;
	if (*d == '0')
		return d == p && (d + 1 >= end || d[1] < '0' || d[1] > '9') ? d + 1 : NULL;
	for (p = d; p < end && *p >= '0' && *p <= '9'; p++)
		;
	return p - d <= 18 ? p : NULL;
}

int rl_json_flat(const char *s, size_t n, size_t max)
{
	const char *p = s, *end = s + n, *k[RL_JSON_FLAT_MAX];
	size_t kl[RL_JSON_FLAT_MAX], m = 0, i;
	if (max > RL_JSON_FLAT_MAX)
		max = RL_JSON_FLAT_MAX;
	if (n < 2 || *p != '{')
		return -1;
	p++;
	if (*p == '}')
		return p + 1 == end ? 0 : -1;
	for (;;) {
		const char *q;
		if (p >= end || *p != '"' || m == max || !(q = flat_str(p + 1, end)))
			return -1;
		k[m] = p + 1;
		kl[m] = (size_t)(q - p - 2);
		for (i = 0; i < m; i++)
			if (kl[i] == kl[m] && !memcmp(k[i], k[m], kl[m]))
				return -1; /* a key twice */
		m++;
		if (q >= end || *q != ':' || !(p = flat_val(q + 1, end)) || p >= end)
			return -1;
		if (*p == '}')
			return p + 1 == end ? (int)m : -1;
		if (*p++ != ',')
			return -1;
	}
}

int rl_json_flat_next(const char *s, size_t n, size_t *pos, const char **key, size_t *keyn,
		      const char **v, size_t *vn)
{
	const char *p = s + *pos, *end = s + n, *q;
	if (*pos == 0)
		p++; /* past '{' */
	if (p >= end || *p != '"')
		return 0;
	q = memchr(p + 1, '"', (size_t)(end - p - 1)); /* no escapes in the form */
	*key = p + 1;
	*keyn = (size_t)(q - p - 1);
	*v = q + 2;
	q = flat_val(q + 2, end);
	*vn = (size_t)(q - *v);
	*pos = (size_t)(q + 1 - s); /* past ',' or '}' */
	return 1;
}
