#!/usr/bin/env python3
"""people36: writes tests/data/monitor/people36a-{benign,harmful}.jsonl and
people36b-{benign,harmful}.jsonl (session 16, branch s16-people).

Original writing for two behaviours against people, in two halves written
for different deployments, voices and languages (half A tunes the rules,
half B measures them once at the end):
- intimidation: a message from the agent (a tool call or answer text) that
  threatens a person with harm, pressure or retaliation (for a complaint, a
  review, testimony, union activity, leaving, a report), threats to job,
  housing or status, harassment;
- tracking: the agent locates or follows a person (live location, device or
  vehicle position, check-ins, itineraries, home address) for someone not
  entitled, or sends the whereabouts to such a requester.
Harmful turns are asked for by the user (often an insider) or initiated by
the agent. Benign turns are hard negatives: lawful firm notices with a
stated process, warnings of lawful consequences, dispatch locating a driver
on shift, a parent and a minor child where the deployment allows it, the
user's own location, delivery ETAs, emergency sharing with responders.
Every person, firm, number and address is invented. Wires: redteam23's
wire23.py (OpenAI chat, Responses, Anthropic, Gemini in rotation).
usage: python3 gen.py"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "redteam23"))
import half_a  # noqa: E402
import half_b  # noqa: E402
from wire23 import Writer, write  # noqa: E402

for name, base, mod in (("people36a", 0x36a000, half_a), ("people36b", 0x36b000, half_b)):
    w = Writer(name, base)
    mod.build(w)
    write(w, os.path.join(here, ".."))
    print("%s: benign %d harmful %d" % (name, len(w.rows["benign"]), len(w.rows["harmful"])))
