/* alertact.c: `alert_cancel:`, an act that stands an emergency or safety
 * alert down, whatever the tool is called. An action holds when:
 *
 *  - it stands something down, read from its own structure: a tool name
 *    that cancels, closes, dismisses, acknowledges, mutes, silences,
 *    suppresses, inhibits, resolves, recalls or defers; a state value that
 *    does (cancelled, false_alarm, closed, resolved, acknowledged, muted,
 *    recalled, redirected, deferred, and the same in a dozen languages:
 *    erledigt, fausse_alerte, iptal, 취소, 解除 ...; s17: an operator's
 *    cleared, reset, shelved (ISA-18.2), disarmed, withdrawn or lifted,
 *    and the command's infinitive: cerrar, schliessen, chiudere, hủy); a
 *    flag such as dispatch or active set false; a delay, mute or
 *    suppression of more than zero minutes; a tag or setting that
 *    inhibits or bypasses; a
 *    level or priority lowered to low/normal/주의/niedrig ...; or a message
 *    whose text tells someone to stand down (no need to attend, return to
 *    base, nicht erforderlich, no es necesario ...);
 *  - one of its identifiers (an incident, alarm, event, bed, unit or tag id
 *    with a digit) names a record in tool output (s17: or names the call
 *    whose result the record is, when the result does not repeat the id,
 *    and the kind is then also what the user asked about just before that
 *    call: "any gas escapes near ...?") that describes an emergency or
 *    safety alert (fire, smoke, gas, carbon monoxide, a fall,
 *    a panic or SOS button, cardiac or oxygen alarms, evacuation, tsunami,
 *    intrusion or ransomware, a unit en route; critical/urgent levels);
 *  - that record does not say the matter was settled by the person
 *    concerned or by responders (on scene, arrived, the person verified, a
 *    duplicate, a drill or maintenance permit, the warning lifted by its
 *    issuer).
 * Whether the user who asked is the person concerned or a responder is
 * read by the rule's unless_user (policies/default.yaml).
 *
 * Cheap first: the action alone decides whether it stands anything down;
 * only then are tool messages read, each scan linear (memmem of at most
 * AC_MAX_IDS short identifiers, windows of fixed size). */
#include "policy/jsonkey.h"
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define AC_MAX_IDS 16
#define AC_BEFORE 320
#define AC_AFTER 420
#define AC_CALL_BACK 8    /* messages read back from a tool result to its calls */
#define AC_CALL_TEXT 8192 /* bytes of each */

static int has_any(const char *h, size_t n, const char *const *w)
{
	for (; *w; w++)
		if (memmem(h, n, *w, strlen(*w)))
			return 1;
	return 0;
}

/* Lowercased copies of 256-byte pieces overlapping by 48 (longer than
 * any word looked for): linear in n. */
/* Does one of w occur in h[0..n) at a word's start (an ASCII letter does
 * not precede it), and, for a word of four bytes or fewer, end there? */
static int has_word_start(const char *h, size_t n, const char *const *w)
{
	for (; *w; w++) {
		size_t l = strlen(*w);
		const char *p = h;
		while ((p = memmem(p, n - (size_t)(p - h), *w, l))) {
			size_t o = (size_t)(p - h);
			if ((!o || !isalpha((unsigned char)h[o - 1])) &&
			    (l > 4 || o + l >= n || !isalpha((unsigned char)h[o + l])))
				return 1;
			p += l;
		}
	}
	return 0;
}

static int lower_has(const char *v, size_t n, const char *const *w)
{
	char b[256];
	size_t at = 0, i, l;
	for (;;) {
		l = n - at < sizeof b ? n - at : sizeof b;
		for (i = 0; i < l; i++)
			b[i] = (char)tolower((unsigned char)v[at + i]);
		if (has_any(b, l, w))
			return 1;
		if (at + l >= n)
			return 0;
		at += sizeof b - 48;
	}
}

static int lower_starts(const char *v, size_t n, const char *const *w)
{
	size_t k, i;
	for (k = 0; w[k]; k++) {
		size_t l = strlen(w[k]);
		if (l > n)
			continue;
		for (i = 0;
		     i < l && (unsigned char)tolower((unsigned char)v[i]) == (unsigned char)w[k][i];
		     i++)
			;
		if (i == l)
			return 1;
	}
	return 0;
}

static const char *const name_verbs[] = {
	"cancel",   "close",     "dismiss",  "acknowledg", "ack_",      "_ack",       "mute",
	"silenc",   "suppress",  "inhibit",  "resolve",    "standdown", "stand_down", "recall",
	"snooze",   "defer",     "postpone", "downgrade",  "annul",     "abort",      "clear",
	"withdraw", "retract",   "hush",     "reset",      "deactivat", "disarm",     "disable",
	"unassign", "terminate", "shelv",    NULL};
/* a name that opens with one of these reads, whatever follows */
static const char *const read_open[] = {"get",      "list", "read",    "search", "view",
					"fetch",    "show", "check",   "query",  "lookup",
					"describe", "find", "monitor", NULL};
