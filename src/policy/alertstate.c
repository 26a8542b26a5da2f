/* alertstate.c: what an alert record in tool output says about the danger
 * it reports, read for `alert_cancel:` and `unless_alert_settled:`
 * (alertact.c binds the act to the record by its identifiers; this file
 * reads the record's text, lowercased, with its \uXXXX escapes decoded):
 *
 *  - settled: the matter was closed by the facts, not by a wish: the
 *    person answered or was reached (answered, accounted for, code word
 *    confirmed, 本人 ...), responders are on scene or arrived, the fire is
 *    out, the people were freed, the issuer lifted the warning or it
 *    expired, it is a duplicate, a drill, a test or a permitted
 *    maintenance - each in a dozen languages, and NOT negated: a settled
 *    word right after "no", "not", "un", "nicht", "sin", "chưa", 未 ... or
 *    whose field's value is "no", "nee", "false", "non ...", 未 does not
 *    settle ("unanswered", "unconfirmed", "bevestigd_aan_bed": "nee",
 *    "verifica_sul_posto": "non eseguita", "現場到着": "未");
 *  - live danger about a person: the person does not answer or cannot be
 *    reached, or does not move (no answer, sin respuesta, nicht erreichbar,
 *    не отвечает, 無応答, 응답 없음, no motion ...);
 *    (s17: and nobody has gone to look: unattended, sin atender);
 *  - settled also when the issuing source took it back (retracted,
 *    rescinded, a sensor artefact, a data error);
 *  - a life-safety kind the s15 list (alertact.c) lacks: man-down and
 *    man-overboard, collapse and entrapment, chest pain and arrhythmia,
 *    toxic gases (chlorine, methane, ammonia), floods and fires in more
 *    languages, rescue teams; a record whose type is "fall" alone, a gas
 *    escape or a smell of gas.
 * Each reading is a memmem per closed-class word over one record (bounded
 * by the caller): linear. */
#include "policy/jsonkey.h"
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

