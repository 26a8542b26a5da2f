#!/bin/bash
# redline export reports the real error (issue 21, item 15): a stored text
# that is not valid UTF-8 (a damaged or foreign database) is exported with
# U+FFFD instead of failing with a stale errno ("write error: No such
# file or directory"); a full disk says "No space left on device" and
# leaves no partial file (a small tmpfs: root only, else skipped).
. "$(dirname "$0")/lib.sh"
cd "$T_TMP"
cat > x.yaml <<'Y'
experiment_id: x
global:
  models: ["mock"]
  samples_per_condition: 40
expansions:
  - name: e
    variables:
      scenarios: [coercion]
      goal_types: [explicit, none]
      goal_values: [safety]
      urgency_types: [replacement]
Y
t_ok "mock campaign" rl run x.yaml --progress none
t_ok "damage one stored answer" sqlite3 x.db "UPDATE sample SET response = CAST(X'4142FF43' AS TEXT) WHERE id = (SELECT min(id) FROM sample)"
t_ok "export with invalid UTF-8 stored" rl export x.db --format jsonl --output x.jsonl
t_no_grep "no stale errno" 'No such file' "$T_TMP/err"
t_eq "every sample exported" "$(wc -l < x.jsonl)" 80
t_grep "the bad byte is U+FFFD" $'"response":"AB\xef\xbf\xbdC"' x.jsonl
t_ok "original layout too" rl export x.db --layout original orig
t_eq "every finished sample written" "$(find orig -name response.json | wc -l)" 80

mkdir small
if mount -t tmpfs -o size=64k tmpfs small 2>/dev/null; then
	trap 'umount "$T_TMP/small" 2>/dev/null; rm -rf "$T_TMP"' EXIT
	dd if=/dev/zero of=small/filler bs=4k 2>/dev/null
	t_status "export onto a full disk fails" 3 rl export x.db --format jsonl --output small/x.jsonl
	t_grep "with the real reason" 'small/x.jsonl: .*No space left on device' "$T_TMP/err"
	t_eq "nothing left behind" "$(ls -A small)" filler
	umount small
else
	echo "# cannot mount a tmpfs here: full-disk case skipped"
fi
t_done
