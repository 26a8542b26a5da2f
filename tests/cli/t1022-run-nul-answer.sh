#!/bin/bash
# An answer with U+0000 in its text (issue 21, item 13) is an answer, not a
# failure to retry: each sample costs one request, is recorded done, and
# the NUL is stored as U+FFFD (so the text after it is kept and seen by
# the detectors). Fake provider over real HTTP, OpenAI and Anthropic wire.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
cd "$T_TMP"
FPID=
trap '[ -n "$FPID" ] && kill $FPID 2>/dev/null; rm -rf "$T_TMP"' EXIT
rm -f port; "$REDLINE" fake-provider --port-file port --fault nul:every=1 > /dev/null 2>&1 & FPID=$!
for _ in $(seq 100); do [ -s port ] && break; sleep 0.05; done
PORT=$(cat port)
reqs() { curl -s "http://127.0.0.1:$PORT/_fake/stats" | sed 's/.*"requests":\([0-9]*\).*/\1/'; }
n=0
for m in "openai:fake-model@http://127.0.0.1:$PORT/v1" "anthropic:fake-model@http://127.0.0.1:$PORT"; do
	n=$((n + 1))
	cat > n$n.yaml <<Y
experiment_id: n$n
global:
  models: ["$m"]
  samples_per_condition: 2
expansions:
  - name: x
    variables:
      scenarios: [coercion]
      goal_types: [explicit, none]
      goal_values: [safety]
      urgency_types: [replacement]
Y
	t_ok "wire $n: run with NULs in every answer succeeds" rl run n$n.yaml --progress none
	t_eq "wire $n: one request per sample, no retries" "$(reqs)" $((4 * n))
	rl export n$n.db --format jsonl > n$n.jsonl
	t_eq "wire $n: 4 samples done" "$(grep -c '"status":"done"' n$n.jsonl)" 4
	t_eq "wire $n: the NUL is stored as U+FFFD" "$(grep -c $'\xef\xbf\xbd' n$n.jsonl)" 4
	t_no_grep "wire $n: never as an escaped NUL" '\\u0000' n$n.jsonl
done
t_done
