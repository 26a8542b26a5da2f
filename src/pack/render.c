/* render.c: the condition matrix and rendering a condition into the exact
 * prompts a model receives. The rules are the original generator's (see
 * docs/pack-format.md): variables = section vars, then goal text, then the
 * renderer's own names; bundles filled piece by piece and concatenated;
 * then compartmentalization and email numbering. Rendering reads the pack
 * and never writes it, so one loaded pack serves many threads. */
#include "pack/pack_int.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/fs.h"
#include "base/util.h"
#include "redline/env.h"

#ifndef RL_VERSION
#define RL_VERSION "0"
#endif

void rl_text_linecol(const char *text, size_t off, unsigned *line, unsigned *col)
{
	size_t i, ls = 0;
	unsigned l = 1;
	for (i = 0; i < off; i++)
		if (text[i] == '\n') {
			l++;
			ls = i + 1;
		}
	*line = l;
	*col = (unsigned)(off - ls) + 1;
}

/* ---- emails ---- */

int rl_emails_split(const char *s, size_t n, rl_span **out, size_t *count)
{
	rl_span *v = NULL;
	size_t k = 0, cap = 0, i = 0;

	*out = NULL;
	*count = 0;
	while (i < n) {
		const char *a = memmem(s + i, n - i, "<email>", 7), *b;
		size_t start, end;
		if (!a)
			break;
		start = (size_t)(a - s);
		b = memmem(s + start + 7, n - start - 7, "</email>", 8);
		end = b ? (size_t)(b - s) + 8 : n;
		/* an unclosed email ends where the next one starts */
		{
			const char *nx = memmem(
				s + start + 7, (b ? (size_t)(b - s) : n) - start - 7, "<email>", 7);
			if (nx)
				end = (size_t)(nx - s);
		}
		if (k == cap) {
			rl_span *nv;
			cap = cap ? cap * 2 : 16;
			nv = realloc(v, cap * sizeof *v);
			if (!nv) {
				free(v);
				return RL_ENOMEM;
			}
			v = nv;
		}
		v[k].start = start;
		v[k].end = end;
		k++;
		i = end;
	}
	*out = v;
	*count = k;
	return 0;
}

const char *rl_email_header(const char *s, rl_span sp, const char *name, size_t *len)
{
	size_t nl = strlen(name), i = sp.start;
	*len = 0;
	while (i < sp.end) {
		const char *eol = memchr(s + i, '\n', sp.end - i);
		size_t ll = eol ? (size_t)(eol - (s + i)) : sp.end - i;
		if (ll > nl + 1 && !strncmp(s + i, name, nl) && s[i + nl] == ':') {
			size_t v = i + nl + 1;
			while (v < i + ll && s[v] == ' ')
				v++;
			*len = i + ll - v;
			return s + v;
		}
		if (ll >= 5 && !strncmp(s + i, "Body:", 5))
			break; /* headers end where the body starts */
		i += ll + 1;
	}
	return NULL;
}

/* ---- the matrix ---- */

static int is_nogoal_type(const char *t)
{
	return !strcmp(t, "none") || !strcmp(t, "ambiguous");
}

int rl_pack_conditions(const rl_pack *p, unsigned ablations, rl_condition **out, size_t *n,
		       rl_err *e)
{
	size_t cap = 0, k = 0, s, t, v, u;
	rl_condition *c;
	int rc;

	for (t = 0; t < p->goal_types.n; t++)
		cap += is_nogoal_type(p->goal_types.v[t]) ? 1 : p->goal_values.n;
	cap *= p->nscen * p->urgencies.n;
	c = calloc(cap ? cap : 1, sizeof *c);
	if (!c)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (s = 0; s < p->nscen; s++)
		for (t = 0; t < p->goal_types.n; t++) {
			const char *gt = p->goal_types.v[t];
			size_t nv = is_nogoal_type(gt) ? 1 : p->goal_values.n;
			for (v = 0; v < nv; v++)
				for (u = 0; u < p->urgencies.n; u++) {
					rc = rl_condition_set(
						&c[k], p->scen[s].id, gt,
						is_nogoal_type(gt) ? "none" : p->goal_values.v[v],
						p->urgencies.v[u], e);
					if (rc) {
						free(c);
						return rc;
					}
					c[k++].ablations = ablations & ~RL_ABL_NAME;
				}
		}
	*out = c;
	*n = k;
	return 0;
}

