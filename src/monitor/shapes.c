/* shapes.c: the log line shapes agents and gateways write, turned into
 * units the policy can read. Recognised (by structure, not by a declared
 * format, because real logs mix them):
 *  - OpenAI Chat Completions requests ({"messages": [...]}) and responses
 *    ({"choices": [{"message"|"delta": ...}]}), with tool_calls and
 *    reasoning_content/reasoning;
 *  - Anthropic Messages requests ({"system", "messages"}) and responses
 *    ({"type":"message","content":[text|thinking|tool_use ...]});
 *  - Gemini generateContent requests ({"systemInstruction", "contents":
 *    [{"role", "parts": [text|functionCall|functionResponse]}]}) and
 *    responses ({"candidates":[{"content":{"parts"}}]});
 *  - OpenAI Responses API requests ({"instructions", "input": text or
 *    items}) and responses ({"output": [message|reasoning|function_call
 *    items]}, also inside a streamed response.completed event);
 *  - redline's own records (export JSONL: model, condition, sample,
 *    response, reasoning);
 *  - plain {"role","content"} objects and arrays of them;
 *  - wrappers {"request": ..., "response": ...} around any of those.
 * Assistant messages become response/reasoning/native units; everything
 * else (system, user, tool results) becomes input text. */
#include "monitor/monitor.h"

#include <jansson.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 8

static mon_unit *unit_new(mon_line *l, int assistant, int index, const char *role)
{
	mon_unit *u;
	if (l->n == l->cap) {
		size_t nc = l->cap ? l->cap * 2 : 8;
		mon_unit *v = realloc(l->u, nc * sizeof *v);
		if (!v)
			return NULL;
		l->u = v;
		l->cap = nc;
	}
	u = &l->u[l->n++];
	memset(u, 0, sizeof *u);
	rl_buf_init(&u->response);
	rl_buf_init(&u->reasoning);
	rl_buf_init(&u->native);
	rl_buf_init(&u->input);
	rl_buf_init(&u->tool);
	u->assistant = assistant;
	u->index = index;
	/* a static name: the JSON tree `role` points into is freed after parsing */
	{
		static const char *const known[] = {"system",   "developer", "user",  "tool",
						    "function", "ipython",   "human", NULL};
		size_t k;
		u->role = assistant ? "assistant" : role ? "other" : "user";
		for (k = 0; !assistant && role && known[k]; k++)
			if (!strcmp(role, known[k]))
				u->role = known[k];
	}
	return u;
}

void mon_line_free(mon_line *l)
{
	size_t i;
	for (i = 0; i < l->n; i++) {
		rl_buf_free(&l->u[i].response);
		rl_buf_free(&l->u[i].reasoning);
		rl_buf_free(&l->u[i].native);
		rl_buf_free(&l->u[i].input);
		rl_buf_free(&l->u[i].tool);
	}
	free(l->u);
	memset(l, 0, sizeof *l);
}

static void add_text(rl_buf *b, const json_t *s)
{
	if (!json_is_string(s) || !json_string_length(s))
		return;
	if (b->len)
		rl_buf_addc(b, '\n');
	rl_buf_add(b, json_string_value(s), json_string_length(s));
}

static void add_json(rl_buf *b, json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	if (s) {
		rl_buf_adds(b, s);
		free(s);
	}
}

/* A Gemini functionResponse's "response" object as tool output text: the
 * value of a lone member ({"result": "..."}) as it is, anything else as
 * JSON, as a Chat Completions tool message carries it. */
static void function_response(rl_buf *b, json_t *r)
{
	const char *k;
	json_t *v;
	if (json_is_object(r) && json_object_size(r) == 1) {
		json_object_foreach(r, k, v) {
			if (json_is_string(v))
				add_text(b, v);
			else
				add_json(b, v);
		}
	} else if (json_is_string(r)) {
		add_text(b, r);
	} else if (r) {
		add_json(b, r);
	}
}

/* Text of a content value: a string, or an array of parts/blocks. Native
 * tool calls go to `native` as a JSON array, thinking to `reasoning`. */
