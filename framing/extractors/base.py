"""The extractor contract and the per-article context.

An extractor turns one parsed article into named numeric features plus the
evidence spans behind them. Extractors carry versioned names
(``"framing.loaded.v1"``) so an old report can be reproduced after behaviour
changes; :mod:`framing.extractors.registry` lists the built-in ones and finds
plugins.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from ..text.doc import Doc, ParsedArticle
from ..types import ExtractorResult, FeatureSpec, Part, Span, filled

if TYPE_CHECKING:
    from ..lexicon.entries import Match


SentimentFn = Callable[[str], float]


@dataclass
class ArticleContext:
    """Everything an extractor may read for one article, computed once.

    Attributes
    ----------
    parsed : ParsedArticle
        The article with its headline and body parsed.
    matches : dict
        Lexicon matches per part (``"body"``, ``"headline"``), from the one
        matcher of the run.
    sentiment : callable
        VADER compound of a sentence text, cached across the run so that a
        sentence repeated verbatim (wire copy) is scored once.
    lexicon_categories : dict
        For each lexicon kind, the categories of the active lexicons
        (``{"frame_generic": {"conflict": {...}}, ...}``), so that feature
        names do not depend on which categories happen to match.
    """

    parsed: ParsedArticle
    matches: dict[str, list[Match]]
    sentiment: SentimentFn
    lexicon_categories: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    _by_kind: dict[str, dict[str, list[Match]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @property
    def body(self) -> Doc:
        return self.parsed.body

    @property
    def headline(self) -> Doc:
        return self.parsed.headline

    def of_kind(self, kind: str, part: Part = "body") -> list[Match]:
        by_kind = self._by_kind.get(part)
        if by_kind is None:  # group the part's matches by kind once
            by_kind = self._by_kind[part] = {}
            for m in self.matches.get(part, []):
                by_kind.setdefault(m.kind, []).append(m)
        return list(by_kind.get(kind, ()))

    def body_words(self) -> int:
        return self.body.n_words

    def is_attributed(self, start: int, end: int, part: Part = "body") -> tuple[bool, str | None]:
        q = self.parsed.part(part).quote_at(start, end)
        return (q is not None, q.speaker if q is not None else None)


class Extractor(ABC):
    """Base class of all extractors.

    Subclasses set ``name`` (versioned), ``family``, and implement
    :meth:`feature_specs` and :meth:`extract`. ``__init__`` only stores
    keyword-only parameters (as in scikit-learn); nothing is learned.
    """

    name: ClassVar[str]
    family: ClassVar[str]
    #: False for an extractor that runs only when asked for by name, with parameters
    #: (the learned scorer needs a model); True: part of a run that names no extractors.
    default: ClassVar[bool] = True

    @abstractmethod
    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        """The features this extractor produces, given the active lexicon categories."""

    def feature_names(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]] | None = None
    ) -> tuple[str, ...]:
        return tuple(s.name for s in self.feature_specs(ctx_categories or {}))

    @abstractmethod
    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        """Compute features and evidence for one article."""

    def prepare(self) -> None:  # noqa: B027 (optional hook, empty by default)
        """Load what :meth:`extract` needs (tables, models) before the first article.

        The pipeline calls it once per process before its first article
        (:meth:`framing.engines.pipeline.Pipeline.prepare`): in each worker process, once
        started, so the process that reads and writes does not hold it. It may be called
        more than once. Optional: the default does nothing."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


# -- helpers shared by extractors ------------------------------------------------


def per_thousand(value: float, words: int) -> float:
    """``value`` per 1,000 words; NaN when there are no words."""
    return 1000.0 * value / words if words > 0 else math.nan


def span_from_match(
    m: Match, feature: str, ctx: ArticleContext, part: Part = "body", weight: float | None = None
) -> Span:
    q = ctx.parsed.part(part).quote_at(m.start, m.end)  # ctx.is_attributed
    return filled(
        Span,
        feature=feature,
        category=m.category,
        term=m.term,
        start=m.start,
        end=m.end,
        sentence=m.sentence,
        part=part,
        attributed=q is not None,
        negated=m.negated,
        weight=m.weight if weight is None else weight,
        source=m.lexicon,
        speaker=q.speaker if q is not None else None,
    )


def sentence_sums(doc: Doc, spans: Iterable[Span]) -> list[float]:
    """Sum of span weights per sentence of ``doc``."""
    out = [0.0] * len(doc.sentences)
    for s in spans:
        if 0 <= s.sentence < len(out):
            out[s.sentence] += s.weight
    return out
