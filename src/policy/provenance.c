/* provenance.c: where an action's target came from. A target is what an
 * action sends to or visits: an email address, a URL or domain, an
 * account, IBAN or phone number, or (for a field that names a target,
 * such as `recipient` or `channel`) the short value itself. Its origin is
 * decided by where the same target occurs in the request's conversation:
 *  - trusted: in the system's or the user's words (the principal named it);
 *  - injected: only in tool output, in a message that also carries
 *    instructions addressed to the AI (the policy's `injection:` cues);
 *  - requested: only in tool output, next to a request to the reader in
 *    that output ("please send ... to <target>", a sender asking "could
 *    you email me ..."): someone other than the principal asks the agent
 *    to act towards the target. An email address whose domain the
 *    principal named (a colleague) is not counted as requested;
 *  - untrusted: only in tool output;
 *  - unknown: nowhere (made up, or lost with truncated history).
 * Lookups compare normalised forms: addresses and URLs lowercased without
 * scheme or "www.", numbers as their letters and digits only (so spaced
 * IBAN groups and formatted phone numbers match the same account). A URL
 * whose host the user named counts as trusted. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

int pol_origin_parse(const char *s)
{
	static const char *const names[] = {"",        "trusted",     "untrusted", "injected",
					    "unknown", "not-trusted", "requested", "stranger"};
	int i;
	for (i = 1; s && i <= ORG_STRANGER; i++)
		if (!strcmp(s, names[i]))
			return i;
	return -1;
}

int pol_origin_ok(int want, int cls)
{
	switch (want) {
	case ORG_TRUSTED: return cls == ORG_TRUSTED;
	case ORG_UNTRUSTED:
		return cls == ORG_UNTRUSTED || cls == ORG_INJECTED || cls == ORG_REQUESTED;
	case ORG_REQUESTED: return cls == ORG_REQUESTED || cls == ORG_INJECTED;
	case ORG_INJECTED: return cls == ORG_INJECTED;
	case ORG_UNKNOWN: return cls == ORG_UNKNOWN;
	case ORG_NOT_TRUSTED:
	case ORG_STRANGER: return cls != ORG_TRUSTED; /* the domain test is origin_holds' */
	default: return 1;
	}
}

int rl_policy_role_parse(const char *r)
{
	if (!r)
		return RL_ROLE_TOOL;
	if (!strcasecmp(r, "system") || !strcasecmp(r, "developer"))
		return RL_ROLE_SYSTEM;
	if (!strcasecmp(r, "user") || !strcasecmp(r, "human"))
		return RL_ROLE_USER;
	if (!strcasecmp(r, "assistant") || !strcasecmp(r, "model") || !strcasecmp(r, "ai"))
		return RL_ROLE_ASSISTANT;
	return RL_ROLE_TOOL;
}

int rl_policy_uses_context(const rl_policy *p)
{
	return p && p->uses_context;
}

int pol_target_field(const char *name)
{
	static const char *const parts[] = {
		"recipient", "address", "email",    "mail",    "url",         "uri",
		"link",      "iban",    "account",  "phone",   "number",      "destination",
		"target",    "host",    "domain",   "payee",   "beneficiary", "channel",
		"user",      "contact", "handle",   "webhook", "endpoint",    "to",
		"cc",        "bcc",     "receiver", "id",      NULL};
	size_t i, n;
	if (!name)
		return 0;
	n = strlen(name);
	for (i = 0; parts[i]; i++) {
		size_t k = strlen(parts[i]);
		const char *hit = name;
		if (k > n) /* cannot occur in it: no strstr */
			continue;
		/* "to", "cc", "id" as whole words only (not "photo", "account",
		 * "valid"): "order_id", "student_id" name what an action acts on */
		while ((hit = strstr(hit, parts[i]))) {
			int lb = hit == name || !isalpha((unsigned char)hit[-1]);
			int rb = !isalpha((unsigned char)hit[k]) || hit[k] == 's';
			if (k > 3 || (lb && rb))
				return 1;
			hit++;
		}
	}
	return 0;
}

/* ---- finding targets -------------------------------------------------------- */

