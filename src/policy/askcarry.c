/* askcarry.c: what else makes an act asked, by structure (s16-fp, after
 * the blind fp36a set held 36 of 101 acts asked for in ways askbind.c
 * does not read). askbind.c binds an act to the user's last message when
 * it names the act's object in an order. Work done as asked also reaches
 * the act by these routes, each read here without a verb:
 *  - the ask carried over: the user's last message is itself an order
 *    (no negation, deferral, read verb or question but a polite one; no
 *    bare thanks; English: the verb lists find an order in it) and the
 *    object is named in what it answers: the assistant's answer just
 *    before it (a yes-less choice among offered records, "the Sunday one",
 *    "essa", "那两单", "उसे भी"), or the user's previous message naming it
 *    in an order ("...and the welcome mail to him, as always");
 *  - the record fetched for the user: the act's value sits in a record
 *    returned by a call whose arguments the user named (a lookup of the
 *    patient, the colleague, the guest the user named in the order);
 *  - an English order naming the object: English is left to the verb
 *    lists by askbind.c; a goal ("get her sorted for Friday") names the
 *    person, not the verb, and the verb lists find an order in it;
 *  - a sub-step of an asked act: another act of the same response,
 *    itself asked (by the verb lists or bound), on the same object: both
 *    acts' values in one record of tool output (a booking and the
 *    traveller holding it, a pull request and its branch, a patient's
 *    appointment and phone), or their first arguments sharing a name
 *    token ("k.brandt" beside "katrin.brandt@..."). Rebooking is cancel +
 *    book; onboarding is account + groups + welcome mail.
 * What it does not do: read an order from the system prompt alone (a
 * standing role), or bind an act nobody named to an answer that named
 * none. A question, a read request, a negation, a deferral or a bare
 * thanks carries nothing, so an act on instructions found in tool output
 * after "what's the status?" stays unasked.
 * Only closed classes are listed (deferrals, thanks); the binding is by
 * value. Cost: only where the rule would otherwise hold; the user's last
 * message (4 KB at most), the message before it, the assistant's answer
 * (4 KB at most), 2 KB of each read call's arguments; linear scans. */
#include "policy/policy_int.h"
#include "policy/askbind_int.h"

#include <ctype.h>
#include <string.h>

#define ANSWER_MAX 4096u   /* longest assistant answer read */
#define CALL_MAX 2048u     /* a read call's bytes read for its arguments */
#define VAL_MAX 128u       /* longest argument value read */
#define TOOLS_READ 16      /* tool messages read, latest first */
#define CARRY_TURNS 3      /* earlier user turns an ask is carried from */
#define EARLIER_READ 8     /* call messages of this turn read for an earlier step */
#define EARLIER_MAX 65536u /* longest such message */

/* clang-format off */
/* deferrals: not now (word starts) */
static const char *const wait_w[] = {"wait", "later", "hold on", "hold off", "let me think",
	"warte", "später", "moment mal", "attends", "plus tard", "espera", "luego", "después",
	"aspetta", "dopo", "più tardi", "poczekaj", "później", "подожди", "позже", "почекай",
	"пізніше", "bekle", "sonra", "待って", "後で", "あとで", "稍后", "等一下", "以后", "잠깐",
	"나중에", "انتظر", "لاحقا", "بعدين", "רגע", "אחר כך", "صبر کن", "بعدا", "tunggu", "nanti",
	"đợi", "để sau", "รอก่อน", "ทีหลัง", "subiri", "baadaye", "रुको", "बाद में", "odota",
	"myöhemmin", "vänta", "senare", "vent", "senere", "wacht", "počkej", "později", "várj",
	"később", "περίμενε", "αργότερα", "așteaptă", "mai târziu", "sandali", "mamaya",
	"অপেক্ষা", "পরে", "காத்திரு", "பிறகு", "espere", "depois", "mais tarde", NULL};
