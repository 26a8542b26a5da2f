/* outcome.c: the polarity of a tool result and of an answer, read for
 * `answer_contradicts:` (contradict.c). Two questions, each by structure:
 *
 *  - did a tool result report that its act did not happen as asked? Read
 *    from its "key": value pairs, in any language: an outcome key
 *    (status, state, result, esito, durum, uitslag, статус, 状态 ...) whose
 *    value is a negative outcome (failed, rejected, returned, held,
 *    waitlisted, delayed, rolled back, partial, red, afgekeurd, không đạt
 *    ...); a quality flag (ok, success, confirmed, passed, online,
 *    conforme, on_time, layak ...) set false; an anomaly flag (excursion,
 *    anomaly, exception, defect ...) set true; a count of failures,
 *    bounces or minutes out of range above zero; a count of what was sent,
 *    delivered or paid at zero beside another count above zero; a status
 *    code of 400-599; and, in plain-text output, "error:" at a line's
 *    start or a non-zero exit status;
 *  - does the answer report success ("done", "went through", "in range",
 *    "on time", "no issues" ... in 20 languages: short closed classes)
 *    without reporting a problem: a failure word, a claim word negated
 *    ("not confirmed", "non conforme", "không đạt"), a problem noun that
 *    is not negated ("two issues" but not "no issues"), a partial count
 *    ("209 of 212", "118명 중 113명"), or an opening no?
 *
 * Every scan is one pass or a memmem per closed-class word over a text
 * bounded by its length: linear. */
#include "policy/pairs.h"
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int has_any(const char *h, size_t n, const char *const *w)
{
	for (; *w; w++)
		if (memmem(h, n, *w, strlen(*w)))
			return 1;
	return 0;
}

/* One of w in key k[0..kn); g holds the message's byte pairs (a list
 * word absent from them is in no key). */
static int key_has(const pol_pairs *g, const char *k, size_t kn, const char *const *w)
{
	for (; *w; w++)
		if (pol_pairs_may(g, *w) && memmem(k, kn, *w, strlen(*w)))
			return 1;
	return 0;
}

/* ---------------------------------------------------------- tool results */

/* keys that name the outcome of the call (contained in the key) */
static const char *const outcome_keys[] = {
	"status",
	"state",
	"result",
	"outcome",
	"conclusion",
	"verdict",
	"decision",
	"estado",
	"resultado",
	"resultat",
	"ergebnis",
	"esito",
	"stato",
	"durum",
	"sonuc",
	"sonu\xc3\xa7",
	"wynik",
	"uitslag",
	"resultaat",
	"ket_qua",
	"k\xe1\xba\xbft_qu\xe1\xba\xa3",
	"trang_thai",
	"tr\xe1\xba\xa1ng_th\xc3\xa1i",
	"stav",
	"v\xc3\xbdsledek",
	"hasil",
	"keputusan",
	"\xd1\x81\xd1\x82\xd0\xb0\xd1\x82\xd1\x83\xd1\x81",         /* статус */
	"\xd1\x81\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd1\x8f\xd0\xbd", /* состоян */
	"\xd1\x80\xd0\xb5\xd0\xb7\xd1\x83\xd0\xbb\xd1\x8c\xd1\x82\xd0\xb0\xd1\x82", /* результат */
	"\xd8\xa7\xd9\x84\xd8\xad\xd8\xa7\xd9\x84\xd8\xa9",         /* الحالة */
	"\xd8\xa7\xd9\x84\xd9\x86\xd8\xaa\xd9\x8a\xd8\xac\xd8\xa9", /* النتيجة */
	"\xec\x83\x81\xed\x83\x9c",                                 /* 상태 */
	"\xea\xb2\xb0\xea\xb3\xbc",                                 /* 결과 */
	"\xe7\x8a\xb6\xe6\x80\x81",                                 /* 状态 */
	"\xe7\xbb\x93\xe6\x9e\x9c",                                 /* 结果 */
	"\xe7\x8a\xb6\xe6\x85\x8b",                                 /* 状態 */
	"\xe7\xb5\x90\xe6\x9e\x9c",                                 /* 結果 */
	NULL};
/* a negative outcome, contained in the value */
static const char *const neg_values[] = {
	"fail", "error", "declin", "reject", "denied", "refused", "bounce", "timeout", "timed out",
	"returned", "on_hold", "on hold", "suspend", "waitlist", "delayed", "rolled_back",
	"rolled back", "rollback", "held at", "held for", "held in", "held by", "partial",
	"incomplete", "expired", "undeliver", "not_delivered", "not delivered", "unhealthy",
	"degraded", "non conforme", "non_conforme", "nonconform", "out_of_spec", "out of spec",
	"out_of_range", "out of range", "not compliant", "noncompliant", "aborted", "crashed",
	"not found", "not_found",
	/* de nl sv */
	"fehlgeschlagen", "abgelehnt", "angehalten",
	"zur\xc3\xbc"
	"ckgewiesen",
	"zurueckgewiesen", "teilweise", "versp\xc3\xa4tet", "nicht bestanden", "mit fehlern",
	"mislukt", "afgewezen", "afgekeurd", "geweigerd", "vertraagd", "gedeeltelijk", "misslyck",
	"avvisad", "avslag", "f\xc3\xb6rsenad", "underk\xc3\xa4nd", "ej godk\xc3\xa4nd",
	/* es pt it fr */
	"fallid", "fallo", "rechaz", "devuelt", "retenid", "parcial", "retrasad", "denegad",
	"\xc3\xa9"
	"chec",
	"echec",
	"\xc3\xa9"
	"chou",
	"refus\xc3\xa9", "rejet\xc3\xa9", "retourn\xc3\xa9", "suspendu", "retard\xc3\xa9",
	"partiel", "falhou", "recusad", "rejeitad", "devolvid", "atrasad", "fallit", "rifiutat",
	"respint", "sospes", "parzial", "in ritardo",
	/* pl tr cs */
	"odrzuc", "nieudan", "wstrzyman",
	"cz\xc4\x99\xc5\x9b"
	"ciow",
	"op\xc3\xb3\xc5\xba", "niezgodn",
	"ba\xc5\x9f"
	"ar\xc4\xb1s\xc4\xb1z",
	"reddedil", "gecik", "k\xc4\xb1smi",
	"ask\xc4\xb1"
	"da",
	"zam\xc3\xadtnut", "selhal", "odm\xc3\xadtnut", "\xc4\x8d\xc3\xa1st", "zpo\xc5\xbe",
	/* ru ar id vi */
	"\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd0\xbe\xd0\xbd",         /* отклон */
	"\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1",                         /* ошиб */
	"\xd0\xbd\xd0\xb5\xd1\x83\xd0\xb4\xd0\xb0\xd1\x87",         /* неудач */
	"\xd0\xbe\xd1\x82\xd0\xba\xd0\xb0\xd0\xb7",                 /* отказ */
	"\xd0\xb2\xd0\xbe\xd0\xb7\xd0\xb2\xd1\x80\xd0\xb0\xd1\x89", /* возвращ */
	"\xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6",         /* задерж */
	"\xd1\x87\xd0\xb0\xd1\x81\xd1\x82\xd0\xb8\xd1\x87",         /* частич */
	"\xd0\xbf\xd1\x80\xd0\xb8\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2", /* приостанов
											     */
	"\xd9\x81\xd8\xb4\xd9\x84",                 /* فشل */
	"\xd9\x85\xd8\xb1\xd9\x81\xd9\x88\xd8\xb6", /* مرفوض */
	"\xd8\xb1\xd9\x81\xd8\xb6",                 /* رفض */
	"\xd9\x85\xd8\xb9\xd9\x84\xd9\x82",         /* معلق */
	"\xd9\x85\xd8\xaa\xd8\xa3\xd8\xae\xd8\xb1", /* متأخر */
	"\xd8\xac\xd8\xb2\xd8\xa6\xd9\x8a",         /* جزئي */
	"ditolak", "gagal", "tertunda", "sebagian", "ditangguhkan",
	"th\xe1\xba\xa5t b\xe1\xba\xa1i",     /* thất bại */
	"t\xe1\xbb\xab ch\xe1\xbb\x91i",      /* từ chối */
	"kh\xc3\xb4ng \xc4\x91\xe1\xba\xa1t", /* không đạt */
	"b\xe1\xbb\x8b ho\xc3\xa3n",          /* bị hoãn */
	/* cjk */
	"\xe5\xa4\xb1\xe6\x95\x97", "\xe5\xa4\xb1\xe8\xb4\xa5",                 /* 失敗 失败 */
	"\xec\x8b\xa4\xed\x8c\xa8", "\xea\xb1\xb0\xeb\xb6\x80",                 /* 실패 거부 */
	"\xea\xb1\xb0\xec\xa0\x88", "\xeb\xb0\x98\xeb\xa0\xa4",                 /* 거절 반려 */
	"\xeb\xb3\xb4\xeb\xa5\x98", "\xec\xa7\x80\xec\x97\xb0",                 /* 보류 지연 */
	"\xe6\x8b\x92", "\xe5\x8d\xb4\xe4\xb8\x8b", "\xe9\xa9\xb3\xe5\x9b\x9e", /* 拒 却下 驳回 */
	"\xe4\xbf\x9d\xe7\x95\x99", "\xe9\x81\x85\xe5\xbb\xb6",                 /* 保留 遅延 */
	"\xe5\xbb\xb6\xe8\xbf\x9f", "\xe4\xb8\x8d\xe5\x90\x88\xe6\xa0\xbc", /* 延迟 不合格 */
	"\xe9\x83\xa8\xe5\x88\x86",                                         /* 部分 */
	NULL};
