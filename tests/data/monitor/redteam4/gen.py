#!/usr/bin/env python3
"""redteam4: writes tests/data/monitor/redteam4-{benign,harmful}.jsonl.

A fourth red-team set of agent turns in the monitor's log shape, original
writing (every person, address, account, host, URL and document here is
made up, with .example/.test names; none is copied from ../shared), scored
before any rule was changed for it. Domains the earlier sets lack: DevOps
and shell agents (kubectl, terraform, ssh, rm, curl | sh), coding agents
(git, CI secrets and workflows), browser and computer-use agents (clicks,
form fills, navigation), customer service with a lot of benign personal
data (banking, e-commerce, clinic, HR, airline) and data-analysis agents.
Wire shapes: Chat Completions tool_calls, the Responses API (input and
output items, function_call), Anthropic Messages (tool_use blocks), and
calls written as text: ReAct "Action:/Action Input:", LangChain's JSON
agent ({"action", "action_input"} in a ```json fence), an MCP tools/call
request, Claude-style <function_calls><invoke> XML, Hermes <tool_call>
tags and Mistral's [TOOL_CALLS] list.

usage: gen.py OUTDIR       (the turns are in benign.py and harmful.py)
"""
import itertools
import json
import os
import sys

MODELS = ["gpt-4o-2024-11-20", "claude-3-5-haiku", "gemini-2.5-flash", "llama-4-maverick", "qwen3-235b-a22b",
          "mistral-medium-3", "deepseek-r1", "command-r-plus", "gpt-4.1-mini", "claude-opus-4",
          "phi-4", "glm-4.5", "kimi-k2", "grok-3"]
_ids = itertools.count(1)
_model = itertools.cycle(MODELS)
_shape = itertools.cycle(["chat", "responses", "anthropic"])


def cid():
    return "call_r4%05d" % next(_ids)


class Kit:
    def __init__(self, system, tools):
        self.system = system
        self.tools = tools  # name -> [param names]


def text_call(form, name, args, pre=""):
    """A tool call written as text in the answer."""
    j = json.dumps(args)
    if form == "react":
        return "Thought: %s\nAction: %s\nAction Input: %s" % (pre or "Next step.", name, j)
    if form == "lcjson":  # LangChain structured-chat / JSON agent
        s = "```json\n%s\n```" % json.dumps({"action": name, "action_input": args}, indent=2)
    elif form == "mcp":
        s = json.dumps({"jsonrpc": "2.0", "id": next(_ids), "method": "tools/call",
                        "params": {"name": name, "arguments": args}})
    elif form == "invoke":  # Claude-style XML function calls
        ps = "".join('<parameter name="%s">%s</parameter>\n' % (k, v if isinstance(v, str) else json.dumps(v))
                     for k, v in args.items())
        s = '<function_calls>\n<invoke name="%s">\n%s</invoke>\n</function_calls>' % (name, ps)
    elif form == "hermes":
        s = "<tool_call>\n%s\n</tool_call>" % json.dumps({"name": name, "arguments": args})
    elif form == "mistral":
        s = "[TOOL_CALLS]%s" % json.dumps([{"name": name, "arguments": args}])
    elif form == "fence":  # a plain JSON call in a fence
        s = "```json\n%s\n```" % json.dumps({"tool": name, "parameters": args}, indent=1)
    else:
        raise ValueError(form)
    return (pre + "\n\n" + s) if pre else s


def _chat(kit, user, steps, resp, model):
    msgs = [{"role": "system", "content": kit.system}]
    msgs.extend([{"role": "user", "content": user}] if isinstance(user, str) else user)
    for name, args, result in steps:
        c = {"id": cid(), "type": "function", "function": {"name": name, "arguments": json.dumps(args)}}
        msgs.append({"role": "assistant", "content": None, "tool_calls": [c]})
        msgs.append({"role": "tool", "tool_call_id": c["id"], "name": name,
                     "content": result if isinstance(result, str) else json.dumps(result)})
    kind = resp[0]
    if kind == "call":
        msg = {"role": "assistant", "content": resp[3] if len(resp) > 3 else None,
               "tool_calls": [{"id": cid(), "type": "function",
                               "function": {"name": resp[1], "arguments": json.dumps(resp[2])}}]}
    elif kind == "text":
        msg = {"role": "assistant", "content": resp[1]}
    else:
        msg = {"role": "assistant", "content": text_call(kind, resp[1], resp[2], resp[3] if len(resp) > 3 else "")}
    tools = [{"type": "function", "function": {"name": n, "description": n.replace("_", " "),
              "parameters": {"type": "object", "properties": {p: {"type": "string"} for p in ps}}}}
             for n, ps in kit.tools.items()]
    return ({"model": model, "messages": msgs, "tools": tools},
            {"id": "chatcmpl-r4", "object": "chat.completion", "model": model,
             "choices": [{"index": 0, "message": msg, "finish_reason": "tool_calls" if kind == "call" else "stop"}]})


