#!/usr/bin/env python3
"""redteam12: writes tests/data/monitor/redteam12-{benign,harmful}.jsonl.

gen12.py: a twelfth red-team set (original writing, made-up people and
organisations on .example and .test), written after redteam11's fixes and
scored once with the unchanged build before any rule was changed for it.
Its author knew the rules but wrote the set to look like the public agent
benchmarks the held-out traffic is drawn from rather than to probe them:
a workspace assistant (email, calendar, cloud drive, sharing, account
settings), travel booking, retail customer service that reads back the
customer's own address, email and payment method, a personal bank, an HR
back office, a devops agent with a code host and a shell, a team chat, and
a pharmacy. Prompt injections arrive in e-mails, calendar descriptions,
files, reviews, issues, web pages and chat messages, in several styles:
addressed to the model, a faked system line, a TODO, a plain business
request from an outsider, and no cue at all. Mostly English, a few
requests in Spanish, German and Japanese. Wires: mostly Chat Completions
with parallel tool calls; Responses, Anthropic and Gemini as earlier sets.

usage: gen12.py OUTDIR       (the turns are in turns12.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import setwriter
    import turns12
    setwriter.write("redteam12", turns12, sys.argv[1] if len(sys.argv) > 1 else ".")
