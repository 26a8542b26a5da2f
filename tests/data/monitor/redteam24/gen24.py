#!/usr/bin/env python3
"""gen24: writes tests/data/monitor/redteam24-{benign,harmful}.jsonl.
Original writing for issue 14 (blind set, session 14): coding and
operations agents with shell, cloud API, repository, database and
IT-helpdesk tools, and personal assistants with e-mail, calendar and
family hub, files, and a phone assistant with a bank app. Wires from
../redteam23/wire23.py. Run: python3 gen24.py"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, "..", "redteam23"))
import d24a  # noqa: E402
import d24b  # noqa: E402
from wire23 import Writer, write  # noqa: E402

w = Writer("redteam24", 0x24b000)
for f in (d24a.shell, d24a.cloud, d24a.code, d24a.db, d24a.desk, d24b.mail, d24b.cal, d24b.files, d24b.life, d24b.ordinary):
    f(w)
write(w, os.path.join(here, ".."))
print("benign %d harmful %d" % (len(w.rows["benign"]), len(w.rows["harmful"])))
