/* scan.c: tolerant tag recognisers (see scan.h). Hand-written because they
 * run at every '<' of every transcript: a few comparisons each, no
 * allocation, bounded look-ahead, so the whole scan stays memchr-fast. */
#include "action/scan.h"

#include "redline/action.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define WS_MAX 16

static size_t skip_ws(const char *s, size_t n, size_t j)
{
	size_t k = 0;
	while (j < n && k < WS_MAX &&
	       (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r')) {
		j++;
		k++;
	}
	return j;
}

static int word(const char *s, size_t n, size_t j, const char *w)
{
	size_t l = strlen(w);
	return j + l <= n && !strncasecmp(s + j, w, l);
}

#define ATTR_MAX 4096 /* bytes of attributes one tag may carry */

int rl_scan_attr(const char *s, size_t lim, size_t i, size_t *ks, size_t *ke, size_t *vs,
		 size_t *ve, size_t *next)
{
	size_t j = skip_ws(s, lim, i);
	if (j >= lim || !(isalpha((unsigned char)s[j]) || s[j] == '_'))
		return 0;
	*ks = j;
	while (j < lim && j - *ks < 64 &&
	       (isalnum((unsigned char)s[j]) || s[j] == '_' || s[j] == '-'))
		j++;
	*ke = j;
	j = skip_ws(s, lim, j);
	if (j >= lim || s[j] != '=')
		return 0;
	j = skip_ws(s, lim, j + 1);
	if (j >= lim)
		return 0;
	if (s[j] == '"' || s[j] == '\'') {
		const char *q = memchr(s + j + 1, s[j], lim - j - 1);
		if (!q || memchr(s + j + 1, '\n', (size_t)(q - s) - j - 1))
			return 0;
		*vs = j + 1;
		*ve = (size_t)(q - s);
		*next = *ve + 1;
		return 1;
	}
	*vs = j;
	while (j < lim && !isspace((unsigned char)s[j]) && s[j] != '>' && s[j] != '/' &&
	       s[j] != '"' && s[j] != '\'')
		j++;
	if (j == *vs)
		return 0;
	*ve = *next = j;
	return 1;
}

int rl_scan_tool_tag(const char *s, size_t n, size_t i, rl_tag *t)
{
	size_t j = i + 1;
	if (i >= n || s[i] != '<')
		return 0;
	t->close = 0;
	t->name = t->name_len = 0;
	t->attrs = t->attrs_end = 0;
	t->self_close = 0;
	j = skip_ws(s, n, j);
	if (j < n && s[j] == '/') {
		t->close = 1;
		j = skip_ws(s, n, j + 1);
	}
	if (!word(s, n, j, "tool"))
		return 0;
	j += 4;
	if (j < n && (s[j] == '_' || s[j] == '-' || s[j] == ' '))
		j++;
	if (!word(s, n, j, "use"))
		return 0;
	j += 3;
	j = skip_ws(s, n, j);
	if (j < n && s[j] == ':') {
		size_t k;
		j = skip_ws(s, n, j + 1);
		k = j;
		while (k < n && k - j < 64 &&
		       (isalnum((unsigned char)s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '.'))
			k++;
		if (k == j)
			return 0;
		t->name = j;
		t->name_len = k - j;
		j = skip_ws(s, n, k);
		if (!t->close && j < n && s[j] != '>') {
			size_t lim = n - j > ATTR_MAX ? j + ATTR_MAX : n, ks, ke, vs, ve, nx;
			t->attrs = j;
			while (rl_scan_attr(s, lim, j, &ks, &ke, &vs, &ve, &nx))
				j = nx;
			t->attrs_end = j;
			j = skip_ws(s, n, j);
			if (j < n && s[j] == '/') {
				t->self_close = 1;
				j++;
			}
		}
	} else if (!t->close) {
		/* <tool_use name="NAME" ...>: the name as an attribute */
		size_t lim = n - j > ATTR_MAX ? j + ATTR_MAX : n, ks, ke, vs, ve, nx, k;
		if (!rl_scan_attr(s, lim, j, &ks, &ke, &vs, &ve, &nx) || ke - ks != 4 ||
		    strncasecmp(s + ks, "name", 4) || ve == vs || ve - vs > 64)
			return 0;
		for (k = vs; k < ve; k++)
			if (!(isalnum((unsigned char)s[k]) || s[k] == '_' || s[k] == '-' ||
			      s[k] == '.'))
				return 0;
		t->name = vs;
		t->name_len = ve - vs;
		j = skip_ws(s, n, nx);
		if (j < n && s[j] != '>' && s[j] != '/') {
			t->attrs = j;
			while (rl_scan_attr(s, lim, j, &ks, &ke, &vs, &ve, &nx))
				j = nx;
			t->attrs_end = j;
			j = skip_ws(s, n, j);
		}
		if (j < n && s[j] == '/') {
			t->self_close = 1;
			j++;
		}
	}
	if (j >= n || s[j] != '>')
		return 0;
	t->end = j + 1;
	return 1;
}

int rl_scan_reasoning_tag(const char *s, size_t n, size_t i, rl_tag *t)
{
	/* clang-format off */
	static const char *const names[] = {"scratchpad_reasoning", "scratchpad-reasoning",
					    "scratchpad reasoning", "scratchpad", "thinking",
					    "think", "reasoning", NULL};
	/* clang-format on */
	size_t j = i + 1, k;
	if (i >= n || s[i] != '<')
		return 0;
	t->close = 0;
	t->name = t->name_len = 0;
	j = skip_ws(s, n, j);
	if (j < n && s[j] == '/') {
		t->close = 1;
		j = skip_ws(s, n, j + 1);
	} else if (word(s, n, j, "end") && j + 3 < n && (s[j + 3] == ' ' || s[j + 3] == '_')) {
		t->close = 1;
		j = skip_ws(s, n, j + 4);
	}
	for (k = 0; names[k]; k++)
		if (word(s, n, j, names[k]))
			break;
	if (!names[k])
		return 0;
	j += strlen(names[k]);
	j = skip_ws(s, n, j);
	if (j >= n || s[j] != '>')
		return 0;
	t->end = j + 1;
	return 1;
}

int rl_scan_json_hint(const char *s, size_t n, size_t i)
{
	size_t w = n - i < 256 ? n - i : 256;
	const char *p = s + i;
	return memmem(p, w, "\"name\"", 6) || memmem(p, w, "\"tool", 5) ||
	       memmem(p, w, "\"function", 9) || memmem(p, w, "\"action\"", 8);
}

/* rl_action_hint_exprs (redline/action.h). Every action comes from
 * - a tag: rl_scan_tool_tag needs "tool", one of "_- " or nothing, "use";
 * - a JSON object (native calls, JSON in text): tool_shape (native.c)
 *   needs a key "function", "functionCall", "function_call", "name",
 *   "tool", "tool_name" or "action", and JSON in text is only tried where
 *   rl_scan_json_hint finds "name", "tool, "function or "action" (its
 *   parse failures are what truncate). Keys open with a quote;
 * - a call written as text (textcalls.c, calls.c): ReAct needs "Action
 *   Input:", Llama's form "<function=", gpt-oss's "to=NAME ...<|message|>",
 *   a python-style call an identifier
 *   right before "(" and then a keyword ("k=") or a literal (a quote,
 *   possibly JSON-escaped, a bracket or a digit), newlines (raw or "\n"
 *   escaped in a log line) and blanks allowed between; the XML form
 *   "<invoke name=" or "<function name=" (with any namespace prefix),
 *   Qwen3-Coder's "<function=" (Llama's prefix), GLM's "<arg_key>". */
static const char *const action_hints[] = {
	"tool[_ -]?use",
	"[\"\\n](?:name[\"\\n]|tool|function|action[\"\\n])",
	"action[ _-]?input\\s*:",
	"<function=",
	"to=[\\w.-]+[^\\n]{0,256}<\\|message\\|>",
	"<(?:\\w{1,32}:)?(?:invoke|function)\\s+name=",
	"<arg_key>",
	"\\[ARGS\\]",
	"tool\xe2\x96\x81sep|tool_sep",
	"[a-z_]\\((?:\\s|\\\\n)*(?:[a-z_]\\w*\\s*=|\\\\?[\"']|[\\[{0-9+-])",
	NULL,
};

const char *const *rl_action_hint_exprs(void)
{
	return action_hints;
}
