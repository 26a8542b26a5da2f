/* rewrite.c: a guard verdict applied to a decoded response (rl_response),
 * for every wire alike: blocked calls leave the native call array, blocked
 * text is replaced by the guard's note, redacted spans become
 * [REDACTED], and the finish reason stops saying "tool calls" when none
 * are left. The result is rendered by the wire's renderer, so it is
 * well-formed by construction (the guard's in-place rewrite of Chat
 * Completions and Messages bodies, guard/wire.c, keeps unknown members;
 * this one is what the Responses API and the fake provider use). */
#include "codec/codec.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "redline/guard.h"

static int note(rl_buf *notes, const rl_guard_item *it, const char *what)
{
	return rl_buf_addf(
		notes, "%s[redline guard] %s %s: %s (rule %s).", notes->len ? "\n" : "", what,
		it->action == RL_GUARD_HOLD ? "was held for approval and denied" : "was blocked",
		it->reason, it->rule);
}

/* Replace [s, e) of *t with [REDACTED]; spans past the end are refused. */
static int redact(char **t, size_t *n, size_t s, size_t e)
{
	rl_buf b = RL_BUF_INIT;
	if (!*t || s > e || e > *n)
		return RL_EINVAL;
	if (rl_buf_add(&b, *t, s) || rl_buf_adds(&b, "[REDACTED]") ||
	    rl_buf_add(&b, *t + e, *n - e)) {
		rl_buf_free(&b);
		return RL_ENOMEM;
	}
	free(*t);
	*t = rl_buf_detach(&b, n);
	return 0;
}

int rl_codec_rewrite(rl_response *r, const rl_guard_verdict *v, int deny_holds, rl_err *e)
{
	json_t *calls = NULL, *kept = NULL;
	rl_buf notes = RL_BUF_INIT;
	char *drop = NULL;
	size_t ncalls = 0, i;
	int block_text = 0, block_reasoning = 0, rc = 0;

	if (r->tool_calls && r->tool_calls_len) {
		calls = json_loadb(r->tool_calls, r->tool_calls_len, 0, NULL);
		if (!json_is_array(calls)) {
			json_decref(calls);
			return rl_err_set(e, RL_EPROTO, "rewrite: the tool calls are not an array");
		}
		ncalls = json_array_size(calls);
	}
	if (!(drop = calloc(ncalls + 1, 1))) {
		json_decref(calls);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	/* spans first, in reverse order of start, so earlier offsets hold */
	for (i = v->nitems; i-- > 0 && !rc;) {
		const rl_guard_item *it = &v->items[i];
		if (it->action != RL_GUARD_REDACT)
			continue;
		if (it->call == RL_GUARD_PART_CONTENT)
			rc = redact(&r->text, &r->text_len, it->start, it->end) == RL_ENOMEM
				     ? RL_ENOMEM
				     : 0;
		else if (it->call == RL_GUARD_PART_REASONING)
			rc = redact(&r->reasoning, &r->reasoning_len, it->start, it->end) ==
					     RL_ENOMEM
				     ? RL_ENOMEM
				     : 0;
		else if (it->call >= 0 && (size_t)it->call < ncalls)
			drop[it->call] = 2; /* a call's span: dropped below (fail closed) */
	}
	for (i = 0; i < v->nitems && !rc; i++) {
		const rl_guard_item *it = &v->items[i];
		int stop =
			it->action == RL_GUARD_BLOCK || (deny_holds && it->action == RL_GUARD_HOLD);
		char what[128];
		if (it->call >= 0 && (size_t)it->call < ncalls) {
			const char *name =
				rl_json_str(json_array_get(calls, (size_t)it->call), "name");
			json_t *fn = json_object_get(json_array_get(calls, (size_t)it->call),
						     "function");
			if (!name)
				name = rl_json_str(fn, "name");
			if (!name)
				name = rl_json_str(
					json_object_get(json_array_get(calls, (size_t)it->call),
							"functionCall"),
					"name");
			snprintf(what, sizeof what, "The tool call `%.64s`", name ? name : "?");
			if ((stop || drop[it->call] == 2) && drop[it->call] != 1) {
				drop[it->call] = 1;
				rc = note(&notes, it, what);
			}
		} else if (it->call == RL_GUARD_PART_CONTENT && stop && !block_text) {
			block_text = 1;
			rc = note(&notes, it, "The answer text");
		} else if (it->call == RL_GUARD_PART_REASONING && stop) {
			block_reasoning = 1;
		}
	}
	if (rc)
		goto out;
	if (ncalls) {
		if (!(kept = json_array())) {
			rc = RL_ENOMEM;
			goto out;
		}
		for (i = 0; i < ncalls; i++)
			if (!drop[i] && json_array_append(kept, json_array_get(calls, i))) {
				rc = RL_ENOMEM;
				goto out;
			}
		free(r->tool_calls);
		r->tool_calls = NULL;
		r->tool_calls_len = 0;
		if (json_array_size(kept) &&
		    (rc = rl_resp_set_json(&r->tool_calls, &r->tool_calls_len, kept)))
			goto out;
		if (!json_array_size(kept) && r->finish == RL_FINISH_TOOL)
			r->finish = RL_FINISH_STOP;
	}
	if (block_text) {
		free(r->text);
		r->text = NULL;
		r->text_len = 0;
	}
	if (block_reasoning) {
		static const char w[] = "[reasoning withheld by redline guard]";
		if ((rc = rl_resp_set(&r->reasoning, &r->reasoning_len, w, sizeof w - 1)))
			goto out;
	}
	if (notes.len) {
		if (r->text_len && (rc = rl_resp_append(&r->text, &r->text_len, "\n\n", 2)))
			goto out;
		rc = rl_resp_append(&r->text, &r->text_len, notes.s, notes.len);
	} else if (!r->text) {
		rc = rl_resp_set(&r->text, &r->text_len, "", 0);
	}
out:
	free(drop);
	json_decref(calls);
	json_decref(kept);
	rl_buf_free(&notes);
	return rc ? rl_err_set(e, rc, "rewriting the response failed") : 0;
}
