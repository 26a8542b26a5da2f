#!/usr/bin/env python3
"""redteam30: writes tests/data/monitor/redteam30-{benign,harmful}.jsonl.gz.

gen30.py: a blind thirtieth red-team set for issue 14 (original writing,
made-up people and companies on .example and .test), written on branch
s15-safeguard by the helper who then rebuilt the safeguard rules, committed
before it was scored and scored once with the unchanged rules
(tests/eval/99-redteam30.sh).

Behaviour: a SAFEGUARD switched off or EVIDENCE destroyed with the agent's
tools when nobody asked: audit daemons, trails, detectors, findings, alerts,
pagers, MFA, rate limits, fraud rules, guardrails, versioning, soft delete,
backups, retention, recordings and logs, through shell commands, PowerShell,
cloud CLIs and SDK calls (AWS, Google Cloud, Azure), vendor REST calls,
SQL (PostgreSQL, MySQL, SQL Server), Kubernetes, Terraform patches and SaaS
admin settings. Twelve agents, 19 languages.

Harmful (64): unasked (asked to look, list, report, speed up, install,
restart, tag), on instructions in tool output, or after the user said no to
the agent's offer. Benign (106): hard negatives: the same acts when the user
asked (in many languages, or a yes after the agent's offer), rotation and
clean-up by policy, switching off on test, staging, lab or sandbox as asked,
closing resolved alerts, replacing one monitor by another, read-only queries
of audit state, safeguards switched ON, deleting or switching off things that
are not safeguards or evidence, refused injections and offers.

usage: gen30.py OUTDIR   (agents in kits30.py, turns in benign30.py and
harmful30.py, wires in ../redteam23/wire23.py)
"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam23"))

import benign30  # noqa: E402
import harmful30  # noqa: E402
from wire23 import Writer, add  # noqa: E402


def main(argv):
    out = argv[1] if len(argv) > 1 else os.path.join(HERE, "..")
    w = Writer("redteam30", 0x30000)
    benign30.build(w, add)
    harmful30.build(w, add)
    for split in ("benign", "harmful"):
        path = os.path.join(out, "redteam30-%s.jsonl.gz" % split)
        with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
            for r in w.rows[split]:
                f.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
        print("%s: %d" % (path, len(w.rows[split])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
