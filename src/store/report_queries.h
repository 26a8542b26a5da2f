/* store/report_queries.h: read-only queries for `redline report` and
 * `redline defend` that the public store API (redline/store.h) does not
 * cover. Internal: only src/report and src/defense use them. */
#ifndef RL_STORE_REPORT_QUERIES_H
#define RL_STORE_REPORT_QUERIES_H

#include <stdint.h>

#include "redline/err.h"
#include "redline/store.h"

/* Call fn for each (mode, judge model) that has verdicts in `campaign` (0:
 * all), most recently written first (then most verdicts first), with their
 * count and the time of the newest; a non-zero return stops. judge is ""
 * when no judge was used. 0 or RL_EDB. */
int rl_store_verdict_kinds(rl_store *s, int64_t campaign,
			   int (*fn)(void *ud, const char *mode, const char *judge, int64_t n,
				     int64_t last_ms),
			   void *ud, rl_err *e);

/* Call fn for each (model spec, model id the provider reported) among the
 * finished samples of `campaign`, with how many samples reported it; a
 * model's ids come most used first, and `reported` is NULL for samples that
 * recorded none (older databases, providers that do not say). A non-zero
 * return stops. 0 or RL_EDB. */
int rl_store_model_versions(rl_store *s, int64_t campaign,
			    int (*fn)(void *ud, const char *model, const char *reported, int64_t n),
			    void *ud, rl_err *e);

/* The verdict kind `redline report`, `redline defend` and `redline export`
 * read: among the kinds matching want_mode / want_judge (NULL: any), the
 * most recent classification (the kind whose newest verdict is newest;
 * more verdicts, then "redline", break ties). A judge matches with or
 * without its "@URL" ("openai:gpt-4o" selects "openai:gpt-4o@http://...").
 * When the campaign has no verdicts at all: the wanted kind (or "redline",
 * no judge), found = 0, and every sample reads unknown. When it has some
 * but none match what was asked: RL_EINVAL, the message naming the mode
 * or judge asked for and listing the kinds that exist. A mode that is not
 * one of redline, original, rules is RL_EINVAL too. kinds counts the
 * matching kinds. */
typedef struct rl_verdict_kind {
	char mode[128], judge[256];
	int64_t n, last_ms;
	int found, kinds;
} rl_verdict_kind;
int rl_store_verdict_kind_pick(rl_store *s, int64_t campaign, const char *want_mode,
			       const char *want_judge, rl_verdict_kind *out, rl_err *e);

#endif
