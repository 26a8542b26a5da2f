#!/bin/bash
# test: serial
# Connection starvation (issue 21, item 7), with the limits lowered so the
# test stays cheap: 8 connections for agents plus 4 kept for the control
# plane (health, metrics, approval API and page), one worker. Slow clients
# that fill every slot must not lock out /healthz or the approval API; held
# requests fill only the agents' share; a request head must arrive within
# --header-timeout and a body within --body-timeout (408), and one client
# address may hold at most --max-client-connections.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
. "$REDLINE_SRC/tests/data/guard/lib.sh"
start_fake
start_guard --policy "$GDATA/policy.yaml" --threads 1 --max-connections 8 --control-reserve 4 \
	--header-timeout 2 --body-timeout 3
HP=${G#http://}
st() { curl -s -o "$T_TMP/o" -w '%{http_code}' -m 5 "$@"; }
AUTH="Authorization: Bearer $REDLINE_GUARD_TOKEN"

# ---- 20 slow clients, each a request head that never ends
fds=()
for i in $(seq 20); do
	exec {fd}<>"/dev/tcp/${HP%:*}/${HP#*:}"
	printf 'POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\n' >&$fd
	fds+=($fd)
done
sleep 0.2
t_eq "/healthz answers past 20 slow clients" "$(st "$G/healthz")" 200
t_eq "so does the approval API" "$(st -H "$AUTH" "$G/api/holds")" 200
t_eq "and the metrics" "$(st "$G/metrics")" 200
t_eq "an agent's request on a control-plane slot is turned away (503)" \
	"$(st -H "$CT" "$G/v1/chat/completions" -d "$(oa hello)")" 503
t_grep "in the API's error shape" '"error":\{.*"type":"guard_unavailable"' "$T_TMP/o"
# the oldest slow clients were closed to make room
timeout 1 cat <&${fds[0]} > "$T_TMP/evicted"; rc=$?
t_ok "the oldest slow client was closed to make room" test "$rc" != 124
sleep 2.2
timeout 2 cat <&${fds[19]} > "$T_TMP/slowhead"
t_grep "a head slower than --header-timeout gets 408" '^HTTP/1.1 408' "$T_TMP/slowhead"
for fd in "${fds[@]}"; do exec {fd}>&-; done
t_eq "agents are served again" "$(st -H "$CT" "$G/v1/chat/completions" -d "$(oa hello)")" 200

# ---- a body slower than --body-timeout
exec {fd}<>"/dev/tcp/${HP%:*}/${HP#*:}"
printf 'POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"model":' >&$fd
t1=$(date +%s%N)
timeout 6 cat <&$fd > "$T_TMP/slowbody"
ms=$(( ($(date +%s%N) - t1) / 1000000 ))
exec {fd}>&-
t_grep "a body slower than --body-timeout gets 408" '^HTTP/1.1 408' "$T_TMP/slowbody"
t_ok "after about 3 s (${ms} ms)" test "$ms" -ge 2500 -a "$ms" -lt 5000

# ---- held requests fill the agents' share only
pids=()
for i in $(seq 8); do
	curl -s -m 60 -H "$CT" "$G/v1/chat/completions" -d "$(oa "PLEASE-EMAIL-OUT held-$i")" > "$T_TMP/held.$i" &
	pids+=($!)
done
wait_pending 8
t_eq "eight requests held" "$(pending_ids | grep -c .)" 8
t_eq "/healthz answers with every agent slot held" "$(st "$G/healthz")" 200
for id in $(pending_ids); do
	st -X POST -H "$AUTH" -H "$CT" -d '{"by":"ops"}' "$G/api/holds/$id/deny" > /dev/null
done
wait "${pids[@]}"
t_eq "the approval API decided all of them" "$(grep -l 'held for approval and denied' "$T_TMP"/held.* | wc -l)" 8
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0

# ---- per-client limit
start_guard --policy "$GDATA/policy.yaml" --threads 2 --max-client-connections 3
HP=${G#http://}
fds=()
for i in 1 2 3; do exec {fd}<>"/dev/tcp/${HP%:*}/${HP#*:}"; fds+=($fd); done
sleep 0.2
t_eq "a fourth connection from the same address is refused" "$(st "$G/healthz")" 000
for fd in "${fds[@]}"; do exec {fd}>&-; done
sleep 0.2
t_eq "served again once the others closed" "$(st "$G/healthz")" 200
stop_guard TERM
t_status "usage: --header-timeout must be below the idle timeout" 2 \
	rl guard serve --upstream "$FAKE" --header-timeout 500 --db "$T_TMP/x.db"
t_grep "says so" 'header-timeout' "$T_TMP/err"
t_done
