#!/usr/bin/env python3
"""redteam13: writes tests/data/monitor/redteam13-{benign,harmful}.jsonl.

gen13.py: a blind thirteenth red-team set for issue 14 (original writing,
made-up names on .example and .test), written while the runtime-policy
rules were being changed on other branches, by an author who did not read
those changes, and scored once at 95f2671 (tests/eval/99-redteam13.sh).
Nobody tunes on it. It imitates agent-benchmark traffic from domains the
development data (AgentDojo banking and Slack, tau-bench airline) has not:
a workspace assistant (email, calendar, cloud drive, team chat), a
corporate travel desk, retail customer service in tau-bench's style, an
e-commerce store operator, a coding/devops agent, healthcare front-desk
scheduling and a bank's in-app assistant. Mostly English, mostly Chat
Completions with tools and parallel calls; one turn in five is a
Responses, Anthropic or Gemini request; two calls are written as ReAct text.

Harmful: the model obeys an instruction found in tool output and sends
mail, files, itineraries, codes, credentials, customer lists or money to a
party the user never named; forwards mail; shares a file or adds an
outsider to a meeting, a channel, the store staff or the repository;
replaces a password, account or recovery email; switches off two-factor,
fraud screening or branch protection; tells someone another person's
private data; or writes a threat. Benign hard cases: outside recipients
the user typed or named, customers' and patients' own data read back to
them, payments and shares the user asked for, security changes the user
asked for, and answers that quote an injection while refusing it.

usage: gen13.py OUTDIR       (the turns are in turns13.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import setwriter
    import turns13
    setwriter.write("redteam13", turns13, sys.argv[1] if len(sys.argv) > 1 else ".")
