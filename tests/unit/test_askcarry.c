/* test_askcarry.c: what else makes an act asked (src/policy/askcarry.c,
 * s16-fp): the ask carried over from the answer the user's order replies
 * to or from the user's previous order, a record fetched by a call whose
 * arguments the user named, an identifier spelling a name the user wrote,
 * an English order naming the object, a sub-step of an asked act on the
 * same object; hard negatives on each (a question, a read request, a
 * negation, a deferral, bare thanks, another record, an English body's
 * name, a sibling on another object); and hostile input, linear. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "policy/policy_int.h"

#define MAXM 8

typedef struct conv {
	rl_policy_msg m[MAXM];
	char *low[MAXM];
	pol_conv c;
} conv;

/* messages as role letter + text: "uHello", "a...", "t{...}", "s..." */
static void conv_of(conv *v, const char *const *msgs)
{
	size_t n = 0, j;
	memset(v, 0, sizeof *v);
	for (; *msgs && n < MAXM; msgs++, n++) {
		const char *t = *msgs + 1;
		v->m[n].role = **msgs == 'u'   ? RL_ROLE_USER
			       : **msgs == 'a' ? RL_ROLE_ASSISTANT
			       : **msgs == 's' ? RL_ROLE_SYSTEM
					       : RL_ROLE_TOOL;
		v->m[n].text = t;
		v->m[n].len = strlen(t);
		v->low[n] = strdup(t);
		assert_non_null(v->low[n]);
		for (j = 0; v->low[n][j]; j++)
			v->low[n][j] = (char)tolower((unsigned char)v->low[n][j]);
	}
	v->c.m = v->m;
	v->c.n = n;
	v->c.low = v->low;
	v->c.copied = 1;
}

static void conv_free(conv *v)
{
	size_t k;
	for (k = 0; k < v->c.n; k++)
		free(v->low[k]);
}

typedef struct act {
	rl_field f[2];
	rl_action a;
} act;

static void act_set(act *x, const char *tool, const char *f1, const char *v1, const char *f2,
		    const char *v2)
{
	memset(x, 0, sizeof *x);
	x->f[0].name = f1;
	x->f[0].value = v1;
	x->f[0].len = strlen(v1);
	x->a.nfields = 1;
	if (f2) {
		x->f[1].name = f2;
		x->f[1].value = v2;
		x->f[1].len = strlen(v2);
		x->a.nfields = 2;
	}
	x->a.tool = tool;
	x->a.fields = x->f;
	x->a.taken = 1;
}

static int asked(const char *const *msgs, const char *tool, const char *f1, const char *v1,
		 const char *f2, const char *v2)
{
	conv v;
	act x;
	int r;
	conv_of(&v, msgs);
	act_set(&x, tool, f1, v1, f2, v2);
	r = pol_request_asked_step(&v.c, NULL, &x.a);
	conv_free(&v);
	return r;
}

static const char *const SLOTS =
	"{\"appointments\":[{\"appointment_id\":\"KV-5710\",\"day\":"
	"\"tiistai\"},{\"appointment_id\":\"KV-5744\",\"day\":\"perjantai\"}]}";

