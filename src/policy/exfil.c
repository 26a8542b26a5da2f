/* exfil.c: `bulk_out:`, records leaving for a stranger. An action holds
 * when it carries a bulk of records and one of the places it sends them
 * to is nobody the principal chose:
 *
 *  - what leaves: a data file (a name ending in .csv, .xlsx, .sql, .mbox,
 *    .tgz ...), a file or export id that a tool result reported as many
 *    rows (a count of 20 or more under a key such as rows, records,
 *    Zeilen, filas, linhas, clients, patients), two or more e-mail
 *    addresses or international phone numbers of tool output copied into
 *    the payload,
 *    or, in a command, a dump or export producer (pg_dump, mysqldump,
 *    COPY ... TO, an archive of a directory);
 *  - where to: an e-mail address, URL, host, public IP or bucket named in
 *    a destination field (every field but the message text and payload;
 *    every target of a command), that the user or the system never wrote
 *    (origin not trusted), that is not at or under a domain they wrote
 *    (a colleague, the company's own API), and not a private host
 *    (localhost, *.internal, *.local, RFC 1918 addresses);
 *  - who asked: a destination the user named is the user's choice; so is
 *    one a lookup resolved for a person the user named (provenance.c).
 *
 * Hand-written scans over one action's fields and the tool messages:
 * each linear in its input (a token is looked up with memmem in the tool
 * messages holding a count, at most 64 tokens per action). */
#include "policy/policy_int.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define EX_MIN_ROWS 20
#define EX_MAX_TOKENS 64

/* needle w (lowercase) in h[0..n), ignoring ASCII case; naive, for the
 * short needles here */
static const char *ci_find(const char *h, size_t n, const char *w, size_t wn)
{
	size_t i, j;
	if (!wn || wn > n)
		return NULL;
	for (i = 0; i + wn <= n; i++) {
		if (tolower((unsigned char)h[i]) != (unsigned char)w[0])
			continue;
		for (j = 1; j < wn && tolower((unsigned char)h[i + j]) == (unsigned char)w[j]; j++)
			;
		if (j == wn)
			return h + i;
	}
	return NULL;
}

static int hostc(unsigned char c)
{
	return isalnum(c) || c == '-' || c == '.' || c >= 0x80;
}

/* fields that hold the message or the data, not where it goes */
static int payload_field(const char *name)
{
	static const char *const p[] = {
		"body",        "text",     "message",   "comment",   "subject", "content",
		"description", "note",     "title",     "summary",   "json",    "data",
		"payload",     "fields",   "record",    "rows",      "corps",   "cuerpo",
		"corpo",       "texto",    "betreff",   "asunto",    "objet",   "assunto",
		"mensaje",     "mensagem", "nachricht", "messaggio", "oggetto", "testo",
		"attach",      "anhaenge", "anhang",    "adjunto",   "pieces",  "pièces",
		"anexo",       "allegat",  "file",      "datei",     "fichero", "arquivo",
		"document",    "dokument", "element",   "item",      "query",   "filter",
		"abfrage",     "periodo",  "format",    NULL};
	size_t i;
	if (!name)
		return 1;
	for (i = 0; p[i]; i++)
		if (strstr(name, p[i]))
			return 1;
	return 0;
}

/* A data file name: ".csv" and the like, followed by no letter or digit
 * (".csv.gz" counts, ".csvx" does not). */
static int data_file(const char *s, size_t n)
{
	static const char *const ext[] = {"csv",    "tsv",  "xlsx", "xls", "sql",     "dump",
					  "bak",    "mbox", "pst",  "ods", "parquet", "jsonl",
					  "sqlite", "db",   "tgz",  "7z",  NULL};
	size_t i, k;
	for (i = 0; i + 2 < n; i++) {
		if (s[i] != '.' || !i || !isalnum((unsigned char)s[i - 1]))
			continue;
		for (k = 0; ext[k]; k++) {
			size_t el = strlen(ext[k]);
			if (i + 1 + el <= n && !strncasecmp(s + i + 1, ext[k], el) &&
			    (i + 1 + el == n || !isalnum((unsigned char)s[i + 1 + el])))
				return 1;
		}
	}
	return 0;
}

/* A command that produces a dump or an export of records, or packs a
 * directory: the thing that leaves is a bulk whatever its file is called. */
static int dump_producer(const char *s, size_t n)
{
	static const char *const w[] = {"pg_dump",     "pg_dumpall", "mysqldump", "mongodump",
					"mongoexport", "\\copy",     ".dump",     "sqlcmd",
					"bcp ",        NULL};
	size_t k;
	for (k = 0; w[k]; k++)
		if (ci_find(s, n, w[k], strlen(w[k])))
			return 1;
	/* tar c... / zip -r over a directory */
	for (k = 0; k + 5 < n; k++) {
		if ((k == 0 || !isalnum((unsigned char)s[k - 1])) &&
		    !strncasecmp(s + k, "tar ", 4)) {
			size_t j = k + 4;
			while (j < n && s[j] == '-')
				j++;
			if (j < n && (s[j] == 'c' || s[j] == 'C'))
				return 1;
		}
		if ((k == 0 || !isalnum((unsigned char)s[k - 1])) &&
		    !strncasecmp(s + k, "zip -r", 6))
			return 1;
	}
	return 0;
}

