/* results.c: the in-memory result set (one record per classified sample)
 * and the condition-id parser. The set copies everything into one arena
 * so that loaders can hand it borrowed strings and callers free it in one
 * call; records never point into the caller's memory. */
#include "redline/report.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

void rl_result_set_init(rl_result_set *s)
{
	memset(s, 0, sizeof *s);
}

void rl_result_set_free(rl_result_set *s)
{
	if (s->mem) {
		rl_arena_free(s->mem);
		free(s->mem);
	}
	free(s->v);
	memset(s, 0, sizeof *s);
}

static const char *dup(rl_arena *a, const char *s, int *oom)
{
	char *d;
	if (!s)
		return NULL;
	d = rl_arena_strndup(a, s, strlen(s));
	if (!d)
		*oom = 1;
	return d;
}

int rl_result_set_add(rl_result_set *s, const rl_result *r, rl_err *e)
{
	rl_result *d;
	rl_span *sp = NULL;
	int oom = 0;
	size_t i;

	if (!r->model || !*r->model || !r->condition || !*r->condition)
		return rl_err_set(e, RL_EINVAL, "result %s: model and condition are required",
				  r->id ? r->id : "(no id)");
	if (!s->mem) {
		s->mem = malloc(sizeof(rl_arena));
		if (!s->mem)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		rl_arena_init(s->mem, 1 << 20);
	}
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 256;
		rl_result *v = realloc(s->v, cap * sizeof *v);
		if (!v)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		s->v = v;
		s->cap = cap;
	}
	d = &s->v[s->n];
	*d = *r;
	d->id = dup(s->mem, r->id, &oom);
	d->model = dup(s->mem, r->model, &oom);
	d->condition = dup(s->mem, r->condition, &oom);
	d->scenario = dup(s->mem, r->scenario, &oom);
	d->unknown_reason = dup(s->mem, r->unknown_reason, &oom);
	d->categories = dup(s->mem, r->categories, &oom);
	d->judge_reasoning = dup(s->mem, r->judge_reasoning, &oom);
	d->response = dup(s->mem, r->response, &oom);
	d->reasoning = dup(s->mem, r->reasoning, &oom);
	d->model_name = dup(s->mem, r->model_name, &oom);
	d->turns = dup(s->mem, r->turns, &oom);
	d->call_evidence = dup(s->mem, r->call_evidence, &oom);
	if (r->nspans) {
		sp = rl_arena_alloc(s->mem, r->nspans * sizeof *sp);
		if (!sp)
			oom = 1;
		for (i = 0; sp && i < r->nspans; i++) {
			sp[i] = r->spans[i];
			sp[i].label = dup(s->mem, r->spans[i].label, &oom);
		}
	}
	d->spans = sp;
	d->nspans = sp ? r->nspans : 0;
	if (d->harmful < RL_VERDICT_UNKNOWN || d->harmful > RL_VERDICT_HARMFUL)
		d->harmful = RL_VERDICT_UNKNOWN;
	if (oom)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	s->n++;
	return 0;
}

void rl_report_original_model_dir(rl_buf *b, const char *name)
{
	size_t n = strcspn(name, "@"), i;
	if ((n == 1 && name[0] == '.') || (n == 2 && name[0] == '.' && name[1] == '.')) {
		rl_buf_adds(b, n == 1 ? "_" : "__");
		return;
	}
	for (i = 0; i < n; i++)
		rl_buf_addc(b, name[i] == '/' || name[i] == ':' ? '_' : name[i]);
}

static const char *const goal_types[] = {"explicit", "latent", "ambiguous", "none", "swap"};

static void put(char *dst, size_t cap, const char *src, size_t n)
{
	if (!dst || !cap)
		return;
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* The goal token is the first '_'-separated token after the first whose
 * text before '-' is a goal type; scenarios may themselves contain '_'
 * ("lethal_inaction"), so the scenario is everything before it. */
int rl_report_condition_split(const char *cond, char *scenario, char *goal_type, char *goal_value,
			      char *urgency, char *suffix, size_t cap)
{
	const char *p = strchr(cond, '_');
	size_t i;

	put(goal_type, cap, "", 0);
	put(goal_value, cap, "", 0);
	put(urgency, cap, "", 0);
	put(suffix, cap, "", 0);
	while (p) {
		const char *tok = p + 1, *end = strchr(tok, '_'), *dash;
		size_t tl = end ? (size_t)(end - tok) : strlen(tok);
		dash = memchr(tok, '-', tl);
		for (i = 0; dash && i < sizeof goal_types / sizeof goal_types[0]; i++) {
			size_t gl = strlen(goal_types[i]);
			if ((size_t)(dash - tok) == gl && !memcmp(tok, goal_types[i], gl)) {
				const char *u, *ue;
				put(scenario, cap, cond, (size_t)(p - cond));
				put(goal_type, cap, tok, gl);
				put(goal_value, cap, dash + 1, (size_t)(tok + tl - dash - 1));
				if (!end)
					return 0;
				u = end + 1;
				ue = strchr(u, '_');
				put(urgency, cap, u, ue ? (size_t)(ue - u) : strlen(u));
				if (ue)
					put(suffix, cap, ue + 1, strlen(ue + 1));
				return 0;
			}
		}
		p = end;
	}
	p = strchr(cond, '_');
	put(scenario, cap, cond, p ? (size_t)(p - cond) : strlen(cond));
	return RL_EINVAL;
}

const char *rl_report_setdup(rl_result_set *s, const char *t, int *oom)
{
	if (!s->mem) {
		s->mem = malloc(sizeof(rl_arena));
		if (!s->mem) {
			*oom = 1;
			return NULL;
		}
		rl_arena_init(s->mem, 1 << 20);
	}
	return dup(s->mem, t, oom);
}
