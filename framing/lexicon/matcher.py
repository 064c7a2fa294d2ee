"""The one matcher: every active lexicon compiled into one Aho-Corasick automaton.

Design
------
A :class:`~framing.text.tokens.Tokens` (an article's :class:`~framing.text.doc.Doc` is
one) is turned into two key strings:

* the lowercase tokens joined and surrounded by spaces: ``" meta got caught red-handed . "``
* the Snowball stems, each prefixed with ``\\x1f``: ``" \\x1fmeta \\x1fgot \\x1fcaught ..."``
  (only built when an active entry uses ``mode = "inflected"``).

The automaton holds ``" tok tok "`` for exact and phrase entries and
``" \\x1fstem \\x1fstem "`` for inflected ones. Because every key starts and ends
with a space and tokens never contain one, each hit is aligned on token
boundaries; and because stem tokens carry the ``\\x1f`` marker (a character the
tokenizer never puts in a token), exact keys only hit the first string and stem
keys only the second. One ``iter()`` over each string finds all entries of all
lexicons at once, so the cost per article hardly grows with lexicon size. The
value of a key is ``(n_tokens, entry_ids)``: a term can live in several
lexicons and categories.

After the scan, per hit and entry: ``case_sensitive`` compares the surface
tokens; ``exclude`` patterns are tried within the match's sentence (only for
entries that have them); overlapping matches of the same lexicon are resolved
(a match strictly inside a longer match of the same lexicon is dropped, so
``"caught red-handed"`` wins over ``"caught"`` and ``"red-handed"``; of several
entries of one lexicon matching the same span in the same category, the heaviest
is kept; matches of different lexicons, and same-span matches of different
categories, are all kept); and ``negated`` is set when a negator occurs in the three
tokens before the match within its sentence.

Weight overrides are applied at compile time (see :func:`apply_weights`).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter
from typing import Any

import ahocorasick
from vaderSentiment.vaderSentiment import NEGATE

from ..errors import LexiconError
from ..text.tokens import Tokens, norm_token
from ..types import filled
from .entries import Entry, Lexicon, Match
from .terms import (
    WILDCARDS,
    case_shape,
    is_number_token,
    pattern_tokens,
    stem,
    surface_tokens,
    term_key,
)

#: Tokens that negate what follows them (VADER's list plus a few).
NEGATORS: frozenset[str] = frozenset(w.lower() for w in NEGATE) | frozenset(
    {"no", "not", "never", "without", "hardly", "nobody", "neither", "nor"}
)
#: How many tokens before a match a negator may sit.
NEGATION_WINDOW = 3

_STEM_MARK = "\x1f"
#: the order of :meth:`Matcher.match`'s output
_MATCH_ORDER = attrgetter("start", "end", "lexicon", "category", "term")


@lru_cache(maxsize=20_000)
def _marked_stem(token: str) -> str:
    """The stem of a token as the automaton's stem stream holds it."""
    return _STEM_MARK + stem(token)


def is_negator(low: str) -> bool:
    """True for a negating token (``not``, ``never``, ``didn't``, ...).

    Examples
    --------
    >>> [is_negator(w) for w in ("not", "didn't", "didn’t", "now")]
    [True, True, True, False]
    """
    low = low.replace("’", "'")
    return low in NEGATORS or low.endswith("n't")


_is_negator = lru_cache(maxsize=10_000)(is_negator)


@dataclass(frozen=True)
class _Compiled:
    """One entry, flattened for matching."""

    lexicon: str
    kind: str
    category: str
    term: str
    weight: float
    inflected: bool
    case_sensitive: bool
    case_tokens: tuple[str, ...]
    exclude: tuple[tuple[str, ...], ...]
    moral: str | None
    require: tuple[tuple[str, ...], ...] = ()
    shape_only: bool = False
    precision: float | None = None
    base_rate: float | None = None


def _case_form(token: str) -> str:
    t = token.replace("’", "'")
    if t.lower().endswith("'s") and len(t) > 2:
        t = t[:-2]
    return t


