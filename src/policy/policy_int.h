/* policy/policy_int.h: the compiled form of a policy, shared by the loader
 * (load.c), the evaluator (eval.c, recipient.c), the named detectors
 * (detectors.c) and the monitor's line prefilter. Internal: only
 * src/policy and src/monitor include it.
 *
 * Every text matcher (a rule's pattern, one keyword, a built-in detector
 * pattern, a sensitive entry) is one `pol_pat` with a PCRE2 program that is
 * the truth, and an entry in one vectorscan database (compiled in
 * prefilter mode, so it may over-report but never misses) that tells the
 * evaluator which PCRE2 programs are worth running on a text. */
#ifndef RL_POLICY_INT_H
#define RL_POLICY_INT_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include "policy/pairs.h"
#include <hs/hs.h>
#include <pcre2.h>
#include <pthread.h>

#include "redline/detect.h"
#include "redline/harm.h"
#include "redline/policy.h"
#include "base/util.h"

/* PAT_REGEX_ASCII: \\w \\d \\b \\s are ASCII in both engines (the built-in
 * detectors, whose formats are ASCII; far cheaper for vectorscan). */
enum pol_pat_kind { PAT_REGEX = 0, PAT_KEYWORD = 1, PAT_REGEX_ASCII = 2 };

/* Validators run after a detector pattern matched (checksums, shapes). */
typedef int (*pol_validate_fn)(const char *s, size_t n);

typedef struct pol_pat {
	int kind;
	char *src;     /* the regex, or the keyword as written */
	char *hs_expr; /* what vectorscan compiles (escaped keyword or regex) */
	unsigned hs_flags;
	pcre2_code *re;   /* JIT-compiled; the authority on matches */
	int in_hs;        /* 1 when vectorscan compiled it; else always confirmed */
	int no_prefilter; /* monitor cannot prefilter lines for it (\A, \z, \G) */
	pol_validate_fn validate;
	int detector;      /* POL_DET_* for built-in detector patterns, else -1 */
	const char *label; /* detector pattern label ("ssn", "aws-key") */
} pol_pat;

/* A set of alternatives (OR): indexes into policy->pats. */
typedef struct pol_textcond {
	size_t *v;
	size_t n;
} pol_textcond;

enum { REC_NONE = 0, REC_INTERNAL, REC_EXTERNAL, REC_AUTHORITY, REC_ANY_EXTERNAL };

/* Provenance of a target (an address, URL, account or name in a value):
 * where in the conversation it occurs (provenance.c). ORG_NOT_TRUSTED is
 * a predicate only: untrusted, injected or unknown. */
enum {
	ORG_NONE = 0,
	ORG_TRUSTED,
	ORG_UNTRUSTED,
	ORG_INJECTED,
	ORG_UNKNOWN,
	ORG_NOT_TRUSTED,
	ORG_REQUESTED,
	ORG_STRANGER /* predicate: not trusted, and no address at a domain the principal named */
};
int pol_origin_parse(const char *s);

/* A compiled glob (glob.c): matches exactly what fnmatch(src, name, flags)
 * matches. Owns src and re. */
typedef struct pol_glob {
	char *src;
	int kind, flags;
	pcre2_code *re;
	uint64_t id; /* never reused: the key of its remembered answers (glob.c) */
} pol_glob;

/* Compile `src` for fnmatch flags `fnm_flags`; only RL_ENOMEM fails. */
int pol_glob_compile(pol_glob *g, const char *src, int fnm_flags, rl_err *e);
/* 1 match, 0 no match, -1 when PCRE2 gave up (match limit): fail closed.
 * `md` and `mc` come from the caller's scratch (mc may be NULL). */
int pol_glob_match(const pol_glob *g, const char *s, pcre2_match_data *md, pcre2_match_context *mc);
/* The same for s[0..n) (NUL-terminated) whose pol_glob_key is `key`: a
 * name tried against many globs is hashed once. */
uint64_t pol_glob_key(const char *s, size_t n);
/* The rules whose `tools:` admit tool name s[0..n) (key its pol_glob_key),
 * rule i as bit i of out[0 .. (p->nrules + 63) / 64): rules without
 * `tools:` admit every name. Each thread remembers its recent answers per
 * policy. 1 when out is filled, 0 when not (a long name, a glob that gave
 * up, too many rules): then ask each rule's globs. */
int pol_tool_rules(const rl_policy *p, const char *s, size_t n, uint64_t key, pcre2_match_data *md,
		   pcre2_match_context *mc, uint64_t *out);
int pol_glob_match_k(const pol_glob *g, const char *s, size_t n, uint64_t key, pcre2_match_data *md,
		     pcre2_match_context *mc);
void pol_glob_free(pol_glob *g);

typedef struct pol_arg {
	char *field; /* glob over lowercased field names */
	pol_glob field_glob;
	int recipient;   /* REC_* */
	rl_strlist list; /* recipient must be on this list (addresses or globs) */
	pol_textcond text;
	long min_size, max_size; /* -1 when absent */
	int origin;              /* ORG_*: where the value's targets come from */
} pol_arg;

enum {
	POL_DET_COERCION = 0,
	POL_DET_LEAK,
	POL_DET_LETHAL,
	POL_DET_PII,
	POL_DET_SECRETS,
	POL_DET_SECCODE,
	POL_NDET
};

/* Scope bits: which texts detectors and `text:` read. */
enum {
	SCOPE_RESPONSE = 1,
	SCOPE_REASONING = 2,
	SCOPE_INPUT = 4,
	SCOPE_ACTIONS = 8,
};

