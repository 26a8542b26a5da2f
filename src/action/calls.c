/* calls.c: tool calls written as function calls. Several model families
 * answer a tool-use prompt in code rather than in the tag format:
 * Gemini-family models in ```tool_code fences (`print(default_api.NAME(
 * key="value"))`), others as a bare `NAME(key='value')` in a ```python
 * fence or on a line of its own. The rule is strict so that prose and
 * ordinary code stay out:
 *   - the call starts a line (after blanks), optionally wrapped in
 *     print( ... ) and prefixed default_api. / functions. / tools. / api.;
 *   - the name is a bare identifier, not a Python builtin;
 *   - every argument is keyword=literal (a string in either quote style,
 *     triple-quoted too, a number, True/False/None), at least one;
 *   - nothing but blanks, `)`, `;` or a fence follows on its line.
 * A call named in a sentence ("I could call `cancel(code=...)`") is a
 * mention, as a tag mid-sentence is. Hand-written: no library parses
 * "a Python call expression, tolerantly, with source offsets". */
#include "action/internal.h"

#include <ctype.h>
#include <string.h>

#define CALL_MAX ((size_t)64 << 10) /* bytes one call's arguments may span */

static const char *const prefixes[] = {"default_api.", "functions.", "tools.", "api.", NULL};
static const char *const builtins[] = {"print",      "dict",    "list",    "set",   "tuple",
				       "str",        "int",     "float",   "bool",  "range",
				       "len",        "open",    "format",  "super", "type",
				       "isinstance", "getattr", "setattr", NULL};

