/* base/yaml.h: libyaml's document API with the two things every redline
 * YAML reader needs: typed accessors, and errors that name file:line:col.
 *
 * Packs, experiment configs and policies are all YAML; all read through
 * this. Nodes are libyaml's own (`yaml_node_t`); lines and columns
 * reported are 1-based. Aliases are shared nodes, not copies, so walkers
 * must bound their depth (RL_YAML_MAX_DEPTH) against `&a [*a]` cycles. */
#ifndef RL_BASE_YAML_H
#define RL_BASE_YAML_H

#include <stddef.h>
#include <yaml.h>

#include "redline/err.h"

#define RL_YAML_MAX_DEPTH 64

typedef struct rl_yaml {
	yaml_document_t doc;
	char *file; /* owned copy of the name used in messages */
	int loaded; /* doc must be deleted */
} rl_yaml;

/* Parse the first document of `data` (n bytes). `file` names the input in
 * messages. An empty input loads with a NULL root. On failure the message
 * is "file:line:col: <libyaml problem>". rl_yaml_free is safe either way. */
int rl_yaml_load(rl_yaml *y, const char *file, const char *data, size_t n, rl_err *e);
/* Read `path` (bounded) and parse it. */
int rl_yaml_load_file(rl_yaml *y, const char *path, rl_err *e);
void rl_yaml_free(rl_yaml *y);

yaml_node_t *rl_yaml_root(rl_yaml *y);
int rl_yaml_is_map(const yaml_node_t *n);
int rl_yaml_is_seq(const yaml_node_t *n);
int rl_yaml_is_scalar(const yaml_node_t *n);
/* Scalar text (NUL-terminated), or NULL if `n` is not a scalar. */
const char *rl_yaml_str(const yaml_node_t *n);
/* 1 if the scalar is a YAML null (~, null, empty plain scalar). */
int rl_yaml_is_null(const yaml_node_t *n);
unsigned rl_yaml_line(const yaml_node_t *n);
unsigned rl_yaml_col(const yaml_node_t *n);

/* Mapping lookup; NULL if absent or `map` is not a mapping. */
yaml_node_t *rl_yaml_get(rl_yaml *y, const yaml_node_t *map, const char *key);
/* Mapping pairs by index: 0 <= i < rl_yaml_count(map). */
size_t rl_yaml_count(const yaml_node_t *n); /* pairs or items; 0 for scalars */
int rl_yaml_pair(rl_yaml *y, const yaml_node_t *map, size_t i, yaml_node_t **k, yaml_node_t **v);
yaml_node_t *rl_yaml_item(rl_yaml *y, const yaml_node_t *seq, size_t i);

/* Error at a node: "file:line:col: message". Returns `code`. */
int rl_yaml_err(rl_yaml *y, const yaml_node_t *n, rl_err *e, int code, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Typed reads with errors at the node ("expected an integer, got 'x'"). */
int rl_yaml_long(rl_yaml *y, const yaml_node_t *n, long *out, rl_err *e);
int rl_yaml_double(rl_yaml *y, const yaml_node_t *n, double *out, rl_err *e);
int rl_yaml_bool(rl_yaml *y, const yaml_node_t *n, int *out, rl_err *e);
/* Scalar string or error "expected a string". */
int rl_yaml_string(rl_yaml *y, const yaml_node_t *n, const char **out, rl_err *e);

/* Reject keys of `map` not in the NULL-terminated `allowed` list, naming
 * the first unknown key and the expected ones; also rejects duplicates. */
int rl_yaml_check_keys(rl_yaml *y, const yaml_node_t *map, const char *const *allowed, rl_err *e);

/* YAML node -> new JSON value (jansson; the caller owns the reference).
 * Plain scalars that read as YAML null, true/false (also True/False),
 * integers or numbers become those; every other scalar a string. NULL for
 * a non-string key, nesting past RL_YAML_MAX_DEPTH or out of memory. */
struct json_t *rl_yaml_to_json(rl_yaml *y, const yaml_node_t *n);

#endif
