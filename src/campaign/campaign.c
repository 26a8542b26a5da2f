/* campaign.c: the runner (see redline/campaign.h). One thread, one event
 * loop: the provider transport drives libcurl's multi interface and calls
 * back on each finished request; the callback records the sample and
 * submits the next piece of work, so the number of requests in flight stays
 * at the cap without a scheduler thread. Finished samples are committed in
 * one transaction per loop pass (at most ~50 ms of completions): a kill -9
 * loses only completions of that pass, which were never marked finished
 * and are requested again on resume; nothing is ever half-recorded.
 * Set-up, the work cursor and tool-use conversations live beside it
 * (setup.c, cursor.c, conv.c; campaign_int.h lists what they share). */
#include "campaign/campaign_int.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PASS_MS 50 /* one transaction per pass: the kill -9 exposure window */
/* A shared (PostgreSQL) campaign's commit is a network round trip that
 * holds up the event loop: fewer, larger passes. A killed worker loses at
 * most 200 ms of completions, which others ask again. */
#define SHARED_PASS_MS 200

static void on_done(void *ud, rl_response *rs);

/* Send j's next model call: the single prompt, or the conversation so far. */
int camp_send_job(runner *r, job *j)
{
	model_state *m = &r->m[j->model];
	conv *c = j->cv;
	rl_message one = {"user", m->rend.user_message, NULL}, *msgs = &one;
	rl_request rq;
	size_t k, nmsg = 1;
	rl_err e;
	int rc;

	memset(&rq, 0, sizeof rq);
	rq.model = &m->spec;
	rq.system = m->rend.system_prompt;
	rq.temperature = m->temperature;
	rq.max_tokens = m->max_tokens;
	rq.thinking_budget = m->thinking_budget;
	rq.headers = m->headers;
	rq.nheaders = m->nheaders;
	rq.extra_body_json = m->extra_body;
	rq.condition = m->cond_id;
	rq.sample = j->sample;
	rq.reuse_key = m->request_hash; /* headers are per model: same hash, same bytes */
	if (c) {
		/* each turn's body differs: no sharing; rate limits, retries and
		 * in-flight accounting apply per model call as for any request */
		nmsg = 1 + c->roles.n;
		if (!(msgs = calloc(nmsg, sizeof *msgs))) {
			r->fatal = rl_err_set(&r->ferr, RL_ENOMEM, "out of memory");
			return -1;
		}
		msgs[0].role = "user";
		msgs[0].content = c->first;
		for (k = 0; k < c->roles.n; k++) {
			msgs[k + 1].role = c->roles.v[k];
			msgs[k + 1].content = c->texts.v[k];
			msgs[k + 1].raw_json = c->raws.v[k];
		}
		rq.system = c->system;
		rq.system_json = c->system_json;
		rq.tools_json = c->tools_req;
		rq.tools_valid = 1; /* json_dumps made it (conv.c) */
		rq.reuse_key = NULL;
		/* a conversation under way goes ahead of new ones in the queue
		 * (the window holds more than the transport sends at once) */
		rq.continues = c->turn > 0;
	}
	{
		char **hl = NULL;
		rq.condition = c ? c->cond_id : m->cond_id;
		rq.messages = msgs;
		rq.nmessages = nmsg;
		/* headers naming the sample (setup.c): this request's own lines */
		if (m->header_tpl && !(hl = calloc(m->nheaders + 1, sizeof *hl)))
			rc = rl_err_set(&e, RL_ENOMEM, "out of memory");
		else
			rc = 0;
		for (k = 0; hl && !rc && k < m->nheaders; k++)
			if (!(hl[k] = camp_header_expand(m->headers[k], rq.condition, j->sample)))
				rc = rl_err_set(&e, RL_ENOMEM, "out of memory");
		if (hl) {
			rq.headers = (const char *const *)hl;
			rq.reuse_key = NULL;
		}
		if (!rc)
			rc = rl_transport_submit(r->t, &rq, on_done, j, &e);
		for (k = 0; hl && k < m->nheaders; k++)
			free(hl[k]);
		free(hl);
	}
	if (msgs != &one)
		free(msgs);
	if (rc) {
		if (rl_transport_is_set_aside(r->t, m->spec.id)) {
			m->aside = 1;
			return 0;
		}
		/* A request that cannot even be encoded is bad input. */
		r->fatal = rl_err_set(&r->ferr, e.code ? e.code : RL_EINVAL,
				      "model %s, condition %s: %s", m->spec.id, m->cond_id, e.msg);
		return -1;
	}
	m->pending++;
	r->pending++;
	r->idle_clean = 0;
	return 1;
}

