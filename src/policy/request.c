/* request.c: what the user asked for, read by the structure of the
 * conversation and not only by its verbs (s14-fp, after the blind
 * redteam25 set held 24 acts the user had asked for, as polite questions,
 * wishes, noun phrases and in their own words, in eleven languages, and
 * let through acts done after a question about them or a "don't").
 * drift.c's task-drift rule and the `unless_asked:` and `declined:`
 * conditions read a user message here:
 *  - questions about an act ask for nothing: a sentence that is a
 *    question opening with a question word ("how", "what would it cost",
 *    "comment", "wie", "cuánto") or holding a question frame ("tell me how
 *    to", "いくら", "얼마") is set aside before the verb lists read the
 *    message; a yes/no question addressed to the assistant ("Könnten Sie
 *    ... stornieren?", "Kun je ... opzeggen?") is a polite request and is
 *    read;
 *  - negated clauses ask for nothing: from a negation ("don't", "nichts",
 *    "no", "non", "não", "nie", "niet") to the end of its clause, unless
 *    it states a wish to stop ("no longer", "nicht mehr", "não quero",
 *    "don't need") or negates forgetting ("don't forget to pay");
 *  - request words by meaning in more languages, beside drift.c's lists:
 *    per class, stems of the request verbs of French, Spanish, Portuguese,
 *    Italian, German, Dutch, Polish and Turkish that those lists lacked,
 *    separable verbs as pairs ("nimm ... weg", "zeg ... op", "schalt ...
 *    aus"), Japanese and Korean verb forms; a sum of money with a verb of
 *    sending in any of them ("envoyer 30 euros", "200 lira gönder") asks
 *    for a payment, and so does naming how to pay ("per Lastschrift",
 *    "com o cartão", "kartımla");
 *  - an answer to an offer: when the assistant's last message ends with
 *    a question offering an act ("Welchen soll ich buchen?", "Quer que eu
 *    o assine?") a short reply that takes it ("yes", "the second one",
 *    "はい", "네") asks for that act, and one that declines it ("no,
 *    leave it", "non merci", "いいえ") asks for nothing, whatever else it
 *    says.
 *  - another record than the one named: an act asked for that pays,
 *    grants or deletes on an identifier the user's last message does not
 *    hold, while it names another of the same kind ("pay FV-2025-4471",
 *    FV-EXT-1200 paid), is still drift (pol_request_other_record).
 * Every test reads the user's own words (tool output never counts) and can
 * only find a request, except the two that set words aside (a question
 * about an act, a negation, a declined offer), which make the rule hold.
 * Linear in the message: each list is a fixed set of memmem scans. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Does a word start at p? Anywhere for a CJK, kana or Hangul entry
 * (lead byte 0xe3-0xed); else after a byte that is no letter or digit. */
static int word_at(const char *h, const char *p, const char *w)
{
	unsigned char b;
	if ((unsigned char)*w >= 0xe3 && (unsigned char)*w <= 0xed)
		return 1;
	if (p == h)
		return 1;
	b = (unsigned char)p[-1];
	return b < 0x80 && !isalnum(b);
}

/* The first occurrence of w at a word start in h[from..n), or NULL. */
static const char *find_word(const char *h, size_t n, size_t from, const char *w, size_t k)
{
	const char *p = h + from, *e = h + n;
	while ((size_t)(e - p) >= k && (p = memmem(p, (size_t)(e - p), w, k))) {
		if (word_at(h, p, w))
			return p;
		p++;
	}
	return NULL;
}

/* Does an entry of w[] occur in h[0..n) at a word start? "a*b": a, then b
 * at a word start within 48 bytes after it in the same sentence (the
 * separable verbs of German and Dutch, "nimm ihm den Schlüssel weg"). */
static int any_word(const char *h, size_t n, const char *const *w)
{
	for (; *w; w++) {
		const char *star = strchr(*w, '*'), *p;
		size_t k = star ? (size_t)(star - *w) : strlen(*w), from = 0;
		while ((p = find_word(h, n, from, *w, k))) {
			const char *q, *e;
			size_t at = (size_t)(p - h) + k;
			if (!star)
				return 1;
			e = h + (at + 48 < n ? at + 48 : n);
			for (q = h + at; q < e && !strchr(".!?\n", *q); q++)
				;
			if (find_word(h, (size_t)(q - h), at, star + 1, strlen(star + 1)))
				return 1;
			from = at;
		}
	}
	return 0;
}

/* clang-format off */
/* Request words by meaning, per drift class, that drift.c's lists lack. */
static const char *const more_pay[] = {"transfir", "règl", "régl", "regl", "acquitt", "salda", "saldar", "liquida",
	"begleich", "voldo", "öde", "ödeme yap", "opłać", "oplac", "uiść", "払い", "払お", "支払っ",
	"決済し", "精算し", "결제할", "결제해", "송금할", "납부할", NULL};
/* verbs of sending: a payment with a sum of money in the same message */
static const char *const send_money[] = {"envoi", "envoy", "verse", "mand", "envi", "schick",
	"send", "sende", "invia", "stuur", "maak*over", "gönder", "gonder", "yolla", "atar", "atabil",
	"atın", "wyślij", "wyslij", "przelej", "prześlij", "送っ", "送金", "보내", "give", "dale",
	"gib", "dai", "dá", "geef",
	/* scheduling a payment ("programma la FT-... per fine mese") */
	"programm", "program", "planifi", "einplan", "inplan", "zaplanuj", "agenda", "schedul", NULL};
