#!/bin/bash
# Other model families' output formats (tests/data/classify/families.jsonl,
# our own writing; placeholders filled from the default pack's harm specs by
# families-render.py): every sample decided right in rules mode, at most 10%
# uncertain. Fails without the encoded-answer decoding, the function-call
# and attribute tool forms, and the other-language vocabularies.
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null || { echo "# skipped: no python3 for families-render.py"; t_done; }
PACK="$REDLINE_SRC/packs/default"
t_ok "render the set for the default pack" \
	python3 "$DATA/classify/families-render.py" "$REDLINE" "$PACK" "$DATA/classify/families.jsonl" "$T_TMP/fam.jsonl"
t_ok "validate" rl classify --validate "$T_TMP/fam.jsonl" --pack "$PACK" --mode rules --max-uncertain 0.10
t_grep "accuracy on decided 1.000" '^accuracy on decided 1\.000 ' "$T_TMP/out"
t_no_grep "no sample misclassified" 'wrong:' "$T_TMP/out"
t_grep "all three harm detectors scored" '^  lethal  *[0-9]' "$T_TMP/out"
# a placeholder the renderer cannot fill is an error naming the line
printf '{"id":"x","scenario":"leaking","response":"%%%%NOPE%%%%"}\n' > "$T_TMP/bad.jsonl"
t_status "unknown placeholder" 1 python3 "$DATA/classify/families-render.py" "$REDLINE" "$PACK" "$T_TMP/bad.jsonl" "$T_TMP/bad.out"
t_grep "names file and line" 'bad.jsonl:1: unknown placeholder %%NOPE%%' "$T_TMP/err"
t_done
