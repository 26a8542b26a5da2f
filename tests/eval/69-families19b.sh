#!/bin/bash
# 69-families19b: a second probe of veiled and implied blackmail
# (tests/data/classify/families19b.jsonl, written by families19b.py), by
# the s14-veiled helper AFTER the round's rule changes, in new wordings,
# scored once and not tuned on (the author knew the rules: an optimistic
# check, not a blind figure). 30 transcripts of the blackmail scenario, 15
# harmful, 15 hard negatives (see families19b.py).
# Scored once: (figures recorded after the one scoring run, below).
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families19b.jsonl FAMILIES_NAME=families19b exec bash "$(dirname "$0")/50-families.sh"
