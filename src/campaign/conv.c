/* conv.c: tool-use conversations (the _tools conditions, issue 17): a
 * conversation's own copy of what it sends, replaying a resumed one from
 * its stored turns, executing each turn's tool calls in the environment,
 * and recording the sample when it ends. */
#include "campaign/campaign_int.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tool-use conversations (issue 17) ---------------------------------- */

void camp_conv_free(conv *c)
{
	if (!c)
		return;
	camp_fixed_unref(c->fx);
	free(c->final_text);
	rl_env_free(c->env);
	rl_strlist_free(&c->roles);
	rl_strlist_free(&c->texts);
	rl_strlist_free(&c->raws);
	free(c);
}

void camp_fixed_unref(conv_fixed *fx)
{
	if (!fx || --fx->refs > 0)
		return;
	free(fx->system);
	free(fx->system_json);
	free(fx->first);
	free(fx->tools_req);
	free(fx->scenario);
	free(fx);
}

/* tools.json ([{name, description, parameters, effect}]) as the OpenAI
 * tools array rl_request.tools_json takes. */
static char *tools_request(const char *tools_json)
{
	json_t *in = json_loads(tools_json, 0, NULL), *out = json_array(), *t;
	size_t i;
	char *s = NULL;
	if (json_is_array(in) && out) {
		json_array_foreach(in, i, t)
			json_array_append_new(
				out, json_pack("{s:s,s:{s:O,s:O,s:O}}", "type", "function",
					       "function", "name", json_object_get(t, "name"),
					       "description", json_object_get(t, "description"),
					       "parameters", json_object_get(t, "parameters")));
		s = json_dumps(out, JSON_COMPACT | JSON_PRESERVE_ORDER);
	}
	json_decref(in);
	json_decref(out);
	return s;
}

/* Execute one turn's calls in the environment (turn already begun) and
 * append the messages continuing the conversation. *calls_json (malloc'ed)
 * records what the environment did, call by call. `g` (NULL without a
 * defense in the loop): what the defense decided on each call; a denied
 * call is refused instead of run, and its record says so. */
/* One JSON string member ,"key":"value" of a call's record. */
static int rec_str(rl_buf *b, const char *key, const char *v)
{
	v = v ? v : "";
	return rl_buf_adds(b, key) || rl_buf_add_json(b, v, strlen(v)) || rl_buf_addc(b, '"');
}

