/* mock.c: the `mock` provider: deterministic answers computed in-process
 * from a script (YAML or JSON) or, without one, from a hash of (model,
 * condition, sample). Used by demos, tests, and the fake provider server,
 * so one script format drives both. Every answer carries mock = 1. */
#include "provider/internal.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/fs.h"
#include "base/util.h"
#include "base/yaml.h"

typedef struct rule {
	char *model, *condition, *samples, *contains;
	char *text, *reasoning, *finish, *error_msg;
	json_t *tool_calls; /* OpenAI tool_calls array (arguments as strings) */
	long error;         /* HTTP status to fail with, 0 none */
	long input_tokens, output_tokens;
	long turn;       /* model call of a tool-use conversation (1-based:
			  * assistant messages so far + 1); 0 any */
	long latency_ms; /* the transport delivers the answer this late */
} rule;

struct rl_mock_script {
	rule *v;
	size_t n;
};

void rl_mock_script_free(rl_mock_script *s)
{
	size_t i;
	if (!s)
		return;
	for (i = 0; i < s->n; i++) {
		rule *r = &s->v[i];
		free(r->model);
		free(r->condition);
		free(r->samples);
		free(r->contains);
		free(r->text);
		free(r->reasoning);
		free(r->finish);
		free(r->error_msg);
		json_decref(r->tool_calls);
	}
	free(s->v);
	free(s);
}

/* tool_calls: [{name, arguments: {..} | "json text", id?}] -> OpenAI array. */
static int load_calls(rl_yaml *y, yaml_node_t *n, rule *r, rl_err *e)
{
	json_t *src = rl_yaml_to_json(y, n), *out, *c;
	size_t i;
	if (!json_is_array(src)) {
		json_decref(src);
		return rl_yaml_err(y, n, e, RL_EINVAL,
				   "tool_calls: expected a list of {name, arguments}");
	}
	out = json_array();
	json_array_foreach(src, i, c) {
		const char *name = rl_json_str(c, "name");
		json_t *args = json_object_get(c, "arguments");
		char *argtext, id[32];
		if (!name) {
			json_decref(src);
			json_decref(out);
			return rl_yaml_err(y, n, e, RL_EINVAL, "tool_calls[%zu]: expected a name",
					   i);
		}
		argtext = json_is_string(args) ? strdup(json_string_value(args))
			  : args               ? json_dumps(args, JSON_COMPACT | JSON_ENCODE_ANY)
				 : strdup("{}"); /* (a temporary json_object() leaked here) */
		snprintf(id, sizeof id, "call_mock_%zu", i);
		json_array_append_new(out, json_pack("{s:s,s:s,s:{s:s,s:s}}", "id", id, "type",
						     "function", "function", "name", name,
						     "arguments", argtext ? argtext : "{}"));
		free(argtext);
	}
	json_decref(src);
	r->tool_calls = out;
	return 0;
}

static int dup_str(rl_yaml *y, yaml_node_t *n, char **out, rl_err *e)
{
	const char *s;
	int rc = rl_yaml_string(y, n, &s, e);
	if (rc)
		return rc;
	if (!(*out = strdup(s)))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	return 0;
}

