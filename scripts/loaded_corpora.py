"""The annotated corpora of scripts/loaded_eval.py, read and scored (issue 33).

BABE (one sentence per document; spans against ``biased_words``) and BASIL's development
half (sentences one per document, spans over whole articles against ``Lexical`` spans),
each scored by the pipeline ``framing analyze`` runs, or by a cross-fitted lexicon per
fold. See scripts/loaded_eval.py for how every figure is counted. The data are read at
run time from ``../shared/eval`` and never copied.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
BABE = SHARED / "babe" / "final_labels_SG2.csv"
BASIL = SHARED / "basil" / "data"
#: the features of the sentence score, and the ones printed beside it when they exist
SCORE = ("loaded", "loaded_attributed")
BESIDE = ("opinion_style",)
SPAN_FEATURES = ("loaded", "loaded_attributed")
#: other per-article scores whose outlet top-1 is printed beside the issue's (BASIL): the
#: ranking a report shows (the article's own-voice ``loaded``, its body parsed whole), and
#: the expected number of loaded spans per 1,000 words (the sum of the evidence's
#: precisions, own voice and attributed), which is what the annotation counts
RANKINGS = ("report loaded", "expected spans")


@dataclass
class SpanRow:
    """One piece of loaded evidence and whether the annotators marked its words."""

    unit: int  # bootstrap unit: BABE sentence, BASIL article
    feature: str
    category: str
    term: str
    surface: str
    hit: bool


@dataclass
class CorpusRun:
    """Everything measured on one corpus (one part)."""

    name: str
    y: np.ndarray  # per sentence: 1 positive
    score: np.ndarray  # per sentence: loaded + loaded_attributed
    unit: np.ndarray  # per sentence: its bootstrap unit
    length: np.ndarray  # per sentence: words separated by white space
    beside: dict[str, np.ndarray] = field(default_factory=dict)
    spans: list[SpanRow] = field(default_factory=list)
    #: BASIL: per event, (mean sentence score, Lexical spans per word) of each outlet
    events: list[tuple[list[float], list[float]]] = field(default_factory=list)
    n_units: int = 0
    #: BASIL: per event, other per-article scores of each outlet (RANKINGS), same order
    rankings: dict[str, list[list[float]]] = field(default_factory=dict)


# -- scoring ---------------------------------------------------------------------------

def make_pipeline() -> Any:
    """The pipeline ``framing analyze`` and ``FramingVectorizer`` run, all extractors."""
    from framing import Pipeline, PipelineConfig

    return Pipeline(PipelineConfig())


def run_text(pipe: Any, text: str, title: str = "") -> Any:
    from framing.models.vectorizer import text_article

    return pipe.run(text_article(text, title=title))


def loaded_spans(res: Any) -> list[Any]:
    """The loaded evidence of one result, negated and zero-weight spans left out."""
    return [s for s in res.evidence if s.feature in SPAN_FEATURES and s.part == "body"
            and not s.negated and s.weight > 0]


def words_of(text: str) -> list[str]:
    from framing.text.tokens import is_word, norm_token, tokenize

    return [norm_token(text[a:b]) for a, b in tokenize(text) if is_word(text[a:b])]


# -- reading the corpora -----------------------------------------------------------------

def read_babe(path: Path, part: str) -> tuple[list[str], np.ndarray, list[set[str]]]:
    from framing.models.labels import read_labels

    data = read_labels(path, label_column="label_bias", positive=["Biased"],
                       negative=["Non-biased"], words_column="biased_words", part=part)  # type: ignore[arg-type]
    assert data.y is not None and data.marked is not None
    marked = [{w for m in ws for w in words_of(m)} for ws in data.marked]
    return data.texts, data.y, marked


PipeFor = Callable[[str], Any]


def score_babe(pipe_for: PipeFor, path: Path, part: str) -> CorpusRun:
    """BABE's sentences of ``part``, each scored by ``pipe_for(its text)``."""
    texts, y, marked = read_babe(path, part)
    names = {s.name for s in pipe_for("").feature_specs()}
    beside = [b for b in BESIDE if b in names]
    run = CorpusRun(f"BABE {part}", y=y, score=np.zeros(len(texts)),
                    unit=np.arange(len(texts)), length=np.zeros(len(texts)),
                    beside={b: np.zeros(len(texts)) for b in beside}, n_units=len(texts))
    for i, text in enumerate(texts):
        res = run_text(pipe_for(text), text)
        run.score[i] = sum(res.features[f] for f in SCORE)
        for b in beside:
            run.beside[b][i] = res.features[b]
        run.length[i] = len(text.split())
        for s in loaded_spans(res):
            surface = text[s.start:s.end]
            hit = bool(y[i]) and any(w in marked[i] for w in words_of(surface))
            run.spans.append(SpanRow(i, s.feature, s.category, s.term, surface, hit))
    return run


