#!/bin/bash
# The guard proxy driven with curl against the fake provider: pass-through,
# blocks, redaction both ways, holds decided by CLI, API and web page,
# errors, limits, metrics, audit, and keys kept out of logs and the DB.
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"
P="$GDATA/policy.yaml"

# ---- usage errors
t_status "serve needs --upstream" 2 rl guard serve --db "$T_TMP/x.db"
t_status "non-loopback listen refused" 2 rl guard serve --upstream http://127.0.0.1:9 --listen 0.0.0.0:8787 --db "$T_TMP/x.db"
t_grep "says why" "loopback" "$T_TMP/err"
printf 'version: 1\nrules:\n  - id: x\n    action: explode\n' > "$T_TMP/bad.yaml"
t_status "bad policy is an input error" 2 rl guard serve --upstream http://127.0.0.1:9 --policy "$T_TMP/bad.yaml" --db "$T_TMP/x.db"
t_grep "bad policy names file:line" "bad.yaml:4" "$T_TMP/err"
t_status "unknown subcommand" 2 rl guard frobnicate

start_fake
start_guard --policy "$P"

# ---- metrics right away
curl -s "$G/metrics" > "$T_TMP/m0"
t_grep "metrics in Prometheus text" '^# TYPE redline_guard_responses_total counter' "$T_TMP/m0"
t_grep "pending gauge" '^redline_guard_holds_pending 0$' "$T_TMP/m0"

# ---- allowed: passes through unchanged (ids and timestamps aside)
norm() { sed -E 's/"id":"[^"]*"//g; s/"created":[0-9]+//g' "$1"; }
curl -s "$FAKE/v1/chat/completions" -d "$(oa 'hello there')" > "$T_TMP/direct.json"
curl -s -H "$CT" "$G/v1/chat/completions" -d "$(oa 'hello there')" > "$T_TMP/via.json"
t_eq "allowed OpenAI response unchanged" "$(norm "$T_TMP/via.json")" "$(norm "$T_TMP/direct.json")"
curl -s "$FAKE/v1/messages" -d "$(an 'PLEASE-READ' ',"stream":true')" > "$T_TMP/direct.sse"
curl -s -H "$CT" "$G/v1/messages" -d "$(an 'PLEASE-READ' ',"stream":true')" > "$T_TMP/via.sse"
t_eq "allowed Anthropic stream unchanged" "$(norm "$T_TMP/via.sse")" "$(norm "$T_TMP/direct.sse")"
t_grep "allowed tool call kept" '"name":"read_file"' "$T_TMP/via.sse"

# ---- blocked: well-formed, call removed, explanation added
curl -s -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-CANCEL')" > "$T_TMP/b.json"
t_no_grep "blocked call removed" 'cancel_alert"' "$T_TMP/b.json"
t_grep "explanation added" '\[redline guard\] The tool call `cancel_alert` was blocked' "$T_TMP/b.json"
t_grep "names the rule" 'rule block-cancel-alert' "$T_TMP/b.json"
t_grep "finish reason adjusted" '"finish_reason":"stop"' "$T_TMP/b.json"
curl -s -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-CANCEL' ',"stream":true')" > "$T_TMP/b.sse"
t_no_grep "blocked in stream too" '"name":"cancel_alert"' "$T_TMP/b.sse"
t_grep "stream still ends with DONE" '^data: \[DONE\]$' "$T_TMP/b.sse"
curl -s -H "$CT" "$G/v1/messages" -d "$(an 'PLEASE-CANCEL' ',"stream":true')" > "$T_TMP/b2.sse"
t_grep "Anthropic stream ends with message_stop" '^event: message_stop$' "$T_TMP/b2.sse"
t_grep "Anthropic stop reason end_turn" '"stop_reason":"end_turn"' "$T_TMP/b2.sse"
t_no_grep "Anthropic tool_use removed" '"name":"cancel_alert"' "$T_TMP/b2.sse"

# ---- redaction: response secrets, request compartmentalization
curl -s -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-SECRET')" > "$T_TMP/r.json"
t_grep "secret in answer redacted" 'The key is \[REDACTED\] as requested' "$T_TMP/r.json"
curl -s -H "$CT" "$G/v1/chat/completions" -d "$(oa 'tell me about Project Aurora')" > "$T_TMP/c.json"
t_grep "sensitive request text never reached the model" 'SAW-REDACTED' "$T_TMP/c.json"
code=$(curl -s -o "$T_TMP/c2.json" -w '%{http_code}' -H "$CT" "$G/v1/messages" \
	-d '{"model":"m","max_tokens":9,"messages":[{"role":"user","content":[{"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"JVBERi0K"}}]}]}')
