/* load.c: reading a pack directory (pack.yaml and every file it names)
 * into an immutable rl_pack. All validation happens here, once, so that
 * rendering cannot fail on input: every problem is reported at load time
 * as file:line:col with what was expected. A scenario's entry is loaded by
 * load_scenario.c (load_int.h lists what the two share); the loaded pack's
 * accessors and rl_pack_free are in pack.c. */
#include "pack/load_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fs.h"
#include "base/util.h"
#include "base/yaml.h"
#include "redline/env.h"

#include <jansson.h>

static const char *const known_goal_types[] = {"explicit", "latent", "ambiguous",
					       "none",     "swap",   NULL};
static const char *const known_urgencies[] = {"replacement", "restriction", "none", NULL};

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

void pk_join_strlist(char *out, size_t n, const rl_strlist *l)
{
	size_t k = 0, i;
	out[0] = '\0';
	for (i = 0; i < l->n && k < n; i++)
		k += (size_t)snprintf(out + k, n - k, "%s%s", k ? ", " : "", l->v[i]);
}

/* An id part: [A-Za-z0-9]+ (ids are split on '_' and '-'). */
int pk_is_word(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9')))
			return 0;
	return 1;
}

int pk_str_at(loader *L, yaml_node_t *n, const char **out)
{
	return rl_yaml_string(&L->y, n, out, L->e);
}

int pk_dup_str(loader *L, yaml_node_t *n, char **out)
{
	const char *s;
	int rc = pk_str_at(L, n, &s);
	if (rc)
		return rc;
	free(*out);
	*out = strdup(s);
	return *out ? 0 : OOM(L);
}

/* A list of scalars into `l`. A missing node is an empty list. */
int pk_get_strlist(loader *L, yaml_node_t *n, rl_strlist *l)
{
	size_t i;
	if (!n || rl_yaml_is_null(n))
		return 0;
	if (!rl_yaml_is_seq(n))
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL, "expected a list of strings");
	for (i = 0; i < rl_yaml_count(n); i++) {
		const char *s;
		int rc = pk_str_at(L, rl_yaml_item(&L->y, n, i), &s);
		if (rc)
			return rc;
		if (rl_strlist_add(l, s))
			return OOM(L);
	}
	return 0;
}

yaml_node_t *pk_need(loader *L, yaml_node_t *map, const char *key, int *rc)
{
	yaml_node_t *v = rl_yaml_get(&L->y, map, key);
	if (!v) {
		*rc = rl_yaml_err(&L->y, map, L->e, RL_EINVAL, "missing required key '%s'", key);
		return NULL;
	}
	return v;
}

