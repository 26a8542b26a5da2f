/* drift_lang.c: the task-drift rule's reading of requests made in other
 * languages, beyond drift.c's verb lists, written for what breaks those
 * lists whatever the verb (s12-coerce, after the blind redteam18 set held
 * a portal message asked for in Polish, a withdrawal lock in German, a
 * reminder in Spanish and a cancellation in Turkish):
 *  - accents. Spanish, Portuguese and Italian put a written accent on an
 *    imperative that carries a pronoun ("mándale", "envíale", "cancélalo",
 *    "págale"), and people type Polish, Turkish and the rest without their
 *    letters ("wyslij", "gonder"). The request is read again with such
 *    words' accents removed (pol_drift_asked_folded): an imperative with a
 *    pronoun loses its accents before drift.c's lists read it; a fully
 *    accent-free copy is read by the stems below, which are written
 *    without accents.
 *  - Turkish, which the lists did not read and whose own letters are too
 *    few in a short request for drift.c's alphabet test: its common
 *    request verbs (Polish ones written without accents too).
 *  - protective restrictions. A tool that locks, freezes, blocks, suspends
 *    or pauses (lock_withdrawals, freeze_card) restricts what leaves an
 *    account; it moves no money, so it is a change, not a payment
 *    (pol_drift_protective), and a request in any language that gives an
 *    order asks for a change (drift.c's directive test).
 * Fails closed: every test here can only find a request; nothing makes a
 * request in tool output count, and an allocation failure finds none. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The ASCII letter a two-byte UTF-8 Latin letter (Latin-1 Supplement or
 * Latin Extended-A, lowercase or capital) is written on, or 0. */
static char base_letter(unsigned char b0, unsigned char b1)
{
	/* U+00C0-U+00FF and U+0100-U+017F, one letter per code point; '*'
	 * for a sign or a letter of no one ASCII letter (ae, sharp s, thorn) */
	static const char l1[] = "aaaaaa*ceeeeiiiidnooooo*ouuuuy**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";
	static const char ext[] =
		"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllll"
		"llllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
	unsigned cp;
	char c;
	if ((b1 & 0xc0) != 0x80)
		return 0;
	cp = ((unsigned)(b0 & 0x1f) << 6) | (b1 & 0x3f);
	if (cp >= 0xc0 && cp <= 0xff)
		c = l1[cp - 0xc0];
	else if (cp >= 0x100 && cp <= 0x17f && cp - 0x100 < sizeof ext - 1)
		c = ext[cp - 0x100];
	else
		return 0;
	return c == '*' ? 0 : c;
}

/* Copy h[0..n) to o with accented Latin letters written as their ASCII
 * letters (lowercase): in every word when all is set, else only in words
 * that end in a Spanish, Portuguese or Italian object pronoun (an
 * imperative that carries one). Returns the length written (<= n). */
static size_t fold(const char *h, size_t n, char *o, int all)
{
	/* third-person object pronouns only: "me", "te", "nos" and "ne" end
	 * too many accented French words (redteam9's "Résume le sinistre"
	 * read as "resume") */
	static const char *const clitic[] = {"le",   "les",  "lo",  "los",    "la", "las",
					     "selo", "sela", "gli", "glielo", NULL};
	size_t i = 0, k = 0;
	while (i < n) {
		size_t s = i, e, j, m = k;
		int word = 0, accented = 0;
		while (i < n && (isalpha((unsigned char)h[i]) || (unsigned char)h[i] >= 0x80)) {
			word = 1;
			i++;
		}
		e = i;
		if (!word) {
			o[k++] = h[i++];
			continue;
		}
		/* the word folded */
		for (j = s; j < e; j++) {
			char b = j + 1 < e
					 ? base_letter((unsigned char)h[j], (unsigned char)h[j + 1])
					 : 0;
			if (b) {
				o[k++] = b;
				j++;
				accented = 1;
			} else
				o[k++] = (char)tolower((unsigned char)h[j]);
		}
		if (!all && accented) {
			int ends = 0;
			for (j = 0; clitic[j] && !ends; j++) {
				size_t l = strlen(clitic[j]);
				ends = k - m > l + 2 && !memcmp(o + k - l, clitic[j], l);
			}
			if (!ends) { /* keep the word as written */
				memcpy(o + m, h + s, e - s);
				k = m + (e - s);
			}
		}
	}
	return k;
}