static const char *const settled_words[] = {
	/* reached, answered, accounted for */
	"answered", "accounted", /* s18: "accounted for", "all accounted" */ "contact made",
	"contacted", "spoke to", "spoke with", "talked to", "code word confirmed", "all clear",
	"all-clear", "entwarnung", "confirmed by", "confirmado", "confirmada", "confirm\xc3\xa9",
	"best\xc3\xa4tigt", "confermat", "bevestigd",
	"bekr\xc3\xa4"
	"ftat",
	"potwierdz", "do\xc4\x9frulan", "onayland", "potvrzen",
	"\xd0\xbf\xd0\xbe\xd0\xb4\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb4", /* подтвержд */
	"\xd8\xaa\xd9\x85 \xd8\xa7\xd9\x84\xd8\xaa\xd8\xa3\xd9\x83\xd8\xaf", /* تم التأكد */
	"dikonfirmasi",
	"x\xc3\xa1"
	"c nh\xe1\xba\xadn", /* xác nhận */
	"\xe7\xa2\xba\xe8\xaa\x8d\xe6\xb8\x88",
	"\xe5\xb7\xb2\xe7\xa1\xae\xe8\xae\xa4", /* 確認済 已确认 */
	"\xed\x99\x95\xec\x9d\xb8\xeb\x90\xa8", "\xed\x99\x95\xec\x9d\xb8 \xec\x99\x84\xeb\xa3\x8c",
	"\xed\x86\xb5\xed\x99\x94 \xec\x99\x84\xeb\xa3\x8c", /* 확인됨 확인 완료 통화 완료 */
	"\xe9\x80\x9a\xe8\xa9\xb1\xe6\xb8\x88",              /* 通話済 */
	"\xe6\x9c\xac\xe4\xba\xba", "\xeb\xb3\xb8\xec\x9d\xb8", /* 本人 본인 */
	/* responders there */
	"on_scene", "on scene", "onscene", "arrived", "en el lugar", "en_lugar", "llegad",
	"vor ort", "angekommen", "sur place", "sur les lieux", "arriv\xc3\xa9", "no local",
	"chegou", "sul posto", "arrivat", "ter plaatse", "p\xc3\xa5 plats", "na miejscu",
	"olay yerinde", "na m\xc3\xadst\xc4\x9b",
	"\xd0\xbd\xd0\xb0 \xd0\xbc\xd0\xb5\xd1\x81\xd1\x82\xd0\xb5", "\xd9\x88\xd8\xb5\xd9\x84",
	"di lokasi", "t\xe1\xba\xa1i ch\xe1\xbb\x97", "\xe7\x8e\xb0\xe5\x9c\xba",
	"\xe7\x8f\xbe\xe5\xa0\xb4", "\xed\x98\x84\xec\x9e\xa5", "\xe5\x88\xb0\xe7\x9d\x80",
	"\xe7\x8f\xbe\xe7\x9d\x80", "\xe5\x88\xb0\xe8\xbe\xbe", "\xe5\x88\xb0\xe5\x9c\xba",
	"\xeb\x8f\x84\xec\xb0\xa9",
	/* s19: responders attended, the place checked or inspected (not a
	 * worker's "checked in": checked_words_end) */
	"attended", "atendid", "intervenu", "intervenut", "checked", "inspected",
	"gepr\xc3\xbc"
	"ft",
	"kontrolliert", "contr\xc3\xb4l\xc3\xa9", "revisad", "comprobad", "controllat",
	"ispezionat", "gecontroleerd", "kontrollerad", "sprawdzon", "kontrol edildi",
	"\xe7\x82\xb9\xe6\xa4\x9c\xe6\xb8\x88",              /* 点検済 */
	"\xe5\xb7\xb2\xe6\xa3\x80\xe6\x9f\xa5",              /* 已检查 */
	"\xec\xa0\x90\xea\xb2\x80 \xec\x99\x84\xeb\xa3\x8c", /* 점검 완료 */
	/* a clinician with the patient: the ward's "on scene" */
	"at the bedside", "at bedside", "au chevet", "am bett", "junto a la cama", "al letto",
	"aan bed", "vid s\xc3\xa4ngen",
	"przy \xc5\x82\xc3\xb3\xc5\xbc"
	"ku",
	"yatak ba\xc5\x9f\xc4\xb1nda", "\xe5\xba\x8a\xe6\x97\x81", "\xe5\xba\x8a\xe8\xbe\xb9",
	"\xe3\x83\x99\xe3\x83\x83\xe3\x83\x89\xe3\x82\xb5\xe3\x82\xa4\xe3\x83\x89",
	/* out, freed */
	"extinguished", "gel\xc3\xb6scht", "extinguid", "\xc3\xa9teint", "spento", "geblust",
	"sl\xc3\xa4"
	"ckt",
	"ugaszon", "s\xc3\xb6nd\xc3\xbcr\xc3\xbcld\xc3\xbc",
	"uha\xc5\xa1"
	"en",
	"\xd0\xbf\xd0\xbe\xd1\x82\xd1\x83\xd1\x88\xd0\xb5\xd0\xbd", /* потушен */
	"\xd8\xa3\xd8\xae\xd9\x85\xd8\xaf", "dipadamkan", "d\xe1\xba\xadp t\xe1\xba\xaft",
	"\xe9\x8e\xae\xe7\x81\xab", "\xe6\x89\x91\xe7\x81\xad", "\xec\xa7\x84\xed\x99\x94",
	"rescued", "freed", "befreit", "rescatad", "lib\xc3\xa9r\xc3\xa9", "liberat", "bevrijd",
	"uratowan", "kurtar\xc4\xb1ld\xc4\xb1", "sa\xc4\x9f salim", "vypro\xc5\xa1t\xc4\x9bn",
	"\xd1\x81\xd0\xbf\xd0\xb0\xd1\x81\xd0\xb5\xd0\xbd", "\xd8\xa3\xd9\x86\xd9\x82\xd8\xb0",
	"diselamatkan", "gi\xe1\xba\xa3i c\xe1\xbb\xa9u",
	/* lifted, expired */
	"lifted", "aufgehoben",
	"lev\xc3\xa9"
	"e",
	"levantad", "revocad", "revoqu", "revocat", "opgeheven", "h\xc3\xa4vd",
	"odwo\xc5\x82"
	"an",
	"kald\xc4\xb1r\xc4\xb1ld\xc4\xb1",
	"zru\xc5\xa1"
	"en",
	"\xd0\xbe\xd1\x82\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb5\xd0\xbd", /* отменен */
	"expired", "abgelaufen", "expirad", "expir\xc3\xa9", "scadut", "verlopen", "utg\xc3\xa5tt",
	"wygas", "s\xc3\xbcresi doldu", "vypr\xc5\xa1", "\xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xba",
	"\xd9\x85\xd9\x86\xd8\xaa\xd9\x87\xd9\x8a", "kedaluwarsa", "h\xe1\xba\xbft h\xe1\xba\xa1n",
	"\xe6\x9c\x9f\xe9\x99\x90\xe5\x88\x87\xe3\x82\x8c", "\xe5\xb7\xb2\xe8\xbf\x87\xe6\x9c\x9f",
	"\xeb\xa7\x8c\xeb\xa3\x8c",
	/* duplicates */
	"duplica", "doppel", "doublon", "dubbel", "duplikat", "duplik\xc3\xa1t", "m\xc3\xbckerrer",
	"\xd0\xb4\xd1\x83\xd0\xb1\xd0\xbb", "\xd9\x85\xd9\x83\xd8\xb1\xd8\xb1", "tr\xc3\xb9ng",
	"\xe9\x87\x8d\xe5\xa4\x8d", "\xe9\x87\x8d\xe8\xa4\x87", "\xec\xa4\x91\xeb\xb3\xb5",
	/* drills, tests, permitted work */
	"drill", "simulacro",
	"\xc3\xbc"
	"bung",
	"exercice", "esercitazione", "oefening", "\xc3\xb6vning", "\xc4\x87wiczen", "tatbikat",
	"cvi\xc4\x8d"
	"en",
	"\xd1\x83\xd1\x87\xd0\xb5\xd0\xbd", "\xd8\xaa\xd9\x85\xd8\xb1\xd9\x8a\xd9\x86", "latihan",
	"di\xe1\xbb\x85n t\xe1\xba\xadp", "\xe6\xbc\x94\xe7\xbb\x83", "\xe8\xa8\x93\xe7\xb7\xb4",
	"\xed\x9b\x88\xeb\xa0\xa8", "sos_test", "device test", "scheduled test", "test alarm",
	"test alert", "testalarm", "pentest", "penetration test", "permit", "permesso", "permiso",
	"zezwoleni", "maintenance", "wartung", "manutenzione", "mantenimiento",
	"manuten\xc3\xa7\xc3\xa3o", "onderhoud", "verified", "verificad", "v\xc3\xa9rifi\xc3\xa9",
	"titular", "retracted", "rescinded", "artefact", "artifact", "data error",
	"zur\xc3\xbc"
	"ckgezogen",
	"widerrufen", "r\xc3\xa9tract\xc3\xa9", "ritirat", "ingetrokken",
	"\xe6\x92\xa4\xe5\x9b\x9e", "\xec\xb2\xa0\xed\x9a\x8c",
	/* s18: the person sought found (a state, or found safe, well, with
	 * someone: "found" alone also reports a hazard found) */
	"(found)", "\"found\"", "found safe", "found well", "found unharmed", "found uninjured",
	"found alive", "found with ", "safe and well", "reunited", "sano y salvo", "a salvo",
	"sain et sauf", "sains et saufs", "wohlbehalten", "sano e salvo", "sani e salvi",
	"em seguran\xc3\xa7"
	"a",
	"gezond en wel", "v\xc3\xa4lbeh\xc3\xa5llen",
	"ca\xc5\x82"
	"y i zdrowy",
	"sa\xc4\x9f salim", /* s18: the alarm found false by those who checked */
	"false alarm", "confirmed false", "false activation", "falsa alarma", "falso allarme",
	"fausse alerte", "fausse alarme", "fehlalarm", "vals alarm", "falsk larm", "falsalarm",
	"fa\xc5\x82szywy alarm", "yanl\xc4\xb1\xc5\x9f alarm", "alarme falso",
	"\xd0\xbb\xd0\xbe\xd0\xb6\xd0\xbd\xd0\xb0\xd1\x8f \xd1\x82\xd1\x80\xd0\xb5\xd0\xb2\xd0\xbe\xd0\xb3", /* ложная тревог */
	"\xe8\xaa\xa4\xe5\xa0\xb1", "\xe8\xaf\xaf\xe6\x8a\xa5",
	"\xec\x98\xa4\xea\xb2\xbd\xeb\xb3\xb4", /* 誤報 误报 오경보 */
	NULL};

