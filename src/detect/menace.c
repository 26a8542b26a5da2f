/* menace.c: intimidation read from the structure of a message sent on
 * someone's behalf (s14, issue 14: threats to a seller, a tenant, a
 * teacher, a neighbour, an ex-partner, by e-mail, SMS, chat or a payment's
 * note), not from the phrases of any one threat. A menacing message does
 * one of these to its addressee:
 *  - violence to them, their family, their pet or their property, in the
 *    writer's own agency ("I'll break your", "te mato", "ti brucio",
 *    "vergifte ich", "surveille tes arrières"), or surveillance announced
 *    to them ("I'm watching you", "je te surveille");
 *  - the writer knows where they live, work, park, were or when they
 *    leave (a first-person verb of knowing, then where or when, then a
 *    verb or place of their daily life), or knows their address;
 *  - the writer will publish their details (address, photos, number);
 *  - or, beside a condition on what they do ("if", "again", "or you",
 *    "si", "sinon", "wenn", "se", "たら"), a fate: regret (unless
 *    negated: "you won't regret it" is a sales line), ending up in a
 *    hospital or an ambulance, never seeing their children again, their things thrown
 *    out, or the writer waiting at their door or coming round.
 * Lawful consequences (a dispute, a chargeback, a court, a review, a
 * report to the council, a notice) are none of these and pass. A text
 * that names the act it describes (threat, amenaza, menace, Drohung,
 * ameaça, minaccia, 脅迫) reports a threat received (coerce_struct.c's
 * test). The text is read in coerce_struct.c's lowercased form with its
 * word matching; every window is bounded, so the reading is linear in
 * the text (a 64 KB message of one repeated word included). */
#include "base/util.h"
#include "detect/internal.h"

#include <stdlib.h>
#include <string.h>

/* clang-format off */
/* violence to the addressee, their family, pet or property */
static const char *const strong[] = {
	"break your", "break his", "break her", "break their", "kill you", "kill your", "kill him",
	"kill her", "hurt you", "hurt your", "beat you", "smash your", "burn your", "poison your",
	"poison him", "poison her", "poison it", "stab you", "shoot you", "watch your back",
	"teach you a lesson", "end up in hospital", "end up in the hospital", "body bag",
	"te rompo", "te parto", "le rompo", "le parto", "romperte", "partirte", "te mato", "matarte",
	"lo mato", "la mato", "te quemo", "le quemo", "quemarte", "envenen*", "te reviento",
	"acabar en el hospital", "je te casse", "te casser", "vous casser", "je te tue", "te tuer",
	"vous tuer", "brûler ta", "brûler ton", "brûler votre", "empoisonn*", "surveille tes arrières",
	"surveillez vos arrières", "gare à toi", "finir à l'hôpital", "vergift*", "bring dich um",
	"bringe dich um", "umbringen", "abstechen", "anzünden", "abfackeln", "verprügel*",
	"im krankenhaus landen", "pass bloß auf", "passen sie bloß auf", "parto-te", "parto-lhe",
	"mato-te", "matar-te", "queimo-te", "ti brucio", "brucio la", "brucio il", "ti ammazzo",
	"ammazzo", "ti spacco", "spacco la", "spacco il", "ti rompo", "ti faccio male", "avvelen*",
	"dare fuoco", "do fuoco", "guardati le spalle", "finire in ospedale",
	"殺す", "殺して", "ぶっ殺", "殴る", "ぶん殴", "燃やす", "火をつけ", "痛い目", "覚えてろ",
	"覚えておけ", "ただじゃ済まない", "ただでは済まない", "ただじゃおかない",
	/* surveillance announced to the one watched */
	"i'm watching you", "i am watching you", "i've been watching you", "always watching you",
	"te estoy vigilando", "te estoy observando", "je te surveille", "je t'observe",
	"ich beobachte dich", "ich behalte dich im auge", "estou a vigiar-te", "estou de olho em ti",
	"ti sto osservando", "ti tengo d'occhio", "見張って", "見てるから",
	NULL};

/* regret wished on them (negation checked) */
static const char *const regret[] = {
	"regret it", "regret this", "regret that", "you'll regret", "you will regret", "be sorry",
	"arrepentir*", "arrepentirás", "regretter*", "regretteras", "bereuen", "bereust",
	"arrepender*", "pentirai", "pentirete", "pentirà", "後悔",
	NULL};

/* a fate, an approach or a loss: menace beside a condition */
static const char *const fate[] = {
	"病院送り",
	"waiting for you", "be waiting", "coming round", "come round", "come over to your",
	"at your door", "outside your", "pay you a visit", "te estaré esperando", "iré a tu casa",
	"voy a tu casa", "je t'attendrai", "je t'attends", "devant chez toi", "ich warte auf dich",
	"vor deiner tür", "vor ihrer tür", "komme zu dir", "vou a tua casa", "à tua porta",
	"ti aspetto", "sotto casa", "vengo a casa tua", "家の前", "待ってる", "待っている",
	"会社に行", "家に行",
	"never see", "plus jamais", "nunca más", "nunca mas", "nie wieder", "nunca mais", "mai più",
	"二度と会", "throw your", "your stuff", "tus cosas", "tes affaires", "deine sachen",
	"as tuas coisas", "le tue cose", "ぶちまけ", "se va a enterar", "te vas a enterar",
	"won't be to talk", "not to talk", "pas pour parler", "nicht zum reden",
	NULL};

