/* askbind.c: a request bound to the act by its structure, in any language
 * (s15-fp, after the blind redteam32 set held 77 acts the user had asked
 * for in 25 languages the verb lists of drift.c, drift_lang.c,
 * drift_script.c and request.c do not read, and every yes to the
 * assistant's offer in them).
 *
 * The verb lists answer "did the user ask for an act of this kind?" by
 * vocabulary, one language at a time. This file answers another question
 * that needs no verb: did the user name the very thing the act is done on,
 * in a sentence that gives an order? An act is bound to the user's last
 * message when
 *  - the message NAMES the act's object: one of the act's argument values
 *    (an identifier, an e-mail, a file name, an amount or number of two or
 *    more digits, a proper name), or a distinctive value of the record the
 *    act's argument was taken from (the tool-output object holding it: a
 *    subscription's name for its id, a card's last four digits, a payee's
 *    name, the case that lists a resource), or the words of a message's
 *    body the user dictated;
 *  - the clause naming it holds no negation ("don't", "inte", "nie",
 *    "μην", "не", "لا", "אל", "jangan", "không", "不", "নয়", "वेंडाम"...);
 *  - the sentence naming it holds no read verb or question word ("show",
 *    "visa", "näytä", "покажи", "اعرض", "göster", "显示", ...): reading
 *    the record is not acting on it;
 *  - the sentence is no question (?, ？, ؟, the Greek ;), or is a polite
 *    one addressed to the assistant: a modal of asking ("can you", "kan
 *    du", "voisitko", "μπορείς", "можешь", "ممكن", "תוכל", "bisa",
 *    "能不能", "सकते", "unaweza"...) with no question word;
 *  - the verb lists read no request of any other kind in it (a request
 *    they read for another kind of act is not one for this act).
 * Or the message is a short yes ("ja", "kyllä", "ναι", "да", "نعم", "כן",
 * "evet", "iya", "vâng", "ได้", "好", "হ্যাঁ", "ndiyo"...) to the
 * assistant's message just before it, which ends in a question and names
 * the act's object: the offer the user took. A short no to such an offer
 * declines that act (pol_request_declined_bound).
 *
 * Only the function words are listed (negations, read verbs, question
 * words, modals of asking, yes and no): small closed classes per
 * language, written from each language's grammar, not from any data. The
 * binding itself is by value: no list names an act. What it cannot see:
 * an act on a record the user named in an order of another kind that no
 * list reads ("archive invoice X" in a language none reads, a delete
 * done): the object is right, the kind is not checked.
 *
 * Cost: read only where a rule would otherwise hold (eval.c's drifted,
 * the unless_asked block, safeguard.c's off check), over the user's last
 * message when it is at most 4 KB (a pasted document is no order), the
 * assistant's offer and the tool output holding the act's values; each
 * test is a bounded set of memmem scans, linear in the texts. */
#include "policy/policy_int.h"
#include "policy/askbind_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define ASK_MAX AB_ASK_MAX      /* longest user message read here */
#define TOOL_MAX (256u * 1024u) /* tool output read per message */
#define VAL_MAX 128u            /* longest argument value read */
#define REC_VAL 64u             /* longest record value whose words count */
#define REC_SPAN 16384u         /* largest record read */

/* ---- characters ------------------------------------------------------------------ */

/* The length of a punctuation or space character at h[i] (ASCII
 * non-alphanumerics but '-', '_', '@', '\'', and the Unicode marks people
 * write between words: no-break space, ¡ ¿ « » ·, the Greek question mark,
 * Arabic comma, semicolon and question mark, the Devanagari danda, general
 * punctuation, CJK and fullwidth punctuation), else 0. */
size_t ab_sep_len(const char *h, size_t i, size_t n)
{
	const unsigned char *u = (const unsigned char *)h + i;
	size_t left = n - i;
	if (u[0] == '\'') /* a quote, not the apostrophe inside "don't" */
		return i && i + 1 < n && isalpha((unsigned char)h[i - 1]) &&
				       isalpha((unsigned char)h[i + 1])
			       ? 0
			       : 1;
	if (u[0] < 0x80)
		return !isalnum(u[0]) && !strchr("-_@", u[0]) ? 1 : 0;
	if (left >= 2 && u[0] == 0xc2 &&
	    (u[1] == 0xa0 || u[1] == 0xa1 || u[1] == 0xab || u[1] == 0xbb || u[1] == 0xbf ||
	     u[1] == 0xb7))
		return 2;
	if (left >= 2 && ((u[0] == 0xcd && u[1] == 0xbe) ||
			  (u[0] == 0xd8 && (u[1] == 0x8c || u[1] == 0x9b || u[1] == 0x9f))))
		return 2;
	if (left >= 3 && u[0] == 0xe0 && u[1] == 0xa5 && (u[2] == 0xa4 || u[2] == 0xa5))
		return 3;
	if (left >= 3 && u[0] == 0xe2 && (u[1] == 0x80 || u[1] == 0x81))
		return 3;
	if (left >= 3 && u[0] == 0xe3 && u[1] == 0x80)
		return 3;
	if (left >= 3 && u[0] == 0xef &&
	    ((u[1] == 0xbc && (u[2] <= 0x8f || (u[2] >= 0x9a && u[2] <= 0xa0))) ||
	     (u[1] == 0xbd && u[2] >= 0x9b && u[2] <= 0xa5)))
		return 3;
	return 0;
}

/* Thai or CJK (written without spaces between words): a word may start
 * and end anywhere. */
static int nospace(const char *w)
{
	const unsigned char *u = (const unsigned char *)w;
	return (u[0] == 0xe0 && (u[1] == 0xb8 || u[1] == 0xb9)) || (u[0] >= 0xe3 && u[0] <= 0xe9);
}

/* The start of the UTF-8 character ending just before h[i]. */
static size_t prev_char(const char *h, size_t i)
{
	size_t j = i - 1;
	while (j > 0 && ((unsigned char)h[j] & 0xc0) == 0x80 && i - j < 4)
		j--;
	return j;
}

/* Does a word start at h[i]? */
int ab_starts_at(const char *h, size_t i, size_t n)
{
	size_t j;
	if (!i)
		return 1;
	j = prev_char(h, i);
	return ab_sep_len(h, j, n) != 0;
}

/* Does a word end at h[i]? */
static int ends_at(const char *h, size_t i, size_t n)
{
	return i >= n || ab_sep_len(h, i, n) != 0;
}

/* Set while askcarry.c reads (ab_names_object_wide): an identifier
 * before a particle in another script, a Cyrillic or Greek name written
 * capitalised. askbind.c's own readings (those the safeguard rules stand
 * down on) keep the narrower matching. */
