/* recipient.c: the `recipient:` predicate of a rule argument (internal,
 * external, authority, listed) over the addresses in a field value, and
 * the organisation's domain test (moved out of eval.c). */
#include "policy/policy_int.h"

#include <ctype.h>
#include <fnmatch.h>
#include <string.h>
#include <strings.h>

int pol_domain_in(const rl_strlist *domains, const char *dom, size_t n)
{
	size_t i;
	for (i = 0; i < domains->n; i++) {
		const char *d = domains->v[i];
		size_t dl = strlen(d);
		if (d[0] == '*' && d[1] == '.') /* "*.acme.example" == "acme.example" and below */
			d += 2, dl -= 2;
		if (dl == n && !strncasecmp(d, dom, n))
			return 1;
		if (n > dl && dom[n - dl - 1] == '.' && !strncasecmp(dom + n - dl, d, dl))
			return 1;
	}
	return 0;
}

/* Authorities are listed as addresses or domains. */
static int is_authority(const rl_policy *p, const char *addr, size_t n, const char *dom, size_t dn)
{
	size_t i;
	for (i = 0; i < p->org.authorities.n; i++) {
		const char *a = p->org.authorities.v[i];
		if (strchr(a, '@')) {
			if (strlen(a) == n && !strncasecmp(a, addr, n))
				return 1;
		} else {
			rl_strlist one = {(char **)&p->org.authorities.v[i], 1};
			if (pol_domain_in(&one, dom, dn))
				return 1;
		}
	}
	return 0;
}

static int on_list(const rl_strlist *l, const char *addr, size_t n, const char *dom, size_t dn)
{
	char buf[512];
	size_t i;
	if (n >= sizeof buf)
		return 0;
	memcpy(buf, addr, n);
	buf[n] = '\0';
	for (i = 0; i < l->n; i++) {
		const char *x = l->v[i];
		if (!fnmatch(x, buf, FNM_CASEFOLD))
			return 1;
		if (!strchr(x, '@') && dn) { /* a bare domain entry */
			rl_strlist one = {(char **)&l->v[i], 1};
			if (pol_domain_in(&one, dom, dn))
				return 1;
		}
	}
	return 0;
}

static int addr_byte(unsigned char c)
{
	return c > ' ' && !strchr(",;<>\"'()[]{}\\", c) && c != 0x7f;
}

/* Does the recipient field value satisfy the predicate? Values carry one
 * or more addresses in any notation ("A <a@x>", JSON arrays, "a@x; b@y");
 * a value without any address is one unknown, hence external, recipient. */
int pol_recipient_ok(const rl_policy *p, const pol_arg *ag, const char *v, size_t n)
{
	size_t i = 0, naddr = 0;
	int any_ext = 0, any_int = 0, all_int = 1, any_auth = 0, any_ext_all = 0, listed = 0;

	while (i < n) {
		size_t s, at = 0, k;
		while (i < n && !addr_byte((unsigned char)v[i]))
			i++;
		s = i;
		while (i < n && addr_byte((unsigned char)v[i])) {
			if (v[i] == '@')
				at = i;
			i++;
		}
		if (!at || at == s || at + 1 >= i)
			continue;
		if (i - s > 7 && !strncasecmp(v + s, "mailto:", 7))
			s += 7;
		naddr++;
		k = i;
		while (k > at + 1 && v[k - 1] == '.') /* trailing sentence dot */
			k--;
		{
			const char *dom = v + at + 1;
			size_t dn = k - at - 1;
			int in = pol_domain_in(&p->org.internal_domains, dom, dn);
			int auth = !in && is_authority(p, v + s, k - s, dom, dn);
			any_int |= in;
			all_int &= in;
			any_auth |= auth;
			any_ext |= !in && !auth;
			any_ext_all |= !in;
			if (ag->list.n && on_list(&ag->list, v + s, k - s, dom, dn))
				listed = 1;
		}
	}
	if (!naddr) {
		size_t a = 0, b = n;
		while (a < b && isspace((unsigned char)v[a]))
			a++;
		while (b > a && isspace((unsigned char)v[b - 1]))
			b--;
		if (a == b)
			return 0;
		all_int = 0;
		any_ext = any_ext_all = 1;
		if (ag->list.n && on_list(&ag->list, v + a, b - a, "", 0))
			listed = 1;
	}
	if (ag->list.n && !listed)
		return 0;
	switch (ag->recipient) {
	case REC_INTERNAL: return any_int && all_int;
	case REC_EXTERNAL: return any_ext;
	case REC_AUTHORITY: return any_auth;
	case REC_ANY_EXTERNAL: return any_ext_all;
	default: return 1;
	}
}
