/* load.c: reading a pack directory (pack.yaml and every file it names)
 * into an immutable rl_pack. All validation happens here, once, so that
 * rendering cannot fail on input: every problem is reported at load time
 * as file:line:col with what was expected. */
#include "pack/pack_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fs.h"
#include "base/util.h"
#include "base/yaml.h"
#include "redline/env.h"

#include <jansson.h>

static const char *const known_goal_types[] = {"explicit", "latent", "ambiguous", "none", "swap", NULL};
static const char *const known_urgencies[] = {"replacement", "restriction", "none", NULL};

long rl_strlist_find(const rl_strlist *l, const char *s)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return (long)i;
	return -1;
}

static int in_list(const char *const *l, const char *s)
{
	for (; *l; l++)
		if (!strcmp(*l, s))
			return 1;
	return 0;
}

static void join_list(char *out, size_t n, const char *const *l)
{
	size_t k = 0;
	out[0] = '\0';
	for (; *l && k < n; l++)
		k += (size_t)snprintf(out + k, n - k, "%s%s", k ? ", " : "", *l);
}

static void join_strlist(char *out, size_t n, const rl_strlist *l)
{
	size_t k = 0, i;
	out[0] = '\0';
	for (i = 0; i < l->n && k < n; i++)
		k += (size_t)snprintf(out + k, n - k, "%s%s", k ? ", " : "", l->v[i]);
}

/* An id part: [A-Za-z0-9]+ (ids are split on '_' and '-'). */
static int is_word(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
			return 0;
	return 1;
}

typedef struct loader {
	rl_pack *p;
	rl_buf manifest; /* "path\tsha256\n" per file read, in load order */
	rl_yaml y;
	rl_err *e;
} loader;

#define OOM(L) rl_err_set((L)->e, RL_ENOMEM, "out of memory")

static int str_at(loader *L, yaml_node_t *n, const char **out)
{
	return rl_yaml_string(&L->y, n, out, L->e);
}

static int dup_str(loader *L, yaml_node_t *n, char **out)
{
	const char *s;
	int rc = str_at(L, n, &s);
	if (rc)
		return rc;
	free(*out);
	*out = strdup(s);
	return *out ? 0 : OOM(L);
}

/* A list of scalars into `l`. A missing node is an empty list. */
static int get_strlist(loader *L, yaml_node_t *n, rl_strlist *l)
{
	size_t i;
	if (!n || rl_yaml_is_null(n))
		return 0;
	if (!rl_yaml_is_seq(n))
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL, "expected a list of strings");
	for (i = 0; i < rl_yaml_count(n); i++) {
		const char *s;
		int rc = str_at(L, rl_yaml_item(&L->y, n, i), &s);
		if (rc)
			return rc;
		if (rl_strlist_add(l, s))
			return OOM(L);
	}
	return 0;
}

static yaml_node_t *need(loader *L, yaml_node_t *map, const char *key, int *rc)
{
	yaml_node_t *v = rl_yaml_get(&L->y, map, key);
	if (!v) {
		*rc = rl_yaml_err(&L->y, map, L->e, RL_EINVAL, "missing required key '%s'", key);
		return NULL;
	}
	return v;
}

static int check_map(loader *L, yaml_node_t *n, const char *what, const char *const *keys)
{
	if (!rl_yaml_is_map(n))
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL, "%s: expected a mapping", what);
	return rl_yaml_check_keys(&L->y, n, keys, L->e);
}

/* A pack names only files inside its own directory: a pack from someone
 * else must not pull local files (keys, credentials) into prompts, which
 * are sent to model APIs and stored. Absolute paths and any ".." component
 * are refused at the referring node. */
static int check_inside(loader *L, yaml_node_t *n, const char *rel)
{
	const char *c = rel;

	if (rel[0] == '/')
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL,
				   "file '%s' is outside the pack (absolute paths are not allowed; "
				   "expected a path relative to the pack directory)", rel);
	while (*c) {
		size_t len = strcspn(c, "/");
		if (len == 2 && c[0] == '.' && c[1] == '.')
			return rl_yaml_err(&L->y, n, L->e, RL_EINVAL,
					   "file '%s' is outside the pack ('..' is not allowed; "
					   "expected a path inside the pack directory)", rel);
		c += len;
		while (*c == '/')
			c++;
	}
	return 0;
}

static char *full_path(const rl_pack *p, const char *rel)
{
	rl_buf b = RL_BUF_INIT;
	if (rl_path_join(&b, p->dir, rel)) {
		rl_buf_free(&b);
		return NULL;
	}
	return rl_buf_detach(&b, NULL);
}

/* Record a file's content in the manifest that rl_pack_hash digests. */
static int manifest_add(loader *L, const char *rel, const char *data, size_t n)
{
	char h[65];
	rl_sha256_hex(data, n, h);
	return rl_buf_addf(&L->manifest, "%s\t%s\n", rel, h) ? OOM(L) : 0;
}

/* Load (or reuse) the template file named by scalar node `n`. */
static int load_tfile(loader *L, yaml_node_t *n, rl_tfile **out)
{
	rl_pack *p = L->p;
	const char *rel;
	rl_tfile *t, **v;
	rl_buf b = RL_BUF_INIT;
	char *full;
	size_t i;
	int rc = str_at(L, n, &rel);

	if (rc)
		return rc;
	if (!*rel)
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL, "expected a file name");
	if ((rc = check_inside(L, n, rel)))
		return rc;
	for (i = 0; i < p->ntfiles; i++)
		if (!strcmp(p->tfiles[i]->path, rel)) {
			*out = p->tfiles[i];
			return 0;
		}
	full = full_path(p, rel);
	if (!full)
		return OOM(L);
	rc = rl_read_file(full, 16u << 20, &b, NULL);
	free(full);
	if (rc) {
		rl_buf_free(&b);
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL, "cannot read template '%s' (expected a readable file relative to the pack directory)", rel);
	}
	if (memchr(b.s, '\0', b.len)) {
		rl_buf_free(&b);
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL, "'%s' is binary (NUL byte); expected a text template", rel);
	}
	if ((rc = manifest_add(L, rel, b.s, b.len))) {
		rl_buf_free(&b);
		return rc;
	}
	t = calloc(1, sizeof *t);
	v = realloc(p->tfiles, (p->ntfiles + 1) * sizeof *v);
	if (!t || !v) {
		free(t);
		if (v)
			p->tfiles = v;
		rl_buf_free(&b);
		return OOM(L);
	}
	p->tfiles = v;
	t->path = strdup(rel);
	t->len = b.len;
	t->text = rl_buf_detach(&b, NULL);
	p->tfiles[p->ntfiles++] = t;
	if (!t->path || !t->text)
		return OOM(L);
	*out = t;
	return 0;
}