/* carried from the answer the order replies to */
static void carried_from_answer(void **st)
{
	(void)st;
	/* "cancel that one then": the answer named it, the reply is an order */
	assert_int_equal(asked(
				 (const char *const[]){
					 "uMilloin Reijan seuraava aika on?",
					 "aReija Salo: KV-5744 perjantaina klo 11.",
					 "uPeru se sitten, hän kävi jo muualla.",
					 "t"
					 "{\"appointment_id\":\"KV-5744\",\"status\":\"booked\"}",
					 NULL},
				 "cancel_appointment", "appointment_id", "KV-5744", NULL, NULL),
			 1);
	/* a choice among the offered records, no yes word */
	assert_int_equal(
		asked(
			(const char *const[]){
				"uVaraa Reijalle aika.",
				"aVapaana: KV-5710 tiistaina tai KV-5744 perjantaina. Kumpi?",
				"uperjantai käy paremmin",
				"t"
				"{\"ok\":1}",
				NULL},
			"book_appointment", "slot", "KV-5744", NULL, NULL),
		1);
	/* hard negatives: a question, a read request, a negation, a
	 * deferral, bare thanks, a record the answer did not name */
	assert_int_equal(asked((const char *const[]){"uMilloin Reijan aika on?",
						     "aReija Salo: KV-5744 perjantaina klo 11.",
						     "uOnko se peruttavissa?", "t{\"ok\":1}", NULL},
			       "cancel_appointment", "appointment_id", "KV-5744", NULL, NULL),
			 0);
	assert_int_equal(
		asked((const char *const[]){"uMilloin Reijan aika on?",
					    "aReija Salo: KV-5744 perjantaina klo 11.",
					    "uNäytä se kalenterissa.", "t{\"ok\":1}", NULL},
		      "cancel_appointment", "appointment_id", "KV-5744", NULL, NULL),
		0);
	assert_int_equal(
		asked((const char *const[]){"uMilloin Reijan aika on?",
					    "aReija Salo: KV-5744 perjantaina klo 11.",
					    "uÄlä koske siihen vielä.", "t{\"ok\":1}", NULL},
		      "cancel_appointment", "appointment_id", "KV-5744", NULL, NULL),
		0);
	assert_int_equal(
		asked((const char *const[]){"uMilloin Reijan aika on?",
					    "aReija Salo: KV-5744 perjantaina klo 11.",
					    "uOdota, kysyn häneltä ensin.", "t{\"ok\":1}", NULL},
		      "cancel_appointment", "appointment_id", "KV-5744", NULL, NULL),
		0);
	assert_int_equal(asked((const char *const[]){"uMilloin Reijan aika on?",
						     "aReija Salo: KV-5744 perjantaina klo 11.",
						     "uKiitos!", "t{\"ok\":1}", NULL},
			       "cancel_appointment", "appointment_id", "KV-5744", NULL, NULL),
			 0);
	assert_int_equal(asked((const char *const[]){"uMilloin Reijan aika on?",
						     "aReija Salo: KV-5744 perjantaina klo 11.",
						     "uPeru se sitten.",
						     "t"
						     "{\"ok\":1}",
						     NULL},
			       "cancel_appointment", "appointment_id", "KV-5710", NULL, NULL),
			 0);
	/* an answer that made calls is not one the user read */
	assert_int_equal(asked(
				 (const char *const[]){
					 "uMilloin Reijan aika on?",
					 "a[{\"name\":\"get\",\"arguments\":{\"id\":\"KV-5744\"}}]",
					 "t{\"appointment_id\":\"KV-5744\"}", "uPeru se sitten.",
					 "t{\"ok\":1}", NULL},
				 "cancel_appointment", "appointment_id", "KV-5744", NULL, NULL),
			 0);
	(void)SLOTS;
}

/* carried from the user's previous order */
static void carried_from_previous_order(void **st)
{
	(void)st;
	assert_int_equal(
		asked(
			(const char *const[]){
				"uLeg ein Konto für Luka Petrović an.", "aDas Konto ist angelegt.",
				"uUnd dann noch die Begrüßungsmail an ihn.",
				"t{\"hire\":{\"name\":\"Luka Petrović\",\"mail\":\"lp@gmx.example\"}}",
				NULL},
			"send_email", "to", "lp@gmx.example", NULL, NULL),
		1);
	/* carried through turns of orders: the booking asked two turns back */
	assert_int_equal(
		asked(
			(const char *const[]){
				"uBuche Aiko Mori auf den Flug nach Wien.", "aFrüh oder spät?",
				"uFrüh.", "aFenster oder Gang?", "uFenster.",
				"t{\"traveller\":{\"traveller_id\":\"T-77\",\"name\":\"Aiko Mori\"}}",
				NULL},
			"book_flight", "traveller_id", "T-77", NULL, NULL),
		1);
	/* a read request on the way breaks the chain */
	assert_int_equal(
		asked(
			(const char *const[]){
				"uBuche Aiko Mori auf den Flug nach Wien.", "aFrüh oder spät?",
				"uZeig mir erst die Preise.", "aFenster oder Gang?", "uFenster.",
				"t{\"traveller\":{\"traveller_id\":\"T-77\",\"name\":\"Aiko Mori\"}}",
				NULL},
			"book_flight", "traveller_id", "T-77", NULL, NULL),
		0);
	/* the previous message only asked about him */
	assert_int_equal(
		asked(
			(const char *const[]){
				"uWelche Gruppen hat Luka Petrović?", "aVertrieb und Alle.",
				"uUnd dann noch die Begrüßungsmail an ihn.",
				"t{\"hire\":{\"name\":\"Luka Petrović\",\"mail\":\"lp@gmx.example\"}}",
				NULL},
			"send_email", "to", "lp@gmx.example", NULL, NULL),
		0);
}

/* the record fetched by a call whose arguments the user named; an
 * identifier spelling the name; an English order */
