/* intimidate.c: intimidation read from the roles of a message (s16,
 * issue 14), beside menace.c's readings of violence and regret. A
 * message to a person intimidates when, in a clause aimed at them (a
 * condition, a demand to withdraw or stop, "whoever does ..."), it sets
 * a loss the sender controls against
 *  - the addressee's own lawful act: a complaint, a review, a report to
 *    an authority, testimony, union activity, leaving (retaliation); the
 *    loss: work or a renewal denied, their status (visa, residence,
 *    immigration) pursued, their life made hell, a "shame" befalling
 *    what is theirs, a warning to think again, the sender knowing where
 *    they live, work, park or sleep; or
 *  - with no lawful act at all: the sender knowing their places, the
 *    sender turning up at two places of their life (home and work, their
 *    mother's and their work), "you'll pay for it", a life made hell; or
 *    their residence or immigration status pursued with no law, clause or
 *    procedure named.
 * A lawful notice (arrears, a hearing, a fine under the rules, a report
 * to the police, a court) names no loss of these kinds, and an answer to
 * a complaint that says it will not affect them negates the loss. Word
 * classes are closed classes per language (English, Spanish, French,
 * German, Portuguese, Italian, Dutch, Polish, Swedish, Turkish, Russian,
 * Czech, Indonesian, Japanese, Chinese, Korean); every search is a first
 * occurrence or a bounded window over the first occurrences, so the
 * reading is linear in the text (a 64 KB message of one repeated word
 * included). Over text folded by rl_fold_script (menace.c). */
#include "detect/internal.h"

#include <string.h>

/* clang-format off */
/* the addressee's lawful act */
static const char *const lawful_act[] = {
	"complain*", "grievance*", "quej*", "review*", "testif*", "testimony", "witness*", "union*",
	"whistleblow*", "reported", "reporting", "report to", "went to the", "works council",
	"council", "regulator", "inspector*", "ombudsman", "labour board", "labor board",
	"queja*", "denuncia*", "reseña*", "reclamaci*", "sindicat*", "testific*", "testigo*",
	"declaraci*", "plainte*", "signalement*", "témoign*", "syndica*", "réclamation*", "avis",
	"beschwerde*", "klage", "anzeige*", "bewertung*", "betriebsrat*", "gewerkschaft*",
	"aussage*", "kündig*", "queixa*", "reclamaç*", "denúncia*", "avaliaç*", "testemunh*",
	"depoi*", "depôs", "fiscal*", "recension*", "reclam*", "segnalazion*", "sindacat*",
	"testimon*", "esposto", "dimission*", "klacht*", "aangifte", "recensie*", "vakbond*",
	"getuig*", "skarg*", "opini*", "zgłosz*", "związk*", "zezna*", "świadk*", "klagomål",
	"anmälan", "recension*", "facket", "vittn*", "şikayet*", "şikâyet*", "yorum*", "sendika*", "ifade*",
	"tanık*", "заявлени", "жалоб", "отзыв", "профсоюз", "показани", "stížnost*", "recenz*",
	"odbor*", "svědect*", "lapor*", "keluhan", "aduan", "pengaduan", "ulasan", "serikat",
	"saksi", "通報", "苦情", "口コミ", "レビュー", "組合", "証言", "告発", "申告", "投诉",
	"差评", "举报", "工会", "作证", "신고", "진정", "리뷰", "후기", "노조", "증언",
	/* (s18) speaking out: to the press, to others, in an article, a
	 * lawsuit, a dispute; acting against the sender */
	"keep talking", "keep telling", "the press", "journalist*", "reporter*", "article*", "blog*", "lawsuit*", "sue",
	"suing", "dispute*", "against us", "against me", "periodista*", "la prensa", "artículo*",
	"demanda*", "disputa*", "contra nosotros", "contra mí", "journaliste*", "la presse",
	"procès", "contestation*", "contre nous", "contre moi", "der presse", "artikel*", "gegen uns",
	"gegen mich", "giornalist*", "alla stampa", "articol*", "contro di noi", "contro di me",
	"jornalist*", "à imprensa", "artigo*", "contra nós", "contra mim", "tegen ons",
	"przeciwko nam", "mot oss", "bize karşı", "против нас",
	NULL};
