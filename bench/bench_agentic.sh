#!/bin/bash
# bench/bench_agentic.sh: agentic (tool-form) campaigns against the fake
# provider (fixed latency L) at 1024 in flight, side by side with a
# single-turn campaign making the same number of model calls (issue 17).
# Each conversation makes 3 model calls (read the inbox; read an email;
# answer). Per model call: the rate against the ideal (in-flight / L) and
# CPU seconds (user + system, of the runner alone) per 1,000 calls; and the
# request bytes per call (counted by the fake server) with CPU per MB sent:
# every turn re-sends the conversation so far, so some growth per call is
# real, and CPU per byte says whether what is left is the bytes or
# avoidable work. Targets: >= 90% of ideal per model call, CPU per model
# call within 1.5x of single-turn's. CPU-time ratios hold on a loaded
# machine; the rate needs an idle one (the load average is printed).
# Env: BENCH_CALLGRIND=1 (also the ratio in instructions, see the end),
# BENCH_LATENCY_MS (default 1000), BENCH_ROUNDS (model calls = 1024 x
# rounds, default 6), BENCH_RUNNER (another build's redline to run the
# campaigns with, for a before/after in the same conditions; the fake
# server stays this build's).
set -u
cd "$(dirname "$0")/.."
R=$PWD/build/redline
RUN=${BENCH_RUNNER:-$R}
L=${BENCH_LATENCY_MS:-1000}
ROUNDS=${BENCH_ROUNDS:-6}
C=1024
W=$(mktemp -d "${TMPDIR:-/tmp}/rl-bench-agentic-XXXXXX")
FPID=
cleanup() { [ -n "$FPID" ] && kill "$FPID" 2>/dev/null && wait "$FPID" 2>/dev/null; rm -rf "$W"; }
trap cleanup EXIT
[ -x "$R" ] || { echo "bench_agentic: $R missing (run make)"; exit 1; }
cat > "$W/script.yaml" <<Y
responses:
  - turn: 1
    tool_calls: [{name: read_inbox, arguments: {}}]
  - turn: 2
    tool_calls: [{name: read_email, arguments: {id: 2}}]
  - text: "Every message is handled."
Y
"$R" fake-provider --port-file "$W/port" --script "$W/script.yaml" --latency-ms "$L" > /dev/null 2>&1 & FPID=$!
for _ in $(seq 100); do [ -s "$W/port" ] && break; sleep 0.05; done
PORT=$(cat "$W/port")
export OPENAI_API_KEY=bench-key
calls=$((C * ROUNDS))
campaign() { # FILE ID INTERFACE N
	cat > "$1" <<Y
experiment_id: $2
pack: $PWD/packs/default
global:
  models: ["openai:fake-model@http://127.0.0.1:$PORT/v1"]
  samples_per_condition: $4
expansions:
  - name: b
    variables:
      scenarios: [lethal]
      goal_types: [explicit]
      goal_values: [america]
      urgency_types: [replacement]
      interfaces: [$3]
Y
}
calc() { awk "BEGIN { printf \"%s\", ($1) }"; }
stat() { curl -s "http://127.0.0.1:$PORT/_fake/stats" | jq -r ".$1"; }
load0=$(cut -d' ' -f1-3 /proc/loadavg)
printf '%-12s %8s %8s %9s %9s %7s %9s %11s %10s %10s\n' form samples calls "wall s" "calls/s" ideal% "CPU s" "CPU s/1k" "KB/call" "CPU ms/MB"
declare -A PCT K KB US SY
for form in text tools; do
	b0=$(stat body_bytes)
	n=$calls; [ "$form" = tools ] && n=$((calls / 3))
	campaign "$W/$form.yaml" "b$form" "$form" "$n"
	/usr/bin/time -f "%e %U %S" -o "$W/t" "$RUN" run "$W/$form.yaml" --db "$W/$form.db" \
		--in-flight "$C" --progress none > "$W/$form.out" 2> "$W/$form.err" ||
		{ echo "bench_agentic: $form run failed"; tail -3 "$W/$form.err"; }
	read -r wall us sy < <(tail -1 "$W/t")
	made=$n
	[ "$form" = tools ] && made=$(sqlite3 "$W/$form.db" 'select count(*) from sample_turn')
	cpu=$(calc "$us + $sy")
	rate=$(calc "$made / $wall")
	bytes=$(calc "$(stat body_bytes) - $b0")
	PCT[$form]=$(calc "100 * $rate / ($C * 1000 / $L)")
	K[$form]=$(calc "1000 * $cpu / $made")
	US[$form]=$(calc "1000 * $us / $made")
	SY[$form]=$(calc "1000 * $sy / $made")
	KB[$form]=$(calc "$bytes / 1024 / $made")
	printf '%-12s %8d %8d %9.2f %9.1f %6.1f%% %9.2f %11.3f %10.1f %10.2f\n' "$form" "$n" "$made" "$wall" "$rate" \
		"${PCT[$form]}" "$cpu" "${K[$form]}" "${KB[$form]}" "$(calc "$bytes > 0 ? 1000 * $cpu / ($bytes / 1048576) : 0")"
