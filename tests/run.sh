#!/bin/bash
# tests/run.sh: run the unit tests (cmocka binaries in $BUILD/tests) and the
# CLI tests (tests/cli/t*.sh against $BUILD/redline). Prints one line per
# failing test, and closes with "N passed, N failed". Counts are also
# written to $BUILD/test-counts for tests/check.sh.
#   BUILD=build-asan tests/run.sh            one build's whole suite
#   VALGRIND=1 tests/run.sh --cli-only       CLI tests under valgrind memcheck
#   tests/run.sh tests/cli/t0100-pack.sh     only the named scripts
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export REDLINE_BUILD="$PWD/$BUILD"
export REDLINE="$PWD/$BUILD/redline"
export REDLINE_SRC="$PWD"
export CMOCKA_MESSAGE_OUTPUT=stdout
# compiled vectorscan databases are cached per build (src/policy/hsdb.c):
# the suite compiles each distinct policy once, and leaves $HOME alone
export REDLINE_CACHE_DIR="${REDLINE_CACHE_DIR:-$PWD/$BUILD/hs-cache}"
passed=0 failed=0
log="$BUILD/test-log.txt"
mkdir -p "$BUILD"; : > "$log"; : > "$BUILD/test-times"

unit=1; cli=1; only=()
for a in "$@"; do
	case "$a" in
	--cli-only) unit=0 ;;
	--unit-only) cli=0 ;;
	*) only+=("$a") ;;
	esac
done

if [ "${VALGRIND:-0}" = 1 ]; then
	export RL_WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --suppressions=$PWD/tests/valgrind.supp"
	export REDLINE_PCRE2_NO_JIT=1
	unit=0
fi

if [ "$unit" = 1 ] && [ ${#only[@]} -eq 0 ]; then
	for t in "$BUILD"/tests/test_*; do
		[ -x "$t" ] || continue
		t0=$(date +%s)
		out=$("$t" 2>&1); rc=$?
		echo "$(( $(date +%s) - t0 )) $t" >> "$BUILD/test-times"
		echo "$out" >> "$log"
		p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -1)
		f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' | tail -1)
		p=${p:-0}; f=${f:-0}
		if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
		passed=$((passed + p)); failed=$((failed + f))
		if [ "$f" -ne 0 ]; then
			echo "FAIL unit $(basename "$t"):"
			printf '%s\n' "$out" | grep -E '^\[  (FAILED|ERROR) |error:|Failure|failed' | head -20 | sed 's/^/    /'
		fi
	done
fi

if [ "$cli" = 1 ]; then
	if [ ${#only[@]} -gt 0 ]; then scripts=("${only[@]}"); else scripts=(tests/cli/t*.sh); fi
	for s in "${scripts[@]}"; do
		[ -f "$s" ] || continue
		t0=$(date +%s)
		out=$(timeout 900 bash "$s" 2>&1); rc=$?
		dt=$(( $(date +%s) - t0 ))
		echo "== $s (${dt}s)" >> "$log"; echo "$out" >> "$log"
		echo "$dt $s" >> "$BUILD/test-times"
		p=$(printf '%s\n' "$out" | sed -n 's/^# \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p' | tail -1)
		f=$(printf '%s\n' "$out" | sed -n 's/^# \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p' | tail -1)
		p=${p:-0}; f=${f:-0}
		if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
			f=1; echo "FAIL cli $s: exited $rc without a summary"
			printf '%s\n' "$out" | tail -15 | sed 's/^/    /'
		fi
		passed=$((passed + p)); failed=$((failed + f))
		printf '%s\n' "$out" | grep '^not ok' | sed "s|^|FAIL cli $(basename "$s"): |"
	done
fi

echo "$passed $failed" > "$BUILD/test-counts"
echo "(full log: $log; slowest: $(sort -rn "$BUILD/test-times" | head -3 | awk '{printf "%s %ss; ", $2, $1}'))"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
