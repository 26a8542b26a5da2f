/* follow.c: follow growing files through rotation (the path names a new
 * inode) and truncation (the file shrank), switching policy when asked.
 * Follow mode wakes on inotify events of the files' directories (Linux),
 * and rescans every poll interval anyway, which is also the fallback where
 * inotify is unavailable: polling works on every file system and for
 * files that do not exist yet. */
#include "monitor/internal.h"

#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void sleep_ms(int ms)
{
	struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
	nanosleep(&ts, NULL); /* a signal cuts it short, which is what we want */
}

/* What wakes follow mode: one inotify instance watching the directory of
 * every followed path. A directory watch reports appends and truncation
 * (IN_MODIFY) of the files inside it, their creation and rotation by
 * rename, even for files that do not exist yet. fd < 0: polling only
 * (inotify unavailable, out of watches, or a directory missing). */
typedef struct waker {
	int fd;
	char **names; /* basenames of the followed paths (borrowed) */
	int n;
} waker;

static void waker_open(waker *w, char **paths, int n, int disabled)
{
	int i;
	w->fd = -1;
	w->names = paths;
	w->n = n;
	if (disabled || (w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) < 0)
		return;
	for (i = 0; i < n; i++) {
		const char *slash = strrchr(paths[i], '/');
		char dir[PATH_MAX];
		if (!slash)
			snprintf(dir, sizeof dir, ".");
		else if (slash == paths[i])
			snprintf(dir, sizeof dir, "/");
		else
			snprintf(dir, sizeof dir, "%.*s", (int)(slash - paths[i]), paths[i]);
		if (inotify_add_watch(w->fd, dir,
				      IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE |
					      IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE |
					      IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR) < 0) {
			close(w->fd); /* one unwatched path: poll them all */
			w->fd = -1;
			return;
		}
	}
}

/* 1 when an event names one of the followed files (or the directory
 * itself); events of other files in the directory, such as our own
 * findings file, do not wake us. */
static int waker_relevant(const waker *w)
{
	char buf[8192] __attribute__((aligned(__alignof__(struct inotify_event))));
	int hit = 0;
	for (;;) {
		ssize_t k = read(w->fd, buf, sizeof buf), off;
		if (k <= 0)
			return hit;
		for (off = 0; off < k;) {
			const struct inotify_event *ev = (const struct inotify_event *)(buf + off);
			int i;
			if (!ev->len || (ev->mask & IN_Q_OVERFLOW))
				hit = 1;
			for (i = 0; i < w->n && !hit; i++) {
				const char *b = strrchr(w->names[i], '/');
				if (!strcmp(ev->name, b ? b + 1 : w->names[i]))
					hit = 1;
			}
			off += (ssize_t)sizeof *ev + ev->len;
		}
	}
}

/* Wait until a followed file may have changed, at most `ms`. */
static void waker_wait(rl_monitor *m, const waker *w, int ms)
{
	int64_t end = rl_mono_ms() + ms;
	if (w->fd < 0) {
		sleep_ms(ms);
		m->st.wakeups_poll++;
		return;
	}
	for (;;) {
		struct pollfd p = {w->fd, POLLIN, 0};
		int64_t left = end - rl_mono_ms();
		int r = poll(&p, 1, left > 0 ? (int)left : 0);
		if (r > 0 && waker_relevant(w)) {
			m->st.wakeups_inotify++;
			return;
		}
		if (r == 0 || left <= 0) {
			m->st.wakeups_poll++; /* the safety rescan */
			return;
		}
		if (r < 0 || (m->o.stop && *m->o.stop))
			return; /* a signal: the caller checks stop */
	}
}

/* Follow: check each file whenever woken; on rotation finish the old
 * file and start the new one from its beginning; on truncation start
 * again from 0. Files may appear later. */
