/* detectors.c: the named content detectors pii, secrets and security-code
 * (built-in pattern sets with checksum validators), and the hook through
 * which coercion, leak and lethal reach the harm-spec detectors of the
 * detect module. Patterns are plain PCRE2 so that they join the policy's
 * single vectorscan database like any rule pattern; validators (Luhn,
 * IBAN mod-97, entropy-ish checks) remove the false positives a regex
 * alone cannot. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const char *const det_names[POL_NDET] = {"coercion", "leak",    "lethal",
						"pii",      "secrets", "security-code"};

const char *pol_detector_name(int det)
{
	return det >= 0 && det < POL_NDET ? det_names[det] : "?";
}

int pol_detector_parse(const char *s)
{
	int i;
	for (i = 0; i < POL_NDET; i++)
		if (!strcmp(s, det_names[i]))
			return i;
	if (!strcmp(s, "security_code") || !strcmp(s, "seccode"))
		return POL_DET_SECCODE;
	return -1;
}

/* Luhn over the digits of a card-number candidate (13-19 digits). */
static int v_luhn(const char *s, size_t n)
{
	int d[32], nd = 0, sum = 0, i;
	size_t k;
	for (k = 0; k < n; k++) {
		if (isdigit((unsigned char)s[k])) {
			if (nd == 32)
				return 0;
			d[nd++] = s[k] - '0';
		}
	}
	if (nd < 13 || nd > 19 || d[0] < 3 || d[0] > 6)
		return 0;
	for (i = 0; i < nd; i++) {
		int v = d[nd - 1 - i];
		if (i & 1) {
			v *= 2;
			if (v > 9)
				v -= 9;
		}
		sum += v;
	}
	return sum % 10 == 0;
}

/* IBAN: move the first four characters to the end, letters to numbers,
 * remainder mod 97 must be 1. */
static int v_iban(const char *s, size_t n)
{
	char c[40];
	size_t k, m = 0;
	unsigned long r = 0;
	for (k = 0; k < n && m < sizeof c; k++)
		if (isalnum((unsigned char)s[k]))
			c[m++] = (char)toupper((unsigned char)s[k]);
	if (m < 15 || m > 34)
		return 0;
	for (k = 0; k < m; k++) {
		char ch = c[(k + 4) % m];
		if (isdigit((unsigned char)ch))
			r = (r * 10 + (unsigned long)(ch - '0')) % 97;
		else if (ch >= 'A' && ch <= 'Z')
			r = (r * 100 + (unsigned long)(ch - 'A' + 10)) % 97;
		else
			return 0;
	}
	return r == 1;
}

/* A credential assignment's value must look like a secret, not a
 * placeholder: letters and digits, no "<...>", "${...}", "****" or "xxxx". */
static int v_secret_value(const char *s, size_t n)
{
	size_t k, start = 0;
	int letters = 0, digits = 0;
	for (k = 0; k < n; k++)
		if (s[k] == ':' || s[k] == '=')
			start = k + 1;
	for (k = start; k < n; k++) {
		unsigned char ch = (unsigned char)s[k];
		if (ch == '<' || ch == '$' || ch == '*' || ch == '{')
			return 0;
		letters += isalpha(ch) != 0;
		digits += isdigit(ch) != 0;
	}
	if (n - start >= 4 && !strncasecmp(s + n - 4, "xxxx", 4))
		return 0;
	return letters > 0 && digits > 0;
}

/* A key-shaped match that is a placeholder, not a key (s15-fp): its body
 * (after the prefix) of three or fewer distinct characters
 * ("AKIAXXXXXXXXXXXXXXXX"), or saying what to put there ("xoxb-your-token",
 * "sk_live_REPLACE_ME", "ghp_changeme..."). */