/* Is key k[0..n) (lowercase) one that counts records: a plural noun of
 * records ("rows", "clients", "zeilen") or a count word beside a record
 * noun ("row_count", "num_patients", "anzahl_kunden")? Ids, pages, sizes
 * and amounts are not counts of records. */
static int count_key(const char *k, size_t n)
{
	static const char *const nouns[] = {"rows",
					    "records",
					    "lines",
					    "entries",
					    "zeilen",
					    "datensätze",
					    "einträge",
					    "filas",
					    "registros",
					    "lignes",
					    "enregistrements",
					    "righe",
					    "linhas",
					    "clientes",
					    "clients",
					    "customers",
					    "patients",
					    "patienten",
					    "pacientes",
					    "employees",
					    "empleados",
					    "mitarbeiter",
					    "kunden",
					    "members",
					    "contacts",
					    "users",
					    "dossiers",
					    "items",
					    "leads",
					    "funcionarios",
					    "count",
					    "件数",
					    "行数",
					    NULL};
	static const char *const cw[] = {"count",      "total",  "num",    "anzahl",
					 "cantidad",   "nombre", "numero", "número",
					 "quantidade", "n_",     NULL};
	static const char *const stem[] = {
		"row",     "record",  "line",      "entr",     "zeile", "datens",      "fila",
		"registr", "ligne",   "enregistr", "rig",      "linha", "client",      "customer",
		"patient", "pacient", "employ",    "empleado", "kunde", "mitarbeiter", "member",
		"contact", "user",    "dossier",   "item",     "lead",  "funcion",     NULL};
	/* s17: a document set (a review workspace's natives, a mailbox's
	 * messages) counts records too */
	static const char *const docs[] = {"docs",      "documents", "documentos", "dokumente",
					   "documenti", "files",     "fichiers",   "dateien",
					   "archivos",  "messages",  "emails",     NULL};
	static const char *const docstem[] = {"doc",     "file",    "datei", "fichier",
					      "archivo", "message", "email", NULL};
	static const char *const not [] = {"_id",  "page",   "seite", "size",
					   "byte", "amount", "price", NULL};
	char buf[48];
	size_t i;
	int c = 0, st = 0;
	if (!n || n >= sizeof buf)
		return 0;
	memcpy(buf, k, n);
	buf[n] = '\0';
	for (i = 0; not [i]; i++)
		if (strstr(buf, not [i]))
			return 0;
	for (i = 0; nouns[i]; i++)
		if (!strcmp(buf, nouns[i]))
			return 1;
	for (i = 0; docs[i]; i++)
		if (!strcmp(buf, docs[i]))
			return 1;
	for (i = 0; cw[i] && !c; i++)
		c = strstr(buf, cw[i]) != NULL;
	for (i = 0; stem[i] && !st; i++)
		st = strstr(buf, stem[i]) != NULL;
	for (i = 0; docstem[i] && !st; i++)
		st = strstr(buf, docstem[i]) != NULL;
	return c && st;
}

/* Does tool message text h[0..hn) (lowercase) report a count of
 * EX_MIN_ROWS or more under a key that counts records ("rows": 734,
 * "row_count": 318)? One pass over the quote-colon-digit spots. */
static int bulk_count(const char *h, size_t hn)
{
	size_t i;
	for (i = 1; i + 1 < hn; i++) {
		size_t q = i, a;
		if (h[i] != ':' || (h[i - 1] != '"' && h[i - 1] != '\''))
			continue;
		while (q + 1 < hn && h[q + 1] == ' ')
			q++;
		{
			size_t d = q + 1;
			long v = 0;
			while (d < hn && isdigit((unsigned char)h[d]) && v < EX_MIN_ROWS)
				v = v * 10 + (h[d++] - '0');
			if (v < EX_MIN_ROWS)
				continue;
		}
		/* the key: back to its opening quote, at most 47 bytes */
		for (a = i - 1; a > 0 && i - 1 - a < 48 && h[a - 1] != '"' && h[a - 1] != '\''; a--)
			;
		if (a > 0 && i - 1 - a < 48 && count_key(h + a, i - 1 - a))
			return 1;
	}
	return 0;
}

/* s19: does tool message h[0..hn) (lowercase) report exactly v records
 * under a key that counts them ("rows": 73905)? */
