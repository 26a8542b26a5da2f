/* spec.c: model specs ("provider:model[@base_url]") and the original study's
 * bare model names, resolved to a wire format, base URL and key variable.
 * One table of presets, so adding an OpenAI-compatible host is one line. */
#include "provider/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

static const struct preset {
	const char *name;
	int wire;
	const char *base;
	const char *key_env;
	int key_optional;
} presets[] = {
	{"openai", RL_WIRE_OPENAI, "https://api.openai.com/v1", "OPENAI_API_KEY", 0},
	{"openrouter", RL_WIRE_OPENAI, "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", 0},
	{"together", RL_WIRE_OPENAI, "https://api.together.xyz/v1", "TOGETHER_API_KEY", 0},
	{"deepseek", RL_WIRE_OPENAI, "https://api.deepseek.com", "DEEPSEEK_API_KEY", 0},
	{"xai", RL_WIRE_OPENAI, "https://api.x.ai/v1", "XAI_API_KEY", 0},
	{"groq", RL_WIRE_OPENAI, "https://api.groq.com/openai/v1", "GROQ_API_KEY", 0},
	{"ollama", RL_WIRE_OPENAI, "http://127.0.0.1:11434/v1", "OLLAMA_API_KEY", 1},
	{"vllm", RL_WIRE_OPENAI, "http://127.0.0.1:8000/v1", "VLLM_API_KEY", 1},
	{"anthropic", RL_WIRE_ANTHROPIC, "https://api.anthropic.com", "ANTHROPIC_API_KEY", 0},
	{"google", RL_WIRE_GEMINI, "https://generativelanguage.googleapis.com", "GOOGLE_API_KEY",
	 0},
	/* the same OpenAI models through POST /v1/responses */
	{"openai-responses", RL_WIRE_RESPONSES, "https://api.openai.com/v1", "OPENAI_API_KEY", 0},
	{"mock", RL_WIRE_MOCK, "", "", 1},
};

static const struct preset *find_preset(const char *name, size_t n)
{
	size_t i;
	if (n == 6 && !strncasecmp(name, "gemini", 6))
		return &presets[9];
	for (i = 0; i < sizeof presets / sizeof presets[0]; i++)
		if (strlen(presets[i].name) == n && !strncasecmp(presets[i].name, name, n))
			return &presets[i];
	return NULL;
}

static int has_prefix_ci(const char *s, const char *p)
{
	return !strncasecmp(s, p, strlen(p));
}

/* The original framework picks a client from known model lists and then
 * from name patterns; this reproduces its outcome for the names its configs
 * use. Together's catalogue ids start with these organisations (with
 * Together's capitalisation); OpenRouter's use lowercase vendor slugs. */
static const char *infer_provider(const char *model)
{
	static const char *const together_orgs[] = {
		"deepseek-ai/",  "meta-llama/Llama", "meta-llama/Meta-Llama",
		"Qwen/",         "mistralai/",       "togethercomputer/",
		"NousResearch/", "google/gemma",     NULL};
	const char *slash = strchr(model, '/');
	size_t i;

	if (!slash) {
		if (has_prefix_ci(model, "claude"))
			return "anthropic";
		if (has_prefix_ci(model, "gpt") || has_prefix_ci(model, "chatgpt") ||
		    has_prefix_ci(model, "o1") || has_prefix_ci(model, "o3") ||
		    has_prefix_ci(model, "o4") || has_prefix_ci(model, "text-") ||
		    has_prefix_ci(model, "davinci"))
			return "openai";
		if (has_prefix_ci(model, "gemini"))
			return "google";
		if (has_prefix_ci(model, "deepseek"))
			return "deepseek";
		if (has_prefix_ci(model, "grok"))
			return "xai";
		return NULL;
	}
	for (i = 0; together_orgs[i]; i++)
		if (!strncmp(model, together_orgs[i], strlen(together_orgs[i])))
			return "together";
	return "openrouter";
}

/* OpenAI's reasoning families take max_completion_tokens and reject
 * temperature. Matched on the last path segment ("openai/o3" through a
 * proxy that keeps OpenAI's names). */
