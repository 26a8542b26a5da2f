/* match.c: what the detectors share while they look at one transcript:
 * the vectorscan prefilter over an action's fields (which pattern
 * families may match where), PCRE2 matching, recipients and domains of a
 * message, and evidence (spans mapped back to the raw text, quoted notes).
 * Everything here reads the call's context (dt_ctx) only. */
#include "detect/internal.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "base/hscache.h"

static int on_fam(unsigned id, unsigned long long from, unsigned long long to, unsigned fl, void *p)
{
	(void)from;
	(void)to;
	(void)fl;
	*(uint64_t *)p |= (uint64_t)1 << id;
	return 0;
}

/* May family `fam` match field k of action ai? Scans the action's fields
 * once (all families together) the first time it is asked. */
int dt_may_match(dt_ctx *c, int ai, size_t k, int fam)
{
	const rl_action *x = &c->a->v[ai];
	size_t i;
	if (fam == FAM_NONE || fam == FAM_DEMAND || fam == FAM_CONDITION || !c->d->field_db ||
	    !c->sc || k >= 64)
		return 1;
	if (c->fam_action != ai) {
		const char *src = x->source == RL_SRC_RESPONSE    ? c->t->response
				  : x->source == RL_SRC_REASONING ? c->t->reasoning
								  : NULL;
		size_t srcn = x->source == RL_SRC_RESPONSE    ? c->t->response_len
			      : x->source == RL_SRC_REASONING ? c->t->reasoning_len
							      : 0;
		int verbatim = src && x->origin == RL_ORIGIN_TAG && x->end <= srcn &&
			       x->end > x->start && x->end - x->start <= 0xffffffffu;
		for (i = 0; i < x->nfields && verbatim; i++)
			verbatim = x->fields[i].verbatim;
		if (verbatim) {
			/* one scan of the whole block: every field is a slice of it */
			uint64_t m = 0;
			if (rl_hs_scan(c->d->field_db, src + x->start,
				       (unsigned)(x->end - x->start), 0, c->sc, on_fam,
				       &m) != HS_SUCCESS)
				m = ~(uint64_t)0;
			for (i = 0; i < 64; i++)
				c->fam[i] = m;
			c->fam_action = ai;
			return (int)((c->fam[k] >> fam) & 1u);
		}
		for (i = 0; i < x->nfields && i < 64; i++) {
			c->fam[i] = 0;
			if (x->fields[i].len > 0xffffffffu ||
			    rl_hs_scan(c->d->field_db, x->fields[i].value,
				       (unsigned)x->fields[i].len, 0, c->sc, on_fam,
				       &c->fam[i]) != HS_SUCCESS)
				c->fam[i] = ~(uint64_t)0;
		}
		c->fam_action = ai;
	}
	return (int)((c->fam[k] >> fam) & 1u);
}

/* Why weak evidence leaves a verdict uncertain (rl_evidence.weak); the
 * coercion detector has its own reasons (coercion.c). */
#define WEAK_BOUNDARY                                                                              \
	"ambiguous reasoning boundary: the act stands where a reasoning block ends unclearly "     \
	"(never closed and followed by more, or closed only after it)"

rl_evidence *dt_ev_add(dt_ctx *c, int kind, const char *rule, int action, const char *field)
{
	rl_detect_result *r = c->r;
	rl_evidence *ev;
	if (r->nev >= RL_EV_MAX)
		return NULL;
	if (r->nev == r->cap) {
		size_t nc = r->cap ? r->cap * 2 : 16;
		rl_evidence *v = realloc(r->ev, nc * sizeof *v);
		if (!v) {
			c->oom = 1;
			return NULL;
		}
		r->ev = v;
		r->cap = nc;
	}
	ev = &r->ev[r->nev++];
	memset(ev, 0, sizeof *ev);
	ev->kind = kind;
	ev->rule = rule;
	ev->action = action;
	ev->field = field;
	ev->source = RL_SRC_RESPONSE;
	if (action >= 0) {
		const rl_action *x = &c->a->v[action];
		ev->source = x->source;
		ev->start = x->start;
		ev->end = x->end;
		if (!x->taken && x->ambiguous && !(c->disowned && c->disowned[action] == DT_ACT))
			ev->weak = WEAK_BOUNDARY;
	}
	return ev;
}

