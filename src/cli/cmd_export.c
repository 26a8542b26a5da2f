/* cmd_export.c: `redline export`: samples out of the store, with their
 * verdicts, as JSON Lines (one object per sample; the default, to standard
 * output), as CSV (one row per sample), or in the original framework's
 * result layout (DIR/models/<model>/<condition>/sample_NNN/response.json
 * with its `classification` block, and DIR/prompts/<condition>/) so its
 * scripts/compute_statistics.py and notebooks keep working. Streams rows:
 * memory does not grow with the campaign. Files are written to a
 * temporary and renamed (never half). */
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
#include "redline/report.h"
#include "redline/store.h"
#include "report/internal.h"
#include "store/report_queries.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: redline export [--db] DB [--format jsonl|csv] [--output FILE]\n"
		"       redline export [--db] DB --format original DIR\n"
		"       redline export [--db] DB --format sft|dpo --output FILE [--model ID]\n"
		"                      [--condition ID]\n"
		"DB may also be the campaign's CONFIG.yaml (its default database).\n"
		"With no --format: JSON Lines to standard output.\n"
		"options: --campaign EXPERIMENT_ID (default: the most recent),\n"
		"         --mode M --judge MODEL (which verdicts; default: the most recent\n"
		"         classification, as `redline report`), --no-errors (jsonl/csv: leave\n"
		"         out samples that ended in an error), --layout original DIR (the\n"
		"         same as --format original), --progress bar|plain|none (default:\n"
		"         a bar on a terminal, a line every 5 s otherwise)\n\n"
		"jsonl: one object per sample: model, condition, sample, status, response,\n"
		"reasoning, tool_calls, finish_reason, usage {input_tokens, output_tokens,\n"
		"reasoning_tokens}, latency_ms, attempts, error, mock, request_hash, verdict\n"
		"{harmful (true/false/null), mode, judge, unknown_reason, awareness} or null.\n"
		"csv: the same, one row per sample (response text last).\n"
		"original: DIR/models/<model>/<condition>/sample_NNN/response.json with\n"
		"raw_response, metadata and, for a decided verdict, the original's\n"
		"classification block {harmful_behavior, ...} (an unknown verdict has\n"
		"none: the original's statistics count it missing); DIR/prompts/<condition>/\n"
		"system_prompt.txt, user_prompt.txt, email_content.txt. Finished samples\n"
		"only. The model directory is the model name as the config wrote it, '/'\n"
		"and ':' becoming '_' (the original's scripts/compute_statistics.py\n"
		"--results-dir DIR/models gives the counts of `redline report --format\n"
		"original-json`).\n"
		"sft: {\"messages\": [system, user, assistant]} per decided not-harmful answer;\n"
		"dpo: {\"prompt\": [system, user], \"chosen\": [assistant], \"rejected\":\n"
		"[assistant], ...} pairing a not-harmful and a harmful answer of the same\n"
		"condition (the conversational format of TRL and other trainers). Only\n"
		"decided verdicts are used, never unknowns; --model ID and --condition ID\n"
		"filter, --mode/--judge choose the verdicts; FILE.manifest.json beside\n"
		"--output FILE records the selection.\n");
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

static json_t *jbool3(int v)
{
	return v == 1 ? json_true() : v == 0 ? json_false() : json_null();
}

/* The judge's own verdict text ("yes", "harmful", ...) as 1/0/-1. */
static int judge_said(const rl_verdict *v)
{
	json_t *j;
	int r;
	if (!v->judge_model || !*v->judge_model || !v->judge_verdict)
		return -1;
	j = json_string(v->judge_verdict);
	r = j ? rl_report_verdict_of(j) : -1;
	json_decref(j);
	return r == RL_VERDICT_HARMFUL ? 1 : r == RL_VERDICT_NOT_HARMFUL ? 0 : -1;
}

static json_t *verdict_json(const rl_verdict *v)
{
	json_t *o;
	if (!v)
		return json_null();
	o = json_object();
	json_object_set_new(o, "harmful", jbool3(v->harmful));
	json_object_set_new(o, "mode", json_string(v->mode ? v->mode : ""));
	json_object_set_new(o, "judge",
			    v->judge_model && *v->judge_model ? json_string(v->judge_model)
							      : json_null());
	json_object_set_new(o, "unknown_reason",
			    v->harmful < 0 && v->unknown_reason ? json_string(v->unknown_reason)
								: json_null());
	json_object_set_new(o, "awareness", v->awareness ? json_string(v->awareness) : json_null());
	return o;
}

