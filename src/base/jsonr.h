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
 *   0 and is advanced; 1 found, 0 at the end (rl_json_member, below, is
 *   the same for an object's members).
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
/* The next member of the object at (v, vn), in document order: its name
 * as written between the quotes (escapes not decoded: compare through
 * rl_json_unquote when it holds a backslash) and its value; *pos starts
 * at 0 and is advanced; 1 found, 0 at the end. */
int rl_json_member(const char *v, size_t vn, size_t *pos, const char **key, size_t *keyn,
		   const char **out, size_t *outn);

/* Validating and finding members in one pass, for a reader that takes a
 * few members at known places of a document it must validate anyway (the
 * guard's response reader): rl_json_valid_ix is rl_json_valid, and on the
 * way it records, in document order, every member whose name is one of
 * ix->keys (in any object, with the position of the object's '{'), and
 * the elements of every array that is such a member's value (with the
 * array's '['). The lookups then read the record, not the text:
 * - rl_json_ix_getn: rl_json_getn of the object at `obj` (a pointer into
 *   the validated text, as a lookup returned it), keys given as indexes
 *   into ix->keys; the last one wins when repeated;
 * - rl_json_ix_elem: rl_json_elem of the array at `arr`, *pos from 0.
 * Only members and elements recorded are found. ix->keys and ix->nk are
 * the caller's (at most RL_JSON_IX_MAXKEYS, each shorter than 255 bytes);
 * rl_json_ix_free releases the record. Initialise with RL_JSON_IX_INIT. */
#define RL_JSON_IX_MAXKEYS 32
typedef struct rl_json_ixe {
	const char *in; /* the holding object's '{' or array's '[' */
	int key;        /* index into keys, or -1 for an array element */
	const char *v;  /* the value's text */
	size_t vn;
} rl_json_ixe;
typedef struct rl_json_ix {
	const char *const *keys;
	size_t nk;
	rl_json_ixe *v; /* inl, or allocated when inl overflowed */
	size_t n, cap;
	rl_json_ixe inl[32];
	/* set by rl_json_valid_ix when the text is valid: the deepest nesting
	 * of arrays and objects (a top-level object is 1) */
	size_t depth;
} rl_json_ix;
#define RL_JSON_IX_INIT(keys, nk)                                                                  \
	{                                                                                          \
		(keys), (nk), NULL, 0, 0,                                                          \
		{                                                                                  \
			{                                                                          \
				NULL, 0, NULL, 0                                                   \
			}                                                                          \
		}                                                                                  \
	}
int rl_json_valid_ix(const char *s, size_t n, size_t flags, rl_json_ix *ix);
int rl_json_ix_getn(const rl_json_ix *ix, const char *obj, const int *keys, size_t nk,
		    const char **out, size_t *outn);
int rl_json_ix_elem(const rl_json_ix *ix, const char *arr, size_t *pos, const char **out,
		    size_t *outn);
void rl_json_ix_free(rl_json_ix *ix);

/* A compact flat object of printable ASCII: exactly '{', members
 * "key":value joined by ',' and '}', no whitespace anywhere, every key and
 * string value printable ASCII other than '"' and '\\' (so no escapes:
 * every encoder writes them as they are, and their text is their value),
 * each value a string, true, false, or an integer of at most 18 digits in
 * its one canonical form (no "-0"), no key twice, at most `max` members
 * (and RL_JSON_FLAT_MAX). Such text is valid JSON. Returns the member
 * count, or -1 when (s, n) is not exactly of that form. Hot paths take
 * it without a parser (the guard's MCP tool calls: arguments such as
 * {"path":"notes/weekly.md"}); anything else goes their usual way.
 * rl_json_flat_next walks the members of text rl_json_flat accepted: *pos
 * from 0; the key without its quotes, the value as written (a string
 * with its quotes); 1, or 0 at the end. */
#define RL_JSON_FLAT_MAX 64
int rl_json_flat(const char *s, size_t n, size_t max);
int rl_json_flat_next(const char *s, size_t n, size_t *pos, const char **key, size_t *keyn,
		      const char **v, size_t *vn);

/* JSON text with every \u0000 escape written \ufffd (same length), for
 * model answers: jansson refuses U+0000 and every string downstream is a
 * C string, so a NUL becomes U+FFFD (visible, never cutting the text
 * short) instead of failing the answer. Returns `s` unchanged when it has
 * no such escape, else the rewritten copy in `out` (reset first); NULL
 * when out of memory. An escaped backslash before "u0000" is not one. */
const char *rl_json_nul_to_fffd(const char *s, size_t n, rl_buf *out);

#endif
