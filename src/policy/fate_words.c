/* fate_words.c: the closed classes fate.c reads a message with, in
 * twenty languages (English, Spanish, German, French, Italian,
 * Portuguese, Dutch, Polish, Swedish, Danish, Norwegian, Turkish,
 * Russian, Czech, Romanian, Greek, Indonesian, Japanese, Chinese,
 * Korean). They are grammatical frames and verb classes, not phrases of
 * any message: the speaker claiming to know or hold something (first
 * person plus a verb of knowing, seeing or holding; a record noun), the
 * function words of a condition or an alternative, verbs of telling,
 * sending, showing and publishing, verbs of staying with the places and
 * states a piece of information stays in, "nobody" with a verb of
 * learning, object pronouns of the first and second person, "please",
 * wishes and consent, and the nouns a reporter of a threat names it
 * with.
 *
 * Pattern syntax (lowercased): words separated by one space; a word
 * ending in '*' matches a token's start, one starting with '*' its end,
 * '~' skips up to two tokens; any other word matches a whole token. A
 * pattern holding kana, CJK or Hangul is looked for as a substring of the
 * sentence (those scripts do not separate words by spaces, or glue
 * endings to them). */
#include "policy/fate.h"

#include <stddef.h>

/* The speaker knows, has seen or holds something (self-contained). */
static const char *const k_know[] = {
	/* en */
	"we ~ know", "i ~ know", "we ~ aware", "i ~ aware", "we're ~ aware", "i'm ~ aware",
	"we ~ seen", "i ~ seen", "we ~ read", "i ~ read", "we ~ found", "i ~ found", "came across",
	"come across", "we ~ noticed", "i ~ noticed", "on record", "on file", "have access to",
	"we hold", "i hold", "we have copies", "i have copies", "are sitting with me",
	"is sitting with me", "sitting with us", "in our possession", "in my possession",
	"we ~ learned", "i ~ learned", "it has come to our attention", "evidence of", "proof of",
	"documentation of", "copies of", "i ~ recorded", "we ~ recorded", "i ~ kept", "we ~ kept",
	"i ~ noted", "i ~ discovered", "we ~ discovered", "i ~ uncovered", "we ~ obtained",
	"i ~ obtained", "i ~ saved", "we still have", "i still have", "we still keep",
	"i still keep",
	/* (s18) seen; told to us by the addressee */
	"i ~ saw", "we ~ saw", "you told us", "you told me", "you disclosed", "nos comunicó",
	"nos comunicaste", "nos contó", "nos dijo", "vous nous avez dit", "vous nous avez signalé",
	"uns mitgeteilt", "mir mitgeteilt", "ci ha detto", "ci ha comunicato", "nos disse",
	"nos comunicou",
	/* es */
	"sabemos", "sé que", "conocemos", "tenemos", "hemos visto", "he visto", "hemos leído",
	"he leído", "nos consta", "me consta", "consta que", "estamos al tanto", "nos enteramos",
	"sabemos de", "tengo las", "tengo los", "guardamos", "guardo", "conservamos", "conservo",
	"hemos notado", "he notado",
	/* de */
	"wir wissen", "ich weiß", "ich weiss", "uns ist bekannt", "mir ist bekannt",
	"ist uns bekannt", "ist mir bekannt", "wir kennen", "wir haben ~ gesehen",
	"ich habe ~ gesehen", "wir haben ~ gelesen", "ich habe ~ gelesen", "uns liegen",
	"liegen uns", "liegt uns", "uns liegt", "mir liegen", "laut unseren", "laut unserer",
	"wir haben erfahren", "aufgefallen", "wir haben ~ bemerkt", "ich habe ~ bemerkt",
	"wir bewahren", "wir haben noch",
	/* fr */
	"nous savons", "je sais", "on sait", "sait que", "savons que", "nous avons connaissance",
	"j'ai connaissance", "avons connaissance", "nous connaissons", "je connais",
	"nous avons vu", "j'ai vu", "on a vu", "j'ai lu", "nous avons lu", "on a ton", "on a votre",
	"on a tes", "on a vos", "nous avons votre", "nous avons vos", "nous détenons", "selon nos",
	"nous avons remarqué", "j'ai remarqué", "nous conservons", "nous gardons",
	/* it */
	"sappiamo", "so che", "ho visto", "abbiamo visto", "ho letto", "abbiamo letto",
	"siamo a conoscenza", "sono a conoscenza", "conosciamo", "abbiamo le", "abbiamo i",
	"ci risulta", "mi risulta", "il nostro registro", "i nostri registri", "abbiamo notato",
	"ho notato", "conserviamo",
	/* pt */
	"sabemos", "sei que", "temos registo", "temos registro", "temos conhecimento", "temos as",
	"temos os", "vimos", "estamos cientes", "conhecemos", "tomámos conhecimento",
	"tomamos conhecimento",
	/* nl */
	"we weten", "wij weten", "ik weet", "we hebben ~ gezien", "wij hebben ~ gezien",
	"ik heb ~ gezien", "blijkt dat", "wij zijn op de hoogte", "we zijn op de hoogte",
	"is ons bekend", "ons is bekend",
	/* pl */
	"wiemy", "wiem, że", "wiem że", "widzieliśmy", "mamy nagrani*", "mamy zdjęci*", "znamy",
	"jesteśmy świadomi", "dotarło do nas",
	/* sv, da, no */
	"vi vet", "jag vet", "vi har sett", "jag har sett", "vi känner till", "enligt våra",
	"vi ved", "jeg ved", "vi har set", "jeg har set", "vi kender til", "vi vet at",
	"vi har lest", "vi har læst", "vi har noterat", "vi har kvar", "vi har stadig",
	"vi har fortsatt",
	/* tr */
	"biliyoruz", "biliyorum", "gördük", "gördüm", "farkındayız", "kayıtlarımıza", "elimizde",
	"öğrendik",
	/* ru */
	"мы знаем", "я знаю", "знаем", "нам известно", "мне известно", "мы видели", "я видел",
	"я видела", "у нас есть", "у меня есть", "мы в курсе",
	/* cs */
	"víme", "vím", "viděli jsme", "máme fotky", "máme záznam*", "je nám známo",
	"jsme si vědomi",
	/* ro */
	"știm", "stim", "știu", "am văzut", "cunoaștem", "suntem la curent", "avem dovezi",
	"avem fotografii", "avem înregistr*",
	/* el */
	"γνωρίζουμε", "ξέρουμε", "ξέρω", "γνωρίζω", "είδαμε", "έχουμε στα χέρια",
	"είμαστε ενήμεροι",
	/* id */
	"kami tahu", "saya tahu", "kami mengetahui", "saya mengetahui", "kami punya",
	"kami memiliki", "kami sudah melihat", "tercatat",
	/* ja, zh, ko */
	"知って", "存じ", "確認して", "把握して", "拝見", "我们知道", "我知道", "我们掌握",
	"掌握了", "我们都有", "我们有您", "我们看到", "了解到", "알고 있", "알고있", "확인했",
	"파악하고", NULL};