def read_basil(folder: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """event -> outlet -> article JSON."""
    events: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for f in sorted(folder.glob("*.json")):
        index, outlet = f.stem.split("_", 1)
        events[index][outlet.lower()] = json.loads(f.read_text(encoding="utf-8"))
    return dict(sorted(events.items(), key=lambda kv: int(kv[0])))


def score_basil(pipe_for: PipeFor, folder: Path) -> CorpusRun:
    """BASIL's articles, those of each event scored by ``pipe_for(its event number)``."""
    events = read_basil(folder)
    ys: list[int] = []
    scores: list[float] = []
    units: list[int] = []
    lengths: list[int] = []
    names = {s.name for s in pipe_for("").feature_specs()}
    beside = [b for b in BESIDE if b in names]
    side: dict[str, list[float]] = {b: [] for b in beside}
    run = CorpusRun("BASIL dev", y=np.zeros(0), score=np.zeros(0), unit=np.zeros(0),
                    length=np.zeros(0))
    article = 0
    for event, outlets in events.items():
        pipe = pipe_for(event)
        means: list[float] = []
        rates: list[float] = []
        other: dict[str, list[float]] = {name: [] for name in RANKINGS}
        for outlet in sorted(outlets):
            doc = outlets[outlet]
            sents = [s["sentence"] for s in doc["body"]]
            lexical: list[tuple[int, int]] = []  # character spans in the joined text
            offset = 0
            art_scores = []
            n_lex = 0
            n_words = 0
            for s, text in zip(doc["body"], sents, strict=True):
                lex = [a for a in s["annotations"] if a["bias"] == "Lexical"]
                n_lex += len(lex)
                lexical += [(offset + a["start"], offset + a["end"]) for a in lex]
                res = run_text(pipe, text)
                value = sum(res.features[f] for f in SCORE)
                art_scores.append(value)
                ys.append(1 if lex else 0)
                scores.append(value)
                units.append(article)
                lengths.append(len(text.split()))
                n_words += res.n_words
                for b in beside:
                    side[b].append(res.features[b])
                offset += len(text) + 1
            whole = " ".join(sents)
            res = run_text(pipe, whole)
            spans = loaded_spans(res)
            for sp in spans:
                hit = any(sp.start < e and a < sp.end for a, e in lexical)
                run.spans.append(SpanRow(article, sp.feature, sp.category, sp.term,
                                         whole[sp.start:sp.end], hit))
            other["report loaded"].append(res.features["loaded"])
            other["expected spans"].append(
                1000 * sum(sp.weight for sp in spans) / res.n_words if res.n_words else 0.0)
            means.append(float(np.mean(art_scores)) if art_scores else 0.0)
            rates.append(n_lex / n_words if n_words else 0.0)
            article += 1
        if max(rates) > 0:
            run.events.append((means, rates))
            for name in RANKINGS:
                run.rankings.setdefault(name, []).append(other[name])
    run.y, run.score = np.asarray(ys), np.asarray(scores, float)
    run.unit, run.length = np.asarray(units), np.asarray(lengths, float)
    run.beside = {b: np.asarray(v, float) for b, v in side.items()}
    run.n_units = article
    return run


# -- cross-fitting -----------------------------------------------------------------------

def babe_fold(text: str, k: int) -> int:
    """The cross-fitting fold of a BABE sentence (by its MD5, not the split's SHA-1)."""
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % k


def cross_fitted(k: int, babe: Path, basil: Path, tmp: Path, **rule: Any
                 ) -> tuple[PipeFor, PipeFor]:
    """Per fold, the loaded lexicon calibrated on the other folds of both corpora.

    BABE's development sentences fall into ``k`` folds by hash, BASIL's events by their
    order; a unit is scored with the lexicon whose span counts left its fold out, so no
    figure is measured on the matches that set its entries' precisions. ``rule`` passes
    other settings of the calibration rule (``drop_below``, ``min_expected``,
    ``prior_strength``) to :func:`framing.lexicon.span_calibration.apply_span_counts`.
    """
    from framing import Pipeline, PipelineConfig
    from framing.lexicon.load import parse_lexicon
    from framing.lexicon.span_calibration import apply_span_counts
    from framing.lexicon.write import lexicon_toml

    sys.path.insert(0, str(ROOT / "lexicons" / "tools"))
    import build_loaded  # type: ignore[import-not-found]
    import span_counts  # type: ignore[import-not-found]

    babe_units = span_counts.babe_units(babe)
    basil_units = span_counts.basil_units(basil)
    events = sorted({u.key for u in basil_units}, key=int)
    event_fold = {e: i % k for i, e in enumerate(events)}
    lexicon = parse_lexicon(build_loaded.uncalibrated(), path="loaded")
    pipes = []
    for f in range(k):
        corpora = [
            span_counts.corpus_counts(*span_counts.SOURCES[0],
                                      [u for u in babe_units if babe_fold(u.key, k) != f]),
            span_counts.corpus_counts(*span_counts.SOURCES[1],
                                      [u for u in basil_units if event_fold[u.key] != f]),
        ]
        calibrated, _ = apply_span_counts(lexicon, corpora, **rule)
        path = tmp / f"loaded-fold{f}.toml"
        path.write_text(lexicon_toml(calibrated), encoding="utf-8")
        pipes.append(Pipeline(PipelineConfig(exclude_lexicons=("loaded",),
                                             extra_lexicon_files=(str(path),))))
    return (lambda text: pipes[babe_fold(text, k)],
            lambda event: pipes[event_fold.get(event, 0)])


def run_to_json(r: CorpusRun) -> dict[str, Any]:
    return {"name": r.name, "y": r.y.tolist(), "score": r.score.tolist(),
            "unit": r.unit.tolist(), "length": r.length.tolist(), "n_units": r.n_units,
            "beside": {k: v.tolist() for k, v in r.beside.items()},
            "spans": [vars(s) for s in r.spans], "events": r.events,
            "rankings": r.rankings}


def run_from_json(d: dict[str, Any]) -> CorpusRun:
    return CorpusRun(d["name"], y=np.asarray(d["y"]), score=np.asarray(d["score"], float),
                     unit=np.asarray(d["unit"]), length=np.asarray(d["length"], float),
                     beside={k: np.asarray(v, float) for k, v in d["beside"].items()},
                     spans=[SpanRow(**s) for s in d["spans"]],
                     events=[(list(m), list(r)) for m, r in d["events"]], n_units=d["n_units"],
                     rankings=d.get("rankings", {}))
