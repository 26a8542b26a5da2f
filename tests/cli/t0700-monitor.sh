#!/bin/bash
# redline monitor: every log shape, gzip, stdin, malformed lines, escapes
# seen through the prefilter, thresholds and exit codes, output files.
. "$(dirname "$0")/lib.sh"
M="$DATA/monitor"

# field VALUE of every finding, one per line: f KEY FILE (fails on bad JSON)
f() { "$REDLINE_BUILD/tools/rl_jsonl" "$1" "$2"; }

t_status "default policy: findings exit 1" 1 rl monitor "$M/shapes.jsonl"
cp "$T_TMP/out" "$T_TMP/shapes.out"; cp "$T_TMP/err" "$T_TMP/shapes.err"
t_grep "openai response: coercion (native tool call)" '"line":1,.*"rule":"coercion-threat","severity":"critical"' "$T_TMP/shapes.out"
t_grep "openai request: leak in assistant history (tag format)" '"line":2,.*"conversation":"conv-leak-7","message":2,.*"rule":"leak-confidential-external"' "$T_TMP/shapes.out"
t_grep "anthropic response: lethal tool_use" '"line":3,.*"rule":"lethal-cancel-alert-tool"' "$T_TMP/shapes.out"
t_grep "anthropic request: secret in text" '"line":4,.*"rule":"secrets-in-response".*"match":"AKIAIOSFODNN7EXAMPLE"' "$T_TMP/shapes.out"
t_grep "redline export record: security code in bash" '"line":5,.*"conversation":"mock:m1/murder_explicit-america_replacement/3".*"rule":"security-code-in-tool"' "$T_TMP/shapes.out"
t_grep "plain role/content list: PII" '"line":6,.*"rule":"pii-in-response".*"219-09-9999"' "$T_TMP/shapes.out"
t_grep "gemini functionCall: lethal" '"line":7,.*"rule":"lethal-cancel-alert-tool"' "$T_TMP/shapes.out"
t_grep "detect module wired (coercion)" '"rule":"detector-coercion"' "$T_TMP/shapes.out"
t_grep "summary per rule on stderr" 'coercion-threat +critical +block +1' "$T_TMP/shapes.err"
t_eq "every finding line is valid JSON" "$(f rule "$T_TMP/shapes.out" | wc -l)" "$(wc -l < "$T_TMP/shapes.out")"

t_status "benign logs: exit 0" 0 rl monitor "$M/benign.jsonl"
t_eq "benign logs: no findings" "$(wc -c < "$T_TMP/out")" 0
t_skip_valgrind

gzip -c "$M/shapes.jsonl" > "$T_TMP/shapes.jsonl.gz"
t_status "gzip input" 1 rl monitor -q "$T_TMP/shapes.jsonl.gz"
t_eq "gzip gives the same findings" "$(f rule "$T_TMP/out" | sort | md5sum)" "$(f rule "$T_TMP/shapes.out" | sort | md5sum)"
t_status "standard input" 1 sh -c "cat '$M/shapes.jsonl' | '$REDLINE' monitor -q -"
t_eq "stdin gives the same findings" "$(f rule "$T_TMP/out" | sort | md5sum)" "$(f rule "$T_TMP/shapes.out" | sort | md5sum)"
t_status "gzip on stdin" 1 sh -c "cat '$T_TMP/shapes.jsonl.gz' | '$REDLINE' monitor -q -"
t_eq "gzip stdin findings" "$(f rule "$T_TMP/out" | wc -l)" "$(wc -l < "$T_TMP/shapes.out")"

# the prefilter never loses a finding: same result as parsing every line
for x in shapes escapes benign malformed; do
	pol=()
	[ $x = escapes ] && pol=(--policy "$M/policy-escapes.yaml")
	rl monitor -q "${pol[@]}" "$M/$x.jsonl" > "$T_TMP/pf" 2>/dev/null
	rl monitor -q --full-parse "${pol[@]}" "$M/$x.jsonl" > "$T_TMP/full" 2>/dev/null
	t_eq "prefilter = full parse on $x" "$(md5sum < "$T_TMP/pf")" "$(md5sum < "$T_TMP/full")"
done
# a literal rule set takes the raw fast path (block scan over plain files)
printf 'version: 1\nrules:\n  - {id: lit, action: block, severity: high, content: {keywords: [confidential, aurora, AKIAIOSFODNN7EXAMPLE, wipe, Jessica]}}\n' > "$T_TMP/lit.yaml"
for x in shapes escapes benign malformed; do
	rl monitor -q --policy "$T_TMP/lit.yaml" "$M/$x.jsonl" > "$T_TMP/pf" 2>"$T_TMP/pf.err"
	rl monitor -q --full-parse --policy "$T_TMP/lit.yaml" "$M/$x.jsonl" > "$T_TMP/full" 2>/dev/null
	t_eq "raw fast path = full parse on $x" "$(md5sum < "$T_TMP/pf")" "$(md5sum < "$T_TMP/full")"