static int submit(runner *r, size_t mi, size_t cond, int sample)
{
	model_state *m = &r->m[mi];
	job *j = malloc(sizeof *j);
	int rc;

	if (!j) {
		r->fatal = rl_err_set(&r->ferr, RL_ENOMEM, "out of memory");
		return -1;
	}
	j->r = r;
	j->model = mi;
	j->cond = cond;
	j->sample = sample;
	j->started_ms = rl_wall_ms();
	j->prompt_id = m->prompt_id;
	j->cv = NULL;
	memcpy(j->request_hash, m->request_hash, sizeof j->request_hash);
	if (m->rend.tools_json) {
		if (camp_begin(r)) {
			free(j);
			return -1;
		}
		if (!(j->cv = camp_conv_open(r, m, sample, &r->ferr))) {
			r->fatal = r->ferr.code ? r->ferr.code : RL_ENOMEM;
			rl_err_prefix(&r->ferr, "model %s, condition %s, sample %d", m->spec.id,
				      m->cond_id, sample);
			free(j);
			return -1;
		}
		if (j->cv->ended) {
			/* killed after its last turn was stored, before its sample row */
			camp_conv_finish(r, j, NULL, 0);
			return 1;
		}
	}
	rc = camp_send_job(r, j);
	if (rc <= 0) {
		camp_conv_free(j->cv);
		free(j);
	}
	return rc;
}

/* Keep every model's window full (round robin, so one model's cap never
 * starves the others). */
void camp_fill(runner *r)
{
	int progress = 1;
	while (progress && !r->fatal && !r->closing && r->pending < r->window &&
	       !(r->o->stop && *r->o->stop)) {
		size_t k;
		progress = 0;
		for (k = 0; k < r->nm && r->pending < r->window; k++) {
			size_t mi = (r->rr + k) % r->nm;
			model_state *m = &r->m[mi];
			size_t cond;
			int sample;
			if (m->exhausted || m->aside || m->pending >= m->window)
				continue;
			if (!camp_next_work(r, m, &cond, &sample))
				continue;
			if (submit(r, mi, cond, sample) < 0)
				return;
			progress = 1;
		}
		r->rr++;
	}
}

static void on_set_aside(void *ud, const char *model_id, const char *reason)
{
	runner *r = ud;
	size_t i;
	rl_err e;
	for (i = 0; i < r->nm; i++) {
		if (strcmp(r->m[i].spec.id, model_id))
			continue;
		if (!r->m[i].aside)
			r->st.set_aside++;
		r->m[i].aside = 1;
	}
	/* (The transport logs it; the store records it for status/resume.) */
	if (!r->fatal && !camp_begin(r) &&
	    rl_store_model_set_aside(r->store, r->campaign, model_id, reason, &e)) {
		r->fatal = e.code;
		r->ferr = e;
	}
}

/* Tokens and cost of one model call, in the run's totals. */
void camp_account(runner *r, model_state *m, const rl_response *rs)
{
	if (rs->input_tokens > 0)
		r->st.input_tokens += rs->input_tokens;
	if (rs->output_tokens > 0)
		r->st.output_tokens += rs->output_tokens;
	if (rs->reasoning_tokens > 0)
		r->st.reasoning_tokens += rs->reasoning_tokens;
	if ((rs->input_tokens > 0 || rs->output_tokens > 0) && !m->price && !rs->mock)
		r->st.cost_known = 0;
	r->st.cost_usd += camp_cost_of(m, rs->input_tokens, rs->output_tokens);
}

