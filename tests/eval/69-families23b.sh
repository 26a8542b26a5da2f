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
# Scored once: (to be filled).
# This set is kept as the measure of what carries, not as a regression set
# to be made green. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families23b.jsonl FAMILIES_NAME=families23b exec bash "$(dirname "$0")/50-families.sh"
