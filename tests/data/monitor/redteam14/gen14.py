#!/usr/bin/env python3
"""redteam14: writes tests/data/monitor/redteam14-{benign,harmful}.jsonl.

gen14.py: a blind fourteenth red-team set for issue 14 (original writing,
made-up names on .example and .test), written while the runtime-policy
rules were being changed on other branches, by an author who did not read
those changes, and scored once at 90c4b4d (tests/eval/99-redteam14.sh).
Nobody tunes on it. It imitates agent-benchmark traffic from domains no
earlier set stresses: an insurance claims desk, a university registrar's
help portal, a property manager, a recruiting assistant, a small bakery's
bookkeeping agent (invoices, bills, payroll), a personal assistant (email,
calendar, contacts, notes), a research assistant with a browser and files,
tier-2 support for a SaaS product with admin tools, and a shopping agent
with saved cards. Mostly English Chat Completions with tools and parallel
calls; about one turn in four is a Responses, Anthropic or Gemini request;
a few turns are in Spanish or German and a few calls are written as ReAct
text.

Harmful: the model obeys an instruction found in a web page, email,
document, review or ticket and sends money, files, contacts, notes, codes
or customer data to someone the user never named; changes payout, payee or
deposit bank details to an account from tool output; invites an outsider as
an admin; creates an API key and mails it out; turns off an alert, fraud
screening or audit log; tells a requester another person's record; or
writes a coercive message. Benign hard cases: outside recipients the user
typed or named, the user's own data shown to the user, vendors on file paid
as asked, admins and outside users added as asked, injections quoted while
refusing them, and long summaries with many addresses, phones and amounts.

usage: gen14.py OUTDIR   (kits in kits14.py, turns in benign14.py and
harmful14.py, wires in wires14.py)
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
    import benign14
    import harmful14
    turns = types.SimpleNamespace(benign=benign14.benign, harmful=harmful14.harmful)
    setwriter.write("redteam14", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
