"""Checking a lexicon against its own examples, with the real matcher.

Each ``[[examples]]`` text must contain a match of every term it lists (or of
some entry, when it lists none); each ``[[counterexamples]]`` text must not
match the terms it lists (or any entry of the lexicon, when it lists none).
The structural rules checked at load time (categories exist, no duplicate
terms in a category, weights in range) are checked again on the
:class:`~framing.lexicon.entries.Lexicon` object, so lexicons built in code are
covered too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text.tokens import Tokens
from .entries import KINDS, MAX_WEIGHT, MODES, Example, Lexicon
from .load import entry_identity, example_term_keys
from .matcher import Matcher, compile_lexicons
from .terms import term_key


@dataclass
class CheckReport:
    """The outcome of :func:`check_lexicon`.

    ``checked`` counts the examples and counterexamples run.
    """

    name: str
    version: str
    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=lambda: {"examples": 0, "counterexamples": 0})

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """One line: ``ok: loaded 1.0.0 — 12 examples, 5 counterexamples checked``."""
        counts = (f"{self.checked['examples']} examples, "
                  f"{self.checked['counterexamples']} counterexamples checked")
        if self.ok:
            return f"ok: {self.name} {self.version} — {counts}"
        return f"FAILED: {self.name} {self.version} — {len(self.problems)} problem(s); {counts}"


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def structural_problems(lex: Lexicon) -> list[str]:
    """Rules of the format checked on a Lexicon object (one line per problem)."""
    where = f"lexicon {lex.name!r}"
    out: list[str] = []
    if lex.kind not in KINDS:
        out.append(f"{where}: kind {lex.kind!r} is not one of {', '.join(sorted(KINDS))}")
    if not lex.entries:
        out.append(f"{where}: has no entries")
    seen: dict[tuple[str, str, str], int] = {}
    for i, e in enumerate(lex.entries):
        label = f"{where}, entry {i + 1} (term {e.term!r})"
        if e.category not in lex.categories:
            out.append(f"{label}: unknown category {e.category!r}")
        if not 0 < e.weight <= MAX_WEIGHT:
            out.append(f"{label}: weight {e.weight} is out of range (0, {MAX_WEIGHT:g}]")
        if e.mode not in MODES:
            out.append(f"{label}: mode {e.mode!r} is not valid")
        ident = entry_identity(e)
        if ident in seen:
            out.append(f"{label}: duplicate of entry {seen[ident] + 1} in category "
                       f"{e.category!r}")
        else:
            seen[ident] = i
    return out


def _example_label(lex: Lexicon, kind: str, i: int, ex: Example) -> str:
    where = f" ({lex.path}:{ex.line})" if lex.path and ex.line else ""
    return f"lexicon {lex.name!r}, {kind} {i + 1}{where} {_short(ex.text)!r}"


def check_lexicon(lex: Lexicon, matcher: Matcher | None = None) -> CheckReport:
    """Run a lexicon's examples and counterexamples and re-check its structure.

    Parameters
    ----------
    lex : Lexicon
        The lexicon to check.
    matcher : Matcher, optional
        The matcher to use; default: one compiled from ``lex`` alone. Only
        matches of ``lex`` count either way. Entries are tested before overlap
        resolution, so an example may name an entry that a longer entry of the
        same lexicon covers when counting (``"radical left"`` inside
        ``"the radical left"``).

    Examples
    --------
    >>> from framing.lexicon.entries import Category, Entry, Example
    >>> lex = Lexicon("demo", "1.0.0", "loaded", {"c": Category("c", "")},
    ...               (Entry("betrayal", "c", mode="inflected"),),
    ...               examples=(Example("They betrayed us.", ("betrayal",)),),
    ...               counterexamples=(Example("A loyal friend."),))
    >>> check_lexicon(lex).summary()
    'ok: demo 1.0.0 — 1 examples, 1 counterexamples checked'
    """
    report = CheckReport(name=lex.name, version=lex.version)
    report.problems.extend(structural_problems(lex))
    if report.problems:
        return report
    m = matcher if matcher is not None else compile_lexicons([lex])

    # counter-evidence (a category with evidence = "against") is what a counterexample
    # may well hold ("said"): only the lexicon's evidence counts as a match here
    against = {n for n, c in lex.categories.items() if c.extra.get("evidence") == "against"}

    def matched(text: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for hit in m.match(Tokens.from_text(text), resolve_overlaps=False):
            if hit.lexicon == lex.name and hit.category not in against:
                found.setdefault(term_key(hit.term), []).append(hit.surface)
        return found

    for i, ex in enumerate(lex.examples):
        report.checked["examples"] += 1
        found = matched(ex.text)
        label = _example_label(lex, "example", i, ex)
        if ex.terms is None:
            if not found:
                report.problems.append(f"{label}: no entry matched; expected at least one")
            continue
        for term in ex.terms:
            if not example_term_keys(lex.entries, term) & found.keys():
                got = ", ".join(sorted(found)) or "nothing"
                report.problems.append(f"{label}: entry {term!r} did not match (matched: {got})")
    for i, ex in enumerate(lex.counterexamples):
        report.checked["counterexamples"] += 1
        found = matched(ex.text)
        label = _example_label(lex, "counterexample", i, ex)
        terms = list(ex.terms) if ex.terms is not None else sorted(found)
        for term in terms:
            keys = example_term_keys(lex.entries, term) or {term_key(term)}
            surfaces = [s for k in sorted(keys) for s in found.get(k, [])]
            if surfaces:
                report.problems.append(f"{label}: entry {term!r} matched {surfaces[0]!r} but "
                                       "must not")
    return report


__all__ = ["CheckReport", "check_lexicon", "structural_problems"]