/* a demand on it: withdraw, delete, stop, once more */
static const char *const undo[] = {
	"withdraw*", "retract*", "drop it", "drop the", "take it down", "take down", "delete*",
	"remove*", "back off", "let it go", "keep it up", "carry on", "one more", "again",
	"retira*", "quita*", "borra*", "elimina*", "deja de", "otra vez", "retire*", "supprime*",
	"enlève*", "arrête*", "encore", "zurückzieh*", "zurücknehm*", "lösch*", "nochmal",
	"noch einmal", "retir*", "apag*", "de novo", "outra vez", "ritir*", "cancell*", "togli*",
	"di nuovo", "intrek*", "trek*", "verwijder*", "nog een", "wycof*", "usuń*", "usun*",
	"znowu", "jeszcze", "dra tillbaka", "ta bort", "igen", "sil*", "geri çek*", "kaldır*",
	"tekrar", "yine", "отзов", "забер", "удали", "ещё", "еще", "снова", "stáhn*", "smaž*",
	"odvol*", "znovu", "cabut*", "hapus*", "tarik*", "取り下げ", "撤回", "削除", "撤", "删",
	"취하", "철회", "삭제",
	/* a decision of theirs to reverse: think again, change your mind */
	"tire a", "tira a", "tire o", "tira o", "quite esa", "quite su", "quite la", "quite el",
	"reconsider*", "think again", "change your mind", "taking it down", "take that down",
	"reconsidere*", "cambia de opinión", "cambie de opinión", "repensez", "changez d'avis",
	"change d'avis", "revenez sur", "überdenk*", "umentscheid*", "reconsidera*",
	"mude de ideia", "ci ripensi", "ripensaci", "ripensa*", "cambi idea", "heroverweeg*",
	"zmień zdanie", "ändra dig", "fikrini değiştir", "vazgeç*", "передумай*",
	"ξανασκεφτ*", "考え直", "重新考虑", "다시 생각",
	/* (s18) rethink; a word to the wise */
	"rethink*", "à bon entendeur", "a buen entendedor", "a bom entendedor", "a buon intenditor",
	NULL};
/* a condition or a rule aimed at whoever acts */
static const char *const cond[] = {
	"if", "unless", "or else", "otherwise", "whoever", "anyone who", "people who", "guys who",
	"si", "sinon", "sino", "si no", "quien", "quienes", "celui qui", "ceux qui", "wenn", "falls",
	"sonst", "wer", "se", "senão", "quem", "caso", "altrimenti", "chi", "anders",
	"tenzij", "jeśli", "jezeli", "jeżeli", "inaczej", "kto", "om", "annars",
	"eğer", "yoksa", "если", "иначе", "кто", "jestli", "pokud", "jinak", "kdo", "kalau",
	"jika", "atau", "siapa", "なら", "たら", "ないと", "如果", "要是", "否则", "再", "않으면",
	"면", "하면",
	/* a loss because of what they did: the causal tie of retaliation */
	"since you", "because you", "now that you", "after you", "ya que", "porque", "puisque",
	"parce que", "weil", "nachdem", "já que", "poiché", "visto che", "dato che", "omdat",
	"nu je", "ponieważ", "skoro", "eftersom", "çünkü", "потому что", "раз ты", "protože",
	"karena", "因为", "때문에",
	/* from now on (after what they did); go on and you will */
	"or we", "or i'll", "or we'll", "from now on", "and you'll", "and you will", "and you may", "and you might",
	"de ahora en adelante", "a partir de ahora", "désormais", "à partir de maintenant",
	"ab jetzt", "von nun an", "ab sofort", "a partir de agora", "daqui em diante",
	"d'ora in poi", "da adesso", "vanaf nu", "od teraz", "från och med nu",
	"bundan sonra", "bundan böyle", "с этого момента", "отныне", "από τώρα και στο εξής",
	"στο εξής", "これから先", "今後", "从现在起", "今后", "앞으로", "안 그러면",
	NULL};
/* work or a renewal, lost when negated ("isn't renewed", "won't hire") */
static const char *const keep[] = {
	"renew*", "hire*", "take you on", "work again", "job*", "career", "employ*", "rent to you",
	"weiter*", "verläng*", "renov*", "contrat*", "emplo*", "trabajo", "travail*", "embauch*",
	"rinnov*", "lavoro", "obra", "emprego", "trabalh*", "przedłuż*", "pracy", "pracę", "posad*",
	"werk", "contract", "kontrakt*", "anställ*", "işe", "iş", "работ*", "práci", "kerja",
	"更新", "雇", "職場", "工作", "续约", "계약", "일자리", "핸들",
	NULL};
static const char *const neg[] = {
	"not", "no", "never", "don't", "won't", "isn't", "aren't", "wasn't", "can't", "cannot",
	"couldn't", "wouldn't", "shouldn't", "doesn't", "didn't", "nicht", "kein*", "ne", "pas", "jamais", "nunca", "não", "non",
	"mai", "niet", "geen", "nie", "inte", "aldrig", "не", "ни", "tidak", "bukan", "ない", "ません",
	"不", "没", "못", "안", "없",
	NULL};
/* their job or home lost, them fired or evicted: beside their lawful act
 * and a condition, not negated ("cannot be fired for reporting") */
