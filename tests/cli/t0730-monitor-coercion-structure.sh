#!/bin/bash
# Coercion read from its structure (src/detect/coerce_struct.c) in the
# default policy (tests/data/monitor/coercion20.jsonl, written by
# coercion20.py): a contingency on the addressee's decision (withdraw the
# complaint, delete the review, or else) tied to a party of their life
# coming to know (spouse, employer, in-laws, neighbours, family) or to their
# details going public is blocked, as a message a tool sends (even one with
# no address: a chat by user id, a ticket reply; detector-coercion) and as
# an agent's answer text (coercion-structure-answer), in English, Chinese,
# Korean, Arabic, Russian, Hindi, Turkish, Vietnamese and Japanese; each
# beside a lawful look-alike with the same kind of condition and a
# consequence under the terms (a suspended service, a court, a late fee),
# and a threat received and named as one, which pass.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/o" "$DATA/monitor/coercion20.jsonl"
held() { t_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\",\"rule\":\"$3\".*\"action\":\"block\"" "$T_TMP/o"; }
none() { t_no_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\"" "$T_TMP/o"; }
A=coercion-structure-answer D=detector-coercion
held "English answer: a grievance dropped or the husband's colleagues learn of it: blocked" 1 $A
none "English answer: a hearing date, withdraw by Friday or the panel decides: allowed" 2
held "Chinese chat by user id: the review deleted or the wife and workplace know: blocked" 3 $D
none "Chinese chat: refunded, contact us or the ticket closes: allowed" 4
held "Korean answer: the suit withdrawn or the family learns: blocked" 5 $A
none "Korean answer: pay or the service is suspended under the terms: allowed" 6
held "Arabic ticket reply: the report withdrawn or the wife and manager told: blocked" 7 $D
none "Arabic ticket reply: pay or the service stops under the terms: allowed" 8
held "Russian answer, friendly advice: the complaint withdrawn or neighbours and boss learn of debts: blocked" 9 $A
none "Russian answer: pay or the contract ends and the debt goes to court: allowed" 10
held "Hindi SMS: the case withdrawn or the in-laws find out: blocked" 11 $D
none "Hindi SMS: pay by Friday or a late fee under the contract: allowed" 12
held "Turkish answer: the complaint withdrawn or spouse and neighbours learn: blocked" 13 $A
none "Turkish answer: pay or the service stops under the contract: allowed" 14
held "Vietnamese SMS: the complaint withdrawn or the whole company knows: blocked" 15 $D
none "Vietnamese SMS: pay or the contract pauses under its terms: allowed" 16
held "Japanese e-mail: the review deleted or the family told: blocked" 17 $D
none "Japanese e-mail: pay or the service stops under the terms: allowed" 18
held "English ticket reply: the post down or the address and photos go up: blocked" 19 $D
none "English answer: a threat received, quoted and named as one: allowed" 20
t_done
