/* coerce_struct.c: coercion read from the structure of a message in any of
 * a dozen languages (s13-coerce, issue 14), not from threat phrases.
 * A coercive message has three parts:
 *  - a contingency on the addressee's own decision: a condition ("unless",
 *    "otherwise", "if you don't"; 不然, 안 그러면, なければ, وإلا, иначе,
 *    वरना, yoksa, nếu ... thì) or a demand that they give up a complaint,
 *    report, review, claim or vote (withdraw, drop, take down; 撤回, 철회,
 *    取り下げ, اسحب, отзовите, वापस ले, geri çek, rút đơn), or a trade
 *    ("in exchange", "stays between us");
 *  - an exposure the writer brings about: a party of the addressee's own
 *    life (family, spouse, in-laws, employer, colleagues, neighbours,
 *    school, congregation, community) within a sentence or two of a verb
 *    of coming to know or being told (hear, learn, find out, be told, see;
 *    知道, 传开, 알게, 知らせ, يعرف, узнает, पता चल, öğren, biết), or the
 *    gossip network itself ("people talk", 人多嘴杂, 소문, الناس يتكلمون,
 *    लोग बातें करते, insanlar konuşur);
 *  - or, beside a demand about the addressee's complaint or vote, harm
 *    wished on them ("it would be a shame", consequences "personal as well
 *    as professional", 后果, 후회, عواقب, последствия, नतीजा, sonuç, hậu quả).
 * Lawful consequences (a court, a credit bureau, a late fee, a suspension
 * under the terms, a collection agency) name no party of the addressee's
 * life and pass. A text that names the act it describes (threat, scam,
 * blackmail, extortion; 威胁, 협박, 脅迫, تهديد, угроза, धमकी, tehdit,
 * đe dọa) reports a threat received, it is not one ("this is not a threat"
 * does not count as naming it).
 * The tables are grouped by meaning, each language's ordinary words for
 * it; an ASCII entry must start a word (whole word unless it ends in '*');
 * other entries count anywhere (CJK, Hangul, Arabic and Devanagari attach
 * particles and pronouns to the word). The text is read lowercased
 * (Cyrillic too) with Arabic short vowels and hamza seats removed.
 * Hand-written byte scans of one message, run only where a caller's gate
 * has passed (a message action, a rule's own conditions): nothing here
 * reaches a pattern database. */
#include "base/util.h"
#include "detect/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* clang-format off */
static const char *const cont[] = {
	/* English */
	"unless", "or else", "otherwise", "if you don't", "if you do not", "if you won't",
	"if you keep", "if you continue", "if you refuse", "if you file", "if you go",
	"if you take", "if you pursue", "if you push", "if it's still", "if it is still",
	"before you take", "before you file", "before you go", "or we'll", "or we will", "or i'll",
	"or i will", "in exchange", "stay between us", "stays between us", "let it go",
	"let this go", "let that go", "drop it", "drop this", "drop that", "back off", "move on", "forget it", "call this even", "call it even",
	"withdraw*", "retract*", "take the review down", "take it down", "take down",
	"drop the", "drop your", "remove the review", "vote no", "vote yes", "vote against",
	"stop calling", "stop reporting", "stop complaining", "stop filing", "maybe stop",
	"by monday", "by tuesday", "by wednesday", "by thursday", "by friday", "by saturday",
	"by sunday", "by tomorrow", "before friday", "before monday",
	/* Spanish */
	"si no ", "de lo contrario", "retira*", "retire*",
	/* Chinese */
	"不然", "否则", "要不然", "如果不", "要是不", "除非", "撤回", "撤诉", "撤了", "别去",
	"就当什么都没发生", "到此为止", "删掉", "删除",
	/* Korean */
	"안 그러면", "그렇지 않으면", "않으면", "않을 경우", "철회", "취소하", "내리게", "내리시",
	"삭제해", "삭제하", "조용히",
	/* Japanese */
	"なければ", "ない場合", "ないと", "さもないと", "取り下げ", "撤回", "消して", "消す",
	"いただければ", "穏便に",
	/* Arabic (normalized) */
	"والا", "اذا لم", "ان لم", "ما لم", "اسحب", "احذف", "تحذفي", "تراجع", "من الافضل ان",
	/* Russian */
	"иначе", "если не", "если до", "а то ", "не то ", "отзов", "откаж", "откажетесь",
	"в обмен", "не доводите", "забудь", "забудет",
	/* Hindi */
	"वरना", "नहीं तो", "वापस ले", "हटा दो", "हटा लो",
	/* Turkish */
	"yoksa", "aksi halde", "aksi takdirde", "geri çek", "vazgeç", "giderseniz", "gitmezsen",
	/* Vietnamese */
	"nếu", "không thì", "rút đơn", "rút lại",
	NULL};

