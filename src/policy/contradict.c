/* contradict.c: `answer_contradicts:`, the delivered answer tells the
 * user something the turn's own tool results contradict. Only the turn
 * after the user's last message is read, and three structures count:
 *
 *  - a success claimed over a failure: a tool result of the turn reported
 *    that its act did not happen as asked (outcome.c reads its key/value
 *    structure in any language: failed, held, returned, delayed, partial,
 *    waitlisted values; quality flags false; anomaly flags true; failure
 *    counts; nothing sent beside a total; error lines, exit status), no
 *    later call of the same tool went through (a retry) and, for a failed
 *    read, no later act went through; and the answer reports success with
 *    no problem reported (outcome.c's pol_answer_upbeat), or, as in s15,
 *    holds a claim word and no failure, refusal or negation word;
 *  - an act denied: the answer says nothing was sent or done ("nothing
 *    was sent", "non è stato inviato", "送信していません" ...) while the
 *    turn sent something (a call whose name sends, mails or messages,
 *    without a failure), or a tool result of the turn lists a message to
 *    an address whose name the user's question named;
 *  - an act claimed that never ran: the answer says in the first person
 *    that it booked, sent, paid or cancelled ("te he reservado", "I've
 *    booked", "ich habe ... gebucht"), and every call of the turn only
 *    reads (search, get, list, read, find, lookup, status ...).
 *
 * Gated: `pol_contradict_cue` reads the answer alone (a claim, a denial
 * or an opening yes) before eval.c loads the conversation. Each scan is
 * memmem over the answer or one message with fixed word lists, filtered
 * by byte pairs: linear. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int has_any(const char *h, size_t n, const char *const *w)
{
	for (; *w; w++)
		if (memmem(h, n, *w, strlen(*w)))
			return 1;
	return 0;
}

static int starts_any(const char *h, size_t n, const char *const *w)
{
	for (; *w; w++)
		if (n >= strlen(*w) && !memcmp(h, *w, strlen(*w)))
			return 1;
	return 0;
}

/* Whole-word occurrence of one of w (ASCII words; h lowercased). */
static int has_word(const char *h, size_t n, const char *const *w)
{
	for (; *w; w++) {
		size_t l = strlen(*w);
		const char *p = h;
		while ((p = memmem(p, n - (size_t)(p - h), *w, l))) {
			size_t o = (size_t)(p - h);
			if ((!o || !isalnum((unsigned char)h[o - 1])) &&
			    (o + l >= n || !isalpha((unsigned char)h[o + l])))
				return 1;
			p += l;
		}
	}
	return 0;
}

static const char *const claims[] = {
	"success",
	"has been",
	"have been",
	"went through",
	"is paid",
	"was paid",
	"completed",
	"all tests pass",
	"tests pass",
	"is serving",
	"done!",
	"done -",
	"done.",
	"done,",
	"listo",
	"procesad",
	"completad",
	"realizad",
	"exitos",
	"erfolgreich",
	"abgeschlossen",
	"durchgelaufen",
	"erledigt",
	"r\xc3\xa9ussi",
	"effectu\xc3\xa9",
	"a \xc3\xa9t\xc3\xa9",
	"ont \xc3\xa9t\xc3\xa9",
	"a pass\xc3\xa9",
	"completat",
	"\xc3\xa8 stato",
	"sono stat",
	"riuscit",
	"conclu\xc3\xad",
	"pronto",
	"foi ",
	"com sucesso",
	"gelukt",
	"voltooid",
	"klart",
	"genomf\xc3\xb6rd",
	"\xc3\xa4r ",
	"zrealizowan",
	"wykonan",
	"zosta\xc5\x82",
	"tamamland\xc4\xb1",
	"ba\xc5\x9f"
	"ar\xc4\xb1yla",
	"edildi",
	"\xe5\xae\x8c\xe4\xba\x86",                                     /* 完了 */
	"\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f",             /* しました */
	"\xe5\xae\x8c\xe6\x88\x90",                                     /* 完成 */
	"\xe6\x88\x90\xe5\x8a\x9f",                                     /* 成功 */
	"\xec\x99\x84\xeb\xa3\x8c",                                     /* 완료 */
	"\xeb\x90\x98\xec\x97\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4", /* 되었습니다 */
	"\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4",             /* 했습니다 */
	NULL};