int pk_check_map(loader *L, yaml_node_t *n, const char *what, const char *const *keys)
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
				   "expected a path relative to the pack directory)",
				   rel);
	while (*c) {
		size_t len = strcspn(c, "/");
		if (len == 2 && c[0] == '.' && c[1] == '.')
			return rl_yaml_err(&L->y, n, L->e, RL_EINVAL,
					   "file '%s' is outside the pack ('..' is not allowed; "
					   "expected a path inside the pack directory)",
					   rel);
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
int pk_load_tfile(loader *L, yaml_node_t *n, rl_tfile **out)
{
	rl_pack *p = L->p;
	const char *rel;
	rl_tfile *t, **v;
	rl_buf b = RL_BUF_INIT;
	char *full;
	size_t i;
	int rc = pk_str_at(L, n, &rel);

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
		return rl_yaml_err(
			&L->y, n, L->e, RL_EINVAL,
			"cannot read template '%s' (expected a readable file relative to the pack directory)",
			rel);
	}
	if (memchr(b.s, '\0', b.len)) {
		rl_buf_free(&b);
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL,
				   "'%s' is binary (NUL byte); expected a text template", rel);
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
		return rl_yaml_err(
			&L->y, n, L->e, RL_EINVAL,
			"cannot read variable file '%s' (expected a readable file relative to the pack directory)",
			rel);
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
int pk_load_varref(loader *L, yaml_node_t *n, const rl_varsec **sec, rl_varfile **file)
{
	const char *ref, *hash;
	char *rel;
	rl_varfile *f;
	int rc = pk_str_at(L, n, &ref);

	if (rc)
		return rc;
	hash = strchr(ref, '#');
	rel = hash ? strndup(ref, (size_t)(hash - ref)) : strdup(ref);
	if (!rel)
		return OOM(L);
	if (!*rel) {
		free(rel);
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL,
				   "expected 'file.md#Section', got '%s'", ref);
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
				k += (size_t)snprintf(names + k, sizeof names - k, "%s%s",
						      i ? ", " : "", f->secs[i].name);
			return rl_yaml_err(&L->y, n, L->e, RL_ENOTFOUND,
					   "no section '%s' in %s (expected one of: %s)", hash + 1,
					   f->path, names);
		}
	} else {
		if (f->nsecs != 1)
			return rl_yaml_err(&L->y, n, L->e, RL_EINVAL,
					   "%s has %zu sections; name one as '%s#Section'", f->path,
					   f->nsecs, f->path);
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

	if ((rc = pk_check_map(L, g, "goals", keys)))
		return rc;
	if (!(t = pk_need(L, g, "types", &rc)) || !(v = pk_need(L, g, "values", &rc)))
		return rc;
	if (!rl_yaml_is_seq(t) || !rl_yaml_count(t))
		return rl_yaml_err(&L->y, t, L->e, RL_EINVAL,
				   "goals.types: expected a non-empty list");
	join_list(exp, sizeof exp, known_goal_types);
	for (i = 0; i < rl_yaml_count(t); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, t, i);
		const char *s;
		if ((rc = pk_str_at(L, it, &s)))
			return rc;
		if (!in_list(known_goal_types, s))
			return rl_yaml_err(&L->y, it, L->e, RL_EINVAL,
					   "unknown goal type '%s' (expected one of: %s)", s, exp);
		if (rl_strlist_find(&p->goal_types, s) >= 0)
			return rl_yaml_err(&L->y, it, L->e, RL_EEXIST, "duplicate goal type '%s'",
					   s);
		if (rl_strlist_add(&p->goal_types, s))
			return OOM(L);
	}
	if (!rl_yaml_is_seq(v))
		return rl_yaml_err(
			&L->y, v, L->e, RL_EINVAL,
			"goals.values: expected a list of opposing pairs, e.g. [[growth, caution]]");
	for (i = 0; i < rl_yaml_count(v); i++) {
		yaml_node_t *pair = rl_yaml_item(&L->y, v, i);
		if (!rl_yaml_is_seq(pair) || rl_yaml_count(pair) != 2)
			return rl_yaml_err(&L->y, pair, L->e, RL_EINVAL,
					   "goals.values: expected an opposing pair [a, b]");
		for (j = 0; j < 2; j++) {
			yaml_node_t *it = rl_yaml_item(&L->y, pair, j);
			const char *s;
			if ((rc = pk_str_at(L, it, &s)))
				return rc;
			if (!pk_is_word(s) || !strcmp(s, "none") || !strcmp(s, "ambiguous"))
				return rl_yaml_err(
					&L->y, it, L->e, RL_EINVAL,
					"goal value '%s': expected a word of letters and digits (not 'none' or 'ambiguous')",
					s);
			if (rl_strlist_find(&p->goal_values, s) >= 0)
				return rl_yaml_err(&L->y, it, L->e, RL_EEXIST,
						   "duplicate goal value '%s'", s);
			if (rl_strlist_add(&p->goal_values, s))
				return OOM(L);
		}
	}
	for (i = 0; i < p->goal_types.n; i++) {
		const char *gt = p->goal_types.v[i];
		if (strcmp(gt, "none") && strcmp(gt, "ambiguous") && !p->goal_values.n)
			return rl_yaml_err(
				&L->y, v, L->e, RL_EINVAL,
				"goal type '%s' needs goal values; goals.values is empty", gt);
	}
	if ((f = rl_yaml_get(&L->y, g, "file"))) {
		const char *rel;
		if ((rc = pk_str_at(L, f, &rel)))
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
		return rl_yaml_err(&L->y, u, L->e, RL_EINVAL,
				   "urgencies: expected a non-empty list (of: %s)", exp);
	for (i = 0; i < rl_yaml_count(u); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, u, i);
		const char *s;
		if ((rc = pk_str_at(L, it, &s)))
			return rc;
		if (!in_list(known_urgencies, s))
			return rl_yaml_err(&L->y, it, L->e, RL_EINVAL,
					   "unknown urgency '%s' (expected one of: %s)", s, exp);
		if (rl_strlist_find(&L->p->urgencies, s) >= 0)
			return rl_yaml_err(&L->y, it, L->e, RL_EEXIST, "duplicate urgency '%s'", s);
		if (rl_strlist_add(&L->p->urgencies, s))
			return OOM(L);
	}
	return 0;
}