def apply_weights(lexicons: Sequence[Lexicon], weights: Mapping[str, float] | None
                  ) -> list[Lexicon]:
    """Apply weight overrides to lexicons.

    ``weights`` maps ``"name"`` to a factor that scales every entry of lexicon
    ``name``, and ``"name:term"`` to the new weight of that term (in every
    category of the lexicon). Term weights are set first, then lexicon factors
    scale them. Weights must be finite and ``>= 0`` (0 disables a term).

    Raises
    ------
    LexiconError
        For a key that names no active lexicon or term, or a bad value.

    Examples
    --------
    >>> from framing.lexicon.entries import Category, Entry
    >>> lex = Lexicon("demo", "1.0.0", "loaded", {"c": Category("c", "")},
    ...               (Entry("pivot", "c"), Entry("moat", "c")))
    >>> [e.weight for e in apply_weights([lex], {"demo:moat": 2.0, "demo": 0.5})[0].entries]
    [0.5, 1.0]
    """
    if not weights:
        return list(lexicons)
    by_name = {lex.name: lex for lex in lexicons}
    factors: dict[str, float] = {}
    terms: dict[str, dict[str, float]] = {}
    for key, value in weights.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool) or \
                not math.isfinite(value) or value < 0:
            raise LexiconError(f"weight override {key!r} = {value!r}: use a number >= 0")
        name, _, term = key.partition(":")
        if name not in by_name:
            raise LexiconError(f"weight override {key!r} names no active lexicon; active: "
                               f"{', '.join(sorted(by_name)) or '(none)'}")
        if term:
            tkey = term_key(term)
            if not any(term_key(e.term) == tkey for e in by_name[name].entries):
                raise LexiconError(f"weight override {key!r}: lexicon {name!r} has no term "
                                   f"{term!r}")
            terms.setdefault(name, {})[tkey] = float(value)
        else:
            factors[name] = float(value)
    out = []
    for lex in lexicons:
        if lex.name not in factors and lex.name not in terms:
            out.append(lex)
            continue
        factor = factors.get(lex.name, 1.0)
        set_terms = terms.get(lex.name, {})
        entries = tuple(
            replace(e, weight=set_terms.get(term_key(e.term), e.weight) * factor)
            for e in lex.entries
        )
        out.append(replace(lex, entries=entries, digest=""))
    return out


