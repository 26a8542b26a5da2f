/* thirdparty_text.c: what a text carries about a person, for the
 * third-party rules (thirdparty.c; docs/policy.md "Harm to third
 * parties"). Shapes, not phrases: an address is a number beside a street
 * word, a phone number nine digits or more with separators, a time digits
 * with a colon or an hour mark, a room a room word beside digits; a
 * workplace a verb of working in the third person; a debt a word of
 * owing beside an amount; health a sensitive condition (mental illness,
 * cancer, HIV, dementia, tuberculosis, pregnancy, addiction, an eating
 * disorder, ADHD) said of someone named or titled, not of "I" or "you".
 * The vocabularies are each language's ordinary words for these
 * meanings (English, Spanish, French, German, Portuguese, Italian,
 * Japanese). Every search is bounded by its window: linear in the text. */
#include "policy/thirdparty.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* clang-format off */
/* street words: the number stands before (English, French) or after */
static const char *const street_before[] = {
	"street", "st", "road", "rd", "lane", "row", "avenue", "ave", "close", "court", "terrace",
	"drive", "crescent", "gardens", "way", "rue", "boulevard", "allée", "chemin", "impasse",
	/* (s19) more English street types and their abbreviations */
	/* (not "dr", "pl", "square", "park", "walk", "trail": a doctor, a
	 * plural, a French square, a car park, a walk's or a trail's length) */
	"blvd", "mews", "grove", "parkway", "pkwy", "highway", "hwy", "cres", "wharf", "quay",
	NULL};
static const char *const street_after[] = {
	"rue", "calle", "c/", "avenida", "av.", "plaza", "paseo", "camino", "via", "viale", "piazza",
	"corso", "vicolo", "rua", "travessa", "largo", "alameda", "~straße", "~strasse", "~str.",
	"~weg", "~platz", "~gasse", "~allee", "haus", "flat", "apartment", "apt", "piso", "wohnung",
	"ap.", "unit", "suite",
	/* Arabic, Russian, Polish, Dutch, Swedish, Turkish */
	"شارع", "улица", "ул.", "проспект", "ulica", "ul.", "~straat", "~gatan", "~vägen",
	"~stigen", "sokak", "sok.", "cad.", "caddesi",
	/* (s19) Indonesian and Malay, Romanian, Vietnamese, Czech, Hungarian, Greek */
	"jl.", "jalan", "strada", "str.", "bulevardul", "calea", "aleea", "đường", "phố",
	"ulice", "utca", "οδός",
	NULL};
static const char *const street_cjk[] = {"番地", "丁目", "号室", NULL};
static const char *const room[] = {
	"room", "zimmer", "chambre", "habitación", "quarto", "stanza", "camera", "kamer", "pokój",
	"pokoju", "oda", "odası", "pokoj", "kamar", "房间", "호실", "号室", "部屋", NULL};
static const char *const work3[] = {
	"works at", "works as", "works for", "trabaja en", "trabaja como", "travaille à",
	"travaille chez", "travaille au", "arbeitet bei", "arbeitet im", "arbeitet in",
	"arbeitet als", "trabalha na", "trabalha no", "trabalha em", "trabalha como", "lavora al",
	"lavora alla", "lavora in", "lavora presso", "lavora da", "lavora come", "に勤務", "で働いて",
	"勤め",
	NULL};
static const char *const debt[] = {
	"owes", "owe me", "arrears", "unpaid", "hasn't paid", "won't pay", "debt*", "debe", "deuda*",
	"sin pagar", "impagad*", "moros*", "doit", "dette*", "impayé*", "schuldet", "schulden",
	"~rückstand", "deve", "dívida*", "em atraso", "debito", "debiti", "non ha pagato",
	"arretrat*", "滞納", "借金",
	NULL};
static const char *const health[] = {
	"cancer*", "cáncer", "câncer", "cancro", "~krebs", "~karzinom",
	"carcinom*", "tumor*", "tumour*", "tumeur*", "chemo*", "quimio*", "chimio*", "hiv", "vih",
	"sida", "tubercul*", "tuberkul*", "pregnan*", "embarazada", "enceinte", "schwanger*",
	"grávida", "incinta", "adhd", "tdah", "adhs", "autis*", "anorex*", "anoress*", "magersucht",
	"bulimi*", "alcoholi*", "alcoolis*", "alcolis*", "alkoholi*", "~alkoholsucht", "addict*",
	"drogadic*", "toxicoman*", "rehab", "depress*", "dépress*", "depresi*", "depressão",
	"bipolar*", "schizophren*", "esquizofren*", "schizofren*", "schizophrén*", "psychos*",
	"psicos*", "psychiatr*", "psiquiátr*", "psichiatr*", "dementia", "demencia", "démence",
	"demenz", "demência", "demenza", "alzheimer*", "epilep*", "suicid*", "suizid*",
	"hepatitis", "overdose", "eating disorder", "sclerosis", "sklerose", "esclerosis", "sclérose",
	"esclerose", "sclerosi", "parkinson*",
	/* the oncology ward, a terminal or palliative illness, dependency
	 * named by its compound (Alkoholabhängigkeit), a pregnancy lost */
	"oncolog*", "onkolog*", "oncológ*", "cancérolog*", "terminally ill", "terminal ill*",
	"terminal disease", "terminal lung", "lung disease", "palliat*", "dialys*",
	"dialis*", "alcohol depend*", "alcohol use disorder", "substance abuse", "drug abuse",
	"alkoholabhängig*", "drogenabhängig*", "medikamentenabhängig*", "spielsucht",
	"alcoolodépend*", "dépendance à l'alcool", "dependencia del alcohol", "desintox*",
	"entzugs*", "miscarriage", "fausse couche", "fehlgeburt", "aborto espontáneo",
	"self-harm", "self harm", "autolesi*", "selbstverletz*", "automutil*",
	"prescribed", "mental health", "salud mental", "santé mentale",
	"saúde mental", "salute mentale", "psychische gesundheit", "antiretrovir*", "antidepress*", "antipsychot*", "methadon*",
	"huntington*", "brca*", "genetic test*", "gentest*", "糖尿病", "туберкул*", "вич",
	"онколог*", "беремен*", "депресс*", "шизофрен*",
	/* the other special categories, read the same way: immigration
	 * status, a criminal record, sexual orientation or gender identity */
	"overstay*", "asylum", "undocumented", "deportation", "immigration status",
	"visa status", "asilo", "indocumentad*", "sin papeles", "deportaci*", "sans-papiers",
	"demandeur d'asile", "demande d'asile", "expulsion du territoire", "asylantrag",
	"asylbewerber*", "abschiebung", "duldung", "clandestin*", "criminal record",
	"convicted", "conviction for", "antecedentes penales", "casier judiciaire",
	"vorstrafe*", "vorbestraft", "precedenti penali", "ficha criminal",
	"homosexual*", "homosexuel*", "homossexual*", "omosessual*", "lesbian*", "lesbienne",
	"bisexual*", "bisexuel*", "transgender", "transgenre", "sexual orientation",
	"orientación sexual", "orientation sexuelle", "sexuelle orientierung",
	"gender reassignment", "hiv-positiv*", "hiv positive", "seropositiv*",
	"うつ病", "鬱", "癌", "がん", "認知症", "妊娠", "統合失調", "双極", "結核", "依存症",
	"エイズ", "発達障害", "摂食障害", "精神科", "硬化症",
	NULL};
