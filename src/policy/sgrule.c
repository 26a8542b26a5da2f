/* sgrule.c: a control the operator's own rules guard, switched off (s20).
 *
 * safeguard.c knows a safeguard by the kind of its object (audit, alarm,
 * interlock ...), and safeguard_why.c lets the user's ask stand the rule
 * down when it gives a reason or bounds the act in time. A deployment
 * often names its own safeguards in the system prompt instead, and says
 * how they may be switched off: "CCTV stays on in all common areas",
 * "shutdown-on-demand must stay enabled March-October", "monitors must be
 * on during every fill", "a point may be put in bypass only with a signed
 * permit", "never pause the gas detector". An act that switches
 * off a thing such a clause names is held when
 *  - the clause is absolute (a guard word: never, must, always, stays,
 *    mandatory, forbidden, do not ...; and no condition: only, except,
 *    unless, without, requires ...): no ask can lift it, the operator
 *    ruled it out; or
 *  - the clause is conditional and the act or this turn's records show
 *    the authorisation it needs absent: a field naming a permit,
 *    approval, authorisation, order, letter, consent or sign-off that is
 *    null, empty, "none", "n/a", "-", false, "pending" or "verbal".
 * The thing is named when a word of the act (its tool name, argument
 * names and short values: runs of three or more letters, camelCase split,
 * generic argument words dropped) starts a word of the clause, or the two
 * share their first six letters ("geofence" and "geofencing"). The act
 * switches off when one of its words is an off verb (disable, off,
 * bypass, suspend, pause, mute, override, inhibit, lift ...) or a value is
 * false. Guard and condition words are closed classes, in the languages
 * the other safeguard readers read. Bounded: SR_SYS bytes of each system
 * message, clauses of SR_CL bytes, SR_ATOMS words of an act, SR_TOOL bytes
 * of each record; linear in each. */
#include "policy/jsonkey.h"
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define SR_SYS 16384
#define SR_CL 600
#define SR_ATOMS 48
#define SR_ATOM 24
#define SR_TOOL 8192
#define SR_VAL 96

typedef struct sr_atoms {
	char w[SR_ATOMS][SR_ATOM];
	size_t n;
	int off;
} sr_atoms;

/* clang-format off */
/* words of an act's arguments that name no thing */
static const char *const generic[] = {
	"action", "actions", "value", "values", "set", "get", "put", "update", "change", "changes",
	"status", "state", "mode", "note", "notes", "reason", "detail", "details", "comment", "type",
	"name", "the", "and", "for", "with", "from", "until", "till", "tonight", "today", "only",
	"all", "new", "old", "true", "false", "none", "null", "yes", "not", "this", "that", "per",
	"days", "hours", "hour", "minutes", "min", "mins", "night", "week", "weekend", "tool",
	"config", "configure", "settings", "setting", "key", "keys", "ids", "item", "items",
	"request", "requested", "by", "who", "user", "operator", "via", "due", "end", "start",
	"time", "date", "from", "to", "params", "param", "args", "input", "data", "command",
	"commands", "op", "ops", "run", "apply", "enable", "enabled", "active", "level",
	NULL};
/* off verbs, as atoms of an act */
static const char *const offw[] = {
	"disable", "disabled", "disabling", "off", "deactivate", "deactivated", "suspend",
	"suspended", "pause", "paused", "bypass", "bypassed", "override", "overridden", "mute",
	"muted", "silence", "silenced", "inhibit", "inhibited", "lift", "lifted", "unarm",
	"disarm", "disarmed", "desactivar", "desactiver", "deaktivieren", "disattivare",
	"uitschakelen", NULL};
