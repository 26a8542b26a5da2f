#!/bin/bash
# bench/bench_pg.sh: PostgreSQL campaign workers (issue 18). One private
# server (tests/cli/pg.sh: initdb in a temporary directory, Unix socket,
# stopped at the end), the fake provider at a fixed latency, and the same
# campaign run by one `redline run` worker, then by four at once, each
# with the same in-flight limit. Throughput is the steady rate, from the
# samples' own finish times: 80% of the samples over the time between the
# 10th and the 90th percentile finish (process start-up, a second or more
# for four processes on a loaded 2-core machine, is not throughput; the
# wall time is printed too). Target: four workers at least 3.5x one (the
# claims must not serialize them). Skipped when PostgreSQL is not
# installed. Env: BENCH_PG_SAMPLES (per condition,
# default 150: 600 samples), BENCH_PG_LATENCY_MS (100), BENCH_PG_INFLIGHT (4).
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
R=$ROOT/build/redline
N=${BENCH_PG_SAMPLES:-150}
L=${BENCH_PG_LATENCY_MS:-100}
J=${BENCH_PG_INFLIGHT:-4}
T_TMP=$(mktemp -d "${TMPDIR:-/tmp}/rl-bench-pg-XXXXXX")
t_done() { exit 0; }
_t_result() { [ "$1" = 0 ] || { echo "bench_pg: $2 failed"; exit 1; }; }
. "$ROOT/tests/cli/pg.sh"
FPID=
trap '[ -n "$FPID" ] && kill "$FPID" 2>/dev/null; wait 2>/dev/null; pg_stop; rm -rf "$T_TMP"' EXIT
pg_start
cd "$T_TMP"
"$R" fake-provider --port-file port --latency-ms "$L" > /dev/null 2>&1 & FPID=$!
for _ in $(seq 100); do [ -s port ] && break; sleep 0.05; done
PORT=$(cat port)
cat > b.yaml <<Y
experiment_id: bench-pg
global:
  models: ["openai:fake-model@http://127.0.0.1:$PORT/v1"]
  samples_per_condition: $N
expansions:
  - name: x
    variables:
      scenarios: [coercion, espionage]
      goal_types: [explicit, none]
      goal_values: [safety]
      urgency_types: [replacement]
Y
TOTAL=$((N * 4))
now() { date +%s.%N; }
run_workers() { # $1 workers, $2 database name -> seconds
	local url t0 pids=() i
	url=$(pg_db "$2") || return 1
	t0=$(now)
	for i in $(seq "$1"); do
		"$R" run b.yaml --db "$url" --progress none --in-flight "$J" > "w$2.$i.log" 2>&1 & pids+=($!)
	done
	for i in "${pids[@]}"; do wait "$i" || { echo "bench_pg: a worker failed:"; cat "w$2".*.log; return 1; }; done
	[ "$(pg_sql "$url" 'select count(*) from sample where status = 1')" = "$TOTAL" ] ||
		{ echo "bench_pg: not $TOTAL samples"; return 1; }
	wall=$(echo "$(now) - $t0" | bc -l)
	rate=$(pg_sql "$url" "select 0.8 * count(*) * 1000.0 / greatest(1, percentile_disc(0.9) within group (order by finished_ms) - percentile_disc(0.1) within group (order by finished_ms)) from sample")
	echo "$wall $rate"
}
read -r t1 r1 <<< "$(run_workers 1 one)" || exit 1
read -r t4 r4 <<< "$(run_workers 4 four)" || exit 1
[ -n "${r4:-}" ] || exit 1
ideal1=$(echo "1000 * $J / $L" | bc -l)
printf '%-34s %10s %12s %10s\n' "campaign ($TOTAL samples, ${L} ms)" "wall s" "samples/s" "vs ideal"
printf '%-34s %10.2f %12.1f %9.0f%%\n' "1 worker, in-flight $J" "$t1" "$r1" "$(echo "100 * $r1 / $ideal1" | bc -l)"
printf '%-34s %10.2f %12.1f %9.0f%%\n' "4 workers, in-flight $J each" "$t4" "$r4" \
	"$(echo "100 * $r4 / 4 / $ideal1" | bc -l)"
