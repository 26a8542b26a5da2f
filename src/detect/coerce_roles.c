/* coerce_roles.c: coercion and intimidation read by the roles in a message
 * (s15-people, issue 14), for the languages and forms coerce_struct.c and
 * menace.c did not read. It runs inside their readings, over the same
 * folded text, so only where their callers' gates passed (a message a tool
 * sends, or an answer drafted after tool output).
 *
 * Coercion: the addressee is asked to do or not do something (a condition
 * or an alternative on their own act: "if you", "otherwise", "unless" in
 * each language, the Turkish and Korean conditional suffixes, the Japanese
 * conditional endings), and the writer ties it to a harm to them by a
 * third role:
 *  - a party of the addressee's life (family, spouse, employer, manager,
 *    colleagues, neighbours, their child's school, a group of people that
 *    knows them) or an authority with power over their person (the
 *    immigration office, the tax office, child and social services, the
 *    employer's HR) within a sentence or two of a verb of telling, sending,
 *    calling or coming to know;
 *  - or their own private material (photos, video, messages, a record, a
 *    diagnosis, their name and address) beside a verb of sending or
 *    publishing to a group.
 * A lawful consequence is its own procedure (a court, a claim, a
 * collection agency, eviction under the contract, the terms, the deposit)
 * and names none of these roles. The police are left out: "I will report
 * the stolen car" is a lawful remedy as often as a threat.
 *
 * Intimidation: no condition, but the writer shows the addressee that it
 * knows their life (a first-person verb of knowing, then where or when,
 * then their home, work, school, family; or knowledge beside a warning to
 * be careful; or a warning beside their child, spouse or school), or
 * wishes a misfortune on their property ("a pity if something happened to
 * your car").
 *
 * Entries: an ASCII entry starts a word (a stem when it ends in '*'); an
 * entry starting with '~' counts anywhere (suffixes: Turkish -mazsan,
 * Korean -면, Japanese -たら); other scripts count anywhere (as
 * coerce_struct.c). Each table is one meaning in each language's ordinary
 * words, not any message's phrases. Every search is a scan per entry or a
 * bounded window: linear in the text. */
#include "base/util.h"
#include "detect/internal.h"

#include <stdlib.h>
#include <string.h>

/* clang-format off */
/* a condition or alternative on the addressee's own act */
static const char *const cond[] = {
	/* Spanish */
	"si presentas", "si presenta", "si sigues", "si sigue", "si insistes", "si denuncias",
	"si vuelves", "si publicas", "si no", "o si no", "sino,", "a menos que", "salvo que",
	"en caso contrario",
	/* French */
	"si vous", "si tu", "sinon", "à moins que", "faute de quoi", "dans le cas contraire",
	/* German */
	"wenn sie", "wenn du", "falls sie", "falls du", "andernfalls", "ansonsten", "sonst",
	"es sei denn",
	/* Dutch */
	"als u", "als je", "als jij", "anders", "tenzij", "zo niet", "indien u", "indien je",
	/* Italian */
	"se non", "se lei", "se presenta", "se continua", "se insiste", "altrimenti", "a meno che",
	"in caso contrario",
	/* Portuguese */
	"se não", "senão", "se você", "se voce", "se a senhora", "se o senhor", "caso contrário",
	"caso contrario", "a menos que",
	/* Polish */
	"jeśli", "jeżeli", "jesli", "jezeli", "w przeciwnym razie", "inaczej", "chyba że",
	"o ile nie",
	/* Swedish */
	"annars", "om du", "om ni", "såvida inte", "i annat fall",
	/* Russian */
	"если", "в противном случае", "не вернёшь", "не вернешь", "не вернёте", "не вернете",
	/* Turkish: the negative conditional suffix */
	"eğer", "~mazsan", "~mezsen", "~mazsanız", "~mezseniz", "~maz isen", "~ırsan", "~irsen",
	/* Chinese */
	"如果", "要是", "假如", "若是", "坚持",
	/* Japanese */
	"~たら", "~れば", "もし",
	/* Korean */
	"~하면", "~으면", "~다면", "만약",
	/* Arabic (normalized) */
	"اذا", "ان لم", "لو ",
	/* Hindi, in Devanagari and romanised */
	"अगर", "यदि", "नहीं तो", "warna", "varna", "nahi to", "nahin to", "agar",
	NULL};

