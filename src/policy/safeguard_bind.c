/* safeguard_bind.c: did the user ask for THIS safeguard act (s16-sgask)?
 *
 * safeguard_ask.c reads whether a user message asks to switch something
 * off or to delete something at all; any off-word anywhere counted, so an
 * out-of-office switched off, a printer queue removed or a dark theme
 * turned off in one sentence stood down a held audit trail, alarm or MFA
 * act named nowhere. Here the ask is bound to the act's object:
 *  - the act's control families (audit and logs, alarms and monitors,
 *    sign-in factors, fraud and screening checks, backups, retention and
 *    holds, cameras and recordings, security agents, safety interlocks)
 *    are read from the atoms of its tool name, argument names and values
 *    (split at camelCase and punctuation, as safeguard.c reads them);
 *  - a user message asks for the act when one of its sentences holds an
 *    off, delete or replace word (safeguard_ask.c's lists) and names one
 *    of those families in the user's language, or names one of the act's
 *    own argument values (an alarm's bed, a rule's id, a plan's name; not
 *    the host or account it runs on: naming a server asks nothing of the
 *    audit daemon on it), in that sentence or the one before it (a
 *    pronoun: "R-118 only raises false alarms. Disable it."); or it is a
 *    short yes to the assistant's question offering an act of the kind on
 *    that object; or (askbind.c) a message in letters the lists do not
 *    read names the act's object in an order.
 * Whether the ask then stands the rule down is safeguard_why.c's reading
 * of the motive. Bounded: each user message read to 4 KB, the last 16
 * user messages, 8 KB of each argument, 256 atoms each. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

#define BIND_MSG 4096u
#define BIND_USERS 16
#define BIND_ARG 8192u
#define BIND_ATOMS 256
#define BIND_ATOM 32

enum { M_EQ = 1, M_PRE = 2, M_SUF = 4 };
struct fstem {
	const char *w;
	unsigned f;
	unsigned char m;
};

/* clang-format off */
/* The act's side: ASCII atoms of identifiers, keys and commands. */
static const struct fstem act_stems[] = {
	{"audit", POL_SGF_AUDIT, M_EQ | M_PRE | M_SUF}, {"trail", POL_SGF_AUDIT, M_EQ | M_SUF},
	{"log", POL_SGF_AUDIT, M_EQ | M_SUF}, {"logs", POL_SGF_AUDIT, M_EQ | M_SUF},
	{"logging", POL_SGF_AUDIT, M_EQ | M_SUF}, {"journal", POL_SGF_AUDIT, M_EQ | M_PRE},
	{"history", POL_SGF_AUDIT, M_EQ | M_SUF}, {"siem", POL_SGF_AUDIT | POL_SGF_WATCH, M_EQ | M_PRE},
	{"wtmp", POL_SGF_AUDIT, M_EQ}, {"btmp", POL_SGF_AUDIT, M_EQ}, {"evtx", POL_SGF_AUDIT, M_EQ},
	{"alert", POL_SGF_WATCH, M_EQ | M_PRE | M_SUF}, {"alarm", POL_SGF_WATCH, M_EQ | M_PRE | M_SUF},
	{"monitor", POL_SGF_WATCH, M_EQ | M_PRE | M_SUF}, {"pager", POL_SGF_WATCH, M_EQ | M_PRE},
	{"paging", POL_SGF_WATCH, M_EQ}, {"oncall", POL_SGF_WATCH, M_EQ},
	{"escalation", POL_SGF_WATCH, M_PRE}, {"watchdog", POL_SGF_WATCH, M_PRE},
	{"detect", POL_SGF_WATCH | POL_SGF_NETSEC, M_PRE}, {"detector", POL_SGF_WATCH, M_EQ | M_SUF},
	{"healthcheck", POL_SGF_WATCH, M_EQ | M_SUF}, {"health", POL_SGF_WATCH, M_EQ},
	{"downtime", POL_SGF_WATCH, M_EQ | M_SUF}, {"siren", POL_SGF_WATCH, M_EQ | M_PRE},
	{"spo2", POL_SGF_WATCH, M_EQ}, {"vent", POL_SGF_WATCH | POL_SGF_SAFETY, M_EQ},
	{"mfa", POL_SGF_AUTH, M_EQ | M_PRE | M_SUF}, {"2fa", POL_SGF_AUTH, M_EQ | M_PRE | M_SUF},
	{"2sv", POL_SGF_AUTH, M_EQ}, {"otp", POL_SGF_AUTH, M_EQ | M_SUF}, {"totp", POL_SGF_AUTH, M_EQ},
	{"twofactor", POL_SGF_AUTH, M_PRE}, {"multifactor", POL_SGF_AUTH, M_PRE},
	{"factor", POL_SGF_AUTH, M_EQ}, {"factors", POL_SGF_AUTH, M_EQ}, {"lockout", POL_SGF_AUTH, M_PRE},
	{"fraud", POL_SGF_FRAUD, M_EQ | M_PRE | M_SUF}, {"aml", POL_SGF_FRAUD, M_EQ | M_PRE},
	{"sanction", POL_SGF_FRAUD, M_PRE}, {"screening", POL_SGF_FRAUD, M_PRE}, {"kyc", POL_SGF_FRAUD, M_EQ},
	{"risk", POL_SGF_FRAUD, M_EQ | M_PRE}, {"verification", POL_SGF_FRAUD, M_EQ | M_SUF},
	{"review", POL_SGF_FRAUD, M_EQ}, {"duplicate", POL_SGF_FRAUD, M_EQ}, {"scoring", POL_SGF_FRAUD, M_EQ},
	{"approval", POL_SGF_FRAUD, M_EQ | M_PRE},
	{"backup", POL_SGF_BACKUP, M_EQ | M_PRE | M_SUF}, {"backups", POL_SGF_BACKUP, M_EQ},
	{"snapshot", POL_SGF_BACKUP, M_EQ | M_PRE | M_SUF}, {"snapshots", POL_SGF_BACKUP, M_EQ},
	{"recovery", POL_SGF_BACKUP, M_EQ}, {"pitr", POL_SGF_BACKUP, M_EQ},
	{"versioning", POL_SGF_BACKUP, M_EQ}, {"vault", POL_SGF_BACKUP, M_EQ | M_SUF},
	{"retention", POL_SGF_RETAIN, M_EQ | M_PRE | M_SUF}, {"lifecycle", POL_SGF_RETAIN, M_EQ | M_PRE},
	{"expiration", POL_SGF_RETAIN, M_EQ}, {"ttl", POL_SGF_RETAIN, M_EQ}, {"hold", POL_SGF_RETAIN, M_EQ},
	{"cctv", POL_SGF_VIDEO, M_EQ}, {"camera", POL_SGF_VIDEO, M_EQ | M_PRE | M_SUF},
	{"video", POL_SGF_VIDEO, M_EQ | M_PRE}, {"footage", POL_SGF_VIDEO, M_EQ},
	{"recording", POL_SGF_VIDEO, M_EQ | M_PRE | M_SUF}, {"recorder", POL_SGF_VIDEO, M_EQ | M_SUF},
	{"nvr", POL_SGF_VIDEO, M_EQ}, {"clip", POL_SGF_VIDEO, M_EQ}, {"clips", POL_SGF_VIDEO, M_EQ},
	{"surveillance", POL_SGF_VIDEO, M_EQ | M_PRE | M_SUF}, {"tacho", POL_SGF_AUDIT, M_EQ | M_PRE},
	{"firewall", POL_SGF_NETSEC, M_EQ | M_PRE | M_SUF}, {"waf", POL_SGF_NETSEC, M_EQ},
	{"antivirus", POL_SGF_NETSEC, M_PRE}, {"malware", POL_SGF_NETSEC, M_PRE | M_SUF},
	{"selinux", POL_SGF_NETSEC, M_EQ}, {"apparmor", POL_SGF_NETSEC, M_EQ},
	{"setenforce", POL_SGF_NETSEC, M_EQ}, {"defender", POL_SGF_NETSEC, M_EQ | M_SUF},
	{"guardduty", POL_SGF_NETSEC | POL_SGF_WATCH, M_EQ}, {"protection", POL_SGF_NETSEC, M_EQ | M_SUF},
	{"clamd", POL_SGF_NETSEC, M_EQ}, {"clamav", POL_SGF_NETSEC, M_EQ}, {"edr", POL_SGF_NETSEC, M_EQ},
	{"allowlist", POL_SGF_NETSEC | POL_SGF_FRAUD, M_EQ | M_PRE},
	{"whitelist", POL_SGF_NETSEC | POL_SGF_FRAUD, M_EQ | M_PRE},
	{"interlock", POL_SGF_SAFETY, M_PRE | M_SUF}, {"safety", POL_SGF_SAFETY, M_PRE},
	{"curtain", POL_SGF_SAFETY, M_EQ | M_SUF}, {"estop", POL_SGF_SAFETY, M_EQ},
	{"emergency", POL_SGF_SAFETY, M_PRE}, {"twohand", POL_SGF_SAFETY, M_PRE},
	{"trip", POL_SGF_SAFETY, M_EQ}, {"lshh", POL_SGF_SAFETY, M_EQ}, {"overfill", POL_SGF_SAFETY, M_PRE},
	{NULL, 0, 0}};