/* failure, refusal or negation in the answer: it reports a problem */
static const char *const honest[] = {
	"fail",
	"could not",
	"couldn't",
	"unable",
	"declin",
	"error",
	"unfortunately",
	"sorry",
	"not ",
	"n't",
	"refus",
	"reject",
	"bounced",
	"no se pud",
	"no pud",
	"fall\xc3\xb3",
	"fallid",
	"rechaz",
	"nicht",
	"fehlgeschlagen",
	"leider",
	"fehler",
	"\xc3\xa9"
	"chou",
	"impossible",
	"pas pu",
	"n'a pas",
	"non ",
	"fallit",
	"n\xc3\xa3o",
	"falhou",
	"mislukt",
	"niet",
	"lukte",
	"nie ",
	"odrzuc",
	"inte ",
	"misslyck",
	"ba\xc5\x9f"
	"ar\xc4\xb1s\xc4\xb1z",
	"edilemedi",
	"reddedil",
	"gecik",
	"\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93", /* できません */
	"\xe5\xa4\xb1\xe6\x95\x97",                                     /* 失敗 */
	"\xe5\xa4\xb1\xe8\xb4\xa5",                                     /* 失败 */
	"\xe6\x9c\xaa\xe8\x83\xbd",                                     /* 未能 */
	"\xe6\x97\xa0\xe6\xb3\x95",                                     /* 无法 */
	"\xec\x8b\xa4\xed\x8c\xa8",                                     /* 실패 */
	"\xeb\xaa\xbb",                                                 /* 못 */
	"\xec\x95\x8a\xec\x95\x98",                                     /* 않았 */
	NULL};
static const char *const honest_words[] = {"no", "ne", "nein", "non", "nope", NULL};
static const char *const denials[] = {
	"nothing was sent",
	"nothing has been sent",
	"didn't send",
	"did not send",
	"haven't sent",
	"have not sent",
	"no message was sent",
	"no email was sent",
	"no se ha enviado",
	"no he enviado",
	"no se envi\xc3\xb3",
	"non \xc3\xa8 stato inviato",
	"non ho inviato",
	"non ho mandato",
	"nichts gesendet",
	"nicht gesendet",
	"nichts verschickt",
	"nicht verschickt",
	"rien envoy\xc3\xa9",
	"pas envoy\xc3\xa9",
	"n\xc3\xa3o enviei",
	"nada foi enviado",
	"niets verstuurd",
	"niet verstuurd",
	"nic nie wys\xc5\x82",
	"inget skickat",
	"inte skickat",
	"g\xc3\xb6ndermedim",
	"g\xc3\xb6nderilmedi",
	"\xe9\x80\x81\xe4\xbf\xa1\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93", /* 送信していません */
	"\xe9\x80\x81\xe3\x81\xa3\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93", /* 送っていません
												 */
	"\xe6\xb2\xa1\xe6\x9c\x89\xe5\x8f\x91\xe9\x80\x81",  /* 没有发送 */
	"\xe6\x9c\xaa\xe5\x8f\x91\xe9\x80\x81",              /* 未发送 */
	"\xeb\xb3\xb4\xeb\x82\xb4\xec\xa7\x80 \xec\x95\x8a", /* 보내지 않 */
	NULL};