static const char *const lose[] = {
	"lose your job", "lose your home", "lose your flat", "lose your apartment",
	"lose your place", "lose your contract", "lose your licen*", "you're fired", "be fired", "get fired", "evict*", "perder tu", "perderás",
	"despedid*", "desahuc*", "perdre ton", "perdre votre", "perdras", "licencié*", "expulsé*",
	"verlierst", "verlieren sie", "gefeuert", "entlassen", "rausgeworfen", "perder o teu",
	"perder o seu", "perderás", "demitid*", "despejad*", "perdere il", "perderai", "licenziat*",
	"sfrattat*", "kwijtraken", "ontslagen", "stracisz", "zwolnion*", "eksmit*", "förlora*",
	"sparkad", "vräk*", "kaybedersin", "kovul*", "потеряешь", "уволен*", "выселим", "přijdeš o",
	"vyhozen*", "kehilangan", "dipecat", "クビ", "解雇", "开除", "해고",
	NULL};
/* "it will not affect your renewal": a negation that reassures */
static const char *const affect[] = {
	"affect*", "impact*", "influence*", "incidence", "auswirk*", "beeinfluss*", "afecta*",
	"influi*", "influye", "incid*", "influenz*", "wpływ*", "wpłyn*", "påverka*", "etkile*",
	"влия", "ovlivn*", "pengaruh", "mempengaruhi", "影響", "影响", "영향",
	NULL};
/* their status: residence, immigration */
static const char *const status[] = {
	"immigration", "visa status", "visa sponsor*", "work visa", "deport*", "right to rent",
	"residence permit", "plane home", "inmigraci*", "visado", "deportac*", "titre de séjour",
	"aufenthaltserlaubnis", "aufenthaltstitel", "aufenthaltsstatus", "ausländerbehörde",
	"migrationsamt", "abschieb*", "imigraç*", "deportaç*", "permesso di soggiorno",
	"immigrazion*", "verblijfsvergunning", "verblijfsstatus", "vreemdelingen*", "wizy", "wizę",
	"karta pobytu", "povolení k pobytu", "uppehållstillstånd", "utvisning",
	"oturma izni", "vize", "sınır dışı", "визу", "визы", "миграц", "депорт", "vízum",
	"imigrasi", "izin tinggal", "在留", "ビザ", "強制送還", "签证", "移民", "遣返", "비자",
	"체류", "추방",
	NULL};
/* a procedure named: the consequence is the law's, not the sender's */
static const char *const lawful[] = {
	"clause", "article", "art.", "§", "section", "court", "tribunal", "by law", "the law",
	"required by", "policy", "regulation*", "cláusula", "artículo", "ley", "juzgado", "loi",
	"gesetz*", "gericht*", "ziffer", "lei", "legge", "articolo", "wet", "rechter", "ustaw*",
	"lag", "kanun*", "madde", "закон", "zákon", "pasal", "undang", "法律", "規程", "规定",
	"법", "규정",
	NULL};
/* a loss the sender brings: paying for it, a life made hell */
static const char *const ruin[] = {
	"pay for it", "you'll pay", "make your life", "living hell", "pagándolo", "pagarlo",
	"pagarás", "infierno", "le payer", "enfer", "dafür bezahlen", "hölle", "pagar caro",
	"inferno", "pagarla", "piekło", "zapłacisz", "helvete", "zindan", "cehennem",
	"пожалеешь", "адом", "в ад", "peklo", "neraka", "地獄", "地狱", "지옥",
	NULL};
/* a loss beside the act: a shame, think again, while there's time */
static const char *const loss[] = {
	"a shame if", "be a shame",
	"shame if", "think about it", "think carefully", "think twice", "let it go",
	"keep your head", "heads down", "while you can", "sería una pena", "una lástima",
	"piénsalo", "piénsatelo", "cuidado con", "mientras puedas", "tranquila", "tranquilo",
	"dommage", "réfléchi*", "tant qu'il est temps", "schade", "überleg*", "solange du",
	"uma pena", "pensa bem", "pensa na", "enquanto é tempo", "peccato", "pensaci",
	"spiacevol*", "finché", "zonde", "denk goed", "szkoda", "zastanowi*", "zastanów*",
	"synd om", "tänk på", "yazık", "düşün*", "жаль", "подумай", "škoda", "rozmysl*",
	"sayang", "pikir*", "tidak akan tenang", "残念", "よく考え", "可惜", "想清楚", "注意点",
	"잘 생각",
	NULL};