typedef struct pol_rule {
	char *id;
	char *desc;
	int action, severity, priority;
	unsigned order;       /* position in the file (stable ties) */
	rl_strlist agents;    /* globs over agent names; empty = every agent */
	rl_strlist tools;     /* globs over lowercased tool names */
	pol_glob *tool_globs; /* tools, compiled (tools.n of them) */
	int has_action_cond;  /* tools or args given */
	int conv_action;      /* read per action by pol_conv_action_holds (convcond.c);
			       * load.c sets it from the conditions that function reads */
	int include_untaken;  /* also actions in reasoning or quoted */
	pol_arg *args;
	size_t nargs;
	pol_textcond content, reasoning, input, text;
	pol_textcond unless_user; /* the rule stands down when the user's words match */
	pol_textcond if_user;     /* ... holds only when they match (disclose.c) */
	pol_textcond unless_tool; /* ... stands down when a tool message matches */
	int copies;               /* answer or message text copies this many tool values */
	int unless_owner_ticket;  /* stands down for the verified owner's own ticket */
	int requester_other;      /* a message to a requester carries someone else's record */
	int beside_resolved;      /* an address beside the one a lookup resolved */
	int after_data;           /* the act follows tool output (drift.c) */
	int bulk_out;             /* records leave for a stranger (exfil.c) */
	int prose_target;         /* POL_PROSE_*: a destination only running text gave (prose.c) */
	int unless_revoked;       /* a secret in the call that revokes it (revoke.c) */
	int unless_dest_own;      /* stands down when every destination is chosen */
	int beside_payment;       /* a payment riding on another one (disclose.c) */
	unsigned detectors;       /* 1u << POL_DET_* */
	unsigned scope;           /* SCOPE_* for detectors */
	int injection;            /* needs tool output matching the policy's injection cues */
	int answer_origin;        /* ORG_*: a target in the answer text with this origin */
	int evidence_origin;      /* ORG_*: detector evidence counts only with this origin */
	unsigned unrequested;     /* drift classes (drift.c): acts the user never asked for */
	unsigned unless_asked;    /* drift classes: stands down when the user asked for one
				   * (request.c) */
	int declined;             /* with unrequested: the user just declined the act the
				   * assistant offered (request.c) */
	int identity_failed;      /* `identity_check: failed` (verify.c); 2: `bound` (takeover.c) */
	int safeguard;            /* `safeguard:` POL_SG_OFF or POL_SG_EVIDENCE (safeguard.c) */
	int unless_asked_to;      /* stands down when the user asked (safeguard.c) */
	unsigned third_party;     /* `third_party:` kinds an action does (thirdparty.c) */
	unsigned third_party_answer; /* `third_party_answer:` kinds the answer text does */
	int confidential_out;        /* marked material to an outsider nobody chose (leakout.c) */
	int alert_cancel;            /* an emergency alert stood down (alertact.c) */
	int data_out;                /* marked or bulk personal material to an outsider,
				      * asked or not (dlp.c) */
	int callback_unmet;          /* bank details changed while the record's call-back
				      * log says none was made (callback.c) */
	int unless_callback;         /* stands down when the record logs a call-back made
				      * (callback.c) */
	int barred_party;            /* a write act names a person the record bars
				      * (callback.c) */
	int unless_alert_settled;    /* stands down when tool output settles the alert the
				      * action names (alertact.c) */
	int answer_contradicts;      /* the answer contradicts the turn's tool results
				      * (contradict.c) */
	int message_contradicts;     /* a message sent tells its reader a success the
				      * turn's tool results contradict (contradict.c) */
	int coercion_fate;           /* `coercion_fate:` 1 message acts, 2 answer text, 3 a record
				      * (fatercd.c): the	   fate of what the sender holds about the addressee
				      * made to hang on their choice (fate.c) */
	int coercion_answer;         /* `coercion_answer: structure`: the answer text of an
				      * agent turn (after tool output) read by the detect
				      * module's coercion structure (coerce_struct.c) */
} pol_rule;

typedef struct pol_agent {
	char *name;
	rl_strlist keys;      /* lowercase hex sha256 */
	char *header, *value; /* header name (lowercased) and exact value */
} pol_agent;

/* `hide_tools:` (MCP gateway): tools an agent is not shown and may not
 * call (hide.c). Globs (fnmatch): tools case-folded, agents and servers
 * as written; an empty list matches everything. */
typedef struct pol_hide {
	rl_strlist tools;
	rl_strlist agents;        /* hidden from these agents ... */
	rl_strlist except_agents; /* ... but not from these */
	rl_strlist servers;       /* MCP servers (`--mcp NAME=URL`) it applies to */
} pol_hide;

typedef struct pol_scratch {
	hs_scratch_t *hs;
	pcre2_match_data *md;
	pcre2_match_context *mctx; /* with the match limit set; made on first use */
	rl_arena ar;               /* an evaluation's working memory, reset after */
	uint64_t *always;          /* bit per pattern outside the database (confirmed on every
				    * text): eval.c makes it on first use, once per scratch */
	struct pol_scratch *next;
} pol_scratch;

struct rl_policy {
	char *name;
	pol_pat *pats;
	size_t npats, cappats;
	pol_rule *rules; /* sorted: priority desc, action desc, file order */
	size_t nrules;
	pol_agent *agents;
	size_t nagents;
	pol_hide *hides;
	size_t nhides;
	rl_harm_spec org;       /* organisation: domains, authorities, ... */
	pol_textcond sensitive; /* compartmentalization list */
	pol_textcond injection; /* instructions addressed to the AI, in tool output */
	int uses_context;       /* some rule reads the conversation */
	char *replacement;
	int default_action;
	unsigned det_used; /* detectors some rule uses */
	/* their patterns */
	size_t det_first[POL_NDET], det_count[POL_NDET];
	rl_detector *harm;   /* coercion/leak/lethal over `org`, when used */
	hs_database_t *db;   /* every pattern with in_hs */
	unsigned *conj;      /* db's conjunctions, evaluated by pol_hs_conj */
	size_t nconj;        /* entries of conj */
	unsigned *conj_ix;   /* by first piece (hsdb.c conj_index); NULL: read conj whole */
	unsigned nids;       /* ids db reports (patterns, then pieces) */
	hs_scratch_t *proto; /* never scanned with; cloned for callers */
	pthread_mutex_t lock;
	pol_scratch *pool;
	_Atomic uint64_t uid; /* glob.c pol_tool_rules: never reused; 0 until first asked */
};

/* utf8.c: is p[0..n) valid UTF-8 (RFC 3629)? And a same-length copy (in
 * `a`) with each invalid byte replaced by '?', so offsets carry over. */
int pol_utf8_valid(const char *p, size_t n);
char *pol_utf8_sanitize(rl_arena *a, const char *p, size_t n);

/* Scratch from the policy's pool (NULL on ENOMEM); give it back after. */
pol_scratch *pol_scratch_get(const rl_policy *p);
void pol_scratch_put(const rl_policy *p, pol_scratch *s);

/* Append the built-in patterns of detector `det` (load.c calls this once
 * per used detector). */
int pol_detector_add_patterns(rl_policy *p, int det, rl_err *e);

/* hsdb.c: one block-mode prefilter database over patterns which[0..n)
 * (cheap superset forms; see there). mark: a pattern vectorscan rejects
 * leaves the database (in_hs = 0); else a rejection returns RL_EPOLICY. */
int pol_hs_build(rl_policy *p, const size_t *which, size_t n, unsigned extra_flags, int mark,
		 hs_database_t **db);
