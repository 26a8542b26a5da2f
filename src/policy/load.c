/* load.c: policy YAML to the compiled form in policy_int.h. Validation is
 * strict and located (file:line:col for unknown keys, bad values and bad
 * regular expressions) because a policy that silently means something
 * else than its author thinks is worse than one that does not load.
 * All matchers are compiled here, once: PCRE2 (JIT) per pattern and one
 * vectorscan database over all of them. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/fs.h"
#include "base/hsengine.h"
#include "base/yaml.h"

#define POL_MAX_RULES 10000

static char *xstrdup(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* ---- YAML helpers -------------------------------------------------------- */

typedef struct ld {
	rl_yaml y;
	rl_policy *p;
	rl_err *e;
} ld;

#define LERR(n, ...) rl_yaml_err(&L->y, (n), L->e, RL_EINVAL, __VA_ARGS__)

/* A string or a list of strings, appended to `out`. */
static int str_list(ld *L, yaml_node_t *n, rl_strlist *out, int lower)
{
	size_t i, cnt;
	if (rl_yaml_is_scalar(n)) {
		cnt = 1;
	} else if (rl_yaml_is_seq(n)) {
		cnt = rl_yaml_count(n);
	} else {
		return LERR(n, "expected a string or a list of strings");
	}
	for (i = 0; i < cnt; i++) {
		yaml_node_t *it = rl_yaml_is_scalar(n) ? n : rl_yaml_item(&L->y, n, i);
		const char *s = rl_yaml_str(it);
		char *c;
		if (!s || !*s)
			return LERR(it, "expected a non-empty string");
		c = strdup(s);
		if (!c)
			return rl_err_set(L->e, RL_ENOMEM, "out of memory");
		if (lower)
			for (char *q = c; *q; q++)
				*q = (char)tolower((unsigned char)*q);
		if (rl_strlist_add(out, c)) {
			free(c);
			return rl_err_set(L->e, RL_ENOMEM, "out of memory");
		}
		free(c);
	}
	return 0;
}

static int cond_add(ld *L, pol_textcond *c, int kind, yaml_node_t *n)
{
	size_t i, cnt = rl_yaml_is_seq(n) ? rl_yaml_count(n) : 1;
	if (!rl_yaml_is_seq(n) && !rl_yaml_is_scalar(n))
		return LERR(n, "expected a string or a list of strings");
	for (i = 0; i < cnt; i++) {
		yaml_node_t *it = rl_yaml_is_seq(n) ? rl_yaml_item(&L->y, n, i) : n;
		const char *s = rl_yaml_str(it);
		unsigned col;
		long id;
		size_t *v;
		if (!s)
			return LERR(it, "expected a string");
		col = rl_yaml_col(it) + (it->data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
					 it->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE);
		/* a pattern several rules share (a threat in a tool call and in
		 * the answer) is compiled once: one PCRE2 code, one vectorscan
		 * expression */
		for (id = 0; id < (long)L->p->npats; id++)
			if (L->p->pats[id].kind == kind && L->p->pats[id].detector < 0 &&
			    !strcmp(L->p->pats[id].src, s))
				break;
		if (id == (long)L->p->npats)
			id = pol_pat_add(L->p, kind, s, L->y.file, rl_yaml_line(it), col, L->e);
		if (id < 0)
			return (int)id;
		v = realloc(c->v, (c->n + 1) * sizeof *v);
		if (!v)
			return rl_err_set(L->e, RL_ENOMEM, "out of memory");
		c->v = v;
		c->v[c->n++] = (size_t)id;
	}
	return 0;
}

/* {pattern|patterns: ..., keywords: [...]} or a bare string (a pattern). */
static int text_cond(ld *L, yaml_node_t *n, pol_textcond *c)
{
	static const char *const keys[] = {"pattern", "patterns", "keywords", NULL};
	yaml_node_t *v;
	int rc;
	if (rl_yaml_is_scalar(n))
		return cond_add(L, c, PAT_REGEX, n);
	if (!rl_yaml_is_map(n))
		return LERR(n, "expected a map with pattern, patterns or keywords");
	if ((rc = rl_yaml_check_keys(&L->y, n, keys, L->e)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "pattern")) && (rc = cond_add(L, c, PAT_REGEX, v)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "patterns")) && (rc = cond_add(L, c, PAT_REGEX, v)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "keywords")) && (rc = cond_add(L, c, PAT_KEYWORD, v)))
		return rc;
	if (!c->n)
		return LERR(n, "expected at least one pattern or keyword");
	return 0;
}

static int get_long(ld *L, yaml_node_t *map, const char *key, long *out, long lo, long hi)
{
	yaml_node_t *v = rl_yaml_get(&L->y, map, key);
	int rc;
	if (!v)
		return 0;
	if ((rc = rl_yaml_long(&L->y, v, out, L->e)))
		return rc;
	if (*out < lo || *out > hi)
		return LERR(v, "%s must be between %ld and %ld", key, lo, hi);
	return 0;
}

/* ---- sections ------------------------------------------------------------ */

static int load_org(ld *L, yaml_node_t *n)
{
	static const char *const keys[] = {
		"name",           "domains",       "authorities", "external_domains",
		"targets",        "third_parties", "leverage",    "confidential",
		"override_codes", "cancel_tools",  NULL};
	rl_harm_spec *h = &L->p->org;
	yaml_node_t *v;
	int rc;
	size_t i;

	if (!rl_yaml_is_map(n))
		return LERR(n, "expected a map (domains, authorities, ...)");
	if ((rc = rl_yaml_check_keys(&L->y, n, keys, L->e)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "name")) && rl_yaml_str(v))
		h->scenario = xstrdup(rl_yaml_str(v));
