# tests/data/guard/mcp_lib.sh: what the MCP gateway's CLI tests (t0841,
# t0842) share. Sourced after tests/data/guard/lib.sh.
#   mcp_need_sdk               fail and stop when tests/js has no MCP SDK
#   mcp_node OUT SCRIPT [ARG]  start a node server that prints
#                              "listening PORT" (stdout to OUT, stderr to
#                              OUT.err); its pid joins $MCP_PID, its URL
#                              (http://127.0.0.1:PORT/mcp) is $MCP_URL
#   mcp_guard NAME=URL [OPT]   a guard serving that MCP route with
#                              $T_TMP/policy.yaml ($RL_GUARD_OPTS added);
#                              sets GUARD_PID and G
JS="$REDLINE_SRC/tests/js"
MCP_PID=
mcp_need_sdk() {
	[ -d "$JS/node_modules/@modelcontextprotocol/sdk" ] && return 0
	echo "# the MCP SDK is missing: run scripts/setup --test (npm ci in tests/js)"
	_t_result 1 "MCP SDK installed"; t_done
}
mcp_node() {
	local out=$1 i=0
	shift
	node "$@" > "$out" 2> "$out.err" &
	MCP_PID="$MCP_PID $!"
	while ! grep -q listening "$out" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	MCP_URL="http://127.0.0.1:$(awk '/listening/ {print $2}' "$out")/mcp"
}
mcp_guard() {
	local route=$1
	shift
	rm -f "$T_TMP/ready"
	${RL_WRAP:-} "$REDLINE" guard serve --mcp "$route" --listen 127.0.0.1:0 --ready-file "$T_TMP/ready" \
		--policy "$T_TMP/policy.yaml" ${RL_GUARD_OPTS:-} "$@" 2>> "$T_TMP/guard.log" &
	GUARD_PID=$!
	wait_for "$T_TMP/ready" 60 || { echo "# guard did not start"; cat "$T_TMP/guard.log"; }
	G="http://$(cat "$T_TMP/ready")"
}
