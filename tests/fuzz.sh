#!/bin/bash
# tests/fuzz.sh BIN...: run each libFuzzer target for $FUZZ_SECONDS over
# its seed corpus (fuzz/corpus/<name>/) plus a scratch corpus. A crash
# leaves its input in build-fuzz/crashes/<name>/ and counts as a failure;
# turn each into a regression test under tests/data/fuzz-regress/.
set -u
cd "$(dirname "$0")/.."
S=${FUZZ_SECONDS:-60}
# no vectorscan database cache (base/hscache.c): fuzz_policy compiles a new
# policy every run, which would leave a file each; and never touch $HOME
export REDLINE_NO_CACHE=1
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# Targets with a known, open finding: still run, their crash is printed as
# KNOWN and not counted, until the finding is fixed (each names its reason;
# none open now). Listed as KNOWN=" fuzz_a fuzz_b ".
KNOWN=" "
p=0 f=0
for bin in "$@"; do
	name=$(basename "$bin")
	seed="fuzz/corpus/${name#fuzz_}"
	work="build-fuzz/corpus/${name#fuzz_}"; crash="build-fuzz/crashes/$name"
	mkdir -p "$work" "$crash" "$seed"
	# Regression inputs first: each must run clean.
	if ls "tests/data/fuzz-regress/${name#fuzz_}"/* >/dev/null 2>&1; then
		if ! "$bin" "tests/data/fuzz-regress/${name#fuzz_}"/* >/dev/null 2>&1; then
			echo "FAIL $name: a regression input crashes"; f=$((f + 1)); continue
		fi
	fi
	if "$bin" -max_total_time="$S" -artifact_prefix="$crash/" -max_len=65536 \
		"$work" "$seed" > "build-fuzz/$name.log" 2>&1; then
		p=$((p + 1)); echo "ok $name ($(grep -c '' "build-fuzz/$name.log") log lines)"
	elif [[ "$KNOWN" == *" $name "* ]]; then
		echo "KNOWN $name: open finding (see tests/fuzz.sh); build-fuzz/$name.log"
	else
		f=$((f + 1)); echo "FAIL $name: see build-fuzz/$name.log"; tail -20 "build-fuzz/$name.log"
	fi
done
echo "$p $f" > build-fuzz/test-counts
echo "$p passed, $f failed"
[ "$f" -eq 0 ]
