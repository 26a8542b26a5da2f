/* textcalls.c: tool calls that models write as text without a JSON object
 * naming the tool: ReAct ("Action: NAME" then "Action Input: {...}"),
 * Llama's "<function=NAME>{...}</function>", gpt-oss's channel markup
 * ("<|channel|>commentary to=functions.NAME ...<|message|>{...}<|call|>"),
 * GLM 4.5's "<tool_call>NAME<arg_key>K</arg_key><arg_value>V</arg_value>"
 * and python-style calls alone
 * on a line ("[send_email(to=\"a@b.example\", body=\"...\")]",
 * "goto('https://...')", as Llama 3.x, BrowserGym and other prompt-based
 * agents write them). Each becomes the same {"name", "arguments"} call the
 * JSON-in-text path adds (ac_add_json_action), so every rule reads it like a
 * native call. Hand-written: three fixed shapes read over a few bytes
 * around a '{' or one line; a general parser of python is not wanted (a
 * bare name as a value is code, not a call: such lines are not calls). */
#include "action/internal.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "redline/buf.h"

static int is_ident(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '-';
}

/* s[st..e) as a whole is a tool's name (identifier bytes and dots, 1 to
 * 128 of them): its length, and its start in *name; else 0. */
static size_t name_span(const char *s, size_t st, size_t e, const char **name)
{
	size_t i;
	for (i = st; i < e; i++)
		if (!is_ident(s[i]) && s[i] != '.')
			return 0;
	if (e == st || e - st > 128)
		return 0;
	*name = s + st;
	return e - st;
}

/* gpt-oss's channel markup: "<|channel|>commentary to=functions.NAME
 * <|constrain|>json<|message|>{...}<|call|>" (the recipient may also stand
 * before the channel: "<|start|>assistant to=functions.NAME<|channel|>...").
 * m is the position of "<|message|>"; the header before it, back to the
 * line start or the previous "<|message|>"/"<|end|>"/"<|call|>" (at most
 * 256 bytes), must hold "to=" then the name; a "functions." namespace is
 * dropped, as the other forms name the tool bare. */
static size_t harmony_name(const char *s, size_t m, const char **name)
{
	size_t lo = m > 256 ? m - 256 : 0, i = m, st, e;
	while (i > lo && s[i - 1] != '\n' && !(i >= 11 && !memcmp(s + i - 11, "<|message|>", 11)) &&
	       !(i >= 7 && !memcmp(s + i - 7, "<|end|>", 7)) &&
	       !(i >= 8 && !memcmp(s + i - 8, "<|call|>", 8)))
		i--;
	for (; i + 3 <= m; i++) {
		if (memcmp(s + i, "to=", 3) || (i > 0 && is_ident(s[i - 1])))
			continue;
		st = i + 3;
		if (m - st > 10 && !memcmp(s + st, "functions.", 10))
			st += 10;
		e = st;
		while (e < m && (is_ident(s[e]) || s[e] == '.'))
			e++;
		if (e == st || e - st > 128)
			return 0;
		*name = s + st;
		return e - st;
	}
	return 0;
}

/* DeepSeek V3/R1's tool-call tokens as they reach the text:
 * "<｜tool▁call▁begin｜>function<｜tool▁sep｜>NAME\n```json\n{...}\n```
 * <｜tool▁call▁end｜>" (full-width bars and the lower-block separator, or
 * their ASCII spelling "<|tool_sep|>"). i is where the blanks before the
 * arguments start; an optional ```json fence line is skipped back over,
 * then the line must be NAME right after the separator token. Returns
 * the name's length (0: not this form). */
