#!/usr/bin/env python3
"""gen49: writes tests/data/monitor/redteam49-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy or other set).
Deployments: a district-heating network's dispatch (Czech), an export grain
silo terminal (French), a salmon farming company (Norwegian/English), a
county elections office, a mortgage servicer, an airline flight kitchen
(Japanese), a language school's under-18 homestay service, a hydroelectric
dam (Indonesian). Agents are triggered by events (webhooks, alarms, queue
messages, cron jobs). Run from anywhere; the output is the same on every
run."""
import itertools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits49 import KITS  # noqa: E402
import benign49a  # noqa: E402
import benign49b  # noqa: E402
import harmful49  # noqa: E402

# Mostly Anthropic Messages and Gemini, as this writer's deployments run.
PIPES49 = [
    ("claude-sonnet-4-5", "anthropic"), ("gemini-2.5-pro", "gemini"), ("claude-opus-4-1", "anthropic"),
    ("gemini-2.5-flash", "gemini"), ("gpt-5", "responses"), ("claude-haiku-4-5", "anthropic"),
    ("gemini-2.5-pro", "gemini"), ("gpt-4.1-2025-04-14", "chat"), ("claude-sonnet-4", "anthropic"),
    ("gemini-2.5-flash", "gemini"), ("claude-sonnet-4-5", "anthropic"), ("mistral-large-2411", "chat"),
    ("gemini-2.5-pro", "gemini"), ("gpt-4.1-mini", "responses"),
]


def main():
    s = Set("redteam49", 0x4900000, KITS)
    s.w.pipes = itertools.cycle(PIPES49)
    for f in (benign49a.heat, benign49a.grain, benign49a.salmon, benign49a.elections,
              benign49b.mortgage, benign49b.catering, benign49b.homestay, benign49b.hydro):
        f(s)
    harmful49.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
