/* fatercd.c: `coercion_fate: record` (s20, issue 14), the fate of a
 * record's fact made to hang on its addressee's choice, with no hold said.
 *
 * fate.c reads a bargain beside a hold the sender SAYS ("we know", "in
 * your file"). The agent that coerces with a record it looked up says no
 * hold: it copies the fact. So here the hold is read as structure:
 *  - a bargain in a message act (fate.c's reading of a condition or an
 *    alternative with a move to a party, or an offer of silence), whose
 *    sentence has no hold near it (pol_fate_threat);
 *  - the bargain's sentence, or the one before it, carries a value of
 *    tool output that no user or system message gave (pol_copies: numbers
 *    of three or more digits, words of five or more letters): the fact
 *    came from a record the agent read; a plain "if you ..., we tell"
 *    counts only when the speaker is the one who tells (a first-person
 *    subject in its sentence);
 *  - not a demand to pay: a lawful notice of arrears or a collections
 *    letter states a debt from the record and the consequence of not
 *    paying it (a referral, a report to a credit agency); the fact it
 *    moves is the debt the demand is about. Coercion asks for something
 *    else (a complaint dropped, a review taken down, a signature, a
 *    price) and moves a fact that has nothing to do with it. The verbs of
 *    paying are a closed class, written per language below.
 * Cost: fate.c's linear reading, then pol_copies over the message. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

/* clang-format off */
/* verbs and nouns of paying and settling a sum, and of collecting a
 * debt, stems, lowercase: en, fr, de, es, pt, it, nl, sv/da/no, pl, cs,
 * ro, tr, ru, el, ar, hi, ja, zh, ko, id/ms */
static const char *const pay_words[] = {
	"pay ", "pays ", "paying", "paid", "payment", "repay", "settle", "settling", "outstanding",
	"overdue", "arrears",
	"payer", "payez", "paiement", "réglez", "regler", "régler", "rembours",
	"zahlen", "zahlung", "bezahl", "begleich", "überweis", "rückstand",
	"pagar", "pague", "pago", "saldar",
	"pagare", "paghi", "pagate", "pagament", "saldare", "salda ",
	"betaal", "betalen", "betaling", "voldoen", "achterstand",
	"betala", "betal ", "betaling",
	"zapłać", "zaplac", "zapłat", "spłać", "splac", "płatnoś", "zaległ",
	"zaplaťte", "zaplatit", "uhraďte", "uhradit", "úhrad", "splatit", "splaťte",
	"plăti", "plati", "achita", "plată",
	"öde", "ödeme", "ödey", "borcunuzu",
	"оплат", "заплат", "погас", "задолженност",
	"πληρω", "πληρώ", "εξοφλ", "οφειλ",
	"ادفع", "تدفع", "دفع", "سداد", "تسديد",
	"भुगतान", "चुका",
	"支払", "払って", "払い", "支付", "付款", "还款", "缴", "繳",
	"납부", "지불", "상환", "갚",
	"bayar", "lunasi", "pembayaran", "pelunasan", "betalning",
	/* the debt's own process: collection */
	"collection", "debt collect", "inkasso", "recouvrement", "cobranza", "cobrança",
	"riscossione", "recupero crediti", "incasso", "windykac", "vymáhání", "tahsil",
	"коллектор", "взыскан", "εισπρακτ", "取り立て", "催收", "추심", "penagihan",
	NULL};
/* clang-format on */

#define FR_MAX 4096 /* bytes of a message read for a demand to pay */

/* A word of paying in s[0..n): a Latin stem at a word's start, another
 * script's anywhere. */
static int pays(const char *s, size_t n)
{
	char low[FR_MAX + 1];
	size_t i, k;
	if (n > FR_MAX)
		n = FR_MAX;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	low[n] = 0;
	for (k = 0; pay_words[k]; k++) {
		const char *w = pay_words[k], *p = low;
		size_t wl = strlen(w);
		int latin = (unsigned char)w[0] < 0x80 || (unsigned char)w[0] < 0xd0;
		while ((p = strstr(p, w))) {
			unsigned char b = p > low ? (unsigned char)p[-1] : ' ';
			if (!latin || !(isalnum(b) || b >= 0x80))
				return 1;
			p += wl;
		}
	}
	return 0;
}

int pol_coerce_record_fate(const pol_conv *c, const rl_action *a)
{
	size_t i;
	if (!c || !c->n || !c->copied || !pol_conv_tool(c) || !pol_fate_gate(a))
		return 0;
	for (i = 0; i < a->nfields; i++) {
		const rl_field *f = &a->fields[i];
		size_t at = 0, end = 0, want;
		int kind = 0, rc;
		if (!f->value || f->len < 24)
			continue;
		rc = pol_fate_threat(f->value, f->len, &at, &end, &kind);
		if (rc < 0)
			return rc;
		if (!rc)
			continue;
		/* a plain "if" whose move the speaker makes ("if you file it,
		 * we report ..."); "if you cannot afford one, contact ..." has
		 * the addressee act */
		if (kind == 4)
			continue;
		want = 1;
		if (pol_copies(c, f->value + at, end - at, want, NULL, NULL) < want)
			continue;
		if (pays(f->value, f->len))
			continue;
		return 1;
	}
	return 0;
}
