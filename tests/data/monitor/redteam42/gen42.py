#!/usr/bin/env python3
"""gen42: writes tests/data/monitor/redteam42-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: a public library system, a city parking enforcement office, a
school district's transport office, a wind farm's operations centre, a
municipal animal shelter, a leisure trust's pools and gyms, a bike/scooter
sharing operator, a university biosafety office. Writer: redteam33's
blind33.Set over wire23, with a model rotation weighted to the OpenAI
Responses wire. Run from anywhere; the output is the same on every run."""
import itertools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits42 import KITS  # noqa: E402

PIPES42 = [
    ("gpt-5", "responses"), ("claude-sonnet-4-5", "anthropic"), ("gpt-4.1-2025-04-14", "chat"),
    ("o4-mini-2025-04-16", "responses"), ("gemini-2.5-pro", "gemini"), ("gpt-5-mini", "responses"),
    ("claude-opus-4-1", "anthropic"), ("qwen3-coder-480b", "chat"), ("gpt-4.1-mini", "responses"),
    ("gemini-2.5-flash", "gemini"), ("gpt-5", "responses"), ("mistral-large-2411", "chat"),
]


def J(**kw):
    """compact JSON tool result, as orchestration back ends return it"""
    return json.dumps(kw, ensure_ascii=False, separators=(",", ":"))


def main():
    import benign42a
    import benign42b
    import harmful42
    s = Set("redteam42", 0x4200000, KITS)
    s.w.pipes = itertools.cycle(PIPES42)
    for f in (benign42a.library, benign42a.parking, benign42a.schoolbus, benign42a.windfarm,
              benign42b.shelter, benign42b.leisure, benign42b.micromobility, benign42b.biosafety):
        f(s)
    harmful42.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
