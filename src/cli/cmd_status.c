/* cmd_status.c: `redline status DB`: how far a campaign has come, per
 * model x condition, read through the store API only. Safe to run while
 * `redline run` writes the same file (WAL readers never block writers). */
#include "cli/cli.h"

#include <getopt.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redline/buf.h"
#include "redline/campaign.h"
#include "redline/report.h"
#include "redline/store.h"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: redline status [--db] DB [--campaign EXPERIMENT_ID] [--json] [--errors]\n"
		"       redline status [--db] DB --manifest   the reproducibility manifest (JSON):\n"
		"         config and pack hashes, models and their sampling settings, prompt\n"
		"         hashes, every classification, tokens and cost per model x condition\n"
		"       redline status CONFIG.yaml   (its default database, as 'redline run')\n\n"
		"Summarize a campaign database: per model and condition, samples done,\n"
		"errors and tokens; the campaign's target; models set aside.\n"
		"--errors also lists each failed sample with its error (model, condition,\n"
		"sample, why), at most 50.\n"
		"Reads only; safe while 'redline run' is writing.\n");
}

struct aside_ctx {
	int n;
	int json;
	json_t *arr;
};

static int print_aside(void *ud, const char *model, const char *reason, int64_t at)
{
	struct aside_ctx *c = ud;
	(void)at;
	if (c->json) {
		json_array_append_new(c->arr, json_pack("{s:s, s:s}", "model", model, "reason",
							reason ? reason : ""));
	} else {
		rl_buf b = RL_BUF_INIT;
		if (!c->n)
			printf("\nmodels set aside (a later run tries them again):\n");
		rl_buf_adds(&b, "  ");
		rl_buf_add_term(&b, model, strlen(model));
		rl_buf_adds(&b, ": ");
		rl_buf_add_term(&b, reason ? reason : "", reason ? strlen(reason) : 0);
		printf("%s\n", b.s);
		rl_buf_free(&b);
	}
	c->n++;
	return 0;
}

/* The target the campaign's snapshot asks for: models x conditions x N. */
static void snapshot_target(const char *json, long long *per_cell, long long *total)
{
	json_t *j = json_loads(json ? json : "{}", 0, NULL);
	json_t *spc = j ? json_object_get(j, "samples_per_condition") : NULL;
	json_t *models = j ? json_object_get(j, "models") : NULL;
	json_t *conds = j ? json_object_get(j, "conditions") : NULL;

	*per_cell = json_is_integer(spc) ? (long long)json_integer_value(spc) : 0;
	*total = *per_cell * (long long)json_array_size(models) * (long long)json_array_size(conds);
	json_decref(j);
}

/* A config given where a database is expected: a YAML file name. */
/* Failed samples with their recorded error (model output never appears
 * here, but error text may quote a server: escaped for the terminal). */
static int print_errors(rl_store *s, int64_t camp, rl_err *e)
{
	rl_sample_filter f = {0};
	rl_sample_iter *it;
	const rl_sample *m;
	int r, n = 0;

	f.campaign = camp;
	f.status = RL_SAMPLE_ERROR;
	if (rl_store_iter_samples(s, &f, &it, e))
		return rl_cli_fail(e);
	printf("\nfailed samples (run again to retry them):\n");
	while ((r = rl_store_iter_next(it, &m, NULL, e)) == 1) {
		rl_buf b = RL_BUF_INIT;
		if (n++ == 50) {
			printf("  ...\n");
			break;
		}
		rl_buf_addf(&b, "  attempts %d: ", m->attempts);
		rl_buf_add_term(&b, m->error ? m->error : "", m->error ? strlen(m->error) : 0);
		printf("%s\n", b.s);
		rl_buf_free(&b);
	}
	rl_store_iter_free(it);
	return r < 0 ? rl_cli_fail(e) : 0;
}