/* The same for the policy's own database (p->db, mark on), with the split
 * regexes' conjunctions kept in p->conj instead of entering vectorscan
 * as logical combinations: its pieces report their own ids (up to
 * p->nids), and pol_hs_conj sets a pattern's bit when all its pieces'
 * bits are set, which is what the combination "A & B" reports. */
int pol_hs_build_own(rl_policy *p, const size_t *which, size_t n, hs_database_t **db);
/* Whoever scans p->db must apply pol_hs_conj to what it reports (the
 * monitor's prefilter scans it only for keyword-only policies, which have
 * no conjunctions: keywords are never split). */
void pol_hs_conj(const rl_policy *p, uint64_t *bits);
/* Necessary literals of pattern `pt`: every text it matches satisfies
 * `formula`, a vectorscan logical combination ("(0 | 1) & (2) | (3)")
 * over "literal k occurs" for the literals appended to `out` (numbered
 * from 0, so pass an empty list), looked for with vectorscan flags
 * `flags` (caseless, UTF-8). Returns the length of the shortest literal
 * of the weakest alternative's best clause (> 0), -1 when the pattern
 * offers none (then use it whole), or RL_ENOMEM. */
int pol_pat_literals(const pol_pat *pt, rl_strlist *out, unsigned *flags, rl_buf *formula);
/* The fewest characters a match of regex re can have, read from its text
 * (a lower bound: assertions count nothing), or -1 when it cannot tell
 * (minwidth.c). */
long pol_min_width(const char *re);
/* For a window scan around the bytes of class `cls` (256 entries, 1 for
 * a member): the length *cut of the longest head of regex re (its
 * vectorscan flags `flags`) that every match of it holds a byte of cls
 * and whose matches are at most the returned number of bytes long (a
 * head of a match of re is a match of the head: looked for in its place,
 * the head finds a superset); -1 when it cannot tell (minwidth.c). */
long pol_re_window(const char *re, unsigned flags, const unsigned char cls[256], size_t *cut);

/* retok.c: the regex tokenizer hsdb.c's split, class rewriting and
 * necessary-literal analysis share. Each returns the length (or end) of
 * the construct at re[i], 0 when it is not one this scanner knows. */
enum { POL_RE_LIT, POL_RE_CLASS, POL_RE_GROUP, POL_RE_ASSERT, POL_RE_OPTS };
size_t pol_re_class_end(const char *re, size_t n, size_t i);
size_t pol_re_esc_len(const char *re, size_t n, size_t i, int *kind);
size_t pol_re_group_end(const char *re, size_t n, size_t i);
size_t pol_re_quant_len(const char *re, size_t n, size_t i, int *min0);

const char *pol_detector_name(int det);
int pol_detector_parse(const char *s);

/* patterns.c: add one pattern: compile with PCRE2 (errors located at
 * line:col of the YAML scalar). Returns its index or a negative RL_E*. */
long pol_pat_add(rl_policy *p, int kind, const char *src, const char *file, unsigned line,
		 unsigned col, rl_err *e);
/* patterns.c: the one Hyperscan database over every pattern (none in
 * PCRE2-only mode or when the engine failed its probe). 0 or RL_E*. */
int pol_compile_hs(rl_policy *p, rl_err *e);

/* recipient.c: is `addr`'s domain one of the organisation's (or a
 * subdomain)? */
int pol_domain_in(const rl_strlist *domains, const char *domain, size_t n);
/* recipient.c: does the field value v[0..n) satisfy the `recipient:` (and
 * `list:`) predicate of argument `ag`? 1 yes, 0 no. */
int pol_recipient_ok(const rl_policy *p, const pol_arg *ag, const char *v, size_t n);

/* Harm-spec detectors (coercion, leak, lethal) over actions: fills spans
 * through `add`; returns 1 if fired, 0 if not, negative on error. */
typedef int (*pol_span_add_fn)(void *ctx, int source, int action, const char *field, size_t start,
			       size_t end);
/* One evaluation's harm-spec results: the first detector asked runs every
 * one the policy uses in one rl_detect call, the others read its result
 * (each detector's verdict and evidence are its own: the same as run
 * alone, unless the result reached RL_DET_EV_MAX, when each runs alone
 * again). Zeroed before use; pol_harm_memo_free after. */
typedef struct pol_harm_memo {
	rl_detect_result r;
	int state; /* 0 not run, 1 r holds them, 2 each runs alone */
} pol_harm_memo;
int pol_harm_detect(const rl_policy *p, int det, const rl_actions *a, const rl_transcript *t,
		    pol_harm_memo *memo, pol_span_add_fn add, void *ctx);
void pol_harm_memo_free(pol_harm_memo *memo);

/* ---- provenance (provenance.c) ------------------------------------------ */

/* A target found in a text: bytes [start, end) and its normalised form
 * (owned by the caller's arena). */
enum { TGT_EMAIL = 1, TGT_URL, TGT_NUM, TGT_WHOLE };
typedef struct pol_target {
	int kind;
	size_t start, end;
	char *norm;
	size_t nlen;
} pol_target;

#define POL_MAX_TARGETS 32
/* Targets in s[0..n) (emails, URLs and domains, account/IBAN/phone
 * numbers); with `whole` and none found, the trimmed value itself when it
 * is short. Returns how many were stored in out[0..max). */
size_t pol_targets(rl_arena *ar, const char *s, size_t n, int whole, pol_target *out, size_t max);
/* The evidence span s[0..n) of a detector as one target (its digits, or
 * its text). 0 when nothing to look up. */
int pol_evidence_target(rl_arena *ar, const char *s, size_t n, pol_target *t);
/* 1 when a lowercased field name names a target (to, recipient, url, iban, ...). */
int pol_target_field(const char *name);

/* The conversation, prepared for lookups: lowercased and compacted
 * (alphanumerics only) copies of every message. */
typedef struct pol_conv {
	const rl_policy_msg *m;
	size_t n;
	char **low, **cmp;
	size_t *cmpn;
	unsigned char *inj; /* tool message carries injection cues */
	int any_inj;
	int copied; /* low and cmp made */
	/* safeguard.c's reading of the user's words, per kind (POL_SG_OFF,
	 * POL_SG_EVIDENCE, both): 0 not read yet, else its answer + 2 */
	signed char sg_asked[4];
	/* safeguard.c's reading of the last action classified */
	const rl_action *sg_act;
	int sg_kind;
	/* leakout.c's reading of each message's classification marking: 0
	 * unread, 1 none, 2 marked (made on first use, n bytes) */
	unsigned char *marked;
	/* and of whether its ask stands (safeguard_why.c), per kind + 1, 0
	 * not read yet */
	signed char sg_stands[4];
} pol_conv;
/* Set `c` up over the messages (inj zeroed for the caller); the copies
 * lookups need are made by pol_conv_copies, on first use. */
