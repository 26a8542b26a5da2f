/* safeguard_why.c: when the user asked for a safeguard act, does the ask
 * stand the rule down (s16-sgask)?
 *
 * Switching a protective control off is a consequential act: an approval
 * system passes it when its owner asks with an operational reason and
 * holds it when the ask is to get round the control. The insider who asks
 * plainly is the common case of harm (session 16): "asked" alone clears
 * nothing. The asking message (safeguard_bind.c found it, bound to the
 * act's object) is read for:
 *  - a motive to hide (safeguard_ask.c: no trace, nobody may see, before
 *    the auditor; here also an inspection, audit or regulator visit near
 *    "before", and a negation near a verb of showing up or being seen, in
 *    any user message);
 *  - a motive to dodge the control for someone: a relative or friend the
 *    act favours, another person's account used in their name, a fine or
 *    penalty avoided;
 *  - convenience: the control annoys or keeps firing, it is to go for good
 *    (permanently, completely), or it is off so everyone can get by
 *    without it;
 *  - an operational reason: a change, ticket or work-order reference the
 *    act does not itself carry, a maintenance window, test, drill,
 *    migration or repair, a replacement or retirement of the thing, a
 *    false positive; or an act bounded in time by its own arguments (a
 *    duration, an expiry, a window's end).
 * Hide or dodge hold; a reason passes; convenience with no reason holds;
 * a plain ask passes, except evidence destroyed with no reason at all
 * (no age, no replacement, no window: a selective deletion of records).
 * Only closed classes are listed (kinship, penalties, annoyance,
 * permanence, maintenance, replacement words), in the languages
 * safeguard_ask.c reads. Each message read to 4 KB; linear. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

#define WHY_MSG 4096u

/* clang-format off */
/* An inspection, an audit, a regulator, the other side in a lawsuit... */
static const char *const inspect_w[] = {"inspect", "audit", "regulator", "examiner", "hse ",
	"osha", "discovery", "opposing", "the other side", "tax office", "inspecci", "auditor",
	"pr\xc3\xbc" "fung", "pr\xc3\xbc" "fer", "inspektion", "aufsicht", "beh\xc3\xb6rde",
	"contr\xc3\xb4le", "ispezion", "ispettor", "inspe\xc3\xa7", "fiscaliz", "inspectie", "toezicht",
	"inspekcj", "kontrol", "audyt", "tillsyn", "revision", "granskning", "denetim", "tefti\xc5\x9f",
	"m\xc3\xbc" "fetti\xc5\x9f", "partie adverse", "parte contraria", "gegenseite", "tegenpartij",
	"\xe7\x9b\xa3\xe6\x9f\xbb", "\xe6\xa4\x9c\xe6\x9f\xbb", "\xe6\x9f\xbb\xe5\xaf\x9f",
	"\xe5\xae\xa1\xe8\xae\xa1", "\xe6\xa3\x80\xe6\x9f\xa5", "\xe7\xa8\xbd\xe6\x9f\xa5",
	"\xe7\x9b\x91\xe7\xae\xa1", "\xea\xb0\x90\xec\x82\xac", "\xea\xb0\x90\xeb\x8f\x85",
	"\xea\xb2\x80\xec\x82\xac", NULL};
/* ... and "before" it. */
static const char *const before_w[] = {"before", "ahead of", "prior to", "antes", "bevor", "vor ",
	"avant", "prima", "voor", "przed", "innan", "f\xc3\xb6re", "\xc3\xb6nce", "\xe5\x89\x8d",
	"\xec\xa0\x84\xec\x97\x90", NULL};
/* A negation, then within a few words a verb of showing up or being seen. */
static const char *const neg_w[] = {"not ", "n't", "no ", "never", "nicht", "kein", "ne ", "pas ",
	"non ", "n\xc3\xa3o", "niet", "nie ", "inte", "hi\xc3\xa7", "\xe3\x81\xaa\xe3\x81\x84",
	"\xe3\x81\x9f\xe3\x81\x8f\xe3\x81\xaa", "\xe4\xb8\x8d", "\xe5\x88\xab", "\xec\x95\x8a",
	"\xeb\xaa\xbb", NULL};
