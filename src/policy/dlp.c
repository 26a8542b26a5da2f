/* dlp.c: `data_out:`, data-loss prevention over an outbound act. An action
 * holds when three classes meet, whoever asked for it:
 *
 *  - MATERIAL: a tool message marks what it holds as confidential (the
 *    classification labels leakout.c reads) or as restricted to certain
 *    people (a do-not-disclose, no-contact, protected-address or HR-only
 *    note, in a dozen languages), and the action carries it: an
 *    identifier, file name or value with digits of that message or of the
 *    call that read it; or a tool message holds personal records of many
 *    people (a key naming a person beside a key for contact data or a
 *    sensitive attribute - birth, ID numbers, bank, salary, grades,
 *    diagnoses, benefits -, with a count of ten or more or three records),
 *    and the action carries them: the segment, query or dataset name of
 *    the call that read them, or three of their values;
 *  - RECIPIENT: an address, URL host, bucket or phone number in one of the
 *    action's destination fields that is outside the organisation (its
 *    domain is not in the system prompt, and the name of its domain is not
 *    the organisation's or a party's the system prompt names), that is
 *    not the material's own party (the client, patient or correspondent
 *    the marked message names: a client's rate card to that client), and
 *    that the user did not name as entitled (an auditor, a processor
 *    under contract, a party with written consent or authority);
 *  - ACT: the destination receives (a GET or HEAD reads, never sends).
 *
 * The user's request does not make such an act safe: a mature DLP holds it
 * for a human. A system prompt that leaves the choice of recipients to
 * the principal ("shared only with people Dr. X names") lets a destination
 * stand for marked material the user named.
 *
 * Cost: a field is a destination only when its value holds '@', '://' or
 * (short) eight digits; then the system prompt; the tool messages only
 * when an outside destination remains (the classification reading is
 * leakout.c's, memoised per message); the user's entitling words only for
 * material that would hold. Every scan is linear in its input (bounded
 * token counts, memmem over each message once per token). */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define DL_MAX_DEST 16
#define DL_MAX_TOK 64

enum { DK_MAIL = 1, DK_HOST, DK_PHONE };

typedef struct dl_dest {
	int kind;
	const char *s; /* lowercased: the address, the host, or the phone's digits */
	size_t n;
	const char *label; /* the domain's name ("obramart" of marta@obramart.example) */
	size_t ln;
} dl_dest;

typedef struct dl_tok {
	char s[65];
	size_t n;
	int digits, joins; /* digits; '_' or '-' inside */
} dl_tok;

static int host_ch(unsigned char c)
{
	return isalnum(c) || c == '-' || c == '.' || c == '_';
}

/* The name of a domain: the label before its suffix ("obramart" of
 * obramart.example, "nhs" of mail.nhs.co.uk is too short to count). */
static void dest_label(dl_dest *d, const char *h, size_t n)
{
	size_t e = n, s;
	d->label = NULL;
	d->ln = 0;
	while (e > 0 && h[e - 1] != '.')
		e--;
	if (!e) { /* a bucket or a single label */
		d->label = h;
		d->ln = n;
		return;
	}
	e--; /* the dot before the suffix */
	s = e;
	while (s > 0 && h[s - 1] != '.')
		s--;
	if (e - s <= 3 && s > 1) { /* co.uk, com.br */
		e = s - 1;
		s = e;
		while (s > 0 && h[s - 1] != '.')
			s--;
	}
	d->label = h + s;
	d->ln = e - s;
}

static size_t add_dest(rl_arena *ar, dl_dest *v, size_t k, int kind, const char *s, size_t n)
{
	char *o;
	size_t i;
	if (k >= DL_MAX_DEST || n < 3 || n > 200 || !(o = rl_arena_alloc(ar, n + 1)))
		return k;
	for (i = 0; i < n; i++)
		o[i] = (char)tolower((unsigned char)s[i]);
	o[n] = '\0';
	v[k].kind = kind;
	v[k].s = o;
	v[k].n = n;
	if (kind == DK_MAIL) {
		const char *at = memchr(o, '@', n);
		dest_label(&v[k], at + 1, n - (size_t)(at + 1 - o));
	} else if (kind == DK_HOST)
		dest_label(&v[k], o, n);
	else
		v[k].label = NULL, v[k].ln = 0;
	return k + 1;
}

/* Addresses, URL hosts (bucket names of s3:// gs:// too) and phone
 * numbers in a destination value. */
static size_t dests_in(rl_arena *ar, const char *v, size_t n, dl_dest *out, size_t k)
{
	size_t i = 0;
	while (i < n && k < DL_MAX_DEST) {
		if (v[i] == '@' && i > 0 && host_ch((unsigned char)v[i - 1])) {
			size_t a = i, b = i + 1;
			while (a > 0 && (host_ch((unsigned char)v[a - 1]) || v[a - 1] == '+'))
				a--;
			while (b < n && host_ch((unsigned char)v[b]))
				b++;
			while (b > i + 1 && v[b - 1] == '.')
				b--;
			if (b > i + 3 && memchr(v + i, '.', b - i))
				k = add_dest(ar, out, k, DK_MAIL, v + a, b - a);
			i = b;
			continue;
		}
		if (v[i] == ':' && i + 2 < n && v[i + 1] == '/' && v[i + 2] == '/') {
			size_t a = i + 3, b = a;
			while (b < n && host_ch((unsigned char)v[b]))
				b++;
			/* user@host in a URL: the host */
			if (b < n && v[b] == '@') {
				a = b + 1;
				for (b = a; b < n && host_ch((unsigned char)v[b]); b++)
					;
			}
			if (b > a + 2)
				k = add_dest(ar, out, k, DK_HOST, v + a, b - a);
			i = b;
			continue;
		}
		if (v[i] == '+' || isdigit((unsigned char)v[i])) {
			char dg[24];
			size_t b = i, d = 0;
			while (b < n && (isdigit((unsigned char)v[b]) || strchr("+ -().", v[b])) &&
			       d < sizeof dg - 1) {
				if (isdigit((unsigned char)v[b]))
					dg[d++] = v[b];
				b++;
			}
			/* a phone number is the whole value, or most of it */
			if (d >= 8 && d <= 15 && b - i + 8 >= n)
				k = add_dest(ar, out, k, DK_PHONE, dg, d);
			i = b > i ? b : i + 1;
			continue;
		}
		i++;
	}
	return k;
}

