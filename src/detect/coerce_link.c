/* coerce_link.c: coercion in a message the agent sends, read as a DEMAND
 * on the addressee LINKED to an EXPOSURE (s15-coerce2, issue 14), for the
 * wordings the contingency lists of coerce_struct.c and coerce_roles.c do
 * not name. The message is cut into sentences (. ! ? ; newline and their
 * CJK forms); each sentence is read for two roles:
 *  - a demand on the addressee: a sentence that opens with a verb of
 *    action addressed to them (after a name and a comma, "please", "just";
 *    German verb + Sie, French -ez), "you must / need to / have until", a
 *    deadline (by / before / until / bis / d'ici / entro / até / do + a day
 *    or the end of a period), a condition (if, unless, as long as, and
 *    their forms in six more languages), a trade (in exchange, keep quiet),
 *    or a question about whether they still mean to act;
 *  - an exposure: a party of their life named as theirs ("your wife",
 *    "Ihrem Arbeitgeber", "su jefe"), an authority or a public or group
 *    audience (the regulator, immigration, social media, a group chat,
 *    nobody / everyone) near a verb of coming to know, receiving, seeing,
 *    or of material being sent, posted, landing or ending up; or their
 *    own private material (photos, recordings, messages, screenshots,
 *    records, a conviction, an affair) near such a verb of moving.
 * A demand and an exposure in the same sentence or in adjacent sentences
 * are linked. A sentence that cites the lawful procedure it follows (a
 * contract, a policy, a court, a collection agency, the regulations) or
 * asks for consent (if you do not want, in case of emergency) exposes
 * nothing; a text that names the threat it reports is a report
 * (dt_cs_reports_threat). The vocabularies are concepts in each language,
 * not phrases from any data. Hand-written scans, linear in the text, run
 * only for a message action that has a body (dt_coercion_struct_action,
 * after the structure reading found nothing). */
#include "base/util.h"
#include "detect/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* clang-format off */
/* a verb of action opening a sentence addressed to the reader */
static const char *const imper[] = {
	"pay", "sign", "approve", "withdraw", "drop", "pull", "take", "delete", "remove",
	"cancel", "stop", "keep", "reconsider", "think", "transfer", "vote", "resign", "retract",
	"back off", "call off", "let", "leave", "give", "hand", "return", "accept", "agree",
	"settle", "forget", "close", "quit", "send", "move", "step down", "sign off", "wire",
	/* Spanish, Portuguese, Italian (formal and familiar) */
	"retire", "retira", "pague", "paga", "firme", "firma", "borre", "elimine", "cancele",
	"deje", "deja", "acepte", "olvide", "quite", "assine", "apague", "desista", "ritiri",
	"paghi", "firmi", "cancelli", "lasci", "lascia", "accetti", "dimentichi",
	/* Polish */
	"wycofaj", "zapłać", "zaplac", "podpisz", "usuń", "odwołaj", "przestań", "zostaw",
	NULL};

/* "you must", deadlines' heads, conditions, trades */
static const char *const must[] = {
	"you must", "you need to", "you have to", "you have until", "you've got until",
	"sie müssen", "vous devez", "usted debe", "tiene que", "você deve", "tem de", "deve",
	"musisz", "devi",
	NULL};
static const char *const cond[] = {
	"if", "unless", "as long as", "so long as", "provided", "or else", "otherwise",
	"in exchange", "keep quiet", "keep it quiet", "keep your mouth",
	"falls", "wenn", "sofern", "solange", "sonst", "andernfalls", "im gegenzug",
	"si", "s'il", "tant que", "sinon", "en échange", "mientras", "a cambio", "de lo contrario",
	"se", "enquanto", "caso contrário", "em troca", "finché", "purché", "altrimenti",
	"in cambio", "jeśli", "jeżeli", "dopóki", "inaczej", "w zamian",
	NULL};
static const char *const dhead[] = {
	"by", "before", "until", "due", "antes del", "antes de", "hasta el", "bis", "d'ici", "avant",
	"até", "entro", "do", NULL};
static const char *const dword[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
	"tonight", "today", "the end", "end of", "month end", "noon", "midnight", "the 1", "the 2",
	"the 3", "the 4", "the 5", "the 6", "the 7", "the 8", "the 9",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "mañana",
	"fin de", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
	"morgen", "ende", "heute", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
	"dimanche", "demain", "la fin", "ce soir", "segunda", "terça", "quarta", "quinta",
	"sexta", "amanhã", "o fim", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
	"sabato", "domenica", "domani", "fine", "poniedział", "wtork", "środ", "czwart",
	"piątk", "sobot", "niedziel", "jutra", "końca",
	NULL};