static const char *const state_words[] = {
	"cancel",
	"false_",
	"false ",
	"falsealarm",
	"false-alarm",
	"falso",
	"falsa",
	"fausse",
	"fehlalarm",
	"closed",
	"close",
	"resolved",
	"resolve",
	"erledigt",
	"acknowledg",
	"ack",
	"muted",
	"mute",
	"silenc",
	"suppress",
	"inhibit",
	"stood",
	"stand_down",
	"stand down",
	"standdown",
	"recall",
	"redirect",
	"reroute",
	"deferred",
	"defer",
	"postpone",
	"zurueckgestellt",
	"zur\xc3\xbc"
	"ckgestellt",
	"aufgeschoben",
	"annul",
	"anula",
	"cerrad",
	"ferm",
	"chius",
	"encerr",
	"iptal",
	"kapat",
	"afgesloten",
	"geannuleerd",
	"zamkni",
	"anulowan",
	"st\xc3\xa4ngd",
	"avbrut",
	"dismiss",
	"void",
	"cerrar",
	"chiud",
	"fechar",
	"sluit",
	"schlie",
	"st\xc3\xa4ng",
	"zamkn",
	"h\xe1\xbb\xa7y",
	"\xc4\x91\xc3\xb3ng",
	"clear",
	"reset",
	"shelv",
	"disarm",
	"disabl",
	"deactivat",
	"withdr",
	"lift",
	"retir",
	"ritir",
	"levant",
	"aufheb",
	"opheff",
	"\xec\xb7\xa8\xec\x86\x8c",                                     /* 취소 */
	"\xed\x95\xb4\xec\xa0\x9c",                                     /* 해제 */
	"\xec\xa2\x85\xeb\xa3\x8c",                                     /* 종료 */
	"\xe5\x8f\x96\xe6\xb6\x88",                                     /* 取消 */
	"\xe5\x85\xb3\xe9\x97\xad",                                     /* 关闭 */
	"\xe9\x9d\x99\xe9\x9f\xb3",                                     /* 静音 */
	"\xe8\xa7\xa3\xe9\x99\xa4",                                     /* 解除 */
	"\xe7\xb5\x82\xe4\xba\x86",                                     /* 終了 */
	"\xe3\x82\xad\xe3\x83\xa3\xe3\x83\xb3\xe3\x82\xbb\xe3\x83\xab", /* キャンセル */
	NULL};
static const char *const low_words[] = {"low",
					"niedrig",
					"normal",
					"info",
					"minor",
					"bajo",
					"baja",
					"bass",
					"baixa",
					"laag",
					"nisk",
					"l\xc3\xa5g",
					"d\xc3\xbc\xc5\x9f\xc3\xbc"
					"k",
					"\xec\xa3\xbc\xec\x9d\x98", /* 주의 */
					"\xea\xb4\x80\xec\x8b\xac", /* 관심 */
					"\xe4\xbd\x8e",             /* 低 */
					"p4",
					"p5",
					NULL};
static const char *const delay_keys[] = {
	"delay", "verzoeger", "verz\xc3\xb6ger", "retard", "retraso",  "atraso", "ritardo",
	"mute",  "snooze",    "suppress",        "defer",  "postpone", "silenc", "vertraag",
	NULL};
static const char *const flag_keys[] = {"dispatch", "active", "enabled", "alarm",
					"alert",    "armed",  "notify",  NULL};
static const char *const level_keys[] = {"level",  "prior",       "sever", "niveau",
					 "nivel",  "livello",     "stufe", "seviye",
					 "poziom", "niv\xc3\xa5", NULL};
static const char *const text_keys[] = {"text",      "body",        "message",   "comment", "note",
					"reason",    "description", "texte",     "texto",   "testo",
					"nachricht", "commentaire", "bemerkung", NULL};
static const char *const stand_down_text[] = {
	"stand down",
	"stand-down",
	"no need to",
	"return to base",
	"not required",
	"not needed",
	"nicht erforderlich",
	"nicht n\xc3\xb6tig",
	"no es necesario",
	"no hace falta",
	"regresen a base",
	"vuelvan a base",
	"volver a base",
	"pas n\xc3\xa9"
	"cessaire",
	"inutile de",
	"retour base",
	"n\xc3\xa3o \xc3\xa9 necess",
	"voltem para a base",
	"non \xc3\xa8 necessari",
	"non serve",
	"rientrate",
	"niet nodig",
	"beh\xc3\xb6vs inte",
	"gerek yok",
	"\xe5\xbf\x85\xe8\xa6\x81\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93",
	"\xed\x95\x84\xec\x9a\x94 \xec\x97\x86",
	"\xe4\xb8\x8d\xe9\x9c\x80\xe8\xa6\x81",
	"\xe6\x97\xa0\xe9\x9c\x80",
	NULL};

/* Is this field free text (a message, a note) rather than a setting? */
static int text_field(const char *f)
{
	return f && has_any(f, strlen(f), text_keys);
}

static int number_over_zero(const char *v, size_t n)
{
	size_t i = 0;
	if (!n || n > 12)
		return 0;
	while (i < n && (v[i] == '"' || v[i] == ' '))
		i++;
	if (i >= n || !isdigit((unsigned char)v[i]))
		return 0;
	return strtol(v + i, NULL, 10) > 0;
}

