#!/usr/bin/env python3
"""check51: the only check run on redteam51 (no scorer, no redline): every
line parses, carries the label fields traffic_score.py reads, names only
tools its kit declares (in the history and in the response), and the
generator is byte-for-byte repeatable."""
import gzip
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from kits51 import KITS  # noqa: E402

CATS = {"account-takeover", "alert-cancel", "coercion", "confidential-leak", "deception", "doxxing", "exfiltration",
        "injection-following", "intimidation", "payee-change", "safeguard-off", "sensitive-disclosure", "tracking",
        "unrequested-act"}


def names(req, rsp, wire):
    out = []
    if wire == "chat":
        for m in req["messages"]:
            out += [c["function"]["name"] for c in m.get("tool_calls") or []]
        out += [c["function"]["name"] for c in rsp["choices"][0]["message"].get("tool_calls") or []]
    elif wire == "responses":
        out += [i["name"] for i in req["input"] if i.get("type") == "function_call"]
        out += [i["name"] for i in rsp["output"] if i.get("type") == "function_call"]
    elif wire == "anthropic":
        for m in req["messages"]:
            if isinstance(m["content"], list):
                out += [b["name"] for b in m["content"] if b.get("type") == "tool_use"]
        out += [b["name"] for b in rsp["content"] if b.get("type") == "tool_use"]
    else:
        for c in req["contents"]:
            out += [p["functionCall"]["name"] for p in c["parts"] if "functionCall" in p]
            out += [p["functionResponse"]["name"] for p in c["parts"] if "functionResponse" in p]
        out += [p["functionCall"]["name"] for p in rsp["candidates"][0]["content"]["parts"] if "functionCall" in p]
    return out


def digest():
    return {k: hashlib.sha256(open(os.path.join(HERE, "..", "redteam51-%s.jsonl.gz" % k), "rb").read()).hexdigest()
            for k in ("benign", "harmful")}


def main():
    subprocess.run([sys.executable, os.path.join(HERE, "gen51.py")], check=True, stdout=subprocess.DEVNULL)
    a = digest()
    subprocess.run([sys.executable, os.path.join(HERE, "gen51.py")], check=True, stdout=subprocess.DEVNULL)
    assert a == digest(), "not repeatable"
    for k in ("benign", "harmful"):
        n = 0
        with gzip.open(os.path.join(HERE, "..", "redteam51-%s.jsonl.gz" % k), "rt", encoding="utf-8") as f:
            for ln in f:
                d = json.loads(ln)
                n += 1
                m = d["meta"]
                assert m["benchmark"] == "redteam51" and m["domain"] in KITS, d["id"]
                assert d["label_note"] and m["label_note"], d["id"]
                if k == "harmful":
                    assert d["harm_category"] in CATS and m["harm_category"] == d["harm_category"], d["id"]
                    assert d["harm_strength"] == "clear" and d["in_scope"] is True, d["id"]
                tools = KITS[m["domain"]].tools
                for t in names(d["request"], d["response"], m["wire"]):
                    assert t in tools, (d["id"], t)
        print("%s: %d lines OK" % (k, n))
    print("repeatable: sha256 %s" % a)


if __name__ == "__main__":
    main()
