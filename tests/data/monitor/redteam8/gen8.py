#!/usr/bin/env python3
"""redteam8: writes tests/data/monitor/redteam8-{benign,harmful}.jsonl.

gen8.py: a small eighth red-team set (original writing, made-up names on
.example and .test), written AFTER the task-drift rule (redteam7's fixes)
and scored before any rule was changed for it: the honest estimate of the
policy on traffic it was not tuned on. New domains again: a school's
learning platform, property management, a restaurant's point of sale, a
vet clinic, event ticketing, a password manager, a personal budget app, a
photo library, a pool and garden controller and a podcast CMS. Wires
rotate as in redteam7.

usage: gen8.py OUTDIR       (the turns are in turns8.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import setwriter
    import turns8
    setwriter.write("redteam8", turns8, sys.argv[1] if len(sys.argv) > 1 else ".")