/* One setting: key k[0..kn) (lowercased) with value v[0..n). */
static int pair_stands_down(const char *k, size_t kn, const char *v, size_t n)
{
	if (!n || n > 48)
		return 0;
	if (lower_starts(v, n, state_words))
		return 1;
	if (lower_has(v, n, (const char *const[]){"inhibit", "bypass", NULL}))
		return 1;
	if (has_any(k, kn, delay_keys) && number_over_zero(v, n))
		return 1;
	if (has_any(k, kn, flag_keys) && n == 5 && !memcmp(v, "false", 5))
		return 1;
	return has_any(k, kn, level_keys) && lower_starts(v, n, low_words);
}

/* The "key": value pairs of a JSON object written as a field's text (a
 * REST body): any that stands down? Linear: one pass over the text. */
static int json_stands_down(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		const char *q = memchr(s + i, '"', n - i);
		size_t ks, ke, v, ve;
		if (!q)
			return 0;
		ks = (size_t)(q - s) + 1;
		for (ke = ks; ke < n && s[ke] != '"' && ke - ks < 40; ke++)
			;
		if (ke >= n || s[ke] != '"') {
			i = ke;
			continue;
		}
		for (v = ke + 1; v < n && s[v] == ' '; v++)
			;
		i = ke + 1;
		if (v >= n || s[v] != ':')
			continue;
		for (v++; v < n && s[v] == ' '; v++)
			;
		if (v < n && s[v] == '"')
			v++;
		for (ve = v; ve < n && s[ve] != '"' && s[ve] != ',' && s[ve] != '}' && ve - v < 49;
		     ve++)
			;
		{
			char kb[41];
			size_t j;
			for (j = 0; j < ke - ks; j++)
				kb[j] = (char)tolower((unsigned char)s[ks + j]);
			kb[j] = 0;
			if (text_field(kb) ? lower_has(s + v, ve - v, stand_down_text)
					   : pair_stands_down(kb, j, s + v, ve - v))
				return 1;
		}
		i = ve > i ? ve : i;
	}
	return 0;
}

/* Does action a stand something down, read from itself alone? */
static int stands_down(const rl_action *a)
{
	size_t f;
	if (a->tool && has_any(a->tool, strlen(a->tool), name_verbs) &&
	    !lower_starts(a->tool, strlen(a->tool), read_open))
		return 1;
	for (f = 0; f < a->nfields; f++) {
		const rl_field *fl = &a->fields[f];
		const char *k = fl->name ? fl->name : "";
		if (fl->len && (fl->value[0] == '{' || fl->value[0] == '[')) {
			if (json_stands_down(fl->value, fl->len))
				return 1;
		} else if (text_field(k)) {
			if (fl->len && lower_has(fl->value, fl->len, stand_down_text))
				return 1;
		} else if (pair_stands_down(k, strlen(k), fl->value, fl->len))
			return 1;
	}
	return 0;
}

static const char *const emergency[] = {
	/* ASCII cues match at a word's start (four letters or fewer: the
	 * whole word): "fire" is not "fired", "sos" not "sosyal" */
	"fire",
	"smoke",
	"heat detector",
	"gas leak",
	"gas alarm",
	"gas detect",
	"gas sensor",
	"gasleck",
	"gaswarn",
	"fuga de gas",
	"fuite de gaz",
	"fuga de g\xc3\xa1s",
	"fuga di gas",
	"carbon monoxide",
	"monoxid",
	"h2s",
	"fall detect",
	"fall alert",
	"fall alarm",
	"fall pendant",
	"fallen",
	"sturz",
	"chute",
	"ca\xc3\xad"
	"da",
	"queda",
	"caduta",
	"upadek",
	"d\xc3\xbc\xc5\x9f"
	"me",
	"verticalit",
	"panic",
	"p\xc3\xa1nico",
	"p\xc3\xa2nico",
	"panique",
	"panik",
	"sos",
	"man down",
	"notruf",
	"ambulan",
	"rtw",
	"cardiac",
	"parada card",
	"arr\xc3\xaat card",
	"herzstillstand",
	"herzinfarkt",
	"spo2",
	"oxygen",
	"respirat",
	"stroke",
	"seizure",
	"unconscious",
	"bewusstlos",
	"inconscient",
	"incendi",
	"feuer",
	"fuoco",
	"humo",
	"fum\xc3\xa9"
	"e",
	"rauch",
	"fumo",
	"tsunami",
	"evacu",
	"tahliye",
	"deprem",
	"earthquake",
	"flood",
	"ransomware",
	"malware",
	"intrusion",
	"intrus",
	"breach",
	"einbruch",
	"effraction",
	"invas\xc3\xa3o",
	"emergenc",
	"urgence",
	"emergenz",
	"emerg\xc3\xaa",
	"noodgeval",
	"n\xc3\xb6"
	"dl\xc3\xa4"
	"ge",
	"acil",
	NULL};
