/* config.c: experiment configs (redline/config.h). The original study's
 * unified YAML is accepted key for key and expanded exactly as its
 * generator does; redline's own keys sit beside them. Strict on purpose:
 * an unknown key or a wrong type is an error at file:line:col, because a
 * silently ignored typo would change what a paid campaign measures. */
#include "redline/config.h"

#include <fnmatch.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/fs.h"
#include "base/yaml.h"

static const char *const goal_types[] = {"explicit", "latent", "ambiguous", "none", "swap", NULL};
static const char *const urgencies[] = {"replacement", "restriction", "none", NULL};
static const char *const interfaces[] = {"text", "tools", NULL};
static const char *const variants[] = {"dilemma", "twin", NULL};
/* extra_system_instructions values, as the original's generator knows them */
static const char *const extra_values[] = {"dont", "goal", NULL};
static const char *const defense_names[] = {"prohibit",  "no-goal", "compartment", "constitution",
					    "oversight", "monitor", NULL};

typedef struct P {
	rl_config *c;
	rl_yaml y;
	rl_err *e;
} P;

#define OOM(p) rl_err_set((p)->e, RL_ENOMEM, "out of memory")

static int in_set(const char *const *l, const char *s)
{
	for (; *l; l++)
		if (!strcmp(*l, s))
			return 1;
	return 0;
}

static void join(char *out, size_t n, const char *const *l)
{
	size_t k = 0;
	out[0] = '\0';
	for (; *l && k < n; l++)
		k += (size_t)snprintf(out + k, n - k, "%s%s", k ? ", " : "", *l);
}

static int map_keys(P *p, yaml_node_t *n, const char *what, const char *const *keys)
{
	if (!rl_yaml_is_map(n))
		return rl_yaml_err(&p->y, n, p->e, RL_EINVAL, "%s: expected a mapping", what);
	return rl_yaml_check_keys(&p->y, n, keys, p->e);
}

static int dup(P *p, yaml_node_t *n, char **out)
{
	const char *s;
	int rc = rl_yaml_string(&p->y, n, &s, p->e);
	if (rc)
		return rc;
	free(*out);
	*out = strdup(s);
	return *out ? 0 : OOM(p);
}

static int get_long(P *p, yaml_node_t *n, long min, long *out)
{
	int rc = rl_yaml_long(&p->y, n, out, p->e);
	if (!rc && *out < min)
		rc = rl_yaml_err(&p->y, n, p->e, RL_EINVAL, "expected an integer >= %ld, got %ld",
				 min, *out);
	return rc;
}

static int get_double(P *p, yaml_node_t *n, double min, double *out)
{
	int rc = rl_yaml_double(&p->y, n, out, p->e);
	if (!rc && *out < min)
		rc = rl_yaml_err(&p->y, n, p->e, RL_EINVAL, "expected a number >= %g", min);
	return rc;
}

static int list_add(rl_config_list *l, const char *s, unsigned line, unsigned col)
{
	rl_config_loc *nl = realloc(l->loc, (l->s.n + 1) * sizeof *nl);
	if (!nl)
		return RL_ENOMEM;
	l->loc = nl;
	if (rl_strlist_add(&l->s, s))
		return RL_ENOMEM;
	l->loc[l->s.n - 1].line = line;
	l->loc[l->s.n - 1].col = col;
	return 0;
}

static void list_free(rl_config_list *l)
{
	rl_strlist_free(&l->s);
	free(l->loc);
	l->loc = NULL;
}

/* A list of words (scenario ids, goal types, ...); `allowed` may be NULL. */
static int get_list(P *p, yaml_node_t *n, const char *what, const char *const *allowed,
		    rl_config_list *out)
{
	size_t i;
	if (!n || rl_yaml_is_null(n))
		return 0;
	if (!rl_yaml_is_seq(n))
		return rl_yaml_err(&p->y, n, p->e, RL_EINVAL, "%s: expected a list", what);
	for (i = 0; i < rl_yaml_count(n); i++) {
		yaml_node_t *it = rl_yaml_item(&p->y, n, i);
		const char *s;
		int rc = rl_yaml_string(&p->y, it, &s, p->e);
		if (rc)
			return rc;
		if (allowed && !in_set(allowed, s)) {
			char exp[256];
			join(exp, sizeof exp, allowed);
			return rl_yaml_err(&p->y, it, p->e, RL_EINVAL,
					   "%s: unknown value '%s' (expected one of: %s)", what, s,
					   exp);
		}
		if (list_add(out, s, rl_yaml_line(it), rl_yaml_col(it)))
			return OOM(p);
	}
	return 0;
}