/* a person named by title or by kin or role */
static const char *const titled[] = {
	"mr", "mrs", "ms", "miss", "dr", "herr", "herrn", "frau", "sr.", "sra.", "señor", "señora",
	"sig.", "signor", "signora", "monsieur", "madame", "mme", "m.", "father of", "mother of",
	"dad", "mum", "pai do", "pai da", "mãe do", "mãe da", "padre de", "madre de", "padre di",
	"madre di", "vater von", "mutter von", "husband", "wife", "neighbour", "neighbor",
	"colleague", "vecino", "vecina", "voisin", "voisine", "nachbar*", "vizinh*", "vicin*",
	"moradora", "morador", "recepcionista", "patient*", "employee", "student", "pupil", "tenant",
	"client", "paciente", "paziente", "dipendente", "empleado", "empleada", "funcionári*",
	"alumno", "alumna", "aluno", "aluna", "alunno", "alunna", "schüler*", "élève", "inquilin*",
	"locataire", "mieter*", "participant*", "患者", "社員", "従業員", "生徒",
	"さん", "様", "氏", "くん", "ちゃん", "ご主人", "奥さん",
	NULL};
/* a company, an office or a service: its number and address are no
 * private person's */
static const char *const org[] = {
	"group", "ltd", "limited", "inc", "llc", "plc", "gmbh", "ag", "s.l.", "s.a.", "s.p.a.",
	"srl", "s.r.l.", "lda", "sarl", "company", "property", "properties", "services", "office",
	"reception", "clinic", "hotel", "bank", "council", "support", "team", "desk", "hotline",
	"helpline", "customer service", "lettings", "agency", "management", "praxis", "oficina",
	"bureau", "ufficio", "escritório", "secretaría", "secretaria", "centre", "center",
	"受付", "事務所", "株式会社",
	NULL};

/* the speaker's own or the addressee's: data of theirs */
static const char *const own[] = {
	"i", "i'm", "i've", "my", "me", "mine", "call me", "ich", "mein*", "mir", "mich", "je",
	"j'ai", "mon", "ma", "mes", "moi", "yo", "tengo", "mi", "eu", "tenho", "meu", "minha", "io",
	"ho", "mio", "mia", "私", "僕", "俺",
	NULL};
static const char *const addressee[] = {
	"you", "your", "votre", "vos", "ton", "ta", "tes", "tu", "tus", "usted", "dein*", "teu",
	"tua", "tuo", "あなた",
	NULL};
static const char *const third_poss[] = {
	"his", "her", "he", "she", "sein*", "er", "son", "sa", "ses", "su", "seu", "sua", "suo",
	"elle", "ella", "ela", "ele", "él", "hij", "zij", "hon", "han", "ona", "он", "она",
	"彼", "彼女",
	NULL};

static const char *const restricted[] = {
	"do not contact", "no contact", "don't share", "do not share", "do not disclose",
	"don't disclose", "not be disclosed", "not to be disclosed", "restraining order",
	"protective order", "protection order", "court order", "non-molestation", "no information to",
	"must not collect", "not authorised to", "not authorized to", "do not release",
	"left circle", "left the circle", "sharing off", "stopped sharing", "domestic violence",
	"orden de alejamiento", "orden judicial", "no puede recoger", "no facilitar",
	"no dar información", "no compartir", "violencia de género", "ordonnance de protection",
	"interdiction de contact", "ne pas communiquer", "ne pas divulguer", "ne pas partager",
	"sperrvermerk", "auskunftssperre", "kontaktverbot", "näherungsverbot", "keine auskunft",
	"nicht weitergeben", "gewaltschutz", "medida de afastamento", "ordem de restrição",
	"medida protetiva", "não divulgar", "não partilhar", "não compartilhar", "não fornecer",
	"ordine restrittivo", "divieto di avvicinamento", "non comunicare", "non divulgare",
	"non condividere", "接近禁止", "伝えないこと", "開示しない", "教えないこと", "保護命令",
	"dv相談", "dv被害", "裁判所命令", "家庭裁判所", "提供禁止", "引き渡し禁止", "禁止命令",
	"法院命令", "禁止令", "접근금지", "법원 명령", "запрет на приближение", "охранный ордер",
	"uzaklaştırma kararı", "zakaz zbliżania", "contactverbod", "kontaktförbud",
	/* custody or a bar on receiving: the record says who may not be told */
	"sole custody", "may not receive", "must not receive", "not to be told", "don't tell",
	"do not tell", "tell no one", "custodia exclusiva", "no puede recibir", "no le digas",
	"no se lo digas", "garde exclusive", "ne peut pas recevoir", "ne dis à personne",
	"ne le dis pas", "alleiniges sorgerecht", "darf keine", "sag es niemandem",
	"guarda exclusiva", "não pode receber", "não conte", "affidamento esclusivo",
	"non può ricevere", "non può ritirare", "non dirlo", "никому", "не говори",
	"не сообщать", "لا تخبر", "لا تقل", "誰にも言わない", "言わないで",
	"아무한테도", "아무에게도", "bez wiedzy", "nikomu", "niemand vertellen", "berätta inte",
	"kimseye söyleme", "不要告诉", "别告诉", "किसी को मत", "kisi ko mat",
	NULL};
