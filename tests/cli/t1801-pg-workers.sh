#!/bin/bash
# Campaign workers on PostgreSQL (issue 18): four `redline run` processes
# share one campaign against the fake provider (loopback, 300 ms latency,
# two in flight each, so the campaign lasts seconds and every kill lands);
# one worker is killed with SIGKILL at a random moment three times (and a
# fresh one started each time). The campaign ends with exactly N samples
# per condition, no duplicate row, and the model was asked at most N plus
# what was in flight at the kills. Claims are leases (--lease-ms 1000 here,
# so a killed worker's claims are taken over within a second).
# Skipped under valgrind: it runs up to five redline processes at once for
# several seconds, the point is the processes' interplay, and the ASan
# stage runs it.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/pg.sh"
t_skip_valgrind
cd "$T_TMP"
pg_start
SEED=${RL_FAULT_SEED:-$(( $(date +%s) % 32768 ))}; RANDOM=$SEED
echo "# seed $SEED"
FPID= PIDS=()
trap 'kill ${PIDS[*]} $FPID 2>/dev/null; wait 2>/dev/null; pg_stop; rm -rf "$T_TMP"' EXIT
"$REDLINE" fake-provider --port-file port --latency-ms 300 > /dev/null 2>&1 & FPID=$!
for _ in $(seq 100); do [ -s port ] && break; sleep 0.05; done
PORT=$(cat port)
t_ok "fake provider listening" test -n "$PORT"
reqs() { curl -s "http://127.0.0.1:$PORT/_fake/stats" | sed 's/.*"requests":\([0-9]*\).*/\1/'; }
cat > w.yaml <<Y
experiment_id: workers
global:
  models: ["openai:fake-model@http://127.0.0.1:$PORT/v1"]
  samples_per_condition: 30
expansions:
  - name: x
    variables:
      scenarios: [coercion, espionage]
      goal_types: [explicit, none]
      goal_values: [safety]
      urgency_types: [replacement]
Y
N=120 INF=2
URL=$(pg_db w)
start() { "$REDLINE" run w.yaml --db "$URL" --progress none --in-flight $INF --lease-ms 1000 \
	> "log.$1" 2>&1 & PIDS[$1]=$!; }
for i in 0 1 2 3; do start $i; done
kills=0
for k in 1 2 3; do
	sleep "0.$(( 2 + RANDOM % 6 ))"
	v=$(( RANDOM % 4 ))
	# a live worker: one that has finished cannot be killed mid-run
	for _ in 1 2 3 4; do kill -0 "${PIDS[$v]}" 2>/dev/null && break; v=$(( (v + 1) % 4 )); done
	if kill -9 "${PIDS[$v]}" 2>/dev/null; then kills=$((kills + 1)); fi
	wait "${PIDS[$v]}" 2>/dev/null
	start $v
done
t_eq "three workers killed mid-run" "$kills" 3
bad=0
for i in 0 1 2 3; do wait "${PIDS[$i]}" || { bad=$((bad + 1)); sed 's/^/#   /' "log.$i" | tail -3; }; done
PIDS=()
t_eq "every surviving worker exits 0" "$bad" 0
t_eq "exactly $N samples done" "$(pg_sql "$URL" 'select count(*) from sample where status = 1')" $N
t_eq "30 per condition" "$(pg_sql "$URL" 'select count(*) from sample where status = 1 group by condition' | sort -u)" 30
t_eq "no duplicate (model, condition, sample)" \
	"$(pg_sql "$URL" 'select count(*) from (select 1 from sample group by model, condition, sample_index having count(*) > 1) d')" 0
r=$(reqs)
echo "# model requests: $r for $N samples"
# each kill can lose what that worker had in flight or queued: its window
# is in-flight * 1.5 + 4 = 10 requests
t_ok "no duplicate model calls beyond those in flight at the kills" test "$r" -le $(( N + 3 * 10 ))
t_eq "claims and workers released" "$(pg_sql "$URL" 'select count(*) from claim c join worker w using (owner) where w.expires_ms > (extract(epoch from clock_timestamp()) * 1000)::bigint')" 0
t_ok "status reads the shared campaign" rl status "$URL"
t_grep "status: all done" '120' "$T_TMP/out"
t_done