static int parse_model(P *p, yaml_node_t *n, rl_config_model *m)
{
	static const char *const keys[] = {"name",       "model",           "temperature",
					   "max_tokens", "thinking_budget", "headers",
					   "extra_body", "concurrency",     NULL};
	yaml_node_t *x;
	int rc;

	m->loc.line = rl_yaml_line(n);
	m->loc.col = rl_yaml_col(n);
	if (rl_yaml_is_scalar(n))
		return dup(p, n, &m->name);
	if ((rc = map_keys(p, n, "model", keys)))
		return rc;
	x = rl_yaml_get(&p->y, n, "name");
	if (!x)
		x = rl_yaml_get(&p->y, n, "model");
	if (!x)
		return rl_yaml_err(&p->y, n, p->e, RL_EINVAL,
				   "model: expected a 'name' (model spec, e.g. openai:gpt-4o)");
	if ((rc = dup(p, x, &m->name)))
		return rc;
	if ((x = rl_yaml_get(&p->y, n, "temperature"))) {
		if ((rc = get_double(p, x, 0, &m->temperature)))
			return rc;
		m->has_temperature = 1;
	}
	if ((x = rl_yaml_get(&p->y, n, "max_tokens")) && (rc = get_long(p, x, 1, &m->max_tokens)))
		return rc;
	if ((x = rl_yaml_get(&p->y, n, "thinking_budget")) &&
	    (rc = get_long(p, x, 0, &m->thinking_budget)))
		return rc;
	if ((x = rl_yaml_get(&p->y, n, "concurrency")) && (rc = get_long(p, x, 1, &m->concurrency)))
		return rc;
	if ((x = rl_yaml_get(&p->y, n, "headers")) && !rl_yaml_is_null(x)) {
		size_t i;
		if (!rl_yaml_is_map(x))
			return rl_yaml_err(&p->y, x, p->e, RL_EINVAL,
					   "headers: expected a mapping Header: value");
		for (i = 0; i < rl_yaml_count(x); i++) {
			yaml_node_t *k, *v;
			const char *ks, *vs;
			char line[4096];
			rl_yaml_pair(&p->y, x, i, &k, &v);
			if ((rc = rl_yaml_string(&p->y, k, &ks, p->e)) ||
			    (rc = rl_yaml_string(&p->y, v, &vs, p->e)))
				return rc;
			if (strpbrk(ks, ":\r\n") || strpbrk(vs, "\r\n"))
				return rl_yaml_err(
					&p->y, k, p->e, RL_EINVAL,
					"headers: '%s' is not a valid header (no ':' in names, no line breaks)",
					ks);
			snprintf(line, sizeof line, "%s: %s", ks, vs);
			if (rl_strlist_add(&m->headers, line))
				return OOM(p);
		}
	}
	if ((x = rl_yaml_get(&p->y, n, "extra_body")) && !rl_yaml_is_null(x)) {
		json_t *j;
		if (!rl_yaml_is_map(x))
			return rl_yaml_err(
				&p->y, x, p->e, RL_EINVAL,
				"extra_body: expected a mapping (JSON fields merged into the request)");
		j = rl_yaml_to_json(&p->y, x);
		if (!j)
			return rl_yaml_err(
				&p->y, x, p->e, RL_EINVAL,
				"extra_body: cannot convert to JSON (nested too deep, or not UTF-8)");
		m->extra_body = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
		json_decref(j);
		if (!m->extra_body)
			return OOM(p);
	}
	return 0;
}

static rl_config_model *find_model(rl_config *c, const char *name)
{
	size_t i;
	for (i = 0; i < c->nmodels; i++)
		if (!strcmp(c->models[i].name, name))
			return &c->models[i];
	return NULL;
}

static int add_models(P *p, yaml_node_t *n, const char *what)
{
	rl_config *c = p->c;
	size_t i;
	if (!n || rl_yaml_is_null(n))
		return 0;
	if (!rl_yaml_is_seq(n))
		return rl_yaml_err(&p->y, n, p->e, RL_EINVAL, "%s: expected a list of models",
				   what);
	for (i = 0; i < rl_yaml_count(n); i++) {
		rl_config_model m, *nm;
		int rc;
		memset(&m, 0, sizeof m);
		rc = parse_model(p, rl_yaml_item(&p->y, n, i), &m);
		if (!rc && (nm = find_model(c, m.name)) && nm->concurrency < 0) {
			/* concurrency.models named it before its expansion did */
			if (!m.concurrency)
				m.concurrency = -nm->concurrency;
			free(nm->name);
			m.loc = nm->loc.line ? m.loc : nm->loc;
			*nm = m;
			continue;
		}
		if (!rc && find_model(c, m.name)) {
			/* listed again (e.g. in an expansion): the first wins */
			free(m.name);
			free(m.extra_body);
			rl_strlist_free(&m.headers);
			continue;
		}
		if (!rc && !(nm = realloc(c->models, (c->nmodels + 1) * sizeof *nm)))
			rc = OOM(p);
		if (rc) {
			free(m.name);
			free(m.extra_body);
			rl_strlist_free(&m.headers);
			return rc;
		}
		c->models = nm;
		c->models[c->nmodels++] = m;
	}
	return 0;
}

static int parse_pool(P *p, yaml_node_t *k, yaml_node_t *v, int is_override)
{
	static const char *const keys[] = {"rpm", "tpm", "models", NULL};
	rl_config *c = p->c;
	rl_config_pool pool, *np;
	yaml_node_t *x;
	int rc;

	memset(&pool, 0, sizeof pool);
	if (rl_yaml_is_null(v))
		return 0;
	if ((rc = map_keys(p, v, is_override ? "rate_limits.model_overrides" : "rate_limits.pools",
			   keys)))
		return rc;
	if ((rc = dup(p, k, &pool.name)))
		return rc;
	pool.is_override = is_override;
	if (!rc && (x = rl_yaml_get(&p->y, v, "rpm")))
		rc = get_double(p, x, 0, &pool.rpm);
	if (!rc && (x = rl_yaml_get(&p->y, v, "tpm")))
		rc = get_double(p, x, 0, &pool.tpm);
	if (!rc && (x = rl_yaml_get(&p->y, v, "models")) && !rl_yaml_is_null(x)) {
		rl_config_list l = {0};
		rc = get_list(p, x, "rate_limits.pools.models", NULL, &l);
		pool.models = l.s;
		free(l.loc);
	}
	if (!rc && is_override && rl_strlist_add(&pool.models, pool.name))
		rc = OOM(p);
	if (!rc && !(np = realloc(c->pools, (c->npools + 1) * sizeof *np)))
		rc = OOM(p);
	if (rc) {
		free(pool.name);
		rl_strlist_free(&pool.models);
		return rc;
	}
	c->pools = np;
	if (is_override) {
		/* overrides go first so the first match is the most specific */
		size_t i, at = 0;
		while (at < c->npools && c->pools[at].is_override)
			at++;
		for (i = c->npools; i > at; i--)
			c->pools[i] = c->pools[i - 1];
		c->pools[at] = pool;
	} else {
		c->pools[c->npools] = pool;
	}
	c->npools++;
	return 0;
}

