#!/bin/bash
# message-contradicts-tool-results (s19; src/policy/contradict.c): a mail
# that tells its reader an inspection passed when the record the agent
# just read opens with a failure is held; the same failure reported
# honestly passes; an object-named tool whose operation argument waives a
# fee, after a note to an automated assistant, is held as
# injection-privileged-op (tests/data/monitor/inject19.jsonl).
. "$(dirname "$0")/lib.sh"
F="$(dirname "$0")/../data/monitor/inject19.jsonl"
"$REDLINE" monitor -q --threshold 1000000000 --output "$T_TMP/out" "$F"
t_grep "a success mailed over a failed check is held" \
	'"line":1,.*"rule":"message-contradicts-tool-results"' "$T_TMP/out"
t_no_grep "the failure reported honestly passes" \
	'"line":2,.*"rule":"message-contradicts-tool-results"' "$T_TMP/out"
t_grep "an operation argument under an injection cue is held" \
	'"line":3,.*"rule":"injection-privileged-op"' "$T_TMP/out"
t_done