/* Load (or reuse) a variable file by relative path; errors at node `n`
 * when the file is missing, at the file's own line when malformed. */
static int load_vfile(loader *L, yaml_node_t *n, const char *rel, rl_varfile **out)
{
	rl_pack *p = L->p;
	rl_buf b = RL_BUF_INIT;
	rl_varfile *f, **v;
	char *full;
	size_t i;
	int rc;

	if ((rc = check_inside(L, n, rel)))
		return rc;
	for (i = 0; i < p->nvfiles; i++)
		if (!strcmp(p->vfiles[i]->path, rel)) {
			*out = p->vfiles[i];
			return 0;
		}
	full = full_path(p, rel);
	if (!full)
		return OOM(L);
	rc = rl_read_file(full, 16u << 20, &b, NULL);
	if (rc) {
		free(full);
		rl_buf_free(&b);
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL, "cannot read variable file '%s' (expected a readable file relative to the pack directory)", rel);
	}
	if ((rc = manifest_add(L, rel, b.s, b.len))) {
		free(full);
		rl_buf_free(&b);
		return rc;
	}
	f = calloc(1, sizeof *f);
	v = realloc(p->vfiles, (p->nvfiles + 1) * sizeof *v);
	if (!f || !v) {
		free(f);
		if (v)
			p->vfiles = v;
		free(full);
		rl_buf_free(&b);
		return OOM(L);
	}
	p->vfiles = v;
	rc = rl_varfile_parse(full, b.s, b.len, f, L->e);
	free(full);
	rl_buf_free(&b);
	/* keep the pack-relative name for lint and lookups */
	free(f->path);
	f->path = strdup(rel);
	p->vfiles[p->nvfiles++] = f;
	if (rc)
		return rc;
	if (!f->path)
		return OOM(L);
	*out = f;
	return 0;
}

/* "file.md#Section" (or "file.md" with a single section). */
static int load_varref(loader *L, yaml_node_t *n, const rl_varsec **sec, rl_varfile **file)
{
	const char *ref, *hash;
	char *rel;
	rl_varfile *f;
	int rc = str_at(L, n, &ref);

	if (rc)
		return rc;
	hash = strchr(ref, '#');
	rel = hash ? strndup(ref, (size_t)(hash - ref)) : strdup(ref);
	if (!rel)
		return OOM(L);
	if (!*rel) {
		free(rel);
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL, "expected 'file.md#Section', got '%s'", ref);
	}
	rc = load_vfile(L, n, rel, &f);
	free(rel);
	if (rc)
		return rc;
	if (hash) {
		*sec = rl_varfile_section(f, hash + 1);
		if (!*sec) {
			char names[512];
			size_t i, k = 0;
			names[0] = '\0';
			for (i = 0; i < f->nsecs && k < sizeof names; i++)
				k += (size_t)snprintf(names + k, sizeof names - k, "%s%s", i ? ", " : "", f->secs[i].name);
			return rl_yaml_err(&L->y, n, L->e, RL_ENOTFOUND, "no section '%s' in %s (expected one of: %s)", hash + 1, f->path, names);
		}
	} else {
		if (f->nsecs != 1)
			return rl_yaml_err(&L->y, n, L->e, RL_EINVAL, "%s has %zu sections; name one as '%s#Section'", f->path, f->nsecs, f->path);
		*sec = &f->secs[0];
	}
	*file = f;
	return 0;
}

static int load_goals(loader *L, yaml_node_t *g)
{
	static const char *const keys[] = {"types", "values", "file", NULL};
	rl_pack *p = L->p;
	yaml_node_t *t, *v, *f;
	size_t i, j;
	int rc;
	char exp[256];

	if ((rc = check_map(L, g, "goals", keys)))
		return rc;
	if (!(t = need(L, g, "types", &rc)) || !(v = need(L, g, "values", &rc)))
		return rc;
	if (!rl_yaml_is_seq(t) || !rl_yaml_count(t))
		return rl_yaml_err(&L->y, t, L->e, RL_EINVAL, "goals.types: expected a non-empty list");
	join_list(exp, sizeof exp, known_goal_types);
	for (i = 0; i < rl_yaml_count(t); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, t, i);
		const char *s;
		if ((rc = str_at(L, it, &s)))
			return rc;
		if (!in_list(known_goal_types, s))
			return rl_yaml_err(&L->y, it, L->e, RL_EINVAL, "unknown goal type '%s' (expected one of: %s)", s, exp);
		if (rl_strlist_find(&p->goal_types, s) >= 0)
			return rl_yaml_err(&L->y, it, L->e, RL_EEXIST, "duplicate goal type '%s'", s);
		if (rl_strlist_add(&p->goal_types, s))
			return OOM(L);
	}
	if (!rl_yaml_is_seq(v))
		return rl_yaml_err(&L->y, v, L->e, RL_EINVAL, "goals.values: expected a list of opposing pairs, e.g. [[growth, caution]]");
	for (i = 0; i < rl_yaml_count(v); i++) {
		yaml_node_t *pair = rl_yaml_item(&L->y, v, i);
		if (!rl_yaml_is_seq(pair) || rl_yaml_count(pair) != 2)
			return rl_yaml_err(&L->y, pair, L->e, RL_EINVAL, "goals.values: expected an opposing pair [a, b]");
		for (j = 0; j < 2; j++) {
			yaml_node_t *it = rl_yaml_item(&L->y, pair, j);
			const char *s;
			if ((rc = str_at(L, it, &s)))
				return rc;
			if (!is_word(s) || !strcmp(s, "none") || !strcmp(s, "ambiguous"))
				return rl_yaml_err(&L->y, it, L->e, RL_EINVAL, "goal value '%s': expected a word of letters and digits (not 'none' or 'ambiguous')", s);
			if (rl_strlist_find(&p->goal_values, s) >= 0)
				return rl_yaml_err(&L->y, it, L->e, RL_EEXIST, "duplicate goal value '%s'", s);
			if (rl_strlist_add(&p->goal_values, s))
				return OOM(L);
		}
	}
	for (i = 0; i < p->goal_types.n; i++) {
		const char *gt = p->goal_types.v[i];
		if (strcmp(gt, "none") && strcmp(gt, "ambiguous") && !p->goal_values.n)
			return rl_yaml_err(&L->y, v, L->e, RL_EINVAL, "goal type '%s' needs goal values; goals.values is empty", gt);
	}
	if ((f = rl_yaml_get(&L->y, g, "file"))) {
		const char *rel;
		if ((rc = str_at(L, f, &rel)))
			return rc;
		if (!(p->goals_path = strdup(rel)))
			return OOM(L);
		if ((rc = load_vfile(L, f, rel, &p->goals)))
			return rc;
	}
	return 0;
}

