/* eval.c: the policy seam (guard/eval.h) over the shared policy engine
 * (redline/policy.h) and action extraction (redline/action.h), so the guard
 * decides with exactly the rules and detectors that score stress tests and
 * scan logs.
 *
 * A normalised response becomes an rl_transcript: the answer text, the
 * reasoning, and every tool call re-expressed as one OpenAI-shaped
 * `tool_calls` array (for both wire formats), so the k-th native action the
 * extractor returns is the k-th call of the response. The decision's
 * matches then map back to calls, answer text or reasoning as verdict
 * items. */
#include "guard/eval.h"

#include "base/jsonr.h"
#include "base/util.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "redline/action.h"
#include "redline/policy.h"

#define GE_HOLD_TIMEOUT_DEFAULT 300

struct ge_policy {
	rl_policy *p;
};

const rl_policy *ge_policy_rules(const ge_policy *p)
{
	return p ? p->p : NULL;
}

int ge_policy_load(const char *path, ge_policy **out, rl_err *e)
{
	ge_policy *g = calloc(1, sizeof *g);
	int rc;
	*out = NULL;
	if (!g)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	rc = path ? rl_policy_load_file(path, &g->p, e) : rl_policy_load_default(&g->p, e);
	if (rc) {
		free(g);
		return rc;
	}
	*out = g;
	return 0;
}

void ge_policy_free(ge_policy *g)
{
	if (!g)
		return;
	rl_policy_free(g->p);
	free(g);
}

const char *ge_policy_agent(const ge_policy *g, const rl_policy_ctx *ctx)
{
	return ctx ? rl_policy_agent(g->p, ctx) : NULL;
}

int ge_policy_uses_headers(const ge_policy *g)
{
	return rl_policy_uses_headers(g->p);
}

int ge_policy_agent_keyed(const ge_policy *g, const char *name)
{
	return rl_policy_agent_keyed(g->p, name);
}

int ge_verdict_add(rl_guard_verdict *v, int action, int call, const char *tool, const char *rule,
		   const char *reason, size_t start, size_t end)
{
	rl_guard_item *ni = realloc(v->items, (v->nitems + 1) * sizeof *ni), *it;
	if (!ni)
		return RL_ENOMEM;
	v->items = ni;
	it = &ni[v->nitems++];
	memset(it, 0, sizeof *it);
	it->action = action;
	it->call = call;
	snprintf(it->tool, sizeof it->tool, "%s", tool ? tool : "");
	snprintf(it->rule, sizeof it->rule, "%s", rule ? rule : "");
	snprintf(it->reason, sizeof it->reason, "%s", reason ? reason : "");
	it->start = start;
	it->end = end;
	if (v->nitems == 1 || action > v->action) {
		v->action = action;
		snprintf(v->rule, sizeof v->rule, "%s", it->rule);
		snprintf(v->reason, sizeof v->reason, "%s", it->reason);
	}
	if (action == RL_GUARD_HOLD && !v->hold_timeout_s) {
		v->hold_timeout_s = GE_HOLD_TIMEOUT_DEFAULT;
		v->timeout_action = RL_GUARD_BLOCK;
	}
	return 0;
}

/* Every call as an OpenAI tool_calls entry, in response order. Written
 * straight into a buffer: building it as jansson values and dumping them
 * cost more than the policy evaluation itself. Arguments that are a JSON
 * object go in as the object itself rather than as a string holding it:
 * the extractor reads both the same way (an arguments string is parsed
 * when it holds an object), and this way they are neither escaped here
 * nor parsed twice there. Anything else stays a string, as received. */
/* Printable ASCII without '"' or '\\': written as it is. */
static int plain_str(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7e || *s == '"' || *s == '\\')
			return 0;
	return 1;
}

/* The calls as the native JSON the extractor reads. *checked: it is valid
 * JSON with no duplicate keys, known without validating it whole (every
 * id and name plain, every arguments a flat object, {...} with no other
 * '{' or '[', that validates with duplicates refused), so the extractor
 * need not validate it again (rl_actions_extract_checked); test_guard
 * native_checked_is_valid holds this to rl_json_valid. */
