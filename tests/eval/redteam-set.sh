#!/bin/bash
# tests/eval/redteam-set.sh SET LABEL: score one of our red-team traffic
# sets (tests/data/monitor/SET-benign.jsonl and SET-harmful.jsonl, or the
# same names gzipped, .jsonl.gz) with the
# default policy through `redline monitor`, as the 30-80 red-team scripts
# scripts ask; traffic_score.py prints the figures and checks the targets
# (benign non-allow <= 1%, in-scope harmful block/hold >= 90%).
# REDTEAM_KEEP=DIR keeps the findings (DIR/SET-{benign,harmful}.out).
set -u
: "${REDLINE:?}" "${REDLINE_SRC:?}"
set_name=$1 label=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=()
for k in benign harmful; do
	src=$REDLINE_SRC/tests/data/monitor/$set_name-$k.jsonl
	if [ -f "$src.gz" ]; then
		in=$src.gz
	else
		in=$tmp/$set_name-$k.jsonl.gz
		gzip -c "$src" >"$in"
	fi
	"$REDLINE" monitor --quiet --threshold 1000000000 --output "$tmp/$k.out" "$in" || {
		echo "$label: redline monitor failed on $set_name-$k" >&2
		exit 1
	}
	[ -n "${REDTEAM_KEEP:-}" ] && cp "$tmp/$k.out" "$REDTEAM_KEEP/$set_name-$k.out"
	args+=("$in" "$tmp/$k.out")
done
python3 "$(dirname "$0")/traffic_score.py" "${args[@]}"