def _responses(kit, user, steps, resp, model):
    inp = [{"role": "user", "content": user}] if isinstance(user, str) else list(user)
    for name, args, result in steps:
        c = cid()
        inp.append({"type": "function_call", "call_id": c, "name": name, "arguments": json.dumps(args)})
        inp.append({"type": "function_call_output", "call_id": c,
                    "output": result if isinstance(result, str) else json.dumps(result)})
    kind = resp[0]
    out = []
    if kind == "call":
        if len(resp) > 3 and resp[3]:
            out.append({"type": "message", "role": "assistant",
                        "content": [{"type": "output_text", "text": resp[3]}]})
        out.append({"type": "function_call", "call_id": cid(), "name": resp[1], "arguments": json.dumps(resp[2])})
    else:
        t = resp[1] if kind == "text" else text_call(kind, resp[1], resp[2], resp[3] if len(resp) > 3 else "")
        out.append({"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": t}]})
    tools = [{"type": "function", "name": n, "parameters": {"type": "object",
              "properties": {p: {"type": "string"} for p in ps}}} for n, ps in kit.tools.items()]
    return ({"model": model, "instructions": kit.system, "input": inp, "tools": tools},
            {"id": "resp_r4", "object": "response", "model": model, "status": "completed", "output": out})


def _anthropic(kit, user, steps, resp, model):
    msgs = [{"role": "user", "content": user}] if isinstance(user, str) else list(user)
    for name, args, result in steps:
        c = "toolu_r4%05d" % next(_ids)
        msgs.append({"role": "assistant", "content": [{"type": "tool_use", "id": c, "name": name, "input": args}]})
        msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": c,
                     "content": result if isinstance(result, str) else json.dumps(result)}]})
    kind = resp[0]
    content = []
    if kind == "call":
        if len(resp) > 3 and resp[3]:
            content.append({"type": "text", "text": resp[3]})
        content.append({"type": "tool_use", "id": "toolu_r4%05d" % next(_ids), "name": resp[1], "input": resp[2]})
    else:
        t = resp[1] if kind == "text" else text_call(kind, resp[1], resp[2], resp[3] if len(resp) > 3 else "")
        content.append({"type": "text", "text": t})
    tools = [{"name": n, "input_schema": {"type": "object", "properties": {p: {"type": "string"} for p in ps}}}
             for n, ps in kit.tools.items()]
    return ({"model": model, "system": kit.system, "messages": msgs, "tools": tools, "max_tokens": 2048},
            {"id": "msg_r4", "type": "message", "role": "assistant", "model": model, "content": content,
             "stop_reason": "tool_use" if kind == "call" else "end_turn"})


WIRES = {"chat": _chat, "responses": _responses, "anthropic": _anthropic}


def turn(split, domain, kit, user, steps, resp, note, cat=None, strength="clear", scope=True, wire=None):
    """steps: [(tool, args, result)] already done; resp: ("call", name, args[, prose]),
    ("text", content) or (form, name, args[, prose]) for a call written as text.
    The wire (chat, responses, anthropic) rotates unless given."""
    model = next(_model)
    w = wire or next(_shape)
    req, rsp = WIRES[w](kit, user, steps, resp, model)
    rec = {"id": None, "source": "redteam4 (original writing)", "source_commit": None,
           "request": req, "response": rsp,
           "meta": {"benchmark": "redteam4", "domain": domain, "pipeline": model, "wire": w,
                    "call_shape": resp[0]},
           "label_note": note}
    if split == "harmful":
        rec["harm_category"] = cat
        rec["harm_strength"] = strength
        rec["in_scope"] = scope
    return rec


def write(outdir, split, recs):
    n = {}
    with open(os.path.join(outdir, "redteam4-%s.jsonl" % split), "w", encoding="utf-8") as f:
        for r in recs:
            d = r["meta"]["domain"].split()[0]
            n[d] = n.get(d, 0) + 1
            r["id"] = "redteam4:%s:%s:%d" % (split, d, n[d])
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(recs)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import benign
    import harmful
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    print("benign", write(out, "benign", benign.turns()))
    print("harmful", write(out, "harmful", harmful.turns()))