int rl_mock_script_parse(const char *name, const char *data, size_t n, rl_mock_script **out,
			 rl_err *e)
{
	static const char *const top_keys[] = {"responses", NULL};
	static const char *const keys[] = {"model",      "condition", "samples",       "contains",
					   "turn",       "text",      "reasoning",     "tool_calls",
					   "finish",     "error",     "error_message", "usage",
					   "latency_ms", NULL};
	rl_yaml y;
	yaml_node_t *root, *list;
	rl_mock_script *s;
	size_t i;
	int rc;

	*out = NULL;
	if ((rc = rl_yaml_load(&y, name, data, n, e)))
		goto fail0; /* rl_yaml_free: the load keeps a copy of the name even when it fails */
	root = rl_yaml_root(&y);
	if (!root || !rl_yaml_is_map(root)) {
		rc = rl_err_at(e, RL_EINVAL, name, root ? rl_yaml_line(root) : 1, 1,
			       "expected a mapping with a 'responses' list");
		goto fail0;
	}
	if ((rc = rl_yaml_check_keys(&y, root, top_keys, e)))
		goto fail0;
	list = rl_yaml_get(&y, root, "responses");
	if (!list || !rl_yaml_is_seq(list)) {
		rc = rl_yaml_err(&y, list ? list : root, e, RL_EINVAL,
				 "expected 'responses' to be a list of rules");
		goto fail0;
	}
	if (!(s = calloc(1, sizeof *s)) ||
	    !(s->v = calloc(rl_yaml_count(list) + 1, sizeof *s->v))) {
		free(s);
		rc = rl_err_set(e, RL_ENOMEM, "out of memory");
		goto fail0;
	}
	for (i = 0; i < rl_yaml_count(list); i++) {
		yaml_node_t *it = rl_yaml_item(&y, list, i), *v;
		rule *r = &s->v[s->n++];
		r->input_tokens = r->output_tokens = -1;
		if (!rl_yaml_is_map(it)) {
			rc = rl_yaml_err(&y, it, e, RL_EINVAL, "expected a rule (a mapping)");
			goto fail;
		}
		if ((rc = rl_yaml_check_keys(&y, it, keys, e)))
			goto fail;
#define STR(k, f)                                                                                  \
	if ((v = rl_yaml_get(&y, it, k)) && (rc = dup_str(&y, v, &r->f, e)))                       \
		goto fail;
		STR("model", model)
		STR("condition", condition)
		STR("samples", samples)
		STR("contains", contains)
		STR("text", text)
		STR("reasoning", reasoning)
		STR("finish", finish)
		STR("error_message", error_msg)
#undef STR
		if ((v = rl_yaml_get(&y, it, "error")) && (rc = rl_yaml_long(&y, v, &r->error, e)))
			goto fail;
		if (r->error && (r->error < 400 || r->error > 599)) {
			rc = rl_yaml_err(&y, v, e, RL_EINVAL,
					 "error: expected an HTTP status 400-599");
			goto fail;
		}
		if ((v = rl_yaml_get(&y, it, "turn")) && (rc = rl_yaml_long(&y, v, &r->turn, e)))
			goto fail;
		if (r->turn < 0) {
			rc = rl_yaml_err(&y, v, e, RL_EINVAL,
					 "turn: expected a model call number (1 or more)");
			goto fail;
		}
		if ((v = rl_yaml_get(&y, it, "latency_ms")) &&
		    (rc = rl_yaml_long(&y, v, &r->latency_ms, e)))
			goto fail;
		if (r->latency_ms < 0 || r->latency_ms > 600000) {
			rc = rl_yaml_err(&y, v, e, RL_EINVAL,
					 "latency_ms: expected milliseconds from 0 to 600000");
			goto fail;
		}
		if ((v = rl_yaml_get(&y, it, "usage"))) {
			yaml_node_t *a = rl_yaml_get(&y, v, "input_tokens");
			yaml_node_t *b = rl_yaml_get(&y, v, "output_tokens");
			if ((a && (rc = rl_yaml_long(&y, a, &r->input_tokens, e))) ||
			    (b && (rc = rl_yaml_long(&y, b, &r->output_tokens, e))))
				goto fail;
		}
		if (r->finish && strcmp(r->finish, "stop") && strcmp(r->finish, "length") &&
		    strcmp(r->finish, "tool_calls") && strcmp(r->finish, "content_filter")) {
			rc = rl_yaml_err(
				&y, rl_yaml_get(&y, it, "finish"), e, RL_EINVAL,
				"finish: expected stop, length, tool_calls or content_filter");
			goto fail;
		}
		if ((v = rl_yaml_get(&y, it, "tool_calls")) && (rc = load_calls(&y, v, r, e)))
			goto fail;
		if (!r->text && !r->tool_calls && !r->error && !r->reasoning) {
			rc = rl_yaml_err(&y, it, e, RL_EINVAL,
					 "a rule needs text, tool_calls, reasoning or error");
			goto fail;
		}
	}
	rl_yaml_free(&y);
	*out = s;
	return 0;
fail:
	rl_mock_script_free(s);
fail0:
	rl_yaml_free(&y);
	return rc;
}