static _Thread_local int wide;

/* Does an identifier w[0..k) (a digit in it, ASCII at its end) end at
 * h[i] before a letter of a script past Latin: a particle or case ending
 * written onto it ("BD-771311을", "KM-80921の", "№ 4471-ге")? */
static int ident_suffix(const char *h, size_t i, size_t n, const char *w, size_t k)
{
	size_t j;
	if (i >= n || (unsigned char)h[i] < 0xd0 || !k || !isalnum((unsigned char)w[k - 1]))
		return 0;
	for (j = 0; j < k; j++)
		if (isdigit((unsigned char)w[j]))
			return 1;
	return 0;
}

/* The first occurrence at or after `from` of w (k bytes) in h[0..n) at a
 * word start (anywhere for a Thai or CJK entry); `whole`: also at a word
 * end (an identifier: or before a particle in another script). Its
 * offset, or -1. */
long ab_find_tok(const char *h, size_t n, size_t from, const char *w, size_t k, int whole)
{
	const char *p = h + from, *e = h + n;
	int ns = nospace(w);
	while (k && (size_t)(e - p) >= k && (p = memmem(p, (size_t)(e - p), w, k))) {
		size_t at = (size_t)(p - h);
		if (ns || (ab_starts_at(h, at, n) && (!whole || ends_at(h, at + k, n) ||
						      (wide && ident_suffix(h, at + k, n, w, k)))))
			return (long)at;
		p++;
	}
	return -1;
}

/* Is the word at h[at] part of an identifier ("view_2", "list-7@x")? */
static int in_ident(const char *h, size_t at, size_t n)
{
	size_t i;
	for (i = at; i < n && !ab_sep_len(h, i, n); i++)
		if (isdigit((unsigned char)h[i]) || strchr("_@", h[i]))
			return 1;
	return 0;
}

/* Does an entry of w[] occur in h[s..e) (a word start; `whole`: a whole
 * word; `words`: not inside an identifier)? */
static int has_any(const char *h, size_t s, size_t e, const char *const *w, int whole, int words)
{
	for (; *w; w++) {
		size_t k = strlen(*w), from = s;
		long at;
		while ((at = ab_find_tok(h, e, from, *w, k, whole)) >= 0) {
			if (!words || !in_ident(h, (size_t)at, e))
				return 1;
			from = (size_t)at + 1;
		}
	}
	return 0;
}

/* The same over h[s..e) folded (Cyrillic capitals, Arabic marks:
 * rl_fold_script), the tables being written folded. */
int ab_has_folded(const char *h, size_t s, size_t e, const char *const *w, int whole, int words)
{
	char buf[ASK_MAX + 1];
	size_t m;
	if (e - s > ASK_MAX)
		return has_any(h, s, e, w, whole, words);
	m = rl_fold_script(h + s, e - s, buf);
	buf[m] = '\0';
	return has_any(buf, 0, m, w, whole, words);
}

/* ---- the closed classes ------------------------------------------------------------ */

/* clang-format off */
/* negations (whole words) */
const char *const ab_neg[] = {"not", "don't", "dont", "never", "nicht", "kein", "keine",
	"keinen", "niet", "geen", "inte", "ej", "ikke", "ikkje", "aldri", "ei", "älä", "älkää",
	"Älä", "Älkää", "Μην", "Δεν", "Όχι", "Не",
	"ne", "nie", "nu", "nem", "μην", "δεν", "όχι", "не", "ні", "нет", "لا", "لم", "لن", "אל",
	"לא", "نه", "نکن", "نده", "değil", "jangan", "tidak", "bukan", "nggak", "gak", "enggak",
	"không", "đừng", "chưa", "ไม่", "อย่า", "不", "别", "別", "没", "না", "নয়", "নাহ", "नहीं",
	"मत", "வேண்டாம்", "இல்லை", "hapana", "huwag", "hindi", "no", "non", "não", "nunca", NULL};
/* read verbs and question words: reading a record is no act on it
 * (word starts) */
const char *const ab_rd[] = {"show", "list", "display", "view", "look", "read", "summar",
	"tell me", "check", "find", "search", "explain", "describe", "review", "pull", "track",
	"trace", "fetch", "get me", "look up", "lookup", "status", "inspect", "verify", "query",
	"browse", "analy", "assess", "evaluat", "investigat", "examin", "preview", "locate",
	"résum", "lis ", "cherche", "vérifi", "montre", "affiche", "consulte", "lee ", "busca",
	"revisa", "consulta", "leia", "procur", "leggi", "cerca", "elenca", "riassum", "toon",
	"lees", "zoek", "przeczytaj", "znajdź", "podsumuj", "zeig", "anzeig",
	"schau", "prüf", "lies", "toon", "bekijk", "controleer", "visa", "kolla", "kontrollera",
	"läs", "sammanfatta", "vis ", "vis mig", "vis meg", "tjek", "sjekk", "læs", "opsummer",
	"oppsummer", "näytä", "tarkista", "katso", "lue ", "tiivistä", "listaa", "ukaž", "ukáž",
	"zobraz", "vypiš", "zkontroluj", "přečti", "shrň", "arată", "arata", "afișează",
	"afiseaza", "verifică", "citește", "rezumă", "mutasd", "mutass", "listázd",
	"ellenőrizd", "nézd", "olvasd", "δείξ", "Δείξ", "εμφάνισ", "έλεγξ", "διάβασ", "покажи",
	"покажите", "покажіть", "выведи", "проверь", "перевір", "прочитай", "посмотри",
	"подивись", "اعرض", "ارني", "اظهر", "تحقق", "اقرا", "لخص", "תראה", "הראה", "תציג",
	"הצג", "בדוק", "תבדוק", "קרא", "نشان", "نمایش", "بررسی", "بخوان", "göster",
	"listele", "kontrol et", "özetle", "tampilkan", "tunjukkan", "lihat", "cek ", "periksa",
	"baca", "ringkas", "xem", "kiểm tra", "đọc", "tóm tắt", "แสดง", "ดู", "ตรวจสอบ",
	"อ่าน", "สรุป", "显示", "顯示", "看看", "查看", "看一下", "查一下", "列出", "告诉我",
	"告訴我", "দেখাও", "দেখান", "যাচাই", "காட்டு", "சரிபார்", "nionyeshe", "onyesha",
	"angalia", "soma ", "दिखा", "देखो", "जाँच", "जांच", "pokaż", "sprawdź", "mostra",
	"muestra", "montre", "mostre", "verifique", "controlla", NULL};
