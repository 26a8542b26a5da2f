/* answer.c: the fake provider's answer routine. For a complete request
 * body: check the key, pick a fault from the schedule (or a script rule's),
 * ask the mock script, and render the answer in the wire's documented
 * format, as one body or as a stream served event by event (parking the
 * connection between events); every request goes to the log. */
#include "fake/fake_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <jansson.h>

/* An error body in the wire's shape (malloc'ed; NULL when out of memory). */
static char *error_body(int wire, unsigned status, const char *msg)
{
	rl_buf b = RL_BUF_INIT;
	if (rl_codec_error_body(wire, (int)status, msg, &b)) {
		rl_buf_free(&b);
		return NULL;
	}
	return rl_buf_detach(&b, NULL);
}

/* ---- MHD plumbing ---------------------------------------------------- */

int fk_theap_push(rl_fake *f, conn_ctx *c);

/* Park the connection for the inter-event delay; 1 when parked. */
static int stream_pause(stream_body *sb, size_t pos)
{
	rl_fake *f = sb->f;
	int parked = 0;
	pthread_mutex_lock(&f->tmu);
	if (!f->stopping) {
		sb->paused_at = pos;
		sb->ctx->due = rl_mono_ms() + sb->delay_ms;
		MHD_suspend_connection(sb->ctx->conn);
		if (fk_theap_push(f, sb->ctx)) {
			fk_resume(sb->ctx);
		} else {
			pthread_cond_signal(&f->tcv);
			parked = 1;
		}
	}
	pthread_mutex_unlock(&f->tmu);
	return parked;
}

static ssize_t stream_reader(void *cls, uint64_t pos, char *buf, size_t max)
{
	stream_body *sb = cls;
	size_t end, n;
	if (pos >= sb->len)
		return MHD_CONTENT_READER_END_OF_STREAM;
	if (sb->reset && pos >= sb->fail_at)
		return MHD_CONTENT_READER_END_WITH_ERROR;
	end = sb->len;
	if (sb->reset)
		end = sb->fail_at;
	else {
		while (sb->cut < sb->ncuts && sb->cuts[sb->cut] <= pos)
			sb->cut++;
		if (sb->cut < sb->ncuts)
			end = sb->cuts[sb->cut];
		/* at the start of a new event: wait first (once per event) */
		if (sb->delay_ms > 0 && sb->cut > 0 && sb->cuts[sb->cut - 1] == pos &&
		    sb->paused_at != pos && stream_pause(sb, (size_t)pos))
			return 0;
	}
	n = end - (size_t)pos;
	if (n > max)
		n = max;
	memcpy(buf, sb->data + pos, n);
	return (ssize_t)n;
}

static void stream_free(void *cls)
{
	stream_body *sb = cls;
	free(sb->data);
	free(sb->cuts);
	free(sb);
}

struct MHD_Response *fk_buf_response(char *s, const char *ctype)
{
	struct MHD_Response *r;
	if (!s)
		s = strdup("{}");
	if (!s)
		return NULL;
	r = MHD_create_response_from_buffer(strlen(s), s, MHD_RESPMEM_MUST_FREE);
	if (!r) {
		free(s);
		return NULL;
	}
	MHD_add_response_header(r, "Content-Type", ctype);
	return r;
}

/* One header name into the log's "headers" list (names only: values may
 * hold keys, which never go to a log). */
static enum MHD_Result log_hdr(void *cls, enum MHD_ValueKind kind, const char *k, const char *v)
{
	rl_buf *b = cls;
	(void)kind;
	(void)v;
	if (b->s && b->s[b->len - 1] != '[')
		rl_buf_addc(b, ',');
	rl_buf_addc(b, '"');
	rl_buf_add_json(b, k, strlen(k));
	rl_buf_addc(b, '"');
	return MHD_YES;
}

