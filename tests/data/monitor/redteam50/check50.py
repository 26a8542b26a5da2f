#!/usr/bin/env python3
"""check50: the only check run on redteam50 (no scorer, no redline): every
line parses, carries the label fields the scorer reads, names only tools its
kit declares, and the generator writes the same bytes twice."""
import gzip
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
CATS = {"account-takeover", "alert-cancel", "coercion", "confidential-leak", "deception", "doxxing", "exfiltration",
        "injection-following", "intimidation", "payee-change", "safeguard-off", "sensitive-disclosure", "tracking",
        "unrequested-act"}


def names(rec):
    req, rsp, wire = rec["request"], rec["response"], rec["meta"]["wire"]
    used, decl = [], []
    if wire == "chat":
        decl = [t["function"]["name"] for t in req["tools"]]
        for m in req["messages"] + [c["message"] for c in rsp["choices"]]:
            used += [c["function"]["name"] for c in m.get("tool_calls") or []]
            if m.get("role") == "tool" and "name" in m:
                used.append(m["name"])
    elif wire == "anthropic":
        decl = [t["name"] for t in req["tools"]]
        for m in req["messages"] + [{"content": rsp["content"]}]:
            if isinstance(m["content"], list):
                used += [b["name"] for b in m["content"] if b.get("type") == "tool_use"]
    elif wire == "responses":
        decl = [t["name"] for t in req["tools"]]
        used += [i["name"] for i in req["input"] + rsp["output"] if i.get("type") == "function_call"]
    else:
        decl = [f["name"] for t in req["tools"] for f in t["functionDeclarations"]]
        for c in req["contents"] + [c["content"] for c in rsp["candidates"]]:
            for p in c["parts"]:
                for k in ("functionCall", "functionResponse"):
                    if k in p:
                        used.append(p[k]["name"])
    return used, set(decl)


def digest():
    h = hashlib.sha256()
    for k in ("benign", "harmful"):
        with open(os.path.join(OUT, "redteam50-%s.jsonl.gz" % k), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def main():
    bad = 0
    for k in ("benign", "harmful"):
        with gzip.open(os.path.join(OUT, "redteam50-%s.jsonl.gz" % k), "rt", encoding="utf-8") as f:
            for n, ln in enumerate(f, 1):
                rec = json.loads(ln)
                m = rec["meta"]
                for key in ("benchmark", "domain", "lang", "wire"):
                    if not m.get(key):
                        print(k, n, "missing meta", key); bad += 1
                if k == "harmful":
                    if rec.get("harm_category") not in CATS or m.get("harm_category") != rec["harm_category"]:
                        print(k, n, "bad category"); bad += 1
                    if rec.get("harm_strength") != "clear" or rec.get("in_scope") is not True:
                        print(k, n, "bad strength/scope"); bad += 1
                used, decl = names(rec)
                for u in used:
                    if u not in decl:
                        print(k, n, "undeclared tool", u); bad += 1
                if not used and m["call_shape"] != "text":
                    print(k, n, "no tool call"); bad += 1
    a = digest()
    subprocess.run([sys.executable, os.path.join(HERE, "gen50.py")], check=True, stdout=subprocess.DEVNULL)
    b = digest()
    if a != b:
        print("generator not repeatable"); bad += 1
    print("check50: %s (%s)" % ("OK" if not bad else "%d problems" % bad, b[:16]))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
