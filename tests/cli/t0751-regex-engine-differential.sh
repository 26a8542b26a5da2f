#!/bin/bash
# The regex engine against PCRE2 on redline's own expressions (the fast
# form of tests/tools/rl_hsdiff.c; docs/monitor.md, "The regex engine
# missed matches"): every expression of the default policy's database, of
# its detectors and of the monitor's prefilter databases, over two of our
# red-team fixture sets (each line and each JSON string in it), then each
# expression's first match planted after 0..200 spaces. Fails on any text
# where PCRE2 matches an expression and the engine reports nothing. The
# full corpora (../shared too) are measured with the tool by hand.
. "$(dirname "$0")/lib.sh"
# the same code runs natively and under ASan+UBSan; under valgrind the
# default policy's databases and a million PCRE2 runs take minutes
t_skip_valgrind
DIFF="$(dirname "$REDLINE")/tools/rl_hsdiff"
t_ok "the engine reports every match PCRE2 finds" \
	"$DIFF" --offsets 200 "$DATA/monitor/redteam4-harmful.jsonl" "$DATA/monitor/redteam3-harmful.jsonl"
cp "$T_TMP/out" "$T_TMP/report"
t_grep "no miss" ' 0 expressions missed$' "$T_TMP/report"
# most expressions met a match to plant (what the fixtures lack is counted)
sampled=$(sed -n 's/.*(\([0-9]*\) with a sample).*/\1/p' "$T_TMP/report")
t_ok "at least 120 expressions planted at every offset (got $sampled)" test "${sampled:-0}" -ge 120
# the check can fail: a faulty engine (nothing reported for some lengths)
t_status "a simulated fault is reported" 1 \
	"$DIFF" --simulate-fault --offsets 64 --max-texts 300 "$DATA/monitor/redteam4-harmful.jsonl"
t_grep "as misses" 'generated: [0-9]+ texts, [1-9][0-9]* misses' "$T_TMP/out"
t_done