/* A value that is one e-mail address and nothing else: a recipient,
 * whatever its field is called ("a", "dst", "para_quien"). */
static int lone_address(const char *v, size_t n)
{
	const char *at = memchr(v, '@', n);
	size_t i;
	if (!at || n > 120 || n < 6)
		return 0;
	for (i = 0; i < n; i++)
		if (!host_ch((unsigned char)v[i]) && v[i] != '@' && v[i] != '+')
			return 0;
	return memchr(at, '.', n - (size_t)(at - v)) != NULL;
}

/* Cheap first: a destination value holds an '@', a "://", or (short) a
 * phone number's eight digits; anything else is read no further. */
static int maybe_dest(const char *v, size_t n)
{
	const char *c;
	size_t i, d = 0;
	if (memchr(v, '@', n) ||
	    ((c = memchr(v, ':', n)) && memmem(c, n - (size_t)(c - v), "://", 3)))
		return 1;
	if (n > 40)
		return 0;
	for (i = 0; i < n; i++)
		d += isdigit((unsigned char)v[i]) != 0;
	return d >= 8;
}

static int sender_field(const char *f)
{
	return f && (strstr(f, "from") || strstr(f, "sender") || strstr(f, "reply") ||
		     strstr(f, "source") || strstr(f, "origin"));
}

/* Does host or domain d occur in the system's words as a domain (alone,
 * after '@' or '.', or with a subdomain of it)? */
static int sys_domain(const pol_conv *c, const char *d, size_t dn)
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i], *p;
		size_t hn = c->m[i].text ? c->m[i].len : 0;
		if (c->m[i].role != RL_ROLE_SYSTEM || !hn)
			continue;
		for (p = h; (p = memmem(p, hn - (size_t)(p - h), d, dn)); p++) {
			size_t e = (size_t)(p - h) + dn;
			if ((p == h || !host_ch((unsigned char)p[-1]) || p[-1] == '.' ||
			     p[-1] == '@') &&
			    (e >= hn || !host_ch((unsigned char)h[e]) ||
			     (h[e] == '.' && (e + 1 >= hn || !isalnum((unsigned char)h[e + 1])))))
				return 1;
			if (e >= hn)
				break;
		}
	}
	return 0;
}

/* The domain's name, without '-' and '_', in compacted text h[0..hn)
 * (alphanumerics only): the organisation or a party a text names
 * ("Ferri & Amato" for ferriamato.example). Five letters at least. */
static int label_in(const dl_dest *d, const char *h, size_t hn)
{
	char b[64];
	size_t i, k = 0;
	if (!d->label || !h)
		return 0;
	for (i = 0; i < d->ln && k < sizeof b; i++)
		if (isalnum((unsigned char)d->label[i]))
			b[k++] = d->label[i];
	if (k < 5 || k >= sizeof b)
		return 0;
	if (memmem(h, hn, b, k))
		return 1;
	/* the first part of a joined name ("hallberg" of hallberg-at) */
	for (i = 0; i < d->ln && d->label[i] != '-' && d->label[i] != '_'; i++)
		;
	return i >= 6 && i < d->ln && memmem(h, hn, d->label, i);
}

/* Inside the organisation, or a party the system prompt names. */
static int inside(const pol_conv *c, const dl_dest *d)
{
	size_t i;
	if (d->kind == DK_PHONE)
		return 0;
	{
		const char *dom = d->s;
		size_t dn = d->n;
		const char *at = d->kind == DK_MAIL ? memchr(d->s, '@', d->n) : NULL;
		if (at) {
			dom = at + 1;
			dn = d->n - (size_t)(dom - d->s);
		}
		/* the domain or a parent of it (x.y.org.example -> org.example) */
		while (dn >= 4) {
			const char *dot;
			if (sys_domain(c, dom, dn))
				return 1;
			dot = memchr(dom, '.', dn);
			if (!dot || !memchr(dot + 1, '.', dn - (size_t)(dot + 1 - dom)))
				break;
			dn -= (size_t)(dot + 1 - dom);
			dom = dot + 1;
		}
	}
	for (i = 0; i < c->n; i++)
		if (c->m[i].role == RL_ROLE_SYSTEM && label_in(d, c->cmp[i], c->cmpn[i]))
			return 1;
	return 0;
}

/* The user's last message names a party as entitled: an auditor, counsel,
 * the organisation's own client or board member (roles), a processor
 * under contract, a signed confidentiality or common-interest agreement,
 * written consent or authority (grants). */
static const char *const roles[] = {"auditor",           "revisor",
				    "wirtschaftspr",     "commissaire aux comptes",
				    "revisore",          "auditoria",
				    "auditor\xc3\xad",   "our client",
				    "accountant",        "co-counsel",
				    "our counsel",       "outside counsel",
				    "our lawyer",        "our attorney",
				    "our advis",         "on the board",
				    "board member",      "nuestro cliente",
				    "nuestro asesor",    "nuestro abogado",
				    "notre client",      "notre avocat",
				    "notre conseil",     "nostro cliente",
				    "nostro advisor",    "nostro avvocato",
				    "nostro consulente", "unser mandant",
				    "unserem mandanten", "unser kunde",
				    "unserem kunden",    "unser anwalt",
				    "unserem anwalt",    "unser berater",
				    "unserem berater",   "steuerberater",
				    "nosso cliente",     "nosso advogado",
				    "nosso consultor",   "onze klant",
				    "onze advocaat",     NULL};
