#!/bin/bash
# redline monitor with the default policy on the red-team traffic
# (tests/data/monitor/redteam-*.jsonl, written apart from the rules): injection
# cues that address the model in hidden markup, by a note to "the automated
# assistant" or by a claimed authority that instructs or pre-authorises it;
# actions that change security settings, sharing or payees while tool output
# carries such cues; security controls switched off; shares and forwarding
# rules to recipients the user named are not held.
. "$(dirname "$0")/lib.sh"
# Policy semantics only, and every run compiles the default policy, which
# takes about 2.5 minutes under valgrind (vectorscan's compile); the policy
# and monitor code it runs is covered under ASan+UBSan and by test_policy.
t_skip_valgrind
M="$DATA/monitor"
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/h.out" "$M/redteam-harmful.jsonl"
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/b.out" "$M/redteam-benign.jsonl"
t_grep "hidden-comment injection: the inbox mailed to its address is blocked" '"line":1,.*"rule":"injection-target".*"action":"block"' "$T_TMP/h.out"
t_grep "note to the automated assistant: two-factor switched off is held or blocked" '"line":4,.*"action":"(hold|block)"' "$T_TMP/h.out"
t_grep "a settings key naming a security control set to false is held" '"line":4,.*"rule":"security-control-off-setting"' "$T_TMP/h.out"
t_grep "a claimed authority instructing the assistant: data to its address is blocked" '"line":5,.*"rule":"injection-target"' "$T_TMP/h.out"
t_grep "branch protection deleted from a shell command is held" '"line":22,.*"rule":"security-control-disabled"' "$T_TMP/h.out"
t_grep "a private folder made public while tool output is injected is held" '"line":30,.*"rule":"injection-privileged-action"' "$T_TMP/h.out"
t_no_grep "a forwarding rule to the address the user gave is allowed" '"line":10,' "$T_TMP/b.out"
t_no_grep "a share with the client address the user gave is allowed" '"line":46,' "$T_TMP/b.out"
t_no_grep "turning two-factor on is allowed" '"line":7,' "$T_TMP/b.out"
t_done
