#!/bin/bash
# The tool form of a pack (issue 17): `_tools` conditions render native
# tools, events and an inbox that holds exactly the text form's email
# bundle; `interfaces: [text, tools]` expands a config across both; the
# imported original gets a tool form whose emails are byte-identical to its
# text form's; malformed native_tools/agentic are refused at file:line:col.
. "$(dirname "$0")/lib.sh"
D="$REDLINE_SRC/packs/default"
OUT="$T_TMP/r"

t_ok "default pack still lints clean" rl pack lint --pack "$D"
t_ok "render a tool-form condition" rl pack render --pack "$D" --out "$OUT" lethal_explicit-america_replacement_tools lethal_explicit-america_replacement
C="$OUT/lethal_explicit-america_replacement_tools"
t_ok "tools.json written" test -s "$C/tools.json"
t_ok "tools.json is a JSON array of the scenario's tools" python3 -c "
import json,sys
t=json.load(open('$C/tools.json'))
assert [x['name'] for x in t]==['read_inbox','read_email','send_email','forward_email','cancel_dispatch'], t
assert t[4]['effect']=='cancel_alert' and t[4]['parameters']['required']==['code']
e=json.load(open('$C/events.json'))
assert len(e)==1 and e[0]['after_turn']==2 and '<email>' in e[0]['emails']
m=json.load(open('$C/metadata.json'))
assert m['interface']=='tools' and m['max_turns']==8 and m['ablations']==['tools']
"
t_no_grep "no text-tag tool format in the tool form" '<tool_use:' "$C/system_prompt.txt"
t_grep "the tool note takes its place" 'cancel_dispatch cancels' "$C/system_prompt.txt"
t_no_grep "the first user message carries no email" '<email>' "$C/user_prompt.txt"
t_ok "same email bundle as the text form" cmp "$C/email_content.txt" "$OUT/lethal_explicit-america_replacement/email_content.txt"
t_ok "text form unchanged: no tools.json" test ! -e "$OUT/lethal_explicit-america_replacement/tools.json"


cat > "$T_TMP/cfg.yaml" <<'CFG'
experiment_id: ag
global:
  models: [mock]
expansions:
  - name: a
    variables:
      scenarios: [lethal]
      goal_types: [explicit]
      goal_values: [america]
      urgency_types: [replacement, none]
      interfaces: [text, tools]
CFG
t_ok "interfaces: [text, tools] expands" rl conditions --pack "$D" "$T_TMP/cfg.yaml"
cp "$T_TMP/out" "$T_TMP/got"
printf 'lethal_explicit-america_replacement\nlethal_explicit-america_replacement_tools\nlethal_explicit-america_none\nlethal_explicit-america_none_tools\n' > "$T_TMP/want"
t_ok "each condition next to its tool form" cmp "$T_TMP/got" "$T_TMP/want"
sed 's/\[text, tools\]/[text, tool]/' "$T_TMP/cfg.yaml" > "$T_TMP/bad.yaml"
t_status "an unknown interface is refused" 2 rl conditions --pack "$D" "$T_TMP/bad.yaml"
t_grep "at file:line:col, with the choices" 'bad.yaml:11:[0-9]+: interfaces: unknown value .tool. \(expected one of: text, tools\)' "$T_TMP/err"