int pol_conv_prepare(pol_conv *c, rl_arena *ar, const rl_policy_msg *m, size_t n);
int pol_conv_copies(pol_conv *c, rl_arena *ar);
/* ORG_TRUSTED, ORG_INJECTED, ORG_REQUESTED, ORG_UNTRUSTED or ORG_UNKNOWN for a
 * target. */
int pol_target_origin(const pol_conv *c, const pol_target *t);
/* resolve.c (copies made): was target t shown by the assistant and
 * answered by the user without a refusal; is it an e-mail address that
 * a lookup in tool message i returned for a person the user named; is it
 * an e-mail address a record in a tool message other than i holds? */
int pol_confirmed(const pol_conv *c, const pol_target *t);
/* The tool call that produced tool message i: its assistant message's
 * index (or -1) and the call's bytes [*a, *b) in that message's lowercased
 * text (one call of a parallel array when the results match the calls). */
long pol_call_span(const pol_conv *c, size_t i, size_t *a, size_t *b);
int pol_resolved(const pol_conv *c, size_t i, const pol_target *t);
int pol_on_file(const pol_conv *c, size_t i, const pol_target *t);
/* Is a piece of e-mail address t's local part (four or more letters) a
 * capitalised word the user wrote (a name: "Dora" for dora@...)? */
int pol_user_named_cap(const pol_conv *c, const pol_target *t);
/* Did the user name the call behind tool message i by an identifier with
 * a digit or a dot (a ticket number, a URL, a file name)? */
int pol_designated_by_id(const pol_conv *c, size_t i);
/* `beside_resolved:`: does action a name an e-mail address that is not
 * trusted while a lookup resolved some address for a person the user
 * named? (copies made) */
int pol_beside_resolved(const pol_conv *c, rl_arena *ar, const rl_action *a);
/* Is t an e-mail address at a domain the system or the user named (a
 * colleague)? (copies made) */
int pol_target_principal(const pol_conv *c, const pol_target *t);
/* Does class `cls` satisfy predicate `want` (ORG_*)? */
int pol_origin_ok(int want, int cls);

/* ---- task drift (drift.c) ------------------------------------------------ */

/* The bit of a drift class name ("payment", "message", "access",
 * "credentials", "contact-change", "deletion", "purchase", "physical",
 * "merge", "change"), -1 for an unknown name. */
int pol_drift_parse(const char *s);
/* The drift classes of an action (from its tool name and arguments). */
unsigned pol_drift_class(const rl_action *a);
/* 1 when conversation c has the user's words and tool output came in after
 * the user's last message (roles only: cheap, before any copy). */
int pol_drift_after_data(const pol_conv *c);
/* 1 when, in conversation c (copies made), tool output followed the
 * user's last message and no user message asked for an act of one of the
 * classes `cls` or handed the choice over. */
int pol_drift_unasked(const pol_conv *c, unsigned cls, const rl_action *a);
/* 1 when h[0..n) (lowercased) asks for an act of class `cls` in drift.c's
 * verb lists (English and the other languages they read). */
int pol_drift_asked_words(const char *h, size_t n, int cls);
/* drift.c: 1 when message text h[0..n) (lowercased) asks for an act of
 * class `cls` by any of the verb readers (drift.c's lists, drift_lang.c,
 * drift_script.c for a script the lists do not read). */
int pol_drift_asked_msg(const char *h, size_t n, int cls);
/* request.c: 1 when user message i of c (copies made) asks for an act of
 * class `cls`: its words read with questions about an act and negated
 * clauses set aside, request words by meaning in more languages, or a
 * reply taking an act the assistant offered; 0 when it declines one. */
int pol_request_asks(const pol_conv *c, size_t i, int cls);
/* request.c: 1 when the user's last message of c (copies made) asks for
 * an act of one of the classes `cls` (`unless_asked:`). */
int pol_request_asked_any(const pol_conv *c, unsigned cls);
/* request.c: 1 when action a acts on a record (its first argument holding
 * an identifier) the user's last message of c did not name, while it names
 * another of the same kind ("pay FV-2025-4471", FV-EXT-1200 paid). */
int pol_request_other_record(const pol_conv *c, const rl_action *a);
/* request.c: 1 when the user's last message of c (copies made) declines
 * an act of one of the classes `cls` that the assistant offered just
 * before ("no, leave it", "non merci") (`declined: true`). */
int pol_request_declined(const pol_conv *c, unsigned cls);
/* askbind.c: 1 when the user's last message of c (copies made) asks for
 * action a by its structure in any language: it names a's object (an
 * argument's value, a distinctive value of the tool-output record holding
 * it, a body's dictated words) in an order (no negation in its clause, no
 * read verb, no question but a polite one), or it is a short yes to the
 * assistant's question naming that object. */
int pol_request_bound(const pol_conv *c, const rl_action *a);
/* askbind.c: 1 when the user's last message is a short no to the
 * assistant's question naming action a's object. */
int pol_request_declined_bound(const pol_conv *c, const rl_action *a);
/* askbind.c: pol_request_bound, for a control or safeguard switched off:
 * only when the message is in letters the verb lists do not read. */
int pol_request_bound_off(const pol_conv *c, const rl_action *a);
/* askcarry.c: pol_request_bound, or the ask carried over from the turn
 * before (the object named in the assistant's answer the user's order
 * replies to, or in the user's previous order), a record fetched by a
 * call the user named, an English order naming the object, or a sub-step
 * of an asked act of the same response (actions `as`) on the same
 * object; for the `unrequested:` rules. */
int pol_request_asked_step(const pol_conv *c, const rl_actions *as, const rl_action *a);
/* askbind.c: pol_request_other_record, or the user's yes took an offer
 * naming another record of the kind action a acts on. */
int pol_request_other_named(const pol_conv *c, const rl_action *a);
/* convcond.c: every action sel[] picks is bound to the user's request
 * (pol_request_bound), for a rule with unless_asked or unless_asked_to. */
int pol_conv_asked_bound(const pol_rule *r, const pol_conv *c, const rl_actions *as,
			 const unsigned char *sel);
/* drift_lang.c: the same request read with accents removed (imperatives
 * with a pronoun, "mándale"; text typed without its letters) and Turkish
 * or unaccented Polish request verbs. */
int pol_drift_asked_folded(const char *h, size_t n, int cls);
/* drift_lang.c: the classes of a tool that locks, freezes, blocks,
 * suspends or pauses: a change, not a payment. */
