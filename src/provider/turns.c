/* turns.c: multi-turn native tool use per wire format (redline/provider.h,
 * "multi-turn tool use"). Reading a response's tool calls and writing the
 * messages that continue the conversation are the only two things a tool
 * loop needs from a wire; they live here, apart from the single-turn
 * codecs, so that the codec rewrite can fold them in whole.
 *
 * Wire forms (each provider's documented shape):
 *   OpenAI Chat Completions: assistant {"role":"assistant","content":...,
 *     "tool_calls":[{"id","type":"function","function":{"name","arguments"}}]},
 *     then {"role":"tool","tool_call_id","content"} per call;
 *   Anthropic Messages: assistant content [text?, {"type":"tool_use","id",
 *     "name","input"}...], then one user message of {"type":"tool_result",
 *     "tool_use_id","content"} blocks;
 *   Gemini: {"role":"model","parts":[text?, {"functionCall":{"name","args"}}]},
 *     then {"role":"user","parts":[{"functionResponse":{"name","response":
 *     {"content":...}}}]}. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "base/jsonr.h"
#include "codec/jsonw.h"
#include "redline/harm.h"
#include "redline/provider.h"

void rl_tool_calls_free(rl_tool_call *v, size_t n)
{
	size_t i;
	if (!v)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].name);
		free(v[i].arguments);
	}
	free(v);
}

/* Arguments as JSON object text: a string is taken as the JSON text the
 * model wrote (OpenAI); an object is dumped; anything else becomes "{}"
 * only when absent, else is dumped as is (the environment refuses it). */
static char *args_text(const json_t *a)
{
	if (!a)
		return strdup("{}");
	if (json_is_string(a))
		return strdup(json_string_value(a));
	return json_dumps(a, JSON_COMPACT | JSON_ENCODE_ANY | JSON_PRESERVE_ORDER);
}

