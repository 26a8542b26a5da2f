#!/bin/bash
# monitor_diff.sh: two builds of `redline monitor` must write the same
# findings, the same totals and the same malformed-line reports (a speed
# change in src/monitor/ must not change a verdict). Inputs: the bench's
# generated log (bench_monitor.sh's, BENCH_MONITOR_MB, default 200 MB),
# every tests/data/monitor fixture and ../shared/agent-traffic (when
# present), each with the default policy; the generated log also with the
# bench's 200 literal rules. Each input is also run through --full-parse
# (the prefilter's oracle) with the second build.
#   bench/monitor_diff.sh OLD_REDLINE [NEW_REDLINE]   (default build/redline)
# Builds to compare: an older commit (git worktree add /tmp/old REV && make
# -C /tmp/old build/redline), `make NO_SIMD=1` (build-nosimd/redline).
# Prints one line per input and a last line "N inputs, M differ"; exit 1
# when any differs.
set -u
cd "$(dirname "$0")/.."
OLD=${1:?usage: bench/monitor_diff.sh OLD_REDLINE [NEW_REDLINE]}
NEW=${2:-build/redline}
GEN=build/tools/rl_genlog
MB=${BENCH_MONITOR_MB:-200}
for b in "$OLD" "$NEW"; do [ -x "$b" ] || { echo "monitor_diff: $b is not executable"; exit 2; }; done
[ -x "$GEN" ] || { echo "monitor_diff: $GEN missing (make)"; exit 2; }
W=$(mktemp -d "${TMPDIR:-/tmp}/rl-mon-diff-XXXXXX")
trap 'rm -rf "$W"' EXIT
"$GEN" "$W/log.jsonl" "$MB" 2000 "$W/kw.txt" > /dev/null
{
	echo "version: 1"; echo "rules:"
	i=0
	while read -r a && read -r b && read -r c && read -r d; do
		printf '  - {id: kw-%03d, action: block, severity: high, content: {keywords: [%s, %s, %s, %s]}}\n' "$i" "$a" "$b" "$c" "$d"
		i=$((i + 1))
	done < "$W/kw.txt"
} > "$W/policy.yaml"
n=0; bad=0
# one NAME FILE [ARGS...]: both builds (and the full parse) on FILE
one() {
	local name=$1 f=$2 b k cmd; shift 2
	for b in old new full; do
		case $b in
		old) cmd=("$OLD") ;;
		new) cmd=("$NEW") ;;
		full) cmd=("$NEW" --full-parse) ;;
		esac
		"${cmd[0]}" monitor "${cmd[@]:1}" -q --threshold 1000000000 --summary "$W/$b.sum" "$@" "$f" \
			> "$W/$b.out" 2> "$W/$b.err"
		echo $? > "$W/$b.rc"
		sed -e 's/"parsed":[0-9]*,//' "$W/$b.sum" > "$W/$b.tot" 2> /dev/null
	done
	n=$((n + 1))
	k="same"
	for b in new full; do
		if ! cmp -s "$W/old.out" "$W/$b.out" || ! cmp -s "$W/old.tot" "$W/$b.tot" ||
			! cmp -s "$W/old.err" "$W/$b.err" || ! cmp -s "$W/old.rc" "$W/$b.rc"; then
			k="DIFFERS (old vs $b)"
		fi
	done
	[ "$k" = same ] || bad=$((bad + 1))
	printf '%-48s %8s findings  %s\n' "$name" "$(wc -l < "$W/new.out")" "$k"
}
one "bench log ($MB MB), default policy" "$W/log.jsonl"
one "bench log ($MB MB), 200 literal rules" "$W/log.jsonl" --policy "$W/policy.yaml"
for f in tests/data/monitor/*.jsonl ../shared/agent-traffic/*.jsonl.gz ../../shared/agent-traffic/*.jsonl.gz; do
	[ -f "$f" ] && one "$f" "$f"
done
echo "$n inputs, $bad differ"
[ "$bad" = 0 ]
