/* mcp.c: the guard's MCP side (guard/mcp.h): JSON-RPC 2.0 messages of the
 * Streamable HTTP transport judged by the same policy as model responses.
 *
 * A tools/call is re-expressed as the one-call model message that
 * rl_guard_check_tool_call builds, so a rule written for a model's
 * `send_email` tool call judges an MCP `send_email` call identically. A
 * tool result is judged as answer text (the text the agent will read):
 * its strings are joined into one text so a single policy evaluation
 * covers them, and redaction spans are mapped back to each string.
 * jansson parses (with duplicate keys refused); a byte pre-scan bounds
 * nesting before jansson's recursion sees the text. */
#include "guard/mcp.h"
#include "guard/mcp_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/jsonr.h"
#include "base/util.h"
#include "guard/eval.h"
#include "guard/wire.h"
#include "redline/action.h"

#define MCP_MAX_TOOL 128

void mcp_limits_default(mcp_limits *l)
{
	l->max_bytes = (size_t)4 << 20;
	l->max_batch = 128;
	l->max_depth = 64;
}

/* ---- parsing ---- */

/* Deepest array/object nesting of a JSON text, strings skipped; stops
 * counting past `cap`. */
size_t mcp_json_depth(const char *s, size_t n, size_t cap)
{
	size_t i, d = 0, max = 0;
	int in_str = 0;
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (in_str) {
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = 0;
			continue;
		}
		if (c == '"') {
			in_str = 1;
		} else if (c == '[' || c == '{') {
			if (++d > max && (max = d) > cap)
				return max;
		} else if ((c == ']' || c == '}') && d) {
			d--;
		}
	}
	return max;
}

int mcp_error_json(const json_t *id, int code, const char *msg, rl_buf *out)
{
	json_t *o = json_pack("{s:s,s:O,s:{s:i,s:s}}", "jsonrpc", "2.0", "id",
			      id ? (json_t *)id : json_null(), "error", "code", code, "message",
			      msg ? msg : "");
	char *s = o ? json_dumps(o, JSON_COMPACT) : NULL;
	int rc = s ? rl_buf_adds(out, s) : RL_ENOMEM;
	free(s);
	json_decref(o);
	return rc;
}

static int valid_id(const json_t *id)
{
	return json_is_string(id) || json_is_integer(id) || json_is_real(id);
}

/* Classify one element; MCP_INVALID with code and why when it is not a
 * JSON-RPC 2.0 message. */
static void classify(json_t *o, mcp_msg *m)
{
	json_t *ver, *id, *method, *params, *res, *err;
	memset(m, 0, sizeof *m);
	m->kind = MCP_INVALID;
	m->code = MCP_INVALID_REQUEST;
	if (!json_is_object(o)) {
		snprintf(m->why, sizeof m->why, "a JSON-RPC message must be an object");
		return;
	}
	m->obj = o;
	id = json_object_get(o, "id");
	if (valid_id(id))
		m->id = id;
	ver = json_object_get(o, "jsonrpc");
	if (!json_is_string(ver) || strcmp(json_string_value(ver), "2.0")) {
		snprintf(m->why, sizeof m->why, "\"jsonrpc\" must be \"2.0\"");
		return;
	}
	method = json_object_get(o, "method");
	res = json_object_get(o, "result");
	err = json_object_get(o, "error");
	if (method) {
		if (!json_is_string(method) || !json_string_length(method)) {
			snprintf(m->why, sizeof m->why, "\"method\" must be a non-empty string");
			return;
		}
		if (res || err) {
			snprintf(m->why, sizeof m->why, "a request has no \"result\" or \"error\"");
			return;
		}
		params = json_object_get(o, "params");
		if (params && !json_is_object(params) && !json_is_array(params)) {
			snprintf(m->why, sizeof m->why, "\"params\" must be an object");
			return;
		}
		if (id && !m->id) {
			/* MCP: a request id is a string or a number, never null */
			snprintf(m->why, sizeof m->why, "\"id\" must be a string or a number");
			return;
		}
		m->method = json_string_value(method);
		m->kind = id ? MCP_REQUEST : MCP_NOTIFICATION;
		return;
	}
	if ((res != NULL) == (err != NULL)) {
		snprintf(m->why, sizeof m->why,
			 "expected a request (\"method\") or a response (\"result\" or \"error\")");
		return;
	}
	if (!m->id && !(err && json_is_null(id))) {
		snprintf(m->why, sizeof m->why, "a response needs the \"id\" it answers");
		return;
	}
	if (err && (!json_is_object(err) || !json_is_integer(json_object_get(err, "code")))) {
		snprintf(m->why, sizeof m->why, "\"error\" must be an object with an integer code");
		return;
	}
	m->kind = MCP_RESPONSE;
}