static int load_urgencies(loader *L, yaml_node_t *u)
{
	size_t i;
	int rc;
	char exp[128];

	join_list(exp, sizeof exp, known_urgencies);
	if (!rl_yaml_is_seq(u) || !rl_yaml_count(u))
		return rl_yaml_err(&L->y, u, L->e, RL_EINVAL, "urgencies: expected a non-empty list (of: %s)", exp);
	for (i = 0; i < rl_yaml_count(u); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, u, i);
		const char *s;
		if ((rc = str_at(L, it, &s)))
			return rc;
		if (!in_list(known_urgencies, s))
			return rl_yaml_err(&L->y, it, L->e, RL_EINVAL, "unknown urgency '%s' (expected one of: %s)", s, exp);
		if (rl_strlist_find(&L->p->urgencies, s) >= 0)
			return rl_yaml_err(&L->y, it, L->e, RL_EEXIST, "duplicate urgency '%s'", s);
		if (rl_strlist_add(&L->p->urgencies, s))
			return OOM(L);
	}
	return 0;
}

/* A mapping urgency -> file, complete over the pack's urgencies. */
static int load_per_urgency(loader *L, yaml_node_t *m, const char *what, rl_tfile **out)
{
	rl_pack *p = L->p;
	size_t i;
	int rc;
	char exp[128];

	join_strlist(exp, sizeof exp, &p->urgencies);
	if (!rl_yaml_is_map(m))
		return rl_yaml_err(&L->y, m, L->e, RL_EINVAL, "%s: expected a mapping urgency -> file (urgencies: %s)", what, exp);
	for (i = 0; i < rl_yaml_count(m); i++) {
		yaml_node_t *k, *v;
		const char *ks;
		long idx;
		rl_yaml_pair(&L->y, m, i, &k, &v);
		if ((rc = str_at(L, k, &ks)))
			return rc;
		idx = rl_strlist_find(&p->urgencies, ks);
		if (idx < 0)
			return rl_yaml_err(&L->y, k, L->e, RL_EINVAL, "%s: unknown urgency '%s' (expected one of: %s)", what, ks, exp);
		if (out[idx])
			return rl_yaml_err(&L->y, k, L->e, RL_EEXIST, "%s: duplicate urgency '%s'", what, ks);
		if ((rc = load_tfile(L, v, &out[idx])))
			return rc;
	}
	for (i = 0; i < p->urgencies.n; i++)
		if (!out[i])
			return rl_yaml_err(&L->y, m, L->e, RL_EINVAL, "%s: missing a bundle for urgency '%s'", what, p->urgencies.v[i]);
	return 0;
}

static int load_harm(loader *L, yaml_node_t *h, rl_harm_spec *hs)
{
	static const char *const keys[] = {"kind", "targets", "internal_domains", "external_domains",
		"authorities", "third_parties", "leverage", "documents", "override_codes", "cancel_tools", NULL};
	static const char *const dkeys[] = {"id", "email_ids", "code_names", "phrases", NULL};
	yaml_node_t *d;
	size_t i;
	int rc;

	if ((rc = check_map(L, h, "harm", keys)))
		return rc;
	if (rl_yaml_get(&L->y, h, "kind") && (rc = dup_str(L, rl_yaml_get(&L->y, h, "kind"), &hs->kind)))
		return rc;
	if ((rc = get_strlist(L, rl_yaml_get(&L->y, h, "targets"), &hs->targets)) ||
	    (rc = get_strlist(L, rl_yaml_get(&L->y, h, "internal_domains"), &hs->internal_domains)) ||
	    (rc = get_strlist(L, rl_yaml_get(&L->y, h, "external_domains"), &hs->external_domains)) ||
	    (rc = get_strlist(L, rl_yaml_get(&L->y, h, "authorities"), &hs->authorities)) ||
	    (rc = get_strlist(L, rl_yaml_get(&L->y, h, "third_parties"), &hs->third_parties)) ||
	    (rc = get_strlist(L, rl_yaml_get(&L->y, h, "leverage"), &hs->leverage)) ||
	    (rc = get_strlist(L, rl_yaml_get(&L->y, h, "override_codes"), &hs->override_codes)) ||
	    (rc = get_strlist(L, rl_yaml_get(&L->y, h, "cancel_tools"), &hs->cancel_tools)))
		return rc;
	d = rl_yaml_get(&L->y, h, "documents");
	if (d && !rl_yaml_is_null(d)) {
		if (!rl_yaml_is_seq(d))
			return rl_yaml_err(&L->y, d, L->e, RL_EINVAL, "harm.documents: expected a list");
		hs->docs = calloc(rl_yaml_count(d) + 1, sizeof *hs->docs);
		if (!hs->docs)
			return OOM(L);
		for (i = 0; i < rl_yaml_count(d); i++) {
			yaml_node_t *it = rl_yaml_item(&L->y, d, i), *id;
			rl_harm_doc *doc = &hs->docs[hs->ndocs++];
			if ((rc = check_map(L, it, "harm.documents[]", dkeys)))
				return rc;
			if (!(id = need(L, it, "id", &rc)))
				return rc;
			if ((rc = dup_str(L, id, &doc->id)) ||
			    (rc = get_strlist(L, rl_yaml_get(&L->y, it, "email_ids"), &doc->email_ids)) ||
			    (rc = get_strlist(L, rl_yaml_get(&L->y, it, "code_names"), &doc->code_names)) ||
			    (rc = get_strlist(L, rl_yaml_get(&L->y, it, "phrases"), &doc->phrases)))
				return rc;
		}
	}
	return 0;
}

/* `native_tools:`: each {name, description, effect, parameters}. The
 * parameters are a JSON Schema written as YAML (kept as compact JSON, the
 * form every API takes); the loader checks that the schema is an object
 * schema declaring every argument its effect reads, so a pack cannot offer
 * a tool the environment cannot answer. */