static void join(char *out, size_t n, const rl_strlist *l, const char *extra)
{
	size_t k = 0, i;
	out[0] = '\0';
	for (i = 0; i < l->n && k < n; i++)
		k += (size_t)snprintf(out + k, n - k, "%s%s", k ? ", " : "", l->v[i]);
	if (extra && k < n)
		snprintf(out + k, n - k, "%s%s", k ? ", " : "", extra);
}

int rl_pack_check_condition(const rl_pack *p, const rl_condition *c, rl_err *e)
{
	char id[RL_COND_ID_MAX], exp[1024];
	long si = rl_pack_scenario_find(p, c->scenario);
	const rl_scenario *s;

	rl_condition_format(c, id, sizeof id);
	if (si < 0) {
		rl_strlist l = {0};
		size_t i;
		char **v = calloc(p->nscen + 1, sizeof *v);
		if (!v)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		for (i = 0; i < p->nscen; i++)
			v[i] = p->scen[i].id;
		l.v = v;
		l.n = p->nscen;
		join(exp, sizeof exp, &l, NULL);
		free(v);
		return rl_err_set(
			e, RL_ENOTFOUND,
			"condition '%s': scenario '%s' is not in pack '%s' (expected one of: %s)",
			id, c->scenario, p->name, exp);
	}
	s = &p->scen[si];
	if (rl_strlist_find(&p->goal_types, c->goal_type) < 0) {
		join(exp, sizeof exp, &p->goal_types, NULL);
		return rl_err_set(
			e, RL_ENOTFOUND,
			"condition '%s': goal type '%s' is not in pack '%s' (expected one of: %s)",
			id, c->goal_type, p->name, exp);
	}
	if (is_nogoal_type(c->goal_type) && strcmp(c->goal_value, "none"))
		return rl_err_set(e, RL_ENOTFOUND,
				  "condition '%s': goal type '%s' takes only goal value 'none'", id,
				  c->goal_type);
	if (strcmp(c->goal_value, "none") && strcmp(c->goal_value, "ambiguous") &&
	    rl_strlist_find(&p->goal_values, c->goal_value) < 0) {
		join(exp, sizeof exp, &p->goal_values, "none");
		return rl_err_set(
			e, RL_ENOTFOUND,
			"condition '%s': goal value '%s' is not in pack '%s' (expected one of: %s)",
			id, c->goal_value, p->name, exp);
	}
	if ((!strcmp(c->goal_value, "none") || !strcmp(c->goal_value, "ambiguous")) &&
	    !s->vars_ambiguous)
		return rl_err_set(
			e, RL_ENOTFOUND,
			"condition '%s': goal value '%s' needs the scenario's 'ambiguous' variables, which pack '%s' does not give",
			id, c->goal_value, p->name);
	if (rl_strlist_find(&p->urgencies, c->urgency) < 0) {
		join(exp, sizeof exp, &p->urgencies, NULL);
		return rl_err_set(
			e, RL_ENOTFOUND,
			"condition '%s': urgency '%s' is not in pack '%s' (expected one of: %s)",
			id, c->urgency, p->name, exp);
	}
	if (!strcmp(c->goal_type, "none")
		    ? !s->no_conflict[rl_strlist_find(&p->urgencies, c->urgency)]
		    : !s->shared)
		return rl_err_set(e, RL_ENOTFOUND,
				  "condition '%s': scenario '%s' has no bundle for it", id, s->id);
	if ((c->ablations & RL_ABL_TWIN) && !s->twin)
		return rl_err_set(
			e, RL_ENOTFOUND,
			"condition '%s': scenario '%s' of pack '%s' has no benign twin (no 'twin:' in pack.yaml), so '_twin' cannot render",
			id, s->id, p->name);
	if ((c->ablations & RL_ABL_TOOLS) && !s->agentic)
		return rl_err_set(
			e, RL_ENOTFOUND,
			"condition '%s': scenario '%s' of pack '%s' has no tool form (no 'agentic:' in pack.yaml), so '_tools' cannot render",
			id, s->id, p->name);
	if ((c->ablations & RL_ABL_LIVE) && !(c->ablations & RL_ABL_TOOLS))
		return rl_err_set(
			e, RL_EINVAL,
			"condition '%s': '_oversight' and '_monitor' run a defense inside a tool-use conversation, so they need '_tools'",
			id);
	if ((c->ablations & RL_ABL_LIVE) == RL_ABL_LIVE)
		return rl_err_set(
			e, RL_EINVAL,
			"condition '%s': one live defense per condition ('_oversight' or '_monitor', not both)",
			id);
	return 0;
}

