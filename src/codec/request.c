/* request.c: reading a request body of each wire API back into what was
 * asked -- model, streaming, system text and the messages as role + text --
 * for the fake provider's scripts (which match on the model and the
 * prompt). Content parts and blocks contribute their "text", tool
 * results theirs; Responses `function_call_output` items read as "tool"
 * messages and a turn's `function_call` items as one assistant message. The guard reads
 * requests its own way (guard/wire.c: only what it checks, in place). */
#include "codec/codec.h"

#include <stdlib.h>
#include <string.h>

void rl_codec_req_init(rl_codec_req *q)
{
	memset(q, 0, sizeof *q);
	rl_buf_init(&q->system);
}

void rl_codec_req_free(rl_codec_req *q)
{
	size_t i;
	rl_buf_free(&q->system);
	for (i = 0; i < q->nmsgs; i++) {
		free((char *)q->msgs[i].role);
		free((char *)q->msgs[i].content);
	}
	free(q->msgs);
	q->msgs = NULL;
	q->nmsgs = 0;
}

/* Text of a content value: a string, or blocks/parts with "text"; a tool's
 * answer counts as text too (Anthropic tool_result blocks, whose content
 * is a string or blocks; Gemini functionResponse parts, whose response is
 * any JSON: its "content" string, else the JSON itself), so that a
 * script's `contains:` sees what a tool returned in every wire. */
static void content_text(const json_t *c, rl_buf *out)
{
	size_t i;
	json_t *b;
	if (json_is_string(c)) {
		rl_buf_add(out, json_string_value(c), json_string_length(c));
		return;
	}
	json_array_foreach(c, i, b) {
		json_t *t = json_object_get(b, "text"),
		       *fr = json_object_get(b, "functionResponse");
		const char *type = rl_json_str(b, "type");
		if (json_is_string(t)) {
			rl_buf_add(out, json_string_value(t), json_string_length(t));
		} else if (type && !strcmp(type, "tool_result")) {
			content_text(json_object_get(b, "content"), out);
		} else if (json_is_object(fr)) {
			json_t *r = json_object_get(fr, "response"),
			       *rc = json_object_get(r, "content");
			if (json_is_string(rc)) {
				rl_buf_add(out, json_string_value(rc), json_string_length(rc));
			} else if (r) {
				char *js = json_dumps(r, JSON_COMPACT | JSON_ENCODE_ANY);
				if (js)
					rl_buf_adds(out, js);
				free(js);
			}
		}
	}
}

static int add_msg(rl_codec_req *q, const char *role, const json_t *content)
{
	rl_buf t = RL_BUF_INIT;
	rl_message *m = realloc(q->msgs, (q->nmsgs + 1) * sizeof *m);
	char *r = strdup(role), *c;
	if (!m || !r) {
		if (m)
			q->msgs = m;
		free(r);
		return RL_ENOMEM;
	}
	q->msgs = m;
	content_text(content, &t);
	c = rl_buf_detach(&t, NULL);
	if (!c)
		c = strdup("");
	if (!c) {
		free(r);
		return RL_ENOMEM;
	}
	m[q->nmsgs].role = r;
	m[q->nmsgs].content = c;
	m[q->nmsgs].raw_json = NULL;
	q->nmsgs++;
	return 0;
}

int rl_codec_req_read(int wire, const char *url, const json_t *root, rl_codec_req *q)
{
	json_t *msgs, *m;
	size_t i;
	const char *s;

	q->wire = wire;
	if (wire == RL_WIRE_GEMINI) {
		/* the model and streaming are in the path:
		 * /v1beta/models/{model}:generateContent|streamGenerateContent */
		const char *a = url ? strstr(url, "/models/") : NULL, *b;
		json_t *sys = json_object_get(root, "systemInstruction");
		if (!a)
			return RL_EINVAL;
		a += 8;
		b = strchr(a, ':');
		if (!b || (size_t)(b - a) >= sizeof q->model)
			return RL_EINVAL;
		memcpy(q->model, a, (size_t)(b - a));
		q->model[b - a] = '\0';
		q->stream = strstr(b, ":streamGenerateContent") != NULL;
		if (json_is_object(sys))
			content_text(json_object_get(sys, "parts"), &q->system);
		msgs = json_object_get(root, "contents");
		if (!json_is_array(msgs))
			return RL_EINVAL;
		json_array_foreach(msgs, i, m) {
			s = rl_json_str(m, "role");
			if (add_msg(q, s && !strcmp(s, "model") ? "assistant" : "user",
				    json_object_get(m, "parts")))
				return RL_ENOMEM;
		}
		return 0;
	}
	s = rl_json_str(root, "model");
	if (!s || strlen(s) >= sizeof q->model)
		return RL_EINVAL;
	snprintf(q->model, sizeof q->model, "%s", s);
	q->stream = json_is_true(json_object_get(root, "stream"));
	q->include_usage = json_is_true(
		json_object_get(json_object_get(root, "stream_options"), "include_usage"));
	if (wire == RL_WIRE_ANTHROPIC)
		content_text(json_object_get(root, "system"), &q->system);
	if (wire == RL_WIRE_RESPONSES) {
		/* instructions, and input: a string or a list of items */
		content_text(json_object_get(root, "instructions"), &q->system);
		msgs = json_object_get(root, "input");
		if (json_is_string(msgs))
			return add_msg(q, "user", msgs);
	} else {
		msgs = json_object_get(root, "messages");
	}
	if (!json_is_array(msgs))
		return RL_EINVAL;
	json_array_foreach(msgs, i, m) {
		s = rl_json_str(m, "role");
		if (!s && wire == RL_WIRE_RESPONSES) {
			/* function_call / function_call_output items: the
			 * conversation's tool traffic, read as text. The calls of
			 * one model turn (with the assistant message before them,
			 * if any) are one assistant message, so a script's `turn:`
			 * counts model turns as in the other wires. */
			json_t *out = json_object_get(m, "output");
			const char *type = rl_json_str(m, "type");
			if (json_is_string(out) && add_msg(q, "tool", out))
				return RL_ENOMEM;
			if (type && !strcmp(type, "function_call") &&
			    !(q->nmsgs && !strcmp(q->msgs[q->nmsgs - 1].role, "assistant")) &&
			    add_msg(q, "assistant", NULL))
				return RL_ENOMEM;
			continue;
		}
		if (!s)
			return RL_EINVAL;
		if (!strcmp(s, "system") || !strcmp(s, "developer")) {
			content_text(json_object_get(m, "content"), &q->system);
			continue;
		}
		if (add_msg(q, s, json_object_get(m, "content")))
			return RL_ENOMEM;
	}
	return 0;
}