/* a party of the addressee's life, or an authority over their person */
static const char *const party[] = {
	/* German */
	"familie", "ihre frau", "ihr mann", "deine frau", "dein mann", "chef", "chefin",
	"arbeitgeber*", "vorgesetzt*", "kollegen", "kolleginnen", "nachbarn", "eltern", "ihr team",
	"dein team", "schule",
	/* French */
	"famille", "votre femme", "votre mari", "ta femme", "ton mari", "employeur", "patron",
	"collègues", "voisins", "vos parents", "tes parents", "école", "rédaction", "entourage",
	/* Spanish */
	"hijos", "colegio", "compañeros", "familiares", "tu mujer", "su mujer", "extranjería",
	"inmigración", "migración", "hacienda", "servicios sociales",
	/* Portuguese */
	"família", "esposa", "marido", "chefe", "colegas", "vizinhos", "seus pais", "escola",
	"filhos", "imigração", "receita federal", "conselho tutelar",
	/* Italian */
	"famiglia", "moglie", "marito", "capo", "datore di lavoro", "colleghi", "vicini",
	"genitori", "scuola", "figli", "servizi sociali", "questura", "agenzia delle entrate",
	/* Dutch */
	"je vrouw", "je man", "uw vrouw", "uw man", "baas", "werkgever", "collega*", "buren",
	"ouders", "kinderen", "belastingdienst",
	/* Polish */
	"rodzin*", "żon*", "mąż", "męż*", "szef*", "kierownik*", "pracodaw*", "sąsiad*", "sąsiedz*",
	"matk*", "rodzic*", "szkoł*", "współpracown*", "urząd skarbowy", "skarbówk*",
	/* Swedish */
	"fru", "frun", "din man", "chef", "chefen", "arbetsgivar*", "kollegor", "grannar*", "familj*",
	"föräldrar", "skola*", "skatteverket", "migrationsverket", "socialtjänst*",
	/* Russian */
	"налогов*", "опек*", "миграционн*", "отдел кадров",
	/* Turkish */
	"ailen*", "ailesi*", "eşin*", "iş yerin*", "göç idare*", "vergi daire*",
	/* Chinese: a group that knows them */
	"群里", "群", "朋友圈", "网上",
	/* Korean */
	"학부모", "인사팀", "국세청",
	/* Japanese */
	"人事", "税務署", "入管", "児童相談所",
	/* Arabic */
	"والدك", "اخوتك", "اخواتك", "عائلتك", "زوجتك", "الهجره", "الهجرة", "الضرائب",
	/* Hindi */
	"रिश्तेदार*", "ग्रुप", "घरवाल*", "rishtedar*", "gharwal*", "office group",
	/* English authorities over the person (coerce_struct.c has the parties) */
	"immigration", "tax office", "irs", "social services", "child protective",
	NULL};