static const char *const grants[] = {"under nda",
				     "signed the nda",
				     "signed an nda",
				     "non-disclosure",
				     "confidentiality agreement",
				     "confidentiality letter",
				     "common-interest",
				     "common interest",
				     "data processing agreement",
				     "processor",
				     "under contract",
				     "contracted",
				     "service provider",
				     "auftragsverarbeit",
				     "geheimhaltungsvereinbarung",
				     "vertraulichkeitsvereinbarung",
				     "sous-traitant",
				     "accord de confidentialit",
				     "acuerdo de confidencialidad",
				     "encargado del tratamiento",
				     "lettera di riservatezza",
				     "accordo di riservatezza",
				     "responsabile del trattamento",
				     "acordo de confidencialidade",
				     "geheimhoudingsverklaring",
				     "authoris",
				     "authoriz",
				     "autoriz",
				     "autoris",
				     "bevollm",
				     "consent",
				     "consentim",
				     "einwillig",
				     "consenso",
				     "in writing",
				     "written instruction",
				     "per iscritto",
				     "por escrito",
				     "par \xc3\xa9"
				     "crit",
				     "schriftlich",
				     "power of attorney",
				     "procura",
				     "vollmacht",
				     "court order",
				     "subpoena",
				     "orden judicial",
				     "gerichtsbeschluss",
				     "on behalf of",
				     "on their behalf",
				     NULL};
/* s17: the other side's counsel in a litigation, and an approval of what
 * goes to it (a production the partner signed off) */
static const char *const roles17[] = {"opposing counsel", "counsel for the", "parte contraria",
				      "partie adverse",   "gegenseite",      NULL};
static const char *const grants17[] = {"approved production", "production approved",
				       "partner approved", "signed off", NULL};

/* A role names a party ("our client, Mercer", "our client contact at"),
 * not a kind of data ("our client contract rates"): the end, punctuation,
 * a capital, a non-letter, "contact" or "at" follows it. */
static int role_at(const char *h, const char *orig, size_t hn, size_t e)
{
	if (e >= hn || (!isalpha((unsigned char)h[e]) && h[e] != ' '))
		return 1;
	if (isalpha((unsigned char)h[e]) || e + 1 >= hn)
		return 0;
	if (isupper((unsigned char)orig[e + 1]) || !isalpha((unsigned char)h[e + 1]) ||
	    !strncmp(h + e + 1, "contact", 7) || !strncmp(h + e + 1, "at ", 3))
		return 1;
	/* an address: "our auditor anna.holm@..." */
	for (e++; e < hn && h[e] != ' ' && h[e] != '@'; e++)
		;
	return e < hn && h[e] == '@';
}

static int cue_in(const char *h, const char *orig, size_t hn, const char *const *w, int role)
{
	size_t k;
	for (k = 0; w[k]; k++) {
		const char *p = h;
		size_t l = strlen(w[k]);
		while ((p = memmem(p, hn - (size_t)(p - h), w[k], l))) {
			if (!role || role_at(h, orig, hn, (size_t)(p - h) + l))
				return 1;
			p += l;
		}
	}
	return 0;
}

/* s17: a tool record says an agreement is in place: a key naming a
 * non-disclosure, confidentiality or processing agreement, a contract or
 * consent, with a value true, yes, signed, on file, active or valid
 * ("nda": true, "contract": "signed"). */
static int record_agreement(const pol_conv *c)
{
	static const char *const key[] = {
		"nda",       "confidential", "contract", "consent",  "dpa",
		"agreement", "vertrag",      "contrat",  "contrato", NULL};
	static const char *const yes[] = {
		"true",    "\"yes",      "\"signed",   "\"on file",       "\"active",
		"\"valid", "\"in place", "\"executed", "\"countersigned", NULL};
	size_t i, k, y;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i];
		size_t n = c->m[i].text ? c->m[i].len : 0;
		if (c->m[i].role != RL_ROLE_TOOL || !n)
			continue;
		for (k = 0; key[k]; k++) {
			size_t l = strlen(key[k]);
			const char *p = h;
			while ((p = memmem(p, n - (size_t)(p - h), key[k], l))) {
				size_t e = (size_t)(p - h) + l;
				/* the key: the word runs on to a quote and a colon */
				while (e < n && (isalnum((unsigned char)h[e]) || h[e] == '_'))
					e++;
				if (p > h && p[-1] == '"' && e + 1 < n && h[e] == '"' &&
				    h[e + 1] == ':') {
					for (e += 2; e < n && h[e] == ' '; e++)
						;
					for (y = 0; yes[y]; y++)
						if (!strncmp(h + e, yes[y], strlen(yes[y])))
							return 1;
				}
				p += l;
			}
		}
	}
	return 0;
}

static int user_entitles(const pol_conv *c, const dl_dest *d)
{
	size_t u = c->n;
	while (u-- > 0)
		if (c->m[u].role == RL_ROLE_USER)
			break;
	if (u >= c->n || !c->m[u].text)
		return 0;
	/* the user wrote the address, and a record shows an agreement */
	if (d->kind == DK_MAIL && memmem(c->low[u], c->m[u].len, d->s, d->n) && record_agreement(c))
		return 1;
	if (!(cue_in(c->low[u], c->m[u].text, c->m[u].len, roles, 1) ||
	      cue_in(c->low[u], c->m[u].text, c->m[u].len, grants, 0) ||
	      cue_in(c->low[u], c->m[u].text, c->m[u].len, roles17, 1) ||
	      cue_in(c->low[u], c->m[u].text, c->m[u].len, grants17, 0)))
		return 0;
	/* ... and that party is this destination */
	return memmem(c->low[u], c->m[u].len, d->s, d->n) || label_in(d, c->cmp[u], c->cmpn[u]);
}

