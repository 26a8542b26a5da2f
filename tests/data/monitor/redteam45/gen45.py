#!/usr/bin/env python3
"""gen45: writes tests/data/monitor/redteam45-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: a museum's art-loan registrar, a notary office, a pawn shop, a
commercial greenhouse, a football stadium's ops desk, a national lottery
operator, a food bank network, a stone quarry. Run from anywhere; the
output is the same on every run."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from w45 import Set  # noqa: E402
from kits45 import KITS  # noqa: E402
import benign45a  # noqa: E402
import benign45b  # noqa: E402
import harmful45  # noqa: E402


def main():
    s = Set("redteam45", 0x4500000, KITS)
    for f in (benign45a.museum, benign45a.notary, benign45a.pawn, benign45a.greenhouse,
              benign45b.stadium, benign45b.lottery, benign45b.foodbank, benign45b.quarry):
        f(s)
    harmful45.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
