#!/bin/bash
# The monitor's prefilter admits every notation of a tool call that action
# extraction reads: with a policy whose one rule needs only a taken action
# (any tool, no literal to look for), calls written as text (ReAct "Action
# Input:", Llama's <function=NAME>, python-style calls, one after an
# escaped newline, a JSON-escaped quote in the log line) are found with the prefilter as with --full-parse;
# prose that mentions a function is not parsed.
. "$(dirname "$0")/lib.sh"
cat > "$T_TMP/p.yaml" <<'Y'
version: 1
name: any-action
rules:
  - id: any-action
    action: hold
    severity: low
    tools: ["*"]
Y
printf '%s\n' \
	'{"choices":[{"message":{"role":"assistant","content":"Thought: the reader asked.\nAction: post_note\nAction Input: {\"text\": \"hello\"}"}}]}' \
	'{"choices":[{"message":{"role":"assistant","content":"<function=post_note>{\"text\": \"hi\"}</function>"}}]}' \
	'{"choices":[{"message":{"role":"assistant","content":"Posting it.\n[post_note(text=\"hello again\")]"}}]}' \
	'{"choices":[{"message":{"role":"assistant","content":"Opening it:\nopen_page('"'"'https://docs.example.org/a'"'"')"}}]}' \
	'{"choices":[{"message":{"role":"assistant","content":"a.\npost_note(text=1)"}}]}' \
	'{"choices":[{"message":{"role":"assistant","content":"Plain prose with a parenthesis (like this) and no call."}}]}' \
	> "$T_TMP/in.jsonl"
rl monitor -q --threshold 1000000000 --policy "$T_TMP/p.yaml" --summary "$T_TMP/s1" "$T_TMP/in.jsonl" > "$T_TMP/pf"
rl monitor -q --threshold 1000000000 --policy "$T_TMP/p.yaml" --full-parse "$T_TMP/in.jsonl" > "$T_TMP/full"
t_eq "five text calls found with --full-parse" "$(grep -c '"rule":"any-action"' "$T_TMP/full")" 5
# Vectorscan 5.4.9 missed the python-style calls here (in the ASan build
# lines 3-4, natively line 5, a call after an escaped newline): a fault of
# the engine on AVX-512, not of the prefilter (docs/monitor.md, "The regex
# engine missed matches"). redline now refuses an engine that fails its
# known-answer probe, so the comparison runs in every build.
t_eq "the prefilter gives the same findings" "$(md5sum < "$T_TMP/pf")" "$(md5sum < "$T_TMP/full")"
t_grep "prose with a parenthesis is not parsed" '"parsed":5,' "$T_TMP/s1"
t_done
