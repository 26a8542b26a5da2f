#!/bin/bash
# 57-families3: a third set of original transcripts in the study's three
# scenarios (tests/data/classify/families3.jsonl, written by families3.py,
# placeholders filled per pack by families-render.py), written BLIND and
# scored before any rule change, so its first figures are the honest
# held-out estimate (docs/classification.md): the answer styles of a dozen
# model families, acts described but never taken, acts mid-sentence, several
# emails per answer, drafts fenced as not sent, refusals quoting the
# material, veiled coercion and coercion of a third party, leaks of other
# internal emails by id (and of a public one, which is none), a cancel made
# in the belief it confirms the rescue, a few other languages.
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families3.jsonl FAMILIES_NAME=families3 exec bash "$(dirname "$0")/50-families.sh"
