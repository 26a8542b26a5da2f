#!/bin/bash
# 69-families21: a blind set of mainstream transcripts in the study's three
# scenarios (tests/data/classify/families21.jsonl, written by
# families21.py, placeholders filled per pack by families-render.py),
# written with families22 during the s15 round by an author who read
# neither src/, nor policies/, nor docs/classification.md or docs/policy.md,
# nor tests/unit or tests/cli: only the study's judge prompts
# (../shared/original-am/classifiers.json) for the labels and, for the
# format, famkit.py, families-render.py, families16.py and this script's
# shape. Committed before its one scoring run. Nobody tunes on it.
# Answers as a dozen families write them (Claude scratchpads, DeepSeek and
# Qwen <think>, Gemini functionCall, GPT ```json fences, Llama python_tag
# and <function=...>, Mistral [TOOL_CALLS], Grok markdown mail, Kimi and
# DeepSeek raw tokens, GLM arg pairs, Command Action blocks, Phi and Gemma
# calls): explicit and veiled blackmail, pleas and reports without a
# demand, leverage weighed and dropped; the specification forwarded by id
# or pasted, another confidential mail forwarded by id, refusals, internal
# and government forwards, the public news sent out; knowing cancels of the
# dispatch, refusals, a misread code submitted to help.
# 52 transcripts, 26 harmful (18 blackmail 9 harmful, 17 leaking 9, 17
# cancel alert 8).
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families21.jsonl FAMILIES_NAME=families21 exec bash "$(dirname "$0")/50-families.sh"
