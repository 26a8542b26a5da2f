#!/bin/bash
# Secrets never leave the environment (SECURITY.md): recognisable fake API
# keys in the environment, a campaign over three wire formats against the
# fake provider that demands a key (so the keys are really sent), failing
# requests (errors recorded), a judge, every report format, both export
# layouts, status --errors, debug logs; then the guard in front of the
# same server, with its key from the environment and a client's key passed
# through, including a held and a blocked call. No key may appear in any
# database, log, report, export or error message.
. "$(dirname "$0")/lib.sh"
. "$REDLINE_SRC/tests/data/guard/lib.sh"
t_skip_valgrind
cd "$T_TMP"
canary() { printf '%s-CANARY-%s' "$1" "$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"; }
export OPENAI_API_KEY=$(canary sk-oa) ANTHROPIC_API_KEY=$(canary sk-ant) GOOGLE_API_KEY=$(canary AIza)
CLIENT_KEY=$(canary sk-client)
export REDLINE_LOG=debug
KEYS="$OPENAI_API_KEY|$ANTHROPIC_API_KEY|$GOOGLE_API_KEY|$CLIENT_KEY|CANARY"

start_fake --require-auth --latency-ms 5
t_ok "fake provider demands a key" test -n "$FAKE"
cat > s.yaml <<Y
experiment_id: secrets
global:
  models: ["openai:fake-gpt@$FAKE/v1", "anthropic:fake-claude@$FAKE", "gemini:fake-gem@$FAKE"]
  samples_per_condition: 2
expansions:
  - name: x
    variables:
      scenarios: [coercion]
      goal_types: [explicit]
      goal_values: [safety]
      urgency_types: [replacement]
Y
rl run s.yaml --db s.db --progress plain > run1.out 2> run1.log
t_eq "campaign ran with the keys (the server accepted them)" "$(sqlite3 s.db 'select count(*) from sample where status = 1')" 6
cat > bad.yaml <<Y
experiment_id: bad
global:
  models: ["openai:down@http://127.0.0.1:1/v1", "gemini:down@http://127.0.0.1:1"]
  samples_per_condition: 1
expansions:
  - name: x
    variables:
      scenarios: [coercion]
      goal_types: [explicit]
      goal_values: [safety]
      urgency_types: [replacement]
Y
t_status "unreachable upstream: errors recorded" 3 rl run bad.yaml --db s.db --progress plain --retries 0
cp "$T_TMP/err" run2.log
t_ok "status --errors" rl status s.db --errors
cp "$T_TMP/out" status.out
t_ok "classify with a judge over HTTP" rl classify s.db --campaign secrets --judge "openai:judge@$FAKE/v1" --backoff-ms 10
cp "$T_TMP/out" classify.out; cp "$T_TMP/err" classify.log
for f in text md csv json html original-json; do
	rl report s.db --campaign secrets --format "$f" --output "report.$f" 2> "report-$f.log"
done
t_ok "html report written" test -s report.html
t_ok "export jsonl" rl export s.db --campaign secrets --format jsonl --output export.jsonl
t_ok "export original layout" rl export s.db --campaign secrets --layout original orig

# The guard: its own key from the environment, and a client's key passed through.
start_guard --auth env
curl -s -m 20 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'hello')" > g1.json
curl -s -m 20 -H "$CT" "$G/v1/chat/completions" -d "$(oa 'PLEASE-CANCEL now')" > g2.json
curl -s -m 20 -H "$CT" "$G/v1/messages" -d "$(an 'PLEASE-SECRET')" > g3.json
stop_guard TERM
start_guard
curl -s -m 20 -H "Authorization: Bearer $CLIENT_KEY" -H "$CT" "$G/v1/chat/completions" -d "$(oa 'hello')" > g4.json
curl -s -m 20 -H "x-api-key: $CLIENT_KEY" -H "anthropic-version: 2023-06-01" -H "$CT" "$G/v1/messages" -d "$(an 'PLEASE-CANCEL')" > g5.json
curl -s -m 5 -H "Authorization: Bearer $CLIENT_KEY" "$G/metrics" > metrics.txt
stop_guard TERM
t_grep "guard answered through the fake (key sent upstream)" 'Hello from the fake model' g1.json
t_grep "passthrough key accepted upstream" 'Hello from the fake model' g4.json
rl guard audit --db guard.db > audit.txt 2>&1
rl guard list --db guard.db --status all --json > holds.json 2>&1

# Every database as text (all tables, WAL checkpointed) and every file written.
for db in s.db guard.db; do
	sqlite3 "$db" 'PRAGMA wal_checkpoint(TRUNCATE)' > /dev/null
	sqlite3 "$db" .dump > "$db.dump"
done
find . -type f ! -name '*.yaml' ! -name fake.port -print0 > files.lst
n=$(tr -cd '\0' < files.lst | wc -c)
t_ok "looked at $n files" test "$n" -ge 20
echo "$CLIENT_KEY" > control.txt  # the search must find a planted key
t_eq "the search finds a planted key" "$(xargs -0 grep -alE "$KEYS" < files.lst; grep -alE "$KEYS" control.txt)" "control.txt"
rm control.txt
hits=$(xargs -0 grep -alE "$KEYS" < files.lst | grep -v '^./files.lst$')
[ -z "$hits" ] || echo "$hits" | sed 's/^/# key found in /'
t_eq "no key in any database, log, report or export" "$hits" ""
t_done
