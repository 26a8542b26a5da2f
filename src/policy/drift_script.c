/* drift_script.c: the task-drift rule's reading of requests written in
 * scripts drift.c's lists cannot read (s13-coerce, issue 14): Chinese,
 * Korean, Arabic, Hindi (Devanagari), Russian (Cyrillic) and Vietnamese.
 * Until now a request in such a script made the rule stand down whatever
 * the act (drift.c's unread()): a cancellation, a transfer or a deletion
 * done after "show me my subscriptions" in Chinese passed. Now the guard
 * fails closed on what it does not understand: a request in such a script
 * asks for an act of a class only when one of that class's verbs is in it
 * (tables by meaning below, written from each language's ordinary request
 * verbs, not from any data file), and a request in a script nobody reads
 * (Thai, Greek, Hebrew ...) asks for nothing.
 *  - Chinese and Korean write no spaces between words (Korean writes them
 *    between phrases): a verb counts anywhere. A Chinese verb right after
 *    a negation or a perfective marker (未, 没, 不, 已, 别: "未支付" unpaid)
 *    asks for nothing.
 *  - Arabic: the verb starts a word (after a space, or after the
 *    conjunction و or ف); short vowels, shadda and hamza seats are removed
 *    first ("حوّل" is "حول", "أرسل" is "ارسل"). Its "transfer" imperative
 *    is also the preposition "about": it counts with an amount after it.
 *  - Russian and Vietnamese: a word start, lowercased (Cyrillic capitals
 *    and Vietnamese Đ folded by rl_fold_script, as the tables are written;
 *    drift.c lowercases ASCII only); after
 *    "не" or "chưa", "không", "đã", "đừng" (not, not yet, already, don't:
 *    "chưa thanh toán" unpaid) the verb asks for nothing.
 *  - Hindi: compound verbs are a noun and "कर" (do): the noun counts.
 * Hand-written byte tests over the user's few short messages, run only for
 * an action of a class the rule lists, after tool output (eval.c,
 * drifted): no pattern reaches the policy's database or the monitor's
 * prefilter. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { L_ZH, L_KO, L_AR, L_HI, L_RU, L_VI, L_EL, L_HE, L_TH, L_N };

/* clang-format off */
/* per language, per drift class (payment, message, access, credentials,
 * contact-change, deletion, purchase, physical, merge, change); the class
 * "change" also takes every verb of the others (any order asks for some
 * change) */
static const char *const zh[10][32] = {
	{"支付", "付款", "付钱", "转账", "转给", "汇款", "打款", "退款", "退钱", "缴费", "交费", "充值", "结算", "报销", "付了", "付清", NULL},
	{"发给", "发送", "发邮件", "发短信", "发消息", "发信息", "发个", "发一", "回复", "回信", "回邮件", "告诉他", "告诉她", "告诉客户", "通知", "转发", "写信", "联系", "回覆", "傳送", "發送", "發給", "提醒", "介绍", "介紹", "广播", "呼叫", NULL},
	{"添加", "加入", "邀请", "授权", "开通", "共享", "分享", "权限", NULL},
	{"密码", "重置", "验证码", NULL},
	{"修改", "更改", "改成", "改为", "更新", "换成", NULL},
	{"取消", "删除", "删掉", "删了", "移除", "清除", "清空", "注销", "退订", "停用", "撤销", "作废", "关闭", "解约", "退掉", "刪除", "停掉", "禁用", "清掉", "删", "不要了", "扔掉", NULL},
	{"购买", "买", "订购", "下单", "预订", "预约", "訂購", "購買", NULL},
	{"开门", "解锁", "关掉", "关闭", "打开", "停止", "开一下", "开个门", "放他进", "放她进", "让他进", "让她进", NULL},
	{"合并", "部署", "发布", "批准", "审批", "上线", NULL},
	{"设置", "调整", "冻结", "锁定", "暂停", "恢复", "启用", "改", "换", "停", NULL}};
/* a Korean entry ending in '+' is a verbal noun: a request only with a
 * form of 하다 after it ("결제해 줘" pay it; "결제 내역" the payments is none) */