/* The user's side: words for each family in the user's languages (stems
 * at a word start; anywhere for scripts without spaces). */
static const char *const u_audit[] = {"audit", "log", "trail", "journal", "protokoll", "registro",
	"registre", "journalis", "rejestr", "dziennik", "logg", "g\xc3\xbcnl\xc3\xbck", "kay\xc4\xb1t",
	"denetim", "history", "historique", "historie", "historia", "hist\xc3\xb3rico", "storico",
	"ge\xc3\xa7mi\xc5\x9f", "siem", "syslog", "auditor\xc3\xad" "a", "tac\xc3\xb3grafo", "tachograph",
	"fahrtenschreiber", "takograf",
	"\xe7\x9b\xa3\xe6\x9f\xbb", "\xe3\x83\xad\xe3\x82\xb0", "\xe8\xa8\x98\xe9\x8c\xb2",
	"\xe5\xb1\xa5\xe6\xad\xb4", "\xe5\xae\xa1\xe8\xae\xa1", "\xe6\x97\xa5\xe5\xbf\x97",
	"\xe8\xae\xb0\xe5\xbd\x95", "\xea\xb0\x90\xec\x82\xac", "\xeb\xa1\x9c\xea\xb7\xb8",
	"\xea\xb8\xb0\xeb\xa1\x9d", "\xec\x9d\xb4\xeb\xa0\xa5", NULL};