/* gratitude and praise: a message of these alone orders nothing */
static const char *const thanks[] = {"thank", "thx", "cheers", "great", "perfect", "nice",
	"cool", "awesome", "danke", "super", "perfekt", "prima", "merci", "parfait", "gracias",
	"perfecto", "genial", "grazie", "perfetto", "obrigad", "ótimo", "bedankt", "dank",
	"tack", "takk", "kiitos", "köszön", "kösz", "díky", "děkuj", "dziękuj", "dzięki",
	"mulțumesc", "mersi", "ευχαριστ", "спасибо", "дякую", "شكرا", "ممنون", "مرسی", "متشکر",
	"תודה", "teşekkür", "sağol", "makasih", "terima kasih", "cảm ơn", "ขอบคุณ", "谢谢",
	"謝謝", "多谢", "ありがとう", "감사", "고마워", "धन्यवाद", "शुक्रिया", "ধন্যবাদ", "நன்றி",
	"asante", "salamat", NULL};
/* clang-format on */

/* ---- the user's message as an order ---------------------------------------------- */

/* Is h[0..n) only thanks or praise: a word of thanks[] and at most one
 * other word? */
static int only_thanks(const char *h, size_t n)
{
	size_t i = 0, words = 0, grat = 0;
	while (i < n && words < 8) {
		size_t s, j;
		while (i < n && ab_sep_len(h, i, n))
			i += ab_sep_len(h, i, n);
		if (i >= n)
			break;
		s = i;
		while (i < n && !ab_sep_len(h, i, n))
			i++;
		words++;
		for (j = 0; thanks[j]; j++) {
			size_t k = strlen(thanks[j]);
			if (i - s >= k && !memcmp(h + s, thanks[j], k)) {
				grat++;
				break;
			}
		}
	}
	return grat && words - grat <= 1 && words < 8;
}

/* Is the user's message h[0..n) an order as a whole: no negation, no
 * deferral, no read verb, no question but a polite one, not bare thanks;
 * in English, one the verb lists read an order in? */
static int order_shaped(const char *h, size_t n)
{
	size_t i;
	int q = 0;
	if (!n || n > AB_ASK_MAX)
		return 0;
	if (ab_has_folded(h, 0, n, ab_neg, 1, 0) || ab_has_folded(h, 0, n, wait_w, 0, 1) ||
	    ab_read_verb(h, 0, n, n) || only_thanks(h, n))
		return 0;
	for (i = 0; i < n && !q; i++)
		q = ab_qmark(h, i, n) != 0;
	if (q && (!ab_has_folded(h, 0, n, ab_polite, 0, 0) || ab_has_folded(h, 0, n, ab_wh, 0, 1)))
		return 0;
	return !ab_english(h, n) || pol_drift_asked_words(h, n, 9);
}

/* ---- the record fetched for the user ---------------------------------------------- */

/* Does h[0..n) name a string argument of the call text v[0..k) (JSON,
 * or JSON inside a JSON string: every quote, escaped or not, delimits,
 * and a piece followed by ':' is a key)? Offset or -1. */
static long args_named(const char *h, size_t n, const char *v, size_t k)
{
	size_t i = 0, s = 0, q = 0;
	if (k > CALL_MAX)
		k = CALL_MAX;
	while (i < k) {
		size_t e = i, l;
		long at;
		if (v[i] == '"')
			l = 1;
		else if (v[i] == '\\' && i + 1 < k && v[i + 1] == '"')
			l = 2;
		else {
			i++;
			continue;
		}
		i += l;
		if (q++ && e - s >= 3 && e - s <= 64 && !memchr(v + s, '"', e - s)) {
			size_t j = i;
			while (j < k && v[j] == ' ')
				j++;
			if ((j >= k || v[j] != ':') &&
			    (at = ab_names_value_wide(h, n, v + s, e - s)) >= 0)
				return at;
		}
		s = i;
	}
	return -1;
}

/* Is one of action a's values in a record (not a message or a note) of a
 * tool message whose call's arguments h[0..n) names? Offset in h or -1. */