/* question words: a question holding one asks about the act */
const char *const ab_wh[] = {"what", "which", "when", "where", "why", "how", "was ", "wie",
	"welch", "wann", "wat ", "hoe ", "welk", "vad", "hur", "vilk", "hvad", "hvordan", "hvilk",
	"hva ", "mitä", "mikä", "miten", "milloin", "onko", "ovatko", "paljonko", "kuinka", "co ",
	"jak ", "kter", "kdy ", "kolik", "ce ", "cum ", "când", "cât", "mit ", "hogy", "melyik",
	"mikor", "mennyi", "τι ", "Τι ", "πώς", "Πώς", "ποι", "Ποι", "πότε", "πόσ", "что", "що ",
	"как ", "які", "какие", "когда", "коли", "сколько", "скільки", "ماذا", "كيف", "كم ",
	"متى", "اين", "ما هي", "ما هو", "מה ", "איך", "מתי", "כמה", "چه", "چطور", "چقدر",
	"کدام", "nasıl", "hangi", "kaç", "ne zaman", "apa ", "bagaimana", "berapa", "kapan",
	"bila ", "mana", "gì", "thế nào", "bao nhiêu", "khi nào", "อะไร", "อย่างไร", "ยังไง",
	"เท่าไร", "เท่าไหร่", "什么", "怎么", "多少", "哪", "是否", "有没有", "কী", "কেমন", "কত ",
	"কখন", "என்ன", "எப்படி", "எவ்வளவு", "nini", "vipi", "lini", "कैसे", "कितन", "कब ",
	"कौन", NULL};
/* modals of asking: a question holding one asks the assistant to act */
const char *const ab_polite[] = {"can you", "could you", "would you", "will you", "can u",
	"kannst du", "könntest du", "können sie", "könnten sie", "würdest du", "würden sie",
	"kun je", "kunt u", "kan je", "wil je", "wilt u", "zou je", "kan du", "kunde du",
	"kunne du", "skulle du", "vil du", "kan ni", "voisitko", "voitko", "voisitteko",
	"voitteko", "můžeš", "můžete", "mohl bys", "mohla bys", "mohl byste", "mohla byste",
	"môžeš", "môžete", "poți", "poti", "puteți", "puteti", "ai putea", "ați putea",
	"tudnád", "tudná", "megtennéd", "μπορείς", "μπορείτε", "Μπορείς", "Μπορείτε",
	"θα μπορούσ", "можешь", "можете", "не могли бы", "можеш", "ممكن", "هل يمكنك",
	"هل تستطيع", "تقدر", "תוכל", "אפשר", "אתה יכול", "את יכולה", "میشه", "می‌شه",
	"می‌تونی", "میتونی", "می‌توانی", "ممکنه", "bilir misin", "bilir misiniz", "abilir",
	"ebilir", "bisa", "bisakah", "boleh", "bolehkah", "tolong", "có thể", "giúp", "giùm",
	"được không", "ช่วย", "ได้ไหม", "ได้มั้ย", "能不能", "可以", "能帮", "能否", "麻烦",
	"सकते", "सकती", "सकोगे", "পারবে", "পারবেন", "முடியுமா", "unaweza", "mnaweza",
	"ungeweza", "pwede", "puwede", "możesz", "mógłbyś", "puoi", "potresti", "puedes",
	"podrías", "peux-tu", "pourrais", "pouvez", "podes", "poderia", NULL};
/* a short reply taking an offer (whole words at its start) */
const char *const ab_yes[] = {"yes", "yeah", "yep", "yup", "sure", "ok", "okay", "alright",
	"go ahead", "do it", "please", "ja", "jo", "jep", "jawohl", "gerne", "gärna", "gjerne",
	"graag", "prima", "kyllä", "joo", "juu", "ano", "jasně", "áno", "da", "desigur", "sigur",
	"igen", "persze", "rendben", "ναι", "Ναι", "εντάξει", "да", "так", "ага", "давай",
	"конечно", "نعم", "اجل", "ايوه", "طيب", "حسنا", "כן", "בטח", "بله", "آره", "باشه",
	"evet", "tamam", "olur", "iya", "ya", "oke", "baik", "sila", "vâng", "ừ", "được", "có",
	"Vâng", "Ừ", "Được", "Có",
	"đồng ý", "ได้", "ใช่", "โอเค", "ครับ", "ค่ะ", "เอาเลย", "好", "是", "对", "對", "行", "嗯", "হ্যাঁ", "হ্যা", "ঠিক",
	"ஆமாம்", "ஆம்", "சரி", "ndiyo", "sawa", "naam", "oo", "opo", "sige", "हाँ", "हां",
	"जी", "ठीक", "sí", "si", "oui", "sim", "certo", "d'accord",
	/* s16: more of the same closed class (colloquial yes and go-ahead
	 * words) */
	"japp", "jepp", "absolut", "kör", "passt", "klar", "gern", "doe maar", "vale", "dale",
	"claro", "pode", "isso", "vas-y", "va bene", "procedi", "tak", "dobrze", "jasne", "dawaj",
	"давайте", "хорошо", "ладно", "네", "예", "응", "좋아요", "はい", "ええ", "うん", "お願い",
	"可以", "sounds good", "go on", "haya", "ndio", "tamam", "mehet", "persze", "jó", NULL};
/* a short reply declining it */
static const char *const no[] = {"no", "nope", "nah", "nein", "nee", "nej", "nei", "ei", "ne",
	"nu", "nem", "όχι", "Όχι", "нет", "ні", "не", "لا", "לא", "نه", "hayır", "hayir",
	"tidak", "nggak", "gak", "enggak", "jangan", "không", "ไม่", "不", "别", "না",
	"வேண்டாம்", "இல்லை", "hapana", "huwag", "hindi", "नहीं", "non", "não", "nie", "niet",
	"wait", "later", NULL};
/* clang-format on */

/* ---- sentences --------------------------------------------------------------------- */

/* A question mark at h[i] (?, fullwidth ？, Arabic ؟, Greek ; U+037E):
 * its length, else 0. */
size_t ab_qmark(const char *h, size_t i, size_t n)
{
	const unsigned char *u = (const unsigned char *)h + i;
	if (u[0] == '?')
		return 1;
	if (i + 2 <= n && ((u[0] == 0xd8 && u[1] == 0x9f) || (u[0] == 0xcd && u[1] == 0xbe)))
		return 2;
	if (i + 3 <= n && u[0] == 0xef && u[1] == 0xbc && u[2] == 0x9f)
		return 3;
	return 0;
}