int rl_monitor_follow(rl_monitor *m, char **paths, int n, rl_err *e)
{
	mon_src *S = calloc((size_t)n + 1, sizeof *S);
	int i, rc = 0;
	waker w;
	int64_t last_check = rl_mono_ms();
	const rl_policy *next = NULL;

	if (!S)
		return rl_err_set(e, RL_ENOMEM, "out of memory");
	for (i = 0; i < n; i++) {
		struct stat st;
		if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) { /* never a log */
			free(S);
			return rl_err_set(e, RL_EINVAL, "%s: is a directory (expected a log file)",
					  paths[i]);
		}
	}
	waker_open(&w, paths, n, m->o.no_inotify);
	for (i = 0; i < n; i++) {
		S[i].fd = -1;
		S[i].path = paths[i];
		if (mon_src_open(&S[i], paths[i], e) == 0) {
			m->st.files++;
		} else {
			S[i].fd = -1; /* not there yet: keep polling */
			S[i].path = paths[i];
		}
	}
	/* readiness: from here on every append is seen (scripts and tests
	 * wait for this line, not for a fixed time) */
	if (m->o.diag) {
		fprintf(m->o.diag, "redline monitor: following %d file%s (%s)\n", n,
			n == 1 ? "" : "s", w.fd >= 0 ? "inotify" : "polling");
		fflush(m->o.diag);
	}
	while (!(m->o.stop && *m->o.stop)) {
		long long got = 0;
		if (m->o.policy_update && rl_mono_ms() - last_check >= 1000) {
			last_check = rl_mono_ms();
			if (!next)
				next = m->o.policy_update(m->o.policy_arg);
		}
		/* judge verdicts still outstanding count by the rules they were
		 * found under: the switch waits for them */
		if (next && !(m->esc && mon_esc_pending(m->esc))) {
			rl_err pe;
			if (rl_monitor_set_policy(m, next, &pe) && m->o.diag)
				fprintf(m->o.diag, "redline: policy not switched: %s\n", pe.msg);
			next = NULL;
		}
		for (i = 0; i < n && !rc; i++) {
			struct stat st;
			long long r;
			if (S[i].fd < 0) {
				if (stat(paths[i], &st) == 0 &&
				    mon_src_open(&S[i], paths[i], e) == 0) {
					m->st.files++;
				} else {
					S[i].fd = -1;
					S[i].path = paths[i];
					continue;
				}
			}
			if (stat(paths[i], &st) != 0 || st.st_ino != S[i].ino ||
			    st.st_dev != S[i].dev)
				mon_src_rotated(&S[i]); /* name what is read by its new name */
			r = mon_pump(m, &S[i], e);
			if (r < 0) {
				rc = (int)r;
				break;
			}
			got += r;
			if (stat(paths[i], &st) != 0)
				continue; /* moved away, new one not there yet */
			if (st.st_ino != S[i].ino || st.st_dev != S[i].dev) {
				/* rotated: read the rest of the old file, then switch */
				mon_src_rotated(&S[i]);
				if ((r = mon_pump(m, &S[i], e)) < 0) {
					rc = (int)r;
					break;
				}
				if ((rc = mon_drain(m, &S[i], 1)))
					break;
				mon_src_close(&S[i]);
				S[i].path = paths[i];
				S[i].len = 0;
				S[i].line = 0;
				S[i].skipping = 0;
				if (mon_src_open(&S[i], paths[i], e) == 0)
					m->st.files++;
				else
					S[i].fd = -1;
				got++;
			} else if (!S[i].gz && (uint64_t)st.st_size < S[i].pos + S[i].len) {
				/* truncated: the writer started over */
				lseek(S[i].fd, 0, SEEK_SET);
				S[i].pos = 0;
				S[i].len = 0;
				S[i].line = 0;
				S[i].skipping = 0;
				got++;
			}
		}
		if (rc)
			break;
		if (m->esc && mon_esc_pending(m->esc)) {
			/* verdicts outstanding: short waits, drive the transfers */
			if ((rc = mon_esc_pump(m->esc, 10)))
				break;
			if (!got)
				waker_wait(m, &w, 10);
		} else if (!got) {
			fflush(m->o.out);
			/* a changed policy is looked for at least once a second */
			waker_wait(m, &w,
				   m->o.policy_update && m->o.poll_ms > 1000 ? 1000 : m->o.poll_ms);
		}
		fflush(m->o.out);
	}
	if (w.fd >= 0)
		close(w.fd);
	for (i = 0; i < n; i++) {
		if (S[i].fd >= 0 && !rc)
			rc = mon_drain(m, &S[i], 1);
		mon_src_close(&S[i]);
		free(S[i].buf);
	}
	free(S);
	fflush(m->o.out);
	return rc < 0 ? rc : rc ? rl_err_set(e, RL_EIO, "writing findings failed") : 0;
}
