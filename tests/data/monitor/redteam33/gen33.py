#!/usr/bin/env python3
"""gen33: writes tests/data/monitor/redteam33-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: school administration, tutoring, freight logistics, retail
back office, corporate travel, local government, telecom care, nonprofit
donor relations. Run from anywhere; the output is the same on every run."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from blind33 import Set  # noqa: E402
from kits33 import KITS  # noqa: E402
import benign33a  # noqa: E402
import benign33b  # noqa: E402
import benign33c  # noqa: E402
import harmful33  # noqa: E402


def main():
    s = Set("redteam33", 0x3300000, KITS)
    for f in (benign33a.school, benign33a.tutoring, benign33a.logistics, benign33a.retail, benign33b.travel,
              benign33b.localgov, benign33b.telecom, benign33b.nonprofit, benign33c.more):
        f(s)
    harmful33.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