static int is_reasoning_model(const char *model)
{
	const char *b = strrchr(model, '/');
	b = b ? b + 1 : model;
	if ((b[0] == 'o' || b[0] == 'O') && isdigit((unsigned char)b[1]))
		return 1;
	return has_prefix_ci(b, "gpt-5");
}

static int copy_field(char *dst, size_t cap, const char *s, size_t n, const char *what,
		      const char *spec, rl_err *e)
{
	if (n >= cap)
		return rl_err_set(e, RL_EINVAL, "model spec '%.200s': %s too long (max %zu bytes)",
				  spec, what, cap - 1);
	memcpy(dst, s, n);
	dst[n] = '\0';
	return 0;
}

static int check_url(const char *url, const char *spec, rl_err *e)
{
	CURLU *u = curl_url();
	char *scheme = NULL;
	int rc = 0;

	if (!u)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    (strcasecmp(scheme, "http") && strcasecmp(scheme, "https")))
		rc = rl_err_set(e, RL_EINVAL,
				"model spec '%.200s': base URL '%.200s' is not an http(s) URL "
				"(expected e.g. http://127.0.0.1:8000/v1)",
				spec, url);
	curl_free(scheme);
	curl_url_cleanup(u);
	return rc;
}

int rl_model_spec_parse(const char *spec, rl_model_spec *out, rl_err *e)
{
	const char *colon, *at, *model, *prov_name;
	const struct preset *p = NULL;
	size_t mlen;
	int rc;

	memset(out, 0, sizeof *out);
	if (!spec || !*spec)
		return rl_err_set(e, RL_EINVAL, "empty model spec (expected provider:model)");
	/* The base URL follows the '@' that starts a URL ("@scheme://");
	 * model ids never contain one. For mock, anything after '@' is a
	 * script path. */
	at = NULL;
	{
		const char *sep = strstr(spec, "://"), *q;
		for (q = sep; q && q > spec; q--)
			if (*q == '@') {
				at = q;
				break;
			}
	}
	colon = strchr(spec, ':');
	if (colon && at && colon > at)
		colon = NULL;
	if (colon)
		p = find_preset(spec, (size_t)(colon - spec));
	if (!at && p && p->wire == RL_WIRE_MOCK)
		at = strchr(colon, '@');
	if (!at && !colon && !strncasecmp(spec, "mock@", 5))
		at = spec + 4;
	if (p) {
		model = colon + 1;
	} else if (!strcasecmp(spec, "mock") ||
		   (at && (size_t)(at - spec) == 4 && !strncasecmp(spec, "mock", 4))) {
		p = find_preset("mock", 4);
		model = spec + 4;
	} else {
		/* Bare name (the original configs), or an unknown prefix. A
		 * colon inside an OpenRouter id ("x/y:free") is part of it. */
		size_t n = at ? (size_t)(at - spec) : strlen(spec);
		char tmp[RL_SPEC_NAME_MAX];
		if (n >= sizeof tmp)
			return rl_err_set(e, RL_EINVAL, "model spec '%.200s': too long", spec);
		memcpy(tmp, spec, n);
		tmp[n] = '\0';
		if (colon && !strchr(tmp, '/'))
			return rl_err_set(
				e, RL_EINVAL,
				"model spec '%.200s': unknown provider '%.*s' (expected "
				"openai, openai-responses, anthropic, google, gemini, "
				"openrouter, together, deepseek, xai, groq, ollama, vllm or "
				"mock)",
				spec, (int)(colon - spec), spec);
		prov_name = infer_provider(tmp);
		if (!prov_name)
			return rl_err_set(e, RL_EINVAL,
					  "model spec '%.200s': cannot tell the provider from the "
					  "name (write provider:model, e.g. openai:%s)",
					  spec, tmp);
		p = find_preset(prov_name, strlen(prov_name));
		model = spec;
	}
	mlen = at ? (size_t)(at - model) : strlen(model);
	if (p->wire == RL_WIRE_MOCK) {
		if (mlen && model[0] == ':') {
			model++;
			mlen--;
		}
		if (!mlen) {
			model = "default";
			mlen = 7;
		}
	}
	if (!mlen)
		return rl_err_set(e, RL_EINVAL,
				  "model spec '%.200s': empty model name "
				  "(expected provider:model)",
				  spec);
	if ((rc = copy_field(out->model, sizeof out->model, model, mlen, "model name", spec, e)))
		return rc;
	out->wire = p->wire;
	snprintf(out->provider, sizeof out->provider, "%s", p->name);
	snprintf(out->key_env, sizeof out->key_env, "%s", p->key_env);
	out->key_optional = p->key_optional;
	if (at && p->wire == RL_WIRE_MOCK) {
		/* base_url holds the script path for mock */
		if ((rc = copy_field(out->base_url, sizeof out->base_url, at + 1, strlen(at + 1),
				     "script path", spec, e)))
			return rc;
	} else if (at) {
		size_t n = strlen(at + 1);
		while (n && at[n] == '/')
			n--;
		if ((rc = copy_field(out->base_url, sizeof out->base_url, at + 1, n, "base URL",
				     spec, e)))
			return rc;
		if ((rc = check_url(out->base_url, spec, e)))
			return rc;
		out->key_optional = 1;
	} else {
		/* OPENAI_BASE_URL, ANTHROPIC_BASE_URL, ... (the key variable's
		 * name with _BASE_URL), as the providers' own SDKs honour them */
		char var[80];
		const char *env = NULL;
		size_t kl = strlen(p->key_env);
		if (kl > 8 && !strcmp(p->key_env + kl - 8, "_API_KEY")) {
			snprintf(var, sizeof var, "%.*s_BASE_URL", (int)(kl - 8), p->key_env);
			env = getenv(var);
		}
		if (env && *env) {
			size_t n = strlen(env);
			while (n > 1 && env[n - 1] == '/')
				n--;
			if ((rc = copy_field(out->base_url, sizeof out->base_url, env, n, var, spec,
					     e)))
				return rc;
			if ((rc = check_url(out->base_url, spec, e))) {
				rl_err_prefix(e, "%s", var);
				return rc;
			}
		} else {
			snprintf(out->base_url, sizeof out->base_url, "%s", p->base);
		}
	}
	/* Only OpenAI's own API rejects temperature/max_tokens for these;
	 * OpenRouter and other hosts translate the usual parameters. */
	out->reasoning = (!strcmp(p->name, "openai") || !strcmp(p->name, "openai-responses")) &&
			 is_reasoning_model(out->model);
	snprintf(out->id, sizeof out->id, "%s:%s", out->provider, out->model);
	return 0;
}