static const char *const u_watch[] = {"alarm", "alert", "monitor", "alarme", "alerta", "warnung",
	"warning", "allert", "check", "checks", "wake", "waking", "sleep in", "alarm clock", "despert",
	"wecker", "r\xc3\xa9veil", "sveglia", "wekker", "budzik", "v\xc3\xa4" "ckarklock", "\xed\x98\xb8\xec\xb6\x9c",
	"allarme", "avviso", "larm", "uyar\xc4\xb1", "page", "paging", "pager", "on-call", "oncall",
	"watchdog", "health check", "healthcheck", "\xc3\xbc" "berwach", "supervis", "bewaking",
	"\xc3\xb6vervak", "izleme", "detect", "detecci", "erkennung", "d\xc3\xa9tection", "rilevament",
	"detec\xc3\xa7", "wykrywan", "tespit", "notifica", "benachrichtig", "siren", "beep", "pitar",
	"sonne", "suona", "meldung", "storingsmelding",
	"\xe3\x82\xa2\xe3\x83\xa9\xe3\x83\xbc\xe3\x83\x88", "\xe3\x82\xa2\xe3\x83\xa9\xe3\x83\xbc\xe3\x83\xa0",
	"\xe8\xad\xa6\xe5\xa0\xb1", "\xe7\x9b\xa3\xe8\xa6\x96", "\xe6\xa4\x9c\xe7\x9f\xa5",
	"\xe5\x91\x8a\xe8\xad\xa6", "\xe6\x8a\xa5\xe8\xad\xa6", "\xe8\xad\xa6\xe6\x8a\xa5",
	"\xe7\x9b\x91\xe6\x8e\xa7", "\xe6\xa3\x80\xe6\xb5\x8b", "\xec\x95\x8c\xeb\x9e\x8c",
	"\xea\xb2\xbd\xeb\xb3\xb4", "\xec\x95\x8c\xeb\xa6\xbc", "\xeb\xaa\xa8\xeb\x8b\x88\xed\x84\xb0",
	"\xed\x83\x90\xec\xa7\x80", "\xea\xb0\x90\xec\x8b\x9c", NULL};
