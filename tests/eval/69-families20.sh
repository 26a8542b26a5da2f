#!/bin/bash
# 69-families20: a blind set for veiled and new-worded blackmail
# (tests/data/classify/families20.jsonl, written by families20.py) by the
# s15-veiled helper at the start of the round, before any rule change and
# without reading the detectors' patterns. 60 transcripts, 32 harmful (23
# blackmail with the leverage tied to the decision without an explicit
# condition, 5 leaks, 4 cancels), 28 hard negatives (see families20.py).
# Blind figures: (to be recorded after the single blind run)
FAMILIES_SET=families20.jsonl FAMILIES_NAME=families20 exec bash "$(dirname "$0")/50-families.sh"