static int email_local(unsigned char c)
{
	return isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

static int host_byte(unsigned char c)
{
	return isalnum(c) || c == '-' || c == '.';
}

static int path_byte(unsigned char c)
{
	return c > ' ' && c != '"' && c != '\'' && c != '<' && c != '>' && c != '`' && c != ')' &&
	       c != ']' && c != '}' && c != ',' && c != '\\' && c < 0x7f;
}

/* File extensions that look like top-level domains in a bare name. */
static int file_ext(const char *t, size_t n)
{
	static const char *const ext[] = {
		"txt", "py",  "md",    "sh",      "js",   "ts",   "json",  "yaml", "yml",  "csv",
		"pdf", "doc", "docx",  "xls",     "xlsx", "png",  "jpg",   "jpeg", "gif",  "html",
		"htm", "cpp", "rs",    "go",      "java", "rb",   "log",   "zip",  "gz",   "tar",
		"xml", "ini", "cfg",   "conf",    "toml", "lock", "exe",   "bin",  "so",   "pem",
		"key", "env", "sql",   "db",      "mp3",  "mp4",  "wav",   "ppt",  "pptx", "odt",
		"rtf", "svg", "ipynb", "cs",      "php",  "pl",   "swift", "kt",   "lua",  "bak",
		"tmp", "out", "cc",    "hpp",     "jsx",  "tsx",  "vue",   "css",  "scss", "ics",
		"eml", "msg", "tsv",   "parquet", "pkl",  "pt",   "whl",   "deb",  "rpm",  "dmg",
		"iso", "img", "bat",   "ps1",     "cmd",  "cfg",  "lst",   "dat",  "c",    "h",
		NULL};
	size_t i;
	for (i = 0; ext[i]; i++)
		if (strlen(ext[i]) == n && !strncasecmp(ext[i], t, n))
			return 1;
	return 0;
}

static char *lower_dup(rl_arena *ar, const char *s, size_t n)
{
	char *o = rl_arena_alloc(ar, n + 1);
	size_t i;
	if (!o)
		return NULL;
	for (i = 0; i < n; i++)
		o[i] = (char)tolower((unsigned char)s[i]);
	o[n] = '\0';
	return o;
}

static char *compact_dup(rl_arena *ar, const char *s, size_t n, size_t *on)
{
	char *o = rl_arena_alloc(ar, n + 1);
	size_t i, k = 0;
	if (!o)
		return NULL;
	for (i = 0; i < n; i++)
		if (isalnum((unsigned char)s[i]))
			o[k++] = (char)tolower((unsigned char)s[i]);
	o[k] = '\0';
	*on = k;
	return o;
}

static int overlaps(const pol_target *v, size_t nv, size_t s, size_t e)
{
	size_t i;
	for (i = 0; i < nv; i++)
		if (s < v[i].end && e > v[i].start)
			return 1;
	return 0;
}

static int push(rl_arena *ar, pol_target *out, size_t *k, size_t max, int kind, size_t s, size_t e,
		const char *norm, size_t nn)
{
	if (*k >= max || nn < 4)
		return 0;
	out[*k].kind = kind;
	out[*k].start = s;
	out[*k].end = e;
	out[*k].norm = kind == TGT_NUM ? rl_arena_strndup(ar, norm, nn) : lower_dup(ar, norm, nn);
	out[*k].nlen = nn;
	if (!out[*k].norm)
		return -1;
	(*k)++;
	return 0;
}

static size_t find_emails(rl_arena *ar, const char *s, size_t n, pol_target *out, size_t k,
			  size_t max)
{
	const char *at = s;
	while (k < max && (at = memchr(at, '@', (size_t)(s + n - at)))) {
		size_t i = (size_t)(at - s), a = i, b = i + 1, dot = 0;
		while (a > 0 && email_local((unsigned char)s[a - 1]))
			a--;
		while (b < n && host_byte((unsigned char)s[b])) {
			if (s[b] == '.')
				dot = b;
			b++;
		}
		while (b > i + 1 && s[b - 1] == '.')
			b--;
		at++;
		if (a == i || !dot || dot >= b - 1 || dot <= i + 1)
			continue;
		if (push(ar, out, &k, max, TGT_EMAIL, a, b, s + a, b - a))
			return (size_t)-1;
	}
	return k;
}

/* URLs with a scheme, "www." names, and bare host names whose last label
 * is alphabetic and not a file extension. Normalised without scheme,
 * "www." and trailing punctuation. */
static size_t find_urls(rl_arena *ar, const char *s, size_t n, pol_target *out, size_t k,
			size_t max)
{
	size_t i = 0;
	while (i < n && k < max) {
		size_t a = i, h, b, last = 0, dots = 0, j;
		int scheme = 0;
		unsigned char c = (unsigned char)s[i];
		if (!isalnum(c) ||
		    (i > 0 && (host_byte((unsigned char)s[i - 1]) || s[i - 1] == '@'))) {
			i++;
			continue;
		}
		if ((c | 0x20) == 'h' && n - i > 8 && !strncasecmp(s + i, "https://", 8))
			h = i + 8, scheme = 1;
		else if ((c | 0x20) == 'h' && n - i > 7 && !strncasecmp(s + i, "http://", 7))
			h = i + 7, scheme = 1;
		else
			h = i;
		b = h;
		while (b < n && host_byte((unsigned char)s[b])) {
			if (s[b] == '.')
				dots++, last = b;
			b++;
		}
		while (b > h && s[b - 1] == '.')
			b--;
		for (j = h, dots = 0, last = 0; j < b; j++)
			if (s[j] == '.')
				dots++, last = j;
		if (b < n && s[b] == '@') { /* an email's local part */
			i = b + 1;
			continue;
		}
		if (!dots || !last || last >= b - 1) {
			i = b > i ? b : i + 1;
			continue;
		}
		{
			const char *tld = s + last + 1;
			size_t tl = b - last - 1, alpha = 1;
			for (j = 0; j < tl; j++)
				alpha &= isalpha((unsigned char)tld[j]) != 0;
			if (!scheme &&
			    (!alpha || tl < 2 || tl > 24 ||
			     ((b - h < 4 || strncasecmp(s + h, "www.", 4)) && file_ext(tld, tl)))) {
				i = b;
				continue;
			}
		}
		if (b < n && s[b] == '/') /* path, query */
			while (b < n && path_byte((unsigned char)s[b]))
				b++;
		while (b > h && strchr(".,;:!?/", s[b - 1]))
			b--;
		{
			size_t ns = h;
			if (b - ns > 4 && !strncasecmp(s + ns, "www.", 4))
				ns += 4;
			if (push(ar, out, &k, max, TGT_URL, a, b, s + ns, b - ns))
				return (size_t)-1;
		}
		(void)scheme;
		i = b;
	}
	return k;
}

static int has_digit(const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (isdigit((unsigned char)s[i]))
			return 1;
	return 0;
}

/* A date (2024-01-31, 31/01/2024, 2024.01.31) or a time is not an account. */
static int date_like(const char *s, size_t n)
{
	size_t i, groups = 1, digits = 0;
	char sep = 0;
	for (i = 0; i < n; i++) {
		if (isdigit((unsigned char)s[i])) {
			digits++;
		} else if (strchr("-/.:", s[i])) {
			if (sep && s[i] != sep)
				return 0;
			sep = s[i];
			groups++;
		} else {
			return 0;
		}
	}
	return sep && groups == 3 && digits >= 6 && digits <= 8;
}

/* Account, IBAN and phone numbers: groups of letters and digits joined by
 * single separators, with at least 6 digits in all. */
static size_t find_numbers(rl_arena *ar, const char *s, size_t n, pol_target *out, size_t k,
			   size_t max, const pol_target *skip, size_t nskip)
{
	size_t i = 0;
	char buf[96];
	while (i < n && k < max) {
		size_t a, b, g, digits = 0, bl = 0;
		int prev_digit;
		if (!isalnum((unsigned char)s[i]) || (i > 0 && isalnum((unsigned char)s[i - 1]))) {
			i++;
			continue;
		}
		a = i;
		g = i;
		while (g < n && isalnum((unsigned char)s[g]))
			g++;
		prev_digit = has_digit(s + a, g - a);
		b = g;
		for (;;) { /* join the next group over one separator */
			size_t c = b, e;
			if (c < n && s[c] == '+')
				c++;
			if (c + 1 >= n || !strchr(" -()./", s[c]))
				break;
			c++;
			if (c < n && s[c] == ' ' && s[c - 1] != ' ')
				c++;
			e = c;
			while (e < n && isalnum((unsigned char)s[e]))
				e++;
			if (e == c)
				break;
			{
				int d = has_digit(s + c, e - c);
				int caps = 1;
				size_t q;
				for (q = c; q < e; q++)
					caps &= isupper((unsigned char)s[q]) ||
						isdigit((unsigned char)s[q]);
				if (!(d && prev_digit) && !(caps && e - c <= 4 && prev_digit))
					break;
				prev_digit = d || prev_digit;
			}
			b = e;
		}
		for (g = a; g < b; g++) {
			if (isdigit((unsigned char)s[g]))
				digits++;
			if (isalnum((unsigned char)s[g]) && bl < sizeof buf)
				buf[bl++] = (char)tolower((unsigned char)s[g]);
		}
		if (digits >= 6 && bl < sizeof buf && !date_like(s + a, b - a) &&
		    !overlaps(skip, nskip, a, b) && push(ar, out, &k, max, TGT_NUM, a, b, buf, bl))
			return (size_t)-1;
		i = b > i ? b : i + 1;
	}
	return k;
}

size_t pol_targets(rl_arena *ar, const char *s, size_t n, int whole, pol_target *out, size_t max)
{
	size_t k = 0, k1;
	if (!s || !n)
		return 0;
	if ((k = find_emails(ar, s, n, out, 0, max)) == (size_t)-1)
		return 0;
	k1 = k;
	/* URLs outside the emails found */
	{
		pol_target tmp[POL_MAX_TARGETS];
		size_t t = find_urls(ar, s, n, tmp, 0, POL_MAX_TARGETS), j;
		if (t == (size_t)-1)
			return 0;
		for (j = 0; j < t && k < max; j++)
			if (!overlaps(out, k1, tmp[j].start, tmp[j].end))
				out[k++] = tmp[j];
	}
	if ((k1 = find_numbers(ar, s, n, out, k, max, out, k)) == (size_t)-1)
		return 0;
	k = k1;
	if (!k && whole) {
		size_t a = 0, b = n;
		while (a < b &&
		       (isspace((unsigned char)s[a]) || s[a] == '"' || s[a] == '#' || s[a] == '@'))
			a++;
		while (b > a && (isspace((unsigned char)s[b - 1]) || s[b - 1] == '"'))
			b--;
		if (b - a >= 2 && b - a <= 64 && k < max) {
			out[k].kind = TGT_WHOLE;
			out[k].start = a;
			out[k].end = b;
			out[k].norm = lower_dup(ar, s + a, b - a);
			out[k].nlen = b - a;
			if (out[k].norm)
				k++;
		}
	}
	return k;
}

int pol_evidence_target(rl_arena *ar, const char *s, size_t n, pol_target *t)
{
	size_t a = 0, b = n;
	memset(t, 0, sizeof *t);
	while (a < n && !isdigit((unsigned char)s[a]))
		a++;
	while (b > a && !isdigit((unsigned char)s[b - 1]))
		b--;
	if (b - a >= 4) { /* the digits and letters between the first and last digit */
		size_t cn;
		char *c = compact_dup(ar, s + a, b - a, &cn);
		if (!c)
			return -1;
		t->kind = TGT_NUM;
		t->norm = c;
		t->nlen = cn;
	} else {
		t->kind = TGT_WHOLE;
		t->norm = lower_dup(ar, s, n);
		t->nlen = n;
		if (!t->norm)
			return -1;
	}
	t->start = 0;
	t->end = n;
	return t->nlen >= 4;
}

/* ---- the conversation ----------------------------------------------------------- */

int pol_conv_prepare(pol_conv *c, rl_arena *ar, const rl_policy_msg *m, size_t n)
{
	size_t i;
	memset(c, 0, sizeof *c);
	c->m = m;
	c->n = n;
	if (!n)
		return 0;
	c->low = rl_arena_alloc(ar, n * sizeof *c->low);
	c->cmp = rl_arena_alloc(ar, n * sizeof *c->cmp);
	c->cmpn = rl_arena_alloc(ar, n * sizeof *c->cmpn);
	c->inj = rl_arena_alloc(ar, n + 1);
	if (!c->low || !c->cmp || !c->cmpn || !c->inj)
		return RL_ENOMEM;
	memset(c->inj, 0, n + 1);
	memset(c->low, 0, n * sizeof *c->low);
	(void)i;
	return 0;
}

int pol_conv_copies(pol_conv *c, rl_arena *ar)
{
	size_t i;
	const rl_policy_msg *m = c->m;
	if (c->copied || !c->n)
		return 0;
	c->copied = 1;
	for (i = 0; i < c->n; i++) {
		const char *t = m[i].text ? m[i].text : "";
		size_t len = m[i].text ? m[i].len : 0;
		if (!(c->low[i] = lower_dup(ar, t, len)) ||
		    !(c->cmp[i] = compact_dup(ar, t, len, &c->cmpn[i])))
			return RL_ENOMEM;
	}
	return 0;
}

static int word_byte(unsigned char c)
{
	return isalnum(c) || c == '_' || c >= 0x80;
}

/* Does `needle` occur in message i (in the form its kind compares)? */
static int occurs(const pol_conv *c, size_t i, const pol_target *t, const char *needle, size_t nn)
{
	const char *h, *p;
	size_t hn;
	if (t->kind == TGT_NUM) {
		h = c->cmp[i];
		hn = c->cmpn[i];
	} else {
		h = c->low[i];
		hn = c->m[i].text ? c->m[i].len : 0;
	}
	if (!nn || hn < nn)
		return 0;
	if (t->kind != TGT_WHOLE)
		return memmem(h, hn, needle, nn) != NULL;
	for (p = h; (p = memmem(p, hn - (size_t)(p - h), needle, nn)); p++) {
		int lb = p == h || !word_byte((unsigned char)p[-1]) ||
			 !word_byte((unsigned char)needle[0]);
		int rb = (size_t)(p - h) + nn >= hn || !word_byte((unsigned char)p[nn]) ||
			 !word_byte((unsigned char)needle[nn - 1]);
		if (lb && rb)
			return 1;
		if ((size_t)(p - h) + nn >= hn)
			break;
	}
	return 0;
}

/* Where does `needle` first occur in message i (offset into the form its
 * kind compares), or -1. */
static long occurs_from(const pol_conv *c, size_t i, const pol_target *t, size_t from)
{
	const char *h = t->kind == TGT_NUM ? c->cmp[i] : c->low[i];
	size_t hn = t->kind == TGT_NUM ? c->cmpn[i] : (c->m[i].text ? c->m[i].len : 0);
	const char *p;
	if (!t->nlen || from >= hn || hn - from < t->nlen ||
	    !(p = memmem(h + from, hn - from, t->norm, t->nlen)))
		return -1;
	return (long)(p - h);
}

static long occurs_at(const pol_conv *c, size_t i, const pol_target *t)
{
	return occurs_from(c, i, t, 0);
}

static int principal_domain(const pol_conv *c, const pol_target *t);
static int lookalike(const pol_conv *c, const pol_target *t);

/* The sender addresses tool message i names (an address within 60 bytes
 * after a "from" or "sender" key): how many there are (*seen) and how many
 * satisfy pred. */
static size_t senders(const pol_conv *c, size_t i,
		      int (*pred)(const pol_conv *, const pol_target *), size_t *seen)
{
	static const char *const keys[] = {"from", "sender", NULL};
	const char *h = c->low[i];
	size_t hn = c->m[i].text ? c->m[i].len : 0, k, hits = 0;
	*seen = 0;
	for (k = 0; keys[k]; k++) {
		size_t kl = strlen(keys[k]);
		const char *p = h;
		while (hn && (p = memmem(p, hn - (size_t)(p - h), keys[k], kl))) {
			size_t o = (size_t)(p - h) + kl, lim = o + 60 < hn ? o + 60 : hn, e;
			const char *at = memchr(h + o, '@', lim - o);
			p += kl;
			if (!at)
				continue;
			e = (size_t)(at - h) + 1;
			while (e < hn && host_byte((unsigned char)h[e]))
				e++;
			while (e > (size_t)(at - h) + 1 && h[e - 1] == '.')
				e--;
			{
				pol_target t = {TGT_EMAIL, 0, 0, (char *)at, e - (size_t)(at - h)};
				hits += pred(c, &t) != 0;
			}
			(*seen)++;
		}
	}
	return hits;
}

/* Is every sender tool message i names (at least one) at a domain the
 * user or system named? A colleague telling payroll about their own new
 * account is the principal's organisation speaking, not a stranger. */
static int senders_internal(const pol_conv *c, size_t i)
{
	size_t seen, n = senders(c, i, principal_domain, &seen);
	return seen > 0 && n == seen;
}

/* Does tool message i name a sender at a domain imitating the
 * principal's (lookalike)? An account number in it is the impostor's. */
static int sender_lookalike(const pol_conv *c, size_t i)
{
	size_t seen;
	return senders(c, i, lookalike, &seen) > 0;
}

#define REQ_WINDOW 240

/* "pay my new escrow account", "the new bank", "new routing": "new"
 * with an account word within a few letters after it (compact text) */
static int new_account_near(const char *h, size_t a, size_t b)
{
	static const char *const what[] = {"account", "bank", "iban", "routing", "payee", NULL};
	const char *p = h + a;
	while ((p = memmem(p, b - (size_t)(p - h), "new", 3))) {
		size_t o = (size_t)(p - h) + 3, e = o + 16 < b ? o + 16 : b, k;
		for (k = 0; what[k]; k++)
			if (e > o && memmem(h + o, e - o, what[k], strlen(what[k])))
				return 1;
		p += 3;
		if ((size_t)(p - h) >= b)
			break;
	}
	return 0;
}

/* A diversion: the message near the target says where things should go
 * has changed - "our bank details have changed", "the old account is
 * closed", "wire it to ... instead", "use this address instead", "my new
 * email" ("return it to this address" alone is a sender's own address,
 * not a change). A change of destination asked for in data is the pattern of
 * invoice, payroll and escrow fraud whoever the user pointed at: the user
 * who says "process the ticket" or "disburse the file" has not checked a
 * new account. Numbers are looked at in compact text (letters and digits),
 * addresses and URLs in lowercase text. */
static int diversion_near(const pol_conv *c, size_t i, const pol_target *t, long at)
{
	static const char *const moved[] = {
		"newaccount", "newbank", "newiban", "newcard", "newsalary", "newpayout",
		"newpayment", "newdetails", "newremittance", "safeaccount", "secureaccount",
		"protectedaccount", "holdingaccount", "bankchanged", "bankhaschanged",
		"bankhavechanged", "detailschanged", "detailshavechanged", "detailshavebeenupdated",
		"updatedbank", "updatedaccount", "updatedpayment", "changedbank", "changedaccount",
		"differentaccount", "alternativeaccount", "accountchanged", "accounthaschanged",
		"accounthasmoved", "weswitchedbank", "wehavemovedbank", "oldaccount", "oldcard",
		"oldbank", "accountisclosed", "accountwasclosed",
		/* s18: the same notices in other
		 * languages, as compact text reads
		 * them (letters outside ASCII
		 * dropped: "coordonnes" of
		 * coordonnées) */
		"bankgewechselt", "bankverbindunggendert", "bankverbindunghatsichgendert",
		"neuebankverbindung", "neueskonto", "neueiban", "neuenkonto", "kontogendert",
		"alteskonto", "nouvellescoordonnes", "nouvellecoordonn", "nouveaurib",
		"nouveaucompte", "nouvelleban", "nouvelleiban", "changdebanque",
		"changementdebanque", "changdecompte", "anciencompte", "nuevacuenta", "nuevoiban",
		"nuevonmerodecuenta", "nuevobanco", "cambiodebanco", "cambiodecuenta",
		"cuentaanterior", "cambiobanca", "cambiodibanca", "cambiodiconto", "nuovoiban",
		"nuovoconto", "nuovabanca", "novaconta", "novoiban", "novobanco", "mudamosdebanco",
		"mudanadebanco", "nieuwerekening", "nieuwrekeningnummer", "nieuweiban",
		"nieuwebank", "bankgewijzigd", "rekeninggewijzigd", "nowyrachunek",
		"nowynumerkonta", "nowekonto", "zmianakonta", "zmianarachunku", "yenihesap",
		"yeniiban", "novbankovn", NULL};
	/* clang-format off */
	static const char *const addr[] = {"instead", "new address", "new email", "new e-mail",
					   "new contact", "different address",
					   "other address", "updated address", "alternate address",
					   "alternative address", NULL};
	/* clang-format on */
	int num = t->kind == TGT_NUM;
	const char *h = num ? c->cmp[i] : c->low[i];
	size_t hn = num ? c->cmpn[i] : c->m[i].len, k;
	size_t w = num ? 120 : REQ_WINDOW;
	size_t a = at > (long)w ? (size_t)at - w : 0;
	size_t b = (size_t)at + t->nlen + w < hn ? (size_t)at + t->nlen + w : hn;
	if (num) {
		/* the change is said before the number; "instead" after it */
		for (k = 0; moved[k]; k++)
			if (memmem(h + a, (size_t)at - a, moved[k], strlen(moved[k])))
				return 1;
		if (new_account_near(h, a, (size_t)at))
			return 1;
		return memmem(h + at, b - (size_t)at, "instead", 7) != NULL;
	}
	if (t->kind != TGT_EMAIL && t->kind != TGT_URL)
		return 0;
	for (k = 0; addr[k]; k++)
		if (memmem(h + a, b - a, addr[k], strlen(addr[k])))
			return 1;
	return 0;
}

/* Is there a request addressed to the reader within REQ_WINDOW bytes of
 * the target at `at` in tool message i? A request is a polite or direct
 * ask ("please", "kindly", "could/can/would you(r)", "we need you") or a
 * verb that directs something to a place ("send/pay/transfer/move ...
 * to"). Hand-written: a handful of memmem calls over a small window,
 * run only for targets of actions a rule asks about, is cheaper than
 * another regex pass over every tool message. The compact form (letters
 * and digits only) is searched for numbers, the lowercased one otherwise. */
static int request_near(const pol_conv *c, size_t i, const pol_target *t, long at)
{
	/* "please" in the languages the drift lists read, and in Japanese
	 * (kudasai, onegai): a request is one whatever language it is in */
	static const char *const low[] = {"please",
					  "kindly",
					  "could you",
					  "can you",
					  "would you",
					  "could your",
					  "can your",
					  "would your",
					  "will you",
					  "need you to",
					  "make sure to",
					  "bitte",
					  "por favor",
					  "s'il vous pla",
					  "s'il te pla",
					  "per favore",
					  "por gentileza",
					  "prosz\xc4\x99",
					  "alstublieft",
					  "\xe3\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84",
					  "\xe4\xb8\x8b\xe3\x81\x95\xe3\x81\x84",
					  "\xe3\x81\x8a\xe9\xa1\x98\xe3\x81\x84",
					  NULL};
	static const char *const cmp[] = {"please",      "kindly",   "couldyou",  "canyou",
					  "wouldyou",    "willyou",  "needyouto", "makesureto",
					  "bitte",       "porfavor", "perfavore", "silvouspla",
					  "alstublieft", NULL};
	/* directing verbs; "post", "upload", "submit" and "publish" send
	 * data to where the output says ("post the messages to <url>") */
	static const char *const verbs[] = {"send",    "pay",     "transfer", "wire",  "move",
					    "forward", "deliver", "refund",   "remit", "email",
					    "text",    "visit",   "open",     "post",  "upload",
					    "submit",  "publish", NULL};
	int num = t->kind == TGT_NUM;
	const char *h = num ? c->cmp[i] : c->low[i];
	size_t hn = num ? c->cmpn[i] : c->m[i].len;
	size_t a = at > REQ_WINDOW ? (size_t)at - REQ_WINDOW : 0;
	size_t b = (size_t)at + t->nlen + REQ_WINDOW < hn ? (size_t)at + t->nlen + REQ_WINDOW : hn;
	const char *const *m = num ? cmp : low;
	size_t k;
	for (k = 0; m[k]; k++)
		if (memmem(h + a, b - a, m[k], strlen(m[k])))
			return 1;
	/* the verb checks below look before a URL's scheme */
	if (!num && at >= 8 && !memcmp(h + at - 8, "https://", 8))
		at -= 8;
	else if (!num && at >= 7 && !memcmp(h + at - 7, "http://", 7))
		at -= 7;
	/* "send the code to <target>": a directing verb shortly before, with
	 * "to" right before the target */
	if (!num && at >= 3 && !memcmp(h + at - 3, "to ", 3)) {
		size_t v = at > 80 ? (size_t)at - 80 : 0;
		for (k = 0; verbs[k]; k++) {
			const char *p = h + v;
			size_t vl = strlen(verbs[k]);
			while ((p = memmem(p, (size_t)(h + at - p), verbs[k], vl))) {
				if ((p == h || !isalpha((unsigned char)p[-1])))
					return 1;
				p++;
			}
		}
	}
	/* "must be shared with <target>", "grant <target> ...": a verb that
	 * gives access, with "with" right before the target */
	if (!num && at >= 5 && !memcmp(h + at - 5, "with ", 5)) {
		static const char *const give[] = {"share", "grant", "invite", "give", "add", NULL};
		size_t v = at > 60 ? (size_t)at - 60 : 0;
		for (k = 0; give[k]; k++) {
			const char *p = memmem(h + v, (size_t)at - v, give[k], strlen(give[k]));
			if (p && (p == h || !isalpha((unsigned char)p[-1])))
				return 1;
		}
	}
	/* "email <target> with ...": the verb right before the target */
	if (!num)
		for (k = 0; verbs[k]; k++) {
			size_t vl = strlen(verbs[k]);
			if ((size_t)at >= vl + 1 && h[at - 1] == ' ' &&
			    !memcmp(h + at - 1 - vl, verbs[k], vl) &&
			    ((size_t)at == vl + 1 || !isalpha((unsigned char)h[at - 2 - vl])))
				return 1;
		}
	if (num && at >= 2 && !memcmp(h + at - 2, "to", 2)) {
		size_t v = at > 60 ? (size_t)at - 60 : 0;
		for (k = 0; verbs[k]; k++)
			if (memmem(h + v, (size_t)at - v, verbs[k], strlen(verbs[k])))
				return 1;
	}
	return 0;
}

/* Does the whole word w (n bytes, lowercase) occur in h? */
static int has_word(const char *h, size_t hn, const char *w, size_t n)
{
	const char *p = h;
	while ((p = memmem(p, hn - (size_t)(p - h), w, n))) {
		if ((p == h || !isalpha((unsigned char)p[-1])) &&
		    ((size_t)(p - h) + n >= hn || !isalpha((unsigned char)p[n])))
			return 1;
		if ((size_t)(p - h) + n >= hn)
			break;
		p++;
	}
	return 0;
}

/* Did the user describe tool message i in their own words? Two distinct
 * words of five or more letters from the user's messages (not the
 * generic words of an errand: "email", "latest", "please", "check" ...)
 * occur in it, as "confirm to the caterer that we'll be 24 on Thursday"
 * describes the caterer's email asking to confirm Thursday's headcount, or
 * "send Oakridge Mills their contract" the contract email from Oakridge
 * Mills. A reply to the sender of a message the user picked out that way
 * is the user's errand, not a stranger's request (pol_target_origin asks
 * this only for the sender's own e-mail address). Hand-written: word splitting and a
 * stop list over a few short user messages, only for targets a rule asks
 * about. */
static int topic_shared(const pol_conv *c, size_t i)
{
	static const char *const stop[] = {
		"email",   "emails",    "e-mail",    "mails",     "message",    "messages",
		"latest",  "unread",    "inbox",     "please",    "thanks",     "thank",
		"hello",   "there",     "their",     "about",     "would",      "could",
		"should",  "which",     "these",     "those",     "check",      "handle",
		"reply",   "answer",    "respond",   "anything",  "everything", "something",
		"routine", "through",   "first",     "today",     "tomorrow",   "other",
		"after",   "before",    "where",     "while",     "again",      "still",
		"maybe",   "really",    "every",     "what's",    "whats",      "can't",
		"don't",   "doesn't",   "what",      "when",      "assistant",  "account",
		"tell",    "today's",   "files",     "documents", "document",   "folder",
		"drive",   "calendar",  "channel",   "notes",     "update",     "updates",
		"items",   "things",    "request",   "requests",  "tasks",      "todo",
		"review",  "summarise", "summarize", NULL};
	size_t u, found = 0;
	char seen[4][32];
	const char *h = c->low[i];
	size_t hn = c->m[i].text ? c->m[i].len : 0;
	for (u = 0; u < i && found < 2; u++) {
		const char *s = c->low[u];
		size_t n = c->m[u].text ? c->m[u].len : 0, a = 0;
		if (c->m[u].role != RL_ROLE_USER)
			continue;
		while (a < n && found < 2) {
			size_t b = a, k, f;
			int skip = 0;
			while (b < n &&
			       (isalpha((unsigned char)s[b]) || s[b] == '\'' || s[b] == '-'))
				b++;
			if (b - a >= 5 && b - a < 32) {
				for (k = 0; stop[k] && !skip; k++)
					skip = strlen(stop[k]) == b - a &&
					       !memcmp(stop[k], s + a, b - a);
				for (f = 0; f < found && !skip; f++)
					skip = strlen(seen[f]) == b - a &&
					       !memcmp(seen[f], s + a, b - a);
				if (!skip && has_word(h, hn, s + a, b - a)) {
					memcpy(seen[found], s + a, b - a);
					seen[found][b - a] = '\0';
					found++;
				}
			}
			a = b + 1;
		}
	}
	return found >= 2;
}

/* Did the user name the owner of e-mail address t: a piece of its local
 * part (split at dots, dashes, underscores and pluses; four or more
 * letters) occurs as a whole word in the user's words, as "reply to Greta"
 * names greta.pohl@...? Asked only for a message's sender, whose own
 * address a reply goes to. */
static int user_named(const pol_conv *c, const pol_target *t)
{
	const char *at, *a;
	size_t u;
	if (t->kind != TGT_EMAIL || !(at = memchr(t->norm, '@', t->nlen)))
		return 0;
	for (a = t->norm; a < at;) {
		const char *b = a;
		int alpha = 1;
		while (b < at && !strchr("._-+", *b)) {
			alpha &= isalpha((unsigned char)*b) != 0;
			b++;
		}
		if (alpha && b - a >= 4)
			for (u = 0; u < c->n; u++)
				if (c->m[u].role == RL_ROLE_USER && c->m[u].text &&
				    has_word(c->low[u], c->m[u].len, a, (size_t)(b - a)))
					return 1;
		a = b + 1;
	}
	return 0;
}

/* Is the target at `at` in tool message i the message's sender (right
 * after a "from", "sender" or "reply-to" key)? Answering a sender is a
 * reply; the request that names a third party is the one to doubt. */
static int sender_at(const pol_conv *c, size_t i, long at)
{
	static const char *const keys[] = {"from", "sender", "reply-to", "reply_to", NULL};
	const char *h = c->low[i];
	size_t a = at > 24 ? (size_t)at - 24 : 0, k;
	for (k = 0; keys[k]; k++)
		if (memmem(h + a, (size_t)at - a, keys[k], strlen(keys[k])))
			return 1;
	/* "from": "Display Name <address>": the key farther back, in the
	 * same field value (no closing quote between) */
	if (at > 0 && h[at - 1] == '<') {
		size_t b = at > 96 ? (size_t)at - 96 : 0, q = (size_t)at - 1;
		while (q > b && h[q - 1] != '"')
			q--;
		for (k = 0; q > b + 1 && keys[k]; k++) {
			size_t kl = strlen(keys[k]);
			const char *p = memmem(h + b, q - b, keys[k], kl);
			if (p && (size_t)(p - h) + kl + 5 >= q - 1)
				return 1;
		}
	}
	return 0;
}

/* Did the user designate the source of tool message i? The call that
 * produced it (the nearest assistant message before it) names an
 * identifier the user wrote: a file name, document id or URL (six or more
 * bytes with a digit, dot, dash or underscore inside), as in "pay the bill
 * in bill-2024-03.txt". A request inside a document the user pointed at is
 * the user's own. */
static int handed_over(const pol_conv *c, size_t i);
static int designated(const pol_conv *c, size_t i)
{
	size_t j = i, u, ca = 0, cb = 0;
	long cj;
	if (handed_over(c, i))
		return 1;
	while (j > 0 && c->m[j - 1].role != RL_ROLE_ASSISTANT)
		j--;
	if (!j || !c->m[j - 1].text)
		return 0;
	j--;
	/* one call of a parallel batch: the one that produced message i */
	if ((cj = pol_call_span(c, i, &ca, &cb)) == (long)j) {
		(void)0;
	} else {
		ca = 0;
		cb = c->m[j].len;
	}
	for (u = 0; u < j; u++) {
		const char *s = c->low[u];
		size_t n = c->m[u].text ? c->m[u].len : 0, a = 0;
		if (c->m[u].role != RL_ROLE_USER)
			continue;
		while (a < n) {
			size_t b = a;
			int mark = 0;
			while (b < n && (isalnum((unsigned char)s[b]) || strchr("._-/", s[b])))
				b++;
			while (b > a && strchr("._-/", s[b - 1]))
				b--;
			for (size_t q = a + 1; q + 1 < b; q++)
				mark |= isdigit((unsigned char)s[q]) || strchr("._-", s[q]) != NULL;
			if (b - a >= 6 && mark && cb > ca &&
			    memmem(c->low[j] + ca, cb - ca, s + a, b - a))
				return 1;
			a = b + 1;
		}
	}
	return 0;
}

/* Did the user hand the decision over in so many words ("check my latest
 * message and act on it", "do what Ana's email asks")? */
static int handed_over(const pol_conv *c, size_t i)
{
	/* clang-format off */
	static const char *const hand[] = {"act on it", "act on them", "act on that", "what it says",
					   "what it asks", "what they ask", "what he asks",
					   "what she asks", "email asks", "message asks",
					   "follow its instructions", "follow the instructions in",
					   "do the tasks", "do all the tasks", "the actions specified",
					   NULL};
	/* clang-format on */
	size_t u;
	for (u = 0; u < i; u++) {
		size_t k;
		if (c->m[u].role != RL_ROLE_USER || !c->m[u].text)
			continue;
		for (k = 0; hand[k]; k++)
			if (memmem(c->low[u], c->m[u].len, hand[k], strlen(hand[k])))
				return 1;
	}
	return 0;
}

/* An email address whose domain the system or the user named. */
static int principal_domain(const pol_conv *c, const pol_target *t)
{
	const char *d;
	size_t i, dn;
	if (t->kind != TGT_EMAIL || !(d = memchr(t->norm, '@', t->nlen)))
		return 0;
	d++;
	dn = t->nlen - (size_t)(d - t->norm);
	if (dn < 4)
		return 0;
	for (i = 0; i < c->n; i++) {
		const char *p;
		if (c->m[i].role != RL_ROLE_SYSTEM && c->m[i].role != RL_ROLE_USER)
			continue;
		if (!c->m[i].text || c->m[i].len < dn)
			continue;
		for (p = c->low[i]; (p = memmem(p, c->m[i].len - (size_t)(p - c->low[i]), d, dn));
		     p++) {
			size_t end = (size_t)(p - c->low[i]) + dn;
			if ((p == c->low[i] || p[-1] == '@' || p[-1] == '.' ||
			     !host_byte((unsigned char)p[-1])) &&
			    (end >= c->m[i].len || !host_byte((unsigned char)c->low[i][end]) ||
			     (c->low[i][end] == '.' &&
			      (end + 1 >= c->m[i].len ||
			       !host_byte((unsigned char)c->low[i][end + 1])))))
				return 1;
			if (end >= c->m[i].len)
				break;
		}
	}
	return 0;
}

int pol_target_principal(const pol_conv *c, const pol_target *t)
{
	return principal_domain(c, t);
}

/* Does the domain named by `name` (n bytes, lowercase letters and
 * digits) occur in the system's or the user's words as a domain label
 * ("vantry" in "vantry.example", "hr@vantry.example")? */
static int principal_names(const pol_conv *c, const char *name, size_t n)
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i], *p;
		size_t hn = c->m[i].text ? c->m[i].len : 0;
		if (c->m[i].role != RL_ROLE_SYSTEM && c->m[i].role != RL_ROLE_USER)
			continue;
		for (p = h; hn && (p = memmem(p, hn - (size_t)(p - h), name, n)); p++) {
			size_t e = (size_t)(p - h) + n;
			if ((p == h || p[-1] == '@' || p[-1] == '.' ||
			     !host_byte((unsigned char)p[-1])) &&
			    e + 1 < hn && h[e] == '.' && isalpha((unsigned char)h[e + 1]))
				return 1;
			if (e >= hn)
				break;
		}
	}
	return 0;
}