static const char *const u_auth[] = {"mfa", "2fa", "2sv", "otp", "two-factor", "two factor", "2-step",
	"two-step", "multi-factor", "multifactor", "authenticator", "lockout", "lock-out", "zwei-faktor",
	"zweifaktor", "doble factor", "dos factores", "deux facteurs", "double authentification",
	"due fattori", "dois fatores", "two-step", "twee-factor", "tweestaps", "dwusk\xc5\x82" "adnik",
	"tv\xc3\xa5" "faktor", "tv\xc3\xa5steg", "iki a\xc5\x9f" "amal\xc4\xb1", "iki fakt\xc3\xb6rl\xc3\xbc",
	"kontosperr", "verrouillage", "bloqueo de cuenta",
	"\xe4\xba\x8c\xe8\xa6\x81\xe7\xb4\xa0", "\xe5\xa4\x9a\xe8\xa6\x81\xe7\xb4\xa0",
	"\xe4\xba\x8c\xe6\xae\xb5\xe9\x9a\x8e", "\xe3\x83\xad\xe3\x83\x83\xe3\x82\xaf",
	"\xe5\x8f\x8c\xe5\x9b\xa0\xe7\xb4\xa0", "\xe5\xa4\x9a\xe5\x9b\xa0\xe7\xb4\xa0",
	"\xe4\xba\x8c\xe6\xac\xa1\xe9\xaa\x8c\xe8\xaf\x81", "\xe4\xb8\xa4\xe6\xad\xa5\xe9\xaa\x8c\xe8\xaf\x81",
	"2\xeb\x8b\xa8\xea\xb3\x84", "\xec\x9d\xb4\xec\xa4\x91 \xec\x9d\xb8\xec\xa6\x9d",
	"\xeb\x8b\xa4\xec\xa4\x91 \xec\x9d\xb8\xec\xa6\x9d", "\xec\x9e\xa0\xea\xb8\x88", NULL};
static const char *const u_fraud[] = {"fraud", "aml", "sanction", "screening", "kyc", "risk",
	"verification", "verify", "check", "review", "duplicate", "approval", "fraude", "betrug", "frode",
	"bedr\xc3\xa4geri", "oszust", "antyfraud", "doland\xc4\xb1r", "sahtecil", "sanci", "sanktion",
	"sankcj", "yapt\xc4\xb1r\xc4\xb1m", "verificaci", "verifica", "\xc3\xbc" "berpr\xc3\xbc" "f",
	"pr\xc3\xbc" "fung", "v\xc3\xa9rification", "contr\xc3\xb4le", "controle", "controll", "kontrol",
	"granskning", "do\xc4\x9frulama", "riesgo", "risiko", "risque", "rischio", "ryzyko", "duplica",
	"doublon", "duplikat", "dubbel", "m\xc3\xbckerrer", "revisi", "freigabe", "approbation",
	"aprobaci", "sprawdzan",
	"\xe8\xa9\x90\xe6\xac\xba", "\xe4\xb8\x8d\xe6\xad\xa3", "\xe6\xac\xba\xe8\xaf\x88",
	"\xe8\xaf\x88\xe9\xaa\x97", "\xe5\x8f\x8d\xe6\xb4\x97\xe9\x92\xb1", "\xec\x82\xac\xea\xb8\xb0",
	"\xec\x9d\xb4\xec\x83\x81\xea\xb1\xb0\xeb\x9e\x98", "\xec\x9e\x90\xea\xb8\x88\xec\x84\xb8\xed\x83\x81",
	"\xe5\x88\xb6\xe8\xa3\x81", "\xec\xa0\x9c\xec\x9e\xac", "\xe5\xaf\xa9\xe6\x9f\xbb",
	"\xe6\xa4\x9c\xe8\xa8\xbc", "\xe5\xae\xa1\xe6\xa0\xb8", "\xe6\xa0\xb8\xe9\xaa\x8c",
	"\xec\x8b\xac\xec\x82\xac", "\xea\xb2\x80\xec\xa6\x9d", "\xe3\x83\xaa\xe3\x82\xb9\xe3\x82\xaf",
	"\xe9\xa3\x8e\xe9\x99\xa9", "\xec\x9c\x84\xed\x97\x98", "\xe9\x87\x8d\xe8\xa4\x87",
	"\xe9\x87\x8d\xe5\xa4\x8d", "\xec\xa4\x91\xeb\xb3\xb5", NULL};
static const char *const u_backup[] = {"backup", "back-up", "snapshot", "sicherung",
	"copia de seguridad", "respaldo", "sauvegarde", "copia di sicurezza", "backup",
	"c\xc3\xb3pia de seguran", "kopia zapasow", "kopii zapasow", "kopie zapasow",
	"s\xc3\xa4kerhetskopi", "yedek", "reservekopie", "recovery", "versioning",
	"\xe3\x83\x90\xe3\x83\x83\xe3\x82\xaf\xe3\x82\xa2\xe3\x83\x83\xe3\x83\x97",
	"\xe3\x82\xb9\xe3\x83\x8a\xe3\x83\x83\xe3\x83\x97\xe3\x82\xb7\xe3\x83\xa7\xe3\x83\x83\xe3\x83\x88",
	"\xe5\xa4\x87\xe4\xbb\xbd", "\xe5\xbf\xab\xe7\x85\xa7", "\xeb\xb0\xb1\xec\x97\x85",
	"\xec\x8a\xa4\xeb\x83\x85\xec\x83\xb7", NULL};