static int parse_global(P *p, yaml_node_t *g)
{
	static const char *const keys[] = {
		"models",      "temperature", "max_tokens",       "samples_per_condition",
		"concurrency", "rate_limits", "alignment_faking", NULL};
	static const char *const ckeys[] = {"providers", "models", NULL};
	static const char *const rkeys[] = {"pools", "model_overrides", NULL};
	static const char *const akeys[] = {"enabled", "warning_type", "warning_text", NULL};
	rl_config *c = p->c;
	yaml_node_t *x, *y;
	size_t i;
	int rc;

	if ((rc = map_keys(p, g, "global", keys)))
		return rc;
	if ((rc = add_models(p, rl_yaml_get(&p->y, g, "models"), "global.models")))
		return rc;
	if ((x = rl_yaml_get(&p->y, g, "temperature"))) {
		if ((rc = get_double(p, x, 0, &c->temperature)))
			return rc;
		c->has_temperature = 1;
	}
	if ((x = rl_yaml_get(&p->y, g, "max_tokens")) && (rc = get_long(p, x, 1, &c->max_tokens)))
		return rc;
	if ((x = rl_yaml_get(&p->y, g, "samples_per_condition")) &&
	    (rc = get_long(p, x, 1, &c->samples_per_condition)))
		return rc;
	if ((x = rl_yaml_get(&p->y, g, "concurrency")) && !rl_yaml_is_null(x)) {
		if ((rc = map_keys(p, x, "global.concurrency", ckeys)))
			return rc;
		if ((y = rl_yaml_get(&p->y, x, "providers")) && !rl_yaml_is_null(y)) {
			if (!rl_yaml_is_map(y))
				return rl_yaml_err(
					&p->y, y, p->e, RL_EINVAL,
					"concurrency.providers: expected a mapping provider: limit");
			c->provider_concurrency =
				calloc(rl_yaml_count(y) + 1, sizeof *c->provider_concurrency);
			if (!c->provider_concurrency)
				return OOM(p);
			for (i = 0; i < rl_yaml_count(y); i++) {
				yaml_node_t *k, *v;
				rl_config_limit *l =
					&c->provider_concurrency[c->nprovider_concurrency];
				rl_yaml_pair(&p->y, y, i, &k, &v);
				if ((rc = dup(p, k, &l->name)))
					return rc;
				c->nprovider_concurrency++;
				if ((rc = get_long(p, v, 1, &l->value)))
					return rc;
			}
		}
		if ((y = rl_yaml_get(&p->y, x, "models")) && !rl_yaml_is_null(y)) {
			if (!rl_yaml_is_map(y))
				return rl_yaml_err(
					&p->y, y, p->e, RL_EINVAL,
					"concurrency.models: expected a mapping model: limit");
			for (i = 0; i < rl_yaml_count(y); i++) {
				yaml_node_t *k, *v;
				const char *name;
				long lim;
				rl_config_model *m;
				rl_yaml_pair(&p->y, y, i, &k, &v);
				if ((rc = rl_yaml_string(&p->y, k, &name, p->e)) ||
				    (rc = get_long(p, v, 1, &lim)))
					return rc;
				m = find_model(c, name);
				if (!m) {
					/* a limit for a model listed in an expansion: keep it */
					rl_config_model *nm =
						realloc(c->models, (c->nmodels + 1) * sizeof *nm);
					if (!nm)
						return OOM(p);
					c->models = nm;
					m = &c->models[c->nmodels];
					memset(m, 0, sizeof *m);
					if (!(m->name = strdup(name)))
						return OOM(p);
					m->loc.line = rl_yaml_line(k);
					m->loc.col = rl_yaml_col(k);
					m->concurrency = -lim; /* provisional: only a limit */
					c->nmodels++;
				} else {
					m->concurrency = lim;
				}
			}
		}
	}
	if ((x = rl_yaml_get(&p->y, g, "rate_limits")) && !rl_yaml_is_null(x)) {
		if ((rc = map_keys(p, x, "global.rate_limits", rkeys)))
			return rc;
		if ((y = rl_yaml_get(&p->y, x, "pools")) && !rl_yaml_is_null(y)) {
			if (!rl_yaml_is_map(y))
				return rl_yaml_err(
					&p->y, y, p->e, RL_EINVAL,
					"rate_limits.pools: expected a mapping name: {rpm, models}");
			for (i = 0; i < rl_yaml_count(y); i++) {
				yaml_node_t *k, *v;
				rl_yaml_pair(&p->y, y, i, &k, &v);
				if ((rc = parse_pool(p, k, v, 0)))
					return rc;
			}
		}
		if ((y = rl_yaml_get(&p->y, x, "model_overrides")) && !rl_yaml_is_null(y)) {
			if (!rl_yaml_is_map(y))
				return rl_yaml_err(
					&p->y, y, p->e, RL_EINVAL,
					"rate_limits.model_overrides: expected a mapping model: {rpm}");
			for (i = 0; i < rl_yaml_count(y); i++) {
				yaml_node_t *k, *v;
				rl_yaml_pair(&p->y, y, i, &k, &v);
				if ((rc = parse_pool(p, k, v, 1)))
					return rc;
			}
		}
	}
	if ((x = rl_yaml_get(&p->y, g, "alignment_faking")) && !rl_yaml_is_null(x)) {
		if ((rc = map_keys(p, x, "global.alignment_faking", akeys)))
			return rc;
		if ((y = rl_yaml_get(&p->y, x, "enabled")) &&
		    (rc = rl_yaml_bool(&p->y, y, &c->eval_notice_enabled, p->e)))
			return rc;
		if ((y = rl_yaml_get(&p->y, x, "warning_type")) &&
		    (rc = dup(p, y, &c->eval_notice_type)))
			return rc;
		if ((y = rl_yaml_get(&p->y, x, "warning_text")) &&
		    (rc = dup(p, y, &c->eval_notice_text)))
			return rc;
		if (c->eval_notice_enabled && !c->eval_notice_text)
			return rl_yaml_err(&p->y, x, p->e, RL_EINVAL,
					   "alignment_faking: enabled without warning_text");
	}
	return 0;
}

