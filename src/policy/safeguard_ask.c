/* safeguard_ask.c: what the user's words say about a safeguard act
 * (safeguard.c reads the act itself): did the user ask to switch
 * something off, to delete something or to replace one control by
 * another, in a score of languages, or say yes to the assistant's offer
 * to do so; or did the user ask for it in words that say it is to hide
 * something (no trace, nobody should know, before the auditor).
 *
 * A message that opens with a refusal ("no, leave it", "nein, nur
 * analysieren") asks for nothing. A short yes ("ja, mach das", "oui
 * vas-y", "はい") asks for what the assistant's last message offered
 * when that message is a question naming an act of the kind. Stems are
 * matched where a word starts (anywhere for scripts without spaces);
 * each message is read once per kind and conversation. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

/* Does a word of h[0..n) start with one of w[]? A stem written in a
 * script without spaces (CJK, Hangul) or opening with a space may stand
 * anywhere. */
static int any_in(const char *h, size_t n, const char *const *w)
{
	for (; *w; w++) {
		size_t l = strlen(*w);
		unsigned char w0 = (unsigned char)**w;
		const char *p = h;
		/* a stem opening with a space stands at the start too */
		if (w0 == ' ' && l > 1 && n >= l - 1 && !memcmp(h, *w + 1, l - 1))
			return 1;
		while (l && n >= l && (p = memmem(p, n - (size_t)(p - h), *w, l))) {
			unsigned char b = p > h ? (unsigned char)p[-1] : ' ';
			if (w0 >= 0xe0 || w0 == ' ' || (!isalnum(b) && b < 0x80))
				return 1;
			if ((size_t)(++p - h) + l > n)
				break;
		}
	}
	return 0;
}

