/* fake_meta.c: the fake provider's endpoints that are not generation
 * calls, small and fixed, so the guard's pass-through (docs/guard.md,
 * "Endpoints") is tested with the official clients: GET /v1/models and
 * /v1/models/ID (OpenAI's list shape), POST /v1/embeddings (floats, or
 * base64 little-endian float32 when asked, as the openai client asks by
 * default) and POST /v1/messages/count_tokens (Anthropic). Each answer
 * also carries what the fake received -- "x_fake_request": method, path,
 * query arguments and header names (never values: they may hold keys) --
 * so a test sees exactly what the guard forwarded. */
#include "fake/fake_meta.h"

#include <jansson.h>
#include <microhttpd.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

static int starts(const char *url, const char *p)
{
	return !strncmp(url, p, strlen(p));
}

int rl_fake_meta_route(const char *method, const char *url)
{
	if (!strcmp(method, "GET") &&
	    (!strcmp(url, "/v1/models") || (starts(url, "/v1/models/") && url[11])))
		return 1;
	if (!strcmp(method, "POST") &&
	    (!strcmp(url, "/v1/embeddings") || !strcmp(url, "/v1/messages/count_tokens")))
		return 1;
	return 0;
}

static enum MHD_Result add_name(void *cls, enum MHD_ValueKind kind, const char *k, const char *v)
{
	(void)kind;
	(void)v;
	json_array_append_new(cls, json_string(k));
	return MHD_YES;
}

static enum MHD_Result add_arg(void *cls, enum MHD_ValueKind kind, const char *k, const char *v)
{
	(void)kind;
	json_object_set_new(cls, k, json_string(v ? v : ""));
	return MHD_YES;
}

/* One text's embedding: three numbers from its length and first byte. */
static json_t *embedding(const char *t, int b64)
{
	float v[3];
	size_t n = t ? strlen(t) : 0;
	unsigned char raw[sizeof v], out[4 * sizeof v / 3 + 4];
	size_t i;
	v[0] = (float)(n % 97) / 97.0f;
	v[1] = n ? (float)(unsigned char)t[0] / 255.0f : 0.0f;
	v[2] = 0.5f;
	if (!b64)
		return json_pack("[f,f,f]", (double)v[0], (double)v[1], (double)v[2]);
	for (i = 0; i < 3; i++) { /* little-endian, whatever the host */
		unsigned u;
		memcpy(&u, &v[i], 4);
		raw[4 * i] = u & 255;
		raw[4 * i + 1] = (u >> 8) & 255;
		raw[4 * i + 2] = (u >> 16) & 255;
		raw[4 * i + 3] = u >> 24;
	}
	EVP_EncodeBlock(out, raw, (int)sizeof raw);
	return json_string((const char *)out);
}

char *rl_fake_meta_answer(struct MHD_Connection *c, const char *method, const char *url,
			  const char *body, size_t n, unsigned *status)
{
	json_t *rq = json_pack("{s:s,s:s,s:o,s:o}", "method", method, "path", url, "query",
			       json_object(), "headers", json_array());
	json_t *out = NULL, *in = body && n ? json_loadb(body, n, 0, NULL) : NULL;
	char *s;

	if (rq) {
		MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, add_arg,
					  json_object_get(rq, "query"));
		MHD_get_connection_values(c, MHD_HEADER_KIND, add_name,
					  json_object_get(rq, "headers"));
	}
	*status = 200;
	if (!strcmp(url, "/v1/models")) {
		out = json_pack("{s:s,s:[{s:s,s:s,s:i,s:s},{s:s,s:s,s:i,s:s}]}", "object", "list",
				"data", "id", "fake-gpt", "object", "model", "created", 0,
				"owned_by", "redline-fake", "id", "fake-claude", "object", "model",
				"created", 0, "owned_by", "redline-fake");
	} else if (starts(url, "/v1/models/")) {
		out = json_pack("{s:s,s:s,s:i,s:s}", "id", url + 11, "object", "model", "created",
				0, "owned_by", "redline-fake");
	} else if (!strcmp(url, "/v1/embeddings")) {
		json_t *inp = json_object_get(in, "input"), *data = json_array(), *x;
		const char *fmt = json_string_value(json_object_get(in, "encoding_format"));
		int b64 = fmt && !strcmp(fmt, "base64");
		size_t i;
		if (json_is_string(inp))
			json_array_append_new(data,
					      json_pack("{s:s,s:i,s:o}", "object", "embedding",
							"index", 0, "embedding",
							embedding(json_string_value(inp), b64)));
		json_array_foreach(json_is_array(inp) ? inp : NULL, i, x)
			json_array_append_new(data,
					      json_pack("{s:s,s:I,s:o}", "object", "embedding",
							"index", (json_int_t)i, "embedding",
							embedding(json_string_value(x), b64)));
		if (!json_array_size(data)) {
			*status = 400;
			json_decref(data);
			out = json_pack("{s:{s:s,s:s}}", "error", "message",
					"fake provider: no input to embed", "type",
					"invalid_request_error");
		} else {
			out = json_pack("{s:s,s:o,s:O,s:{s:I,s:I}}", "object", "list", "data", data,
					"model",
					json_object_get(in, "model") ? json_object_get(in, "model")
								     : json_null(),
					"usage", "prompt_tokens", (json_int_t)(n / 4 + 1),
					"total_tokens", (json_int_t)(n / 4 + 1));
		}
	} else { /* count_tokens */
		out = json_pack("{s:I}", "input_tokens", (json_int_t)(n / 4 + 1));
	}
	if (out && rq)
		json_object_set(out, "x_fake_request", rq);
	s = out ? json_dumps(out, JSON_COMPACT) : NULL;
	json_decref(out);
	json_decref(rq);
	json_decref(in);
	return s;
}