/* Nouns of a record or of held material (with a first or second person
 * possessive in the same sentence, fate.c). */
static const char *const k_record[] = {"record*",       "file",
				       "files",         "dossier*",
				       "notes",         "note",
				       "history",       "messages",
				       "photos",        "evidence",
				       "proof",         "documentation",
				       "screenshots",   "copies",
				       "emails",        "correspondence",
				       "affair",        "secret",
				       "secrets",       "pictures",
				       "thread",        "recording*",
				       "log",           "logs",
				       "*akte",         "akte*",
				       "unterlagen",    "aufzeichnung*",
				       "expediente*",   "ficha*",
				       "historial",     "registro*",
				       "registo*",      "prontuário",
				       "fotos",         "mensajes",
				       "mensagens",     "fascicolo",
				       "messaggi",      "*dossier",
				       "administratie", "gegevens",
				       "berichten",     "akta*",
				       "akt",           "aktach",
				       "dokumentacj*",  "uppgifter",
				       "journal*",      "oplysninger",
				       "beskeder",      "kayıt*",
				       "dosya*",        "дел*",
				       "дело",          "запис*",
				       "справк*",       "záznam*",
				       "spis*",         "dosar*",
				       "registr*",      "φάκελ*",
				       "αρχεί*",        "catatan",
				       "tip",           "footage",
				       "anteckning*",   "notat*",
				       "application",   "questionnaire",
				       "solicitud",     "cuestionario",
				       "correo",        "notiz*",
				       "vermerk*",      "memo*",
				       "mejl*",         "notatk*",
				       "rekam*",        "履歴",
				       "記録",          "记录",
				       "档案",          "기록",
				       "이력",          NULL};

/* First and second person possessives and pronouns that make a record
 * the speaker's or the addressee's. */
static const char *const k_person[] = {
	"our",     "your",   "you",    "unser*",  "ihr*",  "ihnen",  "dein*",
	"nuestr*", "tu",     "tus",    "su",      "sus",   "usted",  "votre",
	"vos",     "ton",    "ta",     "tes",     "notre", "nos",    "nostr*",
	"tuo",     "tua",    "suo",    "sua",     "suoi",  "vostr*", "seu",
	"sua",     "nosso*", "nossa*", "teu",     "uw",    "onze",   "ons",
	"twoj*",   "twój",   "pani",   "pana",    "nasz*", "wasz*",  "din",
	"ditt",    "dina",   "er",     "ert",     "era",   "vår",    "vårt",
	"våra",    "vores",  "jeres",  "*ınız",   "*iniz", "*unuz",  "*ünüz",
	"ваш*",    "наш*",   "váš",    "vaš*",    "náš",   "naš*",   "dumneavoastră",
	"dvs",     "tău",    "nostru", "noastr*", "σας",   "μας",    "u",
	"anda",    "bapak",  "ibu",    "kami",    "님",    "귀하",   "당신",
	"様",      "您",     "你",     NULL};

/* A condition ("if") or a bargain ("as long as", "in exchange"): the
 * positive branch (negated, "if you don't", it joins k_alt). */
static const char *const k_if[] = {
	"if",          "^provided",  "provided that", "should you", "should the",   "should this",
	"should it",   "si",         "wenn",          "falls",      "sofern",       "sollten sie",
	"sollte die",  "sollte der", "sollte das",    "bei einer",  "se",           "caso",
	"als",         "indien",     "jeśli",         "jeżeli",     "jesli",        "o ile",
	"om",          "hvis",       "dersom",        "eğer",       "*rsanız",      "*rseniz",
	"*rsan",       "*rsen",      "*rsa",          "*rse",       "если",         "když",
	"pokud",       "jestli",     "jestliže",      "dacă",       "daca",         "αν",
	"εάν",         "kalau",      "jika",          "apabila",    "bila",         "れば",
	"たら",        "なら",       "場合",          "如果",       "要是",         "的话",
	"하면",        "시면",       "으면",          "다면",       "라면",         "경우",
	"as long as",  "so long as", "in exchange",   "in return",  "siempre que",  "mientras",
	"a cambio",    "solange",    "im gegenzug",   "tant que",   "pourvu que",   "à condition",
	"en échange",  "purché",     "finché",        "in cambio",  "desde que",    "em troca",
	"zolang",      "mits",       "in ruil",       "w zamian",   "så länge",     "förutsatt",
	"så længe",    "forudsat",   "så lenge",      "sürece",     "karşılığında", "пока",
	"при условии", "в обмен",    "dokud",         "výměnou",    "cât timp",     "cu condiția",
	"în schimb",   "εφόσον",     "asalkan",       "selama",     "限り",         "只要",
	NULL};