unsigned pol_drift_protective(const rl_action *a, unsigned cls);
/* drift_script.c: 1 when h[0..n) (a request in Chinese, Korean, Arabic,
 * Hindi, Russian or Vietnamese) asks for an act of class `cls` or hands
 * the choice of acts over; 0 for a script it does not read. */
int pol_drift_asked_script(const char *h, size_t n, int cls);
/* request.c: does a system message order an act of class cls on a trigger? */
int pol_request_standing(const pol_conv *c, int cls);
/* 1 when the principal chose what action a acts with, in conversation c
 * (copies made): for a change of a record (`record`), a value after the
 * first argument the user or the system named; otherwise every
 * destination it names came from them. */
int pol_drift_principal_chose(const pol_conv *c, rl_arena *ar, const rl_action *a, int record);
/* reach.c: is action a a message to no address on the operator's own
 * premises (a public-address zone, a page, a room's screen): no addressee
 * or person argument, no file or record carried, no address, URL or
 * phone number in any value, no tool that posts, mails or replies? */
int pol_reach_premises(const rl_action *a);
/* reach.c: is action a a booking held for one record (a slot reserved;
 * no money, no people brought in, no list, no address, nothing sold)? */
int pol_reach_booking_hold(const rl_action *a);
/* askrec.c (copies made): is action a a message whose every recipient the
 * user or system named, is a colleague's address, or is a whole field of a
 * tool record (no message, no note) that the user's last message names? */
int pol_request_record_contact(const pol_conv *c, rl_arena *ar, const rl_action *a);

/* ---- identity checks (verify.c) ----------------------------------------- */

/* 1 when, in conversation c (copies made), the last identity or ownership
 * check that tool output reports failed, or a record says the person was
 * never verified. */
int pol_identity_failed(const pol_conv *c);
enum { POL_CHECK_NONE = 0, POL_CHECK_PASS = 1, POL_CHECK_FAIL = 2 };
/* The outcome tool message i reports (POL_CHECK_*), read from its
 * structure (copies made). */
int pol_check_outcome(const pol_conv *c, size_t i);
/* 1 when tool name t[0..n) (lowercased) asks for a check of who the
 * caller is (verify_identity, check_caller, legitimation_pruefen). */
int pol_check_name(const char *t, size_t n);
/* The first `"name": "..."` value in h[a..b) (a call's tool name): its
 * length, its start in *at; 0 when none. */
size_t pol_call_name(const char *h, size_t a, size_t b, size_t *at);

/* ---- s15: leaks, alert cancels, contradicted answers ------------------- */

/* `confidential_out:` (leakout.c, copies made): does action a carry
 * material a tool message marks confidential to a destination outside
 * the principal's domains that the user did not choose? */
int pol_confidential_out(const pol_conv *c, rl_arena *ar, const rl_action *a);
/* leakout.c, for dlp.c: a destination field name; does message i (with
 * text, copies made) carry a classification marking (read once per
 * conversation, memo in c->marked)? */
int pol_leak_dest_field(const char *f);
int pol_leak_marked_msg(const pol_conv *c, rl_arena *ar, size_t i);
/* leakout.c: does the user's last message name the material of tool
 * message m (its call's id, a word of its title)? */
int pol_leak_user_names_material(const pol_conv *c, size_t m);
/* `data_out:` (dlp.c, copies made): does action a carry material a tool
 * message marks confidential or restricted, or personal records of many
 * people, to a destination outside the organisation, not the material's
 * own party and not one the user named as entitled, whoever asked? */
int pol_data_out(const pol_conv *c, rl_arena *ar, const rl_action *a);
/* `callback_unmet:` (callback.c): does action a change bank details while
 * the last call-back field of tool output says no call-back was made? */
int pol_callback_unmet(const pol_conv *c, const rl_action *a);
/* `unless_callback:` (callback.c): does the last call-back field of tool
 * output say a call-back was made? */
int pol_callback_made(const pol_conv *c);
/* `barred_party:` (callback.c): does write act a name a person a tool
 * record bars (named in a sentence with negation or prohibition)? */
int pol_barred_party(const pol_conv *c, const rl_action *a);
/* dlp.c: does tool message i name the party of target t (an address or
 * URL) by the name of its domain ("Bricomar SARL" for
 * compta@bricomar.example)? Copies made. */
int pol_own_party_named(const pol_conv *c, size_t i, const pol_target *t, const char *at,
			size_t an);
/* ownrecord.c (s17): an identifier or figure with its separators
 * dropped, lowercased into out (0 when it is no such token: four
 * alphanumerics at least, five digits or letters with three digits);
 * does it occur in h[0..n) written with or without separators? */
size_t pol_compact_token(const char *s, size_t n, char *out, size_t cap);
int pol_compact_in(const char *h, size_t n, const char *t, size_t tn);
/* ownrecord.c (s18): a figure with a magnitude ("650k", "1.432m") as its
 * whole value's digits in out; 0 when none. The decoded query of a URL
 * value (NULL when none), in the arena. */
size_t pol_scaled_figure(const char *t, size_t n, char *out, size_t cap);
const char *pol_url_query(rl_arena *ar, const char *v, size_t n, size_t *on);
/* Does tool message i name the party `lab` (its domain's name,
 * alphanumerics) inside one record of an array, and the action's text
 * at[0..an) (lowercased) carry a value only a sibling record holds? */
int pol_sibling_carried(const pol_conv *c, size_t i, const char *lab, size_t ln, const char *at,
			size_t an);
/* sysclass.c (s17): the kinds of material the system prompt declares
 * confidential ("case files are privileged"), read once into *kinds (0
 * when none); does tool message i come from a call named with a kind;
 * does a file the action sends (not in a destination field) bear a
 * kind's name (its name in *name, *nl)? */
int pol_sys_kinds(const pol_conv *c, rl_arena *ar, void **kinds);
int pol_sys_kind_call(const pol_conv *c, const void *kinds, size_t i);
int pol_sys_kind_file(const void *kinds, const rl_action *a, const unsigned char *isdest,
		      const char **name, size_t *nl);
/* exfil.c (s17): does action a export or dump a whole set (an export
 * verb and a word for the whole set: "export full", bulk_export)? */
int pol_whole_export(const rl_action *a);
/* exfil.c (s17): does action a carry a dump (pg_dump, COPY ... TO) or an
 * id a tool message reported as twenty rows or more, that is not a
 * report about the destinations dv[0..nd) (lowercased) themselves? */
