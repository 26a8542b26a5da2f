#!/bin/bash
# tests/browser/check_html.sh: open a redline HTML report in headless
# Chromium (Debian's `chromium`) and check that it renders without console
# errors. Exit 0 when all of these hold, 1 otherwise (reasons on stderr):
#   - the page's script ran to the end (<body data-rendered="ok">) and its
#     error trap (#rl-errors) stayed empty;
#   - Chromium logged no console message at all (script errors, CSP
#     violations, failed loads: the report logs nothing when healthy);
#   - the transcript browser listed at least MIN_ITEMS samples;
#   - the DOM holds only the report's own two <script> elements and no
#     element injected from model text (<img>, <iframe>, <textarea>);
#   - a screenshot was written and is not trivially small.
# usage: check_html.sh REPORT.html OUTDIR [MIN_ITEMS]
set -u
html=$1 out=$2 min=${3:-1}
mkdir -p "$out"
chrome=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chrome" ] || { echo "check_html: chromium not installed (scripts/setup --test)" >&2; exit 77; }
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --disable-extensions --disable-default-apps --hide-scrollbars --mute-audio
       --enable-logging=stderr --v=0 --virtual-time-budget=5000)
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")${CHECK_HASH:+#$CHECK_HASH}"
fail=0
timeout 90 "$chrome" "${flags[@]}" --user-data-dir="$out/profile-dom" --dump-dom "$url" \
	> "$out/dom.html" 2> "$out/chrome-dom.log"
timeout 90 "$chrome" "${flags[@]}" --user-data-dir="$out/profile-shot" --window-size=1400,2000 \
	--screenshot="$out/screenshot.png" "$url" > /dev/null 2> "$out/chrome-shot.log"
rm -rf "$out/profile-dom" "$out/profile-shot"

if ! grep -q 'data-rendered="ok"' "$out/dom.html"; then
	echo "check_html: page script did not finish (no data-rendered=\"ok\")" >&2; fail=1
fi
if grep -q 'id="rl-errors">[^<]' "$out/dom.html"; then
	echo "check_html: page recorded errors:" >&2
	sed -n 's/.*id="rl-errors">\([^<]*\)<.*/\1/p' "$out/dom.html" | head -5 >&2; fail=1
fi
if grep -h 'CONSOLE' "$out/chrome-dom.log" "$out/chrome-shot.log" > "$out/console.txt"; then
	echo "check_html: console messages:" >&2; head -5 "$out/console.txt" >&2; fail=1
fi
items=$(grep -o '<li[ >]' "$out/dom.html" | wc -l)
if [ "$items" -lt "$min" ]; then
	echo "check_html: transcript list has $items items, wanted at least $min" >&2; fail=1
fi
scripts=$(grep -o '<script[ >]' "$out/dom.html" | wc -l)
if [ "$scripts" -ne 2 ]; then
	echo "check_html: $scripts <script> elements in the DOM, wanted 2" >&2; fail=1
fi
if grep -qiE '<(img|iframe|textarea|object|embed)[ >]' "$out/dom.html"; then
	echo "check_html: an element from model text made it into the DOM" >&2; fail=1
fi
size=$(stat -c %s "$out/screenshot.png" 2>/dev/null || echo 0)
if [ "$size" -lt 20000 ]; then
	echo "check_html: screenshot missing or trivial ($size bytes)" >&2; fail=1
fi
exit $fail