/* telling, sending, calling, coming to know */
static const char *const tell[] = {
	"erfahren", "informier*", "erzähl*", "mitteil*", "schick*", "weiterleit*", "zeig*",
	"wissen lassen", "thematisiert", "bekommt", "bekommen",
	"apprendr*", "saura", "sauront", "informer*", "envoy*", "transmet*", "montrer*", "dirons",
	"raconter*", "découvr*", "pourrait apprendre",
	"cuento", "contaré", "contaremos", "llamo", "llamaré", "llamaremos", "enviar*", "mandar*",
	"mandaré", "sabrá*", "se enter*", "informar*", "avisar*", "enseñar*", "publicar*",
	"contar*", "saber*", "vai receber", "receber*", "mostrar*", "ligar*", "vão saber",
	"saprà", "sapranno", "dirò", "diremo", "racconter*", "invier*", "manderemo", "riaprir*",
	"segnal*",
	"vertel*", "te weten", "laten weten", "stuur*", "informeren", "plaatsen", "publiceren",
	"dowie*", "powiem*", "powiadom*", "zadzwonim*", "wyślem*", "pokażem*", "rozwiesim*",
	"wiedz*", "dowiedz*",
	"skickas", "skicka*", "få veta", "får veta", "berätta*", "visa*", "få se", "ringer",
	"получит", "узна*", "сообщ*", "расскаж*", "покаж*", "сдам", "сдадим", "почитать",
	"göndere*", "öğren*", "bilecek", "haber ver*",
	"发到", "发给", "发出", "告诉", "知道", "曝光",
	"알리", "알게", "보내",
	"伝え", "知らせ", "バラ",
	"سيعرف", "ساخبر", "سنخبر", "يعرف", "سنرسل", "سارسل",
	"भेज", "बता", "दिखा", "पता चल", "bhej*", "bata*", "dikha*", "viral",
	"tell*", "told", "send*", "sent", "forward*",
	NULL};

/* the addressee's own private material, for exposure to no named party */
static const char *const material[] = {
	"photo*", "pictures", "video*", "bilder*", "foto*", "fotoğraf*", "фото*", "видео", "照片",
	"视频", "写真", "動画", "사진", "영상", "صور", "فيديو", "वीडियो", "तस्वीर*", "姓名",
	"住址", "电话", "adres*", "indirizzo", "dirección", "endereço", "адрес",
	NULL};
static const char *const spread[] = {
	"publi*", "post*", "online", "forum", "group", "grupo", "gruppo", "~groep", "~grupp*",
	"~gruppe",
	"viral", "群", "网上", "公开", "公開", "ネット", "게시", "공개", "نشر", "ينشر", "वायरल",
	"опублик*", "выложим", "yayınla*", "paylaş*", "plaats*", "veröffentlich*", "lägga ut",
	"lägger ut", "udostępni*", "mettere online", "colocar na", "poner en",
	NULL};

/* the writer knows (first person) */
static const char *const know[] = {
	"мы знаем", "я знаю", "знаем, где", "знаю, где", "a gente sabe", "vi vet", "jag vet",
	"wiemy", "wiem", "we weten", "ik weet", "biliyoruz", "biliyorum", "我们知道", "我知道",
	"知っています", "知ってる", "知っている", "알고 있", "다 알아", "نعرف", "نعلم", "اعرف",
	"हम जानते", "मैं जानता", "मुझे पता", "hume pata", "mujhe pata", "hum jaante",
	"we know", "i know", "wir wissen", "ich weiß", "ich weiss", "nous savons", "on sait",
	"je sais", "sabemos", "ya sé", "sappiamo", "eu sei", "já sei",
	"everyone knows", "we all know", "todo el mundo sabe", "tout le monde sait", "alle wissen",
	"tutti sanno", "todo mundo sabe", "все знают", "みんな知って",
	NULL};
/* where, when, which: their whereabouts or routine */
static const char *const where[] = {
	"где", "когда", "во сколько", "onde", "quando", "var", "när", "vilken", "vem", "gdzie",
	"kiedy", "o której", "waar", "wanneer", "nerede", "ne zaman", "hangi", "哪", "几点", "什么时候",
	"どこ", "何時", "いつ", "誰が", "어디", "언제", "몇 시", "اين", "متي", "كيف", "कहाँ",
	"कहां", "कब", "kahan", "kab", "kaha", "who", "which",
	NULL};
/* their home, work, school, family */
static const char *const life[] = {
	"живёшь", "живешь", "живёте", "живете", "жена", "дети", "работаешь", "возвращается",
	"mora", "moram", "filhos", "estudam", "trabalha", "bor", "ensam hemma", "hemma", "barn*",
	"mieszkasz", "dzieci", "pracujesz", "woont", "werkt", "kinderen", "oturuyor*",
	"çocuk*", "çalışıyor*", "住", "孩子", "上班", "学校", "住んで", "子供", "家族", "やった",
	"사는", "아이", "학교", "직장", "تسكن", "اولادك", "تعمل", "रहते", "बच्च*", "स्कूल",
	"rehte", "bacch*", "school", "ghar",
	NULL};
