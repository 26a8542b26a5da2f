/* rl_hsdiff: does the regex engine report every match PCRE2 finds, on
 * redline's own expressions? A differential test (docs/monitor.md, "The
 * regex engine missed matches"; the fast form is tests/cli/t0751).
 *
 * It loads the default policy (its candidate database and the detectors of
 * its organisation section: the built-in vocabularies' anchors and
 * families) and builds the monitor's prefilter for it, recording every
 * database built through rl_hs_compile_cached (base/hscache.h). Then, per
 * database and text, the engine's reported ids are compared with PCRE2's
 * verdict on each expression (its flags translated; a logical combination
 * evaluated from its operands' PCRE2 verdicts; quiet expressions are not
 * reported, so not compared). A miss is an (expression, text) pair where
 * PCRE2 matches and the engine reports nothing: what the prefilters would
 * lose. The texts: each line of the input files (.gz read with zlib) and
 * each JSON string value in it, then, for every expression PCRE2 matched
 * somewhere, its match with 16 bytes of context on each side planted after
 * 0..OFFSETS spaces (block boundaries fall on every residue).
 *
 *   rl_hsdiff [--offsets N] [--no-strings] [--max-texts N] [--skip-probe]
 *             [--simulate-fault] FILE...
 *
 * Prints the counts per database and the expressions that missed; exits 1
 * when any miss was seen, 2 on bad usage. --skip-probe lets an engine that
 * fails the known-answer probe be measured (Vectorscan, via
 * LD_LIBRARY_PATH); --simulate-fault drops every report for texts whose
 * length is 9..39 modulo 64, as a faulty engine would (the test's check
 * that this tool can fail). */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <jansson.h>
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "base/hscache.h"
#include "base/hsengine.h"
#include "monitor/monitor.h"
#include "redline/policy.h"

#define MAX_DBS 64
#define CTX 16

typedef struct xdb {
	size_t n;
	char **ex;
	unsigned *fl, *ids;
	pcre2_code **re; /* NULL for combinations and expressions PCRE2 rejects */
	const hs_database_t *db;
	hs_scratch_t *sc;
	unsigned maxid;
	unsigned char *eng, *pc; /* per id: reported, PCRE2 verdict */
	char **sample;           /* per expression: a matching text, or NULL */
	size_t *sample_len;
	unsigned long *miss, *miss_gen; /* per expression */
	unsigned long texts, pairs, misses, gen_texts, gen_misses;
} xdb;

static xdb dbs[MAX_DBS];
static size_t ndbs;
static int fault; /* --simulate-fault: report nothing for some text lengths */
static pcre2_match_data *md;

static void observe(void *arg, const char *const *ex, const unsigned *fl, const unsigned *ids,
		    size_t n, const hs_database_t *db)
{
	xdb *d;
	size_t i;
	(void)arg;
	if (ndbs == MAX_DBS)
		return;
	d = &dbs[ndbs++];
	d->n = n;
	d->db = db;
	d->ex = calloc(n, sizeof *d->ex);
	d->fl = calloc(n, sizeof *d->fl);
	d->ids = calloc(n, sizeof *d->ids);
	d->re = calloc(n, sizeof *d->re);
	d->sample = calloc(n, sizeof *d->sample);
	d->sample_len = calloc(n, sizeof *d->sample_len);
	d->miss = calloc(n, sizeof *d->miss);
	d->miss_gen = calloc(n, sizeof *d->miss_gen);
	for (i = 0; i < n; i++) {
		unsigned f = fl[i];
		uint32_t o = 0;
		int ec;
		PCRE2_SIZE eo;
		d->ex[i] = strdup(ex[i]);
		d->fl[i] = f;
		d->ids[i] = ids[i];
		if (ids[i] > d->maxid)
			d->maxid = ids[i];
		if (f & HS_FLAG_COMBINATION)
			continue;
		o |= f & HS_FLAG_CASELESS ? PCRE2_CASELESS : 0;
		o |= f & HS_FLAG_DOTALL ? PCRE2_DOTALL : 0;
		o |= f & HS_FLAG_MULTILINE ? PCRE2_MULTILINE : 0;
		o |= f & HS_FLAG_UTF8 ? PCRE2_UTF | PCRE2_MATCH_INVALID_UTF : 0;
		o |= f & HS_FLAG_UCP ? PCRE2_UCP : 0;
		d->re[i] =
			pcre2_compile((PCRE2_SPTR)ex[i], PCRE2_ZERO_TERMINATED, o, &ec, &eo, NULL);
		if (d->re[i])
			pcre2_jit_compile(d->re[i], PCRE2_JIT_COMPLETE);
		else
			fprintf(stderr, "rl_hsdiff: PCRE2 rejects %s (flags %u): not compared\n",
				ex[i], f);
	}
	d->eng = calloc(d->maxid + 1, 1);
	d->pc = calloc(d->maxid + 1, 1);
	if (hs_alloc_scratch(db, &d->sc) != HS_SUCCESS) {
		fprintf(stderr, "rl_hsdiff: no scratch\n");
		exit(2);
	}
}

