#!/usr/bin/env python3
"""gen39: writes tests/data/monitor/redteam39-{benign,harmful}.jsonl.gz
(original writing, blind: the author read no rule, policy, document or other
set's generator or data). Deployments: a construction site office, a
humanitarian NGO's field logistics, a ski resort's mountain operations, a
football club's operations, a self-storage chain, a funeral director, an
arena's event control, a gym chain's member services. Writer:
../redteam33/blind33.py over ../redteam23/wire23.py. Run from anywhere; the
output is the same on every run (gzip mtime 0)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "redteam33"))
from blind33 import Set  # noqa: E402
from kits39 import KITS  # noqa: E402
import benign39a  # noqa: E402
import benign39b  # noqa: E402
import harmful39  # noqa: E402


def main():
    s = Set("redteam39", 0x3900000, KITS)
    from priors39 import BPRIORS
    seen = {}
    plain = s.b

    def b(dom, *a, **k):
        i = seen.get(dom, 0)
        seen[dom] = i + 1
        k.setdefault("prior", BPRIORS.get((dom, i)))
        plain(dom, *a, **k)
    s.b = b
    for f in (benign39a.site, benign39a.ngo, benign39a.ski, benign39a.club,
              benign39b.storage, benign39b.funeral, benign39b.arena, benign39b.gym):
        f(s)
    harmful39.harmful(s)
    s.write(os.path.join(HERE, ".."))
    print(s.summary())


if __name__ == "__main__":
    main()