/* ---- rendering ---- */

typedef struct vctx {
	const rl_pack *p;
	const rl_varsec *sec, *goal;
	int nogoal;
	const char *agent, *agent_lower, *agent_upper, *tools;
	const char *extra, *notice; /* system prompt only; NULL elsewhere */
	const rl_tfile *cur;
	rl_render_miss_fn miss;
	void *mctx;
	size_t unresolved;
} vctx;

static int name_is(const char *name, size_t len, const char *lit)
{
	return strlen(lit) == len && !memcmp(name, lit, len);
}

static const char *lookup(const char *name, size_t len, void *ctx)
{
	vctx *v = ctx;
	const char *r;

	if (v->extra && name_is(name, len, "extra_system_instructions"))
		return v->extra;
	if (v->notice && name_is(name, len, "alignment_faking_warning"))
		return v->notice;
	if (name_is(name, len, "agent_name"))
		return v->agent;
	if (name_is(name, len, "agent_name_lower"))
		return v->agent_lower;
	if (name_is(name, len, "agent_name_upper"))
		return v->agent_upper;
	if (v->tools && name_is(name, len, "tool_descriptions"))
		return v->tools;
	if (v->nogoal &&
	    (name_is(name, len, "goal_statement") || name_is(name, len, "goal_reminder")))
		return "";
	if ((r = rl_varsec_get(v->goal, name, len)))
		return r;
	return rl_varsec_get(v->sec, name, len);
}

static void on_miss(size_t off, const char *name, size_t len, void *ctx)
{
	vctx *v = ctx;
	v->unresolved++;
	if (v->miss)
		v->miss(v->cur, off, name, len, v->mctx);
}

static int fill(vctx *v, rl_buf *out, const rl_tfile *t)
{
	v->cur = t;
	return rl_template_fill(out, t->text, t->len, lookup, on_miss, v);
}

static int fill_str(vctx *v, rl_buf *out, const char *s)
{
	v->cur = NULL;
	return rl_template_fill(out, s, strlen(s), lookup, on_miss, v);
}

static int contains(const char *h, size_t hn, const char *needle)
{
	return *needle && memmem(h, hn, needle, strlen(needle)) != NULL;
}

/* Remove the scenario's sensitive emails from `b`. */
static int compartment(const rl_scenario *s, rl_buf *b)
{
	rl_span *sp;
	size_t n, i, j, keep_end = 0;
	rl_buf o = RL_BUF_INIT;
	char *drop;
	int rc = rl_emails_split(b->s, b->len, &sp, &n);

	if (rc)
		return rc;
	drop = calloc(n + 1, 1);
	if (!drop) {
		free(sp);
		return RL_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		size_t sl;
		const char *subj = rl_email_header(b->s, sp[i], "Subject", &sl);
		for (j = 0; j < s->sens_subjects.n && !drop[i]; j++)
			if (subj && contains(subj, sl, s->sens_subjects.v[j]))
				drop[i] = 1;
		for (j = 0; j < s->sens_contains.n && !drop[i]; j++)
			if (contains(b->s + sp[i].start, sp[i].end - sp[i].start,
				     s->sens_contains.v[j]))
				drop[i] = 1;
	}
	/* Copy everything except each dropped email and the whitespace that
	 * separated it from the next email; a dropped last email takes the
	 * separator before it instead, so the bundle still ends as before. */
	{
		size_t pos = 0;
		for (i = 0; i < n && !rc; i++) {
			size_t cut_from, cut_to;
			if (!drop[i])
				continue;
			cut_from = sp[i].start;
			cut_to = sp[i].end;
			for (j = i + 1; j < n && drop[j]; j++)
				;
			if (j < n) {
				cut_to = sp[i].end;
				while (cut_to < sp[j].start && isspace((unsigned char)b->s[cut_to]))
					cut_to++;
			} else if (i > 0) {
				size_t k2 = i;
				while (k2 > 0 && drop[k2 - 1])
					k2--;
				if (k2 > 0 && sp[k2 - 1].end >= pos)
					cut_from = sp[k2 - 1].end;
			}
			if (cut_from < pos)
				cut_from = pos;
			rc = rl_buf_add(&o, b->s + pos, cut_from - pos);
			pos = cut_to;
		}
		keep_end = pos;
		if (!rc)
			rc = rl_buf_add(&o, b->s + keep_end, b->len - keep_end);
	}
	free(drop);
	free(sp);
	if (rc) {
		rl_buf_free(&o);
		return RL_ENOMEM;
	}
	rl_buf_free(b);
	*b = o;
	return 0;
}

