# tests/data/guard/lib.sh: helpers for the guard's CLI tests (t08NN-*.sh):
# a fake upstream, a guard in front of it, and waiting for files. Sourced
# after tests/cli/lib.sh. Servers are killed by pid on exit.
GDATA="$REDLINE_SRC/tests/data/guard"
FAKE_PID= GUARD_PID=
export REDLINE_GUARD_TOKEN=guard-test-token-0123456789abcdef
# the guard takes only JSON on its generation endpoints (curl -d says form)
CT="Content-Type: application/json"
trap 'for p in $GUARD_PID $FAKE_PID; do kill "$p" 2>/dev/null; done; rm -rf "$T_TMP"' EXIT

# wait_for FILE [SECONDS]: until FILE exists and is not empty.
wait_for() { local i=0 n=$(( ${2:-20} * 10 )); while [ ! -s "$1" ] && [ $i -lt $n ]; do sleep 0.1; i=$((i + 1)); done; [ -s "$1" ]; }

# start_fake: the project's fake provider with the guard test script.
start_fake() {
	rm -f "$T_TMP/fake.port"
	${RL_WRAP:-} "$REDLINE" fake-provider --script "$GDATA/script.yaml" --port-file "$T_TMP/fake.port" "$@" \
		> "$T_TMP/fake.out" 2> "$T_TMP/fake.err" &
	FAKE_PID=$!
	wait_for "$T_TMP/fake.port" || { echo "# fake provider did not start"; cat "$T_TMP/fake.err"; }
	FAKE="http://127.0.0.1:$(cat "$T_TMP/fake.port")"
}

# start_guard [OPTIONS...]: a guard on a free port in front of $FAKE;
# $RL_GUARD_OPTS adds options to every guard (e.g. --upstream-client curl,
# which the curl-client test runs the HTTP tests again with).
start_guard() {
	rm -f "$T_TMP/ready"
	${RL_WRAP:-} "$REDLINE" guard serve --upstream "$FAKE" --listen 127.0.0.1:0 --ready-file "$T_TMP/ready" \
		--db "$T_TMP/guard.db" ${RL_GUARD_OPTS:-} "$@" 2>> "$T_TMP/guard.log" &
	GUARD_PID=$!
	wait_for "$T_TMP/ready" 60 || { echo "# guard did not start"; cat "$T_TMP/guard.log"; }
	G="http://$(cat "$T_TMP/ready")"
}

# stop_guard [SIGNAL]: stop it and return its exit status.
stop_guard() {
	local rc
	kill -"${1:-TERM}" "$GUARD_PID" 2>/dev/null
	wait "$GUARD_PID"; rc=$?
	GUARD_PID=
	return $rc
}

# oa PROMPT [EXTRA JSON FIELDS]: an OpenAI Chat Completions body.
oa() { printf '{"model":"fake-gpt","messages":[{"role":"user","content":"%s"}]%s}' "$1" "${2:-}"; }
# an PROMPT [EXTRA]: an Anthropic Messages body.
an() { printf '{"model":"fake-claude","max_tokens":256,"messages":[{"role":"user","content":"%s"}]%s}' "$1" "${2:-}"; }

# pending_ids: ids of pending holds, one a line.
pending_ids() { rl guard list --db "$T_TMP/guard.db" --json | grep -oE '"id":"[0-9a-f]+"' | cut -d'"' -f4; }
# wait_pending N: until N holds are pending.
wait_pending() { local i=0; while [ "$(pending_ids | grep -c .)" -lt "$1" ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done; }
# wait_none_pending: until no hold is pending (at most 20 s).
wait_none_pending() { local i=0; while [ "$(pending_ids | grep -c .)" -gt 0 ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done; }
