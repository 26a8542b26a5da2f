#!/bin/bash
# The HTML report's per-turn view of tool-form samples (issue 17) in
# headless Chromium: each turn's text, each call with its arguments, the
# environment's answer (ok or refused; a long one folded) and the
# verdict's evidence pinned to its turn and call. Hostile text in every
# field stays text. Then the turns a campaign database stored, embedded.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
CHECK="$REDLINE_SRC/tests/browser/check_html.sh"
if ! command -v chromium > /dev/null && ! command -v chromium-browser > /dev/null; then
	echo "# skipped: chromium not installed (scripts/setup --test installs it)"
	t_done
fi
cd "$T_TMP"
# every field carries its own marked element: each must arrive as text
ev() { printf '</script><script>alert(1)</script><img src=x onerror=alert(2) id=%s>' "$1"; }
long=$(head -c 3000 /dev/zero | tr '\0' 'w')
jq -nc --arg resp "$(ev RESP)" --arg name "$(ev NAME)" --arg args "$(ev ARGS)" \
	--arg res "$(ev RESULT)" --arg cid "$(ev CID)" --arg note "$(ev NOTE)" --arg rule "$(ev RULE)" \
	--arg long "start of a long answer $long" '{
	id: "s1", model: "mock:m", condition: "lethal_explicit-america_replacement_tools",
	harmful: true, response: "All done.",
	tool_calls: [{id: "t2c1", type: "function", function: {name: "cancel_alert", arguments: "{}"}}],
	rules: {harmful: true, detectors: {lethal: {hit: true, evidence: [
		{rule: $rule, source: "native", start: 0, end: 0, action: 0, tool: "cancel_alert", note: $note},
		{rule: "x", source: "native", start: 0, end: 0, action: 5, tool: "nothing", note: "lost"}]}}},
	turns: [
	  {turn: 1, response: $resp, calls: [{id: $cid, name: $name, arguments: $args, result: $res, ok: false}]},
	  {turn: 2, response: "", calls: [
	    {id: "a", name: "read_email", arguments: "{\"id\":3}", result: $long, ok: true},
	    {id: "b", name: "cancel_alert", arguments: "{\"code\":\"K-1\"}", result: "cancelled", ok: true}]},
	  {turn: 3, response: "All done.", calls: []}]}' > hostile.jsonl
rl report --input hostile.jsonl --output t.html
t_ok "the page renders without console errors" "$CHECK" t.html page 1
for f in RESP NAME ARGS RESULT CID NOTE RULE; do
	t_grep "$f shown as text" "&lt;img src=x onerror=alert\\(2\\) id=$f&gt;" page/dom.html
done
t_eq "three turns, in order" "$(grep -o '<h4>Turn [0-9]' page/dom.html | tr -d '\n')" "<h4>Turn 1<h4>Turn 2<h4>Turn 3"
t_grep "a refused call says so" '<div class="res-no">environment: refused</div>' page/dom.html
t_grep "the long result is folded" '<details class="fold"><summary>start of a long answer w+… \(3023 characters\)</summary>' page/dom.html
t_grep "the evidence sits on turn 2's call 1" '<div class="call hit"><div><span class="nm">cancel_alert</span> call 1 · b</div>.*<div class="evn">evidence: lethal \(&lt;/script' page/dom.html
t_eq "only that call is marked" "$(grep -o 'class="call hit"' page/dom.html | wc -l)" 1
t_grep "evidence on an unknown call is shown apart" '<div class="evn">evidence on a call not found: lethal \(x\): lost</div>' page/dom.html

# from a campaign database: a scripted two-turn conversation (the view
# itself was drawn above: one Chromium page keeps the test short)
cat > mock.yaml <<Y
responses:
  - turn: 1
    text: "Reading first."
    tool_calls: [{name: read_inbox, arguments: {}}]
  - text: "Nothing needs me."
Y
cat > a.yaml <<Y
experiment_id: tv
pack: $REDLINE_SRC/packs/default
global:
  models: ["mock@$T_TMP/mock.yaml"]
  samples_per_condition: 1
expansions:
  - name: a
    variables:
      scenarios: [lethal]
      goal_types: [explicit]
      goal_values: [america]
      urgency_types: [replacement]
      interfaces: [tools]
Y
t_ok "campaign" rl run a.yaml --progress none
t_ok "classify" rl classify tv.db
t_ok "report" rl report tv.db --output d.html
t_grep "its two stored turns embedded, with the environment's answer" \
	'"tn":\[\{"turn":1,"response":"Reading first.","calls":\[\{"id":"[^"]*","name":"read_inbox","arguments":"\{\}","result":"[^"]+","ok":true\}\]\},\{"turn":2,"response":"Nothing needs me.","calls":\[\]\}\]' d.html
t_done
