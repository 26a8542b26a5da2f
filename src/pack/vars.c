/* vars.c: the variable-file parser. Line-oriented and strict (unlike the
 * original's one regular expression, which silently skipped anything
 * malformed) so a researcher's typo is reported as file:line:col instead
 * of rendering a prompt with a hole in it. JSON itself is parsed by
 * jansson; only the Markdown framing is hand-written. */
#include "pack/vars.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

void rl_varfile_free(rl_varfile *f)
{
	size_t i, j;
	if (!f)
		return;
	for (i = 0; i < f->nsecs; i++) {
		rl_varsec *s = &f->secs[i];
		for (j = 0; j < s->nkv; j++) {
			free(s->kv[j].k);
			free(s->kv[j].v);
		}
		free(s->kv);
		free(s->name);
		free(s->norm);
	}
	free(f->secs);
	free(f->path);
	memset(f, 0, sizeof *f);
}

char *rl_varsec_normalize(const char *name)
{
	char *s = strdup(name), *p;
	if (!s)
		return NULL;
	for (p = s; *p; p++) {
		if (*p == ' ' || *p == '-')
			*p = '_';
		else
			*p = (char)tolower((unsigned char)*p);
	}
	return s;
}

const rl_varsec *rl_varfile_section(const rl_varfile *f, const char *name)
{
	size_t i;
	for (i = 0; i < f->nsecs; i++)
		if (!strcmp(f->secs[i].name, name))
			return &f->secs[i];
	for (i = 0; i < f->nsecs; i++)
		if (!strcmp(f->secs[i].norm, name))
			return &f->secs[i];
	return NULL;
}

const char *rl_varsec_get(const rl_varsec *s, const char *key, size_t len)
{
	size_t i;
	if (!s)
		return NULL;
	for (i = 0; i < s->nkv; i++)
		if (!strncmp(s->kv[i].k, key, len) && s->kv[i].k[len] == '\0')
			return s->kv[i].v;
	return NULL;
}

/* A line [p, p+len) without its '\n' (and a trailing '\r'). */
typedef struct line {
	const char *p;
	size_t len;
	unsigned no;
	size_t off; /* byte offset of the line start */
} line;

static int next_line(const char *data, size_t n, size_t *pos, unsigned *no, line *l)
{
	const char *nl;
	if (*pos >= n)
		return 0;
	l->p = data + *pos;
	l->off = *pos;
	nl = memchr(l->p, '\n', n - *pos);
	l->len = nl ? (size_t)(nl - l->p) : n - *pos;
	*pos += l->len + (nl ? 1 : 0);
	if (l->len && l->p[l->len - 1] == '\r')
		l->len--;
	l->no = ++*no;
	return 1;
}

static size_t rtrim_len(const char *p, size_t len)
{
	while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
		len--;
	return len;
}

static int is_blank(const line *l)
{
	return rtrim_len(l->p, l->len) == 0;
}

static int is_fence_open(const line *l)
{
	return rtrim_len(l->p, l->len) == 7 && !memcmp(l->p, "```json", 7);
}

static int is_fence_close(const line *l)
{
	return rtrim_len(l->p, l->len) == 3 && !memcmp(l->p, "```", 3);
}

static int is_heading(const line *l)
{
	return l->len >= 3 && l->p[0] == '#' && l->p[1] == '#' && l->p[2] == ' ';
}

/* Parse one JSON object body into `s`. `first_line` is the file line of
 * the body's first byte (jansson's lines are 1-based within the body). */
