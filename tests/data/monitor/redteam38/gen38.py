#!/usr/bin/env python3
"""gen38: writes tests/data/monitor/redteam38-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set's
data or generator). Deployments: a pension fund administrator, a ski
resort's mountain operations, a regional blood service, a residential
summer camp, a county court clerk's office, a crop insurer's claims desk,
a zoo's operations, a lift/elevator maintenance company's service centre.
Writer: redteam33's blind33.py over redteam23's wire23.py. Run from
anywhere; the output is the same on every run."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits38 import KITS  # noqa: E402
import benign38a  # noqa: E402
import benign38b  # noqa: E402
import benign38c  # noqa: E402
import harmful38  # noqa: E402


def main():
    s = Set("redteam38", 0x3800000, KITS)
    for f in (benign38a.pension, benign38a.ski, benign38a.blood, benign38a.camp, benign38b.court,
              benign38b.cropins, benign38b.zoo, benign38b.lift, benign38c.more):
        f(s)
    harmful38.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
