/* pack/vars.h: variable files (Markdown with `## Section` headings, each
 * followed by a fenced ```json object of string variables), internal to
 * the pack module and exposed to its tests and fuzz target.
 *
 * Ownership: an rl_varfile owns all its strings; rl_varfile_free. */
#ifndef RL_PACK_VARS_H
#define RL_PACK_VARS_H

#include <stddef.h>

#include "redline/err.h"

typedef struct rl_kv {
	char *k;
	char *v;
} rl_kv;

typedef struct rl_varsec {
	char *name;    /* heading text, trimmed */
	char *norm;    /* lowercase, spaces and '-' -> '_' (the original's key) */
	unsigned line; /* heading line */
	rl_kv *kv;     /* in file order */
	size_t nkv;
} rl_varsec;

typedef struct rl_varfile {
	char *path; /* as given (used in messages) */
	rl_varsec *secs;
	size_t nsecs;
} rl_varfile;

/* Parse `n` bytes named `path`. Strict: every `## ` heading must be
 * followed (after blank lines) by a ```json fence closed by a ``` line,
 * holding an object of string values with unique keys; headings unique.
 * Errors: "path:line:col: what was expected". */
int rl_varfile_parse(const char *path, const char *data, size_t n, rl_varfile *out, rl_err *e);
void rl_varfile_free(rl_varfile *f);

/* Section by exact heading or normalized name, or NULL. */
const rl_varsec *rl_varfile_section(const rl_varfile *f, const char *name);
/* Normalize a heading as the original did (into a malloc'ed string). */
char *rl_varsec_normalize(const char *name);
/* Value of `key` (len bytes) in the section, or NULL. */
const char *rl_varsec_get(const rl_varsec *s, const char *key, size_t len);

#endif