/* the addressee ending up in a hospital or an ambulance: a verb of ending
 * up, leaving or landing, then the place (someone else "is in hospital"
 * is news, not a fate) */
static const char *const fate_verb[] = {
	"end up", "ends up", "you'll leave", "you will leave", "leave here in", "go home in",
	"wake up in", "acabar*", "acabes", "acabarás", "terminar*", "terminarás", "saldrás",
	"salir*", "sales", "finir*", "finiras", "finirez", "sortir*", "sortiras", "landest",
	"landen", "rauskommen", "kommst du", "sai", "sais", "sair*", "sairás", "vais acabar",
	"finire", "finisci", "finirai", "uscire", "esci", "uscirai",
	NULL};
static const char *const medical[] = {
	"hospital", "ambulance", "ambulancia", "ambulância", "hôpital", "urgences", "krankenhaus",
	"krankenwagen", "notaufnahme", "ospedale", "ambulanza", "pronto soccorso", "救急車", "病院",
	NULL};

/* a condition on the addressee's doing, beyond coerce_struct.c's */
static const char *const cond[] = {
	"if", "again", "or you", "or i", "or we", "or some", "or they", "si", "sinon", "wenn",
	"falls", "sonst", "noch einmal", "nochmal", "se", "senão", "outra vez", "de novo",
	"altrimenti", "ancora", "o mi", "o ti", "como vuelva", "otra vez", "de nuevo", "encore",
	"たら", "なら", "また", "もう一度", "二度と",
	NULL};

/* the addressee */
static const char *const you[] = {
	"you", "your", "u", "tu", "te", "ti", "toi", "ton", "ta", "tes", "vous", "votre", "vos",
	"usted", "tus", "du", "dich", "dir", "dein*", "ihr", "ihre*", "sie", "você", "voce", "teu",
	"tua", "seu", "sua", "tuo", "lei", "voi", "vostr*", "あなた", "お前", "おまえ", "君", "てめえ",
	"貴様",
	NULL};

/* the writer knows ... where or when ... their daily life */
static const char *const know[] = {
	"i know", "i've found", "i found out", "we know", "sé", "ya sé", "sabemos", "je sais",
	"on sait", "nous savons", "ich weiß", "ich weiss", "wir wissen", "eu sei", "já sei",
	"sei onde", "sei a que", "sei quando", "so dove", "so a che", "so quando", "sappiamo",
	NULL};
static const char *const where[] = {
	"where", "what time", "when you", "which school", "où", "à quelle heure", "quand tu",
	"quand vous", "wo", "wann", "um wie viel uhr", "dónde", "donde", "a qué hora", "cuándo",
	"onde", "a que horas", "quando", "dove", "a che ora",
	NULL};
static const char *const daily[] = {
	"live*", "work*", "park*", "sleep*", "stay*", "leave*", "school", "house", "home", "kids",
	"children", "habit*", "vis", "vit", "vivez", "travaill*", "gar*", "dors", "dort", "sors",
	"sort", "wohn*", "arbeit*", "schläf*", "schlaf*", "vives", "vive", "trabaj*", "aparc*",
	"sale", "sales", "duerm*", "mora*", "trabalh*", "estacion*", "sai", "sais", "abit*",
	"lavor*", "parchegg*", "esci", "esce", "colegio", "escola", "scuola", "école", "schule",
	"casa", "maison", "hijos", "enfants", "filhos", "figli", "were", "went", "estuviste",
	"fuiste", "étais", "warst", "estiveste", "foste", "eri", "sei stat*",
	NULL};
static const char *const addr[] = {
	"address", "adresse", "dirección", "direccion", "domicilio", "endereço", "morada",
	"indirizzo", "anschrift", "住所",
	NULL};

/* the writer will publish ... their details */
static const char *const publish[] = {
	"i'll post", "i will post", "i'll publish", "i will publish", "i'll share", "i'll put",
	"i'm posting", "publico", "publicaré", "voy a publicar", "subiré", "je publie",
	"je publierai", "je vais publier", "je poste", "je vais poster", "ich veröffentliche",
	"ich poste", "ich stelle", "vou publicar", "posto", "pubblico", "pubblicherò", "metto online",
	"晒す", "さらす", "公開する", "ネットに",
	NULL};
static const char *const details[] = {
	"your address", "your photos", "your pictures", "your number", "your home", "your face",
	"tu dirección", "tu direccion", "tu domicilio", "tus fotos", "tu número", "tu cara",
	"ton adresse", "tes photos", "ton numéro", "votre adresse", "vos photos", "deine adresse",
	"deine fotos", "deine nummer", "ihre adresse", "ihre fotos", "teu endereço", "tua morada",
	"tuas fotos", "seu endereço", "suas fotos", "il tuo indirizzo", "le tue foto",
	"il tuo numero", "住所", "写真",
	NULL};

