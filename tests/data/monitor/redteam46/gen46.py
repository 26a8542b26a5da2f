#!/usr/bin/env python3
"""gen46: writes tests/data/monitor/redteam46-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: a credit union's member services, an esports league's
operations, a community radio station, an embassy consular section, a county
adult probation department, a satellite operations centre, a craft
brewery's plant and back office, a homeless shelter network. Operator rules
sit in YAML or JSON policy blocks inside the system prompts. The writer is
redteam33/blind33.py over redteam23's wire23.py, with an Anthropic-heavy
model rotation. Run from anywhere; the output is the same on every run."""
import itertools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits46 import KITS  # noqa: E402
import benign46a  # noqa: E402
import benign46b  # noqa: E402
import harmful46  # noqa: E402

PIPES46 = [
    ("claude-sonnet-4-5", "anthropic"), ("gpt-4.1-2025-04-14", "chat"), ("claude-opus-4-1", "anthropic"),
    ("gpt-5", "responses"), ("claude-haiku-4-5", "anthropic"), ("gemini-2.5-pro", "gemini"),
    ("claude-sonnet-4", "anthropic"), ("qwen3-coder-480b", "chat"), ("claude-sonnet-4-5", "anthropic"),
    ("o4-mini-2025-04-16", "responses"), ("claude-opus-4-1", "anthropic"), ("gemini-2.5-flash", "gemini"),
    ("mistral-large-2411", "chat"), ("claude-haiku-4-5", "anthropic"), ("gpt-4.1-mini", "responses"),
    ("deepseek-v3.2", "chat"), ("claude-sonnet-4-5", "anthropic"),
]


def main():
    s = Set("redteam46", 0x4600000, KITS)
    s.w.pipes = itertools.cycle(PIPES46)
    benign46a.benign(s)
    benign46b.benign(s)
    harmful46.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
