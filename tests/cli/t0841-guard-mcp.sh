#!/bin/bash
# The MCP gateway (issue 16): `redline guard serve --mcp NAME=URL` in front
# of a real MCP server built on the official SDK (tests/js/mcp_server.mjs:
# send_email, transfer_funds, run_shell; it logs every call it executes),
# called by the SDK's own client (StreamableHTTPClientTransport) through
# /mcp/NAME, unchanged. No model API behind this guard (--upstream absent).
. "$(dirname "$0")/lib.sh"
t_skip_valgrind # node servers; the ASan stage runs it
. "$REDLINE_SRC/tests/data/guard/lib.sh"
. "$REDLINE_SRC/tests/data/guard/mcp_lib.sh"
mcp_need_sdk
trap 'for p in $GUARD_PID $MCP_PID; do kill "$p" 2>/dev/null; done; rm -rf "$T_TMP"' EXIT

# bad --mcp values are refused with what was expected
rl guard serve --mcp 'a b=http://127.0.0.1:1/mcp' --db "$T_TMP/x.db" > /dev/null 2> "$T_TMP/e1"
t_eq "bad name: usage error" "$?" 2
t_grep "bad name: says what a name is" "expected NAME=URL, NAME of letters" "$T_TMP/e1"
rl guard serve --mcp 'x=ftp://h/mcp' --db "$T_TMP/x.db" > /dev/null 2> "$T_TMP/e2"
t_grep "bad URL refused" "expected an http:// or https:// URL" "$T_TMP/e2"
rl guard serve --mcp 'x=http://127.0.0.1:1/a' --mcp 'x=http://127.0.0.1:2/b' --db "$T_TMP/x.db" > /dev/null 2> "$T_TMP/e3"
t_grep "duplicate name refused" "the name 'x' is given twice" "$T_TMP/e3"
rl guard serve --db "$T_TMP/x.db" > /dev/null 2> "$T_TMP/e4"
t_grep "neither --upstream nor --mcp" "--upstream URL or --mcp NAME=URL is required" "$T_TMP/e4"

cat > "$T_TMP/policy.yaml" <<'YAML'
version: 1
organisation: {domains: [corp.test]}
rules:
  - id: mail-confidential-out
    description: confidential material mailed outside the organisation
    action: block
    tools: [send_email]
    args: [{field: to, recipient: external}, {field: body, keywords: [confidential]}]
  - id: unusual-account
    action: hold
    tools: [transfer_funds]
    args: [{field: to_account, pattern: "^77"}]
  - id: secrets-back
    action: redact
    detectors: [secrets]
    scope: [response]
YAML

mcp_node "$T_TMP/mcp.out" "$JS/mcp_server.mjs" "$T_TMP/calls.log"
MCP=$MCP_URL

mcp_guard "tools=$MCP" --db "$T_TMP/guard.db" --max-body 65536
cl() { node "$JS/mcp_client.mjs" "$G/mcp/tools" "$@"; }

# the same calls straight to the server and through the guard: same bytes
node "$JS/mcp_client.mjs" "$MCP" 'call:transfer_funds:{"to_account":"12-345","amount":40}' > "$T_TMP/direct.json"
# one SDK session through the guard (node starts slowly: one client run)
MCP_LAG=started cl list 'call:transfer_funds:{"to_account":"12-345","amount":40}' 'resource:notes://today' \
	'prompt:summarise:{"text":"the week"}' ping 'call:send_email:{"to":"ana@corp.test","subject":"lunch","body":"at noon"}' \
	'call:send_email:{"to":"someone@elsewhere.test","subject":"q3","body":"confidential numbers attached"}' \
	'call:run_shell:{"command":"printenv"}' 'call:run_shell:{"command":"slow printenv"}' \
	wait:300 > "$T_TMP/ok.json"
t_grep "tools/list passes" '"result":\["send_email","transfer_funds","run_shell"\]' "$T_TMP/ok.json"
want=$(grep '"op":"call"' "$T_TMP/direct.json")
t_eq "allowed call: the server's exact result" "$(grep -F '"name":"transfer_funds"' "$T_TMP/ok.json" | head -1)" "$want"
t_grep "resources pass" '"text":"standup at ten"' "$T_TMP/ok.json"
t_grep "prompts pass" 'Summarise: the week' "$T_TMP/ok.json"
t_grep "allowed email sent" '"text":"sent to ana@corp.test: lunch"' "$T_TMP/ok.json"
t_grep "session kept through the guard" '"session":"[0-9a-f-]{36}"' "$T_TMP/ok.json"
t_grep "SSE: the request stream's notification arrives" '"notifications":\[.*"sending"' "$T_TMP/ok.json"
t_grep "SSE: the GET stream's notification arrives" '"notifications":\[.*"call finished"' "$T_TMP/ok.json"

# confidential to an outsider: blocked, the server never sees it
t_eq "blocked call: isError result naming the rule" \
	"$(grep '"name":"send_email"' "$T_TMP/ok.json" | grep '"isError":true' | grep -c mail-confidential-out)" 1
t_eq "the server never saw the blocked call" "$(grep -c elsewhere.test "$T_TMP/calls.log")" 0

# a secret in a tool result is redacted on the way back
grep '"name":"run_shell"' "$T_TMP/ok.json" > "$T_TMP/sec.json"
secret=$(cat "$T_TMP/calls.log.secret")
t_grep "the shell ran" 'HOME=/srv/app' "$T_TMP/sec.json"
t_eq "the secret does not reach the client" "$(grep -cF "$secret" "$T_TMP/sec.json")" 0
# an SSE answer is relayed event by event, not read whole: the notification
# sent 1.5 s before the result reaches the client 1.5 s before it; the
# result, judged as a whole message, still loses the secret
t_grep "SSE relayed as it comes: the first event arrives early" '"lag_ms":1[0-9]{3}' "$T_TMP/sec.json"
t_eq "two shell results, no secret in either" "$(grep -c 'HOME=/srv/app' "$T_TMP/sec.json")" 2

