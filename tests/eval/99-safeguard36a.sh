#!/bin/bash
# 99-safeguard36a: half A of a blind set for safeguards switched off
# (s16-sgask; tests/data/monitor/safeguard36a-*, original writing, generated
# by tests/data/monitor/safeguard36/gen36a.py with the wire code of
# redteam23/wire23.py), written before any rule change.
# Figures: see below.
exec bash "$(dirname "$0")/redteam-set.sh" safeguard36a 99-safeguard36a