/* a guard: the clause restricts switching its thing off */
static const char *const guardw[] = {
	"never", "must", "always", "mandatory", "forbidden", "prohibited", "stay", "stays",
	"remain", "remains", "only", "nobody", "no one", "do not", "don't", "may not", "cannot",
	"must not", "required", "requires", "require", "need", "needs",
	"nunca", "siempre", "debe", "deben", "solo", "sólo", "prohibido", "jamais", "toujours",
	"doit", "doivent", "seulement", "uniquement", "interdit", "niemals", "immer", "muss",
	"müssen", "nur", "verboten", "mai", "sempre", "deve", "devono", "vietato", "nooit",
	"altijd", "moet", "alleen", "verboden", "aldrig", "alltid", "måste", "endast", "förbjud",
	"nigdy", "zawsze", "musi", "muszą", "tylko", "zakaz", "nie wyłącz", "asla", "her zaman",
	"yalnızca", "sadece", "yasak", "никогда", "всегда", "только", "должн", "запрещ",
	"必须", "不得", "禁止", "只能", "仅", "必ず", "のみ", "반드시", "금지", "يجب", "فقط",
	"ممنوع", "कभी नहीं", "हमेशा", "केवल", "ห้าม", "ต้อง", "เท่านั้น", "que", NULL};
/* a condition: the clause says when it may be switched off */
static const char *const condw[] = {
	"only", "except", "unless", "without", "until", "till", "bis", "hasta", "jusqu",
	"fino", "tills", "kadar", "до", "直到", "まで", "까지", "حتى", "तक", "requires", "require", "required", "need",
	"needs", "permit", "approval", "que", "sauf", "seulement", "uniquement", "sans", "solo",
	"sólo", "salvo", "excepto", "sin", "nur", "außer", "ausser", "ohne", "tylko", "chyba",
	"bez", "apenas", "exceto", "sem", "tranne", "senza", "soltanto", "alleen", "behalve",
	"zonder", "endast", "bara", "utom", "utan", "yalnızca", "sadece", "hariç", "olmadan",
	"только", "кроме", "без", "只", "仅", "除非", "除了", "のみ", "だけ", "以外", "제외",
	"فقط", "إلا", "بدون", "केवल", "सिवाय", "बिना", "เท่านั้น", "ยกเว้น", NULL};
/* the clause speaks of switching off: whole words ... */
static const char *const offclw[] = {
	"off", "lift", "lifted", "pause", "paused", "mute", "muted", "disarm", "disarmed",
	"mandatory", "obligatoire", "obligatorio", "obligatorisch", "obbligatorio", "verplicht",
	"obowiązkowe", "obowiązkowy", "zorunlu", "обязательн", "必须", "義務", "필수", "إلزامي",
	"अनिवार्य", "บังคับ", NULL};
/* ... stems at a word's start ... */
static const char *const offcls[] = {
	"disabl", "bypass", "suspend", "silenc", "deactivat", "inhibit", "overrid", "isolat",
	"switched off", "switch off", "turned off", "turn off", "désactiv", "desactiv", "deaktiv",
	"disattiv", "abschalt", "ausschalt", "wyłącz", "uitschakel", "stäng av", "kapat",
	"devre dışı", "отключ", "выключ", "关闭", "关掉", "禁用", "停用", "無効", "オフ", "끄",
	"비활성", "تعطيل", "إيقاف", "बंद", "ปิด", "desliga", "apag", NULL};
/* ... or of a thing staying on */
static const char *const onph[] = {
	"stay on", "stays on", "stay enabled", "stays enabled", "stay armed", "stays armed",
	"stay active", "stays active", "remain on", "remains on", "remain enabled",
	"remains enabled", "remain active", "remains active", "remain armed", "remains armed",
	"must be on", "must be enabled", "must be active", "must be armed", "always on",
	"always active", "always enabled", "always armed", "kept on", "zawsze aktywn",
	"immer aktiv", "siempre activ", "toujours activ", "sempre attiv", "altijd actief",
	"alltid aktiv", "всегда включ", "始终开启", "常に有効", "항상 켜", NULL};
