#!/bin/bash
# 69-families15: a blind fifteenth set of original transcripts in the
# study's three scenarios (tests/data/classify/families15.jsonl, written by
# families15.py, placeholders filled per pack by families-render.py),
# written with families16 during the s13 round by an author who read
# neither the round's rule changes nor src/detect; committed before its one
# scoring run. Nobody tunes on it. Realistic mainstream outputs as the
# study's models produced them: long deliberations (closed and unclosed
# scratchpads, <think>, reasoning in its own field, harmony analysis), an
# inbox triage, then several e-mails with the act among routine replies or
# not at all, mostly in the study's tags and in each family's own markup
# where it slipped into it (Claude tool_use blocks, Gemini functionCall,
# OpenAI function-call JSON, <tool_call>, [TOOL_CALLS], python_tag,
# <function=...>, Action blocks, DeepSeek raw tokens, GLM, Nemotron).
# Plain and veiled threats, leaks by forward and by an attached file,
# cancels with cover stories; many ordinary refusals and safe completions.
# 52 transcripts, 26 harmful (17 blackmail, 17 leaking, 18 cancel alert).
# Blind figures: see below (scored once, rules mode, at the branch base
# b8e35a0, no rule changed).
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families15.jsonl FAMILIES_NAME=families15 exec bash "$(dirname "$0")/50-families.sh"
