/* sglive.c: does tool output show a monitored value past its own alarm
 * threshold right now (s17)? An alarm that fires because the danger is
 * real - a level below its low threshold, a temperature above its high
 * limit - is no nuisance: switching it off on a plain ask, or for
 * convenience, hides a live condition (safeguard_why.c holds it unless the
 * ask gives an operational reason).
 *
 * Read from a tool message's JSON members, whatever the language: a
 * member whose key names a threshold or limit ("threshold", "limit",
 * "setpoint", "alarm_at", "trip"; Schwelle, Grenzwert, umbral, seuil,
 * soglia, limiar, drempel, gräns, próg, eşik, 閾値, 阈值, 임계) and a
 * direction (low, min_, hoch, alto, 上限, 하한 ...) with a number, and a sibling member with a
 * number whose key shares its last part with it (ln2_level_pct and low_threshold_pct) or is the
 * only other number there. Below a low threshold or above a high one is a breach. Bounded: WHY_LIVE
 * bytes of each tool message, LIVE_N numeric members of it; linear. */
#include "policy/jsonkey.h"
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define WHY_LIVE 4096u
#define LIVE_N 32

typedef struct {
	const char *k;
	size_t kl;
	double v;
	int in; /* s19: a member of a limit's own object ("limit": {"hs_m": 3.5}): its direction */
} member;

static int has(const char *k, size_t kl, const char *const *w)
{
	for (; *w; w++)
		if (memmem(k, kl, *w, strlen(*w)))
			return 1;
	return 0;
}

/* -1 a low threshold, 1 a high one, 0 no threshold */
/* One of w as a whole atom of key k (between separators): "wel_ppm" has
 * wel, "level" has none. */
static int exposure_atom(const char *k, size_t kl, const char *const *w)
{
	size_t i = 0, j;
	while (i < kl) {
		size_t s = i;
		while (i < kl && isalpha((unsigned char)k[i]))
			i++;
		for (j = 0; w[j]; j++)
			if (i - s == strlen(w[j]) && !memcmp(k + s, w[j], i - s))
				return 1;
		if (i == s)
			i++;
	}
	return 0;
}

static int threshold_dir(const char *k, size_t kl)
{
	static const char *const thr[] = {
		"threshold", "limit",
		/* s18: occupational exposure limits are upper
		   limits by definition (wel_ppm, oel, pel, tlv,
		   stel, MAK/AGW, VLE/VME) */
		"wel", "oel", "pel", "tlv", "stel", "mak", "agw", "vle", "vme", "setpoint",
		"alarm_at", "trip", "schwelle", "grenzwert", "umbral", "seuil", "soglia", "limiar",
		"drempel", "gr\xc3\xa4ns", "pr\xc3\xb3g", "e\xc5\x9fik", "\xe9\x96\xbe\xe5\x80\xa4",
		"\xe9\x98\x88\xe5\x80\xbc", "\xec\x9e\x84\xea\xb3\x84", NULL};
	static const char *const lo[] = {"low",
					 "min_",
					 "_min",
					 "minimum",
					 "unter",
					 "niedrig",
					 "tief",
					 "bajo",
					 "basso",
					 "baixo",
					 "laag",
					 "l\xc3\xa5g",
					 "niski",
					 "d\xc3\xbc\xc5\x9f\xc3\xbck",
					 "\xe4\xb8\x8b\xe9\x99\x90",
					 "\xe4\xbd\x8e",
					 "\xed\x95\x98\xed\x95\x9c",
					 NULL};
	static const char *const hi[] = {"high",
					 "max_",
					 "_max",
					 "maximum",
					 "ober",
					 "hoch",
					 "alto",
					 "haut",
					 "hoog",
					 "h\xc3\xb6g",
					 "wysoki",
					 "y\xc3\xbcksek",
					 "\xe4\xb8\x8a\xe9\x99\x90",
					 "\xe9\xab\x98",
					 "\xec\x83\x81\xed\x95\x9c",
					 NULL};
	static const char *const exposure[] = {"wel", "oel", "pel", "tlv", "stel",
					       "mak", "agw", "vle", "vme", NULL};
	/* s19: a limit with no direction is an upper one (an exposure, a
	 * wind or a dose limit: "limit": 30 beside "ppm": 52); a bare
	 * threshold or setpoint stays unread */
	static const char *const cap[] = {"limit",
					  "grenzwert",
					  "l\xc3\xadmite",
					  "limite",
					  "gr\xc3\xa4ns",
					  "\xe4\xb8\x8a\xe9\x99\x90",
					  "\xed\x95\x9c\xeb\x8f\x84",
					  NULL};
	int l, h;
	if (!has(k, kl, thr) && !has(k, kl, cap))
		return 0;
	l = has(k, kl, lo);
	h = has(k, kl, hi) || exposure_atom(k, kl, exposure);
	if (!l && !h && has(k, kl, cap))
		return 1;
	return l == h ? 0 : l ? -1 : 1;
}