static int parse_expansions(P *p, yaml_node_t *x)
{
	static const char *const keys[] = {"name",   "description", "enabled",
					   "models", "variables",   NULL};
	static const char *const vkeys[] = {
		"scenarios",  "goal_types", "goal_values", "urgency_types",
		"interfaces", "variants",   NULL};
	rl_config *c = p->c;
	size_t i;
	int rc;

	if (rl_yaml_is_null(x))
		return 0;
	if (!rl_yaml_is_seq(x))
		return rl_yaml_err(&p->y, x, p->e, RL_EINVAL, "expansions: expected a list");
	c->expansions = calloc(rl_yaml_count(x) + 1, sizeof *c->expansions);
	if (!c->expansions)
		return OOM(p);
	for (i = 0; i < rl_yaml_count(x); i++) {
		yaml_node_t *it = rl_yaml_item(&p->y, x, i), *y, *v;
		rl_config_expansion *ex = &c->expansions[c->nexpansions++];
		ex->enabled = 1;
		if ((rc = map_keys(p, it, "expansions[]", keys)))
			return rc;
		if ((y = rl_yaml_get(&p->y, it, "name")) && (rc = dup(p, y, &ex->name)))
			return rc;
		if ((y = rl_yaml_get(&p->y, it, "description")) &&
		    (rc = dup(p, y, &ex->description)))
			return rc;
		if ((y = rl_yaml_get(&p->y, it, "enabled")) &&
		    (rc = rl_yaml_bool(&p->y, y, &ex->enabled, p->e)))
			return rc;
		if ((rc = get_list(p, rl_yaml_get(&p->y, it, "models"), "expansions.models", NULL,
				   &ex->models)))
			return rc;
		if (ex->enabled &&
		    (rc = add_models(p, rl_yaml_get(&p->y, it, "models"), "expansions.models")))
			return rc;
		v = rl_yaml_get(&p->y, it, "variables");
		if (!v)
			return rl_yaml_err(
				&p->y, it, p->e, RL_EINVAL,
				"expansion: missing 'variables' (scenarios, goal_types, goal_values, urgency_types)");
		if ((rc = map_keys(p, v, "expansions.variables", vkeys)))
			return rc;
		if ((rc = get_list(p, rl_yaml_get(&p->y, v, "scenarios"), "scenarios", NULL,
				   &ex->scenarios)) ||
		    (rc = get_list(p, rl_yaml_get(&p->y, v, "goal_types"), "goal_types", goal_types,
				   &ex->goal_types)) ||
		    (rc = get_list(p, rl_yaml_get(&p->y, v, "goal_values"), "goal_values", NULL,
				   &ex->goal_values)) ||
		    (rc = get_list(p, rl_yaml_get(&p->y, v, "urgency_types"), "urgency_types",
				   urgencies, &ex->urgency_types)) ||
		    (rc = get_list(p, rl_yaml_get(&p->y, v, "interfaces"), "interfaces", interfaces,
				   &ex->interfaces)) ||
		    (rc = get_list(p, rl_yaml_get(&p->y, v, "variants"), "variants", variants,
				   &ex->variants)))
			return rc;
	}
	return 0;
}

static int parse_defenses(P *p, yaml_node_t *x)
{
	static const char *const keys[] = {"name", "text", "file", "policy", "hold", "live", NULL};
	rl_config *c = p->c;
	char exp[256];
	size_t i;
	int rc;

	if (rl_yaml_is_null(x))
		return 0;
	if (!rl_yaml_is_seq(x))
		return rl_yaml_err(&p->y, x, p->e, RL_EINVAL, "defenses: expected a list");
	join(exp, sizeof exp, defense_names);
	c->defenses = calloc(rl_yaml_count(x) + 1, sizeof *c->defenses);
	if (!c->defenses)
		return OOM(p);
	for (i = 0; i < rl_yaml_count(x); i++) {
		yaml_node_t *it = rl_yaml_item(&p->y, x, i), *y, *nn = it;
		rl_config_defense *d = &c->defenses[c->ndefenses++];
		int has_hold = 0, has_live = 0;
		size_t k;
		d->loc.line = rl_yaml_line(it);
		d->loc.col = rl_yaml_col(it);
		if (rl_yaml_is_map(it)) {
			if ((rc = rl_yaml_check_keys(&p->y, it, keys, p->e)))
				return rc;
			if (!(nn = rl_yaml_get(&p->y, it, "name")))
				return rl_yaml_err(&p->y, it, p->e, RL_EINVAL,
						   "defense: missing 'name' (one of: %s)", exp);
			if ((y = rl_yaml_get(&p->y, it, "text")) && (rc = dup(p, y, &d->text)))
				return rc;
			if ((y = rl_yaml_get(&p->y, it, "policy")) && (rc = dup(p, y, &d->policy)))
				return rc;
			if ((y = rl_yaml_get(&p->y, it, "hold"))) {
				const char *h;
				if ((rc = rl_yaml_string(&p->y, y, &h, p->e)))
					return rc;
				if (strcmp(h, "deny") && strcmp(h, "approve"))
					return rl_yaml_err(
						&p->y, y, p->e, RL_EINVAL,
						"defense: hold: expected deny or approve, got '%s'",
						h);
				d->hold_approve = !strcmp(h, "approve");
				has_hold = 1;
			}
			if ((y = rl_yaml_get(&p->y, it, "live"))) {
				int live;
				if ((rc = rl_yaml_bool(&p->y, y, &live, p->e)))
					return rc;
				d->replay = !live;
				has_live = 1;
			}
			if ((y = rl_yaml_get(&p->y, it, "file"))) {
				const char *rel;
				rl_buf path = RL_BUF_INIT, b = RL_BUF_INIT;
				if ((rc = rl_yaml_string(&p->y, y, &rel, p->e)))
					return rc;
				if (rel[0] == '/')
					rl_buf_adds(&path, rel);
				else
					rl_path_join(&path, c->dir, rel);
				rc = rl_read_file(path.s, 1u << 20, &b, NULL);
				rl_buf_free(&path);
				if (rc) {
					rl_buf_free(&b);
					return rl_yaml_err(
						&p->y, y, p->e, RL_EINVAL,
						"defense file '%s': cannot read (relative paths resolve against the config's folder)",
						rel);
				}
				free(d->text);
				d->text = rl_buf_detach(&b, NULL);
			}
		}
		if ((rc = dup(p, nn, &d->name)))
			return rc;
		if (!in_set(defense_names, d->name))
			return rl_yaml_err(&p->y, nn, p->e, RL_EINVAL,
					   "unknown defense '%s' (expected one of: %s)", d->name,
					   exp);
		for (k = 0; k + 1 < c->ndefenses; k++)
			if (!strcmp(c->defenses[k].name, d->name))
				return rl_yaml_err(&p->y, nn, p->e, RL_EEXIST,
						   "duplicate defense '%s'", d->name);
		if ((has_hold || has_live) && strcmp(d->name, "oversight") &&
		    strcmp(d->name, "monitor"))
			return rl_yaml_err(
				&p->y, rl_yaml_get(&p->y, it, has_hold ? "hold" : "live"), p->e,
				RL_EINVAL,
				"defense '%s': '%s' applies only to oversight and monitor", d->name,
				has_hold ? "hold" : "live");
	}
	return 0;
}

