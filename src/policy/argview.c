/* argview.c: an action's arguments as the account and money readings see
 * them, whatever shape the tool gives them (s18). Tools write the same
 * change three ways:
 *  - named arguments: update_bank {"iban": "..."};
 *  - a generic pair: update_record {"field": "iban", "value": "..."} (also
 *    attribute/property/key/column/setting beside value/new_value): the
 *    value is read under the name the naming argument gives;
 *  - a nested object: vendor {"action": "update", "fields": {"iban": ...}}:
 *    its members (one level) are read as arguments of their own.
 * And the verb of the act stands either in the tool's name (update_vendor)
 * or in an operation argument (action, operation, op, verb, change_type)
 * of a tool named by its object (vendor, supplier, members).
 * The nested object is read with the project's JSON member walker
 * (base/jsonr.h), not by hand; the rest is a bounded walk over the
 * action's fields. */
#include "policy/policy_int.h"

#include <ctype.h>
#include <string.h>

#include "base/jsonr.h"

#define AV_KEY 48

static int key_eq(const char *k, const char *const *w)
{
	for (; k && *w; w++)
		if (!strcmp(k, *w))
			return 1;
	return 0;
}

/* Arguments that name the field a generic pair changes. */
static const char *const naming[] = {"field",     "field_name", "attribute", "attr",  "property",
				     "key",       "column",     "setting",   "param", "parameter",
				     "fieldname", "prop",       NULL};
/* Arguments that hold the new value of a generic pair. */
static const char *const valued[] = {"value", "new_value", "newvalue", "val", "new_val",
				     "new",   "value_new", "to_value", NULL};
/* Arguments that name the operation of a tool named by its object. */
static const char *const op_keys[] = {"action",      "operation", "op", "verb",
				      "change_type", "mode",      NULL};
/* Arguments that hold a nested object of changes. */
static const char *const nest_keys[] = {"fields", "changes",    "updates", "update",
					"data",   "patch",      "set",     "values",
					"record", "attributes", "details", NULL};

/* The lowercased identifier in v[0..n) (letters, digits, '_', '-', '.',
 * ' ', at most AV_KEY - 1 bytes) into out; 0 when v is no identifier. */
static size_t ident(const char *v, size_t n, char *out)
{
	size_t i;
	if (!v || !n || n >= AV_KEY)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)v[i];
		if (!isalnum(ch) && !strchr("_-. ", ch))
			return 0;
		out[i] = (char)tolower(ch);
	}
	out[n] = '\0';
	return n;
}

/* One level of members of the JSON object v[0..n): string and number
 * values (quotes stripped) under their lowercased names. */
static int each_member(const char *v, size_t n, pol_arg_fn fn, void *u)
{
	size_t pos = 0, kn, vn;
	const char *k, *mv;
	char key[AV_KEY];
	int rc;
	while (rl_json_member(v, n, &pos, &k, &kn, &mv, &vn) == 1) {
		if (!ident(k, kn, key) || !vn)
			continue;
		if (*mv == '"' && vn >= 2) {
			mv++;
			vn -= 2;
		} else if (!(isdigit((unsigned char)*mv) || *mv == '-')) {
			continue; /* objects, arrays, booleans, null */
		}
		if ((rc = fn(u, key, mv, vn)) != 0)
			return rc;
	}
	return 0;
}

int pol_arg_each(const rl_action *a, pol_arg_fn fn, void *u)
{
	const char *named = NULL;
	char nbuf[AV_KEY];
	size_t f;
	int rc;
	if (!a || !fn)
		return 0;
	/* the name a generic pair gives its value */
	for (f = 0; f < a->nfields && !named; f++)
		if (key_eq(a->fields[f].name, naming) && a->fields[f].value &&
		    ident(a->fields[f].value, a->fields[f].len, nbuf))
			named = nbuf;
	for (f = 0; f < a->nfields; f++) {
		const rl_field *fl = &a->fields[f];
		const char *nm = fl->name;
		if (!nm || !fl->value)
			continue;
		if (named && key_eq(nm, valued))
			nm = named;
		if ((rc = fn(u, nm, fl->value, fl->len)) != 0)
			return rc;
		if (fl->len >= 2 && fl->len <= 4096 && fl->value[0] == '{' &&
		    key_eq(fl->name, nest_keys) &&
		    (rc = each_member(fl->value, fl->len, fn, u)) != 0)
			return rc;
	}
	return 0;
}

size_t pol_arg_op_name(const rl_action *a, char *out)
{
	size_t f, n;
	for (f = 0; a && f < a->nfields; f++)
		if (key_eq(a->fields[f].name, op_keys) && a->fields[f].value &&
		    (n = ident(a->fields[f].value, a->fields[f].len, out)))
			return n;
	return 0;
}

int pol_arg_op(const rl_action *a, const char *const *w)
{
	size_t f;
	const char *const *p;
	for (f = 0; a && f < a->nfields; f++) {
		char op[AV_KEY];
		if (!key_eq(a->fields[f].name, op_keys) || !a->fields[f].value ||
		    !ident(a->fields[f].value, a->fields[f].len, op))
			continue;
		for (p = w; *p; p++)
			if (strstr(op, *p))
				return 1;
	}
	return 0;
}