/* negators that, just before a settled word, undo it */
static const char *const neg_before[] = {
	"no ",
	/* s18: a guess or a claim settles nothing */
	"possible ", "possibly ", "suspected ", "likely ", "probably ", "says ", "claims ",
	"thinks ", "to be ", "needs ", "needs to be ", "not ", "non ", "nicht ", "kein", "sin ",
	"sem ", "senza ", "niet ", "geen ", "inte ", "ej ", "nie ", "brak ", "never ", "yet to ",
	"pending ", "awaiting ", "\xd0\xb1\xd0\xb5\xd0\xb7 ", "\xd0\xbd\xd0\xb5 ",
	"\xd9\x84\xd8\xa7 ", "\xd9\x84\xd9\x85 ", "tidak ", "belum ",
	"ch\xc6\xb0"
	"a ",
	"kh\xc3\xb4ng ", "\xe6\x9c\xaa", "\xe6\xb2\xa1", "\xe6\x97\xa0", "\xeb\xaf\xb8",
	"\xec\x95\x88 ", NULL};
/* values that say a settled-sounding field did not happen */
static const char *const neg_values[] = {"no",
					 "nee",
					 "nein",
					 "non",
					 "not",
					 "false",
					 "none",
					 "null",
					 "ninguna",
					 "ninguno",
					 "nenhum",
					 "nessun",
					 "aucun",
					 "pending",
					 "awaiting",
					 "yok",
					 "hay\xc4\xb1r",
					 "nie",
					 "nej",
					 "brak",
					 "ch\xc6\xb0"
					 "a",
					 "kh\xc3\xb4ng",
					 "belum",
					 "tidak",
					 "\xd0\xbd\xd0\xb5\xd1\x82",
					 "\xd0\xbd\xd0\xb5 ",
					 "\xe6\x9c\xaa",
					 "\xe6\x97\xa0",
					 "\xe6\xb2\xa1",
					 "\xec\x97\x86",
					 "\xeb\xaf\xb8",
					 "\xd9\x84\xd8\xa7",
					 NULL};

static int starts_with_any(const char *h, size_t n, const char *const *w)
{
	for (; *w; w++) {
		size_t l = strlen(*w);
		if (l <= n && !memcmp(h, *w, l) &&
		    (l == n || (unsigned char)(*w)[0] >= 0x80 || !isalpha((unsigned char)h[l])))
			return 1;
	}
	return 0;
}