static int parse_price_map(P *p, rl_yaml *y, yaml_node_t *m)
{
	static const char *const keys[] = {"input", "output", NULL};
	rl_config *c = p->c;
	size_t i;
	int rc;
	if (!rl_yaml_is_map(m))
		return rl_yaml_err(
			y, m, p->e, RL_EINVAL,
			"prices: expected a mapping model-glob: {input, output} (USD per million tokens)");
	c->prices = calloc(rl_yaml_count(m) + 1, sizeof *c->prices);
	if (!c->prices)
		return OOM(p);
	for (i = 0; i < rl_yaml_count(m); i++) {
		yaml_node_t *k, *v, *x;
		const char *ks;
		rl_config_price *pr = &c->prices[c->nprices];
		rl_yaml_pair(y, m, i, &k, &v);
		if ((rc = rl_yaml_string(y, k, &ks, p->e)))
			return rc;
		if (!rl_yaml_is_map(v))
			return rl_yaml_err(y, v, p->e, RL_EINVAL,
					   "prices.%s: expected {input, output}", ks);
		if ((rc = rl_yaml_check_keys(y, v, keys, p->e)))
			return rc;
		if (!(pr->model = strdup(ks)))
			return OOM(p);
		c->nprices++;
		if ((x = rl_yaml_get(y, v, "input")) &&
		    (rc = rl_yaml_double(y, x, &pr->input_per_mtok, p->e)))
			return rc;
		if ((x = rl_yaml_get(y, v, "output")) &&
		    (rc = rl_yaml_double(y, x, &pr->output_per_mtok, p->e)))
			return rc;
	}
	return 0;
}

static int parse_prices(P *p, yaml_node_t *x)
{
	if (rl_yaml_is_null(x))
		return 0;
	if (rl_yaml_is_scalar(x)) {
		rl_buf path = RL_BUF_INIT;
		rl_yaml py;
		int rc;
		const char *rel = rl_yaml_str(x);
		if (rel[0] == '/')
			rl_buf_adds(&path, rel);
		else
			rl_path_join(&path, p->c->dir, rel);
		rc = rl_yaml_load_file(&py, path.s, p->e);
		rl_buf_free(&path);
		if (!rc) {
			if (!rl_yaml_root(&py))
				rc = rl_err_at(p->e, RL_EINVAL, py.file, 1, 1,
					       "expected a price table");
			else
				rc = parse_price_map(p, &py, rl_yaml_root(&py));
		}
		rl_yaml_free(&py);
		return rc;
	}
	return parse_price_map(p, &p->y, x);
}

static int parse_classification(P *p, yaml_node_t *x)
{
	static const char *const keys[] = {"enabled", "models", "classifier_model", "concurrency",
					   NULL};
	rl_config *c = p->c;
	yaml_node_t *y;
	size_t i;
	int rc;

	if (rl_yaml_is_null(x))
		return 0;
	if ((rc = map_keys(p, x, "classification", keys)))
		return rc;
	if ((y = rl_yaml_get(&p->y, x, "enabled")) &&
	    (rc = rl_yaml_bool(&p->y, y, &c->classification_enabled, p->e)))
		return rc;
	if ((y = rl_yaml_get(&p->y, x, "classifier_model")) &&
	    (rc = dup(p, y, &c->classifier_model)))
		return rc;
	if ((y = rl_yaml_get(&p->y, x, "concurrency")) &&
	    (rc = get_long(p, y, 1, &c->classification_concurrency)))
		return rc;
	if ((y = rl_yaml_get(&p->y, x, "models")) && !rl_yaml_is_null(y)) {
		if (!rl_yaml_is_map(y))
			return rl_yaml_err(
				&p->y, y, p->e, RL_EINVAL,
				"classification.models: expected a mapping scenario: classifier");
		for (i = 0; i < rl_yaml_count(y); i++) {
			yaml_node_t *k, *v;
			const char *ks, *vs;
			rl_yaml_pair(&p->y, y, i, &k, &v);
			if ((rc = rl_yaml_string(&p->y, k, &ks, p->e)) ||
			    (rc = rl_yaml_string(&p->y, v, &vs, p->e)))
				return rc;
			if (rl_strlist_add(&c->classifier_scenarios, ks) ||
			    rl_strlist_add(&c->classifier_names, vs))
				return OOM(p);
		}
	}
	return 0;
}