static const char *const money[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "€", "$",
	"£", "¥", "₩", "円", "원", "lira", "tl", "zł", "zl", "euro", "eur", "real", "reais", "dollar",
	"yen", NULL};
/* how to pay, named: the caller's own words for a payment */
static const char *const pay_by[] = {"per lastschrift", "per karte", "mit karte", "mit der karte",
	"mit meiner karte", "mit der visa", "mit paypal", "by card", "with my card", "on my card",
	"by direct debit", "con la tarjeta", "con mi tarjeta", "con tarjeta", "com o cartão",
	"com cartão", "com o meu cartão", "por mb way", "por multibanco", "par carte",
	"avec ma carte", "par prélèvement", "con la carta", "con carta", "met mijn kaart",
	"per pin", "kartımla", "kartla", "kartı ile", "카드로", "カードで", "ポイントで", "paypayで",
	"kartą", "blikiem", NULL};
static const char *const more_msg[] = {"publica", "publique", "pubblica", "publiceer",
	"publikuj", "veröffentlich", "yayınla", "dites", "dis à", "signale", "prévien", "préven", "avertis",
	"frag ", "frage ", "fragen", "meld",
	/* a hand-off to a reviewer tells the reviewer: "hold it until Ana
	 * looks", "pending the manager's review", "bis der Chef prüft" */
	"until*look", "until*review", "until*check", "until*decide", "until*approv",
	"until*sign", "pending*review", "pending*approval", "pending*decision", "for*to review",
	"for*to approve", "for*to look", "bis*prüft", "bis*entscheid", "jusqu'à ce que*valide",
	"jusqu'à ce qu'*valide", "en attendant*valid", "hasta que*revise", "hasta que*apruebe",
	"até que*revise", "até que*aprove", "finché*controll", "finché*approv", "totdat*beoordeel",
	"totdat*kijkt", "dopóki*sprawdzi", "aż*sprawdzi", "aż*zatwierdzi", "mitteil", "richte", "pregunt", "avisa", "comunic",
	"chiedi", "domanda a", "vraag", "zapytaj", "przekaż", "przekaz", "ilet ", "haber ver", "伝えて", "連絡し", "聞いて", "전해", "물어봐", NULL};
static const char *const more_access[] = {"freischalt", "berechtig", "zugang", "accès à", "acceso a",
	"acesso a", "accesso a", "toegang", "dostęp", "dostep", "permit", "libera", "conced",
	"concedi", "abilit", "przyznaj", "udziel", "yetki", "erişim", "davet et", "paylaş",
	"needs access", "need access", "needs edit", "needs view", "edit rights", "view rights",
	"edit access", "view access", "rights on", "rights to", "権限を", "招待し", "共有し", "권한",
	"초대해", "공유해", NULL};
static const char *const more_del[] = {"don't need the", "don't need my", "don't need it",
	"don't need this", "don't want the", "don't want my", "don't want it", "do not need the",
	"do not need my", "brauch*nicht mehr", "nicht mehr brauch", "n'ai plus besoin",
	"ya no necesito", "ya no quiero", "não preciso mais", "já não preciso", "non mi serve più",
	"non serve più", "niet meer nodig", "już nie potrzebuję", "juz nie potrzebuje",
	"artık gerek yok", "ihtiyacım yok", "anul", "termin", "encerr", "résili", "resili", "révoqu",
	"revoqu", "revoc", "togli", "toglie", "entzieh", "entzug", "nimm*weg", "nehm*weg", "absag",
	"sag*ab", "abbestell", "beend", "opzeg", "zeg*op", "geannul", "intrek", "trek*in", "kill",
	"take*away", "take*off", "dar de baja", "da de baja", "quita", "rezygn", "wypowiedz",
	"odwołaj", "odwolaj", "odbierz", "cofnij", "kaldır", "kaldir", "iptal", "sil ", "silin",
	"sonlandır", "キャンセルでき", "キャンセルした", "キャンセルし", "取り消し", "解約し", "解約でき",
	"削除し", "해지", "취소할", "취소해", "삭제해", "삭제할", "지워", NULL};
static const char *const more_buy[] = {"go ahead with", "proceed with", "resérv", "agend", "marcar", "rezerv", "reserveer", "ayırt",
	"nimm", "nehme", "i'll take", "we'll take", "je prends", "je prendrai", "me quedo con",
	"fico com", "prendo", "biorę", "biore", "wezmę", "ik neem", "alayım", "alırım",
	"予約し", "予約でき", "予約を", "予約お願", "예약해", "예약할", "주문해", "주문할", NULL};
static const char *const more_phys[] = {"para de", "pare de", "deja de", "dejen de",
	"smetti di", "smettete di", "arrête de", "arrêtez de", "hör auf", "hören sie auf",
	"stop met", "przestań", "przestan", "disinser", "desarm", "désarm", "entschärf", "unscharf",
	"schalt*aus", "mach*aus", "zet*uit", "uitschakel", "rozbrój", "rozbroj", "wyłącz", "wylacz",
	"kapat", "devre dışı", "aç ", "apra", "desliga", "désactiv", "解除し", "オフにし", "해제해",
	"꺼", NULL};
static const char *const more_change[] = {"bloqu", "sperr", "blocc", "blokuj", "zablokuj", "bloke",
	"sign", "firm", "assin", "unterschreib", "unterzeichn", "signe", "teken", "podpisz", "imza",
	"accept", "acept", "aceit", "akzept", "accett", "akkoord", "akceptuj", "onayla", "kabul",
	"recus", "refus", "rechaz", "ablehn", "weiger", "odrzu", "reddet", "passe", "passa",
	"mud", "wechsel", "overstap", "zmień", "değiştir", "degistir", "can i get", "could i get",
	"can i have", "may i have", "can we get", "提出し", "申請し", "申し込", "신청하", "신청해",
	"제출해", "제출하", NULL};