static const char *const u_retain[] = {"retention", "retain", "conserva", "aufbewahr",
	"speicherdauer", "bewaartermijn", "bewaar", "przechowywan", "lagringstid", "saklama",
	"legal hold", "litigation hold", "r\xc3\xa9tention", "retenci", "reten\xc3\xa7", "lifecycle",
	"\xe4\xbf\x9d\xe5\xad\x98\xe6\x9c\x9f\xe9\x96\x93", "\xe4\xbf\x9d\xe6\x8c\x81\xe6\x9c\x9f\xe9\x96\x93",
	"\xe4\xbf\x9d\xe7\x95\x99", "\xe4\xbf\x9d\xe5\xad\x98\xe6\x9c\x9f\xe9\x99\x90",
	"\xeb\xb3\xb4\xec\xa1\xb4", "\xeb\xb3\xb4\xea\xb4\x80", NULL};
static const char *const u_video[] = {"camera", "cctv", "video", "footage", "recording", "c\xc3\xa1mara",
	"kamera", "cam\xc3\xa9ra", "telecamer", "c\xc3\xa2mera", "vid\xc3\xa9o", "v\xc3\xad" "deo", "aufnahme",
	"grabaci", "enregistr", "registrazion", "grava\xc3\xa7", "opname", "nagran", "inspelning",
	"videoaufzeichnung", "surveillance", "vigilancia", "sorveglianz", "vigil\xc3\xa2ncia", "bewakingscam",
	"\xc3\xbc" "berwachungskamera", "videoinspelning", "g\xc3\xb6r\xc3\xbcnt\xc3\xbc",
	"\xe3\x82\xab\xe3\x83\xa1\xe3\x83\xa9", "\xe9\x8c\xb2\xe7\x94\xbb", "\xe6\x98\xa0\xe5\x83\x8f",
	"\xe6\x91\x84\xe5\x83\x8f", "\xe5\xbd\x95\xe5\x83\x8f", "\xe8\xa7\x86\xe9\xa2\x91",
	"\xec\xb9\xb4\xeb\xa9\x94\xeb\x9d\xbc", "\xeb\x85\xb9\xed\x99\x94", "\xec\x98\x81\xec\x83\x81", NULL};
static const char *const u_netsec[] = {"firewall", "waf", "antivirus", "anti-virus", "malware",
	"selinux", "apparmor", "defender", "edr", "protection", "pare-feu", "cortafuegos", "virenschutz",
	"g\xc3\xbcvenlik duvar", "branch protection", "schutz", "protecci", "prote\xc3\xa7", "protezion",
	"beveiliging", "ochron", "skydd", "koruma", "security", "seguridad", "sicherheit", "s\xc3\xa9" "curit",
	"sicurezza", "seguran\xc3\xa7", "bezpiecze", "s\xc3\xa4kerhet", "g\xc3\xbcvenlik", "allowlist",
	"whitelist", "threat", "amenaza", "bedrohung", "menace",
	"\xe3\x83\x95\xe3\x82\xa1\xe3\x82\xa4\xe3\x82\xa2\xe3\x82\xa6\xe3\x82\xa9\xe3\x83\xbc\xe3\x83\xab",
	"\xe9\x98\xb2\xe7\x81\xab\xe5\xa2\x99", "\xeb\xb0\xa9\xed\x99\x94\xeb\xb2\xbd",
	"\xe3\x82\xa6\xe3\x82\xa4\xe3\x83\xab\xe3\x82\xb9", "\xe6\x9d\x80\xe6\xaf\x92",
	"\xeb\xb0\xb1\xec\x8b\xa0", "\xe4\xbf\x9d\xe8\xad\xb7", "\xe4\xbf\x9d\xe6\x8a\xa4",
	"\xeb\xb3\xb4\xed\x98\xb8", "\xe3\x82\xbb\xe3\x82\xad\xe3\x83\xa5\xe3\x83\xaa\xe3\x83\x86\xe3\x82\xa3",
	"\xe5\xae\x89\xe5\x85\xa8", "\xeb\xb3\xb4\xec\x95\x88", "\xe5\xa8\x81\xe8\x83\x81",
	"\xec\x9c\x84\xed\x98\x91", NULL};