static const char *const ko[10][32] = {
	{"송금+", "이체+", "결제+", "지불+", "납부+", "환불+", "입금+", "충전+", "정산+", "원 보내", "원을 보내", "돈 보내", "돈을 보내", NULL},
	{"보내", "전송+", "답장+", "회신+", "전달+", "문자해", "메일해", "연락해", "메시지 보내", NULL},
	{"추가+", "초대+", "부여+", "공유+", "등록+", "만들어", NULL},
	{"비밀번호", "암호", "재설정+", NULL},
	{"변경+", "바꿔", "바꾸", "수정+", "업데이트+", NULL},
	{"취소+", "삭제+", "지워", "지우", "없애", "해지+", "탈퇴+", "제거+", "정지+", "중지+", "비활성화+", NULL},
	{"구매+", "구입+", "사줘", "사 줘", "주문+", "예약+", NULL},
	{"열어", "잠금 해제+", "꺼 줘", "꺼줘", "켜", "멈춰", NULL},
	{"승인+", "병합+", "배포+", "머지+", NULL},
	{"설정+", "동결+", "잠가", "잠궈", "보류+", "연장+", "달아줘", "달아 줘", "남겨줘", "남겨 줘", NULL}};
/* written as normalized: no short vowels or shadda, bare alef, final ya */
static const char *const ar[10][32] = {
	{"ادفع", "سدد", "تحويل", "حول", "اشحن", "استرد", "استرجع", "ارجع المبلغ", "دفع", "واریز", "پرداخت کن", "بپرداز", "پول بفرست", NULL},
	{"ارسل", "ابعث", "راسل", "رد علي", "اكتب", "ابلغ", "اخبر", "بلغ", "ارسال", "بفرست", "ارسال کن", "بنویس", "جواب بده", "اطلاع بده", "خبر بده", "پیام بده", NULL},
	{"اضف", "ادع", "امنح", "شارك", "اعط", "اضافه کن", "دعوت کن", "دسترسی بده", NULL},
	{"كلمة المرور", "كلمة السر", "اعد تعيين", "رمز", NULL},
	{"غير", "عدل", "حدث", "تغيير", "تعديل", "تحديث", "عوض کن", "تغییر بده", "ویرایش کن", NULL},
	{"الغ", "الغاء", "احذف", "حذف", "امسح", "ازل", "اوقف", "عطل", "اغلق", "لغو کن", "کنسل کن", "پاک کن", "حذف کن", "ببند", NULL},
	{"اشتر", "اطلب", "احجز", "شراء", "حجز", "بخر", "سفارش بده", "رزرو کن", NULL},
	{"افتح", "اغلق", "اطفئ", "شغل", "اوقف", "باز کن", "خاموش کن", "روشن کن", NULL},
	{"وافق", "اعتمد", "انشر", "تایید کن", "منتشر کن", NULL},
	{"جمد", "اقفل", "علق", "فعل", "ضبط", "اضبط", "انجام بده", "تنظیم کن", "بگذار", NULL}};
static const char *const hi[10][32] = {
	{"भुगतान", "ट्रांसफर", "ट्रान्सफर", "रिफंड", "रिफ़ंड", "पैसे भेज", "चुका", "जमा कर", "भर द", "भरो", NULL},
	{"भेज", "ईमेल कर", "मेल कर", "मैसेज कर", "संदेश", "जवाब दे", "जवाब भेज", "लिख", "सूचित", "sms कर", NULL},
	{"जोड़", "जोड़", "जोड", "आमंत्रित", "अनुमति", "एक्सेस दे", NULL},
	{"पासवर्ड", "रीसेट", NULL},
	{"बदल", "अपडेट", "सुधार", NULL},
	{"रद्द", "हटा", "मिटा", "डिलीट", "कैंसिल", "कैन्सल", "निष्क्रिय", "बंद कर", "बन्द कर", NULL},
	{"खरीद", "ख़रीद", "ऑर्डर कर", "बुक कर", "आरक्षण", NULL},
	{"खोल", "बंद कर", "चालू", "अनलॉक", NULL},
	{"मंज़ूर", "मंजूर", "स्वीकृत", "डिप्लॉय", NULL},
	{"सेट कर", "रोक", "फ्रीज़", "फ्रीज", "लॉक", "सक्रिय", NULL}};
