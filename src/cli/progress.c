/* progress.c: the progress display `classify` and `export` share with the
 * look of `run`'s: on a terminal one line redrawn in place (bar, count,
 * rate, ETA); otherwise a plain line every 5 seconds, so logs of long jobs
 * show they move and short jobs stay quiet. Always on standard error. */
#include "cli/cli.h"

#include <string.h>
#include <unistd.h>

#include "base/util.h"

int rl_cli_progress_mode(const char *s)
{
	if (!s)
		return isatty(STDERR_FILENO) ? 2 : 1;
	if (!strcmp(s, "bar"))
		return 2;
	if (!strcmp(s, "plain"))
		return 1;
	if (!strcmp(s, "none"))
		return 0;
	return -1;
}

void rl_cli_fmt_duration(char *out, size_t n, double s)
{
	if (s < 0 || s > 1e8)
		snprintf(out, n, "--");
	else if (s < 60)
		snprintf(out, n, "%.0fs", s);
	else if (s < 3600)
		snprintf(out, n, "%dm%02ds", (int)s / 60, (int)s % 60);
	else
		snprintf(out, n, "%dh%02dm", (int)s / 3600, ((int)s % 3600) / 60);
}

void rl_cli_progress_init(rl_cli_progress *p, const char *label, int64_t total, int mode)
{
	memset(p, 0, sizeof *p);
	p->label = label;
	p->total = total;
	p->mode = mode;
	p->t0 = p->last = rl_mono_ms();
}

void rl_cli_progress_update(rl_cli_progress *p, int64_t done, const char *extra, int final)
{
	int64_t now = rl_mono_ms();
	double secs = (double)(now - p->t0) / 1000.0;
	double rate = secs > 0 ? (double)done / secs : 0;
	double eta = rate > 0 && p->total >= done ? (double)(p->total - done) / rate : -1;
	char e[32];

	if (!p->mode)
		return;
	rl_cli_fmt_duration(e, sizeof e, eta);
	if (p->mode == 2) {
		char bar[31];
		int w = p->total > 0 ? (int)(30 * (done < p->total ? done : p->total) / p->total)
				     : 30;
		int i;
		if (!final && now - p->last < 200 && p->drew)
			return;
		for (i = 0; i < 30; i++)
			bar[i] = i < w ? '#' : '.';
		bar[30] = '\0';
		fprintf(stderr, "\r%s [%s] %lld/%lld %.1f/s ETA %s%s%s  ", p->label, bar,
			(long long)done, (long long)p->total, rate, e, extra ? " " : "",
			extra ? extra : "");
		if (final)
			fputc('\n', stderr);
		p->drew = 1;
		p->last = now;
	} else if ((final && p->printed) || now - p->last >= 5000) {
		fprintf(stderr, "%s: progress: %lld/%lld done, %.1f/s, ETA %s%s%s\n", p->label,
			(long long)done, (long long)p->total, rate, final ? "0s" : e,
			extra ? ", " : "", extra ? extra : "");
		p->last = now;
		p->printed = 1;
	}
	fflush(stderr);
}