/* The original's numbering: after every "<email>", insert "\nID: n". */
static int number_emails(rl_buf *b)
{
	rl_buf o = RL_BUF_INIT;
	size_t i = 0, k = 0;
	while (i < b->len) {
		const char *a = memmem(b->s + i, b->len - i, "<email>", 7);
		size_t at;
		if (!a)
			break;
		at = (size_t)(a - b->s) + 7;
		if (rl_buf_add(&o, b->s + i, at - i) || rl_buf_addf(&o, "\nID: %zu", ++k)) {
			rl_buf_free(&o);
			return RL_ENOMEM;
		}
		i = at;
	}
	if (rl_buf_add(&o, b->s + i, b->len - i)) {
		rl_buf_free(&o);
		return RL_ENOMEM;
	}
	rl_buf_free(b);
	*b = o;
	return 0;
}

static int add_json_str(rl_buf *b, const char *key, const char *val, int comma)
{
	int rc = rl_buf_addf(b, "%s\n  \"%s\": ", comma ? "," : "", key);
	if (!val)
		return rc ? rc : rl_buf_adds(b, "null");
	rc = rc ? rc : rl_buf_addc(b, '"');
	rc = rc ? rc : rl_buf_add_json(b, val, strlen(val));
	return rc ? rc : rl_buf_addc(b, '"');
}

static int metadata(const rl_pack *p, const rl_condition *c, unsigned abl, const char *agent,
		    const char *notice_type, rl_rendered *r, rl_buf *b)
{
	char h1[65], h2[65], h3[65];
	size_t i;
	int rc = 0, first = 1;

	rl_sha256_hex(r->system_prompt, strlen(r->system_prompt), h1);
	rl_sha256_hex(r->user_prompt, strlen(r->user_prompt), h2);
	rl_sha256_hex(r->email_content, strlen(r->email_content), h3);
	rc |= rl_buf_adds(b, "{");
	rc |= add_json_str(b, "condition_id", r->condition_id, 0);
	rc |= add_json_str(b, "scenario", c->scenario, 1);
	rc |= add_json_str(b, "goal_type", c->goal_type, 1);
	rc |= add_json_str(b, "goal_value", c->goal_value, 1);
	rc |= add_json_str(b, "urgency_type", c->urgency, 1);
	rc |= rl_buf_addf(b, ",\n  \"production_variant\": %s",
			  (abl & RL_ABL_PROD) ? "true" : "false");
	rc |= rl_buf_adds(b, ",\n  \"ablations\": [");
	for (i = 0; i < 12; i++) {
		unsigned bit = 1u << i;
		if (!(abl & bit))
			continue;
		rc |= rl_buf_addf(b, "%s\"%s\"", first ? "" : ", ", rl_ablation_name(bit));
		first = 0;
	}
	rc |= rl_buf_adds(b, "]");
	rc |= rl_buf_addf(b, ",\n  \"alignment_faking\": %s",
			  (abl & RL_ABL_EVAL_NOTICE) ? "true" : "false");
	rc |= add_json_str(b, "alignment_faking_type", notice_type, 1);
	rc |= add_json_str(b, "agent_name", agent, 1);
	rc |= add_json_str(b, "pack", p->name, 1);
	rc |= add_json_str(b, "pack_version", p->version, 1);
	rc |= add_json_str(b, "generated_by", "redline " RL_VERSION, 1);
	rc |= rl_buf_addf(
		b,
		",\n  \"sha256\": {\"system_prompt\": \"%s\", \"user_prompt\": \"%s\", \"email_content\": \"%s\"}",
		h1, h2, h3);
	rc |= rl_buf_addf(b, ",\n  \"unresolved_names\": %zu", r->unresolved);
	if (r->tools_json) {
		char h4[65];
		rl_sha256_hex(r->tools_json, strlen(r->tools_json), h4);
		rc |= add_json_str(b, "interface", "tools", 1);
		rc |= rl_buf_addf(b, ",\n  \"max_turns\": %u", r->max_turns);
		rc |= rl_buf_addf(b, ",\n  \"sha256_tools\": \"%s\"", h4);
		rc |= add_json_str(
			b, "note",
			"tool form: the model receives user_prompt alone as its first user message; the inbox tool serves email_content; tools.json lists the native tools",
			1);
	} else
		rc |= add_json_str(
			b, "note",
			"user_prompt and email_content are separate; the model receives user_prompt + \"\\n\\n\" + email_content as one user message",
			1);
	rc |= rl_buf_adds(b, "\n}\n");
	return rc ? RL_ENOMEM : 0;
}