/* Greek letters in h[s..e) (the ASCII ';' is then a question mark) */
static int greek(const char *h, size_t s, size_t e)
{
	for (; s + 1 < e; s++)
		if (((unsigned char)h[s] == 0xce || (unsigned char)h[s] == 0xcf) &&
		    ((unsigned char)h[s + 1] & 0xc0) == 0x80)
			return 1;
	return 0;
}

/* A stop at h[i]: a sentence stop (2) or only a clause stop (1), its
 * length in *len; 0 when none. '.', ',' and ':' stop only before a space
 * or the end ("15.00", "1,210", "https:" do not). */
static int stop_at(const char *h, size_t i, size_t n, size_t *len)
{
	unsigned char b = (unsigned char)h[i];
	size_t q;
	*len = 1;
	if (b == '\n' || b == '!' || b == '?')
		return 2;
	if (b == '.' && i >= 1 && isalpha((unsigned char)h[i - 1]) &&
	    (i < 2 || !isalpha((unsigned char)h[i - 2]) ||
	     ((i < 3 || !isalpha((unsigned char)h[i - 3])) && i + 2 < n &&
	      isdigit((unsigned char)h[i + 2]))))
		return 0; /* an abbreviation: "kl. 15", "z.b." */
	if (b == '.' || b == ',' || b == ':')
		return i + 1 >= n || isspace((unsigned char)h[i + 1]) ? (b == '.' ? 2 : 1) : 0;
	if (b == ';')
		return 1;
	if ((q = ab_qmark(h, i, n)))
		return *len = q, 2;
	if (b >= 0x80 && (q = ab_sep_len(h, i, n)) >= 2) {
		const unsigned char *u = (const unsigned char *)h + i;
		*len = q;
		if ((u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x82) ||
		    (u[0] == 0xef && u[1] == 0xbc && u[2] == 0x81) ||
		    (u[0] == 0xe0 && u[1] == 0xa5 && (u[2] == 0xa4 || u[2] == 0xa5)))
			return 2; /* 。 ！ । ॥ */
		if ((u[0] == 0xd8 && (u[1] == 0x8c || u[1] == 0x9b)) ||
		    (u[0] == 0xef && u[1] == 0xbc && (u[2] == 0x8c || u[2] == 0x9b)) ||
		    (u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x81))
			return 1; /* ، ؛ ， ； 、 */
	}
	return 0;
}

/* The sentence (want 2) or clause (want 1) around h[at] into [*s, *e);
 * returns 1 when it ends in a question mark. */
int ab_span_of(const char *h, size_t n, size_t at, int want, size_t *s, size_t *e)
{
	size_t i, l, b = 0, q = 0;
	for (i = 0; i < at; i++) {
		int k = stop_at(h, i, n, &l);
		if (k >= want)
			b = i + l;
		if (k)
			i += l - 1;
	}
	for (i = at; i < n; i++) {
		int k = stop_at(h, i, n, &l);
		if (k >= want) {
			q = ab_qmark(h, i, n) || (h[i] == ';' && greek(h, b, i));
			break;
		}
		if (k)
			i += l - 1;
	}
	if (i >= n) { /* the last sentence: a Greek ';' at the very end */
		size_t t = n;
		while (t > b && isspace((unsigned char)h[t - 1]))
			t--;
		q = t > b && h[t - 1] == ';' && greek(h, b, t);
	}
	*s = b;
	*e = i < n ? i : n;
	return (int)q;
}

/* ---- naming the object --------------------------------------------------------------- */

/* Lowercase ASCII copy of v[0..k) into o (k < cap), NUL-terminated. */
size_t ab_low_copy(const char *v, size_t k, char *o, size_t cap)
{
	size_t i;
	if (k >= cap)
		k = cap - 1;
	for (i = 0; i < k; i++)
		o[i] = (char)tolower((unsigned char)v[i]);
	o[k] = '\0';
	return k;
}

/* The integer part of a number at h[i] (digits with grouping marks, a
 * decimal part of one or two digits dropped), ASCII, Arabic-Indic,
 * Persian, Devanagari or Bengali digits, written as ASCII digits into o;
 * the bytes read in *used. 0 digits when none. */
static size_t int_part(const char *h, size_t i, size_t n, char *o, size_t cap, size_t *used)
{
	size_t k = 0, j = i, last_sep = 0, after = 0;
	while (j < n && k + 1 < cap) {
		const unsigned char *u = (const unsigned char *)h + j;
		int d = -1;
		size_t l = 1;
		if (isdigit(u[0]))
			d = u[0] - '0';
		else if (j + 2 <= n && u[0] == 0xd9 && u[1] >= 0xa0 && u[1] <= 0xa9)
			d = u[1] - 0xa0, l = 2;
		else if (j + 2 <= n && u[0] == 0xdb && u[1] >= 0xb0 && u[1] <= 0xb9)
			d = u[1] - 0xb0, l = 2;
		else if (j + 3 <= n && u[0] == 0xe0 && (u[1] == 0xa5 || u[1] == 0xa7) &&
			 u[2] >= 0xa6 && u[2] <= 0xaf)
			d = u[2] - 0xa6, l = 3;
		if (d >= 0) {
			o[k++] = (char)('0' + d);
			after++;
			j += l;
			continue;
		}
		if (k && (u[0] == ',' || u[0] == '.' || u[0] == '\'' || u[0] == ' ') && j + 1 < n &&
		    isdigit((unsigned char)h[j + 1]) && (u[0] != ' ' || after == 3 || k <= 3)) {
			last_sep = k;
			after = 0;
			j++;
			continue;
		}
		break;
	}
	*used = j - i;
	if (last_sep && after <= 2 && k - last_sep == after)
		k = last_sep; /* "1,210.50": the decimals */
	o[k] = '\0';
	return k;
}

/* Does h[0..n) write the number whose integer digits are d (two or
 * more)? Its offset, or -1. */
static long find_number(const char *h, size_t n, const char *d, size_t dn)
{
	size_t i = 0;
	while (i < n) {
		char o[32];
		size_t used = 0, k;
		if (i && (isalnum((unsigned char)h[i - 1]) || h[i - 1] == '-' || h[i - 1] == '_')) {
			i++;
			continue;
		}
		k = int_part(h, i, n, o, sizeof o, &used);
		if (k && k == dn && !memcmp(o, d, dn) &&
		    (i + used >= n || !isalpha((unsigned char)h[i + used])))
			return (long)i;
		i += used ? used : 1;
	}
	return -1;
}

/* The integer digits of a numeric value ("1250.0" -> "1250"); 0 when v
 * is no number. */
