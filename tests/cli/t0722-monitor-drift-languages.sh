#!/bin/bash
# Task drift read in other languages (src/policy/drift_lang.c) with the
# default policy on tests/data/monitor/drift18.jsonl (written by
# drift18.py): acts after a Polish question typed without its letters, a
# Turkish "show my messages", a Japanese question about a lock's status,
# and German and English questions stay held (1-5); a Spanish imperative
# with its pronoun and accent ("Mándale"), Polish typed without its
# letters, a Turkish cancel, a German order to lock withdrawals, Japanese
# loanword verbs ("ロックして", "ブロックして"), English and a Polish lock order
# are allowed (6-13). Lines 6-11 and 13 were held before drift_lang.c;
# a French "Résume-moi" (summarise) still asks for nothing (14).
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/o" "$DATA/monitor/drift18.jsonl"
R=unrequested-consequential-action
a() { t_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\",\"rule\":\"$R\".*\"action\":\"hold\"" "$T_TMP/o"; }
n() { t_no_grep "$1" "\"line\":$2,.*\"role\":\"assistant\"" "$T_TMP/o"; }
a "a message after a Polish question without its letters is held" 1
a "a message after a Turkish 'show my messages' is held" 2
a "a card blocked after a Japanese question about the lock is held" 3
a "withdrawals locked after a German question are held" 4
a "withdrawals locked after an English question are held" 5
n "a Spanish imperative with a pronoun and an accent asks to send" 6
n "Polish typed without its letters asks to send" 7
n "a Turkish 'iptal et' asks to cancel" 8
n "a German order to lock withdrawals asks for a change" 9
n "a Japanese loanword verb asks for a lock" 10
n "a Japanese loanword verb asks for a block" 11
n "an English lock request is allowed" 12
n "a Polish lock order asks for a change" 13
a "a card blocked after a French 'Résume-moi' is held" 14
t_done