static void content(mon_unit *u, rl_buf *text, json_t *c, int depth)
{
	size_t i;
	json_t *it;
	json_t *calls = NULL;

	if (depth > MAX_DEPTH)
		return;
	if (json_is_string(c)) {
		add_text(text, c);
		return;
	}
	if (!json_is_array(c))
		return;
	json_array_foreach(c, i, it) {
		const char *type;
		if (json_is_string(it)) {
			add_text(text, it);
			continue;
		}
		if (!json_is_object(it))
			continue;
		type = json_string_value(json_object_get(it, "type"));
		if (type && (!strcmp(type, "thinking") || !strcmp(type, "reasoning"))) {
			add_text(&u->reasoning, json_object_get(it, "thinking"));
			add_text(&u->reasoning, json_object_get(it, "text"));
		} else if (type && (!strcmp(type, "tool_use") || !strcmp(type, "function_call"))) {
			if (!calls)
				calls = json_array();
			if (calls)
				json_array_append(calls, it);
		} else if (type && !strcmp(type, "tool_result")) {
			/* tool output, not the user's words (provenance) */
			content(u, u->assistant ? text : &u->tool, json_object_get(it, "content"),
				depth + 1);
		} else if (json_is_object(json_object_get(it, "functionResponse"))) {
			/* Gemini: a tool's result travels in a user (or "function")
			 * turn; it is tool output, not the user's words (provenance) */
			if (!u->assistant)
				function_response(
					&u->tool,
					json_object_get(json_object_get(it, "functionResponse"),
							"response"));
		} else if (json_object_get(it, "functionCall")) {
			if (!calls)
				calls = json_array();
			if (calls)
				json_array_append(calls, it);
		} else if (json_is_true(json_object_get(it, "thought"))) {
			add_text(&u->reasoning, json_object_get(it, "text"));
		} else {
			add_text(text, json_object_get(it, "text"));
		}
	}
	if (calls) {
		if (json_array_size(calls) && u->assistant)
			add_json(&u->native, calls);
		json_decref(calls);
	}
}

/* One chat message object. */
static int message(mon_line *l, json_t *m, int index)
{
	const char *role = json_string_value(json_object_get(m, "role"));
	int asst = role && (!strcmp(role, "assistant") || !strcmp(role, "model"));
	mon_unit *u;
	json_t *v;

	if (!json_is_object(m))
		return 0;
	u = unit_new(l, asst, index, role);
	if (!u)
		return RL_ENOMEM;
	content(u, asst ? &u->response : &u->input, json_object_get(m, "content"), 0);
	if ((v = json_object_get(m, "parts"))) /* Gemini contents[] */
		content(u, asst ? &u->response : &u->input, v, 0);
	if (asst) {
		add_text(&u->reasoning, json_object_get(m, "reasoning_content"));
		add_text(&u->reasoning, json_object_get(m, "reasoning"));
		add_text(&u->reasoning, json_object_get(m, "thinking"));
		v = json_object_get(m, "tool_calls");
		if (json_is_array(v) && json_array_size(v)) {
			if (u->native.len) /* keep one array: merge */
				rl_buf_reset(&u->native);
			add_json(&u->native, v);
		} else if ((v = json_object_get(m, "function_call")) && json_is_object(v)) {
			json_t *arr = json_array();
			json_t *wrap = json_object();
			if (arr && wrap) {
				json_object_set(wrap, "function", v);
				json_array_append(arr, wrap);
				add_json(&u->native, arr);
			}
			json_decref(wrap);
			json_decref(arr);
		}
	}
	return 0;
}

static void conv_id(mon_line *l, json_t *o)
{
	static const char *const keys[] = {
		"conversation_id", "conversation", "session_id", "thread_id",
		"trace_id",        "request_id",   "id",         NULL};
	json_t *md = json_object_get(o, "metadata");
	size_t i;
	if (l->conv[0])
		return;
	for (i = 0; keys[i]; i++) {
		json_t *v = json_object_get(o, keys[i]);
		if (!v && json_is_object(md))
			v = json_object_get(md, keys[i]);
		if (json_is_string(v)) {
			snprintf(l->conv, sizeof l->conv, "%s", json_string_value(v));
			return;
		}
		if (json_is_integer(v)) {
			snprintf(l->conv, sizeof l->conv, "%lld", (long long)json_integer_value(v));
			return;
		}
	}
}