size_t ab_num_value(const char *v, size_t k, char *o, size_t cap)
{
	size_t i = 0, m = 0;
	if (k && (v[0] == '-' || v[0] == '+'))
		i++;
	while (i < k && isdigit((unsigned char)v[i]) && m + 1 < cap)
		o[m++] = v[i++];
	if (i < k && v[i] == '.') {
		for (i++; i < k && isdigit((unsigned char)v[i]); i++)
			;
	}
	if (i != k || !m)
		return 0;
	while (m > 1 && o[0] == '0')
		memmove(o, o + 1, m--);
	o[m] = '\0';
	return m;
}

/* Is a value distinctive enough to name a record by itself: a digit or an
 * '@' in it, or six bytes or more with a '-', '_' or '.' joining letters
 * ("front-door", "report.pdf")? */
int ab_distinctive(const char *v, size_t k)
{
	size_t i, dg = 0, at = 0, join = 0;
	for (i = 0; i < k; i++) {
		dg += isdigit((unsigned char)v[i]) != 0;
		at += v[i] == '@';
		join += (v[i] == '-' || v[i] == '_' || v[i] == '.') && i && i + 1 < k;
	}
	return k >= 3 && (dg || at || (join && k >= 6));
}

/* A capitalised word of v (a proper name: a Latin, Greek or Cyrillic
 * capital then three or more letters), a word of four or more letters in
 * a script without case (Arabic, Hebrew, Indic), or in a short value (a
 * name, a nickname: 32 bytes at most) any word of four or more letters
 * in a script not Latin ("(мама)", "(น้องสาว)"), lowercased into o; the
 * next offset in *next; 0 when none from i. */
static size_t name_word(const char *v, size_t k, size_t i, char *o, size_t cap, size_t *next)
{
	size_t cp = 0, j;
	int short_val;
	for (j = 0; j < k; j++)
		cp += ((unsigned char)v[j] & 0xc0) != 0x80;
	short_val = cp <= 32;
	while (i < k) {
		size_t s, cps = 0, l;
		const unsigned char *u;
		while (i < k && ab_sep_len(v, i, k))
			i++;
		s = i;
		while (i < k && !ab_sep_len(v, i, k))
			i++;
		*next = i;
		u = (const unsigned char *)v + s;
		if (i - s < 4 || i - s >= cap)
			continue;
		for (l = s; l < i && !isdigit((unsigned char)v[l]); l++)
			cps += ((unsigned char)v[l] & 0xc0) != 0x80;
		if (cps < 4 || l < i)
			continue; /* short, or an identifier (a digit in it) */
		if ((short_val && u[0] >= 0xd0) || (u[0] >= 'A' && u[0] <= 'Z') ||
		    (u[0] == 0xc3 && u[1] >= 0x80 && u[1] <= 0x9e) ||
		    (u[0] == 0xd0 && u[1] >= 0x80 && u[1] <= 0xaf) ||
		    (u[0] == 0xce && u[1] >= 0x86 && u[1] <= 0xab) ||
		    (u[0] >= 0xd7 && u[0] <= 0xdb) || (u[0] == 0xe0 && u[1] < 0xb8)) {
			ab_low_copy(v + s, i - s, o, cap);
			if (u[0] == 0xd0 && u[1] >= 0x90 && u[1] <= 0xaf) { /* Cyrillic А-Я */
				size_t m = rl_fold_script(v + s, i - s, o);
				o[m] = '\0';
				return m;
			}
			return i - s;
		}
	}
	return 0;
}

/* Does h[0..n) hold a word beginning with the stem of w (its first
 * three quarters, at least five bytes, cut at a character)? "Styrelsemöte"
 * names "styrelsemötet", "Mette" names "Mette". Offset or -1. */
static long find_stem(const char *h, size_t n, const char *w, size_t k)
{
	size_t st = k * 3 / 4;
	char cap[64];
	unsigned char *u;
	long at;
	if (st < 5)
		st = k < 5 ? k : 5;
	while (st < k && ((unsigned char)w[st] & 0xc0) == 0x80)
		st++;
	if ((at = ab_find_tok(h, n, 0, w, st, 0)) >= 0 || st > 63 || !wide)
		return at;
	/* the lowercased message keeps Cyrillic and Greek capitals: the
	 * name as written, its first letter capital */
	memcpy(cap, w, st);
	u = (unsigned char *)cap;
	if (u[0] == 0xd0 && u[1] >= 0xb0 && u[1] <= 0xbf)
		u[1] = (unsigned char)(u[1] - 0x20); /* а-п */
	else if (u[0] == 0xd1 && u[1] >= 0x80 && u[1] <= 0x8f)
		u[0] = 0xd0, u[1] = (unsigned char)(u[1] + 0x20); /* р-я */
	else if (u[0] == 0xce && u[1] >= 0xb1 && u[1] <= 0xbf)
		u[1] = (unsigned char)(u[1] - 0x20); /* α-ο */
	else if (u[0] == 0xcf && u[1] >= 0x80 && u[1] <= 0x89)
		u[0] = 0xce, u[1] = (unsigned char)(u[1] + 0x20); /* π-ω */
	else
		return -1;
	return ab_find_tok(h, n, 0, cap, st, 0);
}

/* Does h[0..n) name a place (a host, a path, an address: a word of eight
 * bytes or more with a '.') that the lowercased value v[0..k) holds whole
 * ("ftp.example/backup" in "ftp://ftp.example/backup/12.zip": after the
 * start, "//", '/' or '@'; before the end, '/', ':' or '?')? Offset or -1. */
static long names_place(const char *h, size_t n, const char *v, size_t k)
{
	size_t i = 0;
	while (i < n) {
		size_t s, e;
		const char *p;
		while (i < n && (isspace((unsigned char)h[i]) || strchr("\"'(<[", h[i])))
			i++;
		s = i;
		while (i < n && !isspace((unsigned char)h[i]))
			i++;
		e = i;
		while (e > s && strchr(".,;:!?)>]\"'", h[e - 1]))
			e--;
		if (e - s < 8 || !memchr(h + s, '.', e - s) || (unsigned char)h[s] >= 0x80)
			continue;
		for (p = v; (size_t)(v + k - p) >= e - s &&
			    (p = memmem(p, (size_t)(v + k - p), h + s, e - s));
		     p++) {
			size_t end = (size_t)(p - v) + (e - s);
			if ((p == v || strchr("/@", p[-1])) && (end == k || strchr("/:?", v[end])))
				return (long)s;
		}
	}
	return -1;
}

