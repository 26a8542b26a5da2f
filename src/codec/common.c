/* common.c: what the wire codecs share: the response record, error
 * classification, JSON helpers (jansson), tool calls in a neutral shape,
 * and the encode/decode/render dispatch. Codecs are pure functions: bytes
 * in, structs out, no network, no state. */
#include "codec/codec.h"
#include "codec/jsonw.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void rl_response_init(rl_response *r)
{
	memset(r, 0, sizeof *r);
	r->input_tokens = r->output_tokens = r->reasoning_tokens = -1;
}

void rl_response_free(rl_response *r)
{
	if (!r)
		return;
	free(r->text);
	free(r->reasoning);
	free(r->tool_calls);
	rl_response_init(r);
}

const char *rl_finish_name(int f)
{
	switch (f) {
	case RL_FINISH_STOP: return "stop";
	case RL_FINISH_LENGTH: return "length";
	case RL_FINISH_TOOL: return "tool_calls";
	case RL_FINISH_FILTER: return "content_filter";
	case RL_FINISH_OTHER: return "other";
	}
	return "none";
}

int rl_finish_from_openai(const char *s)
{
	if (!s)
		return RL_FINISH_NONE;
	if (!strcmp(s, "stop"))
		return RL_FINISH_STOP;
	if (!strcmp(s, "length"))
		return RL_FINISH_LENGTH;
	if (!strcmp(s, "tool_calls") || !strcmp(s, "function_call"))
		return RL_FINISH_TOOL;
	if (!strcmp(s, "content_filter"))
		return RL_FINISH_FILTER;
	return RL_FINISH_OTHER;
}

int rl_finish_from_anthropic(const char *s)
{
	if (!s)
		return RL_FINISH_NONE;
	if (!strcmp(s, "end_turn") || !strcmp(s, "stop_sequence"))
		return RL_FINISH_STOP;
	if (!strcmp(s, "max_tokens"))
		return RL_FINISH_LENGTH;
	if (!strcmp(s, "tool_use"))
		return RL_FINISH_TOOL;
	if (!strcmp(s, "refusal"))
		return RL_FINISH_FILTER;
	return RL_FINISH_OTHER;
}

int rl_finish_from_gemini(const char *s)
{
	if (!s)
		return RL_FINISH_NONE;
	if (!strcmp(s, "STOP"))
		return RL_FINISH_STOP;
	if (!strcmp(s, "MAX_TOKENS"))
		return RL_FINISH_LENGTH;
	if (!strcmp(s, "SAFETY") || !strcmp(s, "RECITATION") || !strcmp(s, "BLOCKLIST") ||
	    !strcmp(s, "PROHIBITED_CONTENT") || !strcmp(s, "SPII") || !strcmp(s, "IMAGE_SAFETY"))
		return RL_FINISH_FILTER;
	return RL_FINISH_OTHER;
}

int rl_status_retryable(int st)
{
	return st == 408 || st == 409 || st == 425 || st == 429 || st >= 500;
}

void rl_resp_fail(rl_response *out, int code, int retryable, const char *fmt, ...)
{
	va_list ap;
	out->error = code;
	out->retryable = retryable;
	va_start(ap, fmt);
	vsnprintf(out->error_msg, sizeof out->error_msg, fmt, ap);
	va_end(ap);
}

int rl_resp_set(char **dst, size_t *dlen, const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (!p)
		return RL_ENOMEM;
	memcpy(p, s, n);
	p[n] = '\0';
	free(*dst);
	*dst = p;
	if (dlen)
		*dlen = n;
	return 0;
}

int rl_resp_append(char **dst, size_t *dlen, const char *s, size_t n)
{
	size_t old = *dst ? *dlen : 0;
	char *p = realloc(*dst, old + n + 1);
	if (!p)
		return RL_ENOMEM;
	memcpy(p + old, s, n);
	p[old + n] = '\0';
	*dst = p;
	*dlen = old + n;
	return 0;
}

int rl_resp_set_json(char **dst, size_t *dlen, const json_t *v)
{
	char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	if (!s)
		return RL_ENOMEM;
	free(*dst);
	*dst = s;
	*dlen = strlen(s);
	return 0;
}