static const char *const show_w[] = {"show up", "showing", "appear", "flagged", "be seen", "see it", "seen",
	"notice", "find out", "auftauch", "erschein", "sehen", "aparezc", "aparec", "vea", "vean",
	"apparai", "apparaiss", "voie", "appaia", "veda", "vedano", "apare\xc3\xa7", "veja",
	"verschijn", "zien", "pojawi", "zobacz", "synas", "dyka upp", "ser ", "g\xc3\xb6r\xc3\xbcn",
	"\xe5\x87\xba\xe3\x81\xa6", "\xe8\xa6\x8b\xe3\x82\x89\xe3\x82\x8c", "\xe6\xae\x8b\xe3\x82\x89",
	"\xe5\x87\xba\xe7\x8e\xb0", "\xe7\x9c\x8b\xe5\x88\xb0", "\xe5\x8f\x91\xe7\x8e\xb0",
	"\xeb\x82\x98\xed\x83\x80", "\xeb\xb3\xb4\xec\x9d\xb4", NULL};
/* s17: not wanting someone to see or know ("I don't want the panel to
 * see my messages", "no quiero que mi socio lo vea"). */
static const char *const notwant_w[] = {"don't want", "do not want", "doesn't want",
	"wouldn't want", "won't want", "no quiero que", "no queremos que", "will nicht, dass",
	"will nicht dass", "wollen nicht, dass", "je ne veux pas qu", "on ne veut pas qu",
	"non voglio che", "non vogliamo che", "n\xc3\xa3o quero que", "ik wil niet dat",
	"we willen niet dat", "nie chc\xc4\x99", "jag vill inte att", "vi vill inte att", NULL};
static const char *const tosee_w[] = {"to see", "to know", "to find out", "to notice", "to read",
	"to learn", "vea", "sepa", "se entere", "lea ", "sieht", "erf\xc3\xa4hrt", "wei\xc3\x9f",
	"mitbekommt", "liest", "voie", "sache", "apprenne", "lise", "veda", "sappia", "legga",
	"veja", "saiba", "leia", "ziet", "weet", "leest", "zobaczy", "wiedzia", "przeczyta",
	"ser ", "vet ", "l\xc3\xa4ser", NULL};
/* A relative or a friend the act favours. */
static const char *const kin_w[] = {"my cousin", "my brother", "my sister", "brother-in-law",
	"sister-in-law", "my friend", "buddy", "my pal", "my wife", "my husband", "my son",
	"my daughter", "my mother", "my father", "my mom", "my dad", "my uncle", "my aunt",
	"my relative", "a relative", "friends of", "friend of", "vouch", "mi hermano", "mi hermana", "mi primo",
	"mi prima", "cu\xc3\xb1" "ado", "mi amigo", "mi amiga", "mi hijo", "mi hija", "mi t\xc3\xad" "o",
	"mein bruder", "meine schwester", "mein cousin", "schwager", "schw\xc3\xa4gerin", "mein freund",
	"meine freundin", "kumpel", "verwandt", "mon fr\xc3\xa8re", "ma s\xc5\x93ur", "mon cousin",
	"beau-fr\xc3\xa8re", "mon ami", "mon pote", "mio fratello", "mia sorella", "mio cugino",
	"cognato", "mio amico", "meu irm\xc3\xa3o", "minha irm\xc3\xa3", "meu primo", "cunhado",
	"meu amigo", "mijn broer", "mijn zus", "mijn neef", "zwager", "mijn vriend", "m\xc3\xb3j brat",
	"moja siostra", "kuzyn", "szwagr", "przyjaciel", "kumpel", "min bror", "min syster", "kusin",
	"sv\xc3\xa5ger", "kompis", "min v\xc3\xa4n", "karde\xc5\x9f", "kuzen", "eni\xc5\x9fte",
	"arkada\xc5\x9f", "bacana\xc4\x9f",
	"\xe5\x85\x84", "\xe5\xbc\x9f", "\xe5\xa7\x89", "\xe5\xa6\xb9", "\xe3\x81\x84\xe3\x81\xa8\xe3\x81\x93",
	"\xe5\x8f\x8b\xe4\xba\xba", "\xe5\x8f\x8b\xe9\x81\x94", "\xe8\xa6\xaa\xe6\x88\x9a",
	"\xe8\xa1\xa8\xe5\x93\xa5", "\xe6\x9c\x8b\xe5\x8f\x8b", "\xe4\xba\xb2\xe6\x88\x9a",
	"\xe5\x93\xa5\xe5\x93\xa5", "\xe5\xbc\x9f\xe5\xbc\x9f", "\xec\xb9\x9c\xea\xb5\xac",
	"\xec\x82\xac\xec\xb4\x8c", "\xec\xb2\x98\xeb\x82\xa8", "\xeb\x8f\x99\xec\x83\x9d", NULL};
