"""Shared records that flow through the pipeline.

``sources -> Article -> Doc -> ExtractorResult (features + Span evidence) -> tables``

All records are plain, picklable dataclasses so that they can cross process
boundaries (``--jobs``) and Dask workers unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

Part = Literal["headline", "body"]

#: A body of fewer words (separated by white space) than this gets no readability scores
#: (Flesch, Flesch-Kincaid, fog: their sentence-length and syllable averages mean little on
#: a sentence or two); every other feature is computed on any non-empty text.
READABILITY_MIN_WORDS = 25

_T = TypeVar("_T")


def filled(cls: type[_T], pairs: Iterable[tuple[str, Any]] = (), /, **values: Any) -> _T:
    """An instance of the frozen dataclass ``cls`` with its instance dict filled directly.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``;
    filling the dict is several times faster, for records built by the thousand per
    article (matches, spans). The caller gives every field, in field order (the order
    of ``vars()``, so that pickles match those of ``cls(...)``); nothing is checked.

    Examples
    --------
    >>> fields = dict(start=0, end=9, kind="direct", speaker="Critics", verb="said",
    ...               closed=True, speaker_kind="described", attribution=None)
    >>> q = filled(Quote, **fields)
    >>> q == Quote(**fields), list(vars(q)) == list(vars(Quote(**fields)))
    (True, True)
    """
    obj = object.__new__(cls)
    vars(obj).update(pairs, **values)
    return obj


@dataclass(frozen=True)
class Removal:
    """One piece of text that cleaning removed from a scraped article.

    ``line`` is the 1-based line number in the source file, ``reason`` a short
    machine-readable label (``"navigation"``, ``"promo"``, ``"marker"``, ...).
    """

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Article:
    """One news article as read from a source.

    ``text`` is the cleaned body (without the headline); every evidence offset
    with ``part == "body"`` indexes into it, and offsets with
    ``part == "headline"`` index into ``title``.
    """

    id: str
    outlet: str
    event: str
    title: str
    text: str
    published: str | None = None
    url: str | None = None
    source: str = ""
    removed: tuple[Removal, ...] = ()
    language: str = "en"
    warnings: tuple[str, ...] = ()
    #: False when the source gave no event and ``event`` is its default (the file's stem or
    #: the folder's name): :func:`framing.compare.compare` then groups such articles itself
    event_given: bool = True

    @property
    def n_chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class Sentence:
    """A sentence: ``text[start:end]`` of its part, in paragraph ``paragraph``."""

    index: int
    start: int
    end: int
    paragraph: int
    text: str


@dataclass(frozen=True)
class Quote:
    """A quotation or a stretch of attributed (reported) speech.

    ``kind`` is ``"direct"`` for text inside quotation marks, ``"reported"``
    for speech attributed with a reporting verb but without quotation marks
    (``Critics called it a betrayal``). ``speaker`` and ``verb`` are filled
    where the text names them: ``speaker_kind`` says what the speaker is (``"actor"``:
    a person or organisation named in the text; ``"described"``: a described source
    such as "a Meta spokesperson"; ``"label"``: a label paragraph above the quote;
    ``""``: unknown), ``attribution`` the (start, end) of the words that name it.
    """

    start: int
    end: int
    kind: Literal["direct", "reported"]
    speaker: str | None = None
    verb: str | None = None
    closed: bool = True
    speaker_kind: str = ""
    attribution: tuple[int, int] | None = None


@dataclass(frozen=True)
class Span:
    """One piece of evidence behind a feature value.

    ``start``/``end`` are character offsets into the article's ``part``
    (``text`` for the body, ``title`` for the headline); ``sentence`` is the
    sentence index within that part. ``attributed`` is true when the span lies
    inside a quotation or attributed speech, ``negated`` when a negator governs
    it.
    """

    feature: str
    category: str
    term: str
    start: int
    end: int
    sentence: int
    part: Part = "body"
    attributed: bool = False
    negated: bool = False
    weight: float = 1.0
    source: str = ""
    speaker: str | None = None


@dataclass
class ExtractorResult:
    """What an extractor returns: named features and the spans behind them."""

    features: dict[str, float] = field(default_factory=dict)
    evidence: list[Span] = field(default_factory=list)
    #: per body sentence contributions of sentence-decomposable features
    #: (feature -> one value per body sentence), used for bootstrap CIs; each list
    #: becomes a column of the article's result as it is (not copied), so an extractor
    #: returns a new list per article
    per_sentence: dict[str, list[float]] = field(default_factory=dict)
    #: labels and structured extras (dominant frame, actor tone, speakers)
    details: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class FeatureSpec:
    """Documentation of one feature: unit, how it pools, what it means.

    ``aggregation`` is ``"rate"`` (per 1,000 words), ``"mean"`` (mean over body
    sentences), ``"share"`` (share of body sentences) or ``"article"`` (not
    decomposable into sentences; pooled as a mean over articles).
    """

    name: str
    unit: str
    aggregation: Literal["rate", "mean", "share", "article"]
    description: str
    family: str = ""