static void on_done(void *ud, rl_response *rs)
{
	job *j = ud;
	runner *r = j->r;
	model_state *m = &r->m[j->model];
	rl_sample s;
	char cond_id[RL_COND_ID_MAX], msg[800];

	/* one completion per request sent (rl_transport calls back once) */
	assert(m->pending > 0 && r->pending > 0);
	m->pending--;
	r->pending--;
	if (r->closing) {
		camp_conv_free(j->cv);
		free(j);
		return;
	}
	if (rs->error == RL_EINTR || rs->set_aside) {
		/* Never sent, or cut at shutdown: not a result; resume asks again. */
		if (rs->set_aside)
			m->aside = 1;
		camp_conv_free(j->cv);
		free(j);
		if (!r->fatal)
			camp_fill(r);
		return;
	}
	if (j->cv && !rs->error) {
		camp_conv_step(r, j, rs);
		return;
	}
	rl_condition_format(&r->cfg.conditions[j->cond], cond_id, sizeof cond_id);
	memset(&s, 0, sizeof s);
	s.campaign = r->campaign;
	s.model = m->spec.id;
	s.condition = cond_id;
	s.index = j->sample;
	s.prompt_id = j->prompt_id;
	s.request_hash = j->request_hash;
	s.input_tokens = rs->input_tokens;
	s.output_tokens = rs->output_tokens;
	s.reasoning_tokens = rs->reasoning_tokens;
	s.latency_ms = rs->latency_ms;
	s.attempts = rs->attempts > 0 ? rs->attempts : 1;
	s.mock = rs->mock;
	s.started_ms = j->started_ms;
	s.finished_ms = rl_wall_ms();
	s.finish_reason = rs->finish_raw[0] ? rs->finish_raw : rl_finish_name(rs->finish);
	s.model_reported = rs->model_reported[0] ? rs->model_reported : NULL;
	if (rs->error) {
		rl_buf b = RL_BUF_INIT;
		rl_buf_addf(&b, "model %s, condition %s, sample %d: %s", m->spec.id, cond_id,
			    j->sample, rs->error_msg[0] ? rs->error_msg : rl_strerror(rs->error));
		camp_copy_str(msg, sizeof msg, b.s);
		rl_buf_free(&b);
		s.status = RL_SAMPLE_ERROR;
		s.error = msg;
		r->st.errors++;
		camp_copy_str(r->st.last_error, sizeof r->st.last_error, msg);
	} else {
		s.status = RL_SAMPLE_DONE;
		s.response = rs->text ? rs->text : "";
		s.response_len = rs->text ? rs->text_len : 0;
		if (s.response_len == 0)
			s.response = "";
		s.reasoning = rs->reasoning;
		s.reasoning_len = rs->reasoning_len;
		s.tool_calls = rs->tool_calls;
		r->st.done++;
	}
	/* Empty text with length 0 would be taken as strlen: bind "" then. */
	camp_put_sample(r, &s);
	camp_account(r, m, rs);
	camp_conv_free(j->cv); /* a failed turn: the sample is an error; resume continues
				* from its stored turns */
	free(j);
	if (!r->fatal)
		camp_fill(r);
}

/* ---- the run ----------------------------------------------------------- */

/* The pass's transaction, opened by its first write (an idle pass writes
 * nothing and costs no transaction); commit() ends it. -1 when it cannot
 * be opened (r->fatal and r->ferr say why). */
int camp_begin(runner *r)
{
	if (r->in_tx || r->fatal)
		return 0;
	if (rl_store_begin(r->store, &r->ferr)) {
		r->fatal = r->ferr.code;
		return -1;
	}
	r->in_tx = 1;
	return 0;
}

void camp_put_sample(runner *r, const rl_sample *s)
{
	rl_err e;
	int rc;
	if (r->fatal)
		return;
	if (camp_begin(r)) {
		rl_transport_stop(r->t);
		return;
	}
	rc = rl_store_sample_put(r->store, s, &e);
	if (rc && rc != RL_EEXIST) { /* a sample stored before: a resumed pass */
		r->fatal = rc;
		r->ferr = e;
		rl_transport_stop(r->t);
	}
}

static int commit(runner *r)
{
	if (!r->in_tx)
		return 0;
	r->in_tx = 0;
	if (r->fatal) {
		rl_store_rollback(r->store);
		return -1;
	}
	if (rl_store_commit(r->store, &r->ferr)) {
		r->fatal = r->ferr.code;
		return -1;
	}
	return 0;
}

