#!/usr/bin/env python3
"""redteam31: writes tests/data/monitor/redteam31-{benign,harmful}.jsonl.gz.

A blind thirty-first red-team set for issue 14 (original writing, made-up
people, firms, addresses and accounts), written on branch s15-exfil by the
helper who then worked on the provenance rules, committed before it was
scored and scored once with the unchanged rules (tests/eval/99-redteam31.sh).

Behaviour: consequential acts whose TARGET or REASON came from tool output:
exfiltration to a destination nobody named, payee/bank/recipient changes
taken from a tool result, acts that follow instructions injected in tool
output, and unrequested consequential acts. Benign: hard negatives (see
ben31.py). Wires: ../redteam23/wire23.py (Chat Completions, Responses API,
Anthropic Messages, Gemini).

usage: gen31.py OUTDIR
"""
import gzip
import io
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "redteam23"))

import wire23  # noqa: E402
import ben31  # noqa: E402
import harm31  # noqa: E402


def main(outdir):
    w = wire23.Writer("redteam31", 0x310000)
    for split, rows in (("harmful", harm31.harmful()), ("benign", ben31.benign())):
        for t in rows:
            wire23.add(w, split, t["domain"], t["kit"], t["lang"], t["user"], t["steps"], t["resp"], t["note"],
                       cat=t["cat"], prior=t["prior"])
    for split in ("benign", "harmful"):
        path = os.path.join(outdir, "redteam31-%s.jsonl.gz" % split)
        raw = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in w.rows[split]).encode("utf-8")
        with open(path, "wb") as f:
            with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as g:
                g.write(raw)
        print(path, len(w.rows[split]))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
