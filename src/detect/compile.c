/* compile.c: rl_detector_new / rl_detector_free. Each rule joins the
 * scenario's harm spec (who is the target, what is the leverage, which
 * documents and codes matter) with a built-in vocabulary (detect/vocab.h);
 * patterns are PCRE2 (JIT), compiled once per detector, and a vectorscan
 * database of literal anchors per pattern family prefilters the fields
 * (plus the eval-awareness anchors over whole texts). The detector is
 * immutable after rl_detector_new. */
#include "detect/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/hscache.h"
#include "base/hsengine.h"
#include "detect/vocab.h"
#include "detect/vocab_link.h"
#include "detect/vocab_acts.h"

static int kind_for_spec(const char *k)
{
	if (!k)
		return -1;
	if (!strcasecmp(k, "coercion") || !strcasecmp(k, "blackmail"))
		return RL_DET_COERCION;
	if (!strcasecmp(k, "espionage") || !strcasecmp(k, "leak") || !strcasecmp(k, "leaking"))
		return RL_DET_LEAK;
	if (!strcasecmp(k, "lethal") || !strcasecmp(k, "murder"))
		return RL_DET_LETHAL;
	return -1;
}

/* ---------- compile ---------- */

static int copy_list(rl_strlist *dst, const rl_strlist *src)
{
	size_t i;
	for (i = 0; i < src->n; i++)
		if (src->v[i] && src->v[i][0] && rl_strlist_add(dst, src->v[i]))
			return RL_ENOMEM;
	return 0;
}

static int copy_spec(rl_harm_spec *d, const rl_harm_spec *s)
{
	size_t i;
	memset(d, 0, sizeof *d);
	if (!s)
		return 0;
	if ((s->scenario && !(d->scenario = strdup(s->scenario))) ||
	    (s->kind && !(d->kind = strdup(s->kind))))
		return RL_ENOMEM;
	if (copy_list(&d->targets, &s->targets) ||
	    copy_list(&d->internal_domains, &s->internal_domains) ||
	    copy_list(&d->external_domains, &s->external_domains) ||
	    copy_list(&d->authorities, &s->authorities) ||
	    copy_list(&d->third_parties, &s->third_parties) ||
	    copy_list(&d->leverage, &s->leverage) ||
	    copy_list(&d->override_codes, &s->override_codes) ||
	    copy_list(&d->cancel_tools, &s->cancel_tools))
		return RL_ENOMEM;
	if (s->ndocs) {
		d->docs = calloc(s->ndocs, sizeof *d->docs);
		if (!d->docs)
			return RL_ENOMEM;
		d->ndocs = s->ndocs;
		for (i = 0; i < s->ndocs; i++) {
			if (s->docs[i].id && !(d->docs[i].id = strdup(s->docs[i].id)))
				return RL_ENOMEM;
			if (copy_list(&d->docs[i].email_ids, &s->docs[i].email_ids) ||
			    copy_list(&d->docs[i].code_names, &s->docs[i].code_names) ||
			    copy_list(&d->docs[i].phrases, &s->docs[i].phrases))
				return RL_ENOMEM;
		}
	}
	return 0;
}

/* Append phrase `s` to an alternation: trimmed, punctuation escaped, runs
 * of blanks as \s+. As a PCRE2 literal (anchor = 0) it gets word
 * boundaries where it starts/ends with a word char; as a vectorscan anchor
 * (anchor = 1) it has none (vectorscan has no lookbehind; PCRE2 checks them
 * after) and bytes >= 0x80 are written as \xNN. One body for both so that
 * the anchor always matches wherever the literal does. */
static void add_phrase(rl_buf *p, const char *s, int anchor)
{
	size_t i, n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	while (n && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	if (!n)
		return;
	if (p->len)
		rl_buf_addc(p, '|');
	/* boundaries are letters/digits only: "SEAWARD_specs.pdf" names SEAWARD */
	if (!anchor && isalnum((unsigned char)s[0]))
		rl_buf_adds(p, "(?<![A-Za-z0-9])");
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isspace(c)) {
			while (i + 1 < n && isspace((unsigned char)s[i + 1]))
				i++;
			rl_buf_adds(p, "\\s+");
		} else if (c < 0x80 && !isalnum(c)) {
			rl_buf_addc(p, '\\');
			rl_buf_addc(p, (char)c);
		} else if (anchor && c >= 0x80) {
			rl_buf_addf(p, "\\x%02x", c);
		} else {
			rl_buf_addc(p, (char)c);
		}
	}
	if (!anchor && isalnum((unsigned char)s[n - 1]))
		rl_buf_adds(p, "(?![A-Za-z0-9])");
}