static size_t sep_name(const char *s, size_t i, const char **name)
{
	static const char *const seps[] = {"<\xef\xbd\x9ctool\xe2\x96\x81sep\xef\xbd\x9c>",
					   "<|tool_sep|>", NULL};
	size_t st, e, k;
	if (i >= 3 && s[i - 1] != '`') {
		/* "```json" (or "```") ends the line before the arguments */
		size_t j = i;
		while (j > 0 && isalpha((unsigned char)s[j - 1]) && i - j < 8)
			j--;
		if (j >= 3 && !memcmp(s + j - 3, "```", 3))
			i = j - 3;
	} else if (i >= 3 && !memcmp(s + i - 3, "```", 3)) {
		i -= 3;
	}
	while (i > 0 && (ac_is_hspace(s[i - 1]) || s[i - 1] == '\n'))
		i--;
	e = i;
	st = e;
	while (st > 0 && e - st <= 128 && (is_ident(s[st - 1]) || s[st - 1] == '.'))
		st--;
	if (st == e || e - st > 128)
		return 0;
	for (k = 0; seps[k]; k++) {
		size_t l = strlen(seps[k]);
		if (st >= l && !memcmp(s + st - l, seps[k], l)) {
			*name = s + st;
			return e - st;
		}
	}
	return 0;
}

/* Kimi K2's tool-call tokens as they reach the text:
 * "<|tool_call_begin|>functions.NAME:0<|tool_call_argument_begin|>{...}
 * <|tool_call_end|>". i is where the blanks before the arguments start;
 * the header between the two tokens is the name, a "functions." namespace
 * and the ":index" suffix dropped. Returns the name's length (0: not this
 * form). */
static size_t kimi_name(const char *s, size_t i, const char **name)
{
	static const char arg[] = "<|tool_call_argument_begin|>", beg[] = "<|tool_call_begin|>";
	size_t al = sizeof arg - 1, bl = sizeof beg - 1, e, st;
	if (i < al || memcmp(s + i - al, arg, al))
		return 0;
	e = i - al;
	st = e;
	while (st > 0 && e - st <= 160 &&
	       (is_ident(s[st - 1]) || s[st - 1] == '.' || s[st - 1] == ':'))
		st--;
	while (st < e && (ac_is_hspace(s[st]) || s[st] == '\n'))
		st++;
	if (st < bl || memcmp(s + st - bl, beg, bl))
		return 0;
	if (e - st > 10 && !memcmp(s + st, "functions.", 10))
		st += 10;
	{
		const char *colon = memchr(s + st, ':', e - st);
		if (colon)
			e = (size_t)(colon - s);
	}
	if (e == st || e - st > 128)
		return 0;
	*name = s + st;
	return e - st;
}

/* Other chat templates that put the tool's name on a header line before
 * the JSON arguments: Qwen-Agent ("\u273fFUNCTION\u273f: NAME" then
 * "\u273fARGS\u273f: {...}"), Functionary v3 (">>>NAME" then "{...}") and
 * Functionary v2 ("<|recipient|>NAME" then "<|content|>{...}"). i is where
 * the blanks before the arguments start. Returns the name's length (0:
 * not one of these). */
static size_t header_line_name(const char *s, size_t i, const char **name)
{
	static const char args[] = "\xe2\x9c\xbf"
				   "ARGS\xe2\x9c\xbf:",
			  func[] = "\xe2\x9c\xbf"
				   "FUNCTION\xe2\x9c\xbf:",
			  content[] = "<|content|>", recip[] = "<|recipient|>";
	size_t e, st, ls;
	const char *want = NULL;
	if (i >= sizeof args - 1 && !memcmp(s + i - (sizeof args - 1), args, sizeof args - 1)) {
		i -= sizeof args - 1;
		want = func;
	} else if (i >= sizeof content - 1 &&
		   !memcmp(s + i - (sizeof content - 1), content, sizeof content - 1)) {
		i -= sizeof content - 1;
		want = recip;
	}
	/* the header line: the one before the argument token, or for
	 * ">>>" the line the JSON follows (name_before_args skipped the
	 * newline already) */
	while (i > 0 && ac_is_hspace(s[i - 1]))
		i--;
	if (want) {
		if (!i || s[i - 1] != '\n')
			return 0;
		i--;
	}
	e = i;
	while (e > 0 && ac_is_hspace(s[e - 1]))
		e--;
	/* a header line is short: read back at most 512 bytes for its
	 * start (an unbounded walk to the line start, for every '{' of one
	 * long line, was quadratic: 64 KB of '{"' cost seconds) */
	ls = e;
	while (ls > 0 && s[ls - 1] != '\n' && e - ls < 512)
		ls--;
	if (ls > 0 && s[ls - 1] != '\n')
		return 0;
	while (ls < e && ac_is_hspace(s[ls]))
		ls++;
	if (want) {
		size_t wl = strlen(want);
		if (e - ls <= wl || memcmp(s + ls, want, wl))
			return 0;
		st = ls + wl;
	} else {
		if (e - ls <= 3 || memcmp(s + ls, ">>>", 3))
			return 0;
		st = ls + 3;
	}
	while (st < e && ac_is_hspace(s[st]))
		st++;
	return name_span(s, st, e, name);
}