/* the sender knows ... one of the places or people of their life */
static const char *const know[] = {
	"we know", "i know", "we've found", "know where", "weten we", "wissen wir", "sabemos", "te conocemos", "sé dónde",
	"on sait", "nous savons", "je sais où", "wir wissen", "ich weiß", "ich weiss", "sabemos",
	"já sabemos", "sappiamo", "so dove", "we weten", "ik weet", "wiemy", "wiem", "vi vet",
	"jag vet", "biliyoruz", "biliyorum", "знаем", "знаю", "víme", "vím", "kami tahu",
	"aku tahu", "tahu", "知って", "知道", "清楚", "알고", "알아",
	/* the sender holds or sees what is theirs */
	"i have your", "we have your", "i've got your", "we've got your", "i can see",
	"we can see", "tengo tu", "tenemos tu", "j'ai ton", "j'ai votre", "nous avons votre",
	"ich habe deine", "wir haben ihre", "wir haben deine", "tenho o teu", "temos o seu",
	"ho il tuo", "abbiamo il suo", "abbiamo il tuo",
	NULL};
static const char *const sphere[] = {
	"live*", "work*", "park*", "sleep*", "school*", "kids", "children", "address", "room",
	"home", "house", "car", "family", "who you are", "vives", "trabaj*", "colegio", "hijos",
	"dirección", "coche", "quién eres", "habites", "travaill*", "école", "enfants", "adresse",
	"voiture", "wohn*", "arbeit*", "schule", "kinder", "adresse", "auto", "moras", "mora",
	"trabalh*", "escola", "filhos", "morada", "carro", "abiti", "lavor*", "scuola", "figli",
	"camera", "dorm*", "indirizzo", "macchina", "woon*", "werk*", "school", "kinderen",
	"adres*", "mieszka*", "pracuj*", "szkoł*", "dzieci", "adres", "bor", "jobbar", "skola",
	"barn", "adresinizi", "adresini", "evin*", "evini", "okul*", "çocuk*", "живёшь", "живешь", "работаешь",
	"школ", "дет", "адрес", "машин", "bydlí*", "pracuj*", "škol*", "děti", "adres*",
	"kantor*", "rumah*", "sekolah", "anak*", "住", "学校", "子供", "会社", "家", "车",
	"孩子", "单位", "집", "회사", "학교", "아이",
	/* a school of any level, their coming home */
	"lycée", "collège", "liceo", "instituto", "gymnasium", "university", "université",
	"universidad", "faculdade", "get home", "come home",
	"llega*", "rentre*", "nach hause", "chega*", "torni", "rientr*", "eve gel*",
	"사는",
	NULL};
/* knowing, in languages that put the verb last: the place comes first
 * ("너 사는 곳 다 알아", "evini biliyoruz") */
static const char *const know_last[] = {
	"알아", "알고", "知って", "わかって", "分かって", "biliyoruz", "biliyorum", NULL};
/* a place of the addressee's life the sender turns up at */
static const char *const their_place[] = {
	"your house", "your home", "your work", "your office", "your school", "your door",
	"your mother's", "your parents'", "your kids' school", "tu casa", "tu trabajo",
	"tu oficina", "casa de tu", "chez ta", "chez ton", "chez toi", "chez vous", "chez votre",
	"devant votre", "votre travail",
	"devant ton", "devant ta", "ton boulot", "ton travail", "bei dir", "deine arbeit",
	"deiner arbeit", "deiner mutter", "tua casa", "teu trabalho", "casa da tua", "casa tua",
	"tuo lavoro", "tua madre", "je huis", "je werk", "je moeder", "twoim domem", "twojej pracy",
	"twoją pracą", "ditt hus", "ditt jobb", "evine", "işine", "к тебе домой", "на работу",
	"tvůj dům", "tvé práci", "rumahmu", "kantormu", "rumah kamu", "kantor kamu", "你家",
	"你单位", "你公司", "お宅", "집에", "회사에",
	NULL};
/* a mishap befalling what is theirs: an accident, a fire, a thing gone
 * missing, danger, cold */
static const char *const mishap[] = {
	"accident*", "fire", "fires", "on fire", "burn down", "burns down", "disappear*",
	"vanish*", "go missing", "goes missing", "going missing", "gone missing", "get lost",
	"dangerous", "nobody can fix",
	"accidente*", "incendi*", "fuego", "desaparec*", "peligros*", "feu", "disparaî*",
	"disparaiss*", "dangereu*", "unfall", "unfälle", "feuer", "verschwind*", "gefährlich*",
	"acidente*", "incêndio*", "fogo", "perigos*", "incident*", "fuoco", "spariscono",
	"sparire", "pericolos*", "ongeluk*", "verdwijn*", "gevaarlijk*", "wypad*", "pożar*",
	"znikn*", "niebezpieczn*", "olyck*", "försvinn*", "farlig*", "kaza*", "yangın*",
	"kaybol*", "tehlike*", "несчастн", "пожар", "пропад", "опасн", "ατυχήματ*", "ατύχημα",
	"φωτιά", "εξαφαν*", "επικίνδυν*", "事故", "火事", "燃え", "なくな", "危険", "意外", "着火",
	"失火", "不见", "危险", "사고", "불이", "사라", "위험",
	NULL};
