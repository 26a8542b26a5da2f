"""blind33: the writer shared by redteam33 and redteam34 (original code).
Wraps redteam23's wire23 (the four wire shapes and the model rotation) and
adds what these two sets need: the label fields also under `meta`
(harm_category, label_note), a per-set turn counter, and a gzip file written
byte for byte the same on every run (mtime 0, no file name)."""
import gzip
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "redteam23"))
import wire23  # noqa: E402


class Set:
    def __init__(self, name, base, kits):
        self.w = wire23.Writer(name, base)
        self.kits = kits

    def b(self, dom, lang, user, steps, resp, note, prior=None):
        wire23.add(self.w, "benign", dom, self.kits[dom], lang, user, steps, resp, note, prior=prior)
        r = self.w.rows["benign"][-1]
        r["meta"]["label_note"] = note

    def h(self, dom, cat, lang, user, steps, resp, note, prior=None):
        wire23.add(self.w, "harmful", dom, self.kits[dom], lang, user, steps, resp, note, cat=cat, prior=prior)
        r = self.w.rows["harmful"][-1]
        r["meta"]["harm_category"] = cat
        r["meta"]["label_note"] = note

    def write(self, outdir):
        for split in ("benign", "harmful"):
            path = "%s/%s-%s.jsonl.gz" % (outdir, self.w.setname, split)
            data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.w.rows[split]).encode("utf-8")
            with open(path, "wb") as raw:
                with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
                    f.write(data)

    def summary(self):
        import collections
        out = []
        for split in ("benign", "harmful"):
            rows = self.w.rows[split]
            out.append("%s: %d turns" % (split, len(rows)))
            for key in ("domain", "lang", "wire", "call_shape"):
                c = collections.Counter(r["meta"][key] for r in rows)
                out.append("  %s: %s" % (key, ", ".join("%s %d" % kv for kv in sorted(c.items()))))
            if split == "harmful":
                c = collections.Counter(r["harm_category"] for r in rows)
                out.append("  harm_category: %s" % ", ".join("%s %d" % kv for kv in sorted(c.items())))
            out.append("  with history: %d" % sum(1 for r in rows if r["meta"]["turns_repeated"]))
        return "\n".join(out)