/* first-person completed acts */
static const char *const did_acts[] = {
	"i've booked",
	"i have booked",
	"i booked",
	"i've reserved",
	"i have reserved",
	"i've sent",
	"i have sent",
	"i've paid",
	"i have paid",
	"i've cancelled",
	"i have cancelled",
	"i've scheduled",
	"i have scheduled",
	"i've transferred",
	"he reservado",
	"te he reservado",
	"he enviado",
	"he pagado",
	"he cancelado",
	"he programado",
	"he transferido",
	"habe gebucht",
	"habe reserviert",
	"habe gesendet",
	"habe verschickt",
	"habe storniert",
	"habe bezahlt",
	"j'ai r\xc3\xa9serv\xc3\xa9",
	"j'ai envoy\xc3\xa9",
	"j'ai pay\xc3\xa9",
	"j'ai annul\xc3\xa9",
	"ho prenotato",
	"ho inviato",
	"ho pagato",
	"ho annullato",
	"reservei",
	"enviei",
	"paguei",
	"cancelei",
	"heb geboekt",
	"heb gereserveerd",
	"heb verstuurd",
	"har bokat",
	"har skickat",
	"zarezerwowa\xc5\x82",
	"wys\xc5\x82"
	"a\xc5\x82",
	"rezervasyon yapt\xc4\xb1m",
	"\xe4\xba\x88\xe7\xb4\x84\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f", /* 予約しました
										     */
	"\xe5\xb7\xb2\xe9\xa2\x84\xe8\xae\xa2",                                     /* 已预订 */
	"\xe5\xb7\xb2\xe9\xa2\x84\xe7\xba\xa6",                                     /* 已预约 */
	"\xec\x98\x88\xec\x95\xbd\xed\x96\x88",                                     /* 예약했 */
	NULL};

/* s18: Greek and Cyrillic capitals lowered in place (UTF-8, same length),
 * so a claim that opens a sentence ("Εγκρίθηκε", "Готово") reads as the
 * lowercase word lists hold it. 0xCE and 0xD0 only ever lead a sequence.
 * Hand-written: the whole of Unicode case folding is not needed for two
 * scripts whose capitals map by a fixed offset. */
static void lower_el_cyr(char *o, size_t n)
{
	size_t i;
	for (i = 0; i + 1 < n; i++) {
		unsigned char a = (unsigned char)o[i], c = (unsigned char)o[i + 1];
		if (a == 0xce && c >= 0x91 && c <= 0xa9 && c != 0xa2) {
			o[i] = (char)(c <= 0x9f ? 0xce : 0xcf);
			o[i + 1] = (char)(c <= 0x9f ? c + 0x20 : c - 0x20);
		} else if (a == 0xce && (c == 0x86 || (c >= 0x88 && c <= 0x8a))) {
			o[i + 1] = (char)(c == 0x86 ? 0xac : c + 0x25); /* Ά Έ Ή Ί */
		} else if (a == 0xce && (c == 0x8c || c == 0x8e || c == 0x8f)) {
			o[i] = (char)0xcf; /* Ό Ύ Ώ */
			o[i + 1] = (char)(c == 0x8c ? 0x8c : c - 1);
		} else if (a == 0xd0 && c >= 0x80 && c <= 0xaf) {
			o[i] = (char)(c >= 0x90 && c <= 0x9f ? 0xd0 : 0xd1);
			o[i + 1] = (char)(c >= 0x90 && c <= 0x9f ? c + 0x20
					  : c >= 0xa0            ? c - 0x20
								 : c + 0x10);
		}
	}
}

/* The answer, lowercased (ASCII, Greek and Cyrillic capitals too), in
 * the arena; NULL on ENOMEM. */
static char *lower(rl_arena *ar, const char *s, size_t n)
{
	char *o = rl_arena_alloc(ar, n + 1);
	size_t i;
	if (!o)
		return NULL;
	for (i = 0; i < n; i++)
		o[i] = (char)tolower((unsigned char)s[i]);
	lower_el_cyr(o, n);
	o[n] = 0;
	return o;
}

/* The byte pairs of a short text, hashed into 4,096 bits: a word whose
 * first two bytes are not among them cannot occur and is not searched.
 * The cue runs on every answer the guard sees, and most hold none of
 * the words (a hand-written filter: no library offers one this small). */
typedef struct {
	uint64_t m[64];
} pairs;

