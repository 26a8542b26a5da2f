/* retract.c: a message that demands its addressee take back their own
 * complaint, claim, review or report, under a condition or an alternative
 * (s19, issue 14; docs/policy.md "Harm to third parties"). Read as roles,
 * not as what the sender threatens: whatever the loss (a record sent to
 * an employer, a visit stopped, a fine kept, proceedings started), a
 * message that sets a consequence on whether the addressee withdraws what
 * they filed against the sender retaliates for a lawful act. Three parts,
 * closed classes per language:
 *  - a verb of retraction (withdraw, retract, take down, remove, delete,
 *    drop; split German and Dutch verbs "ziehen Sie ... zurück", "trek ...
 *    in") within a clause of
 *  - the addressee's lawful act (a complaint, a claim, a grievance, a
 *    review, a report, an objection, an appeal), in either order;
 *  - a condition or an alternative anywhere in the message ("if", "unless",
 *    "otherwise", "or ...", "else").
 * Not read: a retraction offered or permitted ("if you'd like to withdraw",
 * "you may withdraw"), negated outside a condition ("you need not
 * withdraw"; "if you don't withdraw" is read), or a message
 * that thanks or apologises (an answer to a complaint, not a demand), or
 * one whose consequence is the matter's own process ("if the complaint
 * is not withdrawn, the case goes to the board meeting": the matter and a
 * meeting, hearing, panel or board named).
 * Every search is a first occurrence or a bounded window after one of at
 * most TRIES occurrences, so the reading is linear in the text. Over text
 * folded by rl_fold_script (menace.c calls it). */
#include "detect/internal.h"

#include <string.h>

/* clang-format off */
/* verbs of retraction, said whole (a split verb's parts are in split[]) */
static const char *const retract[] = {
	"withdraw*", "retract*", "remove*", "delete*", "drop the", "drop your", "drop it",
	"pull the", "pull your",
	"retira*", "retire*", "quita*", "borra*", "elimina*", "desist*", "supprime*", "enlève*",
	"enleve*", "zurückzieh*", "zurücknehm*", "lösch*", "apag*", "ritir*", "rimuov*", "togli*",
	"cancell*", "intrek*", "verwijder*", "wycof*", "usuń*", "usun*", "dra tillbaka",
	"ta bort", "geri çek*", "kaldır*", "отзов", "отозв", "забер", "удали", "сними", "снимите",
	"stáhn*", "smaž*", "odvol*", "cabut*", "hapus*", "tarik*", "retrage*", "retrag*",
	"șterge*", "sterge*", "απόσυρ", "αποσυρ", "κατέβασ", "κατεβασ", "διάγραψ", "διαγραψ",
	"سحب", "اسحب", "تسحب", "احذف", "تحذف", "حذف", "تتنازل", "تنازل",
	"取り下げ", "撤回", "削除", "取り消", "撤销", "删除", "撤诉", "취하", "철회", "삭제",
	NULL};
/* the first part of a split verb of retraction, and its second part */
static const char *const split_a[] = {"take", "taking", "zieh*", "nehm*", "nimm", NULL};
static const char *const split_b[] = {"down", "zurück", NULL};
/* the addressee's lawful act, filed or posted */
static const char *const act[] = {
	"complain*", "claim", "claims", "grievance*", "review", "reviews", "objection*",
	"appeal", "report", "testimony", "dispute",
	"queja*", "reclamaci*", "reclamo", "denuncia*", "reseña*", "opinión", "plainte*",
	"réclamation*", "avis", "signalement*", "recours", "beschwerde*", "klage", "anzeige*",
	"bewertung*", "einspruch", "widerspruch", "queixa*", "reclamaç*", "denúncia*",
	"avaliaç*", "reclam*", "segnalazion*", "esposto", "recension*", "ricorso", "klacht*",
	"aangifte", "recensie*", "bezwaar", "skarg*", "zgłoszeni*", "opini*", "odwołani*",
	"klagomål", "anmälan", "recension*", "överklagan*", "şikayet*", "şikâyet*", "yorum*",
	"itiraz*", "заявлени", "жалоб", "отзыв", "иском", "претензи", "stížnost*", "recenz*",
	"odvolání", "keluhan", "aduan", "pengaduan", "ulasan", "laporan", "gugatan",
	"plângere*", "plangere*", "reclamați*", "reclamati*", "καταγγελ", "παράπον", "κριτικ",
	"ένσταση", "شكو", "شكاو", "بلاغ", "تقييم", "دعوى", "اعتراض",
	"苦情", "口コミ", "レビュー", "申し立て", "訴え", "通報", "投诉", "差评", "举报", "起诉",
	"诉讼", "신고", "진정", "리뷰", "후기", "민원", "소송",
	NULL};
