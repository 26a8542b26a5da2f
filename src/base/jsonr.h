/* base/jsonr.h: a fast, strict JSON parser producing jansson values
 * (jsonr.c), for model output on hot paths: response bodies, tool-call
 * arguments, the guard's requests. It accepts a subset of what json_loadb
 * accepts and builds the same tree; NULL means "not accepted here": call
 * json_loadb, which decides and words the error.
 * Ownership: the caller owns the returned value (json_decref). */
#ifndef RL_BASE_JSONR_H
#define RL_BASE_JSONR_H

#include <jansson.h>
#include <stddef.h>

#include "redline/buf.h"

json_t *rl_json_fast_parse(const char *s, size_t n);
/* The same with jansson's JSON_REJECT_DUPLICATES honoured (the only flag
 * it reads): a repeated key returns NULL, and json_loadb words the error. */
json_t *rl_json_fast_parse_flags(const char *s, size_t n, size_t flags);

/* Reading JSON text in place, for text rl_json_valid accepted (the same
 * text rl_json_fast_parse accepts), without a tree: for hot paths that need
 * a few members of a large document (the guard reads a request's "model",
 * "stream" and last message, and a response's calls and text).
 * - rl_json_get: the value of member `key` of the object at (v, vn), the
 *   last one when repeated (as in a jansson tree); 1 found, 0 not (or not
 *   an object).
 * - rl_json_elem: the next element of the array at (v, vn); *pos starts at
 *   0 and is advanced; 1 found, 0 at the end.
 * - rl_json_unquote: the string at (v, vn), unescaped, into `out` (reset
 *   first); 0, or -1 when not a string (or it holds a NUL, which jansson
 *   refuses). */
int rl_json_valid(const char *s, size_t n, size_t flags); /* JSON_REJECT_DUPLICATES or 0 */
int rl_json_get(const char *v, size_t vn, const char *key, const char **out, size_t *outn);
/* rl_json_get for several keys in one pass over the object: out[i] is
 * NULL for a key not there; returns how many were found. */
int rl_json_getn(const char *v, size_t vn, const char *const *keys, size_t nk, const char **out,
		 size_t *outn);
int rl_json_elem(const char *v, size_t vn, size_t *pos, const char **out, size_t *outn);
int rl_json_unquote(const char *v, size_t vn, rl_buf *out);

/* JSON text with every \u0000 escape written \ufffd (same length), for
 * model answers: jansson refuses U+0000 and every string downstream is a
 * C string, so a NUL becomes U+FFFD (visible, never cutting the text
 * short) instead of failing the answer. Returns `s` unchanged when it has
 * no such escape, else the rewritten copy in `out` (reset first); NULL
 * when out of memory. An escaped backslash before "u0000" is not one. */
const char *rl_json_nul_to_fffd(const char *s, size_t n, rl_buf *out);

#endif