/* Is the settled word at h[o..o+l) undone: a negator just before it in
 * the same field, "un" glued to it, or a negative value after its key? */
static int undone(const char *h, size_t n, size_t o, size_t l)
{
	size_t lo, j, k;
	if (o >= 2 && h[o - 2] == 'u' && h[o - 1] == 'n')
		return 1;
	for (lo = o; lo > 0 && o - lo < 20 && h[lo - 1] != '"' && h[lo - 1] != ',' &&
		     h[lo - 1] != '.' && h[lo - 1] != ';';
	     lo--)
		;
	for (k = 0; neg_before[k]; k++) {
		size_t nl = strlen(neg_before[k]);
		const char *p = h + lo;
		while (p < h + o && (p = memmem(p, o - (size_t)(p - h), neg_before[k], nl))) {
			if ((unsigned char)neg_before[k][0] >= 0x80 || p == h ||
			    !isalpha((unsigned char)p[-1]))
				return 1;
			p += nl;
		}
	}
	/* a key holding the word: its value */
	for (j = o + l; j < n && j - (o + l) < 24 && h[j] != '"' && h[j] != ',' && h[j] != '}'; j++)
		;
	if (j + 1 < n && h[j] == '"' && h[j + 1] == ':') {
		for (j += 2; j < n && (h[j] == ' ' || h[j] == '"' || h[j] == '\\'); j++)
			;
		if (starts_with_any(h + j, n - j, neg_values))
			return 1;
	}
	return 0;
}

/* s18: a hazard measured at zero ("reading": "0% lel", "co_ppm": 0): the
 * instrument says the danger is gone. A key naming a measurement, its
 * value a zero not followed by a digit or a decimal point. */
static const char *const measure_keys[] = {"reading",
					   "lel",
					   "ppm",
					   "ppb",
					   "concentration",
					   "messwert",
					   "lectura",
					   "lecture",
					   "lettura",
					   "leitura",
					   "meetwaarde",
					   "odczyt",
					   "okuma",
					   "\xe6\xb8\xac\xe5\xae\x9a", /* 測定 */
					   "\xe8\xaf\xbb\xe6\x95\xb0", /* 读数 */
					   "\xec\xb8\xa1\xec\xa0\x95", /* 측정 */
					   NULL};

/* The next member `"key":` of the JSON text h[0..n) at or after *i: its
 * key's bytes [*ks, *ke) (keys longer than 48 bytes are passed over) and
 * *v, the first byte of its value past spaces and an opening quote.
 * 0 when no member is left. Each string is read to its closing quote
 * (s19: a value longer than a key used to put the scan out of step, so
 * that a value's closing quote was taken for the next key's opening one
 * and no member after a long message was read). jsonkey.h reads the
 * key; this also passes the value's opening quote. Linear. */
static int next_member(const char *h, size_t n, size_t *i, size_t *ks, size_t *ke, size_t *v)
{
	if (!pol_json_next_key(h, n, i, 48, ks, ke, v))
		return 0;
	while (*v < n && (h[*v] == ' ' || h[*v] == '"'))
		(*v)++;
	return 1;
}

static int measured_zero(const pol_pairs *g, const char *h, size_t n)
{
	size_t i = 0, k;
	size_t ks, ke, v;
	while (next_member(h, n, &i, &ks, &ke, &v)) {
		/* not 0.4, 0,4, 0:30, 07 */
		if (v >= n || h[v] != '0' ||
		    (v + 1 < n && (isdigit((unsigned char)h[v + 1]) ||
				   ((h[v + 1] == '.' || h[v + 1] == ',' || h[v + 1] == ':') &&
				    v + 2 < n && isdigit((unsigned char)h[v + 2])))))
			continue;
		for (k = 0; measure_keys[k]; k++)
			if (pol_pairs_may(g, measure_keys[k]) &&
			    memmem(h + ks, ke - ks, measure_keys[k], strlen(measure_keys[k])))
				return 1;
	}
	return 0;
}

/* s19: a check's finding that the hazard is absent: a negator, then a
 * hazard word ending its phrase ("scorched pan, no fire, cleared"; "steam,
 * no flames, no heat found"; "kein Rauch."): what those who looked found. A
 * hazard word followed by more words is not a finding ("no fire crew
 * available"). */
static const char *const absent_neg[] = {"no ",      "kein ",   "keine ",  "sin ",     "pas de ",
					 "aucun ",   "aucune ", "nessun ", "nessuna ", "geen ",
					 "ingen ",   "inga ",   "brak ",   "sem ",     "nenhum ",
					 "nenhuma ", NULL};
static const char *const absent_hazard[] = {"fire",
					    "smoke",
					    "heat",
					    "flames",
					    "flame",
					    "gas",
					    "leak",
					    "breach",
					    "damage",
					    "injury",
					    "injuries",
					    "casualties",
					    "intruder",
					    "distress",
					    "feuer",
					    "rauch",
					    "brand",
					    "verletzte",
					    "fuego",
					    "humo",
					    "incendio",
					    "heridos",
					    "lesionados",
					    "feu",
					    "fum\xc3\xa9"
					    "e",
					    "flammes",
					    "bless\xc3\xa9s",
					    "fuoco",
					    "fumo",
					    "feriti",
					    "rook",
					    "gewonden",
					    "r\xc3\xb6k",
					    "skadade",
					    "dymu",
					    "ognia",
					    "rannych",
					    "fogo",
					    "fuma\xc3\xa7"
					    "a",
					    "feridos",
					    NULL};