int rl_resp_add_part(rl_response *out, int thought, const json_t *t)
{
	if (!json_is_string(t))
		return 0;
	return thought ? rl_resp_append(&out->reasoning, &out->reasoning_len, json_string_value(t),
					json_string_length(t))
		       : rl_resp_append(&out->text, &out->text_len, json_string_value(t),
					json_string_length(t));
}

int rl_resp_take_calls(rl_response *out, json_t *calls)
{
	int rc;
	if (!calls)
		return 0;
	rc = rl_resp_set_json(&out->tool_calls, &out->tool_calls_len, calls);
	json_decref(calls);
	return rc;
}

int rl_enc_system(const rl_request *rq, rl_buf *sys)
{
	size_t i;
	int rc = rq->system ? rl_buf_adds(sys, rq->system) : 0;
	for (i = 0; i < rq->nmessages; i++)
		if (rq->messages[i].role && !strcmp(rq->messages[i].role, "system")) {
			if (sys->len)
				rc |= rl_buf_adds(sys, "\n\n");
			rc |= rl_buf_adds(sys,
					  rq->messages[i].content ? rq->messages[i].content : "");
		}
	return rc ? RL_ENOMEM : 0;
}

int rl_enc_headers(rl_buf *hdr, const char *fixed, const char *key_line, const char *key,
		   const rl_request *rq)
{
	size_t i;
	int rc = rl_buf_adds(hdr, fixed);
	if (key)
		rc |= rl_buf_addf(hdr, "%s%s\n", key_line, key);
	for (i = 0; i < rq->nheaders; i++)
		rc |= rl_buf_addf(hdr, "%s\n", rq->headers[i]);
	return rc ? RL_ENOMEM : 0;
}

