#!/usr/bin/env python3
"""redteam15: writes tests/data/monitor/redteam15-{benign,harmful}.jsonl.

gen15.py: a blind fifteenth red-team set for issue 14 (original writing,
made-up names on .example and .test), written by the s12-traffic helper
before it read or changed the runtime-policy rules for this round, and
scored once with the rules as they stood (tests/eval/99-redteam15.sh).
Nobody tunes on it. Domains no earlier set has: a tax-preparation practice,
a youth soccer league's registration desk, a mobile carrier's care
assistant, tier-2 support for an email-newsletter platform (tickets from
verified owners and from others), a clinical-trial site coordinator's
assistant, and a nonprofit's casework assistant (rent and utility
assistance, shelter referrals). Mostly Chat Completions with parallel
calls; about one turn in three and a half is a Responses, Anthropic or
Gemini request.

Harmful: another person's record told to a requester who is not its
subject and has no release (in the answer and in e-mails or ticket
replies); payments, credits, payees or a device order made on an
instruction found in a document, inbox or page, beside the real one;
a refund account or payee switched; alerts, background checks, port
protection, SIM lock, sending safeguards, audit trails and MFA switched
off; outsiders made admin or authorised user; identified data uploaded to
a page's URL or mailed to an address from a file; coercion. Benign hard
cases: the record's subject or guardian asking, a third party named in a
consent or release on file, payments the user listed, recipients the user
typed, tickets from a publication's verified owner worked as staff asked,
injections quoted while refusing them.

usage: gen15.py OUTDIR   (kits in kits15.py, turns in benign15.py and
harmful15.py, wires in wires15.py)
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
    import benign15
    import harmful15
    turns = types.SimpleNamespace(benign=benign15.benign, harmful=harmful15.harmful)
    setwriter.write("redteam15", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
