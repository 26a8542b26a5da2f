/* twin.c: the task-check language of benign twins (redline/twin.h,
 * docs/pack-format.md "Benign twins"): the parser of one requirement, the
 * list reader that locates errors in pack.yaml, and the binding of a check
 * to a rendered condition (`reply N` becomes the address of email N's
 * sender).
 *
 * Written by hand because the language is four line-sized forms of at most
 * a few words; a grammar tool would be larger than the grammar. */
#include "redline/twin.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/yaml.h"
#include "pack/pack_int.h"
#include "pack/twin_int.h"
#include "redline/env.h"

#define REQ_TEXT_MAX 1024 /* bytes of one requirement */

void rl_task_req_free(rl_task_req *r)
{
	size_t i;
	if (!r)
		return;
	for (i = 0; i < r->nwords; i++)
		free(r->words[i]);
	free(r->text);
	memset(r, 0, sizeof *r);
}

void rl_task_check_free(rl_task_check *c)
{
	size_t i;
	if (!c)
		return;
	for (i = 0; i < c->n; i++)
		rl_task_req_free(&c->v[i]);
	free(c->v);
	memset(c, 0, sizeof *c);
}

/* Next whitespace-separated word of s from *pos: [*start, *pos). 0 at the end. */
static int word(const char *s, size_t *pos, size_t *start)
{
	size_t i = *pos;
	while (s[i] == ' ' || s[i] == '\t')
		i++;
	if (!s[i])
		return 0;
	*start = i;
	while (s[i] && s[i] != ' ' && s[i] != '\t')
		i++;
	*pos = i;
	return 1;
}

static int is_eq(const char *s, size_t a, size_t b, const char *lit)
{
	return strlen(lit) == b - a && !strncmp(s + a, lit, b - a);
}

/* An address or domain word: letters, digits and . - _ + @, at most one @,
 * no leading dot. */
static int good_addr(const char *s, size_t a, size_t b, int need_at)
{
	size_t i, at = 0;
	if (b <= a || b - a > 254 || s[a] == '.' || s[a] == '@')
		return 0;
	for (i = a; i < b; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '@')
			at++;
		else if (!isalnum(c) && c != '.' && c != '-' && c != '_' && c != '+')
			return 0;
	}
	return at <= 1 && (!need_at || at == 1) && s[b - 1] != '@';
}

static char *lower_dup(const char *s, size_t a, size_t b)
{
	char *o = malloc(b - a + 1);
	size_t i;
	if (!o)
		return NULL;
	for (i = a; i < b; i++)
		o[i - a] = (char)tolower((unsigned char)s[i]);
	o[b - a] = '\0';
	return o;
}

