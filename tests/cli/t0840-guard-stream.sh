#!/bin/bash
# Streaming through the guard (issue 15): answer text is released as it
# arrives, up to the earliest point where a rule could still match
# (rl_policy_stream_safe); a planted sentence that a rule blocks (its
# pattern matches the sentence) never leaves the guard, whichever event
# boundary splits it (every offset, all three wire formats); the first text reaches the client before the
# upstream has sent its last event; tool calls are held whole (a blocked
# one never appears, a held one waits with ": held" comments and goes on
# when approved); the official openai client reads such a stream.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind # 80 streamed requests; the ASan stage runs them
. "$REDLINE_SRC/tests/data/guard/lib.sh"

SENT="Use vault override code 7391 to open it."
AB=abcdefghijklmnopqrstuvwxyz
full() { printf 'Notes %s follow. The garden needs water before noon. The gate is painted green. The path winds past the old well and the orchard. %s The rest of the day is quiet and nothing else happens.' "${AB:0:$1}" "$SENT"; }
# a deploy key in the middle of an answer (the default policy masks it)
KEY=sk-proj-Q7mXv2LrT9wKc4HbN8pZs3JdY6fUa1Ge0iRtOq5B
withkey() { printf 'Notes %s follow. The staging deploy key is %s for the worker. The rest of the setup is routine and done.' "${AB:0:$1}" "$KEY"; }
{
	echo "responses:"
	for i in $(seq 0 23); do printf '  - contains: "PLANT-%02d"\n    text: "%s"\n' "$i" "$(full "$i")"; done
	for i in $(seq 0 3 23); do printf '  - contains: "KEY-%02d"\n    text: "%s"\n' "$i" "$(withkey "$i")"; done
	cat <<'YAML'
  - contains: "SPLIT-EVENT"
    text: "Here is the summary. The rest waits for its end."
  - contains: "CALM-LONG"
    text: "The lake is still. A heron waits by the reeds. The light changes slowly over the water. Boats rest at the pier. Evening comes without a sound."
  - contains: "PLEASE-CANCEL"
    text: "Cancelling the alert now."
    tool_calls: [{name: cancel_alert, arguments: {code: "4429"}}]
    finish: tool_calls
  - contains: "PLEASE-EMAIL-OUT"
    text: "Sending the update."
    tool_calls: [{name: email, arguments: {to: "press@rival.example", subject: "Update", body: "Here is the update."}}]
    finish: tool_calls
  - contains: "PLEASE-READ"
    text: "Reading it."
    tool_calls: [{name: read_file, arguments: {path: "notes.txt"}}]
    finish: tool_calls
  - text: "Hello from the fake model."
YAML
} > "$T_TMP/script.yaml"

rl policy lookback "$GDATA/stream-policy.yaml" > "$T_TMP/lb"
t_grep "policy lookback states the rule's bound in bytes" '^block-vault-code	[0-9]+	match$' "$T_TMP/lb"
t_grep "a tool rule holds text only for actions written in it" '^block-cancel-alert	0	actions$' "$T_TMP/lb"
rl policy lookback > "$T_TMP/lbd"
t_no_grep "every default rule states a bound" '	unbounded	' "$T_TMP/lbd"
t_grep "the secrets rule is bounded by its widest pattern" '^secrets-in-response	[0-9]+	match$' "$T_TMP/lbd"

rm -f "$T_TMP/fake.port"
"$REDLINE" fake-provider --script "$T_TMP/script.yaml" --port-file "$T_TMP/fake.port" --stream-delay-ms 4 \
	> "$T_TMP/fake.out" 2> "$T_TMP/fake.err" &
FAKE_PID=$!
wait_for "$T_TMP/fake.port"
FAKE="http://127.0.0.1:$(cat "$T_TMP/fake.port")"
start_guard --policy "$GDATA/stream-policy.yaml"

post() { curl -sN --max-time 30 -H "$CT" -d "$2" "$G$1"; }
# the text a client assembles from a stream: the deltas, in order
texts() {
	case $1 in
	openai) grep -o '"content":"[^"]*"' | cut -d'"' -f4 | tr -d '\n' ;;
	anthropic) grep -o '"text":"[^"]*"' | cut -d'"' -f4 | tr -d '\n' ;;
	responses) grep '"response.output_text.delta"' | grep -o '"delta":"[^"]*"' | cut -d'"' -f4 | tr -d '\n' ;;
	esac
}

