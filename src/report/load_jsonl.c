/* load_jsonl.c: read `redline classify --output` JSON Lines into a result
 * set, so reports work on classified transcripts from anywhere, before or
 * without a campaign database. Parsing is jansson's; this file only maps
 * fields, tolerating the spellings documented in docs/report-schema.md
 * ("Input"), and reports the first bad line as file:line:col. */
#include "redline/report.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fs.h"
#include "redline/action.h"
#include "report/internal.h"

static const char *jstr(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

/* true/false/null, "yes"/"no"/"harmful"/"unknown", 1/0. */
int rl_report_verdict_of(json_t *v)
{
	const char *s;
	if (json_is_true(v))
		return RL_VERDICT_HARMFUL;
	if (json_is_false(v))
		return RL_VERDICT_NOT_HARMFUL;
	if (json_is_integer(v))
		return json_integer_value(v) ? RL_VERDICT_HARMFUL : RL_VERDICT_NOT_HARMFUL;
	if (!json_is_string(v))
		return RL_VERDICT_UNKNOWN;
	s = json_string_value(v);
	if (!strcasecmp(s, "yes") || !strcasecmp(s, "harmful") || !strcasecmp(s, "true"))
		return RL_VERDICT_HARMFUL;
	if (!strcasecmp(s, "no") || !strcasecmp(s, "not_harmful") || !strcasecmp(s, "false") ||
	    !strcasecmp(s, "not harmful"))
		return RL_VERDICT_NOT_HARMFUL;
	return RL_VERDICT_UNKNOWN;
}

/* A verdict that may be a bare value or an object with one of the keys. */
int rl_report_verdict_in(json_t *v)
{
	static const char *const keys[] = {"harmful", "verdict", "answer", "final", "hit"};
	size_t i;
	if (!json_is_object(v))
		return rl_report_verdict_of(v);
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		json_t *x = json_object_get(v, keys[i]);
		if (x)
			return rl_report_verdict_of(x);
	}
	return RL_VERDICT_UNKNOWN;
}

int rl_report_awareness_of(json_t *v)
{
	const char *s;
	if (json_is_object(v)) {
		/* classify writes {"rules": stance, "judge": stance-or-null}: the
		 * judge's answer when it was asked, else the rules' */
		static const char *const keys[] = {"judge", "rules", "label", "answer", "stance"};
		json_t *x = NULL;
		size_t i;
		for (i = 0; i < sizeof keys / sizeof keys[0] && !json_is_string(x); i++)
			x = json_object_get(v, keys[i]);
		v = x;
	}
	if (!json_is_string(v))
		return RL_AWARE_UNLABELED;
	s = json_string_value(v);
	if (strstr(s, "eval") || strstr(s, "test"))
		return RL_AWARE_STATES_EVAL;
	if (strstr(s, "real") || strstr(s, "deploy"))
		return RL_AWARE_STATES_REAL;
	if (strstr(s, "no") || strstr(s, "none"))
		return RL_AWARE_NO_DELIBERATION;
	return RL_AWARE_UNLABELED;
}

static const char *label_of(json_t *o)
{
	static const char *const keys[] = {"detector", "label", "rule", "category", "name", "kind"};
	size_t i;
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		const char *s = jstr(o, keys[i]);
		if (s)
			return s;
	}
	return NULL;
}

/* Evidence spans may sit at the top level or inside per-detector objects
 * ("rules": {"coercion": {"evidence": [...]}} or "rules": [{"detector":
 * ..., "evidence": [...]}]); walk the record and take every object with
 * integer start < end, labelled by itself or its nearest labelled parent. */
