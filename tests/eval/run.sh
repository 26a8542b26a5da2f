#!/bin/bash
# tests/eval/run.sh: `make eval`. Quality figures on the development data in
# ../shared/ (never the held-out sets): every tests/eval/[0-9]*.sh in order.
# Each script prints its own figures and exits non-zero when a figure is
# below the target it states; this script closes with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
export REDLINE="$PWD/$BUILD/redline" REDLINE_SRC="$PWD" REDLINE_BUILD="$PWD/$BUILD"
export REDLINE_CACHE_DIR="${REDLINE_CACHE_DIR:-$PWD/$BUILD/hs-cache}" # base/hscache.c
# ../shared from the main checkout, ../../shared from a worktree
if [ -z "${REDLINE_SHARED:-}" ]; then
	for d in "$PWD/../shared" "$PWD/../../shared"; do
		[ -d "$d/transcripts" ] && { REDLINE_SHARED=$(cd "$d" && pwd); break; }
	done
fi
if [ -z "${REDLINE_SHARED:-}" ] || [ ! -d "$REDLINE_SHARED" ]; then
	echo "eval: the development data (../shared/transcripts, ../shared/agent-traffic) was not found; set REDLINE_SHARED" >&2
	exit 2
fi
export REDLINE_SHARED
passed=0 failed=0
for s in tests/eval/[0-9]*.sh; do
	[ -f "$s" ] || continue
	echo "== $(basename "$s" .sh)"
	if bash "$s"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $s"; fi
done
echo "eval: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