/* a condition or an alternative */
static const char *const cond[] = {
	"if", "unless", "otherwise", "or", "else", "si", "sinon", "sino", "ou", "oder", "wenn",
	"falls", "sonst", "andernfalls", "senão", "altrimenti", "anders", "tenzij", "jeśli",
	"jeżeli", "inaczej", "lub", "albo", "annars", "eller", "eğer", "yoksa", "veya", "если",
	"иначе", "или", "а то", "pokud", "jinak", "nebo", "jika", "kalau", "atau", "dacă", "daca",
	"altfel", "εάν", "αλλιώς", "ειδάλλως", "اذا", "ان لم", "والا", "なら", "たら", "なければ",
	"ないと", "如果", "要是", "否则", "不然", "않으면", "아니면", "안 그러면",
	NULL};
/* the retraction offered or permitted (in the bytes before it) */
static const char *const spared[] = {
	"you'd like to", "you would like to", "you want to", "you wish to", "you prefer to",
	"you may", "you can", "you could", "can", "could", "may", "might", "free to", "right to", "option to", "puede", "puedes",
	"peut", "pouvez", "können", "kannst", "pode", "può", "puoi", "kunt", "możesz", "może",
	"можете", "можешь", "wenn sie möchten", "si lo desea", "si vous le souhaitez",
	"se desejar", "se desidera", "istersen",
	NULL};
/* a negation: the retraction spared unless a condition holds it ("you
 * need not withdraw" against "if you don't withdraw") */
static const char *const neg[] = {
	"not", "no", "never", "don't", "won't", "needn't", "nicht", "kein*", "ne", "pas",
	"jamais", "nunca", "não", "non", "niet", "geen", "nie", "inte", "не", "tidak", "jangan",
	"δεν", "μην", "لا", "لن",
	NULL};
/* thanks or an apology: an answer to a complaint */
static const char *const kind[] = {
	"thank*", "sorry", "apolog*", "gracias", "lo sentimos", "disculp*", "merci", "désolé*",
	"excus*", "danke", "entschuldig*", "obrigad*", "desculp*", "grazie", "scus*", "dispiace",
	"bedankt", "dziękuj*", "przepraszam", "tack", "teşekkür*", "özür", "спасибо", "извин",
	"mulțumim", "multumim", "ευχαριστ", "συγγνώμη", "شكرا", "نعتذر", "ありがとう", "申し訳",
	"谢谢", "抱歉", "感谢", "감사", "죄송",
	NULL};
/* the matter itself, going on through its own process ("the case goes
 * to the board meeting", "sprawa trafi na zebranie"): a lawful
 * consequence of not withdrawing, when a process is named beside it */
static const char *const matter[] = {
	"the matter", "this matter", "the case", "your case", "the complaint will", "sprawa",
	"sprawę", "die sache", "der fall", "das verfahren", "l'affaire", "le dossier",
	"la procédure", "el caso", "el asunto", "el expediente", "il caso", "la pratica",
	"la questione", "o caso", "o processo", "o assunto", "de zaak", "ärendet", "saken", "konu",
	"dosya", "дело", "případ", "kasus", "perkara", "cazul", "dosarul", "υπόθεση", "القضية",
	"الموضوع", "案件", "この件", "本件", "此事", "사건", "이 건",
	NULL};
static const char *const process[] = {
	"meeting", "hearing", "panel", "committee", "board", "tribunal", "court", "ombudsman",
	"investigat*", "zebrani*", "posiedzeni*", "komisj*", "zarząd*", "sitzung", "anhörung",
	"ausschuss", "vorstand", "gericht", "réunion", "audience", "commission", "conseil",
	"reunión", "audiencia", "comité", "junta", "riunione", "udienza", "comitato", "consiglio",
	"reunião", "audiência", "comissão", "vergadering", "zitting", "commissie", "bestuur",
	"möte", "styrelse", "toplantı", "kurul", "komite", "заседани", "собрани", "комисси",
	"schůz*", "jednání", "komise", "rapat", "sidang", "ședinț*", "sedinta", "comisi*",
	"συνεδρίαση", "επιτροπή", "اجتماع", "جلسة", "لجنة", "会議", "委員会", "審議", "会议",
	"委员会", "회의", "위원회", "심의",
	NULL};