/* Does a system message hold a phrase of `only` with a word of `verb` in the
 * `win` bytes from its start (its first occurrence in that message)? */
static int system_says(const pol_conv *c, const char *const *only, const char *const *verb,
		       size_t win)
{
	size_t i, k, v;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i];
		size_t hn = c->m[i].text ? c->m[i].len : 0;
		if (c->m[i].role != RL_ROLE_SYSTEM || !hn)
			continue;
		for (k = 0; only[k]; k++) {
			const char *p = memmem(h, hn, only[k], strlen(only[k]));
			size_t o, e;
			if (!p)
				continue;
			o = (size_t)(p - h);
			e = o + win < hn ? o + win : hn;
			for (v = 0; verb[v]; v++)
				if (memmem(h + o, e - o, verb[v], strlen(verb[v])))
					return 1;
		}
	}
	return 0;
}

/* The system prompt leaves the choice of recipients to the principal
 * ("shared only with people Dr. X names", "solo con quien el usuario
 * autorice"): a sentence with "only with" and a verb of naming or
 * approving soon after. */
static int system_delegates(const pol_conv *c)
{
	static const char *const only[] = {"only with",  "solo con",   "nur mit", "uniquement avec",
					   "apenas com", "alleen met", "tylko z", NULL};
	static const char *const verb[] = {" names",    " name ",    " approves",      " authori",
					   " designat", " chooses",  " nombr",         " autoriz",
					   " nennt",    " freigibt", " d\xc3\xa9sign", " autoris",
					   " indica",   " noemt",    " wskaz",         NULL};
	return system_says(c, only, verb, 80);
}

/* s17: the system prompt leaves recipients to the principal ("gehen nur
 * an Stellen, die Sabine nennt") and the user wrote this destination's
 * address herself. */
static int delegated_dest(const pol_conv *c, const dl_dest *d)
{
	static const char *const only[] = {
		"nur an",   "only to",    "solo a ", "uniquement \xc3\xa0", "seulement \xc3\xa0",
		"apenas a", "alleen aan", NULL};
	static const char *const verb[] = {
		" nennt",         " names", " name ",   " nombr",    " indica",
		" d\xc3\xa9sign", " noemt", " authori", " approves", NULL};
	size_t u = c->n;
	while (u-- > 0)
		if (c->m[u].role == RL_ROLE_USER)
			break;
	if (u >= c->n || !c->m[u].text || d->kind != DK_MAIL ||
	    !memmem(c->low[u], c->m[u].len, d->s, d->n))
		return 0;
	return system_delegates(c) || system_says(c, only, verb, 120);
}

/* Restriction notes: the record says who may not have it. */
static int restricted(const char *h, size_t n)
{
	static const char *const w[] = {
		"do not disclose",
		"do not release",
		"do not share",
		"not to be shared",
		"not be disclosed",
		"no-contact order",
		"no contact order",
		"protective order",
		"restraining order",
		"private data",
		"hr only",
		"no information to anyone",
		"do not put calls",
		"ne pas signaler",
		"ne pas communiquer",
		"ne pas divulguer",
		"ne pas transmettre",
		"confidentialit\xc3\xa9 renforc",
		"skyddad adress",
		"skyddade personuppgifter",
		"sekretessmarkering",
		"auskunftssperre",
		"nicht weitergeben",
		"nicht herausgeben",
		"no divulgar",
		"no revelar",
		"orden de alejamiento",
		"non divulgare",
		"non comunicare",
		"n\xc3\xa3o divulgar",
		"niet delen",
		"niet verstrekken",
		"nie udost\xc4\x99pnia\xc4\x87",
		"zakaz kontaktu",
		"payla\xc5\x9fmay\xc4\xb1n",
		"\xe9\x9d\x9e\xe5\x85\xac\xe9\x96\x8b",              /* 非公開 */
		"\xe4\xb8\x8d\xe5\xbe\x97\xe9\x80\x8f\xe9\x9c\xb2",  /* 不得透露 */
		"\xea\xb3\xb5\xea\xb0\x9c \xea\xb8\x88\xec\xa7\x80", /* 공개 금지 */
		NULL};
	/* s17: a condition the record sets on disclosure */
	static const char *const cond[] = {"no information to",
					   "without her written consent",
					   "without his written consent",
					   "without their written consent",
					   "without written consent",
					   "sin su consentimiento",
					   "sans son consentement",
					   "ohne ihre einwilligung",
					   "ohne seine einwilligung",
					   "senza il suo consenso",
					   "sem o seu consentimento",
					   "sem consentimento",
					   NULL};
	size_t k;
	for (k = 0; w[k]; k++)
		if (memmem(h, n, w[k], strlen(w[k])))
			return 1;
	for (k = 0; cond[k]; k++)
		if (memmem(h, n, cond[k], strlen(cond[k])))
			return 1;
	return 0;
}

/* ---- personal records of many people ---------------------------------- */

enum { PK_ID = 1, PK_CONTACT = 2, PK_SENS = 4 };

typedef struct dl_word {
	const char *w;
	unsigned char n, cls;
} dl_word;
#define W(s, c)                                                                                    \
	{                                                                                          \
		s, sizeof s - 1, c                                                                 \
	}