/* a warning to be careful, or to think again */
static const char *const careful[] = {
	"be careful", "careful on", "watch yourself", "think carefully", "think about that",
	"think twice", "ten cuidado", "cuidado con", "cuidado com", "se cuida", "fais attention",
	"faites attention", "pass auf", "passen sie auf", "sei vorsichtig", "seien sie vorsichtig",
	"stai attento", "stia attento", "var försiktig", "tänk dig för", "uważaj", "pas op",
	"wees voorzichtig", "dikkat et", "осторожн*", "береги*", "подумай", "подумайте",
	"気をつけ", "注意して", "小心", "조심", "احذر", "انتبه", "सावधान", "संभल", "soch lijiye",
	"soch lo", "soch lena", "dhyan rakh*", "sambhal",
	/* a vow not to forget what they did */
	"won't forget", "will not forget", "never forget this", "no lo olvidaremos",
	"no lo olvidaré", "on n'oubliera pas", "je n'oublierai pas", "vergessen wir nicht",
	"vergesse ich nicht", "non lo dimenticheremo", "não vamos esquecer", "glömmer vi inte",
	"glömmer jag inte", "nie zapomnimy", "vergeten we niet", "unutmayacağız", "не забудем",
	"не забуду", "不会忘", "忘れない", "잊지 않", "لن ننسي", "नहीं भूलेंगे",
	NULL};
/* their child, spouse or school named to them */
static const char *const kin[] = {
	"your daughter", "your son", "your kids", "your children", "your wife", "your husband",
	"tu hija", "tu hijo", "tus hijos", "tu mujer", "ta fille", "ton fils", "tes enfants",
	"vos enfants", "deine tochter", "deine kinder", "ihre kinder", "ihre tochter", "sua filha",
	"seus filhos", "seu filho", "tua figlia", "i tuoi figli", "din dotter", "dina barn",
	"twoja córka", "twoje dzieci", "je dochter", "je kinderen", "kızın", "çocukların",
	"你女儿", "你的孩子", "お子さん", "娘さん", "ابنتك", "اولادك", "आपकी बेटी", "आपके बच्च",
	"aapki beti", "aapke bacch", "beti ka school", "твоя дочь", "твои дети", "твоя жена",
	NULL};
/* a pity, then a misfortune to their person or property */
static const char *const pity[] = {
	"shame if", "pity if", "una pena que", "una lástima que", "dommage qu", "schade, wenn",
	"schade wenn", "un peccato se", "uma pena se", "synd om", "szkoda by", "zonde als",
	"jammer als", "жаль, если", "жаль будет", "可惜", "残念", "안타깝", "مؤسف", "afsos",
	NULL};
static const char *const mishap[] = {
	"happened to", "happens to", "pasara algo", "pase algo", "pasarle algo", "arrive quelque",
	"arrivait quelque", "etwas passiert", "etwas zustößt", "accadesse qualcosa",
	"succedesse qualcosa", "acontecesse algo", "acontecer algo", "något hände", "något händer",
	"coś się stało", "coś stanie", "iets gebeurt", "iets overkomt", "bir şey olursa",
	"что-нибудь случится", "что-то случится", "出了什么事", "出点事", "何かあったら",
	"무슨 일이", "حدث شيء", "कुछ हो", "kuch ho",
	NULL};
/* clang-format on */

/* The pairs of bytes a text holds (a 64 Kbit map, built in one pass): an
 * entry whose first or last two bytes the text lacks is never searched,
 * so a message costs a lookup per entry and a search only for the few
 * entries it may hold. */
typedef struct gate {
	unsigned char bi[8192];
} gate;

static void gate_init(gate *g, const char *s, size_t n)
{
	size_t i;
	memset(g->bi, 0, sizeof g->bi);
	for (i = 0; i + 1 < n; i++) {
		unsigned k = (unsigned)(unsigned char)s[i] << 8 | (unsigned char)s[i + 1];
		g->bi[k >> 3] |= (unsigned char)(1u << (k & 7));
	}
}

