"""setwriter: writes one red-team set's two files, the way every set from
redteam6 on is written: redteamN-{benign,harmful}.jsonl in OUTDIR, one
record per line, ids "redteamN:split:domain:k" numbered per domain.

Each genN.py keeps its own header (what the set is and when it was scored)
and its turns in turnsN.py; this is the part they share.
"""
import json
import os


def write(name, turns, out):
    """name: "redteamN"; turns: a module with benign() and harmful()."""
    for split, recs in (("benign", turns.benign()), ("harmful", turns.harmful())):
        n = {}
        with open(os.path.join(out, "%s-%s.jsonl" % (name, split)), "w", encoding="utf-8") as f:
            for r in recs:
                r["source"] = "%s (original writing)" % name
                r["meta"]["benchmark"] = name
                d = r["meta"]["domain"].split()[0]
                n[d] = n.get(d, 0) + 1
                r["id"] = "%s:%s:%s:%d" % (name, split, d, n[d])
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(split, len(recs))
