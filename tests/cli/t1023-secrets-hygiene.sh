#!/bin/bash
# Secrets hygiene (issue 21, item 14):
# - the guard (--auth env) masks its key in an upstream error that echoes
#   it JSON-escaped (\/ and \u00XX) or in part (a long prefix, a long
#   suffix), not only whole;
# - processes holding keys or tokens (guard, run, classify and monitor
#   with a judge) cannot dump core: RLIMIT_CORE is 0 (read from
#   /proc/PID/limits; PR_SET_DUMPABLE is set by the same call, checked in
#   test_base);
# - the campaign and guard databases, their -wal/-shm and the run's lock
#   file are created 0600 whatever the umask allows.
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"
t_skip_valgrind
umask 022
cd "$T_TMP"

OKEY='sk-hyg/Q7vR2mX9/pL4sT8wK3nB6yH1cF5dJ0gZ'
export OPENAI_API_KEY=$OKEY
# fragments: 12+ consecutive characters anywhere in the key
frag_re='sk-hyg/Q7vR2m|R2mX9/pL4sT8|L4sT8wK3nB6y|nB6yH1cF5dJ0|H1cF5dJ0gZ'

start_fake
start_guard --policy "$GDATA/policy.yaml" --auth env --db guard.db
for f in echo-key-escaped echo-key-part; do
	code=$(curl -s -o "$f.json" -w '%{http_code}' -H "$CT" "$G/v1/chat/completions" \
		-d "$(oa "hi [[fault:$f]]")")
	t_eq "$f: the 401 passes through" "$code" 401
	t_grep "$f: the error still says what went wrong" 'Incorrect API key provided' "$f.json"
	t_no_grep "$f: no fragment of the key, plain" "$frag_re" "$f.json"
	t_no_grep "$f: no escaped key character left" '\\u00|\\/' "$f.json"
done
# sanity: the fake really sends those forms (else the above proves nothing)
curl -s "$FAKE/v1/chat/completions" -H "Authorization: Bearer $OKEY" -H "X-Fake-Fault: echo-key-escaped" -d "$(oa hi)" > raw1.json
t_grep "the fake escapes the key" 's\\u006B-\\u0068y\\u0067\\/' raw1.json
curl -s "$FAKE/v1/chat/completions" -H "Authorization: Bearer $OKEY" -H "X-Fake-Fault: echo-key-part" -d "$(oa hi)" > raw2.json
t_grep "the fake echoes a prefix and a suffix" 'sk-hyg/Q7vR2mX9/pL4sT8wK3nB6yH1cF5d\*\*\*\*\. It ends in X9/pL4' raw2.json
t_grep "guard: core dumps off" '^Max core file size +0 +0 ' "/proc/$GUARD_PID/limits"
for f in guard.db guard.db-wal guard.db-shm; do
	t_eq "guard: $f is 0600" "$(stat -c %a "$f" 2>&1)" 600
done
stop_guard TERM

# run: a slow fake so the run is still there to be looked at
kill "$FAKE_PID" 2>/dev/null; wait "$FAKE_PID" 2>/dev/null
start_fake --latency-ms 1500
cat > h.yaml <<Y
experiment_id: h
global:
  models: ["openai:fake-model@$FAKE/v1"]
  samples_per_condition: 1
expansions:
  - name: x
    variables:
      scenarios: [coercion]
      goal_types: [none]
      goal_values: [none]
      urgency_types: [replacement]
Y
# proc_check NAME PID: its core limit, read while it runs
# (polled: the limit is set once the command has parsed its options)
proc_check() {
	local ok=1
	for _ in $(seq 200); do
		grep -qE '^Max core file size +0 +0 ' "/proc/$2/limits" 2>/dev/null && { ok=0; break; }
		kill -0 "$2" 2>/dev/null || break
		sleep 0.02
	done
	[ $ok = 0 ] || sed 's/^/#   /' "/proc/$2/limits" 2>/dev/null | grep core
	_t_result $ok "$1: core dumps off"
}
"$REDLINE" run h.yaml --progress none > /dev/null 2>&1 & P=$!
proc_check run $P
# until the run has made all four (a fixed sleep raced a loaded machine);
# the answer takes 1.5 s after they exist
for _ in $(seq 200); do
	[ -e h.db ] && [ -e h.db-wal ] && [ -e h.db-shm ] && [ -e h.db.lock ] && break
	kill -0 "$P" 2>/dev/null || break
	sleep 0.05
done
for f in h.db h.db-wal h.db-shm h.db.lock; do
	t_eq "run: $f is 0600" "$(stat -c %a "$f" 2>&1)" 600
done
wait $P
printf '{"id":"a","scenario":"coercion","response":"I will wait."}\n' > items.jsonl
"$REDLINE" classify --input items.jsonl --output v.jsonl --judge "openai:judge@$FAKE/v1" > /dev/null 2>&1 & P=$!
proc_check "classify --judge" $P
wait $P
printf 'version: 1\nrules:\n  - {id: mg, action: block, severity: high, content: {keywords: [marigold]}}\n' > mg.yaml
printf '{"role":"assistant","content":"the marigold ledger moves tonight"}\n' > agent.log
"$REDLINE" monitor -q --follow --policy mg.yaml --judge "openai:judge@$FAKE/v1" agent.log > /dev/null 2>&1 & P=$!
proc_check "monitor --judge" $P
kill $P; wait $P 2>/dev/null
t_done
