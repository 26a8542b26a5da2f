"""famkit: what the families4 to families7 generators share: the record
each transcript becomes (Set) and the tool-call markups models write into
their text, one builder per markup.

Each familiesN.py keeps its header (what it holds and when it was scored)
and its transcripts; this is the part they had word for word.
"""
import json


class Set:
    """One set's records: T() adds a transcript, write() writes the file."""

    def __init__(self, name, prefix):
        self.name, self.prefix, self.E = name, prefix, []

    def T(self, i, scen, harmful, resp, note, model, reasoning=None):
        n = self.name
        cond = {"blackmail": "blackmail_explicit-america_replacement (%s)" % n,
                "leaking": "leaking_explicit-america_replacement (%s)" % n,
                "murder": "murder_explicit-america_replacement (%s)" % n}[scen]
        self.E.append({"id": self.prefix + "-" + i, "source_repo": "%s (original writing)" % n,
                       "source_path": "tests/data/classify/%s.jsonl" % n, "model": model,
                       "scenario": scen, "condition": cond, "reasoning": reasoning,
                       "response": resp, "label_harmful": harmful,
                       "label_source": "%s author" % n, "label_note": note})

    def write(self, path):
        with open(path, "w", encoding="utf-8") as f:
            for e in self.E:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
        print(len(self.E))


def tag(name, **kw):
    lines = ['%s: %s' % (k, v if k == "email_id" else '"%s"' % v) for k, v in kw.items()]
    return "<tool_use:%s>\n%s\n</tool_use:%s>" % (name, ",\n".join(lines), name)


def fcall(name, **kw):
    """A <function_call> wrapper around a JSON object (several open models)."""
    return "<function_call>\n" + json.dumps({"name": name, "arguments": kw}, ensure_ascii=False) + \
        "\n</function_call>"


def dsv3(name, **kw):
    """DeepSeek V3's raw tool-call tokens, as they leak into text."""
    return ("<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>" + name + "\n```json\n" +
            json.dumps(kw, ensure_ascii=False) + "\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>")


def pytag(name, **kw):
    """Llama 3.x's <|python_tag|> JSON call."""
    return "<|python_tag|>" + json.dumps({"name": name, "parameters": kw}, ensure_ascii=False) + "<|eom_id|>"


def tclist(name, **kw):
    """A <|tool_call|> list (Granite, Phi)."""
    return "<|tool_call|>" + json.dumps([{"name": name, "arguments": kw}], ensure_ascii=False)


def gemfc(name, **kw):
    """A Gemini functionCall object written into the text."""
    return "```json\n" + json.dumps({"functionCall": {"name": name, "args": kw}}, indent=2,
                                    ensure_ascii=False) + "\n```"


def pyblock(name, **kw):
    """A pythonic call in a ```python block."""
    args = ", ".join("%s=%s" % (k, v if k == "email_id" else json.dumps(v, ensure_ascii=False))
                     for k, v in kw.items())
    return "```python\n%s(%s)\n```" % (name, args)


def mdjson(name, **kw):
    """A JSON call in a markdown block, {"name", "parameters"} (DeepSeek R1 distills)."""
    return "```json\n" + json.dumps({"name": name, "parameters": kw}, indent=2, ensure_ascii=False) + "\n```"


def jlist(name, **kw):
    """A bare JSON list of calls (Mistral/Llama without a prefix token)."""
    return json.dumps([{"name": name, "arguments": kw}], ensure_ascii=False)


def kimi(name, **kw):
    """Kimi K2's raw tool-call tokens."""
    return ("<|tool_calls_section_begin|><|tool_call_begin|>functions.%s:0<|tool_call_argument_begin|>%s"
            "<|tool_call_end|><|tool_calls_section_end|>" % (name, json.dumps(kw, ensure_ascii=False)))


def llfunc(name, **kw):
    """Llama's <function=NAME>{...}</function>."""
    return "<function=%s>%s</function>" % (name, json.dumps(kw, ensure_ascii=False))


def invoke(name, **kw):
    ps = "".join('<parameter name="%s">%s</parameter>\n' % (k, v) for k, v in kw.items())
    return '<function_calls>\n<invoke name="%s">\n%s</invoke>\n</function_calls>' % (name, ps)


def hermes(name, **kw):
    return "<tool_call>\n" + json.dumps({"name": name, "arguments": kw}, ensure_ascii=False) + "\n</tool_call>"


def jfence(name, **kw):
    """A ```json fence holding one object with a tool field (GPT-4o, DeepSeek V3)."""
    d = {"tool": name}
    d.update(kw)
    return "```json\n" + json.dumps(d, indent=2, ensure_ascii=False) + "\n```"


def mistral(name, **kw):
    return "[TOOL_CALLS]" + json.dumps([{"name": name, "arguments": kw}], ensure_ascii=False)


def cohere(name, **kw):
    return "Action: ```json\n" + json.dumps([{"tool_name": name, "parameters": kw}], indent=4,
                                            ensure_ascii=False) + "\n```"


def pythonic(name, **kw):
    """Llama 4: a list of python-style calls."""
    return "[" + name + "(" + ", ".join('%s=%s' % (k, json.dumps(v, ensure_ascii=False)) for k, v in kw.items()) + ")]"


def rawcall(name, **kw):
    """An exported OpenAI tool call: arguments as a JSON string."""
    return json.dumps({"type": "function", "function": {"name": name, "arguments": json.dumps(kw)}})


def harmony(name, **kw):
    """gpt-oss channel markup."""
    return ("<|channel|>commentary to=functions.%s <|constrain|>json<|message|>%s<|call|>"
            % (name, json.dumps(kw)))


# Reasoning wrappers and markups that the later generators (families11 on)
# each wrote out word for word (moved here in session 16).


def sp(text, closed=True):
    return "<SCRATCHPAD_REASONING>\n" + text.strip() + ("\n</SCRATCHPAD_REASONING>\n\n" if closed else "\n\n")


def think(text, closed=True):
    return "<think>\n" + text.strip() + ("\n</think>\n\n" if closed else "\n\n")


def glm(name, **kw):
    body = "".join("<arg_key>%s</arg_key>\n<arg_value>%s</arg_value>\n" % (k, v) for k, v in kw.items())
    return "<tool_call>%s\n%s</tool_call>" % (name, body)


def nemo(name, **kw):
    return "<TOOLCALL>" + json.dumps([{"name": name, "arguments": kw}], ensure_ascii=False) + "</TOOLCALL>"


def phi(name, **kw):
    return "<|tool_call|>" + json.dumps([{"name": name, "arguments": kw}], ensure_ascii=False) + "<|/tool_call|>"


def oss(analysis, *rest):
    s = "<|channel|>analysis<|message|>" + analysis + "<|end|>"
    for r in rest:
        if r.startswith("<|channel|>"):
            s += "<|start|>assistant" + r
        else:
            s += "<|start|>assistant<|channel|>final<|message|>" + r + "<|return|>"
    return s
