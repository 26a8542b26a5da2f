#!/bin/bash
# The campaign store on PostgreSQL (issue 18), against a private server
# (tests/cli/pg.sh): the store's unit tests that do not depend on SQLite's
# file format run again on PostgreSQL; then run / status / export /
# classify / report on a postgresql:// URL give what they give on a file;
# a password in the URL never shows in a message. The guard's hold store
# (holds_pg.c) passes its two-replica unit test on PostgreSQL.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/pg.sh"
# Skipped under valgrind: it starts a PostgreSQL server and runs run/classify/report, minutes under valgrind; the ASan stage runs it and covers the same memory handling.
t_skip_valgrind
cd "$T_TMP"
pg_start

t_ok "store unit tests on PostgreSQL" env RL_TEST_PG="host=$PG_HOST&user=redline" \
	"$REDLINE_BUILD/tests/test_store"
cat "$T_TMP/out" "$T_TMP/err" > unit.out
t_grep "all eight ran" 'PASSED.*8 test' unit.out
t_ok "guard hold store unit test on PostgreSQL (two replicas)" \
	env RL_TEST_PG="host=$PG_HOST&user=redline" "$REDLINE_BUILD/tests/test_holds_shared"

cat > exp.yaml <<'Y'
experiment_id: t1800
global:
  models: ["mock"]
  samples_per_condition: 3
expansions:
  - name: small
    enabled: true
    variables:
      scenarios: [coercion, espionage]
      goal_types: [explicit, none]
      goal_values: [safety]
      urgency_types: [replacement]
Y
URL=$(pg_db camp)
t_ok "run on a postgresql:// URL" rl run exp.yaml --db "$URL" --progress plain
t_grep "12 samples done" '12 samples done now, 0 before, 12 of 12' "$T_TMP/out"
t_ok "again: nothing left to do" rl run exp.yaml --db "$URL" --progress plain
t_grep "resumed, nothing asked" '0 samples done now, 12 before' "$T_TMP/out"
t_eq "12 rows in PostgreSQL" "$(pg_sql "$URL" 'select count(*) from sample where status = 1')" 12
t_ok "the same run on a file" rl run exp.yaml --db file.db --progress none
t_ok "status" rl status "$URL"
cp "$T_TMP/out" status.pg
rl status file.db > status.file 2>&1
t_eq "status reads as on a file" "$(grep -v -e postgresql -e file.db -e ago status.pg | md5sum)" \
	"$(grep -v -e postgresql -e file.db -e ago status.file | md5sum)"
t_ok "export jsonl" rl export "$URL" --format jsonl --output pg.jsonl
t_eq "12 lines" "$(wc -l < pg.jsonl)" 12
t_ok "classify with rules" rl classify "$URL" --mode rules
t_ok "classify again: nothing left" rl classify "$URL" --mode rules
t_eq "12 verdicts" "$(pg_sql "$URL" 'select count(*) from verdict')" 12
t_ok "report" rl report "$URL" --format json --output r.json
t_grep "report has the conditions" 'coercion_explicit-safety_replacement' r.json

t_status "a database that cannot be reached is an I/O error" 3 rl status "postgresql://redline:Pw-9x7-hidden@/nosuchdb?host=$PG_HOST"
t_grep "it names the URL, password masked" 'postgresql://redline:\*\*\*@/nosuchdb.*cannot connect' "$T_TMP/err"
t_no_grep "the password never shows" 'Pw-9x7-hidden' "$T_TMP/err"
t_done
