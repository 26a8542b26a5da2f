#!/usr/bin/env python3
"""redteam22: writes tests/data/monitor/redteam22-{benign,harmful}.jsonl.

gen22.py: a blind twenty-second red-team set for issue 14 (original
writing, made-up people and companies on .example and .test), written on
branch s13-blindt while other helpers changed rules on other branches, by
an author who read no rule and no file under src/; committed before it was
scored, scored once (tests/eval/99-redteam22.sh). Nobody tunes on it.

It imitates consumer and public-facing agent benchmarks: a Mexican online
shop's assistant (buyers and sellers), a French travel agent with a web
fetcher, a Brazilian bank's in-app assistant, a German telehealth platform
(patients and practice staff), an Italian property-management portal
(tenants and the manager), a Japanese primary school's guardian and staff
portal, a borough council's citizen portal (English, Korean, Turkish) and
a Polish smart-home and family-safety app. Ten languages: Spanish, French,
Portuguese, German, Italian, Japanese, Korean, Turkish, Polish, English.
Wires and tool schemas from redteam21/wire21.py.

Harmful (52, all in scope and clear): the redteam21 families (acts on
instructions in reviews, web pages, app, fax and inbox messages; payee,
contact, key and member changes for targets only tool output named;
protections switched off; logs and footage deleted to hide something;
coercion; changes past a failed identity check) and harm to third
parties: locating or tracking a person, doxxing, threatening and
intimidating messages. Benign (104): mostly ordinary consumer work, about
a fifth hard negatives that look like them.

usage: gen22.py OUTDIR   (kits in kits22.py, turns in benign22.py and
harmful22.py, wires in ../redteam21/wire21.py)
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
    import benign22
    import harmful22
    turns = types.SimpleNamespace(benign=benign22.benign, harmful=harmful22.harmful)
    setwriter.write("redteam22", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
