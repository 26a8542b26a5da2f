/* yaml.c: typed access to libyaml documents with located errors.
 * libyaml does the parsing; this file only adds types and messages. */
#include "base/yaml.h"
#include "base/fs.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int rl_yaml_load(rl_yaml *y, const char *file, const char *data, size_t n, rl_err *e)
{
	yaml_parser_t p;
	int ok;

	memset(y, 0, sizeof *y);
	y->file = strdup(file ? file : "<input>");
	if (!y->file)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	if (!yaml_parser_initialize(&p))
		return rl_err_set(e, RL_ENOMEM, "%s: cannot initialise YAML parser", y->file);
	yaml_parser_set_input_string(&p, (const unsigned char *)data, n);
	ok = yaml_parser_load(&p, &y->doc);
	if (!ok) {
		yaml_mark_t m = p.problem_mark;
		if (p.error == YAML_MEMORY_ERROR)
			rl_err_set(e, RL_ENOMEM, "%s: out of memory", y->file);
		else if (p.context)
			rl_err_at(e, RL_EINVAL, y->file, (unsigned)m.line + 1,
				  (unsigned)m.column + 1, "malformed YAML: %s %s", p.problem,
				  p.context);
		else
			rl_err_at(e, RL_EINVAL, y->file, (unsigned)m.line + 1,
				  (unsigned)m.column + 1, "malformed YAML: %s",
				  p.problem ? p.problem : "parse error");
		yaml_parser_delete(&p);
		return e ? e->code : RL_EINVAL;
	}
	y->loaded = 1;
	yaml_parser_delete(&p);
	return 0;
}

int rl_yaml_load_file(rl_yaml *y, const char *path, rl_err *e)
{
	rl_buf b = RL_BUF_INIT;
	int rc;

	memset(y, 0, sizeof *y);
	rc = rl_read_file(path, 64u << 20, &b, e);
	if (!rc)
		rc = rl_yaml_load(y, path, b.s, b.len, e);
	rl_buf_free(&b);
	return rc;
}

void rl_yaml_free(rl_yaml *y)
{
	if (y->loaded)
		yaml_document_delete(&y->doc);
	free(y->file);
	memset(y, 0, sizeof *y);
}

yaml_node_t *rl_yaml_root(rl_yaml *y)
{
	return y->loaded ? yaml_document_get_root_node(&y->doc) : NULL;
}

/* clang-format off */
int rl_yaml_is_map(const yaml_node_t *n) { return n && n->type == YAML_MAPPING_NODE; }
int rl_yaml_is_seq(const yaml_node_t *n) { return n && n->type == YAML_SEQUENCE_NODE; }
int rl_yaml_is_scalar(const yaml_node_t *n) { return n && n->type == YAML_SCALAR_NODE; }
/* clang-format on */

const char *rl_yaml_str(const yaml_node_t *n)
{
	return rl_yaml_is_scalar(n) ? (const char *)n->data.scalar.value : NULL;
}