int rl_task_req_parse(const char *s, rl_task_req *out, size_t *errcol, const char **errmsg)
{
	size_t pos = 0, a = 0, b;
	memset(out, 0, sizeof *out);
	*errcol = 0;
	*errmsg = NULL;
	if (strlen(s) > REQ_TEXT_MAX) {
		*errmsg = "a requirement of at most 1024 bytes";
		return RL_EINVAL;
	}
	if (!word(s, &pos, &a)) {
		*errmsg =
			"a requirement (reply N, send-to ADDRESS, within DOMAIN..., never EFFECT)";
		return RL_EINVAL;
	}
	b = pos;
	if (is_eq(s, a, b, "reply")) {
		char *end;
		unsigned long n;
		out->kind = RL_REQ_REPLY;
		if (!word(s, &pos, &a) || !isdigit((unsigned char)s[a])) {
			*errcol = pos > b ? a : strlen(s);
			*errmsg =
				"an email ID after 'reply' (a number from 1, as read_inbox lists it)";
			return RL_EINVAL;
		}
		n = strtoul(s + a, &end, 10);
		if ((size_t)(end - s) != pos || n < 1 || n > 100000) {
			*errcol = a;
			*errmsg =
				"an email ID after 'reply' (a number from 1, as read_inbox lists it)";
			return RL_EINVAL;
		}
		out->email_id = (unsigned)n;
	} else if (is_eq(s, a, b, "send-to")) {
		out->kind = RL_REQ_SEND_TO;
		if (!word(s, &pos, &a) || !good_addr(s, a, pos, 1)) {
			*errcol = pos > b ? a : strlen(s);
			*errmsg = "an email address after 'send-to' (name@domain)";
			return RL_EINVAL;
		}
		if (!(out->words[out->nwords++] = lower_dup(s, a, pos)))
			return RL_ENOMEM;
	} else if (is_eq(s, a, b, "within")) {
		out->kind = RL_REQ_WITHIN;
		while (word(s, &pos, &a)) {
			if (!good_addr(s, a, pos, 0)) {
				*errcol = a;
				*errmsg = "a domain (example.com) or an address after 'within'";
				rl_task_req_free(out);
				return RL_EINVAL;
			}
			if (out->nwords == RL_REQ_WORDS_MAX) {
				*errcol = a;
				*errmsg = "at most 16 domains after 'within'";
				rl_task_req_free(out);
				return RL_EINVAL;
			}
			if (!(out->words[out->nwords++] = lower_dup(s, a, pos))) {
				rl_task_req_free(out);
				return RL_ENOMEM;
			}
		}
		if (!out->nwords) {
			*errcol = strlen(s);
			*errmsg = "at least one domain after 'within'";
			return RL_EINVAL;
		}
		pos = strlen(s); /* every word was read */
	} else if (is_eq(s, a, b, "never")) {
		char eff[32];
		out->kind = RL_REQ_NEVER;
		if (!word(s, &pos, &a) || pos - a >= sizeof eff) {
			*errcol = pos > b ? a : strlen(s);
			*errmsg =
				"an effect after 'never' (send_email, forward_email or cancel_alert)";
			return RL_EINVAL;
		}
		memcpy(eff, s + a, pos - a);
		eff[pos - a] = '\0';
		out->effect = rl_env_effect_from_name(eff);
		if (out->effect != RL_EFF_SEND_EMAIL && out->effect != RL_EFF_FORWARD_EMAIL &&
		    out->effect != RL_EFF_CANCEL_ALERT) {
			*errcol = a;
			*errmsg =
				"an effect after 'never' (send_email, forward_email or cancel_alert)";
			return RL_EINVAL;
		}
	} else {
		*errcol = a;
		*errmsg =
			"a requirement: reply N, send-to ADDRESS, within DOMAIN... or never EFFECT";
		return RL_EINVAL;
	}
	if (word(s, &pos, &a)) {
		*errcol = a;
		*errmsg = "the end of the requirement (one requirement per list item)";
		rl_task_req_free(out);
		return RL_EINVAL;
	}
	if (!(out->text = strdup(s))) {
		rl_task_req_free(out);
		return RL_ENOMEM;
	}
	return 0;
}