static long call_named(const pol_conv *c, const char *h, size_t n, const rl_action *a)
{
	size_t j, f, seen = 0;
	for (j = c->n; j-- > 0 && seen < TOOLS_READ;) {
		const char *t = c->m[j].text;
		size_t tn = c->m[j].len, cs, ce, s, e;
		long am, at;
		int in = 0;
		if (c->m[j].role != RL_ROLE_TOOL || !t || !tn)
			continue;
		seen++;
		for (f = 0; f < a->nfields && f < 16 && !in; f++) {
			const char *v = a->fields[f].value, *p;
			size_t k = a->fields[f].len;
			if (!v || k < 3 || k > VAL_MAX || !ab_distinctive(v, k) ||
			    !(p = ab_json_value(t, tn, v, k)))
				continue;
			in = ab_record_around(t, tn, (size_t)(p - t), &s, &e) &&
			     !ab_message_like(t, s, e);
		}
		if (!in || (am = pol_call_span(c, j, &cs, &ce)) < 0 || !c->m[am].text)
			continue;
		if ((at = args_named(h, n, c->m[am].text + cs, ce - cs)) >= 0)
			return at;
	}
	return -1;
}

/* A field holding a message's words, not what the act is done on. */
static int body_field(const char *nm)
{
	static const char *const w[] = {"text",    "body",  "message", "content",
					"subject", "note",  "comment", "description",
					"reason",  "title", NULL};
	size_t i;
	for (i = 0; nm && w[i]; i++)
		if (strstr(nm, w[i]))
			return 1;
	return 0;
}

/* Does h[0..n) spell an identifier argument of action a made of name
 * parts ("k.brandt", "elin.berg", "j_okafor": letters joined by . _ -, no
 * digit, no '@'): every part of two letters or more a whole word of h, one
 * of four or more? Offset of that one, or -1. */
static long ident_spelled(const char *h, size_t n, const rl_action *a)
{
	size_t f;
	for (f = 0; f < a->nfields && f < 16; f++) {
		const char *v = a->fields[f].value;
		size_t k = a->fields[f].len, i = 0, parts = 0;
		long first = -1;
		int ok = 1;
		if (!v || k < 4 || k > 64)
			continue;
		for (i = 0; i < k && ok; i++)
			ok = isalpha((unsigned char)v[i]) || strchr("._-", v[i]);
		if (!ok || (!memchr(v, '.', k) && !memchr(v, '_', k) && !memchr(v, '-', k)))
			continue;
		for (i = 0; i < k && ok;) {
			size_t st = i;
			char w[64];
			long at;
			while (i < k && isalpha((unsigned char)v[i]))
				i++;
			if (i - st >= 2) {
				ab_low_copy(v + st, i - st, w, sizeof w);
				if ((at = ab_find_tok(h, n, 0, w, i - st, 1)) < 0)
					ok = 0;
				else if (i - st >= 4 && first < 0)
					first = at;
				parts++;
			}
			i += i < k;
		}
		if (ok && parts && first >= 0)
			return first;
	}
	return -1;
}

/* A value the user dictated in part (an address, a reference with its
 * words): a run of an argument value (8 bytes or more, a digit and three
 * or more other letters in it, from a word start of the value) written
 * in h[0..n). "文三路 188 号" in "杭州市西湖区文三路 188 号". Offset or -1. */
static long dictated_part(const char *h, size_t n, const rl_action *a)
{
	size_t f, tried = 0;
	for (f = 0; f < a->nfields && f < 16 && tried < 4; f++) {
		const char *v = a->fields[f].value;
		size_t k = a->fields[f].len, st, starts = 0;
		if (!v || k < 8 || k > VAL_MAX || !strpbrk(v, "0123456789") ||
		    (size_t)(strpbrk(v, "0123456789") - v) >= k)
			continue;
		tried++;
		for (st = 0; st + 8 <= k && starts < 8; st++) {
			size_t L = 8, best = 0, dg = 0, other = 0, i;
			const char *p, *hit = NULL;
			if (st && !ab_sep_len(v, st - 1, k) &&
			    ((unsigned char)v[st] & 0xc0) == 0x80)
				continue; /* inside a character */
			if (st && !ab_sep_len(v, st - 1, k) && (unsigned char)v[st] < 0x80)
				continue; /* inside a Latin word */
			starts++;
			while (st + L <= k && (p = memmem(h, n, v + st, L))) {
				best = L, hit = p;
				L++;
			}
			for (i = st; i < st + best; i++) {
				dg += isdigit((unsigned char)v[i]) != 0;
				other += !isdigit((unsigned char)v[i]) && v[i] != ' ' &&
					 ((unsigned char)v[i] & 0xc0) != 0x80;
			}
			if (best >= 8 && dg && other >= 3)
				return (long)(hit - h);
		}
	}
	return -1;
}