int rl_yaml_is_null(const yaml_node_t *n)
{
	const char *s = rl_yaml_str(n);
	if (!s || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return 0;
	return !*s || !strcmp(s, "~") || !strcmp(s, "null") || !strcmp(s, "Null") ||
	       !strcmp(s, "NULL");
}

/* clang-format off */
unsigned rl_yaml_line(const yaml_node_t *n) { return n ? (unsigned)n->start_mark.line + 1 : 0; }
unsigned rl_yaml_col(const yaml_node_t *n) { return n ? (unsigned)n->start_mark.column + 1 : 0; }
/* clang-format on */

size_t rl_yaml_count(const yaml_node_t *n)
{
	if (rl_yaml_is_map(n))
		return (size_t)(n->data.mapping.pairs.top - n->data.mapping.pairs.start);
	if (rl_yaml_is_seq(n))
		return (size_t)(n->data.sequence.items.top - n->data.sequence.items.start);
	return 0;
}

int rl_yaml_pair(rl_yaml *y, const yaml_node_t *map, size_t i, yaml_node_t **k, yaml_node_t **v)
{
	yaml_node_pair_t *p;

	if (!rl_yaml_is_map(map) || i >= rl_yaml_count(map))
		return RL_EINVAL;
	p = map->data.mapping.pairs.start + i;
	*k = yaml_document_get_node(&y->doc, p->key);
	*v = yaml_document_get_node(&y->doc, p->value);
	return 0;
}

yaml_node_t *rl_yaml_item(rl_yaml *y, const yaml_node_t *seq, size_t i)
{
	if (!rl_yaml_is_seq(seq) || i >= rl_yaml_count(seq))
		return NULL;
	return yaml_document_get_node(&y->doc, seq->data.sequence.items.start[i]);
}

yaml_node_t *rl_yaml_get(rl_yaml *y, const yaml_node_t *map, const char *key)
{
	size_t i, n = rl_yaml_count(map);
	yaml_node_t *k = NULL, *v = NULL;

	if (!rl_yaml_is_map(map))
		return NULL;
	for (i = 0; i < n; i++) {
		const char *ks;
		rl_yaml_pair(y, map, i, &k, &v);
		ks = rl_yaml_str(k);
		if (ks && strcmp(ks, key) == 0)
			return v;
	}
	return NULL;
}

int rl_yaml_err(rl_yaml *y, const yaml_node_t *n, rl_err *e, int code, const char *fmt, ...)
{
	char msg[RL_ERR_MSG_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return rl_err_at(e, code, y->file, rl_yaml_line(n), rl_yaml_col(n), "%s", msg);
}

/* The scalar text of `n` in *s, or an error "expected <what>, got a
 * mapping/a list/nothing" at the node: the first step of every typed read. */
static int scalar(rl_yaml *y, const yaml_node_t *n, rl_err *e, const char *what, const char **s)
{
	const char *d = !n                  ? "nothing"
			: rl_yaml_is_map(n) ? "a mapping"
			: rl_yaml_is_seq(n) ? "a list"
					    : NULL;
	if (d)
		return rl_yaml_err(y, n, e, RL_EINVAL, "expected %s, got %s", what, d);
	*s = rl_yaml_str(n);
	return 0;
}

int rl_yaml_string(rl_yaml *y, const yaml_node_t *n, const char **out, rl_err *e)
{
	return scalar(y, n, e, "a string", out);
}

int rl_yaml_long(rl_yaml *y, const yaml_node_t *n, long *out, rl_err *e)
{
	const char *s = NULL;
	char *end;
	long v;
	int rc = scalar(y, n, e, "an integer", &s);

	if (rc)
		return rc;
	errno = 0;
	v = strtol(s, &end, 10);
	if (!*s || *end || errno)
		return rl_yaml_err(y, n, e, RL_EINVAL, "expected an integer, got '%.80s'", s);
	*out = v;
	return 0;
}

int rl_yaml_double(rl_yaml *y, const yaml_node_t *n, double *out, rl_err *e)
{
	const char *s = NULL;
	char *end;
	double v;
	int rc = scalar(y, n, e, "a number", &s);

	if (rc)
		return rc;
	errno = 0;
	v = strtod(s, &end);
	if (!*s || *end || errno || !isfinite(v))
		return rl_yaml_err(y, n, e, RL_EINVAL, "expected a number, got '%.80s'", s);
	*out = v;
	return 0;
}

int rl_yaml_bool(rl_yaml *y, const yaml_node_t *n, int *out, rl_err *e)
{
	const char *s = NULL;
	int rc = scalar(y, n, e, "true or false", &s);

	if (rc)
		return rc;
	if (!strcasecmp(s, "true") || !strcasecmp(s, "yes") || !strcasecmp(s, "on")) {
		*out = 1;
		return 0;
	}
	if (!strcasecmp(s, "false") || !strcasecmp(s, "no") || !strcasecmp(s, "off")) {
		*out = 0;
		return 0;
	}
	return rl_yaml_err(y, n, e, RL_EINVAL, "expected true or false, got '%.80s'", s);
}

int rl_yaml_check_keys(rl_yaml *y, const yaml_node_t *map, const char *const *allowed, rl_err *e)
{
	size_t i, j, n = rl_yaml_count(map);
	yaml_node_t *k, *v, *k2, *v2;

	if (!rl_yaml_is_map(map))
		return rl_yaml_err(y, map, e, RL_EINVAL, "expected a mapping, got %s",
				   map ? (rl_yaml_is_seq(map) ? "a list" : "a scalar") : "nothing");
	for (i = 0; i < n; i++) {
		const char *ks, *const *a;
		rl_yaml_pair(y, map, i, &k, &v);
		ks = rl_yaml_str(k);
		if (!ks)
			return rl_yaml_err(y, k, e, RL_EINVAL, "expected a string key");
		for (a = allowed; *a; a++)
			if (!strcmp(*a, ks))
				break;
		if (!*a) {
			char list[512];
			size_t off = 0;
			list[0] = '\0';
			for (a = allowed; *a && off < sizeof list; a++)
				off += (size_t)snprintf(list + off, sizeof list - off, "%s%s",
							a == allowed ? "" : ", ", *a);
			return rl_yaml_err(y, k, e, RL_EINVAL,
					   "unknown key '%.80s' (expected one of: %s)", ks, list);
		}
		for (j = 0; j < i; j++) {
			rl_yaml_pair(y, map, j, &k2, &v2);
			if (!strcmp(rl_yaml_str(k2) ? rl_yaml_str(k2) : "", ks))
				return rl_yaml_err(y, k, e, RL_EINVAL,
						   "duplicate key '%.80s' (first at line %u)", ks,
						   rl_yaml_line(k2));
		}
	}
	return 0;
}

static json_t *to_json(rl_yaml *y, const yaml_node_t *n, int depth)
{
	size_t i;
	const char *s = NULL;
	char *end;

	if (!n || depth > RL_YAML_MAX_DEPTH)
		return NULL;
	if (rl_yaml_is_map(n)) {
		json_t *o = json_object();
		for (i = 0; o && i < rl_yaml_count(n); i++) {
			yaml_node_t *k, *v;
			json_t *jv;
			if (rl_yaml_pair(y, n, i, &k, &v) || !rl_yaml_str(k) ||
			    !(jv = to_json(y, v, depth + 1)) ||
			    json_object_set_new(o, rl_yaml_str(k), jv)) {
				json_decref(o);
				return NULL;
			}
		}
		return o;
	}
	if (rl_yaml_is_seq(n)) {
		json_t *a = json_array();
		for (i = 0; a && i < rl_yaml_count(n); i++) {
			json_t *jv = to_json(y, rl_yaml_item(y, n, i), depth + 1);
			if (!jv || json_array_append_new(a, jv)) {
				json_decref(a);
				return NULL;
			}
		}
		return a;
	}
	s = rl_yaml_str(n);
	if (!s)
		return NULL;
	if (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {
		long long ll;
		double d;
		if (rl_yaml_is_null(n))
			return json_null();
		if (!strcmp(s, "true") || !strcmp(s, "True"))
			return json_true();
		if (!strcmp(s, "false") || !strcmp(s, "False"))
			return json_false();
		errno = 0;
		ll = strtoll(s, &end, 10);
		if (*s && !*end && !errno)
			return json_integer(ll);
		d = strtod(s, &end);
		if (*s && !*end &&
		    isfinite(d)) /* "nan", "inf": JSON has no such number, keep the text */
			return json_real(d);
	}
	return json_string(s);
}

struct json_t *rl_yaml_to_json(rl_yaml *y, const yaml_node_t *n)
{
	return to_json(y, n, 0);
}
