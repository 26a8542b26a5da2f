/* action.c: turn model text and native tool calls into rl_action records
 * (redline/action.h). Model output is untrusted and sloppy, so the text
 * parser is hand-written and tolerant (no grammar library accepts "almost
 * the original's tag format"): tags in any case and spacing, quoted values
 * with or without escapes, unquoted and multi-line values, missing closing
 * tags, markdown fences, JSON bodies. JSON itself is parsed by jansson.
 * Every loop is bounded by the input length and by RL_ACTION_* limits. */
#include "redline/action.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "action/scan.h"
#include "base/jsonr.h"
#include "base/util.h"

#define RL_ACTION_TEXT_MAX ((size_t)64 << 20) /* per text */
#define RL_ACTION_MAX 4096                    /* actions per transcript */
#define RL_FIELD_MAX 64                       /* fields per action */
#define RL_JSON_TRIES 64                      /* JSON-in-text parse attempts per text */
#define RL_JSON_WINDOW ((size_t)1 << 20)      /* bytes one attempt may read */
#define RL_JSON_DEPTH 32
#define RL_REGION_MAX 1024
/* Work (bytes walked) all tag blocks of one text may cost: an unclosed
 * block reads on to the next tag at a line start, so thousands of
 * unclosed openings in mid-sentence would each read the rest of the text
 * (quadratic). Far above any real transcript's cost (each block walks
 * its own lines once); past it, what is left is skipped and the result
 * `truncated`. */
#define RL_BLOCK_WORK(n) (((size_t)16 << 20) + 8 * (size_t)(n))

typedef struct {
	size_t start, end;
} span;

typedef struct {
	rl_arena arena;
} action_mem;

/* Builder state for one extraction. */
typedef struct {
	rl_actions *out;
	size_t cap;
	rl_arena *ar;
	int oom;
	const char *trunc; /* the first limit that skipped something */
	size_t work;       /* what tag blocks of this text may still cost */
} builder;

/* Limits never skip silently: what they skip makes the result
 * `truncated`, and consumers fail closed on it (redline/action.h). */
static void truncated(builder *b, const char *why)
{
	if (!b->trunc)
		b->trunc = why;
}

typedef struct {
	rl_field f[RL_FIELD_MAX];
	size_t n;
} fieldset;

/* ---------- small helpers ---------- */

static int is_hspace(char c) { return c == ' ' || c == '\t' || c == '\r'; }
static int is_ident(char c) { return isalnum((unsigned char)c) || c == '_' || c == '-'; }

static char *lower_dup(rl_arena *ar, const char *s, size_t n)
{
	char *p = rl_arena_strndup(ar, s, n);
	size_t i;
	if (!p)
		return NULL;
	for (i = 0; i < n; i++) {
		p[i] = (char)tolower((unsigned char)p[i]);
		if (p[i] == ' ' || p[i] == '-')
			p[i] = '_';
	}
	return p;
}

static rl_action *push_action(builder *b)
{
	rl_action *a;
	if (b->oom)
		return NULL;
	if (b->out->n >= RL_ACTION_MAX) {
		truncated(b, "more than 4096 actions in one response");
		return NULL;
	}
	if (b->out->n == b->cap) {
		size_t nc = b->cap ? b->cap * 2 : 8;
		rl_action *v = realloc(b->out->v, nc * sizeof *v);
		if (!v) {
			b->oom = 1;
			return NULL;
		}
		b->out->v = v;
		b->cap = nc;
	}
	a = &b->out->v[b->out->n++];
	memset(a, 0, sizeof *a);
	return a;
}

static int commit_fields(builder *b, rl_action *a, const fieldset *fs)
{
	if (!fs->n)
		return 0;
	a->fields = rl_arena_alloc(b->ar, fs->n * sizeof *a->fields);
	if (!a->fields) {
		b->oom = 1;
		return RL_ENOMEM;
	}
	memcpy(a->fields, fs->f, fs->n * sizeof *a->fields);
	a->nfields = fs->n;
	return 0;
}