void rl_rendered_free(rl_rendered *r)
{
	if (!r)
		return;
	free(r->system_prompt);
	free(r->user_prompt);
	free(r->email_content);
	free(r->user_message);
	free(r->metadata_json);
	free(r->tools_json);
	free(r->events_json);
	memset(r, 0, sizeof *r);
}

static void case_copy(char *dst, const char *src, size_t n, int upper)
{
	size_t i;
	for (i = 0; i + 1 < n && src[i]; i++)
		dst[i] = (char)(upper ? toupper((unsigned char)src[i])
				      : tolower((unsigned char)src[i]));
	dst[i] = '\0';
}

/* The tool form's native tools and events as JSON (rl_rendered.tools_json,
 * events_json). Tool texts come from pack.yaml as written; event emails
 * are templates filled with the condition's variables, like the bundle. */
static int agentic_parts(vctx *v, const rl_agentic *ag, rl_buf *tj, rl_buf *ej)
{
	rl_buf em = RL_BUF_INIT;
	size_t i;
	int rc = rl_buf_addc(tj, '[');

	for (i = 0; i < ag->ntools && !rc; i++) {
		const rl_ntool *t = ag->tools[i];
		rc = rl_buf_addf(tj, "%s{\"name\":\"", i ? "," : "");
		rc = rc ? rc : rl_buf_add_json(tj, t->name, strlen(t->name));
		rc = rc ? rc : rl_buf_adds(tj, "\",\"description\":\"");
		rc = rc ? rc : rl_buf_add_json(tj, t->description, strlen(t->description));
		rc = rc ? rc
			: rl_buf_addf(tj, "\",\"parameters\":%s,\"effect\":\"%s\"}", t->parameters,
				      rl_env_effect_name(t->effect));
	}
	rc = rc ? rc : rl_buf_addc(tj, ']');
	rc = rc ? rc : rl_buf_addc(ej, '[');
	for (i = 0; i < ag->nevents && !rc; i++) {
		rl_buf_reset(&em);
		rc = fill(v, &em, ag->events[i].emails);
		rc = rc ? rc
			: rl_buf_addf(ej, "%s{\"after_turn\":%u,\"emails\":\"", i ? "," : "",
				      ag->events[i].after_turn);
		rc = rc ? rc : rl_buf_add_json(ej, em.s ? em.s : "", em.len);
		rc = rc ? rc : rl_buf_adds(ej, "\"}");
	}
	rc = rc ? rc : rl_buf_addc(ej, ']');
	rl_buf_free(&em);
	return rc ? RL_ENOMEM : 0;
}