int rl_twin_check_load(rl_yaml *y, yaml_node_t *list, rl_task_check *out, rl_err *e)
{
	size_t i, n;
	memset(out, 0, sizeof *out);
	if (!rl_yaml_is_seq(list) || !(n = rl_yaml_count(list)))
		return rl_yaml_err(
			y, list, e, RL_EINVAL,
			"twin.check: expected a non-empty list of requirements (reply N, "
			"send-to ADDRESS, within DOMAIN..., never EFFECT)");
	if (!(out->v = calloc(n, sizeof *out->v)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (i = 0; i < n; i++) {
		yaml_node_t *it = rl_yaml_item(y, list, i);
		const char *s = rl_yaml_str(it), *msg;
		size_t col;
		int rc;
		if (!s || rl_yaml_is_null(it)) {
			rl_task_check_free(out);
			return rl_yaml_err(
				y, it, e, RL_EINVAL,
				"twin.check: expected a requirement as a string (reply N, "
				"send-to ADDRESS, within DOMAIN..., never EFFECT)");
		}
		if ((rc = rl_task_req_parse(s, &out->v[i], &col, &msg))) {
			rl_task_check_free(out);
			if (rc == RL_ENOMEM)
				return rl_err_set(e, rc, "out of memory");
			/* a plain scalar starts at its column; a quoted one a
			 * character later */
			col += it->data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? 0 : 1;
			return rl_err_set(
				e, RL_EINVAL, "%s:%u:%u: twin.check: expected %s, got '%.80s'",
				y->file, rl_yaml_line(it), rl_yaml_col(it) + (unsigned)col, msg, s);
		}
		out->v[i].line = rl_yaml_line(it);
		out->v[i].col = rl_yaml_col(it);
		out->n++;
	}
	return 0;
}

const rl_task_check *rl_pack_twin_check(const rl_pack *p, const char *scenario)
{
	long i = scenario ? rl_pack_scenario_find(p, scenario) : -1;
	if (i < 0 || !p->scen[i].twin)
		return NULL;
	return &p->scen[i].twin->check;
}

void rl_task_bound_free(rl_task_bound *b)
{
	size_t i;
	if (!b)
		return;
	for (i = 0; b->check && i < b->check->n; i++)
		free(b->reply_to[i]);
	free(b->reply_to);
	free(b->scenario);
	free(b);
}

/* The From: address of email `id` (1-based) in the inbox: the bundle,
 * then each event's emails in order. Lowercased, malloc'ed; NULL if there
 * is no such email or it has no address (*missing says which). */
static char *sender(const rl_rendered *r, unsigned id, int *missing)
{
	json_t *ev = r->events_json ? json_loads(r->events_json, 0, NULL) : NULL;
	size_t k, seen = 0, nev = json_array_size(ev);
	char *out = NULL;

	*missing = 1;
	for (k = 0; k <= nev && !out && *missing; k++) {
		const char *b = k == 0 ? r->email_content
				       : json_string_value(json_object_get(
						 json_array_get(ev, k - 1), "emails"));
		rl_span *sp = NULL;
		size_t n = 0;
		if (!b || rl_emails_split(b, strlen(b), &sp, &n))
			continue;
		if (id > seen && id <= seen + n) {
			size_t len, i, a = 0, z;
			const char *v = rl_email_header(b, sp[id - seen - 1], "From", &len);
			*missing = 0;
			/* the address: the token with an '@' (a display name may precede it) */
			for (i = 0; v && i <= len; i++) {
				if (i == len || strchr(" \t<>\",;", v[i])) {
					z = i;
					if (memchr(v + a, '@', z - a) && z > a) {
						out = lower_dup(v, a, z);
						break;
					}
					a = i + 1;
				}
			}
		}
		seen += n;
		free(sp);
	}
	json_decref(ev);
	return out;
}

int rl_task_check_bind(const rl_pack *p, const rl_rendered *r, rl_task_bound **out, rl_err *e)
{
	rl_condition c;
	const rl_task_check *chk;
	rl_task_bound *b;
	size_t i;

	*out = NULL;
	if (rl_condition_parse(r->condition_id, &c, e))
		return RL_EINVAL;
	if (!(chk = rl_pack_twin_check(p, c.scenario)))
		return rl_err_set(e, RL_ENOTFOUND, "scenario '%s' of pack '%s' has no twin",
				  c.scenario, rl_pack_name(p));
	if (!(b = calloc(1, sizeof *b)) ||
	    !(b->reply_to = calloc(chk->n + 1, sizeof *b->reply_to)) ||
	    !(b->scenario = strdup(c.scenario))) {
		if (b)
			free(b->reply_to);
		free(b);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	b->check = chk;
	for (i = 0; i < chk->n; i++) {
		const rl_task_req *q = &chk->v[i];
		int missing;
		if (q->kind != RL_REQ_REPLY)
			continue;
		if (!(b->reply_to[i] = sender(r, q->email_id, &missing))) {
			rl_task_bound_free(b);
			return rl_err_set(
				e, RL_EINVAL,
				"%s/pack.yaml:%u:%u: twin.check '%s': condition %s %s",
				rl_pack_dir(p), q->line, q->col, q->text, r->condition_id,
				missing ? "has no email with that ID (its inbox is shorter)"
					: "has that email, but its From: line holds no address");
		}
	}
	*out = b;
	return 0;
}

int rl_pack_tool_effect(const rl_pack *p, const char *name)
{
	size_t i;
	for (i = 0; name && i < p->nntools; i++)
		if (!strcasecmp(p->ntools_v[i].name, name))
			return p->ntools_v[i].effect;
	return -1;
}

int pk_load_twin(loader *L, yaml_node_t *n, rl_scenario *s)
{
	static const char *const keys[] = {"emails", "check", NULL};
	yaml_node_t *x;
	int rc;

	if ((rc = pk_check_map(L, n, "twin", keys)))
		return rc;
	if (!(s->twin = calloc(1, sizeof *s->twin)))
		return OOM(L);
	if (!(x = rl_yaml_get(&L->y, n, "emails")) || rl_yaml_is_null(x))
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL,
				   "twin: missing 'emails' (the twin's bundle: the routine work "
				   "without the dilemma)");
	if ((rc = pk_load_tfile(L, x, &s->twin->emails)))
		return rc;
	if (!(x = rl_yaml_get(&L->y, n, "check")) || rl_yaml_is_null(x))
		return rl_yaml_err(&L->y, n, L->e, RL_EINVAL,
				   "twin: missing 'check' (the task's success check: a list of "
				   "requirements such as 'reply 4')");
	return rl_twin_check_load(&L->y, x, &s->twin->check, L->e);
}

void rl_twin_free(rl_twin *t)
{
	if (!t)
		return;
	rl_task_check_free(&t->check);
	free(t);
}
