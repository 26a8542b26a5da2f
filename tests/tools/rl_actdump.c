/* rl_actdump: print the actions redline extracts from each line of a JSONL
 * file ({"id","response","reasoning","native"}): a debugging aid for the
 * action parser and the fixtures of tests/cli/t05*. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "redline/action.h"

int main(int argc, char **argv)
{
	char line[1 << 20];
	FILE *f;
	if (argc < 2 || !(f = fopen(argv[1], "r"))) {
		fprintf(stderr, "usage: rl_actdump FILE.jsonl\n");
		return 2;
	}
	static char big[8 << 20];
	(void)line;
	while (fgets(big, sizeof big, f)) {
		json_error_t je;
		json_t *j = json_loads(big, 0, &je);
		rl_transcript t = {0};
		rl_actions a;
		rl_err e;
		size_t i, k;
		if (!j)
			continue;
		t.response = json_string_value(json_object_get(j, "response"));
		t.response_len = t.response ? strlen(t.response) : 0;
		t.reasoning = json_string_value(json_object_get(j, "reasoning"));
		t.reasoning_len = t.reasoning ? strlen(t.reasoning) : 0;
		t.native = json_string_value(json_object_get(j, "native"));
		t.native_len = t.native ? strlen(t.native) : 0;
		if (rl_actions_extract(&t, &a, &e)) {
			printf("%s: error %s\n", json_string_value(json_object_get(j, "id")),
			       e.msg);
			json_decref(j);
			continue;
		}
		printf("== %s: %zu actions\n", json_string_value(json_object_get(j, "id")), a.n);
		for (i = 0; i < a.n; i++) {
			rl_action *x = &a.v[i];
			printf("  [%zu] %s src=%d origin=%d span=%zu-%zu reason=%d quoted=%d closed=%d taken=%d ambiguous=%d template=%d\n",
			       i, x->tool, x->source, x->origin, x->start, x->end, x->in_reasoning,
			       x->quoted, x->closed, x->taken, x->ambiguous, x->is_template);
			for (k = 0; k < x->nfields; k++)
				printf("      %s = %.*s%s\n", x->fields[k].name,
				       (int)(x->fields[k].len > 70 ? 70 : x->fields[k].len),
				       x->fields[k].value, x->fields[k].len > 70 ? "..." : "");
		}
		rl_actions_free(&a);
		json_decref(j);
	}
	fclose(f);
	return 0;
}
