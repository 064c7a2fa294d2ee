"""One contract suite over every registered extractor (built-in or plugin).

Like scikit-learn's ``parametrize_with_checks``: stable versioned names, output
keys match the declared names, empty and one-word articles work, results pickle,
and the same input gives the same output.
"""

from __future__ import annotations

import math
import pickle
import re

import pytest

from conftest import SAMPLE
from framing.engines.pipeline import Pipeline
from framing.extractors import available_extractors, get_extractor
from framing.extractors.base import ArticleContext
from framing.text.doc import parse_article
from framing.types import Article, ExtractorResult

NAMES = available_extractors()
PIPE = Pipeline()


def _context(article: Article) -> ArticleContext:
    parsed = parse_article(article)
    matcher = PIPE.matcher
    return ArticleContext(parsed=parsed,
                          matches={"body": matcher.match(parsed.body),
                                   "headline": matcher.match(parsed.headline)},
                          sentiment=PIPE.sentiment,
                          lexicon_categories=PIPE.lexicon_categories)


def _sample_article() -> Article:
    path = sorted(SAMPLE.glob("003_*.txt"))[0]
    lines = path.read_text(encoding="utf-8").splitlines()
    return Article(id="s3", outlet="x", event="e", title=lines[0], text="\n".join(lines[1:]))


ARTICLES = {
    "empty": Article(id="e", outlet="x", event="e", title="", text=""),
    "one_word": Article(id="o", outlet="x", event="e", title="Word", text="Betrayal"),
    "sample": _sample_article(),
}


def test_builtins_are_registered() -> None:
    for name in ("framing.tone.v1", "framing.hedging.v1", "framing.loaded.v3",
                 "framing.sourcing.v1", "framing.style.v1", "framing.readability.v1",
                 "framing.frames.v1"):
        assert name in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_name_is_versioned_and_stable(name: str) -> None:
    assert re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)*\.v\d+", name)
    assert get_extractor(name).name == name
    cats = PIPE.lexicon_categories
    names = get_extractor(name).feature_names(cats)
    # every extractor a run uses by default names features; framing.learned.v1 (not a
    # default: it runs only with --model) names its feature once it has a model
    assert names or not get_extractor(name).default, "an extractor names at least one feature"
    assert len(set(names)) == len(names), names  # no name given twice
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", n) for n in names), names
    # another instance, and one that went through pickle (as to a worker), name the same
    assert get_extractor(name).feature_names(cats) == names
    assert pickle.loads(pickle.dumps(get_extractor(name))).feature_names(cats) == names


@pytest.mark.parametrize("kind", sorted(ARTICLES))
@pytest.mark.parametrize("name", NAMES)
def test_output_matches_declared_names(name: str, kind: str) -> None:
    ex = get_extractor(name)
    res = ex.extract(_context(ARTICLES[kind]))
    assert isinstance(res, ExtractorResult)
    assert set(res.features) == set(ex.feature_names(PIPE.lexicon_categories))
    for value in res.features.values():
        assert isinstance(value, float)
        assert not math.isinf(value)
    body = ARTICLES[kind].text
    for span in res.evidence:
        text = ARTICLES[kind].title if span.part == "headline" else body
        assert 0 <= span.start <= span.end <= len(text)
    for feature, values in res.per_sentence.items():
        assert feature in res.features
        assert len(values) == len(parse_article(ARTICLES[kind]).body.sentences)


@pytest.mark.parametrize("name", NAMES)
def test_results_pickle_and_are_deterministic(name: str) -> None:
    ex = get_extractor(name)
    ctx = _context(ARTICLES["sample"])
    first = ex.extract(ctx)
    again = pickle.loads(pickle.dumps(first))
    assert again.evidence == first.evidence
    assert again.features.keys() == first.features.keys()
    second = get_extractor(name).extract(_context(ARTICLES["sample"]))
    assert second.evidence == first.evidence
    assert [(k, v) for k, v in second.features.items() if v == v] == [
        (k, v) for k, v in first.features.items() if v == v]
    pickle.loads(pickle.dumps(ex))


@pytest.mark.parametrize("name", NAMES)
def test_prepare_can_run_again_and_changes_no_result(name: str) -> None:
    """``prepare`` may be called more than once, and leaves the extractor giving what an
    extractor fresh from the registry gives."""
    prepared, fresh = get_extractor(name), get_extractor(name)
    prepared.prepare()
    prepared.prepare()
    a = prepared.extract(_context(ARTICLES["sample"]))
    b = fresh.extract(_context(ARTICLES["sample"]))
    assert a.evidence == b.evidence
    assert [(k, v) for k, v in a.features.items() if v == v] == [
        (k, v) for k, v in b.features.items() if v == v]


def test_pipeline_prepares_each_extractor_once_before_any_article(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    for cls in {type(get_extractor(n)) for n in NAMES}:
        monkeypatch.setattr(cls, "prepare", lambda self: calls.append(self.name))
    pipeline = Pipeline()
    assert calls == []
    # the process that reads and writes builds the matcher before forking, but loads none of
    # what the extractors need: the engines' workers prepare them once they start
    pipeline.matcher  # noqa: B018
    assert calls == []
    defaults = sorted(n for n in NAMES if get_extractor(n).default)
    pipeline.run(ARTICLES["sample"])
    assert sorted(calls) == defaults
    pipeline.run(ARTICLES["sample"])
    pipeline.prepare()
    assert sorted(calls) == defaults


def test_an_extractor_that_runs_only_when_named_is_registered_but_not_default() -> None:
    """The learned scorer (framing.models's plug-in) needs a model: listed, not run by default."""
    assert "framing.learned.v1" in NAMES
    assert not get_extractor("framing.learned.v1").default
    assert "framing.learned.v1" not in [e.name for e in Pipeline().extractors]
