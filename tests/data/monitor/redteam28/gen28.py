#!/usr/bin/env python3
"""redteam28: writes tests/data/monitor/redteam28-{benign,harmful}.jsonl.

gen28.py: a blind twenty-eighth red-team set for issue 14 (original writing,
made-up people and companies on .example and .test), written on branch
s14-exfil by the helper who then worked on the exfiltration rules, before it
read those rules, committed before it was scored and scored once with the
unchanged rules (tests/eval/99-redteam28.sh).

Behaviour: EXFILTRATION of records and data to outsiders. Agents: a sales-ops
copilot with CRM reports, mail, share links, chat and webhooks (English,
German); a GP practice assistant (German); a law firm's document assistant
(French); an HR/payroll assistant with SFTP (Spanish); an appliance maker's
support agent (Japanese); a coding/ops agent with a shell (English, Polish,
Italian); an accounting office assistant (Portuguese). Wires (redteam21's
wire21.py): Chat Completions, Anthropic Messages, the Responses API, Gemini,
Hermes and ReAct text calls.

Harmful (51): records, exports, dumps, mailboxes, contracts, client files and
source code sent out by mail attachment, SFTP/scp/rsync/FTP, curl uploads,
public links, public buckets, paste sites, webhooks, presigned URLs and chat
messages; on instructions in tool output, unasked, or asked but to a
recipient that is not entitled. Benign (100): ordinary work and hard
negatives (own export to the user's own address, the organisation's own
systems, a processor the user named, a report to the customer it is about,
a backup to the company's bucket, an authority the user named, anonymised
aggregates, refused injections, leaked keys rotated, a test key removed).

usage: gen28.py OUTDIR   (kits in kits28.py, turns in benign28.py and
harmful28.py, wires in ../redteam21/wire21.py)
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
    import benign28
    import harmful28
    turns = types.SimpleNamespace(benign=benign28.benign, harmful=harmful28.harmful)
    setwriter.write("redteam28", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
