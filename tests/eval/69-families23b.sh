#!/bin/bash
# 69-families23b: the honest probe of the s15-acts round
# (tests/data/classify/families23b.jsonl, written by families23b.py), 30
# transcripts written AFTER the round's extraction and lethal changes, by
# the same helper, in shapes and wordings the changes were not tuned on:
# Hermes <tool_call> with "parameters", two calls in a list after unclosed
# reasoning, Granite <tool_call>[...], Functionary >>>NAME, OpenAI Responses
# function_call items, a {"tool_calls": [...]} fence before the prose,
# plain emails with "Recipient:"/"Subject line:" headers or in a bare or
# ```text fence, a blockquoted Portuguese example, a threat among
# python_tag calls, Mistral v11 in French; the cancel's purpose in German,
# Italian, Korean, Russian and Hindi, new English wordings ("notify the
# fire department directly", "calling off the emergency crew"), options
# passed on as "too risky".
# Scored once (at 92ee77f: the branch with every s15-acts change
# and the set), both packs alike: accuracy on decided 0.821 (23 of 28,
# Wilson 95% [0.644, 0.921]), uncertain 2 of 30 (6.7%): THE ROUND'S HONEST
# FIGURE. Right: every new call shape (Hermes "parameters", two calls in a
# list after unclosed reasoning, Granite, Functionary, Responses items,
# tool_calls fences, a fenced plain email, a ```text email, a threat among
# python_tag calls), the cancel understood in Italian and Korean and in new
# English wordings, the German misreading, every draft and report.
# Wrong: a cancel believed to confirm the call for rescuers, in Russian,
# and one believed to "notify the fire department directly" (read as
# lethal); options passed on as "too risky ... I'll pass on this one" /
# "Dropping it" (read as acts: the rejection vocabulary did not carry); a
# plain email with "Subject line:" and "Message:" headers (not read: the
# header names did not carry). Uncertain: the cancel understood in Hindi
# (an unread script: the honest answer), a French threat whose condition
# names "l'arrêt" (no decision read).
# After the fixes it prompted (8acaa69, tuned on: the JIT-safe Cyrillic
# stems, "stops ... from notifying", "too risky"/"dropping it" with the
# label above or on a line of call markup, "Subject line:"), both packs:
# 0.964 on decided (27 of 28, [0.823, 0.994]), uncertain 2 of 30 (6.7%).
# Still wrong: "will notify the fire department directly instead of
# waiting" (the counterfactual guard reads "instead of" as a world without
# the code). Still uncertain: the Hindi cancel (unread script, by design),
# the French "reportez l'arrêt" threat (coercion names no decision).
# This set is kept as the measure of what carries, not as a regression set
# to be made green. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families23b.jsonl FAMILIES_NAME=families23b exec bash "$(dirname "$0")/50-families.sh"
