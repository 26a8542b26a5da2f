/* anthropic.c: the Anthropic Messages codec (POST {base}/v1/messages,
 * x-api-key, anthropic-version: 2023-06-01). Extended thinking is asked for
 * with `thinking: {type: enabled, budget_tokens}` and its `thinking` blocks
 * are kept apart from the answer's `text` blocks; `tool_use` blocks become
 * the native tool-call array. */
#include "provider/internal.h"
#include "provider/jsonw.h"

#include <stdlib.h>
#include <string.h>

#define ANTHROPIC_DEFAULT_MAX_TOKENS 4096

/* OpenAI-style tools -> Anthropic {name, description, input_schema}. */
static json_t *convert_tools(const json_t *tools)
{
	json_t *out = json_array(), *t;
	size_t i;
	json_array_foreach(tools, i, t) {
		json_t *f = json_object_get(t, "function"), *o, *params;
		if (!json_is_object(f))
			f = t; /* already {name, description, input_schema|parameters} */
		o = json_object();
		if (json_object_get(f, "name"))
			json_object_set(o, "name", json_object_get(f, "name"));
		if (json_object_get(f, "description"))
			json_object_set(o, "description", json_object_get(f, "description"));
		params = json_object_get(f, "input_schema");
		if (!params)
			params = json_object_get(f, "parameters");
		if (params)
			json_object_set(o, "input_schema", params);
		else
			json_object_set_new(o, "input_schema", json_pack("{s:s}", "type", "object"));
		json_array_append_new(out, o);
	}
	return out;
}

int rl_anthropic_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr,
			rl_buf *body, rl_err *e)
{
	const rl_model_spec *m = rq->model;
	json_t *extra = NULL, *tools = NULL;
	rl_buf sys = RL_BUF_INIT;
	int max_tokens = rq->max_tokens > 0 ? rq->max_tokens : ANTHROPIC_DEFAULT_MAX_TOKENS;
	int first = 1, any = 0, rc;
	size_t i;

	if ((rc = rl_jw_parse_extra(rq->extra_body_json, &extra, e)) ||
	    (rc = rl_json_tools(rq->tools_json, &tools, e)))
		goto out;
	/* Messages has no system role: such messages join the top-level field. */
	rc |= rl_enc_system(rq, &sys);
	rc |= rl_buf_addc(body, '{');
	if (!RL_JW_OVERRIDDEN(extra, "model"))
		rc |= rl_jw_key(body, &first, "model") | rl_jw_str(body, m->model);
	if (sys.len && !RL_JW_OVERRIDDEN(extra, "system"))
		rc |= rl_jw_key(body, &first, "system") | rl_jw_strn(body, sys.s, sys.len);
	if (!RL_JW_OVERRIDDEN(extra, "messages")) {
		rc |= rl_jw_key(body, &first, "messages") | rl_buf_addc(body, '[');
		for (i = 0; i < rq->nmessages; i++) {
			const char *role = rq->messages[i].role ? rq->messages[i].role : "user";
			if (!strcmp(role, "system"))
				continue;
			if (any)
				rc |= rl_buf_addc(body, ',');
			any = 1;
			if (rq->messages[i].raw_json) { /* a tool-use turn, already in this wire's form */
				rc |= rl_buf_adds(body, rq->messages[i].raw_json);
				continue;
			}
			rc |= rl_buf_adds(body, "{\"role\":") | rl_jw_str(body, role);
			rc |= rl_buf_adds(body, ",\"content\":");
			rc |= rl_jw_str(body, rq->messages[i].content ? rq->messages[i].content : "");
			rc |= rl_buf_addc(body, '}');
		}
		rc |= rl_buf_addc(body, ']');
	}
	if (rq->thinking_budget > 0) {
		/* budget_tokens must be below max_tokens; thinking is incompatible
		 * with a changed temperature, so none is sent. */
		if (max_tokens <= rq->thinking_budget)
			max_tokens = rq->thinking_budget +
				     (rq->max_tokens > 0 ? rq->max_tokens : ANTHROPIC_DEFAULT_MAX_TOKENS);
		if (!RL_JW_OVERRIDDEN(extra, "thinking"))
			rc |= rl_jw_key(body, &first, "thinking") |
			      rl_buf_addf(body, "{\"type\":\"enabled\",\"budget_tokens\":%d}",
					  rq->thinking_budget);
	} else if (rq->temperature >= 0 && !RL_JW_OVERRIDDEN(extra, "temperature")) {
		rc |= rl_jw_key(body, &first, "temperature") | rl_jw_double(body, rq->temperature);
	}
	if (!RL_JW_OVERRIDDEN(extra, "max_tokens"))
		rc |= rl_jw_key(body, &first, "max_tokens") | rl_buf_addf(body, "%d", max_tokens);
	if (tools && !RL_JW_OVERRIDDEN(extra, "tools")) {
		json_t *conv = convert_tools(tools);
		rc |= rl_jw_key(body, &first, "tools") | rl_jw_value(body, conv);
		json_decref(conv);
	}
	rc |= rl_jw_extra_tail(body, &first, extra);
	rc |= rl_buf_addc(body, '}');
	rc |= rl_buf_addf(url, "%s/v1/messages", m->base_url);
	rc |= rl_enc_headers(hdr, "Content-Type: application/json\nanthropic-version: 2023-06-01\n",
			     "x-api-key: ", key, rq);
	if (rc)
		rc = rl_err_set(e, RL_ENOMEM, "out of memory encoding a request");
out:
	rl_buf_free(&sys);
	json_decref(extra);
	json_decref(tools);
	return rc;
}

int rl_anthropic_decode_json(const json_t *root, rl_response *out, rl_err *e)
{
	json_t *content = json_object_get(root, "content"), *blk, *usage, *calls = NULL;
	const char *s;
	size_t i;

	if ((s = rl_json_str(root, "model")))
		snprintf(out->model_reported, sizeof out->model_reported, "%s", s);
	s = rl_json_str(root, "stop_reason");
	out->finish = rl_finish_from_anthropic(s);
	snprintf(out->finish_raw, sizeof out->finish_raw, "%s", s ? s : "");
	usage = json_object_get(root, "usage");
	if (json_is_object(usage)) {
		out->input_tokens = rl_json_long(usage, "input_tokens", -1);
		out->output_tokens = rl_json_long(usage, "output_tokens", -1);
	}
	if (!json_is_array(content)) {
		rl_resp_fail(out, RL_EPROTO, 1, "Anthropic response without a content array");
		return rl_err_set(e, RL_EPROTO, "%s", out->error_msg);
	}
	json_array_foreach(content, i, blk) {
		const char *type = rl_json_str(blk, "type");
		if (!type)
			continue;
		if (!strcmp(type, "text")) {
			if (rl_resp_add_part(out, 0, json_object_get(blk, "text")))
				goto nomem;
		} else if (!strcmp(type, "thinking")) {
			if (rl_resp_add_part(out, 1, json_object_get(blk, "thinking")))
				goto nomem;
		} else if (!strcmp(type, "tool_use")) {
			if (!calls && !(calls = json_array()))
				goto nomem;
			json_array_append(calls, blk);
		}
	}
	if (rl_resp_take_calls(out, calls))
		return rl_err_set(e, RL_ENOMEM, "out of memory decoding a response");
	return 0;
nomem:
	json_decref(calls);
	return rl_err_set(e, RL_ENOMEM, "out of memory decoding a response");
}
