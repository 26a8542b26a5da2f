#!/bin/bash
# The guard's proxy tests again with libcurl as the upstream client for the
# plain-HTTP fake provider (--upstream-client curl): the path every https://
# upstream takes, driven by curl_multi_socket_action inside the worker loop.
# The scripts run as they are; their counts are summed into one summary.
export RL_GUARD_OPTS="--upstream-client curl"
dir=$(dirname "$0")
p=0 f=0
for t in t0800-guard.sh t0803-guard-key-echo.sh t0804-guard-http.sh; do
	out=$(bash "$dir/$t" 2>&1)
	printf '%s\n' "$out" | grep -v '^# [0-9]* passed, [0-9]* failed' | sed "s/^\(not \)\{0,1\}ok [0-9]* - /&[$t] /"
	sum=$(printf '%s\n' "$out" | sed -n 's/^# \([0-9]*\) passed, \([0-9]*\) failed.*/\1 \2/p' | tail -1)
	[ -n "$sum" ] || sum="0 1"
	p=$((p + ${sum% *})); f=$((f + ${sum#* }))
done
echo "# $p passed, $f failed"
[ "$f" = 0 ]