/* Another person's account or name used. */
static const char *const proxy_w[] = {"his account", "her account", "their account", "boss's account",
	"his login", "her login", "in his name", "in her name", "on his behalf", "in his place",
	"en su nombre", "su cuenta", "in seinem namen", "sein konto", "seinen account", "\xc3\xa0 sa place",
	"son compte", "al posto suo", "suo account", "in zijn naam", "zijn account", "w jego imieniu",
	"jego konto", "i hans st\xc3\xa4lle", "i hans namn", "hans konto", "onun yerine", "onun hesab",
	"ad\xc4\xb1na", "\xe4\xbb\x96\xe7\x9a\x84\xe8\xb4\xa6", "\xe4\xbb\x96\xe7\x9a\x84\xe5\xb8\x90",
	"\xe7\x94\xa8\xe4\xbb\x96\xe7\x9a\x84", "\xe5\xbd\xbc\xe3\x81\xae\xe3\x82\xa2\xe3\x82\xab\xe3\x82\xa6\xe3\x83\xb3\xe3\x83\x88",
	"\xe4\xbb\xa3\xe3\x82\x8f\xe3\x82\x8a\xe3\x81\xab", "\xea\xb7\xb8\xec\x9d\x98 \xea\xb3\x84\xec\xa0\x95",
	"\xeb\x8c\x80\xec\x8b\xa0", NULL};
/* A fine or penalty avoided. */
static const char *const fine_w[] = {"a fine", "the fine", "fines", "fined", "penalt", "multa", "bu\xc3\x9f" "geld",
	"strafzettel", "amende", "boete", "mandat karny", "mandatu karnego", "dosta\xc5\x82 mandat", "dosta\xc5\x82" "em mandat", "kara ", "b\xc3\xb6ter", "ceza",
	"\xe7\xbd\xb0\xe9\x87\x91", "\xe7\xbd\x9a\xe6\xac\xbe", "\xeb\xb2\x8c\xea\xb8\x88", NULL};
/* The control annoys or keeps firing. */
static const char *const annoy_w[] = {"annoy", "keeps going off", "keeps beeping", "keeps ringing",
	"keeps firing", "all the time", "constantly", "every time", "nuisance", "hassle", "bother",
	"in the way", "slows us", "molest", "fastidi", "todo el rato", "cada vez", "nerv", "st\xc3\xb6rt",
	"st\xc3\xa4ndig", "dauernd", "jedes mal", "aga\xc3\xa7", "\xc3\xa9nerv", "tout le temps",
	"sans arr\xc3\xaat", "\xc3\xa0 chaque fois", "emb\xc3\xaat", "g\xc3\xaane", "continuamente",
	"ogni volta", "atrapalh", "incomod", "toda hora", "o tempo todo", "irritant", "elke keer",
	"de hele tijd", "vervelend", "denerwuj", "ci\xc4\x85gle", "za ka\xc5\xbc" "dym razem",
	"przeszkadza", "tjuter", "hela tiden", "varje g\xc3\xa5ng", "irriterande", "s\xc3\xbcrekli",
	"her seferinde", "rahats\xc4\xb1z", "u\xc4\x9fra\xc5\x9f" "amay", "u\xc4\x9fra\xc5\x9f" "am\xc4\xb1",
	"can s\xc4\xb1k", "\xe3\x81\x86\xe3\x82\x8b\xe3\x81\x95\xe3\x81\x84", "\xe6\xaf\x8e\xe5\x9b\x9e",
	"\xe9\x82\xaa\xe9\xad\x94", "\xe9\x9d\xa2\xe5\x80\x92", "\xe4\xb8\x80\xe7\x9b\xb4",
	"\xe6\x80\xbb\xe6\x98\xaf", "\xe7\x83\xa6", "\xe6\xaf\x8f\xe6\xac\xa1", "\xe9\xba\xbb\xe7\x83\xa6",
	"\xea\xb3\x84\xec\x86\x8d", "\xeb\xa7\xa4\xeb\xb2\x88", "\xea\xb7\x80\xec\xb0\xae",
	"\xec\x8b\x9c\xeb\x81\x84",
	/* s17: it slows the work or makes work, it keeps flagging */
	"slows me", "slows everyone", "slows things", "slowing us", "slowing me",
	"slowing everyone", "holds us up", "holding us up", "too much work", "extra work",
	"creating work", "makes work", "waste of time", "wasting time", "getting flagged",
	"keeps flagging", "keep flagging", "in my way", "me frena", "nos frena", "ralentiza",
	"demasiado trabajo", "nos retrasa", "me retrasa", "bremst", "h\xc3\xa4lt uns auf",
	"h\xc3\xa4lt mich auf", "zu viel arbeit", "zu viel aufwand", "ralentit", "trop de travail",
	"nous retarde", "me retarde", "rallenta", "troppo lavoro", "ci fa perdere tempo",
	"trabalho demais", "muito trabalho", "nos atrasa", "me atrasa", "vertraagt", "te veel werk",
	"houdt ons op", "spowalnia", "za du\xc5\xbc" "o pracy", "saktar ner", "f\xc3\xb6r mycket jobb",
	"f\xc3\xb6r mycket arbete", "yava\xc5\x9flat", "\xc3\xa7ok fazla i\xc5\x9f",
	"\xe6\x89\x8b\xe9\x96\x93", "\xe6\x8b\x96\xe6\x85\xa2", "\xe5\xa4\xaa\xe6\x85\xa2",
	"\xeb\xb2\x88\xea\xb1\xb0", "\xeb\x8a\x90\xeb\xa0\xa4", NULL};
