/* codec/jsonw.h: a minimal JSON writer used by the request encoders
 * (see jsonw.c for why not jansson). Every function appends to `b` and
 * returns 0 or RL_ENOMEM. Objects are written by the caller with '{' and
 * '}' and rl_jw_key, which inserts commas using `*first`. */
#ifndef RL_PROVIDER_JSONW_H
#define RL_PROVIDER_JSONW_H

#include <jansson.h>
#include <stdlib.h>

#include "redline/buf.h"
#include "redline/err.h"

/* A JSON string (quotes included); invalid UTF-8 bytes become U+FFFD. */
int rl_jw_strn(rl_buf *b, const char *s, size_t n);
int rl_jw_str(rl_buf *b, const char *s);
/* ,"key": (no comma before the first key of an object). */
int rl_jw_key(rl_buf *b, int *first, const char *key);
int rl_jw_double(rl_buf *b, double v);
/* Any jansson value, compact. */
int rl_jw_value(rl_buf *b, const json_t *v);
/* Parse extra body fields (NULL/"" -> *out NULL); RL_EINVAL with a message. */
int rl_jw_parse_extra(const char *extra, json_t **out, rl_err *e);
/* Append every member of `extra` as key:value pairs. */
int rl_jw_extra_tail(rl_buf *b, int *first, const json_t *extra);
/* 1 when `extra` overrides `key` (the writer then skips its own value). */
#define RL_JW_OVERRIDDEN(extra, key) ((extra) && json_object_get((extra), (key)))

#endif
