"""``framing evaluate --task basil``: speakers and tone toward actors against BASIL.

BASIL (Fan et al., "In Plain Sight: Media Bias Through the Lens of Factual Reporting",
EMNLP 2019) is a folder of ``{index}_{source}.json`` files: one article each, its body as
a list of sentences whose annotated spans carry, when they sit in quoted speech, the
speaker; and per article the author's sentiment toward each main entity (seven steps,
Strongly negative .. Strongly positive). An article is analysed as framing reads any
article: its title as the headline, its sentences joined by a space as the body.

Two figures, counted as issue 34 says:

speakers
    A *quoted span* is an annotation with ``quote`` = Yes whose ``speaker`` is a main
    entity (not empty, not "Other ..."). It is *named* when framing gives a speaker to a
    quotation or reported speech starting in that sentence, and *right* when one of those
    speakers contains the entity's last word (case-insensitive: "Ryan" for "Paul Ryan").
tone toward actors
    A *pair* is (article, main entity) from ``author-sentiment``, the main event left out.
    It is *found* when one of the article's actors and the entity's name contain one
    another (case-insensitive); its tone is the mean own-voice tone toward the actors
    found, ranked (Spearman) against the seven-step scale.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import FramingError
from ..types import Article

if TYPE_CHECKING:
    from ..engines.pipeline import ArticleResult, Pipeline

#: author-sentiment steps, Strongly negative (-3) .. Strongly positive (3)
SCALE: dict[str, int] = {
    "Strongly negative": -3, "Negative": -2, "Slightly negative": -1, "Neutral": 0,
    "Slightly positive": 1, "Positive": 2, "Strongly positive": 3}


@dataclass(frozen=True)
class QuotedSpan:
    """An annotated span in quoted speech whose speaker is a main entity."""

    sentence: int
    speaker: str
    text: str


@dataclass(frozen=True)
class BasilArticle:
    """One BASIL article: where it comes from, its sentences and annotations."""

    path: str
    event: str
    source: str
    title: str
    sentences: tuple[str, ...]
    quoted: tuple[QuotedSpan, ...]
    #: main entity -> author-sentiment step (-3..3), the main event left out
    sentiment: tuple[tuple[str, int], ...]

    def body(self) -> tuple[str, list[int]]:
        """The body text (sentences joined by a space) and each sentence's start."""
        starts: list[int] = []
        pos = 0
        for s in self.sentences:
            starts.append(pos)
            pos += len(s) + 1
        return " ".join(self.sentences), starts

    def article(self) -> Article:
        text, _ = self.body()
        return Article(id=Path(self.path).stem, outlet=self.source, event=self.event,
                       title=self.title, text=text, source=self.path)


def _read_one(path: Path) -> BasilArticle:
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise FramingError(f"{path}: cannot read a BASIL article ({exc})") from exc
    try:
        event = path.stem.split("_", 1)[0]
        sentences: list[str] = []
        quoted: list[QuotedSpan] = []
        for i, s in enumerate(d["body"]):
            sentences.append(str(s["sentence"]))
            for a in s["annotations"]:
                sp = str(a.get("speaker") or "").strip()
                if a.get("quote") == "Yes" and sp and not sp.startswith("Other"):
                    quoted.append(QuotedSpan(i, sp, str(a.get("text", ""))))
        steps = d["article-level-annotations"]["author-sentiment"]
        sentiment = []
        for name, step in steps.items():
            if name == "main-event":
                continue
            if step not in SCALE:
                raise ValueError(f"author-sentiment {step!r} toward {name!r} is not one of "
                                 f"{', '.join(SCALE)}")
            sentiment.append((str(name), SCALE[step]))
        return BasilArticle(str(path), event, str(d.get("source") or path.stem.split("_")[-1]),
                            str(d.get("title") or ""), tuple(sentences), tuple(quoted),
                            tuple(sentiment))
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise FramingError(f"{path}: not a BASIL article ({exc!r}); expected 'body' "
                           "(sentences with 'annotations') and 'article-level-annotations'"
                           ) from exc


def read_basil(folder: str | Path) -> list[BasilArticle]:
    """The articles of a BASIL folder (``{index}_{source}.json``), ordered by event and
    source; a file that is not a BASIL article raises :class:`FramingError` naming it."""
    p = Path(folder)
    if not p.is_dir():
        raise FramingError(f"{p}: not a folder of BASIL articles ({{index}}_{{source}}.json)")
    files = [f for f in p.glob("*.json") if "_" in f.stem]
    if not files:
        raise FramingError(f"{p}: no BASIL articles ({{index}}_{{source}}.json) in it")

    def key(f: Path) -> tuple[int, str, str]:
        head = f.stem.split("_", 1)[0]
        return (int(head) if head.isdigit() else 1 << 30, head, f.stem)

    return [_read_one(f) for f in sorted(files, key=key)]


def names_match(actor: str, entity: str) -> bool:
    """An actor is the entity when either name contains the other (case-insensitive)."""
    a, e = actor.lower(), entity.lower()
    return bool(a) and (a in e or e in a)