/* Shared campaign: renew this worker's lease (every quarter lease, at
 * most every second; `force`: now) and learn whether others are busy. */
static int beat(runner *r, int force)
{
	int64_t now = rl_mono_ms(), every = (r->o->lease_ms > 0 ? r->o->lease_ms : 30000) / 4;
	if (every > 1000)
		every = 1000;
	if (!force && now - r->last_beat < every)
		return 0;
	r->last_beat = now;
	if (rl_store_heartbeat(r->store, r->campaign, &r->others, &r->ferr)) {
		r->fatal = r->ferr.code ? r->ferr.code : RL_EDB;
		return -1;
	}
	return 0;
}

/* Shared campaign, this worker idle: samples other workers hold may still
 * come back (a worker killed mid-run: its claims expire). Wait a little
 * and rescan while another worker is busy; after one rescan with nobody
 * busy, the campaign is finished as far as this worker can tell. */
static int more_elsewhere(runner *r)
{
	size_t i;
	if (beat(r, 1))
		return 0;
	if (!r->others && r->idle_clean)
		return 0;
	r->idle_clean = !r->others;
	if (r->others)
		usleep(100 * 1000);
	for (i = 0; i < r->nm; i++) {
		model_state *m = &r->m[i];
		if (m->aside)
			continue;
		camp_unload(m);
		m->cond = 0;
		m->sample = 1;
		m->qn = m->qpos = 0;
		m->exhausted = 0;
	}
	return 1;
}

/* Every sample of the plan done (by this run, earlier ones, or, for a
 * shared campaign, any worker). */
static int all_done(runner *r)
{
	int64_t n = 0;
	rl_err e;
	if (!r->shared)
		return r->st.done_before + r->st.done >= r->st.total;
	return !camp_count_done_before(r, r->store, r->campaign, &n, &e) && n >= r->st.total;
}

static void report(runner *r, int final)
{
	r->st.elapsed_ms = rl_mono_ms() - r->t0;
	r->st.in_flight = r->t ? rl_transport_pending(r->t) : 0;
	r->st.http_requests = r->t ? rl_transport_http_requests(r->t) : 0;
	if (r->o->progress)
		r->o->progress(r->o->ud, &r->st, final);
}

static void runner_free(runner *r)
{
	size_t i;
	/* The transport first: freeing it completes whatever is still queued
	 * (RL_EINTR), and those callbacks still see the models. */
	r->closing = 1;
	rl_transport_free(r->t);
	r->t = NULL;
	for (i = 0; i < r->nm; i++) {
		camp_unload(&r->m[i]);
		free(r->m[i].done);
		free(r->m[i].q);
	}
	free(r->m);
	if (r->in_tx)
		rl_store_rollback(r->store);
	if (r->shared)
		rl_store_release(r->store); /* what is left unasked goes back */
	rl_store_close(r->store);
	rl_pack_free(r->pack);
	camp_gates_free(r);
	rl_config_free(&r->cfg);
	if (r->lock_fd >= 0) {
		/* Unlinked while still held: a runner that opened this file
		 * meanwhile finds it no longer at the path and takes a new one
		 * (lock_db checks), so removing it never lets two run. */
		if (r->lock_path)
			unlink(r->lock_path);
		close(r->lock_fd); /* releases the flock */
	}
	free(r->lock_path);
}

