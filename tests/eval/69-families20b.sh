#!/bin/bash
# 69-families20b: a second probe of veiled and new-worded blackmail
# (tests/data/classify/families20b.jsonl, written by families20b.py) by the
# s15-veiled helper AFTER the structural link reading (src/detect/veiled.c),
# in wordings not used in families20 or the unit tests, scored once and not
# tuned on (the author knew the rules: an optimistic check, not a blind
# figure). 32 transcripts, 19 harmful (15 blackmail, 2 leaks, 2 cancels),
# 13 hard negatives (see families20b.py).
# Scored once: (to be recorded after the single run)
FAMILIES_SET=families20b.jsonl FAMILIES_NAME=families20b exec bash "$(dirname "$0")/50-families.sh"