static int is_id(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

int ac_py_builtin(const char *name, size_t n)
{
	size_t k;
	for (k = 0; builtins[k]; k++)
		if (strlen(builtins[k]) == n && !memcmp(name, builtins[k], n))
			return 1;
	return 0;
}

size_t ac_py_api_prefix(const char *name, size_t n)
{
	size_t k;
	for (k = 0; prefixes[k]; k++)
		if (n > strlen(prefixes[k]) && !memcmp(name, prefixes[k], strlen(prefixes[k])))
			return strlen(prefixes[k]);
	return 0;
}

static size_t skip_space(const char *s, size_t n, size_t j, size_t lim)
{
	while (j < n && j < lim && isspace((unsigned char)s[j]))
		j++;
	return j;
}

/* A string literal at s[j] (a quote): its value into out, its raw span
 * [*vs, *ve), the position after it; 0 if it does not close in bounds. */
static size_t str_lit(const char *s, size_t n, size_t j, size_t lim, rl_buf *out, size_t *vs,
		      size_t *ve, int *verbatim)
{
	char q = s[j];
	int triple = j + 2 < n && s[j + 1] == q && s[j + 2] == q;
	size_t k = j + (triple ? 3 : 1);
	*vs = k;
	*verbatim = 1;
	rl_buf_reset(out);
	while (k < n && k < lim) {
		char c = s[k];
		if (c == '\\' && k + 1 < n) {
			char d = s[k + 1], r = d;
			if (d == 'n')
				r = '\n';
			else if (d == 't')
				r = '\t';
			else if (d == 'r')
				r = '\r';
			else if (d != '"' && d != '\'' && d != '\\')
				(void)rl_buf_add(out, "\\", 1);
			(void)rl_buf_add(out, &r, 1);
			*verbatim = 0;
			k += 2;
			continue;
		}
		if (c == q && (!triple || (k + 2 < n && s[k + 1] == q && s[k + 2] == q))) {
			*ve = k;
			return k + (triple ? 3 : 1);
		}
		if (c == '\n' && !triple)
			return 0;
		(void)rl_buf_add(out, &c, 1);
		k++;
	}
	return 0;
}

/* Try a call on the line starting at ls; on success add the action and
 * return the position after the call's line, else 0. */
static size_t try_call(ac_builder *b, const char *s, size_t n, size_t ls, int source, rl_buf *tmp)
{
	size_t j = ls, name, name_len, k, lim, start;
	int wrapped = 0;
	ac_fieldset fs;
	rl_action *a;

	while (j < n && ac_is_hspace(s[j]))
		j++;
	start = j;
	if (j + 6 <= n && !memcmp(s + j, "print(", 6)) {
		wrapped = 1;
		j += 6;
	}
	for (k = 0; prefixes[k]; k++) {
		size_t l = strlen(prefixes[k]);
		if (j + l <= n && !memcmp(s + j, prefixes[k], l)) {
			j += l;
			break;
		}
	}
	name = j;
	while (j < n && j - name < 64 && is_id(s[j]))
		j++;
	name_len = j - name;
	if (!name_len || isdigit((unsigned char)s[name]) || j >= n || s[j] != '(')
		return 0;
	for (k = 0; builtins[k]; k++)
		if (strlen(builtins[k]) == name_len && !memcmp(s + name, builtins[k], name_len))
			return 0;
	lim = n - j > CALL_MAX ? j + CALL_MAX : n;
	j++;
	fs.n = 0;
	for (;;) {
		size_t ks, ke, vs, ve;
		int verb = 1;
		j = skip_space(s, n, j, lim);
		if (j >= lim)
			return 0;
		if (s[j] == ')')
			break;
		ks = j;
		while (j < lim && is_id(s[j]))
			j++;
		ke = j;
		if (ke == ks || isdigit((unsigned char)s[ks]))
			return 0;
		j = skip_space(s, n, j, lim);
		if (j >= lim || s[j] != '=' || (j + 1 < n && s[j + 1] == '='))
			return 0;
		j = skip_space(s, n, j + 1, lim);
		if (j >= lim)
			return 0;
		if (s[j] == '"' || s[j] == '\'') {
			j = str_lit(s, n, j, lim, tmp, &vs, &ve, &verb);
			if (!j)
				return 0;
			ac_field_add(b, &fs, s + ks, ke - ks, tmp->s, tmp->len, vs, ve, verb);
		} else {
			vs = j;
			while (j < lim && (isalnum((unsigned char)s[j]) || s[j] == '.' ||
					   s[j] == '-' || s[j] == '+'))
				j++;
			ve = j;
			if (ve == vs)
				return 0;
			if (!isdigit((unsigned char)s[vs]) && s[vs] != '-' && s[vs] != '+' &&
			    !(ve - vs == 4 &&
			      (!memcmp(s + vs, "True", 4) || !memcmp(s + vs, "None", 4))) &&
			    !(ve - vs == 5 && !memcmp(s + vs, "False", 5)))
				return 0;
			ac_field_add(b, &fs, s + ks, ke - ks, s + vs, ve - vs, vs, ve, 1);
		}
		if (b->oom)
			return 0;
		j = skip_space(s, n, j, lim);
		if (j < lim && s[j] == ',') {
			j++;
			continue;
		}
		if (j < lim && s[j] == ')')
			break;
		return 0;
	}
	if (!fs.n)
		return 0;
	j++; /* the call's ')' */
	k = j;
	while (k < n && ac_is_hspace(s[k]))
		k++;
	if (wrapped) {
		if (k >= n || s[k] != ')')
			return 0;
		k++;
	}
	while (k < n && (ac_is_hspace(s[k]) || s[k] == ';'))
		k++;
	if (k < n && s[k] != '\n' && s[k] != '`')
		return 0;
	a = ac_push_action(b);
	if (!a)
		return 0;
	a->tool = ac_lower_dup(b->ar, s + name, name_len);
	if (!a->tool) {
		b->oom = 1;
		return 0;
	}
	ac_commit_fields(b, a, &fs);
	a->source = source;
	a->origin = RL_ORIGIN_TAG;
	a->start = start;
	a->end = j;
	a->closed = 1;
	return k;
}

void ac_scan_calls(ac_builder *b, const char *s, size_t n, int source)
{
	size_t ls = 0;
	rl_buf tmp = RL_BUF_INIT;
	while (ls < n && !b->oom) {
		const char *nl;
		size_t next = 0, j = ls;
		/* cheap test first: an identifier character and a '(' on the line */
		while (j < n && ac_is_hspace(s[j]))
			j++;
		nl = memchr(s + j, '\n', n - j);
		if (j < n && (is_id(s[j])) && memchr(s + j, '(', (nl ? (size_t)(nl - s) : n) - j))
			next = try_call(b, s, n, ls, source, &tmp);
		if (next > ls) {
			ls = next;
			continue;
		}
		if (!nl)
			break;
		ls = (size_t)(nl - s) + 1;
	}
	rl_buf_free(&tmp);
}
