#!/bin/bash
# test: serial
# A client that leaves (issue 21, item 8): its upstream call is cancelled at
# once, with both upstream clients, instead of running (and being billed)
# until the model answers; a held request keeps its hold. The fake provider
# answers after 5 s; the agent gives up after 1 s; the upstream connection
# must be closed (the provider's socket in CLOSE-WAIT) well before then.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
. "$REDLINE_SRC/tests/data/guard/lib.sh"
start_fake --latency-ms 5000
FPORT=${FAKE##*:}
up_est() { ss -Htn state established "( dport = :$FPORT )" | wc -l; }
up_cw() { ss -Htn state close-wait "( sport = :$FPORT )" | wc -l; }
inflight() { curl -s "$G/metrics" | sed -n 's/^redline_guard_upstream_inflight //p'; }

for client in auto curl; do
	start_guard --policy "$GDATA/policy.yaml" --upstream-client $client
	cw0=$(up_cw)
	curl -s -m 1 -H "$CT" "$G/v1/chat/completions" -d "$(oa "hello $client")" > /dev/null
	sleep 0.5 # the provider answers after 5 s: all of this must happen before
	t_eq "$client: the upstream connection is closed when the client leaves" "$(up_est)" 0
	t_ok "$client: the provider sees it closed" test "$(up_cw)" -gt "$cw0"
	t_eq "$client: nothing in flight" "$(inflight)" 0
	t_grep "$client: counted" "^redline_guard_client_gone_total 1$" <(curl -s "$G/metrics")
	code=$(curl -s -o /dev/null -w '%{http_code}' -m 20 -H "$CT" "$G/v1/chat/completions" -d "$(oa "again $client")")
	t_eq "$client: the guard serves on" "$code" 200
	stop_guard TERM; t_eq "$client: guard stops cleanly" "$?" 0
done

# a held request keeps its hold when its client leaves
kill "$FAKE_PID"; wait "$FAKE_PID" 2>/dev/null
start_fake
start_guard --policy "$GDATA/policy.yaml"
curl -s -m 1 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT abort')" > /dev/null
wait_pending 1
t_eq "the hold stays pending after the client left" "$(pending_ids | grep -c .)" 1
stop_guard TERM
t_done
