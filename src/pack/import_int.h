/* pack/import_int.h: what the importer's files share (internal to
 * src/pack, not library API):
 *   import.c           the import: reading the original's prompts,
 *                      classifiers and configs, copying files, pack.yaml
 *   import_scenario.c  one scenario's entry: its facts, variables, tool form
 * Cross-file functions carry the pk_imp_ prefix. */
#ifndef RL_PACK_IMPORT_INT_H
#define RL_PACK_IMPORT_INT_H

#include <jansson.h>

#include "base/util.h"
#include "pack/pack_int.h"

typedef struct imp {
	const char *src;
	char *tmp;       /* the temporary destination */
	json_t *prompts; /* NAME -> string, GOAL_VARIABLES -> object */
	json_t *classifiers;
	rl_buf classifiers_raw; /* classifiers.json as read, copied into the pack */
	rl_err *e;
} imp;

#define OOM(I) rl_err_set((I)->e, RL_ENOMEM, "out of memory")

/* Sorted names in `dir` ending in `suffix` (or directories when suffix is
 * NULL). Free with rl_strlist_free. */
int pk_imp_list_dir(const char *dir, const char *suffix, rl_strlist *out);
/* Write data[0..n) to `rel` under the temporary destination (making
 * directories). */
int pk_imp_write_rel(imp *I, const char *rel, const char *data, size_t n);
/* The same, with the agent's literal name replaced by ${agent_name}. */
int pk_imp_write_agentized(imp *I, const char *rel, const char *data, size_t n);
/* Copy `names` from `dir` to `dest` under the destination (agentized when
 * asked). */
int pk_imp_copy_files(imp *I, const char *dir, const rl_strlist *names, const char *dest,
		      int agentized);
/* A string of system_prompts.json (NAME), or NULL. */
const char *pk_imp_prompt_str(imp *I, const char *name);
/* Scenario `sc`'s entry of pack.yaml into `y`, copying its template and
 * variable files; the variable folders copied are added to copied_vars. */
int pk_imp_scenario_yaml(imp *I, const char *sc, const rl_strlist *values, rl_buf *y,
			 rl_strlist *copied_vars);

#endif