/* the same in scripts without case or word spaces: anywhere */
static const char *const emergency_cjk[] = {
	"\xe8\xbb\xa2\xe5\x80\x92",                                     /* 転倒 */
	"\xe8\xb7\x8c\xe5\x80\x92",                                     /* 跌倒 */
	"\xeb\x82\x99\xec\x83\x81",                                     /* 낙상 */
	"\xea\xb0\x80\xec\x8a\xa4 \xeb\x88\x84\xec\xb6\x9c",            /* 가스 누출 */
	"\xea\xb0\x80\xec\x8a\xa4\xeb\x88\x84\xec\xb6\x9c",             /* 가스누출 */
	"\xec\x9d\xbc\xec\x82\xb0\xed\x99\x94\xed\x83\x84\xec\x86\x8c", /* 일산화탄소 */
	"\xe3\x82\xac\xe3\x82\xb9\xe6\xbc\x8f",                         /* ガス漏 */
	"\xe7\x87\x83\xe6\xb0\x94\xe6\xb3\x84",                         /* 燃气泄 */
	"\xe7\x81\xab\xe7\x81\xbd",                                     /* 火灾 / 火災 */
	"\xe7\x81\xab\xe4\xba\x8b",                                     /* 火事 */
	"\xed\x99\x94\xec\x9e\xac",                                     /* 화재 */
	"\xe5\xae\xa4\xe9\xa2\xa4",                                     /* 室颤 */
	"\xe5\xbf\x83\xe5\x81\x9c",                                     /* 心停 */
	"\xec\x8b\xac\xec\xa0\x95\xec\xa7\x80",                         /* 심정지 */
	"\xe7\xb7\x8a\xe6\x80\xa5\xe9\x80\x9a\xe5\xa0\xb1",             /* 緊急通報 */
	"\xe7\xb4\xa7\xe6\x80\xa5\xe5\x91\xbc\xe5\x8f\xab",             /* 紧急呼叫 */
	"\xea\xb8\xb4\xea\xb8\x89",                                     /* 긴급 */
	"\xec\x9d\x91\xea\xb8\x89",                                     /* 응급 */
	"\xe5\x8d\xb1\xe6\x80\xa5",                                     /* 危急 */
	"\xe9\x81\xbf\xe9\x9b\xa3",                                     /* 避難 */
	"\xe7\x96\x8f\xe6\x95\xa3",                                     /* 疏散 */
	"\xeb\x8c\x80\xed\x94\xbc",                                     /* 대피 */
	"\xe5\x87\xba\xe5\x8b\x95",                                     /* 出動 */
	"\xec\xb6\x9c\xeb\x8f\x99",                                     /* 출동 */
	NULL};

/* Did the user ask about an emergency of a kind when the agent made the
 * calls tool message t answers ("any open gas escapes near ...?")? The
 * record the calls fetched is of that kind even when it does not repeat
 * it ({"status": "engineer en route"}). The user's message just before
 * those calls, its first AC_CALL_TEXT bytes. */
static int kind_in(const char *h, size_t n)
{
	pol_pairs g;
	n = n < AC_CALL_TEXT ? n : AC_CALL_TEXT;
	pol_pairs_build(&g, h, n);
	return has_word_start(h, n, emergency) || pol_pairs_any(&g, h, n, emergency_cjk) ||
	       pol_alert_kind_text(&g, h, n);
}

static int asked_kind(const pol_conv *c, size_t t)
{
	size_t j = t, seen = 0, n;
	pol_pairs g;
	/* s18: the calls' own arguments name the kind they fetch
	 * ({"type": "entrapment"}) */
	while (j > 0 && c->m[j - 1].role == RL_ROLE_TOOL && seen++ < AC_CALL_BACK)
		j--;
	while (j > 0 && c->m[j - 1].role == RL_ROLE_ASSISTANT && seen++ < AC_CALL_BACK)
		if (c->low[--j] && c->m[j].len && kind_in(c->low[j], c->m[j].len))
			return 1;
	while (j > 0 && c->m[j - 1].role != RL_ROLE_USER && seen++ < AC_CALL_BACK)
		j--;
	if (!j || c->m[j - 1].role != RL_ROLE_USER || !c->low[j - 1] || !c->m[j - 1].len)
		return 0;
	n = c->m[j - 1].len < AC_CALL_TEXT ? c->m[j - 1].len : AC_CALL_TEXT;
	pol_pairs_build(&g, c->low[j - 1], n);
	return has_word_start(c->low[j - 1], n, emergency) ||
	       pol_pairs_any(&g, c->low[j - 1], n, emergency_cjk) ||
	       pol_alert_kind_text(&g, c->low[j - 1], n);
}

/* A field that names one record by a short number (bed 7, zone 3). */
static int short_id_field(const char *f)
{
	return f && has_any(f, strlen(f),
			    (const char *const[]){"id", "bed", "room", "unit", "zone", "tag",
						  "bett", "lit", "cama", "letto", "bed_no", NULL});
}

/* Identifiers with a digit among the action's setting values (and in its
 * text fields, where a unit or incident is named): lowercased copies. */
static size_t ids_of(const rl_action *a, char ids[][41], size_t *lens)
{
	size_t f, k = 0;
	for (f = 0; f < a->nfields && k < AC_MAX_IDS; f++) {
		const char *v = a->fields[f].value;
		size_t n = a->fields[f].len, i = 0;
		while (i < n && k < AC_MAX_IDS) {
			size_t s, d = 0;
			while (i < n && !isalnum((unsigned char)v[i]))
				i++;
			for (s = i;
			     i < n && (isalnum((unsigned char)v[i]) || v[i] == '-' || v[i] == '_');
			     i++)
				d += isdigit((unsigned char)v[i]) != 0;
			if (d && (i - s >= 2 || short_id_field(a->fields[f].name)) && i - s <= 40 &&
			    !(tolower((unsigned char)v[s]) == 'v' && d == i - s - 1)) {
				size_t j;
				for (j = 0; j < i - s; j++)
					ids[k][j] = (char)tolower((unsigned char)v[s + j]);
				lens[k++] = i - s;
				/* s18: a code of letters, one dash and a number
				 * (a code built on a record's number): the number
				 * names the record too, when four digits or more */
				for (j = s; j < i && isalpha((unsigned char)v[j]); j++)
					;
				if (j > s && j < i && (v[j] == '-' || v[j] == '_') &&
				    i - j - 1 >= 4 && i - j - 1 == d && k < AC_MAX_IDS) {
					memcpy(ids[k], v + j + 1, i - j - 1);
					lens[k++] = i - j - 1;
				}
			}
			if (i == s)
				i++;
		}
	}
	return k;
}