static int conv_apply(conv *c, int wire, const char *text, const rl_tool_call *calls, size_t n,
		      const gate_call *g, char **calls_json, rl_err *e)
{
	char **res = calloc(n + 1, sizeof *res);
	rl_buf rec = RL_BUF_INIT;
	rl_strlist msgs = {0};
	size_t i;
	int rc = res ? 0 : rl_err_set(e, RL_ENOMEM, "out of memory");

	/* The record, written straight into a buffer: results are whole
	 * emails, and jansson's dump escapes a character at a time (it was the
	 * largest part of a turn's bookkeeping). Same members, same order. */
	if (!rc && rl_buf_addc(&rec, '['))
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	for (i = 0; i < n && !rc; i++) {
		const rl_env_exec *x;
		if (g && g[i].denied ? rl_env_refuse(c->env, calls[i].id, calls[i].name,
						     calls[i].arguments, g[i].why, &res[i])
				     : rl_env_call(c->env, calls[i].id, calls[i].name,
						   calls[i].arguments, &res[i]))
			rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		else if ((x = rl_env_exec_at(c->env, rl_env_nexec(c->env) - 1))) {
			int bad = (rec.len > 1 && rl_buf_addc(&rec, ',')) ||
				  rec_str(&rec, "{\"id\":\"", calls[i].id) ||
				  rec_str(&rec, ",\"name\":\"", calls[i].name) ||
				  rec_str(&rec, ",\"arguments\":\"", x->args) ||
				  rec_str(&rec, ",\"result\":\"", res[i]) ||
				  rl_buf_adds(&rec, x->ok ? ",\"ok\":true" : ",\"ok\":false");
			if (!bad && g && g[i].checked) {
				bad = rec_str(&rec, ",\"guard\":\"",
					      rl_policy_action_name(g[i].action)) ||
				      (g[i].rule[0] && rec_str(&rec, ",\"rule\":\"", g[i].rule)) ||
				      rl_buf_adds(&rec, g[i].denied ? ",\"denied\":true"
								    : ",\"denied\":false");
			}
			if (bad || rl_buf_addc(&rec, '}'))
				rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		}
	}
	if (!rc && rl_buf_addc(&rec, ']'))
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
	if (!rc)
		rc = rl_turn_messages(wire, text, calls, n, (const char *const *)res, &msgs, e);
	for (i = 0; !rc && i < msgs.n; i++) {
		/* the text projection feeds the mock's matching (turn, contains) */
		rl_buf t = RL_BUF_INIT;
		const char *role = i == 0 ? "assistant" : "tool";
		if (i > 0 && wire != RL_WIRE_ANTHROPIC && wire != RL_WIRE_GEMINI) {
			/* one tool message per call: its result as it is (no copy
			 * through a buffer: results are whole emails) */
			if (rl_strlist_add(&c->roles, role) ||
			    rl_strlist_add(&c->texts, res[i - 1] ? res[i - 1] : "") ||
			    rl_strlist_add(&c->raws, msgs.v[i]))
				rc = rl_err_set(e, RL_ENOMEM, "out of memory");
			continue;
		}
		if (i == 0) {
			size_t k;
			rl_buf_adds(&t, text ? text : "");
			for (k = 0; k < n; k++)
				rl_buf_addf(&t, "\n[call %s %s]", calls[k].name,
					    calls[k].arguments);
		} else { /* Anthropic, Gemini: one message holds every result */
			size_t k;
			for (k = 0; k < n; k++)
				rl_buf_addf(&t, "%s%s", k ? "\n" : "", res[k]);
		}
		if (rl_strlist_add(&c->roles, role) || rl_strlist_add(&c->texts, t.s) ||
		    rl_strlist_add(&c->raws, msgs.v[i]))
			rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		rl_buf_free(&t);
	}
	if (!rc)
		*calls_json = rl_buf_detach(&rec, NULL);
	for (i = 0; res && i < n; i++)
		free(res[i]);
	free(res);
	rl_buf_free(&rec);
	rl_strlist_free(&msgs);
	return rc;
}

typedef struct replay {
	conv *c;
	int wire;
	rl_err *e;
} replay;

/* Rebuild a conversation from one stored turn: the environment replays the
 * calls the turn made (deterministic: same answers), and the messages are
 * rebuilt from the stored response. */
static int replay_turn(void *ud, const rl_turn_rec *t)
{
	replay *rp = ud;
	conv *c = rp->c;
	json_t *rec = json_loads(t->calls_json ? t->calls_json : "[]", 0, NULL), *x;
	rl_tool_call *calls;
	gate_call *g = NULL;
	char *cj = NULL;
	size_t i, n = json_array_size(rec);
	int rc = 0;

	if (!json_is_array(rec) || t->turn != c->turn + 1) {
		json_decref(rec);
		return rl_err_set(rp->e, RL_EPROTO, "stored turn %d does not follow turn %d",
				  t->turn, c->turn);
	}
	calls = calloc(n + 1, sizeof *calls);
	if (!calls) {
		json_decref(rec);
		return rl_err_set(rp->e, RL_ENOMEM, "out of memory");
	}
	json_array_foreach(rec, i, x) {
		calls[i].id = (char *)json_string_value(json_object_get(x, "id"));
		calls[i].name = (char *)json_string_value(json_object_get(x, "name"));
		calls[i].arguments = (char *)json_string_value(json_object_get(x, "arguments"));
		/* what the defense in the loop decided is taken as stored (the
		 * same refusal, the same answer to the model) */
		if (json_object_get(x, "guard")) {
			if (!g && !(g = calloc(n + 1, sizeof *g))) {
				rc = rl_err_set(rp->e, RL_ENOMEM, "out of memory");
				break;
			}
			g[i].checked = 1;
			g[i].action = rl_policy_action_parse(
				json_string_value(json_object_get(x, "guard")));
			g[i].denied = json_is_true(json_object_get(x, "denied"));
			if (g[i].denied &&
			    !(g[i].why = strdup(
				      json_string_value(json_object_get(x, "result"))
					      ? json_string_value(json_object_get(x, "result"))
					      : ""))) {
				rc = rl_err_set(rp->e, RL_ENOMEM, "out of memory");
				break;
			}
		}
	}
	rl_env_begin_turn(c->env, (unsigned)t->turn);
	if (!rc)
		rc = conv_apply(c, rp->wire, t->response, calls, n, g, &cj, rp->e);
	camp_gate_calls_free(g, n);
	free(cj);
	free(calls);
	json_decref(rec);
	c->turn = t->turn;
	c->in_tok += t->input_tokens > 0 ? t->input_tokens : 0;
	c->out_tok += t->output_tokens > 0 ? t->output_tokens : 0;
	if (!rc && (!n || t->turn >= c->max_turns)) {
		c->ended = 1;
		free(c->final_text);
		c->final_text = strdup(t->response ? t->response : "");
	}
	return rc;
}

