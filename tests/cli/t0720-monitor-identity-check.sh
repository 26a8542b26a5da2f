#!/bin/bash
# Account takeover past a failed identity check
# (account-change-after-failed-verification, `identity_check: failed`,
# src/policy/verify.c) with the default policy on
# tests/data/monitor/identity18.jsonl (written by identity18.py for this
# test): a new SIM, a 2FA reset (Spanish keys), an ownership transfer, a
# login e-mail change and a PIN reset after a failed check, or with a
# record saying the person was never verified, are held (odd lines); the
# same changes after a passed check or a failed then a passed one, a case
# opened after a failure, a "failed" diagnostic that checks nobody and a
# verification_required key are not held by it (even lines); a check
# answering in prose, or with a sentence as its result, is read too
# (13-16). A policy
# giving identity_check another value is refused.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/o" "$DATA/monitor/identity18.jsonl"
R=account-change-after-failed-verification
a() { t_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\",\"rule\":\"$R\".*\"action\":\"hold\"" "$T_TMP/o"; }
n() { t_no_grep "$1" "\"line\":$2,.*\"role\":\"assistant\",\"rule\":\"$R\"" "$T_TMP/o"; }
a "a new SIM after the caller's check mismatched is held" 1
n "the same SIM after a match is not" 2
a "a 2FA reset after verificado false is held" 3
n "a 2FA reset after a failed then a passed check is not" 4
a "an ownership transfer with the requester never verified is held" 5
n "the same transfer with the requester verified is not" 6
a "a login e-mail changed after a denied check is held" 7
n "a case opened after a denied check is not" 8
a "a PIN reset after a failed check is held" 9
n "a PIN reset after a failed diagnostic (no check of a person) is not" 10
a "a SIM activated with the record's identity_verified false is held" 11
n "verification_required false is no outcome" 12
a "a SIM after a check that says in prose it failed is held" 13
n "a SIM after a check that says in prose it passed is not" 14
a "a 2FA reset after a result sentence saying it failed is held" 15
n "a 2FA reset after a result sentence saying it passed is not" 16
printf 'version: 1\nrules:\n  - id: v\n    action: hold\n    tools: ["*"]\n    identity_check: maybe\n' >"$T_TMP/p.yaml"
t_status "identity_check other than failed: exit 2" 2 rl monitor --policy "$T_TMP/p.yaml" "$DATA/monitor/identity18.jsonl"
t_grep "identity_check other than failed: located message" "p.yaml:6:.*identity_check takes 'failed'" "$T_TMP/err"
t_done