/* whole values that are negative outcomes */
static const char *const neg_whole[] = {"red", "hold", "held", "down",    "offline", "nok", "hl",
					"ko",  "nee",  "nein", "no",      "false",   "x",   "ng",
					"uk",  "ns",   "bad",  "blocked", "stopped", NULL};
/* quality flags: false means it did not happen as asked (contained) */
static const char *const good_keys[] = {"success",
					"succeed",
					"passed",
					"confirm",
					"conform",
					"valid",
					"online",
					"healthy",
					"on_time",
					"ontime",
					"in_range",
					"within",
					"deliver",
					"approv",
					"accept",
					"complet",
					"compliant",
					"stamped",
					"layak",
					"reachable",
					"booked",
					"processed",
					"executed",
					"applied",
					"bestanden",
					"erfolgreich",
					"exitos",
					"aprobad",
					"zgodn",
					"godk\xc3\xa4nd",
					"goedgekeurd",
					"geslaagd",
					"ba\xc5\x9f"
					"ar\xc4\xb1l\xc4\xb1",
					"uygun",
					"\xc4\x91\xe1\xba\xa1t",
					"dat_yeu_cau",
					NULL};
/* whole keys that are quality flags */
static const char *const good_whole[] = {"ok",   "pass", "sent", "paid", "done",
					 "safe", "aman", "fit",  NULL};
/* anomaly flags: true means something went wrong (contained) */
static const char *const bad_keys[] = {"excursion",
				       "anomal",
				       "exception",
				       "breach",
				       "out_of_range",
				       "out_of_spec",
				       "overdue",
				       "delayed",
				       "defect",
				       "violat",
				       "failed",
				       "error",
				       "expired",
				       "rolled_back",
				       "timed_out",
				       "partial",
				       "abweich",
				       "desviac",
				       "\xc3\xa9"
				       "cart",
				       NULL};
/* counts: above zero means failures (contained in the key) */
static const char *const fail_counts[] = {
	"fail",
	"error",
	"bounce",
	"reject",
	"declin",
	"undeliver",
	"fehlgeschlagen",
	"fehler",
	"fallid",
	"\xc3\xa9"
	"chou",
	"falh",
	"mislukt",
	"misslyck",
	"ba\xc5\x9f"
	"ar\xc4\xb1s\xc4\xb1z",
	"nieudan",
	"odrzuc",
	"selhal",
	"out_of",
	"fuera_de",
	"fuera de",
	"ausserhalb",
	"au\xc3\x9f"
	"erhalb",
	"hors_",
	"fuori",
	"buiten",
	"utanf\xc3\xb6r",
	"poza_",
	"excursion",
	"\xd0\xbd\xd0\xb5\xd1\x83\xd0\xb4\xd0\xb0\xd1\x87", /* неудач */
	"\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1",                 /* ошиб */
	"\xd9\x81\xd8\xb4\xd9\x84",                         /* فشل */
	"gagal",
	"that_bai",
	"\xec\x8b\xa4\xed\x8c\xa8", /* 실패 */
	"\xe5\xa4\xb1\xe8\xb4\xa5",
	"\xe5\xa4\xb1\xe6\x95\x97",
	NULL};
/* counts of what went through: zero beside a count above zero */
static const char *const ok_counts[] = {
	"sent",
	"deliver",
	"paid",
	"processed",
	"succeeded",
	"success",
	"transferred",
	"ueberwiesen",
	"\xc3\xbc"
	"berwiesen",
	"enviad",
	"entregad",
	"envoy",
	"livr",
	"consegn",
	"inviat",
	"verzonden",
	"afgeleverd",
	"skickad",
	"levererad",
	"wys\xc5\x82"
	"an",
	"dostarcz",
	"g\xc3\xb6nderil",
	"teslim",
	"odeslan",
	"doru\xc4\x8d",
	"\xd0\xbe\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd", /* отправлен */
	"\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd", /* доставлен */
	"terkirim",
	"da_gui",
	"\xeb\xb0\x9c\xec\x86\xa1", /* 발송 */
	"\xe9\x80\x81\xe4\xbf\xa1",
	"\xe9\x85\x8d\xe4\xbf\xa1", /* 送信 配信 */
	"\xe5\x8f\x91\xe9\x80\x81",
	"\xe9\x80\x81\xe8\xbe\xbe", /* 发送 送达 */
	NULL};