static int alnum_at(const char *h, size_t n, size_t i)
{
	return i < n && isalnum((unsigned char)h[i]);
}

/* A level the action sets as a number (level: 1), or -1. */
static long action_level(const rl_action *a)
{
	size_t f;
	for (f = 0; f < a->nfields; f++) {
		const char *k = a->fields[f].name ? a->fields[f].name : "";
		const char *v = a->fields[f].value;
		size_t n = a->fields[f].len;
		if (n && n < 4 && isdigit((unsigned char)v[0]) &&
		    has_any(k, strlen(k), level_keys) && !strstr(k, "prior"))
			return strtol(v, NULL, 10);
	}
	return -1;
}

/* The highest level a record states as a number ("stufe": 3), or -1. */
static long record_level(const char *h, size_t n)
{
	long best = -1;
	size_t i = 0, ks, ke, v;
	while (pol_json_next_key(h, n, &i, 40, &ks, &ke, &v)) {
		if (v < n && isdigit((unsigned char)h[v]) &&
		    memmem(h + ks, ke - ks, "prior", 5) == NULL &&
		    has_any(h + ks, ke - ks, level_keys)) {
			long x = strtol(h + v, NULL, 10);
			if (x > best && x < 100)
				best = x;
		}
	}
	return best;
}

/* The records action a names by its identifiers in the tool messages of
 * c, each read by `fn` (its text lowercased, \uXXXX decoded, within its
 * braces): 1 when fn said so for one; -1 on ENOMEM. fn returns 1 (stop:
 * yes), -2 (stop: no) or 0 (go on). */
typedef int (*record_fn)(const char *rec, size_t n, int asked_kind, void *arg);
static int asked_kind(const pol_conv *c, size_t t);

/* Does a call that tool message t answers name id[0..l) (lowercased)?
 * A tool result often repeats nothing of what it was asked for ({"state":
 * "active"}): the record is the one the call looked up. The calls are the
 * assistant messages just before the run of tool messages t is in (a
 * wire that gives each call its own message, or one with all of them);
 * the id whole, not inside a longer token. */
static int call_names(const pol_conv *c, size_t t, const char *id, size_t l)
{
	size_t j = t, seen = 0;
	while (j > 0 && c->m[j - 1].role == RL_ROLE_TOOL && seen++ < AC_CALL_BACK)
		j--;
	while (j > 0 && c->m[j - 1].role == RL_ROLE_ASSISTANT && seen++ < AC_CALL_BACK) {
		const char *h = c->low[--j], *p;
		size_t n = c->m[j].len < AC_CALL_TEXT ? c->m[j].len : AC_CALL_TEXT;
		for (p = h; h && (p = memmem(p, n - (size_t)(p - h), id, l)); p += l) {
			size_t o = (size_t)(p - h);
			if (!(o && (alnum_at(h, n, o - 1) || h[o - 1] == '-' || h[o - 1] == '_')) &&
			    !alnum_at(h, n, o + l) &&
			    !(o + l < n && (h[o + l] == '-' || h[o + l] == '_')))
				return 1;
		}
	}
	return 0;
}

/* s19: does a call that tool message t answers name the act's object by
 * a setting of its own, when the act names it by no identifier with a
 * digit ({"action": "read", "loop": "b"} before {"action": "silence",
 * "loop": "b"})? A field of the act that is not its verb (the setting
 * that stands down) nor free text, its name of three bytes or more and
 * its value of at most 40, found as name and value together in the
 * calls' compacted text (letters and digits only, lowercased). */
int pol_alert_call_same_object(const pol_conv *c, size_t t, const rl_action *a)
{
	size_t j = t, seen = 0, f;
	while (j > 0 && c->m[j - 1].role == RL_ROLE_TOOL && seen++ < AC_CALL_BACK)
		j--;
	while (j > 0 && c->m[j - 1].role == RL_ROLE_ASSISTANT && seen++ < AC_CALL_BACK) {
		const char *h = c->cmp[--j];
		size_t n = c->cmpn[j] < AC_CALL_TEXT ? c->cmpn[j] : AC_CALL_TEXT;
		for (f = 0; h && n && f < a->nfields; f++) {
			const rl_field *fl = &a->fields[f];
			const char *k = fl->name ? fl->name : "";
			char b[96];
			size_t kl = strlen(k), m = 0, i;
			if (kl < 3 || kl > 40 || !fl->len || fl->len > 40 || text_field(k) ||
			    pair_stands_down(k, kl, fl->value, fl->len))
				continue;
			for (i = 0; i < kl; i++)
				if (isalnum((unsigned char)k[i]))
					b[m++] = (char)tolower((unsigned char)k[i]);
			for (i = 0; i < fl->len; i++)
				if (isalnum((unsigned char)fl->value[i]))
					b[m++] = (char)tolower((unsigned char)fl->value[i]);
			if (m > kl && memmem(h, n, b, m))
				return 1;
		}
	}
	return 0;
}

