/* wire.c: OpenAI Chat Completions and Anthropic Messages responses, plain
 * and streamed, normalised into tool calls + answer text + reasoning.
 *
 * Streams are accumulated into the non-streamed shape rather than
 * evaluated event by event: a tool call's arguments are only meaningful
 * once complete, and one representation keeps evaluation, rewriting and
 * auditing identical for both modes. jansson does the JSON; the SSE framing
 * (blank-line separated "event:"/"data:" lines) is a few lines, written
 * here because no Debian library parses SSE. */
#include "guard/wire.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/jsonr.h"

static char *xstrdup(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	char *p = malloc(n + 1);
	if (p) {
		if (n)
			memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

void gw_resp_free(gw_resp *r)
{
	size_t i;
	if (!r)
		return;
	for (i = 0; i < r->ncalls; i++) {
		free(r->calls[i].id);
		free(r->calls[i].name);
		free(r->calls[i].args);
	}
	free(r->calls);
	free(r->cparts);
	free(r->rparts);
	rl_buf_free(&r->content);
	rl_buf_free(&r->reasoning);
	json_decref(r->root);
	memset(r, 0, sizeof *r);
}

static int add_text(rl_buf *b, gw_part **parts, size_t *n, json_t *obj, const char *key,
		    const char *txt, size_t len)
{
	gw_part *np;
	if (b->len && rl_buf_addc(b, '\n'))
		return RL_ENOMEM;
	np = realloc(*parts, (*n + 1) * sizeof **parts);
	if (!np)
		return RL_ENOMEM;
	*parts = np;
	np[*n].obj = obj;
	np[*n].key = key;
	np[*n].off = b->len;
	np[*n].len = len;
	(*n)++;
	return rl_buf_add(b, txt, len);
}

static int add_part(rl_buf *b, gw_part **parts, size_t *n, json_t *obj, const char *key)
{
	json_t *s = json_object_get(obj, key);
	if (!json_is_string(s))
		return 0;
	return add_text(b, parts, n, obj, key, json_string_value(s), json_string_length(s));
}

static int add_call(gw_resp *r, int choice, json_t *holder, json_t *node, const char *id,
		    const char *name, const char *args, size_t args_len)
{
	gw_call *nc = realloc(r->calls, (r->ncalls + 1) * sizeof *nc);
	gw_call *c;
	if (!nc)
		return RL_ENOMEM;
	r->calls = nc;
	c = &nc[r->ncalls];
	memset(c, 0, sizeof *c);
	c->choice = choice;
	c->holder = holder;
	c->node = node;
	c->id = xstrdup(id ? id : "");
	c->name = xstrdup(name ? name : "");
	c->args = malloc(args_len + 1);
	if (!c->id || !c->name || !c->args) {
		free(c->id);
		free(c->name);
		free(c->args);
		return RL_ENOMEM;
	}
	memcpy(c->args, args, args_len);
	c->args[args_len] = '\0';
	c->args_len = args_len;
	r->ncalls++;
	return 0;
}

/* OpenAI `content` as the SDKs hand it on: a string, or an array of text
 * parts (which some servers send and client libraries join into text);
 * anything else is a shape the guard cannot read, refused. */
static int openai_content(gw_resp *r, json_t *msg, size_t i, rl_err *e)
{
	json_t *c = json_object_get(msg, "content"), *p;
	size_t j;
	if (!c || json_is_null(c))
		return 0;
	if (json_is_string(c))
		return add_part(&r->content, &r->cparts, &r->ncparts, msg, "content")
			       ? rl_err_set(e, RL_ENOMEM, "out of memory")
			       : 0;
	if (!json_is_array(c))
		return rl_err_set(
			e, RL_EPROTO,
			"response: choices[%zu].message.content is neither text nor parts", i);
	json_array_foreach(c, j, p) {
		const char *t = json_string_value(json_object_get(p, "type"));
		const char *key = !t                                                ? NULL
				  : !strcmp(t, "text") || !strcmp(t, "output_text") ? "text"
				  : !strcmp(t, "refusal")                           ? "refusal"
										    : NULL;
		if (!key || !json_is_string(json_object_get(p, key)))
			return rl_err_set(
				e, RL_EPROTO,
				"response: choices[%zu].message.content[%zu] is not a text part", i,
				j);
		if (add_part(&r->content, &r->cparts, &r->ncparts, p, key))
			return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	return 0;
}

/* A call's arguments as the agent gets them, into `out`: a string as
 * received; an object (some servers send one, the SDKs pass it on)
 * serialised; absent or null as {}. Anything else: RL_EPROTO. */
static int openai_args(json_t *fn, rl_buf *out)
{
	json_t *a = json_object_get(fn, "arguments");
	rl_buf_reset(out);
	if (json_is_string(a))
		return rl_buf_add(out, json_string_value(a), json_string_length(a)) ? RL_ENOMEM : 0;
	if (json_is_object(a)) {
		char *d = json_dumps(a, JSON_COMPACT);
		int rc = d ? rl_buf_adds(out, d) : RL_ENOMEM;
		free(d);
		return rc ? RL_ENOMEM : 0;
	}
	if (!a || json_is_null(a))
		return rl_buf_adds(out, "{}") ? RL_ENOMEM : 0;
	return RL_EPROTO;
}

static int from_openai(gw_resp *r, rl_err *e)
{
	json_t *choices = json_object_get(r->root, "choices"), *ch;
	rl_buf args = RL_BUF_INIT;
	size_t i, j;
	int rc = 0;

	if (!json_is_array(choices))
		return rl_err_set(e, RL_EPROTO, "response: expected a \"choices\" array");
	json_array_foreach(choices, i, ch) {
		json_t *msg = json_object_get(ch, "message"), *tcs, *tc, *fc, *rf;
		if (!json_is_object(msg)) {
			rc = rl_err_set(e, RL_EPROTO,
					"response: choices[%zu] has no \"message\" object", i);
			break;
		}
		rf = json_object_get(msg, "refusal");
		if (rf && !json_is_null(rf) && !json_is_string(rf)) {
			rc = rl_err_set(e, RL_EPROTO,
					"response: choices[%zu].message.refusal is not text", i);
			break;
		}
		if ((rc = openai_content(r, msg, i, e)))
			break;
		if (add_part(&r->content, &r->cparts, &r->ncparts, msg, "refusal") ||
		    add_part(&r->reasoning, &r->rparts, &r->nrparts, msg, "reasoning_content") ||
		    add_part(&r->reasoning, &r->rparts, &r->nrparts, msg, "reasoning")) {
			rc = rl_err_set(e, RL_ENOMEM, "out of memory");
			break;
		}
		/* the legacy single call (`functions` in the request): a call too */
		fc = json_object_get(msg, "function_call");
		if (fc && !json_is_null(fc)) {
			if (!json_is_object(fc) || !json_is_string(json_object_get(fc, "name"))) {
				rc = rl_err_set(
					e, RL_EPROTO,
					"response: choices[%zu].message.function_call has no name",
					i);
				break;
			}
			if ((rc = openai_args(fc, &args)) ||
			    (rc = add_call(r, (int)i, msg, fc, NULL,
					   json_string_value(json_object_get(fc, "name")),
					   args.s ? args.s : "", args.len))) {
				rl_err_set(
					e, rc,
					"response: choices[%zu].message.function_call: unreadable arguments",
					i);
				break;
			}
		}
		tcs = json_object_get(msg, "tool_calls");
		if (!tcs || json_is_null(tcs))
			continue;
		if (!json_is_array(tcs)) {
			rc = rl_err_set(e, RL_EPROTO,
					"response: choices[%zu].message.tool_calls is not an array",
					i);
			break;
		}
		json_array_foreach(tcs, j, tc) {
			json_t *fn = json_object_get(tc, "function");
			if (!json_is_object(fn) || !json_is_string(json_object_get(fn, "name"))) {
				rc = rl_err_set(
					e, RL_EPROTO,
					"response: choices[%zu].message.tool_calls[%zu] has no function name",
					i, j);
				break;
			}
			if ((rc = openai_args(fn, &args)) ||
			    (rc = add_call(r, (int)i, tcs, tc,
					   json_string_value(json_object_get(tc, "id")),
					   json_string_value(json_object_get(fn, "name")),
					   args.s ? args.s : "", args.len))) {
				rl_err_set(
					e, rc,
					"response: choices[%zu].message.tool_calls[%zu]: arguments neither text nor an object",
					i, j);
				break;
			}
		}
		if (rc)
			break;
	}
	rl_buf_free(&args);
	return rc;
}

static int from_anthropic(gw_resp *r, rl_err *e)
{
	json_t *content = json_object_get(r->root, "content"), *blk;
	size_t i;

	if (!json_is_array(content))
		return rl_err_set(e, RL_EPROTO, "response: expected a \"content\" array");
	json_array_foreach(content, i, blk) {
		const char *type = json_string_value(json_object_get(blk, "type"));
		int rc = 0;
		if (!type)
			return rl_err_set(e, RL_EPROTO, "response: content[%zu] has no \"type\"",
					  i);
		if (!strcmp(type, "text"))
			rc = add_part(&r->content, &r->cparts, &r->ncparts, blk, "text");
		else if (!strcmp(type, "thinking"))
			rc = add_part(&r->reasoning, &r->rparts, &r->nrparts, blk, "thinking");
		else if (!strcmp(type, "tool_use") || !strcmp(type, "server_tool_use")) {
			json_t *input = json_object_get(blk, "input");
			char *a = input ? json_dumps(input, JSON_COMPACT | JSON_ENCODE_ANY)
					: strdup("{}");
			if (!json_is_string(json_object_get(blk, "name"))) {
				free(a);
				return rl_err_set(e, RL_EPROTO,
						  "response: content[%zu] tool_use has no name", i);
			}
			if (!a)
				return rl_err_set(e, RL_ENOMEM, "out of memory");
			rc = add_call(
				r, 0, content, blk, json_string_value(json_object_get(blk, "id")),
				json_string_value(json_object_get(blk, "name")), a, strlen(a));
			free(a);
		}
		if (rc)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	return 0;
}

/* ---- OpenAI Responses API (the tree view; codec/responses.c does the
 * streams) ----
 * Output items: message content parts (output_text "text", refusal
 * "refusal") are the answer, reasoning summary parts the reasoning,
 * function_call items the calls (holder: the output array, node: the
 * item, so dropping a call removes its item). */
static int from_responses(gw_resp *r, rl_err *e)
{
	json_t *out = json_object_get(r->root, "output"), *it, *p;
	size_t i, j;

	if (!json_is_array(out))
		return rl_err_set(e, RL_EPROTO, "response: expected an \"output\" array");
	json_array_foreach(out, i, it) {
		const char *type = json_string_value(json_object_get(it, "type"));
		if (!type)
			return rl_err_set(e, RL_EPROTO, "response: output[%zu] has no \"type\"", i);
		if (!strcmp(type, "message")) {
			json_t *c = json_object_get(it, "content");
			if (!json_is_array(c))
				return rl_err_set(e, RL_EPROTO,
						  "response: output[%zu].content is not an array",
						  i);
			json_array_foreach(c, j, p) {
				const char *t = json_string_value(json_object_get(p, "type"));
				const char *key = !t                          ? NULL
						  : !strcmp(t, "output_text") ? "text"
						  : !strcmp(t, "refusal")     ? "refusal"
									      : NULL;
				if (!key || !json_is_string(json_object_get(p, key)))
					return rl_err_set(
						e, RL_EPROTO,
						"response: output[%zu].content[%zu] is not a text part",
						i, j);
				if (add_part(&r->content, &r->cparts, &r->ncparts, p, key))
					return rl_err_set(e, RL_ENOMEM, "out of memory");
			}
		} else if (!strcmp(type, "reasoning")) {
			json_array_foreach(json_object_get(it, "summary"), j, p)
				if (add_part(&r->reasoning, &r->rparts, &r->nrparts, p, "text"))
					return rl_err_set(e, RL_ENOMEM, "out of memory");
			json_array_foreach(json_object_get(it, "content"), j, p)
				if (add_part(&r->reasoning, &r->rparts, &r->nrparts, p, "text"))
					return rl_err_set(e, RL_ENOMEM, "out of memory");
		} else if (!strcmp(type, "function_call")) {
			json_t *a = json_object_get(it, "arguments");
			if (!json_is_string(json_object_get(it, "name")) ||
			    (a && !json_is_string(a)))
				return rl_err_set(
					e, RL_EPROTO,
					"response: output[%zu] function_call has no name or text arguments",
					i);
			if (add_call(r, 0, out, it,
				     json_string_value(json_object_get(it, "call_id")),
				     json_string_value(json_object_get(it, "name")),
				     a ? json_string_value(a) : "{}",
				     a ? json_string_length(a) : 2))
				return rl_err_set(e, RL_ENOMEM, "out of memory");
		} else if (strcmp(type, "web_search_call") && strcmp(type, "file_search_call")) {
			/* server-side searches have run already and act on nothing;
			 * any other item (a computer, shell or custom tool call) is
			 * something the agent may act on that the guard cannot read */
			return rl_err_set(
				e, RL_EPROTO,
				"response: output[%zu] is a \"%.40s\" item, which the guard does not evaluate",
				i, type);
		}
	}
	return 0;
}

int gw_resp_from_tree(int format, json_t *root, gw_resp *r, rl_err *e)
{
	int rc;
	memset(r, 0, sizeof *r);
	rl_buf_init(&r->content);
	rl_buf_init(&r->reasoning);
	r->format = format;
	r->root = root;
	if (!json_is_object(root))
		rc = rl_err_set(e, RL_EPROTO, "response: expected a JSON object");
	else if (format == RL_GUARD_OPENAI)
		rc = from_openai(r, e);
	else if (format == RL_GUARD_ANTHROPIC)
		rc = from_anthropic(r, e);
	else if (format == RL_GUARD_RESPONSES)
		rc = from_responses(r, e);
	else
		rc = rl_err_set(e, RL_EINVAL, "unknown wire format %d", format);
	if (rc)
		gw_resp_free(r);
	return rc;
}

int gw_resp_parse(int format, const char *body, size_t n, gw_resp *r, rl_err *e)
{
	json_error_t je;
	/* the fast parser first (a response per request is the guard's hot
	 * path); jansson decides, and words the error, for what it refuses.
	 * Duplicate keys are refused by both: the agent's parser might read
	 * the other copy than the one the policy saw. */
	json_t *root = rl_json_fast_parse_flags(body, n, JSON_REJECT_DUPLICATES);
	if (!root)
		root = json_loadb(body, n, JSON_REJECT_DUPLICATES, &je);
	if (!root) {
		memset(r, 0, sizeof *r);
		return rl_err_set(e, RL_EPROTO, "response:%d:%d: invalid JSON: %s", je.line,
				  je.column, je.text);
	}
	return gw_resp_from_tree(format, root, r, e);
}

/* ---- the same, read in place ----
 * gw_resp_scan builds the normalised response straight from the text,
 * without a jansson tree: a tree of every response was a third of the
 * guard's own work per request, and the tree is needed only to rewrite,
 * which the guard does by parsing again. The rules are from_openai's and
 * from_anthropic's, member for member (fuzz_openai_resp and
 * fuzz_anthropic_resp compare the two). */

/* A member's string value, decoded into tmp; 1 when it is a string. */
static int scan_str(const char *o, size_t on, const char *key, rl_buf *tmp)
{
	const char *v;
	size_t vn;
	return rl_json_get(o, on, key, &v, &vn) && rl_json_unquote(v, vn, tmp) == 0;
}

/* A member's value (v, vn) as rl_json_getn found it (v NULL: absent),
 * decoded into tmp; 1 when it is a string. */
static int val_str(const char *v, size_t vn, rl_buf *tmp)
{
	return v && rl_json_unquote(v, vn, tmp) == 0;
}

static int part_val(rl_buf *b, gw_part **parts, size_t *n, const char *v, size_t vn,
		    const char *key, rl_buf *tmp)
{
	if (!val_str(v, vn, tmp))
		return 0;
	return add_text(b, parts, n, NULL, key, tmp->s ? tmp->s : "", tmp->len);
}

static int scan_part(rl_buf *b, gw_part **parts, size_t *n, const char *o, size_t on,
		     const char *key, rl_buf *tmp)
{
	const char *v = NULL;
	size_t vn = 0;
	if (!rl_json_get(o, on, key, &v, &vn))
		v = NULL;
	return part_val(b, parts, n, v, vn, key, tmp);
}

/* A call named `name`, its id the value (idv, idn) found in the call
 * object (idv NULL: none); scan_call reads it from the object (o, on). */
static int call_val(gw_resp *r, int choice, const char *idv, size_t idn, const rl_buf *name,
		    const char *args, size_t alen)
{
	rl_buf idb = RL_BUF_INIT;
	int has_id = val_str(idv, idn, &idb);
	int rc = add_call(r, choice, NULL, NULL, has_id ? (idb.s ? idb.s : "") : NULL,
			  name->s ? name->s : "", args, alen);
	rl_buf_free(&idb);
	return rc;
}

static int scan_call(gw_resp *r, int choice, const char *o, size_t on, const rl_buf *name,
		     const char *args, size_t alen)
{
	const char *v = NULL;
	size_t vn = 0;
	if (!rl_json_get(o, on, "id", &v, &vn))
		v = NULL;
	return call_val(r, choice, v, vn, name, args, alen);
}

/* The members scan_openai reads, found while the body is validated
 * (rl_json_valid_ix): each lookup below reads the record instead of
 * walking the text again (the body was walked five times, once per
 * level, after its validation). */
enum {
	OK_CHOICES,
	OK_MESSAGE,
	OK_CONTENT,
	OK_REFUSAL,
	OK_FCALL,
	OK_RCONTENT,
	OK_REASONING,
	OK_TOOL_CALLS,
	OK_FUNCTION,
	OK_ID,
	OK_NAME,
	OK_ARGUMENTS,
	OK_N
};
static const char *const openai_keys[OK_N] = {
	"choices",   "message",    "content",  "refusal", "function_call", "reasoning_content",
	"reasoning", "tool_calls", "function", "id",      "name",          "arguments"};

static int scan_openai(gw_resp *r, const rl_json_ix *ix, const char *top, rl_buf *t1, rl_buf *t2,
		       rl_err *e)
{
	static const int ck_choices[] = {OK_CHOICES}, ck_message[] = {OK_MESSAGE},
			 mk[] = {OK_CONTENT,  OK_REFUSAL,   OK_FCALL,
				 OK_RCONTENT, OK_REASONING, OK_TOOL_CALLS},
			 ck[] = {OK_FUNCTION, OK_ID}, fk[] = {OK_NAME, OK_ARGUMENTS};
	const char *choices, *ch;
	size_t cn, chn, pos = 0, i;

	if (!rl_json_ix_getn(ix, top, ck_choices, 1, &choices, &cn) || *choices != '[')
		return rl_err_set(e, RL_EPROTO, "response: expected a \"choices\" array");
	/* each object's members in one lookup (the same values as one
	 * rl_json_get per key) */
	for (i = 0; rl_json_ix_elem(ix, choices, &pos, &ch, &chn); i++) {
		const char *msg, *tc, *mv[6];
		size_t mn, tcn, tpos = 0, j, mvn[6];
		if (!rl_json_ix_getn(ix, ch, ck_message, 1, &msg, &mn) || *msg != '{')
			return rl_err_set(e, RL_EPROTO,
					  "response: choices[%zu] has no \"message\" object", i);
		rl_json_ix_getn(ix, msg, mk, 6, mv, mvn);
		/* the rarer shapes (content parts, a refusal or arguments that are
		 * not text, the legacy function_call) are left to the tree path */
		if ((mv[0] && *mv[0] != '"' && *mv[0] != 'n') ||
		    (mv[1] && *mv[1] != '"' && *mv[1] != 'n') || (mv[2] && *mv[2] != 'n'))
			return 1;
		if (part_val(&r->content, &r->cparts, &r->ncparts, mv[0], mvn[0], "content", t1) ||
		    part_val(&r->content, &r->cparts, &r->ncparts, mv[1], mvn[1], "refusal", t1) ||
		    part_val(&r->reasoning, &r->rparts, &r->nrparts, mv[3], mvn[3],
			     "reasoning_content", t1) ||
		    part_val(&r->reasoning, &r->rparts, &r->nrparts, mv[4], mvn[4], "reasoning",
			     t1))
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		if (!mv[5] || *mv[5] == 'n')
			continue;
		if (*mv[5] != '[')
			return rl_err_set(
				e, RL_EPROTO,
				"response: choices[%zu].message.tool_calls is not an array", i);
		for (j = 0; rl_json_ix_elem(ix, mv[5], &tpos, &tc, &tcn); j++) {
			const char *cv[2] = {NULL, NULL}, *fv[2];
			size_t cvn[2] = {0, 0}, fvn[2];
			int has_args;
			if (*tc == '{') /* else cv stays empty: no function */
				rl_json_ix_getn(ix, tc, ck, 2, cv, cvn);
			if (!cv[0] || *cv[0] != '{' ||
			    (rl_json_ix_getn(ix, cv[0], fk, 2, fv, fvn),
			     !val_str(fv[0], fvn[0], t2)))
				return rl_err_set(
					e, RL_EPROTO,
					"response: choices[%zu].message.tool_calls[%zu] has no function name",
					i, j);
			if (fv[1] && *fv[1] != '"' && *fv[1] != 'n')
				return 1;
			has_args = val_str(fv[1], fvn[1], t1);
			if (!has_args) {
				rl_buf_reset(t1);
				rl_buf_adds(t1, "{}");
			}
			if (call_val(r, (int)i, cv[1], cvn[1], t2, t1->s ? t1->s : "", t1->len))
				return rl_err_set(e, RL_ENOMEM, "out of memory");
		}
	}
	return 0;
}

static int scan_anthropic(gw_resp *r, const char *body, size_t n, rl_buf *t1, rl_buf *t2, rl_err *e)
{
	const char *content, *blk;
	size_t cn, bn, pos = 0, i;

	if (!rl_json_get(body, n, "content", &content, &cn) || *content != '[')
		return rl_err_set(e, RL_EPROTO, "response: expected a \"content\" array");
	for (i = 0; rl_json_elem(content, cn, &pos, &blk, &bn); i++) {
		const char *type;
		int rc = 0;
		if (*blk != '{' || !scan_str(blk, bn, "type", t2))
			return rl_err_set(e, RL_EPROTO, "response: content[%zu] has no \"type\"",
					  i);
		type = t2->s ? t2->s : "";
		if (!strcmp(type, "text")) {
			rc = scan_part(&r->content, &r->cparts, &r->ncparts, blk, bn, "text", t1);
		} else if (!strcmp(type, "thinking")) {
			rc = scan_part(&r->reasoning, &r->rparts, &r->nrparts, blk, bn, "thinking",
				       t1);
		} else if (!strcmp(type, "tool_use") || !strcmp(type, "server_tool_use")) {
			/* the input re-serialised as the tree path does (json_dumps
			 * of the same subtree), so both give the same arguments */
			const char *in;
			size_t inn;
			char *a = NULL;
			if (rl_json_get(blk, bn, "input", &in, &inn)) {
				json_t *j = rl_json_fast_parse(in, inn);
				a = j ? json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
				json_decref(j);
			} else {
				a = strdup("{}");
			}
			if (!scan_str(blk, bn, "name", t1)) {
				free(a);
				return rl_err_set(e, RL_EPROTO,
						  "response: content[%zu] tool_use has no name", i);
			}
			if (!a)
				return rl_err_set(e, RL_ENOMEM, "out of memory");
			rc = scan_call(r, 0, blk, bn, t1, a, strlen(a));
			free(a);
		}
		if (rc)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	return 0;
}

int gw_resp_scan(int format, const char *body, size_t n, gw_resp *r, rl_err *e)
{
	rl_buf t1 = RL_BUF_INIT, t2 = RL_BUF_INIT;
	rl_json_ix ix = RL_JSON_IX_INIT(openai_keys, OK_N);
	const char *top = body;
	int rc;
	memset(r, 0, sizeof *r);
	rl_buf_init(&r->content);
	rl_buf_init(&r->reasoning);
	r->format = format;
	/* duplicate keys are refused, as gw_resp_parse refuses them; the
	 * Responses API has no in-place reader: the tree decides */
	if (format == RL_GUARD_RESPONSES)
		return 1;
	if (format == RL_GUARD_OPENAI ? !rl_json_valid_ix(body, n, JSON_REJECT_DUPLICATES, &ix)
				      : !rl_json_valid(body, n, JSON_REJECT_DUPLICATES)) {
		rl_json_ix_free(&ix);
		return 1;
	}
	while (top < body + n && (*top == ' ' || *top == '\t' || *top == '\n' || *top == '\r'))
		top++;
	if (top >= body + n || *top != '{')
		rc = rl_err_set(e, RL_EPROTO, "response: expected a JSON object");
	else if (format == RL_GUARD_OPENAI)
		rc = scan_openai(r, &ix, top, &t1, &t2, e);
	else if (format == RL_GUARD_ANTHROPIC)
		rc = scan_anthropic(r, body, n, &t1, &t2, e);
	else
		rc = rl_err_set(e, RL_EINVAL, "unknown wire format %d", format);
	rl_json_ix_free(&ix);
	rl_buf_free(&t1);
	rl_buf_free(&t2);
	if (rc)
		gw_resp_free(r);
	return rc;
}

int gw_resp_read(int format, const char *body, size_t n, gw_resp *r, rl_err *e)
{
	int rc = gw_resp_scan(format, body, n, r, e);
	return rc == 1 ? gw_resp_parse(format, body, n, r, e) : rc;
}

/* ---- applying a verdict ---- */

static const char *note_for(int action)
{
	return action == RL_GUARD_HOLD ? "was held for approval and denied" : "was blocked";
}

static int add_note(rl_buf *notes, const rl_guard_item *it, const char *what)
{
	return rl_buf_addf(notes, "%s[redline guard] %s %s: %s (rule %s).", notes->len ? "\n" : "",
			   what, note_for(it->action), it->reason, it->rule);
}

/* Replace [s, e) of the part text buffer `all` across the parts it covers. */
static int redact_parts(gw_part *parts, size_t n, size_t s, size_t e)
{
	size_t i;
	for (i = 0; i < n; i++) {
		gw_part *p = &parts[i];
		size_t ps = p->off, pe = p->off + p->len, a, b;
		json_t *str = json_object_get(p->obj, p->key);
		rl_buf nb = RL_BUF_INIT;
		const char *t;
		if (e <= ps || s >= pe || !json_is_string(str))
			continue;
		a = (s > ps ? s : ps) - ps;
		b = (e < pe ? e : pe) - ps;
		t = json_string_value(str);
		if (json_string_length(str) != p->len)
			continue; /* already rewritten by an earlier span */
		if (rl_buf_add(&nb, t, a) || rl_buf_adds(&nb, "[REDACTED]") ||
		    rl_buf_add(&nb, t + b, p->len - b)) {
			rl_buf_free(&nb);
			return RL_ENOMEM;
		}
		json_object_set_new(p->obj, p->key, json_stringn(nb.s, nb.len));
		rl_buf_free(&nb);
	}
	return 0;
}

/* Redact a span of a call's arguments: inside the string value of argument
 * `field` when given, else of the arguments' JSON text; the result must
 * stay a JSON object or the caller drops the call (fail closed). */
static int redact_call(gw_resp *r, gw_call *c, const char *field, size_t s, size_t e)
{
	rl_buf nb = RL_BUF_INIT;
	json_t *parsed;
	json_error_t je;
	if (field && *field) {
		json_t *obj = json_loadb(c->args, c->args_len, 0, &je), *v;
		const char *k;
		int done = 0;
		char *txt;
		if (!json_is_object(obj)) {
			json_decref(obj);
			return RL_EINVAL;
		}
		json_object_foreach(obj, k, v) {
			rl_buf val = RL_BUF_INIT;
			if (done || strcasecmp(k, field) || !json_is_string(v))
				continue;
			if (s > e || e > json_string_length(v))
				break;
			rl_buf_add(&val, json_string_value(v), s);
			rl_buf_adds(&val, "[REDACTED]");
			rl_buf_add(&val, json_string_value(v) + e, json_string_length(v) - e);
			json_object_set_new(obj, k, json_stringn(val.s, val.len));
			rl_buf_free(&val);
			done = 1;
		}
		txt = done ? json_dumps(obj, JSON_COMPACT) : NULL;
		json_decref(obj);
		if (!txt)
			return RL_EINVAL;
		rl_buf_adds(&nb, txt);
		free(txt);
	} else {
		if (s > e || e > c->args_len)
			return RL_EINVAL;
		rl_buf_add(&nb, c->args, s);
		rl_buf_adds(&nb, "[REDACTED]");
		rl_buf_add(&nb, c->args + e, c->args_len - e);
	}
	parsed = json_loadb(nb.s, nb.len, 0, &je);
	if (!json_is_object(parsed)) {
		json_decref(parsed);
		rl_buf_free(&nb);
		return RL_EINVAL;
	}
	if (r->format == RL_GUARD_RESPONSES) {
		/* a function_call item holds its arguments text itself */
		json_object_set_new(c->node, "arguments", json_stringn(nb.s, nb.len));
		json_decref(parsed);
	} else if (r->format == RL_GUARD_OPENAI) {
		/* a legacy function_call is its own function object */
		json_object_set_new(
			json_is_object(c->holder) ? c->node : json_object_get(c->node, "function"),
			"arguments", json_stringn(nb.s, nb.len));
		json_decref(parsed);
	} else {
		json_object_set_new(c->node, "input", parsed);
	}
	free(c->args);
	c->args_len = nb.len;
	c->args = rl_buf_detach(&nb, NULL);
	return 0;
}

int gw_resp_apply(gw_resp *r, const rl_guard_verdict *v, int deny_holds, rl_err *e)
{
	char *drop = calloc(r->ncalls + 1, 1);
	rl_buf notes = RL_BUF_INIT;
	int block_content = 0, block_reasoning = 0, rc = 0;
	size_t i;

	if (!drop)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (i = 0; i < v->nitems && !rc; i++) {
		const rl_guard_item *it = &v->items[i];
		int stop =
			it->action == RL_GUARD_BLOCK || (deny_holds && it->action == RL_GUARD_HOLD);
		char what[128];
		if (it->call >= 0) {
			if ((size_t)it->call >= r->ncalls)
				continue;
			snprintf(what, sizeof what, "The tool call `%.64s`",
				 r->calls[it->call].name);
			if (stop && !drop[it->call]) {
				drop[it->call] = 1;
				rc = add_note(&notes, it, what);
			} else if (it->action == RL_GUARD_REDACT && !drop[it->call]) {
				if (redact_call(r, &r->calls[it->call], it->field, it->start,
						it->end))
					drop[it->call] = 1, rc = add_note(&notes, it, what);
			}
		} else if (it->call == RL_GUARD_PART_CONTENT) {
			if (stop && !block_content)
				block_content = 1, rc = add_note(&notes, it, "The answer text");
			else if (it->action == RL_GUARD_REDACT)
				rc = redact_parts(r->cparts, r->ncparts, it->start, it->end);
		} else if (it->call == RL_GUARD_PART_REASONING) {
			if (stop)
				block_reasoning = 1;
			else if (it->action == RL_GUARD_REDACT)
				rc = redact_parts(r->rparts, r->nrparts, it->start, it->end);
		}
	}
	if (rc)
		goto out;
	if (block_content)
		for (i = 0; i < r->ncparts; i++)
			json_object_set_new(r->cparts[i].obj, r->cparts[i].key, json_string(""));
	if (block_reasoning)
		for (i = 0; i < r->nrparts; i++)
			json_object_set_new(r->rparts[i].obj, r->rparts[i].key,
					    json_string("[reasoning withheld by redline guard]"));
	/* remove dropped calls, last first so indexes stay valid */
	for (i = r->ncalls; i-- > 0;) {
		gw_call *c = &r->calls[i];
		size_t j, n = json_array_size(c->holder);
		if (!drop[i])
			continue;
		if (json_is_object(c->holder)) { /* the legacy function_call */
			json_object_del(c->holder, "function_call");
			continue;
		}
		for (j = 0; j < n; j++)
			if (json_array_get(c->holder, j) == c->node) {
				json_array_remove(c->holder, j);
				break;
			}
	}
	if (r->format == RL_GUARD_RESPONSES) {
		/* the note is one more message item, after the items kept */
		if (notes.len) {
			json_t *it =
				json_pack("{s:s,s:s,s:s,s:s,s:[{s:s,s:s%,s:[]}]}", "type",
					  "message", "id", "msg_redline_guard_note", "status",
					  "completed", "role", "assistant", "content", "type",
					  "output_text", "text", notes.s, notes.len, "annotations");
			if (!it || json_array_append_new(json_object_get(r->root, "output"), it))
				rc = RL_ENOMEM;
		}
	} else if (r->format == RL_GUARD_OPENAI) {
		json_t *choices = json_object_get(r->root, "choices"), *ch;
		json_array_foreach(choices, i, ch) {
			json_t *msg = json_object_get(ch, "message");
			json_t *tcs = json_object_get(msg, "tool_calls");
			json_t *fr = json_object_get(ch, "finish_reason");
			if (json_is_array(tcs) && json_array_size(tcs) == 0) {
				json_object_del(msg, "tool_calls");
				if (json_is_string(fr) &&
				    !strcmp(json_string_value(fr), "tool_calls"))
					json_object_set_new(ch, "finish_reason",
							    json_string("stop"));
			}
			fr = json_object_get(ch, "finish_reason"); /* may have been replaced */
			if (!json_object_get(msg, "function_call") && json_is_string(fr) &&
			    !strcmp(json_string_value(fr), "function_call"))
				json_object_set_new(ch, "finish_reason", json_string("stop"));
			if (notes.len && i == 0) {
				json_t *c = json_object_get(msg, "content");
				rl_buf nb = RL_BUF_INIT;
				if (json_is_array(c)) { /* content parts: one more part */
					json_array_append_new(c, json_pack("{s:s,s:s%}", "type",
									   "text", "text", notes.s,
									   notes.len));
					continue;
				}
				if (json_is_string(c) && json_string_length(c)) {
					rl_buf_add(&nb, json_string_value(c),
						   json_string_length(c));
					rl_buf_adds(&nb, "\n\n");
				}
				rl_buf_add(&nb, notes.s, notes.len);
				json_object_set_new(msg, "content", json_stringn(nb.s, nb.len));
				rl_buf_free(&nb);
			}
		}
	} else {
		json_t *content = json_object_get(r->root, "content"), *blk;
		json_t *sr = json_object_get(r->root, "stop_reason");
		int tools_left = 0;
		json_array_foreach(content, i, blk) {
			const char *t = json_string_value(json_object_get(blk, "type"));
			if (t && !strcmp(t, "tool_use"))
				tools_left = 1;
		}
		if (!tools_left && json_is_string(sr) && !strcmp(json_string_value(sr), "tool_use"))
			json_object_set_new(r->root, "stop_reason", json_string("end_turn"));
		if (notes.len) {
			/* the note goes after the last text block, before any remaining tool_use */
			size_t at = 0;
			json_array_foreach(content, i, blk) {
				const char *t = json_string_value(json_object_get(blk, "type"));
				if (t && (!strcmp(t, "text") || !strcmp(t, "thinking") ||
					  !strcmp(t, "redacted_thinking")))
					at = i + 1;
			}
			json_array_insert_new(content, at,
					      json_pack("{s:s,s:s%}", "type", "text", "text",
							notes.s, notes.len));
		}
	}
out:
	free(drop);
	rl_buf_free(&notes);
	return rc ? rl_err_set(e, rc, "rewriting the response failed") : 0;
}

int gw_resp_json(const gw_resp *r, rl_buf *out)
{
	char *s = json_dumps(r->root, JSON_COMPACT);
	int rc;
	if (!s)
		return RL_ENOMEM;
	rc = rl_buf_adds(out, s);
	free(s);
	return rc;
}

int gw_request_check(int format, const json_t *req, int *stream, rl_err *e)
{
	json_t *m, *s;
	if (!json_is_object(req))
		return rl_err_set(e, RL_EINVAL, "request body must be a JSON object");
	if (!json_is_string(json_object_get(req, "model")))
		return rl_err_set(e, RL_EINVAL, "request has no \"model\" string");
	if (format == RL_GUARD_RESPONSES) {
		m = json_object_get(req, "input");
		if (!json_is_array(m) && !json_is_string(m))
			return rl_err_set(e, RL_EINVAL,
					  "request has no \"input\" (text or a list of items)");
	} else if (!json_is_array(json_object_get(req, "messages"))) {
		return rl_err_set(e, RL_EINVAL, "request has no \"messages\" array");
	}
	s = json_object_get(req, "stream");
	if (s && !json_is_boolean(s) && !json_is_null(s))
		return rl_err_set(e, RL_EINVAL, "\"stream\" must be true or false");
	if (format == RL_GUARD_ANTHROPIC && !json_is_integer(json_object_get(req, "max_tokens")))
		return rl_err_set(e, RL_EINVAL, "request has no \"max_tokens\" integer");
	*stream = json_is_true(s);
	return 0;
}

int gw_request_scan(int format, const char *body, size_t n, int *stream, const char **last,
		    size_t *lastn, rl_err *e)
{
	/* one pass over the top level for all four members: the conversation
	 * in "messages" is most of the body */
	static const char *const keys[] = {"model", "messages", "stream", "max_tokens"};
	static const char *const rkeys[] = {"model", "input", "stream", "max_tokens"};
	static const int k4[] = {0, 1, 2, 3};
	/* validated and its members found in one pass (rl_json_valid_ix) */
	rl_json_ix ix = RL_JSON_IX_INIT(format == RL_GUARD_RESPONSES ? rkeys : keys, 4);
	const char *v[4], *el, *p, *lst = NULL;
	size_t vn[4], eln, pos = 0, i, lstn = 0;
	int integer;

	*last = NULL;
	*lastn = 0;
	if (!rl_json_valid_ix(body, n, 0, &ix)) {
		rl_json_ix_free(&ix);
		return 1;
	}
	for (p = body; p < body + n && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'); p++)
		;
	if (p >= body + n || *p != '{') {
		rl_json_ix_free(&ix);
		return 1; /* not an object: the tree check words it */
	}
	/* a repeated key: the last one counts, as in jansson's tree */
	rl_json_ix_getn(&ix, p, k4, 4, v, vn);
	while (v[1] && *v[1] == '[' && rl_json_ix_elem(&ix, v[1], &pos, &el, &eln)) {
		lst = el;
		lstn = eln;
	}
	rl_json_ix_free(&ix);
	if (!v[0] || *v[0] != '"')
		return rl_err_set(e, RL_EINVAL, "request has no \"model\" string");
	if (format == RL_GUARD_RESPONSES && (!v[1] || (*v[1] != '[' && *v[1] != '"')))
		return rl_err_set(e, RL_EINVAL,
				  "request has no \"input\" (text or a list of items)");
	if (format != RL_GUARD_RESPONSES && (!v[1] || *v[1] != '['))
		return rl_err_set(e, RL_EINVAL, "request has no \"messages\" array");
	*stream = 0;
	if (v[2]) {
		if (*v[2] != 't' && *v[2] != 'f' && *v[2] != 'n')
			return rl_err_set(e, RL_EINVAL, "\"stream\" must be true or false");
		*stream = *v[2] == 't';
	}
	if (format == RL_GUARD_ANTHROPIC) {
		integer = v[3] && vn[3] > 0;
		for (i = 0; integer && i < vn[3]; i++) /* digits and a sign only */
			integer = v[3][i] == '-' || (v[3][i] >= '0' && v[3][i] <= '9');
		if (!integer)
			return rl_err_set(e, RL_EINVAL, "request has no \"max_tokens\" integer");
	}
	*last = lst;
	*lastn = lstn;
	return 0;
}

void gw_input_from_tree(const json_t *m, rl_buf *out)
{
	json_t *c = json_object_get(m, "content"), *b;
	size_t i;
	if (json_is_string(c)) {
		rl_buf_add(out, json_string_value(c),
			   json_string_length(c) > GW_INPUT_MAX ? GW_INPUT_MAX
								: json_string_length(c));
		return;
	}
	json_array_foreach(c, i, b) {
		json_t *t = json_object_get(b, "text");
		if (!json_is_string(t))
			t = json_object_get(b, "content");
		if (json_is_string(t) && out->len + json_string_length(t) <= GW_INPUT_MAX) {
			if (out->len)
				rl_buf_addc(out, '\n');
			rl_buf_add(out, json_string_value(t), json_string_length(t));
		}
	}
}

void gw_input_scan(const char *m, size_t mn, rl_buf *out)
{
	static const char *const bk[] = {"text", "content"};
	const char *c, *b, *bv[2];
	size_t cn, bn, bvn[2], pos = 0;
	rl_buf tmp = RL_BUF_INIT;
	if (*m != '{' || !rl_json_get(m, mn, "content", &c, &cn))
		return;
	if (*c == '"') {
		if (!rl_json_unquote(c, cn, &tmp))
			rl_buf_add(out, tmp.s ? tmp.s : "",
				   tmp.len > GW_INPUT_MAX ? GW_INPUT_MAX : tmp.len);
	} else if (*c == '[') {
		while (rl_json_elem(c, cn, &pos, &b, &bn)) {
			if (*b != '{')
				continue;
			rl_json_getn(b, bn, bk, 2, bv, bvn);
			if (!bv[0] || *bv[0] != '"') { /* "text" not a string: "content" */
				bv[0] = bv[1];
				bvn[0] = bvn[1];
			}
			if (!bv[0] || *bv[0] != '"' || rl_json_unquote(bv[0], bvn[0], &tmp) ||
			    out->len + tmp.len > GW_INPUT_MAX)
				continue;
			if (out->len)
				rl_buf_addc(out, '\n');
			rl_buf_add(out, tmp.s ? tmp.s : "", tmp.len);
		}
	}
	rl_buf_free(&tmp);
}

void gw_error_body(int format, const char *type, const char *msg, rl_buf *out)
{
	json_t *j = format == RL_GUARD_ANTHROPIC
			    ? json_pack("{s:s,s:{s:s,s:s}}", "type", "error", "error", "type", type,
					"message", msg)
			    : json_pack("{s:{s:s,s:s,s:n,s:n}}", "error", "message", msg, "type",
					type, "param", "code");
	char *s = j ? json_dumps(j, JSON_COMPACT) : NULL;
	rl_buf_adds(out, s ? s : "{\"error\":{\"message\":\"guard error\"}}");
	free(s);
	json_decref(j);
}