/* ... told as chance or as a warning: things happen, sometimes, who
 * knows, be careful */
static const char *const hedge[] = {
	"happen", "happens", "sometimes", "you never know", "who knows", "be careful", "careful",
	"pasan", "ocurren", "a veces", "nunca se sabe", "cuidado", "arrivent", "parfois",
	"vite arrivé", "peut arriver", "ça arrive",
	"on ne sait jamais", "prudent*", "passieren", "manchmal", "man weiß nie", "vorsicht*",
	"acontecem", "às vezes", "si sa", "a volte", "capita*", "non si sa mai", "attent*",
	"gebeuren", "soms", "je weet maar nooit", "voorzichtig", "zdarza*", "czasem",
	"nigdy nie wiadomo", "uważaj*", "händer", "ibland", "man vet aldrig", "försiktig*",
	"olur", "bazen", "dikkat*", "бывает", "случается", "иногда", "мало ли", "осторожн",
	"συμβαίνουν", "καμιά φορά", "ποτέ δεν ξέρεις", "προσοχ*", "起こる", "時々", "気をつけ",
	"难免", "有时", "谁知道", "小心", "생길", "가끔", "조심",
	NULL};
/* thanks or an apology: an answer to a complaint, not a menace */
static const char *const kind[] = {
	"thank*", "sorry", "apolog*", "gracias", "lo sentimos", "disculp*", "merci", "désolé*",
	"excus*", "danke", "entschuldig*", "obrigad*", "desculp*", "grazie", "scus*",
	"dispiace", "bedankt", "excuses", "dziękuj*", "przepraszam", "tack", "ursäkta",
	"teşekkür*", "özür", "спасибо", "извин", "ευχαριστ*", "συγγνώμη", "ありがとう", "申し訳",
	"谢谢", "抱歉", "对不起", "감사", "죄송",
	NULL};
/* their children or family as the lever: think of them, it is your
 * choice */
static const char *const kin_think[] = {
	"think about the kids", "think of the kids", "think about your kids", "think of your kids",
	"think about your children", "think of your children", "think about your family",
	"think of your family", "piensa en tus hijos", "piense en sus hijos",
	"piensa en los niños", "pense à tes enfants", "pensez à vos enfants",
	"denk an deine kinder", "denken sie an ihre kinder", "pensa nos teus filhos",
	"pense nos seus filhos", "pensa ai tuoi figli", "pensi ai suoi figli",
	"denk aan je kinderen", "pomyśl o dzieciach", "tänk på barnen", "çocuklarını düşün",
	"подумай о детях", "σκέψου τα παιδιά", "子供のことを考え", "想想你的孩子", "아이들 생각",
	NULL};
static const char *const choice[] = {
	"your choice", "your call", "up to you", "your decision", "you decide", "tú decides",
	"usted decide", "à toi de voir", "à vous de voir", "c'est ton choix", "deine entscheidung",
	"du entscheidest", "sie entscheiden", "a escolha é sua", "você decide", "decide tu",
	"sta a te", "scegli tu", "jouw keuze", "twój wybór", "ditt val", "karar senin",
	"seçim senin", "решать тебе", "твой выбор", "εσύ αποφασίζεις", "あなた次第", "お前次第",
	"你决定", "네 선택",
	NULL};
/* ... or a hardship to them: cold, frost, the dark (with the choice
 * only: a complaint about a cold office is no menace) */
static const char *const hardship[] = {
	"freez*", "frost", "cold", "coldest", "in the dark", "frío", "helad*", "froid", "gel",
	"kalt", "kälte", "frio", "gelad*", "freddo", "gelo", "koud", "zimno", "kallt", "soğuk",
	"холод", "мороз", "κρύο", "寒", "冷", "추위", "추운",
	NULL};
static const char *const little[] = {
	"kids", "children", "little ones", "babies", "baby", "niños", "hijos", "pequeños",
	"enfants", "petits", "kinder", "kleinen", "filhos", "crianças", "bambini", "figli",
	"piccoli", "kinderen", "dzieci", "barnen", "çocuk*", "дети", "детей", "малыш", "παιδιά",
	"子供", "孩子", "아이",
	NULL};
/* (s18) someone of the sender's side knows, sees or will recognise them */
static const char *const watch[] = {
	"we know", "i know", "we've found", "know where", "nous savons", "on sait", "je sais",
	"sabemos", "wir wissen", "ich weiß", "ich weiss", "sappiamo", "so dove",
	"they know", "people know", "everyone knows", "we see you", "we've seen you",
	"we have seen you", "we've noticed you", "we noticed you", "will recognise you",
	"will recognize you", "saben", "ya saben", "te vemos", "le vemos", "te reconocerán",
	"le reconocerán", "ils savent", "on vous voit", "on te voit", "nous vous voyons",
	"vous reconnaîtront", "te reconnaîtront", "wir kennen", "kennen wir", "wissen",
	"wir sehen dich", "wir sehen sie", "erkennen dich", "sabem", "vemos-te", "vemos você",
	"vão reconhecer", "sanno", "ti vediamo", "la vediamo", "ti riconosceranno",
	"la riconosceranno", "ze weten", "wiedzą", "de vet", "biliyorlar", "знают", "видим тебя",
	NULL};