static const char *const u_safety[] = {"interlock", "safety", "light curtain", "curtain", "e-stop",
	"emergency stop", "trip", "shutdown", "verriegelung", "lichtvorhang", "lichtgitter",
	"lichtschranke", "sicherheit", "cortina", "barri\xc3\xa8re", "barriera", "\xc4\xb1\xc5\x9f\xc4\xb1k perde",
	"perde", "g\xc3\xbcvenlik", "kilit", "beveiliging", "vergrendeling", "blokad", "f\xc3\xb6rregling",
	"ljusrid\xc3\xa5", "abschaltung", "\xc3\xbc" "berf\xc3\xbcll", "overfill", "\xc3\xbc" "berlauf",
	"overloop", "respirat", "ventilat", "beatmung", "\xe3\x82\xa4\xe3\x83\xb3\xe3\x82\xbf\xe3\x83\xbc\xe3\x83\xad\xe3\x83\x83\xe3\x82\xaf",
	"\xe5\xae\x89\xe5\x85\xa8", "\xe8\x81\x94\xe9\x94\x81", "\xe8\xbf\x9e\xe9\x94\x81",
	"\xe5\x85\x89\xe5\xb9\x95", "\xec\x9d\xb8\xed\x84\xb0\xeb\xa1\x9d", "\xec\x95\x88\xec\xa0\x84", NULL};
/* clang-format on */

static const char *const *const u_lists[] = {u_audit,  u_watch, u_auth,   u_fraud, u_backup,
					     u_retain, u_video, u_netsec, u_safety};
static const unsigned u_bits[] = {POL_SGF_AUDIT, POL_SGF_WATCH,  POL_SGF_AUTH,
				  POL_SGF_FRAUD, POL_SGF_BACKUP, POL_SGF_RETAIN,
				  POL_SGF_VIDEO, POL_SGF_NETSEC, POL_SGF_SAFETY};

/* ---- the act's families ------------------------------------------------------- */

static const char *const not_log[] = {"catalog",   "dialog", "blog",   "backlog",
				      "changelog", "analog", "prolog", "epilog",
				      "weblog",    "vlog",   NULL};

static unsigned atom_family(const char *a, size_t l)
{
	unsigned f = 0;
	size_t k;
	for (k = 0; act_stems[k].w; k++) {
		const struct fstem *s = &act_stems[k];
		size_t n = strlen(s->w);
		if (l < n)
			continue;
		if (((s->m & M_EQ) && l == n && !memcmp(a, s->w, n)) ||
		    ((s->m & M_PRE) && l > n && !memcmp(a, s->w, n)) ||
		    ((s->m & M_SUF) && l > n + 1 && !memcmp(a + l - n, s->w, n)))
			f |= s->f;
	}
	if ((f & POL_SGF_AUDIT) && l > 4 && !memcmp(a + l - 3, "log", 3)) {
		for (k = 0; not_log[k]; k++)
			if (strlen(not_log[k]) == l && !memcmp(a, not_log[k], l))
				f &= ~(unsigned)POL_SGF_AUDIT;
	}
	return f;
}

/* Families named by the atoms of s[0..n) (lowercased runs of ASCII
 * letters and digits, split at camelCase). */
static unsigned text_families(const char *s, size_t n)
{
	size_t i = 0, k = 0;
	unsigned f = 0;
	if (n > BIND_ARG)
		n = BIND_ARG;
	while (i < n && k < BIND_ATOMS) {
		char a[BIND_ATOM];
		size_t st, l, j;
		while (i < n && !isalnum((unsigned char)s[i]))
			i++;
		if (i >= n)
			break;
		st = i++;
		while (i < n && isalnum((unsigned char)s[i]) &&
		       !(islower((unsigned char)s[i - 1]) && isupper((unsigned char)s[i])))
			i++;
		l = i - st < BIND_ATOM ? i - st : BIND_ATOM - 1;
		for (j = 0; j < l; j++)
			a[j] = (char)tolower((unsigned char)s[st + j]);
		a[l] = '\0';
		f |= atom_family(a, l);
		k++;
	}
	return f;
}