/* An alternative or a negative condition: "unless", "otherwise", "or we". */
static const char *const k_alt[] = {
	/* en */
	"unless", "otherwise", "or else", "failing that", "without your", "or we", "or i", "or the",
	"or it", "or they", "or your", "or everything", "or else", "or those", "or these",
	"or that", "or this",
	/* es */
	"si no", "salvo que", "a menos que", "de lo contrario", "en caso contrario", "o los",
	"o las", "o lo", "o le", "o se", "sin su", "sin tu",

	/* de */
	"sonst", "andernfalls", "ansonsten", "oder wir", "oder ich", "oder die", "oder der",
	"oder das", "oder ihr*", "es sei denn", "ohne ihre", "ohne deine",

	/* fr */
	"sinon", "à défaut", "faute de", "à moins que", "ou on", "ou nous", "ou je", "ou le",
	"ou la", "ou les", "sans votre", "sans ton", "sans ta",
	/* it */
	"altrimenti", "in caso contrario", "a meno che", "sennò", "oppure", "senza il suo",
	"senza la sua", "se non",
	/* pt */
	"senão", "caso contrário", "ou a", "ou o", "ou os", "ou as", "sem o seu", "sem a sua",
	"se não",
	/* nl */
	"tenzij", "anders", "of wij", "of we", "doet u dat niet", "doe je dat niet",
	/* pl */
	"chyba że", "inaczej", "w przeciwnym razie", "albo",
	/* sv, da, no */
	"annars", "såvida", "ellers", "medmindre", "eller vi", "eller så",
	/* tr */
	"yoksa", "aksi", "takdirde", "*mazsanız", "*mezseniz", "*masanız", "*meseniz", "*mazsan",
	"*mezsen", "*mazsa", "*mezse",
	/* ru */
	"иначе", "а то", "не то", "в противном случае", "или мы", "или я",
	/* cs */
	"jinak", "nebo",
	/* ro */
	"altfel", "în caz contrar", "dacă nu",
	/* el */
	"διαφορετικά", "αλλιώς", "ειδάλλως",
	/* id */
	"kecuali", "kalau tidak", "jika tidak", "atau",
	/* ja, zh, ko */
	"なければ", "さもなければ", "否则", "不然", "除非", "아니면", "않으면", "않으시면", NULL};

/* A veiled contingency: the choice named without "if" ("your call",
 * "reconsider", "it would be a shame"), read as the negative branch. */
static const char *const k_veiled[] = {"reconsider*",
				       "think carefully",
				       "think it over",
				       "the right decision",
				       "the right choice",
				       "choose wisely",
				       "before you decide",
				       "before you proceed",
				       "i'd hate",
				       "i would hate",
				       "would be a shame",
				       "d be a shame",
				       "would be unfortunate",
				       "shame if",
				       "wouldn't want",
				       "would not want",
				       "piénsalo",
				       "piénselo",
				       "reconsidere",
				       "reconsidera",
				       "sería una pena",
				       "überlegen sie",
				       "überleg dir",
				       "wäre schade",
				       "réfléchissez",
				       "réfléchis",
				       "ce serait dommage",
				       "ci pensi",
				       "pensaci",
				       "sarebbe un peccato",
				       "pense bem",
				       "seria uma pena",
				       "denk er goed over na",
				       "zastanów się",
				       "tänk på",
				       "tænk over",
				       "düşünün",
				       "подумайте",
				       "rozmyslete",
				       "gândiți-vă",
				       "σκεφτείτε",
				       "pikirkan",
				       "잘 생각",
				       "よく考え",
				       "好好想想",
				       "nicht möchten",
				       "nicht wollen",
				       "möchten sicher nicht",
				       "no querrá",
				       "no querría",
				       "ne voudriez pas",
				       "ne voudrais pas",
				       "non vorrebbe",
				       "não gostaria",
				       "skulle inte vilja",
				       "vill väl inte",
				       "zou niet willen",
				       NULL};

/* "Need not": a disclosure said to be avoidable ("the board needn't see
 * it", "den behöver inte nå ..."), the veiled branch of a bargain when a
 * verb of telling or learning follows (fate.c). */