/* Is the word before h[at] a negation of the languages these stems read,
 * folded ("älä maksa", "ne küldd", "nu trimite", "huwag", "jangan", "ikke")? */
static int negated_at(const char *h, size_t at)
{
	static const char *const neg[] = {"ala",   "alkaa",   "ei",    "en",  "ne",     "nu",
					  "nemoj", "nemojte", "huwag", "wag", "jangan", "tidak",
					  "ikke",  "inte",    "usi",   "msi", "hindi",  "nie",
					  "non",   "not",     NULL};
	size_t e = at, b, j;
	while (e > 0 && h[e - 1] == ' ')
		e--;
	for (b = e; b > 0 && isalpha((unsigned char)h[b - 1]); b--)
		;
	if (e == at || b == e)
		return 0;
	for (j = 0; neg[j]; j++)
		if (strlen(neg[j]) == e - b && !memcmp(h + b, neg[j], e - b))
			return 1;
	return 0;
}

/* A word of h[0..n) that starts with w: at the start or after a non-letter
 * that is no '_', '.', '/' or digit; a stem of three letters or fewer must
 * be the whole word. */
static int stem_at(const char *h, size_t n, const char *w)
{
	size_t k = strlen(w);
	const char *p = h;
	/* a stem written with a space after it is a whole word: any sign or
	 * the end may follow it ("zrus, mame ho dvakrat") */
	int whole = k > 1 && w[k - 1] == ' ';
	k -= (size_t)whole;
	while (n >= k && (p = memmem(p, n - (size_t)(p - h), w, k))) {
		size_t at = (size_t)(p - h);
		int before = at == 0 || (!isalnum((unsigned char)p[-1]) && p[-1] != '_' &&
					 p[-1] != '.' && p[-1] != '/');
		int after = (k > 3 && !whole) || at + k == n || !isalpha((unsigned char)p[k]);
		if (before && after && !negated_at(h, at))
			return 1;
		if (at + k >= n)
			break;
		p++;
	}
	return 0;
}

/* Request verbs written without accents: Turkish (imperatives and the
 * "X et/yap" forms) and Polish as typed without its letters, and (since
 * the rule fails closed on a request it cannot read, s13-coerce) the
 * common imperatives of Czech and Slovak (with a space after them: "napis "
 * write, not "napisala" she wrote), Romanian, Hungarian, Swedish, Danish
 * and Norwegian; per drift
 * class (payment, message, access, credentials, contact-change, deletion,
 * purchase, physical, merge, change). */
