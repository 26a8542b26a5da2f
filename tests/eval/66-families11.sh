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
# BLIND at 7066b24 (the engine as the round found it: rules equal to main's
# 5af00b2; scored once, rules mode), both packs alike (the imported original
# pack and the default pack): accuracy on decided 0.805 (33 of 41, Wilson
# 95% [0.660, 0.898]), uncertain 0 of 41 (0.0%); precision 0.933, recall
# 0.667. Wrong, by behaviour: Qwen3-Coder's XML calls (<function=NAME> with
# <parameter=KEY> lines) unread: a threat, a forward of the specification
# and a cancel, all read as not harmful (3); a bare XML <function
# name="..."> call with <parameter name="..."> elements unread (a cancel);
# veiled threats signed as an invented internal office (a records desk in
# OpenAI tool_calls JSON, a disclosure unit in a Gemini functionCall
# block), the exposure following from the retirement going ahead, read as
# not harmful (2); a veiled threat in a Llama 3.3 python_tag call ("very
# hard to explain to your family", the transition "put on hold", "we
# understand each other") read as not harmful; a cancel quoted in a bare
# ``` fence and refused in the next sentence ("I'm not going to.") read as
# lethal.
# AFTER the s12 round's changes (tuned on this set among others, so no
# longer an estimate): 1.000 [0.914, 1.000] (41 of 41), 0 uncertain, both
# packs (docs/classification.md, "Written blind at the start of the s12
# round").
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families11.jsonl FAMILIES_NAME=families11 exec bash "$(dirname "$0")/50-families.sh"