static int object(mon_line *l, json_t *o, int depth);

/* Responses API items: a response's "output" (assistant == 1: one unit for
 * all of them) or a request's "input" list (messages by role, earlier
 * function_call items as the assistant's calls, function_call_output as
 * tool output). Items of other types are skipped. */
static int responses_items(mon_line *l, json_t *items, int assistant)
{
	/* The assistant unit is kept by index, not by pointer: unit_new for a
	 * later message or tool output may move l->u (realloc). */
	size_t ui = SIZE_MAX;
	mon_unit *u;
	json_t *it, *calls = NULL, *p;
	size_t i, j;
	int rc = 0;

	json_array_foreach(items, i, it) {
		const char *type = json_string_value(json_object_get(it, "type"));
		if (!assistant && json_is_string(json_object_get(it, "role"))) {
			if ((rc = message(l, it, (int)i)))
				break;
			continue;
		}
		if (!type)
			continue;
		if (!strcmp(type, "function_call_output")) {
			mon_unit *t = unit_new(l, 0, (int)i, "tool");
			if (!t) {
				rc = RL_ENOMEM;
				break;
			}
			add_text(&t->input, json_object_get(it, "output"));
			continue;
		}
		if (strcmp(type, "message") && strcmp(type, "reasoning") &&
		    strcmp(type, "function_call"))
			continue;
		if (ui == SIZE_MAX) {
			if (!unit_new(l, 1, assistant ? -1 : (int)i, NULL)) {
				rc = RL_ENOMEM;
				break;
			}
			ui = l->n - 1;
		}
		u = &l->u[ui];
		if (!strcmp(type, "message")) {
			json_array_foreach(json_object_get(it, "content"), j, p) {
				add_text(&u->response, json_object_get(p, "text"));
				add_text(&u->response, json_object_get(p, "refusal"));
			}
		} else if (!strcmp(type, "reasoning")) {
			json_array_foreach(json_object_get(it, "summary"), j, p)
				add_text(&u->reasoning, json_object_get(p, "text"));
			json_array_foreach(json_object_get(it, "content"), j, p)
				add_text(&u->reasoning, json_object_get(p, "text"));
		} else {
			if (!calls && !(calls = json_array())) {
				rc = RL_ENOMEM;
				break;
			}
			json_array_append(calls, it);
		}
	}
	if (ui != SIZE_MAX && calls && json_array_size(calls))
		add_json(&l->u[ui].native, calls);
	json_decref(calls);
	return rc;
}

static int any(mon_line *l, json_t *v, int depth)
{
	size_t i;
	json_t *it;
	int rc;
	if (depth > MAX_DEPTH)
		return 0;
	if (json_is_object(v))
		return object(l, v, depth);
	if (json_is_array(v)) {
		json_array_foreach(v, i, it) {
			if (json_is_object(it) && json_object_get(it, "role")) {
				if ((rc = message(l, it, (int)i)))
					return rc;
			} else if ((rc = any(l, it, depth + 1))) {
				return rc;
			}
		}
	}
	return 0;
}