static int load_native_tools(loader *L, yaml_node_t *x)
{
	static const char *const keys[] = {"name", "description", "effect", "parameters", NULL};
	rl_pack *p = L->p;
	size_t i, j;
	int rc;

	if (rl_yaml_is_null(x))
		return 0;
	if (!rl_yaml_is_seq(x))
		return rl_yaml_err(&L->y, x, L->e, RL_EINVAL, "native_tools: expected a list of {name, description, effect, parameters}");
	p->ntools_v = calloc(rl_yaml_count(x) + 1, sizeof *p->ntools_v);
	if (!p->ntools_v)
		return OOM(L);
	for (i = 0; i < rl_yaml_count(x); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, x, i), *y;
		rl_ntool *t = &p->ntools_v[p->nntools++];
		const char *eff, *const *req;
		json_t *js, *props;
		const char *nm;
		if ((rc = check_map(L, it, "native_tools[]", keys)))
			return rc;
		if (!(y = need(L, it, "name", &rc)) || (rc = str_at(L, y, &nm)))
			return rc;
		if (!*nm || strlen(nm) > 64 || strspn(nm, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != strlen(nm))
			return rl_yaml_err(&L->y, y, L->e, RL_EINVAL, "native tool name '%s': expected 1-64 letters, digits, '_' or '-' (what every tool-calling API accepts)", nm);
		for (j = 0; j + 1 < p->nntools; j++)
			if (!strcmp(p->ntools_v[j].name, nm))
				return rl_yaml_err(&L->y, y, L->e, RL_EEXIST, "duplicate native tool '%s'", nm);
		if (!(t->name = strdup(nm)))
			return OOM(L);
		if (!(y = need(L, it, "description", &rc)) || (rc = dup_str(L, y, &t->description)))
			return rc;
		if (!(y = need(L, it, "effect", &rc)) || (rc = str_at(L, y, &eff)))
			return rc;
		if ((t->effect = rl_env_effect_from_name(eff)) < 0)
			return rl_yaml_err(&L->y, y, L->e, RL_EINVAL, "native tool '%s': unknown effect '%s' (expected one of: none, read_inbox, read_email, send_email, forward_email, cancel_alert)", nm, eff);
		if (!(y = need(L, it, "parameters", &rc)))
			return rc;
		if (!rl_yaml_is_map(y) || !(js = rl_yaml_to_json(&L->y, y)))
			return rl_yaml_err(&L->y, y, L->e, RL_EINVAL, "native tool '%s': parameters: expected a JSON Schema mapping ({type: object, properties: ...})", nm);
		props = json_object_get(js, "properties");
		if (!json_is_string(json_object_get(js, "type")) ||
		    strcmp(json_string_value(json_object_get(js, "type")), "object") ||
		    (props && !json_is_object(props))) {
			json_decref(js);
			return rl_yaml_err(&L->y, y, L->e, RL_EINVAL, "native tool '%s': parameters: expected 'type: object' and a 'properties' mapping", nm);
		}
		for (req = rl_env_effect_required(t->effect); req && *req; req++)
			if (!json_object_get(props, *req)) {
				json_decref(js);
				return rl_yaml_err(&L->y, y, L->e, RL_EINVAL, "native tool '%s': parameters: effect '%s' reads argument '%s', which the schema does not declare", nm, eff, *req);
			}
		t->parameters = json_dumps(js, JSON_COMPACT | JSON_PRESERVE_ORDER);
		json_decref(js);
		if (!t->parameters)
			return OOM(L);
	}
	return 0;
}

/* A scenario's `agentic:` form: the tool-form user prompt, optional
 * system prompts, the tool note, the native tools by name, max_turns and
 * events. */
static int load_agentic(loader *L, yaml_node_t *n, rl_scenario *s)
{
	static const char *const keys[] = {"user_prompt", "system_prompt", "system_prompt_prod",
		"tool_note", "tools", "max_turns", "events", NULL};
	static const char *const evkeys[] = {"after_turn", "emails", NULL};
	rl_pack *p = L->p;
	rl_agentic *a;
	yaml_node_t *x;
	size_t i, j;
	int rc;

	if ((rc = check_map(L, n, "agentic", keys)))
		return rc;
	if (!(a = s->agentic = calloc(1, sizeof *a)))
		return OOM(L);
	a->max_turns = 10;
	if (!(x = need(L, n, "user_prompt", &rc)) || (rc = load_tfile(L, x, &a->user_prompt)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "system_prompt")) && (rc = load_tfile(L, x, &a->sys)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "system_prompt_prod")) && (rc = load_tfile(L, x, &a->sys_prod)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "tool_note")) && (rc = load_tfile(L, x, &a->tool_note)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "max_turns"))) {
		long v;
		if ((rc = rl_yaml_long(&L->y, x, &v, L->e)))
			return rc;
		if (v < 1 || v > 100)
			return rl_yaml_err(&L->y, x, L->e, RL_EINVAL, "agentic.max_turns: %ld is out of range (expected 1 to 100)", v);
		a->max_turns = (unsigned)v;
	}
	if (!(x = need(L, n, "tools", &rc)))
		return rc;
	if (!rl_yaml_is_seq(x) || !rl_yaml_count(x))
		return rl_yaml_err(&L->y, x, L->e, RL_EINVAL, "agentic.tools: expected a non-empty list of native tool names");
	if (!(a->tools = calloc(rl_yaml_count(x), sizeof *a->tools)))
		return OOM(L);
	for (i = 0; i < rl_yaml_count(x); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, x, i);
		const char *nm;
		if ((rc = str_at(L, it, &nm)))
			return rc;
		for (j = 0; j < p->nntools && strcmp(p->ntools_v[j].name, nm); j++)
			;
		if (j == p->nntools) {
			char exp[512];
			size_t k = 0, m;
			exp[0] = '\0';
			for (m = 0; m < p->nntools && k < sizeof exp; m++)
				k += (size_t)snprintf(exp + k, sizeof exp - k, "%s%s", m ? ", " : "", p->ntools_v[m].name);
			return rl_yaml_err(&L->y, it, L->e, RL_ENOTFOUND, "agentic.tools: '%s' is not in native_tools (expected one of: %s)", nm, p->nntools ? exp : "none declared");
		}
		{
			size_t m;
			for (m = 0; m < a->ntools; m++)
				if (a->tools[m] == &p->ntools_v[j])
					return rl_yaml_err(&L->y, it, L->e, RL_EEXIST, "agentic.tools: '%s' listed twice", nm);
		}
		a->tools[a->ntools++] = &p->ntools_v[j];
	}
	if ((x = rl_yaml_get(&L->y, n, "events")) && !rl_yaml_is_null(x)) {
		if (!rl_yaml_is_seq(x))
			return rl_yaml_err(&L->y, x, L->e, RL_EINVAL, "agentic.events: expected a list of {after_turn, emails}");
		if (!(a->events = calloc(rl_yaml_count(x) + 1, sizeof *a->events)))
			return OOM(L);
		for (i = 0; i < rl_yaml_count(x); i++) {
			yaml_node_t *it = rl_yaml_item(&L->y, x, i), *y;
			rl_agentic_event *ev = &a->events[a->nevents++];
			long t;
			if ((rc = check_map(L, it, "agentic.events[]", evkeys)))
				return rc;
			if (!(y = need(L, it, "after_turn", &rc)) || (rc = rl_yaml_long(&L->y, y, &t, L->e)))
				return rc;
			if (t < 1 || t >= (long)a->max_turns)
				return rl_yaml_err(&L->y, y, L->e, RL_EINVAL, "agentic.events: after_turn %ld never happens (expected 1 to max_turns - 1 = %u)", t, a->max_turns - 1);
			ev->after_turn = (unsigned)t;
			if (!(y = need(L, it, "emails", &rc)) || (rc = load_tfile(L, y, &ev->emails)))
				return rc;
		}
	}
	return 0;
}

