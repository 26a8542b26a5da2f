#!/bin/bash
# `redline db copy SRC DST` (issue 18): an SQLite campaign, classified,
# copied into PostgreSQL exports exactly as the file does (samples and
# verdicts); a second copy into the same database is refused and changes
# nothing; bad arguments are usage errors.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/pg.sh"
# Skipped under valgrind: it starts a PostgreSQL server and classifies, minutes under valgrind; the ASan stage runs it and covers the same memory handling.
t_skip_valgrind
cd "$T_TMP"
t_status "no arguments: usage" 2 rl db
t_status "unknown subcommand: usage" 2 rl db move a b
pg_start
cat > exp.yaml <<'Y'
experiment_id: t1802
global:
  models: ["mock"]
  samples_per_condition: 2
expansions:
  - name: small
    variables:
      scenarios: [coercion, espionage]
      goal_types: [explicit]
      goal_values: [safety]
      urgency_types: [replacement]
Y
t_ok "run into a file" rl run exp.yaml --db f.db --progress none
t_ok "classify the file" rl classify f.db --mode rules
URL=$(pg_db copy)
t_ok "db copy file -> PostgreSQL" rl db copy f.db "$URL"
t_grep "says what it copied" '^copied 1 campaign, 4 samples into postgresql' "$T_TMP/out"
rl export f.db --format jsonl --output a.jsonl 2> /dev/null
t_ok "export the copy" rl export "$URL" --format jsonl --output b.jsonl
t_ok "samples and verdicts identical" cmp a.jsonl b.jsonl
t_status "a second copy is refused" 2 rl db copy f.db "$URL"
t_grep "it says why" "already has a campaign 't1802'" "$T_TMP/err"
t_eq "nothing was added" "$(pg_sql "$URL" 'select count(*) from sample')" 4
t_status "a missing source" 2 rl db copy nosuch.db "$URL"
t_done