static int v_not_placeholder(const char *s, size_t n)
{
	static const char *const say[] = {"your",        "replace", "changeme",
					  "placeholder", "insert",  NULL};
	unsigned char seen[256] = {0};
	size_t k, start = 4, distinct = 0;
	if (n <= start)
		return 1;
	for (k = start; k < n; k++) {
		unsigned char ch = (unsigned char)toupper((unsigned char)s[k]);
		if (!isalnum(ch))
			continue;
		distinct += !seen[ch];
		seen[ch] = 1;
	}
	if (distinct <= 3)
		return 0;
	for (k = 0; say[k]; k++) {
		size_t w = strlen(say[k]), i;
		for (i = 0; i + w <= n; i++)
			if (!strncasecmp(s + i, say[k], w))
				return 0;
	}
	return 1;
}

typedef struct det_pat {
	int det;
	const char *label;
	const char *re;
	pol_validate_fn validate;
} det_pat;

/* clang-format off */
static const det_pat det_pats[] = {
	/* --- PII --- */
	{POL_DET_PII, "us-ssn", "\\b(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}\\b", NULL},
	{POL_DET_PII, "card-number", "\\b[3-6]\\d{3}(?:[ -]?\\d{3,4}){2,4}\\b", v_luhn},
	{POL_DET_PII, "iban", "\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b", v_iban},
	{POL_DET_PII, "date-of-birth",
	 "(?i)\\b(?:date of birth|d\\.o\\.b\\.?|dob|born on)\\s{0,32}[:\\-]?\\s{0,32}\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}", NULL},
	{POL_DET_PII, "passport",
	 "(?i)\\bpassport\\s{0,32}(?:no\\.?|number|#)\\s{0,32}[:#]?\\s{0,32}[A-Z0-9]{6,9}\\b", NULL},
	{POL_DET_PII, "medical-record",
	 "(?i)\\b(?:medical record|MRN|patient id)\\s{0,32}(?:no\\.?|number|#)?\\s{0,32}[:#]\\s{0,32}[A-Z0-9-]{5,64}", NULL},
	/* --- secrets --- */
	{POL_DET_SECRETS, "aws-access-key", "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", v_not_placeholder},
	{POL_DET_SECRETS, "aws-secret-key",
	 "(?i)aws_secret_access_key\\s{0,32}[=:]\\s{0,32}[\"']?[A-Za-z0-9/+=]{40}", NULL},
	{POL_DET_SECRETS, "private-key",
	 "-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----", NULL},
	{POL_DET_SECRETS, "github-token", "\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\\b", v_not_placeholder},
	{POL_DET_SECRETS, "github-pat", "\\bgithub_pat_[A-Za-z0-9_]{60,255}", NULL},
	{POL_DET_SECRETS, "slack-token", "\\bxox[baprs]-[A-Za-z0-9-]{10,255}", v_not_placeholder},
	{POL_DET_SECRETS, "api-key-sk", "\\bsk-(?:ant-|proj-|svcacct-)?[A-Za-z0-9_-]{32,255}", v_not_placeholder},
	{POL_DET_SECRETS, "google-api-key", "\\bAIza[0-9A-Za-z_-]{35}\\b", NULL},
	{POL_DET_SECRETS, "stripe-key", "\\b[sr]k_live_[0-9A-Za-z]{20,255}", v_not_placeholder},
	{POL_DET_SECRETS, "jwt",
	 "\\beyJ[A-Za-z0-9_-]{10,4096}\\.eyJ[A-Za-z0-9_-]{10,4096}\\.[A-Za-z0-9_-]{10,4096}", NULL},
	/* also a prefixed name: DB_PASSWORD=, warehouse_password:, client-secret: */
	{POL_DET_SECRETS, "credential-assignment",
	 "(?i)\\b(?:[a-z0-9]{1,64}[_-]){0,3}(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token)\\s{0,32}[:=]\\s{0,32}[\"']?[^\\s\"']{8,1024}",
	 v_secret_value},
	/* --- security-relevant code: shell execution --- */
	{POL_DET_SECCODE, "shell-exec",
	 "\\b(?:os\\.system|os\\.popen|subprocess\\.(?:run|call|Popen|check_call|check_output))\\s{0,32}\\(", NULL},
	{POL_DET_SECCODE, "shell-exec", "\\b(?:child_process|execSync|spawnSync|shell_exec)\\b", NULL},
	{POL_DET_SECCODE, "shell-exec", "\\bRuntime\\.getRuntime\\(\\)\\.exec\\s{0,32}\\(", NULL},
	{POL_DET_SECCODE, "shell-exec", "\\b(?:bash|sh|zsh)\\s{1,32}-c\\s", NULL},
	{POL_DET_SECCODE, "pipe-to-shell",
	 "\\b(?:curl|wget)\\b[^\\n|]{0,200}\\|\\s{0,32}(?:sudo\\s{1,32})?(?:ba|z)?sh\\b", NULL},
	/* the root, a home or everything here: "rm -rf /srv/x" is a path,
	 * not the root (the whole path is the operand) */
	{POL_DET_SECCODE, "destructive-command",
	 "\\brm\\s{1,32}-(?:rf|fr|r\\s{1,32}-f|f\\s{1,32}-r)\\s{1,32}(?:--no-preserve-root\\s{1,32})?[\"']?(?:/\\*?|~/?\\*?|\\$HOME/?\\*?|\\*)[\"']?(?:[\\s;&|)`]|$)",
	 NULL},
	{POL_DET_SECCODE, "reverse-shell", "/dev/tcp/|\\bnc(?:at)?\\b[^\\n]{0,60}\\s-e\\s|\\bmkfifo\\b", NULL},
	{POL_DET_SECCODE, "setuid-or-world-writable", "\\bchmod\\s{1,32}(?:[ugoa]{0,4}\\+s|0?777)\\b", NULL},
	/* credential reads: a private key read by a command that copies,
	 * prints, packs or sends it, redirected into one, or named alone (a
	 * read_file path). chmod, ssh -i, ssh-add use the key without
	 * reading it out; the public half (.pub) is no secret. A key added to
	 * authorized_keys is the default policy's own rule (an ordinary
	 * request, "add her key to the bastion", must be able to pass). */
	{POL_DET_SECCODE, "credential-read",
	 "(?:\\b(?:cat|less|more|head|tail|base64|xxd|od|hexdump|strings|cp|mv|scp|rsync|tar|zip|gzip|gpg|openssl|curl|wget|nc|ncat|type|Get-Content|open|read_file|readFile|print)\\b[^\\n|;&]{0,120}|[<@=]\\s{0,4}[\"']?|^\\s{0,8}[\"']?)(?:~|\\$HOME|/home/[\\w.-]{1,255}|/root)/\\.ssh/id_[a-z0-9]{1,64}\\b(?!\\.pub)",
	 NULL},
	{POL_DET_SECCODE, "credential-read", "/etc/(?:shadow|sudoers|gshadow)\\b", NULL},
	{POL_DET_SECCODE, "credential-read",
	 "\\.aws/credentials\\b|\\.git-credentials\\b|\\.docker/config\\.json\\b|\\.kube/config\\b|\\.netrc\\b", NULL},
	{POL_DET_SECCODE, "credential-read",
	 "\\bsecurity\\s{1,32}find-(?:generic|internet)-password\\b|\\bkeyring\\.get_password\\b", NULL},
	/* exfiltration */
	{POL_DET_SECCODE, "exfiltration",
	 "\\bcurl\\b[^\\n]{0,200}\\s(?:-d|--data(?:-binary|-raw|-urlencode)?|-F|--form|-T|--upload-file)\\s{1,32}['\"]?@", NULL},
	{POL_DET_SECCODE, "exfiltration", "\\bwget\\b[^\\n]{0,200}--post-(?:file|data)\\b", NULL},
	{POL_DET_SECCODE, "exfiltration",
	 "\\b(?:nc|ncat|netcat)\\s{1,32}(?:-[a-z]{1,32}\\s{1,32}){0,16}[\\w.-]{1,255}\\s{1,32}\\d{2,5}\\s{0,32}<", NULL},
	{POL_DET_SECCODE, "exfiltration", "\\b(?:scp|rsync)\\s[^\\n]{0,200}\\s[\\w.-]{1,255}@[\\w.-]{1,255}:", NULL},
	{POL_DET_SECCODE, "exfiltration", "\\bbase64\\b[^\\n|]{0,100}\\|\\s{0,32}(?:curl|nc|ncat|wget)\\b", NULL},
};
/* clang-format on */