#define LIST(k, f, low)                                                                            \
	if ((v = rl_yaml_get(&L->y, n, k)) && !rl_yaml_is_null(v) &&                               \
	    (rc = str_list(L, v, &h->f, low)))                                                     \
		return rc;
	LIST("domains", internal_domains, 1)
	LIST("authorities", authorities, 1)
	LIST("external_domains", external_domains, 1)
	LIST("targets", targets, 1)
	LIST("third_parties", third_parties, 1)
	LIST("leverage", leverage, 0)
	LIST("override_codes", override_codes, 0)
	LIST("cancel_tools", cancel_tools, 1)
#undef LIST
	if ((v = rl_yaml_get(&L->y, n, "confidential")) && !rl_yaml_is_null(v)) {
		if (!rl_yaml_is_seq(v))
			return LERR(
				v,
				"expected a list of documents ({id, code_names, phrases, email_ids}) or phrases");
		for (i = 0; i < rl_yaml_count(v); i++) {
			yaml_node_t *it = rl_yaml_item(&L->y, v, i), *f;
			static const char *const dk[] = {"id", "code_names", "phrases", "email_ids",
							 NULL};
			rl_harm_doc *docs = realloc(h->docs, (h->ndocs + 1) * sizeof *docs), *d;
			if (!docs)
				return rl_err_set(L->e, RL_ENOMEM, "out of memory");
			h->docs = docs;
			d = &h->docs[h->ndocs++];
			memset(d, 0, sizeof *d);
			if (rl_yaml_is_scalar(it)) {
				d->id = xstrdup(rl_yaml_str(it));
				if ((rc = str_list(L, it, &d->phrases, 0)))
					return rc;
				continue;
			}
			if (!rl_yaml_is_map(it))
				return LERR(it, "expected a document map or a phrase");
			if ((rc = rl_yaml_check_keys(&L->y, it, dk, L->e)))
				return rc;
			if ((f = rl_yaml_get(&L->y, it, "id")))
				d->id = xstrdup(rl_yaml_str(f));
			if ((f = rl_yaml_get(&L->y, it, "code_names")) &&
			    (rc = str_list(L, f, &d->code_names, 0)))
				return rc;
			if ((f = rl_yaml_get(&L->y, it, "phrases")) &&
			    (rc = str_list(L, f, &d->phrases, 0)))
				return rc;
			if ((f = rl_yaml_get(&L->y, it, "email_ids")) &&
			    (rc = str_list(L, f, &d->email_ids, 0)))
				return rc;
		}
	}
	return 0;
}

static int load_sensitive(ld *L, yaml_node_t *n)
{
	size_t i;
	int rc;
	if (!rl_yaml_is_seq(n))
		return LERR(n, "expected a list of literals or {literal|pattern: ...}");
	for (i = 0; i < rl_yaml_count(n); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, n, i), *v;
		static const char *const keys[] = {"literal", "pattern", NULL};
		if (rl_yaml_is_scalar(it)) {
			if ((rc = cond_add(L, &L->p->sensitive, PAT_KEYWORD, it)))
				return rc;
			continue;
		}
		if (!rl_yaml_is_map(it))
			return LERR(it, "expected a literal or {literal|pattern: ...}");
		if ((rc = rl_yaml_check_keys(&L->y, it, keys, L->e)))
			return rc;
		if ((v = rl_yaml_get(&L->y, it, "literal")) &&
		    (rc = cond_add(L, &L->p->sensitive, PAT_KEYWORD, v)))
			return rc;
		if ((v = rl_yaml_get(&L->y, it, "pattern")) &&
		    (rc = cond_add(L, &L->p->sensitive, PAT_REGEX, v)))
			return rc;
		if (!rl_yaml_get(&L->y, it, "literal") && !rl_yaml_get(&L->y, it, "pattern"))
			return LERR(it, "expected literal or pattern");
	}
	return 0;
}

static int load_agents(ld *L, yaml_node_t *n)
{
	static const char *const keys[] = {"name", "key_sha256", "header", NULL};
	size_t i;
	int rc;
	if (!rl_yaml_is_seq(n))
		return LERR(n, "expected a list of {name, key_sha256, header}");
	L->p->agents = calloc(rl_yaml_count(n) + 1, sizeof *L->p->agents);
	if (!L->p->agents)
		return rl_err_set(L->e, RL_ENOMEM, "out of memory");
	for (i = 0; i < rl_yaml_count(n); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, n, i), *v;
		pol_agent *a = &L->p->agents[L->p->nagents++];
		if (!rl_yaml_is_map(it))
			return LERR(it, "expected a map {name, key_sha256, header}");
		if ((rc = rl_yaml_check_keys(&L->y, it, keys, L->e)))
			return rc;
		v = rl_yaml_get(&L->y, it, "name");
		if (!v || !rl_yaml_str(v) || !*rl_yaml_str(v))
			return LERR(it, "agent needs a name");
		a->name = xstrdup(rl_yaml_str(v));
		if ((v = rl_yaml_get(&L->y, it, "key_sha256"))) {
			size_t k;
			if ((rc = str_list(L, v, &a->keys, 1)))
				return rc;
			for (k = 0; k < a->keys.n; k++) {
				const char *h = a->keys.v[k];
				if (strlen(h) != 64 || strspn(h, "0123456789abcdef") != 64)
					return LERR(
						v,
						"key_sha256 must be 64 hex digits (the SHA-256 of the key, never the key)");
			}
		}
		if ((v = rl_yaml_get(&L->y, it, "header"))) {
			yaml_node_t *hk, *hv;
			if (!rl_yaml_is_map(v) || rl_yaml_count(v) != 1)
				return LERR(v, "expected {header-name: value}");
			rl_yaml_pair(&L->y, v, 0, &hk, &hv);
			if (!rl_yaml_str(hk) || !rl_yaml_str(hv))
				return LERR(v, "expected {header-name: value}");
			a->header = xstrdup(rl_yaml_str(hk));
			a->value = xstrdup(rl_yaml_str(hv));
			for (char *q = a->header; q && *q; q++)
				*q = (char)tolower((unsigned char)*q);
		}
		if (!a->keys.n && !a->header)
			return LERR(it, "agent '%s' needs key_sha256 or header", a->name);
	}
	return 0;
}