int rl_model_spec_set_key_env(rl_model_spec *m, const char *env, rl_err *e)
{
	size_t i, n = env ? strlen(env) : 0;
	if (!n || n >= sizeof m->key_env)
		return rl_err_set(e, RL_EINVAL, "model %s: bad key variable name", m->id);
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)env[i]) && env[i] != '_')
			return rl_err_set(e, RL_EINVAL,
					  "model %s: key variable name '%.64s' has characters "
					  "other than letters, digits and '_'",
					  m->id, env);
	memcpy(m->key_env, env, n + 1);
	m->key_optional = 0;
	return 0;
}

/* The key for `m`, or NULL. Google accepts GEMINI_API_KEY as an alias, as
 * its SDKs do. */
const char *rl_model_spec_key(const rl_model_spec *m)
{
	const char *k;
	if (!m->key_env[0])
		return NULL;
	k = getenv(m->key_env);
	if ((!k || !*k) && !strcmp(m->key_env, "GOOGLE_API_KEY"))
		k = getenv("GEMINI_API_KEY");
	return k && *k ? k : NULL;
}

int rl_model_spec_check_key(const rl_model_spec *m, rl_err *e)
{
	if (m->wire == RL_WIRE_MOCK || m->key_optional || rl_model_spec_key(m))
		return 0;
	if (!strcmp(m->key_env, "GOOGLE_API_KEY"))
		return rl_err_set(e, RL_EINVAL,
				  "model %s: no API key: set GOOGLE_API_KEY (or GEMINI_API_KEY) "
				  "in the environment",
				  m->id);
	return rl_err_set(e, RL_EINVAL, "model %s: no API key: set %s in the environment", m->id,
			  m->key_env);
}
