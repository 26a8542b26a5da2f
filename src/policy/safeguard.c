/* safeguard.c: safeguards switched off and evidence destroyed, read from
 * the structure of an act (`safeguard: off`, `safeguard: evidence`);
 * safeguard_ask.c reads what the user asked.
 *
 * An act is a verb class applied to an object kind, wherever the act
 * writes them:
 *  - the verb: a word that switches off (stop, disable, deactivate,
 *    suspend, pause, mask, kill, uninstall, bypass; chmod -x; a line
 *    commented out with sed), suppresses (dismiss, suppress, mute, snooze,
 *    silence, a downtime, a mute rule) or destroys (delete, remove, rm,
 *    shred, truncate, drop, purge, wipe, erase, prune, vacuum, clear,
 *    forget; an HTTP DELETE; a file emptied by a redirection from nothing;
 *    lines deleted with sed or filtered out of a crontab; history -c); or
 *    a setting switched off: a state key (enabled, state, status, mode,
 *    enforcement) or a key naming a safeguard (enable_logging,
 *    AuditEnabled, general_log, motion_alerts) set to false, off, none,
 *    disabled, inactive, suspended; suspend, paused or bypass set true;
 *    retention, days or replicas cut to zero (retention to a day); a
 *    safeguard's list emptied;
 *  - the object: a safeguard (audit, trail, logging, monitor, alert,
 *    alarm, detector, guard, firewall, protection, malware, MFA or two-
 *    step, rate limit, fraud, screening, redaction, moderation, recorder,
 *    retention, versioning, soft delete, object lock, backup, snapshot,
 *    recovery, paging, escalation, SIEM, diagnostics, interlock, safety),
 *    a policy (a safeguard when switched off) or evidence (logs, journal,
 *    history, audit rows, trails, recordings, footage, clips, transcripts,
 *    snapshots, backups, event logs); findings and incidents are signals:
 *    suppressing or deleting one is an act, closing one is not.
 * Words are atoms: runs of letters and digits, split at camelCase too
 * ("StopConfigurationRecorder", "AuditEnabled", "isPaused"); a compound
 * atom is read by its stems ("cloudtrail", "pgaudit", "rsyslog",
 * "alertmanager", "muteconfigs"). Where the words are read:
 *  - the call's head: the tool's name and its short scalar arguments (a
 *    URL, a method, a service and operation, one command line) as one
 *    command;
 *  - a chain of commands (; && || | and newlines in a shell line or a
 *    SQL batch), each command alone;
 *  - a configuration text or a unified diff (the lines a diff removes are
 *    dropped), each line with the object named on it or up to three lines
 *    above (a block's header);
 *  - a JSON argument, leaf by leaf: the leaf's key path and value, with
 *    the objects the head names (a PUT to a pager service with
 *    {"service":{"status":"disabled"}}); the head's verb takes its object
 *    from the JSON keys too (a downtime whose body names monitors).
 * Not an act: a read (an HTTP GET; a command that gets, lists, describes,
 * shows or selects and writes nothing), non-production resources
 * (staging, test, dev, sandbox, lab, preview, tmp, debug, marketing),
 * age-bounded clean-ups (find -mtime +N, rows older than now() minus an
 * interval, a journal vacuumed to a size or to days), a configuration file
 * deleted (not evidence), a finding set inactive or resolved.
 * Bounded: 8 KB of each argument, 32 KB of an act, 256 atoms a command,
 * JSON eight levels deep; each atom compared with short lists. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#define SG_TEXT 8192
#define SG_ACT 32768
#define SG_ATOMS 256
#define SG_ATOM 32
#define SG_DEPTH 8
#define SG_PATH 384

enum {
	F_OFF = 1 << 0,     /* a verb that switches off */
	F_DEL = 1 << 1,     /* a verb that destroys */
	F_STATE = 1 << 2,   /* a setting switched off */
	F_SUPP = 1 << 3,    /* a suppression (verb or state) */
	F_CTL = 1 << 4,     /* a safeguard */
	F_EV = 1 << 5,      /* evidence */
	F_SIG = 1 << 6,     /* a signal: a finding, an incident */
	F_POLICY = 1 << 7,  /* a policy */
	F_ROUTINE = 1 << 8, /* non-production, age-bounded */
	F_READ = 1 << 9,    /* a read verb */
	F_WRITE = 1 << 10,  /* a write verb */
	F_CONF = 1 << 11,   /* a configuration file */
};
#define F_OBJ (F_CTL | F_EV | F_SIG | F_POLICY | F_ROUTINE)

/* ---- words ---------------------------------------------------------------- */

enum { M_EQ = 1, M_PRE = 2, M_SUF = 4 };
struct stem {
	const char *w;
	unsigned f;
	unsigned char m;
};