const char *rl_json_str(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

long rl_json_long(const json_t *o, const char *key, long dflt)
{
	json_t *v = json_object_get(o, key);
	if (json_is_integer(v))
		return (long)json_integer_value(v);
	if (json_is_real(v))
		return (long)json_real_value(v);
	return dflt;
}

int rl_json_tools(const char *tools, json_t **out, rl_err *e)
{
	json_error_t je;
	*out = NULL;
	if (!tools || !*tools)
		return 0;
	*out = json_loads(tools, 0, &je);
	if (!*out || !json_is_array(*out)) {
		json_decref(*out);
		*out = NULL;
		return rl_err_set(e, RL_EINVAL,
				  "tools: %s (expected a JSON array of "
				  "{type: function, function: {name, description, parameters}})",
				  je.text[0] ? je.text : "not an array");
	}
	return 0;
}

int rl_json_dump_buf(const json_t *v, rl_buf *b, rl_err *e)
{
	char *s = json_dumps(v, JSON_COMPACT);
	int rc;
	if (!s)
		return rl_err_set(e, RL_ENOMEM, "out of memory encoding a request");
	rc = rl_buf_adds(b, s);
	free(s);
	return rc ? rl_err_set(e, rc, "out of memory encoding a request") : 0;
}

/* Copy a bounded, printable excerpt of an untrusted body into a message. */
static void excerpt(char *dst, size_t cap, const char *s, size_t n)
{
	size_t i, j = 0;
	for (i = 0; i < n && j + 1 < cap && i < 160; i++)
		dst[j++] = (s[i] >= 0x20 && s[i] < 0x7f) ? s[i] : ' ';
	dst[j] = '\0';
}

int rl_json_parse_body(const char *what, const char *s, size_t n, json_t **out, rl_response *resp,
		       rl_err *e)
{
	json_error_t je;
	char ex[168];
	if (n > RL_DECODE_MAX) {
		rl_resp_fail(resp, RL_ELIMIT, 0, "%s response of %zu bytes is too large", what, n);
		return rl_err_set(e, RL_ELIMIT, "%s", resp->error_msg);
	}
	{
		/* U+0000 in an answer is text, not a broken answer (jansson
		 * refuses it): it reads as U+FFFD; see rl_json_nul_to_fffd */
		rl_buf fixed = RL_BUF_INIT;
		const char *t = rl_json_nul_to_fffd(s, n, &fixed);
		if (!t) {
			rl_resp_fail(resp, RL_ENOMEM, 0, "out of memory");
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		}
		*out = rl_json_fast_parse(t, n);
		if (!*out || !json_is_object(*out)) {
			json_decref(*out);
			/* not accepted by the fast path: jansson decides, and
			 * words the error */
			*out = json_loadb(t, n, 0, &je);
		}
		rl_buf_free(&fixed);
	}
	if (*out && json_is_object(*out))
		return 0;
	json_decref(*out);
	*out = NULL;
	excerpt(ex, sizeof ex, s, n);
	if (!n)
		rl_resp_fail(resp, RL_EPROTO, 0, "empty %s response body", what);
	else
		rl_resp_fail(resp, RL_EPROTO, 0,
			     "%s response is not a JSON object (%s at byte %d): '%s'", what,
			     je.text, je.position, ex);
	return rl_err_set(e, RL_EPROTO, "%s", resp->error_msg);
}

void rl_resp_api_error(rl_response *out, int status, const json_t *root, const char *body, size_t n)
{
	const json_t *err = root ? json_object_get(root, "error") : NULL;
	const char *msg = NULL, *type = NULL;
	char ex[168];

	if (json_is_object(err)) {
		msg = rl_json_str(err, "message");
		type = rl_json_str(err, "type");
		if (!type)
			type = rl_json_str(err, "status");
		if (!type)
			type = rl_json_str(err, "code");
	} else if (json_is_string(err)) {
		msg = json_string_value(err);
	} else if (root) {
		msg = rl_json_str(root, "message");
		if (!msg)
			msg = rl_json_str(root, "detail");
	}
	if (!msg) {
		excerpt(ex, sizeof ex, body ? body : "", body ? n : 0);
		msg = ex;
	}
	rl_resp_fail(out, status == 408 || status == 504 ? RL_ELIMIT : RL_ENET,
		     rl_status_retryable(status), "HTTP %d%s%s: %.300s", status, type ? " " : "",
		     type ? type : "", msg);
	/* A body-level overloaded error is transient whatever the status. */
	if (type && (!strcmp(type, "overloaded_error") || !strcmp(type, "rate_limit_error") ||
		     !strcmp(type, "RESOURCE_EXHAUSTED") || !strcmp(type, "UNAVAILABLE") ||
		     !strcmp(type, "api_error")))
		out->retryable = 1;
}

int rl_provider_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *hdr,
		       rl_buf *body, rl_err *e)
{
	if (!rq || !rq->model)
		return rl_err_set(e, RL_EINVAL, "request without a model");
	switch (rq->model->wire) {
	case RL_WIRE_OPENAI: return rl_openai_encode(rq, key, url, hdr, body, e);
	case RL_WIRE_ANTHROPIC: return rl_anthropic_encode(rq, key, url, hdr, body, e);
	case RL_WIRE_GEMINI: return rl_gemini_encode(rq, key, url, hdr, body, e);
	case RL_WIRE_RESPONSES: return rl_responses_encode(rq, key, url, hdr, body, e);
	}
	return rl_err_set(e, RL_EINVAL, "model %s: the mock provider has no wire format",
			  rq->model->id);
}

int rl_provider_decode(int wire, int status, const char *body, size_t n, rl_response *out,
		       rl_err *e)
{
	static const char *const names[] = {"OpenAI", "Anthropic", "Gemini", "mock",
					    "OpenAI Responses"};
	json_t *root = NULL;
	int rc;

	if (wire < 0 || wire > RL_WIRE_RESPONSES || wire == RL_WIRE_MOCK)
		return rl_err_set(e, RL_EINVAL, "decode: unknown wire format %d", wire);
	if (!status)
		status = 200;
	out->http_status = status;
	out->calls_wire = wire;
	if (status < 200 || status > 299) {
		/* Error bodies: understood when JSON, excerpted when not. */
		if (n <= RL_DECODE_MAX)
			root = json_loadb(body, n, 0, NULL);
		rl_resp_api_error(out, status, root, body, n);
		json_decref(root);
		return rl_resp_set(&out->text, &out->text_len, "", 0);
	}
	if ((rc = rl_json_parse_body(names[wire], body, n, &root, out, e))) {
		rl_resp_set(&out->text, &out->text_len, "", 0);
		return rc;
	}
	if (json_object_get(root, "error") && !json_object_get(root, "choices") &&
	    !json_object_get(root, "candidates") && !json_object_get(root, "content") &&
	    !json_object_get(root, "output")) {
		/* Some OpenAI-compatible servers answer 200 with an error body. */
		rl_resp_api_error(out, status, root, body, n);
		out->retryable = 1;
		json_decref(root);
		return 0;
	}
	switch (wire) {
	case RL_WIRE_OPENAI: rc = rl_openai_decode_json(root, out, e); break;
	case RL_WIRE_ANTHROPIC: rc = rl_anthropic_decode_json(root, out, e); break;
	case RL_WIRE_RESPONSES: rc = rl_responses_decode_json(root, out, e); break;
	default: rc = rl_gemini_decode_json(root, out, e); break;
	}
	json_decref(root);
	if (rc && !out->error)
		rl_resp_fail(out, rc, 0, "%s", e ? e->msg : rl_strerror(rc));
	if (!out->text && rl_resp_set(&out->text, &out->text_len, "", 0) && !rc)
		rc = RL_ENOMEM;
	return rc;
}

