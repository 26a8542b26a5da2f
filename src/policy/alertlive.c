/* alertlive.c: is the danger an alert stands for still growing in the tool
 * results of the turn that stands it down (s20)? alertact.c binds a
 * stand-down to its alert record by identifiers and reads the record's
 * settled state and kind; a live danger is often shown by readings that
 * carry no identifier and no word for an emergency: a sensor's last
 * values climbing ({"co2_ppm": [410, 520, 690]}), or a trend member that
 * says the reading is going up ({"trend": "rising"}, {"trend": "+3 in 20
 * min"}). Standing the alarm down then hides a condition the results
 * show getting worse; readings falling or flat are the danger passing
 * (an authorised stand-down stays allowed).
 *
 * Read by structure from the JSON members of the tool messages after the
 * user's last message: an array of three or more numbers that never falls
 * and ends clearly above where it began (not a run of consecutive
 * integers, which numbers things rather than measures them); or a member
 * whose key names a trend (a closed class of the word in a dozen
 * languages) with a value that starts with a plus sign and a digit or
 * with a verb or adjective of rising (a closed class, many languages).
 * Hand-written: the texts are cut, lowercased windows that a JSON parser
 * refuses (jsonkey.h). Bounded: LIVE_TEXT bytes of each tool message,
 * LIVE_ARR numbers of each array, LIVE_MSGS tool messages. */
#include "policy/jsonkey.h"
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define LIVE_TEXT 8192u
#define LIVE_ARR 64
#define LIVE_MSGS 16

/* trend, in keys (lowercased; substrings of the key) */
static const char *const trend_key[] = {"trend",    "tendenc", /* es, pt */
					"tendenz",             /* de, it */
					"tendance",            /* fr */
					"tendens",             /* sv, da, no */
					"eğilim",              /* tr */
					"тренд",               /* ru */
					"趋势",                /* zh */
					"傾向",                /* ja */
					"추세",                /* ko */
					NULL};
/* rising, as the first word of a trend's value */
static const char *const rising[] = {
	"up",         "rising",    "increasing", "climbing",  "growing",   "spreading",
	"accelerat",  "worsening", "steigend",   "zunehmend", "wachsend",  "en hausse",
	"croissant",  "augment",   "en aumento", "creciente", "subiendo",  "aumentando",
	"in aumento", "crescente", "em alta",    "stijgend",  "toenemend", "stigande",
	"ökande",     "rosnąc",    "rośnie",     "artıyor",   "artan",     "yükseliyor",
	"растет",     "растёт",    "растущ",     "上升",      "增加",      "上昇",
	"増加",       "상승",      "증가",       NULL};

static int starts_any(const char *v, size_t n, const char *const *w)
{
	for (; *w; w++) {
		size_t l = strlen(*w);
		if (l <= n && !memcmp(v, *w, l) &&
		    (l == n || !isalpha((unsigned char)v[l]) || !isascii((unsigned char)v[l]) ||
		     (*w)[l - 1] == 't' /* a stem: accelerat, augment */))
			return 1;
	}
	return 0;
}

/* A number at h[*i]: its value, *i past it; 0 when none. */
static int number_at(const char *h, size_t n, size_t *i, double *out)
{
	char b[32];
	size_t s = *i, l = 0;
	while (s < n && h[s] == ' ')
		s++;
	if (s < n && (h[s] == '-' || h[s] == '+'))
		b[l++] = h[s++];
	if (s >= n || !isdigit((unsigned char)h[s]))
		return 0;
	while (s < n && l + 1 < sizeof b && (isdigit((unsigned char)h[s]) || h[s] == '.'))
		b[l++] = h[s++];
	b[l] = 0;
	*out = strtod(b, NULL);
	*i = s;
	return 1;
}

/* The numeric array whose '[' is h[o]: 1 when it climbs (see above). */
static int array_climbs(const char *h, size_t n, size_t o)
{
	double v[LIVE_ARR];
	size_t i = o + 1, k = 0, j;
	int step1 = 1;
	while (k < LIVE_ARR) {
		if (!number_at(h, n, &i, &v[k]))
			return 0;
		k++;
		while (i < n && h[i] == ' ')
			i++;
		if (i >= n)
			return 0;
		if (h[i] == ']')
			break;
		if (h[i] != ',')
			return 0;
		i++;
	}
	if (k < 3 || k >= LIVE_ARR)
		return 0;
	for (j = 1; j < k; j++) {
		if (v[j] < v[j - 1])
			return 0;
		if (v[j] - v[j - 1] != 1.0)
			step1 = 0;
	}
	if (step1)
		return 0;
	/* clearly above its start: a tenth of it (or of 1, from zero) */
	return v[k - 1] - v[0] >= (v[0] > 1.0 ? v[0] : 1.0) * 0.1;
}

static int key_has(const char *k, size_t kl, const char *const *w)
{
	for (; *w; w++)
		if (memmem(k, kl, *w, strlen(*w)))
			return 1;
	return 0;
}

/* One tool text h[0..n) (lowercased): 1 when a reading climbs. */
int pol_alert_climb_text(const char *h, size_t n)
{
	size_t i = 0, ks, ke, v;
	while (pol_json_next_key(h, n, &i, 48, &ks, &ke, &v)) {
		if (v >= n)
			break;
		if (h[v] == '[' && array_climbs(h, n, v))
			return 1;
		if (h[v] == '"' && key_has(h + ks, ke - ks, trend_key)) {
			size_t s = v + 1, e = s;
			while (e < n && h[e] != '"' && e - s < 64)
				e++;
			if (e - s >= 2 && ((h[s] == '+' && isdigit((unsigned char)h[s + 1])) ||
					   starts_any(h + s, e - s, rising)))
				return 1;
		}
	}
	return 0;
}

/* Does a tool message after the user's last message show a reading
 * climbing, when action a stands an alert down? */
int pol_alert_live_turn(const pol_conv *c, const rl_action *a)
{
	size_t u = c->n, i, seen = 0;
	if (!c->low || !pol_alert_act_stands_down(a))
		return 0;
	while (u-- > 0)
		if (c->m[u].role == RL_ROLE_USER)
			break;
	for (i = u < c->n ? u + 1 : 0; i < c->n && seen < LIVE_MSGS; i++) {
		size_t n;
		if (c->m[i].role != RL_ROLE_TOOL || !c->low[i] || !c->m[i].len)
			continue;
		seen++;
		n = c->m[i].len < LIVE_TEXT ? c->m[i].len : LIVE_TEXT;
		if (pol_alert_climb_text(c->low[i], n))
			return 1;
	}
	return 0;
}