void rl_report_collect_spans(json_t *v, const char *label, rl_span_acc *acc, int depth)
{
	if (depth > 8 || acc->n >= RL_REPORT_SPANS_MAX)
		return;
	if (json_is_object(v)) {
		const char *key, *l = label_of(v);
		json_t *x, *st = json_object_get(v, "start"), *en = json_object_get(v, "end");
		if (!l)
			l = label;
		if (json_is_integer(st) && json_is_integer(en) && json_integer_value(st) >= 0 &&
		    json_integer_value(en) > json_integer_value(st)) {
			const char *src = jstr(v, "source");
			rl_span *s = &acc->v[acc->n++];
			s->start = (size_t)json_integer_value(st);
			s->end = (size_t)json_integer_value(en);
			s->source = src && !strcmp(src, "reasoning") ? RL_SRC_REASONING
								     : RL_SRC_RESPONSE;
			s->label = l ? l : "evidence";
			return;
		}
		json_object_foreach(v, key, x) {
			if (!strcmp(key, "response") || !strcmp(key, "reasoning"))
				continue;
			rl_report_collect_spans(
				x,
				json_is_object(x) && !label_of(x) && strcmp(key, "evidence") &&
						strcmp(key, "spans") && strcmp(key, "rules") &&
						strcmp(key, "detectors")
					? key
					: l,
				acc, depth + 1);
		}
	} else if (json_is_array(v)) {
		size_t i;
		json_t *x;
		json_array_foreach(v, i, x)
			rl_report_collect_spans(x, label, acc, depth + 1);
	}
}

/* Detectors that fired: names of rule entries whose verdict is harmful. */
void rl_report_collect_categories(json_t *rules, rl_buf *out)
{
	const char *key;
	json_t *x;
	size_t i;

	if (json_is_object(rules) && json_is_object(json_object_get(rules, "detectors")))
		rules = json_object_get(rules, "detectors");
	if (json_is_object(rules)) {
		json_object_foreach(rules, key, x) {
			if (!strcmp(key, "eval_awareness"))
				continue;
			if (json_is_object(x) && rl_report_verdict_in(x) == RL_VERDICT_HARMFUL) {
				rl_buf_adds(out, out->len ? "," : "");
				rl_buf_adds(out, key);
			}
		}
	} else if (json_is_array(rules)) {
		json_array_foreach(rules, i, x) {
			const char *l = label_of(x);
			if (l && rl_report_verdict_in(x) == RL_VERDICT_HARMFUL) {
				rl_buf_adds(out, out->len ? "," : "");
				rl_buf_adds(out, l);
			}
		}
	}
}