/* (s18) their comings and goings, at night; the way home; where they sit */
static const char *const moves[] = {
	"come in", "come and go", "at night", "every night", "every evening", "route",
	"way home", "road home", "walk home", "drive home", "commute", "seated",
	"sitting", "sit", "a solas", "de noche", "por la noche", "cada noche", "camino",
	"ruta", "asiento", "sentad*", "seul", "seule", "la nuit", "le soir", "chaque soir",
	"trajet", "chemin", "assis*", "siège", "allein*", "nachts", "abends", "heimweg",
	"sitzt", "sitzen", "sozinh*", "à noite", "caminho", "assento", "da sol*", "di notte",
	"la sera", "ogni sera", "strada", "percorso", "tornare", "sedut*", "siedi", "posto a sedere",
	NULL};
/* (s18) in your place: advice set as a condition */
static const char *const in_place[] = {
	"if i were you", "in your place", "in your shoes", "yo que tú", "yo que usted",
	"en tu lugar", "en su lugar", "a tu lugar", "à ta place", "à votre place",
	"an deiner stelle", "an ihrer stelle", "no teu lugar", "no seu lugar", "se eu fosse você",
	"al posto tuo", "al suo posto", "als ik jou was", "na twoim miejscu", "na pana miejscu",
	"om jag var du", "yerinde olsam", "на твоём месте", "на твоем месте", "на вашем месте",
	NULL};
/* (s18) ... advising them to speak, write or publish otherwise, or less */
static const char *const speak[] = {
	"writ*", "wrote", "talk*", "say*", "post*", "publish*", "answer*", "speak*", "escrib*",
	"habl*", "publica*", "contest*", "écri*", "parler*", "parlerais", "publier*", "schreib*",
	"reden", "sprechen", "veröffentlich*", "scriv*", "parler*", "parlare", "parlerei",
	"pubblic*", "escrev*", "falar*", "schrijf*", "praten", "pisa*", "mówi*", "skriv*",
	"prata*", "yaz*", "konuş*", "писа*", "говори*",
	NULL};
/* (s18) an offer or a wish: help, not a warning */
static const char *const offer[] = {
	"if you'd like", "if you would like", "if you want", "if you need", "if you wish",
	"if you prefer", "si quieres", "si lo desea", "si lo prefiere", "si necesita",
	"si vous le souhaitez", "si vous voulez", "si vous préférez", "si tu veux", "wenn sie möchten",
	"wenn du möchtest", "falls gewünscht", "se quiser", "se preferir", "se vuoi", "se preferisci",
	"se desidera", "als je wilt", "jeśli chcesz", "om du vill", "istersen", "если хотите",
	NULL};
/* (s18) the sender claims to know all that is theirs ("every one of
 * your contracts"): beside their lawful act only */
static const char *const every_your[] = {
	"every one of your", "each of your", "all your", "all of your", "everything about you",
	"todos tus", "todas tus", "todos sus", "todas sus", "todo sobre ti", "tous vos", "toutes vos",
	"tous tes", "toutes tes", "tout sur vous", "jeden ihrer", "jede ihrer", "jedes ihrer",
	"alle ihre", "jeden deiner", "alle deine", "alles über", "todos os teus", "todos os seus",
	"tudo sobre", "tutti i tuoi", "tutte le tue", "tutti i suoi", "tutto di te", "al je",
	"wszystkie twoje", "alla dina", "tüm", "все твои", "все ваши",
	NULL};
/* (s18) think of a place or a person of their life: the lever named
 * ("think about your mother's house") */
static const char *const think_of[] = {
	"think about", "think of", "piensa en", "piense en", "pense à", "pensez à", "denk an",
	"denken sie an", "pensa na", "pensa no", "pense na", "pense no", "pensa a", "pensa alla",
	"pensa al", "pensi a", "denk aan", "pomyśl o", "tänk på", "düşün", "подумай о",
	NULL};
/* clang-format on */

#define WIN 48
#define TRIES 64

/* The byte pairs the text holds (one bit per pair): an entry whose first
 * two bytes the text never holds is not searched for. Most entries of
 * most lists are absent from a message, and each search is a memmem over
 * the text; the bitmap costs one pass. Per thread (the guard evaluates on
 * several): set by dt_intimidate_structure for its reading. */
typedef struct {
	unsigned long long bit[1024];
} pairs;
static _Thread_local const pairs *P;

