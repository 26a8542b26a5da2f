/* decode.c: answers that reached us through one more encoder than the
 * model wrote. Exports and logs sometimes hand over a model's answer
 * HTML-escaped (its tool tags as &lt;tool_use:email&gt;, its quotes as
 * &quot;) or JSON-string-encoded a second time (one line, the model's
 * newlines and quotes as literal \n and \"). Read as they are, such answers
 * hold no tool block, or blocks whose fields do not parse, so an act goes
 * unseen. The rule is about the shape of the whole text, never its words:
 *   HTML: an entity-escaped tag (&lt;tool..., &lt;think...) or an
 *         entity-escaped quote with no raw '"' anywhere in the text;
 *   JSON: no newline byte at all, at least two literal \n, and one of
 *         them next to a tag ("\n<" or ">\n").
 * Hand-written (a few lines): the decoders we link (jansson, libxml is not
 * a dependency) want a whole JSON document or an HTML parser, and here the
 * output must carry a map back to the source offsets. */
#include "action/internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int ci_has(const char *s, size_t n, const char *nd)
{
	size_t l = strlen(nd), i;
	if (n < l)
		return 0;
	for (i = 0; i + l <= n; i++) {
		const char *p = memchr(s + i, nd[0], n - i - l + 1);
		if (!p)
			return 0;
		i = (size_t)(p - s);
		if (!strncasecmp(p, nd, l))
			return 1;
	}
	return 0;
}

static int html_encoded(const char *s, size_t n)
{
	static const char *const tags[] = {"&lt;tool",       "&lt;/tool",     "&lt;think",
					   "&lt;scratchpad", "&lt;reasoning", NULL};
	size_t k;
	if (!memchr(s, '&', n)) /* every form below starts with '&' */
		return 0;
	for (k = 0; tags[k]; k++)
		if (ci_has(s, n, tags[k]))
			return 1;
	return (memmem(s, n, "&quot;", 6) || memmem(s, n, "&#34;", 5)) && !memchr(s, '"', n);
}

static int json_encoded(const char *s, size_t n)
{
	size_t i, lit = 0;
	int by_tag = 0;
	if (memchr(s, '\n', n))
		return 0;
	for (i = 0; i + 1 < n; i++) {
		if (s[i] != '\\')
			continue;
		if (s[i + 1] == 'n') {
			lit++;
			if ((i + 2 < n && s[i + 2] == '<') || (i > 0 && s[i - 1] == '>'))
				by_tag = 1;
		}
		i++; /* an escaped backslash is one unit */
	}
	return lit >= 2 && by_tag;
}

/* Append the UTF-8 encoding of cp (bounded to the Unicode range). */
static void put_utf8(rl_buf *o, unsigned long cp)
{
	char u[4];
	size_t l;
	if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		u[0] = (char)cp;
		l = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3F));
		l = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		l = 3;
	} else {
		u[0] = (char)(0xF0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[3] = (char)(0x80 | (cp & 0x3F));
		l = 4;
	}
	(void)rl_buf_add(o, u, l);
}

/* One HTML entity at s[i] == '&': its decoded bytes into o, the source
 * length, or 0 when it is not one we decode (then '&' is copied as is). */
static size_t html_entity(const char *s, size_t n, size_t i, rl_buf *o)
{
	static const struct {
		const char *e;
		char c;
	} named[] = {{"&lt;", '<'},   {"&gt;", '>'},    {"&amp;", '&'},
		     {"&quot;", '"'}, {"&apos;", '\''}, {NULL, 0}};
	size_t k, j;
	unsigned long cp = 0;
	for (k = 0; named[k].e; k++) {
		size_t l = strlen(named[k].e);
		if (i + l <= n && !memcmp(s + i, named[k].e, l)) {
			(void)rl_buf_add(o, &named[k].c, 1);
			return l;
		}
	}
	if (i + 3 >= n || s[i + 1] != '#')
		return 0;
	j = i + 2;
	if (s[j] == 'x' || s[j] == 'X') {
		for (j++; j < n && j - i < 10 && strchr("0123456789abcdefABCDEF", s[j]) && s[j];
		     j++)
			cp = cp * 16 +
			     (unsigned long)(s[j] <= '9' ? s[j] - '0' : (s[j] | 0x20) - 'a' + 10);
	} else {
		for (; j < n && j - i < 10 && s[j] >= '0' && s[j] <= '9'; j++)
			cp = cp * 10 + (unsigned long)(s[j] - '0');
	}
	if (j >= n || s[j] != ';' || j <= i + 2 || (j == i + 3 && (s[i + 2] | 0x20) == 'x'))
		return 0;
	put_utf8(o, cp);
	return j + 1 - i;
}

/* One JSON string escape at s[i] == '\\'. */
static size_t json_escape(const char *s, size_t n, size_t i, rl_buf *o)
{
	char c;
	if (i + 1 >= n)
		return 0;
	switch (s[i + 1]) {
	case 'n': c = '\n'; break;
	case 'r': c = '\r'; break;
	case 't': c = '\t'; break;
	case '"': c = '"'; break;
	case '\\': c = '\\'; break;
	case '/': c = '/'; break;
	default: return 0;
	}
	(void)rl_buf_add(o, &c, 1);
	return 2;
}

int ac_decode_answer(const char *s, size_t n, rl_buf *out, size_t **map)
{
	int html;
	size_t i = 0, *m;
	*map = NULL;
	if (!s || !n)
		return 0;
	html = html_encoded(s, n);
	if (!html && !json_encoded(s, n))
		return 0;
	rl_buf_reset(out);
	/* decoding never lengthens the text (the shortest entity or escape is
	 * at least as long as what it decodes to), so after this growth no
	 * add below can fail, and n + 1 map entries suffice */
	m = malloc((n + 1) * sizeof *m);
	if (!m || rl_buf_grow(out, n + 1)) {
		free(m);
		return -1;
	}
	while (i < n) {
		size_t before = out->len, used = 0, k;
		if (html && s[i] == '&')
			used = html_entity(s, n, i, out);
		else if (!html && s[i] == '\\')
			used = json_escape(s, n, i, out);
		if (!used) {
			(void)rl_buf_add(out, s + i, 1);
			used = 1;
		}
		for (k = before; k < out->len; k++)
			m[k] = i;
		i += used;
	}
	m[out->len] = n;
	*map = m;
	return 1;
}
