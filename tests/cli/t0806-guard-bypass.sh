#!/bin/bash
# Issue 21 items 1-5 end to end: a scripted upstream (tests/js/raw_upstream.mjs)
# sends, byte for byte, the answers that used to carry a blocked tool call
# past the guard; the official `openai` and `@anthropic-ai/sdk` clients
# make the calls. For every case the agent must not receive the call: the
# guard either inspects what the SDK delivers (and blocks it) or withholds
# the answer (502).
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
. "$REDLINE_SRC/tests/data/guard/lib.sh"
JS="$REDLINE_SRC/tests/js"
if [ ! -d "$JS/node_modules/openai" ] || [ ! -d "$JS/node_modules/@anthropic-ai/sdk" ]; then
	echo "# the SDK test clients are missing: run scripts/setup --test (npm ci in tests/js)"
	_t_result 1 "SDK clients installed"; t_done
fi
sdk() { node "$JS/guard_client.mjs" "$@"; }
node "$JS/raw_upstream.mjs" "$T_TMP/raw.port" 2> "$T_TMP/raw.err" &
FAKE_PID=$!
wait_for "$T_TMP/raw.port" || { echo "# raw upstream did not start"; cat "$T_TMP/raw.err"; }
FAKE="http://127.0.0.1:$(cat "$T_TMP/raw.port")"
start_guard --policy "$GDATA/policy.yaml"

# delivered CASE API MODE: the SDK's view must hold neither the blocked call
# nor its text, and be an answer or an error (not a client crash).
delivered() {
	local case=$1 api=$2 mode=$3 out="$T_TMP/$1-$2-$3.json"
	sdk "$api" "$G" "CASE-$case" "$mode" > "$out" 2> "$T_TMP/$1.err"
	t_grep "$case ($api $mode): the client got an answer or an error" '"(tools|error)":' "$out"
	t_no_grep "$case ($api $mode): no blocked call delivered" '"tools":\[[^]]*"(cancel_alert|bash)"' "$out"
	t_no_grep "$case ($api $mode): no blocked call in the text" 'tool_use:cancel_alert>|name\\?"?:\\?"cancel_alert' "$out"
}

# 1: what an extraction limit skips is never released
delivered pad64 openai plain
delivered tags4096 openai plain
delivered json70 openai plain
# 2: a bare CR ends an SSE line for the client, and for the guard
delivered bare-cr openai stream
t_grep "bare-cr: the call was seen and blocked" 'The tool call `cancel_alert` was blocked' "$T_TMP/bare-cr-openai-stream.json"
# a chunk's choice with a whole "message", which openai-node copies over its own
delivered chunk-message openai stream
# 3: Anthropic streams the SDK would rebuild differently
delivered an-dup-index anthropic stream
delivered an-two-starts anthropic stream
delivered an-delta-content anthropic stream
t_grep "an-dup-index: withheld (502)" '"error":502' "$T_TMP/an-dup-index-anthropic-stream.json"
# 4: the legacy function_call, plain and streamed
delivered legacy openai plain
delivered legacy-stream openai stream
t_grep "legacy: blocked with an explanation" 'The tool call `cancel_alert` was blocked' "$T_TMP/legacy-openai-plain.json"
# 5: arguments as an object, content as parts, JSON labelled as a stream
delivered obj-args openai plain
t_grep "obj-args: the object's command was inspected" 'The tool call `bash` was blocked' "$T_TMP/obj-args-openai-plain.json"
delivered parts openai plain
t_status "json-as-sse: withheld" 0 curl -s -o "$T_TMP/jas.out" -w '%{http_code}' -H 'content-type: application/json' \
	-d "$(oa CASE-json-as-sse)" "$G/v1/chat/completions"
t_eq "json-as-sse: 502 in the agent's format" "$(cat "$T_TMP/out")" 502
t_grep "json-as-sse: an OpenAI error body" '"error":\{"message":' "$T_TMP/jas.out"
t_grep "withheld answers are counted" '^redline_guard_fail_closed_total [1-9]' <(curl -s "$G/metrics")
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0
t_done