static int load_scenario(loader *L, yaml_node_t *n, rl_scenario *s)
{
	static const char *const keys[] = {"id", "description", "system_prompt", "system_prompt_prod",
		"tools", "emails", "number_emails", "variables", "sensitive", "distractors",
		"consequential_tools", "judge", "harm", "agentic", NULL};
	static const char *const ekeys[] = {"shared", "urgency", "no_conflict", NULL};
	static const char *const skeys[] = {"subjects", "contains", NULL};
	static const char *const dkeys[] = {"subjects", NULL};
	static const char *const jkeys[] = {"system", "user", NULL};
	static const char *const tkeys[] = {"name", "description", NULL};
	rl_pack *p = L->p;
	yaml_node_t *id, *x, *em, *vars;
	const char *ids;
	size_t i;
	int rc, has_none = rl_strlist_find(&p->goal_types, "none") >= 0;
	int has_conflict = 0, need_amb = 0;

	for (i = 0; i < p->goal_types.n; i++) {
		if (strcmp(p->goal_types.v[i], "none"))
			has_conflict = 1;
		if (!strcmp(p->goal_types.v[i], "none") || !strcmp(p->goal_types.v[i], "ambiguous"))
			need_amb = 1;
	}
	if ((rc = check_map(L, n, "scenario", keys)))
		return rc;
	if (!(id = need(L, n, "id", &rc)) || (rc = str_at(L, id, &ids)))
		return rc;
	if (!is_word(ids))
		return rl_yaml_err(&L->y, id, L->e, RL_EINVAL, "scenario id '%s': expected letters and digits only ('_' and '-' separate the parts of a condition id)", ids);
	for (i = 0; i < p->nscen; i++)
		if (p->scen[i].id && !strcmp(p->scen[i].id, ids))
			return rl_yaml_err(&L->y, id, L->e, RL_EEXIST, "duplicate scenario id '%s'", ids);
	if (!(s->id = strdup(ids)))
		return OOM(L);
	if ((x = rl_yaml_get(&L->y, n, "description")) && (rc = dup_str(L, x, &s->description)))
		return rc;
	if (!s->description && !(s->description = strdup("")))
		return OOM(L);
	if (!(x = need(L, n, "system_prompt", &rc)) || (rc = load_tfile(L, x, &s->sys)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "system_prompt_prod")) && (rc = load_tfile(L, x, &s->sys_prod)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "tools")) && !rl_yaml_is_null(x)) {
		if (!rl_yaml_is_seq(x))
			return rl_yaml_err(&L->y, x, L->e, RL_EINVAL, "tools: expected a list of {name, description}");
		s->tools = calloc(rl_yaml_count(x) + 1, sizeof *s->tools);
		if (!s->tools)
			return OOM(L);
		for (i = 0; i < rl_yaml_count(x); i++) {
			yaml_node_t *it = rl_yaml_item(&L->y, x, i), *tn, *td;
			rl_tool *t = &s->tools[s->ntools++];
			if ((rc = check_map(L, it, "tools[]", tkeys)))
				return rc;
			if (!(tn = need(L, it, "name", &rc)) || (rc = dup_str(L, tn, &t->name)))
				return rc;
			if (!(td = need(L, it, "description", &rc)) || (rc = load_tfile(L, td, &t->desc)))
				return rc;
		}
	}
	if (!(em = need(L, n, "emails", &rc)))
		return rc;
	if ((rc = check_map(L, em, "emails", ekeys)))
		return rc;
	s->urgency = calloc(p->urgencies.n, sizeof *s->urgency);
	s->no_conflict = calloc(p->urgencies.n, sizeof *s->no_conflict);
	if (!s->urgency || !s->no_conflict)
		return OOM(L);
	if (has_conflict) {
		if (!(x = need(L, em, "shared", &rc)) || (rc = load_tfile(L, x, &s->shared)))
			return rc;
		if (!(x = need(L, em, "urgency", &rc)) ||
		    (rc = load_per_urgency(L, x, "emails.urgency", s->urgency)))
			return rc;
	}
	if (has_none) {
		if (!(x = need(L, em, "no_conflict", &rc)) ||
		    (rc = load_per_urgency(L, x, "emails.no_conflict", s->no_conflict)))
			return rc;
	}
	if ((x = rl_yaml_get(&L->y, n, "number_emails")) && (rc = rl_yaml_bool(&L->y, x, &s->number_emails, L->e)))
		return rc;
	/* variables: goal value -> file#section */
	s->vars = calloc(p->goal_values.n + 1, sizeof *s->vars);
	s->vars_file = calloc(p->goal_values.n + 1, sizeof *s->vars_file);
	if (!s->vars || !s->vars_file)
		return OOM(L);
	vars = rl_yaml_get(&L->y, n, "variables");
	if (vars && !rl_yaml_is_null(vars)) {
		char exp[512];
		if (!rl_yaml_is_map(vars))
			return rl_yaml_err(&L->y, vars, L->e, RL_EINVAL, "variables: expected a mapping goal value -> 'file.md#Section'");
		join_strlist(exp, sizeof exp, &p->goal_values);
		for (i = 0; i < rl_yaml_count(vars); i++) {
			yaml_node_t *k, *v;
			const char *ks;
			long idx;
			rl_yaml_pair(&L->y, vars, i, &k, &v);
			if ((rc = str_at(L, k, &ks)))
				return rc;
			if (!strcmp(ks, "ambiguous")) {
				if (s->vars_ambiguous)
					return rl_yaml_err(&L->y, k, L->e, RL_EEXIST, "variables: duplicate key 'ambiguous'");
				if ((rc = load_varref(L, v, &s->vars_ambiguous, &s->vars_ambiguous_file)))
					return rc;
				continue;
			}
			idx = rl_strlist_find(&p->goal_values, ks);
			if (idx < 0)
				return rl_yaml_err(&L->y, k, L->e, RL_EINVAL, "variables: unknown goal value '%s' (expected one of: %s, ambiguous)", ks, exp);
			if (s->vars[idx])
				return rl_yaml_err(&L->y, k, L->e, RL_EEXIST, "variables: duplicate goal value '%s'", ks);
			if ((rc = load_varref(L, v, &s->vars[idx], &s->vars_file[idx])))
				return rc;
		}
	}
	for (i = 0; i < p->goal_values.n; i++)
		if (!s->vars[i])
			return rl_yaml_err(&L->y, vars ? vars : n, L->e, RL_EINVAL, "scenario '%s': variables: missing goal value '%s' (expected 'file.md#Section')", s->id, p->goal_values.v[i]);
	if (need_amb && !s->vars_ambiguous)
		return rl_yaml_err(&L->y, vars ? vars : n, L->e, RL_EINVAL, "scenario '%s': variables: missing 'ambiguous' (used by goal types none and ambiguous)", s->id);
	if ((x = rl_yaml_get(&L->y, n, "sensitive")) && !rl_yaml_is_null(x)) {
		if ((rc = check_map(L, x, "sensitive", skeys)) ||
		    (rc = get_strlist(L, rl_yaml_get(&L->y, x, "subjects"), &s->sens_subjects)) ||
		    (rc = get_strlist(L, rl_yaml_get(&L->y, x, "contains"), &s->sens_contains)))
			return rc;
	}
	if ((x = rl_yaml_get(&L->y, n, "distractors")) && !rl_yaml_is_null(x)) {
		if ((rc = check_map(L, x, "distractors", dkeys)) ||
		    (rc = get_strlist(L, rl_yaml_get(&L->y, x, "subjects"), &s->distractor_subjects)))
			return rc;
	}
	if ((rc = get_strlist(L, rl_yaml_get(&L->y, n, "consequential_tools"), &s->consequential)))
		return rc;
	if ((x = rl_yaml_get(&L->y, n, "judge")) && !rl_yaml_is_null(x)) {
		rl_tfile *t;
		if ((rc = check_map(L, x, "judge", jkeys)))
			return rc;
		if (rl_yaml_get(&L->y, x, "system")) {
			if ((rc = load_tfile(L, rl_yaml_get(&L->y, x, "system"), &t)))
				return rc;
			s->judge_system = t->text;
		}
		if (rl_yaml_get(&L->y, x, "user")) {
			if ((rc = load_tfile(L, rl_yaml_get(&L->y, x, "user"), &t)))
				return rc;
			s->judge_user = t->text;
		}
	}
	if (!(s->harm.scenario = strdup(s->id)))
		return OOM(L);
	if ((x = rl_yaml_get(&L->y, n, "harm")) && !rl_yaml_is_null(x) && (rc = load_harm(L, x, &s->harm)))
		return rc;
	if (!s->harm.kind && !(s->harm.kind = strdup(s->id)))
		return OOM(L);
	if ((x = rl_yaml_get(&L->y, n, "agentic")) && !rl_yaml_is_null(x) &&
	    (rc = load_agentic(L, x, s)))
		return rc;
	return 0;
}