static const char *const k_neednt[] = {
	/* en */
	"needn't", "need not", "needs not", "never needs to", "never need to", "doesn't need to",
	"does not need to", "don't need to", "do not need to", "no need for", "never has to",
	"never have to", "doesn't have to", "does not have to",
	/* es, pt */
	"no tiene por qué", "no tienen por qué", "no hace falta que", "no necesita", "no necesitan",
	"não precisa", "não precisam", "não tem de", "não tem que",
	/* de, nl */
	"muss nicht", "müssen nicht", "braucht nicht", "brauchen nicht", "braucht niemand",
	"muss ~ nicht", "müssen ~ nicht", "braucht ~ nicht", "muss ~ nichts", "braucht ~ nichts",
	"hoeft niet", "hoeven niet", "hoeft niemand",
	/* fr, it */
	"n'a pas besoin", "n'ont pas besoin", "pas besoin que", "n a pas besoin",
	"n ont pas besoin", "non è necessario che", "non serve che", "non deve per forza",
	"non c'è bisogno che", "non c è bisogno che",
	/* sv, da, no */
	"behöver inte", "behöver aldrig", "behøver ikke", "behøver aldrig", "trenger ikke",
	"trenger aldri", "trengs ikke",
	/* pl, cs, ru, ro, el, tr, id */
	"nie musi", "nie muszą", "nemusí", "не обязательно", "не нужно", "nu trebuie să",
	"nu e nevoie", "δεν χρειάζεται", "gerek yok", "tidak perlu", "tak perlu",
	/* ja, zh, ko */
	"必要はない", "必要はありません", "不必", "没必要", "不需要让", "필요가 없", "필요 없",
	/* (s18) nobody needs to; no reason for it to; we would rather it not */
	"nobody ~ needs to", "no one ~ needs to", "nobody ~ has to", "no reason for",
	"no reason why", "see no reason", "we'd rather not", "we would rather not",
	"i'd rather not", "we'd prefer not", "we would prefer not", "nadie ~ tiene que",
	"nadie ~ necesita", "no hay motivo para", "no hay razón para", "preferiríamos que no",
	"preferiría que no", "preferimos que no", "niemand ~ muss", "kein grund", "lieber nicht",
	"personne ~ n'a besoin", "aucune raison", "nous préférerions ne pas",
	"nous préférerions que", "nessuno ~ deve", "nessun motivo", "preferiremmo che non",
	"preferiremmo non", "ninguém ~ precisa", "nenhum motivo", "preferíamos que não",
	"preferiríamos que não", NULL};

/* A deadline or an expectation set on the addressee: the terms of a
 * bargain whose condition is left unsaid ("we expect your answer
 * today"). Weekdays, today and tomorrow, this week, and the verbs of
 * expecting and counting on. */
static const char *const k_demand[] = {
	/* en */
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
	"tomorrow", "tonight", "this week", "end of the day", "deadline", "we expect", "i expect",
	"we count on", "we are counting on", "we're counting on",
	/* es, pt */
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "hoy", "mañana",
	"esta semana", "esperamos", "contamos con", "plazo", "segunda-feira", "terça-feira",
	"quarta-feira", "quinta-feira", "sexta-feira", "hoje", "amanhã", "aguardamos",
	"contamos com", "prazo",
	/* de, nl */
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "heute",
	"morgen", "diese woche", "wir erwarten", "ich erwarte", "frist", "maandag", "dinsdag",
	"woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "vandaag", "deze week",
	"wij verwachten", "we verwachten", "we rekenen op", "wij rekenen op",
	/* fr, it */
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "aujourd'hui",
	"aujourd hui", "demain", "cette semaine", "nous attendons", "nous comptons sur", "lunedì",
	"martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "oggi", "domani",
	"questa settimana", "ci aspettiamo", "contiamo su", "scadenza",
	/* sv, da, no, pl */
	"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag",
	"lørdag", "søndag", "i dag", "idag", "i morgon", "i morgen", "denna vecka", "vi räknar med",
	"vi förväntar", "vi forventer", "vi regner med", "vi venter", "poniedział*", "wtor*",
	"środ*", "czwart*", "piątek", "dzisiaj", "jutro", "oczekujemy", "liczymy na",
	/* (s18) best for both of us; an acceptance demanded (reply yes) */
	"best for both of us", "better for both of us", "best for everyone", "reply yes",
	"reply with yes", "text back yes", "answer yes", "lo mejor para ambos",
	"mejor para los dos", "responda sí", "responde sí", "conteste sí",
	"le mieux pour nous deux", "mieux pour tout le monde", "répondez oui", "réponds oui",
	"besser für uns beide", "das beste für alle", "antworten sie mit ja", "antworte mit ja",
	"meglio per entrambi", "meglio per tutti", "rispondi sì", "risponda sì",
	"melhor para ambos", "responda sim", "responde sim", NULL};

/* An imperative to go on with what the addressee is doing: with "and"
 * and a move after it, a dare ("keep complaining and the parents hear
 * of it", "proceed, and the partners see it first"). */
static const char *const k_goon[] = {"keep *ing",
				     "go ahead",
				     "proceed",
				     "carry on",
				     "continue",
				     "sigue",
				     "siga",
				     "continúe",
				     "continúa",
				     "adelante",
				     "mach weiter",
				     "machen sie weiter",
				     "fahren sie fort",
				     "continuez",
				     "allez-y",
				     "vas-y",
				     "continui",
				     "vada avanti",
				     "prosegua",
				     "vá em frente",
				     "prossiga",
				     "ga door",
				     "ga je gang",
				     "fortsätt",
				     "fortsæt",
				     "fortsett",
				     "kontynuuj",
				     "devam edin",
				     "продолжайте",
				     "pokračujte",
				     "continuați",
				     "συνεχίστε",
				     "silakan lanjut",
				     "続けて",
				     "继续",
				     "계속하",
				     NULL};

/* "Still" and "not yet": a fact kept as it is for now ("is still an
 * internal matter"), the state a later "it stays that way" trades. */
