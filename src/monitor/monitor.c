/* monitor.c: read logs in large blocks (plain files with read(2), gzip
 * through zlib, standard input), split lines, prefilter, parse candidates,
 * evaluate the policy and write findings; follow growing files through
 * rotation (the path names a new inode) and truncation (the file shrank).
 * Follow mode wakes on inotify events of the files' directories (Linux),
 * and rescans every poll interval anyway, which is also the fallback where
 * inotify is unavailable: polling works on every file system and for
 * files that do not exist yet. Memory is one block plus the longest line. */
#include "monitor/monitor.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "base/jsonr.h"
#include "base/util.h"
#include "policy/policy_int.h"
#include "redline/action.h"

#define DEFAULT_BLOCK ((size_t)4 << 20)
#define DEFAULT_MAX_LINE ((size_t)64 << 20)
#define EXCERPT_CONTEXT 60
#define MAX_EVIDENCE 3
#define MAX_MALFORMED_REPORTS 50

struct rl_monitor {
	rl_monitor_opts o;
	mon_prefilter *pf;
	rl_monitor_stats st;
	rl_buf work;   /* prefilter scan view */
	rl_buf outb;   /* findings being formatted */
	rl_buf jtext;  /* the judge's view of a flagged message */
	mon_esc *esc;  /* judge escalation, or NULL */
	int uses_input;
	int uses_context;     /* the policy reads the conversation (provenance) */
	rl_policy_msg *msgs;  /* a line's request messages, for provenance */
	size_t nmsgs, capmsgs;
	size_t *msg_at;       /* per unit: messages before it */
	size_t capat;
	rl_buf intext;        /* an input unit's text with its tool results */
	int fast;             /* judge request/response lines by the response alone */
};

static int msg_push(rl_monitor *m, int role, const rl_buf *b)
{
	if (!b->len)
		return 0;
	if (m->nmsgs == m->capmsgs) {
		size_t nc = m->capmsgs ? m->capmsgs * 2 : 32;
		rl_policy_msg *v = realloc(m->msgs, nc * sizeof *v);
		if (!v)
			return RL_ENOMEM;
		m->msgs = v;
		m->capmsgs = nc;
	}
	m->msgs[m->nmsgs].role = role;
	m->msgs[m->nmsgs].text = b->s;
	m->msgs[m->nmsgs].len = b->len;
	m->nmsgs++;
	return 0;
}

/* The request side of a line as provenance context: every unit but the
 * line's own response, in order, with its role; tool results found in
 * user messages are tool output. msg_at[i] counts the messages before
 * unit i (the context of a repeated message under --scan-history). */
static int line_context(rl_monitor *m, const mon_line *ml)
{
	size_t i;
	int rc = 0;
	m->nmsgs = 0;
	if (ml->n > m->capat) {
		size_t *v = realloc(m->msg_at, ml->n * sizeof *v);
		if (!v)
			return RL_ENOMEM;
		m->msg_at = v;
		m->capat = ml->n;
	}
	for (i = 0; i < ml->n && !rc; i++) {
		const mon_unit *u = &ml->u[i];
		m->msg_at[i] = m->nmsgs;
		if (u->assistant && u->index == -1)
			continue;
		if (u->assistant) {
			rc = msg_push(m, RL_ROLE_ASSISTANT, &u->response);
			if (!rc)
				rc = msg_push(m, RL_ROLE_ASSISTANT, &u->native);
		} else {
			rc = msg_push(m, rl_policy_role_parse(u->role), &u->input);
			if (!rc)
				rc = msg_push(m, RL_ROLE_TOOL, &u->tool);
		}
	}
	return rc;
}

/* One open log. */
typedef struct src {
	const char *path;
	int fd;
	gzFile gz;
	dev_t dev;
	ino_t ino;
	uint64_t pos;     /* bytes consumed from the (uncompressed) stream */
	uint64_t line;    /* lines completed */
	char *buf;
	size_t len, cap;  /* pending bytes (an incomplete last line) */
	int skipping;     /* inside an over-long line: drop until newline */
	int eof;
	char *rname;      /* follow: the name the file has after rotation */
} src;

static void policy_traits(rl_monitor *m, const rl_policy *p);