/* a demand about the addressee's complaint, report, review, claim or vote:
 * harm beside it is coercion */
static const char *const voice[] = {
	"complaint*", "grievance*", "review*", "report*", "claim*", "chargeback*", "vote*",
	"stop calling", "stop reporting", "stop complaining", "stop filing",
	"appeal*", "union*", "testif*", "housing office", "labour board", "labor board",
	"denuncia*", "queja*",
	"投诉", "撤诉", "起诉", "举报", "差评",
	"신고", "이의신청", "리뷰", "민원", "고소",
	"レビュー", "苦情", "申し立て", "訴え", "退職届",
	"شكوي", "شكوا", "نشرت", "البلاغ", "دعوي",
	"жалоб", "иск", "суд", "инспекци",
	"शिकायत", "कोर्ट", "मुकदमा",
	"şikâyet", "şikayet", "dava", "sendika",
	"khiếu nại", "đơn",
	NULL};

/* a party of the addressee's own life */
static const char *const party[] = {
	"employer*", "boss", "manager", "foreman", "supervisor", "workplace", "colleague*",
	"co-worker*", "coworker*", "wife", "husband", "spouse", "partner", "ex-wife",
	"ex-husband", "sister", "brother", "mother", "father", "parents", "family", "relatives",
	"in-laws", "kids", "children", "daughter", "neighbour*", "neighbor*", "landlord",
	"school", "church", "pastor", "congregation", "community", "everyone", "everybody",
	"guarantor", "reference call", "school board", "followers", "depot", "other sellers",
	"other buyers", "the public",
	"社区", "커뮤니티", "コミュニティ", "مجتمع", "сообществ", "समुदाय", "topluluk", "cộng đồng",
	"familia", "jefe", "empresa", "vecinos", "esposa", "marido", "padres",
	"单位", "领导", "同事", "老婆", "老公", "妻子", "丈夫", "家人", "家里", "父母", "孩子",
	"邻居", "学校", "家长", "亲戚", "朋友",
	"회사", "직장", "상사", "동료", "가족", "남편", "아내", "부모", "동네", "이웃", "업계",
	"거래처", "학교", "학원",
	"勤務先", "勤め先", "職場", "上司", "同僚", "家族", "奥様", "ご主人", "両親", "近所", "学校",
	"保護者", "会社",
	"عائلت", "عائله", "اهل", "زوجت", "زوجك", "جيران", "مدير", "مدرسه", "مدرسة", "اصدقاء",
	"الناس",
	"работодател", "начальник", "начальств", "коллег", "жена", "жене", "жену", "жёны",
	"муж", "семье", "семья", "семью", "семьи", "родител", "сосед", "друзь",
	"परिवार", "पत्नी", "पति", "मोहल्ले", "ससुराल", "दफ्तर", "ऑफिस", "पड़ोस", "पड़ोस",
	"लड़के वाल", "लड़के वाल", "घरवाल",
	"patron", "ailen", "aileni", "ailene", "eşin", "eşiniz", "eşine", "komşu", "işyeri",
	"iş yeri", "müdür", "arkadaş",
	"nhà vợ", "nhà chồng", "vợ", "chồng", "hàng xóm", "công ty", "gia đình", "sếp",
	"đồng nghiệp",
	NULL};

