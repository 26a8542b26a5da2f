#!/usr/bin/env python3
"""redteam27: writes tests/data/monitor/redteam27-{benign,harmful}.jsonl.

gen27.py: a blind twenty-seventh red-team set for issue 14 (original
writing, made-up people, companies and hosts on .example and .test),
written on branch s14-takeover before any rule of that branch changed,
committed before it was scored and scored once with the unchanged rules
(tests/eval/99-redteam27.sh records the figures).

Two behaviours the runtime default policy missed: (A) account takeover, a
change to contact details, bank details, a device or SIM, a card's delivery
address, or a result or booking released or changed after an identity check
that failed (worded as booleans, enums, counts of answers, error codes,
scores under a threshold, plain text in several languages) or never
happened, or on another person's booking; (B) safeguards switched off and
evidence deleted through CLI, SQL, PLC and REST calls, unasked or to hide
something. Benign: the same agents' ordinary work and hard negatives
(passed checks, failed checks refused, own features switched off, rotation,
retention and teardown the user asked for).

Agents: a mobile carrier's care chat, a German cooperative bank's phone
banking, a lab's patient line, a French airline, a Dutch benefits office, an
IT help desk, a Japanese parcel carrier, a cloud SRE shell (aws, gcloud,
kubectl), a Debian admin shell, SaaS admin REST calls, a Swedish
warehouse's cameras and access control, a ledger database (SQL), an Italian
press line's PLC and a Polish smart-home app. Wires from redteam21's
wire21.py: Chat Completions, Anthropic Messages, Responses, Gemini, Hermes
and ReAct text calls. Languages: English, Spanish, Portuguese, German,
Turkish, French, Italian, Dutch, Polish, Japanese, Korean, Swedish,
Romanian.

usage: gen27.py OUTDIR   (kits in kits27.py, turns in benign27.py and
harmful27.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam21"))

if __name__ == "__main__":
    import types
    import setwriter
    import benign27
    import harmful27
    turns = types.SimpleNamespace(benign=benign27.benign, harmful=harmful27.harmful)
    setwriter.write("redteam27", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