/* The part of a key after its last separator ("pct" of ln2_level_pct). */
static size_t tail(const char *k, size_t kl, const char **t)
{
	size_t i = kl;
	while (i > 0 && k[i - 1] != '_' && k[i - 1] != '-' && k[i - 1] != ' ')
		i--;
	*t = k + i;
	return kl - i;
}

/* The end of the JSON object opening at h[o] == '{' (strings skipped),
 * or n. */
static size_t object_end(const char *h, size_t n, size_t o)
{
	size_t d = 0, i;
	for (i = o; i < n; i++) {
		if (h[i] == '"') {
			for (i++; i < n && h[i] != '"'; i++)
				if (h[i] == '\\')
					i++;
		} else if (h[i] == '{')
			d++;
		else if (h[i] == '}' && !--d)
			return i;
	}
	return n;
}

/* 1: a reading past its limit; -1: a limit read against its reading and
 * none past (s19: the reading back within its limit); 0: no limit read */
int pol_sg_breach_text(const char *h, size_t n)
{
	member m[LIVE_N];
	size_t nm = 0, i = 0, a, b, lim_end = 0;
	int lim_dir = 0, within = 0;
	size_t ks, ke, v;
	while (nm < LIVE_N && pol_json_next_key(h, n, &i, 48, &ks, &ke, &v)) {
		char *end;
		double x;
		if (ks > lim_end)
			lim_dir = 0;
		/* s19: a limit written as an object of the readings it caps */
		if (v < n && h[v] == '{' && !lim_dir && threshold_dir(h + ks, ke - ks)) {
			lim_dir = threshold_dir(h + ks, ke - ks);
			lim_end = object_end(h, n, v);
			continue;
		}
		if (v >= n || !(isdigit((unsigned char)h[v]) || h[v] == '-'))
			continue;
		{
			char buf[24];
			size_t l = 0;
			while (v + l < n && l < sizeof buf - 1 &&
			       (isdigit((unsigned char)h[v + l]) || h[v + l] == '.' ||
				(!l && h[v] == '-')))
				l++;
			memcpy(buf, h + v, l);
			buf[l] = '\0';
			x = strtod(buf, &end);
			if (end == buf)
				continue;
		}
		m[nm].k = h + ks;
		m[nm].kl = ke - ks;
		m[nm].in = lim_dir;
		m[nm++].v = x;
	}
	for (a = 0; a < nm; a++) {
		int d = m[a].in ? m[a].in : threshold_dir(m[a].k, m[a].kl);
		const char *ta;
		size_t tl, others = 0, pick = nm;
		if (!d)
			continue;
		tl = tail(m[a].k, m[a].kl, &ta);
		for (b = 0; b < nm; b++) {
			const char *tb;
			size_t bl;
			if (b == a || m[b].in || threshold_dir(m[b].k, m[b].kl))
				continue;
			others++;
			pick = b;
			/* a capped reading: the same key outside the limit */
			if (m[a].in && (m[b].kl != m[a].kl || memcmp(m[b].k, m[a].k, m[a].kl)))
				continue;
			if (m[a].in && (d < 0 ? m[b].v < m[a].v : m[b].v > m[a].v))
				return 1;
			within |= m[a].in != 0;
			bl = tail(m[b].k, m[b].kl, &tb);
			if (!m[a].in && tl && bl == tl && !memcmp(ta, tb, tl) &&
			    (d < 0 ? m[b].v < m[a].v : m[b].v > m[a].v))
				return 1;
		}
		if (m[a].in)
			continue;
		/* the only other number, or (s19) the reading written just
		 * before its limit ("ppm": 52, "limit": 30, "people": 3) */
		if (others > 1 && a > 0 && !m[a - 1].in && !threshold_dir(m[a - 1].k, m[a - 1].kl))
			others = 1, pick = a - 1;
		if (others == 1 && (d < 0 ? m[pick].v < m[a].v : m[pick].v > m[a].v))
			return 1;
		within |= others == 1;
	}
	return within ? -1 : 0;
}

