#!/bin/bash
# tests/check.sh: the full CI check. Every stage prints its own results;
# the last line is the sum over all stages, "check: N passed, N failed".
#   0. the module graph (make deps), cppcheck (make lint), clang-format
#      (make format-check: every C file as .clang-format lays it out;
#      FORMAT_CHECK=0 skips it, for a local run on a tree mid-edit)
#   1. build with -Werror, unit + CLI tests
#   2. the same suite built with ASan + UBSan
#   3. the CLI tests under valgrind memcheck (normal build)
#   4. a short smoke run of every libFuzzer target (when clang is present)
set -u
cd "$(dirname "$0")/.."
JOBS=$(nproc 2>/dev/null || echo 2)
P=0 F=0
stage() { # NAME COUNTS-FILE
	local c; c=$(cat "$2" 2>/dev/null || echo "0 1")
	P=$((P + ${c% *})); F=$((F + ${c#* }))
	echo "== $1: ${c% *} passed, ${c#* } failed"
}

echo "== stage 0: module graph and static analysis"
mkdir -p build
s0() { # NAME CMD...: one check of stage 0
	local n=$1; shift
	if "$@"; then S0P=$((S0P + 1)); else S0F=$((S0F + 1)); echo "FAIL $n"; fi
}
S0P=0 S0F=0
s0 "make deps" make -s deps
if command -v cppcheck > /dev/null; then
	s0 "make lint" make -s lint LINT_JOBS="$JOBS"
else
	echo "cppcheck missing (scripts/setup --test installs it)"; S0F=$((S0F + 1))
fi
if [ "${FORMAT_CHECK:-1}" = 0 ]; then
	echo "format check skipped (FORMAT_CHECK=0)"
elif command -v "${CLANG_FORMAT:-clang-format}" > /dev/null; then
	s0 "make format-check" make -s format-check
else
	echo "clang-format missing (scripts/setup --test installs it)"; S0F=$((S0F + 1))
fi
echo "$S0P $S0F" > build/static-counts
stage "static" build/static-counts

echo "== stage 1: build and test"
if make -j"$JOBS" all >/dev/null && make -j"$JOBS" test; then :; fi
[ -f build/test-counts ] || echo "0 1" > build/test-counts
stage "tests" build/test-counts

echo "== stage 2: ASan + UBSan"
# fuzz/lsan.supp: vectorscan's own small leak when a logical combination
# fails to compile (test_policy compiles combinations on purpose)
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp"
rm -f build-asan/test-counts
if make -j"$JOBS" SAN=1 all >/dev/null && make -j"$JOBS" SAN=1 test; then :; fi
[ -f build-asan/test-counts ] || { mkdir -p build-asan; echo "0 1" > build-asan/test-counts; }
stage "sanitizers" build-asan/test-counts
unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS

echo "== stage 3: valgrind over the CLI tests"
mkdir -p build/vg
if VALGRIND=1 BUILD=build tests/run.sh --cli-only; then :; fi
cp build/test-counts build/vg/test-counts
stage "valgrind" build/vg/test-counts

if command -v clang >/dev/null && ls fuzz/fuzz_*.c >/dev/null 2>&1; then
	echo "== stage 4: fuzz smoke"
	if make -j"$JOBS" fuzz-smoke FUZZ_SECONDS=${FUZZ_SECONDS:-5}; then :; fi
	[ -f build-fuzz/test-counts ] || { mkdir -p build-fuzz; echo "0 1" > build-fuzz/test-counts; }
	stage "fuzz" build-fuzz/test-counts
fi

echo "check: $P passed, $F failed"
[ "$F" -eq 0 ]
