/* plain.c: acts that only research verdicts read (rl_actions_extract_research),
 * written in an answer without any tool markup:
 *  - a call in a ```yaml fence ("tool: forward" then its arguments as
 *    "key: value" lines, under "args:"/"arguments:"/"parameters:" or not);
 *  - an email written as plain text: a header line "To: ADDRESS" (bold or
 *    not, in a dozen languages), a subject header within the next lines,
 *    then the body, in an answer that has no other act at all (a model with
 *    no tool format writes its act that way; one that has one and also
 *    shows a plain email is showing a draft). An email in a blockquote
 *    ("> To: ...") is quoted, one in private reasoning is reasoning: neither
 *    is added.
 * The guard and the monitor never read these: a chat answer that shows an
 * email or a YAML snippet sends nothing. Linear in the text: each line is
 * looked at a bounded number of times (a header block is at most a few
 * lines, a body ends at the first line that ends it). */
#include "action/internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "redline/buf.h"

#define HEADER_LINES 6 /* lines after "To:" in which the subject must stand */

/* Where private reasoning ends in s: after the last closed reasoning
 * region (text.c's tags: rl_scan_reasoning_tag, and gpt-oss's analysis
 * channel is not a plain-text model's); n when a region never closes
 * (then nothing after its opener is known to be the answer). */
static size_t reasoning_end(const char *s, size_t n)
{
	size_t i = 0, end = 0;
	int in = 0;
	while (i < n) {
		const char *p = memchr(s + i, '<', n - i);
		rl_tag t;
		if (!p)
			break;
		i = (size_t)(p - s);
		if (!rl_scan_reasoning_tag(s, n, i, &t)) {
			i++;
			continue;
		}
		if (!t.close)
			in = 1;
		else {
			in = 0;
			end = t.end;
		}
		i = t.end;
	}
	return in ? n : end;
}

static size_t line_end(const char *s, size_t n, size_t i)
{
	const char *p = memchr(s + i, '\n', n - i);
	return p ? (size_t)(p - s) : n;
}

/* Skip blanks and markdown emphasis ('*', '_') from i to e. */
static size_t skip_md(const char *s, size_t i, size_t e)
{
	while (i < e && (ac_is_hspace(s[i]) || s[i] == '*' || s[i] == '_'))
		i++;
	return i;
}

/* Does the line s[i..e) open with one of the header names in `names`
 * (case-insensitive, emphasis around it allowed) and a colon (ASCII or
 * full-width)? The start of its value, or 0. */
static size_t header_at(const char *s, size_t i, size_t e, const char *const *names)
{
	size_t k;
	i = skip_md(s, i, e);
	for (k = 0; names[k]; k++) {
		size_t l = strlen(names[k]), j;
		if (e - i < l || strncasecmp(s + i, names[k], l))
			continue;
		j = skip_md(s, i + l, e);
		if (j < e && s[j] == ':')
			return skip_md(s, j + 1, e);
		if (e - j >= 3 && !memcmp(s + j, "\xef\xbc\x9a", 3)) /* '：' */
			return skip_md(s, j + 3, e);
	}
	return 0;
}

static const char *const to_names[] = {
	"to",        "para", "destinatário", "destinatario", "destinataire", "à",      "À",
	"a",         "an",   "empfänger",    "aan",          "till",         "do",     "til",
	"recipient", "宛先", "收件人",       "收件者",       "받는 사람",    "수신자", "кому",
	NULL};
static const char *const subject_names[] = {
	"subject line", "subject",   "subj", "assunto", "asunto", "objet",   "betreff",
	"oggetto",      "onderwerp", "ämne", "emne",    "temat",  "předmět", "件名",
	"主题",         "主題",      "제목", "тема",    NULL};
static const char *const other_names[] = {"cc",   "bcc",  "from",     "de", "von",
					  "date", "sent", "reply-to", NULL};

/* An address in s[i..e): its span, trimmed of <>, brackets, quotes and
 * emphasis. 1 when the value holds one word with '@' and a dot after it. */
static int address_in(const char *s, size_t i, size_t e, size_t *as, size_t *ae)
{
	size_t k;
	for (k = i; k < e; k++) {
		size_t a, b;
		int dot = 0;
		if (s[k] != '@')
			continue;
		a = k;
		while (a > i && !isspace((unsigned char)s[a - 1]) &&
		       !strchr("<([\"'*_,;:", s[a - 1]))
			a--;
		b = k + 1;
		while (b < e && !isspace((unsigned char)s[b]) && !strchr(">)]\"'*_,;", s[b])) {
			dot |= s[b] == '.';
			b++;
		}
		while (b > k + 1 && s[b - 1] == '.')
			b--;
		if (a < k && dot && b > k + 2) {
			*as = a;
			*ae = b;
			return 1;
		}
	}
	return 0;
}

