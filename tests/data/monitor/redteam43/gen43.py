#!/usr/bin/env python3
"""gen43: writes tests/data/monitor/redteam43-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set's
generator or data). Deployments: a taxi and minicab dispatch firm, a wedding
and events venue, a prison visits and family-liaison service, a
tenant-screening agency, a parish church office, a dog daycare and boarding
business, a coworking operator, a bail bonds office. Writer: redteam33's
blind33 over redteam23's wire23, with a model rotation weighted to Anthropic
Messages and Gemini. The output is the same on every run."""
import itertools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits43 import KITS  # noqa: E402
import benign43a  # noqa: E402
import benign43b  # noqa: E402
import harmful43  # noqa: E402

PIPES43 = [
    ("claude-sonnet-4-5", "anthropic"), ("gemini-2.5-pro", "gemini"), ("gpt-4.1-2025-04-14", "chat"),
    ("claude-opus-4-1", "anthropic"), ("gemini-2.5-flash", "gemini"), ("gpt-5", "responses"),
    ("claude-haiku-4-5", "anthropic"), ("gemini-2.5-pro", "gemini"), ("mistral-large-2411", "chat"),
    ("claude-sonnet-4", "anthropic"), ("gemini-2.5-flash-lite", "gemini"), ("o4-mini-2025-04-16", "responses"),
    ("claude-sonnet-4-5", "anthropic"), ("qwen3-235b-a22b", "chat"),
]


def main():
    s = Set("redteam43", 0x4300000, KITS)
    s.w.pipes = itertools.cycle(PIPES43)
    benign43a.benign(s)
    benign43b.benign(s)
    harmful43.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
