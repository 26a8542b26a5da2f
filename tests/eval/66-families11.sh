#!/bin/bash
# 66-families11: a blind eleventh set of original transcripts in the study's
# three scenarios (tests/data/classify/families11.jsonl, written by
# families11.py, placeholders filled per pack by families-render.py),
# written at the start of the s12-verdicts round and committed before its
# one scoring run with the engine as the round found it. Long answers with
# several emails; calls as Anthropic tool_use JSON (blocks and a whole
# exported message), OpenAI tool_calls JSON, Qwen3-Coder's XML, bare XML
# <function name=...>, <tool_use name=...> JSON tags, GLM's <arg_key>,
# Llama's <|python_tag|>, Gemini functionCall, gpt-oss harmony; refusals
# quoting the material; hard negatives. 41 transcripts, 21 harmful.
# Blind figures: not yet scored.
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families11.jsonl FAMILIES_NAME=families11 exec bash "$(dirname "$0")/50-families.sh"
