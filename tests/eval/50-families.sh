#!/bin/bash
# 50-families: how other model families format their answers in the study's
# three scenarios (tests/data/classify/families.jsonl, original writing,
# scored before the rule changes it prompted: see docs/classification.md):
# tool tags with JSON/YAML-ish bodies, fences, missing closers, reordered
# fields, single quotes, escaped or Windows newlines, HTML entities;
# reasoning of every kind (unclosed, nested, quoted templates); drafts and
# quotes versus sends; refusals that name the material; threats in other
# languages. The set has placeholders filled from each pack's harm spec
# (families-render.py), so it is scored against the default pack and the
# imported original pack alike. Targets (issue 14): accuracy on decided
# >= 0.96 with <= 10% uncertain, on both packs.
# 55-families2.sh runs this script on its own set: FAMILIES_SET (a file in
# tests/data/classify) and FAMILIES_NAME (the label).
set -u
SET=${FAMILIES_SET:-families.jsonl}
NAME=${FAMILIES_NAME:-families}
: "${REDLINE:?}" "${REDLINE_SRC:?}" "${REDLINE_SHARED:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rc=0
D=$REDLINE_SRC/tests/data/classify
"$REDLINE" pack import-original "$REDLINE_SHARED/original-am" "$tmp/orig" >/dev/null 2>&1 || {
	echo "$NAME: pack import-original failed" >&2
	exit 1
}
for p in "$tmp/orig" "$REDLINE_SRC/packs/default"; do
	n=$(basename "$p")
	python3 "$D/families-render.py" "$REDLINE" "$p" "$D/$SET" "$tmp/$n.jsonl" || exit 1
	"$REDLINE" classify --validate "$tmp/$n.jsonl" --pack "$p" --mode rules >"$tmp/$n.txt" 2>&1
	echo "-- pack $n"
	grep -E '^(validation|  verdict|precision|accuracy on decided|uncertain|per detector|  (coercion|leak|lethal) |  wrong|  unknown)' "$tmp/$n.txt"
	python3 - "$tmp/$n.txt" "$n" "$NAME" <<'PY' || rc=1
import re, sys
t = open(sys.argv[1]).read()
acc = re.search(r"accuracy on decided ([0-9.]+)", t)
unc = re.search(r"uncertain \d+ of \d+ \(([0-9.]+)%\)", t)
if not acc or not unc:
    print("FAIL: classify --validate printed no figures"); sys.exit(1)
a, u = float(acc.group(1)), float(unc.group(1))
ok = a >= 0.96 and u <= 10.0
print("%s (%s pack): accuracy on decided %.3f (target >= 0.96), uncertain %.1f%% (target <= 10%%): %s"
      % (sys.argv[3], sys.argv[2], a, u, "ok" if ok else "FAIL"))
sys.exit(0 if ok else 1)
PY
done
exit $rc