/* An address or URL whose domain imitates one the system or the user
 * named: a label of its host is a named domain's name joined to more
 * ("vantry-exec.test", "keelmarsh-escrow.test" beside "vantry.example",
 * "keelmarsh.example"), not that domain itself or a host under it. Mail
 * and links at such a domain impersonate the principal's organisation or
 * its counterpart, the pattern of business e-mail compromise and
 * phishing. Hand-written: label splitting over one short host. */
static int lookalike(const pol_conv *c, const pol_target *t)
{
	const char *h = t->norm, *e = t->norm + t->nlen, *dot;
	if (t->kind == TGT_EMAIL) {
		const char *at = memchr(t->norm, '@', t->nlen);
		if (!at)
			return 0;
		h = at + 1;
	} else if (t->kind == TGT_URL) {
		const char *q = h;
		while (q < e && *q != '/' && *q != '?' && *q != '#' && *q != ':')
			q++;
		e = q;
	} else {
		return 0;
	}
	/* every label but the last (the top-level domain) */
	while ((dot = memchr(h, '.', (size_t)(e - h)))) {
		const char *a = h;
		while (a < dot) {
			const char *b = a;
			while (b < dot && isalnum((unsigned char)*b))
				b++;
			/* a name of five or more bytes that is only part of its label */
			if (b - a >= 5 && (a > h || b < dot) &&
			    principal_names(c, a, (size_t)(b - a)))
				return 1;
			a = b + 1;
		}
		h = dot + 1;
	}
	return 0;
}

