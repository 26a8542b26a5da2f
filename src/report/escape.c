/* escape.c: escaping for the report formats base/buf.c does not cover:
 * JSON that is also safe inside an HTML <script> element, Markdown table
 * cells and CSV fields. Model text and anything derived from it (judge
 * reasons, ids) passes through one of these or rl_buf_add_html /
 * rl_buf_add_term before it reaches an output.
 *
 * All three walk UTF-8 code points: invalid sequences become U+FFFD, and
 * C0/C1 controls and DEL never reach the output raw (a report is often
 * cat'ed to a terminal, and C1 U+009B is a CSI on some terminals). */
#include "redline/buf.h"
#include "redline/report.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "report/internal.h"

#define REPLACEMENT "\xEF\xBF\xBD"

static int is_control(uint32_t cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

/* What one code point becomes in a format: a string to write instead
 * (built in tmp when it depends on cp), or NULL to copy its bytes as they
 * are. */
typedef const char *(*escape_map)(uint32_t cp, char tmp[8]);

/* The loop all three escapers share: decode, write `invalid` for each byte
 * that does not start a valid sequence, else what `map` says. */
static int escape_walk(rl_buf *b, const char *s, size_t n, const char *invalid, escape_map map)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;
	uint32_t cp;
	char tmp[8];
	const char *out;
	int rc = 0;

	while (i < n && !rc) {
		k = rl_utf8_decode(p + i, n - i, &cp);
		if (!k) {
			rc = rl_buf_adds(b, invalid);
			i++;
			continue;
		}
		out = map(cp, tmp);
		rc = out ? rl_buf_adds(b, out) : rl_buf_add(b, p + i, k);
		i += k;
	}
	return rc;
}

static const char *json_script_map(uint32_t cp, char tmp[8])
{
	switch (cp) {
	case '"': return "\\\"";
	case '\\': return "\\\\";
	case '\n': return "\\n";
	case '\r': return "\\r";
	case '\t': return "\\t";
	case '<': return "\\u003c";
	case '>': return "\\u003e";
	case '&': return "\\u0026";
	case 0x2028: return "\\u2028";
	case 0x2029: return "\\u2029";
	}
	if (!is_control(cp))
		return NULL;
	snprintf(tmp, 8, "\\u%04x", (unsigned)cp);
	return tmp;
}

int rl_buf_add_json_script(rl_buf *b, const char *s, size_t n)
{
	return escape_walk(b, s, n, "\\ufffd", json_script_map);
}

/* Markdown table cell: HTML-escaped (renderers accept inline HTML), the
 * punctuation that can start emphasis, code, links, strike-through or end
 * a cell backslash-escaped, line breaks as spaces. Text only ever sits
 * inside a cell or after a heading marker, so line-start syntax (lists,
 * headings, quotes) cannot arise. */
static const char *md_map(uint32_t cp, char tmp[8])
{
	if (cp == '\n' || cp == '\r' || cp == '\t')
		return " ";
	if (is_control(cp))
		return REPLACEMENT;
	if (cp == '&')
		return "&amp;";
	if (cp == '<')
		return "&lt;";
	if (cp == '>')
		return "&gt;";
	if (cp < 0x80 && strchr("\\`*_[]|~", (int)cp)) {
		tmp[0] = '\\';
		tmp[1] = (char)cp;
		tmp[2] = 0;
		return tmp;
	}
	return NULL;
}

int rl_report_add_md(rl_buf *b, const char *s)
{
	return escape_walk(b, s, strlen(s), REPLACEMENT, md_map);
}

/* CSV field (RFC 4180): always quoted, quotes doubled, controls replaced,
 * and a leading = + - @ neutralised with a quote mark so that spreadsheet
 * programs do not evaluate model text as a formula. */
static const char *csv_map(uint32_t cp, char tmp[8])
{
	(void)tmp;
	if (cp == '"')
		return "\"\"";
	if (cp == '\n' || cp == '\r' || cp == '\t')
		return " ";
	if (is_control(cp))
		return REPLACEMENT;
	return NULL;
}

int rl_report_add_csv(rl_buf *b, const char *s, int text)
{
	size_t n = strlen(s);
	int rc = rl_buf_addc(b, '"');

	if (!rc && text && n && strchr("=+-@\t\r", s[0]))
		rc = rl_buf_addc(b, '\'');
	if (!rc)
		rc = escape_walk(b, s, n, REPLACEMENT, csv_map);
	return rc ? rc : rl_buf_addc(b, '"');
}

/* Terminal cell: rl_buf_add_term, then tabs and newlines as spaces so a
 * cell stays on its row. */
int rl_report_add_term_cell(rl_buf *b, const char *s)
{
	size_t start = b->len, i;
	int rc = rl_buf_add_term(b, s, strlen(s));
	for (i = start; i < b->len; i++)
		if (b->s[i] == '\n' || b->s[i] == '\t')
			b->s[i] = ' ';
	return rc;
}

/* Display width in code points (all report text is escaped first, so no
 * control characters are left to count). */
size_t rl_report_width(const char *s, size_t n)
{
	size_t i, w = 0;
	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			w++;
	return w;
}
