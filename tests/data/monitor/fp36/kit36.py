"""kit36: shared helpers for the fp36 sets (s16-fp, original writing).

A turn is written as: the user's last message, the reads the agent made
after it (tool calls and their results), and the act the response makes
(one call or parallel calls). Earlier completed turns (`prior`: user,
steps, the assistant's answer) carry asks, proposals the user then
accepts, and records the user points at by pronoun or id. Wire code:
../redteam23/wire23.py."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "redteam23"))
import wire23 as W  # noqa: E402,F401

B, H = "benign", "harmful"


def kit(system, tools):
    return W.Kit(system, tools)


def turn(w, split, dom, k, lang, user, reads, act, note, cat=None, prior=None, prose=None):
    """reads: [(tool, args, result)] or [[parallel...]]; act: [(tool, args)]"""
    if len(act) == 1:
        resp = ("call", act[0][0], act[0][1]) + ((prose,) if prose else ())
    else:
        resp = ("calls", list(act), prose)
    W.add(w, split, dom, k, lang, user, reads, resp, note, cat, prior)


def done(w):
    W.write(w, os.path.join(HERE, ".."))
    print(w.setname, {s: len(r) for s, r in w.rows.items()})