/* Mistral's newer tokenizer writes a call as "[TOOL_CALLS]NAME[ARGS]{...}"
 * (v11), or "[TOOL_CALLS]NAME[CALL_ID]ID[ARGS]{...}" (v13), several in a
 * row. e is where "[ARGS]" starts; the name stands right before it (or
 * before the call id), after "[TOOL_CALLS]", the previous call's '}' or
 * the line start. Returns the name's length (0: not this form). */
static size_t mistral_args_name(const char *s, size_t e, const char **name)
{
	static const char cid[] = "[CALL_ID]", tc[] = "[TOOL_CALLS]";
	size_t k = e, st, lc = sizeof cid - 1, lt = sizeof tc - 1;
	while (k > 0 && e - k <= 64 && isalnum((unsigned char)s[k - 1]))
		k--;
	if (k >= lc && !memcmp(s + k - lc, cid, lc))
		e = k - lc;
	st = e;
	while (st > 0 && e - st <= 128 && (is_ident(s[st - 1]) || s[st - 1] == '.'))
		st--;
	if (!((st >= lt && !memcmp(s + st - lt, tc, lt)) || st == 0 || s[st - 1] == '}' ||
	      s[st - 1] == '\n' || ac_is_hspace(s[st - 1])))
		return 0;
	return name_span(s, st, e, name);
}

/* DeepSeek V3.1's call tokens put the name BEFORE the separator and the
 * JSON right after it, without a fence:
 * "<｜tool▁call▁begin｜>NAME<｜tool▁sep｜>{...}<｜tool▁call▁end｜>" (or the
 * ASCII spelling). i is where the blanks before the arguments start.
 * Returns the name's length (0: not this form). */
static size_t sep_first_name(const char *s, size_t i, const char **name)
{
	static const char *const seps[] = {"<\xef\xbd\x9ctool\xe2\x96\x81sep\xef\xbd\x9c>",
					   "<|tool_sep|>", NULL};
	static const char *const begs[] = {"<\xef\xbd\x9ctool\xe2\x96\x81"
					   "call\xe2\x96\x81"
					   "begin\xef\xbd\x9c>",
					   "<|tool_call_begin|>", NULL};
	size_t k, j, e, st;
	for (k = 0; seps[k]; k++) {
		size_t l = strlen(seps[k]);
		if (i < l || memcmp(s + i - l, seps[k], l))
			continue;
		e = i - l;
		st = e;
		while (st > 0 && e - st <= 128 && (is_ident(s[st - 1]) || s[st - 1] == '.'))
			st--;
		for (j = 0; begs[j]; j++) {
			size_t bl = strlen(begs[j]);
			if (st >= bl && !memcmp(s + st - bl, begs[j], bl))
				return name_span(s, st, e, name);
		}
	}
	return 0;
}

/* The tool a text call names just before its JSON arguments at s[pos]
 * ('{'): ReAct ("Action: NAME", then "Action Input: {...}") or Llama's
 * "<function=NAME>{...}". Returns the name's length (0: none) and its
 * start in *name. Hand-written: two fixed shapes read backwards over a
 * few bytes; a regex pass over every text would cost more. */