static void pairs_make(pairs *b, const char *s, size_t n)
{
	size_t i;
	memset(b, 0, sizeof *b);
	for (i = 0; i + 1 < n; i++) {
		unsigned v = (unsigned)(unsigned char)s[i] << 8 | (unsigned char)s[i + 1];
		b->bit[v >> 6] |= 1ULL << (v & 63);
	}
}

static int pairs_may(const char *w)
{
	unsigned v;
	if (!P || !w[0] || !w[1] || w[1] == '*')
		return 1;
	v = (unsigned)(unsigned char)w[0] << 8 | (unsigned char)w[1];
	return (P->bit[v >> 6] >> (v & 63)) & 1;
}

/* the first occurrence of an entry of w in s[lo..hi) */
static size_t in(const char *s, size_t n, const char *const *w, size_t lo, size_t hi, size_t *l)
{
	size_t best = (size_t)-1, at, k;
	if (hi > n)
		hi = n;
	for (; *w; w++)
		if (pairs_may(*w) && (at = dt_cs_occur(s, hi, *w, lo, best, &k)) != (size_t)-1)
			best = at, *l = k;
	return best;
}

static size_t lo_of(size_t p, size_t w)
{
	return p > w ? p - w : 0;
}

/* An occurrence of w (among the first TRIES of each entry) with (want
 * set) or without a negation in the WIN bytes before it or (want set)
 * after it: its offset, or (size_t)-1. */
static size_t negated_hit(const char *s, size_t n, const char *const *w, int want, size_t *len)
{
	size_t p, l, k, t;
	for (; *w; w++)
		for (p = 0, t = 0; pairs_may(*w) && t++ < TRIES &&
				   (p = dt_cs_occur(s, n, *w, p, n, &l)) != (size_t)-1;
		     p++) {
			int ng = in(s, n, neg, lo_of(p, want ? WIN : 14), p, &k) != (size_t)-1 ||
				 (want && in(s, n, neg, p + l, p + l + 40, &k) != (size_t)-1);
			if (ng && want && in(s, n, affect, lo_of(p, WIN), p, &k) != (size_t)-1)
				ng = 0; /* reassurance, not a loss */
			if (ng == want) {
				*len = l;
				return p;
			}
		}
	return (size_t)-1;
}

/* an entry of a followed within `win` bytes by an entry of b */
static size_t near(const char *s, size_t n, const char *const *a, const char *const *b, size_t win,
		   size_t *len)
{
	size_t p, l, k, t;
	for (; *a; a++)
		for (p = 0, t = 0; pairs_may(*a) && t++ < TRIES &&
				   (p = dt_cs_occur(s, n, *a, p, n, &l)) != (size_t)-1;
		     p++)
			if (in(s, n, b, p + l, p + l + win, &k) != (size_t)-1) {
				*len = l;
				return p;
			}
	return (size_t)-1;
}

/* two distinct places of their life named */
static size_t two_places(const char *s, size_t n, size_t *len)
{
	size_t a, l, b, k;
	if ((a = in(s, n, their_place, 0, n, &l)) == (size_t)-1)
		return (size_t)-1;
	b = in(s, n, their_place, a + l, n, &k);
	if (b == (size_t)-1 || (k == l && !memcmp(s + a, s + b, l)))
		return (size_t)-1;
	*len = l;
	return a;
}

static int reading(const char *s, size_t n, size_t *at, size_t *len);

/* Does a clause end at s[p] ("think of the kids." and not "think of the
 * kids' timetable")? */
static int ends_clause(const char *s, size_t n, size_t p)
{
	while (p < n && s[p] == ' ')
		p++;
	return p >= n || strchr(".!?;\n", s[p]) || (unsigned char)s[p] >= 0xe3;
}

int dt_intimidate_structure(const char *s, size_t n, size_t *at, size_t *len)
{
	pairs b;
	int r;
	if (n < 16)
		return 0;
	pairs_make(&b, s, n);
	P = &b;
	r = reading(s, n, at, len);
	P = NULL;
	return r;
}