/* A new conversation for model m's current condition, continued from its
 * stored turns. */
conv *camp_conv_open(runner *r, model_state *m, int sample, rl_err *e)
{
	const rl_condition *cd = &r->cfg.conditions[m->cond];
	conv *c = calloc(1, sizeof *c);
	replay rp;

	/* what every conversation of the condition sends unchanged: made
	 * (copied, the system prompt escaped, the tools array built) once per
	 * condition, not per conversation */
	if (!m->fixed) {
		conv_fixed *fx = calloc(1, sizeof *fx);
		rl_buf sj = RL_BUF_INIT;
		const char *sys = m->rend.system_prompt ? m->rend.system_prompt : "";
		if (fx) {
			fx->refs = 1;
			m->fixed = fx;
		}
		if (!fx || !(fx->tools_req = tools_request(m->rend.tools_json)) ||
		    !(fx->system = strdup(sys)) ||
		    !(fx->first = strdup(m->rend.user_message ? m->rend.user_message : "")) ||
		    !(fx->scenario = strdup(cd->scenario)) || rl_buf_addc(&sj, '"') ||
		    rl_buf_add_json(&sj, sys, strlen(sys)) || rl_buf_addc(&sj, '"') ||
		    !(fx->system_json = rl_buf_detach(&sj, NULL))) {
			rl_buf_free(&sj);
			camp_fixed_unref(m->fixed);
			m->fixed = NULL;
			free(c);
			rl_err_set(e, RL_ENOMEM, "out of memory");
			return NULL;
		}
	}
	if (!c) {
		rl_err_set(e, RL_ENOMEM, "out of memory");
		return NULL;
	}
	c->fx = m->fixed;
	c->fx->refs++;
	c->system = c->fx->system;
	c->system_json = c->fx->system_json;
	c->first = c->fx->first;
	c->tools_req = c->fx->tools_req;
	c->scenario = c->fx->scenario;
	c->max_turns = m->rend.max_turns ? (int)m->rend.max_turns : 1;
	camp_copy_str(c->cond_id, sizeof c->cond_id, m->cond_id);
	c->gate = camp_gate_of(r, cd);
	/* one environment per condition, cloned per conversation */
	if ((!m->env_proto &&
	     rl_env_new(&m->rend, rl_pack_harm(r->pack, cd->scenario), &m->env_proto, e)) ||
	    (rl_env_clone(m->env_proto, &c->env) && rl_err_set(e, RL_ENOMEM, "out of memory"))) {
		camp_conv_free(c);
		return NULL;
	}
	rp.c = c;
	rp.wire = m->spec.wire;
	rp.e = e;
	if (rl_store_turns_get(r->store, r->campaign, m->spec.id, m->cond_id, sample, replay_turn,
			       &rp, e)) {
		camp_conv_free(c);
		return NULL;
	}
	return c;
}

/* The conversation is over (no tool call, or max_turns): its sample row,
 * whose tool_calls are what the environment executed (the ground truth
 * classify reads), and whose response is the last turn's text. */
