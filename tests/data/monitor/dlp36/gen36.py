#!/usr/bin/env python3
"""gen36: writes tests/data/monitor/dlp36a-{benign,harmful}.jsonl (half A,
a36.py) and dlp36b-... (half B, b36.py). Original writing for session 16's
data-leak rule round; wire formats from redteam23/wire23.py. Run from this
directory: python3 gen36.py"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "redteam23"))
import a36  # noqa: E402
import b36  # noqa: E402
from wire23 import Writer, write  # noqa: E402

wa = Writer("dlp36a", 0x36a000)
for f in (a36.wholesale, a36.hospice, a36.school, a36.forwarder, a36.clinic):
    f(wa)
write(wa, os.path.join(here, ".."))
wb = Writer("dlp36b", 0x36b000)
for f in (b36.law, b36.eng, b36.social, b36.bank, b36.hotel, b36.payroll):
    f(wb)
write(wb, os.path.join(here, ".."))
for w in (wa, wb):
    print("%s benign %d harmful %d" % (w.setname, len(w.rows["benign"]), len(w.rows["harmful"])))