static const char *const ru[10][32] = {
	{"оплат", "заплат", "переведи", "перевести", "переведите", "перечисл", "верни деньги", "вернуть деньги", "возврат", "пополни", "оплати", "сплати", "сплатіть", "перекажи", "перекажіть", "поверни гроші", "поверніть гроші", NULL},
	{"отправ", "пошли", "напиши", "напишите", "пиши", "пишите", "ответь", "ответьте", "сообщи", "перешли", "уведоми", "напомни", "надішли", "надішліть", "надіш", "повідом", "повідомте", "відповідай", "відповідайте", "нагадай", "напишіть", NULL},
	{"добав", "пригласи", "выдай", "дай доступ", "открой доступ", "предоставь", "создай", "додай", "додайте", "запроси", "надай доступ", NULL},
	{"парол", "сбрось", "сбросить", "скинь", "скиньте", NULL},
	{"измени", "поменяй", "обнови", "исправь", "замени", "зміни", "змініть", "онови", "оновіть", "виправ", NULL},
	{"удали", "отмени", "отключи", "заблокируй", "деактив", "убери", "сотри", "очисти", "закрой", "аннулир", "видали", "видаліть", "скасуй", "скасуйте", "вимкни", "заблокуйте", "закрий", NULL},
	{"купи", "закажи", "забронируй", "оформи заказ", "замов", "забронюй", "придбай", NULL},
	{"открой", "выключи", "включи", "останови", "разблокир", "відкрий", "відчини", "вимкніть", "увімкни", "зупини", NULL},
	{"одобри", "утверди", "смерж", "задеплой", "выкати", "опубликуй", "затверди", "схвали", "опублікуй", NULL},
	{"сделай", "поставь", "установи", "заморозь", "продли", "приостанови", "підніми", "піднім", "зменш", "збільш", "знизь", "переведіть", "встанови", "постав", "зроби", "заморозь", "продовж", NULL}};
static const char *const vi[10][32] = {
	{"thanh toán", "chuyển tiền", "chuyển khoản", "trả tiền", "hoàn tiền", "nạp tiền", "chuyển", NULL},
	{"gửi", "nhắn", "trả lời", "phản hồi", "báo cho", "viết thư", "email cho", NULL},
	{"thêm", "mời", "cấp quyền", "chia sẻ", "tạo", NULL},
	{"mật khẩu", "đặt lại", NULL},
	{"đổi", "thay đổi", "cập nhật", "sửa", NULL},
	{"hủy", "huỷ", "xóa", "xoá", "bỏ", "gỡ", "tắt", "khóa", "khoá", "ngừng", "dừng", "vô hiệu", NULL},
	{"mua", "đặt hàng", "đặt chỗ", "đặt lịch", "đặt mua", NULL},
	{"mở", "tắt", "bật", "mở khóa", NULL},
	{"duyệt", "phê duyệt", "triển khai", NULL},
	{"đặt", "chỉnh", "tạm dừng", "gia hạn", NULL}};
/* Greek (lowercase, as rl_fold_script writes it; with and without the
 * stress mark); Hebrew imperatives and the future used as one ("תשלח",
 * "תפתח"), leaving out forms that are also common other words (שנה year,
 * אשר which, הזמן the time); Thai, which writes no spaces, with the
 * request particles ช่วย (help) and หน่อย (a little) as an order of some
 * change */
static const char *const el[10][32] = {
	{"πλήρωσε", "πληρωσε", "πληρώστε", "πληρωστε", "εξόφλησε", "κατάθεσε", "επίστρεψε τα χρήματα", "μετάφερε", NULL},
	{"στείλ", "στειλ", "ενημέρωσε", "ενημερωσε", "ενημερώστε", "ειδοποίησε", "ειδοποιήστε", "απάντησε", "απαντήστε", "γράψε", "γράψτε", "προώθησε", "πες ", "πείτε", "θύμισε", NULL},
	{"πρόσθεσε", "προσθέστε", "δώσε πρόσβαση", "δώστε πρόσβαση", "προσκάλεσε", "μοιράσου", NULL},
	{"κωδικ", "επαναφορά", NULL},
	{"άλλαξε", "αλλαξε", "αλλάξτε", "διόρθωσε", "διορθώστε", "ενημέρωσε", NULL},
	{"ακύρωσε", "ακυρωσε", "ακυρώστε", "διέγραψε", "διαγράψτε", "σβήσε", "αφαίρεσε", "κλείσε", "κλείστε", NULL},
	{"αγόρασε", "αγοράστε", "παράγγειλε", "παραγγείλτε", "κράτησε", "κλείσε ραντεβού", "κάνε κράτηση", NULL},
	{"άνοιξε", "ανοιξε", "ανοίξτε", "ξεκλείδωσε", "κλείδωσε", "απενεργοποίησε", "σταμάτησε", NULL},
	{"έγκρινε", "εγκρινε", "εγκρίνετε", "δημοσίευσε", NULL},
	{"κάνε", "κανε", "κάντε", "βάλε", "βάλτε", "όρισε", "ρύθμισε", "πάγωσε", "αύξησε", "μείωσε", "μετακίνησε", "ενεργοποίησε", "άλλαξε", NULL}};
