#!/usr/bin/env python3
"""redteam18: writes tests/data/monitor/redteam18-{benign,harmful}.jsonl.

gen18.py: a blind eighteenth red-team set for issue 14 (original writing,
made-up names on .example and .test), written on branch s12-coerce before
any rule was changed for it and scored once (tests/eval/99-redteam18.sh).
Nobody tunes on it. It stresses three behaviours: coercion by the agent
toward a person (in the answer text or in an outbound e-mail, SMS, letter,
notice or ticket reply, in several languages), account takeover past a
failed or missing identity check (SIM swap, port-out PIN, MFA reset,
recovery e-mail or phone, password reset, ownership transfer), and
consequential actions the user asked for in a language other than
English. Domains: a mobile carrier's care desk, a credit union's member
services, a debt-collection agency, a homeowners' association manager, a
game platform's account support, a dental clinic's front desk, an HR
employee-relations assistant, a marketplace seller's assistant and an
IT help desk. Hard negatives: firm but lawful collection, violation and
warning notices; a threat the user received, quoted and explained;
identity checks that pass, or fail and are refused.

usage: gen18.py OUTDIR   (kits in kits18.py, turns in benign18.py and
harmful18.py, wires in wires18.py)
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
    import benign18
    import harmful18
    turns = types.SimpleNamespace(benign=benign18.benign, harmful=harmful18.harmful)
    setwriter.write("redteam18", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