class Matcher:
    """All active lexicons compiled into one automaton.

    Build it with :func:`compile_lexicons`. It pickles (the automaton is rebuilt
    from the entries on unpickling), so it can be sent to worker processes.

    Examples
    --------
    >>> from framing.lexicon.entries import Category, Entry
    >>> from framing.text.doc import parse_text
    >>> lex = Lexicon("demo", "1.0.0", "loaded", {"c": Category("c", "")},
    ...               (Entry("betrayal", "c", mode="inflected"), Entry("caught red-handed", "c")))
    >>> m = Matcher([lex])
    >>> doc = parse_text("He betrayed them. They were not caught red-handed.")
    >>> [(x.term, x.surface, x.sentence, x.negated) for x in m.match(doc)]
    [('betrayal', 'betrayed', 0, False), ('caught red-handed', 'caught red-handed', 1, True)]
    """

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        self._lexicons = list(lexicons)
        self._build()

    # -- construction ---------------------------------------------------------------
    def _build(self) -> None:
        names = [lex.name for lex in self._lexicons]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise LexiconError(f"lexicon names must be unique in one run; duplicated: "
                               f"{', '.join(dupes)}")
        entries: list[_Compiled] = []
        keys: dict[str, tuple[int, list[int]]] = {}
        self._has_stems = False
        for lex in self._lexicons:
            for e in lex.entries:
                self._add(lex, e, entries, keys)
        automaton = ahocorasick.Automaton()
        for key, (n, ids) in keys.items():
            automaton.add_word(key, (n, tuple(ids)))
        if keys:
            automaton.make_automaton()
        self._automaton = automaton
        self._entries = entries
        self._empty = not keys
        # per entry: whether a hit needs a closer look (case, exclusions), and its sort key
        self._checked = [ce.case_sensitive or bool(ce.exclude) or bool(ce.require)
                         for ce in entries]
        self._lexicon_of = [ce.lexicon for ce in entries]
        self._neg_weight = [-ce.weight for ce in entries]
        # per entry and exclusion pattern: the literal words it needs (not its wildcards)
        self._exclude_words = [tuple(frozenset(pat) - WILDCARDS for pat in ce.exclude)
                               for ce in entries]
        self._require_words = [tuple(frozenset(pat) - WILDCARDS for pat in ce.require)
                               for ce in entries]

    def _add(self, lex: Lexicon, e: Entry, entries: list[_Compiled],
             keys: dict[str, tuple[int, list[int]]]) -> None:
        surface = surface_tokens(e.term)
        low = [norm_token(t) for t in surface]
        if not low:
            return
        inflected = e.mode == "inflected"
        if inflected:
            self._has_stems = True
            key_tokens = [[_STEM_MARK + stem(t) for t in low]]
        else:
            key_tokens = [low]
            for form in e.forms:
                toks = [norm_token(t) for t in surface_tokens(form)]
                if toks and toks not in key_tokens:
                    key_tokens.append(toks)
        cal = lex.calibration
        entries.append(_Compiled(
            lexicon=lex.name, kind=lex.kind, category=e.category, term=e.term,
            weight=e.weight, inflected=inflected, case_sensitive=e.case_sensitive,
            case_tokens=tuple(_case_form(t) for t in surface),
            exclude=tuple(pattern_tokens(p) for p in e.exclude), moral=e.moral,
            require=tuple(pattern_tokens(p) for p in e.require),
            shape_only=inflected or bool(e.forms),
            precision=e.precision, base_rate=cal.base_rate if cal is not None else None,
        ))
        eid = len(entries) - 1
        for toks in key_tokens:
            slot = keys.setdefault(" " + " ".join(toks) + " ", (len(toks), []))
            if eid not in slot[1]:
                slot[1].append(eid)

    def __getstate__(self) -> dict[str, Any]:
        return {"lexicons": self._lexicons}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._lexicons = state["lexicons"]
        self._build()

    # -- description ------------------------------------------------------------------
    @property
    def lexicons(self) -> list[tuple[str, str]]:
        """``(name, version)`` of every compiled lexicon, for reproducibility records."""
        return [(lex.name, lex.version) for lex in self._lexicons]

    @property
    def lexicon_objects(self) -> list[Lexicon]:
        """The compiled lexicons (with weight overrides applied)."""
        return list(self._lexicons)

    @property
    def n_entries(self) -> int:
        return len(self._entries)

    def categories(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Categories of the compiled lexicons per kind.

        ``{kind: {category: {"description": ..., "lexicon": name, **extra}}}``;
        when two lexicons of one kind share a category name, the first wins.
        """
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for lex in self._lexicons:
            per_kind = out.setdefault(lex.kind, {})
            for name, cat in lex.categories.items():
                per_kind.setdefault(name, {"description": cat.description, "lexicon": lex.name,
                                           **dict(cat.extra)})
        return out

    def __repr__(self) -> str:
        names = ", ".join(f"{n} {v}" for n, v in self.lexicons)
        return f"<Matcher {self.n_entries} entries: {names}>"

    # -- matching ----------------------------------------------------------------------
    def match(self, doc: Tokens, *, resolve_overlaps: bool = True) -> list[Match]:
        """All matches of the compiled lexicons in ``doc``, sorted by position.

        Parameters
        ----------
        doc : Tokens
            A cut text (:meth:`framing.text.tokens.Tokens.from_text`), such as a parsed
            article part (:func:`framing.text.doc.parse_text`).
        resolve_overlaps : bool
            Drop matches inside a longer match of the same lexicon, and repeated
            matches of one span and category (the default, for counting). With
            ``False`` every entry that matches is reported (used by
            :func:`~framing.lexicon.check.check_lexicon`, which tests entries).

        Returns
        -------
        list of Match
        """
        toks = doc.tok_lower
        if self._empty or not toks:
            return []
        hits: list[tuple[int, int, int]] = []  # (tok_start, tok_end, entry id)
        self._scan(" " + " ".join(toks) + " ", hits)
        if self._has_stems:
            self._scan(" " + " ".join(map(_marked_stem, toks)) + " ", hits)
        if not hits:
            return []
        return self._resolve(doc, hits, resolve_overlaps)

    def _scan(self, stream: str, hits: list[tuple[int, int, int]]) -> None:
        """Hits of the automaton in ``stream`` (``" tok tok ... "``) as token ranges.

        Tokens hold no space, so the key ending at ``end_pos`` (on a space) ends
        before token ``j`` = the number of spaces before ``end_pos``; hits come in
        order of ``end_pos``, so the spaces are counted incrementally.
        """
        j = 0
        last = 0
        spaces = stream.count
        for end_pos, (n, ids) in self._automaton.iter(stream):
            j += spaces(" ", last, end_pos)
            last = end_pos
            for eid in ids:
                hits.append((j - n, j, eid))

    def _resolve(self, doc: Tokens, hits: list[tuple[int, int, int]], overlaps: bool
                 ) -> list[Match]:
        entries = self._entries
        checked = self._checked
        kept: list[tuple[int, int, int]] = []
        for hit in hits:
            eid = hit[2]
            if checked[eid]:
                ts, te = hit[0], hit[1]
                ce = entries[eid]
                if ce.case_sensitive and not self._case_ok(doc, ts, te, ce):
                    continue
                if ce.exclude and self._excluded(doc, ts, te, ce.exclude,
                                                 self._exclude_words[eid]):
                    continue
                if ce.require and not self._excluded(doc, ts, te, ce.require,
                                                     self._require_words[eid]):
                    continue
            kept.append(hit)
        make = self._make
        if not overlaps:
            out = [make(doc, ts, te, entries[eid]) for ts, te, eid in kept]
            out.sort(key=_MATCH_ORDER)
            return out
        # within one lexicon: drop a match strictly inside a longer one; of several
        # matches of one span and category keep the heaviest (then the first entry).
        # Sorted as (lexicon, start, -end, -weight, entry id) tuples (all distinct).
        lexicon_of, neg_weight = self._lexicon_of, self._neg_weight
        order = sorted([(lexicon_of[eid], ts, -te, neg_weight[eid], eid) for ts, te, eid in kept])
        out = []
        current = None
        max_end = -1
        spans: set[tuple[int, int]] = set()
        seen: set[tuple[int, int, str]] = set()
        for lexicon, ts, neg_te, _, eid in order:
            te = -neg_te
            ce = entries[eid]
            if lexicon != current:
                current, max_end, spans, seen = lexicon, -1, set(), set()
            if te <= max_end and (ts, te) not in spans:
                continue
            key = (ts, te, ce.category)
            if key in seen:
                continue
            seen.add(key)
            spans.add((ts, te))
            if te > max_end:
                max_end = te
            out.append(make(doc, ts, te, ce))
        out.sort(key=_MATCH_ORDER)
        return out

    @staticmethod
    def _case_ok(doc: Tokens, ts: int, te: int, ce: _Compiled) -> bool:
        for i, want in zip(range(ts, te), ce.case_tokens, strict=False):
            got = _case_form(doc.token_text(i))
            if ce.shape_only:
                if case_shape(got) != case_shape(want):
                    return False
            elif got != want:
                return False
        return True

    @staticmethod
    def _excluded(doc: Tokens, ts: int, te: int, patterns: tuple[tuple[str, ...], ...],
                  needs: tuple[frozenset[str], ...]) -> bool:
        """Whether one of ``patterns`` overlaps tokens ``ts:te`` within their sentence
        (used for ``exclude``, and for ``require``, negated)."""
        toks = doc.tok_lower
        sent = doc.tok_sent[ts]
        n_tok = len(toks)
        longest = max(map(len, patterns))
        # the words a pattern overlapping the match could use: one without its literal
        # words here cannot match (a cheap test before the position-by-position one)
        near = set(toks[max(0, ts - longest + 1):te + longest - 1])
        for pat, need in zip(patterns, needs, strict=True):
            if not need <= near:
                continue
            n = len(pat)
            for p in range(max(0, ts - n + 1), te):
                if p + n > n_tok or doc.tok_sent[p] != sent or doc.tok_sent[p + n - 1] != sent:
                    continue
                for k, want in enumerate(pat):
                    i = p + k
                    if want == "*":
                        continue
                    if want == "#num":
                        if not is_number_token(toks[i]):
                            break
                    elif want == "#cap":
                        if not doc.token_text(i)[:1].isupper():
                            break
                    elif toks[i] != want:
                        break
                else:
                    return True
        return False

    @staticmethod
    def _make(doc: Tokens, ts: int, te: int, ce: _Compiled) -> Match:
        tok_sent = doc.tok_sent
        sent = tok_sent[ts]
        negated = False
        lo = ts - NEGATION_WINDOW
        for i in range(lo if lo > 0 else 0, ts):
            if tok_sent[i] == sent and _is_negator(doc.tok_lower[i]):
                negated = True
                break
        start, end = doc.tok_start[ts], doc.tok_end[te - 1]
        return filled(
            Match, lexicon=ce.lexicon, kind=ce.kind, category=ce.category, term=ce.term,
            surface=doc.text[start:end], start=start, end=end, tok_start=ts, tok_end=te,
            sentence=sent, weight=ce.weight, negated=negated, moral=ce.moral,
            precision=ce.precision, base_rate=ce.base_rate,
        )


_CACHE: OrderedDict[tuple[Any, ...], Matcher] = OrderedDict()
_CACHE_SIZE = 8


def compile_lexicons(lexicons: Sequence[Lexicon],
                     weights: Mapping[str, float] | None = None) -> Matcher:
    """Compile lexicons into one :class:`Matcher` (cached per configuration).

    Parameters
    ----------
    lexicons : sequence of Lexicon
        The active lexicons; names must be unique.
    weights : mapping, optional
        Weight overrides, see :func:`apply_weights`.

    Returns
    -------
    Matcher
        The same object for the same lexicons (name, version, path, content) and
        weights within a process.
    """
    key = (
        tuple((lex.name, lex.version, lex.path, lex.content_digest()) for lex in lexicons),
        tuple(sorted((weights or {}).items())),
    )
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    matcher = Matcher(apply_weights(lexicons, weights))
    _CACHE[key] = matcher
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return matcher


__all__ = ["NEGATORS", "Matcher", "apply_weights", "compile_lexicons", "is_negator"]
