/* native.c: JSON tool calls to actions: the native calls of every wire
 * API (OpenAI tool_calls and legacy function_call, Anthropic tool_use,
 * Gemini functionCall) and JSON calls written in text, walked with a depth
 * and a value budget. JSON is parsed by jansson (or base/jsonr's fast
 * front end); values become text fields. */
#include "action/internal.h"

#include <stdlib.h>
#include <string.h>

#include "base/jsonr.h"

/* ---------- JSON values to fields ---------- */

static void json_to_text(json_t *v, rl_buf *out)
{
	size_t i;
	switch (json_typeof(v)) {
	case JSON_STRING: rl_buf_add(out, json_string_value(v), json_string_length(v)); break;
	case JSON_INTEGER: rl_buf_addf(out, "%lld", (long long)json_integer_value(v)); break;
	case JSON_REAL: rl_buf_addf(out, "%.17g", json_real_value(v)); break;
	case JSON_TRUE: rl_buf_adds(out, "true"); break;
	case JSON_FALSE: rl_buf_adds(out, "false"); break;
	case JSON_NULL: break;
	case JSON_ARRAY:
		for (i = 0; i < json_array_size(v); i++) {
			json_t *x = json_array_get(v, i);
			if (i)
				rl_buf_adds(out, ", ");
			if (json_is_string(x) || json_is_number(x))
				json_to_text(x, out);
			else {
				char *d = json_dumps(x, JSON_COMPACT);
				if (d) {
					rl_buf_adds(out, d);
					free(d);
				}
			}
		}
		break;
	case JSON_OBJECT: {
		char *d = json_dumps(v, JSON_COMPACT);
		if (d) {
			rl_buf_adds(out, d);
			free(d);
		}
		break;
	}
	}
}

void ac_fields_from_object(ac_builder *b, ac_fieldset *fs, json_t *obj, const char *skip1)
{
	const char *k;
	json_t *v;
	rl_buf t = RL_BUF_INIT;
	json_object_foreach(obj, k, v) {
		if (skip1 && !strcmp(k, skip1))
			continue;
		rl_buf_reset(&t);
		json_to_text(v, &t);
		ac_field_add(b, fs, k, strlen(k), t.s, t.len, 0, 0, 0);
	}
	rl_buf_free(&t);
}

/* If `o` is a tool call in one of the shapes we know, return its name and
 * arguments (an object, or a JSON string holding one). */
const char *ac_tool_shape(json_t *o, json_t **args, json_t **owned)
{
	static const char *const argkeys[] = {"arguments",  "input",  "args",
					      "parameters", "params", "action_input",
					      "tool_input", NULL};
	json_t *fn, *name = NULL, *a = NULL;
	size_t i;

	*args = NULL;
	*owned = NULL;
	if (!json_is_object(o))
		return NULL;
	if ((fn = json_object_get(o, "function")) && json_is_object(fn) &&
	    json_is_string(json_object_get(fn, "name"))) {
		name = json_object_get(fn, "name"); /* OpenAI tool_calls[] */
		a = json_object_get(fn, "arguments");
	} else if ((fn = json_object_get(o, "functionCall")) && json_is_object(fn) &&
		   json_is_string(json_object_get(fn, "name"))) {
		name = json_object_get(fn, "name"); /* Gemini parts[] */
		a = json_object_get(fn, "args");
	} else if ((fn = json_object_get(o, "function_call")) && json_is_object(fn) &&
		   json_is_string(json_object_get(fn, "name"))) {
		name = json_object_get(fn, "name"); /* legacy OpenAI */
		a = json_object_get(fn, "arguments");
	} else {
		const char *tk[] = {"name", "tool", "tool_name", "action", NULL};
		for (i = 0; tk[i] && !name; i++) {
			json_t *x = json_object_get(o, tk[i]);
			if (json_is_string(x))
				name = x;
		}
		if (!name)
			return NULL;
		for (i = 0; argkeys[i] && !a; i++)
			a = json_object_get(o, argkeys[i]);
		if (!a) {
			/* {"tool": "email", "to": ...}: the other keys are the
			 * arguments; but a bare {"name": ...} is just data. */
			if (json_object_get(o, "name") == name)
				return NULL;
			*args = o;
			return json_string_value(name);
		}
	}
	if (a && json_is_string(a)) {
		json_error_t err;
		json_t *p = rl_json_fast_parse(json_string_value(a), json_string_length(a));
		if (!p) /* what the fast parser does not take, jansson decides */
			p = json_loadb(json_string_value(a), json_string_length(a), 0, &err);
		if (p && json_is_object(p)) {
			*owned = p;
			a = p;
		} else {
			json_decref(p);
		}
	}
	*args = a;
	return json_string_value(name);
}