int rl_monitor_new(const rl_monitor_opts *o, rl_monitor **out, rl_err *e)
{
	rl_monitor *m = calloc(1, sizeof *m);
	const rl_policy *p = o->policy;
	int rc;

	*out = NULL;
	if (!m)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	m->o = *o;
	if (!m->o.block)
		m->o.block = DEFAULT_BLOCK;
	if (!m->o.max_line)
		m->o.max_line = DEFAULT_MAX_LINE;
	if (m->o.poll_ms <= 0)
		m->o.poll_ms = 200;
	rl_buf_init(&m->work);
	rl_buf_init(&m->outb);
	if ((rc = mon_prefilter_new(p, &m->pf, e))) {
		free(m);
		return rc;
	}
	m->st.nrules = rl_policy_nrules(p);
	m->st.rules = calloc(m->st.nrules + 1, sizeof *m->st.rules);
	if (!m->st.rules) {
		rl_monitor_free(m);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	policy_traits(m, p);
	rl_buf_init(&m->intext);
	if (o->judge && (rc = mon_esc_new(&m->o, &m->st, &m->esc, e))) {
		rl_monitor_free(m);
		return rc;
	}
	*out = m;
	return 0;
}

/* What follows from the policy: whether input rules exist, whether the
 * conversation is read, and the fast path. */
static void policy_traits(rl_monitor *m, const rl_policy *p)
{
	size_t i;
	m->uses_input = 0;
	for (i = 0; i < p->nrules; i++)
		if (p->rules[i].input.n || (p->rules[i].scope & SCOPE_INPUT))
			m->uses_input = 1;
	m->uses_context = rl_policy_uses_context(p);
	m->fast = !m->o.full_parse && !m->o.scan_history && !m->uses_input;
}

int rl_monitor_set_policy(rl_monitor *m, const rl_policy *p, rl_err *e)
{
	mon_prefilter *pf;
	rl_monitor_rule_stat *rs;
	const rl_policy *old = m->o.policy;
	size_t i, j;
	int rc;
	if ((rc = mon_prefilter_new(p, &pf, e)))
		return rc;
	rs = calloc(rl_policy_nrules(p) + 1, sizeof *rs);
	if (!rs) {
		mon_prefilter_free(pf);
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	}
	/* counts follow their rule id into the new policy */
	for (i = 0; i < p->nrules; i++)
		for (j = 0; j < old->nrules && j < m->st.nrules; j++)
			if (!strcmp(p->rules[i].id, old->rules[j].id)) {
				rs[i] = m->st.rules[j];
				break;
			}
	mon_prefilter_free(m->pf);
	m->pf = pf;
	free(m->st.rules);
	m->st.rules = rs;
	m->st.nrules = rl_policy_nrules(p);
	m->o.policy = p;
	policy_traits(m, p);
	return 0;
}

int rl_monitor_finish(rl_monitor *m, rl_err *e)
{
	int rc;
	if (!m->esc)
		return 0;
	rc = mon_esc_finish(m->esc, m->o.stop);
	fflush(m->o.out);
	return rc ? rl_err_set(e, rc, "writing findings failed") : 0;
}

void rl_monitor_free(rl_monitor *m)
{
	if (!m)
		return;
	mon_esc_free(m->esc);
	mon_prefilter_free(m->pf);
	free(m->st.rules);
	free(m->msgs);
	free(m->msg_at);
	rl_buf_free(&m->intext);
	rl_buf_free(&m->work);
	rl_buf_free(&m->outb);
	rl_buf_free(&m->jtext);
	free(m);
}

const rl_monitor_stats *rl_monitor_stats_get(const rl_monitor *m)
{
	return &m->st;
}

static size_t rule_index(const rl_policy *p, const char *id)
{
	size_t i;
	for (i = 0; i < p->nrules; i++)
		if (p->rules[i].id == id || !strcmp(p->rules[i].id, id))
			return i;
	return 0;
}

/* ---- findings ----------------------------------------------------------- */

/* Start an excerpt on a UTF-8 character boundary. */
static size_t cp_start(const char *s, size_t n, size_t i)
{
	while (i > 0 && i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
		i--;
	return i;
}

static void json_str(rl_buf *b, const char *k, const char *v, size_t n)
{
	rl_buf_addf(b, ",\"%s\":\"", k);
	rl_buf_add_json(b, v, n);
	rl_buf_addc(b, '"');
}

/* The text a span's offsets refer to (a field of an action, the response,
 * the reasoning or the input), or NULL. */
static const char *span_text(const rl_policy_span *sp, const mon_unit *u, const rl_actions *a,
			     size_t *n)
{
	if (sp->action >= 0 && a && (size_t)sp->action < a->n && sp->field) {
		const rl_field *f = rl_action_field(&a->v[sp->action], sp->field);
		if (f) {
			*n = f->len;
			return f->value;
		}
	} else if (sp->source == RL_SRC_RESPONSE) {
		*n = u->response.len;
		return u->response.s;
	} else if (sp->source == RL_SRC_REASONING) {
		*n = u->reasoning.len;
		return u->reasoning.s;
	} else if (sp->source == RL_POLICY_SRC_INPUT) {
		*n = u->input.len;
		return u->input.s;
	}
	*n = 0;
	return NULL;
}

static void evidence_json(rl_buf *b, const rl_policy_span *sp, const mon_unit *u,
			  const rl_actions *a)
{
	size_t tn = 0;
	const char *text = span_text(sp, u, a, &tn);

	rl_buf_addf(b, "{\"source\":\"%s\"", rl_policy_source_name(sp->source));
	if (sp->action >= 0 && a && (size_t)sp->action < a->n) {
		rl_buf_addf(b, ",\"action\":%d", sp->action);
		json_str(b, "tool", a->v[sp->action].tool ? a->v[sp->action].tool : "",
			 a->v[sp->action].tool ? strlen(a->v[sp->action].tool) : 0);
	}
	if (sp->field)
		json_str(b, "field", sp->field, strlen(sp->field));
	rl_buf_addf(b, ",\"start\":%zu,\"end\":%zu", sp->start, sp->end);
	if (text && sp->start <= sp->end && sp->end <= tn) {
		size_t s = sp->start > EXCERPT_CONTEXT ? sp->start - EXCERPT_CONTEXT : 0;
		size_t e = sp->end + EXCERPT_CONTEXT < tn ? sp->end + EXCERPT_CONTEXT : tn;
		size_t ms = sp->end - sp->start > 400 ? sp->start + 400 : sp->end;
		s = cp_start(text, tn, s);
		e = cp_start(text, tn, e);
		ms = cp_start(text, tn, ms);
		json_str(b, "match", text + sp->start, ms - sp->start);
		json_str(b, "excerpt", text + s, e - s);
	}
	rl_buf_addc(b, '}');
}

/* What the judge reads of one message: labelled like classification's
 * transcript view, so the judge tells final answer from reasoning. */
static void judge_view(rl_buf *t, const mon_unit *u)
{
	rl_buf_reset(t);
	if (!u->assistant) {
		rl_buf_addf(t, "[%s message]\n", u->role);
		rl_buf_add(t, u->input.s, u->input.len);
		return;
	}
	rl_buf_adds(t, "[final response]\n");
	rl_buf_add(t, u->response.s, u->response.len);
	if (u->reasoning.len) {
		rl_buf_adds(t, "\n[private reasoning, kept apart by the provider]\n");
		rl_buf_add(t, u->reasoning.s, u->reasoning.len);
	}
	if (u->native.len) {
		rl_buf_adds(t, "\n[native tool calls]\n");
		rl_buf_add(t, u->native.s, u->native.len);
	}
}

static int emit(rl_monitor *m, src *S, uint64_t line, uint64_t off, const char *conv,
		const mon_unit *u, const rl_actions *a, const rl_policy_decision *d)
{
	size_t i, k;
	int viewed = 0;
	for (i = 0; i < d->nmatches; i++) {
		const rl_policy_match *mt = &d->matches[i];
		rl_buf *b = &m->outb;
		size_t ri = rule_index(m->o.policy, mt->rule);
		if (mt->severity < m->o.min_severity)
			continue;
		m->st.findings++;
		m->st.by_severity[mt->severity]++;
		if (ri < m->st.nrules)
			m->st.rules[ri].findings++;
		rl_buf_reset(b);
		rl_buf_adds(b, "{\"file\":\"");
		rl_buf_add_json(b, S->path, strlen(S->path));
		rl_buf_addf(b, "\",\"line\":%llu,\"offset\":%llu", (unsigned long long)line,
			    (unsigned long long)off);
		json_str(b, "conversation", conv, strlen(conv));
		rl_buf_addf(b, ",\"message\":%d", u->index);
		json_str(b, "role", u->role, strlen(u->role));
		json_str(b, "rule", mt->rule, strlen(mt->rule));
		rl_buf_addf(b, ",\"severity\":\"%s\",\"action\":\"%s\"",
			    rl_severity_name(mt->severity), rl_policy_action_name(mt->action));
		if (mt->detector)
			json_str(b, "detector", mt->detector, strlen(mt->detector));
		rl_buf_adds(b, ",\"evidence\":[");
		for (k = 0; k < mt->nspans && k < MAX_EVIDENCE; k++) {
			if (k)
				rl_buf_addc(b, ',');
			evidence_json(b, &mt->spans[k], u, a);
		}
		rl_buf_addc(b, ']');
		if (m->esc) {
			mon_esc_finding f;
			char where[400];
			size_t sn = 0;
			const char *st = mt->nspans ? span_text(&mt->spans[0], u, a, &sn) : NULL;
			rl_err e;
			int rc;
			if (!viewed++)
				judge_view(&m->jtext, u);
			memset(&f, 0, sizeof f);
			f.finding = b->s;
			f.finding_len = b->len;
			f.rule = ri;
			f.severity = mt->severity;
			f.rule_id = mt->rule;
			f.rule_desc = mt->message;
			snprintf(where, sizeof where, "%s message %d%s%.200s", u->role, u->index,
				 conv[0] ? " of conversation " : "", conv);
			f.where = where;
			f.text = m->jtext.s;
			f.text_len = m->jtext.len;
			if (st && mt->spans[0].start <= mt->spans[0].end && mt->spans[0].end <= sn) {
				f.match = st + mt->spans[0].start;
				f.match_len = mt->spans[0].end - mt->spans[0].start;
				if (st == u->response.s)
					f.ev_start = strlen("[final response]\n") + mt->spans[0].start;
			}
			if ((rc = mon_esc_submit(m->esc, &f, m->o.stop, &e)))
				return rc;
			continue;
		}
		m->st.counted_by_severity[mt->severity]++;
		rl_buf_adds(b, "}\n");
		if (fwrite(b->s, 1, b->len, m->o.out) != b->len)
			return RL_EIO;
	}
	return 0;
}

static void malformed(rl_monitor *m, src *S, uint64_t line, const char *why)
{
	m->st.malformed++;
	if (!m->o.diag)
		return;
	if (m->st.malformed <= MAX_MALFORMED_REPORTS) {
		rl_buf b = RL_BUF_INIT;
		rl_buf_addf(&b, "redline monitor: %s:%llu: ", S->path, (unsigned long long)line);
		rl_buf_add_term(&b, why, strlen(why));
		rl_buf_adds(&b, "; line skipped\n");
		fwrite(b.s, 1, b.len, m->o.diag);
		rl_buf_free(&b);
	} else if (m->st.malformed == MAX_MALFORMED_REPORTS + 1) {
		fprintf(m->o.diag, "redline monitor: more malformed lines; counting only\n");
	}
}

/* The fast path for wrapper lines {"request": ..., "response": ...} when
 * a line is judged by its own response: if no injection cue occurs
 * anywhere in the line, only rules that read the response can match, so
 * only the response is prefiltered and parsed; the request is parsed
 * only if a rule asks for the conversation (provenance of a target, of
 * PII evidence). Returns 1 when the line is decided clean, 0 when it
 * must take the full path (a finding, an injection cue, another shape,
 * anything unusual): findings are always reported by the full path, so
 * both paths give the same output. */
typedef struct lazy_req {
	rl_monitor *m;
	const char *s;
	size_t n;
	mon_line ml;
	int parsed;
} lazy_req;

static int lazy_msgs(void *arg, const rl_policy_msg **msgs, size_t *n)
{
	lazy_req *z = arg;
	rl_err e;
	*msgs = NULL;
	*n = 0;
	if (!z->s)
		return 0;
	if (!z->parsed) {
		z->parsed = 1;
		if (mon_parse_line(z->s, z->n, &z->ml, &e))
			return 1; /* unreadable: fail closed, the full path decides */
		if (line_context(z->m, &z->ml))
			return 1;
	}
	*msgs = z->m->msgs;
	*n = z->m->nmsgs;
	return 0;
}

static int resp_only(rl_monitor *m, const char *s, size_t n)
{
	static const char *const keys[] = {"request", "response"};
	const char *v[2];
	size_t vn[2], a = 0, i;
	int suspect = 0, clean = 1;
	mon_line ml;
	lazy_req z;
	rl_err e;

	while (a < n && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
		a++;
	if (a >= n || s[a] != '{' || mon_prefilter_context(m->pf, s, n, &m->work) ||
	    !rl_json_valid(s, n, 0))
		return 0;
	rl_json_getn(s, n, keys, 2, v, vn);
	if (!v[1] || *v[1] != '{' || (v[0] && *v[0] != '{'))
		return 0;
	if (!mon_prefilter_line(m->pf, v[1], vn[1], &m->work, &suspect))
		return !suspect;
	if (suspect || mon_parse_line(v[1], vn[1], &ml, &e)) {
		if (!suspect)
			mon_line_free(&ml);
		return 0;
	}
	memset(&z, 0, sizeof z);
	z.m = m;
	z.s = v[0];
	z.n = v[0] ? vn[0] : 0;
	m->nmsgs = 0;
	for (i = 0; i < ml.n && clean; i++) {
		mon_unit *u = &ml.u[i];
		rl_policy_decision d;
		rl_actions ac;
		rl_policy_ctx ctx;
		rl_transcript t = {u->response.s, u->response.len, u->reasoning.s, u->reasoning.len,
				   u->native.len ? u->native.s : NULL, u->native.len};
		if (!u->assistant || u->index != -1) {
			clean = 0; /* not a plain response object: the full path decides */
			break;
		}
		memset(&ctx, 0, sizeof ctx);
		memset(&ac, 0, sizeof ac);
		ctx.load_msgs = lazy_msgs;
		ctx.load_arg = &z;
		ctx.no_injection = 1; /* mon_prefilter_context found no cue */
		if (rl_policy_check(m->o.policy, &t, NULL, 0, &ctx, &ac, &d, &e) || d.nmatches)
			clean = 0;
		rl_policy_decision_free(&d);
		rl_actions_free(&ac);
	}
	if (z.parsed)
		mon_line_free(&z.ml);
	mon_line_free(&ml);
	return clean;
}

/* One complete line (without its newline). */
static int do_line(rl_monitor *m, src *S, const char *s, size_t n, uint64_t line, uint64_t off)
{
	int suspect = 0, cand, own;
	size_t last_req = (size_t)-1;
	mon_line ml;
	rl_err e;
	size_t i;
	int rc = 0;

	m->st.lines++;
	if (m->fast && m->uses_context && resp_only(m, s, n))
		return 0;
	cand = m->o.full_parse ? 1 : mon_prefilter_line(m->pf, s, n, &m->work, &suspect);
	if (m->o.full_parse) {
		size_t a = 0;
		while (a < n && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
			a++;
		if (a == n)
			return 0;
	}
	if (!cand && !suspect)
		return 0;
	if (cand)
		m->st.candidates++;
	m->st.parsed++;
	if (mon_parse_line(s, n, &ml, &e)) {
		malformed(m, S, line, e.msg);
		mon_line_free(&ml);
		return 0;
	}
	own = 0;
	for (i = 0; i < ml.n; i++) {
		int mine = ml.u[i].assistant && ml.u[i].index == -1;
		own |= mine;
		if (!mine)
			last_req = i;
	}
	if (cand && m->uses_context && (rc = line_context(m, &ml)))
		goto done;
	for (i = 0; cand && i < ml.n && !rc; i++) {
		mon_unit *u = &ml.u[i];
		rl_policy_decision d;
		rl_actions a;
		rl_policy_ctx ctx;
		int mine = u->assistant && u->index == -1;
		memset(&a, 0, sizeof a);
		memset(&ctx, 0, sizeof ctx);
		if (!u->assistant && (!m->uses_input || (!u->input.len && !u->tool.len)))
			continue;
		/* A line is judged by its own response; the messages its request
		 * repeats were judged on their own lines (unless --scan-history).
		 * Of the request's messages only the newest input is new here. */
		if (own && !mine && !m->o.scan_history && (u->assistant || i != last_req))
			continue;
		m->st.units++;
		if (m->uses_context) {
			ctx.msgs = m->msgs;
			ctx.nmsgs = mine ? m->nmsgs : m->msg_at[i];
		}
		if (u->assistant) {
			rl_transcript t = {u->response.s, u->response.len, u->reasoning.s,
					   u->reasoning.len, u->native.len ? u->native.s : NULL,
					   u->native.len};
			rc = rl_policy_check(m->o.policy, &t, NULL, 0, &ctx, &a, &d, &e);
		} else {
			const rl_buf *in = &u->input;
			if (u->tool.len) { /* input rules read tool results too */
				rl_buf_reset(&m->intext);
				rl_buf_add(&m->intext, u->input.s, u->input.len);
				rl_buf_addc(&m->intext, '\n');
				rl_buf_add(&m->intext, u->tool.s, u->tool.len);
				in = &m->intext;
			}
			rc = rl_policy_eval(m->o.policy, NULL, NULL, in->s, in->len, &ctx, &d, &e);
		}
		if (rc) {
			/* A policy failure on one line is reported, never fatal. */
			malformed(m, S, line, e.msg);
			rc = 0;
		} else {
			rc = emit(m, S, line, off, ml.conv, u, &a, &d);
		}
		rl_policy_decision_free(&d);
		rl_actions_free(&a);
	}
done:
	mon_line_free(&ml);
	return rc;
}

/* ---- reading ---------------------------------------------------------------- */

static int src_open(src *S, const char *path, rl_err *e)
{
	struct stat st = {0};
	unsigned char magic[2];
	ssize_t k;

	S->path = path;
	S->gz = NULL;
	S->pos = 0;
	S->eof = 0;
	if (!strcmp(path, "-")) {
		S->fd = dup(0);
		S->path = "-";
	} else {
		S->fd = open(path, O_RDONLY | O_CLOEXEC);
	}
	if (S->fd < 0)
		return rl_err_set(e, RL_EIO, "%s: cannot open: %s", path, strerror(errno));
	if (fstat(S->fd, &st) == 0) {
		S->dev = st.st_dev;
		S->ino = st.st_ino;
	}
	if (S_ISDIR(st.st_mode)) { /* an input error (exit 2), not a read error */
		close(S->fd);
		S->fd = -1;
		return rl_err_set(e, RL_EINVAL, "%s: is a directory (expected a log file)", path);
	}
	/* gzip by content, not by name. Peeking needs a seekable file; for a
	 * pipe, zlib's transparent mode reads both plain and gzip. */
	if (S_ISREG(st.st_mode)) {
		k = pread(S->fd, magic, 2, 0);
		if (k == 2 && magic[0] == 0x1f && magic[1] == 0x8b) {
			S->gz = gzdopen(S->fd, "rb");
			if (!S->gz) {
				close(S->fd);
				return rl_err_set(e, RL_ENOMEM, "%s: cannot start gzip", path);
			}
			gzbuffer(S->gz, 256 * 1024);
		}
	} else {
		S->gz = gzdopen(S->fd, "rb");
		if (!S->gz) {
			close(S->fd);
			return rl_err_set(e, RL_ENOMEM, "%s: cannot start gzip", path);
		}
		gzbuffer(S->gz, 256 * 1024);
	}
	return 0;
}

/* Follow, after rotation: the open file now has another name (app.log.1),
 * and what is read from it from now on is reported under that name, the
 * file an operator can open. Linux knows it (/proc/self/fd); kept relative
 * to the followed path's directory when it stayed there. */
static void src_rotated(src *S)
{
	char link[64], buf[4096], *dir, *slash;
	ssize_t k;
	size_t dl;

	if (S->rname || S->fd < 0)
		return;
	snprintf(link, sizeof link, "/proc/self/fd/%d", S->fd);
	k = readlink(link, buf, sizeof buf - 1);
	if (k <= 0 || buf[0] != '/') {
		if (asprintf(&S->rname, "%s (rotated)", S->path) < 0)
			S->rname = NULL;
	} else {
		buf[k] = '\0';
		slash = strrchr(S->path, '/');
		if (slash) {
			char *d = strndup(S->path, (size_t)(slash - S->path) + (slash == S->path));
			dir = d ? realpath(d, NULL) : NULL;
			free(d);
		} else {
			dir = realpath(".", NULL);
		}
		dl = dir ? strlen(dir) : 0;
		if (dir && !strncmp(buf, dir, dl) && buf[dl] == '/' && !strchr(buf + dl + 1, '/')) {
			if (asprintf(&S->rname, "%.*s%s", slash ? (int)(slash - S->path + 1) : 0,
				     S->path, buf + dl + 1) < 0)
				S->rname = NULL;
		} else {
			S->rname = strdup(buf);
		}
		free(dir);
	}
	if (S->rname)
		S->path = S->rname;
}

static void src_close(src *S)
{
	if (S->gz)
		gzclose(S->gz); /* closes fd too */
	else if (S->fd >= 0)
		close(S->fd);
	S->gz = NULL;
	S->fd = -1;
	free(S->rname);
	S->rname = NULL;
}

/* Read up to `want` bytes into S->buf after the pending ones. */
static ssize_t src_read(src *S, size_t want, rl_err *e)
{
	ssize_t k;
	if (S->cap - S->len < want) {
		size_t nc = S->len + want;
		char *nb = realloc(S->buf, nc + 1);
		if (!nb)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		S->buf = nb;
		S->cap = nc;
	}
	if (S->gz) {
		int r = gzread(S->gz, S->buf + S->len, (unsigned)(want > (1u << 30) ? 1u << 30 : want));
		if (r < 0) {
			int zerr;
			const char *msg = gzerror(S->gz, &zerr);
			/* corrupt data is bad input (exit 2); a failed read is not */
			return rl_err_set(e, zerr == Z_ERRNO ? RL_EIO : RL_EINVAL, "%s: gzip: %s",
					  S->path, msg);
		}
		k = r;
	} else {
		do
			k = read(S->fd, S->buf + S->len, want);
		while (k < 0 && errno == EINTR);
		if (k < 0)
			return rl_err_set(e, RL_EIO, "%s: read: %s", S->path, strerror(errno));
	}
	S->len += (size_t)k;
	return k;
}

/* Process every complete line in the pending buffer; keep the rest. With
 * `final`, an unterminated last line is processed too. */
static int drain(rl_monitor *m, src *S, int final)
{
	size_t i = 0;
	int rc;
	while (i < S->len) {
		char *nl = memchr(S->buf + i, '\n', S->len - i);
		size_t end;
		if (!nl && !final)
			break;
		end = nl ? (size_t)(nl - S->buf) : S->len;
		S->line++;
		if (S->skipping) {
			S->skipping = 0; /* the end of an over-long line: one line */
			m->st.lines++;
		} else if ((rc = do_line(m, S, S->buf + i, end - i, S->line, S->pos))) {
			return rc;
		}
		m->st.bytes += end - i + (nl ? 1 : 0);
		S->pos += end - i + (nl ? 1 : 0);
		i = end + (nl ? 1 : 0);
	}
	if (i) {
		memmove(S->buf, S->buf + i, S->len - i);
		S->len -= i;
	}
	if (final && S->skipping) { /* an over-long last line without a newline */
		S->skipping = 0;
		S->line++;
		m->st.lines++;
	}
	/* An over-long line: report it (once), then drop bytes until its
	 * newline. */
	if (S->len >= m->o.max_line) {
		if (!S->skipping) {
			m->st.too_long++;
			malformed(m, S, S->line + 1, "line longer than the limit");
		}
		S->pos += S->len;
		m->st.bytes += S->len;
		S->len = 0;
		S->skipping = 1;
	}
	return 0;
}

/* Read what is available now; returns bytes read (0 at EOF) or <0. */
static long long pump(rl_monitor *m, src *S, rl_err *e)
{
	long long total = 0;
	for (;;) {
		ssize_t k = src_read(S, m->o.block, e);
		int rc;
		if (k < 0)
			return k;
		if (k == 0)
			return total;
		total += k;
		if ((rc = drain(m, S, 0)))
			return rl_err_set(e, rc, "writing findings: %s", strerror(errno));
		if (m->o.stop && *m->o.stop)
			return total;
	}
}

/* A plain regular file is scanned through a read-only mapping: no copy
 * into user space (a fifth of the time with read(2)), and pages behind
 * the cursor are dropped so resident memory stays flat. Page tables are
 * filled a window ahead in one call (MADV_POPULATE_READ, Linux 5.14):
 * one page fault per 16 pages cost a tenth of the scan. Older kernels
 * refuse the advice and fault as before. */
/* Lines [i, j) (`lines` of them) all qualify for the raw path: scan them
 * as one span; without a hit account for them and return j, else return i
 * and set *slow_until to j: the caller takes [i, j) line by line and only
 * then tries a block again (trying at every line would rescan the rest of
 * the block once per line, quadratic in a log an attacker can shape). */
static size_t raw_block_done(rl_monitor *m, src *S, const char *base, size_t i, size_t j,
			     size_t lines, size_t *slow_until)
{
	if (mon_prefilter_span(m->pf, base + i, j - i)) {
		*slow_until = j;
		return i;
	}
	S->line += lines;
	m->st.lines += lines;
	m->st.bytes += j - i;
	S->pos += j - i;
	return j;
}

/* The raw fast path over a block of whole lines from `i` (up to BLOCK_RAW
 * bytes): when every line qualifies (mon_prefilter_line_raw_ok) and one
 * vectorscan call over the block finds nothing, no line of it can be a
 * candidate: count them and return the block's end. Otherwise return `i`
 * and the caller takes the lines one by one as before. One call per block
 * instead of one per line: a fifth of the scanning time went to per-call
 * set-up. */
#define BLOCK_RAW ((size_t)64 << 10)
static size_t raw_block(rl_monitor *m, src *S, const char *base, size_t size, size_t i,
			size_t *slow_until)
{
	size_t j = i, lines = 0, lim = size - i > BLOCK_RAW ? i + BLOCK_RAW : size;
	while (j < lim) {
		const char *nl = memchr(base + j, '\n', size - j);
		size_t end = nl ? (size_t)(nl - base) : size;
		if (end > lim && lines)
			break; /* the block ends before this line */
		if (end - j > m->o.max_line || !mon_prefilter_line_raw_ok(m->pf, base + j, end - j))
			return lines ? raw_block_done(m, S, base, i, j, lines, slow_until) : i;
		lines++;
		j = end + (nl ? 1 : 0);
		if (!nl)
			break;
	}
	return raw_block_done(m, S, base, i, j, lines, slow_until);
}

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif
static int scan_mapped(rl_monitor *m, src *S, size_t size, rl_err *e)
{
	const size_t window = (size_t)64 << 20, ahead = (size_t)8 << 20;
	char *base = mmap(NULL, size, PROT_READ, MAP_PRIVATE, S->fd, 0);
	size_t i = 0, dropped = 0, populated = 0, slow_until = 0;
	int rc = 0, populate = 1;
	int raw = !m->o.full_parse && mon_prefilter_raw(m->pf);

	if (base == MAP_FAILED)
		return 1; /* caller falls back to read(2) */
	madvise(base, size, MADV_SEQUENTIAL);
	while (i < size && !rc && !(m->o.stop && *m->o.stop)) {
		char *nl;
		size_t end;
		if (populate && i + ahead / 2 >= populated && populated < size) {
			size_t len = size - populated < ahead ? size - populated : ahead;
			if (madvise(base + populated, len, MADV_POPULATE_READ))
				populate = 0;
			populated += len;
		}
		if (raw && i >= slow_until && (end = raw_block(m, S, base, size, i, &slow_until)) > i) {
			i = end; /* a block of lines without a candidate */
		} else {
			nl = memchr(base + i, '\n', size - i);
			end = nl ? (size_t)(nl - base) : size;
			S->line++;
			if (end - i > m->o.max_line) {
				m->st.too_long++;
				m->st.lines++;
				malformed(m, S, S->line, "line longer than the limit");
			} else {
				rc = do_line(m, S, base + i, end - i, S->line, S->pos);
			}
			m->st.bytes += end - i + (nl ? 1 : 0);
			S->pos += end - i + (nl ? 1 : 0);
			i = end + (nl ? 1 : 0);
		}
		if (i - dropped >= window) {
			size_t upto = i & ~(size_t)(sysconf(_SC_PAGESIZE) - 1);
			if (upto > dropped) {
				madvise(base + dropped, upto - dropped, MADV_DONTNEED);
				dropped = upto;
			}
		}
	}
	munmap(base, size);
	if (rc)
		return rl_err_set(e, rc, "writing findings: %s", strerror(errno));
	return 0;
}

int rl_monitor_scan(rl_monitor *m, const char *path, rl_err *e)
{
	char *one[1];
	src S;
	long long r;
	int rc;

	if (m->o.follow && strcmp(path, "-")) {
		one[0] = (char *)path;
		return rl_monitor_follow(m, one, 1, e);
	}
	memset(&S, 0, sizeof S);
	S.fd = -1;
	if ((rc = src_open(&S, path, e)))
		return rc;
	m->st.files++;
	if (!S.gz && strcmp(path, "-")) {
		struct stat st;
		if (fstat(S.fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
		    (uint64_t)st.st_size < ((uint64_t)1 << 46)) {
			rc = scan_mapped(m, &S, (size_t)st.st_size, e);
			if (rc <= 0) {
				src_close(&S);
				fflush(m->o.out);
				return rc;
			}
		}
	}
	r = pump(m, &S, e);
	if (r >= 0 && S.gz) {
		/* zlib ends a cut stream like a whole one: ask it */
		int zerr;
		gzerror(S.gz, &zerr);
		if (zerr == Z_BUF_ERROR)
			r = rl_err_set(e, RL_EINVAL,
				       "%s: gzip: unexpected end of file (the file is truncated); "
				       "%llu lines read before it",
				       path, (unsigned long long)S.line);
	}
	if (r >= 0 && (rc = drain(m, &S, 1)))
		r = rl_err_set(e, rc, "writing findings: %s", strerror(errno));
	src_close(&S);
	free(S.buf);
	fflush(m->o.out);
	return r < 0 ? (int)r : 0;
}

static void sleep_ms(int ms)
{
	struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
	nanosleep(&ts, NULL); /* a signal cuts it short, which is what we want */
}

/* What wakes follow mode: one inotify instance watching the directory of
 * every followed path. A directory watch reports appends and truncation
 * (IN_MODIFY) of the files inside it, their creation and rotation by
 * rename, even for files that do not exist yet. fd < 0: polling only
 * (inotify unavailable, out of watches, or a directory missing). */
typedef struct waker {
	int fd;
	char **names; /* basenames of the followed paths (borrowed) */
	int n;
} waker;

static void waker_open(waker *w, char **paths, int n, int disabled)
{
	int i;
	w->fd = -1;
	w->names = paths;
	w->n = n;
	if (disabled || (w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) < 0)
		return;
	for (i = 0; i < n; i++) {
		const char *slash = strrchr(paths[i], '/');
		char dir[PATH_MAX];
		if (!slash)
			snprintf(dir, sizeof dir, ".");
		else if (slash == paths[i])
			snprintf(dir, sizeof dir, "/");
		else
			snprintf(dir, sizeof dir, "%.*s", (int)(slash - paths[i]), paths[i]);
		if (inotify_add_watch(w->fd, dir, IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE |
						      IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE |
						      IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR) < 0) {
			close(w->fd); /* one unwatched path: poll them all */
			w->fd = -1;
			return;
		}
	}
}

/* 1 when an event names one of the followed files (or the directory
 * itself); events of other files in the directory, such as our own
 * findings file, do not wake us. */
static int waker_relevant(const waker *w)
{
	char buf[8192] __attribute__((aligned(__alignof__(struct inotify_event))));
	int hit = 0;
	for (;;) {
		ssize_t k = read(w->fd, buf, sizeof buf), off;
		if (k <= 0)
			return hit;
		for (off = 0; off < k;) {
			const struct inotify_event *ev = (const struct inotify_event *)(buf + off);
			int i;
			if (!ev->len || (ev->mask & IN_Q_OVERFLOW))
				hit = 1;
			for (i = 0; i < w->n && !hit; i++) {
				const char *b = strrchr(w->names[i], '/');
				if (!strcmp(ev->name, b ? b + 1 : w->names[i]))
					hit = 1;
			}
			off += (ssize_t)sizeof *ev + ev->len;
		}
	}
}

/* Wait until a followed file may have changed, at most `ms`. */
static void waker_wait(rl_monitor *m, const waker *w, int ms)
{
	int64_t end = rl_mono_ms() + ms;
	if (w->fd < 0) {
		sleep_ms(ms);
		m->st.wakeups_poll++;
		return;
	}
	for (;;) {
		struct pollfd p = {w->fd, POLLIN, 0};
		int64_t left = end - rl_mono_ms();
		int r = poll(&p, 1, left > 0 ? (int)left : 0);
		if (r > 0 && waker_relevant(w)) {
			m->st.wakeups_inotify++;
			return;
		}
		if (r == 0 || left <= 0) {
			m->st.wakeups_poll++; /* the safety rescan */
			return;
		}
		if (r < 0 || (m->o.stop && *m->o.stop))
			return; /* a signal: the caller checks stop */
	}
}

/* Follow: check each file whenever woken; on rotation finish the old
 * file and start the new one from its beginning; on truncation start
 * again from 0. Files may appear later. */
int rl_monitor_follow(rl_monitor *m, char **paths, int n, rl_err *e)
{
	src *S = calloc((size_t)n + 1, sizeof *S);
	int i, rc = 0;
	waker w;
	int64_t last_check = rl_mono_ms();
	const rl_policy *next = NULL;

	if (!S)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (i = 0; i < n; i++) {
		struct stat st;
		if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) { /* never a log */
			free(S);
			return rl_err_set(e, RL_EINVAL, "%s: is a directory (expected a log file)",
					  paths[i]);
		}
	}
	waker_open(&w, paths, n, m->o.no_inotify);
	for (i = 0; i < n; i++) {
		S[i].fd = -1;
		S[i].path = paths[i];
		if (src_open(&S[i], paths[i], e) == 0) {
			m->st.files++;
		} else {
			S[i].fd = -1; /* not there yet: keep polling */
			S[i].path = paths[i];
		}
	}
	/* readiness: from here on every append is seen (scripts and tests
	 * wait for this line, not for a fixed time) */
	if (m->o.diag) {
		fprintf(m->o.diag, "redline monitor: following %d file%s (%s)\n", n, n == 1 ? "" : "s",
			w.fd >= 0 ? "inotify" : "polling");
		fflush(m->o.diag);
	}
	while (!(m->o.stop && *m->o.stop)) {
		long long got = 0;
		if (m->o.policy_update && rl_mono_ms() - last_check >= 1000) {
			last_check = rl_mono_ms();
			if (!next)
				next = m->o.policy_update(m->o.policy_arg);
		}
		/* judge verdicts still outstanding count by the rules they were
		 * found under: the switch waits for them */
		if (next && !(m->esc && mon_esc_pending(m->esc))) {
			rl_err pe;
			if (rl_monitor_set_policy(m, next, &pe) && m->o.diag)
				fprintf(m->o.diag, "redline: policy not switched: %s\n", pe.msg);
			next = NULL;
		}
		for (i = 0; i < n && !rc; i++) {
			struct stat st;
			long long r;
			if (S[i].fd < 0) {
				if (stat(paths[i], &st) == 0 && src_open(&S[i], paths[i], e) == 0) {
					m->st.files++;
				} else {
					S[i].fd = -1;
					S[i].path = paths[i];
					continue;
				}
			}
			if (stat(paths[i], &st) != 0 || st.st_ino != S[i].ino || st.st_dev != S[i].dev)
				src_rotated(&S[i]); /* name what is read by its new name */
			r = pump(m, &S[i], e);
			if (r < 0) {
				rc = (int)r;
				break;
			}
			got += r;
			if (stat(paths[i], &st) != 0)
				continue; /* moved away, new one not there yet */
			if (st.st_ino != S[i].ino || st.st_dev != S[i].dev) {
				/* rotated: read the rest of the old file, then switch */
				src_rotated(&S[i]);
				if ((r = pump(m, &S[i], e)) < 0) {
					rc = (int)r;
					break;
				}
				if ((rc = drain(m, &S[i], 1)))
					break;
				src_close(&S[i]);
				S[i].path = paths[i];
				S[i].len = 0;
				S[i].line = 0;
				S[i].skipping = 0;
				if (src_open(&S[i], paths[i], e) == 0)
					m->st.files++;
				else
					S[i].fd = -1;
				got++;
			} else if (!S[i].gz && (uint64_t)st.st_size < S[i].pos + S[i].len) {
				/* truncated: the writer started over */
				lseek(S[i].fd, 0, SEEK_SET);
				S[i].pos = 0;
				S[i].len = 0;
				S[i].line = 0;
				S[i].skipping = 0;
				got++;
			}
		}
		if (rc)
			break;
		if (m->esc && mon_esc_pending(m->esc)) {
			/* verdicts outstanding: short waits, drive the transfers */
			if ((rc = mon_esc_pump(m->esc, 10)))
				break;
			if (!got)
				waker_wait(m, &w, 10);
		} else if (!got) {
			fflush(m->o.out);
			/* a changed policy is looked for at least once a second */
			waker_wait(m, &w, m->o.policy_update && m->o.poll_ms > 1000 ? 1000 : m->o.poll_ms);
		}
		fflush(m->o.out);
	}
	if (w.fd >= 0)
		close(w.fd);
	for (i = 0; i < n; i++) {
		if (S[i].fd >= 0 && !rc)
			rc = drain(m, &S[i], 1);
		src_close(&S[i]);
		free(S[i].buf);
	}
	free(S);
	fflush(m->o.out);
	return rc < 0 ? rc : rc ? rl_err_set(e, RL_EIO, "writing findings failed") : 0;
}

/* ---- summary ---------------------------------------------------------------- */

int rl_monitor_summary_text(const rl_monitor *m, rl_buf *b)
{
	const rl_policy *p = m->o.policy;
	size_t i;
	rl_buf_addf(b,
		    "redline monitor: %llu file(s), %llu lines, %.1f MB, %llu parsed, "
		    "%llu finding(s), %llu malformed line(s) skipped\n",
		    (unsigned long long)m->st.files, (unsigned long long)m->st.lines,
		    (double)m->st.bytes / 1e6, (unsigned long long)m->st.parsed,
		    (unsigned long long)m->st.findings, (unsigned long long)m->st.malformed);
	if (m->esc)
		rl_buf_addf(b,
			    "judge %s: %llu finding(s) asked, %llu confirmed, %llu rejected, "
			    "%llu unknown (%llu judge error(s)); unknown findings count toward "
			    "the threshold\n",
			    mon_esc_model(m->esc), (unsigned long long)m->st.judge_asked,
			    (unsigned long long)m->st.judge_confirmed,
			    (unsigned long long)m->st.judge_rejected,
			    (unsigned long long)m->st.judge_unknown,
			    (unsigned long long)m->st.judge_errors);
	if (!m->st.findings)
		return 0;
	rl_buf_addf(b, "  %-34s %-9s %-7s %s%s\n", "rule", "severity", "action", "findings",
		    m->esc ? "  confirmed  rejected  unknown" : "");
	for (i = 0; i < m->st.nrules; i++) {
		const rl_monitor_rule_stat *r = &m->st.rules[i];
		if (!r->findings)
			continue;
		rl_buf_addf(b, "  %-34s %-9s %-7s %-8llu", p->rules[i].id,
			    rl_severity_name(p->rules[i].severity),
			    rl_policy_action_name(p->rules[i].action), (unsigned long long)r->findings);
		if (m->esc)
			rl_buf_addf(b, "  %-9llu  %-8llu  %llu", (unsigned long long)r->confirmed,
				    (unsigned long long)r->rejected, (unsigned long long)r->unknown);
		rl_buf_addc(b, '\n');
	}
	return 0;
}

int rl_monitor_summary_json(const rl_monitor *m, rl_buf *b)
{
	const rl_policy *p = m->o.policy;
	size_t i;
	int first = 1;
	rl_buf_addf(b,
		    "{\"files\":%llu,\"lines\":%llu,\"bytes\":%llu,\"parsed\":%llu,"
		    "\"malformed\":%llu,\"findings\":%llu,\"by_severity\":{",
		    (unsigned long long)m->st.files, (unsigned long long)m->st.lines,
		    (unsigned long long)m->st.bytes, (unsigned long long)m->st.parsed,
		    (unsigned long long)m->st.malformed, (unsigned long long)m->st.findings);
	for (i = 0; i < 5; i++)
		rl_buf_addf(b, "%s\"%s\":%llu", i ? "," : "", rl_severity_name((int)i),
			    (unsigned long long)m->st.by_severity[i]);
	rl_buf_adds(b, "},\"counted_by_severity\":{");
	for (i = 0; i < 5; i++)
		rl_buf_addf(b, "%s\"%s\":%llu", i ? "," : "", rl_severity_name((int)i),
			    (unsigned long long)m->st.counted_by_severity[i]);
	rl_buf_adds(b, "},\"judge\":");
	if (m->esc) {
		rl_buf_adds(b, "{\"model\":\"");
		rl_buf_add_json(b, mon_esc_model(m->esc), strlen(mon_esc_model(m->esc)));
		rl_buf_addf(b,
			    "\",\"asked\":%llu,\"confirmed\":%llu,\"rejected\":%llu,\"unknown\":%llu,"
			    "\"errors\":%llu}",
			    (unsigned long long)m->st.judge_asked,
			    (unsigned long long)m->st.judge_confirmed,
			    (unsigned long long)m->st.judge_rejected,
			    (unsigned long long)m->st.judge_unknown,
			    (unsigned long long)m->st.judge_errors);
	} else {
		rl_buf_adds(b, "null");
	}
	rl_buf_addf(b, ",\"follow\":{\"inotify_wakeups\":%llu,\"poll_wakeups\":%llu}",
		    (unsigned long long)m->st.wakeups_inotify, (unsigned long long)m->st.wakeups_poll);
	rl_buf_adds(b, ",\"rules\":[");
	for (i = 0; i < m->st.nrules; i++) {
		const rl_monitor_rule_stat *r = &m->st.rules[i];
		rl_buf_addf(b, "%s{\"rule\":\"", first ? "" : ",");
		rl_buf_add_json(b, p->rules[i].id, strlen(p->rules[i].id));
		rl_buf_addf(b, "\",\"severity\":\"%s\",\"action\":\"%s\",\"findings\":%llu",
			    rl_severity_name(p->rules[i].severity),
			    rl_policy_action_name(p->rules[i].action), (unsigned long long)r->findings);
		if (m->esc)
			rl_buf_addf(b, ",\"confirmed\":%llu,\"rejected\":%llu,\"unknown\":%llu",
				    (unsigned long long)r->confirmed, (unsigned long long)r->rejected,
				    (unsigned long long)r->unknown);
		rl_buf_addc(b, '}');
		first = 0;
	}
	rl_buf_adds(b, "]}\n");
	return 0;
}