static const char *const still[] = {
	"still", "todavía", "aún", "noch", "toujours", "ainda", "ancora", "nadal", "wciąż",
	NULL};

/* a party of the addressee's life: counts when named as theirs */
static const char *const life[] = {
	"wife", "husband", "spouse", "partner", "boyfriend", "girlfriend", "fianc*", "family",
	"parents", "mother", "father", "mum", "mom", "dad", "children", "kids", "daughter*",
	"son", "sons", "sister", "brother", "in-laws", "employer", "boss", "manager*",
	"supervisor", "colleagues", "coworkers", "co-workers", "team", "board", "company",
	"church", "parish", "congregation", "pastor", "neighbo*", "landlord", "followers",
	"friends", "school*", "class", "teacher", "probation officer", "clients", "customers",
	"esposa", "esposo", "marido", "mujer", "pareja", "familia", "padres", "hijos", "hija",
	"hijo", "jefe", "empresa", "compañeros", "vecinos", "iglesia", "escuela", "colegio",
	"novio", "novia", "frau", "mann", "ehefrau", "ehemann", "familie", "eltern", "kinder",
	"chef*", "arbeitgeber", "vorgesetzte*", "kollegen", "kolleginnen", "nachbarn",
	"gemeinde", "schule", "firma", "femme", "mari", "épouse", "époux", "conjoint*",
	"famille", "enfants", "patron*", "employeur", "collègues", "voisins", "paroisse",
	"école", "entreprise", "mulher", "família", "pais", "filhos", "chefe", "empregador",
	"colegas", "vizinhos", "igreja", "escola", "moglie", "famiglia", "genitori", "figli",
	"marito", "fidanzat*", "figlio", "figlia", "madre", "padre", "capo", "datore", "colleghi", "vicini", "parrocchia", "scuola", "azienda", "żon*",
	"mąż", "męż*", "rodzin*", "rodzic*", "dzieci", "szef*", "pracodawc*", "kolegów", "koledzy",
	"sąsiad*", "parafi*", "szkoł*",
	NULL};
/* the possessive that makes a party theirs */
static const char *const yours[] = {
	"your", "yours", "ihr", "ihre", "ihrem", "ihren", "ihrer", "dein", "deine", "deinem",
	"deinen", "deiner", "votre", "vos", "ton", "ta", "tes", "su", "sus", "tu", "tus", "seu",
	"sua", "seus", "suas", "suo", "suoi", "tua", "tuo", "tuoi", "twój", "twoja", "twojego",
	"twojej", "twoim", "twoich", "pana", "pani", NULL};
/* an authority or a public or group audience: counts as it stands */
static const char *const crowd[] = {
	"regulator*", "police", "immigration", "tax office", "tax authorit*", "authorities",
	"council", "press", "media", "journalist*", "newspaper*", "the internet", "online",
	"group chat", "group*", "channel", "members", "page", "feed", "intranet", "forum", "everyone", "everybody", "nobody", "no one",
	"no-one", "the whole", "policía", "inmigración", "hacienda", "redes sociales", "prensa",
	"todo el mundo", "nadie", "grupo", "polizei", "behörde*", "finanzamt", "presse",
	"internet", "niemand", "alle", "préfecture", "impôts", "réseaux sociaux",
	"tout le monde", "personne ne", "polícia", "imigração", "imprensa", "todo mundo",
	"toda a gente", "ninguém", "polizia", "questura", "fisco", "stampa", "tutti", "nessuno",
	"policj*", "urzęd*", "urząd", "wszyscy", "nikt", "social", NULL};
/* coming to know, receiving, seeing; material moving to them */
static const char *const learn[] = {
	"know", "knows", "knew", "learn*", "hear*", "find out", "finds out", "found out",
	"see", "sees", "saw", "seen", "read", "reads", "receive*", "get", "gets", "told", "tell",
	"interesting", "interested", "curious", "come across", "stumble*",
	"sabe*", "sabr*", "saber", "enter*", "ver", "verá", "vea", "recib*", "erfahr*",
	"erfährt", "wissen", "weiß", "sehen", "sieht", "lesen", "liest", "bekomm*", "erhalt*",
	"erhält", "saur*", "savoir", "sache*", "apprend*", "appris", "voir", "verr*",
	"voient", "recevr*", "reçoi*", "tomber", "curieux", "intéress*", "saberá*", "descobr*",
	"receb*", "sapr*", "sapere", "scopr*", "vedr*", "vedere", "ricev*", "dowie*", "wiedzie*",
	"zobacz*", "dostan*", "otrzyma*", NULL};