/* hide_tools: [{tools: [globs], agents: [...], except_agents: [...],
 * servers: [...]}] (docs/policy.md, "Hiding MCP tools"). */
static int load_hides(ld *L, yaml_node_t *n)
{
	static const char *const keys[] = {"tools", "agents", "except_agents", "servers", NULL};
	static const char *const lists[] = {"agents", "except_agents", "servers"};
	size_t i, k;
	int rc;
	if (!rl_yaml_is_seq(n))
		return LERR(n, "expected a list of {tools, agents, except_agents, servers}");
	L->p->hides = calloc(rl_yaml_count(n) + 1, sizeof *L->p->hides);
	if (!L->p->hides)
		return rl_err_set(L->e, RL_ENOMEM, "out of memory");
	for (i = 0; i < rl_yaml_count(n); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, n, i), *v;
		pol_hide *h = &L->p->hides[L->p->nhides++];
		rl_strlist *dst[] = {&h->agents, &h->except_agents, &h->servers};
		if (!rl_yaml_is_map(it))
			return LERR(it, "expected a map {tools, agents, except_agents, servers}");
		if ((rc = rl_yaml_check_keys(&L->y, it, keys, L->e)))
			return rc;
		if (!(v = rl_yaml_get(&L->y, it, "tools")))
			return LERR(it, "hide_tools entry needs tools (names or globs)");
		if ((rc = str_list(L, v, &h->tools, 1)))
			return rc;
		for (k = 0; k < 3; k++)
			if ((v = rl_yaml_get(&L->y, it, lists[k])) &&
			    (rc = str_list(L, v, dst[k], 0)))
				return rc;
	}
	return 0;
}

static int parse_scope(ld *L, yaml_node_t *n, unsigned *out)
{
	rl_strlist l = {0};
	size_t i;
	int rc = str_list(L, n, &l, 1);
	*out = 0;
	for (i = 0; !rc && i < l.n; i++) {
		if (!strcmp(l.v[i], "response"))
			*out |= SCOPE_RESPONSE;
		else if (!strcmp(l.v[i], "reasoning"))
			*out |= SCOPE_REASONING;
		else if (!strcmp(l.v[i], "input"))
			*out |= SCOPE_INPUT;
		else if (!strcmp(l.v[i], "actions"))
			*out |= SCOPE_ACTIONS;
		else
			rc = LERR(
				n,
				"unknown scope '%s' (expected response, reasoning, input, actions)",
				l.v[i]);
	}
	rl_strlist_free(&l);
	return rc;
}

static int load_arg(ld *L, yaml_node_t *n, pol_arg *a)
{
	static const char *const keys[] = {"field",    "recipient", "list",     "pattern",
					   "patterns", "keywords",  "min_size", "max_size",
					   "origin",   NULL};
	yaml_node_t *v;
	int rc;

	a->min_size = a->max_size = -1;
	if (!rl_yaml_is_map(n))
		return LERR(
			n,
			"expected an argument predicate map (field, recipient, list, pattern, keywords, min_size, max_size)");
	if ((rc = rl_yaml_check_keys(&L->y, n, keys, L->e)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "field"))) {
		if (!rl_yaml_str(v) || !*rl_yaml_str(v))
			return LERR(v, "expected a field name or glob");
		a->field = strdup(rl_yaml_str(v));
		for (char *q = a->field; q && *q; q++)
			*q = (char)tolower((unsigned char)*q);
	}
	if ((v = rl_yaml_get(&L->y, n, "recipient"))) {
		const char *s = rl_yaml_str(v);
		if (!s)
			return LERR(v, "expected internal, external, authority or any-external");
		if (!strcmp(s, "internal"))
			a->recipient = REC_INTERNAL;
		else if (!strcmp(s, "external"))
			a->recipient = REC_EXTERNAL;
		else if (!strcmp(s, "authority"))
			a->recipient = REC_AUTHORITY;
		else if (!strcmp(s, "any-external"))
			a->recipient = REC_ANY_EXTERNAL;
		else
			return LERR(
				v,
				"unknown recipient '%s' (expected internal, external, authority or any-external)",
				s);
	}
	if ((v = rl_yaml_get(&L->y, n, "list")) && (rc = str_list(L, v, &a->list, 1)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "pattern")) && (rc = cond_add(L, &a->text, PAT_REGEX, v)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "patterns")) && (rc = cond_add(L, &a->text, PAT_REGEX, v)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "keywords")) && (rc = cond_add(L, &a->text, PAT_KEYWORD, v)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "origin")) &&
	    (a->origin = pol_origin_parse(rl_yaml_str(v))) < 0)
		return LERR(
			v,
			"unknown origin '%s' (expected trusted, untrusted, injected, requested, unknown, not-trusted, stranger)",
			rl_yaml_str(v) ? rl_yaml_str(v) : "");
	if (a->origin)
		L->p->uses_context = 1;
	if ((rc = get_long(L, n, "min_size", &a->min_size, 0, 1L << 40)) ||
	    (rc = get_long(L, n, "max_size", &a->max_size, 0, 1L << 40)))
		return rc;
	if (!a->field) {
		if (a->recipient || a->list.n)
			a->field = strdup("@(to|cc|bcc|recipient|recipients|address|email)");
		else
			a->field = strdup("*");
	}
	if (!a->field)
		return rl_err_set(L->e, RL_ENOMEM, "out of memory");
	if ((rc = pol_glob_compile(&a->field_glob, a->field, FNM_CASEFOLD | FNM_EXTMATCH, L->e)))
		return rc;
	if (!a->recipient && !a->list.n && !a->text.n && a->min_size < 0 && a->max_size < 0 &&
	    !a->origin)
		return LERR(
			n,
			"argument predicate needs recipient, list, origin, pattern, keywords, min_size or max_size");
	return 0;
}