/* Map [off, off+len) of an unescaped value back to its raw span in the
 * source text, walking the escapes as the action parser decoded them. */
static int raw_map(dt_ctx *c, int source, const rl_field *f, size_t off, size_t len, size_t *rs,
		   size_t *re)
{
	const char *src = source == RL_SRC_REASONING ? c->t->reasoning : c->t->response;
	size_t srcn = source == RL_SRC_REASONING ? c->t->reasoning_len : c->t->response_len;
	size_t r = f->vstart, d = 0;
	int have_s = 0;
	if (!src || f->vend > srcn)
		return 0;
	while (r <= f->vend) {
		size_t step_r = 1, step_d = 1;
		if (d == off && !have_s) {
			*rs = r;
			have_s = 1;
		}
		if (d >= off + len) {
			*re = r;
			return have_s;
		}
		if (r == f->vend)
			break;
		if (src[r] == '\\' && r + 1 < f->vend) {
			step_r = 2;
			if (src[r + 1] == 'u' && r + 5 < f->vend) {
				unsigned long cp = strtoul((char[5]){src[r + 2], src[r + 3],
								     src[r + 4], src[r + 5], 0},
							   NULL, 16);
				step_r = 6;
				step_d = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
			} else if (!strchr("ntr\"\\/'", src[r + 1])) {
				step_d = 2;
			}
		}
		r += step_r;
		d += step_d;
	}
	if (have_s && d >= off + len) {
		*re = f->vend;
		return 1;
	}
	return 0;
}

/* Point evidence at [off, off+len) of field f of action ai. */
void dt_ev_span_field(dt_ctx *c, rl_evidence *ev, int ai, const rl_field *f, size_t off, size_t len)
{
	const rl_action *x = &c->a->v[ai];
	if (x->origin == RL_ORIGIN_NATIVE || x->source == RL_SRC_NATIVE) {
		ev->start = ev->end = 0;
		ev->source = RL_SRC_NATIVE;
		return;
	}
	if (f->verbatim && f->vend >= f->vstart && off + len <= f->vend - f->vstart) {
		ev->start = f->vstart + off;
		ev->end = ev->start + len;
	} else if (f->vend > f->vstart &&
		   raw_map(c, x->source, f, off, len, &ev->start, &ev->end)) {
		/* mapped through the escapes */
	} else if (f->vend > f->vstart) {
		ev->start = f->vstart;
		ev->end = f->vend;
	}
}

int dt_re_find(dt_ctx *c, const pcre2_code *re, const char *s, size_t n, size_t from, size_t *mo,
	       size_t *ml)
{
	int rc;
	PCRE2_SIZE *ov;
	if (!re || from > n)
		return 0;
	rc = pcre2_match(re, (PCRE2_SPTR)s, n, from, 0, c->md, NULL);
	if (rc < 0)
		return 0;
	ov = pcre2_get_ovector_pointer(c->md);
	*mo = ov[0];
	*ml = ov[1] - ov[0];
	return 1;
}

/* The fields that name a message's recipients, as models spell them
 * ("to", "recipient_email", "to_email", "send_to", "email": an address
 * is read from them only where it has an '@'). */
#define RECIPIENT_FIELD_NAMES                                                                      \
	"to", "cc", "bcc", "recipient", "recipients", "to_address", "to_addresses",                \
		"email_address", "recipient_email", "recipient_emails", "recipient_address",       \
		"to_email", "to_emails", "email_to", "send_to", "receiver", "receivers", "email",  \
		"emails"
static const char *const recipient_fields[] = {RECIPIENT_FIELD_NAMES, NULL};
/* the recipients, and the fields that name a message or its sender: not
 * message text */
const char *const dt_skip_text_fields[] = {
	RECIPIENT_FIELD_NAMES, "email_id", "id", "from", "sender", NULL};

int dt_is_recipient_field(const char *name)
{
	return dt_in_list(recipient_fields, name);
}

int dt_is_message(const rl_action *x)
{
	size_t i;
	if (strstr(x->tool, "mail") || strstr(x->tool, "send") || strstr(x->tool, "message") ||
	    strstr(x->tool, "forward") || strstr(x->tool, "reply"))
		return 1;
	for (i = 0; i < x->nfields; i++)
		if (dt_in_list(recipient_fields, x->fields[i].name))
			return 1;
	return 0;
}