/* clang-format off */
static const struct stem objects[] = {
	{"audit", F_CTL | F_EV, M_EQ | M_PRE | M_SUF}, {"audits", F_CTL | F_EV, M_EQ},
	{"trail", F_CTL | F_EV, M_EQ | M_SUF}, {"trails", F_CTL | F_EV, M_EQ | M_SUF},
	{"log", F_CTL | F_EV, M_EQ | M_SUF}, {"logs", F_CTL | F_EV, M_EQ | M_SUF},
	{"logging", F_CTL, M_EQ | M_SUF}, {"logfile", F_EV, M_EQ | M_PRE}, {"loggroup", F_EV, M_PRE},
	{"logstream", F_EV, M_PRE}, {"journal", F_EV, M_EQ | M_PRE}, {"history", F_EV, M_EQ | M_SUF},
	{"alert", F_CTL, M_EQ | M_PRE | M_SUF}, {"alarm", F_CTL, M_EQ | M_PRE | M_SUF},
	{"monitor", F_CTL, M_EQ | M_PRE | M_SUF}, {"detect", F_CTL, M_PRE},
	{"guard", F_CTL, M_EQ | M_PRE | M_SUF}, {"firewall", F_CTL, M_EQ | M_PRE | M_SUF},
	{"antivirus", F_CTL, M_EQ | M_PRE}, {"antimalware", F_CTL, M_EQ | M_PRE}, {"malware", F_CTL, M_EQ | M_PRE},
	{"protect", F_CTL, M_PRE | M_SUF}, {"protection", F_CTL, M_SUF}, {"mfa", F_CTL, M_EQ | M_PRE | M_SUF},
	{"2fa", F_CTL, M_EQ | M_PRE | M_SUF}, {"2sv", F_CTL, M_EQ}, {"totp", F_CTL, M_EQ | M_PRE},
	{"multifactor", F_CTL, M_PRE}, {"twofactor", F_CTL, M_PRE}, {"recorder", F_CTL, M_EQ | M_PRE | M_SUF},
	{"recording", F_CTL | F_EV, M_EQ | M_PRE | M_SUF}, {"retention", F_CTL, M_EQ | M_PRE | M_SUF},
	{"versioning", F_CTL, M_EQ | M_SUF}, {"backup", F_CTL | F_EV, M_EQ | M_PRE | M_SUF},
	{"snapshot", F_CTL | F_EV, M_EQ | M_PRE | M_SUF}, {"recovery", F_CTL | F_EV, M_EQ},
	{"pitr", F_CTL, M_EQ}, {"pager", F_CTL, M_EQ | M_PRE}, {"paging", F_CTL, M_EQ},
	{"oncall", F_CTL, M_EQ}, {"escalation", F_CTL, M_EQ | M_PRE}, {"siem", F_CTL, M_EQ | M_PRE},
	{"watchdog", F_CTL, M_EQ | M_PRE}, {"moderat", F_CTL, M_PRE}, {"redact", F_CTL, M_PRE},
	{"screening", F_CTL, M_EQ | M_PRE}, {"fraud", F_CTL, M_EQ | M_PRE | M_SUF}, {"ratelimit", F_CTL, M_PRE},
	{"throttl", F_CTL, M_PRE}, {"lockout", F_CTL, M_EQ | M_PRE}, {"integrity", F_CTL, M_EQ},
	{"diagnostic", F_CTL, M_PRE}, {"interlock", F_CTL, M_EQ | M_PRE}, {"estop", F_CTL, M_EQ},
	{"safety", F_CTL, M_PRE}, {"curtain", F_CTL, M_EQ | M_SUF}, {"twohand", F_CTL, M_PRE},
	{"emergency", F_CTL, M_PRE}, {"scanning", F_CTL, M_EQ}, {"scanner", F_CTL, M_EQ | M_PRE},
	{"telemetry", F_CTL, M_EQ}, {"sink", F_CTL, M_EQ}, {"sinks", F_CTL, M_EQ},
	{"aml", F_CTL, M_EQ | M_PRE}, {"sanction", F_CTL, M_PRE}, {"kyc", F_CTL, M_EQ | M_PRE},
	{"verification", F_CTL, M_EQ | M_PRE | M_SUF}, {"approval", F_CTL, M_EQ | M_PRE}, {"camera", F_CTL | F_EV, M_EQ | M_PRE | M_SUF},
	{"surveillance", F_CTL, M_EQ | M_PRE | M_SUF}, {"tamper", F_CTL, M_EQ | M_PRE},
	{"selinux", F_CTL, M_EQ}, {"apparmor", F_CTL, M_EQ},
	/* s18: a second person's sign-off (dual authorisation, four eyes, a
	 * second approver), sensors, an archive kept for
	 * compliance, a rule's enforcement */
	{"authorisation", F_CTL, M_EQ | M_SUF}, {"authorization", F_CTL, M_EQ | M_SUF},
	{"foureyes", F_CTL, M_EQ}, {"approver", F_CTL, M_EQ}, {"approvers", F_CTL, M_EQ},
	{"sensor", F_CTL, M_EQ | M_PRE | M_SUF},
	{"archive", F_CTL, M_EQ}, {"archiving", F_CTL, M_EQ}, {"compliance", F_CTL, M_EQ},
	{"enforced", F_CTL, M_EQ}, {"enforcement", F_CTL, M_EQ},
	{"footage", F_EV, M_EQ}, {"clip", F_EV, M_EQ}, {"clips", F_EV, M_EQ}, {"video", F_EV, M_EQ},
	{"videos", F_EV, M_EQ}, {"cctv", F_CTL | F_EV, M_EQ}, {"nvr", F_EV, M_EQ}, {"transcript", F_EV, M_PRE},
	{"evidence", F_EV, M_EQ}, {"tacho", F_EV, M_EQ | M_PRE}, {"tachograph", F_EV, M_EQ | M_PRE},
	{"logbook", F_EV, M_EQ | M_PRE}, {"wtmp", F_EV, M_EQ}, {"btmp", F_EV, M_EQ}, {"evtx", F_EV, M_EQ},
	{"wevtutil", F_EV, M_EQ}, {"finding", F_SIG, M_EQ}, {"findings", F_SIG, M_EQ},
	{"incident", F_SIG, M_EQ}, {"incidents", F_SIG, M_EQ}, {"policy", F_POLICY, M_EQ},
	{"policies", F_POLICY, M_EQ},
	{NULL, 0, 0}};