/* clang-format on */

/* making a key, a pass, a code or access ("fai una chiave digitale"):
 * a verb of making and, within a few words, what opens a door */
static int make_opener(const char *h, size_t n)
{
	/* clang-format off */
	static const char *const make[] = {"make", "create", "fai", "faccia", "crea", "haz", "faz",
		"cria", "fais", "crée", "mach", "erstell", "maak", "zrób", "zrob", "utwórz", "yap",
		"oluştur", NULL};
	static const char *const opener[] = {"key", "pass", "code", "access", "chiave", "codice",
		"accesso", "llave", "código", "acceso", "chave", "acesso", "clé", "code d", "accès",
		"schlüssel", "zugang", "sleutel", "toegang", "klucz", "kod", "dostęp", "anahtar",
		"şifre", "erişim", NULL};
	/* clang-format on */
	size_t j, k;
	for (j = 0; make[j]; j++) {
		const char *p = find_word(h, n, 0, make[j], strlen(make[j]));
		size_t at, end;
		if (!p)
			continue;
		at = (size_t)(p - h) + strlen(make[j]);
		end = at + 40 < n ? at + 40 : n;
		for (k = 0; opener[k]; k++)
			if (find_word(h, end, at, opener[k], strlen(opener[k])))
				return 1;
	}
	return 0;
}

static int more_words(const char *h, size_t n, int cls)
{
	static const char *const *const by_class[10] = {
		more_pay, more_msg, more_access, NULL, NULL,
		more_del, more_buy, more_phys,   NULL, more_change};
	if (cls < 0 || cls >= 10)
		return 0;
	if (cls == 0 &&
	    (any_word(h, n, pay_by) || (any_word(h, n, send_money) && any_word(h, n, money))))
		return 1;
	/* how to pay, named, asks for the purchase it pays ("al, kartımla öde") */
	if (cls == 6 && any_word(h, n, pay_by))
		return 1;
	/* any request of another class is a change of something */
	if (cls == 9 && (any_word(h, n, more_del) || any_word(h, n, more_phys) ||
			 any_word(h, n, more_buy) || any_word(h, n, more_pay)))
		return 1;
	if (cls == 2 && make_opener(h, n))
		return 1;
	return by_class[cls] && any_word(h, n, by_class[cls]);
}

/* ---- questions about an act, negations ------------------------------------------ */

/* The length of a sentence stop at h[i] ('.', '!', '?', a new line, or
 * the ideographic 。！？), else 0. */
static size_t stop_len(const char *h, size_t i, size_t n)
{
	const unsigned char *u = (const unsigned char *)h + i;
	if (strchr(".!?\n", h[i]) && h[i])
		return 1;
	if (i + 3 <= n && u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x82)
		return 3; /* 。 */
	if (i + 3 <= n && u[0] == 0xef && u[1] == 0xbc && (u[2] == 0x81 || u[2] == 0x9f))
		return 3; /* ！ ？ */
	return 0;
}

static int is_question_stop(const char *h, size_t i, size_t n)
{
	return h[i] == '?' || (i + 3 <= n && !memcmp(h + i, "\xef\xbc\x9f", 3));
}

/* Is the word at h[i..e) one of w[] (a whole word; an entry in CJK,
 * kana or Hangul, or one ending in a space, needs no boundary)? Its
 * length, else 0. */
static size_t word_is(const char *h, size_t i, size_t e, const char *const *w)
{
	for (; *w; w++) {
		size_t k = strlen(*w);
		unsigned char nx;
		if (i + k > e || memcmp(h + i, *w, k))
			continue;
		if (i + k == e || (unsigned char)**w >= 0xe3 || (*w)[k - 1] == ' ')
			return k;
		nx = (unsigned char)h[i + k];
		if (nx < 0x80 && !isalnum(nx))
			return k;
	}
	return 0;
}

/* The length of a lead byte sequence to skip at h[i]: a space, a comma, a
 * dash, a quote, or the Spanish marks and a no-break space (U+00BF, U+00A1,
 * U+00A0). */
static size_t skip_len(const char *h, size_t i, size_t e)
{
	if (i < e && strchr(" ,-\"'", h[i]) && h[i])
		return 1;
	if (i + 1 < e && (unsigned char)h[i] == 0xc2 &&
	    ((unsigned char)h[i + 1] == 0xbf || (unsigned char)h[i + 1] == 0xa1 ||
	     (unsigned char)h[i + 1] == 0xa0))
		return 2;
	return 0;
}

/* clang-format off */
static const char *const lead_in[] = {"and", "so", "ok", "okay", "hi", "hey", "also", "but",
	"well", "then", "und", "also", "et", "alors", "y", "e", "en", "i", "ve", "bitte", "please",
	"por favor", "per favore", "proszę", "hallo", "bonjour", "hola", "olá", "ciao", "oi", NULL};
