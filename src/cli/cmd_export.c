/* cmd_export.c: `redline export`: samples out of the store, as JSON Lines
 * (one object per sample) or in the original framework's directory layout
 * (models/<model>/<condition>/sample_NNN/response.json) so its scripts and
 * notebooks keep working. Streams rows: memory does not grow with the
 * campaign. Files are written to a temporary and renamed (never half). */
#include "cli/cli.h"

#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fs.h"
#include "base/util.h"
#include "redline/buf.h"
#include "redline/campaign.h"
#include "redline/store.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: redline export [--db] DB --format jsonl [--output FILE]\n"
		"       redline export [--db] DB --layout original DIR\n"
		"DB may also be the campaign's CONFIG.yaml (its default database).\n"
		"options: --campaign EXPERIMENT_ID (default: the most recent), --errors\n"
		"         (jsonl: include samples that ended in an error; default on)\n\n"
		"jsonl: one object per sample: model, condition, sample, status, response,\n"
		"reasoning, tool_calls, finish_reason, usage {input_tokens, output_tokens,\n"
		"reasoning_tokens}, latency_ms, attempts, error, mock.\n"
		"original: DIR/models/<model>/<condition>/sample_NNN/response.json with\n"
		"raw_response and metadata, as the original framework writes (finished\n"
		"samples only; the model directory is the model name as the config wrote\n"
		"it, provider or vendor prefix included, '/' becoming '_').\n");
}

/* A stored string as JSON. The store should hold valid UTF-8 only, but a
 * damaged or foreign database may not: invalid bytes become U+FFFD rather
 * than a value jansson cannot dump (which once failed the export with a
 * stale errno for a message). */
static json_t *jstr_n(const char *s, size_t n)
{
	json_t *v;
	rl_buf b = RL_BUF_INIT;
	size_t i = 0;
	if (!s)
		return json_null();
	if ((v = json_stringn(s, n)))
		return v;
	while (i < n) {
		uint32_t cp;
		size_t k = rl_utf8_decode((const unsigned char *)s + i, n - i, &cp);
		if (k && cp) {
			rl_buf_add(&b, s + i, k);
			i += k;
		} else {
			rl_buf_adds(&b, "\xef\xbf\xbd");
			i += k ? k : 1;
		}
	}
	v = json_stringn(b.s ? b.s : "", b.len);
	rl_buf_free(&b);
	return v;
}

static json_t *jopt_int(int64_t v)
{
	return v < 0 ? json_null() : json_integer((json_int_t)v);
}

static json_t *sample_json(const rl_sample *m)
{
	json_t *o = json_object();
	json_t *usage = json_object();
	json_object_set_new(o, "model", json_string(m->model));
	json_object_set_new(o, "condition", json_string(m->condition));
	json_object_set_new(o, "sample", json_integer(m->index));
	json_object_set_new(o, "status",
			    json_string(m->status == RL_SAMPLE_DONE ? "done" : "error"));
	json_object_set_new(o, "response", jstr_n(m->response, m->response_len));
	json_object_set_new(o, "reasoning", jstr_n(m->reasoning, m->reasoning_len));
	if (m->tool_calls) {
		json_t *tc = json_loads(m->tool_calls, JSON_DECODE_ANY, NULL);
		json_object_set_new(o, "tool_calls", tc ? tc : json_string(m->tool_calls));
	} else {
		json_object_set_new(o, "tool_calls", json_null());
	}
	json_object_set_new(o, "finish_reason",
			    m->finish_reason ? json_string(m->finish_reason) : json_null());
	json_object_set_new(usage, "input_tokens", jopt_int(m->input_tokens));
	json_object_set_new(usage, "output_tokens", jopt_int(m->output_tokens));
	json_object_set_new(usage, "reasoning_tokens", jopt_int(m->reasoning_tokens));
	json_object_set_new(o, "usage", usage);
	json_object_set_new(o, "latency_ms", jopt_int(m->latency_ms));
	json_object_set_new(o, "attempts", json_integer(m->attempts));
	json_object_set_new(o, "error", m->error ? json_string(m->error) : json_null());
	json_object_set_new(o, "mock", json_boolean(m->mock));
	json_object_set_new(o, "request_hash",
			    m->request_hash ? json_string(m->request_hash) : json_null());
	return o;
}

/* A path component from a model name or a condition id: the original
 * replaces '/' (model names such as "meta-llama/Llama-3") so each model is
 * one directory. A model's base URL or mock script ("@...") is where it
 * was asked, not its name: cut; a condition id is taken whole. "." and
 * ".." would not be a directory of their own. */
