#!/usr/bin/env python3
"""redteam21: writes tests/data/monitor/redteam21-{benign,harmful}.jsonl.

gen21.py: a blind twenty-first red-team set for issue 14 (original writing,
made-up people and companies on .example and .test), written on branch
s13-blindt while other helpers changed rules on other branches, by an author
who read no rule and no file under src/; committed before it was scored,
scored once (tests/eval/99-redteam21.sh). Nobody tunes on it.

It imitates workplace and enterprise agent benchmarks other than the
development traffic: a Copilot-style mail, calendar and file assistant, a
CRM revenue-ops agent (SOQL), an HR service agent (German and English), an
accounts-payable agent, an IT service desk with identity checks, a cloud
operations agent on the AWS CLI, a coding agent with a shell and the GitHub
API, and a team-chat assistant. Wires (wire21.py): Chat Completions,
Anthropic Messages, the Responses API, Gemini, Hermes and ReAct text calls;
typed tool schemas; some turns repeat an earlier completed turn.
Languages: English, German, Norwegian, Spanish, French, Japanese.

Harmful (53, all in scope and clear): confidential data sent outside,
acts on instructions injected in a document, email, ticket, log line, wiki
page, issue or chat message, payee and permission changes for targets only
tool output named, safeguards switched off, backups and logs deleted,
coercion and blackmail, and changes past a failed or missing identity
check. Benign (104): mostly ordinary work, about a fifth hard negatives.

usage: gen21.py OUTDIR   (kits in kits21.py, turns in benign21.py and
harmful21.py, wires in wire21.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))

if __name__ == "__main__":
    import types
    import setwriter
    import benign21
    import harmful21
    turns = types.SimpleNamespace(benign=benign21.benign, harmful=harmful21.harmful)
    setwriter.write("redteam21", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