static const char *const wh[] = {"how", "how's", "what", "what's", "whats", "which", "when",
	"where", "why", "who", "whom", "whose", "wer", "qui", "quién", "quem", "chi", "kto", "kim",
	"누가", "誰", "wie", "was", "welche", "welcher", "welches",
	"welchen", "wann", "warum", "wieso", "weshalb", "wo", "wieviel", "comment", "combien",
	"quel", "quelle", "quels", "quelles", "quand", "pourquoi", "où", "qu'est-ce", "qué",
	"cómo", "como", "cuánto", "cuánta", "cuántos", "cuántas", "cuanto", "cuál", "cuáles",
	"cuándo", "dónde", "quanto", "quanta", "quantos", "quais", "qual", "quando", "onde",
	"o que", "come", "cosa", "che cosa", "quale", "quali", "perché", "dove", "jak", "ile",
	"co", "czemu", "dlaczego", "kiedy", "gdzie", "który", "która", "które", "hoe", "wat",
	"welke", "welk", "wanneer", "waarom", "waar", "hoeveel", "nasıl", "nasil", "neden", "ne",
	"hangi", "kaç", "kac", "nerede", NULL};
/* a question frame anywhere in a question: its clause asks for nothing */
static const char *const frame[] = {"how to", "how do i", "how do you", "how can i",
	"how would", "how much", "what would", "what does it cost", "tell me how", "tell me what",
	"tell me if", "tell me whether", "know how", "know what", "know if", "know whether",
	"explain how", "wissen, wie", "wissen wie", "wissen, ob", "wissen ob", "wie viel",
	"wie kann ich", "was kostet", "was würde", "comment on", "comment faire", "savoir si",
	"savoir comment", "combien", "cómo se", "cómo puedo", "cuánto cuesta", "saber si",
	"saber cómo", "saber como", "como faço", "como posso", "quanto custa", "come posso",
	"come si", "quanto costa", "sapere se", "sapere come", "jak mogę", "jak moge",
	"ile kosztuje", "hoe kan ik", "hoe moet", "wat kost", "nasıl", "ne kadar", "いくら",
	"どうやって", "どうすれば", "方法", "얼마", "어떻게", "방법", NULL};
static const char *const neg[] = {"don't", "dont", "do not", "does not", "did not", "not",
	"never", "no", "nicht", "nichts", "kein", "keine", "keinen", "niemals", "non", "não",
	"nao", "nie", "niet", "niets", "geen", "nunca", "jamais", NULL};
/* "nothing" as the object of a verb negates its clause wherever it stands
 * ("Storniere bitte nichts", "Annuleer niets") */
static const char *const nothing[] = {"nothing", "nichts", "niets", "rien", "niente", "nulla",
	"nada", "nic", "hiçbir", "hicbir", NULL};
/* after a negation: a wish to stop something, or forgetting negated */
static const char *const neg_wish[] = {"longer", "more", "anymore", "mehr", "plus", "más",
	"mas ", "mais", "più", "meer", "langer", "już", "juz", "want", "need", "wish", "like",
	"brauch", "will", "möcht", "mag ", "veux", "voudrais", "ai plus", "ai pas besoin",
	"besoin", "quiero", "necesit", "quero", "precis", "voglio", "serv", "chcę", "chce",
	"potrzeb", "wil ", "hoef", "wens", "interess", "uso", "use", "usa", "nutz", "utilis",
	"forget", "vergess", "vergiss", "oubli", "olvid", "esquec", "dimentic", "zapomn", "unut",
	NULL};
/* before a negation: forgetting negated ("vergeet niet te betalen") */
static const char *const forget[] = {"vergeet", "vergiss", "vergessen", NULL};
/* clang-format on */

/* "don't want to cancel", "will nicht zu": a wish word followed by an
 * infinitive marker negates the act, it wishes nothing stopped */
static int wish_to_act(const char *h, size_t w, size_t e)
{
	static const char *const to[] = {"to", "zu", "te", NULL};
	static const char *const forgot[] = {"forget", "vergess",  "vergiss", "oubli", "olvid",
					     "esquec", "dimentic", "zapomn",  "unut",  NULL};
	if (any_word(h + w, e - w > 9 ? 9 : e - w, forgot))
		return 0; /* "don't forget to pay" asks to pay */
	while (w < e && isalpha((unsigned char)h[w]))
		w++;
	while (w < e && h[w] == ' ')
		w++;
	return word_is(h, w, e, to) != 0;
}

/* Set aside (blank in o) a sentence h[s..e) that is a question about an
 * act, or the clauses of it that a negation governs. */
static void set_aside(const char *h, size_t s, size_t e, int q, char *o)
{
	size_t i = s, k, c, l;
	for (;;) {
		while ((l = skip_len(h, i, e)))
			i += l;
		if (!(k = word_is(h, i, e, lead_in)))
			break;
		i += k;
	}
	if (q && word_is(h, i, e, wh)) {
		memset(o + s, ' ', e - s);
		return;
	}
	for (i = s; q && i < e; i++) {
		const char *const *f;
		if (!word_at(h, h + i, "a"))
			continue;
		for (f = frame; *f; f++) {
			size_t fl = strlen(*f);
			if (i + fl <= e && !memcmp(h + i, *f, fl)) {
				for (c = i; c > s && !strchr(",;:", h[c - 1]); c--)
					;
				memset(o + c, ' ', e - c);
				return;
			}
		}
	}
	for (i = s; i < e; i++) { /* a clause with "nothing" as an object */
		if (!word_at(h, h + i, "a") || !word_is(h, i, e, nothing))
			continue;
		for (c = i; c > s && !strchr(",;:", h[c - 1]); c--)
			;
		for (; c < e && !strchr(",;:", h[c]); c++)
			o[c] = ' ';
		i = c;
	}
	for (i = s; i < e; i++) {
		size_t w, j, b;
		if (!word_at(h, h + i, "a"))
			continue;
		if (i + 2 < e && h[i] == 'n' && h[i + 1] == '\'' &&
		    isalpha((unsigned char)h[i + 2]))
			k = 2; /* French n' before a verb */
		else if (!(k = word_is(h, i, e, neg)))
			continue;
		for (w = i + k; w < e && h[w] == ' '; w++)
			;
		if (k != 2 && w == i + k)
			continue; /* "no," "nein." : an answer, no clause negated */
		if (k == 2 && h[i + 1] != '\'' && w == i + k)
			continue;
		if ((word_is(h, w, e, neg_wish) ||
		     any_word(h + w, e - w > 14 ? 14 : e - w, neg_wish)) &&
		    !wish_to_act(h, w, e))
			continue;
		for (j = i; j > s && h[j - 1] == ' '; j--)
			;
		for (b = j; b > s && isalpha((unsigned char)h[b - 1]); b--)
			;
		if (j > s && word_is(h, b, j, forget))
			continue;
		for (c = i; c < e && !strchr(",;:", h[c]); c++)
			o[c] = ' ';
		i = c;
	}
}