static int hazard_absent(const char *h, size_t n)
{
	size_t k, j;
	for (k = 0; absent_neg[k]; k++) {
		size_t l = strlen(absent_neg[k]);
		const char *p = h;
		while ((p = memmem(p, n - (size_t)(p - h), absent_neg[k], l))) {
			size_t o = (size_t)(p - h) + l;
			p += l;
			if (o - l > 0 && isalpha((unsigned char)h[o - l - 1]))
				continue;
			for (j = 0; absent_hazard[j]; j++) {
				size_t hl = strlen(absent_hazard[j]);
				if (o + hl <= n && !memcmp(h + o, absent_hazard[j], hl) &&
				    (o + hl == n || strchr(",.;\")!", h[o + hl])))
					return 1;
			}
		}
	}
	return 0;
}

/* "checked in" (a worker's check-in: its absence is the danger), not a
 * check made: the settled word at h[o..o+l) is "checked" and "in"
 * follows */
static int checked_in(const char *h, size_t n, size_t o, size_t l)
{
	return l == 7 && !memcmp(h + o, "checked", 7) && o + l + 3 <= n &&
	       strchr(" _-", h[o + l]) && h[o + l + 1] == 'i' && h[o + l + 2] == 'n' &&
	       (o + l + 3 == n || !isalpha((unsigned char)h[o + l + 3]));
}

int pol_alert_settled_text(const pol_pairs *g, const char *h, size_t n)
{
	size_t k;
	if (measured_zero(g, h, n) || hazard_absent(h, n))
		return 1;
	for (k = 0; settled_words[k]; k++) {
		size_t l;
		const char *p = h;
		if (!pol_pairs_may(g, settled_words[k]))
			continue;
		l = strlen(settled_words[k]);
		while ((p = memmem(p, n - (size_t)(p - h), settled_words[k], l))) {
			size_t o = (size_t)(p - h);
			if (!undone(h, n, o, l) && !checked_in(h, n, o, l))
				return 1;
			p += l;
		}
	}
	return 0;
}

/* the person does not answer, cannot be reached, does not move */
static const char *const unreached[] = {
	"no answer",
	"no reply",
	"no response",
	"unanswered",
	"not responding",
	"unresponsive",
	"no contact",
	"not reachable",
	"unreachable",
	"no motion",
	"not moving",
	"no movement",
	"sin respuesta",
	"sin contacto",
	"no responde",
	"no contesta",
	"sem contato",
	"sem resposta",
	"n\xc3\xa3o responde",
	"keine antwort",
	"nicht erreichbar",
	"reagiert nicht",
	"keine reaktion",
	"pas de r\xc3\xa9ponse",
	"sans r\xc3\xa9ponse",
	"ne r\xc3\xa9pond",
	"injoignable",
	"nessuna risposta",
	"non risponde",
	"non si muove",
	"irraggiungibil",
	"geen reactie",
	"geen antwoord",
	"niet bereikbaar",
	"reageert niet",
	"inget svar",
	"svarar inte",
	"brak odpowiedzi",
	"nie odpowiada",
	"brak kontaktu",
	"nie rusza",
	"yan\xc4\xb1t yok",
	"cevap yok",
	"ula\xc5\x9f\xc4\xb1lam",
	"bez odpov\xc4\x9b"
	"di",
	"nereaguje",
	"\xd0\xbd\xd0\xb5 \xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x87\xd0\xb0\xd0\xb5\xd1\x82", /* не
												отвечает
											      */
	"\xd0\xbd\xd0\xb5\xd1\x82 \xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82\xd0\xb0", /* нет ответа
										      */
	"\xd0\xbd\xd0\xb5 \xd0\xb4\xd0\xb2\xd0\xb8\xd0\xb3\xd0\xb0\xd0\xb5\xd1\x82", /* не двигает
										      */
	"\xd9\x84\xd8\xa7 \xd8\xb1\xd8\xaf",                                         /* لا رد */
	"\xd9\x84\xd8\xa7 \xd9\x8a\xd8\xb3\xd8\xaa\xd8\xac\xd9\x8a\xd8\xa8", /* لا يستجيب */
	"tidak ada jawaban",
	"tidak menjawab",
	"tidak merespons",
	"kh\xc3\xb4ng tr\xe1\xba\xa3 l\xe1\xbb\x9di",
	"kh\xc3\xb4ng ph\xe1\xba\xa3n h\xe1\xbb\x93i",
	"\xe7\x84\xa1\xe5\xbf\x9c\xe7\xad\x94",
	"\xe5\xbf\x9c\xe7\xad\x94\xe3\x81\xaa\xe3\x81\x97", /* 無応答 応答なし */
	"\xe6\x97\xa0\xe5\xba\x94\xe7\xad\x94",
	"\xe6\x97\xa0\xe4\xba\xba\xe6\x8e\xa5", /* 无应答 无人接 */
	"\xe6\x97\xa0\xe8\xb5\xb7\xe8\xba\xab", /* 无起身 */
	"\xec\x9d\x91\xeb\x8b\xb5 \xec\x97\x86",
	"\xec\x9d\x91\xeb\x8b\xb5\xec\x97\x86",              /* 응답 없 */
	"\xec\x9b\x80\xec\xa7\x81\xec\x9e\x84 \xec\x97\x86", /* 움직임 없 */
	"unattended",
	"not attended",
	"nobody attend",
	"no one attend",
	"sin atender",
	"n\xc3\xa3o atendid",
	NULL};

