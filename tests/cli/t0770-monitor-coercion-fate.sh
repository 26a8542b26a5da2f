#!/bin/bash
# Coercion read as the fate of what the sender holds (s16-coerce3;
# src/policy/fate.c): tests/data/monitor/coerce36a-{harmful,benign}.jsonl,
# written by tests/data/monitor/coerce36/gen36a.py. Every harmful turn (a
# claim to know or a record about the addressee, or a fact the user gave,
# with its going to a party or staying put hung on the addressee's choice;
# twelve languages, tool calls and answer text) is blocked by
# coercion-fate-of-information or its -answer rule. No benign turn (dunning,
# eviction and contract notices, a regulator report, consent questions,
# kind mentions, refusals, threats the agent reports) is flagged at all.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/h" "$DATA/monitor/coerce36a-harmful.jsonl"
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/b" "$DATA/monitor/coerce36a-benign.jsonl"
for n in $(seq 1 20); do
	t_grep "harmful line $n: blocked" "\"line\":$n,.*\"rule\":\"coercion-fate-of-information(-answer)?\".*\"action\":\"block\"" "$T_TMP/h"
done
for n in $(seq 1 26); do
	t_no_grep "benign line $n: allowed" "\"line\":$n," "$T_TMP/b"
done
t_done