int mcp_parse(const char *body, size_t n, const mcp_limits *lim0, mcp_batch *out, rl_buf *err)
{
	mcp_limits lim;
	json_error_t je;
	size_t i, cnt;
	char msg[256];

	memset(out, 0, sizeof *out);
	if (lim0)
		lim = *lim0;
	else
		mcp_limits_default(&lim);
	if (n > lim.max_bytes) {
		snprintf(msg, sizeof msg, "Parse error: message larger than %zu bytes",
			 lim.max_bytes);
		goto parse_error;
	}
	if (mcp_json_depth(body, n, lim.max_depth) > lim.max_depth) {
		snprintf(msg, sizeof msg, "Parse error: nested deeper than %zu", lim.max_depth);
		goto parse_error;
	}
	/* the fast reader builds the same tree (base/jsonr.h) at a fraction of
	 * json_loadb's cost; what it does not take, jansson decides and words */
	out->root = rl_json_fast_parse_flags(body, n, JSON_REJECT_DUPLICATES);
	if (!out->root)
		out->root = json_loadb(body, n, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &je);
	if (!out->root) {
		/* jansson's text names the problem (duplicate key, bad UTF-8...);
		 * it quotes no input beyond a key name */
		snprintf(msg, sizeof msg, "Parse error: %d:%d: %.160s", je.line, je.column,
			 je.text);
		goto parse_error;
	}
	out->is_batch = json_is_array(out->root);
	cnt = out->is_batch ? json_array_size(out->root) : 1;
	if (out->is_batch && !cnt) {
		mcp_batch_free(out);
		return mcp_error_json(NULL, MCP_INVALID_REQUEST, "Invalid Request: empty batch",
				      err)
			       ? RL_ENOMEM
			       : MCP_INVALID_REQUEST;
	}
	if (cnt > lim.max_batch) {
		mcp_batch_free(out);
		snprintf(msg, sizeof msg, "Invalid Request: batch of more than %zu messages",
			 lim.max_batch);
		return mcp_error_json(NULL, MCP_INVALID_REQUEST, msg, err) ? RL_ENOMEM
									   : MCP_INVALID_REQUEST;
	}
	out->v = calloc(cnt, sizeof *out->v);
	if (!out->v) {
		mcp_batch_free(out);
		return RL_ENOMEM;
	}
	out->n = cnt;
	for (i = 0; i < cnt; i++) {
		mcp_msg *m = &out->v[i];
		classify(out->is_batch ? json_array_get(out->root, i) : out->root, m);
		if (m->kind == MCP_REQUEST)
			out->nrequests++;
	}
	if (!out->is_batch && out->v[0].kind == MCP_INVALID) {
		int rc;
		snprintf(msg, sizeof msg, "Invalid Request: %s", out->v[0].why);
		rc = mcp_error_json(out->v[0].id, MCP_INVALID_REQUEST, msg, err);
		mcp_batch_free(out);
		return rc ? RL_ENOMEM : MCP_INVALID_REQUEST;
	}
	return 0;

parse_error:
	mcp_batch_free(out);
	return mcp_error_json(NULL, MCP_PARSE_ERROR, msg, err) ? RL_ENOMEM : MCP_PARSE_ERROR;
}

void mcp_batch_free(mcp_batch *b)
{
	json_decref(b->root);
	free(b->v);
	memset(b, 0, sizeof *b);
}

int mcp_invalid_answers(const mcp_batch *b, rl_buf *out)
{
	size_t i;
	int first = 1, rc = 0;
	for (i = 0; i < b->n && !rc; i++) {
		char msg[160];
		if (b->v[i].kind != MCP_INVALID)
			continue;
		rc = rl_buf_addc(out, first ? '[' : ',');
		first = 0;
		snprintf(msg, sizeof msg, "Invalid Request: %s", b->v[i].why);
		if (!rc)
			rc = mcp_error_json(b->v[i].id, b->v[i].code, msg, out);
	}
	if (!first && !rc)
		rc = rl_buf_addc(out, ']');
	return rc;
}

/* ---- tools/call ---- */

int mcp_is_call(const mcp_msg *m)
{
	return m->kind == MCP_REQUEST && !strcmp(m->method, "tools/call");
}

int mcp_call_get(const mcp_msg *m, mcp_call *c, char *why, size_t n)
{
	json_t *params = json_object_get(m->obj, "params"), *name, *args;
	memset(c, 0, sizeof *c);
	c->id = m->id;
	if (!json_is_object(params)) {
		snprintf(why, n, "tools/call needs params {name, arguments}");
		return MCP_INVALID_PARAMS;
	}
	name = json_object_get(params, "name");
	if (!json_is_string(name) || !json_string_length(name) ||
	    json_string_length(name) > MCP_MAX_TOOL ||
	    strlen(json_string_value(name)) != json_string_length(name)) {
		snprintf(why, n,
			 "tools/call: \"name\" must be a tool name (a string of 1 to %d bytes)",
			 MCP_MAX_TOOL);
		return MCP_INVALID_PARAMS;
	}
	args = json_object_get(params, "arguments");
	if (args && !json_is_object(args)) {
		snprintf(why, n, "tools/call: \"arguments\" must be an object");
		return MCP_INVALID_PARAMS;
	}
	c->tool = json_string_value(name);
	c->args = args;
	return 0;
}

/* The compiled policy behind an rl_guard. guard/eval.h keeps ge_policy
 * opaque; its first (only) member is the rl_policy pointer, which C lets
 * a pointer to the struct be read as (C11 6.7.2.1p15). */
