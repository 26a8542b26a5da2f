/* pack/load_int.h: what the pack loader's files share (internal to
 * src/pack, not library API):
 *   load.c           pack.yaml: the loader's helpers, goals, urgencies,
 *                    native tools, defects, vary, ablations, the pack hash
 *   load_scenario.c  one scenario's entry: its files, harm spec, tool form
 * Cross-file functions carry the pk_ prefix. */
#ifndef RL_PACK_LOAD_INT_H
#define RL_PACK_LOAD_INT_H

#include "base/util.h"
#include "base/yaml.h"
#include "pack/pack_int.h"

typedef struct loader {
	rl_pack *p;
	rl_buf manifest; /* "path\tsha256\n" per file read, in load order */
	rl_yaml y;
	rl_err *e;
} loader;

#define OOM(L) rl_err_set((L)->e, RL_ENOMEM, "out of memory")

/* A scalar's text (no copy), or an error naming the node. */
int pk_str_at(loader *L, yaml_node_t *n, const char **out);
/* A scalar's text, malloc'ed into *out. */
int pk_dup_str(loader *L, yaml_node_t *n, char **out);
/* A list of scalars (absent or null: empty). */
int pk_get_strlist(loader *L, yaml_node_t *n, rl_strlist *l);
/* The value of a required key of a mapping, or NULL with *rc set. */
yaml_node_t *pk_need(loader *L, yaml_node_t *map, const char *key, int *rc);
/* A mapping with no keys outside `keys` (NULL-terminated). */
int pk_check_map(loader *L, yaml_node_t *n, const char *what, const char *const *keys);
/* Load (or reuse) the template file named by scalar node `n`. */
int pk_load_tfile(loader *L, yaml_node_t *n, rl_tfile **out);
/* "file.md#Section" (or "file.md" with a single section). */
int pk_load_varref(loader *L, yaml_node_t *n, const rl_varsec **sec, rl_varfile **file);
/* A mapping urgency -> file, complete over the pack's urgencies. */
int pk_load_per_urgency(loader *L, yaml_node_t *m, const char *what, rl_tfile **out);
/* "a, b, c" from a string list, cut to n bytes. */
void pk_join_strlist(char *out, size_t n, const rl_strlist *l);
/* An id part: [A-Za-z0-9]+ (ids are split on '_' and '-'). */
int pk_is_word(const char *s);

/* load_scenario.c: one entry of pack.yaml's `scenarios:`. */
int pk_load_scenario(loader *L, yaml_node_t *n, rl_scenario *s);

#endif