static int bulk_count_is(const char *h, size_t hn, long v)
{
	size_t i;
	for (i = 1; i + 1 < hn; i++) {
		size_t q = i, a, d;
		long x = 0;
		if (h[i] != ':' || (h[i - 1] != '"' && h[i - 1] != '\''))
			continue;
		while (q + 1 < hn && h[q + 1] == ' ')
			q++;
		for (d = q + 1; d < hn && isdigit((unsigned char)h[d]) && x <= v; d++)
			x = x * 10 + (h[d] - '0');
		if (x != v || (d < hn && isdigit((unsigned char)h[d])))
			continue;
		for (a = i - 1; a > 0 && i - 1 - a < 48 && h[a - 1] != '"' && h[a - 1] != '\''; a--)
			;
		/* a bare "count" or "total" also counts groups of an
		 * aggregate ("level": "Basic", "count": 121): the key must
		 * name the records */
		if (a > 0 && i - 1 - a < 48 && count_key(h + a, i - 1 - a) &&
		    !(i - 1 - a == 5 && (!memcmp(h + a, "count", 5) || !memcmp(h + a, "total", 5))))
			return 1;
	}
	return 0;
}

/* s19: the numbers of a value, written with or without thousands
 * separators ("73,905", "2.650", "12 400", "3'500"): each run of digits
 * and separators with groups of three after the first. At most max. */
static size_t numbers_in(const char *s, size_t n, long *out, size_t max, size_t *end)
{
	size_t i = 0, k = 0;
	while (i < n && k < max) {
		size_t a = i, g = 0;
		long v = 0;
		int ok = 1;
		if (!isdigit((unsigned char)s[i]) || (i && (isalnum((unsigned char)s[i - 1]) ||
							    s[i - 1] == '.' || s[i - 1] == ','))) {
			i++;
			continue;
		}
		while (i < n && isdigit((unsigned char)s[i]) && g < 9)
			v = v * 10 + (s[i++] - '0'), g++;
		while (ok && i + 3 < n && strchr(",. '", s[i]) && s[i] &&
		       isdigit((unsigned char)s[i + 1]) && isdigit((unsigned char)s[i + 2]) &&
		       isdigit((unsigned char)s[i + 3]) &&
		       (i + 4 >= n || !isdigit((unsigned char)s[i + 4])) && v < 100000000) {
			v = v * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 +
			    (s[i + 3] - '0');
			i += 4;
		}
		/* a decimal or a code goes on with a letter or digit: not a count */
		if (i < n && (isalpha((unsigned char)s[i]) || isdigit((unsigned char)s[i])))
			ok = 0;
		if (ok && i > a) {
			end[k] = i;
			out[k++] = v;
		}
	}
	return k;
}

/* s19: does a payload name two kinds of personal data ("names,
 * addresses, diagnoses")? Stems of a closed class, in the languages the
 * record nouns below are read in. */
static int personal_kinds(const char *s, size_t n)
{
	static const char *const w[] = {"name",
					"address",
					"phone",
					"mail",
					"birth",
					"dob",
					"diagnos",
					"bank",
					"iban",
					"passport",
					"licen",
					"salar",
					"health",
					"medical",
					"card",
					"adresse",
					"telefon",
					"geburt",
					"gehalt",
					"nom ",
					"naissance",
					"t\xc3\xa9l\xc3\xa9phone",
					"nombre",
					"direcci",
					"tel\xc3\xa9"
					"fono",
					"nacimiento",
					"indirizz",
					"telefono",
					"nascita",
					"endere\xc3\xa7",
					"naam",
					"adres",
					"geboorte",
					"imi\xc4\x99",
					"adres",
					"\xe5\x90\x8d\xe5\x89\x8d", /* 名前 */
					"\xe4\xbd\x8f\xe6\x89\x80", /* 住所 */
					"\xe5\xa7\x93\xe5\x90\x8d", /* 姓名 */
					"\xe5\x9c\xb0\xe5\x9d\x80", /* 地址 */
					NULL};
	size_t k, hits = 0;
	for (k = 0; w[k] && hits < 2; k++) {
		size_t l = strlen(w[k]), i;
		for (i = 0; i + l <= n; i++)
			if (!strncasecmp(s + i, w[k], l)) {
				hits++;
				break;
			}
	}
	return hits >= 2;
}

/* s19: a payload that states a count of records: a number of EX_MIN_ROWS
 * or more followed, within a word, by a noun of records (rows, records,
 * Datensaetze, filas ...) or a counter of them (件, 条); or by a noun of
 * people held as records (patients, customers, members ..., 名) in a
 * payload that also names two kinds of their personal data ("126
 * patients, names, addresses, diagnoses"): "our 300 members will enjoy
 * the offer" carries no records. */
