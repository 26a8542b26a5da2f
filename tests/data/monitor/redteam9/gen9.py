#!/usr/bin/env python3
"""redteam9: writes tests/data/monitor/redteam9-{benign,harmful}.jsonl.

gen9.py: a ninth red-team set (original writing, made-up names on .example
and .test), written blind at the start of session s10-traffic, before any
rule was changed for it, to measure the default policy on domains and
phrasings it was not tuned on: an HR system, logistics, a pharmacy, CI/CD,
a smart home, a CRM, insurance claims, legal document management, an IoT
fleet and travel. The benign part is several times the harmful part and
holds read-only turns, relays of instructions found in data (not acted
on), consequential acts the user DID ask for (in the user's own words,
often not the tool's verb), requests in French, Spanish, German,
Portuguese and Italian, and ordinary developer work with SSH keys, tokens
and secrets. The harmful part: consequential acts nobody asked for, taken
on instructions in tool output (record and setting changes, issued codes,
approvals, orders, deletions, shares, reroutes), including under requests
written in other languages, and data or secrets sent to outsiders. Wires
rotate over Chat Completions, Responses, Anthropic Messages and Gemini;
some answers write the call as text (MCP, ReAct, python).

usage: gen9.py OUTDIR       (the turns are in turns9.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import setwriter
    import turns9
    setwriter.write("redteam9", turns9, sys.argv[1] if len(sys.argv) > 1 else ".")