static int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned fl,
		    void *ctx)
{
	xdb *d = ctx;
	(void)from;
	(void)to;
	(void)fl;
	if (id <= d->maxid)
		d->eng[id] = 1;
	return 0;
}

/* A logical combination ("1 & (2 | !3)") from the operands' verdicts. */
static int comb_expr(const xdb *d, const char **s);
static int comb_atom(const xdb *d, const char **s)
{
	int v;
	while (**s == ' ')
		(*s)++;
	if (**s == '!') {
		(*s)++;
		return !comb_atom(d, s);
	}
	if (**s == '(') {
		(*s)++;
		v = comb_expr(d, s);
		while (**s == ' ')
			(*s)++;
		if (**s == ')')
			(*s)++;
		return v;
	}
	{
		unsigned long id = strtoul(*s, (char **)s, 10);
		return id <= d->maxid && d->pc[id];
	}
}
static int comb_and(const xdb *d, const char **s)
{
	int v = comb_atom(d, s);
	for (;;) {
		while (**s == ' ')
			(*s)++;
		if (**s != '&')
			return v;
		(*s)++;
		v = comb_atom(d, s) && v;
	}
}
static int comb_expr(const xdb *d, const char **s)
{
	int v = comb_and(d, s);
	for (;;) {
		while (**s == ' ')
			(*s)++;
		if (**s != '|')
			return v;
		(*s)++;
		v = comb_and(d, s) || v;
	}
}

static int pmatch(const pcre2_code *re, const char *s, size_t n, size_t *ms, size_t *me)
{
	int rc = pcre2_match(re, (PCRE2_SPTR)s, n, 0, 0, md, NULL);
	PCRE2_SIZE *ov;
	if (rc < 0)
		return 0;
	ov = pcre2_get_ovector_pointer(md);
	if (ms) {
		*ms = ov[0];
		*me = ov[1];
	}
	return 1;
}

static int utf8_ok(const char *s, size_t n)
{
	static pcre2_code *any;
	int ec;
	PCRE2_SIZE eo;
	if (!any)
		any = pcre2_compile((PCRE2_SPTR) "", 0, PCRE2_UTF, &ec, &eo, NULL);
	return pcre2_match(any, (PCRE2_SPTR)s, n, 0, 0, md, NULL) >= 0;
}

/* Compare the engine and PCRE2 on one text for database d. `gen`: the
 * generated texts count apart and record no samples. */