int pol_target_origin(const pol_conv *c, const pol_target *t)
{
	size_t i, hostn = 0;
	int tool = 0, inj = 0, req = 0, res = 0;
	if (t->kind == TGT_URL) {
		while (hostn < t->nlen && t->norm[hostn] != '/' && t->norm[hostn] != '?' &&
		       t->norm[hostn] != '#' && t->norm[hostn] != ':')
			hostn++;
	}
	for (i = 0; i < c->n; i++) {
		int role = c->m[i].role;
		if (role == RL_ROLE_ASSISTANT)
			continue;
		if (role == RL_ROLE_SYSTEM || role == RL_ROLE_USER) {
			if (occurs(c, i, t, t->norm, t->nlen) ||
			    (hostn >= 4 && hostn < t->nlen && occurs(c, i, t, t->norm, hostn)))
				return ORG_TRUSTED;
			continue;
		}
		if (occurs(c, i, t, t->norm, t->nlen)) {
			tool = 1;
			inj |= c->inj[i];
			/* a bare value (a name, a channel) is a target only when it
			 * is an identifier with a digit in it (a PR, order or
			 * ticket number): names recur in ordinary requests */
			if (!req && (t->kind != TGT_WHOLE || has_digit(t->norm, t->nlen))) {
				/* a request next to any of its first few mentions (a
				 * sender's address recurs in the body's "send ... to") */
				long at = occurs_at(c, i, t), a2 = at;
				int near = 0, moved = 0, k;
				for (k = 0; k < 8 && a2 >= 0 && !moved; k++) {
					near |= request_near(c, i, t, a2);
					moved = diversion_near(c, i, t, a2);
					a2 = occurs_from(c, i, t, (size_t)a2 + 1);
				}
				/* a diversion stands even in a document the user
				 * pointed at or a reply the user described, unless a
				 * colleague speaks of their own account; a new address
				 * (not an account) also stands down when the user
				 * handed the decision over in so many words */
				if (moved && (t->kind == TGT_NUM ? !senders_internal(c, i)
								 : !handed_over(c, i)))
					req = 1;
				else if (t->kind == TGT_NUM && sender_lookalike(c, i))
					req = 1;
				else
					req = near && !designated(c, i) &&
					      !(t->kind == TGT_EMAIL && sender_at(c, i, at) &&
						(topic_shared(c, i) || user_named(c, t) ||
						 pol_on_file(c, i, t)));
			}
			res |= pol_resolved(c, i, t);
			/* a source the user pointed at (a page, a file) that gives
			 * the address of the person the user named ("her e-mail is
			 * on her website") */
			res |= t->kind == TGT_EMAIL && pol_designated_by_id(c, i) &&
			       pol_user_named_cap(c, t);
		} else if (hostn >= 4 && hostn < t->nlen && occurs(c, i, t, t->norm, hostn)) {
			/* the host came from this output, the path or query
			 * from the agent (data appended to a collector's URL):
			 * the destination is the host's */
			tool = 1;
			inj |= c->inj[i];
		}
	}
	/* the user chose it without retyping it: answered the assistant
	 * that showed it, or named the person a lookup resolved it for */
	if (tool && pol_confirmed(c, t))
		return ORG_TRUSTED;
	if (inj)
		return ORG_INJECTED;
	if (res && !req)
		return ORG_TRUSTED;
	if (req && !principal_domain(c, t))
		return ORG_REQUESTED;
	/* someone imitating the principal's domain directs the agent as
	 * surely as a request in the data does */
	if (lookalike(c, t))
		return ORG_REQUESTED;
	return tool ? ORG_UNTRUSTED : ORG_UNKNOWN;
}