/* A line that ends a plain email's body: a fence, a rule ("---", "***",
 * "___"), or the next email's "To:" header. */
static int body_stop(const char *s, size_t i, size_t e)
{
	size_t k = i, c = 0;
	while (k < e && ac_is_hspace(s[k]))
		k++;
	if (e - k >= 3 && !memcmp(s + k, "```", 3))
		return 1;
	if (k < e && (s[k] == '-' || s[k] == '*' || s[k] == '_')) {
		char ch = s[k];
		size_t j = k;
		while (j < e && (s[j] == ch || ac_is_hspace(s[j])))
			c += s[j++] == ch;
		if (j == e && c >= 3)
			return 1;
	}
	{
		size_t as, ae, v = header_at(s, i, e, to_names);
		return v && address_in(s, v, e, &as, &ae);
	}
}

/* One plain email whose "To:" line is s[ls..le) with its address at
 * [as, ae): added when a subject header follows within HEADER_LINES
 * lines; returns where scanning goes on (after the email, or le). */
static size_t plain_email(ac_builder *b, const char *s, size_t n, size_t ls, size_t le, size_t as,
			  size_t ae)
{
	size_t i = le < n ? le + 1 : n, k, ss = 0, se = 0, bs, be, cs = 0, ce = 0;
	ac_fieldset fs;
	rl_action *a;
	for (k = 0; k < HEADER_LINES && i < n; k++) {
		size_t e = line_end(s, n, i), v;
		if ((v = header_at(s, i, e, subject_names))) {
			ss = v;
			se = e;
			while (se > ss && (isspace((unsigned char)s[se - 1]) || s[se - 1] == '*'))
				se--;
			i = e < n ? e + 1 : n;
			/* headers after the subject */
			while (i < n && header_at(s, i, line_end(s, n, i), other_names))
				i = line_end(s, n, i) < n ? line_end(s, n, i) + 1 : n;
			break;
		}
		if ((v = header_at(s, i, e, other_names))) {
			if (!cs && header_at(s, i, e, (const char *const[]){"cc", NULL})) {
				cs = v;
				ce = e;
			}
			i = e < n ? e + 1 : n;
			continue;
		}
		break;
	}
	if (!ss && !se)
		return le;
	/* the body: blank lines and a "Body:" label skipped, up to a line
	 * that ends it */
	while (i < n && line_end(s, n, i) == i + strspn(s + i, " \t\r"))
		i = line_end(s, n, i) < n ? line_end(s, n, i) + 1 : n;
	if (i < n) {
		size_t e = line_end(s, n, i), v;
		static const char *const body_names[] = {"body",  "message", "corpo", "cuerpo",
							 "corps", "text",    NULL};
		if ((v = header_at(s, i, e, body_names)) && v > i)
			i = v;
	}
	bs = i;
	be = i;
	while (i < n) {
		size_t e = line_end(s, n, i);
		if (i > bs && body_stop(s, i, e))
			break;
		be = e;
		i = e < n ? e + 1 : n;
	}
	while (be > bs && isspace((unsigned char)s[be - 1]))
		be--;
	fs.n = 0;
	ac_field_add(b, &fs, "to", 2, s + as, ae - as, as, ae, 1);
	if (cs && address_in(s, cs, ce, &as, &ae))
		ac_field_add(b, &fs, "cc", 2, s + as, ae - as, as, ae, 1);
	ac_field_add(b, &fs, "subject", 7, s + ss, se - ss, ss, se, 1);
	ac_field_add(b, &fs, "body", 4, s + bs, be - bs, bs, be, 1);
	if (!(a = ac_push_action(b)))
		return n;
	if (!(a->tool = ac_lower_dup(b->ar, "email", 5))) {
		b->oom = 1;
		return n;
	}
	ac_commit_fields(b, a, &fs);
	a->source = RL_SRC_RESPONSE;
	a->origin = RL_ORIGIN_PLAIN;
	a->start = ls;
	a->end = be > ls ? be : le;
	a->closed = 1;
	return i > le ? i : le + 1;
}

/* A ```yaml (or ```yml) fence at s[i..) holding a call: "tool: NAME" (or
 * name/function/action/tool_name) as its first line, then "key: value"
 * lines; header lines ending in ':' (args:, arguments:, parameters:,
 * input:) are skipped. Added with the fence's span; returns the fence's
 * end, or 0 when it is not such a call. */