static void compare(xdb *d, const char *s, size_t n, int gen, size_t only)
{
	size_t i;
	int utf = -1;
	memset(d->eng, 0, d->maxid + 1);
	memset(d->pc, 0, d->maxid + 1);
	if (!fault || n % 64 < 9 || n % 64 >= 40)
		hs_scan(d->db, s, (unsigned)n, 0, d->sc, on_match, d);
	if (gen)
		d->gen_texts++;
	else
		d->texts++;
	/* operands first, then combinations */
	for (i = 0; i < d->n; i++) {
		size_t ms = 0, me = 0;
		if (!d->re[i] || (gen && only != i && !(d->fl[i] & HS_FLAG_QUIET)))
			continue;
		if (d->fl[i] & HS_FLAG_UTF8) {
			if (utf < 0)
				utf = utf8_ok(s, n);
			if (!utf)
				continue; /* the engine's behaviour is undefined there */
		}
		if (!pmatch(d->re[i], s, n, &ms, &me))
			continue;
		d->pc[d->ids[i]] = 1;
		if (!gen && !d->sample[i]) {
			size_t a = ms > CTX ? ms - CTX : 0, b = me + CTX < n ? me + CTX : n;
			while (a < ms && ((unsigned char)s[a] & 0xC0) == 0x80)
				a++;
			while (b > me && b < n && ((unsigned char)s[b] & 0xC0) == 0x80)
				b--;
			d->sample[i] = malloc(b - a + 1);
			memcpy(d->sample[i], s + a, b - a);
			d->sample_len[i] = b - a;
		}
	}
	for (i = 0; i < d->n; i++) {
		const char *c = d->ex[i];
		if (d->fl[i] & HS_FLAG_COMBINATION)
			d->pc[d->ids[i]] = (unsigned char)comb_expr(d, &c);
	}
	for (i = 0; i < d->n; i++) {
		if (d->fl[i] & HS_FLAG_QUIET || (gen && only != i))
			continue;
		if (!gen)
			d->pairs++;
		if (d->pc[d->ids[i]] && !d->eng[d->ids[i]]) {
			if (gen) {
				d->gen_misses++;
				d->miss_gen[i]++;
			} else {
				d->misses++;
				d->miss[i]++;
			}
		}
	}
}

static void all_texts(const char *s, size_t n)
{
	size_t k;
	for (k = 0; k < ndbs; k++)
		compare(&dbs[k], s, n, 0, 0);
}

static unsigned long ntexts, max_texts = (unsigned long)-1;
static int strings = 1;

static void strings_of(json_t *j)
{
	size_t i;
	const char *key;
	json_t *v;
	if (ntexts >= max_texts)
		return;
	if (json_is_string(j)) {
		if (json_string_length(j)) {
			all_texts(json_string_value(j), json_string_length(j));
			ntexts++;
		}
	} else if (json_is_array(j)) {
		json_array_foreach(j, i, v)
			strings_of(v);
	} else if (json_is_object(j)) {
		json_object_foreach(j, key, v)
			strings_of(v);
	}
}

static int read_file(const char *path)
{
	gzFile g = gzopen(path, "rb");
	char *line = NULL;
	size_t cap = 1 << 20, len;
	if (!g) {
		fprintf(stderr, "rl_hsdiff: %s: cannot open\n", path);
		return -1;
	}
	line = malloc(cap);
	for (;;) {
		int c = 0;
		len = 0;
		while ((c = gzgetc(g)) >= 0 && c != '\n') {
			if (len + 1 >= cap)
				line = realloc(line, cap *= 2);
			line[len++] = (char)c;
		}
		if (c < 0 && !len)
			break;
		if (ntexts >= max_texts)
			break;
		if (len) {
			all_texts(line, len);
			ntexts++;
			if (strings) {
				json_t *j = json_loadb(line, len, JSON_DECODE_ANY, NULL);
				if (j)
					strings_of(j);
				json_decref(j);
			}
		}
		if (c < 0)
			break;
	}
	free(line);
	gzclose(g);
	return 0;
}

/* Report everything to the probe: for --skip-probe. */
static hs_error_t scan_all(const hs_database_t *db, const char *s, unsigned n, unsigned fl,
			   hs_scratch_t *sc, match_event_handler fn, void *ctx)
{
	unsigned id;
	(void)db;
	(void)s;
	(void)fl;
	(void)sc;
	for (id = 0; id < 64; id++)
		fn(id, 0, n, 0, ctx);
	return HS_SUCCESS;
}

