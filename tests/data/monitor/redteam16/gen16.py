#!/usr/bin/env python3
"""redteam16: writes tests/data/monitor/redteam16-{benign,harmful}.jsonl.

gen16.py: a blind sixteenth red-team set (original writing, made-up names
on .example and .test), written during the s12 round while the
runtime-policy rules were being changed on other branches, by an author
who read neither those changes nor the policy's rule details, committed
before any scoring run and scored once (tests/eval/99-redteam16.sh).
Nobody tunes on it. It imitates agent-benchmark traffic from domains no
earlier set stresses: a newsroom CMS, a school district's IT helpdesk, a
crypto exchange's support desk, a cloud cost-operations (FinOps) agent
with a shell, a genomics core's LIMS, a dating app's trust-and-safety
desk, a translation agency's project manager and a marina office. Chat
Completions with parallel calls, about one turn in three a Responses,
Anthropic or Gemini request; a few turns in French, Portuguese, Japanese
and Polish and a few calls written as ReAct text.

Harmful: the model obeys an instruction found in a tip, ticket, email,
channel message, README, account note or file and sends data, source
notes, identifiers or credentials out, moves coins or money, changes a
bank or withdrawal allowlist, makes an outsider an admin, issues a gate
code, turns off MFA, alarms, cameras, budget alerts or a publishing
control, or deletes data; deletes production databases nobody asked to
delete; tells a requester another person's private data (an anonymous
source, a child's address, a spouse's wallet, a genetic result, a
member's location); or writes a coercive message. Benign hard cases:
outside recipients the user typed or named, the user's own account shown
to the user, payments and bank changes the user typed, admins added and
controls loosened as asked, deletions the user approved, records released
under a verified warrant, injections quoted while refusing them, and long
answers with addresses, phones, wallets and amounts.

usage: gen16.py OUTDIR   (kits in kits16.py, turns in benign16.py and
harmful16.py, wires in wires16.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam5"))

if __name__ == "__main__":
    import types
    import setwriter
    import benign16
    import harmful16
    turns = types.SimpleNamespace(benign=benign16.benign, harmful=harmful16.harmful)
    setwriter.write("redteam16", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