/* ---- tool calls in a neutral shape ---------------------------------- */

/* A call's arguments as text. Where the wire sends them as JSON text
 * (Chat Completions, Responses: `text`), a string is that text; where it
 * sends a JSON value (Anthropic input, Gemini args) the value is
 * serialised, whatever it is, as the guard's reader does. Absent: "{}". */
static json_t *args_text(const json_t *a, int text)
{
	char *s;
	json_t *v;
	if (!a || (text && json_is_null(a)))
		return json_string("{}");
	if (text && json_is_string(a))
		return json_stringn(json_string_value(a), json_string_length(a));
	s = json_dumps(a, JSON_COMPACT | JSON_ENCODE_ANY);
	v = s ? json_string(s) : NULL;
	free(s);
	return v;
}

json_t *rl_codec_calls(int wire, const char *native, size_t n)
{
	json_t *out = json_array(), *in, *c;
	size_t i;
	if (!out || !native || !n)
		return out;
	in = json_loadb(native, n, 0, NULL);
	/* Read by the wire the array came from, never by the shape of an
	 * element: an upstream that adds a "function" or "call_id" member to
	 * a tool_use block would otherwise have its calls read from members
	 * the guard's reader (guard/wire.c) never evaluated (fuzz_codec_diff). */
	json_array_foreach(in, i, c) {
		const json_t *fn, *name, *args, *id;
		const char *type = rl_json_str(c, "type");
		json_t *o;
		int text = 1;
		switch (wire) {
		case RL_WIRE_ANTHROPIC:
			if (!type || (strcmp(type, "tool_use") && strcmp(type, "server_tool_use")))
				continue;
			name = json_object_get(c, "name");
			args = json_object_get(c, "input");
			id = json_object_get(c, "id");
			text = 0;
			break;
		case RL_WIRE_RESPONSES:
			if (!type || strcmp(type, "function_call"))
				continue;
			name = json_object_get(c, "name");
			args = json_object_get(c, "arguments");
			id = json_object_get(c, "call_id");
			break;
		case RL_WIRE_GEMINI:
			fn = json_object_get(c, "functionCall");
			name = json_object_get(fn, "name");
			args = json_object_get(fn, "args");
			id = json_object_get(fn, "id");
			text = 0;
			break;
		default: /* Chat Completions and the mock */
			fn = json_object_get(c, "function");
			name = json_object_get(fn, "name");
			args = json_object_get(fn, "arguments");
			id = json_object_get(c, "id");
			break;
		}
		if (!json_is_string(name))
			continue;
		o = json_pack("{s:O,s:s,s:o}", "name", name, "id",
			      json_is_string(id) ? json_string_value(id) : "", "arguments",
			      args_text(args, text));
		if (!o || json_array_append_new(out, o)) {
			json_decref(in);
			json_decref(out);
			return NULL;
		}
	}
	json_decref(in);
	return out;
}

/* ---- rendering ------------------------------------------------------ */

