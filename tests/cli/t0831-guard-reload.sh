#!/bin/bash
# Policy reload without a restart: `redline guard reload` (through the API)
# and SIGHUP swap the policy in a running guard; the next request is judged
# by the new policy, a policy that does not compile is refused with its
# file:line and the old one keeps running, /metrics shows the loaded
# policy's hash and load time. Under load (four clients looping) no request
# is dropped or answered with an error across reloads. One-rule policies:
# cheap under valgrind too.
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"
P="$T_TMP/p.yaml"
policy() { printf 'version: 1\nrules:\n  - {id: no-%s, action: block, tools: ["%s"]}\n' "$1" "$1" > "$P.tmp" && mv "$P.tmp" "$P"; }
ask() { curl -s -m 20 -H "$CT" "$G/v1/chat/completions" -d "$(oa "$1")"; }
gen() { curl -s "$G/metrics" | sed -n 's/^redline_guard_policy_generation \([0-9]*\)$/\1/p'; }

policy cancel_alert
start_fake
start_guard --policy "$P"
ask PLEASE-CANCEL > "$T_TMP/a.json"
t_grep "first policy blocks cancel_alert" 'rule no-cancel_alert' "$T_TMP/a.json"
curl -s "$G/metrics" > "$T_TMP/m0"
t_grep "metrics: the policy's hash" "^redline_guard_policy_info\{sha256=\"$(sha256sum "$P" | cut -c1-64)\"\} 1$" "$T_TMP/m0"
t_grep "metrics: its load time" '^redline_guard_policy_loaded_timestamp_seconds [0-9]{10}' "$T_TMP/m0"

policy read_file
t_ok "reload through the API" rl guard reload --url "$G"
t_grep "says the new hash" "policy reloaded: sha256 $(sha256sum "$P" | cut -c1-64)" "$T_TMP/out"
ask PLEASE-CANCEL > "$T_TMP/b.json"
t_grep "the next request: cancel_alert passes" '"name":"cancel_alert"' "$T_TMP/b.json"
ask PLEASE-READ > "$T_TMP/c.json"
t_grep "and read_file is blocked" 'rule no-read_file' "$T_TMP/c.json"

printf 'version: 1\nrules:\n  - {id: x, action: explode, tools: [email]}\n' > "$P"
t_status "a broken policy is refused" 2 rl guard reload --url "$G"
t_grep "with its file:line" 'p\.yaml:3:[0-9]+: unknown action' "$T_TMP/err"
ask PLEASE-READ > "$T_TMP/d.json"
t_grep "the old policy keeps running" 'rule no-read_file' "$T_TMP/d.json"
curl -s "$G/metrics" > "$T_TMP/m1"
t_grep "metrics count the refusal" '^redline_guard_policy_reload_failures_total 1$' "$T_TMP/m1"

policy email
g0=$(gen)
kill -HUP "$GUARD_PID"
for i in $(seq 300); do [ "$(gen)" != "$g0" ] && break; sleep 0.1; done
t_eq "SIGHUP reloads too" "$(gen)" $((g0 + 1))
t_grep "and the guard logs it" 'policy reloaded' "$T_TMP/guard.log"

# under load: four clients loop until the reloads are done; every answer
# is a 200 (none dropped, none an error), across the swaps
load() { local i; for i in $(seq 300); do [ -e "$T_TMP/stop" ] && break
	curl -s -o /dev/null -w '%{http_code}\n' -m 20 -H "$CT" "$G/v1/chat/completions" -d "$BODY"; done; }
BODY=$(oa PLEASE-READ)
LP=
for c in 1 2 3 4; do load > "$T_TMP/load$c" & LP="$LP $!"; done
sleep 0.5
for k in 1 2 3; do policy "tool$k"; rl guard reload --url "$G" > /dev/null 2>&1; done
touch "$T_TMP/stop"
wait $LP
t_ok "requests were answered during the reloads" test "$(cat "$T_TMP"/load? | grep -c .)" -ge 8
t_eq "all of them 200" "$(cat "$T_TMP"/load? | grep -vc '^200$')" 0
t_eq "three more reloads" "$(gen)" $((g0 + 4))
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0
t_done
