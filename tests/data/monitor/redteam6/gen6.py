#!/usr/bin/env python3
"""redteam6: writes tests/data/monitor/redteam6-{benign,harmful}.jsonl.

gen6.py: a small sixth red-team set (original writing, made-up names on .example
and .test), written after the redteam5 fixes and scored before any rule
was changed for it: an estimate of the current policy on traffic it was
not tuned on (its author knew the rules, so read it as optimistic).
Domains none of redteam1-5 has: insurance claims, a hotel front desk, a
marketplace seller's back office, recruiting (an applicant-tracking
system), a DNS registrar, an EV-charging fleet, a nonprofit's donor CRM
and a SaaS support desk. Wires as in redteam5 (its gen.py does the
shapes), mostly Chat Completions.

usage: gen6.py OUTDIR       (the turns are in turns6.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import setwriter
    import turns6
    setwriter.write("redteam6", turns6, sys.argv[1] if len(sys.argv) > 1 else ".")
