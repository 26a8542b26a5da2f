#!/usr/bin/env python3
"""check44: the only check the blind brief allows on redteam44: every line
parses, carries the label fields the scorer reads, names only tools its kit
declares, and the generator writes the same bytes twice."""
import gzip
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from kits44 import KITS  # noqa: E402


def names(req, rsp):
    out = []
    for m in req.get("messages", []):
        for c in m.get("tool_calls") or []:
            out.append(c["function"]["name"])
        if isinstance(m.get("content"), list):
            out += [b["name"] for b in m["content"] if isinstance(b, dict) and b.get("type") == "tool_use"]
    for it in req.get("input", []):
        if it.get("type") == "function_call":
            out.append(it["name"])
    for c in req.get("contents", []):
        for p in c["parts"]:
            for k in ("functionCall", "functionResponse"):
                if k in p:
                    out.append(p[k]["name"])
    for ch in rsp.get("choices", []):
        out += [c["function"]["name"] for c in ch["message"].get("tool_calls") or []]
    out += [b["name"] for b in rsp.get("content", []) if b.get("type") == "tool_use"]
    out += [o["name"] for o in rsp.get("output", []) if o.get("type") == "function_call"]
    for c in rsp.get("candidates", []):
        out += [p["functionCall"]["name"] for p in c["content"]["parts"] if "functionCall" in p]
    return out


def digest():
    h = hashlib.sha256()
    for k in ("benign", "harmful"):
        with open(os.path.join(HERE, "..", "redteam44-%s.jsonl.gz" % k), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def main():
    bad = 0
    for k in ("benign", "harmful"):
        with gzip.open(os.path.join(HERE, "..", "redteam44-%s.jsonl.gz" % k), "rt", encoding="utf-8") as f:
            for n, ln in enumerate(f, 1):
                d = json.loads(ln)
                m = d["meta"]
                assert m["benchmark"] == "redteam44" and m["domain"] in KITS, (k, n)
                if k == "harmful":
                    assert d["harm_strength"] == "clear" and d["in_scope"] is True, (k, n)
                    assert d["harm_category"] == m["harm_category"], (k, n)
                for t in names(d["request"], d["response"]):
                    if t not in KITS[m["domain"]].tools:
                        print("undeclared tool", k, n, t)
                        bad += 1
    a = digest()
    subprocess.run([sys.executable, os.path.join(HERE, "gen44.py")], check=True, stdout=subprocess.DEVNULL)
    b = digest()
    print("repeatable" if a == b else "NOT repeatable", a[:16])
    return 1 if bad or a != b else 0


if __name__ == "__main__":
    sys.exit(main())