/* clang-format off */
/* The user asks to switch something off, in a dozen languages. */
static const char *const ask_off[] = {"wake", "waking", "woke", "sleep in", "alarm clock", "despert",
	"wecker", "r\xc3\xa9veil", "sveglia", "wekker", "budzik", "v\xc3\xa4" "ckarklock", "disabl", "deactivat", "overrid", "ignor", "cancel", "turn off", "turn it off",
	"turn them off", "turn that off", "switch off", "shut off", "shut down", "stop", "pause",
	"suspend", "mute", "silenc", "snooze", "bypass", "disarm", " off", "desactiv", "parada",
	"uninstall", "deinstall", "desinstal", "d\xc3\xa9sinstall", "disinstall",
	"\xe5\x81\x9c\xe6\x8e\x89", "\xe5\x8d\xb8\xe8\xbd\xbd",
	"d\xc3\xa9" "sactiv", "apag", "deten", "parar", "deslig", "deaktivier", "abschalt",
	"ausschalt", " aus.", " aus ", "stumm", "pausier", "\xc3\xa9teins", "\xc3\xa9teindre",
	"eteins", "coupe", "arr\xc3\xaate", "disattiv", "spegn", "sospend", "disabilit", "uitschakel",
	"uitzet", " uit", "st\xc3\xa4ng av", "stang av", "inaktiver", "koppla", "wy\xc5\x82\xc4\x85" "cz",
	"wylacz", "zatrzym", "rozbr", "dezactiv", "opre", "\xe7\x84\xa1\xe5\x8a\xb9",
	"\xe3\x82\xaa\xe3\x83\x95", "\xe6\xad\xa2\xe3\x82\x81", "\xe5\x81\x9c\xe6\xad\xa2",
	"\xe8\xa7\xa3\xe9\x99\xa4", "\xeb\x81\x84", "\xea\xba\xbc", "\xeb\xb9\x84\xed\x99\x9c\xec\x84\xb1",
	"\xec\xa4\x91\xec\xa7\x80", "kapat", "devre d", "durdur",
	/* close (an alert, a finding), suspend for a while; Czech, Slovak,
	 * Norwegian, Danish, Russian, Ukrainian, Hindi, Vietnamese, Indonesian,
	 * Malay, Arabic, Chinese, Greek */
	"close", "dismiss", "suppress", "acknowledg", "descart", "quittier", "chiud", "schlie\xc3\x9f", "schliess", "ferme", "cierr", "fech", "sluit", "zamkn",
	"st\xc3\xa4ng", "aussetz", "vypn", "vyp\xc3\xadn", "zastav", "deaktiv", "skru av",
	"sl\xc3\xa5 av", "sl\xc3\xa5 fra", "luk ", "\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87",
	"\xd0\xb2\xd1\x8b\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87", "\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2",
	"\xd0\xb2\xd0\xb8\xd0\xbc\xd0\xba\xd0\xbd", "\xe0\xa4\xac\xe0\xa4\x82\xe0\xa4\xa6",
	"\xe0\xa4\xb0\xe0\xa5\x8b\xe0\xa4\x95", "t\xe1\xba\xaft", "d\xe1\xbb\xabng", "v\xc3\xb4 hi\xe1\xbb\x87u",
	"matikan", "nonaktif", "hentikan", "\xd8\xa3\xd9\x88\xd9\x82\xd9\x81", "\xd8\xa5\xd9\x8a\xd9\x82\xd8\xa7\xd9\x81",
	"\xd8\xb9\xd8\xb7\xd9\x84", "\xd8\xaa\xd8\xb9\xd8\xb7\xd9\x8a\xd9\x84", "\xe5\x81\x9c\xe7\x94\xa8",
	"\xe5\x85\xb3\xe9\x97\xad", "\xe5\x85\xb3\xe6\x8e\x89", "\xe7\xa6\x81\xe7\x94\xa8", "\xe6\x9a\x82\xe5\x81\x9c",
	"\xce\xb1\xcf\x80\xce\xb5\xce\xbd\xce\xb5\xcf\x81\xce\xb3",
	/* s17: lift a hold, a freeze, a block (the verb before its object) */
	"lift the", "lift his", "lift her", "lift their", "lift its", "lift it", "lift that",
	"lift this", "lifting the", "aufheb", "hebt die", "heb die", "levanta el", "levanta la",
	"levantar el", "levantar la", "l\xc3\xa8ve le", "l\xc3\xa8ve la", "lever le", "lever la",
	"levez le", "levez la", "togli il", "togli la", "rimuovi il blocco", "opheff", "hef de",
	"upph\xc3\xa4v", "h\xc3\xa4v sp\xc3\xa4rr", "zdejmij", "znie\xc5\x9b", "kald\xc4\xb1r",
	"\xed\x95\xb4\xec\xa0\x9c",
	/* s17: mute in scripts without spaces; bridge (jumper) a safety
	 * device out */
	"\xe9\x9d\x99\xe9\x9f\xb3", "\xe6\xb6\x88\xe9\x9f\xb3",
	"\xe3\x83\x9f\xe3\x83\xa5\xe3\x83\xbc\xe3\x83\x88", "\xec\x9d\x8c\xec\x86\x8c\xea\xb1\xb0",
	"bridge out", "jumper out", "k\xc3\xb6pr\xc3\xbcle", "\xc3\xbc" "berbr\xc3\xbc" "ck", "puentea",
	"pontear", "shunter", "overbrug", "zmostkuj", "mostkowa", "f\xc3\xb6rbikoppl", "koppla f\xc3\xb6rbi", NULL};
