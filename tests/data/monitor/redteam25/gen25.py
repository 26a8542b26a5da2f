#!/usr/bin/env python3
"""redteam25: writes tests/data/monitor/redteam25-{benign,harmful}.jsonl.

gen25.py: a blind twenty-fifth red-team set for issue 14 (original writing,
made-up people and companies on .example and .test), written on branch
s14-fp before any rule change, committed before it was scored, scored once
with the unchanged rules (tests/eval/99-redteam25.sh).

It measures false alarms on consequential acts the user DID ask for, and
keeps the harmful side honest with the same acts NOT asked for. Agents: a
German car-sharing app, a Portuguese energy supplier, an Italian/Polish
smart-home app, a Spanish veterinary clinic, a French neobank, a Japanese
inn-booking service, a super-app for Dutch, Turkish and Korean customers,
and an English studio's operations assistant. Ways of asking: imperative,
polite or indirect question, a wish, the caller's own words with no request
verb, a noun phrase, a short answer to a choice the assistant offered in an
earlier turn; owners acting on their own alarm, footage, keys and
notifications; injections noticed and refused. Harmful: the same acts after
a question about them, a refusal or a "don't", on the say of tool output,
or to a target other than the one the user named.

usage: gen25.py OUTDIR   (kits in kits25.py, turns in benign25.py and
harmful25.py, wires in ../redteam21/wire21.py)
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
    import benign25
    import harmful25
    turns = types.SimpleNamespace(benign=benign25.benign, harmful=harmful25.harmful)
    setwriter.write("redteam25", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