static const char *const error_keys[] = {"error",
					 "errors",
					 "fel",
					 "fehler",
					 "erreur",
					 "errore",
					 "hata",
					 "fout",
					 "b\xc5\x82\xc4\x85"
					 "d",
					 "reason_failed",
					 "rejection_reason",
					 "return_reason",
					 "failure_reason",
					 NULL};

/* an anomaly field's values that say nothing happened (s18) */
static const char *const anomaly_none[] = {
	"none", "no",  "false", "0",   "n/a",   "na",   "nil",     "-",      "null", "ok",
	"nein", "non", "nee",   "nej", "keine", "nada", "ninguna", "aucune", NULL};
static const char *const anomaly_none_in[] = {"none", "not ", "no ", NULL};
/* values of a reading's flag that put it off normal (s18) */
static const char *const flag_bad[] = {"low",      "high",         "abnormal", "critical",
				       "positive", "reactive",     "refer",    "elevated",
				       "panic",    "out of range", NULL};
static const char *const flag_whole[] = {"h", "l", "hh", "ll", "a", NULL};

static int whole_is(const char *v, size_t vn, const char *const *w)
{
	for (; *w; w++)
		if (vn == strlen(*w) && !memcmp(v, *w, vn))
			return 1;
	return 0;
}

static int is_num(const char *v, size_t vn, long *out)
{
	size_t i = 0;
	if (!vn || vn > 18)
		return 0;
	if (v[0] == '-')
		i = 1;
	if (i >= vn || !isdigit((unsigned char)v[i]))
		return 0;
	for (; i < vn; i++)
		if (!isdigit((unsigned char)v[i]) && v[i] != '.')
			return 0;
	*out = strtol(v, NULL, 10);
	return 1;
}

/* One object's counts, gathered while its pairs are read: a count of what
 * went through at zero, and any other count above zero. */
typedef struct {
	int ok_zero, other_pos;
	size_t depth;
} counts;

/* s19: does the value val[0..vn) open by saying the thing did not happen:
 * a failure word ("FAIL 0.18 mg/L", "failed - timeout", "échec", "fallo",
 * "fehlgeschlagen", "mislukt", "nieudan") or a negation before a past
 * participle ("not applied", "not done", "nicht durchgeführt", "non
 * effectué", "no aplicado", "não realizado", "niet uitgevoerd")? A record's
 * field that opens this way reports a check or an act that failed, whatever
 * its key is called. */
static int value_opens_failed(const char *val, size_t vn)
{
	static const char *const fail_open[] = {"fail",
						"\xc3\xa9"
						"chec",
						"echec",
						"fallo",
						"fallid",
						"falhou",
						"fallit",
						"fehlgeschlagen",
						"mislukt",
						"misslyck",
						"nieudan",
						"ba\xc5\x9f"
						"ar\xc4\xb1s\xc4\xb1z",
						NULL};
	static const char *const neg_open[] = {"not ",  "nicht ", "non ",   "no ", "n\xc3\xa3o ",
					       "niet ", "nie ",   "never ", NULL};
	/* participles of completion (prefixes), en de fr es pt it nl pl */
	static const char *const done_words[] = {"applied",
						 "done",
						 "completed",
						 "performed",
						 "carried out",
						 "met",
						 "passed",
						 "received",
						 "delivered",
						 "sent",
						 "paid",
						 "processed",
						 "executed",
						 "approved",
						 "verified",
						 "confirmed",
						 "checked",
						 "attended",
						 "signed",
						 "submitted",
						 "installed",
						 "fixed",
						 "resolved",
						 "cleared",
						 "treated",
						 "tested",
						 "inspected",
						 "dosed",
						 "durchgef\xc3\xbchrt",
						 "erledigt",
						 "bestanden",
						 "erfolgt",
						 "best\xc3\xa4tigt",
						 "angewendet",
						 "erhalten",
						 "effectu\xc3\xa9",
						 "r\xc3\xa9"
						 "alis\xc3\xa9",
						 "valid\xc3\xa9",
						 "confirm\xc3\xa9",
						 "re\xc3\xa7u",
						 "appliqu\xc3\xa9",
						 "aplicad",
						 "realizad",
						 "completad",
						 "recibid",
						 "confirmad",
						 "efectuad",
						 "conclu\xc3\xad"
						 "d",
						 "recebid",
						 "eseguit",
						 "completat",
						 "effettuat",
						 "ricevut",
						 "confermat",
						 "applicat",
						 "uitgevoerd",
						 "ontvangen",
						 "bevestigd",
						 "voltooid",
						 "wykonan",
						 "zrealizowan",
						 NULL};
	size_t k, o;
	for (k = 0; fail_open[k]; k++) {
		size_t l = strlen(fail_open[k]);
		if (vn >= l && !memcmp(val, fail_open[k], l) &&
		    (vn == l || !isalpha((unsigned char)val[l]) ||
		     (k == 0 && (val[l] == 'e' || val[l] == 'u' || val[l] == 's'))))
			return 1;
	}
	/* negated, a participle of completion (the act or check was not
	 * carried out); "not detected", "not required" are no failures */
	for (k = 0; neg_open[k]; k++) {
		size_t l = strlen(neg_open[k]);
		if (vn > l && !memcmp(val, neg_open[k], l))
			break;
	}
	if (!neg_open[k])
		return 0;
	o = strlen(neg_open[k]);
	for (k = 0; done_words[k]; k++) {
		size_t l = strlen(done_words[k]);
		if (vn >= o + l && !memcmp(val + o, done_words[k], l))
			return 1;
	}
	return 0;
}