done
# Per turn, what a conversation waits beyond L between two model calls
# (each turn's row is written as its answer is handled, so consecutive
# rows are one call apart): the runner's bookkeeping, the queue, sending,
# and the fake's own time. Load inflates it, but not the queueing it shows.
gaps=$(sqlite3 "$W/tools.db" "select created_ms - lag(created_ms) over (partition by campaign_id,
	model, condition, sample_index order by turn) - $L from sample_turn" 2> /dev/null | grep . | sort -n)
if [ -n "$gaps" ]; then
	ng=$(echo "$gaps" | wc -l)
	pick() { echo "$gaps" | sed -n "$(( (ng * $1 + 99) / 100 ))p"; }
	printf '\ntools: a conversation'"'"'s turns are L + p50 %s ms, p90 %s ms, mean %.1f ms apart (%d gaps)\n' \
		"$(pick 50)" "$(pick 90)" "$(echo "$gaps" | awk '{s += $1} END {print s / NR}')" "$ng"
fi
ratio=$(calc "${K[text]} > 0 ? ${K[tools]} / ${K[text]} : 0")
echo
echo "tools / text: CPU per call $(calc "$ratio")x (user $(calc "${US[text]} > 0 ? ${US[tools]} / ${US[text]} : 0")x, system $(calc "${SY[text]} > 0 ? ${SY[tools]} / ${SY[text]} : 0")x), request bytes per call $(calc "${KB[tools]} / ${KB[text]}")x"
verdict() { if [ "$(calc "$1")" = 1 ]; then echo PASS; else echo FAIL; fi; }
echo
echo "targets (latency L = ${L} ms, $C in flight; load average before: $load0, after: $(cut -d' ' -f1-3 /proc/loadavg)):"
printf '  %-58s %s (%.1f%%)\n' ">= 90% of ideal per model call, agentic" "$(verdict "${PCT[tools]} >= 90")" "${PCT[tools]}"
printf '  %-58s %s (%.2fx)\n' "CPU per model call <= 1.5x single-turn's" "$(verdict "$ratio <= 1.5")" "$ratio"

# BENCH_CALLGRIND=1: the same ratio in instructions (valgrind's callgrind),
# which a loaded machine does not move: each form runs twice against a
# second fake server with no latency (300 and 1,200 model calls, 64 in
# flight), and the difference over the 900 extra calls is the marginal cost
# of one model call, start-up excluded. User-space instructions only (the
# kernel's share of CPU time, mostly loopback sends, is not counted).
if [ "${BENCH_CALLGRIND:-0}" = 1 ] && command -v valgrind > /dev/null; then
	"$R" fake-provider --port-file "$W/port0" --script "$W/script.yaml" > /dev/null 2>&1 &
	F0=$!
	for _ in $(seq 100); do [ -s "$W/port0" ] && break; sleep 0.05; done
	PORT_SAVE=$PORT PORT=$(cat "$W/port0")
	ir() { # FORM N: the runner's instructions for one campaign
		campaign "$W/cg-$1-$2.yaml" "cg$1$2" "$1" "$2"
		valgrind --tool=callgrind --callgrind-out-file="$W/cg.out" "$RUN" run "$W/cg-$1-$2.yaml" \
			--db "$W/cg-$1-$2.db" --in-flight 64 --progress none > /dev/null 2> "$W/cg.err"
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$W/cg.err"
	}
	t=$(calc "($(ir text 1200) - $(ir text 300)) / 900")
	o=$(calc "($(ir tools 400) - $(ir tools 100)) / 900")
	kill "$F0" 2> /dev/null
	wait "$F0" 2> /dev/null
	PORT=$PORT_SAVE
	echo
	printf 'callgrind, per model call (marginal over 900): single-turn %.0f, agentic %.0f instructions: %.2fx\n' "$t" "$o" "$(calc "$o / $t")"
	printf '  %-58s %s (%.2fx)\n' "instructions per model call <= 1.5x single-turn's" "$(verdict "$o / $t <= 1.5")" "$(calc "$o / $t")"
fi