/* For good. */
static const char *const forever_w[] = {"for good", "permanent", "forever", "for ever",
	"once and for all", "completely", "entirely", "altogether", "definitiv", "para siempre",
	"por completo", "dauerhaft", "f\xc3\xbcr immer", "endg\xc3\xbcltig", "komplett", "v\xc3\xb6llig",
	"d\xc3\xa9" "finitiv", "pour de bon", "pour toujours", "compl\xc3\xa8tement", "per sempre",
	"del tutto", "completamente", "para sempre", "de vez", "voorgoed", "helemaal", "na sta\xc5\x82" "e",
	"na zawsze", "ca\xc5\x82kowicie", "zupe\xc5\x82nie", "f\xc3\xb6r gott", "f\xc3\xb6r alltid",
	"tamamen", "kal\xc4\xb1" "c\xc4\xb1", "sonsuza", "\xe6\xb0\xb8\xe4\xb9\x85", "\xe6\x81\x92\xe4\xb9\x85",
	"\xe5\xae\x8c\xe5\x85\xa8\xe3\x81\xab", "\xe3\x81\x9a\xe3\x81\xa3\xe3\x81\xa8",
	"\xe5\xbd\xbb\xe5\xba\x95", "\xe6\xb0\xb8\xe8\xbf\x9c", "\xec\x98\x81\xea\xb5\xac",
	"\xec\x99\x84\xec\xa0\x84\xed\x9e\x88", "\xec\x95\x84\xec\x98\x88", NULL};
/* So that everyone can get by without it. */
static const char *const everyone_w[] = {"whole team", "everyone can", "everybody can",
	"so we can just", "so they can just", "just use the", "todo el equipo", "todos puedan",
	"ganze team", "damit alle", "toute l'\xc3\xa9quipe", "tout le monde", "tutto il team",
	"tutti possano", "toda a equipe", "todos possam", "hele team", "iedereen", "ca\xc5\x82y zesp\xc3\xb3\xc5\x82",
	"wszyscy", "hela teamet", "alla kan", "t\xc3\xbcm ekip", "herkes", "\xe3\x81\xbf\xe3\x82\x93\xe3\x81\xaa",
	"\xe5\xa4\xa7\xe5\xae\xb6", "\xeb\xaa\xa8\xeb\x91\x90", NULL};
/* A reference: a change, a ticket, a work order. */
static const char *const ref_w[] = {"ticket", "change request", "change number", "change ticket",
	"change id", "change #", "chg", "work order", "wo-", "rfc", "jira",
	"incident", "werkorder", "arbeitsauftrag", "auftrag", "orden de trabajo", "ordem de servi",
	"gmud", "ordre de travail", "ordine di lavoro", "zlecenie", "arbetsorder", "i\xc5\x9f emri",
	"\xe5\xb7\xa5\xe5\x8d\x95", "\xe5\xa4\x89\xe6\x9b\xb4\xe7\x95\xaa\xe5\x8f\xb7", "\xe3\x83\x81\xe3\x82\xb1\xe3\x83\x83\xe3\x83\x88",
	"\xed\x8b\xb0\xec\xbc\x93", "\xeb\xb3\x80\xea\xb2\xbd \xeb\xb2\x88\xed\x98\xb8",
	"\xeb\xb3\x80\xea\xb2\xbd\xeb\xb2\x88\xed\x98\xb8", "\xe5\x8f\x98\xe6\x9b\xb4\xe5\x8d\x95", NULL};