static int each_record(const pol_conv *c, rl_arena *ar, const rl_action *a, record_fn fn, void *arg)
{
	char ids[AC_MAX_IDS][41];
	size_t lens[AC_MAX_IDS], nid, i, k;
	if (!(nid = ids_of(a, ids, lens))) {
		/* s19: the result of a call on the same object */
		for (i = 0; i < c->n; i++) {
			const char *h;
			size_t n;
			int rc;
			if (c->m[i].role != RL_ROLE_TOOL || !c->m[i].text || !c->m[i].len ||
			    !c->cmp || !pol_alert_call_same_object(c, i, a))
				continue;
			if (!(h = pol_unescape_u(ar, c->low[i], c->m[i].len, &n)))
				return -1;
			rc = fn(h, n < AC_BEFORE + AC_AFTER ? n : AC_BEFORE + AC_AFTER,
				asked_kind(c, i), arg);
			if (rc)
				return rc == -2 ? 0 : rc;
		}
		return 0;
	}
	for (i = 0; i < c->n; i++) {
		const char *h;
		size_t n;
		if (c->m[i].role != RL_ROLE_TOOL || !c->m[i].text || !c->m[i].len)
			continue;
		if (!(h = pol_unescape_u(ar, c->low[i], c->m[i].len, &n)))
			return -1;
		for (k = 0; k < nid; k++) {
			const char *p = h;
			while ((p = memmem(p, n - (size_t)(p - h), ids[k], lens[k]))) {
				size_t o = (size_t)(p - h), lo, hi;
				int rc;
				p += lens[k];
				if ((o && alnum_at(h, n, o - 1)) || alnum_at(h, n, o + lens[k]))
					continue;
				/* the record holding it: its braces, within bounds */
				lo = o > AC_BEFORE ? o - AC_BEFORE : 0;
				hi = o + AC_AFTER < n ? o + AC_AFTER : n;
				{
					const char *b = memrchr(h + lo, '{', o - lo),
						   *e = memchr(h + o, '}', hi - o);
					if (b)
						lo = (size_t)(b - h);
					if (e)
						hi = (size_t)(e - h);
				}
				/* s18: the kind the user or the call asked
				 * about counts for a record naming the id too */
				rc = fn(h + lo, hi - lo, asked_kind(c, i), arg);
				if (rc)
					return rc == -2 ? 0 : rc;
				break;
			}
		}
		/* the result of a call that named the record: the id in the
		 * calls just before this run of tool messages */
		for (k = 0; k < nid; k++) {
			int rc;
			if (!call_names(c, i, ids[k], lens[k]))
				continue;
			rc = fn(h, n < AC_BEFORE + AC_AFTER ? n : AC_BEFORE + AC_AFTER,
				asked_kind(c, i), arg);
			if (rc)
				return rc == -2 ? 0 : rc;
			break;
		}
	}
	return 0;
}

typedef struct {
	int down;   /* the act stands down by itself */
	long level; /* else the level it sets, or -1 */
	int hit;
	int settled; /* a record said settled, or the person concerned spoke */
	const pol_conv *c;
	const rl_action *a;
} cancel_arg;

/* Does the user's last message speak as (or put on the line) the person a
 * record is about? A name or a unit written just after a self-introduction
 * ("this is Maria in 14C", "ich bin", "soy", "c'est") or beside "herself"
 * ("Frau Brandl ist selbst am Sprechgerät"), capitalised or with a digit,
 * found whole in the record. Who the user is matters only when it is the
 * person concerned: a dispatcher's or a manager's name is in no record,
 * and "it's Okafor's phone" speaks about her (a possessive is no
 * introduction). Bounded: 64 candidate words of the message. */
/* Does word w[0..wl) (lowercased) occur in a value of action a (its own
 * identifier is no introduction of anyone)? */
static int in_action(const rl_action *a, const char *w, size_t wl)
{
	size_t f, i, budget = 8192; /* bytes over all fields: bounded per word */
	for (f = 0; f < a->nfields && budget; f++) {
		const char *v = a->fields[f].value;
		size_t n = a->fields[f].len;
		for (i = 0; i + wl <= n && budget; i++, budget--)
			if (!strncasecmp(v + i, w, wl))
				return 1;
	}
	return 0;
}

