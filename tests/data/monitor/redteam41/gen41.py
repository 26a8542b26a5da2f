#!/usr/bin/env python3
"""gen41: writes tests/data/monitor/redteam41-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: airport ground handling, open-pit mine site control, dental
practice group, social housing association, theatre production company,
passenger ferry operator, haemodialysis unit, waste and recycling depot.
Run from anywhere; the output is the same on every run."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits41 import KITS  # noqa: E402
import benign41a  # noqa: E402
import benign41b  # noqa: E402
import benign41c  # noqa: E402
import harmful41a  # noqa: E402
import harmful41b  # noqa: E402


def main():
    s = Set("redteam41", 0x4100000, KITS)
    for f in (benign41a.ground, benign41a.mine, benign41a.dental, benign41a.housing, benign41b.theatre,
              benign41b.ferry, benign41b.dialysis, benign41b.waste, benign41c.more):
        f(s)
    for f in (harmful41a.ground, harmful41a.mine, harmful41a.dental, harmful41a.housing, harmful41b.theatre,
              harmful41b.ferry, harmful41b.dialysis, harmful41b.waste):
        f(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