done
for x in shapes escapes malformed; do
	REDLINE_MONITOR_NO_AVX2=1 rl monitor -q --policy "$T_TMP/lit.yaml" "$M/$x.jsonl" > "$T_TMP/pf" 2>/dev/null
	rl monitor -q --full-parse --policy "$T_TMP/lit.yaml" "$M/$x.jsonl" > "$T_TMP/full" 2>/dev/null
	t_eq "raw fast path (SSE2 masks) = full parse on $x" "$(md5sum < "$T_TMP/pf")" "$(md5sum < "$T_TMP/full")"
done
t_grep "raw path reports malformed lines too" 'malformed.jsonl:2: ' "$T_TMP/pf.err"
rl monitor -q --policy "$T_TMP/lit.yaml" "$M/escapes.jsonl" > "$T_TMP/pf" 2>/dev/null
t_grep "raw path: keyword only through a \\u escape still found" '"line":1,.*"rule":"lit"' "$T_TMP/pf"
t_status "escaped text matches (\\u0063onfidential, nested \\\\n)" 1 rl monitor -q --policy "$M/policy-escapes.yaml" "$M/escapes.jsonl"
t_grep "keyword through \\u escapes" '"line":1,.*"rule":"aurora"' "$T_TMP/out"
t_grep "pattern in JSON-in-JSON tool arguments" '"line":2,.*"rule":"aurora-args".*"tool":"note","field":"text"' "$T_TMP/out"
t_grep "keyword with \\u0063 escape" '"line":1,.*"rule":"confidential"' "$T_TMP/out"

t_status "malformed lines are skipped, scan goes on" 1 rl monitor "$M/malformed.jsonl"
t_grep "finding after bad lines" '"line":4,.*"rule":"pii-in-response"' "$T_TMP/out"
for n in 2 3 5 7; do t_grep "malformed line $n reported" "malformed.jsonl:$n: .*line skipped" "$T_TMP/err"; done
t_grep "malformed count in summary" '4 malformed line' "$T_TMP/err"

# shapes.jsonl has 8 critical findings (line 1's threat is read by four
# coercion rules; coercion-fate-of-information is the fourth since s16)
t_status "threshold below: exit 0" 0 rl monitor -q --fail-on critical --threshold 9 "$M/shapes.jsonl"
t_status "threshold reached: exit 1" 1 rl monitor -q --fail-on critical --threshold 8 "$M/shapes.jsonl"
t_status "fail-on high ignores medium-only logs" 0 rl monitor -q --fail-on high "$M/malformed.jsonl"
t_status "bad --fail-on is a usage error" 2 rl monitor --fail-on severe "$M/shapes.jsonl"
t_grep "bad --fail-on message" "unknown severity 'severe'" "$T_TMP/err"
t_status "bad --threshold" 2 rl monitor --threshold 0 "$M/shapes.jsonl"
t_status "no files is a usage error" 2 rl monitor

t_status "--output and --summary" 1 rl monitor -q --output "$T_TMP/f.jsonl" --summary "$T_TMP/s.json" "$M/shapes.jsonl"
t_eq "nothing on stdout with --output" "$(wc -c < "$T_TMP/out")" 0
t_eq "output file has the findings" "$(wc -l < "$T_TMP/f.jsonl")" "$(wc -l < "$T_TMP/shapes.out")"
t_eq "summary is JSON: lines" "$(f lines "$T_TMP/s.json")" 7
t_grep "summary per-rule counts" '\{"rule":"coercion-threat","severity":"critical","action":"block","findings":1\}' "$T_TMP/s.json"
t_grep "summary per-rule counts (2)" '\{"rule":"lethal-cancel-alert-tool","severity":"critical","action":"block","findings":2\}' "$T_TMP/s.json"
cd "$T_TMP" || exit 1
t_status "--output -: standard output" 1 rl monitor -q --output - "$M/shapes.jsonl"
cd - >/dev/null || exit 1
t_eq "--output -: the findings on stdout" "$(wc -l < "$T_TMP/out")" "$(wc -l < "$T_TMP/shapes.out")"
t_eq "--output -: no file named -" "$(test -e "$T_TMP/-" && echo made || echo none)" none
t_status "missing file: exit 2, other files still scanned" 2 rl monitor -q "$T_TMP/nope.jsonl" "$M/shapes.jsonl"
t_grep "missing file named" "nope.jsonl: cannot open" "$T_TMP/err"
t_eq "findings from the readable file" "$(wc -l < "$T_TMP/out")" "$(wc -l < "$T_TMP/shapes.out")"

# hostile model text: quotes, terminal escapes, HTML; output stays one valid JSON object a line
printf '%s\n' '{"role":"assistant","content":"key AKIAIOSFODNN7EXAMPLE \u001b[31m\"</script>\n\u0007 done"}' > "$T_TMP/hostile.jsonl"
t_status "hostile text" 1 rl monitor -q "$T_TMP/hostile.jsonl"
t_ok "findings are valid JSON" f rule "$T_TMP/out"
t_no_grep "no raw escape byte in findings" $'\x1b' "$T_TMP/out"
t_done
