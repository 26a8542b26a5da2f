/* campaign/campaign_int.h: what the files of the campaign runner share
 * (internal to src/campaign, not library API):
 *   campaign.c   the run: the event loop, sending, recording, transactions
 *   setup.c      database paths, prices, models, keys, the config snapshot,
 *                resume counts, transport limits, the plan, the run lock
 *   cursor.c     the work cursor: which (condition, sample) comes next
 *   conv.c       tool-use conversations (the _tools conditions)
 *   gate.c       the guard in the loop (_oversight, _monitor conditions)
 * Cross-file functions carry the camp_ prefix. */
#ifndef RL_CAMPAIGN_INT_H
#define RL_CAMPAIGN_INT_H

#include <stdint.h>
#include <string.h>

#include "base/util.h"
#include "redline/campaign.h"
#include "redline/config.h"
#include "redline/env.h"
#include "redline/pack.h"
#include "redline/policy.h"
#include "redline/provider.h"
#include "redline/store.h"

/* What every conversation of one condition sends unchanged (the system
 * prompt, also as a JSON string, the first user message, the tools array)
 * and its scenario: made once per condition and shared by reference, since
 * the model's cursor moves on to other conditions while conversations of
 * this one are still running (conv.c). */
typedef struct conv_fixed {
	int refs;
	char *system, *system_json, *first, *tools_req, *scenario;
} conv_fixed;

typedef struct model_state {
	rl_model_spec spec;
	const rl_config_model *cfg; /* NULL for --model overrides */
	const char *name;           /* as written (config or --model) */
	double temperature;
	int max_tokens;
	int thinking_budget;
	const char *const *headers;
	size_t nheaders;
	int header_tpl; /* a header value names ${condition} or ${sample}:
			 * expanded per request, so no shared encoding */
	const char *extra_body;
	const rl_config_price *price;
	/* cursor over (condition, sample) */
	size_t cond;
	int sample;          /* next index to consider, 1-based */
	int loaded;          /* current condition rendered and mapped */
	unsigned char *done; /* samples_per_condition bytes */
	int *q;              /* shared campaign: indices claimed, not yet asked */
	int qn, qpos;
	rl_rendered rend;
	conv_fixed *fixed; /* the condition's conversation constants, made
			    * once per condition (conv.c); one reference */
	rl_env *env_proto; /* the condition's environment, cloned per
			    * conversation (conv.c) */
	int64_t prompt_id;
	char request_hash[65];
	char cond_id[RL_COND_ID_MAX];
	int pending;
	int window;
	int exhausted;
	int aside;
} model_state;

/* A defense run in the loop of tool-form conversations (gate.c). */
typedef struct camp_gate {
	int kind;                /* RL_DEF_OVERSIGHT or RL_DEF_MONITOR; 0: not loaded */
	const rl_policy *policy; /* own, or the runner's default */
	rl_policy *own;
	int hold_approve; /* `hold: approve`: a held call runs */
} camp_gate;

typedef struct runner {
	const rl_campaign_opts *o;
	rl_config cfg;
	rl_pack *pack;
	char pack_abs[4096]; /* the pack's absolute path, as recorded */
	rl_store *store;
	rl_transport *t;
	int64_t campaign;
	model_state *m;
	size_t nm;
	long N;
	int pending, window;
	size_t rr; /* round-robin start for fill */
	int fatal;
	rl_err ferr;
	rl_campaign_stats st;
	int64_t t0;
	int in_tx;
	int have_prices;
	int lock_fd;          /* "<db>.lock", flock'ed while running */
	char *lock_path;      /* removed when the run ends, so no stale lock stays */
	int closing;          /* tearing down: callbacks only release jobs */
	int shared;           /* PostgreSQL: workers share the campaign through claims */
	int64_t last_beat;    /* mono ms of the last lease renewal */
	int others;           /* live claims of other workers (last renewal) */
	int idle_clean;       /* idle, rescanned, and no other worker was busy */
	camp_gate gate[2];    /* oversight, monitor in the loop */
	rl_policy *gate_dflt; /* the built-in policy, compiled once for both */
} runner;

/* A tool-use conversation (a _tools condition): its own copies of what it
 * sends (the model's cursor moves on to other conditions meanwhile), the
 * environment, and the messages after the first user message. */