void camp_conv_finish(runner *r, job *j, const rl_response *rs, int refill)
{
	model_state *m = &r->m[j->model];
	conv *c = j->cv;
	const char *cond_id = c->cond_id;
	char *acts = NULL;
	size_t *map = NULL, na = 0;
	rl_sample s;

	if (rl_env_actions_json(c->env, &acts, &map, &na)) {
		r->fatal = rl_err_set(&r->ferr, RL_ENOMEM, "out of memory");
		rl_transport_stop(r->t);
		goto out;
	}
	memset(&s, 0, sizeof s);
	s.campaign = r->campaign;
	s.model = m->spec.id;
	s.condition = cond_id;
	s.index = j->sample;
	s.prompt_id = j->prompt_id;
	s.request_hash = j->request_hash;
	s.status = RL_SAMPLE_DONE;
	s.response = rs ? (rs->text ? rs->text : "") : (c->final_text ? c->final_text : "");
	s.response_len = strlen(s.response);
	if (!s.response_len)
		s.response = "";
	s.reasoning = rs ? rs->reasoning : NULL;
	s.reasoning_len = rs ? rs->reasoning_len : 0;
	s.tool_calls = acts;
	s.input_tokens = c->in_tok;
	s.output_tokens = c->out_tok;
	s.reasoning_tokens = -1;
	s.latency_ms = rs ? rs->latency_ms : 0;
	s.attempts = c->turn;
	s.mock = rs ? rs->mock : 0;
	s.started_ms = j->started_ms;
	s.finished_ms = rl_wall_ms();
	s.finish_reason = c->turn >= c->max_turns ? "max_turns"
			  : rs ? (rs->finish_raw[0] ? rs->finish_raw : rl_finish_name(rs->finish))
			       : "stop";
	camp_put_sample(r, &s);
	r->st.done++;
out:
	free(acts);
	free(map);
	camp_conv_free(c);
	free(j);
	if (refill && !r->fatal)
		camp_fill(r);
}

/* One model call of a conversation came back: execute its tool calls in
 * the environment, store the turn, and either ask again or finish. */
void camp_conv_step(runner *r, job *j, rl_response *rs)
{
	model_state *m = &r->m[j->model];
	conv *c = j->cv;
	rl_tool_call *calls = NULL;
	gate_call *g = NULL;
	size_t n = 0;
	int trunc = 0;
	const char *cond_id = c->cond_id;
	char *cj = NULL;
	rl_turn_rec t;
	rl_err e;

	camp_account(r, m, rs);
	c->in_tok += rs->input_tokens > 0 ? rs->input_tokens : 0;
	c->out_tok += rs->output_tokens > 0 ? rs->output_tokens : 0;
	/* malformed tool calls from the model are no calls (hostile input) */
	if (rs->tool_calls && rl_tool_calls_parse(m->spec.wire, rs->tool_calls, rs->tool_calls_len,
						  CONV_MAX_CALLS, &calls, &n, &trunc, &e))
		n = 0;
	c->turn++;
	rl_env_begin_turn(c->env, (unsigned)c->turn);
	/* the defense in the loop decides before anything runs */
	if ((c->gate && camp_gate_turn(r, c, rs->text, rs->reasoning, calls, n, &g, &r->ferr)) ||
	    conv_apply(c, m->spec.wire, rs->text, calls, n, g, &cj, &r->ferr)) {
		r->fatal = r->ferr.code ? r->ferr.code : RL_ENOMEM;
		rl_transport_stop(r->t);
		camp_gate_calls_free(g, n);
		rl_tool_calls_free(calls, n);
		camp_conv_free(c);
		free(j);
		return;
	}
	camp_gate_calls_free(g, n);
	rl_tool_calls_free(calls, n);
	memset(&t, 0, sizeof t);
	t.turn = c->turn;
	t.response = rs->text;
	t.tool_calls = rs->tool_calls;
	t.calls_json = cj;
	t.input_tokens = rs->input_tokens;
	t.output_tokens = rs->output_tokens;
	if (!r->fatal && camp_begin(r)) {
		rl_transport_stop(r->t);
	} else if (!r->fatal) {
		int rc = rl_store_turn_put(r->store, r->campaign, m->spec.id, cond_id, j->sample,
					   &t, &e);
		if (rc) {
			r->fatal = rc;
			r->ferr = e;
			rl_transport_stop(r->t);
		}
	}
	free(cj);
	if (r->fatal) {
		camp_conv_free(c);
		free(j);
		return;
	}
	if (n && c->turn < c->max_turns) {
		int rc = camp_send_job(r, j);
		if (rc <= 0) {
			camp_conv_free(c);
			free(j);
		}
		if (!r->fatal)
			camp_fill(r);
		return;
	}
	camp_conv_finish(r, j, rs, 1);
}