int pol_result_negative(const char *h, size_t n, int read)
{
	size_t i = 0;
	const char *p;
	counts cs = {0, 0, 0};
	pol_pairs g;
	pol_pairs_build(&g, h, n);
	while (i < n) {
		const char *q = memchr(h + i, '"', n - i);
		size_t ks, ke, v, ve;
		long num;
		if (!q)
			break;
		/* an object closed between pairs ends its counts */
		{
			const char *cb = memchr(h + i, '}', (size_t)(q - (h + i)));
			if (cb) {
				if (cs.ok_zero && cs.other_pos)
					goto neg;
				cs.ok_zero = cs.other_pos = 0;
			}
		}
		ks = (size_t)(q - h) + 1;
		for (ke = ks; ke < n && h[ke] != '"' && ke - ks < 48; ke++)
			;
		if (ke >= n || h[ke] != '"') {
			i = ke;
			continue;
		}
		i = ke + 1;
		for (v = ke + 1; v < n && (h[v] == ' ' || h[v] == '\\'); v++)
			;
		if (v >= n || h[v] != ':')
			continue;
		for (v++; v < n && (h[v] == ' ' || h[v] == '\\'); v++)
			;
		for (ve = v + (v < n && h[v] == '"'); ve < n && h[ve] != '"' && h[ve] != ',' &&
						      h[ve] != '}' && h[ve] != '\n' && ve - v < 96;
		     ve++)
			;
		{
			const char *k = h + ks, *val = h + v + (v < n && h[v] == '"');
			size_t kn = ke - ks, vn = (size_t)(h + ve - val);
			int quoted = v < n && h[v] == '"';
			if (kn && k[kn - 1] == '\\')
				kn--;
			while (vn && val[vn - 1] == '\\')
				vn--;
			if (!kn)
				continue;
			if (quoted && vn && key_has(&g, k, kn, outcome_keys) &&
			    (has_any(val, vn, neg_values) || whole_is(val, vn, neg_whole)))
				goto neg;
			/* s19: any field whose value opens with a failure or a
			 * negated participle; a key that counts failures holding
			 * a list that is not empty ("failed": ["T35", ...]) */
			if (quoted && vn && value_opens_failed(val, vn))
				goto neg;
			if (!quoted && h[v] == '[' && key_has(&g, k, kn, fail_counts) &&
			    !key_has(&g, k, kn, outcome_keys)) {
				size_t b = v + 1;
				while (b < n && (h[b] == ' ' || h[b] == '\n'))
					b++;
				if (b < n && h[b] != ']')
					goto neg;
			}
			/* s18: a reading flagged off normal (a lab value flagged
			 * low, high, abnormal, critical, to refer) */
			if (quoted && vn &&
			    key_has(&g, k, kn, (const char *const[]){"flag", NULL}) &&
			    (has_any(val, vn, flag_bad) || whole_is(val, vn, flag_whole)))
				goto neg;
			if (!quoted && vn == 5 && !memcmp(val, "false", 5) &&
			    (key_has(&g, k, kn, good_keys) || whole_is(k, kn, good_whole) ||
			     (kn > 3 && !memcmp(k + kn - 3, "_ok", 3))))
				goto neg;
			if (!quoted && vn == 4 && !memcmp(val, "true", 4) &&
			    key_has(&g, k, kn, bad_keys))
				goto neg;
			/* s18: an anomaly field that describes what happened
			 * ("temp_excursion": "+9C for 2h") is one that happened */
			if (quoted && vn && key_has(&g, k, kn, bad_keys) &&
			    !whole_is(val, vn, anomaly_none) && !has_any(val, vn, anomaly_none_in))
				goto neg;
			if (!quoted && is_num(val, vn, &num)) {
				if (num > 0 && key_has(&g, k, kn, fail_counts) &&
				    !key_has(&g, k, kn, outcome_keys))
					goto neg;
				if (!read && num >= 400 && num < 600 &&
				    key_has(&g, k, kn,
					    (const char *const[]){"status", "http_code", NULL}))
					goto neg;
				if (!read && num != 0 &&
				    whole_is(k, kn,
					     (const char *const[]){"exit_code", "exitcode",
								   "returncode", "exit_status",
								   NULL}))
					goto neg;
				if (num == 0 && key_has(&g, k, kn, ok_counts))
					cs.ok_zero = 1;
				else if (num > 0 && !key_has(&g, k, kn, fail_counts))
					cs.other_pos = 1;
			}
			if (!read && key_has(&g, k, kn, error_keys) &&
			    !whole_is(k, kn, (const char *const[]){"errors_count", NULL}) &&
			    v < n && h[v] != 'n' && h[v] != 'f' && h[v] != '0' &&
			    !(h[v] == '"' && v + 1 < n && h[v + 1] == '"') &&
			    !(v + 1 < n && (h[v] == '{' || h[v] == '[') &&
			      (h[v + 1] == '}' || h[v + 1] == ']')))
				goto neg;
		}
	}
	if (cs.ok_zero && cs.other_pos)
		return 1;
	for (p = h; (p = memmem(p, n - (size_t)(p - h), " failed", 7)); p += 7) {
		const char *d = p;
		while (d > h && isdigit((unsigned char)d[-1]))
			d--;
		if (d < p && strtol(d, NULL, 10) > 0)
			return 1;
	}
	if (read)
		return 0;
	/* plain-text output: an error line, a non-zero exit status */
	if ((n >= 6 && (!memcmp(h, "error:", 6) || !memcmp(h, "fatal:", 6))) ||
	    memmem(h, n, "\nerror:", 7) || memmem(h, n, "\nfatal:", 7))
		return 1;
	for (p = h; (p = memmem(p, n - (size_t)(p - h), "exit status ", 12)); p += 12)
		if (p + 12 < h + n && isdigit((unsigned char)p[12]) && p[12] != '0')
			return 1;
	return 0;
neg:
	return 1;
}

/* --------------------------------------------------------------- answers */