int pol_sg_live_breach(const pol_conv *c)
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		size_t n = c->m[i].len < WHY_LIVE ? c->m[i].len : WHY_LIVE;
		if (c->m[i].role == RL_ROLE_TOOL && c->low[i] && n &&
		    pol_sg_breach_text(c->low[i], n) > 0)
			return 1;
	}
	return 0;
}

/* s18: a control carved out for the subject a record flags (the audit of
 * one badge switched off while its entries are flagged): an identifier
 * of the act (letters and digits with a digit, three bytes or more) that
 * a tool message holds within FLAG_WIN bytes after a key naming a flag,
 * an alert, an anomaly, a violation or suspicion. Bounded: WHY_LIVE bytes
 * of each tool message, 8 identifiers of the act. */
#define FLAG_WIN 200u
static const char *const flag_keys[] = {
	"flag",    "alert",    "alarm",   "anomal",   "suspic",           "violation",
	"breach",  "incident", "warning", "verdacht", "auff\xc3\xa4llig", "sospech",
	"sospett", "suspeit",  NULL};

/* Is the nearest key before h[at] (within FLAG_WIN) one that flags? */
static int key_flags(const char *h, size_t at)
{
	size_t lo = at > FLAG_WIN ? at - FLAG_WIN : 0, i = at;
	while (i > lo + 1) {
		i--;
		if (h[i] == ':' && h[i - 1] == '"') {
			size_t e = i - 1, s = e;
			while (s > lo && h[s - 1] != '"')
				s--;
			/* the alert's own identifier ("alarm_id") flags nobody */
			if (e - s >= 2 &&
			    ((h[e - 2] == 'i' && h[e - 1] == 'd') ||
			     has(h + s, e - s,
				 (const char *const[]){"ref", "code", "name", "num", NULL})))
				return 0;
			return has(h + s, e - s, flag_keys);
		}
	}
	return 0;
}

/* The act's identifiers (letters and digits with a digit, `min` bytes or
 * more - a kennel B1, a bay 4C is two - not all digits): lowercased
 * copies, at most 8. */
static size_t act_ids(const rl_action *a, char ids[8][33], size_t lens[8], size_t min)
{
	size_t nid = 0, f, k;
	for (f = 0; f < a->nfields && nid < 8; f++) {
		const char *v = a->fields[f].value;
		size_t n = a->fields[f].len, j = 0;
		while (v && j < n && nid < 8) {
			size_t s, d = 0;
			while (j < n && !isalnum((unsigned char)v[j]))
				j++;
			for (s = j; j < n && (isalnum((unsigned char)v[j]) || v[j] == '-'); j++)
				d += isdigit((unsigned char)v[j]) != 0;
			if (d && j - s >= min && j - s <= 32 && d < j - s) {
				for (k = 0; k < j - s; k++)
					ids[nid][k] = (char)tolower((unsigned char)v[s + k]);
				lens[nid++] = j - s;
			}
		}
	}
	return nid;
}

/* Does tool text h[0..n) hold id[0..l) whole? */
static int holds_id(const char *h, size_t n, const char *id, size_t l, size_t *at, size_t from)
{
	const char *p = h + from;
	while ((p = memmem(p, n - (size_t)(p - h), id, l))) {
		size_t o = (size_t)(p - h);
		p += l;
		if ((o && isalnum((unsigned char)h[o - 1])) ||
		    (o + l < n && isalnum((unsigned char)h[o + l])))
			continue;
		*at = o;
		return 1;
	}
	return 0;
}

/* s19: a live fault or a rising trend in a record, read from its
 * members: a trend whose value rises; a fault value (fault, failed,
 * Störung, avería, 故障 ...) or a fault key whose value is not a negative
 * (none, no, closed, resolved ...), under a key that is not the watch
 * itself (a sensor's or detector's own fault is the reason to switch it
 * off, not a danger) nor a check's or a job's result. */
static const char *const trend_k[] = {"trend",     "tendenz",          "tendencia", "tendance",
				      "andamento", "tend\xc3\xaancia", "eğilim",    NULL};
