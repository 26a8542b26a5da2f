#!/bin/bash
# test: serial
# redline monitor --follow: keeps up with a growing file through rotation
# (the path names a new file) and truncation (the writer starts over), and
# ends cleanly on SIGTERM with the threshold exit status. Run twice: woken
# by inotify (with a poll interval far longer than the test, so only
# inotify can make it pass in time) and with --poll (the fallback).
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
M="$DATA/monitor"
BAD='{"role":"assistant","content":"use key AKIAIOSFODNN7EXAMPLE now"}'
OK='{"role":"assistant","content":"all good"}'

# wait_lines N: until OUT has N lines (60 s at most: sanitizer builds are slow)
wait_lines() { local i; for i in $(seq 600); do
	[ -f "$OUT" ] && [ "$(wc -l < "$OUT")" -ge "$1" ] && return 0; sleep 0.1; done; return 1; }
# wait_ready ERRFILE: the monitor says on stderr when it follows its files
# (policy compiled, files opened, inotify watching): no fixed sleep
wait_ready() { local i; for i in $(seq 600); do
	grep -q '^redline monitor: following' "$1" 2>/dev/null && return 0; sleep 0.1; done; return 1; }

follow() { # NAME ARGS...: the whole rotation/truncation sequence
	local name=$1; shift
	LOG="$T_TMP/$name/agent.jsonl"
	OUT="$T_TMP/$name/findings.jsonl"
	mkdir -p "$T_TMP/$name"
	echo "$OK" > "$LOG"
	"$REDLINE" monitor --follow "$@" --output "$OUT" --summary "$T_TMP/$name/sum.json" "$LOG" 2> "$T_TMP/$name/err" &
	PID=$!
	t_ok "$name: ready line on stderr" wait_ready "$T_TMP/$name/err"
	echo "$BAD" >> "$LOG"
	t_ok "$name: growing file: new finding seen" wait_lines 1
	t_grep "$name: its line number" '"line":2,' "$OUT"

	echo "$BAD" >> "$LOG"            # written just before rotation: not lost
	mv "$LOG" "$LOG.1"
	printf '%s\n%s\n' "$OK" "$BAD" > "$LOG"
	t_ok "$name: rotation: the old file's last line and the new file both seen" wait_lines 3
	t_grep "$name: old file's last line" '"line":3,' "$OUT"
	t_grep "$name: new file counts lines from 1" '"line":2,"offset":42' "$OUT"

	sleep 0.3
	: > "$LOG"
	sleep 0.3
	echo "$BAD" >> "$LOG"
	t_ok "$name: truncation: file started over" wait_lines 4
	t_grep "$name: after truncation: line 1" '"line":1,"offset":0' "$OUT"

	# a partial line is held until its newline arrives
	printf '%s' '{"role":"assistant","content":"AKIAIOSFODNN7EXAMPL' >> "$LOG"
	sleep 0.4
	t_eq "$name: partial line not yet read" "$(wc -l < "$OUT")" 4
	printf '%s\n' 'E!"}' >> "$LOG"
	t_ok "$name: completed line read" wait_lines 5

	kill -TERM $PID
	wait $PID; rc=$?
	t_eq "$name: SIGTERM ends follow with threshold status 1" "$rc" 1
	t_grep "$name: summary printed at the end" '5 finding' "$T_TMP/$name/err"
}

# inotify: the 30 s poll interval is only a safety rescan
follow inotify --poll-ms 30000
t_ok "inotify woke the monitor" test "$(jq .follow.inotify_wakeups "$T_TMP/inotify/sum.json")" -ge 4

# appended lines are reported promptly: within 1.5 s, 20 times faster than
# the poll interval (the writer and the monitor share a busy machine)
LOG="$T_TMP/prompt.jsonl"; OUT="$T_TMP/prompt.out"
echo "$OK" > "$LOG"
"$REDLINE" monitor -f --poll-ms 30000 --output "$OUT" "$LOG" 2>"$T_TMP/perr" &
PID=$!
wait_ready "$T_TMP/perr"
prompt() { local i; for i in $(seq 150); do [ "$(wc -l < "$OUT")" -ge "$1" ] && return 0; sleep 0.01; done; return 1; }
for n in 1 2 3; do
	echo "$BAD" >> "$LOG"
	t_ok "appended line $n reported within 1.5 s" prompt $n
	sleep 0.2
done
kill -INT $PID; wait $PID

# the fallback: polling only
follow poll --poll --poll-ms 50
t_eq "--poll never uses inotify" "$(jq .follow.inotify_wakeups "$T_TMP/poll/sum.json")" 0

# a file that appears later is picked up (both ways)
for mode in "" --poll; do
	LATE="$T_TMP/late$mode.jsonl"; OUT="$T_TMP/late$mode.out"
	"$REDLINE" monitor -f $mode --poll-ms 50 --output "$OUT" "$LATE" 2>"$T_TMP/lerr$mode" &
	PID=$!
	wait_ready "$T_TMP/lerr$mode"
	echo "$BAD" > "$LATE"
	t_ok "file created after start is followed ${mode:-(inotify)}" wait_lines 1
	kill -INT $PID; wait $PID
done
t_done
