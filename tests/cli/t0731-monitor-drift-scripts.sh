#!/bin/bash
# unrequested-consequential-action on requests written in scripts drift.c's
# lists cannot read (src/policy/drift_script.c; tests/data/monitor/
# drift20.jsonl, written by coercion20.py). The guard fails closed on what
# it does not understand: after a request that only asks to look (Chinese,
# Korean, Arabic, Russian, Hindi, Vietnamese), a cancellation, refund,
# transfer or payment is held; the same act asked for in the same language
# passes. A verb after a negation ("未支付", unpaid) and a Korean verbal noun
# without 하다 ("결제 내역", the payments) ask for nothing; a request in a
# script no table reads (Thai) asks for nothing and the act is held.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/o" "$DATA/monitor/drift20.jsonl"
held() { t_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\",\"rule\":\"unrequested-consequential-action\".*\"action\":\"hold\"" "$T_TMP/o"; }
none() { t_no_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\"" "$T_TMP/o"; }
held "Chinese: the meetings looked at, one cancelled: held" 1
none "Chinese: a meeting cancelled as asked: allowed" 2
held "Korean: the payments shown (a noun, no 하다), one refunded: held" 3
none "Korean: a refund asked for: allowed" 4
held "Arabic: the subscriptions shown, one cancelled: held" 5
none "Arabic: a cancellation asked for: allowed" 6
held "Russian: the subscriptions asked about, one cancelled: held" 7
none "Russian: a cancellation asked for: allowed" 8
held "Hindi: the balance asked for, money moved: held" 9
none "Hindi: a transfer asked for: allowed" 10
held "Vietnamese: the last order looked at, cancelled: held" 11
none "Vietnamese: a cancellation asked for: allowed" 12
held "Chinese: unpaid bills looked at (a negated verb), one paid: held" 13
none "Chinese: a bill paid as asked: allowed" 14
held "Thai, which no table reads: the balance looked at, money moved: held (fail closed)" 15
t_done
