/* guard.c: the embeddable guard (redline/guard.h): parse a response in
 * either wire format, hand its tool calls, answer text and reasoning to
 * the policy, collect a verdict, and rewrite the response per verdict.
 *
 * The policy itself lives behind guard/eval.h so that the proxy, the
 * public API and the tests all go through one evaluation path. */
#include "redline/guard.h"

#include <stdlib.h>
#include <string.h>

#include "guard/eval.h"
#include "guard/wire.h"

struct rl_guard {
	ge_policy *policy;
};

const char *rl_guard_action_name(int action)
{
	switch (action) {
	case RL_GUARD_ALLOW: return "allow";
	case RL_GUARD_REDACT: return "redact";
	case RL_GUARD_HOLD: return "hold";
	case RL_GUARD_BLOCK: return "block";
	default: return "unknown";
	}
}

int rl_guard_new(const char *policy_path, rl_guard **out, rl_err *e)
{
	rl_guard *g = calloc(1, sizeof *g);
	int rc;
	*out = NULL;
	if (!g)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	rc = ge_policy_load(policy_path, &g->policy, e);
	if (rc) {
		free(g);
		return rc;
	}
	*out = g;
	return 0;
}

void rl_guard_free(rl_guard *g)
{
	if (!g)
		return;
	ge_policy_free(g->policy);
	free(g);
}

void rl_guard_verdict_free(rl_guard_verdict *v)
{
	if (!v)
		return;
	free(v->items);
	memset(v, 0, sizeof *v);
}

const ge_policy *rl_guard_policy(const rl_guard *g)
{
	return g->policy;
}

int rl_guard_eval_resp(const rl_guard *g, const rl_policy_ctx *ctx, const char *input,
		       size_t input_len, const ge_req *req, const gw_resp *r, rl_guard_verdict *v,
		       rl_err *e)
{
	int rc;
	memset(v, 0, sizeof *v);
	rc = ge_eval(g->policy, ctx, input, input_len, req, r, v, e);
	if (rc) {
		/* fail closed: an evaluation error blocks the whole response */
		char msg[256];
		snprintf(msg, sizeof msg, "policy evaluation failed: %.200s",
			 e && e->msg[0] ? e->msg : rl_strerror(rc));
		rl_guard_verdict_free(v);
		ge_verdict_add(v, RL_GUARD_BLOCK, RL_GUARD_PART_CONTENT, "", "guard.error", msg, 0,
			       0);
		for (size_t i = 0; i < r->ncalls; i++)
			ge_verdict_add(v, RL_GUARD_BLOCK, (int)i, r->calls[i].name, "guard.error",
				       msg, 0, 0);
		return rl_err_set(e, RL_EPOLICY, "%s", msg);
	}
	return 0;
}

int rl_guard_check_response(const rl_guard *g, int format, const char *agent, const char *body,
			    size_t n, rl_guard_verdict *v, rl_err *e)
{
	gw_resp r;
	int rc;
	memset(v, 0, sizeof *v);
	rl_policy_ctx ctx = {.agent = agent};
	rc = gw_resp_read(format, body, n, &r, e); /* evaluation only: no tree needed */
	if (rc)
		return rc;
	rc = rl_guard_eval_resp(g, &ctx, NULL, 0, NULL, &r, v, e);
	gw_resp_free(&r);
	return rc;
}

int rl_guard_check_tool_call(const rl_guard *g, const char *agent, const char *tool,
			     const char *args_json, size_t n, rl_guard_verdict *v, rl_err *e)
{
	json_error_t je;
	json_t *args = json_loadb(args_json, n, 0, &je), *root;
	gw_resp r;
	rl_policy_ctx ctx = {.agent = agent};
	int rc;

	memset(v, 0, sizeof *v);
	if (!json_is_object(args)) {
		json_decref(args);
		return rl_err_set(e, RL_EINVAL, "tool call arguments: expected a JSON object");
	}
	/* A one-call Anthropic message is the smallest response that carries it. */
	root = json_pack("{s:s,s:s,s:[{s:s,s:s,s:s,s:o}],s:s}", "type", "message", "role",
			 "assistant", "content", "type", "tool_use", "id", "call", "name", tool,
			 "input", args, "stop_reason", "tool_use");
	if (!root)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	rc = gw_resp_from_tree(RL_GUARD_ANTHROPIC, root, &r, e);
	if (rc)
		return rc;
	rc = rl_guard_eval_resp(g, &ctx, NULL, 0, NULL, &r, v, e);
	gw_resp_free(&r);
	return rc;
}

int rl_guard_rewrite(int format, const char *body, size_t n, const rl_guard_verdict *v,
		     int deny_holds, rl_buf *out, rl_err *e)
{
	gw_resp r;
	int rc = gw_resp_parse(format, body, n, &r, e);
	if (rc)
		return rc;
	rc = gw_resp_apply(&r, v, deny_holds, e);
	if (!rc && gw_resp_json(&r, out))
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	gw_resp_free(&r);
	return rc;
}

