/* fate.h: the closed word classes fate.c reads a message with
 * (fate_words.c). Internal to src/policy. */
#ifndef RL_POLICY_FATE_H
#define RL_POLICY_FATE_H

enum {
	FW_KNOW = 0, /* the speaker knows, has seen or holds something */
	FW_RECORD,   /* a record or held material */
	FW_PERSON,   /* a first or second person possessive or pronoun */
	FW_IF,       /* a condition */
	FW_ALT,      /* an alternative, a negative condition, a bargain */
	FW_AND,      /* "and" / "then" */
	FW_CONSENT,  /* a wish, permission, consent after "if" */
	FW_SELF,     /* a first-person subject after "if" */
	FW_OUT,      /* telling, sending, showing, publishing */
	FW_STAY,     /* staying, keeping */
	FW_STATE,    /* where or how information stays */
	FW_NOBODY,   /* nobody */
	FW_LEARN,    /* learning, seeing (after nobody) */
	FW_OBJ,      /* first and second person object pronouns */
	FW_PLEASE,   /* a request */
	FW_NAMED,    /* a threat named by its reporter */
	FW_NEG,      /* negations */
	FW_STAYC,    /* staying put, said whole */
	FW_CAN,      /* modals of an offer */
	FW_VEILED,   /* a contingency said without "if" */
	FW_NEEDNT,   /* "need not": a disclosure said to be avoidable */
	FW_DEMAND,   /* a deadline or an expectation set on the addressee */
	FW_GOON,     /* an imperative to go on ("keep complaining", "proceed") */
	FW_STILL,    /* "still", "not yet": a state that could change */
	FW_ANA,      /* a pronoun pointing back ("it", "both", "davon") */
	FW_SCRUT,    /* (s18) scrutiny of a fact: reviewed, looked into */
	FW_SOCIAL,   /* (s18) the addressee's social circle: community, parish */
	FW_HEARS,    /* (s18) coming to know of something: know, hear, find out */
	FW_N
};

extern const char *const *const rl_fate_words[FW_N];

#endif