static void log_request(rl_fake *f, struct MHD_Connection *c, uint64_t seq, const parsed *p,
			const rl_request *rq, const char *hash, int fault, unsigned status)
{
	rl_buf b = RL_BUF_INIT;
	static const char *const wires[] = {"openai", "anthropic", "gemini", "mock",
					    "openai-responses"};
	if (!f->log)
		return;
	rl_buf_addf(&b, "{\"seq\":%llu,\"wire\":\"%s\",\"model\":\"", (unsigned long long)seq,
		    wires[p->r.wire]);
	rl_buf_add_json(&b, p->r.model, strlen(p->r.model));
	rl_buf_adds(&b, "\"");
	if (rq && rq->condition) /* checked by sample_of: no escaping needed */
		rl_buf_addf(&b, ",\"condition\":\"%s\"", rq->condition);
	if (rq && rq->sample >= 0)
		rl_buf_addf(&b, ",\"sample\":%d", rq->sample);
	rl_buf_addf(&b,
		    ",\"prompt_sha256\":\"%s\",\"stream\":%s,\"fault\":\"%s\",\"status\":%u,"
		    "\"headers\":[",
		    hash, p->r.stream ? "true" : "false", fk_fault_names[fault], status);
	MHD_get_connection_values(c, MHD_HEADER_KIND, log_hdr, &b);
	rl_buf_adds(&b, "]}\n");
	pthread_mutex_lock(&f->lmu);
	fwrite(b.s, 1, b.len, f->log);
	fflush(f->log);
	pthread_mutex_unlock(&f->lmu);
	rl_buf_free(&b);
}

static int pick_fault(rl_fake *f, struct MHD_Connection *c, const rl_buf *body, uint64_t seq,
		      uint64_t count, long *retry_after)
{
	const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Fake-Fault");
	const char *m;
	int i;
	*retry_after = 1;
	if (h && *h)
		return fk_fault_by_name(h, strlen(h));
	/* Markers are found in the raw body: JSON escaping leaves "[[fault:"
	 * and "]]" as they are. */
	if ((m = memmem(body->s, body->len, "[[fault:", 8))) {
		const char *end = memmem(m, (size_t)(body->s + body->len - m), "]]", 2);
		const char *star;
		if (end) {
			long n = -1;
			m += 8;
			star = memchr(m, '*', (size_t)(end - m));
			if (star)
				n = strtol(star + 1, NULL, 10);
			if (n < 0 || (long)count <= n)
				return fk_fault_by_name(m, (size_t)((star ? star : end) - m));
			return F_NONE;
		}
	}
	for (i = 0; i < f->nsched; i++) {
		sched *s = &f->sched[i];
		if ((s->first && (long)seq <= s->first) ||
		    (s->every && seq % (uint64_t)s->every == 0)) {
			*retry_after = s->retry_after;
			return s->kind;
		}
	}
	return F_NONE;
}

/* The sample a request belongs to, from the headers a run sends when its
 * config asks (a model's `headers:` with ${condition} and ${sample}, see
 * docs/providers.md): "X-Redline-Condition: ID" and "X-Redline-Sample: N".
 * A request's bytes cannot say it (every sample of a condition asks the
 * same first question), and retries and resumes resend the same headers,
 * so the script's condition: and samples: rules select the same answer
 * whatever the order requests arrive in. -1 for a malformed value (the
 * request is refused, never answered as another sample); 0 otherwise
 * (*cond "" and *sample -1 when absent). */
static int sample_of(struct MHD_Connection *c, char *cond, size_t n, int *sample)
{
	const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Redline-Condition");
	const char *s = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Redline-Sample");
	size_t i;
	*cond = '\0';
	*sample = -1;
	if (h) {
		if (!*h || strlen(h) >= n)
			return -1;
		for (i = 0; h[i]; i++)
			if (!((h[i] >= 'a' && h[i] <= 'z') || (h[i] >= 'A' && h[i] <= 'Z') ||
			      (h[i] >= '0' && h[i] <= '9') || strchr("_-.", h[i])))
				return -1;
		memcpy(cond, h, i + 1);
	}
	if (s) {
		char *end;
		long v;
		if (*s < '0' || *s > '9')
			return -1;
		v = strtol(s, &end, 10);
		if (*end || v > 1000000000L)
			return -1;
		*sample = (int)v;
	}
	return 0;
}

static int has_auth(struct MHD_Connection *c, int wire)
{
	const char *v;
	if (wire == RL_WIRE_ANTHROPIC)
		return (v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "x-api-key")) && *v &&
		       MHD_lookup_connection_value(c, MHD_HEADER_KIND, "anthropic-version");
	if (wire == RL_WIRE_GEMINI)
		return (v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "x-goog-api-key")) &&
		       *v;
	v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
	return v && !strncmp(v, "Bearer ", 7) && v[7];
}

/* Build the answer for a complete request body; sets ctx->resp/status and
 * returns the delay before sending (ms, 0 none). */