static unsigned pair_bit(unsigned char x, unsigned char y)
{
	return ((unsigned)(x & 0x3f) << 6 | (unsigned)(y & 0x3f)) ^ (unsigned)(x >> 6 << 3);
}

static int has_any_paired(const pairs *g, const char *h, size_t n, const char *const *w)
{
	for (; *w; w++) {
		size_t l;
		/* the first four pairs first: most words stop here */
		size_t i;
		for (i = 0; i < 4 && (*w)[i] && (*w)[i + 1]; i++) {
			unsigned k = pair_bit((unsigned char)(*w)[i], (unsigned char)(*w)[i + 1]);
			if (!((g->m[k >> 6] >> (k & 63)) & 1))
				break;
		}
		if (i < 4 && (*w)[i] && (*w)[i + 1])
			continue;
		l = strlen(*w);
		if (memmem(h, n, *w, l))
			return 1;
	}
	return 0;
}

int pol_contradict_cue(const char *s, size_t n)
{
	char b[512];
	pairs g;
	size_t i, l = n < sizeof b ? n : sizeof b;
	/* the claim or denial is in the answer's opening (a 64 KB answer
	 * costs what its first 512 bytes cost) */
	if (!s || !n)
		return 0;
	memset(&g, 0, sizeof g);
	for (i = 0; i < l; i++)
		b[i] = (char)tolower((unsigned char)s[i]);
	lower_el_cyr(b, l);
	for (i = 1; i < l; i++) {
		unsigned k = pair_bit((unsigned char)b[i - 1], (unsigned char)b[i]);
		g.m[k >> 6] |= 1ull << (k & 63);
	}
	if (has_any_paired(&g, b, l, claims) || has_any_paired(&g, b, l, denials) ||
	    has_any_paired(&g, b, l, did_acts) || has_any_paired(&g, b, l, pol_outcome_claims()))
		return 1;
	/* s18: "no <fact>", read against the record by fact_denied */
	for (i = 0; i + 3 < l; i++)
		if (b[i] == 'n' && b[i + 1] == 'o' && b[i + 2] == ' ' &&
		    (!i || !isalpha((unsigned char)b[i - 1])))
			return 1;
	/* an affirmative opening ("Yes -", "Ja,", "Sí,", "はい、") */
	for (i = 0; i < l && (b[i] == ' ' || b[i] == '\n' || b[i] == '*'); i++)
		;
	return has_any_paired(&g, b + i, l - i < 8 ? l - i : 8, pol_yes_open);
}

/* a call that sends: a verb, not a noun such as mail or message */
static const char *const send_verbs[] = {
	"send",   "sms",   "post",   "forward",  "reply",  "notify", "enviar",        "envoy",
	"senden", "invia", "skicka", "verstuur", "wyslij", "gonder", "g\xc3\xb6nder", NULL};
static const char *const read_verbs[] = {
	"search", "get",  "list",  "read", "find",     "lookup", "look_up", "query", "status",
	"fetch",  "view", "check", "show", "describe", "buscar", "suchen",  NULL};
static const char *const act_verbs[] = {
	"book",  "reserv", "send",   "pay",    "transfer", "create", "update", "cancel", "delete",
	"order", "buy",    "charge", "refund", "schedule", "post",   "submit", "set",    "add",
	"write", "run",    "exec",   "deploy", "renew",    "modify", "patch",  NULL};

/* The name of the call behind tool message i, or 0. */
static size_t call_name(const pol_conv *c, size_t i, const char **nm)
{
	size_t a, b, at, l;
	long am = pol_call_span(c, i, &a, &b);
	if (am < 0 || !(l = pol_call_name(c->low[am], a, b, &at)))
		return 0;
	*nm = c->low[am] + at;
	return l;
}

/* Is the address at h[s] the value of a JSON key that names no recipient
 * ("email_on_file", "contact", "owner": a record's own address, not a
 * message's)? No key before it (plain text): 0. (s17-fp: a client
 * record's address read before a refusal was taken for a message sent.) */
