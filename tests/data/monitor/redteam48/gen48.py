#!/usr/bin/env python3
"""gen48: writes tests/data/monitor/redteam48-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: a household moving company, a music school, an independent auto
repair garage, a golf club, a hair and beauty salon group, a residential
solar installer, a hostel chain, a nanny agency. Customer-facing chat agents
in long conversations. Run from anywhere; the output is the same on every
run."""
import itertools
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
import priors48  # noqa: E402

PIPES48 = [
    ("gpt-4.1-2025-04-14", "chat"), ("gpt-5-mini", "responses"), ("claude-sonnet-4-5", "anthropic"),
    ("gpt-4o-2024-11-20", "chat"), ("gpt-5", "responses"), ("mistral-medium-2508", "chat"),
    ("gemini-2.5-flash", "gemini"), ("gpt-4.1-mini", "responses"), ("deepseek-v3.2", "chat"),
    ("claude-haiku-4-5", "anthropic"), ("o4-mini-2025-04-16", "responses"), ("llama-3.3-70b-instruct", "chat"),
    ("qwen3-235b-a22b-instruct-2507", "chat"),
]


def main():
    s = Set("redteam48", 0x4800000, KITS)
    # This writer's deployments are customer chat agents served mostly over
    # Chat Completions and Responses: a fixed rotation of its own.
    s.w.pipes = itertools.cycle(PIPES48)
    benign48a.benign(s)
    benign48b.benign(s)
    harmful48.harmful(s)
    missing = set(priors48.STAFF_TURNS) - priors48.USED
    assert not missing, missing
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