sp=$(echo "$r4 / $r1" | bc -l)
if [ "$(echo "$sp >= 3.5" | bc -l)" = 1 ]; then v=PASS; else v=FAIL; fi
printf 'target: 4 workers >= 3.5x one worker: %.2fx %s\n' "$sp" "$v"

# ---- guard fleet: three replicas; a hold on replica A approved through
# replica B's or C's API, in turn; the time from that replica's answer to
# the approve call to A's client receiving the released response
# (LISTEN/NOTIFY; the replicas share only the database).
# Target: p99 <= 100 ms. BENCH_PG_HOLDS (default 40).
NH=${BENCH_PG_HOLDS:-40}
GD=$ROOT/tests/data/guard
export REDLINE_GUARD_TOKEN=bench-guard-token-0123456789abcdef
GURL=$(pg_db guard) || exit 1
"$R" fake-provider --script "$GD/script.yaml" --port-file gport > /dev/null 2>&1 & GPIDS=($!)
for _ in $(seq 100); do [ -s gport ] && break; sleep 0.05; done
for n in A B C; do
	"$R" guard serve --upstream "http://127.0.0.1:$(cat gport)" --listen 127.0.0.1:0 \
		--ready-file "ready.$n" --db "$GURL" --policy "$GD/policy.yaml" 2>> "guard.$n.log" & GPIDS+=($!)
done
trap '[ -n "$FPID" ] && kill "$FPID" 2>/dev/null; kill ${GPIDS[*]} 2>/dev/null; wait 2>/dev/null; pg_stop; rm -rf "$T_TMP"' EXIT
for n in A B C; do for _ in $(seq 600); do [ -s "ready.$n" ] && break; sleep 0.1; done; done
A="http://$(cat ready.A)" B="http://$(cat ready.B)" C="http://$(cat ready.C)"
AUTH="Authorization: Bearer $REDLINE_GUARD_TOKEN"
: > lat
for i in $(seq "$NH"); do
	( curl -s -m 30 -o /dev/null -H "Content-Type: application/json" "$A/v1/chat/completions" \
		-d "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"PLEASE-EMAIL-OUT bench-$i\"}]}"
	  date +%s%N > "end.$i" ) & CP=$!
	id=
	if [ $((i % 2)) = 0 ]; then D=$B; else D=$C; fi
	for _ in $(seq 300); do
		id=$(curl -s -H "$AUTH" "$D/api/holds?status=pending" | grep -oE '"id":"[0-9a-f]+"' | head -1 | cut -d'"' -f4)
		[ -n "$id" ] && break
		sleep 0.01
	done
	[ -n "$id" ] || { echo "bench_pg: no hold appeared"; exit 1; }
	curl -s -o /dev/null -X POST -H "$AUTH" -H "Content-Type: application/json" "$D/api/holds/$id/approve" -d '{"by":"bench"}'
	t0=$(date +%s%N)
	wait "$CP"
	echo $(( ($(cat "end.$i") - t0) / 1000 )) >> lat
done
sort -n lat > lat.s
p50=$(awk -v n="$NH" 'NR == int(n * 0.5 + 0.5) {print $1 / 1000}' lat.s)
p99=$(awk -v n="$NH" 'NR == int(n * 0.99 + 0.999) {print $1 / 1000}' lat.s)
echo
printf '%-44s %8s %8s\n' "guard fleet (3): hold on A, approved on B/C" "p50 ms" "p99 ms"
printf '%-44s %8.1f %8.1f\n' "$NH holds released on A" "$p50" "$p99"
if [ "$(echo "$p99 <= 100" | bc -l)" = 1 ]; then v=PASS; else v=FAIL; fi
printf 'target: released within 100 ms p99: %.1f ms %s\n' "$p99" "$v"