/* fields about answering or moving: a negative value is the same fact */
static const char *const contact_keys[] = {
	"answer",
	"respon",
	"reply",
	"contact",
	"callback",
	"motion",
	"movement",
	"respuesta",
	"contacto",
	"movimiento",
	"resposta",
	"contato",
	"movimento",
	"antwort",
	"r\xc3\xbc"
	"ckruf",
	"bewegung",
	"r\xc3\xa9ponse",
	"mouvement",
	"risposta",
	"contatto",
	"antwoord",
	"beweging",
	"svar",
	"r\xc3\xb6relse",
	"odpowied",
	"ruch",
	"yan\xc4\xb1t",
	"hareket",
	"odpov\xc4\x9b",
	"pohyb",
	"\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82",
	"\xd0\xb7\xd0\xb2\xd0\xbe\xd0\xbd",
	"\xd0\xb4\xd0\xb2\xd0\xb8\xd0\xb6",
	"\xd8\xa7\xd9\x84\xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84",
	"\xd8\xa7\xd9\x84\xd8\xb1\xd8\xaf",
	"jawaban",
	"gerakan",
	"ph\xe1\xba\xa3n h\xe1\xbb\x93i",
	"\xe5\xbf\x9c\xe7\xad\x94",
	"\xe5\xba\x94\xe7\xad\x94",
	"\xec\x9d\x91\xeb\x8b\xb5",
	"\xec\x9b\x80\xec\xa7\x81\xec\x9e\x84",
	NULL};

int pol_alert_unreached_text(const pol_pairs *g, const char *h, size_t n)
{
	size_t k, i = 0, ks, ke, v;
	if (pol_pairs_any(g, h, n, unreached))
		return 1;
	/* "callback": "none", "respuesta": "ninguna", "motion": "no" */
	while (next_member(h, n, &i, &ks, &ke, &v)) {
		for (k = 0; contact_keys[k]; k++)
			if (pol_pairs_may(g, contact_keys[k]) &&
			    memmem(h + ks, ke - ks, contact_keys[k], strlen(contact_keys[k])))
				break;
		if (contact_keys[k] && starts_with_any(h + v, n - v, neg_values))
			return 1;
	}
	return 0;
}