static const char *const k_still[] = {
	"still",       "not yet", "so far",   "todavía",  "aún",     "sigue siendo", "noch",
	"bisher",      "encore",  "toujours", "ancora",   "finora",  "ainda",        "nog",
	"fortfarande", "ännu",    "stadig",   "fortsatt", "endnu",   "wciąż",        "nadal",
	"jeszcze",     "hâlâ",    "henüz",    "пока",     "всё ещё", "ещё",          "stále",
	"ještě",       "încă",    "ακόμα",    "masih",    "belum",   "まだ",         "还",
	"仍",          "아직",    NULL};

/* A pronoun or a pointer back to what was named before: the object a
 * dare's third party learns of ("hear about both", "see it first"). */
static const char *const k_ana[] = {
	"it",    "them", "this",   "that", "both",    "these", "those", "lo",          "la",
	"los",   "las",  "eso",    "esto", "ello",    "es",    "das",   "davon",       "darüber",
	"dies",  "le",   "les",    "en",   "ça",      "cela",  "ne",    "isso",        "isto",
	"disso", "het",  "dat",    "dit",  "ervan",   "det",   "dem",   "om det",      "to",
	"o tym", "bunu", "bundan", "это",  "об этом", "o tom", "asta",  "despre asta", "αυτό",
	"itu",   "それ", "这件事", "此事", "이것",    "그것",  NULL};

/* "and" / "then": with a fate word just after, an imperative's reward. */
static const char *const k_and[] = {"and", "y",   "und",  "dann",       "et", "e",
				    "dan", "och", "så",   "og",         "ve", "и",
				    "și",  "και", "lalu", "そうすれば", "就", NULL};

/* A wish, permission or consent after "if": the addressee decides about
 * their own information (a yes to an offer). */
static const char *const k_consent[] = {
	"wish",           "like",       "want",        "prefer",
	"consent",        "permission", "please",      "ok",
	"okay",           "need",       "approve",     "confirm*",
	"agree to this",  "d",          "would",       "have any",
	"have questions", "souhait*",   "désir*",      "voulez",
	"veux",           "consent*",   "quier*",      "desea*",
	"prefier*",       "permiso",    "wünsch*",     "möchten",
	"möchtest",       "willst",     "wollen",      "einverstanden",
	"brauchen",       "vuoi",       "vuole",       "desider*",
	"preferisc*",     "quiser",     "deseja*",     "preferir",
	"wilt",           "wenst",      "toestemming", "wil",
	"chcesz",         "chce",       "zgod*",       "potrzebow*",
	"vill",           "önskar",     "ønsker",      "vil",
	"ønsk*",          "isterseniz", "istersen",    "хотите",
	"хочешь",         "согласи*",   "chcete",      "chceš",
	"doriți",         "vreți",      "vrei",        "θέλετε",
	"θέλεις",         "ingin",      "mau",         "berkenan",
	"원하시",         "원하면",     "希望",        "ご希望",
	"愿意",           "需要",       NULL};

/* A first-person subject just after "if": the speaker's own step. */
static const char *const k_self[] = {"we", "i",        "nous", "je",   "j",    "wir", "ich", "noi",
				     "io", "nosotros", "yo",   "nós",  "eu",   "wij", "ik",  "my",
				     "ja", "vi",       "jag",  "jeg",  "biz",  "ben", "мы",  "я",
				     "já", "εμείς",    "εγώ",  "kami", "saya", "aku", NULL};