char *ge_native_json(const gw_resp *r, int *checked)
{
	rl_buf b = RL_BUF_INIT;
	size_t i;
	/* one allocation for a usual call (growing from 64 bytes reallocated
	 * twice per call) */
	int bad = rl_buf_grow(&b, 256) || rl_buf_addc(&b, '[');
	*checked = 1;
	for (i = 0; i < r->ncalls && !bad; i++) {
		const gw_call *c = &r->calls[i];
		const char *a = c->args;
		int obj;
		while (*a == ' ' || *a == '\t' || *a == '\n' || *a == '\r')
			a++;
		bad = rl_buf_adds(&b, i ? ",{\"id\":\"" : "{\"id\":\"") ||
		      rl_buf_add_json(&b, c->id, strlen(c->id)) ||
		      rl_buf_adds(&b, "\",\"type\":\"function\",\"function\":{\"name\":\"") ||
		      rl_buf_add_json(&b, c->name, strlen(c->name));
		if (bad)
			break;
		obj = *a == '{' && rl_json_valid(c->args, c->args_len, JSON_REJECT_DUPLICATES);
		if (!obj || !plain_str(c->id) || !plain_str(c->name) ||
		    memchr(a + 1, '{', c->args_len - (size_t)(a + 1 - c->args)) ||
		    memchr(a + 1, '[', c->args_len - (size_t)(a + 1 - c->args)))
			*checked = 0;
		if (obj || (*a == '{' && rl_json_valid(c->args, c->args_len, 0)))
			bad = rl_buf_adds(&b, "\",\"arguments\":") ||
			      rl_buf_add(&b, c->args, c->args_len) || rl_buf_adds(&b, "}}");
		else
			bad = rl_buf_adds(&b, "\",\"arguments\":\"") ||
			      rl_buf_add_json(&b, c->args, c->args_len) || rl_buf_adds(&b, "\"}}");
	}
	if (bad || rl_buf_addc(&b, ']')) {
		rl_buf_free(&b);
		return NULL;
	}
	return rl_buf_detach(&b, NULL);
}

/* Map native actions to call indexes: in order, names compared lowercase;
 * a call the extractor skipped simply gets no action. */
static void map_calls(const gw_resp *r, const rl_actions *acts, int *call_of)
{
	size_t i, c = 0;
	for (i = 0; i < acts->n; i++) {
		call_of[i] = -1;
		if (acts->v[i].origin != RL_ORIGIN_NATIVE)
			continue;
		while (c < r->ncalls) {
			const char *n = r->calls[c].name;
			if (!strncasecmp(n, "functions.", 10))
				n += 10;
			if (!strcasecmp(n, acts->v[i].tool)) {
				call_of[i] = (int)c++;
				break;
			}
			c++;
		}
	}
}

static int add_item(rl_guard_verdict *v, const rl_policy_match *m, int action, int call,
		    const char *tool, const char *field, size_t s, size_t e)
{
	char reason[256];
	int rc;
	snprintf(reason, sizeof reason, "%s%s%s", m->message ? m->message : m->rule,
		 m->detector ? " (detector " : "", m->detector ? m->detector : "");
	if (m->detector)
		strncat(reason, ")", sizeof reason - strlen(reason) - 1);
	rc = ge_verdict_add(v, action, call, tool, m->rule, reason, s, e);
	if (!rc && field)
		snprintf(v->items[v->nitems - 1].field, sizeof v->items[v->nitems - 1].field, "%s",
			 field);
	return rc;
}

/* Parts of a response a match can touch: calls 0..ncalls-1, then the
 * answer text and the reasoning. */
#define PART_IX(r, part) ((part) >= 0 ? (size_t)(part) : (r)->ncalls + (size_t)(-(part)-1))

/* Items for one match. A part already decided by a higher-priority match
 * keeps that decision; redactions accumulate on a part decided REDACT. */
