#!/bin/bash
# The regex engine (docs/building.md "The regex engine"): without it
# (REDLINE_REGEX_ENGINE=pcre2: no database, PCRE2 decides every pattern)
# classify gives the same verdicts and evidence on our own fixture sets,
# the detectors' eval-awareness anchors included (t0713 does the same for
# the monitor with the default policy); any other value is an error. The
# refusal of an engine that fails the known-answer probe is tested in
# tests/unit/test_hsengine.c (the linked engine passes it).
. "$(dirname "$0")/lib.sh"
# each classify run compiles the pack's detectors twice over: slow under
# valgrind, and the same code runs natively and under ASan+UBSan
t_skip_valgrind
PACK="$REDLINE_SRC/packs/default"
sets="$DATA/classify/adversarial.jsonl $DATA/classify/redteam.jsonl $DATA/classify/families2.jsonl
	$DATA/vectorscan/eval-statements.jsonl"
if command -v python3 > /dev/null &&
	python3 "$DATA/classify/families-render.py" "$REDLINE" "$PACK" "$DATA/classify/families.jsonl" "$T_TMP/fam.jsonl"; then
	sets="$sets $T_TMP/fam.jsonl"
fi
for f in $sets; do
	x=$(basename "$f")
	"$REDLINE" classify --validate "$f" --pack "$PACK" --mode rules --output "$T_TMP/hs.jsonl" > /dev/null 2>&1
	REDLINE_REGEX_ENGINE=pcre2 "$REDLINE" classify --validate "$f" --pack "$PACK" --mode rules --output "$T_TMP/pc.jsonl" > /dev/null 2>&1
	t_eq "$x: one output line per input line" "$(wc -l < "$T_TMP/hs.jsonl")" "$(wc -l < "$f")"
	t_eq "$x: PCRE2-only = engine" "$(md5sum < "$T_TMP/pc.jsonl")" "$(md5sum < "$T_TMP/hs.jsonl")"
	cat "$T_TMP/hs.jsonl" >> "$T_TMP/all.jsonl"
done
t_grep "the sets hold eval-awareness evidence" 'eval_awareness\.says_' "$T_TMP/all.jsonl"
t_ok "the default policy loads without the engine" env REDLINE_REGEX_ENGINE=pcre2 "$REDLINE" policy check "$REDLINE_SRC/policies/default.yaml"
t_status "an unknown engine is an error" 2 env REDLINE_REGEX_ENGINE=vectorscan "$REDLINE" policy check "$REDLINE_SRC/policies/default.yaml"
t_grep "naming the variable and the values" "^redline: REDLINE_REGEX_ENGINE: unknown value 'vectorscan' \\(expected pcre2 or hyperscan\\)$" "$T_TMP/err"
t_done