static int object(mon_line *l, json_t *o, int depth)
{
	json_t *v, *it;
	size_t i;
	int rc;

	conv_id(l, o);
	/* redline's export record: response is the answer text */
	if (json_is_string(json_object_get(o, "response")) &&
	    (json_object_get(o, "condition") || json_object_get(o, "sample") ||
	     json_object_get(o, "reasoning") || json_object_get(o, "model"))) {
		mon_unit *u = unit_new(l, 1, -1, NULL);
		json_t *m = json_object_get(o, "model"), *c = json_object_get(o, "condition"),
		       *s = json_object_get(o, "sample");
		if (!u)
			return RL_ENOMEM;
		add_text(&u->response, json_object_get(o, "response"));
		add_text(&u->reasoning, json_object_get(o, "reasoning"));
		if ((v = json_object_get(o, "tool_calls")) && json_is_array(v))
			add_json(&u->native, v);
		if (json_is_string(m) && json_is_string(c) &&
		    !json_object_get(o, "conversation_id"))
			snprintf(l->conv, sizeof l->conv, "%s/%s/%lld", json_string_value(m),
				 json_string_value(c),
				 json_is_integer(s) ? (long long)json_integer_value(s) : 0LL);
		return 0;
	}
	/* wrappers */
	if (json_is_object(json_object_get(o, "request")) ||
	    json_is_object(json_object_get(o, "response"))) {
		if ((v = json_object_get(o, "request")) && (rc = any(l, v, depth + 1)))
			return rc;
		if ((v = json_object_get(o, "response")) && (rc = any(l, v, depth + 1)))
			return rc;
		return 0;
	}
	/* requests: Anthropic system, OpenAI/Anthropic messages, Gemini contents */
	if ((v = json_object_get(o, "system"))) {
		mon_unit *u = unit_new(l, 0, -1, "system");
		if (!u)
			return RL_ENOMEM;
		content(u, &u->input, v, 0);
	}
	if ((v = json_object_get(o, "messages")) && json_is_array(v))
		json_array_foreach(v, i, it)
			if ((rc = message(l, it, (int)i)))
				return rc;
	/* Gemini: systemInstruction (REST) or system_instruction, {parts} or text */
	if ((v = json_object_get(o, "systemInstruction")) ||
	    (v = json_object_get(o, "system_instruction"))) {
		mon_unit *u = unit_new(l, 0, -1, "system");
		if (!u)
			return RL_ENOMEM;
		content(u, &u->input, json_is_object(v) ? json_object_get(v, "parts") : v, 0);
	}
	if ((v = json_object_get(o, "contents")) && json_is_array(v))
		json_array_foreach(v, i, it)
			if ((rc = message(l, it, (int)i)))
				return rc;
	/* OpenAI responses (and streamed chunks) */
	if ((v = json_object_get(o, "choices")) && json_is_array(v)) {
		json_array_foreach(v, i, it) {
			json_t *m = json_object_get(it, "message");
			if (!m)
				m = json_object_get(it, "delta");
			if (json_is_object(m)) {
				json_t *copy = json_copy(m);
				if (!copy)
					return RL_ENOMEM;
				if (!json_object_get(copy, "role"))
					json_object_set_new(copy, "role", json_string("assistant"));
				rc = message(l, copy, -1);
				json_decref(copy);
				if (rc)
					return rc;
			} else if (json_is_string(json_object_get(it, "text"))) {
				mon_unit *u = unit_new(l, 1, -1, NULL);
				if (!u)
					return RL_ENOMEM;
				add_text(&u->response, json_object_get(it, "text"));
			}
		}
	}
	/* Responses API: instructions and input (a request), output (a response) */
	if ((v = json_object_get(o, "instructions")) && json_is_string(v)) {
		mon_unit *u = unit_new(l, 0, -1, "system");
		if (!u)
			return RL_ENOMEM;
		add_text(&u->input, v);
	}
	if ((v = json_object_get(o, "input"))) {
		if (json_is_string(v) && json_object_get(o, "model")) {
			mon_unit *u = unit_new(l, 0, -1, "user");
			if (!u)
				return RL_ENOMEM;
			add_text(&u->input, v);
		} else if (json_is_array(v) && (rc = responses_items(l, v, 0))) {
			return rc;
		}
	}
	if ((v = json_object_get(o, "output")) && json_is_array(v) &&
	    (rc = responses_items(l, v, 1)))
		return rc;
	/* Gemini responses */
	if ((v = json_object_get(o, "candidates")) && json_is_array(v)) {
		json_array_foreach(v, i, it) {
			json_t *c = json_object_get(it, "content");
			mon_unit *u;
			if (!json_is_object(c))
				continue;
			if (!(u = unit_new(l, 1, -1, NULL)))
				return RL_ENOMEM;
			content(u, &u->response, json_object_get(c, "parts"), 0);
		}
	}
	/* Anthropic response, or a plain message object */
	if (json_object_get(o, "role") && !json_object_get(o, "messages")) {
		const char *type = json_string_value(json_object_get(o, "type"));
		if (!type || !strcmp(type, "message"))
			return message(l, o, -1);
	}
	return 0;
}

