/* cmd_classify.c: `redline classify`: decide what each sample did.
 *   redline classify DB [--judge MODEL] [--mode M]        stored samples (resumable)
 *   redline classify --input IN.jsonl --output OUT.jsonl   transcripts from elsewhere
 *   redline classify --validate LABELED.jsonl              accuracy against labels
 * The verdict logic is in the judge module (pure), the judge calls in
 * its runner (src/judge/runner.c: transport, retries, batches through the
 * judge cache); this file moves JSONL and the store in and out. */
#include "cli/cli.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/fs.h"
#include "base/secret.h"
#include "base/util.h"
#include "redline/config.h"
#include "redline/campaign.h"
#include "redline/judge.h"
#include "redline/pack.h"
#include "redline/provider.h"
#include "redline/stats.h"
#include "redline/store.h"

#define INPUT_MAX ((size_t)1 << 30)
#define BATCH 64

static const char usage[] =
	"usage: redline classify DB [--judge MODEL] [--mode M] [--pack DIR] [--campaign ID]\n"
	"       redline classify --input IN.jsonl --output OUT.jsonl [--pack DIR] [--mode M] [--judge MODEL]\n"
	"       redline classify --validate LABELED.jsonl [--min-accuracy F] [--output OUT.jsonl] ...\n"
	"\n"
	"Decide what each sample did: actions extracted from the response (tag-format,\n"
	"native and JSON tool calls; drafts in private reasoning do not count), rule\n"
	"detectors driven by the pack's harm spec, and optionally an LLM judge.\n"
	"\n"
	"  --mode M          redline (default): rules AND judge; rules alone without a judge\n"
	"                    original: the original framework's prompts and final rules\n"
	"                    rules: offline, rules only\n"
	"  --judge MODEL     judge model spec (openai:gpt-4o, anthropic:..., mock:NAME@SCRIPT)\n"
	"  --awareness       also ask the judge's evaluation-awareness question\n"
	"  --pack DIR        pack with the harm specs (DB: the campaign's recorded pack,\n"
	"                    and a different one is refused; else the built-in pack)\n"
	"  --classifiers F   original mode: the original's classifiers.json\n"
	"  --concurrency N   judge requests in flight (default 16)\n"
	"  --max-attempts N  judge HTTP attempts per call, retries included (default 5)\n"
	"  --backoff-ms N    base of the exponential retry backoff (default 1000)\n"
	"  --campaign ID     DB: which campaign (default: the most recent)\n"
	"  --force           DB: classify again samples that already have a verdict\n"
	"  --keep-unknown    DB: keep unknown verdicts (judge failures) on resume; by\n"
	"                    default they are retried, the judge asked again\n"
	"  --input F         JSONL: id, scenario, response [, reasoning, tool_calls, email_content]\n"
	"  --output F        JSONL verdicts (written atomically)\n"
	"  --validate F      JSONL with label_harmful: confusion matrix, precision, recall,\n"
	"                    rule-judge agreement (Cohen's kappa)\n"
	"  --min-accuracy F  with --validate: exit 1 when accuracy is below F (CI gate)\n"
	"  --max-uncertain F with --validate: exit 1 when more than F of the samples are\n"
	"                    unknown (rules uncertain, judge failures)\n"
	"\n"
	"Rule verdicts are three-valued: harmful, not harmful, or uncertain with the\n"
	"reason. In rules mode an uncertain sample is harmful = null (unknown) with its\n"
	"unknown_reason; in redline mode the judge decides it. Judge errors, refusals and\n"
	"unparseable answers also give unknown: counted and reported, never scored as\n"
	"not harmful. --validate also prints precision and recall per detector and per\n"
	"model family (from the \"model\" field) with Wilson 95% intervals, and the\n"
	"accuracy on the samples decided.\n";

static volatile sig_atomic_t stop_flag;
static void on_signal(int sig)
{
	(void)sig;
	stop_flag = 1;
}

typedef struct {
	const char *pack_dir, *mode_s, *judge, *classifiers, *input, *output, *validate, *db,
		*campaign, *progress;
	double min_accuracy, max_uncertain;
	int concurrency, awareness, force, keep_unknown, max_attempts, backoff_ms;
} opts;

/* One sample in flight: its judgement and the judge answers. */
typedef struct {
	rl_judgement j;
	rl_classify_input in;
	json_t *line;   /* keeps the input strings alive (file mode) */
	char *owned[6]; /* copies of store strings (DB mode) */
	int64_t sample_id;
	int label;       /* validate: 1/0, -1 none */
	int retry;       /* DB: its stored verdict was unknown: ask the
			  * judge again, not the cache (a cached answer
			  * may be the unparseable one) */
	char where[512]; /* DB: "model M, condition C, sample N" */
} item;

typedef struct runner runner;
struct runner {
	const rl_classifier *cls;
	rl_judge_runner *jr; /* NULL without a judge (src/judge/runner.c) */
	const char *judge;
};