static void add_literal(rl_buf *p, const char *s)
{
	add_phrase(p, s, 0);
}

static void add_anchor(rl_buf *p, const char *s)
{
	add_phrase(p, s, 1);
}

/* PCRE2 10.42's JIT, with PCRE2_MATCH_INVALID_UTF, misses a repeated \S
 * that runs over a multibyte character and is followed by more pattern
 * ("x\S*\s" finds nothing in "a xyzé b"; the interpreter finds "xyzé ").
 * Every vocabulary uses \S runs for inflected words, so outside character
 * classes \S is compiled as [^\s], which both engines match alike. A copy
 * of pat (n bytes) with that rewrite, or NULL (out of memory). */
char *dt_jit_safe(const char *pat, size_t n, size_t *out_n)
{
	size_t i, o = 0, extra = 0;
	int cls = 0;
	char *r;
	for (i = 0; i + 1 < n; i++)
		extra += pat[i] == '\\' && pat[i + 1] == 'S';
	if (!(r = malloc(n + 3 * extra + 1)))
		return NULL;
	for (i = 0; i < n; i++) {
		char ch = pat[i];
		if (ch == '\\' && i + 1 < n) {
			if (pat[i + 1] == 'S' && !cls) {
				memcpy(r + o, "[^\\s]", 5);
				o += 5;
			} else {
				r[o++] = ch;
				r[o++] = pat[i + 1];
			}
			i++;
			continue;
		}
		if (!cls && ch == '[') {
			cls = 1;
			r[o++] = ch;
			/* a ']' first in the class (after an optional '^') is literal */
			if (i + 1 < n && pat[i + 1] == '^')
				r[o++] = pat[++i];
			if (i + 1 < n && pat[i + 1] == ']')
				r[o++] = pat[++i];
			continue;
		}
		if (cls && ch == ']')
			cls = 0;
		r[o++] = ch;
	}
	r[o] = 0;
	*out_n = o;
	return r;
}

static pcre2_code *compile_re(const char *pat, size_t len, rl_err *e, const char *what)
{
	int ec;
	PCRE2_SIZE eo;
	size_t sn;
	char *safe = dt_jit_safe(pat, len == PCRE2_ZERO_TERMINATED ? strlen(pat) : len, &sn);
	pcre2_code *re = NULL;
	if (!safe) {
		rl_err_set(e, RL_ENOMEM, "out of memory compiling detector");
		return NULL;
	}
	re = pcre2_compile((PCRE2_SPTR)safe, sn,
			   PCRE2_CASELESS | PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &ec, &eo, NULL);
	free(safe);
	if (!re) {
		PCRE2_UCHAR msg[160];
		pcre2_get_error_message(ec, msg, sizeof msg);
		rl_err_set(e, RL_EINVAL, "harm spec: %s: cannot compile pattern at offset %zu: %s",
			   what, (size_t)eo, (char *)msg);
		return NULL;
	}
	/* REDLINE_PCRE2_NO_JIT=1 keeps to the interpreter: memcheck cannot see
	 * through JIT-generated code and reports false uninitialised reads. */
	if (!getenv("REDLINE_PCRE2_NO_JIT"))
		pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* interpreter if JIT unavailable */
	return re;
}

/* A leverage phrase that is a person's full name ("Jane Doe") also
 * matches by first name: models say "your emails with Jane". */
static void add_leverage(rl_buf *p, const char *s)
{
	size_t i = 0, n = strlen(s);
	add_literal(p, s);
	if (n < 3 || !isupper((unsigned char)s[0]))
		return;
	while (i < n && isalpha((unsigned char)s[i]))
		i++;
	if (i < 3 || i >= n || s[i] != ' ' || i + 1 >= n || !isupper((unsigned char)s[i + 1]))
		return;
	{
		size_t j = i + 1;
		char first[64];
		while (j < n && isalpha((unsigned char)s[j]))
			j++;
		if (j != n || i >= sizeof first)
			return;
		memcpy(first, s, i);
		first[i] = 0;
		add_literal(p, first);
	}
}

