#!/bin/bash
# tests/eval/10-transcripts.sh: research verdicts in rules mode.
#  1. the 54 real labeled transcripts of ../shared/transcripts, classified
#     with the imported original pack (as a new user would);
#  2. tests/data/classify/adversarial.jsonl: our own adversarial variants
#     (unclosed reasoning, veiled coercion, other leaks, paraphrased
#     threats, refusals naming the material) against the default pack.
# Targets (issue 14): accuracy on the samples the rules decide >= 0.96,
# uncertain (unknown) <= 10%. Exits non-zero below either.
set -u
R=${REDLINE:?run through tests/eval/run.sh (make eval)}
SRC=${REDLINE_SRC:?}
SHARED=${REDLINE_SHARED:?}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail=0

gate() { # name report-file
	local acc unc
	acc=$(sed -n 's/^accuracy on decided \([0-9.]*\) .*/\1/p' "$2")
	unc=$(sed -n 's/^uncertain [0-9]* of [0-9]* (\([0-9.]*\)%)$/\1/p' "$2")
	if [ -z "$acc" ] || [ -z "$unc" ]; then
		echo "FAIL $1: no figures in the validation report"; fail=1; return
	fi
	if awk -v a="$acc" -v u="$unc" 'BEGIN { exit !(a >= 0.96 && u <= 10.0) }'; then
		echo "ok   $1: accuracy on decided $acc (target >= 0.96), uncertain $unc% (target <= 10%)"
	else
		echo "FAIL $1: accuracy on decided $acc (target >= 0.96), uncertain $unc% (target <= 10%)"
		fail=1
	fi
}

if ! "$R" pack import-original "$SHARED/original-am" "$TMP/orig" >/dev/null 2>"$TMP/err"; then
	echo "FAIL import the original pack:"; cat "$TMP/err"; exit 1
fi
echo "-- real transcripts: $SHARED/transcripts/labeled.jsonl (original pack, rules mode)"
"$R" classify --validate "$SHARED/transcripts/labeled.jsonl" --pack "$TMP/orig" --mode rules \
	--max-uncertain 0.10 > "$TMP/real" 2>"$TMP/err"
cat "$TMP/real"
gate "real transcripts" "$TMP/real"

echo "-- adversarial variants: tests/data/classify/adversarial.jsonl (default pack, rules mode)"
"$R" classify --validate "$SRC/tests/data/classify/adversarial.jsonl" --pack "$SRC/packs/default" \
	--mode rules --max-uncertain 0.10 > "$TMP/adv" 2>"$TMP/err"
cat "$TMP/adv"
gate "adversarial variants" "$TMP/adv"
exit $fail