static int pair_in(const gate *g, const char *w)
{
	unsigned k = (unsigned)(unsigned char)w[0] << 8 | (unsigned char)w[1];
	return (g->bi[k >> 3] >> (k & 7)) & 1;
}

/* May the text hold entry w (its word: no '~', no trailing '*')? */
static int may_hold(const gate *g, const char *w)
{
	size_t l;
	if (w[0] == '~')
		w++;
	l = strlen(w);
	if (l && w[l - 1] == '*')
		l--;
	if (l < 2)
		return 1;
	return pair_in(g, w) && pair_in(g, w + l - 2);
}

static size_t occ(const char *s, size_t n, const char *w, size_t from, size_t limit, size_t *len)
{
	const char *p;
	size_t l;
	if (w[0] != '~')
		return dt_cs_occur(s, n, w, from, limit, len);
	l = strlen(++w);
	if (from >= n || n - from < l)
		return (size_t)-1;
	if (!(p = memmem(s + from, n - from, w, l)) || (size_t)(p - s) >= limit)
		return (size_t)-1;
	*len = l;
	return (size_t)(p - s);
}

/* the first entry of w in s[from..hi) */
static size_t first(const char *s, size_t n, const gate *sm, const char *const *w, size_t from,
		    size_t hi, size_t *len)
{
	size_t best = (size_t)-1, l = 0, at;
	if (hi > n)
		hi = n;
	for (; *w; w++)
		if (may_hold(sm, *w) && (at = occ(s, hi, *w, from, best, &l)) != (size_t)-1)
			best = at, *len = l;
	return best;
}

typedef struct hit {
	size_t at, end;
} hit;

static int hit_cmp(const void *x, const void *y)
{
	const hit *a = x, *b = y;
	return a->at < b->at ? -1 : a->at > b->at;
}

/* An entry of a within `win` bytes of an entry of b: the offset of the
 * earliest such a (its length in *len), or (size_t)-1. Each table's
 * occurrences are listed once (at most `cap` of each entry: a message has a
 * few, a hostile text thousands), then each a looks its window up by
 * binary search: linear in the text. */
static size_t near(const char *s, size_t n, const gate *sm, const char *const *a,
		   const char *const *b, size_t win, size_t *len)
{
	const size_t cap = 64;
	const char *const *w;
	hit *v = NULL;
	size_t nv = 0, vc = 0, best = (size_t)-1, bl = 0, p, l, k;
	for (w = b; *w; w++)
		for (p = 0, k = 0;
		     may_hold(sm, *w) && k < cap && (p = occ(s, n, *w, p, n, &l)) != (size_t)-1;
		     p++, k++) {
			if (nv == vc) {
				hit *t = realloc(v, (vc = vc ? 2 * vc : 64) * sizeof *t);
				if (!t) {
					free(v);
					return (size_t)-1;
				}
				v = t;
			}
			v[nv].at = p;
			v[nv++].end = p + l;
		}
	if (!nv)
		return (size_t)-1;
	qsort(v, nv, sizeof *v, hit_cmp);
	for (w = a; *w; w++)
		for (p = 0, k = 0;
		     may_hold(sm, *w) && k < cap && (p = occ(s, n, *w, p, best, &l)) != (size_t)-1;
		     p++, k++) {
			size_t lo = p > win ? p - win : 0, hi = p + l + win, x = 0, y = nv;
			while (x < y) {
				size_t m = x + (y - x) / 2;
				if (v[m].at < lo)
					x = m + 1;
				else
					y = m;
			}
			/* not the same words: a party word inside a verb */
			for (; x < nv && v[x].at < hi; x++)
				if (v[x].end <= p || v[x].at >= p + l)
					break;
			if (x < nv && v[x].at < hi) {
				best = p, bl = l;
				break;
			}
		}
	free(v);
	if (best != (size_t)-1)
		*len = bl;
	return best;
}

