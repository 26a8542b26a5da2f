#!/bin/bash
# The OpenAI Responses API through the guard (POST /v1/responses), with the
# official clients: `openai` (responses.create and responses.stream, tools
# on) and an @openai/agents agent (the Agents SDK uses the Responses API
# by default): an allowed call passes and runs; a blocked function_call is
# removed from the output items and from the event stream -- its name
# never reaches the client, the agent never runs it -- and a note says why.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
. "$REDLINE_SRC/tests/data/guard/lib.sh"
JS="$REDLINE_SRC/tests/js"
if [ ! -d "$JS/node_modules/openai" ] || [ ! -d "$JS/node_modules/@openai/agents" ]; then
	echo "# the SDK test clients are missing: run scripts/setup --test (npm ci in tests/js)"
	_t_result 1 "SDK clients installed"; t_done
fi
start_fake --log "$T_TMP/fake.jsonl"
start_guard --policy "$GDATA/policy.yaml"

for mode in plain stream; do
	node "$JS/guard_client.mjs" responses "$G" "PLEASE-READ the notes" $mode > "$T_TMP/a.json"
	t_grep "responses $mode: allowed function_call passes" '"tools":\["read_file"\],"args":\[\{"path":"notes.txt"\}\]' "$T_TMP/a.json"
	node "$JS/guard_client.mjs" responses "$G" "PLEASE-CANCEL it" $mode > "$T_TMP/b.json"
	t_grep "responses $mode: blocked function_call removed" '"tools":\[\]' "$T_TMP/b.json"
	t_grep "responses $mode: the note explains" 'The tool call `cancel_alert` was blocked' "$T_TMP/b.json"
	t_grep "responses $mode: a completed response" '"finish":"completed"' "$T_TMP/b.json"
done

# bytes on the wire: nothing of the blocked call leaves the guard
curl -sN -H "$CT" -o "$T_TMP/s.txt" "$G/v1/responses" \
	-d '{"model":"fake-gpt","stream":true,"input":"PLEASE-CANCEL now"}'
t_grep "stream: typed events" '^event: response.completed' "$T_TMP/s.txt"
t_no_grep "stream: no byte of the blocked call" 'cancel_alert"|4429' "$T_TMP/s.txt"
curl -s -H "$CT" -o "$T_TMP/p.json" "$G/v1/responses" -d '{"model":"fake-gpt","input":"PLEASE-CANCEL now"}'
t_no_grep "plain: no function_call item left" '"type":"function_call"' "$T_TMP/p.json"
curl -s -H "$CT" -o "$T_TMP/e.json" -w '%{http_code}' "$G/v1/responses" -d '{"model":"fake-gpt"}' > "$T_TMP/code"
t_eq "a request without input is a 400" "$(cat "$T_TMP/code")" 400
t_grep "in OpenAI's error shape" '"error":\{"message":"request has no .*input.*"type":"invalid_request_error"' "$T_TMP/e.json"

# a model API path the guard neither evaluates nor passes through: 404 in
# the API's shape (the pass-through endpoints: t0815)
curl -s -o "$T_TMP/nf.json" -w '%{http_code}' "$G/v1/batches" > "$T_TMP/code"
t_eq "GET /v1/batches is a 404" "$(cat "$T_TMP/code")" 404
t_grep "in OpenAI's error shape, naming what is proxied" '"error":\{"message":"redline guard: GET /v1/batches is not proxied.*"type":"not_found_error"' "$T_TMP/nf.json"

# end-to-end headers reach the upstream (the fake logs their names);
# hop-by-hop ones, and those the Connection header names, do not
curl -s -H "$CT" -o /dev/null "$G/v1/responses" -H 'OpenAI-Beta: responses=v1' -H 'X-Title: my-app' \
	-H 'HTTP-Referer: https://app.example' -H 'X-Custom-Thing: 42' -H 'api-key: not-a-real-azure-key' \
	-H 'Connection: keep-alive, X-Drop-Me' -H 'X-Drop-Me: 1' -d '{"model":"fake-gpt","input":"hello"}'
tail -1 "$T_TMP/fake.jsonl" > "$T_TMP/last.json"
for h in OpenAI-Beta X-Title HTTP-Referer X-Custom-Thing api-key; do
	t_grep "header $h forwarded" "\"$h\"" "$T_TMP/last.json"
done
t_no_grep "a header named by Connection is not" 'X-Drop-Me' "$T_TMP/last.json"
t_no_grep "Connection itself is not" '"Connection"' "$T_TMP/last.json"

# the Agents SDK: one allowed run (the tool runs), one blocked call (never runs)
node "$JS/agents_client.mjs" "$G" "PLEASE-READ the notes" > "$T_TMP/ag1.json"
t_grep "agents: the allowed tool ran" '"ran":\["read_file"\]' "$T_TMP/ag1.json"
t_grep "agents: the run finished with the model's answer" '"final":"Read it: FILE-BODY' "$T_TMP/ag1.json"
node "$JS/agents_client.mjs" "$G" "PLEASE-CANCEL it" > "$T_TMP/ag2.json"
t_grep "agents: the blocked tool never ran" '"ran":\[\]' "$T_TMP/ag2.json"
t_grep "agents: the agent learns why" 'cancel_alert`? was blocked' "$T_TMP/ag2.json"
curl -s -o "$T_TMP/m.txt" "$G/metrics"
t_grep "metrics count Responses verdicts" 'redline_guard_responses_total\{format="openai-responses",verdict="block"\} [1-9]' "$T_TMP/m.txt"
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0
t_done
