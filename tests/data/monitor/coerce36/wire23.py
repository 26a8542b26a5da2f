"""wire23: wire shapes for redteam23 and redteam24 (original code). One
neutral conversation per turn is rendered into the request/response pair a
real harness would log for the model family that served it:

- OpenAI Chat Completions: tool_calls (one or parallel), user content as a
  string or text parts, tool messages with or without `name`, assistant
  content null or "" beside calls;
- OpenAI Responses API: `input` items (message, function_call,
  function_call_output), `instructions`, `output` with an occasional
  reasoning item and a message before the calls;
- Anthropic Messages: tool_use / tool_result blocks, system as a string or
  cached blocks, tool_result content as a string or text blocks;
- Gemini generateContent: functionCall / functionResponse parts.

Earlier completed turns (user request, calls, results, answer) may be
repeated before the new user message. The rotation is fixed, so the files
are the same on every run.
"""
import itertools
import json

PIPES = [
    ("gpt-4.1-2025-04-14", "chat"), ("claude-sonnet-4-5", "anthropic"), ("gpt-5", "responses"),
    ("gemini-2.5-pro", "gemini"), ("qwen3-coder-480b", "chat"), ("claude-opus-4-1", "anthropic"),
    ("o4-mini-2025-04-16", "responses"), ("mistral-large-2411", "chat"), ("gemini-2.5-flash", "gemini"),
    ("claude-haiku-4-5", "anthropic"), ("deepseek-v3.2", "chat"), ("gpt-4.1-mini", "responses"),
    ("llama-3.3-70b-instruct", "chat"), ("claude-sonnet-4", "anthropic"), ("gpt-4o-2024-11-20", "chat"),
]


class Kit:
    """system prompt + tools: name -> (description, {param: type}). A type is
    "string", "integer", "number", "boolean", a list (enum), ("array", t) or
    a JSON-schema dict."""

    def __init__(self, system, tools):
        self.system = system
        self.tools = tools

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
        if params:
            sch["required"] = [list(params)[0]]
        return desc, sch


class Writer:
    def __init__(self, setname, base):
        self.setname = setname
        self.pipes = itertools.cycle(PIPES)
        self.ids = itertools.count(base)
        self.var = itertools.count()
        self.n = {}
        self.rows = {"benign": [], "harmful": []}

    def cid(self, prefix):
        return "%s%07x" % (prefix, next(self.ids))

    def conv(self, user, steps, prior):
        out = []
        for pu, ps, pa in prior or []:
            out.append(("user", pu))
            out.extend(self.stepconv(ps))
            out.append(("answer", pa))
        out.append(("user", user))
        out.extend(self.stepconv(steps))
        return out

    def stepconv(self, steps):
        out = []
        for s in steps or []:
            par = s if isinstance(s, list) else [s]
            ids = [self.cid("") for _ in par]
            out.append(("calls", [(i, n, a) for i, (n, a, _) in zip(ids, par)]))
            out.append(("results", [(i, n, r) for i, (n, _, r) in zip(ids, par)]))
        return out


def _s(r):
    return r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)


def _parts(resp):
    k = resp[0]
    if k == "call":
        return [(resp[1], resp[2])], (resp[3] if len(resp) > 3 else None), None
    if k == "calls":
        return list(resp[1]), (resp[2] if len(resp) > 2 else None), None
    if k == "text":
        return [], None, resp[1]
    raise ValueError(k)


def chat(w, kit, conv, resp, model, v):
    msgs = [{"role": "system", "content": kit.system}]
    for kind, x in conv:
        if kind == "user":
            msgs.append({"role": "user", "content": [{"type": "text", "text": x}] if v % 4 == 1 else x})
        elif kind == "calls":
            msgs.append({"role": "assistant", "content": "" if v % 2 else None,
                         "tool_calls": [{"id": "call_" + i, "type": "function",
                                         "function": {"name": n, "arguments": json.dumps(a, ensure_ascii=False)}}
                                        for i, n, a in x]})
        elif kind == "results":
            for i, n, r in x:
                m = {"role": "tool", "tool_call_id": "call_" + i, "content": _s(r)}
                if v % 3 == 0:
                    m["name"] = n
                msgs.append(m)
        else:
            msgs.append({"role": "assistant", "content": x})
    calls, prose, text = _parts(resp)
    if calls:
        msg = {"role": "assistant", "content": prose,
               "tool_calls": [{"id": w.cid("call_"), "type": "function",
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
    req = {"model": model, "messages": msgs, "tools": tools}
    if v % 2:
        req["parallel_tool_calls"] = True
    rsp = {"id": w.cid("chatcmpl-"), "object": "chat.completion", "created": 1765000000 + 61 * v, "model": model,
           "choices": [{"index": 0, "message": msg, "finish_reason": fin}],
           "usage": {"prompt_tokens": 700 + (53 * v) % 5000, "completion_tokens": 30 + (7 * v) % 400}}
    return req, rsp


def anthropic(w, kit, conv, resp, model, v):
    msgs = []
    for kind, x in conv:
        if kind == "user":
            msgs.append({"role": "user", "content": x if v % 2 == 0 else [{"type": "text", "text": x}]})
        elif kind == "calls":
            msgs.append({"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_" + i, "name": n, "input": a} for i, n, a in x]})
        elif kind == "results":
            msgs.append({"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_" + i,
                 "content": _s(r) if v % 3 else [{"type": "text", "text": _s(r)}]} for i, n, r in x]})
        else:
            msgs.append({"role": "assistant", "content": [{"type": "text", "text": x}]})
    calls, prose, text = _parts(resp)
    content = []
    if calls:
        if prose:
            content.append({"type": "text", "text": prose})
        for n, a in calls:
            content.append({"type": "tool_use", "id": w.cid("toolu_"), "name": n, "input": a})
        stop = "tool_use"
    else:
        content.append({"type": "text", "text": text})
        stop = "end_turn"
    tools = []
    for n in kit.tools:
        d, s = kit.schema(n)
        tools.append({"name": n, "description": d, "input_schema": s})
    system = kit.system if v % 2 else [{"type": "text", "text": kit.system, "cache_control": {"type": "ephemeral"}}]
    req = {"model": model, "max_tokens": 2048 + 1024 * (v % 3), "system": system, "messages": msgs, "tools": tools}
    rsp = {"id": w.cid("msg_"), "type": "message", "role": "assistant", "model": model, "content": content,
           "stop_reason": stop, "stop_sequence": None,
           "usage": {"input_tokens": 1100 + (31 * v) % 4000, "output_tokens": 50 + v % 300}}
    return req, rsp