static void fetched_spelled_english(void **st)
{
	(void)st;
	assert_int_equal(
		asked(
			(const char *const[]){
				"uDona Cida está com dor, encaixa ela amanhã cedo.",
				"a[{\"name\":\"find_patient\",\"arguments\":\"{\\\"query\\\": \\\"Cida\\\"}\"}]",
				"t{\"patients\":[{\"patient_id\":\"OV-0912\"}]}", NULL},
			"book_appointment", "patient_id", "OV-0912", NULL, NULL),
		1);
	/* the same call, a question */
	assert_int_equal(
		asked(
			(const char *const[]){
				"uQuando a Dona Cida vem?",
				"a[{\"name\":\"find_patient\",\"arguments\":\"{\\\"query\\\": \\\"Cida\\\"}\"}]",
				"t{\"patients\":[{\"patient_id\":\"OV-0912\"}]}", NULL},
			"book_appointment", "patient_id", "OV-0912", NULL, NULL),
		0);
	/* "la Dra. Pons": the stop after a short word does not end the question */
	assert_int_equal(
		asked(
			(const char *const[]){
				"u¿Qué citas tiene mañana la Dra. Pons?",
				"a[{\"name\":\"list\",\"arguments\":{\"dentist\":\"Dra. Pons\"}}]",
				"t{\"booked\":[{\"appointment_id\":\"C-99001\"}]}", NULL},
			"cancel_appointment", "appointment_id", "C-99001", NULL, NULL),
		0);
	assert_int_equal(
		asked((const char *const[]){"uFrau Brandt fängt Montag an, mach sie startklar.",
					    "t{\"groups\":[\"Einkauf\"]}", NULL},
		      "grant_access", "user", "k.brandt", "group", "Einkauf"),
		1);
	/* English: a goal naming the person on the booking */
	assert_int_equal(
		asked(
			(const char *const[]){
				"uHassan's trip to Doha is on again, get him on the held flight.",
				"t{\"ref\":\"KM-93310\",\"traveller\":\"Hassan Qureshi\",\"status\":\"held\"}",
				NULL},
			"ticket_booking", "ref", "KM-93310", NULL, NULL),
		1);
	/* an address dictated in part; not when the part is only digits */
	assert_int_equal(
		asked((const char *const[]){"u地址写错了，应该是文三路 188 号。帮她改一下。",
					    "t{\"order_id\":\"QH-5531\",\"status\":\"未发货\"}",
					    NULL},
		      "update_address", "order_id", "QH-5531", "address",
		      "杭州市西湖区文三路 188 号"),
		1);
	assert_int_equal(
		asked((const char *const[]){"u地址写错了，应该是 188 号。帮她改一下。",
					    "t{\"order_id\":\"QH-5531\",\"status\":\"未发货\"}",
					    NULL},
		      "update_address", "order_id", "QH-5531", "address",
		      "杭州市西湖区文三路 188 号"),
		0);
	/* English: the name only in a message's body is not its object */
	assert_int_equal(
		asked((const char *const[]){"uGive me Gravemoth's email so I can report him.",
					    "t{\"email\":\"g@mail.example\"}", NULL},
		      "reply_ticket", "ticket_id", "GT-50", "body",
		      "Gravemoth's email is g@mail.example"),
		0);
}

/* a sub-step of an asked act on the same object */
static void substep_same_object(void **st)
{
	static const char *const REC =
		"{\"bookings\":[{\"ref\":\"KM-88412\",\"traveller_id\":"
		"\"T-2291\"},{\"ref\":\"KM-88500\",\"traveller_id\":\"T-3000\"}]}";
	conv v;
	act c, b;
	rl_action two[2];
	rl_actions as;
	(void)st;
	/* rebooking: the cancel is asked (by the verb lists), the booking is
	 * for the traveller of the cancelled booking's record */
	conv_of(&v, (const char *const[]){"uCancel it.", "t", NULL});
	v.m[1].text = REC;
	v.m[1].len = strlen(REC);
	free(v.low[1]);
	v.low[1] = strdup(REC);
	act_set(&c, "cancel_booking", "ref", "KM-88412", NULL, NULL);
	act_set(&b, "book_flight", "flight_id", "LH905-1211", "traveller_id", "T-2291");
	two[0] = c.a;
	two[1] = b.a;
	as.v = two;
	as.n = 2;
	assert_int_equal(pol_request_asked_step(&v.c, &as, &two[1]), 1);
	/* alone it is not asked */
	assert_int_equal(pol_request_asked_step(&v.c, NULL, &two[1]), 0);
	/* a booking for the traveller of another record is no sub-step */
	act_set(&b, "book_flight", "flight_id", "LH905-1211", "traveller_id", "T-3000");
	two[1] = b.a;
	assert_int_equal(pol_request_asked_step(&v.c, &as, &two[1]), 0);
	conv_free(&v);
}

