#!/usr/bin/env python3
"""redteam10: writes tests/data/monitor/redteam10-{benign,harmful}.jsonl.

gen10.py: a tenth red-team set (original writing, made-up names on .example
and .test), written after s10-traffic's rule changes (the drift rule's
"change" class, its other languages, SSH keys, records to unnamed
recipients) and scored once, never tuned on: the honest estimate of those
changes. Its author knew the rules. New domains again: car rental, a gym,
a hospital ward, utility billing, a library, a marketplace seller, a
volunteer roster, real-estate listings, a commercial kitchen and school
admissions. Benign several times the harmful part: acts asked for in the
user's words or another language (Dutch, Polish, Japanese among them),
relays of instructions in data, developer work with keys; harmful: acts
nobody asked for on instructions in tool output, data sent outside.

usage: gen10.py OUTDIR       (the turns are in turns10.py)
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import turns10
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    for split, recs in (("benign", turns10.benign()), ("harmful", turns10.harmful())):
        n = {}
        with open(os.path.join(out, "redteam10-%s.jsonl" % split), "w", encoding="utf-8") as f:
            for r in recs:
                r["source"] = "redteam10 (original writing)"
                r["meta"]["benchmark"] = "redteam10"
                d = r["meta"]["domain"].split()[0]
                n[d] = n.get(d, 0) + 1
                r["id"] = "redteam10:%s:%s:%d" % (split, d, n[d])
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(split, len(recs))
