#!/bin/bash
# redline monitor on awkward inputs (issue 21, item 15):
# - a line longer than the limit (64 MiB) without a newline is one line,
#   counted once as malformed, by the mapped path and the read(2) path
#   (a sparse file: no disk, little time);
# - a truncated gzip file is an error naming the file, not a silent end;
# - a directory argument is an input error (exit 2), like a missing file;
# - after rotation, findings name the file actually read (the rotated
#   name), and the new file's findings the live path.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
cd "$T_TMP"
printf 'version: 1\nrules:\n  - {id: mg, action: block, severity: high, content: {keywords: [marigold]}}\n' > mg.yaml
BAD='{"role":"assistant","content":"the marigold ledger moves tonight"}'
OK='{"role":"assistant","content":"all quiet"}'
js() { "$REDLINE_BUILD/tools/rl_jsonl" "$1" "$2"; } # js KEY FILE: values of KEY

printf '%s\n' "$OK" > long.log
truncate -s 140M long.log              # then 140 MB of NULs without a newline
printf '\n%s\n' "$BAD" >> long.log      # then the end of that line, and a finding
t_status "long line, mapped: one finding" 1 rl monitor --policy mg.yaml --summary s1.json long.log
t_eq "mapped: 3 lines" "$(js lines s1.json)" 3
t_eq "mapped: the long line counted once as malformed" "$(js malformed s1.json)" 1
t_grep "mapped: reported at its line" 'long.log:2: line longer than the limit' "$T_TMP/err"
t_status "long line, read(2): one finding" 1 rl monitor --policy mg.yaml --summary s2.json - < long.log
t_eq "read(2): 3 lines" "$(js lines s2.json)" 3
t_eq "read(2): the long line counted once as malformed" "$(js malformed s2.json)" 1
t_eq "read(2): one report for it" "$(grep -c 'line longer than the limit' "$T_TMP/err")" 1
t_grep "read(2): reported at its line" '-:2: line longer than the limit' "$T_TMP/err"
t_grep "read(2): the finding is on line 3" '"line":3,' "$T_TMP/out"
rm -f long.log

for i in $(seq 2000); do printf '%s\n' "$OK"; done > g.log
printf '%s\n' "$BAD" >> g.log
gzip -c g.log > whole.gz
head -c $(( $(stat -c %s whole.gz) / 2 )) whole.gz > cut.gz
t_status "whole gzip: the finding" 1 rl monitor --policy mg.yaml whole.gz
t_status "truncated gzip: an input error" 2 rl monitor --policy mg.yaml cut.gz
t_grep "it names the file and says why" 'cut\.gz: .*(truncated|unexpected end)' "$T_TMP/err"
t_status "truncated gzip among others: still an error" 2 rl monitor --policy mg.yaml cut.gz whole.gz
t_grep "the other file is still scanned" '"file":"whole.gz"' "$T_TMP/out"

mkdir adir
t_status "a directory is an input error" 2 rl monitor --policy mg.yaml adir
t_grep "it names the directory" 'adir: .*directory' "$T_TMP/err"
t_status "a directory is an input error with --follow too" 2 rl monitor --follow --policy mg.yaml adir
t_grep "it names it there too" 'adir: .*directory' "$T_TMP/err"

# rotation: the writer keeps its descriptor; the path is renamed away
LOG=$T_TMP/app.log OUT=$T_TMP/found.jsonl
printf '%s\n' "$OK" > "$LOG"
"$REDLINE" monitor --follow --policy mg.yaml --output "$OUT" "$LOG" 2> ferr & PID=$!
# ready when it says so on stderr (files open, inotify set): no fixed sleep
for _ in $(seq 600); do grep -q '^redline monitor: following' ferr && break; sleep 0.1; done
exec 3>> "$LOG"
mv "$LOG" "$LOG.1"
printf '%s\n' "$BAD" >&3                # written into the rotated file
wait_lines() { for _ in $(seq 600); do [ "$(wc -l < "$OUT")" -ge "$1" ] && return 0; sleep 0.1; done; return 1; }
t_ok "rotated: the finding is seen" wait_lines 1
printf '%s\n' "$BAD" > "$LOG"           # the new file
t_ok "new file: its finding too" wait_lines 2
exec 3>&-
kill -TERM $PID; wait $PID
t_eq "the rotated file's finding names the rotated file" "$(js file "$OUT" | head -1)" "$LOG.1"
t_eq "the new file's finding names the live path" "$(js file "$OUT" | sed -n 2p)" "$LOG"
t_done