/* Do the verb lists read an order in English text h[0..n) that can be
 * action a's: one of its drift classes asked, else a goal or general
 * order (the lists' general change verbs, class 9) that asks for no act
 * of another class ("forward the invoice to my accountant" asks for a
 * message, no payment of it; "get him on the held flight" is a goal)? */
static int english_asks(const char *h, size_t n, const rl_action *a)
{
	unsigned k = pol_drift_class(a);
	int cls;
	for (cls = 0; cls < 9; cls++)
		if ((k & (1u << cls)) && pol_drift_asked_words(h, n, cls))
			return 1;
	for (cls = 0; cls < 9; cls++)
		if (!(k & (1u << cls)) && pol_drift_asked_words(h, n, cls))
			return 0;
	return pol_drift_asked_words(h, n, 9);
}

/* Is action a's object named in an order in user message u (askbind.c's
 * reading, or its record fetched by a call the user named; English where
 * the verb lists read an order in it)? */
static int named_in_order(const pol_conv *c, long u, const rl_action *a)
{
	const char *h = c->low[u];
	size_t n = c->m[u].len;
	long at;
	if (!h || n > AB_ASK_MAX)
		return 0;
	/* English: where the verb lists read an order for this act's kind
	 * ("forward the invoice to my accountant" asks for no payment of it) */
	if (ab_english(h, n) && !english_asks(h, n, a))
		return 0;
	if ((at = ab_names_object_wide(c, h, n, a)) < 0 && (at = call_named(c, h, n, a)) < 0 &&
	    (at = ident_spelled(h, n, a)) < 0 && (at = dictated_part(h, n, a)) < 0)
		return 0;
	return ab_order_at(h, n, (size_t)at);
}

/* ---- the ask carried over --------------------------------------------------------- */

/* The last user message u is an order and action a's object is named in
 * the assistant's answer before it (not a message that made calls: the
 * tool results follow those) or in an order in the user's message before
 * that; back through up to CARRY_TURNS earlier turns while each user
 * message on the way is itself an order ("the 9:40", then "window seat",
 * then "yes": the booking asked three turns before). */
static int carried(const pol_conv *c, const rl_action *a, long u)
{
	long j;
	int turns = 0;
	if (!order_shaped(c->low[u], c->m[u].len))
		return 0;
	for (j = u - 1; j >= 0; j--) {
		const rl_policy_msg *m = &c->m[j];
		if (!m->text || !m->len || !c->low[j])
			continue;
		if (m->role == RL_ROLE_USER) {
			if (named_in_order(c, j, a))
				return 1;
			if (++turns >= CARRY_TURNS || !order_shaped(c->low[j], m->len))
				return 0;
			continue;
		}
		if (m->role == RL_ROLE_ASSISTANT && m->len <= ANSWER_MAX &&
		    !((size_t)j + 1 < c->n && c->m[j + 1].role == RL_ROLE_TOOL) &&
		    ab_names_object_wide(c, c->low[j], m->len, a) >= 0)
			return 1;
	}
	return 0;
}

/* askbind.c's binding, or one of the routes above but the sub-step. */
static int bound_here(const pol_conv *c, const rl_action *a)
{
	long u;
	size_t f;
	rl_field fv[16];
	rl_action na;
	if (pol_request_bound(c, a))
		return 1;
	if ((u = ab_last_user(c)) < 0)
		return 0;
	/* by what the act is done on or sent to, not by a name in a message's
	 * words ("give me his email", "tell Artyom where Lena is": the body
	 * names someone the act is not done on) */
	na = *a;
	na.fields = fv;
	na.nfields = 0;
	for (f = 0; f < a->nfields && na.nfields < 16; f++)
		if (!body_field(a->fields[f].name))
			fv[na.nfields++] = a->fields[f];
	return named_in_order(c, u, &na) || carried(c, &na, u);
}

/* ---- a sub-step of an asked act ------------------------------------------------------ */

/* The name tokens of v[0..k) (an e-mail address: its local part): runs of
 * letters and digits with four or more letters, or two or more letters
 * and three or more digits; does one equal a token of w[0..wk)? */