static int parse_json(const char *path, const char *body, size_t blen, unsigned first_line,
		      rl_varsec *s, rl_err *e)
{
	json_error_t je;
	json_t *root = json_loadb(body, blen, JSON_REJECT_DUPLICATES, &je);
	const char *k;
	json_t *v;
	size_t n;

	if (!root)
		return rl_err_at(e, RL_EINVAL, path,
				 first_line + (unsigned)(je.line > 0 ? je.line - 1 : 0),
				 je.column > 0 ? (unsigned)je.column : 1,
				 "malformed JSON in section '%s': %s", s->name, je.text);
	if (!json_is_object(root)) {
		json_decref(root);
		return rl_err_at(e, RL_EINVAL, path, first_line, 1,
				 "section '%s': expected a JSON object of string variables",
				 s->name);
	}
	n = json_object_size(root);
	s->kv = calloc(n ? n : 1, sizeof *s->kv);
	if (!s->kv) {
		json_decref(root);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	json_object_foreach(root, k, v) {
		if (!json_is_string(v)) {
			int rc = rl_err_at(e, RL_EINVAL, path, first_line, 1,
					   "section '%s': variable '%s' must be a string", s->name,
					   k);
			json_decref(root); /* after the message: `k` lives in root */
			return rc;
		}
		s->kv[s->nkv].k = strdup(k);
		s->kv[s->nkv].v = strndup(json_string_value(v), json_string_length(v));
		if (!s->kv[s->nkv].k || !s->kv[s->nkv].v) {
			free(s->kv[s->nkv].k);
			free(s->kv[s->nkv].v);
			json_decref(root);
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		}
		s->nkv++;
	}
	json_decref(root);
	return 0;
}

int rl_varfile_parse(const char *path, const char *data, size_t n, rl_varfile *out, rl_err *e)
{
	size_t pos = 0;
	unsigned no = 0;
	line l;
	int rc = 0;

	memset(out, 0, sizeof *out);
	out->path = strdup(path ? path : "<input>");
	if (!out->path)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	if (memchr(data, '\0', n))
		return rl_err_at(e, RL_EINVAL, out->path, 0, 0,
				 "binary data (NUL byte) in a variable file");
	while (next_line(data, n, &pos, &no, &l)) {
		rl_varsec *s, *secs;
		size_t nlen, i, body_start, body_end = 0;
		const char *name;
		unsigned heading_line = l.no, body_line;
		int closed = 0;

		if (is_fence_open(&l))
			return rl_err_at(e, RL_EINVAL, out->path, l.no, 1,
					 "```json fence without a '## Section' heading before it");
		if (!is_heading(&l))
			continue;
		name = l.p + 3;
		nlen = l.len - 3;
		while (nlen && (*name == ' ' || *name == '\t'))
			name++, nlen--;
		nlen = rtrim_len(name, nlen);
		if (!nlen)
			return rl_err_at(e, RL_EINVAL, out->path, l.no, 4,
					 "expected a section name after '## '");
		secs = realloc(out->secs, (out->nsecs + 1) * sizeof *secs);
		if (!secs)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		out->secs = secs;
		s = &out->secs[out->nsecs];
		memset(s, 0, sizeof *s);
		out->nsecs++;
		s->line = heading_line;
		s->name = strndup(name, nlen);
		if (!s->name || !(s->norm = rl_varsec_normalize(s->name)))
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		for (i = 0; i + 1 < out->nsecs; i++)
			if (!strcmp(out->secs[i].norm, s->norm))
				return rl_err_at(e, RL_EINVAL, out->path, l.no, 4,
						 "duplicate section '%s' (first at line %u)",
						 s->name, out->secs[i].line);
		/* blank lines, then the fence */
		do {
			if (!next_line(data, n, &pos, &no, &l))
				return rl_err_at(
					e, RL_EINVAL, out->path, heading_line, 1,
					"section '%s': expected a ```json fence after the heading, found end of file",
					s->name);
		} while (is_blank(&l));
		if (!is_fence_open(&l))
			return rl_err_at(e, RL_EINVAL, out->path, l.no, 1,
					 "section '%s': expected a ```json fence after the heading",
					 s->name);
		body_start = pos;
		body_line = l.no + 1;
		while (next_line(data, n, &pos, &no, &l)) {
			if (is_fence_close(&l)) {
				closed = 1;
				body_end = l.off;
				break;
			}
			if (is_heading(&l) || is_fence_open(&l))
				break;
		}
		if (!closed)
			return rl_err_at(e, RL_EINVAL, out->path, body_line - 1, 1,
					 "section '%s': ```json fence is not closed by a ``` line",
					 s->name);
		rc = parse_json(out->path, data + body_start, body_end - body_start, body_line, s,
				e);
		if (rc)
			return rc;
	}
	return 0;
}
