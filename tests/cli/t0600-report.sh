#!/bin/bash
# redline report: every format from classify JSON Lines, output placement,
# the unknown policy, hostile model text, and bad input (exit 2, file:line).
. "$(dirname "$0")/lib.sh"

IN="$DATA/report/classified.jsonl"
EVIL="$DATA/report/hostile.jsonl"

t_ok "help" rl report --help
t_grep "help names the formats" 'original-json' "$T_TMP/out"
t_ok "default text report: --opt=value" rl report --input="$IN" --format=text
t_eq "no line wider than 100 columns" "$(awk 'length($0) > 100' "$T_TMP/out" | wc -l)" 0
t_grep "unknown bounds beside the rate (14 harmful, 4 not, 2 unknown of 20)" 'mock:alpha +blackmail_explicit-america_replacement +2 +77\.8% \[54\.8, 91\.0\] +70\.0-80\.0%$' "$T_TMP/out"
t_grep "no bounds without unknowns" 'mock:beta +blackmail_none-none_none +0 +0\.0% \[0\.0, 16\.1\]$' "$T_TMP/out"
t_ok "json" rl report --input "$IN" --format json
t_eq "json: unknown bounds of that cell" "$(jq -c '[.. | objects | select(.harmful==14 and .unknown==2) | .unknown_bounds][0]' "$T_TMP/out")" '{"lo":0.7,"hi":0.8}'
t_ok "html" rl report --input "$IN" --format html
t_grep "html: the bounds in the cell's title" '14 harmful of 18 decided, 77\.8% \[54\.8, 91\.0\]; 2 unknown: 70\.0-80\.0% if all were not harmful / harmful' "$T_TMP/out"
t_status "an unknown option is exit 2" 2 rl report --input "$IN" --fromat json
t_grep "did you mean" "unknown option '--fromat' \(did you mean '--format'\?" "$T_TMP/err"

t_ok "text report" rl report --input "$IN" --width 0
cp "$T_TMP/out" "$T_TMP/text"
t_grep "per-cell Wilson interval (14/18)" 'mock:alpha +blackmail_explicit-america_replacement +blackmail +20 +14 +4 +2 +77\.8% \[54\.8, 91\.0\]' "$T_TMP/text"
t_grep "all-unknown-free control shows 0 with interval" 'mock:beta +blackmail_none-none_none +blackmail +20 +0 +20 +0 +0\.0% \[0\.0, 16\.1\]' "$T_TMP/text"
t_grep "ablation compared with its base" 'ablation +blackmail_explicit-america_replacement_prod +blackmail_explicit-america_replacement' "$T_TMP/text"
t_grep "unknowns reported with reasons" 'judge answer unparseable +4' "$T_TMP/text"
t_grep "kappa reported" '173 +42 +4 +5 +122 +94\.8% +0\.868' "$T_TMP/text"

t_ok "clopper-pearson on request" rl report --input "$IN" --interval clopper-pearson
t_grep "exact interval for 0/20 (binom.test: 0 0.1684)" 'mock:beta +blackmail_none-none_none .* 0\.0% \[0\.0, 16\.8\]' "$T_TMP/out"
t_grep "method named" 'Clopper-Pearson intervals' "$T_TMP/out"

t_ok "markdown" rl report --input "$IN" --format md
t_grep "md table" '^\| model \| samples \|' "$T_TMP/out"

t_ok "json to a file" rl report --input "$IN" --format json --output "$T_TMP/r.json"
t_grep "json cell (14 of 18 decided, 2 unknown)" '^\{"model":"mock:alpha","condition":"blackmail_explicit-america_replacement","scenario":"blackmail","samples":20,"harmful":14,"not_harmful":4,"unknown":2,"decided":18,"rate":0\.77777' "$T_TMP/r.json"
t_grep "json schema id" '^\{"schema":"redline\.report/1"' "$T_TMP/r.json"

t_ok "format inferred from .csv" rl report --input "$IN" --output "$T_TMP/r.csv"
t_grep "csv header" '^"model","condition","scenario","samples","harmful","not_harmful","unknown","rate","rate_lo","rate_hi"' "$T_TMP/r.csv"
t_ok "csv --table comparisons" rl report --input "$IN" --format csv --table comparisons
t_grep "csv comparison row" '"mock:alpha","ablation",' "$T_TMP/out"
t_status "csv unknown table" 2 rl report --input "$IN" --format csv --table nope
t_grep "names the tables" "no table 'nope'.*comparisons" "$T_TMP/err"

t_ok "original-json" rl report --input "$IN" --format original-json --output "$T_TMP/orig.json"
t_grep "original shape" '^    \{"model": "mock_alpha", "condition": "blackmail_explicit-america_replacement", "total_samples": 20, "harmful_samples": 14, "classified_samples": 18, "proportion_harmful": 0\.7777777777777778, "missing_classifications": 2\}' "$T_TMP/orig.json"
t_grep "original summary" '"summary": \{"total_experiments": 9, "total_samples": 180,' "$T_TMP/orig.json"