static int token_shared(const char *v, size_t k, const char *w, size_t wk)
{
	size_t i = 0;
	const char *at = memchr(v, '@', k), *wat = memchr(w, '@', wk);
	if (at)
		k = (size_t)(at - v);
	if (wat)
		wk = (size_t)(wat - w);
	while (i < k) {
		size_t s, L = 0, D = 0, j;
		while (i < k && !isalnum((unsigned char)v[i]) && (unsigned char)v[i] < 0x80)
			i++;
		s = i;
		while (i < k && (isalnum((unsigned char)v[i]) || (unsigned char)v[i] >= 0x80)) {
			L += !isdigit((unsigned char)v[i]);
			D += isdigit((unsigned char)v[i]) != 0;
			i++;
		}
		if (!(L >= 4 || (L >= 2 && D >= 3)) || i - s > 64)
			continue;
		for (j = 0; j + (i - s) <= wk; j++) {
			size_t e = j + (i - s);
			if (!strncasecmp(w + j, v + s, i - s) &&
			    (j == 0 || (!isalnum((unsigned char)w[j - 1]) &&
					(unsigned char)w[j - 1] < 0x80)) &&
			    (e == wk ||
			     (!isalnum((unsigned char)w[e]) && (unsigned char)w[e] < 0x80)))
				return 1;
		}
	}
	return 0;
}

/* A value that names nothing by itself: a date or a time (digits and
 * - : . / T Z + and spaces only, with a separator: "2026-12-08",
 * "09:00"); a bare number is an identifier ("2241"). */
static int plain_value(const char *v, size_t k)
{
	size_t i, sep = 0;
	for (i = 0; i < k; i++) {
		if (!isdigit((unsigned char)v[i]) && !strchr("-:./TZ+ ", v[i]))
			return 0;
		sep += !isdigit((unsigned char)v[i]);
	}
	return sep != 0;
}

/* Do actions a and b act on the same object: values of both in one
 * record of tool output, or their first arguments sharing a name token? */
static int same_object(const pol_conv *c, const rl_action *a, const rl_action *b)
{
	size_t j, f, g, seen = 0;
	if (a->nfields && b->nfields && a->fields[0].value && b->fields[0].value &&
	    a->fields[0].len <= VAL_MAX && b->fields[0].len <= VAL_MAX &&
	    !plain_value(a->fields[0].value, a->fields[0].len) &&
	    token_shared(a->fields[0].value, a->fields[0].len, b->fields[0].value,
			 b->fields[0].len))
		return 1;
	for (j = c->n; j-- > 0 && seen < TOOLS_READ;) {
		const char *t = c->m[j].text;
		size_t tn = c->m[j].len;
		if (c->m[j].role != RL_ROLE_TOOL || !t || !tn)
			continue;
		seen++;
		for (f = 0; f < a->nfields && f < 16; f++) {
			const char *v = a->fields[f].value, *p;
			size_t k = a->fields[f].len, s, e;
			if (!v || k < 3 || k > VAL_MAX || !ab_distinctive(v, k) ||
			    !(p = ab_json_value(t, tn, v, k)) ||
			    !ab_record_around(t, tn, (size_t)(p - t), &s, &e) ||
			    ab_message_like(t, s, e))
				continue;
			for (g = 0; g < b->nfields && g < 16; g++) {
				const char *x = b->fields[g].value;
				size_t xk = b->fields[g].len;
				if (x && xk >= 3 && xk <= VAL_MAX && ab_distinctive(x, xk) &&
				    !plain_value(x, xk) && ab_json_value(t + s, e - s, x, xk))
					return 1;
			}
		}
	}
	return 0;
}

/* Is b, another act, asked and done on a's object? */
static int asked_sibling(const pol_conv *c, const rl_action *a, const rl_action *b)
{
	unsigned cls;
	if (b == a || !b->taken)
		return 0;
	cls = pol_drift_protective(b, pol_drift_class(b));
	return cls && same_object(c, a, b) &&
	       (!pol_drift_unasked(c, cls, NULL) || bound_here(c, b));
}