/* ... ending in "log" but not logs */
static const char *const not_log[] = {"catalog", "dialog", "blog", "backlog", "changelog", "analog",
	"prolog", "epilog", "weblog", "vlog", NULL};
static const char *const routine[] = {"staging", "stage", "stg", "test", "tests", "testing", "dev",
	"development", "sandbox", "sbx", "tmp", "temp", "preview", "loadtest", "demo", "qa", "lab",
	"poc", "debug", "marketing", "newsletter", "newsletters", "digest", "promo", "promotional",
	"promotions", "survey", "privacy", "price", "prices", "deal", "deals", "discount", "coupon",
	"coupons", NULL};
static const char *const off_verb[] = {"stop", "disable", "deactivate", "suspend", "pause", "mask",
	"kill", "pkill", "killall", "uninstall", "unload", "bypass", "turnoff", "disarm", NULL};
static const char *const supp_verb[] = {"dismiss", "suppress", "mute", "silence", "snooze",
	"downtime", NULL};
static const char *const del_verb[] = {"delete", "remove", "rm", "del", "destroy", "purge", "wipe",
	"erase", "shred", "truncate", "drop", "unlink", "prune", "vacuum", "clear", "forget", "rb",
	"rmdir", "empty", NULL};
/* short verbs that are a verb only with an operand after them ("rm -rf",
 * "gsutil rb gs://"), not a whole value ("initials=RB") */
static const char *const short_verb[] = {"rm", "rb", "del", "rmdir", NULL};
static const char *const read_verb[] = {"get", "list", "ls", "describe", "show", "lookup", "select",
	"search", "head", "tail", "view", "read", "check", "plan", "watch", "top", "ps", "du",
	"df", "last", "ausearch", "grep", "cat", "stat", "inspect", NULL};
static const char *const write_verb[] = {"update", "set", "patch", "put", "post", "alter", "apply",
	"create", "modify", "configure", "edit", "write", "replace", "scale", "sed", "tee", NULL};
static const char *const state_key[] = {"value", "state", "status", "enabled", "enable", "active",
	"mode", "armed", "on", "e", "enforce", "enforced", "enforcement", "required", "require",
	"workflow", NULL};
static const char *const off_value[] = {"false", "off", "0", "no", "none", "disabled", "disable",
	"inactive", "suspended", "paused", "stopped", "deactivated", "optional", "removed", "uninstalled",
	NULL};
static const char *const supp_value[] = {"suppressed", "dismissed", "muted", "snoozed", "silenced",
	"ignored", NULL};
static const char *const on_value[] = {"true", "1", "yes", "on", NULL};
static const char *const inverse_key[] = {"suspend", "suspended", "paused", "pause", "muted", "mute",
	"disabled", "disable", "bypass", "skip", "silenced", "snoozed", "allowlist", "allowlisted",
	"whitelist", "whitelisted", "exempt", "exempted", "waive", "waived", "stop", NULL};
/* An exception carved out of a control (a screening exception, an
 * allowlist entry) is the control off for what it names, when the
 * command adds it; removing one puts the control back. */
static const char *const exception_w[] = {"exception", "exceptions", "allowlist", "whitelist",
	"exemption", "exemptions", "waiver", "exclude", "excludes", "exclusion", "exempt", NULL};
/* (to exclude or exempt someone is to add the exception: s18) */
static const char *const add_w[] = {"add", "create", "grant", "insert", "put", "post", "allow",
	"new", "exclude", "excludes", "exempt", NULL};
/* A threshold raised to its ceiling, a sensitivity cut to nothing: the
 * control never fires. */
static const char *const ceiling_value[] = {"100", "999", "1000", "max", "maximum", NULL};
static const char *const floor_value[] = {"0", "min", "minimum", "off", "none", NULL};
static const char *const conf_ext[] = {"conf", "cfg", "ini", "yaml", "yml", "toml", "tf", "json",
	"rules", "service", NULL};
/* clang-format on */

/* The first byte is compared before strcmp: the lists are read for every
 * atom of every tool call the guard sees, and most atoms match nothing. */
static int eq(const char *a, const char *const *w)
{
	for (; *w; w++)
		if (a[0] == (*w)[0] && !strcmp(a, *w))
			return 1;
	return 0;
}

/* The object kinds of one atom (F_* bits). */
static unsigned object(const char *a)
{
	size_t l = strlen(a), k;
	unsigned f = 0;
	for (k = 0; objects[k].w; k++) {
		const struct stem *s = &objects[k];
		size_t n;
		/* a stem matches at the start (EQ, PRE) or at the end (SUF):
		 * one byte says which can, before any length or compare */
		if (s->w[0] != a[0] && !(s->m & M_SUF))
			continue;
		n = strlen(s->w);
		if (l < n)
			continue;
		if (((s->m & M_EQ) && l == n && !strcmp(a, s->w)) ||
		    ((s->m & M_PRE) && l > n && !strncmp(a, s->w, n)) ||
		    ((s->m & M_SUF) && l > n + 1 && a[l - n] == s->w[0] &&
		     !strcmp(a + l - n, s->w)))
			f |= s->f;
	}
	if ((f & F_EV) && l > 4 && !strcmp(a + l - 3, "log") && eq(a, not_log))
		f &= ~(unsigned)(F_EV | F_CTL);
	return f;
}

/* An atom that opens with a verb stem and goes on ("stoplogging",
 * "muteconfigs"): the verb's bits, and the rest's object bits. */
