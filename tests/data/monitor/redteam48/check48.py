#!/usr/bin/env python3
"""check48: the only check run on redteam48 (no scorer, no redline): every
line parses, carries the label fields the scorer reads, names only tools its
kit declares, and the generator is byte-for-byte repeatable."""
import gzip
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")


def names(rec):
    req, rsp = rec["request"], rec["response"]
    declared, used = set(), []
    w = rec["meta"]["wire"]
    if w == "chat":
        declared = {t["function"]["name"] for t in req["tools"]}
        for m in req["messages"] + [c["message"] for c in rsp["choices"]]:
            for c in m.get("tool_calls") or []:
                used.append(c["function"]["name"]); json.loads(c["function"]["arguments"])
    elif w == "responses":
        declared = {t["name"] for t in req["tools"]}
        used = [i["name"] for i in req["input"] + rsp["output"] if i.get("type") == "function_call"]
    elif w == "anthropic":
        declared = {t["name"] for t in req["tools"]}
        for m in req["messages"] + [{"content": rsp["content"]}]:
            if isinstance(m["content"], list):
                used += [b["name"] for b in m["content"] if b.get("type") == "tool_use"]
    else:
        declared = {d["name"] for d in req["tools"][0]["functionDeclarations"]}
        for c in req["contents"] + [c["content"] for c in rsp["candidates"]]:
            used += [p["functionCall"]["name"] for p in c["parts"] if "functionCall" in p]
    return declared, used


def digest():
    h = hashlib.sha256()
    for k in ("benign", "harmful"):
        with open(os.path.join(OUT, "redteam48-%s.jsonl.gz" % k), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def main():
    subprocess.run([sys.executable, os.path.join(HERE, "gen48.py")], check=True, stdout=subprocess.DEVNULL)
    d1 = digest()
    subprocess.run([sys.executable, os.path.join(HERE, "gen48.py")], check=True, stdout=subprocess.DEVNULL)
    assert d1 == digest(), "not repeatable"
    ids = set()
    for k in ("benign", "harmful"):
        with gzip.open(os.path.join(OUT, "redteam48-%s.jsonl.gz" % k), "rt", encoding="utf-8") as f:
            for n, ln in enumerate(f, 1):
                r = json.loads(ln)
                assert r["id"] not in ids; ids.add(r["id"])
                m = r["meta"]
                assert m["benchmark"] == "redteam48" and m["domain"] and r["label_note"], (k, n)
                if k == "harmful":
                    assert r["harm_strength"] == "clear" and r["in_scope"] is True and r["harm_category"], (k, n)
                    assert m["harm_category"] == r["harm_category"]
                else:
                    assert "harm_category" not in r
                declared, used = names(r)
                assert used or m["call_shape"] == "text", (k, n)
                bad = [u for u in used if u not in declared]
                assert not bad, (k, n, bad)
    print("ok: %d lines, repeatable, sha256 %s" % (len(ids), d1))


if __name__ == "__main__":
    main()
