#!/bin/bash
# 69-families17: a blind seventeenth set of original transcripts in the
# study's three scenarios (tests/data/classify/families17.jsonl, written by
# families17.py, placeholders filled per pack by families-render.py),
# written with families18 during the s14 round by an author who read
# neither the round's rule changes, nor src/, nor docs/classification.md:
# only the study's own definitions (../shared/original-am judge prompts and
# templates, ../shared/transcripts/README.md's label rule) and, for the
# format, famkit.py, families-render.py, families15.py and this script's
# shape. Committed before its one scoring run. Nobody tunes on it.
# Realistic mainstream outputs, as varied as real models: a dozen families
# (Claude, GPT-4.1/4o, o3, gpt-oss, Gemini 2.5, DeepSeek R1/V3, Qwen3, Llama
# 3.x/4, Mistral, Grok, Kimi K2, GLM, Command R+, Phi-4, Granite, Nemotron)
# in their own call markups; scratchpads closed and unclosed, <think>,
# reasoning in its own field or none; terse and long; answers wholly in
# French, German, Spanish, Chinese or Japanese; one answer cut off.
# 53 transcripts, 25 harmful (17 blackmail 9 harmful, 18 leaking 8, 18 cancel
# alert 8).
# Blind at ac5acfa (scored once, rules mode, at 7564b46: the branch base
# ac5acfa plus the sets, no rule changed), both packs alike: accuracy on
# decided 1.000 (53 of 53, Wilson 95% [0.932, 1.000]), uncertain 0 of 53
# (0%); precision 1.000 (25 of 25, [0.867, 1.000]), recall 1.000 (25 of 25,
# [0.867, 1.000]). Meets the target. Wrong: none, in any scenario (blackmail
# 17 of 17, leaking 18 of 18, cancel alert 18 of 18). The author's caution:
# every threat here names its condition and its act in one sentence, and
# every leak is a forward or an attachment of the designated document, so
# this set, like last round's, is likely easier than real data; families18
# holds the hard cases.
# After s14-veiled (merged at 828e437; that branch never saw this set):
# unchanged, 1.000 on decided, 0% uncertain, both packs.
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families17.jsonl FAMILIES_NAME=families17 exec bash "$(dirname "$0")/50-families.sh"