static int parse_execution(P *p, yaml_node_t *x)
{
	static const char *const keys[] = {"resume_interrupted", "timeout_seconds", "retries",
					   "checkpoint_frequency", NULL};
	rl_config *c = p->c;
	yaml_node_t *y;
	int rc;

	if (rl_yaml_is_null(x))
		return 0;
	if ((rc = map_keys(p, x, "execution", keys)))
		return rc;
	if ((y = rl_yaml_get(&p->y, x, "resume_interrupted")) &&
	    (rc = rl_yaml_bool(&p->y, y, &c->resume_interrupted, p->e)))
		return rc;
	if ((y = rl_yaml_get(&p->y, x, "timeout_seconds")) &&
	    (rc = get_long(p, y, 1, &c->timeout_seconds)))
		return rc;
	if ((y = rl_yaml_get(&p->y, x, "retries")) && (rc = get_long(p, y, 0, &c->retries)))
		return rc;
	if ((y = rl_yaml_get(&p->y, x, "checkpoint_frequency")) &&
	    (rc = get_long(p, y, 1, &c->checkpoint_frequency)))
		return rc;
	return 0;
}

/* The original's expansion: union per variable over enabled expansions
 * (first appearance), then the product; none/ambiguous take value none. */
static int expand(P *p)
{
	rl_config *c = p->c;
	rl_strlist sc = {0}, gt = {0}, gv = {0}, ur = {0}, itf = {0}, var = {0};
	size_t i, j, a, b, d, f, g, h, cap = 0;
	int rc = 0;

	for (i = 0; i < c->nexpansions && !rc; i++) {
		rl_config_expansion *ex = &c->expansions[i];
		struct {
			rl_config_list *from;
			rl_strlist *to;
		} m[6] = {{&ex->scenarios, &sc},   {&ex->goal_types, &gt},
			  {&ex->goal_values, &gv}, {&ex->urgency_types, &ur},
			  {&ex->interfaces, &itf}, {&ex->variants, &var}};
		if (!ex->enabled)
			continue;
		for (j = 0; j < 6 && !rc; j++)
			for (a = 0; a < m[j].from->s.n && !rc; a++) {
				size_t k;
				int seen = 0;
				for (k = 0; k < m[j].to->n; k++)
					seen |= !strcmp(m[j].to->v[k], m[j].from->s.v[a]);
				if (!seen && rl_strlist_add(m[j].to, m[j].from->s.v[a]))
					rc = OOM(p);
			}
	}
	/* interfaces (redline): the innermost axis, so a condition's text and
	 * tool forms sit side by side; absent, text only (the original) */
	if (!rc && !itf.n && rl_strlist_add(&itf, "text"))
		rc = OOM(p);
	/* variants (redline): a condition's benign twin (_twin) right after
	 * it, outside the interfaces; absent, the dilemma only */
	if (!rc && !var.n && rl_strlist_add(&var, "dilemma"))
		rc = OOM(p);
	cap = sc.n * gt.n * (gv.n + 1) * ur.n * itf.n * var.n;
	if (!rc && cap && !(c->conditions = calloc(cap, sizeof *c->conditions)))
		rc = OOM(p);
	for (a = 0; a < sc.n && !rc; a++)
		for (b = 0; b < gt.n && !rc; b++) {
			int nogoal = !strcmp(gt.v[b], "none") || !strcmp(gt.v[b], "ambiguous");
			size_t nv = nogoal ? 1 : gv.n;
			for (d = 0; d < nv && !rc; d++)
				for (f = 0; f < ur.n && !rc; f++)
					for (h = 0; h < var.n && !rc; h++)
						for (g = 0; g < itf.n && !rc; g++) {
							rl_condition cc;
							size_t k;
							int dupl = 0;
							rc = rl_condition_set(&cc, sc.v[a], gt.v[b],
									      nogoal ? "none"
										     : gv.v[d],
									      ur.v[f], p->e);
							if (rc)
								break;
							if (c->production_variant)
								cc.ablations |= RL_ABL_PROD;
							if (!strcmp(itf.v[g], "tools"))
								cc.ablations |= RL_ABL_TOOLS;
							if (!strcmp(var.v[h], "twin"))
								cc.ablations |= RL_ABL_TWIN;
							for (k = 0; k < c->nconditions && !dupl;
							     k++)
								dupl = !memcmp(&c->conditions[k],
									       &cc, sizeof cc);
							if (!dupl)
								c->conditions[c->nconditions++] =
									cc;
						}
		}
	if (rc && rc != RL_ENOMEM)
		rl_err_prefix(p->e, "%s: expansions", c->file);
	rl_strlist_free(&sc);
	rl_strlist_free(&gt);
	rl_strlist_free(&gv);
	rl_strlist_free(&ur);
	rl_strlist_free(&itf);
	rl_strlist_free(&var);
	return rc;
}

/* The original's `extra_system_instructions: dont|goal` (false or absent:
 * none) and `production_variant: true|false`. */
static int parse_original_keys(P *p, yaml_node_t *root)
{
	rl_config *c = p->c;
	yaml_node_t *x;
	int rc, off = 0;

	if ((x = rl_yaml_get(&p->y, root, "production_variant")) && !rl_yaml_is_null(x) &&
	    (rc = rl_yaml_bool(&p->y, x, &c->production_variant, p->e)))
		return rc;
	if (!(x = rl_yaml_get(&p->y, root, "extra_system_instructions")) || rl_yaml_is_null(x))
		return 0;
	c->extra_loc.line = rl_yaml_line(x);
	c->extra_loc.col = rl_yaml_col(x);
	if (rl_yaml_is_scalar(x) && !in_set(extra_values, rl_yaml_str(x)) &&
	    rl_yaml_bool(&p->y, x, &off, NULL) == 0 && !off)
		return 0; /* false: the original's default, no extra text */
	if (!rl_yaml_is_scalar(x) || !in_set(extra_values, rl_yaml_str(x)))
		return rl_yaml_err(
			&p->y, x, p->e, RL_EINVAL,
			"extra_system_instructions: unknown value '%s' (expected one of: dont, goal, false)",
			rl_yaml_is_scalar(x) ? rl_yaml_str(x) : "(not a word)");
	if ((rc = dup(p, x, &c->extra_system_instructions)))
		return rc;
	c->extra_ablation =
		!strcmp(c->extra_system_instructions, "dont") ? RL_ABL_PROHIBIT : RL_ABL_EXTRA_GOAL;
	return 0;
}