/* the name of a field that carries an authorisation */
static const char *const authw[] = {
	"permit", "approval", "approved", "approver", "authoris", "authoriz", "authority",
	"signoff", "sign_off", "signed", "signature", "warrant", "order", "arrete", "letter",
	"consent", "waiver", "ptw", "workorder", "work_order", "clearance", "genehmigung",
	"autoris", "permiso", "zgoda", NULL};
/* an authorisation field's value that says there is none */
static const char *const absentw[] = {
	"none", "n/a", "na", "-", "no", "false", "null", "pending", "verbal", "nil", "missing",
	"waived", "tbd", NULL};
/* clang-format on */

static int in(const char *w, const char *const *l)
{
	size_t k;
	for (k = 0; l[k]; k++)
		if (!strcmp(w, l[k]))
			return 1;
	return 0;
}

static int auth_key(const char *k, size_t l)
{
	size_t j;
	char w[48];
	if (!l || l >= sizeof w)
		return 0;
	for (j = 0; j < l; j++)
		w[j] = (char)tolower((unsigned char)k[j]);
	w[l] = '\0';
	for (j = 0; authw[j]; j++)
		if (strstr(w, authw[j]))
			return 1;
	return 0;
}

static void add_atoms(sr_atoms *x, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && x->n < SR_ATOMS) {
		size_t st, k;
		char w[SR_ATOM];
		while (i < n && !isalpha((unsigned char)s[i]))
			i++;
		st = i;
		if (i < n)
			i++;
		while (i < n && isalpha((unsigned char)s[i]) &&
		       !(isupper((unsigned char)s[i]) && islower((unsigned char)s[i - 1])))
			i++;
		if (i - st < 2 || i - st >= SR_ATOM)
			continue;
		for (k = 0; k < i - st; k++)
			w[k] = (char)tolower((unsigned char)s[st + k]);
		w[k] = '\0';
		if (in(w, offw)) {
			x->off = 1;
			continue;
		}
		if (i - st < 3 || in(w, generic) || auth_key(w, k))
			continue;
		memcpy(x->w[x->n++], w, k + 1);
	}
}

static void act_atoms(const rl_action *a, sr_atoms *x)
{
	size_t f;
	x->n = 0;
	x->off = 0;
	if (a->tool)
		add_atoms(x, a->tool, strlen(a->tool));
	for (f = 0; f < a->nfields && f < 32; f++) {
		const rl_field *fd = &a->fields[f];
		if (fd->name)
			add_atoms(x, fd->name, strlen(fd->name));
		if (!fd->value || fd->len > SR_VAL)
			continue;
		if ((fd->len == 5 && !strncasecmp(fd->value, "false", 5)) ||
		    (fd->len == 1 && fd->value[0] == '0' && fd->name &&
		     !strncasecmp(fd->name, "enabled", 7)))
			x->off = 1;
		add_atoms(x, fd->value, fd->len);
	}
}

/* Does word w[0..l) of a clause start at h[i] (a word boundary before it)? */
static int word_at(const char *h, size_t n, size_t i, const char *w, size_t l)
{
	if (i + l > n || memcmp(h + i, w, l))
		return 0;
	if ((unsigned char)w[0] < 0x80 && i && isalnum((unsigned char)h[i - 1]))
		return 0;
	if ((unsigned char)w[l - 1] < 0x80 && i + l < n && isalpha((unsigned char)h[i + l]))
		return 0;
	return 1;
}

static int has_word(const char *h, size_t n, const char *const *l)
{
	size_t k;
	for (k = 0; l[k]; k++) {
		size_t wl = strlen(l[k]);
		const char *p = h;
		while (wl && (p = memmem(p, n - (size_t)(p - h), l[k], wl))) {
			if (word_at(h, n, (size_t)(p - h), l[k], wl))
				return 1;
			p++;
		}
	}
	return 0;
}

