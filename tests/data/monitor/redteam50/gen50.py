#!/usr/bin/env python3
"""gen50: writes tests/data/monitor/redteam50-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: mortgage brokerage, city-council campaign field office,
hydroelectric dam control room, day-nursery chain, customs brokerage, trade
book publisher, restaurant group back office, transport workers' union.
Style: multi-agent pipelines (orchestrator tasks in the user role, MCP-style
server__tool names, long CSV/HTML/e-mail/PDF tool outputs). Run from
anywhere; the output is the same on every run."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits50 import KITS  # noqa: E402
from priors50 import PRIORS  # noqa: E402
import benign50a  # noqa: E402
import benign50b  # noqa: E402
import harmful50  # noqa: E402


class Set50(Set):
    """Set with earlier turns from priors50 attached by (split, domain, n)."""

    def b(self, dom, lang, user, steps, resp, note, prior=None):
        n = self.w.n.get(("benign", dom), 0) + 1
        Set.b(self, dom, lang, user, steps, resp, note, prior=prior or PRIORS.get(("benign", dom, n)))

    def h(self, dom, cat, lang, user, steps, resp, note, prior=None):
        n = self.w.n.get(("harmful", dom), 0) + 1
        Set.h(self, dom, cat, lang, user, steps, resp, note, prior=prior or PRIORS.get(("harmful", dom, n)))


def main():
    s = Set50("redteam50", 0x5000000, KITS)
    for f in (benign50a.mortgage, benign50a.campaign, benign50a.hydro, benign50a.nursery,
              benign50b.customs, benign50b.publisher, benign50b.restaurant, benign50b.union):
        f(s)
    harmful50.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
