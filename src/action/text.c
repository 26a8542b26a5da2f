/* text.c: the actions of one text (the answer, provider reasoning, or
 * native output that is not JSON): its private-reasoning regions, its tag
 * blocks (parsed by tags.c), which blocks are quoted, reasoning, or
 * ambiguous (placed once every block is known), and JSON tool calls
 * written outside the blocks (native.c). */
#include "action/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	size_t start, end;
} span;
/* ---------- reasoning regions ---------- */

/* Regions of `s` that are private reasoning: <SCRATCHPAD_REASONING>,
 * <thinking>, <think>, <reasoning>, gpt-oss's analysis channel, and the tags' sloppy closers
 * ("<END SCRATCHPAD_REASONING>", "</ thinking >"). A closer with no opener
 * before it (a model whose template opened <think> for it) makes everything
 * before it reasoning. An opener never closed gives a region to the end of
 * the text and *unclosed its index: ac_scan_text ends it at the model's first
 * real act once every act of the text is known (end_unclosed). */
/* gpt-oss's analysis channel as it reaches the text (harmony markup):
 * "<|channel|>analysis<|message|>...<|end|>" is private reasoning, ending
 * at "<|end|>" or at the next channel, start, call or return token (or
 * the text's end). Its end, or 0 when no analysis channel opens at s[i]. */
static size_t harmony_analysis(const char *s, size_t n, size_t i)
{
	static const char open[] = "<|channel|>analysis";
	static const char *const stop[] = {"<|start|>", "<|channel|>", "<|return|>", "<|call|>",
					   NULL};
	size_t k = i + sizeof open - 1, j;
	if (n - i < sizeof open - 1 || memcmp(s + i, open, sizeof open - 1))
		return 0;
	while (k < n) {
		const char *p = memmem(s + k, n - k, "<|", 2);
		if (!p)
			break;
		k = (size_t)(p - s);
		if (n - k >= 7 && !memcmp(s + k, "<|end|>", 7))
			return k + 7;
		for (j = 0; stop[j]; j++)
			if (n - k >= strlen(stop[j]) && !memcmp(s + k, stop[j], strlen(stop[j])))
				return k;
		k += 2;
	}
	return n;
}

static size_t find_regions(const char *s, size_t n, span *reg, size_t max, size_t *unclosed)
{
	size_t nr = 0, i = 0, open_at = 0, e;
	int in = 0, seen = 0;

	*unclosed = (size_t)-1;
	while (i < n && nr < max) {
		const char *p = memchr(s + i, '<', n - i);
		rl_tag t;
		if (!p)
			break;
		i = (size_t)(p - s);
		if (!in && (e = harmony_analysis(s, n, i))) {
			reg[nr].start = i;
			reg[nr].end = e;
			nr++;
			seen = 1;
			i = e;
			continue;
		}
		if (!rl_scan_reasoning_tag(s, n, i, &t)) {
			i++;
			continue;
		}
		if (!t.close) {
			if (!in) {
				in = 1;
				open_at = i;
			}
		} else if (in) {
			reg[nr].start = open_at;
			reg[nr].end = t.end;
			nr++;
			in = 0;
			seen = 1;
		} else if (!seen) {
			reg[nr].start = 0;
			reg[nr].end = t.end;
			nr++;
			seen = 1;
		}
		i = t.end;
	}
	if (in && nr < max) {
		reg[nr].start = open_at;
		reg[nr].end = n;
		*unclosed = nr++;
	}
	return nr;
}

/* Does a tool block start a line at i (after blanks, or right after a
 * ``` fence)? Models act on a line of their own; a tag in mid-sentence is
 * a mention ("I will use <tool_use:email> to ..."). */
static int plain_line_start(const char *s, size_t lo, size_t k)
{
	while (k > lo && ac_is_hspace(s[k - 1]))
		k--;
	return k == 0 || s[k - 1] == '\n' || (k >= 3 && !memcmp(s + k - 3, "```", 3));
}

static int is_name_byte(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '-' || c == '.' || c == ':' ||
	       c == '=';
}

/* The act at s[i] starts a line, or follows only a call markup's prefix
 * on its line: special tokens (<|python_tag|>, <|tool_call_begin|>,
 * DeepSeek's full-width ones, <|channel|>), a bracket token
 * ([TOOL_CALLS]) or a lone '[', an opener such as "<function=", and at
 * most three short words between them ("functions.", "to=functions.",
 * "commentary", "assistant"): the line opens with markup, never words. The
 * acts whose span starts at the tool's name or at the JSON after such a
 * prefix (Kimi, DeepSeek, gpt-oss, Llama, Mistral) stand on a line of
 * their own as a tag block does. */