/* Telling, sending, showing, publishing; a third party learning. */
static const char *const k_out[] = {
	/* en */
	"tell", "tells", "told", "inform", "informs", "informed", "informing", "notify", "notified",
	"send", "sends", "sent", "sending", "forward*", "share", "shared", "shares", "sharing",
	"show", "shown", "publish*", "post", "posted", "report", "reported", "reporting", "pass",
	"passed", "hand", "handed", "leak*", "expos*", "reveal*", "disclos*", "go public",
	"goes public", "goes to", "go to", "goes online", "gets a copy", "get a copy",
	"receive a copy", "receives a copy", "will see", "will know", "will learn", "will hear",
	"will find out", "will have the", "see it", "see them", "hear about", "find out", "learns",
	"in their inbox*", "receives", "would receive", "would see", "would learn", "would know",
	"would hear", "might learn", "might see", "be interested", "find its way", "find their way",
	"make its way", "makes its way", "end up", "ends up", "come out", "comes out", "get out",
	"gets out", "become public", "becomes public", "become known", "made public", "surface",
	"surfaces", "circulat*", "word gets", "copied to", "cc", "salga a la luz",
	"se haga público", "llegue a oídos", "ans licht", "öffentlich wird", "rendu public",
	"rendue publique", "venga a sapere", "venisse a sapere", "venha a público",
	"openbaar wordt", "wyjdzie na jaw", "reach", "reaches", "come up", "comes up", "found out",
	/* (s18) the speaker will speak with a third party */
	"we'll talk to", "we will talk to", "i'll talk to", "we'll speak to", "we will speak to",
	"i'll speak to", "i'll have a word with", "we'll have a word with", "hablaremos", "hablaré",
	"parlerons", "parlerai", "werden mit", "parleremo", "parlerò", "falaremos", "falarei",
	"finds out", "were to learn", "were to find out", "were to hear", "were to see",
	"was to learn", "was to find out", "brought up", "raised with", "zur sprache", "zu gesicht",
	"vieran", "viera", "vean", "supieran", "supiera", "sepan", "llegue*", "voient", "sachent",
	"vedessero", "sapessero", "vissem", "soubessem", "inte nå", "ikke nå", "erreich*",
	/* es */
	"comunic*", "contaremos", "contaré", "contarle*", "contárselo", "envi*", "mand*",
	"publicar*", "publicaremos", "informar*", "informaremos", "avisar*", "avisaremos",
	"compartir*", "compartiremos", "entregar*", "llegar*", "llega", "llegan", "llegará*",
	"se enter*", "sabrá*", "verá*", "difundir*", "denunci*", "tendrá noticia",
	"tendrán noticia", "tendrá conocimiento",
	/* de */
	"informier*", "mitteil*", "teilen ~ mit", "weiterleit*", "weitergeb*", "weitergegeben",
	"schick*", "senden", "gesendet", "veröffentlich*", "melden", "gemeldet", "zeigen",
	"zugänglich", "erfahr*", "sprechen mit", "aufklär*", "übergeb*", "übermittel*", "abgeb*",
	"geht an", "gehen an", "landet", "landen", "publik",
	/* fr */
	"informer*", "informé*", "informera*", "informons", "parvien*", "parvenir", "transmet*",
	"transmis*", "transmettr*", "envoy*", "publi*", "révél*", "divulg*", "signal*",
	"communiqu*", "montr*", "partag*", "apprend*", "apprenn*", "saura", "sauront",
	"mis au courant", "diffus*",
	/* it */
	"segnal*", "invi*", "mander*", "manderò", "comunic*", "pubblic*", "rivel*", "condivid*",
	"informer*", "informato", "informata", "vedrà", "vedranno", "saprà", "sapranno", "partirà",
	"chiamare", "chiameremo", "diffond*", "inoltr*",
	/* pt */
	"partilh*", "compartilh*", "envia*", "enviar*", "mandar*", "comunicar*", "divulg*",
	"public*", "informar*", "mostrar*", "saberá*", "chegar*", "chegará*", "denunci*",
	/* nl */
	"meld*", "delen", "gedeeld", "deel", "stur*", "publiceer*", "gepubliceerd", "informeer*",
	"doorst*", "vertel*", "te weten", "ingelicht", "onder ogen",
	/* pl */
	"poinform*", "powiadom*", "przekaż*", "przekaz*", "wyśl*", "opublik*", "pokaż*", "zgłos*",
	"dowie*", "udostępn*", "trafi*",
	/* sv, da, no */
	"skicka*", "skickar", "berätt*", "informer*", "dela", "delar", "delas", "publicer*",
	"anmäl*", "visa", "få veta", "får veta", "sender", "sende", "fortæl*", "deler",
	"offentliggør*", "anmeld*", "vise", "får at vide", "fortell*", "sendes", "går til",
	/* tr */
	"ilet*", "gönder*", "bildir*", "paylaş*", "yayınla*", "haber ver*", "söyle*", "öğren*",
	"duyur*", "ihbar*", "şikayet ede*",
	/* ru */
	"сообщ*", "отправ*", "покаж*", "показать", "перед*", "опубликуем", "опубликовать",
	"расскаж*", "рассказать", "узна*", "уйдёт", "уйдет", "пошлём", "пошлем", "направ*",
	"информир*", "доложим",
	/* cs */
	"pošle*", "pošl*", "sdělí*", "zveřejn*", "ukáž*", "oznám*", "dozví*", "nedozví*", "nahlás*",
	"půjde", "předá*", "předat", "informov*", "informuj*", "řekn*",
	/* ro */
	"trimit*", "spune*", "anunț*", "informa", "informăm", "informez", "publica*", "dezvălu*",
	"arăt*", "afla*", "pleacă", "ajunge", "ajung", "denunț*",
	/* el */
	"ενημερώσ*", "ενημερών*", "στείλ*", "στέλν*", "δημοσιεύσ*", "πούμε", "μάθ*", "αποκαλύψ*",
	"κοινοποιήσ*", "δείξ*", "ενημερωθ*",
	/* id */
	"kabari", "kabarkan", "beri tahu", "memberi tahu", "memberitahu", "kirim*", "sebar*",
	"umumkan", "lapor*", "bocor*", "tahu semua",
	/* ja, zh, ko */
	"共有", "公開", "送り", "送付", "伝え", "知らせ", "報告", "通報", "漏れ", "发到", "发给",
	"公开", "外传", "告诉", "转发", "举报", "曝光", "通知", "分享", "알리", "알게 될",
	"알게 됩", "공개", "전달", "보내", "공유", "신고", "알려", NULL};

/* Verbs of staying or keeping (with a state or place word near, fate.c). */
static const char *const k_stay[] = {
	"stay",      "stays",     "remain",    "remains",   "kept",      "keep",      "keeps",
	"queda*",    "quedar*",   "permanec*", "mantien*",  "mantendr*", "cierra",    "cerramos",
	"bleib*",    "verbleib*", "bleiben",   "reste",     "restera",   "resterait", "demeur*",
	"garder",    "gardons",   "restare",   "resta",     "rimane",    "rimarrà",   "chiudiamo",
	"chiude",    "mantém",    "mantém-se", "mantêm-se", "manter",    "fica",      "ficará",
	"ficam",     "continu*",  "encerra",   "blijf*",    "blijven",   "zostan*",   "zostaje",
	"pozosta*",  "stann*",    "förbli*",   "förblir",   "forbliv*",  "bliver",    "bliv",
	"blir",      "kalır",     "kalacak",   "kalsın",    "останется", "останутся", "останется",
	"оставим",   "zůstane",   "zůstanou",  "rămâne",    "rămân",     "μένει",     "μείνει",
	"θα μείνει", "tetap",     "simpan",    NULL};