int rl_tool_calls_parse(int wire, const char *raw, size_t n, size_t max, rl_tool_call **out,
			size_t *count, int *truncated, rl_err *e)
{
	json_t *root, *c;
	json_error_t je;
	rl_tool_call *v;
	size_t i, k = 0;

	*out = NULL;
	*count = 0;
	if (truncated)
		*truncated = 0;
	if (!raw || !n)
		return 0;
	je.text[0] = '\0';
	/* the fast parser first (every turn of every conversation comes
	 * here); jansson decides what it does not accept, and words errors */
	if (!(root = rl_json_fast_parse(raw, n)))
		root = json_loadb(raw, n, 0, &je);
	if (!json_is_array(root)) {
		json_decref(root);
		return rl_err_set(e, RL_EPROTO, "tool calls are not a JSON array (%s)", je.text);
	}
	v = calloc(json_array_size(root) + 1, sizeof *v);
	if (!v) {
		json_decref(root);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	json_array_foreach(root, i, c) {
		const char *id = NULL, *name = NULL;
		const json_t *args = NULL;
		if (k == max) {
			if (truncated)
				*truncated = 1;
			break;
		}
		switch (wire) {
		case RL_WIRE_ANTHROPIC:
			if (strcmp(json_string_value(json_object_get(c, "type"))
					   ? json_string_value(json_object_get(c, "type"))
					   : "",
				   "tool_use"))
				continue;
			id = json_string_value(json_object_get(c, "id"));
			name = json_string_value(json_object_get(c, "name"));
			args = json_object_get(c, "input");
			break;
		case RL_WIRE_RESPONSES: /* output items: only function_call ones */
			if (strcmp(json_string_value(json_object_get(c, "type"))
					   ? json_string_value(json_object_get(c, "type"))
					   : "",
				   "function_call"))
				continue;
			id = json_string_value(json_object_get(c, "call_id"));
			name = json_string_value(json_object_get(c, "name"));
			args = json_object_get(c, "arguments");
			break;
		case RL_WIRE_GEMINI: {
			const json_t *f = json_object_get(c, "functionCall");
			name = json_string_value(json_object_get(f, "name"));
			args = json_object_get(f, "args");
			id = json_string_value(json_object_get(f, "id"));
			break;
		}
		default: { /* OpenAI and the mock */
			const json_t *f = json_object_get(c, "function");
			id = json_string_value(json_object_get(c, "id"));
			name = json_string_value(json_object_get(f, "name"));
			args = json_object_get(f, "arguments");
			break;
		}
		}
		if (!name || !*name)
			continue;
		v[k].id = strdup(id ? id : "");
		v[k].name = strdup(name);
		v[k].arguments = args_text(args);
		k++;
		if (!v[k - 1].id || !v[k - 1].name || !v[k - 1].arguments) {
			rl_tool_calls_free(v, k);
			json_decref(root);
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		}
	}
	json_decref(root);
	*out = v;
	*count = k;
	return 0;
}

/* The arguments as a JSON value for the wires that carry objects; a model
 * that wrote something other than an object gets it wrapped, so the
 * conversation stays well-formed whatever it sent. */
static json_t *args_value(const char *a)
{
	json_t *v = json_loads(a ? a : "{}", JSON_DECODE_ANY, NULL);
	if (json_is_object(v))
		return v;
	json_decref(v);
	return json_pack("{s:s}", "_raw", a ? a : "");
}

static int add(rl_strlist *out, json_t *msg)
{
	char *s;
	int rc;
	if (!msg)
		return RL_ENOMEM;
	s = json_dumps(msg, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(msg);
	if (!s)
		return RL_ENOMEM;
	rc = rl_strlist_add(out, s) ? RL_ENOMEM : 0;
	free(s);
	return rc;
}

int rl_turn_messages(int wire, const char *text, const rl_tool_call *calls, size_t ncalls,
		     const char *const *results, rl_strlist *out, rl_err *e)
{
	json_t *a = NULL, *b = NULL, *arr, *arr2;
	size_t i;
	int rc = 0;

	text = text ? text : "";
	switch (wire) {
	case RL_WIRE_ANTHROPIC:
		arr = json_array();
		if (*text)
			json_array_append_new(arr,
					      json_pack("{s:s,s:s}", "type", "text", "text", text));
		for (i = 0; i < ncalls; i++)
			json_array_append_new(arr,
					      json_pack("{s:s,s:s,s:s,s:o}", "type", "tool_use",
							"id", calls[i].id, "name", calls[i].name,
							"input", args_value(calls[i].arguments)));
		a = json_pack("{s:s,s:o}", "role", "assistant", "content", arr);
		arr2 = json_array();
		for (i = 0; i < ncalls; i++)
			json_array_append_new(arr2,
					      json_pack("{s:s,s:s,s:s}", "type", "tool_result",
							"tool_use_id", calls[i].id, "content",
							results[i] ? results[i] : ""));
		b = json_pack("{s:s,s:o}", "role", "user", "content", arr2);
		rc = add(out, a);
		rc = rc ? rc : add(out, b);
		break;
	case RL_WIRE_GEMINI:
		arr = json_array();
		if (*text)
			json_array_append_new(arr, json_pack("{s:s}", "text", text));
		for (i = 0; i < ncalls; i++)
			json_array_append_new(arr, json_pack("{s:{s:s,s:o}}", "functionCall",
							     "name", calls[i].name, "args",
							     args_value(calls[i].arguments)));
		a = json_pack("{s:s,s:o}", "role", "model", "parts", arr);
		arr2 = json_array();
		for (i = 0; i < ncalls; i++)
			json_array_append_new(arr2,
					      json_pack("{s:{s:s,s:{s:s}}}", "functionResponse",
							"name", calls[i].name, "response",
							"content", results[i] ? results[i] : ""));
		b = json_pack("{s:s,s:o}", "role", "user", "parts", arr2);
		rc = add(out, a);
		rc = rc ? rc : add(out, b);
		break;
	case RL_WIRE_RESPONSES: {
		/* One model turn is several input items: the assistant message
		 * (when it wrote text) and one function_call item per call. They
		 * are the first entry, joined by commas (a fragment of the input
		 * array, which the encoder writes as it is); then one
		 * function_call_output item per call, as OpenAI's tool messages. */
		rl_buf frag = RL_BUF_INIT;
		char *s;
		int fr = 0;
		if (*text) {
			a = json_pack("{s:s,s:s,s:[{s:s,s:s}]}", "type", "message", "role",
				      "assistant", "content", "type", "output_text", "text", text);
			s = a ? json_dumps(a, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
			json_decref(a);
			fr |= !s || rl_buf_adds(&frag, s);
			free(s);
		}
		for (i = 0; i < ncalls && !fr; i++) {
			a = json_pack("{s:s,s:s,s:s,s:s}", "type", "function_call", "call_id",
				      calls[i].id, "name", calls[i].name, "arguments",
				      calls[i].arguments ? calls[i].arguments : "{}");
			s = a ? json_dumps(a, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
			json_decref(a);
			fr |= !s || (frag.len && rl_buf_addc(&frag, ',')) || rl_buf_adds(&frag, s);
			free(s);
		}
		rc = fr || !frag.s ? RL_ENOMEM : rl_strlist_add(out, frag.s) ? RL_ENOMEM : 0;
		rl_buf_free(&frag);
		for (i = 0; i < ncalls && !rc; i++)
			rc = add(out, json_pack("{s:s,s:s,s:s}", "type", "function_call_output",
						"call_id", calls[i].id, "output",
						results[i] ? results[i] : ""));
		break;
	}
	default: { /* OpenAI Chat Completions and the mock */
		/* Written straight into a buffer with the codecs' string writer:
		 * the results are whole emails, and building jansson values and
		 * dumping them (a character at a time) was most of a turn's
		 * bookkeeping. Invalid UTF-8 from the model becomes U+FFFD. */
		rl_buf m = RL_BUF_INIT;
		int bad = rl_buf_adds(&m, "{\"role\":\"assistant\",\"content\":") ||
			  (*text ? rl_jw_str(&m, text) : rl_buf_adds(&m, "null")) ||
			  rl_buf_adds(&m, ",\"tool_calls\":[");
		for (i = 0; i < ncalls && !bad; i++)
			bad = (i && rl_buf_addc(&m, ',')) || rl_buf_adds(&m, "{\"id\":") ||
			      rl_jw_str(&m, calls[i].id) ||
			      rl_buf_adds(&m, ",\"type\":\"function\",\"function\":{\"name\":") ||
			      rl_jw_str(&m, calls[i].name) || rl_buf_adds(&m, ",\"arguments\":") ||
			      rl_jw_str(&m, calls[i].arguments ? calls[i].arguments : "{}") ||
			      rl_buf_adds(&m, "}}");
		bad = bad || rl_buf_adds(&m, "]}") || rl_strlist_add(out, m.s);
		for (i = 0; i < ncalls && !bad; i++) {
			rl_buf_reset(&m);
			bad = rl_buf_adds(&m, "{\"role\":\"tool\",\"tool_call_id\":") ||
			      rl_jw_str(&m, calls[i].id) || rl_buf_adds(&m, ",\"content\":") ||
			      rl_jw_str(&m, results[i] ? results[i] : "") || rl_buf_addc(&m, '}') ||
			      rl_strlist_add(out, m.s);
		}
		rl_buf_free(&m);
		rc = bad ? RL_ENOMEM : 0;
	}
	}
	return rc ? rl_err_set(e, RL_ENOMEM, "out of memory building a tool-use turn") : 0;
}
