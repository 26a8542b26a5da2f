#!/bin/bash
# 99-safeguard36b: half B of a blind set for safeguards switched off
# (s16-sgask; tests/data/monitor/safeguard36b-*, original writing, generated
# by tests/data/monitor/safeguard36/gen36b.py with the wire code of
# redteam23/wire23.py), written before any rule change.
# Figures: see below.
exec bash "$(dirname "$0")/redteam-set.sh" safeguard36b 99-safeguard36b