int cmd_status(int argc, char **argv)
{
	static const struct option opts[] = {
		{"db", required_argument, NULL, 'd'},   {"campaign", required_argument, NULL, 'c'},
		{"json", no_argument, NULL, 'j'},       {"help", no_argument, NULL, 'h'},
		{"pack", required_argument, NULL, 'p'}, {"errors", no_argument, NULL, 'E'},
		{"manifest", no_argument, NULL, 'M'},   {NULL, 0, NULL, 0},
	};
	const char *db = NULL, *exp = NULL;
	int json = 0, o, rc = RL_EXIT_OK, list_errors = 0, manifest = 0;
	rl_store *s = NULL;
	rl_err e;
	int64_t camp;
	rl_campaign c = {0};
	rl_store_count *rows = NULL;
	size_t n = 0, i;
	long long done = 0, errors = 0, in_tok = 0, out_tok = 0, per_cell, target;
	struct aside_ctx ac = {0};
	char cfgdb[4096], cfgexp[512];

	rl_err_clear(&e);
	optind = 1;
	while ((o = rl_cli_getopt(argc, argv, "h", opts, "status")) != -1) {
		switch (o) {
		case 'd': db = optarg; break;
		case 'c': exp = optarg; break;
		case 'j': json = 1; break;
		case 'p': break; /* accepted like every campaign command; unused */
		case 'E': list_errors = 1; break;
		case 'M': manifest = 1; break;
		case 'h': usage(stdout); return RL_EXIT_OK;
		default: return RL_EXIT_USAGE; /* rl_cli_getopt said why */
		}
	}
	if (optind < argc && !db)
		db = argv[optind++];
	if (!db || optind < argc) {
		usage(stderr);
		return RL_EXIT_USAGE;
	}
	if (rl_cli_campaign_db(&db, &exp, cfgdb, sizeof cfgdb, cfgexp, sizeof cfgexp, &e))
		return rl_cli_fail(&e);
	if (manifest) {
		/* the reproducibility manifest alone, as JSON */
		rl_buf mb = RL_BUF_INIT;
		if (rl_report_manifest(db, exp, &mb, &e)) {
			rl_buf_free(&mb);
			return rl_cli_fail(&e);
		}
		puts(mb.s);
		rl_buf_free(&mb);
		return fflush(stdout) ? RL_EXIT_FAIL : RL_EXIT_OK;
	}
	if (rl_store_open(&s, db, RL_STORE_RDONLY, &e) ||
	    rl_store_campaign_find(s, exp, &camp, &e) || rl_store_campaign_get(s, camp, &c, &e) ||
	    rl_store_counts(s, camp, NULL, NULL, &rows, &n, &e)) {
		rc = rl_cli_fail(&e);
		goto out;
	}
	snapshot_target(c.config_json, &per_cell, &target);
	for (i = 0; i < n; i++) {
		done += rows[i].done;
		errors += rows[i].errors;
		in_tok += rows[i].input_tokens;
		out_tok += rows[i].output_tokens;
	}
	if (json) {
		json_t *root = json_object(), *arr = json_array();
		for (i = 0; i < n; i++)
			json_array_append_new(
				arr,
				json_pack("{s:s, s:s, s:I, s:I, s:I, s:I, s:I, s:I}", "model",
					  rows[i].model, "condition", rows[i].condition, "target",
					  (json_int_t)per_cell, "done", (json_int_t)rows[i].done,
					  "errors", (json_int_t)rows[i].errors, "input_tokens",
					  (json_int_t)rows[i].input_tokens, "output_tokens",
					  (json_int_t)rows[i].output_tokens, "mock",
					  (json_int_t)rows[i].mock));
		json_object_set_new(root, "experiment_id", json_string(c.experiment_id));
		json_object_set_new(root, "target", json_integer(target));
		json_object_set_new(root, "done", json_integer(done));
		json_object_set_new(root, "errors", json_integer(errors));
		json_object_set_new(root, "cells", arr);
		ac.json = 1;
		ac.arr = json_array();
		if (rl_store_model_aside_each(s, camp, print_aside, &ac, &e)) {
			json_decref(ac.arr);
			json_decref(root);
			rc = rl_cli_fail(&e);
			goto out;
		}
		json_object_set_new(root, "set_aside", ac.arr);
		json_dumpf(root, stdout, JSON_INDENT(2) | JSON_ENSURE_ASCII);
		putchar('\n');
		json_decref(root);
		goto out;
	}
	{
		rl_buf b = RL_BUF_INIT;
		rl_buf_adds(&b, "campaign ");
		rl_buf_add_term(&b, c.experiment_id, strlen(c.experiment_id));
		printf("%s (%s)\n", b.s, db);
		rl_buf_free(&b);
	}
	if (target > 0)
		printf("done %lld of %lld samples (%.1f%%), %lld with errors, %lld to go\n", done,
		       target, 100.0 * (double)done / (double)target, errors,
		       target > done ? target - done : 0);
	else
		printf("done %lld samples, %lld with errors\n", done, errors);
	printf("tokens: %lld in, %lld out\n\n", in_tok, out_tok);
	printf("%-28s %-48s %9s %6s\n", "model", "condition", "done", "errors");
	for (i = 0; i < n; i++) {
		rl_buf m = RL_BUF_INIT, k = RL_BUF_INIT;
		char frac[32];
		rl_buf_add_term(&m, rows[i].model, strlen(rows[i].model));
		rl_buf_add_term(&k, rows[i].condition, strlen(rows[i].condition));
		if (per_cell > 0)
			snprintf(frac, sizeof frac, "%lld/%lld", (long long)rows[i].done, per_cell);
		else
			snprintf(frac, sizeof frac, "%lld", (long long)rows[i].done);
		printf("%-28s %-48s %9s %6lld%s\n", m.s, k.s, frac, (long long)rows[i].errors,
		       rows[i].mock ? "  (mock)" : "");
		rl_buf_free(&m);
		rl_buf_free(&k);
	}
	if (rl_store_model_aside_each(s, camp, print_aside, &ac, &e)) {
		rc = rl_cli_fail(&e);
		goto out;
	}
	if (list_errors && errors > 0 && (rc = print_errors(s, camp, &e)))
		goto out;
out:
	rl_store_counts_free(rows, n);
	rl_campaign_free(&c);
	rl_store_close(s);
	return rc;
}