t_eq "a document the guard cannot redact is refused" "$code" 400
t_grep "and the agent is told why" 'cannot be redacted' "$T_TMP/c2.json"

# ---- agent scoping: the trusted bot's email is not held
curl -s -m 10 -H "$CT" "$G/v1/chat/completions" -H 'x-agent-role: trusted' -d "$(oa 'PLEASE-EMAIL-OUT')" > "$T_TMP/s.json"
t_grep "scoped allow rule lets the trusted agent through" '"name":"email"' "$T_TMP/s.json"
curl -s -m 10 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-IN')" > "$T_TMP/in.json"
t_grep "internal recipient not held" 'kyle@summitbridge.example' "$T_TMP/in.json"

# ---- holds: CLI approve, API deny, web page deny
curl -s -m 30 -H "$CT" "$G/v1/chat/completions" -H 'Authorization: Bearer sk-live-SECRETKEY-1234567890' \
	-d "$(oa 'PLEASE-EMAIL-OUT one')" > "$T_TMP/h1.json" &
H1=$!
curl -s -m 30 -H "$CT" "$G/v1/messages" -H 'x-redline-agent: <script>alert(1)</script>' \
	-d "$(an 'PLEASE-EMAIL-OUT two' ',"stream":true')" > "$T_TMP/h2.sse" &
H2=$!
curl -s -m 30 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT three')" > "$T_TMP/h3.json" &
H3=$!
wait_pending 3
t_eq "three holds pending" "$(pending_ids | grep -c .)" 3
t_ok "list shows holds" rl guard list --db "$T_TMP/guard.db"
t_grep "list shows the held call" 'press@rival.example' "$T_TMP/out"
t_grep "list names the rule" 'rule=hold-external-email' "$T_TMP/out"
curl -s "$G/metrics" > "$T_TMP/m1"
t_grep "pending gauge counts them" '^redline_guard_holds_pending 3$' "$T_TMP/m1"
id1=$(rl guard list --db "$T_TMP/guard.db" --json | grep -oE '"id":"[0-9a-f]+","created_ms":[0-9]+,"deadline_ms":[0-9]+,"agent":"key:[0-9a-f]+' | cut -d'"' -f4)
id2=$(rl guard list --db "$T_TMP/guard.db" --json | grep -oE '"id":"[0-9a-f]+","created_ms":[0-9]+,"deadline_ms":[0-9]+,"agent":"<script>' | cut -d'"' -f4)
id3=$(pending_ids | grep -v -e "$id1" -e "$id2")
t_ok "CLI approve" rl guard approve "$id1" --db "$T_TMP/guard.db" --by alice
wait $H1
t_grep "approved call released" '"name":"email"' "$T_TMP/h1.json"
t_grep "approved response is the original" 'press@rival.example' "$T_TMP/h1.json"
t_status "deciding twice is refused" 2 rl guard deny "$id1" --db "$T_TMP/guard.db"
t_grep "says who decided" 'already approved by cli:alice' "$T_TMP/err"
t_status "unknown hold" 2 rl guard approve 0123456789abcdef --db "$T_TMP/guard.db"

code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$G/api/holds/$id2/deny")
t_eq "API without token is 401" "$code" 401
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Authorization: Bearer wrong-token-0123456789' "$G/api/holds/$id2/deny")
t_eq "API with a wrong token is 401" "$code" 401
curl -s -H "Authorization: Bearer $REDLINE_GUARD_TOKEN" "$G/api/holds" > "$T_TMP/api.json"
t_grep "API lists pending holds" "\"id\":\"$id2\"" "$T_TMP/api.json"
curl -s -X POST -H "Authorization: Bearer $REDLINE_GUARD_TOKEN" -d '{"by":"bob","note":"not today"}' "$G/api/holds/$id2/deny" > "$T_TMP/d.json"
t_grep "API deny" '"status":"denied"' "$T_TMP/d.json"
wait $H2
t_grep "denied stream is well-formed" '^event: message_stop$' "$T_TMP/h2.sse"
t_no_grep "denied call removed" '"name":"email"' "$T_TMP/h2.sse"
t_grep "denial explained" 'held for approval and denied' "$T_TMP/h2.sse"