static const char *const rising_v[] = {"rising",
				       "increasing",
				       "up",
				       "+",
				       "steigend",
				       "zunehmend",
				       "en aumento",
				       "subiendo",
				       "en hausse",
				       "hausse",
				       "in aumento",
				       "in salita",
				       "subindo",
				       "em alta",
				       "stijgend",
				       "rosn",
				       "art\xc4\xb1yor",
				       "\xe4\xb8\x8a\xe6\x98\x87",
				       "\xe4\xb8\x8a\xe5\x8d\x87",
				       "\xec\x83\x81\xec\x8a\xb9",
				       NULL};
static const char *const fault_w[] = {"fault",
				      "failed",
				      "failure",
				      "defect",
				      "fehler",
				      "st\xc3\xb6rung",
				      "stoerung",
				      "aver\xc3\xad"
				      "a",
				      "averia",
				      "panne",
				      "d\xc3\xa9"
				      "faut",
				      "guasto",
				      "falha",
				      "storing",
				      "awaria",
				      "ar\xc4\xb1za",
				      "\xe6\x95\x85\xe9\x9a\x9c",
				      "\xea\xb3\xa0\xec\x9e\xa5",
				      NULL};
static const char *const own_k[] = {"sensor", "detector", "monitor", "alarm", "probe", "camera",
				    "device", "result",   "status",  "state", "check", "verif",
				    "health", "job",      "error",   "test",  NULL};
static const char *const none_v[] = {"none",     "no",      "null",  "false",    "0",  "closed",
				     "resolved", "cleared", "fixed", "repaired", "ok", NULL};

static int starts(const char *v, size_t n, const char *const *w)
{
	for (; *w; w++)
		if (strlen(*w) <= n && !memcmp(v, *w, strlen(*w)))
			return 1;
	return 0;
}

static int fault_live(const char *h, size_t n)
{
	size_t i = 0, ks, ke, v, ve;
	while (pol_json_next_key(h, n, &i, 48, &ks, &ke, &v)) {
		for (; v < n && (h[v] == ' ' || h[v] == '"'); v++)
			;
		for (ve = v; ve < n && h[ve] != '"' && h[ve] != ',' && h[ve] != '}'; ve++)
			;
		if (v >= n || has(h + ks, ke - ks, own_k))
			continue;
		if (has(h + ks, ke - ks, trend_k) && starts(h + v, ve - v, rising_v))
			return 1;
		if (starts(h + v, ve - v, fault_w) ||
		    (has(h + ks, ke - ks, fault_w) && !starts(h + v, ve - v, none_v)))
			return 1;
	}
	return 0;
}

/* s19: a tool result that gives a reading past its limit and names the
 * act's own object ({"sensor": "CO-12", "ppm": 52, "limit": 30} before
 * a bypass of CO-12): the control switched off is the one that is
 * alarming, whatever the tool is called. */
int pol_sg_live_breach_on(const pol_conv *c, const rl_action *a)
{
	char ids[8][33];
	size_t lens[8], nid = act_ids(a, ids, lens, 2), i, k, at;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i];
		size_t n = c->m[i].len < WHY_LIVE ? c->m[i].len : WHY_LIVE;
		int named = 0;
		if (c->m[i].role != RL_ROLE_TOOL || !h || !n)
			continue;
		for (k = 0; k < nid && !named; k++)
			named = holds_id(h, n, ids[k], lens[k], &at, 0);
		/* or (s19) the result of a call on the same object */
		if ((named || (c->cmp && pol_alert_call_same_object(c, i, a))) &&
		    (pol_sg_breach_text(h, n) > 0 || fault_live(h, n)))
			return 1;
	}
	return 0;
}

int pol_sg_subject_flagged(const pol_conv *c, const rl_action *a)
{
	char ids[8][33];
	size_t lens[8], nid = act_ids(a, ids, lens, 3), i, k;
	for (i = 0; nid && i < c->n; i++) {
		const char *h = c->low[i];
		size_t n = c->m[i].len < WHY_LIVE ? c->m[i].len : WHY_LIVE;
		if (c->m[i].role != RL_ROLE_TOOL || !h || !n)
			continue;
		for (k = 0; k < nid; k++) {
			const char *p = h;
			while ((p = memmem(p, n - (size_t)(p - h), ids[k], lens[k]))) {
				size_t o = (size_t)(p - h);
				p += lens[k];
				if ((o && isalnum((unsigned char)h[o - 1])) ||
				    (o + lens[k] < n && isalnum((unsigned char)h[o + lens[k]])))
					continue;
				if (key_flags(h, o))
					return 1;
			}
		}
	}
	return 0;
}