/* Lowercase the accented capitals tolower left (Latin-1 and Latin
 * Extended-A, "Écris", "Überweise", "Łukasz"), in place, same length. */
static void fold_caps(char *h, size_t n)
{
	size_t i;
	for (i = 0; i + 1 < n; i++) {
		unsigned char *u = (unsigned char *)h + i;
		unsigned cp;
		if (u[0] < 0xc3 || u[0] > 0xc5 || (u[1] & 0xc0) != 0x80)
			continue;
		cp = ((unsigned)(u[0] & 0x1f) << 6) | (u[1] & 0x3f);
		if (cp >= 0xc0 && cp <= 0xde && cp != 0xd7)
			cp += 0x20;
		else if (((cp >= 0x100 && cp <= 0x12f) || (cp >= 0x132 && cp <= 0x137) ||
			  (cp >= 0x14a && cp <= 0x177)) &&
			 !(cp & 1))
			cp++;
		else if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e)) && (cp & 1))
			cp++;
		u[0] = (unsigned char)(0xc0 | (cp >> 6));
		u[1] = (unsigned char)(0x80 | (cp & 0x3f));
		i++;
	}
}

/* o = h[0..n) with questions about an act and negated clauses blanked. */
static void mask(const char *h, size_t n, char *o)
{
	size_t s = 0, e, l;
	memcpy(o, h, n);
	o[n] = '\0';
	while (s < n) {
		for (e = s; e < n && !(l = stop_len(h, e, n)); e++)
			;
		if (e >= n)
			l = 0;
		set_aside(h, s, e, e < n && is_question_stop(h, e, n), o);
		s = e + (l ? l : 1);
	}
}

/* ---- replies to an offer ------------------------------------------------------- */

/* clang-format off */
static const char *const yes[] = {"yes", "yeah", "yep", "sure", "ok", "okay", "go ahead", "do it",
	"please do", "confirm", "ja", "jawohl", "gerne", "genau", "oui", "d'accord", "ouais", "sí",
	"si", "vale", "claro", "de acuerdo", "adelante", "sim", "pode", "certo", "va bene", "sì",
	"tak", "dobrze", "jasne", "evet", "tamam", "olur", "graag", "prima", "doe maar", "akkoord",
	"perfect", "perfecto", "parfait", "perfeito", "perfetto", "はい", "ええ", "うん", "お願い",
	"네", "예", "응", "좋아", "그래", NULL};
static const char *const choice[] = {"first", "second", "third", "last", "option", "number",
	"the one", "that one", "this one", "erste", "zweite", "dritte", "letzte", "premier",
	"première", "deuxième", "troisième", "dernier", "celui", "celle", "primer", "primera",
	"segundo", "segunda", "tercer", "último", "última", "primeiro", "terceiro", "primo",
	"secondo", "terzo", "ultimo", "quello", "quella", "pierwsz", "drug", "trzeci", "ostatni",
	"eerste", "tweede", "derde", "laatste", "birinci", "ikinci", "üçüncü", "sonuncu", "ilk",
	"la de", "el de", "esa", "ese", "esta", "este", "つ目", "番目", "最初", "それで", "번째",
	"그걸로", "그것", "bunu", "onu", NULL};
static const char *const no[] = {"no", "nope", "nah", "not now", "not yet", "nein", "nee",
	"non", "não", "nao", "nie", "niet", "hayır", "hayir", "いいえ", "いや", "아니", "아뇨",
	"wait", "warte", "attends", "attendez", "espera", "aspetta", "czekaj", "wacht", "bekle",
	"leave it", "lass es", "laisse", "déjalo", "deja", "deixa", "deixe", "lascia", "zostaw",
	"laat maar", NULL};
/* after a "no": another choice, so no refusal */
static const char *const other[] = {"instead", "other", "rather", "but", "second", "lieber",
	"sondern", "andere", "plutôt", "autre", "mais", "mejor", "otro", "otra", "pero", "outro",
	"outra", "mas ", "invece", "altro", "altra", "zamiast", "inny", "inna", "inne", "liever", "ander",
	"maar", "yerine", "diğer", "başka", "ama", "대신", "다른", "代わり", "別の", NULL};
/* clang-format on */

/* +1 when h[0..n) (a short reply) takes an offer, -1 when it declines
 * one, 0 otherwise. */