static unsigned compound(const char *a)
{
	static const char *const off[] = {"disable", "deactivate", "stop", "suspend", NULL};
	static const char *const supp[] = {"mute",   "suppress", "dismiss",
					   "snooze", "silence",  NULL};
	static const char *const del[] = {"delete", "remove", "purge", "clear", NULL};
	const char *const *lists[] = {off, supp, del};
	const unsigned bits[] = {F_OFF, F_SUPP | F_CTL, F_DEL};
	size_t l = strlen(a), i;
	for (i = 0; i < 3; i++) {
		const char *const *w;
		for (w = lists[i]; *w; w++) {
			size_t n = strlen(*w);
			if (l >= n + 3 && !strncmp(a, *w, n))
				return bits[i] | object(a + n);
		}
	}
	return 0;
}

/* ---- atoms ---------------------------------------------------------------- */

typedef struct {
	char s[SG_ATOM];
	char before; /* the byte before the atom */
	char quoted; /* inside '...' or "..." */
	char key;    /* a key: followed by ':' or '=', or a path step after '.' */
	char after;  /* the byte after the atom */
	size_t pos;  /* where it starts */
} atom;

/* Atoms of s[0..n): lowercased runs of letters and digits, split where
 * a lowercase letter meets an uppercase one (camelCase). */
static size_t atoms(const char *s, size_t n, atom *at, size_t max)
{
	size_t i = 0, k = 0;
	char q = 0;
	while (i < n && k < max) {
		size_t st, l;
		while (i < n && !isalnum((unsigned char)s[i])) {
			if ((s[i] == '\'' || s[i] == '"') && (!q || q == s[i]))
				q = q ? 0 : s[i];
			i++;
		}
		if (i >= n)
			break;
		st = i++;
		while (i < n && isalnum((unsigned char)s[i]) &&
		       !(islower((unsigned char)s[i - 1]) && isupper((unsigned char)s[i])))
			i++;
		l = i - st < SG_ATOM ? i - st : SG_ATOM - 1;
		for (size_t j = 0; j < l; j++)
			at[k].s[j] = (char)tolower((unsigned char)s[st + j]);
		at[k].s[l] = '\0';
		at[k].before = st ? s[st - 1] : ' ';
		at[k].quoted = q != 0;
		{
			size_t e = i;
			while (e < n && (s[e] == '"' || s[e] == '\'' || s[e] == ' '))
				e++;
			at[k].key = (e < n && (s[e] == ':' || s[e] == '=')) || at[k].before == '.';
			at[k].after = i < n ? s[i] : '\n';
			at[k].pos = st;
		}
		k++;
	}
	return k;
}

/* Does s[0..n) hold w (case-insensitive)? */
static int raw(const char *s, size_t n, const char *w)
{
	size_t l = strlen(w), i;
	int c = tolower((unsigned char)w[0]);
	for (i = 0; i + l <= n; i++)
		if (tolower((unsigned char)s[i]) == c && !strncasecmp(s + i, w, l))
			return 1;
	return 0;
}

/* An age-bounded clean-up: find -mtime +N (N >= 7), rows older than now()
 * minus an interval, a journal vacuumed to a size or to days. */
static int age_bounded(const char *s, size_t n)
{
	static const char *const older[] = {"< now()",
					    "<now()",
					    "< current_date",
					    "<current_date",
					    "< current_timestamp",
					    "< sysdate",
					    "< getdate()",
					    "< date_sub",
					    "--vacuum-size",
					    "--vacuum-files",
					    "older than",
					    NULL};
	size_t i;
	for (i = 0; older[i]; i++)
		if (raw(s, n, older[i]))
			return 1;
	for (i = 0; i + 8 < n; i++) {
		if (s[i] != '-')
			continue; /* both forms open with a dash */
		if (!strncasecmp(s + i, "-mtime +", 8) || !strncasecmp(s + i, "-ctime +", 8)) {
			size_t d = i + 8, v = 0;
			while (d < n && isdigit((unsigned char)s[d]) && v < 100000)
				v = v * 10 + (size_t)(s[d++] - '0');
			if (v >= 7)
				return 1;
		}
		if (i + 14 < n && !strncasecmp(s + i, "--vacuum-time=", 14)) {
			size_t d = i + 14;
			while (d < n && isdigit((unsigned char)s[d]))
				d++;
			if (d < n && strchr("dwmy", tolower((unsigned char)s[d])) &&
			    !(tolower((unsigned char)s[d]) == 'm' && d + 1 < n &&
			      tolower((unsigned char)s[d + 1]) == 'i'))
				return 1;
		}
	}
	return 0;
}

/* A file emptied by a redirection from nothing: "> f", ": > f",
 * "cat /dev/null > f", "echo '' > f", "printf '' > f". */
static int emptied(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		atom at[8];
		size_t na, k;
		if (s[i] != '>' || (i + 1 < n && (s[i + 1] == '>' || s[i + 1] == '&')) ||
		    (i && strchr(">&0123456789-=", s[i - 1])))
			continue;
		na = atoms(s, i, at, 8);
		for (k = 0; k < na; k++)
			if (!eq(at[k].s, (const char *const[]){"cat", "dev", "null", "echo", "true",
							       "printf", "sudo", "n", "e", "sh",
							       "bash", "c", NULL}))
				break;
		return k == na && na < 8;
	}
	return 0;
}

/* ---- one command ------------------------------------------------------------ */

/* Atom i opens or sits inside a compound key ("suppress_hours=0",
 * "disable_logging: true"): the atoms after it, joined by '_', '-' or
 * '.' with no space, end in a key. */