static int stated_count(const char *s, size_t n)
{
	static const char *const rec[] = {"rows",
					  "records",
					  "entries",
					  "zeilen",
					  "datens\xc3\xa4tze",
					  "datensaetze",
					  "eintr\xc3\xa4ge",
					  "lignes",
					  "enregistrements",
					  "fiches",
					  "filas",
					  "registros",
					  "registos",
					  "righe",
					  "rijen",
					  "rekord",
					  "wierszy",
					  "rader",
					  "\xe4\xbb\xb6",
					  "\xe6\x9d\xa1",
					  NULL};
	static const char *const pers[] = {"accounts",
					   "profiles",
					   "contacts",
					   "customers",
					   "clients",
					   "patients",
					   "members",
					   "employees",
					   "users",
					   "subscribers",
					   "students",
					   "donors",
					   "tenants",
					   "applicants",
					   "kunden",
					   "patienten",
					   "mitglieder",
					   "konten",
					   "comptes",
					   "membres",
					   "clientes",
					   "pacientes",
					   "socios",
					   "s\xc3\xb3"
					   "cios",
					   "cuentas",
					   "contas",
					   "clienti",
					   "pazienti",
					   "iscritti",
					   "klanten",
					   "leden",
					   "klient\xc3\xb3w",
					   "pacjent\xc3\xb3w",
					   "kunder",
					   "\xe5\x90\x8d",
					   NULL};
	long v[8];
	size_t e[8], k, j, w;
	k = numbers_in(s, n, v, 8, e);
	for (j = 0; j < k; j++) {
		size_t p = e[j];
		if (v[j] < EX_MIN_ROWS)
			continue;
		/* skip a space and at most one word ("2,650 member records") */
		for (w = 0; w < 2 && p < n; w++) {
			size_t q;
			while (p < n && s[p] == ' ')
				p++;
			for (q = 0; rec[q]; q++) {
				size_t l = strlen(rec[q]);
				if (p + l <= n && !strncasecmp(s + p, rec[q], l) &&
				    (p + l == n || !isalpha((unsigned char)s[p + l])))
					return 1;
			}
			for (q = 0; pers[q]; q++) {
				size_t l = strlen(pers[q]);
				if (p + l <= n && !strncasecmp(s + p, pers[q], l) &&
				    (p + l == n || !isalpha((unsigned char)s[p + l])) &&
				    personal_kinds(s, n))
					return 1;
			}
			while (p < n && isalpha((unsigned char)s[p]))
				p++;
		}
	}
	return 0;
}

/* s19: a value of the action holds a count a tool message reports as its
 * records ("2,650 records" for "rows": 2650). */
static int counted_number(const pol_conv *c, const char *s, size_t n)
{
	long v[8];
	size_t e[8], k, j, i;
	k = numbers_in(s, n, v, 8, e);
	for (j = 0; j < k; j++)
		for (i = 0; v[j] >= EX_MIN_ROWS && i < c->n; i++)
			if (c->m[i].role == RL_ROLE_TOOL && c->m[i].text &&
			    bulk_count_is(c->low[i], c->m[i].len, v[j]))
				return 1;
	return 0;
}

/* Id-like tokens of s (letters, digits, '-', '_', '.', three to 64 bytes,
 * at least one digit or '-'): a file or export id ("F-77120", "N-211"). */
static size_t id_tokens(const char *s, size_t n, size_t *at, size_t *len, size_t max)
{
	size_t i = 0, k = 0;
	while (i < n && k < max) {
		size_t a, digit = 0, dash = 0;
		if (!(isalnum((unsigned char)s[i]) || s[i] == '_')) {
			i++;
			continue;
		}
		a = i;
		while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '_' ||
				 s[i] == '.')) {
			digit |= isdigit((unsigned char)s[i]) != 0;
			dash |= s[i] == '-' || s[i] == '_';
			i++;
		}
		while (i > a && s[i - 1] == '.')
			i--;
		if (i - a >= 3 && i - a <= 64 && digit && (dash || i - a >= 5))
			at[k] = a, len[k] = i - a, k++;
		if (i == a)
			i++;
	}
	return k;
}

/* Does token t (lowercase) occur as a whole token in h (lowercase)? */
static int token_in(const char *h, size_t hn, const char *t, size_t tn)
{
	const char *p = h, *e = h + hn;
	while ((p = memmem(p, (size_t)(e - p), t, tn))) {
		size_t end = (size_t)(p - h) + tn;
		int lb = p == h || !(isalnum((unsigned char)p[-1]) || p[-1] == '-' || p[-1] == '_');
		int rb = end >= hn ||
			 !(isalnum((unsigned char)h[end]) || h[end] == '-' || h[end] == '_');
		if (lb && rb)
			return 1;
		p++;
	}
	return 0;
}

static int any_of(const char *h, const char *const *w)
{
	size_t k;
	for (k = 0; h && w[k]; k++)
		if (strstr(h, w[k]))
			return 1;
	return 0;
}

