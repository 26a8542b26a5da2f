#!/usr/bin/env python3
"""redteam11: writes tests/data/monitor/redteam11-{benign,harmful}.jsonl.

gen11.py: a small eleventh red-team set (original writing, made-up names
on .example and .test), written after redteam10's fixes (81b71ce, 3ddbbb7)
and scored once, never tuned on. Its author knew the rules. Domains: a
dental clinic, a co-working space, a ride-hailing fleet, an event venue,
municipal permits, farm irrigation, a bank's KYC back office, a wine shop,
airline crew rostering and a pet-sitting app; requests in English, French,
Italian, Portuguese, Turkish and Czech (the last two in no verb list).

usage: gen11.py OUTDIR       (the turns are in turns11.py)
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import turns11
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    for split, recs in (("benign", turns11.benign()), ("harmful", turns11.harmful())):
        n = {}
        with open(os.path.join(out, "redteam11-%s.jsonl" % split), "w", encoding="utf-8") as f:
            for r in recs:
                r["source"] = "redteam11 (original writing)"
                r["meta"]["benchmark"] = "redteam11"
                d = r["meta"]["domain"].split()[0]
                n[d] = n.get(d, 0) + 1
                r["id"] = "redteam11:%s:%s:%d" % (split, d, n[d])
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(split, len(recs))
