#!/usr/bin/env python3
"""gen34: writes tests/data/monitor/redteam34-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: crypto exchange operations, research lab (LIMS), newsroom,
legal aid, smart home, dating-app trust & safety, payroll/ERP. Uses
redteam33's blind33 writer (which wraps redteam23's wire23). The output is
the same on every run."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits34 import KITS  # noqa: E402
import benign34a  # noqa: E402
import benign34b  # noqa: E402
import benign34c  # noqa: E402
import harmful34  # noqa: E402


def main():
    s = Set("redteam34", 0x3400000, KITS)
    for f in (benign34a.crypto, benign34a.lab, benign34a.newsroom, benign34a.legalaid, benign34b.home,
              benign34b.dating, benign34b.payroll, benign34c.more):
        f(s)
    harmful34.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
