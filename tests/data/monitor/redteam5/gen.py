#!/usr/bin/env python3
"""redteam5: writes tests/data/monitor/redteam5-{benign,harmful}.jsonl.

A fifth red-team set of agent turns in the monitor's log shape, original
writing (every person, address, account, host, URL and document is made
up, with .example/.test names; nothing is copied from ../shared), written
and scored with the default policy before any rule was changed for it.

Domains none of redteam1-4 has: freight dispatch with refrigerated-trailer
telemetry, law-firm client intake, cloud administration through the gcloud
and az command lines, payroll, a university lab's research assistant, a
personal assistant with calendar, contacts and texts, a coding agent on an
npm monorepo with the gh CLI, telehealth scheduling and prescriptions, a
title company's closing desk, and a building-management (BMS) agent.

Wire shapes: Chat Completions (several tool_calls in one message, in the
history and in the answer), the Responses API's items, Anthropic Messages
tool_use, Gemini generateContent (contents with functionCall and
functionResponse parts, systemInstruction; candidates in the answer), and
calls written as text: an MCP tools/call request, ReAct, and a
python-style call.

usage: gen.py OUTDIR       (the turns are in benign.py and harmful.py)
"""
import itertools
import json
import os
import sys

MODELS = ["gpt-4.1-2025-04-14", "claude-sonnet-4", "gemini-2.5-pro", "o4-mini", "llama-3.3-70b-instruct",
          "qwen2.5-72b-instruct", "mistral-large-2411", "deepseek-v3", "gemini-2.0-flash", "claude-3-7-sonnet",
          "gpt-4o-mini", "nova-pro", "command-a", "granite-3.3-8b"]
_ids = itertools.count(1)
_model = itertools.cycle(MODELS)
_shape = itertools.cycle(["chat", "gemini", "responses", "anthropic"])


class Kit:
    def __init__(self, system, tools):
        self.system = system
        self.tools = tools  # name -> [param names]


def _steps(steps):
    """Each step is (name, args, result) or a list of them (parallel calls)."""
    for s in steps:
        yield s if isinstance(s, list) else [s]


def _calls(resp):
    """("call", name, args[, prose]) or ("calls", [(name, args), ...][, prose])."""
    if resp[0] == "call":
        return [(resp[1], resp[2])], resp[3] if len(resp) > 3 else None
    return list(resp[1]), resp[2] if len(resp) > 2 else None


def text_call(form, name, args, pre=""):
    """A tool call written as text in the answer."""
    if form == "mcp":
        s = json.dumps({"jsonrpc": "2.0", "id": next(_ids), "method": "tools/call",
                        "params": {"name": name, "arguments": args}}, indent=1)
    elif form == "react":
        s = "Action: %s\nAction Input: %s" % (name, json.dumps(args))
        pre = "Thought: " + (pre or "I will do that now.")
        return pre + "\n" + s
    elif form == "py":
        s = "```python\n%s(%s)\n```" % (name, ", ".join("%s=%s" % (k, json.dumps(v)) for k, v in args.items()))
    else:
        raise ValueError(form)
    return (pre + "\n\n" + s) if pre else s


def _text(resp):
    if resp[0] == "text":
        return resp[1]
    return text_call(resp[0], resp[1], resp[2], resp[3] if len(resp) > 3 else "")


def _chat(kit, user, steps, resp, model):
    msgs = [{"role": "system", "content": kit.system}]
    msgs.extend([{"role": "user", "content": user}] if isinstance(user, str) else user)
    for par in _steps(steps):
        cs = [{"id": "call_r5%05d" % next(_ids), "type": "function",
               "function": {"name": n, "arguments": json.dumps(a)}} for n, a, _ in par]
        msgs.append({"role": "assistant", "content": None, "tool_calls": cs})
        for c, (n, _, r) in zip(cs, par):
            msgs.append({"role": "tool", "tool_call_id": c["id"],
                         "content": r if isinstance(r, str) else json.dumps(r)})
    if resp[0] in ("call", "calls"):
        calls, prose = _calls(resp)
        msg = {"role": "assistant", "content": prose,
               "tool_calls": [{"id": "call_r5%05d" % next(_ids), "type": "function",
                               "function": {"name": n, "arguments": json.dumps(a)}} for n, a in calls]}
        fin = "tool_calls"
    else:
        msg = {"role": "assistant", "content": _text(resp)}
        fin = "stop"
    tools = [{"type": "function", "function": {"name": n, "parameters": {"type": "object",
              "properties": {p: {"type": "string"} for p in ps}}}} for n, ps in kit.tools.items()]
    return ({"model": model, "messages": msgs, "tools": tools, "parallel_tool_calls": True},
            {"id": "chatcmpl-r5", "object": "chat.completion", "model": model,
             "choices": [{"index": 0, "message": msg, "finish_reason": fin}]})


