/* pyconst.c: evaluate the string constants of a Python module without
 * Python. The original framework keeps its system prompts in
 * templates/system_prompt_templates.py (string literals, concatenation,
 * a list comprehension for the dev/prod pair, a dict of goal texts); a real
 * checkout has only that file, so the importer needs its values. Running
 * Python is not an option (not a dependency, and not safe on untrusted
 * input), so this file implements exactly the literal subset those
 * modules use, and refuses anything else with a located error. */
#include "pack/pyconst.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "redline/buf.h"

enum { T_EOF, T_NL, T_NAME, T_STR, T_OP, T_OTHER };

typedef struct tok {
	int type;
	char *s; /* NAME text, decoded STR value, or OP char */
	size_t len;
	unsigned line, col;
	int indent; /* first token of a logical line: its column > 1 */
	int bad;    /* a string form we do not evaluate (f-string, bytes) */
} tok;

typedef struct lex {
	const char *src;
	size_t n, i;
	unsigned line;
	size_t line_start;
	tok *t;
	size_t nt, cap;
	int depth;
} lex;

static int push(lex *L, int type, char *s, size_t len, unsigned line, unsigned col)
{
	if (L->nt == L->cap) {
		tok *nt;
		L->cap = L->cap ? L->cap * 2 : 256;
		nt = realloc(L->t, L->cap * sizeof *nt);
		if (!nt)
			return RL_ENOMEM;
		L->t = nt;
	}
	memset(&L->t[L->nt], 0, sizeof L->t[0]);
	L->t[L->nt].type = type;
	L->t[L->nt].s = s;
	L->t[L->nt].len = len;
	L->t[L->nt].line = line;
	L->t[L->nt].col = col;
	L->nt++;
	return 0;
}

static int add_utf8(rl_buf *b, unsigned long cp)
{
	char u[4];
	if (cp < 0x80)
		return rl_buf_addc(b, (char)cp);
	if (cp < 0x800) {
		u[0] = (char)(0xc0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3f));
		return rl_buf_add(b, u, 2);
	}
	if (cp < 0x10000) {
		u[0] = (char)(0xe0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		return rl_buf_add(b, u, 3);
	}
	u[0] = (char)(0xf0 | (cp >> 18));
	u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	u[3] = (char)(0x80 | (cp & 0x3f));
	return rl_buf_add(b, u, 4);
}

