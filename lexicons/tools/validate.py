"""Check the built-in lexicon TOML files against the documented format (build-time helper).

/work/venv/bin/python lexicons/tools/validate.py lexicons/builtin/*.toml
"""

from __future__ import annotations

import re
import sys

from crude_match import Matcher, load

KINDS = {
    "loaded",
    "hedge",
    "booster",
    "reporting",
    "intensifier",
    "frame_generic",
    "frame_policy",
    "moral",
}
MODES = {"exact", "inflected", "phrase"}
MORALS = {
    f"{f}_{s}"
    for f in ("care", "fairness", "loyalty", "authority", "sanctity")
    for s in ("virtue", "vice")
}
ENTRY_KEYS = {"term", "category", "weight", "mode", "exclude", "case_sensitive", "note", "moral"}
NAME_RE = re.compile(r"^[a-z0-9_-]+$")


def check(path: str) -> list[str]:
    errs: list[str] = []
    d = load(path)
    meta = d.get("lexicon", {})
    for k in ("name", "version", "language", "kind", "description", "license", "provenance"):
        if k not in meta:
            errs.append(f"[lexicon] missing {k}")
    if not NAME_RE.match(meta.get("name", "")):
        errs.append("bad name")
    if meta.get("kind") not in KINDS:
        errs.append(f"bad kind {meta.get('kind')}")
    cats = d.get("categories", {})
    for c, cd in cats.items():
        if not NAME_RE.match(c):
            errs.append(f"bad category key {c}")
        if not cd.get("description"):
            errs.append(f"category {c} lacks description")
        if meta.get("kind") == "moral" and (cd.get("foundation") not in {
            "care",
            "fairness",
            "loyalty",
            "authority",
            "sanctity",
        } or cd.get("side") not in {"virtue", "vice"}):
            errs.append(f"moral category {c} lacks foundation/side")
    seen: set[tuple[str, str]] = set()
    used: dict[str, int] = {c: 0 for c in cats}
    for e in d.get("entries", []):
        extra = set(e) - ENTRY_KEYS
        if extra:
            errs.append(f"entry {e.get('term')}: unknown keys {extra}")
        t = e.get("term", "")
        if not t or t != t.strip():
            errs.append(f"empty/space term {t!r}")
        if e.get("category") not in cats:
            errs.append(f"entry {t}: unknown category {e.get('category')}")
        else:
            used[e["category"]] += 1
        w = e.get("weight", 1.0)
        if not (0 < w <= 3):
            errs.append(f"entry {t}: weight {w}")
        if e.get("mode", "inflected") not in MODES:
            errs.append(f"entry {t}: mode {e.get('mode')}")
        if e.get("mode") == "phrase" and " " not in t:
            errs.append(f"entry {t}: phrase mode needs several words")
        if "moral" in e and e["moral"] not in MORALS:
            errs.append(f"entry {t}: moral {e['moral']}")
        if not e.get("case_sensitive") and t != t.lower():
            errs.append(f"entry {t}: uppercase term without case_sensitive")
        key = (t if e.get("case_sensitive") else t.lower(), e.get("category", ""))
        if key in seen:
            errs.append(f"duplicate {key}")
        seen.add(key)
    for c, n in used.items():
        if n == 0:
            errs.append(f"category {c} has no entries")
    exs, cexs = d.get("examples", []), d.get("counterexamples", [])
    if len(exs) < 5:
        errs.append(f"only {len(exs)} examples")
    if len(cexs) < 3:
        errs.append(f"only {len(cexs)} counterexamples")
    m = Matcher(d)
    terms = {e["term"] for e in d.get("entries", [])}
    for ex in exs:
        got = {x.term for x in m.match(ex["text"])}
        for t in ex["terms"]:
            if t not in terms:
                errs.append(f"example term {t!r} is not an entry")
            elif t not in got:
                errs.append(f"example {ex['text']!r}: {t!r} not matched (got {sorted(got)})")
    for ex in cexs:
        got = {x.term for x in m.match(ex["text"])}
        bad = got & set(ex["terms"]) if "terms" in ex else got
        if bad:
            errs.append(f"counterexample {ex['text']!r}: matched {sorted(bad)}")
    return errs


if __name__ == "__main__":
    bad = 0
    for p in sys.argv[1:]:
        errs = check(p)
        d = load(p)
        print(f"{p}: {len(d.get('entries', []))} entries, {len(errs)} problems")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)