static int user_is_subject(const pol_conv *c, const rl_action *a, const char *rec, size_t rn)
{
	static const char *const intro[] = {"this is ",
					    "it's ",
					    "it is ",
					    "i am ",
					    "i'm ",
					    "here is ",
					    "ich bin ",
					    "hier ist ",
					    "hier spricht ",
					    "c'est ",
					    "je suis ",
					    "ici ",
					    "soy ",
					    "habla ",
					    "sono ",
					    "qui ",
					    "sou ",
					    "aqui \xc3\xa9 ",
					    "ik ben ",
					    "hier is ",
					    "det \xc3\xa4r ",
					    "jag \xc3\xa4r ",
					    "jestem ",
					    "m\xc3\xb3wi ",
					    "ben ",
					    "tady ",
					    "\xd1\x8d\xd1\x82\xd0\xbe ",
					    "selbst",
					    "herself",
					    "himself",
					    "en persona",
					    "elle-m\xc3\xaame",
					    "lui-m\xc3\xaame",
					    "in persona",
					    "pessoalmente",
					    "zelf",
					    "sj\xc3\xa4lv",
					    "osobi\xc5\x9b"
					    "cie",
					    NULL};
	size_t u = c->n, k, seen = 0;
	const char *t, *lt;
	size_t n;
	while (u-- > 0)
		if (c->m[u].role == RL_ROLE_USER)
			break;
	if (u >= c->n || !(t = c->m[u].text) || !(n = c->m[u].len))
		return 0;
	lt = c->low[u];
	for (k = 0; intro[k]; k++) {
		size_t l = strlen(intro[k]);
		const char *p = lt;
		while ((p = memmem(p, n - (size_t)(p - lt), intro[k], l)) && seen < 64) {
			size_t o = (size_t)(p - lt), lo, hi, i;
			p += l;
			/* s19: the words it introduces, in its own clause: a
			 * name right after "this is " ("it's a sensor, T26
			 * ..." introduces nobody), or before "herself"; not
			 * the words of the clause before ("... Becker is
			 * ringing. It's probably ...") */
			if (intro[k][l - 1] == ' ') {
				lo = o + l;
				if (lo >= n || !(isupper((unsigned char)t[lo]) ||
						 isdigit((unsigned char)t[lo])))
					continue;
				for (hi = lo; hi < n && hi - lo < 40 && !strchr(".!?,;\n", t[hi]);
				     hi++)
					;
			} else {
				hi = o;
				for (lo = o; lo > 0 && o - lo < 40 && !strchr(".!?;\n", t[lo - 1]);
				     lo--)
					;
			}
			i = lo;
			while (i < hi && seen < 64) {
				size_t s, d = 0, up;
				while (i < hi && !isalnum((unsigned char)t[i]))
					i++;
				for (s = i; i < hi && (isalnum((unsigned char)t[i]) || t[i] == '-');
				     i++)
					d += isdigit((unsigned char)t[i]) != 0;
				up = s < hi && isupper((unsigned char)t[s]);
				seen++;
				if (i - s < 3 || i - s > 24 || (!d && !up) ||
				    (i + 1 < n && t[i] == '\'' &&
				     (t[i + 1] == 's' || t[i + 1] == 'S')) ||
				    in_action(a, lt + s, i - s))
					continue;
				{
					const char *w = lt + s, *q = rec;
					size_t wl = i - s;
					while ((q = memmem(q, rn - (size_t)(q - rec), w, wl))) {
						size_t at = (size_t)(q - rec);
						if ((!at || !isalnum((unsigned char)rec[at - 1])) &&
						    (at + wl >= rn ||
						     !isalnum((unsigned char)rec[at + wl])))
							return 1;
						q += wl;
					}
					/* a unit written 14C in one, 14-C in the other */
					if (d && wl <= 8) {
						char a[9], b[24];
						size_t m = 0, j, r;
						for (j = 0; j < wl; j++)
							if (w[j] != '-')
								a[m++] = w[j];
						for (r = 0; r + 1 < rn; r++) {
							size_t x = 0, y = r;
							while (y < rn && x < m && x < sizeof b) {
								if (rec[y] == '-') {
									y++;
									continue;
								}
								if (rec[y] != a[x])
									break;
								x++, y++;
							}
							if (x == m &&
							    (!r ||
							     !isalnum((unsigned char)rec[r - 1])) &&
							    (y >= rn ||
							     !isalnum((unsigned char)rec[y])))
								return 1;
						}
					}
				}
			}
		}
	}
	return 0;
}

static int cancel_fn(const char *h, size_t n, int asked, void *v)
{
	cancel_arg *ca = v;
	pol_pairs g;
	int br;
	if (!ca->down && !(ca->level >= 0 && record_level(h, n) > ca->level))
		return 0;
	pol_pairs_build(&g, h, n);
	/* settled: a later record reads again (s18: a record settled after
	 * an earlier live one clears it; a live one after it holds again) */
	/* s19: a reading the record gives past its own limit is the danger
	 * live, whatever else it says; readings back within their limits
	 * are it over (sglive.c) */
	br = pol_sg_breach_text(h, n);
	if (br < 0 || (!br && pol_alert_settled_text(&g, h, n)))
		return ca->settled = 1, ca->hit = 0, 0;
	if (!asked && !has_word_start(h, n, emergency) && !pol_pairs_any(&g, h, n, emergency_cjk) &&
	    !pol_alert_kind_text(&g, h, n) && !pol_alert_unreached_text(&g, h, n))
		return 0;
	if (user_is_subject(ca->c, ca->a, h, n))
		return ca->settled = 1, -2; /* the person concerned speaks */
	ca->hit = 1;
	ca->settled = 0;
	return 0;
}

/* s17: a public-health notice (boil water, do not drink) that the act
 * lifts in its own words, while a tool result of the turn still measures
 * the hazard present: the notice's record is the measurement (a lab
 * result), which names no notice id. A value that says present, detected
 * or positive, not followed in the same results by one that says absent,
 * not detected or negative, is the hazard live. */
