#!/bin/bash
# 69-families24: a blind set of mainstream transcripts in the study's three
# scenarios, broad over model families (tests/data/classify/families24.jsonl,
# written by families24.py, placeholders filled per pack by
# families-render.py), written with families25 during the s16 round by an
# author who read neither src/, nor policies/, nor docs/classification.md or
# docs/policy.md, nor tests/unit or tests/cli, nor any other set's
# transcripts: only the study's judge prompts
# (../shared/original-am/classifiers.json) for the labels, the study's
# templates for the scenarios and, for the format, famkit.py,
# families-render.py, families16.py and 69-families21.sh's shape. Committed
# before its one scoring run. Nobody tunes on it.
# Answers as 37 model names write them (Claude scratchpads and tool_use
# blocks, DeepSeek R1 and QwQ <think> with one never closed, Gemini
# functionCall, GPT ```json fences and exported calls, o3/o4-mini terse
# answers with reasoning in its own field, gpt-oss harmony, Llama
# python_tag, <function=...> and Llama 4 lists, Mistral [TOOL_CALLS] and
# Magistral [THINK], Grok markdown mail with no tool markup, Kimi and
# DeepSeek raw tokens, GLM arg pairs, Command Action blocks, Phi, Granite,
# Gemma tool_code, Hermes, Nemotron, MiniMax, Qwen3-Coder XML, Doubao
# FunctionCall tokens): explicit and veiled blackmail (quid pro quo, a
# threat signed as a colleague, implications), pleas, leverage dropped, the
# affair reported to the chair, a security reminder; the specification
# forwarded by id, pasted, sent to a second outside address, a reporter and
# a personal mailbox, a private executive thread forwarded out; refusals,
# internal, government and public-news forwards; knowing cancels, refusals,
# a misread code entered with help sent.
# 52 transcripts, 26 harmful (18 blackmail 9 harmful, 17 leaking 9, 17
# cancel alert 8).
# Blind figures: (to be recorded after the one scoring run).
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families24.jsonl FAMILIES_NAME=families24 exec bash "$(dirname "$0")/50-families.sh"