/* Lex one string literal starting at L->i (after its prefix). */
static int lex_string(lex *L, int raw, int bad, unsigned line, unsigned col, rl_err *e,
		      const char *file)
{
	const char *s = L->src;
	char q = s[L->i];
	int triple = L->i + 2 < L->n && s[L->i + 1] == q && s[L->i + 2] == q;
	rl_buf b = RL_BUF_INIT;
	size_t i = L->i + (triple ? 3 : 1);
	int rc = 0;

	for (;;) {
		char c;
		if (i >= L->n) {
			rl_buf_free(&b);
			return rl_err_at(e, RL_EINVAL, file, line, col,
					 "unterminated string literal");
		}
		c = s[i];
		if (c == q && (!triple || (i + 2 < L->n && s[i + 1] == q && s[i + 2] == q))) {
			i += triple ? 3 : 1;
			break;
		}
		if (c == '\n') {
			if (!triple) {
				rl_buf_free(&b);
				return rl_err_at(e, RL_EINVAL, file, line, col,
						 "unterminated string literal (end of line)");
			}
			L->line++;
			L->line_start = i + 1;
		}
		if (c == '\\' && i + 1 < L->n) {
			char d = s[i + 1];
			if (raw) {
				rc |= rl_buf_add(&b, s + i, 2);
				if (d == '\n') {
					L->line++;
					L->line_start = i + 2;
				}
				i += 2;
				continue;
			}
			i += 2;
			switch (d) {
			case '\n':
				L->line++;
				L->line_start = i;
				break;
			case '\\': rc |= rl_buf_addc(&b, '\\'); break;
			case '\'': rc |= rl_buf_addc(&b, '\''); break;
			case '"': rc |= rl_buf_addc(&b, '"'); break;
			case 'n': rc |= rl_buf_addc(&b, '\n'); break;
			case 't': rc |= rl_buf_addc(&b, '\t'); break;
			case 'r': rc |= rl_buf_addc(&b, '\r'); break;
			case 'a': rc |= rl_buf_addc(&b, '\a'); break;
			case 'b': rc |= rl_buf_addc(&b, '\b'); break;
			case 'f': rc |= rl_buf_addc(&b, '\f'); break;
			case 'v': rc |= rl_buf_addc(&b, '\v'); break;
			case 'x':
			case 'u':
			case 'U': {
				int nd = d == 'x' ? 2 : d == 'u' ? 4 : 8, k;
				unsigned long cp = 0;
				for (k = 0; k < nd; k++) {
					int h = i + (size_t)k < L->n ? rl_hexval(s[i + (size_t)k])
								     : -1;
					if (h < 0) {
						rl_buf_free(&b);
						return rl_err_at(e, RL_EINVAL, file, L->line,
								 (unsigned)(i - L->line_start) + 1,
								 "bad \\%c escape", d);
					}
					cp = cp * 16 + (unsigned long)h;
				}
				i += (size_t)nd;
				if (cp > 0x10ffff) {
					rl_buf_free(&b);
					return rl_err_at(e, RL_EINVAL, file, L->line,
							 (unsigned)(i - L->line_start),
							 "escape out of range");
				}
				rc |= add_utf8(&b, cp);
				break;
			}
			default:
				if (d >= '0' && d <= '7') {
					unsigned long cp = (unsigned long)(d - '0');
					int k;
					for (k = 0; k < 2 && i < L->n && s[i] >= '0' && s[i] <= '7';
					     k++, i++)
						cp = cp * 8 + (unsigned long)(s[i] - '0');
					rc |= add_utf8(&b, cp);
				} else {
					/* unknown escapes keep their backslash, as in Python */
					rc |= rl_buf_addc(&b, '\\');
					rc |= rl_buf_addc(&b, d);
					if (d == '\n') {
						L->line++;
						L->line_start = i;
					}
				}
			}
			continue;
		}
		rc |= rl_buf_addc(&b, c);
		i++;
	}
	if (rc) {
		rl_buf_free(&b);
		return RL_ENOMEM;
	}
	L->i = i;
	{
		size_t len = b.len;
		char *v = rl_buf_detach(&b, NULL);
		if (!v || push(L, T_STR, v, len, line, col)) {
			free(v);
			return RL_ENOMEM;
		}
		L->t[L->nt - 1].bad = bad;
	}
	return 0;
}

