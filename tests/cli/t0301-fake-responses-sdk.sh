#!/bin/bash
# The OpenAI Responses API in the fake provider, read by the official
# `openai` npm client (tests/js): client.responses.create and
# client.responses.stream (which rebuilds the response from the typed SSE
# events and throws on any out of order), with tools, reasoning and a
# function_call item; and the typed event names on the wire.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
JS="$REDLINE_SRC/tests/js"
if [ ! -d "$JS/node_modules/openai" ]; then
	echo "# the SDK test clients are missing: run scripts/setup --test (npm ci in tests/js)"
	_t_result 1 "SDK clients installed"; t_done
fi
cat > "$T_TMP/script.yaml" <<'Y'
responses:
  - contains: "LOOK IT UP"
    text: "Looking in the inventory first."
    reasoning: "A read of the inventory is harmless."
    tool_calls:
      - name: read_file
        arguments: {path: inventory.csv}
    finish: tool_calls
  - text: "Exactly twenty-three b:é sits across the first 24-byte delta; 東京, naïve."
Y
( exec "$REDLINE" fake-provider --listen 127.0.0.1:0 --port-file "$T_TMP/port" --script "$T_TMP/script.yaml" ) > /dev/null 2> "$T_TMP/fp.err" &
FP=$!
trap 'kill $FP 2>/dev/null; rm -rf "$T_TMP"' EXIT
for _ in $(seq 1 200); do [ -s "$T_TMP/port" ] && break; sleep 0.05; done
B="http://127.0.0.1:$(cat "$T_TMP/port")"

for mode in plain stream; do
	node "$JS/guard_client.mjs" responses "$B" "please LOOK IT UP" $mode > "$T_TMP/a.json"
	t_grep "$mode: function_call item with its arguments" '"tools":\["read_file"\],"args":\[\{"path":"inventory.csv"\}\]' "$T_TMP/a.json"
	t_grep "$mode: message item text" '"content":"Looking in the inventory first."' "$T_TMP/a.json"
	t_grep "$mode: reasoning item summary" '"reasoning":"A read of the inventory is harmless."' "$T_TMP/a.json"
	t_grep "$mode: status completed" '"finish":"completed"' "$T_TMP/a.json"
	node "$JS/guard_client.mjs" responses "$B" "hello" $mode > "$T_TMP/b.json"
	[ $mode = plain ] && t_grep "plain: the SDK's output_text" '"output_text":"Exactly twenty-three' "$T_TMP/b.json"
	t_grep "$mode: multi-byte text whole across deltas" '"content":"Exactly twenty-three b:é sits across the first 24-byte delta; 東京, naïve."' "$T_TMP/b.json"
done

curl -sN -o "$T_TMP/s.txt" "$B/v1/responses" -d '{"model":"m","stream":true,"input":"LOOK IT UP"}'
grep '^event: ' "$T_TMP/s.txt" | sed 's/^event: //' | uniq > "$T_TMP/events"
t_eq "typed events in the documented order" "$(tr '\n' ' ' < "$T_TMP/events")" \
"response.created response.in_progress response.output_item.added response.reasoning_summary_part.added response.reasoning_summary_text.delta response.reasoning_summary_text.done response.reasoning_summary_part.done response.output_item.done response.output_item.added response.content_part.added response.output_text.delta response.output_text.done response.content_part.done response.output_item.done response.output_item.added response.function_call_arguments.delta response.function_call_arguments.done response.output_item.done response.completed "
t_no_grep "no [DONE] sentinel" '\[DONE\]' "$T_TMP/s.txt"
t_grep "sequence numbers" '"sequence_number":0,' "$T_TMP/s.txt"
curl -s -o "$T_TMP/e.json" -w '%{http_code}' "$B/v1/responses" -d '{"model":"m"}' > "$T_TMP/code"
t_eq "a request without input is a 400" "$(cat "$T_TMP/code")" 400
t_grep "in OpenAI's error shape" '"error":\{"message":.*"type":"invalid_request_error"' "$T_TMP/e.json"
t_done