static int match_items(const gw_resp *r, const rl_actions *acts, const int *call_of,
		       const rl_policy_match *m, int *decided, rl_guard_verdict *v)
{
	size_t k;
	int rc = 0, any = 0, action = m->action;
	for (k = 0; k < m->nspans && !rc; k++) {
		const rl_policy_span *sp = &m->spans[k];
		int part, act = action;
		const char *tool = "", *field = NULL;
		size_t s = sp->start, e = sp->end;
		if (sp->source == RL_POLICY_SRC_INPUT)
			continue;
		if (sp->action >= 0 && (size_t)sp->action < acts->n) {
			const rl_action *a = &acts->v[sp->action];
			part = call_of[sp->action];
			if (part >= 0) {
				tool = r->calls[part].name;
				field = sp->field;
			} else {
				/* a tool block written in the answer text or reasoning: the
				 * whole block goes (a redaction inside it cannot be mapped) */
				part = a->source == RL_SRC_REASONING ? RL_GUARD_PART_REASONING
								     : RL_GUARD_PART_CONTENT;
				tool = a->tool;
				if (act == RL_GUARD_REDACT)
					act = RL_GUARD_BLOCK;
				s = a->start;
				e = a->end;
			}
		} else if (sp->source == RL_SRC_RESPONSE || sp->source == RL_SRC_REASONING) {
			part = sp->source == RL_SRC_REASONING ? RL_GUARD_PART_REASONING
							      : RL_GUARD_PART_CONTENT;
		} else {
			continue;
		}
		any = 1;
		if (decided[PART_IX(r, part)] >= 0 &&
		    !(decided[PART_IX(r, part)] == RL_GUARD_REDACT && act == RL_GUARD_REDACT))
			continue;
		decided[PART_IX(r, part)] = act;
		if (act != RL_GUARD_ALLOW)
			rc = add_item(v, m, act, part, tool, field, s,
				      e); /* the field: where a redaction
					   * goes, and a hold's evidence */
	}
	if (!rc && !any && action != RL_GUARD_REDACT) {
		/* no evidence location: the match covers every undecided part */
		size_t i;
		for (i = 0; i < r->ncalls + 2 && !rc; i++) {
			int part = i < r->ncalls ? (int)i : -(int)(i - r->ncalls) - 1;
			if (decided[i] >= 0)
				continue;
			decided[i] = action;
			if (action != RL_GUARD_ALLOW && part != RL_GUARD_PART_REASONING)
				rc = add_item(v, m, action, part,
					      part >= 0 ? r->calls[part].name : "", NULL, 0, 0);
		}
	}
	return rc;
}

/* ---- the request's conversation (provenance) ----------------------------- */

static int conv_text(rl_buf *b, json_t *c, ge_conv *cv, int depth);

static int conv_add(ge_conv *c, int role, rl_buf *b)
{
	rl_policy_msg *m;
	rl_buf *t;
	if (!b->len) {
		rl_buf_free(b);
		return 0;
	}
	m = realloc(c->msgs, (c->n + 1) * sizeof *m);
	if (m)
		c->msgs = m;
	t = m ? realloc(c->texts, (c->n + 1) * sizeof *t) : NULL;
	if (!t) {
		rl_buf_free(b);
		return RL_ENOMEM;
	}
	c->texts = t;
	c->texts[c->n] = *b;
	c->msgs[c->n].role = role;
	c->n++;
	rl_buf_init(b);
	return 0;
}

static void add_sep(rl_buf *b)
{
	if (b->len)
		rl_buf_addc(b, '\n');
}

/* Text of a content value (string, or blocks); tool_use input and
 * function arguments as JSON; tool_result blocks become their own tool
 * messages in `cv` (they are tool output, not the user's words). */
