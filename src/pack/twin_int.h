/* pack/twin_int.h: the twin of a scenario, as the loader stores it, and
 * the reader of `twin.check` (src/pack/twin.c). */
#ifndef RL_PACK_TWIN_INT_H
#define RL_PACK_TWIN_INT_H

#include "base/yaml.h"
#include "pack/load_int.h"
#include "pack/pack_int.h"
#include "redline/twin.h"

/* Read a `check:` list of requirements; errors name file:line:col of the
 * offending word and what was expected. */
int rl_twin_check_load(rl_yaml *y, yaml_node_t *list, rl_task_check *out, rl_err *e);

/* Read a scenario's `twin:` mapping {emails, check} into s->twin (part
 * of the loader, src/pack/load_scenario.c). */
int pk_load_twin(loader *L, yaml_node_t *n, rl_scenario *s);
void rl_twin_free(rl_twin *t);

#endif
