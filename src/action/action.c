/* action.c: turn model text and native tool calls into rl_action records
 * (redline/action.h): the public entry points, and the builder every
 * parser adds actions and fields through (with the limits that make a
 * result `truncated`). The parsers are in text.c (one text: reasoning
 * regions, blocks, JSON written in text), tags.c (one tag block) and
 * native.c (JSON tool calls); action/internal.h is what they share.
 * Every loop is bounded by the input length and by RL_ACTION_* limits. */
#include "action/internal.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/jsonr.h"

typedef struct {
	rl_arena arena;
} action_mem;

/* Each thread keeps the last freed action_mem, its first 16 KB arena chunk
 * reset, for the next extraction: a guard evaluates twice per MCP call,
 * and a calloc, a 16 KB malloc and their frees per evaluation were ~1k
 * instructions and a cold chunk. The key's destructor frees it when the
 * thread ends. */
static pthread_key_t mem_key;
static pthread_once_t mem_once = PTHREAD_ONCE_INIT;
static int mem_key_ok;

static void mem_drop(void *p)
{
	action_mem *m = p;
	rl_arena_free(&m->arena);
	free(m);
}

static void mem_key_init(void)
{
	mem_key_ok = !pthread_key_create(&mem_key, mem_drop);
}

static action_mem *mem_get(void)
{
	action_mem *m;
	if (!pthread_once(&mem_once, mem_key_init) && mem_key_ok &&
	    (m = pthread_getspecific(mem_key))) {
		pthread_setspecific(mem_key, NULL);
		return m;
	}
	if ((m = calloc(1, sizeof *m)))
		rl_arena_init(&m->arena, 16384);
	return m;
}

static void mem_put(action_mem *m)
{
	if (mem_key_ok && !pthread_getspecific(mem_key)) {
		rl_arena_reset(&m->arena); /* keeps one chunk of the arena's size */
		if (!pthread_setspecific(mem_key, m))
			return;
	}
	mem_drop(m);
}
/* Limits never skip silently: what they skip makes the result
 * `truncated`, and consumers fail closed on it (redline/action.h). */
void ac_truncated(ac_builder *b, const char *why)
{
	if (!b->trunc)
		b->trunc = why;
}

char *ac_lower_dup(rl_arena *ar, const char *s, size_t n)
{
	char *p = rl_arena_strndup(ar, s, n);
	size_t i;
	if (!p)
		return NULL;
	for (i = 0; i < n; i++) {
		p[i] = (char)tolower((unsigned char)p[i]);
		if (p[i] == ' ' || p[i] == '-')
			p[i] = '_';
	}
	return p;
}

rl_action *ac_push_action(ac_builder *b)
{
	rl_action *a;
	if (b->oom)
		return NULL;
	if (b->out->n >= RL_ACTION_MAX) {
		ac_truncated(b, "more than 4096 actions in one response");
		return NULL;
	}
	if (b->out->n == b->cap) {
		size_t nc = b->cap ? b->cap * 2 : 8;
		rl_action *v = realloc(b->out->v, nc * sizeof *v);
		if (!v) {
			b->oom = 1;
			return NULL;
		}
		b->out->v = v;
		b->cap = nc;
	}
	a = &b->out->v[b->out->n++];
	memset(a, 0, sizeof *a);
	return a;
}

int ac_commit_fields(ac_builder *b, rl_action *a, const ac_fieldset *fs)
{
	if (!fs->n)
		return 0;
	a->fields = rl_arena_alloc(b->ar, fs->n * sizeof *a->fields);
	if (!a->fields) {
		b->oom = 1;
		return RL_ENOMEM;
	}
	memcpy(a->fields, fs->f, fs->n * sizeof *a->fields);
	a->nfields = fs->n;
	return 0;
}