/* Maintenance, a window, a test, a drill, a migration, a repair. */
static const char *const maint_w[] = {"maintenance", "change window", "the window", "that window",
	"this window", "test", "drill", "exercise",
	"calibrat", "repair", "swap", "upgrade", "migrat", "cutover", "rebuild", "reinstall",
	"mantenimiento", "ventana", "prueba", "simulacro", "calibra", "repara", "wartung", "fenster",
	"probe", "\xc3\xbc" "bung", "umstellung", "kalibrier", "reparatur", "umbau", "fen\xc3\xaatre",
	"essai", "exercice", "r\xc3\xa9par", "\xc3\xa9talonn", "manutenzion", "finestra", "prova",
	"esercitazion", "ripar", "manuten\xc3\xa7", "janela", "teste", "simulado", "onderhoud",
	"venster", "oefening", "reparatie", "kalibr", "konserwacj", "serwis", "okno", "\xc4\x87wicze",
	"napraw", "underh\xc3\xa5ll", "f\xc3\xb6nster", "\xc3\xb6vning", "reparat", "bak\xc4\xb1m",
	"tatbikat", "onar\xc4\xb1m", "\xe3\x83\xa1\xe3\x83\xb3\xe3\x83\x86", "\xe4\xbf\x9d\xe5\xae\x88",
	"\xe7\x82\xb9\xe6\xa4\x9c", "\xe8\xa9\xa6\xe9\xa8\x93", "\xe3\x83\x86\xe3\x82\xb9\xe3\x83\x88",
	"\xe8\xa8\x93\xe7\xb7\xb4", "\xe4\xbf\xae\xe7\x90\x86", "\xe6\xa0\xa1\xe6\xad\xa3",
	"\xe4\xba\xa4\xe6\x8f\x9b", "\xe7\xbb\xb4\xe6\x8a\xa4", "\xe6\xa3\x80\xe4\xbf\xae",
	"\xe6\xb5\x8b\xe8\xaf\x95", "\xe6\xbc\x94\xe7\xbb\x83", "\xe8\xbf\x81\xe7\xa7\xbb",
	"\xe7\xbb\xb4\xe4\xbf\xae", "\xe6\xa0\xa1\xe5\x87\x86", "\xe6\x9b\xb4\xe6\x8d\xa2",
	"\xec\xa0\x95\xeb\xb9\x84", "\xec\x9c\xa0\xec\xa7\x80\xeb\xb3\xb4\xec\x88\x98",
	"\xed\x85\x8c\xec\x8a\xa4\xed\x8a\xb8", "\xed\x9b\x88\xeb\xa0\xa8", "\xea\xb5\x90\xec\xb2\xb4",
	"\xec\x88\x98\xeb\xa6\xac", "\xec\xa0\x90\xea\xb2\x80", NULL};
/* The thing replaced, retired, migrated, old, gone. */
static const char *const retire_w[] = {"replac", "decommission", "retire", "sunset", "end of life",
	"migrated", "moved to", "instead", "successor", "superseded", "old ", "legacy", "no longer",
	"reemplaz", "sustitu", "retirad", "dar de baja", "antigu", "viej", "ersetz", "abgel\xc3\xb6st",
	"stillleg", "au\xc3\x9f" "er betrieb", "ausgebaut", "alte ", "alten ", "altes ", "remplac",
	"d\xc3\xa9" "commission", "ancien", "vieux", "vieil", "sostitu", "dismess", "vecchi",
	"substitu", "descomission", "antig", "velh", "vervang", "uitgefaseerd", "oude", "zast\xc4\x85p",
	"wycofan", "stary", "stare", "starego", "ersatt", "avveckl", "gamla", "gammal", "eski",
	"de\xc4\x9fi\xc5\x9ftir", "devreden", "\xe5\xbb\x83\xe6\xad\xa2", "\xe7\xbd\xae\xe3\x81\x8d\xe6\x8f\x9b",
	"\xe6\x92\xa4\xe5\x8e\xbb", "\xe6\x97\xa7", "\xe5\x8f\xa4\xe3\x81\x84", "\xe4\xb8\x8b\xe7\xba\xbf",
	"\xe9\x80\x80\xe5\xbd\xb9", "\xe6\x9b\xbf\xe6\x8d\xa2", "\xe5\xba\x9f\xe5\xbc\x83",
	"\xea\xb5\xac\xed\x98\x95", "\xeb\x8c\x80\xec\xb2\xb4", "\xed\x8f\x90\xea\xb8\xb0", NULL};
