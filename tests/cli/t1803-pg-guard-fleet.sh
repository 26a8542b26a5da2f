#!/bin/bash
# A guard fleet on PostgreSQL (issue 18): three replicas share one
# database (tests/cli/pg.sh). A hold made on replica A is approved through
# replica B's API and A's waiting client gets the approved answer; replica
# C is killed -9 with 100 holds pending (the issue's figure) and loses none; an agent's retry of
# one of them through A attaches to the same hold and collects the
# decision; when the database goes away a replica fails closed and
# /healthz says so. Skipped under valgrind: three guards and a database
# server at once, and the point is their interplay (the ASan stage runs
# it).
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"
. "$(dirname "$0")/pg.sh"
t_skip_valgrind
P="$GDATA/policy.yaml"
cd "$T_TMP"
pg_start
declare -A GP GU
trap 'for p in ${GP[*]} $FAKE_PID; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; pg_stop; rm -rf "$T_TMP"' EXIT
URL=$(pg_db fleet)
start_fake
# gstart NAME: a replica on a free port, its URL in GU[NAME]
gstart() {
	rm -f "$T_TMP/ready.$1"
	"$REDLINE" guard serve --upstream "$FAKE" --listen 127.0.0.1:0 --ready-file "$T_TMP/ready.$1" \
		--db "$URL" --policy "$P" 2>> "$T_TMP/guard.$1.log" &
	GP[$1]=$!
	wait_for "$T_TMP/ready.$1" 60 || { echo "# replica $1 did not start"; cat "$T_TMP/guard.$1.log"; }
	GU[$1]="http://$(cat "$T_TMP/ready.$1")"
}
pids() { rl guard list --db "$URL" --json | grep -oE '"id":"[0-9a-f]+"' | cut -d'"' -f4; }
waitn() { local i=0; while [ "$(pids | grep -c .)" -lt "$1" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done; }
gstart A; gstart B; gstart C

# ---- a hold on A, approved through B
curl -s -m 30 -H "$CT" "${GU[A]}/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT fleet-1')" > a1.json &
H=$!
waitn 1
id=$(pids)
t_eq "one hold pending (made on A)" "$(pids | grep -c .)" 1
t_ok "approved through replica B's API" rl guard approve "$id" --url "${GU[B]}" --by bob
wait $H
t_grep "A's waiting client gets the approved call" '"name":"email"' a1.json

# ---- C killed -9 with N holds pending
N=100
CP=()
for i in $(seq $N); do
	curl -s -m 60 -H "$CT" "${GU[C]}/v1/chat/completions" -d "$(oa "PLEASE-EMAIL-OUT c-$i")" > /dev/null 2>&1 & CP+=($!)
done
waitn $N
kill -9 "${GP[C]}"; wait "${GP[C]}" 2>/dev/null; unset 'GP[C]'
wait "${CP[@]}" 2>/dev/null
t_eq "C killed with $N pending: $N still pending" "$(pids | grep -c .)" $N
# the agent retries one of them through A: it attaches to the same hold
curl -s -m 30 -H "$CT" "${GU[A]}/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT c-7')" > r7.json &
H=$!
sleep 0.5
t_eq "the retry through A made no new hold" "$(pids | grep -c .)" $N
for x in $(pids); do rl guard deny "$x" --db "$URL" --by carol > /dev/null 2>&1; done
wait $H
t_grep "the retry collects the decision" 'held for approval and denied' r7.json
t_eq "every hold decided" "$(pids | grep -c .)" 0
t_ok "audit shared by the fleet" rl guard audit --db "$URL"
t_grep "audit has B's approval" '"who":"api:bob","what":"approve"' "$T_TMP/out"
t_grep "audit has the CLI denials" '"who":"cli:carol","what":"deny"' "$T_TMP/out"
# the approval page on A (session from A's sign-in) with the fleet's
# history, newest decision first, through the PostgreSQL back end
curl -s -D s.hdr -o /dev/null -d "token=$REDLINE_GUARD_TOKEN" "${GU[A]}/holds/login"
CK=$(sed -n 's/^Set-Cookie: \(rl_session=[^;]*\);.*/\1/p' s.hdr | tr -d '\r')
t_eq "A's page opens with the session" "$(curl -s -o page.html -w '%{http_code}' -H "Cookie: $CK" "${GU[A]}/holds")" 200
t_grep "its history has the fleet's decisions" '<td>denied</td><td>cli:carol</td>' page.html
t_eq "B accepts the session A signed (one token, no shared state)" \
	"$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $CK" "${GU[B]}/holds")" 200

# ---- the database goes away: fail closed
t_eq "healthz ok while the database answers" "$(curl -s -o /dev/null -w '%{http_code}' "${GU[B]}/healthz")" 200
pg_stop
sleep 1.5
t_eq "healthz 503 without the database" "$(curl -s -o /dev/null -w '%{http_code}' "${GU[B]}/healthz")" 503
curl -s -m 10 -D h.hdr -H "$CT" "${GU[B]}/v1/chat/completions" -d "$(oa 'PLEASE-EMAIL-OUT no-db')" > nodb.json
t_no_grep "no tool call passes without the database" '"name":"email"' nodb.json
t_done
