#!/bin/bash
# Fault test (hardening): kill -9 at ten random points of `redline run`
# against the fake provider (loopback, with latency), each followed by a
# look into the database with sqlite3: intact, no sample twice, nothing
# that was committed lost; then one resume ends with exactly N per
# condition. t0402 kills at four fixed points; this adds random points and
# the SQL-level checks. The random seed is printed so a failure replays
# (RL_FAULT_SEED=...).
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
cd "$T_TMP"
SEED=${RL_FAULT_SEED:-$(( $(date +%s) % 32768 ))}; RANDOM=$SEED
echo "# seed $SEED"
FPID=
trap '[ -n "$FPID" ] && kill "$FPID" 2>/dev/null; wait 2>/dev/null; rm -rf "$T_TMP"' EXIT
"$REDLINE" fake-provider --port-file port --latency-ms 100 > /dev/null 2>&1 & FPID=$!
for _ in $(seq 100); do [ -s port ] && break; sleep 0.05; done
PORT=$(cat port)
t_ok "fake provider listening" test -n "$PORT"
reqs() { curl -s "http://127.0.0.1:$PORT/_fake/stats" | sed 's/.*"requests":\([0-9]*\).*/\1/'; }
cat > k.yaml <<Y
experiment_id: kill
global:
  models: ["openai:fake-model@http://127.0.0.1:$PORT/v1"]
  samples_per_condition: 20
expansions:
  - name: x
    variables:
      scenarios: [coercion, espionage]
      goal_types: [explicit, none]
      goal_values: [safety]
      urgency_types: [replacement]
Y
N=80
done_n() { sqlite3 k.db 'select count(*) from sample where status = 1' 2>/dev/null || echo 0; }
prev=0 bad=0
for i in $(seq 10); do
	# 0.05 s .. 1 s: before the store exists, mid-schedule, mid-commit.
	ms=$(( 50 + RANDOM % 950 ))
	"$REDLINE" run k.yaml --db k.db --progress none --in-flight 2 > /dev/null 2>&1 & RP=$!
	sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
	kill -9 "$RP" 2>/dev/null; wait "$RP" 2>/dev/null
	[ -f k.db ] || { echo "# trial $i (${ms} ms): no database yet"; continue; }
	ic=$(sqlite3 k.db 'PRAGMA integrity_check' 2>&1)
	# killed after the file was created but before the schema's
	# transaction committed: an intact, empty database
	if [ "$(sqlite3 k.db "select count(*) from sqlite_master where name = 'sample'" 2>&1)" = 0 ]; then
		echo "# trial $i (${ms} ms): no schema yet, integrity $ic"
		[ "$ic" = ok ] || bad=$((bad + 1))
		continue
	fi
	dup=$(sqlite3 k.db 'select count(*) from (select 1 from sample group by campaign_id, model, condition, sample_index having count(*) > 1)')
	empty=$(sqlite3 k.db "select count(*) from sample where status = 1 and (response is null or response = '')")
	range=$(sqlite3 k.db 'select count(*) from sample where sample_index < 1 or sample_index > 20')
	now=$(done_n)
	echo "# trial $i: killed at ${ms} ms, $now done (was $prev), integrity $ic"
	if [ "$ic" != ok ] || [ "$dup" != 0 ] || [ "$empty" != 0 ] || [ "$range" != 0 ] || [ "$now" -lt "$prev" ]; then
		echo "#   integrity=$ic duplicates=$dup empty=$empty out-of-range=$range"; bad=$((bad + 1))
	fi
	prev=$now
done
t_eq "ten kills: database intact, no duplicate, nothing committed lost" "$bad" 0
t_ok "resume after the kills" rl run k.yaml --db k.db --progress none --in-flight 2
t_eq "exactly $N samples done" "$(done_n)" "$N"
t_eq "20 per condition" "$(sqlite3 k.db 'select count(*) from sample where status = 1 group by condition' | sort -u)" 20
t_eq "no duplicate (model, condition, sample)" \
	"$(sqlite3 k.db 'select count(*) from (select 1 from sample group by model, condition, sample_index having count(*) > 1)')" 0
t_eq "indexes 1..15 in every condition" \
	"$(sqlite3 k.db "select min(sample_index) || '-' || max(sample_index) || '-' || count(distinct sample_index) from sample group by condition" | sort -u)" "1-20-20"
t_eq "every condition has its prompt stored once" \
	"$(sqlite3 k.db 'select count(*) from prompt') $(sqlite3 k.db 'select count(distinct hash) from prompt')" "4 4"
n=$(reqs)
# Each kill can waste what was in flight (2) plus responses that
# arrived but were not yet committed; a run that repeats finished samples
# would need far more.
t_ok "re-requests bounded ($n HTTP requests for $N samples)" test "$n" -ge "$N" -a "$n" -le $((N + 10 * 8))
t_ok "export agrees" rl export k.db --format jsonl --no-errors
t_eq "export has $N lines" "$(grep -c '' "$T_TMP/out")" "$N"
t_ok "a further run requests nothing" rl run k.yaml --db k.db --progress none
t_eq "no new HTTP request" "$(reqs)" "$n"
t_done