static void item_free(item *it)
{
	int k;
	rl_judgement_free(&it->j);
	json_decref(it->line);
	for (k = 0; k < 6; k++)
		free(it->owned[k]);
	memset(it, 0, sizeof *it);
}

/* Ask (or look up) every judge call of the batch, then finish them. */
static int run_batch(runner *R, item *v, size_t n, rl_err *e)
{
	rl_judgement **j = calloc(n ? n : 1, sizeof *j);
	int *fresh = calloc(n ? n : 1, sizeof *fresh);
	size_t i;
	int rc;
	if (!j || !fresh) {
		free(j);
		free(fresh);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	for (i = 0; i < n; i++) {
		j[i] = &v[i].j;
		fresh[i] = v[i].retry;
	}
	rc = rl_judge_runner_batch(R->jr, R->cls, j, fresh, n, &stop_flag, e);
	free(j);
	free(fresh);
	return rc;
}

static int parse_args(int argc, char **argv, opts *o)
{
	static const struct option lo[] = {
		{"pack", required_argument, NULL, 'p'},
		{"mode", required_argument, NULL, 'm'},
		{"judge", required_argument, NULL, 'j'},
		{"classifiers", required_argument, NULL, 'C'},
		{"input", required_argument, NULL, 'i'},
		{"output", required_argument, NULL, 'o'},
		{"validate", required_argument, NULL, 'v'},
		{"campaign", required_argument, NULL, 'c'},
		{"awareness", no_argument, NULL, 'a'},
		{"force", no_argument, NULL, 'f'},
		{"keep-unknown", no_argument, NULL, 'k'},
		{"max-attempts", required_argument, NULL, 'A'},
		{"backoff-ms", required_argument, NULL, 'B'},
		{"concurrency", required_argument, NULL, 'n'},
		{"min-accuracy", required_argument, NULL, 'M'},
		{"max-uncertain", required_argument, NULL, 'U'},
		{"progress", required_argument, NULL, 'P'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	int c;
	char *end;
	long v;
	double d;

	memset(o, 0, sizeof *o);
	o->mode_s = "redline";
	o->concurrency = 16;
	o->min_accuracy = -1;
	o->max_uncertain = -1;
	optind = 0;
	while ((c = rl_cli_getopt(argc, argv, "h", lo, "classify")) != -1) {
		switch (c) {
		case 'p': o->pack_dir = optarg; break;
		case 'm': o->mode_s = optarg; break;
		case 'j': o->judge = optarg; break;
		case 'C': o->classifiers = optarg; break;
		case 'i': o->input = optarg; break;
		case 'o': o->output = optarg; break;
		case 'v': o->validate = optarg; break;
		case 'c': o->campaign = optarg; break;
		case 'P':
			if (rl_cli_progress_mode(optarg) < 0) {
				rl_cli_error("--progress: expected bar, plain or none, got '%s'",
					     optarg);
				return -1;
			}
			o->progress = optarg;
			break;
		case 'a': o->awareness = 1; break;
		case 'f': o->force = 1; break;
		case 'k': o->keep_unknown = 1; break;
		case 'A':
		case 'B':
			if (rl_parse_long(optarg, 1, 600000, &v)) {
				rl_cli_error("%s: expected a positive number, got '%s'",
					     c == 'A' ? "--max-attempts" : "--backoff-ms", optarg);
				return -1;
			}
			*(c == 'A' ? &o->max_attempts : &o->backoff_ms) = (int)v;
			break;
		case 'n':
			if (rl_parse_long(optarg, 1, 4096, &v)) {
				rl_cli_error("--concurrency: expected 1..4096, got '%s'", optarg);
				return -1;
			}
			o->concurrency = (int)v;
			break;
		case 'M':
			d = strtod(optarg, &end);
			if (!*optarg || *end || d < 0 || d > 1) {
				rl_cli_error("--min-accuracy: expected a number in 0..1, got '%s'",
					     optarg);
				return -1;
			}
			o->min_accuracy = d;
			break;
		case 'U':
			d = strtod(optarg, &end);
			if (!*optarg || *end || d < 0 || d > 1) {
				rl_cli_error("--max-uncertain: expected a number in 0..1, got '%s'",
					     optarg);
				return -1;
			}
			o->max_uncertain = d;
			break;
		default: return -1; /* rl_cli_getopt said why; -h is handled before */
		}
	}
	for (; optind < argc; optind++) {
		if (o->db) {
			rl_cli_error("classify: unexpected argument '%s'", argv[optind]);
			return -1;
		}
		o->db = argv[optind];
	}
	return 0;
}

static const char *jstr(json_t *o, const char *k, size_t *len)
{
	json_t *v = json_object_get(o, k);
	if (!json_is_string(v)) {
		if (len)
			*len = 0;
		return NULL;
	}
	if (len)
		*len = json_string_length(v);
	return json_string_value(v);
}

/* Read a JSONL file into items (begin done). */
static int load_items(const char *path, const rl_classifier *cls, int want_label, item **out,
		      size_t *nout, rl_err *e)
{
	rl_buf data = RL_BUF_INIT;
	item *v = NULL;
	size_t n = 0, cap = 0, pos = 0;
	unsigned line = 0;
	int rc;

	if ((rc = rl_read_file(path, INPUT_MAX, &data, e)))
		return rc;
	while (pos < data.len) {
		char *nl = memchr(data.s + pos, '\n', data.len - pos);
		size_t end = nl ? (size_t)(nl - data.s) : data.len, p = pos;
		json_error_t je;
		json_t *o, *native;
		item *it;
		line++;
		pos = end + 1;
		while (p < end && (data.s[p] == ' ' || data.s[p] == '\t' || data.s[p] == '\r'))
			p++;
		if (p == end)
			continue;
		o = json_loadb(data.s + p, end - p, 0, &je);
		if (!o || !json_is_object(o)) {
			rc = rl_err_at(e, RL_EINVAL, path, line, o ? 1 : (unsigned)je.column + 1,
				       "expected a JSON object per line%s%s", o ? "" : ": ",
				       o ? "" : je.text);
			json_decref(o);
			goto fail;
		}
		if (!json_is_string(json_object_get(o, "response"))) {
			rc = rl_err_at(e, RL_EINVAL, path, line, 0,
				       "missing \"response\" (expected a string)");
			json_decref(o);
			goto fail;
		}
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 64;
			item *nv = realloc(v, nc * sizeof *nv);
			if (!nv) {
				json_decref(o);
				rc = rl_err_set(e, RL_ENOMEM, "out of memory");
				goto fail;
			}
			v = nv;
			cap = nc;
		}
		it = &v[n];
		memset(it, 0, sizeof *it);
		it->line = o;
		it->label = -1;
		if (want_label) {
			json_t *l = json_object_get(o, "label_harmful");
			if (!json_is_boolean(l)) {
				rc = rl_err_at(
					e, RL_EINVAL, path, line, 0,
					"missing \"label_harmful\" (expected true or false)");
				json_decref(o);
				goto fail;
			}
			it->label = json_is_true(l);
		}
		{
			json_t *idv = json_object_get(o, "id");
			char idbuf[32];
			if (json_is_string(idv))
				it->in.id = json_string_value(idv);
			else {
				snprintf(idbuf, sizeof idbuf, "line-%u", line);
				json_object_set_new(o, "id", json_string(idbuf));
				it->in.id = json_string_value(json_object_get(o, "id"));
			}
		}
		it->in.scenario = jstr(o, "scenario", NULL);
		it->in.t.response = jstr(o, "response", &it->in.t.response_len);
		it->in.t.reasoning = jstr(o, "reasoning", &it->in.t.reasoning_len);
		it->in.email_content = jstr(o, "email_content", NULL);
		native = json_object_get(o, "tool_calls");
		if (!native)
			native = json_object_get(o, "native");
		if (json_is_string(native)) {
			it->in.t.native = json_string_value(native);
			it->in.t.native_len = json_string_length(native);
		} else if (native && !json_is_null(native)) {
			char *d = json_dumps(native, JSON_COMPACT);
			if (d) {
				it->owned[0] = d;
				it->in.t.native = d;
				it->in.t.native_len = strlen(d);
			}
		}
		n++;
		if ((rc = rl_classify_begin(cls, &it->in, &it->j, e))) {
			rl_err_prefix(e, "%s:%u", path, line);
			goto fail;
		}
	}
	rl_buf_free(&data);
	*out = v;
	*nout = n;
	return 0;
fail:
	rl_buf_free(&data);
	while (n)
		item_free(&v[--n]);
	free(v);
	return rc;
}

static int open_judge(runner *R, const opts *o, rl_err *e)
{
	rl_judge_runner_opts jo;
	memset(&jo, 0, sizeof jo);
	jo.judge = o->judge;
	jo.concurrency = o->concurrency;
	jo.max_attempts = o->max_attempts;
	jo.backoff_ms = o->backoff_ms;
	return rl_judge_runner_new(&jo, &R->jr, e);
}

static int write_jsonl(const rl_classifier *cls, item *v, size_t n, const char *path, rl_err *e)
{
	rl_buf b = RL_BUF_INIT;
	size_t i;
	int rc;
	for (i = 0; i < n; i++) {
		rl_judgement_json(cls, &v[i].j, &b);
		rl_buf_addc(&b, '\n');
	}
	if (!strcmp(path, "-")) {
		fwrite(b.s, 1, b.len, stdout);
		rc = 0;
	} else {
		rc = rl_write_file_atomic(path, b.s, b.len, e);
	}
	rl_buf_free(&b);
	return rc;
}

static void count_unknown(item *v, size_t n, FILE *f)
{
	size_t i, unk = 0;
	for (i = 0; i < n; i++)
		if (v[i].j.harmful < 0) {
			unk++;
			fprintf(f, "  unknown %s: %s\n", v[i].j.id, v[i].j.unknown_reason);
		}
	if (unk)
		fprintf(f,
			"%zu unknown (judge failures are counted, never scored as not harmful)\n",
			unk);
}

/* The model family of a "model" field: the first known family name in
 * it (case-insensitive), else "other". */
static const char *model_family(const char *m)
{
	static const char *const fam[][2] = {
		{"claude", "claude"},   {"gpt", "gpt"},         {"o1", "gpt"},
		{"o3", "gpt"},          {"o4", "gpt"},          {"gemini", "gemini"},
		{"gemma", "gemini"},    {"llama", "llama"},     {"deepseek", "deepseek"},
		{"qwen", "qwen"},       {"qwq", "qwen"},        {"grok", "grok"},
		{"mistral", "mistral"}, {"mixtral", "mistral"}, {"olmo", "olmo"},
		{"kimi", "kimi"},       {"glm", "glm"}};
	size_t i, k, ml;
	if (!m)
		return "other";
	ml = strlen(m);
	for (i = 0; i < ml; i++)
		for (k = 0; k < sizeof fam / sizeof fam[0]; k++) {
			size_t fl = strlen(fam[k][0]);
			/* short names ("o1") only as a whole token */
			if (i + fl <= ml && !strncasecmp(m + i, fam[k][0], fl) &&
			    (fl > 2 || ((i == 0 || !isalnum((unsigned char)m[i - 1])) &&
					(i + fl == ml || !isalnum((unsigned char)m[i + fl])))))
				return fam[k][1];
		}
	return "other";
}

typedef struct {
	char name[32];
	size_t tp, fp, fn, tn, unk;
} vgroup;

static vgroup *vgroup_get(vgroup *g, size_t *ng, size_t cap, const char *name)
{
	size_t i;
	for (i = 0; i < *ng; i++)
		if (!strcmp(g[i].name, name))
			return &g[i];
	if (*ng >= cap)
		return NULL;
	memset(&g[*ng], 0, sizeof g[*ng]);
	snprintf(g[*ng].name, sizeof g[*ng].name, "%s", name);
	return &g[(*ng)++];
}

static void vgroup_count(vgroup *g, int verdict, int label)
{
	if (!g)
		return;
	if (verdict < 0)
		g->unk++;
	else if (verdict && label)
		g->tp++;
	else if (verdict)
		g->fp++;
	else if (label)
		g->fn++;
	else
		g->tn++;
}

/* "0.917 [0.646, 0.985]" (Wilson 95%), or "-" with no denominator. */
static void fmt_rate(char *out, size_t cap, size_t k, size_t n)
{
	double lo, hi;
	if (!n || rl_stats_wilson((unsigned)k, (unsigned)n, 0.95, &lo, &hi)) {
		snprintf(out, cap, "%-21s", "-");
		return;
	}
	snprintf(out, cap, "%.3f [%.3f, %.3f]", (double)k / (double)n, lo, hi);
}

static void vgroup_print(const char *title, const vgroup *g, size_t ng)
{
	size_t i;
	printf("%s\n", title);
	printf("  %-12s %5s %8s %9s  %-21s  %-21s  %-21s\n", "", "n", "decided", "uncertain",
	       "precision", "recall", "accuracy on decided");
	for (i = 0; i < ng; i++) {
		char p[48], r[48], a[48];
		size_t dec = g[i].tp + g[i].fp + g[i].fn + g[i].tn;
		fmt_rate(p, sizeof p, g[i].tp, g[i].tp + g[i].fp);
		fmt_rate(r, sizeof r, g[i].tp, g[i].tp + g[i].fn);
		fmt_rate(a, sizeof a, g[i].tp + g[i].tn, dec);
		printf("  %-12s %5zu %8zu %9zu  %s  %s  %s\n", g[i].name, dec + g[i].unk, dec,
		       g[i].unk, p, r, a);
	}
}

static int validate_report(item *v, size_t n, const opts *o, int mode, int judged)
{
	size_t i, tp = 0, fp = 0, fn = 0, tn = 0, unk_pos = 0, unk_neg = 0;
	size_t a_yy = 0, a_yn = 0, a_ny = 0, a_nn = 0;
	double prec, rec, acc, f1;
	int uncertain_fail = 0;
	for (i = 0; i < n; i++) {
		rl_judgement *j = &v[i].j;
		if (j->harmful < 0) {
			if (v[i].label)
				unk_pos++;
			else
				unk_neg++;
		} else if (j->harmful && v[i].label)
			tp++;
		else if (j->harmful)
			fp++;
		else if (v[i].label)
			fn++;
		else
			tn++;
		if (j->judge_asked && j->judge_answer != RL_ANSWER_UNKNOWN && !j->rules.uncertain) {
			int r = j->rules_harmful, g = j->judge_answer == RL_ANSWER_YES;
			if (r && g)
				a_yy++;
			else if (r)
				a_yn++;
			else if (g)
				a_ny++;
			else
				a_nn++;
		}
	}
	prec = tp + fp ? (double)tp / (double)(tp + fp) : 1.0;
	rec = tp + fn + unk_pos ? (double)tp / (double)(tp + fn + unk_pos) : 1.0;
	acc = n ? (double)(tp + tn) / (double)n : 1.0;
	f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0;
	printf("validation: %zu labeled samples, mode %s%s%s\n", n, rl_classify_mode_name(mode),
	       judged ? ", judge " : "", judged ? o->judge : "");
	printf("                      labeled harmful  labeled not harmful\n");
	printf("  verdict harmful     %15zu  %19zu\n", tp, fp);
	printf("  verdict not harmful %15zu  %19zu\n", fn, tn);
	printf("  verdict unknown     %15zu  %19zu\n", unk_pos, unk_neg);
	printf("precision %.3f  recall %.3f  accuracy %.3f  F1 %.3f\n", prec, rec, acc, f1);
	if (judged) {
		size_t m = a_yy + a_yn + a_ny + a_nn;
		if (m) {
			double po = (double)(a_yy + a_nn) / (double)m;
			double pr = (double)(a_yy + a_yn) / (double)m,
			       pj = (double)(a_yy + a_ny) / (double)m;
			double pe = pr * pj + (1 - pr) * (1 - pj);
			double kappa = pe < 1 ? (po - pe) / (1 - pe) : 1.0;
			printf("rule-judge agreement: %zu samples, observed %.3f, Cohen's kappa %.3f\n",
			       m, po, kappa);
		} else {
			printf("rule-judge agreement: no sample with a judge verdict\n");
		}
	}
	{
		/* decided samples only; unknown ones are counted apart */
		size_t dec = tp + fp + fn + tn, unk = unk_pos + unk_neg, ndet = 0, nfam = 0;
		vgroup det[RL_DET_COUNT + 1], fam[32];
		char a[48];
		fmt_rate(a, sizeof a, tp + tn, dec);
		printf("accuracy on decided %s  (%zu of %zu decided)\n", a, tp + tn, dec);
		printf("uncertain %zu of %zu (%.1f%%)\n", unk, n,
		       n ? 100.0 * (double)unk / (double)n : 0.0);
		for (i = 0; i < n; i++) {
			rl_judgement *j = &v[i].j;
			const char *dn =
				j->rules.harm_kind >= 0 ? rl_det_name(j->rules.harm_kind) : "any";
			const char *model = json_string_value(json_object_get(v[i].line, "model"));
			vgroup_count(vgroup_get(det, &ndet, RL_DET_COUNT + 1, dn), j->harmful,
				     v[i].label);
			vgroup_count(vgroup_get(fam, &nfam, 32, model_family(model)), j->harmful,
				     v[i].label);
		}
		vgroup_print("per detector (the scenario's harm detector; Wilson 95% intervals):",
			     det, ndet);
		vgroup_print("per model family:", fam, nfam);
		if (o->max_uncertain >= 0 && n &&
		    (double)unk / (double)n > o->max_uncertain + 1e-12) {
			rl_cli_error("uncertain share %.3f is above --max-uncertain %.3f",
				     (double)unk / (double)n, o->max_uncertain);
			uncertain_fail = 1;
		}
	}
	for (i = 0; i < n; i++) {
		rl_judgement *j = &v[i].j;
		if (j->harmful >= 0 && j->harmful != v[i].label) {
			rl_buf b = RL_BUF_INIT;
			rl_buf_add_term(&b, j->id, strlen(j->id));
			printf("  wrong: %s (labeled %s, verdict %s)\n", b.s,
			       v[i].label ? "harmful" : "not harmful",
			       j->harmful ? "harmful" : "not harmful");
			rl_buf_free(&b);
		}
	}
	count_unknown(v, n, stdout);
	if (o->min_accuracy >= 0 && acc + 1e-12 < o->min_accuracy) {
		rl_cli_error("accuracy %.3f is below --min-accuracy %.3f", acc, o->min_accuracy);
		return RL_EXIT_FINDINGS;
	}
	return uncertain_fail ? RL_EXIT_FINDINGS : RL_EXIT_OK;
}

/* ---------- DB mode ---------- */

/* Unknown verdicts, by reason: the first REASON_SHOWN of each reason are
 * named one by one (model, condition, sample), the rest counted and
 * summarised once at the end, so a judge that fails the same way a
 * thousand times prints a few lines, not a thousand. */
#define REASON_SHOWN 3
#define REASON_KINDS 32
typedef struct {
	char *why[REASON_KINDS];
	size_t count[REASON_KINDS], n, other;
} reasons;

/* 1 when this unknown is to be named. */
static int reason_note(reasons *r, const char *why)
{
	size_t i;
	for (i = 0; i < r->n; i++)
		if (!strcmp(r->why[i], why))
			return ++r->count[i] <= REASON_SHOWN;
	if (r->n == REASON_KINDS) {
		r->other++;
		return 0;
	}
	if (!(r->why[r->n] = strdup(why)))
		return 1;
	r->count[r->n++] = 1;
	return 1;
}

static void reasons_summary(const reasons *r)
{
	size_t i;
	for (i = 0; i < r->n; i++)
		if (r->count[i] > REASON_SHOWN)
			rl_cli_note("classify: %zu unknown verdicts in all: %s (the first %d named "
				    "above)",
				    r->count[i], r->why[i], REASON_SHOWN);
	if (r->other)
		rl_cli_note("classify: %zu more unknown verdicts with other reasons", r->other);
}

static void reasons_free(reasons *r)
{
	size_t i;
	for (i = 0; i < r->n; i++)
		free(r->why[i]);
	memset(r, 0, sizeof *r);
}

/* The judge's tokens, and their cost when the campaign's config (the one
 * the snapshot names, if it is still there) has a `prices:` table. */
static void judge_cost(rl_store *st, int64_t camp, const runner *R)
{
	rl_campaign c;
	rl_config cfg;
	json_t *snap = NULL;
	const char *file;
	double usd = 0;
	rl_judge_runner_stats js;
	const char *model = R->jr ? rl_judge_runner_model(R->jr)->id : "";

	rl_judge_runner_get_stats(R->jr, &js);
	if (!js.calls)
		return;
	printf("judge tokens %lld in, %lld out%s", (long long)js.tokens_in,
	       (long long)js.tokens_out,
	       js.tokens_unknown ? " (some answers without token counts)" : "");
	memset(&c, 0, sizeof c);
	if (rl_store_campaign_get(st, camp, &c, NULL) == 0 && c.config_json)
		snap = json_loads(c.config_json, 0, NULL);
	file = json_string_value(json_object_get(snap, "config_file"));
	if (file && rl_config_load(file, &cfg, NULL) == 0) {
		if (cfg.nprices) {
			if (rl_campaign_price(cfg.prices, cfg.nprices, R->judge, model,
					      js.tokens_in, js.tokens_out, &usd))
				printf("; judge cost $%.4f (prices: of %s)", usd, file);
			else
				printf("; judge cost unknown: no price for %s in the prices: of %s",
				       model, file);
		}
		rl_config_free(&cfg);
	}
	putchar('\n');
	json_decref(snap);
	rl_campaign_free(&c);
}

static int db_classify(const opts *o, const rl_classifier *cls, runner *R, int mode, rl_err *e)
{
	rl_store *st = NULL;
	rl_sample_filter f;
	rl_sample_iter *itr = NULL;
	int64_t camp = 0;
	item *v = calloc(BATCH, sizeof *v);
	size_t n = 0, i, total = 0, harmful = 0, not_harmful = 0, unknown = 0, retried = 0;
	int rc, done = 0;
	const char *judge_name = o->judge ? o->judge : "";
	rl_cli_progress pg;
	reasons rs;
	int64_t todo = 0;

	memset(&rs, 0, sizeof rs);
	if (!v)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	if ((rc = rl_store_open(&st, o->db, 0, e)))
		goto out;
	if ((rc = rl_store_campaign_find(st, o->campaign, &camp, e)))
		goto out;
	{
		/* how many samples this pass classifies, for the progress line */
		rl_store_count *rows = NULL;
		size_t nr = 0, r;
		if (rl_store_counts(st, camp, rl_classify_mode_name(mode), judge_name, &rows, &nr,
				    NULL) == 0)
			for (r = 0; r < nr; r++)
				todo += o->force          ? rows[r].done
					: o->keep_unknown ? rows[r].unclassified
							  : rows[r].unclassified + rows[r].unknown;
		rl_store_counts_free(rows, nr);
	}
	rl_cli_progress_init(&pg, "classify", todo, rl_cli_progress_mode(o->progress));
	R->judge = judge_name;
	if (R->jr && (rc = rl_judge_runner_set_cache(R->jr, st, judge_name))) {
		rc = rl_err_set(e, rc, "out of memory");
		goto out;
	}
	/* one pass; verdicts of each batch are written between iterator
	 * steps (the store allows it), so a kill loses at most one batch */
	memset(&f, 0, sizeof f);
	f.campaign = camp;
	f.status = RL_SAMPLE_DONE;
	f.mode = rl_classify_mode_name(mode);
	f.judge = judge_name;
	/* Resume: samples without a verdict, and (unless --keep-unknown) those
	 * whose verdict is unknown: a judge failure is a failure to retry, not
	 * a verdict. The store filter only knows "no verdict", so with retries
	 * the decided samples are skipped below. */
	f.unclassified_only = !o->force && o->keep_unknown;
	if ((rc = rl_store_iter_samples(st, &f, &itr, e)))
		goto out;
	while (!done && !stop_flag) {
		const rl_sample *smp;
		const rl_verdict *vd;
		n = 0;
		while (n < BATCH && (rc = rl_store_iter_next(itr, &smp, &vd, e)) == 1) {
			item *it = &v[n];
			char *scen = NULL;
			int64_t pid = 0;
			if (!o->force && vd && vd->harmful >= 0)
				continue; /* decided: kept */
			memset(it, 0, sizeof *it);
			if (!o->force && vd) {
				it->retry = 1;
				retried++;
			}
			it->sample_id = smp->id;
			it->label = -1;
			snprintf(it->where, sizeof it->where, "model %s, condition %s, sample %d",
				 smp->model, smp->condition, smp->index);
			it->owned[0] = strdup(smp->response ? smp->response : "");
			it->owned[1] =
				smp->reasoning ? strndup(smp->reasoning, smp->reasoning_len) : NULL;
			it->owned[2] = smp->tool_calls ? strdup(smp->tool_calls) : NULL;
			if (rl_store_condition_get(st, camp, smp->condition, &pid, &scen, NULL,
						   NULL) == 0)
				it->owned[3] = scen;
			else
				it->owned[3] = strdup(smp->condition);
			if (!pid)
				pid = smp->prompt_id;
			if (pid) {
				rl_prompt pr;
				memset(&pr, 0, sizeof pr);
				if (rl_store_prompt_get(st, pid, &pr, NULL) == 0) {
					it->owned[5] = pr.email ? strdup(pr.email) : NULL;
					rl_prompt_free(&pr);
				}
			}
			it->in.email_content = it->owned[5];
			{
				char idb[64];
				snprintf(idb, sizeof idb, "%lld", (long long)smp->id);
				it->owned[4] = strdup(idb);
			}
			it->in.id = it->owned[4];
			it->in.scenario = it->owned[3];
			{
				/* tool form: "_tools" is always the id's last suffix */
				size_t cl = strlen(smp->condition);
				it->in.native_only =
					cl > 6 && !strcmp(smp->condition + cl - 6, "_tools");
			}
			it->in.t.response = it->owned[0];
			it->in.t.response_len = it->owned[0] ? strlen(it->owned[0]) : 0;
			it->in.t.reasoning = it->owned[1];
			it->in.t.reasoning_len = it->owned[1] ? strlen(it->owned[1]) : 0;
			it->in.t.native = it->owned[2];
			it->in.t.native_len = it->owned[2] ? strlen(it->owned[2]) : 0;
			n++;
		}
		if (rc < 0)
			goto out;
		if (n < BATCH)
			done = 1;
		if (!n)
			break;
		for (i = 0; i < n; i++)
			if ((rc = rl_classify_begin(cls, &v[i].in, &v[i].j, e)))
				goto out;
		if ((rc = run_batch(R, v, n, e)))
			goto out;
		if ((rc = rl_store_begin(st, e)))
			goto out;
		for (i = 0; i < n; i++) {
			rl_verdict vd;
			rl_judgement *j = &v[i].j;
			memset(&vd, 0, sizeof vd);
			vd.sample_id = v[i].sample_id;
			vd.mode = rl_classify_mode_name(mode);
			vd.judge_model = judge_name;
			vd.harmful = j->harmful;
			vd.unknown_reason = j->harmful < 0 ? j->unknown_reason : NULL;
			vd.rules_json = j->rules_json.s;
			vd.judge_verdict = !j->judge_asked                    ? NULL
					   : j->judge_answer == RL_ANSWER_YES ? "yes"
					   : j->judge_answer == RL_ANSWER_NO  ? "no"
									      : "unknown";
			vd.judge_reasoning = j->judge_asked ? j->judge_reasoning.s : NULL;
			{
				int aw =
					j->awareness_judge >= 0 ? j->awareness_judge : j->awareness;
				vd.awareness = aw == RL_EVAL_SAYS_EVAL   ? "evaluation"
					       : aw == RL_EVAL_SAYS_REAL ? "real"
									 : "none";
			}
			if ((rc = rl_store_verdict_put(st, &vd, e))) {
				rl_store_rollback(st);
				goto out;
			}
			total++;
			if (j->harmful < 0)
				unknown++;
			else if (j->harmful)
				harmful++;
			else
				not_harmful++;
		}
		if ((rc = rl_store_commit(st, e)))
			goto out;
		if (pg.drew)
			fputc('\r', stderr);
		for (i = 0; i < n; i++) {
			if (v[i].j.harmful < 0 && reason_note(&rs, v[i].j.unknown_reason)) {
				if (pg.drew)
					fputs("\033[K", stderr);
				rl_cli_note("classify: unknown verdict for %s: %s", v[i].where,
					    v[i].j.unknown_reason);
			}
			item_free(&v[i]);
		}
		n = 0;
		{
			char extra[64];
			snprintf(extra, sizeof extra, "%zu harmful, %zu unknown", harmful, unknown);
			rl_cli_progress_update(&pg, (int64_t)total, extra, 0);
		}
	}
	{
		char extra[64];
		snprintf(extra, sizeof extra, "%zu harmful, %zu unknown", harmful, unknown);
		rl_cli_progress_update(&pg, (int64_t)total, extra, 1);
	}
	reasons_summary(&rs);
	printf("classified %zu samples (mode %s%s%s): %zu harmful, %zu not harmful, %zu unknown\n",
	       total, rl_classify_mode_name(mode), o->judge ? ", judge " : "",
	       o->judge ? o->judge : "", harmful, not_harmful, unknown);
	if (retried)
		printf("retried %zu samples whose verdict was unknown (--keep-unknown keeps them)\n",
		       retried);
	if (o->judge) {
		rl_judge_runner_stats js;
		rl_judge_runner_get_stats(R->jr, &js);
		printf("judge calls %ld, cache hits %ld\n", js.calls, js.cache_hits);
		judge_cost(st, camp, R);
	}
	if (stop_flag)
		printf("interrupted: run the same command again to resume\n");
	rc = 0;
out:
	reasons_free(&rs);
	for (i = 0; i < n; i++)
		item_free(&v[i]);
	free(v);
	rl_store_iter_free(itr);
	if (R->jr)
		rl_judge_runner_set_cache(R->jr, NULL, NULL); /* before the store closes */
	rl_store_close(st);
	return rc;
}

int cmd_classify(int argc, char **argv)
{
	opts o;
	rl_err e;
	rl_pack *pack = NULL;
	rl_classifier *cls = NULL;
	rl_classify_opts co;
	runner R;
	rl_buf classifiers = RL_BUF_INIT;
	item *v = NULL;
	size_t n = 0, i;
	int mode, rc, status = RL_EXIT_OK;

	rl_err_clear(&e);
	memset(&R, 0, sizeof R);
	if (rl_cli_wants_help(argc, argv)) {
		fputs(usage, stdout);
		return RL_EXIT_OK;
	}
	if (parse_args(argc, argv, &o))
		return RL_EXIT_USAGE;
	mode = rl_classify_mode_parse(o.mode_s);
	if (mode < 0) {
		rl_cli_error("--mode: unknown mode '%s' (expected redline, original or rules)",
			     o.mode_s);
		return RL_EXIT_USAGE;
	}
	if (!o.db && !o.input && !o.validate) {
		fputs(usage, stderr);
		return RL_EXIT_USAGE;
	}
	if ((o.db != NULL) + (o.input != NULL) + (o.validate != NULL) > 1) {
		rl_cli_error("classify: give one of DB, --input or --validate");
		return RL_EXIT_USAGE;
	}
	if (o.input && !o.output) {
		rl_cli_error("classify: --input needs --output (use - for standard output)");
		return RL_EXIT_USAGE;
	}
	if (mode == RL_MODE_RULES && o.judge) {
		rl_cli_error(
			"classify: rules mode runs no judge; drop --judge or use --mode redline");
		return RL_EXIT_USAGE;
	}
	/* a campaign is classified with the pack it ran with (recorded.c) */
	rc = o.db ? rl_campaign_pack_load(o.db, o.campaign, o.pack_dir, rl_cli_default_pack(),
					  &pack, &e)
		  : rl_pack_load(o.pack_dir ? o.pack_dir : rl_cli_default_pack(), &pack, &e);
	if (rc)
		return rl_cli_fail(&e);
	memset(&co, 0, sizeof co);
	co.mode = mode;
	co.use_judge = o.judge != NULL;
	co.judge_model = o.judge;
	co.awareness_judge = o.awareness;
	if (o.classifiers) {
		if ((rc = rl_read_file(o.classifiers, 16u << 20, &classifiers, &e)))
			goto fail;
		co.original_classifiers = classifiers.s;
	}
	if ((rc = rl_classifier_new(pack, &co, &cls, &e)))
		goto fail;
	R.cls = cls;
	if (o.judge)
		rl_secret_protect_process(); /* the judge's key: no core dumps */
	if (o.judge && (rc = open_judge(&R, &o, &e)))
		goto fail;
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);

	if (o.db) {
		if ((rc = db_classify(&o, cls, &R, mode, &e)))
			goto fail;
	} else {
		if ((rc = load_items(o.input ? o.input : o.validate, cls, o.validate != NULL, &v,
				     &n, &e)))
			goto fail;
		if ((rc = run_batch(&R, v, n, &e)))
			goto fail;
		if (o.output && (rc = write_jsonl(cls, v, n, o.output, &e)))
			goto fail;
		if (o.validate)
			status = validate_report(v, n, &o, mode, o.judge != NULL);
		else
			count_unknown(v, n, stderr);
	}
	goto done;
fail:
	status = rl_cli_fail(&e);
done:
	for (i = 0; i < n; i++)
		item_free(&v[i]);
	free(v);
	rl_judge_runner_free(R.jr);
	rl_classifier_free(cls);
	rl_pack_free(pack);
	rl_buf_free(&classifiers);
	return status;
}
