"""Writing a lexicon back to TOML (format 2), as ``framing lexicon calibrate`` does.

The text is written with tomli-w; reading it back with
:func:`~framing.lexicon.load.parse_lexicon` gives the same entries.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import tomli_w

from .entries import Entry, Example, Lexicon
from .load import FORMAT


def _entry(e: Entry) -> dict[str, Any]:
    out: dict[str, Any] = {"term": e.term, "category": e.category}
    if e.weight != 1.0:
        out["weight"] = e.weight
    if e.mode == "phrase" and len(e.term.split()) < 2:
        out["mode"] = "phrase"
    elif e.mode == "exact" and len(e.term.split()) > 1:
        out["mode"] = "exact"
    if e.forms:
        out["forms"] = list(e.forms)
    if e.exclude:
        out["exclude"] = list(e.exclude)
    if e.require:
        out["require"] = list(e.require)
    if e.case_sensitive:
        out["case_sensitive"] = True
    if e.moral is not None:
        out["moral"] = e.moral
    if e.note is not None:
        out["note"] = e.note
    if e.precision is not None:
        out["precision"] = e.precision
    if e.support is not None:
        out["support"] = e.support
    return out


def _example(x: Example) -> dict[str, Any]:
    out: dict[str, Any] = {"text": x.text}
    if x.terms is not None:
        out["terms"] = list(x.terms)
    if x.note is not None:
        out["note"] = x.note
    return out


def lexicon_toml(lex: Lexicon) -> str:
    """The TOML text of ``lex`` in format 2.

    Raises
    ------
    ValueError
        For an entry in the format-1 ``inflected`` mode (list its forms first).

    Examples
    --------
    >>> from framing.lexicon.entries import Category
    >>> from framing.lexicon.load import parse_lexicon
    >>> lex = Lexicon("demo", "1.0.0", "loaded", {"c": Category("c", "Spin.")},
    ...               (Entry("slam", "c", forms=("slams", "slammed")),), description="d",
    ...               license="CC0-1.0", provenance="p")
    >>> parse_lexicon(lexicon_toml(lex)).entries[0].forms
    ('slams', 'slammed')
    """
    meta: dict[str, Any] = {
        "name": lex.name, "version": lex.version, "format": FORMAT, "language": lex.language,
        "kind": lex.kind, "description": lex.description, "license": lex.license,
        "provenance": lex.provenance,
    }
    doc: dict[str, Any] = {"lexicon": meta}
    if lex.calibration is not None:
        cal = asdict(lex.calibration)
        if cal["unit"] == "sentence":  # the default, left out (files of earlier versions)
            del cal["unit"]
        doc["calibration"] = cal
    doc["categories"] = {name: {"description": c.description, **dict(c.extra)}
                         for name, c in lex.categories.items()}
    bad = [e.term for e in lex.entries if e.mode == "inflected"]
    if bad:
        raise ValueError(f"entries in the format-1 'inflected' mode cannot be written in format "
                         f"2: {', '.join(bad[:5])}; list their word forms")
    doc["entries"] = [_entry(e) for e in lex.entries]
    if lex.examples:
        doc["examples"] = [_example(x) for x in lex.examples]
    if lex.counterexamples:
        doc["counterexamples"] = [_example(x) for x in lex.counterexamples]
    return tomli_w.dumps(doc)


__all__ = ["lexicon_toml"]
