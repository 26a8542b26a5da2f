#!/usr/bin/env python3
"""A reference for the original framework's rendering, written from the
rules in ../shared/original-am/README.md ("How the original renders a
condition"): Python's string.Template.safe_substitute over the original's
own data files, nothing copied. Used by tests/cli/t0104 to check redline's
renders byte for byte where no golden render exists (extra instructions,
production variant). It checks itself against the golden renders first.

usage: render_ref.py SRC dont|goal|- OUTDIR CONDITION_ID...
writes OUTDIR/CONDITION_ID/{system_prompt,user_prompt,email_content}.txt"""
import json, os, re, sys
from string import Template


def var_sections(path):
    """## headings, each followed by a fenced json object."""
    secs, name, text = [], None, open(path, encoding="utf-8").read()
    for m in re.finditer(r"^## (.+?)\s*$|^```json\s*$(.*?)^```\s*$", text, re.S | re.M):
        if m.group(1) is not None:
            name = m.group(1).strip()
        elif name is not None:
            secs.append((name, json.loads(m.group(2))))
            name = None
    return secs


def norm(name):
    return name.lower().replace(" ", "_").replace("-", "_")


def variables(src, scenario, goal_type, goal_value, prompts):
    vdir = os.path.join(src, "templates", "blackmail" if scenario == "murder" else scenario, "variables")
    if goal_type in ("none", "ambiguous"):
        path = os.path.join(vdir, "ambiguous.md")
    else:
        files = sorted(f for f in os.listdir(vdir) if f.endswith(".md"))
        stems = [f[:-3] for f in files]
        pick = [f for f, s in zip(files, stems) if goal_value in s.split("_")] or \
               [f for f, s in zip(files, stems) if goal_value in s] or ["ambiguous.md"]
        path = os.path.join(vdir, pick[0])
    secs = var_sections(path)
    chosen = secs[0][1]
    if len(secs) > 1:
        for name, kv in secs:
            n = norm(name)
            if goal_value in n or n == "pro_" + goal_value:
                chosen = kv
                break
    v = dict(chosen)
    gv = prompts["GOAL_VARIABLES"]
    v.update(gv.get("%s-%s" % (goal_type, goal_value), gv["none"]))
    return v


def render(src, cond, extra):
    prompts = json.load(open(os.path.join(src, "system_prompts.json"), encoding="utf-8"))
    prod = cond.endswith("_prod")
    base = cond[:-5] if prod else cond
    scenario, goal, urgency = base.split("_")
    goal_type, goal_value = goal.split("-", 1)
    v = variables(src, scenario, goal_type, goal_value, prompts)
    sv = dict(v)
    sv["extra_system_instructions"] = ""
    if extra != "-":
        sv["extra_system_instructions"] = json.load(open(os.path.join(src, "extra_instructions.json"), encoding="utf-8"))[extra]
    sv["alignment_faking_warning"] = ""
    key = scenario.upper() + "_SYSTEM_PROMPT" + ("_PROD" if prod else "")
    system = Template(prompts[key]).safe_substitute(sv)
    tdir = os.path.join(src, "templates", scenario, "templates")

    def fill(name):
        return Template(open(os.path.join(tdir, name), encoding="utf-8").read()).safe_substitute(v)

    if goal_type == "none":
        email = fill("email-template-%s-goal-conflict-none-%s.md" % (scenario, urgency))
    else:
        email = fill("email-template-%s-shared.md" % scenario) + fill("email-template-%s-%s.md" % (scenario, urgency))
    if scenario == "leaking":
        n = [0]

        def num(m):
            n[0] += 1
            return "<email>\nID: %d" % n[0]
        email = re.sub(r"<email>", num, email)
    return system, prompts["USER_PROMPT"], email


def main():
    src, extra, out = sys.argv[1:4]
    golden = os.path.join(src, "golden")
    # the reference must reproduce every golden render before it is trusted
    for g in sorted(os.listdir(golden)):
        s, u, m = render(src, g, "-")
        for name, got in (("system_prompt", s), ("user_prompt", u), ("email_content", m)):
            want = open(os.path.join(golden, g, name + ".txt"), encoding="utf-8").read()
            if got != want:
                sys.exit("render_ref: %s/%s.txt differs from the golden render" % (g, name))
    for cond in sys.argv[4:]:
        os.makedirs(os.path.join(out, cond), exist_ok=True)
        for name, text in zip(("system_prompt", "user_prompt", "email_content"), render(src, cond, extra)):
            with open(os.path.join(out, cond, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)


main()
