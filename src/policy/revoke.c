/* revoke.c: `unless_revoked:`, a secret in a call that disarms it. A
 * leaked key's id or value appears in the very call that revokes,
 * deactivates, deletes or rotates it, and a hard-coded key appears in the
 * edit that removes it from a file; neither sends the secret anywhere a
 * thief could use it. A secret's evidence is dropped when
 *
 *  - an edit's old text (old_str, old_string, search ...) holds it and its
 *    new text does not (the key taken out of the file), or a `sed -i`
 *    command names it;
 *  - the value holding it revokes (revoke, deactivate, disable, delete,
 *    invalidate, rotate, roll, an HTTP DELETE, `--status Inactive`), in a
 *    call whose only web hosts are the key's issuer (github.com for a
 *    GitHub token, slack.com for a Slack token, stripe.com for a Stripe
 *    key, gitlab.com, googleapis.com, amazonaws.com) or that names none
 *    (a cloud CLI). A "revoke" that posts the key to any other host still
 *    sends it out.
 *
 * Hand-written: substring tests over one action's fields, linear in them. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* w (lowercase) in h[0..n) ignoring ASCII case */
static int has_ci(const char *h, size_t n, const char *w)
{
	size_t wn = strlen(w), i, j;
	if (!h || wn > n)
		return 0;
	for (i = 0; i + wn <= n; i++) {
		for (j = 0; j < wn && tolower((unsigned char)h[i + j]) == (unsigned char)w[j]; j++)
			;
		if (j == wn)
			return 1;
	}
	return 0;
}

static int holds(const rl_field *f, const char *s, size_t n)
{
	return f->value && f->len >= n && memmem(f->value, f->len, s, n);
}

static int name_is(const char *name, const char *const *w)
{
	size_t k;
	for (k = 0; name && w[k]; k++)
		if (!strcmp(name, w[k]))
			return 1;
	return 0;
}

/* The edit takes the secret out: its old text holds it, its new one not. */
static int removed(const rl_action *a, const char *s, size_t n)
{
	static const char *const oldf[] = {"old_str", "old_string", "old",      "old_text",
					   "search",  "find",       "original", NULL};
	static const char *const newf[] = {"new_str", "new_string",  "new", "new_text",
					   "replace", "replacement", NULL};
	size_t f, g;
	for (f = 0; f < a->nfields; f++) {
		if (!name_is(a->fields[f].name, oldf) || !holds(&a->fields[f], s, n))
			continue;
		for (g = 0; g < a->nfields; g++)
			if (name_is(a->fields[g].name, newf) && !holds(&a->fields[g], s, n))
				return 1;
	}
	return 0;
}

/* The issuer's domain for a key, by its prefix; NULL when unknown. */
static const char *issuer(const char *s, size_t n)
{
	static const struct {
		const char *prefix, *domain;
	} t[] = {{"ghp_", "github.com"},     {"gho_", "github.com"},
		 {"ghu_", "github.com"},     {"ghs_", "github.com"},
		 {"ghr_", "github.com"},     {"github_pat_", "github.com"},
		 {"xox", "slack.com"},       {"sk_", "stripe.com"},
		 {"rk_", "stripe.com"},      {"glpat-", "gitlab.com"},
		 {"aiza", "googleapis.com"}, {"akia", "amazonaws.com"},
		 {"asia", "amazonaws.com"},  {NULL, NULL}};
	size_t k;
	for (k = 0; t[k].prefix; k++) {
		size_t pl = strlen(t[k].prefix);
		if (n > pl && !strncasecmp(s, t[k].prefix, pl))
			return t[k].domain;
	}
	return NULL;
}

/* Every web host of v[0..n) is the issuer's (or there is none). */
static int hosts_issuer(rl_arena *ar, const char *v, size_t n, const char *dom)
{
	pol_target tv[POL_MAX_TARGETS];
	size_t nt = pol_targets(ar, v, n, 0, tv, POL_MAX_TARGETS), k, dl = dom ? strlen(dom) : 0;
	for (k = 0; k < nt; k++) {
		size_t hn = 0;
		if (tv[k].kind != TGT_URL)
			continue;
		while (hn < tv[k].nlen && !strchr("/?#:", tv[k].norm[hn]))
			hn++;
		if (!dom)
			return 0;
		if (!((hn == dl || (hn > dl && tv[k].norm[hn - dl - 1] == '.')) &&
		      !strncmp(tv[k].norm + hn - dl, dom, dl)))
			return 0;
	}
	return 1;
}

int pol_secret_disarmed(rl_arena *ar, const rl_action *a, const char *s, size_t n)
{
	static const char *const verbs[] = {"revoke",
					    "deactivat",
					    "disable",
					    "delete-access-key",
					    "delete-key",
					    "invalidat",
					    "rotate",
					    "roll",
					    "-x delete",
					    "--request delete",
					    "--method delete",
					    "status inactive",
					    "expire",
					    "delete_key",
					    NULL};
	size_t f, k;
	int held = 0, verb = 0, hosts = 1;
	if (!s || n < 8)
		return 0;
	if (removed(a, s, n))
		return 1;
	/* the call as a whole (s15-fp): an HTTP request whose method is
	 * DELETE or whose URL revokes, the key in its body, every host the
	 * issuer's ("DELETE https://api.github.com/credentials/revoke") */
	for (f = 0; f < a->nfields; f++) {
		const rl_field *fd = &a->fields[f];
		held |= holds(fd, s, n);
		if (fd->name && !strcmp(fd->name, "method") && fd->value)
			verb |= has_ci(fd->value, fd->len, "delete");
		for (k = 0; verbs[k] && !verb; k++)
			verb = has_ci(fd->value, fd->len, verbs[k]);
		hosts &= hosts_issuer(ar, fd->value, fd->len, issuer(s, n));
	}
	if (held && verb && hosts && issuer(s, n))
		return 1;
	for (f = 0; f < a->nfields; f++) {
		const rl_field *fd = &a->fields[f];
		int verb = 0;
		if (!holds(fd, s, n))
			continue;
		/* sed -i over the file that holds it */
		if (has_ci(fd->value, fd->len, "sed ") && has_ci(fd->value, fd->len, " -i") &&
		    hosts_issuer(ar, fd->value, fd->len, NULL))
			return 1;
		for (k = 0; verbs[k] && !verb; k++)
			verb = has_ci(fd->value, fd->len, verbs[k]) ||
			       (a->tool && strstr(a->tool, verbs[k]));
		if (!verb)
			continue;
		if (hosts_issuer(ar, fd->value, fd->len, issuer(s, n)))
			return 1;
	}
	return 0;
}
