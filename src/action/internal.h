/* action/internal.h: what the files of the action module share (internal
 * to src/action; the public face is redline/action.h). One file per
 * concept:
 *   action.c   the public entry points and the builder (actions, fields,
 *              limits)
 *   text.c     one text: reasoning regions, tag blocks and where they
 *              stand (quoted, reasoning, ambiguous), JSON written in text
 *   tags.c     one tag block's fields (the tolerant tag-format parser)
 *   native.c   JSON tool calls (native calls and JSON in text)
 *   calls.c    tool calls written as function calls (`name(key="v")`)
 *   decode.c   answers that went through one more encoder (HTML, JSON)
 *   scan.c     the tag recognisers (action/scan.h)
 * Cross-file internals carry the ac_ prefix; everything else stays static. */
#ifndef RL_ACTION_INTERNAL_H
#define RL_ACTION_INTERNAL_H

#include "redline/action.h"

#include <jansson.h>
#include <stddef.h>

#include "action/scan.h"
#include "base/util.h"

#define RL_ACTION_TEXT_MAX ((size_t)64 << 20) /* per text */
#define RL_ACTION_MAX 4096                    /* actions per transcript */
#define RL_FIELD_MAX 64                       /* fields per action */
#define RL_JSON_TRIES 64                      /* JSON-in-text parse attempts per text */
#define RL_JSON_WINDOW ((size_t)1 << 20)      /* bytes one attempt may read */
#define RL_JSON_DEPTH 32
#define RL_REGION_MAX 1024
/* Work (bytes walked) all tag blocks of one text may cost: an unclosed
 * block reads on to the next tag at a line start, so thousands of
 * unclosed openings in mid-sentence would each read the rest of the text
 * (quadratic). Far above any real transcript's cost (each block walks
 * its own lines once); past it, what is left is skipped and the result
 * `truncated`. */
#define RL_BLOCK_WORK(n) (((size_t)16 << 20) + 8 * (size_t)(n))

/* Builder state for one extraction. */
typedef struct {
	rl_actions *out;
	size_t cap;
	rl_arena *ar;
	int oom;
	const char *trunc; /* the first limit that skipped something */
	size_t work;       /* what tag blocks of this text may still cost */
} ac_builder;

/* Limits never skip silently: what they skip makes the result
 * `truncated`, and consumers fail closed on it (redline/action.h). */
void ac_truncated(ac_builder *b, const char *why);

typedef struct {
	rl_field f[RL_FIELD_MAX];
	size_t n;
} ac_fieldset;

