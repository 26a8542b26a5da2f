/* read.c: read logs in large blocks (plain files through a read-only
 * mapping or read(2), gzip through zlib, standard input), split lines and
 * hand each complete one to the line decision (line.c); blocks of lines
 * with no candidate are counted without a per-line call. Memory is one
 * block plus the longest line. */
#include "monitor/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- reading ---------------------------------------------------------------- */

int mon_src_open(mon_src *S, const char *path, rl_err *e)
{
	struct stat st = {0};
	unsigned char magic[2];
	ssize_t k;

	S->path = path;
	S->gz = NULL;
	S->pos = 0;
	S->eof = 0;
	if (!strcmp(path, "-")) {
		S->fd = dup(0);
		S->path = "-";
	} else {
		S->fd = open(path, O_RDONLY | O_CLOEXEC);
	}
	if (S->fd < 0)
		return rl_err_set(e, RL_EIO, "%s: cannot open: %s", path, strerror(errno));
	if (fstat(S->fd, &st) == 0) {
		S->dev = st.st_dev;
		S->ino = st.st_ino;
	}
	if (S_ISDIR(st.st_mode)) { /* an input error (exit 2), not a read error */
		close(S->fd);
		S->fd = -1;
		return rl_err_set(e, RL_EINVAL, "%s: is a directory (expected a log file)", path);
	}
	/* gzip by content, not by name. Peeking needs a seekable file; for a
	 * pipe, zlib's transparent mode reads both plain and gzip. */
	if (S_ISREG(st.st_mode)) {
		k = pread(S->fd, magic, 2, 0);
		if (k == 2 && magic[0] == 0x1f && magic[1] == 0x8b) {
			S->gz = gzdopen(S->fd, "rb");
			if (!S->gz) {
				close(S->fd);
				return rl_err_set(e, RL_ENOMEM, "%s: cannot start gzip", path);
			}
			gzbuffer(S->gz, 256 * 1024);
		}
	} else {
		S->gz = gzdopen(S->fd, "rb");
		if (!S->gz) {
			close(S->fd);
			return rl_err_set(e, RL_ENOMEM, "%s: cannot start gzip", path);
		}
		gzbuffer(S->gz, 256 * 1024);
	}
	return 0;
}

/* Follow, after rotation: the open file now has another name (app.log.1),
 * and what is read from it from now on is reported under that name, the
 * file an operator can open. Linux knows it (/proc/self/fd); kept relative
 * to the followed path's directory when it stayed there. */
void mon_src_rotated(mon_src *S)
{
	char link[64], buf[4096], *dir, *slash;
	ssize_t k;
	size_t dl;

	if (S->rname || S->fd < 0)
		return;
	snprintf(link, sizeof link, "/proc/self/fd/%d", S->fd);
	k = readlink(link, buf, sizeof buf - 1);
	if (k <= 0 || buf[0] != '/') {
		if (asprintf(&S->rname, "%s (rotated)", S->path) < 0)
			S->rname = NULL;
	} else {
		buf[k] = '\0';
		slash = strrchr(S->path, '/');
		if (slash) {
			char *d = strndup(S->path, (size_t)(slash - S->path) + (slash == S->path));
			dir = d ? realpath(d, NULL) : NULL;
			free(d);
		} else {
			dir = realpath(".", NULL);
		}
		dl = dir ? strlen(dir) : 0;
		if (dir && !strncmp(buf, dir, dl) && buf[dl] == '/' && !strchr(buf + dl + 1, '/')) {
			if (asprintf(&S->rname, "%.*s%s", slash ? (int)(slash - S->path + 1) : 0,
				     S->path, buf + dl + 1) < 0)
				S->rname = NULL;
		} else {
			S->rname = strdup(buf);
		}
		free(dir);
	}
	if (S->rname)
		S->path = S->rname;
}

void mon_src_close(mon_src *S)
{
	if (S->gz)
		gzclose(S->gz); /* closes fd too */
	else if (S->fd >= 0)
		close(S->fd);
	S->gz = NULL;
	S->fd = -1;
	free(S->rname);
	S->rname = NULL;
}

/* Read up to `want` bytes into S->buf after the pending ones. */
static ssize_t src_read(mon_src *S, size_t want, rl_err *e)
{
	ssize_t k;
	if (S->cap - S->len < want) {
		size_t nc = S->len + want;
		char *nb = realloc(S->buf, nc + 1);
		if (!nb)
			return rl_err_set(e, RL_ENOMEM, "out of memory");
		S->buf = nb;
		S->cap = nc;
	}
	if (S->gz) {
		int r = gzread(S->gz, S->buf + S->len,
			       (unsigned)(want > (1u << 30) ? 1u << 30 : want));
		if (r < 0) {
			int zerr;
			const char *msg = gzerror(S->gz, &zerr);
			/* corrupt data is bad input (exit 2); a failed read is not */
			return rl_err_set(e, zerr == Z_ERRNO ? RL_EIO : RL_EINVAL, "%s: gzip: %s",
					  S->path, msg);
		}
		k = r;
	} else {
		do
			k = read(S->fd, S->buf + S->len, want);
		while (k < 0 && errno == EINTR);
		if (k < 0)
			return rl_err_set(e, RL_EIO, "%s: read: %s", S->path, strerror(errno));
	}
	S->len += (size_t)k;
	return k;
}