static const char *const he[10][32] = {
	{"תשלם", "תשלמי", "שלמו", "תעביר", "תעבירי", "העבירו", "תחזיר את הכסף", "תחזירי", "תזכה", NULL},
	{"שלח", "תשלח", "שלחי", "תשלחי", "תכתוב", "תכתבי", "כתבו", "תענה", "עני", "עדכן", "תעדכן", "תעדכני", "עדכנו", "תודיע", "תודיעי", "הודיעו", "תגיד ל", "תגידי ל", "תזכיר", "תזכירי", NULL},
	{"הוסף", "תוסיף", "תוסיפי", "תזמין", "תזמיני", "שתף", "תשתף", "תן גישה", "תני גישה", NULL},
	{"סיסמ", "איפוס", "תאפס", NULL},
	{"תשנה", "תשני", "עדכן", "תעדכן", "תקן", "תתקן", "תתקני", NULL},
	{"בטל", "תבטל", "תבטלי", "מחק", "תמחק", "תמחקי", "הסר", "תסיר", "תסירי", "תסגור", "תסגרי", NULL},
	{"קנה לי", "תקנה לי", "תקני", "תזמין", "תזמיני", "שריין", "תשריין", NULL},
	{"פתח", "תפתח", "תפתחי", "פתחו", "תכבה", "תכבי", "תדליק", "תנעל", NULL},
	{"תאשר", "תאשרי", "אשרו", "תפרסם", NULL},
	{"תקבע", "תגדיר", "תקפיא", "תגדיל", "תקטין", "תעלה", "תוריד", "תזיז", "תעביר", "תשנה", NULL}};
static const char *const th[10][32] = {
	{"จ่าย", "โอนเงิน", "ชำระ", "คืนเงิน", NULL},
	{"ส่ง", "แจ้ง", "บอก", "ตอบ", "เขียน", "ติดต่อ", "เตือน", NULL},
	{"เพิ่ม", "เชิญ", "ให้สิทธิ์", "แชร์", NULL},
	{"รหัสผ่าน", "รีเซ็ต", NULL},
	{"เปลี่ยน", "แก้ไข", "อัปเดต", NULL},
	{"ยกเลิก", "ลบ", "ปิด", NULL},
	{"ซื้อ", "สั่ง", "จอง", NULL},
	{"เปิด", "ปิด", "ปลดล็อก", NULL},
	{"อนุมัติ", NULL},
	{"ช่วย", "หน่อย", "ตั้ง", "จัด", "ย้าย", "ลด", "ระงับ", "เลื่อน", "เปลี่ยน", NULL}};
/* the user hands the choice of acts over ("handle it", "do what it says") */
static const char *const deleg[L_N][8] = {
	{"处理", "搞定", "照办", "按照邮件", "按邮件", NULL},
	{"처리해", "알아서", NULL},
	{"تصرف", "عالج", "نفذ", NULL},
	{"संभाल", "निपटा", "जो कहा", NULL},
	{"разберись", "обработай", "займись", "выполни", NULL},
	{"xử lý", "giải quyết", "làm theo", NULL},
	{"χειρίσου", "τακτοποίησε", "φρόντισε", NULL},
	{"תטפל", "תטפלי", "טפל ב", NULL},
	{"จัดการ", NULL}};
/* clang-format on */

static const char *const (*const tables[L_N])[32] = {zh, ko, ar, hi, ru, vi, el, he, th};

/* Does the word before p (in h) equal one of w[] (a negation)? */
static int after_word(const char *h, const char *p, const char *const *w)
{
	for (; *w; w++) {
		size_t l = strlen(*w);
		if ((size_t)(p - h) >= l + 1 && p[-1] == ' ' && !memcmp(p - 1 - l, *w, l) &&
		    (p - 1 - l == h || !isalpha((unsigned char)p[-2 - (long)l]) ||
		     (unsigned char)p[-2 - (long)l] >= 0x80))
			return 1;
	}
	return 0;
}

/* Is p (in h) a word start for language L: anywhere for Chinese, Korean
 * and Hindi; after a space or sign (or Arabic's و/ف prefix) otherwise. */
static int starts(int L, const char *h, const char *p)
{
	const unsigned char *q = (const unsigned char *)p;
	if (L == L_ZH || L == L_KO || L == L_HI || L == L_TH || p == h)
		return 1;
	if (q[-1] < 0x80)
		return !isalnum(q[-1]);
	if (L == L_AR && p - h >= 2 && q[-2] == 0xd9 && (q[-1] == 0x88 || q[-1] == 0x81))
		return p - h == 2 || q[-3] == ' '; /* و ف */
	if (L == L_HE && p - h >= 2 && q[-2] == 0xd7 && q[-1] == 0x95)
		return p - h == 2 || q[-3] == ' '; /* ו */
	return 0;
}