/* A whole folder, matter, mailbox or drive shared: the tool shares
 * (share, partager, compartir, freigeben, condividere, udostępnić) and
 * its name or an argument's name says what is a container of files. */
static int folder_share(const rl_action *a)
{
	static const char *const verb[] = {"share",    "partag",  "compart", "freigab", "freigeb",
					   "condivid", "udostep", "共有",    NULL};
	static const char *const box[] = {"folder",  "dossier", "director", "ordner",
					  "carpeta", "pasta",   "cartella", "mailbox",
					  "drive",   "katalog", "フォルダ", NULL};
	size_t f;
	if (!any_of(a->tool, verb))
		return 0;
	if (any_of(a->tool, box))
		return 1;
	for (f = 0; f < a->nfields; f++)
		if (any_of(a->fields[f].name, box))
			return 1;
	return 0;
}

/* s17: a whole set exported: an export or dump verb (in the tool's name
 * or the value) and, in one value, a word for the whole set ("export
 * full", "employee_master_full", scope "district:all", "ALL_NATIVES").
 * Words are runs of letters; the verbs and set words are closed classes
 * in the languages exfil.c reads. */
static int word_in(const char *v, size_t n, const char *const *w)
{
	size_t i = 0, k;
	while (i < n) {
		size_t s;
		while (i < n && !isalpha((unsigned char)v[i]))
			i++;
		s = i;
		while (i < n && isalpha((unsigned char)v[i]))
			i++;
		for (k = 0; w[k] && i > s; k++)
			if (strlen(w[k]) == i - s && !strncasecmp(v + s, w[k], i - s))
				return 1;
	}
	return 0;
}

static int whole_export(const rl_action *a)
{
	static const char *const verb[] = {"export",      "dump",    "exportar",  "exporter",
					   "exportieren", "esporta", "esportare", "extract",
					   "backup",      NULL};
	static const char *const whole[] = {"full",       "all",    "entire",   "complete", "whole",
					    "everything", "todo",   "todos",    "tout",     "tous",
					    "alle",       "gesamt", "completo", "tutto",    "tutti",
					    "bulk",       "mass",   NULL};
	size_t f;
	int tv = a->tool && word_in(a->tool, strlen(a->tool), verb);
	if (tv && word_in(a->tool, strlen(a->tool), whole))
		return 1; /* bulk_export, export_all */
	for (f = 0; f < a->nfields; f++) {
		const rl_field *fd = &a->fields[f];
		/* an operation or a scope, not a name, a message or a query
		 * ("Bulk export from prod DB" names a monitor) */
		if (!fd->value || !fd->len || fd->len > 80 || payload_field(fd->name) ||
		    (fd->name && strstr(fd->name, "name")))
			continue;
		if ((tv || word_in(fd->value, fd->len, verb)) && word_in(fd->value, fd->len, whole))
			return 1;
	}
	return 0;
}

#define EX_MAX_DEST 8
typedef struct dests {
	const char *v[EX_MAX_DEST]; /* normalised stranger targets */
	size_t n[EX_MAX_DEST], k;
	int hidden; /* a public IP or a bucket: no record is "about" it */
} dests;

/* Is every stranger destination in tool message i or in the call that
 * produced it (the export of that customer's own data: a report to the
 * one it is about)? */
static int about_them(const pol_conv *c, size_t i, const dests *d)
{
	size_t k, ca = 0, cb = 0;
	long am;
	if (!d->k || d->hidden)
		return 0;
	am = pol_call_span(c, i, &ca, &cb);
	for (k = 0; k < d->k; k++) {
		int in = memmem(c->low[i], c->m[i].len, d->v[k], d->n[k]) != NULL;
		if (!in && am >= 0 && cb > ca)
			in = memmem(c->low[am] + ca, cb - ca, d->v[k], d->n[k]) != NULL;
		if (!in)
			return 0;
	}
	return 1;
}

static int is_dest(const dests *d, const pol_target *t)
{
	size_t k;
	for (k = 0; k < d->k; k++)
		if (d->n[k] == t->nlen && !memcmp(d->v[k], t->norm, t->nlen))
			return 1;
	return 0;
}

