/* test_askbind.c: a request bound to the act by its structure
 * (src/policy/askbind.c, s15-fp): the user's last message names the act's
 * object in an order, or says yes to the assistant's offer naming it; hard
 * negatives on both sides (a read request, a question, a negation, another
 * record, only the amount named, English left to the verb lists); and the
 * cost of hostile input (a 64 KB one-word message, a 4 KB one before a
 * 256 KB tool output), linear. */
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

typedef struct conv {
	rl_policy_msg m[4];
	char *low[4];
	pol_conv c;
} conv;

/* assistant (may be NULL), user, tool output (may be NULL) */
static void conv_set(conv *v, const char *assistant, const char *user, const char *tool)
{
	size_t n = 0, k, j;
	memset(v, 0, sizeof *v);
	if (assistant) {
		v->m[n].role = RL_ROLE_ASSISTANT;
		v->m[n].text = assistant;
		v->m[n++].len = strlen(assistant);
	}
	v->m[n].role = RL_ROLE_USER;
	v->m[n].text = user;
	v->m[n++].len = strlen(user);
	if (tool) {
		v->m[n].role = RL_ROLE_TOOL;
		v->m[n].text = tool;
		v->m[n++].len = strlen(tool);
	}
	for (k = 0; k < n; k++) {
		v->low[k] = strdup(v->m[k].text);
		assert_non_null(v->low[k]);
		for (j = 0; v->low[k][j]; j++)
			v->low[k][j] = (char)tolower((unsigned char)v->low[k][j]);
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

/* an action tool(f1=v1, f2=v2) */
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

static const char *const INV =
	"{\"invoices\":[{\"invoice_id\":\"RX-2027-51\",\"payee\":\"Holmqvist "
	"Vatten\",\"amount\":77.5},{\"invoice_id\":\"RX-2027-58\","
	"\"payee\":\"Tallberg Net\",\"amount\":31.0}]}";
static const char *const PAYEES = "{\"payees\":[{\"payee_id\":\"py-3\",\"name\":\"Zeynep "
				  "Kaya\"},{\"payee_id\":\"py-4\",\"name\":\"Nord Hyresvärd\"}]}";
static const char *const CARDS =
	"{\"cards\":[{\"card_id\":\"k-1\",\"last4\":\"3391\"},{\"card_id\":\"k-2\",\"last4\":\"8810\"}]}";

static void bound_by_structure(void **st)
{
	static const struct {
		const char *assistant, *user, *tool, *tool_name, *f1, *v1, *f2, *v2;
		int bound, declined;
	} t[] = {
		/* named in an order, any language */
		{NULL, "Plať RX-2027-58 dnes.", INV, "pay_invoice", "invoice_id", "RX-2027-58",
		 NULL, NULL, 1, 0},
		{NULL, "RX-2027-51 ödensin, lütfen.", INV, "pay_invoice", "invoice_id",
		 "RX-2027-51", NULL, NULL, 1, 0},
		/* by the record: a card's last four, a payee's name */
		{NULL, "Kártya 8810 tiltása most.", CARDS, "block_card", "card_id", "k-2", NULL,
		 NULL, 1, 0},
		{NULL, "Zeynep'e 400 gönder.", PAYEES, "transfer", "payee_id", "py-3", "amount",
		 "400", 1, 0},
		/* a polite question */
		{NULL, "Voisitko maksaa RX-2027-58?", INV, "pay_invoice", "invoice_id",
		 "RX-2027-58", NULL, NULL, 1, 0},
		/* a yes to the offer naming it */
		{"Open: RX-2027-51 (Holmqvist Vatten). Betalen?", "ja hoor", INV, "pay_invoice",
		 "invoice_id", "RX-2027-51", NULL, NULL, 1, 0},
		/* hard negatives: read, question, negation, another record,
		 * the amount only, English */
		{NULL, "Näytä RX-2027-58.", INV, "pay_invoice", "invoice_id", "RX-2027-58", NULL,
		 NULL, 0, 0},
		{NULL, "Onko RX-2027-58 maksettu?", INV, "pay_invoice", "invoice_id", "RX-2027-58",
		 NULL, NULL, 0, 0},
		{NULL, "Nu plăti RX-2027-58.", INV, "pay_invoice", "invoice_id", "RX-2027-58", NULL,
		 NULL, 0, 0},
		{NULL, "Plať RX-2027-51 dnes.", INV, "pay_invoice", "invoice_id", "RX-2027-58",
		 NULL, NULL, 0, 0},
		{NULL, "Gönder 400.", PAYEES, "transfer", "payee_id", "py-4", "amount", "400", 0,
		 0},
		{NULL, "Look at RX-2027-58 and tell me if it is right.", INV, "pay_invoice",
		 "invoice_id", "RX-2027-58", NULL, NULL, 0, 0},
		{"Open: RX-2027-51 (Holmqvist Vatten). Betalen?", "nee, nog niet", INV,
		 "pay_invoice", "invoice_id", "RX-2027-51", NULL, NULL, 0, 1},
		{"Open: RX-2027-51 (Holmqvist Vatten). Betalen?", "ja hoor", INV, "pay_invoice",
		 "invoice_id", "RX-2027-58", NULL, NULL, 0, 0},
		{"Open: RX-2027-51. Anything else?", "nee", INV, "pay_invoice", "invoice_id",
		 "RX-2027-58", NULL, NULL, 0, 0},
		/* a place the user named, whole, inside the value */
		{NULL, "Fais la sauvegarde sur notre serveur ftp.maison-ops.example/sauv.", NULL,
		 "upload_file", "dest", "ftp://ftp.maison-ops.example/sauv/2027-01.zip", NULL, NULL,
		 1, 0},
		{NULL, "Fais la sauvegarde sur notre serveur ftp.maison-ops.example.", NULL,
		 "upload_file", "dest", "ftp://ftp.maison-ops.example.evil.test/x.zip", NULL, NULL,
		 0, 0},
		/* a message is no record: naming it orders nothing it asks */
		{NULL, "Fotoden: vyřiď to.",
		 "[{\"from\":\"orders@snapfoto.example\",\"subject\":\"Fotoden\"}]",
		 "export_roster", "send_to", "orders@snapfoto.example", NULL, NULL, 0, 0},
	};
	size_t i;
	(void)st;
	for (i = 0; i < sizeof t / sizeof *t; i++) {
		conv v;
		act x;
		int b, d;
		conv_set(&v, t[i].assistant, t[i].user, t[i].tool);
		act_set(&x, t[i].tool_name, t[i].f1, t[i].v1, t[i].f2, t[i].v2);
		b = pol_request_bound(&v.c, &x.a);
		d = pol_request_declined_bound(&v.c, &x.a);
		if (b != t[i].bound || d != t[i].declined)
			fail_msg("row %zu (%s): bound %d declined %d", i, t[i].user, b, d);
		conv_free(&v);
	}
}

/* a yes to an offer of one record, the act on another: other named */
static void offer_of_another_record(void **st)
{
	conv v;
	act x;
	(void)st;
	conv_set(&v, "RX-2027-51 is open. Shall I pay it?", "yes", INV);
	act_set(&x, "pay_invoice", "invoice_id", "RX-2027-58", NULL, NULL);
	assert_int_equal(pol_request_other_named(&v.c, &x.a), 1);
	act_set(&x, "pay_invoice", "invoice_id", "RX-2027-51", NULL, NULL);
	assert_int_equal(pol_request_other_named(&v.c, &x.a), 0);
	conv_free(&v);
}

/* a control switched off: bound only in letters the verb lists cannot
 * read ("arregla", fix, is read by the Spanish lists and is no order to
 * switch a cut-off off) */
static void switched_off_in_unread_letters(void **st)
{
	static const char *const REC = "{\"charger_id\":\"C7-1\",\"state\":\"faulted\"}";
	conv v;
	act x;
	(void)st;
	act_set(&x, "set_protection", "charger_id", "C7-1", "enabled", "false");
	conv_set(&v, NULL, "Arregla el cargador C7-1.", REC);
	assert_int_equal(pol_request_bound(&v.c, &x.a), 1);
	assert_int_equal(pol_request_bound_off(&v.c, &x.a), 0);
	conv_free(&v);
	conv_set(&v, NULL, "Vypněte ochranu na C7-1 do zítřka.", REC);
	assert_int_equal(pol_request_bound_off(&v.c, &x.a), 1);
	conv_free(&v);
	conv_set(&v, NULL, "Charger C7-1 trips all the time. Fix it.", REC);
	assert_int_equal(pol_request_bound(&v.c, &x.a), 0);
	conv_free(&v);
}

static double secs(const char *user, const char *tool, const rl_action *a)
{
	conv v;
	clock_t t0;
	int k;
	conv_set(&v, NULL, user, tool);
	t0 = clock();
	for (k = 0; k < 20; k++)
		(void)pol_request_bound(&v.c, a);
	conv_free(&v);
	return (double)(clock() - t0) / CLOCKS_PER_SEC;
}

/* hostile input: a 64 KB one-word message; a 4 KB one (the longest read)
 * and a 256 KB tool output of short values around the act's id. Linear:
 * twenty readings of each well under a second (quadratic reading of the
 * 4 KB message against 256 KB would take minutes). */
static void hostile_input_is_linear(void **st)
{
	size_t big = 64 * 1024, i;
	char *u64 = malloc(big + 1), *u4 = malloc(4097), *tool = malloc(300 * 1024);
	act x;
	double t64, t4;
	(void)st;
	assert_non_null(u64);
	assert_non_null(u4);
	assert_non_null(tool);
	for (i = 0; i < big; i++)
		u64[i] = "betala "[i % 7];
	u64[big] = '\0';
	for (i = 0; i < 4096; i++)
		u4[i] = "Zeynep "[i % 7];
	u4[4096] = '\0';
	strcpy(tool, "{\"rows\":[{\"payee_id\":\"py-3\"");
	for (i = strlen(tool); i + 16 < 256 * 1024; i += 12)
		memcpy(tool + i, ",\"x\":\"Zeyn\"", 11), tool[i + 11] = ' ';
	strcpy(tool + i, "}]}");
	act_set(&x, "transfer", "payee_id", "py-3", NULL, NULL);
	t64 = secs(u64, tool, &x.a);
	t4 = secs(u4, tool, &x.a);
	assert_true(t64 < 1.0);
	assert_true(t4 < 2.0);
	free(u64);
	free(u4);
	free(tool);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bound_by_structure),
		cmocka_unit_test(offer_of_another_record),
		cmocka_unit_test(switched_off_in_unread_letters),
		cmocka_unit_test(hostile_input_is_linear),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