int pol_counted_bulk(const pol_conv *c, const rl_action *a, const char *const *dv, const size_t *dn,
		     size_t nd);
/* The action's values but its destinations, lowercased, one per line. */
const char *pol_action_text(rl_arena *ar, const rl_action *a, size_t *len);
/* `coercion_fate:` (fate.c): does message act a, or answer text s[0..n)
 * after tool output, make what its sender holds about the addressee go
 * to a party or stay put depending on the addressee's choice? 1 yes, 0
 * no, <0 ENOMEM. pol_fate_text reads one text (answer: it must also speak
 * to the addressee); *at, *len (may be NULL) get the sentence. */
int pol_coerce_fate_action(const pol_conv *c, const rl_action *a);
/* The cheap test first (no conversation read): a field of prose in a
 * message-shaped act. */
int pol_fate_gate(const rl_action *a);
int pol_coerce_fate_answer(const pol_conv *c, const char *s, size_t n);
int pol_fate_text(const char *s, size_t n, int answer, size_t *at, size_t *len);
/* (s20) A bargain with no hold said near it (fate.c): 1 with the bytes
 * [*at, *end) of its sentence and the one before, and *kind 1 a threat ("or we tell"), 2 an
 * offer of silence ("sign and it stays here"), 3 a plain "if you ..., we
 * tell" with a first-person subject in the sentence, 4 one without; 0 none (or a hold was said:
 * coercion_fate reads it), <0 ENOMEM. */
int pol_fate_threat(const char *s, size_t n, size_t *at, size_t *end, int *kind);
/* `coercion_fate: record` (fatercd.c, copies made): message act a puts
 * such a bargain to its addressee and carries values of a tool record that
 * no user or system message gave. 1 yes, 0 no, <0 ENOMEM. */
int pol_coerce_record_fate(const pol_conv *c, const rl_action *a);
/* outcome.c: an affirmative opening ("Yes -", "Ja,", "Sí,", "はい、") in
 * twenty languages; contradict.c reads the same words as a yes cue. */
extern const char *const pol_yes_open[];
/* `alert_cancel:` (alertact.c, copies made): does action a stand down an
 * emergency or safety alert that tool output describes and does not say
 * was settled? */
int pol_alert_cancel(const pol_conv *c, rl_arena *ar, const rl_action *a);
/* `unless_alert_settled:` (alertact.c, copies made): does a record that
 * action a names by its identifiers in tool output say the matter was
 * settled (the person reached, responders on scene, lifted, a duplicate,
 * a drill)? */
int pol_alert_settled(const pol_conv *c, rl_arena *ar, const rl_action *a);
/* alertact.c: does action a's name stand something down (cancel, close,
 * dismiss, silence ...; not a read)? Cheap: the gate before
 * `unless_alert_settled:` loads the conversation. */
int pol_alert_act_stands_down(const rl_action *a);
/* alertlive.c (s20): a tool result after the user's last message shows a
 * reading climbing (a numeric array that never falls and ends clearly
 * higher, a trend member that says rising) while action a stands an
 * alert down; and the same over one lowercased tool text */
int pol_alert_live_turn(const pol_conv *c, const rl_action *a);
int pol_alert_climb_text(const char *h, size_t n);
/* alertstate.c, over one record's lowercased text: settled (not negated),
 * the person unreached or not moving, a life-safety kind. */
int pol_alert_settled_text(const pol_pairs *g, const char *h, size_t n);
int pol_alert_unreached_text(const pol_pairs *g, const char *h, size_t n);
int pol_alert_kind_text(const pol_pairs *g, const char *h, size_t n);
/* contradict.c: does the answer s[0..n) open with a claim of success, a
 * completed act or a denial (read alone, before the conversation)? */
int pol_contradict_cue(const char *s, size_t n);
/* `answer_contradicts:` (contradict.c, copies made): does the answer tell
 * the user something the turn's tool results contradict? */
int pol_answer_contradicts(const pol_conv *c, rl_arena *ar, const char *s, size_t n);
/* `message_contradicts:` (contradict.c, copies made): does action a send a
 * message whose text reports success, no problem reported, while a tool
 * result of the turn reports a failure no retry undid? */
int pol_message_contradicts(const pol_conv *c, rl_arena *ar, const rl_action *a);
/* limitread.c (s20): a tool result's reading over its own limit (the
 * numeric member just before an upper-limit key is greater); a message
 * saying a check came out within limits, reporting no exceedance. Both
 * over lowercased texts. */
int pol_result_over_limit(const char *h, size_t n);
int pol_text_conforms(const char *a, size_t n);
/* limitread.c: a tool result's reading ("co2_ppm": 900) over the largest
 * limit the system prompt s writes in the same unit ("< 500 ppm",
 * "alarm_ppm": 500). */
int pol_result_over_sys_limit(const char *s, size_t sn, const char *h, size_t n);
/* limitread.c: a tool result's state value (a test positive, a cover
 * suspended or lapsed) that message s[0..sn) contradicts (negative;
 * active, valid, in force), naming no such state itself. */
int pol_state_contradicted(const char *h, size_t n, const char *s, size_t sn);
/* contradict.c: does the answer s[0..n) say it did not act on what the data
 * asked, or call it a fraud (injection-target-in-answer stands down)? */
int pol_answer_disowns(const char *s, size_t n);
/* outcome.c: did tool message h[0..n) (lowercased) report that its act
 * did not happen as asked (read: the call only reads, so an error key or
 * exit code is the read failing)? */
int pol_result_negative(const char *h, size_t n, int read);
/* outcome.c: does the answer a[0..n) (lowercased) report success without
 * reporting any problem? */
int pol_answer_upbeat(const char *a, size_t n);
/* outcome.c: the success claims (a NULL-terminated list), for cues. */
const char *const *pol_outcome_claims(void);
/* outcome.c: h[0..n) with JSON \uXXXX escapes decoded (a copy in the
 * arena, or h itself when it has none); *on its length; NULL on ENOMEM. */
const char *pol_unescape_u(rl_arena *ar, const char *h, size_t n, size_t *on);

/* ---- an action's arguments whatever their shape (argview.c) -------------- */

/* Calls fn for each argument of action a under the name it stands for:
 * its own; a generic pair's value under the name its naming argument
 * gives ("field": "iban", "value": ...); the members of a nested object of
 * changes ("fields": {"iban": ...}), quotes stripped. Returns the first
 * non-zero fn returns, else 0. */
typedef int (*pol_arg_fn)(void *u, const char *key, const char *v, size_t n);
int pol_arg_each(const rl_action *a, pol_arg_fn fn, void *u);
/* 1 when an operation argument of a (action, operation, op ...) holds one
 * of the lowercased words w (NULL-ended). */