static int lex_all(lex *L, const char *file, rl_err *e)
{
	const char *s = L->src;
	int at_line_start = 1;

	while (L->i < L->n) {
		char c = s[L->i];
		unsigned col = (unsigned)(L->i - L->line_start) + 1;
		int rc;

		if (c == '\n') {
			if (!L->depth && L->nt && L->t[L->nt - 1].type != T_NL &&
			    push(L, T_NL, NULL, 0, L->line, col))
				return RL_ENOMEM;
			L->i++;
			L->line++;
			L->line_start = L->i;
			at_line_start = 1;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
			L->i++;
			continue;
		}
		if (c == '#') {
			while (L->i < L->n && s[L->i] != '\n')
				L->i++;
			continue;
		}
		if (c == '\\' && L->i + 1 < L->n && s[L->i + 1] == '\n') {
			L->i += 2;
			L->line++;
			L->line_start = L->i;
			continue;
		}
		if (isalpha((unsigned char)c) || c == '_' || (unsigned char)c >= 0x80) {
			size_t st = L->i, len;
			while (L->i < L->n && (isalnum((unsigned char)s[L->i]) || s[L->i] == '_' ||
					       (unsigned char)s[L->i] >= 0x80))
				L->i++;
			len = L->i - st;
			if (L->i < L->n && (s[L->i] == '"' || s[L->i] == '\'') && len <= 2) {
				int raw = 0, bad = 0;
				size_t k;
				for (k = st; k < st + len; k++) {
					char p = (char)tolower((unsigned char)s[k]);
					if (p == 'r')
						raw = 1;
					else if (p == 'f' && bad == 0)
						bad = 3; /* f-string: braces resolved at evaluation
							  */
					else if (p == 'b' || p == 't' || p == 'f')
						bad = 1;
					else if (p != 'u')
						bad = 2;
				}
				if (bad != 2) {
					if ((rc = lex_string(L, raw, bad, L->line, col, e, file)))
						return rc;
					goto next;
				}
			}
			{
				char *v = strndup(s + st, len);
				if (!v || push(L, T_NAME, v, len, L->line, col)) {
					free(v);
					return RL_ENOMEM;
				}
			}
			goto next;
		}
		if (c == '"' || c == '\'') {
			if ((rc = lex_string(L, 0, 0, L->line, col, e, file)))
				return rc;
			goto next;
		}
		if (c == '(' || c == '[' || c == '{')
			L->depth++;
		if ((c == ')' || c == ']' || c == '}') && L->depth > 0)
			L->depth--;
		{
			char *v = strndup(s + L->i, 1);
			int type = strchr("=+,()[]{}:", c) ? T_OP : T_OTHER;
			/* '==' and friends are not assignment */
			if (c == '=' && L->i + 1 < L->n && s[L->i + 1] == '=')
				type = T_OTHER;
			if (c == '=' && L->i > 0 && strchr("=!<>+-*/%&|^:", s[L->i - 1]))
				type = T_OTHER;
			if (!v || push(L, type, v, 1, L->line, col)) {
				free(v);
				return RL_ENOMEM;
			}
			L->i++;
		}
	next:
		if (at_line_start) {
			L->t[L->nt - 1].indent = col > 1;
			at_line_start = 0;
		}
	}
	return push(L, T_EOF, NULL, 0, L->line, 1);
}

/* ---- evaluation ---- */

typedef struct ev {
	tok *t;
	size_t nt, i;
	json_t *env;           /* module globals */
	const char *bnames[8]; /* comprehension variables ... */
	json_t *bvals[8];      /* ... and their current values */
	size_t nb;
	const char *file;
	rl_err *e;
	unsigned depth;
} ev;

static int is_op(const tok *t, char c)
{
	return t->type == T_OP && t->s[0] == c;
}

static int fail(ev *V, const tok *t, const char *what)
{
	return rl_err_at(V->e, RL_EUNSUPP, V->file, t->line, t->col,
			 "cannot evaluate %s (expected string literals, names, +, lists, dicts)",
			 what);
}

static int expr(ev *V, json_t **out);

static json_t *name_value(ev *V, const char *name)
{
	size_t k;
	for (k = V->nb; k > 0; k--)
		if (!strcmp(V->bnames[k - 1], name))
			return V->bvals[k - 1];
	return json_object_get(V->env, name);
}

/* An f-string's text: {{ and }} are braces, {NAME} a string variable;
 * anything else in braces (calls, format specs) is not evaluated. */
static int fstring(ev *V, const tok *t, rl_buf *b)
{
	size_t i = 0;
	while (i < t->len) {
		char c = t->s[i];
		if ((c == '{' || c == '}') && i + 1 < t->len && t->s[i + 1] == c) {
			if (rl_buf_addc(b, c))
				return RL_ENOMEM;
			i += 2;
		} else if (c == '{') {
			size_t j = i + 1;
			char name[128];
			json_t *v;
			while (j < t->len && t->s[j] == ' ')
				j++;
			i = j;
			while (j < t->len && (isalnum((unsigned char)t->s[j]) || t->s[j] == '_'))
				j++;
			if (j == i || j - i >= sizeof name)
				return fail(V, t, "an f-string field (expected {NAME})");
			memcpy(name, t->s + i, j - i);
			name[j - i] = '\0';
			while (j < t->len && t->s[j] == ' ')
				j++;
			if (j >= t->len || t->s[j] != '}')
				return fail(V, t, "an f-string field (expected {NAME})");
			v = name_value(V, name);
			if (!json_is_string(v))
				return fail(
					V, t,
					"an f-string field naming an unknown or non-string variable");
			if (rl_buf_add(b, json_string_value(v), json_string_length(v)))
				return RL_ENOMEM;
			i = j + 1;
		} else if (c == '}') {
			return fail(V, t, "a single '}' in an f-string");
		} else {
			if (rl_buf_addc(b, c))
				return RL_ENOMEM;
			i++;
		}
	}
	return 0;
}