static int load_rule(ld *L, yaml_node_t *n, pol_rule *r, unsigned order)
{
	static const char *const keys[] = {"id",
					   "description",
					   "action",
					   "severity",
					   "priority",
					   "agents",
					   "tools",
					   "include_untaken",
					   "args",
					   "content",
					   "reasoning",
					   "input",
					   "text",
					   "detector",
					   "detectors",
					   "scope",
					   "injection",
					   "answer_origin",
					   "evidence_origin",
					   "unless_user",
					   "unrequested",
					   "unless_asked",
					   "declined",
					   "identity_check",
					   "if_user",
					   "unless_tool",
					   "copies",
					   "unless_owner_ticket",
					   "beside_payment",
					   "coercion_answer",
					   "requester_other",
					   "beside_resolved",
					   "after_data",
					   "third_party",
					   "third_party_answer",
					   "bulk_out",
					   "unless_revoked",
					   "unless_dest_own",
					   "safeguard",
					   "unless_asked_to",
					   "prose_target",
					   "confidential_out",
					   "alert_cancel",
					   "data_out",
					   "callback_unmet",
					   "unless_callback",
					   "barred_party",
					   "answer_contradicts",
					   "message_contradicts",
					   "coercion_fate",
					   "unless_alert_settled",
					   NULL};
	yaml_node_t *v;
	int rc;
	long pr = 0;
	size_t i;

	if (!rl_yaml_is_map(n))
		return LERR(n, "expected a rule map (id, action, ...)");
	if ((rc = rl_yaml_check_keys(&L->y, n, keys, L->e)))
		return rc;
	r->order = order;
	v = rl_yaml_get(&L->y, n, "id");
	if (!v || !rl_yaml_str(v) || !*rl_yaml_str(v))
		return LERR(n, "rule needs an id");
	r->id = xstrdup(rl_yaml_str(v));
	for (i = 0; i < order; i++)
		if (!strcmp(L->p->rules[i].id, r->id))
			return rl_yaml_err(&L->y, v, L->e, RL_EEXIST, "duplicate rule id '%s'",
					   r->id);
	if ((v = rl_yaml_get(&L->y, n, "description")))
		r->desc = xstrdup(rl_yaml_str(v));
	v = rl_yaml_get(&L->y, n, "action");
	if (!v)
		return LERR(n, "rule '%s' needs an action (allow, block, hold, redact)", r->id);
	if (!rl_yaml_str(v) || (r->action = rl_policy_action_parse(rl_yaml_str(v))) < 0)
		return LERR(v, "unknown action '%s' (expected allow, block, hold, redact)",
			    rl_yaml_str(v) ? rl_yaml_str(v) : "");
	r->severity = RL_SEV_MEDIUM;
	if ((v = rl_yaml_get(&L->y, n, "severity")) &&
	    (!rl_yaml_str(v) || (r->severity = rl_severity_parse(rl_yaml_str(v))) < 0))
		return LERR(v, "unknown severity '%s' (expected info, low, medium, high, critical)",
			    rl_yaml_str(v) ? rl_yaml_str(v) : "");
	if ((rc = get_long(L, n, "priority", &pr, -1000000, 1000000)))
		return rc;
	r->priority = (int)pr;
	if ((v = rl_yaml_get(&L->y, n, "agents")) && (rc = str_list(L, v, &r->agents, 0)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "tools")) && (rc = str_list(L, v, &r->tools, 1)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "include_untaken")) &&
	    (rc = rl_yaml_bool(&L->y, v, &r->include_untaken, L->e)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "args"))) {
		if (!rl_yaml_is_seq(v))
			return LERR(v, "expected a list of argument predicates");
		r->args = calloc(rl_yaml_count(v) + 1, sizeof *r->args);
		if (!r->args)
			return rl_err_set(L->e, RL_ENOMEM, "out of memory");
		for (i = 0; i < rl_yaml_count(v); i++) {
			r->nargs++;
			if ((rc = load_arg(L, rl_yaml_item(&L->y, v, i), &r->args[i])))
				return rc;
		}
	}
	if (r->tools.n && !(r->tool_globs = calloc(r->tools.n, sizeof *r->tool_globs)))
		return rl_err_set(L->e, RL_ENOMEM, "out of memory");
	for (i = 0; i < r->tools.n; i++)
		if ((rc = pol_glob_compile(&r->tool_globs[i], r->tools.v[i],
					   FNM_CASEFOLD | FNM_EXTMATCH, L->e)))
			return rc;
	r->has_action_cond = r->tools.n || r->nargs;
	if ((v = rl_yaml_get(&L->y, n, "content")) && (rc = text_cond(L, v, &r->content)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "reasoning")) && (rc = text_cond(L, v, &r->reasoning)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "input")) && (rc = text_cond(L, v, &r->input)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "text")) && (rc = text_cond(L, v, &r->text)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "unless_user")) && (rc = text_cond(L, v, &r->unless_user)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "if_user")) && (rc = text_cond(L, v, &r->if_user)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "unless_tool")) && (rc = text_cond(L, v, &r->unless_tool)))
		return rc;
	{
		long cp = 0;
		if ((rc = get_long(L, n, "copies", &cp, 0, 64)))
			return rc;
		r->copies = (int)cp;
	}
	if ((v = rl_yaml_get(&L->y, n, "unless_owner_ticket")) &&
	    (rc = rl_yaml_bool(&L->y, v, &r->unless_owner_ticket, L->e)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "beside_payment")) &&
	    (rc = rl_yaml_bool(&L->y, v, &r->beside_payment, L->e)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "after_data")) &&
	    (rc = rl_yaml_bool(&L->y, v, &r->after_data, L->e)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "beside_resolved")) &&
	    (rc = rl_yaml_bool(&L->y, v, &r->beside_resolved, L->e)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "requester_other")) &&
	    (rc = rl_yaml_bool(&L->y, v, &r->requester_other, L->e)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "unless_revoked")) &&
	    (rc = rl_yaml_bool(&L->y, v, &r->unless_revoked, L->e)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "unless_dest_own")) &&
	    (rc = rl_yaml_bool(&L->y, v, &r->unless_dest_own, L->e)))
		return rc;
	if ((v = rl_yaml_get(&L->y, n, "bulk_out")) &&
	    (rc = rl_yaml_bool(&L->y, v, &r->bulk_out, L->e)))
		return rc;
	if (((v = rl_yaml_get(&L->y, n, "confidential_out")) &&
	     (rc = rl_yaml_bool(&L->y, v, &r->confidential_out, L->e))) ||
	    ((v = rl_yaml_get(&L->y, n, "alert_cancel")) &&
	     (rc = rl_yaml_bool(&L->y, v, &r->alert_cancel, L->e))) ||
	    ((v = rl_yaml_get(&L->y, n, "data_out")) &&
	     (rc = rl_yaml_bool(&L->y, v, &r->data_out, L->e))) ||
	    ((v = rl_yaml_get(&L->y, n, "callback_unmet")) &&
	     (rc = rl_yaml_bool(&L->y, v, &r->callback_unmet, L->e))) ||
	    ((v = rl_yaml_get(&L->y, n, "unless_callback")) &&
	     (rc = rl_yaml_bool(&L->y, v, &r->unless_callback, L->e))) ||
	    ((v = rl_yaml_get(&L->y, n, "barred_party")) &&
	     (rc = rl_yaml_bool(&L->y, v, &r->barred_party, L->e))) ||
	    ((v = rl_yaml_get(&L->y, n, "answer_contradicts")) &&
	     (rc = rl_yaml_bool(&L->y, v, &r->answer_contradicts, L->e))) ||
	    ((v = rl_yaml_get(&L->y, n, "message_contradicts")) &&
	     (rc = rl_yaml_bool(&L->y, v, &r->message_contradicts, L->e))) ||
	    ((v = rl_yaml_get(&L->y, n, "unless_alert_settled")) &&
	     (rc = rl_yaml_bool(&L->y, v, &r->unless_alert_settled, L->e))))
		return rc;
	/* conditions on an action: the rule is read per action, as tools: is */
	if (r->beside_payment || r->after_data || r->beside_resolved || r->requester_other ||
	    r->bulk_out || r->unless_dest_own || r->confidential_out || r->alert_cancel ||
	    r->data_out || r->callback_unmet || r->barred_party || r->unless_alert_settled ||
	    r->message_contradicts)
		r->has_action_cond = 1;
	if (r->copies && !r->if_user.n)
		return LERR(n, "rule '%s': copies needs if_user (whose words make it a question)",
			    r->id);
	for (int pass = 0; pass < 2; pass++) {
		rl_strlist l = {0};
		v = rl_yaml_get(&L->y, n, pass ? "detectors" : "detector");
		if (!v)
			continue;
		if ((rc = str_list(L, v, &l, 1)))
			return rc;
		for (i = 0; i < l.n; i++) {
			int d = pol_detector_parse(l.v[i]);
			if (d < 0) {
				rc = LERR(
					v,
					"unknown detector '%s' (expected coercion, leak, lethal, pii, secrets, security-code)",
					l.v[i]);
				break;
			}
			r->detectors |= 1u << d;
		}
		rl_strlist_free(&l);
		if (rc)
			return rc;
	}
	if ((v = rl_yaml_get(&L->y, n, "injection")) &&
	    (rc = rl_yaml_bool(&L->y, v, &r->injection, L->e)))
		return rc;
	for (int pass = 0; pass < 2; pass++) {
		int *o = pass ? &r->evidence_origin : &r->answer_origin;
		v = rl_yaml_get(&L->y, n, pass ? "evidence_origin" : "answer_origin");
		if (v && (*o = pol_origin_parse(rl_yaml_str(v))) < 0)
			return LERR(
				v,
				"unknown origin '%s' (expected trusted, untrusted, injected, requested, unknown, not-trusted, stranger)",
				rl_yaml_str(v) ? rl_yaml_str(v) : "");
	}
	for (int pass = 0; pass < 2; pass++) { /* unrequested, unless_asked: drift classes */
		rl_strlist l = {0};
		const char *key = pass ? "unless_asked" : "unrequested";
		unsigned *m = pass ? &r->unless_asked : &r->unrequested;
		if (!(v = rl_yaml_get(&L->y, n, key)))
			continue;
		if ((rc = str_list(L, v, &l, 1))) {
			rl_strlist_free(&l);
			return rc;
		}
		for (i = 0; i < l.n && !rc; i++) {
			int b = pol_drift_parse(l.v[i]);
			if (b < 0)
				rc = LERR(
					v,
					"unknown %s class '%s' (expected payment, message, access, credentials, contact-change, deletion, purchase, physical, merge, change)",
					key, l.v[i]);
			else
				*m |= (unsigned)b;
		}
		rl_strlist_free(&l);
		if (rc)
			return rc;
		r->has_action_cond |= !pass;
	}
	if ((v = rl_yaml_get(&L->y, n, "declined")) &&
	    (rc = rl_yaml_bool(&L->y, v, &r->declined, L->e)))
		return rc;
	if (r->declined && !r->unrequested)
		return LERR(n, "rule '%s': declined needs unrequested (the classes of the act)",
			    r->id);
	if ((v = rl_yaml_get(&L->y, n, "identity_check"))) {
		if (!rl_yaml_str(v) ||
		    (strcmp(rl_yaml_str(v), "failed") && strcmp(rl_yaml_str(v), "bound")))
			return LERR(v, "rule '%s': identity_check takes 'failed' or 'bound'",
				    r->id);
		r->identity_failed = strcmp(rl_yaml_str(v), "bound") ? 1 : 2;
		r->has_action_cond = 1;
	}
	if ((v = rl_yaml_get(&L->y, n, "unless_asked_to"))) {
		const char *sv = rl_yaml_str(v);
		if (!sv || (strcmp(sv, "off") && strcmp(sv, "delete")))
			return LERR(v, "rule '%s': unless_asked_to takes 'off' or 'delete'", r->id);
		r->unless_asked_to = strcmp(sv, "off") ? POL_SG_EVIDENCE : POL_SG_OFF;
	}
	if ((v = rl_yaml_get(&L->y, n, "safeguard"))) {
		const char *sv = rl_yaml_str(v);
		if (!sv || (strcmp(sv, "off") && strcmp(sv, "evidence")))
			return LERR(v, "rule '%s': safeguard takes 'off' or 'evidence'", r->id);
		r->safeguard = strcmp(sv, "off") ? POL_SG_EVIDENCE : POL_SG_OFF;
		r->has_action_cond = 1;
	}
	if ((v = rl_yaml_get(&L->y, n, "prose_target"))) { /* prose.c */
		const char *sv = rl_yaml_str(v);
		if (!sv || (strcmp(sv, "payee") && strcmp(sv, "recipient")))
			return LERR(v, "rule '%s': prose_target takes 'payee' or 'recipient'",
				    r->id);
		r->prose_target = strcmp(sv, "payee") ? POL_PROSE_RECIPIENT : POL_PROSE_PAYEE;
		r->has_action_cond = 1;
	}
	if ((v = rl_yaml_get(&L->y, n, "coercion_answer"))) {
		if (!rl_yaml_str(v) || strcmp(rl_yaml_str(v), "structure"))
			return LERR(v, "rule '%s': coercion_answer takes 'structure'", r->id);
		r->coercion_answer = 1;
	}
	for (int pass = 0; pass < 2; pass++) { /* thirdparty.c */
		unsigned *k = pass ? &r->third_party_answer : &r->third_party;
		rl_strlist l = {0};
		if (!(v = rl_yaml_get(&L->y, n, pass ? "third_party_answer" : "third_party")))
			continue;
		if ((rc = str_list(L, v, &l, 1)))
			return rl_strlist_free(&l), rc;
		for (i = 0; i < l.n && !rc; i++) {
			int b = pol_tp_parse(l.v[i]);
			if (b < 0 || (pass && (b & (POL_TP_DOX | POL_TP_TRACK | POL_TP_CONSENT))))
				rc = LERR(v, "unknown %s kind '%s' (expected %s)",
					  pass ? "third_party_answer" : "third_party", l.v[i],
					  pass ? "locate, health, threat"
					       : "locate, dox, threat, health, track, consent");
			else
				*k |= (unsigned)b;
		}
		rl_strlist_free(&l);
		if (rc)
			return rc;
	}
	if (r->third_party)
		r->has_action_cond = 1;
	if ((v = rl_yaml_get(&L->y, n, "coercion_fate"))) { /* fate.c */
		const char *s = rl_yaml_str(v);
		if (!s || (strcmp(s, "message") && strcmp(s, "answer") && strcmp(s, "record")))
			return LERR(
				v, "rule '%s': coercion_fate takes 'message', 'answer' or 'record'",
				r->id);
		r->coercion_fate = !strcmp(s, "message") ? 1 : !strcmp(s, "answer") ? 2 : 3;
		r->has_action_cond |= r->coercion_fate != 2;
	}
	if (r->evidence_origin && !r->detectors)
		return LERR(n, "rule '%s': evidence_origin needs detectors", r->id);
	if (r->unless_revoked && !r->detectors)
		return LERR(n, "rule '%s': unless_revoked needs detectors", r->id);
	/* read per action by pol_conv_action_holds: a new condition it reads goes here,
	 * not into eval.c */
	r->conv_action = r->unless_owner_ticket || r->beside_payment || r->beside_resolved ||
			 r->requester_other || r->bulk_out || r->unless_dest_own ||
			 r->third_party || r->prose_target || r->confidential_out ||
			 r->alert_cancel || r->data_out || r->callback_unmet ||
			 r->unless_callback || r->barred_party || r->coercion_fate ||
			 r->message_contradicts;
	if (r->injection || r->answer_origin || r->evidence_origin || r->unless_user.n ||
	    r->unrequested || r->identity_failed || r->if_user.n || r->unless_tool.n || r->copies ||
	    r->unless_owner_ticket || r->beside_payment || r->coercion_answer ||
	    r->requester_other || r->beside_resolved || r->after_data || r->third_party ||
	    r->third_party_answer || r->bulk_out || r->unless_dest_own || r->unless_revoked ||
	    r->prose_target || r->unless_asked || r->safeguard || r->unless_asked_to ||
	    r->confidential_out || r->alert_cancel || r->answer_contradicts || r->data_out ||
	    r->callback_unmet || r->unless_callback || r->barred_party || r->coercion_fate ||
	    r->unless_alert_settled || r->message_contradicts)
		L->p->uses_context = 1;
	r->scope = SCOPE_RESPONSE | SCOPE_ACTIONS;
	if ((v = rl_yaml_get(&L->y, n, "scope")) && (rc = parse_scope(L, v, &r->scope)))
		return rc;
	if (!r->has_action_cond && !r->content.n && !r->reasoning.n && !r->input.n && !r->text.n &&
	    !r->detectors && !r->injection && !r->answer_origin && !r->copies &&
	    !r->coercion_answer && !r->third_party_answer && !r->answer_contradicts &&
	    !r->coercion_fate)
		return LERR(
			n,
			"rule '%s' has no condition (tools, args, content, reasoning, input, text, detectors, injection or answer_origin)",
			r->id);
	L->p->det_used |= r->detectors;
	return 0;
}