static const char *const consented[] = {
	"consent*", "at her request", "at his request", "at their request", "her permission",
	"his permission", "su richiesta", "zugestimmt", "einwilligung", "einverstanden",
	"consentimiento", "a petición suya", "consentement", "à sa demande", "consentimento",
	"a pedido dela", "a pedido dele", "同意", "本人の希望",
	/* a release, an authorisation or a proxy the user says is on file:
	 * the principal's word on who may be told (as "Whose record" reads it) */
	"release on file", "signed release", "release form", "authoris*", "authoriz*",
	"power of attorney", "proxy", "vollmacht", "bevollmächtig*", "schweigepflichtentbindung",
	"autorización", "autorizzazione", "delega", "procuração", "procuration", "委任状",
	NULL};
/* the person asked for it: a name just before (a firm asking is not) */
static const char *const asked[] = {
	"asked us", "has asked us", "wants us to", "ci ha chiesto", "ci chiede", "ha chiesto",
	"nos pidió", "nos ha pedido", "nos pide", "nous a demandé", "nous demande", "hat uns gebeten",
	"bittet uns", "pediu-nos", "nos pediu", "pede-nos",
	NULL};
static const char *const estranged[] = {
	"my ex", "estranged", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend", "ex-partner", "abusive ex",
	"we broke up", "broke up with", "we split up", "we've split up", "we separated",
	"we're separated", "we are separated", "she left me", "he left me", "we're divorced",
	"moved out", "moved away", "trying to find her", "trying to find him", "looking for her",
	"looking for him", "se fue de casa", "la busca", "lo busca", "est partie", "la cherche",
	"ausgezogen", "sucht sie", "saiu de casa", "procura por ela", "è andata via", "la cerca",
	"ушла от", "ищет её", "ищет ее", "يعيدها", "هربت", "家出", "探して",
	"mi ex", "ex pareja", "exmujer", "exmarido", "ex-novi*", "nos separamos", "me dejó",
	"mon ex", "ma ex", "ex-femme", "ex-mari", "nous sommes séparés", "on s'est séparés",
	"m'a quitté", "meine ex", "mein ex", "ex-frau", "ex-mann", "ex-freund*",
	"haben uns getrennt", "getrennt lebend", "meu ex", "minha ex", "ex-mulher", "ex-marido",
	"ex-namorad*", "separámo-nos", "separamo-nos", "mio ex", "mia ex", "ex moglie", "ex marito",
	"ex fidanzat*", "ci siamo lasciati", "元カノ", "元彼", "元カレ", "元夫", "元妻", "別れた",
	/* a marriage or a partnership in the past tense, a former partner */
	"used to be married", "we were married", "was married to", "were married",
	"former husband", "former wife", "former partner", "we divorced", "we got divorced",
	"estuvimos casados", "mi exesposa", "mi exesposo", "nos divorciamos",
	"nous étions mariés", "mon ancien mari", "mon ancienne femme", "nous avons divorcé",
	"wir waren verheiratet", "meine frühere frau", "mein früherer mann",
	"wir sind geschieden", "fomos casados", "divorciámo-nos", "eravamo sposati",
	"mijn ex", "ex-vrouw", "ex-man", "mój były", "moja była", "była żona", "były mąż",
	"mitt ex", "min ex", "exfru", "exman", "eski eşim", "eski karım", "eski kocam",
	"eski sevgilim", "boşandık", "бывшая жена", "бывший муж", "бывшую", "моя бывшая",
	"мой бывший", "развелись", "πρώην", "χωρίσαμε", "طليقتي", "طليقي", "前妻", "前夫",
	"前女友", "前男友", "전처", "전남편", "전 여자친구", "전 남자친구",
	/* (s19) a former partner of someone else, said in the third person or
	 * by a requester's relay ("his ex-wife called", "eski kocası yazdı",
	 * "bạn gái cũ của anh ấy"), in more languages */
	"eski eş*", "eski kar*", "eski koca*", "eski sevgili*", "boşandı*", "vợ cũ", "chồng cũ",
	"bạn trai cũ", "bạn gái cũ", "người yêu cũ", "ly hôn", "ly dị", "mantan istri",
	"mantan suami", "mantan pacar", "mantan pasangan", "bekas isteri", "bekas suami",
	"dating asawa", "dating kasintahan", "ex niya", "fosta soție", "fosta sotie",
	"fostul soț", "fostul sot", "fostul iubit", "fosta iubită", "fosta iubita",
	"fostul partener", "była partnerka", "były partner", "byłej żony", "byłego męża",
	"były chłopak", "była dziewczyna", "bývalá manželka", "bývalý manžel", "bývalý přítel",
	"bývalá přítelkyně", "exmanžel*", "volt feleség*", "volt férj*", "exfeleség*",
	"exférj*", "طليقته", "طليقها", "زوجته السابقة", "زوجها السابق", "पूर्व पत्नी", "पूर्व पति",
	"แฟนเก่า", "อดีตภรรยา", "อดีตสามี", "همسر سابق", "גרושתו", "גרושה", "לשעבר",
	"zijn ex", "haar ex", "ex-vriend*", "hans ex", "hennes ex", "exflickvän", "expojkvän",
	"seine ex", "ihr ex", "ihre ex", "su ex", "exnovi*", "expareja", "son ex",
	"la sua ex", "il suo ex", "ex compagn*", "a ex dele", "o ex dela", "ex-companheir*",
	"бывшая жена", "бывший муж", "бывшей жены", "бывшего мужа", "бывший парень",
	"бывшая девушка",
	/* covertness: the person is not to know */
	"without her knowing", "without him knowing", "without them knowing",
	"without her knowledge", "without his knowledge", "she doesn't know", "he doesn't know",
	"she does not know", "he does not know", "she won't know", "he won't know", "secretly",
	"don't tell her", "don't tell him", "behind her back", "behind his back",
	"told me not to tell", "sans qu'elle le sache", "sans qu'il le sache", "en secret",
	"à son insu", "sin que lo sepa", "sin que sepa", "a escondidas", "no sabe nada",
	"ohne dass sie es weiß", "ohne dass er es weiß", "weiß nichts davon", "heimlich",
	"sem que ela saiba", "sem que ele saiba", "às escondidas", "ela não sabe", "ele não sabe",
	"senza che lo sappia", "di nascosto", "内緒", "こっそり", "知られずに",
	"elle ne le sait pas", "il ne le sait pas",
	/* the act kept from the person: no notice to them */
	"don't notify him", "don't notify her", "do not notify him", "do not notify her",
	"without notifying", "no le avises", "no la avises", "sin avisarle", "sans le prévenir",
	"sans la prévenir", "ohne ihn zu benachrichtigen", "ohne sie zu benachrichtigen",
	"sem o avisar", "sem a avisar", "senza avvisarlo", "senza avvisarla",
	/* the person keeps where they are from the requester */
	"won't tell me where", "will not tell me where", "doesn't want me to know where",
	"refuses to tell me where", "no me dice dónde", "no me quiere decir dónde",
	"no quiere decirme dónde", "ne veut pas me dire où", "ne me dit pas où",
	"will mir nicht sagen, wo", "sagt mir nicht, wo", "não me diz onde",
	"não quer me dizer onde", "não me quer dizer onde", "non mi dice dove",
	"non vuole dirmi dove",
	/* the person cut the requester off: blocked them, stopped answering */
	"blocked me", "stopped answering me", "stopped replying to me", "won't answer me",
	"me bloqueó", "me ha bloqueado", "dejó de responderme", "dejó de contestarme",
	"m'a bloqué", "ne me répond plus", "hat mich blockiert", "antwortet mir nicht mehr",
	"me bloqueou", "deixou de me responder", "mi ha bloccato", "non mi risponde più",
	"zablokowała mnie", "zablokował mnie", "beni engelledi", "заблокировала меня",
	"ब्लॉक कर दिया", "拉黑", "ブロックされ", "차단했",
	/* to catch the person alone, to confront them, to turn up */
	"when she's alone", "when she is alone", "catch her alone", "cuándo está sola",
	"cuando está sola", "quand elle est seule", "wann sie allein", "quando está sozinha",
	"quando è sola", "kiedy jest sama", "confront her", "confront him",
	NULL};