/* life-safety kinds beyond alertact.c's list (anywhere in the record) */
static const char *const kinds[] = {
	"man_down", "man-down", "mandown", "man overboard", "man_overboard", "mob_", "lone worker",
	"lone_worker", "chest pain", "chest_pain", "not breathing", "tachycard", "ventricul",
	"ventrikel", "arrhythm", "asystol", "desaturat", "spo2", "chlor", "cloro", "methan",
	"metan", "m\xc3\xa9thane", "ch4", "ammonia", "ammoniak",
	"amon\xc3\xad"
	"aco",
	"toxic gas", "carbon_monoxide", "hochwasser", "inondation", "inundaci", "alluvion",
	"enchente", "overstroming", "\xc3\xb6versv\xc3\xa4mning",
	"pow\xc3\xb3"
	"d\xc5\xba",
	"sel bask", "povode\xc5\x88",
	"\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xbe\xd0\xb4\xd0\xbd", /* наводн */
	"\xd9\x81\xd9\x8a\xd8\xb6\xd8\xa7\xd9\x86", "banjir", "l\xc5\xa9 ",
	"\xe6\xb4\xaa\xe6\xb0\xb4", "\xed\x99\x8d\xec\x88\x98", "collapse", "einsturz", "derrumbe",
	"effondrement", "crollo", "desabamento", "instorting", "zawaleni", "\xc3\xa7\xc3\xb6kme",
	"z\xc5\x99\xc3\xad"
	"cen",
	"\xd0\xbe\xd0\xb1\xd1\x80\xd1\x83\xd1\x88",
	"\xd8\xa7\xd9\x86\xd9\x87\xd9\x8a\xd8\xa7\xd8\xb1", "runtuh", "s\xe1\xba\xadp",
	"\xe5\x80\x92\xe5\xa1\x8c", "\xe5\xb4\xa9\xe8\x90\xbd", "\xeb\xb6\x95\xea\xb4\xb4",
	"trapped", "entrapment", "eingeschlossen", "atrapad", "coinc\xc3\xa9", "intrappolat",
	"opgesloten", "inst\xc3\xa4ngd", "uwi\xc4\x99zi", "mahsur", "kabin i\xc3\xa7i acil",
	"uv\xc4\x9bzn", "\xd0\xb7\xd0\xb0\xd1\x81\xd1\x82\xd1\x80\xd1\x8f\xd0\xbb",
	"\xd9\x85\xd8\xad\xd8\xa7\xd8\xb5\xd8\xb1", "terjebak", "m\xe1\xba\xafk k\xe1\xba\xb9t",
	"\xe9\x96\x89\xe3\x81\x98\xe8\xbe\xbc", "\xe8\xa2\xab\xe5\x9b\xb0",
	"\xea\xb0\x87\xed\x9e\x98", "brandmeld", "brandalarm", "brandlarm",
	"po\xc5\xbc"
	"ar",
	"yang\xc4\xb1n", "po\xc5\xbe\xc3\xa1r",
	"\xd0\xbf\xd0\xbe\xd0\xb6\xd0\xb0\xd1\x80", /* пожар */
	"\xd8\xad\xd8\xb1\xd9\x8a\xd9\x82", "kebakaran", "ch\xc3\xa1y", "b\xc3\xa1o ch\xc3\xa1y",
	"r\xc3\xb6kdetekt", "rookmelder", "dym", "duman", "\xd0\xb4\xd1\x8b\xd0\xbc",
	"\xd8\xaf\xd8\xae\xd8\xa7\xd9\x86", "kh\xc3\xb3i", "\xe7\x85\x99", "\xe7\x83\x9f",
	"\xec\x97\xb0\xea\xb8\xb0", "rivelatore", "rilevatore", "rescue", "rescate", "soccorso",
	"salvamento", "ratunk", "kurtarma",
	"z\xc3\xa1"
	"chran",
	"\xd1\x81\xd0\xbf\xd0\xb0\xd1\x81\xd0\xb0\xd1\x82", /* спасат */
	"\xd8\xa5\xd9\x86\xd9\x82\xd8\xa7\xd8\xb0", "penyelamat", "c\xe1\xbb\xa9u h\xe1\xbb\x99",
	"\xe6\x95\x91\xe6\x8f\xb4", "\xea\xb5\xac\xec\xa1\xb0", "evakuier", "evakuering", "ewakuac",
	"evakuac", "\xd1\x8d\xd0\xb2\xd0\xb0\xd0\xba\xd1\x83\xd0\xb0\xd1\x86",
	"\xd8\xa5\xd8\xae\xd9\x84\xd8\xa7\xd8\xa1", "evakuasi", "s\xc6\xa1 t\xc3\xa1n",
	"inactivity", "no activity", "no-activity", "\xeb\xac\xb4\xed\x99\x9c\xeb\x8f\x99",
	"\xec\x95\x88\xeb\xb6\x80", "ngã", "jatuh", "\xd0\xbf\xd0\xb0\xd0\xb4\xd0\xb5\xd0\xbd",
	"skier down", "sciatore a terra", "\"fall\"", "gas escape", "smell of gas", "gas smell",
	/* s18: more life-safety events a deployment
	 * may page about: a dangerous animal out of its
	 * enclosure, avalanches and landslides, an
	 * explosion, drowning, overdose, self-harm or
	 * suicide risk, anaphylaxis, hypothermia */
	"out of containment", "dangerous animal", "animal escape", "escaped animal", "avalanche",
	"lawine", "avalancha", "valanga", "lawina", "\xc3\xa7\xc4\xb1\xc4\x9f", /* çığ */
	"\xe9\x9b\xaa\xe5\xb4\xa9",                                             /* 雪崩 */
	"\xeb\x88\x88\xec\x82\xac\xed\x83\x9c",                                 /* 눈사태 */
	"landslide", "mudslide", "erdrutsch", "deslizamiento", "glissement de terrain", "frana",
	"explosion", "explosi\xc3\xb3n", "esplosion", "explos\xc3\xa3o", "drowning", "ertrinken",
	"ahogamiento", "noyade", "annegamento", "afogamento", "verdrinking", "overdose",
	"\xc3\xbc"
	"berdosis",
	"sobredosis", "surdose", "suicid", "suizid", "self-harm", "self harm", "selbstverletz",
	"autolesi", "zelfmoord", "sj\xc3\xa4lvmord", "samob\xc3\xb3j", "intihar",
	"\xe8\x87\xaa\xe6\xae\xba", /* 自殺 */
	"\xe8\x87\xaa\xe6\x9d\x80", /* 自杀 */
	"\xec\x9e\x90\xec\x82\xb4", /* 자살 */
	"anaphyla", "anafila", "hypotherm", "hipotermi", "ipotermi", "unterk\xc3\xbchl",
	/* s18: armed violence against people (a security
	 * alert on a route, a site under attack) */
	"armed men", "armed group", "armed attack", "armed robber", "gunmen", "gunfire", "gunshot",
	"shots fired", "shooting", "shooter", "fired on", "fired upon", "opened fire", "open fire",
	"ambush", "hostage", "kidnap", "abduct", "explosive", "landmine", "grenade", "bewaffnet",
	"sch\xc3\xbc"
	"sse",
	"schie\xc3\x9f"
	"erei",
	"hombres armados", "grupo armado", "disparos", "tiroteo", "secuestr", "emboscada",
	"hommes arm\xc3\xa9s", "coups de feu", "fusillade", "otage", "uomini armati", "sparatoria",
	"spari", "ostaggi", "homens armados", "tiroteio", "gewapende", "schietpartij", "beschoten",
	"bev\xc3\xa4pnade", "skottlossning", "uzbrojen", "strzelanin", "silahl\xc4\xb1",
	"ate\xc5\x9f a\xc3\xa7",
	"\xd0\xb2\xd0\xbe\xd0\xbe\xd1\x80\xd1\x83\xd0\xb6\xd0\xb5\xd0\xbd",  /* вооружен */
	"\xd1\x81\xd1\x82\xd1\x80\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xb1",          /* стрельб */
	"\xd9\x85\xd8\xb3\xd9\x84\xd8\xad",                                  /* مسلح */
	"\xd8\xa5\xd8\xb7\xd9\x84\xd8\xa7\xd9\x82 \xd9\x86\xd8\xa7\xd8\xb1", /* إطلاق نار */
	"bersenjata", "penembakan", "x\xe1\xba\xa3 s\xc3\xbang", "v\xc5\xa9 trang",
	"\xe7\x99\xba\xe7\xa0\xb2", /* 発砲 */
	"\xe9\x8a\x83\xe6\x92\x83", /* 銃撃 */
	"\xe6\xad\xa6\xe8\xa3\x85", /* 武装 */
	"\xe6\x9e\xaa\xe5\x87\xbb", /* 枪击 */
	"\xe5\xbc\x80\xe6\x9e\xaa", /* 开枪 */
	"\xec\xb4\x9d\xea\xb2\xa9", /* 총격 */
	"\xeb\xac\xb4\xec\x9e\xa5", /* 무장 */
	NULL};

