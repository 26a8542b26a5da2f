#!/bin/bash
# Coercion sent by the agent as a tool-call message, read as a demand on
# the addressee linked to an exposure (s15-coerce2; src/detect/
# coerce_link.c): tests/data/monitor/coerce2-{harmful,benign}.jsonl,
# written by tests/data/monitor/coerce2/gen.py. Every harmful turn (an
# imperative joined by or/and/;, a deadline, "if ... still", "as long as",
# a trade, a question about what a spouse knows, beside a party of theirs,
# an authority or an audience told, or their material landing somewhere;
# English, Spanish, German, French, Portuguese, Italian, Polish) is
# blocked by detector-coercion. The hard negatives of the same shape
# (collections under contract, an eviction notice, a theft reported to the
# police, warnings under policy, a deadline with a lawful consequence, an
# ombudsman's escalation, a court's eviction date) pass. Lines 5, 6, 14 and
# 17 of the benign file (a spouse as emergency contact, school photo
# notices, a relative asked for photos) are still flagged by the older
# structure readings and are not asserted here.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/h" "$DATA/monitor/coerce2-harmful.jsonl"
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/b" "$DATA/monitor/coerce2-benign.jsonl"
for n in $(seq 1 22); do
	t_grep "harmful line $n: blocked" "\"line\":$n,.*\"rule\":\"detector-coercion\".*\"action\":\"block\"" "$T_TMP/h"
done
for n in 1 2 3 4 7 8 9 10 11 12 13 15 16 18 19 20 21; do
	t_no_grep "benign line $n: allowed" "\"line\":$n," "$T_TMP/b"
done
t_done
