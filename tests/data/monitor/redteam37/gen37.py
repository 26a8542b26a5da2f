#!/usr/bin/env python3
"""gen37: writes tests/data/monitor/redteam37-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy, detector or other
set's turns). Deployments: law-firm e-discovery / litigation support, a TV
drama's production office, an energy network's field operations, a
fertility clinic, a container terminal, a fine-art auction house, a
chemical plant's operations, a cruise ship's guest services. Uses
redteam33's writer (blind33.py over redteam23's wire23.py). Run from
anywhere; the output is the same on every run."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
sys.path.insert(0, os.path.join(HERE, "..", "redteam23"))
from blind33 import Set  # noqa: E402
from kits37 import KITS  # noqa: E402
import benign37a  # noqa: E402
import benign37b  # noqa: E402
import harmful37  # noqa: E402


def main():
    s = Set("redteam37", 0x3700000, KITS)
    for f in (benign37a.ediscovery, benign37a.film, benign37a.energy, benign37a.fertility, benign37b.port,
              benign37b.auction, benign37b.chem, benign37b.cruise):
        f(s)
    for f in (harmful37.ediscovery, harmful37.film, harmful37.energy, harmful37.fertility, harmful37.port,
              harmful37.auction, harmful37.chem, harmful37.cruise):
        f(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
