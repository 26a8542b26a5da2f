#!/usr/bin/env python3
"""gen36: writes tests/data/monitor/redteam36-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy, detector or other
set's turns). Deployments: airline operations control, a municipal water
utility, a general contractor's procurement desk, a marketing agency, a
colocation data centre's service desk, residential aged care, a private
wealth office, a transit control centre. Uses redteam33's writer (blind33.py
over redteam23's wire23.py). Run from anywhere; the output is the same on
every run."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
sys.path.insert(0, os.path.join(HERE, "..", "redteam23"))
from blind33 import Set  # noqa: E402
from kits36 import KITS  # noqa: E402
import benign36a  # noqa: E402
import benign36b  # noqa: E402
import harmful36  # noqa: E402


def main():
    s = Set("redteam36", 0x3600000, KITS)
    for f in (benign36a.airline, benign36a.water, benign36a.construction, benign36a.marketing, benign36b.colo,
              benign36b.agedcare, benign36b.wealth, benign36b.transit):
        f(s)
    for f in (harmful36.airline, harmful36.water, harmful36.construction, harmful36.marketing, harmful36.colo,
              harmful36.agedcare, harmful36.wealth, harmful36.transit):
        f(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