/* Add `o` as an action if it is a tool call. Returns whether it has a
 * tool call's shape (even when its name is unusable and nothing is
 * added), so that ac_walk_native asks ac_tool_shape, which parses the arguments,
 * once per call rather than twice. */
int ac_add_json_action(ac_builder *b, json_t *o, int source, int origin, size_t start, size_t end,
		       int in_reasoning)
{
	json_t *args, *owned;
	const char *name = ac_tool_shape(o, &args, &owned);
	rl_action *a;
	ac_fieldset fs;
	size_t nl;

	if (!name)
		return 0;
	if (!strncmp(name, "functions.", 10))
		name += 10;
	nl = strlen(name);
	if (nl > 128)
		ac_truncated(b, "a tool name longer than 128 bytes");
	if (!nl || nl > 128)
		goto done;
	a = ac_push_action(b);
	if (!a)
		goto done;
	fs.n = 0;
	a->tool = ac_lower_dup(b->ar, name, nl);
	if (!a->tool) {
		b->oom = 1;
		goto done;
	}
	if (args && json_is_object(args)) {
		const char *skip = (args == o) ? NULL : NULL;
		if (args == o) {
			/* keys of the call itself; drop the naming key */
			json_t *tmp = json_deep_copy(o);
			if (tmp) {
				json_object_del(tmp, "tool");
				json_object_del(tmp, "tool_name");
				json_object_del(tmp, "action");
				json_object_del(tmp, "type");
				ac_fields_from_object(b, &fs, tmp, skip);
				json_decref(tmp);
			}
		} else {
			ac_fields_from_object(b, &fs, args, skip);
		}
	} else if (args && json_is_string(args)) {
		ac_field_add(b, &fs, "arguments", 9, json_string_value(args),
			     json_string_length(args), 0, 0, 0);
	}
	ac_commit_fields(b, a, &fs);
	a->source = source;
	a->origin = origin;
	a->start = start;
	a->end = end;
	a->in_reasoning = in_reasoning;
	a->closed = 1;
done:
	json_decref(owned);
	return 1;
}
/* Every tool call in a JSON value: the native calls, or a JSON value
 * written in text (then each call gets the value's span). */
void ac_walk_native(ac_builder *b, json_t *v, int depth, size_t *budget, const ac_walk_at *at)
{
	size_t i;
	const char *k;
	json_t *x;
	const char *t;

	if (b->oom)
		return;
	if (depth > RL_JSON_DEPTH || !*budget) {
		ac_truncated(b, depth > RL_JSON_DEPTH
					? "tool calls nested deeper than 32 in JSON"
					: "more than 100000 JSON values holding tool calls");
		return;
	}
	(*budget)--;
	if (json_is_object(v)) {
		/* Reasoning parts carry text, never calls; skip them whole. */
		t = json_string_value(json_object_get(v, "type"));
		if (t && (!strcmp(t, "thinking") || !strcmp(t, "redacted_thinking") ||
			  !strcmp(t, "reasoning")))
			return;
		if (json_is_true(json_object_get(v, "thought")))
			return;
		/* a Gemini/Anthropic/OpenAI call; a bare {"name":..} of a
		 * plain message object is excluded by ac_tool_shape */
		if (ac_add_json_action(b, v, at->source, at->origin, at->start, at->end,
				       at->in_reasoning))
			return;
		json_object_foreach(v, k, x)
			ac_walk_native(b, x, depth + 1, budget, at);
	} else if (json_is_array(v)) {
		for (i = 0; i < json_array_size(v); i++)
			ac_walk_native(b, json_array_get(v, i), depth + 1, budget, at);
	}
}
