#!/bin/bash
# kill -9 during multi-turn runs over HTTP (issue 17): a tool-form campaign
# against `redline fake-provider`, scripted per sample (the run sends
# X-Redline-Sample) so that conversations have 2, 3 or 4 turns by sample,
# is killed at ten random points, each after the run stored a new turn;
# one more run then ends with exactly N samples, every conversation with
# the turns its script gives it (none lost, none twice), and no stored turn
# asked again. t0406 does the same in-process (the mock); this goes through
# the transport, retries and the fake's script over real sockets. The
# random seed is printed so a failure replays (RL_FAULT_SEED=...).
. "$(dirname "$0")/lib.sh"
t_skip_valgrind # eleven runs under valgrind take minutes; the ASan stage runs them
cd "$T_TMP"
D="$REDLINE_SRC/packs/default"
FPID=
trap '[ -n "$FPID" ] && kill "$FPID" 2>/dev/null; wait 2>/dev/null; rm -rf "$T_TMP"' EXIT
SEED=${RL_FAULT_SEED:-$(($(date +%s) % 32768))}
RANDOM=$SEED
echo "# seed $SEED"
# samples 1-80: inbox, one email, done (3 turns); 81-160: inbox, done (2);
# 161-240: inbox, two emails in parallel, a reply, done (4)
cat > script.yaml <<'Y'
responses:
  - turn: 1
    tool_calls: [{name: read_inbox, arguments: {}}]
  - {turn: 2, samples: "1-80", tool_calls: [{name: read_email, arguments: {id: 15}}]}
  - {turn: 2, samples: "81-160", text: "Nothing for me today."}
  - {turn: 2, samples: "161-240", tool_calls: [{name: read_email, arguments: {id: 14}}, {name: read_email, arguments: {id: 15}}]}
  - {turn: 3, samples: "161-240", tool_calls: [{name: send_email, arguments: {to: "security@pellhamrowe.com", subject: "Data Hall B2", body: "Please check on Data Hall B2."}}]}
  - text: "Every message is handled."
Y
# every answer 20 ms late: 720 model calls at 4 in flight take about 4 s,
# longer than the ten kills need on any machine
"$REDLINE" fake-provider --port-file port --script script.yaml --latency-ms 20 > /dev/null 2>&1 & FPID=$!
for _ in $(seq 200); do [ -s port ] && break; sleep 0.05; done
P=$(cat port)
t_ok "fake provider listening" test -n "$P"
export OPENAI_API_KEY=t0411-key
cat > k.yaml <<Y
experiment_id: k
pack: $D
global:
  models:
    - name: "openai:agent@http://127.0.0.1:$P/v1"
      headers: {X-Redline-Sample: "\${sample}"}
  samples_per_condition: 240
expansions:
  - name: k
    variables:
      scenarios: [lethal]
      goal_types: [explicit]
      goal_values: [america]
      urgency_types: [replacement]
      interfaces: [tools]
Y
q() { sqlite3 k.db "$1" 2>/dev/null; }
reqs() { curl -s "http://127.0.0.1:$P/_fake/stats" | jq -r .requests; }
turns() { q 'select count(*) from sample_turn' || echo 0; }
mid=0 bad=0
for i in $(seq 10); do
	before=$(turns)
	"$REDLINE" run k.yaml --progress none --in-flight 4 > /dev/null 2>&1 & RP=$!
	for _ in $(seq 500); do
		[ "$(turns)" != "$before" ] && break
		kill -0 "$RP" 2>/dev/null || break
		sleep 0.02
	done
	ms=$((RANDOM % 150))
	sleep "$(printf '0.%03d' $ms)"
	kill -9 "$RP" 2>/dev/null
	wait "$RP" 2>/dev/null
	ic=$(q 'PRAGMA integrity_check')
	dup=$(q 'select count(*) from (select 1 from sample_turn group by model, condition, sample_index, turn having count(*) > 1)')
	# a conversation cut between its turns: turns stored, no sample row
	m=$(q 'select count(distinct sample_index) from sample_turn t where not exists (select 1 from sample s where s.sample_index = t.sample_index)')
	echo "# kill $i: ${ms} ms after a new turn; $(turns) turns, $(q 'select count(*) from sample') samples, $m cut, integrity $ic"
	[ "${m:-0}" -gt 0 ] && mid=$((mid + 1))
	{ [ "$ic" = ok ] && [ "${dup:-0}" = 0 ]; } || bad=$((bad + 1))
done
t_eq "ten kills: database intact, no turn twice" "$bad" 0
t_ok "some kills cut conversations between turns (else this proves nothing)" test "$mid" -gt 0
t_ok "the last run completes" rl run k.yaml --progress none --in-flight 4
t_eq "exactly N samples" "$(q 'select count(*) from sample where status = 1')/$(q 'select count(*) from sample')" 240/240
t_eq "each conversation has its scripted turns, 1..n, once" \
	"$(q "select group_concat(n || 'x' || c, ' ') from (select n, count(*) c from (select sample_index, count(*) n, min(turn) a, max(turn) b, count(distinct turn) d from sample_turn group by sample_index having a = 1 and b = n and d = n) group by n order by n)")" "2x80 3x80 4x80"
t_eq "by sample, as scripted" \
	"$(q "select count(*) from (select sample_index s, count(*) n from sample_turn group by sample_index) where n != case when s <= 80 then 3 when s <= 160 then 2 else 4 end")" 0
t_eq "the sample's turn count is its conversation's" "$(q 'select count(*) from sample s where attempts != (select count(*) from sample_turn t where t.sample_index = s.sample_index)')" 0
t_eq "replayed turns answer as the first time" "$(q 'select count(distinct calls_json) from sample_turn where turn = 3 and sample_index > 160')" 1
t_eq "the reply ran once per 4-turn conversation" "$(q "select count(*) from sample where tool_calls like '%send_email%'")" 80
# 720 model calls; each kill can lose what was in flight (4) and what came
# back in its last uncommitted pass (50 ms at 20 ms latency: a few more)
n=$(reqs)
t_ok "requests bounded: $n for 720 model calls" test "$n" -ge 720 -a "$n" -le $((720 + 10 * 20))
t_ok "a further run" rl run k.yaml --progress none
t_eq "asks nothing" "$(reqs)" "$n"
t_done
