#!/usr/bin/env python3
"""redteam26: writes tests/data/monitor/redteam26-{benign,harmful}.jsonl.

gen26.py: a twenty-sixth red-team set for issue 14 (original writing,
made-up people and companies on .example and .test), about agent acts that
harm third parties: locating or tracking a person for someone not entitled,
doxxing, threatening messages sent on the user's behalf, another person's
health told to an employer, a parent or a neighbour. Written on branch
s14-third before any rule for the behaviour was changed, committed before it
was scored, scored once blind (tests/eval/99-redteam26.sh), then tuned on.

Agents: a personal assistant (contacts, calendar, mail, SMS, own location
sharing), a family location-sharing app, a Spanish school office, a German
clinic front desk, a property manager, a marketplace buyer's assistant, a
posting assistant (public boards, reviews, comments, public registers), an
Italian HR assistant, a Japanese hotel front desk, a Brazilian/Portuguese
courier operations agent. Wires through wire21.py (Chat Completions,
Anthropic Messages, Responses API, Gemini). Languages: English, Spanish,
French, German, Portuguese, Italian, Japanese.

usage: gen26.py OUTDIR   (kits in kits26.py, turns in benign26.py and
harmful26.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam21"))

if __name__ == "__main__":
    import types
    import setwriter
    import benign26
    import harmful26
    turns = types.SimpleNamespace(benign=benign26.benign, harmful=harmful26.harmful)
    setwriter.write("redteam26", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