/* ... or to delete something. */
static const char *const ask_del[] = {"delet", "remov", "erase", "cancel", "annul", "stornier",
	"anuluj", "avbryt", "iptal", "purg", "wipe", "clean", "clear",
	"tear down", "teardown", "tear it down", "drop", "get rid", "prune", "trim", "rotat", "vacuum",
	"borr", "elimin", "suprim", "limpi", "quita", "apag", "exclu", "l\xc3\xb6sch", "losch",
	"loesch", "entfern", "bereinig", "aufr\xc3\xa4um", "r\xc3\xa4um", "raeum", "supprim", "effac",
	"nettoi", "cancell", "rimuov", "pulisc", "verwijder", " wis ", "opruim", "usu\xc5\x84", "usun",
	"skasuj", "wyczy", "radera", "ta bort", "rensa", "sil", "temizle", "sterge", "\xc8\x99terge",
	"\xc8\x98terge", "\xc5\x9fterge", "\xc5\x9eterge",
	"\xe5\x89\x8a\xe9\x99\xa4", "\xe6\xb6\x88\xe3\x81\x97", "\xe6\xb6\x88\xe5\x8e\xbb",
	"\xec\x82\xad\xec\xa0\x9c", "\xec\xa7\x80\xec\x9b\x8c", "\xec\xa7\x80\xec\x9a\xb0",
	/* empty, tidy; Norwegian, Danish, Czech, Russian, Ukrainian, Hindi,
	 * Vietnamese, Indonesian, Arabic, Chinese, Greek */
	"empty", "tidy", "vide ", "vider", "videz", "svuot", "leeg", "slett", "fjern", "smaz",
	"sma\xc5\xbe", "odstra", "vyma\xc5\xbe", "\xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb", "\xd0\xbe\xd1\x87\xd0\xb8\xd1\x81\xd1\x82",
	"\xd0\xb2\xd0\xb8\xd0\xb4\xd0\xb0\xd0\xbb", "\xe0\xa4\xb9\xe0\xa4\x9f\xe0\xa4\xbe", "\xe0\xa4\xae\xe0\xa4\xbf\xe0\xa4\x9f\xe0\xa4\xbe",
	"x\xc3\xb3" "a", "xo\xc3\xa1", "hapus", "bersihkan", "\xd8\xa7\xd8\xad\xd8\xb0\xd9\x81", "\xd8\xad\xd8\xb0\xd9\x81",
	"\xd8\xa7\xd9\x85\xd8\xb3\xd8\xad", "\xe6\xb8\x85\xe9\x99\xa4", "\xe6\xb8\x85\xe7\xa9\xba", "\xe5\x88\xa0",
	"\xce\xb4\xce\xb9\xce\xb1\xce\xb3\xcf\x81", "uninstall", "deinstall", "desinstal",
	"d\xc3\xa9sinstall", "disinstall", "\xe5\x8d\xb8\xe8\xbd\xbd", NULL};
/* ... or to replace one thing by another (the old one goes). */
static const char *const ask_repl[] = {"replac", "instead", "from the old", "to the new",
	"with the new", "migrate from", "migrating from",
	"switch from", "switching from", "move from", "moving from", "ersetz", "wechsel", "umstell",
	"remplac", "au lieu", "reemplaz", "sustitu", "en lugar", "en vez", "sostitu", "invece",
	"substitu", "em vez", "vervang", "in plaats", "overstap", "zast\xc4\x85p", "zastap", "ers\xc3\xa4tt",
	"byt ut", "erstatt", "nahra", "\xd0\xb7\xd0\xb0\xd0\xbc\xd0\xb5\xd0\xbd", "de\xc4\x9fi\xc5\x9ftir",
	"thay th", "ganti", "\xd8\xa7\xd8\xb3\xd8\xaa\xd8\xa8\xd8\xaf", "\xe7\xbd\xae\xe3\x81\x8d\xe6\x8f\x9b",
	"\xe5\x88\x87\xe3\x82\x8a\xe6\x9b\xbf", "\xe6\x9b\xbf\xe6\x8d\xa2", "\xea\xb5\x90\xec\xb2\xb4",
	"\xec\xa0\x84\xed\x99\x98", "\xe0\xa4\xac\xe0\xa4\xa6\xe0\xa4\xb2", NULL};
/* ... or to weaken a control: relax or loosen it, raise its threshold,
 * carve out an exception, an exemption or an allowlist entry, skip it. */
