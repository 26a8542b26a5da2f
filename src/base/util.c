/* util.c: hashing, randomness, time, logging, arena (see util.h). */
#include "base/util.h"

#include <errno.h>
#include <openssl/evp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <time.h>

void rl_sha256_hex(const void *p, size_t n, char out[65])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[32];
	unsigned int len = 0, i;

	EVP_Digest(p, n, md, &len, EVP_sha256(), NULL);
	for (i = 0; i < 32; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[64] = '\0';
}

int rl_random_bytes(void *p, size_t n)
{
	unsigned char *c = p;
	while (n) {
		ssize_t r = getrandom(c, n, 0);
		if (r < 0)
			return RL_EIO;
		c += r;
		n -= (size_t)r;
	}
	return 0;
}

int rl_random_hex(char *out, size_t nbytes)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char b[64];
	size_t i;

	if (nbytes > sizeof b || rl_random_bytes(b, nbytes))
		return RL_EIO;
	for (i = 0; i < nbytes; i++) {
		out[2 * i] = hex[b[i] >> 4];
		out[2 * i + 1] = hex[b[i] & 15];
	}
	out[2 * nbytes] = '\0';
	return 0;
}

int64_t rl_mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Is the two-byte letter a,b (U+0100..U+017F) a capital of Latin
 * Extended-A, whose small letter is the next code point? İ and ı, which
 * are no such pair, are left to their own cases. */
static int fold_ext_a(unsigned char a, unsigned char b)
{
	unsigned cp = (a & 0x1fu) << 6 | (b & 0x3fu);
	if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 || cp >= 0x17f)
		return 0;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e))
		return cp & 1;
	return cp < 0x178 && !(cp & 1);
}

size_t rl_fold_script(const char *h, size_t n, char *o)
{
	size_t i = 0, k = 0;
	while (i < n) {
		unsigned char a = (unsigned char)h[i], b = i + 1 < n ? (unsigned char)h[i + 1] : 0;
		if (a < 0x80) {
			o[k++] = (char)(a >= 'A' && a <= 'Z' ? a + 32 : a), i++;
		} else if (a == 0xc4 && b == 0xb0) { /* İ */
			o[k++] = 'i', i += 2;
		} else if (a == 0xc4 && b == 0x90) { /* Đ */
			o[k++] = (char)0xc4, o[k++] = (char)0x91, i += 2;
		} else if (a == 0xc3 && b >= 0x80 && b <= 0x9e && b != 0x97) { /* À-Þ */
			o[k++] = (char)0xc3, o[k++] = (char)(b + 0x20), i += 2;
		} else if ((a == 0xc4 || a == 0xc5) && fold_ext_a(a, b)) { /* Ā-ž: Ş, Ğ, Ł ... */
			unsigned cp = ((a & 0x1fu) << 6 | (b & 0x3fu)) + 1;
			o[k++] = (char)(0xc0 | cp >> 6), o[k++] = (char)(0x80 | (cp & 0x3f)),
			i += 2;
		} else if (a == 0xce && b >= 0x91 && b <= 0x9f) { /* Α-Ο */
			o[k++] = (char)0xce, o[k++] = (char)(b + 0x20), i += 2;
		} else if (a == 0xce && b >= 0xa0 && b <= 0xa9 && b != 0xa2) { /* Π-Ω */
			o[k++] = (char)0xcf, o[k++] = (char)(b - 0x20), i += 2;
		} else if (a == 0xce && b >= 0x86 && b <= 0x8f && b != 0x87 && b != 0x8b &&
			   b != 0x8d) { /* Ά Έ Ή Ί Ό Ύ Ώ */
			static const unsigned char lo[] = {0xac, 0,    0xad, 0xae, 0xaf,
							   0,    0x8c, 0,    0x8d, 0x8e};
			o[k++] = (char)(b <= 0x8a ? 0xce : 0xcf), o[k++] = (char)lo[b - 0x86],
			i += 2;
		} else if (a == 0xd0 && b >= 0x90 && b <= 0x9f) { /* А-П */
			o[k++] = (char)0xd0, o[k++] = (char)(b + 0x20), i += 2;
		} else if (a == 0xd0 && b >= 0xa0 && b <= 0xaf) { /* Р-Я */
			o[k++] = (char)0xd1, o[k++] = (char)(b - 0x20), i += 2;
		} else if (a == 0xd0 && b == 0x81) { /* Ё */
			o[k++] = (char)0xd1, o[k++] = (char)0x91, i += 2;
		} else if (a == 0xd9 && ((b >= 0x8b && b <= 0x92) || b == 0xb0)) {
			i += 2; /* harakat, tanwin, shadda, sukun, dagger alef */
		} else if (a == 0xd8 && (b == 0xa2 || b == 0xa3 || b == 0xa5)) {
			o[k++] = (char)0xd8, o[k++] = (char)0xa7, i += 2; /* آ أ إ -> ا */
		} else if (a == 0xd9 && b == 0x89) {
			o[k++] = (char)0xd9, o[k++] = (char)0x8a, i += 2; /* ى -> ي */
		} else {
			o[k++] = h[i++];
		}
	}
	return k;
}

