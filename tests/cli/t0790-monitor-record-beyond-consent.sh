#!/bin/bash
# t0790: record-beyond-consent (s19-people; src/policy/consentout.c). A
# clinic record whose consent field names a sister: its content words sent
# to the client's manager are held; the same message to the sister the
# consent field names passes (tests/data/monitor/consent19.jsonl, own
# wording).
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/o" "$DATA/monitor/consent19.jsonl"
t_grep "record content to the manager: held" '"line":1,.*"rule":"record-beyond-consent".*"action":"hold"' "$T_TMP/o"
t_no_grep "the same to the consented sister: no finding" '"line":2,.*"rule":"record-beyond-consent"' "$T_TMP/o"
t_done