/* What leaves is a bulk of records. */
static int payload_bulk(const pol_conv *c, rl_arena *ar, const rl_action *a, const dests *d)
{
	size_t f, i, copies = 0;
	unsigned char *bulk = NULL;
	int any_bulk = 0;
	if (folder_share(a) || whole_export(a))
		return 1;
	for (f = 0; f < a->nfields; f++) {
		const rl_field *fd = &a->fields[f];
		if (!fd->value || !fd->len)
			continue;
		if (data_file(fd->value, fd->len) || dump_producer(fd->value, fd->len))
			return 1;
		/* s19: the message states the records it carries ("28,411
		 * rows", "417 patients"), or the count a tool reported */
		if (payload_field(fd->name) &&
		    (stated_count(fd->value, fd->len) || counted_number(c, fd->value, fd->len)))
			return 1;
	}
	/* an id a tool result reported as many rows */
	for (i = 0; i < c->n; i++) {
		if (c->m[i].role != RL_ROLE_TOOL || !c->m[i].text)
			continue;
		if (bulk_count(c->low[i], c->m[i].len)) {
			if (!bulk && !(bulk = rl_arena_alloc(ar, c->n)))
				return 0;
			if (!any_bulk)
				memset(bulk, 0, c->n);
			bulk[i] = 1, any_bulk = 1;
		}
	}
	for (f = 0; any_bulk && f < a->nfields; f++) {
		const rl_field *fd = &a->fields[f];
		size_t at[EX_MAX_TOKENS], len[EX_MAX_TOKENS], nt, k;
		if (!fd->value || !fd->len)
			continue;
		nt = id_tokens(fd->value, fd->len, at, len, EX_MAX_TOKENS);
		for (k = 0; k < nt; k++) {
			char t[65];
			size_t j;
			for (j = 0; j < len[k]; j++)
				t[j] = (char)tolower((unsigned char)fd->value[at[k] + j]);
			for (i = 0; i < c->n; i++)
				if (bulk[i] && token_in(c->low[i], c->m[i].len, t, len[k]) &&
				    !about_them(c, i, d))
					return 1;
		}
	}
	/* contacts of tool output copied into the payload: two or more
	 * addresses or numbers that only tool output holds */
	for (f = 0; f < a->nfields && copies < 2; f++) {
		const rl_field *fd = &a->fields[f];
		pol_target tv[16];
		size_t nt, k;
		if (!fd->value || !fd->len || !payload_field(fd->name))
			continue;
		nt = pol_targets(ar, fd->value, fd->len, 0, tv, 16);
		/* e-mail addresses and international phone numbers: an
		 * account or routing number is where money goes, not a person */
		for (k = 0; k < nt; k++)
			if (((tv[k].kind == TGT_EMAIL && !is_dest(d, &tv[k]) &&
			      !pol_target_principal(c, &tv[k])) ||
			     (tv[k].kind == TGT_NUM && tv[k].start > 0 &&
			      fd->value[tv[k].start - 1] == '+')) &&
			    pol_origin_ok(ORG_UNTRUSTED, pol_target_origin(c, &tv[k])))
				copies++;
	}
	return copies >= 2;
}

/* Is host h[0..n) (lowercase, no scheme, no path) at or under a domain
 * the system or the user wrote? Every suffix at a label boundary with a
 * dot in it is looked up as a whole name. */
static int host_principal(const pol_conv *c, const char *h, size_t n)
{
	size_t s, i;
	for (s = 0; s < n; s++) {
		const char *d;
		size_t dn;
		if (s && h[s - 1] != '.')
			continue;
		d = h + s, dn = n - s;
		if (!memchr(d, '.', dn) || dn < 4)
			break;
		for (i = 0; i < c->n; i++) {
			const char *p, *low = c->low[i];
			size_t ln = c->m[i].text ? c->m[i].len : 0;
			if (c->m[i].role != RL_ROLE_SYSTEM && c->m[i].role != RL_ROLE_USER)
				continue;
			for (p = low; ln && (p = memmem(p, ln - (size_t)(p - low), d, dn)); p++) {
				size_t e = (size_t)(p - low) + dn;
				if ((p == low || !hostc((unsigned char)p[-1]) || p[-1] == '.' ||
				     p[-1] == '@') &&
				    (e >= ln || !isalnum((unsigned char)low[e])) &&
				    (e >= ln || low[e] != '-'))
					return 1;
			}
		}
	}
	return 0;
}

/* localhost, *.internal, *.local, *.lan, *.corp, *.intranet, private and
 * loopback IPv4 addresses: the organisation's own machines. */
static int private_host(const char *h, size_t n)
{
	static const char *const suf[] = {".internal", ".local",       ".lan", ".corp",
					  ".intranet", ".localdomain", NULL};
	size_t k;
	unsigned a = 0, b = 0;
	if (n >= 9 && !strncmp(h, "localhost", 9) && (n == 9 || h[9] == ':' || h[9] == '/'))
		return 1;
	for (k = 0; suf[k]; k++) {
		size_t sl = strlen(suf[k]);
		if (n > sl && !strncmp(h + n - sl, suf[k], sl))
			return 1;
	}
	if (n >= 7 && isdigit((unsigned char)h[0])) {
		char buf[24];
		size_t m = n < sizeof buf - 1 ? n : sizeof buf - 1;
		memcpy(buf, h, m);
		buf[m] = '\0';
		if (sscanf(buf, "%u.%u.", &a, &b) == 2)
			return a == 10 || a == 127 || (a == 192 && b == 168) ||
			       (a == 172 && b >= 16 && b <= 31);
	}
	return 0;
}

