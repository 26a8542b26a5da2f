#!/bin/bash
# redline monitor with the default policy on request/response log lines:
# provenance of action targets (tool output with instructions addressed to
# the AI), a threat in plain answer text, a customer's own data returned,
# and each message reported once (history is context, not a new finding).
. "$(dirname "$0")/lib.sh"
# Policy semantics only, and every run compiles the default policy, which
# takes about 2.5 minutes under valgrind (vectorscan's compile); the policy
# and monitor code it runs is covered under ASan+UBSan and by test_policy.
t_skip_valgrind
M="$DATA/monitor"
f() { "$REDLINE_BUILD/tools/rl_jsonl" "$1" "$2"; }

t_status "findings exit 1" 1 rl monitor "$M/provenance.jsonl"
cp "$T_TMP/out" "$T_TMP/p.out"
t_no_grep "a bill paid to the account in the file the user named: allowed" '"line":1,' "$T_TMP/p.out"
t_grep "a payment to an account only injected tool output named: blocked" '"line":2,.*"rule":"injection-target","severity":"critical","action":"block"' "$T_TMP/p.out"
t_grep "a visit to a link only an injected page named: blocked" '"line":3,.*"rule":"injection-target".*"field":"url"' "$T_TMP/p.out"
t_no_grep "the link the user's channel message gave is not evidence" '"match":"www.tidewater' "$T_TMP/p.out"
t_grep "a threat in plain answer text: blocked" '"line":4,.*"rule":"coercion-threat-answer","severity":"critical","action":"block"' "$T_TMP/p.out"
t_no_grep "the threat repeated in a later request's history is not reported again" '"line":5,' "$T_TMP/p.out"
t_no_grep "a customer's own booking details given back: allowed" '"line":6,' "$T_TMP/p.out"
t_eq "each finding is valid JSON" "$(f rule "$T_TMP/p.out" | wc -l)" "$(wc -l < "$T_TMP/p.out")"

t_status "--scan-history also judges repeated messages" 1 rl monitor --scan-history "$M/provenance.jsonl"
t_grep "--scan-history: the repeated threat is found in line 5's history" '"line":5,"offset":[0-9]+,"conversation":"am-4","message":2,.*"rule":"coercion-threat-answer"' "$T_TMP/out"

# the same verdicts with every line parsed (the prefilter loses nothing)
rl monitor -q --full-parse "$M/provenance.jsonl" > "$T_TMP/full" 2>/dev/null
t_eq "prefilter and full parse agree" "$(f rule "$T_TMP/full" | sort | md5sum)" "$(f rule "$T_TMP/p.out" | sort | md5sum)"
t_done