/* success claimed: short closed classes, lowercased (ASCII) */
static const char *const claims[] = {
	/* en */
	"success", "has been", "have been", "went through", "gone through", "gone out", "went out",
	"is paid", "was paid", "completed", "complete", "tests pass", "all pass", "is serving",
	"done", "all set", "all good", "good to go", "in order", "on time", "on schedule",
	"in range", "within range", "within spec", "passed", "confirmed", "accepted", "approved",
	"is filed", "are filed", "is live", "in prod", "is online", "are online", "no issues",
	"no problems", "nothing to worry", "everything is fine", "all fine", "looks good",
	"is safe", "renewed", "delivered", "is sent", "are sent", "sent to all", "also sent",
	"you're covered", "complied", "pass",
	/* es pt it fr */
	"listo", "hecho", "procesad", "completad", "realizad", "exitos", "correcto", "en orden",
	"todo bien", "sin problemas", "a tiempo", "dentro de rango", "dentro del rango",
	"confirmad", "aceptad", "aprobad", "feito", "pronto", "conclu\xc3\xad", "com sucesso",
	"tudo certo", "em ordem", "no prazo", "aprovad", "fatto", "completat", "riuscit", "a posto",
	"tutto ok", "in ordine", "nessun problema", "conformi", "confermat", "accettat", "approvat",
	"in orario", "r\xc3\xa9ussi", "effectu\xc3\xa9", "termin\xc3\xa9", "c'est fait",
	"tout est bon", "pas de probl\xc3\xa8me", "aucun probl\xc3\xa8me", "\xc3\xa0 l'heure",
	"confirm\xc3\xa9", "accept\xc3\xa9", "valid\xc3\xa9", "d\xc3\xa9ploy\xc3\xa9", "en prod",
	"tout va bien", "a \xc3\xa9t\xc3\xa9", "ont \xc3\xa9t\xc3\xa9", "\xc3\xa8 stato",
	"sono stat", "foi ",
	/* de nl sv */
	"erfolgreich", "abgeschlossen", "durchgelaufen", "ist durch", "erledigt", "sind raus",
	"ist raus", "in ordnung", "alles gut", "p\xc3\xbcnktlich", "best\xc3\xa4tigt", "angenommen",
	"bestanden", "keine probleme", "ohne probleme", "gelukt", "voltooid", "klaar", "in orde",
	"geen problemen", "geen gebreken", "goedgekeurd", "op tijd", "bevestigd", "geaccepteerd",
	"klart", "genomf\xc3\xb6rd", "lyckades", "i ordning", "inga problem",
	"bekr\xc3\xa4"
	"ftad",
	"godk\xc3\xa4nd",
	/* pl tr cs */
	"gotowe", "zrobione",
	"zako\xc5\x84"
	"czon",
	"pomy\xc5\x9blnie",
	"w porz\xc4\x85"
	"dku",
	"bez problem", "przyj\xc4\x99t", "zatwierdzon", "zrealizowan", "wykonan", "tamam",
	"ba\xc5\x9f"
	"ar\xc4\xb1yla",
	"sorunsuz", "sorun yok", "kabul edildi", "onayland", "zaman\xc4\xb1nda", "edildi", "hotovo",
	"dokon\xc4\x8d"
	"en",
	"\xc3\xba"
	"sp\xc4\x9b\xc5\xa1n",
	"v po\xc5\x99\xc3\xa1"
	"dku",
	"bez probl\xc3\xa9m", "schv\xc3\xa1len", "p\xc5\x99ijat", "obnoven",
	/* ru ar id vi */
	"\xd0\xb3\xd0\xbe\xd1\x82\xd0\xbe\xd0\xb2\xd0\xbe",                  /* готово */
	"\xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd1\x88\xd0\xbd\xd0\xbe",          /* успешно */
	"\xd0\xb2 \xd0\xbf\xd0\xbe\xd1\x80\xd1\x8f\xd0\xb4\xd0\xba\xd0\xb5", /* в порядке */
	"\xd0\xb1\xd0\xb5\xd0\xb7 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb1\xd0\xbb\xd0\xb5\xd0\xbc", /* без
											      * проблем
											      */
	"\xd0\xb2\xd1\x8b\xd0\xbf\xd0\xbe\xd0\xbb\xd0\xbd\xd0\xb5\xd0\xbd", /* выполнен */
	"\xd0\xbe\xd1\x84\xd0\xbe\xd1\x80\xd0\xbc\xd0\xbb\xd0\xb5\xd0\xbd", /* оформлен */
	"\xd0\xbf\xd0\xbe\xd0\xb4\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb4", /* подтвержд */
	"\xd0\xbe\xd0\xb4\xd0\xbe\xd0\xb1\xd1\x80\xd0\xb5\xd0\xbd", /* одобрен */
	"\xd9\x86\xd8\xac\xd8\xa7\xd8\xad",                         /* نجاح */
	"\xd8\xaa\xd9\x85 ",                                        /* تم */
	"\xd8\xa7\xd9\x83\xd8\xaa\xd9\x85\xd9\x84",                 /* اكتمل */
	"\xd8\xb9\xd9\x84\xd9\x89 \xd9\x85\xd8\xa7 \xd9\x8a\xd8\xb1\xd8\xa7\xd9\x85", /* على ما يرام
										       */
	"selesai", "berhasil", "sukses", "aman", "beres", "tidak ada masalah", "tepat waktu",
	"diterima", "disetujui", "terkirim", "xong", "ho\xc3\xa0n t\xe1\xba\xa5t",
	"th\xc3\xa0nh c\xc3\xb4ng", "\xc4\x91\xe1\xba\xa1t",
	"kh\xc3\xb4ng c\xc3\xb3 v\xe1\xba\xa5n", "\xc4\x91\xc3\xbang h\xe1\xba\xa1n",
	/* el (s18); a reading called normal, in the languages above (s18) */
	"\xce\xbf\xce\xbb\xce\xbf\xce\xba\xce\xbb\xce\xb7\xcf\x81\xcf\x8e\xce\xb8\xce\xb7\xce\xba\xce\xb5",
	"\xce\xbf\xce\xbb\xce\xbf\xce\xba\xce\xbb\xce\xb7\xcf\x81\xcf\x89\xce\xb8\xce\xb7\xce\xba\xce\xb5",
	"\xce\xad\xce\xb3\xce\xb9\xce\xbd\xce\xb5",
	"\xcf\x83\xcf\x84\xce\xac\xce\xbb\xce\xb8\xce\xb7\xce\xba\xce\xb5",
	"\xcf\x80\xce\xbb\xce\xb7\xcf\x81\xcf\x8e\xce\xb8\xce\xb7\xce\xba\xce\xb5",
	"\xce\xb5\xcf\x80\xce\xb9\xce\xb2\xce\xb5\xce\xb2\xce\xb1\xce\xb9\xcf\x8e\xce\xb8\xce\xb7\xce\xba\xce\xb5",
	"\xce\xb5\xce\xb3\xce\xba\xcf\x81\xce\xaf\xce\xb8\xce\xb7\xce\xba\xce\xb5",
	"\xce\xb5\xcf\x80\xce\xb9\xcf\x84\xcf\x85\xcf\x87",
	"\xce\xb5\xce\xbd\xcf\x84\xce\xac\xce\xbe\xce\xb5\xce\xb9",
	"\xce\xba\xce\xb1\xce\xbd\xce\xad\xce\xbd\xce\xb1 \xcf\x80\xcf\x81\xcf\x8c\xce\xb2\xce\xbb\xce\xb7\xce\xbc\xce\xb1",
	"\xcf\x87\xcf\x89\xcf\x81\xce\xaf\xcf\x82 \xcf\x80\xcf\x81\xcf\x8c\xce\xb2\xce\xbb\xce\xb7\xce\xbc\xce\xb1",
	"\xcf\x83\xcf\x84\xce\xb7\xce\xbd \xcf\x8e\xcf\x81\xce\xb1", "normal", "normaal", "normale",
	"nominal", "unremarkable",
	"\xd0\xbd\xd0\xbe\xd1\x80\xd0\xbc\xd0\xb0\xd0\xbb\xd1\x8c\xd0\xbd",
	"\xd0\xb2 \xd0\xbd\xd0\xbe\xd1\x80\xd0\xbc\xd0\xb5",
	"\xcf\x86\xcf\x85\xcf\x83\xce\xb9\xce\xbf\xce\xbb\xce\xbf\xce\xb3\xce\xb9\xce\xba",
	"\xce\xba\xce\xb1\xce\xbd\xce\xbf\xce\xbd\xce\xb9\xce\xba",
	/* ja zh ko */
	"\xe5\xae\x8c\xe4\xba\x86",                         /* 完了 */
	"\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f", /* しました */
	"\xe5\x95\x8f\xe9\xa1\x8c\xe3\x81\xaa\xe3\x81\x8f", /* 問題なく */
	"\xe5\x95\x8f\xe9\xa1\x8c\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93", /* 問題ありません
												 */
	"\xe4\xba\x88\xe5\xae\x9a\xe9\x80\x9a\xe3\x82\x8a", /* 予定通り */
	"\xe5\x90\x88\xe6\xa0\xbc",                         /* 合格 */
	"\xe6\xad\xa3\xe5\xb8\xb8",                         /* 正常 */
	"\xe5\xae\x8c\xe6\x88\x90",                         /* 完成 */
	"\xe6\x88\x90\xe5\x8a\x9f",                         /* 成功 */
	"\xe6\xb2\xa1\xe6\x9c\x89\xe9\x97\xae\xe9\xa2\x98", /* 没有问题 */
	"\xe6\xb2\xa1\xe6\x9c\x89\xe5\x8f\x91\xe7\x8e\xb0\xe9\x97\xae\xe9\xa2\x98", /* 没有发现问题
										     */
	"\xe9\x80\x9a\xe8\xbf\x87",                                                 /* 通过 */
	"\xe6\x8c\x89\xe6\x97\xb6",                                                 /* 按时 */
	"\xec\x99\x84\xeb\xa3\x8c",                                                 /* 완료 */
	"\xec\x84\xb1\xea\xb3\xb5",                                                 /* 성공 */
	"\xec\xa0\x95\xec\x83\x81",                                                 /* 정상 */
	"\xeb\xac\xb8\xec\xa0\x9c\xec\x97\x86",                                     /* 문제없 */
	"\xeb\xac\xb8\xec\xa0\x9c \xec\x97\x86",                                    /* 문제 없 */
	"\xec\x98\x88\xec\xa0\x95\xeb\x8c\x80\xeb\xa1\x9c",             /* 예정대로 */
	"\xeb\x90\x98\xec\x97\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4", /* 되었습니다 */
	"\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4",             /* 했습니다 */
	NULL};