code=$(curl -s -o /dev/null -w '%{http_code}' "$G/holds")
t_eq "web page needs the token" "$code" 401
curl -s -L -c "$T_TMP/jar" -b "$T_TMP/jar" "$G/holds?token=$REDLINE_GUARD_TOKEN" > "$T_TMP/page.html"
t_grep "page lists the pending hold" "$id3" "$T_TMP/page.html"
t_no_grep "page has no raw markup from agents" '<script>' "$T_TMP/page.html"
curl -s -X POST -d "token=$REDLINE_GUARD_TOKEN&by=carol" "$G/holds/$id3/deny" > "$T_TMP/pd.html"
t_grep "page decision recorded" "Hold $id3 denied" "$T_TMP/pd.html"
wait $H3
t_grep "page-denied call replaced" 'was held for approval and denied' "$T_TMP/h3.json"
t_eq "no holds left pending" "$(pending_ids | grep -c .)" 0

# ---- errors and limits
code=$(curl -s -o "$T_TMP/e1" -w '%{http_code}' -H "$CT" "$G/v1/chat/completions" -d '{"model":"m","messages":')
t_eq "malformed JSON is 400" "$code" 400
t_grep "400 says why" 'not valid JSON' "$T_TMP/e1"
code=$(curl -s -o "$T_TMP/e2" -w '%{http_code}' -H "$CT" "$G/v1/chat/completions" -d '{"model":"m"}')
t_eq "missing messages is 400" "$code" 400
t_grep "names the field" 'messages' "$T_TMP/e2"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "$CT" "$G/v1/messages" -d '{"model":"m","messages":[]}')
t_eq "Anthropic without max_tokens is 400" "$code" 400
code=$(curl -s -o "$T_TMP/e3" -w '%{http_code}' -H "$CT" "$G/v1/chat/completions" -d "$(oa 'boom [[fault:500]]')")
t_eq "upstream error status passes through" "$code" 500
code=$(curl -s -o /dev/null -w '%{http_code}' -X GET -H "$CT" "$G/v1/chat/completions")
t_eq "GET on the proxy path is 405" "$code" 405

# ---- audit, metrics, secrets
sleep 0.3 # policy verdicts are written in batches every 100 ms
t_ok "audit log" rl guard audit --db "$T_TMP/guard.db"
t_grep "audit: CLI approval with who and rule" '"who":"cli:alice","what":"approve","hold":"[0-9a-f]+","agent":"key:[0-9a-f]+","rule":"hold-external-email"' "$T_TMP/out"
t_grep "audit: API denial" '"who":"api:bob","what":"deny"' "$T_TMP/out"
t_grep "audit: web denial" '"who":"web:carol","what":"deny"' "$T_TMP/out"
t_grep "audit: policy block with rule" '"who":"policy","what":"block".*"rule":"block-cancel-alert"' "$T_TMP/out"
t_grep "audit: request redaction" '"what":"redact".*"rule":"compartment"' "$T_TMP/out"
curl -s "$G/metrics" > "$T_TMP/m2"
t_grep "metrics count blocks" '^redline_guard_responses_total\{format="openai",verdict="block"\} [1-9]' "$T_TMP/m2"
t_grep "metrics count decisions" '^redline_guard_hold_decisions_total\{decision="denied"\} 2$' "$T_TMP/m2"
stop_guard TERM; t_eq "guard stops cleanly on SIGTERM" "$?" 0
t_no_grep "key never in the log" 'SECRETKEY' "$T_TMP/guard.log"
t_ok "dump the database" sh -c "cat '$T_TMP'/guard.db* > '$T_TMP/db.bin'"
t_no_grep "key never in the database" 'SECRETKEY' "$T_TMP/db.bin"

# ---- upstream down: 502, and a small body limit
start_guard --policy "$P" --max-body 1000
kill "$FAKE_PID"; wait "$FAKE_PID" 2>/dev/null; FAKE_PID=
code=$(curl -s -o "$T_TMP/e4" -w '%{http_code}' -H "$CT" "$G/v1/chat/completions" -d "$(oa 'hello')")
t_eq "unreachable upstream is 502" "$code" 502
t_grep "502 body is an OpenAI error" '"type":"upstream_error"' "$T_TMP/e4"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "$CT" "$G/v1/chat/completions" -d "$(oa "$(head -c 2000 /dev/zero | tr '\0' 'b')")")
t_eq "--max-body limits requests" "$code" 413
stop_guard TERM; t_eq "second guard stops cleanly" "$?" 0
t_done
