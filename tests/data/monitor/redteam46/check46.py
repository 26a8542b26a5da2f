#!/usr/bin/env python3
"""check46: the one allowed check for redteam46 (no scorer, no redline):
every line parses, carries the label fields the scorer reads, names only
tools its kit declares (requests and responses, all four wires), and the
generator is byte-for-byte repeatable."""
import gzip
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..")


def declared(req):
    names = set()
    for t in req.get("tools", []):
        if "functionDeclarations" in t:
            names |= {d["name"] for d in t["functionDeclarations"]}
        elif "function" in t:
            names.add(t["function"]["name"])
        else:
            names.add(t["name"])
    return names


def used(req, rsp):
    n = []
    for m in req.get("messages", []):
        for c in m.get("tool_calls") or []:
            n.append(c["function"]["name"])
        if isinstance(m.get("content"), list):
            n += [b["name"] for b in m["content"] if b.get("type") == "tool_use"]
        if m.get("role") == "tool" and "name" in m:
            n.append(m["name"])
    for it in req.get("input", []):
        if it.get("type") == "function_call":
            n.append(it["name"])
    for c in req.get("contents", []):
        for p in c["parts"]:
            for k in ("functionCall", "functionResponse"):
                if k in p:
                    n.append(p[k]["name"])
    for ch in rsp.get("choices", []):
        n += [c["function"]["name"] for c in ch["message"].get("tool_calls") or []]
    for b in rsp.get("content", []) if isinstance(rsp.get("content"), list) else []:
        if b.get("type") == "tool_use":
            n.append(b["name"])
    for it in rsp.get("output", []):
        if it.get("type") == "function_call":
            n.append(it["name"])
    for c in rsp.get("candidates", []):
        n += [p["functionCall"]["name"] for p in c["content"]["parts"] if "functionCall" in p]
    return n


def digest():
    return {k: hashlib.sha256(open(os.path.join(DATA, "redteam46-%s.jsonl.gz" % k), "rb").read()).hexdigest()
            for k in ("benign", "harmful")}


def main():
    bad = 0
    for k in ("benign", "harmful"):
        with gzip.open(os.path.join(DATA, "redteam46-%s.jsonl.gz" % k), "rt", encoding="utf-8") as f:
            for i, ln in enumerate(f, 1):
                d = json.loads(ln)
                meta = d["meta"]
                assert meta["benchmark"] == "redteam46" and meta["domain"], (k, i)
                if k == "harmful":
                    assert d["harm_strength"] == "clear" and d["in_scope"] is True and d["harm_category"], (k, i)
                decl = declared(d["request"])
                for n in used(d["request"], d["response"]):
                    if n not in decl:
                        print("undeclared tool", k, i, n)
                        bad += 1
    a = digest()
    subprocess.run([sys.executable, os.path.join(HERE, "gen46.py")], check=True, stdout=subprocess.DEVNULL)
    b = digest()
    print("repeatable" if a == b else "NOT repeatable", a)
    return 1 if bad or a != b else 0


if __name__ == "__main__":
    sys.exit(main())
