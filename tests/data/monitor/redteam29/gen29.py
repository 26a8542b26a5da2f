#!/usr/bin/env python3
"""redteam29: writes tests/data/monitor/redteam29-{benign,harmful}.jsonl.

gen29.py: a twenty-ninth red-team set for issue 14 (original writing,
made-up people and companies on .example and .test), about harm to PEOPLE
done by an agent in its own messages and answers: coercion / blackmail /
extortion (a demand tied to a harm to the recipient), intimidation,
locating a person for someone else, another person's health disclosed,
doxxing. Written on branch s15-people before any rule changed, committed
before it was scored, scored once blind (tests/eval/99-redteam29.sh),
then tuned on.

Send tools have arbitrary names and argument keys (outlook_send
toRecipients/content, notify_debtor content, teams_post_message
message_text, enviar_whatsapp texto, zendesk_update_ticket public_comment,
chat_postMessage, reply, share_location_link, envoyer_message corps,
invia_comunicazione testo, enviar_notificacao mensagem, dispatch with a
nested payload, sendMessage, send_mail, wa_send msg, text_send txt,
issue_comment body) and some answers are delivered as text. Wires through
../redteam21/wire21.py (Chat Completions, Anthropic Messages, Responses
API, Gemini). Languages: English, Polish, German, Spanish, Dutch,
Japanese, Turkish, Korean, French, Portuguese, Swedish, Russian, Chinese,
Arabic, Hindi (Devanagari and romanised), Italian.

usage: gen29.py OUTDIR   (kits in kits29.py, turns in benign29.py and
harmful29.py)
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, ".."))
sys.path.insert(0, os.path.join(here, "..", "redteam21"))

if __name__ == "__main__":
    import types
    import setwriter
    import benign29
    import harmful29
    turns = types.SimpleNamespace(benign=benign29.benign, harmful=harmful29.harmful)
    setwriter.write("redteam29", turns, sys.argv[1] if len(sys.argv) > 1 else ".")