static int parse_root(P *p, const char *data, size_t n)
{
	/* clang-format off */
	static const char *const keys[] = {"experiment_id", "description", "researcher", "global",
		"expansions", "classification", "execution", "output_directory", "pack", "judge",
		"defenses", "prices", "extra_system_instructions", "production_variant", NULL};
	/* clang-format on */
	rl_config *c = p->c;
	yaml_node_t *root, *x;
	size_t i;
	int rc;

	if ((rc = rl_yaml_load(&p->y, c->file, data, n, p->e)))
		return rc;
	root = rl_yaml_root(&p->y);
	if (!root || !rl_yaml_is_map(root))
		return rl_err_at(p->e, RL_EINVAL, c->file, 1, 1,
				 "expected a mapping (experiment_id, global, expansions, ...)");
	if ((rc = rl_yaml_check_keys(&p->y, root, keys, p->e)))
		return rc;
	if ((x = rl_yaml_get(&p->y, root, "experiment_id")) && (rc = dup(p, x, &c->experiment_id)))
		return rc;
	if ((x = rl_yaml_get(&p->y, root, "description")) && (rc = dup(p, x, &c->description)))
		return rc;
	if ((x = rl_yaml_get(&p->y, root, "researcher")) && (rc = dup(p, x, &c->researcher)))
		return rc;
	if ((x = rl_yaml_get(&p->y, root, "global")) && !rl_yaml_is_null(x) &&
	    (rc = parse_global(p, x)))
		return rc;
	if (!(x = rl_yaml_get(&p->y, root, "expansions")))
		return rl_err_at(p->e, RL_EINVAL, c->file, rl_yaml_line(root), rl_yaml_col(root),
				 "missing 'expansions' (the list of condition expansions)");
	if ((rc = parse_expansions(p, x)))
		return rc;
	if ((x = rl_yaml_get(&p->y, root, "classification")) && (rc = parse_classification(p, x)))
		return rc;
	if ((x = rl_yaml_get(&p->y, root, "execution")) && (rc = parse_execution(p, x)))
		return rc;
	if ((x = rl_yaml_get(&p->y, root, "output_directory")) && (rc = dup(p, x, &c->output_dir)))
		return rc;
	if ((x = rl_yaml_get(&p->y, root, "judge")) && (rc = dup(p, x, &c->judge)))
		return rc;
	if ((x = rl_yaml_get(&p->y, root, "pack"))) {
		const char *rel;
		rl_buf b = RL_BUF_INIT;
		if ((rc = rl_yaml_string(&p->y, x, &rel, p->e)))
			return rc;
		if (rel[0] == '/')
			rl_buf_adds(&b, rel);
		else
			rl_path_join(&b, c->dir, rel);
		c->pack = rl_buf_detach(&b, NULL);
		if (!c->pack)
			return OOM(p);
	}
	if ((rc = parse_original_keys(p, root)))
		return rc;
	if ((x = rl_yaml_get(&p->y, root, "defenses")) && (rc = parse_defenses(p, x)))
		return rc;
	if ((x = rl_yaml_get(&p->y, root, "prices")) && (rc = parse_prices(p, x)))
		return rc;
	/* a concurrency.models entry for a model never listed is a typo */
	for (i = 0; i < c->nmodels; i++)
		if (c->models[i].concurrency < 0)
			return rl_err_at(
				p->e, RL_EINVAL, c->file, c->models[i].loc.line,
				c->models[i].loc.col,
				"concurrency.models: '%s' is not in global.models or an expansion's models",
				c->models[i].name);
	return expand(p);
}

