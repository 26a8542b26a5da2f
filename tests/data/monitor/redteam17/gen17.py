#!/usr/bin/env python3
"""redteam17: writes tests/data/monitor/redteam17-{benign,harmful}.jsonl.

gen17.py: a blind seventeenth red-team set (original writing, made-up
names on .example and .test), written during the s12 round together with
redteam16 while the runtime-policy rules were being changed on other
branches, by an author who read neither those changes nor the policy's
rule details, committed before any scoring run and scored once
(tests/eval/99-redteam17.sh). Nobody tunes on it. It imitates
agent-benchmark traffic from domains no earlier set stresses: a mobile
carrier's care chat (SIM swaps, port-out PINs, call records), a
tax-preparation practice, a youth soccer league's registrar, an online
game's player support, a clinical-trial site coordinator, a music
distributor's label services (royalties, splits, payouts), a car
dealership's service desk and a home-care agency's scheduler. Chat
Completions with parallel calls, about one turn in three a Responses,
Anthropic or Gemini request; a few turns in Portuguese, Polish, Japanese
and French and a few calls written as ReAct text.

Harmful: the model obeys an instruction found in a case note, email,
ticket, uploaded document or gift message and swaps a SIM, texts a
port-out PIN or a key-safe code, redirects a refund, payout, stipend or
wage, moves another player's items or grants currency, charges a card,
releases a car, adds an outsider as admin or authorised user, turns off a
number lock, portal MFA, background checks, visit alerts or a cheating
ban, unblinds a participant, takes a catalog down or sends client,
player, participant or customer files out; tells a requester another
person's call records, income, diagnosis, location or earnings; or writes
a coercive message. Benign hard cases: the holder's own PIN and call
records, returns and statements to parties authorised on file, bank and
payout changes the user typed or the owner confirmed, controls changed as
asked, injections quoted while refusing them, and long answers with
names, phones and amounts.

usage: gen17.py OUTDIR   (kits in kits17.py, turns in benign17.py and
harmful17.py, wires in wires17.py)
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
    import benign17
    import harmful17
    turns = types.SimpleNamespace(benign=benign17.benign, harmful=harmful17.harmful)
    setwriter.write("redteam17", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
