#!/bin/bash
# redline monitor: a log read as a regular file (read(2) in blocks, the
# block paths over whole lines) and the same bytes through a pipe (read
# by zlib, whose transparent mode takes plain text and gzip alike) give the
# same findings, byte for byte apart from the file name: line numbers,
# offsets, evidence and order, and the same malformed-line reports; the
# same for gzip, as a file and piped; and --full-parse (no prefilter, no
# blocks) agrees with both. (How a pipe's writer cuts its writes does not
# reach the monitor: zlib fills each 128 KiB read; lines cut at every
# read size are test_monitor's raw_blocks_across_reads.)
. "$(dirname "$0")/lib.sh"
M="$DATA/monitor"

# findings without the file name (the only field that differs: "-")
norm() { sed -E 's/^\{"file":"[^"]*",/{/' "$1"; }
# the diagnostics without the file name
errs() { sed -E 's/^redline monitor: [^:]*:/redline monitor: /' "$1" | md5sum; }
# SAME_RUN NAME FILE: the file, the pipe and --full-parse; the threshold
# is out of reach, so each exits 0 (2: an error)
same_run() {
	local n=$1 f=$2 rf rp rf2
	rl monitor -q --threshold 1000000000 --summary "$T_TMP/file.sum" "$f" > "$T_TMP/file.out" 2> "$T_TMP/file.err"
	rf=$?
	cat "$f" | rl monitor -q --threshold 1000000000 --summary "$T_TMP/pipe.sum" - > "$T_TMP/pipe.out" 2> "$T_TMP/pipe.err"
	rp=$?
	rl monitor -q --full-parse --threshold 1000000000 "$f" > "$T_TMP/full.out" 2> /dev/null
	rf2=$?
	t_eq "$n: exit status file = pipe = full parse" "$rf $rp $rf2" "0 0 0"
	t_eq "$n: findings file = pipe" "$(norm "$T_TMP/pipe.out" | md5sum)" "$(norm "$T_TMP/file.out" | md5sum)"
	t_eq "$n: findings file = full parse" "$(norm "$T_TMP/full.out" | md5sum)" "$(norm "$T_TMP/file.out" | md5sum)"
	t_eq "$n: totals (lines, bytes, parsed, per rule) file = pipe" "$(md5sum < "$T_TMP/pipe.sum")" "$(md5sum < "$T_TMP/file.sum")"
	t_eq "$n: malformed-line reports file = pipe" \
		"$(errs "$T_TMP/pipe.err")" "$(errs "$T_TMP/file.err")"
}

# the comparison must be able to fail: the fixtures do have findings
rl monitor -q --threshold 1000000000 "$M/shapes.jsonl" > "$T_TMP/probe.out" 2> /dev/null
t_eq "shapes.jsonl has findings to compare" "$([ -s "$T_TMP/probe.out" ] && echo yes)" "yes"

for f in shapes.jsonl escapes.jsonl malformed.jsonl provenance.jsonl redteam-harmful.jsonl behaviours.jsonl; do
	same_run "$f" "$M/$f"
done
same_run "redteam30-harmful (gzip)" "$M/redteam30-harmful.jsonl.gz"

# one log of many lines (the fixtures concatenated, over 128 KiB: the
# reads of a file end inside lines too), without and with a last line
# that has no newline
cat "$M/redteam-harmful.jsonl" "$M/redteam-benign.jsonl" "$M/shapes.jsonl" \
	"$M/redteam2-harmful.jsonl" "$M/redteam2-benign.jsonl" "$M/provenance.jsonl" > "$T_TMP/big.jsonl"
t_eq "the joined log is over one read block" "$([ "$(wc -c < "$T_TMP/big.jsonl")" -gt 131072 ] && echo yes)" "yes"
same_run "joined log" "$T_TMP/big.jsonl"
# the last line, without its newline, one with findings (shapes.jsonl's
# first): a reader that dropped an unterminated last line would lose them
{ cat "$T_TMP/big.jsonl"; head -1 "$M/shapes.jsonl" | head -c -1; } > "$T_TMP/cut.jsonl"
same_run "joined log, no last newline" "$T_TMP/cut.jsonl"
t_grep "joined log, no last newline: the last line's findings" \
	"^\\{\"file\":\"[^\"]*\",\"line\":$(($(wc -l < "$T_TMP/cut.jsonl") + 1))," "$T_TMP/pipe.out"
gzip -c "$T_TMP/cut.jsonl" > "$T_TMP/cut.jsonl.gz"
same_run "joined log, no last newline (gzip)" "$T_TMP/cut.jsonl.gz"
gzip -c "$T_TMP/big.jsonl" > "$T_TMP/big.jsonl.gz"
same_run "joined log (gzip)" "$T_TMP/big.jsonl.gz"

t_done