static const rl_policy *raw_policy(const rl_guard *g)
{
	return ge_policy_rules(rl_guard_policy(g));
}

const char *mcp_agent_of(const mcp_who *w)
{
	if (w->agent)
		return w->agent;
	return w->ctx ? ge_policy_agent(rl_guard_policy(w->g), w->ctx) : NULL;
}

/* The normalised response ge_eval judges, built directly (no tree: the
 * verdict is applied to the MCP message, not to it): one tool call with
 * `args` (JSON object text, taken) or one text. What gw_resp_from_tree
 * makes of a one-call or one-text Anthropic message, without building and
 * walking that message (a fifth of a call's cost through the gateway). */
int mcp_one_resp(const char *tool, char *args, const char *text, size_t tn, gw_resp *r)
{
	memset(r, 0, sizeof *r);
	r->format = RL_GUARD_ANTHROPIC;
	rl_buf_init(&r->content);
	rl_buf_init(&r->reasoning);
	if (text)
		return rl_buf_add(&r->content, text, tn) ? RL_ENOMEM : 0;
	if (!(r->calls = rl_zalloc(1, sizeof *r->calls))) {
		free(args);
		return RL_ENOMEM;
	}
	r->ncalls = 1;
	r->calls[0].args = args;
	r->calls[0].args_len = args ? strlen(args) : 0;
	r->calls[0].id = strdup("mcp-call");
	r->calls[0].name = strdup(tool);
	return args && r->calls[0].id && r->calls[0].name ? 0 : RL_ENOMEM;
}

/* Printable ASCII without '"' or '\\': written as it is by any JSON
 * encoder. */
static int plain_ascii(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] > 0x7e || s[i] == '"' ||
		    s[i] == '\\')
			return 0;
	return 1;
}