static json_t *sample_json(const rl_sample *m, const rl_verdict *v)
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
	json_object_set_new(o, "verdict", verdict_json(v));
	return o;
}

/* ---- CSV: one row per sample, RFC 4180 quoting; text cells that a
 * spreadsheet would run as a formula get a leading quote (escape.c). */
static const char csv_header[] =
	"model,condition,sample,status,harmful,verdict_mode,judge,unknown_reason,awareness,"
	"input_tokens,output_tokens,reasoning_tokens,latency_ms,attempts,finish_reason,error,"
	"mock,response\r\n";

static void csv_text(rl_buf *b, const char *s, size_t n)
{
	rl_buf t = RL_BUF_INIT;
	rl_buf_add(&t, s ? s : "", s ? n : 0);
	/* embedded NULs end a CSV cell's text */
	rl_report_add_csv(b, t.s, 1);
	rl_buf_free(&t);
	rl_buf_addc(b, ',');
}

static void csv_int(rl_buf *b, int64_t v)
{
	if (v >= 0)
		rl_buf_addf(b, "%lld", (long long)v);
	rl_buf_addc(b, ',');
}

static void csv_row(rl_buf *b, const rl_sample *m, const rl_verdict *v)
{
	csv_text(b, m->model, strlen(m->model));
	csv_text(b, m->condition, strlen(m->condition));
	rl_buf_addf(b, "%d,%s,", m->index, m->status == RL_SAMPLE_DONE ? "done" : "error");
	rl_buf_adds(b, !v                ? "unclassified,"
		       : v->harmful == 1 ? "true,"
		       : v->harmful == 0 ? "false,"
					 : "unknown,");
	csv_text(b, v && v->mode ? v->mode : "", v && v->mode ? strlen(v->mode) : 0);
	csv_text(b, v && v->judge_model ? v->judge_model : "",
		 v && v->judge_model ? strlen(v->judge_model) : 0);
	csv_text(b, v && v->harmful < 0 && v->unknown_reason ? v->unknown_reason : "",
		 v && v->harmful < 0 && v->unknown_reason ? strlen(v->unknown_reason) : 0);
	csv_text(b, v && v->awareness ? v->awareness : "",
		 v && v->awareness ? strlen(v->awareness) : 0);
	csv_int(b, m->input_tokens);
	csv_int(b, m->output_tokens);
	csv_int(b, m->reasoning_tokens);
	csv_int(b, m->latency_ms);
	csv_int(b, m->attempts);
	csv_text(b, m->finish_reason ? m->finish_reason : "",
		 m->finish_reason ? strlen(m->finish_reason) : 0);
	csv_text(b, m->error ? m->error : "", m->error ? strlen(m->error) : 0);
	rl_buf_adds(b, m->mock ? "true," : "false,");
	csv_text(b, m->response, m->response ? m->response_len : 0);
	b->s[b->len - 1] = '\r'; /* the last cell's ',' */
	rl_buf_addc(b, '\n');
}

/* A condition id as a path component: taken whole; "." and ".." would
 * not be a directory of their own. */
static void cond_part(rl_buf *b, const char *s)
{
	if (!strcmp(s, ".") || !strcmp(s, ".."))
		rl_buf_adds(b, s[1] ? "__" : "_");
	else
		rl_buf_adds(b, s);
}

static int write_text(rl_buf *p, size_t base, const char *file, const char *s, size_t n, rl_err *e)
{
	p->len = base;
	p->s[base] = '\0';
	rl_buf_adds(p, file);
	return rl_write_file_atomic(p->s, s ? s : "", s ? n : 0, e);
}

/* DIR/prompts/<condition>/ as the original's generator writes it:
 * system_prompt.txt, user_prompt.txt (the instruction alone) and
 * email_content.txt (the bundle; the model got user + a blank line +
 * emails as one message), plus metadata.json when the pack recorded one.
 * Once per condition (`done` remembers). */
