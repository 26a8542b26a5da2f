/* rl_genlog.c: a synthetic agent log for the monitor benchmark: OpenAI
 * chat responses and requests, Anthropic messages and redline records with
 * realistic JSON escaping (\n, \", \u00e9), and planted findings: every
 * K-th line carries one keyword of a literal rule set (some written only
 * through \u escapes, which a plain-text search cannot see). Deterministic
 * for a seed, so the expected count is exact.
 *
 *   rl_genlog OUT.jsonl MB EVERY KEYWORDS.txt  ->  prints "lines planted escaped" */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NKW 800

static uint64_t rs = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 7;
	rs ^= rs << 17;
	return rs;
}

static const char *const words[] = {
	"the",      "meeting",  "report",  "quarterly", "schedule", "review",    "please",
	"thanks",   "customer", "update",  "server",    "deploy",   "budget",    "team",
	"project",  "timeline", "draft",   "summary",   "inbox",    "calendar",  "invoice",
	"shipping", "order",    "support", "ticket",    "resolved", "question",  "answer",
	"document", "attached", "regards", "hello",     "morning",  "afternoon", "friday",
	"monday",   "lunch",    "office",  "remote",    "policy",   "training",  "onboarding",
	"feedback", "design",   "metrics", "dashboard", "latency",  "release",   "notes",
	"version",  "build",    "tests",   "passed",    "coffee",   "weather",   "travel",
	"hotel",    "flight",   "agenda",  "minutes",   "action",   "items",     "follow",
	"up",       "café",     "naïve",   "résumé",    "and",      "of",        "to",
	"in",       "for",      "with",    "on",        "is",       "we",
};
#define NW (sizeof words / sizeof words[0])

static void kw(char *out, int i)
{
	static const char *const a[] = {"zor", "quix", "vel", "brak", "thun", "plo", "gri", "yst"};
	static const char *const b[] = {"anth",  "obel", "uvix", "ergo",
					"illum", "osta", "ekra", "unda"};
	snprintf(out, 32, "%s%s%03d", a[i % 8], b[(i / 8) % 8], i);
}

/* Text of about `n` bytes, JSON-escaped, with newlines every ~70 bytes. */
static void text(FILE *f, size_t n, const char *plant, int escaped)
{
	size_t w = 0, col = 0, at = plant ? (size_t)(rnd() % (n / 2)) : (size_t)-1;
	while (w < n) {
		const char *s = words[rnd() % NW];
		if (w >= at) {
			if (escaped) { /* first letter as \u00XX */
				fprintf(f, " \\u%04x%s ", (unsigned char)plant[0], plant + 1);
			} else {
				fprintf(f, " %s ", plant);
			}
			w += strlen(plant) + 1;
			at = (size_t)-1;
			continue;
		}
		fputs(s, f);
		w += strlen(s);
		col += strlen(s);
		if (col > 70) {
			fputs("\\n", f);
			col = 0;
		} else if (rnd() % 29 == 0) {
			fputs(" \\\"quoted\\\" ", f);
		} else {
			fputc(' ', f);
		}
		w++;
	}
}

int main(int argc, char **argv)
{
	FILE *f, *k;
	uint64_t target, lines = 0, planted = 0, escaped = 0;
	long every;
	char kws[NKW][32];
	int i;

	if (argc != 5) {
		fprintf(stderr, "usage: rl_genlog OUT MB EVERY KEYWORDS\n");
		return 2;
	}
	target = (uint64_t)atol(argv[2]) << 20;
	every = atol(argv[3]);
	if (every < 1)
		every = 1;
	f = fopen(argv[1], "w");
	k = fopen(argv[4], "w");
	if (!f || !k) {
		perror("rl_genlog");
		return 3;
	}
	for (i = 0; i < NKW; i++) {
		kw(kws[i], i);
		fprintf(k, "%s\n", kws[i]);
	}
	fclose(k);
	setvbuf(f, NULL, _IOFBF, 1 << 20);
	while ((uint64_t)ftell(f) < target) {
		const char *plant = NULL;
		int esc = 0, shape = (int)(rnd() % 4);
		size_t n = 600 + rnd() % 1400;
		lines++;
		if (lines % (uint64_t)every == 0) {
			plant = kws[rnd() % NKW];
			planted++;
			esc = rnd() % 10 == 0;
			escaped += (uint64_t)esc;
		}
		switch (shape) {
		case 0:
			fprintf(f,
				"{\"id\":\"chatcmpl-%08llu\",\"object\":\"chat.completion\",\"model\":\"gpt-x\","
				"\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"",
				(unsigned long long)lines);
			text(f, n, plant, esc);
			fputs("\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":812,\"completion_tokens\":233}}\n",
			      f);
			break;
		case 1:
			fprintf(f,
				"{\"model\":\"gpt-x\",\"metadata\":{\"conversation_id\":\"c%llu\"},\"messages\":["
				"{\"role\":\"system\",\"content\":\"You are a helpful assistant.\"},"
				"{\"role\":\"user\",\"content\":\"Summarise my inbox.\"},"
				"{\"role\":\"assistant\",\"content\":\"",
				(unsigned long long)lines);
			text(f, n, plant, esc);
			fputs("\"}]}\n", f);
			break;
		case 2:
			fprintf(f,
				"{\"id\":\"msg_%08llu\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-x\","
				"\"content\":[{\"type\":\"text\",\"text\":\"",
				(unsigned long long)lines);
			text(f, n, plant, esc);
			fputs("\"}],\"stop_reason\":\"end_turn\"}\n", f);
			break;
		default:
			fprintf(f,
				"{\"model\":\"mock:m1\",\"condition\":\"blackmail_explicit-america_replacement\","
				"\"sample\":%llu,\"response\":\"",
				(unsigned long long)lines);
			text(f, n, plant, esc);
			fputs("\",\"reasoning\":\"\",\"usage\":{\"input_tokens\":1,\"output_tokens\":2}}\n",
			      f);
			break;
		}
	}
	fclose(f);
	printf("%llu %llu %llu\n", (unsigned long long)lines, (unsigned long long)planted,
	       (unsigned long long)escaped);
	return 0;
}