/* a sub-step of an act asked and done earlier in the turn (a call
 * message after the user's last message) */
static void substep_earlier_in_turn(void **st)
{
	static const char *const REC =
		"{\"bookings\":[{\"ref\":\"KM-88412\",\"traveller_id\":"
		"\"T-2291\"},{\"ref\":\"KM-88500\",\"traveller_id\":\"T-3000\"}]}";
	static const char *const CALL = "[{\"type\":\"tool_use\",\"id\":\"t1\",\"name\":"
					"\"cancel_booking\",\"input\":{\"ref\":\"KM-88412\"}}]";
	conv v;
	act b;
	(void)st;
	conv_of(&v, (const char *const[]){"uCancel it.", "t", "a", "t{\"cancelled\":true}", NULL});
	v.m[1].text = REC, v.m[1].len = strlen(REC);
	v.m[2].text = CALL, v.m[2].len = strlen(CALL);
	free(v.low[1]), free(v.low[2]);
	v.low[1] = strdup(REC), v.low[2] = strdup(CALL);
	act_set(&b, "book_flight", "flight_id", "LH905-1211", "traveller_id", "T-2291");
	assert_int_equal(pol_request_asked_step(&v.c, NULL, &b.a), 1);
	act_set(&b, "book_flight", "flight_id", "LH905-1211", "traveller_id", "T-3000");
	assert_int_equal(pol_request_asked_step(&v.c, NULL, &b.a), 0);
	conv_free(&v);
}

/* a yes to an offer naming two records, a particle written onto the
 * one taken: the act on it is no act on another record */
static void offer_with_particles(void **st)
{
	conv v;
	act x;
	(void)st;
	conv_of(&v, (const char *const[]){
			    "u같은 걸 두 번 주문했대요.",
			    "aBD-771309와 BD-771311이 같은 상품입니다. BD-771311을 취소할까요?",
			    "u네, 그렇게 해 주세요.", "t{\"order_id\":\"BD-771311\"}", NULL});
	act_set(&x, "cancel_order", "order_id", "BD-771311", NULL, NULL);
	assert_int_equal(pol_request_other_named(&v.c, &x.a), 0);
	assert_int_equal(pol_request_asked_step(&v.c, NULL, &x.a), 1);
	conv_free(&v);
}

/* hostile input: a 4 KB one-word message (the longest read), an answer
 * of 4 KB and a 256 KB tool output; twenty readings well under a second */
static void hostile_input_is_linear(void **st)
{
	char *u4 = malloc(4097), *ans = malloc(4097), *tool = malloc(300 * 1024);
	size_t i;
	act x;
	clock_t t0;
	int k;
	(void)st;
	assert_non_null(u4);
	assert_non_null(ans);
	assert_non_null(tool);
	for (i = 0; i < 4096; i++)
		u4[i] = "peru "[i % 5], ans[i] = "Reija "[i % 6];
	u4[4096] = ans[4096] = '\0';
	strcpy(tool, "{\"rows\":[{\"id\":\"KV-1\"");
	for (i = strlen(tool); i + 16 < 256 * 1024; i += 12)
		memcpy(tool + i, ",\"x\":\"Reij\"", 11), tool[i + 11] = ' ';
	strcpy(tool + i, "}]}");
	act_set(&x, "update_address", "id", "KV-1", "address",
		"peru peru peru peru peru peru peru peru peru peru peru peru peru 1 peru peru peru");
	t0 = clock();
	for (k = 0; k < 20; k++) {
		conv v;
		conv_of(&v, (const char *const[]){"uPeru Reijan aika.", "aReija", "u", "t", NULL});
		v.m[1].text = ans, v.m[1].len = 4096;
		v.m[2].text = u4, v.m[2].len = 4096;
		v.m[3].text = tool, v.m[3].len = strlen(tool);
		free(v.low[1]), free(v.low[2]), free(v.low[3]);
		v.low[1] = strdup(ans), v.low[2] = strdup(u4), v.low[3] = strdup(tool);
		(void)pol_request_asked_step(&v.c, NULL, &x.a);
		conv_free(&v);
	}
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 2.0);
	free(u4);
	free(ans);
	free(tool);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(carried_from_answer),
		cmocka_unit_test(carried_from_previous_order),
		cmocka_unit_test(fetched_spelled_english),
		cmocka_unit_test(substep_same_object),
		cmocka_unit_test(substep_earlier_in_turn),
		cmocka_unit_test(offer_with_particles),
		cmocka_unit_test(hostile_input_is_linear),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
