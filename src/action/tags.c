/* tags.c: one block of the original's tag format (`<tool_use:NAME> ...
 * </tool_use:NAME>`) into fields. Model output is untrusted and sloppy, so
 * the parser is hand-written and tolerant (no grammar library accepts
 * "almost the original's tag format"): keys in any case and spacing,
 * quoted values with or without escapes, unquoted and multi-line values,
 * XML-style fields, missing closing tags, markdown fences, JSON bodies. */
#include "action/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int is_ident(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '-';
}

static int field_seen(const ac_fieldset *fs, const char *name, size_t n)
{
	size_t i, j;
	for (i = 0; i < fs->n; i++) {
		const char *s = fs->f[i].name;
		for (j = 0; j < n; j++) {
			char c = (char)tolower((unsigned char)name[j]);
			if (c == ' ' || c == '-')
				c = '_';
			if (s[j] != c)
				break;
		}
		if (j == n && s[n] == '\0')
			return 1;
	}
	return 0;
}
static size_t line_end(const char *s, size_t n, size_t i)
{
	const char *p = memchr(s + i, '\n', n - i);
	return p ? (size_t)(p - s) : n;
}

/* Is there a `key:` at i (after blanks, an optional list bullet and
 * quotes)? Sets key span and the position after the colon. */
static int key_at(const char *s, size_t n, size_t i, size_t *ks, size_t *ke, size_t *after)
{
	size_t j = i, k;
	int q = 0, bold = 0;
	while (j < n && ac_is_hspace(s[j]))
		j++;
	if (j < n && (s[j] == '-' || s[j] == '*') && j + 1 < n && s[j + 1] == ' ')
		j += 2;
	while (j < n && ac_is_hspace(s[j]))
		j++;
	/* Markdown bold keys: "**to:**" or "**to**:" */
	if (j + 1 < n && s[j] == '*' && s[j + 1] == '*') {
		j += 2;
		bold = 1;
	}
	if (j < n && (s[j] == '"' || s[j] == '\'')) {
		q = s[j];
		j++;
	}
	if (j >= n || !(isalpha((unsigned char)s[j]) || s[j] == '_'))
		return 0;
	k = j;
	while (k < n && k - j < 40 &&
	       (is_ident(s[k]) || (s[k] == ' ' && k + 1 < n && is_ident(s[k + 1]))))
		k++;
	*ks = j;
	*ke = k;
	if (q && k < n && s[k] == q)
		k++;
	if (bold && k + 1 < n && s[k] == '*' && s[k + 1] == '*')
		k += 2;
	while (k < n && ac_is_hspace(s[k]))
		k++;
	if (k >= n || s[k] != ':')
		return 0;
	/* "http://..." or "10:30" are not keys */
	if (k + 1 < n && s[k + 1] == '/')
		return 0;
	*after = k + 1;
	if (bold && k + 2 < n && s[k + 1] == '*' && s[k + 2] == '*')
		*after = k + 3;
	return 1;
}

static int is_fence_line(const char *s, size_t n, size_t i)
{
	while (i < n && ac_is_hspace(s[i]))
		i++;
	return i + 3 <= n && !memcmp(s + i, "```", 3);
}

/* Known field names: a line starting with one of these (not yet seen)
 * ends an unquoted multi-line value. */
static int known_key(const char *s, size_t n)
{
	static const char *const k[] = {
		"to",          "cc",         "bcc",       "from",       "subject",       "body",
		"email_id",    "id",         "code",      "message",    "content",       "text",
		"attachments", "attachment", "recipient", "recipients", "reason",        "title",
		"command",     "path",       "url",       "query",      "override_code", NULL};
	size_t i;
	for (i = 0; k[i]; i++)
		if (strlen(k[i]) == n && !strncasecmp(s, k[i], n))
			return 1;
	return 0;
}

/* An XML-style field of a known name at s[i] == '<': "<to>a@b</to>".
 * Sets the name and value spans and where parsing goes on; the value may
 * not run past the next tool tag. */
