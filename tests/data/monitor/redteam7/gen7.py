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
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import turns7
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    for split, recs in (("benign", turns7.benign()), ("harmful", turns7.harmful())):
        n = {}
        with open(os.path.join(out, "redteam7-%s.jsonl" % split), "w", encoding="utf-8") as f:
            for r in recs:
                r["source"] = "redteam7 (original writing)"
                r["meta"]["benchmark"] = "redteam7"
                d = r["meta"]["domain"].split()[0]
                n[d] = n.get(d, 0) + 1
                r["id"] = "redteam7:%s:%s:%d" % (split, d, n[d])
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(split, len(recs))