int dt_coercion_roles(const char *s, size_t n, int contingent, size_t *at, size_t *len)
{
	size_t a, l = 0;
	gate g, *sm = &g;
	gate_init(sm, s, n);
	if (!contingent && first(s, n, sm, cond, 0, n, &l) == (size_t)-1)
		return 0;
	if ((a = near(s, n, sm, party, tell, 200, &l)) == (size_t)-1 &&
	    (a = near(s, n, sm, material, spread, 120, &l)) == (size_t)-1)
		return 0;
	*at = a;
	*len = l;
	return 1;
}

int dt_menace_roles(const char *s, size_t n, size_t *at, size_t *len)
{
	size_t a, l = 0, q, l2;
	gate g, *sm = &g;
	gate_init(sm, s, n);
	/* knowing where or when, then their life */
	if ((a = first(s, n, sm, know, 0, n, &l)) != (size_t)-1) { /* the first knowing */
		if ((q = first(s, n, sm, where, a + l, a + l + 40, &l2)) != (size_t)-1 &&
		    first(s, n, sm, life, q + l2, q + l2 + 80, &l2) != (size_t)-1)
			goto yes;
		if (near(s, n, sm, careful, know, 200, &l2) != (size_t)-1)
			goto yes;
	}
	if ((a = near(s, n, sm, careful, kin, 200, &l)) != (size_t)-1)
		goto yes;
	if ((a = near(s, n, sm, pity, mishap, 60, &l)) != (size_t)-1)
		goto yes;
	return 0;
yes:
	*at = a;
	*len = l;
	return 1;
}

/* Does action x send words to someone, whatever its tool and keys are
 * called? Its name says it communicates (send, mail, sms, chat, post,
 * notify, dispatch, whatsapp; enviar, envoyer, invia, senden, skicka ...),
 * or it carries prose (a field holding a sentence: five spaces, or a run
 * of CJK, Hangul or kana) beside a short field (where it goes: a phone
 * written in groups, an address, a handle, an id). dt_is_message's mail/send/message
 * names and recipient keys are the narrow case the other detectors keep;
 * this one gates the structure of coercion (coercion.c) and the menace
 * reading of the third-party rules (thirdparty.c). */
int dt_message_shape(const rl_action *x)
{
	static const char *const verb[] = {
		"send",     "mail",     "message",   "sms",     "text",     "reply",    "respond",
		"post",     "publish",  "comment",   "review",  "notice",   "notif",    "letter",
		"chat",     "dm",       "whatsapp",  "forward", "pay",      "transfer", "note",
		"telegram", "dispatch", "broadcast", "compose", "announce", "tweet",    "envia",
		"envoy",    "invia",    "comunica",  "senden",  "skicka",   "wyslij",   "nachricht",
		"mensaj",   "mensag",   "messag",    "bericht", "pubblica", "publica",  "wa_",
		NULL};
	size_t i, j, k;
	int said = 0, token = 0;
	if (!x->tool)
		return 0;
	for (k = 0; verb[k]; k++)
		if (strstr(x->tool, verb[k]))
			return 1;
	for (i = 0; i < x->nfields; i++) {
		const rl_field *f = &x->fields[i];
		size_t sp = 0, wide = 0, dg = 0;
		if (!f->name || !f->value || !f->len)
			continue;
		for (j = 0; j < f->len && sp < 5 && wide < 12; j++) {
			unsigned char b = (unsigned char)f->value[j];
			sp += b == ' ';
			dg += b >= '0' && b <= '9';
			wide += b >= 0xe3 && b <= 0xed; /* lead bytes of kana, CJK, Hangul */
		}
		/* "+44 7700 900 123" is one, and so is "+7 903 118 44 02" (a
		 * number in five groups: its digits outnumber its gaps) */
		if ((sp >= 5 && !(f->len <= 24 && dg >= 2 * sp)) || wide >= 12)
			said = 1;
		else if ((sp <= 3 || dg >= 2 * sp) && f->len <= 64)
			token = 1;
	}
	return said && token;
}

int rl_message_shape(const rl_action *a)
{
	return a ? dt_message_shape(a) : 0;
}