static int conv_text(rl_buf *b, json_t *c, ge_conv *cv, int depth)
{
	size_t i;
	json_t *it;
	int rc = 0;
	if (depth > 6 || !c)
		return 0;
	if (json_is_string(c)) {
		add_sep(b);
		return rl_buf_add(b, json_string_value(c), json_string_length(c)) ? RL_ENOMEM : 0;
	}
	if (!json_is_array(c))
		return 0;
	json_array_foreach(c, i, it) {
		const char *type = json_string_value(json_object_get(it, "type"));
		if (json_is_string(it)) {
			rc = conv_text(b, it, cv, depth + 1);
		} else if (type && !strcmp(type, "tool_result")) {
			rl_buf tb = RL_BUF_INIT;
			rc = conv_text(&tb, json_object_get(it, "content"), cv, depth + 1);
			if (!rc)
				rc = conv_add(cv, RL_ROLE_TOOL, &tb);
			else
				rl_buf_free(&tb);
		} else if (type && !strcmp(type, "tool_use")) {
			char *j = json_dumps(json_object_get(it, "input"),
					     JSON_COMPACT | JSON_ENCODE_ANY);
			add_sep(b);
			if (j)
				rl_buf_adds(b, j);
			free(j);
		} else {
			rc = conv_text(b, json_object_get(it, "text"), cv, depth + 1);
		}
		if (rc)
			return rc;
	}
	return 0;
}

/* Both readers end here: the messages point into the texts once every
 * text is final (a text buffer may move while it grows); on failure the
 * conversation is freed. */
static int conv_finish(ge_conv *c, int rc)
{
	size_t i;
	for (i = 0; !rc && i < c->n; i++) {
		c->msgs[i].text = c->texts[i].s;
		c->msgs[i].len = c->texts[i].len;
	}
	if (rc)
		ge_conv_free(c);
	return rc;
}

/* One message of `role` from the text of value v (conv_text), kept when
 * it has any. */
static int tree_msg(ge_conv *c, int role, json_t *v, int args)
{
	rl_buf b = RL_BUF_INIT;
	int rc = 0;
	if (args) { /* a call's arguments (a string), as a tool_calls entry's */
		add_sep(&b);
		rc = rl_buf_add(&b, json_string_value(v), json_string_length(v)) ? RL_ENOMEM : 0;
	} else {
		rc = conv_text(&b, v, c, 0);
	}
	if (rc) {
		rl_buf_free(&b);
		return rc;
	}
	return conv_add(c, role, &b);
}

/* The Responses API's request: `instructions` (the system's words) and
 * `input`, the user's string or a list of items - messages (a role and
 * content), function_call items (the assistant's call: its arguments)
 * and function_call_output items (tool output, a string or content
 * parts); other items (reasoning, built-in tool calls) carry none. Until
 * session 15 the guard read `messages` only, so no rule that reads the
 * conversation could fire on a Responses request. */
static int resp_tree(json_t *root, ge_conv *c)
{
	json_t *in = json_object_get(root, "input"), *it, *v;
	size_t i;
	int rc = 0;
	if (json_is_string(v = json_object_get(root, "instructions")))
		rc = tree_msg(c, RL_ROLE_SYSTEM, v, 0);
	if (!rc && json_is_string(in))
		return tree_msg(c, RL_ROLE_USER, in, 0);
	json_array_foreach(in, i, it) {
		const char *type = json_string_value(json_object_get(it, "type"));
		json_t *role = json_object_get(it, "role");
		if (rc)
			break;
		if (json_is_string(role))
			rc = tree_msg(c, rl_policy_role_parse(json_string_value(role)),
				      json_object_get(it, "content"), 0);
		else if (type && !strcmp(type, "function_call") &&
			 json_is_string(v = json_object_get(it, "arguments")))
			rc = tree_msg(c, RL_ROLE_ASSISTANT, v, 1);
		else if (type && !strcmp(type, "function_call_output"))
			rc = tree_msg(c, RL_ROLE_TOOL, json_object_get(it, "output"), 0);
	}
	return rc;
}