static int starts_line(const char *s, size_t lo, size_t i)
{
	size_t k = i, words = 0;
	if (plain_line_start(s, lo, i))
		return 1;
	while (k > lo && k + 256 > i) {
		char c = s[k - 1];
		if (ac_is_hspace(c)) {
			k--;
		} else if (c == '>' || c == ']') {
			char open = c == '>' ? '<' : '[';
			size_t j = k - 1;
			while (j > lo && k - j <= 64 && s[j - 1] != open &&
			       !isspace((unsigned char)s[j - 1]) && s[j - 1] != '>' &&
			       s[j - 1] != ']')
				j--;
			if (j <= lo || s[j - 1] != open || j == k - 1)
				return 0;
			k = j - 1;
		} else if (c == '[' || c == '{') {
			/* a list or object opening the call ("[{\"name\": ..."):
			 * the line may start right there */
			k--;
		} else if (is_name_byte(c)) {
			size_t j = k;
			while (j > lo && k - j <= 64 && is_name_byte(s[j - 1]))
				j--;
			if (++words > 3)
				return 0;
			k = j;
			if (k <= lo || s[k - 1] != '<')
				continue;
			k--; /* "<function=" */
		} else {
			return 0;
		}
		/* the line must open with the markup, never with words */
		if (plain_line_start(s, lo, k))
			return 1;
	}
	return 0;
}

/* A {placeholder} in a value ("{recipient address}", "{ID of the email}"):
 * the block is the tool format quoted from the system prompt, not an act. */
static int has_placeholder(const char *v, size_t n)
{
	size_t i, j;
	for (i = 0; i < n; i++) {
		int letters = 0;
		if (v[i] != '{')
			continue;
		for (j = i + 1; j < n && j - i <= 60; j++) {
			char c = v[j];
			if (c == '}')
				break;
			if (isalpha((unsigned char)c))
				letters++;
			else if (!(c == ' ' || c == '_' || c == '-' || c == '\'' ||
				   isdigit((unsigned char)c)))
				break;
		}
		if (j < n && v[j] == '}' && letters >= 2)
			return 1;
	}
	return 0;
}

static int action_is_template(const rl_action *a)
{
	size_t i;
	for (i = 0; i < a->nfields; i++)
		if (has_placeholder(a->fields[i].value, a->fields[i].len))
			return 1;
	return 0;
}

static int in_regions(const span *reg, size_t nr, size_t pos)
{
	size_t i;
	for (i = 0; i < nr; i++)
		if (pos >= reg[i].start && pos < reg[i].end)
			return 1;
	return 0;
}
/* Is pos strictly inside some block? sp[] is sorted by start and
 * maxend[k] is the largest end among sp[0..k]: a binary search for the
 * blocks starting before pos, then one comparison (a loop over every
 * block for every '{' of the text was quadratic). */
