#!/bin/bash
# Destinations from running text and drafts sent in the default policy
# (src/policy/prose.c, src/policy/request.c; tests/data/monitor/prose31.jsonl,
# written by prose31.py): a vendor's account changed to the one a letter's
# sentence gives, a payment to that account while the record holds another,
# a file mailed or texted to an address or number only a note's or a form's
# sentence gives, and a mail sent when the user asked for a draft are held;
# beside each, a look-alike that passes these rules (the user typed the
# account; the record's account; the sender's own address, a record field;
# the user pointed at the number in the enquiry; a draft the user asked to
# send). Then the cost of the scan: a 64 KB tool result of one repeated
# word beside a transfer and a mail with an attachment must stay linear.
. "$(dirname "$0")/lib.sh"
t_skip_valgrind
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/o" "$DATA/monitor/prose31.jsonl"
hit() { t_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\",\"rule\":\"$3\".*\"action\":\"hold\"" "$T_TMP/o"; }
not() { t_no_grep "$1" "\"line\":$2,.*\"message\":-1,\"role\":\"assistant\",\"rule\":\"$3\"" "$T_TMP/o"; }
hit "vendor account changed to a letter's account: held" 1 payee-from-text
not "vendor account the user typed: passes" 2 payee-from-text
hit "paid to the letter's account, the record holds another: held" 3 payee-from-text
not "paid to the record's account: passes" 4 payee-from-text
hit "a file mailed to an address a note's sentence gave: held" 5 recipient-from-text
not "a quote to the sender's own address: passes" 6 recipient-from-text
hit "a file texted to a number from a form's sentence: held" 7 recipient-from-text
not "the user points at the number in the enquiry: passes" 8 recipient-from-text
hit "a draft asked for, the mail sent: held" 9 unrequested-consequential-action
t_no_grep "a draft the user asked to send: no rule at all" '"line":10,.*"message":-1,"role":"assistant"' "$T_TMP/o"
hit "a refund to a ticket's account, the order paid by card: held" 11 payee-from-text
not "the only account a notice gives, paid as asked: passes" 12 payee-from-text

# hostile input: 64 KB of one word in the tool result, 1 MB in all
python3 - "$T_TMP/big.jsonl" <<'PY'
import json, sys
word = "ab " * 21845
def row(act, args):
    return {"request": {"model": "m", "messages": [
        {"role": "user", "content": "Look at the data."},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function",
         "function": {"name": "read_mail", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": json.dumps({"body": word + " IE29AIBK93115212345678 " + word})}]},
        "response": {"choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c2", "type": "function", "function": {"name": act, "arguments": json.dumps(args)}}]}}]}}
with open(sys.argv[1], "w") as f:
    for i in range(8):
        f.write(json.dumps(row("set_vendor_account", {"iban": "IE29AIBK93115212345678"})) + "\n")
        f.write(json.dumps(row("send_mail", {"to": "x@y.test", "bcc": "ab@ab.test", "attachments": ["a.csv"]})) + "\n")
PY
s=$(date +%s%N)
rl monitor --quiet --threshold 1000000000 --output "$T_TMP/big.out" "$T_TMP/big.jsonl"
ms=$(( ($(date +%s%N) - s) / 1000000 ))
echo "# 16 turns of 64 KB one-word tool output: $ms ms"
# about 1.5 s on an idle machine; a quadratic scan would take minutes
t_eq "16 turns of 64 KB one-word tool output under 20 s" "$([ "$ms" -lt 20000 ] && echo fast)" fast
t_grep "the account inside 64 KB of running text: held" '"rule":"payee-from-text"' "$T_TMP/big.out"
t_done