const char *rl_find_ci(const char *h, size_t hn, const char *nd)
{
	size_t nn = strlen(nd), i;
	if (!nn || nn > hn)
		return NULL;
	for (i = 0; i + nn <= hn; i++)
		if (!strncasecmp(h + i, nd, nn))
			return h + i;
	return NULL;
}

const char *rl_rfind_ci(const char *h, size_t hn, const char *nd)
{
	size_t nn = strlen(nd), i;
	if (!nn || nn > hn)
		return NULL;
	for (i = hn - nn + 1; i-- > 0;)
		if (!strncasecmp(h + i, nd, nn))
			return h + i;
	return NULL;
}

int rl_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int rl_parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	long v;
	if (!s || !*s)
		return RL_EINVAL;
	errno = 0;
	v = strtol(s, &end, 10);
	if (*end || errno || v < min || v > max)
		return RL_EINVAL;
	*out = v;
	return 0;
}

int64_t rl_wall_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void rl_iso8601(int64_t wall_ms, char *out, size_t n)
{
	time_t t = (time_t)(wall_ms / 1000);
	struct tm tm;
	char tmp[32];

	gmtime_r(&t, &tm);
	strftime(tmp, sizeof tmp, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(out, n, "%s.%03dZ", tmp, (int)(wall_ms % 1000));
}

static int log_level = RL_LOG_WARN;
static int log_json;

void rl_log_setup(int level, int json)
{
	log_level = level;
	log_json = json;
}

void rl_log(int level, const char *component, const char *fmt, ...)
{
	static const char *const names[] = {"error", "warn", "info", "debug"};
	char ts[40], msg[2048];
	va_list ap;

	if (level > log_level || level < 0)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	rl_iso8601(rl_wall_ms(), ts, sizeof ts);
	if (log_json) {
		rl_buf b = RL_BUF_INIT;
		rl_buf_addf(&b, "{\"ts\":\"%s\",\"level\":\"%s\",\"component\":\"", ts,
			    names[level]);
		rl_buf_add_json(&b, component, strlen(component));
		rl_buf_adds(&b, "\",\"msg\":\"");
		rl_buf_add_json(&b, msg, strlen(msg));
		rl_buf_adds(&b, "\"}\n");
		fwrite(b.s, 1, b.len, stderr);
		rl_buf_free(&b);
	} else {
		rl_buf b = RL_BUF_INIT;
		rl_buf_addf(&b, "%s %s %s: ", ts, names[level], component);
		rl_buf_add_term(&b, msg, strlen(msg));
		rl_buf_addc(&b, '\n');
		fwrite(b.s, 1, b.len, stderr);
		rl_buf_free(&b);
	}
}

struct rl_arena_chunk {
	rl_arena_chunk *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
};

void rl_arena_init(rl_arena *a, size_t chunk)
{
	a->head = NULL;
	a->chunk = chunk ? chunk : 65536;
}

void *rl_arena_alloc(rl_arena *a, size_t n)
{
	rl_arena_chunk *c = a->head;
	size_t need = (n + 15) & ~(size_t)15;
	void *p;

	if (need < n)
		return NULL;
	if (!c || c->size - c->used < need) {
		size_t sz = need > a->chunk ? need : a->chunk;
		c = malloc(sizeof *c + sz);
		if (!c)
			return NULL;
		c->used = 0;
		c->size = sz;
		c->next = a->head;
		a->head = c;
	}
	p = c->data + c->used;
	c->used += need;
	return p;
}

char *rl_arena_strndup(rl_arena *a, const char *s, size_t n)
{
	char *p = rl_arena_alloc(a, n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

void rl_arena_reset(rl_arena *a)
{
	rl_arena_chunk *keep = NULL;
	while (a->head) {
		rl_arena_chunk *c = a->head;
		a->head = c->next;
		if (!keep && c->size == a->chunk) {
			keep = c;
			continue;
		}
		free(c);
	}
	if (keep) {
		keep->used = 0;
		keep->next = NULL;
		a->head = keep;
	}
}

void rl_arena_free(rl_arena *a)
{
	while (a->head) {
		rl_arena_chunk *c = a->head;
		a->head = c->next;
		free(c);
	}
}