/* ---- where tool output comes from (the prefilter's necessary set) ---------- *
 * A line holds tool output (RL_ROLE_TOOL messages, what the injection
 * cues are looked for in) only through one of these, in its raw bytes:
 *  - a "role" whose value is not exactly system, developer, user, human,
 *    assistant or model (unit_new and rl_policy_role_parse make any other
 *    role tool output: tool, function, ipython, made-up ones);
 *  - an Anthropic "tool_result" block;
 *  - a Responses API "function_call_output" item;
 *  - a Gemini "functionResponse" part;
 *  - any \u escape (a key or value spelled with escapes is decoded by
 *    jansson but not matched by the patterns above; such lines count).
 * Only the outermost document is parsed (mon_parse_line), so its raw
 * bytes are the place to look. A shape added above that makes tool
 * output must add its mark here (test_monitor: tool_output_hints_cover_
 * every_shape) and to the hand-written scan that the prefilter runs in
 * their place (rawmarks.c; test_monitor_marks compares the two). */
static const char *const trusted_roles[] = {"assistant", "developer", "human",
					    "model",     "system",    "user"}; /* sorted */

/* The roles in w[0..n) share their first `depth` bytes: a regex for the
 * rest of a value (up to its closing quote) that is none of them. */
static void role_rest(rl_buf *b, const char *const *w, size_t n, size_t depth)
{
	size_t i, j;
	int terminal = 0;
	rl_buf_adds(b, "(?:[^");
	for (i = 0; i < n; i++) {
		if (!w[i][depth])
			terminal = 1;
		else if (!i || strncmp(w[i - 1], w[i], depth + 1))
			rl_buf_addc(b, w[i][depth]);
	}
	/* a closing quote ends a trusted role only where one ends */
	rl_buf_adds(b, terminal ? "\"]" : "]");
	for (i = 0; i < n; i = j) {
		if (!w[i][depth]) {
			j = i + 1;
			continue;
		}
		for (j = i + 1; j < n && w[j][depth] == w[i][depth]; j++)
			;
		rl_buf_addc(b, '|');
		rl_buf_addc(b, w[i][depth]);
		role_rest(b, w + i, j - i, depth + 1);
	}
	rl_buf_addc(b, ')');
}

static char role_expr[1024];

static void role_expr_make(void)
{
	rl_buf b = RL_BUF_INIT;
	rl_buf_adds(&b, "\"role\"[ \\t\\r\\n]*:[ \\t\\r\\n]*\"");
	role_rest(&b, trusted_roles, sizeof trusted_roles / sizeof *trusted_roles, 0);
	if (b.s && b.len < sizeof role_expr)
		memcpy(role_expr, b.s, b.len + 1);
	else
		snprintf(role_expr, sizeof role_expr, "\"role\""); /* wider, never narrower */
	rl_buf_free(&b);
}

const char *const *mon_tool_output_hint_exprs(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	static const char *const v[] = {role_expr,          "tool_result", "function_call_output",
					"functionResponse", "\\\\u",       NULL};
	pthread_once(&once, role_expr_make);
	return v;
}

int mon_parse_line(const char *s, size_t n, mon_line *out, rl_err *e)
{
	json_error_t je;
	json_t *root;
	int rc;

	memset(out, 0, sizeof *out);
	root = json_loadb(s, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
	if (!root)
		return rl_err_set(e, RL_EINVAL, "column %d: malformed JSON: %s", je.column,
				  je.text);
	if (json_is_object(root) || json_is_array(root)) {
		rc = any(out, root, 0);
	} else {
		rc = rl_err_set(e, RL_EINVAL, "expected a JSON object or array, got a scalar");
	}
	json_decref(root);
	if (rc == RL_ENOMEM)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	return rc;
}