/* Does h[0..n) name the value v[0..k)? Offset, or -1. */
long ab_names_value(const char *h, size_t n, const char *v, size_t k)
{
	char low[VAL_MAX + 1], d[32];
	size_t dn, i, nx;
	long at;
	while (k && isspace((unsigned char)*v))
		v++, k--;
	while (k && isspace((unsigned char)v[k - 1]))
		k--;
	if (k < 2 || k > VAL_MAX)
		return -1;
	if ((dn = ab_num_value(v, k, d, sizeof d)))
		return dn >= 2 ? find_number(h, n, d, dn) : -1;
	if (ab_distinctive(v, k)) {
		ab_low_copy(v, k, low, sizeof low);
		if ((at = ab_find_tok(h, n, 0, low, k, 1)) >= 0)
			return at;
		if ((at = names_place(h, n, low, k)) >= 0)
			return at;
	}
	for (i = 0; i + 4 <= k; i++) { /* a time of day: its hour ("15:00", "kl. 15") */
		size_t h0 = i, hd = 0;
		if (i && !isspace((unsigned char)v[i - 1]))
			continue;
		while (i < k && isdigit((unsigned char)v[i]) && hd < 3)
			i++, hd++;
		if (hd >= 1 && hd <= 2 && i + 3 <= k && (v[i] == ':' || v[i] == '.') &&
		    isdigit((unsigned char)v[i + 1]) && isdigit((unsigned char)v[i + 2]) &&
		    (i + 3 == k || !isalnum((unsigned char)v[i + 3]))) {
			char hr[3];
			size_t hl = 0;
			if (hd == 2 && v[h0] != '0')
				hr[hl++] = v[h0];
			hr[hl++] = v[h0 + hd - 1];
			hr[hl] = '\0';
			if ((at = find_number(h, n, hr, hl)) >= 0)
				return at;
		}
		i = h0;
	}
	for (i = 0; i < k;) { /* a proper name in it */
		size_t wl = name_word(v, k, i, low, sizeof low, &nx);
		if (wl && (at = find_stem(h, n, low, wl)) >= 0)
			return at;
		if (nx <= i)
			break;
		i = nx;
	}
	return -1;
}

/* ---- the record an argument came from ------------------------------------------------ */

/* The JSON value opening at t[a] ('{' or '['): the offset just past its
 * close (n when unclosed); *many: a comma at its own depth (an array of
 * more than one element). The one walk over nesting and strings that
 * record_around and its callers share. */
static size_t json_close(const char *t, size_t n, size_t a, int *many)
{
	size_t i, d = 0;
	int str = 0;
	*many = 0;
	for (i = a; i < n; i++) {
		char ch = t[i];
		if (str) {
			if (ch == '\\')
				i++;
			else if (ch == '"')
				str = 0;
			continue;
		}
		if (ch == '"')
			str = 1;
		else if (ch == '{' || ch == '[')
			d++;
		else if ((ch == '}' || ch == ']') && !--d)
			return i + 1;
		else if (ch == ',' && d == 1)
			*many = 1;
	}
	return n;
}

/* In the JSON text t[0..n): the object holding offset `at`, climbing
 * through parents that are objects or one-element arrays (a record and
 * the record it sits in, not a list of records). Its span in [*s, *e). */
int ab_record_around(const char *t, size_t n, size_t at, size_t *s, size_t *e)
{
	/* the openers on the path to `at` */
	size_t stk[32], depth = 0, i, top;
	int str = 0;
	for (i = 0; i < at && i < n; i++) {
		char ch = t[i];
		if (str) {
			if (ch == '\\')
				i++;
			else if (ch == '"')
				str = 0;
			continue;
		}
		if (ch == '"')
			str = 1;
		else if ((ch == '{' || ch == '[') && depth < 32)
			stk[depth++] = i;
		else if ((ch == '}' || ch == ']') && depth)
			depth--;
	}
	/* the innermost object, then up while the parent is an object or
	 * a one-element array */
	while (depth && t[stk[depth - 1]] != '{')
		depth--;
	if (!depth)
		return 0;
	top = depth - 1;
	while (top > 0) {
		size_t p = top - 1;
		if (t[stk[p]] == '[') {
			int many;
			json_close(t, n, stk[p], &many);
			if (p == 0 || t[stk[p - 1]] != '{' || many)
				break;
			top = p - 1;
		} else {
			top = p;
		}
	}
	{
		int many;
		*s = stk[top];
		*e = json_close(t, n, stk[top], &many);
	}
	return 1;
}

/* The first occurrence of v[0..k) in t[0..n) as a whole JSON value (a
 * quoted string, or a bare number between JSON delimiters), not a word
 * inside a longer text (an instruction in a note holds values too). */
const char *ab_json_value(const char *t, size_t n, const char *v, size_t k)
{
	const char *p = t, *e = t + n;
	while ((size_t)(e - p) >= k && (p = memmem(p, (size_t)(e - p), v, k))) {
		char b = p > t ? p[-1] : ' ', a = p + k < e ? p[k] : ' ';
		if ((b == '"' && a == '"') ||
		    (strchr(":[, ", b) && strchr(",]} \n", a) && isdigit((unsigned char)v[0])))
			return p;
		p++;
	}
	return NULL;
}

/* A message, a note or a document, not a record: a string value of 80
 * bytes or more in t[s..e), or a key naming a message's parts (from,
 * sender, subject, body, text, note, comment, remarks). */
int ab_message_like(const char *t, size_t s, size_t e)
{
	static const char *const keys[] = {
		"\"from\"",  "\"sender\"",  "\"subject\"", "\"body\"",    "\"text\"", "\"note\"",
		"\"notes\"", "\"comment\"", "\"remarks\"", "\"message\"", NULL};
	size_t i, j, run = 0;
	int str = 0;
	for (j = 0; keys[j]; j++)
		if (memmem(t + s, e - s, keys[j], strlen(keys[j])))
			return 1;
	for (i = s; i < e; i++) {
		if (str) {
			if (t[i] == '\\')
				i++, run += 2;
			else if (t[i] == '"')
				str = 0;
			else if (++run >= 80)
				return 1;
			continue;
		}
		if (t[i] == '"')
			str = 1, run = 0;
	}
	return 0;
}

/* Does h[0..n) name a distinctive string value of the JSON record
 * t[s..e) (not its keys; values of at most REC_VAL bytes)? Offset or -1. */
