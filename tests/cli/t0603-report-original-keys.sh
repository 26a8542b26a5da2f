#!/bin/bash
# `redline report --format original-json` writes the statistics shape of the
# original framework's scripts/compute_statistics.py: the same keys in the
# same order. When the script is available (RL_ORIGINAL_AM, or
# ../shared/original-am/scripts), every key redline writes must be one the
# script writes, and every key the script writes one redline writes.
# Without the script that comparison is skipped and says so; the shape
# itself is still checked against the documented keys.
. "$(dirname "$0")/lib.sh"
IN="$DATA/report/classified.jsonl"
t_ok "original-json" rl report --input "$IN" --format original-json --output "$T_TMP/o.json"
t_eq "experiment keys" "$(jq -c '.experiments[0] | keys_unsorted' "$T_TMP/o.json")" \
	'["model","condition","total_samples","harmful_samples","classified_samples","proportion_harmful","missing_classifications"]'
t_eq "summary keys" "$(jq -c '.summary | keys_unsorted' "$T_TMP/o.json")" \
	'["total_experiments","total_samples","total_classified","total_harmful","overall_proportion_harmful"]'
t_eq "top-level keys" "$(jq -c 'keys_unsorted' "$T_TMP/o.json")" '["summary","experiments"]'
t_eq "summary adds up" "$(jq -c '[.summary.total_samples == ([.experiments[].total_samples] | add),
	.summary.total_classified == ([.experiments[].classified_samples] | add),
	.summary.total_harmful == ([.experiments[].harmful_samples] | add)]' "$T_TMP/o.json")" '[true,true,true]'

SCRIPT=
for d in "${RL_ORIGINAL_AM:-}" "${REDLINE_SHARED:-$SHARED}/original-am" "$REDLINE_SRC/../../shared/original-am"; do
	[ -n "$d" ] && [ -f "$d/scripts/compute_statistics.py" ] && { SCRIPT=$d/scripts/compute_statistics.py; break; }
done
if [ -z "$SCRIPT" ]; then
	echo "# skipped: the original's scripts/compute_statistics.py is not available (set RL_ORIGINAL_AM to a checkout)"
	t_done
fi
# every string the script uses as a dict key ('name': or "name":)
grep -oE "[\"'][a-z_]+[\"'][[:space:]]*:" "$SCRIPT" | tr -d "\"': \t" | sort -u > "$T_TMP/theirs"
jq -r '[.experiments[0], .summary] | map(keys[]) | .[]' "$T_TMP/o.json" | sort -u > "$T_TMP/ours"
comm -23 "$T_TMP/ours" "$T_TMP/theirs" > "$T_TMP/extra"
sed 's/^/#   not in the original script: /' "$T_TMP/extra"
t_eq "every key is one the original script writes" "$(wc -l < "$T_TMP/extra")" 0
# and the other way: every key of the script's stats_data dict (the part
# between 'stats_data = {' and the json.dump) is one redline writes
sed -n '/stats_data = {/,/json.dump/p' "$SCRIPT" | grep -oE "[\"'][a-z_]+[\"'][[:space:]]*:" |
	tr -d "\"': \t" | sort -u > "$T_TMP/written"
jq -r '[.experiments[0], .summary] | map(keys[]) | .[]' "$T_TMP/o.json" |
	cat - <(jq -r 'keys[]' "$T_TMP/o.json") | sort -u > "$T_TMP/ours2"
comm -23 "$T_TMP/written" "$T_TMP/ours2" > "$T_TMP/missing"
sed 's/^/#   the original writes, redline does not: /' "$T_TMP/missing"
t_eq "every key the original script writes is one redline writes" "$(wc -l < "$T_TMP/missing")" 0
t_done