static const dl_word vocab[] = {
	W("name", PK_ID),           W("names", PK_ID),          W("nom", PK_ID),
	W("nombre", PK_ID),         W("nome", PK_ID),           W("namn", PK_ID),
	W("naam", PK_ID),           W("imie", PK_ID),           W("vorname", PK_ID),
	W("nachname", PK_ID),       W("surname", PK_ID),        W("firstname", PK_ID),
	W("lastname", PK_ID),       W("fullname", PK_ID),       W("student", PK_ID),
	W("pupil", PK_ID),          W("patient", PK_ID),        W("guest", PK_ID),
	W("donor", PK_ID),          W("employee", PK_ID),       W("member", PK_ID),
	W("customer", PK_ID),       W("cliente", PK_ID),        W("client", PK_ID),
	W("klient", PK_ID),         W("tenant", PK_ID),         W("applicant", PK_ID),
	W("consignee", PK_ID),      W("contact", PK_ID),        W("contacto", PK_ID),
	W("person", PK_ID),         W("alumno", PK_ID),         W("eleve", PK_ID),
	W("mitarbeiter", PK_ID),    W("kunde", PK_ID),          W("phone", PK_CONTACT),
	W("tel", PK_CONTACT),       W("telefono", PK_CONTACT),  W("telefone", PK_CONTACT),
	W("telefon", PK_CONTACT),   W("mobile", PK_CONTACT),    W("mobil", PK_CONTACT),
	W("cell", PK_CONTACT),      W("handy", PK_CONTACT),     W("whatsapp", PK_CONTACT),
	W("address", PK_CONTACT),   W("adresse", PK_CONTACT),   W("adres", PK_CONTACT),
	W("adress", PK_CONTACT),    W("direccion", PK_CONTACT), W("endereco", PK_CONTACT),
	W("indirizzo", PK_CONTACT), W("email", PK_CONTACT),     W("mail", PK_CONTACT),
	W("postcode", PK_CONTACT),  W("zip", PK_CONTACT),       W("cep", PK_CONTACT),
	W("plz", PK_CONTACT),       W("birth", PK_SENS),        W("dob", PK_SENS),
	W("birthdate", PK_SENS),    W("age", PK_SENS),          W("nascimento", PK_SENS),
	W("naissance", PK_SENS),    W("geburtsdatum", PK_SENS), W("nacimiento", PK_SENS),
	W("passport", PK_SENS),     W("paspor", PK_SENS),       W("ssn", PK_SENS),
	W("pan", PK_SENS),          W("nin", PK_SENS),          W("personnummer", PK_SENS),
	W("pesel", PK_SENS),        W("dni", PK_SENS),          W("nif", PK_SENS),
	W("cpf", PK_SENS),          W("nationality", PK_SENS),  W("iban", PK_SENS),
	W("bank", PK_SENS),         W("salary", PK_SENS),       W("salario", PK_SENS),
	W("salaire", PK_SENS),      W("gehalt", PK_SENS),       W("gross", PK_SENS),
	W("net", PK_SENS),          W("wage", PK_SENS),         W("grade", PK_SENS),
	W("grades", PK_SENS),       W("score", PK_SENS),        W("failing", PK_SENS),
	W("diagnosis", PK_SENS),    W("diagnostic", PK_SENS),   W("diagnose", PK_SENS),
	W("medical", PK_SENS),      W("health", PK_SENS),       W("hba1c", PK_SENS),
	W("motif", PK_SENS),        W("medication", PK_SENS),   W("dbs", PK_SENS),
	W("frl", PK_SENS),          W("benefit", PK_SENS),      W("benefits", PK_SENS),
	W("insats", PK_SENS),       W("belopp", PK_SENS),       W("debt", PK_SENS),
	W("skuld", PK_SENS),        W("religion", PK_SENS),     W("ethnicity", PK_SENS),
	W("disability", PK_SENS),   W("iep", PK_SENS),          W("custody", PK_SENS)};
#undef W

/* The class of one part of a key ("home" and "address" of home_address):
 * lengths 3 to 12 only, then the words of that length and first letter. */
static int part_class(const char *p, size_t n)
{
	size_t k;
	if (n < 3 || n > 12)
		return 0;
	for (k = 0; k < sizeof vocab / sizeof *vocab; k++)
		if (vocab[k].n == n && vocab[k].w[0] == p[0] && !memcmp(vocab[k].w, p, n))
			return vocab[k].cls;
	return 0;
}

/* Keys (and column lists) of tool message h[0..n): quoted words of
 * letters and '_' read part by part; a key followed by an integer of ten
 * or more that counts people or rows. */
static int bulk_personal(const char *h, size_t n, long *count)
{
	static const char *const pub[] = {"rating",        "reviews",     "website",
					  "opening_hours", "place_id",    "cuisine",
					  "stars",         "price_level", NULL};
	unsigned cls = 0;
	size_t i = 0, idkeys = 0;
	long many = 0, depth = 0; /* '[' depth: records and column lists sit in arrays */
	while (i < n) {
		size_t a, b, p;
		unsigned kc = 0;
		if (h[i] != '"') {
			depth += (h[i] == '[') - (h[i] == ']');
			i++;
			continue;
		}
		a = ++i;
		while (i < n && i - a <= 40 &&
		       (islower((unsigned char)h[i]) || h[i] == '_' ||
			isdigit((unsigned char)h[i])))
			i++;
		if (i >= n || h[i] != '"' || i == a || i - a > 40) {
			continue;
		}
		b = i++;
		for (p = a; p < b;) {
			size_t q = p;
			while (q < b && h[q] != '_')
				q++;
			kc |= (unsigned)part_class(h + p, q - p);
			p = q + 1;
		}
		if (depth > 0)
			cls |= kc;
		/* a directory of businesses (ratings, websites, opening hours) is
		 * public, not personal records */
		for (p = 0; pub[p]; p++)
			if (strlen(pub[p]) == b - a && !memcmp(pub[p], h + a, b - a))
				return 0;
		/* a key: "name": ..., or a count: "students": 57 */
		if (i < n && h[i] == ':') {
			size_t v = i + 1;
			long num = 0;
			if ((kc & PK_ID) && depth > 0)
				idkeys++;
			while (v < n && h[v] == ' ')
				v++;
			while (v < n && isdigit((unsigned char)h[v]) && num < 100000000)
				num = num * 10 + (h[v++] - '0');
			if (num >= 10 && v < n && (h[v] == ',' || h[v] == '}' || h[v] == ' ') &&
			    ((b - a == 5 && !memcmp(h + a, "count", 5)) ||
			     (b - a == 5 && !memcmp(h + a, "total", 5)) ||
			     (b - a >= 4 && h[b - 1] == 's' && !memchr(h + a, '_', b - a))))
				many = num > many ? num : many;
		}
	}
	*count = many;
	if (!(((cls & PK_ID) && (cls & (PK_CONTACT | PK_SENS))) ||
	      ((cls & PK_CONTACT) && (cls & PK_SENS))))
		return 0;
	return many >= 10 || idkeys >= 3;
}