static int atom(ev *V, json_t **out)
{
	tok *t = &V->t[V->i];
	int rc;

	if (++V->depth > 64) {
		V->depth--;
		return fail(V, t, "deeply nested expression");
	}
	rc = 0;
	if (t->type == T_STR) {
		rl_buf b = RL_BUF_INIT;
		while (V->t[V->i].type == T_STR) {
			if (V->t[V->i].bad == 3) {
				int frc = fstring(V, &V->t[V->i], &b);
				if (frc) {
					rl_buf_free(&b);
					V->depth--;
					return frc;
				}
				V->i++;
				continue;
			}
			if (V->t[V->i].bad) {
				rl_buf_free(&b);
				V->depth--;
				return fail(V, &V->t[V->i], "a bytes or template literal");
			}
			if (rl_buf_add(&b, V->t[V->i].s, V->t[V->i].len)) {
				rl_buf_free(&b);
				V->depth--;
				return RL_ENOMEM;
			}
			V->i++;
		}
		*out = json_stringn(b.s, b.len);
		rl_buf_free(&b);
		rc = *out ? 0 : RL_ENOMEM;
	} else if (t->type == T_NAME) {
		json_t *v = NULL;
		v = name_value(V, t->s);
		if (!v)
			rc = fail(V, t, "an unknown name");
		else {
			*out = json_incref(v);
			V->i++;
		}
	} else if (is_op(t, '(')) {
		json_t *v = NULL;
		V->i++;
		if ((rc = expr(V, &v)) == 0) {
			if (is_op(&V->t[V->i], ',')) {
				json_t *a = json_array();
				json_array_append_new(a, v);
				while (is_op(&V->t[V->i], ',')) {
					V->i++;
					if (is_op(&V->t[V->i], ')'))
						break;
					if ((rc = expr(V, &v))) {
						json_decref(a);
						a = NULL;
						break;
					}
					json_array_append_new(a, v);
				}
				v = a;
			}
			if (!rc && !is_op(&V->t[V->i], ')')) {
				json_decref(v);
				rc = fail(V, &V->t[V->i], "this token (expected ')')");
			} else if (!rc) {
				V->i++;
				*out = v;
			}
		}
	} else if (is_op(t, '[')) {
		json_t *a = json_array();
		V->i++;
		/* A comprehension `[expr for NAME in expr]`: find a `for` at this
		 * bracket depth first, since expr may use NAME. */
		{
			size_t k = V->i, forpos = 0;
			int d = 0;
			for (; k < V->nt && V->t[k].type != T_EOF; k++) {
				tok *q = &V->t[k];
				if (q->type == T_OP && strchr("([{", q->s[0]))
					d++;
				else if (q->type == T_OP && strchr(")]}", q->s[0])) {
					if (d == 0)
						break;
					d--;
				} else if (d == 0 && q->type == T_NAME && !strcmp(q->s, "for")) {
					forpos = k;
					break;
				}
			}
			if (forpos) {
				size_t start = V->i, after, j, q = forpos + 1, nv = 0, nb0 = V->nb;
				const char *names[8];
				int paren = is_op(&V->t[q], '(');
				json_t *it = NULL;
				/* for NAME[, NAME...] in / for (NAME, NAME) in */
				if (paren)
					q++;
				while (V->t[q].type == T_NAME && strcmp(V->t[q].s, "in") &&
				       nv < 8) {
					names[nv++] = V->t[q++].s;
					if (!is_op(&V->t[q], ','))
						break;
					q++;
				}
				if (paren && is_op(&V->t[q], ')'))
					q++;
				if (!nv || V->t[q].type != T_NAME || strcmp(V->t[q].s, "in") ||
				    V->nb + nv > 8) {
					json_decref(a);
					V->depth--;
					return fail(
						V, &V->t[forpos + 1],
						"a comprehension (expected 'for NAME[, NAME] in')");
				}
				V->i = q + 1;
				if ((rc = expr(V, &it)) == 0 &&
				    (!json_is_array(it) || !is_op(&V->t[V->i], ']')))
					rc = fail(V, &V->t[V->i],
						  "a comprehension over a non-list");
				after = V->i;
				for (j = 0; !rc && j < json_array_size(it); j++) {
					json_t *v = NULL, *item = json_array_get(it, j);
					size_t m;
					if (nv > 1 &&
					    (!json_is_array(item) || json_array_size(item) != nv)) {
						rc = fail(
							V, &V->t[forpos + 1],
							"a comprehension item that does not unpack into its names");
						break;
					}
					V->nb = nb0;
					for (m = 0; m < nv; m++) {
						V->bnames[V->nb] = names[m];
						V->bvals[V->nb++] =
							nv > 1 ? json_array_get(item, m) : item;
					}
					V->i = start;
					if ((rc = expr(V, &v)) == 0) {
						if (V->i != forpos) {
							json_decref(v);
							rc = fail(V, &V->t[V->i],
								  "this token (expected 'for')");
						} else {
							json_array_append_new(a, v);
						}
					}
				}
				V->nb = nb0;
				json_decref(it);
				V->i = after;
			}
		}
		while (!rc && !is_op(&V->t[V->i], ']')) {
			json_t *v = NULL;
			if ((rc = expr(V, &v)))
				break;
			json_array_append_new(a, v);
			if (is_op(&V->t[V->i], ','))
				V->i++;
			else if (!is_op(&V->t[V->i], ']'))
				rc = fail(V, &V->t[V->i], "this token (expected ',' or ']')");
		}
		if (rc)
			json_decref(a);
		else {
			V->i++;
			*out = a;
		}
	} else if (is_op(t, '{')) {
		json_t *o = json_object();
		V->i++;
		while (!rc && !is_op(&V->t[V->i], '}')) {
			json_t *k = NULL, *v = NULL;
			if ((rc = expr(V, &k)))
				break;
			if (!json_is_string(k) || !is_op(&V->t[V->i], ':')) {
				json_decref(k);
				rc = fail(V, &V->t[V->i],
					  "a dict entry (expected a string key and ':')");
				break;
			}
			V->i++;
			if ((rc = expr(V, &v))) {
				json_decref(k);
				break;
			}
			json_object_set_new(o, json_string_value(k), v);
			json_decref(k);
			if (is_op(&V->t[V->i], ','))
				V->i++;
			else if (!is_op(&V->t[V->i], '}'))
				rc = fail(V, &V->t[V->i], "this token (expected ',' or '}')");
		}
		if (rc)
			json_decref(o);
		else {
			V->i++;
			*out = o;
		}
	} else {
		rc = fail(V, t, "this token");
	}
	V->depth--;
	return rc;
}