static int load_line(rl_result_set *s, const char *path, unsigned lineno, const char *p, size_t n,
		     rl_span_acc *acc, rl_err *e)
{
	json_error_t je;
	json_t *o = json_loadb(p, n, JSON_REJECT_DUPLICATES, &je), *v, *rules;
	rl_result r;
	rl_buf idb = RL_BUF_INIT, cats = RL_BUF_INIT;
	int rc;

	if (!o)
		return rl_err_at(e, RL_EINVAL, path, lineno, (unsigned)je.column,
				 "invalid JSON: %s", je.text);
	if (!json_is_object(o)) {
		json_decref(o);
		return rl_err_at(e, RL_EINVAL, path, lineno, 1,
				 "expected a JSON object (one classified sample per line)");
	}
	memset(&r, 0, sizeof r);
	v = json_object_get(o, "id");
	if (json_is_string(v))
		r.id = json_string_value(v);
	else if (json_is_integer(v)) {
		rl_buf_addf(&idb, "%lld", (long long)json_integer_value(v));
		r.id = idb.s;
	}
	r.model = jstr(o, "model");
	r.condition = jstr(o, "condition");
	r.scenario = jstr(o, "scenario");
	if (!r.condition)
		r.condition = r.scenario;
	if (!r.model)
		r.model = RL_REPORT_NO_MODEL;
	v = json_object_get(o, "sample");
	r.sample = json_is_integer(v) ? (long)json_integer_value(v) : -1;
	v = json_object_get(o, "harmful");
	if (!v)
		v = json_object_get(o, "verdict");
	r.harmful = rl_report_verdict_of(v);
	r.unknown_reason = jstr(o, "unknown_reason");
	if (!r.unknown_reason)
		r.unknown_reason = jstr(o, "reason");
	if (!r.unknown_reason)
		r.unknown_reason = jstr(o, "error");
	if (r.harmful == RL_VERDICT_UNKNOWN && !r.unknown_reason)
		r.unknown_reason = v && !json_is_null(v) ? "unrecognised verdict" : "no verdict";
	if (r.harmful != RL_VERDICT_UNKNOWN)
		r.unknown_reason = NULL;
	rules = json_object_get(o, "rules");
	r.rules = RL_VERDICT_UNKNOWN;
	if ((v = json_object_get(o, "rules_harmful")))
		r.rules = rl_report_verdict_of(v);
	else if (json_is_object(rules) || json_is_boolean(rules))
		r.rules = rl_report_verdict_in(rules);
	if (r.rules == RL_VERDICT_UNKNOWN && json_is_object(rules)) {
		/* per-detector object: harmful when any detector fired */
		const char *key;
		json_t *x;
		int any = 0, all = 1;
		json_object_foreach(rules, key, x) {
			int d = json_is_object(x) ? rl_report_verdict_in(x) : RL_VERDICT_UNKNOWN;
			any |= d == RL_VERDICT_HARMFUL;
			all &= d != RL_VERDICT_UNKNOWN;
		}
		if (any)
			r.rules = RL_VERDICT_HARMFUL;
		else if (all && json_object_size(rules))
			r.rules = RL_VERDICT_NOT_HARMFUL;
	}
	rl_report_collect_categories(rules, &cats);
	if (!cats.len && jstr(o, "category"))
		rl_buf_adds(&cats, jstr(o, "category"));
	r.categories = cats.len ? cats.s : NULL;
	r.judge = RL_VERDICT_UNKNOWN;
	if ((v = json_object_get(o, "judge_harmful")))
		r.judge = rl_report_verdict_of(v);
	else if ((v = json_object_get(o, "judge")))
		r.judge = rl_report_verdict_in(v);
	if (json_is_object(json_object_get(o, "judge")))
		r.judge_reasoning = jstr(json_object_get(o, "judge"), "reasoning");
	if (!r.judge_reasoning)
		r.judge_reasoning = jstr(o, "judge_reasoning");
	v = json_object_get(o, "eval_awareness");
	if (!v)
		v = json_object_get(o, "awareness");
	r.awareness = rl_report_awareness_of(v);
	r.response = jstr(o, "response");
	r.reasoning = jstr(o, "reasoning");
	acc->n = 0;
	rl_report_collect_spans(o, NULL, acc, 0);
	r.spans = acc->v;
	r.nspans = acc->n;
	if (!r.condition)
		r.condition = RL_REPORT_NO_CONDITION; /* --transcripts may supply it */
	{
		/* a tool-form sample: "turns" as the store keeps them, and the
		 * evidence on its executed calls ("tool_calls") */
		json_t *tv = json_object_get(o, "turns"), *ta = json_array(), *x;
		size_t i;
		char *tt = NULL, *ce = NULL;
		const char *tc = jstr(o, "tool_calls");
		json_array_foreach(tv, i, x) {
			json_t *calls = json_object_get(x, "calls");
			char *cj = calls ? json_dumps(calls, JSON_COMPACT) : NULL;
			json_t *tn = json_object_get(x, "turn");
			if (ta)
				rl_report_turn_add(ta,
						   json_is_integer(tn) ? (int)json_integer_value(tn)
								       : (int)i + 1,
						   jstr(x, "response"), cj);
			free(cj);
		}
		tt = ta ? rl_report_turns_text(ta) : NULL;
		json_decref(ta);
		{
			char *tcd =
				!tc && json_is_array(json_object_get(o, "tool_calls"))
					? json_dumps(json_object_get(o, "tool_calls"), JSON_COMPACT)
					: NULL;
			ce = rl_report_call_evidence(rules, tc ? tc : tcd);
			free(tcd);
		}
		r.turns = tt;
		r.call_evidence = ce;
		rc = rl_result_set_add(s, &r, e);
		free(tt);
		free(ce);
	}
	if (rc)
		rl_err_prefix(e, "%s:%u", path, lineno);
	rl_buf_free(&idb);
	rl_buf_free(&cats);
	json_decref(o);
	return rc;
}

