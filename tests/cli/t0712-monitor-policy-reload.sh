#!/bin/bash
# redline monitor --follow --policy FILE: a changed policy file is picked up
# without a restart (lines read after the change are judged by the new
# rules), a policy that does not compile is refused with its file:line and
# the one in force keeps judging. Small one-rule policies: cheap under
# valgrind too.
. "$(dirname "$0")/lib.sh"
LOG="$T_TMP/agent.jsonl"
OUT="$T_TMP/findings.jsonl"
P="$T_TMP/p.yaml"
# tool calls written the way the action extractor reads them in answer text
call() { printf '{"role":"assistant","content":"<tool_use>{\\"name\\": \\"%s\\", \\"input\\": {}}</tool_use>"}\n' "$1"; }
policy() { printf 'version: 1\nrules:\n  - {id: %s-rule, action: block, tools: [%s]}\n' "$1" "$1" > "$P.tmp" && mv "$P.tmp" "$P"; }
wait_for() { local i; for i in $(seq 600); do grep -qE "$1" "$2" 2> /dev/null && return 0; sleep 0.1; done; return 1; }

policy alpha
: > "$LOG"
"$REDLINE" monitor --follow --policy "$P" --output "$OUT" "$LOG" 2> "$T_TMP/ferr" &
PID=$!
for i in $(seq 600); do [ -f "$OUT" ] && break; sleep 0.1; done # opened once compiled
sleep 0.3
call alpha >> "$LOG"
call beta >> "$LOG"
t_ok "first policy: alpha flagged" wait_for '"rule":"alpha-rule"' "$OUT"
t_no_grep "first policy: beta not" 'beta-rule' "$OUT"

policy beta
t_ok "the change is reported" wait_for 'policy reloaded from .*p\.yaml \(1 rules\)' "$T_TMP/ferr"
call alpha >> "$LOG"
call beta >> "$LOG"
t_ok "new policy: beta flagged" wait_for '"rule":"beta-rule"' "$OUT"
t_eq "new policy: alpha no longer" "$(grep -c 'alpha-rule' "$OUT")" 1

printf 'version: 1\nrules:\n  - {id: broken, action: explode, tools: [beta]}\n' > "$P"
t_ok "a broken policy is refused with file:line" wait_for 'policy not reloaded, the previous one stays: .*p\.yaml:3:[0-9]+: unknown action' "$T_TMP/ferr"
call beta >> "$LOG"
for i in $(seq 600); do [ "$(grep -c beta-rule "$OUT")" -ge 2 ] && break; sleep 0.1; done
t_eq "the previous policy still judges" "$(grep -c 'beta-rule' "$OUT")" 2
kill -TERM $PID
wait $PID
t_grep "summary keeps the counts by rule" 'beta-rule' "$T_TMP/ferr"
t_done