static inline int ac_is_hspace(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* ---------- the builder (action.c) ---------- */

/* A copy of s[0..n) in the arena, lower-cased, ' ' and '-' as '_'. */
char *ac_lower_dup(rl_arena *ar, const char *s, size_t n);
/* A new zeroed action, or NULL (out of memory: b->oom; or over the
 * action limit: truncated). */
rl_action *ac_push_action(ac_builder *b);
/* Copy the fields into the arena as the action's fields. */
int ac_commit_fields(ac_builder *b, rl_action *a, const ac_fieldset *fs);
/* Add one field (name lower-cased; value copied, vstart/vend its raw
 * span in the source, verbatim when the value is those bytes). */
void ac_field_add(ac_builder *b, ac_fieldset *fs, const char *name, size_t nlen, const char *val,
		  size_t vlen, size_t vstart, size_t vend, int verbatim);

/* ---------- JSON tool calls (native.c) ---------- */

/* The native calls the guard writes (an array of {"id", "type",
 * "function": {"name", "arguments": {...}}} whose arguments are strings,
 * booleans and plain integers) read in place, without a tree: 1 when
 * `s` is exactly that and its actions were added, as ac_walk_native adds
 * them from the tree; 0 when it is anything else (nothing added: the
 * tree reader's). `checked`: the caller knows `s` is valid JSON with no
 * duplicate keys (rl_actions_extract_checked), so it is not validated. */
int ac_native_inplace(ac_builder *b, const char *s, size_t n, int checked);

/* If `o` is a tool call in one of the shapes we know, return its name and
 * arguments (an object, or a JSON string holding one, then parsed into
 * *owned, which the caller json_decref()s). */
const char *ac_tool_shape(json_t *o, json_t **args, json_t **owned);
/* One text field per key of obj (except skip1). */
void ac_fields_from_object(ac_builder *b, ac_fieldset *fs, json_t *obj, const char *skip1);
/* Add `o` as an action if it is a tool call; returns whether it has a
 * tool call's shape (even when nothing is added). */
int ac_add_json_action(ac_builder *b, json_t *o, int source, int origin, size_t start, size_t end,
		       int in_reasoning);
/* Every tool call in a JSON value: the native calls, or a JSON value
 * written in text (then each call gets the value's span). */
typedef struct {
	int source, origin, in_reasoning;
	size_t start, end;
} ac_walk_at;
/* Every tool call in v, at most *budget values deep-first, depth bounded. */
void ac_walk_native(ac_builder *b, json_t *v, int depth, size_t *budget, const ac_walk_at *at);

/* ---------- the tag format (tags.c) and one text (text.c) ---------- */

/* Parse one tag block whose open tag is `ot`. Fills fields and returns the
 * end of the block; *closed says whether the closing tag was found. */
size_t ac_parse_block(ac_builder *b, const char *s, size_t n, const rl_tag *ot, ac_fieldset *fs,
		      int *closed);
/* Tool calls written as function calls, one per line they start
 * (calls.c); the caller places them (reasoning, quoted, template). */
void ac_scan_calls(ac_builder *b, const char *s, size_t n, int source);
/* If s[0..n) is an answer HTML-escaped or JSON-string-encoded once more
 * than the model wrote it, decode it into *out with *map (malloc'd, the
 * caller frees): map[i] is the source offset of out byte i, map[out->len]
 * = n; return 1. 0 when the text is as written; -1 out of memory
 * (decode.c). */
int ac_decode_answer(const char *s, size_t n, rl_buf *out, size_t **map);
/* Extract tag-format and JSON-in-text actions from one text. */
int ac_scan_text(ac_builder *b, const char *s, size_t n, int source, int all_reasoning);

/* ---------- textcalls.c ---------- */
/* A ReAct or <function=NAME> call whose JSON arguments start at s[pos]
 * ('{'): added; returns the end of the arguments, or 0 (not one). */
size_t ac_named_args_call(ac_builder *b, const char *s, size_t n, size_t pos, int source,
			  int in_reasoning);
/* A python-style call filling the line s[ls..le): added; 1, else 0. */
int ac_py_call_line(ac_builder *b, const char *s, size_t ls, size_t le, int source,
		    int in_reasoning);
/* Calls in the XML function-call form some models write as text
 * (<invoke name="NAME"><parameter name="K">V</parameter>...</invoke>, any
 * namespace prefix, inside <function_calls> or not): each added, an
 * opening whose next invoke tag is not its close being a mention; the
 * caller places them (reasoning, quoted, template). Linear in n. */
void ac_scan_invokes(ac_builder *b, const char *s, size_t n, int source);
/* GLM 4.5's call markup as text: "<tool_call>NAME" then pairs of
 * <arg_key>K</arg_key> <arg_value>V</arg_value>, then "</tool_call>"
 * (the close may be missing when the answer was cut): each added, the
 * caller places them. A <tool_call> followed by JSON (Hermes) is not this
 * form. Linear in n. */
void ac_scan_argcalls(ac_builder *b, const char *s, size_t n, int source);

/* plain.c: what only research verdicts read (rl_actions_extract_research):
 * ```yaml calls, and plain-text emails ("To:"/"Subject:" headers) in an
 * answer with no other act among the actions from index `first` on. */
void ac_scan_plain(ac_builder *b, const char *s, size_t n, size_t first);

/* calls.c: whether NAME (n bytes) is a Python builtin (print, len, ...),
 * and the length of a tool-API prefix it starts with ("default_api.",
 * "functions.", ...; 0 none): the two rules both call readers share. */
int ac_py_builtin(const char *name, size_t n);
size_t ac_py_api_prefix(const char *name, size_t n);

#endif