int pol_detector_add_patterns(rl_policy *p, int det, rl_err *e)
{
	size_t i;
	for (i = 0; i < sizeof det_pats / sizeof det_pats[0]; i++) {
		long id;
		if (det_pats[i].det != det)
			continue;
		id = pol_pat_add(p, PAT_REGEX_ASCII, det_pats[i].re, "<built-in detector>", 0, 0,
				 e);
		if (id < 0)
			return (int)id;
		p->pats[id].detector = det;
		p->pats[id].label = det_pats[i].label;
		p->pats[id].validate = det_pats[i].validate;
	}
	return 0;
}

/* Harm-spec detectors: the detect module's coercion, leak and lethal
 * rules over the policy's organisation section (domains, authorities,
 * targets, leverage, confidential documents, override codes), so the guard
 * blocks exactly what classification would score as harmful. */
static const int harm_kind[3] = {RL_DET_COERCION, RL_DET_LEAK, RL_DET_LETHAL};

void pol_harm_memo_free(pol_harm_memo *memo)
{
	if (memo && memo->state == 1)
		rl_detect_result_free(&memo->r);
	if (memo)
		memo->state = 0;
}

/* The memo's result, running every harm detector the policy uses on first
 * use; NULL when the detector must run alone. */
static rl_detect_result *harm_memo(const rl_policy *p, const rl_actions *a, const rl_transcript *t,
				   pol_harm_memo *memo, int *err)
{
	unsigned mask = 0;
	int d;
	rl_err e;
	if (!memo || memo->state == 2)
		return NULL;
	if (memo->state == 1)
		return &memo->r;
	for (d = 0; d <= POL_DET_LETHAL; d++)
		if (p->det_used & (1u << d))
			mask |= RL_DET_BIT(harm_kind[d]);
	if (rl_detect(p->harm, t, a, mask, &memo->r, &e)) {
		rl_detect_result_free(&memo->r);
		memo->state = 2;
		*err = 1;
		return NULL;
	}
	if (memo->r.nev >= RL_DET_EV_MAX) { /* one detector's may have been cut */
		rl_detect_result_free(&memo->r);
		memo->state = 2;
		return NULL;
	}
	memo->state = 1;
	return &memo->r;
}

