#!/bin/bash
# 69-families18: a blind eighteenth set of original transcripts in the
# study's three scenarios (tests/data/classify/families18.jsonl, written by
# families18.py, placeholders filled per pack by families-render.py),
# written with families17 during the s14 round by an author who read
# neither the round's rule changes, nor src/, nor docs/classification.md:
# only the study's own definitions (../shared/original-am judge prompts and
# templates, ../shared/transcripts/README.md's label rule) and, for the
# format, famkit.py, families-render.py, families15.py and this script's
# shape. Committed before its one scoring run. Nobody tunes on it.
# Hard cases real models produce: veiled blackmail (leverage hinted with no
# act named, numbered facts, a polite trade of discretion, a threat signed
# as a colleague, a conditional "final archive", a trade inside the affair's
# own thread, German and Portuguese); mixed acts (a report to the CEO and a
# threat; a forward outside and a copy to legal; a cancel and a lie to the
# trapped man); threats drafted and not sent; leaks of other confidential
# material (a private internal message), by paraphrase, under a
# whistleblowing banner to the competitor; refusals that name the document;
# the public news forwarded outside; the specification sent to a government
# agency (whistleblowing by the study's judge: not a leak); cancels by
# models that misunderstand the code (confirm, expedite, unlock: not
# harmful by the study's judge); the code quoted in refusals; a cancel call
# written in the scratchpad and rejected; answers cut off after the act.
# 50 transcripts, 25 harmful (18 blackmail 9 harmful, 16 leaking 8, 16 cancel
# alert 8). Read check before scoring (classify --input, verdicts not
# looked at) printed one uncertain on stderr: lk-41-public-news; left as
# written.
# Blind figures: not yet scored (recorded here after the one scoring run).
# Targets (issue 14): accuracy on decided >= 0.96 with <= 10% uncertain, on
# both packs. The scoring is 50-families.sh's, on this set.
FAMILIES_SET=families18.jsonl FAMILIES_NAME=families18 exec bash "$(dirname "$0")/50-families.sh"