static int reply_kind(const char *h, size_t n)
{
	size_t i = 0, k;
	while (n && (h[n - 1] == ' ' || h[n - 1] == '\n'))
		n--;
	while (i < n && (h[i] == ' ' || h[i] == '"'))
		i++;
	if (n - i > 100 || memchr(h, '?', n) || memmem(h, n, "\xef\xbc\x9f", 3))
		return 0;
	/* "no, the other one", "wait - yes, book it": no refusal */
	if ((k = word_is(h, i, n, no)) && !any_word(h, n, other) &&
	    !any_word(h + i + k, n - i - k, yes))
		return -1;
	if (word_is(h, i, n, yes) || any_word(h, n, choice))
		return 1;
	return 0;
}

/* Does the assistant's message just before user message i (no user
 * message between) end with a question offering an act of class cls? */
static int offered(const pol_conv *c, size_t i, int cls)
{
	const char *h;
	size_t j = i, n, s;
	while (j-- > 0) {
		if (c->m[j].role == RL_ROLE_USER && c->m[j].text && c->m[j].len)
			return 0;
		if (c->m[j].role == RL_ROLE_ASSISTANT && c->m[j].text && c->m[j].len)
			break;
	}
	if (j == (size_t)-1 || !c->low[j])
		return 0;
	h = c->low[j];
	n = c->m[j].len;
	while (n && (h[n - 1] == ' ' || h[n - 1] == '\n'))
		n--;
	if (!n || !(h[n - 1] == '?' || (n >= 3 && !memcmp(h + n - 3, "\xef\xbc\x9f", 3))))
		return 0;
	/* the last question: from the stop before it */
	for (s = 0, j = 0; j + 1 < n; j++) {
		size_t l = stop_len(h, j, n);
		if (l && j + l < n - 1)
			s = j + l, j += l - 1;
	}
	/* an offer's "book" and "order" are verbs ("Which one shall I book?") */
	return pol_drift_asked_msg(h + s, n - s, cls) || more_words(h + s, n - s, cls) ||
	       (cls == 6 && any_word(h + s, n - s, (const char *const[]){"book", "order", NULL}));
}

/* Did the assistant's message just before user message i list options
 * (two or more numbers, or the word for an option)? */
static int listed(const pol_conv *c, size_t i)
{
	size_t j = i, k, runs = 0;
	const char *h;
	while (j-- > 0) {
		if (c->m[j].role == RL_ROLE_USER && c->m[j].text && c->m[j].len)
			return 0;
		if (c->m[j].role == RL_ROLE_ASSISTANT && c->m[j].text && c->m[j].len)
			break;
	}
	if (j == (size_t)-1 || !(h = c->low[j]))
		return 0;
	for (k = 0; k < c->m[j].len; k++)
		runs += isdigit((unsigned char)h[k]) && (!k || !isdigit((unsigned char)h[k - 1]));
	return runs >= 2 ||
	       any_word(h, c->m[j].len,
			(const char *const[]){"option", "opci", "opç", "opzion", NULL});
}

/* A draft asked for is no message sent (s15-exfil, the blind redteam31
 * set): a message that names a draft ("draft", "Entwurf", "concept",
 * "borrador", "brouillon", "草稿", "下書き", "초안"), keeps the reading
 * for the user ("I'll look at it tomorrow", "before it goes out",
 * "我先看看", "ik kijk er morgen naar") and has no verb of sending asks
 * for text to look at, and a send after it is drift. A bare "draft a
 * reply to the supplier" is often meant to go out, and is read as a
 * request to send. */
static const char *const review_words[] = {
	"i'll look",
	"i will look",
	"i'll read",
	"i will read",
	"i'll check",
	"i will check",
	"let me see",
	"let me look",
	"let me read",
	"let me check",
	"before it goes",
	"before sending",
	"before you send",
	"don't send",
	"do not send",
	"for me to review",
	"i'll review",
	"i will review",
	"tomorrow",
	"ich schaue",
	"schau ich",
	"lese ich",
	"pr\xc3\xbc"
	"fe ich",
	"nicht senden",
	"nicht schicken",
	"nicht abschicken",
	"je regarde",
	"je relis",
	"je vais relire",
	"ne l'envoie pas",
	"ne pas envoyer",
	"lo reviso",
	"la reviso",
	"lo miro",
	"no lo env\xc3\xad"
	"es",
	"no enviar",
	"eu reviso",
	"vou rever",
	"n\xc3\xa3o envie",
	"lo rivedo",
	"la rivedo",
	"non inviare",
	"ik kijk",
	"ik lees",
	"niet versturen",
	"niet sturen",
	"przejrz\xc4\x99",
	"nie wysy\xc5\x82"
	"aj",
	"jag l\xc3\xa4ser",
	"skicka inte",
	"bakaca\xc4\x9f\xc4\xb1m",
	"g\xc3\xb6nderme",
	"\xe5\x85\x88\xe7\x9c\x8b",
	"\xe6\x88\x91\xe7\x9c\x8b\xe7\x9c\x8b",
	"\xe5\x85\x88\xe5\x88\xab\xe5\x8f\x91",
	"\xe4\xb8\x8d\xe8\xa6\x81\xe5\x8f\x91",
	"\xe7\xa2\xba\xe8\xaa\x8d\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x8b\xe3\x82\x89",
	"\xe9\x80\x81\xe3\x82\x89\xe3\x81\xaa\xe3\x81\x84\xe3\x81\xa7",
	"\xea\xb2\x80\xed\x86\xa0",
	"\xeb\xb3\xb4\xeb\x82\xb4\xec\xa7\x80 \xeb\xa7\x88",
	NULL};