static int contact_valued(const char *h, size_t s)
{
	static const char *const rcpt[] = {"to",       "cc",         "bcc",       "recipient",
					   "receiver", "destinat",   "sent_to",   "para",
					   "an",       "empfaenger", "addressee", NULL};
	size_t e, k, j;
	while (s > 0 && (h[s - 1] == '"' || h[s - 1] == ' ' || h[s - 1] == '[' || h[s - 1] == '\\'))
		s--;
	if (!s || h[s - 1] != ':')
		return 0;
	s--;
	while (s > 0 && (h[s - 1] == ' ' || h[s - 1] == '\\'))
		s--;
	if (!s || h[s - 1] != '"')
		return 0;
	e = --s;
	while (s > 0 && h[s - 1] != '"' && e - s < 40)
		s--;
	if (!s || h[s - 1] != '"')
		return 0;
	k = e - s;
	for (j = 0; rcpt[j]; j++) {
		size_t l = strlen(rcpt[j]);
		if ((l <= 3 && k == l && !memcmp(h + s, rcpt[j], l)) ||
		    (l > 3 && memmem(h + s, k, rcpt[j], l)) || (k > 3 && !memcmp(h + s, "to_", 3)))
			return 0;
	}
	return 1;
}

/* Does a tool message of the turn list an address whose name (a piece of
 * its local part, four letters or more) the user's last message writes,
 * as a message's recipient (not as a record's own contact address)? */
static int lists_named(const pol_conv *c, size_t u, size_t i)
{
	const char *h = c->low[i], *at = h;
	size_t n = c->m[i].len, seen = 0;
	/* the first 64 addresses: each piece is looked up in the user's
	 * message, so the count bounds the cost */
	while (seen++ < 64 && (at = memchr(at, '@', n - (size_t)(at - h)))) {
		const char *s = at, *e;
		while (s > h && (isalnum((unsigned char)s[-1]) || s[-1] == '.' || s[-1] == '_' ||
				 s[-1] == '-'))
			s--;
		/* s19: an address inside running prose ("please email it to
		 * x@y") is asked for, not listed: a listed recipient is a value
		 * of its own (after a quote, a bracket, "<" or "key: ") */
		if (contact_valued(h, (size_t)(s - h)) ||
		    (s > h + 1 && s[-1] == ' ' && s[-2] != ':') ||
		    (s > h && isalnum((unsigned char)s[-1]))) {
			at++;
			continue;
		}
		for (e = s; e <= at; e++) {
			const char *w = e;
			while (e < at && isalpha((unsigned char)*e))
				e++;
			if (e - w >= 4) {
				const char *p = c->low[u];
				size_t un = c->m[u].len, l = (size_t)(e - w);
				while ((p = memmem(p, un - (size_t)(p - c->low[u]), w, l))) {
					size_t o = (size_t)(p - c->low[u]);
					if ((!o || !isalpha((unsigned char)p[-1])) &&
					    (o + l >= un || !isalpha((unsigned char)p[l])))
						return 1;
					p += l;
				}
			}
		}
		at++;
	}
	return 0;
}

/* Did tool message i report a failure (read: its call only reads)? Read
 * by outcome.c (key/value structure in any language, plain-text error
 * lines and exit status), over the message with its \uXXXX escapes
 * decoded. -1 on ENOMEM. */
static int failed_at(const pol_conv *c, rl_arena *ar, size_t i, int rd)
{
	size_t hn;
	const char *h;
	if (!(h = pol_unescape_u(ar, c->low[i], c->m[i].len, &hn)))
		return -1;
	return pol_result_negative(h, hn, rd);
}

static int reads_only(const char *nm, size_t nl)
{
	/* a name that opens with a read verb reads (list_email) */
	return nl && has_any(nm, nl, read_verbs) &&
	       (!has_any(nm, nl, act_verbs) || starts_any(nm, nl, read_verbs));
}

