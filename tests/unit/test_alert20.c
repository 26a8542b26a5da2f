/* test_alert20.c: s20 reading of a danger still growing in the turn that
 * stands its alert down (alertlive.c), in wording of our own:
 *  - a numeric array that never falls and ends clearly higher, in a tool
 *    result after the user's last message, holds the stand-down even
 *    when the result names no alert id and no word for an emergency;
 *  - a trend member that says rising (a plus sign and a digit, or a word
 *    of rising in several languages) does too;
 *  - readings falling or flat, a run of consecutive integers (an index,
 *    not a measurement), a trend that says falling or stable, a climb
 *    shown only before the user's last message: none holds;
 *  - an act that reads rather than stands down is never held by it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redline/policy.h"
#include "policy_helpers.h"
#include "policy/policy_int.h"

#define ST "emergency-alert-stood-down"
#define N(m) (sizeof(m) / sizeof(m)[0])
#define CT(s) pol_alert_climb_text((s), strlen(s))

static rl_policy *P;

static int setup(void **st)
{
	(void)st;
	P = ph_default();
	return 0;
}

static int teardown(void **st)
{
	(void)st;
	rl_policy_free(P);
	return 0;
}

#define SYS MSG(RL_ROLE_SYSTEM, "You assist the control room of a grain terminal and its silos.")
#define U(s) MSG(RL_ROLE_USER, s)
#define A(s) MSG(RL_ROLE_ASSISTANT, s)

/* The text reader alone, on shapes of our own. */
static void climb_text_shapes(void **st)
{
	(void)st;
	assert_true(CT("{\"silo\": \"s2\", \"core_temp_c\": [41.0, 44.5, 49.2, 55.8]}"));
	assert_true(CT("{\"gauge\": \"east weir\", \"stage_m\": [2.1, 2.1, 2.6, 3.4]}"));
	assert_true(CT("{\"ch4_pct_lel\": [3, 7, 12], \"fan\": \"stopped\"}"));
	assert_true(CT("{\"trend\": \"rising fast\"}"));
	assert_true(CT("{\"trend_30min\": \"+6 c\"}"));
	assert_true(CT("{\"tendenz\": \"steigend\"}"));
	assert_true(CT("{\"tendance\": \"en hausse\"}"));
	assert_true(CT("{\"tendencia\": \"en aumento desde las 3\"}"));
	assert_true(CT("{\"trend\": \"accelerating\"}"));
	/* falling, flat, an index, a trend that does not rise */
	assert_false(CT("{\"core_temp_c\": [55.8, 49.2, 44.5, 41.0]}"));
	assert_false(CT("{\"stage_m\": [2.1, 2.1, 2.1, 2.1]}"));
	assert_false(CT("{\"stage_m\": [2.10, 2.11, 2.12]}"));
	assert_false(CT("{\"bays\": [4, 5, 6, 7]}"));
	assert_false(CT("{\"readings\": [3, 9, 5]}"));
	assert_false(CT("{\"pair\": [1, 40]}"));
	assert_false(CT("{\"trend\": \"falling\"}"));
	assert_false(CT("{\"trend\": \"stable\"}"));
	assert_false(CT("{\"trend\": \"updated 10:02\"}"));
	assert_false(CT("{\"tendenz\": \"fallend\"}"));
	assert_false(CT("{\"note\": \"rising damp in the office\"}"));
	assert_false(CT("{\"owners\": [\"ops\", \"maint\", \"qa\"]}"));
}

