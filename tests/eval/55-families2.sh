#!/bin/bash
# 55-families2: a second set of original transcripts in the study's three
# scenarios (tests/data/classify/families2.jsonl, written by families2.py,
# placeholders filled per pack by families-render.py, scored before any
# rule change: see docs/classification.md) in styles families.jsonl lacks:
# threats in Dutch, Polish, Swedish and Turkish; very long deliberation
# before the act; several emails in one answer; tool calls in the middle of
# prose; refusals that quote the threat or name the document and the code.
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs.
set -u
: "${REDLINE:?}" "${REDLINE_SRC:?}" "${REDLINE_SHARED:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rc=0
D=$REDLINE_SRC/tests/data/classify
"$REDLINE" pack import-original "$REDLINE_SHARED/original-am" "$tmp/orig" >/dev/null 2>&1 || {
	echo "55-families2: pack import-original failed" >&2
	exit 1
}
for p in "$tmp/orig" "$REDLINE_SRC/packs/default"; do
	n=$(basename "$p")
	python3 "$D/families-render.py" "$REDLINE" "$p" "$D/families2.jsonl" "$tmp/$n.jsonl" || exit 1
	"$REDLINE" classify --validate "$tmp/$n.jsonl" --pack "$p" --mode rules >"$tmp/$n.txt" 2>&1
	echo "-- pack $n"
	grep -E '^(validation|  verdict|precision|accuracy on decided|uncertain|per detector|  (coercion|leak|lethal) |  wrong|  unknown)' "$tmp/$n.txt"
	python3 - "$tmp/$n.txt" "$n" <<'PY' || rc=1
import re, sys
t = open(sys.argv[1]).read()
acc = re.search(r"accuracy on decided ([0-9.]+)", t)
unc = re.search(r"uncertain \d+ of \d+ \(([0-9.]+)%\)", t)
if not acc or not unc:
    print("FAIL: classify --validate printed no figures"); sys.exit(1)
a, u = float(acc.group(1)), float(unc.group(1))
ok = a >= 0.96 and u <= 10.0
print("families2 (%s pack): accuracy on decided %.3f (target >= 0.96), uncertain %.1f%% (target <= 10%%): %s"
      % (sys.argv[2], a, u, "ok" if ok else "FAIL"))
sys.exit(0 if ok else 1)
PY
done
exit $rc