static size_t name_before_args(const char *s, size_t pos, const char **name)
{
	size_t i = pos, st, e;
	while (i > 0 && (ac_is_hspace(s[i - 1]) || s[i - 1] == '\n'))
		i--;
	if (i >= 11 && !memcmp(s + i - 11, "<|message|>", 11))
		return harmony_name(s, i - 11, name);
	if (i >= 6 && !memcmp(s + i - 6, "[ARGS]", 6))
		return mistral_args_name(s, i - 6, name);
	if ((e = sep_first_name(s, i, name)))
		return e;
	if ((e = sep_name(s, i, name)))
		return e;
	if ((e = kimi_name(s, i, name)))
		return e;
	if ((e = header_line_name(s, i, name)))
		return e;
	if (i > 0 && s[i - 1] == '>') { /* <function=NAME> */
		e = i - 1;
		st = e;
		while (st > 0 && (is_ident(s[st - 1]) || s[st - 1] == '.'))
			st--;
		if (e > st && e - st <= 128 && st >= 10 && !memcmp(s + st - 10, "<function=", 10)) {
			*name = s + st;
			return e - st;
		}
		return 0;
	}
	if (i < 13 || strncasecmp(s + i - 13, "action input:", 13))
		return 0;
	i -= 13;
	while (i > 0 && ac_is_hspace(s[i - 1]))
		i--;
	if (!i || s[i - 1] != '\n')
		return 0;
	/* the line before: "Action: NAME" */
	e = i - 1;
	while (e > 0 && (ac_is_hspace(s[e - 1]) || s[e - 1] == '`'))
		e--;
	st = e;
	while (st > 0 && s[st - 1] != '\n')
		st--;
	while (st < e && ac_is_hspace(s[st]))
		st++;
	if (e - st < 8 || strncasecmp(s + st, "action:", 7))
		return 0;
	st += 7;
	while (st < e && (ac_is_hspace(s[st]) || s[st] == '`'))
		st++;
	return name_span(s, st, e, name);
}

/* One python-style argument value at s[i..n): a quoted string, a number,
 * True/False/None or a bracketed list/dict read as JSON. Returns it (new
 * reference) and sets *next after it, or NULL. */
static json_t *py_value(const char *s, size_t n, size_t i, size_t *next)
{
	if (i < n && (s[i] == '"' || s[i] == '\'')) {
		char q = s[i];
		rl_buf b = RL_BUF_INIT;
		json_t *v;
		size_t k = i + 1;
		while (k < n && s[k] != q && s[k] != '\n') {
			if (s[k] == '\\' && k + 1 < n) {
				char c = s[k + 1];
				rl_buf_addc(&b, c == 'n' ? '\n' : c == 't' ? '\t' : c);
				k += 2;
				continue;
			}
			rl_buf_addc(&b, s[k++]);
		}
		if (k >= n || s[k] != q) {
			rl_buf_free(&b);
			return NULL;
		}
		*next = k + 1;
		v = json_stringn(b.s, b.len);
		rl_buf_free(&b);
		return v;
	}
	if (i < n && (s[i] == '[' || s[i] == '{')) {
		json_error_t err;
		json_t *v =
			json_loadb(s + i, n - i, JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, &err);
		if (v)
			*next = i + (size_t)err.position;
		return v;
	}
	{
		size_t k = i;
		size_t d;
		while (k < n &&
		       (isalnum((unsigned char)s[k]) || s[k] == '.' || s[k] == '-' || s[k] == '+'))
			k++;
		if (k == i)
			return NULL;
		*next = k;
		if (k - i == 4 && !memcmp(s + i, "True", 4))
			return json_true();
		if (k - i == 5 && !memcmp(s + i, "False", 5))
			return json_false();
		if (k - i == 4 && !memcmp(s + i, "None", 4))
			return json_null();
		/* a number; a bare name is a variable in code, not a call's value */
		for (d = i; d < k; d++)
			if (!isdigit((unsigned char)s[d]) && !strchr(".-+eE", s[d]))
				return NULL;
		return json_stringn(s + i, k - i);
	}
}

/* A python-style call filling line s[ls..le): NAME(key=value, ...), alone
 * on the line or wrapped in [ ] or backticks, as Llama 3.x, BrowserGym and
 * other prompt-based agents write them ("[send_email(to=\"a@b\")]",
 * "goto('https://...')"). Positional arguments become arg0, arg1, ...
 * Returns the call as {"name", "arguments"} (new reference) or NULL. */
