/* fuzz_vars.c: libFuzzer target for the variable sources a pack import
 * reads: variable files (Markdown sections of fenced JSON) and, when the
 * input starts with "#py\n", the Python-constants evaluator used for a checkout's
 * system_prompt_templates.py. Both must reject or accept any bytes without
 * crashing, leaking or reading out of bounds. */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pack/pyconst.h"
#include "pack/vars.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	rl_err e;
	if (n >= 4 && !memcmp(d, "#py\n", 4)) {
		json_t *o = NULL;
		static const char *const req[] = {"USER_PROMPT", NULL};
		if (rl_pyconst_eval("f.py", (const char *)d, n, req, &o, &e) == 0 && !o)
			abort();
		json_decref(o);
	} else {
		rl_varfile f;
		size_t i, k;
		if (rl_varfile_parse("f.md", (const char *)d, n, &f, &e) == 0) {
			for (i = 0; i < f.nsecs; i++)
				for (k = 0; k < f.secs[i].nkv; k++)
					if (!rl_varsec_get(&f.secs[i], f.secs[i].kv[k].k,
							   strlen(f.secs[i].kv[k].k)))
						abort();
		} else if (!e.msg[0]) {
			abort(); /* every failure explains itself */
		}
		rl_varfile_free(&f);
	}
	return 0;
}
