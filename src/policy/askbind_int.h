/* askbind_int.h: the pieces of askbind.c (a request bound to the act by
 * the object it names) that askcarry.c (the ask carried over from the
 * turn before, a choice among the offered records, the act's sibling
 * steps) reads as well. Internal to the policy module. */
#ifndef RL_POLICY_ASKBIND_INT_H
#define RL_POLICY_ASKBIND_INT_H

#include <stddef.h>

#define AB_ASK_MAX 4096u /* longest user message read */

/* closed classes, written folded (askbind.c) */
extern const char *const ab_neg[];    /* negations (whole words) */
extern const char *const ab_rd[];     /* read verbs */
extern const char *const ab_wh[];     /* question words */
extern const char *const ab_polite[]; /* modals of asking */
extern const char *const ab_yes[];    /* a short reply taking an offer */

size_t ab_sep_len(const char *h, size_t i, size_t n);
int ab_starts_at(const char *h, size_t i, size_t n);
/* askcarry.c's wider matching on (1) or off (0), this thread */
void ab_wide(int on);
long ab_find_tok(const char *h, size_t n, size_t from, const char *w, size_t k, int whole);
int ab_has_folded(const char *h, size_t s, size_t e, const char *const *w, int whole, int words);
size_t ab_qmark(const char *h, size_t i, size_t n);
int ab_span_of(const char *h, size_t n, size_t at, int want, size_t *s, size_t *e);
size_t ab_low_copy(const char *v, size_t k, char *o, size_t cap);
size_t ab_num_value(const char *v, size_t k, char *o, size_t cap);
int ab_distinctive(const char *v, size_t k);
long ab_names_value(const char *h, size_t n, const char *v, size_t k);
int ab_record_around(const char *t, size_t n, size_t at, size_t *s, size_t *e);
const char *ab_json_value(const char *t, size_t n, const char *v, size_t k);
int ab_message_like(const char *t, size_t s, size_t e);
long ab_names_object(const pol_conv *c, const char *h, size_t n, const rl_action *a);
/* The same, also matching an identifier before a particle written onto
 * it in another script ("BD-771311을") and a Cyrillic or Greek name
 * written capitalised (askcarry.c's readings only). */
long ab_names_object_wide(const pol_conv *c, const char *h, size_t n, const rl_action *a);
long ab_names_value_wide(const char *h, size_t n, const char *v, size_t k);
long ab_last_user(const pol_conv *c);
long ab_offer_before(const pol_conv *c, long u);
int ab_led_by(const char *h, size_t n, const char *const *w);
int ab_read_verb(const char *h, size_t s, size_t e, size_t at);
int ab_english(const char *h, size_t n);
/* The object named at h[at] of user message h[0..n) in an order: no
 * negation in its clause, no read verb in its sentence, no question but
 * a polite one. */
int ab_order_at(const char *h, size_t n, size_t at);

#endif