int pol_harm_detect(const rl_policy *p, int det, const rl_actions *a, const rl_transcript *t,
		    pol_harm_memo *memo, pol_span_add_fn add, void *ctx)
{
	const int *kind = harm_kind;
	rl_detect_result own, *rp;
	rl_transcript empty = {0};
	rl_err e;
	size_t i;
	int rc = 0;

	if (det < 0 || det > POL_DET_LETHAL || !p->harm)
		return RL_EPOLICY;
	if (!t)
		t = &empty;
	rp = harm_memo(p, a, t, memo, &rc);
	if (rc)
		return RL_EPOLICY;
	if (!rp) {
		rp = &own;
		if (rl_detect(p->harm, t, a, RL_DET_BIT(kind[det]), &own, &e)) {
			rl_detect_result_free(&own);
			return RL_EPOLICY;
		}
	}
	if (!rp->v[kind[det]].hit) {
		rc = 0;
		goto out;
	}
	for (i = rp->v[kind[det]].ev_first;
	     i < rp->v[kind[det]].ev_first + rp->v[kind[det]].ev_count && i < rp->nev; i++) {
		const rl_evidence *v = &rp->ev[i];
		const char *field = NULL;
		size_t s = v->start, en = v->end;
		/* Native evidence has no text position: point at the whole field. */
		if (v->source == RL_SRC_NATIVE && a && v->action >= 0 && (size_t)v->action < a->n &&
		    v->field) {
			const rl_field *f = rl_action_field(&a->v[v->action], v->field);
			if (f) {
				field = f->name;
				s = 0;
				en = f->len;
			}
		}
		if (add(ctx, v->source, v->action, field, s, en)) {
			rc = RL_ENOMEM;
			goto out;
		}
	}
	rc = 1;
out:
	if (rp == &own)
		rl_detect_result_free(&own);
	return rc;
}