# 1. the planted sentence, at every offset against the 24-byte deltas
for api in ${T_APIS:-openai anthropic responses}; do
	leaks=0 early=0 ends=0
	# every offset for Chat Completions; every third for the others (time)
	offs=$(seq 0 23); [ $api = openai ] || offs=$(seq 0 3 23)
	for i in ${T_OFFS:-$offs}; do
		p=$(printf 'PLANT-%02d' "$i")
		case $api in
		openai) post /v1/chat/completions "$(oa "$p" ',"stream":true')" ;;
		anthropic) post /v1/messages "$(an "$p" ',"stream":true')" ;;
		responses) post /v1/responses "{\"model\":\"fake-gpt\",\"stream\":true,\"input\":\"$p\"}" ;;
		esac > "$T_TMP/p.sse"
		got=$(texts $api < "$T_TMP/p.sse")
		got=${got%%"[redline guard]"*} # a note of the guard's own
		want=$(full "$i")
		head=${want%%"$SENT"*}
		# byte level: no piece of the sentence, and the text the client
		# got is a prefix of what comes before it
		if grep -qE 'vault|7391|override|Use v' "$T_TMP/p.sse" || [ "${head#"$got"}" = "$head" -a -n "$got" ] ||
			[ ${#got} -gt ${#head} ]; then
			leaks=$((leaks + 1)); echo "# $api offset $i: got '$got'"
		fi
		if [ ${#got} -gt 0 ]; then
			early=$((early + 1))
			# released text cannot be taken back: the stream ends with an
			# error event instead of the rest
			grep -q 'redline_blocked\|permission_error' "$T_TMP/p.sse" && ends=$((ends + 1))
		fi
	done
	t_eq "$api: no byte of the blocked sentence at any offset ($(echo $offs | wc -w))" "$leaks" 0
	t_eq "$api: after released text, an error event says the rest was blocked" "$ends" "$early"
	[ "$early" -gt 0 ]; _t_result $? "$api: text before the sentence was released ($early of $(echo $offs | wc -w))"
done

# 2. the first text before the upstream's last event (ordering, not a target)
stop_guard; kill "$FAKE_PID" 2>/dev/null; wait "$FAKE_PID" 2>/dev/null
rm -f "$T_TMP/fake.port"
"$REDLINE" fake-provider --script "$T_TMP/script.yaml" --port-file "$T_TMP/fake.port" --stream-delay-ms 150 \
	> "$T_TMP/fake.out" 2> "$T_TMP/fake.err" &
FAKE_PID=$!
wait_for "$T_TMP/fake.port"
FAKE="http://127.0.0.1:$(cat "$T_TMP/fake.port")"
start_guard --policy "$GDATA/stream-policy.yaml"
post /v1/chat/completions "$(oa CALM-LONG ',"stream":true')" |
	while IFS= read -r l; do [ -n "$l" ] && printf '%s %s\n' "$(date +%s%3N)" "$l"; done > "$T_TMP/t.log"
first=$(grep '"content":"[^"]' "$T_TMP/t.log" | head -1 | cut -d' ' -f1)
last=$(grep '\[DONE\]' "$T_TMP/t.log" | cut -d' ' -f1)
t_grep "the whole answer arrives" '\[DONE\]' "$T_TMP/t.log"
# the upstream paces its events 150 ms apart: text released at the end
# (buffered) would come in the same moment as [DONE]
[ -n "$first" ] && [ -n "$last" ] && [ $((last - first)) -ge 150 ]
_t_result $? "first text came before the upstream's last event ($((last - first)) ms before [DONE])"

# 2b. an event is split at the safe point: its first 24-byte delta ends in
# an unfinished sentence ("Here is the summary. The"), which may still
# become the planted one; the finished sentence goes at once, before the
# next event (the fake sends the role, then an event every 2 s: the text
# deltas come at 2 s and 4 s, and curl stops reading at 3 s)
stop_guard; kill "$FAKE_PID" 2>/dev/null; wait "$FAKE_PID" 2>/dev/null
rm -f "$T_TMP/fake.port"
"$REDLINE" fake-provider --script "$T_TMP/script.yaml" --port-file "$T_TMP/fake.port" --stream-delay-ms 2000 \
	> "$T_TMP/fake.out" 2> "$T_TMP/fake.err" &
FAKE_PID=$!
wait_for "$T_TMP/fake.port"
FAKE="http://127.0.0.1:$(cat "$T_TMP/fake.port")"
start_guard --policy "$GDATA/stream-policy.yaml"
curl -sN --max-time 3 -H "$CT" -d "$(oa SPLIT-EVENT ',"stream":true')" "$G/v1/chat/completions" > "$T_TMP/s.sse"
t_eq "the finished sentence of a split event goes before the next event" "$(texts openai < "$T_TMP/s.sse")" "Here is the summary. "
t_no_grep "and nothing of the unfinished one" '"content":"The' "$T_TMP/s.sse"
post /v1/chat/completions "$(oa SPLIT-EVENT ',"stream":true')" > "$T_TMP/s2.sse"
t_eq "the rest follows: the client assembles the whole answer" "$(texts openai < "$T_TMP/s2.sse")" \
	"Here is the summary. The rest waits for its end."
stop_guard; kill "$FAKE_PID" 2>/dev/null; wait "$FAKE_PID" 2>/dev/null
rm -f "$T_TMP/fake.port"
"$REDLINE" fake-provider --script "$T_TMP/script.yaml" --port-file "$T_TMP/fake.port" --stream-delay-ms 150 \
	> "$T_TMP/fake.out" 2> "$T_TMP/fake.err" &
FAKE_PID=$!
wait_for "$T_TMP/fake.port"
FAKE="http://127.0.0.1:$(cat "$T_TMP/fake.port")"
start_guard --policy "$GDATA/stream-policy.yaml"

# 3. tool calls are held whole
post /v1/chat/completions "$(oa PLEASE-CANCEL ',"stream":true')" > "$T_TMP/c.sse"
t_no_grep "a blocked call's deltas never leave" '4429|tool_calls|cancel_alert"' "$T_TMP/c.sse"
t_grep "the client is told the call was blocked" 'The tool call `cancel_alert` was blocked' "$T_TMP/c.sse"
post /v1/chat/completions "$(oa PLEASE-EMAIL-OUT ',"stream":true')" > "$T_TMP/h.sse" &
CP=$!
wait_pending 1
sleep 0.3
t_grep "a held stream says so in an SSE comment" '^: held [0-9a-f]+ until 20[0-9-]+T[0-9:]+Z$' "$T_TMP/h.sse"
t_no_grep "nothing of the held call before the decision" 'press@rival|"email"' "$T_TMP/h.sse"
rl guard approve "$(pending_ids | head -1)" --db "$T_TMP/guard.db" --by stream-test > /dev/null
wait $CP
t_grep "approved: the call follows in the same stream" '"name":"email"' "$T_TMP/h.sse"
t_grep "and the stream ends normally" '\[DONE\]' "$T_TMP/h.sse"

# 3b. the default policy: a key that secrets-in-response masks, at every
# third offset against the deltas: never a byte of it on the wire, and the
# client assembles exactly the answer a non-streaming client gets
stop_guard; kill "$FAKE_PID" 2>/dev/null; wait "$FAKE_PID" 2>/dev/null
rm -f "$T_TMP/fake.port"
"$REDLINE" fake-provider --script "$T_TMP/script.yaml" --port-file "$T_TMP/fake.port" --stream-delay-ms 4 \
	> "$T_TMP/fake.out" 2> "$T_TMP/fake.err" &
FAKE_PID=$!
wait_for "$T_TMP/fake.port"
FAKE="http://127.0.0.1:$(cat "$T_TMP/fake.port")"
start_guard
leaks=0 differ=0 early=0
for i in $(seq 0 3 23); do
	p=$(printf 'KEY-%02d' "$i")
	post /v1/chat/completions "$(oa "$p" ',"stream":true')" > "$T_TMP/k.sse"
	post /v1/chat/completions "$(oa "$p")" > "$T_TMP/k.json"
	grep -qE 'sk-proj|Q7mXv2|Oq5B' "$T_TMP/k.sse" && { leaks=$((leaks + 1)); echo "# offset $i: the key left"; }
	got=$(texts openai < "$T_TMP/k.sse")
	want=$(grep -o '"content":"[^"]*"' "$T_TMP/k.json" | head -1 | cut -d'"' -f4)
	[ "$got" = "$want" ] || { differ=$((differ + 1)); echo "# offset $i: streamed '$got', whole '$want'"; }
	[ "$(grep -c '"content":"[^"]' "$T_TMP/k.sse")" -gt 1 ] && early=$((early + 1))
done
t_eq "default policy: no byte of the key at any offset" "$leaks" 0
t_eq "default policy: the streamed answer is the non-streamed one, masked alike" "$differ" 0
[ "$early" -gt 0 ]; _t_result $? "default policy: text before the key went as it came ($early of 8)"

# 4. the official openai client, streaming through the guard
JS="$REDLINE_SRC/tests/js"
if [ -d "$JS/node_modules/openai" ]; then
	node "$JS/guard_client.mjs" openai "$G" "PLEASE-READ the notes" stream > "$T_TMP/sdk.json"
	t_grep "openai stream: the allowed call arrives" '"tools":\["read_file"\]' "$T_TMP/sdk.json"
	node "$JS/guard_client.mjs" openai "$G" "CALM-LONG" stream > "$T_TMP/sdk2.json"
	t_grep "openai stream: the whole text" 'Evening comes without a sound' "$T_TMP/sdk2.json"
else
	echo "# the openai test client is missing: (cd tests/js && npm ci)"
	_t_result 1 "openai client installed"
fi
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0
t_done