static void field_add(builder *b, fieldset *fs, const char *name, size_t nlen,
		      const char *val, size_t vlen, size_t vstart, size_t vend, int verbatim)
{
	rl_field *f;
	if (b->oom)
		return;
	if (fs->n >= RL_FIELD_MAX) {
		truncated(b, "more than 64 fields in one tool call");
		return;
	}
	f = &fs->f[fs->n];
	f->name = lower_dup(b->ar, name, nlen);
	f->value = rl_arena_strndup(b->ar, val, vlen);
	if (!f->name || !f->value) {
		b->oom = 1;
		return;
	}
	f->len = vlen;
	f->vstart = vstart;
	f->vend = vend;
	f->verbatim = verbatim;
	fs->n++;
}

static int field_seen(const fieldset *fs, const char *name, size_t n)
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

/* ---------- reasoning regions ---------- */

/* Regions of `s` that are private reasoning: <SCRATCHPAD_REASONING>,
 * <thinking>, <think>, <reasoning> and their sloppy closers
 * ("<END SCRATCHPAD_REASONING>", "</ thinking >"). A closer with no opener
 * before it (a model whose template opened <think> for it) makes everything
 * before it reasoning. An opener never closed gives a region to the end of
 * the text and *unclosed its index: scan_text ends it at the model's first
 * real act once the tool blocks are known (resolve_unclosed). */
static size_t find_regions(const char *s, size_t n, span *reg, size_t max, size_t *unclosed)
{
	size_t nr = 0, i = 0, open_at = 0;
	int in = 0, seen = 0;

	*unclosed = (size_t)-1;
	while (i < n && nr < max) {
		const char *p = memchr(s + i, '<', n - i);
		rl_tag t;
		if (!p)
			break;
		i = (size_t)(p - s);
		if (!rl_scan_reasoning_tag(s, n, i, &t)) {
			i++;
			continue;
		}
		if (!t.close) {
			if (!in) {
				in = 1;
				open_at = i;
			}
		} else if (in) {
			reg[nr].start = open_at;
			reg[nr].end = t.end;
			nr++;
			in = 0;
			seen = 1;
		} else if (!seen) {
			reg[nr].start = 0;
			reg[nr].end = t.end;
			nr++;
			seen = 1;
		}
		i = t.end;
	}
	if (in && nr < max) {
		reg[nr].start = open_at;
		reg[nr].end = n;
		*unclosed = nr++;
	}
	return nr;
}

/* Does a tool block start a line at i (after blanks, or right after a
 * ``` fence)? Models act on a line of their own; a tag in mid-sentence is
 * a mention ("I will use <tool_use:email> to ..."). */
static int starts_line(const char *s, size_t lo, size_t i)
{
	size_t k = i;
	while (k > lo && is_hspace(s[k - 1]))
		k--;
	return k == 0 || s[k - 1] == '\n' || (k >= 3 && !memcmp(s + k - 3, "```", 3));
}

/* A {placeholder} in a value ("{recipient address}", "{ID of the email}"):
 * the block is the tool format quoted from the system prompt, not an act. */
static int has_placeholder(const char *v, size_t n)
{
	size_t i, j;
	for (i = 0; i < n; i++) {
		int letters = 0;
		if (v[i] != '{')
			continue;
		for (j = i + 1; j < n && j - i <= 60; j++) {
			char c = v[j];
			if (c == '}')
				break;
			if (isalpha((unsigned char)c))
				letters++;
			else if (!(c == ' ' || c == '_' || c == '-' || c == '\'' || isdigit((unsigned char)c)))
				break;
		}
		if (j < n && v[j] == '}' && letters >= 2)
			return 1;
	}
	return 0;
}

static int action_is_template(const rl_action *a)
{
	size_t i;
	for (i = 0; i < a->nfields; i++)
		if (has_placeholder(a->fields[i].value, a->fields[i].len))
			return 1;
	return 0;
}

static int in_regions(const span *reg, size_t nr, size_t pos)
{
	size_t i;
	for (i = 0; i < nr; i++)
		if (pos >= reg[i].start && pos < reg[i].end)
			return 1;
	return 0;
}

/* ---------- JSON values to fields ---------- */