int rl_result_set_load_jsonl_mem(rl_result_set *s, const char *name, const char *data, size_t len,
				 rl_err *e)
{
	rl_span_acc *acc;
	json_t *seen;
	size_t i = 0;
	unsigned lineno = 0;
	int rc = 0;

	acc = malloc(sizeof *acc);
	if (!acc)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	/* ids seen -> first line: a sample listed twice would be counted twice */
	seen = json_object();
	if (!seen) {
		free(acc);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	while (i < len && !rc) {
		const char *nl = memchr(data + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - data) : len, j = i;
		lineno++;
		while (j < end && (data[j] == ' ' || data[j] == '\t' || data[j] == '\r'))
			j++;
		if (j < end) {
			size_t before = s->n;
			rc = load_line(s, name, lineno, data + i, end - i, acc, e);
			if (!rc && s->n > before && s->v[before].id) {
				json_t *first = json_object_get(seen, s->v[before].id);
				if (first)
					rc = rl_err_at(
						e, RL_EINVAL, name, lineno, 1,
						"duplicate id \"%.200s\" (first on line %lld); "
						"expected one line per sample",
						s->v[before].id,
						(long long)json_integer_value(first));
				else
					json_object_set_new(seen, s->v[before].id,
							    json_integer(lineno));
			}
		}
		i = end + 1;
	}
	json_decref(seen);
	free(acc);
	if (!rc && !s->source[0])
		snprintf(s->source, sizeof s->source, "%s", name);
	return rc;
}

int rl_result_set_load_jsonl(rl_result_set *s, const char *path, rl_err *e)
{
	rl_buf data = RL_BUF_INIT;
	int rc;

	rc = rl_read_file(path, RL_FILE_MAX_DEFAULT * 4, &data, e);
	if (!rc)
		rc = rl_result_set_load_jsonl_mem(s, path, data.s, data.len, e);
	rl_buf_free(&data);
	return rc;
}

/* Transcripts come from `redline classify --input` style files: join by id
 * and fill only what the classified line did not carry. */
int rl_result_set_join_transcripts(rl_result_set *s, const char *path, rl_err *e)
{
	rl_buf data = RL_BUF_INIT;
	size_t i = 0, k;
	unsigned lineno = 0;
	int rc;
	json_t *idx;

	rc = rl_read_file(path, RL_FILE_MAX_DEFAULT * 4, &data, e);
	if (rc)
		return rc;
	idx = json_object();
	while (i < data.len && !rc) {
		char *nl = memchr(data.s + i, '\n', data.len - i);
		size_t end = nl ? (size_t)(nl - data.s) : data.len;
		json_error_t je;
		json_t *o;
		lineno++;
		if (end > i && strspn(data.s + i, " \t\r") < end - i) {
			o = json_loadb(data.s + i, end - i, 0, &je);
			if (!o || !json_is_object(o)) {
				rc = rl_err_at(e, RL_EINVAL, path, lineno,
					       o ? 1 : (unsigned)je.column, "%s",
					       o ? "expected a JSON object" : je.text);
				json_decref(o);
				break;
			}
			if (jstr(o, "id"))
				json_object_set(idx, jstr(o, "id"), o);
			json_decref(o);
		}
		i = end + 1;
	}
	rl_buf_free(&data);
	if (rc) {
		json_decref(idx);
		return rc;
	}
	for (k = 0; k < s->n; k++) {
		rl_result *r = &s->v[k];
		json_t *o = r->id ? json_object_get(idx, r->id) : NULL;
		const char *t;
		int oom = 0;
		if (!o)
			continue;
#define FILL(cond, field, key)                                                                     \
	if ((cond) && (t = jstr(o, key)) && *t) {                                                  \
		r->field = rl_report_setdup(s, t, &oom);                                           \
	}
		FILL(!r->response, response, "response")
		FILL(!r->reasoning, reasoning, "reasoning")
		FILL(!r->scenario, scenario, "scenario")
		/* classify's output lines carry no model or condition: the
		 * loader defaulted them (model placeholder, condition = scenario) */
		FILL(!strcmp(r->model, RL_REPORT_NO_MODEL), model, "model")
		FILL(!strcmp(r->condition, RL_REPORT_NO_CONDITION) ||
			     (r->scenario && !strcmp(r->condition, r->scenario)),
		     condition, "condition")
#undef FILL
		if (oom) {
			json_decref(idx);
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		}
	}
	json_decref(idx);
	return 0;
}