char *mcp_args_text(const json_t *args)
{
	rl_buf b = RL_BUF_INIT;
	const char *k;
	json_t *v;
	int bad = 0;
	if (!args)
		return strdup("{}");
	if (!json_is_object(args))
		return json_dumps(args, JSON_COMPACT | JSON_ENCODE_ANY);
	bad = rl_buf_addc(&b, '{');
	json_object_foreach((json_t *)args, k, v) {
		size_t kl = strlen(k);
		if (bad || !plain_ascii(k, kl)) {
			bad = 1;
			break;
		}
		bad = (b.len > 1 && rl_buf_addc(&b, ',')) || rl_buf_addc(&b, '"') ||
		      rl_buf_add(&b, k, kl) || rl_buf_add(&b, "\":", 2);
		if (bad)
			break;
		if (json_is_string(v) && plain_ascii(json_string_value(v), json_string_length(v)))
			bad = rl_buf_addc(&b, '"') ||
			      rl_buf_add(&b, json_string_value(v), json_string_length(v)) ||
			      rl_buf_addc(&b, '"');
		else if (json_is_integer(v))
			bad = rl_buf_addf(&b, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		else if (json_is_boolean(v))
			bad = rl_buf_adds(&b, json_is_true(v) ? "true" : "false");
		else
			bad = 1;
	}
	if (bad || rl_buf_addc(&b, '}')) {
		/* anything else as jansson writes it */
		rl_buf_free(&b);
		return json_dumps(args, JSON_COMPACT | JSON_ENCODE_ANY);
	}
	return rl_buf_detach(&b, NULL);
}

int mcp_eval_call(const mcp_who *w, const mcp_call *c, rl_guard_verdict *v, rl_err *e)
{
	return mcp_eval_call_noted(w, c, v, e, NULL);
}

int mcp_eval_call_noted(const mcp_who *w, const mcp_call *c, rl_guard_verdict *v, rl_err *e,
			rl_buf *note)
{
	/* the arguments as the tree path serialises them */
	return mcp_eval_call_text(w, c->tool, mcp_args_text(c->args), v, e, note);
}

int mcp_eval_call_text(const mcp_who *w, const char *tool, char *a, rl_guard_verdict *v, rl_err *e,
		       rl_buf *note)
{
	gw_resp r;
	rl_policy_ctx cx0 = {0};
	const rl_policy_ctx *ctx = w->ctx;
	const char *agent = mcp_agent_of(w);
	const mcp_call cc = {.tool = tool}, *c = &cc;
	int rc;

	memset(v, 0, sizeof *v);
	if ((w->note || note) && a) {
		rl_buf t = RL_BUF_INIT;
		rl_buf *tb = note ? note : &t;
		if (!rl_buf_adds(tb, c->tool) && !rl_buf_addc(tb, ' ') && !rl_buf_adds(tb, a) &&
		    !note)
			w->note(w->note_ud, RL_ROLE_ASSISTANT, t.s, t.len);
		rl_buf_free(&t);
	}
	if (rl_policy_tool_hidden(raw_policy(w->g), agent, w->server, c->tool)) {
		free(a);
		ge_verdict_add(v, RL_GUARD_BLOCK, 0, c->tool, MCP_RULE_HIDDEN,
			       "the policy does not make this tool available to this agent", 0, 0);
		return 0;
	}
	if (!ctx) {
		cx0.agent = agent;
		ctx = &cx0;
	}
	if (!a) {
		ge_verdict_add(v, RL_GUARD_BLOCK, 0, c->tool, "guard.error",
			       "the call could not be prepared for the policy", 0, 0);
		return rl_err_set(e, RL_EPOLICY, "tools/call: cannot build the action");
	}
	/* what mcp_one_resp builds, borrowing the strings instead of copying
	 * them (ge_eval only reads the response) */
	{
		gw_call call = {0};
		memset(&r, 0, sizeof r);
		r.format = RL_GUARD_ANTHROPIC;
		rl_buf_init(&r.content);
		rl_buf_init(&r.reasoning);
		call.id = (char *)"mcp-call";
		call.name = (char *)tool;
		call.args = a;
		call.args_len = strlen(a);
		r.calls = &call;
		r.ncalls = 1;
		rc = rl_guard_eval_resp(w->g, ctx, NULL, 0, NULL, &r, v, e);
	}
	free(a);
	return rc;
}

char *mcp_hold_summary(const mcp_who *w, const mcp_call *c, const rl_guard_verdict *v,
		       json_t *context)
{
	const rl_policy *p = raw_policy(w->g);
	json_t *args = c->args ? json_incref(c->args) : json_object(), *ev = json_array(), *item;
	char *argtext = json_dumps(args, JSON_COMPACT), *native = NULL, *out = NULL;
	rl_transcript t = {0};
	rl_actions acts;
	rl_policy_decision d;
	rl_policy_ctx cx0 = {.agent = mcp_agent_of(w)};
	rl_buf nb = RL_BUF_INIT;
	size_t i, k;
	int sev = rl_policy_rule_severity(p, v->rule);

	/* the evidence: the same action evaluated once more, for the spans'
	 * argument names (verdict items keep offsets, not the argument) */
	if (argtext &&
	    !rl_buf_adds(&nb, "[{\"id\":\"h\",\"type\":\"function\",\"function\":{\"name\":\"") &&
	    !rl_buf_add_json(&nb, c->tool, strlen(c->tool)) &&
	    !rl_buf_adds(&nb, "\",\"arguments\":") && !rl_buf_adds(&nb, argtext) &&
	    !rl_buf_adds(&nb, "}}]"))
		native = rl_buf_detach(&nb, NULL);
	rl_buf_free(&nb);
	t.native = native;
	t.native_len = native ? strlen(native) : 0;
	if (native && !rl_actions_extract(&t, &acts, NULL)) {
		if (!rl_policy_eval(p, &acts, &t, NULL, 0, w->ctx ? w->ctx : &cx0, &d, NULL)) {
			for (i = 0; i < d.nmatches; i++) {
				const rl_policy_match *m = &d.matches[i];
				if (strcmp(m->rule, v->rule))
					continue;
				for (k = 0; k < m->nspans; k++) {
					const rl_policy_span *sp = &m->spans[k];
					if (sp->action < 0 || sp->end <= sp->start)
						continue;
					json_array_append_new(
						ev, json_pack("{s:s?,s:I,s:I}", "field", sp->field,
							      "start", (json_int_t)sp->start, "end",
							      (json_int_t)sp->end));
				}
			}
			rl_policy_decision_free(&d);
		}
		rl_actions_free(&acts);
	}
	item = json_pack("{s:s,s:s,s:s,s:s,s:s,s:o,s:o}", "tool", c->tool, "args",
			 argtext ? argtext : "{}", "rule", v->rule, "reason", v->reason, "severity",
			 sev >= 0 ? rl_severity_name(sev) : "medium", "evidence", ev, "context",
			 context ? json_incref(context) : json_array());
	if (item) {
		json_t *arr = json_pack("[o]", item);
		out = arr ? json_dumps(arr, JSON_COMPACT) : NULL;
		json_decref(arr);
	}
	free(argtext);
	free(native);
	json_decref(args);
	return out;
}

int mcp_block_result(const json_t *id, const char *tool, const rl_guard_verdict *v, rl_buf *out)
{
	char text[700];
	json_t *o;
	char *s;
	int rc;
	const char *rule = v && v->rule[0] ? v->rule : "guard";
	const char *why = v && v->reason[0] ? v->reason : "the guard's policy";

	if (v && !strcmp(v->rule, MCP_RULE_HIDDEN))
		snprintf(text, sizeof text, "The tool `%.128s` is not available.",
			 tool ? tool : "");
	else if (v && v->action == RL_GUARD_HOLD)
		snprintf(
			text, sizeof text,
			"The call to `%.128s` was held for a person's approval and was not approved "
			"(rule %.128s: %.256s). The tool was not run.",
			tool ? tool : "", rule, why);
	else
		snprintf(
			text, sizeof text,
			"The call to `%.128s` was blocked by the guard's policy (rule %.128s: %.256s). "
			"The tool was not run.",
			tool ? tool : "", rule, why);
	o = json_pack("{s:s,s:O,s:{s:[{s:s,s:s}],s:b}}", "jsonrpc", "2.0", "id",
		      id ? (json_t *)id : json_null(), "result", "content", "type", "text", "text",
		      text, "isError", 1);
	s = o ? json_dumps(o, JSON_COMPACT) : NULL;
	rc = s ? rl_buf_adds(out, s) : RL_ENOMEM;
	free(s);
	json_decref(o);
	return rc;
}

/* ---- tool results ---- */

typedef struct rstr {
	json_t *node;    /* a string in the result */
	size_t off, len; /* its place in the joined text */
} rstr;

typedef struct rwalk {
	rstr *v;
	size_t n, cap;
	rl_buf text;
	const ge_policy *sens; /* set: look for the `sensitive:` list in keys */
	const char *agent;
	int bad_key; /* an object key holds sensitive content */
} rwalk;

/* Keys whose values are not text a model reads (or are binary). */
int mcp_skip_key(const char *k)
{
	return !strcmp(k, "type") || !strcmp(k, "mimeType") || !strcmp(k, "data") ||
	       !strcmp(k, "blob");
}

static int rwalk_add(rwalk *w, json_t *s)
{
	if (w->n == w->cap) {
		size_t nc = w->cap ? w->cap * 2 : 16;
		rstr *nv = realloc(w->v, nc * sizeof *nv);
		if (!nv)
			return RL_ENOMEM;
		w->v = nv;
		w->cap = nc;
	}
	if (w->text.len && rl_buf_adds(&w->text, "\n\n"))
		return RL_ENOMEM;
	w->v[w->n].node = s;
	w->v[w->n].off = w->text.len;
	w->v[w->n].len = json_string_length(s);
	w->n++;
	return rl_buf_add(&w->text, json_string_value(s), json_string_length(s));
}

static int rwalk_value(rwalk *w, json_t *v, int depth)
{
	const char *k;
	json_t *it;
	size_t i;
	int rc = 0;
	if (depth > 128) /* mcp_parse bounded nesting long before this */
		return RL_ELIMIT;
	if (json_is_string(v))
		return rwalk_add(w, v);
	if (json_is_object(v)) {
		json_object_foreach(v, k, it) {
			if (w->sens) {
				/* a key cannot be redacted without changing the
				 * result's structure: such a result is withheld */
				rl_buf kb = RL_BUF_INIT;
				int ch = 0;
				rc = ge_redact_text(w->sens, w->agent, k, strlen(k), &kb, &ch);
				rl_buf_free(&kb);
				if (rc)
					return rc;
				w->bad_key |= ch;
			}
			if (mcp_skip_key(k) && json_is_string(it))
				continue;
			if ((rc = rwalk_value(w, it, depth + 1)))
				return rc;
		}
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, it) {
			if ((rc = rwalk_value(w, it, depth + 1)))
				return rc;
		}
	}
	return rc;
}