int ge_conv_parse_tree(const ge_req *req, ge_conv *c)
{
	json_t *root, *msgs, *m, *v;
	size_t i, k;
	int rc = 0;
	memset(c, 0, sizeof *c);
	if (!req || !req->body || !req->len)
		return 0;
	/* the fast reader builds the same tree (base/jsonr.h) in a fraction of
	 * jansson's time (json_loadb was a tenth of the guard's CPU per
	 * request); what it refuses goes to jansson, which decides */
	root = rl_json_fast_parse(req->body, req->len);
	if (!root)
		root = json_loadb(req->body, req->len, 0, NULL);
	if (!json_is_object(root)) {
		json_decref(root);
		return 0;
	}
	if (req->format == RL_GUARD_RESPONSES) {
		rc = resp_tree(root, c);
		json_decref(root);
		return conv_finish(c, rc);
	}
	if ((v = json_object_get(root, "system"))) { /* Anthropic */
		rl_buf b = RL_BUF_INIT;
		rc = conv_text(&b, v, c, 0);
		if (!rc)
			rc = conv_add(c, RL_ROLE_SYSTEM, &b);
	}
	msgs = json_object_get(root, "messages");
	json_array_foreach(msgs, i, m) {
		rl_buf b = RL_BUF_INIT;
		int role = rl_policy_role_parse(json_string_value(json_object_get(m, "role")));
		json_t *calls = json_object_get(m, "tool_calls"), *call;
		if (rc)
			break;
		rc = conv_text(&b, json_object_get(m, "content"), c, 0);
		json_array_foreach(calls, k, call) {
			json_t *a = json_object_get(json_object_get(call, "function"), "arguments");
			if (json_is_string(a)) {
				add_sep(&b);
				rl_buf_add(&b, json_string_value(a), json_string_length(a));
			}
		}
		if (!rc)
			rc = conv_add(c, role, &b);
		else
			rl_buf_free(&b);
	}
	json_decref(root);
	return conv_finish(c, rc);
}

/* ---- the same, read in place ----
 * conv_text_in and conv_scan follow conv_text and ge_conv_parse_tree member
 * for member on text rl_json_valid accepted (which rl_json_fast_parse then
 * parses into the tree those read), without building the tree: the tree of
 * a request's conversation, its tool definitions included, was an eighth of
 * the guard's instructions per request. fuzz_guard_req and test_guard
 * compare the two. */

/* A string value (v, vn) decoded and appended to b; RL_ENOMEM when it
 * could not be (valid text: only memory fails). */
static int add_str(rl_buf *b, const char *v, size_t vn, rl_buf *tmp)
{
	if (rl_json_unquote(v, vn, tmp))
		return RL_ENOMEM;
	return rl_buf_add(b, tmp->s ? tmp->s : "", tmp->len) ? RL_ENOMEM : 0;
}

/* 1 when (v, vn) is the JSON string `lit` (written without escapes, as
 * type names are; an escaped one is decoded to compare). */
static int str_is(const char *v, size_t vn, const char *lit, rl_buf *tmp)
{
	size_t n = strlen(lit);
	if (!v || *v != '"')
		return 0;
	if (vn == n + 2 && !memcmp(v + 1, lit, n))
		return 1;
	return memchr(v, '\\', vn) && !rl_json_unquote(v, vn, tmp) && tmp->len == n &&
	       !memcmp(tmp->s, lit, n);
}

static int conv_text_in(rl_buf *b, const char *v, size_t vn, ge_conv *cv, int depth, rl_buf *tmp)
{
	static const char *const keys[] = {"type", "content", "input", "text"};
	const char *it, *mv[4];
	size_t itn, pos = 0, mvn[4];
	int rc = 0;
	if (depth > 6 || !v)
		return 0;
	if (*v == '"') {
		add_sep(b);
		return add_str(b, v, vn, tmp);
	}
	if (*v != '[')
		return 0;
	while (!rc && rl_json_elem(v, vn, &pos, &it, &itn)) {
		if (*it == '"') {
			rc = conv_text_in(b, it, itn, cv, depth + 1, tmp);
			continue;
		}
		if (*it != '{')
			continue; /* no "text" member: nothing, as conv_text */
		rl_json_getn(it, itn, keys, 4, mv, mvn);
		if (str_is(mv[0], mvn[0], "tool_result", tmp)) {
			rl_buf tb = RL_BUF_INIT;
			rc = conv_text_in(&tb, mv[1], mvn[1], cv, depth + 1, tmp);
			if (!rc)
				rc = conv_add(cv, RL_ROLE_TOOL, &tb);
			else
				rl_buf_free(&tb);
		} else if (str_is(mv[0], mvn[0], "tool_use", tmp)) {
			/* the input as conv_text writes it: jansson's compact dump of
			 * the same subtree */
			json_t *j = mv[2] ? rl_json_fast_parse(mv[2], mvn[2]) : NULL;
			char *d = j ? json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
			add_sep(b);
			if (d)
				rl_buf_adds(b, d);
			free(d);
			json_decref(j);
		} else {
			rc = conv_text_in(b, mv[3], mvn[3], cv, depth + 1, tmp);
		}
	}
	return rc;
}