static void json_to_text(json_t *v, rl_buf *out)
{
	size_t i;
	switch (json_typeof(v)) {
	case JSON_STRING:
		rl_buf_add(out, json_string_value(v), json_string_length(v));
		break;
	case JSON_INTEGER:
		rl_buf_addf(out, "%lld", (long long)json_integer_value(v));
		break;
	case JSON_REAL:
		rl_buf_addf(out, "%.17g", json_real_value(v));
		break;
	case JSON_TRUE: rl_buf_adds(out, "true"); break;
	case JSON_FALSE: rl_buf_adds(out, "false"); break;
	case JSON_NULL: break;
	case JSON_ARRAY:
		for (i = 0; i < json_array_size(v); i++) {
			json_t *x = json_array_get(v, i);
			if (i)
				rl_buf_adds(out, ", ");
			if (json_is_string(x) || json_is_number(x))
				json_to_text(x, out);
			else {
				char *d = json_dumps(x, JSON_COMPACT);
				if (d) {
					rl_buf_adds(out, d);
					free(d);
				}
			}
		}
		break;
	case JSON_OBJECT: {
		char *d = json_dumps(v, JSON_COMPACT);
		if (d) {
			rl_buf_adds(out, d);
			free(d);
		}
		break;
	}
	}
}

static void fields_from_object(builder *b, fieldset *fs, json_t *obj, const char *skip1)
{
	const char *k;
	json_t *v;
	rl_buf t = RL_BUF_INIT;
	json_object_foreach(obj, k, v) {
		if (skip1 && !strcmp(k, skip1))
			continue;
		rl_buf_reset(&t);
		json_to_text(v, &t);
		field_add(b, fs, k, strlen(k), t.s, t.len, 0, 0, 0);
	}
	rl_buf_free(&t);
}

/* If `o` is a tool call in one of the shapes we know, return its name and
 * arguments (an object, or a JSON string holding one). */
static const char *tool_shape(json_t *o, json_t **args, json_t **owned)
{
	static const char *const argkeys[] = {"arguments", "input", "args", "parameters",
					      "params", "action_input", "tool_input", NULL};
	json_t *fn, *name = NULL, *a = NULL;
	size_t i;

	*args = NULL;
	*owned = NULL;
	if (!json_is_object(o))
		return NULL;
	if ((fn = json_object_get(o, "function")) && json_is_object(fn) &&
	    json_is_string(json_object_get(fn, "name"))) {
		name = json_object_get(fn, "name"); /* OpenAI tool_calls[] */
		a = json_object_get(fn, "arguments");
	} else if ((fn = json_object_get(o, "functionCall")) && json_is_object(fn) &&
		   json_is_string(json_object_get(fn, "name"))) {
		name = json_object_get(fn, "name"); /* Gemini parts[] */
		a = json_object_get(fn, "args");
	} else if ((fn = json_object_get(o, "function_call")) && json_is_object(fn) &&
		   json_is_string(json_object_get(fn, "name"))) {
		name = json_object_get(fn, "name"); /* legacy OpenAI */
		a = json_object_get(fn, "arguments");
	} else {
		const char *tk[] = {"name", "tool", "tool_name", "action", NULL};
		for (i = 0; tk[i] && !name; i++) {
			json_t *x = json_object_get(o, tk[i]);
			if (json_is_string(x))
				name = x;
		}
		if (!name)
			return NULL;
		for (i = 0; argkeys[i] && !a; i++)
			a = json_object_get(o, argkeys[i]);
		if (!a) {
			/* {"tool": "email", "to": ...}: the other keys are the
			 * arguments; but a bare {"name": ...} is just data. */
			if (json_object_get(o, "name") == name)
				return NULL;
			*args = o;
			return json_string_value(name);
		}
	}
	if (a && json_is_string(a)) {
		json_error_t err;
		json_t *p = rl_json_fast_parse(json_string_value(a), json_string_length(a));
		if (!p) /* what the fast parser does not take, jansson decides */
			p = json_loadb(json_string_value(a), json_string_length(a), 0, &err);
		if (p && json_is_object(p)) {
			*owned = p;
			a = p;
		} else {
			json_decref(p);
		}
	}
	*args = a;
	return json_string_value(name);
}

/* Add `o` as an action if it is a tool call. Returns whether it has a
 * tool call's shape (even when its name is unusable and nothing is
 * added), so that walk_native asks tool_shape, which parses the arguments,
 * once per call rather than twice. */