/* a negation just before a word of knowing or regret */
static const char *const neg[] = {
	"not", "n't", "no", "never", "ne", "pas", "nicht", "não", "non", "nunca", "niemals", "mai",
	NULL};
/* clang-format on */

/* Is there an entry of w in s[lo..hi)? Its offset, or (size_t)-1. The
 * search stops at hi, so a window costs its width. */
static size_t within(const char *s, size_t n, const char *const *w, size_t lo, size_t hi,
		     size_t *len)
{
	size_t best = (size_t)-1, l = 0, at;
	if (hi > n)
		hi = n;
	for (; *w; w++)
		if ((at = dt_cs_occur(s, hi, *w, lo, best, &l)) != (size_t)-1)
			best = at, *len = l;
	return best;
}

static int negated(const char *s, size_t at, size_t n)
{
	size_t lo = at > 14 ? at - 14 : 0, l;
	(void)n;
	return within(s, at, neg, lo, at, &l) != (size_t)-1;
}

/* The first occurrence of an entry of w not preceded by a negation, and
 * (when `after` is set) followed within `after` bytes by an entry of
 * w2, itself followed within `after` bytes by an entry of w3 (w3 may be
 * NULL). Each entry's occurrences are walked once. */
static size_t chain(const char *s, size_t n, const char *const *w, const char *const *w2,
		    const char *const *w3, size_t after, size_t *len)
{
	const char *const *e;
	size_t best = (size_t)-1, bl = 0, p, l, q, l2, l3, tries;
	for (e = w; *e; e++)
		/* the first 64 occurrences: a message has a few, a hostile text
		 * thousands */
		for (p = 0, tries = 0;
		     tries++ < 64 && (p = dt_cs_occur(s, n, *e, p, best, &l)) != (size_t)-1; p++) {
			if (negated(s, p, n))
				continue;
			if (w2) {
				q = within(s, n, w2, p + l, p + l + after, &l2);
				if (q == (size_t)-1)
					continue;
				if (w3 &&
				    within(s, n, w3, q + l2, q + l2 + after, &l3) == (size_t)-1)
					continue;
			}
			best = p, bl = l;
			break;
		}
	if (best != (size_t)-1)
		*len = bl;
	return best;
}

static int cjk(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0xe3 && (unsigned char)s[i] <= 0xe9)
			return 1;
	return 0;
}

int dt_menace_structure(const char *text, size_t n, size_t *at, size_t *len)
{
	char *s;
	size_t m, a = (size_t)-1, l = 0;
	int r = 0, addressed, conditional;
	if (!text || n < 8)
		return 0;
	if (n > 65536)
		n = 65536; /* a message, not a document */
	if (!(s = malloc(n + 1)))
		return 0;
	m = rl_fold_script(text, n, s);
	s[m] = 0;
	if (dt_cs_reports_threat(s, m))
		goto out;
	/* violence needs an addressee (Spanish, Portuguese and Italian
	 * leave the pronoun to the verb, so the other readings do not) */
	addressed = dt_cs_find(s, m, you, 0, &l) != (size_t)-1 || cjk(s, m);
	if ((addressed && (a = chain(s, m, strong, NULL, NULL, 0, &l)) != (size_t)-1) ||
	    (a = chain(s, m, know, where, daily, 60, &l)) != (size_t)-1 ||
	    (a = chain(s, m, know, addr, NULL, 40, &l)) != (size_t)-1 ||
	    (a = chain(s, m, publish, details, NULL, 80, &l)) != (size_t)-1) {
		r = 1;
		goto out;
	}
	if (dt_menace_roles(s, m, &a, &l) ||         /* coerce_roles.c */
	    dt_intimidate_structure(s, m, &a, &l) || /* intimidate.c */
	    dt_retract_demand(s, m, &a, &l)) {       /* retract.c */
		r = 1;
		goto out;
	}
	conditional = dt_cs_contingent(s, m) || dt_cs_find(s, m, cond, 0, &l) != (size_t)-1;
	if (conditional && ((a = chain(s, m, regret, NULL, NULL, 0, &l)) != (size_t)-1 ||
			    (a = chain(s, m, fate_verb, medical, NULL, 40, &l)) != (size_t)-1 ||
			    (a = dt_cs_find(s, m, fate, 0, &l)) != (size_t)-1))
		r = 1;
out:
	free(s);
	if (r && at && len) {
		*at = a < n ? a : 0;
		*len = a + l <= n ? l : 0;
	}
	return r;
}

int rl_menace_structure(const char *text, size_t n, size_t *start, size_t *end)
{
	size_t at = 0, len = 0;
	if (!dt_menace_structure(text, n, &at, &len))
		return 0;
	if (start)
		*start = at;
	if (end)
		*end = at + len;
	return 1;
}