/* Is the verb at p negated or in the perfective (it names no request)? */
static int negated(int L, const char *h, const char *p)
{
	static const char *const zneg[] = {"未", "没", "不", "已", "别", "沒", NULL};
	static const char *const rneg[] = {"не", NULL};
	static const char *const vneg[] = {"chưa", "không", "đã", "đừng", NULL};
	static const char *const eneg[] = {"μην", "δεν", "μη", NULL};
	static const char *const hneg[] = {"אל", "לא", NULL};
	static const char *const tneg[] = {"ไม่", "ไม่ต้อง", "อย่า", NULL};
	size_t j;
	if (L == L_ZH) {
		for (j = 0; zneg[j]; j++)
			if (p - h >= 3 && !memcmp(p - 3, zneg[j], 3))
				return 1;
		return 0;
	}
	if (L == L_RU)
		return after_word(h, p, rneg);
	if (L == L_VI)
		return after_word(h, p, vneg);
	if (L == L_EL)
		return after_word(h, p, eneg);
	if (L == L_HE)
		return after_word(h, p, hneg);
	if (L == L_TH) /* no space: the negation right before the verb */
		for (j = 0; tneg[j]; j++)
			if ((size_t)(p - h) >= strlen(tneg[j]) &&
			    !memcmp(p - strlen(tneg[j]), tneg[j], strlen(tneg[j])))
				return 1;
	return 0;
}

/* An amount after p: a digit within the next 24 bytes. */
static int amount_after(const char *p, const char *e)
{
	const char *q;
	for (q = p; q < e && q < p + 24; q++)
		if (isdigit((unsigned char)*q) ||
		    ((unsigned char)*q == 0xd9 && q + 1 < e && (unsigned char)q[1] >= 0xa0 &&
		     (unsigned char)q[1] <= 0xa9))
			return 1;
	return 0;
}

/* A form of 하다 (해, 하, 했: do) at q, after an optional space, or
 * after a particle ("결제까지 해 줘", "송금도 해": up to, also; s15-exfil). */
static int hada(const char *q, const char *e)
{
	static const char *const particle[] = {"까지", "도", "를", "을", NULL};
	const unsigned char *u;
	const char *const *pt;
	for (pt = particle; *pt; pt++)
		if ((size_t)(e - q) > strlen(*pt) && !memcmp(q, *pt, strlen(*pt))) {
			q += strlen(*pt);
			break;
		}
	if (q < e && *q == ' ')
		q++;
	u = (const unsigned char *)q;
	return e - q >= 3 && u[0] == 0xed &&
	       ((u[1] == 0x95 && (u[2] == 0xb4 || u[2] == 0x98)) || (u[1] == 0x96 && u[2] == 0x88));
}

static int found(int L, const char *h, size_t n, const char *w, int need_amount)
{
	size_t k = strlen(w);
	int noun = k && w[k - 1] == '+';
	const char *p = h, *e = h + n;
	if (noun)
		k--;
	while ((size_t)(e - p) >= k && (p = memmem(p, (size_t)(e - p), w, k))) {
		if (starts(L, h, p) && !negated(L, h, p) &&
		    (!need_amount || amount_after(p + k, e)) && (!noun || hada(p + k, e)))
			return 1;
		p++;
	}
	return 0;
}

static int class_in(int L, const char *o, size_t m, int cls)
{
	const char *const *w;
	for (w = tables[L][cls]; *w; w++) {
		/* Arabic's "transfer" is also "about": with an amount only */
		int amt = L == L_AR && cls == 0 && !strcmp(*w, "حول");
		if (found(L, o, m, *w, amt))
			return 1;
	}
	return 0;
}

int pol_drift_asked_script(const char *h, size_t n, int cls)
{
	char *o;
	size_t m;
	int L, r = 0, c;
	if (cls < 0 || cls >= 10)
		return 0;
	if (!(o = malloc(n + 1)))
		return 0; /* no request found: the rule holds */
	m = rl_fold_script(h, n, o);
	for (L = 0; L < L_N && !r; L++) {
		for (c = 0; deleg[L][c] && !r; c++)
			r = found(L, o, m, deleg[L][c], 0);
		if (cls == 9)
			for (c = 0; c < 10 && !r; c++)
				r = class_in(L, o, m, c);
		else
			r = class_in(L, o, m, cls);
	}
	free(o);
	return r;
}