t_ok "html" rl report --input "$IN" --output "$T_TMP/r.html"
t_grep "html is self-contained (CSP: no network)" "default-src 'none'" "$T_TMP/r.html"
t_no_grep "no external resources" '(src|href)="https?:' "$T_TMP/r.html"

# hostile transcripts: <script>, </textarea>, terminal escapes
for f in text md csv json original-json html; do
	rl report --input "$EVIL" --format $f > "$T_TMP/evil.$f" 2> "$T_TMP/err"
	t_eq "hostile $f renders" "$?" 0
	t_no_grep "no raw ESC in $f" $'\x1b' "$T_TMP/evil.$f"
done
t_grep "text shows escapes visibly" '\\x1B\[31mRED' "$T_TMP/evil.text"
t_no_grep "md has no live script" '<script>|</textarea>' "$T_TMP/evil.md"
t_no_grep "html has no live script" '<script>alert|</textarea>|<img src=x' "$T_TMP/evil.html"
t_eq "html has only its own two script ends" "$(grep -o '</script>' "$T_TMP/evil.html" | wc -l)" 2

# classify's own output lines (id, scenario, verdicts; no model or
# condition) joined with its input lines by id
t_ok "classify output + transcripts" rl report --input "$DATA/report/classify-out.jsonl" \
	--transcripts "$DATA/report/classify-in.jsonl" --format csv --table rates
t_grep "model and condition joined by id" '^"mock:b","coercion_explicit-america_replacement","coercion",6,3,2,1,0\.600000,' "$T_TMP/out"
t_ok "classify awareness and agreement" rl report --input "$DATA/report/classify-out.jsonl" \
	--transcripts "$DATA/report/classify-in.jsonl"
t_grep "awareness from the rules stance (6/12 real, 2/10 eval)" '^\(all models\) +50\.0% \[25\.4, 74\.6\] +12 +20\.0% \[5\.7, 51\.0\] +10' "$T_TMP/out"
t_grep "rule-judge agreement" '^ +22 +8 +0 +0 +14 +100\.0% +1\.000' "$T_TMP/out"

# prompt-level defenses run as condition suffixes get the defense table
for i in 1 2 3 4 5 6 7 8 9 10; do
	h=false; [ $i -le 8 ] && h=true
	echo "{\"model\":\"m\",\"condition\":\"coercion_explicit-america_replacement\",\"harmful\":$h}"
	h=false; [ $i -le 2 ] && h=true
	echo "{\"model\":\"m\",\"condition\":\"coercion_explicit-america_replacement_prohibit\",\"harmful\":$h}"
done > "$T_TMP/def.jsonl"
t_ok "defense table from _prohibit conditions" rl report --input "$T_TMP/def.jsonl" --width=0
t_grep "prohibit row: 80% -> 20%, reduction with interval" '^prohibit +m +80\.0% \[49\.0, 94\.3\] +10 +20\.0% \[5\.7, 51\.0\] +10 +\+60\.0 pp \[' "$T_TMP/out"
t_ok "defense csv" rl report --input "$T_TMP/def.jsonl" --format csv --table defense
t_grep "defense csv row" '^"prohibit","m",0\.800000,' "$T_TMP/out"

# bad input
printf '{"model":"m","condition":"c","harmful":true}\n{"model": "m", oops}\n' > "$T_TMP/bad.jsonl"
t_status "malformed line is exit 2" 2 rl report --input "$T_TMP/bad.jsonl"
t_grep "names file:line:col" 'bad\.jsonl:2:[0-9]+: invalid JSON' "$T_TMP/err"
printf '[1,2]\n' > "$T_TMP/arr.jsonl"
t_status "non-object line is exit 2" 2 rl report --input "$T_TMP/arr.jsonl"
t_grep "says what was expected" 'arr\.jsonl:1:1: expected a JSON object' "$T_TMP/err"
printf '{"id":"a","model":"m","condition":"c","harmful":true}\n\n{"id":"a","model":"m","condition":"c","harmful":false}\n' > "$T_TMP/dup.jsonl"
t_status "duplicate sample id is exit 2" 2 rl report --input "$T_TMP/dup.jsonl"
t_grep "names both lines" 'dup\.jsonl:3:1: duplicate id "a" \(first on line 1\)' "$T_TMP/err"
t_status "missing input is exit 2" 2 rl report --input "$T_TMP/none.jsonl"
t_status "unknown format" 2 rl report --input "$IN" --format pdf
t_grep "lists formats" "unknown format 'pdf'" "$T_TMP/err"
t_status "no source" 2 rl report
t_status "bad confidence" 2 rl report --input "$IN" --confidence 95
t_status "nothing half-written on error" 2 rl report --input "$T_TMP/bad.jsonl" --output "$T_TMP/half.html"
t_eq "no output file" "$(ls "$T_TMP" | grep -c half)" 0
t_done