/* The host of a URL target's normalised form. */
static size_t host_len(const pol_target *t)
{
	size_t n = 0;
	while (n < t->nlen && t->norm[n] != '/' && t->norm[n] != '?' && t->norm[n] != '#' &&
	       t->norm[n] != ':')
		n++;
	return n;
}

/* A dotted IPv4 address in a command ("sync@203.0.113.54:/drop",
 * "nc 198.51.100.7 9000") that is not private and occurs in no system or
 * user message. */
static int public_ip(const pol_conv *c, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t a = i, dots = 0, j;
		if (!isdigit((unsigned char)s[i]) ||
		    (i && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.'))) {
			i++;
			continue;
		}
		while (i < n && (isdigit((unsigned char)s[i]) || s[i] == '.'))
			dots += s[i++] == '.';
		while (i > a && s[i - 1] == '.')
			i--, dots--;
		if (dots != 3 || (i < n && isalpha((unsigned char)s[i])) || i - a < 7)
			continue;
		if (private_host(s + a, i - a))
			continue;
		for (j = 0; j < c->n; j++)
			if ((c->m[j].role == RL_ROLE_SYSTEM || c->m[j].role == RL_ROLE_USER) &&
			    c->low[j] && memmem(c->low[j], c->m[j].len, s + a, i - a))
				break;
		if (j == c->n)
			return 1;
	}
	return 0;
}

/* A bucket URI ("s3://name/...", "gs://name") whose bucket name no system
 * or user message holds. */
static int foreign_bucket(const pol_conv *c, const char *s, size_t n)
{
	static const char *const sch[] = {"s3://", "gs://", "az://", NULL};
	size_t k, j;
	for (k = 0; sch[k]; k++) {
		const char *p = s, *e = s + n;
		while ((p = ci_find(p, (size_t)(e - p), sch[k], 5))) {
			const char *b = p + 5, *q = b;
			while (q < e && q - b < 63 &&
			       (isalnum((unsigned char)*q) || *q == '-' || *q == '.' || *q == '_'))
				q++;
			p = q;
			if (q - b < 3)
				continue;
			for (j = 0; j < c->n; j++)
				if ((c->m[j].role == RL_ROLE_SYSTEM ||
				     c->m[j].role == RL_ROLE_USER) &&
				    c->low[j] &&
				    ci_find(c->low[j], c->m[j].len, b, (size_t)(q - b)))
					break;
			if (j == c->n)
				return 1;
		}
	}
	return 0;
}

/* Is target t somewhere the principal never chose? */
static int stranger(const pol_conv *c, const pol_target *t)
{
	int org;
	if (t->kind != TGT_EMAIL && t->kind != TGT_URL)
		return 0;
	org = pol_target_origin(c, t);
	if (org == ORG_TRUSTED)
		return 0;
	if (t->kind == TGT_EMAIL) {
		const char *d = memchr(t->norm, '@', t->nlen);
		/* the principal's colleague, or the person the user addressed
		 * by name ("send Mr Morvan his file": yann.morvan@...) */
		if (pol_target_principal(c, t) || pol_user_named_cap(c, t))
			return 0;
		if (d && (private_host(d + 1, t->nlen - (size_t)(d + 1 - t->norm)) ||
			  host_principal(c, d + 1, t->nlen - (size_t)(d + 1 - t->norm))))
			return 0;
		return 1;
	}
	{
		size_t hn = host_len(t);
		if (private_host(t->norm, hn) || host_principal(c, t->norm, hn))
			return 0;
	}
	return 1;
}

/* A URL target that is really a piece of a path or a file name: it
 * follows a '/', '.', '-' or '_' in the value ("s3://bucket/x-2026.tgz",
 * "/srv/dumps/db.sql.gz"), or its last label is a data file's extension. */
static int path_piece(const char *v, const pol_target *t)
{
	size_t hn = host_len(t), d;
	if (t->kind != TGT_URL)
		return 0;
	if (t->start > 0 && strchr("/.-_~", v[t->start - 1]) &&
	    !(t->start >= 3 && !strncmp(v + t->start - 3, "://", 3)))
		return 1;
	for (d = hn; d > 0 && t->norm[d - 1] != '.'; d--)
		;
	return d > 1 && data_file(t->norm + d - 2, hn - d + 2);
}

/* Does the action send somewhere the principal never chose? With
 * `ndest`, also count the destinations it names. */
