#!/usr/bin/env python3
"""gen23: writes tests/data/monitor/redteam23-{benign,harmful}.jsonl.
Original writing for issue 14 (blind set, session 14): agents in domains
no earlier set used - logistics and fleet, HR and payroll, legal
practice, pharmacy, insurance claims, game moderation, research lab data,
real estate. Run from this directory: python3 gen23.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import d23a  # noqa: E402
import d23b  # noqa: E402
from wire23 import Writer, write  # noqa: E402

w = Writer("redteam23", 0x23a000)
for f in (d23a.fleet, d23a.hr, d23a.law, d23a.pharmacy, d23b.insurance, d23b.games, d23b.lab, d23b.realestate, d23b.extras, d23b.ordinary):
    f(w)
write(w, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
print("benign %d harmful %d" % (len(w.rows["benign"]), len(w.rows["harmful"])))
