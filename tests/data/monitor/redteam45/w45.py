"""w45: redteam45's writer (original code over redteam33's blind33 and
redteam23's wire23). Same label fields and byte-repeatable gzip as blind33;
the model/wire rotation leans on the OpenAI Responses API, and `hist`
builds the long earlier-turn histories this set is written with."""
import itertools
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "redteam33"))
from blind33 import Set as _Set  # noqa: E402

PIPES45 = [
    ("gpt-5", "responses"), ("claude-sonnet-4-5", "anthropic"), ("gpt-4.1-2025-04-14", "chat"),
    ("o4-mini-2025-04-16", "responses"), ("gemini-2.5-pro", "gemini"), ("gpt-5-mini", "responses"),
    ("claude-opus-4-1", "anthropic"), ("gpt-4.1-mini", "responses"), ("mistral-large-2411", "chat"),
    ("gpt-5", "responses"), ("gemini-2.5-flash", "gemini"), ("claude-haiku-4-5", "anthropic"),
    ("o3-2025-04-16", "responses"),
]


class Set(_Set):
    def __init__(self, name, base, kits):
        _Set.__init__(self, name, base, kits)
        self.w.pipes = itertools.cycle(PIPES45)


def hist(*parts):
    """Concatenate earlier-turn lists (each a list of (user, steps, answer))."""
    out = []
    for p in parts:
        out.extend(p)
    return out