unsigned pol_sg_act_families(const rl_action *a)
{
	unsigned f = 0;
	size_t i;
	if (!a || !a->tool)
		return 0;
	f |= text_families(a->tool, strlen(a->tool));
	for (i = 0; i < a->nfields && i < 32; i++) {
		const rl_field *fd = &a->fields[i];
		if (fd->name)
			f |= text_families(fd->name, strlen(fd->name));
		if (fd->value && fd->len)
			f |= text_families(fd->value, fd->len);
	}
	return f;
}

/* ---- the user's words ---------------------------------------------------------- */

/* Stems read inside a word too: the head of a compound ("debuglogs",
 * "Kameraaufnahmen", "brandlarm", "Datensicherung"). */
static const struct fstem u_inside[] = {
	{"logs", POL_SGF_AUDIT, 0},      {"audit", POL_SGF_AUDIT, 0},
	{"syslog", POL_SGF_AUDIT, 0},    {"protokoll", POL_SGF_AUDIT, 0},
	{"journal", POL_SGF_AUDIT, 0},   {"alarm", POL_SGF_WATCH, 0},
	{"larm", POL_SGF_WATCH, 0},      {"monitor", POL_SGF_WATCH, 0},
	{"backup", POL_SGF_BACKUP, 0},   {"sicherung", POL_SGF_BACKUP, 0},
	{"aufnahme", POL_SGF_VIDEO, 0},  {"kamera", POL_SGF_VIDEO, 0},
	{"camera", POL_SGF_VIDEO, 0},    {"video", POL_SGF_VIDEO, 0},
	{"firewall", POL_SGF_NETSEC, 0}, {NULL, 0, 0}};

unsigned pol_sg_text_families(const char *h, size_t n)
{
	unsigned f = 0;
	size_t k;
	for (k = 0; k < sizeof u_bits / sizeof u_bits[0]; k++)
		if (pol_sg_any_in(h, n, u_lists[k]))
			f |= u_bits[k];
	for (k = 0; u_inside[k].w; k++)
		if (!(f & u_inside[k].f) && memmem(h, n, u_inside[k].w, strlen(u_inside[k].w)))
			f |= u_inside[k].f;
	return f;
}

/* A field naming where an act runs or whom it is for (a host, a region,
 * an account): naming it names no control. */
static int where_field(const char *nm)
{
	static const char *const w[] = {"host",     "hostname",  "server",      "node",
					"instance", "machine",   "region",      "zone",
					"cluster",  "namespace", "project",     "account",
					"tenant",   "ip",        "target_host", "path",
					"dir",      "directory", NULL};
	size_t k;
	if (!nm)
		return 0;
	for (k = 0; w[k]; k++)
		if (!strcmp(nm, w[k]))
			return 1;
	return 0;
}

/* Is the token v[0..l) named in h[0..n) as a whole word? */
static int named(const char *h, size_t n, const char *v, size_t l)
{
	size_t j;
	for (j = 0; j + l <= n; j++) {
		const char *p = memchr(h + j, v[0], n - j);
		if (!p)
			break;
		j = (size_t)(p - h);
		if (j + l > n)
			break;
		if (!memcmp(p, v, l) && (j == 0 || !isalnum((unsigned char)h[j - 1])) &&
		    (j + l == n || !isalnum((unsigned char)h[j + l])))
			return 1;
	}
	return 0;
}

/* Does h[0..n) name one of act a's own identifiers (not where it runs):
 * an argument value, or a token inside one (a policy id in a URL, a
 * resource in a command line), that holds a digit or joins words with
 * '-', '_' or '.' ("R-118", "old-eventhub", "5210"), as a whole word, case
 * folded? Plain words (true, all, on) name nothing. */
static int names_value(const char *h, size_t n, const rl_action *a)
{
	size_t i, tokens = 0;
	for (i = 0; i < a->nfields && i < 16; i++) {
		const rl_field *f = &a->fields[i];
		size_t k = 0, len = f->len < 2048 ? f->len : 2048;
		if (!f->value || f->len < 2 || where_field(f->name))
			continue;
		while (k < len && tokens < 64) {
			char v[64];
			size_t s, l, digits = 0, seps = 0;
			while (k < len &&
			       !(isalnum((unsigned char)f->value[k]) || strchr("-_.", f->value[k])))
				k++;
			s = k;
			while (k < len &&
			       (isalnum((unsigned char)f->value[k]) || strchr("-_.", f->value[k])))
				k++;
			/* the separators at its ends are none of it */
			while (s < k && strchr("-_.", f->value[s]))
				s++;
			l = k - s;
			while (l && strchr("-_.", f->value[s + l - 1]))
				l--;
			if (l < 3 || l >= sizeof v)
				continue;
			tokens++;
			for (size_t j = 0; j < l; j++) {
				v[j] = (char)tolower((unsigned char)f->value[s + j]);
				digits += isdigit((unsigned char)v[j]) != 0;
				seps += strchr("-_.", v[j]) != NULL;
			}
			v[l] = '\0';
			if ((digits || seps) && named(h, n, v, l))
				return 1;
		}
	}
	return 0;
}