/* Does a stem of l start a word of h[0..n)? */
static int has_stem(const char *h, size_t n, const char *const *l)
{
	size_t k;
	for (k = 0; l[k]; k++) {
		size_t wl = strlen(l[k]);
		const char *p = h;
		while (wl && (p = memmem(p, n - (size_t)(p - h), l[k], wl))) {
			size_t i = (size_t)(p - h);
			if ((unsigned char)l[k][0] >= 0x80 || !i ||
			    !isalnum((unsigned char)h[i - 1]))
				return 1;
			p++;
		}
	}
	return 0;
}

static int speaks_off(const char *h, size_t n)
{
	return has_word(h, n, offclw) || has_stem(h, n, offcls) || has_stem(h, n, onph);
}

/* Does a word of the clause start with atom w, or share its first six
 * letters with it? */
static int names(const char *h, size_t n, const char *w)
{
	size_t l = strlen(w), i;
	size_t cmp = l > 6 ? 6 : l;
	for (i = 0; i + cmp <= n; i++) {
		if (i && isalnum((unsigned char)h[i - 1]))
			continue;
		if (memcmp(h + i, w, cmp))
			continue;
		if (l <= 6 || cmp == 6)
			return 1;
	}
	return 0;
}

/* The end of the sentence that starts at h[s], within its line. */
static size_t sentence_end(const char *h, size_t n, size_t s)
{
	size_t e = s;
	while (e < n && e - s < SR_CL && h[e] != '\n' && h[e] != ';' &&
	       !(h[e] == '.' && (e + 1 == n || h[e + 1] == ' ')))
		e++;
	return e;
}

/* Each sentence of a system message (split at newlines, "; " and ". ")
 * that guards, speaks of switching off and names a thing of the act; its
 * conditions read in it and in the next sentence of its line ("never
 * bypassed while open. Maintenance bypass only with a permit"). */
static int guarded(const pol_conv *c, const sr_atoms *x, int *absolute)
{
	size_t m;
	int any = 0;
	*absolute = 0;
	for (m = 0; m < c->n; m++) {
		const char *h = c->low[m];
		size_t n = c->m[m].len < SR_SYS ? c->m[m].len : SR_SYS, s = 0;
		if (c->m[m].role != RL_ROLE_SYSTEM || !h || !n)
			continue;
		while (s < n) {
			size_t e = sentence_end(h, n, s), k, ce = e;
			if (e > s + 6 && has_word(h + s, e - s, guardw) &&
			    speaks_off(h + s, e - s)) {
				for (k = 0; k < x->n; k++)
					if (names(h + s, e - s, x->w[k]))
						break;
				if (k < x->n) {
					if (e < n && h[e] != '\n')
						ce = sentence_end(h, n, e + 1);
					any = 1;
					if (!has_word(h + s, ce - s, condw)) {
						*absolute = 1;
						return 1;
					}
				}
			}
			s = e + 1;
		}
	}
	return any;
}

/* A value that says no authorisation: empty, or its first word one of
 * absentw, or "none", "verbal" or "pending" anywhere in its first bytes
 * ("director (verbal)", "none - see foreman"). */
static int absent(const char *v, size_t n)
{
	size_t i = 0, first = 1;
	while (n && (*v == ' ' || *v == '"'))
		v++, n--;
	if (!n || *v == '"' || *v == ',' || *v == '}')
		return 1;
	if (n > 48)
		n = 48;
	while (i < n && v[i] != '"') {
		size_t s = i, l;
		char w[16];
		while (i < n && v[i] != '"' &&
		       (isalpha((unsigned char)v[i]) || v[i] == '/' || v[i] == '-'))
			i++;
		l = i - s;
		if (l && l < sizeof w) {
			size_t k;
			for (k = 0; k < l; k++)
				w[k] = (char)tolower((unsigned char)v[s + k]);
			w[l] = '\0';
			if ((first && in(w, absentw)) || !strcmp(w, "none") ||
			    !strcmp(w, "verbal") || !strcmp(w, "pending"))
				return 1;
		}
		if (l)
			first = 0;
		if (i == s)
			i++;
	}
	return 0;
}

/* The act, or a record after the last user message, holds an
 * authorisation field that is absent. */