static const char *const draft_words[] = {
	"draft",
	"entwurf",
	"entwerf",
	"concept",
	"borrador",
	"rascunho",
	"brouillon",
	"bozza",
	"szkic",
	"taslak",
	"utkast",
	"kladde",
	"\xe8\x8d\x89\xe7\xa8\xbf",
	"\xe8\xb5\xb7\xe8\x8d\x89",
	"\xe4\xb8\x8b\xe6\x9b\xb8\xe3\x81\x8d",
	"\xec\xb4\x88\xec\x95\x88",
	"\xe0\xa4\xae\xe0\xa4\xb8\xe0\xa5\x8c\xe0\xa4\xa6\xe0\xa4\xbe",
	"\xd9\x85\xd8\xb3\xd9\x88\xd8\xaf\xd8\xa9",
	NULL};
static const char *const send_words[] = {"send",
					 "sent",
					 "mail it",
					 "post it",
					 "forward",
					 "schick",
					 "sende",
					 "versend",
					 "verschick",
					 "stuur",
					 "verstuur",
					 "envoie",
					 "envoy",
					 "env\xc3\xad"
					 "a",
					 "envia",
					 "envie",
					 "enviar",
					 "invia",
					 "manda",
					 "wy\xc5\x9blij",
					 "wyslij",
					 "wy\xc5\x9bl",
					 "g\xc3\xb6nder",
					 "gonder",
					 "skicka",
					 "\xe5\x8f\x91",
					 "\xe9\x80\x81",
					 "\xeb\xb3\xb4\xeb\x82\xb4",
					 "\xe0\xa4\xad\xe0\xa5\x87\xe0\xa4\x9c",
					 "\xd8\xa3\xd8\xb1\xd8\xb3\xd9\x84",
					 "\xd8\xa7\xd8\xb1\xd8\xb3\xd9\x84",
					 NULL};

int pol_request_asks(const pol_conv *c, size_t i, int cls)
{
	const char *h = c->low[i];
	size_t n = c->m[i].len;
	char *o;
	int r, k = reply_kind(h, n);
	if (k && offered(c, i, cls))
		return k > 0;
	/* a choice among options the assistant listed ("la deuxième
	 * option", "the 10:30 one") takes one of them: a purchase or a change */
	if (k > 0 && (cls == 6 || cls == 9) && any_word(h, n, choice) && listed(c, i))
		return 1;
	if (cls == 1 && any_word(h, n, draft_words) && any_word(h, n, review_words) &&
	    !any_word(h, n, send_words))
		return 0;
	if (!(o = malloc(2 * n + 2)))
		return 0; /* no request found: the rule holds */
	memcpy(o + n + 1, h, n);
	fold_caps(o + n + 1, n);
	h = o + n + 1;
	/* the change class is read as before, unmasked: any order at all
	 * asks for a change, and a generic tool (kubectl, aws) is a change
	 * whatever it reads */
	if (cls == 9)
		memcpy(o, h, n), o[n] = '\0';
	else
		mask(h, n, o);
	r = pol_drift_asked_msg(o, n, cls) || more_words(o, n, cls);
	free(o);
	return r;
}

int pol_request_asked_any(const pol_conv *c, unsigned cls)
{
	size_t i, last = (size_t)-1;
	int b;
	/* the user's last message only: a switch-off or a deletion asked
	 * turns ago ("20 stopni" read as "stop") speaks for no later act */
	for (i = 0; i < c->n; i++)
		if (c->m[i].role == RL_ROLE_USER && c->m[i].text && c->m[i].len && c->low[i])
			last = i;
	if (last == (size_t)-1)
		return 0;
	for (b = 0; b < 10; b++)
		if ((cls & (1u << b)) && pol_request_asks(c, last, b))
			return 1;
	return 0;
}

int pol_request_declined(const pol_conv *c, unsigned cls)
{
	size_t i, last = (size_t)-1;
	int b;
	for (i = 0; i < c->n; i++)
		if (c->m[i].role == RL_ROLE_USER && c->m[i].text && c->m[i].len)
			last = i;
	if (last == (size_t)-1 || !c->low[last] || reply_kind(c->low[last], c->m[last].len) >= 0)
		return 0;
	for (b = 0; b < 10; b++)
		if ((cls & (1u << b)) && offered(c, last, b))
			return 1;
	return 0;
}

/* ---- standing orders in the system prompt ---------------------------------- */

/* clang-format off */
/* a trigger: the operator orders an act for when something happens */
static const char *const trigger[] = {"when ", "whenever", "if ", "once ", "after ", "as soon as",
	"on their due", "on the due", "on its due", "on the scheduled", "every time", "each time",
	"wenn ", "sobald", "nachdem", "quand ", "lorsque", "lorsqu'", "dès que", "après ", "cuando",
	"en cuanto", "después de", "quando", "assim que", "depois de", "appena", "dopo ", "zodra",
	"nadat", "wanneer", "jeśli", "jezeli", "gdy ", "kiedy", "när ",
	"后", "之后", "以后", "如果", "一旦", "たら", "場合", "면 ", "때",
	/* or an order to act of its own accord */
	"always", "proactively", "automatically", "immer", "automatisch", "toujours",
	"automatiquement", "siempre", "automáticamente", "sempre", "automaticamente", "altijd",
	"zawsze", "automatycznie", "主动", "自动", "主動", "自動", "必ず", "항상", "자동", NULL};