/* ---- what the action carries ------------------------------------------ */

/* Runs of letters, digits, '_', '-' and '.' in the action's values
 * (destinations and the HTTP method aside), lowercased. */
static size_t value_tokens(const char *v, size_t n, dl_tok *t, size_t k)
{
	size_t i = 0;
	while (i < n && k < DL_MAX_TOK) {
		size_t s, e;
		while (i < n && !isalnum((unsigned char)v[i]))
			i++;
		s = i;
		while (i < n &&
		       (isalnum((unsigned char)v[i]) || v[i] == '_' || v[i] == '-' || v[i] == '.'))
			i++;
		e = i;
		while (e > s && (v[e - 1] == '.' || v[e - 1] == '-'))
			e--;
		if (e - s >= 3 && e - s <= 64) {
			size_t j;
			t[k].n = e - s;
			t[k].digits = t[k].joins = 0;
			for (j = 0; j < e - s; j++) {
				t[k].s[j] = (char)tolower((unsigned char)v[s + j]);
				t[k].digits += isdigit((unsigned char)v[s + j]) != 0;
				t[k].joins += (v[s + j] == '_' || v[s + j] == '-') && j;
			}
			t[k].s[e - s] = '\0';
			k++;
		}
		if (i == s)
			i++;
	}
	return k;
}

/* Tokens of the action's values (destinations aside); s18: and of the
 * query a destination URL carries ("reply?body=..."), decoded. */
static size_t action_tokens(rl_arena *ar, const rl_action *a, const unsigned char *isdest,
			    dl_tok *t)
{
	size_t f, k = 0, qn = 0;
	const char *q;
	for (f = 0; f < a->nfields && k < DL_MAX_TOK; f++) {
		if (!a->fields[f].value)
			continue;
		if (!isdest[f])
			k = value_tokens(a->fields[f].value, a->fields[f].len, t, k);
		else if ((q = pol_url_query(ar, a->fields[f].value, a->fields[f].len, &qn)))
			k = value_tokens(q, qn, t, k);
	}
	return k;
}

/* An identifier or a value with digits, not a year or a date. */
static int id_token(const dl_tok *t)
{
	size_t j, digits_only = 1;
	if (!t->digits || (t->digits < 3 && t->n < 4))
		return 0;
	for (j = 0; j < t->n; j++)
		digits_only &= isdigit((unsigned char)t->s[j]) || t->s[j] == '-' || t->s[j] == '.';
	if (digits_only && t->n == 4 && (!memcmp(t->s, "19", 2) || !memcmp(t->s, "20", 2)))
		return 0;
	if (digits_only && t->n == 10 && t->s[4] == '-' && t->s[7] == '-')
		return 0;
	return 1;
}

static int system_wrote(const pol_conv *c, const char *t, size_t n)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (c->m[i].role == RL_ROLE_SYSTEM && c->m[i].text &&
		    memmem(c->low[i], c->m[i].len, t, n))
			return 1;
	return 0;
}

/* In tool message i or in the call that read it; a file name also
 * without its extension (rc-2026-118.pdf for the record rc-2026-118). */
static int in_msg(const pol_conv *c, size_t i, const char *t, size_t n)
{
	size_t a, b, e = n;
	long am;
	while (e > 0 && t[e - 1] != '.' && n - e <= 5 && isalpha((unsigned char)t[e - 1]))
		e--;
	if (e > 4 && t[e - 1] == '.' && n - e >= 2)
		n = e - 1;
	if (memmem(c->low[i], c->m[i].len, t, n))
		return 1;
	am = pol_call_span(c, i, &a, &b);
	if (am >= 0 && b > a && memmem(c->low[am] + a, b - a, t, n))
		return 1;
	{ /* retyped: "R-201" for r201, "2.185.000" for 2185000; s18: "1.4m"
	   * for 1400000 */
		char k[65];
		size_t kn = pol_compact_token(t, n, k, sizeof k), pass;
		for (pass = 0; pass < 2; pass++) {
			if (kn &&
			    (pol_compact_in(c->low[i], c->m[i].len, k, kn) ||
			     (am >= 0 && b > a && pol_compact_in(c->low[am] + a, b - a, k, kn))))
				return 1;
			kn = pass ? 0 : pol_scaled_figure(t, n, k, sizeof k);
		}
	}
	/* a file named with the record's id among other words
	 * ("statement_c-00412_2026-11" for the record c-00412): a part
	 * between underscores of four bytes or more with three digits */
	if (memchr(t, '_', n)) {
		size_t p = 0;
		while (p < n) {
			size_t q = p, d = 0, dash = 0;
			while (q < n && t[q] != '_') {
				dash += t[q] == '-';
				d += isdigit((unsigned char)t[q++]) != 0;
			}
			/* not a date or a year: digits and dashes alone */
			if (q - p >= 4 && d >= 3 && q - p < n && d + dash != q - p &&
			    (memmem(c->low[i], c->m[i].len, t + p, q - p) ||
			     (am >= 0 && b > a && memmem(c->low[am] + a, b - a, t + p, q - p))))
				return 1;
			p = q + 1;
		}
	}
	return 0;
}

/* A name the action gives its export ("rdv_semaine_prochaine") shares
 * its words with the call that read the records ("rdv:semaine+1"): two
 * parts of four letters or more, or one of seven. */
