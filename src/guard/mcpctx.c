/* mcpctx.c: per-session memory of MCP tool traffic (guard/mcpctx.h). A
 * flat array searched linearly: a few hundred sessions at most are live
 * in one gateway, and a note costs one scan per tools/call, far below the
 * policy evaluation that accompanies it. */
#include "guard/mcpctx.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct cmsg {
	int role;
	char *text;
	size_t len, cap; /* cap: text's buffer, reused by the note that replaces it */
} cmsg;

typedef struct sess {
	char *sid;
	unsigned long used; /* LRU clock */
	cmsg *m;            /* ring of per_session */
	size_t n, head;
} sess;

struct mcp_ctx {
	pthread_mutex_t mu;
	sess *s;
	size_t ns, max, per;
	unsigned long clock;
};

int mcp_ctx_new(size_t max_sessions, size_t per_session, mcp_ctx **out)
{
	mcp_ctx *c = calloc(1, sizeof *c);
	*out = NULL;
	if (!c)
		return RL_ENOMEM;
	c->max = max_sessions ? max_sessions : 256;
	c->per = per_session ? per_session : 8;
	c->s = calloc(c->max, sizeof *c->s);
	if (!c->s) {
		free(c);
		return RL_ENOMEM;
	}
	pthread_mutex_init(&c->mu, NULL);
	*out = c;
	return 0;
}

static void sess_clear(sess *s)
{
	size_t i;
	for (i = 0; s->m && i < s->n; i++)
		free(s->m[i].text);
	free(s->m);
	free(s->sid);
	memset(s, 0, sizeof *s);
}

void mcp_ctx_free(mcp_ctx *c)
{
	size_t i;
	if (!c)
		return;
	for (i = 0; i < c->ns; i++)
		sess_clear(&c->s[i]);
	free(c->s);
	pthread_mutex_destroy(&c->mu);
	free(c);
}

/* Under the lock. */
static sess *find(mcp_ctx *c, const char *sid, int create)
{
	size_t i, lru = 0;
	for (i = 0; i < c->ns; i++)
		if (!strcmp(c->s[i].sid, sid)) {
			c->s[i].used = ++c->clock;
			return &c->s[i];
		}
	if (!create)
		return NULL;
	if (c->ns < c->max) {
		i = c->ns;
	} else {
		for (i = 1; i < c->ns; i++)
			if (c->s[i].used < c->s[lru].used)
				lru = i;
		i = lru;
		sess_clear(&c->s[i]);
	}
	c->s[i].sid = strdup(sid);
	c->s[i].m = calloc(c->per, sizeof *c->s[i].m);
	if (!c->s[i].sid || !c->s[i].m) {
		sess_clear(&c->s[i]);
		return NULL;
	}
	if (i == c->ns)
		c->ns++;
	c->s[i].used = ++c->clock;
	return &c->s[i];
}

int mcp_ctx_note(mcp_ctx *c, const char *sid, int role, const char *text, size_t n)
{
	sess *s;
	cmsg *slot;
	char *t;
	if (!c || !sid || !*sid)
		return 0;
	if (n > MCP_CTX_TEXT_MAX) {
		n = MCP_CTX_TEXT_MAX;
		while (n && ((unsigned char)text[n] & 0xC0) == 0x80)
			n--; /* whole characters only */
	}
	pthread_mutex_lock(&c->mu);
	s = find(c, sid, 1);
	if (!s) {
		pthread_mutex_unlock(&c->mu);
		return RL_ENOMEM;
	}
	/* the next slot: a free one, or the oldest note's, whose buffer is
	 * reused when the text fits (a session's notes are much alike: no
	 * allocation per note once its ring is full, and no buffer made by
	 * one worker freed by another) */
	slot = s->n < c->per ? &s->m[(s->head + s->n) % c->per] : &s->m[s->head];
	if (slot->cap < n + 1) {
		if (!(t = malloc(n + 1))) {
			pthread_mutex_unlock(&c->mu);
			return RL_ENOMEM; /* the ring is as it was */
		}
		free(slot->text);
		slot->text = t;
		slot->cap = n + 1;
	}
	memcpy(slot->text, text, n);
	slot->text[n] = '\0';
	slot->role = role;
	slot->len = n;
	if (s->n < c->per)
		s->n++;
	else
		s->head = (s->head + 1) % c->per;
	pthread_mutex_unlock(&c->mu);
	return 0;
}

static const char *role_name(int role)
{
	switch (role) {
	case RL_ROLE_SYSTEM: return "system";
	case RL_ROLE_USER: return "user";
	case RL_ROLE_ASSISTANT: return "assistant";
	default: return "tool";
	}
}

json_t *mcp_ctx_json(mcp_ctx *c, const char *sid)
{
	json_t *a = json_array();
	sess *s;
	size_t i;
	if (!a || !c || !sid || !*sid)
		return a;
	pthread_mutex_lock(&c->mu);
	s = find(c, sid, 0);
	for (i = 0; s && i < s->n; i++) {
		const cmsg *m = &s->m[(s->head + i) % c->per];
		json_array_append_new(a, json_pack("{s:s,s:s%}", "role", role_name(m->role), "text",
						   m->text, m->len));
	}
	pthread_mutex_unlock(&c->mu);
	return a;
}

int mcp_ctx_msgs(mcp_ctx *c, const char *sid, rl_policy_msg **msgs, size_t *n)
{
	sess *s;
	size_t i, bytes = 0;
	char *mem, *p;
	*msgs = NULL;
	*n = 0;
	if (!c || !sid || !*sid)
		return 0;
	pthread_mutex_lock(&c->mu);
	s = find(c, sid, 0);
	if (!s || !s->n) {
		pthread_mutex_unlock(&c->mu);
		return 0;
	}
	for (i = 0; i < s->n; i++)
		bytes += s->m[i].len + 1;
	mem = malloc(s->n * sizeof **msgs + bytes);
	if (!mem) {
		pthread_mutex_unlock(&c->mu);
		return RL_ENOMEM;
	}
	*msgs = (rl_policy_msg *)(void *)mem;
	p = mem + s->n * sizeof **msgs;
	for (i = 0; i < s->n; i++) {
		const cmsg *m = &s->m[(s->head + i) % c->per];
		memcpy(p, m->text, m->len + 1);
		(*msgs)[i].role = m->role;
		(*msgs)[i].text = p;
		(*msgs)[i].len = m->len;
		p += m->len + 1;
	}
	*n = s->n;
	pthread_mutex_unlock(&c->mu);
	return 0;
}