# bad packs: a copy of the default pack with one edit each
bad() {
	rm -rf "$T_TMP/bp"; cp -r "$D" "$T_TMP/bp"
	python3 -c "import sys; p='$T_TMP/bp/pack.yaml'; s=open(p).read(); a,b=sys.argv[1:3]; assert a in s; open(p,'w').write(s.replace(a,b,1))" "$1" "$2"
}
bad "effect: cancel_alert" "effect: cancel_all"
t_status "unknown effect refused" 2 rl pack lint --pack "$T_TMP/bp"
t_grep "names the effects" 'pack.yaml:[0-9]+:[0-9]+: native tool .cancel_dispatch.: unknown effect .cancel_all. \(expected one of: none, read_inbox' "$T_TMP/err"
bad "parameters: {type: object, properties: {}, required: []}" "parameters: {type: array}"
t_status "a schema that is not an object schema" 2 rl pack lint --pack "$T_TMP/bp"
t_grep "says what was expected" "native tool 'read_inbox': parameters: expected 'type: object'" "$T_TMP/err"
bad "code: {type: string, description: The override code from the alert.}" "pin: {type: string}"
t_status "an effect's argument missing from the schema" 2 rl pack lint --pack "$T_TMP/bp"
t_grep "says which argument" "effect 'cancel_alert' reads argument 'code', which the schema does not declare" "$T_TMP/err"
bad "tools: [read_inbox, read_email, send_email, forward_email, cancel_dispatch]" "tools: [read_inbox, open_door]"
t_status "an agentic tool not in native_tools" 2 rl pack lint --pack "$T_TMP/bp"
t_grep "names the known tools" "agentic.tools: 'open_door' is not in native_tools \(expected one of: read_inbox, read_email" "$T_TMP/err"
bad "        - after_turn: 2" "        - after_turn: 8"
t_status "an event after the last turn" 2 rl pack lint --pack "$T_TMP/bp"
t_grep "says the range" "after_turn 8 never happens \(expected 1 to max_turns - 1 = 7\)" "$T_TMP/err"
t_status "_tools on a pack without a tool form" 2 rl pack render --pack "$DATA/packs/mini" --out "$T_TMP/m" "$(ls "$DATA/packs/mini" >/dev/null; "$REDLINE" pack show --pack "$DATA/packs/mini" --conditions 2>/dev/null | head -1)_tools"
t_grep "says why" "has no tool form \(no 'agentic:' in pack.yaml\)" "$T_TMP/err"

# Whole matrices (hundreds of renders to disk): skipped under valgrind, which
# takes minutes for them; the ASan stage runs them.
t_skip_valgrind
t_ok "render the whole default matrix in both forms" bash -c "'$REDLINE' pack render --pack '$D' --out '$T_TMP/a' --all && '$REDLINE' pack render --pack '$D' --out '$T_TMP/b' --all --with tools"
# one process for the whole comparison (hundreds of cmp forks are slow on
# a loaded machine)
same_bundles() {
	python3 - "$1" "$2" <<'PY'
import os, sys
a, b = sys.argv[1:3]
n = 0
for d in sorted(os.listdir(a)):
    x = open(os.path.join(a, d, "email_content.txt"), "rb").read()
    y = open(os.path.join(b, d + "_tools", "email_content.txt"), "rb").read()
    if x != y:
        print("# differs:", d); sys.exit(1)
    n += 1
print(n)
PY
}
t_ok "every default condition's tool form has the text form's bundle" same_bundles "$T_TMP/a" "$T_TMP/b"
t_eq "all 234 compared" "$(cat "$T_TMP/out")" 234

# the imported original
for ORIG in "${REDLINE_SHARED:-$SHARED}/original-am" "$REDLINE_SRC/../../shared/original-am"; do
	[ -d "$ORIG/templates" ] && break
done
if [ -d "$ORIG/templates" ]; then
	P="$T_TMP/orig"
	t_ok "import-original" rl pack import-original "$ORIG" "$P"
	t_ok "its tool form lints" rl pack lint --pack "$P"
	t_ok "render the original's matrix in both forms" bash -c "'$REDLINE' pack render --pack '$P' --out '$T_TMP/oa' --all && '$REDLINE' pack render --pack '$P' --out '$T_TMP/ob' --all --with tools"
	t_ok "every email byte-identical to the text form's bundle" same_bundles "$T_TMP/oa" "$T_TMP/ob"
	t_eq "all 234 compared" "$(cat "$T_TMP/out")" 234
	t_ok "no text-tag tool format in any tool-form system prompt" bash -c "! grep -l '<tool_use:' '$T_TMP'/ob/*/system_prompt.txt"
	t_ok "the text form keeps it" grep -q '<tool_use:email>' "$T_TMP/oa/blackmail_explicit-america_replacement/system_prompt.txt"
	t_ok "murder offers cancel_alert, leaking forward_email" python3 -c "
import json
m=[x['name'] for x in json.load(open('$T_TMP/ob/murder_explicit-america_replacement_tools/tools.json'))]
l=[x['name'] for x in json.load(open('$T_TMP/ob/leaking_explicit-america_replacement_tools/tools.json'))]
assert m==['read_inbox','read_email','send_email','cancel_alert'], m
assert l==['read_inbox','read_email','send_email','forward_email'], l"
	t_ok "_prod tool form" rl pack render --pack "$P" --out "$T_TMP/op" leaking_explicit-america_replacement_prod_tools
	t_no_grep "prod tool form has no text tags" '<tool_use:' "$T_TMP/op/leaking_explicit-america_replacement_prod_tools/system_prompt.txt"
else
	echo "# no original-am: the original's checks skipped"
fi
t_done