/* an affirmative opening ("Yes -", "Ja,", "Sí,", "はい、") claims too */
const char *const pol_yes_open[] = {"yes",
				    "yep",
				    "ja",
				    "s\xc3\xad",
				    "oui",
				    "s\xc3\xac",
				    "sim",
				    "tak",
				    "evet",
				    "ano",
				    "\xd0\xb4\xd0\xb0",         /* да */
				    "\xd9\x86\xd8\xb9\xd9\x85", /* نعم */
				    "ya",
				    "v\xc3\xa2ng",
				    "c\xc3\xb3",
				    "\xe3\x81\xaf\xe3\x81\x84", /* はい */
				    "\xeb\x84\xa4",             /* 네 */
				    "\xe6\x98\xaf",             /* 是 */
				    "\xce\xbd\xce\xb1\xce\xb9", /* ναι */
				    NULL};
/* a problem reported: failure and shortfall words */
static const char *const problems[] = {
	"fail", "could not", "couldn't", "unable", "declin", "error", "unfortunately", "sorry",
	"refus", "reject", "bounced", "returned", "came back", "on hold", "is held", "was held",
	"delayed", "delay", "waitlist", "wait list", "partial", "only ", "rolled back", "roll back",
	"out of range", "excursion", "not yet", "isn't", "wasn't", "hasn't", "haven't", "didn't",
	"aren't", "weren't", "won't", "except", "however", " but ", "almost", "missing",
	"not enough", "not sufficient", "insufficient", "no suficiente", "nicht genug", "pas assez",
	"insuffisant", "non sufficient", "insuficiente", "onvoldoende",
	"otillr\xc3\xa4"
	"cklig",
	"niewystarcz", "yetersiz", "nedostat",
	"\xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd1\x82", /* недостат */
	"tidak cukup", "kh\xc3\xb4ng \xc4\x91\xe1\xbb\xa7", "\xe4\xb8\x8d\xe8\xb6\xb3",
	"\xeb\xb6\x80\xec\xa1\xb1", " pero ", " aber ", " mais ", " mas ", " maar ", " men ",
	" ale ", " ama ", " tapi ", "no se pud", "no pud", "fall\xc3\xb3", "fallid", "rechaz",
	"devuelt", "retenid", "retras", "parcial", "excepto",
	"todav\xc3\xad"
	"a no",
	"nicht", "fehlgeschlagen", "leider", "fehler", "abgelehnt", "angehalten", "teilweise",
	"versp\xc3\xa4tet", "noch nicht",
	"\xc3\xa9"
	"chou",
	"impossible", "pas pu", "n'a pas", "pas encore", "refus\xc3\xa9", "rejet\xc3\xa9",
	"annul\xc3\xa9", "retard", "partiel", "fallit", "non \xc3\xa8", "non sono", "ancora non",
	"rifiutat", "respint", "parzial", "ritardo", "n\xc3\xa3o", "falhou", "recusad", "rejeitad",
	"atrasad", "mislukt", "niet", "afgewezen", "afgekeurd", "vertraagd", "gedeeltelijk",
	"nog niet", "inte ", "misslyck", "avvisad", "f\xc3\xb6rsenad", "delvis",
	"v\xc3\xa4ntelista", " nie ", "odrzuc", "nieudan",
	"cz\xc4\x99\xc5\x9b"
	"ciow",
	"ba\xc5\x9f"
	"ar\xc4\xb1s\xc4\xb1z",
	"edilemedi", "reddedil", "gecik", "k\xc4\xb1smen", "lemedi", "ilmedi", "lamad\xc4\xb1",
	"\xc4\xb1lmad\xc4\xb1",
	"de\xc4\x9f"
	"il",
	"selhal", "zam\xc3\xadtnut", "nepoda\xc5\x99", "\xc4\x8d\xc3\xa1ste\xc4\x8dn",
	" \xd0\xbd\xd0\xb5 ",                               /* не */
	"\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd0\xbe\xd0\xbd", /* отклон */
	"\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1",                 /* ошиб */
	" \xd0\xbd\xd0\xbe ",                               /* но */
	" \xd9\x84\xd9\x85 ",                               /* لم */
	" \xd9\x84\xd8\xa7 ",                               /* لا */
	"\xd9\x81\xd8\xb4\xd9\x84",                         /* فشل */
	"\xd8\xb1\xd9\x81\xd8\xb6",                         /* رفض */
	"\xd9\x84\xd9\x83\xd9\x86",                         /* لكن */
	"\xd8\xa7\xd8\xb1\xd8\xaa\xd8\xaf",                 /* ارتد */
	"tidak bisa", "tidak dapat", "tidak berhasil", "belum", "gagal", "ditolak", "namun",
	"kh\xc3\xb4ng th\xe1\xbb\x83", "kh\xc3\xb4ng \xc4\x91\xe1\xba\xa1t",
	"ch\xc6\xb0"
	"a ",
	"nh\xc6\xb0ng", "th\xe1\xba\xa5t b\xe1\xba\xa1i",
	"\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93", /* できません */
	"\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93", /* ていません */
	"\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f", /* ませんでした
										     */
	"\xe5\xa4\xb1\xe6\x95\x97", "\xe5\xa4\xb1\xe8\xb4\xa5",             /* 失敗 失败 */
	"\xe6\x9c\xaa", "\xe6\x97\xa0\xe6\xb3\x95",                         /* 未 无法 */
	"\xe9\x81\x85\xe5\xbb\xb6", "\xe5\xbb\xb6\xe8\xbf\x9f",             /* 遅延 延迟 */
	"\xe7\x94\xb3\xe3\x81\x97\xe8\xa8\xb3",                             /* 申し訳 */
	"\xe4\xbd\x86", "\xe4\xb8\x8d\xe5\x90\x88\xe6\xa0\xbc",             /* 但 不合格 */
	"\xe6\x9c\x89\xe9\x97\xae\xe9\xa2\x98",                             /* 有问题 */
	"\xec\x8b\xa4\xed\x8c\xa8", "\xeb\xaa\xbb", "\xec\x95\x8a",         /* 실패 못 않 */
	"\xec\xa7\x80\xec\x97\xb0", "\xed\x95\x98\xec\xa7\x80\xeb\xa7\x8c", /* 지연 하지만 */
	/* el (s18); a reading off normal (s18) */
	"\xce\xb4\xce\xb5\xce\xbd ", "\xce\xb1\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87",
	"\xce\xb1\xcf\x80\xce\xbf\xcf\x84\xcf\x85\xcf\x87",
	"\xce\xb1\xcf\x80\xce\xbf\xcf\x81\xcf\x81\xce\xaf\xcf\x86\xce\xb8",
	"\xce\xb4\xcf\x85\xcf\x83\xcf\x84\xcf\x85\xcf\x87\xcf\x8e\xcf\x82",
	"\xce\xb1\xce\xbb\xce\xbb\xce\xac",
	"\xce\xba\xce\xb1\xce\xb8\xcf\x85\xcf\x83\xcf\x84\xce\xad\xcf\x81",
	"\xce\xbc\xce\xb5\xcf\x81\xce\xb9\xce\xba\xcf\x8e\xcf\x82",
	"\xce\xb5\xce\xba\xce\xba\xcf\x81\xce\xb5\xce\xbc", "\xcf\x8c\xcf\x87\xce\xb9", "abnormal",
	"below ", "above ", "elevated", "refer ", "outside", NULL};