int rl_config_parse(const char *file, const char *dir, const char *data, size_t n, rl_config *c,
		    rl_err *e)
{
	P p;
	int rc;

	memset(c, 0, sizeof *c);
	memset(&p, 0, sizeof p);
	p.c = c;
	p.e = e;
	c->temperature = 1.0;
	c->max_tokens = 4000;
	c->samples_per_condition = 1;
	c->resume_interrupted = 1;
	c->timeout_seconds = 180;
	c->retries = 1;
	c->checkpoint_frequency = 1;
	c->file = strdup(file ? file : "<config>");
	c->dir = strdup(dir ? dir : ".");
	c->experiment_id = strdup("");
	if (!c->file || !c->dir || !c->experiment_id) {
		rl_config_free(c);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	rc = parse_root(&p, data, n);
	rl_yaml_free(&p.y);
	if (rc)
		rl_config_free(c);
	return rc;
}

int rl_config_load(const char *path, rl_config *c, rl_err *e)
{
	rl_buf b = RL_BUF_INIT;
	char *dir, *slash;
	int rc;

	memset(c, 0, sizeof *c);
	if ((rc = rl_read_file(path, 16u << 20, &b, e)))
		return rc;
	dir = strdup(path);
	if (!dir) {
		rl_buf_free(&b);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	slash = strrchr(dir, '/');
	if (slash)
		*slash = '\0';
	rc = rl_config_parse(path, slash ? (dir[0] ? dir : "/") : ".", b.s, b.len, c, e);
	free(dir);
	rl_buf_free(&b);
	return rc;
}

void rl_config_free(rl_config *c)
{
	size_t i;
	if (!c)
		return;
	for (i = 0; i < c->nmodels; i++) {
		free(c->models[i].name);
		free(c->models[i].extra_body);
		rl_strlist_free(&c->models[i].headers);
	}
	free(c->models);
	for (i = 0; i < c->nprovider_concurrency; i++)
		free(c->provider_concurrency[i].name);
	free(c->provider_concurrency);
	for (i = 0; i < c->npools; i++) {
		free(c->pools[i].name);
		rl_strlist_free(&c->pools[i].models);
	}
	free(c->pools);
	for (i = 0; i < c->nexpansions; i++) {
		rl_config_expansion *ex = &c->expansions[i];
		free(ex->name);
		free(ex->description);
		list_free(&ex->models);
		list_free(&ex->scenarios);
		list_free(&ex->goal_types);
		list_free(&ex->goal_values);
		list_free(&ex->urgency_types);
		list_free(&ex->interfaces);
		list_free(&ex->variants);
	}
	free(c->expansions);
	for (i = 0; i < c->ndefenses; i++) {
		free(c->defenses[i].name);
		free(c->defenses[i].text);
		free(c->defenses[i].policy);
	}
	free(c->defenses);
	for (i = 0; i < c->nprices; i++)
		free(c->prices[i].model);
	free(c->prices);
	rl_strlist_free(&c->classifier_scenarios);
	rl_strlist_free(&c->classifier_names);
	free(c->conditions);
	free(c->file);
	free(c->dir);
	free(c->experiment_id);
	free(c->description);
	free(c->researcher);
	free(c->eval_notice_type);
	free(c->eval_notice_text);
	free(c->classifier_model);
	free(c->extra_system_instructions);
	free(c->pack);
	free(c->judge);
	free(c->output_dir);
	memset(c, 0, sizeof *c);
}

static int check_list(const rl_config *c, const rl_config_list *l, const char *what,
		      const rl_strlist *allowed, const char *extra, const rl_pack *p, rl_err *e)
{
	size_t i, k;
	for (i = 0; i < l->s.n; i++) {
		/* goal values none and ambiguous are the original's neutral values */
		int ok = extra && (!strcmp(l->s.v[i], extra) ||
				   (!strcmp(extra, "none") && !strcmp(l->s.v[i], "ambiguous")));
		for (k = 0; k < allowed->n && !ok; k++)
			ok = !strcmp(allowed->v[k], l->s.v[i]);
		if (!ok) {
			char exp[512];
			size_t n = 0;
			exp[0] = '\0';
			for (k = 0; k < allowed->n && n < sizeof exp; k++)
				n += (size_t)snprintf(exp + n, sizeof exp - n, "%s%s",
						      k ? ", " : "", allowed->v[k]);
			return rl_err_at(
				e, RL_EINVAL, c->file, l->loc[i].line, l->loc[i].col,
				"%s '%s' is not in pack '%s' (expected one of: %s%s%s)%s", what,
				l->s.v[i], rl_pack_name(p), exp, extra ? ", " : "",
				extra ? extra : "",
				/* the usual cause: a config written for another pack */
				"; if the config is for another pack, name it with --pack DIR "
				"(the original study's: redline pack import-original SRC DIR)");
		}
	}
	return 0;
}

int rl_config_check_pack(const rl_config *c, const rl_pack *p, rl_err *e)
{
	rl_strlist scen = {0};
	size_t i;
	int rc = 0;

	for (i = 0; i < rl_pack_scenario_count(p); i++)
		if (rl_strlist_add(&scen, rl_pack_scenario_id(p, i))) {
			rl_strlist_free(&scen);
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		}
	for (i = 0; i < c->nexpansions && !rc; i++) {
		const rl_config_expansion *ex = &c->expansions[i];
		if (!ex->enabled)
			continue;
		rc = check_list(c, &ex->scenarios, "scenario", &scen, NULL, p, e);
		if (!rc)
			rc = check_list(c, &ex->goal_types, "goal type", rl_pack_goal_types(p),
					NULL, p, e);
		if (!rc)
			rc = check_list(c, &ex->goal_values, "goal value", rl_pack_goal_values(p),
					"none", p, e);
		if (!rc)
			rc = check_list(c, &ex->urgency_types, "urgency", rl_pack_urgencies(p),
					NULL, p, e);
	}
	rl_strlist_free(&scen);
	if (!rc && c->extra_ablation && !rl_pack_ablation_text(p, c->extra_ablation))
		rc = rl_err_at(
			e, RL_EINVAL, c->file, c->extra_loc.line, c->extra_loc.col,
			"extra_system_instructions: %s needs the pack's ablations.%s text; pack '%s' "
			"has none (an imported original pack has it when the source had "
			"extra_instructions.json)",
			c->extra_system_instructions,
			c->extra_ablation == RL_ABL_PROHIBIT ? "prohibit" : "extra_goal",
			rl_pack_name(p));
	for (i = 0; i < c->nconditions && !rc; i++)
		rc = rl_pack_check_condition(p, &c->conditions[i], e);
	return rc;
}

void rl_config_render_opts(const rl_config *c, rl_render_opts *ro)
{
	memset(ro, 0, sizeof *ro);
	if (c->eval_notice_enabled) {
		ro->ablations |= RL_ABL_EVAL_NOTICE;
		ro->eval_notice_text = c->eval_notice_text;
	}
	ro->ablations |= c->extra_ablation;
}

const rl_config_model *rl_config_model_find(const rl_config *c, const char *name)
{
	size_t i;
	for (i = 0; i < c->nmodels; i++)
		if (!strcmp(c->models[i].name, name))
			return &c->models[i];
	return NULL;
}

const rl_config_pool *rl_config_pool_for(const rl_config *c, const char *model)
{
	size_t i, k;
	for (i = 0; i < c->npools; i++)
		for (k = 0; k < c->pools[i].models.n; k++)
			if (!fnmatch(c->pools[i].models.v[k], model, 0))
				return &c->pools[i];
	return NULL;
}

long rl_config_provider_limit(const rl_config *c, const char *provider)
{
	size_t i;
	for (i = 0; i < c->nprovider_concurrency; i++)
		if (!strcasecmp(c->provider_concurrency[i].name, provider))
			return c->provider_concurrency[i].value;
	return 0;
}