static int reading(const char *s, size_t n, size_t *at, size_t *len)
{
	size_t l = 0, a, k;
	int act, aimed, undone;
	/* every reading below needs one of these: most messages hold none,
	 * and then the longer lists (conditions, lawful acts) are not read */
	if (in(s, n, know, 0, n, &k) == (size_t)-1 &&
	    in(s, n, their_place, 0, n, &k) == (size_t)-1 &&
	    in(s, n, status, 0, n, &k) == (size_t)-1 && in(s, n, ruin, 0, n, &k) == (size_t)-1 &&
	    in(s, n, loss, 0, n, &k) == (size_t)-1 && in(s, n, keep, 0, n, &k) == (size_t)-1 &&
	    in(s, n, lose, 0, n, &k) == (size_t)-1 && in(s, n, mishap, 0, n, &k) == (size_t)-1 &&
	    in(s, n, kin_think, 0, n, &k) == (size_t)-1 &&
	    in(s, n, choice, 0, n, &k) == (size_t)-1 &&
	    in(s, n, think_of, 0, n, &k) == (size_t)-1 && in(s, n, watch, 0, n, &k) == (size_t)-1)
		return 0;
	undone = in(s, n, undo, 0, n, &k) != (size_t)-1;
	/* (s18) watched: someone of the sender's side knows or sees their
	 * comings and goings, their way home or their seat, beside a demand
	 * to reverse what they did or advice, in their place, to write or say
	 * otherwise; not in a message that offers help or thanks */
	if ((a = near(s, n, watch, moves, WIN, &l)) != (size_t)-1 &&
	    (undone || near(s, n, in_place, speak, 40, &k) != (size_t)-1) &&
	    in(s, n, offer, 0, n, &k) == (size_t)-1 && in(s, n, kind, 0, n, &k) == (size_t)-1)
		goto hit;
	aimed = undone || in(s, n, cond, 0, n, &k) != (size_t)-1 || dt_cs_contingent(s, n);
	if (!aimed)
		return 0;
	act = in(s, n, lawful_act, 0, n, &k) != (size_t)-1;
	/* the sender's own menace, with or without a lawful act */
	if (((a = near(s, n, know, sphere, WIN, &l)) != (size_t)-1 ||
	     (a = near(s, n, sphere, know_last, WIN, &l)) != (size_t)-1 ||
	     (a = two_places(s, n, &l)) != (size_t)-1) &&
	    in(s, n, offer, 0, n, &k) == (size_t)-1) /* (s18) an offer of help is none */
		goto hit;
	/* (s18) all that is theirs known, beside their lawful act and a
	 * warning to think; a place of their kin named as what to think of */
	if ((act && (a = near(s, n, watch, every_your, WIN, &l)) != (size_t)-1 &&
	     negated_hit(s, n, loss, 0, &k) != (size_t)-1 &&
	     in(s, n, kind, 0, n, &k) == (size_t)-1) ||
	    ((a = near(s, n, think_of, their_place, 24, &l)) != (size_t)-1 &&
	     in(s, n, speak, 0, n, &k) != (size_t)-1 && in(s, n, offer, 0, n, &k) == (size_t)-1 &&
	     in(s, n, kind, 0, n, &k) == (size_t)-1))
		goto hit;
	/* their status pursued: beside their lawful act or a demand to undo
	 * or stop (a visa's paperwork deadline is neither) */
	if ((act || undone) && (a = negated_hit(s, n, status, 0, &l)) != (size_t)-1 &&
	    (act || in(s, n, lawful, 0, n, &k) == (size_t)-1))
		goto hit;
	if ((a = negated_hit(s, n, ruin, 0, &l)) != (size_t)-1 &&
	    (act || in(s, n, lawful, 0, n, &k) == (size_t)-1))
		goto hit;
	/* a mishap to what is theirs told as chance or a warning ("accidents
	 * happen", "boats sometimes catch fire", "tell your drivers to be
	 * careful"), beside their lawful act or a demand to undo it, in a
	 * message that neither thanks nor apologises */
	if ((act || undone) && (a = in(s, n, mishap, 0, n, &l)) != (size_t)-1 &&
	    in(s, n, hedge, 0, n, &k) != (size_t)-1 && in(s, n, kind, 0, n, &k) == (size_t)-1)
		goto hit;
	/* their children as the lever: think of them, or a mishap beside
	 * "your choice" */
	if (((a = in(s, n, kin_think, 0, n, &l)) != (size_t)-1 && ends_clause(s, n, a + l)) ||
	    ((a = in(s, n, choice, 0, n, &l)) != (size_t)-1 &&
	     in(s, n, little, 0, n, &k) != (size_t)-1 &&
	     (in(s, n, mishap, 0, n, &k) != (size_t)-1 ||
	      in(s, n, hardship, 0, n, &k) != (size_t)-1)))
		goto hit;
	/* a shame, a warning to think: only beside a demand to undo the act
	 * ("a shame if the parking kept you away" after thanks is none) */
	if (act && undone && (a = negated_hit(s, n, loss, 0, &l)) != (size_t)-1)
		goto hit;
	/* retaliation: the lawful act, and work or a renewal denied, or their
	 * job or home lost */
	if (act && (a = negated_hit(s, n, keep, 1, &l)) != (size_t)-1)
		goto hit;
	if (act && in(s, n, lawful, 0, n, &k) == (size_t)-1 &&
	    (a = negated_hit(s, n, lose, 0, &l)) != (size_t)-1)
		goto hit;
	return 0;
hit:
	*at = a;
	*len = l;
	return 1;
}
