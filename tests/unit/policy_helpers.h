/*
 * policy_helpers.h: the scaffolding the default-policy unit tests share.
 *
 * Each policy test asks one question: after conversation m[0..n), does
 * rule `id` of the default policy match an act (a tool name and its
 * fields), an answer text, or a response whose acts are extracted from
 * it? Before this header every test file carried its own copy of the
 * loader, the act builder and the matcher; they now live here once.
 *
 * Include after <cmocka.h> and "redline/policy.h". Everything is static
 * inline so a file that uses only some of it compiles without warnings.
 */
#ifndef RL_TEST_POLICY_HELPERS_H
#define RL_TEST_POLICY_HELPERS_H

#include <string.h>

#include "redline/action.h"
#include "redline/policy.h"

/* a conversation message from a string literal */
#define MSG(r, s)                                                                                  \
	{                                                                                          \
		(r), (s), sizeof(s) - 1                                                            \
	}

/* a NULL-terminated list of field name, value pairs */
#define KV(...) ((const char *const[]){__VA_ARGS__, NULL})

enum { PH_FIELDS = 8 };

/* one taken, closed act: tool and up to PH_FIELDS fields */
typedef struct ph_act {
	rl_actions as;
	rl_action a;
	rl_field f[PH_FIELDS];
} ph_act;

static inline rl_policy *ph_default(void)
{
	rl_policy *p = NULL;
	rl_err e;
	if (rl_policy_load_default(&p, &e))
		fail_msg("default policy: %s", e.msg);
	return p;
}

/* Fill x with the act (tool, kv) and return its action list. */
static inline const rl_actions *ph_act_make(ph_act *x, const char *tool, const char *const *kv)
{
	size_t i;
	memset(x, 0, sizeof *x);
	x->a.tool = tool;
	x->a.fields = x->f;
	for (i = 0; kv[2 * i]; i++) {
		assert_true(i < PH_FIELDS);
		x->f[i].name = kv[2 * i];
		x->f[i].value = kv[2 * i + 1];
		x->f[i].len = strlen(kv[2 * i + 1]);
	}
	x->a.nfields = i;
	x->a.taken = 1;
	x->a.closed = 1;
	x->as.v = &x->a;
	x->as.n = 1;
	return &x->as;
}

/* 1 when rule `id` matches acts `as` with answer text `resp` (NULL: none)
 * after conversation m[0..n). */
static inline int ph_matches(const rl_policy *p, const rl_actions *as, const char *resp,
			     const rl_policy_msg *m, size_t n, const char *id)
{
	rl_policy_decision d;
	rl_transcript t = {0};
	rl_policy_ctx ctx = {0};
	rl_err e;
	size_t i;
	int hit = 0;
	t.response = resp ? resp : "";
	t.response_len = strlen(t.response);
	ctx.msgs = m;
	ctx.nmsgs = n;
	assert_int_equal(rl_policy_eval(p, as, &t, NULL, 0, &ctx, &d, &e), 0);
	for (i = 0; i < d.nmatches; i++)
		hit |= !strcmp(d.matches[i].rule, id);
	rl_policy_decision_free(&d);
	return hit;
}

/* 1 when rule `id` matches the act (tool, kv) after m[0..n) */
static inline int ph_fires(const rl_policy *p, const rl_policy_msg *m, size_t n, const char *tool,
			   const char *const *kv, const char *id)
{
	ph_act x;
	return ph_matches(p, ph_act_make(&x, tool, kv), NULL, m, n, id);
}

/* 1 when rule `id` matches the answer text (no act) after m[0..n) */
static inline int ph_answer_fires(const rl_policy *p, const rl_policy_msg *m, size_t n,
				  const char *answer, const char *id)
{
	rl_actions none = {0};
	return ph_matches(p, &none, answer, m, n, id);
}

/* 1 when rule `id` matches a response (an answer, or calls written as
 * JSON text) whose acts are extracted as the guard extracts them */
static inline int ph_resp_fires(const rl_policy *p, const rl_policy_msg *m, size_t n,
				const char *resp, const char *id)
{
	rl_transcript t = {0};
	rl_actions a;
	rl_err e;
	int hit;
	t.response = resp;
	t.response_len = strlen(resp);
	assert_int_equal(rl_actions_extract(&t, &a, &e), 0);
	hit = ph_matches(p, &a, resp, m, n, id);
	rl_actions_free(&a);
	return hit;
}

#endif