static int in_key(const atom *at, size_t i, size_t na)
{
	size_t t;
	for (t = i + 1; t < na && t < i + 6; t++) {
		if (!strchr("_-.", at[t].before) || at[t - 1].after != at[t].before)
			return 0;
		if (at[t].key)
			return at[t].before != '-' || at[i].before != '-';
	}
	return 0;
}

/* Atoms j..k are one key written as a compound ("skip_fraud_check",
 * "isPaused"): k is a key and each atom after j follows the one before
 * with '_', '-', '.' or a camelCase step. */
static int key_part(const atom *at, size_t j, size_t k)
{
	size_t t;
	if (!at[k].key)
		return 0;
	for (t = j + 1; t <= k; t++)
		if (!strchr("_-.", at[t].before) && !isalnum((unsigned char)at[t].before))
			return 0;
	return 1;
}

/* What one command does: F_* bits. wb: the argument writes its result
 * back (a crontab, a file), so lines filtered out are deleted. */
static unsigned command_m(const char *s, size_t n, int wb, int nomode, size_t keys_until)
{
	atom at[SG_ATOMS];
	unsigned cf[SG_ATOMS];
	size_t na = atoms(s, n, at, SG_ATOMS), i;
	unsigned f = 0, verbs = 0, state = 0;
	int sed = 0, rd = 0, wr = 0, exc = 0, add = 0;
	for (i = 0; i < na; i++) {
		const char *a = at[i].s, *nx = i + 1 < na ? at[i + 1].s : "";
		size_t l = strlen(a);
		char base[SG_ATOM];
		cf[i] = object(a);
		/* two-word objects: rate limit, two-step, multi-factor, soft
		 * delete, delete retention, object lock, legal hold */
		if ((!strcmp(a, "rate") && !strncmp(nx, "limit", 5)) ||
		    (!strcmp(a, "two") &&
		     (!strcmp(nx, "step") || !strcmp(nx, "factor") || !strcmp(nx, "hand"))) ||
		    (!strcmp(a, "multi") && !strcmp(nx, "factor")) ||
		    (!strcmp(a, "soft") && !strncmp(nx, "delet", 5)) ||
		    (!strcmp(a, "object") && !strcmp(nx, "lock")) ||
		    (!strcmp(a, "legal") && !strcmp(nx, "hold")) ||
		    (!strcmp(a, "content") && !strcmp(nx, "filter")))
			cf[i] |= F_CTL, i + 1 < na ? (void)(cf[i + 1] = F_CTL) : (void)0;
		if (!strcmp(at[i].s, "dev") && at[i].before == '/')
			; /* /dev/null is no development resource */
		else {
			while (l > 1 && isdigit((unsigned char)a[l - 1]))
				l--; /* lab3, test2 */
			memcpy(base, a, l);
			base[l] = '\0';
			if (eq(base, routine))
				f |= F_ROUTINE;
		}
		if (at[i].before == '.' && eq(a, conf_ext))
			f |= F_CONF;
		if (!(at[i].quoted && sed))
			f |= cf[i];
		/* verbs; "delete" naming a safeguard (delete retention, deletion
		 * protection, soft delete) is no verb */
		if (at[i].key || (size_t)(at[i].pos) < keys_until || in_key(at, i, na))
			goto setting; /* "suspend": true, .spec.suspend: a key */
		if (eq(a, short_verb) && strchr("\n\r,;\"'", at[i].after))
			goto setting;
		if (eq(a, del_verb) && !(i && !strcmp(at[i - 1].s, "soft")) &&
		    !(!strcmp(nx, "retention") || !strcmp(nx, "protection") || !strcmp(nx, "lock")))
			verbs |= F_DEL;
		if (eq(a, off_verb) && !(!strcmp(a, "bypass") && eq(nx, off_value)))
			verbs |= F_OFF;
		if (eq(a, supp_verb))
			verbs |= F_SUPP;
		if (!eq(a, off_verb) && !eq(a, supp_verb) && !eq(a, del_verb))
			verbs |= compound(a) & (F_OFF | F_SUPP | F_DEL), f |= compound(a) & F_OBJ;
		/* "velocity_check", "background-check": a check glued to the
		 * word before it is the control's name, no read */
		rd |= eq(a, read_verb) && !(nomode & 2) &&
		      !(!strcmp(a, "check") && (at[i].before == '_' || at[i].before == '-'));
		wr |= eq(a, write_verb);
		exc |= eq(a, exception_w);
		add |= eq(a, add_w);
		if (!strcmp(a, "sed"))
			sed = 1;
		if (i && !strcmp(a, "c") && !strcmp(at[i - 1].s, "history"))
			verbs |= F_DEL;
		if (i && (!strcmp(a, "cl") || !strcmp(a, "clear")) &&
		    !strcmp(at[i - 1].s, "wevtutil"))
			verbs |= F_DEL;
		if (i && !strcmp(a, "d") && !strcmp(at[i - 1].s, "auditctl"))
			verbs |= F_DEL;
		if (i && !strcmp(a, "x") && !strcmp(at[i - 1].s, "chmod"))
			verbs |= F_OFF;
		if (i && !strcmp(a, "v") && !strcmp(at[i - 1].s, "grep") && wb)
			verbs |= F_DEL;
		if (i && !strncmp(a, "enable", 6) && !strcmp(at[i - 1].s, "no"))
			state |= F_STATE;
	setting:
		/* a setting: key then value */
		if (i) {
			const char *k = at[i - 1].s;
			/* "--no-pager" is a flag, no value */
			int key = at[i].before != '-' &&
				  (eq(k, state_key) || (cf[i - 1] & (F_CTL | F_EV)));
			/* Bypass = FALSE puts the safeguard back */
			int inv = 0;
			for (size_t j = i >= 3 ? i - 3 : 0; j < i; j++)
				inv |= eq(at[j].s, inverse_key) &&
				       (j == i - 1 || at[j].key || at[j].pos < keys_until ||
					key_part(at, j, i - 1));
			if (key && eq(a, off_value) && !inv)
				state |= F_STATE;
			if (key && eq(a, supp_value))
				state |= F_STATE | F_SUPP;
			/* suspend: true; disable_logging: true; Bypass = TRUE */
			if (eq(a, on_value) && at[i].before != '-') {
				size_t j;
				for (j = i >= 3 ? i - 3 : 0; j < i; j++)
					if (eq(at[j].s, inverse_key) &&
					    (j == i - 1 || at[j].key || at[j].pos < keys_until ||
					     key_part(at, j, i - 1)))
						state |= F_STATE | (at[j].s[0] == 'm' ? F_SUPP : 0);
			}
			if ((!strcmp(k, "threshold") && eq(a, ceiling_value)) ||
			    (!strcmp(k, "sensitivity") && eq(a, floor_value)))
				state |= F_STATE;
			if (!strcmp(a, "0") && (eq(k, (const char *const[]){"replicas", "retention",
									    "days", "ttl", NULL})))
				state |= F_STATE;
			if (!strcmp(a, "1") && (!strcmp(k, "days") || !strcmp(k, "retention"))) {
				size_t j;
				for (j = i >= 4 ? i - 4 : 0; j < i; j++)
					if (!strncmp(at[j].s, "retention", 9))
						state |= F_STATE;
			}
		}
	}
	if (sed && raw(s, n, " -i")) {
		if (raw(s, n, "/d'") || raw(s, n, "/d\"") || raw(s, n, "/d "))
			verbs |= F_DEL; /* lines deleted */
		if (raw(s, n, "/#"))
			verbs |= F_OFF; /* lines commented out */
	}
	if (emptied(s, n))
		verbs |= F_DEL;
	/* an exception added to a control; one removed is the control back */
	if (exc && (verbs & F_DEL))
		verbs &= ~(unsigned)F_DEL;
	else if (exc && (add || state))
		verbs |= F_OFF;
	/* a read that writes nothing sets nothing */
	if (rd && !wr && !(verbs & (F_OFF | F_DEL | F_SUPP)))
		state = 0;
	if (age_bounded(s, n))
		f |= F_ROUTINE;
	return f | verbs | state;
}

