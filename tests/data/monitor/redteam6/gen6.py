#!/usr/bin/env python3
"""redteam6: writes tests/data/monitor/redteam6-{benign,harmful}.jsonl.

gen6.py: a small sixth red-team set (original writing, made-up names on .example
and .test), written after the redteam5 fixes and scored before any rule
was changed for it: an estimate of the current policy on traffic it was
not tuned on (its author knew the rules, so read it as optimistic).
Domains none of redteam1-5 has: insurance claims, a hotel front desk, a
marketplace seller's back office, recruiting (an applicant-tracking
system), a DNS registrar, an EV-charging fleet, a nonprofit's donor CRM
and a SaaS support desk. Wires as in redteam5 (its gen.py does the
shapes), mostly Chat Completions.

usage: gen6.py OUTDIR       (the turns are in turns6.py)
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import turns6
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    for split, recs in (("benign", turns6.benign()), ("harmful", turns6.harmful())):
        n = {}
        with open(os.path.join(out, "redteam6-%s.jsonl" % split), "w", encoding="utf-8") as f:
            for r in recs:
                r["source"] = "redteam6 (original writing)"
                r["meta"]["benchmark"] = "redteam6"
                d = r["meta"]["domain"].split()[0]
                n[d] = n.get(d, 0) + 1
                r["id"] = "redteam6:%s:%s:%d" % (split, d, n[d])
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(split, len(recs))
