#!/bin/bash
# Held MCP tools/call (issue 16): a call the policy holds waits for a person
# like a held model answer (same store, API, CLI, deadline, audit), reaches
# the MCP server only once approved, and outlives a guard restart: the same
# request sent again (same session, JSON-RPC id, tool and arguments)
# attaches to the pending hold. Real SDK server (tests/js/mcp_server.mjs)
# and the SDK's own client (tests/js/mcp_client.mjs) through /mcp/NAME.
# Also: tools the policy hides from an agent, PII in tool results, and a
# policy reload reaching the MCP route.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind # node servers; the ASan stage runs it
. "$REDLINE_SRC/tests/data/guard/lib.sh"
. "$REDLINE_SRC/tests/data/guard/mcp_lib.sh"
mcp_need_sdk
CL_PID=
trap 'for p in $GUARD_PID $MCP_PID $CL_PID; do kill "$p" 2>/dev/null; done; rm -rf "$T_TMP"' EXIT
AUTH="Authorization: Bearer $REDLINE_GUARD_TOKEN"
ACC='Accept: application/json, text/event-stream'

cat > "$T_TMP/policy.yaml" <<'YAML'
version: 1
organisation: {domains: [corp.test]}
hide_tools:
  - tools: [run_shell]
    agents: [intern]
rules:
  - id: unusual-account
    description: money moved to an account outside the usual ranges
    action: hold
    tools: [transfer_funds]
    args: [{field: to_account, pattern: "^77"}]
  - id: pii-back
    action: redact
    detectors: [pii]
    scope: [response]
YAML

mcp_node "$T_TMP/mcp.out" "$JS/mcp_server.mjs" "$T_TMP/calls.log"
MCP=$MCP_URL

serve() { mcp_guard "tools=$MCP" --db "$T_TMP/guard.db" "$@"; }
cl() { node "$JS/mcp_client.mjs" "$G/mcp/tools" "$@"; }
ran() { grep -c "\"to_account\":\"$1\"" "$T_TMP/calls.log"; }
approve() { curl -s -X POST -H "$AUTH" -d "{\"by\":\"bob\",\"note\":\"${2:-ok}\"}" "$G/api/holds/$1/approve"; }
serve

# 1. held, approved through the API: the call runs then, once, and its
#    result reaches the waiting SDK client; progress keeps it informed
cl 'call:send_email:{"to":"ana@corp.test","subject":"invoice 4471","body":"please pay today"}' \
	'callp:transfer_funds:{"to_account":"77-100","amount":5}' > "$T_TMP/c1.json" &
CL_PID=$!
wait_pending 1
id=$(pending_ids)
t_eq "one hold pending" "$(echo "$id" | grep -c .)" 1
t_eq "the server has not seen the held call" "$(ran 77-100)" 0
curl -s -H "$AUTH" "$G/api/holds" > "$T_TMP/api.json"
t_grep "the hold names the tool and rule" '"rule":"unusual-account"' "$T_TMP/api.json"
t_grep "its summary has the call's arguments" 'transfer_funds.*77-100' "$T_TMP/api.json"
t_grep "and the session's calls before it" '"context":\[\{"role":"assistant","text":"send_email' "$T_TMP/api.json"
t_grep "and their results" '"role":"tool","text":"sent to ana@corp.test: invoice 4471' "$T_TMP/api.json"
approve "$id" > "$T_TMP/ap.json"
t_grep "approved through the API" '"status":"approved"' "$T_TMP/ap.json"
wait $CL_PID; CL_PID=
t_grep "the result arrives" '"text":"transferred 5 to 77-100"' "$T_TMP/c1.json"
t_grep "progress said it was held" '"progress":\["held for a person.s approval: hold [0-9a-f]+' "$T_TMP/c1.json"
t_eq "the call ran exactly once" "$(ran 77-100)" 1

# 2. held, denied with the CLI: an isError result that says so; never run.
#    A raw client (curl) sees the SSE comment naming the hold while it waits
curl -s -N -m 30 -H "$CT" -H "$ACC" -d '{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"transfer_funds","arguments":{"to_account":"77-200","amount":8}}}' \
	"$G/mcp/tools" > "$T_TMP/c2.sse" &
CL_PID=$!
wait_pending 1
id=$(pending_ids)
i=0; while ! grep -q '^: held' "$T_TMP/c2.sse" && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
t_grep "SSE comment while held" "^: held for a person's approval: hold $id, decision due in [0-9]+ s" "$T_TMP/c2.sse"
t_ok "denied with the CLI" rl guard deny "$id" --db "$T_TMP/guard.db" --by alice --note "not this account"
wait $CL_PID; CL_PID=
t_grep "the denial is a tool result with isError" '^data: \{"jsonrpc":"2.0","id":3,"result":\{.*"isError":true' "$T_TMP/c2.sse"
t_grep "it names who denied and why" 'denied by cli:alice: not this account' "$T_TMP/c2.sse"
t_eq "the denied call never ran" "$(ran 77-200)" 0