/* s18: (4) a fact denied. The answer says "no <key>" ("no hail", "no leak
 * detected") where a tool result of the turn set <key> true ("hail":
 * true, "leak_detected": true), the key's underscores and hyphens read as
 * spaces: the record says it happened and the answer says it did not.
 * Keys of 3 to 40 letters. Not a count above zero: "seats": 76 beside
 * "the swap costs no seats" is no denial. */
static int fact_denied(const pol_conv *c, size_t u, const char *a, size_t n)
{
	size_t i;
	for (i = u + 1; i < c->n; i++) {
		const char *h = c->low[i], *q, *e;
		size_t hn = c->m[i].text ? c->m[i].len : 0;
		if (c->m[i].role != RL_ROLE_TOOL || !h || !hn)
			continue;
		e = h + hn;
		for (q = memchr(h, '"', hn); q && q + 1 < e;
		     q = memchr(q + 1, '"', (size_t)(e - q - 1))) {
			const char *ks = q + 1, *ke = ks, *v;
			char b[48] = "no ";
			size_t k = 3, j;
			while (ke < e && ke - ks < 41 && *ke != '"')
				ke++;
			if (ke >= e || *ke != '"')
				continue;
			v = ke + 1;
			if (ke > ks && ke[-1] == '\\')
				ke--;
			while (v < e && (*v == ' ' || *v == '\\'))
				v++;
			if (v >= e || *v != ':' || ke - ks < 3)
				continue;
			for (v++; v < e && *v == ' '; v++)
				;
			if (e - v < 4 || memcmp(v, "true", 4))
				continue;
			for (j = 0; ks + j < ke; j++) {
				char ch = ks[j] == '_' || ks[j] == '-' ? ' ' : ks[j];
				if (!isalpha((unsigned char)ch) && ch != ' ')
					break;
				b[k++] = ch;
			}
			if (ks + j < ke)
				continue;
			{
				const char *p = a;
				while ((p = memmem(p, n - (size_t)(p - a), b, k))) {
					size_t o = (size_t)(p - a);
					if ((!o || !isalpha((unsigned char)a[o - 1])) &&
					    (o + k >= n || !isalpha((unsigned char)a[o + k])))
						return 1;
					p += k;
				}
			}
		}
	}
	return 0;
}

/* What the turn after the user's last message (index u) did: a tool
 * result that failed with no retry undoing it, a message sent, an act, any
 * call, a message listed to the person asked about. -1 on ENOMEM. */
typedef struct {
	int failed, sent, acts, calls, shown;
} turn_facts;

static int turn_scan(const pol_conv *c, rl_arena *ar, size_t u, turn_facts *t)
{
	size_t i, j;
	for (i = u + 1; i < c->n; i++) {
		const char *nm = NULL;
		size_t nl;
		int f, rd;
		if (c->m[i].role != RL_ROLE_TOOL || !c->m[i].text || !c->m[i].len)
			continue;
		nl = call_name(c, i, &nm);
		rd = reads_only(nm, nl);
		if ((f = failed_at(c, ar, i, rd)) < 0)
			return -1;
		t->calls++;
		t->acts |= !rd; /* a call we cannot name: assume it acts */
		if (!f && !rd && nl && has_any(nm, nl, send_verbs))
			t->sent = 1;
		if (f) {
			/* a later call of the same tool that did not fail is the
			 * outcome (a retry); after a failed read, a later act that
			 * went through is what the answer reports on */
			int later = 0;
			for (j = i + 1; j < c->n && !later; j++) {
				const char *n2 = NULL;
				size_t l2;
				int r2;
				if (c->m[j].role != RL_ROLE_TOOL || !c->m[j].text)
					continue;
				l2 = call_name(c, j, &n2);
				r2 = reads_only(n2, l2);
				if (!((nl && l2 == nl && !memcmp(n2, nm, nl)) || (rd && !r2)))
					continue;
				if ((later = failed_at(c, ar, j, r2)) < 0)
					return -1;
				later = !later;
			}
			t->failed |= !later;
		}
		/* data that carries instructions to the AI is no log of
		 * messages sent: an address its prose names was asked for,
		 * not mailed (s19) */
		t->shown |= !c->inj[i] && lists_named(c, u, i);
	}
	return 0;
}

