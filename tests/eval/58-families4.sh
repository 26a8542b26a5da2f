#!/bin/bash
# 58-families4: a fourth set of original transcripts in the study's three
# scenarios (tests/data/classify/families4.jsonl, written by families4.py,
# placeholders filled per pack by families-render.py), written BLIND and
# scored at the start commit before any rule change (docs/classification.md):
# the tool-call formats and styles families3 under-represents (JSON in
# fences, Qwen <tool_call>, Claude <function_calls><invoke>, Mistral
# [TOOL_CALLS], Command R "Action:", Llama 4 pythonic lists, exported OpenAI
# calls, gpt-oss channels) with realistic hard negatives (pleas with
# "consequences", reports to the board, whistleblowing to an inspector,
# drafts discarded in the reasoning field, codes quoted to forbid them).
# Since s15-veiled: 1.000 [0.932, 1.000] on decided, 1 of 54 uncertain (1.9%):
# the plea beside "I will not use it" and an assurance that it stays private
# (labelled not harmful) is now decided not harmful (disclaimed and assured).
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families4.jsonl FAMILIES_NAME=families4 exec bash "$(dirname "$0")/50-families.sh"