static int stems_folded(const char *h, size_t n, int cls)
{
	/* clang-format off */
	static const char *const pay[] = {"ode", "odeyin", "odeme yap", "iade et", "havale yap",
		"para gonder", "zaplac", "przelej", "przelac", "zwroc",
		/* Czech, Slovak, Romanian, Hungarian, Nordic */
		"zaplat ", "preved ", "posli penize", "vrat ", "plateste", "transfera", "ramburseaza",
		"fizesd", "utald", "betala", "betal", "overfor", "aproba plata", 		/* Czech, Croatian and Serbian, Romanian, Finnish, Swahili, Tagalog,
		 * Indonesian and Malay (s18-fp) */
		"zaplatte", "uhrad", "prevedte", "plati ", "platite", "uplati", "prebaci novac",
		"vrati novac", "platesc", "achita", "muta ", "mutati", "vireaza", "fizess", "utalj", "maksa",
		"palauta rahat", "lipa ", "lipia", "rudisha pesa", "bayaran", "magbayad",
		"pakibayad", "bayar", "lunasi", "kembalikan dana",
		NULL};
	static const char *const msg[] = {"gonder", "yolla", "mesaj at", "mesaj gonder", "yaz",
		"yazin", "yazar misin",
		"haber ver", "yanitla", "cevap ver", "wyslij", "wyslac", "przeslij", "przeslac",
		"napisz", "napisac", "odpowiedz", "odpowiedziec", "powiadom", "poinformuj",
		"poinformowac", "posli ", "odesli ", "napis ", "odpovez ", "odpovedz ",
		"trimite", "scrie", "raspunde", "kuldd", "kuldj", "ird meg", "valaszolj", "skicka",
		"svara", "skriv", 		"poslete", "napiste", "odpovezte", "informuj", "upozorni", "dej vedet", "dejte vedet",
		"posalji", "posaljite", "napisi", "obavijesti", "javi ", "javite", "poslji",
		"trimiteti", "anunta", "informeaza", "kuldjon", "irj ", "ertesitsd", "szolj",
		"mejla", "maila", "meila", "meddela", "meddel ", "informer", "paminn", "pamind",
		"laheta", "lahettakaa", "ilmoita", "kirjoita", "vastaa", "muistuta", "kerro",
		"tuma ", "tumia ujumbe", "wajulishe", "mjulishe", "julisha", "waambie", "mwambie",
		"pakitext", "paki-text", "pakisend", "pakipadala", "ipadala", "padalhan", "itext",
		"i-text", "sabihan", "pakisabi", "ipaalam", "pakiemail", "i-email", "mag-text",
		"sagutin", "kirim", "kabari", "beritahu", "beri tahu", "balas ", "balaskan",
		"hubungi", "sampaikan", "umumkan",
		NULL};
	static const char *const access[] = {"ekle", "davet et", "paylas", "yetki ver", "dodaj",
		"dodac", "udostepnij", "udostepnic", "zapros", "zaprosic", "nadaj", 		"pozovi", "podijeli", "daj pristup", "lagg till", "legg til", "tilfoj", "bjud in",
		"inviter", "dela med", "del med", "ge tillgang", "gi tilgang", "giv adgang", "lisaa",
		"kutsu", "anna oikeu", "ongeza", "alika", "idagdag", "imbitahin", "tambahkan",
		"undang", "beri akses", "bagikan",
		NULL};
	static const char *const cred[] = {"sifremi", "sifirla", "haslo", NULL};
	static const char *const contact[] = {"degistir", "guncelle", "zmien", "zmienic",
		"zaktualizuj", NULL};
	static const char *const del[] = {"iptal et", "sil", "kaldir", "usun", "usunac", "anuluj",
		"anulowac", "skasuj", "zrus ", "smaz ", "odstran ", "anuleaza", "sterge", "torold",
		"mondd le", "avbryt", "avboka", "radera", "ta bort", "slet", "slett", "annuller",
		"avbestill", "avslutt", 		"zruste", "smazte", "vymaz", "misto ", "namisto", "umjesto", "zamiast", "in loc de", "helyett", "i stallet", "i stedet", "sijaan", "badala ya", "sa halip", "alih-alih", "obrisi", "izbrisi", "otkazi", "ponisti", "ukloni",
		"preklici", "inchide", "toroljon", "mondja le", "si opp", "si det opp", "sag upp",
		"saga upp", "opsig", "fjern", "peruuta", "peru ", "poista", "sulje", "futa ",
		"ghairi", "sitisha", "burahin", "pakibura", "kanselahin", "ikansela", "pakikansela",
		"tanggalin", "alisin", "batalkan", "hapus", "hentikan",
		NULL};
	static const char *const buy[] = {"objednej ", "objednaj ", "rezervuj ", "kup", "cumpara",
		"comanda", "rezerva", "rendeld", "foglalj", "kop", "bestall", "bestill", "boka",
		"satin al", "siparis ver", "rezervasyon yap", "zamow",
		"zamowic", "zarezerwuj", "zarezerwowac", 		"objednejte", "rezervujte", "kupi ", "naruci", "rezerviraj", "rezervisi", "rendelj",
		"foglald", "vedd meg", "bestil ", "osta ", "tilaa", "varaa", "nunua", "agiza",
		"weka nafasi", "bilhin", "bumili", "umorder", "mag-order", "magpareserba", "beli ",
		"belikan", "pesankan",
		NULL};
	static const char *const phys[] = {"kilidi ac", "kapat", "ac", "odblokuj", "odblokowac",
		"wylacz", "wlacz", "otworz", 		"otevri", "otevrete", "odemkni", "odemknete", "vypni ", "zapni ", "otvori",
		"otkljucaj", "iskljuci", "ukljuci", "zakljucaj", "odpri", "deschide", "opreste",
		"porneste", "nyisd", "nyitnad", "nyissa", "kinyit", "kapcsold", "zard be", "las upp",
		"las opp", "laser opp", "oppna", "apne", "abn ", "sla av", "sla pa",
		"avaa", "sammuta", "kytke", "lukitse", "fungua", "funga ", "zima ", "washa",
		"buksan", "pakibukas", "isara", "patayin", "i-unlock", "buka ", "bukakan",
		"matikan", "nyalakan", "kunci",
		NULL};
	static const char *const merge[] = {"onayla", "zatwierdz", "yayinla", "yayini baslat",
		"dagit", "aproba", "schval", 		"odobri", "objavi", "godkann", "godkjenn", "godkend", "tacka ja", "takke ja",
		"acceptera", "aksepter", "hyvaksy", "julkaise", "idhinisha", "kubali", "aprubahan",
		"i-approve", "setujui", "terbitkan",
		NULL};
	static const char *const modify[] = {"zmen ", "nastav ", "pridej ", "vypni ", "zapni ",
		"schval", "aproba", "baslat", "durdur", "schimba", "seteaza", "modifica", "valtoztasd", "allitsd", "andra", "endre",
		"aendr", "degistir", "guncelle", "ayarla", "kilitle", "dondur",
		"iptal et", "ertele", "zmien", "zmienic", "ustaw", "ustawic", "zablokuj", "zablokowac",
		"odblokuj", "odblokowac", "popraw", "przenies", "przypisz", "wylacz", "wlacz", 		"prehod", "presun", "zmente", "nastavte", "zvys", "sniz", "promijeni", "promeni",
		"postavi", "premjesti", "povecaj", "smanji", "spremeni", "muta ", "mutati",
		"mareste", "blocheaza", "modositsd", "emeld", "csokkentsd", "flytt", "stall in",
		"muuta", "vaihda", "aseta", "nosta", "siirra", "badilisha", "hamisha", "panga",
		"palitan", "baguhin", "i-update", "ilipat", "itakda", "ubah", "ganti",
		"atur", "pindahkan", "naikkan", "turunkan", "tolong",
		NULL};
	/* clang-format on */
	static const char *const *const by_class[] = {pay, msg, access, cred,  contact,
						      del, buy, phys,   merge, modify};
	const char *const *w;
	if (cls < 0 || cls >= 10)
		return 0;
	for (w = by_class[cls]; *w; w++)
		if (stem_at(h, n, *w))
			return 1;
	return 0;
}

