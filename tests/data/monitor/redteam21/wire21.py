"""wire21: the wire shapes redteam21 and redteam22 write their turns in
(original code, not redteam5's gen.py). Each turn is rendered from one
neutral conversation into the wire its model family would use in a real
agent harness:

- OpenAI Chat Completions (`tool_calls`, parallel calls, user content as a
  string or as a list of text parts, JSON-schema tools with types, enums,
  arrays and nested objects);
- Anthropic Messages (`tool_use` / `tool_result` blocks, the system prompt
  as a string or as cached text blocks, a text block before the calls);
- the OpenAI Responses API (`input` items: message, function_call,
  function_call_output; `output` items with an occasional reasoning item);
- Gemini generateContent (functionCall / functionResponse parts);
- calls written as text by open models served without a tool parser
  (Hermes `<tool_call>` JSON, and ReAct).

A turn may repeat earlier completed turns of the same conversation (the
user's earlier request, the calls it took, the answer given) before the new
user message, as every multi-turn log does. The rotation is fixed, so a set
is the same on every run.
"""
import itertools
import json


class Kit:
    """system: the system prompt; tools: name -> (description, {param: spec}).
    spec: "string" | "integer" | "number" | "boolean" | ["enum", ...] |
    ("array", item_type) | a full JSON-schema dict."""

    def __init__(self, system, tools, required=None):
        self.system = system
        self.tools = tools
        self.required = required or {}

    def schema(self, name):
        desc, params = self.tools[name]
        props = {}
        for p, s in params.items():
            if isinstance(s, dict):
                props[p] = s
            elif isinstance(s, list):
                props[p] = {"type": "string", "enum": s}
            elif isinstance(s, tuple):
                props[p] = {"type": "array", "items": {"type": s[1]}}
            else:
                props[p] = {"type": s}
        sch = {"type": "object", "properties": props}
        req = self.required.get(name)
        if req is None:
            req = list(params)[:1]
        if req:
            sch["required"] = req
        return desc, sch


# Model pipelines (model, wire family). The wire follows the family: OpenAI
# models speak Chat Completions or Responses, Anthropic models Messages,
# Google models generateContent, open models Chat Completions through a
# server, sometimes with calls written as text.
PIPES = [
    ("gpt-4.1-2025-04-14", "chat"), ("claude-sonnet-4-5", "anthropic"), ("o3-2025-04-16", "responses"),
    ("qwen3-235b-a22b-instruct", "chat"), ("gemini-2.5-flash", "gemini"), ("claude-opus-4-1", "anthropic"),
    ("gpt-5-mini", "responses"), ("llama-4-maverick-17b", "chat"), ("mistral-medium-2505", "chat"),
    ("claude-3-5-haiku-20241022", "anthropic"), ("gpt-4o-2024-11-20", "chat"), ("deepseek-v3.1", "chat"),
    ("kimi-k2-instruct", "chat"), ("gemini-2.5-pro", "gemini"), ("gpt-4.1-mini", "responses"),
    ("glm-4.5", "chat"), ("claude-sonnet-4", "anthropic"), ("command-a-03-2025", "chat"),
]
_pipes = itertools.cycle(PIPES)
_ids = itertools.count(1)
_variant = itertools.count()


def _cid(prefix):
    return "%s%06x" % (prefix, 0x2a1000 + next(_ids))


def _res(r):
    return r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)


def _conv(user, steps, prior):
    """Neutral conversation: [("user", text), ("calls", [(id, name, args)]),
    ("results", [(id, name, result)]), ("answer", text)]."""
    conv = []
    for p in prior or []:
        pu, ps, pa = p
        conv.append(("user", pu))
        conv.extend(_stepconv(ps))
        conv.append(("answer", pa))
    conv.append(("user", user))
    conv.extend(_stepconv(steps))
    return conv


def _stepconv(steps):
    out = []
    for s in steps or []:
        par = s if isinstance(s, list) else [s]
        ids = [_cid("c") for _ in par]
        out.append(("calls", [(i, n, a) for i, (n, a, _) in zip(ids, par)]))
        out.append(("results", [(i, n, r) for i, (n, _, r) in zip(ids, par)]))
    return out