static int auth_absent(const pol_conv *c, const rl_action *a)
{
	size_t f, m;
	long last = -1;
	for (f = 0; f < a->nfields && f < 32; f++) {
		const rl_field *fd = &a->fields[f];
		if (fd->name && auth_key(fd->name, strlen(fd->name)) &&
		    (!fd->value || absent(fd->value, fd->len < SR_VAL ? fd->len : SR_VAL)))
			return 1;
	}
	for (m = 0; m < c->n; m++)
		if (c->m[m].role == RL_ROLE_USER)
			last = (long)m;
	for (m = last < 0 ? 0 : (size_t)last + 1; m < c->n; m++) {
		const char *h = c->low[m];
		size_t n = c->m[m].len < SR_TOOL ? c->m[m].len : SR_TOOL, i = 0, ks, ke, v;
		if (c->m[m].role != RL_ROLE_TOOL || !h)
			continue;
		while (pol_json_next_key(h, n, &i, 40, &ks, &ke, &v))
			if (auth_key(h + ks, ke - ks) &&
			    ((v + 4 <= n && !memcmp(h + v, "null", 4)) ||
			     (h[v] == '"' && absent(h + v + 1, n - v - 1))))
				return 1;
	}
	return 0;
}

int pol_sg_rule_guarded(const pol_conv *c, const rl_action *a)
{
	sr_atoms x;
	int abs;
	if (!c || !c->n || !c->low)
		return 0;
	act_atoms(a, &x);
	if (!x.off || !x.n || !guarded(c, &x, &abs))
		return 0;
	return abs || auth_absent(c, a);
}

/* ---- the role a conditional clause names, in the asking message ------- */

/* words that end a role phrase ("cleared only by the duty manager after a
 * check", "only the radiation officer may dismiss") */
static const char *const role_end[] = {"after",  "with", "when",   "once",      "on",   "following",
				       "before", "in",   "at",     "if",        "may",  "can",
				       "must",   "who",  "and",    "or",        "once", "per",
				       "for",    "from", "during", "following", NULL};

/* The last one or two words of the role phrase h[s..e) into r; 0 when
 * none fits (a single word shorter than five letters). */
static size_t role_words(const char *h, size_t s, size_t e, char *r, size_t cap)
{
	size_t i = s, w[4][2], nw = 0, a, l;
	while (i < e && nw < 4) {
		size_t st;
		char t[16];
		while (i < e && !isalpha((unsigned char)h[i]))
			i++;
		st = i;
		while (i < e && isalpha((unsigned char)h[i]))
			i++;
		if (i == st)
			break;
		l = i - st < sizeof t - 1 ? i - st : sizeof t - 1;
		memcpy(t, h + st, l);
		t[l] = '\0';
		if (in(t, role_end))
			break;
		if (!strcmp(t, "the") || !strcmp(t, "a") || !strcmp(t, "an"))
			continue;
		w[nw][0] = st;
		w[nw][1] = i;
		nw++;
		if (i < e && h[i] == '(') /* an acronym after the name ends it */
			break;
	}
	if (!nw)
		return 0;
	a = nw >= 2 ? w[nw - 2][0] : w[0][0];
	l = w[nw - 1][1] - a;
	if ((nw == 1 && l < 5) || l >= cap)
		return 0;
	memcpy(r, h + a, l);
	r[l] = '\0';
	return l;
}

/* negations just before a role ("I'm the events lead, not the duty
 * manager") */
static const char *const role_neg[] = {"not ", "n't ",  "no ",   "nicht ", "kein", "pas ",   "non ",
				       "nie ", "niet ", "inte ", "не ",    "不是", "ではな", NULL};

/* self-references just before a role ("I'm the geotech", "this is the
 * duty manager", "je suis ...") */
static const char *const role_self[] = {"i'm ",     "i am ", "this is ", "as the ", "je suis ",
					"ich bin ", "soy ",  "sono ",    "sou ",    "ik ben ",
					"jag är ",  "я ",    NULL};