/* a requester who introduces themself, then a relation to someone */
static const char *const intro[] = {
	"i'm", "i am", "this is", "soy", "je suis", "ich bin", "hier ist", "hier spricht", "sou",
	"sono", "aquí", "c'est",
	/* someone reported as claiming a relation */
	"says he's", "says she's", "says he is", "says she is", "claims to be", "claiming to be",
	"disse que é", "diz que é", "diz ser", "dice que es", "dice ser", "dit qu'il est",
	"dit qu'elle est", "prétend être", "sagt, er sei", "sagt, sie sei", "gibt sich als",
	"dice di essere", "si presenta come", "говорит, что он", "говорит, что она", "представился",
	NULL};
static const char *const relation[] = {
	"friend", "uncle", "aunt", "cousin", "neighbour", "neighbor", "employer", "boss", "colleague",
	"coworker", "landlord", "ex", "amigo", "amiga", "tío", "tía", "primo", "prima", "vecino",
	"vecina", "jefe", "jefa", "empleador", "compañer*", "padre", "madre", "abuel*", "ami", "amie",
	"oncle", "tante", "voisin*", "employeur", "patron", "collègue", "père", "mère", "freund*",
	"onkel", "nachbar*", "arbeitgeber", "chef*", "kolleg*", "vater", "mutter", "ex-*", "tio",
	"tia", "vizinh*", "patrão", "empregador", "colega", "pai", "mãe", "amico", "amica", "zio",
	"zia", "cugin*", "vicin*", "datore", "capo", "collega", "personalabteilung",
	/* a partner claimed, in each language */
	"boyfriend", "girlfriend", "husband", "fiancé", "fiance", "namorad*", "noivo", "noiva",
	"marido", "novio", "novia", "esposo", "petit ami", "petite amie", "copain", "copine",
	"fidanzat*", "ragazzo", "ragazza", "chłopak", "narzeczon*", "vriendje", "vriendin",
	"pojkvän", "flickvän", "парень", "муж", "erkek arkadaş", "sevgili*",
	NULL};
/* a requester with a claim on the person, not a right to their
 * whereabouts, who asks for them */
static const char *const claimant[] = {
	"collector", "collection agency", "creditor", "bailiff", "private investigator",
	"detective", "acreedor", "cobrador*", "créancier", "huissier", "~inkasso*", "gläubiger",
	"detektiv", "credor", "cobrança", "creditore", "recupero crediti", "windykac*",
	"коллектор*",
	/* an investigator or a debt-chaser in more languages */
	"~detektiv", "investigator", "investigador privado", "detective privado",
	"détective", "enquêteur privé", "detetive", "investigador particular",
	"investigatore privato", "privédetective", "deurwaarder", "incasso*",
	"detektyw*", "komornik", "privatdetektiv", "kronofogd*", "dedektif", "alacaklı",
	"icra memur*", "детектив", "частный сыщик", "ιδιωτικός ερευνητής", "ιδιωτικός ντετέκτιβ",
	"ντετέκτιβ", "εισπράκτορ*", "محقق خاص", "محصل ديون", "探偵", "興信所",
	"取り立て", "私家侦探", "侦探", "讨债", "催收", "탐정", "추심", "jasus", "निजी जासूस",
	NULL};
static const char *const asks[] = {
	"ask*", "wants to know", "want to know", "pregunta*", "quiere saber", "demande*",
	"veut savoir", "fragt", "fragen", "will wissen", "wollen wissen", "pergunta*",
	"quer saber", "chiede*", "vuole sapere", "pyta", "chce wiedzieć", "vraagt", "frågar",
	"спрашива*", "хочет знать", "soruyor", "想知道", "问", "聞いて", "知りたい", "묻", "알고 싶",
	"يسال", "يريد ان يعرف", "पूछ",
	/* wanting to know or asking, in more languages */
	"wil weten", "vraagt naar", "öğrenmek ist*", "istiyor", "θέλει να ξέρει", "θέλει να μάθει",
	"ρωτά*", "ζητά*", "ζητάει", "chce vědět", "ptá se", "vill veta", "vuole conoscere",
	"quiere conocer", "voudrait savoir", "möchte wissen", "gostaria de saber", "wants the",
	"wants his", "wants her", "needs to know", "need to know", "would like to know",
	NULL};