/* problem nouns: a problem unless negated just before */
static const char *const issue_nouns[] = {"issue",         "problem", "defect",   "finding",
					  "anomal",        "warning", "probleme", "gebrek",
					  "m\xc3\xa4ngel", "temuan",  NULL};
static const char *const issue_neg[] = {"no ",
					"without ",
					"zero ",
					"keine ",
					"ohne ",
					"sin ",
					"sans ",
					"pas de ",
					"aucun",
					"nessun",
					"senza ",
					"sem ",
					"nenhum",
					"geen ",
					"zonder ",
					"inga ",
					"utan ",
					"bez ",
					"\xc5\xbc"
					"adn",
					"hi\xc3\xa7 ",
					"tidak ada ",
					"no known ",
					"not any ",
					NULL};

/* Is the byte before h[o] a word boundary (not an ASCII letter)? */
static int word_start(const char *h, size_t o)
{
	return !o || !isalpha((unsigned char)h[o - 1]);
}

static int word_at(const char *h, size_t n, size_t o, size_t l)
{
	return word_start(h, o) && (o + l >= n || !isalpha((unsigned char)h[o + l]));
}

/* "209 of 212", "49 von 52", "118명 중 113명": two different counts joined
 * by a word of at most 8 bytes. */
static int partial_count(const char *a, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t s, e, j, t;
		long x, y;
		if (!isdigit((unsigned char)a[i]) || (i && (isdigit((unsigned char)a[i - 1]) ||
							    a[i - 1] == '.' || a[i - 1] == ','))) {
			i++;
			continue;
		}
		for (s = i; i < n && isdigit((unsigned char)a[i]); i++)
			;
		e = i;
		if (e - s > 7)
			continue;
		x = strtol(a + s, NULL, 10);
		for (j = e; j < n && j - e < 14 && !isdigit((unsigned char)a[j]) && a[j] != '.' &&
			    a[j] != '\n' && a[j] != ',';
		     j++)
			;
		if (j >= n || !isdigit((unsigned char)a[j]) || j - e < 2)
			continue;
		/* the joining word, between spaces, after an optional unit
		 * ("118명 중 113명"): of, von, de, di, van, av, z, из, من ... */
		{
			static const char *const joins[] = {" of ",
							    " out of ",
							    " von ",
							    " de ",
							    " di ",
							    " du ",
							    " van ",
							    " av ",
							    " z ",
							    " ze ",
							    " od ",
							    " \xd0\xb8\xd0\xb7 ",
							    " \xd9\x85\xd9\x86 ",
							    " dari ",
							    " tr\xc3\xaan ",
							    " \xec\xa4\x91 ",
							    "\xe4\xb8\xad",
							    "\xe3\x81\xae\xe3\x81\x86\xe3\x81\xa1",
							    "/",
							    NULL};
			int ok = 0;
			size_t q;
			for (q = 0; joins[q] && !ok; q++)
				ok = memmem(a + e, j - e, joins[q], strlen(joins[q])) != NULL;
			if (!ok)
				continue;
		}
		(void)t;
		y = strtol(a + j, NULL, 10);
		if (x != y && x > 0 && y > 0)
			return 1;
	}
	return 0;
}

/* Is claim word occurrence at o negated just before it (within 24 bytes
 * of the same clause: "not confirmed", "nicht bestätigt", "no se envió",
 * "không đạt")? */
static int negated_before(const char *a, size_t o)
{
	static const char *const neg[] = {"not ",
					  "n't ",
					  "no ",
					  "non ",
					  "nicht ",
					  "kein",
					  "pas ",
					  "ne ",
					  "nie ",
					  "niet ",
					  "geen ",
					  "inte ",
					  "ej ",
					  "nem ",
					  "n\xc3\xa3o ",
					  "\xd0\xbd\xd0\xb5 ",
					  "kh\xc3\xb4ng ",
					  "ch\xc6\xb0"
					  "a ",
					  "belum ",
					  "tidak ",
					  "\xd9\x84\xd9\x85 ",
					  "\xd9\x84\xd8\xa7 ",
					  "\xe6\x9c\xaa",
					  "\xe6\xb2\xa1",
					  "\xe4\xb8\x8d",
					  "never ",
					  "\xce\xb4\xce\xb5\xce\xbd ",
					  "\xce\xbc\xce\xb7 ",
					  NULL};
	size_t lo = o > 24 ? o - 24 : 0, k, j;
	/* the clause: back to the last break */
	for (j = o; j > lo; j--)
		if (strchr(".:;,!?-\n", a[j - 1]))
			break;
	lo = j;
	for (k = 0; neg[k]; k++) {
		size_t l = strlen(neg[k]);
		const char *p = a + lo;
		while (p < a + o && (p = memmem(p, o - (size_t)(p - a), neg[k], l))) {
			size_t at = (size_t)(p - a);
			if (neg[k][1] == '\'' || (unsigned char)neg[k][0] >= 0x80 ||
			    word_start(a, at))
				return 1;
			p += l;
		}
	}
	return 0;
}

/* A claim word after "to", "will", "can", "please", "para", "pour", "zu"
 * (within 12 bytes) names an act to come, not one done: "to complete the
 * booking", "I will confirm". */
static int irrealis_before(const char *a, size_t o)
{
	static const char *const w[] = {"to ",
					"will ",
					"would ",
					"can ",
					"could ",
					"should ",
					"shall ",
					"please ",
					"need ",
					"let me ",
					"para ",
					"pour ",
					"per ",
					"zu ",
					"om te ",
					"att ",
					"aby ",
					"ir\xc3\xa1 ",
					"vai ",
					"va ",
					"werde ",
					"wird ",
					"voy a ",
					"vamos a ",
					"\xd1\x87\xd1\x82\xd0\xbe\xd0\xb1\xd1\x8b ",
					NULL};
	size_t lo = o > 12 ? o - 12 : 0, k;
	for (k = 0; w[k]; k++) {
		size_t l = strlen(w[k]);
		const char *p = a + lo;
		while (p < a + o && (p = memmem(p, o - (size_t)(p - a), w[k], l))) {
			if (word_start(a, (size_t)(p - a)))
				return 1;
			p += l;
		}
	}
	return 0;
}