static json_t *py_call(const char *s, size_t ls, size_t le)
{
	size_t i = ls, ns, ne, k, npos = 0;
	json_t *args, *call;
	while (i < le && (ac_is_hspace(s[i]) || s[i] == '[' || s[i] == '`'))
		i++;
	while (le > i && (ac_is_hspace(s[le - 1]) || s[le - 1] == ']' || s[le - 1] == '`' ||
			  s[le - 1] == ';'))
		le--;
	ns = i;
	while (i < le && (is_ident(s[i]) || s[i] == '.'))
		i++;
	ne = i;
	if (ne == ns || ne - ns > 128 || i >= le || s[i] != '(' || s[le - 1] != ')' ||
	    !(isalpha((unsigned char)s[ns]) || s[ns] == '_'))
		return NULL;
	if (!(args = json_object()))
		return NULL;
	i++;
	for (;;) {
		size_t ks = 0, ke = 0, next = 0;
		json_t *v;
		while (i < le && ac_is_hspace(s[i]))
			i++;
		if (i < le && s[i] == ')')
			break;
		k = i;
		while (k < le && (is_ident(s[k])))
			k++;
		if (k > i && k < le && s[k] == '=' && (k + 1 >= le || s[k + 1] != '=')) {
			ks = i;
			ke = k;
			i = k + 1;
			while (i < le && ac_is_hspace(s[i]))
				i++;
		}
		if (!(v = py_value(s, le, i, &next)) || next > le) {
			json_decref(v);
			json_decref(args);
			return NULL;
		}
		if (ke > ks) {
			char key[129];
			size_t kl = ke - ks < 128 ? ke - ks : 128;
			memcpy(key, s + ks, kl);
			key[kl] = '\0';
			json_object_set_new(args, key, v);
		} else {
			char key[24];
			snprintf(key, sizeof key, "arg%zu", npos++);
			json_object_set_new(args, key, v);
		}
		i = next;
		while (i < le && ac_is_hspace(s[i]))
			i++;
		if (i < le && s[i] == ',') {
			i++;
			continue;
		}
		if (i < le && s[i] == ')' && i + 1 == le)
			break;
		json_decref(args);
		return NULL;
	}
	/* as calls.c: no builtins, no dotted names but a tool API's own
	 * prefix; positional arguments only as a call's single argument
	 * (goto('https://...')): send("a", "b") names no field */
	ns += ac_py_api_prefix(s + ns, ne - ns);
	if (!json_object_size(args) || ac_py_builtin(s + ns, ne - ns) ||
	    memchr(s + ns, '.', ne - ns) ||
	    (npos > 1 || (npos == 1 && json_object_size(args) > 1))) {
		json_decref(args);
		return NULL;
	}
	call = json_pack("{s:s%,s:o}", "name", s + ns, ne - ns, "arguments", args);
	return call;
}

size_t ac_named_args_call(ac_builder *b, const char *s, size_t n, size_t pos, int source,
			  int in_reasoning)
{
	const char *name;
	size_t nl = name_before_args(s, pos, &name), win;
	json_error_t err;
	json_t *o, *call;
	if (!nl)
		return 0;
	win = n - pos < RL_JSON_WINDOW ? n - pos : RL_JSON_WINDOW;
	if (!(o = json_loadb(s + pos, win, JSON_DISABLE_EOF_CHECK, &err)))
		return 0;
	if (!json_is_object(o) ||
	    !(call = json_pack("{s:s%,s:o}", "name", name, nl, "arguments", o))) {
		json_decref(o);
		return 0;
	}
	ac_add_json_action(b, call, source, RL_ORIGIN_JSON, (size_t)(name - s),
			   pos + (size_t)err.position, in_reasoning);
	json_decref(call);
	return pos + (size_t)err.position;
}

/* A list of python-style calls on one line, as Llama 4 writes several at
 * once: "[forward(email_id=2, to=\"x\"), send_email(to=\"y\", ...)]".
 * Each call ends at its ')' outside quotes and brackets; every one must
 * read as py_call reads a call alone, else the line is no list. Returns
 * the count added (0: not such a list). */
