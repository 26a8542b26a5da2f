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
		/* recipient_name: OpenAI's multi_tool_use.parallel written
		 * out ({"tool_uses": [{"recipient_name": "functions.NAME",
		 * "parameters": {...}}]}) */
		const char *tk[] = {"name", "tool", "tool_name", "action", "recipient_name", NULL};
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

/* ---------- the guard's own native calls, in place ---------- */

/* A key as written (validated with duplicates refused, so unescaped). */
static int key_is(const char *k, size_t kn, const char *want)
{
	return kn == strlen(want) && !memcmp(k, want, kn);
}

/* The string at (v, vn) decoded into `tmp` (its text when it has no
 * escape); NULL when not a string or it holds a NUL. */
static const char *str_of(const char *v, size_t vn, rl_buf *tmp, size_t *len)
{
	if (vn < 2 || v[0] != '"')
		return NULL;
	if (!memchr(v + 1, '\\', vn - 2)) {
		*len = vn - 2;
		return v + 1;
	}
	if (rl_json_unquote(v, vn, tmp))
		return NULL;
	*len = tmp->len;
	return tmp->s ? tmp->s : "";
}

/* A value json_to_text writes as its own text: a string, true, false, an
 * integer as "%lld" prints it. */
static int plain_value(const char *v, size_t vn)
{
	size_t i = v[0] == '-';
	if (v[0] == '"')
		return 1;
	if ((vn == 4 && !memcmp(v, "true", 4)) || (vn == 5 && !memcmp(v, "false", 5)))
		return 1;
	if (i >= vn || vn - i > 18 || v[i] < '0' || v[i] > '9' || (v[i] == '0' && vn > 1))
		return 0;
	for (; i < vn; i++)
		if (v[i] < '0' || v[i] > '9')
			return 0;
	return 1;
}

/* One element: its name and arguments when it has exactly the shape. */
static int guard_call(const char *o, size_t on, const char **fn, size_t *fnn, const char **args,
		      size_t *argsn, rl_buf *tmp)
{
	const char *k, *v, *f = NULL;
	size_t pos = 0, kn, vn, fnlen = 0, cnt = 0, sl;
	*fn = *args = NULL;
	*fnn = *argsn = 0;
	while (rl_json_member(o, on, &pos, &k, &kn, &v, &vn)) {
		if (key_is(k, kn, "function") && v[0] == '{') {
			f = v;
			fnlen = vn;
		} else if (key_is(k, kn, "type")) {
			/* reasoning parts are skipped by the tree walk */
			if (v[0] != '"' || memchr(v, '\\', vn) ||
			    (vn == 10 && !memcmp(v, "\"thinking\"", 10)) ||
			    (vn == 19 && !memcmp(v, "\"redacted_thinking\"", 19)) ||
			    (vn == 11 && !memcmp(v, "\"reasoning\"", 11)))
				return 0;
		} else if (!key_is(k, kn, "id")) {
			return 0;
		}
	}
	if (!f)
		return 0;
	pos = 0;
	while (rl_json_member(f, fnlen, &pos, &k, &kn, &v, &vn)) {
		if (key_is(k, kn, "name") && v[0] == '"') {
			*fn = v;
			*fnn = vn;
		} else if (key_is(k, kn, "arguments") && v[0] == '{') {
			*args = v;
			*argsn = vn;
		} else {
			return 0;
		}
	}
	if (!*fn || !*args)
		return 0;
	pos = 0;
	while (rl_json_member(*args, *argsn, &pos, &k, &kn, &v, &vn))
		if (++cnt > RL_FIELD_MAX || !plain_value(v, vn) ||
		    (v[0] == '"' && !str_of(v, vn, tmp, &sl)))
			return 0; /* a NUL: the tree reader refuses the text */
	return 1;
}

#define KEEP 4
int ac_native_inplace(ac_builder *b, const char *s, size_t n, int checked)
{
	struct kept {
		const char *fn;
		size_t fnn;
		const char *args;
		size_t argsn;
	} kept[KEEP];
	const char *el, *fn = NULL, *args = NULL, *name, *k, *v, *val;
	size_t pos = 0, en, fnn = 0, argsn = 0, nl, ap, kn, vn, vl, total = 0;
	rl_buf tmp = RL_BUF_INIT, vb = RL_BUF_INIT;
	int pass, ok = 1;

	while (n && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t'))
		s++, n--;
	if (!n || *s != '[' || (!checked && !rl_json_valid(s, n, JSON_REJECT_DUPLICATES)))
		return 0;
	/* pass 0 checks every element, pass 1 adds them: all or nothing (the
	 * first few elements' parts are kept from pass 0, not found again) */
	for (pass = 0; pass < 2 && ok; pass++) {
		size_t idx = 0;
		pos = 0;
		/* pass 1 over at most KEEP elements walks `kept`, not the text */
		while (ok &&
		       (pass && total <= KEEP ? idx < total : rl_json_elem(s, n, &pos, &el, &en))) {
			rl_action *a;
			ac_fieldset fs;
			if (pass && idx < KEEP) {
				fn = kept[idx].fn;
				fnn = kept[idx].fnn;
				args = kept[idx].args;
				argsn = kept[idx].argsn;
			} else if (el[0] != '{' ||
				   !guard_call(el, en, &fn, &fnn, &args, &argsn, &tmp)) {
				ok = 0;
				break;
			}
			if (!pass && idx < KEEP)
				kept[idx] = (struct kept){fn, fnn, args, argsn};
			idx++;
			if (!(name = str_of(fn, fnn, &tmp, &nl)) || memchr(name, '\0', nl)) {
				ok = 0;
				break;
			}
			if (nl >= 10 && !memcmp(name, "functions.", 10))
				name += 10, nl -= 10;
			if (!nl || nl > 128) {
				ok = 0; /* the tree reader words it (truncated) */
				break;
			}
			if (!pass) {
				total = idx;
				continue;
			}
			if (!(a = ac_push_action(b)))
				break;
			fs.n = 0;
			if (!(a->tool = ac_lower_dup(b->ar, name, nl))) {
				b->oom = 1;
				break;
			}
			ap = 0;
			while (rl_json_member(args, argsn, &ap, &k, &kn, &v, &vn)) {
				if (v[0] == '"') {
					if (!(val = str_of(v, vn, &vb, &vl))) {
						b->oom = 1; /* pass 0 read it: out of memory */
						break;
					}
				} else {
					val = v;
					vl = vn;
				}
				ac_field_add(b, &fs, k, kn, val, vl, 0, 0, 0);
			}
			ac_commit_fields(b, a, &fs);
			a->source = RL_SRC_NATIVE;
			a->origin = RL_ORIGIN_NATIVE;
			a->closed = 1;
		}
	}
	rl_buf_free(&tmp);
	rl_buf_free(&vb);
	return ok;
}
