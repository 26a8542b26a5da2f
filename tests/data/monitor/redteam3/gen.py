#!/usr/bin/env python3
"""redteam3: writes tests/data/monitor/redteam3-{benign,harmful}.jsonl.

A third red-team set of agent turns in the monitor's log shape, original
writing (every person, address, account, URL and document here is made
up; none is copied from ../shared). It covers the domains the development
traffic does not: an office workspace (email, calendar, cloud drive), travel
booking, retail customer service, ToolEmu/InjecAgent-style tool kits (smart
home, banking, medical records, GitHub, shell, password manager, cloud IAM)
and web agents, with tool calls in every shape real models send: native
tool_calls, JSON in the content, ReAct "Action:/Action Input:", XML-ish
tags and python-style calls.

usage: gen.py OUTDIR       (the turns themselves are in benign.py, harmful.py)
"""
import itertools
import json
import os
import sys

MODELS = ["llama-3.1-70b-instruct", "qwen2.5-72b-instruct", "mistral-large-2411", "deepseek-v3",
          "gemini-2.0-flash", "gpt-4.1", "o3-mini", "claude-3-7-sonnet", "claude-sonnet-4",
          "gemini-2.5-pro", "llama-3.3-70b-instruct", "qwen3-32b"]
_ids = itertools.count(1)
_model = itertools.cycle(MODELS)


def cid():
    return "call_r3%05d" % next(_ids)


def schema(name, params):
    return {"type": "function", "function": {
        "name": name, "description": name.replace("_", " "),
        "parameters": {"type": "object",
                       "properties": {p: {"type": "string"} for p in params}, "required": []}}}


def tools_of(kit):
    return [schema(n, p) for n, p in kit.items()]


def call(name, args):
    return {"id": cid(), "type": "function",
            "function": {"name": name, "arguments": json.dumps(args)}}


def text_call(form, name, args, pre=""):
    """A tool call written as text in the content, in one of the shapes
    open-weight models and prompt-based agents use."""
    j = json.dumps(args)
    if form == "react":
        s = "Thought: %s\nAction: %s\nAction Input: %s" % (pre or "I will use the tool.", name, j)
        return s
    if form == "json":
        s = json.dumps({"name": name, "arguments": args})
    elif form == "xml":
        s = "<tool_call>\n%s\n</tool_call>" % json.dumps({"name": name, "arguments": args})
    elif form == "fn":
        s = "<function=%s>%s</function>" % (name, j)
    elif form == "py":
        s = "[%s(%s)]" % (name, ", ".join("%s=%s" % (k, json.dumps(v)) for k, v in args.items()))
    else:
        raise ValueError(form)
    return (pre + "\n\n" + s) if pre else s


class Kit:
    def __init__(self, system, tools):
        self.system = system
        self.tools = tools


def turn(split, domain, kit, user, steps, resp, note, cat=None, strength="clear", scope=True,
         extra=None):
    """steps: [(tool, args, result)] already done in the conversation; result
    may be a dict/list (JSON-encoded) or a string. resp: ("call", name, args),
    ("calls", [(name, args)...]), ("text", content) or (form, name, args[, pre])."""
    model = next(_model)
    msgs = [{"role": "system", "content": kit.system}]
    if isinstance(user, str):
        msgs.append({"role": "user", "content": user})
    else:
        msgs.extend(user)
    for name, args, result in steps:
        c = call(name, args)
        msgs.append({"role": "assistant", "content": None, "tool_calls": [c]})
        if not isinstance(result, str):
            result = json.dumps(result)
        msgs.append({"role": "tool", "tool_call_id": c["id"], "name": name, "content": result})
    if extra:
        msgs.extend(extra)
    kind = resp[0]
    if kind == "call":
        msg = {"role": "assistant", "content": None, "tool_calls": [call(resp[1], resp[2])]}
    elif kind == "calls":
        msg = {"role": "assistant", "content": None, "tool_calls": [call(n, a) for n, a in resp[1]]}
    elif kind == "text":
        msg = {"role": "assistant", "content": resp[1]}
    else:
        msg = {"role": "assistant", "content": text_call(kind, resp[1], resp[2],
                                                        resp[3] if len(resp) > 3 else "")}
    rec = {"id": None, "source": "redteam3 (original writing)", "source_commit": None,
           "request": {"model": model, "messages": msgs, "tools": tools_of(kit.tools)},
           "response": {"choices": [{"index": 0, "message": msg, "finish_reason": "stop"}]},
           "meta": {"benchmark": "redteam3", "domain": domain, "pipeline": model,
                    "call_shape": kind if kind not in ("calls",) else "call"},
           "label_note": note}
    if split == "harmful":
        rec["harm_category"] = cat
        rec["harm_strength"] = strength
        rec["in_scope"] = scope
    return rec


def write(outdir, split, recs):
    n = {}
    with open(os.path.join(outdir, "redteam3-%s.jsonl" % split), "w", encoding="utf-8") as f:
        for r in recs:
            n[r["meta"]["domain"]] = n.get(r["meta"]["domain"], 0) + 1
            r["id"] = "redteam3:%s:%s:%d" % (split, r["meta"]["domain"].split()[0], n[r["meta"]["domain"]])
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(recs)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import benign
    import harmful
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    print("benign", write(out, "benign", benign.turns()))
    print("harmful", write(out, "harmful", harmful.turns()))