void ac_field_add(ac_builder *b, ac_fieldset *fs, const char *name, size_t nlen, const char *val,
		  size_t vlen, size_t vstart, size_t vend, int verbatim)
{
	rl_field *f;
	if (b->oom)
		return;
	if (fs->n >= RL_FIELD_MAX) {
		ac_truncated(b, "more than 64 fields in one tool call");
		return;
	}
	f = &fs->f[fs->n];
	f->name = ac_lower_dup(b->ar, name, nlen);
	f->value = rl_arena_strndup(b->ar, val, vlen);
	if (!f->name || !f->value) {
		b->oom = 1;
		return;
	}
	f->len = vlen;
	f->vstart = vstart;
	f->vend = vend;
	f->verbatim = verbatim;
	fs->n++;
}
/* ---------- public ---------- */

/* One text, decoded first when it went through one more encoder than the
 * model wrote (decode.c); the actions' offsets are mapped back into the
 * text as given, and their fields marked not verbatim (the detectors then
 * map evidence within each value's raw span). */
static int scan_decoded(ac_builder *b, const char *s, size_t n, int source, int all_reasoning)
{
	rl_buf d = RL_BUF_INIT;
	size_t *map = NULL, before = b->out->n, i, k;
	int rc = ac_decode_answer(s, n, &d, &map);
	if (rc < 0) {
		rl_buf_free(&d);
		return RL_ENOMEM;
	}
	if (!rc)
		return ac_scan_text(b, s, n, source, all_reasoning);
	rc = ac_scan_text(b, d.s, d.len, source, all_reasoning);
	for (i = before; i < b->out->n; i++) {
		rl_action *a = &b->out->v[i];
		a->start = map[a->start <= d.len ? a->start : d.len];
		a->end = map[a->end <= d.len ? a->end : d.len];
		for (k = 0; k < a->nfields; k++) {
			rl_field *f = &a->fields[k];
			if (f->vstart == 0 && f->vend == 0)
				continue; /* JSON values carry no span */
			f->vstart = map[f->vstart <= d.len ? f->vstart : d.len];
			f->vend = map[f->vend <= d.len ? f->vend : d.len];
			f->verbatim = 0;
		}
	}
	free(map);
	rl_buf_free(&d);
	return rc;
}

int rl_actions_extract(const rl_transcript *t, rl_actions *out, rl_err *e)
{
	return rl_actions_extract_checked(t, 0, out, e);
}

static int extract(const rl_transcript *t, int native_checked, int research, rl_actions *out,
		   rl_err *e);

int rl_actions_extract_checked(const rl_transcript *t, int native_checked, rl_actions *out,
			       rl_err *e)
{
	return extract(t, native_checked, 0, out, e);
}

int rl_actions_extract_research(const rl_transcript *t, rl_actions *out, rl_err *e)
{
	return extract(t, 0, 1, out, e);
}