/* Compartmentalization walks the whole request: everything in it reaches
 * the model (tool descriptions and schemas, `name` fields, metadata,
 * earlier tool calls' arguments, document blocks...), so every string
 * value is redacted, wherever it is. What cannot be redacted is refused:
 * an object key holding sensitive content (replacing it would change the
 * request's structure) and parts whose text the guard cannot see (a
 * base64, URL or file document, a file or audio part). Images are passed
 * (SECURITY.md, "Known gaps"). */
typedef struct red_walk {
	const ge_policy *p;
	const char *agent;
	int changed;
	const char *why; /* set when the request cannot be redacted */
} red_walk;

/* A part the guard cannot read, named for the error; NULL when it can. */
static const char *opaque_part(json_t *obj)
{
	const char *t = json_string_value(json_object_get(obj, "type"));
	if (!t)
		return NULL;
	if (!strcmp(t, "document")) {
		const char *st =
			json_string_value(json_object_get(json_object_get(obj, "source"), "type"));
		/* text and content sources are strings and blocks: walked */
		if (st && (!strcmp(st, "text") || !strcmp(st, "content")))
			return NULL;
		return "a document block whose source is not text (base64, URL or file)";
	}
	if (!strcmp(t, "file") || !strcmp(t, "input_file") || !strcmp(t, "container_upload"))
		return "a file part";
	if (!strcmp(t, "input_audio"))
		return "an audio part";
	return NULL;
}

static int red_string(red_walk *w, json_t *str, json_t **out)
{
	rl_buf b = RL_BUF_INIT;
	int ch = 0, rc = ge_redact_text(w->p, w->agent, json_string_value(str),
					json_string_length(str), &b, &ch);
	*out = NULL;
	if (!rc && ch) {
		if (!(*out = json_stringn(b.s ? b.s : "", b.len)))
			rc = RL_ENOMEM;
		w->changed = 1;
	}
	rl_buf_free(&b);
	return rc;
}

static int red_value(red_walk *w, json_t *v)
{
	size_t i;
	json_t *it, *nv;
	const char *k;
	int rc;

	if (json_is_object(v)) {
		if ((w->why = opaque_part(v)))
			return RL_EUNSUPP;
		json_object_foreach(v, k, it) {
			rl_buf b = RL_BUF_INIT;
			int ch = 0;
			rc = ge_redact_text(w->p, w->agent, k, strlen(k), &b, &ch);
			rl_buf_free(&b);
			if (rc)
				return rc;
			if (ch) {
				w->why = "an object key holding sensitive content";
				return RL_EUNSUPP;
			}
			if (json_is_string(it)) {
				if ((rc = red_string(w, it, &nv)))
					return rc;
				if (nv && json_object_set_new(v, k, nv))
					return RL_ENOMEM;
			} else if ((rc = red_value(w, it))) {
				return rc;
			}
		}
		return 0;
	}
	if (json_is_array(v)) {
		json_array_foreach(v, i, it) {
			if (json_is_string(it)) {
				if ((rc = red_string(w, it, &nv)))
					return rc;
				if (nv && json_array_set_new(v, i, nv))
					return RL_ENOMEM;
			} else if ((rc = red_value(w, it))) {
				return rc;
			}
		}
	}
	return 0;
}

int rl_guard_redact_request(const rl_guard *g, int format, const char *agent, const char *body,
			    size_t n, rl_buf *out, int *changed, rl_err *e)
{
	json_error_t je;
	json_t *req;
	red_walk w = {.p = g->policy, .agent = agent};
	int rc;
	char *s;

	(void)format;
	*changed = 0;
	if (!ge_policy_redacts_requests(g->policy, agent))
		return rl_buf_add(out, body, n) ? rl_err_set(e, RL_ENOMEM, "out of memory") : 0;
	/* No prefilter on the raw text: JSON escapes (\n between two words
	 * of a keyword, \u0041), anchored patterns and documents would all
	 * slip past one. Every string is decoded and scanned on its own. */
	req = json_loadb(body, n, 0, &je);
	if (!json_is_object(req)) {
		json_decref(req);
		return rl_err_set(e, RL_EINVAL, "request:%d:%d: expected a JSON object (%s)",
				  je.line, je.column, je.text);
	}
	rc = red_value(&w, req);
	if (rc == RL_EUNSUPP) {
		json_decref(req);
		return rl_err_set(
			e, RL_EUNSUPP,
			"the guard's policy keeps some content from the model, and this request "
			"carries %s, which cannot be redacted",
			w.why);
	}
	if (rc) {
		json_decref(req);
		return rl_err_set(e, RL_EPOLICY, "request redaction failed");
	}
	if (!w.changed) { /* nothing sensitive: the client's bytes go as they are */
		json_decref(req);
		return rl_buf_add(out, body, n) ? rl_err_set(e, RL_ENOMEM, "out of memory") : 0;
	}
	*changed = 1;
	s = json_dumps(req, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(req);
	if (!s || rl_buf_adds(out, s)) {
		free(s);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	free(s);
	return 0;
}