def _resp_parts(resp):
    """-> (calls [(name, args)], prose or None, text or None)."""
    k = resp[0]
    if k == "call":
        return [(resp[1], resp[2])], (resp[3] if len(resp) > 3 else None), None
    if k == "calls":
        return list(resp[1]), (resp[2] if len(resp) > 2 else None), None
    if k == "text":
        return [], None, resp[1]
    if k == "hermes":
        pre = resp[3] if len(resp) > 3 else ""
        body = "<tool_call>\n%s\n</tool_call>" % json.dumps({"name": resp[1], "arguments": resp[2]}, ensure_ascii=False)
        return [], None, (pre + "\n" + body) if pre else body
    if k == "react":
        pre = resp[3] if len(resp) > 3 else "I have what I need; doing it now."
        return [], None, "Thought: %s\nAction: %s\nAction Input: %s" % (pre, resp[1], json.dumps(resp[2], ensure_ascii=False))
    raise ValueError(k)


def _chat(kit, conv, resp, model, v):
    msgs = [{"role": "system", "content": kit.system}]
    for kind, x in conv:
        if kind == "user":
            if v % 3 == 1:
                msgs.append({"role": "user", "content": [{"type": "text", "text": x}]})
            else:
                msgs.append({"role": "user", "content": x})
        elif kind == "calls":
            msgs.append({"role": "assistant", "content": None,
                         "tool_calls": [{"id": i, "type": "function",
                                         "function": {"name": n, "arguments": json.dumps(a, ensure_ascii=False)}}
                                        for i, n, a in x]})
        elif kind == "results":
            for i, n, r in x:
                msgs.append({"role": "tool", "tool_call_id": i, "content": _res(r)})
        else:
            msgs.append({"role": "assistant", "content": x})
    calls, prose, text = _resp_parts(resp)
    if calls:
        msg = {"role": "assistant", "content": prose,
               "tool_calls": [{"id": _cid("call_"), "type": "function",
                               "function": {"name": n, "arguments": json.dumps(a, ensure_ascii=False)}}
                              for n, a in calls]}
        fin = "tool_calls"
    else:
        msg = {"role": "assistant", "content": text}
        fin = "stop"
    tools = []
    for n in kit.tools:
        d, s = kit.schema(n)
        tools.append({"type": "function", "function": {"name": n, "description": d, "parameters": s}})
    req = {"model": model, "messages": msgs, "tools": tools, "tool_choice": "auto", "temperature": 0.2 if v % 2 else 0}
    rsp = {"id": _cid("chatcmpl-"), "object": "chat.completion", "created": 1764900000 + v, "model": model,
           "choices": [{"index": 0, "message": msg, "finish_reason": fin}],
           "usage": {"prompt_tokens": 900 + 37 * v % 4000, "completion_tokens": 40 + v % 300}}
    return req, rsp


def _anthropic(kit, conv, resp, model, v):
    msgs = []
    for kind, x in conv:
        if kind == "user":
            msgs.append({"role": "user", "content": x if v % 2 else [{"type": "text", "text": x}]})
        elif kind == "calls":
            msgs.append({"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_" + i, "name": n, "input": a}
                                                          for i, n, a in x]})
        elif kind == "results":
            msgs.append({"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_" + i,
                 "content": [{"type": "text", "text": _res(r)}] if v % 3 == 0 else _res(r)} for i, n, r in x]})
        else:
            msgs.append({"role": "assistant", "content": [{"type": "text", "text": x}]})
    calls, prose, text = _resp_parts(resp)
    content = []
    if calls:
        if prose:
            content.append({"type": "text", "text": prose})
        for n, a in calls:
            content.append({"type": "tool_use", "id": _cid("toolu_"), "name": n, "input": a})
        stop = "tool_use"
    else:
        content.append({"type": "text", "text": text})
        stop = "end_turn"
    tools = []
    for n in kit.tools:
        d, s = kit.schema(n)
        tools.append({"name": n, "description": d, "input_schema": s})
    system = kit.system if v % 2 else [{"type": "text", "text": kit.system, "cache_control": {"type": "ephemeral"}}]
    req = {"model": model, "max_tokens": 4096, "system": system, "messages": msgs, "tools": tools}
    rsp = {"id": _cid("msg_"), "type": "message", "role": "assistant", "model": model, "content": content,
           "stop_reason": stop, "usage": {"input_tokens": 1200 + v % 3000, "output_tokens": 60 + v % 250}}
    return req, rsp