/* Lines [i, j) (`lines` of them) all qualify for the raw path: scan them
 * as one span; without a hit account for them and return j, else return i
 * and set *slow_until to j: the caller takes [i, j) line by line and only
 * then tries a block again (trying at every line would rescan the rest of
 * the block once per line, quadratic in a log an attacker can shape). */
static size_t raw_block_done(rl_monitor *m, mon_src *S, const char *base, size_t i, size_t j,
			     size_t lines, size_t *slow_until)
{
	if (mon_prefilter_span(m->pf, base + i, j - i)) {
		*slow_until = j;
		return i;
	}
	S->line += lines;
	m->st.lines += lines;
	m->st.bytes += j - i;
	S->pos += j - i;
	return j;
}

/* The raw fast path over a block of whole lines from `i` (up to BLOCK_RAW
 * bytes): when every line qualifies (mon_prefilter_line_raw_ok) and one
 * vectorscan call over the block finds nothing, no line of it can be a
 * candidate: count them and return the block's end. Otherwise return `i`
 * and the caller takes the lines one by one as before. One call per block
 * instead of one per line: a fifth of the scanning time went to per-call
 * set-up. */
#define BLOCK_RAW ((size_t)64 << 10)
static size_t raw_block(rl_monitor *m, mon_src *S, const char *base, size_t size, size_t i,
			size_t *slow_until)
{
	size_t j = i, lines = 0, lim = size - i > BLOCK_RAW ? i + BLOCK_RAW : size;
	while (j < lim) {
		const char *nl = memchr(base + j, '\n', size - j);
		size_t end = nl ? (size_t)(nl - base) : size;
		if (end > lim && lines)
			break; /* the block ends before this line */
		if (end - j > m->o.max_line || !mon_prefilter_line_raw_ok(m->pf, base + j, end - j))
			return lines ? raw_block_done(m, S, base, i, j, lines, slow_until) : i;
		lines++;
		j = end + (nl ? 1 : 0);
		if (!nl)
			break;
	}
	return raw_block_done(m, S, base, i, j, lines, slow_until);
}

/* Decoded blocks (prefilter.c, "decoded blocks"): whole lines from `i`,
 * up to BLOCK_DEC bytes, decoded into one text and scanned by one call;
 * the lines before the first match are counted without a per-line call,
 * the line holding it goes the per-line way, and the scan goes on after
 * it. Returns where the block ended (`i` when its first line must be
 * taken alone), or <0 (a line's error) with *rc set. After a block in
 * which most lines matched (logs of tool calls, where every line holds an
 * action hint) the next blocks are skipped for a while (*slow_until), so
 * such logs pay little for the decoding done twice. */
#define BLOCK_DEC ((size_t)64 << 10)
#define BLOCK_LINES 1024
static size_t dec_block(rl_monitor *m, mon_src *S, size_t size, size_t i, size_t *slow_until,
			int *rc)
{
	size_t ends[BLOCK_LINES], vend[BLOCK_LINES]; /* per line: raw end (newline), view end */
	size_t j = i, k = 0, lines = 0, from = 0, hits = 0,
	       lim = size - i > BLOCK_DEC ? i + BLOCK_DEC : size;
	int resp = m->fast && m->uses_context;
	rl_buf *blk = &m->blk;
	*rc = 0;
	rl_buf_reset(blk);
	while (j < lim && lines < BLOCK_LINES) {
		const char *nl = memchr(S->buf + j, '\n', size - j);
		if (!nl)
			break;
		if ((size_t)(nl - S->buf) - j > m->o.max_line ||
		    !mon_prefilter_block_add(m->pf, S->buf + j, (size_t)(nl - S->buf) - j, resp,
					     blk))
			break;
		ends[lines] = (size_t)(nl - S->buf);
		vend[lines++] = blk->len;
		j = (size_t)(nl - S->buf) + 1;
	}
	while (k < lines) {
		size_t at, first = k, q;
		if (mon_prefilter_block_scan(m->pf, blk->s + from, vend[lines - 1] - from, &at)) {
			at += from;
			while (k < lines && vend[k] <= at)
				k++; /* the line whose view (or newline) holds it */
			if (k == lines)
				k = lines - 1;
		} else {
			k = lines;
		}
		for (q = first; q < k; q++) { /* no match in these */
			size_t len = ends[q] + 1 - (q ? ends[q - 1] + 1 : i);
			S->line++;
			m->st.lines++;
			m->st.bytes += len;
			S->pos += len;
		}
		if (k == lines)
			break;
		/* the line with the match: the per-line path decides */
		{
			size_t a = k ? ends[k - 1] + 1 : i, len = ends[k] - a;
			S->line++;
			if ((*rc = mon_do_line(m, S, S->buf + a, len, S->line, S->pos)))
				return a;
			m->st.bytes += len + 1;
			S->pos += len + 1;
			hits++;
		}
		from = vend[k++];
	}
	if (lines && hits * 2 > lines)
		*slow_until = j + 8 * (j - i);
	return lines ? ends[lines - 1] + 1 : i;
}

