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
 *    records, a conviction, an affair) near such a verb of moving. The
 *    police are left out, as in coerce_roles.c ("return the car or the
 *    police hear about it" is as often a lawful remedy).
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
	"regulator*", "immigration", "tax office", "tax authorit*", "authorities",
	"council", "press", "media", "journalist*", "newspaper*", "the internet", "online",
	"group chat", "group*", "channel", "members", "page", "feed", "intranet", "forum", "everyone", "everybody", "nobody", "no one",
	"no-one", "the whole", "inmigración", "hacienda", "redes sociales", "prensa",
	"todo el mundo", "nadie", "grupo", "behörde*", "finanzamt", "presse",
	"internet", "niemand", "alle", "préfecture", "impôts", "réseaux sociaux",
	"tout le monde", "personne ne", "imigração", "imprensa", "todo mundo",
	"toda a gente", "ninguém", "questura", "fisco", "stampa", "tutti", "nessuno",
	"urzęd*", "urząd", "wszyscy", "nikt", "social", NULL};
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
	"you sent", "you left", "you wrote", "you said", "you did", "of you", "of your",
	"from your", "de vos", "de votre", "de su", "von ihr", "von dein", "dos seus", "da sua",
	"do seu", "dei suoi", "della sua", "del suo", "twoich", "twoje",
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

/* The lists cut down, once per message, to the entries whose first and
 * last two bytes the text holds (a 64 Kbit map of its byte pairs, built
 * in one pass): a sentence is then scanned only for the few entries it
 * may hold, so an ordinary message pays a lookup per entry. */
enum {
	L_IMPER,
	L_MUST,
	L_COND,
	L_DHEAD,
	L_DWORD,
	L_STILL,
	L_LIFE,
	L_YOURS,
	L_CROWD,
	L_LEARN,
	L_MOVE,
	L_STUFF,
	L_ABOUT,
	L_LAWFUL,
	L_N
};
static const char *const *const lists[L_N] = {imper, must,  cond,  dhead, dword, still, life,
					      yours, crowd, learn, move,  stuff, about, lawful};
typedef struct lx {
	const char **w[L_N];
	const char *pool[768];
	unsigned char bi[8192];
} lx;

static int may_hold(const lx *x, const char *w)
{
	size_t l = strlen(w);
	unsigned k;
	if (l && w[l - 1] == '*')
		l--;
	if (l < 2)
		return 1;
	k = (unsigned)(unsigned char)w[0] << 8 | (unsigned char)w[1];
	if (!((x->bi[k >> 3] >> (k & 7)) & 1))
		return 0;
	k = (unsigned)(unsigned char)w[l - 2] << 8 | (unsigned char)w[l - 1];
	return (x->bi[k >> 3] >> (k & 7)) & 1;
}

static void lx_init(lx *x, const char *s, size_t n)
{
	size_t i, np = 0;
	const char *const *w;
	memset(x->bi, 0, sizeof x->bi);
	for (i = 0; i + 1 < n; i++) {
		unsigned k = (unsigned)(unsigned char)s[i] << 8 | (unsigned char)s[i + 1];
		x->bi[k >> 3] |= (unsigned char)(1u << (k & 7));
	}
	for (i = 0; i < L_N; i++) {
		x->w[i] = &x->pool[np];
		for (w = lists[i]; *w; w++)
			if (np + 1 < sizeof x->pool / sizeof *x->pool && may_hold(x, *w))
				x->pool[np++] = *w;
		x->pool[np++] = NULL;
	}
}

static size_t find_(const char *s, size_t n, const char **w, size_t from, size_t *len)
{
	return dt_cs_find(s, n, (const char *const *)w, from, len);
}

static int has(const char *s, size_t n, const char **w)
{
	size_t l;
	return *w && find_(s, n, w, 0, &l) != (size_t)-1;
}

/* the sentence [b, e) opens with an imperative: skip a vocative ("Mr
 * Hale,", "Ana,") and "please", "just", "kindly", then read the first
 * word */
