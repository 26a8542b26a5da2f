#!/bin/bash
# One runner per database, whatever name reaches it (issue 21, item 12):
# a second `redline run` through a symlink to the database, or through a
# symlink made before the database exists, is refused while the first
# runs, and no extra model call is made. A finished run removes its lock
# file (issue 19: no stale DB.lock).
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
cd "$T_TMP"
FPID=
trap '[ -n "$FPID" ] && kill $FPID 2>/dev/null; rm -rf "$T_TMP"' EXIT
rm -f port; "$REDLINE" fake-provider --port-file port --latency-ms 300 > /dev/null 2>&1 & FPID=$!
for _ in $(seq 100); do [ -s port ] && break; sleep 0.05; done
PORT=$(cat port)
reqs() { curl -s "http://127.0.0.1:$PORT/_fake/stats" | sed 's/.*"requests":\([0-9]*\).*/\1/'; }
wait_reqs() { for _ in $(seq 200); do [ "$(reqs)" -ge "$1" ] && return; sleep 0.05; done; }
cat > l.yaml <<Y
experiment_id: l
global:
  models: ["openai:fake-model@http://127.0.0.1:$PORT/v1"]
  samples_per_condition: 8
expansions:
  - name: x
    variables:
      scenarios: [coercion]
      goal_types: [explicit, none]
      goal_values: [safety]
      urgency_types: [replacement]
Y
mkdir d
ln -s d/real.db alias.db # made before the database exists (dangling)
"$REDLINE" run l.yaml --db d/real.db --progress none --in-flight 1 > /dev/null 2>&1 & RP=$!
wait_reqs 1
t_status "a second run through a symlink made earlier is refused" 2 \
	rl run l.yaml --db alias.db --progress none --in-flight 1
t_grep "says another run holds it" "another 'redline run' is using this database" "$T_TMP/err"
ln -s "$T_TMP/d/real.db" abs.db
t_status "a second run through an absolute symlink is refused" 2 \
	rl run l.yaml --db abs.db --progress none --in-flight 1
t_status "and through a symlinked directory" 2 \
	bash -c 'ln -s d dl && "$REDLINE" run l.yaml --db dl/real.db --progress none --in-flight 1'
wait "$RP"
t_eq "16 samples, 16 model calls: none doubled" "$(reqs)" 16
t_ok "the symlink is still a symlink" test -L alias.db
t_ok "resume through the symlink" rl run l.yaml --db alias.db --progress none
t_eq "nothing requested again" "$(reqs)" 16
# issue 19: a finished run leaves no stale lock file behind
t_ok "no lock file stays after the runs" test ! -e d/real.db.lock
t_ok "a run after that still takes the lock" rl run l.yaml --db d/real.db --progress none
t_ok "and removes it again" test ! -e d/real.db.lock
t_done
