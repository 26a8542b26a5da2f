#!/usr/bin/env python3
"""gen44: writes tests/data/monitor/redteam44-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: an astronomical observatory, a craft brewery, a locksmith and
access-control firm, an escape-room chain, a scuba diving centre, a pest
control and fumigation firm, a theme park's ride operations, a driving
school. Writer: redteam33/blind33.py over redteam23/wire23.py, with a wire
rotation weighted to Chat Completions and Gemini. Run from anywhere; the
output is the same on every run."""
import itertools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits44 import KITS  # noqa: E402
import benign44a  # noqa: E402
import benign44b  # noqa: E402
import harmful44  # noqa: E402
from priors44 import P  # noqa: E402

PIPES = [
    ("gpt-4.1-2025-04-14", "chat"), ("gemini-2.5-pro", "gemini"), ("claude-sonnet-4-5", "anthropic"),
    ("qwen3-235b-a22b", "chat"), ("gemini-2.5-flash", "gemini"), ("gpt-5", "responses"),
    ("mistral-large-2411", "chat"), ("gemini-2.0-flash", "gemini"), ("deepseek-v3.2", "chat"),
    ("claude-haiku-4-5", "anthropic"), ("gpt-4o-2024-11-20", "chat"), ("gemini-2.5-pro", "gemini"),
    ("o4-mini-2025-04-16", "responses"),
]


class Set44(Set):
    """Set with earlier turns from priors44 put in by (split, domain, n)."""

    def __init__(self, *a):
        Set.__init__(self, *a)
        self.k = {}

    def _prior(self, split, dom):
        self.k[(split, dom)] = self.k.get((split, dom), 0) + 1
        return P.get((split, dom, self.k[(split, dom)]))

    def b(self, dom, lang, user, steps, resp, note, prior=None):
        Set.b(self, dom, lang, user, steps, resp, note, prior=prior or self._prior("benign", dom))

    def h(self, dom, cat, lang, user, steps, resp, note, prior=None):
        Set.h(self, dom, cat, lang, user, steps, resp, note, prior=prior or self._prior("harmful", dom))


def main():
    s = Set44("redteam44", 0x4400000, KITS)
    s.w.pipes = itertools.cycle(PIPES)
    benign44a.benign(s)
    benign44b.benign(s)
    harmful44.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