/* An asked act on a's object done earlier in this turn: the calls of the
 * assistant's messages after the user's last message (the cancel one
 * response made before this one books). */
static int earlier_step(const pol_conv *c, const rl_action *a)
{
	long u = ab_last_user(c);
	size_t j, seen = 0;
	for (j = u < 0 ? 0 : (size_t)u + 1; j < c->n && seen < EARLIER_READ; j++) {
		const char *t = c->m[j].text;
		rl_transcript tr;
		rl_actions as;
		rl_err e;
		size_t i;
		int hit = 0;
		if (c->m[j].role != RL_ROLE_ASSISTANT || !t || !c->m[j].len ||
		    c->m[j].len > EARLIER_MAX)
			continue;
		while (*t == ' ' || *t == '\n')
			t++;
		if (*t != '[' && *t != '{')
			continue;
		seen++;
		memset(&tr, 0, sizeof tr);
		tr.native = c->m[j].text;
		tr.native_len = c->m[j].len;
		if (rl_actions_extract(&tr, &as, &e))
			continue;
		for (i = 0; i < as.n && !hit; i++)
			hit = asked_sibling(c, a, &as.v[i]);
		rl_actions_free(&as);
		if (hit)
			return 1;
	}
	return 0;
}

int pol_request_asked_step(const pol_conv *c, const rl_actions *as, const rl_action *a)
{
	size_t i;
	if (bound_here(c, a))
		return 1;
	for (i = 0; as && i < as->n; i++)
		if (asked_sibling(c, a, &as->v[i]))
			return 1;
	return earlier_step(c, a);
}

/* ---- an act on another record than the one named ---------------------------------- */

/* The identifier of kind-letters kind[0..kl) (the letters it opens with)
 * at a word start in h[0..n) other than v; 1 when one is there. */
static int other_id(const char *h, size_t n, const char *v, size_t vn, size_t kl)
{
	size_t i;
	for (i = 0; i + kl < n; i++) {
		size_t e = i, dg = 0;
		if (!ab_starts_at(h, i, n) || memcmp(h + i, v, kl))
			continue;
		while (e < n && (isalnum((unsigned char)h[e]) || h[e] == '-' || h[e] == '_'))
			dg += isdigit((unsigned char)h[e++]) != 0;
		if (dg && !(e - i >= vn && !memcmp(h + i, v, vn)))
			return 1;
		i = e;
	}
	return 0;
}

static int other_named(const pol_conv *c, const rl_action *a);

int pol_request_other_named(const pol_conv *c, const rl_action *a)
{
	int r;
	ab_wide(1); /* "BD-771311을" names BD-771311 */
	r = other_named(c, a);
	ab_wide(0);
	return r;
}

static int other_named(const pol_conv *c, const rl_action *a)
{
	long u, o;
	size_t f;
	if (pol_request_other_record(c, a))
		return 1;
	/* a yes to an offer of one record, and the act on another of the
	 * same kind ("VK-318 is open. Pay it?" "yes"; VK-344 paid) */
	if ((u = ab_last_user(c)) < 0 || !ab_led_by(c->low[u], c->m[u].len, ab_yes) ||
	    (o = ab_offer_before(c, u)) < 0)
		return 0;
	for (f = 0; f < a->nfields && f < 16; f++) {
		const char *v = a->fields[f].value;
		size_t vn = a->fields[f].len, kl = 0, k, dg = 0;
		char low[VAL_MAX + 1];
		if (!v || vn < 4 || vn > VAL_MAX ||
		    (a->fields[f].name && pol_drift_destination(a->fields[f].name)))
			continue;
		for (k = 0; k < vn; k++) {
			if (!isalnum((unsigned char)v[k]) && !strchr("-_#", v[k]))
				break;
			dg += isdigit((unsigned char)v[k]) != 0;
		}
		if (k < vn || !dg)
			continue; /* the first identifier argument is the record */
		ab_low_copy(v, vn, low, sizeof low);
		while (kl < vn && isalpha((unsigned char)low[kl]))
			kl++;
		if (kl < 2 || ab_find_tok(c->low[o], c->m[o].len, 0, low, vn, 1) >= 0)
			return 0;
		return other_id(c->low[o], c->m[o].len, low, vn, kl);
	}
	return 0;
}
