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

/* Without building anything: check that (s, n) is one JSON object that
 * rl_json_fast_parse would accept, calling `fn` for each member with its
 * key (unescaped; "" with kn 0 when 96 bytes or longer), its value's raw
 * text and, when the value is a non-empty array, its last element's raw
 * text (else NULL). A non-zero return from `fn` stops the scan. Returns 0
 * when all of it was accepted, -1 otherwise (the caller falls back to a
 * parse that words the error). For hot paths that need a few members of a
 * large document: the guard reads "model", "stream" and the last message
 * of a whole conversation, which it used to build a tree of. */
typedef int (*rl_json_member_fn)(void *ud, const char *key, size_t kn, const char *v, size_t vn,
				 const char *last, size_t lastn);
int rl_json_object_scan(const char *s, size_t n, rl_json_member_fn fn, void *ud);

/* Reading JSON text in place, for text rl_json_valid accepted (the same
 * text rl_json_fast_parse accepts), without a tree:
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
int rl_json_elem(const char *v, size_t vn, size_t *pos, const char **out, size_t *outn);
int rl_json_unquote(const char *v, size_t vn, rl_buf *out);

#endif