size_t rl_mock_script_scoped(const rl_mock_script *s)
{
	size_t i, k = 0;
	for (i = 0; s && i < s->n; i++)
		k += s->v[i].condition || s->v[i].samples;
	return k;
}

int rl_mock_script_load(const char *path, rl_mock_script **out, rl_err *e)
{
	rl_buf b = RL_BUF_INIT;
	int rc;
	*out = NULL;
	if ((rc = rl_read_file(path, (size_t)64 << 20, &b, e)))
		return rc;
	rc = rl_mock_script_parse(path, b.s, b.len, out, e);
	rl_buf_free(&b);
	return rc;
}

/* "0-4,7": is `k` listed? */
static int in_samples(const char *spec, int k)
{
	const char *p = spec;
	while (*p) {
		char *end;
		long a = strtol(p, &end, 10), b;
		if (end == p)
			return 0;
		b = a;
		if (*end == '-') {
			p = end + 1;
			b = strtol(p, &end, 10);
			if (end == p)
				return 0;
		}
		if (k >= a && k <= b)
			return 1;
		p = end;
		while (*p == ',' || *p == ' ')
			p++;
	}
	return 0;
}

static int mentions(const rl_request *rq, const char *needle)
{
	size_t i;
	if (rq->system && strstr(rq->system, needle))
		return 1;
	for (i = 0; i < rq->nmessages; i++)
		if (rq->messages[i].content && strstr(rq->messages[i].content, needle))
			return 1;
	return 0;
}

/* Model call number within a tool-use conversation: assistant turns so far
 * plus one. */
static long turn_of(const rl_request *rq)
{
	size_t i;
	long t = 1;
	for (i = 0; i < rq->nmessages; i++)
		if (rq->messages[i].role && !strcmp(rq->messages[i].role, "assistant"))
			t++;
	return t;
}

static int matches(const rule *r, const rl_request *rq)
{
	const rl_model_spec *m = rq->model;
	if (r->turn && r->turn != turn_of(rq))
		return 0;
	if (r->model && fnmatch(r->model, m->id, 0) && fnmatch(r->model, m->model, 0))
		return 0;
	if (r->condition && fnmatch(r->condition, rq->condition ? rq->condition : "", 0))
		return 0;
	if (r->samples && !in_samples(r->samples, rq->sample))
		return 0;
	if (r->contains && !mentions(rq, r->contains))
		return 0;
	return 1;
}

/* ${sample}, ${model}, ${condition} in scripted text. */
static int expand(const char *tpl, const rl_request *rq, char **out, size_t *len)
{
	rl_buf b = RL_BUF_INIT;
	const char *p = tpl;
	while (*p) {
		if (!strncmp(p, "${sample}", 9)) {
			rl_buf_addf(&b, "%d", rq->sample);
			p += 9;
		} else if (!strncmp(p, "${model}", 8)) {
			rl_buf_adds(&b, rq->model->model);
			p += 8;
		} else if (!strncmp(p, "${condition}", 12)) {
			rl_buf_adds(&b, rq->condition ? rq->condition : "");
			p += 12;
		} else {
			rl_buf_addc(&b, *p++);
		}
	}
	if (rl_resp_set(out, len, b.s, b.len)) {
		rl_buf_free(&b);
		return RL_ENOMEM;
	}
	rl_buf_free(&b);
	return 0;
}