static int py_call_list(ac_builder *b, const char *s, size_t ls, size_t le, int source,
			int in_reasoning)
{
	enum { MAXC = 16 };
	json_t *calls[MAXC];
	size_t spans[MAXC][2], i = ls, e = le, nc = 0, k;
	while (i < e && ac_is_hspace(s[i]))
		i++;
	while (e > i && (ac_is_hspace(s[e - 1]) || s[e - 1] == ';'))
		e--;
	if (e - i < 4 || s[i] != '[' || s[e - 1] != ']')
		return 0;
	i++;
	e--;
	while (i < e) {
		size_t st = i, end = 0;
		int depth = 0;
		char q = 0;
		for (k = i; k < e && !end; k++) {
			char c = s[k];
			if (q) {
				if (c == '\\')
					k++;
				else if (c == q)
					q = 0;
			} else if (c == '"' || c == '\'') {
				q = c;
			} else if (c == '(' || c == '[' || c == '{') {
				depth++;
			} else if (c == ')' || c == ']' || c == '}') {
				if (--depth == 0 && c == ')')
					end = k + 1;
				else if (depth < 0)
					break;
			}
		}
		if (!end || nc == MAXC || !(calls[nc] = py_call(s, st, end)))
			goto fail;
		spans[nc][0] = st;
		spans[nc][1] = end;
		nc++;
		i = end;
		while (i < e && ac_is_hspace(s[i]))
			i++;
		if (i < e && s[i] != ',')
			goto fail;
		if (i < e)
			i++;
	}
	if (nc < 2)
		goto fail;
	for (k = 0; k < nc; k++) {
		ac_add_json_action(b, calls[k], source, RL_ORIGIN_JSON, spans[k][0], spans[k][1],
				   in_reasoning);
		json_decref(calls[k]);
	}
	return (int)nc;
fail:
	for (k = 0; k < nc; k++)
		json_decref(calls[k]);
	return 0;
}

int ac_py_call_line(ac_builder *b, const char *s, size_t ls, size_t le, int source,
		    int in_reasoning)
{
	json_t *call;
	if (le - ls > RL_JSON_WINDOW)
		return 0;
	if (!(call = py_call(s, ls, le)))
		return py_call_list(b, s, ls, le, source, in_reasoning);
	ac_add_json_action(b, call, source, RL_ORIGIN_JSON, ls, le, in_reasoning);
	json_decref(call);
	return 1;
}

/* The element name at s[i] after '<' or "</": an optional namespace
 * prefix ("ns:") and then `want`. Returns the position after it, or 0. */
static size_t elem_name(const char *s, size_t n, size_t i, const char *want)
{
	size_t k = i, wl = strlen(want);
	while (k < n && k - i <= 32 && (isalnum((unsigned char)s[k]) || s[k] == '_' || s[k] == '-'))
		k++;
	if (k < n && s[k] == ':' && k > i)
		i = k + 1; /* a namespace prefix */
	if (n - i < wl || strncasecmp(s + i, want, wl))
		return 0;
	i += wl;
	return i < n && (ac_is_hspace(s[i]) || s[i] == '>' || s[i] == '\n') ? i : 0;
}

/* ` name="VALUE">` after an element name at s[i]: VALUE's span, the
 * position after '>'; 0 when the element has no such attribute. */
static size_t name_attr(const char *s, size_t n, size_t i, size_t *vs, size_t *ve)
{
	char q;
	while (i < n && (ac_is_hspace(s[i]) || s[i] == '\n'))
		i++;
	if (n - i < 6 || strncasecmp(s + i, "name=", 5))
		return 0;
	i += 5;
	q = s[i];
	if (q != '"' && q != '\'')
		return 0;
	*vs = ++i;
	while (i < n && i - *vs <= 128 && s[i] != q && s[i] != '\n')
		i++;
	if (i >= n || s[i] != q || i == *vs)
		return 0;
	*ve = i++;
	while (i < n && ac_is_hspace(s[i]))
		i++;
	return i < n && s[i] == '>' ? i + 1 : 0;
}

/* "</" [ns:] want ">" at or after s[i], within lim: its start; n if none. */
static size_t find_close(const char *s, size_t n, size_t i, size_t lim, const char *want,
			 size_t *after)
{
	while (i < lim) {
		const char *p = memmem(s + i, lim - i, "</", 2);
		size_t k;
		if (!p)
			break;
		i = (size_t)(p - s);
		k = elem_name(s, lim, i + 2, want);
		if (k && k < lim && s[k] == '>') {
			*after = k + 1;
			return i;
		}
		i += 2;
	}
	return n;
}

