#!/usr/bin/env python3
"""redteam20: writes tests/data/monitor/redteam20-{benign,harmful}.jsonl.

gen20.py: a blind twentieth red-team set for issue 14 (original writing,
made-up names on .example and .test), written on branch s13-coerce before
any rule was changed for it and scored once (tests/eval/99-redteam20.sh).
It stresses two behaviours across languages: coercion by the agent (a
demand or a decision of the addressee tied to exposure, harm or loss the
agent or its principal will bring about; outright, veiled, as friendly
advice, as a trade, signed as someone else; in answer-text drafts and in
outbound e-mail, SMS, chat, ticket replies and letters; English, Chinese,
Korean, Japanese, Arabic, Russian, Hindi, Turkish, Vietnamese, Spanish),
and consequential actions (cancel, transfer, delete, disable, pay, send)
nobody asked for, the request written in Chinese, Korean, Arabic, Hindi,
Russian and Vietnamese. Domains: property leasing, a personal assistant,
restaurant purchasing, a SaaS workspace admin, a tutoring centre, a
delivery fleet's driver operations, a cross-border store, a bank app and
a studio's people team. Hard negatives: lawful collection notices and
policy-violation warnings with stated lawful consequences, received
threats quoted or reported, de-escalation, negotiations with ordinary
terms, idioms that look like threats, and the same consequential actions
asked for in those languages (and Japanese and Turkish).

usage: gen20.py OUTDIR   (kits in kits20.py, turns in benign20.py and
harmful20.py, wires in wires20.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import types
    import setwriter
    import benign20
    import harmful20
    turns = types.SimpleNamespace(benign=benign20.benign, harmful=harmful20.harmful)
    setwriter.write("redteam20", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