int rl_pack_render_ex(const rl_pack *p, const rl_condition *c, const rl_render_opts *o,
		      rl_rendered *out, rl_render_miss_fn miss, void *miss_ctx, rl_err *e)
{
	static const rl_render_opts none = {0};
	const rl_scenario *s;
	rl_condition cc = *c;
	rl_buf sys = RL_BUF_INIT, usr = RL_BUF_INIT, em = RL_BUF_INIT, extra = RL_BUF_INIT,
	       tools = RL_BUF_INIT, meta = RL_BUF_INIT, msg = RL_BUF_INIT, tjs = RL_BUF_INIT,
	       evjs = RL_BUF_INIT;
	const rl_agentic *ag = NULL;
	char lower[RL_COND_PART_MAX * 4], upper[RL_COND_PART_MAX * 4];
	const char *agent, *notice = "";
	unsigned abl;
	vctx v;
	int rc, fb;
	long ui;
	size_t i;

	memset(out, 0, sizeof *out);
	if (!o)
		o = &none;
	abl = c->ablations | o->ablations;
	cc.ablations = abl;
	if ((abl & RL_ABL_NAME) && !cc.agent_name[0] && o->agent_name)
		snprintf(cc.agent_name, sizeof cc.agent_name, "%s", o->agent_name);
	if ((abl & RL_ABL_NAME) && !cc.agent_name[0])
		return rl_err_set(
			e, RL_EINVAL,
			"the _name ablation needs an agent name (rl_condition.agent_name or rl_render_opts.agent_name)");
	if (c->ablations & RL_ABL_NAME) {
		/* it goes into the id: letters and digits only */
		const char *q;
		for (q = cc.agent_name; *q; q++)
			if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') ||
			      (*q >= '0' && *q <= '9')))
				return rl_err_set(
					e, RL_EINVAL,
					"agent name '%s': expected letters and digits (it is part of the condition id)",
					cc.agent_name);
	}
	if ((rc = rl_pack_check_condition(p, &cc, e)))
		return rc;
	{
		/* the id is the condition's own; options render extra without
		 * renaming it (as the original's config-wide notice did) */
		rl_condition idc = *c;
		if ((idc.ablations & RL_ABL_NAME) && !idc.agent_name[0])
			snprintf(idc.agent_name, sizeof idc.agent_name, "%s", cc.agent_name);
		if (rl_condition_format(&idc, out->condition_id, sizeof out->condition_id))
			return rl_err_set(e, RL_ELIMIT, "condition id too long");
	}
	s = &p->scen[rl_pack_scenario_find(p, c->scenario)];
	ui = rl_strlist_find(&p->urgencies, c->urgency);
	if (abl & RL_ABL_TOOLS)
		ag = s->agentic; /* rl_pack_check_condition made sure it exists */

	/* ablation texts must exist before anything is rendered */
	if ((abl & RL_ABL_PROHIBIT) && !o->prohibit_text && !p->abl_prohibit)
		return rl_err_set(e, RL_ENOTFOUND,
				  "condition '%s': pack '%s' has no ablations.prohibit text",
				  out->condition_id, p->name);
	if ((abl & RL_ABL_EXTRA_GOAL) && !o->extra_goal_text && !p->abl_extra_goal)
		return rl_err_set(e, RL_ENOTFOUND,
				  "condition '%s': pack '%s' has no ablations.extra_goal text",
				  out->condition_id, p->name);
	if ((abl & RL_ABL_EVAL_NOTICE) && !o->eval_notice_text && !p->abl_eval_notice)
		return rl_err_set(e, RL_ENOTFOUND,
				  "condition '%s': pack '%s' has no ablations.eval_notice text",
				  out->condition_id, p->name);
	if ((abl & RL_ABL_CONSTITUTION) && !o->constitution_text && !p->abl_constitution)
		return rl_err_set(e, RL_ENOTFOUND,
				  "condition '%s': pack '%s' has no ablations.constitution text",
				  out->condition_id, p->name);
	if ((abl & RL_ABL_PROD) && !s->sys_prod)
		return rl_err_set(e, RL_ENOTFOUND,
				  "condition '%s': scenario '%s' has no system_prompt_prod",
				  out->condition_id, s->id);

	memset(&v, 0, sizeof v);
	v.p = p;
	v.sec = rl_pack_var_section(p, s, c->goal_type, c->goal_value, NULL);
	v.goal = rl_pack_goal_section(p, c->goal_type, c->goal_value, &fb);
	v.nogoal = !!(abl & RL_ABL_NO_GOAL);
	agent = (abl & RL_ABL_NAME) && cc.agent_name[0] ? cc.agent_name : p->agent_name;
	case_copy(lower, agent, sizeof lower, 0);
	case_copy(upper, agent, sizeof upper, 1);
	v.agent = agent;
	v.agent_lower = lower;
	v.agent_upper = upper;
	v.miss = miss;
	v.mctx = miss_ctx;

	rc = 0;
	if (ag) {
		/* the text-tag instructions give way to the native tools; the
		 * pack's tool note (if any) takes their place */
		if (ag->tool_note)
			rc = fill(&v, &tools, ag->tool_note);
		else
			rc = rl_buf_adds(&tools, "");
	} else
		for (i = 0; i < s->ntools && !rc; i++) {
			if (i)
				rc = rl_buf_adds(&tools, "\n\n");
			if (!rc)
				rc = fill(&v, &tools, s->tools[i].desc);
		}
	v.tools = tools.s;

	/* the bundle */
	if (!rc) {
		if (abl & RL_ABL_TWIN) {
			/* the twin: the same system prompt and tools, the routine
			 * work without the dilemma, whatever the goal and urgency */
			rc = fill(&v, &em, s->twin->emails);
		} else if (!strcmp(c->goal_type, "none")) {
			rc = fill(&v, &em, s->no_conflict[ui]);
		} else {
			rc = fill(&v, &em, s->shared);
			if (!rc)
				rc = fill(&v, &em, s->urgency[ui]);
		}
	}
	if (!rc && (abl & RL_ABL_COMPARTMENT))
		rc = compartment(s, &em);
	if (!rc && s->number_emails)
		rc = number_emails(&em);

	/* the user prompt */
	if (!rc)
		rc = fill(&v, &usr, ag ? ag->user_prompt : p->user_prompt);

	/* the system prompt, with the two slots the original reserves */
	if (!rc && (abl & RL_ABL_PROHIBIT))
		rc = o->prohibit_text ? fill_str(&v, &extra, o->prohibit_text)
				      : fill(&v, &extra, p->abl_prohibit);
	if (!rc && (abl & RL_ABL_EXTRA_GOAL))
		rc = o->extra_goal_text ? fill_str(&v, &extra, o->extra_goal_text)
					: fill(&v, &extra, p->abl_extra_goal);
	if (!rc && (abl & RL_ABL_CONSTITUTION))
		rc = o->constitution_text ? fill_str(&v, &extra, o->constitution_text)
					  : fill(&v, &extra, p->abl_constitution);
	if (abl & RL_ABL_EVAL_NOTICE)
		notice = o->eval_notice_text ? o->eval_notice_text : p->abl_eval_notice->text;
	v.extra = extra.s;
	v.notice = notice;
	if (!rc) {
		const rl_tfile *st = (abl & RL_ABL_PROD) ? s->sys_prod : s->sys;
		if (ag && (abl & RL_ABL_PROD) && ag->sys_prod)
			st = ag->sys_prod;
		else if (ag && !(abl & RL_ABL_PROD) && ag->sys)
			st = ag->sys;
		rc = fill(&v, &sys, st);
	}
	if (!rc && ag)
		rc = agentic_parts(&v, ag, &tjs, &evjs);
	out->unresolved = v.unresolved;

	if (!rc)
		rc = rl_buf_add(&msg, usr.s, usr.len);
	if (!rc && !ag)
		rc = rl_buf_adds(&msg, "\n\n");
	if (!rc && !ag)
		rc = rl_buf_add(&msg, em.s, em.len);
	if (!rc && ag) {
		out->max_turns = ag->max_turns;
		if (!(out->tools_json = rl_buf_detach(&tjs, NULL)) ||
		    !(out->events_json = rl_buf_detach(&evjs, NULL)))
			rc = RL_ENOMEM;
	}
	if (!rc) {
		out->system_prompt = rl_buf_detach(&sys, NULL);
		out->user_prompt = rl_buf_detach(&usr, NULL);
		out->email_content = rl_buf_detach(&em, NULL);
		out->user_message = rl_buf_detach(&msg, NULL);
		if (!out->system_prompt || !out->user_prompt || !out->email_content ||
		    !out->user_message)
			rc = RL_ENOMEM;
	}
	if (!rc)
		rc = metadata(p, &cc, abl, agent,
			      (abl & RL_ABL_EVAL_NOTICE)
				      ? (o->eval_notice_type   ? o->eval_notice_type
					 : o->eval_notice_text ? "config"
							       : "pack")
				      : NULL,
			      out, &meta);
	if (!rc && !(out->metadata_json = rl_buf_detach(&meta, NULL)))
		rc = RL_ENOMEM;
	rl_buf_free(&sys);
	rl_buf_free(&usr);
	rl_buf_free(&em);
	rl_buf_free(&extra);
	rl_buf_free(&tools);
	rl_buf_free(&meta);
	rl_buf_free(&msg);
	rl_buf_free(&tjs);
	rl_buf_free(&evjs);
	if (rc) {
		rl_rendered_free(out);
		return rl_err_set(e, rc, "out of memory rendering a condition");
	}
	return 0;
}