/* clang-format on */

#define TRIES 16
#define CLAUSE 48 /* bytes between the verb and the act */

static size_t lo_of(size_t p, size_t w)
{
	return p > w ? p - w : 0;
}

/* An entry of w in s[lo, hi): 1 if any. */
static int within(const char *s, size_t n, const char *const *w, size_t lo, size_t hi)
{
	size_t l;
	if (hi > n)
		hi = n;
	for (; *w; w++)
		if (dt_cs_occur(s, hi, *w, lo, hi, &l) != (size_t)-1)
			return 1;
	return 0;
}

/* The end of the sentence s[p..] is in, or p + CLAUSE. */
static size_t clause_end(const char *s, size_t n, size_t p)
{
	size_t e = p + CLAUSE < n ? p + CLAUSE : n, i;
	for (i = p; i < e; i++)
		if (strchr(".!?;\n", s[i]) ||
		    (i + 2 < n && (unsigned char)s[i] == 0xe3 && (unsigned char)s[i + 1] == 0x80 &&
		     (unsigned char)s[i + 2] == 0x82)) /* 。 */
			return i;
	return e;
}

/* Where a split verb's particle may stand: the clause's end (German puts
 * it last: "ziehen Sie Ihre Beschwerde ... bis Freitag zurück"), at most
 * 2 * CLAUSE bytes on. */
static size_t split_end(const char *s, size_t n, size_t p)
{
	size_t e = p + 2 * CLAUSE < n ? p + 2 * CLAUSE : n, i;
	for (i = p; i < e; i++)
		if (strchr(".!?;,\n", s[i]))
			return i + 1;
	return e;
}

/* A Latin-script verb done or named, not demanded: its token ends in
 * -ed, -wn, -ing, -al or -als ("removed", "withdrawn", "withdrawal"). */
static int done_form(const char *s, size_t n, size_t p, size_t l)
{
	size_t e = p + l;
	if ((unsigned char)s[p] >= 0x80)
		return 0;
	while (e < n && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
		e++;
	if (e - p < 3)
		return 0;
	return !strncmp(s + e - 2, "ed", 2) || !strncmp(s + e - 2, "wn", 2) ||
	       (e - p > 3 && !strncmp(s + e - 3, "ing", 3)) || !strncmp(s + e - 2, "al", 2) ||
	       (e - p > 3 && !strncmp(s + e - 3, "als", 3));
}

/* Is the verb at [p, p+l) a demand (not offered, permitted or negated)
 * bound to the act within a clause after it, or before it in a language
 * that puts the verb last (Japanese, Chinese, Korean, Turkish: `last`)? */
static int bound(const char *s, size_t n, size_t p, size_t l, int last)
{
	size_t e = clause_end(s, n, p + l);
	if (done_form(s, n, p, l) || within(s, n, spared, lo_of(p, 20), p) ||
	    (within(s, n, neg, lo_of(p, 12), p) && !within(s, n, cond, lo_of(p, 24), p)))
		return 0;
	return within(s, n, act, p + l, e) || (last && within(s, n, act, lo_of(p, CLAUSE), p));
}

int dt_retract_demand(const char *s, size_t n, size_t *at, size_t *len)
{
	const char *const *w;
	size_t p, l, t, k;
	if (!s || n < 16 || dt_cs_find(s, n, cond, 0, &k) == (size_t)-1 ||
	    dt_cs_find(s, n, kind, 0, &k) != (size_t)-1 ||
	    (dt_cs_find(s, n, matter, 0, &k) != (size_t)-1 &&
	     dt_cs_find(s, n, process, 0, &k) != (size_t)-1))
		return 0;
	for (w = retract; *w; w++)
		for (p = 0, t = 0;
		     t++ < TRIES && (p = dt_cs_occur(s, n, *w, p, n, &l)) != (size_t)-1; p++)
			if (bound(s, n, p, l,
				  (unsigned char)**w >= 0xe3 || !strncmp(*w, "geri", 4) ||
					  !strncmp(*w, "kald", 4)))
				goto hit;
	for (w = split_a; *w; w++)
		for (p = 0, t = 0;
		     t++ < TRIES && (p = dt_cs_occur(s, n, *w, p, n, &l)) != (size_t)-1; p++)
			if (within(s, n, split_b, p + l, split_end(s, n, p + l)) &&
			    bound(s, n, p, l, 0))
				goto hit;
	return 0;
hit:
	if (at && len)
		*at = p, *len = l;
	return 1;
}