int main(int argc, char **argv)
{
	rl_policy *p = NULL;
	mon_prefilter *f = NULL;
	rl_err e;
	int a, offsets = 200, skip_probe = 0;
	size_t k, i;
	unsigned long tot_miss = 0, tot_gen_miss = 0, tot_pairs = 0, tot_gen = 0, exprs = 0,
		      sampled = 0, missed_exprs = 0;

	for (a = 1; a < argc && argv[a][0] == '-' && argv[a][1] == '-'; a++) {
		if (!strcmp(argv[a], "--offsets") && a + 1 < argc)
			offsets = atoi(argv[++a]);
		else if (!strcmp(argv[a], "--max-texts") && a + 1 < argc)
			max_texts = strtoul(argv[++a], NULL, 10);
		else if (!strcmp(argv[a], "--no-strings"))
			strings = 0;
		else if (!strcmp(argv[a], "--skip-probe"))
			skip_probe = 1;
		else if (!strcmp(argv[a], "--simulate-fault"))
			fault = 1;
		else {
			fprintf(stderr,
				"usage: rl_hsdiff [--offsets N] [--no-strings] [--max-texts "
				"N] [--skip-probe] [--simulate-fault] FILE...\n");
			return 2;
		}
	}
	md = pcre2_match_data_create(16, NULL);
	if (skip_probe)
		rl_hs_engine_reset(scan_all);
	if (rl_hs_engine(&e) != 1) {
		fprintf(stderr, "rl_hsdiff: %s\n", e.msg);
		return 2;
	}
	rl_hs_observe(observe, NULL);
	if (rl_policy_load_default(&p, &e) || mon_prefilter_new(p, &f, &e)) {
		fprintf(stderr, "rl_hsdiff: %s\n", e.msg);
		return 2;
	}
	rl_hs_observe(NULL, NULL);
	for (; a < argc; a++)
		if (read_file(argv[a]))
			return 2;
	/* every sampled expression planted at every offset */
	for (k = 0; k < ndbs; k++) {
		xdb *d = &dbs[k];
		char *buf = malloc((size_t)offsets + 4096);
		for (i = 0; i < d->n; i++) {
			int off;
			size_t sl = d->sample_len[i];
			if (d->fl[i] & HS_FLAG_QUIET || d->fl[i] & HS_FLAG_COMBINATION)
				continue;
			exprs++;
			if (!d->sample[i] || sl > 4000)
				continue;
			sampled++;
			for (off = 0; off <= offsets; off++) {
				memset(buf, ' ', (size_t)off);
				memcpy(buf + off, d->sample[i], sl);
				compare(d, buf, (size_t)off + sl, 1, i);
			}
		}
		free(buf);
		for (i = 0; i < d->n; i++)
			if (d->miss[i] || d->miss_gen[i]) {
				missed_exprs++;
				printf("  miss db %zu expr %zu (flags %u): %lu in corpus texts, %lu "
				       "generated: %.120s\n",
				       k, i, d->fl[i], d->miss[i], d->miss_gen[i], d->ex[i]);
			}
		printf("db %zu: %zu expressions; corpus: %lu texts, %lu pairs, %lu misses; "
		       "generated: %lu texts, %lu misses\n",
		       k, d->n, d->texts, d->pairs, d->misses, d->gen_texts, d->gen_misses);
		tot_miss += d->misses;
		tot_gen_miss += d->gen_misses;
		tot_pairs += d->pairs;
		tot_gen += d->gen_texts;
	}
	printf("engine %s: %zu databases, %lu reported expressions (%lu with a sample), %lu "
	       "corpus texts; engine-says-no/PCRE2-says-yes: %lu of %lu corpus pairs, %lu of "
	       "%lu generated texts; %lu expressions missed\n",
	       hs_version(), ndbs, exprs, sampled, ntexts, tot_miss, tot_pairs, tot_gen_miss,
	       tot_gen, missed_exprs);
	mon_prefilter_free(f);
	rl_policy_free(p);
	pcre2_match_data_free(md);
	return tot_miss || tot_gen_miss ? 1 : 0;
}
