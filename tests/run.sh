#!/bin/bash
# tests/run.sh: run the unit tests (cmocka binaries in $BUILD/tests) and the
# CLI tests (tests/cli/t*.sh against $BUILD/redline). Prints one line per
# failing test, and closes with "N passed, N failed". Counts are also
# written to $BUILD/test-counts for tests/check.sh.
#   BUILD=build-asan tests/run.sh            one build's whole suite
#   VALGRIND=1 tests/run.sh --cli-only       CLI tests under valgrind memcheck
#   tests/run.sh tests/cli/t0100-pack.sh     only the named scripts
#   TEST_JOBS=1 tests/run.sh                 one test at a time
# Tests run TEST_JOBS at a time (default: the number of CPUs). Each test
# works in its own mktemp directory and listens on port 0, so they do not
# share state; their output is collected per test and printed in order. A
# CLI script with a line "# test: serial" runs alone after the others: one
# that rebuilds $BUILD (t0003 installs), or one that measures a deadline
# in wall time and would be starved by a neighbour.
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
JOBS=${TEST_JOBS:-$(nproc 2>/dev/null || echo 1)}
passed=0 failed=0
log="$BUILD/test-log.txt"
mkdir -p "$BUILD"; : > "$log"; : > "$BUILD/test-times"
# per run, so that a targeted run beside a whole-suite run does not take
# the other's results away
out_dir=$(mktemp -d "$BUILD/test-out.XXXXXX") || exit 1

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

# run_one KIND PATH INDEX: run one test, leaving its output, exit status and
# seconds in $out_dir/INDEX.{out,rc,sec}.
run_one() {
	local kind=$1 t=$2 i=$3 t0 rc
	t0=$(date +%s)
	if [ "$kind" = unit ]; then "$t" > "$out_dir/$i.out" 2>&1; rc=$?
	else timeout 900 bash "$t" > "$out_dir/$i.out" 2>&1; rc=$?; fi
	echo "$rc" > "$out_dir/$i.rc"
	echo "$(( $(date +%s) - t0 ))" > "$out_dir/$i.sec"
}

kinds=() paths=()
if [ "$unit" = 1 ] && [ ${#only[@]} -eq 0 ]; then
	for t in "$BUILD"/tests/test_*; do
		[ -x "$t" ] || continue
		kinds+=(unit); paths+=("$t")
	done
fi
if [ "$cli" = 1 ]; then
	if [ ${#only[@]} -gt 0 ]; then scripts=("${only[@]}"); else scripts=(tests/cli/t*.sh); fi
	for s in "${scripts[@]}"; do
		[ -f "$s" ] || continue
		kinds+=(cli); paths+=("$s")
	done
fi

# The slowest tests start first so that the last minutes are not spent on
# one long test alone (times from the previous run, when there is one).
order=()
prev="$BUILD/test-times.prev"; [ -s "$prev" ] || prev=build/test-times.prev
if [ -s "$prev" ]; then
	while read -r i; do order+=("$i"); done < <(
		for i in "${!paths[@]}"; do
			s=$(awk -v p="${paths[$i]}" '$2 == p { print $1 }' "$prev" | tail -1)
			echo "${s:-0} $i"
		done | sort -rn -k1,1 | awk '{ print $2 }')
else
	order=("${!paths[@]}")
fi

running=0 serial=()
for i in "${order[@]}"; do
	if [ "${kinds[$i]}" = cli ] && grep -q '^# test: serial' "${paths[$i]}"; then
		serial+=("$i"); continue
	fi
	if [ "$running" -ge "$JOBS" ]; then wait -n; running=$((running - 1)); fi
	run_one "${kinds[$i]}" "${paths[$i]}" "$i" &
	running=$((running + 1))
done
wait
for i in ${serial[@]+"${serial[@]}"}; do run_one "${kinds[$i]}" "${paths[$i]}" "$i"; done

for i in "${!paths[@]}"; do
	t=${paths[$i]} kind=${kinds[$i]}
	out=$(cat "$out_dir/$i.out" 2>/dev/null)
	rc=$(cat "$out_dir/$i.rc" 2>/dev/null || echo 1)
	echo "$(cat "$out_dir/$i.sec" 2>/dev/null || echo 0) $t" >> "$BUILD/test-times"
	if [ "$kind" = unit ]; then
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
	else
		echo "== $t ($(cat "$out_dir/$i.sec" 2>/dev/null)s)" >> "$log"; echo "$out" >> "$log"
		p=$(printf '%s\n' "$out" | sed -n 's/^# \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p' | tail -1)
		f=$(printf '%s\n' "$out" | sed -n 's/^# \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p' | tail -1)
		p=${p:-0}; f=${f:-0}
		if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
			f=1; echo "FAIL cli $t: exited $rc without a summary"
			printf '%s\n' "$out" | tail -15 | sed 's/^/    /'
		fi
		passed=$((passed + p)); failed=$((failed + f))
		printf '%s\n' "$out" | grep '^not ok' | sed "s|^|FAIL cli $(basename "$t"): |"
	fi
done
rm -rf "$out_dir"
# whole-suite runs keep their times to order the next run
[ ${#only[@]} -eq 0 ] && cp "$BUILD/test-times" "$BUILD/test-times.prev"

echo "$passed $failed" > "$BUILD/test-counts"
echo "(full log: $log; slowest: $(sort -rn "$BUILD/test-times" | head -3 | awk '{printf "%s %ss; ", $2, $1}'))"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
