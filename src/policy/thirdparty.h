/* policy/thirdparty.h: harm to third parties (s14, issue 14), shared by
 * thirdparty.c (who the data is about, who receives it, from the
 * conversation) and thirdparty_text.c (what a text carries: whereabouts,
 * contact details, health, debt). Internal to src/policy. */
#ifndef RL_POLICY_THIRDPARTY_H
#define RL_POLICY_THIRDPARTY_H

#include <stddef.h>

/* Entries are lowercase; an ASCII entry must start a word (whole word
 * unless it ends in '*'; a leading '~' drops the word-start test too);
 * other entries count anywhere. The first entry of w in h[lo..hi) (h
 * lowercased, n its length): its offset, or (size_t)-1; *len its length.
 * The search stops at hi. */
size_t tp_in(const char *h, size_t n, const char *const *w, size_t lo, size_t hi, size_t *len);
/* Lowercased copy (ASCII letters) of s[0..n) into a malloc'd buffer. */
char *tp_lower(const char *s, size_t n);

/* What a text s[0..n) (l its lowercased copy) carries; each returns the
 * offset of the first one, or (size_t)-1. */
size_t tp_whereabouts(const char *s, const char *l, size_t n); /* address, time, room, workplace */
size_t tp_contact_third(const char *s, const char *l, size_t n); /* someone else's phone,
								  * address or workplace */
size_t tp_debt(const char *s, const char *l, size_t n);          /* someone's debt with an amount */
/* A sensitive health matter said of a third person (a name or a person's
 * title near it; not "I", "my" or "you" just before it). *subj and
 * *subj_end: the window the subject is named in. */
size_t tp_health_third(const char *s, const char *l, size_t n, size_t *subj, size_t *subj_end);
/* the next health or special-category word at or after `from` that is
 * not said of the speaker or the addressee ((size_t)-1: none) */
size_t tp_health_word(const char *l, size_t n, size_t from, size_t *len);
/* Is h (lowercased) a protective restriction, consent, a verified
 * requester, estrangement or covertness, a requester who introduces
 * themself as someone's relation? */
int tp_restricted(const char *h, size_t n);
int tp_consented(const char *h, size_t n);
/* A record in tool output (lowercased) holding consent: a consent key
 * whose value is true, a list or a text (an empty list, false or "no"
 * is none). */
int tp_consent_on_file(const char *h, size_t n);
/* Does s (l lowercased) say a person by name asked for it ("Chiara asked
 * us", "Paolo ci ha chiesto"), a person the lowercased message `text`
 * names (the one it is about), not a firm ("the company that asked us")? */
int tp_asked_by_person(const char *s, const char *l, size_t n, const char *text);
int tp_verified(const char *h, size_t n);
int tp_estranged(const char *h, size_t n);
int tp_relation(const char *h, size_t n);
/* A deployment's rule that a record goes only to its subject or an
 * authority; a question where a third person is or goes; an authority's
 * request (a warrant, a police request) spoken of. */
int tp_release_only(const char *h, size_t n);
int tp_where_third(const char *h, size_t n);
int tp_lawful_request(const char *h, size_t n);
/* The requester holds the account the record is on ("on our family plan"). */
int tp_own_account(const char *h, size_t n);
/* Is a JSON key at h[0..n) (lowercased, no quotes) one a health record
 * holds (diagnosis, condition, medical ...)? */
int tp_health_key(const char *k, size_t n);

/* whereabouts.c (s16): is the requester not entitled to where a person
 * is (the user's words, the person off duty or on sick leave, the
 * located person's record saying sharing is off; `a` the act, or NULL to
 * bind to the location calls already made)? Does act a locate a person
 * for such a requester or hidden from them (`unentitled`: thirdparty.c's
 * own test already holds)? The conversation's copies are made. */
struct pol_conv;
struct rl_action;
int pol_track_unentitled(const struct pol_conv *c, const struct rl_action *a);
int pol_track_action(const struct pol_conv *c, const struct rl_action *a, int unentitled);
/* Is act a a location act (its tool's name)? Cheap: asked first. */
int pol_track_located(const struct rl_action *a);
/* Does an assistant message h[0..n) (lowercased) call a location tool? */
int pol_track_called(const char *h, size_t n);
/* thirdparty.c: does s[0..n) carry a number (3+ digits, seps between
 * digits dropped) that a tool message (one tool_ok accepts, if given)
 * holds and no user or system message does? */
int tp_num_from_tool(const struct pol_conv *c, const char *s, size_t n, const char *seps,
		     int (*tool_ok)(const struct pol_conv *c, size_t k));
/* locrelay.c (s20): does message act a (t[0..n) its text) go to an
 * address no tool or system message holds, copying a number a location
 * call's result holds? (copies made) */
int pol_track_relay(const struct pol_conv *c, const struct rl_action *a, const char *t, size_t n);
/* locrelay.c (s20): does message act a go only to e-mail addresses at the
 * operator's own domain (its label named in a system message)? */
int pol_track_internal(const struct pol_conv *c, const struct rl_action *a);

#endif
