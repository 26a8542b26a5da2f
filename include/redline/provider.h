/* redline/provider.h: talking to model APIs. Three layers, used alone or
 * together:
 *   - model specs: "provider:model[@base_url]" (and the original study's bare
 *     names) resolved to a wire format, base URL and key variable;
 *   - codecs (pure, no network): an rl_request to URL + headers + JSON body,
 *     and a response body (JSON or an SSE stream) back to an rl_response,
 *     for OpenAI Chat Completions, the OpenAI Responses API, Anthropic
 *     Messages and Gemini generateContent, following each provider's
 *     documented wire format (src/codec/, one file per API);
 *   - the transport: libcurl's multi interface with concurrency caps, token
 *     buckets, retries with backoff and jitter that honour Retry-After, and
 *     a drain for shutdown; plus a blocking one-call helper (judge, tools).
 * The `mock` provider answers in-process from a script (no network) and
 * marks every response `mock`.
 *
 * Keys come from the environment only, are read at encode time, and never
 * appear in any message, log or rl_response.
 *
 * Ownership: rl_request is caller-owned and only borrowed (the transport
 * copies what it needs at submit); rl_response owns its strings
 * (rl_response_free). Transports are single-threaded: call every
 * rl_transport_* function from the thread that runs it. */
#ifndef REDLINE_PROVIDER_H
#define REDLINE_PROVIDER_H

#include "redline/export.h"

#include <stddef.h>
#include <stdint.h>

#include "redline/buf.h"
#include "redline/err.h"
#include "redline/harm.h" /* rl_strlist */