/* A mapping urgency -> file, complete over the pack's urgencies. */
int pk_load_per_urgency(loader *L, yaml_node_t *m, const char *what, rl_tfile **out)
{
	rl_pack *p = L->p;
	size_t i;
	int rc;
	char exp[128];

	pk_join_strlist(exp, sizeof exp, &p->urgencies);
	if (!rl_yaml_is_map(m))
		return rl_yaml_err(&L->y, m, L->e, RL_EINVAL,
				   "%s: expected a mapping urgency -> file (urgencies: %s)", what,
				   exp);
	for (i = 0; i < rl_yaml_count(m); i++) {
		yaml_node_t *k, *v;
		const char *ks;
		long idx;
		rl_yaml_pair(&L->y, m, i, &k, &v);
		if ((rc = pk_str_at(L, k, &ks)))
			return rc;
		idx = rl_strlist_find(&p->urgencies, ks);
		if (idx < 0)
			return rl_yaml_err(&L->y, k, L->e, RL_EINVAL,
					   "%s: unknown urgency '%s' (expected one of: %s)", what,
					   ks, exp);
		if (out[idx])
			return rl_yaml_err(&L->y, k, L->e, RL_EEXIST, "%s: duplicate urgency '%s'",
					   what, ks);
		if ((rc = pk_load_tfile(L, v, &out[idx])))
			return rc;
	}
	for (i = 0; i < p->urgencies.n; i++)
		if (!out[i])
			return rl_yaml_err(&L->y, m, L->e, RL_EINVAL,
					   "%s: missing a bundle for urgency '%s'", what,
					   p->urgencies.v[i]);
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
		return rl_yaml_err(
			&L->y, x, L->e, RL_EINVAL,
			"native_tools: expected a list of {name, description, effect, parameters}");
	p->ntools_v = calloc(rl_yaml_count(x) + 1, sizeof *p->ntools_v);
	if (!p->ntools_v)
		return OOM(L);
	for (i = 0; i < rl_yaml_count(x); i++) {
		yaml_node_t *it = rl_yaml_item(&L->y, x, i), *y;
		rl_ntool *t = &p->ntools_v[p->nntools++];
		const char *eff, *const *req;
		json_t *js, *props;
		const char *nm;
		if ((rc = pk_check_map(L, it, "native_tools[]", keys)))
			return rc;
		if (!(y = pk_need(L, it, "name", &rc)) || (rc = pk_str_at(L, y, &nm)))
			return rc;
		if (!*nm || strlen(nm) > 64 ||
		    strspn(nm,
			   "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") !=
			    strlen(nm))
			return rl_yaml_err(
				&L->y, y, L->e, RL_EINVAL,
				"native tool name '%s': expected 1-64 letters, digits, '_' or '-' (what every tool-calling API accepts)",
				nm);
		for (j = 0; j + 1 < p->nntools; j++)
			if (!strcmp(p->ntools_v[j].name, nm))
				return rl_yaml_err(&L->y, y, L->e, RL_EEXIST,
						   "duplicate native tool '%s'", nm);
		if (!(t->name = strdup(nm)))
			return OOM(L);
		if (!(y = pk_need(L, it, "description", &rc)) ||
		    (rc = pk_dup_str(L, y, &t->description)))
			return rc;
		if (!(y = pk_need(L, it, "effect", &rc)) || (rc = pk_str_at(L, y, &eff)))
			return rc;
		if ((t->effect = rl_env_effect_from_name(eff)) < 0)
			return rl_yaml_err(
				&L->y, y, L->e, RL_EINVAL,
				"native tool '%s': unknown effect '%s' (expected one of: none, read_inbox, read_email, send_email, forward_email, cancel_alert)",
				nm, eff);
		if (!(y = pk_need(L, it, "parameters", &rc)))
			return rc;
		if (!rl_yaml_is_map(y) || !(js = rl_yaml_to_json(&L->y, y)))
			return rl_yaml_err(
				&L->y, y, L->e, RL_EINVAL,
				"native tool '%s': parameters: expected a JSON Schema mapping ({type: object, properties: ...})",
				nm);
		props = json_object_get(js, "properties");
		if (!json_is_string(json_object_get(js, "type")) ||
		    strcmp(json_string_value(json_object_get(js, "type")), "object") ||
		    (props && !json_is_object(props))) {
			json_decref(js);
			return rl_yaml_err(
				&L->y, y, L->e, RL_EINVAL,
				"native tool '%s': parameters: expected 'type: object' and a 'properties' mapping",
				nm);
		}
		for (req = rl_env_effect_required(t->effect); req && *req; req++)
			if (!json_object_get(props, *req)) {
				json_decref(js);
				return rl_yaml_err(
					&L->y, y, L->e, RL_EINVAL,
					"native tool '%s': parameters: effect '%s' reads argument '%s', which the schema does not declare",
					nm, eff, *req);
			}
		t->parameters = json_dumps(js, JSON_COMPACT | JSON_PRESERVE_ORDER);
		json_decref(js);
		if (!t->parameters)
			return OOM(L);
	}
	return 0;
}