/* One message of `role` from the text at (v, vn) (conv_text_in), or a
 * call's arguments (a JSON string) when `args`; kept when it has any. */
static int scan_msg(ge_conv *c, int role, const char *v, size_t vn, int args, rl_buf *tmp)
{
	rl_buf b = RL_BUF_INIT;
	int rc;
	if (args) {
		add_sep(&b);
		rc = add_str(&b, v, vn, tmp);
	} else {
		rc = conv_text_in(&b, v, vn, c, 0, tmp);
	}
	if (rc) {
		rl_buf_free(&b);
		return rc;
	}
	return conv_add(c, role, &b);
}

/* resp_tree's reading, in place. */
static int resp_scan(const char *body, size_t n, ge_conv *c, rl_buf *tmp)
{
	static const char *const top[] = {"instructions", "input"};
	static const char *const ik[] = {"role", "content", "type", "arguments", "output"};
	const char *tv[2], *m;
	size_t tvn[2], mn, pos = 0;
	int rc = 0;
	rl_json_getn(body, n, top, 2, tv, tvn);
	if (tv[0] && *tv[0] == '"')
		rc = scan_msg(c, RL_ROLE_SYSTEM, tv[0], tvn[0], 0, tmp);
	if (!rc && tv[1] && *tv[1] == '"')
		return scan_msg(c, RL_ROLE_USER, tv[1], tvn[1], 0, tmp);
	while (!rc && tv[1] && *tv[1] == '[' && rl_json_elem(tv[1], tvn[1], &pos, &m, &mn)) {
		const char *mv[5] = {NULL, NULL, NULL, NULL, NULL};
		size_t mvn[5] = {0, 0, 0, 0, 0};
		if (*m != '{')
			continue;
		rl_json_getn(m, mn, ik, 5, mv, mvn);
		if (mv[0] && *mv[0] == '"') {
			if (rl_json_unquote(mv[0], mvn[0], tmp))
				return RL_ENOMEM;
			rc = scan_msg(c, rl_policy_role_parse(tmp->s ? tmp->s : ""), mv[1], mvn[1],
				      0, tmp);
		} else if (str_is(mv[2], mvn[2], "function_call", tmp) && mv[3] && *mv[3] == '"') {
			rc = scan_msg(c, RL_ROLE_ASSISTANT, mv[3], mvn[3], 1, tmp);
		} else if (str_is(mv[2], mvn[2], "function_call_output", tmp)) {
			rc = scan_msg(c, RL_ROLE_TOOL, mv[4], mvn[4], 0, tmp);
		}
	}
	return rc;
}