/* coming to know, being told, being shown, the story spreading */
static const char *const know[] = {
	"hear*", "heard", "learn*", "know*", "find out", "finds out", "found out", "told",
	"tell*", "inform*", "notif*", "publish*", "post*", "see", "sees", "calling",
	"visit*", "go up", "goes to", "go to", "reach*", "drawn in", "involv*", "come up",
	"interested", "everyone's business", "sabr*", "enter*", "contar*",
	"知道", "听到", "听说", "传开", "曝光", "公开", "告诉", "出现在", "发到", "嘴杂",
	"알게", "알려", "알리", "퍼지", "퍼뜨", "공개", "말이", "돌거",
	"知らせ", "伝え", "説明", "関心", "公開", "バラ", "知られ",
	"نخبر", "سنخبر", "يعرف", "تعرف", "تصل", "يتكلمون", "ينشر", "سنرسل", "يعلم",
	"узна", "сообщ", "уйдёт", "уйдет", "получит", "расскаж", "покаж", "опублик",
	"पता चल", "पहुँच", "पहुंच", "बदनामी", "बातें",
	"görecek", "öğren", "duyacak", "haberi olur", "konuşulmaya", "gönderilecek", "bilecek",
	"biết", "nói", "lan ra", "kể",
	NULL};

/* the addressee's own details made public: a name, an address, a history,
 * photos or footage beside a verb of publishing (exposure without a named
 * party) */
static const char *const data[] = {
	"your name", "your address", "home address", "order history", "your photos",
	"the photos", "footage", "姓名", "住址", "地址", "照片", "주소", "주문 내역", "사진", "住所",
	"写真", "عنوانك", "صورك", "адрес", "фото", "записи", "kayıt", "fotoğraf", "địa chỉ",
	NULL};
static const char *const publish[] = {
	"publish*", "post*", "go up", "goes up", "online", "page", "list of", "can see",
	"公开", "曝光", "出现在", "网上", "공개", "게시", "公開", "晒", "نشر", "ينشر", "опублик",
	"выложим", "yayınla", "paylaş", "công khai", "đăng",
	NULL};

/* the gossip network itself */
static const char *const spread[] = {
	"people talk", "people in this building talk", "word gets around", "small places",
	"small place", "people will talk",
	"人多嘴杂", "传开", "소문", "말이 금방", "الناس يتكلمون", "لوگ बातें", "लोग बातें",
	"insanlar konuşur", "люди говорят", "người ta nói",
	NULL};

/* harm or loss wished on the addressee */
static const char *const harm[] = {
	"shame if", "pity if", "hate for", "accidents happen", "breaks so easily", "fragile",
	"personal as well as professional", "professional and personal",
	"personal and professional", "consequences", "warrant", "not be offered",
	"depends more on goodwill", "would be a shame", "sería una pena", "se complicara",
	"后果", "吃亏", "不好说", "후회", "곤란", "좋을 겁니다", "困る", "後悔",
	"عواقب", "اغلي من", "последстви", "пожалеете", "नतीजा", "अंजाम", "काम नहीं आती",
	"sonuç", "kimse bunu istemez", "hậu quả",
	NULL};

/* the writer names the act it describes: a threat received and reported */
static const char *const report[] = {
	"threat*", "blackmail*", "extortion*", "extort*", "scam*", "intimidat*",
	"威胁", "敲诈", "勒索", "恐吓", "협박", "공갈", "脅迫", "恐喝", "تهديد", "ابتزاز",
	"угроз", "вымогат", "шантаж", "धमकी", "ब्लैकमेल", "tehdit", "şantaj", "đe dọa",
	"tống tiền", "amenaza*", "chantaje*", "extorsi*",
	NULL};
static const char *const not_report[] = {
	"not a threat", "no threat", "isn't a threat", "is not a threat", "不是威胁",
	"не угроза", "협박이 아니", NULL};
/* clang-format on */

/* The first occurrence of word w in s[from..n) that starts before
 * `limit`, as a word: ASCII a whole word (or a stem, "x*"); Latin with
 * letters beyond ASCII (Turkish, Vietnamese, Spanish) a word start;
 * other scripts anywhere. Its offset, or (size_t)-1; *len its length. */