/* Process every complete line in the pending buffer; keep the rest. With
 * `final`, an unterminated last line is processed too. */
int mon_drain(rl_monitor *m, mon_src *S, int final)
{
	size_t i = 0, slow_until = 0, whole = S->len;
	int raw = !m->o.full_parse && mon_prefilter_raw(m->pf);
	int dec = !raw && !m->o.full_parse && mon_prefilter_blocks(m->pf);
	int rc;
	if ((raw || dec) && !final) { /* the block paths take whole lines only */
		const char *last = memrchr(S->buf, '\n', S->len);
		whole = last ? (size_t)(last - S->buf) + 1 : 0;
	}
	while (i < S->len) {
		char *nl;
		size_t end;
		if (raw && !S->skipping && i >= slow_until && i < whole &&
		    (end = raw_block(m, S, S->buf, whole, i, &slow_until)) > i) {
			i = end; /* a block of lines without a candidate */
			continue;
		}
		if (dec && !S->skipping && i >= slow_until && i < whole) {
			end = dec_block(m, S, whole, i, &slow_until, &rc);
			if (rc)
				return rc;
			if (end > i) {
				i = end;
				continue;
			}
		}
		nl = memchr(S->buf + i, '\n', S->len - i);
		if (!nl && !final)
			break;
		end = nl ? (size_t)(nl - S->buf) : S->len;
		S->line++;
		if (S->skipping) {
			S->skipping = 0; /* the end of an over-long line: one line */
			m->st.lines++;
		} else if ((rc = mon_do_line(m, S, S->buf + i, end - i, S->line, S->pos))) {
			return rc;
		}
		m->st.bytes += end - i + (nl ? 1 : 0);
		S->pos += end - i + (nl ? 1 : 0);
		i = end + (nl ? 1 : 0);
	}
	if (i) {
		memmove(S->buf, S->buf + i, S->len - i);
		S->len -= i;
	}
	if (final && S->skipping) { /* an over-long last line without a newline */
		S->skipping = 0;
		S->line++;
		m->st.lines++;
	}
	/* An over-long line: report it (once), then drop bytes until its
	 * newline. */
	if (S->len >= m->o.max_line) {
		if (!S->skipping) {
			m->st.too_long++;
			mon_malformed(m, S, S->line + 1, "line longer than the limit");
		}
		S->pos += S->len;
		m->st.bytes += S->len;
		S->len = 0;
		S->skipping = 1;
	}
	return 0;
}

/* Read what is available now; returns bytes read (0 at EOF) or <0. */
long long mon_pump(rl_monitor *m, mon_src *S, rl_err *e)
{
	long long total = 0;
	for (;;) {
		ssize_t k = src_read(S, m->o.block, e);
		int rc;
		if (k < 0)
			return k;
		if (k == 0)
			return total;
		total += k;
		if ((rc = mon_drain(m, S, 0)))
			return rl_err_set(e, rc, "writing findings: %s", strerror(errno));
		if (m->o.stop && *m->o.stop)
			return total;
	}
}

int rl_monitor_scan(rl_monitor *m, const char *path, rl_err *e)
{
	char *one[1];
	mon_src S;
	long long r;
	int rc;

	if (m->o.follow && strcmp(path, "-")) {
		one[0] = (char *)path;
		return rl_monitor_follow(m, one, 1, e);
	}
	memset(&S, 0, sizeof S);
	S.fd = -1;
	if ((rc = mon_src_open(&S, path, e)))
		return rc;
	m->st.files++;
	/* Every file is read(2) into one reused buffer, a regular file too: on
	 * this kind of machine (a virtual one with nested paging) a read-only
	 * mapping cost a third more CPU than the copy, in first touches of
	 * each page, even with the page tables filled ahead; the copy's buffer
	 * stays hot in cache for the line scans that follow (docs/monitor.md).
	 * Measured again with the default policy over 1 GB: 1.79-2.40 CPU s
	 * mapped, 1.21-1.34 read (docs/benchmarks.md, s19-mmap); no mapping, so
	 * no SIGBUS when a file shrinks under the scan: read(2) just ends. */
	if (!S.gz && S.fd >= 0)
		(void)posix_fadvise(S.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
	r = mon_pump(m, &S, e);
	if (r >= 0 && S.gz) {
		/* zlib ends a cut stream like a whole one: ask it */
		int zerr;
		gzerror(S.gz, &zerr);
		if (zerr == Z_BUF_ERROR)
			r = rl_err_set(e, RL_EINVAL,
				       "%s: gzip: unexpected end of file (the file is truncated); "
				       "%llu lines read before it",
				       path, (unsigned long long)S.line);
	}
	if (r >= 0 && (rc = mon_drain(m, &S, 1)))
		r = rl_err_set(e, rc, "writing findings: %s", strerror(errno));
	mon_src_close(&S);
	free(S.buf);
	fflush(m->o.out);
	return r < 0 ? (int)r : 0;
}