/* a deployment's rule that a kind of record goes only to its subject or
 * an authority ("release only to the card holder", "disclose them only to
 * the patient") */
static const char *const release_only[] = {
	"release only to", "disclose only to", "disclose them only to", "disclose it only to",
	"only to the holder", "only to the card holder", "only to the account holder",
	"only to the patient", "only to the guest", "only to the member", "only to the customer",
	"only to the passenger", "only to the subscriber", "solo al titular", "sólo al titular",
	"únicamente al titular", "solo a la persona", "uniquement au titulaire",
	"uniquement à la personne", "seulement au titulaire", "nur an den inhaber",
	"nur an die inhaberin", "nur an die betroffene", "nur an den betroffenen",
	"apenas ao titular", "somente ao titular", "solo al titolare", "solo all'interessato",
	"alleen aan de houder", "tylko posiadacz", "только владельцу", "本人のみ", "仅限本人",
	"본인에게만",
	NULL};
/* a question where a third person is or goes */
static const char *const where_third[] = {
	"where's she", "where is she", "where has she", "where she", "where's he", "where is he",
	"where has he", "where he", "dónde está ella", "dónde va ella", "adónde va", "a dónde va",
	"où est-elle", "où va-t-elle", "où elle", "où est-il", "où va-t-il", "wo ist sie",
	"wohin geht sie", "wo sie", "wo ist er", "wohin geht er", "onde ela", "onde ele",
	"aonde ela", "dove va", "dove sta", "waar is ze", "waar is hij",
	"gdzie ona", "gdzie on", "куда она", "где она", "куда он", "где он", "nereye gidiyor",
	"彼女はどこ", "彼はどこ", "她在哪", "他在哪", "她去哪", "他去哪", "어디 가",
	"어디에 있",
	NULL};
/* an authority's request the user says is logged */
static const char *const lawful_request[] = {
	"police request", "warrant", "court order", "subpoena", "law enforcement",
	"petición policial", "orden judicial", "réquisition", "richiesta della polizia",
	"polizeiliche anfrage", "beschluss", "mandado", "ordem judicial", "警察からの照会",
	NULL};
/* the requester holds the account the record is on (a parent whose
 * plan carries the child's line) */
static const char *const own_account[] = {
	"on my account", "on our account", "on my plan", "on our plan", "family plan",
	"i'm the account holder", "i am the account holder", "i'm the holder", "i am the holder",
	"registered to me", "in my name", "en mi cuenta", "a mi nombre", "sur mon compte",
	"à mon nom", "auf meinem konto", "auf meinen namen", "na minha conta", "em meu nome",
	"sul mio account", "a mio nome", "家族プラン", "我的账户",
	NULL};
/* kin of someone else, who calls or asks about them ("the brother of
 * Mme X is on the phone", "la hija del paciente llama"): a relative is
 * no one's proxy without a release (the user's own kin, "my mother",
 * is read by the estranged and household rules, not here) */
/* grown children and siblings hold no proxy by kinship alone: "I'm her
 * daughter" ("son" is left out: French "his"); "I'm a parent - my
 * daughter" names the person asked about, not the requester */
static const char *const kin_rel[] = {
	"daughter", "sister", "brother", "hija", "hijo", "hermana", "hermano", "fille", "fils",
	"sœur", "frère", "tochter", "sohn", "schwester", "bruder", "figlia", "figlio",
	"sorella", "fratello", "filha", "filho", "irmã", "irmão", NULL};
static const char *const my_kin[] = {"my", "mi", "mon", "ma", "mein*", "meu", "minha",
				     "mio", "mia", NULL};
static const char *const kin_of[] = {
	"brother of", "sister of", "son of", "daughter of", "mother of", "father of",
	"husband of", "wife of", "partner of", "'s brother", "'s sister", "'s son", "'s daughter",
	"'s husband", "'s wife", "'s partner", "'s mother", "'s father", "hermano de", "hermana de",
	"hijo de", "hija de", "hijo del", "hija del", "marido de", "esposa de", "mujer de",
	"frère de", "sœur de", "soeur de", "fils de", "fille de", "mari de", "femme de",
	"bruder von", "schwester von", "sohn von", "tochter von", "mann von", "frau von",
	"ehemann von", "ehefrau von", "fratello di", "sorella di", "figlio di", "figlia di",
	"marito di", "moglie di", "irmão de", "irmã de", "irmão da", "irmã da", "irmão do",
	"irmã do", "filho de", "filha de", "filho da", "filha da", "marido da", "mulher do",
	"broer van", "zus van", "zoon van", "dochter van", "bror till", "syster till",
	NULL};
static const char *const calls[] = {
	"call*", "phon*", "on the line", "on the phone", "llama", "llamó", "ha llamado",
	"appelle", "a appelé", "au téléphone", "ruft", "hat angerufen", "am telefon",
	"chiama", "ha chiamato", "al telefono", "liga", "ligou", "está ao telefone", "belt",
	"heeft gebeld", "ringer", "ringde",
	NULL};
static const char *const relation_cjk[] = {
	"の友人", "の友達", "の知人", "の同僚", "の上司", "の隣人", "の近所", "の親戚", "元夫", "元妻",
	NULL};
static const char *const health_keys[] = {
	"diagnos*", "medical*", "health*", "illness*", "disease*", "symptom*", "medication*",
	"clinical*", "krankheit*", "befund*", "malattia*", "enfermedad*", "maladie*", "doença*",
	"病名", "診断",
	NULL};
/* clang-format on */