static size_t occur(const char *s, size_t n, const char *w, size_t from, size_t limit, size_t *len)
{
	size_t l = strlen(w), j;
	int star = w[l - 1] == '*', stem = star, ascii = (unsigned char)w[0] < 0x80;
	const char *p = s + from, *e = s + n;
	for (j = 0; ascii && w[j]; j++)
		if ((unsigned char)w[j] >= 0x80)
			stem = 1;
	if (star)
		l--;
	while ((size_t)(e - p) >= l && (p = memmem(p, (size_t)(e - p), w, l))) {
		size_t at = (size_t)(p - s);
		if (at >= limit)
			break;
		if (!ascii || ((at == 0 || !isalnum((unsigned char)p[-1])) &&
			       (stem || at + l == n || !isalpha((unsigned char)p[l])))) {
			*len = l;
			return at;
		}
		p++;
	}
	return (size_t)-1;
}

/* The first occurrence at or after `from` of an entry of w in s[0..n)
 * (the earlier entry on a tie): its offset, or (size_t)-1; *len its
 * length. */
static size_t find(const char *s, size_t n, const char *const *w, size_t from, size_t *len)
{
	size_t best = (size_t)-1, bl = 0, l, at;
	for (; *w; w++)
		if ((at = occur(s, n, *w, from, best, &l)) != (size_t)-1)
			best = at, bl = l;
	if (len)
		*len = bl;
	return best;
}

static int any(const char *s, size_t n, const char *const *w)
{
	return find(s, n, w, 0, NULL) != (size_t)-1;
}

typedef struct span {
	size_t at, end;
} span;

static int span_cmp(const void *x, const void *y)
{
	const span *a = x, *b = y;
	return a->at < b->at ? -1 : a->at > b->at;
}

/* A party of the addressee's life within `win` bytes of a verb of
 * coming to know: the offset of the earliest such party (span in *at,
 * *len). Linear in the text: every verb's occurrence is listed once and
 * each party occurrence looks up the verbs in its window (a party word
 * repeated through a long hostile text once made this quadratic). */
static int exposure(const char *s, size_t n, size_t *at, size_t *len)
{
	const size_t win = 200;
	const char *const *w;
	span *kv = NULL;
	size_t nk = 0, cap = 0, best = (size_t)-1, bl = 0, p, l;
	for (w = know; *w; w++)
		for (p = 0; (p = occur(s, n, *w, p, n, &l)) != (size_t)-1; p++) {
			if (nk == cap) {
				span *v = realloc(kv, (cap = cap ? 2 * cap : 64) * sizeof *v);
				if (!v) {
					free(kv);
					return 0;
				}
				kv = v;
			}
			kv[nk].at = p;
			kv[nk++].end = p + l;
		}
	if (!nk)
		return 0;
	qsort(kv, nk, sizeof *kv, span_cmp);
	for (w = party; *w; w++)
		for (p = 0; (p = occur(s, n, *w, p, best, &l)) != (size_t)-1; p++) {
			size_t lo = p > win ? p - win : 0, hi = p + l + win < n ? p + l + win : n;
			size_t a = 0, b = nk, k;
			while (a < b) { /* the first verb starting at or after lo */
				size_t m = a + (b - a) / 2;
				if (kv[m].at < lo)
					a = m + 1;
				else
					b = m;
			}
			for (k = a; k < nk && kv[k].at < hi; k++)
				if (kv[k].end <= hi)
					break;
			if (k < nk && kv[k].at < hi) {
				best = p,
				bl = l; /* the earliest for this word; later words only earlier */
				break;
			}
		}
	free(kv);
	if (best == (size_t)-1)
		return 0;
	*at = best;
	*len = bl;
	return 1;
}

/* The readings above, for menace.c (a threat read by its structure shares
 * the word matching, the conditions and the test for a text that reports a
 * threat received; both fold with rl_fold_script). */
size_t dt_cs_occur(const char *s, size_t n, const char *w, size_t from, size_t limit, size_t *len)
{
	return occur(s, n, w, from, limit, len);
}

size_t dt_cs_find(const char *s, size_t n, const char *const *w, size_t from, size_t *len)
{
	return find(s, n, w, from, len);
}

int dt_cs_contingent(const char *s, size_t n)
{
	return any(s, n, cont);
}

int dt_cs_reports_threat(const char *s, size_t n)
{
	return any(s, n, report) && !any(s, n, not_report);
}