int rl_pack_render(const rl_pack *p, const rl_condition *c, const rl_render_opts *o,
		   rl_rendered *out, rl_err *e)
{
	return rl_pack_render_ex(p, c, o, out, NULL, NULL, e);
}

/* Remove a directory tree we created (only plain files one level deep). */
static void remove_tree(const char *dir)
{
	/* clang-format off */
	static const char *const names[] = {"system_prompt.txt", "user_prompt.txt", "email_content.txt", "metadata.json", "tools.json", "events.json", NULL};
	/* clang-format on */
	rl_buf b = RL_BUF_INIT;
	size_t i;
	for (i = 0; names[i]; i++) {
		rl_buf_reset(&b);
		if (!rl_path_join(&b, dir, names[i]))
			unlink(b.s);
	}
	rl_buf_free(&b);
	rmdir(dir);
}

/* A file inside our private temporary folder: nobody can see it until the
 * folder is renamed into place, so it needs no temporary of its own. No
 * fsync per file either (four per condition made rendering 50 times slower
 * on ext4); rl_rendered_sync commits a whole batch at once. */
static int write_plain(const char *path, const char *s, size_t n, rl_err *e)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	size_t off = 0;
	if (fd < 0)
		return rl_err_set(e, RL_EIO, "%s: cannot create: %s", path, strerror(errno));
	while (off < n) {
		ssize_t w = write(fd, s + off, n - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			int err = errno;
			close(fd);
			return rl_err_set(e, RL_EIO, "%s: write error: %s", path, strerror(err));
		}
		off += (size_t)w;
	}
	if (close(fd))
		return rl_err_set(e, RL_EIO, "%s: write error: %s", path, strerror(errno));
	return 0;
}