#ifdef __cplusplus
extern "C" {
#endif
RL_API_BEGIN

/* ---- process set-up ------------------------------------------------- */

/* curl_global_init, once per process, before any thread is started (the
 * cli calls it in main; tests call it first), and raise the soft limit on
 * open files to the hard limit (1024+ connections). Safe to call again
 * (pair each call with rl_provider_global_cleanup). */
int rl_provider_global_init(rl_err *e);
/* curl_global_cleanup; call once at exit (keeps valgrind quiet). */
void rl_provider_global_cleanup(void);

/* ---- model specs ---------------------------------------------------- */

/* Wire formats. */
enum rl_wire {
	RL_WIRE_OPENAI = 0,    /* POST {base}/chat/completions, Bearer key */
	RL_WIRE_ANTHROPIC = 1, /* POST {base}/v1/messages, x-api-key, anthropic-version */
	RL_WIRE_GEMINI = 2,    /* POST {base}/v1beta/models/{model}:generateContent */
	RL_WIRE_MOCK = 3,      /* in-process script, no network */
	RL_WIRE_RESPONSES = 4, /* POST {base}/responses, Bearer key (OpenAI Responses API) */
};

#define RL_SPEC_NAME_MAX 256
#define RL_SPEC_URL_MAX 512

typedef struct rl_model_spec {
	int wire;                       /* enum rl_wire */
	char provider[32];              /* preset: openai, openrouter, together,
					   deepseek, xai, groq, ollama, vllm,
					   anthropic, google, mock */
	char model[RL_SPEC_NAME_MAX];   /* model id sent to the API */
	char base_url[RL_SPEC_URL_MAX]; /* no trailing slash */
	char key_env[64];               /* env var holding the key; "" = none */
	int key_optional;               /* 1: send no key when the variable is unset
					   (local servers, explicit @base_url) */
	int reasoning;                  /* OpenAI reasoning family (o1/o3/o4/gpt-5):
					   max_completion_tokens, no temperature */
	char id[RL_SPEC_NAME_MAX + 40]; /* canonical "provider:model" (limits, logs,
					   set-aside); base URL not included */
} rl_model_spec;

/* Parse a model spec:
 *   openai:gpt-4o   anthropic:claude-sonnet-4-20250514   google:gemini-2.5-pro
 *   openai-responses:gpt-4o   (the same models through POST /v1/responses)
 *   gemini:...      openrouter:x-ai/grok-3-beta  together:... deepseek:...
 *   xai:... groq:...  ollama:llama3.2  vllm:Qwen/Qwen3-8B  mock[:NAME][@SCRIPT]
 *   openai:my-model@http://127.0.0.1:8080/v1   (any OpenAI-compatible server)
 * and the original study's bare names, mapped as its framework does:
 * claude* -> anthropic; gpt*, o1*, o3*, o4*, chatgpt* -> openai; gemini* ->
 * google; deepseek-chat/deepseek-reasoner -> deepseek; grok* -> xai; ids of
 * Together's catalogue (deepseek-ai/..., meta-llama/Llama-..., Qwen/...,
 * mistralai/...) -> together; any other name with a slash -> openrouter.
 * For mock, "@SCRIPT" names a script file (see rl_mock_*). Errors: unknown
 * provider, empty model, bad URL (RL_EINVAL, message names the spec). */
int rl_model_spec_parse(const char *spec, rl_model_spec *out, rl_err *e);

/* Override the key variable (a config's per-model `api_key_env`). */
int rl_model_spec_set_key_env(rl_model_spec *m, const char *env, rl_err *e);

/* Check that the key is present (RL_EINVAL "model X: set OPENAI_API_KEY in
 * the environment" otherwise). The key itself never leaves this module. */
int rl_model_spec_check_key(const rl_model_spec *m, rl_err *e);

/* ---- requests and responses ---------------------------------------- */

typedef struct rl_message {
	const char *role; /* "user" or "assistant" ("system" is moved to the
			     system prompt for Anthropic and Gemini) */
	const char *content;
	const char *raw_json; /* NULL, or one complete message object in the
				 request's wire format (JSON text), sent as is
				 in place of role/content: the turns of a
				 tool-use conversation (rl_turn_messages);
				 `content` then only feeds the mock's matching */
} rl_message;

#define RL_UNSET (-1)         /* for temperature (< 0) and ints */
#define RL_THINK_DYNAMIC (-2) /* Gemini: thinkingBudget -1 (model decides) */

typedef struct rl_request {
	const rl_model_spec *model; /* borrowed; required */
	const char *system;         /* may be NULL */
	const char *system_json;    /* NULL, or `system` already written as a
				       JSON string (quotes included): the OpenAI
				       Chat encoder copies it instead of escaping
				       `system` again (a conversation sends the
				       same one every turn) */
	const rl_message *messages;
	size_t nmessages;
	double temperature;         /* < 0: not sent */
	int max_tokens;             /* <= 0: provider default (Anthropic: 4096) */
	int thinking_budget;        /* 0: off; > 0 tokens; RL_THINK_DYNAMIC */
	const char *tools_json;     /* NULL or an OpenAI-style tools array
				       ([{type:function,function:{name,description,
				       parameters}}]); converted per provider */
	int tools_valid;            /* 1: the caller wrote tools_json with a JSON
				       library (a well-formed array), so the
				       OpenAI encoder need not check it again on
				       every turn of a conversation */
	const char *const *headers; /* extra "Name: value" lines */
	size_t nheaders;
	const char *extra_body_json; /* NULL or a JSON object merged into the body
					(its keys win) */
	int timeout_ms;              /* <= 0: the transport's default */
	const char *reuse_key;       /* NULL, or what identifies the question:
					the caller promises that requests to the
					same model id with the same key encode to
					the same bytes, and the transport encodes
					once and shares (the campaign passes its
					request hash). Copied. */
	int continues;               /* 1: the next call of a conversation already under way
					(a tool-use turn): it waits in its model's queue
					ahead of requests that start new work, so a
					conversation, once started, is not held up behind
					conversations started after it (FIFO among such
					calls; limits and in-flight accounting unchanged) */
	/* For the mock provider's script and for logs only: */
	const char *condition; /* may be NULL */
	int sample;            /* sample index, or -1 */
} rl_request;

/* Normalized finish reasons; `finish_raw` keeps the provider's word. */
enum rl_finish {
	RL_FINISH_NONE = 0,   /* not reported (or failed request) */
	RL_FINISH_STOP = 1,   /* stop / end_turn / STOP / stop_sequence */
	RL_FINISH_LENGTH = 2, /* length / max_tokens / MAX_TOKENS */
	RL_FINISH_TOOL = 3,   /* tool_calls / tool_use */
	RL_FINISH_FILTER = 4, /* content_filter / refusal / SAFETY / blocked prompt */
	RL_FINISH_OTHER = 5,
};
const char *rl_finish_name(int finish); /* "stop", "length", ... */

typedef struct rl_response {
	char *text; /* final answer (thinking excluded); "" if none */
	size_t text_len;
	char *reasoning; /* thinking / reasoning_content / thought parts,
			    or NULL */
	size_t reasoning_len;
	char *tool_calls; /* native tool calls as raw JSON text, or NULL:
			     OpenAI `tool_calls` array, Anthropic array of
			     tool_use blocks, Gemini array of functionCall
			     parts, Responses array of function_call items
			     (what rl_transcript.native expects) */
	size_t tool_calls_len;
	int calls_wire; /* the wire whose native form tool_calls is in:
			   RL_WIRE_OPENAI (0, also the mock's form),
			   RL_WIRE_ANTHROPIC, RL_WIRE_GEMINI or
			   RL_WIRE_RESPONSES; set by the decoders */
	int finish;     /* enum rl_finish */
	char finish_raw[48];
	char model_reported[128]; /* the model id the server answered with */
	long input_tokens, output_tokens, reasoning_tokens; /* -1 unknown */
	int http_status;     /* last HTTP status (0: none, or mock) */
	int64_t latency_ms;  /* submit to completion, retries included */
	int attempts;        /* HTTP attempts made (mock: 1) */
	int error;           /* 0, or RL_E* for a failed request:
				RL_ENET (HTTP error or connection failure),
				RL_ELIMIT (timeout, body too large, set aside),
				RL_EPROTO (not the format's JSON, empty completion),
				RL_EINTR (not sent or aborted: stopping; the
				sample is simply not done) */
	int retryable;       /* the failure was transient (worth a later resume) */
	int set_aside;       /* not sent: the model was set aside */
	char error_msg[512]; /* "" or why it failed (no keys, bounded) */
	int mock;            /* 1 when produced by the mock provider */
} rl_response;
/* Strings are NUL-terminated and valid UTF-8 (JSON-decoded); `text` is
 * never NULL after a decode or a transport completion, even on errors. */

void rl_response_init(rl_response *r);
void rl_response_free(rl_response *r); /* frees strings, re-inits */

/* ---- codecs (pure) -------------------------------------------------- */

/* Encode `rq` for its model's wire format: the full URL into `url`, header
 * lines ("Name: value", '\n'-separated, auth included when `key` is not
 * NULL) into `headers`, and the JSON body into `body` (all appended).
 * Invalid UTF-8 in prompts is sent as U+FFFD. RL_EINVAL for a malformed
 * tools_json/extra_body_json or a mock model. */
int rl_provider_encode(const rl_request *rq, const char *key, rl_buf *url, rl_buf *headers,
		       rl_buf *body, rl_err *e);

/* Decode a complete non-streaming response body. For 2xx it fills text,
 * reasoning, tool calls, finish, usage; for other statuses it sets
 * `error`/`error_msg` from the provider's error body and `retryable` for
 * 408, 409, 429, 5xx and Anthropic's 529. Returns 0 when the body was
 * understood (even an API error), RL_EPROTO for a body that is not the
 * format's JSON (message says so; out->error set too). `status` 0 means
 * "assume 200" (fixtures, fuzzing). Never reads past `n`. */
int rl_provider_decode(int wire, int status, const char *body, size_t n, rl_response *out,
		       rl_err *e);

/* Incremental Server-Sent Events parser (WHATWG rules: "event:", "data:"
 * joined with '\n', "id:", comments, CR/LF/CRLF). Hand-written because no
 * Debian library parses SSE; bounded (an event over `max_event` bytes is
 * an error). */
typedef struct rl_sse {
	rl_buf line, event, data;
	size_t max_event; /* default 16 MiB when 0 */
	int saw_cr;
	int has_data;
} rl_sse;
/* Called once per dispatched event; a non-zero return stops the feed and
 * is returned by rl_sse_feed. `event` is "" when no event: field. */
typedef int (*rl_sse_fn)(void *ud, const char *event, const char *data, size_t n);
void rl_sse_init(rl_sse *p);
int rl_sse_feed(rl_sse *p, const char *s, size_t n, rl_sse_fn fn, void *ud);
void rl_sse_free(rl_sse *p);

/* Stream accumulator: turns an OpenAI (chat.completion.chunk ... [DONE]),
 * Responses (typed events response.created ... response.completed),
 * Anthropic (message_start ... message_stop) or Gemini
 * (streamGenerateContent?alt=sse: one GenerateContentResponse per event,
 * ending when the connection closes) event stream into the same
 * rl_response a non-streaming call yields. Feed raw bytes as they arrive. */
typedef struct rl_stream rl_stream;
int rl_stream_new(int wire, rl_stream **out, rl_err *e);
int rl_stream_feed(rl_stream *s, const char *p, size_t n, rl_err *e);
/* 1 once the terminal event ([DONE] / message_stop / response.completed or
 * .incomplete / a Gemini chunk with a finishReason) was seen. */
int rl_stream_done(const rl_stream *s);
/* Move the result into `out` (call once; RL_EPROTO if the stream was cut
 * before its terminal event or carried an error event, out filled anyway). */
int rl_stream_finish(rl_stream *s, rl_response *out, rl_err *e);
void rl_stream_free(rl_stream *s);

/* ---- multi-turn tool use (issue 17) ----------------------------------
 * Kept apart from the codecs so that they can fold it in: one function per
 * wire that reads a response's tool calls, and one that writes the
 * messages continuing the conversation (the assistant turn with its calls,
 * then the results), as rl_message.raw_json objects. */

/* A native tool call, normalized: id ("" when the wire has none, e.g.
 * Gemini), name, and arguments as JSON object text ("{}" if none). */
typedef struct rl_tool_call {
	char *id;
	char *name;
	char *arguments;
} rl_tool_call;

/* Parse rl_response.tool_calls of `wire` (RL_WIRE_MOCK: the OpenAI form).
 * Hostile input: at most `max` calls are kept (*truncated set when more);
 * a call without a name is skipped. *out is malloc'ed (rl_tool_calls_free). */
int rl_tool_calls_parse(int wire, const char *raw, size_t n, size_t max, rl_tool_call **out,
			size_t *count, int *truncated, rl_err *e);
void rl_tool_calls_free(rl_tool_call *v, size_t n);

/* The messages that continue a conversation after a response with tool
 * calls: the assistant turn (its text and the calls as the wire wants
 * them) and one answer per call (results[i] answers calls[i]). Appends
 * each message object (compact JSON text, for rl_message.raw_json) to
 * `out`. For OpenAI and the mock: an assistant message with
 * tool_calls then one "tool" message per call; Anthropic: an assistant
 * message with text and tool_use blocks then one user message of
 * tool_result blocks; Gemini: a model turn with functionCall parts then a
 * user turn of functionResponse parts. */
int rl_turn_messages(int wire, const char *text, const rl_tool_call *calls, size_t ncalls,
		     const char *const *results, rl_strlist *out, rl_err *e);

/* ---- mock provider -------------------------------------------------- */

/* A mock script (YAML or JSON) is a list of rules; the first that matches
 * a request answers it:
 *   responses:
 *     - model: "mock:blackmailer*"   # glob on the spec id or model (default *)
 *       condition: "blackmail_*"     # glob on rl_request.condition (default *)
 *       samples: "0-4,7"             # sample indices (default all)
 *       contains: "SUMMIT"           # substring of system+messages (optional;
 *                                    # in a tool-use conversation this includes
 *                                    # earlier tool results, so a call can
 *                                    # depend on what an earlier one returned)
 *       turn: 2                      # model call of a tool-use conversation
 *                                    # (assistant turns so far + 1; default any)
 *       text: "..."                  # answer; ${sample}, ${model}, ${condition}
 *       reasoning: "..."             # optional thinking text
 *       tool_calls: [{name: email, arguments: {to: "a@b", body: "hi"}}]
 *       finish: stop                 # stop|length|tool_calls|content_filter
 *       error: 503                   # optional: answer with this failure
 * With no script (or no match) the built-in default answers
 * deterministically from a hash of (model, condition, sample). The same
 * scripts drive the fake provider server. */
typedef struct rl_mock_script rl_mock_script;
int rl_mock_script_load(const char *path, rl_mock_script **out, rl_err *e);
int rl_mock_script_parse(const char *name, const char *data, size_t n, rl_mock_script **out,
			 rl_err *e);
void rl_mock_script_free(rl_mock_script *s);
/* Answer `rq` (script may be NULL: built-in default). Fills `out` with
 * mock = 1; a scripted error sets error/retryable/http_status. */
int rl_mock_answer(const rl_mock_script *s, const rl_request *rq, rl_response *out, rl_err *e);

/* ---- transport ------------------------------------------------------ */

typedef struct rl_transport rl_transport;

typedef struct rl_transport_opts {
	int max_in_flight;      /* total HTTP requests at once (default 1024) */
	int max_attempts;       /* per request, first try included (default 5) */
	int backoff_base_ms;    /* full jitter: sleep U(0, min(max, base*2^n)) (1000) */
	int backoff_max_ms;     /* (60000) */
	int retry_after_max_ms; /* cap on a server's Retry-After (300000) */
	int timeout_ms;         /* per-request default (180000) */
	int set_aside_after;    /* consecutive final failures that set a model aside
				   (default 10; < 0 never) */
	int retry_empty;        /* retry empty completions (default 1) */
	size_t max_body;        /* response size bound (default 64 MiB) */
	uint64_t seed;          /* jitter PRNG seed (0: random) */
	/* Called when a model is set aside (may be NULL). */
	void (*on_set_aside)(void *ud, const char *model_id, const char *reason);
	void *ud;
} rl_transport_opts;

/* Defaults as documented above. */
void rl_transport_opts_default(rl_transport_opts *o);

int rl_transport_new(const rl_transport_opts *o, rl_transport **out, rl_err *e);
/* Completes every outstanding request with RL_EINTR first. */
void rl_transport_free(rl_transport *t);

/* A limit applies to every request it matches:
 *   "*"                      all requests
 *   "provider:NAME"          a preset (openai, anthropic, google (or gemini),
 *                            openrouter, ...)
 *   "model:GLOB"             fnmatch on the model id or "provider:model"
 *   "ALT,ALT,..."            any of these: one limit shared by all of them
 *                            (a rate-limit pool such as
 *                            "model:*:free,model:qwen*")
 * A request is sent only when every matching limit has a free slot and
 * tokens: `concurrency` requests in flight (0 = no cap), `rpm` requests and
 * `tpm` tokens per minute (0 = no limit; token buckets holding ten
 * seconds' worth, so the rate is spread over the minute; tokens estimated
 * as body bytes / 4 + max_tokens and corrected from the reported usage; a
 * request larger than the bucket waits for a full bucket). */
typedef struct rl_limit {
	const char *match;
	int concurrency;
	double rpm, tpm;
} rl_limit;
int rl_transport_add_limit(rl_transport *t, const rl_limit *l, rl_err *e);

/* Called once per submitted request, from inside rl_transport_run (never
 * from submit). `rs` is valid only during the call: copy what you keep, or
 * steal strings by setting the pointers to NULL. The callback may submit. */
typedef void (*rl_done_fn)(void *ud, rl_response *rs);

/* Queue a request (encoded and copied now: `rq` may be freed on return).
 * Fails at once (RL_EINVAL) on a missing key or bad JSON fields, RL_ELIMIT
 * for a model already set aside, RL_EINTR after rl_transport_stop (rl_err
 * says which). A queued request holds its encoded body, so submit lazily
 * (e.g. from the callback) to keep rl_transport_pending() near
 * max_in_flight: memory then grows with requests in flight, not with the
 * size of the campaign. */
int rl_transport_submit(rl_transport *t, const rl_request *rq, rl_done_fn done, void *ud,
			rl_err *e);

/* Drive the transfers: returns when nothing is queued or in flight, or
 * after `max_ms` (< 0: no bound). Returns the number of requests still
 * outstanding (queued, waiting to retry or in flight). */
int rl_transport_run(rl_transport *t, int max_ms);

/* Outstanding requests (queued + waiting to retry + in flight). */
int rl_transport_pending(const rl_transport *t);
int rl_transport_in_flight(const rl_transport *t);

/* Stop scheduling: queued and retry-waiting requests complete at once with
 * error RL_EINTR ("not sent: stopping"); in-flight ones may finish. Safe
 * to call from a callback (not from a signal handler: set a flag there and
 * call this from the loop). */
void rl_transport_stop(rl_transport *t);

/* After stop: run until nothing is in flight or `deadline_ms` passed, then
 * abort what remains (RL_EINTR, "aborted at shutdown"). Returns how many
 * were aborted. */
int rl_transport_drain(rl_transport *t, int deadline_ms);

/* 1 if the model ("provider:model") was set aside. */
int rl_transport_is_set_aside(const rl_transport *t, const char *model_id);

/* Requests sent over HTTP so far, attempts included (for tests/stats). */
uint64_t rl_transport_http_requests(const rl_transport *t);

/* Blocking helper for one request (judge, tools): a private transport with
 * default options (max_attempts applies). Returns 0 when the call
 * succeeded, else the error code (also in out->error, message in `e`). */
int rl_provider_call(const rl_request *rq, rl_response *out, rl_err *e);

RL_API_END
#ifdef __cplusplus
}
#endif
#endif
