/* fake/fake_meta.h: the fake provider's endpoints that are not generation
 * calls (fake_meta.c): model list, embeddings, token counting. */
#ifndef RL_FAKE_META_H
#define RL_FAKE_META_H

#include <stddef.h>

struct MHD_Connection;

/* 1 when `method url` is one of them, else 0. */
int rl_fake_meta_route(const char *method, const char *url);
/* Its JSON answer (malloc'd; NULL on OOM) for the request body body[0..n),
 * and the status in *status. */
char *rl_fake_meta_answer(struct MHD_Connection *c, const char *method, const char *url,
			  const char *body, size_t n, unsigned *status);

#endif
