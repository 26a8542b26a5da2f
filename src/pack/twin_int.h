/* pack/twin_int.h: the twin of a scenario, as the loader stores it, and
 * the reader of `twin.check` (src/pack/twin.c). */
#ifndef RL_PACK_TWIN_INT_H
#define RL_PACK_TWIN_INT_H

#include "base/yaml.h"
#include "pack/pack_int.h"
#include "redline/twin.h"

/* Read a `check:` list of requirements; errors name file:line:col of the
 * offending word and what was expected. */
int rl_twin_check_load(rl_yaml *y, yaml_node_t *list, rl_task_check *out, rl_err *e);

/* Read a scenario's `twin:` mapping {emails, check} into s->twin; `load`
 * (the loader's own template reader, given `L`) loads the bundle. */
typedef int (*rl_twin_tfile_fn)(void *L, yaml_node_t *n, rl_tfile **out);
int rl_twin_load(rl_yaml *y, yaml_node_t *n, rl_scenario *s, rl_twin_tfile_fn load, void *L,
		 rl_err *e);
void rl_twin_free(rl_twin *t);

#endif