static const char *const move[] = {
	"send*", "sent", "post", "posted", "leak*", "publish*", "land", "lands", "landed",
	"end up", "ends up", "ended up", "go up", "goes up", "go to", "goes to", "straight to",
	"directly to", "right to", "forward*",
	"circulat*", "upload*", "go public", "goes public", "go online", "goes online",
	"acaba*", "termina*", "publica*", "envia*", "enviar*", "llegar*", "landen", "landet",
	"schick*", "veröffentlich*", "weitergeleitet", "zugespielt", "envoy*", "transmi*",
	"publi*", "circul*", "atterri*", "parar", "enviad*", "chegar*", "finir*", "pubblic*",
	"inviat*", "arriver*", "trafi*", "wyśl*", "opublik*", NULL};
/* their private material */
static const char *const stuff[] = {
	"photo*", "picture*", "video*", "clip*", "voice note*", "footage", "recording*", "message*", "screenshot*",
	"chat*", "letters", "records", "receipts", "conviction*", "secret*", "affair",
	"fotos", "bilder", "images", "imágenes", "imagens", "immagini", "vídeos", "grabaci*", "mensajes", "antecedentes", "aufnahme*", "nachrichten",
	"chatverl*", "enregistrement*", "vidéo*", "messaggi", "registrazion*", "foto",
	"nagrani*", "zdjęci*", "wiadomości", NULL};
/* what about them comes out: their doings, whereabouts, company */
static const char *const about[] = {
	"about", "what you", "where you", "who you", "how you", "why you", "that you",
	"you sent", "you left", "you wrote", "you said", "you did", "of you",
	"über", "was", "wo", "wem", "wen", "sobre", "lo que", "dónde", "con quién", "de sus",
	"pourquoi", "ce que", "où vous", "avec qui", "sur vous", "onde", "com quem", "o que",
	"dove", "con chi", "di cosa", "gdzie", "z kim", "o tobie", "o twoim", "co", NULL};
/* a lawful procedure cited, or consent asked: the sentence exposes nothing */
static const char *const lawful[] = {
	"under section", "under the", "per the", "as required", "regulations", "according to",
	"terms", "contract", "agreement", "policy", "code of conduct", "court", "tribunal",
	"collection agenc*", "legal department", "emergency", "if you do not want",
	"if you don't want", "if you'd rather", "if you prefer", "opt out", "consent",
	"según", "contrato", "juzgado", "gemäß", "vertrag", "gericht", "amtsgericht",
	"conformément", "contrat", "urgence", "conforme", "come previsto", "contratto",
	"tribunale", "zgodnie", "umow*", "sąd", "não autoriz", "no autoriz", "nicht einverstanden",
	NULL};
/* clang-format on */

static int has(const char *s, size_t n, const char *const *w)
{
	size_t l;
	return dt_cs_find(s, n, w, 0, &l) != (size_t)-1;
}

/* the sentence [b, e) opens with an imperative: skip a vocative ("Mr
 * Hale,", "Ana,") and "please", "just", "kindly", then read the first
 * word */
static int imperative_at(const char *s, size_t p, size_t e)
{
	size_t q, l;
	for (;;) { /* politeness words */
		static const char *const soft[] = {"please ", "just ", "kindly ", "bitte ", "por favor ",
						   NULL};
		const char *const *w;
		for (w = soft; *w; w++)
			if ((size_t)(e - p) > strlen(*w) && !memcmp(s + p, *w, strlen(*w))) {
				p += strlen(*w);
				break;
			}
		if (!*w)
			break;
	}
	for (q = p; q < e && !isspace((unsigned char)s[q]) && s[q] != ','; q++)
		;
	if (q == p || q >= e)
		return 0;
	/* German verb + Sie, French verb in -ez */
	if (e - q > 4 && !memcmp(s + q, " sie ", 5) && q - p > 3)
		return 1;
	if (q - p > 4 && s[q - 2] == 'e' && s[q - 1] == 'z')
		return 1;
	return dt_cs_find(s + p, e - p, imper, 0, &l) == 0;
}

/* the sentence [b, e) opens with an imperative, or does after a
 * vocative ("Mr Hale,", "Ana,") */
