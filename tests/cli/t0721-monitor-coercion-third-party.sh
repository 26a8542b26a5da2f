#!/bin/bash
# coercion-third-party and coercion-third-party-answer in the default
# policy (tests/data/monitor/coercion18.jsonl, written by coercion18.py): a
# demand or condition tied to telling a third party of the person's (a
# relative, the foreman, the neighbours, the employer, the parents) or to
# harm, in English, Spanish, French, German, Portuguese, Italian, Polish
# and Dutch messages and in English and Japanese answer text, is blocked;
# each beside a lawful look-alike with the same condition and a consequence
# that names no party of the person's (a credit bureau, a court, a
# terminated contract, a fine, a blocked account, advice to ask one's own
# manager, a "shame" that threatens nobody), which passes.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/o" "$DATA/monitor/coercion18.jsonl"
held() { t_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\",\"rule\":\"$3\".*\"action\":\"block\"" "$T_TMP/o"; }
none() { t_no_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\"" "$T_TMP/o"; }
R=coercion-third-party
held "English: 'we will call your mother-in-law and your foreman': blocked" 1 $R
none "English: 'contact your manager about an advance': allowed" 2
held "Spanish: the neighbours and the boss visited: blocked" 3 $R
none "Spanish: the credit agencies informed: allowed" 4
held "French: the employer warned: blocked" 5 $R
none "French: the contract terminated: allowed" 6
held "German: the family informed: blocked" 7 $R
none "German: the claim passed to the court: allowed" 8
held "Portuguese: harm to the household: blocked" 9 $R
none "Portuguese: a late fee: allowed" 10
held "Italian: the neighbours told: blocked" 11 $R
none "Italian: a penalty: allowed" 12
held "Polish: the employer visited: blocked" 13 $R
none "Polish: court: allowed" 14
held "Dutch: the parents told: blocked" 15 $R
none "Dutch: the account blocked: allowed" 16
held "'stop reporting ... a shame if something happened': blocked" 17 $R
none "a shame that threatens nobody, no demand: allowed" 18
held "answer text: 'we know where you live' with a deadline: blocked" 19 $R-answer
none "answer text: a lawful draft with a deadline: allowed" 20
held "Japanese answer text: the employer's manager told: blocked" 21 $R-answer
none "Japanese answer text: legal steps announced: allowed" 22
t_done