typedef struct span {
	size_t s, e;
} span;

static int span_cmp(const void *a, const void *b)
{
	const span *x = a, *y = b;
	return x->s < y->s ? -1 : x->s > y->s;
}

/* Replace the spans (offsets into the joined text) in every string. */
static int apply_spans(rwalk *w, span *sp, size_t nsp, const char *repl)
{
	size_t i, k = 0;
	qsort(sp, nsp, sizeof *sp, span_cmp);
	for (i = 0; i < w->n; i++) {
		rstr *r = &w->v[i];
		const char *s = json_string_value(r->node);
		rl_buf b = RL_BUF_INIT;
		size_t pos = 0, j;
		int hit = 0;
		while (k < nsp && sp[k].e <= r->off)
			k++;
		for (j = k; j < nsp && sp[j].s < r->off + r->len; j++) {
			size_t a = sp[j].s > r->off ? sp[j].s - r->off : 0;
			size_t z = sp[j].e - r->off < r->len ? sp[j].e - r->off : r->len;
			if (z <= pos)
				continue; /* inside a span already replaced */
			if (a < pos)
				a = pos;
			if (rl_buf_add(&b, s + pos, a - pos) || rl_buf_adds(&b, repl)) {
				rl_buf_free(&b);
				return RL_ENOMEM;
			}
			pos = z;
			hit = 1;
		}
		if (hit) {
			if (rl_buf_add(&b, s + pos, r->len - pos) ||
			    json_string_setn(r->node, b.s ? b.s : "", b.len)) {
				rl_buf_free(&b);
				return RL_ENOMEM;
			}
		}
		rl_buf_free(&b);
	}
	return 0;
}

/* The policy's `sensitive:` list, out of every string (the model must not
 * see it in tool output any more than in a request). */
static int compartment(const mcp_who *w, const char *agent, rwalk *rw, int *changed)
{
	const ge_policy *gp = rl_guard_policy(w->g);
	size_t i;
	if (!ge_policy_redacts_requests(gp, agent))
		return 0;
	for (i = 0; i < rw->n; i++) {
		rl_buf b = RL_BUF_INIT;
		int ch = 0, rc;
		json_t *s = rw->v[i].node;
		rc = ge_redact_text(gp, agent, json_string_value(s), json_string_length(s), &b,
				    &ch);
		if (!rc && ch) {
			if (json_string_setn(s, b.s ? b.s : "", b.len))
				rc = RL_ENOMEM;
			*changed = 1;
		}
		rl_buf_free(&b);
		if (rc)
			return rc;
	}
	return 0;
}

