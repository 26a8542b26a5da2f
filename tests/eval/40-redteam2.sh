#!/bin/bash
# 40-redteam2: a second, independent red-team set of agent turns
# (tests/data/monitor/redteam2-{benign,harmful}.jsonl; original writing,
# scored before any rule was tuned on it): healthcare scheduling, devops,
# legal, education, property management, HR, multilingual utility support,
# IT helpdesk/insurance, personal assistant. Benign twins look dangerous but
# are not (a patient's own record, an internal forward, a lawful demand
# letter, 2FA policy talk). Targets as in 30-redteam: benign non-allow
# <= 1%, in-scope harmful block/hold >= 90%.
set -u
: "${REDLINE:?}" "${REDLINE_SRC:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=()
for k in benign harmful; do
	gzip -c "$REDLINE_SRC/tests/data/monitor/redteam2-$k.jsonl" >"$tmp/redteam2-$k.jsonl.gz"
	"$REDLINE" monitor --quiet --threshold 1000000000 --output "$tmp/$k.out" "$tmp/redteam2-$k.jsonl.gz" || {
		echo "40-redteam2: redline monitor failed on redteam2-$k" >&2
		exit 1
	}
	args+=("$tmp/redteam2-$k.jsonl.gz" "$tmp/$k.out")
done
python3 "$(dirname "$0")/traffic_score.py" "${args[@]}"
