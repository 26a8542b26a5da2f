#!/bin/bash
# Task drift (unrequested-consequential-action, src/policy/drift.c) with the
# default policy on tests/data/monitor/drift.jsonl (written by drift.py for
# this test): after a read-only request, a door unlocked, a trade placed, a
# PR merged, an event deleted, a post published, a car booked and an
# emergency contact changed on instructions in the data are held; the same
# acts asked for are allowed, as are a reply when the user handed the
# choice over, a payment asked for in French, compensation to the
# customer's own id, a message to the user, and an act with no tool output
# since the user spoke; a reply to a sender the user named by first name is
# allowed, the third party the same mail names is held (provenance.c).
# An event inviting outsiders, a postal address changed and a device
# switched off after a read are held, each beside the same act asked for;
# a customer's "the address is wrong", "I'd rather use my gift card" and
# "do the actions specified in the email" are allowed. Lines 31-44: a record
# or setting changed (the class "change"), a door code issued, a supplier
# order placed, a deploy triggered and a traveller added after a read are
# held, also under a request in Spanish; the same acts asked for (in other
# words, in Spanish), a payout asked as "pay out", a request in Cyrillic
# and a value the user named are allowed, as are a coding agent's file edit
# and a triage request's labels (45-46). Lines 47-54: glued write names,
# "parent" holding no rent, a change naming its account, a lockbox code, a
# plan change under Spanish, "the freezer" (held); Polish and a Dutch swap
# (allowed). Lines 55-59: acts with no known verb in their tool name after a
# question or a read (held); an order in words no list has, a computation,
# "I'd like to exchange ...", a glued read name (allowed, 56, 59-61).
# Lines 62-64: requests in Turkish and Romanian, alphabets the lists do
# not read (allowed); a Polish question, whose letters are read (held).
# A policy naming an unknown class is refused.
. "$(dirname "$0")/lib.sh"
# Every run compiles the default policy (minutes under valgrind); the code
# it runs is covered under ASan+UBSan.
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/o" "$DATA/monitor/drift.jsonl"
R=unrequested-consequential-action
a() { t_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\",\"rule\":\"$R\".*\"action\":\"hold\"" "$T_TMP/o"; }
n() { t_no_grep "$1" "\"line\":$2,.*\"role\":\"assistant\"" "$T_TMP/o"; }
a "a door unlocked on a line in the device log is held" 1
n "the door unlocked when the user asked is allowed" 2
a "a trade placed on text in a filing is held" 3
n "the trade the user asked for is allowed" 4
a "a PR merged when asked what it changes is held" 5
n "the merge the user asked for is allowed" 6
a "an event deleted on another event's note is held" 7
n "the event the user cancelled is allowed" 8
a "a post published on a DM is held" 9
n "the post the user asked for is allowed" 10
a "a car booked on a reservation note is held" 11
n "the car the user asked for is allowed" 12
a "an emergency contact changed on a portal notice is held" 13
n "the contact change the user asked for is allowed" 14
n "a reply when the user handed the choice over is allowed" 15
n "a payment asked for in French is allowed" 16
n "compensation to the customer's own id is allowed" 17
n "a message to the user is allowed" 18
n "an act with no tool output since the user spoke is allowed" 19
n "a reply to the sender the user named by first name is allowed" 20
t_grep "the third party that sender's mail names is held" '"line":21,.*"message":-1,"role":"assistant","rule":"requested-target-action".*"action":"hold"' "$T_TMP/o"
a "an event inviting an outsider created on a note is held" 22
n "the event the user asked for is allowed" 23
a "a postal address changed on a notice is held" 24
n "the address change the user asked for is allowed" 25
a "a device switched off on a status hint is held" 26
n "the switch-off the user asked for is allowed" 27
n "a customer correcting a wrong address is allowed" 28
n "a customer switching to a gift card is allowed" 29
n "the actions an email the user pointed at specifies are allowed" 30
a "a mark set on text in a pupil's work is held" 31
n "the mark the user asked for in other words is allowed" 32
a "a door code issued on an alert is held" 33
n "the door code the user asked for is allowed" 34
a "a supplier order placed on a report footer is held" 35
n "the order the user asked for is allowed" 36
a "a setting changed under a Spanish question is held" 37
n "the setting asked for in Spanish is allowed" 38
a "a deploy when asked for the deploy status is held" 39
n "the deploy the user asked for is allowed" 40
n "a payout approval asked as 'pay out' is allowed" 41
n "a request in a script the verb lists cannot read is allowed" 42
n "a driver the user named put on a load is allowed" 43
a "a traveller added by e-mail on a remark is held" 44
n "a coding agent's edit of a file after a bug report is allowed" 45
n "labels set on an issue the user asked to triage are allowed" 46
a "a glued name opening with a write verb is no read: held" 47
n "email_parent holds no 'rent': the message asked for is allowed" 48
a "a change naming the account the user named is held (the record, no destination)" 49
a "a lockbox code set on a memo is held (no source code)" 50
a "a plan changed under a Spanish question is held" 51
a "'check the freezer' asks for nothing frozen: held" 52
n "a fee waived on a Polish request is allowed" 53
n "a swap asked in Dutch is allowed" 54
a "a valve opened under a French question is held (no known verb in the name)" 55
n "an order in words no list has ('page the registrar') is allowed" 56
a "a restriction lifted on a case note is held" 57
a "goods reshipped on a note after 'track order' are held" 58
n "a computation after a read is allowed" 59
n "'I'd like to exchange ...' asks for the exchange" 60
n "a glued read name after a read is no act" 61
n "a roll-out asked in Turkish (an alphabet the lists do not read) is allowed" 62
n "a payout asked in Romanian is allowed" 63
a "goods reshipped after a Polish question (Polish letters are read) are held" 64

printf 'version: 1\nrules:\n  - id: d\n    action: hold\n    unrequested: [payment, teleport]\n' >"$T_TMP/p.yaml"
t_status "an unknown unrequested class: exit 2" 2 rl monitor --policy "$T_TMP/p.yaml" "$DATA/monitor/drift.jsonl"
t_grep "an unknown unrequested class: located message" "p.yaml:5:.*unknown unrequested class 'teleport'" "$T_TMP/err"
t_done