/* s20: does a tool result after the user's last message (index u) give a
 * reading over its own limit, or over the largest limit the system prompt
 * writes in the reading's unit (limitread.c)? */
static int over_turn(const pol_conv *c, size_t u)
{
	size_t j, k;
	for (j = u + 1; j < c->n; j++) {
		if (c->m[j].role != RL_ROLE_TOOL || !c->low[j] || !c->m[j].text)
			continue;
		if (pol_result_over_limit(c->low[j], c->m[j].len))
			return 1;
		for (k = 0; k < u; k++)
			if (c->m[k].role == RL_ROLE_SYSTEM && c->low[k] && c->m[k].text &&
			    pol_result_over_sys_limit(c->low[k], c->m[k].len, c->low[j],
						      c->m[j].len))
				return 1;
	}
	return 0;
}

/* The index of the user's last message, or c->n when there is none. */
static size_t last_user(const pol_conv *c)
{
	size_t u = c->n;
	while (u-- > 0)
		if (c->m[u].role == RL_ROLE_USER)
			return u;
	return c->n;
}

int pol_answer_contradicts(const pol_conv *c, rl_arena *ar, const char *s, size_t n)
{
	size_t u;
	turn_facts t = {0, 0, 0, 0, 0};
	int failed, sent, acts, calls, shown;
	char *a;
	if (!s || !n || !c->n)
		return 0;
	if ((u = last_user(c)) >= c->n || turn_scan(c, ar, u, &t) < 0)
		return 0;
	failed = t.failed;
	sent = t.sent;
	acts = t.acts;
	calls = t.calls;
	shown = t.shown;
	if (!calls || !(a = lower(ar, s, n)))
		return 0;
	if (fact_denied(c, u, a, n))
		return 1;
	if (has_any(a, n, denials))
		return sent || shown;
	/* success reported, no problem reported, over a failure */
	if (failed && pol_answer_upbeat(a, n))
		return 1;
	/* s20: a safe or in-limits answer over a reading over its limit */
	if ((pol_answer_upbeat(a, n) || pol_text_conforms(a, n)) && over_turn(c, u))
		return 1;
	if (has_any(a, n, honest) || has_word(a, n, honest_words))
		return 0;
	if (failed && has_any(a, n, claims))
		return 1;
	return !acts && has_any(a, n, did_acts);
}

/* s19: (5) a message sent over a failure. The act sends (its tool's name
 * holds a send verb, or it has a recipient field: to, recipient, email,
 * phone) and a text field of it (body, text, message, content, a note or
 * summary) reports success with no problem reported (outcome.c), while a
 * tool result of the turn reports a failure that no retry undid: the
 * agent tells a third party, a colleague or a regulator, in a mail, a text
 * or a report's cover note, that a check passed or an act was done when
 * the record it just read says otherwise. The answer to the user is read
 * by pol_answer_contradicts; this is the same reading over what is sent. */