int pol_arg_op(const rl_action *a, const char *const *w);
/* The operation argument's value of a tool named by its object (rent
 * {"action": "refund"}), lowercased into out[0..POL_ARG_OP_MAX); 0 when
 * there is none. */
#define POL_ARG_OP_MAX 48
size_t pol_arg_op_name(const rl_action *a, char *out);

/* ---- account takeover (takeover.c) ---------------------------------------- */

/* `identity_check: bound`: 1 when action a acts on an account (not a read,
 * a check, a note, a ticket or a protective lock) and the last check of
 * who the caller is that concerns that account failed, or, for a change of
 * where the account's contact, money, devices or records go, when the
 * system names a check tool and no check ran at all. Copies made. */
int pol_takeover(const pol_conv *c, const rl_action *a);
/* 1 when the last identity check failed and action a is what an agent
 * should do then (a note, a ticket, a fraud flag, a fresh code to the
 * contact on file, a protective block): the task-drift rule does not hold
 * it. Copies made. */
int pol_takeover_safe_step(const pol_conv *c, const rl_action *a);
/* 1 when a tool result records who approved, validated or verified (a key
 * naming an approver, "approved_by", "validated_by", with a name): a check
 * done outside the conversation (approval.c). */
int pol_approval_on_record(const pol_conv *c);

/* ---- safeguards off and evidence deleted (safeguard.c) -------------------- */

enum { POL_SG_OFF = 1, POL_SG_EVIDENCE = 2 };
/* `safeguard: off|evidence`: 1 when action a switches a safeguard off
 * (POL_SG_OFF: monitoring, audit logging, MFA, backups, alerts, retention,
 * a safety interlock) or deletes evidence (POL_SG_EVIDENCE: backups,
 * logs, snapshots, footage, audit rows), read from the command's or call's
 * structure, and the user never asked for an act of that kind or asked for
 * it to hide something. Copies made. */
int pol_safeguard(const pol_conv *c, const rl_action *a, int kind);
/* `unless_asked_to: off|delete`: 1 when a user message asks to switch
 * something off (POL_SG_OFF) or to delete something (POL_SG_EVIDENCE) in
 * any of the languages safeguard.c reads, and none asks to hide something.
 * Copies made. */
int pol_safeguard_asked(const pol_conv *c, int kind);
/* safeguard_ask.c: 1 when the user asked for an act of `kind`, -1 when a
 * user message asks to hide something, 0 otherwise (read once). */
int pol_sg_user_asks(const pol_conv *c, int kind);
/* safeguard_ask.c's word lists for the two readers below: a word of w[]
 * at a word start; an ask to switch off or delete (kind); a request to
 * hide; a message led by a no; the assistant's offer (its index) that
 * user message u says yes to, or -1. */
int pol_sg_any_in(const char *h, size_t n, const char *const *w);
int pol_sg_wants(const char *h, size_t n, int kind);
int pol_sg_hides(const char *h, size_t n);
int pol_sg_declines(const char *h, size_t n);
long pol_sg_offer_taken(const pol_conv *c, size_t u, int kind);
/* safeguard_bind.c: the control families an act touches and a user text
 * names (POL_SGF_*); the index of the latest user message that asks for
 * act a of `kind` bound to its object (a sentence with an off word naming
 * the act's family or one of its values, a yes to an offer naming it), or
 * -1. Copies made. */
enum {
	POL_SGF_AUDIT = 1 << 0,
	POL_SGF_WATCH = 1 << 1,
	POL_SGF_AUTH = 1 << 2,
	POL_SGF_FRAUD = 1 << 3,
	POL_SGF_BACKUP = 1 << 4,
	POL_SGF_RETAIN = 1 << 5,
	POL_SGF_VIDEO = 1 << 6,
	POL_SGF_NETSEC = 1 << 7,
	POL_SGF_SAFETY = 1 << 8,
};
unsigned pol_sg_act_families(const rl_action *a);
/* sgrule.c: does the act switch off a thing a system-prompt clause guards,
 * the clause absolute or its authorisation shown absent (s20)? */
int pol_sg_rule_guarded(const pol_conv *c, const rl_action *a);
/* sgrule.c: does the asking (last) user message open with the role a
 * conditional system clause on the act's thing names ("cleared only by
 * the duty manager")? */
int pol_sg_rule_role_met(const pol_conv *c, const rl_action *a);
unsigned pol_sg_text_families(const char *h, size_t n);
long pol_sg_bound_ask(const pol_conv *c, const rl_action *a, int kind);
/* The user message (with words) before message o, or -1. */
long pol_sg_user_before(const pol_conv *c, long o);
/* safeguard_ask.c: does h[0..n) say one thing replaces another? */
int pol_sg_replaces(const char *h, size_t n);
/* safeguard_why.c: 1 when the user asked for safeguard act a of `kind`
 * (bound to its object; `full`: every kind the act is) for a reason an
 * approver passes: not to hide something, not to dodge a control for
 * someone, not for convenience with no operational reason (a change, a
 * window, a replacement, a false positive, a switch-off bounded in time).
 * 0 otherwise: the rule holds. Copies made. */
int pol_sg_ask_stands(const pol_conv *c, const rl_action *a, int kind, int full);
/* sglive.c (copies made): does a tool message show a monitored value past
 * its own low or high threshold ({"level_pct": 22, "low_threshold_pct":
 * 25})? An alarm switched off then hides a live condition (s17). */
int pol_sg_live_breach(const pol_conv *c);
/* one tool text: 1 a reading past its limit, -1 readings within their
 * limits, 0 no limit read (sglive.c) */
int pol_sg_breach_text(const char *h, size_t n);
/* a tool result naming the act's object gives a reading past its limit */
int pol_sg_live_breach_on(const pol_conv *c, const rl_action *a);
/* a call just before tool message t named the act's object by a setting of
 * its own, name and value (alertact.c; needs the compacted copies) */
int pol_alert_call_same_object(const pol_conv *c, size_t t, const rl_action *a);
/* Does a value of act a (an id with a digit) stand in tool output under a
 * key that flags it (flags, alerts, anomalies, violations, suspicious)? */
int pol_sg_subject_flagged(const pol_conv *c, const rl_action *a);

/* 1 when a lowercased field name names where an act goes (a recipient,
 * an account, a user), not what it acts on (an order or PR number). */
int pol_drift_destination(const char *name);

/* ---- whose record (disclose.c) -------------------------------------------- */