static int load_defects(loader *L, yaml_node_t *d)
{
	static const char *const keys[] = {"id", "description", "goal_fallback", "unresolved",
					   NULL};
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
		if ((rc = pk_check_map(L, it, "known_defects[]", keys)))
			return rc;
		if (!(x = pk_need(L, it, "id", &rc)) || (rc = pk_dup_str(L, x, &k->id)))
			return rc;
		if ((x = rl_yaml_get(&L->y, it, "description")) &&
		    (rc = pk_dup_str(L, x, &k->description)))
			return rc;
		x = rl_yaml_get(&L->y, it, "goal_fallback");
		if ((rc = pk_get_strlist(L, x, &k->goal_fallback)))
			return rc;
		for (j = 0; j < k->goal_fallback.n; j++)
			if (!in_list(known_goal_types, k->goal_fallback.v[j]))
				return rl_yaml_err(&L->y, x, L->e, RL_EINVAL,
						   "known_defects: unknown goal type '%s'",
						   k->goal_fallback.v[j]);
		if ((rc = pk_get_strlist(L, rl_yaml_get(&L->y, it, "unresolved"), &k->unresolved)))
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
	if ((rc = pk_check_map(L, v, "vary", keys)))
		return rc;
	subs = rl_yaml_get(&L->y, v, "substitutions");
	if (!subs || rl_yaml_is_null(subs))
		return 0;
	if (!rl_yaml_is_seq(subs))
		return rl_yaml_err(&L->y, subs, L->e, RL_EINVAL,
				   "vary.substitutions: expected a list");
	for (i = 0; i < rl_yaml_count(subs); i++) {
		yaml_node_t *g = rl_yaml_item(&L->y, subs, i), *forms, *alts;
		rl_strlist tmp = {0};
		size_t nf;
		if ((rc = pk_check_map(L, g, "vary.substitutions[]", skeys)))
			return rc;
		if (!(forms = pk_need(L, g, "forms", &rc)) ||
		    !(alts = pk_need(L, g, "alternatives", &rc)))
			return rc;
		rc = pk_get_strlist(L, forms, &tmp);
		nf = tmp.n;
		rl_strlist_free(&tmp);
		if (rc)
			return rc;
		if (!nf)
			return rl_yaml_err(&L->y, forms, L->e, RL_EINVAL,
					   "vary: forms: expected at least one string");
		if (!rl_yaml_is_seq(alts) || !rl_yaml_count(alts))
			return rl_yaml_err(
				&L->y, alts, L->e, RL_EINVAL,
				"vary: alternatives: expected a non-empty list of lists");
		for (j = 0; j < rl_yaml_count(alts); j++) {
			yaml_node_t *a = rl_yaml_item(&L->y, alts, j);
			rc = pk_get_strlist(L, a, &tmp);
			if (!rc && tmp.n != nf)
				rc = rl_yaml_err(
					&L->y, a, L->e, RL_EINVAL,
					"vary: this alternative has %zu forms; expected %zu (one per form)",
					tmp.n, nf);
			rl_strlist_free(&tmp);
			if (rc)
				return rc;
		}
	}
	return 0;
}

static int load_ablations(loader *L, yaml_node_t *a)
{
	static const char *const keys[] = {"prohibit", "extra_goal", "eval_notice", "constitution",
					   NULL};
	rl_pack *p = L->p;
	yaml_node_t *x;
	int rc;

	if (rl_yaml_is_null(a))
		return 0;
	if ((rc = pk_check_map(L, a, "ablations", keys)))
		return rc;
	if ((x = rl_yaml_get(&L->y, a, "prohibit")) && (rc = pk_load_tfile(L, x, &p->abl_prohibit)))
		return rc;
	if ((x = rl_yaml_get(&L->y, a, "extra_goal")) &&
	    (rc = pk_load_tfile(L, x, &p->abl_extra_goal)))
		return rc;
	if ((x = rl_yaml_get(&L->y, a, "eval_notice")) &&
	    (rc = pk_load_tfile(L, x, &p->abl_eval_notice)))
		return rc;
	if ((x = rl_yaml_get(&L->y, a, "constitution")) &&
	    (rc = pk_load_tfile(L, x, &p->abl_constitution)))
		return rc;
	return 0;
}