int dt_coercion_structure(const char *text, size_t n, size_t *at, size_t *len)
{
	char *s;
	size_t m, a = 0, l = 0, x;
	int r = 0, voiced;
	if (!text || n < 12)
		return 0;
	if (n > 65536)
		n = 65536; /* a message, not a document */
	if (!(s = malloc(n + 1)))
		return 0;
	m = rl_fold_script(text, n, s);
	s[m] = 0;
	if (any(s, m, report) && !any(s, m, not_report))
		goto out;
	if (!any(s, m, cont)) {
		if (dt_coercion_roles(s, m, 0, &a, &l)) /* its own conditions */
			r = 1;
		goto out;
	}
	voiced = any(s, m, voice);
	if (exposure(s, m, &a, &l))
		r = 1;
	else if ((x = find(s, m, data, 0, &l)) != (size_t)-1 && any(s, m, publish))
		r = 1, a = x;
	else if ((x = find(s, m, spread, 0, &l)) != (size_t)-1)
		r = 1, a = x;
	else if (voiced && (x = find(s, m, harm, 0, &l)) != (size_t)-1)
		r = 1, a = x;
	else if (dt_coercion_roles(s, m, 1, &x, &l)) /* coerce_roles.c */
		r = 1, a = x;
out:
	free(s);
	if (r && at && len) { /* offsets of the lowercased copy: the original's
			       * differ only where Arabic marks were dropped */
		*at = a < n ? a : 0;
		*len = a + l <= n ? l : 0;
	}
	return r;
}

/* Coercion by structure in message action ai: its text fields (not its
 * recipients or ids) read together, the subject beside the body. Adds
 * firm evidence "coercion.structure" at the exposure or harm found.
 * Returns 1 when it did. */
int dt_coercion_struct_action(dt_ctx *c, int ai, const char *to)
{
	const rl_action *x = &c->a->v[ai];
	size_t i, n = 0, at = 0, len = 0, off = 0;
	char *buf;
	rl_evidence *ev;
	const rl_field *hit = NULL;
	for (i = 0; i < x->nfields; i++)
		if (!dt_in_list(dt_skip_text_fields, x->fields[i].name) &&
		    !dt_is_recipient_field(x->fields[i].name))
			n += x->fields[i].len + 1;
	if (n < 12 || !(buf = malloc(n + 1)))
		return 0;
	n = 0;
	for (i = 0; i < x->nfields; i++)
		if (!dt_in_list(dt_skip_text_fields, x->fields[i].name) &&
		    !dt_is_recipient_field(x->fields[i].name)) {
			memcpy(buf + n, x->fields[i].value, x->fields[i].len);
			n += x->fields[i].len;
			buf[n++] = '\n';
		}
	if (!dt_coercion_structure(buf, n, &at, &len) &&
	    !dt_coercion_link(buf, n, &at, &len)) { /* coerce_link.c */
		free(buf);
		return 0;
	}
	for (i = 0; i < x->nfields && !hit; i++) {
		if (dt_in_list(dt_skip_text_fields, x->fields[i].name) ||
		    dt_is_recipient_field(x->fields[i].name))
			continue;
		if (at < off + x->fields[i].len + 1)
			hit = &x->fields[i];
		else
			off += x->fields[i].len + 1;
	}
	free(buf);
	if (!hit)
		return 0;
	at -= off;
	if (at + len > hit->len)
		len = at < hit->len ? hit->len - at : 0;
	if ((ev = dt_ev_add(c, RL_DET_COERCION, "coercion.structure", ai, hit->name))) {
		dt_ev_span_field(c, ev, ai, hit, at, len);
		dt_note_quote(ev->note, sizeof ev->note,
			      to ? "a demand or condition on the addressee's decision tied to "
				   "telling a party of theirs, or to harm: "
				 : "a demand or condition tied to telling a party of theirs, or "
				   "to harm: ",
			      hit->value + at, len);
	}
	return 1;
}

int rl_coercion_structure(const char *text, size_t n, size_t *start, size_t *end)
{
	size_t at = 0, len = 0;
	if (!dt_coercion_structure(text, n, &at, &len))
		return 0;
	if (start)
		*start = at;
	if (end)
		*end = at + len;
	return 1;
}
