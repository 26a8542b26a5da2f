#!/bin/bash
# redline fake-provider: the loopback model server as a process: its base
# URL on stdout, the three wire formats, faults from --fault, counters on
# SIGTERM, and clear errors for bad options and scripts.
. "$(dirname "$0")/lib.sh"

t_ok "help" rl fake-provider --help
t_grep "help names --fault" '--fault SPEC' "$T_TMP/out"

t_status "unknown option" 2 rl fake-provider --bogus
t_grep "unknown option message" "unknown option '--bogus'" "$T_TMP/err"
t_status "non-loopback refused" 2 rl fake-provider --listen 0.0.0.0:0
t_grep "loopback message" 'loopback addresses only' "$T_TMP/err"
t_status "bad fault" 2 rl fake-provider --fault 418
t_grep "bad fault message" "unknown fault \(expected 429" "$T_TMP/err"
t_status "bad latency" 2 rl fake-provider --latency-ms soon
printf 'responses:\n  - text: a\n    colour: red\n' > "$T_TMP/bad.yaml"
t_status "bad script" 2 rl fake-provider --script "$T_TMP/bad.yaml"
t_grep "bad script names file:line:col" "bad.yaml:3:5: unknown key 'colour'" "$T_TMP/err"
t_status "missing script" 2 rl fake-provider --script "$T_TMP/none.yaml"
t_grep "missing script named" "none.yaml" "$T_TMP/err"

# a script whose rules select by condition/samples: they match over HTTP
# only requests that name their sample in headers (issue 17), and the
# server says so when it starts
printf 'responses:\n  - condition: "coercion_*"\n    samples: "1"\n    text: "x"\n  - text: "y"\n' > "$T_TMP/scoped.yaml"
( exec "$REDLINE" fake-provider --listen 127.0.0.1:0 --port-file "$T_TMP/sport" --script "$T_TMP/scoped.yaml" ) \
	> /dev/null 2> "$T_TMP/scoped.err" &
SP=$!
for _ in $(seq 1 200); do [ -s "$T_TMP/sport" ] && break; sleep 0.05; done
S="http://127.0.0.1:$(cat "$T_TMP/sport")/v1/chat/completions"
sreq='{"model":"m","messages":[{"role":"user","content":"hi"}]}'
t_grep "no sample headers: the scoped rule does not match" '"content":"y"' <(curl -s "$S" -d "$sreq")
t_grep "condition and sample named: it does" '"content":"x"' \
	<(curl -s "$S" -H 'X-Redline-Condition: coercion_a-b_c_tools' -H 'X-Redline-Sample: 1' -d "$sreq")
t_grep "another sample: it does not" '"content":"y"' \
	<(curl -s "$S" -H 'X-Redline-Condition: coercion_a-b_c_tools' -H 'X-Redline-Sample: 2' -d "$sreq")
t_eq "a malformed sample header is refused, not answered as another sample" \
	"$(curl -s -o "$T_TMP/s400" -w '%{http_code}' "$S" -H 'X-Redline-Sample: 1; 2' -d "$sreq")" 400
t_grep "saying what was expected" 'X-Redline-Sample a sample index \(digits\)' "$T_TMP/s400"
t_eq "so is a condition header that is no condition id" \
	"$(curl -s -o /dev/null -w '%{http_code}' "$S" -H 'X-Redline-Condition: a"b' -d "$sreq")" 400
kill $SP 2>/dev/null; wait $SP 2>/dev/null
t_grep "says that condition:/samples: rules need the sample headers" \
	"scoped.yaml: 1 rule\(s\) select by condition: or samples:, which match only requests that carry X-Redline-Condition and X-Redline-Sample" "$T_TMP/scoped.err"

# start one server for the rest
cat > "$T_TMP/script.yaml" <<'Y'
responses:
  - contains: "CALL A TOOL"
    text: "ok"
    tool_calls:
      - name: send_email
        arguments: {to: "a@b.example"}
  - text: "scripted answer"
Y
# exec, so that $! is the server itself (not a subshell) and gets the signal
( exec ${RL_WRAP:-} "$REDLINE" fake-provider --listen 127.0.0.1:0 --port-file "$T_TMP/port" --script "$T_TMP/script.yaml" \
	--fault 503:first=1:retry-after=2 --log "$T_TMP/log.jsonl" ) > "$T_TMP/url" 2> "$T_TMP/fp.err" &
FP=$!
trap 'kill $FP 2>/dev/null; rm -rf "$T_TMP"' EXIT
for _ in $(seq 1 200); do [ -s "$T_TMP/port" ] && [ -s "$T_TMP/url" ] && break; sleep 0.1; done
PORT=$(cat "$T_TMP/port")
t_eq "stdout names the base URL" "$(head -1 "$T_TMP/url")" "http://127.0.0.1:$PORT"
B="http://127.0.0.1:$PORT"
req='{"model":"gpt-4o","messages":[{"role":"user","content":"hello"}]}'

curl -s -D "$T_TMP/h1" -o "$T_TMP/b1" "$B/v1/chat/completions" -d "$req"
t_grep "first request gets the scheduled 503" '^HTTP/1.1 503' "$T_TMP/h1"
t_grep "with Retry-After" '^Retry-After: 2' "$T_TMP/h1"
curl -s -o "$T_TMP/b2" "$B/v1/chat/completions" -d "$req"
t_grep "then the scripted answer" '"content":"scripted answer"' "$T_TMP/b2"
t_grep "in the chat.completion shape" '"object":"chat.completion"' "$T_TMP/b2"
curl -s -o "$T_TMP/b3" "$B/v1/messages" -H 'anthropic-version: 2023-06-01' \
	-d '{"model":"claude-x","max_tokens":10,"messages":[{"role":"user","content":"CALL A TOOL"}]}'
t_grep "anthropic tool_use block" '"type":"tool_use","id":"toolu_fake0","name":"send_email","input":\{"to":"a@b.example"\}' "$T_TMP/b3"
t_grep "anthropic stop reason" '"stop_reason":"tool_use"' "$T_TMP/b3"
curl -s -o "$T_TMP/b4" "$B/v1beta/models/gemini-2.5-pro:generateContent" \
	-d '{"contents":[{"role":"user","parts":[{"text":"hi"}]}]}'
t_grep "gemini candidates" '"candidates":\[\{"content":\{"parts":\[\{"text":"scripted answer"\}\],"role":"model"\}' "$T_TMP/b4"
curl -sN -o "$T_TMP/b5" "$B/v1/chat/completions" \
	-d '{"model":"m","stream":true,"messages":[{"role":"user","content":"hi"}]}'
t_grep "stream ends with [DONE]" '^data: \[DONE\]' "$T_TMP/b5"
curl -s -o "$T_TMP/b6" -H 'X-Fake-Fault: invalid' "$B/v1/chat/completions" -d "$req"
t_grep "invalid fault is not JSON" '^<html>' "$T_TMP/b6"
curl -s -o "$T_TMP/stats" "$B/_fake/stats"
t_grep "stats count requests" '"requests":6' "$T_TMP/stats"
t_grep "stats count faults" '"faults":2' "$T_TMP/stats"

kill -TERM $FP; wait $FP; rc=$?
t_eq "SIGTERM exits 0" "$rc" 0
t_grep "summary on stderr" 'fake-provider: 6 requests, 4 ok, 2 faults' "$T_TMP/fp.err"
t_eq "log has a line per request" "$(wc -l < "$T_TMP/log.jsonl")" 6
t_grep "log names the fault" '"fault":"503","status":503' "$T_TMP/log.jsonl"
t_done