def actor_tones(result: ArticleResult) -> dict[str, float]:
    """Own-voice tone toward each actor of an analysed article (the tone extractor's
    ``actor_tone`` details)."""
    tone = result.details.get("actor_tone") or {}
    out: dict[str, float] = {}
    for name, row in tone.items():
        value = row.get("own_score", row.get("mean_compound")) if isinstance(row, Mapping) \
            else None
        if isinstance(value, (int, float)) and value == value:
            out[str(name)] = float(value)
    return out


@dataclass
class BasilEvaluation:
    """The speaker and actor-tone figures on a BASIL folder."""

    path: str
    n_articles: int
    quoted_spans: int = 0
    speaker_named: int = 0
    speaker_right: int = 0
    pairs: int = 0
    pairs_found: int = 0
    spearman: float = float("nan")
    #: (article, entity, author step, framing tone) of every pair found
    found: list[tuple[str, str, int, float]] = field(default_factory=list)
    #: (article, sentence, entity, speakers framing gave) of every quoted span missed
    misses: list[tuple[str, int, str, tuple[str, ...]]] = field(default_factory=list)

    def share(self, part: int, whole: int) -> float:
        return part / whole if whole else float("nan")

    def to_dict(self) -> dict[str, Any]:
        return {
            "folder": self.path, "articles": self.n_articles,
            "speakers": {"quoted_spans": self.quoted_spans, "named": self.speaker_named,
                         "right": self.speaker_right,
                         "named_share": round(self.share(self.speaker_named,
                                                         self.quoted_spans), 4),
                         "right_share": round(self.share(self.speaker_right,
                                                         self.quoted_spans), 4)},
            "actor_tone": {"pairs": self.pairs, "found": self.pairs_found,
                           "found_share": round(self.share(self.pairs_found, self.pairs), 4),
                           "spearman": None if self.spearman != self.spearman
                           else round(self.spearman, 4)},
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def table(self) -> str:
        q, p = self.quoted_spans, self.pairs
        return "\n".join([
            f"{self.path}: {self.n_articles} articles",
            f"quoted spans whose speaker is a main entity: {q}",
            f"  a speaker named in the sentence   {self.speaker_named:>4}  "
            f"{self.share(self.speaker_named, q):6.1%}",
            f"  the right speaker (last word)     {self.speaker_right:>4}  "
            f"{self.share(self.speaker_right, q):6.1%}",
            f"(article, main entity) pairs: {p}",
            f"  found among the article's actors  {self.pairs_found:>4}  "
            f"{self.share(self.pairs_found, p):6.1%}",
            f"  Spearman, own-voice tone vs author-sentiment  {self.spearman:+.3f}",
        ])


def _speaker_counts(art: BasilArticle, quotes: list[tuple[int, str]],
                    ev: BasilEvaluation) -> None:
    """Count ``art``'s quoted spans; ``quotes`` are (start, speaker) of framing's quotes."""
    _, starts = art.body()
    bounds = [(s, s + len(t)) for s, t in zip(starts, art.sentences, strict=True)]
    for span in art.quoted:
        a, b = bounds[span.sentence]
        names = tuple(sp for start, sp in quotes if a <= start < b and sp)
        ev.quoted_spans += 1
        last = span.speaker.split()[-1].lower()
        ev.speaker_named += bool(names)
        if any(last in n.lower() for n in names):
            ev.speaker_right += 1
        else:
            ev.misses.append((art.path, span.sentence, span.speaker, names))


def evaluate_basil(folder: str | Path, pipeline: Pipeline | None = None,
                   log: Callable[[str], None] | None = None) -> BasilEvaluation:
    """The speaker and actor-tone figures of framing on a BASIL folder."""
    from ..engines.pipeline import Pipeline
    from .metrics import spearman

    arts = read_basil(folder)
    pipe = pipeline or Pipeline()
    ev = BasilEvaluation(str(folder), len(arts))
    for k, art in enumerate(arts):
        result = pipe.run(art.article())
        _speaker_counts(art, result_quotes(result), ev)
        tones = actor_tones(result)
        for entity, step in art.sentiment:
            ev.pairs += 1
            vals = [v for name, v in tones.items() if names_match(name, entity)]
            if vals:
                ev.pairs_found += 1
                ev.found.append((art.path, entity, step, sum(vals) / len(vals)))
        if log and (k + 1) % 25 == 0:
            log(f"{k + 1} of {len(arts)} articles")
    if len(ev.found) > 2:
        ev.spearman = spearman([f[3] for f in ev.found], [f[2] for f in ev.found])
    return ev


def result_quotes(result: ArticleResult) -> list[tuple[int, str]]:
    """(start, speaker) of every quotation and reported speech of the body, from the
    sourcing extractor's evidence."""
    return [(s.start, s.speaker or "") for s in result.evidence
            if s.feature in ("quote", "reported_speech") and s.part == "body"]


__all__ = ["SCALE", "BasilArticle", "BasilEvaluation", "QuotedSpan", "actor_tones",
           "evaluate_basil", "names_match", "read_basil", "result_quotes"]