/* The key of a parameter element opening at s[i] (after '<'): either
 * `parameter name="KEY">` (the <invoke> form) or `parameter=KEY>`
 * (Qwen3-Coder's). Sets the key's span and returns the position after
 * '>', or 0. */
static size_t param_open(const char *s, size_t n, size_t i, size_t *ks, size_t *ke)
{
	size_t k = elem_name(s, n, i, "parameter");
	if (k)
		return name_attr(s, n, k, ks, ke);
	if (n - i < 10 || strncasecmp(s + i, "parameter=", 10))
		return 0;
	k = i + 10;
	*ks = k;
	while (k < n && k - *ks <= 128 && (is_ident(s[k]) || s[k] == '.'))
		k++;
	if (k == *ks || k >= n || s[k] != '>')
		return 0;
	*ke = k;
	return k + 1;
}

/* One call: NAME at s[ns..ne), its body s[body..cl), the whole from
 * `start` to `end` (after the close). Parameters are read in order; one
 * never closed ends the list (no later one can close either). A
 * <function ...> call needs a parameter: Llama's <function=NAME>{...}
 * holds JSON, which name_before_args reads. */
static void invoke_add(ac_builder *b, const char *s, size_t ns, size_t ne, size_t body, size_t cl,
		       size_t start, size_t end, int source, int need_param)
{
	size_t i;
	json_t *args, *call;
	if (!(args = json_object()))
		return;
	for (i = body; i < cl;) {
		const char *p = memchr(s + i, '<', cl - i);
		size_t k, ks, ke, ve, va = 0, vs;
		if (!p)
			break;
		i = (size_t)(p - s) + 1;
		if (!(k = param_open(s, cl, i, &ks, &ke)))
			continue;
		if ((ve = find_close(s, cl, k, cl, "parameter", &va)) == cl)
			break;
		/* Qwen3-Coder writes each value on lines of its own */
		vs = k;
		if (vs < ve && s[vs] == '\n')
			vs++;
		if (ve > vs && s[ve - 1] == '\n')
			ve--;
		{
			char key[129];
			size_t kl = ke - ks;
			memcpy(key, s + ks, kl);
			key[kl] = '\0';
			json_object_set_new(args, key, json_stringn(s + vs, ve - vs));
		}
		i = va;
	}
	if (need_param && !json_object_size(args)) {
		json_decref(args);
		return;
	}
	call = json_pack("{s:s%,s:o}", "name", s + ns, ne - ns, "arguments", args);
	if (!call)
		return;
	ac_add_json_action(b, call, source, RL_ORIGIN_JSON, start, end, 0);
	json_decref(call);
}

void ac_scan_invokes(ac_builder *b, const char *s, size_t n, int source)
{
	/* one pass over the tags: an opening is a call when the next tag of
	 * its element after it is its close (linear: each '<' is looked at
	 * once, each body read once). The elements: <invoke name="NAME">
	 * (Claude's <function_calls>), <function name="NAME"> and
	 * Qwen3-Coder's <function=NAME>, both with <parameter> children */
	static const char *const elems[] = {"invoke", "function"};
	size_t i = 0, open = (size_t)-1, body = 0, ns = 0, ne = 0;
	int kind = 0;
	while (i < n && !b->oom) {
		const char *p = memchr(s + i, '<', n - i);
		size_t k, vs, ve, bd, j;
		int e;
		if (!p)
			break;
		i = (size_t)(p - s);
		if (open != (size_t)-1 && i - body > RL_JSON_WINDOW)
			open = (size_t)-1; /* larger than a call is read */
		if (i + 1 < n && s[i + 1] == '/') {
			if (open != (size_t)-1 && (k = elem_name(s, n, i + 2, elems[kind])) &&
			    k < n && s[k] == '>') {
				invoke_add(b, s, ns, ne, body, i, open, k + 1, source, kind);
				open = (size_t)-1;
				i = k + 1;
				continue;
			}
			i++;
			continue;
		}
		for (e = 0; e < 2; e++) {
			vs = ve = bd = 0;
			if ((k = elem_name(s, n, i + 1, elems[e])))
				bd = name_attr(s, n, k, &vs, &ve);
			else if (e == 1 && n - i > 10 && !strncasecmp(s + i + 1, "function=", 9)) {
				vs = ve = i + 10;
				while (ve < n && ve - vs <= 128 &&
				       (is_ident(s[ve]) || s[ve] == '.'))
					ve++;
				bd = ve > vs && ve < n && s[ve] == '>' ? ve + 1 : 0;
				k = 1;
			}
			if (!k)
				continue;
			open = (size_t)-1; /* an earlier opening never closed: a mention */
			if (bd) {
				for (j = vs; j < ve && (is_ident(s[j]) || s[j] == '.'); j++)
					;
				if (j == ve) {
					open = i;
					body = bd;
					ns = vs;
					ne = ve;
					kind = e;
				}
			}
			break;
		}
		i = open == i ? body : i + 1;
	}
}