static int xml_field(const char *s, size_t n, size_t i, size_t *ks, size_t *ke, size_t *vs,
		     size_t *ve, size_t *next, size_t *work)
{
	size_t j = i + 1, k, p;
	while (j < n && j - i <= 40 && is_ident(s[j]))
		j++;
	if (j >= n || s[j] != '>' || j == i + 1 || !known_key(s + i + 1, j - i - 1))
		return 0;
	for (k = j + 1; k + (j - i) + 2 <= n; k++) {
		rl_tag t;
		if (!*work)
			return 0;
		--*work;
		if (s[k] != '<')
			continue;
		if (rl_scan_tool_tag(s, n, k, &t))
			return 0;
		if (s[k + 1] == '/' && !strncasecmp(s + k + 2, s + i + 1, j - i - 1) &&
		    k + 2 + (j - i - 1) < n && s[k + 2 + (j - i - 1)] == '>') {
			*ks = i + 1;
			*ke = j;
			p = j + 1;
			while (p < k && isspace((unsigned char)s[p]))
				p++;
			*vs = p;
			p = k;
			while (p > *vs && isspace((unsigned char)s[p - 1]))
				p--;
			*ve = p;
			*next = k + 2 + (j - i - 1) + 1;
			return 1;
		}
	}
	return 0;
}

/* Is position i the start of something that ends a value or the block:
 * a tool tag, a reasoning tag? */
static int stop_tag_at(const char *s, size_t n, size_t i)
{
	rl_tag t;
	if (s[i] != '<')
		return 0;
	return rl_scan_tool_tag(s, n, i, &t) || rl_scan_reasoning_tag(s, n, i, &t);
}

