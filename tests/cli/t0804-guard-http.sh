#!/bin/bash
# The guard's HTTP/1.1 layer (its own loop over http-parser, guard/hsrv.c)
# as agents and their libraries meet it: keep-alive reuse, HTTP/1.0,
# chunked and 100-continue uploads, pipelining, HEAD, big headers, malformed
# requests, and a client that leaves while its request is held.
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"
P="$GDATA/policy.yaml"
HP=

# ---- bad options for the upstream client
t_status "unknown --upstream-client" 2 rl guard serve --upstream http://127.0.0.1:9 --upstream-client bogus --db "$T_TMP/x.db"
t_grep "names the choices" 'expected auto or curl' "$T_TMP/err"
t_status "an http:// upstream that does not resolve fails at start" 3 \
	rl guard serve --upstream http://no-such-host.invalid:80 --listen 127.0.0.1:0 --db "$T_TMP/x.db"
t_grep "names the host" "cannot resolve host 'no-such-host.invalid'" "$T_TMP/err"

start_fake
start_guard --policy "$P"
HP=${G#http://}

# raw HTTP over bash's /dev/tcp: send FILE, read the answer until the
# guard closes (every raw request here ends with Connection: close)
raw() { # FILE OUT
	exec 3<>"/dev/tcp/${HP%:*}/${HP#*:}" || return 1
	cat "$1" >&3
	timeout 10 cat <&3 > "$2"
	exec 3<&- 3>&-
}

# ---- keep-alive: two requests, one connection
curl -s -o /dev/null -w '%{num_connects}\n' -H "$CT" "$G/v1/chat/completions" -d "$(oa 'hello')" \
	--next -s -o /dev/null -w '%{num_connects}\n' -H "$CT" "$G/v1/chat/completions" -d "$(oa 'hello again')" > "$T_TMP/ka"
t_eq "the second request reuses the connection" "$(tail -1 "$T_TMP/ka")" 0

# ---- HTTP/1.0: answered, then closed
curl -s -D "$T_TMP/h10" -o "$T_TMP/b10" --http1.0 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-READ')"
t_grep "HTTP/1.0 answered" '^HTTP/1.[01] 200' "$T_TMP/h10"
t_grep "HTTP/1.0 connection closed" '^Connection: close' "$T_TMP/h10"
t_grep "HTTP/1.0 body evaluated and passed" '"name":"read_file"' "$T_TMP/b10"

# ---- uploads: chunked, and Expect: 100-continue
code=$(curl -s -o "$T_TMP/ch" -w '%{http_code}' -H 'Transfer-Encoding: chunked' \
	-H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-CANCEL')")
t_eq "chunked request body accepted" "$code" 200
t_grep "chunked body decoded (the call was seen and blocked)" 'was blocked' "$T_TMP/ch"
pad=$(head -c 1500 /dev/zero | tr '\0' 'p')
code=$(curl -s -o "$T_TMP/ex" -w '%{http_code}' -H 'Expect: 100-continue' \
	-H "$CT" "$G/v1/chat/completions" -d "$(oa "PLEASE-READ $pad")")
t_eq "Expect: 100-continue upload accepted" "$code" 200
t_grep "100-continue body arrived whole" '"name":"read_file"' "$T_TMP/ex"

# ---- HEAD: headers only
curl -s -I "$G/healthz" > "$T_TMP/head"
t_grep "HEAD answered" '^HTTP/1.1 200' "$T_TMP/head"
t_grep "HEAD gives the length" '^Content-Length: 3' "$T_TMP/head"

# ---- headers: 20 KB passes (long tokens, many headers), 40 KB is refused
big=$(head -c 20000 /dev/zero | tr '\0' 'h')
code=$(curl -s -o /dev/null -w '%{http_code}' -H "x-filler: $big" -H "$CT" "$G/v1/chat/completions" -d "$(oa 'hello')")
t_eq "a 20 KB header is served" "$code" 200
big=$(head -c 40000 /dev/zero | tr '\0' 'h')
code=$(curl -s -o /dev/null -w '%{http_code}' -H "x-filler: $big" -H "$CT" "$G/v1/chat/completions" -d "$(oa 'hello')")
t_eq "a 40 KB header is refused" "$code" 431

# ---- pipelining: two requests in one write, answered in order
b1=$(oa 'PLEASE-READ'); b2=$(oa 'PLEASE-CANCEL')
printf 'POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%sPOST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
	"${#b1}" "$b1" "${#b2}" "$b2" > "$T_TMP/pipe.req"
raw "$T_TMP/pipe.req" "$T_TMP/pipe.out"
t_eq "two pipelined answers" "$(grep -o 'HTTP/1.1 200 OK' "$T_TMP/pipe.out" | wc -l)" 2
tr -d '\r\n' < "$T_TMP/pipe.out" > "$T_TMP/pipe.1"
t_grep "answered in order" 'read_file.*was blocked' "$T_TMP/pipe.1"

# ---- malformed HTTP: 400 with the reason, as JSON
printf 'POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nContent-Length: nope\r\n\r\n' > "$T_TMP/bad.req"
raw "$T_TMP/bad.req" "$T_TMP/bad.out"
t_grep "malformed request is 400" '^HTTP/1.1 400' "$T_TMP/bad.out"
t_grep "400 says why" 'malformed HTTP request' "$T_TMP/bad.out"

# ---- a client that leaves while held: the decision still lands
curl -s -m 1 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT gone')" > /dev/null
wait_pending 1
id=$(pending_ids | head -1)
t_ok "the hold is there after the client left" test -n "$id"
t_ok "deciding it" rl guard approve "$id" --db "$T_TMP/guard.db" --by dora
sleep 0.3
code=$(curl -s -o /dev/null -w '%{http_code}' -H "$CT" "$G/v1/chat/completions" -d "$(oa 'hello')")
t_eq "the guard serves on afterwards" "$code" 200
curl -s "$G/metrics" > "$T_TMP/m"
t_grep "the decision was counted" '^redline_guard_hold_decisions_total\{decision="approved"\} 1$' "$T_TMP/m"
stop_guard TERM; t_eq "guard stops cleanly" "$?" 0
t_done