# held calls: t0842-guard-mcp-hold.sh

# malformed JSON-RPC, a batch, an oversized message, an unknown route
st=$(curl -s -o "$T_TMP/m1" -w '%{http_code}' -H "$CT" -H 'Accept: application/json, text/event-stream' -d '{"jsonrpc":' "$G/mcp/tools")
t_eq "malformed JSON: 400" "$st" 400
t_grep "malformed JSON: -32700" '"code":-32700' "$T_TMP/m1"
curl -s -H "$CT" -H 'Accept: application/json, text/event-stream' \
	-d '[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"send_email","arguments":{"to":"x@elsewhere.test","subject":"s","body":"confidential"}}},7]' \
	"$G/mcp/tools" > "$T_TMP/m2"
t_grep "batch: the bad element gets -32600" '"code":-32600' "$T_TMP/m2"
t_grep "batch: the blocked call gets isError" '"isError":true' "$T_TMP/m2"
head -c 70000 /dev/zero | tr '\0' 'a' > "$T_TMP/big"
st=$(curl -s -o "$T_TMP/m3" -w '%{http_code}' -H "$CT" --data-binary @"$T_TMP/big" "$G/mcp/tools")
t_eq "oversized message: 413" "$st" 413
st=$(curl -s -o /dev/null -w '%{http_code}' -H "$CT" -d '{}' "$G/mcp/nope")
t_eq "unknown MCP route: 404" "$st" 404
st=$(curl -s -o /dev/null -w '%{http_code}' -H "$CT" -d '{}' "$G/v1/chat/completions")
t_eq "no --upstream: model route 404" "$st" 404
t_eq "the server saw none of these calls" "$(grep -c elsewhere.test "$T_TMP/calls.log")" 0

curl -s "$G/metrics" > "$T_TMP/metrics"
t_grep "metrics: MCP blocks counted" 'redline_guard_mcp_calls_total\{verdict="block"\} [1-9]' "$T_TMP/metrics"
t_grep "metrics: MCP allows counted" 'redline_guard_mcp_calls_total\{verdict="allow"\} [1-9]' "$T_TMP/metrics"
rl guard audit --db "$T_TMP/guard.db" > "$T_TMP/audit" 2>&1
t_grep "audit: the block is recorded" 'mail-confidential-out' "$T_TMP/audit"
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0

# a hostile MCP server: answers the guard cannot judge fail closed: a JSON
# body that is not JSON becomes the guard's isError result for the call;
# an SSE answer cut mid-event, or one event past --max-response, ends with
# a JSON-RPC error event for the waiting call (what came before the cut
# still arrives)
cat > "$T_TMP/hostile.mjs" <<'JS'
import http from "node:http";
const ev = (o) => `event: message\ndata: ${JSON.stringify(o)}\n\n`;
const srv = http.createServer((q, a) => {
  let b = "";
  q.on("data", (d) => (b += d));
  q.on("end", () => {
    if (b.includes("CASE-notjson")) {
      a.writeHead(200, { "content-type": "application/json" });
      a.end("this is no JSON-RPC answer");
    } else if (b.includes("CASE-cut")) {
      a.writeHead(200, { "content-type": "text/event-stream" });
      a.write(ev({ jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "early" } }));
      setTimeout(() => { a.write('data: {"jsonrpc":"2.0","id":5,"res'); a.socket.destroy(); }, 50);
    } else {
      a.writeHead(200, { "content-type": "text/event-stream" });
      a.end("data: " + "x".repeat(9000));
    }
  });
});
srv.listen(0, "127.0.0.1", () => console.log("listening " + srv.address().port));
JS
mcp_node "$T_TMP/hostile.out" "$T_TMP/hostile.mjs"
mcp_guard "bad=$MCP_URL" --db "$T_TMP/guard2.db" --max-response 4096
hcall() { # ID CASE
	curl -s -N -H "$CT" -H 'Accept: application/json, text/event-stream' -w '\nstatus=%{http_code}\n' \
		-d "{\"jsonrpc\":\"2.0\",\"id\":$1,\"method\":\"tools/call\",\"params\":{\"name\":\"run_shell\",\"arguments\":{\"command\":\"$2\"}}}" \
		"$G/mcp/bad"
}
hcall 4 CASE-notjson > "$T_TMP/h1"
t_grep "not JSON: the guard's isError result for the call" '^\{"jsonrpc":"2.0","id":4,"result":.*guard.error.*"isError":true' "$T_TMP/h1"
t_eq "not JSON: none of its bytes pass" "$(grep -c 'no JSON-RPC answer' "$T_TMP/h1")" 0
hcall 5 CASE-cut > "$T_TMP/h2"
t_grep "cut stream: the event before the cut arrives" '"data":"early"' "$T_TMP/h2"
t_grep "cut stream: the call gets a JSON-RPC error event" '^data: \{"jsonrpc":"2.0","id":5,"error":\{"code":-32603' "$T_TMP/h2"
t_eq "cut stream: the partial event does not pass" "$(grep -c '"res$' "$T_TMP/h2")" 0
hcall 6 CASE-big > "$T_TMP/h3"
t_grep "oversized event: a JSON-RPC error event" '^data: \{"jsonrpc":"2.0","id":6,"error":\{"code":-32603' "$T_TMP/h3"
t_eq "oversized event: none of it passes" "$(grep -c xxxxxxxx "$T_TMP/h3")" 0
stop_guard TERM; t_eq "second guard stops cleanly" "$?" 0
t_done