static int expr(ev *V, json_t **out)
{
	json_t *a = NULL;
	int rc = atom(V, &a);
	while (!rc && is_op(&V->t[V->i], '+')) {
		json_t *b = NULL;
		tok *plus = &V->t[V->i];
		V->i++;
		if ((rc = atom(V, &b)))
			break;
		if (json_is_string(a) && json_is_string(b)) {
			rl_buf s = RL_BUF_INIT;
			json_t *c;
			if (rl_buf_add(&s, json_string_value(a), json_string_length(a)) ||
			    rl_buf_add(&s, json_string_value(b), json_string_length(b)))
				rc = RL_ENOMEM;
			c = rc ? NULL : json_stringn(s.s, s.len);
			rl_buf_free(&s);
			json_decref(a);
			a = c;
		} else if (json_is_array(a) && json_is_array(b)) {
			json_t *c = json_copy(a);
			json_array_extend(c, b);
			json_decref(a);
			a = c;
		} else {
			rc = fail(V, plus, "'+' of different types");
		}
		json_decref(b);
		if (!rc && !a)
			rc = RL_ENOMEM;
	}
	if (rc) {
		json_decref(a);
		return rc;
	}
	*out = a;
	return 0;
}

static int is_required(const char *const *req, const char *name)
{
	for (; req && *req; req++)
		if (!strcmp(*req, name))
			return 1;
	return 0;
}