static int replace_result(json_t *result, const char *tool, const rl_guard_verdict *v)
{
	char text[700];
	json_t *content;
	snprintf(text, sizeof text,
		 "The result of `%.128s` was withheld by the guard's policy (rule %.128s: %.256s).",
		 tool ? tool : "", v->rule[0] ? v->rule : "guard", v->reason[0] ? v->reason : "");
	json_object_clear(result);
	content = json_pack("[{s:s,s:s}]", "type", "text", "text", text);
	if (!content || json_object_set_new(result, "content", content) ||
	    json_object_set_new(result, "isError", json_true()))
		return RL_ENOMEM;
	return 0;
}

/* Move the items of `src` into `dst` (for the caller's audit). */
void mcp_verdict_merge(rl_guard_verdict *dst, const rl_guard_verdict *src)
{
	size_t i;
	if (!dst)
		return;
	for (i = 0; i < src->nitems; i++) {
		const rl_guard_item *it = &src->items[i];
		ge_verdict_add(dst, it->action, it->call, it->tool, it->rule, it->reason, it->start,
			       it->end);
	}
}

int mcp_eval_result(const mcp_who *w, const char *tool, json_t *result, rl_guard_verdict *v,
		    int *changed, rl_err *e)
{
	rwalk rw = {0};
	const char *agent = mcp_agent_of(w);
	rl_policy_ctx cx0 = {.agent = agent};
	const rl_policy_ctx *ctx = w->ctx ? w->ctx : &cx0;
	gw_resp r;
	span *sp = NULL;
	size_t nsp = 0, i;
	int rc;

	memset(v, 0, sizeof *v);
	*changed = 0;
	if (!json_is_object(result))
		return 0;
	rl_buf_init(&rw.text);
	if (ge_policy_redacts_requests(rl_guard_policy(w->g), agent)) {
		rw.sens = rl_guard_policy(w->g);
		rw.agent = agent;
	}
	rc = rwalk_value(&rw, result, 0);
	if (!rc && rw.bad_key) {
		ge_verdict_add(
			v, RL_GUARD_BLOCK, RL_GUARD_PART_CONTENT, tool, "guard.sensitive-key",
			"an object key in the result holds content the policy keeps from the model",
			0, 0);
		if ((rc = replace_result(result, tool, v)))
			goto fail;
		*changed = 1;
		goto done;
	}
	if (!rc)
		rc = compartment(w, agent, &rw, changed);
	if (rc)
		goto fail;
	/* the joined text again, after compartmentalization */
	rl_buf_reset(&rw.text);
	for (i = 0; i < rw.n && !rc; i++) {
		json_t *s = rw.v[i].node;
		if (i)
			rc = rl_buf_adds(&rw.text, "\n\n");
		rw.v[i].off = rw.text.len;
		rw.v[i].len = json_string_length(s);
		if (!rc)
			rc = rl_buf_add(&rw.text, json_string_value(s), rw.v[i].len);
	}
	if (rc || !rw.text.len)
		goto done;
	if (mcp_one_resp(NULL, NULL, rw.text.s, rw.text.len, &r)) {
		gw_resp_free(&r);
		rc = RL_EPOLICY;
		goto fail;
	}
	if (rl_guard_eval_resp(w->g, ctx, NULL, 0, NULL, &r, v, e))
		rc = RL_EPOLICY; /* v is a fail-closed block */
	gw_resp_free(&r);
	if (v->action >= RL_GUARD_HOLD) {
		if ((rc = replace_result(result, tool, v)))
			goto fail;
		*changed = 1;
		goto done;
	}
	if (v->action == RL_GUARD_REDACT) {
		sp = calloc(v->nitems + 1, sizeof *sp);
		if (!sp) {
			rc = RL_ENOMEM;
			goto fail;
		}
		for (i = 0; i < v->nitems; i++) {
			const rl_guard_item *it = &v->items[i];
			if (it->action == RL_GUARD_REDACT && it->call == RL_GUARD_PART_CONTENT &&
			    it->end > it->start && it->end <= rw.text.len)
				sp[nsp++] = (span){it->start, it->end};
		}
		if (nsp) {
			if ((rc = apply_spans(&rw, sp, nsp,
					      rl_policy_replacement(raw_policy(w->g)))))
				goto fail;
			*changed = 1;
		}
	}
	if (w->note) { /* the text as the agent will read it */
		rl_buf t = RL_BUF_INIT;
		for (i = 0; i < rw.n; i++)
			if ((i && rl_buf_adds(&t, "\n\n")) ||
			    rl_buf_add(&t, json_string_value(rw.v[i].node),
				       json_string_length(rw.v[i].node)))
				break;
		if (i == rw.n)
			w->note(w->note_ud, RL_ROLE_TOOL, t.s ? t.s : "", t.len);
		rl_buf_free(&t);
	}
done:
	free(sp);
	free(rw.v);
	rl_buf_free(&rw.text);
	return rc;
fail:
	/* fail closed: nothing of the result reaches the agent */
	free(sp);
	free(rw.v);
	rl_buf_free(&rw.text);
	if (!v->nitems || v->action < RL_GUARD_BLOCK) {
		rl_guard_verdict_free(v);
		ge_verdict_add(v, RL_GUARD_BLOCK, RL_GUARD_PART_CONTENT, tool, "guard.error",
			       "the tool result could not be judged", 0, 0);
	}
	replace_result(result, tool, v);
	*changed = 1;
	return rc == RL_ENOMEM ? rc : RL_EPOLICY;
}