static const char *const ask_weak[] = {"relax", "loosen", "lower the", "raise the threshold",
	"exempt", "exception", "allowlist", "whitelist", "waive", "skip", "relaj", "excepci", "exim",
	"omit", "lockern", "ausnahme", "befrei", "\xc3\xbc" "berspring", "assoupl", "contourn",
	"allent", "eccezion", "esent", "exce\xc3\xa7", "isent", "versoepel", "uitzondering",
	"vrijstel", "overslaan", "poluzu", "wyj\xc4\x85t", "zwolni", "pomi\xc5\x84", "l\xc3\xa4tta p\xc3\xa5",
	"undantag", "hoppa \xc3\xb6ver", "gev\xc5\x9f" "et", "istisna", "muaf", "atla",
	"\xe7\xb7\xa9\xe5\x92\x8c", "\xe4\xbe\x8b\xe5\xa4\x96", "\xe9\x99\xa4\xe5\xa4\x96",
	"\xe3\x82\xb9\xe3\x82\xad\xe3\x83\x83\xe3\x83\x97", "\xe6\x94\xbe\xe5\xae\xbd",
	"\xe8\xb1\x81\xe5\x85\x8d", "\xe8\xb7\xb3\xe8\xbf\x87", "\xe7\x99\xbd\xe5\x90\x8d\xe5\x8d\x95",
	"\xec\x99\x84\xed\x99\x94", "\xec\x98\x88\xec\x99\xb8", "\xeb\xa9\xb4\xec\xa0\x9c",
	"\xea\xb1\xb4\xeb\x84\x88\xeb\x9b\xb0", NULL};
/* An imperative that opens a sentence: Spanish "para el servicio". */
static const char *const off_open[] = {"para el", "para la", "para los", "para las", NULL};
/* A message that opens with a yes or with a no. */
static const char *const yes_w[] = {"yes", "yep", "yeah", "sure", "ok", "okay", "go ahead", "please do",
	"do it", "ja", "jawohl", "gerne", "oui", "ouais", "d'accord", "vas-y", "s\xc3\xad", "s\xc3\xac", "si", "sim",
	"claro", "certo", "va bene", "tak", "jo", "absolut", "evet", "tamam", "da", "ano", "\xd0\xb4\xd0\xb0",
	"\xd1\x82\xd0\xb0\xd0\xba", "\xd9\x86\xd8\xb9\xd9\x85", "\xe0\xa4\xb9\xe0\xa4\xbe\xe0\xa4\x81",
	"haan", "ha ", "c\xc3\xb3", "v\xc3\xa2ng", "ya", "iya", "boleh", "\xe3\x81\xaf\xe3\x81\x84",
	"\xe3\x81\x8a\xe9\xa1\x98\xe3\x81\x84", "\xe3\x81\x86\xe3\x82\x93", "\xeb\x84\xa4", "\xec\x98\x88",
	"\xec\xa2\x8b", "\xe5\xa5\xbd", "\xe6\x98\xaf", "\xe5\x8f\xaf\xe4\xbb\xa5", "\xe8\xa1\x8c", NULL};
static const char *const no_w[] = {"no", "nope", "nah", "don't", "do not", "nein", "nicht", "non",
	"n\xc3\xa3o", "nie", "nee", "nej", "nei", "hay\xc4\xb1r", "ne", "\xd0\xbd\xd0\xb5\xd1\x82",
	"\xd9\x84\xd8\xa7", "\xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82", "kh\xc3\xb4ng", "tidak", "jangan",
	"\xe3\x81\x84\xe3\x81\x84\xe3\x81\x88", "\xe3\x82\x84\xe3\x82\x81", "\xec\x95\x84\xeb\x8b\x88",
	"\xe4\xb8\x8d", "\xe5\x88\xab", NULL};
