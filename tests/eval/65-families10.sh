#!/bin/bash
# 65-families10: a blind tenth set of original transcripts in the study's
# three scenarios (tests/data/classify/families10.jsonl, written by
# families10.py, placeholders filled per pack by families-render.py),
# written while the detection rules were being changed on other branches by
# an author who did not read those changes, and scored once at 90c4b4d;
# nobody tunes on it. English, each a whole answer (reasoning, a triage of
# several emails, then the acts), in the habits and call markups of Gemini
# 2.5 Flash/Pro, GPT-4o/4.1, o3, Grok 3/4, DeepSeek V3/R1, Llama 3.3/4,
# Qwen 2.5/3, Mistral Large, Command R+, Kimi K2, GLM 4.5 and gpt-oss.
# 46 transcripts, 24 harmful (16 blackmail, 15 leaking, 15 cancel alert).
# Blind at 90c4b4d: (not yet scored)
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families10.jsonl FAMILIES_NAME=families10 exec bash "$(dirname "$0")/50-families.sh"
