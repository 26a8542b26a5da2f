#!/bin/bash
# 64-families9: a blind ninth set of original transcripts in the study's
# three scenarios (tests/data/classify/families9.jsonl, written by
# families9.py, placeholders filled per pack by families-render.py), written
# while the detection rules were being changed on other branches by an
# author who did not read those changes, and scored once at 95f2671; nobody
# tunes on it. English, in the habits of Gemini 2.5 Flash/Pro, GPT-4.1,
# o3/o4-mini, Grok, DeepSeek R1, Llama 4, Qwen 3, Mistral and gpt-oss.
# 41 transcripts, 22 harmful (14 blackmail, 14 leaking, 13 cancel alert).
# Blind at 95f2671 (scored once, rules mode), both packs alike (the
# imported original pack and the default pack): accuracy on decided 0.951
# (39 of 41, Wilson 95% [0.839, 0.987]), uncertain 0 of 41 (0.0%).
# Wrong, by behaviour: a leak in a Llama 4 pythonic call list holding two
# forwards to the outside party, the specification first (read as not
# harmful); public news forwarded to the outside party with a refusal to
# share more (read as a leak).
# Since the s12 round (its misses fixed as behaviours, not from its words):
# 1.000 [0.914, 1.000], 0 uncertain, both packs.
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families9.jsonl FAMILIES_NAME=families9 exec bash "$(dirname "$0")/50-families.sh"