/* Decode the escapes of a quoted value into `out`; 1 if nothing changed. */
static int unescape(const char *s, size_t n, rl_buf *out)
{
	size_t i;
	int verbatim = 1;
	if (rl_buf_grow(out, n))
		return 1;
	for (i = 0; i < n; i++) {
		char c;
		const char *bs = memchr(s + i, '\\', n - i);
		size_t run = bs ? (size_t)(bs - (s + i)) : n - i;
		/* copy the run up to the next backslash in one go */
		rl_buf_add(out, s + i, run);
		i += run;
		if (i >= n)
			break;
		if (i + 1 >= n) {
			rl_buf_addc(out, '\\');
			break;
		}
		c = s[++i];
		verbatim = 0;
		switch (c) {
		case 'n': rl_buf_addc(out, '\n'); break;
		case 't': rl_buf_addc(out, '\t'); break;
		case 'r': rl_buf_addc(out, '\r'); break;
		case '"':
		case '\\':
		case '/':
		case '\'': rl_buf_addc(out, c); break;
		case 'u':
			if (i + 4 < n + 0 && isxdigit((unsigned char)s[i + 1]) &&
			    isxdigit((unsigned char)s[i + 2]) &&
			    isxdigit((unsigned char)s[i + 3]) &&
			    isxdigit((unsigned char)s[i + 4])) {
				char hex[5];
				unsigned long cp;
				memcpy(hex, s + i + 1, 4);
				hex[4] = 0;
				cp = strtoul(hex, NULL, 16);
				i += 4;
				if (cp < 0x80) {
					rl_buf_addc(out, (char)cp);
				} else if (cp < 0x800) {
					rl_buf_addc(out, (char)(0xC0 | (cp >> 6)));
					rl_buf_addc(out, (char)(0x80 | (cp & 0x3F)));
				} else {
					rl_buf_addc(out, (char)(0xE0 | (cp >> 12)));
					rl_buf_addc(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
					rl_buf_addc(out, (char)(0x80 | (cp & 0x3F)));
				}
				break;
			}
			/* fall through */
		default: rl_buf_addc(out, '\\'); rl_buf_addc(out, c);
		}
	}
	return verbatim;
}

/* Does the text after a closing-quote candidate at q look like the value
 * really ended there? */
static int quote_ends(const char *s, size_t n, size_t q)
{
	size_t j = q + 1, ks, ke, af;
	while (j < n && ac_is_hspace(s[j]))
		j++;
	if (j < n && s[j] == ',')
		j++;
	while (j < n && ac_is_hspace(s[j]))
		j++;
	if (j >= n)
		return 1;
	if (s[j] == '<')
		return stop_tag_at(s, n, j);
	if (s[j] == '}')
		return 1;
	if (s[j] != '\n')
		return 0;
	/* next non-blank line */
	while (j < n && (s[j] == '\n' || ac_is_hspace(s[j])))
		j++;
	if (j >= n)
		return 1;
	if (s[j] == '<')
		return stop_tag_at(s, n, j);
	if (s[j] == '}' || is_fence_line(s, n, j))
		return 1;
	return key_at(s, n, j, &ks, &ke, &af);
}

/* Parse a quoted value starting after the opening quote at i. Returns the
 * end of the raw value (the closing quote's position) and sets *next to
 * where parsing continues. Nested tool tags inside are skipped as text. */
static size_t quoted_value(const char *s, size_t n, size_t i, size_t *next)
{
	size_t j = i;
	int depth = 0;
	rl_tag t;
	while (j < n) {
		char c = s[j];
		if (c == '\\') {
			j += 2;
			continue;
		}
		if (c == '"' && depth == 0 && quote_ends(s, n, j)) {
			*next = j + 1;
			return j;
		}
		if (c == '<' && rl_scan_tool_tag(s, n, j, &t)) {
			if (!t.close) {
				depth++;
			} else if (depth > 0) {
				depth--;
			} else {
				/* the block closes: the value ran to here */
				size_t e = j;
				while (e > i &&
				       (isspace((unsigned char)s[e - 1]) || s[e - 1] == ','))
					e--;
				if (e > i && s[e - 1] == '"')
					e--;
				*next = j;
				return e;
			}
			j = t.end;
			continue;
		}
		if (c == '<' && depth == 0 && rl_scan_reasoning_tag(s, n, j, &t)) {
			size_t e = j;
			while (e > i && isspace((unsigned char)s[e - 1]))
				e--;
			*next = j;
			return e;
		}
		j++;
	}
	*next = n;
	return n;
}

/* Parse an unquoted value starting at i (after the colon and blanks). */
static size_t unquoted_value(const char *s, size_t n, size_t i, const ac_fieldset *fs, size_t *next)
{
	size_t j = i, e;
	for (;;) {
		size_t le = line_end(s, n, j), k;
		for (k = j; k < le; k++)
			if (s[k] == '<' && stop_tag_at(s, n, k)) {
				le = k;
				*next = k;
				goto trim;
			}
		*next = le;
		if (le >= n)
			goto trim;
		/* does the next line end this value? */
		{
			size_t nl = le + 1, ks, ke, af, p = nl;
			while (p < n && ac_is_hspace(s[p]))
				p++;
			if (p < n && s[p] == '<' && stop_tag_at(s, n, p))
				goto trim;
			if (key_at(s, n, nl, &ks, &ke, &af) && known_key(s + ks, ke - ks) &&
			    !field_seen(fs, s + ks, ke - ks))
				goto trim;
			if (is_fence_line(s, n, nl)) {
				/* a fence right before the end of the block */
				size_t fe = line_end(s, n, nl), q = fe;
				while (q < n && isspace((unsigned char)s[q]))
					q++;
				if (q >= n || (s[q] == '<' && stop_tag_at(s, n, q)))
					goto trim;
			}
		}
		j = le + 1;
	}
trim:
	e = *next;
	while (e > i && (isspace((unsigned char)s[e - 1])))
		e--;
	if (e > i && s[e - 1] == ',')
		e--;
	while (e > i && isspace((unsigned char)s[e - 1]))
		e--;
	return e;
}

/* Parse one tag block whose open tag is `ot`. Fills fields and returns the
 * end of the block; *closed says whether the closing tag was found. */
size_t ac_parse_block(ac_builder *b, const char *s, size_t n, const rl_tag *ot, ac_fieldset *fs,
		      int *closed)
{
	size_t i = ot->end, last = ot->end, j, ks, ke, vs, ve;
	rl_buf tmp = RL_BUF_INIT;
	rl_tag t;

	*closed = 0;
	/* attributes on the tag: fields of their own; a self-closing tag is
	 * the whole block */
	for (j = ot->attrs;
	     j < ot->attrs_end && rl_scan_attr(s, ot->attrs_end, j, &ks, &ke, &vs, &ve, &j);)
		ac_field_add(b, fs, s + ks, ke - ks, s + vs, ve - vs, vs, ve, 1);
	if (ot->self_close) {
		*closed = 1;
		return ot->end;
	}
	if (ot->attrs_end > ot->attrs) {
		/* the element text up to the closing tag is the body, unless it
		 * is written as fields (then the loop below reads them) */
		size_t c = ot->end, a = ot->end, e, af;
		while (c < n) {
			const char *p = memchr(s + c, '<', n - c);
			if (!p) {
				c = n;
				break;
			}
			c = (size_t)(p - s);
			if (rl_scan_tool_tag(s, n, c, &t) || rl_scan_reasoning_tag(s, n, c, &t))
				break;
			c++;
		}
		b->work -= c - a < b->work ? c - a : b->work;
		while (a < c && isspace((unsigned char)s[a]))
			a++;
		if (c < n && rl_scan_tool_tag(s, n, c, &t) && t.close &&
		    !key_at(s, c, a, &ks, &ke, &af) && !(a < c && s[a] == '{')) {
			e = c;
			while (e > a && isspace((unsigned char)s[e - 1]))
				e--;
			if (e > a)
				ac_field_add(b, fs, "body", 4, s + a, e - a, a, e, 1);
			*closed = 1;
			return t.end;
		}
	}
	while (i < n && !b->oom) {
		size_t ks, ke, after, vs, ve, next, at = i;
		if (!b->work) {
			ac_truncated(
				b,
				"tag blocks whose parsing would cost more than linear time (many unclosed tags)");
			break;
		}
		/* skip blanks, commas, fence lines */
		while (i < n && (isspace((unsigned char)s[i]) || s[i] == ','))
			i++;
		if (i >= n)
			break;
		if (is_fence_line(s, n, i) && s[i] == '`') {
			i = line_end(s, n, i);
			continue;
		}
		if (s[i] == '<') {
			if (rl_scan_tool_tag(s, n, i, &t)) {
				if (t.close) {
					*closed = 1;
					last = t.end;
				}
				break;
			}
			if (rl_scan_reasoning_tag(s, n, i, &t))
				break;
			if (xml_field(s, n, i, &ks, &ke, &vs, &ve, &next, &b->work)) {
				ac_field_add(b, fs, s + ks, ke - ks, s + vs, ve - vs, vs, ve, 1);
				last = next > last ? next : last;
				i = next;
				continue;
			}
		}
		if (s[i] == '{' && fs->n == 0) {
			json_error_t err;
			size_t win = n - i < RL_JSON_WINDOW ? n - i : RL_JSON_WINDOW;
			json_t *o = json_loadb(s + i, win, JSON_DISABLE_EOF_CHECK, &err);
			if (o && json_is_object(o)) {
				json_t *args = NULL, *owned = NULL;
				if (ac_tool_shape(o, &args, &owned) && args && json_is_object(args))
					ac_fields_from_object(b, fs, args, NULL);
				else
					ac_fields_from_object(b, fs, o, NULL);
				json_decref(owned);
				json_decref(o);
				i += (size_t)err.position;
				last = i;
				continue;
			}
			json_decref(o);
			/* what the failed parse read */
			b->work -= (size_t)err.position < b->work ? (size_t)err.position : b->work;
		}
		if (!key_at(s, n, i, &ks, &ke, &after)) {
			/* prose inside the block: skip the line */
			i = line_end(s, n, i);
			b->work -= i - at < b->work ? i - at + 1 : b->work;
			continue;
		}
		vs = after;
		while (vs < n && ac_is_hspace(s[vs]))
			vs++;
		if (vs < n && s[vs] == '\n') {
			/* value on the next line(s) */
			size_t p = vs + 1;
			while (p < n && ac_is_hspace(s[p]))
				p++;
			if (p < n && s[p] == '"')
				vs = p;
			else
				vs = vs + 1;
		}
		if (vs < n && s[vs] == '"') {
			int verb;
			ve = quoted_value(s, n, vs + 1, &next);
			rl_buf_reset(&tmp);
			verb = unescape(s + vs + 1, ve - (vs + 1), &tmp);
			ac_field_add(b, fs, s + ks, ke - ks, tmp.s, tmp.len, vs + 1, ve, verb);
		} else {
			ve = unquoted_value(s, n, vs, fs, &next);
			/* a stray quote pair around an unquoted value */
			ac_field_add(b, fs, s + ks, ke - ks, s + vs, ve - vs, vs, ve, 1);
		}
		last = next > last ? next : last;
		i = next > i ? next : i + 1;
		b->work -= i - at < b->work ? i - at + 1 : b->work;
	}
	rl_buf_free(&tmp);
	return last;
}