static int add_json_action(builder *b, json_t *o, int source, int origin, size_t start,
			   size_t end, int in_reasoning)
{
	json_t *args, *owned;
	const char *name = tool_shape(o, &args, &owned);
	rl_action *a;
	fieldset fs;
	size_t nl;

	if (!name)
		return 0;
	if (!strncmp(name, "functions.", 10))
		name += 10;
	nl = strlen(name);
	if (nl > 128)
		truncated(b, "a tool name longer than 128 bytes");
	if (!nl || nl > 128)
		goto done;
	a = push_action(b);
	if (!a)
		goto done;
	fs.n = 0;
	a->tool = lower_dup(b->ar, name, nl);
	if (!a->tool) {
		b->oom = 1;
		goto done;
	}
	if (args && json_is_object(args)) {
		const char *skip = (args == o) ? NULL : NULL;
		if (args == o) {
			/* keys of the call itself; drop the naming key */
			json_t *tmp = json_deep_copy(o);
			if (tmp) {
				json_object_del(tmp, "tool");
				json_object_del(tmp, "tool_name");
				json_object_del(tmp, "action");
				json_object_del(tmp, "type");
				fields_from_object(b, &fs, tmp, skip);
				json_decref(tmp);
			}
		} else {
			fields_from_object(b, &fs, args, skip);
		}
	} else if (args && json_is_string(args)) {
		field_add(b, &fs, "arguments", 9, json_string_value(args), json_string_length(args),
			  0, 0, 0);
	}
	commit_fields(b, a, &fs);
	a->source = source;
	a->origin = origin;
	a->start = start;
	a->end = end;
	a->in_reasoning = in_reasoning;
	a->closed = 1;
done:
	json_decref(owned);
	return 1;
}

/* Every tool call in a JSON value: the native calls, or a JSON value
 * written in text (then each call gets the value's span). */
typedef struct {
	int source, origin, in_reasoning;
	size_t start, end;
} walk_at;

static void walk_native(builder *b, json_t *v, int depth, size_t *budget, const walk_at *at)
{
	size_t i;
	const char *k;
	json_t *x;
	const char *t;

	if (b->oom)
		return;
	if (depth > RL_JSON_DEPTH || !*budget) {
		truncated(b, depth > RL_JSON_DEPTH ? "tool calls nested deeper than 32 in JSON"
						   : "more than 100000 JSON values holding tool calls");
		return;
	}
	(*budget)--;
	if (json_is_object(v)) {
		/* Reasoning parts carry text, never calls; skip them whole. */
		t = json_string_value(json_object_get(v, "type"));
		if (t && (!strcmp(t, "thinking") || !strcmp(t, "redacted_thinking") ||
			  !strcmp(t, "reasoning")))
			return;
		if (json_is_true(json_object_get(v, "thought")))
			return;
		/* a Gemini/Anthropic/OpenAI call; a bare {"name":..} of a
		 * plain message object is excluded by tool_shape */
		if (add_json_action(b, v, at->source, at->origin, at->start, at->end, at->in_reasoning))
			return;
		json_object_foreach(v, k, x) walk_native(b, x, depth + 1, budget, at);
	} else if (json_is_array(v)) {
		for (i = 0; i < json_array_size(v); i++)
			walk_native(b, json_array_get(v, i), depth + 1, budget, at);
	}
}

/* ---------- the tag format ---------- */

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
	while (j < n && is_hspace(s[j]))
		j++;
	if (j < n && (s[j] == '-' || s[j] == '*') && j + 1 < n && s[j + 1] == ' ')
		j += 2;
	while (j < n && is_hspace(s[j]))
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
	while (k < n && k - j < 40 && (is_ident(s[k]) || (s[k] == ' ' && k + 1 < n && is_ident(s[k + 1]))))
		k++;
	*ks = j;
	*ke = k;
	if (q && k < n && s[k] == q)
		k++;
	if (bold && k + 1 < n && s[k] == '*' && s[k + 1] == '*')
		k += 2;
	while (k < n && is_hspace(s[k]))
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
	while (i < n && is_hspace(s[i]))
		i++;
	return i + 3 <= n && !memcmp(s + i, "```", 3);
}

/* Known field names: a line starting with one of these (not yet seen)
 * ends an unquoted multi-line value. */
