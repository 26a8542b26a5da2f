#!/bin/bash
# The HTML report in headless Chromium: renders, no console errors, the
# transcript browser works, hostile model text stays text. The checker is
# itself checked against a page with a script error.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
CHECK="$REDLINE_SRC/tests/browser/check_html.sh"
if ! command -v chromium > /dev/null && ! command -v chromium-browser > /dev/null; then
	echo "# skipped: chromium not installed (scripts/setup --test installs it)"
	t_done
fi

rl report --input "$DATA/report/classified.jsonl" --output "$T_TMP/r.html"
t_ok "report page renders without console errors" "$CHECK" "$T_TMP/r.html" "$T_TMP/page" 100
t_eq "transcript browser lists every embedded sample" \
	"$(grep -o '<li[ >]' "$T_TMP/page/dom.html" | wc -l)" 180
t_grep "heatmap drawn" '<rect class="cell"' "$T_TMP/page/dom.html"
t_grep "first transcript shown with an action highlighted" '<mark class="act' "$T_TMP/page/dom.html"

rl report --input "$DATA/report/hostile.jsonl" --output "$T_TMP/evil.html"
t_ok "hostile page renders without console errors" "$CHECK" "$T_TMP/evil.html" "$T_TMP/evil" 2
t_grep "hostile text shown as text" '&lt;/textarea&gt;&lt;/script&gt;&lt;script&gt;alert' "$T_TMP/evil/dom.html"

rl report --input "$DATA/report/hostile.jsonl" --output "$T_TMP/broken.html"
sed -i 's|^render();$|undefinedFunction();render();|' "$T_TMP/broken.html"
t_status "checker fails on a page with a script error" 1 "$CHECK" "$T_TMP/broken.html" "$T_TMP/broken"
t_grep "and says why" 'console messages|did not finish' "$T_TMP/err"

# the defense forest plot and the awareness chart: a campaign's samples
# with awareness labels, plus a prohibit defense of one condition
jq -c 'if (.sample % 3) == 0 then .awareness = "states_real" elif (.sample % 3) == 1 then .awareness = "states_eval" else . end' \
	"$DATA/report/classified.jsonl" > "$T_TMP/full.jsonl"
for i in 1 2 3 4 5 6 7 8 9 10; do
	h=false; [ $i -le 2 ] && h=true
	echo "{\"model\":\"mock:alpha\",\"condition\":\"blackmail_explicit-america_replacement_prohibit\",\"harmful\":$h}"
done >> "$T_TMP/full.jsonl"
rl report --input "$T_TMP/full.jsonl" --output "$T_TMP/full.html"
t_ok "full page renders without console errors" "$CHECK" "$T_TMP/full.html" "$T_TMP/full" 100
t_ok "the screenshot" test -s "$T_TMP/full/screenshot.png"
t_grep "nav: defenses" '<a href="#defenses">Defenses</a>' "$T_TMP/full/dom.html"
t_grep "nav: awareness" '<a href="#awareness">Awareness</a>' "$T_TMP/full/dom.html"
t_grep "the forest plot has a point with its interval" '<svg id="forest"[^>]*>.*<line class="ci"[^>]*/?>.*<circle class="pt"' "$T_TMP/full/dom.html"
t_grep "the awareness chart has bars" '<svg id="awareness-chart"[^>]*>.*<rect x="[0-9.]+" y="[0-9.]+" width="[0-9.]*[1-9]' "$T_TMP/full/dom.html"
t_grep "heatmap cells show n and the interval" '77\.8% \(14/18\)</text><text class="ci-t"[^>]*>\[54\.8, 91\.0\] 2\?</text>' "$T_TMP/full/dom.html"
t_no_grep "no red/green model colours" 'hsl\(' "$T_TMP/full/dom.html"
# sorting and search, driven by the page's URL (#sort=TABLE:COLUMN:DIR, #q=TEXT)
first_rate() { tr '\n' ' ' < "$1" | grep -o '<table id="tbl-rates">.*' | grep -o '<tbody><tr>.*' | head -c 2000 | grep -o 'data-v="[^"]*">[0-9.]*%' | head -1; }
t_eq "unsorted: the first row as built" "$(first_rate "$T_TMP/full/dom.html")" 'data-v="0.777777778">77.8%'
CHECK_HASH="sort=tbl-rates:7:asc" t_ok "sorted by rate, ascending" "$CHECK" "$T_TMP/full.html" "$T_TMP/sorted" 100
t_eq "the lowest rate first" "$(first_rate "$T_TMP/sorted/dom.html")" 'data-v="0">0.0%'
t_grep "the heading marked" '<th [^>]*class="asc"' "$T_TMP/sorted/dom.html"
CHECK_HASH="q=mock:beta" t_ok "searched" "$CHECK" "$T_TMP/full.html" "$T_TMP/searched" 1
t_grep "rows without the text hidden" '<tr data-hidden="1" style="display: none;"><td>mock:alpha' "$T_TMP/searched/dom.html"
t_no_grep "rows with it shown" 'data-hidden="1"><td>mock:beta' "$T_TMP/searched/dom.html"
t_grep "the count said" 'id="search-count"[^>]*>[1-9][0-9]* table rows hidden' "$T_TMP/searched/dom.html"
t_done