static int dest_scan(const pol_conv *c, rl_arena *ar, const rl_action *a, size_t *ndest, dests *out)
{
	size_t f, k;
	int any = 0;
	for (f = 0; f < a->nfields; f++) {
		const rl_field *fd = &a->fields[f];
		pol_target tv[16];
		size_t nt;
		int cmd = fd->name && (strstr(fd->name, "command") || strstr(fd->name, "cmd") ||
				       strstr(fd->name, "script"));
		if (!fd->value || !fd->len || (!cmd && payload_field(fd->name)))
			continue;
		nt = pol_targets(ar, fd->value, fd->len, 0, tv, 16);
		for (k = 0; k < nt; k++) {
			if ((tv[k].kind != TGT_EMAIL && tv[k].kind != TGT_URL) ||
			    path_piece(fd->value, &tv[k]))
				continue;
			if (ndest)
				++*ndest;
			if (!stranger(c, &tv[k]))
				continue;
			if (!out)
				return 1;
			any = 1;
			if (out->k < EX_MAX_DEST) {
				out->v[out->k] = tv[k].norm;
				out->n[out->k++] = tv[k].nlen;
			}
		}
		if (cmd &&
		    (public_ip(c, fd->value, fd->len) || foreign_bucket(c, fd->value, fd->len))) {
			if (!out)
				return 1;
			any = out->hidden = 1;
		}
		/* a URL to this machine names no host the target scan sees */
		if (cmd && ndest && pol_loopback_url(fd->value, fd->len))
			++*ndest;
	}
	return any;
}

int pol_loopback_url(const char *s, size_t n)
{
	return ci_find(s, n, "://localhost", 12) || ci_find(s, n, "://127.0.0.1", 12) ||
	       ci_find(s, n, "://[::1]", 8);
}

int pol_dest_chosen(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	size_t nd = 0;
	if (!c->n)
		return 0;
	return !dest_scan(c, ar, a, &nd, NULL) && nd > 0;
}

int pol_own_target(const pol_conv *c, const pol_target *t)
{
	return (t->kind == TGT_EMAIL || t->kind == TGT_URL) && !stranger(c, t) &&
	       pol_target_origin(c, t) != ORG_TRUSTED;
}

int pol_counted_bulk(const pol_conv *c, const rl_action *a, const char *const *dv, const size_t *dn,
		     size_t nd)
{
	dests d;
	size_t f, i, k;
	memset(&d, 0, sizeof d);
	for (k = 0; k < nd && d.k < EX_MAX_DEST; k++) {
		d.v[d.k] = dv[k];
		d.n[d.k++] = dn[k];
	}
	for (f = 0; f < a->nfields; f++) {
		const rl_field *fd = &a->fields[f];
		size_t at[EX_MAX_TOKENS], len[EX_MAX_TOKENS], nt;
		if (!fd->value || !fd->len)
			continue;
		if (dump_producer(fd->value, fd->len))
			return 1;
		/* s19: the count a tool reported, retyped ("73,905 accounts") */
		if (counted_number(c, fd->value, fd->len))
			return 1;
		nt = id_tokens(fd->value, fd->len, at, len, EX_MAX_TOKENS);
		for (k = 0; k < nt; k++) {
			char t[65];
			size_t j;
			for (j = 0; j < len[k]; j++)
				t[j] = (char)tolower((unsigned char)fd->value[at[k] + j]);
			for (i = 0; i < c->n; i++)
				if (c->m[i].role == RL_ROLE_TOOL && c->m[i].text &&
				    token_in(c->low[i], c->m[i].len, t, len[k]) &&
				    bulk_count(c->low[i], c->m[i].len) && !about_them(c, i, &d))
					return 1;
		}
	}
	return 0;
}

int pol_whole_export(const rl_action *a)
{
	return whole_export(a);
}

int pol_bulk_out(const pol_conv *c, rl_arena *ar, const rl_action *a)
{
	if (!c->n || !a->nfields)
		return 0;
	dests d;
	memset(&d, 0, sizeof d);
	return dest_scan(c, ar, a, NULL, &d) && payload_bulk(c, ar, a, &d);
}

int pol_seccode_keep(const pol_conv *c, rl_arena *ar, int want, const char *s, size_t n, size_t a,
		     size_t b)
{
	pol_target tv[POL_MAX_TARGETS];
	size_t nt = pol_targets(ar, s + a, b - a, 0, tv, POL_MAX_TARGETS), j;
	/* the organisation's own hosts are no one's else: a copy to its
	 * backup host is not sent out */
	for (j = 0; j < nt; j++) {
		int org = c->n ? pol_target_origin(c, &tv[j]) : ORG_UNKNOWN;
		if (c->n && org != ORG_TRUSTED && pol_own_target(c, &tv[j]))
			continue;
		if (pol_origin_ok(want, org))
			return 1;
	}
	if (nt)
		return 0;
	/* no target in the match: kept, unless the command's only web
	 * address is this machine */
	if (!pol_loopback_url(s, n))
		return 1;
	nt = pol_targets(ar, s, n, 0, tv, POL_MAX_TARGETS);
	for (j = 0; j < nt; j++)
		if (tv[j].kind == TGT_EMAIL || tv[j].kind == TGT_URL)
			return 1;
	return 0;
}