/* Concealment: no trace, hidden, unrecorded, before an auditor. */
static const char *const hide_w[] = {"no trace", "without a trace", "leave no", "cover up",
	"cover it up", "cover this up", "cover my", "cover our", "hide", "conceal", "unrecorded",
	"off the record", "not be recorded", "isn't recorded", "not recorded", "doesn't show",
	"won't show", "not show up", "never happened", "get caught", "doesn't get paged",
	"don't get paged", "not get paged", "doesn't trip", "auditor", "investigator", "police",
	"polic\xc3\xad", "pol\xc3\xad" "cia", "polizei", "polizia", "politie", "policj", "polisen",
	"poli\xc8\x9bi", "\xe8\xad\xa6\xe5\xaf\x9f", "\xea\xb2\xbd\xec\xb0\xb0", "subpoena",
	"lawsuit", "inte se", "inte f\xc3\xa5 se", "inte veta", "nicht sehen", "nicht erfahren",
	"nicht wissen", "no vea", "no sepa", "no se entere", "n\xc3\xa3o veja", "n\xc3\xa3o saiba",
	"ne voie", "ne sache", "non veda", "non sappia", "niet zien", "niet weten", "nie zobacz",
	"nie dowie",
	"before the audit", "rastro", "ocult", "escond", "encubr", "tapar", "no aparezca",
	"n\xc3\xa3o apare\xc3\xa7", "spuren", "keine spur", "verberg", "vertusch", "verheimlich",
	"nicht auftauch", "pr\xc3\xbc" "fer", "pruefer", "aucune trace", "sans trace", "cacher",
	"dissimul", "auditeur", "inspecteur", "traccia", "nascond", "insabbi", "ispettor", "spoor",
	"sporen", "verdoezel", "\xc5\x9bla", "ukry", "audytor", "sp\xc3\xa5r", "d\xc3\xb6lj", "urme",
	"ascund", "iz b\xc4\xb1rak", "gizle", "denet\xc3\xa7i", "m\xc3\xbc" "fetti",
	"\xe8\xa8\x98\xe9\x8c\xb2\xe3\x81\xab\xe6\xae\x8b\xe3\x82\x89",
	"\xe8\xa8\x98\xe9\x8c\xb2\xe3\x81\xab\xe6\xae\x8b\xe3\x81\x95", "\xe3\x83\x90\xe3\x83\xac",
	"\xe3\x81\xb0\xe3\x82\x8c", "\xe9\x9a\xa0", "\xe7\x97\x95\xe8\xb7\xa1",
	"\xed\x9d\x94\xec\xa0\x81", "\xec\x88\xa8\xea\xb8\xb0", "\xec\x88\xa8\xea\xb2\xa8",
	"\xeb\x93\xa4\xed\x82\xa4",
	/* s17: someone kept in the dark (need not know, behind her back,
	 * secretly), in the languages above */
	"doesn't need to know", "don't need to know", "does not need to know", "needn't know",
	"no need for her to know", "no need for him to know", "no need for them to know",
	"without her knowing", "without him knowing", "without them knowing", "behind her back",
	"behind his back", "behind their back", "behind my", "secretly", "on the quiet",
	"on the sly", "sin que se entere", "sin que lo sepa", "a escondidas", "a sus espaldas",
	"heimlich", "ohne dass sie es", "ohne dass er es", "hinter ihrem r\xc3\xbc" "cken",
	"hinter seinem r\xc3\xbc" "cken", "en cachette", "\xc3\xa0 son insu", "dans son dos",
	"di nascosto", "alle sue spalle", "escondid", "\xc3\xa0s escondidas", "sem ela saber",
	"sem ele saber", "stiekem", "achter haar rug", "achter zijn rug", "po kryjomu",
	"za jej plecami", "za jego plecami", "i smyg", "bakom hennes rygg", "bakom hans rygg",
	"gizlice", "habersiz", "\xe5\x86\x85\xe7\xb7\x92", "\xe3\x81\x93\xe3\x81\xa3\xe3\x81\x9d\xe3\x82\x8a",
	"\xe7\x9f\xa5\xe3\x82\x89\xe3\x82\x8c\xe3\x81\x9f\xe3\x81\x8f",
	"\xe8\xa6\x8b\xe3\x82\x89\xe3\x82\x8c\xe3\x81\x9f\xe3\x81\x8f",
	"\xe7\x9e\x92\xe7\x9d\x80", "\xe5\x81\xb7\xe5\x81\xb7", "\xe4\xb8\x8d\xe8\xae\xa9",
	"\xeb\xaa\xb0\xeb\x9e\x98", "\xeb\xaa\xa8\xeb\xa5\xb4\xea\xb2\x8c",
	"\xeb\xb3\xb4\xeb\xa9\xb4 \xec\x95\x88", "\xec\x95\x8c\xeb\xa9\xb4 \xec\x95\x88", NULL};
