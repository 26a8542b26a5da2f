/* action/scan.h: tolerant recognisers for the tags models write around tool
 * calls and private reasoning. Internal to the action module (and shared
 * with detect for speed); each looks at one '<' and never reads past n. */
#ifndef RL_ACTION_SCAN_H
#define RL_ACTION_SCAN_H

#include <stddef.h>

typedef struct rl_tag {
	size_t end;              /* position just after '>' */
	int close;               /* 1 for a closing tag */
	size_t name;             /* tool name start (tool tags) */
	size_t name_len;         /* 0 when a closing tag names no tool */
	size_t attrs, attrs_end; /* attributes after the name (tool tags;
				  * equal when none): `<tool_use:forward
				  * email_id="2" to="x@y">` */
	int self_close;          /* `<tool_use:NAME k="v"/>`: the block is the tag */
} rl_tag;

/* `<tool_use:NAME>` / `</tool_use:NAME>` in any case, with spaces around
 * the parts, `tool-use`/`tool use`; closers may omit the name. An opener
 * may carry attributes (`<tool_use:email to="a@b" subject='x'>`, at most
 * 4 KiB of them) and close itself (`/>`). */
int rl_scan_tool_tag(const char *s, size_t n, size_t i, rl_tag *t);
/* One attribute `key="value"`, `key='value'` or `key=value` at s[i]
 * (after blanks), ending by lim: key [*ks, *ke), value [*vs, *ve) (quotes
 * excluded), *next after it. 0 when there is none. */
int rl_scan_attr(const char *s, size_t lim, size_t i, size_t *ks, size_t *ke, size_t *vs,
		 size_t *ve, size_t *next);
/* <SCRATCHPAD_REASONING>, <thinking>, <think>, <reasoning> and closers
 * `</...>`, `< / ...>`, `<END SCRATCHPAD_REASONING>`. */
int rl_scan_reasoning_tag(const char *s, size_t n, size_t i, rl_tag *t);
/* 1 if the object starting at s[i]=='{' names a tool within its first
 * bytes ("name", "tool", "function", "action" keys): worth a JSON parse. */
int rl_scan_json_hint(const char *s, size_t n, size_t i);

#endif