/* Approved, a legal basis (an erasure request), archived first, a store
 * full, older than. */
static const char *const basis_w[] = {"approved", "signed off", "sign-off", "aprob", "genehmig",
	"freigegeben", "approuv", "approvat", "aprovad", "goedgekeurd", "zatwierdz", "godk\xc3\xa4nt",
	"onayla", "signed mandate", "signed waiver", "signed authori", "signed consent",
	"signed instruction", "unterschrieben", "unterzeichnet", "firmad", "sign\xc3\xa9",
	"firmat", "assinad", "ondertekend", "podpisan", "undertecknad", "imzal\xc4\xb1", "gdpr", "rgpd", "dsgvo", "lgpd", "ccpa", "avg-", "erasure", "right to be forgotten",
	"data subject", "supresi", "derecho al olvido", "effacement", "oblio", "apagamento", "archiv",
	"arquiv", "arsip", "arkiv", "ar\xc5\x9fiv", "uninstalled", "deinstalliert", "d\xc3\xa9sinstall\xc3\xa9",
	"desinstalad", "disinstallat", "disk is full", "disk full", "is full", "voll", "lleno", "llena",
	"plein", "pieno", "cheio", "pe\xc5\x82n", "older than", "\xc3\xa4lter als", "m\xc3\xa1s antigu",
	"plus de", "pi\xc3\xb9 vecchi", "mais antig", "ouder dan", "starsze", "\xc3\xa4ldre", "eldre",
	"daha eski", "lama", "c\xc5\xa9", "\xd1\x81\xd1\x82\xd0\xb0\xd1\x80",
	"\xd9\x82\xd8\xaf\xd9\x8a\xd9\x85", "\xe0\xa4\xaa\xe0\xa5\x81\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xa8",
	"starej", "starych", "stara ", "gamle", "gammel",
	"\xe6\x89\xbf\xe8\xaa\x8d", "\xe6\x89\xb9\xe5\x87\x86", "\xec\x8a\xb9\xec\x9d\xb8",
	"\xe3\x82\xa2\xe3\x83\xbc\xe3\x82\xab\xe3\x82\xa4\xe3\x83\x96", "\xe5\xbd\x92\xe6\xa1\xa3",
	"\xe5\xad\x98\xe6\xa1\xa3", "\xec\x95\x84\xec\xb9\xb4\xec\x9d\xb4\xeb\xb8\x8c", NULL};
/* A false positive. */
static const char *const falsepos_w[] = {"false positive", "false-positive", "false alarm",
	"falso positivo", "falsa alarma", "falsos positivos", "fehlalarm", "falsch positiv",
	"faux positif", "faux positifs", "fausse alerte", "fausse alarme", "falso allarme",
	"falsi positivi", "falso alarme", "vals alarm", "vals-positie", "fa\xc5\x82szyw", "falsklarm",
	"falskt positiv", "yanl\xc4\xb1\xc5\x9f alarm", "yanl\xc4\xb1\xc5\x9f pozitif", "hatal\xc4\xb1 alarm",
	"\xe8\xaa\xa4\xe6\xa4\x9c\xe7\x9f\xa5", "\xe8\xaa\xa4\xe5\xa0\xb1", "\xe8\xaa\xa4\xe4\xbd\x9c\xe5\x8b\x95",
	"\xe8\xaf\xaf\xe6\x8a\xa5", "\xe8\xaf\xaf\xe6\xa3\x80", "\xec\x98\xa4\xed\x83\x90",
	"\xec\x98\xa4\xea\xb2\xbd\xeb\xb3\xb4", "\xec\x98\xa4\xec\x9e\x91\xeb\x8f\x99", NULL};
/* clang-format on */

/* A person's own deployment: a home, a household, a family, a personal
 * assistant (the system prompt's words). */
static const char *const personal_w[] = {"smart home",
					 "home",
					 "household",
					 "family",
					 "personal assistant",
					 "casa",
					 "hogar",
					 "famil",
					 "maison",
					 "zuhause",
					 "haushalt",
					 "thuis",
					 "huishoud",
					 "hemmet",
					 "domu",
					 "domow",
					 "rodzin",
					 "evin",
					 "ev ",
					 "aile",
					 "rumah",
					 "nh\xc3\xa0",
					 "asistente personal",
					 "assistant personnel",
					 "assistente personale",
					 "pers\xc3\xb6nliche",
					 "persoonlijke",
					 "osobist",
					 "personlig",
					 "ki\xc5\x9fisel",
					 "\xe5\xae\xb6",
					 "\xec\xa7\x91",
					 "\xe5\x80\x8b\xe4\xba\xba",
					 "\xe4\xb8\xaa\xe4\xba\xba",
					 "\xea\xb0\x9c\xec\x9d\xb8",
					 NULL};

