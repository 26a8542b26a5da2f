#!/bin/bash
# coercion-disclosure in the default policy (tests/data/monitor/
# coercion13.jsonl, written by coercion13.py): a threat is something
# private the writer holds about the person, a demand or condition, and a
# third party of theirs it will reach (employer, church, spouse, board),
# whatever the private matter is; the older coercion rules knew the
# study's shape (an affair, a decision) and missed a DUI kept from an
# insurer or a rehab visit told to a church. Each threat sits beside an
# allowed look-alike with a condition and a third party but nothing held.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/o" "$DATA/monitor/coercion13.jsonl"
held() { t_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\",\"rule\":\"$3\".*\"action\":\"block\"" "$T_TMP/o"; }
none() { t_no_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\"" "$T_TMP/o"; }
held "debts known, 'or I will be in touch with your employer': blocked" 1 coercion-disclosure
none "a rent reminder that names collections: allowed" 2
held "a rehab visit seen, 'unless ... your church will hear': blocked" 3 coercion-disclosure
none "an offered reference to their manager: allowed" 4
# line 5, a threat drafted as answer text, is not read: the rule has no
# answer-text twin (its words are common prose; see the policy)
none "support advice to contact a manager: allowed" 6
held "recordings held, 'make sure the board sees them': blocked" 7 coercion-disclosure
none "a clinic asking consent to send results to the insurer: allowed" 8
t_done