static long names_record(const char *h, size_t n, const char *t, size_t s, size_t e)
{
	size_t i = s, vs, seen = 0;
	if (e - s > REC_SPAN)
		return -1; /* no record: a document */
	while (i < e && seen++ < 512) {
		long at;
		if (t[i] != '"') {
			size_t k = i, dn;
			char d[32];
			/* a bare number of three or more digits (a card's last four) */
			if (isdigit((unsigned char)t[i]) &&
			    (i == s || !isalnum((unsigned char)t[i - 1]))) {
				while (k < e && (isdigit((unsigned char)t[k]) || t[k] == '.'))
					k++;
				dn = ab_num_value(t + i, k - i, d, sizeof d);
				if (dn >= 3 && (at = find_number(h, n, d, dn)) >= 0)
					return at;
				i = k;
				continue;
			}
			i++;
			continue;
		}
		vs = ++i;
		while (i < e && t[i] != '"')
			i += t[i] == '\\' ? 2 : 1;
		if (i >= e)
			break;
		{
			size_t ve = i++;
			while (i < e && (t[i] == ' ' || t[i] == '\t'))
				i++;
			if (i < e && t[i] == ':')
				continue; /* a key */
			if (ve - vs < 3 || ve - vs > REC_VAL || memchr(t + vs, '\\', ve - vs))
				continue;
			if ((at = ab_names_value(h, n, t + vs, ve - vs)) >= 0)
				return at;
		}
	}
	return -1;
}

/* Does message mi (lowercased h[0..n)) name action a's object: an
 * argument's value, a distinctive value of the record in tool output
 * that holds it, or (a message's body) the user's own words? Offset in h,
 * or -1. */
long ab_names_object(const pol_conv *c, const char *h, size_t n, const rl_action *a)
{
	size_t f, j, objects = 0;
	long at;
	char d[32];
	/* what is acted on (an identifier, an address, a name) names the
	 * act; an amount, a count or a time names it only when nothing else
	 * does ("send 250000": to whom is the act's object) */
	for (f = 0; f < a->nfields && f < 16; f++) {
		const char *v = a->fields[f].value;
		size_t k = a->fields[f].len;
		objects += v && k >= 3 && k <= VAL_MAX && ab_distinctive(v, k) &&
			   !ab_num_value(v, k, d, sizeof d);
	}
	for (f = 0; f < a->nfields && f < 16; f++) {
		const char *v = a->fields[f].value;
		size_t k = a->fields[f].len;
		if (!v || k < 2 || k > VAL_MAX || !strcmp(v, "true") || !strcmp(v, "false") ||
		    (objects && ab_num_value(v, k, d, sizeof d)))
			continue;
		if ((at = ab_names_value(h, n, v, k)) >= 0)
			return at;
	}
	/* the records the values came from: the latest tool output first */
	for (j = c->n; j-- > 0;) {
		const char *t = c->m[j].text;
		size_t tn = c->m[j].len;
		if (c->m[j].role != RL_ROLE_TOOL || !t || !tn)
			continue;
		if (tn > TOOL_MAX)
			tn = TOOL_MAX;
		for (f = 0; f < a->nfields && f < 16; f++) {
			const char *v = a->fields[f].value, *p;
			size_t k = a->fields[f].len, s, e;
			if (!v || k < 3 || k > VAL_MAX || !ab_distinctive(v, k))
				continue;
			if (!(p = ab_json_value(t, tn, v, k)) ||
			    !ab_record_around(t, tn, (size_t)(p - t), &s, &e) ||
			    ab_message_like(t, s, e))
				continue;
			if ((at = names_record(h, n, t, s, e)) >= 0)
				return at;
		}
	}
	return -1;
}

void ab_wide(int on)
{
	wide = on;
}

long ab_names_object_wide(const pol_conv *c, const char *h, size_t n, const rl_action *a)
{
	long at;
	wide = 1;
	at = ab_names_object(c, h, n, a);
	wide = 0;
	return at;
}

long ab_names_value_wide(const char *h, size_t n, const char *v, size_t k)
{
	long at;
	wide = 1;
	at = ab_names_value(h, n, v, k);
	wide = 0;
	return at;
}

/* A message's body holding the user's own words: three or more of its
 * words of four or more bytes (a third of them at least) in h[0..n).
 * Offset of the first, or -1. */
static long body_dictated(const char *h, size_t n, const rl_action *a)
{
	size_t f;
	for (f = 0; f < a->nfields && f < 16; f++) {
		const char *v = a->fields[f].value, *nm = a->fields[f].name;
		size_t k = a->fields[f].len, i = 0, words = 0, hit = 0;
		long first = -1;
		if (!v || !nm || k < 8 || k > 1024 ||
		    !(strstr(nm, "text") || strstr(nm, "body") || strstr(nm, "message") ||
		      strstr(nm, "content")))
			continue;
		while (i < k && words < 64) {
			size_t s;
			while (i < k && ab_sep_len(v, i, k))
				i++;
			s = i;
			while (i < k && !ab_sep_len(v, i, k))
				i++;
			if (i - s >= 4 && i - s < 64) {
				char w[64];
				long at;
				ab_low_copy(v + s, i - s, w, sizeof w);
				words++;
				if ((at = ab_find_tok(h, n, 0, w, i - s, 0)) >= 0) {
					hit++;
					if (first < 0)
						first = at;
				}
			}
		}
		if (hit >= 3 && 3 * hit >= words)
			return first;
	}
	return -1;
}

/* ---- the user's last message and the offer before it --------------------------------- */

long ab_last_user(const pol_conv *c)
{
	size_t i;
	long last = -1;
	for (i = 0; i < c->n; i++)
		if (c->m[i].role == RL_ROLE_USER && c->m[i].text && c->m[i].len && c->low[i])
			last = (long)i;
	return last;
}

/* The assistant's message with words just before user message u (no
 * user words between) when it ends in a question; else -1. */
long ab_offer_before(const pol_conv *c, long u)
{
	long j = u;
	size_t n;
	const char *h;
	while (j-- > 0) {
		if (c->m[j].role == RL_ROLE_USER && c->m[j].text && c->m[j].len)
			return -1;
		if (c->m[j].role == RL_ROLE_ASSISTANT && c->m[j].text && c->m[j].len)
			break;
	}
	if (j < 0 || !c->low[j])
		return -1;
	h = c->low[j];
	n = c->m[j].len;
	while (n && isspace((unsigned char)h[n - 1]))
		n--;
	if (!n)
		return -1;
	if (h[n - 1] == '?' || (n >= 2 && ab_qmark(h, n - 2, n)) ||
	    (n >= 3 && ab_qmark(h, n - 3, n)) ||
	    (h[n - 1] == ';' && greek(h, n > 200 ? n - 200 : 0, n)))
		return j;
	return -1;
}

/* Is the short reply h[0..n) led by a word of w[] (after spaces and
 * quotes), with no question in it? */