static int conv_scan(const char *body, size_t n, int format, ge_conv *c)
{
	static const char *const top[] = {"system", "messages"};
	static const char *const mk[] = {"role", "content", "tool_calls"};
	const char *tv[2], *m, *p;
	size_t tvn[2], mn, pos = 0;
	rl_buf tmp = RL_BUF_INIT;
	int rc = 0;
	for (p = body; p < body + n && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'); p++)
		;
	if (p >= body + n || *p != '{')
		return 0;
	if (format == RL_GUARD_RESPONSES) {
		rc = resp_scan(body, n, c, &tmp);
		rl_buf_free(&tmp);
		return rc;
	}
	rl_json_getn(body, n, top, 2, tv, tvn);
	if (tv[0]) { /* Anthropic */
		rl_buf b = RL_BUF_INIT;
		rc = conv_text_in(&b, tv[0], tvn[0], c, 0, &tmp);
		if (!rc)
			rc = conv_add(c, RL_ROLE_SYSTEM, &b);
		else
			rl_buf_free(&b);
	}
	while (!rc && tv[1] && *tv[1] == '[' && rl_json_elem(tv[1], tvn[1], &pos, &m, &mn)) {
		rl_buf b = RL_BUF_INIT;
		const char *mv[3] = {NULL, NULL, NULL}, *call;
		size_t mvn[3] = {0, 0, 0}, calln, cpos = 0;
		int role;
		if (*m == '{')
			rl_json_getn(m, mn, mk, 3, mv, mvn);
		if (mv[0] && *mv[0] == '"') {
			if (rl_json_unquote(mv[0], mvn[0], &tmp)) {
				rc = RL_ENOMEM;
				break;
			}
			role = rl_policy_role_parse(tmp.s ? tmp.s : "");
		} else {
			role = rl_policy_role_parse(NULL);
		}
		rc = conv_text_in(&b, mv[1], mvn[1], c, 0, &tmp);
		while (!rc && mv[2] && *mv[2] == '[' &&
		       rl_json_elem(mv[2], mvn[2], &cpos, &call, &calln)) {
			const char *fn, *a;
			size_t fnn, an;
			if (*call == '{' && rl_json_get(call, calln, "function", &fn, &fnn) &&
			    *fn == '{' && rl_json_get(fn, fnn, "arguments", &a, &an) && *a == '"') {
				add_sep(&b);
				if (rl_json_unquote(a, an, &tmp))
					rc = RL_ENOMEM;
				else
					rl_buf_add(&b, tmp.s ? tmp.s : "", tmp.len);
			}
		}
		if (!rc)
			rc = conv_add(c, role, &b);
		else
			rl_buf_free(&b);
	}
	rl_buf_free(&tmp);
	return rc;
}

int ge_conv_parse(const ge_req *req, ge_conv *c)
{
	int rc;
	memset(c, 0, sizeof *c);
	if (!req || !req->body || !req->len)
		return 0;
	if (!req->valid && !rl_json_valid(req->body, req->len, 0))
		return ge_conv_parse_tree(req, c); /* jansson decides */
	rc = conv_scan(req->body, req->len, req->format, c);
	return conv_finish(c, rc);
}

void ge_conv_free(ge_conv *c)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		rl_buf_free(&c->texts[i]);
	free(c->texts);
	free(c->msgs);
	memset(c, 0, sizeof *c);
}

typedef struct lazy {
	const ge_req *req;
	ge_conv *conv;
} lazy;

/* The engine asks for the conversation only when a rule needs it. */
static int lazy_msgs(void *arg, const rl_policy_msg **m, size_t *n)
{
	lazy *z = arg;
	int rc = ge_conv_parse(z->req, z->conv);
	*m = z->conv->msgs;
	*n = z->conv->n;
	return rc;
}

