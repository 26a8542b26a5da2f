/* retok.c: the regex tokenizer the database builder (hsdb.c: the
 * conjunction split, the class rewriting) and the necessary-literal
 * analysis share: where a class, an escape, a group and a quantifier end
 * in PCRE2 syntax. Moved out of hsdb.c when that file passed the
 * 1,200-line bound. Written by hand: no library exposes PCRE2's own
 * pattern scanner; the split it serves is checked against PCRE2 and
 * vectorscan by test_policy (own_conjunctions_agree_with_combinations)
 * and the monitor's prefilter tests. */
#include "policy/policy_int.h"

#include <string.h>

/* End of the bracket class starting at re[i] == '[', or 0. */
size_t pol_re_class_end(const char *re, size_t n, size_t i)
{
	i++;
	if (i < n && re[i] == '^')
		i++;
	if (i < n && re[i] == ']')
		i++;
	while (i < n) {
		if (re[i] == '\\') {
			if (i + 1 < n && re[i + 1] == 'Q')
				return 0;
			i += 2;
			continue;
		}
		if (re[i] == '[' && i + 1 < n &&
		    (re[i + 1] == ':' || re[i + 1] == '.' || re[i + 1] == '=')) {
			const char *e = strstr(re + i + 2, (char[]){re[i + 1], ']', 0});
			if (!e)
				return 0;
			i = (size_t)(e - re) + 2;
			continue;
		}
		if (re[i] == ']')
			return i + 1;
		i++;
	}
	return 0;
}

/* Length of the escape at re[i] == '\\' and its kind; 0 when unknown or
 * not splittable around (back-references, \Q, \K, \g ...). */
size_t pol_re_esc_len(const char *re, size_t n, size_t i, int *kind)
{
	char c;
	if (i + 1 >= n)
		return 0;
	c = re[i + 1];
	*kind = POL_RE_LIT;
	/* clang-format off */
	switch (c) {
	case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
		*kind = POL_RE_ASSERT;
		return 2;
	case 'w': case 'W': case 's': case 'S': case 'd': case 'D': case 'h': case 'H':
	case 'v': case 'V': case 'N': case 'R': case 'X': case 'C':
		*kind = POL_RE_CLASS;
		return 2;
	case 'p': case 'P':
		*kind = POL_RE_CLASS;
		if (i + 2 < n && re[i + 2] == '{') {
			const char *e = memchr(re + i + 2, '}', n - i - 2);
			return e ? (size_t)(e - re) - i + 1 : 0;
		}
		return i + 2 < n ? 3 : 0;
	case 'x':
		if (i + 2 < n && re[i + 2] == '{') {
			const char *e = memchr(re + i + 2, '}', n - i - 2);
			return e ? (size_t)(e - re) - i + 1 : 0;
		} else {
			size_t k = 2;
			while (k < 4 && i + k < n && strchr("0123456789abcdefABCDEF", re[i + k]) && re[i + k])
				k++;
			return k;
		}
	case 'c':
		return i + 2 < n ? 3 : 0;
	case 'e': case 'f': case 'n': case 'r': case 't': case 'a':
		return 2;
	default:
		/* punctuation escapes itself; letters and digits we do not know */
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    (unsigned char)c >= 0x80)
			return 0;
		return 2;
	}
	/* clang-format on */
}

/* End of the group starting at re[i] == '(', or 0. */
size_t pol_re_group_end(const char *re, size_t n, size_t i)
{
	int depth = 0;
	while (i < n) {
		char c = re[i];
		if (c == '\\') {
			if (i + 1 < n &&
			    (re[i + 1] == 'Q' || (re[i + 1] >= '1' && re[i + 1] <= '9') ||
			     re[i + 1] == 'g' || re[i + 1] == 'k'))
				return 0;
			i += 2;
			continue;
		}
		if (c == '[') {
			size_t e = pol_re_class_end(re, n, i);
			if (!e)
				return 0;
			i = e;
			continue;
		}
		if (c == '(') {
			if (i + 1 < n &&
			    (re[i + 1] == '*' ||
			     (re[i + 1] == '?' && i + 2 < n &&
			      (re[i + 2] == '#' || re[i + 2] == 'P' || re[i + 2] == 'R' ||
			       re[i + 2] == '&' || (re[i + 2] >= '0' && re[i + 2] <= '9')))))
				return 0; /* verbs, comments, named/recursive references */
			depth++;
		} else if (c == ')') {
			if (--depth == 0)
				return i + 1;
		}
		i++;
	}
	return 0;
}

/* Length of a quantifier at re[i] (0 if none); *min0 when it allows zero. */
size_t pol_re_quant_len(const char *re, size_t n, size_t i, int *min0)
{
	size_t k = i;
	*min0 = 0;
	if (i >= n)
		return 0;
	if (re[i] == '*' || re[i] == '?') {
		*min0 = 1;
		k = i + 1;
	} else if (re[i] == '+') {
		k = i + 1;
	} else if (re[i] == '{') {
		size_t j = i + 1, dl = 0;
		unsigned long lo = 0;
		while (j < n && re[j] >= '0' && re[j] <= '9')
			lo = lo * 10 + (unsigned long)(re[j++] - '0'), dl++;
		if (!dl)
			return 0; /* a literal '{' */
		if (j < n && re[j] == ',') {
			j++;
			while (j < n && re[j] >= '0' && re[j] <= '9')
				j++;
		}
		if (j >= n || re[j] != '}')
			return 0;
		*min0 = lo == 0;
		k = j + 1;
	} else {
		return 0;
	}
	if (k < n && (re[k] == '+' || re[k] == '?'))
		k++;
	return k - i;
}