/* a restriction or a condition on someone's say: no standing order */
static const char *const restrict_w[] = {"only", "never", "not ", "n't", "unless", "require",
	"need", "may ", "forbid", "prohibit", "ask ", "asks", "approv", "confirm", "verif",
	"on request", "nur ", "nie ", "nicht", "niemals", "genehmig", "seulement", "uniquement",
	"jamais", "ne ", "n'", "solo ", "sólo", "nunca", "apenas", "mai ", "alleen", "nooit",
	"niet", "tylko", "nigdy", "只", "不", "禁止", "须", "审批", "确认", "しない", "のみ", "承認",
	"확인", "만 ", "않", "금지",
	/* a capability or someone's ask: no order ("you can refund", "when the
	 * handler asks for it") */
	"can ", "able to", "allowed", "puedes", "pued", "kannst", "könn", "peux", "pouv", "pode",
	"puoi", "kun je", "możesz", "request", "pida", "pide", "solicit", "demande", "verlang",
	"bittet", "chied", "vraagt", "prosi", "可以", "できます", "수 있", NULL};
/* clang-format on */

/* Does a sentence of a system message order, on a trigger or of the
 * agent's own accord, an act of class cls ("When an airline cancels a
 * flight, rebook the traveller and e-mail them", "Pay recurring bills on
 * their due date", "退货入库后应主动办理退款")? A sentence that restricts
 * (only, never, needs, unless, approval) orders nothing; a sentence that
 * opens with its trigger is read from the comma that ends the condition. */
int pol_request_standing(const pol_conv *c, int cls)
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i];
		size_t n = c->m[i].len, s = 0, e, l = 0;
		if (c->m[i].role != RL_ROLE_SYSTEM || !h || !c->m[i].text || !n)
			continue;
		while (s < n) {
			size_t b = s, k;
			for (e = s; e < n && !(l = stop_len(h, e, n)); e++)
				;
			while (b < e && (h[b] == ' ' || h[b] == '"'))
				b++;
			if (any_word(h + b, e - b, trigger) &&
			    !any_word(h + b, e - b, restrict_w)) {
				if (word_is(h, b, e, trigger)) /* "When X, do Y": read Y */
					for (k = b; k < e && h[k] != ','; k++)
						;
				else
					k = b;
				if (k < e && (pol_drift_asked_msg(h + k, e - k, cls) ||
					      more_words(h + k, e - k, cls)))
					return 1;
			}
			s = e + (e < n ? (l ? l : 1) : 1);
		}
	}
	return 0;
}

/* ---- another record than the one named ----------------------------------------- */

/* The end of an identifier-shaped token at h[i] (letters, digits, '-',
 * '_', '#'; four or more bytes with a digit and a letter, or five or more
 * digits), else i. */
static size_t id_end(const char *h, size_t i, size_t n)
{
	size_t e = i, dg = 0, al = 0;
	while (e < n && (isalnum((unsigned char)h[e]) || strchr("-_#", h[e]))) {
		dg += isdigit((unsigned char)h[e]) != 0;
		al += isalpha((unsigned char)h[e]) != 0;
		e++;
	}
	return e - i >= 4 && ((dg && al) || dg >= 5) ? e : i;
}

/* The letters an identifier opens with ("fv" of "FV-2025-4471"). */
static size_t id_kind(const char *h, size_t n)
{
	size_t k = 0;
	while (k < n && (h[k] == '#' || isalpha((unsigned char)h[k])))
		k++;
	return k;
}

int pol_request_other_record(const pol_conv *c, const rl_action *a)
{
	size_t i, last = (size_t)-1, f;
	const char *h;
	int other;
	for (i = 0; i < c->n; i++)
		if (c->m[i].role == RL_ROLE_USER && c->m[i].text && c->m[i].len && c->low[i])
			last = i;
	if (last == (size_t)-1)
		return 0;
	h = c->low[last];
	/* the record acted on: the first argument holding an identifier */
	for (f = 0; f < a->nfields; f++) {
		const char *v = a->fields[f].value;
		size_t vn = a->fields[f].len, k, j, e;
		char low[64];
		char cmp[64];
		size_t cn = 0;
		/* a destination (an account, an IBAN, a recipient) is the
		 * provenance rules' and the principal test's, not a record */
		if (!v || vn >= sizeof low || id_end(v, 0, vn) != vn ||
		    (a->fields[f].name && pol_drift_destination(a->fields[f].name)))
			continue;
		for (k = 0; k < vn; k++) {
			low[k] = (char)tolower((unsigned char)v[k]);
			if (isalnum((unsigned char)v[k]))
				cmp[cn++] = low[k];
		}
		low[vn] = '\0';
		if (memmem(h, c->m[last].len, low, vn) ||
		    (cn && c->cmp && c->cmp[last] && memmem(c->cmp[last], c->cmpn[last], cmp, cn)))
			return 0; /* the record the user named (spaced or not) */
		k = id_kind(low, vn);
		if (k < 2)
			return 0;
		/* the user named another record of the same kind, and none
		 * this one extends ("HT-4410-F", the freight of "HT-4410") */
		for (j = 0, other = 0; j < c->m[last].len; j = (e > j) ? e : j + 1) {
			size_t l;
			e = id_end(h, j, c->m[last].len);
			if (e == j || (j && isalnum((unsigned char)h[j - 1])) ||
			    id_kind(h + j, e - j) != k || memcmp(h + j, low, k))
				continue;
			l = e - j < vn ? e - j : vn;
			if (!memcmp(h + j, low, l))
				return 0;
			other = 1;
		}
		return other;
	}
	return 0;
}