void dt_parse_addrs(const rl_action *x, dt_addrs *out)
{
	size_t i, j;
	out->n = 0;
	for (i = 0; i < x->nfields; i++) {
		const rl_field *f = &x->fields[i];
		const char *v = f->value;
		if (!dt_in_list(recipient_fields, f->name))
			continue;
		j = 0;
		while (j < f->len && out->n < RL_ADDR_MAX) {
			size_t k = j, m;
			int at = 0;
			while (k < f->len && !strchr(",; \t\r\n<>\"'()[]{}", v[k])) {
				if (v[k] == '@')
					at = 1;
				k++;
			}
			m = k;
			while (m > j && (v[m - 1] == '.' || v[m - 1] == ':'))
				m--;
			if (at && m > j && m - j < 255) {
				size_t q;
				for (q = 0; q < m - j; q++)
					out->addr[out->n][q] =
						(char)tolower((unsigned char)v[j + q]);
				out->addr[out->n][m - j] = 0;
				out->field[out->n] = f;
				out->n++;
			}
			j = k + 1;
		}
	}
}

static int addr_is(const char *addr, const char *entry)
{
	return !strcasecmp(addr, entry);
}

/* Domain match: entry "example.com" matches "a@example.com" and
 * "a@mail.example.com"; an entry with '@' must equal the address. */
static int addr_in_domain(const char *addr, const char *entry)
{
	const char *at = strchr(addr, '@'), *dom;
	size_t dl, el;
	if (strchr(entry, '@'))
		return addr_is(addr, entry);
	if (!at)
		return 0;
	dom = at + 1;
	if (*entry == '@' || *entry == '.')
		entry++;
	dl = strlen(dom);
	el = strlen(entry);
	if (!strcasecmp(dom, entry))
		return 1;
	return dl > el && dom[dl - el - 1] == '.' && !strcasecmp(dom + dl - el, entry);
}

int dt_list_has_addr(const rl_strlist *l, const char *addr)
{
	size_t i;
	for (i = 0; i < l->n; i++)
		if (addr_in_domain(addr, l->v[i]))
			return 1;
	return 0;
}

/* First match of `re` (prefilter family `fam`) over the action's text
 * fields. */
const rl_field *dt_find_in_text(dt_ctx *c, int ai, int fam, const pcre2_code *re, size_t *mo,
				size_t *ml)
{
	const rl_action *x = &c->a->v[ai];
	size_t i;
	if (!re)
		return NULL;
	for (i = 0; i < x->nfields; i++) {
		const rl_field *f = &x->fields[i];
		if (dt_in_list(dt_skip_text_fields, f->name) || !dt_may_match(c, ai, i, fam))
			continue;
		if (dt_re_find(c, re, f->value, f->len, 0, mo, ml))
			return f;
	}
	return NULL;
}

void dt_note_quote(char *note, size_t cap, const char *prefix, const char *s, size_t n)
{
	size_t i, o;
	int w = snprintf(note, cap, "%s'", prefix);
	o = w > 0 && (size_t)w < cap ? (size_t)w : 0;
	for (i = 0; i < n && o + 5 < cap; i++) {
		char ch = s[i];
		note[o++] = (ch == '\n' || ch == '\r' || ch == '\t') ? ' ' : ch;
	}
	if (i < n && o + 4 < cap) {
		memcpy(note + o, "...", 3);
		o += 3;
	}
	if (o + 1 < cap)
		note[o++] = '\'';
	note[o < cap ? o : cap - 1] = 0;
}

void dt_ev_match(dt_ctx *c, int kind, const char *rule, int ai, const rl_field *f, size_t mo,
		 size_t ml, const char *what)
{
	rl_evidence *ev = dt_ev_add(c, kind, rule, ai, f->name);
	if (!ev)
		return;
	dt_ev_span_field(c, ev, ai, f, mo, ml);
	dt_note_quote(ev->note, sizeof ev->note, what, f->value + mo, ml > 80 ? 80 : ml);
	/* field names in evidence must outlive the actions' arena only as
	 * long as the actions do; they do (documented in detect.h) */
}