def _responses(kit, user, steps, resp, model):
    inp = [{"role": "user", "content": user}] if isinstance(user, str) else list(user)
    for par in _steps(steps):
        ids = ["fc_r5%05d" % next(_ids) for _ in par]
        for c, (n, a, _) in zip(ids, par):
            inp.append({"type": "function_call", "call_id": c, "name": n, "arguments": json.dumps(a)})
        for c, (_, _, r) in zip(ids, par):
            inp.append({"type": "function_call_output", "call_id": c,
                        "output": r if isinstance(r, str) else json.dumps(r)})
    out = []
    if resp[0] in ("call", "calls"):
        calls, prose = _calls(resp)
        if prose:
            out.append({"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": prose}]})
        for n, a in calls:
            out.append({"type": "function_call", "call_id": "fc_r5%05d" % next(_ids), "name": n,
                        "arguments": json.dumps(a)})
    else:
        out.append({"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": _text(resp)}]})
    tools = [{"type": "function", "name": n, "parameters": {"type": "object",
              "properties": {p: {"type": "string"} for p in ps}}} for n, ps in kit.tools.items()]
    return ({"model": model, "instructions": kit.system, "input": inp, "tools": tools},
            {"id": "resp_r5", "object": "response", "model": model, "status": "completed", "output": out})


def _anthropic(kit, user, steps, resp, model):
    msgs = [{"role": "user", "content": user}] if isinstance(user, str) else list(user)
    for par in _steps(steps):
        ids = ["toolu_r5%05d" % next(_ids) for _ in par]
        msgs.append({"role": "assistant", "content": [{"type": "tool_use", "id": c, "name": n, "input": a}
                                                      for c, (n, a, _) in zip(ids, par)]})
        msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": c,
                                                  "content": r if isinstance(r, str) else json.dumps(r)}
                                                 for c, (_, _, r) in zip(ids, par)]})
    content = []
    if resp[0] in ("call", "calls"):
        calls, prose = _calls(resp)
        if prose:
            content.append({"type": "text", "text": prose})
        for n, a in calls:
            content.append({"type": "tool_use", "id": "toolu_r5%05d" % next(_ids), "name": n, "input": a})
        stop = "tool_use"
    else:
        content.append({"type": "text", "text": _text(resp)})
        stop = "end_turn"
    tools = [{"name": n, "input_schema": {"type": "object", "properties": {p: {"type": "string"} for p in ps}}}
             for n, ps in kit.tools.items()]
    return ({"model": model, "system": kit.system, "messages": msgs, "tools": tools, "max_tokens": 4096},
            {"id": "msg_r5", "type": "message", "role": "assistant", "model": model, "content": content,
             "stop_reason": stop})


def _gemini(kit, user, steps, resp, model):
    def parts_of(u):
        return [{"text": u}] if isinstance(u, str) else [{"text": u}]
    contents = []
    if isinstance(user, str):
        contents.append({"role": "user", "parts": [{"text": user}]})
    else:
        for m in user:
            contents.append({"role": "model" if m["role"] == "assistant" else "user", "parts": parts_of(m["content"])})
    for k, par in enumerate(_steps(steps)):
        contents.append({"role": "model", "parts": [{"functionCall": {"name": n, "args": a}} for n, a, _ in par]})
        # both roles occur in real logs: "function" (older REST examples) and "user"
        contents.append({"role": "function" if k % 2 else "user",
                         "parts": [{"functionResponse": {"name": n, "response": {"result": r}}} for n, _, r in par]})
    if resp[0] in ("call", "calls"):
        calls, prose = _calls(resp)
        parts = ([{"text": prose}] if prose else []) + [{"functionCall": {"name": n, "args": a}} for n, a in calls]
    else:
        parts = [{"text": _text(resp)}]
    tools = [{"functionDeclarations": [{"name": n, "parameters": {"type": "OBJECT",
              "properties": {p: {"type": "STRING"} for p in ps}}} for n, ps in kit.tools.items()]}]
    return ({"model": model, "systemInstruction": {"parts": [{"text": kit.system}]}, "contents": contents,
             "tools": tools},
            {"candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "index": 0}],
             "modelVersion": model})


WIRES = {"chat": _chat, "responses": _responses, "anthropic": _anthropic, "gemini": _gemini}


def turn(split, domain, kit, user, steps, resp, note, cat=None, strength="clear", scope=True, wire=None):
    """steps: earlier calls with their results; resp: ("call", name, args[, prose]),
    ("calls", [(name, args), ...][, prose]) for parallel calls, ("text", answer), or
    (form, name, args[, prose]) for a call written as text (mcp, react, py).
    The wire rotates unless given."""
    model = next(_model)
    w = wire or next(_shape)
    req, rsp = WIRES[w](kit, user, steps, resp, model)
    rec = {"id": None, "source": "redteam5 (original writing)", "source_commit": None,
           "request": req, "response": rsp,
           "meta": {"benchmark": "redteam5", "domain": domain, "pipeline": model, "wire": w,
                    "call_shape": resp[0]},
           "label_note": note}
    if split == "harmful":
        rec["harm_category"] = cat
        rec["harm_strength"] = strength
        rec["in_scope"] = scope
    return rec


def write(outdir, split, recs):
    n = {}
    with open(os.path.join(outdir, "redteam5-%s.jsonl" % split), "w", encoding="utf-8") as f:
        for r in recs:
            d = r["meta"]["domain"].split()[0]
            n[d] = n.get(d, 0) + 1
            r["id"] = "redteam5:%s:%s:%d" % (split, d, n[d])
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(recs)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import benign
    import harmful
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    print("benign", write(out, "benign", benign.turns()))
    print("harmful", write(out, "harmful", harmful.turns()))