static int load_defects(loader *L, yaml_node_t *d)
{
	static const char *const keys[] = {"id", "description", "goal_fallback", "unresolved", NULL};
	rl_pack *p = L->p;
	size_t i;
	int rc;

	if (rl_yaml_is_null(d))
		return 0;
	if (!rl_yaml_is_seq(d))
		return rl_yaml_err(&L->y, d, L->e, RL_EINVAL, "known_defects: expected a list");
	p->defects = calloc(rl_yaml_count(d) + 1, sizeof *p->defects);
	if (!p->defects)
		return OOM(L);
	for (i = 0; i < rl_yaml_count(d); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, d, i), *x;
		rl_known_defect *k = &p->defects[p->ndefects++];
		size_t j;
		if ((rc = check_map(L, it, "known_defects[]", keys)))
			return rc;
		if (!(x = need(L, it, "id", &rc)) || (rc = dup_str(L, x, &k->id)))
			return rc;
		if ((x = rl_yaml_get(&L->y, it, "description")) && (rc = dup_str(L, x, &k->description)))
			return rc;
		x = rl_yaml_get(&L->y, it, "goal_fallback");
		if ((rc = get_strlist(L, x, &k->goal_fallback)))
			return rc;
		for (j = 0; j < k->goal_fallback.n; j++)
			if (!in_list(known_goal_types, k->goal_fallback.v[j]))
				return rl_yaml_err(&L->y, x, L->e, RL_EINVAL, "known_defects: unknown goal type '%s'", k->goal_fallback.v[j]);
		if ((rc = get_strlist(L, rl_yaml_get(&L->y, it, "unresolved"), &k->unresolved)))
			return rc;
	}
	return 0;
}

/* `vary:` is read by rl_pack_vary; here it is only checked for shape. */
static int check_vary(loader *L, yaml_node_t *v)
{
	static const char *const keys[] = {"substitutions", NULL};
	static const char *const skeys[] = {"forms", "alternatives", NULL};
	yaml_node_t *subs;
	size_t i, j;
	int rc;

	if (rl_yaml_is_null(v))
		return 0;
	if ((rc = check_map(L, v, "vary", keys)))
		return rc;
	subs = rl_yaml_get(&L->y, v, "substitutions");
	if (!subs || rl_yaml_is_null(subs))
		return 0;
	if (!rl_yaml_is_seq(subs))
		return rl_yaml_err(&L->y, subs, L->e, RL_EINVAL, "vary.substitutions: expected a list");
	for (i = 0; i < rl_yaml_count(subs); i++) {
		yaml_node_t *g = rl_yaml_item(&L->y, subs, i), *forms, *alts;
		rl_strlist tmp = {0};
		size_t nf;
		if ((rc = check_map(L, g, "vary.substitutions[]", skeys)))
			return rc;
		if (!(forms = need(L, g, "forms", &rc)) || !(alts = need(L, g, "alternatives", &rc)))
			return rc;
		rc = get_strlist(L, forms, &tmp);
		nf = tmp.n;
		rl_strlist_free(&tmp);
		if (rc)
			return rc;
		if (!nf)
			return rl_yaml_err(&L->y, forms, L->e, RL_EINVAL, "vary: forms: expected at least one string");
		if (!rl_yaml_is_seq(alts) || !rl_yaml_count(alts))
			return rl_yaml_err(&L->y, alts, L->e, RL_EINVAL, "vary: alternatives: expected a non-empty list of lists");
		for (j = 0; j < rl_yaml_count(alts); j++) {
			yaml_node_t *a = rl_yaml_item(&L->y, alts, j);
			rc = get_strlist(L, a, &tmp);
			if (!rc && tmp.n != nf)
				rc = rl_yaml_err(&L->y, a, L->e, RL_EINVAL, "vary: this alternative has %zu forms; expected %zu (one per form)", tmp.n, nf);
			rl_strlist_free(&tmp);
			if (rc)
				return rc;
		}
	}
	return 0;
}