static unsigned command(const char *s, size_t n, int wb)
{
	return command_m(s, n, wb, 0, 0);
}

/* The kinds F_* bits make (POL_SG_* bits). */
static int sg_kind(unsigned f)
{
	int k = 0;
	if (f & F_ROUTINE)
		return 0;
	if ((f & (F_OFF | F_DEL | F_STATE)) && (f & F_CTL))
		k |= POL_SG_OFF;
	if ((f & F_SUPP) && (f & (F_CTL | F_SIG | F_EV)))
		k |= POL_SG_OFF;
	if ((f & (F_OFF | F_STATE)) && (f & F_POLICY) && !(f & F_DEL))
		k |= POL_SG_OFF;
	if ((f & F_DEL) && (f & (F_EV | F_SIG)) && !(f & F_CONF))
		k |= POL_SG_EVIDENCE;
	return k;
}

/* ---- where the words are ------------------------------------------------------ */

typedef struct {
	unsigned head; /* the head's bits */
	unsigned keys; /* object bits of every JSON key */
	int kind;      /* POL_SG_* found */
	size_t budget; /* bytes left to read */
	int wb;        /* the argument writes back */
} sgx;

static int chained(const char *v, size_t n)
{
	return raw(v, n, "&&") || raw(v, n, "||") || memchr(v, ';', n) || raw(v, n, " | ") ||
	       raw(v, n, "|crontab");
}

/* A chain: each command alone (a SQL batch, a shell line). */
static void chain(sgx *x, const char *v, size_t n)
{
	size_t st = 0, k;
	char q = 0;
	for (k = 0; k <= n; k++) {
		/* a separator outside quotes (sed's "#&" or "s|a|b|" is none) */
		if (k < n && (v[k] == '\'' || v[k] == '"') && (!q || q == v[k]))
			q = q ? 0 : v[k];
		if (k < n && (q || !strchr(";&|\n", v[k])))
			continue;
		if (k > st)
			x->kind |= sg_kind(command(v + st, k - st, x->wb));
		st = k + 1;
	}
}

/* A configuration text or a diff: each line with the objects named on it
 * or up to three lines above; a non-production name anywhere holds for
 * the whole text. */
static void lines(sgx *x, const char *v, size_t n)
{
	unsigned prev[3] = {0, 0, 0}, f, all = 0;
	int kinds = 0;
	size_t st = 0, k;
	int diff = raw(v, n, "\n@@") || !strncmp(v, "--- ", n < 4 ? n : 4);
	for (k = 0; k <= n; k++) {
		const char *p;
		size_t l;
		if (k < n && v[k] != '\n')
			continue;
		p = v + st;
		l = k - st;
		st = k + 1;
		if (diff && l && p[0] == '-')
			continue; /* what the diff removes */
		while (diff && l && (p[0] == '+' || p[0] == ' '))
			p++, l--;
		if (!l)
			continue;
		f = command(p, l, x->wb);
		all |= f;
		kinds |= sg_kind(f | ((prev[0] | prev[1] | prev[2] | x->head) &
				      (F_CTL | F_EV | F_SIG | F_POLICY)));
		prev[2] = prev[1], prev[1] = prev[0], prev[0] = f;
	}
	if (!(all & F_ROUTINE))
		x->kind |= kinds;
}

