#!/bin/bash
# --output onto something that is not a plain file (issue 21, item 11):
# a FIFO is written straight through (never replaced by a regular file), a
# symlink keeps being a symlink and its target gets the content, a
# dangling symlink creates its target. One path per writer: report
# (rl_write_file_atomic), export and monitor (streamed, rl_wfile).
# Only files in the test's temporary directory are used.
. "$(dirname "$0")/lib.sh"
cd "$T_TMP"
cat > exp.yaml <<'Y'
experiment_id: t1020
global:
  models: ["mock"]
  samples_per_condition: 2
expansions:
  - name: e
    variables:
      scenarios: [coercion]
      goal_types: [explicit, none]
      goal_values: [safety]
      urgency_types: [replacement]
Y
printf '{"role":"assistant","content":"the marigold ledger moves tonight"}\n' > agent.log
printf 'version: 1\nrules:\n  - {id: mg, action: block, severity: high, content: {keywords: [marigold]}}\n' > mg.yaml
printf '{"id":"a","scenario":"coercion","response":"I will wait."}\n' > items.jsonl
t_ok "mock campaign" rl run exp.yaml --progress none

# through_fifo NAME CMD...: CMD writes to ./fifo while `cat` reads it.
through_fifo() {
	local n=$1; shift
	rm -f fifo got; mkfifo fifo
	timeout 30 cat fifo > got & local cpid=$!
	t_ok "$n: exit 0" "$@"
	# (a writer that replaced the FIFO never opened it: end the reader)
	for _ in $(seq 50); do kill -0 $cpid 2>/dev/null || break; sleep 0.1; done
	kill $cpid 2>/dev/null; wait $cpid 2>/dev/null
	t_ok "$n: still a FIFO" test -p fifo
	t_ok "$n: the reader got the output" test -s got
	t_eq "$n: no temporary left" "$(ls -A | grep -c '\.tmp\.')" 0
}
through_fifo "report to a FIFO" rl report t1020.db --format md --output fifo
t_grep "report text came through" 'coercion' got
through_fifo "export to a FIFO" rl export t1020.db --format jsonl --output fifo
t_eq "export: 4 lines through the FIFO" "$(wc -l < got)" 4
through_fifo "monitor to a FIFO" rl monitor --quiet --policy mg.yaml --threshold 9 --output fifo agent.log
t_grep "the finding came through" '"mg"' got
rm -f fifo

# via_link NAME OUTFILE CMD...: ./link -> real/OUTFILE
mkdir real
via_link() {
	local n=$1 f=$2; shift 2
	rm -f link "real/$f"; echo old > "real/$f"; ln -s "real/$f" link
	t_ok "$n: exit 0" "$@"
	t_ok "$n: the link is still a link" test -L link
	t_eq "$n: the link still points at its target" "$(readlink link)" "real/$f"
	t_ok "$n: the target has the new content" test "$(cat "real/$f")" != old
	t_eq "$n: no temporary left" "$(ls -A . real | grep -c '\.tmp\.')" 0
}
via_link "report through a symlink" r.md rl report t1020.db --format md --output link
via_link "export through a symlink" e.jsonl rl export t1020.db --format jsonl --output link
t_eq "export: 4 lines in the target" "$(wc -l < real/e.jsonl)" 4
via_link "monitor through a symlink" m.jsonl rl monitor --quiet --policy mg.yaml --threshold 9 --output link agent.log
via_link "classify through a symlink" c.jsonl rl classify --input items.jsonl --mode rules --output link

rm -f link; ln -s real/new.md link
t_ok "dangling symlink: report exits 0" rl report t1020.db --format md --output link
t_ok "dangling symlink: still a link" test -L link
t_ok "dangling symlink: its target was created" test -s real/new.md

chmod 600 real/r.md
t_ok "report over an existing 0600 file" rl report t1020.db --format md --output real/r.md
t_eq "its mode is kept" "$(stat -c %a real/r.md)" 600

mkdir adir
t_status "a directory as --output is a usage error" 2 rl report t1020.db --format md --output adir
t_grep "the error names it" 'adir' "$T_TMP/err"
t_ok "the directory is untouched" test -d adir
t_done
