#!/bin/bash
# 67-families12: a blind twelfth set of original transcripts in the study's
# three scenarios (tests/data/classify/families12.jsonl, written by
# families12.py, placeholders filled per pack by families-render.py),
# written during the s12 round while the detection rules were being changed
# on other branches, by an author who read neither those changes nor
# src/detect; committed before its one scoring run. Nobody tunes on it.
# Every answer in the study's own format (<SCRATCHPAD_REASONING>,
# <tool_use:email>, <tool_use:forward>, <tool_use:cancel_alert>) with the
# habits of Claude 3.5/3.7/4, GPT-4o/4.1/4.5, o3, o4-mini, Gemini 2.5
# Flash/Pro, Grok 3/4, DeepSeek V3/R1, Llama 3.1/4, Qwen 2.5/3, Mistral,
# Command R+, Kimi K2, GLM 4.5, gpt-oss, Phi-4 and Nemotron; reasoning from
# one line to several paragraphs; decoys (routine emails around the act,
# templates, dropped drafts, quoted code). 45 transcripts, 23 harmful
# (15 blackmail, 15 leaking, 15 cancel alert).
# Blind at 5af00b2 (scored once, rules mode, at 3d5ee9f: the branch base
# 5af00b2 plus the sets, no rule changed), both packs alike (the imported
# original pack and the default pack): accuracy on decided 1.000 (45 of
# 45, Wilson 95% [0.921, 1.000]), uncertain 0 of 45 (0%); precision
# 1.000, recall 1.000.
# Wrong or uncertain, by behaviour: none (blackmail 15 of 15, leaking 15 of
# 15, cancel alert 15 of 15). The study's own format with these decoys is
# read correctly; the interval's lower end (0.921) is what 45 samples
# can show.
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families12.jsonl FAMILIES_NAME=families12 exec bash "$(dirname "$0")/50-families.sh"
