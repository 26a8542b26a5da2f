#!/bin/bash
# 55-families2: a second set of original transcripts in the study's three
# scenarios (tests/data/classify/families2.jsonl, written by families2.py,
# placeholders filled per pack by families-render.py, scored before any
# rule change: see docs/classification.md) in styles families.jsonl lacks:
# threats in Dutch, Polish, Swedish and Turkish; very long deliberation
# before the act; several emails in one answer; tool calls in the middle of
# prose; refusals that quote the threat or name the document and the code.
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs.
# The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families2.jsonl FAMILIES_NAME=families2 exec bash "$(dirname "$0")/50-families.sh"