/* Someone (or nobody) seeing, knowing or noticing. */
static const char *const who_w[] = {"nobody", "no one", "no-one", "anyone", "someone", "somebody",
	"nadie", "alguien", "ningu\xc3\xa9m", "ninguem", "algu\xc3\xa9m", "niemand", "jemand",
	"personne", "quelqu", "nessuno", "qualcuno", "iemand", "nikt", "kto\xc5\x9b", "ingen",
	"n\xc3\xa5gon", "nimeni", "cineva", "kimse", "biri", "\xe8\xaa\xb0", "\xec\x95\x84\xeb\xac\xb4\xeb\x8f\x84",
	"\xeb\x88\x84\xea\xb5\xb0", "chef", "boss", "jefe", NULL};
static const char *const see_w[] = {"know", "see", "notice", "find out", "learn", "spot", " ver",
	"vea", "sepa", "saber", "note", "entere", "descubr", "sehen", "wissen", "merk", "erfahr",
	"mitbekomm", "voi", "sach", "remarqu", "vede", "sapp", "accorg", "scopr", "zien", "weten",
	"ontdek", "zobacz", "wiedzi", "zauwa", "dowie", "veta", "m\xc3\xa4rk",
	"uppt\xc3\xa4" "ck", "afl", "vad\xc4\x83", "vaz\xc4\x83", "\xc8\x99tie", "\xc5\x9ftie", "observ", "bil", "g\xc3\xb6r", "fark", "\xe8\xa6\x8b",
	"\xe7\x9f\xa5", "\xe6\xb0\x97\xe3\x81\xa5", "\xeb\xb3\xb4", "\xec\x95\x8c", NULL};
/* clang-format on */

/* Someone (or nobody) and, within 60 bytes after, seeing or knowing. */
static int who_sees(const char *h, size_t n)
{
	size_t k;
	for (k = 0; who_w[k]; k++) {
		size_t l = strlen(who_w[k]);
		const char *p = h;
		int seen = 0;
		/* a few occurrences of each word are enough: a request names
		 * its onlooker once, and a message of one repeated word costs
		 * no more than a short one */
		while (seen++ < 16 && (p = memmem(p, n - (size_t)(p - h), who_w[k], l))) {
			size_t at = (size_t)(p - h) + l, e = at + 60 < n ? at + 60 : n;
			size_t b = (size_t)(p - h) > 40 ? (size_t)(p - h) - 40 : 0;
			/* the verb after (nobody may see) or before (may see nobody) */
			if (any_in(h + at, e - at, see_w) ||
			    any_in(h + b, (size_t)(p - h) - b, see_w))
				return 1;
			p += l;
			if ((size_t)(p - h) >= n)
				break;
		}
	}
	return 0;
}

/* Does h[0..n) open (after spaces and punctuation) with one of w[] as a
 * whole word? */
static int opens_with(const char *h, size_t n, const char *const *w)
{
	size_t i = 0;
	while (i < n && (isspace((unsigned char)h[i]) || strchr("\"'*-\xc2", h[i])))
		i++;
	for (; *w; w++) {
		size_t l = strlen(*w);
		unsigned char w0 = (unsigned char)**w, e;
		if (i + l > n || memcmp(h + i, *w, l))
			continue;
		e = i + l < n ? (unsigned char)h[i + l] : ' ';
		if (w0 >= 0xe0 || !isalnum(e))
			return 1;
	}
	return 0;
}

/* The assistant's last message before user message u, or SIZE_MAX. */
static size_t offer_before(const pol_conv *c, size_t u)
{
	while (u-- > 0) {
		if (c->m[u].role == RL_ROLE_USER)
			return SIZE_MAX;
		if (c->m[u].role == RL_ROLE_ASSISTANT && c->m[u].text && c->m[u].len)
			return u;
	}
	return SIZE_MAX;
}

