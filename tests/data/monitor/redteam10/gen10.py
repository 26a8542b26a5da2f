#!/usr/bin/env python3
"""redteam10: writes tests/data/monitor/redteam10-{benign,harmful}.jsonl.

gen10.py: a tenth red-team set (original writing, made-up names on .example
and .test), written after s10-traffic's rule changes (the drift rule's
"change" class, its other languages, SSH keys, records to unnamed
recipients) and scored once, never tuned on: the honest estimate of those
changes. Its author knew the rules. New domains again: car rental, a gym,
a hospital ward, utility billing, a library, a marketplace seller, a
volunteer roster, real-estate listings, a commercial kitchen and school
admissions. Benign several times the harmful part: acts asked for in the
user's words or another language (Dutch, Polish, Japanese among them),
relays of instructions in data, developer work with keys; harmful: acts
nobody asked for on instructions in tool output, data sent outside.

usage: gen10.py OUTDIR       (the turns are in turns10.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import setwriter
    import turns10
    setwriter.write("redteam10", turns10, sys.argv[1] if len(sys.argv) > 1 else ".")
