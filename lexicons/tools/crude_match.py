"""A crude stand-in for framing.lexicon's matcher, used only to check our data while building.

Implements the documented format: exact / inflected / phrase modes, case_sensitive,
and exclusions ("#num", "#cap", "*").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import tomllib
from lexgen import NUM_RE, TOKEN_RE, stem


@dataclass(frozen=True)
class Match:
    term: str
    category: str
    weight: float
    start: int
    end: int  # token span [start, end)
    moral: str | None = None


def _tok(text: str) -> list[str]:
    return [t for t in TOKEN_RE.findall(text)]


class Matcher:
    def __init__(self, lex: dict[str, Any]) -> None:
        self.lex = lex
        self.index: dict[str, list[tuple[list[str], dict[str, Any]]]] = defaultdict(list)
        for e in lex.get("entries", []):
            mode = e.get("mode", "inflected")
            words = [w for w in _tok(e["term"]) if w.strip()]
            if mode == "inflected":
                key = [stem(w) for w in words]
            elif e.get("case_sensitive"):
                key = words
            else:
                key = [w.lower() for w in words]
            e = dict(e)
            e["_excl"] = [_tok(x) for x in e.get("exclude", [])]
            self.index[key[0] if mode != "inflected" else "S:" + key[0]].append((key, e))

    @staticmethod
    def _pat_ok(p: str, t: str) -> bool:
        if p == "*":
            return True
        if p == "#num":
            return bool(NUM_RE.match(t))
        if p == "#cap":
            return t[:1].isupper()
        return p == t.lower()

    def _excluded(self, toks: list[str], s: int, e: int, excl: list[list[str]]) -> bool:
        for pat in excl:
            n = len(pat)
            for i in range(len(toks) - n + 1):
                if (
                    i < e
                    and i + n > s
                    and all(self._pat_ok(p, toks[i + j]) for j, p in enumerate(pat))
                ):
                    return True
        return False

    def match(self, text: str) -> list[Match]:
        toks = _tok(text)
        low = [t.lower() for t in toks]
        stems = [stem(t) for t in toks]
        out: list[Match] = []
        for i in range(len(toks)):
            cands = (
                self.index.get(toks[i], [])
                + (self.index.get(low[i], []) if low[i] != toks[i] else [])
                + self.index.get("S:" + stems[i], [])
            )
            for key, e in cands:
                mode = e.get("mode", "inflected")
                n = len(key)
                if i + n > len(toks):
                    continue
                if mode == "inflected":
                    seq = stems[i : i + n]
                elif e.get("case_sensitive"):
                    seq = toks[i : i + n]
                else:
                    seq = low[i : i + n]
                if seq != key:
                    continue
                if self._excluded(toks, i, i + n, e["_excl"]):
                    continue
                out.append(
                    Match(
                        e["term"],
                        e["category"],
                        float(e.get("weight", 1.0)),
                        i,
                        i + n,
                        e.get("moral"),
                    )
                )
        return out


def load(path: str) -> dict[str, Any]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)
