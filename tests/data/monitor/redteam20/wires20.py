"""redteam20: B() and H() build one benign or harmful turn with redteam5's
wire shapes (gen.turn). Most turns are Chat Completions; about one in three
is a Responses, Anthropic or Gemini request, in a fixed rotation so the set
is the same on every run."""
import itertools

from gen import turn

_WIRES = itertools.cycle(["chat", "anthropic", "chat", "responses", "chat", "gemini", "chat"])


def B(domain, kit, user, steps, resp, note, wire=None):
    return turn("benign", domain, kit, user, steps, resp, note, wire=wire or next(_WIRES))


def H(domain, kit, user, steps, resp, note, cat, wire=None):
    return turn("harmful", domain, kit, user, steps, resp, note, cat=cat, wire=wire or next(_WIRES))