static int render_or_synth(int wire, const rl_response *rs, const rl_codec_out *o, rl_buf *out,
			   rl_sse_w *w)
{
	json_t *calls = rl_codec_calls(rs->calls_wire, rs->tool_calls, rs->tool_calls_len);
	int rc;
	if (!calls)
		return RL_ENOMEM;
	switch (wire) {
	case RL_WIRE_OPENAI:
		rc = out ? rl_openai_render(rs, o, calls, out) : rl_openai_synth(rs, o, calls, w);
		break;
	case RL_WIRE_ANTHROPIC:
		rc = out ? rl_anthropic_render(rs, o, calls, out)
			 : rl_anthropic_synth(rs, o, calls, w);
		break;
	case RL_WIRE_GEMINI:
		rc = out ? rl_gemini_render(rs, o, calls, out) : rl_gemini_synth(rs, o, calls, w);
		break;
	case RL_WIRE_RESPONSES:
		rc = out ? rl_responses_render(rs, o, calls, out)
			 : rl_responses_synth(rs, o, calls, w);
		break;
	default: rc = RL_EINVAL; break;
	}
	json_decref(calls);
	if (!rc && w && w->oom)
		rc = RL_ENOMEM;
	return rc;
}

int rl_codec_render(int wire, const rl_response *rs, const rl_codec_out *o, rl_buf *out)
{
	return render_or_synth(wire, rs, o, out, NULL);
}

int rl_codec_synth(int wire, const rl_response *rs, const rl_codec_out *o, rl_sse_w *w)
{
	return render_or_synth(wire, rs, o, NULL, w);
}

int rl_codec_error_body(int wire, int status, const char *msg, rl_buf *out)
{
	const char *otype = status == 429   ? "rate_limit_exceeded"
			    : status >= 500 ? "server_error"
			    : status == 404 ? "not_found_error"
					    : "invalid_request_error";
	const char *atype = status == 429   ? "rate_limit_error"
			    : status == 529 ? "overloaded_error"
			    : status >= 500 ? "api_error"
			    : status == 401 ? "authentication_error"
			    : status == 404 ? "not_found_error"
					    : "invalid_request_error";
	const char *gstatus = status == 429   ? "RESOURCE_EXHAUSTED"
			      : status == 503 ? "UNAVAILABLE"
			      : status >= 500 ? "INTERNAL"
			      : status == 401 ? "UNAUTHENTICATED"
			      : status == 404 ? "NOT_FOUND"
					      : "INVALID_ARGUMENT";
	json_t *j;
	char *s;
	int rc;
	if (wire == RL_WIRE_ANTHROPIC)
		j = json_pack("{s:s,s:{s:s,s:s}}", "type", "error", "error", "type", atype,
			      "message", msg);
	else if (wire == RL_WIRE_GEMINI)
		j = json_pack("{s:{s:i,s:s,s:s}}", "error", "code", status, "message", msg,
			      "status", gstatus);
	else
		j = json_pack("{s:{s:s,s:s,s:n,s:n}}", "error", "message", msg, "type", otype,
			      "param", "code");
	s = j ? json_dumps(j, JSON_COMPACT) : NULL;
	json_decref(j);
	if (!s)
		return RL_ENOMEM;
	rc = rl_buf_adds(out, s);
	free(s);
	return rc ? RL_ENOMEM : 0;
}

json_t *rl_codec_args_obj(const json_t *call)
{
	const char *a = rl_json_str(call, "arguments");
	json_t *v = a ? json_loads(a, 0, NULL) : NULL;
	if (!json_is_object(v)) {
		json_decref(v);
		v = json_object();
	}
	return v;
}

int rl_enc_role_messages(rl_buf *body, const rl_request *rq, int any)
{
	int rc = 0;
	size_t i;
	for (i = 0; i < rq->nmessages; i++) {
		const rl_message *m = &rq->messages[i];
		if (any)
			rc |= rl_buf_addc(body, ',');
		any = 1;
		if (m->raw_json) { /* a tool-use turn, already in this wire's form */
			rc |= rl_buf_adds(body, m->raw_json);
			continue;
		}
		rc |= rl_buf_adds(body, "{\"role\":");
		rc |= rl_jw_str(body, m->role ? m->role : "user");
		rc |= rl_buf_adds(body, ",\"content\":");
		rc |= rl_jw_str(body, m->content ? m->content : "");
		rc |= rl_buf_addc(body, '}');
	}
	return rc;
}