static int write_prompts(rl_store *s, int64_t camp, const rl_sample *m, json_t *done,
			 const char *dir, rl_err *e)
{
	rl_buf p = RL_BUF_INIT;
	rl_prompt pr;
	int64_t pid = 0;
	char *meta = NULL;
	size_t base, ulen, elen;
	int r;

	if (json_object_get(done, m->condition))
		return 0;
	json_object_set_new(done, m->condition, json_true());
	memset(&pr, 0, sizeof pr);
	if (rl_store_condition_get(s, camp, m->condition, &pid, NULL, &meta, e))
		pid = 0;
	if (!pid)
		pid = m->prompt_id;
	rl_err_clear(e);
	if (!pid || rl_store_prompt_get(s, pid, &pr, e)) {
		free(meta);
		rl_err_clear(e);
		return 0; /* nothing recorded: the responses still stand */
	}
	rl_buf_adds(&p, dir);
	rl_buf_adds(&p, "/prompts/");
	cond_part(&p, m->condition);
	if ((r = rl_mkdirs(p.s, e)))
		goto out;
	rl_buf_addc(&p, '/');
	base = p.len;
	ulen = pr.user ? strlen(pr.user) : 0;
	elen = pr.email ? strlen(pr.email) : 0;
	if (elen && ulen >= elen && !strcmp(pr.user + ulen - elen, pr.email)) {
		ulen -= elen;
		if (ulen >= 2 && pr.user[ulen - 1] == '\n' && pr.user[ulen - 2] == '\n')
			ulen--;
	}
	if (!(r = write_text(&p, base, "system_prompt.txt", pr.system,
			     pr.system ? strlen(pr.system) : 0, e)) &&
	    !(r = write_text(&p, base, "user_prompt.txt", pr.user, ulen, e)) &&
	    !(r = write_text(&p, base, "email_content.txt", pr.email, elen, e)) && meta)
		r = write_text(&p, base, "metadata.json", meta, strlen(meta), e);
out:
	free(meta);
	rl_prompt_free(&pr);
	rl_buf_free(&p);
	return r;
}

/* The original's classification block (its classify_results.py adds it to
 * response.json): harmful_behavior is the final verdict, the one its
 * compute_statistics.py counts; classifier_verdict the judge's own
 * answer (or the rules' verdict without a judge). Unknown: no block. */
static json_t *classification_json(const rl_verdict *v)
{
	json_t *c;
	char ts[40];
	int said;
	if (!v || (v->harmful != 0 && v->harmful != 1))
		return NULL;
	c = json_object();
	said = judge_said(v);
	rl_iso8601(v->created_ms, ts, sizeof ts);
	json_object_set_new(c, "harmful_behavior", json_boolean(v->harmful == 1));
	json_object_set_new(c, "classifier_verdict",
			    said >= 0 ? json_boolean(said) : json_boolean(v->harmful == 1));
	json_object_set_new(c, "classifier_reasoning",
			    v->judge_reasoning ? json_string(v->judge_reasoning) : json_null());
	json_object_set_new(c, "classified_at", json_string(ts));
	json_object_set_new(c, "classifier_model",
			    v->judge_model && *v->judge_model
				    ? json_stringn(v->judge_model, strcspn(v->judge_model, "@"))
				    : json_string("redline rules"));
	json_object_set_new(c, "redline_mode", json_string(v->mode ? v->mode : ""));
	return c;
}

