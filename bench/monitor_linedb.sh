#!/bin/bash
# monitor_linedb.sh: what each rule of the monitor prefilter's line
# database (the expressions every byte of every log is scanned with:
# docs/monitor.md "What a new condition costs") costs in CPU time, on the
# bench log's decoded view. For each rule, the database without the
# expressions that rule added, timed alternately with the whole database
# (best of REPS each, CPU time: build/tools/rl_linedb). A rule whose
# patterns an earlier rule added already shows nothing; the last rule's
# line also holds the action hints. Vectorscan's time is not additive over
# expressions (nor does valgrind's instruction count rank databases by
# time), so read each line as "the database without this rule", not as a
# share.
#   bench/monitor_linedb.sh [POLICY.yaml]   (default: the built-in policy)
#   BENCH_MONITOR_MB=16, REPS=10, REDLINE=build/redline
set -u
cd "$(dirname "$0")/.."
RL=${REDLINE:-build/redline}
MB=${BENCH_MONITOR_MB:-16}
REPS=${REPS:-10}
T=build/tools/rl_linedb
for x in "$RL" "$T" build/tools/rl_genlog; do [ -x "$x" ] || { echo "monitor_linedb: $x missing (make; make $T)"; exit 2; }; done
W=$(mktemp -d "${TMPDIR:-/tmp}/rl-linedb-XXXXXX")
trap 'rm -rf "$W"' EXIT
build/tools/rl_genlog "$W/log.jsonl" "$MB" 2000 "$W/kw.txt" > /dev/null
echo '{}' > "$W/one.jsonl"
REDLINE_HS_DEBUG=2 "$RL" monitor -q ${1:+--policy "$1"} "$W/one.jsonl" 2> "$W/debug.txt" > /dev/null
# the line database's rules: those before the ids start again (the action
# and tool-output databases count from 0 again)
awk '/^monitor prefilter rule / { id = $NF; if (id + 0 < last + 0) exit; last = id; print $4, id }' \
	"$W/debug.txt" | sed 's/:$//; s/: / /' > "$W/rules.txt"
read -r N BYTES MS GBS HITS < <("$T" "$W/debug.txt" "$W/log.jsonl" "$REPS")
echo "line database: $N expressions, view $BYTES bytes, $MS ms ($GBS GB/s), $HITS matches"
printf '%-40s %6s %10s %10s %8s\n' "rule" "exprs" "without ms" "whole ms" "ratio"
mapfile -t R < "$W/rules.txt"
for k in "${!R[@]}"; do
	read -r name lo <<< "${R[$k]}"
	hi=1000000000
	[ $((k + 1)) -lt ${#R[@]} ] && read -r _ hi <<< "${R[$((k + 1))]}"
	read -r n _ ms _ _ < <("$T" "$W/debug.txt" "$W/log.jsonl" "$REPS" "$lo" "$hi")
	read -r _ _ whole _ _ < <("$T" "$W/debug.txt" "$W/log.jsonl" "$REPS")
	[ $((k + 1)) -eq ${#R[@]} ] && name="$name+hints"
	printf '%-40s %6s %10s %10s %8s\n' "${name%:}" "$((N - n))" "$ms" "$whole" \
		"$(echo "scale=2; $ms / $whole" | bc -l)"
done