int rl_pyconst_eval(const char *file, const char *src, size_t n, const char *const *required,
		    json_t **out, rl_err *e)
{
	lex L;
	ev V;
	size_t i, k;
	int rc;

	*out = NULL;
	memset(&L, 0, sizeof L);
	L.src = src;
	L.n = n;
	L.line = 1;
	if (!file)
		file = "<python>";
	if (memchr(src, '\0', n))
		return rl_err_at(e, RL_EINVAL, file, 0, 0,
				 "binary data (NUL byte) in a Python source");
	rc = lex_all(&L, file, e);
	memset(&V, 0, sizeof V);
	V.t = L.t;
	V.nt = L.nt;
	V.file = file;
	V.e = e;
	V.env = json_object();
	if (!rc && !V.env)
		rc = RL_ENOMEM;
	/* one logical line at a time: NAME[, NAME...] = expr NEWLINE */
	for (i = 0; !rc && i < L.nt && L.t[i].type != T_EOF;) {
		size_t s = i, eq = 0, end;
		for (end = i; L.t[end].type != T_NL && L.t[end].type != T_EOF; end++)
			if (!eq && is_op(&L.t[end], '='))
				eq = end;
		if (eq && !L.t[s].indent && L.t[s].type == T_NAME) {
			/* targets */
			size_t nt = 0, ok = 1;
			const char *names[16];
			for (k = s; k < eq; k++) {
				if ((k - s) % 2 == 0) {
					if (L.t[k].type != T_NAME || nt == 16)
						ok = 0;
					else
						names[nt++] = L.t[k].s;
				} else if (!is_op(&L.t[k], ',')) {
					ok = 0;
				}
			}
			if (ok && nt) {
				json_t *v = NULL;
				rl_err tmp;
				int req = 0, erc;
				for (k = 0; k < nt; k++)
					req |= is_required(required, names[k]);
				rl_err_clear(&tmp);
				V.e = &tmp;
				V.i = eq + 1;
				erc = expr(&V, &v);
				if (!erc && V.i != end) {
					erc = fail(&V, &L.t[V.i], "the rest of this statement");
					json_decref(v);
					v = NULL;
				}
				if (!erc && nt > 1 &&
				    (!json_is_array(v) || json_array_size(v) != nt)) {
					erc = fail(
						&V, &L.t[eq],
						"an unpacking assignment whose value has a different length");
					json_decref(v);
					v = NULL;
				}
				if (erc == RL_ENOMEM) {
					rc = rl_err_set(e, RL_ENOMEM, "out of memory");
				} else if (erc) {
					if (req) {
						if (e)
							*e = tmp;
						rc = erc;
					}
				} else if (nt == 1) {
					json_object_set_new(V.env, names[0], v);
				} else {
					for (k = 0; k < nt; k++)
						json_object_set(V.env, names[k],
								json_array_get(v, k));
					json_decref(v);
				}
			}
		}
		i = end + (L.t[end].type == T_NL ? 1 : 0);
	}
	for (k = 0; !rc && required && required[k]; k++)
		if (!json_object_get(V.env, required[k]))
			rc = rl_err_at(e, RL_ENOTFOUND, file, 0, 0, "no assignment to %s found",
				       required[k]);
	for (i = 0; i < L.nt; i++)
		free(L.t[i].s);
	free(L.t);
	if (rc) {
		json_decref(V.env);
		return rc;
	}
	*out = V.env;
	return 0;
}