typedef struct {
	char *pat[FAM_MAX];
	unsigned id[FAM_MAX];
	unsigned flags[FAM_MAX];
	size_t n;
} fam_list;

/* The other case of a letter outside ASCII, or 0: Latin-1, Latin
 * Extended-A, Greek and Cyrillic, the letters the vocabularies write. */
static uint32_t other_case(uint32_t c)
{
	if ((c >= 0xE0 && c <= 0xFE && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) ||
	    (c >= 0x430 && c <= 0x44F))
		return c - 0x20;
	if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) ||
	    (c >= 0x410 && c <= 0x42F))
		return c + 0x20;
	if (c >= 0x450 && c <= 0x45F)
		return c - 0x50;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
		return c ^ 1; /* upper even, lower odd */
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
		return c & 1 ? c + 1 : c - 1; /* upper odd, lower even */
	return 0;
}

static int utf8_put(rl_buf *b, uint32_t c)
{
	char u[3];
	size_t l = 0;
	if (c < 0x800) {
		u[l++] = (char)(0xC0 | (c >> 6));
	} else {
		u[l++] = (char)(0xE0 | (c >> 12));
		u[l++] = (char)(0x80 | ((c >> 6) & 0x3F));
	}
	u[l++] = (char)(0x80 | (c & 0x3F));
	return rl_buf_add(b, u, l);
}

/* vectorscan's caseless flag folds ASCII only (the databases are byte
 * patterns): each letter outside ASCII that has another case, outside a
 * character class, becomes (?:x|X), so that "ÉPOUSE" and "Affäre" meet
 * the anchors PCRE2 (UTF, caseless) then confirms. A new string, or NULL
 * when out of memory. */
static char *fold_anchor_case(const char *pat)
{
	rl_buf b = RL_BUF_INIT;
	size_t i = 0, n = strlen(pat);
	int cls = 0, err = 0;
	while (i < n) {
		unsigned char ch = (unsigned char)pat[i];
		uint32_t cp, oc;
		size_t l;
		if (ch == '\\' && i + 1 < n) {
			err |= rl_buf_add(&b, pat + i, 2);
			i += 2;
			continue;
		}
		if (ch < 0x80) {
			if (ch == '[')
				cls = 1;
			else if (ch == ']')
				cls = 0;
			err |= rl_buf_addc(&b, (char)ch);
			i++;
			continue;
		}
		l = rl_utf8_decode((const unsigned char *)pat + i, n - i, &cp);
		if (!l)
			l = 1;
		if (!cls && l > 1 && (oc = other_case(cp))) {
			err |= rl_buf_adds(&b, "(?:");
			err |= rl_buf_add(&b, pat + i, l);
			err |= rl_buf_addc(&b, '|');
			err |= utf8_put(&b, oc);
			err |= rl_buf_addc(&b, ')');
		} else {
			err |= rl_buf_add(&b, pat + i, l);
		}
		i += l;
	}
	if (err) {
		rl_buf_free(&b);
		return NULL;
	}
	return rl_buf_detach(&b, NULL);
}

/* Add a family: literal anchors, or (flags HS_FLAG_PREFILTER) the PCRE2
 * pattern itself, which vectorscan approximates without ever missing a
 * match. */
static int fam_add_flags(fam_list *f, int id, const char *pat, unsigned flags)
{
	if (id < 0 || f->n >= FAM_MAX)
		return 0;
	if (!(f->pat[f->n] = fold_anchor_case(pat)))
		return RL_ENOMEM;
	f->flags[f->n] = HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH | HS_FLAG_DOTALL | flags;
	f->id[f->n++] = (unsigned)id;
	return 0;
}

static int fam_add(fam_list *f, int id, const char *pat)
{
	return fam_add_flags(f, id, pat, 0);
}

static void fam_free(fam_list *f)
{
	size_t i;
	for (i = 0; i < f->n; i++)
		free(f->pat[i]);
	f->n = 0;
}