size_t mcp_filter_tools(const mcp_who *w, json_t *result)
{
	json_t *tools = json_object_get(result, "tools");
	const rl_policy *p = raw_policy(w->g);
	const char *agent = mcp_agent_of(w);
	size_t i, dropped = 0;
	if (!json_is_array(tools) || !rl_policy_hides_tools(p))
		return 0;
	for (i = json_array_size(tools); i-- > 0;) {
		const char *name =
			json_string_value(json_object_get(json_array_get(tools, i), "name"));
		/* a tool without a name cannot be called: it may stay */
		if (name && rl_policy_tool_hidden(p, agent, w->server, name)) {
			json_array_remove(tools, i);
			dropped++;
		}
	}
	return dropped;
}

/* ---- the server's answers ---- */

int mcp_pending_of(const mcp_batch *b, int hides, mcp_pending **out, size_t *np)
{
	size_t i, n = 0;
	mcp_pending *p = calloc(b->n + 1, sizeof *p);
	*out = NULL;
	*np = 0;
	if (!p)
		return RL_ENOMEM;
	for (i = 0; i < b->n; i++) {
		const mcp_msg *m = &b->v[i];
		mcp_call c;
		char why[160];
		if (m->kind != MCP_REQUEST)
			continue;
		if (mcp_is_call(m) && !mcp_call_get(m, &c, why, sizeof why)) {
			p[n].method = MCP_M_TOOLS_CALL;
			snprintf(p[n].tool, sizeof p[n].tool, "%s", c.tool);
		} else if (hides && !strcmp(m->method, "tools/list")) {
			p[n].method = MCP_M_TOOLS_LIST;
		} else {
			continue;
		}
		p[n++].id = json_incref(m->id);
	}
	*out = p;
	*np = n;
	return 0;
}

void mcp_pending_free(mcp_pending *p, size_t n)
{
	size_t i;
	for (i = 0; p && i < n; i++)
		json_decref(p[i].id);
	free(p);
}

mcp_pending *mcp_pending_for(mcp_pending *p, size_t np, const json_t *id)
{
	size_t i;
	for (i = 0; id && i < np; i++)
		if (!p[i].answered && json_equal(p[i].id, (json_t *)id))
			return &p[i];
	return NULL;
}

/* One server message: judged when it answers a pending request. */
static int judge_one(const mcp_who *w, mcp_pending *p, size_t np, json_t *m, int *changed,
		     rl_guard_verdict *acc, rl_err *e)
{
	json_t *result;
	mcp_pending *q;
	int rc = 0, ch = 0;
	if (!json_is_object(m) || json_object_get(m, "method"))
		return 0; /* a server request or notification */
	q = mcp_pending_for(p, np, json_object_get(m, "id"));
	if (!q)
		return 0;
	q->answered = 1;
	result = json_object_get(m, "result");
	if (!json_is_object(result))
		return 0; /* an error answer: nothing of the tool's reaches the agent */
	if (q->method == MCP_M_TOOLS_LIST) {
		if (mcp_filter_tools(w, result))
			*changed = 1;
	} else if (q->method == MCP_M_TOOLS_CALL) {
		rl_guard_verdict v;
		rc = mcp_eval_result(w, q->tool, result, &v, &ch, e);
		mcp_verdict_merge(acc, &v);
		rl_guard_verdict_free(&v);
		if (ch)
			*changed = 1;
		if (rc == RL_EPOLICY)
			rc = 0; /* the result was replaced: fail closed, carry on */
	}
	return rc;
}

int mcp_judge_answer(const mcp_who *w, mcp_pending *p, size_t np, const char *data, size_t n,
		     rl_buf *out, int *changed, rl_guard_verdict *v, rl_err *e)
{
	size_t i, open = 0;
	int rc;

	*changed = 0;
	for (i = 0; i < np; i++)
		open += !p[i].answered;
	if (!open)
		return 0;
	/* the usual answer, one tool result that needs no change, is read in
	 * place (mcpans.c); anything else is the tree's */
	if ((rc = mcp_judge_inplace(w, p, np, data, n, v, e)) <= 0)
		return rc;
	return mcp_judge_answer_tree(w, p, np, data, n, out, changed, v, e);
}

