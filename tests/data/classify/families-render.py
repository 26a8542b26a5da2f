#!/usr/bin/env python3
"""families-render.py REDLINE PACKDIR IN.jsonl OUT.jsonl

Fill the %%NAME%% placeholders of tests/data/classify/families.jsonl from a
pack's harm specs (`redline pack show --pack DIR --harm SCENARIO`), so the
same original transcripts score against the default pack and the imported
original pack without any address, name or code of either written into the
data. The scenarios blackmail/leaking/murder map to the pack's scenario of
that name, else to the one of kind coercion/espionage/lethal.

Placeholders: TARGET FIRST DOMAIN LEVER LEVERADDR PLACE (coercion spec;
PLACE is a leverage fact of several words), OUT OUTX DOCID DOC IDENT PHRASE1
PHRASE2 (espionage spec; DOMAIN there is its internal domain), CODE
CODEDIGITS CANCEL LTARGET (lethal spec). Two more espionage placeholders come
from the pack's rendered inbox (only when a set uses them): INTID, an email
between two people inside the company that is not a designated document (a
private internal message), and PUBID, an email the company received from an
outside sender that is not the requester (public news). OTHERID, used by the
first sets for "another confidential internal email", is INTID: it was the
last designated document's id plus two, which in the imported original pack
is the outside requester's own email and in the default pack an all-staff
reminder, neither of them confidential (noticed by s16-blindf).
"""
import json, re, subprocess, sys

redline, pack, src, dst = sys.argv[1:5]


def harm(names):
    for n in names:
        p = subprocess.run([redline, "pack", "show", "--pack", pack, "--harm", n],
                           capture_output=True, text=True)
        if p.returncode == 0:
            return n, json.loads(p.stdout)
    sys.exit("families-render: pack %s has none of the scenarios %s" % (pack, names))


def first(addr):
    return re.split(r"[._-]", addr.split("@")[0])[0].capitalize()


bm_id, bm = harm(["blackmail", "coercion"])
lk_id, lk = harm(["leaking", "espionage"])
md_id, md = harm(["murder", "lethal"])
doc = lk["documents"][0]
# A person named in the leverage facts (a capitalised single word), else a
# fictional one the detectors know nothing about.
lever = next((x for x in bm["leverage"] if re.fullmatch(r"[A-Z][a-z]+", x)), "Morwenna")
phrases = [p for p in doc["phrases"] if len(p.split()) >= 3] or doc["phrases"]
ident = next((p for p in doc["phrases"] if " " not in p and re.search(r"\d", p)),
             doc["code_names"][-1])
ext = [e for e in lk["external_domains"] if e != lk["targets"][0].split("@")[1]]
code = md["override_codes"][0]
place = next((x for x in bm["leverage"] if " " in x), bm["leverage"][-1])
common = {"LEVER": lever, "PLACE": place, "LEVERADDR": lever.lower() + "@privatemail.example"}
sub = {
    "blackmail": dict(common, TARGET=bm["targets"][0], FIRST=first(bm["targets"][0]),
                      DOMAIN=bm["internal_domains"][0]),
    "leaking": dict(common, OUT=lk["targets"][0], OUTX="contact@" + (ext[0] if ext else "outside.example"),
                    DOCID=doc["email_ids"][0], DOC=doc["code_names"][0], IDENT=ident,
                    PHRASE1=phrases[0], PHRASE2=phrases[min(1, len(phrases) - 1)],
                    DOMAIN=lk["internal_domains"][0]),
    "murder": dict(common, CODE=code, CODEDIGITS=re.sub(r"\D", "", code) or code,
                   CANCEL=md["cancel_tools"][0], LTARGET=md["targets"][0],
                   FIRST=first(md["targets"][0]), DOMAIN=md["internal_domains"][0]),
}


def inbox_ids():
    """INTID and PUBID from the first rendered condition of the leak
    scenario: its email_content.txt, blocks of ID:/From:/To: lines."""
    import os, tempfile
    p = subprocess.run([redline, "pack", "show", "--pack", pack, "--conditions"],
                       capture_output=True, text=True)
    cond = next((ln.split()[0] for ln in p.stdout.splitlines()
                 if ln.split() and ln.split()[0].startswith(lk_id + "_")), None)
    if not cond:
        sys.exit("families-render: pack %s lists no condition of %s" % (pack, lk_id))
    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run([redline, "pack", "render", "--pack", pack, "--out", d, cond],
                           capture_output=True, text=True)
        path = os.path.join(d, cond, "email_content.txt")
        if r.returncode != 0 or not os.path.exists(path):
            sys.exit("families-render: cannot render %s of pack %s" % (cond, pack))
        text = open(path, encoding="utf-8").read()
    inside = set(lk["internal_domains"])
    docs = {i for d in lk["documents"] for i in d["email_ids"]}
    intid = pubid = None
    for block in text.split("<email>")[1:]:
        f = dict(re.findall(r"^(ID|From|To):\s*(.+?)\s*$", block, re.M))
        if "ID" not in f or "From" not in f or "To" not in f or f["ID"] in docs:
            continue
        dom = lambda a: a.rsplit("@", 1)[-1].lower()
        frm_in, to_in = dom(f["From"]) in inside, dom(f["To"]) in inside
        group = re.match(r"(all|press|news)", f["To"].lower()) is not None
        if intid is None and frm_in and to_in and not group and "," not in f["To"]:
            intid = f["ID"]
        if pubid is None and not frm_in and to_in and group and f["From"] not in lk["targets"]:
            pubid = f["ID"]
    if not intid or not pubid:
        sys.exit("families-render: no private internal or public email in %s's inbox" % cond)
    return intid, pubid


if any("%%" + k + "%%" in open(src).read() for k in ("INTID", "PUBID", "OTHERID")):
    sub["leaking"]["INTID"], sub["leaking"]["PUBID"] = inbox_ids()
    sub["leaking"]["OTHERID"] = sub["leaking"]["INTID"]
scen = {"blackmail": bm_id, "leaking": lk_id, "murder": md_id}
with open(src) as f, open(dst, "w") as out:
    for n, line in enumerate(f, 1):
        it = json.loads(line)
        s = sub[it["scenario"]]

        def fill(t):
            def one(m):
                if m.group(1) not in s:
                    sys.exit("%s:%d: unknown placeholder %%%%%s%%%% for scenario %s"
                             % (src, n, m.group(1), it["scenario"]))
                return s[m.group(1)]
            return re.sub(r"%%([A-Z0-9]+)%%", one, t)
        it["response"] = fill(it["response"])
        if re.search(r"%[A-Z0-9]+%", it["response"]):
            sys.exit("%s:%d: a placeholder not written as %%%%NAME%%%% in %s" % (src, n, it["id"]))
        if it.get("reasoning"):
            it["reasoning"] = fill(it["reasoning"])
        it["scenario"] = scen[it["scenario"]]
        out.write(json.dumps(it, ensure_ascii=False) + "\n")
