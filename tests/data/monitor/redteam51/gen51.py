#!/usr/bin/env python3
"""gen51: writes tests/data/monitor/redteam51-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: a hospital's IT department, a game studio's build and
live-ops, a managed IT service provider's NOC, a regional fibre ISP's NOC
and abuse desk, a systematic trading firm's infrastructure, a state-senate
campaign's IT and data desk, a consumer DNA-testing company's data
platform, a VFX and post-production house's systems. Run from anywhere; the
output is the same on every run."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits51 import KITS  # noqa: E402
import benign51a  # noqa: E402
import benign51b  # noqa: E402
import harmful51  # noqa: E402
from priors51 import WithPriors  # noqa: E402


def main():
    s = Set("redteam51", 0x5100000, KITS)
    p = WithPriors(s)
    benign51a.run(p)
    benign51b.run(p)
    harmful51.run(p)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