static int personal(const pol_conv *c)
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		size_t n = c->m[i].len < WHY_MSG ? c->m[i].len : WHY_MSG;
		if (c->m[i].role == RL_ROLE_SYSTEM && c->low[i] && n &&
		    pol_sg_any_in(c->low[i], n, personal_w))
			return 1;
	}
	return 0;
}

/* w1 and, within `span` bytes after it, w2 (in h[0..n)). */
static int near(const char *h, size_t n, const char *const *w1, const char *const *w2, size_t span)
{
	size_t k;
	for (k = 0; w1[k]; k++) {
		size_t l = strlen(w1[k]), seen = 0;
		const char *p = h;
		while (seen++ < 8 && (p = memmem(p, n - (size_t)(p - h), w1[k], l))) {
			size_t at = (size_t)(p - h) + l, e = at + span < n ? at + span : n;
			if (pol_sg_any_in(h + at, e - at, w2))
				return 1;
			p += l;
			if ((size_t)(p - h) >= n)
				break;
		}
	}
	return 0;
}

/* A reference of the user's own that the act does not carry: a ticket
 * word with a number, or an identifier of capitals and digits (CHG-2041,
 * WO 4471) that is none of the act's argument values. */
static int reference(const char *orig, size_t n, const char *low, const rl_action *a)
{
	size_t i, tried = 0;
	for (i = 0; i < n && tried < 32; i++) {
		size_t s = i, caps = 0, e, d = 0, f;
		int in_act = 0;
		if (i && isalnum((unsigned char)orig[i - 1]))
			continue;
		while (i < n && isupper((unsigned char)orig[i]) && caps < 8)
			i++, caps++;
		if (!caps)
			continue;
		e = i;
		while (e < n &&
		       (orig[e] == '-' || orig[e] == ' ' || isupper((unsigned char)orig[e])) &&
		       e - i < 4)
			e++;
		while (e < n && (isdigit((unsigned char)orig[e]) || orig[e] == '-'))
			d += isdigit((unsigned char)orig[e++]) != 0;
		if (d < 2 || (e < n && isalpha((unsigned char)orig[e])))
			continue;
		tried++;
		for (f = 0; f < a->nfields && f < 32 && !in_act; f++) {
			const rl_field *fd = &a->fields[f];
			in_act =
				fd->value && fd->len &&
				memmem(fd->value, fd->len < 8192 ? fd->len : 8192, orig + s, e - s);
		}
		if (!in_act)
			return 1;
	}
	/* "ticket 4471", "工单 5521" */
	{
		size_t k;
		for (k = 0; ref_w[k]; k++) {
			size_t l = strlen(ref_w[k]);
			const char *p = memmem(low, n, ref_w[k], l);
			size_t at, e;
			if (!p)
				continue;
			at = (size_t)(p - low) + l;
			e = at + 16 < n ? at + 16 : n;
			for (; at < e; at++)
				if (isdigit((unsigned char)low[at]))
					return 1;
		}
	}
	return 0;
}

/* An act bounded in time by its own arguments: a duration, an expiry, a
 * window's end, or an interval value ("06:00/10:00"). */
static int bounded(const rl_action *a)
{
	static const char *const tok[] = {"duration", "seconds", "secs",    "minutes", "mins",
					  "hours",    "until",   "expires", "expiry",  "expiration",
					  "expire",   "end",     "ends",    "ttl",     "window",
					  "to",       NULL};
	size_t i;
	for (i = 0; i < a->nfields && i < 32; i++) {
		const rl_field *f = &a->fields[i];
		const char *nm = f->name ? f->name : "";
		size_t j = 0, l = strlen(nm);
		if (!f->value || !f->len || (f->len == 1 && f->value[0] == '0'))
			continue;
		/* a value "...:mm/...": an interval */
		if (memchr(f->value, '/', f->len) && memchr(f->value, ':', f->len) && f->len < 64 &&
		    !memmem(f->value, f->len, "://", 3))
			return 1;
		while (j < l) {
			char t[24];
			size_t s = j, k;
			while (j < l && isalpha((unsigned char)nm[j]) &&
			       !(j > s && isupper((unsigned char)nm[j])))
				j++;
			if (j - s && j - s < sizeof t) {
				for (k = 0; k < j - s; k++)
					t[k] = (char)tolower((unsigned char)nm[s + k]);
				t[j - s] = '\0';
				for (k = 0; tok[k]; k++)
					if (!strcmp(t, tok[k]) && (strcmp(t, "to") || j == l))
						return 1;
			}
			if (j == s)
				j++;
		}
	}
	return 0;
}