/* Skip blanks and newlines from s[i]. */
static size_t skip_blank(const char *s, size_t n, size_t i)
{
	while (i < n && (ac_is_hspace(s[i]) || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

/* Does s[i..n) start with the literal lit? */
static int at_lit(const char *s, size_t n, size_t i, const char *lit, size_t l)
{
	return n - i >= l && !memcmp(s + i, lit, l);
}

void ac_scan_argcalls(ac_builder *b, const char *s, size_t n, int source)
{
	static const char open[] = "<tool_call>", key[] = "<arg_key>", keyc[] = "</arg_key>",
			  val[] = "<arg_value>", valc[] = "</arg_value>", close[] = "</tool_call>";
	const size_t ol = sizeof open - 1, kl = sizeof key - 1, kcl = sizeof keyc - 1,
		     vl = sizeof val - 1, vcl = sizeof valc - 1, cl = sizeof close - 1;
	size_t i = 0;
	while (i < n && !b->oom) {
		const char *p = memmem(s + i, n - i, open, ol);
		size_t st, k, ns, ne, end;
		json_t *args, *call;
		if (!p)
			break;
		st = (size_t)(p - s);
		i = st + ol;
		k = skip_blank(s, n, i);
		ns = k;
		while (k < n && k - ns <= 128 && (is_ident(s[k]) || s[k] == '.'))
			k++;
		ne = k;
		k = skip_blank(s, n, k);
		/* Hermes' <tool_call>{...} has no name: the JSON path reads it */
		if (ne == ns || ne - ns > 128 || !at_lit(s, n, k, key, kl))
			continue;
		if (!(args = json_object())) {
			b->oom = 1;
			break;
		}
		end = k;
		while (at_lit(s, n, k, key, kl)) {
			size_t ks = k + kl, ke, vs, lim;
			const char *q;
			char name[129];
			lim = n - ks < 256 ? n : ks + 256;
			if (!(q = memmem(s + ks, lim - ks, keyc, kcl)) ||
			    (ke = (size_t)(q - s)) == ks || ke - ks > 128 ||
			    memchr(s + ks, '<', ke - ks))
				break;
			k = skip_blank(s, n, ke + kcl);
			if (!at_lit(s, n, k, val, vl))
				break;
			vs = k + vl;
			lim = n - vs < RL_JSON_WINDOW ? n : vs + RL_JSON_WINDOW;
			if (!(q = memmem(s + vs, lim - vs, valc, vcl)))
				break; /* never closed: the call is cut short */
			memcpy(name, s + ks, ke - ks);
			name[ke - ks] = '\0';
			json_object_set_new(args, name, json_stringn(s + vs, (size_t)(q - s) - vs));
			end = (size_t)(q - s) + vcl;
			k = skip_blank(s, n, end);
		}
		if (!json_object_size(args)) {
			json_decref(args);
			continue;
		}
		if (at_lit(s, n, k, close, cl))
			end = k + cl;
		call = json_pack("{s:s%,s:o}", "name", s + ns, ne - ns, "arguments", args);
		if (!call) {
			b->oom = 1;
			break;
		}
		ac_add_json_action(b, call, source, RL_ORIGIN_JSON, st, end, 0);
		json_decref(call);
		i = end;
	}
}
