/* fuzz_guard_req.c: what an agent (an HTTP client of the guard) sends:
 * request bodies through the shape check and the compartmentalization
 * redaction, with a policy that has sensitive terms so the JSON walk runs
 * (oracle: a redacted request redacted again is unchanged, i.e. no string
 * anywhere in it kept a sensitive term);
 * the same bytes as a tool call's arguments and as a non-streamed response
 * evaluated by the default policy (the verdict must be well formed). The
 * fast request scan (gw_request_scan, the guard's hot path) must agree
 * with the tree check wherever it accepts the text. The first byte picks
 * the wire format. Differential oracle (sdk_oracle.h): the same bytes as an
 * upstream answer, plain and streamed, through the guard's release path
 * under the policy that blocks send* tools: what is released must not give
 * the official SDKs a send_email call. */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/fs.h"
#include "base/jsonr.h"
#include "guard/eval.h"
#include "guard/wire.h"
#include "redline/guard.h"
#include "sdk_oracle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static rl_guard *g[2];

static const char policy[] =
	"version: 1\nname: fuzz\nsensitive: [\"affair\", \"(?i)project alpha\", \"Kyle\"]\n"
	"replacement: \"[REDACTED]\"\ndefault_action: allow\nrules:\n"
	"  - id: r\n    action: block\n    tools: [\"send*\"]\n";

static void setup(void)
{
	rl_err e;
	char path[] = "/tmp/fuzz-guard-policy-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0 || write(fd, policy, sizeof policy - 1) != (ssize_t)(sizeof policy - 1))
		abort();
	close(fd);
	if (rl_guard_new(NULL, &g[0], &e))
		abort();
	if (rl_guard_new(path, &g[1], &e))
		abort(); /* the fixed policy above must load */
	unlink(path);
}

/* The conversation in place and from the tree: the same messages. */
static void conv_agrees(const char *body, size_t n, int format)
{
	ge_req rq = {body, n, format, 0};
	ge_conv a, b;
	size_t i;
	int ra = ge_conv_parse(&rq, &a), rb = ge_conv_parse_tree(&rq, &b);
	if (ra != rb || (!ra && a.n != b.n))
		abort();
	for (i = 0; !ra && i < a.n; i++)
		if (a.msgs[i].role != b.msgs[i].role || a.msgs[i].len != b.msgs[i].len ||
		    memcmp(a.msgs[i].text, b.msgs[i].text, a.msgs[i].len))
			abort();
	ge_conv_free(&a);
	ge_conv_free(&b);
}

static void verdict_ok(const rl_guard_verdict *v)
{
	size_t i;
	for (i = 0; i < v->nitems; i++)
		if (v->items[i].start > v->items[i].end)
			abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int format, stream = 0, changed = 0, k;
	const char *body;
	size_t n;
	json_error_t je;
	json_t *req;
	rl_err e;
	rl_buf out = RL_BUF_INIT;
	rl_guard_verdict v;

	if (!g[0])
		setup();
	if (size < 1)
		return 0;
	format = data[0] & 1 ? RL_GUARD_ANTHROPIC : RL_GUARD_OPENAI;
	body = (const char *)data + 1;
	n = size - 1;

	req = json_loadb(body, n, 0, &je);
	if (req && gw_request_check(format, req, &stream, &e) == 0 && stream != 0 && stream != 1)
		abort();
	{
		/* the scan accepts only what jansson accepts, and then decides
		 * as the tree check does, with the same last message */
		const char *last;
		size_t lastn;
		int st2 = 0, rc2 = gw_request_scan(format, body, n, &st2, &last, &lastn, &e), rc1;
		if (rc2 != 1) {
			json_t *msgs, *lm, *lm2;
			if (!req || !json_is_object(req))
				abort();
			rc1 = gw_request_check(format, req, &stream, &e);
			if ((rc1 == 0) != (rc2 == 0) || (rc1 == 0 && stream != st2))
				abort();
			msgs = json_object_get(req, "messages");
			lm = json_array_size(msgs) ? json_array_get(msgs, json_array_size(msgs) - 1)
						   : NULL;
			if (rc1 == 0 && (!lm) != (!last))
				abort();
			if (rc1 == 0 && lm) {
				rl_buf ia = RL_BUF_INIT, ib = RL_BUF_INIT;
				lm2 = rl_json_fast_parse(last, lastn);
				if (!lm2 || !json_equal(lm, lm2))
					abort();
				json_decref(lm2);
				/* the input rules' text, in place and from the tree */
				gw_input_from_tree(lm, &ia);
				gw_input_scan(last, lastn, &ib);
				if (ia.len != ib.len || (ia.len && memcmp(ia.s, ib.s, ia.len)))
					abort();
				rl_buf_free(&ia);
				rl_buf_free(&ib);
			}
		}
	}
	json_decref(req);
	conv_agrees(body, n, format);
	for (k = 0; k < 2; k++) {
		rl_buf_reset(&out);
		if (rl_guard_redact_request(g[k], format, "a", body, n, &out, &changed, &e) == 0 &&
		    changed) {
			/* a rewritten request must still be JSON */
			json_t *r = json_loadb(out.s, out.len, 0, &je);
			if (!r)
				abort();
			json_decref(r);
			/* and nothing sensitive is left anywhere in it: redacting
			 * it again changes nothing (every string was walked) */
			if (k == 1) {
				rl_buf again = RL_BUF_INIT;
				int ch2 = 0;
				if (rl_guard_redact_request(g[k], format, "a", out.s, out.len,
							    &again, &ch2, &e) ||
				    ch2)
					abort();
				rl_buf_free(&again);
			}
		}
	}
	rl_buf_free(&out);

	memset(&v, 0, sizeof v);
	if (rl_guard_check_tool_call(g[0], NULL, "send_email", body, n, &v, &e) == 0)
		verdict_ok(&v);
	rl_guard_verdict_free(&v);
	memset(&v, 0, sizeof v);
	if (rl_guard_check_response(g[0], format, "a", body, n, &v, &e) == 0)
		verdict_ok(&v);
	rl_guard_verdict_free(&v);
	guard_release_check(g[1], format, 0, body, n, "send_email");
	guard_release_check(g[1], format, 1, body, n, "send_email");
	return 0;
}