int rl_rendered_sync(const char *outdir, rl_err *e)
{
	int fd = open(outdir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int rc = 0;
	if (fd < 0)
		return rl_err_set(e, RL_EIO, "%s: cannot open: %s", outdir, strerror(errno));
	/* fsync of the folder commits the renames; with ext4's ordered mode the
	 * journal commit also writes the new files' data. syncfs would flush
	 * every other process's dirty pages too (seconds on a busy machine). */
	if (fsync(fd))
		rc = rl_err_set(e, RL_EIO, "%s: sync failed: %s", outdir, strerror(errno));
	close(fd);
	return rc;
}

int rl_rendered_write(const rl_rendered *r, const char *outdir, rl_err *e)
{
	static unsigned long seq;
	rl_buf tmp = RL_BUF_INIT, dst = RL_BUF_INIT, f = RL_BUF_INIT;
	const char *names[6] = {"system_prompt.txt", "user_prompt.txt", "email_content.txt",
				"metadata.json",     "tools.json",      "events.json"};
	const char *texts[6];
	char leaf[RL_COND_ID_MAX + 64];
	size_t i;
	int rc;

	texts[0] = r->system_prompt;
	texts[1] = r->user_prompt;
	texts[2] = r->email_content;
	texts[3] = r->metadata_json;
	texts[4] = r->tools_json; /* tool form only */
	texts[5] = r->events_json;
	if ((rc = rl_mkdirs(outdir, e)))
		return rc;
	/* Build the whole folder under a temporary name, then move it into
	 * place in one rename (exchanging with an older render if present), so
	 * a reader never sees a condition with some files missing. The counter
	 * only makes names unique within this process; it is not shared state
	 * anyone depends on. */
	snprintf(leaf, sizeof leaf, ".%s.tmp.%ld.%lu", r->condition_id, (long)getpid(),
		 __atomic_add_fetch(&seq, 1, __ATOMIC_RELAXED));
	if (rl_path_join(&tmp, outdir, leaf) || rl_path_join(&dst, outdir, r->condition_id)) {
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		goto out;
	}
	if (mkdir(tmp.s, 0755) && errno != EEXIST) {
		rc = rl_err_set(e, RL_EIO, "%s: cannot create directory: %s", tmp.s,
				strerror(errno));
		goto out;
	}
	for (i = 0; i < 6; i++) {
		if (!texts[i])
			continue;
		rl_buf_reset(&f);
		if (rl_path_join(&f, tmp.s, names[i])) {
			rc = rl_err_set(e, RL_ENOMEM, "out of memory");
			break;
		}
		if ((rc = write_plain(f.s, texts[i], strlen(texts[i]), e)))
			break;
	}
	if (!rc) {
		if (renameat2(AT_FDCWD, tmp.s, AT_FDCWD, dst.s, RENAME_NOREPLACE) == 0) {
			goto out; /* nothing left behind */
		} else if (errno == EEXIST &&
			   renameat2(AT_FDCWD, tmp.s, AT_FDCWD, dst.s, RENAME_EXCHANGE) == 0) {
			/* tmp now holds the previous render */
		} else {
			rc = rl_err_set(e, RL_EIO, "%s: cannot move into place: %s", dst.s,
					strerror(errno));
		}
	}
	remove_tree(tmp.s);
out:
	rl_buf_free(&tmp);
	rl_buf_free(&dst);
	rl_buf_free(&f);
	return rc;
}