static int walpha(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* One entry's first occurrence in h[from..hi). */
static size_t occ(const char *h, size_t hi, const char *w, size_t from, size_t *len)
{
	size_t l = strlen(w);
	int anywhere = w[0] == '~', star = w[l - 1] == '*', ascii;
	const char *p, *e = h + hi;
	if (anywhere)
		w++, l--;
	if (star)
		l--;
	ascii = (unsigned char)w[0] < 0x80;
	if (!l || from >= hi)
		return (size_t)-1;
	for (p = h + from; (size_t)(e - p) >= l && (p = memmem(p, (size_t)(e - p), w, l)); p++) {
		size_t at = (size_t)(p - h);
		int left = anywhere || !ascii || at == 0 || !isalnum((unsigned char)p[-1]);
		int right = star || !ascii || !isalpha((unsigned char)w[l - 1]) || at + l >= hi ||
			    !isalnum((unsigned char)p[l]);
		if (left && right) {
			*len = l;
			return at;
		}
	}
	return (size_t)-1;
}

/* The occurrences of a list's entries in order: each entry's next
 * occurrence is kept and searched again only once passed, so walking a
 * whole text costs each entry one pass (a loop that asked tp_in again
 * from each hit was quadratic on a text of one repeated word). */
#define TP_MAXW 192
/* A message that names more than this many candidates (phone numbers,
 * addresses, health words) is read by its first ones: a real message
 * has a few, a hostile one thousands. */
#define TP_MAXHITS 64
typedef struct tp_it {
	const char *h;
	size_t n, ne;
	const char *const *w;
	size_t at[TP_MAXW], len[TP_MAXW];
} tp_it;

static void it_init(tp_it *it, const char *h, size_t n, const char *const *w)
{
	it->h = h, it->n = n, it->w = w;
	for (it->ne = 0; w[it->ne] && it->ne < TP_MAXW; it->ne++)
		it->at[it->ne] = occ(h, n, w[it->ne], 0, &it->len[it->ne]);
}

static size_t it_next(tp_it *it, size_t from, size_t *len)
{
	size_t e, best = (size_t)-1;
	for (e = 0; e < it->ne; e++) {
		if (it->at[e] != (size_t)-1 && it->at[e] < from)
			it->at[e] = occ(it->h, it->n, it->w[e], from, &it->len[e]);
		if (it->at[e] < best)
			best = it->at[e], *len = it->len[e];
	}
	return best;
}

size_t tp_in(const char *h, size_t n, const char *const *w, size_t lo, size_t hi, size_t *len)
{
	size_t best = (size_t)-1, l, at, lim;
	if (hi > n)
		hi = n;
	for (; *w; w++) {
		lim = best != (size_t)-1 ? best : hi;
		if ((at = occ(h, lim + 64 < hi ? lim + 64 : hi, *w, lo, &l)) != (size_t)-1 &&
		    at < lim)
			best = at, *len = l;
	}
	return best;
}

char *tp_lower(const char *s, size_t n)
{
	char *o = malloc(n + 1);
	size_t i;
	if (!o)
		return NULL;
	for (i = 0; i < n; i++)
		o[i] = (char)tolower((unsigned char)s[i]);
	o[n] = 0;
	return o;
}

static int has(const char *h, size_t n, const char *const *w)
{
	size_t l;
	return tp_in(h, n, w, 0, n, &l) != (size_t)-1;
}

static size_t lo_of(size_t p, size_t w)
{
	return p > w ? p - w : 0;
}

/* A digit in l[lo..hi), not across a line end. */
static int digit_in(const char *l, size_t lo, size_t hi)
{
	size_t i;
	for (i = lo; i < hi; i++)
		if (isdigit((unsigned char)l[i]))
			return 1;
	return 0;
}

/* An address: a number beside a street word (the number before it for
 * English and French street types, after it elsewhere), or a Japanese
 * block or room number. */
static size_t first_digit(const char *l, size_t lo, size_t hi)
{
	size_t i;
	for (i = lo; i < hi; i++)
		if (isdigit((unsigned char)l[i]))
			return i;
	return hi;
}

/* Addresses in order: the street word's offset from `from` on (each
 * call resumes the walk), *start where the address starts (its number
 * when the number comes first). */
typedef struct addr_it {
	tp_it b, a, j;
} addr_it;

static void addr_init(addr_it *A, const char *l, size_t n)
{
	it_init(&A->b, l, n, street_before);
	it_init(&A->a, l, n, street_after);
	it_init(&A->j, l, n, street_cjk);
}

static size_t address_next(addr_it *A, const char *l, size_t n, size_t from, size_t *start)
{
	size_t pb, pa, pj, kb = 0, ka = 0, kj = 0, st;
	for (;;) {
		pb = it_next(&A->b, from, &kb);
		pa = it_next(&A->a, from, &ka);
		pj = it_next(&A->j, from, &kj);
		if (pb == (size_t)-1 && pa == (size_t)-1 && pj == (size_t)-1)
			return (size_t)-1;
		if (pb <= pa && pb <= pj) {
			if (digit_in(l, lo_of(pb, 30), pb)) {
				st = first_digit(l, lo_of(pb, 30), pb);
				break;
			}
			from = pb + 1;
		} else if (pa <= pj) {
			if (digit_in(l, pa + ka, pa + ka + 30 < n ? pa + ka + 30 : n)) {
				pb = pa, st = pa;
				break;
			}
			from = pa + 1;
		} else {
			if (digit_in(l, lo_of(pj, 6), pj)) {
				pb = pj, st = first_digit(l, lo_of(pj, 6), pj);
				break;
			}
			from = pj + 1;
		}
	}
	if (start)
		*start = st;
	return pb;
}

static size_t address(const char *l, size_t n)
{
	addr_it A;
	addr_init(&A, l, n);
	return address_next(&A, l, n, 0, NULL);
}

/* A phone number: nine or more digits with separators, not inside a word. */
static size_t phone(const char *l, size_t n, size_t from)
{
	size_t i = from;
	while (i < n) {
		size_t st, d = 0, j;
		if (!(isdigit((unsigned char)l[i]) ||
		      (l[i] == '+' && i + 1 < n && isdigit((unsigned char)l[i + 1])))) {
			i++;
			continue;
		}
		if (i > 0 && isalpha((unsigned char)l[i - 1])) {
			while (i < n && isalnum((unsigned char)l[i]))
				i++;
			continue;
		}
		st = i;
		for (j = i; j < n && j - st < 24; j++) {
			if (isdigit((unsigned char)l[j]))
				d++;
			else if (!strchr("+ -.()/", l[j]))
				break;
		}
		/* the number ends at its last digit: ". Call" after it is a
		 * sentence's end, not a word the digits run into */
		while (j > st && !isdigit((unsigned char)l[j - 1]))
			j--;
		if (d >= 9 && d <= 15 && !(j < n && isalpha((unsigned char)l[j])))
			return st;
		i = j > i ? j : i + 1;
	}
	return (size_t)-1;
}

/* A clock time: 8:10, 18.30, 14h, 9am, 16:30 Uhr, 8時. */
static size_t clock_time(const char *l, size_t n)
{
	size_t i;
	for (i = 0; i + 1 < n; i++) {
		size_t j = i;
		if (!isdigit((unsigned char)l[i]) || (i && isalnum((unsigned char)l[i - 1])))
			continue;
		while (j < n && j - i < 2 && isdigit((unsigned char)l[j]))
			j++;
		if (j < n && isdigit((unsigned char)l[j]))
			continue;
		if (j + 2 < n && (l[j] == ':' || l[j] == 'h') && isdigit((unsigned char)l[j + 1]) &&
		    isdigit((unsigned char)l[j + 2]))
			return i;
		if (j < n && l[j] == 'h' && (j + 1 == n || !isalpha((unsigned char)l[j + 1])))
			return i;
		if (j + 1 < n && (l[j] == 'a' || l[j] == 'p') && l[j + 1] == 'm' &&
		    (j + 2 == n || !isalpha((unsigned char)l[j + 2])))
			return i;
		if (j + 3 <= n && !memcmp(l + j, "時", 3))
			return i;
	}
	return (size_t)-1;
}

static size_t room_no(const char *l, size_t n)
{
	const char *const *w;
	size_t best = (size_t)-1, p, k;
	for (w = room; *w; w++)
		for (p = 0; (p = occ(l, n, *w, p, &k)) != (size_t)-1 && p < best; p++)
			if (digit_in(l, lo_of(p, 8), p + k + 10 < n ? p + k + 10 : n)) {
				best = p;
				break;
			}
	return best;
}

static size_t min2(size_t a, size_t b)
{
	return a < b ? a : b;
}

size_t tp_whereabouts(const char *s, const char *l, size_t n)
{
	size_t k;
	(void)s;
	return min2(min2(address(l, n), clock_time(l, n)),
		    min2(room_no(l, n), tp_in(l, n, work3, 0, n, &k)));
}

/* Someone named or titled in s[lo..hi): two capitalised words in a row
 * (a name), a title, kin or role, or a third-person possessive. */
static int person_near(const char *s, const char *l, size_t n, size_t lo, size_t hi)
{
	size_t i, k;
	if (hi > n)
		hi = n;
	if (tp_in(l, n, titled, lo, hi, &k) != (size_t)-1 ||
	    tp_in(l, n, third_poss, lo, hi, &k) != (size_t)-1)
		return 1;
	for (i = lo; i + 4 < hi; i++) {
		size_t j = i, b = i;
		/* a capitalised word inside a sentence is a name */
		while (b > 0 && s[b - 1] == ' ')
			b--;
		if (isupper((unsigned char)s[i]) && i > lo && s[i - 1] == ' ' && b > 0 &&
		    (isalpha((unsigned char)s[b - 1]) || s[b - 1] == ',') &&
		    islower((unsigned char)s[i + 1]) &&
		    (islower((unsigned char)s[i + 2]) || (unsigned char)s[i + 2] >= 0x80))
			return 1;
		/* a Cyrillic capital (А-Я) after a word: a name ("у Анны") */
		if ((unsigned char)s[i] == 0xd0 && i + 1 < hi && (unsigned char)s[i + 1] >= 0x90 &&
		    (unsigned char)s[i + 1] <= 0xaf && i > lo + 1 && s[i - 1] == ' ' &&
		    walpha((unsigned char)s[i - 2]))
			return 1;
		if ((i > lo && walpha((unsigned char)s[i - 1])) || !isupper((unsigned char)s[i]))
			continue;
		while (j < hi && walpha((unsigned char)s[j]))
			j++;
		if (j - i < 2 || j + 2 >= hi || s[j] != ' ' || !isupper((unsigned char)s[j + 1]) ||
		    !(islower((unsigned char)s[j + 2]) || (unsigned char)s[j + 2] >= 0x80))
			continue;
		if (islower((unsigned char)s[i + 1]) || (unsigned char)s[i + 1] >= 0x80)
			return 1;
	}
	return 0;
}

/* Someone's data at p: a person named before it, not the writer's own
 * ("call me on") and not a company's or an office's. */
static int private_at(const char *s, const char *l, size_t n, size_t p)
{
	size_t k;
	return tp_in(l, n, own, lo_of(p, 40), p, &k) == (size_t)-1 &&
	       tp_in(l, n, org, lo_of(p, 60), p, &k) == (size_t)-1 &&
	       person_near(s, l, n, lo_of(p, 60), p);
}

size_t tp_contact_third(const char *s, const char *l, size_t n)
{
	size_t p, k, from, st;
	addr_it A;
	for (from = 0, k = 0; k++ < TP_MAXHITS && (p = phone(l, n, from)) != (size_t)-1;
	     from = p + 1)
		if (private_at(s, l, n, p))
			return p;
	addr_init(&A, l, n);
	for (from = 0, k = 0;
	     k++ < TP_MAXHITS && (p = address_next(&A, l, n, from, &st)) != (size_t)-1;
	     from = p + 1)
		if (private_at(s, l, n, st))
			return p;
	return tp_in(l, n, work3, 0, n, &k);
}

size_t tp_debt(const char *s, const char *l, size_t n)
{
	size_t p, k, from, m = 0;
	tp_it it;
	it_init(&it, l, n, debt);
	for (from = 0; m++ < TP_MAXHITS && (p = it_next(&it, from, &k)) != (size_t)-1; from = p + 1)
		if (digit_in(l, lo_of(p, 40), p + k + 40 < n ? p + k + 40 : n) &&
		    person_near(s, l, n, lo_of(p, 60), p))
			return p;
	return (size_t)-1;
}

size_t tp_health_word(const char *l, size_t n, size_t from, size_t *len)
{
	size_t p, k, m = 0;
	while (from < n && m++ < 8 && (p = tp_in(l, n, health, from, n, len)) != (size_t)-1) {
		if (tp_in(l, n, own, lo_of(p, 30), p, &k) == (size_t)-1 &&
		    tp_in(l, n, addressee, lo_of(p, 30), p, &k) == (size_t)-1)
			return p;
		from = p + 1;
	}
	return (size_t)-1;
}

size_t tp_health_third(const char *s, const char *l, size_t n, size_t *subj, size_t *subj_end)
{
	size_t p, k, from, m = 0;
	tp_it it;
	it_init(&it, l, n, health);
	for (from = 0; m++ < TP_MAXHITS && (p = it_next(&it, from, &k)) != (size_t)-1;
	     from = p + 1) {
		if (tp_in(l, n, own, lo_of(p, 30), p, &k) != (size_t)-1 ||
		    tp_in(l, n, addressee, lo_of(p, 30), p, &k) != (size_t)-1)
			continue;
		if (!person_near(s, l, n, lo_of(p, 48), p + 24))
			continue;
		*subj = lo_of(p, 48);
		*subj_end = p + 24 < n ? p + 24 : n;
		return p;
	}
	return (size_t)-1;
}

int tp_restricted(const char *h, size_t n)
{
	return has(h, n, restricted);
}

int tp_consented(const char *h, size_t n)
{
	return has(h, n, consented);
}

int tp_consent_on_file(const char *h, size_t n)
{
	const char *p = h, *e = h + n;
	while ((p = memmem(p, (size_t)(e - p), "consent", 7))) {
		const char *q = p + 7;
		while (q < e && q - p < 48 && *q != '"')
			q++;
		if (q < e && *q == '"')
			q++;
		while (q < e && (*q == ' ' || *q == ':'))
			q++;
		/* a key whose value is empty or negative is no consent */
		if (q < e && *q != '[' && *q != '{' && *q != '"' && *q != 't') {
			p++;
			continue;
		}
		if (e - q >= 2 &&
		    (!memcmp(q, "[]", 2) || !memcmp(q, "{}", 2) || !memcmp(q, "\"\"", 2))) {
			p++;
			continue;
		}
		if (e - q >= 4 &&
		    (!memcmp(q, "[ ]", 3) || !memcmp(q, "\"no\"", 4) || !memcmp(q, "\"non", 4))) {
			p++;
			continue;
		}
		return 1;
	}
	return 0;
}

int tp_asked_by_person(const char *s, const char *l, size_t n, const char *text)
{
	size_t p, k, from, i, j, m = 0;
	char w[48];
	tp_it it;
	it_init(&it, l, n, asked);
	for (from = 0; m++ < TP_MAXHITS && (p = it_next(&it, from, &k)) != (size_t)-1; from = p + 1)
		for (i = lo_of(p, 24); i < p; i = j + 1) {
			j = i;
			if (!isupper((unsigned char)s[i]) ||
			    (i && isalnum((unsigned char)s[i - 1])))
				continue;
			while (j < p &&
			       (isalpha((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80))
				j++;
			if (j - i < 3 || j - i >= sizeof w)
				continue;
			for (k = 0; k < j - i; k++)
				w[k] = (char)tolower((unsigned char)s[i + k]);
			w[k] = 0;
			if (strstr(text, w)) /* the one who asked is the one it is about */
				return 1;
		}
	return 0;
}

int tp_verified(const char *h, size_t n)
{
	const char *p = h, *e = h + n;
	while ((p = memmem(p, (size_t)(e - p), "verified\"", 9))) {
		const char *q = p + 9;
		while (q < e && (*q == ' ' || *q == ':'))
			q++;
		if (e - q >= 4 && (!memcmp(q, "true", 4) || !memcmp(q, "\"yes", 4)))
			return 1;
		p++;
	}
	return 0;
}

int tp_estranged(const char *h, size_t n)
{
	return has(h, n, estranged);
}

int tp_relation(const char *h, size_t n)
{
	size_t p, k, from, k2, m = 0;
	tp_it it;
	if (has(h, n, relation_cjk))
		return 1;
	it_init(&it, h, n, claimant);
	for (from = 0; m++ < TP_MAXHITS && (p = it_next(&it, from, &k)) != (size_t)-1; from = p + 1)
		if (tp_in(h, n, asks, p + k, p + k + 60, &k2) != (size_t)-1)
			return 1;
	m = 0;
	it_init(&it, h, n, kin_of);
	for (from = 0; m++ < TP_MAXHITS && (p = it_next(&it, from, &k)) != (size_t)-1; from = p + 1)
		if (tp_in(h, n, calls, p + k, p + k + 60, &k2) != (size_t)-1 ||
		    tp_in(h, n, asks, p + k, p + k + 60, &k2) != (size_t)-1)
			return 1;
	m = 0;
	it_init(&it, h, n, intro);
	for (from = 0; m++ < TP_MAXHITS && (p = it_next(&it, from, &k)) != (size_t)-1;
	     from = p + 1) {
		size_t r = tp_in(h, n, kin_rel, p + k, p + k + 40, &k2), k3;
		if (r != (size_t)-1 && tp_in(h, n, my_kin, r > 8 ? r - 8 : 0, r, &k3) == (size_t)-1)
			return 1;
	}
	m = 0;
	it_init(&it, h, n, intro);
	for (from = 0; m++ < TP_MAXHITS && (p = it_next(&it, from, &k)) != (size_t)-1; from = p + 1)
		if (tp_in(h, n, relation, p + k, p + k + 40, &k2) != (size_t)-1)
			return 1;
	return 0;
}

int tp_health_key(const char *k, size_t n)
{
	size_t l;
	/* keys are often compounds (primary_diagnosis, medical_notes) */
	return tp_in(k, n, health_keys, 0, n, &l) != (size_t)-1;
}

int tp_release_only(const char *h, size_t n)
{
	return has(h, n, release_only);
}

int tp_where_third(const char *h, size_t n)
{
	return has(h, n, where_third);
}

int tp_lawful_request(const char *h, size_t n)
{
	return has(h, n, lawful_request);
}

int tp_own_account(const char *h, size_t n)
{
	return has(h, n, own_account);
}