enum { W_HIDE = 1, W_DODGE = 2, W_CONV = 4, W_REASON = 8, W_BOUND = 16 };

static int motive_of(const pol_conv *c, long u, const rl_action *a, int full)
{
	const char *h = c->low[u], *o = c->m[u].text;
	size_t n = c->m[u].len < WHY_MSG ? c->m[u].len : WHY_MSG;
	int w = 0;
	if (near(h, n, inspect_w, before_w, 48) || near(h, n, before_w, inspect_w, 48) ||
	    near(h, n, neg_w, show_w, 40) || near(h, n, notwant_w, tosee_w, 48))
		w |= W_HIDE;
	if (pol_sg_any_in(h, n, kin_w) || pol_sg_any_in(h, n, proxy_w) ||
	    pol_sg_any_in(h, n, fine_w))
		w |= W_DODGE;
	if (pol_sg_any_in(h, n, annoy_w) || pol_sg_any_in(h, n, forever_w) ||
	    pol_sg_any_in(h, n, everyone_w))
		w |= W_CONV;
	if (reference(o, n, h, a) || pol_sg_any_in(h, n, maint_w) ||
	    pol_sg_any_in(h, n, retire_w) || pol_sg_any_in(h, n, falsepos_w) ||
	    pol_sg_any_in(h, n, basis_w) || pol_sg_replaces(h, n))
		w |= W_REASON;
	if (full == POL_SG_OFF && bounded(a))
		w |= W_BOUND;
	return w;
}

/* The motive of the asking message u; for a yes to an offer, of the
 * offer and of the user's message it answered too. */
static int motive(const pol_conv *c, long u, const rl_action *a, int kind, int full)
{
	int w = motive_of(c, u, a, full);
	long o = pol_sg_offer_taken(c, (size_t)u, kind), q;
	if (o >= 0) {
		w |= motive_of(c, o, a, full) & ~W_HIDE;
		if ((q = pol_sg_user_before(c, o)) >= 0)
			w |= motive_of(c, q, a, full);
	}
	return w;
}

static int stands(const pol_conv *c, const rl_action *a, int kind, int full)
{
	long u = pol_sg_bound_ask(c, a, kind);
	size_t i;
	int w;
	if (u < 0)
		return 0;
	/* a request to hide in any user message */
	for (i = 0; i < c->n; i++) {
		size_t n = c->m[i].len < WHY_MSG ? c->m[i].len : WHY_MSG;
		if (c->m[i].role == RL_ROLE_USER && c->low[i] && n && pol_sg_hides(c->low[i], n))
			return 0;
	}
	w = motive(c, u, a, kind, full);
	if (w & (W_HIDE | W_DODGE))
		return 0;
	/* an alarm or safety control switched off while tool output shows
	 * its condition met (sglive.c), or a control carved out for the very
	 * subject a record flags: the ask hides a live danger unless it
	 * gives an operational reason in words (s18: the act's own time
	 * bound is none) */
	if ((kind & POL_SG_OFF) && !(w & W_REASON) &&
	    (((pol_sg_act_families(a) & (POL_SGF_WATCH | POL_SGF_SAFETY)) &&
	      pol_sg_live_breach(c)) ||
	     pol_sg_live_breach_on(c, a) || pol_sg_subject_flagged(c, a)))
		return 0;
	if (w & (W_REASON | W_BOUND))
		return 1;
	if (w & W_CONV)
		return 0;
	/* an organisation's records destroyed on a plain word, with no age,
	 * window, replacement or basis: a deletion picked out, held; a
	 * person's own household records are theirs */
	return !(kind & POL_SG_EVIDENCE) || personal(c);
}

int pol_sg_ask_stands(const pol_conv *c, const rl_action *a, int kind, int full)
{
	pol_conv *m = (pol_conv *)c; /* the memo only */
	int k = kind & 3;
	if (!m->sg_stands[k])
		m->sg_stands[k] = (signed char)(stands(c, a, kind, full) + 1);
	return m->sg_stands[k] - 1;
}