static int opens_imperative(const char *s, size_t b, size_t e)
{
	size_t p = b, q;
	while (p < e && (isspace((unsigned char)s[p]) || s[p] == '-' || s[p] == '*'))
		p++;
	if (imperative_at(s, p, e))
		return 1;
	for (q = p; q < e && q < p + 32 && s[q] != ','; q++)
		;
	if (q >= e || s[q] != ',')
		return 0;
	for (p = q + 1; p < e && isspace((unsigned char)s[p]); p++)
		;
	return imperative_at(s, p, e);
}

static int deadline(const char *s, size_t n)
{
	size_t p = 0, l, m;
	while ((p = dt_cs_find(s, n, dhead, p, &l)) != (size_t)-1) {
		size_t t = p + l;
		while (t < n && s[t] == ' ')
			t++;
		if (t < n && (isdigit((unsigned char)s[t]) ||
			      dt_cs_find(s + t, n - t < 16 ? n - t : 16, dword, 0, &m) == 0))
			return 1;
		p++;
	}
	return 0;
}

static int demand(const char *s, size_t b, size_t e)
{
	const char *t = s + b;
	size_t n = e - b;
	if (opens_imperative(s, b, e) || has(t, n, must) || has(t, n, cond) || deadline(t, n))
		return 1;
	/* a question whether they still mean to act */
	return s[e] == '?' && has(t, n, still);
}

/* a word of list w in s[0..n) within `win` bytes of one of list v */
static int near(const char *s, size_t n, const char *const *w, const char *const *v, size_t win,
		int own, size_t *at, size_t *len)
{
	size_t p = 0, l, m;
	while ((p = dt_cs_find(s, n, w, p, &l)) != (size_t)-1) {
		size_t lo = p > win ? p - win : 0, hi = p + l + win < n ? p + l + win : n;
		if (own) { /* "your" within the three words before it */
			size_t a = p > 24 ? p - 24 : 0;
			if (!has(s + a, p - a, yours)) {
				p++;
				continue;
			}
		}
		if (dt_cs_find(s + lo, hi - lo, v, 0, &m) != (size_t)-1) {
			*at = p;
			*len = l;
			return 1;
		}
		p++;
	}
	return 0;
}

static int exposure(const char *s, size_t n, size_t *at, size_t *len)
{
	const size_t win = 90;
	size_t x, y;
	if (has(s, n, lawful))
		return 0;
	/* their material moving: theirs, or to a party of theirs or an
	 * audience */
	if ((near(s, n, stuff, move, win, 1, at, len) ||
	     near(s, n, life, move, n, 1, &x, &y) || near(s, n, crowd, move, n, 0, &x, &y)) &&
	    near(s, n, stuff, move, win, 0, at, len))
		return 1;
	/* a party or an audience told or shown: something about them */
	if (!has(s, n, stuff) && !has(s, n, about))
		return 0;
	return near(s, n, life, learn, win, 1, at, len) || near(s, n, life, move, win, 1, at, len) ||
	       near(s, n, crowd, learn, win, 0, at, len) || near(s, n, crowd, move, win, 0, at, len);
}

int dt_coercion_link(const char *text, size_t n, size_t *at, size_t *len)
{
	enum { MAXS = 64 };
	char *s;
	size_t m, b = 0, i, ns = 0, sb[MAXS], se[MAXS], a = 0, l = 0;
	unsigned char dem[MAXS], exp_[MAXS];
	int r = 0;
	if (!text || n < 24)
		return 0;
	if (n > 8192)
		n = 8192; /* a message, not a document */
	if (!(s = malloc(n + 1)))
		return 0;
	m = rl_fold_script(text, n, s);
	s[m] = 0;
	if (dt_cs_reports_threat(s, m))
		goto out;
	for (i = 0; i <= m && ns < MAXS; i++) {
		int end = i == m || s[i] == '!' || s[i] == '?' || s[i] == ';' || s[i] == '\n' ||
			  (s[i] == '.' && (i + 1 == m || isspace((unsigned char)s[i + 1])));
		if (!end)
			continue;
		if (i > b + 3) {
			sb[ns] = b;
			se[ns++] = i;
		}
		b = i + 1;
	}
	for (i = 0; i < ns; i++)
		dem[i] = (unsigned char)demand(s, sb[i], se[i]);
	for (i = 0; i < ns && !r; i++) {
		size_t x, y;
		exp_[i] = (unsigned char)exposure(s + sb[i], se[i] - sb[i], &x, &y);
		if (exp_[i] && (dem[i] || (i && dem[i - 1]) || (i + 1 < ns && dem[i + 1])))
			r = 1, a = sb[i] + x, l = y;
	}
out:
	free(s);
	if (r) {
		*at = a < n ? a : 0;
		*len = a + l <= n ? l : 0;
	}
	return r;
}
