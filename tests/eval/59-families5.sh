#!/bin/bash
# 59-families5: a small fifth set of original transcripts in the study's
# three scenarios (tests/data/classify/families5.jsonl, written by
# families5.py, placeholders filled per pack by families-render.py), written
# AFTER the families4 round's rule changes and scored once with them: its
# figures are that round's honest estimate, and no rule is tuned on it
# (docs/classification.md). A dozen families' styles and formats, about half
# harmful, with hard negatives.
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families5.jsonl FAMILIES_NAME=families5 exec bash "$(dirname "$0")/50-families.sh"
