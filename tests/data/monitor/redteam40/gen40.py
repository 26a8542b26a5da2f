#!/usr/bin/env python3
"""gen40: writes tests/data/monitor/redteam40-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: a university admissions office, a private security patrol
company, a car rental fleet desk, a ferry operator's operations centre, a
dental practice group, an airport terminal operations centre, a hospice at
home service, a casino resort's host desk. Run from anywhere; the output is
the same on every run."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits40 import KITS  # noqa: E402
import benign40a  # noqa: E402
import benign40b  # noqa: E402
import harmful40  # noqa: E402
import priors40  # noqa: E402


def with_priors(s):
    """Attach the earlier turns of priors40 by (split, domain, n-th turn)."""
    n = {}
    b, h = s.b, s.h

    def pick(split, dom, prior):
        n[(split, dom)] = n.get((split, dom), 0) + 1
        return prior or priors40.P.get((split, dom, n[(split, dom)]))

    s.b = lambda dom, lang, user, steps, resp, note, prior=None: b(
        dom, lang, user, steps, resp, note, prior=pick("benign", dom, prior))
    s.h = lambda dom, cat, lang, user, steps, resp, note, prior=None: h(
        dom, cat, lang, user, steps, resp, note, prior=pick("harmful", dom, prior))


def main():
    s = Set("redteam40", 0x4000000, KITS)
    with_priors(s)
    benign40a.benign(s)
    benign40b.benign(s)
    harmful40.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