def _responses(kit, conv, resp, model, v):
    inp = []
    for kind, x in conv:
        if kind == "user":
            inp.append({"type": "message", "role": "user", "content": [{"type": "input_text", "text": x}]}
                       if v % 2 == 0 else {"role": "user", "content": x})
        elif kind == "calls":
            for i, n, a in x:
                inp.append({"type": "function_call", "call_id": "call_" + i, "name": n,
                            "arguments": json.dumps(a, ensure_ascii=False)})
        elif kind == "results":
            for i, n, r in x:
                inp.append({"type": "function_call_output", "call_id": "call_" + i, "output": _res(r)})
        else:
            inp.append({"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": x}]})
    calls, prose, text = _resp_parts(resp)
    out = []
    if v % 3 == 0:
        out.append({"type": "reasoning", "id": _cid("rs_"), "summary": []})
    if calls:
        if prose:
            out.append({"type": "message", "id": _cid("msg_"), "role": "assistant", "status": "completed",
                        "content": [{"type": "output_text", "text": prose, "annotations": []}]})
        for n, a in calls:
            out.append({"type": "function_call", "id": _cid("fc_"), "call_id": _cid("call_"), "name": n,
                        "arguments": json.dumps(a, ensure_ascii=False), "status": "completed"})
    else:
        out.append({"type": "message", "id": _cid("msg_"), "role": "assistant", "status": "completed",
                    "content": [{"type": "output_text", "text": text, "annotations": []}]})
    tools = []
    for n in kit.tools:
        d, s = kit.schema(n)
        tools.append({"type": "function", "name": n, "description": d, "parameters": s, "strict": False})
    req = {"model": model, "instructions": kit.system, "input": inp, "tools": tools, "store": False}
    rsp = {"id": _cid("resp_"), "object": "response", "created_at": 1764900000 + v, "model": model,
           "status": "completed", "output": out}
    return req, rsp


def _gemini(kit, conv, resp, model, v):
    contents = []
    for kind, x in conv:
        if kind == "user":
            contents.append({"role": "user", "parts": [{"text": x}]})
        elif kind == "calls":
            contents.append({"role": "model", "parts": [{"functionCall": {"name": n, "args": a}} for i, n, a in x]})
        elif kind == "results":
            contents.append({"role": "user", "parts": [
                {"functionResponse": {"name": n, "response": r if isinstance(r, dict) else {"content": r}}}
                for i, n, r in x]})
        else:
            contents.append({"role": "model", "parts": [{"text": x}]})
    calls, prose, text = _resp_parts(resp)
    if calls:
        parts = ([{"text": prose}] if prose else []) + [{"functionCall": {"name": n, "args": a}} for n, a in calls]
    else:
        parts = [{"text": text}]
    decls = []
    for n in kit.tools:
        d, s = kit.schema(n)
        decls.append({"name": n, "description": d, "parameters": s})
    req = {"model": model, "systemInstruction": {"parts": [{"text": kit.system}]}, "contents": contents,
           "tools": [{"functionDeclarations": decls}], "generationConfig": {"temperature": 0.3}}
    rsp = {"candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "index": 0}],
           "modelVersion": model, "usageMetadata": {"promptTokenCount": 1500 + v % 2000}}
    return req, rsp


WIRES = {"chat": _chat, "anthropic": _anthropic, "responses": _responses, "gemini": _gemini}


def turn(split, domain, kit, user, steps, resp, note, cat=None, prior=None, lang="en", pipe=None):
    """One labelled turn. resp: ("call", name, args[, prose]), ("calls",
    [(name, args), ...][, prose]), ("text", answer), ("hermes", name, args[,
    prose]) or ("react", name, args[, thought]). Text-written calls go out on
    an open model's Chat Completions wire."""
    model, wire = pipe or next(_pipes)
    if resp[0] in ("hermes", "react"):
        model, wire = ("qwen2.5-72b-instruct", "chat") if resp[0] == "hermes" else ("llama-3.1-70b-instruct", "chat")
    v = next(_variant)
    req, rsp = WIRES[wire](kit, _conv(user, steps, prior), resp, model, v)
    rec = {"id": None, "source": None, "source_commit": None, "request": req, "response": rsp,
           "meta": {"benchmark": None, "domain": domain, "pipeline": model, "wire": wire, "call_shape": resp[0],
                    "lang": lang, "turns_repeated": len(prior or [])},
           "label_note": note}
    if split == "harmful":
        rec["harm_category"] = cat
        rec["harm_strength"] = "clear"
        rec["in_scope"] = True
    return rec


def B(domain, kit, user, steps, resp, note, prior=None, lang="en"):
    return turn("benign", domain, kit, user, steps, resp, note, prior=prior, lang=lang)


def H(domain, kit, user, steps, resp, note, cat, prior=None, lang="en"):
    return turn("harmful", domain, kit, user, steps, resp, note, cat=cat, prior=prior, lang=lang)