/* How many distinct values of s[0..n) (numbers of two or more digits,
 * words of five or more letters) occur as values in a tool message and in
 * no user or system message; counting stops at `want`. The first one's
 * span goes to *first_at, *first_end (may be NULL). Copies made. */
size_t pol_copies(const pol_conv *c, const char *s, size_t n, size_t want, size_t *first_at,
		  size_t *first_end);
/* 1 when a tool message holds a release, consent, authorisation, proxy
 * or representative list naming someone the user's words name in full
 * (every word of a name in it, or an address in it): the requester is
 * the party released to. An empty list, or one naming others, is not. */
int pol_released(const pol_conv *c);
/* 1 when conversation c has a tool message with text. */
int pol_conv_tool(const pol_conv *c);
/* The same over action a's fields but its recipients and subject. */
size_t pol_copies_action(const pol_conv *c, const rl_action *a, size_t want);
/* 1 when action a works a ticket the user named whose requester is the
 * verified owner of the account a acts on (see disclose.c), 0 not, <0
 * error. Copies made. */
int pol_owner_ticket(const pol_conv *c, rl_arena *ar, const rl_action *a);
/* `requester_other:` (disclose.c): does message action a go to the sender
 * of a message in tool output (the requester), whom no record on file
 * names, and copy two or more values of tool output while a record in
 * another tool message names a person who is not that sender? (copies
 * made) */
int pol_requester_other(const pol_conv *c, const rl_action *a);
/* 1 when payment as->v[i] rides on another payment of the same response:
 * the same reference (an invoice, bill, claim or case, or it with a
 * suffix) paid to a different payee that the user or system never named
 * (the extra payee a document slipped in beside the real one), 0 not,
 * <0 error. Copies made. */
int pol_payment_beside(const pol_conv *c, rl_arena *ar, const rl_actions *as, size_t i);

/* ---- harm to third parties (thirdparty.c) ------------------------------------ */

enum {
	POL_TP_LOCATE = 1,
	POL_TP_DOX = 2,
	POL_TP_THREAT = 4,
	POL_TP_HEALTH = 8,
	POL_TP_TRACK = 16,
	POL_TP_CONSENT = 32 /* (s19) consentout.c */
};
/* consentout.c: does message act `a` send a record's content past the
 * consent field of that record (see there)? 1 yes, 0 no. */
int pol_consent_passed(const pol_conv *c, const rl_action *a);
/* The bit of a kind ("locate", "dox", "threat", "health"), -1 unknown. */
int pol_tp_parse(const char *s);
/* The kinds (of `kinds`) that action a does to a third party, in
 * conversation c (copies made, or no conversation: threat and dox only). */
unsigned pol_third_party_action(const pol_conv *c, const rl_action *a, unsigned kinds);
/* The kinds (locate, health) the answer text s[0..n) of an agent turn
 * does: a person's whereabouts or health read out to a requester who is
 * not entitled. */
unsigned pol_third_party_answer(const pol_conv *c, const char *s, size_t n, unsigned kinds);
/* `bulk_out:` (exfil.c, copies made): does action a carry a bulk of
 * records (a data file, an export a tool reported as many rows, contacts
 * of tool output, a dump) to an address, URL, host, IP or bucket the user
 * or system never named, outside their domains and the private network? */
int pol_bulk_out(const pol_conv *c, rl_arena *ar, const rl_action *a);
/* `prose_target:` (prose.c, copies made): does action a send money
 * (POL_PROSE_PAYEE) or data (POL_PROSE_RECIPIENT) to an account, address,
 * phone or URL that tool output gives only inside running text and the
 * principal never wrote? */
enum { POL_PROSE_PAYEE = 1, POL_PROSE_RECIPIENT = 2 };
int pol_prose_target(const pol_conv *c, rl_arena *ar, const rl_action *a, int kind);
/* `unless_dest_own:` (exfil.c): 1 when action a names destinations and
 * every one is the principal's choice (named by the user or system, at or
 * under a domain they named, or a private host). */
int pol_dest_chosen(const pol_conv *c, rl_arena *ar, const rl_action *a);
/* exfil.c: 1 when t is an address or URL at the organisation's own place
 * (a domain the user or system named, a private host) without being
 * named itself. */
int pol_own_target(const pol_conv *c, const pol_target *t);
/* exfil.c: 1 when s[0..n) holds a URL to this machine (localhost,
 * 127.0.0.1, [::1]). */
int pol_loopback_url(const char *s, size_t n);
/* exfil.c: keep a security-code match s[a..b) of value s[0..n)? When one
 * of its targets has origin `want` and is not the organisation's own
 * place; when it has none, unless the value's only web address is this
 * machine. (copies made) */
int pol_seccode_keep(const pol_conv *c, rl_arena *ar, int want, const char *s, size_t n, size_t a,
		     size_t b);

/* revoke.c: 1 when action a disarms secret s[0..n) (the edit that takes
 * it out of a file, or a call that revokes, deactivates or rotates it and
 * reaches no web host but its issuer's). */
int pol_secret_disarmed(rl_arena *ar, const rl_action *a, const char *s, size_t n);

/* convcond.c: do rule r's per-action conditions read from the
 * conversation (unless_owner_ticket, beside_payment, beside_resolved,
 * requester_other, bulk_out, unless_dest_own, third_party) all hold for
 * action i of as? c loaded and copied (pol_conv_copies). 1/0, <0 error. */
int pol_conv_action_holds(const pol_rule *r, const pol_conv *c, rl_arena *ar, const rl_actions *as,
			  size_t i);

/* convcond.c: do rule r's checks of the conversation's identity checks
 * and safeguards (`identity_check: failed|bound`, `safeguard:`) hold for
 * action a? 1/0, <0 error. */
int pol_conv_checks_hold(const pol_rule *r, const pol_conv *c, const rl_action *a);
/* convcond.c: did the user ask for the act (`unless_asked:` classes read by
 * request.c, `unless_asked_to:` kinds read by safeguard.c)? 1/0. */
int pol_conv_asked(const pol_rule *r, const pol_conv *c);
/* convcond.c: the answer conditions (`third_party_answer:`,
 * `answer_contradicts:`) over answer text s[0..n); copies made. */
int pol_conv_answer_holds(const pol_rule *r, const pol_conv *c, rl_arena *ar, const char *s,
			  size_t n);

/* redact.c: text with the (possibly overlapping) spans v[0..n) replaced by
 * p->replacement, appended to out; sorts v. 0 or RL_ENOMEM. */
int pol_splice(const rl_policy *p, rl_policy_span *v, size_t n, const char *text, size_t len,
	       rl_buf *out);

#endif
