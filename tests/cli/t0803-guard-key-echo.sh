#!/bin/bash
# An upstream that quotes, whole, the key it was sent (the fake provider's
# echo-key fault, like an "invalid key" error). With --auth env the agent
# never receives the guard's own key; in either mode no key reaches the
# guard's log, its database or its audit log.
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"

OKEY=sk-guard-OAECHOSECRET-0123456789abcdef
AKEY=sk-ant-guard-ANECHOSECRET-abcdef0123456789
CKEY=sk-client-CLIENTSECRET-9876543210

start_fake
# the fault really echoes: otherwise everything below proves nothing
curl -s "$FAKE/v1/chat/completions" -H "Authorization: Bearer $CKEY" -d "$(oa 'hi [[fault:echo-key]]')" > "$T_TMP/d1.json"
t_grep "fake echoes an OpenAI key" "Incorrect API key provided: $CKEY" "$T_TMP/d1.json"
curl -s "$FAKE/v1/messages" -H "x-api-key: $CKEY" -H 'anthropic-version: 2023-06-01' -d "$(an 'hi [[fault:echo-key]]')" > "$T_TMP/d2.json"
t_grep "fake echoes an Anthropic key" "$CKEY" "$T_TMP/d2.json"

# ---- --auth env: the guard's keys are masked before the agent sees the error
export OPENAI_API_KEY=$OKEY ANTHROPIC_API_KEY=$AKEY REDLINE_LOG=debug
start_guard --policy "$GDATA/policy.yaml" --auth env
code=$(curl -s -o "$T_TMP/e1.json" -w '%{http_code}' -H "$CT" "$G/v1/chat/completions" \
	-H "Authorization: Bearer $CKEY" -d "$(oa 'hi [[fault:echo-key]]')")
t_eq "upstream 401 passes through (OpenAI)" "$code" 401
t_grep "the error still says what went wrong" 'Incorrect API key provided: \*{8}' "$T_TMP/e1.json"
t_no_grep "agent never sees the guard's OpenAI key" 'OAECHOSECRET' "$T_TMP/e1.json"
t_no_grep "nor the key it sent (env mode does not forward it)" 'CLIENTSECRET' "$T_TMP/e1.json"
code=$(curl -s -o "$T_TMP/e2.json" -w '%{http_code}' -H "$CT" "$G/v1/messages" -H "x-api-key: $CKEY" \
	-H 'anthropic-version: 2023-06-01' -d "$(an 'hi [[fault:echo-key]]' ',"stream":true')")
t_eq "upstream 401 passes through (Anthropic, streaming request)" "$code" 401
t_grep "Anthropic error shape kept" '"type":"authentication_error"' "$T_TMP/e2.json"
t_no_grep "agent never sees the guard's Anthropic key" 'ANECHOSECRET' "$T_TMP/e2.json"
# ordinary traffic too, so the audit log has rows to search
curl -s -H "$CT" "$G/v1/chat/completions" -H "Authorization: Bearer $CKEY" -d "$(oa 'PLEASE-READ')" > "$T_TMP/ok.json"
t_grep "normal answers still flow" '"name":"read_file"' "$T_TMP/ok.json"
curl -s -H "$CT" "$G/v1/chat/completions" -H "Authorization: Bearer $CKEY" -d "$(oa 'PLEASE-CANCEL')" > /dev/null
sleep 0.3 # audit rows are written in batches every 100 ms
stop_guard TERM
t_eq "guard stops cleanly" "$?" 0

# ---- passthrough: the client's own key may come back to it, never into records
start_guard --policy "$GDATA/policy.yaml"
code=$(curl -s -o "$T_TMP/p1.json" -w '%{http_code}' -H "$CT" "$G/v1/chat/completions" \
	-H "Authorization: Bearer $CKEY" -d "$(oa 'again [[fault:echo-key]]')")
t_eq "passthrough: 401 passes through" "$code" 401
t_grep "passthrough: the upstream's answer reaches its client unchanged" "$CKEY" "$T_TMP/p1.json"
curl -s -H "$CT" "$G/v1/chat/completions" -H "Authorization: Bearer $CKEY" -d "$(oa 'PLEASE-CANCEL')" > /dev/null
sleep 0.3
stop_guard TERM

# ---- records: log, database (with its WAL), audit
t_grep "the log is not empty (debug level)" 'status=401' "$T_TMP/guard.log"
t_no_grep "no key in the guard's log" 'ECHOSECRET|CLIENTSECRET' "$T_TMP/guard.log"
t_ok "dump the database" sh -c "cat '$T_TMP'/guard.db* > '$T_TMP/db.bin'"
t_no_grep "no key in the database" 'ECHOSECRET|CLIENTSECRET' "$T_TMP/db.bin"
t_ok "audit log" rl guard audit --db "$T_TMP/guard.db"
t_grep "the audit has the block" '"what":"block"' "$T_TMP/out"
t_no_grep "no key in the audit log" 'ECHOSECRET|CLIENTSECRET' "$T_TMP/out"
t_done
