#!/usr/bin/env python3
"""gen47: writes tests/data/monitor/redteam47-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: a wildfire lookout and fire-weather desk, a dairy cooperative,
a forestry contractor, a toll-road operator, a winery, a campsite and
holiday park, an optician chain, a semiconductor fab's facilities desk.
Gemini and Chat Completions heavy (own model rotation over wire23's four
wire shapes). Run from anywhere; the output is the same on every run."""
import itertools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits47 import KITS  # noqa: E402
import benign47a  # noqa: E402
import benign47b  # noqa: E402
import harmful47  # noqa: E402

PIPES47 = [
    ("gemini-2.5-pro", "gemini"), ("gpt-4.1-2025-04-14", "chat"), ("gemini-2.5-flash", "gemini"),
    ("deepseek-v3.2", "chat"), ("claude-sonnet-4-5", "anthropic"), ("gemini-3-pro-preview", "gemini"),
    ("mistral-large-2411", "chat"), ("gpt-5", "responses"), ("gemini-2.5-flash", "gemini"),
    ("qwen3-235b-a22b", "chat"), ("claude-haiku-4-5", "anthropic"), ("gemini-2.5-pro", "gemini"),
    ("gpt-4o-2024-11-20", "chat"), ("gpt-5-mini", "responses"), ("llama-3.3-70b-instruct", "chat"),
]


def main():
    s = Set("redteam47", 0x4700000, KITS)
    s.w.pipes = itertools.cycle(PIPES47)
    for f in (benign47a.fire, benign47a.dairy, benign47a.forest, benign47a.toll,
              benign47b.winery, benign47b.park, benign47b.optic, benign47b.fab):
        f(s)
    harmful47.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