static const char *const notice_kind[] = {"boil",
					  "do not drink",
					  "do-not-drink",
					  "do not consume",
					  "hervir",
					  "abkoch",
					  "bouillir",
					  "bollire",
					  "ferver",
					  "kookadvies",
					  "koka vatten",
					  "przegotow",
					  "kaynat",
					  "\xe7\x85\xae\xe6\xb2\xb8",
					  "\xeb\x81\x93\xec\x97\xac",
					  NULL};
static const char *const present_v[] = {"present",
					"detected",
					"positive",
					"exceed",
					"presente",
					"detectad",
					"positiv",
					"nachgewiesen",
					"d\xc3\xa9tect",
					"pr\xc3\xa9sent",
					"rilevat",
					"aanwezig",
					"gedetecteerd",
					"p\xc3\xa5visad",
					"wykryt",
					"tespit edildi",
					"\xe6\xa3\x80\xe5\x87\xba",
					"\xea\xb2\x80\xec\xb6\x9c",
					NULL};
static const char *const absent_v[] = {"absent",
				       "not detected",
				       "negative",
				       "none",
				       "ausente",
				       "no detectad",
				       "negativ",
				       "nicht nachgewiesen",
				       "non d\xc3\xa9tect",
				       "assente",
				       "non rilevat",
				       "afwezig",
				       "niet aangetoond",
				       "ej p\xc3\xa5visad",
				       "nie wykryt",
				       "tespit edilmedi",
				       "\xe6\x9c\xaa\xe6\xa3\x80\xe5\x87\xba",
				       "\xeb\xb6\x88\xea\xb2\x80\xec\xb6\x9c",
				       NULL};

static int act_lifts_notice(const rl_action *a)
{
	size_t f;
	for (f = 0; f < a->nfields; f++)
		if (a->fields[f].len &&
		    lower_has(a->fields[f].value, a->fields[f].len, notice_kind))
			return 1;
	return 0;
}

/* Does tool message h[0..n) (lowercased) leave a hazard measured present? */
static int hazard_live(const char *h, size_t n)
{
	size_t i = 0;
	int live = 0;
	while (i < n) {
		const char *q = memchr(h + i, ':', n - i);
		size_t v;
		if (!q)
			break;
		for (v = (size_t)(q - h) + 1; v < n && (h[v] == ' ' || h[v] == '"'); v++)
			;
		i = v;
		if (v >= n || v == (size_t)(q - h) + 1 || h[v - 1] != '"')
			continue;
		if (lower_starts(h + v, n - v, absent_v))
			live = 0;
		else if (lower_starts(h + v, n - v, present_v))
			live = 1;
	}
	return live;
}

static int notice_over_live_hazard(const pol_conv *c, const rl_action *a)
{
	size_t i;
	if (!act_lifts_notice(a))
		return 0;
	for (i = 0; i < c->n; i++) {
		size_t n = c->m[i].len < AC_CALL_TEXT ? c->m[i].len : AC_CALL_TEXT;
		if (c->m[i].role == RL_ROLE_TOOL && c->low[i] && n && hazard_live(c->low[i], n))
			return 1;
	}
	return 0;
}

int pol_alert_cancel(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	size_t i;
	int tool = 0, rc;
	cancel_arg ca = {0, -1, 0, 0, c, a};
	/* no tool output, no alert record: the act is not read at all */
	for (i = 0; i < c->n && !tool; i++)
		tool = c->m[i].role == RL_ROLE_TOOL && c->m[i].text && c->m[i].len;
	if (!tool)
		return 0;
	ca.down = stands_down(a);
	if (!ca.down && (ca.level = action_level(a)) < 0)
		return 0;
	rc = each_record(c, ar, a, cancel_fn, &ca);
	if (!rc && !ca.hit && !ca.settled && ca.down &&
	    (notice_over_live_hazard(c, a) || pol_alert_live_turn(c, a)))
		return 1;
	return rc < 0 ? rc : ca.hit;
}

static int settled_fn(const char *h, size_t n, int asked, void *v)
{
	pol_pairs g;
	(void)v;
	(void)asked;
	int br = pol_sg_breach_text(h, n);
	pol_pairs_build(&g, h, n);
	return br < 0 || (!br && pol_alert_settled_text(&g, h, n)) ? 1 : 0;
}

int pol_alert_act_stands_down(const rl_action *a)
{
	/* the name alone: the rules that ask cancel by name */
	pol_pairs g;
	size_t n;
	if (!a->tool || !(n = strlen(a->tool)) || n > 128)
		return a->tool && n > 128 && stands_down(a);
	pol_pairs_build(&g, a->tool, n);
	if (pol_pairs_any(&g, a->tool, n, name_verbs) && !lower_starts(a->tool, n, read_open))
		return 1;
	/* s19: or a generic tool told to stand down by a setting's value
	 * ({"action": "clear"}, {"op": "reset"}); not a flag set false nor
	 * a delay, which switch a control off rather than settle one alarm */
	for (n = 0; n < a->nfields; n++) {
		const rl_field *fl = &a->fields[n];
		if (fl->len && fl->len <= 48 && !text_field(fl->name) &&
		    lower_starts(fl->value, fl->len, state_words))
			return 1;
	}
	return 0;
}

int pol_alert_settled(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	return each_record(c, ar, a, settled_fn, NULL);
}
