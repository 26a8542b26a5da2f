/* parse.c: the fake provider reads a request body: the wire from the URL,
 * then either the fast scanner (no script: only the model and the stream
 * flags matter) or the codec's full parse (codec/request.c). */
#include "fake/fake_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- parsing requests ------------------------------------------------ */

void fk_parsed_free(parsed *p)
{
	rl_codec_req_free(&p->r);
}

/* Fast path without a script: the answer depends only on the model and the
 * stream flags, so instead of building a jansson tree of a 10-100 KB body
 * (most of the server's CPU in benchmarks) the body is validated and its
 * top-level keys read by this scanner. Bounded depth; strings are skipped
 * with memchr. */
typedef struct scan {
	const char *s, *end;
	int depth;
} scan;

static void ws(scan *c)
{
	while (c->s < c->end && (*c->s == ' ' || *c->s == '\n' || *c->s == '\r' || *c->s == '\t'))
		c->s++;
}

/* At '"': skip the string; its raw contents in [*a, *b). */
static int skip_str(scan *c, const char **a, const char **b)
{
	const char *q;
	if (c->s >= c->end || *c->s != '"')
		return -1;
	c->s++;
	*a = c->s;
	for (;;) {
		q = memchr(c->s, '"', (size_t)(c->end - c->s));
		if (!q)
			return -1;
		{
			/* count the backslashes before the quote */
			const char *k = q;
			while (k > c->s && k[-1] == '\\')
				k--;
			c->s = q + 1;
			if (((q - k) & 1) == 0)
				break;
		}
	}
	*b = q;
	return 0;
}

static int skip_value(scan *c)
{
	const char *a, *b;
	ws(c);
	if (c->s >= c->end)
		return -1;
	switch (*c->s) {
	case '"': return skip_str(c, &a, &b);
	case '{':
	case '[': {
		char close = *c->s == '{' ? '}' : ']';
		int obj = *c->s == '{', n = 0;
		if (++c->depth > 64)
			return -1;
		c->s++;
		ws(c);
		if (c->s < c->end && *c->s == close) {
			c->s++;
			c->depth--;
			return 0;
		}
		for (;;) {
			ws(c);
			if (obj) {
				if (skip_str(c, &a, &b))
					return -1;
				ws(c);
				if (c->s >= c->end || *c->s++ != ':')
					return -1;
			}
			if (skip_value(c))
				return -1;
			n++;
			ws(c);
			if (c->s >= c->end)
				return -1;
			if (*c->s == ',') {
				c->s++;
				continue;
			}
			if (*c->s++ != close)
				return -1;
			c->depth--;
			return 0;
		}
	}
	default:
		/* numbers, true, false, null */
		a = c->s;
		while (c->s < c->end && (strchr("+-.eE", *c->s) || (*c->s >= '0' && *c->s <= '9') ||
					 (*c->s >= 'a' && *c->s <= 'z')))
			c->s++;
		return c->s > a ? 0 : -1;
	}
}

int fk_scan_request(const char *url, const char *body, size_t n, parsed *p)
{
	scan c = {body, body + n, 0};
	const char *ka, *kb, *va;
	int have_model = 0, have_msgs = 0;

	if (p->r.wire == RL_WIRE_GEMINI) {
		const char *a = strstr(url, "/models/"), *b2;
		if (!a)
			return -1;
		a += 8;
		b2 = strchr(a, ':');
		if (!b2 || (size_t)(b2 - a) >= sizeof p->r.model)
			return -1;
		memcpy(p->r.model, a, (size_t)(b2 - a));
		p->r.model[b2 - a] = '\0';
		p->r.stream = strstr(b2, ":streamGenerateContent") != NULL;
		have_model = 1;
	}
	ws(&c);
	if (c.s >= c.end || *c.s != '{')
		return -1;
	c.s++;
	for (;;) {
		ws(&c);
		if (c.s < c.end && *c.s == '}' && !have_msgs && !have_model)
			return -1;
		if (skip_str(&c, &ka, &kb))
			return -1;
		ws(&c);
		if (c.s >= c.end || *c.s++ != ':')
			return -1;
		ws(&c);
		va = c.s;
		if (kb - ka == 5 && !memcmp(ka, "model", 5) && p->r.wire != RL_WIRE_GEMINI) {
			const char *a, *b;
			if (skip_str(&c, &a, &b) || (size_t)(b - a) >= sizeof p->r.model ||
			    memchr(a, '\\', (size_t)(b - a)))
				return -1;
			memcpy(p->r.model, a, (size_t)(b - a));
			p->r.model[b - a] = '\0';
			have_model = 1;
		} else {
			if (skip_value(&c))
				return -1;
			if (kb - ka == 6 && !memcmp(ka, "stream", 6))
				p->r.stream = c.s - va == 4 && !memcmp(va, "true", 4);
			else if (kb - ka == 14 && !memcmp(ka, "stream_options", 14))
				p->r.include_usage =
					memmem(va, (size_t)(c.s - va), "\"include_usage\"", 15) &&
					memmem(va, (size_t)(c.s - va), "true", 4);
			else if ((kb - ka == 8 && !memcmp(ka, "messages", 8)) ||
				 (kb - ka == 8 && !memcmp(ka, "contents", 8)))
				have_msgs = *va == '[';
			else if (kb - ka == 5 && !memcmp(ka, "input", 5) &&
				 p->r.wire == RL_WIRE_RESPONSES)
				have_msgs = *va == '[' || *va == '"';
		}
		ws(&c);
		if (c.s >= c.end)
			return -1;
		if (*c.s == ',') {
			c.s++;
			continue;
		}
		if (*c.s++ != '}')
			return -1;
		break;
	}
	ws(&c);
	return c.s == c.end && have_model && have_msgs ? 0 : -1;
}
