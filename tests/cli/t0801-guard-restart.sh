#!/bin/bash
# Holds survive the guard: a graceful stop and a kill -9 with pending holds,
# then the agent's retry of the same request collects the decision; a
# decision taken while the guard was down; timeouts deny by default, also
# across a restart with --restart-holds decide.
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"
P="$GDATA/policy.yaml"
start_fake
start_guard --policy "$P"

# ---- graceful stop with a pending hold
curl -s -m 30 -D "$T_TMP/h1.hdr" -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT restart')" > "$T_TMP/h1.json" &
H=$!
wait_pending 1
id=$(pending_ids)
t_eq "one hold pending" "$(pending_ids | grep -c .)" 1
stop_guard TERM; t_eq "guard stops with a pending hold" "$?" 0
wait $H
t_grep "waiting client told to retry (503)" '^HTTP/1.1 503' "$T_TMP/h1.hdr"
t_grep "the answer names the hold" "x-redline-hold: $id" "$T_TMP/h1.hdr"
t_eq "hold still pending in the database" "$(pending_ids)" "$id"
start_guard --policy "$P"
curl -s -m 30 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT restart')" > "$T_TMP/h2.json" &
H=$!
sleep 0.5
t_eq "the retry attaches to the same hold" "$(pending_ids)" "$id"
t_ok "approve after the restart" rl guard approve "$id" --db "$T_TMP/guard.db" --by dana
wait $H
t_grep "retry receives the approved call" '"name":"email"' "$T_TMP/h2.json"

# ---- kill -9 with a pending hold, decided through the API afterwards
curl -s -m 30 -H "$CT" "$G/v1/messages" -d "$(an 'PLEASE-EMAIL-OUT crash' ',"stream":true')" > /dev/null &
H=$!
wait_pending 1
id=$(pending_ids)
stop_guard KILL
wait $H
start_guard --policy "$P"
curl -s -m 30 -H "$CT" "$G/v1/messages" -d "$(an 'PLEASE-EMAIL-OUT crash' ',"stream":true')" > "$T_TMP/h3.sse" &
H=$!
sleep 0.5
t_ok "deny through the API (--url)" rl guard deny "$id" --url "$G" --by erin
wait $H
t_grep "denial delivered after kill -9" 'held for approval and denied' "$T_TMP/h3.sse"
t_grep "still a well-formed stream" '^event: message_stop$' "$T_TMP/h3.sse"

# ---- decided while the guard is down: the retry collects it at once
curl -s -m 30 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT offline')" > /dev/null &
H=$!
wait_pending 1
id=$(pending_ids)
stop_guard TERM
wait $H
t_ok "deny with the guard down" rl guard deny "$id" --db "$T_TMP/guard.db" --by frank
start_guard --policy "$P"
curl -s -m 10 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT offline')" > "$T_TMP/h4.json"
t_grep "retry gets the offline decision" 'held for approval and denied' "$T_TMP/h4.json"
stop_guard TERM

# ---- timeouts deny by default
start_guard --policy "$P" --hold-timeout 1
curl -s -m 30 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT timeout')" > "$T_TMP/h5.json"
t_grep "timeout denies" 'held for approval and denied' "$T_TMP/h5.json"
stop_guard TERM
start_guard --policy "$P"
curl -s -m 30 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT decide-at-start')" > /dev/null &
H=$!
wait_pending 1
id=$(pending_ids)
stop_guard KILL
wait $H
start_guard --policy "$P" --restart-holds decide
wait_none_pending
t_eq "restart-holds decide answers pending holds by policy" "$(pending_ids | grep -c .)" 0
t_ok "list denied" rl guard list --db "$T_TMP/guard.db" --status denied
t_grep "decided by the timeout action" 'decided by timeout' "$T_TMP/out"
t_ok "audit" rl guard audit --db "$T_TMP/guard.db"
t_grep "audit has the timeout" '"who":"timeout","what":"deny"' "$T_TMP/out"
t_grep "audit has the offline CLI decision" '"who":"cli:frank","what":"deny"' "$T_TMP/out"
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0
t_done