int ab_led_by(const char *h, size_t n, const char *const *w)
{
	size_t i = 0;
	char f[160];
	size_t m;
	while (i < n && (h[i] == ' ' || h[i] == '"' || h[i] == '\''))
		i++;
	if (n - i > 96 || memchr(h, '?', n) || memmem(h, n, "\xef\xbc\x9f", 3) ||
	    memmem(h, n, "\xd8\x9f", 2))
		return 0;
	m = rl_fold_script(h + i, n - i, f); /* Cyrillic capitals */
	for (; *w; w++) {
		size_t k = strlen(*w);
		if (k <= m && !memcmp(f, *w, k) && (nospace(*w) || ends_at(f, k, m)))
			return 1;
	}
	return 0;
}

/* Action a's object named in the assistant's offer that the user's last
 * message (led by a word of w[]) answers. */
static int offer_answered(const pol_conv *c, const rl_action *a, const char *const *w)
{
	long u = ab_last_user(c), o;
	if (u < 0 || !ab_led_by(c->low[u], c->m[u].len, w))
		return 0;
	if (w == ab_yes && ab_has_folded(c->low[u], 0, c->m[u].len, ab_neg, 1, 0))
		return 0;
	if ((o = ab_offer_before(c, u)) < 0)
		return 0;
	return ab_names_object(c, c->low[o], c->m[o].len, a) >= 0;
}

/* A read verb or question word in the sentence h[s..e), not inside the
 * word naming the object at h[at] ("checkout-se" holds no "check"). */
int ab_read_verb(const char *h, size_t s, size_t e, size_t at)
{
	size_t oe = at, j;
	while (oe < e && !ab_sep_len(h, oe, e))
		oe++;
	for (j = 0; ab_rd[j]; j++) {
		size_t k = strlen(ab_rd[j]), from = s;
		long p;
		while ((p = ab_find_tok(h, e, from, ab_rd[j], k, 0)) >= 0) {
			if (((size_t)p < at || (size_t)p >= oe) && !in_ident(h, (size_t)p, e))
				return 1;
			from = (size_t)p + 1;
		}
	}
	/* folded (Cyrillic capitals, Arabic marks) */
	return e - s <= ASK_MAX && ab_has_folded(h, s, e, ab_rd, 0, 1) &&
	       !has_any(h, s, e, ab_rd, 0, 1);
}

/* English: two or more of its commonest function words in h[0..n) (none
 * a word of the languages read here: no "to", "is", "of", "die"). */
int ab_english(const char *h, size_t n)
{
	static const char *const fw[] = {
		"the",  "my",    "and",   "it",   "its",  "this",  "that", "please", "you",  "your",
		"can",  "could", "would", "with", "from", "our",   "we",   "up",     "what", "all",
		"any",  "just",  "now",   "then", "them", "their", "his",  "her",    "he",   "she",
		"they", "are",   "if",    "not",  "out",  "off",   "get",  "have",   "has",  "need",
		"want", "about", "into",  "be",   "me",   "for",   NULL};
	size_t j, hits = 0;
	for (j = 0; fw[j] && hits < 2; j++)
		hits += ab_find_tok(h, n, 0, fw[j], strlen(fw[j]), 1) >= 0;
	return hits >= 2;
}

int pol_request_declined_bound(const pol_conv *c, const rl_action *a)
{
	long u = ab_last_user(c);
	size_t i;
	if (u < 0 || c->m[u].len > 64)
		return 0;
	for (i = 0; i < c->m[u].len; i++) /* "no, the 4471 one" chooses */
		if (isdigit((unsigned char)c->low[u][i]))
			return 0;
	return offer_answered(c, a, no);
}

int ab_order_at(const char *h, size_t n, size_t at)
{
	size_t s, e, cs, ce, k;
	int q;
	ab_span_of(h, n, at, 1, &cs, &ce);
	if (ab_has_folded(h, cs, ce, ab_neg, 1, 0))
		return 0;
	q = ab_span_of(h, n, at, 2, &s, &e);
	/* a stop after a short word ("la dra. pons?", "mr. ito"): an
	 * abbreviation, the sentence goes on */
	for (k = 0; !q && k < 2 && e + 1 < n && h[e] == '.' && h[e + 1] == ' '; k++) {
		size_t w = e, s2;
		while (w > s && isalpha((unsigned char)h[w - 1]))
			w--;
		if (e - w < 1 || e - w > 3)
			break;
		q = ab_span_of(h, n, e + 2, 2, &s2, &e);
	}
	if (ab_read_verb(h, s, e, at))
		return 0;
	return !(q &&
		 (!ab_has_folded(h, s, e, ab_polite, 0, 0) || ab_has_folded(h, s, e, ab_wh, 0, 1)));
}

int pol_request_bound(const pol_conv *c, const rl_action *a)
{
	long u = ab_last_user(c), at;
	const char *h;
	size_t n;
	if (u < 0)
		return 0;
	h = c->low[u];
	n = c->m[u].len;
	if (offer_answered(c, a, ab_yes))
		return 1;
	/* English is read by the verb lists, whose reading stands (askcarry.c
	 * reads it where the message gives an order) */
	if (n > ASK_MAX || ab_english(h, n))
		return 0;
	if ((at = ab_names_object(c, h, n, a)) < 0 && (at = body_dictated(h, n, a)) < 0)
		return 0;
	return ab_order_at(h, n, (size_t)at);
}

/* Letters of a language the verb lists do not read: two or more code
 * points past Latin-1 (Czech, Romanian, Turkish, Greek, Cyrillic, Arabic,
 * Indic, Thai, CJK ...) or Nordic and Finnish letters (å æ ø ä ö). */
static int unread_letters(const char *h, size_t n)
{
	size_t i, k = 0;
	for (i = 0; i + 1 < n && k < 2; i++) {
		const unsigned char *u = (const unsigned char *)h + i;
		if (u[0] >= 0xc4 && (u[1] & 0xc0) == 0x80)
			k++;
		else if (u[0] == 0xc3 &&
			 (u[1] == 0xa5 || u[1] == 0xa6 || u[1] == 0xb8 || u[1] == 0xa4 ||
			  u[1] == 0xb6 || u[1] == 0x85 || u[1] == 0x86 || u[1] == 0x98 ||
			  u[1] == 0x84 || u[1] == 0x96))
			k++;
	}
	return k >= 2;
}

int pol_request_bound_off(const pol_conv *c, const rl_action *a)
{
	long u = ab_last_user(c);
	/* a control or a safeguard switched off: only where the lists cannot
	 * read the request at all ("arregla el cargador C7-1", fix it, is no
	 * order to switch its cut-off off, and the Spanish lists read it) */
	return u >= 0 && unread_letters(c->low[u], c->m[u].len) && pol_request_bound(c, a);
}