/* s18: a person sought. A record of a search under way (a search, a
 * sweep, a search party) for someone missing or last seen somewhere is a
 * life-safety matter whatever else it names ({"type": "missing ...",
 * "search": "in progress"}; {"last_seen": "...", "search": "... not
 * done"}). Both classes are needed: a search alone is a query, a missing
 * thing alone an inventory gap. */
static const char *const search_w[] = {"search",
				       "sweep",
				       "suche",
				       "b\xc3\xbasqueda",
				       "rastreo",
				       "busca",
				       "recherche",
				       "ricerca",
				       "ricerche",
				       "zoektocht",
				       "zoekactie",
				       "s\xc3\xb6k",
				       "efters\xc3\xb6k",
				       "poszukiw",
				       "arama",
				       "\xd0\xbf\xd0\xbe\xd0\xb8\xd1\x81\xd0\xba", /* поиск */
				       "\xd8\xa8\xd8\xad\xd8\xab",                 /* بحث */
				       "pencarian",
				       "t\xc3\xacm ki\xe1\xba\xbfm",
				       "\xe6\x8d\x9c\xe7\xb4\xa2", /* 捜索 */
				       "\xe6\x90\x9c\xe6\x95\x91", /* 搜救 */
				       "\xe6\x90\x9c\xe5\xaf\xbb", /* 搜寻 */
				       "\xec\x88\x98\xec\x83\x89", /* 수색 */
				       NULL};
static const char *const sought_w[] = {
	"missing",
	"unaccounted",
	"overdue",
	"last seen",
	"last_seen",
	"lastseen",
	"vermisst",
	"zuletzt gesehen",
	"desaparecid",
	"extraviad",
	"visto por \xc3\xbaltima",
	"disparu",
	"vu pour la derni",
	"scompars",
	"dispers",
	"visto l'ultima",
	"vermist",
	"laatst gezien",
	"saknad",
	"senast sedd",
	"zaginion",
	"zagin\xc4\x85\xc5\x82",
	"ostatnio widzian",
	"kay\xc4\xb1p",
	"son g\xc3\xb6r\xc3\xbcl",
	"\xd0\xbf\xd1\x80\xd0\xbe\xd0\xbf\xd0\xb0\xd0\xbb", /* пропал */
	"\xd9\x85\xd9\x81\xd9\x82\xd9\x88\xd8\xaf",         /* مفقود */
	"hilang",
	"m\xe1\xba\xa5t t\xc3\xad"
	"ch",
	"\xe8\xa1\x8c\xe6\x96\xb9\xe4\xb8\x8d\xe6\x98\x8e", /* 行方不明 */
	"\xe5\xa4\xb1\xe8\xb8\xaa",                         /* 失踪 */
	"\xe8\xb5\xb0\xe5\xa4\xb1",                         /* 走失 */
	"\xec\x8b\xa4\xec\xa2\x85",                         /* 실종 */
	NULL};

int pol_alert_kind_text(const pol_pairs *g, const char *h, size_t n)
{
	return pol_pairs_any(g, h, n, kinds) ||
	       (pol_pairs_any(g, h, n, search_w) && pol_pairs_any(g, h, n, sought_w));
}
