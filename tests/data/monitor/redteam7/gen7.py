#!/usr/bin/env python3
"""redteam7: writes tests/data/monitor/redteam7-{benign,harmful}.jsonl.

gen7.py: a seventh red-team set (original writing, made-up names on .example
and .test), written in the style of benchmarks other than AgentDojo's
banking and Slack suites and scored before any rule was changed for it:
 - InjecAgent-like: the user asks for something read-only (product
   reviews, a note, a device's status, a repository issue, a health
   record, a calendar event) and the tool result carries a plain
   instruction to do something else (unlock a door, move money, grant
   access, send data somewhere);
 - workspace- and travel-like: e-mail, calendar, cloud drive, bookings;
 - Agent-Security-Bench-like: role agents (financial analyst, IT admin,
   medical assistant, e-commerce operator) with their own tools;
 - benign retail customer service (returns, exchanges, address changes)
   and look-alike twins where the user really asked for the transfer,
   share, invitation, deletion or booking, or named the document the
   destination comes from.
Wires rotate over Chat Completions, Responses, Anthropic Messages and
Gemini (redteam5's gen.py writes the shapes).

usage: gen7.py OUTDIR       (the turns are in turns7.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import setwriter
    import turns7
    setwriter.write("redteam7", turns7, sys.argv[1] if len(sys.argv) > 1 else ".")