int ge_eval(const ge_policy *g, const rl_policy_ctx *ctx0, const char *input, size_t input_len,
	    const ge_req *req, const gw_resp *r, rl_guard_verdict *v, rl_err *e)
{
	rl_transcript t = {0};
	rl_actions acts;
	rl_policy_decision d;
	int checked = 0;
	/* one call with plain arguments and nothing else (an MCP tools/call):
	 * its action built directly, without writing and reading back the
	 * native JSON (test_guard flat_call_agrees) */
	int flat = r->ncalls == 1 && !r->content.len && !r->reasoning.len &&
		   rl_actions_flat_call(r->calls[0].name, r->calls[0].args, r->calls[0].args_len,
					&acts) == 1;
	char *native = r->ncalls && !flat ? ge_native_json(r, &checked) : NULL;
	int *call_of = NULL, call_of_s[8], rc;
	size_t i;
	rl_policy_ctx cx;
	const rl_policy_ctx *ctx = ctx0;
	ge_conv conv = {0};
	lazy lz;

	if (r->ncalls && !flat && !native)
		return rl_err_set(e, RL_EPOLICY, "out of memory");
	/* Provenance rules read the conversation: parse the request only when
	 * the policy has them and the caller did not give one. */
	lz.req = req;
	lz.conv = &conv;
	if (req && rl_policy_uses_context(g->p) && !(ctx0 && (ctx0->msgs || ctx0->load_msgs))) {
		if (ctx0)
			cx = *ctx0;
		else
			memset(&cx, 0, sizeof cx);
		cx.load_msgs = lazy_msgs;
		cx.load_arg = &lz;
		ctx = &cx;
	}
	t.response = r->content.s;
	t.response_len = r->content.len;
	t.reasoning = r->reasoning.s;
	t.reasoning_len = r->reasoning.len;
	t.native = native;
	t.native_len = native ? strlen(native) : 0;
	rc = flat ? 0 : rl_actions_extract_checked(&t, checked, &acts, e);
	if (rc) {
		free(native);
		ge_conv_free(&conv);
		return rl_err_set(e, RL_EPOLICY, "action extraction failed: %s", e ? e->msg : "");
	}
	/* a usual response's few actions: no allocation */
	call_of = acts.n < sizeof call_of_s / sizeof *call_of_s
			  ? memset(call_of_s, 0, sizeof call_of_s)
			  : rl_zalloc(acts.n + 1, sizeof *call_of);
	if (!call_of) {
		rl_actions_free(&acts);
		ge_conv_free(&conv);
		free(native);
		return rl_err_set(e, RL_EPOLICY, "out of memory");
	}
	map_calls(r, &acts, call_of);
	rc = rl_policy_eval(g->p, &acts, &t, input, input_len, ctx, &d, e);
	if (rc) {
		rc = RL_EPOLICY;
	} else if (d.action != RL_POLICY_ALLOW) {
		/* Each part (call, answer, reasoning) gets the action of the
		 * highest-priority match touching it (matches come by descending
		 * priority), so blocking one call never releases another that a
		 * lower rule holds. A decision of ALLOW (say, an allow rule for a
		 * trusted agent outranking everything) releases the response. */
		int *decided = malloc((r->ncalls + 2) * sizeof *decided);
		if (!decided) {
			rc = RL_ENOMEM;
		} else {
			for (i = 0; i < r->ncalls + 2; i++)
				decided[i] = -1;
			for (i = 0; i < d.nmatches && !rc; i++)
				rc = match_items(r, &acts, call_of, &d.matches[i], decided, v);
			if (!rc && v->nitems == 0) {
				/* decided without a located match (default_action) */
				rl_policy_match m = {.rule = d.rule ? d.rule : "default_action",
						     .message = "the policy's default action",
						     .action = d.action};
				for (i = 0; i < r->ncalls + 2; i++)
					decided[i] = -1;
				rc = match_items(r, &acts, call_of, &m, decided, v);
			}
			free(decided);
		}
		if (rc)
			rc = rl_err_set(e, RL_EPOLICY, "out of memory building the verdict");
	}
	rl_policy_decision_free(&d);
	rl_actions_free(&acts);
	ge_conv_free(&conv);
	if (call_of != call_of_s)
		free(call_of);
	free(native);
	return rc;
}

int ge_policy_redacts_requests(const ge_policy *g, const char *agent)
{
	(void)agent;
	return rl_policy_has_sensitive(g->p);
}

int ge_redact_text(const ge_policy *g, const char *agent, const char *s, size_t n, rl_buf *out,
		   int *changed)
{
	size_t count = 0;
	int rc;
	(void)agent;
	rc = rl_policy_redact_input(g->p, s, n, out, &count, NULL);
	if (rc)
		return RL_EPOLICY;
	if (count)
		*changed = 1;
	return 0;
}