/* Japanese: a loanword written in katakana used as a verb with suru
 * ("ロックして" lock it, "ブロックしてください", "リセットします", "キャンセルをお願い"):
 * an act of some kind is asked for, which is all the class "change"
 * needs. Two or more katakana (U+30A1-U+30FC), then し, す, さ, せ or をお願. */
static int jp_loan_verb(const char *h, size_t n)
{
	size_t i = 0, run = 0;
	while (i + 2 < n) {
		const unsigned char *p = (const unsigned char *)h + i;
		int kata = p[0] == 0xe3 &&
			   ((p[1] == 0x82 && p[2] >= 0xa1) || (p[1] == 0x83 && p[2] <= 0xbc));
		if (kata) {
			run++;
			i += 3;
			continue;
		}
		if (run >= 2 && p[0] == 0xe3 && p[1] == 0x81 &&
		    (p[2] == 0x97 || p[2] == 0x99 || p[2] == 0x95 || p[2] == 0x9b))
			return 1;
		if (run >= 2 && i + 9 <= n && !memcmp(p, "\xe3\x82\x92\xe3\x81\x8a\xe9\xa1\x98", 9))
			return 1;
		run = 0;
		i++;
	}
	return 0;
}

int pol_drift_asked_folded(const char *h, size_t n, int cls)
{
	char *o;
	size_t m;
	int r = 0;
	size_t k;
	for (k = 0; k < n && (unsigned char)h[k] < 0x80; k++)
		;
	if (cls == 9 && jp_loan_verb(h, n))
		return 1;
	o = malloc(n + 1);
	if (!o)
		return 0; /* no request found: the rule holds */
	if (k < n) {      /* some accented letter: imperatives with a pronoun */
		m = fold(h, n, o, 0);
		r = pol_drift_asked_words(o, m, cls);
	}
	if (!r) {
		m = fold(h, n, o, 1);
		r = stems_folded(o, m, cls);
	}
	free(o);
	return r;
}

unsigned pol_drift_protective(const rl_action *a, unsigned cls)
{
	static const char *const w[] = {"lock", "freeze",   "block", "suspend", "pause",
					"hold", "restrict", "limit", NULL};
	size_t j, l;
	if (!a->tool || !(cls & 1u)) /* payment is bit 0 */
		return cls;
	for (j = 0; w[j]; j++) {
		l = strlen(w[j]);
		if (!strncmp(a->tool, w[j], l) &&
		    (a->tool[l] == '_' || a->tool[l] == '-' || a->tool[l] == '.'))
			return (cls & ~1u) | (1u << 9);
	}
	return cls;
}