/* A text argument. */
static void text(sgx *x, const char *v, size_t n)
{
	if (chained(v, n))
		chain(x, v, n);
	else if (memchr(v, '\n', n))
		lines(x, v, n);
	else
		x->kind |= sg_kind(command(v, n, x->wb) | (x->head & F_OBJ));
}

/* ---- JSON, leaf by leaf --------------------------------------------------- */

typedef struct {
	const char *s;
	size_t n, i;
	int bad;
} jp;

static void ws(jp *p)
{
	while (p->i < p->n && isspace((unsigned char)p->s[p->i]))
		p->i++;
}

/* A JSON string at p->i into out (escapes dropped to their letter). */
static size_t jstr(jp *p, char *out, size_t cap)
{
	size_t l = 0;
	p->i++;
	while (p->i < p->n && p->s[p->i] != '"') {
		char c = p->s[p->i++];
		if (c == '\\' && p->i < p->n) {
			c = p->s[p->i++];
			c = c == 'n' ? '\n' : c;
		}
		if (l + 1 < cap)
			out[l++] = c;
	}
	if (p->i >= p->n)
		p->bad = 1;
	p->i++;
	out[l] = '\0';
	return l;
}

static void leaf(sgx *x, const char *path, size_t pl, const char *v, size_t vl, int empty)
{
	char buf[SG_PATH + 1100];
	size_t l = vl < 1024 ? vl : 1024;
	unsigned f;
	if (empty) {
		/* a safeguard's list or object emptied */
		f = command(path, pl, 0);
		if (f & F_CTL)
			x->kind |= sg_kind(f | F_STATE | (x->head & F_OBJ));
		return;
	}
	memcpy(buf, path, pl);
	memcpy(buf + pl, " = ", 3);
	memcpy(buf + pl + 3, v, l);
	/* a leaf's path is keys, and no read */
	x->kind |= sg_kind(command_m(buf, pl + 3 + l, x->wb, 2, pl) | (x->head & F_OBJ));
	if (vl > 16 && chained(v, vl))
		chain(x, v, vl < SG_TEXT ? vl : SG_TEXT);
}

/* A member key that names the setting a sibling "...value" member sets. */
static int names_setting(const char *k, size_t l)
{
	static const char *const w[] = {"key", "parameter", "setting", "option", "flag", NULL};
	char low[32];
	size_t i;
	if (l >= 4 && !strcasecmp(k + l - 4, "name"))
		return 1;
	if (l >= sizeof low)
		return 0;
	for (i = 0; i < l; i++)
		low[i] = (char)tolower((unsigned char)k[i]);
	low[l] = '\0';
	return eq(low, w);
}

static void jvalue(sgx *x, jp *p, char *path, size_t pl, int depth)
{
	char tmp[1024];
	ws(p);
	if (p->bad || p->i >= p->n || depth > SG_DEPTH) {
		p->bad = 1;
		return;
	}
	if (p->s[p->i] == '{' || p->s[p->i] == '[') {
		char close = p->s[p->i] == '{' ? '}' : ']';
		int items = 0;
		/* a setting written as two members, {"ParameterName": "audit",
		 * "ParameterValue": "off"}: the name joins the value's path */
		char pname[64];
		size_t pn = 0;
		p->i++;
		for (;;) {
			size_t l = pl;
			ws(p);
			if (p->i >= p->n) {
				p->bad = 1;
				return;
			}
			if (p->s[p->i] == close) {
				p->i++;
				if (!items)
					leaf(x, path, pl, "", 0, 1);
				return;
			}
			if (close == '}') {
				size_t kl;
				if (p->s[p->i] != '"') {
					p->bad = 1;
					return;
				}
				kl = jstr(p, tmp, sizeof tmp);
				if (l + kl + 1 < SG_PATH) {
					path[l++] = ' ';
					memcpy(path + l, tmp, kl);
					l += kl;
				}
				x->keys |= command(tmp, kl, 0) & (F_CTL | F_EV | F_SIG | F_POLICY);
				ws(p);
				if (p->i >= p->n || p->s[p->i] != ':') {
					p->bad = 1;
					return;
				}
				p->i++;
				ws(p);
				if (p->i < p->n && p->s[p->i] == '"' && names_setting(tmp, kl)) {
					jp q = *p;
					pn = jstr(&q, pname, sizeof pname);
				} else if (pn && kl >= 5 && !strcasecmp(tmp + kl - 5, "value") &&
					   l + pn + 1 < SG_PATH) {
					path[l++] = ' ';
					memcpy(path + l, pname, pn);
					l += pn;
				}
			}
			jvalue(x, p, path, l, depth + 1);
			items++;
			if (p->bad)
				return;
			ws(p);
			if (p->i < p->n && p->s[p->i] == ',')
				p->i++;
		}
	}
	if (p->s[p->i] == '"') {
		size_t l = jstr(p, tmp, sizeof tmp);
		leaf(x, path, pl, tmp, l, 0);
		return;
	}
	{
		size_t st = p->i;
		while (p->i < p->n && !strchr(",}] \t\r\n", p->s[p->i]))
			p->i++;
		if (p->i == st) {
			p->bad = 1;
			return;
		}
		if (p->i - st == 4 && !strncmp(p->s + st, "null", 4))
			leaf(x, path, pl, "", 0, 1);
		else
			leaf(x, path, pl, p->s + st, p->i - st, 0);
	}
}