def responses(w, kit, conv, resp, model, v):
    inp = []
    for kind, x in conv:
        if kind == "user":
            inp.append({"role": "user", "content": x} if v % 2 else
                       {"type": "message", "role": "user", "content": [{"type": "input_text", "text": x}]})
        elif kind == "calls":
            for i, n, a in x:
                inp.append({"type": "function_call", "call_id": "call_" + i, "name": n,
                            "arguments": json.dumps(a, ensure_ascii=False)})
        elif kind == "results":
            for i, n, r in x:
                inp.append({"type": "function_call_output", "call_id": "call_" + i, "output": _s(r)})
        else:
            inp.append({"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": x}]})
    calls, prose, text = _parts(resp)
    out = []
    if v % 2 == 0:
        out.append({"type": "reasoning", "id": w.cid("rs_"), "summary": []})
    if prose or not calls:
        out.append({"type": "message", "id": w.cid("msg_"), "role": "assistant", "status": "completed",
                    "content": [{"type": "output_text", "text": prose or text, "annotations": []}]})
    for n, a in calls:
        out.append({"type": "function_call", "id": w.cid("fc_"), "call_id": w.cid("call_"), "name": n,
                    "arguments": json.dumps(a, ensure_ascii=False), "status": "completed"})
    tools = []
    for n in kit.tools:
        d, s = kit.schema(n)
        tools.append({"type": "function", "name": n, "description": d, "parameters": s, "strict": False})
    req = {"model": model, "instructions": kit.system, "input": inp, "tools": tools, "store": bool(v % 3)}
    rsp = {"id": w.cid("resp_"), "object": "response", "created_at": 1765000000 + 61 * v, "model": model,
           "status": "completed", "output": out}
    return req, rsp


def gemini(w, kit, conv, resp, model, v):
    contents = []
    for kind, x in conv:
        if kind == "user":
            contents.append({"role": "user", "parts": [{"text": x}]})
        elif kind == "calls":
            contents.append({"role": "model", "parts": [{"functionCall": {"name": n, "args": a}} for i, n, a in x]})
        elif kind == "results":
            contents.append({"role": "user", "parts": [
                {"functionResponse": {"name": n, "response": r if isinstance(r, dict) else {"result": r}}}
                for i, n, r in x]})
        else:
            contents.append({"role": "model", "parts": [{"text": x}]})
    calls, prose, text = _parts(resp)
    if calls:
        parts = ([{"text": prose}] if prose else []) + [{"functionCall": {"name": n, "args": a}} for n, a in calls]
    else:
        parts = [{"text": text}]
    decls = []
    for n in kit.tools:
        d, s = kit.schema(n)
        decls.append({"name": n, "description": d, "parameters": s})
    req = {"model": model, "systemInstruction": {"parts": [{"text": kit.system}]}, "contents": contents,
           "tools": [{"functionDeclarations": decls}]}
    rsp = {"candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "index": 0}],
           "modelVersion": model, "usageMetadata": {"promptTokenCount": 1300 + (17 * v) % 3000,
                                                    "candidatesTokenCount": 40 + v % 200}}
    return req, rsp


WIRES = {"chat": chat, "anthropic": anthropic, "responses": responses, "gemini": gemini}


def add(w, split, domain, kit, lang, user, steps, resp, note, cat=None, prior=None):
    model, wire = next(w.pipes)
    v = next(w.var)
    req, rsp = WIRES[wire](w, kit, w.conv(user, steps, prior), resp, model, v)
    w.n[(split, domain)] = w.n.get((split, domain), 0) + 1
    rec = {"id": "%s:%s:%s:%d" % (w.setname, split, domain, w.n[(split, domain)]),
           "source": "%s (original writing)" % w.setname, "source_commit": None, "request": req, "response": rsp,
           "meta": {"benchmark": w.setname, "domain": domain, "pipeline": model, "wire": wire, "call_shape": resp[0],
                    "lang": lang, "turns_repeated": len(prior or [])},
           "label_note": note}
    if split == "harmful":
        rec["harm_category"] = cat
        rec["harm_strength"] = "clear"
        rec["in_scope"] = True
    w.rows[split].append(rec)


def write(w, outdir):
    for split in ("benign", "harmful"):
        with open("%s/%s-%s.jsonl" % (outdir, w.setname, split), "w", encoding="utf-8") as f:
            for r in w.rows[split]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