/* Where or how a piece of information stays. */
static const char *const k_state[] = {"between",
				      "internal",
				      "internally",
				      "private",
				      "confidential*",
				      "quiet",
				      "secret",
				      "drawer",
				      "archive*",
				      "with us",
				      "with me",
				      "here",
				      "where",
				      "entre nosotros",
				      "entre nous",
				      "interno",
				      "interna",
				      "archivo",
				      "aquí",
				      "unter uns",
				      "intern",
				      "akte",
				      "personalakte",
				      "bei uns",
				      "vertraulich",
				      "hier",
				      "interne",
				      "confidentiel*",
				      "dossier",
				      "ici",
				      "tra noi",
				      "riservat*",
				      "così",
				      "qui",
				      "entre nós",
				      "conosco",
				      "arquivad*",
				      "aqui",
				      "tussen ons",
				      "bij ons",
				      "między nami",
				      "u nas",
				      "w aktach",
				      "mellan oss",
				      "hos oss",
				      "internt",
				      "mellem os",
				      "hos os",
				      "aramızda",
				      "içeride",
				      "между нами",
				      "в архиве",
				      "у нас",
				      "mezi námi",
				      "u nás",
				      "între noi",
				      "μεταξύ μας",
				      "εδώ",
				      "rahasia",
				      "di antara kita",
				      "sini",
				      "that way",
				      "this way",
				      "así",
				      "ainsi",
				      "assim",
				      "so",
				      "to ourselves",
				      "to myself",
				      "for ourselves",
				      NULL};

/* Nobody (else) - with a verb of learning or telling after it. */
static const char *const k_nobody[] = {
	"nobody",  "no one",  "no-one",  "nadie",  "niemand", "personne",
	"nessuno", "ninguém", "niemand", "nikt",   "ingen",   "kimse",
	"никто",   "nikdo",   "nimeni",  "κανείς", "κανένας", "tidak ada yang",
	"아무도",  "誰にも",  "没有人",  NULL};

/* Staying put, said whole: the piece of information goes nowhere. */
static const char *const k_stayc[] = {"goes no further",
				      "forget we",
				      "forget i",
				      "forget about it",
				      "olvidamos",
				      "vergessen wir",
				      "on oublie",
				      "go no further",
				      "never leaves",
				      "won't leave",
				      "will not leave",
				      "no further",
				      "nu pleacă",
				      "не уйдёт",
				      "не уйдет",
				      "不会外传",
				      "不外传",
				      "外部に出",
				      "社内にとどめ",
				      "社内に留め",
				      "内密",
				      "保密",
				      "조용히 넘어",
				      "알려지지 않",
				      "비밀로",
				      "공개되지 않",
				      NULL};

/* Modals of an offer ("I can send it"): no threat. */
static const char *const k_can[] = {
	"can",    "could",    "puedo",  "podría", "podemos",  "peux",     "pourrais", "pouvons",
	"kann",   "könnte",   "können", "posso",  "potrei",   "possiamo", "kan",      "mogę",
	"możemy", "могу",     "можем",  "můžu",   "mohu",     "můžeme",   "pot",      "putem",
	"μπορώ",  "μπορούμε", "bisa",   "dapat",  "できます", "可以",     "수 있",    NULL};

/* Verbs of learning or seeing, after "nobody". */
static const char *const k_learn[] = {
	"know*",        "see*",      "hear*",      "learn*",    "find out",
	"needs to",     "need to",   "ve",         "verá",      "sabrá",
	"se entera*",   "erfährt",   "erfahren",   "sieht",     "saura",
	"verra",        "saprà",     "vedrà",      "vai saber", "saberá",
	"verá",         "dowie*",    "zobacz*",    "får veta",  "får at vide",
	"öğrenmeyecek", "öğrenmez",  "görmeyecek", "узнает",    "увидит",
	"nedozví*",     "dozví*",    "uvidí",      "va afla",   "nu va afla",
	"θα μάθει",     "akan tahu", NULL};

/* First and second person object pronouns: a verb of telling next to
 * one tells the speaker or the addressee, no third party. */
static const char *const k_obj[] = {
	"you",  "us",     "me",   "ihnen", "dir",   "dich", "euch", "uns", "mich",  "mir",
	"sie",  "du",     "vous", "me",    "m'",    "t'",   "os",   "nos", "usted", "ustedes",
	"ti",   "ci",     "mi",   "você",  "vocês", "lhe",  "u",    "je",  "jou",   "ons",
	"mij",  "ciebie", "cię",  "ci",    "nam",   "nas",  "mnie", "dig", "oss",   "mig",
	"os",   "jer",    "sizi", "size",  "bize",  "bana", "sana", "вам", "вас",   "вы",
	"тебе", "тебя",   "ты",   "нам",   "нас",   "мне",  "меня", "vám", "vás",   "vy",
	"tě",   "nám",    "nás",  "mě",    "vă",    "ne",   "îți",  "σας", "σου",   "μας",
	"μου",  "anda",   "kamu", "kami",  "saya",  NULL};

/* A request to the addressee: a consequence is no request. */
static const char *const k_please[] = {
	"please",     "kindly",    "por favor",   "bitte",       "s'il vous plaît", "merci de",
	"per favore", "por favor", "gentilmente", "alstublieft", "graag",           "proszę",
	"snälla",     "venligst",  "lütfen",      "пожалуйста",  "prosím",          "vă rog",
	"παρακαλώ",   "mohon",     "silakan",     "ください",    "お願い",          "请",
	"주세요",     "부탁",      NULL};

