"""Coverage and omission: which facts each outlet includes, and which it leaves out.

Facts are named entities (capitalised name sequences; a one-word mention is
merged into the only multi-word name ending in that word, so "Zuckerberg"
counts as "Mark Zuckerberg")
and numbers with units (money, percentages, counts of things). What is capitalised
but no fact another outlet could report is left out: names in headlines and in
lines set like headings (subheadings in title case), a single word seen only at the
start of sentences ("Instead", "Internally"), a phrase the event's text also has in
lower case ("Business Model" beside "business model"), generic acronyms ("CEO",
"API") and nationality words ("Chinese"), both listed in ``data/not_facts.toml``.
An outlet *omits* a fact when at least half of the other outlets, and at least two
of them, include it.
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from typing import Any

import pandas as pd

from .quantities import find_entities, find_quantities
from .rows import Fact, Omission, columns_of

COVERAGE_COLUMNS = columns_of(Fact)
OMISSION_COLUMNS = columns_of(Omission)
_LOWER = re.compile(r"\b[a-z][a-z-]+\b")


def lowercase_vocabulary(sentences: dict[str, list[str]]) -> frozenset[str]:
    """Words seen in lowercase anywhere on the event (they are not names when capitalised)."""
    return frozenset(w for ss in sentences.values() for s in ss for w in _LOWER.findall(s))


@lru_cache(maxsize=1)
def not_facts() -> frozenset[str]:
    """The generic acronyms and nationality words of ``data/not_facts.toml``, lower case."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib

    text = resources.files(__package__).joinpath("data/not_facts.toml").read_text("utf-8")
    table = tomllib.loads(text)["not_facts"]
    return frozenset(w.lower() for key in ("acronyms", "demonyms") for w in table[key])


_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def heading_like(sentence: str) -> bool:
    """A line set like a heading: a few words without closing punctuation.

    >>> heading_like("Why Meta Kills Its Open Models"), heading_like("Meta released it today.")
    (True, False)
    """
    words = _WORDS.findall(sentence)
    ends = sentence.rstrip(" \"'”’)]").endswith((".", "!", "?", ":", ";", ","))
    return 2 <= len(words) <= 15 and not ends


def outlet_facts(sentences: list[str], common: frozenset[str],
                 headlines: frozenset[str] = frozenset(),
                 lowered: str = "") -> dict[tuple[str, str], str]:
    """``(kind, surface key) -> first context sentence`` for one outlet.

    Headlines and heading-like lines give numbers only, not names; a single word counts
    only where some sentence has it after its start; generic acronyms, nationality words
    and phrases that ``lowered`` (the event's text) has in lower case are no names.
    """
    facts: dict[tuple[str, str], str] = {}
    initial_only: dict[str, str] = {}
    skip = not_facts()
    for s in sentences:
        for q in find_quantities(s):
            facts.setdefault((q.kind, q.key), s)
        if s in headlines or heading_like(s):
            continue
        for name, _, first in find_entities(s, common):
            low = name.lower()
            if low in common or low in skip:
                continue
            if " " in name:
                if f" {low} " in lowered:  # "business model" written in lower case
                    continue
            elif first:
                initial_only.setdefault(name, s)
                continue
            facts.setdefault(("entity", name), s)
    seen = {key for kind, key in facts if kind == "entity"}
    for name, s in initial_only.items():  # a word also seen after a sentence's start
        if name in seen:
            facts.setdefault(("entity", name), s)
    return facts


def _merge_entities(names: set[str]) -> dict[str, str]:
    """Map each entity name to its canonical form.

    A title-case single word ("Zuckerberg") and longer names ending in a
    two-word name ("CEO Mark Zuckerberg") map to that two-word name when it is
    the only two-word name ending in the word.

    Examples
    --------
    >>> m = _merge_entities({"Zuckerberg", "Mark Zuckerberg", "API", "OpenAI API", "Wang"})
    >>> m["Zuckerberg"], m["API"], m["Wang"]
    ('Mark Zuckerberg', 'API', 'Wang')
    """
    pairs: dict[str, set[str]] = defaultdict(set)
    for n in names:
        parts = n.split()
        if len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() for p in parts):
            pairs[parts[-1]].add(n)
    out = {}
    for n in names:
        parts = n.split()
        cands = pairs.get(parts[-1], set())
        out[n] = next(iter(cands)) if len(cands) == 1 and (
            len(parts) > 2 or (len(parts) == 1 and n[1:].islower())) else n
        if len(parts) == 2:
            out[n] = n
    return out


def coverage_tables(event: str, sentences: dict[str, list[str]],
                    headlines: dict[str, list[str]] | None = None
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The coverage table (fact x outlets) and the omissions of one event.

    Parameters
    ----------
    sentences : dict
        ``outlet -> sentence texts`` (headline first, then body).
    headlines : dict, optional
        ``outlet -> headlines`` among those texts (numbers only are taken from them).
    """
    outlets = sorted(sentences)
    common = lowercase_vocabulary(sentences)
    heads = headlines or {}
    lowered = " " + " ".join(" ".join(_WORDS.findall(t)) for ss in sentences.values()
                             for t in ss) + " "
    per = {o: outlet_facts(sentences[o], common, frozenset(heads.get(o, [])), lowered)
           for o in outlets}
    canon = _merge_entities({k for f in per.values() for (kind, k) in f if kind == "entity"})
    facts: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for o in outlets:
        for (kind, key), ctx in per[o].items():
            k = canon.get(key, key) if kind == "entity" else key
            facts[(kind, k)].setdefault(o, ctx)
    rows: list[dict[str, Any]] = []
    for (kind, key), ctxs in sorted(facts.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        rows.append({"event": event, "fact": key, "kind": kind, "n_outlets": len(ctxs),
                     "outlets_with": sorted(ctxs),
                     "outlets_without": [o for o in outlets if o not in ctxs],
                     "contexts": {o: ctxs[o] for o in sorted(ctxs)}})
    cov = pd.DataFrame(rows, columns=COVERAGE_COLUMNS)
    om = []
    need = max(2, math.ceil((len(outlets) - 1) / 2))
    for o in outlets:
        for r in rows:
            others = [x for x in r["outlets_with"] if x != o]
            if o not in r["outlets_with"] and len(others) >= need:
                om.append({"event": event, "outlet": o, "fact": r["fact"], "kind": r["kind"],
                           "n_others_with": len(others), "others_with": others,
                           "example_sentence": r["contexts"][others[0]]})
    return cov, pd.DataFrame(om, columns=OMISSION_COLUMNS)


def coverage_matrix(coverage: pd.DataFrame, event: str) -> pd.DataFrame:
    """Booleans, fact x outlet, for one event."""
    cov = coverage[coverage["event"] == event]
    outlets = sorted({o for r in cov.itertuples() for o in [*r.outlets_with, *r.outlets_without]})
    data = {o: [o in r.outlets_with for r in cov.itertuples()] for o in outlets}
    return pd.DataFrame(data, index=pd.Index(cov["fact"].tolist(), name="fact"))