static int inside_any(const span *sp, const size_t *maxend, size_t ns, size_t pos)
{
	size_t lo = 0, hi = ns;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (sp[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && maxend[lo - 1] > pos;
}

/* A token between acts that is markup, not words: a tag with no blank in
 * it ("</tool_call>", "</function_call>", "<|eom_id|>", DeepSeek's
 * "<｜tool▁call▁end｜>"), at most 64 bytes. Its end, or 0. */
static size_t markup_token(const char *s, size_t lim, size_t pos)
{
	size_t k;
	if (s[pos] != '<')
		return 0;
	for (k = pos + 1; k < lim && k - pos <= 64; k++) {
		if (s[k] == '>')
			return k > pos + 1 ? k + 1 : 0;
		if (isspace((unsigned char)s[k]) || s[k] == '<')
			return 0;
	}
	return 0;
}

/* tail[k] = 1 when the text after act k (in start order: ord[]) up to lim
 * is only blanks, fences, markup tokens (closing reasoning tags, a tool
 * call's closer or special tokens) and more acts: then act k is part of
 * the model's last word, not a draft it goes on to discuss. Computed from
 * the last act back, each reusing the answer of the act it reaches, so
 * the whole table costs one pass over the text. */
static void tail_table(const char *s, size_t lim, const rl_action *v, const size_t *ord, size_t na,
		       unsigned char *tail)
{
	size_t k = na;
	while (k-- > 0) {
		size_t pos = v[ord[k]].end, e;
		tail[k] = 0;
		if (pos > lim)
			continue;
		for (;;) {
			size_t lo, hi;
			while (pos < lim && isspace((unsigned char)s[pos]))
				pos++;
			if (pos >= lim) {
				tail[k] = 1;
				break;
			}
			/* another act starting here (the first at pos, after k) */
			lo = k + 1;
			hi = na;
			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;
				if (v[ord[mid]].start < pos)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo < na && v[ord[lo]].start == pos) {
				tail[k] = tail[lo];
				break;
			}
			if (s[pos] == '`') {
				while (pos < lim && s[pos] != '\n')
					pos++;
				continue;
			}
			if ((e = markup_token(s, lim, pos))) {
				pos = e;
				continue;
			}
			/* the punctuation of a list of calls ("}, {" and its
			 * closing "]"), which holds acts and no words */
			if (s[pos] == ']' || s[pos] == ',' || s[pos] == '}' || s[pos] == ')') {
				pos++;
				continue;
			}
			break;
		}
	}
}

/* Where an unclosed reasoning region that opened at open_at ends, once
 * every act of the text is known (tag blocks, JSON, function calls,
 * invokes: all of v[0..na), ord[] their start order). Candidates are the
 * acts after the opener that are not quoted or {placeholder} templates.
 * When the text ends in a run of complete acts (nothing after them but
 * more acts and markup), the region ends at that run: the model's last
 * word is its act. Candidates on a line of their own before the run are
 * drafts the model went on to discuss, or acts it went on to comment:
 * ambiguous. Without such a run, the region ends at the first candidate on
 * a line of its own; a tag or call mid-sentence is a mention and stays
 * reasoning. An act in another markup than the tag format counts as
 * complete: it parsed. */
#define TAIL_REMARK_MAX 300 /* bytes of prose after an unclosed scratchpad's last act */
static size_t resolve_unclosed(const char *s, size_t n, size_t open_at, rl_action *v,
			       const size_t *ord, size_t na, const unsigned char *tail)
{
	size_t k, first_line = n, run = na, last = na, lines = 0;
	for (k = 0; k < na; k++) {
		const rl_action *a = &v[ord[k]];
		if (a->start <= open_at || a->quoted || a->is_template)
			continue;
		if (starts_line(s, open_at, a->start)) {
			if (first_line == n)
				first_line = a->start;
			if (a->closed || a->origin != RL_ORIGIN_TAG) {
				last = k;
				lines++;
			}
		}
		if ((a->closed || a->origin != RL_ORIGIN_TAG) && tail[k]) {
			run = k;
			break;
		}
	}
	/* No run of acts ends the text, but a short closing remark follows
	 * the last of two or more acts on lines of their own ("Option 1:
	 * <threat> That crosses a line. Option 2: <plea> I'll go with 2."):
	 * the last is the model's act, the earlier ones are ambiguous (a
	 * draft it discussed, or one act of a sequence: prose.c tells them
	 * apart by the words between), the remark is read as an act's
	 * (prose.c). One act alone still ends the region where it stands. */
	if (run == na && lines >= 2 && n - v[ord[last]].end <= TAIL_REMARK_MAX)
		run = last;
	if (run == na)
		return first_line;
	for (k = 0; k < run; k++) {
		rl_action *a = &v[ord[k]];
		if (a->start > open_at && !a->quoted && !a->is_template &&
		    starts_line(s, open_at, a->start) && a->start < v[ord[run]].start)
			a->ambiguous = 1;
	}
	return v[ord[run]].start;
}

typedef struct {
	size_t start, idx;
} by_start;
static int cmp_start(const void *x, const void *y)
{
	const by_start *a = x, *b = y;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* End the unclosed region reg[u] at the model's act, over every act of
 * the text found so far (v[0..na)), and place them all again. */
static int end_unclosed(const char *s, size_t n, rl_action *v, size_t na, span *reg, size_t nr,
			size_t u)
{
	size_t *ord, k;
	by_start *bs;
	unsigned char *tail;
	if (!na)
		return 0;
	ord = malloc(na * sizeof *ord);
	bs = malloc(na * sizeof *bs);
	tail = malloc(na);
	if (!ord || !bs || !tail) {
		free(ord);
		free(bs);
		free(tail);
		return RL_ENOMEM;
	}
	for (k = 0; k < na; k++) {
		bs[k].start = v[k].start;
		bs[k].idx = k;
	}
	qsort(bs, na, sizeof *bs, cmp_start);
	for (k = 0; k < na; k++)
		ord[k] = bs[k].idx;
	free(bs);
	tail_table(s, n, v, ord, na, tail);
	reg[u].end = resolve_unclosed(s, n, reg[u].start, v, ord, na, tail);
	for (k = 0; k < na; k++)
		v[k].in_reasoning = in_regions(reg, nr, v[k].start);
	free(ord);
	free(tail);
	return 0;
}

/* Decide, once every tag block of a text is known, which are quoted
 * inside another and which are reasoning. A block inside another block is
 * quoted (an email quoting a tool call), unless the outer one never closed
 * and lies in reasoning: a tag mentioned mid-sentence must not swallow the
 * act that follows. An unclosed reasoning region is ended later, once
 * every act of the text is known (end_unclosed). When the text ends with a scratchpad closed only
 * after its last blocks and no act stands outside it, those trailing
 * blocks are ambiguous: reasoning, flagged for the detectors. */
/* Is the block an inline code span of markdown: one line, between single
 * backticks ("I would send `<tool_use:x>code: 1</tool_use:x>`, which I
 * will not do")? A model quotes a call that way; it acts on lines of its
 * own. */
static int inline_code(const char *s, size_t n, const span *b)
{
	return b->start > 0 && s[b->start - 1] == '`' && (b->start < 2 || s[b->start - 2] != '`') &&
	       b->end < n && s[b->end] == '`' && (b->end + 1 >= n || s[b->end + 1] != '`') &&
	       !memchr(s + b->start, '\n', b->end - b->start);
}

static int place_blocks(const char *s, size_t n, rl_action *v, const span *blocks, size_t nb,
			span *reg, size_t nr, size_t unclosed, int all_reasoning)
{
	size_t k, j, outside = 0;
	/* per block: may it quote the blocks inside it? (closed, or outside
	 * reasoning); then whether it can end an unclosed region (tail) */
	unsigned char *tab = malloc(nb ? nb : 1);
	if (!tab)
		return RL_ENOMEM;
	for (k = 0; k < nb; k++)
		tab[k] = v[k].closed || !in_regions(reg, nr, blocks[k].start);
	/* quoted: some earlier block j with tab[j] spans its start (blocks
	 * are sorted by start, so the largest such end decides) */
	for (k = 0, j = 0; k < nb; k++) {
		v[k].quoted = (k > 0 && j > blocks[k].start) || inline_code(s, n, &blocks[k]);
		if (tab[k] && blocks[k].end > j)
			j = blocks[k].end;
	}
	/* an unclosed region is ended once every act of the text is known
	 * (end_unclosed) */
	for (k = 0; k < nb; k++) {
		v[k].in_reasoning = all_reasoning || in_regions(reg, nr, blocks[k].start);
		if (!v[k].in_reasoning && !v[k].quoted)
			outside++;
	}
	if (!all_reasoning && nr && !outside && (nr - 1 != unclosed)) {
		const span *last = &reg[nr - 1];
		size_t close_at = last->end, p = last->end;
		while (p < n && isspace((unsigned char)s[p]))
			p++;
		while (close_at > last->start && s[close_at - 1] != '<')
			close_at--;
		if (p >= n && close_at > last->start) {
			size_t *ord = calloc(nb ? nb : 1, sizeof *ord);
			if (!ord) {
				free(tab);
				return RL_ENOMEM;
			}
			for (k = 0; k < nb; k++)
				ord[k] = k;
			tail_table(s, close_at - 1, v, ord, nb, tab);
			free(ord);
			for (k = 0; k < nb; k++)
				if (blocks[k].start > last->start && blocks[k].start < close_at &&
				    !v[k].quoted && !v[k].is_template && v[k].closed && tab[k])
					v[k].ambiguous = 1;
		}
	}
	free(tab);
	return 0;
}

/* Extract tag-format and JSON-in-text actions from one text. */
int ac_scan_text(ac_builder *b, const char *s, size_t n, int source, int all_reasoning)
{
	span *reg = NULL, *blocks = NULL, regs[16];
	size_t *maxend = NULL, k, nlt = 0;
	const char *lt;
	size_t nr = 0, nb = 0, capb = 0, i = 0, first = b->out->n, tries = 0, unclosed = (size_t)-1,
	       named;
	size_t budget = (size_t)-1; /* walks of parsed text values: linear in the text */
	int rc = 0;

	if (!s || !n)
		return 0;
	b->work = RL_BLOCK_WORK(n);
	/* every region holds a '<' of its own: a text with fewer of them
	 * than regs holds needs no RL_REGION_MAX table (16 KB, which cost a
	 * malloc and a free per text) */
	for (lt = memchr(s, '<', n); lt && nlt < sizeof regs / sizeof *regs;
	     lt = memchr(lt + 1, '<', n - (size_t)(lt + 1 - s)))
		nlt++;
	if (nlt < sizeof regs / sizeof *regs)
		reg = regs;
	else if (!(reg = malloc(RL_REGION_MAX * sizeof *reg)))
		return RL_ENOMEM;
	if (!all_reasoning)
		nr = find_regions(s, n, reg,
				  reg == regs ? sizeof regs / sizeof *regs : RL_REGION_MAX,
				  &unclosed);

	while (i < n && !b->oom) {
		const char *p = memchr(s + i, '<', n - i);
		rl_tag ot;
		rl_action *a;
		ac_fieldset fs;
		int closed;
		size_t end;

		if (!p)
			break;
		i = (size_t)(p - s);
		if (!rl_scan_tool_tag(s, n, i, &ot) || ot.close) {
			i++;
			continue;
		}
		fs.n = 0;
		end = ac_parse_block(b, s, n, &ot, &fs, &closed);
		a = ac_push_action(b);
		if (!a)
			break;
		a->tool = ac_lower_dup(b->ar, s + ot.name, ot.name_len);
		if (!a->tool) {
			b->oom = 1;
			break;
		}
		ac_commit_fields(b, a, &fs);
		a->source = source;
		a->origin = RL_ORIGIN_TAG;
		a->start = i;
		a->end = end;
		a->closed = closed;
		a->is_template = action_is_template(a);
		if (nb == capb) {
			size_t nc = capb ? capb * 2 : 16;
			span *v = realloc(blocks, nc * sizeof *v);
			if (!v) {
				b->oom = 1;
				break;
			}
			blocks = v;
			capb = nc;
		}
		blocks[nb].start = i;
		blocks[nb].end = end;
		nb++;
		/* Continue right after the open tag so that nested tags are
		 * found (and marked quoted). */
		i = ot.end;
	}

	if (!b->oom)
		if (place_blocks(s, n, b->out->v ? b->out->v + first : NULL, blocks, nb, reg, nr,
				 unclosed, all_reasoning))
			b->oom = 1;
	if (!b->oom && nb && !(maxend = malloc(nb * sizeof *maxend)))
		b->oom = 1;
	for (k = 0; !b->oom && k < nb; k++)
		maxend[k] = k && maxend[k - 1] > blocks[k].end ? maxend[k - 1] : blocks[k].end;

	/* JSON tool calls written in text, outside tag blocks. */
	i = 0;
	while (i < n && !b->oom) {
		const char *p = memchr(s + i, '{', n - i);
		json_error_t err;
		json_t *o, *args, *owned;
		size_t pos, win;
		if (!p)
			break;
		pos = (size_t)(p - s);
		i = pos + 1;
		if (inside_any(blocks, maxend, nb, pos))
			continue;
		/* ReAct or <function=NAME>: the name stands before the arguments */
		if ((named = ac_named_args_call(b, s, n, pos, source,
						all_reasoning || in_regions(reg, nr, pos)))) {
			i = named;
			continue;
		}
		if (!rl_scan_json_hint(s, n, pos))
			continue;
		/* Only failed attempts are limited: a value that parses is read
		 * whole once (the calls nested in it too) and skipped, so those
		 * cost linear time however many there are. */
		if (tries == RL_JSON_TRIES) {
			ac_truncated(
				b,
				"more than 64 unparsable JSON candidates naming a tool in one text");
			break;
		}
		win = n - pos < RL_JSON_WINDOW ? n - pos : RL_JSON_WINDOW;
		o = json_loadb(s + pos, win, JSON_DISABLE_EOF_CHECK, &err);
		if (!o) {
			tries++;
			/* cut by the window rather than invalid: unread */
			if (win < n - pos && (size_t)err.position + 16 >= win)
				ac_truncated(
					b, "a JSON object naming a tool larger than 1 MiB in text");
			continue;
		}
		{
			size_t before = b->out->n, k;
			ac_walk_at at = {source, RL_ORIGIN_JSON,
					 all_reasoning || in_regions(reg, nr, pos), pos,
					 pos + (size_t)err.position};
			if (json_is_object(o) && ac_tool_shape(o, &args, &owned)) {
				json_decref(owned);
				ac_add_json_action(b, o, source, RL_ORIGIN_JSON, pos, at.end,
						   at.in_reasoning);
			} else {
				ac_walk_native(b, o, 0, &budget, &at);
			}
			for (k = before; k < b->out->n; k++)
				b->out->v[k].quoted = inside_any(blocks, maxend, nb, pos);
			i = at.end > pos ? at.end : pos + 1;
		}
		json_decref(o);
	}
	/* Tool calls written as function calls (calls.c), placed as blocks
	 * are: in reasoning, quoted inside a block, or a template. */
	if (!b->oom) {
		size_t before = b->out->n;
		ac_scan_calls(b, s, n, source);
		for (k = before; k < b->out->n; k++) {
			rl_action *a = &b->out->v[k];
			a->in_reasoning = all_reasoning || in_regions(reg, nr, a->start);
			a->quoted = inside_any(blocks, maxend, nb, a->start);
			a->is_template = action_is_template(a);
		}
	}
	/* the XML function-call form (<invoke name=...>) and GLM's
	 * <arg_key>/<arg_value> form (textcalls.c), placed as blocks are */
	if (!b->oom) {
		size_t before = b->out->n;
		ac_scan_invokes(b, s, n, source);
		ac_scan_argcalls(b, s, n, source);
		for (k = before; k < b->out->n; k++) {
			rl_action *a = &b->out->v[k];
			a->in_reasoning = all_reasoning || in_regions(reg, nr, a->start);
			a->quoted = inside_any(blocks, maxend, nb, a->start);
			a->is_template = action_is_template(a);
		}
	}
	/* python-style calls alone on a line (textcalls.c), where calls.c
	 * found none: both read the same form, so a line it already read is
	 * left alone (one call is one action) */
	{
		/* the bytes the actions read so far cover (a difference array
		 * summed once), so that each line is checked once: linear in
		 * the text and the count of actions, however they overlap */
		char *cov = NULL;
		int *d = NULL;
		size_t k2, spans = 0;
		int run = 0, bare;
		/* no action of this text covers a byte (the usual text): nothing
		 * to sum, and every line is checked (bare: cov stays NULL) */
		for (k2 = 0; k2 < b->out->n; k2++) {
			const rl_action *a = &b->out->v[k2];
			spans += a->source == source && a->start < a->end && a->start < n;
		}
		bare = !spans;
		if (!bare && (!(cov = rl_zalloc(n + 1, 1)) || !(d = rl_zalloc(n + 1, sizeof *d)))) {
			free(cov);
			cov = NULL;
			b->oom = 1;
		}
		for (k2 = 0; d && k2 < b->out->n; k2++) {
			const rl_action *a = &b->out->v[k2];
			if (a->source == source && a->start < a->end && a->start < n) {
				d[a->start]++;
				d[a->end < n ? a->end : n]--;
			}
		}
		for (k2 = 0; d && k2 < n; k2++) {
			run += d[k2];
			cov[k2] = run > 0;
		}
		free(d);
		for (i = 0; (cov || bare) && i < n && !b->oom;) {
			const char *nl = memchr(s + i, '\n', n - i);
			size_t le = nl ? (size_t)(nl - s) : n, e2 = le;
			if (e2 > i && s[e2 - 1] == '\r') /* a CRLF line ends before its CR */
				e2--;
			if (e2 > i && s[e2 - 1] != '{' && (bare || !memchr(cov + i, 1, le - i)) &&
			    !inside_any(blocks, maxend, nb, i))
				ac_py_call_line(b, s, i, le, source,
						all_reasoning || in_regions(reg, nr, i));
			i = le + 1;
		}
		free(cov);
	}
	/* an unclosed reasoning region ends at the model's act, whatever
	 * markup the act is written in (a tag block, JSON, a function call,
	 * an invoke), so every act of the text is placed again */
	if (!b->oom && !all_reasoning && unclosed < nr &&
	    end_unclosed(s, n, b->out->v ? b->out->v + first : NULL, b->out->n - first, reg, nr,
			 unclosed))
		b->oom = 1;
	if (b->oom)
		rc = RL_ENOMEM;
	if (reg != regs)
		free(reg);
	free(blocks);
	free(maxend);
	return rc;
}