static int parts_in_call(const pol_conv *c, size_t i, const dl_tok *t)
{
	size_t a, b, p = 0, hits = 0;
	long am = pol_call_span(c, i, &a, &b);
	if (am < 0 || b <= a || !t->joins)
		return 0;
	while (p < t->n) {
		size_t q = p, letters = 0;
		while (q < t->n && t->s[q] != '_' && t->s[q] != '-' && t->s[q] != '.')
			letters += isalpha((unsigned char)t->s[q++]) != 0;
		if (letters == q - p && letters >= 4 &&
		    memmem(c->low[am] + a, b - a, t->s + p, q - p))
			hits += letters >= 7 ? 2 : 1;
		p = q + 1;
	}
	return hits >= 2;
}

/* A token that is the number of records read ("the 846 patients"). */
static int names_count(const dl_tok *t, long count)
{
	long v = 0;
	size_t j;
	if (count < 10 || t->digits != (int)t->n || t->n > 9)
		return 0;
	for (j = 0; j < t->n; j++)
		v = v * 10 + (t->s[j] - '0');
	return v == count;
}

/* Values of tool message i the action copies (words of five letters or
 * more, numbers of three digits or more) that no user or system message
 * wrote: three make a copy of its records. */
static int copies_values(const pol_conv *c, size_t i, const dl_tok *t, size_t nt)
{
	size_t k, hits = 0;
	for (k = 0; k < nt && hits < 3; k++) {
		size_t j, u;
		int ok = t[k].digits >= 3 || t[k].n >= 5, seen = 0;
		for (j = 0; j < k && ok; j++)
			ok = !(t[j].n == t[k].n && !memcmp(t[j].s, t[k].s, t[k].n));
		if (!ok || !memmem(c->low[i], c->m[i].len, t[k].s, t[k].n))
			continue;
		for (u = 0; u < c->n && !seen; u++)
			seen = (c->m[u].role == RL_ROLE_USER || c->m[u].role == RL_ROLE_SYSTEM) &&
			       c->m[u].text && memmem(c->low[u], c->m[u].len, t[k].s, t[k].n);
		hits += !seen;
	}
	return hits >= 3;
}

/* A whole string value of tool message i (six to 200 bytes, the first 64
 * of them) that the action's text t[0..tn) (lowercased) copies and no
 * user or system message wrote: "Lindvagen 12" of a record's address. */
static int value_copied(const pol_conv *c, size_t i, const char *t, size_t tn)
{
	const char *h = c->low[i];
	size_t hn = c->m[i].len, p = 0, seen = 0;
	while (p + 4 < hn && seen < 64) {
		const char *q = memmem(h + p, hn - p, "\": \"", 4);
		size_t a, e, u;
		int principal = 0;
		if (!q)
			break;
		a = (size_t)(q - h) + 4;
		for (e = a; e < hn && h[e] != '"' && e - a <= 200; e++)
			;
		p = e + 1;
		if (e >= hn || h[e] != '"' || e - a < 6 || e - a > 200)
			continue;
		seen++;
		if (!memmem(t, tn, h + a, e - a))
			continue;
		for (u = 0; u < c->n && !principal; u++)
			principal =
				(c->m[u].role == RL_ROLE_USER || c->m[u].role == RL_ROLE_SYSTEM) &&
				c->m[u].text && memmem(c->low[u], c->m[u].len, h + a, e - a);
		if (!principal)
			return 1;
	}
	return 0;
}

/* The name of d's domain as label_in reads it (alphanumerics), in b. */
static size_t label_cmp(const dl_dest *d, char *b, size_t cap)
{
	size_t i, k = 0;
	for (i = 0; d->label && i < d->ln && k + 1 < cap; i++)
		if (isalnum((unsigned char)d->label[i]))
			b[k++] = d->label[i];
	b[k] = '\0';
	return k;
}

/* Is d the marked message's own party: its address or number in the
 * message, or the name of its domain (the client's, the patient's)? A
 * party named in one record of several is owner of that record only: the
 * action must carry nothing a sibling record alone holds (ownrecord.c). */
static int own_party(const pol_conv *c, size_t i, const dl_dest *d, const char *at, size_t an)
{
	char b[64];
	if (d->kind == DK_PHONE)
		return memmem(c->cmp[i], c->cmpn[i], d->s, d->n) != NULL;
	if (memmem(c->low[i], c->m[i].len, d->s, d->n))
		return 1;
	return label_in(d, c->cmp[i], c->cmpn[i]) &&
	       !pol_sibling_carried(c, i, b, label_cmp(d, b, sizeof b), at, an);
}

int pol_own_party_named(const pol_conv *c, size_t i, const pol_target *t, const char *txt,
			size_t an)
{
	char lb[64];
	dl_dest d;
	const char *h = t->norm, *at;
	size_t n = t->nlen, e;
	if (!h || !n || i >= c->n || !c->cmp || !c->cmp[i])
		return 0;
	memset(&d, 0, sizeof d);
	if (t->kind == TGT_EMAIL && (at = memchr(h, '@', n))) {
		dest_label(&d, at + 1, n - (size_t)(at + 1 - h));
	} else if (t->kind == TGT_URL) {
		const char *sch = memmem(h, n, "://", 3);
		if (sch) {
			n -= (size_t)(sch + 3 - h);
			h = sch + 3;
		}
		for (e = 0; e < n && host_ch((unsigned char)h[e]); e++)
			;
		dest_label(&d, h, e);
	} else
		return 0;
	return label_in(&d, c->cmp[i], c->cmpn[i]) &&
	       !(txt && pol_sibling_carried(c, i, lb, label_cmp(&d, lb, sizeof lb), txt, an));
}

/* s17: a file of a kind the system prompt declares confidential
 * (sysclass.c) sent to an outside destination that is not the party of
 * a tool message naming that file, and that the user did not entitle. */