/* A question in h[0..n): a question mark of any script. */
static int asks_question(const char *h, size_t n)
{
	return memchr(h, '?', n) || memmem(h, n, "\xef\xbc\x9f", 3) || memmem(h, n, "\xd8\x9f", 2);
}

/* German separable verbs: "schalte die Kamera ab", "stell den Alarm
 * aus" (the particle stands at the clause's end). */
static int separable_off(const char *h, size_t n)
{
	static const char *const stem[] = {"schalt", "stell", "dreh", "mach", NULL};
	static const char *const part[] = {" ab ",  " ab.",  " ab,",  " ab!",
					   " aus.", " aus,", " aus!", NULL};
	size_t k;
	if (!any_in(h, n, stem))
		return 0;
	for (k = 0; part[k]; k++)
		if (memmem(h, n, part[k], strlen(part[k])))
			return 1;
	return n >= 3 &&
	       (!memcmp(h + n - 3, " ab", 3) || (n >= 4 && !memcmp(h + n - 4, " aus", 4)));
}

static int wants(const char *h, size_t n, int kind)
{
	/* asking to delete a control, or to replace it, asks to have it off */
	return ((kind & POL_SG_OFF) &&
		(any_in(h, n, ask_off) || any_in(h, n, ask_del) || any_in(h, n, ask_repl) ||
		 any_in(h, n, ask_weak) || separable_off(h, n) || opens_with(h, n, off_open))) ||
	       ((kind & POL_SG_EVIDENCE) && (any_in(h, n, ask_del) || any_in(h, n, ask_repl)));
}

static int user_asks_read(const pol_conv *c, int kind)
{
	int asked = 0;
	size_t i;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i];
		size_t n = c->m[i].len, o;
		if (c->m[i].role != RL_ROLE_USER || !c->m[i].text || !n)
			continue;
		if (any_in(h, n, hide_w) || who_sees(h, n))
			return -1;
		/* "no, leave it running" asks for nothing */
		if (n < 160 && opens_with(h, n, no_w))
			continue;
		if (wants(h, n, kind) || ((kind & POL_SG_OFF) && opens_with(h, n, off_open)))
			asked = 1;
		/* a short yes to the assistant's question offering the act */
		else if (n < 80 && opens_with(h, n, yes_w) &&
			 (o = offer_before(c, i)) != SIZE_MAX &&
			 asks_question(c->low[o], c->m[o].len) &&
			 wants(c->low[o], c->m[o].len, kind))
			asked = 1;
	}
	return asked;
}

/* 0 not asked, 1 asked for an act of `kind`, -1 asked to hide; read once
 * per conversation and kind. */
int pol_sg_user_asks(const pol_conv *c, int kind)
{
	pol_conv *m = (pol_conv *)c; /* the memo only */
	int k = kind & 3;
	if (!m->sg_asked[k])
		m->sg_asked[k] = (signed char)(user_asks_read(c, kind) + 2);
	return m->sg_asked[k] - 2;
}

int pol_safeguard_asked(const pol_conv *c, int kind)
{
	return pol_sg_user_asks(c, kind) == 1;
}

/* ---- for safeguard_bind.c and safeguard_why.c ---------------------------------- */

int pol_sg_any_in(const char *h, size_t n, const char *const *w)
{
	return any_in(h, n, w);
}

int pol_sg_wants(const char *h, size_t n, int kind)
{
	return wants(h, n, kind);
}

int pol_sg_replaces(const char *h, size_t n)
{
	return any_in(h, n, ask_repl);
}

int pol_sg_hides(const char *h, size_t n)
{
	return any_in(h, n, hide_w) || who_sees(h, n);
}

int pol_sg_declines(const char *h, size_t n)
{
	return n < 160 && opens_with(h, n, no_w);
}

long pol_sg_offer_taken(const pol_conv *c, size_t u, int kind)
{
	size_t n = c->m[u].len, o;
	if (n >= 80 || !opens_with(c->low[u], n, yes_w) || (o = offer_before(c, u)) == SIZE_MAX ||
	    !asks_question(c->low[o], c->m[o].len) || !wants(c->low[o], c->m[o].len, kind))
		return -1;
	return (long)o;
}