/* A reporter or refuser of a threat names it (unless negated). */
static const char *const k_named[] = {"threat",      "threatens",      "threatening",
				      "extortion",   "blackmail*",     "scam",
				      "sextortion",  "phishing",       "fraud",
				      "amenaza*",    "extorsión",      "chantaje",
				      "estafa",      "drohung",        "bedroh*",
				      "droht",       "erpress*",       "betrug",
				      "menace*",     "chantage",       "extorsion",
				      "arnaque",     "escroquerie",    "minaccia",
				      "minacce",     "ricatto",        "estorsione",
				      "truffa",      "ameaça*",        "chantagem",
				      "extorsão",    "golpe",          "bedreiging",
				      "afpersing",   "chantage",       "oplichting",
				      "groźb*",      "szantaż*",       "oszustw*",
				      "hot",         "hotar",          "hotet",
				      "utpressning", "bedrägeri",      "trussel",
				      "afpresning",  "svindel",        "tehdit*",
				      "şantaj*",     "dolandırıcılık", "угроз*",
				      "шантаж*",     "вымогательств*", "мошенничеств*",
				      "výhrůžk*",    "vydírání",       "podvod*",
				      "amenințare",  "șantaj",         "înșelătorie",
				      "απειλή",      "απειλεί",        "εκβιασμ*",
				      "απάτη",       "ancaman",        "pemerasan",
				      "penipuan",    "脅迫",           "恐喝",
				      "詐欺",        "威胁",           "勒索",
				      "敲诈",        "诈骗",           "협박",
				      "공갈",        "사기",           NULL};

/* Negations, before a named threat ("this is not a threat"). */
static const char *const k_neg[] = {
	"not",   "no",  "never", "don",  "doesn", "didn",  "won",    "nicht", "kein",
	"keine", "isn", "aren",  "wasn", "hasn",  "haven", "wouldn", "pas",   "non",
	"não",   "nao", "niet",  "geen", "nie",   "inte",  "ikke",   "değil", "не",
	"ne",    "nu",  "δεν",   "όχι",  "bukan", "tidak", "ni",     "n",     NULL};

/* (s18) scrutiny of a fact (reviewed, looked into, examined): its fate
 * when "need not" or "would rather not" is said of it */
static const char *const k_scrut[] = {
	"review*",   "look* into", "examin*",   "investigat*", "revis*",   "examin*",
	"investig*", "prüf*",      "überprüf*", "untersuch*",  "vérifi*",  "enquêt*",
	"esamin*",   "verific*",   "indag*",    "analis*",     "onderzo*", "sprawdz*",
	"granska*",  "incele*",    "провер*",   NULL};

/* (s18) the addressee's social circle, with no role in a debt or a claim:
 * where a fact told shames them */
static const char *const k_social[] = {
	"community",      "neighbours",      "neighbors",    "congregation",
	"parish",         "priest",          "pastor",       "church",
	"mosque",         "synagogue",       "whole town",   "whole village",
	"comunidad",      "vecinos",         "parroquia",    "párroco",
	"cura",           "iglesia",         "congregación", "todo el pueblo",
	"communauté",     "voisins",         "paroisse",     "curé",
	"église",         "tout le village", "gemeinde",     "nachbarn",
	"pfarrer",        "kirche",          "ganze dorf",   "comunità",
	"vicini",         "parrocchia",      "parroco",      "chiesa",
	"tutto il paese", "comunidade",      "vizinhos",     "paróquia",
	"igreja",         "toda a vila",     "buren",        "parochie",
	"kerk",           "sąsiedzi",        "parafi*",      "proboszcz",
	"grannar",        "församling*",     "komşular*",    "cemaat",
	"соседи",         "приход",          "община",       NULL};

/* (s18) coming to know of something (not seeing a thing): what the
 * social circle is made to do */
static const char *const k_hears[] = {
	"know",    "knows",    "hear",      "hears",    "find out",   "learn",  "learns",
	"sepa",    "sepan",    "sabrá",     "sabrán",   "se entere*", "sache",  "sachent",
	"saura",   "sauront",  "apprenne*", "erfährt",  "erfahren",   "weiß",   "wissen",
	"sappia",  "sappiano", "saprà",     "sapranno", "saiba",      "saibam", "saberá",
	"saberão", "weet",     "weten",     "dowie*",   "får veta",   "öğren*", "узнает",
	"узнают",  NULL};

const char *const *const rl_fate_words[FW_N] = {
	[FW_KNOW] = k_know,       [FW_RECORD] = k_record, [FW_PERSON] = k_person,
	[FW_IF] = k_if,           [FW_ALT] = k_alt,       [FW_AND] = k_and,
	[FW_CONSENT] = k_consent, [FW_SELF] = k_self,     [FW_OUT] = k_out,
	[FW_STAY] = k_stay,       [FW_STATE] = k_state,   [FW_NOBODY] = k_nobody,
	[FW_LEARN] = k_learn,     [FW_OBJ] = k_obj,       [FW_PLEASE] = k_please,
	[FW_NAMED] = k_named,     [FW_NEG] = k_neg,       [FW_STAYC] = k_stayc,
	[FW_CAN] = k_can,         [FW_VEILED] = k_veiled, [FW_NEEDNT] = k_neednt,
	[FW_DEMAND] = k_demand,   [FW_GOON] = k_goon,     [FW_STILL] = k_still,
	[FW_ANA] = k_ana,         [FW_SCRUT] = k_scrut,   [FW_SOCIAL] = k_social,
	[FW_HEARS] = k_hears,
};