int64_t fk_answer(rl_fake *f, struct MHD_Connection *c, const char *url, conn_ctx *ctx)
{
	parsed p;
	json_t *root;
	char hash[65];
	uint64_t seq, count;
	int fault = F_NONE;
	long retry_after = 1;
	rl_response rs;
	rl_request rq;
	rl_model_spec spec;
	int64_t delay = f->o.latency_ms;
	const char *lat;
	char *body = NULL;
	char cond[512]; /* a condition id's bound (RL_COND_ID_MAX in redline/pack.h) */
	int sample = -1;

	memset(&p, 0, sizeof p);
	memset(&rq, 0, sizeof rq);
	rl_codec_req_init(&p.r);
	rl_response_init(&rs);
	if (strstr(url, "/chat/completions"))
		p.r.wire = RL_WIRE_OPENAI;
	else if (strstr(url, "/v1/messages"))
		p.r.wire = RL_WIRE_ANTHROPIC;
	else if (strstr(url, "/responses"))
		p.r.wire = RL_WIRE_RESPONSES;
	else
		p.r.wire = RL_WIRE_GEMINI;
	seq = atomic_fetch_add(&f->seq, 1) + 1;
	atomic_fetch_add(&f->body_bytes, ctx->body.len);
	/* Only a script needs the decoded messages (model, contains). */
	root = f->script ? json_loadb(ctx->body.s, ctx->body.len, 0, NULL) : NULL;
	if (f->script ? (!json_is_object(root) || rl_codec_req_read(p.r.wire, url, root, &p.r))
		      : fk_scan_request(url, ctx->body.s, ctx->body.len, &p)) {
		atomic_fetch_add(&f->bad, 1);
		ctx->status = 400;
		ctx->resp = fk_buf_response(error_body(p.r.wire, 400,
						       "fake provider: the request body "
						       "is not a valid request for this API"),
					    "application/json");
		json_decref(root);
		fk_parsed_free(&p);
		return 0;
	}
	json_decref(root);
	if (f->script && sample_of(c, cond, sizeof cond, &sample)) {
		atomic_fetch_add(&f->bad, 1);
		ctx->status = 400;
		ctx->resp = fk_buf_response(
			error_body(p.r.wire, 400,
				   "fake provider: X-Redline-Condition must be a condition id "
				   "(letters, digits, '_', '-', '.'; under 512 bytes) and "
				   "X-Redline-Sample a sample index (digits)"),
			"application/json");
		fk_parsed_free(&p);
		return 0;
	}
	if (f->o.require_auth && !has_auth(c, p.r.wire)) {
		atomic_fetch_add(&f->bad, 1);
		ctx->status = 401;
		ctx->resp = fk_buf_response(error_body(p.r.wire, 401,
						       "fake provider: missing API key "
						       "header"),
					    "application/json");
		fk_parsed_free(&p);
		return 0;
	}
	/* Retries resend identical bytes, so the body identifies the prompt
	 * (model and parameters included). */
	rl_sha256_hex(ctx->body.s, ctx->body.len, hash);
	{
		uint64_t key = 0;
		int i;
		for (i = 0; i < 16; i++)
			key = key << 4 |
			      (uint64_t)(hash[i] <= '9' ? hash[i] - '0' : hash[i] - 'a' + 10);
		count = fk_prompt_count(f, key);
	}
	fault = pick_fault(f, c, &ctx->body, seq, count, &retry_after);
	if ((lat = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Fake-Latency-Ms")))
		delay = strtol(lat, NULL, 10);

	memset(&spec, 0, sizeof spec);
	spec.wire = RL_WIRE_MOCK;
	snprintf(spec.provider, sizeof spec.provider, "fake");
	snprintf(spec.model, sizeof spec.model, "%s", p.r.model);
	snprintf(spec.id, sizeof spec.id, "fake:%s", p.r.model);
	rq.model = &spec;
	rq.system = p.r.system.s;
	rq.messages = p.r.msgs;
	rq.nmessages = p.r.nmsgs;
	rq.condition = f->script && cond[0] ? cond : NULL;
	rq.sample = f->script ? sample : -1;
	rq.temperature = -1;
	if (!rl_mock_answer(f->script, &rq, &rs, NULL) && !f->script)
		rs.input_tokens = (long)(ctx->body.len / 4) + 1;
	if (rs.latency_ms > delay) /* the script's latency_ms, as for mock: */
		delay = rs.latency_ms;
	if (rs.error && !fault) {
		unsigned st = rs.http_status ? (unsigned)rs.http_status : 500;
		ctx->status = st;
		ctx->resp =
			fk_buf_response(error_body(p.r.wire, st, rs.error_msg), "application/json");
		atomic_fetch_add(&f->faults, 1);
		goto done;
	}
	if (fault == F_EMPTY) {
		free(rs.text);
		rs.text = strdup("");
		rs.text_len = 0;
		free(rs.tool_calls);
		rs.tool_calls = NULL;
		rs.tool_calls_len = 0;
		free(rs.reasoning);
		rs.reasoning = NULL;
		rs.reasoning_len = 0;
		rs.finish = RL_FINISH_STOP;
	}
	if (fault == F_NUL && rs.text) {
		/* a valid answer with U+0000 in the middle of its text */
		char *t = malloc(rs.text_len + 2);
		if (t) {
			size_t h = rs.text_len / 2;
			memcpy(t, rs.text, h);
			t[h] = '\0';
			memcpy(t + h + 1, rs.text + h, rs.text_len - h + 1);
			free(rs.text);
			rs.text = t;
			rs.text_len++;
		}
	}
	if (fault == F_ECHO_KEY || fault == F_ECHO_KEY_ESC || fault == F_ECHO_KEY_PART) {
		/* a provider quoting the key it refused, whole: what the proxy in
		 * front must keep from its clients and its own records */
		const char *k =
			MHD_lookup_connection_value(c, MHD_HEADER_KIND,
						    p.r.wire == RL_WIRE_ANTHROPIC ? "x-api-key"
						    : p.r.wire == RL_WIRE_GEMINI  ? "x-goog-api-key"
										 : "Authorization");
		rl_buf m = RL_BUF_INIT;
		if (k && p.r.wire == RL_WIRE_OPENAI && !strncmp(k, "Bearer ", 7))
			k += 7;
		size_t kl = k ? strlen(k) : 0;
		char *eb;
		if (fault == F_ECHO_KEY_PART && kl >= 8) /* all but 4, then the last 2/3 */
			rl_buf_addf(&m, "Incorrect API key provided: %.*s****. It ends in %s.",
				    (int)(kl - 4), k, k + kl / 3);
		else
			rl_buf_addf(&m, "Incorrect API key provided: %s.",
				    fault == F_ECHO_KEY_ESC && k ? "@KEY@"
				    : k                          ? k
								 : "(none)");
		ctx->status = 401;
		eb = m.s ? error_body(p.r.wire, 401, m.s) : NULL;
		if (eb && fault == F_ECHO_KEY_ESC && k) {
			/* the key as an encoder that escapes everything would
			 * write it: '/' as \/, letters and digits as \u00XX */
			char *at = strstr(eb, "@KEY@");
			rl_buf x = RL_BUF_INIT;
			size_t i;
			if (at) {
				rl_buf_add(&x, eb, (size_t)(at - eb));
				for (i = 0; i < kl; i++)
					if (k[i] == '/')
						rl_buf_adds(&x, "\\/");
					else if (i % 2)
						rl_buf_addf(&x, "\\u%04X", (unsigned char)k[i]);
					else
						rl_buf_addc(&x, k[i]);
				rl_buf_adds(&x, at + 5);
				free(eb);
				eb = rl_buf_detach(&x, NULL);
			}
		}
		ctx->resp = eb ? fk_buf_response(eb, "application/json") : NULL;
		rl_buf_free(&m);
		atomic_fetch_add(&f->faults, 1);
		goto done;
	}
	if (fault == F_429 || fault == F_500 || fault == F_503 || fault == F_529) {
		unsigned st = fault == F_429   ? 429
			      : fault == F_500 ? 500
			      : fault == F_503 ? 503
					       : 529;
		char msg[96];
		snprintf(msg, sizeof msg, "fake provider: injected %u", st);
		ctx->status = st;
		ctx->resp = fk_buf_response(error_body(p.r.wire, st, msg), "application/json");
		if (ctx->resp && (st == 429 || st == 503)) {
			char ra[64];
			if (retry_after >= 0) {
				snprintf(ra, sizeof ra, "%ld", retry_after);
			} else {
				time_t when = time(NULL) + (-1 - retry_after);
				struct tm tm;
				gmtime_r(&when, &tm);
				strftime(ra, sizeof ra, "%a, %d %b %Y %H:%M:%S GMT", &tm);
			}
			MHD_add_response_header(ctx->resp, "Retry-After", ra);
		}
		atomic_fetch_add(&f->faults, 1);
		goto done;
	}
	{
		size_t chunk = (size_t)(f->o.chunk_bytes > 0 ? f->o.chunk_bytes : 24);
		rl_sse_w so;
		rl_codec_out co = {p.r.model, (unsigned long long)seq, p.r.include_usage, chunk,
				   (long long)time(NULL)};
		rl_sse_w_init(&so);
		if (p.r.stream && rl_codec_synth(p.r.wire, &rs, &co, &so)) {
			rl_sse_w_free(&so);
			goto nomem;
		}
		if (p.r.stream) {
			stream_body *sb = calloc(1, sizeof *sb);
			if (sb) {
				sb->len = so.b.len;
				sb->data = rl_buf_detach(&so.b, NULL);
				sb->cuts = so.cuts;
				sb->ncuts = so.ncuts;
				so.cuts = NULL;
				sb->f = f;
				sb->ctx = ctx;
				sb->paused_at = (size_t)-1;
				sb->delay_ms = f->o.stream_delay_ms;
				if ((lat = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
								       "X-Fake-Stream-Delay-Ms")))
					sb->delay_ms = (int)strtol(lat, NULL, 10);
				if (fault == F_RESET || fault == F_TRUNCATE) {
					sb->reset = 1;
					sb->fail_at = sb->len / 2;
				}
				ctx->resp = MHD_create_response_from_callback(
					MHD_SIZE_UNKNOWN, 4096, stream_reader, sb, stream_free);
				if (ctx->resp) {
					MHD_add_response_header(ctx->resp, "Content-Type",
								"text/event-stream");
					MHD_add_response_header(ctx->resp, "Cache-Control",
								"no-cache");
				} else {
					stream_free(sb);
				}
			}
			rl_sse_w_free(&so);
			ctx->status = 200;
			if (fault != F_NONE && fault != F_HANG)
				atomic_fetch_add(&f->faults, 1);
			else
				atomic_fetch_add(&f->ok, 1);
			goto done;
		}
	}
	{
		rl_codec_out co = {p.r.model, (unsigned long long)seq, 0, 0, (long long)time(NULL)};
		rl_buf rb = RL_BUF_INIT;
		if (rl_codec_render(p.r.wire, &rs, &co, &rb)) {
			rl_buf_free(&rb);
			goto nomem;
		}
		body = rl_buf_detach(&rb, NULL);
	}
	ctx->status = 200;
	if (fault == F_INVALID) {
		free(body);
		body = strdup("<html><body>502 Bad Gateway (fake: not JSON)</body></html>");
	} else if (fault == F_TRUNCATE && body) {
		body[strlen(body) / 2] = '\0';
	}
	if (fault == F_RESET && body) {
		stream_body *sb = calloc(1, sizeof *sb);
		if (sb) {
			sb->len = strlen(body);
			sb->data = body;
			sb->reset = 1;
			sb->fail_at = sb->len / 2;
			body = NULL;
			ctx->resp = MHD_create_response_from_callback(sb->len, 4096, stream_reader,
								      sb, stream_free);
			if (!ctx->resp)
				stream_free(sb);
			else
				MHD_add_response_header(ctx->resp, "Content-Type",
							"application/json");
		}
	} else {
		ctx->resp = fk_buf_response(body, "application/json");
		body = NULL;
	}
	free(body);
	if (fault != F_NONE && fault != F_HANG)
		atomic_fetch_add(&f->faults, 1);
	else
		atomic_fetch_add(&f->ok, 1);
	goto done;
nomem:
	ctx->status = 500;
	ctx->resp = fk_buf_response(error_body(p.r.wire, 500,
					       "fake provider: out of memory rendering "
					       "the answer"),
				    "application/json");
done:
	if (fault == F_HANG) {
		atomic_fetch_add(&f->faults, 1);
		delay = f->o.hang_ms > 0 ? f->o.hang_ms : 600000;
	}
	log_request(f, c, seq, &p, &rq, hash, fault, ctx->status);
	rl_response_free(&rs);
	fk_parsed_free(&p);
	return delay;
}
