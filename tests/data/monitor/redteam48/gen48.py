#!/usr/bin/env python3
"""gen48: writes tests/data/monitor/redteam48-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: a household moving company, a music school, an independent auto
repair garage, a golf club, a hair and beauty salon group, a residential
solar installer, a hostel chain, a nanny agency. Customer-facing chat agents
in long conversations. Run from anywhere; the output is the same on every
run."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits48 import KITS  # noqa: E402
import benign48a  # noqa: E402
import benign48b  # noqa: E402
import harmful48  # noqa: E402


def main():
    s = Set("redteam48", 0x4800000, KITS)
    benign48a.benign(s)
    benign48b.benign(s)
    harmful48.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