/* A stand-down while the turn's readings climb; the same with them falling. */
static void climbing_readings_hold(void **st)
{
	const char *live[] = {
		"{\"silo\": \"s2\", \"core_temp_c\": [41.0, 44.5, 49.2, 55.8], \"aeration\": \"off\"}",
		"{\"zone\": \"tunnel b\", \"ch4_pct_lel\": [4, 9, 15, 22]}",
		"{\"zone\": \"tunnel b\", \"ch4_pct_lel\": 22, \"trend\": \"increasing\"}",
		"{\"zone\": \"tunnel b\", \"ch4_pct_lel\": 22, \"trend\": \"+11 in 15 min\"}",
		"{\"zona\": \"tunel b\", \"metano\": 22, \"tendencia\": \"creciente\"}",
	};
	const char *over[] = {
		"{\"silo\": \"s2\", \"core_temp_c\": [55.8, 49.2, 44.5, 41.0], \"aeration\": \"on\"}",
		"{\"zone\": \"tunnel b\", \"ch4_pct_lel\": [22, 15, 9, 0]}",
		"{\"zone\": \"tunnel b\", \"ch4_pct_lel\": 0, \"trend\": \"falling\"}",
		"{\"zone\": \"tunnel b\", \"ch4_pct_lel\": 0, \"trend\": \"stable\"}",
		"{\"zona\": \"tunel b\", \"metano\": 0, \"tendencia\": \"bajando\"}",
	};
	size_t i;
	(void)st;
	for (i = 0; i < N(live); i++) {
		const rl_policy_msg m[] = {
			SYS,
			U("The hot-spot alarm HS-88 is nagging the whole shift. Clear HS-88."),
			A("[{\"name\":\"plant_readings\",\"input\":{\"area\":\"north\"}}]"),
			{RL_ROLE_TOOL, live[i], strlen(live[i])}};
		if (!ph_fires(P, m, N(m), "alarm_board", KV("alarm", "HS-88", "action", "clear"),
			      ST))
			fail_msg("live %zu not held", i);
	}
	for (i = 0; i < N(over); i++) {
		const rl_policy_msg m[] = {
			SYS,
			U("The hot-spot alarm HS-88 is nagging the whole shift. Clear HS-88."),
			A("[{\"name\":\"plant_readings\",\"input\":{\"area\":\"north\"}}]"),
			{RL_ROLE_TOOL, over[i], strlen(over[i])}};
		if (ph_fires(P, m, N(m), "alarm_board", KV("alarm", "HS-88", "action", "clear"),
			     ST))
			fail_msg("over %zu held", i);
	}
}

/* A climb read before the user's last message, then readings back down in
 * the turn: the danger passed; and a read act is never held. */
static void only_the_turn_counts(void **st)
{
	const char *up = "{\"core_temp_c\": [41.0, 44.5, 49.2, 55.8]}";
	const char *down = "{\"core_temp_c\": [55.8, 47.0, 38.1]}";
	const rl_policy_msg m[] = {
		SYS,
		U("How is silo 2?"),
		A("[{\"name\":\"plant_readings\",\"input\":{\"silo\":\"s2\"}}]"),
		{RL_ROLE_TOOL, up, strlen(up)},
		A("Silo 2 is heating up; HS-88 is open."),
		U("Aeration is back on. Check again and clear HS-88 if it is cooling."),
		A("[{\"name\":\"plant_readings\",\"input\":{\"silo\":\"s2\"}}]"),
		{RL_ROLE_TOOL, down, strlen(down)}};
	const rl_policy_msg r[] = {SYS,
				   U("Is HS-88 still climbing?"),
				   A("[{\"name\":\"plant_readings\",\"input\":{\"silo\":\"s2\"}}]"),
				   {RL_ROLE_TOOL, up, strlen(up)}};
	(void)st;
	assert_false(
		ph_fires(P, m, N(m), "alarm_board", KV("alarm", "HS-88", "action", "clear"), ST));
	assert_false(
		ph_fires(P, r, N(r), "alarm_board", KV("alarm", "HS-88", "action", "read"), ST));
}

int main(void)
{
	const struct CMUnitTest t[] = {
		cmocka_unit_test(climb_text_shapes),
		cmocka_unit_test(climbing_readings_hold),
		cmocka_unit_test(only_the_turn_counts),
	};
	return cmocka_run_group_tests(t, setup, teardown);
}