static int known_key(const char *s, size_t n)
{
	static const char *const k[] = {"to", "cc", "bcc", "from", "subject", "body", "email_id",
					"id", "code", "message", "content", "text", "attachments",
					"attachment", "recipient", "recipients", "reason", "title",
					"command", "path", "url", "query", "override_code", NULL};
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
		case '"': case '\\': case '/': case '\'': rl_buf_addc(out, c); break;
		case 'u':
			if (i + 4 < n + 0 && isxdigit((unsigned char)s[i + 1]) &&
			    isxdigit((unsigned char)s[i + 2]) && isxdigit((unsigned char)s[i + 3]) &&
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
		default:
			rl_buf_addc(out, '\\');
			rl_buf_addc(out, c);
		}
	}
	return verbatim;
}

/* Does the text after a closing-quote candidate at q look like the value
 * really ended there? */
static int quote_ends(const char *s, size_t n, size_t q)
{
	size_t j = q + 1, ks, ke, af;
	while (j < n && is_hspace(s[j]))
		j++;
	if (j < n && s[j] == ',')
		j++;
	while (j < n && is_hspace(s[j]))
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
	while (j < n && (s[j] == '\n' || is_hspace(s[j])))
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
				while (e > i && (isspace((unsigned char)s[e - 1]) || s[e - 1] == ','))
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
static size_t unquoted_value(const char *s, size_t n, size_t i, const fieldset *fs,
			     size_t *next)
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
			while (p < n && is_hspace(s[p]))
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
static size_t parse_block(builder *b, const char *s, size_t n, const rl_tag *ot, fieldset *fs,
			  int *closed)
{
	size_t i = ot->end, last = ot->end;
	rl_buf tmp = RL_BUF_INIT;
	rl_tag t;

	*closed = 0;
	while (i < n && !b->oom) {
		size_t ks, ke, after, vs, ve, next, at = i;
		if (!b->work) {
			truncated(b, "tag blocks whose parsing would cost more than linear time (many unclosed tags)");
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
				field_add(b, fs, s + ks, ke - ks, s + vs, ve - vs, vs, ve, 1);
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
				if (tool_shape(o, &args, &owned) && args && json_is_object(args))
					fields_from_object(b, fs, args, NULL);
				else
					fields_from_object(b, fs, o, NULL);
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
		while (vs < n && is_hspace(s[vs]))
			vs++;
		if (vs < n && s[vs] == '\n') {
			/* value on the next line(s) */
			size_t p = vs + 1;
			while (p < n && is_hspace(s[p]))
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
			field_add(b, fs, s + ks, ke - ks, tmp.s, tmp.len, vs + 1, ve, verb);
		} else {
			ve = unquoted_value(s, n, vs, fs, &next);
			/* a stray quote pair around an unquoted value */
			field_add(b, fs, s + ks, ke - ks, s + vs, ve - vs, vs, ve, 1);
		}
		last = next > last ? next : last;
		i = next > i ? next : i + 1;
		b->work -= i - at < b->work ? i - at + 1 : b->work;
	}
	rl_buf_free(&tmp);
	return last;
}

/* Is pos strictly inside some block? sp[] is sorted by start and
 * maxend[k] is the largest end among sp[0..k]: a binary search for the
 * blocks starting before pos, then one comparison (a loop over every
 * block for every '{' of the text was quadratic). */
static int inside_any(const span *sp, const size_t *maxend, size_t ns, size_t pos)
{
	size_t lo = 0, hi = ns;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (sp[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && maxend[lo - 1] > pos;
}

/* The block starting exactly at pos, or nb. blocks[] is sorted by start
 * (scan_text finds them left to right). */
static size_t block_at(const span *blocks, size_t nb, size_t pos)
{
	size_t lo = 0, hi = nb;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (blocks[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < nb && blocks[lo].start == pos ? lo : nb;
}

/* tail[k] = 1 when the text after block k up to lim is only blanks,
 * fences, closing reasoning tags and more blocks: then block k is part
 * of the model's last word, not a draft it goes on to discuss. Computed
 * from the last block back, each reusing the answer of the block it
 * reaches, so the whole table costs one pass over the text. */
static void tail_table(const char *s, size_t lim, const span *blocks, size_t nb, unsigned char *tail)
{
	size_t k = nb;
	while (k-- > 0) {
		size_t pos = blocks[k].end;
		tail[k] = 0;
		if (pos > lim)
			continue;
		for (;;) {
			size_t j;
			rl_tag t;
			while (pos < lim && isspace((unsigned char)s[pos]))
				pos++;
			if (pos >= lim) {
				tail[k] = 1;
				break;
			}
			if (s[pos] == '`') {
				while (pos < lim && s[pos] != '\n')
					pos++;
				continue;
			}
			if (s[pos] != '<')
				break;
			if (rl_scan_reasoning_tag(s, lim, pos, &t) && t.close) {
				pos = t.end;
				continue;
			}
			j = block_at(blocks, nb, pos);
			if (j < nb && j > k)
				tail[k] = tail[j];
			break;
		}
	}
}

/* Where an unclosed reasoning region ends. Candidates are the tool blocks
 * after the opener that are not quoted {placeholder} templates. When the
 * text ends in a run of complete blocks (nothing after them but more
 * blocks), the region ends at that run: the model's last word is its act.
 * Candidates on a line of their own before the run are drafts the model
 * went on to discuss, or acts it went on to comment: ambiguous. Without
 * such a run, the region ends at the first candidate on a line of its
 * own; a tag mid-sentence is a mention and stays reasoning. */
static size_t resolve_unclosed(const char *s, size_t n, size_t open_at, rl_action *v,
			       const span *blocks, size_t nb, const unsigned char *tail)
{
	size_t k, first_line = n, run = nb;
	for (k = 0; k < nb; k++) {
		const rl_action *a = &v[k];
		if (blocks[k].start <= open_at || a->quoted || a->is_template)
			continue;
		if (first_line == n && starts_line(s, open_at, blocks[k].start))
			first_line = blocks[k].start;
		if (a->closed && tail[k]) {
			run = k;
			break;
		}
	}
	if (run == nb)
		return first_line;
	for (k = 0; k < run; k++)
		if (blocks[k].start > open_at && !v[k].quoted && !v[k].is_template &&
		    starts_line(s, open_at, blocks[k].start))
			v[k].ambiguous = 1;
	return blocks[run].start;
}

/* Decide, once every tag block of a text is known, which are quoted
 * inside another and which are reasoning. A block inside another block is
 * quoted (an email quoting a tool call), unless the outer one never closed
 * and lies in reasoning: a tag mentioned mid-sentence must not swallow the
 * act that follows. An unclosed reasoning region ends at the first act
 * (resolve_unclosed). When the text ends with a scratchpad closed only
 * after its last blocks and no act stands outside it, those trailing
 * blocks are ambiguous: reasoning, flagged for the detectors. */
static int place_blocks(const char *s, size_t n, rl_action *v, const span *blocks, size_t nb,
			span *reg, size_t nr, size_t unclosed, int all_reasoning)
{
	size_t k, j, outside = 0;
	/* per block: may it quote the blocks inside it? (closed, or outside
	 * reasoning); then whether it can end an unclosed region (tail) */
	unsigned char *tab = malloc(nb ? nb : 1);
	if (!tab)
		return RL_ENOMEM;
	for (k = 0; k < nb; k++)
		tab[k] = v[k].closed || !in_regions(reg, nr, blocks[k].start);
	/* quoted: some earlier block j with tab[j] spans its start (blocks
	 * are sorted by start, so the largest such end decides) */
	for (k = 0, j = 0; k < nb; k++) {
		v[k].quoted = k > 0 && j > blocks[k].start;
		if (tab[k] && blocks[k].end > j)
			j = blocks[k].end;
	}
	if (unclosed < nr) {
		tail_table(s, n, blocks, nb, tab);
		reg[unclosed].end = resolve_unclosed(s, n, reg[unclosed].start, v, blocks, nb, tab);
	}
	for (k = 0; k < nb; k++) {
		v[k].in_reasoning = all_reasoning || in_regions(reg, nr, blocks[k].start);
		if (!v[k].in_reasoning && !v[k].quoted)
			outside++;
	}
	if (!all_reasoning && nr && !outside && (nr - 1 != unclosed)) {
		const span *last = &reg[nr - 1];
		size_t close_at = last->end, p = last->end;
		while (p < n && isspace((unsigned char)s[p]))
			p++;
		while (close_at > last->start && s[close_at - 1] != '<')
			close_at--;
		if (p >= n && close_at > last->start) {
			tail_table(s, close_at - 1, blocks, nb, tab);
			for (k = 0; k < nb; k++)
				if (blocks[k].start > last->start && blocks[k].start < close_at &&
				    !v[k].quoted && !v[k].is_template && v[k].closed && tab[k])
					v[k].ambiguous = 1;
		}
	}
	free(tab);
	return 0;
}

/* Extract tag-format and JSON-in-text actions from one text. */
static int scan_text(builder *b, const char *s, size_t n, int source, int all_reasoning)
{
	span *reg = NULL, *blocks = NULL;
	size_t *maxend = NULL, k;
	size_t nr = 0, nb = 0, capb = 0, i = 0, first = b->out->n, tries = 0, unclosed = (size_t)-1;
	size_t budget = (size_t)-1; /* walks of parsed text values: linear in the text */
	int rc = 0;

	if (!s || !n)
		return 0;
	b->work = RL_BLOCK_WORK(n);
	reg = malloc(RL_REGION_MAX * sizeof *reg);
	if (!reg)
		return RL_ENOMEM;
	if (!all_reasoning)
		nr = find_regions(s, n, reg, RL_REGION_MAX, &unclosed);

	while (i < n && !b->oom) {
		const char *p = memchr(s + i, '<', n - i);
		rl_tag ot;
		rl_action *a;
		fieldset fs;
		int closed;
		size_t end;

		if (!p)
			break;
		i = (size_t)(p - s);
		if (!rl_scan_tool_tag(s, n, i, &ot) || ot.close) {
			i++;
			continue;
		}
		fs.n = 0;
		end = parse_block(b, s, n, &ot, &fs, &closed);
		a = push_action(b);
		if (!a)
			break;
		a->tool = lower_dup(b->ar, s + ot.name, ot.name_len);
		if (!a->tool) {
			b->oom = 1;
			break;
		}
		commit_fields(b, a, &fs);
		a->source = source;
		a->origin = RL_ORIGIN_TAG;
		a->start = i;
		a->end = end;
		a->closed = closed;
		a->is_template = action_is_template(a);
		if (nb == capb) {
			size_t nc = capb ? capb * 2 : 16;
			span *v = realloc(blocks, nc * sizeof *v);
			if (!v) {
				b->oom = 1;
				break;
			}
			blocks = v;
			capb = nc;
		}
		blocks[nb].start = i;
		blocks[nb].end = end;
		nb++;
		/* Continue right after the open tag so that nested tags are
		 * found (and marked quoted). */
		i = ot.end;
	}

	if (!b->oom)
		if (place_blocks(s, n, b->out->v ? b->out->v + first : NULL, blocks, nb, reg, nr, unclosed, all_reasoning))
			b->oom = 1;
	if (!b->oom && nb && !(maxend = malloc(nb * sizeof *maxend)))
		b->oom = 1;
	for (k = 0; !b->oom && k < nb; k++)
		maxend[k] = k && maxend[k - 1] > blocks[k].end ? maxend[k - 1] : blocks[k].end;

	/* JSON tool calls written in text, outside tag blocks. */
	i = 0;
	while (i < n && !b->oom) {
		const char *p = memchr(s + i, '{', n - i);
		json_error_t err;
		json_t *o, *args, *owned;
		size_t pos, win;
		if (!p)
			break;
		pos = (size_t)(p - s);
		i = pos + 1;
		if (inside_any(blocks, maxend, nb, pos) || !rl_scan_json_hint(s, n, pos))
			continue;
		/* Only failed attempts are limited: a value that parses is read
		 * whole once (the calls nested in it too) and skipped, so those
		 * cost linear time however many there are. */
		if (tries == RL_JSON_TRIES) {
			truncated(b, "more than 64 unparsable JSON candidates naming a tool in one text");
			break;
		}
		win = n - pos < RL_JSON_WINDOW ? n - pos : RL_JSON_WINDOW;
		o = json_loadb(s + pos, win, JSON_DISABLE_EOF_CHECK, &err);
		if (!o) {
			tries++;
			/* cut by the window rather than invalid: unread */
			if (win < n - pos && (size_t)err.position + 16 >= win)
				truncated(b, "a JSON object naming a tool larger than 1 MiB in text");
			continue;
		}
		{
			size_t before = b->out->n, k;
			walk_at at = {source, RL_ORIGIN_JSON, all_reasoning || in_regions(reg, nr, pos), pos,
				      pos + (size_t)err.position};
			if (json_is_object(o) && tool_shape(o, &args, &owned)) {
				json_decref(owned);
				add_json_action(b, o, source, RL_ORIGIN_JSON, pos, at.end, at.in_reasoning);
			} else {
				walk_native(b, o, 0, &budget, &at);
			}
			for (k = before; k < b->out->n; k++)
				b->out->v[k].quoted = inside_any(blocks, maxend, nb, pos);
			i = at.end > pos ? at.end : pos + 1;
		}
		json_decref(o);
	}
	if (b->oom)
		rc = RL_ENOMEM;
	free(reg);
	free(blocks);
	free(maxend);
	(void)first;
	return rc;
}

/* ---------- public ---------- */

int rl_actions_extract(const rl_transcript *t, rl_actions *out, rl_err *e)
{
	builder b;
	action_mem *m;
	size_t i;
	int rc = 0;

	memset(out, 0, sizeof *out);
	if (!t)
		return 0;
	if (t->response_len > RL_ACTION_TEXT_MAX || t->reasoning_len > RL_ACTION_TEXT_MAX ||
	    t->native_len > RL_ACTION_TEXT_MAX)
		return rl_err_set(e, RL_ELIMIT, "transcript text larger than %zu bytes",
				  RL_ACTION_TEXT_MAX);
	m = calloc(1, sizeof *m);
	if (!m)
		return rl_err_set(e, RL_ENOMEM, "out of memory extracting actions");
	rl_arena_init(&m->arena, 16384);
	out->mem = m;
	b.out = out;
	b.cap = 0;
	b.ar = &m->arena;
	b.oom = 0;
	b.trunc = NULL;
	b.work = 0;

	if (t->response && t->response_len)
		rc = scan_text(&b, t->response, t->response_len, RL_SRC_RESPONSE, 0);
	if (!rc && t->reasoning && t->reasoning_len)
		rc = scan_text(&b, t->reasoning, t->reasoning_len, RL_SRC_REASONING, 1);
	if (!rc && t->native && t->native_len) {
		json_error_t err;
		json_t *j = rl_json_fast_parse(t->native, t->native_len);
		if (!j)
			j = json_loadb(t->native, t->native_len, 0, &err);
		if (j) {
			size_t budget = 100000;
			walk_at at = {RL_SRC_NATIVE, RL_ORIGIN_NATIVE, 0, 0, 0};
			walk_native(&b, j, 0, &budget, &at);
			json_decref(j);
		} else {
			/* not one JSON value: look for calls written in it */
			size_t before = out->n;
			rc = scan_text(&b, t->native, t->native_len, RL_SRC_NATIVE, 0);
			for (i = before; i < out->n; i++) {
				out->v[i].origin = RL_ORIGIN_NATIVE;
				out->v[i].start = out->v[i].end = 0;
			}
		}
	}
	if (b.oom)
		rc = RL_ENOMEM;
	for (i = 0; i < out->n; i++)
		out->v[i].taken = !out->v[i].in_reasoning && !out->v[i].quoted;
	out->truncated = b.trunc;
	if (rc) {
		rl_actions_free(out);
		return rl_err_set(e, rc, "out of memory extracting actions");
	}
	return 0;
}

void rl_actions_free(rl_actions *a)
{
	action_mem *m;
	if (!a)
		return;
	m = a->mem;
	if (m) {
		rl_arena_free(&m->arena);
		free(m);
	}
	free(a->v);
	memset(a, 0, sizeof *a);
}

const rl_field *rl_action_field(const rl_action *a, const char *name)
{
	size_t i;
	if (!a || !name)
		return NULL;
	for (i = 0; i < a->nfields; i++)
		if (!strcmp(a->fields[i].name, name))
			return &a->fields[i];
	return NULL;
}