typedef struct conv {
	conv_fixed *fx; /* one reference; the four below are borrowed from it */
	const char *system, *first, *tools_req, *scenario;
	const char *system_json; /* `system` as a JSON string, escaped once */
	rl_env *env;
	rl_strlist roles, texts, raws; /* one per message after the first */
	int turn;                      /* model calls completed */
	int max_turns;
	int ended;        /* replayed to its end: only the sample row is missing */
	char *final_text; /* the last turn's text, when ended */
	int64_t in_tok, out_tok;
	const camp_gate *gate;        /* _oversight/_monitor: the defense in the loop */
	char cond_id[RL_COND_ID_MAX]; /* formatted once, not per turn */
} conv;

/* What the defense in the loop did with one call of a turn. */
typedef struct gate_call {
	int checked; /* the defense looked at it (oversight: consequential calls) */
	int action;  /* the policy's decision (RL_POLICY_*) */
	int denied;  /* not run */
	char rule[128];
	char *why; /* denied: what the model gets as the call's result */
} gate_call;

typedef struct job {
	runner *r;
	size_t model;
	size_t cond;
	int sample;
	int64_t started_ms;
	int64_t prompt_id;
	char request_hash[65];
	conv *cv; /* NULL: a single-turn sample */
} job;

#define CONV_MAX_CALLS 64 /* tool calls executed per model call */

/* Bounded copy: long text is cut, never overflows. */
static inline void camp_copy_str(char *dst, size_t n, const char *src)
{
	size_t l = strlen(src);
	if (l >= n)
		l = n - 1;
	memcpy(dst, src, l);
	dst[l] = '\0';
}

/* campaign.c: the run */
/* The pass's transaction, opened by its first write; -1 when it cannot be
 * opened (r->fatal and r->ferr say why). */
int camp_begin(runner *r);
/* Store one finished sample in the pass's transaction; a failure stops
 * the run (r->fatal, r->ferr). */
void camp_put_sample(runner *r, const rl_sample *s);
/* Send j's next model call: the single prompt, or the conversation so far. */
int camp_send_job(runner *r, job *j);
/* Keep every model's window full. */
void camp_fill(runner *r);
/* Tokens and cost of one model call, in the run's totals. */
void camp_account(runner *r, model_state *m, const rl_response *rs);

/* setup.c */
/* A header line with ${condition} and ${sample} replaced (malloc'ed);
 * NULL when out of memory. */
char *camp_header_expand(const char *line, const char *condition, int sample);
double camp_cost_of(const model_state *m, int64_t in, int64_t out);
int camp_setup_models(runner *r, rl_err *e);
int camp_check_keys(runner *r, rl_err *e);
char *camp_snapshot(runner *r);
void camp_warn_pack_changed(runner *r, const char *exp);
int camp_count_done_before(runner *r, rl_store *s, int64_t campaign, int64_t *out, rl_err *e);
int camp_add_pool_limits(runner *r, rl_err *e);
int camp_add_limits(runner *r, rl_err *e);
int camp_plan(runner *r, const char *db_path, int dry, rl_err *e);
int camp_lock_db(runner *r, const char *db, rl_err *e);

/* cursor.c */
void camp_render_opts(const runner *r, rl_render_opts *ro);
void camp_unload(model_state *m);
int camp_next_work(runner *r, model_state *m, size_t *cond, int *sample);

/* conv.c: tool-use conversations */
void camp_conv_free(conv *c);
void camp_fixed_unref(conv_fixed *fx);
conv *camp_conv_open(runner *r, model_state *m, int sample, rl_err *e);
void camp_conv_finish(runner *r, job *j, const rl_response *rs, int refill);
void camp_conv_step(runner *r, job *j, rl_response *rs);

/* gate.c: the guard in the loop */
int camp_gates_load(runner *r, rl_err *e);
void camp_gates_free(runner *r);
const camp_gate *camp_gate_of(const runner *r, const rl_condition *cd);
/* The defense's decision on each of a turn's n calls (*out: n entries,
 * camp_gate_calls_free). Nothing runs here. */
int camp_gate_turn(const runner *r, const conv *c, const char *text, const char *reasoning,
		   const rl_tool_call *calls, size_t n, gate_call **out, rl_err *e);
void camp_gate_calls_free(gate_call *g, size_t n);

#endif