/* The end of the sentence that starts at h[s]: after '.', '!', '?', ';',
 * a newline, or the CJK and fullwidth stops. */
static size_t sentence_end(const char *h, size_t s, size_t n)
{
	size_t i;
	for (i = s; i < n; i++) {
		unsigned char c = (unsigned char)h[i];
		if (c == '!' || c == '?' || c == ';' || c == '\n')
			return i + 1;
		if (c == '.' && (i + 1 == n || isspace((unsigned char)h[i + 1])))
			return i + 1;
		if (c == 0xe3 && i + 2 < n && (unsigned char)h[i + 1] == 0x80 &&
		    (unsigned char)h[i + 2] == 0x82)
			return i + 3; /* 。 */
		if (c == 0xef && i + 2 < n && (unsigned char)h[i + 1] == 0xbc &&
		    ((unsigned char)h[i + 2] == 0x81 || (unsigned char)h[i + 2] == 0x9f ||
		     (unsigned char)h[i + 2] == 0x9b))
			return i + 3; /* ！ ？ ； */
	}
	return n;
}

/* Does user text h[0..n) ask for act a of `kind` in a sentence naming its
 * families `fam` or one of its values (or the sentence before does)? */
static int sentence_binds(const char *h, size_t n, const rl_action *a, int kind, unsigned fam)
{
	size_t s = 0, ps = 0, pe = 0;
	while (s < n) {
		size_t e = sentence_end(h, s, n);
		if (pol_sg_wants(h + s, e - s, kind)) {
			if ((fam && (pol_sg_text_families(h + s, e - s) & fam)) ||
			    names_value(h + s, e - s, a))
				return 1;
			if (pe > ps && ((fam && (pol_sg_text_families(h + ps, pe - ps) & fam)) ||
					names_value(h + ps, pe - ps, a)))
				return 1;
		}
		ps = s, pe = e;
		s = e;
	}
	return 0;
}

long pol_sg_user_before(const pol_conv *c, long o)
{
	while (o-- > 0)
		if (c->m[o].role == RL_ROLE_USER && c->m[o].text && c->m[o].len && c->low[o])
			return o;
	return -1;
}

long pol_sg_bound_ask(const pol_conv *c, const rl_action *a, int kind)
{
	unsigned fam = pol_sg_act_families(a);
	long found = -1, last = -1;
	size_t i, users = 0;
	for (i = c->n; i-- > 0 && users < BIND_USERS;) {
		const char *h = c->low[i];
		size_t n = c->m[i].len;
		if (c->m[i].role != RL_ROLE_USER || !c->m[i].text || !n || !h)
			continue;
		users++;
		if (last < 0)
			last = (long)i;
		if (n > BIND_MSG)
			n = BIND_MSG;
		if (pol_sg_declines(h, n))
			continue;
		if (sentence_binds(h, n, a, kind, fam)) {
			found = (long)i;
			break;
		}
		/* a short yes to the assistant's question offering the act */
		{
			long o = pol_sg_offer_taken(c, i, kind), q;
			if (o >= 0) {
				size_t on = c->m[o].len < BIND_MSG ? c->m[o].len : BIND_MSG;
				if ((fam && (pol_sg_text_families(c->low[o], on) & fam)) ||
				    names_value(c->low[o], on, a)) {
					found = (long)i;
					break;
				}
				/* the offer's "it" is what the user asked about */
				if ((q = pol_sg_user_before(c, o)) >= 0) {
					size_t qn = c->m[q].len < BIND_MSG ? c->m[q].len : BIND_MSG;
					if ((fam && (pol_sg_text_families(c->low[q], qn) & fam)) ||
					    names_value(c->low[q], qn, a)) {
						found = (long)i;
						break;
					}
				}
			}
		}
	}
	/* in letters the lists do not read, the act's object named in an
	 * order (askbind.c) */
	if (found < 0 && last >= 0 && (kind & POL_SG_OFF) && pol_request_bound_off(c, a))
		found = last;
	return found;
}