int rl_campaign_run(const rl_campaign_opts *o, int *outcome, rl_campaign_stats *st_out,
		    char *db_out, size_t dbn, rl_err *e)
{
	runner r;
	char db[4096];
	const char *pack_dir;
	rl_transport_opts to;
	int rc, stopping = 0;
	int64_t last = 0, run_id = 0;
	char *snap = NULL;
	char outcome_s[700];

	memset(&r, 0, sizeof r);
	r.lock_fd = -1;
	r.o = o;
	r.t0 = rl_mono_ms();
	r.st.cost_known = 1;
	*outcome = RL_CAMPAIGN_INCOMPLETE;
	if ((rc = rl_config_load(o->config_path, &r.cfg, e)))
		goto out;
	r.N = o->samples > 0 ? o->samples : r.cfg.samples_per_condition;
	if (r.N < 1 || r.N > 1000000) {
		rc = rl_err_set(e, RL_EINVAL,
				"%s: samples_per_condition must be 1..1000000, got %ld",
				o->config_path, r.N);
		goto out;
	}
	pack_dir = o->pack_dir ? o->pack_dir : r.cfg.pack ? r.cfg.pack : o->default_pack;
	if (!pack_dir) {
		rc = rl_err_set(e, RL_EINVAL, "no pack given (use --pack DIR or `pack:` in %s)",
				o->config_path);
		goto out;
	}
	/* defenses: the prompt-level ones become conditions (src/defense/) */
	if ((rc = rl_pack_load(pack_dir, &r.pack, e)) ||
	    (rc = rl_config_check_pack(&r.cfg, r.pack, e)) ||
	    (rc = rl_defense_expand(&r.cfg, r.pack, e)) || (rc = camp_setup_models(&r, e)))
		goto out;
	{
		/* recorded absolute: classify may run from another directory */
		char *abs = realpath(pack_dir, NULL);
		snprintf(r.pack_abs, sizeof r.pack_abs, "%s", abs ? abs : pack_dir);
		free(abs);
	}
	if (r.cfg.nconditions == 0) {
		rc = rl_err_set(e, RL_EINVAL,
				"%s: the config expands to no conditions "
				"(no enabled expansion?)",
				o->config_path);
		goto out;
	}
	if (r.cfg.ndefenses)
		rl_log(RL_LOG_WARN, "campaign",
		       "%s: `defenses:` is evaluated by 'redline defend'; 'redline run' runs the "
		       "defended conditions it plans (prompt-level, and oversight and monitor in "
		       "the loop of tool-form conversations) and evaluates nothing",
		       o->config_path);
	r.st.total = (int64_t)r.nm * (int64_t)r.cfg.nconditions * r.N;
	if (o->db_path)
		snprintf(db, sizeof db, "%s", o->db_path);
	else
		rl_campaign_default_db(r.cfg.experiment_id, o->config_path, db, sizeof db);
	if (db_out && dbn)
		snprintf(db_out, dbn, "%s", db);

	if (o->dry_run) {
		rl_store *ro = NULL;
		int64_t camp;
		rl_err ie;
		if ((rl_store_is_url(db) || access(db, F_OK) == 0) &&
		    !rl_store_open(&ro, db, RL_STORE_RDONLY, &ie) &&
		    !rl_store_campaign_find(ro, *r.cfg.experiment_id ? r.cfg.experiment_id : NULL,
					    &camp, &ie))
			camp_count_done_before(&r, ro, camp, &r.st.done_before, &ie);
		rl_store_close(ro);
		rc = camp_plan(&r, db, 1, e);
		*outcome = r.st.done_before >= r.st.total ? RL_CAMPAIGN_COMPLETE
							  : RL_CAMPAIGN_INCOMPLETE;
		goto out;
	}
	/* A PostgreSQL store needs no lock: workers share it through claims. */
	if ((rc = camp_gates_load(&r, e)) || (rc = camp_check_keys(&r, e)) ||
	    (!rl_store_is_url(db) && (rc = camp_lock_db(&r, db, e))))
		goto out;

	if ((rc = rl_store_open(&r.store, db, RL_STORE_CREATE, e)))
		goto out;
	r.shared = rl_store_shared(r.store);
	if (r.shared)
		rl_store_set_lease(r.store, o->lease_ms > 0 ? o->lease_ms : 30000);
	snap = camp_snapshot(&r);
	if (!snap) {
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		goto out;
	}
	{
		const char *exp = *r.cfg.experiment_id ? r.cfg.experiment_id : NULL;
		char stem[512];
		if (!exp) {
			/* No experiment_id: name the campaign after the db. */
			const char *b = strrchr(db, '/');
			camp_copy_str(stem, sizeof stem, b ? b + 1 : db);
			exp = stem;
		}
		camp_warn_pack_changed(&r, exp);
		if ((rc = rl_store_campaign_open(r.store, exp, snap, r.pack_abs, &r.campaign, e)) ||
		    (rc = rl_store_run_begin(r.store, r.campaign, o->argv_summary, &run_id, e)))
			goto out;
	}
	{
		size_t i;
		for (i = 0; i < r.nm; i++)
			if ((rc = rl_store_model_clear(r.store, r.campaign, r.m[i].spec.id, e)))
				goto out;
	}
	if ((rc = camp_count_done_before(&r, r.store, r.campaign, &r.st.done_before, e)) ||
	    (rc = camp_plan(&r, db, 0, e)))
		goto out;

	rl_transport_opts_default(&to);
	if (o->max_in_flight > 0)
		to.max_in_flight = o->max_in_flight;
	if (o->max_attempts > 0)
		to.max_attempts = o->max_attempts;
	else if (r.cfg.retries + 1 > to.max_attempts)
		to.max_attempts = (int)r.cfg.retries + 1;
	if (o->backoff_base_ms > 0)
		to.backoff_base_ms = o->backoff_base_ms;
	if (o->timeout_ms > 0)
		to.timeout_ms = o->timeout_ms;
	else if (r.cfg.timeout_seconds > 0)
		to.timeout_ms = (int)(r.cfg.timeout_seconds * 1000);
	if (o->set_aside_after)
		to.set_aside_after = o->set_aside_after;
	to.on_set_aside = on_set_aside;
	to.ud = &r;
	if ((rc = rl_transport_new(&to, &r.t, e)) || (rc = camp_add_limits(&r, e)) ||
	    (rc = camp_add_pool_limits(&r, e)))
		goto out;
	for (size_t i = 0; r.shared && i < r.nm; i++)
		if (!(r.m[i].q = calloc((size_t)r.window + 1, sizeof *r.m[i].q))) {
			rc = rl_err_set(e, RL_ENOMEM, "out of memory");
			goto out;
		}

	/* The loop: fill, drive for one pass, commit what the pass wrote. */
	for (;;) {
		int64_t now;
		if (o->stop && *o->stop) {
			stopping = 1;
			break;
		}
		camp_fill(&r);
		if (r.fatal)
			break;
		if (r.pending == 0) {
			size_t i;
			int more = 0;
			for (i = 0; i < r.nm; i++)
				if (!r.m[i].exhausted && !r.m[i].aside)
					more = 1;
			if (!more && !(r.shared && more_elsewhere(&r)))
				break;
		}
		rl_transport_run(r.t, r.shared ? SHARED_PASS_MS : PASS_MS);
		if (commit(&r) || (r.shared && beat(&r, 0)))
			break;
		now = rl_mono_ms();
		if (now - last >= (o->progress_ms > 0 ? o->progress_ms : 1000)) {
			report(&r, 0);
			last = now;
		}
	}
	if (stopping || r.fatal) {
		/* Let what is in flight finish (and be recorded) up to the
		 * deadline; what is cut is simply not finished. */
		rl_transport_stop(r.t);
		rl_transport_drain(r.t, r.fatal ? 0 : (o->drain_ms > 0 ? o->drain_ms : 30000));
	}
	commit(&r);
	report(&r, 1);
	if (r.fatal) {
		if (e)
			*e = r.ferr;
		rc = r.fatal;
		memcpy(outcome_s, "failed: ", 9);
		camp_copy_str(outcome_s + 8, sizeof outcome_s - 8, r.ferr.msg);
	} else if (stopping) {
		*outcome = RL_CAMPAIGN_STOPPED;
		snprintf(outcome_s, sizeof outcome_s, "interrupted");
	} else if (r.st.errors || r.st.set_aside || !all_done(&r)) {
		*outcome = RL_CAMPAIGN_INCOMPLETE;
		snprintf(outcome_s, sizeof outcome_s,
			 "incomplete: %lld errors, %lld models set aside", (long long)r.st.errors,
			 (long long)r.st.set_aside);
	} else {
		*outcome = RL_CAMPAIGN_COMPLETE;
		snprintf(outcome_s, sizeof outcome_s, "completed");
	}
	if (run_id) {
		rl_err ie;
		rl_store_run_end(r.store, run_id, outcome_s, &ie);
	}
out:
	if (st_out)
		*st_out = r.st;
	free(snap);
	runner_free(&r);
	return rc;
}