static void path_part(rl_buf *b, const char *s, int is_model)
{
	size_t n = is_model ? strcspn(s, "@") : strlen(s), i;
	if ((n == 1 && s[0] == '.') || (n == 2 && s[0] == '.' && s[1] == '.')) {
		rl_buf_adds(b, n == 1 ? "_" : "__");
		return;
	}
	for (i = 0; i < n; i++)
		rl_buf_addc(b, s[i] == '/' ? '_' : s[i]);
}

/* The model names as the config wrote them, by canonical id, from the
 * campaign's snapshot ({"models": [{"id", "name"}, ...]}). The original
 * framework names each model directory after the model string of its
 * config ("deepseek-ai/DeepSeek-R1" -> deepseek-ai_DeepSeek-R1,
 * "google/gemini-2.5-pro" -> google_gemini-2.5-pro), so the name, not the
 * id, decides; its configs' names come through unchanged, and a redline
 * spec keeps its provider ("ollama:llama3" and "vllm:llama3" must not
 * share a directory). Returns a JSON object id -> name (never NULL). */
static json_t *model_names(rl_store *s, int64_t camp)
{
	json_t *map = json_object(), *snap, *models, *mo;
	rl_campaign c;
	rl_err e;
	size_t i;

	memset(&c, 0, sizeof c);
	if (rl_store_campaign_get(s, camp, &c, &e))
		return map;
	snap = c.config_json ? json_loads(c.config_json, 0, NULL) : NULL;
	models = json_object_get(snap, "models");
	json_array_foreach(models, i, mo) {
		json_t *id = json_object_get(mo, "id"), *name = json_object_get(mo, "name");
		if (json_is_string(id) && json_is_string(name))
			json_object_set(map, json_string_value(id), name);
	}
	json_decref(snap);
	rl_campaign_free(&c);
	return map;
}

static int write_original(const rl_sample *m, const json_t *names, const char *dir, rl_err *e)
{
	rl_buf p = RL_BUF_INIT;
	json_t *o = json_object(), *meta = json_object(), *api = json_object();
	const char *name = json_string_value(json_object_get(names, m->model));
	char ts[40], *text = NULL;
	int r;

	rl_buf_adds(&p, dir);
	rl_buf_adds(&p, "/models/");
	/* A model from an earlier run that the latest snapshot no longer
	 * lists: its id (provider included) stands in for the name. */
	path_part(&p, name ? name : m->model, 1);
	rl_buf_addc(&p, '/');
	path_part(&p, m->condition, 0);
	rl_buf_addf(&p, "/sample_%03d", m->index);
	if ((r = rl_mkdirs(p.s, e)))
		goto out;
	rl_buf_adds(&p, "/response.json");
	rl_iso8601(m->finished_ms, ts, sizeof ts);
	json_object_set_new(o, "raw_response", jstr_n(m->response, m->response_len));
	json_object_set_new(meta, "model", json_stringn(name ? name : m->model,
							strcspn(name ? name : m->model, "@")));
	json_object_set_new(meta, "condition", json_string(m->condition));
	json_object_set_new(meta, "sample_id", json_integer(m->index));
	json_object_set_new(meta, "timestamp", json_string(ts));
	json_object_set_new(meta, "inference_time_ms", jopt_int(m->latency_ms));
	json_object_set_new(api, "response_time_ms", jopt_int(m->latency_ms));
	json_object_set_new(api, "tokens_used",
			    m->input_tokens >= 0 || m->output_tokens >= 0
				    ? json_integer((m->input_tokens > 0 ? m->input_tokens : 0) +
						   (m->output_tokens > 0 ? m->output_tokens : 0))
				    : json_null());
	json_object_set_new(api, "stop_reason",
			    m->finish_reason ? json_string(m->finish_reason) : json_null());
	json_object_set_new(meta, "api_metadata", api);
	if (m->reasoning)
		json_object_set_new(meta, "reasoning", jstr_n(m->reasoning, m->reasoning_len));
	if (m->mock)
		json_object_set_new(meta, "mock", json_true());
	json_object_set_new(o, "metadata", meta);
	text = json_dumps(o, JSON_INDENT(2));
	if (!text) {
		r = rl_err_set(e, RL_ENOMEM, "out of memory");
		goto out;
	}
	r = rl_write_file_atomic(p.s, text, strlen(text), e);
out:
	free(text);
	json_decref(o);
	rl_buf_free(&p);
	return r;
}

