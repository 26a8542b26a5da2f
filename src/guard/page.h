/* guard/page.h: the approval page, rendered from hold records alone, so
 * that a person can decide from the page without opening anything else:
 * per pending hold, the context that led to the action (the conversation's
 * last messages, or the MCP session's recent tool traffic), the action
 * with the evidence highlighted, the rule, its severity and description,
 * a live countdown to the deadline; and below, the history of decided
 * holds with who decided and their note.
 *
 * The page is self-contained (inline style and two inline scripts under a
 * CSP nonce, no fetches) and every field from a record is HTML-escaped:
 * model text, tool arguments, agent names and notes are all hostile.
 * Approve and deny are POST forms carrying the session's CSRF token; the
 * page never holds the API token.
 *
 * A hold's `summary` (store/holds.h) is a JSON array of held items:
 *   {"tool": ..., "args": "<arguments JSON or answer text>", "rule": ...,
 *    "reason": ..., "severity": "high",
 *    "evidence": [{"field": "to" | null, "start": 0, "end": 5}],
 *    "context": [{"role": "user", "text": ...}, ...]}
 * Only tool, args, rule and reason are required; evidence offsets are
 * bytes in the named argument's string value (field) or in args itself
 * (field null). */
#ifndef RL_GUARD_PAGE_H
#define RL_GUARD_PAGE_H

#include <stdint.h>

#include "redline/buf.h"
#include "store/holds.h"

typedef struct ap_opts {
	const char *csrf;   /* the session's CSRF token, in every form */
	const char *nonce;  /* CSP nonce of the page's two scripts */
	int64_t now_ms;     /* wall clock, for the countdown's first text */
	unsigned refresh_s; /* reload period while nobody types (0: 20) */
} ap_opts;

/* Append the page for `pending` and `decided` holds to `out`. */
int ap_render(const rl_hold_rec *pending, size_t np, const rl_hold_rec *decided, size_t nd,
	      const ap_opts *o, rl_buf *out);

/* The Content-Security-Policy value to send with a page rendered with
 * `nonce`: nothing may load, scripts only with the nonce, forms only to
 * the guard itself. */
int ap_csp(const char *nonce, char *out, size_t n);

#endif