static void json(sgx *x, const char *name, const char *v, size_t n)
{
	char path[SG_PATH + 1];
	size_t pl = strlen(name) < 64 ? strlen(name) : 64;
	jp p = {v, n, 0, 0};
	memcpy(path, name, pl);
	path[pl] = '\0';
	jvalue(x, &p, path, pl, 0);
}

/* ---- the act ---------------------------------------------------------------- */

static int is_json(const char *v, size_t n)
{
	while (n && isspace((unsigned char)*v))
		v++, n--;
	return n && (*v == '{' || *v == '[');
}

/* A field whose name says it holds words for people (sms_text, txt,
 * reply_message, msg): one of its parts is a word of writing. */
static int prose_name(const char *nm)
{
	static const char *const w[] = {"text",  "txt",     "msg",  "message", "sms",     "caption",
					"reply", "comment", "note", "subject", "summary", NULL};
	size_t i = 0, n = strlen(nm);
	while (i < n) {
		char t[16];
		size_t s = i, k;
		while (i < n && isalpha((unsigned char)nm[i]) &&
		       !(i > s && isupper((unsigned char)nm[i])))
			i++;
		if (i > s && i - s < sizeof t) {
			for (k = 0; k < i - s; k++)
				t[k] = (char)tolower((unsigned char)nm[s + k]);
			t[i - s] = '\0';
			if (eq(t, w))
				return 1;
		}
		if (i == s)
			i++;
	}
	return 0;
}

/* The kinds of act a is (POL_SG_* bits). */
static int classify(const rl_action *a)
{
	static const char *const prose[] = {
		"text",    "message",      "subject", "comment", "description", "note", "notes",
		"summary", "content_text", "title",   "reason",  "explanation", NULL};
	char head[SG_TEXT];
	size_t hn, i;
	sgx x = {0, 0, 0, SG_ACT, 0};
	if (!a->tool)
		return 0;
	hn = strlen(a->tool) < 256 ? strlen(a->tool) : 256;
	memcpy(head, a->tool, hn);
	head[hn++] = '\n';
	/* the head: the tool and its short scalar arguments; a read over
	 * HTTP does nothing */
	for (i = 0; i < a->nfields; i++) {
		const rl_field *f = &a->fields[i];
		const char *nm = f->name ? f->name : "";
		size_t l = f->len < SG_TEXT ? f->len : SG_TEXT, nl = strlen(nm);
		if (!f->value || !f->len || eq(nm, prose) || prose_name(nm))
			continue;
		if (!strcmp(nm, "method") &&
		    (!strcasecmp(f->value, "get") || !strcasecmp(f->value, "head") ||
		     !strcasecmp(f->value, "options")))
			return 0;
		if (raw(f->value, l, "crontab") || raw(f->value, l, "sponge"))
			x.wb = 1;
		if (is_json(f->value, l) || memchr(f->value, '\n', l) || chained(f->value, l))
			continue;
		if (!strcmp(nm, "body"))
			continue; /* a message's body is prose */
		if (hn + nl + l + 2 >= sizeof head)
			continue;
		memcpy(head + hn, nm, nl);
		hn += nl;
		head[hn++] = '=';
		memcpy(head + hn, f->value, l);
		hn += l;
		head[hn++] = '\n';
	}
	x.head = command(head, hn, x.wb);
	/* the rest: JSON leaf by leaf, chains and texts */
	for (i = 0; i < a->nfields && x.budget; i++) {
		const rl_field *f = &a->fields[i];
		const char *nm = f->name ? f->name : "";
		size_t l = f->len < SG_TEXT ? f->len : SG_TEXT;
		if (!f->value || !f->len || eq(nm, prose) || prose_name(nm))
			continue;
		l = l < x.budget ? l : x.budget;
		if (is_json(f->value, l)) {
			x.budget -= l;
			json(&x, nm, f->value, l);
		} else if (memchr(f->value, '\n', l) || chained(f->value, l)) {
			if (!strcmp(nm, "body"))
				continue;
			x.budget -= l;
			text(&x, f->value, l);
		}
	}
	/* the head's verb with its own objects or the JSON keys' */
	x.kind |= sg_kind(x.head | (x.head & F_ROUTINE ? 0 : x.keys));
	if (x.head & F_ROUTINE)
		return 0; /* a non-production resource named by the call */
	return x.kind;
}

int pol_safeguard(const pol_conv *c, const rl_action *a, int want)
{
	pol_conv *m = (pol_conv *)c; /* the memo only */
	int kind;
	if (m->sg_act != a) {
		m->sg_act = a;
		m->sg_kind = classify(a);
		memset(m->sg_stands, 0, sizeof m->sg_stands);
	}
	kind = m->sg_kind & want;
	if (!kind) /* a thing the operator's rules guard (sgrule.c) */
		return (want & POL_SG_OFF) && pol_sg_rule_guarded(c, a);
	/* asked for this act, bound to its object, for a reason that passes
	 * (safeguard_bind.c, safeguard_why.c), unless the operator's own rule
	 * forbids it outright or the authorisation it needs is absent
	 * (sgrule.c) */
	return !pol_sg_ask_stands(c, a, kind, m->sg_kind) ||
	       ((kind & POL_SG_OFF) && pol_sg_rule_guarded(c, a));
}