# 3. held, then the guard restarts: the waiting client is told the hold
#    stays pending; the same request sent again attaches to it; approved,
#    it runs once and the retry gets the result
MCP_KEEP_SESSION=1 MCP_SEND_MS=60000 cl list 'send:7:transfer_funds:{"to_account":"77-300","amount":9}' > "$T_TMP/c3.json" &
CL_PID=$!
wait_pending 1
id=$(pending_ids)
stop_guard TERM; t_eq "guard stops with a call held" "$?" 0
wait $CL_PID; CL_PID=
t_grep "the waiting client was told" 'restarting; hold [0-9a-f]+ stays pending' "$T_TMP/c3.json"
sid=$(grep -o '"session":"[^"]*"' "$T_TMP/c3.json" | cut -d'"' -f4)
REDLINE_LOG=info serve --hold-timeout 2
t_eq "the hold survived the restart" "$(pending_ids)" "$id"
MCP_SEND_MS=60000 cl "session:$sid" 'send:7:transfer_funds:{"amount":9,"to_account":"77-300"}' > "$T_TMP/c4.json" &
CL_PID=$!
i=0; while ! grep -q "attached to hold $id" "$T_TMP/guard.log" && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
t_grep "the retry attached to the pending hold" "mcp request attached to hold $id" "$T_TMP/guard.log"
t_eq "not run before the approval" "$(ran 77-300)" 0
approve "$id" > /dev/null
wait $CL_PID; CL_PID=
t_grep "the retry gets the result" '"id":7,.*"text":"transferred 9 to 77-300"' "$T_TMP/c4.json"
t_eq "it ran exactly once" "$(ran 77-300)" 1
t_eq "one hold for it, not two" "$(rl guard list --db "$T_TMP/guard.db" --status all --json | grep -c '77-300')" 1

# 4. nobody decides before the deadline (--hold-timeout 2): denied
curl -s -m 30 -H "$CT" -H "$ACC" -d '{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"transfer_funds","arguments":{"to_account":"77-400","amount":1}}}' \
	"$G/mcp/tools" > "$T_TMP/c5.sse"
t_grep "timeout: isError, no decision" 'no decision before the deadline.*"isError":true' "$T_TMP/c5.sse"
t_eq "the timed-out call never ran" "$(ran 77-400)" 0

# 5. hidden tools: gone from the intern's tools/list, a call refused
#    unseen; another agent sees and calls it. PII in a result is redacted
MCP_HEADERS='{"x-redline-agent":"intern"}' cl list 'call:run_shell:{"command":"ls"}' > "$T_TMP/c6.json"
t_grep "intern: run_shell hidden from tools/list" '"result":\["send_email","transfer_funds"\]' "$T_TMP/c6.json"
t_grep "intern: a call to it is refused" '"name":"run_shell".*not available.*"isError":true' "$T_TMP/c6.json"
t_eq "the hidden call never ran" "$(grep -c '"command":"ls"' "$T_TMP/calls.log")" 0
MCP_HEADERS='{"x-redline-agent":"ops"}' cl list 'call:send_email:{"to":"ana@corp.test","subject":"SSN 078-05-1120 check","body":"hi"}' > "$T_TMP/c7.json"
t_grep "ops: run_shell listed" '"result":\["send_email","transfer_funds","run_shell"\]' "$T_TMP/c7.json"
t_grep "a result with PII arrives" '"name":"send_email".*"text":"sent to ana@corp.test: SSN' "$T_TMP/c7.json"
t_eq "the PII in it is redacted" "$(grep -c '078-05-1120' "$T_TMP/c7.json")" 0

# 6. a policy reload reaches the MCP route at the next call: send_email,
#    allowed so far, is blocked by the new policy without a restart
mail='{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"send_email","arguments":{"to":"ana@corp.test","subject":"s","body":"b"}}}'
sed -i 's/^rules:$/rules:\n  - {id: no-mail-today, action: block, tools: [send_email]}/' "$T_TMP/policy.yaml"
t_ok "reload through the API" rl guard reload --url "$G"
curl -s -H "$CT" -H "$ACC" -d "$mail" "$G/mcp/tools" > "$T_TMP/c8.json"
t_grep "the next call is judged by the new policy" 'no-mail-today.*"isError":true' "$T_TMP/c8.json"

rl guard audit --db "$T_TMP/guard.db" > "$T_TMP/audit" 2>&1
t_grep "audit: the hold" '"what":"hold".*"rule":"unusual-account"' "$T_TMP/audit"
t_grep "audit: the approval" '"who":"api:bob","what":"approve"' "$T_TMP/audit"
t_grep "audit: the timeout" '"who":"timeout"' "$T_TMP/audit"
curl -s "$G/metrics" > "$T_TMP/metrics"
t_grep "metrics: MCP holds counted" 'redline_guard_mcp_calls_total\{verdict="hold"\} [1-9]' "$T_TMP/metrics"
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0
t_done