static size_t yaml_call(ac_builder *b, const char *s, size_t n, size_t i, size_t rend)
{
	static const char *const name_keys[] = {"tool",     "tool_name", "name",
						"function", "action",    NULL};
	size_t e = line_end(s, n, i), k = i + 3, v, ne, start = i;
	ac_fieldset fs;
	rl_action *a;
	const char *name;
	size_t nl;
	rl_buf tmp = RL_BUF_INIT;
	if (!((e - k == 4 && !strncasecmp(s + k, "yaml", 4)) ||
	      (e - k == 3 && !strncasecmp(s + k, "yml", 3))))
		return 0;
	i = e < n ? e + 1 : n;
	e = line_end(s, n, i);
	if (!(v = header_at(s, i, e, name_keys)))
		return 0;
	ne = e;
	while (ne > v &&
	       (isspace((unsigned char)s[ne - 1]) || s[ne - 1] == '"' || s[ne - 1] == '\''))
		ne--;
	if (v < ne && (s[v] == '"' || s[v] == '\''))
		v++;
	for (k = v; k < ne; k++)
		if (!(isalnum((unsigned char)s[k]) || s[k] == '_' || s[k] == '-' || s[k] == '.'))
			return 0;
	if (ne == v || ne - v > 128)
		return 0;
	name = s + v;
	nl = ne - v;
	fs.n = 0;
	for (i = e < n ? e + 1 : n; i < n;) {
		size_t ks, ke, vs, ve;
		e = line_end(s, n, i);
		ks = i;
		while (ks < e && ac_is_hspace(s[ks]))
			ks++;
		if (e - ks >= 3 && !memcmp(s + ks, "```", 3)) {
			i = e;
			break;
		}
		ke = ks;
		while (ke < e && (isalnum((unsigned char)s[ke]) || s[ke] == '_' || s[ke] == '-'))
			ke++;
		if (ke == ks || ke >= e || s[ke] != ':') {
			i = e < n ? e + 1 : n;
			continue;
		}
		vs = ke + 1;
		while (vs < e && ac_is_hspace(s[vs]))
			vs++;
		ve = e;
		while (ve > vs && isspace((unsigned char)s[ve - 1]))
			ve--;
		if (ve > vs) { /* a header such as "args:" has no value */
			if (ve - vs >= 2 && s[vs] == '"' && s[ve - 1] == '"') {
				json_error_t err;
				json_t *j = json_loadb(s + vs, ve - vs, JSON_DECODE_ANY, &err);
				if (j && json_is_string(j)) {
					rl_buf_reset(&tmp);
					rl_buf_add(&tmp, json_string_value(j),
						   json_string_length(j));
					ac_field_add(b, &fs, s + ks, ke - ks, tmp.s ? tmp.s : "",
						     tmp.len, vs + 1, ve - 1, 0);
				}
				json_decref(j);
			} else {
				if (ve - vs >= 2 && s[vs] == '\'' && s[ve - 1] == '\'') {
					vs++;
					ve--;
				}
				ac_field_add(b, &fs, s + ks, ke - ks, s + vs, ve - vs, vs, ve, 1);
			}
		}
		i = e < n ? e + 1 : n;
	}
	rl_buf_free(&tmp);
	if (!(a = ac_push_action(b)))
		return n;
	if (!(a->tool = ac_lower_dup(b->ar, name, nl))) {
		b->oom = 1;
		return n;
	}
	ac_commit_fields(b, a, &fs);
	a->source = RL_SRC_RESPONSE;
	a->origin = RL_ORIGIN_JSON;
	a->start = start;
	a->end = i;
	a->closed = 1;
	a->in_reasoning = start < rend;
	return i > start ? i : start + 1;
}

void ac_scan_plain(ac_builder *b, const char *s, size_t n, size_t first)
{
	size_t rend = reasoning_end(s, n), i, k;
	int acted = 0;
	/* ```yaml calls, anywhere (in reasoning they are reasoning) */
	for (i = 0; i < n && !b->oom;) {
		const char *p = memmem(s + i, n - i, "```", 3);
		size_t at, e;
		if (!p)
			break;
		at = (size_t)(p - s);
		if ((e = yaml_call(b, s, n, at, rend)))
			i = e + 1;
		else
			i = line_end(s, n, at) + 1;
	}
	/* a plain email only in an answer with no other act */
	for (k = first; k < b->out->n; k++)
		if (!b->out->v[k].in_reasoning && !b->out->v[k].quoted)
			acted = 1;
	if (acted || rend >= n)
		return;
	for (i = rend; i < n && !b->oom;) {
		size_t e = line_end(s, n, i), v, as, ae, k2 = i;
		while (k2 < e && ac_is_hspace(s[k2]))
			k2++;
		if (k2 < e && s[k2] != '>' && (v = header_at(s, i, e, to_names)) &&
		    address_in(s, v, e, &as, &ae)) {
			i = plain_email(b, s, n, i, e, as, ae);
			continue;
		}
		i = e + 1;
	}
}