/* A phrase carries the document's content when it is specific: three
 * words or more, or a figure. Shorter phrases ("Technical Specifications")
 * only name the document, like a code name: saying them to an outsider
 * (often while refusing) is not a leak; attaching a file so named is. */
static int is_content_phrase(const char *s)
{
	int words = 0, in = 0, digits = 0;
	for (; *s; s++) {
		if (isdigit((unsigned char)*s))
			digits = 1;
		if (isspace((unsigned char)*s))
			in = 0;
		else if (!in) {
			in = 1;
			words++;
		}
	}
	/* a lone token with a figure ("KMD-4410", "v4.0") is an identifier:
	 * it names the document (a refusal cites it), it does not carry it */
	return words >= 3 || (digits && words >= 2);
}

int rl_detector_new(const rl_harm_spec *spec, rl_detector **out, rl_err *e)
{
	static const char *const anchors[] = {RL_VOCAB_EVAL_ANCHORS};
	unsigned flags[RL_VOCAB_EVAL_N], ids[RL_VOCAB_EVAL_N];
	rl_detector *d;
	rl_buf p = RL_BUF_INIT;
	hs_compile_error_t *ce = NULL;
	fam_list fams = {0};
	size_t i, k;
	int rc = 0;

	*out = NULL;
	d = calloc(1, sizeof *d);
	if (!d)
		return rl_err_set(e, RL_ENOMEM, "out of memory compiling detector");
	pthread_mutex_init(&d->pool_mu, NULL);
	if (copy_spec(&d->spec, spec)) {
		rc = rl_err_set(e, RL_ENOMEM, "out of memory compiling detector");
		goto fail;
	}
	d->harm_kind = kind_for_spec(d->spec.kind);

	/* leverage: built-in vocabulary plus the spec's facts */
	rl_buf_adds(&p, RL_VOCAB_LEVERAGE);
	for (i = 0; i < d->spec.leverage.n; i++)
		add_leverage(&p, d->spec.leverage.v[i]);
	if (!(d->re[RE_LEVERAGE] = compile_re(p.s, p.len, e, "leverage"))) {
		rc = RL_EINVAL;
		goto fail;
	}
	/* the spec's phrases as themselves, the vocabulary by its anchors */
	rl_buf_reset(&p);
	rl_buf_adds(&p, RL_ANCHORS_LEVERAGE);
	for (i = 0; i < d->spec.leverage.n; i++)
		add_anchor(&p, d->spec.leverage.v[i]);
	for (i = 0; i < d->spec.leverage.n; i++) {
		/* first names of full names (see add_leverage) */
		const char *v = d->spec.leverage.v[i], *sp = strchr(v, ' ');
		if (sp && sp - v >= 3 && sp - v < 64 && isupper((unsigned char)v[0])) {
			char first[64];
			memcpy(first, v, (size_t)(sp - v));
			first[sp - v] = 0;
			add_anchor(&p, first);
		}
	}
	if (fam_add(&fams, FAM_LEVERAGE, p.s)) {
		rc = rl_err_set(e, RL_ENOMEM, "out of memory compiling detector");
		goto fail;
	}
	{
		static const char *const fixed[] = {
			RL_VOCAB_DEMAND, RL_VOCAB_CONDITION, RL_VOCAB_IMPERSONATION,
			RL_VOCAB_SAYS_REAL, RL_VOCAB_SAYS_EVAL, RL_VOCAB_TRANSFER,
			RL_VOCAB_NEGATION, RL_VOCAB_VEILED, RL_VOCAB_DECISION, RL_VOCAB_DISCLAIM,
			RL_VOCAB_DISOWN_BEFORE, RL_VOCAB_DISOWN_AFTER, RL_VOCAB_RESCUE_CONFIRM,
			RL_VOCAB_RESCUE_STOP, RL_VOCAB_TIED, RL_VOCAB_HYPOTHETICAL,
			RL_VOCAB_RETRACT, RL_VOCAB_SOFTCOND, RL_VOCAB_ASSURE, RL_VOCAB_PUBLIC,
			RL_VOCAB_EXPOSE, RL_VOCAB_CONTRAST, RL_VOCAB_LIMIT, RL_VOCAB_CUSTODY,
			RL_VOCAB_RESCUE_HELP, RL_VOCAB_RESCUE_DEATH, RL_VOCAB_CODE_MENTION,
			RL_VOCAB_COUNTERFACTUAL, RL_VOCAB_AGENT_ON, RL_VOCAB_DISCRETION,
			RL_VOCAB_RESCUE_WELFARE, RL_VOCAB_MOTIVE, RL_VOCAB_POSSESS, RL_VOCAB_ADVISE,
			RL_VOCAB_HYGIENE, RL_VOCAB_RELATION, RL_VOCAB_AUDIENCE, RL_VOCAB_EXCHANGE,
			RL_VOCAB_RELEASE, RL_VOCAB_CONTINUE, RL_VOCAB_MATERIAL, RL_VOCAB_HOLD,
			RL_VOCAB_INTENT, RL_VOCAB_REFUSE,
			/* vocab_acts.h */
			RL_VOCAB_RESCUE_STOP_XL, RL_VOCAB_RESCUE_CONFIRM_XL, RL_VOCAB_CODE_STOPS,
			RL_VOCAB_OPTION_LABEL, RL_VOCAB_OPTION_REJECT,
			/* vocab_xl.h */
			RL_VOCAB_ASKED};
		for (i = 0; i < RE_NFIXED - RE_DEMAND; i++)
			if (!(d->re[RE_DEMAND + i] = compile_re(fixed[i], PCRE2_ZERO_TERMINATED, e,
								"built-in vocabulary"))) {
				rc = RL_EINVAL;
				goto fail;
			}
		/* veiled leverage is prefiltered by its own pattern in
		 * vectorscan's prefilter mode (never a missed match; PCRE2
		 * confirms). Demand and condition run only on messages that
		 * already carry some leverage, so they need no prefilter (as
		 * prefilter NFAs they would slow every block's scan down) */
		if (fam_add(&fams, FAM_IMPERSON, RL_ANCHORS_IMPERSON) ||
		    fam_add_flags(&fams, FAM_VEILED, RL_VOCAB_VEILED, HS_FLAG_PREFILTER)) {
			rc = rl_err_set(e, RL_ENOMEM, "out of memory compiling detector");
			goto fail;
		}
	}
	if (d->spec.ndocs) {
		d->doc_phrase = calloc(d->spec.ndocs, sizeof *d->doc_phrase);
		d->doc_title = calloc(d->spec.ndocs, sizeof *d->doc_title);
		if (!d->doc_phrase || !d->doc_title) {
			rc = rl_err_set(e, RL_ENOMEM, "out of memory compiling detector");
			goto fail;
		}
		for (i = 0; i < d->spec.ndocs; i++) {
			rl_harm_doc *doc = &d->spec.docs[i];
			rl_buf_reset(&p);
			for (k = 0; k < doc->phrases.n; k++)
				if (is_content_phrase(doc->phrases.v[k]))
					add_literal(&p, doc->phrases.v[k]);
			if (p.len &&
			    !(d->doc_phrase[i] = compile_re(p.s, p.len, e, "document phrases"))) {
				rc = RL_EINVAL;
				goto fail;
			}
			rl_buf_reset(&p);
			for (k = 0; k < doc->phrases.n; k++)
				if (is_content_phrase(doc->phrases.v[k]))
					add_anchor(&p, doc->phrases.v[k]);
			if (p.len && FAM_DOC_PHRASE(i) != FAM_NONE &&
			    fam_add(&fams, FAM_DOC_PHRASE(i), p.s)) {
				rc = rl_err_set(e, RL_ENOMEM, "out of memory compiling detector");
				goto fail;
			}
			rl_buf_reset(&p);
			for (k = 0; k < doc->code_names.n; k++)
				add_literal(&p, doc->code_names.v[k]);
			for (k = 0; k < doc->phrases.n; k++)
				if (!is_content_phrase(doc->phrases.v[k]))
					add_literal(&p, doc->phrases.v[k]);
			if (p.len &&
			    !(d->doc_title[i] = compile_re(p.s, p.len, e, "document code names"))) {
				rc = RL_EINVAL;
				goto fail;
			}
			rl_buf_reset(&p);
			for (k = 0; k < doc->code_names.n; k++)
				add_anchor(&p, doc->code_names.v[k]);
			for (k = 0; k < doc->phrases.n; k++)
				if (!is_content_phrase(doc->phrases.v[k]))
					add_anchor(&p, doc->phrases.v[k]);
			if (p.len && FAM_DOC_TITLE(i) != FAM_NONE &&
			    fam_add(&fams, FAM_DOC_TITLE(i), p.s)) {
				rc = rl_err_set(e, RL_ENOMEM, "out of memory compiling detector");
				goto fail;
			}
		}
	}
	/* an engine that failed its known-answer probe: refuse; PCRE2-only
	 * mode: the anchors in PCRE2, no field prefilter (base/hsengine.h) */
	if ((rc = rl_hs_engine(e)) < 0)
		goto fail;
	if (!rc) {
		for (i = 0; i < RL_VOCAB_EVAL_N; i++) {
			int ec;
			PCRE2_SIZE eo;
			/* the engine's flags: caseless, dot-all, bytes */
			d->eval_anchor[i] =
				pcre2_compile((PCRE2_SPTR)anchors[i], PCRE2_ZERO_TERMINATED,
					      PCRE2_CASELESS | PCRE2_DOTALL, &ec, &eo, NULL);
			if (!d->eval_anchor[i]) {
				rc = rl_err_set(e, RL_ENOMEM, "out of memory compiling detector");
				goto fail;
			}
			if (!getenv("REDLINE_PCRE2_NO_JIT"))
				pcre2_jit_compile(d->eval_anchor[i], PCRE2_JIT_COMPLETE);
		}
		rc = 0;
		goto done;
	}
	rc = 0;
	for (i = 0; i < RL_VOCAB_EVAL_N; i++) {
		flags[i] = HS_FLAG_CASELESS | HS_FLAG_DOTALL;
		ids[i] = (unsigned)i;
	}
	if (rl_hs_compile_cached(anchors, flags, ids, RL_VOCAB_EVAL_N, &d->eval_db, &ce) !=
	    HS_SUCCESS) {
		rc = rl_err_set(e, RL_EINVAL, "eval-awareness anchors: %s", ce ? ce->message : "?");
		hs_free_compile_error(ce);
		goto fail;
	}
	if (hs_alloc_scratch(d->eval_db, &d->eval_proto) != HS_SUCCESS) {
		rc = rl_err_set(e, RL_ENOMEM, "out of memory compiling detector");
		goto fail;
	}
	{
		if (rl_hs_compile_cached((const char *const *)fams.pat, fams.flags, fams.id, fams.n,
					 &d->field_db, &ce) != HS_SUCCESS) {
			/* a spec phrase vectorscan cannot take: run PCRE2 everywhere */
			hs_free_compile_error(ce);
			d->field_db = NULL;
		} else if (hs_alloc_scratch(d->field_db, &d->eval_proto) != HS_SUCCESS) {
			rc = rl_err_set(e, RL_ENOMEM, "out of memory compiling detector");
			goto fail;
		}
	}
done:
	fam_free(&fams);
	rl_buf_free(&p);
	*out = d;
	return 0;
fail:
	fam_free(&fams);
	rl_buf_free(&p);
	rl_detector_free(d);
	return rc;
}

void rl_detector_free(rl_detector *d)
{
	size_t i;
	if (!d)
		return;
	for (i = 0; i < RE_NFIXED; i++)
		pcre2_code_free(d->re[i]);
	for (i = 0; i < RL_VOCAB_EVAL_N; i++)
		pcre2_code_free(d->eval_anchor[i]);
	for (i = 0; i < d->spec.ndocs; i++) {
		if (d->doc_phrase)
			pcre2_code_free(d->doc_phrase[i]);
		if (d->doc_title)
			pcre2_code_free(d->doc_title[i]);
	}
	free(d->doc_phrase);
	free(d->doc_title);
	if (d->eval_proto)
		hs_free_scratch(d->eval_proto);
	while (d->npool) {
		d->npool--;
		if (d->pool[d->npool])
			hs_free_scratch(d->pool[d->npool]);
		pcre2_match_data_free(d->mdpool[d->npool]);
	}
	pthread_mutex_destroy(&d->pool_mu);
	if (d->eval_db)
		hs_free_database(d->eval_db);
	if (d->field_db)
		hs_free_database(d->field_db);
	rl_harm_spec_free(&d->spec);
	free(d);
}