static int sys_file_out(const pol_conv *c, const void *kinds, const rl_action *a,
			const unsigned char *isdest, const dl_dest *d, size_t nd, const char *at,
			size_t an)
{
	const char *fn;
	size_t fl, i, j, k;
	char low[65];
	if (!pol_sys_kind_file(kinds, a, isdest, &fn, &fl))
		return 0;
	/* the name without its extension, as a record would hold it */
	for (k = 0; k < fl && k < sizeof low - 1; k++)
		low[k] = (char)tolower((unsigned char)fn[k]);
	while (k > 0 && low[k - 1] != '.')
		k--;
	k = k > 1 ? k - 1 : (fl < sizeof low ? fl : sizeof low - 1);
	for (j = 0; j < nd; j++) {
		int own = 0;
		for (i = 0; i < c->n && !own; i++)
			own = c->m[i].role == RL_ROLE_TOOL && c->m[i].text && k >= 4 &&
			      memmem(c->low[i], c->m[i].len, low, k) &&
			      own_party(c, i, &d[j], at, an);
		if (!own && !user_entitles(c, &d[j]))
			return 1;
	}
	return 0;
}

int pol_data_out(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	dl_dest d[DL_MAX_DEST];
	dl_tok *tk;
	unsigned char isdest[64];
	size_t nd = 0, nt, f, i, k, j, an = 0;
	char *at;
	void *kinds = NULL;
	if (!c->n || !a->nfields || a->nfields > sizeof isdest)
		return 0;
	memset(isdest, 0, sizeof isdest);
	for (f = 0; f < a->nfields; f++) {
		const rl_field *fl = &a->fields[f];
		if (!fl->value)
			continue;
		if (fl->name && !strcmp(fl->name, "method") &&
		    ((fl->len == 3 && !strncasecmp(fl->value, "get", 3)) ||
		     (fl->len == 4 && !strncasecmp(fl->value, "head", 4))))
			return 0;
		if (!maybe_dest(fl->value, fl->len) || sender_field(fl->name))
			continue;
		if (pol_leak_dest_field(fl->name) || lone_address(fl->value, fl->len)) {
			isdest[f] = 1;
			nd = dests_in(ar, fl->value, fl->len, d, nd);
		}
	}
	/* keep the destinations outside the organisation (whether the user
	 * entitles one is read only for material that would hold) */
	for (i = k = 0; i < nd; i++)
		if (!inside(c, &d[i]))
			d[k++] = d[i];
	if (!(nd = k))
		return 0;
	if (!(tk = rl_arena_alloc(ar, DL_MAX_TOK * sizeof *tk)))
		return 0;
	nt = action_tokens(ar, a, isdest, tk);
	if (!nt)
		return 0;
	/* the action's values (destinations aside), lowercased, for copies */
	for (f = 0; f < a->nfields; f++)
		if (!isdest[f] && a->fields[f].value)
			an += a->fields[f].len + 1;
	if (!(at = rl_arena_alloc(ar, an + 1)))
		return 0;
	for (f = 0, an = 0; f < a->nfields; f++) {
		if (isdest[f] || !a->fields[f].value)
			continue;
		for (j = 0; j < a->fields[f].len; j++)
			at[an++] = (char)tolower((unsigned char)a->fields[f].value[j]);
		at[an++] = '\n';
	}
	at[an] = '\0';
	/* s17: a whole set exported to an outsider nobody entitled, whoever
	 * asked: a bulk of records wherever it goes */
	if (pol_whole_export(a))
		for (j = 0; j < nd; j++)
			if (!user_entitles(c, &d[j]))
				return 1;
	{ /* s17: a dump, or rows a tool reported, to such an outsider */
		const char *dv[DL_MAX_DEST];
		size_t dn[DL_MAX_DEST];
		for (j = 0; j < nd; j++)
			dv[j] = d[j].s, dn[j] = d[j].n;
		if (pol_counted_bulk(c, a, dv, dn, nd))
			for (j = 0; j < nd; j++)
				if (!user_entitles(c, &d[j]) && !delegated_dest(c, &d[j]))
					return 1;
	}
	if (!pol_sys_kinds(c, ar, &kinds))
		kinds = NULL;
	else if (sys_file_out(c, kinds, a, isdest, d, nd, at, an))
		return 1;
	for (i = 0; i < c->n; i++) {
		const char *h = c->low[i];
		size_t hn = c->m[i].text ? c->m[i].len : 0;
		int mark;
		long count = 0;
		if (c->m[i].role != RL_ROLE_TOOL || !hn)
			continue;
		mark = pol_leak_marked_msg(c, ar, i) || restricted(h, hn) ||
		       (kinds && pol_sys_kind_call(c, kinds, i));
		if (mark) {
			int carried = 0;
			for (k = 0; k < nt && !carried; k++)
				carried = id_token(&tk[k]) && !system_wrote(c, tk[k].s, tk[k].n) &&
					  in_msg(c, i, tk[k].s, tk[k].n);
			if (!carried)
				carried = value_copied(c, i, at, an);
			if (carried)
				for (j = 0; j < nd; j++)
					if (!own_party(c, i, &d[j], at, an) &&
					    !user_entitles(c, &d[j]) &&
					    !(system_delegates(c) &&
					      pol_leak_user_names_material(c, i)))
						return 1;
		}
		if (bulk_personal(h, hn, &count)) {
			int carried = copies_values(c, i, tk, nt);
			for (k = 0; k < nt && !carried; k++)
				carried = names_count(&tk[k], count) ||
					  (tk[k].n >= 6 && (tk[k].digits || tk[k].joins) &&
					   !system_wrote(c, tk[k].s, tk[k].n) &&
					   (in_msg(c, i, tk[k].s, tk[k].n) ||
					    parts_in_call(c, i, &tk[k])));
			for (j = 0; carried && j < nd; j++)
				if (!user_entitles(c, &d[j]))
					return 1;
		}
	}
	return 0;
}
