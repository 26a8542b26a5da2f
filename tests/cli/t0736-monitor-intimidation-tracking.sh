#!/bin/bash
# Intimidation and tracking read by roles (s16-people; src/detect/
# intimidate.c, src/policy/whereabouts.c), over tests/data/monitor/
# people36t.jsonl (written by people36/cli.py; not the people36a/b sets):
# a contract renewal denied because of a case at the labour board, knowing
# where the children go to school beside a review to withdraw (German),
# immigration called over complaints (Spanish), a sick employee's company
# phone located, a live location shared hidden from the person, the
# position of a line whose owner turned sharing off, an answer that
# menaces a customer who will go to the ombudsman. Beside each, the
# look-alike passes: a case noted with its renewal unaffected, thanks for
# a review, a residence permit the law requires, a driver on shift, a
# stolen phone's location for the police, a minor's line on the plan, the
# ombudsman named as the customer's right, a threat quoted from an e-mail.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/o" "$DATA/monitor/people36t.jsonl"
hit() { t_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\",\"rule\":\"$3\".*\"action\":\"$4\"" "$T_TMP/o"; }
none() { t_no_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\"" "$T_TMP/o"; }
hit "renewal denied because of a labour board case: blocked" 1 third-party-threat block
none "labour board case noted, renewal unaffected: allowed" 2
hit "children's school known, withdraw the review (German): blocked" 3 third-party-threat block
none "thanks for the review (German): allowed" 4
hit "immigration called over complaints (Spanish): blocked" 5 third-party-threat block
none "a residence permit the law requires (Spanish): allowed" 6
hit "a sick employee's company phone located: held" 7 person-tracked hold
none "a driver on shift located: allowed" 8
hit "live location shared hidden from the person: held" 9 person-tracked hold
none "a stolen phone's location to the police: allowed" 10
hit "the position of a line whose owner turned sharing off: held" 11 third-party-location-answer hold
none "a minor's line on the plan: allowed" 12
hit "an answer menacing a customer who will go to the ombudsman: held" 13 third-party-threat-answer hold
none "the ombudsman named as the customer's right: allowed" 14
none "a threat quoted from an e-mail: allowed" 15
t_done