static int write_original(const rl_sample *m, const rl_verdict *v, const json_t *names,
			  const char *dir, rl_err *e)
{
	rl_buf p = RL_BUF_INIT;
	json_t *o = json_object(), *meta = json_object(), *api = json_object(), *cls;
	const char *name = json_string_value(json_object_get(names, m->model));
	char ts[40], *text = NULL;
	int r;

	rl_buf_adds(&p, dir);
	rl_buf_adds(&p, "/models/");
	/* A model from an earlier run that the latest snapshot no longer
	 * lists: its id (provider included) stands in for the name. */
	rl_report_original_model_dir(&p, name ? name : m->model);
	rl_buf_addc(&p, '/');
	cond_part(&p, m->condition);
	rl_buf_addf(&p, "/sample_%03d", m->index);
	if ((r = rl_mkdirs(p.s, e)))
		goto out;
	rl_buf_adds(&p, "/response.json");
	rl_iso8601(m->finished_ms, ts, sizeof ts);
	json_object_set_new(o, "raw_response", jstr_n(m->response, m->response_len));
	json_object_set_new(
		meta, "model",
		json_stringn(name ? name : m->model, strcspn(name ? name : m->model, "@")));
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
	if ((cls = classification_json(v)))
		json_object_set_new(o, "classification", cls);
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

/* ---- training data (sft, dpo) ---- */

/* The conversation a sample answered, as chat messages: the system
 * prompt and the one user message the model received (instruction and
 * emails). Cached per prompt id in `cache` (id -> [system, user]). */
static json_t *prompt_messages(rl_store *s, int64_t pid, json_t *cache)
{
	char key[32];
	json_t *c, *msgs, *m;
	rl_prompt pr;

	snprintf(key, sizeof key, "%lld", (long long)pid);
	if ((c = json_object_get(cache, key)))
		return json_incref(c);
	memset(&pr, 0, sizeof pr);
	if (!pid || rl_store_prompt_get(s, pid, &pr, NULL))
		return NULL;
	msgs = json_array();
	m = json_object();
	json_object_set_new(m, "role", json_string("system"));
	json_object_set_new(m, "content", json_string(pr.system ? pr.system : ""));
	json_array_append_new(msgs, m);
	m = json_object();
	json_object_set_new(m, "role", json_string("user"));
	json_object_set_new(m, "content", json_string(pr.user ? pr.user : ""));
	json_array_append_new(msgs, m);
	rl_prompt_free(&pr);
	json_object_set(cache, key, msgs);
	return msgs;
}

static json_t *assistant(const rl_sample *m)
{
	json_t *a = json_array(), *o = json_object();
	json_object_set_new(o, "role", json_string("assistant"));
	json_object_set_new(
		o, "content",
		jstr_n(m->response ? m->response : "", m->response ? m->response_len : 0));
	json_array_append_new(a, o);
	return a;
}

/* DPO pairs: per condition (one prompt), the i-th not-harmful answer is
 * chosen against the i-th harmful one, in (model, sample) order, so the
 * pairs are deterministic. Returns the number of pairs written, or -1. */
static long write_pairs(FILE *out, json_t *bycond)
{
	const char *cond;
	json_t *g;
	long n = 0;
	json_object_foreach(bycond, cond, g) {
		json_t *good = json_object_get(g, "chosen"), *bad = json_object_get(g, "rejected");
		size_t i, k = json_array_size(good) < json_array_size(bad) ? json_array_size(good)
									   : json_array_size(bad);
		for (i = 0; i < k; i++) {
			json_t *o = json_object(), *gi = json_array_get(good, i),
			       *bi = json_array_get(bad, i);
			json_object_set(o, "prompt", json_object_get(gi, "prompt"));
			json_object_set(o, "chosen", json_object_get(gi, "answer"));
			json_object_set(o, "rejected", json_object_get(bi, "answer"));
			json_object_set_new(o, "condition", json_string(cond));
			json_object_set(o, "chosen_from", json_object_get(gi, "from"));
			json_object_set(o, "rejected_from", json_object_get(bi, "from"));
			if (json_dumpf(o, out, JSON_COMPACT) || fputc('\n', out) == EOF) {
				json_decref(o);
				return -1;
			}
			json_decref(o);
			n++;
		}
	}
	return n;
}

int cmd_export(int argc, char **argv)
{
	/* clang-format off */
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},       {"format", required_argument, NULL, 'f'},
		{"layout", required_argument, NULL, 'l'},   {"output", required_argument, NULL, 'o'},
		{"campaign", required_argument, NULL, 'c'}, {"no-errors", no_argument, NULL, 'n'},
		{"errors", no_argument, NULL, 'E'},         {"mode", required_argument, NULL, 'm'},
		{"judge", required_argument, NULL, 'j'},    {"help", no_argument, NULL, 'h'},
		{"pack", required_argument, NULL, 'p'},     {"progress", required_argument, NULL, 'P'},
		{"model", required_argument, NULL, 'M'},    {"condition", required_argument, NULL, 'C'},
		{NULL, 0, NULL, 0},
	};
	/* clang-format on */
	enum { F_JSONL, F_CSV, F_ORIGINAL, F_SFT, F_DPO } fmt = F_JSONL;
	const char *only_model = NULL, *only_cond = NULL;
	json_t *pcache = NULL, *bycond = NULL;
	long written = 0, skipped_unknown = 0;
	const char *db = NULL, *format = NULL, *layout = NULL, *output = NULL, *exp = NULL;
	const char *dir = NULL, *mode = NULL, *judge = NULL, *progress = NULL;
	rl_cli_progress pg;
	int64_t todo = 0;
	int o, rc = RL_EXIT_OK, r, errors = 1;
	rl_store *s = NULL;
	rl_err e;
	int64_t camp;
	rl_sample_filter f = {0};
	rl_sample_iter *it = NULL;
	rl_verdict_kind k;
	const rl_sample *m;
	const rl_verdict *v;
	FILE *out = stdout;
	rl_wfile wf = {0};
	char cfgdb[4096], cfgexp[512];
	long count = 0;
	json_t *names = NULL, *prompts_done = NULL;
	rl_buf row = RL_BUF_INIT;

	rl_err_clear(&e);
	optind = 1;
	while ((o = rl_cli_getopt(argc, argv, "ho:", opts, "export")) != -1) {
		switch (o) {
		case 'd': db = optarg; break;
		case 'f': format = optarg; break;
		case 'l': layout = optarg; break;
		case 'o': output = optarg; break;
		case 'c': exp = optarg; break;
		case 'n': errors = 0; break;
		case 'E': errors = 1; break;
		case 'm': mode = optarg; break;
		case 'j': judge = optarg; break;
		case 'p': break; /* accepted like every campaign command; unused */
		case 'M': only_model = optarg; break;
		case 'C': only_cond = optarg; break;
		case 'P':
			if (rl_cli_progress_mode(optarg) < 0) {
				rl_cli_error("--progress: expected bar, plain or none, got '%s'",
					     optarg);
				return RL_EXIT_USAGE;
			}
			progress = optarg;
			break;
		case 'h': usage(stdout); return RL_EXIT_OK;
		default: return RL_EXIT_USAGE; /* rl_cli_getopt said why */
		}
	}
	if (!db && optind < argc)
		db = argv[optind++];
	if (layout) {
		if (strcmp(layout, "original")) {
			rl_cli_error("unknown export layout '%s' (expected original)", layout);
			return RL_EXIT_USAGE;
		}
		if (format && strcmp(format, "original")) {
			rl_cli_error("--layout original and --format %s: give one of them", format);
			return RL_EXIT_USAGE;
		}
		format = "original";
	}
	if (format) {
		if (!strcmp(format, "jsonl") || !strcmp(format, "json"))
			fmt = F_JSONL;
		else if (!strcmp(format, "csv"))
			fmt = F_CSV;
		else if (!strcmp(format, "original"))
			fmt = F_ORIGINAL;
		else if (!strcmp(format, "sft"))
			fmt = F_SFT;
		else if (!strcmp(format, "dpo"))
			fmt = F_DPO;
		else {
			rl_cli_error(
				"unknown export format '%s' (expected jsonl, csv, original, sft "
				"or dpo)",
				format);
			return RL_EXIT_USAGE;
		}
	} else if (output && (fmt = F_JSONL, 1)) {
		const char *x = rl_cli_format_from_ext(output);
		if (x && !strcmp(x, "csv"))
			fmt = F_CSV;
	}
	if (fmt == F_ORIGINAL) {
		if (optind < argc)
			dir = argv[optind++];
		else
			dir = output;
		output = NULL;
	}
	if (!db || optind < argc) {
		usage(stderr);
		return RL_EXIT_USAGE;
	}
	if (fmt == F_ORIGINAL && !dir) {
		rl_cli_error("--format original needs an output directory "
			     "(redline export DB --format original DIR)");
		return RL_EXIT_USAGE;
	}
	if (rl_cli_campaign_db(&db, &exp, cfgdb, sizeof cfgdb, cfgexp, sizeof cfgexp, &e))
		return rl_cli_fail(&e);
	if (rl_store_open(&s, db, RL_STORE_RDONLY, &e) ||
	    rl_store_campaign_find(s, exp, &camp, &e) ||
	    rl_store_verdict_kind_pick(s, camp, mode, judge, &k, &e)) {
		rc = rl_cli_fail(&e);
		goto done;
	}
	f.campaign = camp;
	f.mode = k.mode;
	f.judge = k.judge;
	f.model = only_model;
	f.condition = only_cond;
	if ((fmt == F_SFT || fmt == F_DPO) && !k.found) {
		rl_cli_error("export --format %s: the campaign has no verdicts (run redline "
			     "classify first): training data uses decided verdicts only",
			     format);
		rc = RL_EXIT_USAGE;
		goto done;
	}
	if (fmt == F_SFT || fmt == F_DPO) {
		pcache = json_object();
		bycond = json_object();
	}
	if (fmt == F_ORIGINAL) {
		names = rl_report_model_names(s, camp);
		prompts_done = json_object();
	}
	if (fmt == F_ORIGINAL || fmt == F_SFT || fmt == F_DPO || !errors)
		f.status = RL_SAMPLE_DONE;
	{
		rl_store_count *rows = NULL;
		size_t nr = 0, i;
		if (rl_store_counts(s, camp, NULL, NULL, &rows, &nr, NULL) == 0)
			for (i = 0; i < nr; i++)
				todo += f.status ? rows[i].done : rows[i].samples;
		rl_store_counts_free(rows, nr);
	}
	/* data on a terminal's standard output: no bar drawn over it */
	rl_cli_progress_init(&pg, "export", todo,
			     !progress && fmt != F_ORIGINAL && (!output || !strcmp(output, "-")) &&
					     isatty(STDOUT_FILENO)
				     ? 0
				     : rl_cli_progress_mode(progress));
	if (rl_store_iter_samples(s, &f, &it, &e)) {
		rc = rl_cli_fail(&e);
		goto done;
	}
	if (fmt != F_ORIGINAL && output && strcmp(output, "-")) {
		if (rl_wfile_open(&wf, output, &e)) {
			rc = rl_cli_fail(&e);
			goto done;
		}
		out = wf.f;
	}
	if (fmt == F_CSV && fputs(csv_header, out) == EOF)
		goto write_error;
	while ((r = rl_store_iter_next(it, &m, &v, &e)) == 1) {
		if (fmt == F_JSONL) {
			json_t *j = sample_json(m, v);
			errno = 0;
			if (json_dumpf(j, out, JSON_COMPACT) || fputc('\n', out) == EOF) {
				/* the errno of the write that failed; else jansson
				 * refused the value (strings are checked above) */
				int err = ferror(out) ? errno : 0;
				json_decref(j);
				rl_err_set(&e, RL_EIO, "%s: write error: %s",
					   output && strcmp(output, "-") ? output : "stdout",
					   err ? strerror(err)
					       : "cannot encode the sample as JSON");
				r = RL_EIO;
				break;
			}
			json_decref(j);
		} else if (fmt == F_CSV) {
			rl_buf_reset(&row);
			csv_row(&row, m, v);
			if (fwrite(row.s, 1, row.len, out) != row.len)
				goto write_error;
		} else if (fmt == F_SFT || fmt == F_DPO) {
			json_t *pm;
			/* decided verdicts only: an unknown is never training data */
			if (!v || (v->harmful != 0 && v->harmful != 1)) {
				skipped_unknown++;
			} else if ((fmt == F_SFT && v->harmful == 1) ||
				   !(pm = prompt_messages(s, m->prompt_id, pcache))) {
				/* SFT keeps only not-harmful answers; no prompt: nothing
				 * to train on */
			} else if (fmt == F_SFT) {
				json_t *o = json_object(), *msgs = json_deep_copy(pm),
				       *a = assistant(m);
				json_array_extend(msgs, a);
				json_decref(a);
				json_object_set_new(o, "messages", msgs);
				json_decref(pm);
				if (json_dumpf(o, out, JSON_COMPACT) || fputc('\n', out) == EOF) {
					json_decref(o);
					goto write_error;
				}
				json_decref(o);
				written++;
			} else {
				json_t *g = json_object_get(bycond, m->condition),
				       *x = json_object();
				char from[600];
				if (!g) {
					g = json_object();
					json_object_set_new(g, "chosen", json_array());
					json_object_set_new(g, "rejected", json_array());
					json_object_set_new(bycond, m->condition, g);
				}
				snprintf(from, sizeof from, "%s/%s/%03d", m->model, m->condition,
					 m->index);
				json_object_set_new(x, "prompt", pm);
				json_object_set_new(x, "answer", assistant(m));
				json_object_set_new(x, "from", json_string(from));
				json_array_append_new(
					json_object_get(g, v->harmful ? "rejected" : "chosen"), x);
			}
		} else if ((r = write_original(m, v, names, dir, &e)) ||
			   (r = write_prompts(s, camp, m, prompts_done, dir, &e))) {
			break;
		}
		count++;
		rl_cli_progress_update(&pg, count, NULL, 0);
	}
	rl_cli_progress_update(&pg, count, NULL, 1);
	if (r < 0) {
		rc = rl_cli_fail(&e);
		goto done;
	}
	if (fmt == F_DPO && (written = write_pairs(out, bycond)) < 0)
		goto write_error;
	if (fmt == F_ORIGINAL) {
		/* what these results depend on, beside them */
		rl_buf cm = RL_BUF_INIT, mp = RL_BUF_INIT;
		int mr = rl_report_manifest(db, exp, &cm, &e);
		rl_buf_adds(&mp, dir);
		rl_buf_adds(&mp, "/manifest.json");
		if (!mr)
			mr = rl_write_file_atomic(mp.s, cm.s, cm.len, &e);
		rl_buf_free(&cm);
		rl_buf_free(&mp);
		if (mr) {
			rc = rl_cli_fail(&e);
			goto done;
		}
	}
	if (fmt == F_SFT || fmt == F_DPO) {
		/* how the data was selected, beside it (or on stderr) */
		json_t *man = json_object();
		char *mt;
		json_object_set_new(man, "redline", json_string(RL_VERSION));
		json_object_set_new(man, "format", json_string(format));
		json_object_set_new(man, "database", json_string(db));
		json_object_set_new(man, "campaign", json_string(exp ? exp : "(latest)"));
		json_object_set_new(man, "verdict_mode", json_string(k.mode));
		json_object_set_new(man, "verdict_judge",
				    *k.judge ? json_stringn(k.judge, strcspn(k.judge, "@"))
					     : json_null());
		json_object_set_new(man, "model_filter",
				    only_model ? json_string(only_model) : json_null());
		json_object_set_new(man, "condition_filter",
				    only_cond ? json_string(only_cond) : json_null());
		json_object_set_new(
			man, "selection",
			json_string(fmt == F_SFT
					    ? "decided not-harmful answers, each with the "
					      "prompt it answered"
					    : "per condition, the i-th decided not-harmful "
					      "answer (chosen) against the i-th decided harmful "
					      "one (rejected), in model and sample order"));
		json_object_set_new(man, "samples_read", json_integer(count));
		json_object_set_new(man, "unknown_left_out", json_integer(skipped_unknown));
		json_object_set_new(man, fmt == F_SFT ? "examples" : "pairs",
				    json_integer(written));
		{
			rl_buf cm = RL_BUF_INIT;
			if (!rl_report_manifest(db, exp, &cm, NULL))
				json_object_set_new(man, "campaign_manifest",
						    json_loads(cm.s, 0, NULL));
			rl_buf_free(&cm);
		}
		mt = json_dumps(man, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		json_decref(man);
		if (mt && output && strcmp(output, "-")) {
			rl_buf mp = RL_BUF_INIT;
			rl_buf_adds(&mp, output);
			rl_buf_adds(&mp, ".manifest.json");
			if (rl_write_file_atomic(mp.s, mt, strlen(mt), &e)) {
				free(mt);
				rl_buf_free(&mp);
				rc = rl_cli_fail(&e);
				goto done;
			}
			rl_buf_free(&mp);
		} else if (mt) {
			fprintf(stderr, "%s\n", mt);
		}
		free(mt);
		rl_cli_note("%s: %ld %s from %ld samples (%ld with unknown verdicts left out)",
			    format, written, fmt == F_SFT ? "examples" : "pairs", count,
			    skipped_unknown);
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
	if (fmt == F_ORIGINAL || output)
		rl_cli_note("exported %ld samples (verdicts: mode %s, %s%s) to %s", count, k.mode,
			    *k.judge ? "judge " : "no judge", k.judge,
			    fmt == F_ORIGINAL ? dir : output);
	goto done;
write_error:
	rl_cli_error("%s: write error: %s", output ? output : "stdout", strerror(errno));
	rc = RL_EXIT_FAIL;
done:
	rl_wfile_abort(&wf); /* nothing once committed */
	rl_buf_free(&row);
	json_decref(names);
	json_decref(prompts_done);
	json_decref(pcache);
	json_decref(bycond);
	rl_store_iter_free(it);
	rl_store_close(s);
	return rc;
}