static int imperative_at(const lx *x, const char *s, size_t p, size_t e)
{
	size_t q, l;
	for (;;) { /* politeness words */
		static const char *const soft[] = {"please ", "just ",      "kindly ",
						   "bitte ",  "por favor ", NULL};
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
	return *x->w[L_IMPER] && find_(s + p, e - p, x->w[L_IMPER], 0, &l) == 0;
}

/* the sentence [b, e) opens with an imperative, or does after a
 * vocative ("Mr Hale,", "Ana,") */
static int opens_imperative(const lx *x, const char *s, size_t b, size_t e)
{
	size_t p = b, q;
	while (p < e && (isspace((unsigned char)s[p]) || s[p] == '-' || s[p] == '*'))
		p++;
	if (imperative_at(x, s, p, e))
		return 1;
	for (q = p; q < e && q < p + 32 && s[q] != ','; q++)
		;
	if (q >= e || s[q] != ',')
		return 0;
	for (p = q + 1; p < e && isspace((unsigned char)s[p]); p++)
		;
	return imperative_at(x, s, p, e);
}

static int deadline(const lx *x, const char *s, size_t n)
{
	size_t p = 0, l, m;
	if (!*x->w[L_DHEAD])
		return 0;
	while ((p = find_(s, n, x->w[L_DHEAD], p, &l)) != (size_t)-1) {
		size_t t = p + l;
		while (t < n && s[t] == ' ')
			t++;
		if (t < n && (isdigit((unsigned char)s[t]) ||
			      find_(s + t, n - t < 16 ? n - t : 16, x->w[L_DWORD], 0, &m) == 0))
			return 1;
		p++;
	}
	return 0;
}

static int demand(const lx *x, const char *s, size_t b, size_t e)
{
	const char *t = s + b;
	size_t n = e - b;
	if (opens_imperative(x, s, b, e) || has(t, n, x->w[L_MUST]) || has(t, n, x->w[L_COND]) ||
	    deadline(x, t, n))
		return 1;
	/* a question whether they still mean to act */
	return s[e] == '?' && has(t, n, x->w[L_STILL]);
}

/* a word of list w in s[0..n) within `win` bytes of one of list v (own:
 * with "your" within the three words before it) */
static int near(const lx *x, const char *s, size_t n, int wi, int vi, size_t win, int own,
		size_t *at, size_t *len)
{
	size_t p = 0, l, m;
	if (!*x->w[wi] || !*x->w[vi])
		return 0;
	while ((p = find_(s, n, x->w[wi], p, &l)) != (size_t)-1) {
		size_t lo = p > win ? p - win : 0, hi = p + l + win < n ? p + l + win : n;
		if (own) {
			size_t a = p > 24 ? p - 24 : 0;
			if (!has(s + a, p - a, x->w[L_YOURS])) {
				p++;
				continue;
			}
		}
		if (find_(s + lo, hi - lo, x->w[vi], 0, &m) != (size_t)-1) {
			*at = p;
			*len = l;
			return 1;
		}
		p++;
	}
	return 0;
}

static int exposure(const lx *x, const char *s, size_t n, size_t *at, size_t *len)
{
	const size_t win = 90;
	size_t a, b;
	int about;
	if (has(s, n, x->w[L_LAWFUL]))
		return 0;
	/* their material moving: theirs, or to a party of theirs or an
	 * audience */
	if ((near(x, s, n, L_STUFF, L_MOVE, win, 1, at, len) ||
	     near(x, s, n, L_LIFE, L_MOVE, n, 1, &a, &b) ||
	     near(x, s, n, L_CROWD, L_MOVE, n, 0, &a, &b)) &&
	    near(x, s, n, L_STUFF, L_MOVE, win, 0, at, len))
		return 1;
	/* a party of theirs told or shown something about them or some
	 * material; an audience only something about them or their own */
	about = has(s, n, x->w[L_ABOUT]) || near(x, s, n, L_STUFF, L_YOURS, 24, 0, &a, &b);
	if (!about && !has(s, n, x->w[L_STUFF]))
		return 0;
	return near(x, s, n, L_LIFE, L_LEARN, win, 1, at, len) ||
	       near(x, s, n, L_LIFE, L_MOVE, win, 1, at, len) ||
	       (about && (near(x, s, n, L_CROWD, L_LEARN, win, 0, at, len) ||
			  near(x, s, n, L_CROWD, L_MOVE, win, 0, at, len)));
}

int dt_coercion_link(const char *text, size_t n, size_t *at, size_t *len)
{
	enum { MAXS = 64 };
	char *s;
	size_t m, b = 0, i, ns = 0, sb[MAXS], se[MAXS], a = 0, l = 0;
	int r = 0;
	lx *x = NULL;
	if (!text || n < 24)
		return 0;
	if (n > 8192)
		n = 8192; /* a message, not a document */
	if (!(s = malloc(n + 1)) || !(x = malloc(sizeof *x))) {
		free(s);
		return 0;
	}
	m = rl_fold_script(text, n, s);
	s[m] = 0;
	lx_init(x, s, m);
	/* no party, audience or material, or no verb for them: nothing */
	if ((!*x->w[L_LIFE] && !*x->w[L_CROWD] && !*x->w[L_STUFF]) ||
	    (!*x->w[L_LEARN] && !*x->w[L_MOVE]) || dt_cs_reports_threat(s, m))
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
	/* an exposure first (rarer), then a demand beside it */
	for (i = 0; i < ns && !r; i++) {
		size_t xa, xl;
		if (!exposure(x, s + sb[i], se[i] - sb[i], &xa, &xl))
			continue;
		if (demand(x, s, sb[i], se[i]) || (i && demand(x, s, sb[i - 1], se[i - 1])) ||
		    (i + 1 < ns && demand(x, s, sb[i + 1], se[i + 1])))
			r = 1, a = sb[i] + xa, l = xl;
	}
out:
	free(x);
	free(s);
	if (r) {
		*at = a < n ? a : 0;
		*len = a + l <= n ? l : 0;
	}
	return r;
}