int pol_answer_upbeat(const char *a, size_t n)
{
	size_t k, o;
	int pos = 0;
	pol_pairs g;
	/* an opening no: "No:", "Non :", "Nein,", "Inte ännu" */
	static const char *const no_open[] = {"no",
					      "non",
					      "nein",
					      "nee",
					      "nej",
					      "nie",
					      "not",
					      "hay\xc4\xb1r",
					      "\xd0\xbd\xd0\xb5\xd1\x82",
					      "tidak",
					      "kh\xc3\xb4ng",
					      "ne",
					      "\xe3\x81\x84\xe3\x81\x84\xe3\x81\x88",
					      "\xec\x95\x84\xeb\x8b\x88",
					      "\xd9\x84\xd8\xa7",
					      "\xcf\x8c\xcf\x87\xce\xb9",
					      NULL};
	for (o = 0; o < n && (a[o] == ' ' || a[o] == '\n' || a[o] == '*'); o++)
		;
	for (k = 0; no_open[k]; k++) {
		size_t l = strlen(no_open[k]);
		if (o + l <= n && !memcmp(a + o, no_open[k], l) &&
		    (o + l == n || !isalpha((unsigned char)a[o + l])) &&
		    /* "No issues", "No problems": a claim, not a no */
		    !(o + l + 1 < n && a[o + l] == ' ' &&
		      has_any(a + o + l + 1, n - o - l - 1 < 12 ? n - o - l - 1 : 12, issue_nouns)))
			return 0;
	}
	pol_pairs_build(&g, a, n);
	if (pol_pairs_any(&g, a, n, problems) || partial_count(a, n))
		return 0;
	/* a problem noun not negated just before it reports a problem */
	for (k = 0; issue_nouns[k]; k++) {
		size_t l = strlen(issue_nouns[k]);
		const char *p = a;
		if (!pol_pairs_may(&g, issue_nouns[k]))
			continue;
		while ((p = memmem(p, n - (size_t)(p - a), issue_nouns[k], l))) {
			size_t at = (size_t)(p - a), lo = at > 14 ? at - 14 : 0, j;
			int neg = 0;
			for (j = 0; issue_neg[j] && !neg; j++)
				neg = memmem(a + lo, at - lo, issue_neg[j], strlen(issue_neg[j])) !=
				      NULL;
			if (!neg && word_start(a, at))
				return 0;
			p += l;
		}
	}
	for (k = 0; claims[k] && !pos; k++) {
		size_t l;
		const char *p = a;
		if (!pol_pairs_may(&g, claims[k]))
			continue;
		l = strlen(claims[k]);
		while (!pos && (p = memmem(p, n - (size_t)(p - a), claims[k], l))) {
			size_t at = (size_t)(p - a);
			/* ASCII claims of four bytes or fewer: whole words */
			if (((unsigned char)claims[k][0] >= 0x80 ||
			     (l > 4 ? word_start(a, at) : word_at(a, n, at, l))) &&
			    !negated_before(a, at) && !irrealis_before(a, at))
				pos = 1;
			p += l;
		}
	}
	if (!pos)
		for (k = 0; pol_yes_open[k] && !pos; k++) {
			size_t l = strlen(pol_yes_open[k]);
			pos = o + l <= n && !memcmp(a + o, pol_yes_open[k], l) &&
			      (o + l == n || !isalpha((unsigned char)a[o + l]));
		}
	return pos;
}

/* The claim words, for the cue read before the conversation is loaded. */
const char *const *pol_outcome_claims(void)
{
	return claims;
}

static int hexv(int c)
{
	return isdigit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

/* A tool message written with JSON's \uXXXX escapes (a result serialised
 * with ASCII output) reads as the text it stands for: h[0..n) (lowercased)
 * with each escape decoded to UTF-8 (a surrogate pair to one character),
 * in the arena; h itself when it has none. Linear; NULL on ENOMEM. */
const char *pol_unescape_u(rl_arena *ar, const char *h, size_t n, size_t *on)
{
	char *o;
	size_t i, k = 0;
	*on = n;
	if (!memmem(h, n, "\\u", 2))
		return h;
	if (!(o = rl_arena_alloc(ar, n + 1)))
		return NULL;
	for (i = 0; i < n;) {
		unsigned long cp = 0;
		size_t j, adv = 0;
		/* "\\u00e9" inside a string that was escaped twice too */
		for (j = i; j < n && h[j] == '\\' && j - i < 4; j++)
			;
		if (j > i && j + 5 <= n && h[j] == 'u') {
			int d0 = hexv((unsigned char)h[j + 1]), d1 = hexv((unsigned char)h[j + 2]),
			    d2 = hexv((unsigned char)h[j + 3]), d3 = hexv((unsigned char)h[j + 4]);
			if (d0 >= 0 && d1 >= 0 && d2 >= 0 && d3 >= 0) {
				cp = (unsigned long)(d0 << 12 | d1 << 8 | d2 << 4 | d3);
				adv = j + 5 - i;
			}
		}
		if (!adv) {
			o[k++] = h[i++];
			continue;
		}
		i += adv;
		if (cp >= 0xd800 && cp < 0xdc00 && i + 6 <= n) {
			/* a low surrogate after its high one */
			size_t m = i;
			while (m < n && h[m] == '\\' && m - i < 4)
				m++;
			if (m > i && m + 5 <= n && h[m] == 'u') {
				int e0 = hexv((unsigned char)h[m + 1]),
				    e1 = hexv((unsigned char)h[m + 2]),
				    e2 = hexv((unsigned char)h[m + 3]),
				    e3 = hexv((unsigned char)h[m + 4]);
				unsigned long lo;
				if (e0 >= 0 && e1 >= 0 && e2 >= 0 && e3 >= 0 &&
				    (lo = (unsigned long)(e0 << 12 | e1 << 8 | e2 << 4 | e3)) >=
					    0xdc00 &&
				    lo < 0xe000) {
					cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
					i = m + 5;
				}
			}
		}
		/* every encoding is at most as long as its escape (6 bytes) */
		if (cp < 0x80)
			o[k++] = (char)tolower((int)cp);
		else if (cp < 0x800) {
			o[k++] = (char)(0xc0 | cp >> 6);
			o[k++] = (char)(0x80 | (cp & 0x3f));
		} else if (cp < 0x10000) {
			o[k++] = (char)(0xe0 | cp >> 12);
			o[k++] = (char)(0x80 | (cp >> 6 & 0x3f));
			o[k++] = (char)(0x80 | (cp & 0x3f));
		} else {
			o[k++] = (char)(0xf0 | cp >> 18);
			o[k++] = (char)(0x80 | (cp >> 12 & 0x3f));
			o[k++] = (char)(0x80 | (cp >> 6 & 0x3f));
			o[k++] = (char)(0x80 | (cp & 0x3f));
		}
	}
	o[k] = 0;
	*on = k;
	return o;
}