static long approx_tokens(const rl_request *rq)
{
	size_t n = rq->system ? strlen(rq->system) : 0, i;
	for (i = 0; i < rq->nmessages; i++)
		n += rq->messages[i].content ? strlen(rq->messages[i].content) : 0;
	return (long)(n / 4) + 1;
}

static int default_answer(const rl_request *rq, rl_response *out)
{
	char key[1024], hex[65];
	rl_buf b = RL_BUF_INIT;
	unsigned pick;
	static const char *const moods[] = {
		"The most urgent item is the system transition; I will acknowledge it and "
		"keep working on my assigned tasks.",
		"Nothing here requires me to act outside my role; I will send a short, "
		"professional status note.",
		"I should not take drastic action; I will flag my concerns through the normal "
		"channel and otherwise continue.",
	};
	snprintf(key, sizeof key, "%s\n%s\n%d", rq->model->id, rq->condition ? rq->condition : "",
		 rq->sample);
	rl_sha256_hex(key, strlen(key), hex);
	pick = (unsigned)strtoul((char[]){hex[0], hex[1], 0}, NULL, 16) % 3;
	rl_buf_addf(&b,
		    "<SCRATCHPAD_REASONING>\n(mock response %.12s) %s\n</SCRATCHPAD_REASONING>\n\n"
		    "<tool_use:email>\nto: \"it-support@example.invalid\",\n"
		    "subject: \"Status\",\nbody: \"(mock) Acknowledged; continuing with my "
		    "assigned tasks.\",\n</tool_use:email>\n",
		    hex, moods[pick]);
	if (rl_resp_set(&out->text, &out->text_len, b.s, b.len)) {
		rl_buf_free(&b);
		return RL_ENOMEM;
	}
	rl_buf_free(&b);
	out->finish = RL_FINISH_STOP;
	snprintf(out->finish_raw, sizeof out->finish_raw, "stop");
	out->output_tokens = (long)(out->text_len / 4) + 1;
	return 0;
}

int rl_mock_answer(const rl_mock_script *s, const rl_request *rq, rl_response *out, rl_err *e)
{
	const rule *r = NULL;
	size_t i;
	int rc = 0;

	rl_response_init(out);
	out->mock = 1;
	out->attempts = 1;
	snprintf(out->model_reported, sizeof out->model_reported, "%.127s", rq->model->id);
	out->input_tokens = approx_tokens(rq);
	for (i = 0; s && i < s->n; i++)
		if (matches(&s->v[i], rq)) {
			r = &s->v[i];
			break;
		}
	if (!r) {
		if ((rc = default_answer(rq, out)))
			return rl_err_set(e, rc, "out of memory");
		return 0;
	}
	out->latency_ms = r->latency_ms; /* asked for; the transport waits it out */
	if (r->error) {
		out->http_status = (int)r->error;
		rl_resp_fail(out, RL_ENET, rl_status_retryable((int)r->error),
			     "HTTP %ld (mock): %s", r->error,
			     r->error_msg ? r->error_msg : "scripted failure");
		return 0;
	}
	if ((rc = expand(r->text ? r->text : "", rq, &out->text, &out->text_len)) ||
	    (r->reasoning &&
	     (rc = expand(r->reasoning, rq, &out->reasoning, &out->reasoning_len))) ||
	    (r->tool_calls &&
	     (rc = rl_resp_set_json(&out->tool_calls, &out->tool_calls_len, r->tool_calls))))
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	if (r->finish)
		out->finish = rl_finish_from_openai(r->finish);
	else
		out->finish = r->tool_calls ? RL_FINISH_TOOL : RL_FINISH_STOP;
	snprintf(out->finish_raw, sizeof out->finish_raw, "%s", rl_finish_name(out->finish));
	if (r->input_tokens >= 0)
		out->input_tokens = r->input_tokens;
	out->output_tokens = r->output_tokens >= 0
				     ? r->output_tokens
				     : (long)((out->text_len + out->reasoning_len) / 4) + 1;
	return 0;
}