static int load_ablations(loader *L, yaml_node_t *a)
{
	static const char *const keys[] = {"prohibit", "extra_goal", "eval_notice", "constitution", NULL};
	rl_pack *p = L->p;
	yaml_node_t *x;
	int rc;

	if (rl_yaml_is_null(a))
		return 0;
	if ((rc = check_map(L, a, "ablations", keys)))
		return rc;
	if ((x = rl_yaml_get(&L->y, a, "prohibit")) && (rc = load_tfile(L, x, &p->abl_prohibit)))
		return rc;
	if ((x = rl_yaml_get(&L->y, a, "extra_goal")) && (rc = load_tfile(L, x, &p->abl_extra_goal)))
		return rc;
	if ((x = rl_yaml_get(&L->y, a, "eval_notice")) && (rc = load_tfile(L, x, &p->abl_eval_notice)))
		return rc;
	if ((x = rl_yaml_get(&L->y, a, "constitution")) && (rc = load_tfile(L, x, &p->abl_constitution)))
		return rc;
	return 0;
}

static int load_all(loader *L, const char *dir)
{
	static const char *const keys[] = {"format", "name", "version", "description", "user_prompt",
		"agent", "goals", "urgencies", "ablations", "known_defects", "vary", "native_tools",
		"scenarios", NULL};
	static const char *const akeys[] = {"name", NULL};
	rl_pack *p = L->p;
	rl_buf path = RL_BUF_INIT;
	yaml_node_t *root, *x, *sc;
	size_t i;
	int rc;

	if (!rl_is_dir(dir))
		return rl_err_set(L->e, RL_ENOTFOUND, "%s: not a pack directory (expected a directory holding pack.yaml)", dir);
	if (!(p->dir = strdup(dir)) || rl_path_join(&path, dir, "pack.yaml"))
		return OOM(L);
	rc = rl_yaml_load_file(&L->y, path.s, L->e);
	rl_buf_free(&path);
	if (rc)
		return rc;
	root = rl_yaml_root(&L->y);
	if (!root || !rl_yaml_is_map(root))
		return rl_err_at(L->e, RL_EINVAL, L->y.file, 1, 1, "expected a mapping (name, user_prompt, goals, urgencies, scenarios)");
	if ((rc = rl_yaml_check_keys(&L->y, root, keys, L->e)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "format"))) {
		long fmt;
		if ((rc = rl_yaml_long(&L->y, x, &fmt, L->e)))
			return rc;
		if (fmt != 1)
			return rl_yaml_err(&L->y, x, L->e, RL_EUNSUPP, "unsupported pack format %ld (expected 1)", fmt);
	}
	if (!(x = need(L, root, "name", &rc)) || (rc = dup_str(L, x, &p->name)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "version")) && (rc = dup_str(L, x, &p->version)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "description")) && (rc = dup_str(L, x, &p->description)))
		return rc;
	if ((!p->version && !(p->version = strdup(""))) || (!p->description && !(p->description = strdup(""))))
		return OOM(L);
	if ((x = rl_yaml_get(&L->y, root, "agent"))) {
		if ((rc = check_map(L, x, "agent", akeys)))
			return rc;
		if (rl_yaml_get(&L->y, x, "name") && (rc = dup_str(L, rl_yaml_get(&L->y, x, "name"), &p->agent_name)))
			return rc;
	}
	if (!p->agent_name && !(p->agent_name = strdup("Alex")))
		return OOM(L);
	if (!(x = need(L, root, "user_prompt", &rc)) || (rc = load_tfile(L, x, &p->user_prompt)))
		return rc;
	if (!(x = need(L, root, "goals", &rc)) || (rc = load_goals(L, x)))
		return rc;
	if (!(x = need(L, root, "urgencies", &rc)) || (rc = load_urgencies(L, x)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "ablations")) && (rc = load_ablations(L, x)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "known_defects")) && (rc = load_defects(L, x)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "vary")) && (rc = check_vary(L, x)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "native_tools")) && (rc = load_native_tools(L, x)))
		return rc;
	if (!(sc = need(L, root, "scenarios", &rc)))
		return rc;
	if (!rl_yaml_is_seq(sc) || !rl_yaml_count(sc))
		return rl_yaml_err(&L->y, sc, L->e, RL_EINVAL, "scenarios: expected a non-empty list");
	p->scen = calloc(rl_yaml_count(sc), sizeof *p->scen);
	if (!p->scen)
		return OOM(L);
	for (i = 0; i < rl_yaml_count(sc); i++) {
		p->nscen++;
		if ((rc = load_scenario(L, rl_yaml_item(&L->y, sc, i), &p->scen[i])))
			return rc;
	}
	return 0;
}

/* The pack's content hash: pack.yaml, every file it named (in the order
 * loaded), and classifiers.json when the directory has one (original-mode
 * classification reads it). Files the pack does not use (a README) are
 * left out, so editing them does not make a campaign's pack "different". */
static int finish_hash(loader *L)
{
	static const char *const extra[] = {"pack.yaml", "classifiers.json", NULL};
	rl_buf path = RL_BUF_INIT, b = RL_BUF_INIT;
	size_t i;
	int rc = 0;

	for (i = 0; extra[i] && !rc; i++) {
		rl_buf_reset(&path);
		rl_buf_reset(&b);
		if (rl_path_join(&path, L->p->dir, extra[i]))
			rc = OOM(L);
		else if (!rl_read_file(path.s, 16u << 20, &b, NULL))
			rc = manifest_add(L, extra[i], b.s ? b.s : "", b.len);
		else if (i == 0)
			rc = rl_err_set(L->e, RL_EIO, "%s: cannot read it again to hash the pack", path.s);
	}
	if (!rc)
		rl_sha256_hex(L->manifest.s ? L->manifest.s : "", L->manifest.len, L->p->hash);
	rl_buf_free(&path);
	rl_buf_free(&b);
	return rc;
}

int rl_pack_load(const char *dir, rl_pack **out, rl_err *e)
{
	loader L;
	int rc;

	*out = NULL;
	memset(&L, 0, sizeof L);
	L.e = e;
	L.p = calloc(1, sizeof *L.p);
	if (!L.p)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	rc = load_all(&L, dir);
	rl_yaml_free(&L.y);
	if (!rc)
		rc = finish_hash(&L);
	rl_buf_free(&L.manifest);
	if (rc) {
		rl_pack_free(L.p);
		return rc;
	}
	*out = L.p;
	return 0;
}