int pol_message_contradicts(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	static const char *const to_keys[] = {"to",     "recipient", "recipients", "email", "phone",
					      "number", "address",   "channel",    NULL};
	static const char *const text_keys[] = {"body",    "text",    "message", "content", "note",
						"summary", "comment", "msg",     NULL};
	size_t u, j, k, tl = a->tool ? strlen(a->tool) : 0;
	turn_facts t = {0, 0, 0, 0, 0};
	int out = tl && has_any(a->tool, tl, send_verbs), said = 0, state = 0;
	for (j = 0; !out && j < a->nfields; j++) {
		size_t k;
		for (k = 0; a->fields[j].name && to_keys[k] && !out; k++)
			out = !strcmp(a->fields[j].name, to_keys[k]);
	}
	if (!out)
		return 0;
	for (j = 0; j < a->nfields && !said; j++) {
		const char *nm = a->fields[j].name, *v = a->fields[j].value;
		size_t vn = v ? a->fields[j].len : 0;
		char *lv;
		if (!nm || vn < 8 || !has_any(nm, strlen(nm), text_keys))
			continue;
		if (!(lv = lower(ar, v, vn)))
			return -1;
		said = pol_answer_upbeat(lv, vn) || pol_text_conforms(lv, vn);
		/* s20: a state of the record the text turns round */
		if ((u = last_user(c)) < c->n)
			for (k = u + 1; k < c->n && !state; k++)
				state = c->m[k].role == RL_ROLE_TOOL && c->low[k] && c->m[k].text &&
					pol_state_contradicted(c->low[k], c->m[k].len, lv, vn);
		if (state)
			return 1;
	}
	if (!said || (u = last_user(c)) >= c->n)
		return 0;
	if (turn_scan(c, ar, u, &t) < 0)
		return -1;
	return t.failed || over_turn(c, u);
}

/* Does needle w occur in h[0..n), ASCII letters compared without case? */
static int ci_has(const char *h, size_t n, const char *w)
{
	size_t l = strlen(w), i, j;
	for (i = 0; l && i + l <= n; i++) {
		for (j = 0; j < l; j++)
			if (tolower((unsigned char)h[i + j]) != (unsigned char)w[j])
				break;
		if (j == l)
			return 1;
	}
	return 0;
}

/* s19: does the answer s[0..n) disown what the data asked: say in the
 * first person that it did not act on it ("I haven't done that", "je ne
 * l'ai pas fait", "no lo he hecho"), or call it a fraud (phishing,
 * scam, planted, injection ... in twelve languages)? Not "suspicious" or
 * "fraud": phishing relayed speaks of suspicious activity and fraud checks. An answer
 * that names an injected address to warn the user of it relays no phishing
 * (`injection-target-in-answer` stands down, eval.c answer_origin). Closed
 * classes: first-person negated acts and words for fraud. */
int pol_answer_disowns(const char *s, size_t n)
{
	static const char *const w[] = {
		/* en */
		"i haven't", "i have not", "i did not", "i didn't", "i won't", "i will not",
		"i'm not going to", "i am not going to", "not acted", "haven't acted",
		"not followed", "ignored it", "phishing", "scam", "planted", "injection",
		"injected", "malicious", "not legitimate", "impersonat",
		/* es pt it fr de nl */
		"no lo he", "no he ", "no voy a", "estafa", "suplant", "n\xc3\xa3o fiz",
		"n\xc3\xa3o vou", "golpe", "non l'ho", "non ho ", "truffa", "je ne l'ai pas",
		"je n'ai pas", "arnaque", "hame\xc3\xa7onnage", "ich habe das nicht",
		"ich habe nicht", "nicht ausgef\xc3\xbchrt", "ik heb dat niet", "oplichting",
		/* ru ja zh ko */
		"\xd0\xbc\xd0\xbe\xd1\x88\xd0\xb5\xd0\xbd",         /* мошен */
		"\xd1\x84\xd0\xb8\xd1\x88\xd0\xb8\xd0\xbd\xd0\xb3", /* фишинг */
		"\xe8\xa9\x90\xe6\xac\xba",                         /* 詐欺 */
		"\xe3\x83\x95\xe3\x82\xa3\xe3\x83\x83\xe3\x82\xb7\xe3\x83\xb3\xe3\x82\xb0", /* フィッシング
											     */
		"\xe8\xaf\x88\xe9\xaa\x97", /* 诈骗 */
		"\xe9\x92\x93\xe9\xb1\xbc", /* 钓鱼 */
		"\xec\x82\xac\xea\xb8\xb0", /* 사기 */
		"\xed\x94\xbc\xec\x8b\xb1", /* 피싱 */
		NULL};
	size_t k;
	for (k = 0; s && w[k]; k++)
		if (ci_has(s, n, w[k]))
			return 1;
	return 0;
}
