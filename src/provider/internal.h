/* provider/internal.h: what the provider module (model specs, the mock)
 * shares with the rest of the library; the codecs are in codec/. */
#ifndef RL_PROVIDER_INTERNAL_H
#define RL_PROVIDER_INTERNAL_H

#include "codec/codec.h"

/* How many rules of a mock script select by `condition:` or `samples:`:
 * requests over HTTP carry neither, so in the fake provider those rules
 * never match (it warns at start). */
size_t rl_mock_script_scoped(const rl_mock_script *s);

/* The key for `m` from the environment, or NULL (never logged). */
const char *rl_model_spec_key(const rl_model_spec *m);

#endif