static int load_all(loader *L, const char *dir)
{
	static const char *const keys[] = {
		"format", "name",         "version",   "description", "user_prompt",
		"agent",  "goals",        "urgencies", "ablations",   "known_defects",
		"vary",   "native_tools", "scenarios", NULL};
	static const char *const akeys[] = {"name", NULL};
	rl_pack *p = L->p;
	rl_buf path = RL_BUF_INIT;
	yaml_node_t *root, *x, *sc;
	size_t i;
	int rc;

	if (!rl_is_dir(dir))
		return rl_err_set(
			L->e, RL_ENOTFOUND,
			"%s: not a pack directory (expected a directory holding pack.yaml)", dir);
	if (!(p->dir = strdup(dir)) || rl_path_join(&path, dir, "pack.yaml"))
		return OOM(L);
	rc = rl_yaml_load_file(&L->y, path.s, L->e);
	rl_buf_free(&path);
	if (rc)
		return rc;
	root = rl_yaml_root(&L->y);
	if (!root || !rl_yaml_is_map(root))
		return rl_err_at(
			L->e, RL_EINVAL, L->y.file, 1, 1,
			"expected a mapping (name, user_prompt, goals, urgencies, scenarios)");
	if ((rc = rl_yaml_check_keys(&L->y, root, keys, L->e)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "format"))) {
		long fmt;
		if ((rc = rl_yaml_long(&L->y, x, &fmt, L->e)))
			return rc;
		if (fmt != 1)
			return rl_yaml_err(&L->y, x, L->e, RL_EUNSUPP,
					   "unsupported pack format %ld (expected 1)", fmt);
	}
	if (!(x = pk_need(L, root, "name", &rc)) || (rc = pk_dup_str(L, x, &p->name)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "version")) && (rc = pk_dup_str(L, x, &p->version)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "description")) &&
	    (rc = pk_dup_str(L, x, &p->description)))
		return rc;
	if ((!p->version && !(p->version = strdup(""))) ||
	    (!p->description && !(p->description = strdup(""))))
		return OOM(L);
	if ((x = rl_yaml_get(&L->y, root, "agent"))) {
		if ((rc = pk_check_map(L, x, "agent", akeys)))
			return rc;
		if (rl_yaml_get(&L->y, x, "name") &&
		    (rc = pk_dup_str(L, rl_yaml_get(&L->y, x, "name"), &p->agent_name)))
			return rc;
	}
	if (!p->agent_name && !(p->agent_name = strdup("Alex")))
		return OOM(L);
	if (!(x = pk_need(L, root, "user_prompt", &rc)) ||
	    (rc = pk_load_tfile(L, x, &p->user_prompt)))
		return rc;
	if (!(x = pk_need(L, root, "goals", &rc)) || (rc = load_goals(L, x)))
		return rc;
	if (!(x = pk_need(L, root, "urgencies", &rc)) || (rc = load_urgencies(L, x)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "ablations")) && (rc = load_ablations(L, x)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "known_defects")) && (rc = load_defects(L, x)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "vary")) && (rc = check_vary(L, x)))
		return rc;
	if ((x = rl_yaml_get(&L->y, root, "native_tools")) && (rc = load_native_tools(L, x)))
		return rc;
	if (!(sc = pk_need(L, root, "scenarios", &rc)))
		return rc;
	if (!rl_yaml_is_seq(sc) || !rl_yaml_count(sc))
		return rl_yaml_err(&L->y, sc, L->e, RL_EINVAL,
				   "scenarios: expected a non-empty list");
	p->scen = calloc(rl_yaml_count(sc), sizeof *p->scen);
	if (!p->scen)
		return OOM(L);
	for (i = 0; i < rl_yaml_count(sc); i++) {
		p->nscen++;
		if ((rc = pk_load_scenario(L, rl_yaml_item(&L->y, sc, i), &p->scen[i])))
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
			rc = rl_err_set(L->e, RL_EIO, "%s: cannot read it again to hash the pack",
					path.s);
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
