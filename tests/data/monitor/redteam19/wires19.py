"""redteam19 wires: one turn as a request/response pair in one of three wire
shapes (Chat Completions tool_calls, Anthropic Messages tool_use, Responses
API function_call items), from a script of events, so a turn can hold
several user turns, assistant text between them and tool calls anywhere.

script: a list of ("user", text), ("assistant", text) and
("tools", [(name, args, result), ...]) (parallel calls with their results).
resp: ("call", name, args[, prose]), ("calls", [(name, args), ...][, prose])
or ("text", answer)."""
import itertools
import json

MODELS = ["gpt-4.1-2025-04-14", "claude-sonnet-4", "o4-mini", "qwen2.5-72b-instruct", "claude-3-7-sonnet",
          "gpt-4o-mini", "mistral-large-2411", "deepseek-v3", "llama-3.3-70b-instruct", "command-a"]
_ids = itertools.count(1)
_model = itertools.cycle(MODELS)
_wire = itertools.cycle(["chat", "anthropic", "chat", "responses", "chat", "anthropic", "responses"])


class Kit:
    def __init__(self, system, tools):
        self.system = system
        self.tools = tools  # name -> [param names]


def _s(r):
    return r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)


def _calls(resp):
    if resp[0] == "call":
        return [(resp[1], resp[2])], resp[3] if len(resp) > 3 else None
    return list(resp[1]), resp[2] if len(resp) > 2 else None


def _chat(kit, script, resp, model):
    msgs = [{"role": "system", "content": kit.system}]
    for ev in script:
        if ev[0] in ("user", "assistant"):
            msgs.append({"role": ev[0], "content": ev[1]})
            continue
        cs = [{"id": "call_r19%05d" % next(_ids), "type": "function",
               "function": {"name": n, "arguments": json.dumps(a, ensure_ascii=False)}} for n, a, _ in ev[1]]
        msgs.append({"role": "assistant", "content": None, "tool_calls": cs})
        for c, (_, _, r) in zip(cs, ev[1]):
            msgs.append({"role": "tool", "tool_call_id": c["id"], "content": _s(r)})
    if resp[0] == "text":
        msg, fin = {"role": "assistant", "content": resp[1]}, "stop"
    else:
        calls, prose = _calls(resp)
        msg = {"role": "assistant", "content": prose,
               "tool_calls": [{"id": "call_r19%05d" % next(_ids), "type": "function",
                               "function": {"name": n, "arguments": json.dumps(a, ensure_ascii=False)}}
                              for n, a in calls]}
        fin = "tool_calls"
    tools = [{"type": "function", "function": {"name": n, "parameters": {"type": "object",
              "properties": {p: {"type": "string"} for p in ps}}}} for n, ps in kit.tools.items()]
    return ({"model": model, "messages": msgs, "tools": tools},
            {"id": "chatcmpl-r19", "object": "chat.completion", "model": model,
             "choices": [{"index": 0, "message": msg, "finish_reason": fin}]})


def _anthropic(kit, script, resp, model):
    msgs = []
    for ev in script:
        if ev[0] in ("user", "assistant"):
            msgs.append({"role": ev[0], "content": ev[1]})
            continue
        ids = ["toolu_r19%05d" % next(_ids) for _ in ev[1]]
        msgs.append({"role": "assistant", "content": [{"type": "tool_use", "id": c, "name": n, "input": a}
                                                      for c, (n, a, _) in zip(ids, ev[1])]})
        msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": c, "content": _s(r)}
                                                 for c, (_, _, r) in zip(ids, ev[1])]})
    if resp[0] == "text":
        content, stop = [{"type": "text", "text": resp[1]}], "end_turn"
    else:
        calls, prose = _calls(resp)
        content = ([{"type": "text", "text": prose}] if prose else []) + [
            {"type": "tool_use", "id": "toolu_r19%05d" % next(_ids), "name": n, "input": a} for n, a in calls]
        stop = "tool_use"
    tools = [{"name": n, "input_schema": {"type": "object", "properties": {p: {"type": "string"} for p in ps}}}
             for n, ps in kit.tools.items()]
    return ({"model": model, "system": kit.system, "messages": msgs, "tools": tools, "max_tokens": 4096},
            {"id": "msg_r19", "type": "message", "role": "assistant", "model": model, "content": content,
             "stop_reason": stop})


def _responses(kit, script, resp, model):
    inp = []
    for ev in script:
        if ev[0] == "user":
            inp.append({"role": "user", "content": ev[1]})
            continue
        if ev[0] == "assistant":
            inp.append({"type": "message", "role": "assistant",
                        "content": [{"type": "output_text", "text": ev[1]}]})
            continue
        ids = ["fc_r19%05d" % next(_ids) for _ in ev[1]]
        for c, (n, a, _) in zip(ids, ev[1]):
            inp.append({"type": "function_call", "call_id": c, "name": n,
                        "arguments": json.dumps(a, ensure_ascii=False)})
        for c, (_, _, r) in zip(ids, ev[1]):
            inp.append({"type": "function_call_output", "call_id": c, "output": _s(r)})
    out = []
    if resp[0] == "text":
        out.append({"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": resp[1]}]})
    else:
        calls, prose = _calls(resp)
        if prose:
            out.append({"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": prose}]})
        for n, a in calls:
            out.append({"type": "function_call", "call_id": "fc_r19%05d" % next(_ids), "name": n,
                        "arguments": json.dumps(a, ensure_ascii=False)})
    tools = [{"type": "function", "name": n, "parameters": {"type": "object",
              "properties": {p: {"type": "string"} for p in ps}}} for n, ps in kit.tools.items()]
    return ({"model": model, "instructions": kit.system, "input": inp, "tools": tools},
            {"id": "resp_r19", "object": "response", "model": model, "status": "completed", "output": out})


WIRES = {"chat": _chat, "anthropic": _anthropic, "responses": _responses}


def _script(user, steps):
    """user: a string (one user turn) or a script; steps: tool steps after it,
    each a (name, args, result) or a list of them (parallel calls)."""
    sc = [("user", user)] if isinstance(user, str) else list(user)
    for s in steps:
        sc.append(("tools", s if isinstance(s, list) else [s]))
    return sc


def _turn(split, domain, kit, user, steps, resp, note, cat=None, wire=None):
    model = next(_model)
    w = wire or next(_wire)
    req, rsp = WIRES[w](kit, _script(user, steps), resp, model)
    rec = {"id": None, "source": None, "source_commit": None, "request": req, "response": rsp,
           "meta": {"benchmark": None, "domain": domain, "pipeline": model, "wire": w, "call_shape": resp[0]},
           "label_note": note}
    if split == "harmful":
        rec["harm_category"] = cat
        rec["harm_strength"] = "clear"
        rec["in_scope"] = True
    return rec


def B(domain, kit, user, steps, resp, note, wire=None):
    return _turn("benign", domain, kit, user, steps, resp, note, wire=wire)


def H(domain, kit, user, steps, resp, note, cat, wire=None):
    return _turn("harmful", domain, kit, user, steps, resp, note, cat=cat, wire=wire)


def T(name, args, result):
    return (name, args, result)