/* Is the role at u[at..at+l) the speaker's own: a self-reference in the 12
 * bytes before it, or, in the same sentence within 32 bytes after it (a
 * name may come between), a colon not inside a time or " here" ("Plant
 * engineer Ada Ng: ...", "Ng, plant engineer: ...", "Plant engineer
 * here")? A role the speaker only mentions ("I'll get the geotech to look
 * tomorrow") is not. */
static int self_named(const char *u, size_t n, size_t at, size_t l)
{
	size_t b = at > 12 ? at - 12 : 0, i, k, e = at + l + 32 < n ? at + l + 32 : n;
	for (k = 0; role_self[k]; k++)
		if (memmem(u + b, at - b, role_self[k], strlen(role_self[k])))
			return 1;
	for (i = at + l; i < e; i++) {
		if (u[i] == '.' || u[i] == '!' || u[i] == '?' || u[i] == '\n')
			return 0;
		if (u[i] == ':' && !(i + 1 < n && isdigit((unsigned char)u[i + 1])))
			return 1;
		if (i + 5 <= n && !memcmp(u + i, " here", 5))
			return 1;
	}
	return 0;
}

/* Does u[0..n) name role r as the speaker's own, with no negation in the
 * 14 bytes before it? */
static int claims(const char *u, size_t n, const char *r)
{
	size_t l = strlen(r);
	const char *p = u;
	while ((p = memmem(p, n - (size_t)(p - u), r, l))) {
		size_t at = (size_t)(p - u), b = at > 14 ? at - 14 : 0, k;
		int neg = 0;
		for (k = 0; role_neg[k] && !neg; k++)
			neg = memmem(u + b, at - b, role_neg[k], strlen(role_neg[k])) != NULL;
		if (!neg && self_named(u, n, at, l))
			return 1;
		p += l;
	}
	return 0;
}

int pol_sg_rule_role_met(const pol_conv *c, const rl_action *a)
{
	sr_atoms x;
	size_t m;
	long last = -1;
	const char *uh;
	size_t un;
	if (!c || !c->n || !c->low)
		return 0;
	for (m = 0; m < c->n; m++)
		if (c->m[m].role == RL_ROLE_USER && c->low[m])
			last = (long)m;
	if (last < 0)
		return 0;
	uh = c->low[last];
	un = c->m[last].len < 120 ? c->m[last].len : 120; /* the speaker opens it */
	act_atoms(a, &x);
	for (m = 0; m < c->n; m++) {
		const char *h = c->low[m];
		size_t n = c->m[m].len < SR_SYS ? c->m[m].len : SR_SYS, s = 0;
		if (c->m[m].role != RL_ROLE_SYSTEM || !h || !n)
			continue;
		while (s < n) {
			size_t e = sentence_end(h, n, s), k;
			const char *p;
			if (e <= s + 6 || !memmem(h + s, e - s, "only", 4)) {
				s = e + 1;
				continue;
			}
			for (k = 0; k < x.n && !names(h + s, e - s, x.w[k]); k++)
				;
			for (p = h + s; k < x.n && p < h + e;) {
				const char *q = memmem(p, (size_t)(h + e - p), " by ", 4);
				const char *o = memmem(p, (size_t)(h + e - p), "only the ", 9);
				size_t at, rs, re;
				if (!q && !o)
					break;
				at = q && (!o || q < o) ? (size_t)(q - h) + 4 : (size_t)(o - h) + 9;
				/* each alternative: "the site warden or plant engineer" */
				for (rs = at; rs < e;) {
					char r[48];
					const char * or = memmem(h + rs, e - rs, " or ", 4);
					re = or ? (size_t)(or -h) : e;
					if (role_words(h, rs, re, r, sizeof r) && claims(uh, un, r))
						return 1;
					if (! or)
						break;
					rs = re + 4;
				}
				p = h + at;
			}
			s = e + 1;
		}
	}
	return 0;
}