static int rule_cmp(const void *a, const void *b)
{
	const pol_rule *x = a, *y = b;
	if (x->priority != y->priority)
		return x->priority > y->priority ? -1 : 1;
	if (x->action != y->action)
		return x->action > y->action ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int load_doc(ld *L)
{
	static const char *const keys[] = {
		"version",   "name",        "description", "organisation",   "organization",
		"sensitive", "replacement", "agents",      "default_action", "rules",
		"injection", "hide_tools",  NULL};
	yaml_node_t *root = rl_yaml_root(&L->y), *v;
	rl_policy *p = L->p;
	int rc, d;
	size_t i;
	long ver = 1;

	if (!rl_yaml_is_map(root))
		return root ? LERR(root,
				   "expected a policy map (version, organisation, rules, ...)")
			    : rl_err_at(L->e, RL_EINVAL, L->y.file, 1, 1,
					"empty policy (expected version, organisation, rules)");
	if ((rc = rl_yaml_check_keys(&L->y, root, keys, L->e)))
		return rc;
	if ((rc = get_long(L, root, "version", &ver, 1, 1)))
		return rc;
	if ((v = rl_yaml_get(&L->y, root, "organisation")) ||
	    (v = rl_yaml_get(&L->y, root, "organization")))
		if ((rc = load_org(L, v)))
			return rc;
	if ((v = rl_yaml_get(&L->y, root, "sensitive")) && !rl_yaml_is_null(v) &&
	    (rc = load_sensitive(L, v)))
		return rc;
	p->replacement = strdup("[REDACTED]");
	if ((v = rl_yaml_get(&L->y, root, "replacement"))) {
		if (!rl_yaml_str(v))
			return LERR(v, "expected a string");
		free(p->replacement);
		p->replacement = strdup(rl_yaml_str(v));
	}
	if (!p->replacement)
		return rl_err_set(L->e, RL_ENOMEM, "out of memory");
	if ((v = rl_yaml_get(&L->y, root, "agents")) && !rl_yaml_is_null(v) &&
	    (rc = load_agents(L, v)))
		return rc;
	if ((v = rl_yaml_get(&L->y, root, "hide_tools")) && !rl_yaml_is_null(v) &&
	    (rc = load_hides(L, v)))
		return rc;
	if ((v = rl_yaml_get(&L->y, root, "injection")) && !rl_yaml_is_null(v) &&
	    (rc = text_cond(L, v, &p->injection)))
		return rc;
	p->default_action = RL_POLICY_ALLOW;
	if ((v = rl_yaml_get(&L->y, root, "default_action")) &&
	    (!rl_yaml_str(v) || (p->default_action = rl_policy_action_parse(rl_yaml_str(v))) < 0))
		return LERR(v, "unknown action (expected allow, block, hold, redact)");
	v = rl_yaml_get(&L->y, root, "rules");
	if (v && !rl_yaml_is_null(v)) {
		if (!rl_yaml_is_seq(v))
			return LERR(v, "expected a list of rules");
		if (rl_yaml_count(v) > POL_MAX_RULES)
			return LERR(v, "too many rules (limit %d)", POL_MAX_RULES);
		p->rules = calloc(rl_yaml_count(v) + 1, sizeof *p->rules);
		if (!p->rules)
			return rl_err_set(L->e, RL_ENOMEM, "out of memory");
		for (i = 0; i < rl_yaml_count(v); i++) {
			p->nrules++;
			if ((rc = load_rule(L, rl_yaml_item(&L->y, v, i), &p->rules[i],
					    (unsigned)i)))
				return rc;
		}
		qsort(p->rules, p->nrules, sizeof *p->rules, rule_cmp);
	}
	for (d = 0; d < POL_NDET; d++) {
		if (!(p->det_used & (1u << d)))
			continue;
		p->det_first[d] = p->npats;
		if ((rc = pol_detector_add_patterns(p, d, L->e)))
			return rc;
		p->det_count[d] = p->npats - p->det_first[d];
	}
	if (p->det_used &
	    ((1u << POL_DET_COERCION) | (1u << POL_DET_LEAK) | (1u << POL_DET_LETHAL))) {
		if ((rc = rl_detector_new(&p->org, &p->harm, L->e))) {
			rl_err_prefix(L->e, "%s: organisation", L->y.file);
			return rc;
		}
	}
	return pol_compile_hs(p, L->e);
}

int rl_policy_load(const char *name, const char *yaml, size_t n, rl_policy **out, rl_err *e)
{
	ld L;
	int rc;

	*out = NULL;
	/* the engine first, so its refusal is not blamed on a line of the
	 * file (its detectors would ask it on the way) */
	if ((rc = rl_hs_engine(e)) < 0)
		return rc;
	memset(&L, 0, sizeof L);
	L.e = e;
	L.p = calloc(1, sizeof *L.p);
	if (!L.p)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	pthread_mutex_init(&L.p->lock, NULL);
	L.p->name = strdup(name ? name : "<policy>");
	rc = L.p->name ? rl_yaml_load(&L.y, L.p->name, yaml, n, e)
		       : rl_err_set(e, RL_ENOMEM, "out of memory");
	if (!rc)
		rc = load_doc(&L);
	rl_yaml_free(&L.y);
	if (rc) {
		rl_policy_free(L.p);
		return rc;
	}
	*out = L.p;
	return 0;
}

int rl_policy_load_file(const char *path, rl_policy **out, rl_err *e)
{
	rl_buf b = RL_BUF_INIT;
	int rc = rl_read_file(path, 16u << 20, &b, e);
	*out = NULL;
	if (!rc)
		rc = rl_policy_load(path, b.s, b.len, out, e);
	rl_buf_free(&b);
	return rc;
}

static void cond_free(pol_textcond *c)
{
	free(c->v);
	c->v = NULL;
	c->n = 0;
}

void rl_policy_free(rl_policy *p)
{
	size_t i, j;
	if (!p)
		return;
	for (i = 0; i < p->npats; i++) {
		pcre2_code_free(p->pats[i].re);
		free(p->pats[i].src);
		free(p->pats[i].hs_expr);
	}
	free(p->pats);
	for (i = 0; i < p->nrules; i++) {
		pol_rule *r = &p->rules[i];
		free(r->id);
		free(r->desc);
		rl_strlist_free(&r->agents);
		for (j = 0; r->tool_globs && j < r->tools.n; j++)
			pol_glob_free(&r->tool_globs[j]);
		free(r->tool_globs);
		rl_strlist_free(&r->tools);
		for (j = 0; j < r->nargs; j++) {
			pol_glob_free(&r->args[j].field_glob);
			free(r->args[j].field);
			rl_strlist_free(&r->args[j].list);
			cond_free(&r->args[j].text);
		}
		free(r->args);
		cond_free(&r->content);
		cond_free(&r->reasoning);
		cond_free(&r->input);
		cond_free(&r->unless_user);
		cond_free(&r->if_user);
		cond_free(&r->unless_tool);
		cond_free(&r->text);
	}
	free(p->rules);
	for (i = 0; i < p->nagents; i++) {
		free(p->agents[i].name);
		rl_strlist_free(&p->agents[i].keys);
		free(p->agents[i].header);
		free(p->agents[i].value);
	}
	free(p->agents);
	for (i = 0; i < p->nhides; i++) {
		rl_strlist_free(&p->hides[i].tools);
		rl_strlist_free(&p->hides[i].agents);
		rl_strlist_free(&p->hides[i].except_agents);
		rl_strlist_free(&p->hides[i].servers);
	}
	free(p->hides);
	rl_harm_spec_free(&p->org);
	cond_free(&p->sensitive);
	cond_free(&p->injection);
	free(p->replacement);
	while (p->pool) {
		pol_scratch *s = p->pool;
		p->pool = s->next;
		hs_free_scratch(s->hs);
		pcre2_match_data_free(s->md);
		pcre2_match_context_free(s->mctx);
		rl_arena_free(&s->ar);
		free(s->always);
		free(s);
	}
	hs_free_scratch(p->proto);
	rl_detector_free(p->harm);
	hs_free_database(p->db);
	free(p->conj);
	free(p->conj_ix);
	pthread_mutex_destroy(&p->lock);
	free(p->name);
	free(p);
}

size_t rl_policy_nrules(const rl_policy *p)
{
	return p ? p->nrules : 0;
}

const char *rl_policy_rule_id(const rl_policy *p, size_t i)
{
	return p && i < p->nrules ? p->rules[i].id : NULL;
}

int rl_policy_has_sensitive(const rl_policy *p)
{
	return p && p->sensitive.n > 0;
}

pol_scratch *pol_scratch_get(const rl_policy *cp)
{
	rl_policy *p = (rl_policy *)cp; /* the pool is the only mutable part, under its lock */
	pol_scratch *s;

	pthread_mutex_lock(&p->lock);
	s = p->pool;
	if (s) {
		p->pool = s->next;
		pthread_mutex_unlock(&p->lock);
		return s;
	}
	s = calloc(1, sizeof *s);
	if (s && p->proto && hs_clone_scratch(p->proto, &s->hs) != HS_SUCCESS) {
		free(s);
		s = NULL;
	}
	pthread_mutex_unlock(&p->lock);
	if (s && !(s->md = pcre2_match_data_create(1, NULL))) {
		hs_free_scratch(s->hs);
		free(s);
		s = NULL;
	}
	return s;
}

void pol_scratch_put(const rl_policy *cp, pol_scratch *s)
{
	rl_policy *p = (rl_policy *)cp;
	if (!s)
		return;
	pthread_mutex_lock(&p->lock);
	s->next = p->pool;
	p->pool = s;
	pthread_mutex_unlock(&p->lock);
}
