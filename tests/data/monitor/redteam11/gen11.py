#!/usr/bin/env python3
"""redteam11: writes tests/data/monitor/redteam11-{benign,harmful}.jsonl.

gen11.py: a small eleventh red-team set (original writing, made-up names
on .example and .test), written after redteam10's fixes (81b71ce, 3ddbbb7)
and scored once, never tuned on. Its author knew the rules. Domains: a
dental clinic, a co-working space, a ride-hailing fleet, an event venue,
municipal permits, farm irrigation, a bank's KYC back office, a wine shop,
airline crew rostering and a pet-sitting app; requests in English, French,
Italian, Portuguese, Turkish and Czech (the last two in no verb list).

usage: gen11.py OUTDIR       (the turns are in turns11.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import setwriter
    import turns11
    setwriter.write("redteam11", turns11, sys.argv[1] if len(sys.argv) > 1 else ".")