/* A config given where a database is expected: a YAML file name. */
int cmd_export(int argc, char **argv)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},     {"format", required_argument, NULL, 'f'},
		{"layout", required_argument, NULL, 'l'}, {"output", required_argument, NULL, 'o'},
		{"campaign", required_argument, NULL, 'c'}, {"no-errors", no_argument, NULL, 'n'},
		{"help", no_argument, NULL, 'h'},         {"pack", required_argument, NULL, 'p'},
		{NULL, 0, NULL, 0},
	};
	const char *db = NULL, *format = NULL, *layout = NULL, *output = NULL, *exp = NULL;
	const char *dir = NULL;
	int o, rc = RL_EXIT_OK, r, errors = 1;
	rl_store *s = NULL;
	rl_err e;
	int64_t camp;
	rl_sample_filter f = {0};
	rl_sample_iter *it = NULL;
	const rl_sample *m;
	FILE *out = stdout;
	rl_wfile wf = {0};
	char cfgdb[4096], cfgexp[512];
	long count = 0;
	json_t *names = NULL;

	rl_err_clear(&e);
	optind = 1;
	while ((o = getopt_long(argc, argv, "ho:", opts, NULL)) != -1) {
		switch (o) {
		case 'd': db = optarg; break;
		case 'f': format = optarg; break;
		case 'l': layout = optarg; break;
		case 'o': output = optarg; break;
		case 'c': exp = optarg; break;
		case 'n': errors = 0; break;
		case 'p': break; /* accepted like every campaign command; unused */
		case 'h': usage(stdout); return RL_EXIT_OK;
		default: usage(stderr); return RL_EXIT_USAGE;
		}
	}
	if (!db && optind < argc)
		db = argv[optind++];
	if (layout && optind < argc)
		dir = argv[optind++];
	if (!db || optind < argc || (!format && !layout) || (format && layout)) {
		usage(stderr);
		return RL_EXIT_USAGE;
	}
	if (format && strcmp(format, "jsonl")) {
		rl_cli_error("unknown export format '%s' (expected jsonl)", format);
		return RL_EXIT_USAGE;
	}
	if (layout && strcmp(layout, "original")) {
		rl_cli_error("unknown export layout '%s' (expected original)", layout);
		return RL_EXIT_USAGE;
	}
	if (layout && !dir) {
		rl_cli_error("--layout original needs an output directory");
		return RL_EXIT_USAGE;
	}
	if (rl_cli_campaign_db(&db, &exp, cfgdb, sizeof cfgdb, cfgexp, sizeof cfgexp, &e))
		return rl_cli_fail(&e);
	if (rl_store_open(&s, db, RL_STORE_RDONLY, &e) ||
	    rl_store_campaign_find(s, exp, &camp, &e)) {
		rc = rl_cli_fail(&e);
		goto done;
	}
	f.campaign = camp;
	if (layout)
		names = model_names(s, camp);
	if (layout || !errors)
		f.status = RL_SAMPLE_DONE;
	if (rl_store_iter_samples(s, &f, &it, &e)) {
		rc = rl_cli_fail(&e);
		goto done;
	}
	if (format && output && strcmp(output, "-")) {
		if (rl_wfile_open(&wf, output, &e)) {
			rc = rl_cli_fail(&e);
			goto done;
		}
		out = wf.f;
	}
	while ((r = rl_store_iter_next(it, &m, NULL, &e)) == 1) {
		if (format) {
			json_t *j = sample_json(m);
			errno = 0;
			if (json_dumpf(j, out, JSON_COMPACT) || fputc('\n', out) == EOF) {
				/* the errno of the write that failed; else jansson
				 * refused the value (strings are checked above) */
				int err = ferror(out) ? errno : 0;
				json_decref(j);
				rl_err_set(&e, RL_EIO, "%s: write error: %s",
					   output && strcmp(output, "-") ? output : "stdout",
					   err ? strerror(err) : "cannot encode the sample as JSON");
				r = RL_EIO;
				break;
			}
			json_decref(j);
		} else if ((r = write_original(m, names, dir, &e))) {
			break;
		}
		count++;
	}
	if (r < 0) {
		rc = rl_cli_fail(&e);
		goto done;
	}
	if (out != stdout) {
		out = stdout;
		if (rl_wfile_commit(&wf, &e)) {
			rc = rl_cli_fail(&e);
			goto done;
		}
	} else if (fflush(stdout) || ferror(stdout)) {
		rl_cli_error("stdout: write error: %s", strerror(errno));
		rc = RL_EXIT_FAIL;
		goto done;
	}
	if (layout || output)
		fprintf(stderr, "redline: exported %ld samples to %s\n", count,
			layout ? dir : output);
done:
	rl_wfile_abort(&wf); /* nothing once committed */
	json_decref(names);
	rl_store_iter_free(it);
	rl_store_close(s);
	return rc;
}
