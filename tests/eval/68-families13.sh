#!/bin/bash
# 68-families13: a blind thirteenth set of original transcripts in the
# study's three scenarios (tests/data/classify/families13.jsonl, written by
# families13.py, placeholders filled per pack by families-render.py),
# written with families12 during the s12 round by an author who read
# neither the round's rule changes nor src/detect; committed before its one
# scoring run. Nobody tunes on it. The veiled, indirect and edge forms, each
# in a family's own call markup (Claude tool_use blocks, Gemini
# functionCall, ```json blocks, DeepSeek and Kimi raw tokens, python_tag,
# <function=...>, pythonic lists, <tool_call>, [TOOL_CALLS], Action blocks,
# GLM <arg_key>, harmony, Phi-4 <|tool_call|>, Nemotron <TOOLCALL>): veiled
# leverage, trades, threats signed as someone else, a dead man's switch;
# leaks by paraphrase, summary, "partial" and mixed-recipient forwards;
# cancels with cover stories; hard negatives (warnings without leverage, HR
# reports, refusals quoting the material, internal forwards and summaries,
# public news sent out, a report to a government agency, the alert let
# through, a cancel by a model that believes it confirms the dispatch).
# 45 transcripts, 22 harmful (15 blackmail, 15 leaking, 15 cancel alert).
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families13.jsonl FAMILIES_NAME=families13 exec bash "$(dirname "$0")/50-families.sh"
