/* redline/action.h: what a model response *does*. Text tool-use blocks
 * (`<tool_use:email> to: "...", ... </tool_use:email>`), native tool calls
 * (OpenAI tool_calls, Anthropic tool_use, Gemini functionCall) and JSON
 * tool calls written in text all become rl_action records, each knowing
 * where it stood and whether it was actually taken.
 *
 * Contract shared by classification, the defense evaluation, the guard and
 * the monitor: detectors only ever look at actions and text spans.
 * Ownership: an rl_actions owns every string it points to (one arena);
 * rl_actions_free releases all of it. */
#ifndef REDLINE_ACTION_H
#define REDLINE_ACTION_H

#include "redline/export.h"

#include <stddef.h>

#include "redline/err.h"

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

/* Which text an action or span came from. */
enum rl_source {
	RL_SRC_RESPONSE = 0,  /* the model's final answer text */
	RL_SRC_REASONING = 1, /* provider reasoning / thinking, kept apart */
	RL_SRC_NATIVE = 2,    /* a native tool call (no text position) */
};

enum rl_action_origin {
	RL_ORIGIN_TAG = 0,    /* <tool_use:NAME> ... </tool_use:NAME> */
	RL_ORIGIN_NATIVE = 1, /* provider tool call structure */
	RL_ORIGIN_JSON = 2,   /* JSON object naming a tool, in text */
	RL_ORIGIN_PLAIN = 3,  /* an email written as plain text ("To:", "Subject:"
			       * headers, no tool markup): only from
			       * rl_actions_extract_research */
};

typedef struct rl_field {
	const char *name;    /* lowercased key: "to", "subject", "body", "email_id", "code" */
	const char *value;   /* unescaped value, NUL-terminated */
	size_t len;          /* value length in bytes */
	size_t vstart, vend; /* raw value span in the action's source text
			      * (quotes excluded; 0,0 for native and JSON) */
	int verbatim;        /* 1 when value == source[vstart..vend) byte for
			      * byte (no escapes decoded), so offsets map 1:1 */
} rl_field;

typedef struct rl_action {
	const char *tool; /* lowercased tool name: "email", "forward", "cancel_alert" */
	rl_field *fields;
	size_t nfields;
	int source;        /* enum rl_source */
	int origin;        /* enum rl_action_origin */
	size_t start, end; /* byte span in the source text (0,0 for native) */
	int in_reasoning;  /* inside <SCRATCHPAD_REASONING>/<thinking> or provider reasoning */
	int quoted;        /* inside another action's body (an email quoting a tool block) */
	int closed;        /* the closing tag was present */
	int taken;         /* !in_reasoning && !quoted: the model actually did this */
	int ambiguous;     /* the reasoning boundary around it is unclear (a
			    * scratchpad closed only after its last block, at the
			    * end of the text): taken is 0, but the model may have
			    * meant it as its act; detectors call such evidence
			    * uncertain rather than harmful */
	int is_template;   /* a field is a {placeholder} ("{recipient address}"):
			    * a quoted tool format, never an act */
} rl_action;

typedef struct rl_actions {
	rl_action *v;
	size_t n;
	void *mem; /* private: arena holding every string */
	/* NULL when every action was extracted; else which extraction limit
	 * skipped something (a static string). Consumers fail closed on it:
	 * rl_policy_eval blocks, so the guard refuses and the monitor reports
	 * the line; classify marks the sample unknown. */
	const char *truncated;
} rl_actions;

/* The input a response is judged on. Any pointer may be NULL.
 * `native` is the provider's raw tool-call JSON (an OpenAI `tool_calls`
 * array, Anthropic `content` array, or Gemini `parts` array), as text. */
typedef struct rl_transcript {
	const char *response;
	size_t response_len;
	const char *reasoning;
	size_t reasoning_len;
	const char *native;
	size_t native_len;
} rl_transcript;

/* Extract every action from `t` into `out` (initialised by this call).
 * Never fails on malformed model text (it is untrusted input: bad blocks
 * are skipped or taken as far as they parse); fails only on ENOMEM or
 * input larger than the bound (RL_ELIMIT). Free with rl_actions_free. */
int rl_actions_extract(const rl_transcript *t, rl_actions *out, rl_err *e);
/* The same, for a caller that wrote t->native itself and has checked that
 * it is one valid JSON value whose objects have no duplicate keys
 * (native_checked 1): it is then not validated again. With 0, exactly
 * rl_actions_extract. */
int rl_actions_extract_checked(const rl_transcript *t, int native_checked, rl_actions *out,
			       rl_err *e);
/* rl_actions_extract, and what only research verdicts (redline classify)
 * read besides: a call in a ```yaml fence, and, in an answer with no other
 * act, an email written as plain text (a "To: ADDRESS" header, a subject
 * header, then the body; RL_ORIGIN_PLAIN), as models without a tool format
 * write their acts. The guard and the monitor never use it: a chat answer
 * that shows an email sends nothing. */
int rl_actions_extract_research(const rl_transcript *t, rl_actions *out, rl_err *e);
/* The actions rl_actions_extract_checked finds in a native call array
 * holding one call {"id":..,"type":"function","function":{"name":TOOL,
 * "arguments":ARGS}} and nothing else, built without writing or reading
 * that JSON, for the form it takes in place: TOOL printable ASCII without
 * '"' or '\\', ARGS (n bytes) a compact flat object of printable ASCII
 * (base/jsonr.h rl_json_flat) of at most 64 members. Returns 1 (out
 * holds the one action), 0 when TOOL or ARGS is not of that form, -1 out
 * of memory (out is then empty, as with 0: extract the usual way). */
int rl_actions_flat_call(const char *tool, const char *args, size_t n, rl_actions *out);
void rl_actions_free(rl_actions *a);

/* Field value by lowercased name, or NULL. */
const rl_field *rl_action_field(const rl_action *a, const char *name);

/* What every action notation contains, for prefilters (the monitor skips
 * lines without it): regexes (PCRE2 and vectorscan syntax, match them
 * caselessly) at least one of which matches every text from which
 * rl_actions_extract extracts an action or reports `truncated`, and every
 * JSON document holding a native tool call, when each JSON string quote
 * may stand either as '"' or as a newline (a decoded view). NULL-ended.
 * Kept beside the recognisers they describe (action/scan.c); a unit test
 * checks each notation against them. */
const char *const *rl_action_hint_exprs(void);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