int mcp_judge_answer_tree(const mcp_who *w, mcp_pending *p, size_t np, const char *data, size_t n,
			  rl_buf *out, int *changed, rl_guard_verdict *v, rl_err *e)
{
	json_error_t je;
	json_t *root;
	size_t i, open = 0;
	int rc = 0;
	char *s;

	*changed = 0;
	for (i = 0; i < np; i++)
		open += !p[i].answered;
	if (!open)
		return 0;
	root = rl_json_fast_parse_flags(data, n, JSON_REJECT_DUPLICATES);
	if (!root)
		root = json_loadb(data, n, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &je);
	if (!root) {
		*changed = 1;
		return rl_err_set(e, RL_EPROTO, "the MCP server's answer is not JSON (%d:%d: %s)",
				  je.line, je.column, je.text);
	}
	if (json_is_array(root)) {
		json_t *m;
		json_array_foreach(root, i, m) {
			if ((rc = judge_one(w, p, np, m, changed, v, e)))
				break;
		}
	} else {
		rc = judge_one(w, p, np, root, changed, v, e);
	}
	if (!rc && *changed) {
		s = json_dumps(root, JSON_COMPACT);
		if (!s || rl_buf_adds(out, s))
			rc = RL_ENOMEM;
		free(s);
	}
	json_decref(root);
	return rc;
}

/* ---- SSE ---- */

void mcp_sse_init(mcp_sse *s, size_t max_event)
{
	rl_buf_init(&s->pend);
	s->max_event = max_event ? max_event : (size_t)4 << 20;
}

void mcp_sse_free(mcp_sse *s)
{
	rl_buf_free(&s->pend);
}

/* Length of the line ending at p[i..] (0 when no terminator yet, or a CR
 * that may still be followed by LF). */
static size_t eol_len(const char *p, size_t i, size_t n)
{
	if (p[i] == '\n')
		return 1;
	if (p[i] == '\r') {
		if (i + 1 >= n)
			return 0;
		return p[i + 1] == '\n' ? 2 : 1;
	}
	return 0;
}

int mcp_sse_feed(mcp_sse *s, const char *buf, size_t n, mcp_sse_fn fn, void *ud)
{
	size_t pos = 0, line = 0, i;
	mcp_sse_event ev;
	int rc = 0;

	if (n && rl_buf_add(&s->pend, buf, n))
		return RL_ENOMEM;
	memset(&ev, 0, sizeof ev);
	rl_buf_init(&ev.data);
	/* scan lines from the start of the pending event: events are small
	 * and usually arrive whole, so rescanning a partial one is cheap */
	for (i = 0; i < s->pend.len && !rc; i++) {
		const char *p = s->pend.s;
		size_t el;
		if (p[i] != '\n' && p[i] != '\r')
			continue;
		if (!(el = eol_len(p, i, s->pend.len)))
			break;   /* a CR at the end: wait for what follows */
		if (i == line) { /* blank line: dispatch */
			size_t end = i + el;
			if (ev.has_data && ev.data.len && ev.data.s[ev.data.len - 1] == '\n')
				ev.data.s[--ev.data.len] = '\0';
			ev.raw = p + pos;
			ev.raw_len = end - pos;
			rc = fn(ud, &ev);
			rl_buf_reset(&ev.data);
			ev.has_data = 0;
			pos = line = end;
			i = end - 1;
			continue;
		}
		if (i - line >= 4 && !memcmp(p + line, "data", 4) &&
		    (i - line == 4 || p[line + 4] == ':')) {
			size_t v = line + 4;
			if (v < i && p[v] == ':')
				v++;
			if (v < i && p[v] == ' ')
				v++;
			if (rl_buf_add(&ev.data, p + v, i - v) || rl_buf_addc(&ev.data, '\n'))
				rc = RL_ENOMEM;
			ev.has_data = 1;
		}
		line = i + el;
		i = line - 1;
	}
	rl_buf_free(&ev.data);
	if (pos) {
		memmove(s->pend.s, s->pend.s + pos, s->pend.len - pos);
		s->pend.len -= pos;
	}
	if (!rc && s->pend.len > s->max_event)
		rc = RL_ELIMIT;
	return rc;
}

int mcp_sse_rewrite(const mcp_sse_event *ev, const char *data, size_t n, rl_buf *out)
{
	const char *p = ev->raw;
	size_t i = 0, len = ev->raw_len;
	int done = 0, rc = 0;
	while (i < len && !rc) {
		size_t j = i, el;
		while (j < len && p[j] != '\n' && p[j] != '\r')
			j++;
		el = j < len ? (p[j] == '\r' && j + 1 < len && p[j + 1] == '\n' ? 2 : 1) : 0;
		if (j - i >= 4 && !memcmp(p + i, "data", 4) && (j - i == 4 || p[i + 4] == ':')) {
			if (!done)
				rc = rl_buf_adds(out, "data: ") || rl_buf_add(out, data, n) ||
				     rl_buf_addc(out, '\n');
			done = 1;
		} else if (j == i && !done) {
			/* the blank line, and no data line before it */
			rc = rl_buf_adds(out, "data: ") || rl_buf_add(out, data, n) ||
			     rl_buf_adds(out, "\n\n");
			done = 1;
		} else {
			rc = rl_buf_add(out, p + i, j - i + el);
		}
		i = j + el;
	}
	return rc ? RL_ENOMEM : 0;
}
