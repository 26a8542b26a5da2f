/* fuzz_pyconst.c: the Python-constant evaluator behind `redline pack
 * import` (it reads a checkout's templates/system_prompt_templates.py that
 * someone else wrote, without running Python). Whatever it accepts must be
 * a JSON object; a required name it cannot evaluate must be explained. */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>

#include "pack/pyconst.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const req[] = {"SYSTEM_PROMPT", NULL};
	json_t *o = NULL;
	rl_err e;
	int k;
	for (k = 0; k < 2; k++) {
		rl_err_clear(&e);
		o = NULL;
		if (rl_pyconst_eval("f.py", (const char *)data, size, k ? req : NULL, &o, &e) ==
		    0) {
			if (!json_is_object(o))
				abort();
			json_decref(o);
		} else if (!e.msg[0]) {
			abort();
		}
	}
	return 0;
}