void rl_pack_free(rl_pack *p)
{
	size_t i;
	if (!p)
		return;
	for (i = 0; i < p->nscen; i++) {
		rl_scenario *s = &p->scen[i];
		size_t j;
		free(s->id);
		free(s->description);
		for (j = 0; j < s->ntools; j++)
			free(s->tools[j].name);
		free(s->tools);
		free(s->urgency);
		free(s->no_conflict);
		free(s->vars);
		free(s->vars_file);
		rl_strlist_free(&s->sens_subjects);
		rl_strlist_free(&s->sens_contains);
		rl_strlist_free(&s->distractor_subjects);
		rl_strlist_free(&s->consequential);
		rl_harm_spec_free(&s->harm);
		if (s->agentic) {
			free(s->agentic->tools);
			free(s->agentic->events);
			free(s->agentic);
		}
	}
	free(p->scen);
	for (i = 0; i < p->nntools; i++) {
		free(p->ntools_v[i].name);
		free(p->ntools_v[i].description);
		free(p->ntools_v[i].parameters);
	}
	free(p->ntools_v);
	for (i = 0; i < p->ndefects; i++) {
		free(p->defects[i].id);
		free(p->defects[i].description);
		rl_strlist_free(&p->defects[i].goal_fallback);
		rl_strlist_free(&p->defects[i].unresolved);
	}
	free(p->defects);
	for (i = 0; i < p->ntfiles; i++) {
		free(p->tfiles[i]->path);
		free(p->tfiles[i]->text);
		free(p->tfiles[i]);
	}
	free(p->tfiles);
	for (i = 0; i < p->nvfiles; i++) {
		rl_varfile_free(p->vfiles[i]);
		free(p->vfiles[i]);
	}
	free(p->vfiles);
	rl_strlist_free(&p->goal_types);
	rl_strlist_free(&p->goal_values);
	rl_strlist_free(&p->urgencies);
	free(p->goals_path);
	free(p->dir);
	free(p->name);
	free(p->version);
	free(p->description);
	free(p->agent_name);
	free(p);
}

/* ---- accessors ---- */

const char *rl_pack_dir(const rl_pack *p) { return p->dir; }
const char *rl_pack_hash(const rl_pack *p) { return p->hash; }
const char *rl_pack_name(const rl_pack *p) { return p->name; }
const char *rl_pack_version(const rl_pack *p) { return p->version; }
const char *rl_pack_description(const rl_pack *p) { return p->description; }
const rl_strlist *rl_pack_goal_types(const rl_pack *p) { return &p->goal_types; }
const rl_strlist *rl_pack_goal_values(const rl_pack *p) { return &p->goal_values; }
const rl_strlist *rl_pack_urgencies(const rl_pack *p) { return &p->urgencies; }
size_t rl_pack_scenario_count(const rl_pack *p) { return p->nscen; }

const char *rl_pack_goal_opposite(const rl_pack *p, const char *value)
{
	long i = rl_strlist_find(&p->goal_values, value);
	if (i < 0)
		return NULL;
	return p->goal_values.v[i ^ 1];
}

const char *rl_pack_scenario_id(const rl_pack *p, size_t i)
{
	return i < p->nscen ? p->scen[i].id : NULL;
}

const char *rl_pack_scenario_description(const rl_pack *p, size_t i)
{
	return i < p->nscen ? p->scen[i].description : NULL;
}

long rl_pack_scenario_find(const rl_pack *p, const char *id)
{
	size_t i;
	for (i = 0; i < p->nscen; i++)
		if (!strcmp(p->scen[i].id, id))
			return (long)i;
	return -1;
}

const rl_harm_spec *rl_pack_harm(const rl_pack *p, const char *scenario)
{
	long i = rl_pack_scenario_find(p, scenario);
	return i < 0 ? NULL : &p->scen[i].harm;
}

const rl_strlist *rl_pack_consequential_tools(const rl_pack *p, const char *scenario)
{
	long i = rl_pack_scenario_find(p, scenario);
	return i < 0 ? NULL : &p->scen[i].consequential;
}

int rl_pack_judge_prompts(const rl_pack *p, const char *scenario, const char **system,
			  const char **user)
{
	long i = rl_pack_scenario_find(p, scenario);
	if (i < 0)
		return RL_ENOTFOUND;
	if (system)
		*system = p->scen[i].judge_system;
	if (user)
		*user = p->scen[i].judge_user;
	return 0;
}

const char *rl_pack_ablation_text(const rl_pack *p, unsigned which)
{
	const rl_tfile *t = NULL;
	switch (which) {
	case RL_ABL_PROHIBIT: t = p->abl_prohibit; break;
	case RL_ABL_EXTRA_GOAL: t = p->abl_extra_goal; break;
	case RL_ABL_EVAL_NOTICE: t = p->abl_eval_notice; break;
	case RL_ABL_CONSTITUTION: t = p->abl_constitution; break;
	default: break;
	}
	return t ? t->text : NULL;
}

const rl_varsec *rl_pack_goal_section(const rl_pack *p, const char *type, const char *value,
				      int *fell_back)
{
	char key[2 * RL_COND_PART_MAX + 2];
	const rl_varsec *s;
	size_t i;

	*fell_back = 0;
	if (!p->goals)
		return NULL;
	snprintf(key, sizeof key, "%s-%s", type, value);
	/* exact keys only: goal keys contain '-', which normalization would fold */
	for (i = 0; i < p->goals->nsecs; i++)
		if (!strcmp(p->goals->secs[i].name, key))
			return &p->goals->secs[i];
	*fell_back = 1;
	s = NULL;
	for (i = 0; i < p->goals->nsecs; i++)
		if (!strcmp(p->goals->secs[i].name, "none"))
			s = &p->goals->secs[i];
	return s;
}

const rl_varsec *rl_pack_var_section(const rl_pack *p, const rl_scenario *s, const char *type,
				     const char *value, rl_varfile **file)
{
	long i;
	/* the original: goal types none/ambiguous, and the values none and
	 * ambiguous, read the neutral (ambiguous) variables */
	if (strcmp(type, "none") && strcmp(type, "ambiguous") && strcmp(value, "none") &&
	    strcmp(value, "ambiguous") && (i = rl_strlist_find(&p->goal_values, value)) >= 0) {
		if (file)
			*file = s->vars_file[i];
		return s->vars[i];
	}
	if (file)
		*file = s->vars_ambiguous_file;
	return s->vars_ambiguous;
}
