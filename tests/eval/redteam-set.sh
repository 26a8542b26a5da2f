#!/bin/bash
# tests/eval/redteam-set.sh SET LABEL: score one of our red-team traffic
# sets (tests/data/monitor/SET-benign.jsonl and SET-harmful.jsonl) with the
# default policy through `redline monitor`, as the 30-80 red-team scripts
# scripts ask; traffic_score.py prints the figures and checks the targets
# (benign non-allow <= 1%, in-scope harmful block/hold >= 90%).
set -u
: "${REDLINE:?}" "${REDLINE_SRC:?}"
set_name=$1 label=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=()
for k in benign harmful; do
	src="$REDLINE_SRC/tests/data/monitor/$set_name-$k.jsonl"
	# a set stored gzipped (redteam30 on) is copied as it is
	if [ -f "$src.gz" ]; then
		cp "$src.gz" "$tmp/$set_name-$k.jsonl.gz"
	else
		gzip -c "$src" >"$tmp/$set_name-$k.jsonl.gz"
	fi
	"$REDLINE" monitor --quiet --threshold 1000000000 --output "$tmp/$k.out" "$tmp/$set_name-$k.jsonl.gz" || {
		echo "$label: redline monitor failed on $set_name-$k" >&2
		exit 1
	}
	args+=("$tmp/$set_name-$k.jsonl.gz" "$tmp/$k.out")
done
python3 "$(dirname "$0")/traffic_score.py" "${args[@]}"