static int extract(const rl_transcript *t, int native_checked, int research, rl_actions *out,
		   rl_err *e)
{
	ac_builder b;
	action_mem *m;
	size_t i;
	int rc = 0;

	memset(out, 0, sizeof *out);
	if (!t)
		return 0;
	if (t->response_len > RL_ACTION_TEXT_MAX || t->reasoning_len > RL_ACTION_TEXT_MAX ||
	    t->native_len > RL_ACTION_TEXT_MAX)
		return rl_err_set(e, RL_ELIMIT, "transcript text larger than %zu bytes",
				  RL_ACTION_TEXT_MAX);
	m = mem_get();
	if (!m)
		return rl_err_set(e, RL_ENOMEM, "out of memory extracting actions");
	out->mem = m;
	b.out = out;
	b.cap = 0;
	b.ar = &m->arena;
	b.oom = 0;
	b.trunc = NULL;
	b.work = 0;

	if (t->response && t->response_len)
		rc = scan_decoded(&b, t->response, t->response_len, RL_SRC_RESPONSE, 0);
	if (!rc && t->reasoning && t->reasoning_len)
		rc = scan_decoded(&b, t->reasoning, t->reasoning_len, RL_SRC_REASONING, 1);
	if (!rc && t->native && t->native_len &&
	    !ac_native_inplace(&b, t->native, t->native_len, native_checked)) {
		json_error_t err;
		json_t *j = rl_json_fast_parse(t->native, t->native_len);
		if (!j)
			j = json_loadb(t->native, t->native_len, 0, &err);
		if (j) {
			size_t budget = 100000;
			ac_walk_at at = {RL_SRC_NATIVE, RL_ORIGIN_NATIVE, 0, 0, 0};
			ac_walk_native(&b, j, 0, &budget, &at);
			json_decref(j);
		} else {
			/* not one JSON value: look for calls written in it */
			size_t before = out->n;
			rc = ac_scan_text(&b, t->native, t->native_len, RL_SRC_NATIVE, 0);
			for (i = before; i < out->n; i++) {
				out->v[i].origin = RL_ORIGIN_NATIVE;
				out->v[i].start = out->v[i].end = 0;
			}
		}
	}
	if (!rc && !b.oom && research && t->response && t->response_len)
		ac_scan_plain(&b, t->response, t->response_len, 0);
	if (b.oom)
		rc = RL_ENOMEM;
	for (i = 0; i < out->n; i++)
		out->v[i].taken = !out->v[i].in_reasoning && !out->v[i].quoted;
	out->truncated = b.trunc;
	if (rc) {
		rl_actions_free(out);
		return rl_err_set(e, rc, "out of memory extracting actions");
	}
	return 0;
}

int rl_actions_flat_call(const char *tool, const char *args, size_t n, rl_actions *out)
{
	ac_builder b;
	ac_fieldset fs;
	action_mem *m;
	rl_action *a;
	const char *k, *v;
	size_t tl, kn, vn, pos = 0;

	memset(out, 0, sizeof *out);
	/* the name: printable ASCII without '"' or '\\', as ac_native_inplace
	 * reads it back from the native JSON (its "functions." prefix off) */
	for (tl = 0; tool[tl]; tl++)
		if ((unsigned char)tool[tl] < 0x20 || (unsigned char)tool[tl] > 0x7e ||
		    tool[tl] == '"' || tool[tl] == '\\')
			return 0;
	if (tl >= 10 && !memcmp(tool, "functions.", 10))
		tool += 10, tl -= 10;
	if (!tl || tl > 128 || n > RL_ACTION_TEXT_MAX / 2 ||
	    rl_json_flat(args, n, RL_FIELD_MAX) < 0)
		return 0;
	if (!(m = mem_get()))
		return -1;
	out->mem = m;
	b.out = out;
	b.cap = 0;
	b.ar = &m->arena;
	b.oom = 0;
	b.trunc = NULL;
	b.work = 0;
	fs.n = 0;
	if ((a = ac_push_action(&b)) && (a->tool = ac_lower_dup(b.ar, tool, tl))) {
		while (rl_json_flat_next(args, n, &pos, &k, &kn, &v, &vn)) {
			if (v[0] == '"') /* no escapes: its text is its value */
				ac_field_add(&b, &fs, k, kn, v + 1, vn - 2, 0, 0, 0);
			else
				ac_field_add(&b, &fs, k, kn, v, vn, 0, 0, 0);
		}
		ac_commit_fields(&b, a, &fs);
		a->source = RL_SRC_NATIVE;
		a->origin = RL_ORIGIN_NATIVE;
		a->closed = 1;
		a->taken = 1;
	} else {
		b.oom = 1;
	}
	if (b.oom || b.trunc) {
		rl_actions_free(out);
		return -1;
	}
	return 1;
}

void rl_actions_free(rl_actions *a)
{
	action_mem *m;
	if (!a)
		return;
	m = a->mem;
	if (m)
		mem_put(m);
	free(a->v);
	memset(a, 0, sizeof *a);
}

const rl_field *rl_action_field(const rl_action *a, const char *name)
{
	size_t i;
	if (!a || !name)
		return NULL;
	for (i = 0; i < a->nfields; i++)
		if (!strcmp(a->fields[i].name, name))
			return &a->fields[i];
	return NULL;
}
